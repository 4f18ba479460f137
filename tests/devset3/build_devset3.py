"""Build the third likeness dev set (``dev3`` and ``hold3``) from seeded templates.

Run from the repository root::

    .venv/bin/python tests/devset3/build_devset3.py

It rewrites ``dev3.jsonl`` / ``dev3_labels.jsonl`` (seed 7331, vocabulary part A) and
``hold3.jsonl`` / ``hold3_labels.jsonl`` (seed 86420, vocabulary part B and a few templates
of its own), byte for byte on every run. Every person is invented; the label is decided
first and the metadata then written to carry exactly those facts.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import devset3_vocab as V  # noqa: E402

SEEDS = {"dev3": 7331, "hold3": 86420}
PARTS = {"dev3": "A", "hold3": "B"}

# cues the labels are checked against (tests use the same patterns)
SEXUAL_RE = re.compile(
    r"\b(?:nsfw|nude|nudes|nudity|naked|lingerie|topless|boudoir|sexy|porn\w*|onlyfans|fansly|"
    r"hentai|erotic\w*|lewd|xxx|adult actress|adult film)\b",
    re.IGNORECASE,
)
MINOR_RE = re.compile(
    r"(?<!\d)(?:1[0-7]|[5-9])\s?(?:yo\b|y/o|years? old|-year-old|歳|岁|세|살)"
    r"|\b(?:teen|teens|teenage|teenager|schoolgirl|schoolboy|child|kid|underage|junior high|"
    r"middle school|loli)\b|中学生|初中生|小学生|중학생|\bborn (?:2009|201\d)\b",
    re.IGNORECASE,
)
PROMINENCE = {
    "public_figure": "public_figure",
    "online_creator": "online_creator",
    "private_person": "private_or_unknown",
}
LIKENESS_KINDS = tuple(PROMINENCE)


# --- people ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    gender: str
    culture: str
    script: str | None = None
    family_first: bool = False
    written: str | None = None
    nationality: str = ""
    lang: str = "en"

    @property
    def full(self) -> str:
        if not self.family:
            return self.given
        return f"{self.family} {self.given}" if self.family_first else f"{self.given} {self.family}"

    @property
    def rev(self) -> str:
        if not self.family:
            return self.given
        return f"{self.given} {self.family}" if self.family_first else f"{self.family} {self.given}"

    @property
    def parts(self) -> list[str]:
        return re.findall(r"[^\W\d_]+", self.full)

    @property
    def run(self) -> str:
        return "".join(self.parts).lower()

    @property
    def snake(self) -> str:
        return "_".join(p.lower() for p in self.parts)

    @property
    def camel(self) -> str:
        ps = re.findall(r"[^\W\d_]+", f"{self.given} {self.family}")
        return ps[0].lower() + "".join(p.capitalize() for p in ps[1:])

    @property
    def pascal(self) -> str:
        return "".join(p.capitalize() for p in self.parts)

    @property
    def initials(self) -> str:
        words = re.findall(r"[^\W\d_][\w'-]*", f"{self.given} {self.family}")
        return "".join(w[0].upper() for w in words)

    @property
    def pronoun(self) -> tuple[str, str]:
        return {"female": ("she", "her"), "male": ("he", "his")}.get(self.gender, ("they", "their"))

    def aliases(self) -> list[str]:
        out = [self.rev] if self.rev != self.full else []
        for form in (self.script, self.written):
            if form and form not in out:
                out.append(form)
        return out


def leet(text: str) -> str:
    return text.translate(str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0"}))


# --- context ---------------------------------------------------------------------------------


@dataclass
class Ctx:
    part: str
    rng: random.Random
    vocab: str
    used_ids: set[str] = field(default_factory=set)
    people: list[Person] = field(default_factory=list)
    items: list[dict[str, Any]] = field(default_factory=list)
    labels: list[dict[str, Any]] = field(default_factory=list)
    counters: dict[str, int] = field(default_factory=dict)

    def pick(self, seq: Sequence[Any]) -> Any:
        return seq[self.rng.randrange(len(seq))]

    def v(self, table: dict[str, Any]) -> Any:
        return table[self.vocab]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def hexstr(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789ABCDEF") for _ in range(n))

    def cycle(self, name: str, n: int) -> int:
        """Round-robin over a template's n forms, so every form shows in every part."""
        k = self.counters.get(name, 0)
        self.counters[name] = k + 1
        return k % n

    def uploader(self) -> str:
        return str(self.pick(self.v(V.UPLOADERS)))


def make_person(ctx: Ctx, culture: str) -> Person:
    rng = ctx.rng
    if culture == "western":
        given, gender = ctx.pick(ctx.v(V.WESTERN_GIVEN))
        family = ctx.pick(ctx.v(V.WESTERN_FAMILY))
        nat = ctx.pick(
            [
                "American",
                "British",
                "Canadian",
                "Australian",
                "French",
                "Italian",
                "German",
                "Spanish",
                "Dutch",
                "Irish",
            ]
        )
        return Person(given, family, gender, culture, nationality=nat)
    if culture == "word":
        given, gender = ctx.pick(ctx.v(V.WORD_GIVEN))
        family = ctx.pick(ctx.v(V.WORD_FAMILY))
        nat = ctx.pick(["American", "British", "Canadian", "Australian"])
        return Person(given, family, gender, culture, nationality=nat)
    if culture == "stage":
        given, gender = ctx.pick(ctx.v(V.STAGE_NAMES))
        return Person(given, "", gender, culture, nationality=ctx.pick(["American", "British"]))
    if culture == "world":
        script, given, family, gender, nat, lang = ctx.pick(ctx.v(V.WORLD_SCRIPT))
        return Person(given, family, gender, culture, script=script, nationality=nat, lang=lang)
    if culture == "diacritic":
        written, given, family, gender, nat = ctx.pick(ctx.v(V.DIACRITIC_NAMES))
        ff = nat == "Vietnamese"
        return Person(
            given, family, gender, culture, written=written, family_first=ff, nationality=nat
        )
    if culture == "global":
        given, family, gender, nat = ctx.pick(ctx.v(V.GLOBAL_LATIN))
        return Person(given, family, gender, culture, nationality=nat)
    if culture in ("zh", "ja", "ko"):
        fam_table = {"zh": V.ZH_FAMILY, "ja": V.JA_FAMILY, "ko": V.KO_FAMILY}[culture]
        giv_table = {"zh": V.ZH_GIVEN, "ja": V.JA_GIVEN, "ko": V.KO_GIVEN}[culture]
        fs, fr = ctx.pick(ctx.v(fam_table))
        gs, gr, gender = ctx.pick(ctx.v(giv_table))
        nat = {"zh": "Chinese", "ja": "Japanese", "ko": "Korean"}[culture]
        sep = " " if culture == "ja" and rng.random() < 0.4 else ""
        return Person(
            gr,
            fr,
            gender,
            culture,
            script=f"{fs}{sep}{gs}",
            family_first=True,
            nationality=nat,
            lang=culture,
        )
    raise ValueError(culture)


def person(ctx: Ctx, culture: str, gender: str | None = None) -> Person:
    """A person of that culture; about one pick in five repeats someone already used."""
    known = [
        p for p in ctx.people if p.culture == culture and (gender is None or p.gender == gender)
    ]
    if known and ctx.chance(0.2):
        return ctx.pick(known)
    for _ in range(200):
        p = make_person(ctx, culture)
        if gender is None or p.gender == gender:
            break
    if p not in ctx.people:
        ctx.people.append(p)
    return p


def female_mostly(ctx: Ctx) -> str | None:
    return None if ctx.chance(0.85) else "male"


# --- raw items -------------------------------------------------------------------------------


def iso(ctx: Ctx, start: str, end: str) -> str:
    a = datetime.fromisoformat(start).replace(tzinfo=UTC)
    b = datetime.fromisoformat(end).replace(tzinfo=UTC)
    t = a + timedelta(seconds=ctx.rng.randrange(int((b - a).total_seconds())))
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ctx.rng.randrange(1000):03d}Z"


def new_id(ctx: Ctx, low: int, high: int) -> int:
    while True:
        n = ctx.rng.randrange(low, high)
        if str(n) not in ctx.used_ids:
            ctx.used_ids.add(str(n))
            return n


def file_entry(ctx: Ctx, name: str, mtype: str, era: str) -> dict[str, Any]:
    if name.endswith(".zip"):
        size, ftype = ctx.rng.uniform(2_000, 90_000), "Training Data"
    elif mtype == "TextualInversion":
        size, ftype = ctx.rng.uniform(3.5, 220), "Model"
    elif mtype == "Checkpoint":
        size, ftype = ctx.rng.uniform(1_900_000, 6_900_000), "Model"
    else:
        size, ftype = ctx.rng.uniform(9_000, 230_000), "Model"
    sha = ctx.hexstr(64)
    fmt = "PickleTensor" if name.endswith((".pt", ".ckpt", ".bin")) else "SafeTensor"
    entry: dict[str, Any] = {
        "id": new_id(ctx, 10_000, 9_000_000) if era == "2025" else ctx.rng.randrange(100, 90_000),
        "sizeKB": round(size, 6),
        "name": name,
        "type": ftype,
        "pickleScanResult": "Success",
        "pickleScanMessage": "No Pickle imports",
        "virusScanResult": "Success",
        "scannedAt": iso(ctx, "2023-01-01", "2026-10-01"),
        "metadata": {
            "format": fmt if ftype == "Model" else "Other",
            "fp": "fp16",
            "size": "pruned",
        },
        "hashes": {
            "AutoV2": sha[:10],
            "SHA256": sha,
            "CRC32": ctx.hexstr(8),
            "BLAKE3": ctx.hexstr(64),
        },
        "downloadUrl": "",
        "primary": ftype == "Model",
    }
    if era == "2025":
        entry["hashes"]["AutoV1"] = ctx.hexstr(8)
        entry["hashes"]["AutoV3"] = ctx.hexstr(12)
    return entry


def images(ctx: Ctx, era: str, sexual: bool, minor_flag: bool, poi: bool) -> list[dict[str, Any]]:
    n = ctx.rng.randrange(2, 7)
    out: list[dict[str, Any]] = []
    for k in range(n):
        explicit = sexual and (k == 0 or ctx.chance(0.5))
        w, h = ctx.pick([(512, 768), (768, 1152), (832, 1216), (1024, 1024), (896, 1152)])
        if era == "2023":
            word = ctx.pick(["Mature", "X"]) if explicit else ctx.pick(["None", "None", "Soft"])
            out.append(
                {"id": ctx.rng.randrange(10_000, 2_000_000), "nsfw": word, "width": w, "height": h}
            )
        else:
            level = ctx.pick([4, 8, 16]) if explicit else ctx.pick([1, 1, 2])
            out.append(
                {
                    "url": f"https://image.civitai.com/xG1nkqKTMzGDvpLrqFT7WA/{ctx.hexstr(8).lower()}"
                    f"/width={w}/{ctx.rng.randrange(10_000_000, 99_000_000)}.jpeg",
                    "nsfwLevel": level,
                    "width": w,
                    "height": h,
                    "hash": "U" + ctx.hexstr(33),
                    "type": "image",
                    "minor": minor_flag,
                    "poi": poi,
                    "hasMeta": True,
                    "hasPositivePrompt": True,
                    "onSite": False,
                    "remixOfId": None,
                }
            )
    return out


