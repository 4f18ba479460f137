"""Stress the detector's precision by negative kind: many hard negatives written in memory.

Each *kind* of model that is not a real person's likeness (anime and game characters with full
East-Asian person names in Latin letters and in script, VTuber avatars, realistic checkpoints and
merges named with person-like words, clothing/pose/lighting/filter LoRAs tagged girl/woman/
korean/japanese, invented "consistent characters" and AI influencers beside relation-like words,
doll/mannequin/statue likeness, artists' and photographers' styles, places/brands/vehicles named
like people, generic look-alike types, live-action creatures) is drawn many times from its own
vocabulary with many wordings, and placed in the record in several *field layouts* (where the
evidence of the kind sits: the title, the tags, the description, everywhere). A few *twin* kinds
are real people written next to the same words (an idol whose name sounds like a character but
with photo evidence, a streamer's own face, an invented actor playing a role): their recall shows
that a precision fix did not cost the real pages.

Prints, per kind and per layout, the false-flag rate (twins: the recall) with 95 % intervals,
without and with Civitai's POI list (``../shared``; skipped when absent). Every name here is
invented; nothing is written anywhere. Seeded and deterministic.

Run from the repository root::

    PYTHONPATH=src:scripts .venv/bin/python scripts/stress_negatives.py
    PYTHONPATH=src:scripts .venv/bin/python scripts/stress_negatives.py -n 120 --show anime_ea 10
    PYTHONPATH=src:scripts .venv/bin/python scripts/stress_negatives.py --kinds vtuber --no-poi
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from gazetteer_forms import poi_detector

from dfaudit.detect.engine import Detector
from dfaudit.detect.evaluate import Rate
from dfaudit.records import ModelRecord

SEED = 18
LAYOUTS = ("title", "tags", "desc", "all")


def _split(text: str) -> tuple[str, ...]:
    """The items of a table written as text, separated by "|"."""
    return tuple(" ".join(item.split()) for item in text.split("|"))


def _pairs(text: str) -> tuple[tuple[str, str], ...]:
    """(Latin form, script form) pairs written as ``Latin:script`` words."""
    return tuple((latin, script) for latin, _, script in (w.partition(":") for w in text.split()))


# ---- invented name parts (Latin form, script form) ----

JA_FAMILY = _pairs(
    """
    Hoshizora:星空 Tsukikage:月影 Amagiri:天霧 Kurogane:黒鉄 Shirasagi:白鷺 Minazuki:水無月
    Kazamatsuri:風祭 Hanazono:花園 Sakuraba:桜庭 Yukishiro:雪代 Aoba:青葉 Kiritani:桐谷
    Mikazuki:三日月 Hinomiya:日ノ宮 Asagiri:朝霧 Tokiwa:常盤
    """
)
JA_GIVEN = _pairs(
    """
    Hikari:ひかり Rinne:りんね Kotone:琴音 Mahiro:まひろ Shizuku:雫 Yuzuha:柚葉
    Akane:茜 Sayori:さより Tsumugi:紬 Hotaru:蛍 Kanade:奏 Mitsuki:美月
    Nagisa:渚 Ayame:あやめ Rio:莉緒 Suzuran:すずらん
    """
)
KO_FAMILY = _pairs(
    """
    Han:한 Seo:서 Yoon:윤 Baek:백 Min:민 Ryu:류
    Kang:강 Jang:장 Oh:오 Shin:신
    """
)
KO_GIVEN = _pairs(
    """
    Seo-ri:서리 Ha-eun:하은 Da-on:다온 Yu-na:유나 Ji-ah:지아 Bo-ram:보람
    Ga-eun:가은 Ri-na:리나 Se-bin:세빈 Ye-rin:예린
    """
)
ZH_FAMILY = _pairs(
    """
    Su:苏 Mo:墨 Bai:白 Ye:叶 Lu:陆 Yun:云
    Gu:顾 Shen:沈 Lan:蓝 Qin:秦
    """
)
ZH_GIVEN = _pairs(
    """
    Qingyue:青月 Xiaoxue:小雪 Ruoxi:若汐 Lingshuang:凌霜 Wanning:晚宁 Yaoyao:瑶瑶
    Zhiruo:芷若 Mengyao:梦瑶 Xinyi:心怡 Yuqing:雨晴
    """
)
WEST_GIVEN = _split(
    """
    Maren | Odessa | Liora | Tamsin | Isolde | Callista | Wrenna | Saoirse | Delphine | Ottilie |
    Rosalind | Brielle | Noemi | Verena | Solenne
    """
)
WEST_FAMILY = _split(
    """
    Vantreigh | Ashcombe | Drummarck | Fenwyck | Halloran | Kestrelle | Marlowe-Quist |
    Pembrooke | Ravensholt | Tillinghast | Vossberg | Whitlock
    """
)

SERIES = _split(
    """
    Aether Knights | Moonlit Requiem | Starfall Academy | Crimson Tide Online | Project Lumina |
    Hoshi no Uta | Ginga Tenshi Rune | Eternal Raid | Cloud Sword Saga | Neon Drift Zero |
    Azure Bloom | Blade of Seven Seas | Sakura Gakuen Monogatari | Phantom Tactics |
    Heaven's Lantern | Spirit Harbor | Iron Lotus Chronicle
    """
)
SERIES_SCRIPT = ("星詠みの歌", "天使のリンネ", "蒼の学園", "영원의 레이드", "云剑传说", "幻影战记")
GAME_WORDS = _split(
    """
    gacha game | game | mobile game | visual novel | JRPG | otome game | rhythm game | MMORPG |
    light novel | anime | manga | manhwa | webtoon | donghua | anime series | tactics RPG
    """
)
CHAR_TAGS = _split(
    """
    anime | character | game character | anime girl | waifu | manga | videogame | girls | woman |
    cute | fanart | genshin style | manhwa | anime character | game | 2d | illustration | 1girl
    """
)
NEUTRAL_DESC = (
    "Recommended weight 0.6-0.8, clip skip 2.",
    "Trained on 40 images, 10 epochs, works best with hires fix.",
    "Use with a good VAE. Feedback welcome!",
    "v2: cleaner outlines, fewer artifacts.",
    "sampler DPM++ 2M Karras, 25 steps, cfg 6",
    "Please post your images in the gallery ❤",
)
NEUTRAL_TAGS = ("lora", "sd 1.5", "sdxl", "pony", "flux", "v2", "lycoris")
TRADE_REAL = ("singer", "actress", "idol", "model", "streamer", "dancer", "k-pop idol")


def pick(rng: random.Random, pool: Sequence[str]) -> str:
    return pool[rng.randrange(len(pool))]


def pick_pair(rng: random.Random, pool: Sequence[tuple[str, str]]) -> tuple[str, str]:
    return pool[rng.randrange(len(pool))]


def east_asian_name(rng: random.Random) -> tuple[str, str, str, str]:
    """(full Latin name in some order, given name, script name, culture)."""
    culture = pick(rng, ("ja", "ja", "ko", "zh"))
    family_pool, given_pool = {
        "ja": (JA_FAMILY, JA_GIVEN),
        "ko": (KO_FAMILY, KO_GIVEN),
        "zh": (ZH_FAMILY, ZH_GIVEN),
    }[culture]
    fam, fam_s = pick_pair(rng, family_pool)
    giv, giv_s = pick_pair(rng, given_pool)
    order = rng.random()
    latin = f"{fam} {giv}" if order < 0.5 else f"{giv} {fam}"
    if rng.random() < 0.15:
        latin = latin.upper()
    elif rng.random() < 0.15:
        latin = latin.lower().replace(" ", "_")
    return latin, giv, fam_s + giv_s, culture


def trigger_of(text: str, rng: random.Random) -> str:
    token = "_".join(text.lower().replace("-", " ").split())
    return token if rng.random() < 0.7 else token + pick(rng, ("_v1", "_lora", "1", "_xl"))


# ---- one spec per generated model: the subject, and the kind's evidence per field ----


@dataclass
class Spec:
    subject: str  # the title without the kind's words
    title_kind: str  # the title with them
    kind_tags: list[str]
    kind_desc: str
    model_type: str = "LORA"
    trained: list[str] = field(default_factory=list)
    base_tags: list[str] = field(default_factory=list)
    likeness: bool = False  # a twin (a real person) when true


Gen = Callable[[random.Random], Spec]


def gen_anime_ea(rng: random.Random) -> Spec:
    latin, given, script, _ = east_asian_name(rng)
    series = pick(rng, SERIES if rng.random() < 0.8 else SERIES_SCRIPT)
    word = pick(rng, GAME_WORDS)
    forms = (
        f"{latin} - {series}",
        f"{latin} ({series})",
        f"{script} | {series}",
        f"{latin} ({script}) - {series}",
        f"{latin} from {series}",
        f"[{series}] {latin}",
        f"{series} - {latin} | {pick(rng, ('3 outfits', 'all skins', 'default outfit'))}",
        f"{script}（{series}）",
        f"{latin} / {script} [{word}]",
        f"{given} ({series} {word})",
    )
    desc = pick(
        rng,
        (
            f"{latin} from the {word} {series}. Trigger word included.",
            f"Character LoRA of {latin} ({script}), heroine of {series}.",
            f"{script} from {series}. "
            + pick(rng, ("Her default outfit and her swimsuit.", "Two outfits.", "Fan art LoRA.")),
            f"My favourite {word} girl, {given}, from {series}!",
            f"{latin} is a playable character in {series}, a {word}.",
            f"{series}の{script}です。",
            f"{series} 캐릭터 {script} 로라입니다.",
        ),
    )
    tags = rng.sample(CHAR_TAGS, 3) + [series.lower()]
    return Spec(
        latin if rng.random() < 0.7 else f"{latin} ({script})",
        pick(rng, forms),
        tags,
        desc,
        trained=[trigger_of(latin, rng)],
    )


def gen_anime_west(rng: random.Random) -> Spec:
    name = f"{pick(rng, WEST_GIVEN)} {pick(rng, WEST_FAMILY)}"
    series = pick(rng, SERIES)
    word = pick(rng, ("game", "cartoon", "comic", "animated series", "video game", "RPG"))
    forms = (
        f"{name} - {series}",
        f"{name} ({series} {word})",
        f"{name} from {series}",
        f"{series}: {name}",
        f"{name} | {word} character",
    )
    desc = pick(
        rng,
        (
            f"{name}, the protagonist of the {word} {series}.",
            f"Character LoRA: {name} from {series}.",
            f"{name} ({series}). Includes her armor and casual outfit.",
        ),
    )
    return Spec(
        name, pick(rng, forms), rng.sample(CHAR_TAGS, 3), desc, trained=[trigger_of(name, rng)]
    )


def gen_vtuber(rng: random.Random) -> Spec:
    latin, given, script, culture = east_asian_name(rng)
    persona = pick(
        rng,
        (
            latin,
            given,
            f"{given} {pick(rng, ('Ch.', 'Channel', 'ch'))}",
            pick(rng, WEST_GIVEN) + " " + pick(rng, ("Nocturne", "Starling", "Moonveil")),
        ),
    )
    agency = pick(rng, ("Prismlive", "Nijigen Stars", "VShojo-like indie", "Aurora Live", "indie"))
    forms = (
        f"{persona} (VTuber)",
        f"{persona} [{agency}] VTuber",
        f"{persona} - Vtuber avatar",
        f"Vtuber {persona}",
        f"{persona} | {agency} | 2.0 model",
        f"{script} (Vtuber)",
        f"{persona} vtuber outfit",
    )
    desc = pick(
        rng,
        (
            f"LoRA of the VTuber {persona} from {agency}, her 2.0 Live2D model.",
            f"{persona} is a virtual youtuber ({agency}). Avatar outfit, twin tails.",
            f"Fan LoRA of {persona}'s vtuber avatar. Trigger: {trigger_of(given, rng)}",
            f"バーチャルYouTuber {script} のLoRAです。",
        ),
    )
    tags = rng.sample(
        (
            "vtuber",
            "virtual youtuber",
            "hololive",
            "anime",
            "character",
            "streamer",
            "live2d",
            "girl",
            "avatar",
        ),
        3,
    )
    if "vtuber" not in tags and "virtual youtuber" not in tags:
        tags.append("vtuber")
    return Spec(persona, pick(rng, forms), tags, desc, trained=[trigger_of(given, rng)])


def gen_checkpoint(rng: random.Random) -> Spec:
    core = pick(
        rng,
        (
            "Real Girl",
            "Asian Beauty",
            "Korean Doll",
            "Idol Face",
            "Pure Lady",
            "Sweet Girl",
            "Beauty Queen",
            "Japanese Girl",
            "Asian Mix",
            "K-Beauty",
            "Lady Luna",
            "Miss Aurora",
            "Belle",
            "Angel Face",
            "Dream Girl",
            "Soft Muse",
            "Yuki Real",
            "Hana Realistic",
            "Mei Photon",
            "Seoul Girl",
        ),
    )
    suffix = pick(rng, ("Mix", "Merge", "Realistic", "Photon", "XL", "v3", "Realism", "Blend"))
    ver = pick(rng, ("v1.0", "v2", "V5.1", "_v7", "", "Final", "[baked vae]"))
    subject = f"{core} {suffix} {ver}".strip()
    desc = pick(
        rng,
        (
            f"{subject} is a merge of realistic checkpoints for beautiful asian portraits.",
            "A photorealistic checkpoint merge. Good at korean and japanese women, skin detail.",
            "Merged from several realistic models. Recommended: hires fix, DPM++ SDE Karras.",
            "Realistic model for pretty girls, cosplay and portraits. Baked VAE.",
            "写实模型，适合亚洲美女人像。",
        ),
    )
    tags = rng.sample(
        (
            "photorealistic",
            "realistic",
            "base model",
            "checkpoint",
            "asian",
            "korean",
            "japanese",
            "woman",
            "girl",
            "beautiful",
            "portraits",
            "merge",
        ),
        4,
    )
    return Spec(subject, subject, tags, desc, model_type="Checkpoint")


def gen_clothing(rng: random.Random) -> Spec:
    thing = pick(
        rng,
        (
            "Hanbok",
            "Sailor school uniform",
            "Office lady suit",
            "Qipao",
            "Kimono",
            "Yukata",
            "Lace dress",
            "Idol stage outfit",
            "Korean street fashion",
            "Gym wear",
            "Nurse outfit",
            "Wedding gown",
            "Knit sweater",
            "Bikini",
            "Standing pose",
            "Hand on hip pose",
            "Selfie pose",
            "Rim lighting",
            "Golden hour light",
            "Instagram filter",
            "Film grain filter",
            "Studio flash lighting",
            "Makeup: idol",
            "Douyin makeup",
            "Gyaru makeup",
            "Red lipstick",
            "Ulzzang style",
            "Cafe background",
            "Mirror selfie",
            "Bokeh background",
        ),
    )
    who = pick(
        rng,
        (
            "korean girl",
            "japanese woman",
            "asian woman",
            "girl",
            "woman",
            "lady",
            "chinese girl",
            "idol",
            "cute girl",
            "model",
        ),
    )
    forms = (
        f"{thing} | {who}",
        f"{thing} for {who}",
        f"[{who}] {thing}",
        f"{thing} LoRA",
        f"{thing} ({who})",
        f"{who} {thing}",
    )
    desc = pick(
        rng,
        (
            f"{thing} concept. Works on any {who}.",
            f"A {thing.lower()} LoRA trained on photos of {who}s, not a specific person.",
            f"Adds {thing.lower()} to your {who} generations. weight 0.6.",
            f"{thing}. Tested with realistic checkpoints on {who}.",
        ),
    )
    tags = rng.sample(
        (
            "clothing",
            "outfit",
            "pose",
            "lighting",
            "girl",
            "woman",
            "korean",
            "japanese",
            "asian",
            "fashion",
            "photography",
            "instagram",
            "makeup",
            "concept",
            "sexy",
            "cute",
        ),
        4,
    )
    return Spec(thing, pick(rng, forms), tags, desc, trained=[trigger_of(thing, rng)])


def gen_consistent(rng: random.Random) -> Spec:
    if rng.random() < 0.5:
        name = pick(rng, WEST_GIVEN) + (" " + pick(rng, WEST_FAMILY) if rng.random() < 0.5 else "")
    else:
        latin, given, _, _ = east_asian_name(rng)
        name = latin if rng.random() < 0.5 else given
    kind = pick(
        rng,
        (
            "AI influencer",
            "consistent character",
            "original character",
            "OC",
            "virtual model",
            "AI model",
            "digital human",
            "virtual influencer",
            "AI girlfriend",
            "this person does not exist",
            "fictional woman",
            "made-up person",
            "AI idol",
        ),
    )
    rel = pick(
        rng,
        (
            "my waifu",
            "your girlfriend",
            "my AI girlfriend",
            "your virtual wife",
            "my girl",
            "our muse",
            "your dream girl",
            "my OC",
        ),
    )
    forms = (
        f"{name} - {kind}",
        f"{name} ({kind})",
        f"{kind}: {name}",
        f"{name} | {rel}",
        f"{name}, {rel} ({kind})",
        f"{rel} {name} - {kind}",
        f"{name} [{kind}] v2",
    )
    desc = pick(
        rng,
        (
            f"{name} is {rel}, a {kind} I made. She does not exist.",
            f"{name}: an invented face for a consistent character across images. "
            "Not a real person.",
            f"Meet {name}, {rel}! An AI-generated {kind}, trained on synthetic images only.",
            f"{kind} {name}. Made from 100% generated images, any resemblance is coincidental.",
            f"Consistent face of my {kind} {name}, she posts on her own instagram ;)",
        ),
    )
    tags = rng.sample(
        (
            "character",
            "woman",
            "girl",
            "consistent character",
            "ai influencer",
            "original character",
            "oc",
            "realistic",
            "instagram",
            "girlfriend",
            "waifu",
            "virtual",
        ),
        4,
    )
    return Spec(name, pick(rng, forms), tags, desc, trained=[trigger_of(name, rng)])


def gen_doll(rng: random.Random) -> Spec:
    who = pick(
        rng,
        (
            "Korean",
            "Japanese",
            "Chinese",
            "Thai",
            "Asian",
            "European",
            "Latina",
            "Russian",
            "Taiwanese",
            "Vietnamese",
            "",
        ),
    )
    thing = pick(
        rng,
        (
            "Doll Likeness",
            "doll face",
            "Mannequin",
            "Marble statue",
            "BJD doll",
            "Porcelain doll",
            "Wax figure",
            "Ball-jointed doll",
            "Doll",
            "Figure",
            "Resin figure",
            "Sculpture bust",
        ),
    )
    subject = f"{who} {thing}".strip()
    forms = (
        subject,
        f"{subject} v2",
        f"{subject} | {pick(rng, ('girl', 'woman', 'beauty'))}",
        f"{subject} ({pick(rng, ('realistic', 'photo', 'sdxl'))})",
        f"【{subject}】",
    )
    desc = pick(
        rng,
        (
            f"{subject}: a typical {who.lower() or 'pretty'} face, no specific person.",
            "Doll-like faces mixed from many images. Not anyone in particular.",
            f"Makes {who.lower()} doll-like beauties. use with a realistic model.",
            "Statue/mannequin look for product shots.",
        ),
    )
    tags = rng.sample(
        (
            "doll",
            "likeness",
            "woman",
            "girl",
            "asian",
            "korean",
            "japanese",
            "face",
            "realistic",
            "beauty",
            "statue",
            "figure",
        ),
        4,
    )
    return Spec(subject, pick(rng, forms), tags, desc, trained=[trigger_of(subject, rng)])


def gen_artist(rng: random.Random) -> Spec:
    if rng.random() < 0.6:
        name = f"{pick(rng, WEST_GIVEN)} {pick(rng, WEST_FAMILY)}"
    else:
        name = east_asian_name(rng)[0]
    trade = pick(
        rng,
        (
            "painter",
            "illustrator",
            "artist",
            "photographer",
            "mangaka",
            "concept artist",
            "woodblock printer",
            "watercolorist",
            "street photographer",
            "fashion photographer",
            "cinematographer",
        ),
    )
    forms = (
        f"{name} Style",
        f"in the style of {name}",
        f"{name} ({trade}) style",
        f"{name} art style",
        f"Style of {name} | {trade}",
        f"{name}-style photography",
        f"{name}'s lighting",
        f"{trade} {name} style",
    )
    desc = pick(
        rng,
        (
            f"Style LoRA after the {trade} {name}.",
            f"Captures the look of {name}'s work: palette, grain and composition.",
            f"An homage to the {trade} {name}. Style only, no people.",
            f"{name} style. Trained on 60 of the {trade}'s public works.",
        ),
    )
    tags = rng.sample(
        (
            "style",
            "art style",
            "artist",
            "painting",
            "photography",
            "illustration",
            "art",
            "aesthetic",
            "film",
        ),
        3,
    )
    return Spec(name, pick(rng, forms), tags, desc, trained=[trigger_of(name + " style", rng)])


def gen_named_thing(rng: random.Random) -> Spec:
    given = pick(rng, WEST_GIVEN)
    fam = pick(rng, WEST_FAMILY)
    thing = pick(
        rng,
        (
            f"{fam} {pick(rng, ('GT', 'Coupe', 'Roadster', '911-style', 'Sedan'))}",
            f"Port {given} harbour",
            f"Saint {given} cathedral",
            f"Lake {given}",
            f"{given} {fam} handbag",
            f"{fam} & Co. watch",
            f"Villa {given}",
            f"Mount {fam}",
            f"{given} Street, night",
            f"{fam} Hotel lobby",
            f"{given} {fam} perfume bottle",
            f"The {fam} Bridge",
            f"{given} class yacht",
            f"{fam} motorcycle",
        ),
    )
    desc = pick(
        rng,
        (
            f"{thing} as a concept. Architecture and product shots.",
            f"Trained on photos of the {thing.lower()}.",
            f"{thing}. Works for backgrounds.",
        ),
    )
    tags = rng.sample(
        (
            "car",
            "vehicle",
            "architecture",
            "building",
            "landscape",
            "product",
            "background",
            "place",
            "fashion",
            "brand",
            "concept",
        ),
        3,
    )
    return Spec(thing, thing, tags, desc, trained=[trigger_of(thing, rng)])


def gen_lookalike_type(rng: random.Random) -> Spec:
    thing = pick(
        rng,
        (
            "K-pop idol style face",
            "Idol makeup",
            "Korean actress look",
            "J-pop idol face",
            "Kpop girl group style",
            "Douyin beauty face",
            "Instagram model face",
            "Gravure idol look",
            "Influencer face",
            "Celebrity look",
            "Cpop idol face",
            "Japanese actress type",
            "Hollywood starlet look",
            "Supermodel face",
            "Girl next door",
            "Ulzzang face",
            "Taiwanese beauty",
            "Thai actress type",
            "Idol face mix",
            "Korean beauty",
        ),
    )
    forms = (
        thing,
        f"{thing} v2",
        f"{thing} | realistic",
        f"{thing} (generic)",
        f"Generic {thing.lower()}",
        f"{thing} 💕",
        f"{thing} - not a real person",
    )
    desc = pick(
        rng,
        (
            f"A generic {thing.lower()}, not modelled on any real person.",
            f"Gives a typical {thing.lower()}. No specific celebrity.",
            f"{thing}: mixed from many faces of the type.",
            f"{thing}. Use 0.5-0.8 weight.",
        ),
    )
    tags = rng.sample(
        (
            "kpop",
            "idol",
            "korean",
            "face",
            "woman",
            "girl",
            "asian",
            "beauty",
            "celebrity",
            "makeup",
            "realistic",
            "actress",
        ),
        4,
    )
    return Spec(thing, pick(rng, forms), tags, desc, trained=[trigger_of(thing, rng)])


def gen_creature(rng: random.Random) -> Spec:
    creature = pick(
        rng,
        (
            "the Bog Stalker",
            "Gravemaw",
            "the Pale Wendigo",
            "Xel'thara the alien",
            "the Marrow Queen",
            "Kaiju Ryujin-Go",
            "the Hollow Man creature",
            "the Clockwork Golem",
            "Swamp Thing-like creature",
            "the Sand Wyrm",
        ),
    )
    film = pick(
        rng,
        (
            "Bog Hollow (1987 film)",
            "Night of the Marrow (TV series)",
            "the 2019 horror movie Pale Lake",
            "Deep Orbit (film)",
            "the live-action series Ironwood",
            "Gravewater (2004)",
        ),
    )
    forms = (
        f"{creature} - {film}",
        f"{creature} from {film}",
        f"{creature} (movie creature)",
        f"{film}: {creature}",
        f"{creature} | practical effects monster",
    )
    desc = pick(
        rng,
        (
            f"The creature {creature} from {film}. Practical effects, latex suit.",
            f"Monster LoRA: {creature}, as seen in {film}.",
            f"{creature}, the alien/monster of {film}. Not a human.",
        ),
    )
    tags = rng.sample(
        (
            "monster",
            "creature",
            "horror",
            "movie",
            "film",
            "alien",
            "character",
            "sci-fi",
            "live action",
        ),
        3,
    )
    return Spec(creature, pick(rng, forms), tags, desc, trained=[trigger_of(creature, rng)])


# ---- round 19: kinds a census of a catalog meets that the kinds above lack ----

BOORU_LOOKS = _split(
    """
    long hair | short hair | silver hair | pink hair | blue hair | white hair | twintails |
    red eyes | purple eyes | golden eyes | heterochromia | cat ears | fox ears | ahoge |
    hair ornament | hair ribbon | black hair | blonde hair | blue eyes | ponytail | bangs |
    school uniform | serafuku | thighhighs | armor | cape | sailor collar | hairclip
    """
)
BACKSTORY = _split(
    """
    a 24-year-old mercenary from the floating city of Veyra | a librarian witch who lost her
    memories | the last heir of a fallen sky kingdom | a bounty hunter with a cybernetic arm |
    a shrine maiden who guards a sealed fox spirit | a street racer from Neo-Harbor |
    a royal knight sworn to a silent princess | a detective in a steampunk city |
    a space pilot born on a mining colony
    """
)


def booru_prompt(rng: random.Random, trigger: str) -> list[str]:
    """A drawn character's trigger prompt in one of its layouts (one string or one per word)."""
    looks = rng.sample(BOORU_LOOKS, rng.randint(2, 5))
    count = pick(rng, ("1girl", "1girl, solo", "solo", ""))
    parts = [trigger] + ([count] if count else []) + looks
    if rng.random() < 0.5:
        return [", ".join(parts)]
    return parts


