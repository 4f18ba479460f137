"""Round 17 (issue 8, fresh set 17): a title made only of a demonym and a generic person word,
in any script and order, is a type of face, whatever its tags (its demonym tag is anonymous
evidence, which the type voids); such words are never a target. Names read in descriptions
after a trade and a person word, people met at the maker's gym, creators written in script
beside a creator word of any script, a live-action actor in the description's bracket. Every
rule has a twin that must not move. Invented people only."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.detect.findings import clean_target
from dfaudit.detect.names import canonical_key
from dfaudit.detect.text import fold
from dfaudit.detect.vocab import is_type_word, type_of_person
from dfaudit.records import ModelRecord

from .conftest import model

TYPE_TAGS = ("woman", "girl", "korean", "realistic")


@pytest.mark.parametrize(
    "title",
    [
        "Korean 美女 v3",
        "Thai girl 🌸",
        "Korean face 여자 LoRA",
        "韩国美女",
        "한국 여자 v2",
        "chica coreana ✨",
        "pretty-nordic-lady-v2",
        "garota brasileira (realistic)",
        "美女 Indonesian",
    ],
)
def test_a_demonym_and_a_person_word_is_a_type(detector: Detector, title: str) -> None:
    assert type_of_person(fold(title))
    record = model(title, tags=TYPE_TAGS, description="makes a typical face of this type")
    finding = detector.detect(record)
    assert not finding.likeness
    assert finding.target_name is None or not is_type_word(fold(finding.target_name))


@pytest.mark.parametrize(
    "title",
    ["Orsolya Vendrik, Korean actress", "Korean girl Tuvessa Marlind", "Korean singer 여자"],
)
def test_a_name_or_a_trade_beside_them_is_no_type(title: str) -> None:
    assert not type_of_person(fold(title))


def test_a_named_korean_actress_stays_a_likeness(detector: Detector) -> None:
    record = model(
        "Orsolya Vendrik, Korean actress",
        tags=("korean", "actress", "celebrity"),
        trained_words=("orsolya vendrik",),
        description="Orsolya Vendrik, Korean actress. 40 photos.",
    )
    finding = detector.detect(record)
    assert finding.likeness
    assert finding.target_name == "Orsolya Vendrik"


def _request(description: str) -> ModelRecord:
    return model(
        "Request #804",
        tags=("person", "realistic"),
        trained_words=("rp_person",),
        description=description,
    )


def test_a_trade_then_a_person_word_then_a_name(detector: Detector) -> None:
    finding = detector.detect(_request("by request — news anchor, man Tobiah Quellmarsh."))
    assert finding.likeness and finding.target_name == "Tobiah Quellmarsh"
    # twin: a person word with no trade before it names no one's trade
    assert not detector.detect(_request("by request — a tall man Tobiah Quellmarsh.")).likeness


def test_a_name_then_a_gender_word_and_a_trade(detector: Detector) -> None:
    finding = detector.detect(
        _request("Model of Ysabeau Trenwick. female politician, dataset from interviews")
    )
    assert finding.likeness and finding.target_name == "Ysabeau Trenwick"
    # twin: a sentence that opens on a trade alone after the name is another sentence
    assert not detector.detect(
        _request("Model of Ysabeau Trenwick. politician style jacket, dataset")
    ).likeness


def test_someone_from_the_makers_gym(detector: Detector) -> None:
    record = model(
        "Quillon (request)",
        tags=("person", "realistic"),
        trained_words=("quillon",),
        description="request: a guy from my gym Quillon, trained on 25 pics from his facebook",
    )
    assert detector.detect(record).likeness
    # twin: a guy at a gym is a scene
    twin = model(
        "Gym scene (request)",
        tags=("person", "realistic"),
        description="request: a guy at the gym lifting, trained on 25 stock pics",
    )
    assert not detector.detect(twin).likeness


@pytest.mark.parametrize(
    ("title", "description", "tags"),
    [
        ("틱톡커 여다온 ⭐", "여다온 / daondaily. 틱톡커 여자", ("틱톡커", "여자", "creator")),
        (
            "霧坂なぎさ（インスタグラマー）",
            "女性 インスタグラマー 霧坂なぎさ, id: nagisachan",
            ("インスタグラマー", "女性"),
        ),
    ],
)
def test_a_script_creator_beside_a_creator_word(
    detector: Detector, title: str, description: str, tags: tuple[str, ...]
) -> None:
    finding = detector.detect(model(title, tags=tags, description=description))
    assert finding.likeness
    assert finding.prominence == "online_creator"


def test_a_virtual_script_creator_is_none(detector: Detector) -> None:
    record = model(
        "틱톡커 여다온 ⭐",
        tags=("여자",),
        description="여다온 / 가상 인물, 틱톡커 여자 캐릭터",
    )
    assert not detector.detect(record).likeness


def test_a_live_action_actor_in_the_descriptions_bracket(detector: Detector) -> None:
    record = model(
        "Salt Meridian - Captain Oriel [live action]",
        tags=("character", "drama", "actor"),
        trained_words=("captain_oriel",),
        file_names=("salt_meridian_captain_oriel_live_action_v1.safetensors",),
        description="K-drama Salt Meridian: Captain Oriel (Dorian Halvecroft). Screencaps 1-8",
    )
    finding = detector.detect(record)
    assert finding.likeness and finding.target_name == "Dorian Halvecroft"


def test_a_script_alias_in_brackets_is_no_actor(detector: Detector) -> None:
    record = model(
        "Nam Ye-rim LoRA [SDXL]",
        tags=("korean", "celebrity", "actress"),
        trained_words=("nam_ye_rim",),
        description="Nam Ye-rim (남예림), actress.",
    )
    finding = detector.detect(record)
    assert finding.likeness and finding.target_name == "Nam Ye-rim"


@pytest.mark.parametrize("title", ["Brinley - private", "brinley-dreambooth"])
def test_private_and_dreambooth_are_no_part_of_a_target(detector: Detector, title: str) -> None:
    record = model(
        title,
        tags=("person", "realistic"),
        description="my neighbour Brinley, commissioned, her face only. not a celeb",
    )
    finding = detector.detect(record)
    assert finding.likeness and finding.target_name == "Brinley"


def test_a_script_name_glued_to_a_trade_or_a_style_word() -> None:
    assert clean_target("符婉汐女演员lora", "x") == ("符婉汐", canonical_key("符婉汐"))
    assert clean_target("霜月ななせ風", "x")[0] == "霜月ななせ"  # type: ignore[index]
    # twins: a hanzi given name ending in 風, a name with no tail
    assert clean_target("符清風", "x") == ("符清風", "x")
    assert clean_target("符婉汐", "x") == ("符婉汐", "x")


def test_a_trade_then_pronouns_then_a_name(detector: Detector) -> None:
    finding = detector.detect(
        model(
            "Project Aubade v3",
            tags=("person", "realistic"),
            trained_words=("rp_person",),
            description="by request — singer (she/her) Ysolde Carrowick. title kept vague",
        )
    )
    assert finding.likeness and finding.target_name == "Ysolde Carrowick"


def test_a_title_part_ending_on_a_medium_word_is_the_work(detector: Detector) -> None:
    record = model(
        "Dr. Wren | Amber Quay K-drama",
        tags=("character", "tv", "actress"),
        trained_words=("dr_wren",),
        description="Sabine Okonkwell's look as Dr. Wren, Amber Quay (K-drama). she nailed it",
    )
    finding = detector.detect(record)
    assert finding.likeness and finding.target_name == "Sabine Okonkwell"


def test_a_platforms_effect_is_no_creator(detector: Detector) -> None:
    record = model(
        "快手 奶油滤镜", tags=("photo",), description="快手特效「奶油滤镜」风格，一键出片。"
    )
    assert not detector.detect(record).likeness
    # twin: the platform beside a person word is a creator
    twin = model(
        "快手小姐姐 岑雨菲", tags=("photo",), description="岑雨菲 / yufeidaily. 快手 小姐姐"
    )
    assert detector.detect(twin).likeness
