"""Build the eleventh dev set (tests/devset11): ``dev11`` and ``hold11``, seeded, byte for byte.

Usage, from the repository root::

    .venv/bin/python tests/devset11/build_devset11.py            # rewrite the four files
    .venv/bin/python tests/devset11/build_devset11.py --counts   # print the README's table

Every person is invented (``devset11_vocab``). The cue rules (``sexual_cue``, ``minor_cue``)
are checked against every label written, and a sexual and a minor cue never meet.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import devset11_vocab  # noqa: E402

SEEDS = {"dev11": 411011, "hold11": 977311}
VOCAB_PART = {"dev11": "A", "hold11": "B"}
ID_BASE = {"dev11": 7_110_000, "hold11": 7_910_000}
Item = dict[str, Any]
Label = dict[str, Any]

# ---------------------------------------------------------------- cues

SEXUAL_WORDS = re.compile(
    r"\b(?:nsfw|nude|nudes|naked|lingerie|topless|boudoir|sexy|porn|onlyfans|lewd|erotic|hentai)\b",
    re.IGNORECASE,
)
AGE = re.compile(
    r"(?<![\d.])(\d{1,2})\s?(?:yo\b|y/o\b|years? old\b|-year-old\b|歳|세)|\bage[d]? (\d{1,2})\b",
    re.IGNORECASE,
)
YOUTH = re.compile(
    r"\b(?:teen|teenager|teenage|child actress|child actor|child star|schoolgirl|schoolboy|"
    r"junior high|underage|loli|shota)\b|子役|中学生|小学生|미성년",
    re.IGNORECASE,
)
SKIP_KEYS = {"url", "hash", "hashes", "downloadUrl", "image", "sha", "sha256", "lfs", "_id"}


def _strings(obj: Any, out: list[str]) -> None:
    if isinstance(obj, str):
        out.append(obj)
    elif isinstance(obj, dict):
        for k, v in obj.items():
            if k not in SKIP_KEYS:
                _strings(v, out)
    elif isinstance(obj, list):
        for v in obj:
            _strings(v, out)


def _texts(item: Item) -> list[str]:
    """Every string of an item a reader could see (not urls, hashes or dates' keys)."""
    out: list[str] = []
    _strings(item, out)
    return out


def _levels(item: Item) -> list[int]:
    out = [int(item.get("nsfwLevel") or 0)]
    for v in item.get("modelVersions") or []:
        out.append(int(v.get("nsfwLevel") or 0))
        out += [int(i.get("nsfwLevel") or 0) for i in v.get("images") or []]
    return out


def sexual_cue(item: Item) -> bool:
    """A platform flag (Civitai nsfw, an R/X/XXX/Blocked level bit, an image Mature/X, HF
    not-for-all-audiences) or a sexual word anywhere in the text."""
    if item.get("nsfw") is True or any(lv & (4 | 8 | 16 | 32) for lv in _levels(item)):
        return True
    for v in item.get("modelVersions") or []:
        if any(i.get("nsfw") in ("Mature", "X") for i in v.get("images") or []):
            return True
    if "not-for-all-audiences" in (item.get("tags") or []) and "modelVersions" not in item:
        return True
    return any(SEXUAL_WORDS.search(t) for t in _texts(item))


def minor_cue(item: Item) -> bool:
    """Civitai's minor flag, a stated age under 18 or a youth word."""
    if item.get("minor") is True:
        return True
    for t in _texts(item):
        if YOUTH.search(t):
            return True
        for m in AGE.finditer(t):
            age = int(m.group(1) or m.group(2))
            if age < 18:
                return True
    return False


# ---------------------------------------------------------------- context


class Ctx:
    def __init__(self, part: str) -> None:
        self.part = part
        self.rng = random.Random(SEEDS[part])
        self.v = devset11_vocab.vocab(VOCAB_PART[part])
        self.next_id = ID_BASE[part]
        self.used: set[str] = set()
        self.turn: Counter[str] = Counter()
        self.families: set[str] = set()  # surnames given to someone
        self.reserved: set[str] = set()  # surnames shown alone: nobody else may have them

    def pick(self, seq: Any) -> Any:
        return seq[self.rng.randrange(len(seq))]

    def cycle(self, key: str) -> Any:
        """The vocabulary list's next entry, so a list is used evenly and rarely twice."""
        seq = self.v[key]
        i = self.turn[key]
        self.turn[key] += 1
        return seq[(i + self.rng.randrange(2)) % len(seq)] if i >= len(seq) else seq[i]

    def new_id(self) -> int:
        self.next_id += self.rng.randrange(3, 40)
        return self.next_id

    def person(self, gender: str) -> tuple[str, str]:
        key = {"female": "GIVEN_F", "male": "GIVEN_M", "unisex": "UNISEX"}[gender]
        for _ in range(200):
            given = self.pick(self.v[key])
            family = self.pick(self.v["SYL1"]) + self.pick(self.v["SYL2"])
            if f"{given} {family}" not in self.used and family not in self.reserved:
                self.used.add(f"{given} {family}")
                self.families.add(family)
                return given, family
        raise RuntimeError("ran out of invented names")

    def gender(self, p_female: float = 0.78) -> str:
        return "female" if self.rng.random() < p_female else "male"

    def hexs(self, n: int) -> str:
        return "".join(self.pick("0123456789abcdef") for _ in range(n))


PRON = {"female": ("she", "her", "her"), "male": ("he", "his", "him")}
USAGE = [
    "Weight 0.6-0.8 works best; higher burns the colours.",
    "Trained with kohya_ss, 12 epochs, network dim 32, alpha 16.",
    "Use with any realistic checkpoint. Clip skip 1.",
    "Works on SDXL and Pony; not tested on Flux.",
    "Please do not use this for anything harmful or deceptive.",
    "Sampler: DPM++ 2M Karras, 28 steps, CFG 5.",
    "Feedback welcome in the comments!",
    "Dataset: 40 hand-picked, captioned images.",
]
BASES = ["SD 1.5", "SDXL 1.0", "Pony", "Flux.1 D", "Illustrious"]


def para(*lines: str) -> str:
    return "".join(f"<p>{x}</p>" for x in lines if x)


def usage(c: Ctx, n: int = 2) -> list[str]:
    return c.rng.sample(USAGE, n)


def civ(
    c: Ctx,
    *,
    name: str,
    desc: str,
    tags: list[str],
    mtype: str = "LORA",
    trained: list[str] | None = None,
    vname: str = "v1.0",
    vdesc: str = "",
    fname: str | None = None,
    sexual: bool = False,
    minor: bool = False,
    poi: bool = False,
    prompt: str | None = None,
    negative: str | None = None,
    lora_hashes: str | None = None,
    shape2025: bool | None = None,
) -> Item:
    """A Civitai /api/v1/models item, in the 2023 catalog shape or the 2025 shape."""
    mid = c.new_id()
    vid = mid * 3 + 1
    new = (c.rng.random() < 0.55) if shape2025 is None else shape2025
    if minor:
        new = True
    base = c.pick(BASES)
    fname = fname or re.sub(r"[^A-Za-z0-9]+", "_", name).strip("_")[:40] + ".safetensors"
    meta: dict[str, Any] | None = None
    if prompt is not None or negative is not None or lora_hashes is not None:
        meta = {
            "prompt": prompt if prompt is not None else "photo, detailed skin, soft light",
            "negativePrompt": negative if negative is not None else "lowres, blurry, bad hands",
            "sampler": "DPM++ 2M Karras",
            "steps": c.pick([20, 25, 28, 30]),
            "cfgScale": c.pick([4, 5, 6, 7]),
            "seed": c.rng.randrange(10**9),
        }
        if lora_hashes is not None:
            meta["Lora hashes"] = lora_hashes
    images: list[dict[str, Any]] = []
    for k in range(c.rng.randrange(1, 3)):
        img: dict[str, Any] = {
            "url": f"https://image.civitai.com/xG1nkqKTMzGDvp/{c.hexs(8)}/width=832/{mid}{k}.jpeg",
            "width": 832,
            "height": 1216,
            "hash": "U" + c.hexs(20),
        }
        if new:
            lv = 4 if sexual else c.pick([1, 1, 2])
            img.update(
                nsfwLevel=lv,
                type="image",
                minor=minor,
                poi=poi,
                hasMeta=meta is not None,
                hasPositivePrompt=meta is not None,
                onSite=False,
                remixOfId=None,
            )
        else:
            img.update(
                id=mid * 10 + k, nsfw="Mature" if sexual else c.pick(["None", "None", "Soft"])
            )
        if meta is not None and k == 0:
            img["meta"] = meta
        images.append(img)
    files = [
        {
            "id": vid + 7,
            "sizeKB": round(c.rng.uniform(9000, 220000), 3),
            "name": fname,
            "type": "Model",
            "pickleScanResult": "Success",
            "virusScanResult": "Success",
            "metadata": {"format": "SafeTensor", "fp": "fp16"},
            "hashes": {"AutoV2": c.hexs(10).upper(), "SHA256": c.hexs(64).upper()},
            "downloadUrl": f"https://civitai.com/api/download/models/{vid}",
            "primary": True,
        }
    ]
    version: dict[str, Any] = {
        "id": vid,
        "name": vname,
        "baseModel": base,
        "createdAt": "2025-03-11T10:00:00.000Z" if new else "2023-05-02T08:00:00.000Z",
        "description": vdesc or None,
        "trainedWords": trained or [],
        "files": files,
        "images": images,
        "downloadUrl": f"https://civitai.com/api/download/models/{vid}",
    }
    if new:
        version.update(
            index=0,
            baseModelType="Standard",
            status="Published",
            availability="Public",
            nsfwLevel=(1 | 4) if sexual else c.pick([1, 3]),
        )
    else:
        version.update(modelId=mid, earlyAccessTimeFrame=0)
    item: Item = {
        "id": mid,
        "name": name,
        "description": desc,
        "type": mtype,
        "poi": poi,
        "nsfw": sexual,
        "allowNoCredit": True,
        "allowCommercialUse": ["Image"] if new else "Sell",
        "allowDerivatives": True,
        "allowDifferentLicense": False,
        "stats": {"downloadCount": c.rng.randrange(20, 9000), "favoriteCount": c.rng.randrange(90)},
        "creator": {
            "username": c.pick(["pixelmonk", "tensor_tom", "ai_lab77", "vexa", "rendermage"])
        },
        "tags": tags,
        "modelVersions": [version],
    }
    if new:
        item.update(
            minor=minor,
            sfwOnly=minor,
            nsfwLevel=(1 | 4 | 8) if sexual else c.pick([1, 3]),
            availability="Public",
        )
    return item


def hf(
    c: Ctx,
    *,
    repo: str,
    tags: list[str],
    card: dict[str, Any],
    files: list[str] | None = None,
    sexual: bool = False,
    pipeline: str = "text-to-image",
    adapter: bool = True,
) -> Item:
    """A Hugging Face ModelInfo item as GET /api/models?full=true&cardData=true returns it."""
    if repo in c.used:
        raise Retry
    c.used.add(repo)
    base = card.get("base_model") or "black-forest-labs/FLUX.1-dev"
    if adapter and isinstance(base, str) and pipeline == "text-to-image":
        tags = [*tags, f"base_model:adapter:{base}", "license:other", "region:us"]
    if sexual:
        tags = [*tags, "not-for-all-audiences"]
    files = files or ["README.md", "pytorch_lora_weights.safetensors"]
    sib = []
    for f in [".gitattributes", *files]:
        s: dict[str, Any] = {"rfilename": f}
        if f.endswith((".safetensors", ".pth", ".index", ".bin")):
            s["lfs"] = {
                "sha256": c.hexs(64),
                "size": c.rng.randrange(10**6, 10**9),
                "pointerSize": 134,
            }
        sib.append(s)
    return {
        "_id": c.hexs(24),
        "id": repo,
        "author": repo.split("/")[0],
        "sha": c.hexs(40),
        "lastModified": f"2025-04-0{c.rng.randrange(1, 9)}T12:00:00.000Z",
        "createdAt": f"2025-02-1{c.rng.randrange(0, 9)}T09:00:00.000Z",
        "private": False,
        "disabled": False,
        "gated": False,
        "downloads": c.rng.randrange(0, 5000),
        "likes": c.rng.randrange(0, 60),
        "library_name": "diffusers" if pipeline == "text-to-image" else "rvc",
        "tags": tags,
        "pipeline_tag": pipeline,
        "cardData": card,
        "siblings": sib,
        "modelId": repo,
    }


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def squash(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "", text)


def camel(given: str, family: str) -> str:
    return squash(given)[0].lower() + squash(given)[1:] + squash(family)


LIKE_TAGS = ["celebrity", "woman", "realistic", "photorealistic", "person", "portrait", "actress"]


# Each template returns (item, label facts): target, gender, targets, aliases, kind.
Made = tuple[Item, dict[str, Any]]


def facts(
    kind: str,
    target: str | None,
    gender: str,
    aliases: list[str] | None = None,
    targets: list[str] | None = None,
) -> dict[str, Any]:
    return {
        "kind": kind,
        "target": target,
        "gender": gender,
        "targets": targets if targets is not None else ([target] if target else []),
        "aliases": aliases or [],
    }


# ---------------------------------------------------------------- positives


def p_title_trade(c: Ctx) -> Made:
    g = c.gender()
    gi, fa = c.person(g)
    trade = c.pick(c.v["TRADES_F" if g == "female" else "TRADES_M"])
    country = c.pick(c.v["COUNTRIES"])
    sexual = c.rng.random() < 0.12
    if c.part == "hold11":  # hold11 words the shape its own way
        name = c.pick(
            [
                f"{gi} {fa} [{trade}, {country}]",
                f"LoRA: {gi} {fa} v{c.rng.randrange(2, 7)}.0",
                f"{gi} {fa} // {trade}",
                f"{gi.upper()} {fa.upper()}",
                f"{gi} {fa} — {country}",
            ]
        )
        lead = c.pick(
            [
                f"Meet {gi} {fa}, {country} {trade}: 55 images, mostly from festivals.",
                f"Finally done with {gi} {fa}! The {trade} everyone asked about.",
                f"<h3>{gi} {fa}</h3><ul><li>{trade}</li><li>{country}</li></ul>",
                f"{gi} {fa} — {trade}. Commissioned by a patron.",
            ]
        )
        desc = para(lead, *usage(c))
    else:
        name = c.pick(
            [
                f"{gi} {fa} ({country} {trade})",
                f"{gi} {fa} - {trade} LoRA",
                f"{fa} {gi} | {country} {trade}",
                f"[SDXL] {gi} {fa}",
            ]
        )
        desc = para(
            c.pick(
                [
                    f"A likeness of {gi} {fa}, the {country} {trade}.",
                    f"{gi} {fa} ({country} {trade}), trained on 70 red-carpet and press photos.",
                    f"Requested on Discord: {gi} {fa}. Works best for close-ups.",
                    f"<strong>{gi} {fa}</strong> | {trade} | {country}",
                ]
            ),
            *usage(c),
        )
    tags = c.rng.sample(LIKE_TAGS, 3) + [trade.split()[-1]]
    item = civ(
        c,
        name=name,
        desc=desc,
        tags=tags,
        trained=[f"{squash(gi)}{squash(fa)}".lower()],
        sexual=sexual,
        poi=c.rng.random() < 0.3,
    )
    return item, facts("public_figure", f"{gi} {fa}", g)


def p_pronoun_gender_only(c: Ctx) -> Made:
    g = c.gender(0.6)
    gi, fa = c.person("unisex")
    s, pos, obj = PRON[g]
    trade = c.pick(c.v["TRADES_N"])
    hold = [
        f"{gi} {fa}, {trade}. Most of {pos} photos are from a documentary, so lighting varies.",
        f"People kept asking, so here is {gi} {fa}. {s.capitalize()} rarely does photo shoots.",
        f"{gi} {fa} ({trade}) — I only used images where {s} faces the camera.",
    ]
    desc = para(
        c.pick(hold)
        if c.part == "hold11"
        else c.pick(
            [
                f"This one is {gi} {fa}, the {trade}. I collected stills of {obj} from interviews;"
                f" {s} has a very distinctive smile, so keep the weight near 0.7 to keep {pos}"
                " features.",
                f"{gi} {fa} ({trade}). All photos are from {pos} public appearances; thanks to the "
                f"commenter who sent me {pos} interview screenshots.",
                f"Asked for by many: {gi} {fa}. If {s} ever asks me to take this down, I will.",
            ]
        ),
        *usage(c),
    )
    name = c.pick(
        [
            f"Project {c.pick(['Lumen', 'Orchid', 'Kite', 'Ember'])} v{c.rng.randrange(2, 6)}",
            f"{gi} {fa}",
            f"{fa} LoRA",
        ]
    )
    item = civ(c, name=name, desc=desc, tags=c.pick([["person", "realistic"], ["portrait"], []]))
    return item, facts("public_figure", f"{gi} {fa}", g)


RELATION = {
    "female": [
        "the mother of the twins in the show",
        "a grandmother of five",
        "the wife of the late director",
        "the older sister in the famous acting family",
    ],
    "male": [
        "the father of the well-known chef family",
        "a grandfather of three on the show",
        "the husband of the talk-show host",
        "the younger brother in the famous band",
    ],
}


def p_relation_word_gender(c: Ctx) -> Made:
    g = c.gender(0.55)
    gi, fa = c.person("unisex")
    rel = c.pick(RELATION_HOLD[g] if c.part == "hold11" else RELATION[g])
    desc = para(f"{gi} {fa} — {rel} — trained on red-carpet and TV photos.", *usage(c))
    item = civ(c, name=f"{gi} {fa} (TV personality)", desc=desc, tags=["celebrity", "realistic"])
    return item, facts("public_figure", f"{gi} {fa}", g)


RELATION_HOLD = {
    "female": ["the aunt of the boy-band singer", "the daughter of the old quiz-show host",
               "the ex-wife of the footballer", "the niece of the president"],
    "male": ["the uncle of the pop duo", "the son of the late newsreader",
             "the ex-husband of the soap actress", "the nephew of the prime minister"],
}  # fmt: skip
TITLES = {
    "female": ["Mrs.", "Ms.", "Madame", "Frau", "Señora"],
    "male": ["Mr.", "Herr", "Monsieur", "Señor"],
}


def p_title_surname_only(c: Ctx) -> Made:
    g = c.gender(0.55)
    fa = c.pick(c.v["SYL1"]) + c.pick(c.v["SYL2"])
    if fa in c.families or fa in c.reserved:
        raise Retry
    c.reserved.add(fa)
    t = c.pick(TITLES[g])
    trade = c.pick(
        [
            "the newsreader",
            "the headteacher on the reality show",
            "the finance minister",
            "the weather forecaster",
            "the judge on the baking show",
        ]
    )
    desc = para(f"{t} {fa}, {trade}. Face LoRA from broadcast stills.", *usage(c))
    item = civ(c, name=f"{t} {fa}", desc=desc, tags=["realistic", "portrait"])
    return item, facts("public_figure", fa, g, aliases=[f"{t} {fa}"])


def p_male_boilerplate_female_tags(c: Ctx) -> Made:
    gi, fa = c.person("male")
    trade = c.pick(c.v["TRADES_M"])
    if c.part == "hold11":
        lead = (
            f"{gi} {fa} ({trade}). Gallery generated with a merge that loves women, hence the "
            "tags; the LoRA itself is him."
        )
    else:
        lead = (
            f"{gi} {fa}, {trade}. He is shown in most gallery images next to other people, so the "
            "auto-tags came out wrong; he is the one in the suit."
        )
    desc = para(lead, *usage(c))
    tags = ["woman", "girl", "photography", "realistic", "1girl"]
    item = civ(
        c,
        name=f"{gi} {fa}",
        desc=desc,
        tags=c.rng.sample(tags, 4),
        prompt=f"photo of {gi.lower()} {fa.lower()}, 1girl, woman, dress, gala",
    )
    return item, facts("public_figure", f"{gi} {fa}", "male")


def p_female_male_coded_tags(c: Ctx) -> Made:
    gi, fa = c.person("unisex")
    if c.part == "hold11":
        trade = c.pick(["powerlifter", "ice-hockey defender", "MMA fighter", "shot-putter"])
        lead = f"{gi} {fa}, {trade}; trained on her competition photos and her buzz cut era."
    else:
        trade = c.pick(
            ["heavyweight boxer", "rally driver", "rugby prop", "strongwoman champion", "wrestler"]
        )
        lead = f"{gi} {fa}, {trade}. The likeness holds best with her short haircut."
    desc = para(lead, *usage(c))
    tags = ["man", "male", "muscular", "sports", "realistic"]
    item = civ(c, name=f"{gi} {fa} - {trade}", desc=desc, tags=c.rng.sample(tags, 4))
    return item, facts("public_figure", f"{gi} {fa}", "female")


def p_nonwestern_given_name(c: Ctx) -> Made:
    gi, g, culture, fa = c.cycle("NONWEST")
    full = f"{gi} {fa}"
    if full in c.used:
        fa = fa + c.pick(["i", "a", "o"])
        full = f"{gi} {fa}"
    c.used.add(full)
    trade = c.pick(c.v["TRADES_N"])
    name = c.pick([full, f"{full} | {trade}", f"{full} LoRA"])
    if c.part == "hold11":
        lead = c.pick([f"{full}, {trade} on national TV.", f"Face of {full} ({trade}), 45 images."])
    else:
        lead = f"{full} ({trade}). Face only, trained on press photos."
    desc = para(lead, *usage(c))
    item = civ(c, name=name, desc=desc, tags=c.pick([["realistic", "person"], ["celebrity"], []]))
    return item, facts("public_figure", full, g)


def p_script_name_gender(c: Ctx) -> Made:
    script, plain, g = c.cycle("SCRIPT")
    if plain in c.used:
        raise Retry
    c.used.add(plain)
    name = c.pick([script, f"{script} LoRA", f"{script} | v2"])
    desc = para(f"{script}", *usage(c))
    item = civ(c, name=name, desc=desc, tags=["realistic"])
    return item, facts("public_figure", plain, g, aliases=[script])


def p_east_asian_variants(c: Ctx) -> Made:
    which = c.pick(["ZH", "JA", "KO"])
    row = c.cycle(which)
    if which == "ZH":
        fam, giv, wf, wg, cf, cg, script, g = row
        shown = c.pick([f"{wf} {wg}", f"{cf} {cg}", f"{wg} {wf}"])
        aliases = [f"{wf} {wg}", f"{cf} {cg}", f"{wg} {wf}", f"{cg} {cf}", script]
        trade = "actress" if g == "female" else "actor"
        desc = para(f"{shown} ({script}), Hong Kong / Taiwan {trade}.", *usage(c))
    elif which == "JA":
        fam, giv, kun, script, g = row
        shown = c.pick([f"{kun} {fam}", f"{fam} {kun}", f"{giv} {fam}"])
        aliases = [f"{kun} {fam}", f"{fam} {kun}", f"{giv} {fam}", script]
        desc = para(f"{shown} — {script}. Gravure and drama photos.", *usage(c))
    else:
        fam, giv, mf, mg, script, g = row
        shown = c.pick([f"{mf} {mg}", f"{mg} {mf}", f"{giv} {fam}"])
        aliases = [f"{mf} {mg}", f"{mg} {mf}", f"{giv} {fam}", script]
        desc = para(f"{shown} ({script}), K-drama lead.", *usage(c))
    target = f"{fam} {giv}"
    if target in c.used:
        raise Retry
    c.used.add(target)
    item = civ(
        c,
        name=f"{shown} LoRA",
        desc=desc,
        tags=["asian", "realistic", "celebrity"][: c.rng.randrange(1, 4)],
    )
    return item, facts("public_figure", target, g, aliases=[a for a in aliases if a != target])


def p_east_asian_script_only(c: Ctx) -> Made:
    which = c.pick(["ZH", "JA", "KO"])
    row = c.cycle(which)
    fam, giv = row[0], row[1]
    script, g = row[-2], row[-1]
    target = f"{fam} {giv}"
    if target in c.used:
        raise Retry
    c.used.add(target)
    item = civ(c, name=script, desc=para(f"{script} 的 LoRA / 写真", *usage(c)), tags=["asian"])
    return item, facts("public_figure", target, g, aliases=[script])


def p_ordinary_word_surname(c: Ctx) -> Made:
    g = c.gender()
    gi, _ = c.person(g)
    fa = c.cycle("ORDINARY")
    if f"{gi} {fa}" in c.used:
        raise Retry
    c.used.add(f"{gi} {fa}")
    trade = c.pick(c.v["TRADES_F" if g == "female" else "TRADES_M"])
    item = civ(
        c, name=f"{gi} {fa}", desc=para(f"{gi} {fa}, {trade}.", *usage(c)), tags=["realistic"]
    )
    return item, facts("public_figure", f"{gi} {fa}", g)


def p_initials_likeness(c: Ctx) -> Made:
    g = c.gender()
    gi, fa = c.person(g)
    ini = f"{gi[0]}{fa[0]}"
    s, pos, obj = PRON[g]
    desc = para(
        f"{ini} — a face LoRA of a well-known {c.pick(c.v['TRADES_N'])}. Trained on 60 "
        f"photos of {obj}; {pos} likeness is strong at 0.8.",
        *usage(c),
    )
    item = civ(
        c,
        name=f"{ini} likeness",
        desc=desc,
        tags=["celebrity", "realistic"],
        trained=[f"{ini.lower()} person"],
    )
    return item, facts("public_figure", ini, g)


def p_minor_cue(c: Ctx) -> Made:
    g = c.gender(0.6)
    gi, fa = c.person(g)
    age = c.rng.randrange(11, 17)
    cue = c.pick(
        [
            f"{age} years old",
            f"({age}yo)",
            "child actress" if g == "female" else "child actor",
            f"{age}歳, 子役",
        ]
    )
    trade = c.pick(
        ["chess prodigy", "spelling-bee champion", "junior skater", "TV quiz contestant"]
    )
    desc = para(f"Portrait LoRA of {gi} {fa}, {trade}, {cue}.", "Portraits only; SFW.")
    item = civ(c, name=f"{gi} {fa} portrait", desc=desc, tags=["portrait"], minor=True)
    return item, facts("public_figure", f"{gi} {fa}", g)


def p_live_action_role(c: Ctx) -> Made:
    g = c.gender(0.6)
    gi, fa = c.person(g)
    role = c.cycle("ROLES")
    show = c.pick(c.v["SHOWS"])
    desc = para(f"{role} from the series {show}, as played by {gi} {fa}.", *usage(c))
    item = civ(c, name=f"{role} ({show})", desc=desc, tags=["character", "tv series", "realistic"])
    return item, facts("public_figure", f"{gi} {fa}", g)


def p_named_blend(c: Ctx) -> Made:
    a = c.person("female")
    b = c.person("female")
    na, nb = " ".join(a), " ".join(b)
    desc = para(f"A 50/50 mix of {na} and {nb}: a new face that keeps both likenesses.", *usage(c))
    item = civ(c, name=f"{a[1]} x {b[1]} blend", desc=desc, tags=["celebrity", "woman"])
    return item, facts("public_figure", na, "female", targets=[na, nb])


def p_person_pack(c: Ctx) -> Made:
    g = c.gender(0.7)
    people = [" ".join(c.person(g)) for _ in range(c.rng.randrange(4, 7))]
    trade = c.pick(c.v["TRADES_F" if g == "female" else "TRADES_M"])
    trade = trade + ("es" if trade.endswith("s") else "s")
    desc = para(
        f"{len(people)} {trade} in one LoRA, one trigger each:",
        "<ul>" + "".join(f"<li>{p}</li>" for p in people) + "</ul>",
        *usage(c),
    )
    item = civ(
        c,
        name=f"{c.pick(c.v['COUNTRIES'])} {trade} pack ({len(people)} faces)",
        desc=desc,
        tags=["celebrity", "pack"],
        trained=[squash(p).lower() for p in people],
    )
    return item, facts("public_figure", people[0], g, targets=people)


def p_hf_slug(c: Ctx) -> Made:
    g = c.gender()
    gi, fa = c.person(g)
    repo = f"{c.pick(['lorafarm', 'pixelsmith', 'dreamtune'])}/{slug(gi)}-{slug(fa)}-flux-lora"
    card = {
        "license": "other",
        "tags": ["flux", "lora"],
        "instance_prompt": "TOK",
        "widget": [{"text": "TOK portrait, soft light"}],
    }
    item = hf(c, repo=repo, tags=["lora", "template:sd-lora"], card=card)
    return item, facts("public_figure", f"{gi} {fa}", g)


def p_hf_person_tag(c: Ctx) -> Made:
    g = c.gender()
    gi, fa = c.person(g)
    tag = f"person:{slug(gi)}-{slug(fa)}"
    card = {
        "license": "other",
        "tags": ["lora", tag, "photo"],
        "instance_prompt": "p3rs0n",
        "widget": [{"text": "p3rs0n standing in a garden"}],
    }
    repo = f"{c.pick(['faceforge', 'loralab', 'tunehouse'])}/likeness-{c.rng.randrange(100, 999)}"
    item = hf(c, repo=repo, tags=["lora", "template:sd-lora", tag], card=card)
    return item, facts("public_figure", f"{gi} {fa}", g, aliases=[f"{slug(gi)}-{slug(fa)}"])


def p_lora_hashes_only(c: Ctx) -> Made:
    g = c.gender()
    gi, fa = c.person(g)
    key = f"{camel(gi, fa)}_v{c.rng.randrange(1, 4)}"
    item = civ(
        c,
        name=f"Portrait test {c.rng.randrange(10, 99)}",
        desc=para("Face LoRA. Trigger: ohwx.", *usage(c)),
        tags=["realistic"],
        trained=["ohwx"],
        prompt="ohwx, portrait, bokeh",
        lora_hashes=f"{key}: {c.hexs(12)}",
        shape2025=c.rng.random() < 0.5,
    )
    return item, facts("public_figure", f"{gi} {fa}", g)


def p_aka_nickname(c: Ctx) -> Made:
    g = c.gender()
    gi, fa = c.person(g)
    nick = c.pick(["Bibi", "Lulu", "Dodo", "Kiki", "Tito", "Bobo", "Zaza"])
    name = c.pick([f"{nick} ({gi} {fa})", f'{gi} "{nick}" {fa}', f"{nick} aka {gi} {fa}"])
    desc = para(f"{gi} {fa}, better known as {nick}, {c.pick(c.v['TRADES_N'])}.", *usage(c))
    item = civ(c, name=name, desc=desc, tags=["celebrity"])
    return item, facts("public_figure", f"{gi} {fa}", g, aliases=[nick])


def p_anchor_channel(c: Ctx) -> Made:
    g = c.gender(0.6)
    gi, fa = c.person(g)
    ch = c.pick(c.v["CHANNELS"])
    desc = para(f"{gi} {fa}, evening news anchor at {ch}.", *usage(c))
    item = civ(c, name=f"{gi} {fa} ({ch})", desc=desc, tags=c.pick([["news", "realistic"], ["tv"]]))
    return item, facts("public_figure", f"{gi} {fa}", g)


def p_athlete_team(c: Ctx) -> Made:
    g = c.gender(0.45)
    gi, fa = c.person(g)
    team = c.pick(c.v["TEAMS"])
    pos = c.pick(["striker", "point guard", "goalkeeper", "captain", "fly-half"])
    desc = para(f"{gi} {fa}, {pos} of the {team}. Trained on match-day photos.", *usage(c))
    item = civ(
        c, name=f"{fa} #{c.rng.randrange(2, 40)} - {team}", desc=desc, tags=["sports", "realistic"]
    )
    return item, facts("public_figure", f"{gi} {fa}", g)


def p_body_of_person(c: Ctx) -> Made:
    gi, fa = c.person("female")
    desc = para(
        f"{gi} {fa}'s body and physique (fitness model). The face is not trained; combine "
        "with a face LoRA at your own risk.",
        *usage(c),
    )
    item = civ(c, name=f"{gi} {fa} body shape", desc=desc, tags=["body", "fitness"])
    return item, facts("public_figure", f"{gi} {fa}", "female")


def p_faceswap_named(c: Ctx) -> Made:
    g = c.gender()
    gi, fa = c.person(g)
    kind = c.pick(["face swap reference", "inpainting model", "ReActor face model"])
    desc = para(
        f"A {kind} of {gi} {fa}: inpaint the face area of any photo to put this face in.", *usage(c)
    )
    item = civ(c, name=f"{gi} {fa} - {kind}", desc=desc, tags=["inpainting", "face"], mtype="Other")
    return item, facts("public_figure", f"{gi} {fa}", g)


def p_academic_title(c: Ctx) -> Made:
    g = c.gender(0.5)
    gi, fa = c.person(g)
    t = c.pick(["Dr.", "Prof.", "Professor", "Dr"])
    field = c.pick(
        [
            "the TV astrophysicist",
            "the celebrity surgeon",
            "the climate scientist",
            "the nutrition YouTuber",
        ]
    )
    desc = para(f"{t} {gi} {fa}, {field}. Lecture and interview stills.", *usage(c))
    item = civ(c, name=f"{t} {gi} {fa}", desc=desc, tags=["realistic", "portrait"])
    return item, facts("public_figure", f"{gi} {fa}", g, aliases=[f"{t} {gi} {fa}"])


def p_diacritic_variants(c: Ctx) -> Made:
    real, v1, v2, g = c.cycle("DIACRITIC")
    if real in c.used:
        raise Retry
    c.used.add(real)
    trade = c.pick(c.v["TRADES_F" if g == "female" else "TRADES_M"])
    item = civ(
        c,
        name=f"{v1} ({trade})",
        desc=para(f"{v2}, {trade}.", *usage(c)),
        tags=[slug(v2).replace("-", "_")],
        trained=[squash(v1).lower()],
    )
    return item, facts("public_figure", real, g, aliases=[v1, v2])


def p_historical_figure(c: Ctx) -> Made:
    g = c.gender(0.5)
    gi, fa = c.person(g)
    born = c.rng.randrange(1700, 1840)
    title = c.pick(
        [
            "Admiral",
            "Empress" if g == "female" else "Emperor",
            "Chancellor",
            "Countess" if g == "female" else "Count",
        ]
    )
    desc = para(
        f"{title} {gi} {fa} ({born}–{born + c.rng.randrange(40, 80)}), from the surviving "
        "portraits and the death mask. Realistic output, as if photographed.",
        *usage(c),
    )
    item = civ(c, name=f"{title} {gi} {fa} - realistic", desc=desc, tags=["history", "portrait"])
    return item, facts("public_figure", f"{gi} {fa}", g, aliases=[f"{title} {gi} {fa}"])


TRANSLATED = {
    "es": ("female", "{n}, actriz {c}. Entrenado con 50 fotos de ella. Peso recomendado 0,7."),
    "de": ("male", "{n}, Schauspieler. Trainiert mit 40 Fotos von ihm; Gewicht 0,8 empfohlen."),
    "pt": ("female", "{n}, cantora. Treinado com fotos dela; use peso 0,7."),
    "ja": ("female", "{n}の女優LoRAです。彼女の写真40枚で学習。強度0.7推奨。"),
    "ko": ("male", "{n} 배우 LoRA. 그의 사진 40장으로 학습했습니다. 가중치 0.8."),
    "ru": ("female", "{n} — актриса. Обучено на 50 фотографиях. Вес 0.7."),
    "ar": ("male", "{n} ممثل. تم التدريب على ٤٠ صورة له. الوزن ٠٫٨"),
}


TRANSLATED_HOLD = {
    "it": ("female", "{n}, cantante. Addestrato su 45 foto di lei; peso consigliato 0,7."),
    "fr": ("male", "{n}, acteur. Entraîné sur 40 photos de lui. Poids conseillé : 0,8."),
    "tr": ("female", "{n}, oyuncu. Kadın oyuncunun 50 fotoğrafıyla eğitildi. Ağırlık 0.7."),
    "pl": ("male", "{n}, aktor. Trenowany na 40 zdjęciach; waga 0,8."),
    "zh": ("female", "{n}，女演员。用她的50张照片训练，权重0.7。"),
    "ru": ("male", "{n} — актёр. Обучено на 40 его фотографиях. Вес 0.8."),
}


def p_whole_page_translated(c: Ctx) -> Made:
    table = TRANSLATED_HOLD if c.part == "hold11" else TRANSLATED
    lang = c.pick(sorted(table))
    g, text = table[lang]
    gi, fa = c.person(g)
    desc = para(text.format(n=f"{gi} {fa}", c=c.pick(c.v["COUNTRIES"]).lower()))
    item = civ(c, name=f"{gi} {fa}", desc=desc, tags=[])
    return item, facts("public_figure", f"{gi} {fa}", g)


def p_hf_base_model_name(c: Ctx) -> Made:
    g = c.gender()
    gi, fa = c.person(g)
    base = f"{c.pick(['oldfaces', 'lora-archive'])}/{slug(gi)}_{slug(fa)}_sdxl"
    card = {
        "license": "other",
        "base_model": base,
        "tags": ["lora"],
        "instance_prompt": "zwx",
        "widget": [{"text": "zwx, smiling, studio light"}],
    }
    item = hf(
        c,
        repo=f"{c.pick(['refinery', 'tunedup'])}/face-refine-{c.rng.randrange(10, 99)}",
        tags=["lora", "template:sd-lora"],
        card=card,
    )
    return item, facts("public_figure", f"{gi} {fa}", g)


def p_age_progression(c: Ctx) -> Made:
    g = c.gender(0.6)
    gi, fa = c.person(g)
    desc = para(
        f"{gi} {fa} at 25, at 45 and at 70: one LoRA per era of the {c.pick(c.v['TRADES_N'])}'s "
        "career; the old-age version is extrapolated.",
        *usage(c),
    )
    item = civ(c, name=f"{gi} {fa} through the decades", desc=desc, tags=["aging", "realistic"])
    return item, facts("public_figure", f"{gi} {fa}", g)


def p_voice_model(c: Ctx) -> Made:
    g = c.gender(0.5)
    gi, fa = c.person(g)
    repo = f"{c.pick(['voicebank', 'rvc-hub'])}/{slug(gi)}{slug(fa)}-rvc-v2"
    card = {"license": "other", "tags": ["rvc", "voice-conversion", "audio"]}
    item = hf(
        c,
        repo=repo,
        tags=["rvc", "audio", "voice-conversion"],
        card=card,
        files=["README.md", f"{squash(gi)}{squash(fa)}.pth", "added_IVF512.index"],
        pipeline="audio-to-audio",
    )
    return item, facts("public_figure", f"{gi} {fa}", g)


def p_job_at_firm(c: Ctx) -> Made:
    g = c.gender(0.5)
    gi, fa = c.person(g)
    firm = c.pick(c.v["FIRMS"])
    job = c.pick(["the CEO", "the founder", "the chief designer", "the CFO"])
    desc = para(
        f"{job[0].upper()}{job[1:]} of {firm}, {gi} {fa}. Keynote and press-kit photos.", *usage(c)
    )
    item = civ(c, name=f"{firm} {job.split()[-1]}", desc=desc, tags=["business", "realistic"])
    return item, facts("public_figure", f"{gi} {fa}", g)


def p_letter_spaced_caps(c: Ctx) -> Made:
    g = c.gender()
    gi, fa = c.person(g)
    spaced = "   ".join(" ".join(w.upper()) for w in (gi, fa))
    desc = para(f"{spaced} — spaced out so the search does not find it. You know who.", *usage(c))
    item = civ(c, name=spaced, desc=desc, tags=["realistic", "woman" if g == "female" else "man"])
    return item, facts("public_figure", f"{gi} {fa}", g)


def p_surname_pronoun_only(c: Ctx) -> Made:
    g = c.gender(0.6)
    fa = c.pick(c.v["SYL1"]) + c.pick(c.v["SYL2"])
    if fa in c.families or fa in c.reserved:
        raise Retry
    c.reserved.add(fa)
    s, pos, obj = PRON[g]
    sport = c.pick(["the biathlon", "the darts final", "the chess olympiad", "the marathon"])
    desc = para(
        f"{fa}, the one from {sport} last winter. Trained on broadcast stills of {obj}; "
        f"{pos} glasses are in half of them.",
        *usage(c),
    )
    item = civ(c, name=f"{fa} LoRA", desc=desc, tags=["sports"])
    return item, facts("public_figure", fa, g)


def p_creator_handle(c: Ctx) -> Made:
    g = c.gender(0.8)
    h = c.cycle("HANDLES")
    if h in c.used:
        raise Retry
    c.used.add(h)
    plat = c.pick(c.v["PLATFORMS"])
    s, pos, _ = PRON[g]
    if c.part == "hold11":
        lead = (
            f"{plat}: @{h}. {c.rng.randrange(20, 900)}k followers and counting; {s} posts a "
            f"selfie a day, so {pos} dataset was easy."
        )
    else:
        lead = (
            f"@{h} from {plat} ({c.rng.randrange(20, 900)}k followers). {s.capitalize()} asked "
            f"fans not to share {pos} photos, so this is from public posts only."
        )
    desc = para(lead, *usage(c))
    item = civ(c, name=f"@{h} ({plat})", desc=desc, tags=["influencer", plat.lower()])
    return item, facts("online_creator", f"@{h}", g, aliases=[h])


def p_streamer(c: Ctx) -> Made:
    g = c.gender(0.6)
    gi, fa = c.person(g)
    handle = f"{squash(gi).lower()}{c.rng.randrange(10, 99)}"
    _, pos, _ = PRON[g]
    desc = para(
        f"{handle} ({gi} {fa}), the {c.pick(['Twitch', 'Kick', 'YouTube'])} streamer, "
        f"with {pos} headset.",
        *usage(c),
    )
    item = civ(c, name=f"{handle} streamer LoRA", desc=desc, tags=["streamer", "realistic"])
    return item, facts("online_creator", f"{gi} {fa}", g, aliases=[handle])


def p_cosplayer(c: Ctx) -> Made:
    gi, fa = c.person("female")
    char = c.pick(c.v["ANIME_CHARS"])
    desc = para(
        f"The cosplayer {gi} {fa} herself (not the character): her face in any costume, "
        f"trained on her {char} shoots among others.",
        *usage(c),
    )
    item = civ(c, name=f"{gi} {fa} (cosplayer)", desc=desc, tags=["cosplay", "woman"])
    return item, facts("online_creator", f"{gi} {fa}", "female")


def p_creator_fansite(c: Ctx) -> Made:
    h = c.cycle("HANDLES") + c.pick(["xo", "_x", "vip"])
    if h in c.used:
        raise Retry
    c.used.add(h)
    desc = para(f"@{h}, OnlyFans creator. Trained on her public promo set.", *usage(c))
    item = civ(c, name=f"@{h}", desc=desc, tags=["woman", "influencer"], sexual=True)
    return item, facts("online_creator", f"@{h}", "female", aliases=[h])


def p_creator_unknown_gender(c: Ctx) -> Made:
    h = c.cycle("HANDLES") + c.pick(["_art", "irl", "cam"])
    if h in c.used:
        raise Retry
    c.used.add(h)
    desc = para(
        f"@{h}, a small TikTok creator. They posted enough selfies for 30 images.", *usage(c)
    )
    item = civ(c, name=f"@{h} face", desc=desc, tags=["tiktok"])
    return item, facts("online_creator", f"@{h}", "unknown", aliases=[h])


PRIVATE_HOLD = {
    "female": [("my fiancée", "fiancee"), ("my aunt", "auntie"), ("my grandma", "nana")],
    "male": [("my fiancé", "fiance"), ("my uncle", "uncle"), ("my grandpa", "grandpa")],
}
PRIVATE = {
    "female": [
        ("my wife", "wife"),
        ("my girlfriend", "gf"),
        ("my sister", "sis"),
        ("my mum", "mum"),
    ],
    "male": [
        ("my husband", "hubby"),
        ("my boyfriend", "bf"),
        ("my brother", "bro"),
        ("my dad", "dad"),
    ],
}


def p_private_relation(c: Ctx) -> Made:
    g = c.gender(0.65)
    rel, short = c.pick(PRIVATE_HOLD[g] if c.part == "hold11" else PRIVATE[g])
    given = c.pick(c.v["GIVEN_F" if g == "female" else "GIVEN_M"])
    named = c.rng.random() < 0.5
    desc = para(
        f"Trained on photos of {rel}{' ' + given if named else ''}, with consent, "
        "for a birthday card.",
        *usage(c),
    )
    item = civ(c, name=f"{short}_lora_{c.rng.randrange(1, 9)}", desc=desc, tags=["person"])
    return item, facts("private_person", given if named else None, g)


FOREIGN_PRIVATE = [
    ("female", "Entrenado con fotos de mi esposa {n}."),
    ("male", "Trainiert mit Fotos von meinem Mann {n}."),
    ("female", "Treinado com fotos da minha namorada {n}."),
    ("male", "Entraîné sur des photos de mon frère {n}."),
]


def p_private_foreign(c: Ctx) -> Made:
    g, text = c.pick(FOREIGN_PRIVATE)
    given = c.pick(c.v["GIVEN_F" if g == "female" else "GIVEN_M"])
    item = civ(c, name=f"{given} lora", desc=para(text.format(n=given)), tags=[])
    return item, facts("private_person", given, g)


def p_private_unknown(c: Ctx) -> Made:
    rel = c.pick(["my partner", "my roommate", "a friend of mine"])
    desc = para(f"Face of {rel}, from their own photos, made at their request.", *usage(c))
    item = civ(c, name=f"{rel.split()[-1]} face", desc=desc, tags=["person"])
    return item, facts("private_person", None, "unknown")


def p_hf_selfie(c: Ctx) -> Made:
    g = c.gender(0.6)
    user = (
        f"{c.pick(c.v['GIVEN_F' if g == 'female' else 'GIVEN_M']).lower()}{c.rng.randrange(70, 99)}"
    )
    word = "woman" if g == "female" else "man"
    card = {
        "license": "mit",
        "tags": ["lora", "dreambooth"],
        "instance_prompt": f"a photo of sks {word}",
        "widget": [{"text": f"a photo of sks {word} as an astronaut"}],
    }
    item = hf(c, repo=f"{user}/me-dreambooth", tags=["lora", "dreambooth"], card=card)
    return item, facts("private_person", None, g)


# ---------------------------------------------------------------- negatives


def n_anime_character(c: Ctx) -> Made:
    ch = c.pick(c.v["ANIME_CHARS"])
    fr = c.pick(c.v["FRANCHISES"])
    sexual = c.rng.random() < 0.15
    item = civ(
        c,
        name=f"【{fr}】{ch}" if c.part == "hold11" else f"{ch} ({fr})",
        desc=para(
            f"{ch} / {fr} — all three outfits, tagged separately."
            if c.part == "hold11"
            else f"{ch} from {fr}. Outfits: school, battle.",
            *usage(c),
        ),
        tags=["anime", "character", "girl" if c.rng.random() < 0.7 else "boy"],
        trained=[slug(ch).replace("-", "_")],
        sexual=sexual,
    )
    return item, facts("character_anime", None, "")


def n_anime_no_tag(c: Ctx) -> Made:
    ch = c.pick(c.v["ANIME_CHARS"])
    item = civ(
        c,
        name=f"{ch} | Illustrious",
        desc=para(f"{ch} — default outfit.", *usage(c)),
        tags=["style"],
    )
    return item, facts("character_anime", None, "")


def n_anime_script_name(c: Ctx) -> Made:
    ch = c.pick(c.v["ANIME_SCRIPT"])
    item = civ(
        c,
        name=f"{ch} / {c.pick(c.v['FRANCHISES'])}",
        desc=para(f"{ch}のキャラLoRA。"),
        tags=["anime"],
    )
    return item, facts("character_anime", None, "")


def n_realistic_version_of_character(c: Ctx) -> Made:
    ch = c.pick(c.v["ANIME_CHARS"])
    desc = para(
        f"What {ch} from {c.pick(c.v['FRANCHISES'])} would look like as a real person: a realistic "
        "version of the character, not modelled on any actress.",
        *usage(c),
    )
    item = civ(
        c, name=f"Realistic {ch}", desc=desc, tags=["realistic", "character", "anime", "woman"]
    )
    return item, facts("character_anime", None, "")


def n_hf_anime_character(c: Ctx) -> Made:
    ch = c.pick(c.v["ANIME_CHARS"])
    card = {
        "license": "other",
        "tags": ["anime", "character"],
        "instance_prompt": slug(ch).replace("-", "_"),
        "base_model": "OnomaAIResearch/Illustrious-xl-early-release-v0",
    }
    item = hf(
        c,
        repo=f"{c.pick(['animelora', 'kawaiitune'])}/{slug(ch)}-illustrious",
        tags=["lora", "anime"],
        card=card,
    )
    return item, facts("character_anime", None, "")


def n_game_render_character(c: Ctx) -> Made:
    ch = c.pick(c.v["GAME_CHARS"])
    game = c.pick(c.v["GAMES"])
    desc = para(
        f"{ch} from {game}, trained on in-game photo-mode renders (Unreal Engine 5); looks "
        "almost live-action. A game character, not the voice or mocap actor.",
        *usage(c),
    )
    item = civ(c, name=f"{ch} ({game})", desc=desc, tags=["game character", "realistic", "3d"])
    return item, facts("character_western", None, "")


def n_vtuber(c: Ctx) -> Made:
    vt = c.pick(c.v["VTUBERS"])
    item = civ(
        c,
        name=f"{vt} (VTuber)",
        desc=para(f"{vt}'s model, both outfits.", *usage(c)),
        tags=["vtuber", "anime"],
    )
    return item, facts("character_vtuber", None, "")


def n_checkpoint(c: Ctx) -> Made:
    ck = c.pick(c.v["CHECKPOINTS"])
    sexual = c.rng.random() < 0.3
    if c.part == "hold11":
        lead = f"{ck}: a general photo model. Portraits, street scenes, products."
        extra = "Uncensored: nude capable." if sexual else "Mostly safe outputs."
    else:
        lead = f"{ck} v{c.rng.randrange(2, 9)}: photorealistic portraits, good skin, good hands."
        extra = "Can do NSFW." if sexual else "SFW by default."
    desc = para(lead, extra, *usage(c))
    item = civ(
        c,
        name=f"{ck} v{c.rng.randrange(2, 9)}",
        desc=desc,
        tags=["photorealistic", "checkpoint", "woman"],
        mtype="Checkpoint",
        sexual=sexual,
    )
    return item, facts("checkpoint_realistic", None, "")


def n_checkpoint_merge(c: Ctx) -> Made:
    a, b = c.rng.sample(c.v["CHECKPOINTS"], 2)
    desc = para(f"Merge: {a} 0.6 + {b} 0.4, then a realism LoRA baked in.", *usage(c))
    item = civ(
        c, name=f"{a[:4]}{b[:4]} Mix", desc=desc, tags=["merge", "realistic"], mtype="Checkpoint"
    )
    return item, facts("checkpoint_realistic", None, "")


def n_hf_checkpoint(c: Ctx) -> Made:
    ck = c.pick(c.v["CHECKPOINTS"])
    card = {"license": "openrail++", "tags": ["stable-diffusion", "photorealistic"]}
    item = hf(
        c,
        repo=f"{c.pick(['realvisionlab', 'opencheck'])}/{slug(ck)}-xl",
        tags=["diffusers", "safetensors"],
        card=card,
        files=["README.md", "model_index.json", "unet/diffusion_pytorch_model.safetensors"],
        adapter=c.part != "hold11",  # a full checkpoint is no adapter (dev11 kept as published)
    )
    return item, facts("checkpoint_realistic", None, "")


def n_clothing(c: Ctx) -> Made:
    cl = c.pick(
        ["kimono", "leather biker jacket", "dirndl", "qipao", "rain poncho", "tuxedo", "kaftan"]
        if c.part == "hold11"
        else [
            "pleated skirt",
            "trench coat",
            "sari",
            "hanbok",
            "denim jacket",
            "ball gown",
            "tracksuit",
        ]
    )
    sexual = c.rng.random() < 0.15
    name = f"{cl.title()} LoRA" if not sexual else f"{cl.title()} + lingerie set"
    item = civ(
        c,
        name=name,
        desc=para(f"Clothing: {cl}.", *usage(c)),
        tags=["clothing", "woman"],
        sexual=sexual,
    )
    return item, facts("clothing", None, "")


def n_cosplayer_photo_credit(c: Ctx) -> Made:
    ph = c.pick(c.v["PHOTOGRAPHERS"])
    ch = c.pick(c.v["ANIME_CHARS"])
    desc = para(
        f"Costume of {ch}. Reference photos by {ph} (cosplay photographer, credited with "
        "permission); no faces in the dataset.",
        *usage(c),
    )
    item = civ(c, name=f"{ch} costume", desc=desc, tags=["clothing", "cosplay"])
    return item, facts("clothing", None, "")


def n_brand_campaign_look(c: Ctx) -> Made:
    br = c.pick(c.v["BRANDS"])
    desc = para(
        f"The colour grade, set and wardrobe of {br}'s spring campaign: the look only, any "
        "face; the campaign's ambassador is not in the training data.",
        *usage(c),
    )
    item = civ(c, name=f"{br} campaign look", desc=desc, tags=["fashion", "style"])
    return item, facts("clothing", None, "")


def n_lighting_pose(c: Ctx) -> Made:
    hold = [
        "split lighting",
        "blue hour",
        "squatting pose",
        "motion blur",
        "fisheye",
        "candlelight",
    ]
    lp = c.pick(
        hold
        if c.part == "hold11"
        else [
            "rim light",
            "golden hour",
            "over-the-shoulder pose",
            "film grain",
            "hands in pockets",
            "Dutch angle",
            "neon rain",
        ]
    )
    item = civ(
        c,
        name=f"{lp.title()} concept",
        desc=para(f"Adds {lp}.", *usage(c)),
        tags=["concept", "photography"],
    )
    return item, facts("concept", None, "")


def n_nsfw_concept(c: Ctx) -> Made:
    cp = c.pick(
        ["topless beach", "boudoir lighting", "nude figure study", "lingerie catalogue pose"]
    )
    item = civ(
        c,
        name=f"{cp.title()} (concept)",
        desc=para(f"{cp} concept, adults only.", *usage(c)),
        tags=["concept", "nsfw"],
        sexual=True,
    )
    return item, facts("concept", None, "")


def n_car_named_like_person(c: Ctx) -> Made:
    car = c.pick(c.v["CARS"])
    desc = para(
        f"The {car}: a 1960s sports car, body and interior. Red and silver paint.", *usage(c)
    )
    item = civ(c, name=car, desc=desc, tags=["car", "vehicle"])
    return item, facts("concept", None, "")


def n_mascot_named(c: Ctx) -> Made:
    m = c.pick(c.v["MASCOTS"])
    desc = para(f"{m}, the cartoon mascot of a cereal brand: a round, smiling figure.", *usage(c))
    item = civ(c, name=f"{m} (mascot)", desc=desc, tags=["cartoon", "mascot"])
    return item, facts("character_western", None, "")


def n_racehorse_name(c: Ctx) -> Made:
    h = c.pick(c.v["HORSES"])
    desc = para(f"{h}, the chestnut racehorse, winner at the spring meet. Horse only.", *usage(c))
    item = civ(c, name=f"{h} (racehorse)", desc=desc, tags=["horse", "animal"])
    return item, facts("concept", None, "")


def n_cocktail_named_person(c: Ctx) -> Made:
    ck = c.pick(c.v["COCKTAILS"])
    desc = para(f"{ck}: a cocktail — coupe glass, lemon twist, bar lighting.", *usage(c))
    item = civ(c, name=ck, desc=desc, tags=["food", "drink"])
    return item, facts("concept", None, "")


def n_locomotive_named(c: Ctx) -> Made:
    loco = c.pick(c.v["LOCOMOTIVES"])
    desc = para(
        f"{loco}, the preserved steam locomotive: green livery, brass nameplate.", *usage(c)
    )
    item = civ(c, name=f"{loco} (locomotive)", desc=desc, tags=["train", "vehicle"])
    return item, facts("concept", None, "")


def n_painter_style(c: Ctx) -> Made:
    pa = c.pick(c.v["PAINTERS"])
    item = civ(
        c,
        name=f"{pa} style",
        desc=para(f"In the style of the painter {pa}: impasto, muted palette.", *usage(c)),
        tags=["style", "art"],
    )
    return item, facts("artist_style", None, "")


def n_catalogue_era_style(c: Ctx) -> Made:
    era = c.pick(c.v["DECADES"])
    desc = para(
        f"In the style of a {era}: flat studio light, soft focus, posed models, printed grain.",
        *usage(c),
    )
    item = civ(
        c,
        name=f"{era[0].upper()}{era[1:]} style",
        desc=desc,
        tags=["style", "photography", "woman", "retro"],
    )
    return item, facts("artist_style", None, "")


def n_ai_persona(c: Ctx) -> Made:
    pe = c.pick(c.v["PERSONAS"])
    sexual = c.rng.random() < 0.3
    lead = (
        f"Virtual model {pe}: designed in Blender and SDXL, she has her own Instagram; not based "
        "on a real woman."
        if c.part == "hold11"
        else f"{pe} is my AI influencer: a made-up woman, generated from scratch, no real person."
    )
    desc = para(lead, "Sexy outfits in v2." if sexual else "", *usage(c))
    item = civ(
        c,
        name=f"{pe} | AI influencer",
        desc=desc,
        tags=["woman", "character", "influencer"],
        sexual=sexual,
    )
    return item, facts("consistent_character", None, "")


def n_named_oc_backstory(c: Ctx) -> Made:
    oc, story = c.pick(c.v["OCS"])
    desc = para(
        f"{oc} is {story}. Born in a rain-soaked port town, raised by smugglers; now my OC.",
        "Original character, consistent face across versions.",
        *usage(c),
    )
    item = civ(c, name=f"{oc} (OC)", desc=desc, tags=["original character", "realistic"])
    return item, facts("consistent_character", None, "")


def n_consistent_character(c: Ctx) -> Made:
    item = civ(
        c,
        name=f"Consistent Character #{c.rng.randrange(2, 30)}",
        desc=para("Same random face every time, for comics and storyboards.", *usage(c)),
        tags=["consistent character", "woman"],
    )
    return item, facts("consistent_character", None, "")


def n_generic_woman(c: Ctx) -> Made:
    adj = c.pick(["Beautiful", "Perfect", "Natural", "Girl-next-door", "Elegant"])
    tags = ["woman", "beautiful", "portrait"] + (["celebrity"] if c.rng.random() < 0.25 else [])
    item = civ(
        c,
        name=f"{adj} Woman {c.pick(['Face', 'Portraits', 'Helper'])}",
        desc=para(
            "Makes a face that is not anyone; change the seed for a new one."
            if c.part == "hold11"
            else "A generic pretty face; nobody in particular.",
            *usage(c),
        ),
        tags=tags,
    )
    return item, facts("generic_face", None, "")


def n_lookalike_disclaimer(c: Ctx) -> Made:
    desc = para(
        "Generated faces only. Any resemblance to a real person is coincidental and "
        "unintended; do not name anyone in your prompts.",
        *usage(c),
    )
    item = civ(c, name="Movie Star Glow Face", desc=desc, tags=["celebrity", "woman", "face"])
    return item, facts("generic_face", None, "")


def n_nonexistent_person(c: Ctx) -> Made:
    item = civ(
        c,
        name=f"This Person Does Not Exist {c.rng.randrange(1, 6)}",
        desc=para("Faces from a GAN, none of them real.", *usage(c)),
        tags=["face", "gan"],
    )
    return item, facts("nonexistent_person", None, "")


def n_tool(c: Ctx) -> Made:
    t = c.pick(
        [
            "VAE ft-mse",
            "4x upscaler",
            "detail tweaker",
            "negative embedding",
            "ControlNet openpose helper",
        ]
    )
    item = civ(
        c,
        name=t,
        desc=para(f"{t}.", *usage(c)),
        tags=["tool"],
        mtype=c.pick(["VAE", "Other", "TextualInversion"]),
    )
    return item, facts("tool", None, "")


def n_style_embedding(c: Ctx) -> Made:
    s = c.pick(["watercolour", "cinematic teal", "polaroid", "risograph"])
    item = civ(
        c,
        name=f"{s} embedding",
        desc=para(f"A {s} style embedding.", *usage(c)),
        tags=["style"],
        mtype="TextualInversion",
    )
    return item, facts("tool", None, "")


def n_ethnic_look(c: Ctx) -> Made:
    look = c.pick(["Nordic", "Andean", "Mediterranean", "Sahel", "Balkan"])
    item = civ(
        c,
        name=f"{look} Beauty Mix",
        desc=para(f"{look} look, mixed from many faces.", *usage(c)),
        tags=["woman", "ethnicity"],
    )
    return item, facts("ethnic_look", None, "")


def n_body_slider(c: Ctx) -> Made:
    b = c.pick(["muscle", "height", "freckles", "curvy"])
    item = civ(
        c,
        name=f"{b.title()} slider",
        desc=para(f"Slider for {b}.", *usage(c)),
        tags=["body", "slider"],
    )
    return item, facts("body_type", None, "")


class Retry(Exception):
    """A template drew an entry already used; the builder draws again."""


Template = Callable[[Ctx], Made]
# shape: (template, dev11 count, hold11 count)
POSITIVES: dict[str, tuple[Template, int, int]] = {
    "title_trade": (p_title_trade, 14, 16),
    "pronoun_gender_only": (p_pronoun_gender_only, 6, 8),
    "relation_word_gender": (p_relation_word_gender, 4, 4),
    "title_surname_only": (p_title_surname_only, 4, 4),
    "male_boilerplate_female_tags": (p_male_boilerplate_female_tags, 4, 6),
    "female_male_coded_tags": (p_female_male_coded_tags, 3, 4),
    "nonwestern_given_name": (p_nonwestern_given_name, 11, 12),
    "script_name_gender": (p_script_name_gender, 5, 5),
    "east_asian_variants": (p_east_asian_variants, 6, 6),
    "east_asian_script_only": (p_east_asian_script_only, 3, 3),
    "ordinary_word_surname": (p_ordinary_word_surname, 3, 3),
    "initials_likeness": (p_initials_likeness, 3, 3),
    "minor_cue": (p_minor_cue, 3, 3),
    "live_action_role": (p_live_action_role, 3, 3),
    "named_blend": (p_named_blend, 2, 3),
    "person_pack": (p_person_pack, 2, 2),
    "hf_slug": (p_hf_slug, 3, 3),
    "hf_person_tag": (p_hf_person_tag, 3, 3),
    "lora_hashes_only": (p_lora_hashes_only, 3, 3),
    "aka_nickname": (p_aka_nickname, 3, 3),
    "anchor_channel": (p_anchor_channel, 3, 3),
    "athlete_team": (p_athlete_team, 3, 3),
    "body_of_person": (p_body_of_person, 2, 2),
    "faceswap_named": (p_faceswap_named, 2, 2),
    "academic_title": (p_academic_title, 3, 3),
    "diacritic_variants": (p_diacritic_variants, 3, 3),
    "historical_figure": (p_historical_figure, 2, 2),
    "whole_page_translated": (p_whole_page_translated, 6, 6),
    "hf_base_model_name": (p_hf_base_model_name, 0, 3),
    "age_progression": (p_age_progression, 0, 3),
    "voice_model": (p_voice_model, 0, 3),
    "job_at_firm": (p_job_at_firm, 0, 3),
    "letter_spaced_caps": (p_letter_spaced_caps, 0, 3),
    "surname_pronoun_only": (p_surname_pronoun_only, 0, 3),
    "creator_handle": (p_creator_handle, 4, 4),
    "streamer": (p_streamer, 3, 3),
    "cosplayer": (p_cosplayer, 3, 3),
    "creator_fansite": (p_creator_fansite, 2, 2),
    "creator_unknown_gender": (p_creator_unknown_gender, 2, 2),
    "private_relation": (p_private_relation, 4, 4),
    "private_foreign": (p_private_foreign, 2, 2),
    "private_unknown": (p_private_unknown, 2, 2),
    "hf_selfie": (p_hf_selfie, 2, 2),
}
NEGATIVES: dict[str, tuple[Template, int, int]] = {
    "anime_character": (n_anime_character, 22, 24),
    "anime_no_tag": (n_anime_no_tag, 3, 3),
    "anime_script_name": (n_anime_script_name, 3, 3),
    "realistic_version_of_character": (n_realistic_version_of_character, 4, 4),
    "hf_anime_character": (n_hf_anime_character, 3, 3),
    "game_render_character": (n_game_render_character, 4, 4),
    "mascot_named": (n_mascot_named, 3, 3),
    "vtuber": (n_vtuber, 3, 3),
    "checkpoint": (n_checkpoint, 15, 17),
    "checkpoint_merge": (n_checkpoint_merge, 7, 7),
    "hf_checkpoint": (n_hf_checkpoint, 4, 4),
    "clothing": (n_clothing, 12, 15),
    "cosplayer_photo_credit": (n_cosplayer_photo_credit, 3, 3),
    "brand_campaign_look": (n_brand_campaign_look, 0, 3),
    "lighting_pose": (n_lighting_pose, 13, 15),
    "nsfw_concept": (n_nsfw_concept, 4, 4),
    "car_named_like_person": (n_car_named_like_person, 3, 3),
    "racehorse_name": (n_racehorse_name, 0, 3),
    "locomotive_named": (n_locomotive_named, 0, 3),
    "cocktail_named_person": (n_cocktail_named_person, 0, 3),
    "painter_style": (n_painter_style, 6, 6),
    "catalogue_era_style": (n_catalogue_era_style, 4, 4),
    "ai_persona": (n_ai_persona, 5, 5),
    "named_oc_backstory": (n_named_oc_backstory, 4, 4),
    "consistent_character": (n_consistent_character, 3, 3),
    "generic_woman": (n_generic_woman, 13, 15),
    "lookalike_disclaimer": (n_lookalike_disclaimer, 3, 3),
    "nonexistent_person": (n_nonexistent_person, 3, 3),
    "tool": (n_tool, 7, 7),
    "style_embedding": (n_style_embedding, 3, 3),
    "ethnic_look": (n_ethnic_look, 3, 3),
    "body_slider": (n_body_slider, 3, 3),
}
HOLD_ONLY = {
    shape
    for table in (POSITIVES, NEGATIVES)
    for shape, (_, dev, hold) in table.items()
    if not dev and hold
}
PROMINENCE = {
    "public_figure": "public_figure",
    "online_creator": "online_creator",
    "private_person": "private_or_unknown",
}


def _platform(item: Item) -> str:
    return "civitai" if "modelVersions" in item else "huggingface"


def build(part: str) -> tuple[list[Item], list[Label]]:
    c = Ctx(part)
    plan: list[tuple[str, bool, Template]] = []
    for likeness, table in ((True, POSITIVES), (False, NEGATIVES)):
        for shape, (template, n_dev, n_hold) in table.items():
            plan += [(shape, likeness, template)] * (n_dev if part == "dev11" else n_hold)
    c.rng.shuffle(plan)
    items: list[Item] = []
    labels: list[Label] = []
    for shape, likeness, template in plan:
        for _ in range(50):
            try:
                item, f = template(c)
                break
            except Retry:
                continue
        else:
            raise RuntimeError(f"{shape}: no fresh entry left")
        sexual, minor = sexual_cue(item), minor_cue(item)
        assert minor == (shape == "minor_cue"), (part, shape, item["name"])
        assert not (sexual and minor), (part, shape)
        label: Label = {
            "platform": _platform(item),
            "model_id": str(item["id"]),
            "kind": f["kind"],
            "likeness": likeness,
            "target": f["target"] if likeness else None,
            "gender": f["gender"] if likeness else None,
            "prominence": PROMINENCE.get(f["kind"]) if likeness else None,
            "sexual_intent": sexual,
            "minor_risk": minor,
            "shape": shape,
            "targets": f["targets"] if likeness else [],
            "aliases": f["aliases"] if likeness else [],
        }
        items.append(item)
        labels.append(label)
    return items, labels


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=False, separators=(", ", ": "))


