"""The gender of a finding on shapes of the tenth round: a man's model tagged with Civitai's
boilerplate "girl" / "woman" (the name decides, not the tags). Invented people only."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.detect.fields import unmasked
from dfaudit.detect.signals.subject_name import backwards_subject

from .conftest import model

# these tests ask whether a cue says a gender: without the catalog prior
pytestmark = pytest.mark.usefixtures("no_gender_prior")

DETECTOR = Detector()
BOILERPLATE = ("girl", "woman", "celebrity", "realistic")


def gender_of(name: str, **fields: object) -> str:
    return DETECTOR.detect(model(name, **fields)).target_gender


@pytest.mark.parametrize("name", ["Horatio Quellmarsh", "Crispin Vandermoor"])
def test_a_mans_name_outweighs_boilerplate_woman_tags(name: str) -> None:
    stem = name.lower().replace(" ", "_")
    fields = {"tags": BOILERPLATE, "description": "the singer", "file_names": (f"{stem}.st",)}
    assert gender_of(name, **fields) == "male"


def test_a_womans_name_with_the_same_tags_stays_female() -> None:
    fields = {"tags": BOILERPLATE, "description": "the singer"}
    assert gender_of("Philippa Quellmarsh", **fields) == "female"


def test_a_word_of_the_uploader_beside_the_tags_is_not_overruled() -> None:
    # "actress" in the description is the uploader's own word, not a tag: no name override
    fields = {"tags": BOILERPLATE, "description": "the actress, photos from 2019"}
    assert gender_of("Horatio Quellmarsh", **fields) != "male"


def test_a_title_word_read_as_a_first_name_does_not_overrule_tags() -> None:
    # "Prem look": one word of a title that the tables hold as a man's name; the tags decide
    fields = {"tags": ("girl", "realistic"), "trained_words": ("prem_look",)}
    assert gender_of("Premiere look v1", **fields) != "male"


def test_one_word_read_as_a_mans_name_does_not_overrule_tags() -> None:
    # "theoskarvelle" read as "Theo Skarvelle": a reading of one word, not a name written
    # as such; the tags are not overruled by it
    fields = {"tags": BOILERPLATE, "trained_words": ("theoskarvelle",)}
    found = DETECTOR.detect(model("theoskarvelle", **fields))
    assert found.target_gender != "male"


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Ysolde Tesselmanova", "female"),  # a given name the tables lack, a "-ova" surname
        ("Ysolde Tesselmann", "unknown"),  # the same given name, no such ending
    ],
)
def test_a_slavic_womans_surname_ending_speaks_when_the_given_name_cannot(
    name: str, gender: str
) -> None:
    assert gender_of(name, tags=("celebrity",)) == gender


def test_one_boilerplate_class_tag_is_not_overruled_by_the_name() -> None:
    # a single "woman" tag is a deliberate word: a woman may bear a name the tables hold as
    # a man's, so the name does not overrule it
    stem = "horatio_quellmarsh"
    fields = {"tags": ("woman", "celebrity"), "file_names": (f"{stem}.st",)}
    assert gender_of("Horatio Quellmarsh", **fields) != "male"


@pytest.mark.parametrize(
    ("description", "gender"),
    [
        ("Commissioned by a client: Isaura, his fiancée", "female"),  # the subject, apposed
        ("Commissioned by a client, his fiancée", "male"),  # no subject named: the client's
    ],
)
def test_a_relation_apposed_to_the_subject_is_the_subjects(description: str, gender: str) -> None:
    hits = [
        (h.text, h.value)
        for h in DETECTOR.detect(
            model("Commission: Isaura", tags=("person",), description=description)
        ).hits
        if h.aspect == "gender" and h.note == "relation"
    ]
    assert hits and hits[0][1] == gender


def test_cyrillic_lookalikes_in_a_latin_name_are_read_as_latin() -> None:
    # "Odіle" written with a Cyrillic і: the given name is still Odile
    assert unmasked("Od\u0456le V\u0430rnemoor") == "Odile Varnemoor"
    fields = {
        "tags": ("realistic", "celebrity"),
        "description": "Tv host. Trained on 35 photos.",
        "trained_words": ("od\u0456le v\u0430rnemoor",),
    }
    assert gender_of("Od\u0456le V\u0430rnemoor LoRA", **fields) == "female"
    # a word wholly in Cyrillic is no lookalike
    assert unmasked("\u041e\u043b\u044f Quellmoor") == "\u041e\u043b\u044f Quellmoor"


def test_a_name_written_backwards_is_read_forwards() -> None:
    # the title holds "rednalliuQ tsooJ"; read forwards it names a man
    assert backwards_subject("rednalliuQ tsooJ (read it backwards)") == "Joost Quillander"
    fields = {"tags": ("realistic", "person"), "description": "the singer, you know who"}
    plain = DETECTOR.detect(model("rednalliuQ tsooJ (read it backwards)", **fields))
    assert plain.target_gender == "male"
    # without the cue the letters are left as written
    assert backwards_subject("rednalliuQ tsooJ") is None
    assert DETECTOR.detect(model("rednalliuQ tsooJ", **fields)).target_gender != "male"
