"""Build of dfaudit: pure Python by default; ``DFAUDIT_COMPILE=1`` compiles the hot detection
modules and the ingest workers' normaliser with mypyc (``dfaudit._native.COMPILED``).

    DFAUDIT_COMPILE=1 pip install -e '.[dev]'   # compiled, .so files beside the sources
    pip install -e '.[dev]'                     # pure Python

Without a C compiler (or mypyc) the compiled extensions are skipped with a warning and the
package installs as pure Python. The build records the sha256 of every source it compiled in
``dfaudit/_native.json``; at import ``dfaudit._native`` loads the sources instead of a compiled
module whose source changed since (an editable install's ``.so`` would otherwise shadow later
edits). Everything else about the package is in ``pyproject.toml``.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from pathlib import Path
from typing import Any

from concurrent.futures import ThreadPoolExecutor

from setuptools import setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent
SRC = ROOT / "src"
COMPILE_ENV = "DFAUDIT_COMPILE"


def _native_module() -> Any:
    spec = importlib.util.spec_from_file_location("_dfaudit_native", SRC / "dfaudit" / "_native.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


NATIVE = _native_module()


def _remove_old_products() -> None:
    """Delete every compiled file and the record of an earlier in-place build, so that a failed
    or partial build never leaves an old ``.so`` beside a source it no longer matches."""
    root = SRC / "dfaudit"
    for module in NATIVE.COMPILED:
        for path in NATIVE.extension_paths(module, root):
            path.unlink()
    for path in SRC.glob("*__mypyc*"):
        path.unlink()
    (root / NATIVE.MANIFEST).unlink(missing_ok=True)


class BuildExt(build_ext):
    """Compiles the extensions, optionally (a failure leaves pure Python), then records the
    sources they were compiled from next to them (in place or in the wheel's tree)."""

    sources: dict[str, str] = {}

    def finalize_options(self) -> None:
        modules = self.distribution.ext_modules
        if modules and modules[0].name == _PLACEHOLDER:
            # mypyc type-checks and writes its C here, when the build step needs the
            # extensions: pip also runs setup.py for requirements and metadata, which never do
            self.distribution.ext_modules = _mypyc_extensions()
        super().finalize_options()
        if self.parallel is None:  # one compiler per core (setuptools' --parallel)
            self.parallel = os.cpu_count() or 1

    def run(self) -> None:
        if self.inplace or getattr(self, "editable_mode", False):
            _remove_old_products()
        if not self.extensions:
            return
        try:
            super().run()
        except Exception as error:  # noqa: BLE001  (no compiler: install pure Python)
            self.warn(f"dfaudit: compiling failed ({error}); installing pure Python")
            return
        built = [e.name for e in self.extensions if Path(self.get_ext_fullpath(e.name)).exists()]
        if not self.sources or not all(m in built for m in self.sources):
            self.warn("dfaudit: not every module compiled; they will run as pure Python")
            return
        first = Path(self.get_ext_fullpath(next(iter(self.sources))))
        package_dir = first.parents[len(next(iter(self.sources)).split(".")) - 2]
        manifest = package_dir / NATIVE.MANIFEST
        groups = [e.name for e in self.extensions if e.name.endswith("__mypyc")]
        record = {"sources": self.sources, "groups": groups}
        manifest.write_text(json.dumps(record, indent=1), encoding="utf-8")
        self.announce(f"dfaudit: wrote {manifest}", level=2)

    def build_extensions(self) -> None:
        _compile_in_parallel(self.compiler)
        super().build_extensions()

    def get_outputs(self) -> list[str]:
        outputs = list(super().get_outputs())
        if self.sources and self.extensions:
            first = Path(self.get_ext_fullpath(next(iter(self.sources))))
            package_dir = first.parents[len(next(iter(self.sources)).split(".")) - 2]
            outputs.append(str(package_dir / NATIVE.MANIFEST))
        return outputs


_PLACEHOLDER = "dfaudit._mypyc_placeholder"


def _extensions() -> list[Any]:
    """What setup() is told: nothing for a pure install, else one placeholder extension that
    ``BuildExt.run`` replaces with mypyc's (so that setuptools runs build_ext at all)."""
    if os.environ.get(COMPILE_ENV, "") in ("", "0"):
        _remove_old_products()  # a pure install is pure, also where an earlier one compiled
        return []
    from setuptools import Extension

    return [Extension(_PLACEHOLDER, sources=[], optional=True)]


def _compile_in_parallel(compiler: Any) -> None:
    """Compile an extension's C files side by side: mypyc's ``multi_file`` output is one file
    per module, which one gcc after another would compile on one core."""

    def compile_all(
        sources: Any,
        output_dir: Any = None,
        macros: Any = None,
        include_dirs: Any = None,
        debug: Any = 0,
        extra_preargs: Any = None,
        extra_postargs: Any = None,
        depends: Any = None,
    ) -> list[str]:
        macros, objects, extra, pp_opts, build = compiler._setup_compile(
            output_dir, macros, include_dirs, sources, depends, extra_postargs
        )
        cc_args = compiler._get_cc_args(pp_opts, debug, extra_preargs)

        def compile_one(obj: str) -> None:
            src, ext = build[obj]
            compiler._compile(obj, src, ext, cc_args, extra, pp_opts)

        with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
            list(pool.map(compile_one, [obj for obj in objects if obj in build]))
        return list(objects)

    compiler.compile = compile_all


def _mypyc_extensions() -> list[Any]:
    try:
        from mypyc.build import mypycify
    except ImportError as error:
        print(f"dfaudit: mypyc unavailable ({error}); installing pure Python", file=sys.stderr)
        return []
    files = [str(NATIVE.source_path(m, Path("src/dfaudit"))) for m in NATIVE.COMPILED]
    BuildExt.sources = {
        m: NATIVE.source_digest(NATIVE.source_path(m, SRC / "dfaudit")) for m in NATIVE.COMPILED
    }
    os.chdir(ROOT)  # mypyc resolves the files and writes its C under build/ from here
    extensions = mypycify(
        files,  # type-checked with pyproject.toml's [tool.mypy]
        opt_level="3",
        debug_level="0",
        multi_file=True,  # a C file per module, compiled side by side (_compile_in_parallel)
    )
    for extension in extensions:
        extension.optional = True
    return extensions


setup(ext_modules=_extensions(), cmdclass={"build_ext": BuildExt})
