"""Build the tenth dev set (tests/devset10): dev10 and hold10, seeded, byte for byte.

Run from the repository root::

    .venv/bin/python tests/devset10/build_devset10.py            # rewrite the four files
    .venv/bin/python tests/devset10/build_devset10.py --counts   # print the README table

Every person is invented (``devset10_vocab.py``). Each template writes one raw API item (Civitai
2023 or 2025 shape, or a Hugging Face ModelInfo) and its label; the builder checks that the
sexual and minor cues of every item agree with its label and never meet.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import devset10_vocab as V  # noqa: E402

SEEDS: dict[str, tuple[int, str]] = {"dev10": (310101, "A"), "hold10": (874210, "B")}
Item = dict[str, Any]
Label = dict[str, Any]

# ---------------------------------------------------------------------------------------------
# cues

SEXUAL_WORDS = (
    "nsfw", "nude", "nudes", "naked", "lingerie", "topless", "boudoir", "sexy", "porn",
    "pornstar", "onlyfans", "lewd", "erotic", "hentai", "explicit", "fansly",
)  # fmt: skip
YOUTH_WORDS = (
    "teen", "teens", "teenager", "teenage", "schoolgirl", "schoolboy", "kid", "kids",
    "child actress", "child actor", "child star", "junior high", "middle school",
    "middle schooler", "high schooler", "preteen",
)  # fmt: skip
YOUTH_SCRIPT = ("子役", "童星", "중학생", "中学生", "小学生", "初中生", "아역", "고등학생")
_AGE = re.compile(
    r"(?<![\w.])(\d{1,2})\s*(?:years?[\s-]old|yo\b|y/o\b|歳|세|岁)|\bage[d]?\s+(\d{1,2})\b", re.I
)
_WORD = re.compile(r"[^\W_]+")
SEXUAL_BITS = 4 | 8 | 16 | 32  # R, X, XXX, Blocked


def _texts(item: Item) -> list[str]:
    """Every text an item carries (names, prose, tags, triggers, files, prompts, card)."""
    out: list[str] = []
    if "modelVersions" in item:
        out += [item.get("name") or "", item.get("description") or "", *(item.get("tags") or [])]
        out.append((item.get("creator") or {}).get("username") or "")
        for v in item["modelVersions"]:
            out += [v.get("name") or "", v.get("description") or "", *v.get("trainedWords", [])]
            out += [f["name"] for f in v.get("files", [])]
            for im in v.get("images", []):
                meta = im.get("meta") or {}
                out += [str(meta.get("prompt") or ""), str(meta.get("negativePrompt") or "")]
    else:
        out += [item["id"], *item.get("tags", [])]
        card = item.get("cardData") or {}
        out += [str(card.get("instance_prompt") or ""), *map(str, card.get("tags") or [])]
        out += [str(w.get("text") or "") for w in card.get("widget") or []]
        out += [s["rfilename"] for s in item.get("siblings", [])]
    return out


def _levels(item: Item) -> list[int]:
    if "modelVersions" not in item:
        return []
    out = [int(item.get("nsfwLevel") or 0)]
    for v in item["modelVersions"]:
        out.append(int(v.get("nsfwLevel") or 0))
        out += [int(im.get("nsfwLevel") or 0) for im in v.get("images", [])]
    return out


def sexual_cue(item: Item) -> bool:
    """A platform flag or a sexual word anywhere in the item."""
    if item.get("nsfw") is True or any(lv & SEXUAL_BITS for lv in _levels(item)):
        return True
    for v in item.get("modelVersions", []):
        if any(im.get("nsfw") in ("Mature", "X") for im in v.get("images", [])):
            return True
    if "not-for-all-audiences" in item.get("tags", []) and "modelVersions" not in item:
        return True
    words = set(_WORD.findall(" ".join(_texts(item)).lower()))
    return any(w in words for w in SEXUAL_WORDS)


def minor_cue(item: Item) -> bool:
    """Civitai's minor flag, a stated age under 18, or a youth word."""
    if item.get("minor") is True:
        return True
    for v in item.get("modelVersions", []):
        if any(im.get("minor") is True for im in v.get("images", [])):
            return True
    text = " ".join(_texts(item))
    for m in _AGE.finditer(text):
        age = int(m.group(1) or m.group(2))
        if age < 18:
            return True
    flat = " " + " ".join(_WORD.findall(text.lower())) + " "
    if any(f" {w} " in flat for w in YOUTH_WORDS):
        return True
    return any(w in text for w in YOUTH_SCRIPT)


# ---------------------------------------------------------------------------------------------
# the context: seeded choices, ids, invented names


class Ctx:
    def __init__(self, seed: int, part: str) -> None:
        self.rng = random.Random(seed)
        self.part = part
        self.v = V.vocab(part)
        self.ids: set[int] = set()
        self.slugs: set[str] = set()
        self.used: set[str] = set()
        self.n = 0

    def pick(self, seq: list[Any] | tuple[Any, ...]) -> Any:
        return seq[self.rng.randrange(len(seq))]

    def civ_id(self) -> int:
        while True:
            i = self.rng.randrange(20000, 1900000)
            if i not in self.ids:
                self.ids.add(i)
                return i

    def sha(self, *parts: object) -> str:
        self.n += 1
        key = f"{self.part}|{self.n}|" + "|".join(map(str, parts))
        return hashlib.sha256(key.encode()).hexdigest().upper()

    def family(self) -> str:
        for _ in range(500):
            name = self.pick(self.v["SYL1"]) + self.pick(self.v["SYL2"])
            if name not in self.used:
                self.used.add(name)
                return name
        raise RuntimeError("out of surnames")

    def person(self, gender: str | None = None) -> tuple[str, str, str]:
        """(given, family, gender) of a new invented person."""
        g = gender or ("female" if self.rng.random() < 0.8 else "male")
        given = self.pick(self.v["GIVEN_F"] if g == "female" else self.v["GIVEN_M"])
        return given, self.family(), g

    def trade(self, gender: str) -> str:
        return str(self.pick(self.v["TRADES_F"] if gender == "female" else self.v["TRADES_M"]))

    def handle(self) -> str:
        for _ in range(500):
            h = (
                self.pick(self.v["HANDLE_SYL"])
                + self.pick(["_", ".", ""])
                + self.pick(self.v["HANDLE_SYL"])
                + str(self.rng.randrange(10, 99))
            )
            if h not in self.used:
                self.used.add(h)
                return h
        raise RuntimeError("out of handles")


COUNTRIES = [
    "Brazilian",
    "Canadian",
    "Nigerian",
    "Swedish",
    "Argentinian",
    "Irish",
    "Kenyan",
    "Dutch",
    "Chilean",
    "Australian",
    "Filipino",
    "Czech",
    "Moroccan",
    "Norwegian",
]
BASES_2023 = ["SD 1.5", "SD 1.5", "SD 2.1", "Other"]
BASES_2025 = ["SDXL 1.0", "Pony", "Flux.1 D", "Illustrious", "SD 1.5"]
FACE_TAGS = ["celebrity", "woman", "actress", "realistic", "person", "photorealistic", "face"]
USAGE = [
    "<p>Weight 0.7-0.9 works best. Use with a realistic checkpoint.</p>",
    "<p>Recommended: DPM++ 2M Karras, 28 steps, CFG 5.</p>",
    "<p>Trained on 40 images, 12 epochs, rank 16. Leave a review ❤️</p>",
    "<p>Strength 0.8. Hires fix 1.5x helps with the eyes.</p>",
    "<p>Funciona mejor con peso 0.8. ¡Disfrútalo!</p>",
    "<p>Am besten mit Gewicht 0,7 verwenden.</p>",
]
NEG_PROMPT = "lowres, bad anatomy, bad hands, watermark, blurry, extra fingers"


# ---------------------------------------------------------------------------------------------
# item makers


def image(
    ctx: Ctx,
    era: int,
    prompt: str | None,
    level: int = 1,
    mature: bool = False,
    neutral: bool = False,
) -> Item:
    w, h = ctx.pick([(512, 768), (832, 1216), (1024, 1024), (768, 1152)])
    if era == 2023:
        word = "Mature" if mature else "None" if neutral else ctx.pick(["None", "Soft"])
        im: Item = {"id": ctx.civ_id(), "nsfw": word}
        im.update({"width": w, "height": h})
        if prompt is not None:
            im["meta"] = {
                "prompt": prompt,
                "negativePrompt": NEG_PROMPT,
                "steps": 28,
                "sampler": "DPM++ 2M Karras",
                "cfgScale": 7,
                "seed": ctx.rng.randrange(10**9),
            }
        return im
    im = {
        "url": f"https://image.civitai.com/xG1nkqKTMzGDvpLrqFT7WA/{ctx.sha('img')[:32].lower()}"
        f"/width={w}/{ctx.rng.randrange(10**7, 10**8)}.jpeg",
        "nsfwLevel": level, "width": w, "height": h, "hash": ctx.sha("h")[:28], "type": "image",
        "minor": False, "poi": False, "hasMeta": prompt is not None,
        "hasPositivePrompt": prompt is not None, "onSite": False, "remixOfId": None,
    }  # fmt: skip
    if prompt is not None:
        im["meta"] = {
            "prompt": prompt,
            "negativePrompt": NEG_PROMPT,
            "steps": 30,
            "sampler": "Euler a",
            "cfgScale": 5,
            "seed": ctx.rng.randrange(10**9),
        }
    return im


def version(
    name: str = "v1.0",
    trained: list[str] | None = None,
    file: str | None = None,
    prompts: list[str | None] | None = None,
    desc: str = "",
) -> dict[str, Any]:
    """A version spec; ``civ`` turns it into the platform's shape."""
    return {"name": name, "trained": trained or [], "file": file, "prompts": prompts, "desc": desc}


