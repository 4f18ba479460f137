"""Table-driven signal tests and detect_model behaviour, on invented names."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import detect_model
from dfaudit.detect.names import canonical_key, find_names
from dfaudit.detect.registry import build_signals, run_signals, signal_classes

from .conftest import model


@pytest.mark.parametrize(
    ("text", "expected_key"),
    [
        ("Elena Marchetti", "elena marcheti"),
        ("elena_marchetti_v2", "elena marcheti"),
        ("ElenaMarchetti", "elena marcheti"),
        ("Marchetti Elena", "elena marcheti"),
        ("sophiabrandvold", "brandvold sophia"),
        ("s0ph14br4ndv0ld_v1", "brandvold sophia"),
    ],
)
def test_name_shape_finds_invented_names(text: str, expected_key: str) -> None:
    matches = find_names(text)
    assert matches, text
    assert canonical_key(" ".join(matches[0].words)) == expected_key


@pytest.mark.parametrize(
    "text",
    [
        "Sophia",
        "Dark Magician Girl",
        "Lineart style",
        "Realistic Vision",
        "Rose dress",
        "Emma lora",
    ],
)
def test_name_shape_ignores_lone_first_names_and_words(text: str) -> None:
    assert find_names(text) == ()


CASES = [
    # (record, likeness expected)
    (model("Elena Marchetti", tags=("woman", "photorealistic")), True),
    (model("Corvina Ashdale LoRA", tags=("celebrity", "actress")), True),
    (model("my wife", description="Trained on photos of my wife, 40 pictures."), True),
    (model("Anna style", tags=("style", "art style")), False),
    (model("Kaelith Moonveil", tags=("anime", "character", "game character")), False),
    (model("Velvet Poses", model_type="Poses", tags=("poses",)), False),
    (model("UltraReal Mix", model_type="Checkpoint", tags=("base model", "photorealistic")), False),
    (model("Red evening dress", tags=("clothing", "dress")), False),
]


@pytest.mark.parametrize(("record", "expected"), CASES, ids=[c[0].name for c in CASES])
def test_likeness_cases(record: object, expected: bool) -> None:
    finding = detect_model(record)  # type: ignore[arg-type]
    assert finding.likeness is expected, finding.hits


def test_finding_explains_itself_and_infers_gender_and_target() -> None:
    finding = detect_model(model("Elena Marchetti", tags=("woman",)))
    assert finding.target_key == "elena marcheti"
    assert finding.target_gender == "female"
    assert finding.prominence == "private_or_unknown"
    assert any(h.signal.startswith("name_shape@") for h in finding.hits)


def test_male_gender_from_words_and_first_name() -> None:
    finding = detect_model(model("Bertrand Okonkwo", tags=("man", "actor")))
    assert finding.likeness and finding.target_gender == "male"
    assert finding.prominence == "public_figure"


def test_online_creator_prominence_from_social_cues() -> None:
    record = model(
        "Lysa Fernhollow",
        description="She has 12k followers on instagram.com/lysafern_official",
    )
    finding = detect_model(record)
    assert finding.likeness and finding.prominence == "online_creator"


@pytest.mark.parametrize(
    ("record", "sexual"),
    [
        (model("Elena Marchetti nude", nsfw=True, image_nsfw_levels=(16, 8)), True),
        (model("Elena Marchetti", image_nsfw_levels=(1, 1, 2)), False),
    ],
)
def test_sexual_intent(record: object, sexual: bool) -> None:
    assert detect_model(record).sexual_intent is sexual  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("record", "minor"),
    [
        (model("Tilda Brannigan", description="She is 15 years old in these photos."), True),
        (model("Tilda Brannigan", tags=("schoolgirl",)), True),
        (model("Tilda Brannigan", trained_words=("16yo",)), True),
        (model("Tilda Brannigan", description="She is 25 years old."), False),
        (model("Tilda Brannigan", minor=True), True),
    ],
)
def test_minor_risk(record: object, minor: bool) -> None:
    assert detect_model(record).minor_risk is minor  # type: ignore[arg-type]


def test_registry_discovers_every_signal_module() -> None:
    names = {cls.name for cls in signal_classes()}  # type: ignore[attr-defined]
    assert {"name_shape", "gazetteer", "fiction", "non_subject", "platform_flags"} <= names


def test_failing_signal_yields_error_hit_and_run_goes_on() -> None:
    class Broken:
        name = "broken"
        version = "1"
        fields = ("name",)

        def hits(self, record: object) -> list:
            raise ValueError("boom")

    signals = [Broken(), *build_signals()]
    hits = run_signals(signals, model("Elena Marchetti"))  # type: ignore[list-item]
    assert any(h.aspect == "error" and h.signal == "broken@1" for h in hits)
    assert any(h.aspect == "likeness" for h in hits)
