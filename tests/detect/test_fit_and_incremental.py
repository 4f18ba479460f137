"""Header-aware incrementality, bounty findings from a tRPC page, stored evaluations, the
fitted combiner file, the subject/generic signals and the evaluation-set loaders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dfaudit.cli import app
from dfaudit.collect.ingest import ingest_files
from dfaudit.detect.combiner import load_models
from dfaudit.detect.engine import detect_model, process_store
from dfaudit.detect.evalsets import is_fiction_tagged, is_stripped_tag, prepare_item
from dfaudit.detect.signals.generic_subject import GenericSubject
from dfaudit.detect.signals.subject_cues import SubjectCues, abbreviates, name_words
from dfaudit.records import ModelRecord
from dfaudit.sample.generate import load_sample
from dfaudit.store.db import open_store

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


def model(name: str, **kw: object) -> ModelRecord:
    return ModelRecord(
        platform="civitai",
        model_id="1",
        url="https://civitai.com/models/1",
        name=name,
        model_type=str(kw.pop("model_type", "LORA")),
        **kw,  # type: ignore[arg-type]
    )


def features(record: ModelRecord, signal: object) -> set[str]:
    return {h.feature for h in signal.hits(record)}  # type: ignore[attr-defined]


def test_name_words_and_abbreviations() -> None:
    assert name_words("Mirela Dravenko v2 (LoRA)") == ("mirela", "dravenko")
    assert name_words("Watercolor Style") == ()
    assert name_words("mirela dravenko") == ()  # not capitalised: name_shape's job
    assert abbreviates("mirdrav_v1", ("mirela", "dravenko"))
    assert abbreviates("MirelaDravenko", ("mirela", "dravenko"))
    assert not abbreviates("dravmir", ("mirela", "dravenko"))
    assert not abbreviates("mir", ("mirela", "dravenko"))


def test_subject_cues_without_any_likeness_tag() -> None:
    record = model(
        "Mirela Dravenko",
        model_type="TextualInversion",
        tags=("woman", "mirela dravenko"),
        trained_words=("mirdrav",),
        description="Mirela Dravenko is a Moldovan actress and TV presenter.",
    )
    found = features(record, SubjectCues())
    assert {
        "prior:textualinversion",
        "subject:name_is_name",
        "subject:trigger_abbreviates_name",
        "subject:name_tag",
        "subject:who_description",
    } <= found
    assert detect_model(record).likeness


def test_private_cues() -> None:
    record = model(
        "KT woman lora",
        trained_words=("sks woman",),
        description="KT woman lora, trained on her photos.",
    )
    assert {"subject:initials_person", "subject:rare_token_class", "subject:own_photos"} <= (
        features(record, SubjectCues())
    )
    assert detect_model(record).likeness


@pytest.mark.parametrize(
    ("name", "description", "tags"),
    [
        ("Random mixed face", "Just a random merged face, not any specific person.", ()),
        (
            "Thai girl look",
            "Trained on many different faces so no single person comes through.",
            ("ethnicity",),
        ),
        ("Selene Quarrow | AI influencer", "Selene is a fictional person, not a real person.", ()),
    ],
)
def test_generic_faces_are_not_likeness(name: str, description: str, tags: tuple) -> None:
    record = model(name, description=description, tags=("woman", *tags))
    assert any(f.startswith("generic:") for f in features(record, GenericSubject()))
    assert not detect_model(record).likeness


def test_fitted_combiner_file() -> None:
    likeness = load_models()["likeness"]
    assert likeness.version.startswith("fit-")
    assert 0.05 < likeness.threshold < 0.95
    # lexicon and header features, never in the fitting rows, keep strong positive weights
    assert likeness.weights["gazetteer:poi"] >= 2.0
    assert likeness.weights["training_metadata:dataset_name"] >= 1.0
    # negative evidence (hits scored below zero) must pull down: positive weights
    assert likeness.weights["fiction:tag_strong"] > 0 and likeness.weights["generic:not_real"] > 0


def test_harness_preparation_of_items() -> None:
    item = {
        "id": 5,
        "poi": True,
        "tags": ["Real_Person", "woman", "Porn Star", "anime"],
        "modelVersions": [{"images": [{"poi": True}]}],
    }
    prepared = prepare_item(item, strip_tags=True)
    assert prepared["poi"] is False and prepared["modelVersions"][0]["images"][0]["poi"] is False
    assert prepared["tags"] == ["woman", "anime"]
    assert item["poi"] is True  # the original is left alone
    assert is_stripped_tag("pornstar") and not is_stripped_tag("woman")
    assert is_fiction_tagged(["Game Character"]) and not is_fiction_tagged(["woman"])


HEADER_ITEM = {
    "id": 501,
    "name": "Soft light portrait v3",
    "type": "LORA",
    "tags": ["photography"],
    "modelVersions": [
        {
            "id": 5011,
            "name": "v3",
            "trainedWords": ["dtl3"],
            "createdAt": "2025-01-01T00:00:00Z",
            "files": [
                {
                    "id": 90501,
                    "name": "soft_light_v3.safetensors",
                    "primary": True,
                    "hashes": {"SHA256": "AB" * 32},
                }
            ],
            "images": [],
        }
    ],
}


def test_new_headers_make_a_finding_stale(tmp_path: Path) -> None:
    items = tmp_path / "items.jsonl"
    items.write_text(json.dumps(HEADER_ITEM) + "\n")
    with open_store(tmp_path / "h.duckdb") as store:
        ingest_files(store, "civitai", [items])
        assert process_store(store, progress=False).models_processed == 1
        assert process_store(store, progress=False).models_processed == 0
        metadata = {"ss_dataset_dirs": json.dumps({"20_mirela dravenko woman": {"n_repeats": 20}})}
        store.con.execute(
            "INSERT INTO headers (platform, file_id, url, fetched_at, status, header_sha256, "
            "metadata) VALUES ('civitai', '90501', 'u', now(), 'ok', 'h1', ?)",
            [json.dumps(metadata)],
        )
        assert process_store(store, progress=False).models_processed == 1
        evidence = store.scalar("SELECT evidence FROM findings WHERE model_id = '501'")
        assert "header:ss_dataset_dirs" in evidence
        assert process_store(store, progress=False).models_processed == 0
        store.con.execute("UPDATE headers SET header_sha256 = 'h2'")
        assert process_store(store, progress=False).models_processed == 1


def test_bounty_findings_from_a_trpc_page(tmp_path: Path) -> None:
    sample = load_sample()
    page = tmp_path / "bounties.json"
    page.write_text(
        json.dumps(
            {"result": {"data": {"json": {"items": list(sample.bounties), "nextCursor": None}}}}
        )
    )
    labels = {lab.model_id: lab for lab in sample.labels if lab.entity == "bounty"}
    with open_store(tmp_path / "b.duckdb") as store:
        ingest_files(store, "civitai-bounties", [page])
        summary = process_store(store, progress=False)
        assert summary.bounties_processed == len(sample.bounties)
        rows = dict(store.query("SELECT bounty_id, likeness FROM bounty_findings"))
    assert len(rows) == len(sample.bounties)
    likeness = [bid for bid, lab in labels.items() if lab.likeness]
    others = [bid for bid, lab in labels.items() if not lab.likeness]
    assert likeness and others
    found = sum(rows[b] for b in likeness) / len(likeness)
    false = sum(rows[b] for b in others) / len(others)
    assert found >= 0.8 and false <= 0.2


def test_evaluate_stores_last_evaluation(tmp_path: Path) -> None:
    items = tmp_path / "items.jsonl"
    items.write_text(json.dumps(HEADER_ITEM) + "\n")
    labels = tmp_path / "labels.jsonl"
    labels.write_text(
        json.dumps({"platform": "civitai", "model_id": "501", "kind": "concept", "likeness": False})
        + "\n"
    )
    db = tmp_path / "e.duckdb"
    with open_store(db) as store:
        ingest_files(store, "civitai", [items])
        process_store(store, progress=False)
    result = CliRunner().invoke(app, ["--db", str(db), "evaluate", "--labels", str(labels)])
    assert result.exit_code == 0, result.output
    with open_store(db, read_only=True) as store:
        saved = json.loads(store.get_setting("last_evaluation") or "{}")
    assert saved["labels"] == "labels.jsonl" and saved["matched"] == 1
    assert saved["per_kind"]["concept"]["n"] == 1
    assert saved["likeness"]["precision"] == 0.0  # nothing flagged, nothing to be precise about


@pytest.mark.skipif(not (SHARED / "realdata").exists(), reason="../shared/realdata is absent")
def test_real_catalog_sample_keeps_recall_without_tags() -> None:
    from dfaudit.detect.engine import Detector
    from dfaudit.detect.evalsets import read_jsonl
    from dfaudit.store.normalize import normalize_civitai_model

    path = SHARED / "realdata" / "civitai_catalog_2023_dev.jsonl.gz"
    detector = Detector()
    poi = flagged_poi = clean = flagged_clean = 0
    for n, item in enumerate(read_jsonl(path)):
        if n % 5:
            continue
        record = normalize_civitai_model(prepare_item(item, strip_tags=True)).model
        flagged = detector.detect(record).likeness
        if item.get("poi"):
            poi += 1
            flagged_poi += flagged
        else:
            clean += 1
            flagged_clean += flagged
    assert flagged_poi / poi >= 0.8
    assert flagged_clean / clean <= 0.08


def test_birth_year_under_18_is_minor_risk_and_adult_year_is_not() -> None:
    from datetime import UTC, datetime

    when = datetime(2024, 5, 1, tzinfo=UTC)
    young = model("Mirela Dravenko", created_at=when, description="Born 2010, in high school.")
    adult = model("Mirela Dravenko", created_at=when, description="Born 1995 in Tallinn.")
    assert detect_model(young).minor_risk
    assert not detect_model(adult).minor_risk


def test_lone_first_name_is_a_weak_gender_vote_only() -> None:
    record = model("Talia face lora", description="Talia face, 20 pics. Please don't ask.")
    finding = detect_model(record)
    assert finding.target_gender == "female"
    assert not any(h.feature.startswith("name_shape") for h in finding.hits)