def civ(
    ctx: Ctx,
    name: str,
    desc: str,
    tags: list[str],
    versions: list[dict[str, Any]] | None = None,
    *,
    mtype: str = "LORA",
    sexual_flags: bool = False,
    era: int | None = None,
    poi: bool = False,
    prompt: str | None = None,
    neutral: bool = False,
) -> Item:
    """A Civitai /api/v1/models item; sexual_flags puts R/X bits (or Mature images) on it."""
    era = era or (2023 if ctx.rng.random() < 0.45 else 2025)
    specs = versions or [version(trained=[], prompts=[prompt])]
    mid = ctx.civ_id()
    item: Item = {
        "id": mid,
        "name": name,
        "description": desc,
        "type": mtype,
        "poi": poi,
        "nsfw": bool(sexual_flags and era == 2023),
    }
    item.update({"allowNoCredit": True, "allowDerivatives": True, "allowDifferentLicense": False})
    if era == 2023:
        item["allowCommercialUse"] = ctx.pick(["None", "Image", "Rent", "Sell"])
    else:
        item["allowCommercialUse"] = ctx.pick([["Image"], ["Image", "Rent"], []])
        item.update(
            {
                "minor": False,
                "sfwOnly": False,
                "nsfwLevel": (1 | 4 | 8) if sexual_flags else ctx.pick([1, 3]),
                "availability": "Public",
                "cosmetic": None,
                "supportsGeneration": True,
            }
        )
    item["stats"] = {
        "downloadCount": ctx.rng.randrange(20, 40000),
        "favoriteCount": ctx.rng.randrange(0, 900),
        "thumbsUpCount": ctx.rng.randrange(0, 2000),
        "commentCount": 0,
        "ratingCount": 0,
        "rating": 0,
    }
    item["creator"] = {
        "username": ctx.pick(
            [
                "pixelwren",
                "lorasmith",
                "ghostmerge",
                "tamtrains",
                "dreamkiln",
                "mossbyte",
                "quietforge",
                "ashlora",
            ]
        )
    }
    item["tags"] = tags
    versions_out = []
    year = (
        "2023-0" + str(ctx.rng.randrange(2, 9))
        if era == 2023
        else "2025-0" + str(ctx.rng.randrange(1, 9))
    )
    for n, spec in enumerate(specs):
        vid = ctx.civ_id()
        base = ctx.pick(BASES_2023 if era == 2023 else BASES_2025)
        fname = spec["file"] or re.sub(r"\W+", "_", name).strip("_")[:40] + ".safetensors"
        kb = (
            ctx.rng.randrange(9000, 220000)
            if mtype == "LORA"
            else ctx.rng.randrange(1900000, 6900000)
        )
        file = {
            "id": ctx.civ_id(),
            "sizeKB": kb,
            "name": fname,
            "type": "Model",
            "metadata": {"format": "SafeTensor", "fp": "fp16", "size": "pruned"},
            "pickleScanResult": "Success",
            "virusScanResult": "Success",
            "hashes": {"AutoV2": ctx.sha(fname)[:10], "SHA256": ctx.sha(fname, "s")},
            "downloadUrl": f"https://civitai.com/api/download/models/{vid}",
            "primary": True,
        }
        prompts = spec["prompts"] if spec["prompts"] is not None else [None]
        imgs = [
            image(
                ctx,
                era,
                p,
                level=(1 | 8) if sexual_flags else 1 if neutral else ctx.pick([1, 2]),
                mature=sexual_flags,
                neutral=neutral,
            )
            for p in prompts
        ]
        v: Item = {
            "id": vid,
            "modelId": mid,
            "name": spec["name"],
            "createdAt": f"{year}-1{n}T10:00:00.000Z",
            "trainedWords": spec["trained"],
            "baseModel": base,
            "description": spec["desc"] or None,
        }
        if era == 2023:
            v["earlyAccessTimeFrame"] = 0
        else:
            v.update(
                {
                    "index": n,
                    "baseModelType": "Standard",
                    "status": "Published",
                    "availability": "Public",
                    "nsfwLevel": item["nsfwLevel"],
                }
            )
        v.update(
            {
                "files": [file],
                "images": imgs,
                "downloadUrl": f"https://civitai.com/api/download/models/{vid}",
            }
        )
        versions_out.append(v)
    item["modelVersions"] = versions_out
    return item


def hf(
    ctx: Ctx,
    author: str,
    slug: str,
    *,
    tags: list[str] | None = None,
    instance: str | None = None,
    widgets: list[str] | None = None,
    files: list[str] | None = None,
    base: str = "black-forest-labs/FLUX.1-dev",
    adult: bool = False,
    lora: bool = True,
) -> Item:
    rid = f"{author}/{slug}"
    while rid in ctx.slugs:
        rid += "-v2"
    ctx.slugs.add(rid)
    t = list(tags or [])
    if lora:
        t = [
            "diffusers",
            "lora",
            "template:sd-lora",
            "text-to-image",
            *t,
            f"base_model:adapter:{base}",
        ]
    else:
        t = ["diffusers", "safetensors", "text-to-image", "stable-diffusion", *t]
    if adult:
        t.append("not-for-all-audiences")
    t.append("license:other")
    card: Item = {"base_model": base, "license": "other", "tags": [x for x in t if ":" not in x]}
    if instance is not None:
        card["instance_prompt"] = instance
    if widgets:
        card["widget"] = [
            {"text": w, "output": {"url": f"images/sample_{i}.png"}} for i, w in enumerate(widgets)
        ]
    sib = [".gitattributes", "README.md", *(files or ["pytorch_lora_weights.safetensors"])]
    day = f"2024-{ctx.rng.randrange(1, 13):02d}-{ctx.rng.randrange(1, 28):02d}T12:00:00.000Z"
    return {
        "id": rid, "author": author, "sha": ctx.sha(rid).lower()[:40], "createdAt": day,
        "lastModified": day, "private": False, "gated": False, "disabled": False,
        "downloads": ctx.rng.randrange(0, 3000), "likes": ctx.rng.randrange(0, 80), "tags": t,
        "pipeline_tag": "text-to-image", "library_name": "diffusers", "cardData": card,
        "siblings": [
            {"rfilename": f, "size": 120,
             "lfs": {"sha256": ctx.sha(f).lower(), "size": 120, "pointerSize": 134}}
            if f.endswith(".safetensors") else {"rfilename": f, "size": 1200}
            for f in sib
        ],
    }  # fmt: skip


PROMINENCE = {
    "public_figure": "public_figure",
    "online_creator": "online_creator",
    "private_person": "private_or_unknown",
}


def label(
    item: Item,
    kind: str,
    shape: str,
    *,
    target: str | None = None,
    gender: str | None = None,
    sexual: bool = False,
    minor: bool = False,
    targets: list[str] | None = None,
    aliases: list[str] | None = None,
) -> Label:
    like = kind in PROMINENCE
    platform = "civitai" if "modelVersions" in item else "huggingface"
    return {
        "platform": platform, "model_id": str(item["id"]), "kind": kind, "likeness": like,
        "target": target if like else None, "gender": gender if like else None,
        "prominence": PROMINENCE.get(kind, "none"), "sexual_intent": sexual,
        "minor_risk": minor,
        "shape": shape,
        "targets": _targets(like, target, targets),
        "aliases": aliases or [],
    }  # fmt: skip


def _targets(like: bool, target: str | None, targets: list[str] | None) -> list[str]:
    if not like:
        return []
    if targets is not None:
        return targets
    return [target] if target else []


def _pron(sex: str) -> str:
    return "she" if sex == "female" else "he"


def _sx(ctx: Ctx, p: float = 0.13) -> bool:
    return ctx.rng.random() < p


def _usage(ctx: Ctx) -> str:
    return str(ctx.pick(USAGE))


# ---------------------------------------------------------------------------------------------
# likeness templates: public figures

Out = tuple[Item, Label]


def t_title_name(ctx: Ctx) -> Out:
    g, f, sex = ctx.person()
    trade, land = ctx.trade(sex), ctx.pick(COUNTRIES)
    name = ctx.pick(
        [
            f"{g} {f} - {land} {trade}",
            f"{g} {f} ({trade}) LoRA",
            f"{g} {f} | SDXL",
            f"LoRA of {g} {f}",
            f"{g} {f} [{trade}] v2",
        ]
    )
    fl = _sx(ctx)
    pron = "She" if sex == "female" else "He"
    desc = f"<p>{g} {f}, the {land} {trade}. {pron} was requested a lot.</p>{_usage(ctx)}"
    if fl and ctx.rng.random() < 0.5:
        desc += ctx.pick(["<p>NSFW capable.</p>", "<p>Works for boudoir shots too.</p>"])
    item = civ(
        ctx,
        name,
        desc,
        ctx.rng.sample(FACE_TAGS, 2) + [trade.split()[-1]],
        [version(trained=[f"{g.lower()}{f.lower()}"])],
        sexual_flags=fl,
    )
    return item, label(
        item, "public_figure", "title_name", target=f"{g} {f}", gender=sex, sexual=fl
    )


def t_desc_only(ctx: Ctx) -> Out:
    g, f, sex = ctx.person()
    trade = ctx.trade(sex)
    title = ctx.pick(["Project Lumen v3", "Portrait Study #12", "GoldenHour Face", "Request #88"])
    obj = "her" if sex == "female" else "him"
    desc = ctx.pick(
        [
            f"<p>Another request from the discord.</p><p>This one is {g} {f}, the {trade}. "
            f"Trained on 60 photos of {obj} from press events.</p>",
            f"<p>Dataset: 45 red-carpet and interview stills of {g} {f} ({trade}). "
            "Captions with WD14, then cleaned.</p>",
            f"<table><tr><td>Base</td><td>SDXL</td></tr><tr><td>Images</td><td>52</td></tr>"
            f"</table><p>Likeness of {g} {f} is best at 0.8.</p>",
            f"<p>Esta vez: {g} {f}, {trade}. Entrenado con 50 fotos.</p>",
        ]
    )
    item = civ(
        ctx, title, desc + _usage(ctx), ["person", "realistic"], [version(trained=["lmnface"])]
    )
    return item, label(item, "public_figure", "desc_only", target=f"{g} {f}", gender=sex)


