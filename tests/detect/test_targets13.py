"""Targets of the thirteenth round: the words that introduce a name or say who the person is to
the uploader ("Meet …", "my uncle …", "Mi Esposa …", "mein Mann …"), a link word a title's
reading kept after the name ("… through the decades"), a platform word a slug joined to the
surname with a hyphen, a middle name that is an ordinary word. Each shape has a twin where the
word is the name's own or no person is named. Invented people only."""

from __future__ import annotations

import pytest

from dfaudit.detect.base import Hit
from dfaudit.detect.engine import Detector
from dfaudit.detect.findings import clean_target, ranked_target
from dfaudit.detect.names import canonical_key

from .conftest import model

DETECTOR = Detector()


def hit(field: str, score: float, text: str, value: str, note: str | None = None) -> Hit:
    return Hit("t@1", "target", score, field, text, value=value, note=note or canonical_key(value))


def cleaned(value: str) -> str | None:
    found = clean_target(value, "k")
    return None if found is None else found[0]


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("Meet Sigrun Oxlavell", "Sigrun Oxlavell"),
        ("Introducing Tamsin Rookwhistle", "Tamsin Rookwhistle"),
        ("Presenting Odalys Fenbrook", "Odalys Fenbrook"),
    ],
)
def test_a_word_that_introduces_a_name_is_no_part_of_it(value: str, name: str) -> None:
    assert cleaned(value) == name


def test_an_introducing_word_alone_names_nobody() -> None:
    assert cleaned("Meet") is None
    assert cleaned("Sigrun Oxlavell") == "Sigrun Oxlavell"  # twin: nothing to take off


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("Uncle Jorvald", "Jorvald"),
        ("My Uncle Jorvald", "Jorvald"),
        ("Auntie Leocadra", "Leocadra"),
        ("Grandma Ottoline Brisk", "Ottoline Brisk"),
        ("Stepsister Mirelda", "Mirelda"),
        ("Step-Sister Mirelda", "Mirelda"),
        ("Bestie Kaiora Olmsby", "Kaiora Olmsby"),
        ("My Cousin Brevarda", "Brevarda"),  # after a possessive even a surname-like word goes
        ("Mi Tia Carlota", "Carlota"),
    ],
)
def test_a_relatives_word_before_the_name_is_no_part_of_it(value: str, name: str) -> None:
    assert cleaned(value) == name


@pytest.mark.parametrize(
    "value",
    [
        "Son Hayeon",  # a Korean surname, no son
        "Mari Annika",  # a given name, no French husband without a possessive
        "Cousin Brevarda",  # a surname written first without a possessive
        "Tia Merriwell",  # a given name
        "Mi Na Quellbrook",  # a possessive's letters before no relative: a name's own word
    ],
)
def test_a_relatives_word_that_is_the_names_own_is_kept(value: str) -> None:
    assert cleaned(value) == value


def test_a_relatives_word_alone_names_nobody() -> None:
    assert cleaned("Uncle") is None
    assert cleaned("Auntie") is None
    assert cleaned("Nana") == "Nana"  # twin: a given name too


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("Mi Esposa Annika", "Annika"),
        ("Ma Femme Odilette", "Odilette"),
        ("Meine Frau Liesel Brandwick", "Liesel Brandwick"),
        ("Mann Anselm", "Anselm"),
        ("Moja Zona Kasimira", "Kasimira"),
        ("Min Kone Solvira", "Solvira"),
        ("Mijn Echtgenoot Bramwell", "Bramwell"),
        ("My Wife Odalys Quenby", "Odalys Quenby"),
    ],
)
def test_a_possessive_and_a_partners_word_leave_the_name(value: str, name: str) -> None:
    assert cleaned(value) == name


@pytest.mark.parametrize(
    "value",
    [
        "Freundin Quennvale",  # a partner's word before a surname, no possessive: kept
        "Kone Aminetta",  # a surname written first (the word is Norwegian for a wife)
        "Zona Kasimira",  # a given name too: only after a possessive
        "Mann Brackwell",  # a surname after it, no first name: the family name Mann first
    ],
)
def test_a_partners_word_without_a_possessive_before_no_first_name_is_kept(value: str) -> None:
    assert cleaned(value) == value


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("Peregrin Trevalcombe Through", "Peregrin Trevalcombe"),
        ("Sigrun Oxlavell At", "Sigrun Oxlavell"),
        ("Tamsin Rookwhistle In", "Tamsin Rookwhistle"),
    ],
)
def test_a_link_word_after_a_whole_name_is_no_part_of_it(value: str, name: str) -> None:
    assert cleaned(value) == name


