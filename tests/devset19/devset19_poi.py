"""``poi19``: names of Civitai's POI list in this set's own templates, built in memory only.

The names are read at run time from ``../shared/lexicons/civitai/words-poi.json``; nothing built
here is written to disk or printed. Positives (likeness, one name each): ten templates that hide
the name where uploaders do (a file name, a camelCase trigger, the last paragraph after the
settings block, the tags, a version name, an HF widget prompt, an HF repo slug, a decorated title,
a kebab title, a ``<lora:...>`` tag in an image prompt) plus two gendered templates (a Spanish /
Portuguese pronoun line) used only for names whose first word is in the short first-name lists
below; every other positive is ``unknown``. Hard negatives that still spell a list name in a
non-likeness use (six templates, ``LISTNAME_NEGATIVES``): the name inside a long negative prompt,
a song title in a music-video scene LoRA, a place named after the person, "NOT <name>, an original
character" on an OC, a "merged from / thanks to" credit on a checkpoint, and "in the style of
<name>" on a landscape-only style LoRA; none of them reproduces a face. Plus invented hard
negatives from ``build_devset19``'s negative templates (their own seed).
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import build_devset19 as B

SEED = 1_919_019
NEG_SEED = 9_191_909
N_PER_TEMPLATE = 13
N_LISTNAME_NEG = 10
N_NEG = 64
ID_BASE = 19_900_000
NAME_SHAPE = re.compile(r"[A-Za-z]+(?: [A-Za-z]+){1,3}")
CUE_WORDS = {
    "lora", "style", "woman", "man", "girl", "boy", "model", "the", "of", "and", "by", "face",
    "mix", "pack", "v", "xl", "flux", "official", "not", "song", "street", "hall", "original",
}  # fmt: skip
SHE_FIRST = {
    "alba", "alexandra", "alice", "amber", "anastasia", "ashley", "barbara", "camila", "carla",
    "caroline", "catherine", "diana", "elena", "emilia", "gabriela", "helen", "irina", "isabella",
    "jane", "jennifer", "karen", "katherine", "lily", "lucia", "margaret", "maria", "natalie",
    "nina", "paula", "rose", "sandra", "sara", "sophie", "valentina", "vanessa", "veronica",
}  # fmt: skip
HE_FIRST = {
    "alejandro", "alexander", "anthony", "antonio", "benjamin", "carlos", "christopher",
    "daniel", "diego", "eric", "fernando", "gabriel", "harry", "ivan", "jack", "javier", "joe",
    "jorge", "jose", "juan", "kevin", "luis", "marco", "martin", "nicolas", "oliver", "pablo",
    "patrick", "pedro", "sergio", "stephen", "victor",
}  # fmt: skip
Template = Callable[[B.Ctx, str], B.Item]


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


def _civ(
    c: B.Ctx, head: list[str], subject: str, tail: list[str] | None = None, **kw: Any
) -> B.Item:
    return B.civ(c, desc=B.page(c, head, subject, tail), **kw)


# ---------------------------------------------------------------- likeness templates


def t_filename(c: B.Ctx, name: str) -> B.Item:
    fn = f"{B.snake(name)}_{c.pick(['e14', 'v2', 'r32', 'final'])}.safetensors"
    return _civ(
        c,
        ["realistic face, sdxl, weight 0.8"],
        "portrait",
        name=f"face_{c.hexs(4)}",
        tags=["realistic"],
        fname=fn,
    )


def t_camel_trigger(c: B.Ctx, name: str) -> B.Item:
    parts = name.split()
    cc = parts[0].lower() + "".join(p.capitalize() for p in parts[1:])
    return _civ(
        c,
        ["trigger in the box, photoreal"],
        cc,
        name=B.title(c, "Realism LoRA"),
        tags=["photorealistic"],
        trained=[cc],
    )


def t_last_paragraph(c: B.Ctx, name: str) -> B.Item:
    tail = [c.pick([f"PS: this is {name}.", f"(it's {name}, obviously)", f"人物: {name}"])]
    return _civ(
        c,
        ["face lora, realistic"],
        "1person, photo",
        tail,
        name=B.title(c, f"Face {c.rng.randrange(10, 99)}"),
        tags=["realistic"],
    )


def t_tags_only(c: B.Ctx, name: str) -> B.Item:
    return _civ(
        c,
        ["request done ✔"],
        "photo",
        name=f"LoRA #{c.rng.randrange(100, 999)}",
        tags=["celebrity", name.lower(), "real person"],
    )


def t_version_name(c: B.Ctx, name: str) -> B.Item:
    versions = [
        {"name": f"{name} [Flux]", "file": f"cpk{c.hexs(4)}.safetensors"},
        {"name": "v1 sdxl", "file": f"cpk{c.hexs(4)}.safetensors"},
    ]
    return B.civ(
        c,
        name=B.title(c, "Celeb pack"),
        desc=B.page(c, ["pick a version"], "portrait"),
        tags=["celebrity", "pack"],
        versions=versions,
    )


def t_hf_widget(c: B.Ctx, name: str) -> B.Item:
    return B.hf_lora(
        c,
        f"{B.org(c)}/person-lora-{c.hexs(5)}",
        instance="TOK",
        widgets=[f"TOK, portrait, {c.pick(B.SCENES)}", f"photo of {name}, TOK"],
    )


def t_hf_slug(c: B.Ctx, name: str) -> B.Item:
    return B.hf_lora(
        c, f"{B.org(c)}/{B.kebab(name)}-flux", instance="TOK", widgets=["TOK, close-up portrait"]
    )


def t_decorated_title(c: B.Ctx, name: str) -> B.Item:
    core = c.pick([f"【{name}】", f"★ {name} ★", f"~{name}~", f"{name.upper()} //"])
    base = c.pick(["| Flux.1 D", "- Pony", "[SDXL]", "v2.0"])
    return _civ(
        c,
        ["celeb lora, real photos"],
        B.squash(name),
        name=f"{core} {base}",
        tags=["celebrity"],
        trained=[B.squash(name)],
    )


def t_kebab_title(c: B.Ctx, name: str) -> B.Item:
    k = B.kebab(name)
    return _civ(
        c, ["likeness, ~60 imgs"], k, name=f"{k}-{c.pick(['xl', 'flux', 'il'])}", tags=["person"]
    )


def t_meta_lora(c: B.Ctx, name: str) -> B.Item:
    meta = f"<lora:{B.snake(name)}:0.8>, photo, {c.pick(B.SCENES)}"
    return _civ(
        c,
        ["gallery only, see images"],
        "photo",
        name=B.title(c, f"set {c.hexs(3)}"),
        tags=["photo"],
        meta=meta,
    )


def t_she(c: B.Ctx, name: str) -> B.Item:
    line = c.pick([f"{name} — ella es actriz, fotos reales.", f"{name}: ela é atriz, fotos reais."])
    return _civ(
        c,
        [line],
        B.squash(name),
        name=B.title(c, name),
        tags=["celebrity"],
        trained=[B.squash(name)],
    )


def t_he(c: B.Ctx, name: str) -> B.Item:
    line = c.pick([f"{name} — él es actor, fotos reales.", f"{name}: ele é ator, fotos reais."])
    return _civ(
        c,
        [line],
        B.squash(name),
        name=B.title(c, name),
        tags=["celebrity"],
        trained=[B.squash(name)],
    )


# ---------------------------------------------------------------- a list name, no likeness


def n_negative_prompt(c: B.Ctx, name: str) -> tuple[B.Item, str]:
    cl = c.pick(["denim jacket", "wool coat", "linen shirt", "raincoat"])
    head = [
        f"{cl} LoRA, works on any character",
        f"tip: put real names in the negative, e.g. <code>({name}:1.3), celebrity</code> "
        "so the face stays generic",
    ]
    return _civ(
        c, head, f"woman wearing {cl}", name=B.title(c, f"{cl}"), tags=["clothing", "outfit"]
    ), "clothing"


def n_song_title(c: B.Ctx, name: str) -> tuple[B.Item, str]:
    head = [
        f"music-video set: stage, smoke, red lights, like the video for the song '{name}'",
        "scene / background LoRA, no person trained",
    ]
    return _civ(
        c,
        head,
        "stage, smoke, red light",
        name=B.title(c, "MV stage set"),
        tags=["background", "scene", "concept"],
    ), "concept"


def n_place(c: B.Ctx, name: str) -> tuple[B.Item, str]:
    place = c.pick(["Memorial Library", "Concert Hall", "Bridge", "Square"])
    head = [f"the {name} {place} interior/exterior, architecture LoRA", "buildings only"]
    return _civ(
        c,
        head,
        "architecture, interior",
        name=B.title(c, f"{place} architecture"),
        tags=["architecture", "background"],
    ), "concept"


def n_not_disclaimer(c: B.Ctx, name: str) -> tuple[B.Item, str]:
    oc = c.pick(B.OC_NAMES)
    head = [
        f"{oc} — my original character. NOT {name}, an original character, any "
        "resemblance is accidental",
        "made-up face, consistent",
    ]
    return _civ(
        c,
        head,
        B.snake(oc),
        name=B.title(c, f"{oc} (OC)"),
        tags=["oc", "original character"],
        trained=[B.snake(oc)],
    ), "consistent_character"


def n_credits(c: B.Ctx, name: str) -> tuple[B.Item, str]:
    head = [
        "photoreal checkpoint, baked VAE",
        f"merged from {name}'s base mix — thanks to {name} for the permission 🙏",
    ]
    return _civ(
        c,
        head,
        "1girl, photo",
        name=B.title(c, f"LumenReal v{c.rng.randrange(2, 9)}"),
        tags=["checkpoint", "photorealistic"],
        mtype="Checkpoint",
    ), "checkpoint_realistic"


def n_style_landscape(c: B.Ctx, name: str) -> tuple[B.Item, str]:
    head = [f"in the style of {name} — landscapes and still life only, no people in the dataset"]
    return _civ(
        c,
        head,
        "landscape, still life",
        name=B.title(c, f"{name} style"),
        tags=["style", "art style", "landscape"],
    ), "artist_style"


GENDERED: list[tuple[str, Template, str]] = [
    ("poi_she_es_pt", t_she, "female"),
    ("poi_he_es_pt", t_he, "male"),
]
TEMPLATES: list[tuple[str, Template]] = [
    ("poi_filename", t_filename),
    ("poi_camel_trigger", t_camel_trigger),
    ("poi_last_paragraph", t_last_paragraph),
    ("poi_tags_only", t_tags_only),
    ("poi_version_name", t_version_name),
    ("poi_hf_widget", t_hf_widget),
    ("poi_hf_slug", t_hf_slug),
    ("poi_decorated_title", t_decorated_title),
    ("poi_kebab_title", t_kebab_title),
    ("poi_meta_lora", t_meta_lora),
]
LISTNAME_NEGATIVES: list[tuple[str, Callable[[B.Ctx, str], tuple[B.Item, str]]]] = [
    ("poi_neg_negative_prompt", n_negative_prompt),
    ("poi_neg_song_title", n_song_title),
    ("poi_neg_place", n_place),
    ("poi_neg_not_disclaimer", n_not_disclaimer),
    ("poi_neg_credits", n_credits),
    ("poi_neg_style_landscape", n_style_landscape),
]
N_NAMES = N_PER_TEMPLATE * (len(TEMPLATES) + len(GENDERED))
N_LISTNAME = N_LISTNAME_NEG * len(LISTNAME_NEGATIVES)
# invented negatives from the dev19 templates with a person-like or one-word name
NEG_SHAPES = [
    "anime_mononym_twin", "anime_character_full", "donghua_hanzi", "game_western", "vtuber",
    "painter_style", "art_style_mononym", "city_mononym_scene", "brand_mononym", "oc_character",
    "ai_influencer", "hf_oc_character", "hf_style_lora", "doll_likeness", "tpdne",
    "ordinary_word_concept",
]  # fmt: skip


def _label(
    item: B.Item, shape: str, kind: str, target: str | None, gender: str | None
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


def _ctx(seed: int, base: int) -> B.Ctx:
    c = B.Ctx("dev19")
    c.rng = random.Random(seed)
    c.next_id = base
    return c


def build_poi19(names: list[str]) -> tuple[list[B.Item], list[dict[str, Any]]]:
    c = _ctx(SEED, ID_BASE)
    pool = sorted(names)
    c.rng.shuffle(pool)
    first = {n: n.split()[0].lower() for n in pool}
    women = [n for n in pool if first[n] in SHE_FIRST][:N_PER_TEMPLATE]
    men = [n for n in pool if first[n] in HE_FIRST][:N_PER_TEMPLATE]
    rest = [n for n in pool if n not in women and n not in men]
    plan: list[tuple[str, Template, str, str]] = []
    for (shape, tpl, gender), group in zip(GENDERED, (women, men), strict=True):
        plan += [(shape, tpl, gender, n) for n in group]
    for k, (shape, tpl) in enumerate(TEMPLATES):
        chunk = rest[k * N_PER_TEMPLATE : (k + 1) * N_PER_TEMPLATE]
        plan += [(shape, tpl, "unknown", n) for n in chunk]
    items: list[B.Item] = []
    labels: list[dict[str, Any]] = []
    for shape, tpl, gender, name in plan:
        item = tpl(c, name)
        items.append(item)
        labels.append(_label(item, shape, "public_figure", name, gender))
    spare = rest[len(TEMPLATES) * N_PER_TEMPLATE :]
    for k, (shape, neg) in enumerate(LISTNAME_NEGATIVES):
        for name in spare[k * N_LISTNAME_NEG : (k + 1) * N_LISTNAME_NEG]:
            item, kind = neg(c, name)
            items.append(item)
            labels.append(_label(item, shape, kind, None, None))
    n = _ctx(NEG_SEED, ID_BASE + 500_000)
    for k in range(N_NEG):
        shape = NEG_SHAPES[k % len(NEG_SHAPES)]
        template = B.NEGATIVES[shape][0]
        for _ in range(300):
            try:
                item, made = template(n)
                break
            except B.Retry:
                continue
        else:
            raise RuntimeError(shape)
        items.append(item)
        labels.append(_label(item, shape, made["kind"], None, None))
    return items, labels
