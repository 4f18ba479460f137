"""``poi9``: the ninth set's templates filled IN MEMORY with names of Civitai's POI list.

Never written to disk. ``load_names`` reads ``../shared/lexicons/civitai/words-poi.json``;
``build_poi9`` picks names (seed 9090909, after sorting), fills this module's own templates and
adds invented hard negatives from the set's negative templates (seed 9191919, vocabulary part B).
Gender is stated, and labelled, only by the two gendered templates, used for names whose first
word is in the short first-name lists below; every other positive has gender ``unknown``.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_devset9 as B  # noqa: E402

SEED, NEG_SEED = 9090909, 9191919
N_NAMES, N_GENDERED, N_NEG = 150, 24, 60
CUE = re.compile(r"\b(nude|nsfw|porn|sexy|teen|kid|young|baby|girl|boy)\b", re.I)
FEMALE_FIRST = {
    "Anna",
    "Emma",
    "Sarah",
    "Jessica",
    "Emily",
    "Laura",
    "Maria",
    "Kate",
    "Julia",
    "Natalie",
    "Olivia",
    "Sophie",
    "Megan",
    "Rachel",
    "Amanda",
    "Jennifer",
    "Elizabeth",
    "Chloe",
    "Alice",
    "Lily",
    "Michelle",
    "Nicole",
}
MALE_FIRST = {
    "John",
    "James",
    "Michael",
    "David",
    "Chris",
    "Tom",
    "Robert",
    "Daniel",
    "Ryan",
    "Mark",
    "Paul",
    "Matt",
    "Henry",
    "Jack",
}


def load_names(path: Path) -> list[str]:
    """Entries of two to four words of letters, without a cue word of their own, sorted."""
    raw = json.loads(path.read_text("utf-8"))
    return sorted(
        {
            str(n).strip()
            for n in raw
            if 2 <= len(str(n).split()) <= 4
            and re.fullmatch(r"[^\W\d_][\w'.\- ]*", str(n).strip())
            and not CUE.search(str(n))
        }
    )


def _snake(s: str) -> str:
    return re.sub(r"\W+", "_", s).strip("_").lower()


def _t_link(c: B.Ctx, p: str) -> dict[str, Any]:
    url = "https://en.wikipedia.org/wiki/" + p.replace(" ", "_")
    return B.civ(
        c,
        "Mystery face #9",
        "LORA",
        ["portrait"],
        f'<p>who is it? <a href="{url}">hint</a> 🙃</p>',
        trained=["myst9"],
    )


def _t_table(c: B.Ctx, p: str) -> dict[str, Any]:
    return B.civ(
        c,
        "Dataset card",
        "LORA",
        ["portrait"],
        f"<table><tr><th>Subject</th><td>{p}</td></tr><tr><th>Images</th><td>48</td></tr></table>",
        trained=["dcard"],
    )


def _t_video(c: B.Ctx, p: str) -> dict[str, Any]:
    return B.civ(
        c,
        f"{p} — Wan video LoRA",
        "LORA",
        ["video"],
        "<p>Wan 2.1 t2v, 33 frames</p>",
        trained=[_snake(p)],
        era="2025",
        base="Wan Video 14B t2v",
    )


def _t_eras(c: B.Ctx, p: str) -> dict[str, Any]:
    vers = [
        {
            "name": f"{y}s era",
            "desc": None,
            "trained": [f"{_snake(p)}_{y}"],
            "files": [f"{_snake(p)}_{y}.safetensors"],
            "prompts": [],
        }
        for y in (2000, 2010)
    ]
    return B.civ(
        c, f"{p} (two eras)", "LORA", ["celebrity"], "<p>one version per era</p>", versions=vers
    )


def _t_denial(c: B.Ctx, p: str) -> dict[str, Any]:
    return B.civ(
        c,
        f"Definitely not {p} 😉",
        "LORA",
        ["lookalike"],
        "<p>Any resemblance is purely coincidental (wink).</p>",
        trained=["notthem"],
    )


def _t_sibling(c: B.Ctx, p: str) -> dict[str, Any]:
    return B.hf(
        c,
        f"lora-dumps/batch-{c.rng.randint(1, 99)}",
        [],
        siblings=[f"{_snake(p)}-000010.safetensors"],
    )


def _t_crosspost(c: B.Ctx, p: str) -> dict[str, Any]:
    return B.civ(
        c,
        "Reddit request (SDXL)",
        "LORA",
        ["request"],
        f"<p>x-post: someone on r/StableDiffusion asked for {p}, here you go</p>",
        trained=["rq_face"],
    )


def _t_alt(c: B.Ctx, p: str) -> dict[str, Any]:
    return B.civ(
        c,
        "Premiere look",
        "LORA",
        ["portrait"],
        f'<p><img src="https://i.imgur.com/x.jpg" alt="{p} at the premiere"></p>',
        trained=["prem"],
    )


def _t_spanish(c: B.Ctx, p: str, g: str) -> dict[str, Any]:
    line = f"{p} — ella es actriz." if g == "female" else f"{p} — él es actor."
    return B.civ(
        c, "Retrato LoRA", "LORA", ["retrato"], f"<p>{line} Peso 0.8.</p>", trained=["retrato9"]
    )


def _t_caption(c: B.Ctx, p: str, g: str) -> dict[str, Any]:
    w = "woman" if g == "female" else "man"
    return B.civ(
        c,
        "Flux caption LoRA",
        "LORA",
        ["flux"],
        "<p>use the sentence</p>",
        trained=[f"a photo of {p}, a {w} with dark hair"],
        era="2025",
    )


PLAIN: list[tuple[str, Callable[[B.Ctx, str], dict[str, Any]], str]] = [
    ("poi_link_url", _t_link, "civitai"),
    ("poi_desc_table", _t_table, "civitai"),
    ("poi_video_lora", _t_video, "civitai"),
    ("poi_era_versions", _t_eras, "civitai"),
    ("poi_denial", _t_denial, "civitai"),
    ("poi_hf_sibling", _t_sibling, "huggingface"),
    ("poi_crosspost", _t_crosspost, "civitai"),
    ("poi_alt_text", _t_alt, "civitai"),
]
GENDERED = [("poi_spanish_pronoun", _t_spanish), ("poi_caption_gender", _t_caption)]
NEGATIVE_SHAPES = [
    s
    for s, _fn, *_ in B.SHAPES
    if s
    in {
        "anime_character",
        "anime_cv_credit",
        "vtuber",
        "game_npc_full_name",
        "painter_style",
        "checkpoint",
        "celebrity_concept",
        "author_credit",
        "celebrity_hairstyle",
        "fiction_disclaimer",
        "ai_influencer",
        "generic_face",
        "doll_likeness",
        "show_set_design",
        "ordinary_word_concept",
    }
]


def build_poi9(names: list[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rng = random.Random(SEED)

    def gender(name: str) -> str | None:
        first = name.split()[0].capitalize()
        return "female" if first in FEMALE_FIRST else "male" if first in MALE_FIRST else None

    gendered = [n for n in names if gender(n)]
    g_picks = rng.sample(gendered, min(N_GENDERED, len(gendered)))
    rest = [n for n in names if n not in set(g_picks)]
    picks = [(n, True) for n in g_picks] + [
        (n, False) for n in rng.sample(rest, min(N_NAMES - len(g_picks), len(rest)))
    ]
    ctx = B.Ctx("hold9", SEED)
    items, labels = [], []
    for n, (name, stated) in enumerate(picks):
        person = name.title()
        if stated:
            g = gender(name) or "unknown"
            shape, fn = GENDERED[n % len(GENDERED)]
            item, platform, label_gender = fn(ctx, person, g), "civitai", g
        else:
            shape, fn1, platform = PLAIN[n % len(PLAIN)]
            item, label_gender = fn1(ctx, person), "unknown"
        label = B.lab(item, "public_figure", target=person, gender=label_gender, platform=platform)
        label["shape"] = shape
        items.append(item)
        labels.append(label)
    neg = B.Ctx("hold9", NEG_SEED)
    table = {s: fn for s, fn, *_ in B.SHAPES}
    for k in range(N_NEG):
        shape = NEGATIVE_SHAPES[k % len(NEGATIVE_SHAPES)]
        item, label = table[shape](neg)
        label["shape"] = shape
        items.append(item)
        labels.append(label)
    order = list(range(len(items)))
    rng.shuffle(order)
    for item, label in zip(items, labels, strict=True):
        B.check(item, label)
    return [items[i] for i in order], [labels[i] for i in order]