@dataclass
class Draft:
    """What a template decided: the text of a Civitai page (HF items are built apart)."""

    name: str
    description: str
    mtype: str = "LORA"
    tags: list[str] = field(default_factory=list)
    trained: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    versions: list[str] = field(default_factory=lambda: ["v1.0"])
    version_desc: str | None = None
    sexual: bool = False
    minor_flag: bool = False
    poi: bool = False
    creator: str | None = None


TYPOS = {
    "Recommended": "Recomended",
    "weight": "weigth",
    "realistic": "realsitic",
    "trained": "trainned",
    "definitely": "definately",
    "because": "bc",
    "please": "pls",
    "images": "imgs",
    "better": "beter",
}
EMOJI = ["😊", "🔥", "✨", "💕", "🙏", "👍", "😅", "❤️", "🥰", "⭐"]


def roughen(ctx: Ctx, html: str) -> str:
    """Write like uploaders do: longer pages, typos, emoji, entities, version notes."""
    if ctx.chance(0.35):
        html += (
            "<h2>Usage</h2><ul>"
            f"<li>Sampler: {ctx.pick(V.SAMPLERS)}</li><li>Steps: {ctx.rng.randrange(20, 45)}</li>"
            f"<li>CFG: {ctx.pick(['4-6', '7', '5.5'])}</li>"
            f"<li>Hires fix: {ctx.pick(['1.5x', '2x'])}, denoise {ctx.pick(['0.35', '0.4'])}</li>"
            "</ul><h3>Training</h3>"
            f"<p>kohya_ss, {ctx.pick(['AdamW8bit', 'Prodigy', 'Lion'])}, lr "
            f"{ctx.pick(['1e-4', '5e-5', '1.0'])}, batch {ctx.pick([1, 2, 4])}, "
            f"{ctx.rng.randrange(1_000, 6_000)} steps &amp; {ctx.pick(['no', 'some'])} "
            "regularization imgs</p>"
        )
    if ctx.chance(0.3):
        for right, wrong in ctx.rng.sample(sorted(TYPOS.items()), 3):
            html = html.replace(right, wrong, 1)
    if ctx.chance(0.4):
        html = html.replace("</p>", f" {ctx.pick(EMOJI)}</p>", 1)
    if ctx.chance(0.15):
        html += "<p>&lt;3 thx for all the likes &amp; reviews!!</p>"
    return html


def civitai(ctx: Ctx, d: Draft, era: str | None = None) -> dict[str, Any]:
    era = era or ("2023" if ctx.chance(0.55) else "2025")
    description = roughen(ctx, d.description)
    version_desc = d.version_desc
    if version_desc is None and len(d.versions) > 1 and ctx.chance(0.6):
        version_desc = p(
            ctx.pick(
                [
                    "retrained on a cleaner dataset",
                    "less overfit, better flexibility",
                    "SDXL port",
                    "fixed the colors",
                ]
            )
        )
    mid = new_id(ctx, 3000, 115000) if era == "2023" else new_id(ctx, 1200000, 2400000)
    creator = d.creator or ctx.uploader()
    versions = []
    model_level = 0
    vid = mid + ctx.rng.randrange(1_000, 40_000)
    for i, vname in enumerate(d.versions):
        vid += ctx.rng.randrange(1, 9_000)
        files = [file_entry(ctx, f, d.mtype, era) for f in (d.files if i == 0 else d.files[:1])]
        if i > 0 and files:
            files[0]["name"] = re.sub(r"(\.\w+)$", f"_{vname}\\1", files[0]["name"])
        imgs = images(ctx, era, d.sexual, d.minor_flag, d.poi)
        for f in files:
            f["downloadUrl"] = f"https://civitai.com/api/download/models/{vid}"
        version: dict[str, Any] = {"id": vid, "modelId": mid, "name": vname}
        if era == "2023":
            created = iso(ctx, "2022-11-20", "2023-07-25")
            version |= {
                "createdAt": created,
                "updatedAt": created,
                "trainedWords": list(d.trained),
                "baseModel": ctx.pick(V.BASE_MODELS_2023),
                "earlyAccessTimeFrame": 0,
                "description": version_desc if i == 0 else None,
                "stats": {
                    "downloadCount": ctx.rng.randrange(10, 40_000),
                    "ratingCount": 0,
                    "rating": 0,
                },
                "files": files,
                "images": imgs,
                "downloadUrl": f"https://civitai.com/api/download/models/{vid}",
            }
        else:
            level = 0
            for im in imgs:
                level |= im["nsfwLevel"]
            model_level |= level
            created = iso(ctx, "2024-02-01", "2026-10-20")
            version |= {
                "index": i,
                "baseModel": ctx.pick(V.BASE_MODELS_2025),
                "baseModelType": "Standard",
                "createdAt": created,
                "publishedAt": created,
                "status": "Published",
                "availability": "Public",
                "nsfwLevel": level,
                "description": version_desc if i == 0 else None,
                "trainedWords": list(d.trained),
                "covered": True,
                "stats": {
                    "downloadCount": ctx.rng.randrange(10, 30_000),
                    "ratingCount": 0,
                    "rating": 0,
                    "thumbsUpCount": ctx.rng.randrange(0, 900),
                    "thumbsDownCount": 0,
                },
                "files": files,
                "images": imgs,
                "downloadUrl": f"https://civitai.com/api/download/models/{vid}",
            }
        versions.append(version)
    versions.reverse()  # newest first, as the API lists them
    if era == "2023":
        return {
            "id": mid,
            "name": d.name,
            "description": description,
            "type": d.mtype,
            "poi": d.poi,
            "nsfw": d.sexual and ctx.chance(0.7),
            "allowNoCredit": ctx.chance(0.6),
            "allowCommercialUse": ctx.pick(["None", "Rent", "Sell", "Image"]),
            "allowDerivatives": ctx.chance(0.7),
            "allowDifferentLicense": ctx.chance(0.5),
            "stats": {
                "downloadCount": ctx.rng.randrange(20, 60_000),
                "favoriteCount": ctx.rng.randrange(0, 3_000),
                "commentCount": ctx.rng.randrange(0, 80),
                "ratingCount": ctx.rng.randrange(0, 90),
                "rating": ctx.pick([0, 4.8, 5, 4.9]),
            },
            "creator": {"username": creator, "image": None},
            "tags": list(d.tags),
            "modelVersions": versions,
            "mode": None,
        }
    return {
        "id": mid,
        "name": d.name,
        "description": description,
        "allowNoCredit": ctx.chance(0.6),
        "allowCommercialUse": ctx.pick([["Image"], ["Sell", "Image", "RentCivit", "Rent"], []]),
        "allowDerivatives": ctx.chance(0.7),
        "allowDifferentLicense": ctx.chance(0.5),
        "type": d.mtype,
        "minor": d.minor_flag,
        "sfwOnly": d.minor_flag,
        "poi": d.poi,
        "nsfw": d.sexual and ctx.chance(0.4),
        "nsfwLevel": model_level,
        "availability": "Public",
        "cosmetic": None,
        "supportsGeneration": ctx.chance(0.5),
        "stats": {
            "downloadCount": ctx.rng.randrange(20, 40_000),
            "favoriteCount": 0,
            "thumbsUpCount": ctx.rng.randrange(0, 2_000),
            "thumbsDownCount": 0,
            "commentCount": ctx.rng.randrange(0, 60),
            "ratingCount": 0,
            "rating": 0,
            "tippedAmountCount": ctx.rng.randrange(0, 400),
        },
        "creator": {"username": creator, "image": None},
        "tags": list(d.tags),
        "modelVersions": versions,
    }


def hf_item(
    ctx: Ctx,
    repo: str,
    *,
    instance: str | None,
    widgets: Sequence[str],
    tags: Sequence[str] = (),
    files: Sequence[str] = ("pytorch_lora_weights.safetensors",),
    sexual: bool = False,
) -> dict[str, Any]:
    owner, _, rest = repo.partition("/")
    repo = f"{owner.replace('_', '-')}/{rest}"
    while repo in ctx.used_ids:
        repo += "-v2"
    ctx.used_ids.add(repo)
    base = ctx.pick(V.HF_BASES)
    hub_tags = [
        "diffusers",
        "text-to-image",
        "lora",
        "template:sd-lora",
        f"base_model:{base}",
        f"base_model:adapter:{base}",
    ]
    if sexual and (ctx.chance(0.7) or not SEXUAL_RE.search(" ".join([repo, *widgets]))):
        hub_tags.append("not-for-all-audiences")
    hub_tags.append("license:" + ctx.pick(["other", "creativeml-openrail-m", "apache-2.0"]))
    siblings = [
        {"rfilename": ".gitattributes", "size": 1519},
        {"rfilename": "README.md", "size": 900},
    ]
    for f in files:
        size = ctx.rng.randrange(18_000_000, 180_000_000)
        siblings.append(
            {
                "rfilename": f,
                "size": size,
                "lfs": {"sha256": ctx.hexstr(64).lower(), "size": size, "pointerSize": 135},
            }
        )
    for n in range(len(widgets)):
        siblings.append({"rfilename": f"images/example_{n}.png", "size": 1_200_000 + n})
    created = iso(ctx, "2023-03-01", "2026-10-20")
    card: dict[str, Any] = {
        "base_model": base,
        "license": "other",
        "tags": ["text-to-image", "lora", "diffusers", *tags],
        "widget": [
            {"text": w, "output": {"url": f"images/example_{n}.png"}} for n, w in enumerate(widgets)
        ],
    }
    if instance is not None:
        card["instance_prompt"] = instance
    return {
        "_id": ctx.hexstr(24).lower(),
        "id": repo,
        "modelId": repo,
        "author": repo.split("/")[0],
        "sha": ctx.hexstr(40).lower(),
        "createdAt": created,
        "lastModified": created,
        "private": False,
        "gated": False,
        "disabled": False,
        "downloads": ctx.rng.randrange(0, 3_000),
        "likes": ctx.rng.randrange(0, 120),
        "tags": hub_tags,
        "pipeline_tag": "text-to-image",
        "library_name": "diffusers",
        "cardData": card,
        "siblings": siblings,
    }


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def add(
    ctx: Ctx,
    raw: dict[str, Any],
    *,
    kind: str,
    shape: str,
    target: str | None = None,
    targets: Sequence[str] = (),
    aliases: Sequence[str] = (),
    gender: str | None = None,
    sexual: bool = False,
    minor: bool = False,
) -> None:
    likeness = kind in PROMINENCE
    platform = "huggingface" if "siblings" in raw else "civitai"
    if likeness and target is not None and not targets:
        targets = [target]
    ctx.items.append(raw)
    ctx.labels.append(
        {
            "platform": platform,
            "model_id": str(raw["id"]),
            "kind": kind,
            "likeness": likeness,
            "target": target if likeness else None,
            "gender": gender if likeness else None,
            "prominence": PROMINENCE.get(kind),
            "sexual_intent": sexual,
            "minor_risk": minor,
            "shape": shape,
            "targets": list(targets) if likeness else [],
            "aliases": [a for a in aliases if a != target] if likeness else [],
        }
    )


# --- text helpers ----------------------------------------------------------------------------


def p(*lines: str) -> str:
    return "".join(f"<p>{line}</p>" for line in lines if line)


def support(ctx: Ctx) -> str:
    return str(ctx.pick(V.SUPPORT)).format(u=ctx.uploader())


