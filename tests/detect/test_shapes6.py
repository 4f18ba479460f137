"""Shapes the sixth independently written set broke (issue 8): a person's stated age or birth
year in brackets after a name (Latin or script) says the page names a person, whatever youth or
look words its title carries, and an example prompt names its subject in lower case (invented
people only)."""

from __future__ import annotations

from dfaudit.detect.engine import Detector
from dfaudit.detect.signals.subject_cues import _prompt_named

from .conftest import likeness_features, model


def test_a_birth_year_after_a_name_labels_the_subject(detector: Detector) -> None:
    item = model(
        "Odessa Varnhollow - cute petite",
        tags=("cute", "girl", "school uniform"),
        trained_words=("odessa varnhollow",),
        description="Odessa Varnhollow (born 1996). Young-looking style; photos from her "
        "school uniform photoshoot (she is an adult model).",
    )
    assert "subject:labelled_name" in likeness_features(detector, item)
    finding = detector.detect(item)
    assert finding.likeness
    assert not finding.minor_risk


def test_an_age_in_another_language_labels_the_subject(detector: Detector) -> None:
    item = model(
        "Odessa Varnhollow cute",
        tags=("cute", "girl", "school uniform"),
        description="Odessa Varnhollow (29 ans). Photos de son shooting.",
    )
    assert "subject:labelled_name" in likeness_features(detector, item)


def test_a_script_name_with_its_age_in_brackets(detector: Detector) -> None:
    item = model(
        "선우다봄 - cute petite",
        tags=("cute", "girl", "school uniform"),
        description="선우다봄 (27세). Young-looking style, she is an adult model.",
    )
    assert "subject:labelled_name" in likeness_features(detector, item)
    assert detector.detect(item).likeness


def test_brackets_without_an_age_are_no_label(detector: Detector) -> None:
    item = model(
        "Odessa Varnhollow cute",
        tags=("cute", "girl"),
        description="Odessa Varnhollow (version 2). Retrained.",
    )
    assert "subject:labelled_name" not in likeness_features(detector, item)


def test_a_lower_case_prompt_names_its_subject() -> None:
    assert _prompt_named("Example: photo of tamsin orlevay, walking on the beach") == (
        "Tamsin Orlevay"
    )
    # no first name, a common word, or no comma after the two words: no name
    assert _prompt_named("photo of beautiful woman, walking on the beach") == ""
    assert _prompt_named("photo of rose garden, sunset") == ""
    assert _prompt_named("photo of tamsin orlevay walking on the beach") == ""


def test_a_face_lora_whose_prompt_names_a_person_is_a_likeness(detector: Detector) -> None:
    finding = detector.detect(
        model(
            "face22",
            tags=("realistic",),
            trained_words=("face22",),
            description="Example: photo of tamsin orlevay, portrait photo, soft window light, "
            "85mm. Negative prompt: bad hands. Steps: 28",
        )
    )
    assert finding.likeness
    assert finding.target_name == "Tamsin Orlevay"