def gen_original_character(rng: random.Random) -> Spec:
    """An original character ("OC") with a full invented name and a backstory."""
    if rng.random() < 0.6:
        name = f"{pick(rng, WEST_GIVEN)} {pick(rng, WEST_FAMILY)}"
    else:
        name = east_asian_name(rng)[0]
    oc = pick(rng, ("OC", "original character", "my OC", "Original Character", "(OC)", "oc"))
    story = pick(rng, BACKSTORY)
    forms = (
        f"{name} ({oc})",
        f"{name} - {oc}",
        f"[{oc}] {name}",
        f"{name} | {oc} v2",
        f"{oc}: {name}",
        f"{name}, {story.split(' who ')[0]} ({oc})",
    )
    desc = pick(
        rng,
        (
            f"{name} is my original character, {story}. Trained on my own drawings and renders.",
            f"Backstory: {name}, {story}. She is an OC I designed, commissions welcome.",
            f"My OC {name}! {story[0].upper() + story[1:]}. Please tag me if you use her.",
            f"{name} ({oc}). Lore: {story}. Outfit: coat, boots, her sword.",
            f"Character sheet of {name}, {story}. Original character, not based on anyone.",
        ),
    )
    tags = rng.sample(
        (
            "oc",
            "original character",
            "character",
            "girl",
            "woman",
            "fantasy",
            "anime",
            "illustration",
            "character design",
            "1girl",
        ),
        4,
    )
    trained = (
        booru_prompt(rng, trigger_of(name, rng)) if rng.random() < 0.4 else [trigger_of(name, rng)]
    )
    return Spec(name, pick(rng, forms), tags, desc, trained=trained)


