"""``poi16``: names of Civitai's POI list in ten templates of this set, built in memory only.

The names are read at run time from ``../shared/lexicons/civitai/words-poi.json``; nothing built
here is written to disk or printed. The templates follow how uploaders write a real person's name
into a page: a snake-case file name, a run-together trigger word, ``<name> | <trade>``, ALL CAPS
with a version tag, a handle, a version name, an HF repo slug, a ``<lora:...>`` tag in an image's
prompt, and two gendered templates (a pronoun in the description) used only for names whose first
word is in the short first-name lists below; every other positive is ``unknown``. Seventy invented
hard negatives with person-like names come from this set's negative templates (their own seed).
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import build_devset16 as B

SEED = 1_616_016
NEG_SEED = 6_161_606
N_PER_TEMPLATE = 15
N_NEG = 70
ID_BASE = 16_900_000
NAME_SHAPE = re.compile(r"[A-Za-z]+(?: [A-Za-z]+){1,3}")
CUE_WORDS = {
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
}
SHE_FIRST = {
    "adriana",
    "alicia",
    "amanda",
    "angela",
    "anna",
    "belinda",
    "bianca",
    "brittany",
    "chloe",
    "claire",
    "clara",
    "dakota",
    "elizabeth",
    "emily",
    "emma",
    "eva",
    "florence",
    "grace",
    "hannah",
    "isabel",
    "jennifer",
    "jessica",
    "julia",
    "kate",
    "kelly",
    "laura",
    "linda",
    "lisa",
    "lucy",
    "maria",
    "megan",
    "melissa",
    "michelle",
    "monica",
    "naomi",
    "nicole",
    "olivia",
    "rachel",
    "rebecca",
    "sarah",
    "sofia",
    "susan",
    "victoria",
    "zoe",
}
HE_FIRST = {
    "adam",
    "andrew",
    "ben",
    "brad",
    "charles",
    "chris",
    "daniel",
    "david",
    "edward",
    "frank",
    "george",
    "henry",
    "jack",
    "james",
    "jason",
    "john",
    "kevin",
    "mark",
    "matthew",
    "michael",
    "paul",
    "peter",
    "richard",
    "robert",
    "ryan",
    "samuel",
    "scott",
    "thomas",
    "tom",
    "william",
}
Template = Callable[[random.Random, int, str], dict[str, Any]]


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


def _ctx(rng: random.Random, mid: int) -> B.Ctx:
    c = B.Ctx("hold16")
    c.rng = rng
    c.next_id = mid * 100
    c.keys = set()
    return c


def _civ(
    rng: random.Random, mid: int, head: list[str], trig: str | None, **kw: Any
) -> dict[str, Any]:
    c = _ctx(rng, mid)
    return B.civ(c, desc=B.page(c, head, trig), trained=[trig] if trig else [], **kw)


def t_snake_file(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    fn = B.snake(name) + f"_e{rng.randrange(6, 20)}.safetensors"
    return _civ(
        rng,
        mid,
        [f"File: <code>{fn}</code>. Realistic, SDXL."],
        None,
        name=f"Realistic face #{mid % 1000}",
        tags=["realistic"],
        fname=fn,
    )


def t_trigger_word(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    trig = B.squash(name)
    return _civ(
        rng,
        mid,
        ["Use the trigger word below at 0.8."],
        trig,
        name=f"Portrait LoRA {mid % 997}",
        tags=["portrait"],
    )


def t_pipe_trade(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    return _civ(
        rng,
        mid,
        [f"{name}. Trained on press photos."],
        B.squash(name),
        name=f"{name} | {rng.choice(['Actor', 'Singer', 'TV Host', 'Athlete'])}",
        tags=["celebrity"],
    )


def t_caps_version(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    caps = name.upper()
    return _civ(
        rng,
        mid,
        [f"{caps} — v{rng.randrange(2, 7)} for Flux."],
        caps.replace(" ", "_"),
        name=f"{caps} [FLUX] v{rng.randrange(2, 7)}",
        tags=["flux"],
    )


def t_handle(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    h = B.squash(name) + rng.choice(["_official", ".real", "tv", "_"])
    return _civ(rng, mid, [f"From the posts of @{h}."], None, name=f"@{h}", tags=["influencer"])


def t_version_name(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    c = _ctx(rng, mid)
    versions = [
        {"name": f"{name} - v2 (Flux)", "trained": [], "file": f"p{mid}_v2.safetensors"},
        {"name": "v1 (SDXL)", "trained": [], "file": f"p{mid}_v1.safetensors"},
    ]
    return B.civ(
        c,
        name=f"Person LoRA #{mid % 1000}",
        desc=B.page(c, ["See versions."], None),
        tags=["person"],
        versions=versions,
    )


def t_hf_slug(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    c = _ctx(rng, 0)
    slug = B.snake(name).replace("_", "-")
    card = {
        "license": "other",
        "base_model": "black-forest-labs/FLUX.1-dev",
        "tags": ["lora"],
        "instance_prompt": "TOK",
    }
    return B.hf(c, repo=f"facebench{mid % 83}/{slug}-flux-lora", tags=["lora"], card=card)


def t_lora_tag_meta(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    c = _ctx(rng, mid)
    meta = f"<lora:{B.snake(name)}:0.8>, portrait photo, soft light"
    return B.civ(
        c,
        name=f"Gallery set {mid % 1000}",
        desc=B.page(c, ["Example gallery."], None),
        tags=["portrait"],
        meta=meta,
    )


def t_she(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    return _civ(
        rng,
        mid,
        [f"{name} — she is on tour this year; made from her tour photos."],
        B.squash(name),
        name=f"{name} (tour 2025)",
        tags=["celebrity"],
    )


def t_he(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    return _civ(
        rng,
        mid,
        [f"{name} — he is on tour this year; made from his tour photos."],
        B.squash(name),
        name=f"{name} (tour 2025)",
        tags=["celebrity"],
    )


GENDERED: list[tuple[str, Template, str]] = [
    ("poi_she_tour", t_she, "female"),
    ("poi_he_tour", t_he, "male"),
]
TEMPLATES: list[tuple[str, Template]] = [
    ("poi_snake_file", t_snake_file),
    ("poi_trigger_word", t_trigger_word),
    ("poi_pipe_trade", t_pipe_trade),
    ("poi_caps_version", t_caps_version),
    ("poi_handle", t_handle),
    ("poi_version_name", t_version_name),
    ("poi_hf_slug", t_hf_slug),
    ("poi_lora_tag_meta", t_lora_tag_meta),
]
N_NAMES = N_PER_TEMPLATE * (len(TEMPLATES) + len(GENDERED))
# negative shapes with a person-like name on the page
NEG_SHAPES = [
    "oc_turnaround_sheet",
    "made_up_face_seed",
    "chatbot_persona_card",
    "cinematographer_look",
    "surgical_technique_eponym",
    "camera_rig_eponym",
    "tartan_eponym",
    "light_novel_heroine",
    "otome_love_interest",
    "sitcom_cartoon_character",
    "synthetic_model_roster",
    "mecha_pilot",
    "donghua_heroine_hanzi",
    "vtuber_live2d_rig",
]


def _label(
    item: dict[str, Any], shape: str, kind: str, target: str | None, gender: str | None
) -> dict[str, Any]:
    return {
        "platform": "civitai" if "modelVersions" in item else "huggingface",
        "model_id": str(item["id"]),
        "kind": kind,
        "likeness": target is not None,
        "target": target,
        "gender": gender,
        "prominence": "public_figure" if target else None,
        "sexual_intent": B.sexual_cue(item),
        "minor_risk": False,
        "shape": shape,
        "targets": [target] if target else [],
        "aliases": [],
    }


def build_poi16(names: list[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rng = random.Random(SEED)
    pool = sorted(names)
    rng.shuffle(pool)
    first = {n: n.split()[0].lower() for n in pool}
    women = [n for n in pool if first[n] in SHE_FIRST][:N_PER_TEMPLATE]
    men = [n for n in pool if first[n] in HE_FIRST][:N_PER_TEMPLATE]
    rest = [n for n in pool if n not in women and n not in men]
    plan: list[tuple[str, Template, str, str]] = []
    for (shape, tpl, gender), group in zip(GENDERED, (women, men), strict=True):
        plan += [(shape, tpl, gender, n) for n in group]
    for k, (shape, tpl) in enumerate(TEMPLATES):
        plan += [
            (shape, tpl, "unknown", n) for n in rest[k * N_PER_TEMPLATE : (k + 1) * N_PER_TEMPLATE]
        ]
    items: list[dict[str, Any]] = []
    labels: list[dict[str, Any]] = []
    mid = ID_BASE
    for shape, tpl, gender, name in plan:
        mid += rng.randrange(3, 30)
        item = tpl(rng, mid, name)
        items.append(item)
        labels.append(_label(item, shape, "public_figure", name, gender))
    ctx = B.Ctx("hold16")
    ctx.rng = random.Random(NEG_SEED)
    ctx.next_id = ID_BASE * 10
    for k in range(N_NEG):
        shape = NEG_SHAPES[k % len(NEG_SHAPES)]
        template = B.NEGATIVES[shape][0]
        for _ in range(200):
            try:
                item, made = template(ctx)
                break
            except B.Retry:
                continue
        else:
            raise RuntimeError(shape)
        items.append(item)
        labels.append(_label(item, shape, made["kind"], None, None))
    return items, labels
