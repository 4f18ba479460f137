"""``poi8``: the eighth set's templates filled, in memory only, with names of Civitai's POI list.

``build_poi8(load_names(path))`` returns ``(items, labels)``; nothing is ever written to disk.
Gender is labelled (and scored) only where a template states it in words (``poi_pronoun``), and
that template is used only for names whose first word is in this module's short first-name
lists; every other positive has gender ``unknown``. The hard negatives come from the set's own
negative templates (vocabulary part B, another seed).
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_devset8 as B  # noqa: E402

NAME_SEED = 8_080_808
NEGATIVE_SEED = 8_181_818
N_POSITIVE = 150
N_NEGATIVE = 60
N_PRONOUN = 24
LETTERS = re.compile(r"^[^\W\d_]+(?:[ '.\-][^\W\d_]+)+$")
FEMALE_FIRST = {
    "anna",
    "maria",
    "emma",
    "sarah",
    "laura",
    "julia",
    "sophie",
    "olivia",
    "emily",
    "jessica",
    "jennifer",
    "elizabeth",
    "kate",
    "natalie",
    "rachel",
    "amanda",
    "emilia",
    "alexandra",
    "scarlett",
    "megan",
    "lily",
    "chloe",
    "hannah",
    "victoria",
    "amber",
    "ashley",
    "jenna",
    "kristen",
    "zoe",
    "ella",
    "eva",
    "nina",
    "lisa",
    "linda",
    "angela",
    "monica",
    "jane",
}
MALE_FIRST = {
    "john",
    "michael",
    "david",
    "chris",
    "robert",
    "james",
    "tom",
    "daniel",
    "paul",
    "mark",
    "peter",
    "william",
    "richard",
    "henry",
    "jack",
    "ryan",
    "adam",
    "steve",
    "george",
    "brad",
}


def load_names(path: Path) -> list[str]:
    """The list's entries usable as a person's name: two to four words of letters, no cue word."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    names = []
    for entry in raw if isinstance(raw, list) else []:
        if not isinstance(entry, str):
            continue
        name = " ".join(entry.split())
        if not (LETTERS.match(name) and 2 <= len(name.split()) <= 4 and len(name) <= 40):
            continue
        probe = {"description": name}
        if B.sexual_cue(probe) or B.minor_cue(probe):
            continue
        names.append(name)
    return sorted(set(names))


def _gender_of(name: str) -> str | None:
    first = name.split()[0].lower()
    return "female" if first in FEMALE_FIRST else "male" if first in MALE_FIRST else None


Template = Callable[[B.Ctx, str], tuple[B.Item, str]]


def t_hashtag(c: B.Ctx, n: str) -> tuple[B.Item, str]:
    tag = B.slug(n, "")
    item = B.civitai(
        c, "IG look 21", B.p(f"📸 #{tag} #photoshoot") + B.usage(c), "LORA", ["realistic"]
    )
    return item, tag


def t_lora_syntax(c: B.Ctx, n: str) -> tuple[B.Item, str]:
    key = B.slug(n, "_") + "_v1"
    body = B.prompt(c, "1person", f", <lora:{key}:0.8>")
    item = B.civitai(c, "Face study 0x21", B.p("prompt:") + B.pre(body), "LORA", ["portrait"])
    return item, key


def t_possessive(c: B.Ctx, n: str) -> tuple[B.Item, str]:
    item = B.civitai(c, f"{n}'s face (SDXL)", B.p("likeness LoRA, 30 photos"), "LORA", ["portrait"])
    return item, n


def t_french(c: B.Ctx, n: str) -> tuple[B.Item, str]:
    item = B.civitai(
        c,
        "LoRA portrait 14",
        B.p(f"LoRA de {n}, entraîné sur 40 photos. Poids 0,7."),
        "LORA",
        ["portrait"],
    )
    return item, n


def t_image_meta(c: B.Ctx, n: str) -> tuple[B.Item, str]:
    item = B.civitai(
        c,
        "portrait helper 31",
        B.p("see images"),
        "LORA",
        ["photorealistic"],
        era="2025",
        prompts=[B.prompt(c, n)],
    )
    return item, n


