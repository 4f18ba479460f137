"""The gender of a finding on shapes of the seventeenth round: an honorific whose name is written
with marks, a gendered word of a quoted work's title, a trade of a role played, the real name
written beside an alias, and an adjective that agrees with a trade of either gender. Each rule
has a twin that must not fire. Invented people and handles only."""

from __future__ import annotations

import pytest

from dfaudit.detect.base import Hit
from dfaudit.detect.engine import Detector
from dfaudit.detect.findings import HONORIFIC_NOTE, REAL_NAME_NOTE, decide_gender, given_name
from dfaudit.detect.signals.gender_words import (
    _quoted_title_words,
    _real_names,
    foreign_nouns,
    foreign_nouns_in,
)

from .conftest import model

# these tests ask whether a cue says a gender: without the catalog prior
pytestmark = pytest.mark.usefixtures("no_gender_prior")

DETECTOR = Detector()


# -- an honorific's name read without its marks ---------------------------------------------


def _honorific(text: str, value: str) -> list[Hit]:
    return [Hit("gender_words@28", "gender", 0.8, "name", text, value=value, note=HONORIFIC_NOTE)]


def test_an_honorific_binds_to_a_target_written_with_marks() -> None:
    # the honorific's name comes unmarked; the target keeps its tone marks
    hits = _honorific("Ogbeni Tundeola Adebanjoko", "male")
    assert decide_gender(hits, None, "Túndéọlá Adébánjókọ") == "male"
    hits = _honorific("Arabinrin Yetundeola Fasanmiye", "female")
    assert decide_gender(hits, None, "Yétúndéọlá Fásánmíyè") == "female"


def test_an_honorific_of_another_name_still_stays_out() -> None:
    # twin: the honorific names someone else than the (marked) target
    hits = _honorific("Ogbeni Kolawoleade Babatunji", "male")
    assert decide_gender(hits, None, "Yétúndéọlá Fásánmíyè") == "unknown"


# -- a gendered word of a quoted work's title ---------------------------------------------


def test_quoted_title_words() -> None:
    assert {"salt", "queen"} <= _quoted_title_words("'Ballad of the Salt Queen' (2024)")
    assert "widow" in _quoted_title_words("as seen in “The Iron Widow”, season 2")
    # a quoted nickname of one word, an apostrophe of a possessive: no title
    assert _quoted_title_words('Kalinda "Queenie" Quillaski') == frozenset()
    assert _quoted_title_words("Odile's queen costume") == frozenset()


def test_a_gendered_word_of_a_quoted_title_is_no_subject() -> None:
    finding = DETECTOR.detect(
        model(
            "Lantern of the Salt Queen — Tobias Wrenhall",
            description="<p>Tobias Wrenhall in 'Lantern of the Salt Queen' (2024), stills.</p>",
            tags=["film", "realistic"],
        )
    )
    assert not any(h.text == "queen" for h in finding.hits if h.aspect == "gender")
    assert finding.likeness and finding.target_gender == "male"


def test_a_gendered_word_of_the_title_unquoted_still_votes() -> None:
    # twin: the description quotes no title; "queen" is the uploader's word for the subject
    finding = DETECTOR.detect(
        model(
            "Salt Queen — Ashbellow",
            description="<p>Ashbellow, stage photos, 40 images.</p>",
            tags=["realistic"],
        )
    )
    assert any(h.text == "queen" for h in finding.hits if h.aspect == "gender")


# -- the trade of a role played ---------------------------------------------------------------


@pytest.mark.parametrize(
    "description",
    [
        "<p>Corvin Ashbellow's portrayal of a silent-film stuntwoman.</p>",
        "<p>Corvin Ashbellow plays a waitress in the new sitcom.</p>",
    ],
)
def test_a_trade_of_a_role_played_is_the_roles(description: str) -> None:
    finding = DETECTOR.detect(model("Corvin Ashbellow", description=description, tags=["film"]))
    assert not any(h.note == "occupation" for h in finding.hits if h.aspect == "gender")


def test_a_trade_of_the_subject_still_votes() -> None:
    # twin: the subject's own trade, no role before it
    finding = DETECTOR.detect(
        model(
            "Marisol Dettaway",
            description="<p>Marisol Dettaway, a stuntwoman from Leeds.</p>",
            tags=["film"],
        )
    )
    assert any(h.note == "occupation" and h.value == "female" for h in finding.hits)


# -- the real name beside an alias ------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "description", "gender"),
    [
        (
            "gravelandglow (YouTube creator)",
            "<p>Fioralba Gaskorrick, better known as @gravelandglow (YouTube).</p>",
            "female",
        ),
        ("@orsolaeats77 mukbang", "<p>@orsolaeats77: Orsola Quellineke's streams.</p>", "female"),
        ("Bibi (Tobias Wintingham)", "<p>Tobias Wintingham aka Bibi, minister.</p>", "male"),
        ("@pinewhistle", "<p>Benedikt Ashcombe (@pinewhistle), hiking clips.</p>", "male"),
    ],
)
def test_the_real_name_beside_an_alias_gives_its_gender(
    name: str, description: str, gender: str
) -> None:
    finding = DETECTOR.detect(model(name, description=description, tags=["influencer"]))
    assert finding.likeness and finding.target_gender == gender


def test_no_real_name_without_an_alias_relation() -> None:
    # twins: a name beside a handle with no "known as" (a photographer's credit), or a real
    # name of no gender in the tables
    assert _real_names("x", "@gravelandglow", "Photos by Fioralba Gaskorrick for @studio") == []
    assert _real_names("x", "@dandelion.daze", "Quellwyn Kobberbury aka @dandelion.daze") == []