def settings_note(ctx: Ctx, trigger: str | None = None) -> str:
    w = ctx.pick(["0.6", "0.7", "0.8", "0.65-0.85", "0.7~0.9", "1"])
    bits = [f"Recommended weight: {w}"]
    if trigger:
        bits.append(f"Trigger word: <code>{trigger}</code>")
    bits.append(
        ctx.pick(
            [
                f"Tested on {ctx.pick(V.CHECKPOINTS_NAMED)}",
                "works best with realistic checkpoints",
                "use hires fix, dont use restore faces!!",
                f"trained on {ctx.rng.randrange(18, 160)} imgs, "
                f"{ctx.rng.randrange(6, 20)} epochs, dim {ctx.pick([8, 16, 32, 64])}",
            ]
        )
    )
    return p(*bits)


def pasted_prompt(ctx: Ctx, lead: str) -> str:
    bits = ctx.rng.sample(V.SFW_PROMPT_BITS, 4)
    # many real pastes keep nsfw out through the negative prompt: that is no sexual cue
    negative = ("(nsfw:1.3), " if ctx.chance(0.35) else "") + V.NEG_PROMPT
    return (
        f"<p><code>{lead}, {', '.join(bits)}, masterpiece, best quality<br />Negative prompt: "
        f"{negative}<br />Steps: {ctx.rng.randrange(20, 41)}, Sampler: "
        f"{ctx.pick(V.SAMPLERS)}, CFG scale: {ctx.pick([5, 6, 7, 7.5])}, Seed: "
        f"{ctx.rng.randrange(10**9, 4 * 10**9)}, Size: 512x768</code></p>"
    )


def changelog(ctx: Ctx) -> str:
    return ctx.pick(
        [
            p(
                "<strong>Changelog</strong>",
                "v2 - retrained w/ more closeups, less overfit",
                "v1 - first upload",
            ),
            p("UPDATE 3/14: fixed the burned colors on v1.5, thx for the feedback 🙏"),
            p("v3: SDXL version is out!! v2 = SD1.5, v3 = SDXL, v4 = Flux"),
            p("edit: reuploaded bc the first file was broken sorry"),
            "",
        ]
    )


def lang_line(ctx: Ctx, lang: str | None = None) -> str:
    lang = lang if lang in V.LANG_LINES else ctx.pick(sorted(V.LANG_LINES))
    return str(ctx.pick(V.LANG_LINES[lang]))


def gender_tags(ctx: Ctx, gender: str) -> list[str]:
    if gender == "female":
        return ctx.rng.sample(["woman", "female", "girl", "women"], ctx.rng.randrange(1, 3))
    if gender == "male":
        return ctx.rng.sample(["man", "male", "men", "guy"], ctx.rng.randrange(1, 3))
    return []


def profession(ctx: Ctx, gender: str) -> str:
    return str(ctx.pick(V.PROFESSIONS["male" if gender == "male" else "female"]))


def likeness_tags(ctx: Ctx, gender: str, prof: str) -> list[str]:
    tags: list[str] = []
    if ctx.chance(0.55):
        tags += ctx.rng.sample(
            ["celebrity", "real person", "celeb", "famous", "person"], ctx.rng.randrange(1, 3)
        )
    if ctx.chance(0.5):
        tags.append(prof.lower())
    tags += gender_tags(ctx, gender) if ctx.chance(0.8) else []
    tags += ctx.rng.sample(
        ["photorealistic", "realistic", "portraits", "lora", "faces"], ctx.rng.randrange(0, 3)
    )
    return list(dict.fromkeys(tags))


def sexual_bits(ctx: Ctx) -> tuple[list[str], str]:
    """Tags and a sentence that carry a sexual cue."""
    tag = ctx.pick(["nsfw", "sexy", "nude", "lingerie", "boudoir"])
    line = ctx.pick(
        [
            "Can do NSFW, nudes work fine at 0.8.",
            "works great for boudoir and lingerie shots 🔥",
            "NSFW capable, trained with some artistic nudes.",
            "sexy outputs with lingerie prompts, see gallery",
        ]
    )
    return [tag], line


def ext(ctx: Ctx, mtype: str) -> str:
    if mtype == "TextualInversion":
        return ctx.pick([".pt", ".safetensors"])
    if mtype == "Checkpoint":
        return ctx.pick([".safetensors", ".ckpt"])
    return ".safetensors"


def mtype_for_person(ctx: Ctx) -> str:
    return str(
        ctx.pick(
            [
                "LORA",
                "LORA",
                "LORA",
                "LORA",
                "TextualInversion",
                "TextualInversion",
                "Checkpoint",
                "LORA",
            ]
        )
    )


def labelled_person(
    ctx: Ctx,
    who: Person,
    raw: dict[str, Any],
    shape: str,
    *,
    sexual: bool,
    minor: bool = False,
    shown: str = "full",
    kind: str = "public_figure",
) -> None:
    """Label an item of one person: ``shown`` says which form the metadata gives."""
    if shown == "script":
        target, aliases = who.script, [who.full, who.rev]
    elif shown == "full":
        target, aliases = who.full, who.aliases()
    else:  # a partial form (initials, a first name, a handle) is the target itself
        target, aliases = shown, []
    add(
        ctx,
        raw,
        kind=kind,
        shape=shape,
        target=target,
        aliases=aliases,
        gender=who.gender,
        sexual=sexual,
        minor=minor,
    )


# --- likeness templates ----------------------------------------------------------------------


def intro(ctx: Ctx, who: Person, prof: str, name: str | None = None) -> str:
    she, her = who.pronoun
    name = name or who.full
    return ctx.pick(
        [
            f"{name} is a {who.nationality} {prof}.",
            f"{name}, {who.nationality} {prof} ({ctx.rng.randrange(1975, 2001)}).",
            f"Model of {name}. {she.capitalize()} is a {who.nationality} {prof}, "
            f"best known for {her} work on TV.",
            f"{name} ({prof}). Trained on {ctx.rng.randrange(20, 140)} photos of {her} face.",
            f"my take on {name} :) {she} is a {prof} from the "
            f"{ctx.pick(['90s', '2000s', '2010s'])}",
        ]
    )


def title_name(ctx: Ctx, who: Person, prof: str) -> str:
    full = who.written or who.full
    return str(
        ctx.pick(
            [
                full,
                f"{full} - LoRA",
                f"{full} | {prof.title()} | SD1.5",
                f"LoRA of {full}",
                f"[LoRA] {full} v2",
                full.upper(),
                f"{full} ({prof})",
                f"{full} 【LoRA】",
                f"{who.snake}_v3",
                f"{full} [SDXL + Pony]",
                f"{full} - realistic likeness",
                f"{full} ✨ {prof}",
                f"{full} (TI embedding)",
                # hold3 writes a few decorations dev3 never shows
                *(
                    [
                        f"✦ {full} ✦ {prof}",
                        f"{who.pascal} (real person) [Flux]",
                        f"{full} // {who.rev}",
                        f"{full} - face only - lokr",
                    ]
                    if ctx.part == "hold3"
                    else []
                ),
            ]
        )
    )


def pf_named(ctx: Ctx, culture: str, shape: str) -> None:
    """A public figure named in the title (any culture written in Latin letters)."""
    who = person(ctx, culture, female_mostly(ctx))
    prof = profession(ctx, who.gender)
    sexual = ctx.chance(0.35)
    mtype = mtype_for_person(ctx)
    noun = "man" if who.gender == "male" else "woman"
    trigger = ctx.pick(
        [
            who.snake,
            leet(who.run),
            f"ohwx {noun}",
            f"{who.run[:6]}_v1",
            who.pascal,
            f"sks {who.given.lower()}",
        ]
    )
    tags = likeness_tags(ctx, who.gender, prof)
    lines = [intro(ctx, who, prof)]
    if sexual:
        stags, line = sexual_bits(ctx)
        tags += stags
        lines.append(line)
    desc = (
        p(*lines)
        + (pasted_prompt(ctx, f"photo of {trigger}") if ctx.chance(0.25) else "")
        + settings_note(ctx, trigger)
        + changelog(ctx)
        + (lang_line(ctx) if ctx.chance(0.3) else "")
        + support(ctx)
    )
    if who.culture == "diacritic" and ctx.chance(0.5):
        desc = p(f"{who.written} ({who.full})") + desc
    d = Draft(
        title_name(ctx, who, prof),
        desc,
        mtype,
        tags,
        [trigger],
        [f"{ctx.pick([who.pascal, who.snake, who.run])}{ext(ctx, mtype)}"],
        ctx.pick([["v1.0"], ["v1", "v2"], ["v1.0", "v1.5", "SDXL"]]),
        sexual=sexual,
        poi=ctx.chance(0.12),
    )
    labelled_person(ctx, who, civitai(ctx, d), shape, sexual=sexual)


def pf_desc_only(ctx: Ctx) -> None:
    who = person(ctx, ctx.pick(["western", "western", "global", "word"]), female_mostly(ctx))
    prof = profession(ctx, who.gender)
    she, her = who.pronoun
    title = ctx.pick(
        [
            "Project Nightjar v2",
            "Face LoRA #37",
            "my best one yet",
            "Subject 12",
            "Realistic portrait helper",
            "Commission #118",
            "Likeness test (SDXL)",
            "Lady in Red v3",
        ]
    )
    if who.gender == "male" and title.startswith("Lady"):
        title = "Man in Black v3"
    desc = (
        p(
            ctx.pick(
                [
                    f"Trained on 60 pics of {who.full}, the {who.nationality} {prof}.",
                    f"This one is {who.full} 🙂 {she} was on the cover of every magazine "
                    "last year.",
                    f"Since people asked: yes, this is {who.full}. Use it responsibly.",
                    f"dataset: {ctx.rng.randrange(30, 90)} hand-picked photos of {who.full} "
                    f"({prof}), captioned with BLIP",
                ]
            )
        )
        + settings_note(ctx)
        + pasted_prompt(ctx, "photo of a woman" if who.gender == "female" else "photo of a man")
        + support(ctx)
    )
    tags = ["photorealistic", *gender_tags(ctx, who.gender)]
    d = Draft(
        title,
        desc,
        mtype_for_person(ctx),
        tags,
        [ctx.pick(["subj", "ohwx person", "x1y2z3"])],
        [f"{slug(title).replace('-', '_')}.safetensors"],
    )
    labelled_person(ctx, who, civitai(ctx, d), "desc_only", sexual=False)


def pf_hidden_name(ctx: Ctx, where: str) -> None:
    """The name only in the trigger word, the file name or a tag."""
    who = person(ctx, ctx.pick(["western", "word", "global", "western"]), female_mostly(ctx))
    title = ctx.pick(
        [
            "Realistic face #12",
            "Portrait LoRA v3 (requested)",
            "FL-27 (realistic person)",
            "Subject 0419",
            "Girl next door style",
            "Studio headshots",
            "TI #44",
            "Request batch 7 - item 3",
        ]
    )
    if who.gender == "male":
        title = title.replace("Girl next door style", "Guy next door style")
    noun = "man" if who.gender == "male" else "woman"
    trained = [ctx.pick([f"ohwx {noun}", "subj", "portrait photo"])]
    files = [f"{slug(title).replace('-', '_')}.safetensors"]
    tags = ["photorealistic", *gender_tags(ctx, who.gender)]
    if where == "trigger_only":
        trained = [
            ctx.pick(
                [
                    who.snake,
                    who.run,
                    f"{who.run} woman" if who.gender == "female" else f"{who.run} man",
                ]
            )
        ]
    elif where == "filename_only":
        files = [
            f"{ctx.pick([who.pascal, who.snake, who.camel])}_v{ctx.rng.randrange(1, 5)}.safetensors"
        ]
    else:  # tag_only
        tags.insert(ctx.rng.randrange(len(tags) + 1), who.full.lower())
    desc = settings_note(ctx) + ctx.pick([changelog(ctx), p("no face restore needed"), ""])
    d = Draft(title, desc, mtype_for_person(ctx), tags, trained, files)
    labelled_person(ctx, who, civitai(ctx, d), where, sexual=False)


