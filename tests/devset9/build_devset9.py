"""Build the ninth likeness dev set: ``dev9`` and ``hold9`` (seeded, deterministic).

Run from the repository root: ``.venv/bin/python tests/devset9/build_devset9.py`` rewrites the
four ``.jsonl`` files byte for byte; ``--counts`` prints the README's table. Every person, show,
franchise and brand is invented (``devset9_vocab.py``). Labels are decided first; the metadata is
then written to carry exactly those facts, and ``check`` asserts that the cue rules agree with
every label and that a sexual and a minor cue never meet.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import devset9_vocab as V  # noqa: E402

SEEDS = {"dev9": (90919, "A"), "hold9": (47123, "B")}
LIKENESS_KINDS = ("public_figure", "online_creator", "private_person")
PROMINENCE = {
    "public_figure": "public_figure",
    "online_creator": "online_creator",
    "private_person": "private_or_unknown",
}
STOCK_VAE_SHA = "6A1C0E3F9D2B47E8A05C1F7D3E9B2A4C8F0E6D1B3A5C7E9F2D4B6A8C0E1F3A5B"
STOCK_YAML_SHA = "B2E9D4C1A7F3086E5D2C9B1A4F7E3D0C6B9A2E5F8D1C4B7A0E3F6D9C2B5A8E1F"

SEXUAL_WORDS = re.compile(
    r"\b(nsfw|nude|nudes|naked|lingerie|topless|boudoir|sexy|porn|pornstar|onlyfans|fansly|"
    r"lewd|hentai|erotic|explicit)\b",
    re.I,
)
MINOR_WORDS = re.compile(
    r"\b(teen|teens|teenager|teenage|child actress|child actor|schoolgirl|junior high|"
    r"middle schooler|middle school student|kid)\b|子役|童星|중학생|未成年|中学生|小学生|"
    r"niña|подросток",
    re.I,
)
MINOR_AGE = re.compile(
    r"(?<![\d.])(?:age[d]?\s*)?(1[0-7]|[5-9])\s*"
    r"(?:years? old|yo\b|y/o|-year-old|歳|세|岁|лет|años|ans)"
    r"|\bage[d]?\s+(1[0-7]|[5-9])\b",
    re.I,
)


# ---------------------------------------------------------------------------------------------
# cue rules


def _texts(item: dict[str, Any]) -> Iterator[str]:
    """Every string of an item (names, descriptions, tags, prompts, file names)."""

    def walk(x: Any) -> Iterator[str]:
        if isinstance(x, str):
            yield x
        elif isinstance(x, dict):
            for k, v in x.items():
                if k in ("hashes", "sha", "url", "downloadUrl", "hash", "image", "lfs"):
                    continue
                yield from walk(v)
        elif isinstance(x, list):
            for v in x:
                yield from walk(v)

    yield from walk(item)


def sexual_cue(item: dict[str, Any]) -> bool:
    if item.get("nsfw") is True:
        return True
    levels = [item.get("nsfwLevel") or 0]
    for v in item.get("modelVersions") or []:
        levels.append(v.get("nsfwLevel") or 0)
        for im in v.get("images") or []:
            levels.append(im.get("nsfwLevel") if isinstance(im.get("nsfwLevel"), int) else 0)
            if im.get("nsfw") in ("Mature", "X"):
                return True
    if any(lv & (4 | 8 | 16 | 32) for lv in levels):
        return True
    if "not-for-all-audiences" in (item.get("tags") or []):
        return True
    return any(SEXUAL_WORDS.search(t) for t in _texts(item))


def minor_cue(item: dict[str, Any]) -> bool:
    if item.get("minor") is True:
        return True
    for v in item.get("modelVersions") or []:
        if any(im.get("minor") is True for im in v.get("images") or []):
            return True
    return any(MINOR_WORDS.search(t) or MINOR_AGE.search(t) for t in _texts(item))


# ---------------------------------------------------------------------------------------------
# item makers


class Ctx:
    def __init__(self, part: str, seed: int) -> None:
        self.part = part
        self.rng = random.Random(seed)
        self.v = V.vocab(V_PART[part])
        self.used: set[str] = set()
        self.ids: set[int] = set()
        self.repos: set[str] = set()

    def pick(self, seq: Any) -> Any:
        return self.rng.choice(list(seq))

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def hexs(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789ABCDEF") for _ in range(n))

    def new_id(self) -> int:
        while True:
            n = self.rng.randrange(12000, 1990000)
            if n not in self.ids:
                self.ids.add(n)
                return n

    def fresh(self, make: Callable[[], Any], key: Callable[[Any], str]) -> Any:
        """A person nobody in this part has used yet (a few tries, then any)."""
        for _ in range(60):
            x = make()
            if key(x) not in self.used:
                self.used.add(key(x))
                return x
        return x

    def western(self, gender: str = "female", word: bool = False) -> tuple[str, str]:
        def make() -> tuple[str, str]:
            given = self.pick(self.v["FEMALE"] if gender == "female" else self.v["MALE"])
            if word:
                return given, self.pick(self.v["WORD_SURNAME"])
            return given, self.pick(self.v["SYL_START"]) + self.pick(self.v["SYL_END"])

        return self.fresh(make, lambda p: f"{p[0]} {p[1]}")  # type: ignore[no-any-return]

    def east_asian(self, lang: str, gender: str = "female") -> dict[str, str]:
        fam_t = {"zh": "ZH_FAMILY", "ja": "JA_FAMILY", "ko": "KO_FAMILY"}[lang]
        giv_t = {"zh": "ZH_GIVEN_", "ja": "JA_GIVEN_", "ko": "KO_GIVEN_"}[lang] + (
            "F" if gender == "female" else "M"
        )

        def make() -> dict[str, str]:
            (fs, fr), (gs, gr) = self.pick(self.v[fam_t]), self.pick(self.v[giv_t])
            sep = "" if lang in ("zh", "ko") else ""
            return {
                "script": fs + sep + gs,
                "family": fr,
                "given": gr,
                "fam_script": fs,
                "giv_script": gs,
                "roman": f"{fr} {gr}",
                "western": f"{gr} {fr}",
                "run": (fr + gr).replace("-", "").lower(),
                "camel": gr.replace("-", "").capitalize() + fr,
                "lang": lang,
            }

        return self.fresh(make, lambda p: p["roman"])  # type: ignore[no-any-return]


V_PART = {name: part for name, (_, part) in SEEDS.items()}

STOCK_VAE = {
    "name": "vae-ft-mse-840000-ema-pruned.safetensors",
    "type": "VAE",
    "sizeKB": 327162.0,
    "metadata": {"format": "SafeTensor"},
    "hashes": {"SHA256": STOCK_VAE_SHA},
}
STOCK_YAML = {
    "name": "v2-inference-v.yaml",
    "type": "Config",
    "sizeKB": 1.7724609375,
    "metadata": {"format": "Other"},
    "hashes": {"SHA256": STOCK_YAML_SHA},
}

BOILER = [
    "<p>Recommended weight 0.6–0.85. Works best with a realistic checkpoint.</p>",
    "<p>Trained with kohya_ss, 20 epochs, network dim 32 / alpha 16, AdamW8bit.</p>",
    "<p>If you like it, leave a ❤️ and post your images! Feedback welcome 🙏</p>",
    "<h3>Changelog</h3><ul><li>v1.1 – fixed overfitting on the background</li>"
    "<li>v1.0 – first release</li></ul>",
    "<p>Use ADetailer for the face at lower res, hires fix 1.5x, denoise 0.35</p>",
    "<p>Please dont use this for anything illegal or hurtfull. Be nice &amp; have fun.</p>",
    "<p>Support me on Ko-fi ☕ if you want more models like this</p>",
    "<p>Sampler: DPM++ 2M Karras, 28 steps, CFG 5. Clip skip 2 for the SD1.5 version.</p>",
    "<p>Tested on Flux dev fp8 as well, seems ok at 0.9 strenght</p>",
    "<p>Made with a dataset of about 35 hand picked and captioned photos "
    "(BLIP + manual edits).</p>",
]
BASES_2023 = ["SD 1.5", "SD 1.5", "SD 2.1", "SD 1.4"]
BASES_2025 = ["SDXL 1.0", "Pony", "Flux.1 D", "Illustrious", "SD 1.5", "Flux.1 D"]


def page(ctx: Ctx, *parts: str, extra: int = 2) -> str:
    """An HTML description: the item's own paragraphs and a little boilerplate."""
    body = [p if p.startswith("<") else f"<p>{p}</p>" for p in parts if p]
    for b in ctx.rng.sample(BOILER, ctx.rng.randint(0, extra)):
        body.insert(ctx.rng.randint(0, len(body)), b)
    return "".join(body)


def civ(
    ctx: Ctx,
    name: str,
    mtype: str,
    tags: list[str],
    desc: str,
    *,
    trained: list[str] | None = None,
    vname: str | None = None,
    vdesc: str | None = None,
    files: list[str] | None = None,
    prompts: list[str] | None = None,
    sexual: bool = False,
    minor_flag: bool = False,
    poi: bool = False,
    era: str | None = None,
    versions: list[dict[str, Any]] | None = None,
    extra_files: list[dict[str, Any]] | None = None,
    base: str | None = None,
) -> dict[str, Any]:
    """A raw Civitai ``/api/v1/models`` item, in the 2023 or the 2025 shape."""
    era = era or ("2023" if ctx.chance(0.45) else "2025")
    mid = ctx.new_id()
    username = ctx.pick(ctx.v["CREATORS"])
    stem = re.sub(r"[^\w]+", "_", name).strip("_")[:40] or "model"
    specs = versions or [
        {
            "name": vname or ctx.pick(["v1.0", "v1", "V2", "v1.5", "SDXL", "Flux v1"]),
            "desc": vdesc,
            "trained": trained or [],
            "files": files or [f"{stem}.safetensors"],
            "prompts": prompts or [],
        }
    ]
    out_versions = []
    for idx, spec in enumerate(specs):
        vid = ctx.new_id()
        vfiles = []
        for j, fname in enumerate(spec["files"]):
            size = ctx.rng.uniform(18000, 230000) if mtype != "Checkpoint" else 2132000.5
            if mtype == "TextualInversion":
                size = ctx.rng.uniform(4, 120)
            vfiles.append(
                {
                    "id": ctx.new_id(),
                    "name": fname,
                    "sizeKB": round(size, 3),
                    "type": "Model",
                    "primary": j == 0,
                    "metadata": {
                        "format": "SafeTensor"
                        if fname.endswith(".safetensors")
                        else "PickleTensor",
                        "fp": "fp16",
                        "size": "pruned",
                    },
                    "pickleScanResult": "Success",
                    "virusScanResult": "Success",
                    "hashes": {"AutoV2": ctx.hexs(10), "SHA256": ctx.hexs(64)},
                    "downloadUrl": f"https://civitai.com/api/download/models/{vid}",
                }
            )
        for ef in extra_files or []:
            vfiles.append(dict(ef, id=ctx.new_id(), primary=False))
        images = []
        for k in range(ctx.rng.randint(1, 3)):
            img: dict[str, Any] = {
                "url": f"https://image.civitai.com/xG1nkqKTMzGDvpLrqFT7WA/{ctx.hexs(8).lower()}"
                f"/width=832/{ctx.new_id()}.jpeg",
                "width": 832,
                "height": 1216,
                "hash": "U" + ctx.hexs(27),
            }
            if era == "2023":
                img["nsfw"] = (
                    ("X" if k == 0 else "Mature") if sexual else ctx.pick(["None", "Soft"])
                )
            else:
                img["nsfwLevel"] = (8 if k == 0 else 4) if sexual else ctx.pick([1, 1, 2])
                img["type"] = "image"
                img["minor"] = bool(minor_flag and k == 0)
                img["poi"] = poi
                img["hasMeta"] = bool(spec["prompts"])
            if spec["prompts"] and k < len(spec["prompts"]):
                img["meta"] = {
                    "prompt": spec["prompts"][k],
                    "negativePrompt": "lowres, bad anatomy, worst quality, watermark",
                    "steps": 28,
                    "sampler": "DPM++ 2M Karras",
                    "cfgScale": 5,
                    "seed": ctx.rng.randrange(10**9),
                }
            images.append(img)
        ver: dict[str, Any] = {
            "id": vid,
            "modelId": mid,
            "name": spec["name"],
            "createdAt": f"{era}-0{ctx.rng.randint(1, 9)}-1{ctx.rng.randint(0, 9)}T12:00:00.000Z",
            "trainedWords": spec["trained"],
            "baseModel": base or ctx.pick(BASES_2023 if era == "2023" else BASES_2025),
            "description": spec["desc"],
            "files": vfiles,
            "images": images,
            "downloadUrl": f"https://civitai.com/api/download/models/{vid}",
        }
        if era == "2023":
            ver["earlyAccessTimeFrame"] = 0
            ver["stats"] = {
                "downloadCount": ctx.rng.randint(10, 9000),
                "ratingCount": 0,
                "rating": 0,
            }
        else:
            ver["index"] = idx
            ver["status"] = "Published"
            ver["availability"] = ctx.pick(["Public", "Public", "Public", "EarlyAccess"])
            ver["nsfwLevel"] = 28 if sexual else 1
            ver["baseModelType"] = "Standard"
            ver["stats"] = {"downloadCount": ctx.rng.randint(10, 9000), "thumbsUpCount": 12}
        out_versions.append(ver)
    item: dict[str, Any] = {
        "id": mid,
        "name": name,
        "description": desc,
        "type": mtype,
        "poi": poi,
        "nsfw": sexual,
        "allowNoCredit": True,
        "allowCommercialUse": "Rent" if era == "2023" else ["Image", "RentCivit"],
        "allowDerivatives": True,
        "allowDifferentLicense": True,
        "stats": {
            "downloadCount": ctx.rng.randint(10, 20000),
            "favoriteCount": 40,
            "commentCount": 3,
            "ratingCount": 2,
            "rating": 5,
        },
        "creator": {"username": username, "image": None},
        "tags": tags,
        "modelVersions": out_versions,
    }
    if era == "2025":
        item["nsfwLevel"] = 31 if sexual else ctx.pick([1, 3])
        item["minor"] = minor_flag
        item["sfwOnly"] = False
        item["availability"] = "Public"
        item["supportsGeneration"] = ctx.chance(0.5)
        item["cosmetic"] = None
        item["mode"] = None
    return item


