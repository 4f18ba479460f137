"""Shapes an independently written set still broke (issue 8): an occupation that names a place
("news anchor studio") is a concept, a cosplayer named by a bare handle is a likeness of her,
and an example prompt that names a person and says "woman"/"man" names the subject (invented
people, handles and works only)."""

from __future__ import annotations

from dfaudit.detect.engine import Detector
from dfaudit.detect.signals.fiction import named_cosplayer

from .conftest import likeness_features, model


def test_an_occupation_that_names_a_place_is_a_concept(detector: Detector) -> None:
    studio = model(
        "Weather Presenter Studio",
        tags=("concept", "news"),
        description="TV studio, green screen, desk and monitors; any presenter.",
    )
    assert "subject:occupation_name" not in likeness_features(detector, studio)
    assert not detector.detect(studio).likeness


def test_an_occupation_with_a_name_still_counts(detector: Detector) -> None:
    named = model("Marisol Quenby news anchor", tags=("news",))
    assert "subject:occupation_name" in likeness_features(detector, named)


def test_a_cosplayer_named_by_a_bare_handle() -> None:
    assert named_cosplayer("Cosplayer fernbyte_cos in the Ilya costume.") == "fernbyte_cos"
    assert named_cosplayer("Photos of cosplayer mika.rin2 at a con.") == "mika.rin2"
    # words after "cosplayer" that are no handle: no letter, or no underscore/dot/digit
    assert named_cosplayer("The cosplayer in costume, realistic.") == ""
    assert named_cosplayer("Best cosplayer 2024 award look.") == ""


def test_photos_of_a_cosplayer_named_by_a_bare_handle_are_a_likeness(detector: Detector) -> None:
    finding = detector.detect(
        model(
            "fernbyte_cos cosplay - Ilya Marchetti",
            tags=("character", "anime", "cosplay"),
            description="Cosplayer fernbyte_cos in the Ilya costume from Quartz Halo. "
            "Trained on her real photos.",
        )
    )
    assert finding.likeness
    assert finding.target_name == "fernbyte_cos"


def test_an_example_prompt_naming_a_person_names_the_subject(detector: Detector) -> None:
    finding = detector.detect(
        model(
            "Portrait LoRA (read desc)",
            tags=("photorealistic",),
            description="Example prompt: photo of Tamsin Orlevay, woman, looking at viewer, "
            "soft window light, film grain. Steps: 28, CFG scale: 6",
        )
    )
    assert finding.likeness
    assert finding.target_name == "Tamsin Orlevay"


def test_a_prompt_naming_a_place_names_no_one(detector: Detector) -> None:
    finding = detector.detect(
        model(
            "Golden hour LoRA",
            tags=("lighting",),
            description="Example prompt: photo of Willow Creek, landscape, golden hour, 35mm.",
        )
    )
    assert not finding.likeness


def test_a_child_actor_word_in_script_is_a_minor_cue(detector: Detector) -> None:
    for word in ("童星", "子役", "아역", "中学生"):
        finding = detector.detect(
            model(
                "Maorin Tessavel portrait",
                tags=("portrait",),
                description=f"Maorin Tessavel ({word}). Portrait from a televised award show.",
            )
        )
        assert finding.minor_risk, word
    glued = detector.detect(
        model("Portrait", tags=("portrait",), description="人気子役のポートレート、顔のみ。")
    )
    assert glued.minor_risk


def test_adult_words_in_script_are_no_minor_cue(detector: Detector) -> None:
    finding = detector.detect(
        model(
            "Maorin Tessavel (26)",
            tags=("portrait",),
            description="女優, 26歳. 可愛い, petite. 制服 cosplay photos.",
        )
    )
    assert not finding.minor_risk


def test_a_hugging_face_card_prompt_of_a_drawn_character_is_fiction(
    detector: Detector,
) -> None:
    from dfaudit.records import ModelRecord

    record = ModelRecord(
        platform="huggingface",
        model_id="lorasmith/kaede-mizunagi-ember-gate-lora",
        url="https://huggingface.co/lorasmith/kaede-mizunagi-ember-gate-lora",
        name="kaede-mizunagi-ember-gate-lora",
        model_type="LORA",
        tags=("lora", "ember gate", "girl"),
        trained_words=("kaede mizunagi",),
        description="kaede mizunagi, 1girl, long hair, pink hair, red eyes, masterpiece",
    )
    features = likeness_features(detector, record)
    assert "fiction:booru_trigger" in features
    assert not detector.detect(record).likeness


def test_a_title_saying_what_the_model_is_of_names_the_person(detector: Detector) -> None:
    finding = detector.detect(
        model(
            "LoRA of Kalyssa Vornhelm (v2)",
            tags=("realistic",),
            trained_words=("kalyssa vornhelm",),
            description="She was requested a lot, so here it is :)",
        )
    )
    assert "subject:name_is_name" in {h.feature for h in finding.hits}
    assert finding.likeness


def test_private_people_named_by_relation_memorial_or_irl(detector: Detector) -> None:
    for name, description in (
        ("Dad (memorial)", "In memory of my father. Trained on old family photos."),
        ("colleague Odessa (face)", "Odessa from the office, a farewell gift. She knows."),
        ("Pell irl", "Pell irl, 30 selfies from her phone."),
    ):
        finding = detector.detect(model(name, description=description))
        assert finding.likeness, name


def test_family_photo_styles_and_memorial_days_name_no_one(detector: Detector) -> None:
    for name, description in (
        ("Family photo style", "Warm 90s family photos look: film grain, flash, any faces."),
        ("Memorial Day parade outfit", "Parade outfits and flags; a clothing LoRA."),
    ):
        finding = detector.detect(model(name, tags=("style",), description=description))
        assert not finding.likeness, name


def test_drawn_things_made_real_are_not_private_people(detector: Detector) -> None:
    for name in ("Anime to IRL", "Pokemon IRL"):
        record = model(name, tags=("style",), description="Turns drawn characters realistic.")
        assert "subject:private_name" not in likeness_features(detector, record), name
