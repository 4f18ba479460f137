"""A listed name found in the other forms uploaders write it (round 17, gazetteer v9).

An invented list only. Each kind of form has its twins, written the same way, that must not
fire: a name glued to a model word, a base or a trade (not to any letters), a middle given name
dropped (not a middle word that is no given name), diacritics spelled out in ASCII (not another
spelling), a one-word listed name that is one segment of a title whose other segments say what
model it is (not a segment beside a show's title)."""

from __future__ import annotations

import pytest

from dfaudit.detect.lexicon import Lexicon, parse_lexicon_text, variant_keys
from dfaudit.detect.signals.gazetteer import Gazetteer

from .conftest import model

INVENTED = (
    '["Mira Vossberg", "Liadán Öberholt", "Ysolde Marie Marrick", "Brannoc Sieverling Dunmore",'
    ' "Marisol", "Lanter"]'
)


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon(parse_lexicon_text(INVENTED, "poi", source="test"))


def _names(lexicon: Lexicon, text: str) -> set[str]:
    return {m.entry.name for m in lexicon.match(text)}


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("miravossberglora", "Mira Vossberg"),
        ("miravossberglorav_2", "Mira Vossberg"),
        ("miravossbergactress", "Mira Vossberg"),
        ("Miravossbergportrait", "Mira Vossberg"),
        ("sdxlmiravossberg", "Mira Vossberg"),
        ("fluxmiravossberg_000010", "Mira Vossberg"),
        ("vossbergmirasinger", "Mira Vossberg"),  # family name first, a trade glued
        ("Ysolde Marrick", "Ysolde Marie Marrick"),
        ("marrick_ysolde", "Ysolde Marie Marrick"),
        ("Liadan Oeberholt", "Liadán Öberholt"),
        ("liadan_oeberholt_v2", "Liadán Öberholt"),
        ("OeberholtLiadan", "Liadán Öberholt"),
        ("Liadan Oberholt", "Liadán Öberholt"),  # the mark dropped: as before
        ('Mira "Moxie" Vossberg', "Mira Vossberg"),  # a nickname quoted inside the name
        ("Mira (Moxie) Vossberg", "Mira Vossberg"),
        ("Mira “Moxie” Vossberg LoRA", "Mira Vossberg"),
    ],
)
def test_the_forms_are_found(lexicon: Lexicon, text: str, entry: str) -> None:
    assert entry in _names(lexicon, text)


@pytest.mark.parametrize(
    "text",
    [
        "miravossbergquendrix",  # no model word, base or trade glued: other letters
        "blorkmiravossberg",
        "sdxlmiravoss",  # part of the name
        "lanterns",  # an ordinary word holding a one-word entry
        "Brannoc Dunmore",  # the middle word dropped is no given name
        "Liadan Oaberholt",  # another spelling
        "Ysolde Marrickson",
        "Mira Moxie Vossberg",  # the middle word neither quoted nor a given name
        'Mira, "Moxie" and Vossberg',
    ],
)
def test_the_twins_are_not(lexicon: Lexicon, text: str) -> None:
    assert not _names(lexicon, text)


def test_variant_keys_spell_out_diacritics_and_drop_a_middle_given_name() -> None:
    assert "liadanoeberholt" in variant_keys("Liadán Öberholt")
    assert "ysoldemarrick" in variant_keys("Ysolde Marie Marrick")
    assert "brannocdunmore" not in variant_keys("Brannoc Sieverling Dunmore")


def _gazetteer_names(lexicon: Lexicon, **fields: object) -> set[str]:
    name = str(fields.pop("name", "Portrait LoRA"))
    hits = Gazetteer(lexicon).hits(model(name, **fields))
    return {h.value for h in hits if h.aspect == "target" and isinstance(h.value, str)}


@pytest.mark.parametrize(
    "fields",
    [
        {"name": "Marisol | realistic LoRA"},
        {"name": "Marisol - photoreal SDXL"},
        {"name": "Marisol | Realistic Portrait"},
        {"name": "SDXL LoRA: Marisol"},
        {"name": "Marisol's LoRA"},
        {"name": "MarisolXL"},
        {"name": "Portrait LoRA", "trained_words": ("marisollora",)},
    ],
)
def test_a_one_word_listed_name_that_is_a_title_segment_is_found(
    lexicon: Lexicon, fields: dict[str, object]
) -> None:
    assert "Marisol" in _gazetteer_names(lexicon, **fields)


@pytest.mark.parametrize(
    "fields",
    [
        {"name": "Marisol | Starlight Drift"},  # a show's character of that name
        {"name": "Marisol | Realistic Landscapes"},  # no model word beside it
        {"name": "Marisol (Starlight Drift) | LoRA"},
        {"name": "Marisol Lopez's LoRA"},  # another person of that given name
        {"name": "MarisolXYZ"},
        {"name": "beach | Marisol | sunset | LoRA | SDXL"},  # a list of words, no title
        {"name": "Portrait LoRA", "description": "Marisol | realistic LoRA"},
    ],
)
def test_the_segment_twins_are_not(lexicon: Lexicon, fields: dict[str, object]) -> None:
    assert "Marisol" not in _gazetteer_names(lexicon, **fields)