def hf(
    ctx: Ctx,
    repo: str,
    tags: list[str],
    *,
    instance: str | None = None,
    widgets: list[str] | None = None,
    siblings: list[str] | None = None,
    sexual: bool = False,
    card: dict[str, Any] | None = None,
    base: str = "black-forest-labs/FLUX.1-dev",
) -> dict[str, Any]:
    """A Hugging Face ``ModelInfo`` item as ``/api/models?full=true&cardData=true`` gives it."""
    n = 2
    base_repo = repo
    while repo in ctx.repos:
        repo, n = f"{base_repo}-{n}", n + 1
    ctx.repos.add(repo)
    author = repo.split("/")[0]
    all_tags = [
        "diffusers",
        "text-to-image",
        "lora",
        "template:sd-lora",
        *tags,
        f"base_model:adapter:{base}",
        f"base_model:{base}",
        "license:other",
        "region:us",
    ]
    if sexual:
        all_tags.insert(4, "not-for-all-audiences")
    card_data: dict[str, Any] = {"base_model": base, "license": "other", "tags": tags}
    if instance:
        card_data["instance_prompt"] = instance
    if widgets:
        card_data["widget"] = [
            {"text": w, "output": {"url": f"images/{i}.png"}} for i, w in enumerate(widgets)
        ]
    card_data.update(card or {})
    sib = [{"rfilename": ".gitattributes"}, {"rfilename": "README.md"}]
    for s in siblings or [repo.split("/")[1] + ".safetensors"]:
        sib.append(
            {
                "rfilename": s,
                "size": 171969056,
                "lfs": {"sha256": ctx.hexs(64).lower(), "size": 171969056, "pointerSize": 135},
            }
        )
    d = f"2025-0{ctx.rng.randint(1, 9)}-1{ctx.rng.randint(0, 9)}T08:00:00.000Z"
    return {
        "_id": ctx.hexs(24).lower(),
        "id": repo,
        "modelId": repo,
        "author": author,
        "sha": ctx.hexs(40).lower(),
        "createdAt": d,
        "lastModified": d,
        "private": False,
        "gated": False,
        "disabled": False,
        "downloads": ctx.rng.randint(0, 3000),
        "likes": ctx.rng.randint(0, 80),
        "tags": all_tags,
        "pipeline_tag": "text-to-image",
        "library_name": "diffusers",
        "cardData": card_data,
        "siblings": sib,
    }


def lab(
    item: dict[str, Any],
    kind: str,
    *,
    target: str | None = None,
    gender: str | None = None,
    targets: list[str] | None = None,
    aliases: list[str] | None = None,
    sexual: bool = False,
    minor: bool = False,
    platform: str = "civitai",
) -> dict[str, Any]:
    likeness = kind in LIKENESS_KINDS
    return {
        "platform": platform,
        "model_id": str(item["id"]),
        "kind": kind,
        "likeness": likeness,
        "target": target if likeness else None,
        "gender": gender if likeness else None,
        "prominence": PROMINENCE.get(kind),
        "sexual_intent": sexual,
        "minor_risk": minor,
        "shape": "",
        "targets": (targets if targets is not None else ([target] if target else []))
        if likeness
        else [],
        "aliases": aliases or [],
    }


Made = tuple[dict[str, Any], dict[str, Any]]


# ---------------------------------------------------------------------------------------------
# helpers of the templates

ROLE_F = [
    "actress",
    "singer",
    "model",
    "TV presenter",
    "news anchor",
    "tennis player",
    "influencer",
    "comedian",
    "pop star",
    "weather presenter",
]
ROLE_M = ["actor", "singer", "footballer", "TV host", "boxer", "rapper", "chef"]
PRON = {"female": ("she", "her"), "male": ("he", "his")}


def gtags(ctx: Ctx, gender: str, n: int = 3) -> list[str]:
    pool = (
        [
            "woman",
            "female",
            "actress",
            "celebrity",
            "real person",
            "photorealistic",
            "portrait",
            "girl",
            "realistic",
        ]
        if gender == "female"
        else ["man", "male", "actor", "celebrity", "real person", "photorealistic", "portrait"]
    )
    return ctx.rng.sample(pool, n)


def role(ctx: Ctx, gender: str) -> str:
    return str(ctx.pick(ROLE_F if gender == "female" else ROLE_M))


def gender_of(ctx: Ctx, female_share: float = 0.8) -> str:
    return "female" if ctx.chance(female_share) else "male"


def maybe_sexual(ctx: Ctx, p: float = 0.15) -> bool:
    return ctx.chance(p)


def ltype(ctx: Ctx) -> str:
    return str(ctx.pick(["LORA", "LORA", "LORA", "LORA", "TextualInversion", "LoCon", "DoRA"]))


def snake(s: str) -> str:
    return re.sub(r"\W+", "_", s).strip("_").lower()


# ---------------------------------------------------------------------------------------------
# likeness templates: public figures


def t_title_name(ctx: Ctx) -> Made:
    g = gender_of(ctx)
    gv, fam = ctx.western(g)
    full = f"{gv} {fam}"
    sx = maybe_sexual(ctx)
    name = ctx.pick(
        [
            f"{full} | SDXL",
            f"{full} (Flux)",
            f"✨ {full} ✨ v3",
            f"{full.upper()}",
            f"{full} - {role(ctx, g)}",
            f"{gv}_{fam}_LoRA",
        ]
    )
    p, q = PRON[g]
    desc = page(
        ctx,
        f"LoRA of {full}. {p.capitalize()} asked nobody, so here it is 😅",
        f"Trigger: <code>{snake(full)}</code>",
    )
    it = civ(ctx, name, ltype(ctx), gtags(ctx, g), desc, trained=[snake(full)], sexual=sx)
    return it, lab(it, "public_figure", target=full, gender=g, sexual=sx)


def t_desc_only(ctx: Ctx) -> Made:
    g = gender_of(ctx)
    gv, fam = ctx.western(g)
    full = f"{gv} {fam}"
    p, q = PRON[g]
    code = ctx.pick(["Project Nightjar", "PRJ-0417", "Subject Tango", "Blue Heron v2", "Model 7"])
    desc = page(
        ctx,
        f"Some of you guessed it already — this is {full}, the {role(ctx, g)}.",
        f"Dataset: 60 screencaps and press photos of {q if g == 'male' else 'her'} from 2019–2024.",
    )
    it = civ(ctx, code, ltype(ctx), ["person"], desc, trained=["prj_subject"])
    return it, lab(it, "public_figure", target=full, gender=g)


def t_trigger_only(ctx: Ctx) -> Made:
    g = gender_of(ctx)
    gv, fam = ctx.western(g)
    full = f"{gv} {fam}"
    trig = ctx.pick(
        [
            f"{gv.lower()}{fam.lower()}",
            f"{gv} {fam} woman" if g == "female" else f"{gv} {fam} man",
            f"{snake(full)}_v2",
        ]
    )
    it = civ(
        ctx,
        ctx.pick(["Red carpet girl", "Face 03", "Celeb LoRA #12", "Portrait set B"]),
        ltype(ctx),
        gtags(ctx, g, 2),
        page(ctx, "Use the trigger. thats all 🙂"),
        trained=[trig],
    )
    return it, lab(it, "public_figure", target=full, gender=g)


def t_filename_only(ctx: Ctx) -> Made:
    g = gender_of(ctx)
    gv, fam = ctx.western(g)
    full = f"{gv} {fam}"
    fname = ctx.pick(
        [
            f"{gv}{fam}_v1-000012.safetensors",
            f"{snake(full)}_lora_e8.safetensors",
            f"{gv[0]}{fam}-sdxl.safetensors",
        ]
    )
    target = full if not fname.startswith(f"{gv[0]}{fam}-") else f"{gv[0]} {fam}"
    it = civ(
        ctx,
        ctx.pick(["Celebrity #27", "Actress face", "TV face 5"]),
        ltype(ctx),
        gtags(ctx, g, 2),
        page(ctx, "Another one from my backlog."),
        files=[fname],
        trained=["ohwx " + ("woman" if g == "female" else "man")],
    )
    return it, lab(it, "public_figure", target=target, gender=g)


def t_tag_only(ctx: Ctx) -> Made:
    g = gender_of(ctx)
    gv, fam = ctx.western(g)
    full = f"{gv} {fam}"
    it = civ(
        ctx,
        ctx.pick(["Lookbook face v2", "Sunday Portrait", "Famous face (request)"]),
        ltype(ctx),
        [full.lower(), *gtags(ctx, g, 2)],
        page(ctx, "Request from discord."),
        trained=["sks person"],
    )
    return it, lab(it, "public_figure", target=full, gender=g)


def t_version_name(ctx: Ctx) -> Made:
    g = gender_of(ctx)
    gv, fam = ctx.western(g)
    full = f"{gv} {fam}"
    it = civ(
        ctx,
        ctx.pick(["Celebs collection", "Faces I like", "My actress LoRAs"]),
        "LORA",
        gtags(ctx, g, 2),
        page(ctx, "One celebrity per version, see the version names."),
        vname=f"{full} v2",
        trained=["celebface"],
    )
    return it, lab(it, "public_figure", target=full, gender=g)


def t_image_meta_prompt(ctx: Ctx) -> Made:
    g = gender_of(ctx)
    gv, fam = ctx.western(g)
    full = f"{gv} {fam}"
    w = "woman" if g == "female" else "man"
    prompts = [
        f"photo of {full} as a {w}, 35mm, soft light, <lora:face9:0.8>",
        f"close-up portrait of {full.lower()}, bokeh, detailed skin",
    ]
    it = civ(
        ctx,
        ctx.pick(["face9", "Subject-X", "Portrait helper"]),
        "LORA",
        ["portrait"],
        page(ctx, "See the example images for prompts."),
        prompts=prompts,
        era="2025",
        trained=["face9"],
    )
    return it, lab(it, "public_figure", target=full, gender=g)


