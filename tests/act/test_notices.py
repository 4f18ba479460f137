"""Removal notices: every field each law requires, and the compliance clock that later censuses
of the sample server stop."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from dfaudit.detect.rules import default_rulebook
from dfaudit.report import write_report
from dfaudit.store.db import open_store

from .conftest import census, invoke

REQUESTER = """
requester_name = "Odalys Pemberthy-Vance"
requester_email = "odalys@example.org"
signature = "/s/ Odalys Pemberthy-Vance"
acting_for = "the depicted person"
date = "2026-12-01"
"""


def _model_url(db: Path, model_id: str) -> str:
    """The model's page URL as the store holds it (built on the site that was crawled)."""
    with open_store(db, read_only=True) as store:
        rows = store.query(
            "SELECT url FROM models WHERE platform = 'civitai' AND model_id = ?", [model_id]
        )
    url = rows[0][0]
    assert url and url.endswith(f"/models/{model_id}")
    return str(url)


def _listed_likeness(db: Path, n: int, with_copy: bool = False) -> list[str]:
    """Active Civitai likeness models seen by the census listing (not only through by-hash)."""
    copy = (
        "AND EXISTS (SELECT 1 FROM reuploads r WHERE r.platform_a = 'civitai' "
        "AND r.model_id_a = f.model_id AND r.platform_b = 'huggingface')"
        if with_copy
        else "AND NOT EXISTS (SELECT 1 FROM reuploads r WHERE r.model_id_a = f.model_id "
        "OR r.model_id_b = f.model_id)"
    )
    with open_store(db, read_only=True) as store:
        rows = store.query(
            "SELECT f.model_id FROM findings f JOIN observations o USING (platform, model_id) "
            "JOIN runs r ON r.run_id = o.run_id AND r.census "
            "JOIN models m ON m.platform = f.platform AND m.model_id = f.model_id "
            "WHERE f.platform = 'civitai' AND f.likeness AND NOT f.minor_risk "
            f"AND m.status = 'active' AND o.status = 'active' {copy} "
            "ORDER BY f.model_id LIMIT ?",
            [n],
        )
    return [str(r[0]) for r in rows]


def _files(db: Path, model_id: str) -> list[tuple[str, str]]:
    with open_store(db, read_only=True) as store:
        return [
            (str(sha), str(url))
            for sha, url in store.query(
                "SELECT sha256, download_url FROM files WHERE platform = 'civitai' "
                "AND model_id = ? AND sha256 IS NOT NULL",
                [model_id],
            )
        ]


def test_take_it_down_notice_has_every_required_field(sample_db: Path, tmp_path: Path) -> None:
    (model_id,) = _listed_likeness(sample_db, 1)
    toml = tmp_path / "me.toml"
    toml.write_text(REQUESTER, encoding="utf-8")
    out = tmp_path / "notices"
    invoke(
        "--db", str(sample_db), "notice", "draft", "--platform", "civitai", "--model-id",
        model_id, "--law", "take-it-down", "--from", str(toml), "-o", str(out),
    )  # fmt: skip
    md = (out / f"notice-take-it-down-civitai-{model_id}.md").read_text(encoding="utf-8")
    page = (out / f"notice-take-it-down-civitai-{model_id}.html").read_text(encoding="utf-8")
    for text in (md, page):
        for heading in (
            "Signature",
            "Identification and location of the depiction",
            "Statement of good faith",
            "Name of the requester",
            "Email of the requester",
        ):
            assert heading in text
        assert _model_url(sample_db, model_id) in text
        for sha, _url in _files(sample_db, model_id):
            assert sha.lower() in text.lower()
        assert "good-faith belief" in text and "without their consent" in text
        assert "odalys@example.org" in text and "Pemberthy" in text
        assert "TO BE COMPLETED" not in text  # the requester gave everything required

    blank = tmp_path / "blank"
    invoke(
        "--db", str(sample_db), "notice", "draft", "--platform", "civitai", "--model-id",
        model_id, "--law", "take-it-down", "-o", str(blank),
    )  # fmt: skip
    md = (blank / f"notice-take-it-down-civitai-{model_id}.md").read_text(encoding="utf-8")
    for label in ("physical or electronic signature", "full name", "email address"):
        assert f"\\[TO BE COMPLETED BY THE REQUESTER: {label}\\]" in md


def test_dsa_notice_has_every_article_16_field(sample_db: Path, tmp_path: Path) -> None:
    (model_id,) = _listed_likeness(sample_db, 1)
    invoke(
        "--db", str(sample_db), "notice", "draft", "--platform", "civitai", "--model-id",
        model_id, "--law", "dsa", "-o", str(tmp_path),
    )  # fmt: skip
    page = (tmp_path / f"notice-dsa-civitai-{model_id}.html").read_text(encoding="utf-8")
    for point in ("16(2)(a)", "16(2)(b)", "16(2)(c)", "16(2)(d)"):
        assert f"Art. {point}" in page
    for heading in (
        "Why the content is illegal",
        "Exact electronic location",
        "Name and email of the notifier",
        "Statement of good faith",
    ):
        assert heading in page
    assert _model_url(sample_db, model_id) in page
    assert "bona fide belief" in page
    assert 'class="blank"' in page  # name and email are the notifier's to give


