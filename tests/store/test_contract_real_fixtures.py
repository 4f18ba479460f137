"""Contract tests: every real recorded response in ../shared/fixtures/real parses and normalises."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path
from typing import Any

import pytest

from dfaudit.collect.ingest import items_of
from dfaudit.store.normalize import (
    image_level,
    is_nsfw_level,
    normalize_civitai_model,
)

FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures" / "real"


def _fixture_files() -> list[Path]:
    return sorted(FIXTURES.glob("*.json")) if FIXTURES.is_dir() else []


def _models_in(document: Any) -> list[dict[str, Any]]:
    """Model items inside a recorded response (a page, a wrapped page, or one model)."""
    if isinstance(document, dict) and "success" in document and "data" in document:
        document = document["data"]
    items = items_of(document) or []
    return [i for i in items if isinstance(i, dict) and "modelVersions" in i]


@pytest.mark.skipif(not FIXTURES.is_dir(), reason="../shared/fixtures/real is absent")
@pytest.mark.parametrize("path", _fixture_files(), ids=lambda p: p.name)
def test_every_real_fixture_parses(path: Path) -> None:
    document = json.loads(path.read_text(encoding="utf-8"))
    models = _models_in(document)
    if not models:
        # A model-version answer: it carries its model's name, type and flags.
        assert "modelId" in document and "files" in document
        for file in document["files"]:
            assert len(file["hashes"]["SHA256"]) == 64
        return
    for raw in models:
        normalized = normalize_civitai_model(raw)
        model = normalized.model
        assert model.model_id == str(raw["id"])
        assert model.name == raw["name"]
        assert model.model_type == raw["type"]
        assert model.poi is bool(raw.get("poi"))
        assert not re.search(r"<(p|a|img|span|br|h[1-6]|strong)\b", model.description)
        for file in normalized.files:
            assert file.sha256 is None or (
                len(file.sha256) == 64 and file.sha256 == file.sha256.lower()
            )
        n_files = sum(len(v.get("files") or []) for v in raw["modelVersions"])
        assert len(normalized.files) == n_files
        if raw.get("nsfwLevel") is not None:
            assert model.nsfw_level == raw["nsfwLevel"]


def test_real_lora_fixture_details(shared_dir: Path) -> None:
    raw = json.loads(
        (shared_dir / "fixtures/real/civitai_model_1580878_lora_2025.json").read_text()
    )
    normalized = normalize_civitai_model(raw)
    assert normalized.model.base_model == "Illustrious"
    assert "Srealist" in normalized.model.trained_words
    assert normalized.model.tags == ("assets",)
    assert normalized.model.created_at is not None
    assert normalized.model.created_at.year == 2025
    levels = normalized.model.image_nsfw_levels
    assert levels and any(is_nsfw_level(level) for level in levels)


def test_real_2023_catalog_shapes(shared_dir: Path) -> None:
    """The older shape: image nsfw is a word; no nsfwLevel. Words map onto bit flags."""
    path = shared_dir / "realdata" / "civitai_catalog_2023_dev.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        rows = [json.loads(next(handle)) for _ in range(300)]
    words = set()
    for raw in rows:
        normalized = normalize_civitai_model(raw)
        assert normalized.model.nsfw_level is None
        for version in raw["modelVersions"]:
            for image in version.get("images") or []:
                words.add(image.get("nsfw"))
                assert image_level(image) in (1, 2, 4, 8)
    assert {"None", "X"} <= words


@pytest.mark.parametrize(
    ("image", "level"),
    [
        ({"nsfwLevel": 16}, 16),
        ({"nsfwLevel": "Mature"}, 4),
        ({"nsfw": "Soft"}, 2),
        ({"nsfw": "None"}, 1),
        ({"nsfw": True}, 8),
        ({}, None),
    ],
)
def test_image_levels(image: dict[str, Any], level: int | None) -> None:
    assert image_level(image) == level