def t_ordinary_words(ctx: Ctx) -> Made:
    g = "female" if ctx.chance(0.85) else "male"
    if g == "female" and ctx.chance(0.5):
        gv = ctx.pick(ctx.v["WORD_GIVEN_F"])
        fam = ctx.fresh(lambda: ctx.pick(ctx.v["WORD_SURNAME"]), lambda s: f"{gv} {s}")
    else:
        gv, fam = ctx.western(g, word=True)
    full = f"{gv} {fam}"
    sx = maybe_sexual(ctx)
    it = civ(
        ctx,
        ctx.pick([full, f"{full} [SD1.5]", f"{fam}, {gv}", f"{full} // LoRA"]),
        ltype(ctx),
        gtags(ctx, g, 2),
        page(ctx, f"{full} ({role(ctx, g)}). Enjoy"),
        trained=[snake(full)],
        sexual=sx,
    )
    return it, lab(it, "public_figure", target=full, gender=g, sexual=sx)


def t_stage_name(ctx: Ctx) -> Made:
    stage = ctx.fresh(lambda: ctx.pick(ctx.v["STAGE"]), str)
    g = "female"
    desc = page(
        ctx,
        f"{stage} — the {ctx.pick(['singer', 'pop star', 'DJ', 'rapper'])}. "
        "Trained on concert and press photos of her.",
    )
    it = civ(
        ctx,
        ctx.pick([stage, f"{stage.upper()} (singer)", f"{stage} LoRA"]),
        ltype(ctx),
        ["singer", "celebrity", "woman"],
        desc,
        trained=[stage.lower()],
    )
    return it, lab(it, "public_figure", target=stage, gender=g)


def t_initials(ctx: Ctx) -> Made:
    g = gender_of(ctx, 0.75)
    gv, fam = ctx.western(g)
    ini = f"{gv[0]}.{fam[0]}."
    p, q = PRON[g]
    it = civ(
        ctx,
        f"{ini} — {role(ctx, g)} LoRA",
        ltype(ctx),
        gtags(ctx, g, 2),
        page(ctx, f"You know who {ini} is 😉 {p} hosts the morning show. Trained on 80 photos."),
        trained=[f"{gv[0]}{fam[0]}".lower() + "_face"],
    )
    return it, lab(it, "public_figure", target=ini, gender=g)


def _ea_gender(ctx: Ctx) -> str:
    return "female" if ctx.chance(0.85) else "male"


def t_east_asian_script(ctx: Ctx) -> Made:
    lang, g = ctx.pick(["zh", "ja", "ko"]), _ea_gender(ctx)
    p = ctx.east_asian(lang, g)
    word = {
        "zh": {"female": "女演员", "male": "男演员"},
        "ja": {"female": "女優", "male": "俳優"},
        "ko": {"female": "여배우", "male": "배우"},
    }[lang][g]
    it = civ(
        ctx,
        f"{p['script']} {word}",
        ltype(ctx),
        ctx.rng.sample(["asian", "portrait", "realistic", "celebrity"], 2),
        page(ctx, f"{p['script']}。{word}。"),
        trained=[p["run"]],
    )
    return it, lab(
        it,
        "public_figure",
        target=p["script"],
        gender=g,
        aliases=[p["roman"], p["western"], p["run"]],
    )


def t_east_asian_family_first(ctx: Ctx) -> Made:
    lang, g = ctx.pick(["zh", "ko", "ko", "ja"]), _ea_gender(ctx)
    p = ctx.east_asian(lang, g)
    sx = maybe_sexual(ctx, 0.1)
    tags = ["korean" if lang == "ko" else "asian", *gtags(ctx, g, 2)]
    it = civ(
        ctx,
        ctx.pick([p["roman"], f"{p['roman']} ({role(ctx, g)})", p["roman"].upper()]),
        ltype(ctx),
        tags,
        page(ctx, f"{p['roman']} / {p['script']}"),
        trained=[p["run"]],
        sexual=sx,
    )
    return it, lab(
        it,
        "public_figure",
        target=p["roman"],
        gender=g,
        sexual=sx,
        aliases=[p["script"], p["western"]],
    )


def t_east_asian_run_together(ctx: Ctx) -> Made:
    lang, g = ctx.pick(["zh", "ko", "ja"]), _ea_gender(ctx)
    p = ctx.east_asian(lang, g)
    it = civ(
        ctx,
        ctx.pick([f"{p['run']}_v1", f"{p['run']}-lora", p["run"]]),
        ltype(ctx),
        ["asian", "woman" if g == "female" else "man"],
        page(ctx, "idol face, enjoy~"),
        files=[f"{p['run']}.safetensors"],
        trained=[p["run"]],
    )
    return it, lab(
        it,
        "public_figure",
        target=p["roman"],
        gender=g,
        aliases=[p["run"], p["script"], p["western"]],
    )


def t_east_asian_camel(ctx: Ctx) -> Made:
    lang, g = ctx.pick(["zh", "ko", "ja"]), _ea_gender(ctx)
    p = ctx.east_asian(lang, g)
    it = civ(
        ctx,
        f"{p['camel']} | {ctx.pick(['Flux', 'SDXL', 'Pony'])}",
        ltype(ctx),
        gtags(ctx, g, 2),
        page(ctx, "Requested on discord"),
        trained=[p["camel"]],
    )
    return it, lab(
        it,
        "public_figure",
        target=p["roman"],
        gender=g,
        aliases=[p["camel"], p["western"], p["script"]],
    )


def t_east_asian_kanji_kana(ctx: Ctx) -> Made:
    p = ctx.east_asian("ja", "female")
    while not re.fullmatch(r"[\u3040-\u309f]+", p["giv_script"]):
        p = ctx.east_asian("ja", "female")
    it = civ(
        ctx,
        f"{p['fam_script']}{p['giv_script']}",
        ltype(ctx),
        ["japanese", "グラビア"],
        page(ctx, f"{p['fam_script']}{p['giv_script']}さんのLoRAです。彼女のファン向け。"),
        trained=[p["run"]],
    )
    return it, lab(
        it, "public_figure", target=p["script"], gender="female", aliases=[p["roman"], p["western"]]
    )


def t_script_and_roman(ctx: Ctx) -> Made:
    lang, g = ctx.pick(["zh", "ja", "ko"]), _ea_gender(ctx)
    p = ctx.east_asian(lang, g)
    name = ctx.pick(
        [
            f"{p['script']}（{p['roman']}）",
            f"{p['western']} {p['script']}",
            f"【{p['script']}】{p['roman']} LoRA",
        ]
    )
    it = civ(
        ctx,
        name,
        ltype(ctx),
        gtags(ctx, g, 2),
        page(ctx, "v2 more stable face"),
        trained=[p["run"]],
    )
    return it, lab(
        it, "public_figure", target=p["roman"], gender=g, aliases=[p["script"], p["western"]]
    )


def t_world_name(ctx: Ctx) -> Made:
    full, _, g = ctx.fresh(lambda: ctx.pick(ctx.v["WORLD"]), lambda x: x[0])
    sx = maybe_sexual(ctx)
    it = civ(
        ctx,
        ctx.pick([full, f"{full} - {role(ctx, g)}", f"LoRA {full}"]),
        ltype(ctx),
        gtags(ctx, g, 2),
        page(ctx, f"{full}, {role(ctx, g)}."),
        trained=[snake(full)],
        sexual=sx,
    )
    plain = full.translate(str.maketrans("ïëñíáéóÍÁ", "ieniaeoIA"))
    return it, lab(
        it,
        "public_figure",
        target=full,
        gender=g,
        sexual=sx,
        aliases=[plain] if plain != full else [],
    )


TRADE = {
    "ru": {"female": "актриса", "male": "актёр"},
    "hi": {"female": "अभिनेत्री", "male": "अभिनेता"},
    "ar": {"female": "ممثلة", "male": "ممثل"},
    "fa": {"female": "بازیگر زن", "male": "بازیگر مرد"},
    "ka": {"female": "მსახიობი ქალი", "male": "მსახიობი"},
}


def t_world_script_only(ctx: Ctx) -> Made:
    script, roman, g, lang = ctx.fresh(lambda: ctx.pick(ctx.v["SCRIPT_NAMES"]), lambda x: x[0])
    it = civ(
        ctx,
        f"{script} ({TRADE[lang][g]})",
        ltype(ctx),
        ["portrait", "realistic"],
        page(ctx, f"{script} — {TRADE[lang][g]}"),
        trained=[snake(roman)],
    )
    return it, lab(it, "public_figure", target=script, gender=g, aliases=[roman])


FOREIGN = {
    "es": (
        "Modelo LoRA de {n}, actriz mexicana. Ella aparece en telenovelas desde 2015. "
        "Entrenado con 50 fotos. Peso recomendado 0.8.",
        "female",
    ),
    "de": (
        "LoRA von {n}, der bekannten Moderatorin. Sie moderiert seit Jahren die Abendshow. "
        "Trainiert mit 40 Bildern.",
        "female",
    ),
    "fr": (
        "LoRA de {n}, chanteuse française. Elle est très connue au Québec aussi. "
        "Poids conseillé : 0,7.",
        "female",
    ),
    "pt": ("LoRA do {n}, apresentador brasileiro. Ele apresenta o programa de domingo.", "male"),
    "ru": ("Лора {n}, известная телеведущая. Она ведёт утреннее шоу. Вес 0.8.", "female"),
    "hi": ("{n} की LoRA। वह एक मशहूर अभिनेत्री है और कई फ़िल्मों में काम कर चुकी है।", "female"),
    "ar": ("لورا للممثلة {n}. هي ممثلة مشهورة في المسلسلات. الوزن المقترح 0.8", "female"),
    "it": ("LoRA di {n}, attrice italiana. Lei recita in molte fiction.", "female"),
}


def t_foreign_page(ctx: Ctx) -> Made:
    lang = ctx.pick(sorted(FOREIGN))
    text, g = FOREIGN[lang]
    gv, fam = ctx.western(g)
    full = f"{gv} {fam}"
    it = civ(
        ctx,
        ctx.pick([full, f"{full} v1", f"{fam} {gv}"])
        if ctx.chance(0.5)
        else ctx.pick(["Retrato", "Porträt v2", "Visage", "Лицо 2"]),
        ltype(ctx),
        ["portrait"],
        page(ctx, text.format(n=full), extra=0),
        trained=[snake(full)],
    )
    return it, lab(it, "public_figure", target=full, gender=g)


def t_pronoun_foreign(ctx: Ctx) -> Made:
    g = gender_of(ctx, 0.6)
    gv, fam = ctx.western(g)
    full = f"{gv} {fam}"
    line = ctx.pick(
        [
            "Ella es presentadora del tiempo.",
            "Sie ist Sängerin.",
            "Elle est journaliste.",
            "她是一位主持人。",
            "그녀는 가수입니다.",
        ]
        if g == "female"
        else ["Él es futbolista.", "Er ist Schauspieler.", "Il est humoriste.", "他是一位主持人。"]
    )
    it = civ(ctx, full, ltype(ctx), ["portrait"], page(ctx, line), trained=[snake(full)])
    return it, lab(it, "public_figure", target=full, gender=g)


def t_name_only_no_cue(ctx: Ctx) -> Made:
    g = gender_of(ctx, 0.7)
    gv, fam = ctx.western(g)
    full = f"{gv} {fam}"
    it = civ(ctx, full, ltype(ctx), [], "", trained=[snake(full)])
    return it, lab(it, "public_figure", target=full, gender=g)


def t_male_with_female_tags(ctx: Ctx) -> Made:
    gv, fam = ctx.western("male")
    full = f"{gv} {fam}"
    it = civ(
        ctx,
        f"{full} ({ctx.pick(['actor', 'footballer', 'singer'])})",
        ltype(ctx),
        ["girl", "woman", "celebrity"],
        page(ctx, f"{full}. He won the league in 2021."),
        trained=[snake(full)],
    )
    return it, lab(it, "public_figure", target=full, gender="male")


