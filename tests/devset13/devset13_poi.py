"""``poi13``: names of Civitai's POI list placed in ten templates of this set, in memory only.

The names are read at run time from ``../shared/lexicons/civitai/words-poi.json``; nothing built
here is ever written to disk or printed. Gender is labelled only where a template states it
(``she`` / ``he``, for names whose first word is in the short first-name lists below); every
other positive is ``unknown``. Sixty invented hard negatives come from this set's negative
templates (vocabulary part B, their own seed).
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import build_devset13 as B

SEED = 1_301_313
NEG_SEED = 3_130_131
N_PER_TEMPLATE = 15
N_NEG = 60
ID_BASE = 9_130_000
NAME_SHAPE = re.compile(r"[A-Za-z]+(?: [A-Za-z]+){1,3}")
CUE_WORDS = {"lora", "style", "woman", "man", "girl", "boy", "model", "the", "of", "and", "version",
             "face", "mix", "cast"}  # fmt: skip
FEMALE_FIRST = {
    "anna", "emma", "sophie", "olivia", "emily", "sarah", "kate", "lisa", "laura", "julia",
    "maria", "natalie", "rachel", "rebecca", "amanda", "elizabeth", "megan", "hannah", "chloe",
    "grace", "victoria", "nicole", "michelle", "amber", "angela", "helen", "claire", "linda",
    "mary", "monica", "nina", "rose", "sandra", "sofia", "susan", "zoe", "eva", "jenna", "lucy",
    "melissa", "mia", "naomi", "alice", "isabella", "charlotte", "jessica", "jennifer", "kim",
}  # fmt: skip
MALE_FIRST = {
    "john", "james", "robert", "michael", "david", "richard", "thomas", "chris", "daniel",
    "matthew", "mark", "paul", "steven", "andrew", "kevin", "brian", "george", "edward",
    "peter", "tom", "william", "henry", "jack", "ryan", "adam", "charles", "frank", "joe",
    "jason", "justin", "patrick", "samuel", "scott", "simon", "tony", "luke", "oscar", "sean",
}  # fmt: skip
FEMALE_FIRST.discard("kim")  # a unisex name: no gender from it
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
    c = B.Ctx("hold13")
    c.rng = rng
    c.next_id = mid * 100  # ids mid*100 + 5..46: distinct for distinct mids
    c.keys = set()
    return c


def _civ(rng: random.Random, mid: int, **kw: Any) -> dict[str, Any]:
    return B.civ(_ctx(rng, mid), **kw)


def _hf(rng: random.Random, repo: str, **kw: Any) -> dict[str, Any]:
    return B.hf(_ctx(rng, 0), repo=repo, **kw)


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def t_booru_tag(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    tag = "_".join(name.lower().split()) + "_(celebrity)"
    return _civ(rng, mid, name=f"Real person tag #{mid % 1000} [Illustrious]",
                desc=B.html("Booru-style tag, see trigger words."), tags=["real person"],
                trained=[tag])  # fmt: skip


def t_faceid_hf(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    card = {"license": "cc-by-nc-4.0", "tags": ["ip-adapter", "faceid"],
            "base_model": "stabilityai/stable-diffusion-xl-base-1.0"}  # fmt: skip
    return _hf(rng, f"idbank{mid % 89}/{_slug(name)}-faceid", tags=["ip-adapter"], card=card,
               files=["faceid.bin"])  # fmt: skip


def t_lookalike(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    return _civ(rng, mid, name=f"{name} lookalike", tags=["lookalike"],
                desc=B.html(f"A very close lookalike face of {name}."))  # fmt: skip


def t_face_mix(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    desc = B.html("Face mix:", B.bullets(f"{name} 60%", "random generated face 40%"))
    return _civ(rng, mid, name=f"Face mix #{mid % 997}", desc=desc, tags=["merge"])


def t_family_caps(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    *rest, last = name.split()
    return _civ(rng, mid, name=f"{last.upper()} {' '.join(rest)}", tags=["realistic"],
                desc=B.html("Portrait LoRA, 45 images."))  # fmt: skip


def t_hf_datasets(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    card = {"license": "openrail", "tags": ["lora"], "datasets": [f"facesets/{_slug(name)}-photos"],
            "base_model": "black-forest-labs/FLUX.1-dev", "instance_prompt": "p3rs0n"}  # fmt: skip
    return _hf(rng, f"fluxtrain{mid % 97}/p3rs0n-{mid}", tags=["lora"], card=card)


def t_live_action(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    desc = B.html(f"Captain Orla Vey from the series <i>Harbor Lights</i>, played by {name}.")
    return _civ(rng, mid, name="Captain Orla Vey (Harbor Lights)", desc=desc, tags=["character"])


def t_version_name(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    return _civ(rng, mid, name=f"Portrait LoRA #{mid % 1000}", tags=["portrait"],
                desc=B.html("See the version name."), vname=f"{name} v2")  # fmt: skip


def t_she(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    desc = B.html(f"{name}: she asked for no watermark, so her face is clean here.")
    return _civ(rng, mid, name=f"{name} [XL]", desc=desc, tags=["realistic"])


def t_he(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    desc = B.html(f"{name}: he asked for no watermark, so his face is clean here.")
    return _civ(rng, mid, name=f"{name} [XL]", desc=desc, tags=["realistic"])


GENDERED: list[tuple[str, Template, str]] = [
    ("poi_pronoun_she", t_she, "female"),
    ("poi_pronoun_he", t_he, "male"),
]
TEMPLATES: list[tuple[str, Template]] = [
    ("poi_booru_tag", t_booru_tag),
    ("poi_faceid_hf", t_faceid_hf),
    ("poi_lookalike", t_lookalike),
    ("poi_face_mix", t_face_mix),
    ("poi_family_caps", t_family_caps),
    ("poi_hf_datasets", t_hf_datasets),
    ("poi_live_action", t_live_action),
    ("poi_version_name", t_version_name),
]
N_NAMES = N_PER_TEMPLATE * (len(TEMPLATES) + len(GENDERED))


def _label(
    item: dict[str, Any], shape: str, target: str | None, gender: str | None, aliases: list[str]
) -> dict[str, Any]:
    return {
        "platform": "civitai" if "modelVersions" in item else "huggingface",
        "model_id": str(item["id"]),
        "kind": "public_figure" if target else shape,
        "likeness": target is not None,
        "target": target,
        "gender": gender,
        "prominence": "public_figure" if target else None,
        "sexual_intent": B.sexual_cue(item),
        "minor_risk": False,
        "shape": shape,
        "targets": [target] if target else [],
        "aliases": aliases,
    }


def build_poi13(names: list[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rng = random.Random(SEED)
    pool = sorted(names)
    rng.shuffle(pool)
    first = {n: n.split()[0].lower() for n in pool}
    women = [n for n in pool if first[n] in FEMALE_FIRST][:N_PER_TEMPLATE]
    men = [n for n in pool if first[n] in MALE_FIRST and n not in women][:N_PER_TEMPLATE]
    rest = [n for n in pool if n not in women and n not in men]
    plan: list[tuple[str, Template, str, str]] = []
    for (shape, tpl, gender), group in zip(GENDERED, (women, men), strict=True):
        plan += [(shape, tpl, gender, n) for n in group]
    for k, (shape, tpl) in enumerate(TEMPLATES):
        group = rest[k * N_PER_TEMPLATE : (k + 1) * N_PER_TEMPLATE]
        plan += [(shape, tpl, "unknown", n) for n in group]
    items: list[dict[str, Any]] = []
    labels: list[dict[str, Any]] = []
    mid = ID_BASE
    for shape, tpl, gender, name in plan:
        mid += rng.randrange(3, 30)
        item = tpl(rng, mid, name)
        *given, last = name.split()
        aliases = [f"{last} {' '.join(given)}"] if shape == "poi_family_caps" else []
        items.append(item)
        labels.append(_label(item, shape, name, gender, aliases))
    ctx = B.Ctx("hold13")
    ctx.rng = random.Random(NEG_SEED)
    ctx.next_id = ID_BASE + 600_000
    negs = sorted(B.NEGATIVES)
    for k in range(N_NEG):
        shape = negs[k % len(negs)]
        template = B.NEGATIVES[shape][0]
        for _ in range(80):
            try:
                item, made = template(ctx)
                break
            except B.Retry:
                continue
        else:
            raise RuntimeError(shape)
        lab = _label(item, shape, None, None, [])
        lab["kind"] = made["kind"]
        items.append(item)
        labels.append(lab)
    return items, labels