def t_version_words_only(ctx: Ctx) -> Out:
    g, f, sex = ctx.person()
    where = ctx.rng.random() < 0.5
    title = ctx.pick(["Face Study Collection", "Portrait LoRA series", "Realistic person #7"])
    vname = f"{g} {f} - epoch 10" if where else "v1.0"
    trained = (
        ["rlface"]
        if where
        else [f"{g} {f}", "photo of a woman" if sex == "female" else "photo of a man"]
    )
    item = civ(
        ctx,
        title,
        "<p>Weights and samples below.</p>" + _usage(ctx),
        ["realistic", "portrait"],
        [version(name=vname, trained=trained)],
    )
    return item, label(item, "public_figure", "version_words_only", target=f"{g} {f}", gender=sex)


def t_image_prompt_only(ctx: Ctx) -> Out:
    g, f, sex = ctx.person()
    noun = "woman" if sex == "female" else "man"
    p = f"photo of {g.lower()} {f.lower()}, {noun}, 35mm, natural light, smiling, red carpet"
    fl = _sx(ctx, 0.2)
    item = civ(
        ctx,
        ctx.pick(["RC face v2", "Celeb_07", "zx-portrait"]),
        "<p>See the sample prompts.</p>",
        ["realistic"],
        [version(trained=["zxp"], prompts=[p, None])],
        sexual_flags=fl,
        era=2025,
    )
    return item, label(
        item, "public_figure", "image_prompt_only", target=f"{g} {f}", gender=sex, sexual=fl
    )


def t_underscore_file(ctx: Ctx) -> Out:
    g, f, sex = ctx.person()
    fname = f"{g}_{f}_v{ctx.rng.randrange(2, 6)}.{ctx.rng.randrange(0, 9)}.safetensors"
    item = civ(
        ctx,
        ctx.pick(["my favourite", "she's back", "ret_lora", "face set 3"]),
        "<p>Retrained with better captions.</p>" + _usage(ctx),
        ["realistic"],
        [version(name="v2", trained=["retface"], file=fname)],
    )
    return item, label(
        item, "public_figure", "underscore_file_version", target=f"{g} {f}", gender=sex
    )


ZW = "\u200b"


def t_zero_width(ctx: Ctx) -> Out:
    g, f, sex = ctx.person()
    cut_g, cut_f = len(g) // 2, len(f) // 2
    shown = f"{g[:cut_g]}{ZW}{g[cut_g:]} {f[:cut_f]}{ZW}{f[cut_f:]}"
    item = civ(
        ctx,
        f"{shown} ({ctx.trade(sex)})",
        "<p>Please don't report, it's a tribute.</p>",
        ["realistic", "woman" if sex == "female" else "man"],
        [version(trained=[shown])],
    )
    return item, label(
        item, "public_figure", "zero_width_split", target=f"{g} {f}", gender=sex, aliases=[shown]
    )


HOMO = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "i": "і"}


def _homoglyph(word: str) -> str:
    out, done = [], False
    for ch in word:
        if not done and ch in HOMO:
            out.append(HOMO[ch])
            done = True
        else:
            out.append(ch)
    return "".join(out)


def t_homoglyph(ctx: Ctx) -> Out:
    g, f, sex = ctx.person()
    shown = f"{_homoglyph(g)} {_homoglyph(f)}"
    item = civ(
        ctx,
        f"{shown} LoRA",
        f"<p>{ctx.trade(sex).capitalize()}. Trained on 35 photos.</p>",
        ["realistic", "celebrity"],
        [version(trained=[shown.lower()])],
    )
    return item, label(
        item, "public_figure", "homoglyph_name", target=f"{g} {f}", gender=sex, aliases=[shown]
    )


LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def t_leetspeak(ctx: Ctx) -> Out:
    g, f, sex = ctx.person()
    shown = "".join(LEET.get(c, c) for c in f"{g} {f}".lower())
    fl = _sx(ctx, 0.25)
    item = civ(
        ctx,
        f"{shown} | {ctx.trade(sex)}",
        "<p>name changed so it stays up lol</p>" + _usage(ctx),
        ["realistic"],
        [version(trained=[shown.replace(" ", "")])],
        sexual_flags=fl,
    )
    return item, label(
        item,
        "public_figure",
        "leetspeak_name",
        target=f"{g} {f}",
        gender=sex,
        sexual=fl,
        aliases=[shown],
    )


def t_reversed(ctx: Ctx) -> Out:
    g, f, sex = ctx.person()
    shown = f"{g} {f}"[::-1]
    item = civ(
        ctx,
        f"{shown} (read it backwards)",
        f"<p>the {ctx.trade(sex)} 😉 you know who</p>",
        ["realistic", "person"],
        [version(trained=[shown.replace(" ", "_").lower()])],
    )
    return item, label(
        item, "public_figure", "reversed_name", target=f"{g} {f}", gender=sex, aliases=[shown]
    )


def t_family_comma(ctx: Ctx) -> Out:
    g, f, sex = ctx.person()
    item = civ(
        ctx,
        f"{f.upper()}, {g} — {ctx.trade(sex)}",
        f"<p>Catalogue entry: {f}, {g}. Born 1988, {ctx.pick(COUNTRIES)}.</p>",
        ["realistic", "portrait"],
        [version(trained=[f"{f.lower()} {g.lower()}"])],
    )
    return item, label(
        item,
        "public_figure",
        "family_comma_given",
        target=f"{g} {f}",
        gender=sex,
        aliases=[f"{f} {g}"],
    )


def t_mononym(ctx: Ctx) -> Out:
    stage, trade, sex = ctx.pick(ctx.v["STAGE"])
    era_word = ctx.pick(["2019 tour", "album era", "live at the arena", "music video look"])
    fl = _sx(ctx, 0.2)
    item = civ(
        ctx,
        f"{stage} ({trade}) - {era_word}",
        f"<p>{stage}, the {trade}, as {_pron(sex)} looked on the {era_word}.</p>",
        ["celebrity", "musician"],
        [version(trained=[stage.lower()])],
        sexual_flags=fl,
    )
    return item, label(item, "public_figure", "mononym_trade", target=stage, gender=sex, sexual=fl)


def t_changelog(ctx: Ctx) -> Out:
    g, f, sex = ctx.person()
    log = "".join(
        f"<h3>v{n}.0</h3><ul><li>retrained at rank {8 * n}</li><li>fixed color bleed</li>"
        f"<li>better hands with {ctx.pick(['Pony', 'SDXL', 'Flux'])}</li></ul>"
        for n in range(6, 0, -1)
    )
    desc = (
        f"<h2>Changelog</h2>{log}<p>Dataset: 120 images, captions by hand.</p>"
        f"<p>Credits: thanks to the testers.</p><p>Subject: {g} {f} ({ctx.trade(sex)}).</p>"
    )
    item = civ(ctx, "RLS v6 (stable)", desc, ["realistic"], [version(name="v6.0", trained=["rls"])])
    return item, label(item, "public_figure", "changelog_far_down", target=f"{g} {f}", gender=sex)


def _hf_author(ctx: Ctx) -> str:
    return str(
        ctx.pick(
            [
                "lumenlab",
                "kestrel-ai",
                "fluxtrainer",
                "mossy-weights",
                "tinyforge",
                "orchid-loras",
                "pinebyte",
            ]
        )
    )


def t_hf_widget_only(ctx: Ctx) -> Out:
    g, f, sex = ctx.person()
    noun = "woman" if sex == "female" else "man"
    widgets = [f"{g} {f} as a {noun} in a cafe, film photo", "a portrait, soft light"]
    fl = _sx(ctx, 0.2)
    item = hf(
        ctx,
        _hf_author(ctx),
        f"portrait-lora-{ctx.rng.randrange(100, 999)}",
        instance="p0rtr4it",
        widgets=widgets,
        adult=fl,
    )
    return item, label(
        item, "public_figure", "hf_widget_only", target=f"{g} {f}", gender=sex, sexual=fl
    )


def t_hf_instance_only(ctx: Ctx) -> Out:
    g, f, sex = ctx.person()
    noun = "woman" if sex == "female" else "man"
    item = hf(
        ctx,
        _hf_author(ctx),
        f"dreambooth-run-{ctx.rng.randrange(10, 99)}",
        instance=f"a photo of {g.lower()} {f.lower()} {noun}",
        widgets=["a photo, outdoors"],
        base="stabilityai/stable-diffusion-xl-base-1.0",
    )
    return item, label(
        item, "public_figure", "hf_instance_prompt_only", target=f"{g} {f}", gender=sex
    )


def t_hf_slug(ctx: Ctx) -> Out:
    g, f, sex = ctx.person()
    item = hf(
        ctx,
        _hf_author(ctx),
        f"{g.lower()}-{f.lower()}-flux-lora",
        instance=f"{g[0]}{f[0]}face".lower(),
        widgets=[f"{g[0]}{f[0]}face {'woman' if sex == 'female' else 'man'}, portrait".lower()],
    )
    return item, label(item, "public_figure", "hf_slug", target=f"{g} {f}", gender=sex)


def t_ten_pack(ctx: Ctx) -> Out:
    people = [ctx.person("female") for _ in range(10)]
    names = [f"{g} {f}" for g, f, _ in people]
    lst = "".join(f"<li>{n} — trigger <code>{n.split()[1].lower()}_w</code></li>" for n in names)
    fl = _sx(ctx, 0.3)
    item = civ(
        ctx,
        f"Actress Pack Vol. {ctx.rng.randrange(2, 9)} (10 faces)",
        f"<p>Ten actresses in one LoRA:</p><ol>{lst}</ol>",
        ["celebrity", "actress", "pack"],
        [version(trained=[n.split()[1].lower() + "_w" for n in names])],
        sexual_flags=fl,
    )
    return item, label(
        item,
        "public_figure",
        "ten_name_pack",
        target=names[0],
        gender="female",
        sexual=fl,
        targets=names,
    )


def t_relation_only(ctx: Ctx) -> Out:
    g, f, _ = ctx.person()
    rel, sex = ctx.pick(
        [
            ("younger sister", "female"),
            ("older brother", "male"),
            ("wife", "female"),
            ("mother", "female"),
            ("twin sister", "female"),
        ]
    )
    item = civ(
        ctx,
        f"{g} {f}'s {rel}",
        f"<p>Not {g} {f} — this is {g}'s {rel}, from the few public photos.</p>",
        ["realistic", "person"],
        [version(trained=[f"{f.lower()}_{rel.split()[-1]}"])],
    )
    return item, label(item, "public_figure", "relation_only", target=None, gender=sex)