@pytest.mark.parametrize(
    "value",
    [
        "Ada At",  # one word before it: the link word may be the name's own
        "JUNO MARLEY AT",  # capitals: initials ("AT")
        "Idony Quellhart y Bramusk",  # a particle, no link word
    ],
)
def test_a_link_word_is_kept_where_it_may_be_the_names_own(value: str) -> None:
    assert cleaned(value) == value


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("Maddowyn Vantrellick-Fansly", "Maddowyn Vantrellick"),
        ("Linnora Halvestrud-Lookalike", "Linnora Halvestrud"),
    ],
)
def test_a_platform_word_hyphened_to_the_surname_goes(value: str, name: str) -> None:
    assert cleaned(value) == name


def test_a_double_barrelled_surname_keeps_both_parts() -> None:
    assert cleaned("Kwabena Oforimah-Atta") == "Kwabena Oforimah-Atta"


def test_a_middle_name_that_is_an_ordinary_word_joins_the_titles_subject() -> None:
    hits = [
        hit("name", 0.75, "Joy Macapelwa", "Joy Macapelwa"),
        hit("file_names", 0.45, "Joy_Macapelwa", "Joy Macapelwa"),
        hit("name:whole", 0.05, "Rowena Joy Macapelwa", "Rowena Joy Macapelwa"),
    ]
    assert ranked_target(hits)[1] == "Rowena Joy Macapelwa"
    # twin: a model word where the middle name stood is no name, the name read stays
    twin = [
        hit("name", 0.75, "Joy Macapelwa", "Joy Macapelwa"),
        hit("name:whole", 0.05, "Portrait Joy Macapelwa", "Portrait Joy Macapelwa"),
    ]
    assert ranked_target(twin)[1] == "Joy Macapelwa"


def test_a_partners_first_name_in_the_description_is_the_target() -> None:
    record = model(
        "Liesora lora",
        description="<p>Entrenado con fotos de mi esposa Liesora.</p>",
        tags=(),
    )
    assert DETECTOR.detect(record).target_name == "Liesora"


def test_a_described_name_introduced_by_meet_is_the_name() -> None:
    record = model(
        "LoRA: Sigrun Oxlavell v5.0",
        description="<p>Meet Sigrun Oxlavell, a presenter from Hallowmere.</p>",
    )
    assert DETECTOR.detect(record).target_name == "Sigrun Oxlavell"


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("Ondessa Musician", "Ondessa"),
        ("Ondessa Varrowind Footballer", "Ondessa Varrowind"),
    ],
)
def test_a_trade_after_the_name_is_no_part_of_it(value: str, name: str) -> None:
    assert cleaned(value) == name


def test_a_trade_alone_or_a_surname_that_is_a_trade_is_kept() -> None:
    assert cleaned("Musician") == "Musician"  # no name before it: nothing to trim to
    assert cleaned("Ondessa Painter") == "Ondessa Painter"  # a surname too


def test_a_weather_post_before_a_surname_goes() -> None:
    hits = [hit("name", 0.1, "Weather Ferrowick", "Weather Ferrowick")]
    assert ranked_target(hits)[1] == "Ferrowick"
    # twin: a name of two words with no post is kept whole
    assert ranked_target([hit("name", 0.1, "Wenna Ferrowick", "Wenna Ferrowick")])[1] == (
        "Wenna Ferrowick"
    )


def test_a_vietnamese_title_subject_is_the_name_whole() -> None:
    hits = [
        hit("name", 0.75, "Phạm Thị", "Pham Thi"),
        hit("name", 0.75, "Mai Quyên", "Mai Quyen"),
        hit("description", 0.3, "Mai Quyên", "Mai Quyen"),
        hit("name:whole", 0.05, "Phạm Thị Mai Quyên", "Phạm Thị Mai Quyên"),
    ]
    assert ranked_target(hits)[1] == "Phạm Thị Mai Quyên"
    # twin: a Chinese name after an English one is not read as one name
    twin = [
        hit("name", 0.75, "Lan Chi", "Lan Chi"),
        hit("name:whole", 0.05, "Gigi Tantai Lan Chi", "Gigi Tantai Lan Chi"),
    ]
    assert ranked_target(twin)[1] == "Lan Chi"