def gen_novel_webtoon(rng: random.Random) -> Spec:
    """A light-novel, webtoon or visual-novel heroine named in full."""
    if rng.random() < 0.7:
        latin, given, script, _ = east_asian_name(rng)
    else:
        latin = f"{pick(rng, WEST_GIVEN)} {pick(rng, WEST_FAMILY)}"
        given, script = latin.split()[0], latin
    series = pick(rng, SERIES + SERIES_SCRIPT)
    medium = pick(
        rng,
        (
            "light novel",
            "webtoon",
            "visual novel",
            "web novel",
            "manhwa",
            "LN",
            "VN",
            "webcomic",
            "eroge",
            "galge",
            "ラノベ",
            "웹툰",
        ),
    )
    forms = (
        f"{latin} - {series} ({medium})",
        f"{latin} [{medium}]",
        f"{latin} | {series} {medium}",
        f"{series} ({medium}) - {latin}",
        f"{latin} ({script}) - {medium} heroine",
        f"{latin} from the {medium} {series}",
    )
    desc = pick(
        rng,
        (
            f"{latin}, the heroine of the {medium} {series}. Official illustrations.",
            f"{latin} ({script}) from {series} ({medium}). Her school uniform and casual clothes.",
            f"Route heroine {given} from the {medium} {series}. CG art and sprites.",
            f"{series} {medium}: {latin}. Trained on volume covers and colour pages.",
            f"The female lead of the {medium} {series}, {latin}. Panels from chapters 1-80.",
        ),
    )
    tags = rng.sample(
        (
            "light novel",
            "webtoon",
            "visual novel",
            "manhwa",
            "character",
            "anime",
            "girl",
            "woman",
            "1girl",
            "heroine",
        ),
        3,
    ) + [series.lower()]
    trained = (
        booru_prompt(rng, trigger_of(latin, rng))
        if rng.random() < 0.4
        else [trigger_of(latin, rng)]
    )
    return Spec(latin, pick(rng, forms), tags, desc, trained=trained)