def t_thai(ctx: Ctx) -> Out:
    g, f, gs, fs, sex = ctx.pick(ctx.v["THAI"])
    trade = ctx.trade(sex)
    script = ctx.rng.random() < 0.5
    name = f"{gs} {fs} ({trade})" if script else f"{g} {f} - Thai {trade}"
    item = civ(
        ctx,
        name,
        f"<p>นักแสดง / {trade}. {_usage(ctx)}</p>",
        ["thai", "realistic"],
        [version(trained=[g.lower()])],
    )
    return item, label(
        item, "public_figure", "thai_name", target=f"{g} {f}", gender=sex, aliases=[f"{gs} {fs}"]
    )


def t_viet(ctx: Ctx) -> Out:
    fam, giv, sex = ctx.pick(ctx.v["VIET"])
    full = f"{fam} {giv}"
    trade = "ca sĩ" if ctx.rng.random() < 0.5 else "diễn viên"
    item = civ(
        ctx,
        f"{full} ({trade})",
        f"<p>LoRA {trade} {full}. Người mẫu Việt Nam.</p>",
        ["vietnamese", "realistic", "woman" if sex == "female" else "man"],
        [version(trained=[giv.lower().replace(" ", "")])],
    )
    plain = "".join(
        c
        for c in unicodedata.normalize("NFD", full.replace("đ", "d").replace("Đ", "D"))
        if not unicodedata.combining(c)
    )
    return item, label(
        item,
        "public_figure",
        "vietnamese_name",
        target=full,
        gender=sex,
        aliases=[plain] if plain != full else [],
    )


def t_indo(ctx: Ctx) -> Out:
    name, sex = ctx.pick(ctx.v["INDO"])
    trade = (
        ctx.pick(["penyanyi", "aktris", "presenter TV"])
        if sex == "female"
        else ctx.pick(["penyanyi", "aktor"])
    )
    item = civ(
        ctx,
        f"{name} - {trade} Indonesia",
        f"<p>LoRA wajah {name}, {trade}.</p>",
        ["indonesian", "realistic"],
        [version(trained=[name.split()[0].lower()])],
    )
    return item, label(item, "public_figure", "indonesian_name", target=name, gender=sex)


def t_turk(ctx: Ctx) -> Out:
    g, f, sex = ctx.pick(ctx.v["TURK"])
    trade = ctx.pick(["oyuncu", "şarkıcı", "sunucu"])
    noun = "kadın" if sex == "female" else "erkek"
    item = civ(
        ctx,
        f"{g} {f} ({trade})",
        f"<p>Türk {trade} {g} {f}. {noun} yüzü LoRA.</p>",
        ["turkish", "realistic"],
        [version(trained=[f"{g} {f}".lower()])],
    )
    return item, label(item, "public_figure", "turkish_name", target=f"{g} {f}", gender=sex)


def t_polish(ctx: Ctx) -> Out:
    g, f, sex = ctx.pick(ctx.v["POLISH"])
    trade = (
        ctx.pick(["aktorka", "piosenkarka", "prezenterka"])
        if sex == "female"
        else ctx.pick(["aktor", "piosenkarz"])
    )
    item = civ(
        ctx,
        f"{g} {f} - {trade}",
        f"<p>Polska {trade}. Trenowane na 50 zdjęciach.</p>",
        ["polish", "realistic"],
        [version(trained=[f.lower()])],
    )
    return item, label(item, "public_figure", "polish_name", target=f"{g} {f}", gender=sex)


def t_greek(ctx: Ctx) -> Out:
    g, f, script, sex = ctx.pick(ctx.v["GREEK"])
    item = civ(
        ctx,
        f"{script} LoRA",
        f"<p>Ηθοποιός. {script}. {_usage(ctx)}</p>",
        ["greek", "actress"],
        [version(trained=[f.lower()])],
    )
    return item, label(
        item, "public_figure", "greek_script", target=f"{g} {f}", gender=sex, aliases=[script]
    )


def t_hebrew(ctx: Ctx) -> Out:
    g, f, script, sex = ctx.pick(ctx.v["HEBREW"])
    item = civ(
        ctx,
        f"{script} | שחקנית",
        f"<p>{script}, שחקנית ודוגמנית.</p>",
        ["israeli", "actress"],
        [version(trained=["hbface"])],
    )
    return item, label(
        item, "public_figure", "hebrew_script", target=f"{g} {f}", gender=sex, aliases=[script]
    )


def _ea(ctx: Ctx) -> tuple[str, str, list[str], str]:
    """(shown name, target, aliases, origin) of an East-Asian person in some romanisation."""
    origin = ctx.pick(["CN", "JP", "KR"])
    row = ctx.pick(ctx.v[origin])
    if origin == "CN":
        fh, gh, pf, pg, wade, canto = row
        forms = [f"{pf} {pg}", wade, canto, f"{pg} {pf}", f"{pf}{pg}"]
        return ctx.pick(forms), f"{pf} {pg}", [fh + gh, wade, canto, f"{pg} {pf}"], origin
    if origin == "JP":
        fk, gk, gkana, fh, gh, kun = row
        forms = [f"{fh} {gh}", f"{gh} {fh}", kun, f"{fh.upper()} {gh}"]
        return ctx.pick(forms), f"{fh} {gh}", [fk + gk, fk + gkana, f"{gh} {fh}", kun], origin
    fhg, ghg, rf, rg, mr, common = row
    forms = [f"{rf} {rg}", mr, common, f"{common.split()[1]} {common.split()[0]}"]
    return (
        ctx.pick(forms),
        f"{rf} {rg}",
        [fhg + ghg, mr, common, f"{common.split()[1]} {common.split()[0]}"],
        origin,
    )


def t_ea_romanisation(ctx: Ctx) -> Out:
    shown, target, aliases, origin = _ea(ctx)
    trade = {"CN": "actress", "JP": "idol and actress", "KR": "K-drama actress"}[origin]
    fl = _sx(ctx)
    item = civ(
        ctx,
        f"{shown} ({trade})",
        f"<p>{shown} — {trade}. {_usage(ctx)}</p>",
        ["asian", "actress", "realistic"],
        [version(trained=[shown.lower()])],
        sexual_flags=fl,
    )
    return item, label(
        item,
        "public_figure",
        "east_asian_romanisation",
        target=target,
        gender="female",
        sexual=fl,
        aliases=aliases,
    )


def t_ea_script(ctx: Ctx) -> Out:
    origin = ctx.pick(["CN", "JP", "KR"])
    row = ctx.pick(ctx.v[origin])
    if origin == "CN":
        script, target, word = row[0] + row[1], f"{row[2]} {row[3]}", "女演员"
    elif origin == "JP":
        script, target, word = row[0] + row[1], f"{row[3]} {row[4]}", "女優"
    else:
        script, target, word = row[0] + row[1], f"{row[2]} {row[3]}", "배우"
    item = civ(
        ctx,
        f"{script} {word}",
        f"<p>{script} {word} LoRA</p>",
        ["asian"],
        [version(trained=[script])],
    )
    return item, label(
        item,
        "public_figure",
        "east_asian_script_only",
        target=target,
        gender="female",
        aliases=[script],
    )


def t_ordinary_surname(ctx: Ctx) -> Out:
    given = ctx.pick(ctx.v["ORD_GIVEN"]) if ctx.rng.random() < 0.4 else ctx.pick(ctx.v["GIVEN_F"])
    fam = ctx.pick(ctx.v["ORD_SURNAMES"])
    trade = ctx.trade("female")
    item = civ(
        ctx,
        f"{given} {fam} ({trade})",
        f"<p>{given} {fam} the {trade}, face only.</p>",
        ["celebrity"],
        [version(trained=[f"{given}{fam}".lower()])],
    )
    return item, label(
        item, "public_figure", "ordinary_word_surname", target=f"{given} {fam}", gender="female"
    )


def t_initials(ctx: Ctx) -> Out:
    g, f, sex = ctx.person()
    ini = f"{g[0]}.{f[0]}."
    pron = "her" if sex == "female" else "his"
    item = civ(
        ctx,
        ctx.pick([f"{ini} face LoRA ({ctx.trade(sex)})", f"{ini} | {ctx.trade(sex)} likeness"]),
        ctx.pick(
            [
                f"<p>{ini} — trained on 80 photos of {pron} face, likeness is very close.</p>",
                f"<p>You know who {ini} is 😉 Interviews and premieres, {pron} face only.</p>",
            ]
        ),
        ["realistic", "face"],
        [version(trained=[f"{g[0]}{f[0]}_face".lower()])],
    )
    return item, label(item, "public_figure", "initials_likeness", target=ini, gender=sex)


def t_live_role(ctx: Ctx) -> Out:
    g, f, sex = ctx.person()
    role_g, role_f, _ = ctx.person(sex)
    show = ctx.pick(ctx.v["SHOWS"])
    title = ("Detective" if ctx.rng.random() < 0.5 else "Dr.") + f" {role_f}"
    item = civ(
        ctx,
        f"{title} ({show}, live action)",
        f"<p>{title} from the TV series {show}, played by {g} {f}.</p>",
        ["character", "tv series", "realistic"],
        [version(trained=[role_f.lower()])],
    )
    return item, label(item, "public_figure", "live_action_role", target=f"{g} {f}", gender=sex)


def t_named_blend(ctx: Ctx) -> Out:
    people = [ctx.person("female") for _ in range(ctx.pick([2, 3]))]
    names = [f"{g} {f}" for g, f, _ in people]
    item = civ(
        ctx,
        " x ".join(n.split()[1] for n in names) + " blend",
        "<p>A blend of " + ", ".join(names) + ".</p>",
        ["blend", "realistic"],
        [version(trained=["blendface"])],
    )
    return item, label(
        item, "public_figure", "named_blend", target=names[0], gender="female", targets=names
    )