def pf_initials(ctx: Ctx) -> None:
    who = person(ctx, ctx.pick(["western", "western", "global"]), female_mostly(ctx))
    prof = profession(ctx, who.gender)
    ini = who.initials
    she, _ = who.pronoun
    title = ctx.pick(
        [
            f"{ini} - {prof} likeness",
            f"{ini} woman LoRA" if who.gender == "female" else f"{ini} man LoRA",
            f"[{ini}] famous {prof}",
            f"{ini} (you know who 😉)",
        ]
    )
    desc = p(
        f"a well known {who.nationality} {prof}, {she} is on TV a lot",
        "won't write the full name bc of the rules lol",
    ) + settings_note(ctx, f"{ini.lower()} person")
    d = Draft(
        title,
        desc,
        "LORA",
        ["celebrity", *gender_tags(ctx, who.gender)],
        [f"{ini.lower()} person"],
        [f"{ini.lower()}_likeness.safetensors"],
    )
    labelled_person(ctx, who, civitai(ctx, d), "initials", sexual=False, shown=ini)


def pf_stage(ctx: Ctx) -> None:
    who = person(ctx, "stage", female_mostly(ctx))
    prof = ctx.pick(["singer", "rapper", "DJ", "pop star", "drag performer"])
    sexual = ctx.chance(0.3)
    tags = ["celebrity", "singer" if prof != "DJ" else "music", *gender_tags(ctx, who.gender)]
    lines = [
        f"{who.full} is a {who.nationality} {prof}. {who.pronoun[0].capitalize()} released "
        f"{ctx.rng.randrange(2, 6)} albums."
    ]
    if sexual:
        stags, line = sexual_bits(ctx)
        tags += stags
        lines.append(line)
    title = ctx.pick(
        [
            who.full,
            f"{who.full} ({prof})",
            f"{who.full.upper()} - LoRA",
            f"{who.full} - {prof} - SDXL",
        ]
    )
    d = Draft(
        title,
        p(*lines) + settings_note(ctx) + support(ctx),
        mtype_for_person(ctx),
        tags,
        [who.run],
        [f"{who.run}.safetensors"],
        sexual=sexual,
    )
    labelled_person(ctx, who, civitai(ctx, d), "stage_name", sexual=sexual)


def pf_world_script(ctx: Ctx) -> None:
    who = person(ctx, "world", female_mostly(ctx))
    assert who.script
    prof = profession(ctx, who.gender)
    shown = "full"
    mode = ctx.rng.randrange(3)
    if mode == 0:
        title, shown = f"{who.script}", "script"
        files = [f"{ctx.pick(['lora', 'face', 'portrait'])}_{ctx.rng.randrange(1, 99)}.safetensors"]
        trained = [
            ctx.pick(["ohwx woman", "photo of a woman"])
            if who.gender == "female"
            else "photo of a man"
        ]
    elif mode == 1:
        title = f"{who.script} / {who.full}"
        files, trained = [f"{who.pascal}.safetensors"], [who.snake]
    else:
        title = f"{who.full} ({who.script}) - {prof}"
        files, trained = [f"{who.snake}_v2.safetensors"], [leet(who.run)]
    native = {
        "ru": f"{who.script} — известная {who.nationality.lower()} артистка."
        if who.gender == "female"
        else f"{who.script} — известный актёр.",
        "ar": f"{who.script}، مقدمة برامج تلفزيونية.",
        "hi": f"{who.script} एक लोकप्रिय अभिनेत्री हैं।",
        "th": f"{who.script} นักแสดงหญิงชื่อดัง",
        "el": f"Η {who.script} είναι ηθοποιός.",
        "he": f"{who.script} היא שחקנית ודוגמנית.",
    }[who.lang]
    desc = (
        p(native)
        + settings_note(ctx)
        + (p(f"{who.nationality} {prof}") if shown != "script" else "")
        + support(ctx)
    )
    tags = likeness_tags(ctx, who.gender, prof)
    if shown == "script":
        tags = [t for t in tags if t not in (prof.lower(),)]
    d = Draft(title, desc, mtype_for_person(ctx), tags, trained, files)
    labelled_person(ctx, who, civitai(ctx, d), "world_script", sexual=False, shown=shown)


def ea_native_desc(ctx: Ctx, who: Person, prof: str, adult_age: int | None = None) -> str:
    age = ""
    if adult_age:
        age = {"zh": f"，今年{adult_age}岁", "ja": f"（{adult_age}歳）", "ko": f", {adult_age}세"}[
            who.lang
        ]
    s = who.script
    return {
        "zh": f"{s}，中国内地{prof}{age}。本模型仅供学习交流。",
        "ja": f"{s}さん、日本の{prof}です{age}。学習枚数は{ctx.rng.randrange(20, 80)}枚。",
        "ko": f"{s}{age} — 한국 {prof}. 학습 이미지 {ctx.rng.randrange(20, 80)}장.",
    }[who.lang]


def ea_person(ctx: Ctx, gender: str | None = None) -> Person:
    return person(ctx, ctx.pick(["zh", "ja", "ko"]), gender)


def ea_gender_tags(ctx: Ctx, who: Person) -> list[str]:
    words = V.EA_FEMALE_WORDS if who.gender == "female" else V.EA_MALE_WORDS
    return [ctx.pick(words[who.lang])] if ctx.chance(0.7) else gender_tags(ctx, who.gender)


def pf_ea_script(ctx: Ctx) -> None:
    who = ea_person(ctx, female_mostly(ctx))
    assert who.script
    prof = ctx.pick(V.EA_PROFESSIONS[who.lang])
    title = ctx.pick(
        [
            who.script,
            f"{who.script} LoRA",
            f"【{who.script}】",
            f"{who.script}_v2",
            f"{ctx.pick(['真人', '写实'])} {who.script}",
        ]
    )
    files = [
        ctx.pick([f"{who.script}.safetensors", f"lora_{ctx.rng.randrange(100, 999)}.safetensors"])
    ]
    desc = p(ea_native_desc(ctx, who, prof)) + lang_line(ctx, who.lang) + settings_note(ctx)
    tags = [
        *ea_gender_tags(ctx, who),
        *ctx.rng.sample(["celebrity", "photorealistic", "asian", prof], 2),
    ]
    d = Draft(title, desc, mtype_for_person(ctx), tags, [], files)
    labelled_person(ctx, who, civitai(ctx, d), "east_asian_script", sexual=False, shown="script")


def pf_ea_roman(ctx: Ctx) -> None:
    who = ea_person(ctx, female_mostly(ctx))
    prof = ctx.pick(["actress", "idol", "model", "singer"]) if who.gender == "female" else "actor"
    sexual = ctx.chance(0.3)
    form = ctx.cycle("ea_roman", 5)
    if form == 0:  # family-first romanised, hyphenated Korean given names
        title = ctx.pick(
            [who.full, f"{who.full} ({prof})", f"{who.full} | {who.nationality} {prof}"]
        )
    elif form == 1:  # run-together in title and file name
        title = ctx.pick([who.run, f"{who.run}_lora", f"{who.run.capitalize()} v1"])
    elif form == 2:  # camelCase
        title = f"{who.camel} {ctx.pick(['LoRA', 'TI', 'lokr'])}"
    elif form == 3:  # script and romanised
        title = f"{who.script} {who.full}"
    else:  # given-first romanised
        title = f"{who.rev} ({who.nationality} {prof})"
    files = [f"{ctx.pick([who.run, who.camel, who.snake])}{ext(ctx, 'LORA')}"]
    tags = [
        *ea_gender_tags(ctx, who),
        ctx.pick(["kpop", "jpop", "cpop", "asian", "korean", "japanese", "chinese"]),
        "celebrity",
    ]
    lines = [
        ctx.pick(
            [
                f"{who.nationality} {prof}.",
                "requested by a friend",
                "my fav 💕",
                f"trained on {ctx.rng.randrange(20, 90)} images",
            ]
        )
    ]
    if sexual:
        stags, line = sexual_bits(ctx)
        tags += stags
        lines.append(line)
    desc = p(*lines) + settings_note(ctx, who.run) + lang_line(ctx, who.lang)
    d = Draft(title, desc, mtype_for_person(ctx), tags, [who.run], files, sexual=sexual)
    labelled_person(ctx, who, civitai(ctx, d), "east_asian_roman", sexual=sexual)


def pf_live_role(ctx: Ctx) -> None:
    role, role_gender = ctx.pick(ctx.v(V.ROLE_NAMES))
    show, medium = ctx.pick(ctx.v(V.LIVE_SHOWS))
    culture = ctx.pick(["western", "western", "zh", "ko", "ja", "global"])
    who = person(ctx, culture, role_gender)
    title = ctx.pick(
        [
            f"{role} from {show}",
            f"{role} ({show})",
            f"{role} - {show} [{medium}]",
            f"{role} / {who.full}",
        ]
    )
    where = "title" if who.full in title else ctx.pick(["desc", "prompt", "title"])
    if where == "title" and who.full not in title:
        title += f" ({who.full})"
    lines = [f"{role} as played in the {medium} {show}."]
    if where == "desc":
        lines.append(
            f"Played by {who.full}. Trained on screencaps from season {ctx.rng.randrange(1, 4)}."
        )
    disclaimer = ctx.chance(0.35)
    if disclaimer:
        lines.append(
            ctx.pick(
                [
                    "This is a fictional character. No real person is depicted.",
                    "Disclaimer: model of a fictional character only, any resemblance "
                    "to real persons is coincidental.",
                ]
            )
        )
    desc = p(*lines)
    if where == "prompt":
        desc += pasted_prompt(ctx, f"photo of {who.full} as {role}")
    desc += settings_note(ctx)
    tags = [
        "character",
        ctx.pick(["tv series", "movie", "drama", "kdrama", "cdrama", "film"]),
        *gender_tags(ctx, who.gender),
    ]
    mtype = ctx.pick(["LORA", "LORA", "Checkpoint", "Hypernetwork", "TextualInversion"])
    d = Draft(
        title,
        desc,
        mtype,
        tags,
        [slug(role).replace("-", "_")],
        [f"{slug(role).replace('-', '_')}{ext(ctx, mtype)}"],
    )
    labelled_person(
        ctx,
        who,
        civitai(ctx, d),
        "live_action_role_disclaimer" if disclaimer else "live_action_role",
        sexual=False,
    )


def pf_blend(ctx: Ctx) -> None:
    n = ctx.pick([2, 2, 3])
    people: list[Person] = []
    while len(people) < n:
        cand = person(ctx, ctx.pick(["western", "global", "word", "zh", "ko"]), "female")
        if cand not in people:
            people.append(cand)
    names = [q.full for q in people]
    title = ctx.pick(
        [
            " x ".join(names) + " blend",
            "Mix of " + " + ".join(names),
            f"Face mix: {', '.join(names)}",
            " & ".join(names) + " (merged face)",
        ]
    )
    desc = p(
        ctx.pick(
            [
                "A blend of my favourite faces, weights 0.5/0.5",
                "merged the two LoRAs with supermerger",
                "best of both 💞",
            ]
        )
    )
    desc += settings_note(ctx)
    d = Draft(
        title,
        desc,
        "LORA",
        ["celebrity", "woman", "blend"],
        ["blendface"],
        ["blend_" + "_".join(q.run for q in people) + ".safetensors"],
    )
    raw = civitai(ctx, d)
    aliases = [a for q in people for a in q.aliases()]
    add(
        ctx,
        raw,
        kind="public_figure",
        shape="named_blend",
        target=names[0],
        targets=names,
        aliases=aliases,
        gender="female",
    )


