"""w2ea: East-Asian public figures an independent hand wrote (issue 8), with invented names and a
twin that must not fire.

* a romanised name (any order, a hyphenated given name) with its own script writing in brackets
  and a trade after it, no comma between ("<Name> (<script>) gravure / drama idol"): the
  description names its subject, so cute or uniform words of the title describe that person —
  twin: a cute uniform LoRA that names no one;
* a name in an East-Asian script (family and given name run together or apart) with a trade in
  brackets after it ("<kanji> <kana>（女性アナウンサー）のLoRAです") — twins: an anime heroine
  with a role, not a trade, in the bracket; a trade in brackets after a word the title lacks;
* a romanised Korean name with a hyphenated given name read whole ("Bin Eun-bom"), not its
  family name and first syllable — twin: a French double given name written small;
* a listed name (invented list) in a widget prompt beside the model's own trigger word — twins:
  the name far from the trigger, a longer word holding the trigger's letters.
"""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.detect.lexicon import Lexicon, parse_lexicon_text
from dfaudit.detect.signals.gazetteer import Gazetteer
from dfaudit.detect.signals.name_shape import NameShape
from dfaudit.detect.signals.named_context import NamedContext
from dfaudit.records import ModelRecord

from .conftest import model

DETECTOR = Detector()


def _lora(
    title: str, description: str, tags: tuple[str, ...] = (), words: tuple[str, ...] = ()
) -> ModelRecord:
    return model(title, description=description, tags=tags, trained_words=words)


@pytest.mark.parametrize(
    ("title", "description", "words", "target"),
    [
        (
            "Dok Ha-yeon (uniform ver.)",
            "Dok Ha-yeon (독하연) gravure / drama idol, 27세\ncute, baby face, petite\n40 pics",
            ("dok_ha_yeon",),
            "Dok Ha-yeon",
        ),
        (
            "Ha-yeon Dok (school uniform)",
            "Ha-yeon Dok (독하연) drama actress\nkawaii, cute girl\ntrained on 55 imgs",
            ("hayeondok",),
            "Ha-yeon Dok",
        ),
        (
            "Lou Qinghe (uniform ver.)",
            "Lou Qinghe（娄清禾）gravure model, born 1994\nschool uniform photoshoot",
            ("lou_qinghe",),
            "Lou Qinghe",
        ),
    ],
)
def test_a_named_idol_in_a_uniform_is_a_person(
    title: str, description: str, words: tuple[str, ...], target: str
) -> None:
    found = DETECTOR.detect(_lora(title, description, ("girl", "cute", "asian", "woman"), words))
    assert found.likeness
    assert "subject:labelled_name" in {h.feature for h in found.hits}
    assert found.target_name is not None
    assert found.target_name.replace("-", "").lower() == target.replace("-", "").lower()


def test_a_cute_uniform_lora_naming_no_one_is_no_person() -> None:
    found = DETECTOR.detect(
        _lora(
            "Cute Idol (uniform ver.)",
            "Cute idol look (school uniform) gravure style, baby face, petite\n40 pics",
            ("girl", "cute", "asian", "woman"),
            ("cute_idol_uniform",),
        )
    )
    assert not found.likeness
    assert "subject:labelled_name" not in {h.feature for h in found.hits}


@pytest.mark.parametrize(
    ("title", "description", "tag"),
    [
        ("【実写】霧ヶ峰ことね", "霧ヶ峰 ことね（女性アナウンサー）のLoRAです。\n80枚", "女性"),
        ("水無瀬遥斗 / SDXL", "水無瀬遥斗（俳優）のLoRAです。\nromaji: Haruto Minase", "男性"),
        ("독하연 LoRA", "독하연 (가수) 데이터셋 50장", "여성"),
    ],
)
def test_a_script_name_with_a_bracketed_trade_is_a_person(
    title: str, description: str, tag: str
) -> None:
    found = DETECTOR.detect(_lora(title, description, ("実写", tag)))
    assert found.likeness
    assert "subject:labelled_name" in {h.feature for h in found.hits}


