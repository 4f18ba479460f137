"""Fixtures of the report tests: the invented store, in memory and as a file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dfaudit.store.db import Store, open_store

from .planted import populate


@pytest.fixture
def report_store() -> Iterator[Store]:
    store = populate(open_store(":memory:"))
    yield store
    store.close()


@pytest.fixture
def report_db(tmp_path: Path) -> Path:
    path = tmp_path / "report.duckdb"
    with open_store(path) as store:
        populate(store)
    return path


@pytest.fixture(scope="session")
def shared_report_store() -> Iterator[Store]:
    """One invented store for tests that only read it (never write to it in a test)."""
    store = populate(open_store(":memory:"))
    yield store
    store.close()


@pytest.fixture(scope="session")
def default_report(shared_report_store: Store, tmp_path_factory: pytest.TempPathFactory):
    """The report as published by default (pseudonyms), written once per session."""
    from dfaudit.report import write_report

    return write_report(shared_report_store, tmp_path_factory.mktemp("default"), progress=False)


@pytest.fixture(scope="session")
def revealed_report(shared_report_store: Store, tmp_path_factory: pytest.TempPathFactory):
    """The report with ``--reveal-names``, written once per session."""
    from dfaudit.report import write_report

    return write_report(
        shared_report_store, tmp_path_factory.mktemp("revealed"), reveal_names=True,
        progress=False,
    )  # fmt: skip
