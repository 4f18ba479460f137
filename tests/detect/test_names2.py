"""Real-name shapes the name finder missed (issue 8, devset2), on invented people only."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.records import ModelRecord

from .conftest import likeness_features as features
from .conftest import model


@pytest.mark.parametrize(
    "record",
    [
        # two named people joined in the model's name, with the "blend" a tool word too
        model("marla quendry x tobias harnwell blend", tags=("blend",), trained_words=("bf",)),
        model("Marla Quendry & Tobias Harnwell mix", tags=("blend",)),
        # the names only in the description's opening
        model(
            "Face mix v2",
            tags=("woman", "blend"),
            description="A blend of Marla Quendry and Tobias Harnwell. Weights 0.5 each.",
        ),
    ],
)
def test_named_blend_is_likeness(detector: Detector, record: ModelRecord) -> None:
    finding = detector.detect(record)
    assert finding.likeness
    assert any(f.endswith(":blend") for f in features(detector, record))


@pytest.mark.parametrize(
    "record",
    [
        # one name, then a tool word: no second person to blend
        model("Marla Quendry x detail tweaker blend", tags=("blend",)),
        # a blend of looks, not of people
        model("Face mix", tags=("blend",), description="A blend of Nordic and Slavic faces."),
        # the two names far apart, not joined
        model("Marla Quendry portrait pack, Tobias Harnwell"),
    ],
)
def test_no_blend_without_two_joined_names(detector: Detector, record: ModelRecord) -> None:
    assert not any(f.endswith(":blend") for f in features(detector, record))


def test_all_caps_name_with_middle_initial(detector: Detector) -> None:
    finding = detector.detect(model("VANESSA Q HARNWELL", tags=("realistic",)))
    assert finding.likeness
    assert finding.target_key == "harnwel vanesa"


def test_file_name_corroborated_by_description(detector: Detector) -> None:
    record = model(
        "Face LoRA #12",
        trained_words=("tok",),
        file_names=("MarlaQuendry.safetensors",),
        description="Subject: marla quendry\nImages: 44",
    )
    finding = detector.detect(record)
    assert "name_shape:other:corroborated" in features(detector, record)
    assert finding.likeness
    assert finding.target_key == "marla quendry"


@pytest.mark.parametrize(
    "record",
    [
        # the description names someone else
        model(
            "Face LoRA #12",
            file_names=("MarlaQuendry.safetensors",),
            description="Subject: tobias harnwell",
        ),
        # only one of the name's words in the description
        model(
            "Face LoRA #12",
            file_names=("MarlaQuendry.safetensors",),
            description="Marla is the codename of this face.",
        ),
        # the model's name already holds the name: nothing to corroborate
        model(
            "Marla Quendry",
            file_names=("MarlaQuendry.safetensors",),
            description="Marla Quendry",
        ),
    ],
)
def test_no_corroboration_without_agreement(detector: Detector, record: ModelRecord) -> None:
    # (a label line names its own subject, a lower-case name too: test_poi9; what is checked
    # here is that the file's name is not corroborated by it)
    assert not any(
        h.feature == "name_shape:other:corroborated" and h.field == "file_names"
        for h in detector.detect(record).hits
    )
