"""Name finder, round 4: double surnames, hyphenated Korean given names, the romanised Chinese
family names of the dataset, targets shown as written. Every person here is invented."""

from __future__ import annotations

import pytest

from dfaudit.detect.base import Hit
from dfaudit.detect.names import find_names
from dfaudit.detect.signals.name_shape import NameShape, display_name
from dfaudit.detect.signals.subject_name import subject_of

from .conftest import model


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Mirela Dunsford-Kade - LoRA", ("mirela", "dunsford-kade")),
        ("Oskar Venholt-Marrow", ("oskar", "venholt-marrow")),
        ("mirela_dunsford_kettleby_v2", ("mirela", "dunsford-kettleby")),
        # a second part that is a common word is no part of the surname
        ("mirela_dunsford_photos", ("mirela", "dunsford")),
        ("Mirela Dunsford-Style", ("mirela", "dunsford")),
    ],
)
def test_a_double_surname_is_one_surname(text: str, words: tuple[str, ...]) -> None:
    found = [m for m in find_names(text) if m.kind == "pair"]
    assert [m.words for m in found] == [words]


@pytest.mark.parametrize(
    ("text", "given"),
    [
        ("Maeng Do-u | singer", "dou"),  # a one-vowel syllable, marked by the hyphen
        ("Byeon I-seul (actress)", "iseul"),
        ("Tak Sae-bom", "saebom"),  # syllables of no name in the table
    ],
)
def test_a_hyphenated_korean_given_name_is_read_by_its_syllables(text: str, given: str) -> None:
    found = find_names(text)
    assert [(m.kind, m.words[1]) for m in found] == [("romanised", given)]


@pytest.mark.parametrize("text", ["Kim Zx-qq", "Tak Sae-bomx"])
def test_hyphenated_words_that_are_no_korean_syllables_are_no_name(text: str) -> None:
    assert not [m for m in find_names(text) if m.kind == "romanised"]


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Kuang Xinyao", "kuang"),  # family names ranked in China's Latin-script names
        ("Xinyao Miao (actress)", "miao"),
        ("miaoxinyao", "miao"),
    ],
)
def test_romanised_chinese_family_names_of_the_dataset(text: str, surname: str) -> None:
    found = find_names(text)
    assert len(found) == 1
    assert found[0].words == (surname, "xinyao")


def test_a_listed_family_name_comes_before_a_rarer_one_in_run_together_pinyin() -> None:
    assert [m.words for m in find_names("xiaolanxi")] == [("xiao", "lanxi")]  # not "xi aolanxi"


def test_a_hangul_word_with_a_rare_given_names_shape_is_no_name() -> None:
    assert not find_names("이미지")  # "image": 미지 is a rare given name only


@pytest.mark.parametrize(
    ("text", "display"),
    [
        ("Byeon I-seul (actress)", "Byeon Iseul"),  # as written, not the key's "Byun"
        ("kuang-xinyao-lora", "Kuang Xinyao"),
        ("Oskar Venholt-Marrow", "Oskar Venholt-Marrow"),
        ("miaoxinyao", "Miao Xinyao"),
    ],
)
def test_a_target_is_shown_as_written(text: str, display: str) -> None:
    assert display_name(find_names(text)[0]) == display


def _name_shape_likeness(record: object) -> list[Hit]:
    return [h for h in NameShape().hits(record) if h.aspect == "likeness"]


def test_a_full_name_in_a_tag_alone_is_read_when_no_other_field_names_anyone() -> None:
    record = model("Portrait 0412", tags=("photorealistic", "mirela dunsford", "woman"))
    hits = _name_shape_likeness(record)
    assert [(h.field, h.text) for h in hits] == [("tags", "mirela dunsford")]
    target = next(h for h in NameShape().hits(record) if h.aspect == "target")
    assert target.value == "Mirela Dunsford"


@pytest.mark.parametrize(
    "tags",
    [
        ("character", "mirela dunsford", "anime"),  # a character's tags
        ("photorealistic", "mirela", "woman"),  # a first name alone
    ],
)
def test_a_tag_name_is_not_read_among_a_characters_tags_or_alone(tags: tuple[str, ...]) -> None:
    assert not _name_shape_likeness(model("Portrait 0412", tags=tags))


def test_a_tag_name_adds_nothing_when_the_model_name_holds_one() -> None:
    record = model("Oskar Venholt LoRA", tags=("mirela dunsford",))
    assert {h.field for h in _name_shape_likeness(record)} == {"name"}


