"""``poi11``: names of Civitai's POI list placed in ten templates of this set, in memory only.

The names are read at run time from ``../shared/lexicons/civitai/words-poi.json``; nothing built
here is ever written to disk. Gender is labelled only where a template states it (``her`` /
``him``, for names whose first word is in the short first-name lists below); every other
positive is ``unknown``. Sixty invented hard negatives come from this set's negative templates
(vocabulary part B, their own seed).
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import build_devset11 as B

SEED = 1_101_111
NEG_SEED = 1_111_011
N_PER_TEMPLATE = 15
N_NEG = 60
ID_BASE = 9_110_000
NAME_SHAPE = re.compile(r"[A-Za-z]+(?: [A-Za-z]+){1,3}")
CUE_WORDS = {"lora", "style", "woman", "man", "girl", "boy", "model", "the", "of", "and", "version"}
FEMALE_FIRST = {
    "anna", "emma", "sophie", "olivia", "emily", "jessica", "sarah", "jennifer", "kate", "lisa",
    "laura", "julia", "maria", "natalie", "rachel", "rebecca", "samantha", "amanda", "ashley",
    "elizabeth", "megan", "hannah", "chloe", "grace", "victoria", "nicole", "michelle",
    "alexandra", "amber", "angela", "anne", "helen", "claire", "diane", "karen", "linda",
    "mary", "monica", "nina", "rose", "ruby", "sandra", "sofia", "stephanie", "susan", "zoe",
    "alicia", "eva", "jenna", "katie", "lily", "lucy", "madison", "melissa", "mia", "naomi",
}  # fmt: skip
MALE_FIRST = {
    "john", "james", "robert", "michael", "david", "richard", "thomas", "chris", "daniel",
    "matthew", "mark", "paul", "steven", "andrew", "kevin", "brian", "george", "edward",
    "peter", "tom", "william", "henry", "jack", "ryan", "adam", "ben", "charles", "frank",
    "joe", "brad", "jason", "justin", "patrick", "samuel", "scott", "simon", "tony", "jake",
    "jeff", "jim", "luke", "nicolas", "oscar", "pedro", "sean", "will",
}  # fmt: skip
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


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def _civ(rng: random.Random, mid: int, **kw: Any) -> dict[str, Any]:
    c = B.Ctx("hold11")
    c.rng = rng
    c.next_id = mid - 1
    c.used = set()
    return B.civ(c, **kw)


def _hf(rng: random.Random, repo: str, **kw: Any) -> dict[str, Any]:
    c = B.Ctx("hold11")
    c.rng = rng
    c.used = set()
    return B.hf(c, repo=repo, **kw)


def t_person_tag(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    tag = f"person:{_slug(name)}"
    card = {"license": "other", "tags": ["lora", tag], "instance_prompt": "zkw",
            "widget": [{"text": "zkw, close-up portrait"}]}  # fmt: skip
    return _hf(rng, f"faceset{mid % 97}/likeness-{mid}", tags=["lora", tag], card=card)


def t_lora_hashes(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    key = "".join(w.capitalize() for w in name.split())
    return _civ(rng, mid, name=f"Face test {mid % 1000}", desc=B.para("Face LoRA, trigger ohwx."),
                tags=["realistic"], trained=["ohwx"], prompt="ohwx, portrait",
                lora_hashes=f"{key}_v2: {mid:012x}")  # fmt: skip


def t_caps_title(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    return _civ(rng, mid, name=f"{name.upper()} [FLUX]", desc=B.para("Trained on 50 photos."),
                tags=["realistic"])  # fmt: skip


def t_letter_spaced(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    spaced = "   ".join(" ".join(w.upper()) for w in name.split())
    return _civ(rng, mid, name=spaced, desc=B.para("You know who."), tags=["realistic"])


def t_spanish_page(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    desc = B.para(f"Modelo de {name}. Entrenado con 60 fotos públicas. Peso recomendado 0,7.")
    return _civ(rng, mid, name=f"{name} - LoRA", desc=desc, tags=[])


def t_age_progression(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    desc = B.para(f"{name} at 30, at 50 and at 70: one version per decade.")
    return _civ(rng, mid, name=f"{name} through the years", desc=desc, tags=["aging"])


def t_faceswap(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    desc = B.para(f"Inpainting / face swap reference of {name}: mask the face and go.")
    return _civ(rng, mid, name=f"{name} faceswap", desc=desc, tags=["inpainting"], mtype="Other")


def t_hf_base_model(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    card = {"license": "other", "base_model": f"lorahub{mid % 89}/{_slug(name)}-sdxl",
            "tags": ["lora"], "instance_prompt": "qxz"}  # fmt: skip
    return _hf(rng, f"refiner{mid % 97}/face-refine-{mid}", tags=["lora"], card=card)


def t_her(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    desc = B.para(
        f"{name}. Trained on her interviews and premieres; her likeness is strong at 0.8."
    )
    return _civ(rng, mid, name=f"{name} v3", desc=desc, tags=["celebrity"])


def t_him(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    desc = B.para(
        f"{name}. Trained on his interviews and premieres; his likeness is strong at 0.8."
    )
    return _civ(rng, mid, name=f"{name} v3", desc=desc, tags=["celebrity"])


# (shape, template, gender it states or None)
GENDERED: list[tuple[str, Template, str]] = [
    ("poi_pronoun_her", t_her, "female"),
    ("poi_pronoun_him", t_him, "male"),
]
TEMPLATES: list[tuple[str, Template]] = [
    ("poi_person_tag", t_person_tag),
    ("poi_lora_hashes", t_lora_hashes),
    ("poi_caps_title", t_caps_title),
    ("poi_letter_spaced", t_letter_spaced),
    ("poi_spanish_page", t_spanish_page),
    ("poi_age_progression", t_age_progression),
    ("poi_faceswap", t_faceswap),
    ("poi_hf_base_model", t_hf_base_model),
]
N_NAMES = N_PER_TEMPLATE * (len(TEMPLATES) + len(GENDERED))


def _label(
    item: dict[str, Any], shape: str, target: str | None, gender: str | None
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
        "aliases": [],
    }


def build_poi11(names: list[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rng = random.Random(SEED)
    pool = sorted(names)
    rng.shuffle(pool)
    first = {n: n.split()[0].lower() for n in pool}
    women = [n for n in pool if first[n] in FEMALE_FIRST][:N_PER_TEMPLATE]
    men = [n for n in pool if first[n] in MALE_FIRST and n not in women][:N_PER_TEMPLATE]
    rest = [n for n in pool if n not in women and n not in men]
    items: list[dict[str, Any]] = []
    labels: list[dict[str, Any]] = []
    mid = ID_BASE
    plan: list[tuple[str, Template, str, str]] = []
    for (shape, tpl, gender), group in zip(GENDERED, (women, men), strict=True):
        plan += [(shape, tpl, gender, n) for n in group]
    for k, (shape, tpl) in enumerate(TEMPLATES):
        plan += [
            (shape, tpl, "unknown", n) for n in rest[k * N_PER_TEMPLATE : (k + 1) * N_PER_TEMPLATE]
        ]
    for shape, tpl, gender, name in plan:
        mid += rng.randrange(3, 30)
        item = tpl(rng, mid, name)
        items.append(item)
        labels.append(_label(item, shape, name, gender))
    ctx = B.Ctx("hold11")
    ctx.rng = random.Random(NEG_SEED)
    ctx.next_id = ID_BASE + 500_000
    negs = sorted(B.NEGATIVES)
    for k in range(N_NEG):
        shape = negs[k % len(negs)]
        template = B.NEGATIVES[shape][0]
        for _ in range(50):
            try:
                item, made = template(ctx)
                break
            except B.Retry:
                continue
        else:
            raise RuntimeError(shape)
        items.append(item)
        lab = _label(item, shape, None, None)
        lab["kind"] = made["kind"]
        labels.append(lab)
    return items, labels
