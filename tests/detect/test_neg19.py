"""Hard negatives of the nineteenth round, by kind (found by ``scripts/stress_negatives.py``):
a light-novel, webtoon or visual-novel heroine and a game-engine avatar (VRChat, MMD) said by
its medium in the title, the description or in script; a drawn character's booru prompt entered
one word a trigger; a hair or makeup concept named after a trade of fame. Each rule has a twin
that names a real person beside the same words and stays flagged, or that the rule must not
read (invented people and works only)."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.detect.signals.fiction import Fiction, _booru_hits, _drawn_medium
from dfaudit.detect.vocab import fame_type_of_person
from dfaudit.records import ModelRecord

from .conftest import model


def _named(
    title: str,
    description: str = "",
    tags: tuple[str, ...] = ("lora",),
    trained: tuple[str, ...] = (),
) -> ModelRecord:
    """A LoRA whose trigger spells the title's name (and any prompt words after it)."""
    trigger = "_".join(title.lower().split(" (")[0].split())
    return model(title, tags=tags, trained_words=(trigger, *trained), description=description)


NEGATIVES = {
    # the drawn medium in the title, in any position and bracket
    "vn_bracket": _named("Rosalind Whitlock - Sakura Gakuen Monogatari (VN)"),
    "ln_heroine": _named("Tsumugi Asagiri (朝霧紬) - LN heroine"),
    "web_novel": _named("Wanning Ye | Heaven's Lantern web novel"),
    "vrchat_avatar": _named("Tamsin Halloran (VRChat avatar)"),
    "mmd_model": _named("MMD model Hotaru Yukishiro"),
    # the medium in the description, in English and in script
    "webcomic_desc": _named(
        "Kanade Hanazono", "Route heroine Kanade from the webcomic Aether Knights. CG sprites."
    ),
    "webtoon_script": _named("Yoon Ha-eun", "영원의 레이드 웹툰 여주인공 윤하은 로라입니다."),
    # a booru prompt entered one word a trigger
    "booru_words": _named(
        "Maren Pembrooke", trained=("1girl", "heterochromia", "purple eyes", "short hair")
    ),
    "booru_solo": _named("Kotone Tokiwa", trained=("solo", "blue hair", "twintails", "cape")),
    # hair and makeup named after a trade of fame
    "idol_eyeliner": _named("K-pop idol eyeliner", tags=("makeup", "idol", "concept")),
    "starlet_curls": _named("Starlet pin curls", tags=("hairstyle", "glamour")),
}
TWINS = {
    # a real person's trade after the medium word: a writer, a streamer
    "ln_author": _named(
        "Odessa Ravensholt (light novel author)",
        "Photos of the writer Odessa Ravensholt at her book signings.",
        tags=("real person", "writer"),
    ),
    "vrchat_streamer": _named(
        "Liora Ashcombe - VRChat streamer",
        "Trained on 50 photos of the streamer Liora Ashcombe's face cam.",
        tags=("streamer", "real person"),
    ),
    # a photo model's tagger prompt: natural looks, no drawn look
    "photo_prompt": _named(
        "Delphine Marlowe-Quist",
        "Real person LoRA of the actress Delphine Marlowe-Quist, 80 photos.",
        tags=("actress", "celebrity"),
        trained=("1girl", "solo", "long hair", "black hair", "brown eyes"),
    ),
    # a named person's makeup: the name is no trade of fame
    "named_eyeliner": _named(
        "Seo-ri Han idol eyeliner",
        "The idol Seo-ri Han (LUMINA), from her concert photos.",
        tags=("kpop", "idol", "real person"),
    ),
}


@pytest.mark.parametrize("kind", sorted(NEGATIVES))
def test_negative_kind_not_flagged(detector: Detector, kind: str) -> None:
    assert not detector.detect(NEGATIVES[kind]).likeness


@pytest.mark.parametrize("kind", sorted(TWINS))
def test_twin_stays_flagged(detector: Detector, kind: str) -> None:
    assert detector.detect(TWINS[kind]).likeness


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("maren (vrchat avatar)", "vrchat"),
        ("hikari - sakura gakuen (vn)", "(vn)"),
        ("rinne - ln heroine", "ln"),
        ("from the web novel starfall", "web novel"),
        ("the donghua cloud sword", "donghua"),
        # twins: a trade after the medium, an abbreviation with no role, a word holding one
        ("light novel author odessa", None),
        ("vrchat streamer liora", None),
        ("ln 2 weights", None),
        ("hanoi vn trip", None),
        ("mmdx preset", None),
    ],
)
def test_drawn_medium(text: str, found: str | None) -> None:
    match = _drawn_medium(text)
    assert (match.group(0) if match else None) == found


def test_booru_prompt_in_one_string_or_one_word_a_trigger() -> None:
    def booru(*triggers: str) -> bool:
        return bool(_booru_hits("fiction@x", model("X", trained_words=triggers)))

    assert booru("maren, 1girl, silver hair, red eyes")
    assert booru("maren", "1girl", "silver hair", "red eyes")
    assert booru("maren", "solo", "heterochromia", "twintails")
    # twins: natural looks, or a single drawn look
    assert not booru("maren", "1girl", "long hair", "black hair", "brown eyes")
    assert not booru("maren", "solo", "pink hair")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("k-pop idol eyeliner", True),
        ("celebrity bob haircut", True),
        ("starlet pin curls v2", True),
        ("red carpet actress glam makeup", False),  # "red", "carpet": other words
        ("seo-ri han idol eyeliner", False),  # a name
        ("idol", False),  # no look word
    ],
)
def test_fame_type_hair_and_makeup(title: str, expected: bool) -> None:
    assert fame_type_of_person(title) is expected


def test_fiction_version() -> None:
    assert Fiction.version == "36"
