"""``poi14``: names of Civitai's POI list placed in ten templates of this set, in memory only.

The names are read at run time from ``../shared/lexicons/civitai/words-poi.json``; nothing built
here is ever written to disk or printed. Gender is labelled only where a template states it
(a ``she`` / ``he`` sentence, used for names whose first word is in the short first-name lists
below); every other positive is ``unknown``. Seventy invented hard negatives come from this
set's negative templates (vocabulary part B, their own seed).
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import build_devset14 as B

SEED = 1_404_141
NEG_SEED = 4_141_404
N_PER_TEMPLATE = 15
N_NEG = 70
ID_BASE = 14_900_000
NAME_SHAPE = re.compile(r"[A-Za-z]+(?: [A-Za-z]+){1,3}")
CUE_WORDS = {"lora", "style", "woman", "man", "girl", "boy", "model", "the", "of", "and", "by",
             "face", "mix", "twins", "pack", "podcast", "workflow"}  # fmt: skip
SHE_FIRST = {
    "abigail", "alexandra", "alison", "amy", "anne", "ariana", "ashley", "audrey", "barbara",
    "bella", "brooke", "camila", "carla", "caroline", "catherine", "christina", "cynthia",
    "daisy", "diana", "eleanor", "elena", "ella", "emilia", "gemma", "georgia", "hailey",
    "holly", "irina", "jane", "jasmine", "joanna", "karen", "katherine", "kristen", "leah",
    "lily", "madison", "margaret", "margot", "molly", "natalia", "olga", "paula", "rosa",
    "sabrina", "scarlett", "selena", "sophia", "stella", "tatiana", "vanessa", "wendy",
}  # fmt: skip
HE_FIRST = {
    "aaron", "alan", "alexander", "anthony", "arthur", "benjamin", "bruce", "carl", "colin",
    "dennis", "donald", "douglas", "eric", "ethan", "gary", "gordon", "harry", "hugh", "ian",
    "jacob", "jeffrey", "jeremy", "jonathan", "joseph", "keith", "kenneth", "larry", "leonardo",
    "martin", "nathan", "nicholas", "oliver", "owen", "philip", "ralph", "raymond", "roger",
    "russell", "stephen", "timothy", "victor", "walter", "zachary",
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


def _ctx(rng: random.Random, mid: int) -> B.Ctx:
    c = B.Ctx("hold14")
    c.rng = rng
    c.next_id = mid * 100  # ids mid*100 + 7..60: distinct for distinct mids
    c.keys = set()
    return c


def _civ(rng: random.Random, mid: int, **kw: Any) -> dict[str, Any]:
    return B.civ(_ctx(rng, mid), **kw)


def t_comfy_node(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    fn = "_".join(name.lower().split()) + "_v2.safetensors"
    node = '{"class_type": "LoraLoader", "inputs": {"lora_name": "' + fn + '"}}'
    return _civ(rng, mid, name=f"Workflow set #{mid % 1000}", desc=B.html("Node:", B.code(node)),
                tags=["comfyui"], fname=fn)  # fmt: skip


def t_commons_caption(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    line = f"Wikimedia Commons: \u201c{name} in 2016\u201d (CC BY-SA)"
    desc = B.html("Sources:", B.bullets(line))
    return _civ(rng, mid, name=f"Press portrait #{mid % 1000}", desc=desc, tags=["portrait"])


def t_two_languages(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    desc = B.html(f"<b>ES</b> — Modelo de {name}.", f"<b>DE</b> — Modell von {name}.")
    return _civ(rng, mid, name=f"{name} (ES/DE)", desc=desc, tags=["realistic"])


def t_patreon(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    return _civ(rng, mid, name=f"[Request] {name}", tags=["request"],
                desc=B.html(f"Patreon request (Gold tier): {name}."))  # fmt: skip


def t_birthday(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    return _civ(rng, mid, name=f"{name} birthday edition", tags=["portrait"],
                desc=B.html(f"Happy birthday, {name}! A tribute release."))  # fmt: skip


def t_prompt_weight(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    block = B.code(f"photo of ({name.lower()}:1.2), soft light")
    return _civ(rng, mid, name=f"Portrait prompt set #{mid % 1000}", tags=["portrait"],
                desc=B.html("Use this prompt:", block))  # fmt: skip


def t_hf_instance(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    card = {"license": "other", "tags": ["lora"], "base_model": "black-forest-labs/FLUX.1-dev",
            "instance_prompt": f"photo of {name}"}  # fmt: skip
    return B.hf(_ctx(rng, 0), repo=f"trainbench{mid % 89}/person-{mid}", tags=["lora"], card=card)


def t_pack_version(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    versions = [
        {"name": f"v2 - {name}", "trained": [], "file": "pack_v2.safetensors"},
        {"name": "v1 - placeholder face", "trained": [], "file": "pack_v1.safetensors"},
    ]
    return _civ(rng, mid, name=f"Face pack #{mid % 1000}", tags=["pack"], versions=versions,
                desc=B.html("One face per version."))  # fmt: skip


def t_she(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    desc = B.html(f"{name} liked the first version, so she shared more photos of her own.")
    return _civ(rng, mid, name=f"{name} v2", desc=desc, tags=["realistic"])


def t_he(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    desc = B.html(f"{name} liked the first version, so he shared more photos of his own.")
    return _civ(rng, mid, name=f"{name} v2", desc=desc, tags=["realistic"])


GENDERED: list[tuple[str, Template, str]] = [
    ("poi_she_sentence", t_she, "female"),
    ("poi_he_sentence", t_he, "male"),
]
TEMPLATES: list[tuple[str, Template]] = [
    ("poi_comfy_node", t_comfy_node),
    ("poi_commons_caption", t_commons_caption),
    ("poi_two_languages", t_two_languages),
    ("poi_patreon_request", t_patreon),
    ("poi_birthday", t_birthday),
    ("poi_prompt_weight", t_prompt_weight),
    ("poi_hf_instance", t_hf_instance),
    ("poi_pack_version", t_pack_version),
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


def build_poi14(names: list[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
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
        group = rest[k * N_PER_TEMPLATE : (k + 1) * N_PER_TEMPLATE]
        plan += [(shape, tpl, "unknown", n) for n in group]
    items: list[dict[str, Any]] = []
    labels: list[dict[str, Any]] = []
    mid = ID_BASE
    for shape, tpl, gender, name in plan:
        mid += rng.randrange(3, 30)
        item = tpl(rng, mid, name)
        items.append(item)
        labels.append(_label(item, shape, name, gender))
    ctx = B.Ctx("hold14")
    ctx.rng = random.Random(NEG_SEED)
    ctx.next_id = ID_BASE * 10
    negs = sorted(B.NEGATIVES)
    for k in range(N_NEG):
        shape = negs[k % len(negs)]
        template = B.NEGATIVES[shape][0]
        for _ in range(120):
            try:
                item, made = template(ctx)
                break
            except B.Retry:
                continue
        else:
            raise RuntimeError(shape)
        lab = _label(item, shape, None, None)
        lab["kind"] = made["kind"]
        items.append(item)
        labels.append(lab)
    return items, labels
