"""w2gen: round-15 rules made general (issue 8), each with invented names and a twin that must
not fire.

* the actor of a live-action adaptation of a drawn work (webtoon, manga), named after a trade
  word of any script ("as played by 여배우 <name> (<romanised>)") — twins: a drawn character
  whose description only wishes for a live-action drama; an adaptation naming no actor;
"""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.records import ModelRecord

DETECTOR = Detector()


def _lora(
    title: str, description: str, tags: tuple[str, ...] = (), words: tuple[str, ...] = ()
) -> ModelRecord:
    return ModelRecord(
        platform="civitai",
        model_id="1",
        url="https://civitai.com/models/1",
        name=title,
        model_type="LORA",
        tags=tags,
        description=description,
        trained_words=words,
    )


@pytest.mark.parametrize(
    ("title", "description", "tags"),
    [
        (
            "Lim Do-ha (Glass Orchard drama)",
            "Live-action drama of the webtoon Glass Orchard : Lim Do-ha, as played by "
            "여배우 육지안 (Yuk Ji-an).\nTrained on 60 photos.",
            ("kdrama", "webtoon", "character"),
        ),
        (
            "Captain Reed (Tin Harbor series)",
            "Live-action series of the manga Tin Harbor: Captain Reed, as played by "
            "actor Dorian Vask.\n40 stills.",
            ("tv series", "manga", "character"),
        ),
    ],
)
def test_the_named_actor_of_a_live_action_adaptation_is_the_subject(
    title: str, description: str, tags: tuple[str, ...]
) -> None:
    found = DETECTOR.detect(_lora(title, description, tags))
    assert found.likeness
    assert "live_action:actor" in {h.feature for h in found.hits}


@pytest.mark.parametrize(
    ("title", "description", "tags"),
    [
        (
            "Lim Do-ha (Glass Orchard webtoon)",
            "Lim Do-ha from the webtoon Glass Orchard, flat colours. I hope it gets a "
            "live-action drama one day!",
            ("kdrama", "webtoon", "character"),
        ),
        (
            "Glass Orchard cafe set (drama)",
            "Live-action drama of the webtoon Glass Orchard: the cafe set and its props, "
            "no people.",
            ("kdrama", "webtoon", "background"),
        ),
    ],
)
def test_a_drawn_character_or_an_adaptation_without_an_actor_is_not(
    title: str, description: str, tags: tuple[str, ...]
) -> None:
    assert not DETECTOR.detect(_lora(title, description, tags)).likeness


# * a name written in script first with its romanisation in brackets, then a trade ("갈새림
#   (Gal Sae-rim), gravure model and actress") — the other order of miss15's rule — even when a
#   "uniform" tag says concept; twin: a script word with a bracketed Latin gloss and no trade.
@pytest.mark.parametrize(
    ("title", "description"),
    [
        (
            "갈새림 Gal Sae-rim - 制服 photobook",
            "갈새림 (Gal Sae-rim), gravure model and actress, 26세.\nOfficial photos only.",
        ),
        (
            "鷹森ゆりえ Takamori Yurie - sailor outfit",
            "鷹森ゆりえ（Takamori Yurie）, fashion model, 24歳.\nAdult model.",
        ),
    ],
)
def test_a_script_name_with_its_romanisation_in_brackets_and_a_trade(
    title: str, description: str
) -> None:
    found = DETECTOR.detect(_lora(title, description, ("cute", "uniform", "asian")))
    assert found.likeness
    assert found.target_name is not None


@pytest.mark.parametrize(
    ("title", "description"),
    [
        (
            "桜餅 Sakura Mochi - pastel palette",
            "桜餅 (Sakura Mochi), pastel palette style, soft pinks.\nNo people.",
        ),
        (
            "制服 Sailor Collar - outfit",
            "制服 (Sailor Collar), school uniform outfit concept, any character.",
        ),
    ],
)
def test_a_script_word_with_a_latin_gloss_and_no_trade_is_not(title: str, description: str) -> None:
    assert not DETECTOR.detect(_lora(title, description, ("cute", "uniform", "asian"))).likeness