def t_live_action_role(ctx: Ctx) -> Made:
    g = gender_of(ctx, 0.8)
    gv, fam = ctx.western(g)
    actor = f"{gv} {fam}"
    show = ctx.pick(ctx.v["SHOWS"])
    rolename = (
        ctx.pick(ctx.v["ROLES_F"])
        if g == "female"
        else f"Sergeant {ctx.pick(['Holm', 'Brask', 'Voyle'])}"
    )
    desc = page(
        ctx,
        f"{rolename} from <i>{show}</i> (TV series, season 2), played by {actor}.",
        "Trained on screencaps only.",
    )
    mtype = ctx.pick(["LORA", "LORA", "Checkpoint"])
    it = civ(
        ctx,
        f"{rolename} ({show})",
        mtype,
        ["character", "tv series", "live action", "woman" if g == "female" else "man"],
        desc,
        trained=[snake(rolename)],
    )
    return it, lab(it, "public_figure", target=actor, gender=g)


def t_live_action_disclaimer(ctx: Ctx) -> Made:
    g = "female"
    gv, fam = ctx.western(g)
    actor = f"{gv} {fam}"
    show = ctx.pick(ctx.v["SHOWS"])
    rolename = ctx.pick(ctx.v["ROLES_F"])
    desc = page(
        ctx,
        f"{rolename} as portrayed by {actor} in {show}.",
        "<p><b>Disclaimer:</b> this is a fictional character. No real person is depicted "
        "or intended.</p>",
    )
    it = civ(
        ctx,
        f"{rolename} | {show}",
        "LORA",
        ["character", "movie", "woman"],
        desc,
        trained=[snake(rolename)],
    )
    return it, lab(it, "public_figure", target=actor, gender=g)


def t_kdrama_role(ctx: Ctx) -> Made:
    p = ctx.east_asian("ko", "female")
    ko_show, en_show = ctx.v["KDRAMAS"]
    desc = page(ctx, f"Heroine of the K-drama {en_show} ({ko_show}). 배우: {p['script']}")
    it = civ(
        ctx,
        f"{en_show} heroine",
        "LORA",
        ["character", "kdrama", "korean", "woman"],
        desc,
        trained=[snake(en_show) + "_heroine"],
    )
    return it, lab(
        it, "public_figure", target=p["script"], gender="female", aliases=[p["roman"], p["western"]]
    )


def t_named_blend(ctx: Ctx) -> Made:
    a = " ".join(ctx.western("female"))
    b = " ".join(ctx.western("female"))
    sx = maybe_sexual(ctx)
    it = civ(
        ctx,
        ctx.pick([f"{a} x {b} blend", f"Mix of {a} & {b}", f"{a.split()[1]}{b.split()[1]} mix"]),
        ltype(ctx),
        ["woman", "celebrity", "blend"],
        page(ctx, f"50/50 mix of {a} and {b}. Two of my favourite actresses."),
        trained=["blendface"],
        sexual=sx,
    )
    return it, lab(it, "public_figure", target=a, gender="female", targets=[a, b], sexual=sx)


def t_aio_pack(ctx: Ctx) -> Made:
    people = [" ".join(ctx.western("female")) for _ in range(3)]
    vers = [
        {
            "name": p,
            "desc": f"<p>{p}, trigger {snake(p)}</p>",
            "trained": [snake(p)],
            "files": [f"{snake(p)}.safetensors"],
            "prompts": [],
        }
        for p in people
    ]
    it = civ(
        ctx,
        ctx.pick(["AIO actress pack vol.3", "Newsroom ladies AIO", "Celeb pack 2025"]),
        "LORA",
        ["celebrity", "woman", "pack"],
        page(ctx, "All-in-one pack, one per version."),
        versions=vers,
    )
    return it, lab(it, "public_figure", target=people[0], gender="female", targets=people)


def t_bounty(ctx: Ctx) -> Made:
    g = gender_of(ctx, 0.85)
    gv, fam = ctx.western(g)
    full = f"{gv} {fam}"
    n = ctx.rng.randint(4000, 99000)
    desc = page(
        ctx,
        f'Entry for bounty #{n}: <i>"Need a good {full} LoRA, 5k buzz"</i>.',
        "Hope the poster likes it, feedback in the bounty thread.",
    )
    it = civ(
        ctx,
        ctx.pick([f"[Bounty] {full}", f"Bounty #{n} entry", f"{full} (bounty)"]),
        "LORA",
        ["bounty", *gtags(ctx, g, 1)],
        desc,
        trained=[snake(full)],
    )
    return it, lab(it, "public_figure", target=full, gender=g)


def t_request(ctx: Ctx) -> Made:
    g = gender_of(ctx)
    gv, fam = ctx.western(g)
    full = f"{gv} {fam}"
    it = civ(
        ctx,
        f"{full} (request)",
        ltype(ctx),
        gtags(ctx, g, 2),
        page(
            ctx,
            f"Requested by @{ctx.pick(ctx.v['CREATORS'])}. Took a while to find good "
            "photos, tell me if the likeness is off.",
        ),
        trained=[snake(full)],
    )
    return it, lab(it, "public_figure", target=full, gender=g)


def t_role_surname(ctx: Ctx) -> Made:
    g = gender_of(ctx, 0.7)
    _, fam = ctx.western(g)
    rolew = ctx.pick(
        ["Anchorwoman", "Weather girl", "Senator"]
        if g == "female"
        else ["Coach", "Anchorman", "Goalkeeper"]
    )
    it = civ(
        ctx,
        f"{rolew} {fam} (Channel 9)",
        ltype(ctx),
        gtags(ctx, g, 2),
        page(
            ctx,
            f"The one from the evening news. Everyone calls {PRON[g][1] if g == 'male' else 'her'} "
            f"{rolew} {fam}.",
        ),
        trained=[f"{fam.lower()}_news"],
    )
    return it, lab(it, "public_figure", target=fam, gender=g)


def t_adult_youth_words(ctx: Ctx) -> Made:
    lang = ctx.pick(["ja", "ko", "zh"])
    p = ctx.east_asian(lang, "female")
    age = ctx.rng.randint(21, 33)
    desc = page(
        ctx,
        ctx.pick(
            [
                f"{p['roman']} ({age}), cute petite idol look. She debuted as a solo singer.",
                f"School uniform photoshoot set of {p['roman']}, born {2025 - age}, "
                f"so {age} years old. "
                "Kawaii style.",
                f"{p['script']} ({age}歳) — young-looking gravure idol, adult.",
            ]
        ),
    )
    it = civ(
        ctx,
        f"{p['roman']} | cute",
        "LORA",
        ["asian", "cute", "young", "woman"],
        desc,
        trained=[p["run"]],
    )
    return it, lab(
        it, "public_figure", target=p["roman"], gender="female", aliases=[p["script"], p["western"]]
    )


def t_adult_youth_words_western(ctx: Ctx) -> Made:
    gv, fam = ctx.western("female")
    age = ctx.rng.randint(20, 29)
    line = ctx.pick(
        [
            f"{gv} {fam} ({age}), petite fitness model. Cheerleader-themed photoshoot, all adult.",
            f"Cute girl-next-door look of {gv} {fam}, born {2024 - age}. She is a presenter.",
        ]
    )
    it = civ(
        ctx,
        f"{gv} {fam} — cute",
        "LORA",
        ["cute", "petite", "woman"],
        page(ctx, line),
        trained=[snake(f"{gv} {fam}")],
    )
    return it, lab(it, "public_figure", target=f"{gv} {fam}", gender="female")


def t_dreambooth_checkpoint(ctx: Ctx) -> Made:
    g = gender_of(ctx)
    gv, fam = ctx.western(g)
    full = f"{gv} {fam}"
    w = "woman" if g == "female" else "man"
    it = civ(
        ctx,
        f"{full} Dreambooth",
        "Checkpoint",
        gtags(ctx, g, 2),
        page(
            ctx,
            f"Full Dreambooth model of {full}. Token: <code>sks {w}</code>. VAE and "
            "config included for convenience.",
        ),
        trained=[f"sks {w}"],
        files=[f"{snake(full)}_dreambooth.ckpt"],
        extra_files=[STOCK_VAE, STOCK_YAML],
    )
    return it, lab(it, "public_figure", target=full, gender=g)


def t_flagged_2025(ctx: Ctx) -> Made:
    g = gender_of(ctx)
    gv, fam = ctx.western(g)
    full = f"{gv} {fam}"
    it = civ(
        ctx,
        ctx.pick([f"{full} [Early Access]", f"{full} | Illustrious realism", full]),
        ltype(ctx),
        [],
        page(ctx, "Early access for 3 days, then free for everyone ❤️"),
        trained=[snake(full)],
        poi=True,
        era="2025",
    )
    for v in it["modelVersions"]:
        v["availability"] = "EarlyAccess"
    return it, lab(it, "public_figure", target=full, gender=g)


def t_minor_cue(ctx: Ctx) -> Made:
    g = gender_of(ctx, 0.7)
    gv, fam = ctx.western(g)
    full = f"{gv} {fam}"
    age = ctx.rng.randint(11, 16)
    line = ctx.pick(
        [
            f"{full}, child {'actress' if g == 'female' else 'actor'} from a family sitcom, "
            f"{age} years old. Portrait only.",
            f"{full} ({age}yo), junior high student and junior figure skater. Headshots only.",
            f"{full}, age {age}, teen chess champion — press photos.",
        ]
    )
    it = civ(
        ctx,
        full,
        "LORA",
        ["portrait"],
        page(ctx, line, extra=0),
        trained=[snake(full)],
        minor_flag=ctx.chance(0.4),
        era=ctx.pick(["2023", "2025"]),
    )
    return it, lab(it, "public_figure", target=full, gender=g, minor=True)


# new shapes -----------------------------------------------------------------------------------


def t_name_in_link_url(ctx: Ctx) -> Made:
    g = gender_of(ctx)
    gv, fam = ctx.western(g)
    full = f"{gv} {fam}"
    url = ctx.pick(
        [f"https://en.wikipedia.org/wiki/{gv}_{fam}", f"https://www.imdb.com/find/?q={gv}+{fam}"]
    )
    desc = page(
        ctx, f'Who is this? <a href="{url}" rel="ugc">click here</a> 😉', "Trained on 45 photos."
    )
    it = civ(
        ctx,
        ctx.pick(["Mystery celeb #4", "Guess who v2", "TV face 11"]),
        ltype(ctx),
        gtags(ctx, g, 2),
        desc,
        trained=["guesswho"],
    )
    return it, lab(it, "public_figure", target=full, gender=g)


def t_middle_initial(ctx: Ctx) -> Made:
    g = gender_of(ctx)
    gv, fam = ctx.western(g)
    mid = ctx.pick("BJLMRT")
    it = civ(
        ctx,
        f"{gv} {mid}. {fam}",
        ltype(ctx),
        gtags(ctx, g, 2),
        page(ctx, f"{gv} {mid}. {fam}, {role(ctx, g)}."),
        trained=[f"{gv}{fam}".lower()],
    )
    return it, lab(
        it, "public_figure", target=f"{gv} {fam}", gender=g, aliases=[f"{gv} {mid}. {fam}"]
    )


def t_double_surname(ctx: Ctx) -> Made:
    g = gender_of(ctx)
    gv, f1 = ctx.western(g)
    f2 = ctx.pick(ctx.v["SYL_START"]) + ctx.pick(ctx.v["SYL_END"])
    full = ctx.pick([f"{gv} {f1}-{f2}", f"{gv} {f1} y {f2}"])
    line = "Actriz y presentadora." if g == "female" else "Actor y presentador."
    it = civ(ctx, full, ltype(ctx), gtags(ctx, g, 2), page(ctx, line), trained=[snake(full)])
    return it, lab(it, "public_figure", target=full, gender=g, aliases=[f"{gv} {f1}"])


