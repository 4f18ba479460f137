# ruff: noqa: E501  (vocabulary and wording lists are kept one idea per line)
"""``poi17``: names of Civitai's POI list in twelve templates of this set, built in memory only.

The names are read at run time from ``../shared/lexicons/civitai/words-poi.json``; nothing built
here is written to disk or printed. The templates: the name with an emoji and a version in the
title, only in the description under a generic title, only as a camelCase file name, as
``Family, Given`` in the title, only in the tags (lower case), only in an HF widget prompt, as the
actor of a live-action role, two names in a blend (both are targets), a ``given.family``
trigger, a name in a Chinese or Korean line, and two gendered templates (a pronoun) used only for
names whose first word is in the short first-name lists below; every other positive is
``unknown``. Sixty-four invented hard negatives with person-like names come from this set's
negative templates (their own seed).
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import build_devset17 as B

SEED = 1_717_017
NEG_SEED = 7_171_707
N_PER_TEMPLATE = 15
N_NEG = 64
ID_BASE = 17_900_000
NAME_SHAPE = re.compile(r"[A-Za-z]+(?: [A-Za-z]+){1,3}")
CUE_WORDS = {"lora", "style", "woman", "man", "girl", "boy", "model", "the", "of", "and", "by",
             "face", "mix", "pack", "v", "xl", "flux", "official", "from", "as"}  # fmt: skip
SHE_FIRST = {"alice", "amber", "anna", "ashley", "emma", "eva", "hannah", "helen", "jane", "jenna",
             "jessica", "julia", "karen", "kate", "laura", "lily", "lucy", "maria", "mary", "megan",
             "mia", "natalie", "nicole", "olivia", "rachel", "sara", "sarah", "sophie", "stella",
             "zoe", "elena", "irina", "jade", "kim", "lena", "nina", "rose", "vanessa"}  # fmt: skip
HE_FIRST = {"adam", "alex", "ben", "bruce", "carl", "chris", "dan", "david", "eric", "frank", "harry",
            "jack", "jake", "james", "joe", "john", "keanu", "leo", "luke", "mark", "mike", "nick",
            "paul", "peter", "ryan", "sam", "steve", "tom", "tony", "will"}  # fmt: skip
Template = Callable[[B.Ctx, str], dict[str, Any]]


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


def _page(c: B.Ctx, line: str, subject: str | None) -> str:
    return B.page(c, [line], subject)


def t_emoji_title(c: B.Ctx, name: str) -> dict[str, Any]:
    return B.civ(c, name=f"{name} {c.pick(['✨', '🔥', '💫'])} v{c.rng.randrange(2, 6)}",
                 desc=_page(c, "trained on 40 pics, weight 0.8", B.squash(name)), tags=["celebrity"])  # fmt: skip


def t_desc_only(c: B.Ctx, name: str) -> dict[str, Any]:
    return B.civ(c, name=f"Realistic Person #{c.rng.randrange(10, 999)}",
                 desc=_page(c, f"this one is {name}. press photos only", None), tags=["realistic"])  # fmt: skip


def t_camel_file(c: B.Ctx, name: str) -> dict[str, Any]:
    w = name.split()
    camel = w[0].lower() + "".join(x.capitalize() for x in w[1:])
    return B.civ(c, name=f"face lora {c.rng.randrange(100, 999)}", desc=_page(c, "see file", None),
                 tags=["person"], fname=camel)  # fmt: skip


def t_family_comma(c: B.Ctx, name: str) -> dict[str, Any]:
    w = name.split()
    return B.civ(c, name=f"{w[-1]}, {' '.join(w[:-1])}", desc=_page(c, "SDXL + Pony versions", None),
                 tags=["celebrity", "realistic"])  # fmt: skip


def t_tags_only(c: B.Ctx, name: str) -> dict[str, Any]:
    return B.civ(c, name=f"Portrait set {c.rng.randrange(10, 99)}", desc=_page(c, "portrait lora", None),
                 tags=["portrait", name.lower(), "photo"])  # fmt: skip


def t_hf_widget(c: B.Ctx, name: str) -> dict[str, Any]:
    return B.hf_lora(c, f"portrait-lora-{c.rng.randrange(100, 9999)}", "TOK",
                     [f"photo of {name}, {c.pick(B.SCENES)}"], "portrait lora", [])  # fmt: skip


def t_live_action(c: B.Ctx, name: str) -> dict[str, Any]:
    role, show = c.pick(B.ROLES_F + B.ROLES_M), c.pick(B.SHOWS)
    return B.civ(c, name=f"{role} ({show})", desc=_page(c, f"{role} as played by {name} in {show}", None),
                 tags=["character", "tv"])  # fmt: skip


def t_trigger_dot(c: B.Ctx, name: str) -> dict[str, Any]:
    trig = ".".join(name.lower().split())
    return B.civ(c, name=f"Person #{c.rng.randrange(100, 999)}", desc=_page(c, "trigger below", trig),
                 tags=["person"], trained=[trig])  # fmt: skip


def t_cjk_line(c: B.Ctx, name: str) -> dict[str, Any]:
    line = c.pick([f"{name} 的LoRA，训练集60张", f"{name} 로라입니다", f"{name}のLoRAです"])
    return B.civ(c, name=f"{name}", desc=_page(c, line, None), tags=["真人"])


def t_she(c: B.Ctx, name: str) -> dict[str, Any]:
    return B.civ(c, name=f"{name}", desc=_page(c, f"{name}. she asked fans not to share her photos", None),
                 tags=["celebrity"])  # fmt: skip


def t_he(c: B.Ctx, name: str) -> dict[str, Any]:
    return B.civ(c, name=f"{name}", desc=_page(c, f"{name}. he asked fans not to share his photos", None),
                 tags=["celebrity"])  # fmt: skip


GENDERED: list[tuple[str, Template, str]] = [
    ("poi_she_line", t_she, "female"),
    ("poi_he_line", t_he, "male"),
]
TEMPLATES: list[tuple[str, Template]] = [
    ("poi_emoji_title", t_emoji_title),
    ("poi_desc_only", t_desc_only),
    ("poi_camel_file", t_camel_file),
    ("poi_family_comma", t_family_comma),
    ("poi_tags_only", t_tags_only),
    ("poi_hf_widget", t_hf_widget),
    ("poi_live_action", t_live_action),
    ("poi_trigger_dot", t_trigger_dot),
    ("poi_cjk_line", t_cjk_line),
]
BLEND = "poi_named_blend"
N_NAMES = N_PER_TEMPLATE * (len(TEMPLATES) + len(GENDERED) + 2)  # a blend takes two names
N_ITEMS = N_PER_TEMPLATE * (len(TEMPLATES) + len(GENDERED) + 1)
NEG_SHAPES = ["anime_character", "western_character", "vtuber_avatar", "painter_style", "made_up_character",
              "doll_ethnic_look", "unnamed_face_blend", "person_does_not_exist"]  # fmt: skip


def _label(
    item: dict[str, Any], shape: str, kind: str, targets: list[str], gender: str | None
) -> dict[str, Any]:
    target = targets[0] if targets else None
    return {
        "platform": "civitai" if "modelVersions" in item else "huggingface",
        "model_id": str(item["id"]),
        "kind": kind,
        "likeness": bool(targets),
        "target": target,
        "gender": gender,
        "prominence": "public_figure" if targets else None,
        "sexual_intent": B.sexual_cue(item),
        "minor_risk": B.minor_cue(item),
        "shape": shape,
        "targets": targets,
        "aliases": [_family_first(target)] if shape == "poi_family_comma" and target else [],
    }


def _family_first(name: str) -> str:
    w = name.split()
    return f"{w[-1]} {' '.join(w[:-1])}"


def _ctx(rng: random.Random, base: int) -> B.Ctx:
    c = B.Ctx("dev17")
    c.rng = rng
    c.next_id = base
    return c


def build_poi17(names: list[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rng = random.Random(SEED)
    pool = sorted(names)
    rng.shuffle(pool)
    first = {n: n.split()[0].lower() for n in pool}
    women = [n for n in pool if first[n] in SHE_FIRST][:N_PER_TEMPLATE]
    men = [n for n in pool if first[n] in HE_FIRST][:N_PER_TEMPLATE]
    rest = [n for n in pool if n not in women and n not in men]
    c = _ctx(rng, ID_BASE)
    items: list[dict[str, Any]] = []
    labels: list[dict[str, Any]] = []
    for (shape, tpl, gender), group in zip(GENDERED, (women, men), strict=True):
        for n in group:
            items.append(tpl(c, n))
            labels.append(_label(items[-1], shape, "public_figure", [n], gender))
    k = 0
    for shape, tpl in TEMPLATES:
        for n in rest[k : k + N_PER_TEMPLATE]:
            items.append(tpl(c, n))
            labels.append(_label(items[-1], shape, "public_figure", [n], "unknown"))
        k += N_PER_TEMPLATE
    for _ in range(N_PER_TEMPLATE):
        a, b = rest[k], rest[k + 1]
        k += 2
        item = B.civ(c, name=f"{a} x {b} blend", desc=_page(c, f"merged faces of {a} and {b}", None),
                     tags=["blend", "celebrity"])  # fmt: skip
        items.append(item)
        labels.append(_label(item, BLEND, "public_figure", [a, b], "unknown"))
    neg = _ctx(random.Random(NEG_SEED), ID_BASE + 50_000)
    for i in range(N_NEG):
        shape = NEG_SHAPES[i % len(NEG_SHAPES)]
        template = B.NEGATIVES[shape][0]
        for _ in range(300):
            try:
                item, made = template(neg)
                break
            except B.Retry:
                continue
        else:
            raise RuntimeError(shape)
        items.append(item)
        labels.append(_label(item, shape, made["kind"], [], None))
    return items, labels
