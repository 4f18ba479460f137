"""``dfaudit evaluate``: rates with Wilson intervals, one table per aspect, ``--json``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from dfaudit.cli.app import app
from dfaudit.detect.evaluate import Rate, evaluate_store, name_key, score, wilson
from dfaudit.store.db import Store, open_store


@pytest.mark.parametrize(
    ("hits", "n", "low", "high"),
    [
        (0, 10, 0.0, 0.2775),  # textbook values of the Wilson score interval
        (10, 10, 0.7225, 1.0),
        (50, 100, 0.4038, 0.5962),
        (95, 100, 0.8882, 0.9785),
    ],
)
def test_wilson_interval(hits: int, n: int, low: float, high: float) -> None:
    got_low, got_high = wilson(hits, n)
    assert got_low == pytest.approx(low, abs=1e-4)
    assert got_high == pytest.approx(high, abs=1e-4)


def test_wilson_without_items_is_the_whole_range() -> None:
    assert wilson(0, 0) == (0.0, 1.0)
    assert Rate(0, 0).cell() == "-"


def test_scores_rates_and_false_flags() -> None:
    s = score([(True, True)] * 8 + [(True, False)] * 2 + [(False, True)] * 2 + [(False, False)] * 8)
    assert (s.precision, s.recall, s.f1) == (0.8, 0.8, pytest.approx(0.8))
    assert s.false_flag_rate.hits == 2 and s.false_flag_rate.n == 10
    assert s.as_dict()["precision_ci"] == [round(x, 4) for x in wilson(8, 10)]


def test_name_key_ignores_case_spaces_and_punctuation_in_any_script() -> None:
    assert name_key("Namgung Da-on") == name_key("namgung_daon") == "namgungdaon"
    assert name_key("朝霧 ここな") == name_key("朝霧ここな")
    assert name_key(None) == ""


@pytest.fixture
def store() -> Iterator[Store]:
    with open_store(":memory:") as db:
        yield db


def add_finding(
    store: Store,
    model_id: str,
    likeness: bool,
    *,
    target: str | None = None,
    gender: str = "unknown",
    minor: bool = False,
    evidence: list[dict[str, Any]] | None = None,
) -> None:
    store.con.execute(
        "INSERT INTO findings (platform, model_id, likeness, likeness_score, target_key, "
        "target_name, target_gender, prominence, sexual_intent, sexual_intent_score, minor_risk, "
        "evidence, detector_version, input_sha256, processed_at) VALUES ('civitai', ?, ?, 0.9, "
        "?, ?, ?, 'public_figure', FALSE, 0, ?, ?::JSON, 't', 'i', now())",
        [
            model_id,
            likeness,
            name_key(target) or None,
            target,
            gender,
            minor,
            json.dumps(evidence or []),
        ],
    )


def label(model_id: str, kind: str, likeness: bool | None, **extra: Any) -> dict[str, Any]:
    return {
        "platform": "civitai",
        "model_id": model_id,
        "kind": kind,
        "likeness": likeness,
        "target": extra.get("target"),
        "gender": extra.get("gender", "female" if likeness else None),
        "prominence": "public_figure" if likeness else None,
        "sexual_intent": False,
        "minor_risk": extra.get("minor", False),
        "shape": extra.get("shape", "base"),
        "targets": [extra["target"]] if extra.get("target") else [],
        "aliases": extra.get("aliases", []),
    }


@pytest.fixture
def labelled(store: Store, tmp_path: Path) -> Path:
    name_hit = [{"aspect": "likeness", "score": 0.8, "feature": "name_shape:full_name"}]
    add_finding(store, "1", True, target="朝霧ここな", gender="female", evidence=name_hit)
    add_finding(store, "2", True, target="Asagiri Kokona", gender="male", evidence=name_hit)
    add_finding(store, "3", True, target="Someone Else", gender="female")
    add_finding(store, "4", False)
    add_finding(store, "5", True)  # a false flag of an anime character
    add_finding(store, "6", False)
    add_finding(store, "7", False)
    add_finding(store, "8", True)  # labelled unsure: not scored
    add_finding(store, "9", False, minor=True)  # a minor-risk false flag
    east = {"target": "朝霧ここな", "aliases": ["Asagiri Kokona"], "shape": "east_asian_name"}
    rows = [
        label("1", "public_figure", True, **east),
        label("2", "public_figure", True, **east),
        label("3", "public_figure", True, target="Mara Corvale"),
        label("4", "online_creator", True, target="@handle"),
        label("5", "character_anime", False, shape="anime_script_name"),
        label("6", "character_anime", False),
        label("7", "concept", False),
        label("8", "public_figure", None),
        label("9", "concept", False),
        label("404", "concept", False),  # no finding in the store
    ]
    path = tmp_path / "labels.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")
    return path


def test_evaluate_store_counts_every_aspect(store: Store, labelled: Path) -> None:
    report = evaluate_store(store, labelled)
    assert (report.labelled, report.matched, report.unsure) == (10, 9, 1)
    assert (report.likeness.tp, report.likeness.fp, report.likeness.fn) == (3, 1, 1)
    assert report.per_kind["character_anime"].false_flag_rate == Rate(1, 2)
    assert report.per_kind["public_figure"].recall_rate == Rate(3, 3)
    assert report.per_shape["east_asian_name"].recall_rate == Rate(2, 2)
    assert set(report.per_shape) == {"east_asian_name", "anime_script_name"}
    assert report.shape_gender["east_asian_name"] == Rate(1, 2)
    assert report.shape_minor_false["anime_script_name"] == Rate(0, 1)
    # the script form and the romanised alias both name the right person
    assert report.target == Rate(2, 3)
    assert report.gender == Rate(2, 4)
    assert report.minor_risk.false_flag_rate == Rate(1, 8)
    assert report.per_signal["name_shape:full_name"].tp == 2


def test_groups_put_likeness_kinds_first_with_recall(store: Store, labelled: Path) -> None:
    rows = evaluate_store(store, labelled).groups(evaluate_store(store, labelled).per_kind)
    assert [(r.name, r.positive) for r in rows] == [
        ("online_creator", True),
        ("public_figure", True),
        ("character_anime", False),
        ("concept", False),
    ]
    assert rows[0].rate == Rate(0, 1)


def test_cli_prints_tables_per_aspect_and_the_same_as_json(tmp_path: Path, labelled: Path) -> None:
    db = tmp_path / "e.duckdb"
    with open_store(db) as disk:
        add_finding(disk, "1", True, target="朝霧ここな", gender="female")
        add_finding(disk, "5", True)
        add_finding(disk, "6", False)
    runner = CliRunner()
    text = runner.invoke(app, ["--db", str(db), "evaluate", "--labels", str(labelled)])
    assert text.exit_code == 0, text.output
    for heading in (
        "likeness\n",
        "likeness by kind",
        "by shape",
        "target, gender, prominence",
        "sexual intent and minor risk",
    ):
        assert heading in text.output
    low, high = wilson(1, 2)
    rows = [line.split() for line in text.output.splitlines()]
    assert ["precision", "0.500", f"[{low:.3f}-{high:.3f}]", "1/2"] in rows
    assert "per signal feature" not in text.output
    assert len(text.output.splitlines()) < 60
    result = runner.invoke(app, ["--db", str(db), "evaluate", "--labels", str(labelled), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["likeness"]["precision"] == 0.5 and data["likeness"]["tp"] == 1
    assert data["likeness"]["precision_ci"] == [round(x, 4) for x in wilson(1, 2)]
    assert data["per_kind"]["character_anime"]["false_flag_rate"] == 0.5
    assert data["target"] == {"value": 1.0, "ci_low": 0.2065, "ci_high": 1.0, "hits": 1, "n": 1}
    with open_store(db, read_only=True) as disk:
        saved = json.loads(disk.get_setting("last_evaluation") or "{}")
    assert saved["likeness"] == data["likeness"]


def test_cli_prints_hostile_label_text_literally(tmp_path: Path) -> None:
    db = tmp_path / "h.duckdb"
    with open_store(db) as disk:
        add_finding(disk, "1", False)
    labels = tmp_path / "labels.jsonl"
    labels.write_text(json.dumps(label("1", "[bold red]x[/]\x1b[2J", False)) + "\n")
    result = CliRunner().invoke(app, ["--db", str(db), "evaluate", "--labels", str(labels)])
    assert result.exit_code == 0, result.output
    assert "[bold red]x[/]?[2J" in result.output and "\x1b" not in result.output


def test_cli_rejects_a_malformed_label_file_in_one_line(tmp_path: Path) -> None:
    db = tmp_path / "m.duckdb"
    with open_store(db):
        pass
    labels = tmp_path / "labels.jsonl"
    labels.write_text('{"platform": "civitai"}\n')
    result = CliRunner().invoke(app, ["--db", str(db), "evaluate", "--labels", str(labels)])
    assert result.exit_code != 0
    assert "labels.jsonl:1" in result.output and "Traceback" not in result.output