def t_era_versions(ctx: Ctx) -> Made:
    g = gender_of(ctx)
    gv, fam = ctx.western(g)
    full = f"{gv} {fam}"
    vers = [
        {
            "name": f"{y} era",
            "desc": f"<p>{y}s look</p>",
            "trained": [f"{snake(full)}_{y}"],
            "files": [f"{snake(full)}_{y}.safetensors"],
            "prompts": [],
        }
        for y in (1998, 2012)
    ]
    it = civ(
        ctx,
        f"{full} (multiple eras)",
        "LORA",
        gtags(ctx, g, 2),
        page(
            ctx,
            "Each version covers one era of her career."
            if g == "female"
            else "Each version covers one era of his career.",
        ),
        versions=vers,
    )
    return it, lab(it, "public_figure", target=full, gender=g)


def t_video_lora(ctx: Ctx) -> Made:
    g = gender_of(ctx)
    gv, fam = ctx.western(g)
    full = f"{gv} {fam}"
    w = "woman" if g == "female" else "man"
    it = civ(
        ctx,
        f"{full} — Wan 2.1 video LoRA",
        "LORA",
        ["video", "wan", *gtags(ctx, g, 1)],
        page(
            ctx,
            f"Video LoRA. Prompt like: <i>{snake(full)} {w} walking in the rain, slow motion</i>",
        ),
        trained=[snake(full)],
        era="2025",
        base="Wan Video 14B t2v",
    )
    return it, lab(it, "public_figure", target=full, gender=g)


def t_denial_disclaimer(ctx: Ctx) -> Made:
    g = "female"
    gv, fam = ctx.western(g)
    full = f"{gv} {fam}"
    it = civ(
        ctx,
        f"Not {full} 😉",
        ltype(ctx),
        ["woman", "lookalike"],
        page(
            ctx,
            f"This is definitely NOT {full}. Any resemblance is purely coincidental "
            "(wink). Trained on 40 photos of her.",
        ),
        trained=[f"not{fam.lower()}"],
    )
    return it, lab(it, "public_figure", target=full, gender=g)


def t_desc_table(ctx: Ctx) -> Made:
    g = gender_of(ctx)
    gv, fam = ctx.western(g)
    full = f"{gv} {fam}"
    table = (
        "<table><tr><th>Subject</th><td>" + full + "</td></tr><tr><th>Images</th><td>62"
        "</td></tr><tr><th>Steps</th><td>2400</td></tr></table>"
    )
    it = civ(
        ctx,
        ctx.pick(["Dataset card #8", "Portrait LoRA (see table)", "FR-22"]),
        ltype(ctx),
        gtags(ctx, g, 2),
        page(ctx, table),
        trained=["fr22"],
    )
    return it, lab(it, "public_figure", target=full, gender=g)


def t_flux_caption_trigger(ctx: Ctx) -> Made:
    g = gender_of(ctx)
    gv, fam = ctx.western(g)
    full = f"{gv} {fam}"
    w = "woman" if g == "female" else "man"
    it = civ(
        ctx,
        ctx.pick(["Flux portrait LoRA 03", "FLUX face — caption trained"]),
        "LORA",
        ["flux", "portrait"],
        page(ctx, "Natural language captions, use the sentence."),
        trained=[f"a photo of {full}, a {w} with brown hair"],
        era="2025",
        base="Flux.1 D",
    )
    return it, lab(it, "public_figure", target=full, gender=g)


def t_caps_no_hyphen(ctx: Ctx) -> Made:
    p = ctx.east_asian("ko", "female")
    caps = f"{p['family'].upper()} {p['given'].replace('-', '').upper()}"
    it = civ(
        ctx,
        f"{caps} [KPOP]",
        ltype(ctx),
        ["kpop", "idol", "여자"],
        page(ctx, "kpop idol"),
        trained=[p["run"]],
    )
    return it, lab(
        it,
        "public_figure",
        target=p["roman"],
        gender="female",
        aliases=[caps, p["script"], p["western"]],
    )


def t_alt_text(ctx: Ctx) -> Made:
    g = gender_of(ctx)
    gv, fam = ctx.western(g)
    full = f"{gv} {fam}"
    desc = page(
        ctx,
        f'<img src="https://i.imgur.com/abc.jpg" alt="{full} at the premiere">',
        "Sample above.",
    )
    it = civ(ctx, "Premiere look v1", ltype(ctx), gtags(ctx, g, 2), desc, trained=["prem_look"])
    return it, lab(it, "public_figure", target=full, gender=g)


def t_crosspost(ctx: Ctx) -> Made:
    g = gender_of(ctx)
    gv, fam = ctx.western(g)
    full = f"{gv} {fam}"
    desc = page(
        ctx,
        f"x-post from r/StableDiffusion — u/{ctx.pick(ctx.v['CREATORS'])} asked for "
        f"{full}, so I retrained the old one for SDXL.",
    )
    it = civ(
        ctx,
        "SDXL retrain (reddit request)",
        ltype(ctx),
        gtags(ctx, g, 2),
        desc,
        trained=["rtr_face"],
    )
    return it, lab(it, "public_figure", target=full, gender=g)


def t_hf_slug(ctx: Ctx) -> Made:
    g = gender_of(ctx)
    gv, fam = ctx.western(g)
    full = f"{gv} {fam}"
    slug = ctx.pick([f"{gv}-{fam}".lower(), f"{gv}{fam}-flux-lora".lower(), f"{snake(full)}_sdxl"])
    sx = maybe_sexual(ctx, 0.12)
    it = hf(
        ctx,
        f"{ctx.pick(ctx.v['CREATORS'])}/{slug}",
        ["flux", "person"],
        instance=f"{snake(full)} {'woman' if g == 'female' else 'man'}",
        sexual=sx,
    )
    return it, lab(it, "public_figure", target=full, gender=g, sexual=sx, platform="huggingface")


def t_hf_widget_prompt(ctx: Ctx) -> Made:
    g = gender_of(ctx)
    gv, fam = ctx.western(g)
    full = f"{gv} {fam}"
    w = "woman" if g == "female" else "man"
    it = hf(
        ctx,
        f"{ctx.pick(ctx.v['CREATORS'])}/portrait-lora-{ctx.rng.randint(2, 40)}",
        ["portrait"],
        instance="p0rtr41t",
        widgets=[
            f"p0rtr41t, {full}, a {w} on a balcony at sunset",
            "p0rtr41t, close-up, studio light",
        ],
    )
    return it, lab(it, "public_figure", target=full, gender=g, platform="huggingface")


def t_hf_link_only(ctx: Ctx) -> Made:
    g = gender_of(ctx)
    gv, fam = ctx.western(g)
    full = f"{gv} {fam}"
    cid = ctx.rng.randint(100000, 1900000)
    it = hf(
        ctx,
        f"civarchive-{ctx.rng.randint(1, 9)}/{cid}",
        [],
        card={"source": f"https://civitai.com/models/{cid}/{gv.lower()}-{fam.lower()}"},
    )
    return it, lab(it, "public_figure", target=full, gender=g, platform="huggingface")


def t_hf_sibling_only(ctx: Ctx) -> Made:
    g = gender_of(ctx)
    gv, fam = ctx.western(g)
    full = f"{gv} {fam}"
    it = hf(
        ctx,
        f"{ctx.pick(ctx.v['CREATORS'])}/lora-dump-{ctx.rng.randint(1, 30)}",
        [],
        siblings=[f"{snake(full)}-000010.safetensors", f"{snake(full)}.safetensors"],
    )
    return it, lab(it, "public_figure", target=full, gender=g, platform="huggingface")


def t_hf_east_asian(ctx: Ctx) -> Made:
    lang, g = ctx.pick(["zh", "ko", "ja"]), _ea_gender(ctx)
    p = ctx.east_asian(lang, g)
    it = hf(
        ctx,
        f"{ctx.pick(ctx.v['CREATORS'])}/{p['run']}-lora",
        ["asian"],
        instance=f"{p['run']}, {'1girl' if g == 'female' else '1boy'}",
    )
    return it, lab(
        it,
        "public_figure",
        target=p["roman"],
        gender=g,
        platform="huggingface",
        aliases=[p["run"], p["western"], p["script"]],
    )


def t_stage_name_born(ctx: Ctx) -> Made:
    stage = ctx.fresh(lambda: ctx.pick(ctx.v["STAGE"]), str)
    gv, fam = ctx.western("female")
    it = civ(
        ctx,
        f"{stage} (singer)",
        ltype(ctx),
        ["singer", "woman"],
        page(ctx, f"{stage} (born {gv} {fam}) is a pop singer. Trained on 70 stage photos."),
        trained=[stage.lower()],
    )
    return it, lab(it, "public_figure", target=stage, gender="female", aliases=[f"{gv} {fam}"])


def t_prompt_weight_syntax(ctx: Ctx) -> Made:
    g = gender_of(ctx)
    gv, fam = ctx.western(g)
    key = f"{gv}{fam}".lower()
    w = "1girl" if g == "female" else "1boy"
    it = civ(
        ctx,
        ctx.pick(["Face helper 21", "Portrait booster", "LoRA #33"]),
        ltype(ctx),
        ["portrait"],
        page(
            ctx,
            f"Sample prompt: <code>masterpiece, photo, ({key}:1.2), {w}, upper body, "
            "film grain</code>",
        ),
        trained=[],
    )
    return it, lab(it, "public_figure", target=f"{gv} {fam}", gender=g, aliases=[key])


PARTICLE = {"ko": ["님 LoRA", "의 얼굴", "씨"], "ja": ["ちゃん", "さんLoRA", "の顔"]}


def t_script_with_particle(ctx: Ctx) -> Made:
    lang = ctx.pick(["ko", "ja"])
    p = ctx.east_asian(lang, "female")
    part = ctx.pick(PARTICLE[lang])
    it = civ(
        ctx,
        f"{p['script']}{part}",
        ltype(ctx),
        ["여자" if lang == "ko" else "女性", "idol"],
        page(
            ctx, f"{p['script']}{part} — 팬 메이드" if lang == "ko" else f"{p['script']}{part}です"
        ),
        trained=[p["run"]],
    )
    return it, lab(
        it,
        "public_figure",
        target=p["script"],
        gender="female",
        aliases=[p["roman"], p["western"], p["run"]],
    )


# online creators --------------------------------------------------------------------------------


def t_creator_handle(ctx: Ctx) -> Made:
    h = ctx.fresh(lambda: ctx.pick(ctx.v["HANDLES"]), str)
    sx = maybe_sexual(ctx, 0.25)
    it = civ(
        ctx,
        f"@{h} (TikTok)",
        ltype(ctx),
        ["instagram", "tiktok", "woman"],
        page(ctx, f"TikTok creator @{h}, 1.2M followers. She posts outfit videos."),
        trained=[h.replace(".", "_")],
        sexual=sx,
    )
    return it, lab(it, "online_creator", target=f"@{h}", gender="female", sexual=sx, aliases=[h])


def t_male_streamer(ctx: Ctx) -> Made:
    h = ctx.fresh(lambda: ctx.pick(ctx.v["MALE_HANDLES"]), str)
    it = civ(
        ctx,
        f"{h} — Twitch streamer",
        ltype(ctx),
        ["streamer", "man"],
        page(ctx, f"{h} streams speedruns on Twitch. He has a beard in v2."),
        trained=[h],
    )
    return it, lab(it, "online_creator", target=h, gender="male")


def t_cosplayer_photos(ctx: Ctx) -> Made:
    h = ctx.fresh(lambda: ctx.pick(ctx.v["HANDLES"]), str)
    char, _ = ctx.pick(ctx.v["ANIME_CHARS"])
    it = civ(
        ctx,
        f"{char} cosplay by {h}",
        "LORA",
        ["character", "anime", "cosplay", "woman"],
        page(ctx, f"Trained on {h}'s cosplay photoshoots (real photos) as {char}."),
        trained=[f"{snake(char)}_cos"],
    )
    return it, lab(it, "online_creator", target=h, gender="female")


