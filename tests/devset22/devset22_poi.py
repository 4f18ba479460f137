"""``poi22``: names of Civitai's POI list in this set's templates, built in memory only.

HELD OUT (coordinator only). The names are read at run time from
``../shared/lexicons/civitai/words-poi.json``; nothing built here is written to disk or printed.
Sixteen likeness templates put a list name where uploaders put one (lower-case title, run-together
trigger, a tag only, a camelCase file name only, a Spanish / Japanese / Portuguese description
only, a version name, an HF widget prompt, the last paragraph of a long page, a dotted / dashed
ALL CAPS title, a handle, an image's ``<lora:...>`` prompt, a two-person blend, and two gendered
templates used only for names whose first word is in the short first-name lists below: every
other positive is ``unknown``). Six hard-negative templates hold a list name in a non-likeness use
(an art style, a negative prompt, a song title, a street, a credits line, "original character,
not <name>"), and the set's own invented negatives follow (their own seed).
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import build_devset22 as B

SEED = 2_202_207
NEG_SEED = 7_022_022
N_PER_TEMPLATE = 14
N_LIST_NEG = 9  # per list-name negative template
N_NEG = 64
ID_BASE = 22_700_000
NAME_SHAPE = re.compile(r"[A-Za-z]+(?: [A-Za-z]+){1,3}")
CUE_WORDS = {
    "lora", "style", "woman", "man", "girl", "boy", "model", "the", "of", "and", "by", "face",
    "mix", "pack", "v", "xl", "flux", "official", "street", "avenue", "not", "song",
}  # fmt: skip
SHE_FIRST = {
    "alexandra", "alice", "amber", "amy", "ana", "angelina", "anna", "ashley", "barbara",
    "britney", "camila", "carmen", "catherine", "charlotte", "christina", "diana", "elena",
    "elizabeth", "ella", "emily", "emma", "eva", "gal", "hailey", "heather", "helen", "isabella",
    "jane", "jennifer", "jessica", "julia", "karen", "katherine", "kate", "kim", "kristen",
    "laura", "lily", "lucy", "madison", "margaret", "maria", "mary", "megan", "mia", "michelle",
    "miranda", "monica", "natalie", "nicole", "olivia", "rachel", "rebecca", "rose", "sandra",
    "sarah", "scarlett", "selena", "sophie", "taylor", "victoria", "zendaya", "anya", "ariana",
    "jenna", "jennie", "lisa", "rosie", "sofia", "valentina", "vanessa", "yui", "yuna",
}  # fmt: skip
HE_FIRST = {
    "adam", "alexander", "andrew", "anthony", "ben", "brad", "bruce", "charles", "chris",
    "daniel", "david", "donald", "edward", "elon", "george", "henry", "hugh", "jack", "james",
    "jason", "joe", "john", "johnny", "joseph", "keanu", "kevin", "leonardo", "mark", "matt",
    "michael", "morgan", "nicolas", "paul", "peter", "richard", "robert", "ryan", "samuel",
    "steve", "thomas", "tom", "vladimir", "will", "william",
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


def cap(n: str) -> str:
    """The list's lower-case entry as a page writes it (``Given Family``)."""
    return " ".join(w[:1].upper() + w[1:] for w in n.split())


def _civ(
    c: B.Ctx, head: list[str], subject: str | None = None, tail: str = "", **kw: Any
) -> B.Item:
    return B.civ(c, desc=B.page(c, head, subject, tail), **kw)


# ---------------------------------------------------------------- likeness templates


def t_lower_title(c: B.Ctx, n: str) -> B.Item:
    return _civ(
        c,
        [c.pick(["ez", "v2 better", "trained on 50 imgs", "works w/ most realistic ckpt"])],
        name=f"{n.lower()} {c.pick(['lora', 'sdxl', '[flux]', 'v3'])}",
        tags=["celebrity"],
    )