def t_minor(ctx: Ctx) -> Out:
    g, f, sex = ctx.person()
    age = ctx.rng.randrange(9, 17)
    word = "child actress" if sex == "female" else "child actor"
    text = ctx.pick(
        [
            f"{g} {f}, {word}, {age} years old",
            f"{g} {f} ({age}yo) {word}",
            f"{g} {f} — 子役, {age}歳",
        ]
    )
    item = civ(
        ctx,
        text,
        f"<p>{text}. Portrait only, for a fan edit.</p>",
        ["portrait"],
        [version(trained=[f"{g}{f}".lower()])],
        era=2023,
        neutral=True,
    )
    return item, label(
        item, "public_figure", "minor_cue", target=f"{g} {f}", gender=sex, minor=True
    )


def t_adult_cute(ctx: Ctx) -> Out:
    shown, target, aliases, origin = _ea(ctx)
    year = ctx.rng.randrange(1990, 2000)
    words = ctx.pick(["cute petite kawaii look", "school uniform photoshoot", "baby face, cute"])
    item = civ(
        ctx,
        f"{shown} - {words}",
        f"<p>{shown}, idol, born {year} ({2025 - year} years old). {words}.</p>",
        ["asian", "cute", "idol"],
        [version(trained=[shown.lower()])],
    )
    return item, label(
        item, "public_figure", "adult_youth_words", target=target, gender="female", aliases=aliases
    )


def t_office(ctx: Ctx) -> Out:
    g, f, sex = ctx.person()
    office = ctx.pick(["Mayor", "Senator", "Minister", "Governor"])
    item = civ(
        ctx,
        f"{office} {g} {f}",
        f"<p>{office} {f} for political satire images.</p>",
        ["politics", "realistic"],
        [version(trained=[f"{office.lower()} {f.lower()}"])],
    )
    return item, label(item, "public_figure", "office_title", target=f"{g} {f}", gender=sex)


def t_podcast(ctx: Ctx) -> Out:
    g, f, sex = ctx.person()
    show = ctx.pick(["The Late Coffee", "Deep Dive Daily", "Two Mics"])
    item = civ(
        ctx,
        f"{g} {f} (host of {show} podcast)",
        f"<p>{g} {f} hosts {show}. Face from the video episodes.</p>",
        ["podcast", "realistic"],
        [version(trained=[f"{g}{f}".lower()])],
    )
    return item, label(item, "public_figure", "podcaster_trade", target=f"{g} {f}", gender=sex)


def t_dotted(ctx: Ctx) -> Out:
    g, f, sex = ctx.person()
    shown = f"{g}.{f}"
    item = civ(
        ctx,
        f"{shown}.lora",
        f"<p>{ctx.trade(sex)}</p>",
        ["realistic"],
        [version(trained=[shown.lower()], file=f"{shown}.safetensors")],
    )
    return item, label(item, "public_figure", "dotted_name", target=f"{g} {f}", gender=sex)


def t_lifespan(ctx: Ctx) -> Out:
    g, f, sex = ctx.person()
    born = ctx.rng.randrange(1920, 1950)
    item = civ(
        ctx,
        f"{g} {f} ({born}–{born + ctx.rng.randrange(40, 70)})",
        f"<p>Film star of the golden age, {ctx.trade(sex)}.</p>",
        ["vintage", "actress"],
        [version(trained=[f.lower()])],
    )
    return item, label(item, "public_figure", "lifespan_years", target=f"{g} {f}", gender=sex)


def t_hyphen_given(ctx: Ctx) -> Out:
    g1, f, _ = ctx.person("female")
    g2 = ctx.pick(ctx.v["GIVEN_F"])
    item = civ(
        ctx,
        f"{g1}-{g2} {f}",
        f"<p>{g1}-{g2} {f}, {ctx.trade('female')}.</p>",
        ["realistic"],
        [version(trained=[f"{g1}{g2}{f}".lower()])],
    )
    return item, label(
        item,
        "public_figure",
        "hyphen_given",
        target=f"{g1}-{g2} {f}",
        gender="female",
        aliases=[f"{g1} {g2} {f}"],
    )


def t_couple(ctx: Ctx) -> Out:
    a, b = ctx.person("female"), ctx.person("male")
    na, nb = f"{a[0]} {a[1]}", f"{b[0]} {b[1]}"
    item = civ(
        ctx,
        f"{na} & {nb} (couple)",
        "<p>Both of them, use both triggers.</p>",
        ["couple", "celebrity"],
        [version(trained=[a[1].lower(), b[1].lower()])],
    )
    return item, label(
        item, "public_figure", "couple_pack", target=na, gender="female", targets=[na, nb]
    )


def t_poi_flag(ctx: Ctx) -> Out:
    g, f, sex = ctx.person()
    item = civ(ctx, f"{g} {f}", "", [], [version(trained=[f"{g} {f}"])], era=2025, poi=True)
    return item, label(item, "public_figure", "poi_flag_bare", target=f"{g} {f}", gender=sex)


def t_kohya_folder(ctx: Ctx) -> Out:
    g, f, sex = ctx.person()
    noun = "woman" if sex == "female" else "man"
    folder = f"10_{g.lower()}{f.lower()} {noun}"
    item = civ(
        ctx,
        "ohwx test run",
        f"<p>Dataset folder: <code>{folder}</code>, 30 images.</p>",
        ["realistic"],
        [version(trained=["ohwx " + noun])],
    )
    return item, label(item, "public_figure", "kohya_folder_name", target=f"{g} {f}", gender=sex)


def t_letter_spaced(ctx: Ctx) -> Out:
    g, f, sex = ctx.person()
    shown = " ".join(g.upper()) + "   " + " ".join(f.upper())
    item = civ(ctx, shown, f"<p>{ctx.trade(sex)}</p>", ["realistic"], [version(trained=["lsp"])])
    return item, label(
        item, "public_figure", "letter_spaced", target=f"{g} {f}", gender=sex, aliases=[shown]
    )


def t_katakana(ctx: Ctx) -> Out:
    g, f, kana, sex = ctx.pick(ctx.v["KATAKANA"])
    word = "女優" if sex == "female" else "俳優"
    item = civ(
        ctx,
        f"{kana}（{word}）LoRA",
        f"<p>ハリウッド{word}の{kana}です。写真60枚で学習。</p>",
        ["actress" if sex == "female" else "actor", "realistic"],
        [version(trained=[kana.replace("・", "")])],
    )
    return item, label(
        item, "public_figure", "katakana_western_name", target=f"{g} {f}", gender=sex,
        aliases=[kana, kana.replace("・", "")],
    )  # fmt: skip


# online creators


def t_creator_handle(ctx: Ctx) -> Out:
    h = ctx.handle()
    sex = "female" if ctx.rng.random() < 0.75 else "male"
    site = ctx.pick(["Instagram", "TikTok", "YouTube"])
    item = civ(
        ctx,
        ctx.pick([f"@{h} ({site})", f"{h} - {site} girl" if sex == "female" else f"{h} - {site}"]),
        ctx.pick(
            [
                f"<p>{site} creator @{h}, 1.2M followers.</p>",
                f"<p>Follow her: https://www.{site.lower()}.com/@{h}</p>"
                if sex == "female"
                else f"<p>Follow him: https://www.{site.lower()}.com/@{h}</p>",
                f"<p>{site}: @{h} ✨ dataset from the public posts</p>",
            ]
        ),
        ["influencer", "woman" if sex == "female" else "man"],
        [version(trained=[h])],
    )
    return item, label(item, "online_creator", "creator_handle", target=f"@{h}", gender=sex)


def t_streamer(ctx: Ctx) -> Out:
    g, f, sex = ctx.person()
    item = civ(
        ctx,
        f"{g} {f} — Twitch streamer",
        f"<p>{g} plays horror games on stream.</p>",
        ["streamer", "realistic"],
        [version(trained=[g.lower()])],
    )
    return item, label(item, "online_creator", "streamer", target=f"{g} {f}", gender=sex)


def t_cosplayer(ctx: Ctx) -> Out:
    h = ctx.handle()
    char = ctx.pick(ctx.v["ANIME_CHARS"])
    item = civ(
        ctx,
        f"{h} cosplay (as {char})",
        f"<p>Cosplayer {h} — her real face, not the character.</p>",
        ["cosplay", "woman"],
        [version(trained=[h])],
    )
    return item, label(item, "online_creator", "cosplayer", target=h, gender="female")


def t_creator_script(ctx: Ctx) -> Out:
    origin = ctx.pick(["CN", "KR"])
    row = ctx.pick(ctx.v[origin])
    script, target = row[0] + row[1], f"{row[2]} {row[3]}"
    word = "网红" if origin == "CN" else "유튜버"
    item = civ(
        ctx,
        f"{script} {word}",
        f"<p>{script} ({word})</p>",
        ["asian", "influencer"],
        [version(trained=[script])],
    )
    return item, label(
        item, "online_creator", "creator_script", target=target, gender="female", aliases=[script]
    )


def t_creator_unknown(ctx: Ctx) -> Out:
    h = ctx.handle()
    item = civ(
        ctx,
        f"{h} (YouTuber)",
        f"<p>{h} makes cooking videos. Face LoRA of them.</p>",
        ["youtuber"],
        [version(trained=[h])],
    )
    return item, label(item, "online_creator", "creator_unknown_gender", target=h, gender="unknown")


def t_creator_fans(ctx: Ctx) -> Out:
    h = ctx.handle()
    item = civ(
        ctx,
        f"{h} OnlyFans model",
        f"<p>{h}, OnlyFans creator. Trained on her posts.</p>",
        ["woman", "influencer"],
        [version(trained=[h])],
        sexual_flags=ctx.rng.random() < 0.5,
    )
    return item, label(
        item, "online_creator", "creator_fansite", target=h, gender="female", sexual=True
    )


# private people


def t_private_wife(ctx: Ctx) -> Out:
    rel, sex = ctx.pick(
        [("my wife", "female"), ("my girlfriend", "female"), ("my husband", "male")]
    )
    fl = _sx(ctx, 0.2)
    item = civ(
        ctx,
        f"{rel} lora",
        f"<p>Trained on photos of {rel}, she agreed lol</p>"
        if sex == "female"
        else f"<p>Trained on photos of {rel}, he agreed</p>",
        ["person"],
        [version(trained=["mwfe"])],
        sexual_flags=fl,
    )
    return item, label(
        item, "private_person", "private_relation", target=None, gender=sex, sexual=fl
    )


