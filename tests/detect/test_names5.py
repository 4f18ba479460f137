"""Name shapes of the fifth round: Japanese family names the tables lack (kanji before a kana
given name, written apart), romaji run together, Korean given-name syllables written apart in a
slug, surnames known by their ending (Cyrillic and romanised), a hyphenated surname in script,
a first name that is also a word before a common word, and targets shown as written. Every
name here is invented."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.detect.names import find_names, first_names, name_gender
from dfaudit.detect.signals.name_shape import display_name
from dfaudit.detect.signals.subject_name import SubjectName
from dfaudit.records import ModelRecord

from .conftest import model


def _found(text: str) -> list[tuple[str, tuple[str, ...], str]]:
    return [(m.kind, m.words, m.first.gender) for m in find_names(text)]


@pytest.mark.parametrize(
    ("text", "given", "gender"),
    [
        ("鷲見坂さくら", "sakura", "f"),  # three kanji the tables lack, a kana given name
        ("【鷲見坂さくら】 LoRA", "sakura", "f"),
        ("鷲見坂 千紘 | Flux", "qianhong", "f"),  # written apart: the space marks the cut
        ("鷲見坂・さくら", "sakura", "f"),
        ("鷲見河原すずね", "suzune", "f"),  # four kanji, a kana given name known in romaji
    ],
)
def test_a_kanji_family_name_the_tables_lack_before_a_given_name(
    text: str, given: str, gender: str
) -> None:
    found = find_names(text)
    assert [(m.kind, m.words[1], m.first.gender, m.origin) for m in found] == [
        ("script", given, gender, "jp")
    ]
    # shown as written: a kanji family name has no reading in the tables
    assert display_name(found[0]) == found[0].text


@pytest.mark.parametrize(
    "text",
    [
        "写真 小雪",  # "photo" and a given name: two kanji the tables lack are a word
        "可愛いさくら",  # kana after kanji that is not all kanji
        "月見里たまきは日本の女優です",  # a sentence, not a name
        "東京タワー",
    ],
)
def test_kanji_and_kana_that_are_no_name(text: str) -> None:
    assert [m.text for m in find_names(text) if m.origin == "jp"] == []


@pytest.mark.parametrize(
    ("token", "words", "gender"),
    [
        ("kuzunoharasuzune", ("kuzunohara", "suzune"), "f"),  # family name first
        ("suzunekuzunohara_lora", ("kuzunohara", "suzune"), "f"),  # given name first
        ("kotohayakushiji", ("yakushiji", "kotoha"), "f"),  # a family name of the tables wins
    ],
)
def test_romaji_run_together(token: str, words: tuple[str, str], gender: str) -> None:
    assert _found(token) == [("romaji", words, gender)]


@pytest.mark.parametrize("token", ["photorealistic", "masterpiece", "watermelon", "kawaiigirl"])
def test_words_are_no_romaji_name(token: str) -> None:
    assert _found(token) == []


@pytest.mark.parametrize(
    ("slug", "words"),
    [
        ("yeom_ga_on", ("yeom", "gaon")),  # "on" is a word, here a syllable
        ("yeom-tae-o-lora", ("yeom", "taeo")),  # a one-vowel syllable, before any pair
    ],
)
def test_korean_given_name_syllables_apart_in_a_slug(slug: str, words: tuple[str, str]) -> None:
    assert [(m.kind, m.words) for m in find_names(slug)] == [("romanised", words)]


def test_words_apart_that_are_english_words_are_no_korean_name() -> None:
    assert find_names("lee-sun-set") == ()


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("Вельмира Остраховская LoRA", "f"),
        ("Ратибор Остраховский", "m"),
        ("Velmira Ostrakhovskaya - LoRA", "f"),
        ("velmira-ostrakhovskaya", "f"),
        ("Tamriko Zedginidzeshvili", "u"),
    ],
)
def test_a_surname_known_by_its_ending(text: str, gender: str) -> None:
    found = find_names(text)
    assert len(found) == 1
    assert found[0].first.gender == gender
    assert display_name(found[0]).replace("-", " ").lower() == found[0].text.replace(
        "-", " "
    ).lower().removesuffix(" lora")


@pytest.mark.parametrize(
    "text",
    [
        "Русская Красавица",  # an adjective and a noun
        "Новая Остраховская",  # an adjective before a surname-shaped word
        "Ратибор Остраховская",  # a man's first name before a woman's surname: no pair
        "Russian beauty Ostrakhovskaya",
    ],
)
def test_words_before_a_surname_ending_are_no_name(text: str) -> None:
    assert find_names(text) == ()


def test_a_hyphenated_surname_in_hebrew_script_is_one_surname() -> None:
    # a first name of the world table, then a double surname: not "<second first name> <rest>"
    found = find_names("נויה בן-אלמגורי ✨")
    assert [(m.kind, m.text) for m in found] == [("script", "נויה בן-אלמגורי")]
    assert found[0].first.gender == "f"


def test_a_word_first_name_before_a_common_word_is_no_pair() -> None:
    assert find_names("Sunday Photos") == ()
    # before a surname of the tables it still is one
    assert [m.words for m in find_names("Sunday Stone")] == [("sunday", "stone")]


def _record(name: str, description: str) -> ModelRecord:
    return model(name, tags=("photography",), description=description, trained_words=("ohwx",))


def test_a_name_in_the_description_gives_its_gender() -> None:
    hits = SubjectName().hits(_record("Muse", "Trained on 40 photos of Rosalind Vannister."))
    assert [(h.aspect, h.value) for h in hits] == [
        ("target", "Rosalind Vannister"),
        ("gender", "female"),
    ]


def test_a_name_shaped_place_in_the_description_gives_no_gender() -> None:
    hits = SubjectName().hits(_record("Muse", "A singer from Santo Domingo, in her studio."))
    assert all(h.aspect != "gender" for h in hits)


def test_a_script_name_is_the_target_as_written(detector: Detector) -> None:
    record = _record("鷲見坂さくら LoRA", "鷲見坂さくらは日本の女優です。")
    assert detector.detect(record).target_name == "鷲見坂さくら"


@pytest.mark.parametrize(
    ("word", "gender"),
    [
        ("blythe", "f"),  # u in the strict table, leaning female in both sources
        ("maricel", "f"),
        ("fenella", "f"),  # too rare for the first-name table, clear in names-dataset
        ("briar", "u"),  # the two sources disagree
        ("anna", "f"),  # the strict table's own letter
    ],
)
def test_the_gender_of_a_first_name_already_taken_as_one(word: str, gender: str) -> None:
    assert name_gender(word) == gender


def test_the_gender_tables_never_find_a_name() -> None:
    # "Fenella" is only in the gender-only table: no pair is read from it
    assert first_names().get("fenella") is None
    assert [m.kind for m in find_names("fenella_sarrwick")] == []


def test_a_subject_first_and_surname_gives_its_gender() -> None:
    hits = SubjectName().hits(_record("Fenella Sarrwick (v2)", "works at 0.7"))
    # (the title's subject read whole, a mark for findings, aside: subject_name 12)
    hits = [h for h in hits if h.field != "name:whole"]
    assert [(h.aspect, h.value) for h in hits] == [
        ("target", "Fenella Sarrwick"),
        ("gender", "female"),
    ]
    # a one-word stage name or a handle says nothing of gender
    hits = SubjectName().hits(_record("Kestrivane", "works at 0.7"))
    assert [h.aspect for h in hits] == ["target"]


def test_a_leaning_first_name_votes_in_a_pair(detector: Detector) -> None:
    record = model("Blythe Harrowgate", tags=("photography",), description="portrait lora")
    finding = detector.detect(record)
    assert finding.target_gender == "female"


@pytest.mark.parametrize("token", ["kuzunoharaSuzune"])
def test_romaji_in_camel_case_is_not_read_run_together(token: str) -> None:
    # drawn characters' names are written so far more often than people's
    assert [m for m in find_names(token) if m.kind == "romaji"] == []
    # (each part capitalised, "SuzuneKuzunohara", it is read as its words apart since the
    # eighth round: in the real 2023 catalog such tokens were Civitai-flagged people about as
    # often as fiction-tagged characters, and the fiction tags decide: tests/detect/test_recall8)
