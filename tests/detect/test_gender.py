"""The gender of a finding: words in the description, the weak catalog prior, and the vote.
Invented people only."""

from __future__ import annotations

import pytest

from dfaudit.detect import findings
from dfaudit.detect.base import Hit
from dfaudit.detect.east_asian import given_gender
from dfaudit.detect.engine import Detector
from dfaudit.detect.findings import FIRST_NAME_NOTE, GENDER_PRIOR, decide_gender

from .conftest import model

DETECTOR = Detector()


def gender_hits(record: object) -> list[tuple[str | None, str]]:
    return [(h.value, h.note) for h in DETECTOR.detect(record).hits if h.aspect == "gender"]


@pytest.mark.parametrize(
    ("description", "gender", "note"),
    [
        ("Japanese actress, trained on 20 photos.", "female", "occupation"),
        ("A songstress from the north, 40 images.", "female", "occupation"),
        ("Retired sportsman, weight 0.7.", "male", "occupation"),
        ("photo of qorvel, portrait\nsks woman, lingerie, bedroom", "female", "prompt"),
        ("photo of qorvel, portrait\nqorvel girl, street photo", "female", "prompt"),
        ("photo of qorvel, portrait\nqorvel man, suit, office", "male", "prompt"),
    ],
)
def test_description_nouns_vote(description: str, gender: str, note: str) -> None:
    assert (gender, note) in gender_hits(model("qorvel v1", description=description))


@pytest.mark.parametrize(
    "description",
    [
        "An actor known for stage work.",  # "actor" is said of women too: no vote
        "Trained on photos of a woman and a man.",  # not a prompt line's subject
        "Works best with a realistic model.\nweight 0.7, woman optional",
    ],
)
def test_description_without_a_gendered_subject_casts_no_noun_vote(description: str) -> None:
    notes = [note for _, note in gender_hits(model("qorvel v1", description=description))]
    assert "occupation" not in notes and "prompt" not in notes


def hit(value: str, score: float, note: str = "") -> Hit:
    return Hit("t@1", "gender", score, "name", "x", value=value, note=note)


TABLE = FIRST_NAME_NOTE


@pytest.mark.parametrize(
    ("hits", "prior", "expected"),
    [
        ((), None, "unknown"),  # no evidence, no prior: unknown
        ((), GENDER_PRIOR, "female"),  # no evidence on a likeness finding: the prior decides
        ((hit("male", 0.2),), GENDER_PRIOR, "male"),  # the weakest real vote beats the prior
        ((hit("male", 0.9),), GENDER_PRIOR, "male"),
        ((hit("female", 0.9), hit("male", 0.9)), GENDER_PRIOR, "unknown"),  # conflict stays
        # the prior never tips a close call: any vote keeps it out
        ((hit("female", 0.4), hit("male", 0.3)), GENDER_PRIOR, "unknown"),
        ((hit("male", 0.1), hit("female", 0.1)), GENDER_PRIOR, "unknown"),
        ((hit("male", 0.6), hit("female", 0.5)), None, "unknown"),
        ((hit("female", 0.5),), None, "female"),
        # the first-name table counts once, however many signals looked the name up
        ((hit("female", 0.9), *[hit("male", 0.6, TABLE)] * 3), None, "female"),
        ((hit("female", 0.9), hit("male", 0.6), hit("male", 0.6)), None, "unknown"),
        (
            (hit("female", 0.6, TABLE), hit("male", 0.34, TABLE), hit("male", 0.25, TABLE)),
            None,
            "female",
        ),
    ],
)
def test_gender_vote(hits: tuple[Hit, ...], prior: tuple[str, float] | None, expected: str) -> None:
    assert decide_gender(hits, prior) == expected


def test_prior_is_off_by_default_and_only_on_likeness_findings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a named person with likeness tags and no gender cue: unknown, as the design asks ...
    person = DETECTOR.detect(model("Tarvin Oskeld", tags=("celebrity", "photorealistic")))
    assert person.likeness and person.target_gender == "unknown"
    # ... with the prior switched on, female
    monkeypatch.setattr(findings, "APPLY_GENDER_PRIOR", True)
    person = DETECTOR.detect(model("Tarvin Oskeld", tags=("celebrity", "photorealistic")))
    assert person.likeness and person.target_gender == "female"
    # ... a clothing LoRA is no likeness: no prior, the gender stays unknown
    outfit = DETECTOR.detect(model("Metal Armor Outfit", tags=("clothing", "armor")))
    assert not outfit.likeness and outfit.target_gender == "unknown"


def test_a_male_cue_keeps_a_male_target_male_despite_the_prior() -> None:
    record = model(
        "Tarvin Oskeld",
        tags=("celebrity", "photorealistic"),
        description="Tarvin Oskeld is a Danish businessman; his photos from interviews.",
    )
    finding = DETECTOR.detect(record)
    assert finding.likeness and finding.target_gender == "male"


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"trained_words": ["qx person"]}, "unknown"),  # neutral class noun: no prior
        ({"description": "Trained on 20 photos of them, with their permission."}, "unknown"),
        ({"trained_words": ["qx woman"]}, "female"),
        ({"trained_words": ["qx person"], "description": "She asked for it."}, "female"),
        ({"trained_words": ["tarvinoskeld, real person"]}, "female"),  # prior
    ],
)
def test_neutral_cues_keep_the_prior_out(
    fields: dict[str, object], expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(findings, "APPLY_GENDER_PRIOR", True)  # off by default
    record = model("Tarvin Oskeld", tags=("celebrity", "photorealistic"), **fields)
    finding = DETECTOR.detect(record)
    assert finding.likeness and finding.target_gender == expected


@pytest.mark.parametrize(
    ("given", "gender"),
    [
        ("芷岚", "f"),  # not in the table as a whole: both characters mostly women's
        ("檀心", "f"),
        ("承渊", "m"),  # both mostly men's
        ("景珩", "m"),
        ("도율", "m"),
        ("星媛", "u"),  # one of each: no decision
        ("zhilan", "u"),  # romanised and unknown to the table: a syllable is too weak a vote
    ],
)
def test_given_name_gender_from_its_characters(given: str, gender: str) -> None:
    assert given_gender(given) == gender


def test_script_name_gets_its_gender_from_its_characters() -> None:
    female = DETECTOR.detect(model("刘芷岚 写真 LoRA", tags=("photorealistic", "celebrity")))
    male = DETECTOR.detect(model("刘承渊 写真 LoRA", tags=("photorealistic", "celebrity")))
    assert female.likeness and female.target_gender == "female"
    assert male.likeness and male.target_gender == "male"


def test_a_gendered_trigger_outvotes_a_unisex_first_name_seen_by_several_signals() -> None:
    record = model("Alex Qorvane", tags=("celebrity",), trained_words=["qorvane1 girl"])
    finding = DETECTOR.detect(record)
    assert finding.likeness and finding.target_gender == "female"


@pytest.mark.parametrize(
    ("trigger", "gender"),
    [("j3nn4", "female"), ("m4rgar3t", "female"), ("rob3rt", "male"), ("b00b5", None)],
)
def test_a_leetspeak_trigger_first_name_votes(trigger: str, gender: str | None) -> None:
    record = model("lora-4821", trained_words=[trigger], description=trigger)
    votes = [v for v, note in gender_hits(record) if note == FIRST_NAME_NOTE]
    assert votes == ([gender] if gender else [])