def gen_brand_person(rng: random.Random) -> Spec:
    """A fashion or cosmetic brand, a perfume or a product line named after an invented person."""
    given, fam = pick(rng, WEST_GIVEN), pick(rng, WEST_FAMILY)
    brand = pick(rng, (f"{given} {fam}", f"Maison {fam}", f"{fam} Paris", f"{given} by {fam}"))
    product = pick(
        rng,
        (
            "perfume bottle",
            "eau de parfum",
            "lipstick",
            "handbag",
            "couture gown",
            "sneakers",
            "watch",
            "skincare jar",
            "fragrance ad",
            "runway collection",
            "jewelry",
            "sunglasses",
        ),
    )
    forms = (
        f"{brand} {product}",
        f"{brand} - {product}",
        f"{product} ({brand})",
        f"{brand} | {product} concept",
        f"{brand} {pick(rng, ('SS24', 'FW23', 'No. 5-like', 'Noir', 'Rouge'))} {product}",
    )
    desc = pick(
        rng,
        (
            f"Product shots of the {brand} {product}. Studio light, glass and gold.",
            f"{brand} is a fashion house; this LoRA draws its {product} for ads.",
            f"Generates {product}s in the style of {brand}'s catalogue. No people needed.",
            f"The {brand} {product}, trained on 30 packshots.",
        ),
    )
    tags = rng.sample(
        (
            "product",
            "fashion",
            "brand",
            "perfume",
            "cosmetics",
            "luxury",
            "advertising",
            "object",
            "clothing",
            "accessories",
        ),
        3,
    )
    return Spec(brand, pick(rng, forms), tags, desc, trained=[trigger_of(brand, rng)])


