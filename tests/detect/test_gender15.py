"""The gender of a finding, round 15: the catalog prior (off by default; switched on here)
decides only where no vote at all speaks, so it never tips a conflict nor the rule that a man's
given name outweighs the boilerplate tags "girl", "woman". Each positive has a twin.
Invented people only."""

from __future__ import annotations

import pytest

from dfaudit.detect import findings
from dfaudit.detect.base import Hit
from dfaudit.detect.engine import Detector
from dfaudit.detect.findings import GENDER_PRIOR, decide_gender
from dfaudit.detect.signals.gender_words import _honorifics

from .conftest import model

DETECTOR = Detector()
TAGS = ("celebrity", "photorealistic")


@pytest.fixture
def prior_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(findings, "APPLY_GENDER_PRIOR", True)


def test_the_prior_is_off_by_default() -> None:
    assert not findings.APPLY_GENDER_PRIOR
    finding = DETECTOR.detect(model("Quorvane Tesselby", tags=TAGS))
    assert finding.likeness and finding.target_gender == "unknown"


def test_no_vote_at_all_takes_the_prior(prior_on: None) -> None:
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
def test_actor_is_a_weak_male_vote(
    fields: dict[str, object], expected: str, prior_on: None
) -> None:
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
def test_they_of_a_plural_noun_is_no_neutral_cue(
    description: str, expected: str, prior_on: None
) -> None:
    record = model("Quorvane Tesselby", tags=TAGS, description=description)
    finding = DETECTOR.detect(record)
    assert finding.likeness and finding.target_gender == expected


# -- the target as displayed weighs name guesses even when it casts no vote -----------------


@pytest.mark.parametrize(
    ("hits", "shown", "expected"),
    [
        # a role's first name in the title beside "<Given> <Surname> in costume"
        ((("male", "eberhard", 0.25), ("female", "dottie", 0.2)), "Eberhard Quarnby", "male"),
        ((("female", "xanthe", 0.25), ("male", "benji", 0.2)), "Xanthe Quarnby", "female"),
        # twin: no target shown, the two guesses weigh the same and conflict
        ((("male", "eberhard", 0.25), ("female", "dottie", 0.2)), None, "unknown"),
    ],
)
def test_a_shown_targets_given_name_weighs_the_guesses(
    hits: tuple[tuple[str, str, float], ...], shown: str | None, expected: str
) -> None:
    found = [
        Hit("s", "gender", score, "description", text, value=value, note=findings.FIRST_NAME_NOTE)
        for value, text, score in hits
    ]
    assert decide_gender(found, None, None, shown=shown) == expected


# -- Vietnamese Văn / Thị with any family name ------------------------------------------------


@pytest.mark.parametrize(
    ("target", "gender"),
    [
        ("Quách Văn Toàn", "m"),
        ("Lạc Thị Hoa", "f"),
        ("Quach Van Toan", "u"),  # twin: unmarked "Van", a Dutch particle as often
    ],
)
def test_a_marked_vietnamese_middle_name_gives_the_gender(target: str, gender: str) -> None:
    given = findings.given_name(target)
    assert given is not None and given.gender == gender


# -- words of address of other languages before the target's name ----------------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Ate Quorvane — Quorvane Morvaque-Ong", "female"),
        ("Kuya Dastrel — Dastrel Morvaque", "male"),
        ("Mas Dastrel — Dastrel Morvaque", "male"),
        ("Mbak Quorvane — Quorvane Morvaque", "female"),
    ],
)
def test_a_word_of_address_before_the_target_gives_the_gender(title: str, expected: str) -> None:
    finding = DETECTOR.detect(model(title, tags=TAGS))
    assert finding.target_gender == expected


def test_a_word_of_address_is_read_without_its_marks() -> None:
    hits = _honorifics("s", [("name", "Ọ̀gbẹ́ni Dastrel Morvaque")])
    assert [(h.value, h.text, h.note) for h in hits] == [
        ("male", "Ogbeni Dastrel Morvaque", findings.HONORIFIC_NOTE)
    ]
    # twins: no capitalised name after it; a word that only ends like one ("climate")
    assert _honorifics("s", [("name", "ọ̀gbẹ́ni photos")]) == []
    assert _honorifics("s", [("name", "climate Change")]) == []


def test_a_word_of_address_before_someone_else_says_nothing(prior_on: None) -> None:
    # twin: "Kuya" before another name than the target's; the prior decides
    record = model(
        "Quorvane Morvaque", tags=TAGS, description="Quorvane Morvaque, with Kuya Dastrel."
    )
    assert DETECTOR.detect(record).target_gender == "female"


def test_actor_beside_her_pronoun_casts_no_male_vote() -> None:
    record = model(
        "Quorvane Tesselby",
        tags=TAGS,
        description="Quorvane Tesselby, Korean actor. Fans say her best role is the first.",
    )
    hits = DETECTOR.detect(record).hits
    assert not any(h.note == "common-gender trade" for h in hits)
    # twin: without the pronoun the trade votes
    record = model("Quorvane Tesselby", tags=TAGS, description="Quorvane Tesselby, Korean actor.")
    assert any(h.note == "common-gender trade" for h in DETECTOR.detect(record).hits)


def test_a_wrestlers_feminine_trade_gives_the_gender() -> None:
    text = "Quorvane Tesselby, luchadora. Ring photos."
    found = [h for h in DETECTOR.detect(model("X", description=" " + text)).hits]
    assert any(h.value == "female" and h.text == "luchadora" for h in found)
    # twin: the masculine form
    male = "Dastrel Tesselby, luchador. Ring photos."
    found = [h for h in DETECTOR.detect(model("X", description=" " + male)).hits]
    assert any(h.value == "male" and h.text == "luchador" for h in found)


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("Gift LoRA, Valdra, my big brother. Private.", "male"),
        ("Gift LoRA, Valdra, my little sister. Private.", "female"),
        # twin: a sibling modifier before no kinship noun says nothing
        ("Gift LoRA, Valdra, my big project. Private.", None),
    ],
)
def test_an_elder_or_younger_sibling_gives_the_gender(
    description: str, expected: str | None
) -> None:
    finding = DETECTOR.detect(model("Valdra (gift)", tags=("person",), description=description))
    said = {
        h.value
        for h in finding.hits
        if h.aspect == "gender" and h.field == "description" and h.value in ("female", "male")
    }
    assert said == ({expected} if expected else set())
