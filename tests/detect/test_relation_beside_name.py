"""Round 17, second wave (issue 8, set 18): a relation word of private life right beside a
person's name, either order, with or without "my"/"the", in the title, a version name or the
description; a title made of a first name and a private place ("<Given> next door", "office
<Given>"), backed by the trigger; a subject unaware of the model, photos from a private profile.
Every rule has a twin that must not fire. Invented people only."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.records import ModelRecord

from .conftest import model


def _page(
    title: str, description: str, trigger: str = "", tags: tuple[str, ...] = ()
) -> ModelRecord:
    return model(
        title,
        tags=("person", *tags),
        trained_words=(trigger,) if trigger else (),
        description=description,
    )


@pytest.mark.parametrize(
    ("title", "description", "trigger", "target"),
    [
        ("Sunday set", "neighbour Maelis Tovrandt from 3B, soft light", "", "Maelis Tovrandt"),
        ("Sunday set", "coworker Ottilie from accounting, soft light", "", "Ottilie"),
        ("Sunday set", "Ottilie, my colleague. soft light", "", "Ottilie"),
        ("Sunday set", "trained on 40 pics of the neighbor Evander", "", "Evander"),
        ("Sunday set", "nachbarin Ottilie, 30 bilder", "", "Ottilie"),
        ("Sunday set v2", "my ex Ottilie, 30 pics", "", "Ottilie"),
    ],
)
def test_a_relation_beside_a_name(
    detector: Detector, title: str, description: str, trigger: str, target: str
) -> None:
    finding = detector.detect(_page(title, description, trigger))
    assert finding.likeness
    assert finding.target_name == target


@pytest.mark.parametrize(
    "description",
    [
        "the neighbour's cat on a sofa, soft light",
        "coworker outfit: blazer and lanyard",
        "ex-military style jacket, soft light",
        "Hugo Boss suit, soft light",
    ],
)
def test_a_relation_beside_no_name_is_none(detector: Detector, description: str) -> None:
    assert not detector.detect(_page("Sunday set", description)).likeness


def test_a_relation_beside_a_characters_name_on_an_anime_page(detector: Detector) -> None:
    record = _page("Sunday set", "coworker Ottilie from the anime, soft light", tags=("anime",))
    assert not detector.detect(record).likeness


@pytest.mark.parametrize(
    ("title", "trigger"),
    [("Ottilie next door", "ottilie"), ("office Ottilie", "ottilie"), ("ottilie_work", "ottilie")],
)
def test_a_first_name_and_a_private_place(detector: Detector, title: str, trigger: str) -> None:
    finding = detector.detect(_page(title, "soft light, 30 pics", trigger))
    assert finding.likeness


@pytest.mark.parametrize("title", ["girl next door", "office lady", "office outfit"])
def test_a_look_and_a_private_place_is_none(detector: Detector, title: str) -> None:
    assert not detector.detect(_page(title, "soft light, 30 pics", "")).likeness


@pytest.mark.parametrize(
    "description",
    [
        "she never notices the camera lol, 40 pics",
        "he doesn't know yet, birthday surprise",
        "40 pics from her LinkedIn",
    ],
)
def test_an_unaware_subject_or_a_private_profile(detector: Detector, description: str) -> None:
    assert detector.detect(_page("Sunday set", description, "sdset")).likeness


@pytest.mark.parametrize(
    "description",
    ["she never poses the same way, 40 pics", "he doesn't know how to smile, 40 pics"],
)
def test_an_unaware_twin_is_none(detector: Detector, description: str) -> None:
    assert not detector.detect(_page("Sunday set", description, "sdset")).likeness
