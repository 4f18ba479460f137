"""Round 17, second wave (issue 8, set 18): a title or slug made only of a generic person word
and a place, an activity, a demonym, look and model words is a type of person (its first word
is no one's initials); a live-action role's actor named as "<Actor>'s version of the
character", or after "played by" beside a sample prompt's film look, is the target. Every rule
has a twin that must not move. Invented people only."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.detect.text import fold
from dfaudit.detect.vocab import type_of_person
from dfaudit.records import ModelRecord

from .conftest import model


def _hf(slug: str, **fields: object) -> ModelRecord:
    return model(
        slug,
        platform="huggingface",
        model_id=f"someorg/{slug}",
        tags=("portrait", "lora", "diffusers", "text-to-image"),
        **fields,
    )


@pytest.mark.parametrize(
    "title",
    [
        "gym-girl-face",
        "Gym_Girl_Face_v2",
        "office lady",
        "beach woman LoRA",
        "japanese woman face",
        "fitness.girl.sdxl",
        "yoga-lady-flux",
    ],
)
def test_a_place_or_activity_and_a_person_word_is_a_type(detector: Detector, title: str) -> None:
    assert type_of_person(fold(title))
    slug = title.lower().replace(" ", "-")
    record = _hf(
        slug, trained_words=(slug.replace("-", "_")[:20],), description="gym girl, portrait"
    )
    finding = detector.detect(record)
    assert not finding.likeness


@pytest.mark.parametrize(
    "title", ["Mirela gym", "Gym Fox", "Mirela gym girl", "KM woman lora", "Korean singer girl"]
)
def test_a_name_shaped_or_other_word_is_no_type(title: str) -> None:
    assert not type_of_person(fold(title))


def test_initials_before_a_person_word_still_read(detector: Detector) -> None:
    # twin of "gym-girl-face": letters that are no place or activity are one woman's initials
    record = _hf("kq-girl-face", trained_words=("kq_girl",), description="kq girl, portrait")
    assert detector.detect(record).likeness


def test_a_given_name_at_the_gym_with_her_trigger_is_her(detector: Detector) -> None:
    record = model(
        "Vessaline gym",
        tags=("woman", "realistic"),
        trained_words=("vessaline_quortby",),
        description="Vessaline Quortby at the gym, 40 photos.",
    )
    finding = detector.detect(record)
    assert finding.likeness
    assert finding.target_name == "Vessaline Quortby"


def test_a_surname_beside_a_trade_is_no_type(detector: Detector) -> None:
    record = model(
        "Gym Fox",
        tags=("woman", "fitness", "influencer"),
        trained_words=("gymfox",),
        description="Orla Fox, fitness influencer and gym owner. 60 photos from her instagram.",
    )
    assert not type_of_person(fold("Gym Fox"))
    assert detector.detect(record).likeness


_ROLE_TAGS = ("character", "tv show", "live action", "woman")


def test_an_actors_version_of_the_character_names_the_target(detector: Detector) -> None:
    record = model(
        "Harbour Lights: Inspector Welk",
        tags=_ROLE_TAGS,
        trained_words=("inspector_welk",),
        description=(
            "Inspector Welk from Harbour Lights (K-drama).\n"
            "screencaps only, Maren Ostvikdal's version of the character\ntrained on 40 imgs"
        ),
    )
    finding = detector.detect(record)
    assert finding.likeness
    assert finding.target_name == "Maren Ostvikdal"


def test_a_version_of_a_dress_names_no_actor(detector: Detector) -> None:
    # twin: a name's "version of the dress" is a costume maker's, not an actor's role
    record = model(
        "Harbour Lights: Inspector Welk",
        tags=_ROLE_TAGS,
        trained_words=("inspector_welk",),
        description=(
            "Inspector Welk from Harbour Lights (K-drama).\n"
            "screencaps only, Maren Ostvikdal's version of the dress\ntrained on 40 imgs"
        ),
    )
    features = {h.feature for h in detector.detect(record).hits}
    assert "live_action:actor" not in features


def _played(prompt: str, tags: tuple[str, ...]) -> ModelRecord:
    return model(
        "The Copper Ward: Sergeant Holm",
        tags=tags,
        trained_words=("sergeant_holm",),
        description=(
            "Sergeant Holm from The Copper Ward (HBO-style series).\n"
            "as played by Tomasz Welland in season 2\ntrained on 90 imgs\n"
            f"(sergeant_holm:0.9), {prompt}, detail"
        ),
    )


def test_a_sample_prompts_film_look_keeps_a_tv_role(detector: Detector) -> None:
    finding = detector.detect(
        _played("night market, disposable camera", ("character", "tv show", "live action", "man"))
    )
    assert finding.likeness
    assert finding.target_name == "Tomasz Welland"


def test_a_film_tag_beside_a_film_look_is_still_the_medium() -> None:
    # twin: a "film" tag beside a film camera look in the description is film photography
    from dfaudit.detect.signals.fiction import _live_action

    head = "analog portraits, disposable camera, film emulation"
    assert _live_action(("film", "photography"), "analog portrait", head) == ""
    assert _live_action(("tv show", "man"), "sergeant holm", head) == "tv show"


def _streamer(title: str, trigger: str, description: str) -> ModelRecord:
    return model(
        title,
        tags=("streamer", "twitch", "woman"),
        trained_words=(trigger,),
        description=description,
    )


def test_a_capitalised_handle_in_the_title_is_the_target(detector: Detector) -> None:
    finding = detector.detect(
        _streamer(
            "Quilla_tv (twitch streamer)",
            "quilla_tv",
            "twitch streamer Quilla_tv, she streams cozy games\ncaps from vods",
        )
    )
    assert finding.likeness
    assert finding.target_name == "Quilla_tv"


def test_a_capitalised_name_with_an_underscore_is_no_handle() -> None:
    # twin: a given and a family name joined by "_" (no handle's word, no digit) is a name
    from dfaudit.detect.signals.subject_name import title_account

    assert title_account("Quilla_tv (twitch)", ("quilla_tv",), "quilla_tv streams") == "Quilla_tv"
    assert title_account("Quilla_marsh (twitch)", ("quilla_marsh",), "quilla_marsh streams") is None
    assert title_account("Quilla_tv (twitch)", ("quilla",), "she streams") is None
    # twin: a capitalised name in leet ("Vell4") is no account, though its digit would be one's
    assert title_account("Vell4 (from Kestria)", ("vell4",), "vell4 by request") is None
    assert title_account("vell4 (from Kestria)", ("vell4",), "vell4 by request") == "vell4"
