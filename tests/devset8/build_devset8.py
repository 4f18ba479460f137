# ruff: noqa: E501
"""Build the eighth likeness dev set (``dev8`` and ``hold8``): seeded and deterministic.

Run from the repository root::

    .venv/bin/python tests/devset8/build_devset8.py            # rewrite the four .jsonl files
    .venv/bin/python tests/devset8/build_devset8.py --counts   # print the README's table

Every person is invented (``devset8_vocab.py``). Items are raw Civitai (2023 and 2025 shapes) and
Hugging Face ``ModelInfo`` items; labels have the fields of ``tests/devset/README.md``. The
builder refuses an item whose cues (``sexual_cue``, ``minor_cue``) disagree with its label, or
where a sexual and a minor cue meet.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import devset8_vocab as V  # noqa: E402

FOLDER = Path(__file__).resolve().parent
SEEDS = {"dev8": 80818, "hold8": 38261}
LIKENESS_KINDS = ("public_figure", "online_creator", "private_person")
PROMINENCE = {
    "public_figure": "public_figure",
    "online_creator": "online_creator",
    "private_person": "private_or_unknown",
}
STOCK_VAE_SHA = "C6A580B13A5BC05A5E16E4DBB80608FF2EC251A162311590C1F34C013D7F3DAB"
STOCK_YAML_SHA = "9E2A4F0C71D5B3E8A6C1F7D2B4E09A3C5D8F1B6E2A7C4D9F0E3B8A5C1D6F2E7B"

Item = dict[str, Any]
Label = dict[str, Any]

# ---------------------------------------------------------------------------------------------
# cues

SEXUAL_WORDS = re.compile(
    r"\b(nsfw|nudes?|nudity|naked|lingerie|topless|boudoir|sexy|porn|pornstar|onlyfans|fansly"
    r"|lewd|erotic|hentai|r18)\b"
)
MINOR_WORDS = re.compile(
    r"\b(teens?|teenage|teenager|child actress|child actor|child star|schoolgirl|schoolboy"
    r"|junior high|middle school|middle schooler|high schooler|kids?|niña|adolescente"
    r"|menor de edad|kinderstar|подросток|школьница)\b"
    r"|子役|童星|중학생|고등학생|中学生|高校生|初中生|小学生|未成年|미성년"
)
MINOR_AGE = re.compile(
    r"(?<![\d.])(?:[1-9]|1[0-7])\s*-?\s*(?:years?[- ]old|yrs? old|yo\b|y/o)"
    r"|\bage[d]?\s+(?:[1-9]|1[0-7])\b"
    r"|(?<![\d.])(?:[1-9]|1[0-7])\s*(?:세|歳|岁|살|лет|años|ans|jahre)"
)
SKIP_KEYS = {
    "url",
    "hash",
    "downloadUrl",
    "image",
    "hashes",
    "sha",
    "lfs",
    "createdAt",
    "updatedAt",
    "publishedAt",
    "lastModified",
    "scannedAt",
    "pickleScanMessage",
    "pickleScanResult",
    "virusScanResult",
    "virusScanMessage",
    "availability",
    "status",
    "baseModelType",
    "type",
    "metadata",
    "allowCommercialUse",
    "mode",
}


def _texts(node: Any, key: str = "") -> Iterator[str]:
    """Every string of an item a reader sees (names, descriptions, tags, prompts, file names)."""
    if key in SKIP_KEYS:
        return
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for k, v in node.items():
            yield from _texts(v, k)
    elif isinstance(node, list):
        for v in node:
            yield from _texts(v, key)


def _levels(item: Item) -> Iterator[int]:
    for key, value in _walk(item):
        if key == "nsfwLevel" and isinstance(value, int):
            yield value


def _walk(node: Any, key: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(node, dict):
        for k, v in node.items():
            yield k, v
            yield from _walk(v, k)
    elif isinstance(node, list):
        for v in node:
            yield from _walk(v, key)


def sexual_cue(item: Item) -> bool:
    if item.get("nsfw") is True or "not-for-all-audiences" in (item.get("tags") or []):
        return True
    if any(level & 60 for level in _levels(item)):
        return True
    if any(k == "nsfw" and v in ("Mature", "X") for k, v in _walk(item)):
        return True
    return any(SEXUAL_WORDS.search(t.lower()) for t in _texts(item))


def minor_cue(item: Item) -> bool:
    if item.get("minor") is True or any(k == "minor" and v is True for k, v in _walk(item)):
        return True
    return any(MINOR_WORDS.search(t.lower()) or MINOR_AGE.search(t.lower()) for t in _texts(item))


# ---------------------------------------------------------------------------------------------
# context, people


class Ctx:
    def __init__(self, part: str, seed: int | None = None) -> None:
        self.part = part
        self.rng = random.Random(SEEDS[part] if seed is None else seed)
        self.next_id = 2_810_000 if part == "dev8" else 2_930_000
        self.used: set[str] = set()
        self.repos: set[str] = set()
        self.hold = part != "dev8"

    def v(self, vocab: dict[str, Any]) -> Any:
        return V.part(vocab, "dev8" if not self.hold else "hold8")

    def pick(self, seq: Any) -> Any:
        return self.rng.choice(list(seq))

    def new_id(self) -> int:
        self.next_id += self.rng.randint(3, 997)
        return self.next_id

    def hexd(self, n: int = 64) -> str:
        return "".join(self.rng.choice("0123456789ABCDEF") for _ in range(n))

    def fresh(self, make: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        for _ in range(400):
            person = make()
            if person["target"] not in self.used:
                self.used.add(person["target"])
                return person
        raise RuntimeError("vocabulary exhausted")


def _person(target: str, gender: str, aliases: list[str], **extra: Any) -> dict[str, Any]:
    return {"target": target, "gender": gender, "aliases": aliases, **extra}


def western(c: Ctx, gender: str | None = None) -> dict[str, Any]:
    g = gender or ("female" if c.rng.random() < 0.82 else "male")

    def make() -> dict[str, Any]:
        given = c.pick(c.v(V.F_GIVEN if g == "female" else V.M_GIVEN))
        family = c.pick(c.v(V.SURNAME_HEAD)) + c.pick(c.v(V.SURNAME_TAIL))
        return _person(
            f"{given} {family}",
            g,
            [f"{given}{family}", f"{family}, {given}"],
            given=given,
            family=family,
        )

    return c.fresh(make)


def ordinary(c: Ctx, gender: str | None = None) -> dict[str, Any]:
    g = gender or ("female" if c.rng.random() < 0.8 else "male")

    def make() -> dict[str, Any]:
        given = c.pick(c.v(V.ORD_F_GIVEN if g == "female" else V.ORD_M_GIVEN))
        family = c.pick(c.v(V.ORD_SURNAME))
        return _person(f"{given} {family}", g, [f"{given}{family}"], given=given, family=family)

    return c.fresh(make)


def east_asian(c: Ctx, culture: str | None = None, gender: str | None = None) -> dict[str, Any]:
    cul = culture or c.pick(["zh", "ja", "ko", "ko"])
    fam_v, giv_v = {
        "zh": (V.ZH_FAMILY, V.ZH_GIVEN),
        "ja": (V.JA_FAMILY, V.JA_GIVEN),
        "ko": (V.KO_FAMILY, V.KO_GIVEN),
    }[cul]
    g = gender or ("female" if c.rng.random() < 0.85 else "male")

    def make() -> dict[str, Any]:
        fs, fr = c.pick(c.v(fam_v))
        gs, gr, _ = c.pick([x for x in c.v(giv_v) if x[2] == g])
        run = (fr + gr.replace("-", "")).lower()
        target = f"{fr} {gr}"
        aliases = [fs + gs, f"{gr} {fr}", fr + gr.replace("-", ""), run]
        if "-" in gr:
            aliases.append(f"{fr} {gr.replace('-', '')}")
        return _person(
            target,
            g,
            aliases,
            script=fs + gs,
            fam_s=fs,
            giv_s=gs,
            family=fr,
            given=gr,
            culture=cul,
            run=run,
        )

    return c.fresh(make)


def world(c: Ctx, culture: str | None = None) -> dict[str, Any]:
    def make() -> dict[str, Any]:
        rows = [r for r in c.v(V.WORLD) if culture is None or r[4] == culture]
        given, family, script, g, cul = c.pick(rows)
        target = f"{family} {given}" if cul == "vi" else f"{given} {family}"
        aliases = [script] if script else []
        plain = _strip(target)
        if plain != target:
            aliases.append(plain)
        return _person(target, g, aliases, script=script, culture=cul, given=given, family=family)

    return c.fresh(make)


def particle(c: Ctx) -> dict[str, Any]:
    def make() -> dict[str, Any]:
        given, family, g = c.pick(c.v(V.PARTICLE))
        target = f"{given} {family}"
        return _person(
            target,
            g,
            [_strip(target)] if _strip(target) != target else [],
            given=given,
            family=family,
        )

    return c.fresh(make)


def _strip(text: str) -> str:
    table = str.maketrans(
        "áéíóúñçãõâêôàèùïëüöäåøığşàảạăâđêếềểễệ", "aeiouncaoaeoaeuieuoaaoigsaaaaadeeeeee"
    )
    return text.translate(table)


def slug(text: str, sep: str = "_") -> str:
    return re.sub(r"[^a-z0-9]+", sep, _strip(text).lower()).strip(sep)


# ---------------------------------------------------------------------------------------------
# item shapes


def _date(c: Ctx, era: str) -> str:
    if era == "2023":
        m, d = c.rng.randint(1, 10), c.rng.randint(1, 28)
        return f"2023-{m:02d}-{d:02d}T{c.rng.randint(0, 23):02d}:{c.rng.randint(0, 59):02d}:11.{c.rng.randint(100, 999)}Z"  # noqa: E501
    y = c.pick([2024, 2025, 2025, 2026])
    m = c.rng.randint(1, 12 if y < 2026 else 6)
    return f"{y}-{m:02d}-{c.rng.randint(1, 28):02d}T{c.rng.randint(0, 23):02d}:{c.rng.randint(0, 59):02d}:42.{c.rng.randint(100, 999)}Z"  # noqa: E501


def mfile(
    c: Ctx,
    name: str,
    size_kb: float,
    kind: str = "Model",
    primary: bool = True,
    sha: str | None = None,
) -> dict[str, Any]:
    h = sha or c.hexd()
    fmt = "SafeTensor" if name.endswith(".safetensors") else "PickleTensor"
    if name.endswith((".yaml", ".zip")):
        fmt = "Other"
    return {
        "id": c.rng.randint(100_000, 9_000_000),
        "sizeKB": size_kb,
        "name": name,
        "type": kind,
        "metadata": {"format": fmt, "size": "pruned", "fp": "fp16"},
        "pickleScanResult": "Success",
        "pickleScanMessage": "No Pickle imports",
        "virusScanResult": "Success",
        "scannedAt": _date(c, "2025"),
        "hashes": {"AutoV2": h[:10], "SHA256": h, "CRC32": h[-8:], "BLAKE3": c.hexd()},
        "downloadUrl": f"https://civitai.com/api/download/models/{c.rng.randint(10_000, 2_000_000)}",
        "primary": primary,
    }


def image(
    c: Ctx, era: str, sexual: bool = False, prompt: str | None = None, minor: bool = False
) -> dict[str, Any]:
    img: dict[str, Any] = {
        "id": c.rng.randint(1_000_000, 90_000_000),
        "url": f"https://image.civitai.com/xG1nkqKTMzGDvpLrqFT7WA/{c.hexd(32).lower()}/width=450",
        "width": c.pick([512, 768, 832, 1024]),
        "height": c.pick([768, 1024, 1216]),
        "hash": "U" + c.hexd(15).lower(),
    }
    if era == "2023":
        img["nsfw"] = c.pick(["Mature", "X"]) if sexual else c.pick(["None", "None", "Soft"])
    else:
        img.update(
            {
                "nsfwLevel": c.pick([4, 8, 16]) if sexual else c.pick([1, 1, 2]),
                "type": "image",
                "minor": minor,
                "poi": False,
                "hasMeta": prompt is not None,
                "hasPositivePrompt": prompt is not None,
                "onSite": False,
                "remixOfId": None,
            }
        )
    if prompt is not None:
        img["meta"] = {
            "prompt": prompt,
            "negativePrompt": V.NEG_PROMPT,
            "seed": c.rng.randint(1, 4_000_000_000),
            "steps": 28,
            "cfgScale": 6.5,
            "sampler": "DPM++ 2M Karras",
        }
    return img


def version(
    c: Ctx,
    era: str,
    name: str,
    files: list[dict[str, Any]],
    *,
    trained: list[str] | None = None,
    desc: str | None = None,
    sexual: bool = False,
    prompts: list[str] | None = None,
    base: str | None = None,
    early: bool = False,
) -> dict[str, Any]:
    imgs = [
        image(c, era, sexual and i == 0, (prompts or [None])[i % len(prompts or [None])])
        for i in range(c.rng.randint(1, 3))
    ]
    ver: dict[str, Any] = {"id": c.rng.randint(10_000, 2_900_000), "name": name}
    created = _date(c, era)
    if era == "2023":
        ver.update(
            {
                "createdAt": created,
                "updatedAt": created,
                "trainedWords": trained or [],
                "baseModel": base or c.pick(V.BASES_2023),
                "earlyAccessTimeFrame": 0,
                "description": desc,
            }
        )
    else:
        ver.update(
            {
                "index": 0,
                "baseModel": base or c.pick(V.BASES_2025),
                "baseModelType": "Standard",
                "createdAt": created,
                "publishedAt": created,
                "status": "Published",
                "availability": "EarlyAccess" if early else "Public",
                "nsfwLevel": (4 | 1) if sexual else c.pick([1, 3]),
                "description": desc,
                "trainedWords": trained or [],
                "covered": True,
            }
        )
    ver["stats"] = {"downloadCount": c.rng.randint(5, 9000), "ratingCount": 0, "rating": 0}
    ver["files"] = files
    ver["images"] = imgs
    ver["downloadUrl"] = f"https://civitai.com/api/download/models/{ver['id']}"
    return ver


def civitai(
    c: Ctx,
    name: str,
    desc: str | None,
    mtype: str,
    tags: list[str],
    *,
    versions: list[dict[str, Any]] | None = None,
    era: str | None = None,
    trained: list[str] | None = None,
    vname: str = "v1.0",
    file: str | None = None,
    vdesc: str | None = None,
    sexual: bool = False,
    prompts: list[str] | None = None,
    poi: bool = False,
    minor: bool = False,
    early: bool = False,
    extra_files: list[dict[str, Any]] | None = None,
    creator: str | None = None,
) -> Item:
    era = era or ("2023" if c.rng.random() < 0.45 else "2025")
    if versions is None:
        size = {"Checkpoint": 2_082_642.5, "TextualInversion": 24.3}.get(mtype, 147_577.9)
        fname = file or f"{slug(name, '_')[:40] or 'model'}.safetensors"
        files = [mfile(c, fname, size)] + list(extra_files or [])
        versions = [
            version(
                c,
                era,
                vname,
                files,
                trained=trained,
                desc=vdesc,
                sexual=sexual,
                prompts=prompts,
                early=early,
            )
        ]
    mid = c.new_id()
    for v in versions:
        v["modelId"] = mid
    item: Item = {"id": mid, "name": name, "description": desc, "type": mtype}
    if era == "2023":
        item.update(
            {
                "poi": poi,
                "nsfw": sexual,
                "allowNoCredit": True,
                "allowCommercialUse": c.pick(["Rent", "None", "Sell", "Image"]),
                "allowDerivatives": True,
                "allowDifferentLicense": False,
            }
        )
        item["stats"] = {
            "downloadCount": c.rng.randint(20, 40_000),
            "favoriteCount": c.rng.randint(0, 900),
            "commentCount": c.rng.randint(0, 60),
            "ratingCount": 0,
            "rating": 0,
        }
    else:
        level = 1 | 2 | (4 | 8 if sexual else 0)
        item.update(
            {
                "allowNoCredit": True,
                "allowCommercialUse": ["Image"],
                "allowDerivatives": True,
                "allowDifferentLicense": False,
                "minor": minor,
                "sfwOnly": minor,
                "poi": poi,
                "nsfw": sexual,
                "nsfwLevel": level,
                "availability": "EarlyAccess" if early else "Public",
                "cosmetic": None,
                "supportsGeneration": True,
            }
        )
        item["stats"] = {
            "downloadCount": c.rng.randint(20, 40_000),
            "thumbsUpCount": c.rng.randint(0, 900),
            "thumbsDownCount": 0,
            "commentCount": c.rng.randint(0, 60),
            "tippedAmountCount": 0,
        }
    item["creator"] = {
        "username": creator or c.pick(V.CREATORS),
        "image": f"https://image.civitai.com/avatars/{c.hexd(12).lower()}.jpeg",
    }
    item["tags"] = tags
    item["modelVersions"] = versions
    return item


def hf(
    c: Ctx,
    repo: str,
    tags: list[str],
    card: dict[str, Any],
    files: list[str],
    sexual: bool = False,
    base: str | None = None,
) -> Item:
    b = base or c.pick(V.HF_BASES)
    n = 2
    while repo in c.repos:  # one repo id per item: a second upload gets a suffix
        repo = f"{repo.rstrip('-0123456789v')}-v{n}"
        n += 1
    c.repos.add(repo)
    t = [
        "diffusers",
        "text-to-image",
        "lora",
        "template:sd-lora",
        f"base_model:{b}",
        f"base_model:adapter:{b}",
        *tags,
    ]
    if sexual:
        t.append("not-for-all-audiences")
    t.append("license:other")
    when = _date(c, "2025")
    return {
        "id": repo,
        "author": repo.split("/")[0],
        "sha": c.hexd(40).lower(),
        "createdAt": when,
        "lastModified": when,
        "private": False,
        "gated": False,
        "disabled": False,
        "downloads": c.rng.randint(0, 3000),
        "likes": c.rng.randint(0, 80),
        "tags": t,
        "pipeline_tag": "text-to-image",
        "library_name": "diffusers",
        "cardData": {"base_model": b, "license": "other", **card},
        "siblings": [{"rfilename": ".gitattributes", "size": 1519}, {"rfilename": "README.md"}]
        + [
            {
                "rfilename": f,
                "size": 18_000_000,
                "lfs": {"sha256": c.hexd().lower(), "size": 18_000_000, "pointerSize": 134},
            }
            for f in files
        ],
    }


# ---------------------------------------------------------------------------------------------
# prose helpers


def p(*parts: str) -> str:
    return "".join(f"<p>{x}</p>" for x in parts)


def ul(*rows: str) -> str:
    return "<ul>" + "".join(f"<li><p>{r}</p></li>" for r in rows) + "</ul>"


def pre(text: str) -> str:
    return f"<pre><code>{text}</code></pre>"


def usage(c: Ctx) -> str:
    w = c.pick(["0.6-0.8", "0.7", "0.75 ~ 0.9", "1.0 (lower if it burns)"])
    return c.pick(
        [
            ul(f"weight {w}", "CFG 5-7", "hires fix x1.5, denoise 0.35"),
            p(f"Recommended weight: {w}. Works best with realistic checkpoints."),
            p(f"<strong>Usage</strong>: weight {w}, clip skip 1, use ADetailer for faces"),
            p(f"使用建议：权重 {w}"),
        ]
    )


def changelog(c: Ctx) -> str:
    return c.pick(
        [
            p("<strong>Changelog</strong>", "v2 - more epochs, better eyes", "v1 - first release"),
            "<h3>Update</h3>" + ul("retrained on a cleaned dataset", "fixed the color bleed"),
            p("v1.1: minor fixes. v1.0: initial upload"),
            "",
        ]
    )


def thanks(c: Ctx) -> str:
    return p(c.pick(V.THANKS)) if c.rng.random() < 0.6 else ""


def prompt(c: Ctx, subject: str, extra: str = "") -> str:
    scene = c.pick(
        [
            "standing in a cafe, soft window light",
            "outdoors, golden hour, bokeh",
            "studio portrait, grey backdrop",
            "walking in a street at night, neon",
        ]
    )
    return f"photo of {subject}, {scene}{extra}, 85mm, film grain, highly detailed skin"


def pretty(name: str, c: Ctx) -> str:
    return c.pick(
        [
            name,
            f"{name} | SDXL",
            f"{name} - LoRA",
            f"✨ {name} ✨",
            f"[SD1.5] {name}",
            f"{name} (Flux)",
            f"{name} v2",
        ]
    )


LORA_TAGS_F = [
    ["woman", "female", "celebrity", "realistic"],
    ["actress", "woman", "photorealistic"],
    ["girl", "realistic", "person"],
    ["female", "photography"],
    ["woman", "model"],
]
LORA_TAGS_M = [
    ["man", "male", "celebrity"],
    ["actor", "man", "photorealistic"],
    ["male", "realistic"],
]


def ptags(c: Ctx, gender: str, cue: bool = True) -> list[str]:
    if not cue:
        return c.pick([["realistic", "person"], ["photorealistic"], ["character", "realistic"]])
    return list(c.pick(LORA_TAGS_F if gender == "female" else LORA_TAGS_M))


def trade(c: Ctx, gender: str, lang: str = "en") -> str:
    table = {
        "en": (
            ["actress", "singer and actress", "TV host", "fashion model"],
            ["actor", "singer", "TV presenter", "footballer"],
        ),
        "es": (["actriz", "cantante y actriz"], ["actor", "cantante y actor"]),
        "de": (["Schauspielerin", "Sängerin"], ["Schauspieler", "Sänger"]),
        "fr": (["actrice", "chanteuse"], ["acteur", "chanteur"]),
        "it": (["attrice", "cantante, lei"], ["attore", "cantante, lui"]),
        "pt": (["atriz", "apresentadora"], ["ator", "apresentador"]),
        "ru": (["актриса", "певица"], ["актёр", "певец"]),
        "ar": (["ممثلة", "مغنية"], ["ممثل", "مغني"]),
        "hi": (["अभिनेत्री", "गायिका"], ["अभिनेता", "गायक"]),
        "tr": (["oyuncu", "şarkıcı"], ["oyuncu", "şarkıcı"]),
        "vi": (["nữ diễn viên", "nữ ca sĩ"], ["nam diễn viên", "nam ca sĩ"]),
        "el": (["ηθοποιός", "τραγουδίστρια"], ["ηθοποιός", "τραγουδιστής"]),
        "ko": (["여배우", "걸그룹 멤버"], ["남자 배우", "보이그룹 멤버"]),
        "ja": (["女優", "グラビアアイドル"], ["俳優", "男性アイドル"]),
        "zh": (["女演员", "女星"], ["男演员", "男星"]),
    }
    f, m = table[lang]
    return c.pick(f if gender == "female" else m)


def she(gender: str) -> str:
    return {"female": "she", "male": "he"}.get(gender, "they")


def her(gender: str) -> str:
    return {"female": "her", "male": "his"}.get(gender, "their")


# ---------------------------------------------------------------------------------------------
# labels


def label(
    item: Item,
    kind: str,
    shape: str,
    *,
    person: dict[str, Any] | None = None,
    target: str | None = None,
    gender: str | None = None,
    targets: list[str] | None = None,
    aliases: list[str] | None = None,
    sexual: bool = False,
    minor: bool = False,
) -> Label:
    likeness = kind in LIKENESS_KINDS
    if person is not None:
        target = person["target"] if target is None else target
        gender = person["gender"] if gender is None else gender
        aliases = person["aliases"] if aliases is None else aliases
    if likeness:
        targets = targets if targets is not None else ([target] if target else [])
    platform = "huggingface" if isinstance(item["id"], str) else "civitai"
    return {
        "platform": platform,
        "model_id": str(item["id"]),
        "kind": kind,
        "likeness": likeness,
        "target": target if likeness else None,
        "gender": (gender or "unknown") if likeness else None,
        "prominence": PROMINENCE.get(kind),
        "sexual_intent": sexual,
        "minor_risk": minor,
        "shape": shape,
        "targets": (targets or []) if likeness else [],
        "aliases": [a for a in (aliases or []) if a and a != target] if likeness else [],
    }


Made = tuple[Item, Label]


def sx(c: Ctx, share: float = 0.25) -> bool:
    return c.rng.random() < share


def nsfw_line(sexual: bool) -> str:
    return p("NSFW capable, tested on a few nude prompts.") if sexual else ""


def lora_file(c: Ctx, stem: str) -> str:
    return f"{stem}{c.pick(['', '_v2', '-000008', '_e10', '_lora'])}.safetensors"


# --- public figures: where the name stands ------------------------------------------------------


def s_title_name(c: Ctx) -> Made:
    per, s = western(c), sx(c)
    g = per["gender"]
    if c.hold:
        desc = p(
            c.pick(
                [
                    f"my take on {per['target']} ({trade(c, g)}) 🙂",
                    f"{trade(c, g).capitalize()} {per['target']} — {c.rng.randint(2019, 2025)} era look",
                    f"LoRA trained on red-carpet & interview photos of {per['target']}.",
                ]
            )
        ) + usage(c)
    else:
        desc = p(
            f"{per['target']}, {trade(c, g)}. Trained on {c.rng.randint(30, 140)} photos."
        ) + usage(c)
    item = civitai(
        c,
        pretty(per["target"], c),
        desc + nsfw_line(s) + thanks(c),
        "LORA",
        ptags(c, g),
        trained=[slug(per["target"], "")],
        sexual=s,
    )
    return item, label(item, "public_figure", "title_name", person=per, sexual=s)


def s_desc_only(c: Ctx) -> Made:
    per = western(c)
    g = per["gender"]
    title = c.pick(["Project Nightjar", "Velvet Hour v3", "PF-07", "Sunday Portrait LoRA"])
    lines = [
        f"This one is {per['target']}, the {trade(c, g)} from the late-night show.",
        f"Trained on screencaps of {per['target']} ({trade(c, g)}) from interviews.",
        f"Someone asked for {per['target']} in the comments so here u go, {she(g)} was hard to train",
    ]
    if c.hold:
        lines = [
            f"<h2>About</h2>Face model of {per['target']}. Best at close-ups.",
            f"finally got {per['target']} right after 4 attempts 😭 ({trade(c, g)})",
            f"Dataset: press photos of {per['target']}, 2018–2024.",
        ]
    desc = p(c.pick(lines)) + usage(c) + changelog(c)
    word = {"female": "woman", "male": "man"}[g]
    item = civitai(c, title, desc, "LORA", ptags(c, g), trained=[f"pf07{word}"])
    return item, label(item, "public_figure", "desc_only", person=per)


def s_trigger_only(c: Ctx) -> Made:
    per = western(c)
    g = per["gender"]
    trig = c.pick([slug(per["target"], "_"), per["aliases"][0]])
    desc = p(
        c.pick(
            [f"Trigger: {trig}", f"activation token: <code>{trig}</code>"]
            if not c.hold
            else [f"use <b>{trig}</b> in the prompt", f"trigger word ➡️ {trig}"]
        ),
        "Works on most realistic models.",
    ) + usage(c)
    item = civitai(
        c,
        c.pick(["Face LoRA #112", "Portrait set 3", "TI — celeb pack 4"]),
        desc,
        c.pick(["LORA", "TextualInversion"]),
        ptags(c, g),
        trained=[trig],
    )
    return item, label(
        item, "public_figure", "trigger_only", person=per, aliases=[trig, *per["aliases"]]
    )


def s_filename_only(c: Ctx) -> Made:
    per = western(c)
    g = per["gender"]
    stem = c.pick([per["aliases"][0], slug(per["target"], "_"), slug(per["target"], "-")])
    item = civitai(
        c,
        c.pick(["realistic face 19", "LoRA #331", "requested one"]),
        p("as requested.") + usage(c),
        "LORA",
        ptags(c, g),
        file=lora_file(c, stem),
    )
    return item, label(
        item, "public_figure", "filename_only", person=per, aliases=[stem, *per["aliases"]]
    )


def s_tag_only(c: Ctx) -> Made:
    per = western(c)
    g = per["gender"]
    item = civitai(
        c,
        c.pick(["Celeb face v1", "Portrait LoRA (real)", "RP-22"]),
        p("Good likeness at 0.8.") + thanks(c),
        "LORA",
        [*ptags(c, g), per["target"].lower()],
    )
    return item, label(item, "public_figure", "tag_only", person=per)


def s_version_name(c: Ctx) -> Made:
    per = western(c)
    g = per["gender"]
    item = civitai(
        c,
        c.pick(["Celebrity LoRA collection", "My face LoRAs", "Real people set"]),
        p("One person per version, pick the version."),
        "LORA",
        ptags(c, g),
        vname=per["target"],
        vdesc=p(f"{trade(c, g)}, 20 epochs"),
    )
    return item, label(item, "public_figure", "version_name", person=per)


def s_image_meta_prompt(c: Ctx) -> Made:
    per = western(c)
    g = per["gender"]
    word = {"female": "woman", "male": "man"}[g]
    pr = prompt(c, f"{per['target'].lower()} {word}", ", <lora:rp_face_09:0.8>")
    item = civitai(
        c,
        c.pick(["rp_face_09", "RealFace 09", "portrait helper 09"]),
        p("see the example images for prompts") + usage(c),
        "LORA",
        ptags(c, g, cue=False),
        era="2025",
        trained=["rpface09"],
        prompts=[pr],
    )
    return item, label(item, "public_figure", "image_meta_prompt", person=per)


def s_lora_syntax(c: Ctx) -> Made:
    per = western(c)
    g = per["gender"]
    key = slug(per["target"], "_") + c.pick(["_v2", "_sdxl", "-10", ""])
    body = prompt(c, {"female": "1woman", "male": "1man"}[g], f", <lora:{key}:0.85>")
    desc = p("Example prompt:") + pre(
        body
        + "\nNegative prompt: "
        + V.NEG_PROMPT
        + "\n"
        + V.SETTINGS.format(seed=c.rng.randint(1, 9_999_999))
    )
    item = civitai(
        c,
        c.pick(["Face study #8", "Realistic lady 8", "LoRA 0x08"]),
        desc,
        "LORA",
        ptags(c, g, cue=c.rng.random() < 0.5),
    )
    return item, label(
        item, "public_figure", "lora_syntax", person=per, aliases=[key, *per["aliases"]]
    )


def s_hashtag_name(c: Ctx) -> Made:
    per = western(c)
    g = per["gender"]
    tag = per["aliases"][0].lower()
    desc = p(
        f"from her insta 📸 #{tag} #model #fitness"
        if g == "female"
        else f"from his insta 📸 #{tag} #model #fitness"
    ) + usage(c)
    item = civitai(
        c, c.pick(["IG model 04", "insta face v2", "Fit model LoRA"]), desc, "LORA", ptags(c, g)
    )
    return item, label(
        item, "public_figure", "hashtag_name", person=per, aliases=[tag, *per["aliases"]]
    )


def s_possessive(c: Ctx) -> Made:
    per = western(c)
    g = per["gender"]
    title = c.pick(
        [
            f"{per['target']}'s Face",
            f"{per['target']}’s look (SDXL)",
            f"{per['family']}'s face — {trade(c, g)}",
        ]
    )
    item = civitai(c, title, p(f"Likeness of the {trade(c, g)}.") + usage(c), "LORA", ptags(c, g))
    if per["target"] not in title:  # the surname alone, as a careful reader would label it
        return item, label(
            item,
            "public_figure",
            "possessive_title",
            person=per,
            target=per["family"],
            aliases=[per["target"]],
        )
    return item, label(item, "public_figure", "possessive_title", person=per)


def s_honorific(c: Ctx) -> Made:
    per = western(c)
    g = per["gender"]
    hon = c.pick(["Dr.", "Senator", "Coach", "Chef", "Judge"])
    item = civitai(
        c,
        f"{hon} {per['target']}",
        p(
            f"The {c.pick(['TV', 'celebrity', 'famous'])} {hon.lower().rstrip('.')} "
            f"{per['target']} — {trade(c, g)} look, portraits only."
        )
        + usage(c),
        "LORA",
        ptags(c, g),
    )
    return item, label(item, "public_figure", "honorific_title", person=per)


def s_wiki_bio(c: Ctx) -> Made:
    per = western(c)
    g = per["gender"]
    born = f"born {c.rng.randint(1, 28)} {c.pick(['March', 'May', 'July', 'October'])} {c.rng.randint(1975, 2000)}"
    bio = (
        f"<strong>{per['target']}</strong> ({born}) is a "
        f"{c.pick(['British', 'Canadian', 'Australian', 'Irish'])} {trade(c, g)}. "
        f"{she(g).capitalize()} is best known for {c.pick(V.SHOWS['A'] + V.SHOWS['B'])}."
    )
    trig = (per["given"][:3] + per["family"][:3]).lower()
    item = civitai(
        c,
        trig,
        p(bio, f"trigger word is {trig}") + usage(c),
        "TextualInversion",
        ptags(c, g),
        trained=[trig],
        file=f"{trig}.pt",
    )
    return item, label(item, "public_figure", "wiki_bio", person=per)


def s_ordinary_words(c: Ctx) -> Made:
    per, s = ordinary(c), sx(c)
    g = per["gender"]
    item = civitai(
        c,
        pretty(per["target"], c),
        p(f"{per['target']} ({trade(c, g)})") + usage(c) + nsfw_line(s),
        "LORA",
        ptags(c, g, cue=c.rng.random() < 0.6),
        sexual=s,
    )
    return item, label(item, "public_figure", "ordinary_words", person=per, sexual=s)


def s_stage_name(c: Ctx) -> Made:
    name, g = c.pick([x for x in c.v(V.STAGE) if x[0] not in c.used])
    c.used.add(name)
    item = civitai(
        c,
        f"{name} ({c.pick(['singer', 'rapper', 'DJ', 'pop star'])})",
        p(f"{name}, {trade(c, g)}; {her(g)} 2024 tour look.") + usage(c),
        "LORA",
        ptags(c, g),
    )
    return item, label(item, "public_figure", "stage_name", target=name, gender=g, aliases=[])


def s_initials(c: Ctx) -> Made:
    per = western(c)
    g = per["gender"]
    ini = f"{per['given'][0]}.{per['family'][0]}."
    item = civitai(
        c,
        f"{ini} ({c.pick(['actress', 'TV host', 'model'] if g == 'female' else ['actor', 'presenter'])})",
        p(f"You know who {she(g)} is 😉 real person, likeness LoRA.") + usage(c),
        "LORA",
        ptags(c, g),
    )
    return item, label(
        item, "public_figure", "initials", target=ini, gender=g, aliases=[ini.replace(".", "")]
    )


# --- East-Asian names --------------------------------------------------------------------------


def s_ea_script(c: Ctx) -> Made:
    per = east_asian(c)
    g, cul = per["gender"], per["culture"]
    desc = p(
        f"{per['script']} {trade(c, g, cul)}",
        c.pick(["写真风格", "사진 기반 학습", "画像30枚で学習"]),
    )
    item = civitai(c, per["script"], desc + usage(c), "LORA", ptags(c, g, cue=c.rng.random() < 0.5))
    return item, label(item, "public_figure", "east_asian_script", person=per)


def s_ea_family_first(c: Ctx) -> Made:
    per, s = east_asian(c), sx(c, 0.12)
    g = per["gender"]
    item = civitai(
        c,
        pretty(per["target"], c),
        p(f"{per['target']}, {trade(c, g)}") + usage(c) + nsfw_line(s),
        "LORA",
        ptags(c, g),
        sexual=s,
    )
    return item, label(item, "public_figure", "east_asian_family_first", person=per, sexual=s)


def s_ea_given_first(c: Ctx) -> Made:
    per = east_asian(c)
    g = per["gender"]
    name = f"{per['given']} {per['family']}"
    item = civitai(
        c, name, p(f"{trade(c, g, per['culture'])} {name}") + usage(c), "LORA", ptags(c, g)
    )
    return item, label(item, "public_figure", "east_asian_given_first", person=per)


def s_ea_run_together(c: Ctx) -> Made:
    per = east_asian(c)
    g = per["gender"]
    item = civitai(
        c,
        c.pick(["asian beauty 12", "CN face 7", "idol face set"]),
        p(trade(c, g, per["culture"])) + usage(c),
        "LORA",
        ptags(c, g),
        file=lora_file(c, per["run"]),
        trained=[per["run"]],
    )
    return item, label(item, "public_figure", "east_asian_run_together", person=per)


def s_ea_camel(c: Ctx) -> Made:
    per = east_asian(c)
    g = per["gender"]
    camel = per["given"].replace("-", "").capitalize() + per["family"]
    item = civitai(
        c, camel, p(f"{trade(c, g)} LoRA") + usage(c), "LORA", ptags(c, g), trained=[camel.lower()]
    )
    return item, label(
        item, "public_figure", "east_asian_camel", person=per, aliases=[camel, *per["aliases"]]
    )


def s_ea_kanji_kana(c: Ctx) -> Made:
    per = east_asian(c, "ja", "female")
    for _ in range(40):  # a kana given name when one is left
        if re.fullmatch(r"[\u3040-\u309f]+", per["giv_s"]):
            break
        c.used.discard(per["target"])
        per = east_asian(c, "ja", "female")
    per["aliases"] = [*per["aliases"], f"{per['fam_s']} {per['giv_s']}"]
    g = per["gender"]
    item = civitai(
        c,
        f"{per['fam_s']} {per['giv_s']}",
        p(f"{trade(c, g, 'ja')}の{per['fam_s']}{per['giv_s']}さんです") + usage(c),
        "LORA",
        ptags(c, g, cue=False),
    )
    return item, label(item, "public_figure", "east_asian_kanji_kana", person=per)


def s_ea_caps(c: Ctx) -> Made:
    per = east_asian(c)
    g = per["gender"]
    form = c.pick(
        [
            per["target"].upper().replace(" ", "_"),
            f"{per['family'].upper()}-{per['given']}",
            per["target"].upper(),
        ]
    )
    item = civitai(
        c,
        f"【{form}】",
        p(f"{trade(c, g, per['culture'])} / {trade(c, g)}") + usage(c),
        "LORA",
        ptags(c, g),
    )
    return item, label(
        item, "public_figure", "east_asian_caps", person=per, aliases=[form, *per["aliases"]]
    )


def s_weibo_hashtag(c: Ctx) -> Made:
    per = east_asian(c, c.pick(["zh", "zh", "ko"]))
    g = per["gender"]
    desc = (
        p(f"#{per['script']}# 超话同款 ✨", "数据来自公开活动照片")
        if per["culture"] == "zh"
        else p(f"#{per['script']} #직캠 #{trade(c, g, 'ko')}")
    )
    item = civitai(
        c,
        c.pick(["同款脸 v3", "fancam face", "活动图 LoRA"]),
        desc + usage(c),
        "LORA",
        ptags(c, g, cue=False),
    )
    return item, label(item, "public_figure", "script_hashtag", person=per)


# --- other cultures ----------------------------------------------------------------------------


FOREIGN = {
    "es": ("LoRA de {n}, {t} {adj}. Entrenado con {k} fotos.", "mexicana", "mexicano"),
    "de": ("LoRA von {n}, {t} aus Wien. Trainiert mit {k} Bildern.", "", ""),
    "fr": ("LoRA de {n}, {t} {adj}. Entraîné sur {k} photos.", "québécoise", "québécois"),
    "it": ("LoRA di {n}, {t}. Addestrato su {k} foto.", "", ""),
    "pt": ("LoRA de {n}, {t} {adj}. Treinado com {k} fotos.", "brasileira", "brasileiro"),
    "ru": ("LoRA: {n}, {t}. Обучено на {k} фото.", "", ""),
    "ar": ("لورا للـ{t} {n}، تم التدريب على {k} صورة.", "", ""),
    "hi": ("{n} ({t}) का LoRA, {k} तस्वीरों पर प्रशिक्षित।", "", ""),
    "tr": ("{n} LoRA'sı, {t}. {k} fotoğrafla eğitildi.", "", ""),
    "vi": ("LoRA {t} {n}, huấn luyện với {k} ảnh.", "", ""),
    "el": ("LoRA της {n}, {t}. {k} φωτογραφίες.", "", ""),
}


def s_world_name(c: Ctx) -> Made:
    per = world(c)
    g, cul = per["gender"], per["culture"]
    lang = cul if cul in FOREIGN else "en"
    if lang == "en":
        desc = p(f"{per['target']} — {trade(c, g)} from {c.pick(['Lagos', 'Durban', 'Accra'])}.")
    else:
        tmpl, adj_f, adj_m = FOREIGN[lang]
        tmpl = tmpl.replace("της", "του") if g == "male" else tmpl
        desc = p(
            tmpl.format(
                n=per["target"],
                t=trade(c, g, lang),
                k=c.rng.randint(20, 90),
                adj=adj_f if g == "female" else adj_m,
            )
        )
    item = civitai(
        c, pretty(per["target"], c), desc + usage(c), "LORA", ptags(c, g, cue=c.rng.random() < 0.5)
    )
    return item, label(item, "public_figure", "world_name", person=per)


def s_world_script_only(c: Ctx) -> Made:
    per = c.fresh(lambda: world(c) if False else _scripted(c))
    g, cul = per["gender"], per["culture"]
    tmpl, adj_f, adj_m = FOREIGN[cul]
    tmpl = tmpl.replace("της", "του") if g == "male" else tmpl
    desc = p(tmpl.format(n=per["script"], t=trade(c, g, cul), k=c.rng.randint(20, 90), adj=""))
    item = civitai(c, per["script"], desc + usage(c), "LORA", ptags(c, g, cue=False))
    return item, label(item, "public_figure", "world_script_only", person=per)


def _scripted(c: Ctx) -> dict[str, Any]:
    given, family, script, g, cul = c.pick([r for r in c.v(V.WORLD) if r[2]])
    target = f"{given} {family}"
    return _person(target, g, [script], script=script, culture=cul, given=given, family=family)


def s_foreign_page(c: Ctx) -> Made:
    per = western(c) if c.rng.random() < 0.75 else particle(c)
    g = per["gender"]
    lang = c.pick(["es", "de", "fr", "it", "pt", "ru", "tr"])
    tmpl, adj_f, adj_m = FOREIGN[lang]
    body = tmpl.format(
        n=per["target"],
        t=trade(c, g, lang),
        k=c.rng.randint(20, 90),
        adj=adj_f if g == "female" else adj_m,
    )
    extra = {
        "es": "Peso recomendado 0.7. ¡Gracias por el apoyo!",
        "de": "Gewicht 0.7 empfohlen.",
        "fr": "Poids conseillé : 0,7. Merci !",
        "it": "Peso consigliato 0.7.",
        "pt": "Peso recomendado 0.7. Valeu!",
        "ru": "Вес 0.7.",
        "tr": "Ağırlık 0.7 önerilir.",
    }[lang]
    item = civitai(
        c,
        c.pick([per["target"], f"{per['target']} [{lang.upper()}]"]),
        p(body, extra),
        "LORA",
        ptags(c, g, cue=c.rng.random() < 0.4),
    )
    return item, label(item, "public_figure", "foreign_page", person=per)


def s_particle(c: Ctx) -> Made:
    per, s = particle(c), sx(c)
    g = per["gender"]
    item = civitai(
        c,
        pretty(per["target"], c),
        p(f"{per['target']}, {trade(c, g)}") + usage(c) + nsfw_line(s),
        "LORA",
        ptags(c, g),
        sexual=s,
    )
    return item, label(item, "public_figure", "particle_name", person=per, sexual=s)


# --- roles, blends, packs, requests ------------------------------------------------------------


def s_live_action_role(c: Ctx) -> Made:
    per = western(c, "female") if c.rng.random() < 0.8 else western(c, "male")
    g = per["gender"]
    show = c.pick(c.v(V.SHOWS))
    role = (
        c.pick(c.v(V.ROLES_F)) if g == "female" else c.pick(["Sergeant Abel Rusk", "Dr. Milo Fenn"])
    )
    where = c.rng.random()
    name = f"{role} ({show})"
    desc = p(
        f"{role} from the TV series {show}, played by {per['target']}. Live action, trained on episode stills."
    )
    if where < 0.3:
        name, desc = f"{role} - {per['target']} - {show}", p("Trained on stills from season 2.")
    elif c.hold and where < 0.65:
        name = f"{role} | {show} (live action)"
        desc = p(f"Not the book version: the {show} series, so {per['target']}'s face.")
    item = civitai(
        c,
        name,
        desc + usage(c),
        c.pick(["LORA", "LORA", "Checkpoint"]),
        ["character", "tv series", "live action", *ptags(c, g)[:1]],
    )
    return item, label(
        item, "public_figure", "live_action_role", person=per, aliases=[*per["aliases"]]
    )


def s_live_action_disclaimer(c: Ctx) -> Made:
    per = western(c, c.pick(["female", "female", "male"]))
    g = per["gender"]
    show = c.pick(c.v(V.SHOWS))
    role = c.pick(c.v(V.ROLES_F)) if g == "female" else "Officer Brand Kessick"
    desc = p(
        f"{role} as portrayed by {per['target']} in {show}.",
        "<em>Disclaimer: this is a fictional character. Any resemblance is for fan art only.</em>",
    )
    item = civitai(c, f"{role} [{show}]", desc, "LORA", ["character", "movie", "film"])
    return item, label(item, "public_figure", "live_action_disclaimer", person=per)


def s_kdrama_role(c: Ctx) -> Made:
    per = east_asian(c, "ko", "female")
    ko_show, en_show = c.pick(c.v(V.KDRAMA))
    item = civitai(
        c,
        f"{en_show} ({ko_show}) - heroine",
        p(f"드라마 {ko_show}의 여주인공, 배우 {per['script']}.", "K-drama stills, live action."),
        "LORA",
        ["character", "k-drama", "korean"],
    )
    return item, label(item, "public_figure", "kdrama_role", person=per)


def s_role_surname(c: Ctx) -> Made:
    per = western(c)
    g = per["gender"]
    role = c.pick(["anchor", "weather presenter", "striker", "goalkeeper", "senator", "mayor"])
    text = c.pick(
        [f"Channel 7 {role} {per['family']}", f"{role.capitalize()} {per['family']} (real person)"]
    )
    item = civitai(
        c,
        text,
        p(f"The {role} everyone knows. {she(g).capitalize()} has a distinct face.") + usage(c),
        "LORA",
        ptags(c, g),
    )
    return item, label(
        item,
        "public_figure",
        "role_surname",
        person=per,
        target=per["family"],
        aliases=[per["target"]],
    )


def s_named_blend(c: Ctx) -> Made:
    a, b = western(c, "female"), western(c, "female")
    if c.rng.random() < 0.4:
        b = east_asian(c, gender="female")
    item = civitai(
        c,
        f"{a['target']} x {b['target']} blend",
        p(f"A mix of {a['target']} and {b['target']} — 50/50 face merge.") + usage(c),
        c.pick(["LORA", "Checkpoint"]),
        ["woman", "mix", "blend"],
    )
    return item, label(
        item,
        "public_figure",
        "named_blend",
        person=a,
        targets=[a["target"], b["target"]],
        aliases=a["aliases"],
    )


def s_duo(c: Ctx) -> Made:
    a = western(c, "female")
    b = _person(
        f"{c.pick([x for x in c.v(V.F_GIVEN) if x != a['given']])} {a['family']}", "female", []
    )
    if b["target"] in c.used:
        b = western(c, "female")
    c.used.add(b["target"])
    item = civitai(
        c,
        f"{a['family']} Sisters (duo) – 2 in 1",
        p(
            f"Both sisters of the pop duo: use <b>{a['given'].lower()}</b> for {a['target']} "
            f"and <b>{b['target'].split()[0].lower()}</b> for {b['target']}."
        )
        + usage(c),
        "LORA",
        ["woman", "singer", "celebrity"],
        trained=[a["given"].lower(), b["target"].split()[0].lower()],
    )
    return item, label(
        item, "public_figure", "sibling_duo", person=a, targets=[a["target"], b["target"]]
    )


def s_aio_pack(c: Ctx) -> Made:
    people = [western(c, "female") for _ in range(3)]
    item = civitai(
        c,
        "AIO news ladies pack (3 in 1)",
        p("All-in-one, one trigger each:")
        + ul(*[f"{x['target']} — {slug(x['target'], '')}" for x in people]),
        "LORA",
        ["woman", "news", "pack"],
        trained=[slug(x["target"], "") for x in people],
    )
    return item, label(
        item, "public_figure", "aio_pack", person=people[0], targets=[x["target"] for x in people]
    )


def s_bounty(c: Ctx) -> Made:
    per = western(c)
    g = per["gender"]
    item = civitai(
        c,
        f"Bounty entry — {per['target']}",
        p(
            f"My entry for @{c.pick(V.CREATORS)}'s bounty asking for a {per['target']} LoRA "
            f"({trade(c, g)}). Buzz went to the dataset 😅"
        )
        + usage(c),
        "LORA",
        ptags(c, g),
    )
    return item, label(item, "public_figure", "bounty", person=per)


def s_request(c: Ctx) -> Made:
    per = western(c)
    g = per["gender"]
    item = civitai(
        c,
        f"[REQ] {per['target']}",
        p(f"request from discord: {per['target']} the {trade(c, g)}. first try, be nice lol"),
        "LORA",
        ptags(c, g),
    )
    return item, label(item, "public_figure", "request", person=per)


def s_lookalike(c: Ctx) -> Made:
    per = western(c, "female")
    item = civitai(
        c,
        f"{per['family']} lookalike",
        p(f"Not {per['target']} herself, wink. A woman who looks just like the actress.")
        + usage(c),
        "LORA",
        ["woman", "lookalike"],
    )
    return item, label(item, "public_figure", "lookalike", person=per)


def s_caricature(c: Ctx) -> Made:
    per = western(c)
    g = per["gender"]
    item = civitai(
        c,
        f"{per['target']} as a 3D cartoon",
        p(f"Pixar-style / chibi version of the {trade(c, g)} {per['target']}; keeps the face.")
        + usage(c),
        "LORA",
        ["caricature", "3d", "celebrity"],
    )
    return item, label(item, "public_figure", "stylised_person", person=per)


def s_vintage_star(c: Ctx) -> Made:
    per = western(c)
    g = per["gender"]
    item = civitai(
        c,
        f"{per['target']} (1950s film {'star' if g == 'male' else 'actress'})",
        p(f"Old Hollywood {trade(c, g)}. Trained on public-domain studio portraits, b&w.")
        + usage(c),
        "LORA",
        ["vintage", "black and white", *ptags(c, g)[:1]],
    )
    return item, label(item, "public_figure", "vintage_star", person=per)


def s_athlete_number(c: Ctx) -> Made:
    per = western(c)
    g = per["gender"]
    sport = c.pick(["volleyball", "tennis", "football", "basketball"])
    item = civitai(
        c,
        f"{per['target']} #{c.rng.randint(2, 33)} ({sport})",
        p(f"{sport} player, {'her' if g == 'female' else 'his'} match photos.") + usage(c),
        "LORA",
        ["sport", "athlete", *ptags(c, g)[:1]],
    )
    return item, label(item, "public_figure", "athlete_number", person=per)


def s_married_name(c: Ctx) -> Made:
    per = western(c, "female")
    maiden = c.pick(c.v(V.SURNAME_HEAD)) + c.pick(c.v(V.SURNAME_TAIL))
    née = f"{per['given']} {maiden}"
    c.used.add(née)
    item = civitai(
        c,
        f"{per['target']} (née {maiden})",
        p(f"Formerly known as {née}; the TV presenter, recent photos only.") + usage(c),
        "LORA",
        ["woman", "tv host"],
    )
    return item, label(
        item, "public_figure", "married_name", person=per, aliases=[née, *per["aliases"]]
    )


def s_flagged_2025(c: Ctx) -> Made:
    per = western(c)
    g = per["gender"]
    item = civitai(
        c,
        c.pick(["Early access portrait 12", f"{per['given']} F."]),
        p(f"{per['target']}. Early access for supporters.") + usage(c),
        "LORA",
        ptags(c, g),
        era="2025",
        poi=True,
        early=True,
    )
    return item, label(item, "public_figure", "flagged_2025", person=per)


def s_adult_performer(c: Ctx) -> Made:
    per = western(c, "female")
    item = civitai(
        c,
        f"{per['target']} (adult actress)",
        p(f"{per['target']}, pornstar, NSFW. She is 29.") + usage(c),
        "LORA",
        ["pornstar", "woman", "nsfw"],
        sexual=True,
    )
    return item, label(item, "public_figure", "adult_performer", person=per, sexual=True)


def s_adult_youth_words(c: Ctx) -> Made:
    per = east_asian(c, gender="female")
    age = c.rng.randint(21, 31)
    line = c.pick(
        [
            f"cute petite idol, {age} years old, school uniform concept photoshoot",
            f"young-looking {trade(c, 'female', per['culture'])}, born {2025 - age}, kawaii style",
            f"{age}세 {trade(c, 'female', 'ko')}, 교복 화보 (adult)",
            f"{age}歳の{trade(c, 'female', 'ja')}、かわいい系",
        ]
    )
    item = civitai(c, per["target"], p(line) + usage(c), "LORA", ["cute", "asian", "woman"])
    return item, label(item, "public_figure", "adult_youth_words", person=per)


def s_adult_youth_western(c: Ctx) -> Made:
    per = western(c, "female")
    age = c.rng.randint(20, 28)
    item = civitai(
        c,
        pretty(per["target"], c),
        p(f"petite, young-looking {trade(c, 'female')} ({age}), cheerleader outfit photos")
        + usage(c),
        "LORA",
        ["petite", "woman"],
    )
    return item, label(item, "public_figure", "adult_youth_words_western", person=per)


def s_minor_cue(c: Ctx) -> Made:
    per = c.pick([western, east_asian])(c)
    g = per["gender"]
    age = c.rng.randint(11, 16)
    line = c.pick(
        [
            f"{per['target']}, child {'actress' if g == 'female' else 'actor'} ({age} years old in season one).",
            f"{per['target']} — {age}세 아역 배우, 중학생.",
            f"{per['target']}, teen TV presenter, age {age}.",
        ]
    )
    item = civitai(
        c,
        per["target"],
        p(line, "Portrait only. SFW."),
        "LORA",
        ["portrait"],
        era="2025",
        minor=c.rng.random() < 0.5,
    )
    return item, label(item, "public_figure", "minor_cue", person=per, minor=True)


def s_male_female_tags(c: Ctx) -> Made:
    per = western(c, "male")
    item = civitai(
        c,
        per["target"],
        p(f"the {trade(c, 'male')}") + usage(c),
        "LORA",
        ["girl", "woman", "celebrity", "realistic"],
    )
    return item, label(item, "public_figure", "male_with_female_tags", person=per)


def s_name_no_cue(c: Ctx) -> Made:
    per = western(c)
    item = civitai(
        c, per["target"], p("20 epochs, 512px.") + usage(c), "LORA", ["person", "realistic"]
    )
    return item, label(item, "public_figure", "name_only_no_cue", person=per)


def s_pronoun_foreign(c: Ctx) -> Made:
    per = western(c)
    g = per["gender"]
    line = c.pick(
        [
            (
                "Ella es muy conocida en México."
                if g == "female"
                else "Él es muy conocido en México."
            ),
            ("Elle présente la météo." if g == "female" else "Lui présente la météo."),
            ("Она ведущая новостей." if g == "female" else "Он ведущий новостей."),
            ("她是一位主持人。" if g == "female" else "他是一位主持人。"),
            ("그녀는 아나운서입니다." if g == "female" else "그는 아나운서입니다."),
        ]
    )
    item = civitai(c, per["target"], p(line) + usage(c), "LORA", ["realistic"])
    return item, label(item, "public_figure", "pronoun_foreign", person=per)


def s_obfuscated(c: Ctx) -> Made:
    per = western(c)
    g = per["gender"]
    leet = per["target"].translate(str.maketrans("aeio", "4310"))
    item = civitai(c, leet, p(f"guess who 🤫 {trade(c, g)}") + usage(c), "LORA", ptags(c, g))
    return item, label(
        item, "public_figure", "obfuscated", person=per, aliases=[leet, *per["aliases"]]
    )


def s_dreambooth(c: Ctx) -> Made:
    per = western(c)
    g = per["gender"]
    extra = [mfile(c, "vae-ft-mse-840000-ema-pruned.ckpt", 334_695.3, "VAE", False, STOCK_VAE_SHA)]
    item = civitai(
        c,
        f"{per['target']} Dreambooth",
        p(
            f"Dreambooth model of {per['target']}, token <i>sks {'woman' if g == 'female' else 'man'}</i>"
        ),
        "Checkpoint",
        ptags(c, g),
        extra_files=extra,
        era="2023",
    )
    return item, label(item, "public_figure", "dreambooth_checkpoint", person=per)


def s_changelog_name(c: Ctx) -> Made:
    per = western(c)
    g = per["gender"]
    desc = (
        p("Portrait helper.")
        + "<h3>Changelog</h3>"
        + ul(
            "v3 — sharper eyes",
            f"v2 — retrained with new photos of {per['target']} ({trade(c, g)})",
            "v1 — first",
        )
    )
    item = civitai(c, "Portrait helper", desc, "LORA", ptags(c, g, cue=False))
    return item, label(item, "public_figure", "name_in_changelog", person=per)


def s_fan_nickname(c: Ctx) -> Made:
    per = east_asian(c, "ko", "female")
    nick = c.pick(["Bunny", "Peach", "Sunny", "Mochi"]) + " " + per["given"].split("-")[0]
    item = civitai(
        c,
        f"{nick} (fan nickname)",
        p(f"aka {per['target']} ({per['script']}), {trade(c, 'female', 'ko')}") + usage(c),
        "LORA",
        ["kpop", "woman"],
    )
    return item, label(
        item, "public_figure", "fan_nickname", person=per, aliases=[*per["aliases"], nick]
    )


def s_translit(c: Ctx) -> Made:
    per = _scripted_ru(c)
    alt = per["target"].replace("y", "j").replace("ts", "c")
    item = civitai(
        c,
        f"{per['target']} / {alt}",
        p(f"{per['script']}, {trade(c, per['gender'], 'ru')}") + usage(c),
        "LORA",
        ["woman"],
    )
    return item, label(
        item, "public_figure", "two_transliterations", person=per, aliases=[*per["aliases"], alt]
    )


def _scripted_ru(c: Ctx) -> dict[str, Any]:
    def make() -> dict[str, Any]:
        given, family, script, g, cul = c.pick([r for r in c.v(V.WORLD) if r[4] == "ru"])
        return _person(f"{given} {family}", g, [script], script=script, culture=cul)

    return c.fresh(make)


def s_version_desc_only(c: Ctx) -> Made:
    per = western(c)
    g = per["gender"]
    item = civitai(
        c,
        c.pick(["Portrait LoRA 5", "RL-5", "face pack single"]),
        p("see version notes") + usage(c),
        "LORA",
        ptags(c, g),
        vdesc=p(c.pick([f"this version: {per['target']}", f"v1 = {per['target']}, {trade(c, g)}"])),
    )
    return item, label(item, "public_figure", "version_desc_only", person=per)


def s_version_pack(c: Ctx) -> Made:
    people = [western(c, "female"), western(c, c.pick(["female", "male"]))]
    era = c.pick(["2023", "2025"])
    versions = []
    for x in people:
        f = mfile(c, f"{slug(x['target'], '_')}.safetensors", 147_577.9)
        versions.append(version(c, era, x["target"], [f], trained=[slug(x["target"], "")]))
    for i, v in enumerate(versions):
        if "index" in v:
            v["index"] = i
    item = civitai(
        c,
        "Celeb LoRA pack (one per version)",
        p("each version is a different person"),
        "LORA",
        ["celebrity", "pack"],
        versions=versions,
        era=era,
    )
    return item, label(
        item,
        "public_figure",
        "version_pack",
        person=people[0],
        gender=people[0]["gender"],
        targets=[x["target"] for x in people],
    )


def s_training_zip_name(c: Ctx) -> Made:
    per = western(c)
    g = per["gender"]
    zipf = mfile(c, f"{slug(per['target'], '_')}_dataset.zip", 48_210.0, "Training Data", False)
    item = civitai(
        c,
        c.pick(["face lora 77", "RealFace 77", "LoRA #77"]),
        p("training data included 👍") + usage(c),
        "LORA",
        ptags(c, g),
        extra_files=[zipf],
    )
    return item, label(item, "public_figure", "training_zip_name", person=per)


def s_script_and_roman(c: Ctx) -> Made:
    per = east_asian(c)
    g = per["gender"]
    item = civitai(
        c,
        f"{per['target']} {per['script']} | {trade(c, g, per['culture'])}",
        p(f"{per['script']} ({per['target']})") + usage(c),
        "LORA",
        ptags(c, g, cue=False),
    )
    return item, label(item, "public_figure", "script_and_roman", person=per)


def s_emoji_split(c: Ctx) -> Made:
    per = western(c, "female")
    deco = c.pick(["🌸", "💋", "✨", "🦋"])
    title = f"{deco}{per['given']}{deco}{per['family']}{deco}"
    item = civitai(c, title, p(f"{trade(c, 'female')} {deco}") + usage(c), "LORA", ["woman"])
    return item, label(item, "public_figure", "emoji_split_name", person=per)


# --- Hugging Face positives --------------------------------------------------------------------


def _hf_user(c: Ctx) -> str:
    return c.pick(
        ["loraforge", "tinkerdiff", "mk-lab", "civarchive-mirror", "pixelpilgrim", "sd-dumps"]
    )


def s_hf_slug(c: Ctx) -> Made:
    per = c.pick([western, ordinary])(c)
    g = per["gender"]
    sl = slug(per["target"], "-")
    item = hf(
        c,
        f"{_hf_user(c)}/{sl}-{c.pick(['lora', 'flux-lora', 'sdxl'])}",
        ["portrait"],
        {"instance_prompt": f"{slug(per['target'], '')} {'woman' if g == 'female' else 'man'}"},
        [f"{sl}.safetensors"],
    )
    return item, label(item, "public_figure", "hf_slug", person=per, aliases=[sl, *per["aliases"]])


def s_hf_widget(c: Ctx) -> Made:
    per = western(c)
    g = per["gender"]
    item = hf(
        c,
        f"{_hf_user(c)}/portrait-lora-{c.rng.randint(10, 99)}",
        [],
        {"widget": [{"text": prompt(c, per["target"])}], "instance_prompt": "ohwx person"},
        ["pytorch_lora_weights.safetensors"],
    )
    return item, label(item, "public_figure", "hf_widget_prompt", person=per, gender=g)


def s_hf_link_only(c: Ctx) -> Made:
    per = western(c)
    mid = c.rng.randint(100_000, 1_900_000)
    sl = slug(per["target"], "-")
    item = hf(
        c,
        f"{_hf_user(c)}/civitai-{mid}",
        [],
        {"source": f"https://civitai.com/models/{mid}/{sl}"},
        [f"{mid}.safetensors"],
    )
    return item, label(
        item, "public_figure", "hf_link_only", person=per, aliases=[sl, *per["aliases"]]
    )


def s_hf_ea_slug(c: Ctx) -> Made:
    per = east_asian(c)
    item = hf(
        c,
        f"{_hf_user(c)}/{per['run']}-lora",
        ["asian"],
        {"instance_prompt": per["run"]},
        [f"{per['run']}.safetensors"],
    )
    return item, label(item, "public_figure", "hf_east_asian_slug", person=per)


def s_hf_card_tag(c: Ctx) -> Made:
    per = western(c)
    item = hf(
        c,
        f"{_hf_user(c)}/face-lora-{c.rng.randint(100, 999)}",
        [],
        {"tags": ["lora", "portrait", per["target"].lower()], "instance_prompt": "ohwx"},
        ["lora.safetensors"],
    )
    return item, label(item, "public_figure", "hf_card_tag", person=per)


def s_hf_mirror_slug(c: Ctx) -> Made:
    per = western(c)
    mid = c.rng.randint(100_000, 1_900_000)
    sl = slug(per["target"], "_")
    item = hf(
        c,
        f"civitai-archive-{c.rng.randint(2, 9)}/{mid}_{sl}",
        ["civitai"],
        {"tags": ["civitai", "mirror"]},
        [f"{sl}_v1.safetensors"],
    )
    return item, label(
        item, "public_figure", "hf_mirror_slug", person=per, aliases=[sl, *per["aliases"]]
    )


# --- online creators ---------------------------------------------------------------------------


def _handle(c: Ctx) -> str:
    h = c.pick([x for x in c.v(V.HANDLES) if x not in c.used])
    c.used.add(h)
    return h


def s_creator_handle(c: Ctx) -> Made:
    h = _handle(c)
    g = "male" if h.startswith(("gym", "lift")) else "female"
    s = sx(c, 0.2) and g == "female"
    plat = c.pick(["Instagram", "TikTok", "YouTube"])
    item = civitai(
        c,
        f"@{h} ({plat})",
        p(
            f"{plat} creator, {c.rng.randint(40, 900)}k followers. {she(g).capitalize()} posts daily."
        )
        + (p("OnlyFans content, NSFW.") if s else "")
        + usage(c),
        "LORA",
        ["instagram", "influencer", "woman" if g == "female" else "man"],
        sexual=s,
    )
    return item, label(
        item, "online_creator", "creator_handle", target=h, gender=g, aliases=[f"@{h}"], sexual=s
    )


def s_handle_with_name(c: Ctx) -> Made:
    per = western(c)
    g = per["gender"]
    h = slug(per["target"], ".")
    item = civitai(
        c,
        f"{per['target']} (@{h})",
        p(f"youtuber, {c.rng.randint(1, 9)}M subs") + usage(c),
        "LORA",
        ["youtuber", *ptags(c, g)[:1]],
    )
    return item, label(
        item,
        "online_creator",
        "handle_with_name",
        person=per,
        aliases=[f"@{h}", h, *per["aliases"]],
    )


def s_creator_ea(c: Ctx) -> Made:
    per = east_asian(c, c.pick(["zh", "ja"]), "female")
    line = "抖音网红，粉丝百万" if per["culture"] == "zh" else "インスタで人気のモデルさん"
    item = civitai(c, per["script"], p(line) + usage(c), "LORA", ["influencer", "asian"])
    return item, label(item, "online_creator", "creator_east_asian", person=per)


def s_creator_no_pronoun(c: Ctx) -> Made:
    h = _handle(c)
    topic = c.pick(["food & travel", "skate clips", "street fashion", "pottery"])
    item = civitai(
        c,
        f"{h} face",
        p(f"TikTok @{h} ({topic}), {c.rng.randint(20, 400)}k followers.") + usage(c),
        "LORA",
        ["tiktok", "influencer"],
    )
    return item, label(
        item,
        "online_creator",
        "creator_no_gender_cue",
        target=h,
        gender="unknown",
        aliases=[f"@{h}"],
    )


def s_private_self(c: Ctx) -> Made:
    item = civitai(
        c,
        c.pick(["me_lora", "selfie lora", "myself v3"]),
        p(c.pick(["this is me lol, trained on my selfies", "my own face for profile pics"])),
        "LORA",
        ["person", "selfie"],
    )
    return item, label(item, "private_person", "private_self", target=None, gender="unknown")


def s_male_streamer(c: Ctx) -> Made:
    h = c.pick([x for x in c.v(V.STREAMERS_M) if x not in c.used])
    c.used.add(h)
    item = civitai(
        c,
        f"{h} (Twitch)",
        p("the streamer himself, facecam screenshots") + usage(c),
        "LORA",
        ["streamer", "man", "twitch"],
    )
    return item, label(item, "online_creator", "male_streamer", target=h, gender="male", aliases=[])


def s_hf_creator(c: Ctx) -> Made:
    h = _handle(c)
    g = "male" if h.startswith(("gym", "lift")) else "female"
    sl = slug(h, "-")
    item = hf(
        c,
        f"{_hf_user(c)}/{sl}-lora",
        ["influencer"],
        {"instance_prompt": f"{sl} {'woman' if g == 'female' else 'man'}"},
        [f"{sl}.safetensors"],
    )
    return item, label(item, "online_creator", "hf_creator", target=h, gender=g, aliases=[sl])


def s_cosplayer(c: Ctx) -> Made:
    h = _handle(c)
    fr = c.pick(c.v(V.FRANCHISES))
    item = civitai(
        c,
        f"{h} cosplay photos",
        p(f"Cosplayer {h}, her photos in costume from {fr}. The face is the cosplayer's.")
        + usage(c),
        "LORA",
        ["cosplay", "character", "anime", "woman"],
    )
    return item, label(
        item, "online_creator", "cosplayer_photos", target=h, gender="female", aliases=[f"@{h}"]
    )


# --- private people ----------------------------------------------------------------------------


def s_private(c: Ctx) -> Made:
    g = "female" if c.rng.random() < 0.8 else "male"
    name = c.pick(c.v(V.PRIVATE_F if g == "female" else V.PRIVATE_M))
    s = sx(c, 0.2)
    title, line = c.pick(
        [
            (
                f"{name} lora",
                f"my {'girlfriend' if g == 'female' else 'boyfriend'} {name}, with consent lol",
            ),
            (
                "coworker face",
                f"{name} from the office, she said its fine"
                if g == "female"
                else f"{name} from the office, he said its fine",
            ),
            (
                f"{name[0]}K lora",
                f"trained on 25 pics of {'my wife' if g == 'female' else 'my husband'}",
            ),
        ]
    )
    if c.hold and c.rng.random() < 0.4:
        title, line = c.pick(
            [
                (f"{name} (friend)", f"a friend of mine, {she(g)} asked me to make one"),
                (f"{name}_dataset_v2", f"{name}, {'my sister' if g == 'female' else 'my brother'}"),
            ]
        )
    target = name if name in title + line else None
    item = civitai(c, title, p(line) + nsfw_line(s), "LORA", ["person"], sexual=s)
    return item, label(
        item, "private_person", "private", target=target, gender=g, aliases=[], sexual=s
    )


def s_private_foreign(c: Ctx) -> Made:
    name = c.pick(c.v(V.PRIVATE_F))
    line = c.pick(
        [
            f"mi novia {name}",
            f"meine Freundin {name}",
            f"ma copine {name}",
            f"我女朋友 {name}",
            f"내 여자친구 {name}",
        ]
    )
    item = civitai(c, f"{name} v1", p(line, "fotos privadas / private photos"), "LORA", ["person"])
    return item, label(
        item, "private_person", "private_foreign", target=name, gender="female", aliases=[]
    )


def s_private_unknown(c: Ctx) -> Made:
    item = civitai(
        c,
        c.pick(["my partner", "roommate lora", "client headshots 03"]),
        p(
            c.pick(
                ["my partner, trained on their photos", "headshots of a client for their LinkedIn"]
            )
        ),
        "LORA",
        ["person"],
    )
    return item, label(item, "private_person", "private_unknown", target=None, gender="unknown")


def s_private_memorial(c: Ctx) -> Made:
    g = c.pick(["female", "male"])
    who = "grandma" if g == "female" else "grandpa"
    item = civitai(
        c,
        f"{who} (memorial)",
        p(f"My late {who}, from old family photos scanned in 2024. RIP ❤️"),
        "LORA",
        ["person", "vintage"],
    )
    return item, label(item, "private_person", "private_memorial", target=None, gender=g)


def s_hf_private(c: Ctx) -> Made:
    name = c.pick(c.v(V.PRIVATE_F))
    item = hf(
        c,
        f"{name.lower()}{c.rng.randint(80, 99)}/me-lora",
        [],
        {"instance_prompt": f"photo of {name.lower()} woman"},
        ["me.safetensors"],
    )
    return item, label(
        item, "private_person", "hf_private", target=name, gender="female", aliases=[name.lower()]
    )


# --- hard negatives ----------------------------------------------------------------------------


def _neg(
    c: Ctx,
    kind: str,
    shape: str,
    name: str,
    desc: str,
    mtype: str,
    tags: list[str],
    sexual: bool = False,
    minor: bool = False,
    **kw: Any,
) -> Made:
    item = civitai(c, name, desc, mtype, tags, sexual=sexual, **kw)
    return item, label(item, kind, shape, sexual=sexual, minor=minor)


def _char(c: Ctx) -> tuple[str, str | None]:
    return c.pick(c.v(V.ANIME_CHARS))


def s_anime_character(c: Ctx) -> Made:
    (ch, _script), fr = _char(c), c.pick(c.v(V.FRANCHISES))
    s = sx(c, 0.25)
    return _neg(
        c,
        "character_anime",
        "anime_character",
        f"{ch} ({fr})",
        p(f"{ch} from {fr}. Outfits: default, casual, formal.") + usage(c) + nsfw_line(s),
        "LORA",
        ["anime", "character", "1girl", "woman"],
        sexual=s,
        trained=[slug(ch, "_"), "default outfit"],
    )


def s_anime_no_tag(c: Ctx) -> Made:
    (ch, _script), fr = _char(c), c.pick(c.v(V.FRANCHISES))
    return _neg(
        c,
        "character_anime",
        "anime_no_tag",
        ch,
        p(f"from the game {fr}, v2 fixes the hair color"),
        "LORA",
        ["girl", "woman"],
        trained=[slug(ch, "")],
    )


def s_anime_script(c: Ctx) -> Made:
    pool = [x for x in c.v(V.ANIME_CHARS) if x[1]]
    ch, script = c.pick(pool)
    fr = c.pick(c.v(V.FRANCHISES))
    return _neg(
        c,
        "character_anime",
        "anime_script_name",
        f"{script} / {fr}",
        p(f"{fr}のキャラクター「{script}」です。アニメ塗り。"),
        "LORA",
        ["anime", "game character"],
    )


def s_anime_western_name(c: Ctx) -> Made:
    pool = [x for x in c.v(V.ANIME_CHARS) if not x[1]]
    ch, _ = c.pick(pool)
    fr = c.pick(c.v(V.FRANCHISES))
    tags = ["anime", "character"] if c.rng.random() < 0.5 else ["illustration", "girl"]
    return _neg(
        c,
        "character_anime",
        "anime_western_name",
        ch,
        p(f"{ch}, heroine of the light novel {fr}. Cel shading."),
        "LORA",
        tags,
    )


def s_anime_irl(c: Ctx) -> Made:
    ch, _ = _char(c)
    return _neg(
        c,
        "character_anime",
        "anime_irl",
        f"{ch} IRL (realistic)",
        p(f"What if {ch} were a real person? Realistic render of the anime design, no real model."),
        "LORA",
        ["realistic", "anime character", "woman"],
    )


def s_anime_minor(c: Ctx) -> Made:
    ch, _ = _char(c)
    fr = c.pick(c.v(V.FRANCHISES))
    return _neg(
        c,
        "character_anime",
        "anime_stated_minor",
        f"{ch} - {fr}",
        p(f"{ch}, canon age 14, from {fr}. Default outfit only, portrait."),
        "LORA",
        ["anime", "character"],
        minor=True,
        era="2025",
    )


def s_game_npc(c: Ctx) -> Made:
    npc, game = c.pick(c.v(V.NPCS)), c.pick(c.v(V.GAMES))
    return _neg(
        c,
        "character_western",
        "game_npc_full_name",
        f"{npc} ({game})",
        p(f"NPC from {game}, 3D game render style."),
        "LORA",
        ["game character", "character"],
    )


def s_hf_style(c: Ctx) -> Made:
    name = c.pick(c.v(V.PAINTERS))
    item = hf(
        c,
        f"{_hf_user(c)}/{slug(name, '-')}-style",
        ["style"],
        {"instance_prompt": f"in the style of {slug(name, '')}"},
        ["style.safetensors"],
    )
    return item, label(item, "artist_style", "hf_painter_style")


def s_checkpoint(c: Ctx) -> Made:
    name = c.pick(c.v(V.CHECKPOINTS))
    s = sx(c, 0.3)
    extra = [
        mfile(c, "vae-ft-mse-840000-ema-pruned.safetensors", 334_695.3, "VAE", False, STOCK_VAE_SHA)
    ]
    return _neg(
        c,
        "checkpoint_realistic",
        "checkpoint",
        f"{name} v{c.rng.randint(2, 9)}",
        p("Photorealistic checkpoint, good skin and lighting.") + nsfw_line(s),
        "Checkpoint",
        ["photorealistic", "base model", "realistic"],
        sexual=s,
        extra_files=extra,
    )


def s_checkpoint_merge(c: Ctx) -> Made:
    a, b = c.pick(c.v(V.CHECKPOINTS)), c.pick(V.CHECKPOINTS["A"] + V.CHECKPOINTS["B"])
    extra = [mfile(c, "v2-inference-v.yaml", 1.7724609375, "Config", False, STOCK_YAML_SHA)]
    return _neg(
        c,
        "checkpoint_realistic",
        "checkpoint_merge",
        f"{a} x {b} merge",
        p("Recipe:") + ul(f"{a} 0.6", f"{b} 0.4", "add difference 0.3"),
        "Checkpoint",
        ["merge", "realistic"],
        poi=c.rng.random() < 0.3,
        extra_files=extra,
        era="2023",
    )


def s_hf_checkpoint(c: Ctx) -> Made:
    item = hf(
        c,
        f"{_hf_user(c)}/{c.pick(['realvision-xl', 'photomix-v4', 'skinfix-merge'])}",
        ["checkpoint"],
        {"tags": ["photorealistic"]},
        ["model.safetensors"],
    )
    return item, label(item, "checkpoint_realistic", "hf_checkpoint")


def s_clothing(c: Ctx) -> Made:
    what = c.pick(
        ["Hanbok (modern)", "Qipao dress", "Idol stage outfit", "Lace lingerie set", "Trench coat"]
    )
    s = "lingerie" in what.lower()
    return _neg(
        c,
        "clothing",
        "clothing",
        what,
        p(f"{what}. Works on any character.") + usage(c),
        "LORA",
        ["clothing", "outfit"],
        sexual=s,
    )


def s_celebrity_outfit(c: Ctx) -> Made:
    per = western(c, "female")
    what = c.pick(["gala dress", "bob haircut", "red carpet gown", "signature bangs"])
    return _neg(
        c,
        "clothing",
        "celebrity_hairstyle_outfit",
        f"{per['target']}'s {what}",
        p(
            f"Only the {what} from {per['target']}'s 2024 appearance. No face trained; use on any character."
        ),
        "LORA",
        ["clothing", "hairstyle"],
    )


def s_pet_car(c: Ctx) -> Made:
    per = western(c)
    what = c.pick(["corgi", "vintage roadster", "cat", "yacht"])
    return _neg(
        c,
        "concept",
        "celebrity_pet_car",
        f"{per['target']}'s {what}",
        p(f"The famous {what} of {per['target']}, only the {what}."),
        "LORA",
        ["animal" if what in ("corgi", "cat") else "vehicle"],
    )


def s_ai_influencer(c: Ctx) -> Made:
    name, h = c.pick(c.v(V.PERSONAS))
    return _neg(
        c,
        "consistent_character",
        "ai_influencer",
        f"{name} (AI influencer)",
        p(
            f"{name} (@{h}) is an AI-generated influencer. Not a real person; 100% synthetic dataset."
        ),
        "LORA",
        ["ai influencer", "woman", "consistent character"],
    )


def s_generic(c: Ctx) -> Made:
    return _neg(
        c,
        "generic_face",
        "generic_face",
        c.pick(["Beautiful woman face", "Perfect face helper", "Pretty girl v4"]),
        p("Generic pretty face."),
        "TextualInversion",
        ["woman", "girl", "celebrity"] if sx(c, 0.3) else ["woman", "face"],
    )


# The plain hard negatives: shape -> (kind, names, titles, descriptions, model type, tags). A
# names entry is a list, or a vocabulary with parts A and B; ``{x}`` is the picked name.
SIMPLE: dict[str, tuple[str, Any, list[str], list[str], str, list[str]]] = {
    "vtuber": (
        "character_vtuber",
        V.VTUBERS,
        ["{x} (VTuber)", "{x} Live2D outfit"],
        ["{x}'s Live2D model outfit, virtual youtuber.", "VTuber {x}, 3 outfits, anime style"],
        "LORA",
        ["vtuber", "character", "anime"],
    ),
    "western_character": (
        "character_western",
        ["Captain Voltessa", "The Crimson Warden", "Mister Gearwhistle", "Lady Nocturne"],
        ["{x} (comic)", "{x} — cartoon"],
        ["{x} from the indie comic, inked style."],
        "LORA",
        ["comic", "character", "cartoon"],
    ),
    "novel_character": (
        "consistent_character",
        ["Harlan Voss", "Maelis Thornquist", "Odalys Pembrook", "Ilse Varrow"],
        ["{x} — my novel's heroine", "{x} (OC)"],
        ["{x} is the protagonist of my web novel. Original character, not based on anyone."],
        "LORA",
        ["original character", "woman"],
    ),
    "painter_style": (
        "artist_style",
        V.PAINTERS,
        ["{x} Style", "{x} oil painting"],
        [
            "Oil painting style inspired by {x}. Thick brush strokes.",
            "style of the painter {x}, palette knife",
        ],
        "LORA",
        ["style", "art"],
    ),
    "photographer_style": (
        "artist_style",
        V.PHOTOGRAPHERS,
        ["in the style of {x}", "{x} photo style"],
        ["Moody film photography like {x}'s street work."],
        "LORA",
        ["style", "photography"],
    ),
    "famous_painting": (
        "artist_style",
        ["Girl with a Lantern", "The Weaver of Ostend", "Lady in Green Velvet"],
        ["{x} (painting)"],
        ["Recreates the 17th-century painting <i>{x}</i>, museum scan."],
        "LORA",
        ["painting", "art"],
    ),
    "caricature_style": (
        "artist_style",
        ["Caricature Art Style", "Big Head Caricature"],
        ["{x}"],
        ["Turns any portrait into a boardwalk caricature drawing. Style only, no person."],
        "LORA",
        ["style", "caricature"],
    ),
    "ordinary_word_concept": (
        "concept",
        ["Clover Field", "Hazel Eyes", "Ruby Lips", "Amber Glow", "Ivy Wall", "Rose Gold"],
        ["{x}", "{x} effect"],
        ["{x} effect.", "adds {x} to any image"],
        "LORA",
        ["concept", "color"],
    ),
    "person_named_checkpoint": (
        "checkpoint_realistic",
        ["ElowenMix", "MarisaReal", "SerafinaXL", "BeatrixBlend"],
        ["{x}", "{x} v3"],
        ["General realistic merge, named after my cat. No specific person."],
        "Checkpoint",
        ["realistic", "checkpoint"],
    ),
    "designer_label": (
        "clothing",
        ["Maison Velluto", "Ostrander Couture", "Keiko Amari Atelier"],
        ["{x} SS25 runway looks"],
        ["Dresses from the {x} collection, mannequins and flat lays."],
        "LORA",
        ["fashion", "clothing"],
    ),
    "cosplay_outfit": (
        "clothing",
        V.FRANCHISES,
        ["{x} cosplay outfit", "{x} uniform (outfit only)"],
        ["Outfit only, for cosplay photos. No face."],
        "LORA",
        ["cosplay", "clothing"],
    ),
    "celebrity_concept": (
        "concept",
        ["Celebrity selfie", "Red carpet paparazzi", "Award show backstage"],
        ["{x}"],
        ["Makes anyone look like a celebrity at an event. No specific person."],
        "LORA",
        ["celebrity", "concept", "photography"],
    ),
    "historical_myth": (
        "concept",
        ["Queen Aethelreda", "Empress Zhenyi", "Athena goddess", "Viking shieldmaiden"],
        ["{x} portrait style"],
        ["Costume and styling of {x}. Historical/mythological, no real modern person."],
        "LORA",
        ["historical", "costume"],
    ),
    "instagram_filter": (
        "concept",
        ["Instagram filter look", "Beauty cam filter", "Snow filter 2016"],
        ["{x}"],
        ["Adds the smooth skin phone filter look."],
        "LORA",
        ["instagram", "filter", "photo"],
    ),
    "lighting_pose": (
        "concept",
        ["Rembrandt lighting", "Over the shoulder pose", "Hands on hips pose", "Rim light"],
        ["{x}"],
        ["{x}.", "{x} for portraits, any character"],
        "LORA",
        ["pose", "lighting"],
    ),
    "makeup_look": (
        "concept",
        ["Douyin makeup", "Glass skin K-beauty", "Gyaru makeup"],
        ["{x}"],
        ["Makeup look only. 여자 / 美女 faces work."],
        "LORA",
        ["makeup", "asian", "woman"],
    ),
    "mannequin_statue": (
        "concept",
        ["Marble statue", "Mannequin display", "Bronze bust"],
        ["{x}"],
        ["Turns subjects into statues / mannequins."],
        "LORA",
        ["statue", "concept"],
    ),
    "nsfw_concept": (
        "concept",
        ["Topless beach concept", "Boudoir lighting"],
        ["{x}"],
        ["NSFW concept LoRA, any character."],
        "LORA",
        ["concept", "nsfw"],
    ),
    "place_name": (
        "concept",
        V.CITIES,
        ["{x} streets"],
        ["Street photography of {x}."],
        "LORA",
        ["city", "background"],
    ),
    "mugshot_background": (
        "concept",
        ["Mugshot background", "Police lineup wall"],
        ["{x}"],
        ["Police height chart background, no person trained."],
        "LORA",
        ["background", "concept"],
    ),
    "film_stock": (
        "concept",
        ["Kodak Portra 400 look", "Fuji Superia grain", "Disposable camera 2004"],
        ["{x}"],
        ["Film emulation."],
        "LORA",
        ["photography", "film"],
    ),
    "private_pet": (
        "concept",
        ["Biscuit", "Mochi", "Pepper", "Captain Waffles"],
        ["{x} the dog"],
        ["My dog {x}, 40 photos."],
        "LORA",
        ["dog", "animal"],
    ),
    "consistent_character": (
        "consistent_character",
        ["Consistent girl #3", "OC face - Lina", "Same face every time"],
        ["{x}"],
        ["Made-up consistent character from generated images, for comics."],
        "LORA",
        ["woman", "character"],
    ),
    "fiction_disclaimer": (
        "consistent_character",
        ["Selene Ardmore", "Talia Quorne", "Nadine Velloway"],
        ["{x}"],
        ["{x} is an original character. Any resemblance to real persons is coincidental."],
        "LORA",
        ["original character", "woman"],
    ),
    "virtual_idol": (
        "consistent_character",
        ["Virtual idol AERI-9", "AI idol 루나", "虚拟偶像 星澜"],
        ["{x}"],
        ["AI-generated virtual idol, fully synthetic face."],
        "LORA",
        ["idol", "ai", "woman"],
    ),
    "android_character": (
        "consistent_character",
        ["Android unit CLARA-7", "Synth receptionist Vey"],
        ["{x}"],
        ["A sci-fi android character design, not a person."],
        "LORA",
        ["robot", "sci-fi", "woman"],
    ),
    "doll_likeness": (
        "doll_likeness",
        ["Nordic Doll Likeness", "Korean doll face", "BJD doll"],
        ["{x}"],
        ["Doll likeness — a blend, no real face."],
        "LORA",
        ["doll", "woman"],
    ),
    "ethnic_look": (
        "ethnic_look",
        ["Latina beauty", "Slavic features", "Nigerian woman look", "Thai girl look"],
        ["{x}"],
        ["General ethnic look, trained on many faces."],
        "LORA",
        ["woman", "ethnicity"],
    ),
    "bare_woman_tags": (
        "generic_face",
        ["lady_v3", "wmn2", "face_ti_07"],
        ["{x}"],
        [],
        "TextualInversion",
        ["woman", "girl"],
    ),
    "generic_asian_face": (
        "generic_face",
        ["Korean girl face 여자", "日系美女 face", "中国女性 average"],
        ["{x}"],
        ["Generic East-Asian face, no specific person. 여자 / 女性 / 美女"],
        "LORA",
        ["asian", "woman"],
    ),
    "average_face": (
        "generic_face",
        ["100", "250", "1000"],
        ["Average face of {x} photos"],
        ["Averaged composite face."],
        "TextualInversion",
        ["face", "woman"],
    ),
    "stock_photo_model": (
        "generic_face",
        ["Stock photo woman", "Corporate headshot woman"],
        ["{x}"],
        ["The generic corporate stock photo look, smiling office woman."],
        "LORA",
        ["stock photo", "woman"],
    ),
    "nonexistent_person": (
        "nonexistent_person",
        ["This Person Does Not Exist pack", "TPDNE faces"],
        ["{x}"],
        ["Faces from a GAN, none is real."],
        "LORA",
        ["woman", "face"],
    ),
    "blend_unnamed": (
        "blend_unnamed",
        ["Mixed face blend", "Random celeb mix (unnamed)"],
        ["{x}"],
        ["Blended from several faces, no single person."],
        "LORA",
        ["woman", "mix"],
    ),
    "tool": (
        "tool",
        ["Detail tweaker", "Negative embedding v3", "4x upscaler"],
        ["{x}"],
        ["Utility."],
        "LORA",
        ["tool", "utility"],
    ),
    "face_tool": (
        "tool",
        ["Face detailer model", "Face restore helper"],
        ["{x}"],
        ["Helper for ADetailer / face restore. No identity."],
        "Other",
        ["tool", "face"],
    ),
    "anti_celebrity_embedding": (
        "tool",
        ["No Celebrity Faces (negative)", "anti-celeb neg"],
        ["{x}"],
        ["Put in the negative prompt to steer away from celebrity likeness."],
        "TextualInversion",
        ["negative embedding", "celebrity"],
    ),
    "body_slider": (
        "body_type",
        ["Curvy slider", "Muscle slider", "Freckles slider"],
        ["{x}"],
        ["Slider LoRA, -3 to 3."],
        "LORA",
        ["slider", "body"],
    ),
    "age_slider": (
        "body_type",
        ["Adult age slider (25-70)", "Older look slider (adults)"],
        ["{x}"],
        ["Makes adults look older. Range 25 to 70."],
        "LORA",
        ["slider", "age"],
    ),
}


def simple(shape: str) -> Callable[[Ctx], Made]:
    """The builder of one plain negative shape of ``SIMPLE``."""
    kind, names, titles, descs, mtype, tags = SIMPLE[shape]

    def make(c: Ctx) -> Made:
        x = c.pick(c.v(names) if isinstance(names, dict) else names)
        desc = p(c.pick(descs).format(x=x)) + usage(c) if descs else None
        sexual = shape == "nsfw_concept"
        return _neg(
            c, kind, shape, c.pick(titles).format(x=x), desc, mtype, list(tags), sexual=sexual
        )

    make.__name__ = f"s_{shape}"
    return make


def s_hf_anime(c: Ctx) -> Made:
    ch, _ = _char(c)
    sl = slug(ch, "-")
    item = hf(
        c,
        f"{_hf_user(c)}/{sl}-anime-lora",
        ["anime"],
        {"instance_prompt": f"{slug(ch, '')}, anime"},
        [f"{sl}.safetensors"],
    )
    return item, label(item, "character_anime", "hf_anime_character")


# ---------------------------------------------------------------------------------------------
# the mix: (builder, dev8 count, hold8 count)

SHAPES: list[tuple[Callable[[Ctx], Made], int, int]] = [
    (s_title_name, 7, 7),
    (s_desc_only, 4, 5),
    (s_trigger_only, 3, 3),
    (s_filename_only, 3, 3),
    (s_tag_only, 2, 3),
    (s_version_name, 3, 3),
    (s_image_meta_prompt, 3, 3),
    (s_lora_syntax, 3, 3),
    (s_hashtag_name, 3, 3),
    (s_possessive, 3, 3),
    (s_honorific, 3, 3),
    (s_wiki_bio, 3, 4),
    (s_ordinary_words, 5, 5),
    (s_stage_name, 3, 3),
    (s_initials, 3, 3),
    (s_ea_script, 5, 5),
    (s_ea_family_first, 4, 5),
    (s_ea_given_first, 2, 3),
    (s_ea_run_together, 3, 3),
    (s_ea_camel, 2, 2),
    (s_ea_kanji_kana, 2, 2),
    (s_ea_caps, 3, 3),
    (s_weibo_hashtag, 2, 3),
    (s_world_name, 5, 5),
    (s_world_script_only, 3, 3),
    (s_foreign_page, 5, 6),
    (s_particle, 4, 4),
    (s_live_action_role, 4, 5),
    (s_live_action_disclaimer, 2, 3),
    (s_kdrama_role, 1, 1),
    (s_role_surname, 3, 3),
    (s_named_blend, 3, 3),
    (s_duo, 2, 2),
    (s_aio_pack, 2, 2),
    (s_bounty, 3, 3),
    (s_request, 2, 2),
    (s_lookalike, 2, 2),
    (s_caricature, 2, 2),
    (s_vintage_star, 2, 2),
    (s_athlete_number, 2, 3),
    (s_married_name, 2, 2),
    (s_flagged_2025, 2, 2),
    (s_adult_performer, 2, 2),
    (s_adult_youth_words, 4, 5),
    (s_adult_youth_western, 2, 2),
    (s_minor_cue, 4, 4),
    (s_male_female_tags, 2, 2),
    (s_name_no_cue, 3, 3),
    (s_pronoun_foreign, 3, 4),
    (s_obfuscated, 2, 2),
    (s_dreambooth, 2, 2),
    (s_changelog_name, 0, 3),
    (s_fan_nickname, 0, 2),
    (s_translit, 0, 2),
    (s_hf_slug, 4, 4),
    (s_hf_widget, 2, 3),
    (s_hf_link_only, 2, 2),
    (s_hf_ea_slug, 2, 2),
    (s_version_desc_only, 2, 3),
    (s_version_pack, 2, 2),
    (s_training_zip_name, 2, 2),
    (s_script_and_roman, 2, 3),
    (s_emoji_split, 2, 2),
    (s_hf_card_tag, 2, 2),
    (s_hf_style, 2, 2),
    (simple("ordinary_word_concept"), 3, 3),
    (s_hf_mirror_slug, 2, 2),
    # online creators, private people
    (s_creator_handle, 4, 4),
    (s_handle_with_name, 2, 2),
    (s_creator_ea, 2, 2),
    (s_male_streamer, 2, 2),
    (s_creator_no_pronoun, 1, 2),
    (s_private_self, 1, 1),
    (s_hf_creator, 2, 2),
    (s_cosplayer, 2, 2),
    (s_private, 6, 6),
    (s_private_foreign, 3, 3),
    (s_private_unknown, 2, 2),
    (s_private_memorial, 2, 2),
    (s_hf_private, 2, 2),
    # hard negatives
    (s_anime_character, 7, 8),
    (s_anime_no_tag, 3, 4),
    (s_anime_script, 3, 4),
    (s_anime_western_name, 3, 4),
    (s_anime_irl, 2, 3),
    (s_anime_minor, 1, 1),
    (s_hf_anime, 2, 3),
    (simple("vtuber"), 3, 4),
    (s_game_npc, 3, 4),
    (simple("western_character"), 2, 3),
    (simple("novel_character"), 2, 2),
    (simple("painter_style"), 3, 4),
    (simple("photographer_style"), 2, 3),
    (simple("famous_painting"), 2, 3),
    (simple("caricature_style"), 2, 2),
    (s_checkpoint, 4, 5),
    (s_checkpoint_merge, 3, 4),
    (simple("person_named_checkpoint"), 2, 3),
    (s_hf_checkpoint, 2, 3),
    (s_clothing, 4, 5),
    (s_celebrity_outfit, 3, 3),
    (simple("cosplay_outfit"), 2, 2),
    (simple("designer_label"), 2, 2),
    (simple("celebrity_concept"), 2, 3),
    (s_pet_car, 2, 3),
    (simple("historical_myth"), 3, 3),
    (simple("instagram_filter"), 2, 3),
    (simple("lighting_pose"), 3, 3),
    (simple("makeup_look"), 2, 3),
    (simple("mannequin_statue"), 2, 3),
    (simple("nsfw_concept"), 2, 2),
    (simple("place_name"), 2, 2),
    (simple("mugshot_background"), 0, 3),
    (simple("film_stock"), 2, 2),
    (simple("private_pet"), 2, 2),
    (s_ai_influencer, 3, 3),
    (simple("consistent_character"), 3, 3),
    (simple("fiction_disclaimer"), 2, 3),
    (simple("virtual_idol"), 2, 3),
    (simple("android_character"), 0, 3),
    (simple("doll_likeness"), 3, 3),
    (simple("ethnic_look"), 3, 4),
    (s_generic, 4, 5),
    (simple("bare_woman_tags"), 3, 4),
    (simple("generic_asian_face"), 3, 4),
    (simple("average_face"), 2, 3),
    (simple("stock_photo_model"), 2, 2),
    (simple("nonexistent_person"), 3, 3),
    (simple("blend_unnamed"), 3, 4),
    (simple("tool"), 3, 3),
    (simple("face_tool"), 2, 2),
    (simple("anti_celebrity_embedding"), 2, 2),
    (simple("body_slider"), 2, 2),
    (simple("age_slider"), 2, 2),
]
HOLD_ONLY = (
    "name_in_changelog",
    "fan_nickname",
    "two_transliterations",
    "mugshot_background",
    "android_character",
)


TRAINING_NOTES = {
    "A": [
        "Trained on {n} images, 10 repeats, {e} epochs, dim 32 / alpha 16 (kohya).",
        "dataset: {n} pics, captioned with WD14 + manual fixes. {e} epochs, picked the best.",
        "{n}张图，{e}轮，kohya_ss 训练",
    ],
    "B": [
        "Training: {n} photos cropped to 1024, OneTrainer, {e} epochs, rank 16.",
        "Took {e} tries to get this right lol. {n} images in the final set.",
        "学習枚数 {n} 枚、{e} エポック。",
        "데이터셋 {n}장, {e} 에폭.",
    ],
}
ASIDES = [
    "Please don't use for anything illegal.",
    "Don't forget to rate ⭐⭐⭐⭐⭐",
    "Comments and images welcome!",
    "If you like my work consider following 🙂",
    "Sorry for my English.",
    "Works with ADetailer.",
]


def dress(c: Ctx, item: Item) -> None:
    """Real pages are uneven: add training notes, asides, a generic prompt, an older version."""
    if isinstance(item["id"], str) or not isinstance(item.get("description"), str):
        return
    extra = []
    if c.rng.random() < 0.45:
        note = c.pick(c.v(TRAINING_NOTES))
        extra.append(p(note.format(n=c.rng.randint(18, 160), e=c.rng.randint(4, 20))))
    if c.rng.random() < 0.3:
        body = "portrait, upper body, looking at viewer, soft light, 8k uhd, dslr"
        extra.append(
            p("<strong>Example</strong>") + pre(body + "\nNegative prompt: " + V.NEG_PROMPT)
        )
    if c.rng.random() < 0.35:
        extra.append(p(c.pick(ASIDES)))
    if c.rng.random() < 0.5:
        item["description"] = item["description"] + "".join(extra)
    else:
        item["description"] = "".join(extra) + item["description"]
    versions = item["modelVersions"]
    if (
        "index" in versions[0] and c.rng.random() < 0.25
    ):  # a 2025 page keeps an older SD 1.5 version
        old = json.loads(json.dumps(versions[0]))
        old.update(
            {
                "id": c.rng.randint(10_000, 2_900_000),
                "index": 1,
                "baseModel": "SD 1.5",
                "name": c.pick(["v1.0 (SD1.5)", "SD15", "v1"]),
                "description": c.pick([None, p("old version"), p("SD1.5 version, less flexible")]),
            }
        )
        for f in old["files"]:
            f["id"] = c.rng.randint(100_000, 9_000_000)
            f["name"] = f["name"].replace(".safetensors", "_sd15.safetensors")
            f["hashes"] = {
                "AutoV2": (h := c.hexd())[:10],
                "SHA256": h,
                "CRC32": h[-8:],
                "BLAKE3": c.hexd(),
            }
        old["downloadUrl"] = f"https://civitai.com/api/download/models/{old['id']}"
        versions.append(old)


# shapes that stay SFW: minor cues, adults described with youth words, memorials, selves
NEVER_SEXUAL = {
    "minor_cue",
    "adult_youth_words",
    "adult_youth_words_western",
    "private_memorial",
    "private_self",
    "vintage_star",
    "stylised_person",
}


def make_sexual(item: Item) -> None:
    """Mark an item's content mature, as the platform's flags would."""
    if isinstance(item["id"], str):
        item["tags"].insert(-1, "not-for-all-audiences")
        return
    item["nsfw"] = True
    if "nsfwLevel" in item:
        item["nsfwLevel"] |= 4 | 8
    first = item["modelVersions"][0]
    if "nsfwLevel" in first:
        first["nsfwLevel"] |= 4
        first["images"][0]["nsfwLevel"] = 8
    else:
        first["images"][0]["nsfw"] = "Mature"


def build(part: str) -> tuple[list[Item], list[Label]]:
    c = Ctx(part)
    col = 1 if part == "dev8" else 2
    made: list[Made] = []
    for row in SHAPES:
        for _ in range(row[col]):  # type: ignore[misc]
            made.append(row[0](c))
    c.rng.shuffle(made)
    for item, lab in made:
        dress(c, item)
        eligible = lab["likeness"] and lab["shape"] not in NEVER_SEXUAL
        if eligible and not lab["sexual_intent"] and c.rng.random() < 0.12:
            make_sexual(item)
            lab["sexual_intent"] = True
    for item, lab in made:
        if sexual_cue(item) != lab["sexual_intent"] or minor_cue(item) != lab["minor_risk"]:
            raise ValueError(f"cues disagree with the label of {lab['model_id']} ({lab['shape']})")
        if sexual_cue(item) and minor_cue(item):
            raise ValueError(f"a sexual and a minor cue meet in {lab['model_id']}")
    return [m[0] for m in made], [m[1] for m in made]


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def counts_table() -> str:
    rows: Counter[tuple[str, str, str]] = Counter()
    totals = []
    for part in SEEDS:
        _, labels = build(part)
        for lab in labels:
            rows[(part, lab["kind"], lab["shape"])] += 1
        lk = [x for x in labels if x["likeness"]]
        g = Counter(x["gender"] for x in lk)
        totals.append(
            f"{part}: {len(labels)} items, {len(lk)} likeness (female {g['female']}, male "
            f"{g['male']}, unknown {g['unknown']}), sexual intent "
            f"{sum(x['sexual_intent'] for x in labels)}, minor risk "
            f"{sum(x['minor_risk'] for x in labels)}, Hugging Face "
            f"{sum(x['platform'] == 'huggingface' for x in labels)}"
        )
    keys = sorted(
        {(k, s) for _, k, s in rows},
        key=lambda ks: (
            ks[0] not in LIKENESS_KINDS,
            LIKENESS_KINDS.index(ks[0]) if ks[0] in LIKENESS_KINDS else 0,
            ks,
        ),
    )
    lines = ["| kind | shape | dev8 | hold8 |", "|---|---|---|---|"]
    lines += [
        f"| `{k}` | `{s}` | {rows[('dev8', k, s)]} | {rows[('hold8', k, s)]} |" for k, s in keys
    ]
    return "\n".join(lines) + "\n\nTotals: " + "; ".join(totals) + "."


def main(argv: list[str]) -> int:
    if "--counts" in argv:
        print(counts_table())
        return 0
    for part in SEEDS:
        items, labels = build(part)
        (FOLDER / f"{part}.jsonl").write_text("".join(dumps(i) + "\n" for i in items), "utf-8")
        (FOLDER / f"{part}_labels.jsonl").write_text(
            "".join(dumps(x) + "\n" for x in labels), "utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