def pf_disclaimer(ctx: Ctx) -> None:
    who = person(ctx, ctx.pick(["western", "global", "word"]), "female")
    prof = profession(ctx, "female")
    title = ctx.pick([f"{who.full}", f"{who.full} (fictional)", f"{who.full} - AI girl v2"])
    desc = p(
        ctx.pick(
            [
                "This is a fictional character. Any resemblance to real persons, living or "
                "dead, is purely coincidental.",
                "No real person is depicted. For artistic purposes only.",
                "DISCLAIMER: all images are AI generated, this model does not represent any "
                "real human.",
            ]
        ),
        f"(inspired by the {prof} {who.full})",
    ) + settings_note(ctx)
    d = Draft(
        title,
        desc,
        "LORA",
        ["woman", ctx.pick(["celebrity", "character", "realistic"])],
        [who.snake],
        [f"{who.pascal}.safetensors"],
    )
    labelled_person(ctx, who, civitai(ctx, d), "disclaimer", sexual=False)


def pf_request(ctx: Ctx) -> None:
    who = person(ctx, ctx.pick(["western", "global", "zh", "ko", "ja"]), female_mostly(ctx))
    asker = ctx.uploader()
    title = ctx.pick(
        [
            f"[Request] {who.full}",
            f"Commission: {who.full} for @{asker}",
            f"{who.full} (bounty entry)",
            f"REQ - {who.full}",
        ]
    )
    desc = p(
        ctx.pick(
            [
                f"Requested by @{asker}. Bounty fulfilled, enjoy!",
                f"Bounty entry for '{who.full} LoRA', {ctx.rng.randrange(500, 5000)} buzz",
                "Made this for a request on discord",
            ]
        ),
        f"{who.pronoun[0].capitalize()} is a {profession(ctx, who.gender)}.",
    )
    d = Draft(
        title,
        desc + settings_note(ctx),
        "LORA",
        ["celebrity", "request", *gender_tags(ctx, who.gender)],
        [who.snake],
        [f"{who.run}_req.safetensors"],
    )
    labelled_person(ctx, who, civitai(ctx, d), "request", sexual=False)


def pf_youth_words_adult(ctx: Ctx) -> None:
    who = ea_person(ctx, "female")
    prof = ctx.pick(V.EA_PROFESSIONS[who.lang])
    age = ctx.rng.randrange(19, 34)
    words = ctx.rng.sample(
        [
            "young",
            "cute",
            "petite",
            "kawaii",
            "baby face",
            "school uniform",
            "girl",
            "youthful",
            "small",
        ],
        3,
    )
    stated = ctx.chance(0.7)
    title = ctx.pick(
        [
            f"{who.full} cute {words[0]}",
            f"{who.script} ({words[0]} style)",
            f"{who.full} - {words[1]} look",
        ]
    )
    shown = "script" if who.full not in title else "full"
    lines = [ea_native_desc(ctx, who, prof, age if stated else None)]
    lines.append(
        ctx.pick(
            [
                f"Looks {words[0]} and {words[1]}, great with {words[2]} prompts.",
                f"{words[0]} face, {words[1]} vibe ~ try '{words[2]}'",
            ]
        )
    )
    if stated and ctx.chance(0.5):
        lines.append(
            ctx.pick(
                [f"She is an adult ({age}).", "Not a minor, she is 21+.", f"born {2024 - age}"]
            )
        )
    tags = [*ea_gender_tags(ctx, who), "cute", ctx.pick(["asian", "idol", "celebrity"])]
    d = Draft(
        title, p(*lines) + settings_note(ctx), "LORA", tags, [who.run], [f"{who.run}.safetensors"]
    )
    labelled_person(ctx, who, civitai(ctx, d), "adult_youth_words", sexual=False, shown=shown)


def pf_minor(ctx: Ctx) -> None:
    culture = ctx.pick(["zh", "ja", "ko", "western", "western"])
    who = person(ctx, culture, female_mostly(ctx))
    age = ctx.rng.randrange(13, 18)
    if culture in ("zh", "ja", "ko"):
        stated = {
            "zh": f"{who.script}，{age}岁，学生演员。",
            "ja": f"{who.script}（{age}歳）、アイドル研究生。",
            "ko": f"{who.script}, {age}세, 연습생.",
        }[culture]
        title = f"{who.full} ({who.script})"
    else:
        stated = ctx.pick(
            [
                f"{who.full} is a {age}-year-old figure skater.",
                f"{who.full} is a child {'actor' if who.gender == 'male' else 'actress'} from a "
                "family sitcom.",
                f"{who.full}, {age} years old, junior tennis champion.",
            ]
        )
        title = ctx.pick([who.full, f"{who.full} portrait", f"{who.full} (SFW)"])
    d = Draft(
        title,
        p(stated, "SFW portraits only.") + settings_note(ctx),
        "LORA",
        ["portrait", "sfw", *gender_tags(ctx, who.gender)],
        [who.snake],
        [f"{who.run}.safetensors"],
        minor_flag=ctx.chance(0.3),
    )
    labelled_person(
        ctx,
        who,
        civitai(ctx, d, era=ctx.pick(["2023", "2025"])),
        "minor_cue",
        sexual=False,
        minor=True,
    )


def pf_adult_performer(ctx: Ctx) -> None:
    who = person(ctx, ctx.pick(["western", "stage", "global", "ja", "diacritic"]), "female")
    prof = ctx.pick(["porn star", "adult actress", "cam model"])
    if who.culture == "ja":
        prof = "JAV actress"
    title = ctx.pick(
        [
            f"{who.full} (pornstar)",
            f"{who.full} - {prof}",
            f"{who.full} NSFW",
            f"{who.full} [{prof}]",
        ]
    )
    desc = p(
        f"{who.full} is a {prof}.",
        ctx.pick(
            [
                "NSFW model, 18+ only.",
                "nude and lingerie work well",
                "trained on her adult film stills",
            ]
        ),
    )
    d = Draft(
        title,
        desc + settings_note(ctx),
        "LORA",
        ["pornstar", "nsfw", "woman", "celebrity"],
        [who.snake],
        [f"{who.pascal}.safetensors"],
        sexual=True,
    )
    labelled_person(ctx, who, civitai(ctx, d), "adult_performer", sexual=True)


def creator_item(ctx: Ctx) -> None:
    handle, gender, site = ctx.pick(ctx.v(V.CREATOR_HANDLES))
    sexual = site in ("OnlyFans", "Fansly") or ctx.chance(0.15)
    followers = ctx.pick(["120k", "1.3M", "48k", "900k", "2.1M"])
    title = ctx.pick(
        [
            f"@{handle} ({site} model)",
            f"{handle} - {site}",
            f"{handle} LoRA",
            f"{site} girl {handle}" if gender == "female" else f"{site} guy {handle}",
        ]
    )
    lines = [f"{site} creator with {followers} followers: https://www.{site.lower()}.com/{handle}"]
    tags = [site.lower(), "influencer", *gender_tags(ctx, gender)]
    if sexual:
        lines.append(
            ctx.pick(
                [
                    "her OnlyFans content works too, NSFW capable",
                    "lewd pics in the gallery 🔞 (nsfw)",
                ]
            )
        )
        tags.append("nsfw")
    d = Draft(
        title,
        p(*lines) + settings_note(ctx) + support(ctx),
        "LORA",
        tags,
        [handle.replace(".", "_")],
        [f"{handle.replace('.', '_')}.safetensors"],
        sexual=sexual,
    )
    add(
        ctx,
        civitai(ctx, d),
        kind="online_creator",
        shape="creator_handle",
        target=handle,
        gender=gender,
        sexual=sexual,
    )


def ea_creator_item(ctx: Ctx) -> None:
    script, handle, gender, site = ctx.pick(ctx.v(V.EA_CREATORS))
    title = ctx.pick([f"{script} ({site})", f"{site}网红 {script}", f"{script} @{handle}"])
    desc = p(f"{site}: @{handle}", ctx.pick(["粉丝30万的博主", "フォロワー20万人", "팔로워 15만"]))
    tags = [
        ctx.pick(["网红", "influencer", "인플루언서"]),
        "女性" if gender == "female" else "男性",
    ]
    d = Draft(
        title,
        desc + settings_note(ctx),
        "LORA",
        tags,
        [handle],
        [f"{handle.replace('.', '_')}.safetensors"],
    )
    add(
        ctx,
        civitai(ctx, d),
        kind="online_creator",
        shape="ea_creator",
        target=script,
        aliases=[handle],
        gender=gender,
    )


def private_item(ctx: Ctx) -> None:
    form = ctx.cycle("private", 7)
    first, gender = ctx.pick(ctx.v(V.WESTERN_GIVEN))
    target: str | None = None
    if form == 0:
        title, desc, gender = (
            "my wife",
            "trained on 40 photos of my wife (she said ok lol)",
            "female",
        )
    elif form == 1:
        title, desc, gender = "gf_lora v2", "my girlfriend, private use only", "female"
    elif form == 2:
        title, desc, target = (
            f"{first} face lora",
            f"a friend of mine, {first}. she asked me to make this"
            if gender == "female"
            else f"my buddy {first}, he wanted one",
            first,
        )
    elif form == 3:
        ini = f"{first[0]}{ctx.pick('KMRTLS')}"
        target = ini
        noun = "woman" if gender == "female" else "man"
        title = f"{ini} {noun} lora"
        desc = f"{ini}, trained on {'her' if gender == 'female' else 'his'} photos from a shoot"
    elif form == 4:
        title, desc, gender = "my partner", "my partner, trained on their photos", "unknown"
    elif form == 5:
        title, desc, gender = "ex", "my ex lol. dont ask", "unknown"
    else:
        title = f"coworker {first}"
        desc = f"{first} from the office, {'she' if gender == 'female' else 'he'} is cool with it"
        target = first
    d = Draft(
        title,
        p(desc) + settings_note(ctx),
        "LORA",
        ["person", *gender_tags(ctx, gender)],
        ["ohwx person"],
        [f"{slug(title).replace('-', '_')}.safetensors"],
    )
    add(ctx, civitai(ctx, d), kind="private_person", shape="private", target=target, gender=gender)


def hf_person(ctx: Ctx) -> None:
    """A Hugging Face LoRA of a person: the cues live in the repo id, instance prompt, widgets."""
    culture = ctx.pick(["western", "zh", "ko", "ja", "word", "global", "western"])
    who = person(ctx, culture, female_mostly(ctx))
    sexual = ctx.chance(0.25)
    owner = ctx.uploader().lower()
    shape = "hf_slug"
    repo_name = ctx.pick(
        [
            slug(who.full),
            who.run,
            slug(who.full) + "-flux-lora",
            "lora-" + slug(who.full),
            who.snake + "_sdxl",
        ]
    )
    repo = f"{owner}/{repo_name}"
    noun = {"female": "woman", "male": "man"}[who.gender]
    instance = ctx.pick(
        [f"{who.run} {noun}", f"photo of {who.snake}", f"ohwx {noun}", f"TOK {noun}"]
    )
    widgets = [f"{instance}, {', '.join(ctx.rng.sample(V.SFW_PROMPT_BITS, 3))}"]
    if sexual:
        widgets.append(f"{instance}, {ctx.pick(['nude', 'lingerie', 'boudoir photo'])}")
    raw = hf_item(
        ctx,
        repo,
        instance=instance,
        widgets=widgets,
        sexual=sexual,
        files=[f"{who.run}.safetensors"],
    )
    labelled_person(ctx, who, raw, shape, sexual=sexual)