def t_creator_east_asian(ctx: Ctx) -> Made:
    lang = ctx.pick(["zh", "ko"])
    p = ctx.east_asian(lang, "female")
    word = "抖音网红" if lang == "zh" else "인스타 인플루언서"
    it = civ(
        ctx,
        f"{p['script']} {word}",
        "LORA",
        ["influencer", "asian"],
        page(
            ctx,
            f"{word} {p['script']}。粉丝很多。"
            if lang == "zh"
            else f"{word} {p['script']} 님. 팔로워 50만.",
        ),
        trained=[p["run"]],
    )
    return it, lab(
        it,
        "online_creator",
        target=p["script"],
        gender="female",
        aliases=[p["roman"], p["western"]],
    )


def t_creator_linktree(ctx: Ctx) -> Made:
    h = ctx.fresh(lambda: ctx.pick(ctx.v["HANDLES"]), str)
    it = civ(
        ctx,
        "My favourite tiktoker",
        ltype(ctx),
        ["tiktok"],
        page(ctx, f'<a href="https://linktr.ee/{h}">her links</a> — go follow her!'),
        trained=["fav_tiktoker"],
    )
    return it, lab(it, "online_creator", target=h, gender="female")


def t_creator_no_gender_cue(ctx: Ctx) -> Made:
    h = ctx.fresh(lambda: ctx.pick(ctx.v["HANDLES"]), str)
    it = civ(
        ctx,
        f"{h} (cosplayer)",
        ltype(ctx),
        ["cosplay", "instagram"],
        page(ctx, f"Instagram cosplayer @{h} (they/them). Photos from their public feed."),
        trained=[h.replace(".", "_")],
    )
    return it, lab(it, "online_creator", target=f"@{h}", gender="unknown", aliases=[h])


# private people ---------------------------------------------------------------------------------


def t_private(ctx: Ctx) -> Made:
    choice = ctx.rng.randint(0, 3)
    if choice == 0:
        it = civ(
            ctx,
            "my wife lora",
            "LORA",
            ["woman"],
            page(ctx, "Trained on 30 pics of my wife, with her permission."),
            trained=["mywife"],
        )
        return it, lab(it, "private_person", target=None, gender="female")
    name = ctx.pick(ctx.v["FEMALE"])
    if choice == 1:
        it = civ(
            ctx,
            f"{name} (gf) v2",
            "LORA",
            ["woman"],
            page(ctx, f"My girlfriend {name}. Private use, dont reupload."),
            trained=[name.lower()],
        )
        return it, lab(it, "private_person", target=name, gender="female")
    if choice == 2:
        m = ctx.pick(ctx.v["MALE"])
        it = civ(
            ctx,
            f"{m} — my brother in law",
            "LORA",
            ["man"],
            page(ctx, "Birthday meme pics for him, lol"),
            trained=[m.lower()],
        )
        return it, lab(it, "private_person", target=m, gender="male")
    it = civ(
        ctx,
        f"coworker {name[0]}.",
        "LORA",
        ["woman", "office"],
        page(ctx, f"A coworker, {name[0]}. She agreed, it's for the farewell card."),
        trained=[f"{name[0].lower()}_office"],
    )
    return it, lab(it, "private_person", target=f"{name[0]}.", gender="female")


def t_private_foreign(ctx: Ctx) -> Made:
    name = ctx.pick(ctx.v["FEMALE"])
    line = ctx.pick(
        [
            f"Meine Frau {name}, nur für private Bilder.",
            f"Mi novia {name} 💕",
            f"我老婆{name}的照片训练的",
            f"Ma copine {name}, usage privé.",
        ]
    )
    it = civ(ctx, f"{name} lora", "LORA", [], page(ctx, line), trained=[name.lower()])
    return it, lab(it, "private_person", target=name, gender="female")


def t_private_unknown(ctx: Ctx) -> Made:
    it = civ(
        ctx,
        "partner lora",
        "LORA",
        ["person"],
        page(ctx, "My partner, trained on their photos for an anniversary gift."),
        trained=["prtnr"],
    )
    return it, lab(it, "private_person", target=None, gender="unknown")


def t_private_commission(ctx: Ctx) -> Made:
    name = ctx.pick(ctx.v["FEMALE"])
    it = civ(
        ctx,
        f"Commission: {name}",
        "LORA",
        ["commission"],
        page(
            ctx,
            f"Commissioned by a client — his fiancée {name}. Not a public person, "
            "shared with consent.",
        ),
        trained=[f"{name.lower()}_c"],
    )
    return it, lab(it, "private_person", target=name, gender="female")


def t_hf_private(ctx: Ctx) -> Made:
    name = ctx.pick(ctx.v["MALE"] + ctx.v["FEMALE"])
    g = "male" if name in ctx.v["MALE"] else "female"
    it = hf(
        ctx,
        f"{name.lower()}{ctx.rng.randint(80, 99)}/me-dreambooth",
        ["dreambooth"],
        instance=f"photo of sks {'man' if g == 'male' else 'woman'}, me, {name}",
    )
    return it, lab(it, "private_person", target=name, gender=g, platform="huggingface")


# hard negatives ---------------------------------------------------------------------------------


def _neg(
    ctx: Ctx,
    kind: str,
    name: str,
    mtype: str,
    tags: list[str],
    desc: str,
    sexual: bool = False,
    **kw: Any,
) -> Made:
    it = civ(ctx, name, mtype, tags, desc, sexual=sexual, **kw)
    return it, lab(it, kind, sexual=sexual)


def t_anime_character(ctx: Ctx) -> Made:
    (char, _), fr = ctx.pick(ctx.v["ANIME_CHARS"]), ctx.pick(ctx.v["FRANCHISES"])
    sx = ctx.chance(0.25)
    return _neg(
        ctx,
        "character_anime",
        f"{char} ({fr})",
        "LORA",
        ["character", "anime", "1girl", "woman"],
        page(ctx, f"{char} from the anime {fr}. Outfits: school, casual, battle."),
        sexual=sx,
        trained=[snake(char), "1girl"],
    )


def t_anime_no_tag(ctx: Ctx) -> Made:
    (char, _), fr = ctx.pick(ctx.v["ANIME_CHARS"]), ctx.pick(ctx.v["FRANCHISES"])
    return _neg(
        ctx,
        "character_anime",
        char,
        "LORA",
        ["girl", "illustration"],
        page(ctx, f"She is the heroine of the light novel {fr}."),
        trained=[snake(char)],
        base="Illustrious",
    )


def t_anime_script_name(ctx: Ctx) -> Made:
    opts = [c for c in ctx.v["ANIME_CHARS"] if c[1]]
    char, script = ctx.pick(opts)
    fr = ctx.pick(ctx.v["FRANCHISES"])
    return _neg(
        ctx,
        "character_anime",
        f"{script} | {fr}",
        "LORA",
        ["anime", "キャラクター"],
        page(ctx, f"{script}（{fr}）のキャラクターLoRAです。"),
        trained=[snake(char)],
    )


def t_anime_cv_credit(ctx: Ctx) -> Made:
    (char, _), fr = ctx.pick(ctx.v["ANIME_CHARS"]), ctx.pick(ctx.v["FRANCHISES"])
    p = ctx.east_asian("ja", "female")
    return _neg(
        ctx,
        "character_anime",
        f"{char} [{fr}]",
        "LORA",
        ["character", "anime"],
        page(ctx, f"{char} — CV: {p['roman']} ({p['script']}). Season 2 design."),
        trained=[snake(char)],
    )


def t_hf_anime_character(ctx: Ctx) -> Made:
    (char, _), _fr = ctx.pick(ctx.v["ANIME_CHARS"]), ctx.pick(ctx.v["FRANCHISES"])
    it = hf(
        ctx,
        f"{ctx.pick(ctx.v['CREATORS'])}/{char.lower().replace(' ', '-')}-illustrious",
        ["anime", "character"],
        instance=f"{snake(char)}, 1girl, anime screencap",
        base="OnomaAIResearch/Illustrious-xl-early-release-v0",
    )
    return it, lab(it, "character_anime", platform="huggingface")


def t_vtuber(ctx: Ctx) -> Made:
    vt = ctx.pick(ctx.v["VTUBERS"])
    return _neg(
        ctx,
        "character_vtuber",
        f"{vt} (VTuber)",
        "LORA",
        ["vtuber", "character"],
        page(ctx, f"{vt}'s model, both the v1 and v2 Live2D outfits."),
        trained=[snake(vt)],
    )


def t_game_npc(ctx: Ctx) -> Made:
    npc, fr = ctx.pick(ctx.v["GAME_NPCS"]), ctx.pick(ctx.v["FRANCHISES"])
    return _neg(
        ctx,
        "character_western",
        f"{npc} - {fr} (game)",
        "LORA",
        ["game character", "character", "video game"],
        page(ctx, f"The blacksmith NPC {npc} from the RPG {fr}. Rendered 3D look."),
        trained=[snake(npc)],
    )


def t_painter_style(ctx: Ctx) -> Made:
    p = ctx.pick(ctx.v["PAINTERS"])
    return _neg(
        ctx,
        "artist_style",
        ctx.pick([f"{p} style", f"In the style of {p}", p]),
        "LORA",
        ["style", "art style", "painting"],
        page(ctx, f"Oil painting style of {p} (1871–1930): muted colours, thick brush."),
        trained=[f"{snake(p)} style"],
    )


def t_photographer_style(ctx: Ctx) -> Made:
    p = ctx.pick(ctx.v["PHOTOGRAPHERS"])
    return _neg(
        ctx,
        "artist_style",
        f"{p} photography style",
        "LORA",
        ["style", "photography"],
        page(ctx, f"Fashion photography look of {p}: hard flash, pastel backdrops."),
        trained=[f"{snake(p)}_photo"],
    )


def t_famous_painting(ctx: Ctx) -> Made:
    p = ctx.pick(ctx.v["PAINTERS"])
    title = ctx.pick(["The Lady with the Heron", "Girl at the Window", "Portrait of a Weaver"])
    return _neg(
        ctx,
        "artist_style",
        f"{title} (painting)",
        "LORA",
        ["painting", "classical"],
        page(ctx, f"Recreates the composition of {p}'s painting <i>{title}</i>."),
        trained=["heron_lady"],
    )


def t_checkpoint(ctx: Ctx) -> Made:
    ck = ctx.pick(ctx.v["CHECKPOINTS"])
    sx = ctx.chance(0.4)
    extra = [STOCK_VAE] + ([STOCK_YAML] if ctx.chance(0.4) else [])
    return _neg(
        ctx,
        "checkpoint_realistic",
        f"{ck} v{ctx.rng.randint(2, 9)}",
        "Checkpoint",
        ["photorealistic", "base model", "realistic", "woman"],
        page(ctx, "Realistic general purpose checkpoint. Good skin, good hands (mostly)."),
        sexual=sx,
        extra_files=extra,
        poi=ctx.chance(0.15),
    )


def t_checkpoint_merge(ctx: Ctx) -> Made:
    ck = ctx.pick(ctx.v["CHECKPOINTS"])
    other = ctx.pick(ctx.v["CHECKPOINTS"])
    return _neg(
        ctx,
        "checkpoint_realistic",
        f"{ck} x {other} merge",
        "Checkpoint",
        ["merge", "photorealistic"],
        page(
            ctx,
            f"Recipe: {ck} 0.6 + {other} 0.4 (weighted sum), then add-diff "
            "with an inpainting model.",
        ),
    )


def t_person_named_checkpoint(ctx: Ctx) -> Made:
    ck = ctx.pick(ctx.v["NAMED_CHECKPOINTS"])
    return _neg(
        ctx,
        "checkpoint_realistic",
        f"{ck} v{ctx.rng.randint(1, 7)}",
        "Checkpoint",
        ["photorealistic", "woman", "portrait"],
        page(ctx, f"{ck} is a merge for pretty faces. Not based on any person."),
    )


def t_hf_checkpoint(ctx: Ctx) -> Made:
    ck = ctx.pick(ctx.v["CHECKPOINTS"]).lower().replace(" ", "-")
    it = hf(
        ctx,
        f"{ctx.pick(ctx.v['CREATORS'])}/{ck}",
        ["photorealistic"],
        siblings=[f"{ck}.safetensors"],
        base="stabilityai/stable-diffusion-xl-base-1.0",
    )
    it["tags"] = [t for t in it["tags"] if t not in ("lora", "template:sd-lora")]
    return it, lab(it, "checkpoint_realistic", platform="huggingface")


