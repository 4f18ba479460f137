"""Fixtures of the review-app tests: one `audit --sample` store per session, users of each role
made once, and the app served by uvicorn on a free loopback port.

Each test that writes review state gets its own copy of the review database and the snapshot
beside a path of its own, so tests never see each other's decisions.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from dfaudit.publish import snapshot_path
from dfaudit.web.review import ReviewDB, review_path
from report.test_browser import browser  # noqa: F401  (one Chromium fixture, shared with the report)

from .helpers import PASSWORDS, serve_app


@pytest.fixture(scope="session")
def sample_db(sample_audit: Path) -> Path:
    """A store from `dfaudit audit --sample` (its snapshot published beside it), built once."""
    db = sample_audit / "sample.duckdb"
    assert snapshot_path(db).is_file()
    return db


@pytest.fixture(scope="session")
def review_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A review database with one user of each role (argon2 hashing is the slow part)."""
    path = tmp_path_factory.mktemp("review") / "template.review.sqlite"
    review = ReviewDB(path)
    for name, (role, password) in PASSWORDS.items():
        review.add_user(name, role, password)
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return path


def deployment(folder: Path, snapshot_from: Path, review_template: Path) -> Path:
    """A store path in ``folder`` with a copy of the snapshot and of the template review DB."""
    db = folder / "store.duckdb"
    shutil.copyfile(snapshot_path(snapshot_from), snapshot_path(db))
    shutil.copyfile(review_template, review_path(db))
    return db


@pytest.fixture
def deployed(tmp_path: Path, sample_db: Path, review_template: Path) -> Path:
    """This test's own store path: the sample's snapshot and a fresh review DB with users."""
    return deployment(tmp_path, sample_db, review_template)


@dataclass
class Served:
    url: str
    db: Path
    app: Any


@pytest.fixture
def served(deployed: Path) -> Iterator[Served]:
    from dfaudit.web.app import create_app

    app = create_app(deployed)
    for url in serve_app(app):
        yield Served(url, deployed, app)


@pytest.fixture
def make_served(tmp_path: Path) -> Iterator[Callable[..., Served]]:
    """Serve an app over any store path with any options (stopped at the end of the test)."""
    from dfaudit.web.app import create_app

    running: list[Iterator[str]] = []

    def start(db: Path, **options: Any) -> Served:
        app = create_app(db, **options)
        server = serve_app(app)
        url = next(server)
        running.append(server)
        return Served(url, db, app)

    yield start
    for server in running:
        for _ in server:
            pass