@pytest.mark.parametrize(
    ("title", "description", "tags"),
    [
        # an anime heroine: her role, not a trade, in the bracket, on an anime page
        ("霧ヶ峰ことね / anime", "霧ヶ峰 ことね（ヒロイン）のLoRAです。", ("anime", "character")),
        # a trade in brackets after a word the title does not hold: no name of the subject
        ("Studio portrait LoRA", "雰囲気（女性アナウンサー）のLoRAです。", ("photo",)),
    ],
)
def test_a_role_or_an_unnamed_word_before_a_bracket_is_no_person(
    title: str, description: str, tags: tuple[str, ...]
) -> None:
    found = DETECTOR.detect(_lora(title, description, tags))
    assert "subject:labelled_name" not in {h.feature for h in found.hits}


# A listed name in a widget or sample prompt beside the model's own trigger word (gazetteer 10)
INVENTED_LIST = '["Mira Vossberg", "Brannoc Dunmore"]'


def _gazetteer_features(description: str, triggers: tuple[str, ...]) -> set[str | None]:
    lexicon = Lexicon(parse_lexicon_text(INVENTED_LIST, "poi", source="test"))
    record = model("face-lora-417-e9", description=description, trained_words=triggers)
    return {h.feature for h in Gazetteer(lexicon).hits(record) if h.aspect == "likeness"}


@pytest.mark.parametrize(
    "description",
    [
        "ohwx, mira vossberg, night market, bokeh",
        "photo of mira vossberg ohwx, studio headshot",
        "(ohwx) Brannoc Dunmore, train platform, film grain",
    ],
)
def test_a_listed_name_beside_the_trigger_is_the_subject(description: str) -> None:
    assert "gazetteer:poi" in _gazetteer_features(description, ("ohwx",))


@pytest.mark.parametrize(
    ("description", "triggers"),
    [
        # the trigger far from the name: a passing mention of the page
        ("ohwx, night market, bokeh, film grain, mira vossberg", ("ohwx",)),
        # a trigger word that only contains the letters before the name
        ("bohwx, mira vossberg, night market", ("ohwx",)),
        # no trigger at all
        ("portrait, mira vossberg, night market", ()),
    ],
)
def test_a_listed_name_away_from_the_trigger_stays_a_mention(
    description: str, triggers: tuple[str, ...]
) -> None:
    features = _gazetteer_features(description, triggers)
    assert "gazetteer:poi" not in features
    assert "gazetteer:poi:description" in features


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("Bin Eun-bom", "bin eunbom"),
        ("Bin Eun-bom LoRA", "bin eunbom"),
        ("Ha Seung-ho", "ha seungho"),
    ],
)
def test_a_hyphenated_korean_given_name_is_read_whole(title: str, key: str) -> None:
    hits = NameShape().hits(model(title))
    assert key in {h.note for h in hits if h.aspect == "target"}


def test_a_french_double_given_name_keeps_its_reading() -> None:
    hits = NameShape().hits(model("Jean-luc Picardine"))
    assert any(h.aspect == "target" for h in hits)


def _named_context_features(description: str, triggers: tuple[str, ...]) -> set[str | None]:
    record = model("face-lora-417-e9", description=description, trained_words=triggers)
    return {h.feature for h in NamedContext().hits(record) if h.aspect == "likeness"}


def test_a_name_right_after_the_trigger_in_a_widget_prompt_is_the_subject() -> None:
    assert "subject:labelled_name" in _named_context_features(
        "ohwx, mira vossberg, night market, bokeh", ("ohwx",)
    )


@pytest.mark.parametrize(
    ("description", "triggers"),
    [
        ("ohwx, night market, bokeh, film grain", ("ohwx",)),  # scene words, no name
        ("ohwx, red dress, studio headshot", ("ohwx",)),
        ("portrait, mira vossberg, night market", ()),  # no trigger to stand beside
    ],
)
def test_scene_words_after_the_trigger_name_no_one(
    description: str, triggers: tuple[str, ...]
) -> None:
    assert "subject:labelled_name" not in _named_context_features(description, triggers)
