"""Civitai's ``poi`` flag is set creator-wide, so realistic checkpoints and merges of a creator
who also uploads people carry it with no person in them (issue 8, "Civitai's flag is noisy"):
on a whole checkpoint the flag needs a person named in the page, on a LoRA or an embedding it
is enough (invented names and models only)."""

from __future__ import annotations

from dfaudit.detect.engine import Detector

from .conftest import likeness_features, model

MERGE_TAGS = ("photorealistic", "base model", "realistic")


def test_a_poi_flagged_merge_naming_no_one_is_not_a_likeness(detector: Detector) -> None:
    merge = model(
        "Velloria Real XL v3",
        model_type="Checkpoint",
        poi=True,
        tags=MERGE_TAGS,
        description="Recipe: Lumenblend 0.4 + Quartzline Real 0.6 (weighted sum), baked VAE.",
    )
    assert "flag:poi_checkpoint" in likeness_features(detector, merge)
    assert not detector.detect(merge).likeness


def test_a_poi_flagged_checkpoint_of_a_named_person_stays_a_likeness(
    detector: Detector,
) -> None:
    finding = detector.detect(
        model(
            "Odalys Venhart (actress) - Dreambooth",
            model_type="Checkpoint",
            poi=True,
            tags=("celebrity", "actress"),
            trained_words=("odalysvenhart woman",),
            description="Dreambooth of the actress Odalys Venhart, trained on 40 photos.",
        )
    )
    assert finding.likeness
    assert finding.target_name == "Odalys Venhart"


def test_the_flag_on_a_lora_is_enough_by_itself(detector: Detector) -> None:
    lora = model("Project 7 v2", poi=True, tags=("woman",))
    assert "flag:poi" in likeness_features(detector, lora)
    assert detector.detect(lora).likeness