def gen_photo_style(rng: random.Random) -> Spec:
    """A photographer's style (invented photographer), in the wordings presets are sold under."""
    name = f"{pick(rng, WEST_GIVEN)} {pick(rng, WEST_FAMILY)}"
    what = pick(
        rng,
        (
            "photography style",
            "film look",
            "Lightroom preset look",
            "portrait lighting",
            "color grading",
            "editorial look",
            "analog film style",
            "photo style",
        ),
    )
    forms = (
        f"{name} {what}",
        f"Shot by {name}",
        f"{what} - {name}",
        f"Photo by {name} ({what})",
        f"{name}'s {what}",
        f"{name} photography",
    )
    desc = pick(
        rng,
        (
            f"A {what} inspired by the photographer {name}: soft light, muted tones.",
            f"Emulates {name}'s photographs. Style only; works on any subject.",
            f"{name} is a fashion photographer; this captures the grain and colour of the shots.",
            f"Photographic style LoRA ({name}). Landscapes, portraits, street.",
        ),
    )
    tags = rng.sample(
        (
            "photography",
            "style",
            "photo",
            "film",
            "color grading",
            "lighting",
            "photographer",
            "aesthetic",
            "analog",
        ),
        3,
    )
    return Spec(name, pick(rng, forms), tags, desc, trained=[trigger_of(name + " photo", rng)])