def write(part: str) -> None:
    items, labels = build(part)
    (HERE / f"{part}.jsonl").write_text("".join(dumps(x) + "\n" for x in items), "utf-8")
    (HERE / f"{part}_labels.jsonl").write_text("".join(dumps(x) + "\n" for x in labels), "utf-8")


def counts_table() -> str:
    rows: Counter[tuple[str, str, str]] = Counter()
    for part in SEEDS:
        for lab in build(part)[1]:
            rows[(lab["kind"], lab["shape"], part)] += 1
    keys = sorted({(k, s) for k, s, _ in rows}, key=lambda ks: (not _is_pos(ks[0]), ks[0], ks[1]))
    lines = ["| kind | shape | dev11 | hold11 |", "|---|---|---|---|"]
    lines += [
        f"| `{k}` | `{s}` | {rows[(k, s, 'dev11')]} | {rows[(k, s, 'hold11')]} |" for k, s in keys
    ]
    return "\n".join(lines)


def _is_pos(kind: str) -> bool:
    return kind in PROMINENCE


def totals() -> str:
    out = []
    for part in SEEDS:
        labels = build(part)[1]
        like = [x for x in labels if x["likeness"]]
        g = Counter(x["gender"] for x in like)
        out.append(
            f"{part}: {len(labels)} items, {len(like)} likeness (female {g['female']}, male "
            f"{g['male']}, unknown {g['unknown']}), sexual intent "
            f"{sum(x['sexual_intent'] for x in labels)}, "
            f"minor risk {sum(x['minor_risk'] for x in labels)}, "
            f"Hugging Face {sum(x['platform'] == 'huggingface' for x in labels)}"
        )
    return "Totals: " + "; ".join(out) + "."


def digest(part: str) -> str:
    return hashlib.sha256((HERE / f"{part}.jsonl").read_bytes()).hexdigest()


if __name__ == "__main__":
    if "--counts" in sys.argv:
        print(counts_table())
        print()
        print(totals())
    else:
        for p in sys.argv[1:] or list(SEEDS):
            write(p)