def test_a_part_below_the_fuller_name_of_the_title_is_that_name() -> None:
    hits = [
        hit("trained_words", 0.04, "kanyarela", "Kanyarela"),
        hit("name", 0.1, "Kanyarela Suwandorn", "Kanyarela Suwandorn"),
    ]
    assert ranked_target(hits)[1] == "Kanyarela Suwandorn"
    # twin: a part that a name shape ranks above a fallback title keeps its own rank
    twin = [
        hit("name", 0.75, "Kanyarela Brosk", "Kanyarela Brosk"),
        hit("name", 0.1, "Kanyarela Brosk Fan", "Kanyarela Brosk Fan"),
    ]
    assert ranked_target(twin)[1] == "Kanyarela Brosk"


def test_a_katakana_given_name_is_the_dotted_whole_name() -> None:
    hits = [
        hit("name", 0.05, "オティリア・ブラッケンモア", "オティリア・ブラッケンモア"),
        hit("name", 0.1, "オティリア", "オティリア"),
    ]
    assert ranked_target(hits)[1] == "オティリア・ブラッケンモア"
    # twin: another field's part, or no dotted whole, stays as it is
    apart = [
        hit("name", 0.05, "オティリア・ブラッケンモア", "オティリア・ブラッケンモア"),
        hit("description", 0.1, "オティリア", "オティリア"),
    ]
    assert ranked_target(apart)[1] == "オティリア"


def test_an_ordinary_middle_word_before_a_first_name_is_not_joined() -> None:
    hits = [
        hit("name", 0.75, "Katya Joy", "Katya Joy"),
        hit("name:whole", 0.05, "Katya Joy Jordan", "Katya Joy Jordan"),
    ]
    assert ranked_target(hits)[1] == "Katya Joy"


def test_a_part_does_not_fold_into_a_fallback_with_a_code_after_it() -> None:
    hits = [
        hit("trained_words", 0.04, "erendra", "Erendra"),
        hit("name", 0.1, "Erendra AV", "Erendra AV"),
    ]
    assert ranked_target(hits)[1] != "Erendra AV"


def test_a_script_name_cut_before_a_particle_kana_is_the_titles_whole_name() -> None:
    hits = [
        hit("name", 0.05, "百目花ゆずは", "百目花ゆずは"),
        hit("description", 0.8, "百目花ゆず", "百目花ゆず"),
    ]
    assert ranked_target(hits)[1] == "百目花ゆずは"
    # twin: a last kana that is no particle is another name's
    twin = [
        hit("name", 0.05, "百目花ゆずか", "百目花ゆずか"),
        hit("description", 0.8, "百目花ゆず", "百目花ゆず"),
    ]
    assert ranked_target(twin)[1] == "百目花ゆず"


def test_a_name_cut_from_a_camel_cased_trigger_is_the_whole_name_as_words() -> None:
    hits = [
        hit("trained_words", 0.6, "QuáchThu", "Quach Thu"),
        hit("trained_words", 0.1, "QuáchThuHằng", "QuáchThuHằng"),
    ]
    assert ranked_target(hits)[1] == "Quách Thu Hằng"
    # twin: a camel-cased word that does not continue the name is another name
    twin = [
        hit("trained_words", 0.6, "QuáchThu", "Quach Thu"),
        hit("trained_words", 0.1, "QuáchLiênHằng", "QuáchLiênHằng"),
    ]
    assert ranked_target(twin)[1] == "Quach Thu"


def test_an_ordinary_middle_word_before_an_ordinary_word_is_not_joined() -> None:
    hits = [
        hit("name", 0.75, "Joy Macapelwa", "Joy Macapelwa"),
        hit("name:whole", 0.05, "Rowena Joy Macapelwa Chibi", "Rowena Joy Macapelwa Chibi"),
    ]
    assert ranked_target(hits)[1] == "Joy Macapelwa"