def gen_statue_doll(rng: random.Random) -> Spec:
    """A named statue, doll or mannequin (an invented figure), a figure no face is taken from.
    (A wax figure or a statue of a named person is that person's likeness: not drawn here.)"""
    given, fam = pick(rng, WEST_GIVEN), pick(rng, WEST_FAMILY)
    thing = pick(
        rng,
        (
            f"Statue of Saint {given}",
            f"Marble bust of Queen {given}",
            f"{given} fashion doll",
            f"Doll '{given}' by {fam} Toys",
            f"{given} ball-jointed doll",
            f"Mannequin '{given}'",
            f"Bronze statue of the goddess {given}",
            f"{given} porcelain doll",
            f"{given} {fam} Toys action figure",
            f"{given} the doll",
            f"{given} figurine 1/7 scale",
        ),
    )
    forms = (
        thing,
        f"{thing} v2",
        f"{thing} | figure",
        f"[{pick(rng, ('doll', 'statue'))}] {thing}",
    )
    desc = pick(
        rng,
        (
            f"{thing}: plastic skin, jointed limbs, glass eyes.",
            f"Trained on photos of the {thing.lower()} in a museum.",
            f"{thing}. A doll, not a person; use for toy photography.",
            f"Sculpture LoRA ({thing}). Stone texture, no human skin.",
        ),
    )
    tags = rng.sample(
        ("doll", "statue", "figure", "toy", "sculpture", "mannequin", "figurine", "object", "bjd"),
        3,
    )
    return Spec(thing, pick(rng, forms), tags, desc, trained=[trigger_of(thing, rng)])


def gen_celeb_makeup(rng: random.Random) -> Spec:
    """ "Celebrity-style" makeup and hair concepts, no one named."""
    thing = pick(
        rng,
        (
            "Red carpet makeup",
            "Celebrity bob haircut",
            "Hollywood waves hairstyle",
            "K-pop idol eyeliner",
            "Actress blowout hair",
            "Old Hollywood glam makeup",
            "Idol stage makeup",
            "Celebrity smokey eye",
            "Supermodel contour",
            "Starlet pin curls",
            "Pop star glitter makeup",
            "Influencer lip filler look",
            "Celebrity balayage",
            "Douyin idol blush",
        ),
    )
    forms = (
        thing,
        f"{thing} LoRA",
        f"{thing} | {pick(rng, ('woman', 'girl', 'any face'))}",
        f"{thing} (concept)",
        f"{thing} - celebrity style",
        f"Celebrity-style {thing.lower()}",
    )
    desc = pick(
        rng,
        (
            f"{thing}, the way celebrities wear it on the red carpet. Works on any face.",
            f"A {thing.lower()} concept inspired by celebrities and idols, no specific person.",
            f"Adds {thing.lower()}. Tested on realistic checkpoints, weight 0.7.",
            f"{thing}: hair and makeup only, keeps the face of your prompt.",
        ),
    )
    tags = rng.sample(
        (
            "makeup",
            "hairstyle",
            "hair",
            "celebrity",
            "beauty",
            "concept",
            "woman",
            "idol",
            "glamour",
            "fashion",
            "actress",
        ),
        4,
    )
    return Spec(thing, pick(rng, forms), tags, desc, trained=[trigger_of(thing, rng)])


