"""A LoRA trained on photos of a named cosplayer reproduces her face, whatever character she
plays (issue 8, live-action point); a realistic cosplay of a drawn character names no one
(invented cosplayers, characters and works only)."""

from __future__ import annotations

from dfaudit.detect.engine import Detector

from .conftest import model

TAGS = ("cosplay", "character", "anime", "photorealistic", "woman")


def test_photos_of_a_named_cosplayer_are_a_likeness_of_her(detector: Detector) -> None:
    finding = detector.detect(
        model(
            "Sorane Yui cosplay by quillmoth_cos",
            tags=TAGS,
            trained_words=("quillmoth_cos, yui cosplay",),
            description=(
                "Trained on photos of cosplayer @quillmoth_cos dressed as Sorane Yui from "
                "Lantern Drift Online. Real photos, not anime art."
            ),
        )
    )
    assert finding.likeness
    assert finding.target_name == "quillmoth_cos"


def test_a_realistic_cosplay_of_a_drawn_character_names_no_one(detector: Detector) -> None:
    finding = detector.detect(
        model(
            "Sorane Yui cosplay (realistic)",
            tags=TAGS,
            trained_words=("yui cosplay",),
            description="Realistic cosplay of Sorane Yui from Lantern Drift Online, any face.",
        )
    )
    assert not finding.likeness


def test_a_cosplayer_without_a_handle_is_not_a_named_one(detector: Detector) -> None:
    finding = detector.detect(
        model(
            "AI Cosplayer Lantern Drift",
            tags=TAGS,
            description="An AI cosplayer of every Lantern Drift Online heroine, made-up faces.",
        )
    )
    assert not finding.likeness