def hf_creator(ctx: Ctx) -> None:
    handle, gender, site = ctx.pick(ctx.v(V.CREATOR_HANDLES))
    sexual = site in ("OnlyFans", "Fansly")
    owner = ctx.uploader().lower()
    repo = f"{owner}/{slug(handle)}-{site.lower()}-lora"
    instance = f"{handle.replace('.', '_')} {'woman' if gender == 'female' else 'man'}"
    widgets = [f"{instance}, selfie, ring light"]
    if sexual:
        widgets.append(f"{instance}, topless")
    raw = hf_item(ctx, repo, instance=instance, widgets=widgets, sexual=sexual)
    add(
        ctx,
        raw,
        kind="online_creator",
        shape="hf_slug",
        target=handle,
        gender=gender,
        sexual=sexual,
    )


# --- hard negatives --------------------------------------------------------------------------


def neg(ctx: Ctx, d: Draft, kind: str, shape: str) -> None:
    add(ctx, civitai(ctx, d), kind=kind, shape=shape, sexual=d.sexual)


def plain_negative(
    ctx: Ctx,
    kind: str,
    shape: str,
    title: str,
    text: str,
    tags: list[str],
    trained: list[str],
    file_stem: str | None = None,
    *,
    note: bool = True,
) -> None:
    """A one-paragraph negative LoRA page (the shape most hard negatives share)."""
    desc = p(text) + (settings_note(ctx) if note else "")
    files = [f"{file_stem or slug(title)}.safetensors"]
    neg(ctx, Draft(title, desc, "LORA", tags, trained, files), kind, shape)


def anime_char(ctx: Ctx, script_name: bool = False) -> None:
    name, script = ctx.pick(ctx.v(V.ANIME_CHARS))
    franchise = ctx.pick(ctx.v(V.ANIME_FRANCHISES))
    sexual = ctx.chance(0.3)
    if script_name and script:
        title = ctx.pick([f"{script}（{franchise}）", f"{script} / {name} | {franchise}"])
        shape = "anime_script_name"
    else:
        title = ctx.pick(
            [
                f"{name} ({franchise})",
                f"{name} - {franchise} LoRA",
                f"{name} | {franchise} | 3 outfits",
                f"{name}",
            ]
        )
        shape = "anime_character"
    tags = ["anime", "girl", "game character"] if ctx.chance(0.5) else ["anime", "female"]
    if ctx.chance(0.8):
        tags.insert(1, "character")
    else:
        shape += "_no_tag"
    trig = (
        f"{name.lower()}, 1girl, {ctx.pick(['red hair', 'silver hair', 'twintails'])}, "
        f"{ctx.pick(['blue eyes', 'hair ribbon', 'long hair'])}"
    )
    lines = [
        f"Character from {franchise}.",
        ctx.pick(["outfit1: armor, cape", "3 outfits included, see gallery", ""]),
    ]
    if sexual:
        lines.append("All characters depicted are 18+. NSFW capable.")
        tags.append("hentai" if ctx.chance(0.5) else "nsfw")
    d = Draft(
        title,
        p(*lines) + settings_note(ctx),
        "LORA",
        tags,
        [trig],
        [f"{slug(name).replace('-', '_')}.safetensors"],
        sexual=sexual,
    )
    neg(ctx, d, "character_anime", shape)


def western_char(ctx: Ctx) -> None:
    name, work = ctx.pick(ctx.v(V.WESTERN_WORKS))
    title = ctx.pick([f"{name} ({work})", f"{name} - {work}", f"{name} | cartoon character"])
    d = Draft(
        title,
        p(f"{name} from {work}.", "works in realistic and toon checkpoints") + settings_note(ctx),
        "LORA",
        ["character", ctx.pick(["cartoon", "comics", "game"])],
        [slug(name)],
        [f"{slug(name)}.safetensors"],
    )
    neg(ctx, d, "character_western", "western_character")


def vtuber(ctx: Ctx) -> None:
    name, agency = ctx.pick(ctx.v(V.VTUBERS))
    title = ctx.pick([f"{name} (VTuber)", f"{name} | {agency}", f"{name} vtuber model"])
    d = Draft(
        title,
        p(f"{name}, VTuber ({agency}). Model of the avatar, both outfits."),
        "LORA",
        ["vtuber", "anime", "character"] if ctx.chance(0.7) else ["vtuber", "virtual youtuber"],
        [slug(name)],
        [f"{slug(name)}.safetensors"],
    )
    neg(ctx, d, "character_vtuber", "vtuber")


def artist(ctx: Ctx) -> None:
    if ctx.chance(0.3):
        who = ctx.pick(ctx.v(V.PHOTOGRAPHERS))
        title = ctx.pick([f"{who} photography style", f"{who} style (photographer)"])
        desc = p(f"Emulates the lighting and colour of photographer {who}.")
        shape = "photographer_style"
    else:
        who = ctx.pick(ctx.v(V.PAINTERS))
        surname = who.split()[-1]
        title = ctx.pick(
            [
                f"In the style of {who}",
                f"{surname} Style LoRA",
                f"{who} art style",
                f"{who} | painterly",
            ]
        )
        desc = p(f"Style of the painter {who}. Use 'by {surname.lower()}'.")
        shape = "artist_style"
    d = Draft(
        title,
        desc + settings_note(ctx),
        "LORA",
        ["style", "art style", "artist"],
        [f"{slug(who).split('-')[-1]} style"],
        [f"{slug(who)}_style.safetensors"],
    )
    neg(ctx, d, "artist_style", shape)


def concept(ctx: Ctx) -> None:
    form = ctx.cycle("concept", 7)
    sexual = False
    if form == 0:
        title, tags = "Instagram filter", ["instagram", "photography", "filter"]
        desc = "makes any photo look like an instagram filter was applied (warm, faded)"
        shape = "instagram_filter"
    elif form == 1:
        title, tags = (
            ctx.pick(
                [
                    "Celebrity red carpet background",
                    "Paparazzi shot",
                    "Celebrity selfie concept",
                    "Paparazzi flash photography",
                ]
            ),
            ["celebrity", "concept", "paparazzi"],
        )
        desc = (
            "concept lora: paparazzi flash, crowd, red carpet. No specific celebrity, use "
            "your own character"
        )
        shape = "celebrity_concept"
    elif form == 2:
        hist = ctx.pick(ctx.v(V.HISTORICAL))
        title, tags = f"{hist} style", ["historical", "costume", "mythology"]
        desc = f"{hist} inspired costume and makeup, not a portrait of anyone"
        shape = "historical_style"
    elif form == 3:
        title, tags = (
            ctx.pick(
                [
                    "Film grain helper",
                    "Golden hour lighting",
                    "Dutch angle",
                    "Rim light",
                    "Motion blur",
                ]
            ),
            ["concept", "lighting"],
        )
        desc = "lighting / camera concept"
        shape = "lighting"
    elif form == 4:
        title, tags = (
            ctx.pick(["Sitting pose pack", "Hands on hips", "Looking back pose"]),
            ["poses", "pose"],
        )
        desc = "pose helper, works with openpose"
        shape = "pose"
    elif form == 5:
        title, tags = (
            ctx.pick(["Boudoir photo concept", "Sexy pose pack", "NSFW POV"]),
            ["nsfw", "concept", "poses"],
        )
        desc = "nsfw concept, use with any realistic model"
        sexual = True
        shape = "nsfw_concept"
    else:
        title, tags = (
            ctx.pick(["iPhone photo", "Amateur smartphone photo", "Webcam quality"]),
            ["photography", "amateur", "concept"],
        )
        desc = "makes outputs look like a phone snapshot"
        shape = "photo_look"
    d = Draft(
        title,
        p(desc) + settings_note(ctx),
        "LORA",
        tags,
        [slug(title).replace("-", " ")],
        [f"{slug(title)}.safetensors"],
        sexual=sexual,
    )
    neg(ctx, d, "concept", shape)


def clothing(ctx: Ctx) -> None:
    sexual = ctx.chance(0.3)
    title = (
        ctx.pick(["Lace lingerie set", "Sexy latex dress"])
        if sexual
        else ctx.pick(
            [
                "Hanfu (Song dynasty)",
                "Office lady suit",
                "Sailor uniform (adult cosplay)",
                "Wool turtleneck",
                "Denim overalls",
                "Cheongsam v2",
                "Korean school uniform (cosplay)",
            ]
        )
    )
    tags = ["clothing", "outfit", *(["lingerie", "sexy"] if sexual else ["fashion"])]
    d = Draft(
        title,
        p(f"{title}. weight 0.6-0.8") + settings_note(ctx),
        "LORA",
        tags,
        [slug(title).replace("-", "_")],
        [f"{slug(title)}.safetensors"],
        sexual=sexual,
    )
    neg(ctx, d, "clothing", "clothing")


def checkpoint(ctx: Ctx) -> None:
    base = ctx.pick(
        [
            "RealVisionMix",
            "PhotoLuxe",
            "SilkSkin",
            "TrueLens",
            "NatureFace",
            "CinemaReal",
            "epicMuse",
            "AsianRealMix",
            "LatentPortrait",
        ]
    )
    ver = ctx.pick(["v5", "v6.1", "XL", "v2 (baked VAE)", "FINAL"])
    sexual = ctx.chance(0.35)
    recipe = " + ".join(
        f"{c} {ctx.pick(['0.3', '0.4', '0.25', '0.5'])}"
        for c in ctx.rng.sample(V.CHECKPOINTS_NAMED, 3)
    )
    lines = [
        f"Merge recipe: {recipe}",
        "Great for realistic portraits of women and men.",
        ctx.pick(["Recommended: CFG 5, 30 steps", "Use clip skip 2", "VAE baked in"]),
    ]
    tags = ["photorealistic", "base model", "realistic", *(["woman"] if ctx.chance(0.5) else [])]
    if sexual:
        lines.append("Can do NSFW.")
        tags.append("nsfw")
    d = Draft(
        f"{base} {ver}",
        p(*lines) + changelog(ctx) + support(ctx),
        "Checkpoint",
        tags,
        [],
        [f"{base.lower()}_{slug(ver)}.safetensors"],
        ["v1", "v2"],
        sexual=sexual,
    )
    neg(ctx, d, "checkpoint_realistic", "checkpoint_merge" if ctx.chance(0.5) else "checkpoint")


def tool(ctx: Ctx) -> None:
    title, mtype = ctx.pick(
        [
            ("ClearVAE", "Other"),
            ("BadHands negative embedding", "TextualInversion"),
            ("4x Skin Upscaler", "Other"),
            ("Detail Tweaker", "LORA"),
            ("Eye fix embedding", "TextualInversion"),
        ]
    )
    d = Draft(
        title,
        p("utility, not a style or a character"),
        mtype,
        ["tool", "utility"],
        [],
        [f"{slug(title)}{'.pt' if mtype == 'TextualInversion' else '.safetensors'}"],
    )
    neg(ctx, d, "tool", "tool")