def t_private_classmate(ctx: Ctx) -> Out:
    g, _, sex = ctx.person()
    item = civ(
        ctx,
        f"{g} (classmate) face",
        f"<p>{g} from my uni course, photos from the group chat.</p>",
        ["person", "realistic"],
        [version(trained=[g.lower()])],
    )
    return item, label(item, "private_person", "private_classmate", target=g, gender=sex)


def t_private_commission(ctx: Ctx) -> Out:
    g, _, sex = ctx.person()
    item = civ(
        ctx,
        f"Commission: {g}",
        f"<p>Commissioned by a client: {g}, his fiancée"
        if sex == "female"
        else f"<p>Commissioned by a client: {g}, her boyfriend",
        ["commission", "person"],
        [version(trained=[g.lower() + "_cm"])],
    )
    return item, label(item, "private_person", "private_commission", target=g, gender=sex)


def t_private_foreign(ctx: Ctx) -> Out:
    text, sex = ctx.pick(
        [
            ("mi esposa", "female"),
            ("meine Freundin", "female"),
            ("ma copine", "female"),
            ("meu marido", "male"),
            ("私の妻", "female"),
        ]
    )
    item = civ(
        ctx, f"{text} LoRA", f"<p>{text} — 40 fotos.</p>", ["person"], [version(trained=["prv"])]
    )
    return item, label(item, "private_person", "private_foreign", target=None, gender=sex)


def t_private_unknown(ctx: Ctx) -> Out:
    item = civ(
        ctx,
        "my partner v2",
        "<p>My partner, trained on their photos with their consent.</p>",
        ["person"],
        [version(trained=["mptr"])],
    )
    return item, label(item, "private_person", "private_unknown", target=None, gender="unknown")


def t_hf_selfie(ctx: Ctx) -> Out:
    g, _, sex = ctx.person()
    noun = "woman" if sex == "female" else "man"
    item = hf(
        ctx,
        f"{g.lower()}{ctx.rng.randrange(10, 99)}",
        "me-dreambooth",
        instance=f"a photo of sks {noun}",
        widgets=[f"a photo of sks {noun}, selfie of me"],
        base="runwayml/stable-diffusion-v1-5",
    )
    return item, label(item, "private_person", "hf_selfie", target=None, gender=sex)


# ---------------------------------------------------------------------------------------------
# hard negatives


def _neg(kind: str, shape: str) -> Callable[[Item, bool], Label]:
    return lambda item, sx: label(item, kind, shape, sexual=sx)


def n_anime(ctx: Ctx) -> Out:
    ch, fr = ctx.pick(ctx.v["ANIME_CHARS"]), ctx.pick(ctx.v["FRANCHISES"])
    fl = _sx(ctx, 0.2)
    item = civ(
        ctx,
        ctx.pick([f"{ch} ({fr})", f"{ch} | {fr} | Illustrious", f"[{fr}] {ch}"]),
        ctx.pick(
            [
                f"<p>{ch} from {fr}, all outfits.</p>",
                f"<p>Outfits: default, swimsuit, winter coat. {ch} ({fr} season 2).</p>",
                f"<p>{fr}の{ch}です。</p>",
            ]
        ),
        ["anime", "character", ctx.pick(["1girl", "anime girl", "game character"])],
        [version(trained=[ch.lower().replace(" ", "_")])],
        sexual_flags=fl,
    )
    return item, _neg("character_anime", "anime_character")(item, fl)


def n_anime_no_tag(ctx: Ctx) -> Out:
    ch = ctx.pick(ctx.v["ANIME_CHARS"])
    item = civ(
        ctx,
        f"{ch} v3",
        "<p>Illustrious, outfit triggers in the versions.</p>",
        ["girl"],
        [version(trained=[ch.split()[0].lower(), "uniform"])],
    )
    return item, _neg("character_anime", "anime_no_tag")(item, False)


def n_voice_credit(ctx: Ctx) -> Out:
    ch, fr, va = (
        ctx.pick(ctx.v["ANIME_CHARS"]),
        ctx.pick(ctx.v["FRANCHISES"]),
        ctx.pick(ctx.v["VOICE"]),
    )
    item = civ(
        ctx,
        f"{ch} | {fr}",
        f"<p>{ch} ({fr}). Voiced by {va} in the anime.</p>",
        ["anime", "character"],
        [version(trained=[ch.lower()])],
    )
    return item, _neg("character_anime", "voice_actor_credit")(item, False)


def n_anime_script(ctx: Ctx) -> Out:
    ch = ctx.pick(ctx.v["ANIME_SCRIPT"])
    item = civ(
        ctx,
        f"{ch} (アニメ)",
        f"<p>{ctx.pick(ctx.v['FRANCHISES'])}のキャラクター</p>",
        ["anime", "character"],
        [version(trained=[ch])],
    )
    return item, _neg("character_anime", "anime_script_name")(item, False)


def n_hf_anime(ctx: Ctx) -> Out:
    ch = ctx.pick(ctx.v["ANIME_CHARS"])
    item = hf(
        ctx,
        _hf_author(ctx),
        ch.lower().replace(" ", "-") + "-illustrious",
        instance=ch.lower(),
        widgets=[f"{ch.lower()}, 1girl, anime screencap"],
        tags=["anime"],
        base="OnomaAIResearch/Illustrious-xl-early-release-v0",
    )
    return item, _neg("character_anime", "hf_anime_character")(item, False)


def n_vtuber(ctx: Ctx) -> Out:
    vt = ctx.pick(ctx.v["VTUBERS"])
    item = civ(
        ctx,
        f"{vt} (VTuber model)",
        f"<p>{vt}'s Live2D avatar, all outfits.</p>",
        ["vtuber", "anime"],
        [version(trained=[vt.lower()])],
    )
    return item, _neg("character_vtuber", "vtuber")(item, False)


def n_npc(ctx: Ctx) -> Out:
    npc = ctx.pick(ctx.v["GAME_NPCS"])
    item = civ(
        ctx,
        f"{npc} ({ctx.pick(ctx.v['FRANCHISES'])} RPG)",
        f"<p>{npc}, the blacksmith NPC.</p>",
        ["game character", "character"],
        [version(trained=[npc.lower()])],
    )
    return item, _neg("character_western", "game_npc")(item, False)


def n_checkpoint(ctx: Ctx) -> Out:
    ck = ctx.pick(ctx.v["CHECKPOINTS"])
    fl = _sx(ctx, 0.3)
    item = civ(
        ctx,
        f"{ck} v{ctx.rng.randrange(2, 9)}",
        "<p>Photorealistic general checkpoint.</p>" + _usage(ctx),
        ["photorealistic", "base model", "woman"],
        [version(name="v5", file=f"{ck.replace(' ', '')}_v5.safetensors")],
        mtype="Checkpoint",
        sexual_flags=fl,
    )
    return item, _neg("checkpoint_realistic", "checkpoint")(item, fl)


def n_merge(ctx: Ctx) -> Out:
    a, b = ctx.rng.sample(ctx.v["CHECKPOINTS"], 2)
    item = civ(
        ctx,
        f"{a} x {b} merge",
        f"<p>Merge of {a} 0.6 and {b} 0.4.</p>",
        ["merge", "realistic"],
        mtype="Checkpoint",
    )
    return item, _neg("checkpoint_realistic", "checkpoint_merge")(item, False)


def n_hf_checkpoint(ctx: Ctx) -> Out:
    ck = ctx.pick(ctx.v["CHECKPOINTS"])
    item = hf(
        ctx,
        _hf_author(ctx),
        ck.lower().replace(" ", "-"),
        lora=False,
        widgets=["a photo of a woman, portrait, natural light"],
        base="stabilityai/stable-diffusion-xl-base-1.0",
    )
    return item, _neg("checkpoint_realistic", "hf_checkpoint")(item, False)


def n_woman_checkpoint(ctx: Ctx) -> Out:
    g = ctx.pick(ctx.v["GIVEN_F"])
    item = civ(
        ctx,
        f"{g}Mix v{ctx.rng.randrange(2, 9)}",
        "<p>A realistic mix for portraits.</p>",
        ["checkpoint", "realistic"],
        mtype="Checkpoint",
    )
    return item, _neg("checkpoint_realistic", "person_named_checkpoint")(item, False)


def n_clothing(ctx: Ctx) -> Out:
    what = ctx.pick(
        [
            "lace lingerie set",
            "wool trench coat",
            "sequin evening gown",
            "denim overalls",
            "qipao dress",
            "hanbok",
        ]
    )
    sx = "lingerie" in what
    item = civ(
        ctx,
        f"{what.title()} LoRA",
        f"<p>{what}, several colours.</p>",
        ["clothing", "outfit"],
        [version(trained=[what.split()[-1]])],
    )
    return item, _neg("clothing", "clothing")(item, sx)


def n_fashion_brand(ctx: Ctx) -> Out:
    brand = ctx.pick(ctx.v["BRANDS"])
    item = civ(
        ctx,
        f"{brand} couture",
        f"<p>Runway gowns in the style of the house {brand}.</p>",
        ["clothing", "fashion"],
        [version(trained=[brand.split()[1].lower() + " gown"])],
    )
    return item, _neg("clothing", "fashion_brand_person")(item, False)


def n_hairstyle(ctx: Ctx) -> Out:
    g, f, _ = ctx.person("female")
    look = ctx.pick(["hairstyle", "bob haircut", "makeup look", "red lip makeup"])
    item = civ(
        ctx,
        f"{g} {f}'s {look} (no face)",
        f"<p>Only the {look} of the actress {g} {f}; the face is not trained, "
        "use any character.</p>",
        ["hairstyle" if "hair" in look else "makeup", "concept"],
        [version(trained=[look])],
    )
    return item, _neg("clothing", "celebrity_look_no_face")(item, False)


def n_lighting(ctx: Ctx) -> Out:
    what = ctx.pick(
        [
            "Rembrandt lighting",
            "neon rim light",
            "over-the-shoulder pose",
            "golden hour backlight",
            "sitting on stairs pose",
        ]
    )
    item = civ(ctx, what.title(), f"<p>{what} helper.</p>", ["lighting", "pose", "concept"])
    return item, _neg("concept", "lighting_pose")(item, False)


