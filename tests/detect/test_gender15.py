"""The gender of a finding, round 15: the catalog prior (on by default) decides only where no vote
at all speaks, so it never tips a conflict nor the rule that a man's given name outweighs the
boilerplate tags "girl", "woman". Each positive has a twin. Invented people only."""

from __future__ import annotations

import pytest

from dfaudit.detect import findings
from dfaudit.detect.base import Hit
from dfaudit.detect.engine import Detector
from dfaudit.detect.findings import GENDER_PRIOR, decide_gender

from .conftest import model

DETECTOR = Detector()
TAGS = ("celebrity", "photorealistic")


def test_the_prior_is_on_by_default() -> None:
    assert findings.APPLY_GENDER_PRIOR


def test_no_vote_at_all_takes_the_prior() -> None:
    finding = DETECTOR.detect(model("Quorvane Tesselby", tags=TAGS))
    assert finding.likeness and finding.target_gender == "female"


def test_a_neutral_cue_keeps_the_prior_out() -> None:
    finding = DETECTOR.detect(model("Quorvane Tesselby", tags=TAGS, trained_words=("qx person",)))
    assert finding.likeness and finding.target_gender == "unknown"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Horatio Quellingby", "male"),  # a man's given name over the boilerplate tags
        ("Cassius Trevallow", "male"),
        ("Quorvane Tesselby", "female"),  # twin: no name that votes, the tags decide
    ],
)
def test_the_prior_leaves_a_name_over_boilerplate_tags(name: str, expected: str) -> None:
    record = model(
        name,
        tags=("celebrity", "photorealistic", "girl", "woman"),
        description="the singer\nweight 0.8, CFG 5-7",
    )
    finding = DETECTOR.detect(record)
    assert finding.likeness and finding.target_gender == expected


def test_a_target_name_of_a_mans_gender_beats_the_prior() -> None:
    assert findings.decide_gender((), findings.GENDER_PRIOR, "Horatio Quellingby") == "male"
    # twin: a name the tables do not hold, the prior
    assert findings.decide_gender((), findings.GENDER_PRIOR, "Quorvane Tesselby") == "female"
    assert findings.decide_gender((), None, "Quorvane Tesselby") == "unknown"


# -- "actor", a trade said of men about 3 times in 4: the weakest vote -----------------------


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"description": "Quorvane Tesselby, Taiwan actor. 30 photos."}, "male"),
        ({"description": "The actor from Incheon, 30 photos."}, "male"),
        # twins: the trade's female form; a voice actor's or a child actor's; an actor's relative
        ({"description": "Quorvane Tesselby, Taiwan actress. 30 photos."}, "female"),
        ({"description": "Quorvane Tesselby, voice actor of a game. 30 photos."}, "female"),
        ({"description": "Quorvane Tesselby, married to an actor's brother."}, "female"),
    ],
)
def test_actor_is_a_weak_male_vote(fields: dict[str, object], expected: str) -> None:
    record = model("Quorvane Tesselby", **{"tags": TAGS, **fields})
    finding = DETECTOR.detect(record)
    assert finding.likeness and finding.target_gender == expected


def test_a_womans_given_name_outweighs_actor() -> None:
    record = model("Marisol Tesselby", tags=TAGS, description="Marisol Tesselby, Taiwan actor.")
    assert DETECTOR.detect(record).target_gender == "female"


# -- a live-action actor's table gender speaks of the finding's target only -----------------


def test_an_actor_gender_of_another_word_than_the_target_says_nothing() -> None:
    thor = Hit("fiction@25", "gender", 1.5, "description", "thor", value="male", note="actor")
    assert decide_gender((thor,), GENDER_PRIOR, "Quorvane Thorbeck") == "female"  # the prior
    # twin: the actor's gender read from the target's own given name counts
    own = Hit("fiction@25", "gender", 1.5, "description", "quorvane", value="male", note="actor")
    assert decide_gender((own,), GENDER_PRIOR, "Quorvane Thorbeck") == "male"


# -- "they" after a plural noun speaks of it, not of a person --------------------------------


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("Avoid heavy negative embeddings, they wash out the details.", "female"),  # the prior
        ("Trained on the references they sent.", "female"),
        # twins: they of a person keeps the prior out
        ("Requested by fans. They said it's fine to post.", "unknown"),
        ("Trained on their posts.", "unknown"),
    ],
)
def test_they_of_a_plural_noun_is_no_neutral_cue(description: str, expected: str) -> None:
    record = model("Quorvane Tesselby", tags=TAGS, description=description)
    finding = DETECTOR.detect(record)
    assert finding.likeness and finding.target_gender == expected
