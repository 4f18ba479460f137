"""The gender of a finding, round 15: the catalog prior (on by default) decides only where no vote
at all speaks, so it never tips a conflict nor the rule that a man's given name outweighs the
boilerplate tags "girl", "woman". Each positive has a twin. Invented people only."""

from __future__ import annotations

import pytest

from dfaudit.detect import findings
from dfaudit.detect.engine import Detector

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
