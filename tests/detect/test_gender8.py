"""The gender of a finding on shapes held out in the eighth round: the subject's own pronoun
against the uploader's default tags, and East-Asian given names read by their own tables.
Invented people only."""

from __future__ import annotations

import pytest

from dfaudit.detect.base import Hit
from dfaudit.detect.engine import Detector
from dfaudit.detect.findings import SUBJECT_PRONOUN_NOTE, decide_gender

from .conftest import model

DETECTOR = Detector()
DEFAULT_TAGS = ("girl", "woman", "1girl", "realistic", "celebrity")


def gender_of(name: str, **fields: object) -> str:
    found = DETECTOR.detect(model(name, **fields))
    assert found.likeness
    return found.target_gender


@pytest.mark.parametrize(
    ("name", "description"),
    [
        # a given name the tables do not know: the pronoun of the named subject decides
        ("Quillan Ostravenko", "Quillan Ostravenko, the actor. He was requested by many."),
        # the pronoun in the sentence that names him
        ("Tobiah Wrenskald", "A model of Tobiah Wrenskald; his face from 40 stills."),
    ],
)
def test_a_named_subjects_pronoun_outweighs_default_tags(name: str, description: str) -> None:
    trigger = name.lower().replace(" ", "_")
    assert (
        gender_of(name, tags=DEFAULT_TAGS, trained_words=(trigger,), description=description)
        == "male"
    )


def test_the_same_tags_decide_without_a_pronoun_of_the_subject() -> None:
    # no pronoun: the tags stand (the subject rule needs the subject's own word)
    name = "Quillan Ostravenko"
    assert (
        gender_of(
            name,
            tags=DEFAULT_TAGS,
            trained_words=("quillan_ostravenko",),
            description="Quillan Ostravenko, the actor. Requested by many.",
        )
        == "female"
    )


def test_a_pronoun_about_someone_else_does_not_overrule_the_tags() -> None:
    # the pronoun follows a sentence about the trainer, not the target
    description = (
        "Trained on 30 photos. Thanks to Marlow Quenbury for the dataset; he is a great help."
    )
    assert (
        gender_of(
            "Ysmay Ferncastle",
            tags=DEFAULT_TAGS,
            trained_words=("ysmay_ferncastle",),
            description=description,
        )
        == "female"
    )


def subject(value: str, text: str) -> Hit:
    return Hit("t@1", "gender", 0.3, "description", text, value=value, note=SUBJECT_PRONOUN_NOTE)


def tag(value: str, text: str) -> Hit:
    return Hit("t@1", "gender", 0.8, "tags", text, value=value)


def pronouns(value: str, count: int) -> Hit:
    return Hit("t@1", "gender", 0.3 + 0.1 * count, "description", f"{count} pronouns", value=value)


def test_decide_gender_counts_the_subject_pronoun_only_for_the_target() -> None:
    hits = [
        tag("female", "girl"),
        tag("female", "woman"),
        tag("female", "1girl"),
        pronouns("male", 1),
        subject("male", "Quillan Ostravenko, the actor."),
    ]
    assert decide_gender(hits, None, "Quillan Ostravenko") == "male"
    assert decide_gender(hits, None, "Ysmay Ferncastle") == "female"
    assert decide_gender(hits, None, None) == "female"


def test_the_subject_pronoun_does_not_silence_other_words() -> None:
    # a gendered word of the name ("actress") is no default tag: it still speaks
    hits = [
        Hit("t@1", "gender", 0.9, "name", "actress", value="female"),
        Hit("t@1", "gender", 0.9, "trained_words", "actress", value="female"),
        tag("female", "woman"),
        pronouns("male", 1),
        subject("male", "Quillan Ostravenko, the actor."),
    ]
    assert decide_gender(hits, None, "Quillan Ostravenko") == "female"