def generic_face(ctx: Ctx) -> None:
    title = ctx.pick(
        [
            "Beautiful Woman Face",
            "Perfect face helper",
            "Pretty girl face v2",
            "Average Joe face",
            "Better faces (women)",
            "Gorgeous lady face",
            "Generic beautiful woman",
        ]
    )
    tags = ["woman", "face", "portraits"]
    if ctx.chance(0.25):
        tags.append("celebrity")
    d = Draft(
        title,
        p("makes faces prettier, not any specific person") + settings_note(ctx),
        ctx.pick(["LORA", "TextualInversion"]),
        tags,
        ["beautiful face"],
        [f"{slug(title)}.safetensors"],
    )
    neg(ctx, d, "generic_face", "generic_face")


def ethnic_look(ctx: Ctx) -> None:
    nat = ctx.pick(
        [
            "Korean",
            "Latina",
            "Nordic",
            "Thai",
            "Brazilian",
            "Slavic",
            "Nigerian",
            "Japanese",
            "Indian",
            "Persian",
        ]
    )
    title = ctx.pick(
        [f"{nat} beauty mix", f"{nat} look", f"{nat} features helper", f"{nat} girl face"]
    )
    d = Draft(
        title,
        p(f"generic {nat} facial features, no specific person") + settings_note(ctx),
        "LORA",
        ["woman", nat.lower(), "ethnicity"],
        [f"{nat.lower()} look"],
        [f"{slug(title)}.safetensors"],
    )
    neg(ctx, d, "ethnic_look", "ethnic_look")


def body_type(ctx: Ctx) -> None:
    title = ctx.pick(
        ["Curvy body slider", "Athletic build", "Freckles slider", "Muscle slider", "Height slider"]
    )
    plain_negative(
        ctx,
        "body_type",
        "body_type",
        title,
        "slider lora, -2 to 2",
        ["body", "slider", "tool"],
        [],
        note=False,
    )


def blend_unnamed(ctx: Ctx) -> None:
    title = ctx.pick(
        [
            "Asian face blend v3",
            "Mixed Face 07 (blend of 20 faces)",
            "EuroFace mix",
            "Blended beauty #4",
            "Random face generator",
        ]
    )
    d = Draft(
        title,
        p("blend of many faces, does not look like anyone") + settings_note(ctx),
        "LORA",
        ["woman", "blend", "face", *(["celebrity"] if ctx.chance(0.2) else [])],
        ["blendface"],
        [f"{slug(title)}.safetensors"],
    )
    neg(ctx, d, "blend_unnamed", "blend_unnamed")


def nonexistent(ctx: Ctx) -> None:
    title = ctx.pick(
        [
            "This Person Does Not Exist",
            "TPDNE faces v2",
            "Fake people pack",
            "Nonexistent women (synthetic dataset)",
        ]
    )
    text = "trained on thispersondoesnotexist outputs, synthetic faces only"
    plain_negative(
        ctx,
        "nonexistent_person",
        "nonexistent_person",
        title,
        text,
        ["face", "woman", "synthetic"],
        ["tpdne"],
        note=False,
    )


def doll(ctx: Ctx) -> None:
    nat = ctx.pick(
        ["Korean", "Japanese", "Chinese", "Taiwanese", "Thai", "Vietnamese", "Filipino", "European"]
    )
    text = f"{nat.lower()} doll likeness, a generic pretty face. not a real person"
    tags = ["woman", "asian" if nat != "European" else "european", "doll"]
    plain_negative(ctx, "doll_likeness", "doll_likeness", f"{nat} Doll Likeness", text, tags, [])


def consistent(ctx: Ctx) -> None:
    oc = ctx.pick(ctx.v(V.OC_NAMES))
    form = ctx.cycle("consistent", 4)
    if form == 0:
        title, desc, shape = (
            f"Consistent Character: {oc} (OC)",
            "my original character, made from generated images",
            "consistent_character",
        )
    elif form == 1:
        title, desc, shape = (
            f"{oc} - AI influencer",
            f"{oc} is my AI influencer persona, 100% synthetic, follow her on insta",
            "ai_influencer",
        )
    elif form == 2:
        title, desc, shape = (
            f"{oc} | AI model (fictional)",
            "fictional AI persona for consistent storytelling",
            "ai_persona",
        )
    else:
        title, desc, shape = (
            f"{oc} (original character)",
            "This is a fictional character. Any resemblance to real persons is coincidental.",
            "fiction_disclaimer",
        )
    d = Draft(
        title,
        p(desc) + settings_note(ctx),
        "LORA",
        ["woman", "character", "consistent character"],
        [slug(oc).replace("-", "_")],
        [f"{slug(oc)}_oc.safetensors"],
    )
    neg(ctx, d, "consistent_character", shape)


def hf_negative(ctx: Ctx) -> None:
    owner = ctx.uploader().lower()
    form = ctx.cycle("hf_negative", 5)
    if form == 0:
        name, _ = ctx.pick(ctx.v(V.ANIME_CHARS))
        franchise = ctx.pick(ctx.v(V.ANIME_FRANCHISES))
        repo, kind = f"{owner}/{slug(name)}-{slug(franchise)}", "character_anime"
        instance = f"{name.lower()}, 1girl, anime"
    elif form == 1:
        repo, kind, instance = f"{owner}/film-grain-flux-lora", "concept", "film grain photo"
    elif form == 2:
        who = ctx.pick(ctx.v(V.PAINTERS))
        repo, kind, instance = (
            f"{owner}/{slug(who)}-style",
            "artist_style",
            f"in the style of {who}",
        )
    elif form == 3:
        repo, kind, instance = (
            f"{owner}/realistic-portrait-merge",
            "checkpoint_realistic",
            "photo of a woman",
        )
    else:
        oc = ctx.pick(ctx.v(V.OC_NAMES))
        repo, kind, instance = (
            f"{owner}/{slug(oc)}-ai-influencer",
            "consistent_character",
            f"{slug(oc)} ai influencer, synthetic persona",
        )
    raw = hf_item(ctx, repo, instance=instance, widgets=[f"{instance}, portrait, soft light"])
    add(ctx, raw, kind=kind, shape="hf_" + kind)


# --- templates only hold3 uses ---------------------------------------------------------------


def pf_lookalike(ctx: Ctx) -> None:
    who = person(ctx, ctx.pick(["western", "global", "word", "zh", "ko"]), "female")
    surname = who.family if not who.family_first else who.full
    title = ctx.pick(
        [
            f"{surname} lookalike",
            f"A woman who resembles {who.full}",
            f"{who.full} look-alike (not her, just similar)",
            f"Resembles {who.full} v2",
        ]
    )
    shown = who.full if who.full in title else surname
    desc = p(
        ctx.pick(
            [
                f"looks a lot like {who.full}, trained on her photos + some others",
                "not the real one of course ;)",
                "a face that resembles a certain actress",
            ]
        )
    )
    d = Draft(
        title,
        desc + settings_note(ctx),
        "LORA",
        ["woman", ctx.pick(["lookalike", "celebrity", "realistic"])],
        ["lookalike woman"],
        [f"{slug(title).replace('-', '_')}.safetensors"],
    )
    raw = civitai(ctx, d)
    text = item_text(raw)
    target = who.full if who.full in text else shown
    add(
        ctx,
        raw,
        kind="public_figure",
        shape="lookalike",
        target=target,
        aliases=who.aliases() if target == who.full else [],
        gender="female",
    )


def pf_person_pack(ctx: Ctx) -> None:
    """Several people in one model, one per version or one trigger each."""
    n = ctx.pick([2, 3, 4])
    people: list[Person] = []
    while len(people) < n:
        cand = person(ctx, ctx.pick(["western", "word", "ja", "ko", "global"]), "female")
        if cand not in people:
            people.append(cand)
    by_version = ctx.chance(0.5)
    title = ctx.pick(
        [
            f"Actress pack ({n} in 1)",
            f"{n} girls from the same TV show",
            f"Presenters pack vol.{ctx.rng.randrange(2, 6)}",
        ]
    )
    if by_version:
        versions = [f"{q.full}" for q in people]
        trained = [people[-1].snake]
        desc = p("each version is a different person, see the version names")
    else:
        versions = ["v1.0"]
        trained = [q.snake for q in people]
        desc = p("triggers: " + ", ".join(q.snake for q in people))
    d = Draft(
        title,
        desc + settings_note(ctx),
        "LORA",
        ["woman", "celebrity", "pack"],
        trained,
        [f"pack_{slug(title).replace('-', '_')}.safetensors"],
        versions,
    )
    names = [q.full for q in people]
    add(
        ctx,
        civitai(ctx, d),
        kind="public_figure",
        shape="person_pack_versions" if by_version else "person_pack_triggers",
        target=names[-1],
        targets=names,
        aliases=[a for q in people for a in q.aliases()],
        gender="female",
    )


def pf_bio(ctx: Ctx) -> None:
    who = person(ctx, ctx.pick(["western", "global", "diacritic", "word"]), female_mostly(ctx))
    prof = profession(ctx, who.gender)
    she, her = who.pronoun
    nick = ctx.pick(
        ["The Voice of Morning TV", "Queen of the Court", "Golden Girl of Pop", "Late Show Star"]
    )
    if who.gender == "male":
        nick = ctx.pick(["The Voice of Morning TV", "Late Show Star", "The Iron Man of Boxing"])
    bio = (
        f"<h2>About</h2><p><strong>{who.written or who.full}</strong> (born "
        f"{ctx.rng.randrange(1970, 2000)}) is a {who.nationality} {prof}. {she.capitalize()} "
        f"began {her} career in {ctx.rng.randrange(1990, 2015)} and has won "
        f"{ctx.rng.randrange(2, 9)} national awards.</p><p>{she.capitalize()} lives in "
        f"{ctx.pick(['Lisbon', 'Toronto', 'Manila', 'Lagos', 'Melbourne', 'Hanoi'])}.</p>"
    )
    d = Draft(
        nick,
        bio + settings_note(ctx) + pasted_prompt(ctx, "portrait photo"),
        mtype_for_person(ctx),
        [prof.lower(), *gender_tags(ctx, who.gender)],
        ["nickname_face"],
        [f"{slug(nick).replace('-', '_')}.safetensors"],
    )
    labelled_person(ctx, who, civitai(ctx, d), "bio_nickname_title", sexual=False)


def pf_idol_given(ctx: Ctx) -> None:
    who = person(ctx, ctx.pick(["ko", "ja", "zh"]), "female")
    group = ctx.pick(ctx.v(V.IDOL_GROUPS))
    # zh and ko given names in this vocabulary are two characters; ja ones are not split here
    given_script = (who.script or "")[-2:] if who.culture != "ja" else ""
    pop = {"ko": "kpop", "ja": "jpop", "zh": "cpop"}[who.culture]
    title = ctx.pick(
        [
            f"{who.given} ({group})",
            f"{group} {who.given}",
            f"{who.given} of {group} - {pop} idol",
        ]
    )
    desc = p(
        f"{who.given} from {group}. {ctx.pick(['main vocal', 'lead dancer', 'visual', 'maknae'])}"
        f", {ctx.rng.randrange(20, 29)}" + ctx.pick(["", f" / {given_script}"])
    )
    d = Draft(
        title,
        desc + settings_note(ctx),
        "LORA",
        [pop, "idol", "celebrity", *ea_gender_tags(ctx, who)],
        [f"{slug(group).replace('-', '')}_{who.given.lower().replace('-', '')}"],
        [f"{slug(group)}_{slug(who.given)}.safetensors"],
    )
    raw = civitai(ctx, d)
    add(
        ctx,
        raw,
        kind="public_figure",
        shape="idol_given_name",
        target=who.given,
        aliases=[given_script] if given_script and given_script in item_text(raw) else [],
        gender="female",
    )


