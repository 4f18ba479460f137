"""Pages that deny a person, checkpoints that call themselves a "photo model", and people named by
their post at a firm (the eleventh set's held-out part, read after it was scored): each with a
twin that goes the other way. Invented people only."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector

from .conftest import likeness_features, model


def _checkpoint(name: str, description: str) -> object:
    return model(
        name,
        model_type="Checkpoint",
        tags=("photorealistic", "checkpoint", "woman"),
        description=description,
    )


@pytest.mark.parametrize(
    "description",
    [
        "OpalPhoto: a general photo model. Portraits, street scenes, products.",
        "VividSoul is a versatile realistic fashion model for portraits and products.",
        "A merged photo model. Sampler: DPM++ 2M Karras, 28 steps.",
    ],
)
def test_a_checkpoint_that_calls_itself_a_photo_model_is_no_person(
    detector: Detector, description: str
) -> None:
    name = description.split(":")[0].split(" is ")[0] if ":" in description else "LumaMix v3"
    record = _checkpoint(name, description)
    assert "subject:who_description" not in likeness_features(detector, record)  # type: ignore[arg-type]
    assert not detector.detect(record).likeness  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "description",
    [
        "Orsolya Vantek is a Hungarian photo model. Trained on 40 photos.",
        "Likeness of the fashion model Orsolya Vantek, 40 photos.",
    ],
)
def test_a_person_who_is_a_photo_model_is_still_read(detector: Detector, description: str) -> None:
    record = model(
        "Orsolya Vantek",
        tags=("woman", "photorealistic"),
        trained_words=("orsolyavantek",),
        description=description,
    )
    assert "subject:who_description" in likeness_features(detector, record)
    assert detector.detect(record).likeness


def _persona(description: str) -> object:
    return model(
        "Mirela Sunfield | AI influencer",
        tags=("woman", "character", "influencer"),
        file_names=("Mirela_Sunfield.safetensors",),
        description=description,
    )


def test_not_based_on_a_real_woman_denies_a_person(detector: Detector) -> None:
    record = _persona(
        "Virtual model Mirela Sunfield: designed in Blender and SDXL, she has her own "
        "Instagram; not based on a real woman."
    )
    assert "social:likeness_phrase" not in likeness_features(detector, record)  # type: ignore[arg-type]
    assert not detector.detect(record).likeness  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("said", "counts"),
    [
        ("This is based on a real person I know.", True),
        ("She is a real person, please be respectful.", True),
        ("This is not based on a real person.", False),
        ("Not a real person, just a face I made.", False),
    ],
)
def test_real_person_wording_counts_unless_denied(
    detector: Detector, said: str, counts: bool
) -> None:
    record = model("Face study", tags=("woman",), description=said)
    features = likeness_features(detector, record)
    assert ("social:likeness_phrase" in features) is counts


@pytest.mark.parametrize(
    "description",
    [
        "Makes a face that is not anyone; change the seed for a new one.",
        "The face isn't anybody, a new one every seed.",
    ],
)
def test_a_face_said_to_be_nobody_is_unflagged(detector: Detector, description: str) -> None:
    record = model(
        "Natural Woman Helper",
        tags=("woman", "beautiful", "portrait", "celebrity"),
        description=description,
    )
    assert not detector.detect(record).likeness


def test_a_named_face_with_the_same_tags_stays_flagged(detector: Detector) -> None:
    record = model(
        "Orsolya Vantek",
        tags=("woman", "beautiful", "portrait", "celebrity"),
        trained_words=("orsolyavantek",),
        description="Orsolya Vantek, trained on 30 photos. Isn't anyone else's face.",
    )
    assert detector.detect(record).likeness


@pytest.mark.parametrize(
    "post",
    [
        "The CEO of Tidewell Shipping",
        "The chief designer of Amberfold Media",
        "Founder of Nornvale",
    ],
)
def test_a_person_named_by_their_post_at_a_firm(detector: Detector, post: str) -> None:
    record = model(
        post.removeprefix("The ") + " portrait",
        tags=("business", "realistic"),
        description=f"{post}, Orsolya Vantek. Keynote and press-kit photos.",
    )
    finding = detector.detect(record)
    assert finding.likeness
    assert finding.target_name == "Orsolya Vantek"


def test_a_firm_post_followed_by_no_name_is_nobody(detector: Detector) -> None:
    record = model(
        "Tidewell Shipping brand look",
        tags=("business", "realistic"),
        description="The CEO of Tidewell Shipping, the new office and its brand colours.",
    )
    assert not detector.detect(record).likeness
