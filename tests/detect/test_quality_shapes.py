"""Shapes of the real catalog's misses and false flags (issue 8), on invented people."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.detect.names import find_names
from dfaudit.records import ModelRecord

from .conftest import likeness_features as features
from .conftest import model


@pytest.mark.parametrize(
    ("record", "likeness"),
    [
        # Civitai's "character" category tag on a photo model of a named person
        (
            model(
                "Elena Ashdale",
                tags=("character", "photorealistic", "woman"),
                trained_words=("corvash",),
            ),
            True,
        ),
        # ... but on a drawn character it still counts as fiction
        (
            model("Elena Ashdale", tags=("character", "anime", "1girl")),
            False,
        ),
        # invented personas: consistent characters, an OC, a person who never existed
        (
            model(
                "Marla Quennet",
                tags=("character", "woman", "photorealistic"),
                description="Marla is a custom character for anyone who wants a consistent "
                "character in their renders.",
            ),
            False,
        ),
        (
            model(
                "Tessa Vornholm - Embedding",
                model_type="TextualInversion",
                tags=("character", "photorealistic", "woman"),
                description="A female character i designed within a 3D app. "
                "(All characters i upload are fictional)",
            ),
            False,
        ),
        # a live-action role named "from The <X> Show", the actor named before the role
        (
            model(
                "Doctor Wren Halvard from Salt Ledger",
                tags=("character", "tv series"),
                description="photo of Nadia Corvale as Wren Halvard, film still",
            ),
            True,
        ),
        # an unnamed subject described by trade and a photo count (also in script)
        (
            model(
                "ASAGIRI v2",
                tags=("cute",),
                description="Japanese idol, trained on 48 photos.\nRecommended weight 0.7.",
            ),
            True,
        ),
        (
            model(
                "司徒星 LoRA",
                model_type="DoRA",
                description="배우. 사진 120장으로 학습했습니다.",
            ),
            True,
        ),
        # a concept that mentions celebrities is still a concept
        (
            model(
                "Celebrity red carpet background",
                tags=("concept", "background", "celebrity"),
                trained_words=("celebrity red carpet background",),
                description="Concept LoRA: celebrity red carpet background.",
            ),
            False,
        ),
        # a DreamBooth rare token of any three consonants with a person class
        (
            model("my-partner-lora", trained_words=("zxq woman",), tags=("woman",)),
            True,
        ),
        (
            model("QRV24", model_type="Checkpoint", trained_words=("QRV24 person",)),
            True,
        ),
        (
            model(
                "SD15-mythv3",
                model_type="TextualInversion",
                tags=("character",),
                description="Character Embedding of me, for a comic project.",
            ),
            True,
        ),
        # ... but not a body-type word that happens to be consonants
        (model("bbw body slider", trained_words=("bbw woman",), tags=("woman",)), False),
        # artist styles named in trigger words ("<artist> artstyle")
        (
            model(
                "Panel Diffusion",
                model_type="Checkpoint",
                trained_words=("corvinaashdale artstyle", "marlaquennet artstyle"),
            ),
            False,
        ),
    ],
)
def test_quality_shapes(detector: Detector, record: ModelRecord, likeness: bool) -> None:
    assert detector.detect(record).likeness is likeness


def test_artist_tag_beside_a_trade_tag_is_not_a_style(detector: Detector) -> None:
    styled = model("Mayla", tags=("artist", "painting"), model_type="TextualInversion")
    trade = model("Mayla", tags=("artist", "pornstar", "woman"), model_type="TextualInversion")
    assert "non_subject:style_tag" in features(detector, styled)
    assert "non_subject:style_tag" not in features(detector, trade)


def test_a_title_whose_words_the_description_writes_small_is_no_name(detector: Detector) -> None:
    pulp = model("Perv Pulp", description="A little TI trained on vintage pulp magazines.")
    assert "subject:name_is_name" not in features(detector, pulp)
    assert "subject:name_is_name" in features(detector, model("Zorvia Quellen"))
    assert "subject:name_is_name" in features(detector, model("Elena Vornholm"))


def test_style_word_run_into_the_name_is_a_style(detector: Detector) -> None:
    assert "non_subject:style_name" in features(detector, model("512PaintStyle1"))
    assert "non_subject:style_name" not in features(detector, model("Braided Hairstyle"))


def test_lowercase_word_after_a_capitalised_first_name_is_no_surname(
    detector: Detector,
) -> None:
    assert not any(f.startswith("name_shape:") for f in features(detector, model("Yuri kiss")))
    assert "name_shape:name:pair" in features(detector, model("Yuri Kiss"))


def test_live_action_actor_is_the_target(detector: Detector) -> None:
    finding = detector.detect(
        model(
            "oriel-tevini-the-salt-road",
            model_type="Checkpoint",
            tags=("character", "kdrama"),
            description="photo of Talia Ashencroft as Oriel Tevini, film still",
        )
    )
    assert finding.target_name == "Talia Ashencroft"


def test_female_coded_clothing_is_a_weak_female_vote(detector: Detector) -> None:
    tagged = model("Noor Halvane (fashion model)", tags=("public figure", "topless"))
    assert detector.detect(tagged).target_gender == "female"
    named = model("Elias Brandt", tags=("celebrity", "topless"), description="Elias, actor.")
    assert detector.detect(named).target_gender == "male"  # a first name outvotes it


def test_script_name_opening_the_description_votes_its_gender(detector: Detector) -> None:
    record = model(
        "baizhilan-32-lora",
        tags=("douyin",),
        trained_words=("baizhilan32",),
        description="柏芷岚, selfie, Douyin photo",
    )
    assert detector.detect(record).target_gender == "female"


@pytest.mark.parametrize("surname", ["Brown", "King", "White", "Green", "Black", "Gray", "Knight"])
def test_common_surnames_that_are_words_name_people(detector: Detector, surname: str) -> None:
    person = model(f"Marcus {surname} LoRA", tags=("man",))
    assert detector.detect(person).likeness
    assert not find_names(f"{surname.lower()} hair")


def test_a_middle_initial_does_not_hide_a_name(detector: Detector) -> None:
    assert "name_shape:name:pair" in features(detector, model("Marcus J. Halvane"))


def test_an_acronym_is_no_surname_and_a_file_named_like_the_model_adds_no_name(
    detector: Detector,
) -> None:
    assert not any(
        f.startswith("name_shape:") for f in features(detector, model("Fiona(DOAX-VenusCoast)"))
    )
    kiss = model("Yuri kiss", file_names=("yurikiss.safetensors",))
    assert not any(f.startswith("name_shape:") for f in features(detector, kiss))


def test_initials_before_a_kind_of_person_name_one_person(detector: Detector) -> None:
    record = model("KV - realistic woman LoRA", tags=("person",))
    assert not {"generic:name", "generic:look"} & features(detector, record)
    assert "generic:look" in features(detector, model("Tokyo Girl", tags=("woman",)))


def test_not_based_on_anyone_is_evidence_against(detector: Detector) -> None:
    record = model("Asian girl face v3", description="Generic face, not based on anyone.")
    assert "generic:not_real" in features(detector, record)