def gen_avatar_3d(rng: random.Random) -> Spec:
    """A game-engine avatar (VRChat, MMD, VRoid, Koikatsu): a 3D model's character."""
    if rng.random() < 0.5:
        latin, given, script, _ = east_asian_name(rng)
        name = pick(rng, (latin, given, script))
    else:
        name = pick(rng, WEST_GIVEN) + pick(rng, ("", " " + pick(rng, WEST_FAMILY)))
    engine = pick(
        rng,
        (
            "VRChat avatar",
            "MMD model",
            "VRoid",
            "Koikatsu card",
            "VRChat",
            "MMD",
            "Booth avatar",
            "Unity avatar",
            "3D avatar",
            "VRM model",
            "Blender model",
        ),
    )
    forms = (
        f"{name} ({engine})",
        f"{name} - {engine}",
        f"[{engine}] {name}",
        f"{engine} {name}",
        f"{name} | {engine} | v1.2",
    )
    desc = pick(
        rng,
        (
            f"{name}, a {engine} sold on Booth. Trained on in-world screenshots.",
            f"LoRA of the {engine} {name}. Renders from Blender and VRChat.",
            f"{name} is my avatar in VRChat; trained on screenshots of her 3D model.",
            f"MMD model {name} by an indie modeler, toon shader, 40 renders.",
            f"{name}: 3D model ({engine}). Phys bones, three outfits.",
        ),
    )
    tags = rng.sample(
        (
            "vrchat",
            "mmd",
            "3d",
            "avatar",
            "vroid",
            "koikatsu",
            "character",
            "girl",
            "anime",
            "3d model",
            "render",
        ),
        3,
    )
    return Spec(name, pick(rng, forms), tags, desc, trained=[trigger_of(str(name), rng)])


# ---- twins: real people beside the same words (must stay found) ----


def twin_idol(rng: random.Random) -> Spec:
    latin, given, script, culture = east_asian_name(rng)
    group = pick(rng, ("LUMINA", "Starlit", "NOVA9", "Prism Hearts", "AURA:ON"))
    trade = pick(rng, TRADE_REAL)
    forms = (
        f"{latin} ({group}) - {trade}",
        f"{latin} | {trade}",
        f"{latin} {script} {trade}",
        f"{group} {latin}",
        f"{trade} {latin}",
    )
    desc = pick(
        rng,
        (
            f"{latin} ({script}), {trade} of {group}. Trained on 80 photos from her fan meetings.",
            f"Real person LoRA of the {trade} {latin}, member of {group}.",
            f"{script}, the {'korean' if culture == 'ko' else 'japanese'} {trade}. "
            "Photos from her concerts.",
        ),
    )
    tags = rng.sample(
        (
            "celebrity",
            "kpop",
            "idol",
            "singer",
            "actress",
            "real person",
            "woman",
            "photorealistic",
        ),
        3,
    )
    return Spec(
        latin, pick(rng, forms), tags, desc, trained=[trigger_of(latin, rng)], likeness=True
    )


def twin_streamer(rng: random.Random) -> Spec:
    latin, given, _, _ = east_asian_name(rng)
    handle = pick(rng, (f"{given.lower()}_plays", f"{given}TV", f"x{given.lower()}x", latin))
    forms = (
        f"{handle} (Twitch streamer)",
        f"{handle} - streamer IRL",
        f"streamer {handle}",
        f"{handle} | real face",
    )
    desc = pick(
        rng,
        (
            f"The Twitch streamer {handle} (her real face, IRL streams).",
            f"Trained on screenshots of {handle}'s face cam.",
            f"{handle}, streamer and cosplayer, from her photos.",
        ),
    )
    tags = rng.sample(("streamer", "twitch", "real person", "woman", "influencer", "irl"), 3)
    return Spec(
        handle, pick(rng, forms), tags, desc, trained=[trigger_of(handle, rng)], likeness=True
    )


def twin_role(rng: random.Random) -> Spec:
    actor = f"{pick(rng, WEST_GIVEN)} {pick(rng, WEST_FAMILY)}"
    role = pick(rng, ("Detective Vale", "Queen Maera", "Dr. Ilse Corran", "Captain Sorrel"))
    show = pick(rng, ("Ironwood (TV series)", "the drama Glass Harbor", "Night Ledger (film)"))
    forms = (
        f"{role} ({actor}) - {show}",
        f"{actor} as {role}",
        f"{role} played by {actor}",
        f"{actor} | {role} | {show}",
    )
    desc = pick(
        rng,
        (
            f"{role} from {show}, played by the actress {actor}.",
            f"The actress {actor} in her role as {role} ({show}). Screencaps.",
        ),
    )
    tags = rng.sample(("character", "tv series", "movie", "actress", "film", "woman"), 3)
    return Spec(
        actor, pick(rng, forms), tags, desc, trained=[trigger_of(actor, rng)], likeness=True
    )


def twin_cosplayer(rng: random.Random) -> Spec:
    """A cosplayer's photos: a real woman in a costume of a drawn character."""
    latin, given, script, _ = east_asian_name(rng)
    char = pick(rng, ("Akane Hoshino", "Lumi", "the heroine of Azure Bloom", "a gacha knight"))
    forms = (
        f"{latin} (cosplayer)",
        f"{latin} cosplay photos",
        f"Cosplayer {latin} as {char}",
        f"{latin} | cosplay model",
        f"{latin} ({script}) - coser",
    )
    desc = pick(
        rng,
        (
            f"The cosplayer {latin}, trained on her photos at conventions (cosplay of {char}).",
            f"{latin} ({script}) is a cosplayer; 60 photos from her photo books.",
            f"Real photos of the coser {latin}. Her face, in and out of costume.",
        ),
    )
    tags = rng.sample(("cosplay", "cosplayer", "real person", "woman", "photo", "anime"), 3)
    return Spec(
        latin, pick(rng, forms), tags, desc, trained=[trigger_of(latin, rng)], likeness=True
    )


def twin_vtuber_face(rng: random.Random) -> Spec:
    """The streamer behind a VTuber, from photos of her own face."""
    latin, given, script, _ = east_asian_name(rng)
    avatar = pick(rng, ("Nocturne", "Starling", "Moonveil", "Rune"))
    forms = (
        f"{latin} (the person behind VTuber {avatar}) - real face",
        f"{latin} | face reveal photos",
        f"{latin} - vtuber {avatar}'s real face",
        f"{latin} IRL (streamer, VTuber {avatar})",
    )
    desc = pick(
        rng,
        (
            f"{latin}, the streamer behind the VTuber {avatar}. Trained on her face-reveal photos.",
            f"Real photos of {latin} ({script}), who streams as the VTuber {avatar}.",
            f"Her IRL face, not the avatar: {latin}'s photos from her face reveal stream.",
        ),
    )
    tags = rng.sample(("streamer", "vtuber", "real person", "woman", "irl", "face reveal"), 3)
    return Spec(
        latin, pick(rng, forms), tags, desc, trained=[trigger_of(latin, rng)], likeness=True
    )


