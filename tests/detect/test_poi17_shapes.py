"""Kinds of names real people bear that the name finder read worse than invented ones (round
17): a family name that is a frequent proper noun (frequency put it among the common words, no
dictionary holds it), a family name after particles in a slug or a plain title (``de``,
``van der``, an apostrophe-less ``o``), a first name that is also a word run together with a
family name, a register's "FAMILY, Given" with a given name that is also a word, a capitalised
word the project reads as no first name after a first name, and a given name no table holds in
a slot only people fill. Each reading has a twin that must not read. Invented people only."""

from __future__ import annotations

import pytest

from dfaudit.detect import names
from dfaudit.detect.engine import Detector
from dfaudit.detect.signals.named_context import slot_person

from .conftest import model


def _pair(text: str) -> tuple[str, ...] | None:
    found = [m for m in names.find_names(text) if m.kind in ("pair", "run_together")]
    return found[0].words if found else None


def test_the_proper_word_table_holds_no_ordinary_word() -> None:
    proper = names.proper_words()
    assert proper <= names.common_words()
    for word in ("garden", "photos", "styles", "heard", "codified", "flies", "rather"):
        assert word not in proper and names.ordinary_word(word)
    assert "manchester" in proper and not names.ordinary_word("manchester")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a frequent proper noun after a first name, in a title that is nothing but the name
        ("tobias manchester [SD 1.5]", ("tobias", "manchester")),
        ("Ottilie Brisbane", ("ottilie", "brisbane")),
        # particles mark a family name in a slug or a plain title
        ("maren-de-vos-lora", ("maren", "de vos")),
        ("tomas-o-kieran-flux", ("tomas", "okieran")),
        ("ilse van der hoek v2", ("ilse", "van der hoek")),
        # a first name that is also a word, run together with a family name of no word
        ("drewmanchester_v2", ("drew", "manchester")),
        # a register's "FAMILY, Given" whose given name is also a word
        ("HADROW, Will — LoRA", ("will", "hadrow")),
        # a word the project reads as no first name, capitalised after a first name
        ("Elmer Hunter - LoRA", ("elmer", "hunter")),
    ],
)
def test_a_real_kind_of_name_is_read(text: str, words: tuple[str, ...]) -> None:
    assert _pair(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "anna-de-luxe-lora",  # a particle before an ordinary word
        "lily-de-paris",  # a place after the particle
        "leeward",  # a word first name before an ordinary word run together
        "PARIS, France",  # a gazetteer's entry
        "Emma Long Hair",  # a phrase of ordinary words after the first name
        "elmer hunter",  # the word written small: no capital marks it a name
        "Crown Princess Velmarre",  # a title, no first name
    ],
)
def test_its_twin_is_not(text: str) -> None:
    assert _pair(text) is None


def test_a_given_name_no_table_holds_counts_only_in_a_pair_of_name_words() -> None:
    # the family name a frequent proper noun no dictionary holds
    assert slot_person("taviro brisbane", strict=True) == "Taviro Brisbane"
    assert slot_person("ohwx brisbane", strict=True) is None  # a trainer's token
    assert slot_person("taviro quorvane", strict=True) is None  # two made-up words
    assert slot_person("golden retriever", strict=True) is None  # ordinary words
    assert slot_person("taviro garden", strict=True) is None  # an ordinary family word


def test_an_unlisted_given_name_in_a_prompt_slot_is_flagged_and_its_twin_is_not(
    detector: Detector,
) -> None:
    found = detector.detect(
        model(
            "portrait helper 31",
            description="Example prompt: photo of taviro brisbane, standing in a cafe",
            tags=("portrait",),
        )
    )
    assert found.likeness and found.target_name == "Taviro Brisbane"
    twin = detector.detect(
        model(
            "portrait helper 31",
            description="Example prompt: photo of ohwx brisbane, standing in a cafe",
            tags=("portrait",),
        )
    )
    assert not twin.likeness


@pytest.mark.parametrize(
    ("description", "target"),
    [
        ("this one is bettina delvaux. press photos only\nSettings", "Bettina Delvaux"),
        ("Settings below.\nthis LoRA is Margit Hadrow!", "Margit Hadrow"),
        ("meet odette kettering.\nweight 0.7", "Odette Kettering"),
    ],
)
def test_a_line_saying_whom_the_model_holds_names_its_subject(
    detector: Detector, description: str, target: str
) -> None:
    found = detector.detect(model("Portrait LoRA 621", description=description))
    assert found.likeness and found.target_name == target


@pytest.mark.parametrize(
    "description",
    [
        "this one is golden hour. soft light",  # a look
        "this is my new style.",  # no name
        "meet mira vossberg. an invented persona",  # the page says it is invented
        "this one is lake como.",  # a place
    ],
)
def test_its_twin_names_nobody(detector: Detector, description: str) -> None:
    assert not detector.detect(model("Portrait LoRA 621", description=description)).likeness