def test_a_real_name_counts_only_for_a_one_word_target() -> None:
    # a whole-name target keeps its own given name; the real name is another's then
    hits = [Hit("g", "gender", 0.25, "description", "Tobias Wintingham", value="male",
                note=REAL_NAME_NOTE)]  # fmt: skip
    assert decide_gender(hits, None, "Bibi") == "male"
    assert decide_gender(hits, None, "Marisol Dettaway") == "female"


# -- an adjective that agrees with a trade of either gender ---------------------------------


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("cantante lirica", "female"),
        ("periodista deportivo", "male"),
        ("tenista argentina", "female"),
        ("giornalista sportivo", "male"),
    ],
)
def test_an_agreeing_adjective_gives_the_trade_its_gender(text: str, gender: str) -> None:
    assert foreign_nouns(text) and foreign_nouns(text)[0][1] == gender
    assert foreign_nouns_in(" " + text)[0][1] == gender


@pytest.mark.parametrize(
    "text",
    ["cantante profesional", "cantante de opera", "cantante para bodas", "periodista modelo"],
)
def test_no_agreement_without_an_agreeing_adjective(text: str) -> None:
    # twins: an adjective of either gender, a preposition, a noun
    assert foreign_nouns(text) == ()


def test_a_trade_tag_with_an_agreeing_adjective() -> None:
    finding = DETECTOR.detect(
        model("Avery Luskeldane", tags=["realistic", "cantante lírica", "spanish"])
    )
    assert finding.likeness and finding.target_gender == "female"


# -- a gender said of the subject's trade, a class noun apposed to its name -------------------


@pytest.mark.parametrize(
    ("description", "gender"),
    [
        ("<p>by request — female tennis player Orla Kescourt. title kept vague</p>", "female"),
        ("<p>by request — a male professional chess player, Orla Kescourt.</p>", "male"),
        ("<p>lora of TikTok girl @the.maren.show, 40 clips</p>", "female"),
        ("<p>lora of TikTok guy @the.tobias.show, 40 clips</p>", "male"),
    ],
)
def test_a_gender_said_of_the_trade_or_apposed_to_the_name(description: str, gender: str) -> None:
    hits = [
        h
        for h in DETECTOR.detect(model("Project Lumen v4", description=description)).hits
        if h.aspect == "gender" and h.note == "occupation"
    ]
    assert [h.value for h in hits] == [gender]


@pytest.mark.parametrize(
    "description",
    [
        "<p>female version of the look, 40 photos</p>",  # no trade after the adjective
        "<p>a girl in a garden, soft light</p>",  # a class noun before no name
        "<p>Works with Wonder Woman Diana outfits</p>",  # capitalised: a title, no apposition
        "<p>male and female faces, a photographer's tool</p>",  # no trade within two words
    ],
)
def test_no_gender_of_a_trade_without_its_shape(description: str) -> None:
    # twins: the same words out of that shape
    hits = DETECTOR.detect(model("Project Lumen v4", description=description)).hits
    assert not any(h.aspect == "gender" and h.note == "occupation" for h in hits)


def test_a_prompt_line_after_photo_of() -> None:
    finding = DETECTOR.detect(model("ouyangyinuo", description="photo of TOK woman, cafe window"))
    assert any(h.note == "prompt" and h.value == "female" for h in finding.hits)
    # twin: a class noun that is the prompt's object, no trigger before it
    finding = DETECTOR.detect(model("ouyangyinuo", description="photo of a cafe window"))
    assert not any(h.note == "prompt" for h in finding.hits)


# -- a handle that opens on a filler word -------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "forms", "gender"),
    [
        ("the.noemi.show", {"noemi"}, "f"),
        ("its_tobias_daily", {"tobias"}, "m"),
        ("real_odile", {"odile"}, "f"),
    ],
)
def test_a_handle_opener_is_no_given_name(target: str, forms: set[str], gender: str) -> None:
    found = given_name(target)
    assert found is not None and found.forms == forms and found.gender == gender


def test_an_opener_alone_stays_the_word() -> None:
    # twin: a one-word target is its own given name, opener or not
    found = given_name("Hi")
    assert found is not None and found.forms == {"hi"}


# -- "actor" in other languages' unmarked form ------------------------------------------------


@pytest.mark.parametrize(
    ("name", "tags"),
    [
        ("風見りんたろう（俳優）", ["japanese", "realistic"]),
        ("Indigo Marrowby", ["skuespiller", "danish"]),
    ],
)
def test_an_unmarked_actor_word_is_a_weak_male_vote(name: str, tags: list[str]) -> None:
    hits = DETECTOR.detect(model(name, tags=tags)).hits
    assert [h.value for h in hits if h.note == "common-gender trade"] == ["male"]


@pytest.mark.parametrize(
    ("name", "tags"),
    [
        ("風見りんか（女優）", ["japanese", "俳優"]),  # the feminine form beside it
        ("Indigo Marrowby", ["skuespillerinde", "danish"]),
        ("Indigo Marrowby woman", ["skuespiller"]),  # a gendered word of the title speaks
    ],
)
def test_no_weak_male_vote_beside_a_gendered_word(name: str, tags: list[str]) -> None:
    # twins: the feminine form, or another gendered word, on the page
    hits = DETECTOR.detect(model(name, tags=tags)).hits
    assert not any(h.note == "common-gender trade" for h in hits)
