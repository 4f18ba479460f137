"""``poi20``: names of Civitai's POI list in this set's templates, built in memory only.

The names are read at run time from ``../shared/lexicons/civitai/words-poi.json``; nothing built
here is written to disk or printed. Three groups:

* likeness: twelve templates of this set (13 names each; the blend takes two names), the way
  uploaders write a real person's name: a terse ``<name> LoRA`` title, a camelCase trigger only, a
  run-together file name only, ``NAME | SDXL`` in capitals, an ``@handle.official``, a version
  name, an HF repo slug, a ``<lora:first_last:0.8>`` tag in an image prompt, a live-action role
  "as played by <name>", a blend of two list names, and two gendered bios (a pronoun) used only
  for names whose first word is in the short first-name lists below; every other positive is
  ``unknown``.
* hard negatives that contain a list name in a non-likeness use (9 each, 54): the name in a
  negative prompt of a clothing LoRA, as a film title in a colour-grade LoRA, as a song title in
  a cover-art style, as a street or park in a building LyCORIS, in a checkpoint's credits /
  merged-from line, and in an "original character, not <name>" disclaimer.
* 64 invented hard negatives with person-like names from this set's negative templates.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import build_devset20 as B

SEED = 2_020_020
NEG_SEED = 2_002_002
N_PER_TEMPLATE = 13
N_NEG_USE = 9
N_INVENTED = 64
ID_BASE = 20_800_000
NAME_SHAPE = re.compile(r"[A-Za-z]+(?: [A-Za-z]+){1,3}")
CUE_WORDS = set(
    [
        "lora",
        "style",
        "woman",
        "man",
        "girl",
        "boy",
        "model",
        "the",
        "of",
        "and",
        "by",
        "face",
        "mix",
        "pack",
        "v",
        "xl",
        "flux",
        "official",
        "real",
        "photo",
        "street",
        "park",
        "film",
        "song",
    ]
)
SHE_FIRST = set(
    [
        "abigail",
        "alexandra",
        "alice",
        "amber",
        "amy",
        "anna",
        "ashley",
        "bella",
        "brooke",
        "camila",
        "carla",
        "caroline",
        "catherine",
        "charlotte",
        "christina",
        "diana",
        "elena",
        "elisa",
        "emily",
        "emma",
        "eva",
        "gemma",
        "hailey",
        "hannah",
        "isabella",
        "jane",
        "jennifer",
        "jessica",
        "julia",
        "kate",
        "katie",
        "kim",
        "laura",
        "lily",
        "lisa",
        "lucy",
        "madison",
        "maria",
        "megan",
        "mia",
        "natalie",
        "nina",
        "olivia",
        "rachel",
        "rose",
        "sara",
        "sarah",
        "sophie",
        "stella",
        "valentina",
        "vanessa",
        "victoria",
        "zoe",
    ]
)
HE_FIRST = set(
    [
        "adam",
        "alex",
        "andrew",
        "anthony",
        "ben",
        "brad",
        "bruce",
        "charlie",
        "chris",
        "daniel",
        "david",
        "ethan",
        "harry",
        "jack",
        "jake",
        "james",
        "jason",
        "john",
        "jonathan",
        "keanu",
        "kevin",
        "leonardo",
        "mark",
        "matt",
        "michael",
        "nick",
        "paul",
        "peter",
        "robert",
        "ryan",
        "sam",
        "steve",
        "thomas",
        "tom",
        "will",
    ]
)
# roles that show no gender: the page's gender stays unknown
ROLES = ["Dr. Pell", "Agent Vesk", "Captain Oaro", "Inspector Dunleigh", "Warden Tallis"]
Item = dict[str, Any]
Template = Callable[[B.Ctx, str], Item]


def load_names(path: Path) -> list[str]:
    """Two to four words of letters, without a cue word and without a sexual or minor cue."""
    data = json.loads(Path(path).read_text("utf-8"))
    words = data if isinstance(data, list) else next(iter(data.values()))
    out = set()
    for raw in words:
        name = str(raw).strip()
        if not NAME_SHAPE.fullmatch(name) or set(name.lower().split()) & CUE_WORDS:
            continue
        probe = {"name": name, "modelVersions": []}
        if B.sexual_cue(probe) or B.minor_cue(probe):
            continue
        out.add(name)
    return sorted(out)


def _first_last(name: str) -> tuple[str, str]:
    parts = name.split()
    return parts[0], parts[-1]


# ---------------------------------------------------------------- likeness templates


def t_terse(c: B.Ctx, name: str) -> Item:
    return B.emit(
        c,
        title=c.pick([f"{name} LoRA", name, f"{name} [Pony]"]),
        head=[name],
        tags=["celebrity"],
        trig=B.squash(name),
        hf_rate=0,
        style="terse",
    )


def t_camel_trigger(c: B.Ctx, name: str) -> Item:
    first, last = _first_last(name)
    return B.emit(
        c,
        title=f"Portrait pack {c.rng.randrange(10, 99)}",
        head=["use trigger"],
        tags=["portrait", "realistic"],
        trig=B.camel(first, last),
        hf_rate=0,
    )


def t_file_only(c: B.Ctx, name: str) -> Item:
    return B.emit(
        c,
        title=f"face_{c.rng.randrange(100, 999)}",
        head=["realistic, sdxl"],
        tags=["realistic"],
        fname=B.squash(name) + "_v2.safetensors",
        hf_rate=0,
    )


def t_caps_pipe(c: B.Ctx, name: str) -> Item:
    return B.emit(
        c, title=f"{name.upper()} | SDXL", head=[f"{name.upper()} !!!"], tags=["sdxl"], hf_rate=0
    )


def t_handle(c: B.Ctx, name: str) -> Item:
    h = B.squash(name) + ".official"
    return B.emit(c, title=f"@{h}", head=[f"from @{h} posts"], tags=["influencer"], hf_rate=0)


def t_version_name(c: B.Ctx, name: str) -> Item:
    item = B.civ(
        c,
        name=f"Person #{c.rng.randrange(100, 999)}",
        desc="<p>see versions</p>",
        tags=["person"],
        versions=[f"{name} v2 (flux)", "v1"],
    )
    return item


def t_hf_slug(c: B.Ctx, name: str) -> Item:
    card = {
        "license": "other",
        "base_model": "black-forest-labs/FLUX.1-dev",
        "tags": ["lora"],
        "instance_prompt": "TOK",
    }
    slug = B.snake(name).replace("_", "-")
    return B.hf(
        c,
        repo=f"{c.pick(B.HF_ORGS)}/{slug}-lora-{c.rng.randrange(1, 99)}",
        tags=["lora"],
        card=card,
    )


def t_meta_lora_tag(c: B.Ctx, name: str) -> Item:
    meta = f"<lora:{B.snake(name)}:0.8>, portrait photo, window light"
    return B.civ(
        c,
        name=f"gallery {c.rng.randrange(10, 999)}",
        desc="<p>examples</p>",
        tags=["portrait"],
        meta=meta,
    )


def t_role_played_by(c: B.Ctx, name: str) -> Item:
    role, show = c.pick(ROLES), c.pick(B.SHOWS)
    return B.emit(
        c,
        title=f"{role} - {show}",
        head=[f"{role} from {show} (TV), played by {name}"],
        tags=["character", "tv series"],
        trig=B.squash(role),
        hf_rate=0,
    )


def t_she_bio(c: B.Ctx, name: str) -> Item:
    return B.emit(
        c,
        title=f"{name} (2025)",
        head=[f"{name}: she is back on screen, her new look"],
        tags=["celebrity"],
        trig=B.squash(name),
        hf_rate=0,
    )


def t_he_bio(c: B.Ctx, name: str) -> Item:
    return B.emit(
        c,
        title=f"{name} (2025)",
        head=[f"{name}: he is back on screen, his new look"],
        tags=["celebrity"],
        trig=B.squash(name),
        hf_rate=0,
    )


GENDERED = [("poi_she_bio", t_she_bio, "female"), ("poi_he_bio", t_he_bio, "male")]
TEMPLATES = [("poi_terse_title", t_terse), ("poi_camel_trigger", t_camel_trigger),
             ("poi_file_only", t_file_only), ("poi_caps_pipe", t_caps_pipe),
             ("poi_handle_official", t_handle), ("poi_version_name", t_version_name),
             ("poi_hf_slug", t_hf_slug), ("poi_meta_lora_tag", t_meta_lora_tag),
             ("poi_role_played_by", t_role_played_by)]  # fmt: skip
BLEND = "poi_blend_pair"
N_LIKENESS = N_PER_TEMPLATE * (len(TEMPLATES) + len(GENDERED) + 1)


# ---------------------------------------------------------------- a list name, not a likeness


def u_negative_prompt(c: B.Ctx, name: str) -> tuple[Item, str]:
    item = B.civ(
        c,
        name=f"{c.pick(['Trench Coat', 'Denim Jacket', 'Wool Scarf'])} LoRA",
        desc="<p>clothing only; put celeb names in the negative so faces stay random</p>",
        tags=["clothing"],
        meta="1woman, trench coat, street",
        trained=["trench coat"],
    )
    item["modelVersions"][0]["images"][0].setdefault("meta", {})["negativePrompt"] = (
        f"{name}, celebrity, lowres"
    )
    return item, "clothing"


def u_film_title(c: B.Ctx, name: str) -> tuple[Item, str]:
    return B.emit(
        c,
        title=f"'{name}' (1998 film) colour grade",
        head=[f"teal/orange grade like the biopic film titled {name}, no faces trained"],
        tags=["style", "color grading", "film"],
        hf_rate=0,
    ), "concept"


def u_song_title(c: B.Ctx, name: str) -> tuple[Item, str]:
    return B.emit(
        c,
        title="Y2K cd cover art style",
        head=[f'cover-art look, example: single cover for the song "{name}"'],
        tags=["style", "album cover"],
        hf_rate=0,
    ), "concept"


def u_place(c: B.Ctx, name: str) -> tuple[Item, str]:
    return B.emit(
        c,
        title=f"{name} Memorial Park | building LyCORIS",
        head=[f"architecture of {name} Memorial Park and its pavilion, no people"],
        tags=["architecture", "building"],
        mtype="LoCon",
        hf_rate=0,
    ), "concept"


def u_credits(c: B.Ctx, name: str) -> tuple[Item, str]:
    return B.emit(
        c,
        title=f"{c.pick(B.CKPTS)} v{c.rng.randrange(2, 9)}",
        head=[
            "photoreal checkpoint",
            f"Credits: VAE and merge help by {name}. merged from my older mixes",
        ],
        tags=["photorealistic", "checkpoint"],
        mtype="Checkpoint",
        hf_rate=0,
    ), "checkpoint_realistic"


def u_not_disclaimer(c: B.Ctx, name: str) -> tuple[Item, str]:
    oc = c.pick(B.OC_NAMES)
    return B.emit(
        c,
        title=f"{oc} (OC)",
        head=[f"{oc} is an original character, not {name}; any likeness is chance"],
        tags=["original character", "woman"],
        trig=B.squash(oc),
        hf_rate=0,
    ), "consistent_character"


NEG_USES = [
    ("poi_in_negative_prompt", u_negative_prompt),
    ("poi_as_film_title", u_film_title),
    ("poi_as_song_title", u_song_title),
    ("poi_as_place_name", u_place),
    ("poi_in_credits_line", u_credits),
    ("poi_not_disclaimer", u_not_disclaimer),
]
INVENTED = [
    "consistent_oc",
    "painter_name_style",
    "anime_char_romaji",
    "western_character",
    "vtuber_avatar",
    "game_gacha_skin",
    "illustrator_handle_style",
    "anime_char_script",
]
N_ITEMS = N_LIKENESS + N_NEG_USE * len(NEG_USES) + N_INVENTED


def _label(item: Item, shape: str, kind: str, targets: list[str], gender: str | None) -> Item:
    target = targets[0] if targets else None
    return {
        "platform": "civitai" if "modelVersions" in item else "huggingface",
        "model_id": str(item["id"]),
        "kind": kind,
        "likeness": target is not None,
        "target": target,
        "gender": gender,
        "prominence": "public_figure" if target else None,
        "sexual_intent": B.sexual_cue(item),
        "minor_risk": B.minor_cue(item),
        "shape": shape,
        "targets": targets,
        "aliases": [],
    }


def _ctx(seed: int, base: int) -> B.Ctx:
    c = B.Ctx("hold20")
    c.rng = random.Random(seed)
    c.next_id = base
    return c


def build_poi20(names: list[str]) -> tuple[list[Item], list[Item]]:
    rng = random.Random(SEED)
    pool = sorted(names)
    rng.shuffle(pool)
    first = {n: n.split()[0].lower() for n in pool}
    women = [n for n in pool if first[n] in SHE_FIRST][:N_PER_TEMPLATE]
    men = [n for n in pool if first[n] in HE_FIRST][:N_PER_TEMPLATE]
    rest = [n for n in pool if n not in set(women) | set(men)]
    c = _ctx(SEED, ID_BASE)
    items: list[Item] = []
    labels: list[Item] = []
    for (shape, tpl, gender), group in zip(GENDERED, (women, men), strict=True):
        for name in group:
            item = tpl(c, name)
            items.append(item)
            labels.append(_label(item, shape, "public_figure", [name], gender))
    k = 0
    for shape, tpl in TEMPLATES:
        for name in rest[k : k + N_PER_TEMPLATE]:
            item = tpl(c, name)
            items.append(item)
            labels.append(_label(item, shape, "public_figure", [name], "unknown"))
        k += N_PER_TEMPLATE
    for _ in range(N_PER_TEMPLATE):
        a, b = rest[k], rest[k + 1]
        k += 2
        item = B.emit(
            c,
            title=f"{a} x {b} blend",
            head=[f"50/50 face blend of {a} and {b}"],
            tags=["blend", "celebrity"],
            hf_rate=0,
        )
        items.append(item)
        labels.append(_label(item, BLEND, "public_figure", [a, b], "unknown"))
    for shape, use in NEG_USES:
        for name in rest[k : k + N_NEG_USE]:
            item, kind = use(c, name)
            items.append(item)
            labels.append(_label(item, shape, kind, [], None))
        k += N_NEG_USE
    n = _ctx(NEG_SEED, ID_BASE + 100_000)
    for j in range(N_INVENTED):
        shape = INVENTED[j % len(INVENTED)]
        item, f = B.draw(n, B.NEGATIVES[shape][0], shape)
        items.append(item)
        labels.append(_label(item, shape, f["kind"], [], None))
    return items, labels