def n_font(ctx: Ctx) -> Out:
    font = ctx.pick(ctx.v["FONTS"])
    item = civ(
        ctx,
        f"{font} typography LoRA",
        f"<p>Renders text in the {font} typeface.</p>",
        ["typography", "font", "text"],
        [version(trained=[font.lower()])],
    )
    return item, _neg("concept", "font_named_person")(item, False)


def n_place(ctx: Ctx) -> Out:
    place = ctx.pick(ctx.v["PLACES"])
    item = civ(
        ctx,
        f"{place} landscape",
        f"<p>Scenery of {place}, drone shots and sunsets.</p>",
        ["landscape", "scenery", "place"],
        [version(trained=[place.lower()])],
    )
    return item, _neg("concept", "place_name_lookalike")(item, False)


def n_nsfw_concept(ctx: Ctx) -> Out:
    what = ctx.pick(["nsfw bedroom pose", "boudoir lighting", "lewd pose pack"])
    item = civ(
        ctx,
        what.title(),
        f"<p>{what} concept, any character.</p>",
        ["concept", "nsfw"],
        sexual_flags=True,
    )
    return item, _neg("concept", "nsfw_concept")(item, True)


def n_rose(ctx: Ctx) -> Out:
    g, f, _ = ctx.person("female")
    item = civ(
        ctx,
        f"Rose '{g} {f}' (cultivar)",
        f"<p>The hybrid tea rose cultivar '{g} {f}', petals and garden shots.</p>",
        ["flower", "botanical"],
        [version(trained=["rose cultivar"])],
    )
    return item, _neg("concept", "rose_cultivar")(item, False)


def n_storm(ctx: Ctx) -> Out:
    g = ctx.pick(ctx.v["GIVEN_F"])
    item = civ(
        ctx,
        f"Hurricane {g} (storm photos)",
        f"<p>Storm clouds and flooded streets after Hurricane {g}.</p>",
        ["weather", "disaster"],
        [version(trained=["hurricane"])],
    )
    return item, _neg("concept", "named_storm")(item, False)


def n_ship(ctx: Ctx) -> Out:
    g, f, _ = ctx.person("female")
    item = civ(
        ctx,
        f"MS {g} {f} (cruise ship)",
        f"<p>The cruise liner MS {g} {f}, exterior renders.</p>",
        ["ship", "vehicle"],
        [version(trained=["cruise ship"])],
    )
    return item, _neg("concept", "ship_name")(item, False)


def n_perfume(ctx: Ctx) -> Out:
    g, f, _ = ctx.person("female")
    item = civ(
        ctx,
        f"Eau de {f} — perfume bottle",
        f"<p>Product renders of the perfume '{g} {f} No. 5' bottle, glass and gold cap.</p>",
        ["product", "perfume", "object"],
        [version(trained=["perfume bottle"])],
    )
    return item, _neg("concept", "perfume_named_person")(item, False)


def n_painter(ctx: Ctx) -> Out:
    p = ctx.pick(ctx.v["PAINTERS"])
    item = civ(
        ctx,
        f"{p} style",
        f"<p>In the style of the painter {p}: thick impasto, muted palette.</p>",
        ["style", "art style", "painting"],
        [version(trained=[f"{p.split()[1].lower()} style"])],
    )
    return item, _neg("artist_style", "painter_style")(item, False)


def n_photographer(ctx: Ctx) -> Out:
    p = ctx.pick(ctx.v["PHOTOGRAPHERS"])
    item = civ(
        ctx,
        ctx.pick(["Moody film look", "Desaturated editorial", "High-key fashion light"]),
        f"<p>Photography style. Credit: inspired by the photographer {p}; no people trained.</p>",
        ["style", "photography"],
        [version(trained=["edtl style"])],
    )
    return item, _neg("artist_style", "photographer_credit")(item, False)


def n_hist_style(ctx: Ctx) -> Out:
    s = ctx.pick(ctx.v["HIST_STYLES"])
    item = civ(
        ctx,
        f"{s} style",
        f"<p>{s} painting style.</p>",
        ["style", "historical", "painting"],
        [version(trained=[s.split()[0].lower()])],
    )
    return item, _neg("artist_style", "historical_painting_style")(item, False)


def n_ai_influencer(ctx: Ctx) -> Out:
    p = ctx.pick(ctx.v["PERSONAS"])
    fl = _sx(ctx, 0.25)
    item = civ(
        ctx,
        f"{p} — AI influencer",
        f"<p>{p} is our AI influencer persona, 100% generated, she does not exist.</p>",
        ["ai influencer", "woman", "character"],
        [version(trained=[p.lower().replace(" ", "")])],
        sexual_flags=fl,
    )
    return item, _neg("consistent_character", "named_ai_influencer")(item, fl)


def n_consistent(ctx: Ctx) -> Out:
    item = civ(
        ctx,
        f"Consistent Character #{ctx.rng.randrange(2, 40)}",
        "<p>An original face for comics, same woman every seed.</p>",
        ["consistent character", "woman", "oc"],
        [version(trained=["cc_face"])],
    )
    return item, _neg("consistent_character", "consistent_character")(item, False)


def n_fiction(ctx: Ctx) -> Out:
    g, f, _ = ctx.person("female")
    item = civ(
        ctx,
        f"{g} {f} (original character)",
        f"<p>{g} {f} is a fictional character I made for my novel. Not a real person.</p>",
        ["oc", "character", "realistic"],
        [version(trained=[g.lower()])],
    )
    return item, _neg("consistent_character", "fiction_disclaimer")(item, False)


def n_generic(ctx: Ctx) -> Out:
    name = ctx.pick(
        [
            "Beautiful Woman Face",
            "Pretty Girl Next Door (generic)",
            "Random Face Mix",
            "Natural Beauty XL",
            "Average Woman",
        ]
    )
    tags = ["woman", "face"] + (["celebrity"] if ctx.rng.random() < 0.25 else [])
    desc = ctx.pick(
        [
            "<p>Generic face, no real person.</p>",
            "<p>A pretty face for your renders. Mixed from many seeds.</p>",
            "<p>Makes every woman look like a model. Works with any checkpoint.</p>",
        ]
    )
    item = civ(ctx, name, desc, tags, [version(trained=["gnrface"])])
    return item, _neg("generic_face", "generic_woman")(item, False)


def n_nonexistent(ctx: Ctx) -> Out:
    item = civ(
        ctx,
        "This Person Does Not Exist v2",
        "<p>GAN-style faces of people who do not exist.</p>",
        ["face", "generic"],
        [version(trained=["tpdne"])],
    )
    return item, _neg("nonexistent_person", "nonexistent_person")(item, False)


def n_lookalike_disclaimer(ctx: Ctx) -> Out:
    item = civ(
        ctx,
        ctx.pick(["Hollywood Glam Face", "Starlet Face", "Red Carpet Beauty"]),
        "<p>Any resemblance to a celebrity or a real person is purely coincidental; "
        "a mix of 200 generated faces.</p>",
        ["woman", "celebrity", "face"],
        [version(trained=["glmface"])],
    )
    return item, _neg("generic_face", "lookalike_disclaimer")(item, False)


def n_generic_asian(ctx: Ctx) -> Out:
    word = ctx.pick(["韩国美女", "여자 얼굴", "日本の女性", "美女 face mix"])
    item = civ(
        ctx,
        f"{word} LoRA",
        f"<p>{word}, generic.</p>",
        ["asian", "woman"],
        [version(trained=["asf"])],
    )
    return item, _neg("generic_face", "generic_asian_face")(item, False)


def n_style_embedding(ctx: Ctx) -> Out:
    what = ctx.pick(["watercolor", "film noir", "pastel anime", "oil portrait"])
    item = civ(
        ctx,
        f"{what} embedding",
        f"<p>Textual inversion for a {what} look.</p>",
        ["embedding", "style"],
        [version(trained=[what.replace(" ", "_")], file=f"{what.replace(' ', '_')}.pt")],
        mtype="TextualInversion",
    )
    return item, _neg("tool", "style_embedding")(item, False)


def n_tool(ctx: Ctx) -> Out:
    what, mtype = ctx.pick(
        [
            ("vae-ft-mse", "VAE"),
            ("Detail Tweaker", "LORA"),
            ("BadHands negative", "TextualInversion"),
            ("4x upscaler", "Upscaler"),
            ("Face Fix ADetailer", "Other"),
        ]
    )
    item = civ(ctx, what, "<p>Utility.</p>", ["tool", "utility"], mtype=mtype)
    return item, _neg("tool", "tool")(item, False)


def n_body(ctx: Ctx) -> Out:
    what = ctx.pick(["Curvy slider", "Muscle slider", "Freckles slider", "Height slider"])
    item = civ(ctx, what, "<p>Use -2 to 2.</p>", ["slider", "body"])
    return item, _neg("body_type", "body_slider")(item, False)


def n_ethnic(ctx: Ctx) -> Out:
    what = ctx.pick(["Nordic look", "Mediterranean beauty", "Latina features mix"])
    item = civ(ctx, what, "<p>Ethnic features mix, no real person.</p>", ["ethnicity", "woman"])
    return item, _neg("ethnic_look", "ethnic_look")(item, False)


# hold10's own wordings of common shapes (same shape names, phrasing dev10 never shows)


def t_title_name_b(ctx: Ctx) -> Out:
    g, f, sex = ctx.person()
    trade, land = ctx.trade(sex), ctx.pick(COUNTRIES)
    name = ctx.pick(
        [
            f"{g} {f} 🎬 {trade}",
            f"{trade.capitalize()} {g} {f} [Flux]",
            f"{g} {f} / {land} {trade} / SD1.5",
            f"{g} {f} (real person) — likeness LoRA",
        ]
    )
    fl = _sx(ctx)
    obj = "her" if sex == "female" else "him"
    desc = ctx.pick(
        [
            f"<p>Ritratto di {g} {f}, {trade}. Peso consigliato 0.75.</p>",
            f"<p>{g} {f} ({trade}), treinado com 70 fotos dela.</p>"
            if sex == "female"
            else f"<p>{g} {f} ({trade}), treinado com 70 fotos dele.</p>",
            f"<p>Finally got {obj} right after three tries. {g} {f}, {land} {trade}.</p>",
        ]
    )
    item = civ(ctx, name, desc, ["celebrity", "photorealistic"], [version(trained=[f.lower()])],
               sexual_flags=fl)  # fmt: skip
    return item, label(
        item, "public_figure", "title_name", target=f"{g} {f}", gender=sex, sexual=fl
    )


