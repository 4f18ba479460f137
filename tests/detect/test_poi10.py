"""Names read without a gazetteer (round 10): a name in title case whose surname is an ordinary
word ("Odette Gable") where a strong frame introduces the subject (an image's alt text, a linked
Wikipedia article, a "Subject" label, a hashtag in camel case), and a first name, a middle
initial and a surname run together in a file name ("annajkowalczyk_v10"). Each positive has a
negative twin of the same frame that names a place, a look or a thing. Invented people only."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.detect.names import find_names, titled_name_words
from dfaudit.records import ModelRecord
from dfaudit.store.normalize import normalize_civitai_model

from .conftest import model

FRAMED = [
    ("Premiere look", "(image: Odette Gable at the premiere)", "Odette Gable"),
    ("Premiere look", "(image: Odette Lively, 2019)", "Odette Lively"),
    ("Mystery face #9", "who is it? (Wikipedia: Odette Gable) hint", "Odette Gable"),
    ("famous face (real) #12", "guess who #BettinaKettle #fyp", "Bettina Kettle"),
    ("Dataset card", "Subject Odette Gable\nImages 48", "Odette Gable"),
]
FRAMED_TWINS = [
    ("Premiere look", "(image: Austin Harbour at night)"),
    ("Premiere look", "(image: Rose Garden at dusk)"),
    ("Premiere look", "(image: Golden Hour at the beach)"),
    ("Premiere look", "(image: Sydney Opera House at night)"),
    ("Mystery face #9", "who is it? (Wikipedia: Brandon Street) hint"),
    ("Mystery face #9", "who is it? (Wikipedia: Art Deco) hint"),
    ("famous face (real) #12", "guess who #GoodVibes #fyp"),
    ("famous face (real) #12", "guess who #RoseGold #fyp"),
    ("famous face (real) #12", "guess who #MondayMood #fyp"),
    ("Dataset card", "Subject Golden Hour\nImages 48"),
]


@pytest.mark.parametrize(("title", "description", "target"), FRAMED)
def test_a_titled_name_in_a_strong_frame_is_a_person(
    detector: Detector, title: str, description: str, target: str
) -> None:
    finding = detector.detect(model(title, description=description, tags=("portrait",)))
    assert finding.likeness and finding.target_name == target


@pytest.mark.parametrize(("title", "description"), FRAMED_TWINS)
def test_a_place_look_or_thing_in_the_same_frame_is_not(
    detector: Detector, title: str, description: str
) -> None:
    finding = detector.detect(model(title, description=description, tags=("portrait",)))
    assert not finding.likeness


@pytest.mark.parametrize(
    ("words", "named"),
    [
        (["odette", "gable"], True),
        (["bettina", "kettle"], True),
        (["rose", "garden"], False),  # a first name that is a word
        (["austin", "harbour"], False),  # a place
        (["odette", "style"], False),  # a word of things
        (["golden", "hour"], False),  # no first name
        (["odette", "gable", "jones"], False),  # two words only
    ],
)
def test_titled_name_words(words: list[str], named: bool) -> None:
    assert (titled_name_words(words) is not None) is named


@pytest.mark.parametrize(
    ("file_name", "target"),
    [
        ("annajkowalczyk_v10.safetensors", "Anna Kowalczyk"),
        ("sarahmjones_v10.safetensors", "Sarah Jones"),
    ],
)
def test_a_first_name_initial_and_surname_run_together_is_a_person(
    detector: Detector, file_name: str, target: str
) -> None:
    item = model("Face Study", file_names=(file_name,), tags=("realistic", "face"))
    finding = detector.detect(item)
    assert finding.likeness and finding.target_name == target


@pytest.mark.parametrize(
    "file_name",
    ["christmastree_v10.safetensors", "lisaxlarge_v10.safetensors", "sunsetxstrip.safetensors"],
)
def test_a_run_together_word_with_a_consonant_inside_is_not(
    detector: Detector, file_name: str
) -> None:
    item = model("Face Study", file_names=(file_name,), tags=("realistic", "face"))
    assert not detector.detect(item).likeness
    assert not [m for m in find_names(file_name.split(".")[0]) if m.kind == "run_together"]


def _linked(markup: str) -> ModelRecord:
    """A Civitai item whose description links somewhere, normalised as a crawl stores it."""
    raw = {
        "id": 1,
        "name": "Mystery face #9",
        "type": "LORA",
        "description": markup,
        "tags": ["portrait"],
        "modelVersions": [
            {"id": 2, "name": "v1", "files": [{"id": 3, "name": "myst9.safetensors"}]}
        ],
    }
    return normalize_civitai_model(raw).model


@pytest.mark.parametrize(
    "markup",
    [
        '<p>who is it? <a href="https://www.instagram.com/helenacorvander/">her insta</a></p>',
        '<p>who is it? <a href="https://www.instagram.com/helena.corvander/">her insta</a></p>',
        '<p>who is it? <a href="https://x.com/helena_corvander">hint</a></p>',
        '<p>who is it? <a href="https://n.example/a/1" title="Helena Corvander">hint</a></p>',
    ],
)
def test_a_link_to_a_named_profile_or_titled_with_a_name_is_a_person(
    detector: Detector, markup: str
) -> None:
    finding = detector.detect(_linked(markup))
    assert finding.likeness and finding.target_name == "Helena Corvander"


@pytest.mark.parametrize(
    "markup",
    [
        '<p>follow me on <a href="https://www.instagram.com/helenacorvander/">instagram</a></p>',
        '<p>who is it? <a href="https://www.instagram.com/goldenhourvibes/">hint</a></p>',
        '<p>who is it? <a href="https://www.instagram.com/p/helenacorvander/">hint</a></p>',
        '<p>who is it? <a href="https://n.example/a/1" title="Golden Hour">hint</a></p>',
    ],
)
def test_the_uploaders_own_link_or_one_naming_no_one_is_not(
    detector: Detector, markup: str
) -> None:
    assert not detector.detect(_linked(markup)).likeness


CHANGELOG = "".join(
    f"v{n}.0\nretrained at rank {8 * n}\nfixed color bleed\n" for n in range(6, 0, -1)
)
DESCRIBED = [
    # a label line far down a long page, below its changelog
    (
        f"Changelog\n{CHANGELOG}Dataset: 120 images.\nSubject: Ilse Varnholt (boxer).",
        "Ilse Varnholt",
    ),
    # a prompt that casts the name as a person (a Hub card's widget)
    ("Ilse Varnholt as a woman in a cafe, film photo\na portrait, soft light", "Ilse Varnholt"),
    # a trade in apposition after a label
    ("Esta vez: Ilse Varnholt, pop idol. Entrenado con 50 fotos.", "Ilse Varnholt"),
    # stills of a named person
    ("Dataset: 45 interview stills of Ilse Varnholt. Captions cleaned.", "Ilse Varnholt"),
]
DESCRIBED_TWINS = [
    f"Changelog\n{CHANGELOG}Dataset: 120 images.\nSubject: Golden Hour (lighting).",
    f"Changelog\n{CHANGELOG}Dataset: 120 images.\nSubject: Austin Harbour.",
    "Golden Hour as a backdrop in a cafe, film photo\na portrait, soft light",
    "Esta vez: Golden Hour, new palette. Entrenado con 50 fotos.",
    "Dataset: 45 interview stills of Sydney Opera House. Captions cleaned.",
]


@pytest.mark.parametrize(("description", "target"), DESCRIBED)
def test_a_name_the_page_describes_as_a_person_is_read(
    detector: Detector, description: str, target: str
) -> None:
    item = model("Portrait Study 12", description=description, tags=("realistic",))
    finding = detector.detect(item)
    assert finding.likeness and finding.target_name == target


@pytest.mark.parametrize("description", DESCRIBED_TWINS)
def test_the_same_frames_holding_no_person_are_not(detector: Detector, description: str) -> None:
    item = model("Portrait Study 12", description=description, tags=("realistic",))
    assert not detector.detect(item).likeness
