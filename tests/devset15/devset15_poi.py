"""``poi15``: names of Civitai's POI list in ten naming templates of this set, in memory only.

The names are read at run time from ``../shared/lexicons/civitai/words-poi.json``; nothing built
here is ever written to disk or printed. The templates copy how uploaders name real people: a
kohya file name with an epoch suffix, a run-together trigger word, ``NAME | trade`` (the trade
in English, Japanese, Korean or Chinese), an ``@name_official`` handle, ALL CAPS, underscores,
a version tag, an HF repo slug, and two
gendered templates (a pronoun in the description) used only for names whose first word is in the
short first-name lists below; every other positive is ``unknown``. Seventy invented hard
negatives with person-like names come from this set's negative templates (vocabulary part B).
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import build_devset15 as B

SEED = 1_505_151
NEG_SEED = 5_151_505
N_PER_TEMPLATE = 15
N_NEG = 70
ID_BASE = 15_900_000
NAME_SHAPE = re.compile(r"[A-Za-z]+(?: [A-Za-z]+){1,3}")
CUE_WORDS = {"lora", "style", "woman", "man", "girl", "boy", "model", "the", "of", "and", "by",
             "face", "mix", "official", "ref", "vote", "blend", "outfit"}  # fmt: skip
SHE_FIRST = {
    "adriana", "alicia", "amanda", "angela", "anna", "beatrice", "bianca", "brittany",
    "charlotte", "chloe", "claire", "courtney", "danielle", "elisabeth", "elizabeth", "emily",
    "emma", "eva", "florence", "gabrielle", "grace", "hannah", "helen", "isabelle", "jennifer",
    "jessica", "julia", "kate", "kelly", "laura", "linda", "lucy", "maria", "megan", "melissa",
    "michelle", "monica", "nicole", "olivia", "rachel", "rebecca", "samantha", "sarah", "sofia",
    "susan", "taylor", "victoria", "zoe",
}  # fmt: skip
HE_FIRST = {
    "adam", "andrew", "ben", "bradley", "charles", "chris", "christopher", "daniel", "david",
    "edward", "frank", "george", "henry", "jack", "james", "jason", "john", "kevin", "liam",
    "mark", "matthew", "michael", "patrick", "paul", "peter", "richard", "robert", "ryan",
    "samuel", "scott", "thomas", "tom", "william",
}  # fmt: skip
TRADES = ["portrait LoRA", "写真 LoRA", "인물 로라", "真人模型", "face model"]
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
    c = B.Ctx("hold15")
    c.rng = rng
    c.next_id = mid * 100
    c.keys = set()
    return c


def _civ(rng: random.Random, mid: int, **kw: Any) -> dict[str, Any]:
    return B.civ(_ctx(rng, mid), **kw)


def _under(name: str) -> str:
    return "_".join(name.split())


def t_kohya_file(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    fn = f"{''.join(name.split())}_v{rng.randrange(2, 6)}-0000{rng.randrange(10, 30)}.safetensors"
    return _civ(rng, mid, name=f"Face LoRA #{mid % 997}", tags=["person"], fname=fn,
                desc=B.html(f"File: <code>{fn}</code>. Weight 0.8."))  # fmt: skip


def t_trigger_squash(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    trig = "".join(name.lower().split())
    return _civ(rng, mid, name=f"Realistic person {mid % 997}", tags=["realistic"], trained=[trig],
                desc=B.html(f"Trigger word: {trig}"))  # fmt: skip


def t_pipe_trade(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    trade = rng.choice(TRADES)
    return _civ(rng, mid, name=f"{name} | {trade}", tags=["realistic"],
                desc=B.html(f"{name} | {trade}. Base: {rng.choice(B.BASES)}."))  # fmt: skip


def t_handle_official(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    handle = "".join(name.lower().split()) + "_official"
    return _civ(rng, mid, name=f"@{handle}", tags=["person"],
                desc=B.html(f"From the @{handle} account."))  # fmt: skip


def t_all_caps(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    return _civ(rng, mid, name=name.upper(), tags=["realistic"],
                desc=B.html(f"{name.upper()} — v{rng.randrange(1, 5)}"))  # fmt: skip


def t_underscores(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    u = _under(name)
    return _civ(rng, mid, name=f"{u}_lora", tags=["person"], trained=[u],
                desc=B.html(f"Token: {u}"))  # fmt: skip


def t_version_tag(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    tag = rng.choice(["v3 [Flux]", "(SDXL) v2", "- Pony v4", "[Illustrious] v1.5"])
    return _civ(rng, mid, name=f"{name} {tag}", tags=["realistic"],
                desc=B.html("Updated for the new base."))  # fmt: skip


def t_hf_slug(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    card = {"license": "other", "tags": ["lora"], "base_model": "black-forest-labs/FLUX.1-dev"}
    repo = f"lorabench{mid % 71}/{B.slug(name)}-lora"
    return B.hf(_ctx(rng, 0), repo=repo, tags=["lora"], card=card)


def t_she(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    desc = B.html(f"{name} — she asked fans for softer light, so v2 uses her press photos only.")
    return _civ(rng, mid, name=f"{name} [{rng.choice(B.BASES)}]", desc=desc, tags=["realistic"])


def t_he(rng: random.Random, mid: int, name: str) -> dict[str, Any]:
    desc = B.html(f"{name} — he asked fans for softer light, so v2 uses his press photos only.")
    return _civ(rng, mid, name=f"{name} [{rng.choice(B.BASES)}]", desc=desc, tags=["realistic"])


GENDERED: list[tuple[str, Template, str]] = [
    ("poi15_she_pronoun", t_she, "female"),
    ("poi15_he_pronoun", t_he, "male"),
]
TEMPLATES: list[tuple[str, Template]] = [
    ("poi15_kohya_file", t_kohya_file),
    ("poi15_trigger_squash", t_trigger_squash),
    ("poi15_pipe_trade", t_pipe_trade),
    ("poi15_handle_official", t_handle_official),
    ("poi15_all_caps", t_all_caps),
    ("poi15_underscores", t_underscores),
    ("poi15_version_tag", t_version_tag),
    ("poi15_hf_slug", t_hf_slug),
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


def build_poi15(names: list[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
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
    ctx = B.Ctx("hold15")
    ctx.rng = random.Random(NEG_SEED)
    ctx.next_id = ID_BASE * 10
    person_like = [
        "consistent_oc_sheet", "fictional_disclaimer_oc", "ai_companion_persona", "otome_game_lead",
        "light_novel_heroine", "vtuber_outfit_debut", "illustrator_linework",
        "cinematographer_palette", "photographer_grain", "lecture_hall_named", "brand_mascot_human",
        "placeholder_jane", "anime_idol_unit", "pastry_named_person",
    ]  # fmt: skip
    for k in range(N_NEG):
        shape = person_like[k % len(person_like)]
        template = B.NEGATIVES[shape][0]
        for _ in range(200):
            try:
                item, made = template(ctx)
                break
            except B.Retry:
                ctx.keys.clear()
        else:
            raise RuntimeError(shape)
        lab = _label(item, shape, None, None)
        lab["kind"] = made["kind"]
        items.append(item)
        labels.append(lab)
    return items, labels
