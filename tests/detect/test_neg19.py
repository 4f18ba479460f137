"""Hard negatives of the nineteenth round, by kind (found by ``scripts/stress_negatives.py``):
a light-novel, webtoon or visual-novel heroine and a game-engine avatar (VRChat, MMD) said by
its medium in the title, the description or in script; a drawn character's booru prompt entered
one word a trigger; a hair or makeup concept named after a trade of fame; a persona declared in
the title ("(OC)", "consistent character"); a house's products called by a name; a
photographer's credit, tools or trade beside the works' look; a typeface named after someone; a
type of face in script with a denial in script; an ethnicity's look made a slider. Each rule has
a twin that names a real person beside the same words and stays flagged, or that the rule must
not read (invented people and works only)."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.detect.signals.fiction import _booru_hits, _drawn_medium
from dfaudit.detect.vocab import fame_type_of_person, type_of_person
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
    "concept_bracket": _named("Celebrity balayage (concept)"),
    # a game-engine avatar
    "avatar_3d": _named("Tamsin Halloran - 3D avatar"),
    "unity_avatar": _named("Unity avatar Brielle Marlowe-Quist"),
    # the medium's abbreviation where a work's medium stands in the description
    "ln_desc": _named("Amagiri Sayori", "Iron Lotus Chronicle LN: Amagiri Sayori. Covers."),
    "vn_desc": _named("Hotaru Yukishiro", "Route heroine Hotaru from the VN Spirit Harbor."),
    # a persona declared in the title
    "oc_bracket": _named("Delphine Marlowe-Quist (OC)"),
    "oc_colon": _named("OC: Mitsuki Shirasagi"),
    "consistent_title": _named("Minazuki Ayame (consistent character)"),
    "digital_human": _named("digital human: Ha-eun Ryu"),
    # a house's products called by the name
    "product_desc": _named("Liora Halloran", "The Liora Halloran sneakers, from 30 packshots."),
    "product_tags": _named("Callista Fenwyck", tags=("cosmetics", "perfume", "fashion")),
    "perfume_title": _named("Odessa Vantreigh perfume"),
    # a photographer's credit, tools or trade beside the works' look
    "shot_by": _named("Shot by Verena Pembrooke"),
    "preset": _named("Odessa Fenwyck's Lightroom preset look"),
    "is_photographer": _named(
        "Isolde Ashcombe",
        "Isolde Ashcombe is a fashion photographer; this captures the grain of the shots.",
    ),
    "grading_after": _named(
        "Verena Fenwyck", "A colour grading inspired by the photographer Verena Fenwyck."
    ),
    # a type of face in script with a denial in script; an ethnicity's look made a tool
    "script_type": model(
        "韩系 女性 脸 lora",
        tags=("美女", "女性", "realistic"),
        description="韩系 女性 脸，通用脸型，不是特定人物",
    ),
    "ethnicity_slider": model(
        "Veyran look slider",
        tags=("ethnicity", "face"),
        description="Veyran look: ethnicity helper, face shape + skin tone",
    ),
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
    # "oc" inside a word, a real photographer whose own face the page shows
    "ocean_shoot": _named(
        "Rocio Brandtley (ocean photoshoot)",
        "The model Rocio Brandtley, 40 photos of her at the beach.",
        tags=("model", "real person"),
    ),
    "photographer_face": _named(
        "Isolde Ashcombe",
        "Isolde Ashcombe is a fashion photographer and model; 50 photos of her face, soft light.",
        tags=("real person",),
    ),
    # a real person's perfume campaign: her photos
    "perfume_face": _named(
        "Odessa Vantreigh",
        "Real person LoRA of the model Odessa Vantreigh, from 60 photos of her face.",
        tags=("model", "real person", "fashion"),
    ),
    # a real actress's page in script; a named person's ethnicity said beside her photos
    "script_actress": model(
        "韩系 女演员 한서리",
        tags=("女演员", "realistic"),
        trained_words=("한서리",),
        description="韩国女演员 한서리 的照片，训练了 60 张。",
    ),
    "ethnicity_named": _named(
        "Maren Ashcombe",
        "Photos of the model Maren Ashcombe (ethnicity: Veyran), 50 portraits of her face.",
        tags=("model", "real person"),
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
        ("3d avatar of liora", "3d avatar"),
        ("the vn spirit harbor", "vn"),
        ("iron lotus ln: amagiri", "ln"),
        ("the webtoon drama adaptation", None),
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
        ("celebrity balayage (concept)", True),
    ],
)
def test_fame_type_hair_and_makeup(title: str, expected: bool) -> None:
    assert fame_type_of_person(title) is expected


def test_type_of_person_script_looks_only_when_asked() -> None:
    assert type_of_person("韩系 女性 脸", script_looks=True)
    assert not type_of_person("韩系 女性 脸")  # (subject_cues reads the narrow form)
    assert not type_of_person("韩系 女性 한서리", script_looks=True)


def test_typeface_named_after_someone(detector: Detector) -> None:
    font = model(
        "Maren Ashcombe Grotesk lettering",
        tags=("typography", "text"),
        description="lettering in the Maren Ashcombe Grotesk typeface for posters, text only",
    )
    assert not detector.detect(font).likeness
