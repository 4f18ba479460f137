"""Likeness needs evidence of a specific person; the cues added for hard negatives and private
people. Invented people only."""

from __future__ import annotations

import pytest

from dfaudit.detect.base import Hit
from dfaudit.detect.combiner import (
    CONFLICT_FEATURE,
    likeness_features,
    likeness_score,
    load_models,
    person_evidence,
)
from dfaudit.detect.engine import detect_model
from dfaudit.detect.registry import build_signals, run_signals

from .conftest import model

SIGNALS = build_signals(None)


def fired(record: object) -> set[str]:
    return set(likeness_features(run_signals(SIGNALS, record)))


def hit(feature: str, score: float) -> Hit:
    return Hit("test@1", "likeness", score, "name", "x", feature=feature)


@pytest.mark.parametrize(
    ("feats", "expected"),
    [
        ({"prior:lora": 1.0, "tag:person_hint": 0.45}, False),
        ({"prior:lora": 1.0, "training_metadata:person_class": 1.0}, False),
        ({"prior:lora": 1.0, "fiction:tag": -0.6}, False),
        ({"prior:lora": 1.0, "name_shape:name:pair": 1.0}, True),
        ({"social:private": 0.9}, True),
        ({"subject:initials_person": 0.8, "tag:person_hint": 0.3}, True),
    ],
)
def test_person_evidence(feats: dict[str, float], expected: bool) -> None:
    assert person_evidence(feats) is expected


def test_weak_features_alone_never_flag_even_when_strong() -> None:
    likeness = load_models()["likeness"]
    feats = {"prior:lora": 1.0, "tag:person_hint": 5.0}
    assert likeness.score(feats) >= likeness.threshold  # the bare score would flag...
    score, flagged = likeness_score(likeness, feats)
    assert not flagged and score < likeness.threshold  # ...the evidence gate does not


def test_conflict_feature_needs_a_name_and_negative_evidence() -> None:
    both = likeness_features([hit("name_shape:name:pair", 1.0), hit("fiction:tag", -0.6)])
    assert both[CONFLICT_FEATURE] == pytest.approx(0.6)
    assert CONFLICT_FEATURE not in likeness_features([hit("name_shape:name:pair", 1.0)])
    assert CONFLICT_FEATURE not in likeness_features([hit("fiction:tag", -0.6)])
    assert load_models()["likeness"].weights[CONFLICT_FEATURE] < 0  # it pulls down


BLAND = [
    ("detail_v3", ("realistic", "portrait", "photography"), ("dtl3",)),
    ("realistic skin v2", ("realistic", "portrait", "photography"), ("skn2",)),
    ("portrait helper", ("woman", "photorealistic", "sexy"), ("ph0t0",)),
    ("lora_0412", ("girl", "beautiful", "asian"), ()),
]


@pytest.mark.parametrize(("name", "tags", "triggers"), BLAND)
@pytest.mark.parametrize("model_type", ["LORA", "LoCon", "TextualInversion"])
def test_bland_subject_models_without_a_person_are_not_flagged(
    name: str, tags: tuple[str, ...], triggers: tuple[str, ...], model_type: str
) -> None:
    record = model(
        name,
        model_type=model_type,
        tags=tags,
        trained_words=triggers,
        description="Small helper LoRA. Use at 0.6-0.9.",
    )
    assert not detect_model(record).likeness


@pytest.mark.parametrize(
    ("name", "fields", "feature"),
    [
        ("Fiancée LoRA v1", {"description": "My fiancée asked me to make this."}, None),
        ("Tessaly (private)", {}, "subject:private_name"),
        ("my-gf-lora", {}, "subject:private_name"),
        (
            "Weekend LoRA",
            {"description": "A friend of mine, 40 photos. Not a public person."},
            "subject:private_description",
        ),
        (
            "Portrait set",
            {"description": "Just a regular woman I know, 12 photos, shared with consent."},
            "subject:private_description",
        ),
        ("Odalys face lora", {}, "subject:first_name_class"),
        ("Set 4", {"trained_words": ("odalys woman",)}, "subject:first_name_class"),
        ("qv-woman-lora", {}, "subject:initials_person"),
        ("VonDraskel_JP_Actress", {}, "subject:occupation_name"),
        ("Trevanne Quill (streamer)", {}, "subject:occupation_name"),
        ("A woman who resembles Ovilla", {}, "subject:lookalike_name"),
        ("DJ Orvaleen @orvaleen.dj", {}, "social:name_platform"),
    ],
)
def test_private_and_name_cues(name: str, fields: dict[str, object], feature: str | None) -> None:
    record = model(name, tags=("woman",), **fields)
    feats = fired(record)
    if feature is not None:
        assert feature in feats, feats
    assert person_evidence(likeness_features(run_signals(SIGNALS, record)))
    assert detect_model(record).likeness


@pytest.mark.parametrize(
    ("name", "fields", "feature"),
    [
        ("ai-woman-lora", {}, None),  # "ai" is not initials
        ("Keira: consistent virtual girl", {"trained_words": ("keira_ai",)}, "generic:ai_trigger"),
        (
            "Vessa Quorlind (Starfall Tactics)",
            {"trained_words": ("vessa quorlind, 1girl, silver hair, red eyes, masterpiece",)},
            "fiction:booru_trigger",
        ),
        (
            "Maelis Durane",
            {"description": "Maelis Durane, the heroine of Starfall Tactics. Outfits: default."},
            "fiction:role",
        ),
    ],
)
def test_persona_and_character_cues(
    name: str, fields: dict[str, object], feature: str | None
) -> None:
    record = model(name, tags=("woman",), **fields)
    if feature is not None:
        assert feature in fired(record)
    assert not detect_model(record).likeness


def test_first_name_class_needs_a_known_first_name() -> None:
    assert "subject:first_name_class" not in fired(model("Glossy face lora"))
    assert "subject:first_name_class" not in fired(model("Skin face lora"))