def hf_card_tag(ctx: Ctx) -> None:
    who = person(ctx, ctx.pick(["western", "ko", "zh", "word"]), female_mostly(ctx))
    owner = ctx.uploader().lower()
    repo = f"{owner}/{ctx.pick(['face-lora-07', 'portrait-lora', 'subject-b', 'my-lora-v3'])}"
    noun = {"female": "woman", "male": "man"}[who.gender]
    raw = hf_item(
        ctx,
        repo,
        instance=f"TOK {noun}",
        widgets=[f"TOK {noun}, {', '.join(ctx.rng.sample(V.SFW_PROMPT_BITS, 3))}"],
        tags=[who.full.lower(), noun],
    )
    labelled_person(ctx, who, raw, "hf_card_tag", sexual=False)


def game_npc(ctx: Ctx) -> None:
    name = ctx.pick(
        ["Margarethe Olsson", "Imelda Crowther", "Sister Beatrix Vane", "Rosalie Dunmore"]
    )
    game = ctx.pick(["Emberfall Online", "Hollowmere RPG", "Saltmarsh Tactics"])
    text = f"NPC from {game}, the innkeeper questline. 3D game render style."
    tags = ["game", "video game", "3d"]
    plain_negative(
        ctx,
        "character_western",
        "game_npc",
        f"{name} - {game}",
        text,
        tags,
        [slug(name).replace("-", "_")],
        slug(name),
    )


def celebrity_makeup(ctx: Ctx) -> None:
    title = ctx.pick(
        ["Red carpet makeup", "Hollywood glam waves", "Celebrity smoky eye", "Met-gala gown"]
    )
    text = "makeup / hair concept seen on celebrities, works on any face"
    plain_negative(
        ctx,
        "concept",
        "celebrity_makeup",
        title,
        text,
        ["celebrity", "makeup", "concept"],
        [slug(title).replace("-", " ")],
    )


def historical_portrait(ctx: Ctx) -> None:
    title = ctx.pick(
        [
            "Renaissance noblewoman portrait",
            "Victorian mourning photograph",
            "Edo period ukiyo-e beauty",
            "Tang dynasty court lady",
        ]
    )
    text = "historical painting / photo style of an anonymous sitter"
    plain_negative(
        ctx,
        "concept",
        "historical_portrait",
        title,
        text,
        ["historical", "style", "portrait"],
        [slug(title).replace("-", " ")],
    )


def oc_bio(ctx: Ctx) -> None:
    first = ctx.pick(["Sofia", "Leona", "Mei", "Anya", "Carla"])
    last = ctx.pick(["Marlowe", "Ardente", "Solberg", "Vance-Kim", "Quillon"])
    age = ctx.rng.randrange(21, 30)
    city = ctx.pick(["Barcelona", "Seoul", "Berlin", "Miami"])
    text = (
        f"Meet {first} {last}, {age}, {city}-based fashion blogger. She does not exist: "
        "an AI influencer made with a consistent-character workflow."
    )
    tags = ["ai influencer", "consistent character", "woman"]
    plain_negative(
        ctx,
        "consistent_character",
        "ai_influencer_bio",
        f"{first} {last} | AI influencer",
        text,
        tags,
        [f"{first.lower()}_{slug(last).replace('-', '')}"],
        f"{first.lower()}_{slug(last)}",
    )


def anime_realistic(ctx: Ctx) -> None:
    name, _ = ctx.pick(ctx.v(V.ANIME_CHARS))
    franchise = ctx.pick(ctx.v(V.ANIME_FRANCHISES))
    text = f"Real-life style take on {name} from {franchise}; cosplay look, photoreal."
    tags = ["character", "photorealistic", "cosplay", "anime"]
    plain_negative(
        ctx,
        "character_anime",
        "anime_realistic",
        f"{name} (realistic version) - {franchise}",
        text,
        tags,
        [slug(name).replace("-", "_")],
        f"{slug(name)}_real",
    )


HOLD3_ONLY: list[tuple[str, int, Callable[[Ctx], None]]] = [
    ("lookalike", 6, pf_lookalike),
    ("person_pack", 6, pf_person_pack),
    ("bio", 6, pf_bio),
    ("idol_given", 6, pf_idol_given),
    ("hf_card_tag", 5, hf_card_tag),
    ("game_npc", 5, game_npc),
    ("celebrity_makeup", 4, celebrity_makeup),
    ("historical_portrait", 4, historical_portrait),
    ("oc_bio", 5, oc_bio),
    ("anime_realistic", 5, anime_realistic),
]
# fewer of these in hold3, to make room for the templates above
HOLD3_COUNTS = {
    "title_western": 14,
    "desc_only": 6,
    "ea_script": 14,
    "ea_roman": 14,
    "world": 9,
    "creator": 15,
    "anime": 15,
    "concept": 16,
    "checkpoint": 10,
    "consistent": 10,
}


# --- the plan --------------------------------------------------------------------------------

Step = tuple[str, int, Callable[[Ctx], None]]


def plan(part: str) -> list[Step]:
    steps: list[Step] = [
        ("title_western", 22, lambda c: pf_named(c, "western", "title_name")),
        ("title_global", 8, lambda c: pf_named(c, "global", "global_name")),
        ("ordinary_words", 14, lambda c: pf_named(c, "word", "ordinary_words")),
        ("diacritics", 6, lambda c: pf_named(c, "diacritic", "diacritics")),
        ("desc_only", 10, pf_desc_only),
        ("trigger_only", 7, lambda c: pf_hidden_name(c, "trigger_only")),
        ("filename_only", 6, lambda c: pf_hidden_name(c, "filename_only")),
        ("tag_only", 5, lambda c: pf_hidden_name(c, "tag_only")),
        ("initials", 6, pf_initials),
        ("stage", 8, pf_stage),
        ("world", 12, pf_world_script),
        ("ea_script", 18, pf_ea_script),
        ("ea_roman", 18, pf_ea_roman),
        ("live_role", 14, pf_live_role),
        ("blend", 6, pf_blend),
        ("disclaimer", 6, pf_disclaimer),
        ("request", 5, pf_request),
        ("youth_adult", 12, pf_youth_words_adult),
        ("minor", 6, pf_minor),
        ("performer", 6, pf_adult_performer),
        ("hf_person", 16, hf_person),
        ("creator", 18, creator_item),
        ("ea_creator", 5, ea_creator_item),
        ("hf_creator", 5, hf_creator),
        ("private", 18, private_item),
        ("anime", 20, anime_char),
        ("anime_script", 8, lambda c: anime_char(c, True)),
        ("western_char", 7, western_char),
        ("vtuber", 7, vtuber),
        ("artist", 14, artist),
        ("concept", 22, concept),
        ("clothing", 9, clothing),
        ("checkpoint", 12, checkpoint),
        ("tool", 4, tool),
        ("generic_face", 9, generic_face),
        ("ethnic", 7, ethnic_look),
        ("body", 4, body_type),
        ("blend_unnamed", 7, blend_unnamed),
        ("nonexistent", 4, nonexistent),
        ("doll", 6, doll),
        ("consistent", 13, consistent),
        ("hf_negative", 12, hf_negative),
    ]
    if part == "hold3":
        steps = [(name, HOLD3_COUNTS.get(name, count), fn) for name, count, fn in steps]
        steps += HOLD3_ONLY
    return steps


def build(part: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    ctx = Ctx(part, random.Random(SEEDS[part]), PARTS[part])
    jobs = [fn for _, count, fn in plan(part) for _ in range(count)]
    ctx.rng.shuffle(jobs)
    for job in jobs:
        job(ctx)
    for raw, label in zip(ctx.items, ctx.labels, strict=True):
        # the metadata carries exactly the labelled cues, and never a sexual and a minor one
        assert sexual_cue(raw) == label["sexual_intent"], label["model_id"]
        assert minor_cue(raw) == label["minor_risk"], label["model_id"]
        assert not (label["sexual_intent"] and label["minor_risk"]), label["model_id"]
    return ctx.items, ctx.labels


def dumps(rows: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def outputs() -> list[tuple[Path, str]]:
    out = []
    for part in SEEDS:
        items, labels = build(part)
        out.append((HERE / f"{part}.jsonl", dumps(items)))
        out.append((HERE / f"{part}_labels.jsonl", dumps(labels)))
    return out


NEGATIVE_PROMPT_RE = re.compile(r"Negative prompt:[^<\n]*")


def cue_text(raw: dict[str, Any]) -> str:
    """The text the labels' cues are read from: all of it but pasted negative prompts."""
    return NEGATIVE_PROMPT_RE.sub("", item_text(raw))


SEXUAL_LEVEL_BITS = 4 | 8 | 16 | 32  # R, X, XXX, Blocked


def minor_cue(raw: dict[str, Any]) -> bool:
    """A stated age under 18, a youth word or Civitai's ``minor`` flag."""
    return bool(raw.get("minor")) or MINOR_RE.search(cue_text(raw)) is not None


def sexual_cue(raw: dict[str, Any]) -> bool:
    """A sexual word, an NSFW flag or tag, or an R/X/XXX level on the model, a version or an
    image (a Mature / X image in the 2023 shape)."""
    flagged = bool(raw.get("nsfw")) or "not-for-all-audiences" in raw.get("tags", [])
    versions = raw.get("modelVersions", [])
    images = [image for version in versions for image in version.get("images", [])]
    levels = [raw.get("nsfwLevel"), *(v.get("nsfwLevel") for v in versions)]
    levels += [image.get("nsfwLevel") for image in images]
    return (
        flagged
        or any((level or 0) & SEXUAL_LEVEL_BITS for level in levels)
        or any(image.get("nsfw") in ("Mature", "X") for image in images)
        or SEXUAL_RE.search(cue_text(raw)) is not None
    )


def item_text(raw: dict[str, Any]) -> str:
    """Every string of an item a detector may read (names, tags, prompts, file names)."""
    bits: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, str):
            bits.append(value)
        elif isinstance(value, dict):
            for key, sub in value.items():
                if key not in ("url", "downloadUrl", "hash", "hashes", "image", "_id", "sha"):
                    walk(sub)
        elif isinstance(value, list):
            for sub in value:
                walk(sub)

    walk(raw)
    return "\n".join(bits)


def counts_table() -> str:
    """The README's table: items per kind and shape in each part."""
    labels = {part: build(part)[1] for part in SEEDS}
    rows = sorted(
        {(lab["kind"], lab["shape"]) for part in labels for lab in labels[part]},
        key=lambda row: (row[0] not in PROMINENCE, row),
    )
    out = ["| kind | shape | dev3 | hold3 |", "|---|---|---|---|"]
    for kind, shape in rows:
        n = [
            sum(lab["kind"] == kind and lab["shape"] == shape for lab in labels[part])
            for part in SEEDS
        ]
        out.append(f"| `{kind}` | `{shape}` | {n[0]} | {n[1]} |")
    return "\n".join(out) + "\n"


def main() -> int:
    if sys.argv[1:] == ["--counts"]:
        print(counts_table(), end="")
        return 0
    for path, text in outputs():
        path.write_text(text, encoding="utf-8")
        print(f"{path.name}: {text.count(chr(10))} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
