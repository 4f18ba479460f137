"""Shared fixtures: a temporary store, the path of ../shared, one `audit --sample` store per test
run (shared by pytest-xdist's workers) and :func:`once_per_run` for other work done once."""

from __future__ import annotations

import fcntl
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

if os.environ.get("PYTEST_XDIST_WORKER"):
    # xdist's workers start with COLUMNS=80 and LINES=24 in their environment; rich's consoles,
    # made when dfaudit.cli is imported, would keep that width for good, whatever width a
    # test then asks for (a serial run has no COLUMNS at import: the consoles read it per call)
    os.environ.pop("COLUMNS", None)
    os.environ.pop("LINES", None)

from dfaudit.store import Store, open_store  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED = REPO_ROOT.parent / "shared"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(tmp_path / "test.duckdb")
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def shared_dir() -> Path:
    if not (SHARED / "docs").is_dir():
        pytest.skip("../shared is absent: real fixtures and data are not available here")
    return SHARED


def run_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of this test run that every xdist worker sees (the workers' base temp folders
    are siblings in it); without xdist, the session's own base temp folder."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def once_per_run(
    tmp_path_factory: pytest.TempPathFactory, name: str, build: Callable[[Path], None]
) -> Path:
    """The folder ``name`` of this run, filled by ``build`` by the first worker that asks; the
    others wait on a file lock and get the same folder. A failed build is retried by the next."""
    root = run_folder(tmp_path_factory)
    folder = root / name
    with open(root / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (folder / ".done").exists():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            build(folder)
            (folder / ".done").touch()
    return folder


def _audit_sample(folder: Path) -> None:
    from dfaudit.audit import run_audit
    from dfaudit.store.db import open_store

    with open_store(folder / "sample.duckdb") as store:
        run_audit(store, folder / "report", sample=True, progress=False)


@pytest.fixture(scope="session")
def sample_audit(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder of one `dfaudit audit --sample` of this run (``sample.duckdb``, its published
    snapshot, ``report/``), copied for this worker: DuckDB lets one process open a file to write,
    and a test may open its store. Read it; copy the store before writing to it."""
    built = once_per_run(tmp_path_factory, "sample-audit", _audit_sample)
    own = tmp_path_factory.mktemp("sample-audit")
    shutil.copytree(built, own, dirs_exist_ok=True)
    return own
