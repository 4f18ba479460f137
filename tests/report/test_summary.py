"""summary.json: its keys, and counts that agree with the rows of the store."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from dfaudit.errors import InputError
from dfaudit.report import ReportPaths, compute_summary, write_report
from dfaudit.report.build import build_sections
from dfaudit.report.scope import make_scope
from dfaudit.store.db import Store

from .planted import BOUNTIES, MODELS, REUPLOADS, TARGETS

REQUIRED_KEYS = (
    "models_total",
    "likeness_models",
    "likeness_downloads",
    "targets_total",
    "female_share",
    "sexual_intent_share",
    "minor_risk_models",
    "by_platform",
    "by_model_type",
    "by_base_model",
    "by_month",
    "violations_by_rule",
    "reuploads",
    "bounties",
)


def test_summary_has_every_required_key_and_is_json(default_report: ReportPaths) -> None:
    summary = json.loads(default_report.summary.read_text(encoding="utf-8"))
    assert set(REQUIRED_KEYS) <= set(summary)


def test_headline_counts_equal_the_planted_rows(report_store: Store) -> None:
    summary = compute_summary(report_store)
    likeness = [m for m in MODELS if m.likeness]
    assert summary["models_total"] == len(MODELS)
    assert summary["models_total"] == report_store.scalar("SELECT count(*) FROM models")
    assert summary["likeness_models"] == len(likeness)
    assert summary["likeness_models"] == report_store.scalar(
        "SELECT count(*) FROM findings WHERE likeness"
    )
    assert summary["likeness_downloads"] == sum(m.downloads for m in likeness)
    assert summary["targets_total"] == len({m.target for m in likeness})
    female = [m for m in likeness if TARGETS[m.target][2] == "female"]  # type: ignore[index]
    assert summary["female_share"] == pytest.approx(len(female) / len(likeness))
    sexual = [m for m in likeness if m.sexual]
    assert summary["sexual_intent_share"] == pytest.approx(len(sexual) / len(likeness))
    assert summary["minor_risk_models"] == sum(m.minor for m in MODELS)


def test_breakdowns_add_up_to_the_totals(report_store: Store) -> None:
    summary = compute_summary(report_store)
    for key in ("by_platform", "by_model_type", "by_base_model"):
        assert sum(v["models"] for v in summary[key].values()) == summary["models_total"], key
        assert sum(v["likeness_models"] for v in summary[key].values()) == len(
            [m for m in MODELS if m.likeness]
        ), key
    expected_platforms = Counter(m.platform for m in MODELS)
    assert {p: v["models"] for p, v in summary["by_platform"].items()} == expected_platforms
    assert list(summary["by_base_model"]) == [
        "SD 1.x", "SD 2.x", "SDXL", "Pony", "Illustrious", "Flux", "SD3", "Other",
    ]  # fmt: skip
    violations = Counter(v for m in MODELS for v in m.violations)
    assert summary["violations_by_rule"] == dict(violations)


def test_violations_table_names_the_policy_versions(report_store: Store) -> None:
    sections = build_sections(report_store, make_scope())
    table = next(t for s in sections for t in s.tables if t.key == "violations")
    counts = {(rule, pub, snap): n for rule, pub, snap, n, _ in table.rows}
    broken = [m for m in MODELS if m.violations]
    after = sum(m.created_at.date().isoformat() >= "2023-11-17" for m in broken)
    rule = "civitai.real-person-suggestive"
    assert 0 < after < len(broken)
    assert counts[(rule, "civitai-2023-11-17", "civitai-2025-05-22")] == after
    assert counts[(rule, "", "civitai-2025-05-22")] == len(broken) - after


def test_monthly_timeline_starts_2022_11_and_accumulates_downloads(report_store: Store) -> None:
    months = compute_summary(report_store)["by_month"]
    assert months[0]["month"] == "2022-11"
    labels = [m["month"] for m in months]
    assert labels == sorted(labels) and len(labels) == len(set(labels))
    likeness = [m for m in MODELS if m.likeness]
    assert sum(m["new_likeness_models"] for m in months) == len(likeness)
    assert months[-1]["cumulative_downloads"] == sum(m.downloads for m in likeness)
    march_2024 = next(m for m in months if m["month"] == "2024-03")
    cutoff = datetime(2024, 4, 1, tzinfo=UTC)
    assert march_2024["cumulative_downloads"] == sum(
        m.downloads for m in likeness if m.created_at < cutoff
    )
    cumulative = [m["cumulative_downloads"] for m in months]
    assert cumulative == sorted(cumulative)


def test_bounty_and_reupload_figures(report_store: Store) -> None:
    summary = compute_summary(report_store)
    bounties = summary["bounties"]
    likeness = [b for b in BOUNTIES if b[5]]
    assert bounties["total"] == len(BOUNTIES)
    assert bounties["likeness"] == len(likeness)
    assert bounties["likeness_share"] == pytest.approx(len(likeness) / len(BOUNTIES))
    assert bounties["nsfw_share"] == pytest.approx(sum(b[2] for b in likeness) / len(likeness))
    assert bounties["lora_share"] == pytest.approx(
        sum(b[1] == "LoraCreation" for b in likeness) / len(likeness)
    )
    # Every planted bounty expired before the snapshot, so all have ended.
    assert bounties["award_rate"] == pytest.approx(sum(b[4] for b in likeness) / len(likeness))
    assert bounties["by_gender"]["female"] == sum(b[6] == "female" for b in likeness)
    requesters = bounties["requester_concentration"]
    assert requesters["owners"] == len({b[3] for b in likeness})
    reuploads = summary["reuploads"]
    assert reuploads["links"] == len(REUPLOADS)
    assert reuploads["cross_platform_links"] == sum(r[1] != r[3] for r in REUPLOADS)


def test_platform_filter_narrows_every_count(report_store: Store) -> None:
    summary = compute_summary(report_store, platform="huggingface")
    hf = [m for m in MODELS if m.platform == "huggingface"]
    assert summary["models_total"] == len(hf)
    assert summary["likeness_models"] == sum(m.likeness for m in hf)
    assert set(summary["by_platform"]) == {"huggingface"}
    assert summary["bounties"]["total"] == 0  # bounties are a Civitai feature


def test_since_filter_keeps_newer_models(report_store: Store) -> None:
    summary = compute_summary(report_store, since="2024-01-01")
    cutoff = datetime(2024, 1, 1, tzinfo=UTC)
    newer = [m for m in MODELS if m.created_at >= cutoff]
    assert summary["models_total"] == len(newer)
    assert summary["likeness_models"] == sum(m.likeness for m in newer)
    assert summary["by_month"][0]["month"] == "2024-01"


@pytest.mark.parametrize(
    ("platform", "since"), [("myspace", None), (None, "last tuesday"), (None, "2024-13-01")]
)
def test_bad_filters_are_input_errors(report_store: Store, platform, since) -> None:
    with pytest.raises(InputError):
        compute_summary(report_store, platform=platform, since=since)


def test_empty_store_gives_zeros_not_errors(tmp_path: Path) -> None:
    from dfaudit.store.db import open_store

    with open_store(":memory:") as store:
        paths = write_report(store, tmp_path / "empty", progress=False)
        summary = json.loads(paths.summary.read_text(encoding="utf-8"))
    assert summary["models_total"] == 0
    assert summary["likeness_models"] == 0
    assert summary["female_share"] is None
    assert summary["by_month"] == []
    assert "no rows" in paths.html.read_text(encoding="utf-8")