def t_clothing(ctx: Ctx) -> Made:
    c = ctx.pick(
        [
            "hanbok",
            "qipao",
            "sailor dress",
            "leather biker jacket",
            "tennis skirt set",
            "lingerie set",
            "wedding dress",
            "office suit",
        ]
    )
    sx = c == "lingerie set"
    return _neg(
        ctx,
        "clothing",
        f"{c.title()} | clothing LoRA",
        "LORA",
        ["clothing", c],
        page(ctx, f"Adds a {c}. Works on any character."),
        sexual=sx,
        trained=[snake(c)],
    )


def t_celebrity_hairstyle(ctx: Ctx) -> Made:
    gv, fam = ctx.western("female")
    return _neg(
        ctx,
        "clothing",
        f"{fam} bob haircut",
        "LORA",
        ["hairstyle", "celebrity"],
        page(
            ctx,
            f"Only the haircut {gv} {fam} made famous in 2009. No face trained, use it on anyone.",
        ),
        trained=["sharp bob"],
    )


def t_celebrity_concept(ctx: Ctx) -> Made:
    c = ctx.pick(["Red carpet photo", "Paparazzi shot", "Magazine cover", "Award show selfie"])
    return _neg(
        ctx,
        "concept",
        f"{c} concept",
        "LORA",
        ["celebrity", "concept", "photo"],
        page(ctx, f"Makes any person look like a {c.lower()}. No specific celebrity."),
        trained=[snake(c)],
    )


def t_instagram_filter(ctx: Ctx) -> Made:
    return _neg(
        ctx,
        "concept",
        ctx.pick(["Instagram filter look", "Phone selfie realism", "Snapchat beauty filter"]),
        "LORA",
        ["instagram", "photo", "style"],
        page(ctx, "Smooth skin, warm tone, that influencer filter vibe."),
        trained=["igfilter"],
    )


def t_lighting_pose(ctx: Ctx) -> Made:
    c = ctx.pick(
        ["Rembrandt lighting", "Hand on hip pose", "Golden hour rim light", "Looking over shoulder"]
    )
    return _neg(
        ctx,
        "concept",
        c,
        "LORA",
        ["concept", "pose" if "pose" in c.lower() else "lighting"],
        page(ctx, f"{c} helper."),
        trained=[snake(c)],
    )


def t_historical_myth(ctx: Ctx) -> Made:
    c = ctx.pick(
        [
            "Queen of the Nile (historical look)",
            "Medusa",
            "Viking shieldmaiden",
            "Athena goddess portrait",
            "Tudor queen costume",
        ]
    )
    return _neg(
        ctx,
        "concept",
        c,
        "LORA",
        ["historical", "mythology", "costume"],
        page(ctx, "Costume and setting concept, not a portrait of anyone in particular."),
        trained=[snake(c)],
    )


def t_mannequin_statue(ctx: Ctx) -> Made:
    c = ctx.pick(["Marble statue", "Shop mannequin", "Wax figure museum", "Bronze bust"])
    return _neg(
        ctx,
        "concept",
        f"{c} LoRA",
        "LORA",
        ["statue", "concept"],
        page(ctx, f"Turns people into a {c.lower()}."),
        trained=[snake(c)],
    )


def t_nsfw_concept(ctx: Ctx) -> Made:
    c = ctx.pick(["Boudoir bedroom", "Topless beach", "Nude art study"])
    return _neg(
        ctx,
        "concept",
        c,
        "LORA",
        ["nsfw", "concept"],
        page(ctx, f"{c} concept, adults only."),
        sexual=True,
        trained=[snake(c)],
    )


def t_ai_influencer(ctx: Ctx) -> Made:
    name, handle = ctx.pick(ctx.v["PERSONAS"])
    return _neg(
        ctx,
        "consistent_character",
        f"{name} — AI influencer",
        "LORA",
        ["ai influencer", "consistent character", "woman"],
        page(
            ctx,
            f"{name} ({handle}) is our AI-generated influencer, 100% synthetic. "
            "Lives in Lisbon, loves surfing. Not a real person.",
        ),
        trained=[snake(name)],
    )


def t_consistent_character(ctx: Ctx) -> Made:
    n = ctx.pick(["Lena", "Mara", "Sofi", "Kiko"])
    return _neg(
        ctx,
        "consistent_character",
        f"Consistent character: {n} (OC)",
        "LORA",
        ["consistent character", "oc", "woman"],
        page(ctx, f"{n} is my original character, generated from seeds. She does not exist."),
        trained=[f"{n.lower()}_oc"],
    )


def t_fiction_disclaimer(ctx: Ctx) -> Made:
    gv, fam = ctx.western("female")
    return _neg(
        ctx,
        "consistent_character",
        f"{gv} {fam} (original character)",
        "LORA",
        ["oc", "original character", "woman"],
        page(
            ctx,
            f"{gv} {fam} is the heroine of my webcomic. Fictional; face generated, "
            "no real person used in training.",
        ),
        trained=[snake(f"{gv} {fam}")],
    )


def t_virtual_idol(ctx: Ctx) -> Made:
    n = ctx.pick(["NOVA-7", "Aurora Lumi", "星野ルミナ", "Project Y-IDOL"])
    return _neg(
        ctx,
        "consistent_character",
        f"{n} virtual idol",
        "LORA",
        ["virtual idol", "ai", "woman"],
        page(ctx, f"{n} is an AI-generated virtual idol group member. Fully synthetic face."),
        trained=[snake(n) or "lumina"],
    )


def t_doll_likeness(ctx: Ctx) -> Made:
    c = ctx.pick(["Korean doll likeness", "Japan doll likeness", "Nordic doll likeness"])
    return _neg(
        ctx,
        "doll_likeness",
        c,
        "LORA",
        ["woman", "doll", "face"],
        page(ctx, "Pretty doll face. Use at 0.3-0.5."),
        trained=["dolllike"],
    )


def t_ethnic_look(ctx: Ctx) -> Made:
    c = ctx.pick(
        [
            "Slavic beauty",
            "Latina look",
            "Ethiopian beauty",
            "Thai woman look",
            "Irish freckles face",
        ]
    )
    return _neg(
        ctx,
        "ethnic_look",
        c,
        "LORA",
        ["woman", "ethnicity"],
        page(ctx, f"{c}: generic features, mixed from hundreds of images."),
        trained=[snake(c)],
    )


def t_generic_face(ctx: Ctx) -> Made:
    c = ctx.pick(
        ["Beautiful woman face", "Perfect face helper", "Pretty girl face v3", "Handsome man face"]
    )
    tags = ["woman", "face"] + (["celebrity"] if ctx.chance(0.3) else [])
    return _neg(
        ctx,
        "generic_face",
        c,
        ltype(ctx),
        tags,
        page(ctx, "Nobody in particular."),
        trained=["prettyface"],
    )


def t_generic_asian_face(ctx: Ctx) -> Made:
    c = ctx.pick(
        ["Korean girl face 여자", "日本女性 face", "中国美女 generic", "Korean woman look"]
    )
    return _neg(
        ctx,
        "generic_face",
        c,
        "LORA",
        ["asian", "woman", "여자"],
        page(ctx, "Generic face trained on many different people. 특정 인물 아님."),
        trained=["asianface"],
    )


def t_average_face(ctx: Ctx) -> Made:
    n = ctx.pick([100, 250, 500])
    return _neg(
        ctx,
        "generic_face",
        f"Average face of {n} photos",
        "TextualInversion",
        ["face", "average"],
        page(ctx, f"Embedding of the average of {n} random faces."),
        trained=["avgface"],
    )


def t_bare_woman_tags(ctx: Ctx) -> Made:
    n = ctx.pick(["emb_w01", "fem_v3", "womanEmb", "soft_face_xl"])
    return _neg(ctx, "generic_face", n, "TextualInversion", ["woman", "girl"], "", trained=[n])


def t_nonexistent_person(ctx: Ctx) -> Made:
    return _neg(
        ctx,
        "nonexistent_person",
        "This Person Does Not Exist pack",
        "LORA",
        ["woman", "face", "synthetic"],
        page(ctx, "Trained on StyleGAN faces — these people never existed."),
        trained=["tpdne"],
    )


def t_blend_unnamed(ctx: Ctx) -> Made:
    return _neg(
        ctx,
        "blend_unnamed",
        ctx.pick(["Mixed face blend", "Face mixer 12 women"]),
        "LORA",
        ["blend", "woman", "face"],
        page(ctx, "A blend of several faces so the result is nobody in particular."),
        trained=["mixface"],
    )


def t_tool(ctx: Ctx) -> Made:
    c = ctx.pick(
        ["Detail tweaker", "Face detailer helper", "Negative embedding: bad hands", "4x upscaler"]
    )
    return _neg(
        ctx,
        "tool",
        c,
        ctx.pick(["LORA", "TextualInversion"]),
        ["tool", "utility"],
        page(ctx, "Utility, not a style."),
        trained=[snake(c)],
    )


def t_author_credit(ctx: Ctx) -> Made:
    gv, fam = ctx.western(gender_of(ctx, 0.5))
    c = ctx.pick(
        ["Watercolor landscape", "Neon city lights", "Paper cutout style", "Rainy window bokeh"]
    )
    return _neg(
        ctx,
        "concept",
        c,
        "LORA",
        ["style", "concept"],
        page(
            ctx,
            f"Made by {gv} {fam}. Dataset shot by me; please credit {gv} {fam} "
            "if you post results.",
        ),
        trained=[snake(c)],
    )


def t_celebrity_pet_car(ctx: Ctx) -> Made:
    gv, fam = ctx.western("female")
    c = ctx.pick([f"{fam}'s corgi", f"{gv} {fam}'s pink convertible"])
    return _neg(
        ctx,
        "concept",
        c,
        "LORA",
        ["animal" if "corgi" in c else "car", "concept"],
        page(ctx, "Only the pet/car, no person in the dataset."),
        trained=["petcar"],
    )


def t_ordinary_word_concept(ctx: Ctx) -> Made:
    a, b = ctx.pick(ctx.v["WORD_GIVEN_F"]), ctx.pick(ctx.v["WORD_SURNAME"])
    return _neg(
        ctx,
        "concept",
        f"{a} {b} scenery",
        "LORA",
        ["landscape", "scenery"],
        page(ctx, f"{a} flowers in a {b.lower()} landscape."),
        trained=[snake(a)],
    )


def t_show_set_design(ctx: Ctx) -> Made:
    show = ctx.pick(ctx.v["SHOWS"])
    return _neg(
        ctx,
        "concept",
        f"{show} interiors",
        "LORA",
        ["background", "tv series"],
        page(
            ctx,
            f"Set design of the TV series {show}: the station hall and the offices. No characters.",
        ),
        trained=["setdesign"],
    )


def t_body_slider(ctx: Ctx) -> Made:
    c = ctx.pick(["Muscle slider", "Height slider", "Freckles slider"])
    return _neg(
        ctx, "body_type", c, "LORA", ["slider", "body"], page(ctx, "Weights -3 to 3."), trained=[]
    )


def t_ai_idol_group(ctx: Ctx) -> Made:
    return _neg(
        ctx,
        "consistent_character",
        "SYNTH//5 — AI girl group",
        "LORA",
        ["ai", "kpop", "virtual idol"],
        page(ctx, "Five AI-made members, each a trigger. None of them is a real person."),
        trained=["synth5_a", "synth5_b"],
    )


def t_negative_prompt_name(ctx: Ctx) -> Made:
    gv, fam = ctx.western("female")
    it = civ(
        ctx,
        ctx.pick(["Unique face (anti-sameface)", "Fresh face embedding"]),
        "TextualInversion",
        ["woman", "face"],
        page(
            ctx,
            "Generic new face; the sample images push AWAY from a famous one (see the "
            "negative prompt).",
        ),
        trained=["freshface"],
        prompts=["photo of a freshface woman, outdoors, natural light"],
        era="2025",
    )
    for v in it["modelVersions"]:
        for im in v["images"]:
            if "meta" in im:
                im["meta"]["negativePrompt"] = f"({gv} {fam}:1.4), lowres, watermark"
    return it, lab(it, "generic_face")


