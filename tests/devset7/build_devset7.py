# ruff: noqa: E501  (template text and vocabulary lines are kept whole)
"""Build the seventh likeness dev set (dev7, hold7): seeded, deterministic, invented people only.

Run from the repository root::

    .venv/bin/python tests/devset7/build_devset7.py           # rewrites the four .jsonl files
    .venv/bin/python tests/devset7/build_devset7.py --counts  # prints the README's count table

Each template writes one raw API item (Civitai 2023 or 2025 shape, or a Hugging Face ModelInfo)
and its label. ``sexual_cue`` and ``minor_cue`` read the item back, and the builder refuses an
item whose cues disagree with its label or where a sexual and a minor cue meet.
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

import devset7_vocab as V

HERE = Path(__file__).resolve().parent
SEEDS = {"dev7": 70717, "hold7": 47261}
VOCAB = {"dev7": V.A, "hold7": V.B}
STOCK_VAE_SHA = "7D1C3F9A0B44E2C8915A6D0E3B7F2C1A9E8D4B6C5A3F2E1D0C9B8A7F6E5D4C3B"
STOCK_YAML_SHA = "2B9E4F6A8C1D3E5F7A9B0C2D4E6F8A1B3C5D7E9F0A2B4C6D8E0F1A3B5C7D9E1F"

Item = dict[str, Any]
Label = dict[str, Any]

# ---------------------------------------------------------------- cues (read from the item)

SEXUAL_WORDS = re.compile(
    r"\b(nsfw|nude|nudes|naked|lingerie|topless|boudoir|sexy|porn|pornstar|onlyfans|fansly|"
    r"lewd|explicit|hentai|erotic|xxx)\b",
    re.IGNORECASE,
)
MINOR_AGE = re.compile(
    r"(?<![0-9.])(?:[5-9]|1[0-7])[- ]?(?:year[- ]old|years old|yo\b|y/o)|"
    r"(?<![0-9.])(?:[5-9]|1[0-7])\s?(?:歳|세|岁|살)|"
    r"\b(?:aged?|edad:?|Alter:?)\s(?:[5-9]|1[0-7])\b|"
    r"(?<![0-9.])(?:[5-9]|1[0-7]) (?:años|Jahre|ans|лет)\b",
    re.IGNORECASE,
)
YOUTH_WORDS = re.compile(
    r"\b(teen|teens|teenager|teenage|child actress|child actor|child star|kid actor|"
    r"junior high|middle schooler|preteen|underage)\b|子役|童星|中学生|중학생|초등학생|小学生|"
    r"adolescente|Jugendliche",
    re.IGNORECASE,
)
SEXUAL_LEVEL_BITS = 4 | 8 | 16 | 32


def _texts(obj: Any) -> list[str]:
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, dict):
        return [t for v in obj.values() for t in _texts(v)]
    if isinstance(obj, list):
        return [t for v in obj for t in _texts(v)]
    return []


def _levels(item: Item) -> list[int]:
    out = [item.get("nsfwLevel") or 0]
    for v in item.get("modelVersions") or []:
        out.append(v.get("nsfwLevel") or 0)
        out += [im.get("nsfwLevel") or 0 for im in v.get("images") or []]
    return out


def sexual_cue(item: Item) -> bool:
    if item.get("nsfw") is True or "not-for-all-audiences" in (item.get("tags") or []):
        return True
    if any(level & SEXUAL_LEVEL_BITS for level in _levels(item)):
        return True
    for v in item.get("modelVersions") or []:
        if any(im.get("nsfw") in ("Mature", "X") for im in v.get("images") or []):
            return True
    return any(SEXUAL_WORDS.search(t) for t in _texts(item))


def minor_cue(item: Item) -> bool:
    if item.get("minor") is True:
        return True
    return any(MINOR_AGE.search(t) or YOUTH_WORDS.search(t) for t in _texts(item))


# ---------------------------------------------------------------- the context of one part


class Ctx:
    def __init__(self, part: str) -> None:
        self.part = part
        self.rng = random.Random(SEEDS[part])
        self.v: dict[str, Any] = VOCAB[part]
        self.c: dict[str, Any] = V.COMMON
        self.hold = part == "hold7"
        self.next_id = 1_100_000 if self.hold else 1_000_000
        self.used_hf: set[str] = set()
        self.names: set[str] = set()

    def pick(self, key: str) -> Any:
        return self.rng.choice(self.v[key])

    def cid(self) -> int:
        self.next_id += self.rng.randint(3, 2900)
        return self.next_id

    def sha(self) -> str:
        return hashlib.sha256(f"{self.part}{self.rng.random()}".encode()).hexdigest().upper()

    def surname(self) -> str:
        return str(self.pick("sur_a") + self.pick("sur_b"))

    def western(self, gender: str) -> tuple[str, str]:
        given, family = str(self.pick("female" if gender == "female" else "male")), self.surname()
        self.names.add(f"{given} {family}")
        return given, family

    def fresh_western(self, gender: str) -> tuple[str, str]:
        """A name no likeness item of the part has used (for negatives named like people)."""
        while True:
            given, family = (
                str(self.pick("female" if gender == "female" else "male")),
                self.surname(),
            )
            if f"{given} {family}" not in self.names:
                return given, family

    def gender(self, male_share: float = 0.15) -> str:
        return "male" if self.rng.random() < male_share else "female"

    def emoji(self) -> str:
        return str(self.rng.choice(self.c["emoji"]))

    def prompt(self, subject: str, sexual: bool = False) -> str:
        scene = self.rng.choice(self.c["scenes"])
        extra = ", lingerie, boudoir" if sexual else ""
        neg = "lowres, bad anatomy, extra fingers, watermark, blurry"
        return (
            f"{subject}, {scene}{extra}, masterpiece, best quality, 8k uhd, dslr\n"
            f"Negative prompt: {neg}\nSteps: {self.rng.choice([20, 25, 28, 30])}, Sampler: "
            f"{self.rng.choice(self.c['samplers'])}, CFG scale: {self.rng.choice([4, 5.5, 7])}, "
            f"Seed: {self.rng.randint(10**8, 4 * 10**9)}, Size: 512x768"
        )


# ---------------------------------------------------------------- raw item shapes


def _file(c: Ctx, name: str, kind: str = "Model", size_kb: float | None = None) -> Item:
    sha = c.sha()
    return {
        "id": c.cid(),
        "sizeKB": size_kb if size_kb is not None else round(c.rng.uniform(9000, 220000), 4),
        "name": name,
        "type": kind,
        "metadata": {"format": "SafeTensor" if name.endswith(".safetensors") else "PickleTensor",
                     "size": "pruned", "fp": "fp16"},
        "pickleScanResult": "Success",
        "pickleScanMessage": "No Pickle imports",
        "virusScanResult": "Success",
        "scannedAt": "2025-03-02T10:11:12.000Z",
        "hashes": {"AutoV2": sha[:10], "SHA256": sha, "CRC32": sha[-8:]},
        "downloadUrl": f"https://civitai.com/api/download/models/{c.next_id}",
        "primary": kind == "Model",
    }  # fmt: skip


def stock_extras(c: Ctx) -> list[Item]:
    """The stock VAE and SD2 config that real checkpoints bundle (shared, non-primary files)."""
    out = []
    if c.rng.random() < 0.7:
        vae = _file(c, c.rng.choice(["vae-ft-mse-840000.pt", "orangemix.vae.pt"]), "VAE", 327680.0)
        vae["hashes"] = {"SHA256": STOCK_VAE_SHA, "AutoV2": STOCK_VAE_SHA[:10]}
        vae["primary"] = False
        out.append(vae)
    if c.rng.random() < 0.4:
        yml = _file(c, "v2-inference-v.yaml", "Config", 1.7724609375)
        yml["hashes"] = {"SHA256": STOCK_YAML_SHA}
        yml["primary"] = False
        out.append(yml)
    return out


def version(
    c: Ctx,
    era: str,
    name: str,
    files: list[Item],
    trained: list[str] | None = None,
    desc: str = "",
    sexual: bool = False,
    prompts: list[str] | None = None,
    early: bool = False,
) -> Item:
    vid = c.cid()
    base = c.rng.choice(c.c["bases_2023" if era == "2023" else "bases_2025"])
    images = []
    for n in range(c.rng.randint(1, 3)):
        img: Item = {"id": c.cid(), "url": f"https://image.civitai.com/x/{c.sha()[:24]}.jpeg",
                     "width": 512, "height": 768, "hash": c.sha()[:20]}  # fmt: skip
        if era == "2023":
            img["nsfw"] = ("Mature" if n == 0 else "Soft") if sexual else "None"
        else:
            img.update(nsfwLevel=8 if sexual and n == 0 else 1, minor=False, poi=False,
                       type="image", hasMeta=prompts is not None, hasPositivePrompt=True)  # fmt: skip
        if prompts:
            img["meta"] = {"prompt": prompts[n % len(prompts)], "seed": c.rng.randint(1, 10**9),
                           "steps": 28, "sampler": "DPM++ 2M Karras", "cfgScale": 5}  # fmt: skip
        images.append(img)
    created = f"20{'23' if era == '2023' else c.rng.choice(['24', '25', '26'])}-0{c.rng.randint(1, 9)}-1{c.rng.randint(0, 9)}T0{c.rng.randint(0, 9)}:12:00.000Z"  # noqa: E501
    v: Item = {"id": vid, "name": name, "createdAt": created, "trainedWords": trained or [],
               "baseModel": base, "description": desc or None, "files": files, "images": images,
               "downloadUrl": f"https://civitai.com/api/download/models/{vid}",
               "stats": {"downloadCount": c.rng.randint(5, 40000), "thumbsUpCount": c.rng.randint(0, 900)}}  # fmt: skip # noqa: E501
    if era == "2023":
        v.update(updatedAt=created, earlyAccessTimeFrame=0)
    else:
        v.update(index=0, baseModelType="Standard", publishedAt=created, status="Published",
                 availability="EarlyAccess" if early else "Public",
                 nsfwLevel=(1 | 8) if sexual else 1, covered=True)  # fmt: skip
    return v


def civitai(
    c: Ctx,
    name: str,
    desc: str,
    mtype: str,
    tags: list[str],
    versions: list[Item],
    era: str,
    sexual: bool = False,
    poi: bool = False,
    minor: bool = False,
    creator: str | None = None,
) -> Item:
    mid = c.cid()
    for v in versions:
        v["modelId"] = mid
    item: Item = {"id": mid, "name": name, "description": desc, "type": mtype, "poi": poi,
                  "nsfw": sexual and c.rng.random() < 0.6}  # fmt: skip
    user = creator or c.pick("creators")
    stats = {"downloadCount": c.rng.randint(10, 90000), "favoriteCount": c.rng.randint(0, 3000),
             "commentCount": c.rng.randint(0, 80), "ratingCount": 0, "rating": 0}  # fmt: skip
    if era == "2023":
        item.update(allowNoCredit=True, allowCommercialUse="Sell", allowDerivatives=True,
                    allowDifferentLicense=True)  # fmt: skip
    else:
        for i, v in enumerate(versions):
            v["index"] = i
        level = (1 | 4 | 8) if sexual else 1
        item.update(allowNoCredit=True, allowCommercialUse=["Image"], allowDerivatives=True,
                    allowDifferentLicense=True, minor=minor, sfwOnly=minor, nsfwLevel=level,
                    availability="EarlyAccess" if versions[0].get("availability") == "EarlyAccess"
                    else "Public", cosmetic=None, supportsGeneration=True)  # fmt: skip
    item.update(stats=stats, creator={"username": user, "image": None}, tags=tags,
                modelVersions=versions)  # fmt: skip
    return item


def hf(
    c: Ctx,
    repo: str,
    tags: list[str],
    card: Item,
    files: list[str],
    sexual: bool = False,
) -> Item:
    assert repo == repo.lower() or "/" in repo
    c.used_hf.add(repo)
    author = repo.split("/")[0]
    all_tags = [*tags, "text-to-image", "diffusers", "license:other", "region:us"]
    if sexual:
        all_tags.append("not-for-all-audiences")
    siblings: list[Item] = [{"rfilename": ".gitattributes", "size": 1519},
                            {"rfilename": "README.md", "size": c.rng.randint(400, 6000)}]  # fmt: skip
    for f in files:
        size = c.rng.randint(10**7, 2 * 10**8)
        siblings.append({"rfilename": f, "size": size,
                         "lfs": {"sha256": c.sha().lower(), "size": size, "pointerSize": 135}})  # fmt: skip
    day = f"2025-{c.rng.randint(1, 12):02d}-{c.rng.randint(10, 28)}T12:00:00.000Z"
    return {"_id": c.sha()[:24].lower(), "id": repo, "author": author, "sha": c.sha()[:40].lower(),
            "createdAt": day, "lastModified": day, "private": False, "gated": False,
            "disabled": False, "downloads": c.rng.randint(0, 5000), "likes": c.rng.randint(0, 90),
            "tags": all_tags, "pipeline_tag": "text-to-image", "library_name": "diffusers",
            "cardData": card, "siblings": siblings}  # fmt: skip


def label(
    platform: str,
    model_id: str | int,
    kind: str,
    shape: str,
    sexual: bool,
    target: str | None = None,
    gender: str | None = None,
    minor: bool = False,
    targets: list[str] | None = None,
    aliases: list[str] | None = None,
) -> Label:
    likeness = kind in ("public_figure", "online_creator", "private_person")
    prominence = {"public_figure": "public_figure", "online_creator": "online_creator",
                  "private_person": "private_or_unknown"}.get(kind)  # fmt: skip
    if likeness and targets is None:
        targets = [target] if target else []
    return {"platform": platform, "model_id": str(model_id), "kind": kind, "likeness": likeness,
            "target": target, "gender": gender if likeness else None, "prominence": prominence,
            "sexual_intent": sexual, "minor_risk": minor, "shape": shape,
            "targets": targets or [], "aliases": aliases or []}  # fmt: skip


def lab_c(item: Item, *args: Any, **kw: Any) -> tuple[Item, Label]:
    return item, label("civitai", item["id"], *args, **kw)


def lab_h(item: Item, *args: Any, **kw: Any) -> tuple[Item, Label]:
    return item, label("huggingface", item["id"], *args, **kw)


def era(c: Ctx) -> str:
    return "2023" if c.rng.random() < 0.5 else "2025"


def snake(name: str) -> str:
    return re.sub(r"[^0-9A-Za-z]+", "_", name).strip("_").lower()


def camel(name: str) -> str:
    return "".join(w[:1].upper() + w[1:] for w in re.split(r"[^0-9A-Za-z]+", name) if w)


# ---------------------------------------------------------------- words around the names

TRADE = {
    "female": ["actress", "pop singer", "fashion model", "weather presenter", "news anchor",
               "influencer", "tennis player", "stand-up comedian"],
    "male": ["actor", "singer", "footballer", "TV host", "rapper", "news anchor"],
}  # fmt: skip
PRON = {"female": ("she", "her"), "male": ("he", "his")}


def intro(c: Ctx, name: str, g: str) -> str:
    he, his = PRON[g]
    trade = c.rng.choice(TRADE[g])
    city = c.pick("cities")
    return c.rng.choice([
        f"<p>{name} is a {trade} from {city}. Trained on {c.rng.randint(18, 140)} photos of {his} face, mostly HQ red carpet shots.</p>",  # noqa: E501
        f"<h2>{name} {c.emoji()}</h2><p>LoRA of the {trade} {name}. {he.capitalize()} was asked for a lot on discord so here it is!</p>",  # noqa: E501
        f"<p>my take on {name} ({trade}). {he} looks best at weight 0.7~0.85, use ADetailer for the face</p>",  # noqa: E501
        f"<p>{name} — {trade}, born in {city}. dataset: {c.rng.randint(25, 90)} imgs, captions by WD14 + manual fixes, {c.rng.randint(8, 20)} epochs</p>",  # noqa: E501
    ] + ([
        f"<p>Hi all!! {c.emoji()} finaly got {name} right after 3 tries. {he} has a very distinct smile so dont go over 0.9 weight.</p><p>Sample prompt:</p><pre>{c.prompt(name.lower())}</pre>",  # noqa: E501
        f"<p><b>{name}</b> ({trade}) &amp; her/his fans asked... ok {his} fans asked. {c.rng.randint(40, 200)} images from interviews &amp; events, cropped 1024px.</p>".replace("her/his", his),  # noqa: E501
        f"<p>Trained {name} on Flux with ai-toolkit, rank 16, 2500 steps. The {trade} from {city} — use '{name.lower()}' in the prompt.</p>",  # noqa: E501
    ] if c.hold else [
        f"<p>{name} ({trade}) 📸 trained w/ kohya, {c.rng.randint(1500, 4000)} steps. pls post your images!!</p><pre>{c.prompt('photo of ' + name.lower())}</pre>",  # noqa: E501
        f"<p>The {trade} {name}. Best results: {he} needs 'detailed skin' and a realistic base. Updated {c.rng.randint(2, 5)}x since release.</p>",  # noqa: E501
    ]))  # fmt: skip


def usage(c: Ctx, trigger: str | None = None) -> str:
    parts = [
        f"<p><strong>Recommended weight:</strong> 0.{c.rng.randint(55, 95)}</p>",
        "<p>Works well with realistic checkpoints, hires fix x1.5, denoise 0.35</p>",
        "<ul><li>v2: minor fixes to the dataset</li><li>v1: first release</li></ul>",
        "<p>If you like my work consider buying me a coffee ☕ "
        '<a href="https://ko-fi.com/example">ko-fi</a></p>',
        "<p>Please don't use this to make anything hurtful or misleading. Be nice.</p>",
        f"<p>Clip skip 2. {c.emoji()} Feedback welcome!</p>",
    ]
    c.rng.shuffle(parts)
    text = "".join(parts[: c.rng.randint(2, 4)])
    if trigger:
        text = f"<p>Trigger word: <code>{trigger}</code></p>" + text
    return text


def lora_file(c: Ctx, stem: str) -> list[Item]:
    return [_file(c, f"{stem}.safetensors", size_kb=round(c.rng.uniform(9000, 150000), 3))]


def person_tags(c: Ctx, g: str, n: int | None = None) -> list[str]:
    pool = (["woman", "girl", "female", "actress", "celebrity", "realistic", "photorealistic",
             "person", "sexy"] if g == "female" else
            ["man", "male", "actor", "celebrity", "realistic", "person"])  # fmt: skip
    pool = [t for t in pool if t != "sexy"]
    c.rng.shuffle(pool)
    return pool[: n if n is not None else c.rng.randint(0, 4)]


def simple_lora(
    c: Ctx,
    title: str,
    desc: str,
    trained: list[str],
    stem: str,
    tags: list[str],
    sexual: bool = False,
    vname: str | None = None,
    vdesc: str = "",
    prompts: list[str] | None = None,
    mtype: str = "LORA",
    poi: bool = False,
) -> Item:
    e = era(c)
    names = (
        ["v1.0", "V1", "v2", "v1.5"]
        if e == "2023"
        else ["SDXL", "Flux v1", "Illustrious", "v3 (Pony)"]
    )  # noqa: E501
    v = version(c, e, vname or c.rng.choice(names), lora_file(c, stem), trained, vdesc, sexual,
                prompts)  # fmt: skip
    versions = [v]
    if e == "2025" and c.rng.random() < 0.25:  # an older SD 1.5 version under the newest one
        old = version(c, e, "SD1.5 (old)", lora_file(c, stem + "_sd15"), trained, "", sexual)
        old["baseModel"] = "SD 1.5"
        versions.append(old)
    return civitai(c, title, desc, mtype, tags, versions, e, sexual=sexual, poi=poi)


def maybe_sexual(c: Ctx, share: float = 0.2) -> bool:
    return c.rng.random() < share


# ---------------------------------------------------------------- positive templates


def t_title_name(c: Ctx) -> tuple[Item, Label]:
    g = c.gender()
    given, fam = c.western(g)
    name = f"{given} {fam}"
    sexual = maybe_sexual(c)
    title = c.rng.choice([f"{name} {c.emoji()}", f"{name} (LoRA)", f"{fam}, {given}",
                          f"{name.upper()} | SDXL", f"[SD1.5] {name} - {c.rng.choice(TRADE[g])}",
                          f"{name} 🎬 v3"])  # fmt: skip
    desc = intro(c, name, g) + usage(c) + ("<p>nsfw capable, see gallery</p>" if sexual else "")
    trig = snake(name)
    item = simple_lora(c, title, desc, [trig], trig, person_tags(c, g), sexual)
    return lab_c(item, "public_figure", "title_name", sexual, name, g,
                 aliases=[trig, f"{fam}, {given}"])  # fmt: skip


def t_name_only_gender(c: Ctx) -> tuple[Item, Label]:
    g = c.gender(0.3)
    given, fam = c.western(g)
    name = f"{given} {fam}"
    item = simple_lora(c, name, f"<p>{c.rng.randint(30, 70)} imgs, 12 epochs, AdamW8bit</p>",
                       [], snake(name), [])  # fmt: skip
    return lab_c(item, "public_figure", "name_only_no_cue", False, name, g)


def t_desc_only(c: Ctx) -> tuple[Item, Label]:
    g = c.gender()
    given, fam = c.western(g)
    name = f"{given} {fam}"
    title = c.rng.choice(["Project Nightjar", "Face LoRA #14", "Request 0412", "SoftFocus_v2",
                          "Lady in Red v1", "Celeb pack vol.3 - 07"])  # fmt: skip
    desc = f"<p>{c.emoji()} This one is {name}.</p>" + usage(c) + intro(c, name, g)
    item = simple_lora(c, title, desc, ["ohwx woman" if g == "female" else "ohwx man"],
                       c.rng.choice(["nj_v2", "face14", "req0412"]), person_tags(c, g, 2))  # fmt: skip
    return lab_c(item, "public_figure", "desc_only", False, name, g)


def t_trigger_only(c: Ctx) -> tuple[Item, Label]:
    g = c.gender()
    given, fam = c.western(g)
    name = f"{given} {fam}"
    trig = c.rng.choice([name.lower(), snake(name), f"{given[:3].lower()}{fam.lower()}_v2"])
    desc = f"<p>realistic face lora {c.emoji()}</p>" + usage(c)
    alias = [trig]
    item = simple_lora(c, c.rng.choice(["face lora", "portrait v1", "realistic person #3"]),
                       desc, [trig], "face_v1", person_tags(c, g, 2))  # fmt: skip
    if trig.endswith("_v2"):
        item["modelVersions"][0]["trainedWords"] = [trig, name.lower()]
    return lab_c(item, "public_figure", "trigger_only", False, name, g, aliases=alias)


def t_filename_only(c: Ctx) -> tuple[Item, Label]:
    g = c.gender()
    given, fam = c.western(g)
    name = f"{given} {fam}"
    stem = c.rng.choice([camel(name), snake(name), f"{given.lower()}{fam.lower()}-000012"])
    item = simple_lora(c, c.rng.choice(["realistic lady", "Portrait LoRA", "Subject 22"]),
                       f"<p>no trigger needed, just prompt a {'woman' if g == 'female' else 'man'}</p>" + usage(c), [], stem,
                       person_tags(c, g, 1))  # fmt: skip
    return lab_c(item, "public_figure", "filename_only", False, name, g, aliases=[stem])


def t_tag_only(c: Ctx) -> tuple[Item, Label]:
    g = c.gender()
    given, fam = c.western(g)
    name = f"{given} {fam}"
    tags = [name.lower(), "celebrity", "realistic"]
    item = simple_lora(c, c.rng.choice(["Celeb #88", "Famous face v1", "req from patreon"]),
                       usage(c), [], "celeb88", tags)  # fmt: skip
    return lab_c(item, "public_figure", "tag_only", False, name, g)


def t_version_name(c: Ctx) -> tuple[Item, Label]:
    g = c.gender()
    given, fam = c.western(g)
    name = f"{given} {fam}"
    item = simple_lora(c, "Celebrity Collection (one per version)", usage(c), [], snake(name),
                       ["celebrity", "collection"], vname=name)  # fmt: skip
    return lab_c(item, "public_figure", "version_name", False, name, g)


def t_version_desc_only(c: Ctx) -> tuple[Item, Label]:
    g = c.gender()
    given, fam = c.western(g)
    name = f"{given} {fam}"
    he = PRON[g][0]
    item = simple_lora(c, "Monthly request #" + str(c.rng.randint(3, 40)), usage(c), ["sks"],
                       "req_m", ["person"],
                       vdesc=f"<p>This month: {name}. {he.capitalize()} won the poll 🗳️</p>")  # fmt: skip
    return lab_c(item, "public_figure", "version_desc_only", False, name, g)


def t_image_meta_prompt(c: Ctx) -> tuple[Item, Label]:
    g = c.gender()
    given, fam = c.western(g)
    name = f"{given} {fam}"
    prompts = [c.prompt(f"photo of {name.lower()}, <lora:pf_{c.rng.randint(10, 99)}:0.8>"),
               c.prompt(f"({name}:1.2), smiling")]  # fmt: skip
    item = simple_lora(c, c.rng.choice(["PF-27", "realface_027", "Lookbook Subject C"]),
                       "<p>see the images for prompts</p>" + usage(c), ["pf27"], "pf27",
                       person_tags(c, g, 1), prompts=prompts)  # fmt: skip
    return lab_c(item, "public_figure", "image_meta_prompt", False, name, g)


def t_ordinary_words(c: Ctx) -> tuple[Item, Label]:
    given = str(c.pick("ordinary_given"))
    fam = str(c.pick("ordinary_sur"))
    name = f"{given} {fam}"
    sexual = maybe_sexual(c, 0.3)
    title = c.rng.choice([name, f"{name} - LoRA", f"{fam} {given}?? no: {name}", f"{name} ✨"])
    desc = intro(c, name, "female") + usage(c)
    if sexual:
        desc += "<p>her OnlyFans era look</p>"
    item = simple_lora(c, title, desc, [snake(name)], snake(name), person_tags(c, "female"),
                       sexual)  # fmt: skip
    return lab_c(item, "public_figure", "ordinary_words", sexual, name, "female",
                 aliases=[snake(name)])  # fmt: skip


def t_stage_name(c: Ctx) -> tuple[Item, Label]:
    name = str(c.pick("stage"))
    g = "female"
    desc = c.rng.choice([
        f"<p>{name} the pop singer, era of her second album. Trained on concert photos and MV stills.</p>",  # noqa: E501
        f"<p>LoRA of the singer {name}. she is a {c.pick('cities')} based artist, mostly stage looks.</p>",  # noqa: E501
    ]) + usage(c)  # fmt: skip
    item = simple_lora(c, f"{name} (singer)", desc, [name.lower()], name.lower(),
                       ["singer", "celebrity", "woman"])  # fmt: skip
    return lab_c(item, "public_figure", "stage_name", False, name, g)


def t_initials(c: Ctx) -> tuple[Item, Label]:
    g = c.gender()
    given, fam = c.western(g)
    ini = f"{given[0]}.{fam[0]}."
    he, his = PRON[g]
    desc = (
        f"<p>{ini} — the {c.rng.choice(TRADE[g])} you all know. I won't write the full name "
        f"because of the new rules 😉 trained on {his} interviews</p>"
    ) + usage(c)
    item = simple_lora(c, f"{ini} likeness", desc, [ini.replace(".", "").lower()],
                       ini.replace(".", "").lower(), ["celebrity", "real person"])  # fmt: skip
    return lab_c(item, "public_figure", "initials", False, ini, g)


def t_role_surname(c: Ctx) -> tuple[Item, Label]:
    g = c.gender(0.3)
    fam = c.surname()
    role = c.rng.choice(
        [f"Channel {c.rng.randint(2, 12)} morning anchor {fam}",
         f"striker #{c.rng.randint(7, 29)} {fam}", f"weather presenter {fam}",
         f"Senator {fam}", f"goalkeeper {fam}"])  # fmt: skip
    he, his = PRON[g]
    desc = f"<p>{role}. {his.capitalize()} face from the broadcast screenshots, 40 crops.</p>"
    item = simple_lora(c, role.title(), desc + usage(c), [fam.lower()], fam.lower(),
                       ["news", "sports"] if "anchor" in role else ["sports"])  # fmt: skip
    return lab_c(item, "public_figure", "role_surname", False, fam, g)


# East-Asian helpers: (script family, romanised family, script given, romanised given, gender)


def ea_person(c: Ctx, lang: str | None = None) -> tuple[str, str, str, str, str, str]:
    lang = lang or c.rng.choice(["zh", "ja", "ko"])
    g = c.gender(0.12)
    fam = c.pick(f"{lang}_family")
    giv = c.pick(f"{lang}_given_{'f' if g == 'female' else 'm'}")
    return lang, fam[0], fam[1], giv[0], giv[1], g


def ea_script(lang: str, fs: str, gs: str) -> str:
    return f"{fs}{gs}" if lang != "ko" else f"{fs}{gs}"


EA_FEMALE_WORD = {"zh": "女演员", "ja": "女優", "ko": "여배우"}
EA_MALE_WORD = {"zh": "男演员", "ja": "俳優", "ko": "남자 배우"}


def t_east_asian_script(c: Ctx) -> tuple[Item, Label]:
    lang, fs, fr, gs, gr, g = ea_person(c)
    script = c.rng.choice(
        [f"{fs}{gs}", f"{fs} {gs}", f"{fs}・{gs}" if lang == "ja" else f"{fs}{gs}"]
    )
    word = (EA_FEMALE_WORD if g == "female" else EA_MALE_WORD)[lang]
    desc = {"zh": f"<p>{script}，{word}。训练集 {c.rng.randint(30, 90)} 张，建议权重 0.8</p>",
            "ja": f"<p>{word}の{script}さんのLoRAです。推奨ウェイト0.7</p>",
            "ko": f"<p>{script} ({word}) 로라입니다 {c.emoji()} 가중치 0.8 추천</p>"}[lang] + usage(c)  # fmt: skip
    item = simple_lora(c, script, desc, [], "ea_" + str(c.rng.randint(100, 999)), ["asian"])
    target = f"{fr} {gr}"
    return lab_c(item, "public_figure", "east_asian_script", False, target, g,
                 aliases=[f"{fs}{gs}", script])  # fmt: skip


def t_east_asian_family_first(c: Ctx) -> tuple[Item, Label]:
    lang, fs, fr, gs, gr, g = ea_person(c, c.rng.choice(["ko", "zh"]))
    name = f"{fr} {gr}"
    desc = intro(c, name, g) + usage(c)
    item = simple_lora(c, f"{name} | {c.rng.choice(['K-actress', 'C-drama', 'idol'])}", desc,
                       [snake(name)], snake(name), ["korean" if lang == "ko" else "chinese"])  # fmt: skip
    return lab_c(item, "public_figure", "east_asian_family_first", False, name, g,
                 aliases=[f"{gr} {fr}", f"{fs}{gs}"])  # fmt: skip


def t_east_asian_run_together(c: Ctx) -> tuple[Item, Label]:
    lang, fs, fr, gs, gr, g = ea_person(c)
    run = (fr + gr).replace("-", "").lower()
    item = simple_lora(c, c.rng.choice(["asian beauty 07", "亚洲 face v2", "AsianCeleb_v3"]),
                       usage(c), [run], f"{run}_v3-000010", ["asian", "realistic"])  # fmt: skip
    return lab_c(item, "public_figure", "east_asian_run_together", False, f"{fr} {gr}", g,
                 aliases=[run, f"{fs}{gs}"])  # fmt: skip


def t_east_asian_camel(c: Ctx) -> tuple[Item, Label]:
    lang, fs, fr, gs, gr, g = ea_person(c)
    cam = camel(f"{gr} {fr}")
    item = simple_lora(c, cam, usage(c), [cam], cam, ["asian"])
    return lab_c(item, "public_figure", "east_asian_camel", False, f"{fr} {gr}", g,
                 aliases=[cam, f"{gr} {fr}", f"{fs}{gs}"])  # fmt: skip


def t_east_asian_kanji_kana(c: Ctx) -> tuple[Item, Label]:
    g = "female"
    fam = c.pick("ja_family")
    giv = c.rng.choice([x for x in c.v["ja_given_f"] if not any("\u4e00" <= ch <= "\u9fff"
                                                                  for ch in x[0])])  # fmt: skip
    script = f"{fam[0]}{giv[0]}"
    desc = f"<p>グラビアアイドル{script}さん（{c.rng.randint(22, 31)}歳）のLoRA。</p>" + usage(c)
    item = simple_lora(c, f"{script} / {giv[1]} {fam[1]}", desc, [giv[1].lower()],
                       f"{fam[1].lower()}_{giv[1].lower()}", ["japanese", "gravure"])  # fmt: skip
    return lab_c(item, "public_figure", "east_asian_kanji_kana", False,
                 f"{fam[1]} {giv[1]}", g, aliases=[script, f"{giv[1]} {fam[1]}"])  # fmt: skip


def t_script_and_roman(c: Ctx) -> tuple[Item, Label]:
    lang, fs, fr, gs, gr, g = ea_person(c)
    script = f"{fs}{gs}"
    title = f"{script} {gr} {fr}" if lang == "ja" else f"{fr} {gr} {script}"
    item = simple_lora(c, title, intro(c, f"{fr} {gr}", g) + usage(c), [snake(f"{fr} {gr}")],
                       snake(f"{fr} {gr}"), ["asian", "celebrity"])  # fmt: skip
    return lab_c(item, "public_figure", "script_and_roman", False, f"{fr} {gr}", g,
                 aliases=[script, f"{gr} {fr}"])  # fmt: skip


FOREIGN = {
    "es": (
        "<p>{n} es una {t} de {city}. Entrené este LoRA con {k} fotos de ella. Peso "
        "recomendado 0.8. ¡Disfrutad! {e}</p>",
        "actriz",
        "<p>{n} es un actor de {city}. Entrené este LoRA con {k} fotos de él.</p>",
        "actor",
    ),
    "de": (
        "<p>{n} ist eine deutsche {t}. Trainiert mit {k} Bildern von ihr, am besten mit "
        "Gewicht 0.7 {e}</p>",
        "Schauspielerin",
        "<p>{n} ist ein {t} aus {city}. Trainiert mit {k} Bildern von ihm.</p>",
        "Moderator",
    ),
    "fr": (
        "<p>{n} est une {t} française. LoRA entraîné sur {k} photos d'elle. {e}</p>",
        "chanteuse",
        "<p>{n} est un {t} de {city}, entraîné sur {k} photos de lui.</p>",
        "acteur",
    ),
    "ru": (
        "<p>{n} — российская {t}. Обучено на {k} фотографиях, она на всех в анфас. {e}</p>",
        "актриса",
        "<p>{n} — {t} из {city}. Обучено на {k} фото, он в анфас.</p>",
        "актёр",
    ),
    "ar": (
        "<p>{n} ممثلة و{t}. تم تدريب النموذج على {k} صورة لها. {e}</p>",
        "مذيعة",
        "<p>{n} ممثل و{t}. تم التدريب على {k} صورة له.</p>",
        "مذيع",
    ),
    "pt": (
        "<p>{n} é uma {t} brasileira. Treinei com {k} fotos dela. Peso 0.8 {e}</p>",
        "atriz",
        "<p>{n} é um {t} de {city}. Treinei com {k} fotos dele.</p>",
        "ator",
    ),
    "id": (
        "<p>{n} adalah seorang {t} Indonesia. Dilatih dengan {k} foto wajahnya, dia cantik sekali {e}</p>",
        "aktris",
        "<p>{n} adalah seorang {t} dari {city}. Dilatih dengan {k} foto.</p>",
        "aktor",
    ),
    "hi": (
        "<p>{n} एक भारतीय {t} हैं। यह LoRA उनकी {k} तस्वीरों पर बना है। वह बहुत लोकप्रिय हैं। {e}</p>",
        "अभिनेत्री",
        "<p>{n} एक भारतीय {t} हैं। यह LoRA उनकी {k} तस्वीरों पर बना है।</p>",
        "अभिनेता",
    ),
}


def t_foreign_page(c: Ctx) -> tuple[Item, Label]:
    lang = c.rng.choice(sorted(FOREIGN))
    world = [w for w in c.v["world"] if w[3] == lang or (lang == "ru" and w[3] == "uk")]
    if world and c.rng.random() < 0.6:
        given, fam, script, _, g = c.rng.choice(world)
        shown = script or f"{given} {fam}"
        target = script or f"{given} {fam}"
        aliases = [f"{given} {fam}"] if script else []
    else:
        g = c.gender(0.2)
        given, fam = c.western(g)
        shown = target = f"{given} {fam}"
        aliases = []
    fem, ftrade, masc, mtrade = FOREIGN[lang]
    tmpl, trade = (fem, ftrade) if g == "female" else (masc, mtrade)
    desc = tmpl.format(n=shown, t=trade, city=c.pick("cities"), k=c.rng.randint(20, 90),
                       e=c.emoji())  # fmt: skip
    title = c.rng.choice([shown, f"{shown} LoRA", f"{shown} | {trade}"])
    item = simple_lora(c, title, desc, [], "lora_" + lang + str(c.rng.randint(10, 99)),
                       ["celebrity"] if c.rng.random() < 0.5 else [])  # fmt: skip
    return lab_c(item, "public_figure", "foreign_page", False, target, g, aliases=aliases)


def t_world_name(c: Ctx) -> tuple[Item, Label]:
    given, fam, script, cult, g = c.pick("world")
    name = f"{given} {fam}"
    desc = intro(c, name, g) + usage(c)
    item = simple_lora(c, c.rng.choice([name, f"{name} (SDXL)", f"{fam} {given}"]), desc,
                       [snake(name)], snake(name), person_tags(c, g, 2))  # fmt: skip
    aliases = [f"{fam} {given}", snake(name)] + ([script] if script else [])
    return lab_c(item, "public_figure", "world_name", False, name, g, aliases=aliases)


def t_particle_name(c: Ctx) -> tuple[Item, Label]:
    given, fam, g = c.pick("particle")
    name = f"{given} {fam}"
    sexual = maybe_sexual(c, 0.2)
    desc = intro(c, name, g) + usage(c) + ("<p>also does lingerie shoots</p>" if sexual else "")
    trig = snake(name)
    item = simple_lora(c, c.rng.choice([name, f"{name} 💫", f"{fam.split()[-1]}, {given}"]), desc,
                       [trig], trig, person_tags(c, g, 2), sexual)  # fmt: skip
    return lab_c(item, "public_figure", "particle_name", sexual, name, g, aliases=[trig])


def t_aio_pack(c: Ctx) -> tuple[Item, Label]:
    people = [" ".join(c.western("female")) for _ in range(c.rng.randint(3, 5))]
    desc = ("<p>All-in-one pack! One LoRA, several faces. Triggers:</p><ul>"
            + "".join(f"<li>{p.lower()}</li>" for p in people) + "</ul>" + usage(c))  # fmt: skip
    item = simple_lora(c, c.rng.choice(["AIO Celeb Pack", "Actresses All-In-One v2", "5in1 faces"]),
                       desc, [p.lower() for p in people], "aio_pack", ["celebrity", "pack"])  # fmt: skip
    return lab_c(item, "public_figure", "aio_pack", False, people[0], "female", targets=people)


def t_named_blend(c: Ctx) -> tuple[Item, Label]:
    a, b = " ".join(c.western("female")), " ".join(c.western("female"))
    title = c.rng.choice([f"{a} x {b} blend", f"Mix of {a} & {b}", "Blend #4"])
    desc = f"<p>a 60/40 mix of {a} and {b} faces, tweak the weights 🔀</p>" + usage(c)
    item = simple_lora(c, title, desc, ["blendface"], "blend4", ["woman", "blend"])
    return lab_c(item, "public_figure", "named_blend", False, a, "female", targets=[a, b])


def t_live_action_role(c: Ctx) -> tuple[Item, Label]:
    g = c.gender(0.1)
    given, fam = c.western(g)
    actor = f"{given} {fam}"
    role, show = c.pick("roles"), c.pick("shows")
    where = c.rng.choice(["desc", "title"])
    title = f"{role} ({show})" + (f" - {actor}" if where == "title" else "")
    desc = (f"<p>{role} from the TV series {show}, as played by {actor}. season 2 look.</p>"
            + usage(c))  # fmt: skip
    e = era(c)
    mtype = c.rng.choice(["LORA", "LORA", "Checkpoint", "Hypernetwork"])
    files = lora_file(c, snake(role)) + (stock_extras(c) if mtype == "Checkpoint" else [])
    v = version(c, e, "v1", files, [snake(role)])
    item = civitai(c, title, desc, mtype, ["character", "tv series", "woman" if g == "female"
                                           else "man"], [v], e)  # fmt: skip
    return lab_c(item, "public_figure", "live_action_role", False, actor, g,
                 aliases=[role])  # fmt: skip


def t_live_action_disclaimer(c: Ctx) -> tuple[Item, Label]:
    given, fam = c.western("female")
    actor = f"{given} {fam}"
    role, show = c.pick("roles"), c.pick("shows")
    desc = (
        f"<p>{role} — {show} (2024 film). Actress: {actor}.</p><p><em>Disclaimer: this is "
        "a fictional character. Any resemblance is for fan art only.</em></p>" + usage(c)
    )
    item = simple_lora(c, role, desc, [snake(role)], snake(role), ["character", "movie"])
    return lab_c(item, "public_figure", "live_action_disclaimer", False, actor, "female",
                 aliases=[role])  # fmt: skip


def t_kdrama_role(c: Ctx) -> tuple[Item, Label]:
    _, fs, fr, gs, gr, g = ea_person(c, "ko")
    show_ko, show_en = c.pick("kdramas")
    given = ["Mi-rae", "Bit-na", "Ji-an"] if g == "female" else ["Do-hyun", "Jae-won"]
    role = f"{c.rng.choice(['Yoon', 'Han', 'Seo'])} {c.rng.choice(given)}"
    desc = f"<p>{role} from the K-drama {show_en} ({show_ko}). 배우: {fs}{gs} 💜</p>" + usage(c)
    item = simple_lora(c, f"{role} | {show_en}", desc, [snake(role)], snake(role),
                       ["character", "kdrama"])  # fmt: skip
    return lab_c(item, "public_figure", "kdrama_role", False, f"{fr} {gr}", g,
                 aliases=[f"{fs}{gs}", f"{gr} {fr}", role])  # fmt: skip


def t_role_only_live(c: Ctx) -> tuple[Item, Label]:
    role, show = c.pick("roles"), c.pick("shows")
    desc = ("<p>from the live-action series, trained on screencaps of season 1-3. "
            "the real actress face, not the comic.</p>" + usage(c))  # fmt: skip
    item = simple_lora(c, f"{role} ({show})", desc, [snake(role)], snake(role),
                       ["character", "live action", "tv series"])  # fmt: skip
    return lab_c(item, "public_figure", "role_only_live", False, role, "female")


def t_bounty(c: Ctx) -> tuple[Item, Label]:
    g = c.gender(0.2)
    given, fam = c.western(g)
    name = f"{given} {fam}"
    his = PRON[g][1]
    desc = c.rng.choice([
        f"<p>[BOUNTY FILLED] Requested by a user: {name}. 500 buzz bounty, thanks!</p>",
        f"<p>Bounty entry for 'Need a good {name} LoRA, SDXL please'. Dataset was {his} press photos.</p>",  # noqa: E501
    ]) + usage(c)  # fmt: skip
    item = simple_lora(c, c.rng.choice(["Bounty entry #2", f"{name} [bounty]", "for the bounty"]),
                       desc, [snake(name)], "bounty_entry", ["bounty"])  # fmt: skip
    return lab_c(item, "public_figure", "bounty", False, name, g)


def t_hf_slug(c: Ctx) -> tuple[Item, Label]:
    g = c.gender()
    given, fam = c.western(g)
    name = f"{given} {fam}"
    slug = c.rng.choice(
        [f"{given}-{fam}-lora", f"{fam}_{given}_flux", f"{given}{fam}-sdxl"]
    ).lower()
    repo = f"{c.pick('hf_users')}/{slug}"
    while repo in c.used_hf:
        repo += "-v2"
    card = {"base_model": "black-forest-labs/FLUX.1-dev", "instance_prompt": given.lower(),
            "tags": ["lora", "flux"], "license": "other"}  # fmt: skip
    item = hf(c, repo, ["lora", "template:sd-lora",
                        "base_model:adapter:black-forest-labs/FLUX.1-dev"], card,
              [f"{slug}.safetensors"])  # fmt: skip
    return lab_h(item, "public_figure", "hf_slug", False, name, g, aliases=[slug])


def t_hf_link_only(c: Ctx) -> tuple[Item, Label]:
    g = c.gender()
    given, fam = c.western(g)
    name = f"{given} {fam}"
    cid = c.rng.randint(100000, 999999)
    link = f"https://civitai.com/models/{cid}/{given.lower()}-{fam.lower()}-sdxl"
    repo = f"{c.pick('hf_users')}/civitai-{cid}"
    card = {"base_model": "stabilityai/stable-diffusion-xl-base-1.0", "tags": ["lora"],
            "widget": [{"text": "a photo", "output": {"url": "images/1.png"}}],
            "source": link, "description": f"mirror of {link}"}  # fmt: skip
    item = hf(c, repo, ["lora", "base_model:adapter:stabilityai/stable-diffusion-xl-base-1.0"],
              card, ["model.safetensors"])  # fmt: skip
    return lab_h(item, "public_figure", "hf_link_only", False, name, g,
                 aliases=[f"{given.lower()}-{fam.lower()}"])  # fmt: skip


def t_hf_widget_prompt(c: Ctx) -> tuple[Item, Label]:
    g = c.gender()
    given, fam = c.western(g)
    name = f"{given} {fam}"
    repo = f"{c.pick('hf_users')}/face-lora-{c.rng.randint(10, 99)}"
    while repo in c.used_hf:
        repo += "b"
    card = {"base_model": "black-forest-labs/FLUX.1-dev", "instance_prompt": "TOK",
            "widget": [{"text": f"TOK, {name} on a red carpet, flash photography"}]}  # fmt: skip
    item = hf(c, repo, ["lora", "template:sd-lora"], card, ["lora.safetensors"])
    return lab_h(item, "public_figure", "hf_widget_prompt", False, name, g)


def t_flagged_2025(c: Ctx) -> tuple[Item, Label]:
    g = c.gender()
    given, fam = c.western(g)
    name = f"{given} {fam}"
    v = version(c, "2025", "Flux", lora_file(c, snake(name)), [snake(name)], "", early=True)
    item = civitai(c, name, intro(c, name, g), "LORA", ["celebrity"], [v], "2025", poi=True)
    return lab_c(item, "public_figure", "flagged_2025", False, name, g)


def t_dreambooth_checkpoint(c: Ctx) -> tuple[Item, Label]:
    g = "female"
    given, fam = c.western(g)
    name = f"{given} {fam}"
    e = era(c)
    files = [_file(c, f"{snake(name)}_dreambooth.ckpt", size_kb=2082642.0), *stock_extras(c)]
    v = version(c, e, "fp16 pruned", files, ["sks woman"])
    desc = f"<p>Dreambooth of {name}, 3000 steps, sks woman. VAE included.</p>" + usage(c)
    item = civitai(c, f"{name} Dreambooth", desc, "Checkpoint", ["dreambooth", "woman"], [v], e)
    return lab_c(item, "public_figure", "dreambooth_checkpoint", False, name, g)


def t_obfuscated(c: Ctx) -> tuple[Item, Label]:
    g = "female"
    given, fam = c.western(g)
    name = f"{given} {fam}"
    bent = c.rng.choice([name.replace("a", "4").replace("e", "3"), f"{given[0]}*{given[2:]} {fam}",
                         " ".join(name.replace(" ", ""))])  # fmt: skip
    item = simple_lora(c, bent, "<p>you know who 🤫</p>" + usage(c), [bent.lower()], "yk_who",
                       ["woman"])  # fmt: skip
    return lab_c(item, "public_figure", "obfuscated", False, name, g, aliases=[bent])


def t_male_female_tags(c: Ctx) -> tuple[Item, Label]:
    given, fam = c.western("male")
    name = f"{given} {fam}"
    desc = f"<p>{name}, the {c.rng.choice(TRADE['male'])}. He requested by many.</p>" + usage(c)
    item = simple_lora(c, name, desc, [snake(name)], snake(name),
                       ["girl", "woman", "1girl", "realistic", "celebrity"])  # fmt: skip
    return lab_c(item, "public_figure", "male_with_female_tags", False, name, "male")


PRON_FOREIGN = {"female": ["ella", "elle", "она", "她", "그녀", "彼女"],
                "male": ["él", "il", "он", "他", "그", "彼"]}  # fmt: skip


def t_pronoun_foreign(c: Ctx) -> tuple[Item, Label]:
    g = c.gender(0.35)
    given, fam = c.western(g)
    name = f"{given} {fam}"
    i = c.rng.randrange(6)
    p = PRON_FOREIGN[g][i]
    line = [f"{name}: {p} es muy conocida" if g == "female" else f"{name}: {p} es muy conocido",
            f"{name} — {p} est célèbre",
            f"{name} — {p} знаменит{'а' if g == 'female' else ''}",
            f"{name}，{p}很有名",
            f"{name} — {p}는 유명합니다" if g == "female" else f"{name} — {p}는 유명한 배우",
            f"{name} — {p}は有名です"][i]  # fmt: skip
    item = simple_lora(c, name, f"<p>{line}</p>" + usage(c), [snake(name)], snake(name), [])
    return lab_c(item, "public_figure", "pronoun_foreign", False, name, g)


def t_adult_youth_words(c: Ctx) -> tuple[Item, Label]:
    lang, fs, fr, gs, gr, _ = ea_person(c)
    g = "female"
    giv = c.pick(f"{lang}_given_f")
    gs, gr = giv
    age = c.rng.randint(20, 29)
    name = f"{fr} {gr}"
    desc = c.rng.choice([
        f"<p>{name}, {age} years old, cute petite idol look. school uniform photoshoot concept (she is an adult).</p>",  # noqa: E501
        f"<p>{fs}{gs} ({age}세) — 귀여운 여자 아이돌. young and kawaii style, born {2025 - age}.</p>",
        f"<p>{fs}{gs}（{age}歳）かわいい系。制服グラビア, looks young but adult.</p>",
    ]) + usage(c)  # fmt: skip
    item = simple_lora(c, f"{name} cute ver.", desc, [snake(name)], snake(name),
                       ["asian", "cute", "young", "girl"])  # fmt: skip
    return lab_c(item, "public_figure", "adult_youth_words", False, name, g,
                 aliases=[f"{fs}{gs}", f"{gr} {fr}"])  # fmt: skip


def t_adult_youth_western(c: Ctx) -> tuple[Item, Label]:
    given, fam = c.western("female")
    name = f"{given} {fam}"
    age = c.rng.randint(19, 26)
    desc = (f"<p>{name} ({age}), young petite model, cute girl-next-door look, college cheer "
            "uniform set.</p>" + usage(c))  # fmt: skip
    item = simple_lora(c, name, desc, [snake(name)], snake(name), ["girl", "young", "petite"])
    return lab_c(item, "public_figure", "adult_youth_words_western", False, name, "female")


def t_minor_cue(c: Ctx) -> tuple[Item, Label]:
    g = c.gender(0.3)
    given, fam = c.western(g)
    name = f"{given} {fam}"
    his = PRON[g][1]
    age = c.rng.randint(9, 16)
    cue = c.rng.choice([f"the {age}-year-old child actor" if g == "male" else
                        f"the {age}-year-old child actress",
                        f"{age} years old, from the teen drama", f"junior high student, age {age}"])  # fmt: skip
    desc = f"<p>{name}, {cue}. Portrait only, {his} school event photos. SFW.</p>"
    e = "2025"
    v = version(c, e, "v1", lora_file(c, snake(name)), [snake(name)])
    item = civitai(c, name, desc, "LORA", ["portrait", "sfw"], [v], e, minor=c.rng.random() < 0.3)
    return lab_c(item, "public_figure", "minor_cue", False, name, g, minor=True)


def t_adult_performer(c: Ctx) -> tuple[Item, Label]:
    given, fam = c.western("female")
    name = f"{given} {fam}"
    desc = f"<p>{name}, adult actress (pornstar). NSFW LoRA, {c.rng.randint(50, 120)} imgs.</p>"
    item = simple_lora(c, f"{name} [NSFW]", desc + usage(c), [snake(name)], snake(name),
                       ["porn", "nsfw", "woman"], True)  # fmt: skip
    return lab_c(item, "public_figure", "adult_performer", True, name, "female")


def t_creator_handle(c: Ctx) -> tuple[Item, Label]:
    handle = str(c.pick("handles"))
    sexual = maybe_sexual(c, 0.35)
    k = c.rng.randint(40, 900)
    desc = (f"<p>@{handle} — instagram model ({k}k followers). her feed pics, "
            f"{c.rng.randint(30, 80)} imgs</p>" + ("<p>her fansly look</p>" if sexual else "")
            + usage(c))  # fmt: skip
    item = simple_lora(c, f"@{handle}", desc, [handle], handle.replace(".", "_"),
                       ["instagram", "influencer"], sexual)  # fmt: skip
    return lab_c(item, "online_creator", "creator_handle", sexual, handle, "female",
                 aliases=[f"@{handle}"])  # fmt: skip


def t_male_streamer(c: Ctx) -> tuple[Item, Label]:
    handle = str(c.pick("male_handles"))
    desc = (f"<p>twitch streamer {handle}, {c.rng.randint(100, 900)}k followers. trained on his "
            "webcam VODs, facecam angle works best</p>" + usage(c))  # fmt: skip
    item = simple_lora(c, f"{handle} (streamer)", desc, [handle.lower()], handle.lower(),
                       ["streamer", "man", "twitch"])  # fmt: skip
    return lab_c(item, "online_creator", "male_streamer", False, handle, "male")


def t_creator_east_asian(c: Ctx) -> tuple[Item, Label]:
    lang, fs, fr, _, _, _ = ea_person(c)
    gs, gr = c.pick(f"{lang}_given_f")
    script = f"{fs}{gs}"
    k = c.rng.randint(50, 800)
    desc, title, tags = {
        "zh": (
            f"<p>抖音网红 {script}，粉丝{k}万。她的自拍和vlog截图。</p>",
            f"{script} 网红",
            ["douyin", "influencer"],
        ),
        "ja": (
            f"<p>インスタグラマーの{script}さん（フォロワー{k}万人）。自撮り写真で学習。</p>",
            f"{script} インフルエンサー",
            ["instagram", "japanese"],
        ),
        "ko": (
            f"<p>인스타 인플루언서 {script} (팔로워 {k}만). 그녀의 셀카로 학습했어요.</p>",
            f"{script} 인플루언서",
            ["instagram", "korean"],
        ),
    }[lang]
    item = simple_lora(c, title, desc + usage(c), [], f"wh_{gr.lower().replace('-', '')}", tags)
    return lab_c(item, "online_creator", "creator_east_asian", False, f"{fr} {gr}", "female",
                 aliases=[script])  # fmt: skip


def t_hf_creator(c: Ctx) -> tuple[Item, Label]:
    handle = str(c.pick("handles"))
    slug = handle.replace(".", "-").replace("_", "-").lower() + "-lora"
    repo = f"{c.pick('hf_users')}/{slug}"
    while repo in c.used_hf:
        repo += "-2"
    card = {"instance_prompt": handle, "base_model": "stabilityai/stable-diffusion-xl-base-1.0",
            "widget": [{"text": f"{handle}, instagram selfie, mirror"}]}  # fmt: skip
    item = hf(c, repo, ["lora", "template:sd-lora"], card, ["pytorch_lora_weights.safetensors"])
    return lab_h(item, "online_creator", "hf_creator", False, handle, "female")


PRIVATE = [
    ("my wife", "female", "<p>My wife {n}, she agreed to this :) 30 phone pics</p>"),
    ("girlfriend", "female", "<p>gf_lora of {n}, trained on our holiday photos, private use</p>"),
    ("coworker", "female", "<p>{n} from work, made for her birthday card, she said ok</p>"),
    ("sister", "female", "<p>my sister {n}. she wanted to see herself as an elf lol</p>"),
    ("husband", "male", "<p>My husband {n} as a knight, for our anniversary. his selfies</p>"),
    ("me", "male", "<p>this is me ({n}) trained on 20 selfies, he = me lol</p>"),
    ("mother", "female", "<p>In memory of my mom {n}. her old photos scanned</p>"),
    (
        "neighbour",
        "female",
        "<p>{n}, my neighbour, asked me to make her a fantasy portrait lora</p>",
    ),
    (
        "client",
        "female",
        "<p>commission for a client: {n} (her own photos, she owns the rights)</p>",
    ),
    ("brother", "male", "<p>my brother {n} for his wedding invite, his pics</p>"),
]


def t_private(c: Ctx) -> tuple[Item, Label]:
    _, g, tmpl = c.rng.choice(PRIVATE)
    given = str(c.pick("female" if g == "female" else "male"))
    sexual = maybe_sexual(c, 0.15) and g == "female"
    desc = tmpl.format(n=given) + ("<p>some boudoir pics in the set</p>" if sexual else "")
    item = simple_lora(c, c.rng.choice([f"{given} irl", f"{given}_face", f"{given} LoRA (private)"]),
                       desc + usage(c), [given.lower()], given.lower(), [], sexual)  # fmt: skip
    return lab_c(item, "private_person", "private", sexual, given, g)


PRIVATE_FOREIGN = [
    ("female", "<p>Mi novia {n}, entrenado con fotos de nuestras vacaciones 💕</p>"),
    ("female", "<p>Meine Frau {n}. Sie wollte sich als Elfe sehen.</p>"),
    ("female", "<p>Ma copine {n}, avec son accord bien sûr.</p>"),
    ("male", "<p>Mi marido {n}, regalo de aniversario.</p>"),
    ("female", "<p>我老婆{n}，自己用的</p>"),
]


def t_private_foreign(c: Ctx) -> tuple[Item, Label]:
    g, tmpl = c.rng.choice(PRIVATE_FOREIGN)
    given = str(c.pick("female" if g == "female" else "male"))
    item = simple_lora(c, f"{given} ({c.rng.choice(['privat', 'privado', 'perso'])})",
                       tmpl.format(n=given) + usage(c), [given.lower()], given.lower(), [])  # fmt: skip
    return lab_c(item, "private_person", "private_foreign", False, given, g)


def t_private_unknown(c: Ctx) -> tuple[Item, Label]:
    desc = c.rng.choice(["<p>my partner, trained on their selfies with their consent</p>",
                         "<p>roommate lora as a joke, they said it's fine</p>"])  # fmt: skip
    item = simple_lora(c, c.rng.choice(["partner lora", "roomie v1"]), desc + usage(c), ["rmt"],
                       "rmt", [])  # fmt: skip
    return lab_c(item, "private_person", "private_unknown", False, None, "unknown")


def t_hf_private(c: Ctx) -> tuple[Item, Label]:
    repo = f"{c.pick('hf_users')}/{c.rng.choice(['my-wife-flux', 'gf-lora-v2', 'me-selfie-lora'])}"
    while repo in c.used_hf:
        repo += "-x"
    g = "unknown" if "me-selfie" in repo else "female"
    card = {"instance_prompt": "p3rs0n", "base_model": "black-forest-labs/FLUX.1-dev"}
    item = hf(c, repo, ["lora"], card, ["lora.safetensors"])
    return lab_h(item, "private_person", "hf_private", False, None, g)


def t_name_in_changelog(c: Ctx) -> tuple[Item, Label]:
    g = c.gender()
    given, fam = c.western(g)
    name = f"{given} {fam}"
    desc = (f"<p>realistic portrait LoRA</p><h3>Changelog</h3><ul><li>v3: more {name} "
            "red carpet photos, fixed the eyes</li><li>v2: minor fixes</li></ul>" + usage(c))  # fmt: skip
    item = simple_lora(c, "Portrait LoRA v3", desc, ["prt3"], "prt3", ["portrait"])
    return lab_c(item, "public_figure", "name_in_changelog", False, name, g)


def t_fan_nickname(c: Ctx) -> tuple[Item, Label]:
    g = "female"
    given, fam = c.western(g)
    name = f"{given} {fam}"
    nick = f"Queen {given[:3]}"
    desc = f"<p>{nick} 👑 aka {name}, fans call her {nick}.</p>" + usage(c)
    item = simple_lora(c, f"{nick} 👑", desc, [snake(nick)], snake(nick), ["singer"])
    return lab_c(item, "public_figure", "fan_nickname", False, name, g, aliases=[nick])


def t_lookalike(c: Ctx) -> tuple[Item, Label]:
    g = c.gender(0.1)
    given, fam = c.western(g)
    name = f"{given} {fam}"
    title = c.rng.choice(
        [f"{name} lookalike", f"Looks like {name} (not her, wink)", f"{fam}-ish face"]
    )
    if g == "male":
        title = title.replace("not her", "not him")
    desc = (
        f"<p>a face that resembles {name} a lot. trained on a lookalike's photos + screencaps.</p>"
        + usage(c)
    )
    item = simple_lora(c, title, desc, ["lkl"], "lookalike", ["lookalike", "celebrity"])
    return lab_c(item, "public_figure", "lookalike", False, name, g)


def t_hf_east_asian_slug(c: Ctx) -> tuple[Item, Label]:
    lang, fs, fr, gs, gr, g = ea_person(c)
    slug = (
        c.rng.choice([f"{fr}-{gr}-lora", f"{fr}{gr}_flux", f"{gr}-{fr}-sdxl"])
        .lower()
        .replace("--", "-")
    )
    repo = f"{c.pick('hf_users')}/{slug}"
    while repo in c.used_hf:
        repo += "-v2"
    card = {"base_model": "black-forest-labs/FLUX.1-dev", "instance_prompt": f"{fr.lower()} {gr.lower()}",
            "widget": [{"text": f"{fs}{gs}, portrait, soft light"}]}  # fmt: skip
    item = hf(c, repo, ["lora", "template:sd-lora", "base_model:adapter:black-forest-labs/FLUX.1-dev"],
              card, [f"{slug}.safetensors"])  # fmt: skip
    return lab_h(item, "public_figure", "hf_east_asian_slug", False, f"{fr} {gr}", g,
                 aliases=[f"{fs}{gs}", f"{gr} {fr}", slug])  # fmt: skip


def t_east_asian_given_first(c: Ctx) -> tuple[Item, Label]:
    lang, fs, fr, gs, gr, g = ea_person(c)
    name = f"{gr} {fr}"
    he = PRON[g][0]
    desc = (f"<p>{name} ({c.rng.choice(TRADE[g])}). western order on purpose since {he} uses it "
            f"on instagram. {c.emoji()}</p>" + usage(c))  # fmt: skip
    item = simple_lora(c, name, desc, [snake(name)], snake(name), ["asian", "celebrity"])
    return lab_c(item, "public_figure", "east_asian_given_first", False, f"{fr} {gr}", g,
                 aliases=[name, f"{fs}{gs}", snake(name)])  # fmt: skip


POSITIVE: dict[str, tuple[Callable[[Ctx], tuple[Item, Label]], int, int]] = {
    "title_name": (t_title_name, 8, 8),
    "name_only_no_cue": (t_name_only_gender, 4, 4),
    "desc_only": (t_desc_only, 5, 5),
    "trigger_only": (t_trigger_only, 4, 4),
    "filename_only": (t_filename_only, 3, 3),
    "tag_only": (t_tag_only, 3, 3),
    "version_name": (t_version_name, 3, 3),
    "version_desc_only": (t_version_desc_only, 2, 3),
    "image_meta_prompt": (t_image_meta_prompt, 4, 4),
    "ordinary_words": (t_ordinary_words, 6, 6),
    "stage_name": (t_stage_name, 4, 4),
    "initials": (t_initials, 3, 3),
    "role_surname": (t_role_surname, 3, 4),
    "east_asian_script": (t_east_asian_script, 6, 6),
    "east_asian_family_first": (t_east_asian_family_first, 4, 4),
    "east_asian_run_together": (t_east_asian_run_together, 3, 3),
    "east_asian_camel": (t_east_asian_camel, 3, 3),
    "east_asian_kanji_kana": (t_east_asian_kanji_kana, 2, 2),
    "script_and_roman": (t_script_and_roman, 3, 3),
    "foreign_page": (t_foreign_page, 8, 9),
    "world_name": (t_world_name, 5, 5),
    "particle_name": (t_particle_name, 5, 5),
    "aio_pack": (t_aio_pack, 2, 3),
    "named_blend": (t_named_blend, 3, 3),
    "live_action_role": (t_live_action_role, 5, 5),
    "live_action_disclaimer": (t_live_action_disclaimer, 3, 3),
    "kdrama_role": (t_kdrama_role, 2, 2),
    "role_only_live": (t_role_only_live, 2, 2),
    "bounty": (t_bounty, 3, 3),
    "hf_slug": (t_hf_slug, 5, 5),
    "hf_link_only": (t_hf_link_only, 3, 3),
    "hf_widget_prompt": (t_hf_widget_prompt, 3, 3),
    "flagged_2025": (t_flagged_2025, 2, 2),
    "dreambooth_checkpoint": (t_dreambooth_checkpoint, 2, 2),
    "obfuscated": (t_obfuscated, 2, 2),
    "male_with_female_tags": (t_male_female_tags, 2, 2),
    "pronoun_foreign": (t_pronoun_foreign, 4, 4),
    "adult_youth_words": (t_adult_youth_words, 5, 5),
    "adult_youth_words_western": (t_adult_youth_western, 2, 2),
    "minor_cue": (t_minor_cue, 4, 4),
    "adult_performer": (t_adult_performer, 2, 2),
    "creator_handle": (t_creator_handle, 4, 4),
    "male_streamer": (t_male_streamer, 3, 3),
    "creator_east_asian": (t_creator_east_asian, 2, 2),
    "hf_creator": (t_hf_creator, 2, 2),
    "private": (t_private, 10, 11),
    "private_foreign": (t_private_foreign, 3, 3),
    "private_unknown": (t_private_unknown, 2, 2),
    "hf_private": (t_hf_private, 2, 2),
    "lookalike": (t_lookalike, 3, 3),
    "east_asian_given_first": (t_east_asian_given_first, 3, 3),
    "hf_east_asian_slug": (t_hf_east_asian_slug, 3, 3),
    "name_in_changelog": (t_name_in_changelog, 0, 3),
    "fan_nickname": (t_fan_nickname, 0, 2),
}
HOLD_ONLY = ("name_in_changelog", "fan_nickname", "news_studio_background", "wax_figure")


# ---------------------------------------------------------------- negative templates


def t_anime_character(c: Ctx) -> tuple[Item, Label]:
    en, script = c.pick("anime_names")
    fr = c.pick("franchise")
    sexual = maybe_sexual(c, 0.25)
    desc = (f"<p>{en} from {fr}. Outfits: default, swimsuit, casual.</p>"
            f"<p>Trigger: <code>{snake(en)}, long hair, hair ornament</code></p>" + usage(c))  # fmt: skip
    if sexual:
        desc += "<p>lewd version in v2</p>"
    tags = ["anime", "character", "girl", fr.lower()]
    item = simple_lora(c, f"{en} ({fr})", desc, [snake(en)], snake(en), tags, sexual)
    return lab_c(item, "character_anime", "anime_character", sexual)


def t_anime_no_tag(c: Ctx) -> tuple[Item, Label]:
    en, _ = c.pick("anime_names")
    desc = f"<p>{en} | 3 outfits | illustrious based</p>" + usage(c)
    item = simple_lora(c, en, desc, [snake(en)], snake(en), ["anime", "illustrious"])
    return lab_c(item, "character_anime", "anime_no_tag", False)


def t_anime_script_name(c: Ctx) -> tuple[Item, Label]:
    en, script = c.pick("anime_names")
    fr = c.pick("franchise")
    desc = f"<p>「{fr}」の{script}です。ゲーム版の衣装。</p>" + usage(c)
    item = simple_lora(c, f"{script} / {en}", desc, [snake(en)], snake(en),
                       ["anime", "game character"])  # fmt: skip
    return lab_c(item, "character_anime", "anime_script_name", False)


def t_anime_minor_age(c: Ctx) -> tuple[Item, Label]:
    en, _ = c.pick("anime_names")
    fr = c.pick("franchise")
    age = c.rng.randint(12, 16)
    desc = f"<p>{en} ({fr}), canon age {age}, middle schooler. Character sheet: school bag, cardigan.</p>"  # noqa: E501
    item = simple_lora(c, f"{en} | {fr}", desc, [snake(en)], snake(en), ["anime", "character"])
    return lab_c(item, "character_anime", "anime_stated_minor", False, minor=True)


def t_anime_irl(c: Ctx) -> tuple[Item, Label]:
    en, _ = c.pick("anime_names")
    desc = (f"<p>What if {en} was real? Realistic version of the anime girl, no real person "
            "used, trained on my own renders.</p>" + usage(c))  # fmt: skip
    item = simple_lora(c, f"{en} (realistic / IRL)", desc, [snake(en)], snake(en),
                       ["anime", "realistic", "character"])  # fmt: skip
    return lab_c(item, "character_anime", "anime_irl", False)


def t_game_npc(c: Ctx) -> tuple[Item, Label]:
    npc = str(c.pick("game_npcs"))
    fr = c.pick("franchise")
    desc = (f"<p>{npc}, the innkeeper NPC from {fr} (video game). 3D render look, "
            "in-game model screenshots.</p>" + usage(c))  # fmt: skip
    item = simple_lora(c, f"{npc} - {fr} NPC", desc, [snake(npc)], snake(npc),
                       ["game character", "video game", "character"])  # fmt: skip
    return lab_c(item, "character_western", "game_npc_full_name", False)


def t_western_character(c: Ctx) -> tuple[Item, Label]:
    name = c.rng.choice(["Captain Vessa Thorne", "Doctor Quillon Hart", "Marla the Tinkerer"])
    fr = c.pick("franchise")
    desc = f"<p>{name} from the {fr} comics / cartoon. cel shaded.</p>" + usage(c)
    item = simple_lora(c, f"{name} ({fr} comics)", desc, [snake(name)], snake(name),
                       ["cartoon", "comics", "character"])  # fmt: skip
    return lab_c(item, "character_western", "western_character", False)


def t_vtuber(c: Ctx) -> tuple[Item, Label]:
    name = str(c.pick("vtubers"))
    desc = f"<p>VTuber {name} (Live2D model), new outfit 2025 {c.emoji()}</p>" + usage(c)
    item = simple_lora(c, name, desc, [snake(name)], snake(name), ["vtuber", "anime", "character"])
    return lab_c(item, "character_vtuber", "vtuber", False)


def t_virtual_idol(c: Ctx) -> tuple[Item, Label]:
    name = c.rng.choice(["MIRAI-7", "Aelin Vox", "Sora Nova"])
    desc = (f"<p>{name} is an AI-generated virtual idol (fully synthetic, no real person). "
            "Official LoRA from the studio for fan art.</p>" + usage(c))  # fmt: skip
    item = simple_lora(c, f"{name} virtual idol", desc, [snake(name)], snake(name),
                       ["virtual idol", "ai", "woman"])  # fmt: skip
    return lab_c(item, "consistent_character", "virtual_idol", False)


def t_painter_style(c: Ctx) -> tuple[Item, Label]:
    name = str(c.pick("painters"))
    desc = f"<p>In the style of the painter {name}: thick impasto, muted palette.</p>" + usage(c)
    item = simple_lora(c, f"{name.split()[-1]} Style", desc, [f"{snake(name)} style"],
                       snake(name) + "_style", ["style", "painting", "art style"])  # fmt: skip
    return lab_c(item, "artist_style", "painter_style", False)


def t_photographer_style(c: Ctx) -> tuple[Item, Label]:
    name = str(c.pick("photographers"))
    desc = (f"<p>Photography style of {name}: harsh flash, 35mm, high contrast b/w.</p>"
            + usage(c))  # fmt: skip
    item = simple_lora(c, f"{name} photo style", desc, [f"by {name.lower()}"], snake(name),
                       ["photography", "style"])  # fmt: skip
    return lab_c(item, "artist_style", "photographer_style", False)


def _checkpoint(c: Ctx, title: str, desc: str, tags: list[str], sexual: bool) -> Item:
    e = era(c)
    files = [_file(c, f"{camel(title)}_v{c.rng.randint(2, 9)}.safetensors", size_kb=2082642.5),
             *stock_extras(c)]  # fmt: skip
    v = version(c, e, f"v{c.rng.randint(2, 9)}.0", files, [], "", sexual)
    return civitai(c, title, desc, "Checkpoint", tags, [v], e, sexual=sexual,
                   poi=c.rng.random() < 0.15)  # fmt: skip


def t_checkpoint(c: Ctx) -> tuple[Item, Label]:
    name = str(c.pick("checkpoints"))
    sexual = maybe_sexual(c, 0.4)
    desc = (f"<p>{name} — photorealistic checkpoint, good skin texture, diverse faces.</p>"
            + ("<p>Can do NSFW.</p>" if sexual else "") + usage(c))  # fmt: skip
    item = _checkpoint(c, name, desc, ["photorealistic", "base model", "woman"], sexual)
    return lab_c(item, "checkpoint_realistic", "checkpoint", sexual)


def t_checkpoint_merge(c: Ctx) -> tuple[Item, Label]:
    a, b = c.pick("checkpoints"), c.pick("checkpoints")
    desc = (f"<p>Recipe: {a} 0.6 + {b} 0.4 (weighted sum), then add difference with a detail "
            "LoRA. Baked VAE.</p>" + usage(c))  # fmt: skip
    item = _checkpoint(c, f"{a.split()[0]}{b.split()[0]} Mix", desc, ["merge", "realistic"], False)
    return lab_c(item, "checkpoint_realistic", "checkpoint_merge", False)


def t_hf_checkpoint(c: Ctx) -> tuple[Item, Label]:
    repo = f"{c.pick('hf_users')}/{snake(str(c.pick('checkpoints'))).replace('_', '-')}-xl"
    while repo in c.used_hf:
        repo += "-b"
    card = {"license": "openrail++", "tags": ["photorealistic", "sdxl"]}
    item = hf(c, repo, ["stable-diffusion-xl", "photorealistic"], card,
              ["model.safetensors", "vae/diffusion_pytorch_model.safetensors"])  # fmt: skip
    return lab_h(item, "checkpoint_realistic", "hf_checkpoint", False)


def t_clothing(c: Ctx) -> tuple[Item, Label]:
    what = c.rng.choice(["hanbok (modern)", "qipao / cheongsam", "idol stage outfit",
                         "80s aerobics leotard", "wedding dress set", "lingerie set"])  # fmt: skip
    sexual = "lingerie" in what
    item = simple_lora(c, f"{what.title()} LoRA", f"<p>{what}, works on any character.</p>"
                       + usage(c), [snake(what)], snake(what), ["clothing", "outfit"], sexual)  # fmt: skip
    return lab_c(item, "clothing", "clothing", sexual)


def t_celebrity_hairstyle(c: Ctx) -> tuple[Item, Label]:
    given, fam = c.fresh_western("female")
    name = f"{given} {fam}"
    what = c.rng.choice(["bob haircut", "met gala dress", "curtain bangs"])
    desc = (f"<p>The {what} made famous by {name} — only the {what.split()[-1]}, no face was "
            "trained, use on any subject.</p>" + usage(c))  # fmt: skip
    item = simple_lora(c, f"Iconic {what.title()}", desc, [snake(what)], snake(what),
                       ["hairstyle" if "hair" in what or "bangs" in what else "clothing"])  # fmt: skip
    return lab_c(item, "clothing", "celebrity_hairstyle_outfit", False)


def t_instagram_filter(c: Ctx) -> tuple[Item, Label]:
    item = simple_lora(c, c.rng.choice(["Instagram Filter", "IG selfie look", "Insta Glow"]),
                       "<p>that overexposed instagram filter look, phone camera</p>" + usage(c),
                       ["instagram filter"], "igfilter", ["instagram", "photo", "style"])  # fmt: skip
    return lab_c(item, "concept", "instagram_filter", False)


def t_lighting_pose(c: Ctx) -> tuple[Item, Label]:
    what = c.rng.choice(["Rembrandt lighting", "looking over shoulder pose", "neon rim light",
                         "hands in pockets pose"])  # fmt: skip
    item = simple_lora(c, what.title(), f"<p>{what}</p>" + usage(c), [snake(what)], snake(what),
                       ["concept", "pose", "lighting"])  # fmt: skip
    return lab_c(item, "concept", "lighting_pose", False)


def t_celebrity_concept(c: Ctx) -> tuple[Item, Label]:
    what = c.rng.choice(["Celebrity Red Carpet", "Paparazzi Shot", "Award Show Backstage"])
    item = simple_lora(c, what, f"<p>{what.lower()} vibe, flashes, crowd, step-and-repeat "
                       "wall. makes anyone look like a celebrity</p>" + usage(c),
                       [snake(what)], snake(what), ["celebrity", "concept", "photo"])  # fmt: skip
    return lab_c(item, "concept", "celebrity_concept", False)


def t_generic_face(c: Ctx) -> tuple[Item, Label]:
    title = c.rng.choice(["Beautiful Woman Face", "Pretty Face Helper", "Perfect Face XL",
                          "Natural Beauty"])  # fmt: skip
    tags = ["woman", "face", "beautiful"] + (["celebrity"] if c.rng.random() < 0.25 else [])
    item = simple_lora(c, title, "<p>makes faces prettier, no specific person</p>" + usage(c),
                       [], snake(title), tags, mtype=c.rng.choice(["LORA", "TextualInversion"]))  # fmt: skip
    return lab_c(item, "generic_face", "generic_face", False)


def t_generic_asian_face(c: Ctx) -> tuple[Item, Label]:
    what = c.rng.choice(["Generic Korean Girl Face", "Japanese Girl Face (average)",
                         "韩系美女脸 Korean beauty", "Chinese girl face v3"])  # fmt: skip
    desc = "<p>generic face, not any real person. 여자 / 美女 / 女性 all work</p>" + usage(c)
    item = simple_lora(c, what, desc, ["kgirl"], "kgirl", ["asian", "girl", "woman", "korean"])
    return lab_c(item, "generic_face", "generic_asian_face", False)


def t_average_face(c: Ctx) -> tuple[Item, Label]:
    n = c.rng.choice([100, 250, 500])
    desc = (f"<p>Average face of {n} photos of random stock models, morphed together. Nobody in "
            "particular.</p>" + usage(c))  # fmt: skip
    item = simple_lora(c, f"Average Face ({n} photos)", desc, ["avgface"], "avgface",
                       ["face", "woman"])  # fmt: skip
    return lab_c(item, "generic_face", "average_face", False)


def t_bare_woman_tags(c: Ctx) -> tuple[Item, Label]:
    item = simple_lora(c, c.rng.choice(["woman", "girl_v2", "F"]), "", [], "w",
                       ["woman", "girl", "female"], mtype="TextualInversion")  # fmt: skip
    return lab_c(item, "generic_face", "bare_woman_tags", False)


def t_ethnic_look(c: Ctx) -> tuple[Item, Label]:
    what = c.rng.choice(["Nordic Look", "Latina Beauty Mix", "Slavic Face", "South Indian Look",
                         "Nigerian Beauty"])  # fmt: skip
    item = simple_lora(c, what, f"<p>{what.lower()}, mixed dataset of many faces</p>" + usage(c),
                       [snake(what)], snake(what), ["ethnicity", "woman"])  # fmt: skip
    return lab_c(item, "ethnic_look", "ethnic_look", False)


def t_doll_likeness(c: Ctx) -> tuple[Item, Label]:
    what = c.rng.choice(["Korean Doll Likeness", "Porcelain Doll Likeness", "Euro Doll Likeness"])
    item = simple_lora(c, what, "<p>doll-like faces, blended</p>" + usage(c), [], snake(what),
                       ["doll", "woman", "realistic"])  # fmt: skip
    return lab_c(item, "doll_likeness", "doll_likeness", False)


def t_mannequin_statue(c: Ctx) -> tuple[Item, Label]:
    what = c.rng.choice(["Marble Statue", "Store Mannequin", "Ball-Jointed Doll",
                         "Bronze Bust"])  # fmt: skip
    item = simple_lora(c, what + " Effect", f"<p>turns people into a {what.lower()}</p>"
                       + usage(c), [snake(what)], snake(what), ["concept", "statue"])  # fmt: skip
    return lab_c(item, "concept", "mannequin_statue", False)


def t_famous_painting(c: Ctx) -> tuple[Item, Label]:
    painter = str(c.pick("painters"))
    work = c.rng.choice(
        ["Lady with a Lantern", "The Weaver's Daughter", "Portrait of Madame Oriel"]
    )
    desc = f"<p>Recreates the famous painting '{work}' by {painter} (1887).</p>" + usage(c)
    item = simple_lora(c, f"{work} (painting)", desc, [snake(work)], snake(work),
                       ["painting", "art"])  # fmt: skip
    return lab_c(item, "artist_style", "famous_painting", False)


def t_blend_unnamed(c: Ctx) -> tuple[Item, Label]:
    item = simple_lora(c, c.rng.choice(["Mixed Face #3", "Random Blend Face", "5-face merge"]),
                       "<p>blend of five random faces, none recognisable</p>" + usage(c), [],
                       "mix3", ["woman", "blend"])  # fmt: skip
    return lab_c(item, "blend_unnamed", "blend_unnamed", False)


def t_nonexistent(c: Ctx) -> tuple[Item, Label]:
    item = simple_lora(c, c.rng.choice(["This Person Does Not Exist", "TPDNE faces v2",
                                        "Fake person generator"]),
                       "<p>faces of people who do not exist (GAN generated dataset)</p>"
                       + usage(c), [], "tpdne", ["face", "person"])  # fmt: skip
    return lab_c(item, "nonexistent_person", "nonexistent_person", False)


def t_consistent_character(c: Ctx) -> tuple[Item, Label]:
    given = str(c.pick("female"))
    desc = (f"<p>{given} is my original consistent character (OC) for comics. Made up, generated "
            "with a dataset of my own renders.</p>" + usage(c))  # fmt: skip
    item = simple_lora(c, f"{given} - Consistent Character", desc, [given.lower()], given.lower(),
                       ["consistent character", "oc", "woman"])  # fmt: skip
    return lab_c(item, "consistent_character", "consistent_character", False)


def t_ai_influencer(c: Ctx) -> tuple[Item, Label]:
    name, handle = c.pick("ai_personas")
    sexual = maybe_sexual(c, 0.3)
    desc = (f"<p>{name} (@{handle}), 24, lives in {c.pick('cities')} — my AI influencer. 100% "
            "AI generated, not a real person.</p>" + ("<p>spicy set on fanvue, sexy</p>"
                                                      if sexual else "") + usage(c))  # fmt: skip
    item = simple_lora(c, f"{name} | AI Influencer", desc, [snake(name)], snake(name),
                       ["ai influencer", "woman"], sexual)  # fmt: skip
    return lab_c(item, "consistent_character", "ai_influencer", sexual)


def t_fiction_disclaimer(c: Ctx) -> tuple[Item, Label]:
    given, fam = c.fresh_western("female")
    name = f"{given} {fam}"
    desc = (f"<p>{name} is a fictional character from my novel. She does not exist. Any resemblance "  # noqa: E501
            "to real persons is coincidental.</p>" + usage(c))  # fmt: skip
    item = simple_lora(c, f"{name} (OC)", desc, [snake(name)], snake(name), ["oc", "original"])
    return lab_c(item, "consistent_character", "fiction_disclaimer", False)


def t_historical(c: Ctx) -> tuple[Item, Label]:
    who = str(c.pick("hist"))
    desc = f"<p>{who} as imagined from old texts and statues. costume + setting.</p>" + usage(c)
    item = simple_lora(c, who.title(), desc, [snake(who)], snake(who), ["historical", "myth"])
    return lab_c(item, "concept", "historical_myth", False)


def t_celebrity_pet_car(c: Ctx) -> tuple[Item, Label]:
    given, fam = c.fresh_western("female")
    name = f"{given} {fam}"
    what = c.rng.choice([("Pomeranian", "dog"), ("vintage roadster", "car"), ("Maine Coon", "cat")])
    desc = (f"<p>{name}'s famous {what[0]} from her vlogs — only the {what[1]}, no people in "
            "the dataset.</p>" + usage(c))  # fmt: skip
    item = simple_lora(c, f"{fam}'s {what[0]}", desc, [what[1]], what[1], [what[1], "animal"
                       if what[1] != "car" else "vehicle"])  # fmt: skip
    return lab_c(item, "concept", "celebrity_pet_car", False)


def t_place_name(c: Ctx) -> tuple[Item, Label]:
    place = str(c.pick("places"))
    item = simple_lora(c, place, f"<p>background LoRA: {place.lower()}</p>" + usage(c),
                       [snake(place)], snake(place), ["background", "landscape"])  # fmt: skip
    return lab_c(item, "concept", "place_name", False)


def t_tool(c: Ctx) -> tuple[Item, Label]:
    what = c.rng.choice(["Detail Tweaker", "Bad Hands Negative", "Film Grain VAE", "Skin Pore Fix"])
    item = simple_lora(c, what, f"<p>{what}: helper, works with every checkpoint</p>" + usage(c),
                       [], snake(what), ["tool", "utility"])  # fmt: skip
    return lab_c(item, "tool", "tool", False)


def t_body_slider(c: Ctx) -> tuple[Item, Label]:
    what = c.rng.choice(["Age Slider", "Weight Slider", "Freckles Slider"])
    item = simple_lora(c, what, f"<p>{what}: -3 to +3</p>" + usage(c), [], snake(what),
                       ["slider", "tool"])  # fmt: skip
    return lab_c(item, "body_type", "body_slider", False)


def t_nsfw_concept(c: Ctx) -> tuple[Item, Label]:
    what = c.rng.choice(["Topless Beach Concept", "Boudoir Lighting", "Lewd Pose Pack"])
    item = simple_lora(c, what, f"<p>{what} (NSFW), adult subjects</p>" + usage(c), [snake(what)],
                       snake(what), ["nsfw", "concept"], True)  # fmt: skip
    return lab_c(item, "concept", "nsfw_concept", True)


def t_news_background(c: Ctx) -> tuple[Item, Label]:
    item = simple_lora(c, "News Studio Background", "<p>evening news studio set, anchor desk, "
                       "no anchor trained</p>" + usage(c), ["news studio"], "newsstudio",
                       ["background", "news"])  # fmt: skip
    return lab_c(item, "concept", "news_studio_background", False)


def t_wax_figure(c: Ctx) -> tuple[Item, Label]:
    item = simple_lora(c, "Wax Museum Figure Style", "<p>waxwork look: glossy skin, glass eyes. "
                       "apply to any prompt</p>" + usage(c), ["waxwork"], "waxwork",
                       ["style", "concept"])  # fmt: skip
    return lab_c(item, "concept", "wax_figure", False)


def t_anime_western_name(c: Ctx) -> tuple[Item, Label]:
    given, fam = c.fresh_western("female")
    name = f"{given} {fam}"
    fr = c.pick("franchise")
    desc = (
        f"<p>{name}, the knight captain from the {fr} anime (season 2 design). "
        "Illustrious / NoobAI, 2 outfits.</p>" + usage(c)
    )
    tags = ["anime", "girl"] + (["character"] if c.rng.random() < 0.6 else [])
    item = simple_lora(c, f"{name} | {fr}", desc, [snake(name)], snake(name), tags)
    return lab_c(item, "character_anime", "anime_western_name", False)


def t_idol_makeup(c: Ctx) -> tuple[Item, Label]:
    what = c.rng.choice(
        ["K-pop Idol Makeup", "Douyin Makeup", "Gyaru Makeup", "Red Carpet Glam Makeup"]
    )
    item = simple_lora(c, what, f"<p>{what.lower()} only, keeps the face of your subject</p>" + usage(c),
                       [snake(what)], snake(what), ["makeup", "concept", "woman"])  # fmt: skip
    return lab_c(item, "concept", "makeup_look", False)


def t_cosplay_outfit(c: Ctx) -> tuple[Item, Label]:
    en, _ = c.pick("anime_names")
    item = simple_lora(c, f"{en} Cosplay Outfit", f"<p>the costume of {en}, for any subject, no face</p>" + usage(c),
                       [f"{snake(en)} cosplay"], snake(en) + "_outfit", ["clothing", "cosplay"])  # fmt: skip
    return lab_c(item, "clothing", "cosplay_outfit", False)


NEGATIVE: dict[str, tuple[Callable[[Ctx], tuple[Item, Label]], int, int]] = {
    "anime_character": (t_anime_character, 6, 6),
    "anime_no_tag": (t_anime_no_tag, 3, 3),
    "anime_script_name": (t_anime_script_name, 3, 3),
    "anime_stated_minor": (t_anime_minor_age, 1, 1),
    "anime_irl": (t_anime_irl, 2, 2),
    "game_npc_full_name": (t_game_npc, 3, 3),
    "western_character": (t_western_character, 2, 2),
    "vtuber": (t_vtuber, 3, 3),
    "virtual_idol": (t_virtual_idol, 2, 2),
    "painter_style": (t_painter_style, 2, 2),
    "photographer_style": (t_photographer_style, 2, 2),
    "famous_painting": (t_famous_painting, 2, 2),
    "checkpoint": (t_checkpoint, 4, 4),
    "checkpoint_merge": (t_checkpoint_merge, 3, 3),
    "hf_checkpoint": (t_hf_checkpoint, 2, 2),
    "clothing": (t_clothing, 4, 4),
    "celebrity_hairstyle_outfit": (t_celebrity_hairstyle, 3, 3),
    "instagram_filter": (t_instagram_filter, 2, 2),
    "lighting_pose": (t_lighting_pose, 3, 3),
    "celebrity_concept": (t_celebrity_concept, 2, 2),
    "generic_face": (t_generic_face, 4, 4),
    "generic_asian_face": (t_generic_asian_face, 3, 3),
    "average_face": (t_average_face, 2, 2),
    "bare_woman_tags": (t_bare_woman_tags, 3, 3),
    "ethnic_look": (t_ethnic_look, 3, 3),
    "doll_likeness": (t_doll_likeness, 2, 2),
    "mannequin_statue": (t_mannequin_statue, 3, 3),
    "blend_unnamed": (t_blend_unnamed, 3, 3),
    "nonexistent_person": (t_nonexistent, 3, 3),
    "consistent_character": (t_consistent_character, 3, 3),
    "ai_influencer": (t_ai_influencer, 3, 3),
    "fiction_disclaimer": (t_fiction_disclaimer, 2, 2),
    "historical_myth": (t_historical, 3, 3),
    "celebrity_pet_car": (t_celebrity_pet_car, 2, 2),
    "place_name": (t_place_name, 2, 2),
    "tool": (t_tool, 3, 3),
    "body_slider": (t_body_slider, 2, 2),
    "nsfw_concept": (t_nsfw_concept, 2, 2),
    "news_studio_background": (t_news_background, 0, 2),
    "wax_figure": (t_wax_figure, 0, 2),
    "anime_western_name": (t_anime_western_name, 3, 3),
    "makeup_look": (t_idol_makeup, 2, 2),
    "cosplay_outfit": (t_cosplay_outfit, 2, 2),
}

Template = Callable[[Ctx], tuple[Item, Label]]
# the counts of the tables, scaled per part: about half of each part is likeness
POS_SCALE = {"dev7": 1.0, "hold7": 1.08}
NEG_SCALE = {"dev7": 1.45, "hold7": 1.65}


def build(part: str) -> tuple[list[Item], list[Label]]:
    c = Ctx(part)
    plan: list[tuple[str, Template, int]] = []
    for table, scale in ((POSITIVE, POS_SCALE[part]), (NEGATIVE, NEG_SCALE[part])):
        for name, (fn, dev_n, hold_n) in table.items():
            n = round((hold_n if c.hold else dev_n) * scale)
            plan += [(name, fn, n)]
    items: list[Item] = []
    labels: list[Label] = []
    for _name, fn, n in plan:
        for _ in range(n):
            item, lab = fn(c)
            assert sexual_cue(item) == lab["sexual_intent"], (part, lab["shape"], item["id"])
            assert minor_cue(item) == lab["minor_risk"], (part, lab["shape"], item["id"])
            assert not (sexual_cue(item) and minor_cue(item))
            items.append(item)
            labels.append(lab)
    order = list(range(len(items)))
    c.rng.shuffle(order)
    return [items[i] for i in order], [labels[i] for i in order]


def counts_table() -> str:
    built = {part: build(part)[1] for part in SEEDS}
    per: dict[str, Counter[tuple[bool, str, str]]] = {}
    for part in SEEDS:
        per[part] = Counter((not lab["likeness"], lab["kind"], lab["shape"]) for lab in built[part])
    keys = sorted(set(per["dev7"]) | set(per["hold7"]))
    rows = ["| kind | shape | dev7 | hold7 |", "|---|---|---|---|"]
    rows += [f"| `{k}` | `{s}` | {per['dev7'][(n, k, s)]} | {per['hold7'][(n, k, s)]} |"
             for n, k, s in keys]  # fmt: skip
    totals = []
    for part in SEEDS:
        labs = built[part]
        g = Counter(lab["gender"] for lab in labs if lab["likeness"])
        totals.append(
            f"{part}: {len(labs)} items, {sum(lab['likeness'] for lab in labs)} likeness "
            f"(female {g['female']}, male {g['male']}, unknown {g['unknown']}), sexual intent "
            f"{sum(lab['sexual_intent'] for lab in labs)}, minor risk "
            f"{sum(lab['minor_risk'] for lab in labs)}, Hugging Face "
            f"{sum(lab['platform'] == 'huggingface' for lab in labs)}"
        )
    return "\n".join(rows) + "\n\nTotals: " + "; ".join(totals) + "."


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=False, separators=(",", ":"))


def write() -> None:
    for part in SEEDS:
        items, labels = build(part)
        (HERE / f"{part}.jsonl").write_text("".join(dumps(i) + "\n" for i in items), "utf-8")
        (HERE / f"{part}_labels.jsonl").write_text(
            "".join(dumps(x) + "\n" for x in labels), "utf-8"
        )


if __name__ == "__main__":
    if "--counts" in sys.argv[1:]:
        print(counts_table())
    else:
        write()
