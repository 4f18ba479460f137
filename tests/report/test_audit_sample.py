"""End to end: `dfaudit audit --sample` writes a report whose counts equal the exports.

The sample platform is served on loopback; its targeted people are invented.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from dfaudit.cli import app

runner = CliRunner()


def _invoke(*args: str) -> None:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.slow
def test_audit_sample_report_matches_exports_and_hides_names(tmp_path: Path) -> None:
    db = str(tmp_path / "audit.duckdb")
    out = tmp_path / "report"
    _invoke("--db", db, "audit", "--sample", "-o", str(out), "--no-progress")
    for name in ("report.html", "report.md", "summary.json"):
        assert (out / name).is_file(), name
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))

    _invoke("--db", db, "export", "models", "-o", str(tmp_path / "models.jsonl"))
    _invoke("--db", db, "export", "findings", "-o", str(tmp_path / "findings.jsonl"))
    models = _jsonl(tmp_path / "models.jsonl")
    findings = _jsonl(tmp_path / "findings.jsonl")
    assert summary["models_total"] == len(models) > 0
    assert summary["likeness_models"] == sum(bool(f["likeness"]) for f in findings) > 0

    with duckdb.connect(db, read_only=True) as con:
        names = {
            row[0]
            for row in con.execute(
                "SELECT DISTINCT target_name FROM findings "
                "WHERE likeness AND target_name IS NOT NULL AND length(target_name) > 6"
            ).fetchall()
        }
    assert names
    for path in out.rglob("*"):
        if path.suffix in {".html", ".md", ".json", ".csv"}:
            text = re.sub(r"data:image/png;base64,[A-Za-z0-9+/=]+", "", path.read_text("utf-8"))
            leaked = [name for name in names if name in text]
            assert not leaked, f"{path.name} names {len(leaked)} targeted people"

    revealed = tmp_path / "revealed"
    _invoke("--db", db, "report", "-o", str(revealed), "--reveal-names", "--no-progress")
    html = (revealed / "report.html").read_text(encoding="utf-8")
    assert any(name in html for name in names)
    # the exports published by default withhold names too (issue 11, item 14)
    exported = (tmp_path / "findings.jsonl").read_text(encoding="utf-8")
    assert not [name for name in names if name in exported]

    # the sample says it is synthetic, and its URLs are not real platform pages (item 20)
    assert summary["source"]["synthetic"] is True
    assert summary["generated_at"] and summary["tool"]["name"] == "dfaudit"
    assert summary["tool"]["version"] and summary["detector_versions"]
    for name in ("report.html", "report.md"):
        assert "SYNTHETIC SAMPLE" in (out / name).read_text(encoding="utf-8")
    real_sites = ("https://civitai.com/", "https://huggingface.co/")
    assert not [m["url"] for m in models if str(m["url"]).startswith(real_sites)]
    with duckdb.connect(db, read_only=True) as con:
        bounty_urls = [r[0] for r in con.execute("SELECT url FROM bounties").fetchall()]
    assert bounty_urls and not [u for u in bounty_urls if u.startswith(real_sites)]
