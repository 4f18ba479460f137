"""Shared helpers for detection tests: invented people only."""

from __future__ import annotations

from pathlib import Path

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.records import ModelRecord

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


def model(name: str, **fields: object) -> ModelRecord:
    """A Civitai-shaped model record with defaults for everything but the name."""
    base: dict[str, object] = {
        "platform": "civitai",
        "model_id": fields.pop("model_id", "1"),
        "url": "https://civitai.com/models/1",
        "name": name,
        "model_type": fields.pop("model_type", "LORA"),
    }
    base.update(fields)
    return ModelRecord(**base)  # type: ignore[arg-type]


def likeness_features(detector: Detector, record: ModelRecord) -> set[str]:
    """The features of a record's likeness hits."""
    return {h.feature for h in detector.detect(record).hits if h.aspect == "likeness"}


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.exists():
        pytest.skip("../shared is absent: real data tests need the shared folder beside the repo")
    return SHARED.resolve()