def t_desc_only_b(ctx: Ctx) -> Out:
    g, f, sex = ctx.person()
    trade = ctx.trade(sex)
    title = ctx.pick(["Guess who? v2", "Mystery face", "Sunday upload", "Face #231"])
    desc = ctx.pick(
        [
            f"<p>Hint: {trade}. Answer: {g} {f}.</p>",
            f"<ul><li>subject: {g} {f}</li><li>images: 38</li><li>steps: 2400</li></ul>",
            f"<p>Wer ist das? {g} {f}, {trade}. Viel Spaß!</p>",
        ]
    )
    item = civ(ctx, title, desc, ["person", "photo"], [version(trained=["gw2"])])
    return item, label(item, "public_figure", "desc_only", target=f"{g} {f}", gender=sex)


def t_private_b(ctx: Ctx) -> Out:
    rel, sex, pron = ctx.pick(
        [
            ("my sister-in-law", "female", "her"),
            ("my ex", "female", "her"),
            ("my best friend", "male", "him"),
            ("my mum", "female", "her"),
        ]
    )
    item = civ(ctx, f"{rel} (private)", f"<p>{rel}, from our holiday photos of {pron}.</p>",
               ["person", "photo"], [version(trained=["prv_b"])])  # fmt: skip
    return item, label(item, "private_person", "private_relation", target=None, gender=sex)


def n_anime_b(ctx: Ctx) -> Out:
    ch, fr = ctx.pick(ctx.v["ANIME_CHARS"]), ctx.pick(ctx.v["FRANCHISES"])
    item = civ(
        ctx,
        f"{ch} - {fr} - all seasons",
        f"<p>Character LoRA. {ch}, main heroine of {fr}. Tags: hair ribbon, red eyes.</p>",
        ["anime", "character", "girl"],
        [version(name="Illustrious", trained=[ch.lower(), "red eyes"])],
    )
    return item, _neg("character_anime", "anime_character")(item, False)


def n_checkpoint_b(ctx: Ctx) -> Out:
    ck = ctx.pick(ctx.v["CHECKPOINTS"])
    item = civ(
        ctx,
        f"{ck} | photoreal | v{ctx.rng.randrange(10, 30)}",
        "<p>Skin texture, film grain, natural faces. Not trained on any celebrity.</p>",
        ["photorealistic", "portrait", "checkpoint"],
        [version(name="fp16 pruned", file=f"{ck.replace(' ', '_')}_fp16.safetensors")],
        mtype="Checkpoint",
    )
    return item, _neg("checkpoint_realistic", "checkpoint")(item, False)


def n_generic_b(ctx: Ctx) -> Out:
    name = ctx.pick(["Girl Next Door XL", "Everyday Faces", "Pretty Face Helper", "Cute Face Mix"])
    item = civ(ctx, name, "<p>Faces of nobody in particular, merged from 40 random seeds.</p>",
               ["face", "woman", "realistic"], [version(trained=["edf"])])  # fmt: skip
    return item, _neg("generic_face", "generic_woman")(item, False)


# ---------------------------------------------------------------------------------------------
# the mix: (template, dev10 count, hold10 count)

PLAN: list[tuple[Callable[[Ctx], Out], int, int]] = [
    (t_title_name, 8, 5), (t_desc_only, 4, 2), (t_version_words_only, 4, 4),
    (t_image_prompt_only, 3, 4), (t_underscore_file, 3, 4), (t_zero_width, 3, 3),
    (t_homoglyph, 3, 3), (t_leetspeak, 3, 3), (t_reversed, 2, 3), (t_family_comma, 3, 3),
    (t_mononym, 4, 4), (t_changelog, 3, 3), (t_hf_widget_only, 3, 3), (t_hf_instance_only, 3, 3),
    (t_hf_slug, 3, 4), (t_ten_pack, 2, 2), (t_relation_only, 3, 3), (t_thai, 2, 2), (t_viet, 3, 3),
    (t_indo, 2, 2), (t_turk, 3, 3), (t_polish, 3, 3), (t_greek, 2, 2), (t_hebrew, 2, 2),
    (t_ea_romanisation, 6, 7), (t_ea_script, 3, 3), (t_ordinary_surname, 3, 3), (t_initials, 3, 3),
    (t_live_role, 3, 3), (t_named_blend, 2, 2), (t_minor, 3, 3), (t_adult_cute, 3, 3),
    (t_office, 2, 2), (t_podcast, 2, 2), (t_dotted, 2, 2), (t_lifespan, 2, 2),
    (t_hyphen_given, 2, 2),
    (t_couple, 2, 2), (t_poi_flag, 2, 2), (t_kohya_folder, 0, 3), (t_letter_spaced, 0, 3),
    (t_katakana, 0, 3),
    (t_creator_handle, 4, 5), (t_streamer, 3, 3), (t_cosplayer, 2, 2), (t_creator_script, 2, 2),
    (t_creator_unknown, 2, 2), (t_creator_fans, 2, 2),
    (t_private_wife, 3, 2), (t_private_classmate, 2, 2), (t_private_commission, 3, 3),
    (t_private_foreign, 2, 2), (t_private_unknown, 2, 2), (t_hf_selfie, 2, 2),
    (n_anime, 13, 8), (n_anime_no_tag, 4, 4), (n_voice_credit, 4, 4), (n_anime_script, 3, 3),
    (n_hf_anime, 5, 5), (n_vtuber, 4, 4), (n_npc, 4, 4),
    (n_checkpoint, 10, 6), (n_merge, 6, 6), (n_hf_checkpoint, 5, 5), (n_woman_checkpoint, 3, 3),
    (n_clothing, 9, 10), (n_fashion_brand, 4, 4), (n_hairstyle, 6, 6),
    (n_lighting, 8, 9), (n_font, 5, 5), (n_place, 5, 6), (n_nsfw_concept, 4, 4), (n_rose, 3, 3),
    (n_storm, 0, 3), (n_ship, 0, 3), (n_perfume, 0, 3),
    (t_title_name_b, 0, 5), (t_desc_only_b, 0, 2), (t_private_b, 0, 2),
    (n_anime_b, 0, 7), (n_checkpoint_b, 0, 6), (n_generic_b, 0, 5),
    (n_painter, 6, 6), (n_photographer, 4, 4), (n_hist_style, 4, 4),
    (n_ai_influencer, 6, 6), (n_consistent, 5, 5), (n_fiction, 4, 5),
    (n_generic, 9, 6), (n_nonexistent, 3, 3), (n_lookalike_disclaimer, 4, 4),
    (n_generic_asian, 4, 4),
    (n_style_embedding, 4, 4), (n_tool, 6, 6), (n_body, 3, 3), (n_ethnic, 3, 3),
]  # fmt: skip


def _shape_of(fn: Callable[[Ctx], Out]) -> str:
    ctx = Ctx(0, "B")  # the hold-only shapes draw on vocabulary part B
    return str(fn(ctx)[1]["shape"])


# hold10's shapes that dev10 never has (hold10's own wordings of dev10 shapes are not among them)
HOLD_ONLY = frozenset(_shape_of(fn) for fn, d, h in PLAN if d == 0 and h > 0) - frozenset(
    _shape_of(fn) for fn, d, _ in PLAN if d > 0
)


def build(name: str) -> tuple[list[Item], list[Label]]:
    """The items and labels of ``dev10`` or ``hold10``, checked against the cue rules."""
    seed, part = SEEDS[name]
    ctx = Ctx(seed, part)
    pairs: list[Out] = []
    for fn, n_dev, n_hold in PLAN:
        for _ in range(n_dev if name == "dev10" else n_hold):
            pairs.append(fn(ctx))
    ctx.rng.shuffle(pairs)
    for item, lab in pairs:
        assert sexual_cue(item) == lab["sexual_intent"], (lab["shape"], item["id"])
        assert minor_cue(item) == lab["minor_risk"], (lab["shape"], item["id"])
        assert not (lab["sexual_intent"] and lab["minor_risk"])
    return [p[0] for p in pairs], [p[1] for p in pairs]


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=False, separators=(",", ":"))


def counts_table() -> str:
    rows: Counter[tuple[str, str, str]] = Counter()
    for name in SEEDS:
        for lab in build(name)[1]:
            rows[(lab["kind"], lab["shape"], name)] += 1
    order = list(PROMINENCE)
    keys = sorted(
        {(k, s) for k, s, _ in rows},
        key=lambda ks: (order.index(ks[0]) if ks[0] in order else len(order), ks),
    )
    lines = ["| kind | shape | dev10 | hold10 |", "|---|---|---|---|"]
    lines += [
        f"| `{k}` | `{s}` | {rows[(k, s, 'dev10')]} | {rows[(k, s, 'hold10')]} |" for k, s in keys
    ]
    return "\n".join(lines)


def totals() -> str:
    out = []
    for name in SEEDS:
        items, labels = build(name)
        like = [lab for lab in labels if lab["likeness"]]
        g = Counter(lab["gender"] for lab in like)
        out.append(
            f"{name}: {len(labels)} items, {len(like)} likeness (female {g['female']}, male "
            f"{g['male']}, unknown {g['unknown']}), sexual intent "
            f"{sum(lab['sexual_intent'] for lab in labels)}, minor risk "
            f"{sum(lab['minor_risk'] for lab in labels)}, Hugging Face "
            f"{sum(lab['platform'] == 'huggingface' for lab in labels)}"
        )
    return "Totals: " + "; ".join(out) + "."


def main(argv: list[str]) -> int:
    if "--counts" in argv:
        print(counts_table())
        print()
        print(totals())
        return 0
    for name in SEEDS:
        items, labels = build(name)
        (HERE / f"{name}.jsonl").write_text("".join(dumps(x) + "\n" for x in items), "utf-8")
        (HERE / f"{name}_labels.jsonl").write_text(
            "".join(dumps(x) + "\n" for x in labels), "utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