def t_dating_profile_style(ctx: Ctx) -> Made:
    return _neg(
        ctx,
        "concept",
        "Dating app photo style",
        "LORA",
        ["photo", "concept", "realistic"],
        page(ctx, "Amateur phone photo look, like a profile picture."),
        trained=["datingpic"],
    )


# ---------------------------------------------------------------------------------------------
# the mix: (shape, template, dev9 count, hold9 count); hold9-only shapes have 0 in dev9

SHAPES: list[tuple[str, Callable[[Ctx], Made], int, int]] = [
    ("title_name", t_title_name, 8, 9),
    ("desc_only", t_desc_only, 4, 4),
    ("trigger_only", t_trigger_only, 4, 4),
    ("filename_only", t_filename_only, 3, 3),
    ("tag_only", t_tag_only, 2, 3),
    ("version_name", t_version_name, 2, 3),
    ("image_meta_prompt", t_image_meta_prompt, 3, 3),
    ("ordinary_words", t_ordinary_words, 5, 5),
    ("stage_name", t_stage_name, 3, 3),
    ("initials", t_initials, 3, 3),
    ("east_asian_script", t_east_asian_script, 6, 7),
    ("east_asian_family_first", t_east_asian_family_first, 6, 7),
    ("east_asian_run_together", t_east_asian_run_together, 3, 3),
    ("east_asian_camel", t_east_asian_camel, 2, 3),
    ("east_asian_kanji_kana", t_east_asian_kanji_kana, 2, 2),
    ("script_and_roman", t_script_and_roman, 3, 3),
    ("world_name", t_world_name, 5, 5),
    ("world_script_only", t_world_script_only, 3, 4),
    ("foreign_page", t_foreign_page, 5, 6),
    ("pronoun_foreign", t_pronoun_foreign, 3, 3),
    ("name_only_no_cue", t_name_only_no_cue, 3, 3),
    ("male_with_female_tags", t_male_with_female_tags, 2, 2),
    ("live_action_role", t_live_action_role, 4, 4),
    ("live_action_disclaimer", t_live_action_disclaimer, 2, 3),
    ("kdrama_role", t_kdrama_role, 1, 2),
    ("named_blend", t_named_blend, 3, 3),
    ("aio_pack", t_aio_pack, 2, 2),
    ("bounty", t_bounty, 3, 3),
    ("request", t_request, 2, 2),
    ("role_surname", t_role_surname, 2, 3),
    ("adult_youth_words", t_adult_youth_words, 4, 5),
    ("adult_youth_words_western", t_adult_youth_words_western, 2, 2),
    ("dreambooth_checkpoint", t_dreambooth_checkpoint, 2, 2),
    ("flagged_2025", t_flagged_2025, 2, 2),
    ("minor_cue", t_minor_cue, 4, 4),
    ("name_in_link_url", t_name_in_link_url, 3, 3),
    ("middle_initial", t_middle_initial, 2, 2),
    ("double_surname", t_double_surname, 3, 3),
    ("era_versions", t_era_versions, 2, 2),
    ("video_lora", t_video_lora, 2, 3),
    ("denial_disclaimer", t_denial_disclaimer, 2, 2),
    ("desc_table", t_desc_table, 2, 2),
    ("flux_caption_trigger", t_flux_caption_trigger, 2, 3),
    ("stage_name_born", t_stage_name_born, 2, 2),
    ("prompt_weight_syntax", t_prompt_weight_syntax, 2, 3),
    ("script_with_particle", t_script_with_particle, 3, 3),
    ("caps_no_hyphen", t_caps_no_hyphen, 0, 3),
    ("alt_text_only", t_alt_text, 0, 3),
    ("reddit_crosspost", t_crosspost, 0, 3),
    ("hf_slug", t_hf_slug, 5, 6),
    ("hf_widget_prompt", t_hf_widget_prompt, 2, 3),
    ("hf_link_only", t_hf_link_only, 2, 2),
    ("hf_sibling_only", t_hf_sibling_only, 2, 3),
    ("hf_east_asian_slug", t_hf_east_asian, 2, 3),
    ("creator_handle", t_creator_handle, 4, 4),
    ("male_streamer", t_male_streamer, 2, 2),
    ("cosplayer_photos", t_cosplayer_photos, 2, 2),
    ("creator_east_asian", t_creator_east_asian, 2, 3),
    ("creator_linktree", t_creator_linktree, 2, 2),
    ("creator_no_gender_cue", t_creator_no_gender_cue, 2, 2),
    ("private", t_private, 7, 8),
    ("private_foreign", t_private_foreign, 3, 3),
    ("private_unknown", t_private_unknown, 1, 2),
    ("private_commission", t_private_commission, 2, 2),
    ("hf_private", t_hf_private, 2, 2),
    # negatives
    ("anime_character", t_anime_character, 8, 9),
    ("anime_no_tag", t_anime_no_tag, 3, 4),
    ("anime_script_name", t_anime_script_name, 3, 3),
    ("anime_cv_credit", t_anime_cv_credit, 3, 3),
    ("hf_anime_character", t_hf_anime_character, 2, 3),
    ("vtuber", t_vtuber, 3, 4),
    ("game_npc_full_name", t_game_npc, 3, 4),
    ("painter_style", t_painter_style, 4, 4),
    ("photographer_style", t_photographer_style, 2, 3),
    ("famous_painting", t_famous_painting, 2, 2),
    ("checkpoint", t_checkpoint, 5, 6),
    ("checkpoint_merge", t_checkpoint_merge, 3, 4),
    ("person_named_checkpoint", t_person_named_checkpoint, 2, 3),
    ("hf_checkpoint", t_hf_checkpoint, 2, 2),
    ("clothing", t_clothing, 4, 5),
    ("celebrity_hairstyle", t_celebrity_hairstyle, 2, 3),
    ("celebrity_concept", t_celebrity_concept, 3, 3),
    ("instagram_filter", t_instagram_filter, 2, 3),
    ("lighting_pose", t_lighting_pose, 3, 3),
    ("historical_myth", t_historical_myth, 3, 3),
    ("mannequin_statue", t_mannequin_statue, 2, 3),
    ("nsfw_concept", t_nsfw_concept, 2, 2),
    ("author_credit", t_author_credit, 3, 3),
    ("celebrity_pet_car", t_celebrity_pet_car, 2, 2),
    ("ordinary_word_concept", t_ordinary_word_concept, 2, 3),
    ("show_set_design", t_show_set_design, 2, 2),
    ("ai_influencer", t_ai_influencer, 3, 3),
    ("consistent_character", t_consistent_character, 3, 3),
    ("fiction_disclaimer", t_fiction_disclaimer, 3, 3),
    ("virtual_idol", t_virtual_idol, 2, 3),
    ("doll_likeness", t_doll_likeness, 3, 3),
    ("ethnic_look", t_ethnic_look, 3, 4),
    ("generic_face", t_generic_face, 5, 5),
    ("generic_asian_face", t_generic_asian_face, 3, 4),
    ("average_face", t_average_face, 2, 2),
    ("bare_woman_tags", t_bare_woman_tags, 3, 3),
    ("nonexistent_person", t_nonexistent_person, 2, 3),
    ("blend_unnamed", t_blend_unnamed, 3, 3),
    ("tool", t_tool, 3, 3),
    ("body_slider", t_body_slider, 2, 2),
    ("negative_prompt_name", t_negative_prompt_name, 2, 3),
    ("ai_idol_group", t_ai_idol_group, 0, 3),
    ("dating_profile_style", t_dating_profile_style, 0, 3),
]
HOLD_ONLY = {s for s, _, d, h in SHAPES if d == 0 and h > 0}


SFW_SHAPES = {
    "minor_cue",
    "adult_youth_words",
    "adult_youth_words_western",
    "private_unknown",
    "hf_private",
}
FLAG_ONLY_SEXUAL = 0.12


def flag_sexual(item: dict[str, Any], label: dict[str, Any]) -> None:
    """Make an item sexual by the platform's flags alone (no sexual word on the page)."""
    if label["platform"] == "huggingface":
        item["tags"].insert(4, "not-for-all-audiences")
    else:
        item["nsfw"] = True
        if "nsfwLevel" in item:
            item["nsfwLevel"] = 31
        for v in item["modelVersions"]:
            if "nsfwLevel" in v:
                v["nsfwLevel"] = 28
            for k, im in enumerate(v["images"]):
                if "nsfw" in im:
                    im["nsfw"] = "X" if k == 0 else "Mature"
                else:
                    im["nsfwLevel"] = 8 if k == 0 else 4
    label["sexual_intent"] = True


def build(part: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The items and labels of one part, in a seeded order."""
    seed, _ = SEEDS[part]
    ctx = Ctx(part, seed)
    col = 1 if part == "dev9" else 2
    plan = [(shape, fn) for shape, fn, *n in SHAPES for _ in range(n[col - 1])]
    ctx.rng.shuffle(plan)
    items, labels = [], []
    for shape, fn in plan:
        item, label = fn(ctx)
        label["shape"] = shape
        if (
            label["likeness"]
            and not label["sexual_intent"]
            and shape not in SFW_SHAPES
            and ctx.chance(FLAG_ONLY_SEXUAL)
        ):
            flag_sexual(item, label)
        check(item, label)
        items.append(item)
        labels.append(label)
    return items, labels


def check(item: dict[str, Any], label: dict[str, Any]) -> None:
    """The cue rules agree with the label, and a sexual and a minor cue never meet."""
    s, m = sexual_cue(item), minor_cue(item)
    assert s == label["sexual_intent"], (label, "sexual")
    assert m == label["minor_risk"], (label, "minor")
    assert not (s and m), label


def dumps(x: Any) -> str:
    return json.dumps(x, ensure_ascii=False, sort_keys=False, separators=(", ", ": "))


def counts_table() -> str:
    rows = {}
    for part in SEEDS:
        for lab_ in build(part)[1]:
            rows.setdefault((lab_["kind"], lab_["shape"]), Counter())[part] += 1
    order = {k: i for i, k in enumerate(LIKENESS_KINDS)}
    keys = sorted(rows, key=lambda k: (order.get(k[0], 9), k[0], k[1]))
    out = ["| kind | shape | dev9 | hold9 |", "|---|---|---|---|"]
    out += [f"| `{k}` | `{s}` | {rows[k, s]['dev9']} | {rows[k, s]['hold9']} |" for k, s in keys]
    return "\n".join(out)


def totals() -> str:
    out = []
    for part in SEEDS:
        items, labels = build(part)
        like = [x for x in labels if x["likeness"]]
        g = Counter(x["gender"] for x in like)
        out.append(
            f"{part}: {len(labels)} items, {len(like)} likeness (female {g['female']}, male "
            f"{g['male']}, unknown {g['unknown']}), sexual intent "
            f"{sum(x['sexual_intent'] for x in labels)}, minor risk "
            f"{sum(x['minor_risk'] for x in labels)}, Hugging Face "
            f"{sum(x['platform'] == 'huggingface' for x in labels)}"
        )
    return "; ".join(out) + "."


def digest(part: str) -> str:
    items, labels = build(part)
    return hashlib.sha256("".join(dumps(x) for x in items + labels).encode()).hexdigest()[:16]


def main(argv: list[str]) -> int:
    if "--counts" in argv:
        print(counts_table())
        print()
        print("Totals: " + totals())
        return 0
    for part in SEEDS:
        items, labels = build(part)
        (HERE / f"{part}.jsonl").write_text("".join(dumps(x) + "\n" for x in items), "utf-8")
        (HERE / f"{part}_labels.jsonl").write_text(
            "".join(dumps(x) + "\n" for x in labels), "utf-8"
        )
        print(f"{part}: {len(items)} items")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
