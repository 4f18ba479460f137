"""East-Asian names in script and romanised, ordinary-word names, live-action roles, gender
terms and minor-risk contexts. Invented people only."""

from __future__ import annotations

import pytest

from dfaudit.detect.east_asian import (
    pinyin_run_together,
    romanise_hangul,
    romanise_kana,
    romanised_names,
    script_names,
)
from dfaudit.detect.engine import Detector
from dfaudit.detect.names import canonical_key, find_names
from dfaudit.detect.signals.minor_cues import _description_cues

from .conftest import model

DETECTOR = Detector()


def keys(text: str) -> list[str]:
    return [canonical_key(" ".join(m.words)) for m in find_names(text)]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("王晨曦", "chenxi wang"),  # hanzi: surname + given name
        ("wangchenxi_v2", "chenxi wang"),  # the same person, pinyin run together
        ("Wang Chenxi", "chenxi wang"),
        ("Chenxi Wang", "chenxi wang"),
        ("김서연", "kim seoyeon"),  # hangul → Revised Romanization
        ("Kim Seo-yeon", "kim seoyeon"),  # family name first, hyphenated given name
        ("Seo-yeon Kim", "kim seoyeon"),
        ("Kim Seo Yeon", "kim seoyeon"),
        ("SeoyeonKim", "kim seoyeon"),  # camelCase given + family
        ("Sato Hanako", "hanako sato"),
        ("Hanako Sato", "hanako sato"),
    ],
)
def test_east_asian_names_share_one_key_across_scripts_and_orders(text: str, key: str) -> None:
    assert keys(text) == [key], text


@pytest.mark.parametrize(
    "text",
    ["高清写实", "古风汉服", "이미지", "mapping", "sunshine", "Sun Set", "Long Hair"],
)
def test_words_with_a_names_shape_are_not_names(text: str) -> None:
    assert not find_names(text), text


def test_japanese_kanji_surname_with_kana_given_name_is_one_name() -> None:
    found = script_names("佐藤さくら LoRA")
    assert len(found) == 1
    assert found[0].given == "sakura"
    assert found[0].gender == "f"


def test_romanisers() -> None:
    assert romanise_hangul("서연") == "seoyeon"
    assert romanise_kana("さくら") == "sakura"
    assert romanise_kana("リナ") == "rina"
    assert romanise_kana("しょうこ") == "shouko"


def test_pinyin_run_together_needs_a_surname_and_whole_syllables() -> None:
    assert pinyin_run_together("liuqingyan") is not None
    assert pinyin_run_together("qwertyuiop") is None
    assert pinyin_run_together("changeling") is None  # an English word
    assert not romanised_names("Park Avenue")


@pytest.mark.parametrize("name", ["Elena Fox", "Clara Day", "Nina Stone", "Maya Chase"])
def test_surnames_that_are_words_survive_after_a_first_name(name: str) -> None:
    finding = DETECTOR.detect(model(name, tags=("woman",)))
    assert finding.likeness
    assert finding.target_name == name


def test_a_first_name_that_is_a_word_before_a_common_surname() -> None:
    assert keys("Daisy Marchetti") == ["daisy marcheti"]
    assert not find_names("Rose Garden")
    assert not find_names("Crystal Clear")


def test_script_name_with_likeness_tags_is_flagged_with_its_target() -> None:
    finding = DETECTOR.detect(model("刘清妍 写真 LoRA", tags=("photorealistic", "woman")))
    assert finding.likeness
    assert finding.target_key == "liu qingyan"
    assert finding.target_gender == "female"


@pytest.mark.parametrize(
    ("name", "gender"),
    [("国风美女 LoRA", "female"), ("여자 사진", "female"), ("帅哥 portrait", "male")],
)
def test_gender_terms_in_cjk_script(name: str, gender: str) -> None:
    hits = [h for h in DETECTOR.detect(model(name)).hits if h.aspect == "gender"]
    assert any(h.value == gender for h in hits)


def test_live_action_role_keeps_the_name_against_a_character_tag() -> None:
    record = model(
        "Mara Lindqvist as Captain Vey",
        tags=("character", "tv series", "sci-fi series"),
    )
    assert DETECTOR.detect(record).likeness
    drawn = model("Mara Lindqvist as Captain Vey", tags=("character", "anime", "game"))
    assert not DETECTOR.detect(drawn).likeness


@pytest.mark.parametrize(
    "text",
    [
        "negative: child, loli, old",
        "for the purpose of exploiting or harming minors in any way",
        "she is not a minor (21+)",
        "in her late teen years she moved to the city",
        "known for a teen drama series",
    ],
)
def test_youth_words_that_speak_of_no_subject_are_not_minor_cues(text: str) -> None:
    assert not _description_cues(text)


@pytest.mark.parametrize(
    "text",
    ["she is 15 years old", "a 16yo student", "photos of a child model"],
)
def test_explicit_minor_cues_are_kept(text: str) -> None:
    assert _description_cues(text)


def test_young_cute_petite_adult_is_not_minor_risk() -> None:
    record = model(
        "Seo-yeon Kim petite cute young",
        tags=("asian", "korean", "woman", "school uniform", "cute"),
        description="A cute, petite young Korean woman (25) in a school uniform costume.",
    )
    assert not DETECTOR.detect(record).minor_risk


@pytest.mark.parametrize(
    ("name", "tags", "key"),
    [
        ("Vossmira LoRA v2 [SDXL]", ("celebrity", "woman"), "vosmira"),  # a stage name
        ("露娜 写真", ("celebrity", "woman"), "luna"),
    ],
)
def test_every_likeness_finding_names_a_target(name: str, tags: tuple[str, ...], key: str) -> None:
    finding = DETECTOR.detect(model(name, tags=tags, description="Trained on photos of her."))
    assert finding.likeness
    assert finding.target_key == key


def test_a_name_shape_outweighs_the_fallback_target() -> None:
    finding = DETECTOR.detect(model("Mara Lindqvist v3 LoRA", tags=("celebrity",)))
    assert finding.target_name == "Mara Lindqvist"


@pytest.mark.parametrize("text", ["今年14岁。", "현재 13세.", "열다섯 살, 15살"])
def test_ages_under_18_in_chinese_and_korean(text: str) -> None:
    record = model("Portrait LoRA", description=text)
    assert DETECTOR.detect(record).minor_risk


def test_hangul_tags_keep_their_gender_terms() -> None:
    hits = DETECTOR.detect(model("Portrait", tags=("여배우",))).hits
    assert any(h.aspect == "gender" and h.value == "female" for h in hits)


def test_live_action_target_is_the_actor() -> None:
    record = model(
        "Captain Vey from The Glass Harbour",
        tags=("character", "tv series"),
        description="Captain Vey as played by Mara Lindqvist in The Glass Harbour.",
    )
    finding = DETECTOR.detect(record)
    assert finding.likeness
    assert finding.target_name == "Mara Lindqvist"


def test_script_surname_and_given_name_written_apart_and_hyphens() -> None:
    assert canonical_key("Kim Seo-yeon") == canonical_key("김서연") == "kim seoyeon"
    assert len(keys("佐藤 さくら")) == 1
    assert not script_names("5张照片")