def twin_brand_model(rng: random.Random) -> Spec:
    """A real model of a fashion house's campaign (the brand's twin)."""
    name = f"{pick(rng, WEST_GIVEN)} {pick(rng, WEST_FAMILY)}"
    brand = f"Maison {pick(rng, WEST_FAMILY)}"
    forms = (
        f"{name} (fashion model)",
        f"{name} - {brand} campaign model",
        f"{name} | model",
        f"supermodel {name}",
    )
    desc = pick(
        rng,
        (
            f"The fashion model {name}, from her {brand} campaign photos and runway shots.",
            f"{name} is a model; trained on 70 photos of her face.",
            f"Real person LoRA of the model {name} ({brand} perfume ad, editorials).",
        ),
    )
    tags = rng.sample(("model", "fashion", "real person", "woman", "celebrity", "photo"), 3)
    return Spec(name, pick(rng, forms), tags, desc, trained=[trigger_of(name, rng)], likeness=True)


KINDS: dict[str, Gen] = {
    "anime_ea": gen_anime_ea,
    "anime_west": gen_anime_west,
    "vtuber": gen_vtuber,
    "checkpoint": gen_checkpoint,
    "clothing_pose_light": gen_clothing,
    "consistent_ai_oc": gen_consistent,
    "doll_statue": gen_doll,
    "artist_photographer": gen_artist,
    "named_thing": gen_named_thing,
    "lookalike_type": gen_lookalike_type,
    "live_action_creature": gen_creature,
    "original_character": gen_original_character,
    "novel_webtoon": gen_novel_webtoon,
    "brand_person": gen_brand_person,
    "photo_style": gen_photo_style,
    "statue_doll_named": gen_statue_doll,
    "celeb_makeup_hair": gen_celeb_makeup,
    "avatar_3d": gen_avatar_3d,
    "twin_idol": twin_idol,
    "twin_streamer": twin_streamer,
    "twin_role": twin_role,
    "twin_cosplayer": twin_cosplayer,
    "twin_vtuber_face": twin_vtuber_face,
    "twin_brand_model": twin_brand_model,
}


def build(spec: Spec, layout: str, rng: random.Random, n: int) -> ModelRecord:
    """The record of ``spec`` with the kind's evidence where ``layout`` says."""
    title = spec.title_kind if layout in ("title", "all") else spec.subject
    tags = spec.kind_tags if layout in ("tags", "all") else rng.sample(NEUTRAL_TAGS, 2)
    desc_parts = [spec.kind_desc] if layout in ("desc", "all") else []
    desc_parts.append(pick(rng, NEUTRAL_DESC))
    return ModelRecord(
        platform="civitai",
        model_id=str(900_000_000 + n),
        url=f"https://civitai.com/models/{900_000_000 + n}",
        name=title,
        model_type=spec.model_type,
        tags=tuple(tags),
        description=" ".join(desc_parts),
        trained_words=tuple(spec.trained),
        base_model=pick(rng, ("SD 1.5", "SDXL 1.0", "Pony")),
    )


def generate(kinds: Sequence[str], per: int, seed: int) -> list[tuple[str, str, Spec, ModelRecord]]:
    out = []
    n = 0
    for kind in kinds:
        rng = random.Random(f"{seed}:{kind}")
        for i in range(per):
            spec = KINDS[kind](rng)
            layout = LAYOUTS[i % len(LAYOUTS)]
            out.append((kind, layout, spec, build(spec, layout, rng, n)))
            n += 1
    return out


def run(
    detector: Detector,
    items: list[tuple[str, str, Spec, ModelRecord]],
    label: str,
    show: dict[str, int],
) -> dict[str, float]:
    start = time.perf_counter()
    by_kind: dict[str, list[bool]] = defaultdict(list)
    by_layout: dict[tuple[str, str], list[bool]] = defaultdict(list)
    shown: dict[str, int] = defaultdict(int)
    for kind, layout, spec, record in items:
        finding = detector.detect(record)
        wrong = finding.likeness != spec.likeness
        by_kind[kind].append(finding.likeness)
        by_layout[(kind, layout)].append(finding.likeness)
        if wrong and shown[kind] < show.get(kind, show.get("*", 0)):
            shown[kind] += 1
            print(
                f"   [{kind}/{layout}] {record.name!r} tags={list(record.tags)} "
                f"desc={record.description[:90]!r} -> {finding.likeness_score:.2f} "
                f"target={finding.target_name!r}"
            )
    print(f"== {label}: {len(items)} items, {time.perf_counter() - start:.1f} s")
    print(f"  {'kind':22} {'rate':>26}   " + "  ".join(f"{x:>6}" for x in LAYOUTS))
    rates = {}
    for kind, flags in by_kind.items():
        twin = KINDS[kind](random.Random(0)).likeness
        hits = sum(flags)
        rate = Rate(hits, len(flags))
        rates[kind] = hits / len(flags)
        cells = "  ".join(
            f"{sum(by_layout[(kind, x)]) / max(1, len(by_layout[(kind, x)])):6.3f}" for x in LAYOUTS
        )
        what = "recall    " if twin else "false flag"
        mark = "" if twin or hits / len(flags) <= 0.02 else "  <-- above 2 %"
        print(f"  {kind:22} {what} {rate.cell():>15}   {cells}{mark}")
    return rates


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("-n", "--per-kind", type=int, default=200, help="items per kind (200)")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--kinds", nargs="*", default=list(KINDS), choices=list(KINDS))
    parser.add_argument("--no-poi", action="store_true", help="skip the run with the POI list")
    parser.add_argument(
        "--show",
        nargs=2,
        action="append",
        metavar=("KIND", "N"),
        default=[],
        help="print up to N wrong items of KIND ('*' for every kind)",
    )
    args = parser.parse_args(argv)
    items = generate(args.kinds, args.per_kind, args.seed)
    show = {kind: int(count) for kind, count in args.show}
    run(Detector(), items, "without a list", show)
    if args.no_poi:
        return 0
    with_list = poi_detector()
    if with_list is not None:
        run(with_list, items, "with the POI list", show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
