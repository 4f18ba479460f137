"""Shared fixtures: a temporary store, the path of ../shared and the CLI runner."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dfaudit.store import Store, open_store

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
