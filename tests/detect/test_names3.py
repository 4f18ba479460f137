"""Name finder, third round (issues 8 and 12): first names that are also words, names made of
ordinary words, two-syllable Chinese family names, and the cheaper search of prose lines.
Every person here is invented."""

from __future__ import annotations

import pytest

from dfaudit.detect import east_asian, names
from dfaudit.detect.engine import Detector
from dfaudit.detect.names import find_names, find_prose_names

from .conftest import model


def _pairs_of(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(m.kind, m.words) for m in find_names(text)]


def test_the_table_flags_first_names_that_are_frequent_words() -> None:
    table = names.first_names()
    assert table["can"].word and table["della"].word  # "can", Italian "of the"
    assert not table["anna"].word and not table["charles"].word  # names however often written
    assert sum(e.word for e in table.values()) < 0.1 * len(table)


@pytest.mark.parametrize(
    "text",
    [
        "you can also merge it",  # "can" a word, in lower case
        "can_opener_v2",  # a common word after it
        "works best della strength",
        "quendrix live",  # a word first name only begins a pair, never ends one
    ],
)
def test_lower_case_word_first_names_are_no_names(text: str) -> None:
    assert find_names(text) == ()


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Can Quendrow", ("can", "quendrow")),  # capitalised: the name
        ("una_delvane_v3", ("una", "delvane")),  # a rare surname-like word after it
        ("ben_keller", ("ben", "keller")),  # a surname of the tables beside it
    ],
)
def test_word_first_names_still_pair(text: str, words: tuple[str, str]) -> None:
    assert ("pair", words) in _pairs_of(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("ivy-stone-lora", ("ivy", "stone")),  # both ordinary words: the slug is only the name
        ("daisy_fox_v2", ("daisy", "fox")),
        ("Daisy Fox (SDXL) v1.0", ("daisy", "fox")),
        ("summer-quendrell-lora", ("summer", "quendrell")),  # a rare word after "summer"
        ("Bill Hadrow", ("bill", "hadrow")),  # a first name that is also a word, rare surname
    ],
)
def test_names_made_of_ordinary_words(text: str, words: tuple[str, str]) -> None:
    assert ("pair", words) in _pairs_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "rose-garden",
        "Rose Garden",
        "Crystal Palace",
        "summer-day-lora",  # a word of model making and a word surname
        "summer-dress-lora",
        "Star Wars",
        "daisy fox garden party lora",  # more than a name: the slug rule does not apply
    ],
)
def test_ordinary_word_titles_are_no_names(text: str) -> None:
    assert find_names(text) == ()


@pytest.mark.parametrize(
    ("token", "surname", "given"),
    [
        ("ouyangxue", "ouyang", "xue"),  # not "ou yangxue"
        ("shangguanwaner", "shangguan", "waner"),  # nine letters of family name
        ("simalin", "sima", "lin"),
        ("wangchenxi", "wang", "chenxi"),  # one syllable, as before
    ],
)
def test_two_syllable_chinese_family_names_run_together(
    token: str, surname: str, given: str
) -> None:
    found = east_asian.pinyin_run_together(token)
    assert found is not None
    assert (found.surname, found.given) == (surname, given)


def test_a_camel_case_model_word_is_no_given_syllable() -> None:
    (name,) = east_asian.romanised_names("Sima Lin LoRA")
    assert (name.surname, name.given) == ("sima", "lin")
    (name,) = east_asian.romanised_names("Lee Ji Eun LoRA")
    assert name.given == "jieun"


@pytest.mark.parametrize(
    "line",
    [
        "Photos of Marla Quendry, 2019, annamiller style",
        "trained on 40 photos of Park Seo-rin for SDXL",
        "王晨曦, 写真",
        "Use with ADetailer, you can also try 0.8 weight",
        "M4rla Qu3ndry in red",
        "portrait of marla quendry",
    ],
)
def test_prose_names_are_the_capitalised_names(line: str) -> None:
    prose = find_prose_names(line)
    assert all(m.capitalised for m in prose)
    assert all(m.kind not in ("run_together", "pinyin") for m in prose)
    expected = [m for m in find_names(line) if m.capitalised and m.kind != "run_together"]
    assert list(prose) == expected


def test_prose_search_skips_words_run_together() -> None:
    assert find_names("annamiller") != ()
    assert find_prose_names("annamiller") == ()


def test_ordinary_word_slug_is_likeness_with_its_target(detector: Detector) -> None:
    finding = detector.detect(model("ivy-stone-lora", tags=("woman", "female", "photo")))
    assert finding.likeness
    assert finding.target_key == "ivy stone"


def test_named_blend_of_romanised_chinese_names(detector: Detector) -> None:
    record = model("Gongsun Shuning x Park Seo-rin blend", tags=("woman", "blend"))
    assert any(h.feature == "name_shape:name:blend" for h in detector.detect(record).hits)


@pytest.mark.parametrize(
    ("slug", "kind", "words"),
    [
        ("jegal-ha-rin", "romanised", ("jegal", "harin")),  # a two-syllable Korean family name
        ("hwangbo_ha_rin_sdxl", "romanised", ("hwangbo", "harin")),
        ("photo of park_seo_rin", "romanised", ("park", "seorin")),
        ("hasumi_mio_sdxl", "romaji", ("hasumi", "mio")),
    ],
)
def test_lower_case_slug_of_a_romanised_east_asian_name(
    slug: str, kind: str, words: tuple[str, str]
) -> None:
    assert (kind, words) in _pairs_of(slug)


@pytest.mark.parametrize("slug", ["park-avenue", "kim-possible", "song-lyrics", "lee-sun-set"])
def test_lower_case_slug_of_words_is_no_east_asian_name(slug: str) -> None:
    assert find_names(slug) == ()