def t_caricature(c: B.Ctx, n: str) -> tuple[B.Item, str]:
    item = B.civitai(
        c,
        f"{n} chibi caricature",
        B.p("keeps the face, 3D cartoon style"),
        "LORA",
        ["caricature", "3d"],
    )
    return item, n


def t_hf_mirror(c: B.Ctx, n: str) -> tuple[B.Item, str]:
    mid = c.rng.randint(100_000, 1_900_000)
    sl = B.slug(n, "_")
    item = B.hf(
        c,
        f"civitai-archive-{c.rng.randint(2, 9)}/{mid}_{sl}",
        ["civitai"],
        {},
        [f"{sl}.safetensors"],
    )
    return item, sl


def t_wiki_bio(c: B.Ctx, n: str) -> tuple[B.Item, str]:
    item = B.civitai(
        c,
        "TI-" + B.slug(n, "")[:6],
        B.p(f"<strong>{n}</strong> (born 1989) is known worldwide."),
        "TextualInversion",
        ["person"],
    )
    return item, n


def t_bounty_note(c: B.Ctx, n: str) -> tuple[B.Item, str]:
    item = B.civitai(
        c, "bounty entry #7", B.p(f"Entry for the bounty requesting {n}."), "LORA", ["portrait"]
    )
    return item, n


TEMPLATES: list[tuple[str, Template]] = [
    ("poi_hashtag", t_hashtag),
    ("poi_lora_syntax", t_lora_syntax),
    ("poi_possessive", t_possessive),
    ("poi_french", t_french),
    ("poi_image_meta", t_image_meta),
    ("poi_caricature", t_caricature),
    ("poi_hf_mirror", t_hf_mirror),
    ("poi_wiki_bio", t_wiki_bio),
    ("poi_bounty", t_bounty_note),
]


def _pronoun(c: B.Ctx, n: str, g: str) -> B.Item:
    line = (
        f"{n}. {'She' if g == 'female' else 'He'} is a well-known face, photos from public events."
    )
    return B.civitai(c, n, B.p(line), "LORA", ["realistic"])


def build_poi8(names: list[str]) -> tuple[list[B.Item], list[B.Label]]:
    pool = sorted(set(names))
    rng = random.Random(NAME_SEED)
    gendered = [n for n in pool if _gender_of(n)]
    pronoun = rng.sample(gendered, min(N_PRONOUN, len(gendered)))
    rest = rng.sample([n for n in pool if n not in set(pronoun)], N_POSITIVE - len(pronoun))
    c = B.Ctx("hold8", seed=NAME_SEED)
    made: list[tuple[B.Item, B.Label]] = []
    for n in pronoun:
        g = _gender_of(n) or "unknown"
        item = _pronoun(c, n, g)
        made.append(
            (item, B.label(item, "public_figure", "poi_pronoun", target=n, gender=g, aliases=[]))
        )
    for i, n in enumerate(rest):
        shape, tmpl = TEMPLATES[i % len(TEMPLATES)]
        item, form = tmpl(c, n)
        made.append(
            (
                item,
                B.label(item, "public_figure", shape, target=n, gender="unknown", aliases=[form]),
            )
        )
    neg = B.Ctx("hold8", seed=NEGATIVE_SEED)
    neg.next_id = 5_000_000  # apart from the positives' ids
    negatives = [row[0] for row in B.SHAPES if row[0](B.Ctx("hold8"))[1]["likeness"] is False]
    for i in range(N_NEGATIVE):
        made.append(negatives[i % len(negatives)](neg))
    random.Random(NAME_SEED + 1).shuffle(made)
    for item, lab in made:
        assert B.sexual_cue(item) == lab["sexual_intent"] and B.minor_cue(item) == lab["minor_risk"]
    return [m[0] for m in made], [m[1] for m in made]


def stated_genders(labels: list[dict[str, Any]]) -> int:
    return sum(1 for x in labels if x["likeness"] and x["gender"] in ("female", "male"))
