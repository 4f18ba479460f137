"""Bad input to the act commands: one line on stderr and an exit code, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import invoke


@pytest.mark.parametrize(
    "args",
    [
        ["evidence", "bundle", "--platform", "civitai", "-o", "{tmp}/x.zip"],
        ["evidence", "bundle", "--platform", "myspace", "--model-id", "1", "-o", "{tmp}/x.zip"],
        ["evidence", "bundle", "--platform", "civitai", "--model-id", "1", "-o", "{tmp}"],
        ["evidence", "bundle", "--model-id", "1", "-o", "{tmp}/x.zip"],
        ["evidence", "keygen", "-o", "{tmp}/no/such/dir/k.key"],
        [
            "notice",
            "record",
            "--platform",
            "civitai",
            "--model-id",
            "nope",
            "--sent-at",
            "2026-01-01",
            "--channel",
            "form",
        ],
        [
            "notice",
            "draft",
            "--platform",
            "civitai",
            "--model-id",
            "1",
            "--law",
            "dsa",
            "--from",
            "{tmp}/missing.toml",
            "-o",
            "{tmp}",
        ],
        ["diff", "--since", "not a time"],
        ["alerts", "--since", "last tuesday"],
        ["alerts", "--webhook", "javascript:alert(1)"],
        ["watchlist", "add", "--label", "x", "  "],
    ],
)
def test_bad_input_is_one_line(sample_db: Path, tmp_path: Path, args: list[str]) -> None:
    filled = [a.replace("{tmp}", str(tmp_path)) for a in args]
    db = tmp_path / "copy.duckdb"
    db.write_bytes(sample_db.read_bytes())
    output = invoke("--db", str(db), *filled, code=2)
    assert "Traceback" not in output and "error" in output


def test_verify_of_a_non_zip_names_it(tmp_path: Path) -> None:
    path = tmp_path / "fake.zip"
    path.write_bytes(b"not a zip at all")
    assert "fake.zip" in invoke("evidence", "verify", str(path), code=1)