def test_a_blend_listed_with_commas_after_a_blend_word() -> None:
    record = model("Face mix: Mirela Dunsford, Oskar Venholt, Kuang Xinyao")
    blend = [h for h in _name_shape_likeness(record) if h.feature.endswith(":blend")]
    assert [h.text for h in blend] == ["Mirela Dunsford, Oskar Venholt"]


def test_two_spellings_after_a_comma_are_no_blend_without_a_blend_word() -> None:
    record = model("Mirela Dunsford, Oskar Venholt")
    assert not [h for h in _name_shape_likeness(record) if h.feature.endswith(":blend")]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Yorokawa Chiharu - baby face look", ("yorokawa", "chiharu")),
        ("Chiharu Yorokawa", ("yorokawa", "chiharu")),
        ("hirotsuki_haruto_sdxl", ("hirotsuki", "haruto")),
        ("hirotsuki-haruto-flux-lora", ("hirotsuki", "haruto")),
    ],
)
def test_a_japanese_given_name_beside_a_family_name_of_romaji_shape(
    text: str, words: tuple[str, str]
) -> None:
    assert [(m.words, m.kind) for m in find_names(text)] == [(words, "romaji")]


@pytest.mark.parametrize(
    "text",
    [
        "Banana Haruto",  # a common English word
        "Adriano Haruto",  # no romaji shape
        "Yoro Haruto",  # too short to stand for a family name on its shape alone
    ],
)
def test_no_romaji_family_name_without_its_shape(text: str) -> None:
    assert not [m for m in find_names(text) if m.kind == "romaji"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # first names of the world table (not in the bundled Western one), in a text that is
        # nothing but the name beside a rare surname
        ("stamatia_vorkalidou", ("stamatia", "vorkalidou")),
        ("folasade_adebanjo_kuti", ("folasade", "adebanjo-kuti")),
    ],
)
def test_a_first_name_of_the_world_table_in_a_slug(text: str, words: tuple[str, str]) -> None:
    assert [m.words for m in find_names(text)] == [words]


@pytest.mark.parametrize(
    "text",
    [
        "stamatia_photos",  # a common word is no rare surname
        "stamatiavorkalidou",  # run together: such names cut too many words ("busi|ness")
        "a portrait of Stamatia Vorkalidou in the rain at night, film grain, 35mm",  # prose
    ],
)
def test_a_world_first_name_needs_a_short_text_and_a_rare_surname(text: str) -> None:
    assert not [m for m in find_names(text) if m.words[0] == "stamatia"]


@pytest.mark.parametrize(
    ("text", "display"),
    [
        ("Σταματία Βορκαλίδου / portrait", "Σταματία Βορκαλίδου"),
        ("Η Σταματία Βορκαλίδου είναι ηθοποιός", "Σταματία Βορκαλίδου"),
        ("Анна Велесторова", "Анна Велесторова"),
        ("נויה אלמגורי", "נויה אלמגורי"),
    ],
)
def test_a_first_name_in_greek_cyrillic_or_hebrew_script_before_a_word_of_it(
    text: str, display: str
) -> None:
    found = find_names(text)
    assert [(m.kind, display_name(m)) for m in found] == [("script", display)]


@pytest.mark.parametrize(
    "text",
    [
        "анна велесторова",  # Cyrillic in lower case: prose, not a name
        "Мария Анна",  # two first names
        "Анна Velestorova",  # two scripts
    ],
)
def test_no_script_name_without_its_shape(text: str) -> None:
    assert not [m for m in find_names(text) if m.kind == "script"]


def test_a_script_name_keeps_a_target_key_of_its_own_letters() -> None:
    record = model("Анна Велесторова")
    target = next(h for h in NameShape().hits(record) if h.aspect == "target")
    assert target.note == "анна велесторова"


def test_a_romanised_east_asian_name_in_a_lower_case_tag() -> None:
    record = model("face-lora-07", tags=("lora", "maeng do-u", "woman"))
    target = next(h for h in NameShape().hits(record) if h.aspect == "target")
    assert target.value == "Maeng Dou"


@pytest.mark.parametrize("name", ["ohwx woman", "TOK", "sks person", "Subject 0419"])
def test_a_trainers_placeholder_token_is_no_subject_name(name: str) -> None:
    assert subject_of(name) is None