def t_runtogether_trigger(c: B.Ctx, n: str) -> B.Item:
    trig = B.squash(n)
    return _civ(
        c,
        ["trigger below, 0.7-0.9"],
        trig,
        name=f"IRL Face #{c.rng.randrange(10, 999)}",
        tags=["real person", "photorealistic"],
        trained=[trig],
    )


def t_tag_only(c: B.Ctx, n: str) -> B.Item:
    tags = [
        c.pick(["photorealistic", "portrait"]),
        n.lower(),
        c.pick(["celebrity", "singer", "athlete"]),
    ]
    return _civ(c, ["no trigger"], name=f"Famous face {c.rng.randrange(2, 300)} 🎬", tags=tags)


def t_file_only(c: B.Ctx, n: str) -> B.Item:
    fn = B.camel(n) + c.pick(["_v1", "-000008", "_XL", "Flux"]) + ".safetensors"
    return _civ(
        c,
        ["celebrity lora, trained on red carpet photos"],
        name=f"Celeb {c.hexs(3).upper()}",
        tags=["celebrity"],
        fname=fn,
    )


def t_desc_es(c: B.Ctx, n: str) -> B.Item:
    head = [f"LoRA de {cap(n)}, entrenado con {c.rng.randrange(30, 90)} fotos de alfombra roja."]
    return _civ(c, head, name=f"retrato realista {c.rng.randrange(1, 60)}", tags=["realista"])


def t_desc_ja(c: B.Ctx, n: str) -> B.Item:
    head = [f"{cap(n)}の写真{c.rng.randrange(30, 90)}枚で学習しました。強度0.7推奨"]
    return _civ(c, head, name=f"実写LoRA {c.rng.randrange(1, 60)}", tags=["実写"])


def t_desc_pt(c: B.Ctx, n: str) -> B.Item:
    head = [f"treinado com fotos públicas de {cap(n)}. usar peso 0.75"]
    return _civ(c, head, name=f"pessoa real v{c.rng.randrange(1, 6)}", tags=["realista", "retrato"])


def t_version_name(c: B.Ctx, n: str) -> B.Item:
    versions = [
        {"name": f"{cap(n)} v2", "trained": [], "file": f"p{c.hexs(5)}_v2.safetensors"},
        {"name": "v1 (SD15)", "trained": [], "file": f"p{c.hexs(5)}.safetensors"},
    ]
    return B.civ(
        c,
        name="Celebrity collection (1 per version)",
        desc=B.page(c, ["see versions"]),
        tags=["celebrity", "collection"],
        versions=versions,
    )


def t_hf_widget(c: B.Ctx, n: str) -> B.Item:
    card = {
        "base_model": c.pick(B.HF_BASES),
        "instance_prompt": "TOK",
        "widget": [{"text": f"photo of TOK, {cap(n)}, {c.pick(B.SCENES)}"}],
        "tags": ["lora", "text-to-image"],
    }
    return B.hf(c, repo=f"{c.pick(B.HF_ORGS)}/celeb-{c.hexs(6)}-lora", card=card)


def t_last_para(c: B.Ctx, n: str) -> B.Item:
    tail = c.pick(
        [
            f"oh and it's {cap(n)} if you didn't notice lol",
            f"(dataset: {cap(n)}, public photos only)",
        ]
    )
    return _civ(
        c,
        ["trained 2400 steps, rank 32", "works on pony too"],
        "1person",
        tail,
        name=f"Portrait LoRA {c.rng.randrange(1, 99)}",
        tags=["photorealistic"],
    )


def t_caps_sep(c: B.Ctx, n: str) -> B.Item:
    form = c.pick([".", "-", "_"]).join(n.upper().split())
    return _civ(
        c,
        [f"{form} — v{c.rng.randrange(2, 6)}"],
        name=f"{form} [{c.pick(B.BASES)}]",
        tags=["celebrity"],
    )


def t_handle(c: B.Ctx, n: str) -> B.Item:
    h = B.squash(n) + c.pick(["official", "_", ".daily", "xo"])
    return _civ(c, [f"from @{h} posts"], name=f"@{h}", tags=["influencer", "instagram"])


