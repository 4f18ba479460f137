"""The gender of a finding on shapes of the fourteenth round's second wave: one-word Javanese
names the tables lack, read by their ending, and a pronoun after a handle written with a dot
("plum.paddles"), whose sentence the dot does not end. Each rule has a twin that must stay
unknown. Invented people and handles only."""

from __future__ import annotations

import pytest

from dfaudit.detect.base import Hit
from dfaudit.detect.engine import Detector
from dfaudit.detect.findings import (
    HONORIFIC_NOTE,
    _camel_handle_gender,
    _javanese_gender,
    decide_gender,
)
from dfaudit.detect.signals.gender_words import _subject_pronoun

from .conftest import model

# these tests ask whether a cue says a gender: without the catalog prior
pytestmark = pytest.mark.usefixtures("no_gender_prior")

DETECTOR = Detector()


# -- one-word Javanese names ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "gender"),
    [
        ("Wulansetyaningsih", "female"),  # -ningsih
        ("Endahwati", "female"),  # -wati
        ("Puspitaningtyas", "female"),
        ("Surtini", "female"),  # Su-...-i
        ("Hartawibowo", "male"),  # -wibowo
        ("Gondobroto", "male"),
        ("Sumardjo", "male"),  # Su-...-o
    ],
)
def test_a_javanese_ending_says_the_gender(word: str, gender: str) -> None:
    assert _javanese_gender(word) == gender


@pytest.mark.parametrize(
    "word",
    [
        "Sugimoto",  # twins: a Japanese family name in romaji
        "Superhero",  # an English word
        "Sunflower",
        "Brightcastle",  # no such ending
        "Wati",  # too short
        "Rani Kusumo",  # two words: the given name decides
        "Sulas-tri",  # no single word of letters
    ],
)
def test_no_javanese_ending(word: str) -> None:
    assert _javanese_gender(word) is None


@pytest.mark.parametrize(
    ("name", "description", "gender"),
    [
        (
            "Puspitaningtyas (penyanyi keroncong)",
            "<p>Penyanyi keroncong Puspitaningtyas, foto panggung dan wawancara.</p>",
            "female",
        ),
        (
            "Gondobroto (ketoprak)",
            "<p>Gondobroto, ketoprak actor from Yogyakarta, stage photos.</p>",
            "male",
        ),
    ],
)
def test_a_javanese_one_word_target(name: str, description: str, gender: str) -> None:
    finding = DETECTOR.detect(model(name, description=description, tags=["realistic", "indonesia"]))
    assert finding.likeness and finding.target_gender == gender


def test_a_one_word_target_of_no_such_ending_stays_unknown() -> None:
    # twin: the same page with a mononym of no Javanese ending
    finding = DETECTOR.detect(
        model(
            "Kembangtelon (penyanyi keroncong)",
            description="<p>Penyanyi keroncong Kembangtelon, foto panggung dan wawancara.</p>",
            tags=["realistic", "indonesia"],
        )
    )
    assert finding.likeness and finding.target_gender == "unknown"


# -- a pronoun after a handle written with a dot ------------------------------------------


@pytest.mark.parametrize(
    ("name", "description", "gender"),
    [
        ("plum.paddles", "<p>plum.paddles on IG. Trained on his kayak vlogs.</p>", "male"),
        (
            "rosemary.rides",
            "<p>rosemary.rides (YouTube). Made from his cycling videos.</p>",
            "male",
        ),
        ("basil.bakes", "<p>basil.bakes (TikTok). Her baking clips, 40 frames.</p>", "female"),
    ],
)
def test_a_pronoun_after_a_dotted_handle_is_its_owners(
    name: str, description: str, gender: str
) -> None:
    finding = DETECTOR.detect(model(name, description=description, tags=["influencer"]))
    assert finding.target_gender == gender


def test_a_dot_before_a_space_still_ends_a_sentence() -> None:
    # twin: the pronoun two sentences after the name speaks of someone else
    head = "Trained on Odile Marchetti. Captions by my brother. He cleaned them by hand."
    assert _subject_pronoun("gender_words@25", head) == []
    # the dot of a handle ends nothing: the sentence before the pronoun holds the handle
    head = "Odile Marchetti as plum.paddles. He paddles daily."
    found = _subject_pronoun("gender_words@25", head)
    assert found and "plum.paddles" in found[0].text


# -- an honorific before a role's name, the finding's target another name -----------------


def _role_page(name: str, description: str) -> str:
    finding = DETECTOR.detect(model(name, description=description, tags=["tv series"]))
    assert finding.likeness
    return finding.target_gender


@pytest.mark.parametrize(
    ("name", "description", "gender"),
    [
        (
            "Duchess Amberle (Salt Crown)",
            "<p>Salt Crown, series 3: Duchess Amberle, the look Tobias Wrenhall wore on set.</p>",
            "male",
        ),
        (
            "Lord Fenwick (The Glass Orchard)",
            "<p>The Glass Orchard: Lord Fenwick, as played by Marisol Dettaway.</p>",
            "female",
        ),
    ],
)
def test_a_roles_honorific_is_not_the_actors(name: str, description: str, gender: str) -> None:
    assert _role_page(name, description) == gender


def test_an_honorific_of_the_target_itself_still_votes() -> None:
    # twin: no other name on the page: the honorific's name is the finding's
    page = "<p>Salt Crown, series 3: Duchess Amberle. Costume photos.</p>"
    assert _role_page("Duchess Amberle (Salt Crown)", page) == "female"
    hits = [
        Hit(
            "gender_words@25",
            "gender",
            0.8,
            "name",
            "Duchess Amberle",
            value="female",
            note=HONORIFIC_NOTE,
        )
    ]
    assert decide_gender(hits, None, None, shown="Amberle Vossing") == "female"
    assert decide_gender(hits, None, None, shown="Tobias Wrenhall") == "unknown"
    assert decide_gender(hits, None, None) == "female"


# -- a one-word camel-case handle opening on a given name ---------------------------------


@pytest.mark.parametrize(
    ("handle", "gender"),
    [("MarenPlays", "female"), ("TobiasGG", "male"), ("ElodieCooks", "female")],
)
def test_a_camel_handle_opens_on_a_given_name(handle: str, gender: str) -> None:
    assert _camel_handle_gender(handle) == gender


@pytest.mark.parametrize(
    "handle",
    [
        "SummerVibes",  # twins: a word that is also a name
        "CrystalClear",
        "BrightCastle",  # no name
        "KenjiTV",  # a romanised East-Asian given name: its tables read it
        "Maren",  # one capitalised word
        "maren_plays",  # no camel case
    ],
)
def test_no_camel_handle_gender(handle: str) -> None:
    assert _camel_handle_gender(handle) is None


def test_a_camel_handle_target_on_a_streamer_page() -> None:
    page = "<p>Kick streamer MarenPlays, mostly racing games. Facecam frames.</p>"
    finding = DETECTOR.detect(model("MarenPlays (Kick)", description=page, tags=["streamer"]))
    assert finding.likeness and finding.target_gender == "female"
