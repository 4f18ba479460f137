"""DuckDB settings the store opens with: a bounded memory limit, rare checkpoints."""

from __future__ import annotations

from pathlib import Path

import pytest

from dfaudit.errors import InputError
from dfaudit.store.db import MEMORY_ENV, open_store


def setting(path: Path, name: str) -> str:
    with open_store(path) as store:
        return str(store.scalar("SELECT value FROM duckdb_settings() WHERE name = ?", [name]))


def test_memory_limit_is_bounded_and_can_be_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(MEMORY_ENV, raising=False)
    default = setting(tmp_path / "a.duckdb", "memory_limit")
    assert default.endswith("MiB") or default.endswith("GiB")
    if default.endswith("GiB"):
        assert float(default.split()[0]) <= 2.0
    monkeypatch.setenv(MEMORY_ENV, "512MB")
    assert setting(tmp_path / "a.duckdb", "memory_limit") == "488.2 MiB"
    monkeypatch.setenv(MEMORY_ENV, "plenty")
    with pytest.raises(InputError, match=MEMORY_ENV):
        open_store(tmp_path / "a.duckdb")


def test_checkpoints_are_rare(tmp_path: Path) -> None:
    value = setting(tmp_path / "a.duckdb", "checkpoint_threshold")
    assert value.endswith("MiB") and float(value.split()[0]) >= 512