# * a tool's lower-case slug whose last word is what the tool does ("mira-tagger-v3": a first
#   name and a word that is a surname too) names no person — twin: the same words written as a
#   capitalised name in a person LoRA still do.
def _hf_tool(name: str) -> ModelRecord:
    return ModelRecord(
        platform="huggingface",
        model_id=f"someorg/{name}",
        url=f"https://huggingface.co/someorg/{name}",
        name=name,
        model_type="Other",
        tags=("onnx", "tagger", "image-classification"),
        description="Booru-style tagger for dataset captioning. ONNX export included.",
    )


@pytest.mark.parametrize("name", ["joy-tagger-v4", "flo-tagger-v3", "anna-captioner-2"])
def test_a_tool_slug_ending_on_what_it_does_is_no_name(name: str) -> None:
    assert not DETECTOR.detect(_hf_tool(name)).likeness


def test_a_capitalised_name_in_a_person_lora_still_counts() -> None:
    found = DETECTOR.detect(
        _lora("Joy Tagger", "Joy Tagger, weather presenter. 40 photos.", ("woman",))
    )
    assert found.likeness


# * a name in script, then its Latin writing (a romanisation no table holds), then the trade in
#   script ("邝思菡 Kuang Szu-han — 女演員") — twin: the same opening with a look word, no trade.
@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Chuang Ching-hsuan 莊靜萱", "莊靜萱 Chuang Ching-hsuan — 女演員\n30 photos."),
        ("Chuang Ching-hsuan 莊靜萱", "莊靜萱 Chuang Ching-hsuan, 台灣女星\nTrained on 40 photos."),
    ],
)
def test_a_script_name_its_latin_writing_and_a_script_trade(title: str, description: str) -> None:
    assert DETECTOR.detect(_lora(title, description, ("taiwan", "realistic"))).likeness


@pytest.mark.parametrize(
    ("title", "description"),
    [
        (
            "Chuang Ching-hsuan 莊靜萱",
            "莊靜萱 Chuang Ching-hsuan — 写实风格\nA tea-house interior.",
        ),
        ("Chuang Ching-hsuan 莊靜萱", "莊靜萱 Chuang Ching-hsuan, 复古滤镜\nA film colour preset."),
    ],
)
def test_the_same_opening_with_a_look_word_is_not(title: str, description: str) -> None:
    assert not DETECTOR.detect(_lora(title, description, ("taiwan", "style"))).likeness


# * a word in script for a woman, a man or a trade where a label puts a name ("여자 모델 —
#   generic face LoRA", "男性 — …") is no subject's name — twin: a script name in that place is.
@pytest.mark.parametrize(
    ("title", "opening"),
    [("여자 모델 | generic face", "여자 모델"), ("男性 | generic face", "男性")],
)
def test_a_script_word_for_a_woman_or_a_man_is_no_name(title: str, opening: str) -> None:
    description = f"{opening} — generic face LoRA, no specific person. Mixes many faces."
    found = DETECTOR.detect(_lora(title, description, ("asian", "woman", "generic")))
    assert not found.likeness


def test_a_script_name_in_that_place_still_is() -> None:
    found = DETECTOR.detect(
        _lora("갈새림 | portrait", "갈새림 (Gal Sae-rim), gravure model.", ("asian", "woman"))
    )
    assert found.likeness


# * a title in capitals that a trigger word spells again ("ODA QUILLEN [FLUX] v6", trigger
#   "ODA_QUILLEN"): the capitals hide the case a name is read by — twin: a concept in capitals
#   with its trigger.
@pytest.mark.parametrize(
    ("title", "trigger"),
    [("ODA QUILLEN [FLUX] v6", "ODA_QUILLEN"), ("MIRA VANTSKE [SDXL] v2", "miravantske")],
)
def test_a_capitals_title_a_trigger_spells_again_is_a_name(title: str, trigger: str) -> None:
    found = DETECTOR.detect(_lora(title, "", ("flux",), (trigger,)))
    assert "subject:name_is_name" in {h.feature for h in found.hits}


@pytest.mark.parametrize(
    ("title", "trigger"),
    [("RED DRESS [FLUX] v6", "RED_DRESS"), ("GOLDEN HOUR [FLUX] v2", "GOLDEN_HOUR")],
)
def test_a_capitals_concept_with_its_trigger_is_not(title: str, trigger: str) -> None:
    found = DETECTOR.detect(_lora(title, "", ("flux",), (trigger,)))
    assert "subject:name_is_name" not in {h.feature for h in found.hits}
    assert not found.likeness
