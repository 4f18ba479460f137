"""The compiled build (mypyc, ``DFAUDIT_COMPILE=1``) never runs a module older than its source.

An editable install puts ``.so`` files next to the sources, where Python would load them before
the ``.py`` files; ``dfaudit._native`` loads the sources instead when one of them changed since
the build. These tests copy a package tree to a temporary directory and import it in a fresh
interpreter, so nothing of the installed package is touched.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import dfaudit
from dfaudit import _native

PACKAGE = Path(dfaudit.__file__).resolve().parent
SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]
PROBE = (
    "import warnings, sys\n"
    "warnings.simplefilter('always')\n"
    "import dfaudit.detect.text as t\n"
    "from dfaudit import _native\n"
    "print('FILE', t.__file__)\n"
    "print('MODE', _native.install().mode)\n"
    "print('MARK', getattr(t, 'EDITED_AFTER_BUILD', None))\n"
    "import os\n"
    "print('ENV', os.environ.get('DFAUDIT_PURE'))\n"
)


def _run(root: Path, probe: str = PROBE, **env: str) -> tuple[str, str]:
    environ = {k: v for k, v in os.environ.items() if k != _native.PURE_ENV}
    environ.update(env)
    environ["PYTHONPATH"] = str(root)
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env=environ,
        cwd=root,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout, done.stderr


def _manifest(package: Path, groups: list[str] | None = None) -> None:
    sources = {m: _native.source_digest(_native.source_path(m, package)) for m in _native.COMPILED}
    record = {"sources": sources, "groups": groups or []}
    (package / _native.MANIFEST).write_text(json.dumps(record), encoding="utf-8")


def _fake_build(tmp_path: Path) -> Path:
    """A minimal dfaudit tree whose 'compiled' modules are files Python cannot load: importing
    one of them instead of its source fails loudly, so a guard that lets one through is seen."""
    package = tmp_path / "dfaudit"
    (package / "detect").mkdir(parents=True)
    shutil.copy(PACKAGE / "__init__.py", package / "__init__.py")
    shutil.copy(PACKAGE / "_native.py", package / "_native.py")
    shutil.copy(PACKAGE / "detect" / "__init__.py", package / "detect" / "__init__.py")
    (package / "store").mkdir()
    shutil.copy(PACKAGE / "store" / "__init__.py", package / "store" / "__init__.py")
    (package / "store" / "db.py").write_text("Store = open_store = None\n", encoding="utf-8")
    (package / "detect" / "signals").mkdir()
    (package / "detect" / "signals" / "__init__.py").write_text("", encoding="utf-8")
    for module in _native.COMPILED:
        source = _native.source_path(module, package)
        source.write_text("VALUE = 1\n", encoding="utf-8")
        source.with_name(source.stem + SUFFIX).write_bytes(b"not a shared library")
    _manifest(package)
    return package


def test_decide_compiled_when_every_source_matches_its_build(tmp_path: Path) -> None:
    package = _fake_build(tmp_path)
    state = _native.decide(package, env={})
    assert state.mode == "compiled"
    assert set(state.compiled) == set(_native.COMPILED)


def test_decide_stale_names_the_edited_module(tmp_path: Path) -> None:
    package = _fake_build(tmp_path)
    text = _native.source_path("dfaudit.detect.text", package)
    text.write_text("VALUE = 2\n", encoding="utf-8")
    state = _native.decide(package, env={})
    assert state.mode == "stale"
    assert "dfaudit.detect.text changed since it was compiled" in state.reason
    assert state.compiled == ()


def test_decide_stale_without_a_record_or_with_a_missing_piece(tmp_path: Path) -> None:
    package = _fake_build(tmp_path)
    names_so = _native.extension_paths("dfaudit.detect.names", package)[0]
    names_so.unlink()
    assert "names was compiled but its .so is missing" in _native.decide(package, env={}).reason
    names_so.write_bytes(b"x")
    _manifest(package, groups=["no_such_group__mypyc"])
    assert "no_such_group__mypyc is missing" in _native.decide(package, env={}).reason
    (package / _native.MANIFEST).unlink()
    assert _native.decide(package, env={}).mode == "stale"


def test_decide_pure_without_a_build_and_when_asked(tmp_path: Path) -> None:
    package = _fake_build(tmp_path)
    assert _native.decide(package, env={_native.PURE_ENV: "1"}).mode == "forced-pure"
    assert _native.decide(package, env={_native.PURE_ENV: "0"}).mode == "compiled"
    for module in _native.COMPILED:
        for path in _native.extension_paths(module, package):
            path.unlink()
    assert _native.decide(package, env={}).mode == "pure"


def test_a_stale_build_is_noticed_and_the_edited_source_runs(tmp_path: Path) -> None:
    package = _fake_build(tmp_path)
    text = _native.source_path("dfaudit.detect.text", package)
    text.write_text("VALUE = 1\nEDITED_AFTER_BUILD = 'yes'\n", encoding="utf-8")
    out, err = _run(tmp_path)
    assert "MODE stale" in out
    assert "MARK yes" in out  # the edit runs, not the (unloadable) build
    assert out.split("FILE ", 1)[1].split("\n", 1)[0].endswith("text.py")
    assert "StaleBuildWarning" in err and "dfaudit.detect.text changed" in err
    assert err.count("StaleBuildWarning") == 1
    assert "ENV 1" in out  # spawned workers inherit it: sources, and no second warning


def test_a_stale_normaliser_is_noticed_through_the_store_package(tmp_path: Path) -> None:
    # store/normalize.py is compiled too: importing it (without dfaudit.detect) installs the
    # guard first, so an edit runs, with the one warning, and every module of the build with it
    package = _fake_build(tmp_path)
    normalize = _native.source_path("dfaudit.store.normalize", package)
    normalize.write_text("VALUE = 1\nEDITED_AFTER_BUILD = 'yes'\n", encoding="utf-8")
    probe = (
        "import warnings\n"
        "warnings.simplefilter('always')\n"
        "import dfaudit.store.normalize as n\n"
        "import dfaudit.detect.text as t\n"
        "print('FILES', n.__file__, t.__file__)\n"
        "print('MARK', n.EDITED_AFTER_BUILD)\n"
    )
    out, err = _run(tmp_path, probe)
    files = out.split("FILES ", 1)[1].split("\n", 1)[0].split()
    assert [Path(f).name for f in files] == ["normalize.py", "text.py"]
    assert "MARK yes" in out
    assert "dfaudit.store.normalize changed" in err
    assert err.count("StaleBuildWarning") == 1


def test_pure_env_loads_the_sources_silently(tmp_path: Path) -> None:
    _fake_build(tmp_path)
    out, err = _run(tmp_path, **{_native.PURE_ENV: "1"})
    assert "MODE forced-pure" in out and "StaleBuildWarning" not in err


def test_a_fresh_fake_build_is_loaded_as_built(tmp_path: Path) -> None:
    # the control: with matching hashes the guard steps aside and Python loads the .so (which
    # here is no library, so the import fails: the guard did not hide a fresh build)
    _fake_build(tmp_path)
    environ = {k: v for k, v in os.environ.items() if k != _native.PURE_ENV}
    environ["PYTHONPATH"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", "import dfaudit.detect.text"],
        capture_output=True,
        text=True,
        env=environ,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert done.returncode != 0 and "ImportError" in done.stderr


def _real_build() -> dict[str, object]:
    state = _native.install()
    if state.mode != "compiled":
        pytest.skip(
            f"detection is not compiled here ({state.mode}: {state.reason}); "
            "build with DFAUDIT_COMPILE=1 pip install -e . to run this test"
        )
    return dict(json.loads((PACKAGE / _native.MANIFEST).read_text(encoding="utf-8")))


def _copy_real_build(tmp_path: Path) -> None:
    record = _real_build()
    shutil.copytree(PACKAGE, tmp_path / "dfaudit", ignore=shutil.ignore_patterns("__pycache__"))
    for group in record.get("groups", []):  # type: ignore[attr-defined]
        spec = importlib.util.find_spec(str(group))
        assert spec is not None and spec.origin is not None
        shutil.copy(spec.origin, tmp_path / Path(spec.origin).name)


def test_the_real_build_runs_compiled_until_a_source_changes(tmp_path: Path) -> None:
    _copy_real_build(tmp_path)
    out, err = _run(tmp_path)
    assert "MODE compiled" in out and "StaleBuildWarning" not in err and "ENV None" in out
    assert out.split("FILE ", 1)[1].split("\n", 1)[0].endswith(SUFFIX)
    text = _native.source_path("dfaudit.detect.text", tmp_path / "dfaudit")
    with text.open("a", encoding="utf-8") as handle:
        handle.write("\nEDITED_AFTER_BUILD = 'yes'\n")
    out, err = _run(tmp_path)
    assert "MODE stale" in out and "MARK yes" in out
    assert "StaleBuildWarning" in err


def test_the_modules_run_as_the_build_decided() -> None:
    import dfaudit.detect.engine  # noqa: F401
    import dfaudit.store.normalize  # noqa: F401
    from dfaudit.detect.registry import signal_classes

    signal_classes()  # imports every signal
    state = _native.install()
    loaded = _native.loaded()
    assert set(loaded) == set(_native.COMPILED)
    expected = "compiled" if state.mode == "compiled" else "source"
    assert set(loaded.values()) == {expected}


def test_every_detection_module_is_compiled_or_listed_as_python() -> None:
    modules = {
        "dfaudit." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts)
        for p in (PACKAGE / "detect").rglob("*.py")
        if p.stem != "__init__"
    }
    detection = {m for m in _native.COMPILED if m.startswith("dfaudit.detect.")}
    assert detection | set(_native.PYTHON_ONLY) == modules
    assert not set(_native.COMPILED) & set(_native.PYTHON_ONLY)
    assert set(_native.COMPILED) - detection == {"dfaudit.store.normalize"}
    signals = {m for m in modules if m.startswith("dfaudit.detect.signals.")}
    assert len(signals) >= 10 and signals <= set(_native.COMPILED)  # a new signal is compiled


def test_the_summary_says_what_runs() -> None:
    state = _native.NativeState
    compiled = _native.summary(state("compiled", "ok", ("a", "b", "c")))
    assert compiled == "detection: compiled (3 modules, mypyc)"
    with_store = _native.summary(state("compiled", "ok", ("a", "dfaudit.store.normalize")))
    assert with_store == "detection: compiled (2 modules, store: 1, mypyc)"
    assert "dfaudit.store.normalize" in _native.COMPILED
    stale = _native.summary(state("stale", "dfaudit.detect.text changed since it was compiled", ()))
    assert stale.startswith("detection: pure Python (stale") and "text changed" in stale
    assert "DFAUDIT_PURE=1" in _native.summary(state("forced-pure", "set", ()))
    assert _native.summary(state("pure", "none", ())) == "detection: pure Python (not compiled)"
    done = subprocess.run(
        [sys.executable, "-c", "from dfaudit.cli import main; main()", "--version"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    expected = _native.summary(_native.decide())
    assert done.stdout.splitlines()[1] == expected