def test_platform_notice_cites_the_rule_broken(sample_db: Path, tmp_path: Path) -> None:
    with open_store(sample_db, read_only=True) as store:
        model_id, violations = store.query(
            "SELECT model_id, violations FROM findings WHERE platform = 'civitai' AND likeness "
            "AND len(violations) > 0 ORDER BY model_id LIMIT 1"
        )[0]
    invoke(
        "--db", str(sample_db), "notice", "draft", "--platform", "civitai", "--model-id",
        model_id, "--law", "platform", "-o", str(tmp_path),
    )  # fmt: skip
    md = (tmp_path / f"notice-platform-civitai-{model_id}.md").read_text(encoding="utf-8")
    rules = {rule.id: rule for rule in default_rulebook().rules}
    for rule_id in violations:
        assert rules[rule_id].text.rstrip(".") in md.replace("\\", "")


def test_notice_renders_platform_text_inert(db: Path, tmp_path: Path) -> None:
    (model_id,) = _listed_likeness(db, 1)
    with open_store(db) as store:
        store.con.execute(
            "UPDATE models SET name = ?, creator = ? WHERE platform = 'civitai' AND model_id = ?",
            ["<script>alert(1)</script>", "[x](javascript:alert(1))", model_id],
        )
    invoke(
        "--db", str(db), "notice", "draft", "--platform", "civitai", "--model-id", model_id,
        "--law", "dsa", "-o", str(tmp_path),
    )  # fmt: skip
    page = (tmp_path / f"notice-dsa-civitai-{model_id}.html").read_text(encoding="utf-8")
    md = (tmp_path / f"notice-dsa-civitai-{model_id}.md").read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "<script>" not in md and "](javascript" not in md


def test_notice_errors_are_one_line(sample_db: Path, tmp_path: Path) -> None:
    output = invoke(
        "--db", str(sample_db), "notice", "draft", "--platform", "civitai", "--model-id",
        "no-such-model", "--law", "dsa", "-o", str(tmp_path), code=2,
    )  # fmt: skip
    assert "no model" in output and "Traceback" not in output
    invoke(
        "--db", str(sample_db), "notice", "draft", "--platform", "civitai", "--model-id",
        "1", "--law", "gdpr", "-o", str(tmp_path), code=2,
    )  # fmt: skip


def _hours_ago(hours: float) -> str:
    return (datetime.now(UTC) - timedelta(hours=hours)).isoformat()


@pytest.mark.slow
def test_clock_stops_when_a_later_census_no_longer_lists_the_model(db: Path) -> None:
    (copied,) = _listed_likeness(db, 1, with_copy=True)
    fast, slow, ignored = _listed_likeness(db, 3)
    with open_store(db, read_only=True) as store:
        copy_id = str(
            store.scalar(
                "SELECT model_id_b FROM reuploads WHERE platform_a = 'civitai' "
                "AND model_id_a = ? AND platform_b = 'huggingface'",
                [copied],
            )
        )
    for model_id, hours in ((copied, 30), (fast, 30), (slow, 100), (ignored, 100)):
        invoke(
            "--db", str(db), "notice", "record", "--platform", "civitai", "--model-id",
            model_id, "--sent-at", _hours_ago(hours), "--channel", "civitai likeness form",
        )  # fmt: skip
    census(db, remove=[int(copied), int(fast), int(slow), copy_id], huggingface=True)

    notices = {n["model_id"]: n for n in json.loads(invoke("--db", str(db), "notices", "--json"))}
    for model_id, low, high, within in ((copied, 29.9, 30.5, True), (fast, 29.9, 30.5, True),
                                         (slow, 99.9, 100.5, False)):  # fmt: skip
        clock = notices[model_id]["models"][0]
        assert clock["role"] == "noticed" and clock["removed_at"]
        assert low <= clock["hours_to_removal"] <= high
        assert clock["within_48h"] is within and not clock["still_up"]
    copy_clock = next(m for m in notices[copied]["models"] if m["model_id"] == copy_id)
    assert copy_clock["role"] == "copy" and copy_clock["platform"] == "huggingface"
    assert copy_clock["removed_at"] and copy_clock["within_48h"] is True
    assert notices[ignored]["models"][0]["still_up"] and notices[ignored]["overdue"]
    overdue = json.loads(invoke("--db", str(db), "notices", "--overdue", "--json"))
    assert [n["model_id"] for n in overdue] == [ignored]
    text = invoke("--db", str(db), "notices")
    assert "within 48 h" in text and "after more than 48 h" in text and "OVERDUE" in text

    with open_store(db, read_only=True) as store:
        paths = write_report(store, db.parent / "r", progress=False)
    summary = json.loads(paths.summary.read_text(encoding="utf-8"))
    assert summary["notices"]["notices"] == 4
    assert summary["notices"]["removed"] == 4 and summary["notices"]["removed_within_48h"] == 3
    civitai = next(r for r in summary["since_last_audit"] if r["platform"] == "civitai")
    assert civitai["removed_likeness"] == 3

    census(db)  # the platform lists them again
    notices = {n["model_id"]: n for n in json.loads(invoke("--db", str(db), "notices", "--json"))}
    assert notices[fast]["models"][0]["came_back"] is True
    assert notices[ignored]["models"][0]["came_back"] is False
