"""A description that opens on a name in script and the subject's trade (invented people)."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector

from .conftest import likeness_features, model

NAMED = [
    model(
        "柏若岚 (young style)",
        tags=("美女", "cute"),
        trained_words=("bairuolan",),
        description="柏若岚，中国内地主持人，今年27岁。本模型仅供学习交流。",
    ),
    model(
        "霧島ことは (girl style)",
        tags=("cute", "celebrity"),
        trained_words=("kirishimakotoha",),
        description="霧島ことはさん、日本のモデルです（24歳）。",
    ),
]


@pytest.mark.parametrize("record", NAMED, ids=lambda r: r.name)
def test_a_script_name_with_its_trade_names_the_subject(detector: Detector, record: object) -> None:
    finding = detector.detect(record)  # type: ignore[arg-type]
    assert finding.likeness
    assert any(h.feature == "subject:labelled_name" for h in finding.hits)
    assert finding.target_name == record.name.split(" ")[0]  # type: ignore[attr-defined]


def test_a_phrase_that_is_not_in_the_title_is_no_name(detector: Detector) -> None:
    record = model(
        "Realistic photo style",
        tags=("photorealistic", "style"),
        description="写实风格，模特摄影的光线和质感。",
    )
    finding = detector.detect(record)
    assert not any(h.feature == "subject:labelled_name" for h in finding.hits)
    assert not finding.likeness


def test_a_romanised_title_confirms_the_script_name(detector: Detector) -> None:
    record = model(
        "Bai Ruolan LoRA",
        tags=("actress",),
        trained_words=("bairuolan",),
        description="柏若岚，中国内地演员。",
    )
    finding = detector.detect(record)
    assert any(h.feature == "subject:labelled_name" and h.text == "柏若岚" for h in finding.hits)


@pytest.mark.parametrize(
    "name", ["Lumen Engine 5", "velvetpeachMix", "dreamMixXX_realistic", "Softlight Diffusion"]
)
def test_a_checkpoint_named_as_a_product_is_no_person(detector: Detector, name: str) -> None:
    record = model(
        name,
        model_type="Checkpoint",
        tags=("photorealistic", "woman", "celebrity"),
        description="A merge for realistic portraits.",
    )
    finding = detector.detect(record)
    assert any(h.feature == "non_subject:tool_name" for h in finding.hits)
    assert not finding.likeness


def test_a_person_checkpoint_keeps_its_name(detector: Detector) -> None:
    record = model(
        "Marisol Quintero",
        model_type="Checkpoint",
        tags=("actress", "celebrity"),
        description="Dreambooth of the actress Marisol Quintero.",
    )
    finding = detector.detect(record)
    assert finding.likeness
    assert not any(h.feature == "non_subject:tool_name" for h in finding.hits)


def test_photos_of_things_name_no_subject(detector: Detector) -> None:
    record = model(
        "gbeetle",
        model_type="TextualInversion",
        tags=("insects", "animal"),
        trained_words=("gbeetle",),
        description="Trained on ~120 close up photos of Golden Beetles in various poses.",
    )
    finding = detector.detect(record)
    assert "subject:labelled_name" not in {
        h.feature for h in finding.hits if h.aspect == "likeness"
    }
    assert not finding.likeness
    named = model("ivy", description="Trained on 40 photos of Ivy Marchetti, close ups.")
    assert "subject:labelled_name" in likeness_features(detector, named)


def test_a_trigger_copied_into_the_description_is_no_second_source(detector: Detector) -> None:
    copied = model(
        "Northern armor",
        tags=("armor", "clothing"),
        trained_words=("wh_chen_lijia",),
        file_names=("wh_chen_lijia.safetensors",),
        description="Use with Northern armor. Trigger words are: wh_chen_lijia (optional).",
    )
    assert "name_shape:other:corroborated" not in likeness_features(detector, copied)


@pytest.mark.parametrize("name", ["velvetorangeMix", "Celine Merge", "roseblueMix"])
def test_a_product_word_is_no_surname(detector: Detector, name: str) -> None:
    finding = detector.detect(model(name, model_type="Checkpoint", tags=("photorealistic",)))
    assert not any(h.feature.startswith("name_shape:name") for h in finding.hits)
    assert not finding.likeness