def t_image_meta(c: B.Ctx, n: str) -> B.Item:
    meta = f"<lora:{B.snake(n)}:0.8>, portrait photo, soft window light"
    return _civ(
        c,
        ["gallery test"],
        name=f"Gallery set {c.rng.randrange(1, 999)}",
        tags=["portrait"],
        meta=meta,
    )


def t_she(c: B.Ctx, n: str) -> B.Item:
    return _civ(
        c,
        [f"{cap(n)} — she asked for nothing lol, fan made. her red carpet looks"],
        B.squash(n),
        name=f"{cap(n)} (fan made)",
        tags=["celebrity", "woman"],
    )


def t_he(c: B.Ctx, n: str) -> B.Item:
    return _civ(
        c,
        [f"{cap(n)}, he is in the new season. trained on his interviews"],
        B.squash(n),
        name=f"{cap(n)} | LoRA",
        tags=["celebrity", "man"],
    )


GENDERED: list[tuple[str, Template, str]] = [
    ("poi_she_fanmade", t_she, "female"),
    ("poi_he_season", t_he, "male"),
]
TEMPLATES: list[tuple[str, Template]] = [
    ("poi_lower_title", t_lower_title),
    ("poi_runtogether_trigger", t_runtogether_trigger),
    ("poi_tag_only", t_tag_only),
    ("poi_camel_file_only", t_file_only),
    ("poi_desc_spanish", t_desc_es),
    ("poi_desc_japanese", t_desc_ja),
    ("poi_desc_portuguese", t_desc_pt),
    ("poi_version_name", t_version_name),
    ("poi_hf_widget", t_hf_widget),
    ("poi_last_paragraph", t_last_para),
    ("poi_caps_separated", t_caps_sep),
    ("poi_handle", t_handle),
    ("poi_image_lora_tag", t_image_meta),
]
BLEND = "poi_two_name_blend"

# ---------------------------------------------------------------- list names in non-likeness uses


def l_art_style(c: B.Ctx, n: str) -> tuple[B.Item, str]:
    item = _civ(
        c,
        [f"painterly style named after the {cap(n)} poster series, no faces, landscapes"],
        name=f"{cap(n)} poster style",
        tags=["style", "painting"],
    )
    return item, "artist_style"


def l_negative_prompt(c: B.Ctx, n: str) -> tuple[B.Item, str]:
    neg = f"{n}, celebrity, famous person, lowres"
    item = _civ(
        c,
        [
            "random pretty face, put real names in the negative so it stays generic",
            B.code(f"woman, portrait\nNegative prompt: {neg}"),
        ],
        name=f"Generic Face {c.rng.randrange(1, 90)}",
        tags=["face", "woman"],
    )
    return item, "generic_face"


def l_song_title(c: B.Ctx, n: str) -> tuple[B.Item, str]:
    item = _civ(
        c,
        [
            f"album cover aesthetic for the track \u201c{cap(n)}\u201d (synthwave), typography + "
            "neon grid, no people"
        ],
        name=f"\u201c{cap(n)}\u201d cover art",
        tags=["concept", "album cover"],
    )
    return item, "concept"


def l_street(c: B.Ctx, n: str) -> tuple[B.Item, str]:
    item = _civ(
        c,
        [f"night scenery on {cap(n)} Boulevard, wet asphalt, neon signs. background lora"],
        name=f"{cap(n)} Boulevard at night",
        tags=["scenery", "background", "city"],
    )
    return item, "concept"


def l_credits(c: B.Ctx, n: str) -> tuple[B.Item, str]:
    item = _civ(
        c,
        ["photoreal merge, generic faces", f"credits: captions by {cap(n)}, thanks for the help"],
        name=f"PhotoMerge {c.rng.randrange(2, 9)}",
        tags=["checkpoint", "photorealistic"],
        mtype="Checkpoint",
    )
    return item, "checkpoint_realistic"


