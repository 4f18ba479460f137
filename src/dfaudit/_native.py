"""Which modules run compiled (mypyc), and the guard against a stale build.

``DFAUDIT_COMPILE=1 pip install -e .`` (or ``pip install .``) compiles the hot detection
modules and the ingest workers' normaliser, listed in :data:`COMPILED`, with mypyc (see
``setup.py``); without that variable, or without a C compiler, dfaudit installs and runs as
pure Python. The build writes ``_native.json`` next to this file: the sha256 of every source it
compiled.

An editable install puts the compiled ``.so`` files next to the sources, where Python would load
them instead of the ``.py`` files: an edit of a compiled module would silently not run. So
:func:`install`, called by ``dfaudit.detect`` and ``dfaudit.store`` before any of their
modules is imported, compares every compiled module's source with the hash its build
recorded. If one differs (or the record is missing, or a module of the build has no ``.so``),
every module of the build is loaded from its source instead (they call each other natively,
so one stale module taints the rest) and a :class:`StaleBuildWarning` says so once per
process. ``DFAUDIT_PURE=1`` loads the sources without a warning. ``python -m
dfaudit._native`` prints what runs.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import json
import os
import sys
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

# The modules the build compiles (setup.py reads this tuple): the detection hot path, i.e.
# every signal (``detect/signals/*.py``, found by listing the folder, so a new signal is
# compiled without editing this file) and the modules they call per record. A new module of
# ``detect/`` outside ``signals/`` runs as Python until it is added to ``_CORE``. Tests that
# monkeypatch a global of one of these modules see the patch only from Python callers: they run
# their plain side from source (``DFAUDIT_PURE=1`` in a subprocess, tests/detect/conftest.py).
_CORE: tuple[str, ...] = (
    "dfaudit.detect.base",
    "dfaudit.detect.combiner",
    "dfaudit.detect.east_asian",
    "dfaudit.detect.fields",
    "dfaudit.detect.findings",
    "dfaudit.detect.names",
    "dfaudit.detect.registry",
    "dfaudit.detect.rules",
    "dfaudit.detect.text",
)

# Outside detect/: the ingest workers' per-item work (raw item -> records), ~130-180 us of a
# real-shaped model in Python. ``dfaudit.store`` calls :func:`install` before importing it.
_STORE: tuple[str, ...] = ("dfaudit.store.normalize",)

# The other modules of detect/, which run as Python: not on the per-record path, or built around
# what mypyc does not compile well (processes, DuckDB, dynamic data). A test checks that every
# module of detect/ is in exactly one of the two lists, so a new one is a decision.
PYTHON_ONLY: tuple[str, ...] = (
    "dfaudit.detect.baselines",
    "dfaudit.detect.engine",
    "dfaudit.detect.evalsets",
    "dfaudit.detect.evaluate",
    "dfaudit.detect.export",
    "dfaudit.detect.indic",
    "dfaudit.detect.lexicon",
    "dfaudit.detect.lexicon_update",
    "dfaudit.detect.memo",
    "dfaudit.detect.pseudonym",
    "dfaudit.detect.signal_errors",
    "dfaudit.detect.trades",
    "dfaudit.detect.vocab",
)


def _signal_modules(package_dir: Path) -> tuple[str, ...]:
    folder = package_dir / "detect" / "signals"
    names = sorted(p.stem for p in folder.glob("*.py") if p.stem != "__init__")
    return tuple(f"dfaudit.detect.signals.{name}" for name in names)


MANIFEST = "_native.json"
PACKAGE_DIR = Path(__file__).resolve().parent
COMPILED: tuple[str, ...] = _CORE + _signal_modules(PACKAGE_DIR) + _STORE
PURE_ENV = "DFAUDIT_PURE"


class StaleBuildWarning(RuntimeWarning):
    """A compiled module no longer matches its source: the source runs instead."""


@dataclass(frozen=True, slots=True)
class NativeState:
    """What :func:`install` decided for this process."""

    mode: str  # compiled | pure | stale | forced-pure
    reason: str
    compiled: tuple[str, ...]  # modules that load from their .so


def source_path(module: str, root: Path = PACKAGE_DIR) -> Path:
    """The ``.py`` file of a ``dfaudit.*`` module under the package directory ``root``."""
    parts = module.split(".")
    return root.joinpath(*parts[1:]).with_suffix(".py")


def extension_paths(module: str, root: Path = PACKAGE_DIR) -> list[Path]:
    """The compiled files (``name.cpython-311-x86_64-linux-gnu.so`` …) beside a module's
    source, for any extension suffix this interpreter loads."""
    source = source_path(module, root)
    found = []
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        candidate = source.with_name(source.stem + suffix)
        if candidate.exists():
            found.append(candidate)
    return found


def source_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def decide(root: Path = PACKAGE_DIR, env: dict[str, str] | None = None) -> NativeState:
    """Whether the compiled modules under ``root`` may run, and why (no side effects)."""
    env = dict(os.environ) if env is None else env
    built = [m for m in COMPILED if extension_paths(m, root)]
    manifest_path = root / MANIFEST
    if not built:
        return NativeState("pure", "no compiled modules installed", ())
    if env.get(PURE_ENV, "") not in ("", "0"):
        return NativeState("forced-pure", f"{PURE_ENV} is set", ())
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        recorded = {str(k): str(v) for k, v in dict(manifest["sources"]).items()}
        groups = [str(g) for g in manifest.get("groups", [])]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return NativeState("stale", f"{MANIFEST} missing or unreadable", ())
    problems: list[str] = []
    for group in groups:  # the shared library the compiled modules live in (top level)
        if importlib.util.find_spec(group) is None:
            problems.append(f"the shared library {group} is missing")
    for module in sorted(set(recorded) | set(built)):
        if module not in recorded:
            problems.append(f"{module} has a .so its build did not record")
        elif module not in built:
            problems.append(f"{module} was compiled but its .so is missing")
        else:
            source = source_path(module, root)
            try:
                digest = source_digest(source)
            except OSError:
                problems.append(f"{module} has no source")
                continue
            if digest != recorded[module]:
                problems.append(f"{module} changed since it was compiled")
    if problems:
        return NativeState("stale", "; ".join(problems), ())
    return NativeState("compiled", "every compiled module matches its source", tuple(built))


class _SourceFirst:
    """A meta-path finder that loads the given modules from their ``.py`` files."""

    def __init__(self, sources: dict[str, Path]) -> None:
        self.sources = sources

    def find_spec(
        self, name: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        source = self.sources.get(name)
        if source is None:
            return None
        return importlib.util.spec_from_file_location(name, source)


_STATE: NativeState | None = None


def install() -> NativeState:
    """Decide once per process; when the build is stale or ``DFAUDIT_PURE`` is set, make every
    module of the build load from its source (warning when stale)."""
    global _STATE
    if _STATE is not None:
        return _STATE
    state = decide()
    if state.mode in ("stale", "forced-pure"):
        sources = {m: source_path(m) for m in COMPILED if source_path(m).exists()}
        sys.meta_path.insert(0, _SourceFirst(sources))
        if state.mode == "stale":
            warnings.warn(
                f"dfaudit: the compiled detection modules are stale ({state.reason}); running "
                "their Python sources. Rebuild with: DFAUDIT_COMPILE=1 pip install -e . "
                "(or delete the .so files under src/dfaudit/detect/)",
                StaleBuildWarning,
                stacklevel=2,
            )
    if state.mode == "stale":  # spawned workers run the sources too, without a second warning
        os.environ[PURE_ENV] = "1"
    _STATE = state
    return state


def summary(state: NativeState | None = None) -> str:
    """One line for ``dfaudit --version``: what detection (and the normaliser) runs as in this
    process."""
    state = decide() if state is None and _STATE is None else (state or _STATE)
    assert state is not None
    if state.mode == "compiled":
        stores = sum(1 for m in state.compiled if m.startswith("dfaudit.store."))
        also = f", store: {stores}" if stores else ""
        return f"detection: compiled ({len(state.compiled)} modules{also}, mypyc)"
    if state.mode == "stale":
        return f"detection: pure Python (stale compiled build ignored: {state.reason[:300]})"
    if state.mode == "forced-pure":
        return f"detection: pure Python ({PURE_ENV}=1; a compiled build is installed)"
    return "detection: pure Python (not compiled)"


def loaded() -> dict[str, str]:
    """Each compiled-capable module already imported -> ``compiled`` or ``source``."""
    out = {}
    for module in COMPILED:
        mod = sys.modules.get(module)
        if mod is not None:
            origin = str(getattr(mod, "__file__", "") or "")
            out[module] = "source" if origin.endswith(".py") else "compiled"
    return out


def main() -> int:
    import dfaudit._native as native  # this file runs as __main__: use the imported module
    import dfaudit.detect.engine  # noqa: F401  (imports every module of the build)
    import dfaudit.store.normalize  # noqa: F401
    from dfaudit.detect.registry import signal_classes

    signal_classes()  # and every signal

    state = native.install()
    print(f"mode: {state.mode} ({state.reason})")
    for module, how in native.loaded().items():
        print(f"  {module}: {how}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
