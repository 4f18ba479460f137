"""Shared helpers for detection tests: invented people only."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from conftest import once_per_run
from dfaudit import _native
from dfaudit.detect import findings
from dfaudit.detect.engine import Detector
from dfaudit.records import ModelRecord

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


def model(name: str, **fields: object) -> ModelRecord:
    """A Civitai-shaped model record with defaults for everything but the name."""
    base: dict[str, object] = {
        "platform": "civitai",
        "model_id": fields.pop("model_id", "1"),
        "url": "https://civitai.com/models/1",
        "name": name,
        "model_type": fields.pop("model_type", "LORA"),
    }
    base.update(fields)
    return ModelRecord(**base)  # type: ignore[arg-type]


def likeness_features(detector: Detector, record: ModelRecord) -> set[str]:
    """The features of a record's likeness hits."""
    return {h.feature for h in detector.detect(record).hits if h.aspect == "likeness"}


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.fixture
def no_gender_prior(monkeypatch: pytest.MonkeyPatch) -> None:
    """The gender evidence alone, without the catalog prior (off by default; this pins it off): for
    tests that a word or a name says nothing, i.e. leaves the gender unknown."""
    monkeypatch.setattr(findings, "APPLY_GENDER_PRIOR", False)


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.exists():
        pytest.skip("../shared is absent: real data tests need the shared folder beside the repo")
    return SHARED.resolve()


# Tests marked ``from_source`` monkeypatch a global of a module the compiled build (mypyc,
# dfaudit._native) compiles, to compare a pre-check with the plain computation. A compiled
# module's own calls do not see such a patch, so in a compiled run those tests would compare the
# pre-check with itself. There, they run instead in one pytest subprocess with DFAUDIT_PURE=1
# (every detection module from its source), and each test reports its own outcome there; under
# pytest-xdist the first worker to meet one runs that subprocess for all, the others read it.
REPO = Path(__file__).resolve().parents[2]
_SOURCE_RUN: dict[str, str] = {}


def _compiled() -> bool:
    return _native.install().mode == "compiled"


def _run_from_source(items: list[pytest.Item], tmp: Path) -> dict[str, str]:
    report = tmp / "from_source.xml"
    env = {**os.environ, _native.PURE_ENV: "1"}
    ids = [item.nodeid for item in items]
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "addopts="]
    done = subprocess.run(
        [*command, f"--junitxml={report}", *ids],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    if not report.exists():
        return {i: f"no report from the source run:\n{done.stdout[-3000:]}" for i in ids}
    outcome: dict[str, str] = {}
    for case in ElementTree.parse(report).iter("testcase"):
        path = str(case.get("classname", "")).replace(".", "/") + ".py"
        nodeid = f"{path}::{case.get('name')}"
        problem = case.find("failure")
        if problem is None:
            problem = case.find("error")
        if problem is not None:
            outcome[nodeid] = str(problem.get("message", "")) + "\n" + (problem.text or "")
        elif case.find("skipped") is not None:
            outcome[nodeid] = "skipped"
        else:
            outcome[nodeid] = "passed"
    return {i: outcome.get(i, f"not run from source:\n{done.stdout[-3000:]}") for i in ids}


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    if pyfuncitem.get_closest_marker("from_source") is None:
        return None
    if not _compiled():  # the patch is seen only if every module it patches is Python
        compiled = [m for m, how in _native.loaded().items() if how == "compiled"]
        assert not compiled, f"a from_source test runs beside compiled modules: {compiled}"
        return None
    if pyfuncitem.nodeid not in _SOURCE_RUN:
        marked = [
            item
            for item in pyfuncitem.session.items
            if item.get_closest_marker("from_source") is not None
        ]

        def run(folder: Path) -> None:
            outcome = _run_from_source(marked, folder)
            (folder / "outcome.json").write_text(json.dumps(outcome), encoding="utf-8")

        factory = pyfuncitem.config._tmp_path_factory  # type: ignore[attr-defined]
        folder = once_per_run(factory, "from-source", run)
        _SOURCE_RUN.update(json.loads((folder / "outcome.json").read_text(encoding="utf-8")))
    outcome = _SOURCE_RUN[pyfuncitem.nodeid]
    if outcome == "skipped":
        pytest.skip("skipped in the source run")
    if outcome != "passed":
        pytest.fail(f"failed when run from source (DFAUDIT_PURE=1): {outcome}", pytrace=False)
    return True