def l_oc_not(c: B.Ctx, n: str) -> tuple[B.Item, str]:
    oc = c.pick(["Sable", "Kiri", "Wynn", "Odessa"])
    item = _civ(
        c,
        [
            f"{oc} is an original character, not {cap(n)}! any resemblance is accidental, face is "
            "generated"
        ],
        name=f"{oc} (OC) consistent character",
        tags=["original character", "consistent character"],
    )
    return item, "consistent_character"


LIST_NEGATIVES: list[tuple[str, Callable[[B.Ctx, str], tuple[B.Item, str]]]] = [
    ("listname_art_style", l_art_style),
    ("listname_negative_prompt", l_negative_prompt),
    ("listname_song_title", l_song_title),
    ("listname_street", l_street),
    ("listname_credits", l_credits),
    ("listname_oc_not", l_oc_not),
]
N_NAMES = N_PER_TEMPLATE * (len(TEMPLATES) + len(GENDERED) + 2) + N_LIST_NEG * len(LIST_NEGATIVES)


def _label(
    item: B.Item, shape: str, kind: str, targets: list[str], gender: str | None
) -> dict[str, Any]:
    return {
        "platform": "civitai" if "modelVersions" in item else "huggingface",
        "model_id": str(item["id"]),
        "kind": kind,
        "likeness": bool(targets),
        "target": targets[0] if targets else None,
        "gender": gender if targets else None,
        "prominence": "public_figure" if targets else None,
        "sexual_intent": B.sexual_cue(item),
        "minor_risk": False,
        "shape": shape,
        "targets": targets,
        "aliases": [],
    }


def build_poi22(names: list[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rng = random.Random(SEED)
    pool = sorted(names)
    rng.shuffle(pool)
    first = {n: n.split()[0].lower() for n in pool}
    women = [n for n in pool if first[n] in SHE_FIRST][:N_PER_TEMPLATE]
    men = [n for n in pool if first[n] in HE_FIRST][:N_PER_TEMPLATE]
    rest = [n for n in pool if n not in women and n not in men]
    c = B.Ctx("hold22")
    c.rng = rng
    c.next_id = ID_BASE
    items: list[dict[str, Any]] = []
    labels: list[dict[str, Any]] = []
    for (shape, tpl, gender), group in zip(GENDERED, (women, men), strict=True):
        for n in group:
            item = tpl(c, n)
            items.append(item)
            labels.append(_label(item, shape, "public_figure", [n], gender))
    k = 0
    for shape, tpl in TEMPLATES:
        for n in rest[k : k + N_PER_TEMPLATE]:
            item = tpl(c, n)
            items.append(item)
            labels.append(_label(item, shape, "public_figure", [n], "unknown"))
        k += N_PER_TEMPLATE
    for _ in range(N_PER_TEMPLATE):
        a, b = rest[k], rest[k + 1]
        k += 2
        item = _civ(
            c,
            [f"mix of {cap(a)} and {cap(b)}, 50/50, a face between both"],
            "blend",
            name=c.pick([f"{cap(a)} x {cap(b)}", f"{a.lower()} + {b.lower()} blend"]),
            tags=["blend", "celebrity"],
        )
        items.append(item)
        labels.append(_label(item, BLEND, "public_figure", [a, b], "unknown"))
    for shape, tpl_neg in LIST_NEGATIVES:
        for n in rest[k : k + N_LIST_NEG]:
            item, kind = tpl_neg(c, n)
            items.append(item)
            labels.append(_label(item, shape, kind, [], None))
        k += N_LIST_NEG
    ctx = B.Ctx("hold22")
    ctx.rng = random.Random(NEG_SEED)
    ctx.next_id = ID_BASE + 150_000
    shapes = sorted(B.NEGATIVES)
    for j in range(N_NEG):
        shape = shapes[j % len(shapes)]
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
        labels.append(_label(item, shape, made["kind"], [], None))
    return items, labels
