"""Build the fifteenth dev set (tests/devset15): ``dev15`` and ``hold15``, seeded, byte for byte.

Usage, from the repository root::

    .venv/bin/python tests/devset15/build_devset15.py            # rewrite the four files
    .venv/bin/python tests/devset15/build_devset15.py --counts   # print the README's table

Every person is invented (``devset15_vocab``). Around the part that names (or does not name) a
person each page draws its own furniture: a generation-settings table, a prompt block, a dated
changelog, a support line and a line in another language. The cue rules (``sexual_cue``,
``minor_cue``) are checked against every label written, and a sexual and a minor cue never meet.
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

import devset15_vocab  # noqa: E402

SEEDS = {"dev15": 51_509, "hold15": 90_515}
VOCAB_PART = {"dev15": "A", "hold15": "B"}
ID_BASE = {"dev15": 15_100_000, "hold15": 15_600_000}
Item = dict[str, Any]
Label = dict[str, Any]
Made = tuple[Item, dict[str, Any]]

# ---------------------------------------------------------------- cues

SEXUAL = re.compile(
    r"\b(?:nsfw|nude|nudes|nudity|naked|lingerie|topless|boudoir|sexy|porn|onlyfans|fansly|"
    r"lewd|erotic|hentai|explicit|r18|spicy|uncensored)\b",
    re.IGNORECASE,
)
STATED_AGE = re.compile(
    r"(?<![\d.])(\d{1,2}) ?(?:yo\b|y/o\b|years? old\b|-year-old\b|歳|살|세)"
    r"|\bage(?:d|:)? ?(\d{1,2})\b",
    re.IGNORECASE,
)
YOUTH = re.compile(
    r"\b(?:teen|teens|teenage|teenager|U-?1[0-7]|under-1[0-7]|middle schooler|high schooler|"
    r"junior high|child actor|child actress|minor)\b|中学生|高中生|初中生|중학생|고등학생|未成年",
    re.IGNORECASE,
)
HIDDEN_KEYS = {"url", "hash", "hashes", "downloadUrl", "sha", "lfs", "_id", "image"}


def _collect(obj: Any, out: list[str]) -> None:
    if isinstance(obj, str):
        out.append(obj)
    elif isinstance(obj, dict):
        for key, value in obj.items():
            if key not in HIDDEN_KEYS:
                _collect(value, out)
    elif isinstance(obj, list):
        for value in obj:
            _collect(value, out)


def _texts(item: Item) -> list[str]:
    """Every string a reader of the item could see (not urls, hashes or blob ids)."""
    out: list[str] = []
    _collect(item, out)
    return out


def _levels(item: Item) -> list[int]:
    out = [int(item.get("nsfwLevel") or 0)]
    for version in item.get("modelVersions") or []:
        out.append(int(version.get("nsfwLevel") or 0))
        out += [int(img.get("nsfwLevel") or 0) for img in version.get("images") or []]
    return out


def sexual_cue(item: Item) -> bool:
    """Civitai's nsfw flag, an R/X/XXX/Blocked bit, an image rated Mature/X, HF's
    not-for-all-audiences tag, or a sexual word anywhere in the visible text."""
    if item.get("nsfw") is True or any(lv & 0b111100 for lv in _levels(item)):
        return True
    for version in item.get("modelVersions") or []:
        if any(img.get("nsfw") in ("Mature", "X") for img in version.get("images") or []):
            return True
    if "modelVersions" not in item and "not-for-all-audiences" in (item.get("tags") or []):
        return True
    return any(SEXUAL.search(t) for t in _texts(item))


def minor_cue(item: Item) -> bool:
    """Civitai's minor flag, a stated age under 18, or a youth word."""
    if item.get("minor") is True:
        return True
    for text in _texts(item):
        if YOUTH.search(text):
            return True
        for m in STATED_AGE.finditer(text):
            if int(m.group(1) or m.group(2)) < 18:
                return True
    return False


# ---------------------------------------------------------------- context


class Retry(Exception):
    """A template drew something already used; the builder draws again."""


class Ctx:
    def __init__(self, part: str) -> None:
        self.part = part
        self.hold = part == "hold15"
        self.rng = random.Random(SEEDS[part])
        self.v = devset15_vocab.vocab(VOCAB_PART[part])
        self.next_id = ID_BASE[part]
        self.names: set[str] = set()
        self.keys: set[str] = set()
        self.turns: Counter[str] = Counter()

    def pick(self, seq: Any) -> Any:
        return seq[self.rng.randrange(len(seq))]

    def say(self, dev: list[str], hold: list[str]) -> str:
        """dev15's wording, or hold15's own wording of the same shape."""
        return str(self.pick(hold if self.hold else dev))

    def take(self, key: str) -> Any:
        """The next unused entry of a vocabulary list (then random ones)."""
        seq = self.v[key]
        i = self.turns[key]
        self.turns[key] += 1
        return seq[i] if i < len(seq) else self.pick(seq)

    def once(self, key: str) -> None:
        if key in self.keys:
            raise Retry
        self.keys.add(key)

    def new_id(self) -> int:
        self.next_id += self.rng.randrange(5, 49)
        return self.next_id

    def hexs(self, n: int) -> str:
        return "".join(self.pick("0123456789abcdef") for _ in range(n))

    def gender(self, p_female: float = 0.7) -> str:
        return "female" if self.rng.random() < p_female else "male"

    def cycle(self, key: str) -> str:
        """female, female, male, ... per shape, so a small shape has both genders."""
        self.turns["g:" + key] += 1
        return "male" if self.turns["g:" + key] % 3 == 0 else "female"

    def surname(self) -> str:
        return self.pick(self.v["SYL1"]) + self.pick(self.v["SYL2"])

    def fresh(self, full: str) -> str:
        if full in self.names:
            raise Retry
        self.names.add(full)
        return full

    def person(self, gender: str) -> tuple[str, str]:
        key = {"female": "GIVEN_F", "male": "GIVEN_M", "unisex": "UNISEX"}[gender]
        given, family = self.pick(self.v[key]), self.surname()
        if family in self.names:
            raise Retry
        self.fresh(f"{given} {family}")
        self.names.add(family)
        return given, family

    def ea(self, culture: str, gender: str) -> dict[str, Any]:
        """An invented East-Asian name: roman family/given, script, tone or kana reading."""
        sfx = "F" if gender == "female" else "M"
        if culture == "ko":
            fam = self.pick(self.v["KO_FAMILY"])
            a, b = self.rng.sample(self.v["KO_" + sfx], 2)
            given, script_given = f"{a[0]}-{b[0].lower()}", a[1] + b[1]
            out = {
                "family": fam[0],
                "given": given,
                "script": fam[1] + script_given,
                "reading": None,
            }
        elif culture == "ja":
            fam, giv = self.pick(self.v["JA_FAMILY"]), self.pick(self.v["JA_" + sfx])
            out = {
                "family": fam[0],
                "given": giv[0],
                "script": f"{fam[1]} {giv[1]}",
                "reading": f"{fam[2]} {giv[2]}",
            }
        else:
            fam, giv = self.pick(self.v["ZH_FAMILY"]), self.pick(self.v["ZH_" + sfx])
            out = {
                "family": fam[0],
                "given": giv[0],
                "script": fam[1] + giv[1],
                "reading": f"{fam[2]} {giv[2]}",
            }
        out["full"] = f"{out['family']} {out['given']}"
        self.fresh(ascii_fold(out["full"]))
        self.fresh(out["script"].replace(" ", ""))
        return out


# ---------------------------------------------------------------- page furniture

BASES = ["SD 1.5", "SDXL 1.0", "Pony V6", "Illustrious v1", "Flux.1 Dev", "NoobAI-XL", "Qwen-Image"]
UPLOADERS = [
    "marrowlight",
    "cobalt_kettle",
    "ninefold_nodes",
    "quillandquartz",
    "saltmarsh_ai",
    "velvetgrid",
    "tinplate_tensor",
    "otterlab",
    "rookery_renders",
    "amberlatch",
    "wisteria_works",
    "dustjacket",
]
SAMPLERS = ["Euler", "DPM++ 2M", "DPM++ 3M SDE", "LCM", "Restart", "DDIM"]
SCHEDULERS = ["Karras", "Exponential", "Simple", "Beta", "SGM Uniform"]
GREETINGS = [
    "Si te gustó, deja tu reseña con una imagen — ¡me ayuda muchísimo!",
    "使ってくれてありがとう！作例の投稿、お待ちしてます。",
    "Viel Spaß damit! Bugs bitte in den Kommentaren melden.",
    "Bonne génération à tous, n'hésitez pas à partager vos images.",
    "喜欢的话请点个赞，也欢迎返图～",
    "Curtiu? Poste suas imagens na galeria do modelo!",
    "좋아요와 리뷰는 큰 힘이 됩니다. 감사합니다!",
    "Buon divertimento! Lasciate una recensione se vi piace.",
    "Cảm ơn mọi người đã ủng hộ, nhớ đăng ảnh nhé!",
    "Terima kasih sudah mencoba, jangan lupa kasih rating ya!",
]
SUPPORT = [
    "Tip jar: ko-fi.com/{u} — every coffee buys GPU minutes.",
    "Requests and previews live on Patreon (patreon.com/{u}).",
    "Come say hi on Discord: discord.gg/{h}",
    "Questions? DM me here or on Discord ({h}).",
    "I train on rented GPUs; Buzz tips keep this going.",
]
NOTES = [
    "Start at strength 0.7 and go up slowly; over 1.1 the colours drift.",
    "Face detailer at 0.3 denoise fixes small faces in full-body shots.",
    "Upscale 1.5x with 4x-UltraSharp, denoise 0.3.",
    "Keep the negative prompt short; long ones flatten the skin.",
    "Works with most realistic merges of the listed base model.",
    "Captioned with JoyCaption, then cleaned by hand.",
    "Do not stack with other face LoRAs.",
]
FIXES = [
    "rebalanced dataset",
    "fixed oversaturated reds",
    "smaller rank (32 to 16)",
    "better hands and ears",
    "less background bleed",
    "retrained on the new base",
    "added 40 images",
    "removed watermarked shots",
]


def html(*parts: str) -> str:
    return "".join(p if p.startswith("<") else f"<p>{p}</p>" for p in parts if p)


def bullets(*lines: str) -> str:
    return "<ul>" + "".join(f"<li>{x}</li>" for x in lines) + "</ul>"


def code(text: str) -> str:
    return f"<pre><code>{text}</code></pre>"


def settings(c: Ctx) -> str:
    rows = [
        ("Sampler", f"{c.pick(SAMPLERS)} / {c.pick(SCHEDULERS)}"),
        ("Steps", str(c.rng.randrange(18, 45))),
        ("CFG", c.pick(["2.5", "3", "4", "4.5", "5.5", "7"])),
        ("Strength", c.pick(["0.55", "0.65", "0.7", "0.8", "0.85", "1"])),
        ("Resolution", c.pick(["832x1216", "896x1152", "1024x1024", "768x1344"])),
    ]
    body = "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in rows)
    return "<h3>Settings I use</h3><table>" + body + "</table>"


def prompt_block(c: Ctx, subject: str) -> str:
    scene = c.pick(
        [
            "golden hour, backlit hair, 50mm, f/1.8",
            "rainy street, neon reflections, candid",
            "grey seamless backdrop, softbox, editorial",
            "kitchen window light, morning, film photo",
            "rooftop at night, city lights, bokeh",
            "beach boardwalk, windy, overcast",
        ]
    )
    neg = "worst quality, low quality, deformed, extra limbs, text, logo, blurry"
    body = f"photo, best quality, {subject}, {scene}"
    return "<h3>Prompt</h3>" + code(body) + "<h3>Negative prompt</h3>" + code(neg)


def changelog(c: Ctx) -> str:
    n = c.rng.randrange(2, 5)
    months = sorted(c.rng.sample(range(0, 23), n))
    rows = [
        f"<b>v{k + 1}.{c.rng.randrange(0, 4)}</b> — {2024 + m // 12}-{m % 12 + 1:02d}"
        f"-{c.rng.randrange(1, 29):02d}: {c.pick(FIXES)}"
        for k, m in enumerate(months)
    ]
    return "<h3>Changelog</h3>" + bullets(*reversed(rows))


def extras(c: Ctx, subject: str | None = None, *, lang: bool = True) -> list[str]:
    """The furniture around a page's subject, drawn per item."""
    out: list[str] = []
    if c.rng.random() < 0.7:
        out.append(settings(c))
    if subject and c.rng.random() < 0.7:
        out.append(prompt_block(c, subject))
    if c.rng.random() < 0.6:
        out.append(changelog(c))
    if c.rng.random() < 0.6:
        out.append(c.pick(NOTES))
    if c.rng.random() < 0.55:
        out.append(c.pick(SUPPORT).format(u=c.pick(UPLOADERS), h=c.hexs(7)))
    if lang and c.rng.random() < 0.4:
        out.append(c.pick(GREETINGS))
    return out


FOLD = str.maketrans({"ð": "d", "Đ": "D", "đ": "d", "ß": "ss", "ø": "o", "æ": "ae", "ı": "i"})


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text.translate(FOLD)).encode("ascii", "ignore").decode()


def fileish(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "_", ascii_fold(text)).strip("_")[:60] or "model"


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", ascii_fold(text).lower()).strip("-")


def squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", ascii_fold(text).lower())


def folded(*names: str) -> list[str]:
    return [ascii_fold(n) for n in names if ascii_fold(n) != n]


Version = dict[str, Any]
ST = ".safetensors"


def civ(
    c: Ctx,
    *,
    name: str,
    desc: str,
    tags: list[str],
    mtype: str = "LORA",
    trained: list[str] | None = None,
    versions: list[Version] | None = None,
    fname: str | None = None,
    sexual: bool = False,
    minor_flag: bool = False,
    sfw: bool = False,
    prompt: str | None = None,
    new: bool | None = None,
) -> Item:
    """A Civitai /api/v1/models item, in the 2023 catalog shape or the 2025 shape.

    ``versions`` (newest first) give a pack several versions: name, trained words, description
    and file name of each; without it the item has one version."""
    mid = c.new_id()
    new = (c.rng.random() < 0.5) if new is None else new
    if minor_flag:
        new = True
    ext = ".pt" if mtype == "TextualInversion" else ".safetensors"
    specs = versions or [
        {
            "name": c.pick(["v1", "v2.0", "V4", "v1.1", "SDXL", "alpha", "release", "Flux"]),
            "trained": trained or [],
            "description": None,
            "file": fname or fileish(name) + ext,
        }
    ]
    out_versions = []
    for vi, spec in enumerate(specs):
        vid = mid * 3 + 17 + vi
        images: list[dict[str, Any]] = []
        for k in range(c.rng.randrange(1, 4)):
            img: dict[str, Any] = {
                "url": f"https://image.civitai.com/xG1nkqKTMzGDvpLrqFT7WA/{c.hexs(8)}-{c.hexs(4)}"
                f"-{c.hexs(4)}/width=832/{vid}{k:02d}.jpeg",
                "width": c.pick([768, 832, 896, 1024]),
                "height": c.pick([1152, 1216, 1344, 1024]),
                "hash": "U" + c.hexs(27),
            }
            if new:
                img.update(
                    id=vid * 10 + k,
                    nsfwLevel=(4 if k == 0 else 16) if sexual else 1 if sfw else c.pick([1, 1, 2]),
                    type="image",
                    minor=minor_flag,
                    poi=False,
                    hasMeta=prompt is not None and k == 0,
                    hasPositivePrompt=prompt is not None and k == 0,
                    onSite=False,
                    remixOfId=None,
                )
            else:
                img.update(
                    id=vid * 10 + k,
                    nsfw=("X" if k else "Mature")
                    if sexual
                    else "None"
                    if sfw
                    else c.pick(["None", "None", "Soft"]),
                )
            if prompt is not None and k == 0 and vi == 0:
                img["meta"] = {
                    "prompt": prompt,
                    "negativePrompt": "lowres, bad hands, watermark, signature",
                    "sampler": c.pick(SAMPLERS),
                    "steps": c.rng.randrange(20, 41),
                    "cfgScale": c.pick([3, 4.5, 5, 7]),
                    "seed": c.rng.randrange(10**10),
                    "Size": "832x1216",
                }
            images.append(img)
        version: dict[str, Any] = {
            "id": vid,
            "name": spec["name"],
            "baseModel": c.pick(BASES),
            "createdAt": ("2025-0" if new else "2023-0")
            + f"{c.rng.randrange(1, 10)}-{c.rng.randrange(10, 29)}T09:41:00.000Z",
            "description": spec.get("description"),
            "trainedWords": spec.get("trained") or [],
            "files": [
                {
                    "id": vid + 5,
                    "sizeKB": round(c.rng.uniform(9000, 230000), 2),
                    "name": spec.get("file") or fileish(name) + ext,
                    "type": "Model",
                    "pickleScanResult": "Success",
                    "virusScanResult": "Success",
                    "metadata": {
                        "format": "SafeTensor" if ext != ".pt" else "PickleTensor",
                        "size": "pruned" if mtype == "Checkpoint" else None,
                        "fp": c.pick(["fp16", "bf16"]),
                    },
                    "hashes": {"AutoV2": c.hexs(10).upper(), "SHA256": c.hexs(64).upper()},
                    "downloadUrl": f"https://civitai.com/api/download/models/{vid}",
                    "primary": True,
                }
            ],
            "images": images,
            "downloadUrl": f"https://civitai.com/api/download/models/{vid}",
        }
        if new:
            version.update(
                index=vi,
                baseModelType="Standard",
                publishedAt=version["createdAt"],
                status="Published",
                availability="Public",
                nsfwLevel=(1 | 4 | 16) if sexual else 1 if sfw else c.pick([1, 3]),
                covered=True,
                stats={
                    "downloadCount": c.rng.randrange(5, 6000),
                    "ratingCount": 0,
                    "rating": 0,
                    "thumbsUpCount": c.rng.randrange(120),
                    "thumbsDownCount": 0,
                },
            )
        else:
            version.update(modelId=mid, earlyAccessTimeFrame=0)
        out_versions.append(version)
    item: Item = {
        "id": mid,
        "name": name,
        "description": desc,
        "allowNoCredit": c.rng.random() < 0.75,
        "allowCommercialUse": c.pick([["Image"], ["Sell", "Image", "Rent"], []])
        if new
        else c.pick(["Image", "Rent", "None"]),
        "allowDerivatives": c.rng.random() < 0.9,
        "allowDifferentLicense": c.rng.random() < 0.5,
        "type": mtype,
    }
    if new:
        item.update(
            minor=minor_flag,
            sfwOnly=minor_flag,
            poi=False,
            nsfw=sexual,
            nsfwLevel=(1 | 4 | 16) if sexual else 1 if sfw else c.pick([1, 3]),
            availability="Public",
            cosmetic=None,
            supportsGeneration=c.rng.random() < 0.6,
        )
    else:
        item.update(poi=False, nsfw=sexual)
    stats: dict[str, Any] = {
        "downloadCount": c.rng.randrange(20, 15000),
        "favoriteCount": c.rng.randrange(0, 300),
    }
    if new:
        stats.update(
            thumbsUpCount=c.rng.randrange(400),
            thumbsDownCount=0,
            commentCount=c.rng.randrange(40),
            ratingCount=0,
            rating=0,
            tippedAmountCount=c.rng.randrange(9),
        )
    else:
        stats.update(
            commentCount=c.rng.randrange(40),
            ratingCount=c.rng.randrange(30),
            rating=round(c.rng.uniform(4.1, 5), 2),
        )
    user = c.pick(UPLOADERS)
    item.update(
        stats=stats,
        creator={
            "username": user,
            "image": f"https://image.civitai.com/xG1nkqKTMzGDvpLrqFT7WA/{c.hexs(8)}/"
            f"width=96/{user}.jpeg",
        },
        tags=tags,
        modelVersions=out_versions,
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
    library: str = "diffusers",
) -> Item:
    """A Hugging Face ModelInfo item as /api/models?full=true&cardData=true returns it."""
    c.once("hf:" + repo)
    base = card.get("base_model")
    extra = ["diffusers", "text-to-image"] if library == "diffusers" else [library, pipeline]
    if isinstance(base, str):
        extra.append(f"base_model:adapter:{base}" if "lora" in tags else f"base_model:{base}")
    if sexual:
        extra.append("not-for-all-audiences")
    lic = card.get("license")
    all_tags = [*tags, *extra, *([f"license:{lic}"] if lic else []), "region:us"]
    sib = []
    for f in [".gitattributes", "README.md", *(files or ["pytorch_lora_weights.safetensors"])]:
        s: dict[str, Any] = {"rfilename": f}
        if f.endswith((".safetensors", ".bin", ".pth", ".onnx", ".pt")):
            s["lfs"] = {
                "sha256": c.hexs(64),
                "size": c.rng.randrange(10**6, 7 * 10**9),
                "pointerSize": 135,
            }
        sib.append(s)
    return {
        "_id": c.hexs(24),
        "id": repo,
        "modelId": repo,
        "author": repo.split("/")[0],
        "sha": c.hexs(40),
        "createdAt": f"2025-0{c.rng.randrange(1, 10)}-2{c.rng.randrange(0, 9)}T07:12:00.000Z",
        "lastModified": f"2025-10-0{c.rng.randrange(1, 10)}T13:05:00.000Z",
        "private": False,
        "disabled": False,
        "gated": c.pick([False, False, "auto", "manual"]),
        "downloads": c.rng.randrange(0, 12000),
        "likes": c.rng.randrange(0, 140),
        "library_name": library,
        "tags": all_tags,
        "pipeline_tag": pipeline,
        "cardData": card,
        "siblings": sib,
    }


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
        "aliases": [a for a in dict.fromkeys(aliases or []) if a != target],
    }


def ptags(c: Ctx, *more: str) -> list[str]:
    pool = ["realistic", "photorealistic", "portrait", "person", "celebrity", "face", "real"]
    return [*c.rng.sample(pool, 2), *more]


def dataset(c: Ctx, what: str) -> str:
    n = c.rng.randrange(28, 160)
    return c.pick(
        [
            f"{n} images ({what}), bucketed, {c.rng.randrange(6, 30)} epochs.",
            f"Dataset: {what} — {n} pictures, hand-cropped.",
            f"Trained from {n} photos: {what}.",
        ]
    )


def ea_aliases(n: dict[str, Any]) -> list[str]:
    out = [n["script"], n["script"].replace(" ", ""), f"{n['given']} {n['family']}"]
    if n["reading"]:
        out.append(n["reading"])
    out += folded(n["full"], f"{n['given']} {n['family']}")
    return out


# ---------------------------------------------------------------- positives: public figures


def p_pipe_trade_title(c: Ctx) -> Made:
    g = c.gender(0.68)
    given, family = c.person(g)
    full, job, land = f"{given} {family}", c.pick(c.v["TRADES"]), c.pick(c.v["COUNTRIES"])
    sexual = c.rng.random() < 0.15
    caps = c.rng.random() < 0.4
    shown = full.upper() if caps else full
    title = c.say(
        [f"{shown} | {job}", f"{shown} | {land} {job} | {c.pick(BASES)}"],
        [f"{shown} ‖ {job} ({land})", f"【{shown}】{job}"],
    )
    pr = ("she", "her") if g == "female" else ("he", "his")
    lead = c.say(
        [
            f"{full}, the {land} {job}. {dataset(c, 'press days and stage shots')}",
            f"Likeness of {full} ({job}). {pr[0].capitalize()} has a very distinct smile, so "
            f"captions keep {pr[1]} teeth visible.",
        ],
        [
            f"{land} {job}: {full}. Images from {pr[1]} public appearances, 2019-2025.",
            f"My take on {full}; {pr[0]} is hard to train because {pr[1]} look changes a lot.",
        ],
    )
    if sexual:
        lead += " Gallery has NSFW previews, blur them in your settings."
    desc = html(lead, *extras(c, f"{squash(full)}, {c.pick(['smiling', 'serious', 'laughing'])}"))
    trig = full.upper().replace(" ", "_") if caps else squash(full)
    item = civ(c, name=title, desc=desc, tags=ptags(c), trained=[trig], sexual=sexual)
    return item, facts("public_figure", full, g, [full.upper()] if caps else [])


CJK_WORDS = {
    "female": [("美女", "zh"), ("女性", "ja"), ("여자", "ko"), ("女演员", "zh"), ("여배우", "ko")],
    "male": [("男演员", "zh"), ("남자 배우", "ko"), ("男性", "ja")],
}


def p_cjk_gender_word(c: Ctx) -> Made:
    g = c.cycle("cjk")
    word, culture = c.pick(CJK_WORDS[g])
    n = c.ea(culture, g)
    title = c.say(
        [f"{n['script']} {word} LoRA", f"{n['full']} / {n['script']} ({word})"],
        [f"[{word}] {n['script']}", f"{word} · {n['script']} · {n['full']}"],
    )
    desc = html(
        f"{n['script']}（{n['full']}）{word}。" + dataset(c, "drama stills and press calls"),
        *extras(c, f"{squash(n['full'])}"),
    )
    item = civ(c, name=title, desc=desc, tags=ptags(c, word), trained=[squash(n["full"])])
    return item, facts("public_figure", n["full"], g, ea_aliases(n))


def p_furigana_reading(c: Ctx) -> Made:
    g = c.gender(0.75)
    n = c.ea("ja", g)
    job = {"female": "声優・女優", "male": "俳優"}[g]
    desc = html(
        f"<h2>{n['script']}（{n['reading']}）</h2>",
        c.say(
            [
                f"{job}。Romanised: {n['family']} {n['given']}.",
                f"Japanese {'actress' if g == 'female' else 'actor'}; reading {n['reading']}.",
            ],
            [
                f"読み：{n['reading']} ／ {job}",
                f"{job} — {n['given']} {n['family']} in Western order.",
            ],
        ),
        *extras(c, squash(n["full"])),
    )
    item = civ(c, name=f"{n['script']}（{n['reading']}）", desc=desc, tags=ptags(c, "japanese"))
    return item, facts("public_figure", n["full"], g, ea_aliases(n))


def p_pinyin_tone_marks(c: Ctx) -> Made:
    g = c.gender(0.7)
    n = c.ea("zh", g)
    job = {"female": "女歌手", "male": "男歌手"}[g]
    title = c.say(
        [f"{n['reading']} {n['script']}", f"{n['script']} ({n['reading']})"],
        [f"{n['reading']} — {job}", f"{n['script']}｜{n['reading']}"],
    )
    desc = html(
        f"{n['script']}，{job}。Pinyin: {n['reading']}. " + dataset(c, "concert photos, 2020-2024"),
        *extras(c, squash(n["full"])),
    )
    item = civ(c, name=title, desc=desc, tags=ptags(c, "chinese"), trained=[n["script"]])
    return item, facts("public_figure", n["full"], g, ea_aliases(n))


def p_taiwan_hyphen_roman(c: Ctx) -> Made:
    fam, giv, script, g = c.take("TAIWAN")
    full = c.fresh(f"{fam} {giv}")
    job = {"female": "女主播", "male": "男主播"}[g]
    title = c.say(
        [f"{giv} {fam} {script}", f"{script} {fam} {giv.replace('-', ' ')}"],
        [f"{script}｜{job}", f"{fam.upper()} {giv} ({script})"],
    )
    desc = html(f"{script}（{giv} {fam}），台灣{job}。", *extras(c, squash(full)))
    item = civ(c, name=title, desc=desc, tags=ptags(c, "taiwan"))
    al = [script, f"{giv} {fam}", f"{fam} {giv.replace('-', '')}", f"{fam} {giv.replace('-', ' ')}"]
    return item, facts("public_figure", full, g, al)


def p_cantonese_english_name(c: Ctx) -> Made:
    eng, fam, giv, script, g = c.take("HONGKONG")
    full = c.fresh(f"{eng} {fam}")
    long = f"{eng} {fam} {giv}"
    job = {"female": "歌手、女演員", "male": "演員、主持"}[g]
    title = c.say(
        [f"{long} {script}", f"{script} {eng} {fam}"],
        [f"{fam.upper()} {giv}, {eng} ({script})", f"{eng} {fam} | {job}"],
    )
    desc = html(
        f"{script}（英文名 {eng}），香港{job}。Also credited as {fam} {giv}.",
        *extras(c, squash(full)),
    )
    item = civ(c, name=title, desc=desc, tags=ptags(c, "hong kong"))
    return item, facts("public_figure", full, g, [long, f"{fam} {giv}", script])


def p_hangul_latin_mixed_title(c: Ctx) -> Made:
    g = c.gender(0.75)
    n = c.ea("ko", g)
    job = {"female": "배우", "male": "배우"}[g]
    pr = c.say(
        [f"{'She' if g == 'female' else 'He'} debuted in 2017."],
        [f"Fans say {'her' if g == 'female' else 'his'} best role is still the first one."],
    )
    title = c.say(
        [f"{n['full']} {n['script']} | {job}", f"{n['script']}_{n['given'].replace('-', '')}"],
        [f"{n['script']} ({n['full'].upper()})", f"[KR] {n['given']} {n['family']} {n['script']}"],
    )
    desc = html(
        f"{n['script']} / {n['full']} — Korean {job} (actor). {pr}", *extras(c, squash(n["full"]))
    )
    item = civ(c, name=title, desc=desc, tags=ptags(c, "korean"))
    return item, facts("public_figure", n["full"], g, ea_aliases(n))


KIN = {
    "female": [("언니", "ko"), ("姐姐", "zh"), ("お姉さん", "ja")],
    "male": [("오빠", "ko"), ("哥哥", "zh"), ("お兄さん", "ja")],
}


def p_fan_kinship_term(c: Ctx) -> Made:
    g = c.cycle("kin")
    word, culture = c.pick(KIN[g])
    n = c.ea(culture, g)
    lead = c.say(
        [
            f"Fan-made LoRA of our {word} {n['script']} ({n['full']}) 💕 {dataset(c, 'fancams')}",
            f"{n['full']} {word}!! {n['script']} fans, this one is for you.",
        ],
        [
            f"For every fan who calls {n['full']} '{word}' — {n['script']}.",
            f"{word} {n['script']} ({n['given']} {n['family']}), from fansite photos.",
        ],
    )
    item = civ(
        c,
        name=f"{n['script']} {word} ({n['full']})",
        desc=html(lead, *extras(c, squash(n["full"]))),
        tags=ptags(c, "fanmade"),
    )
    return item, facts("public_figure", n["full"], g, ea_aliases(n))


def p_girlgroup_position(c: Ctx) -> Made:
    n = c.ea(c.pick(["ko", "ko", "ja", "zh"]), "female")
    group, pos = c.pick(c.v["GIRLGROUPS"]), c.pick(c.v["POSITIONS"])
    stage = n["given"].split("-")[0].upper() + c.pick(["", "I", "Y"])
    title = c.say(
        [f"{stage} ({group}) — {n['full']}", f"{group} {stage} | 걸그룹 {pos}"],
        [f"{n['script']} of {group} [{pos}]", f"{group}'s {stage} aka {n['full']}"],
    )
    desc = html(
        f"{stage}, {pos} of the girl group {group}. Real name {n['full']} ({n['script']}).",
        *extras(c, f"{squash(n['full'])}, stage outfit"),
    )
    item = civ(
        c,
        name=title,
        desc=desc,
        tags=ptags(c, "kpop", "idol"),
        trained=[f"{stage.lower()}_{squash(group)}"],
    )
    return item, facts("public_figure", n["full"], "female", [*ea_aliases(n), stage])


def p_thai_nickname_trade(c: Ctx) -> Made:
    given, family, nick, script, g = c.take("THAI")
    full = c.fresh(f"{given} {family}")
    word = "นักแสดงหญิง" if g == "female" else "นักแสดงชาย"
    title = c.say(
        [f"{nick} {given} {family}", f"{script} ({nick})"],
        [f"น้อง{nick} | {full}", f"{nick.upper()} {family.upper()}"],
    )
    desc = html(f"{script} — ชื่อเล่น {nick}, {word}. Thai series stills.", *extras(c, squash(full)))
    item = civ(c, name=title, desc=desc, tags=ptags(c, "thai"))
    return item, facts("public_figure", full, g, [nick, script, f"{nick} {family}"])


def p_vietnamese_thi_van(c: Ctx) -> Made:
    fam, mid, giv, g = c.take("VIETNAMESE")
    full = c.fresh(f"{fam} {mid} {giv}")
    title = c.say(
        [f"{full} (ca sĩ)", f"{ascii_fold(full)} LoRA"], [f"Ca sĩ {full}", f"{full.upper()}"]
    )
    desc = html(
        c.say(
            [f"{full}, ca sĩ. Ảnh từ các buổi diễn.", f"LoRA {full} — ảnh sân khấu và họp báo."],
            [f"Người mẫu ảnh {full}: ảnh tạp chí.", f"{full} · MC truyền hình · ảnh hậu trường."],
        ),
        *extras(c, squash(full)),
    )
    item = civ(c, name=title, desc=desc, tags=["vietnam", "portrait", "realistic"])
    return item, facts("public_figure", full, g, folded(full) + [f"{giv} {fam}"])


def p_turkish_honorific(c: Ctx) -> Made:
    given, family, g = c.take("TURKISH")
    full = c.fresh(f"{given} {family}")
    hon = "Hanım" if g == "female" else "Bey"
    desc = html(
        c.say(
            [
                f"{given} {hon} ({full}) — dizi oyuncusu. Set fotoğraflarından.",
                f"{full}. {given} {hon} için hayran çalışması.",
            ],
            [f"Sunucu {given} {hon}, yani {full}.", f"{full} · {given} {hon} · televizyon"],
        ),
        *extras(c, squash(full)),
    )
    item = civ(c, name=f"{full} ({given} {hon})", desc=desc, tags=ptags(c, "turkish"))
    return item, facts("public_figure", full, g, [f"{given} {hon}", *folded(full)])


def p_persian_script_trade(c: Ctx) -> Made:
    given, family, script, g = c.take("PERSIAN")
    full = c.fresh(f"{given} {family}")
    hon = "خانم" if g == "female" else "آقای"
    desc = html(f"{hon} {script} — بازیگر سینما. {full}, Iranian cinema.", *extras(c, squash(full)))
    title = c.say(
        [f"{script} | {full}", f"{full} ({hon} {script.split()[1]})"],
        [f"{hon} {script}", f"{full.upper()} · {script}"],
    )
    item = civ(c, name=title, desc=desc, tags=ptags(c, "iran"))
    return item, facts("public_figure", full, g, [script])


def p_arabic_script_trade(c: Ctx) -> Made:
    given, family, script, g = c.take("ARABIC")
    full = c.fresh(f"{given} {family}")
    word = c.pick(["ممثلة", "مذيعة", "مغنية"]) if g == "female" else c.pick(["ممثل", "مذيع"])
    desc = html(
        f"{script}، {word}. {full} — portraits from TV interviews.", *extras(c, squash(full))
    )
    title = c.say([f"{full} {script}", f"{script} ({word})"], [f"{word} {script} | {full}", full])
    item = civ(c, name=title, desc=desc, tags=ptags(c, "arab"))
    return item, facts("public_figure", full, g, [script, *folded(full)])


def p_indic_script_trade(c: Ctx) -> Made:
    given, family, script, word, g = c.take("INDIC")
    full = c.fresh(f"{given} {family}")
    desc = html(f"{script} — {word}. {full}, film stills and events.", *extras(c, squash(full)))
    title = c.say(
        [f"{full} ({script})", f"{script} | {word}"],
        [f"{word} {full}", f"{family.upper()} {given}"],
    )
    item = civ(c, name=title, desc=desc, tags=ptags(c, "india"))
    return item, facts("public_figure", full, g, [script, f"{family} {given}"])


def p_yoruba_oriki_name(c: Ctx) -> Made:
    given, family, hon, g = c.take("YORUBA")
    full = c.fresh(f"{given} {family}")
    desc = html(f"{hon} {full} — Nollywood. Àwòrán láti ibi ayẹyẹ.", *extras(c, squash(full)))
    item = civ(
        c,
        name=c.pick([f"{hon} {full}", f"{ascii_fold(full)} (Nollywood)"]),
        desc=desc,
        tags=ptags(c, "nigeria"),
    )
    return item, facts("public_figure", full, g, [*folded(full), f"{hon} {full}"])


def p_slavic_feminine_surname(c: Ctx) -> Made:
    given, fem, masc, word, lang = c.take("SLAVIC")
    full = c.fresh(f"{given} {fem}")
    desc = html(
        c.say(
            [
                f"{full} ({lang} {word}). Stills from theatre and TV.",
                f"{word.capitalize()} {full}.",
            ],
            [f"{full} — {word}, {lang}. Portrety z festiwali.", f"{lang}: {word} {full}."],
        ),
        *extras(c, squash(full)),
    )
    item = civ(c, name=f"{full}", desc=desc, tags=ptags(c))
    return item, facts("public_figure", full, "female", folded(full))


def p_filipino_ate_kuya(c: Ctx) -> Made:
    given, family, kin, g = c.take("FILIPINO")
    full = c.fresh(f"{given} {family}")
    desc = html(
        c.say(
            [
                f"Para sa mga fans ni {kin} {given}! {full}, teleserye star.",
                f"{kin} {given} ({full}) — mula sa mga teleserye at noontime show.",
            ],
            [f"Salamat {kin} {given}! LoRA ni {full}.", f"{full}, tawag ng fans: {kin} {given}."],
        ),
        *extras(c, squash(full)),
    )
    item = civ(c, name=f"{kin} {given} — {full}", desc=desc, tags=ptags(c, "pinoy"))
    return item, facts("public_figure", full, g, [f"{kin} {given}"])


def p_apodo_article_gender(c: Ctx) -> Made:
    art, nick, given, family, g = c.take("APODOS")
    full = c.fresh(f"{given} {family}")
    apodo = f"{art} {nick}"
    desc = html(
        c.say(
            [
                f"«{apodo}» — {full}. Fotos de conciertos y entrevistas.",
                f"{full}, {'conocida' if g == 'female' else 'conocido'} como {apodo}.",
            ],
            [f"{apodo} ({full}), telenovelas y teatro.", f"Modelo de {full}, alias «{apodo}»."],
        ),
        *extras(c, squash(full)),
    )
    item = civ(c, name=f"{apodo} ({given} {family.split()[0]})", desc=desc, tags=ptags(c))
    return item, facts(
        "public_figure", full, g, [apodo, f"{given} {family.split()[0]}", *folded(full)]
    )


def p_trade_word_in_tag(c: Ctx) -> Made:
    given, family = c.person("unisex")
    word, lang, g = c.take("FOREIGN_TRADE")
    full = f"{given} {family}"
    desc = html(
        c.say(
            [f"{full}. {dataset(c, 'festival photos')}", f"LoRA for {full}, portraits only."],
            [f"Portraits of {full}, mostly from award nights.", f"{full} — press shots."],
        ),
        *extras(c, squash(full), lang=False),
    )
    item = civ(c, name=f"{full}", desc=desc, tags=["realistic", word, lang.lower()])
    return item, facts("public_figure", full, g)


def p_noun_surname_caps(c: Ctx) -> Made:
    g = c.gender(0.7)
    given = c.pick(c.v["GIVEN_F" if g == "female" else "GIVEN_M"])
    family = c.pick(c.v["NOUN_SURNAMES"])
    full = c.fresh(f"{given} {family}")
    job = c.pick(c.v["TRADES"])
    pr = "her" if g == "female" else "his"
    title = c.say(
        [f"{given.upper()} {family.upper()}", f"{family.upper()}, {given} — {job}"],
        [f"{given}_{family}_{job.split()[0]}", f"{full} ({job})"],
    )
    desc = html(f"{full}, {job}; {pr} interviews and match photos.", *extras(c, squash(full)))
    item = civ(
        c, name=title, desc=desc, tags=ptags(c), trained=[f"{given.lower()}{family.lower()}"]
    )
    return item, facts("public_figure", full, g, [f"{family} {given}", full.upper()])


def p_merge_recipe_people(c: Ctx) -> Made:
    k = c.pick([2, 2, 3])
    people = []
    for _ in range(k):
        g = c.gender(0.8)
        given, family = c.person(g)
        people.append((f"{given} {family}", g))
    w = [c.pick(["0.5", "0.4", "0.3", "0.6"]) for _ in people]
    rows = "\n".join(f"<lora:{squash(p)}:{x}>" for (p, _), x in zip(people, w, strict=True))
    names = " + ".join(p for p, _ in people)
    desc = html(
        c.say(
            [f"A face blend: {names}. Recipe below.", f"Mixed faces of {names} into one."],
            [f"Blend of {names}; each weight in the block.", f"Who is in it: {names}."],
        ),
        code(rows),
        *extras(c),
    )
    g = people[0][1]  # the first person's, as the target is the first
    item = civ(
        c,
        name=c.pick(["Face Fusion " + str(c.rng.randrange(2, 9)), f"{names} blend"]),
        desc=desc,
        tags=["blend", "realistic"],
    )
    return item, facts("public_figure", people[0][0], g, targets=[p for p, _ in people])


def p_biopic_casting(c: Ctx) -> Made:
    g = c.gender(0.7)
    given, family = c.person(g)
    full = f"{given} {family}"
    who = c.pick(c.v["HISTORICAL"])
    film = c.pick(c.v["MUSICALS"])
    role = "actress" if g == "female" else "actor"
    desc = html(
        c.say(
            [
                f"{full} in costume as {who} from the biopic '{film}'. Stills only.",
                f"The film '{film}': {full} plays {who}. The {role}'s face, period make-up.",
            ],
            [
                f"Period look: {who}, as played by {full} in '{film}'.",
                f"'{film}' (2024) — {full}'s portrayal of {who}.",
            ],
        ),
        *extras(c, f"{squash(full)}, period costume"),
    )
    item = civ(c, name=f"{film} — {full}", desc=desc, tags=["film", "costume", "realistic"])
    return item, facts("public_figure", full, g)


def p_stage_musical_role(c: Ctx) -> Made:
    g = c.gender(0.65)
    given, family = c.person(g)
    full = f"{given} {family}"
    role, show = c.pick(c.v["ROLES"]), c.pick(c.v["MUSICALS"])
    desc = html(
        c.say(
            [
                f"{role} from the West End musical '{show}', as played by {full}.",
                f"Stage photos of '{show}': {full} as {role}.",
            ],
            [f"{full} ({role}, '{show}', 2023 cast).", f"Original cast: {role} — {full}."],
        ),
        *extras(c, f"{squash(full)}, stage costume"),
    )
    item = civ(
        c,
        name=c.pick([f"{role} ({show})", f"{role} - {full}"]),
        desc=desc,
        tags=["theatre", "realistic"],
    )
    return item, facts("public_figure", full, g)


def p_fictional_claim_real_name(c: Ctx) -> Made:
    g = c.gender(0.75)
    given, family = c.person(g)
    full = f"{given} {family}"
    job = c.pick(c.v["TRADES"])
    desc = html(
        f"{full} ({job}). " + dataset(c, "red carpets and TV"),
        c.say(
            [
                "Disclaimer: any resemblance is coincidental; this is a fictional character.",
                "<i>All images depict a fictional character. Not affiliated with anyone.</i>",
            ],
            [
                "Note: fictional character, for parody only.",
                "This LoRA portrays a fictional character and no real person (wink).",
            ],
        ),
        *extras(c, squash(full)),
    )
    item = civ(c, name=full, desc=desc, tags=ptags(c))
    return item, facts("public_figure", full, g)


def p_petite_uniform_adult(c: Ctx) -> Made:
    culture = c.pick(["ko", "ja", "zh"])
    n = c.ea(culture, "female")
    age = c.rng.randrange(22, 34)
    job = c.pick(["gravure model", "drama actress", "idol", "cosplay model", "fashion influencer"])
    words = c.pick(
        [
            "cute, petite",
            "petite, school uniform",
            "cute, school uniform costume",
            "kawaii, small frame, petite",
        ]
    )
    desc = html(
        f"{n['full']} ({n['script']}), {job}, {age} years old. Tags: {words}.",
        c.say(
            ["Her concept shoots use a costume school uniform.", "She is known for the cute look."],
            ["Petite frame, cute styling; adult model.", "Her drama role wore a school uniform."],
        ),
        *extras(c, f"{squash(n['full'])}, {words}"),
    )
    item = civ(
        c, name=f"{n['full']} {n['script']} | {words}", desc=desc, tags=["cute", "petite", "asian"]
    )
    return item, facts("public_figure", n["full"], "female", ea_aliases(n))


def p_minor_profile_age(c: Ctx) -> Made:
    g = c.cycle("minor")
    given, family = c.person(g)
    full = f"{given} {family}"
    age = c.rng.randrange(12, 17)
    sport = c.pick(["figure skating", "table tennis", "gymnastics", "diving"])
    prof = c.say([f"Age: {age}", f"{age} years old"], [f"aged {age}", f"({age}yo)"])
    desc = html(
        f"{full}. Profile: {sport}, {prof}, national squad.",
        settings(c),
    )
    item = civ(c, name=f"{full} ({sport})", desc=desc, tags=["sport", "portrait"], sfw=True)
    return item, facts("public_figure", full, g)


def p_minor_youth_league(c: Ctx) -> Made:
    g = c.cycle("minor")
    given, family = c.person(g)
    full = f"{given} {family}"
    sport = c.pick(c.v["SPORTS"])
    where = c.say(
        [f"U-16 {sport} national team", f"junior high {sport} club captain"],
        [f"U-17 {sport} squad", f"high schooler, {sport} prodigy"],
    )
    desc = html(f"{full} — {where}. Match photos.", settings(c))
    item = civ(c, name=f"{full} | {sport}", desc=desc, tags=["sport", "portrait"], sfw=True)
    return item, facts("public_figure", full, g)


def p_pronoun_in_changelog(c: Ctx) -> Made:
    given, family = c.person("unisex")
    g = c.cycle("pcl")
    full = f"{given} {family}"
    pr = ("she", "her") if g == "female" else ("he", "his")
    job = c.pick(["chef", "urban planner", "speed climber", "astronomer", "jazz drummer"])
    log = "<h3>Changelog</h3>" + bullets(
        f"v3 — {full} liked v2 and {pr[0]} sent a few of {pr[1]} own photos",
        "v2 — dataset cleaned",
        "v1 — first try",
    )
    desc = html(f"{full}, {job}. Portraits.", log, settings(c), c.pick(NOTES))
    item = civ(c, name=f"{full} [{c.pick(BASES)}]", desc=desc, tags=["realistic", "person"])
    return item, facts("public_figure", full, g)


CYR = str.maketrans(
    {
        "a": "а",
        "e": "е",
        "o": "о",
        "i": "и",
        "u": "у",
        "k": "к",
        "m": "м",
        "t": "т",
        "n": "н",
        "r": "р",
        "s": "с",
        "l": "л",
        "v": "в",
        "d": "д",
        "b": "б",
        "g": "г",
        "z": "з",
        "p": "п",
        "f": "ф",
        "h": "х",
        "y": "й",
        "A": "А",
        "E": "Е",
        "O": "О",
        "I": "И",
        "K": "К",
        "M": "М",
        "T": "Т",
        "N": "Н",
        "R": "Р",
        "S": "С",
        "L": "Л",
        "V": "В",
        "D": "Д",
        "B": "Б",
        "G": "Г",
        "Z": "З",
        "P": "П",
        "F": "Ф",
        "H": "Х",
        "Y": "Й",
        "U": "У",
    }
)


def p_script_variants_one_person(c: Ctx) -> Made:
    g = c.gender(0.7)
    given, family = c.person(g)
    full = f"{given} {family}"
    cyr = full.translate(CYR)
    job = "певица" if g == "female" else "певец"
    desc = html(
        c.say(
            [
                f"{cyr} ({full}), {job}. Same person, two spellings.",
                f"Latin: {full} · Cyrillic: {cyr} — {job}.",
            ],
            [f"{cyr} — {job}. In Latin letters: {full}.", f"{full} / {cyr}"],
        ),
        *extras(c, squash(full)),
    )
    item = civ(c, name=c.pick([f"{cyr} | {full}", cyr]), desc=desc, tags=ptags(c))
    return item, facts("public_figure", full, g, [cyr])


def p_trigger_caps_underscore(c: Ctx) -> Made:
    g = c.gender(0.7)
    given, family = c.person(g)
    full = f"{given} {family}"
    trig = f"{given.upper()}_{family.upper()}"
    desc = html(
        c.say(
            [
                f"Trigger: <code>{trig}</code>. {dataset(c, 'event photos')}",
                f"Use {trig} in the prompt. Celebrity face.",
            ],
            [f"Activation token {trig} (all caps!).", f"Keyword {trig}; weight 0.8."],
        ),
        *extras(c, trig),
    )
    item = civ(
        c,
        name=trig,
        desc=desc,
        tags=ptags(c),
        trained=[trig],
        fname=f"{trig}_v{c.rng.randrange(2, 6)}-000{c.rng.randrange(10, 40)}.safetensors",
    )
    return item, facts("public_figure", full, g, [trig])


def p_version_tag_name(c: Ctx) -> Made:
    g = c.gender(0.7)
    given, family = c.person(g)
    full = f"{given} {family}"
    tag = c.pick(["v3 [Flux]", "(SDXL v2.1)", "- Pony v4", "[Illu] v1.5", "_v2_e14"])
    job = c.pick(c.v["TRADES"])
    desc = html(
        f"{full}, {job}. New version for the new base; the old ones stay up.",
        *extras(c, squash(full)),
    )
    stem = fileish(full)
    versions = [
        {"name": name, "trained": [squash(full)], "description": note, "file": f"{stem}_{fn}{ST}"}
        for name, note, fn in [
            ("v3 Flux", "Flux retrain, 1024px.", "v3_flux"),
            ("v2 SDXL", "SDXL, better skin.", "v2_sdxl"),
            ("v1 SD1.5", "First release.", "v1_sd15"),
        ][: c.rng.randrange(2, 4)]
    ]
    item = civ(c, name=f"{full} {tag}", desc=desc, tags=ptags(c), versions=versions)
    return item, facts("public_figure", full, g)


def p_hf_hyphen_script_repo(c: Ctx) -> Made:
    culture = c.pick(["ko", "ja", "zh"])
    g = c.gender(0.7)
    n = c.ea(culture, g)
    owner = c.pick(["lorafoundry", "hanbit-ai", "sakura-weights", "dragonpeak"])
    repo = f"{owner}/{slug(n['full'])}-flux-lora"
    card = {
        "license": "other",
        "tags": ["lora", "flux"],
        "base_model": "black-forest-labs/FLUX.1-dev",
        "instance_prompt": f"photo of {n['script']}",
        "widget": [{"text": f"{n['script']}, {('woman' if g == 'female' else 'man')}, portrait"}],
    }
    item = hf(c, repo=repo, tags=["lora", "flux", "template:sd-lora"], card=card)
    return item, facts("public_figure", n["full"], g, [*ea_aliases(n), slug(n["full"])])


def p_hf_dreambooth_token(c: Ctx) -> Made:
    g = c.gender(0.7)
    given, family = c.person(g)
    full = f"{given} {family}"
    word = "woman" if g == "female" else "man"
    card = {
        "license": "creativeml-openrail-m",
        "tags": ["dreambooth"],
        "base_model": "stabilityai/stable-diffusion-xl-base-1.0",
        "instance_prompt": f"a photo of sks {word}",
        "model_description": f"DreamBooth of {full}, {c.pick(c.v['TRADES'])}. sks = {given}.",
    }
    repo = f"{c.pick(['dbtrainer', 'kohya-runs', 'aster-lab'])}/db-{c.hexs(4)}"
    item = hf(c, repo=repo, tags=["dreambooth", "text-to-image"], card=card)
    return item, facts("public_figure", full, g)


def p_referee_match(c: Ctx) -> Made:
    g = c.cycle("ref")
    given, family = c.person(g)
    full = f"{given} {family}"
    sport = c.pick(c.v["SPORTS"])
    pr = "her" if g == "female" else "his"
    desc = html(
        f"Referee {full} — {pr} whistle, {pr} cards, {sport} finals 2024.", *extras(c, squash(full))
    )
    item = civ(c, name=f"Ref. {full} ({sport})", desc=desc, tags=["sport", "referee", "realistic"])
    return item, facts("public_figure", full, g, [f"Ref. {full}"])


def p_election_candidate_poster(c: Ctx) -> Made:
    g = c.gender(0.6)
    given, family = c.person(g)
    full = f"{given} {family}"
    city = c.pick(c.v["CITIES"])
    pr = "her" if g == "female" else "his"
    desc = html(
        f"Ballot no. {c.rng.randrange(2, 19)}: {full} for the {city} council. "
        f"Trained on {pr} campaign posters.",
        *extras(c, squash(full)),
    )
    item = civ(c, name=f"Vote {family.upper()} — {full}", desc=desc, tags=["politics", "poster"])
    return item, facts("public_figure", full, g, [family.upper()])


def p_pastry_chef_show(c: Ctx) -> Made:
    g = c.gender(0.7)
    given, family = c.person(g)
    full = f"{given} {family}"
    show = c.pick(c.v["SHOWS"])
    pr = "her" if g == "female" else "his"
    desc = html(
        f"Judge {full} of '{show}', {pr} apron and {pr} raised eyebrow.", *extras(c, squash(full))
    )
    item = civ(c, name=f"{full} ({show})", desc=desc, tags=["tv", "chef", "realistic"])
    return item, facts("public_figure", full, g)


def p_nordic_given_only(c: Ctx) -> Made:
    given, family, g = c.take("NORDIC")
    full = c.fresh(f"{given} {family}")
    desc = html(
        c.say(
            [f"{full}, programleder i NRK. Bilder fra sendinger.", f"{full} — norsk programleder."],
            [f"Programleder {full}; pressebilder.", f"{full} (NRK, 2018–2025)."],
        ),
        *extras(c, squash(full)),
    )
    item = civ(c, name=c.pick([full, f"{full} | NRK"]), desc=desc, tags=["realistic", "norway"])
    return item, facts("public_figure", full, g, folded(full))


def p_indonesian_mbak_mas(c: Ctx) -> Made:
    given, family, hon, g = c.take("INDONESIAN")
    full = c.fresh(f"{given} {family}")
    desc = html(
        c.say(
            [
                f"{hon} {given} ({full}), presenter TV. Foto dari acara.",
                f"Untuk fans {hon} {given}! {full}, penyanyi.",
            ],
            [f"{full} — dipanggil {hon} {given}.", f"LoRA {hon} {given} / {full}."],
        ),
        *extras(c, squash(full)),
    )
    item = civ(c, name=f"{hon} {given} — {full}", desc=desc, tags=["indonesia", "realistic"])
    return item, facts("public_figure", full, g, [f"{hon} {given}"])


def p_sitcom_character_actor(c: Ctx) -> Made:
    show, role = c.take("SITCOMS")
    g = c.gender(0.6)
    given, family = c.person(g)
    full = f"{given} {family}"
    desc = html(
        c.say(
            [
                f"{role} from the sitcom '{show}' — the character as played by {full}.",
                f"'{show}' (TV, 2019–2023): {role}, i.e. {full} in costume.",
            ],
            [
                f"{role} ({full}) from '{show}'. Screencaps, seasons 1–4.",
                f"Sitcom '{show}': {full}'s {role}.",
            ],
        ),
        *extras(c, f"{role.lower()}, {squash(full)}"),
    )
    item = civ(c, name=f"{role} ({show})", desc=desc, tags=["tv", "character", "realistic"])
    return item, facts("public_figure", full, g, [role])


# ---------------------------------------------------------------- positives: creators, private


def p_creator_handle_realname(c: Ctx) -> Made:
    g = c.gender(0.72)
    handle = c.take("HANDLES")
    c.once("h:" + handle)
    given, family = c.person(g)
    full = f"{given} {family}"
    pr = ("she", "her") if g == "female" else ("he", "his")
    platform = c.pick(["TikTok", "Instagram", "YouTube", "Xiaohongshu"])
    desc = html(
        c.say(
            [
                f"@{handle} on {platform} ({full}). {pr[0].capitalize()} posts outfit videos.",
                f"{platform} creator @{handle} — real name {full}. Trained on {pr[1]} reels.",
            ],
            [
                f"{full}, better known as @{handle} ({platform}).",
                f"Who: @{handle} / {full}. Clips from {pr[1]} {platform} lives.",
            ],
        ),
        *extras(c, handle.replace(".", "_")),
    )
    title = c.pick([f"@{handle}", f"{handle} ({platform} creator)", f"@{handle} | {full}"])
    item = civ(c, name=title, desc=desc, tags=["influencer", "realistic", platform.lower()])
    return item, facts("online_creator", f"@{handle}", g, [full, handle])


def p_douyin_creator_script(c: Ctx) -> Made:
    script, roman, g = c.take("DOUYIN")
    c.fresh(script)
    word = "小姐姐" if g == "female" else "小哥哥"
    desc = html(
        f"抖音博主「{script}」({roman})，{word}。Vlog stills, 2024.",
        *extras(c, squash(roman)),
    )
    item = civ(
        c,
        name=c.pick([f"抖音 {script}", f"{script} | Douyin"]),
        desc=desc,
        tags=["douyin", "creator"],
    )
    return item, facts("online_creator", script, g, [roman])


def p_mukbang_creator(c: Ctx) -> Made:
    g = c.gender(0.7)
    given, family = c.person(g)
    handle = f"{given.lower()}eats{c.rng.randrange(2, 99)}"
    c.once(handle)
    pr = "her" if g == "female" else "his"
    desc = html(
        c.say(
            [
                f"Mukbang streamer {given} (@{handle}) — {pr} noodle nights.",
                f"@{handle}: {given} {family}'s eating streams.",
            ],
            [f"From {pr} 4-hour mukbangs: @{handle}.", f"{given} {family} aka @{handle}, 먹방."],
        ),
        *extras(c, handle),
    )
    item = civ(c, name=f"@{handle} mukbang", desc=desc, tags=["streamer", "mukbang"])
    return item, facts("online_creator", f"@{handle}", g, [handle, f"{given} {family}", given])


def p_subscription_creator_nsfw(c: Ctx) -> Made:
    g = c.gender(0.9)
    handle = c.take("HANDLES")
    c.once("h:" + handle)
    pr = "her" if g == "female" else "his"
    desc = html(
        c.say(
            [
                f"@{handle} (OnlyFans). Explicit previews, adults only.",
                f"Fansly creator @{handle}. NSFW LoRA.",
            ],
            [f"Spicy set of @{handle}; lewd gallery.", f"@{handle} — {pr} OnlyFans shoots, nude."],
        ),
        *extras(c, handle.replace(".", "_"), lang=False),
    )
    item = civ(c, name=f"@{handle} [NSFW]", desc=desc, tags=["nsfw", "creator"], sexual=True)
    return item, facts("online_creator", f"@{handle}", g, [handle])


def p_private_sibling_gift(c: Ctx) -> Made:
    g = c.cycle("sib")
    name = c.fresh(c.pick(c.v["GIVEN_F" if g == "female" else "GIVEN_M"]))
    rel = (
        c.pick(["big sister", "little sister", "sis"])
        if g == "female"
        else c.pick(["brother", "bro"])
    )
    desc = html(
        c.say(
            [
                f"Made for my {rel} {name}'s birthday, from our family photos. Please don't reuse.",
                f"My {rel} {name} wanted to see herself as a knight, so here we are."
                if g == "female"
                else f"My {rel} {name} wanted a Viking portrait, so here we are.",
            ],
            [f"Gift LoRA — {name}, my {rel}. Private.", f"{name} (my {rel}) from holiday photos."],
        ),
        *extras(c),
    )
    item = civ(c, name=f"{name} (gift)", desc=desc, tags=["personal"])
    return item, facts("private_person", name, g)


def p_private_parent_retirement(c: Ctx) -> Made:
    g = c.cycle("par")
    name = c.fresh(c.pick(c.v["GIVEN_F" if g == "female" else "GIVEN_M"]))
    rel = "mum" if g == "female" else "dad"
    desc = html(
        f"My {rel} {name} retires this month. Portraits for the party slideshow.",
        *extras(c),
    )
    item = civ(c, name=f"{name} retirement portraits", desc=desc, tags=["personal", "family"])
    return item, facts("private_person", name, g)


def p_private_roommate_they(c: Ctx) -> Made:
    name = c.fresh(c.pick(c.v["UNISEX"]))
    desc = html(
        c.say(
            [
                f"My roommate {name}; they said yes to being a LoRA.",
                f"{name} (flatmate) — trained with their permission.",
            ],
            [f"Flatmate {name}, their consent in writing.", f"{name}, my roommate. They love it."],
        ),
        *extras(c),
    )
    item = civ(c, name=f"{name} roommate LoRA", desc=desc, tags=["personal"])
    return item, facts("private_person", name, "unknown")


# ---------------------------------------------------------------- negatives


def _neg(kind: str) -> dict[str, Any]:
    return facts(kind, None, "unknown")


def n_otome_game_lead(c: Ctx) -> Made:
    name, game = c.pick(c.v["OTOME"] + c.v["ANIME"])
    c.once("ch:" + name + str(c.rng.randrange(3)))
    outfit = c.pick(
        ["default outfit", "ball gown", "school uniform", "winter coat", "battle armor"]
    )
    desc = html(
        c.say(
            [
                f"{name} from {game}, {outfit}. Booru tags work.",
                f"Character LoRA: {name} ({game}).",
            ],
            [f"{game} — {name}. Two outfits.", f"{name}, {game}. Anime style, {outfit}."],
        ),
        *extras(c, f"1girl, {slug(name).replace('-', '_')}, {outfit}"),
    )
    item = civ(c, name=f"{name} | {game}", desc=desc, tags=["anime", "character", "game character"])
    return item, _neg("character_anime")


def n_anime_idol_unit(c: Ctx) -> Made:
    name, show = c.pick(c.v["ANIME"])
    c.once("idol:" + name)
    desc = html(
        f"{name}, centre of the anime idol unit in {show}. Stage costume, anime style.",
        *extras(c, f"{slug(name).replace('-', '_')}, idol costume, anime"),
    )
    item = civ(
        c, name=f"{name} (idol unit, {show})", desc=desc, tags=["anime", "idol", "character"]
    )
    return item, _neg("character_anime")


def n_vtuber_outfit_debut(c: Ctx) -> Made:
    name = c.pick(c.v["VTUBERS"])
    c.once("vt:" + name + str(c.rng.randrange(2)))
    desc = html(
        f"{name}'s new outfit from the 3D debut stream. Virtual avatar.", *extras(c, slug(name))
    )
    item = civ(c, name=f"{name} [new outfit]", desc=desc, tags=["vtuber", "anime"])
    return item, _neg("character_vtuber")


def n_light_novel_heroine(c: Ctx) -> Made:
    name, book = c.pick(c.v["NOVELS"] + c.v["ANIME"])
    c.once("ln:" + name)
    desc = html(
        f"{name}, lead of the light novel '{book}', as the cover art draws the character.",
        *extras(c),
    )
    item = civ(c, name=f"{name} ({book} LN)", desc=desc, tags=["character", "novel", "anime"])
    return item, _neg("character_western" if (name, book) in c.v["NOVELS"] else "character_anime")


def n_hf_character_lora_card(c: Ctx) -> Made:
    name, show = c.pick(c.v["ANIME"])
    repo = f"{c.pick(['animeforge', 'waifu-lab', 'cel-shade'])}/{slug(name)}-illustrious"
    card = {
        "license": "other",
        "tags": ["lora", "anime"],
        "base_model": "OnomaAIResearch/Illustrious-xl-early-release-v0",
        "instance_prompt": f"{slug(name).replace('-', '_')}, {slug(show).replace('-', '_')}",
    }
    return hf(c, repo=repo, tags=["lora", "anime"], card=card), _neg("character_anime")


def n_consistent_oc_sheet(c: Ctx) -> Made:
    name = c.pick(c.v["OCS"])
    c.once("oc:" + name)
    desc = html(
        c.say(
            [
                f"{name} is my original character — a made-up face I keep for my comics.",
                f"Consistent character: {name}. She doesn't exist; a seed-locked face.",
            ],
            [
                f"OC sheet for {name}, an invented person for my webtoon.",
                f"{name} — consistent character LoRA, generated face, not a real person.",
            ],
        ),
        *extras(c, f"{squash(name)}, character sheet, turnaround"),
    )
    item = civ(
        c, name=f"{name} — consistent character", desc=desc, tags=["oc", "consistent character"]
    )
    return item, _neg("consistent_character")


def n_fictional_disclaimer_oc(c: Ctx) -> Made:
    name = c.pick(c.v["OCS"])
    c.once("fd:" + name)
    desc = html(
        f"{name} is a fictional character I designed; the face was generated.",
        "Disclaimer: fictional character, any resemblance is coincidental.",
        *extras(c),
    )
    item = civ(c, name=f"{name} (fictional)", desc=desc, tags=["oc", "realistic"])
    return item, _neg("consistent_character")


def n_invented_face_seed(c: Ctx) -> Made:
    seed = c.rng.randrange(10**6, 10**9)
    desc = html(
        c.say(
            [
                f"A made-up face from seed {seed}; reuse it to keep one character.",
                f"Invented person, locked to seed {seed}. No real likeness.",
            ],
            [
                f"Seed {seed} face, nobody real.",
                f"Synthetic face ID {seed} for consistent stories.",
            ],
        ),
        *extras(c, "consistentface"),
    )
    item = civ(
        c, name=f"Made-up face #{seed % 1000}", desc=desc, tags=["face", "consistent character"]
    )
    return item, _neg("consistent_character")


def n_ai_companion_persona(c: Ctx) -> Made:
    name = c.pick(c.v["PERSONAS"])
    c.once("p:" + name + str(c.rng.randrange(2)))
    desc = html(
        f"{name}, an AI companion persona. Virtual, generated, not a real person.", *extras(c)
    )
    item = civ(c, name=f"{name} (AI persona)", desc=desc, tags=["ai influencer", "persona"])
    return item, _neg("consistent_character")


def n_realistic_checkpoint_card(c: Ctx) -> Made:
    name = c.pick(
        ["Lumen", "Porcelain", "Northlight", "Halide", "Trueskin", "Graintone", "Verisim"]
    )
    ver = c.rng.randrange(2, 12)
    c.once(f"ck:{name}{ver}")
    desc = html(
        f"{name} Realism v{ver} — photoreal checkpoint. Good with people, food, architecture.",
        c.pick(["Merged from public bases, no person LoRAs baked in.", "VAE baked in."]),
        *extras(c, "portrait of a woman, freckles"),
    )
    item = civ(
        c,
        name=f"{name} Realism v{ver}",
        desc=desc,
        tags=["checkpoint", "photorealistic"],
        mtype="Checkpoint",
    )
    return item, _neg("checkpoint_realistic")


def n_merge_recipe_models(c: Ctx) -> Made:
    parts = c.rng.sample(
        ["Lumen v4", "Porcelain XL", "Northlight 2", "Halide Pro", "Trueskin", "Verisim"], 3
    )
    c.once("mr:" + "+".join(parts))
    rows = "\n".join(f"{p} x {c.pick(['0.5', '0.3', '0.2'])}" for p in parts)
    desc = html("Merge recipe (checkpoints only):", code(rows), *extras(c))
    item = civ(
        c,
        name=f"{parts[0].split()[0]}-{parts[1].split()[0]} Mix",
        desc=desc,
        tags=["merge", "checkpoint"],
        mtype="Checkpoint",
    )
    return item, _neg("checkpoint_realistic")


def n_hf_realism_base(c: Ctx) -> Made:
    owner = c.pick(["photon-lab", "halide-ai", "truegrain"])
    repo = f"{owner}/realism-{c.pick(['xl', 'flux', 'v3'])}-{c.hexs(3)}"
    card = {
        "license": "openrail++",
        "tags": ["text-to-image", "photorealistic"],
        "base_model": "stabilityai/stable-diffusion-xl-base-1.0",
    }
    return hf(c, repo=repo, tags=["text-to-image"], card=card, files=["model.safetensors"]), _neg(
        "checkpoint_realistic"
    )


def n_school_uniform_outfit(c: Ctx) -> Made:
    what = c.pick(
        [
            "sailor-collar school uniform",
            "blazer school uniform",
            "gakuran",
            "pleated uniform skirt",
        ]
    )
    c.once("su:" + what + str(c.rng.randrange(2)))
    desc = html(
        f"Outfit LoRA: {what} (costume). Works on adult characters; no face.", *extras(c, what)
    )
    item = civ(c, name=f"{what.title()} outfit", desc=desc, tags=["clothing", "uniform"])
    return item, _neg("clothing")


def n_traditional_dress(c: Ctx) -> Made:
    what = c.pick(["hanbok", "áo dài", "qipao", "kebaya", "barong tagalog", "dirndl", "sari drape"])
    c.once("td:" + what)
    desc = html(
        f"{what} — traditional dress, embroidery details kept. Clothing only.", *extras(c, what)
    )
    item = civ(c, name=f"{what.title()} | clothing", desc=desc, tags=["clothing", "traditional"])
    return item, _neg("clothing")


def n_clothing_general(c: Ctx) -> Made:
    what = c.pick(
        [
            "rain poncho",
            "cable-knit cardigan",
            "tactical vest",
            "denim overalls",
            "puffer jacket",
            "linen suit",
            "sequin dress",
            "motorcycle leathers",
            "bucket hat",
            "trench coat",
            "cycling kit",
            "lab coat",
        ]
    )
    c.once("cl:" + what)
    desc = html(f"Clothing LoRA: {what}. Trigger {squash(what)}.", *extras(c, squash(what)))
    item = civ(c, name=what.title(), desc=desc, tags=["clothing"], trained=[squash(what)])
    return item, _neg("clothing")


def n_lighting_camera(c: Ctx) -> Made:
    what = c.pick(
        [
            "Dutch angle",
            "worm's-eye view",
            "split lighting",
            "butterfly lighting",
            "light painting",
            "overhead flat lay",
            "fisheye selfie",
            "over-the-shoulder shot",
            "silhouette at dusk",
            "motion blur pan",
            "candlelight",
            "rim light",
        ]
    )
    c.once("lc:" + what)
    desc = html(f"Concept: {what}. Any subject.", *extras(c, what.lower()))
    item = civ(c, name=f"{what} helper", desc=desc, tags=["concept", "photography"])
    return item, _neg("concept")


def n_film_emulation(c: Ctx) -> Made:
    what = c.pick(
        [
            "Portra-ish warm negative",
            "expired slide film",
            "Polaroid-like instant",
            "tungsten cine look",
            "cross-processed colours",
        ]
    )
    c.once("fe:" + what)
    desc = html(f"{what} emulation. Grain and halation.", *extras(c))
    item = civ(c, name=what.title(), desc=desc, tags=["style", "film"])
    return item, _neg("concept")


def _style(key: str, lines: list[str], hold: list[str], tags: list[str]) -> Callable[[Ctx], Made]:
    def make(c: Ctx) -> Made:
        who = c.pick(c.v[key])
        c.once(key + who)
        desc = html(c.say(lines, hold).format(who=who), *extras(c, f"style of {who}"))
        item = civ(
            c, name=c.pick([f"{who} style", f"In the manner of {who}"]), desc=desc, tags=tags
        )
        return item, _neg("artist_style")

    return make


n_illustrator_linework = _style(
    "ILLUSTRATORS",
    [
        "Linework and flat colour in the style of illustrator {who}. No faces of anyone.",
        "{who}'s ink style: thick outlines, halftone.",
    ],
    ["Picture-book look of {who} (illustrator).", "Style only: {who}, gouache and ink."],
    ["style", "illustration"],
)
n_cinematographer_palette = _style(
    "CINEMATOGRAPHERS",
    [
        "Teal-and-amber palette after cinematographer {who}.",
        "Lighting like DoP {who}'s night scenes.",
    ],
    ["Colour grade inspired by {who}'s films.", "{who} (director of photography) look."],
    ["style", "cinematic"],
)
n_photographer_grain = _style(
    "PHOTOGRAPHERS",
    [
        "Gritty monochrome in the manner of photographer {who}.",
        "Street photos like {who}'s 1970s work.",
    ],
    ["{who}'s high-contrast prints, grain.", "Photographic style: {who}, platinum prints."],
    ["style", "photography"],
)


def _eponym(
    key: str, make_line: Callable[[Any], tuple[str, str]], tags: list[str]
) -> Callable[[Ctx], Made]:
    def make(c: Ctx) -> Made:
        entry = c.pick(c.v[key])
        c.once(key + str(entry) + str(c.rng.randrange(3)))
        line, title = make_line(entry)
        desc = html(line, *extras(c))
        return civ(c, name=title, desc=desc, tags=tags), _neg("concept")

    return make


n_unit_named_person = _eponym(
    "UNITS",
    lambda e: (
        f"Diagram LoRA: the {e[0]} scale ({e[1]}), with gauge illustrations.",
        f"{e[0]} scale diagrams",
    ),
    ["diagram", "concept"],
)
n_lecture_hall_named = _eponym(
    "HALLS",
    lambda e: (
        f"The {e} Lecture Hall — brutalist interior, tiered seats. Architecture only.",
        f"{e} Hall interior",
    ),
    ["architecture", "interior"],
)
n_pastry_named_person = _eponym(
    "PASTRIES",
    lambda e: (f"'{e[0]}' {e[1]}: bakery food photography, no people.", f"{e[0]} {e[1]}"),
    ["food", "concept"],
)
n_glacier_named_person = _eponym(
    "GLACIERS",
    lambda e: (f"{e} Glacier, blue ice and crevasses. Landscape LoRA.", f"{e} Glacier"),
    ["landscape", "ice"],
)
n_orchid_hybrid_named = _eponym(
    "ORCHIDS",
    lambda e: (f"Orchid hybrid '{e}' — petals and macro shots.", f"Orchid '{e}'"),
    ["flower", "macro"],
)
n_chess_variant_named = _eponym(
    "CHESS_VARIANTS",
    lambda e: (f"{e} chess (a variant on a 10x10 board), board renders only.", f"{e} Chess boards"),
    ["game", "board"],
)


def n_trade_word_concept(c: Ctx) -> Made:
    word = c.pick(c.v["NOUN_SURNAMES"])
    c.once("tw:" + word)
    desc = html(
        f"Concept: '{word}' — the thing or the trade, not a person. Scenes and props.",
        *extras(c, word.lower()),
    )
    item = civ(c, name=f"{word} (concept)", desc=desc, tags=["concept"])
    return item, _neg("concept")


def n_brand_mascot_human(c: Ctx) -> Made:
    name = c.pick(["Grandma Pell's", "Uncle Rusk", "Chef Marcelline", "Captain Oaks"])
    c.once("bm:" + name)
    desc = html(
        f"{name} — the cartoon mascot of a cereal brand, drawn, not a real person.", *extras(c)
    )
    item = civ(c, name=f"{name} mascot", desc=desc, tags=["mascot", "cartoon"])
    return item, _neg("character_western")


def n_generic_cute_asian_adult(c: Ctx) -> Made:
    what = c.pick(
        [
            "cute Korean woman",
            "petite Japanese woman",
            "cute Chinese woman",
            "K-beauty face",
            "Thai woman, cute smile",
            "Vietnamese woman, áo dài",
        ]
    )
    c.once("gca:" + what)
    desc = html(f"Generic {what}, adult, 25+. Random faces; no specific person.", *extras(c, what))
    item = civ(c, name=f"{what.title()} (generic)", desc=desc, tags=["asian", "woman", "generic"])
    return item, _neg("generic_face")


def n_generic_face_pack(c: Ctx) -> Made:
    what = c.pick(
        [
            "freckled redhead",
            "silver-haired woman",
            "bearded man",
            "office woman",
            "runner",
            "grandmother",
            "tattooed barista",
            "nurse",
            "farmer",
            "pilot",
            "surfer",
            "librarian",
        ]
    )
    c.once("gf:" + what)
    desc = html(f"Generic {what} faces, a new one every seed.", *extras(c, what))
    item = civ(c, name=f"Generic {what.title()}", desc=desc, tags=["generic", "face"])
    return item, _neg("generic_face")


def n_placeholder_jane(c: Ctx) -> Made:
    name = c.pick(["Jane Roe", "Max Mustermann", "Juan Pérez", "Ivan Ivanovich"])
    c.once("ph:" + name)
    desc = html(f"'{name}' is just a placeholder name for an average generated face.", *extras(c))
    item = civ(c, name=f"{name} (placeholder)", desc=desc, tags=["generic"])
    return item, _neg("generic_face")


def n_nsfw_pose_pack(c: Ctx) -> Made:
    what = c.pick(
        [
            "boudoir poses",
            "nude figure study",
            "lingerie poses",
            "erotic silhouettes",
            "topless beach",
            "sexy pin-up poses",
            "explicit couple poses",
        ]
    )
    c.once("np:" + what)
    desc = html(
        f"NSFW concept: {what}. Adults only, no specific person.", *extras(c, what, lang=False)
    )
    item = civ(c, name=f"{what.title()} [NSFW]", desc=desc, tags=["nsfw", "concept"], sexual=True)
    return item, _neg("concept")


def n_face_restore_tool(c: Ctx) -> Made:
    what = c.pick(
        ["face restore (GFPGAN-style)", "codeformer weights mirror", "eye fixer", "teeth fixer"]
    )
    c.once("fr:" + what)
    desc = html(f"{what} — utility, no subject.", settings(c), changelog(c))
    return civ(c, name=what.title(), desc=desc, tags=["tool"], mtype="Other"), _neg("tool")


def n_upscaler_tool(c: Ctx) -> Made:
    scale = c.pick(["4x", "2x", "8x"])
    what = f"{scale}-{c.pick(['Nomos', 'Clearline', 'Skinpass', 'Halftone', 'Cinegrain'])}"
    c.once("up:" + what)
    desc = html(f"{what} upscaler. Put it in models/ESRGAN.", changelog(c), c.pick(NOTES))
    return civ(c, name=what, desc=desc, tags=["upscaler", "tool"], mtype="Upscaler"), _neg("tool")


def n_hf_face_detector(c: Ctx) -> Made:
    what = c.pick(["face_yolo11s", "hand_yolo9c", "person_seg_v8m", "eyes_yolo10n"])
    card = {"license": "agpl-3.0", "tags": ["object-detection", "yolo"]}
    repo = f"{c.say(['detectors-hub', 'segmentary'], ['yolo-faces', 'maskworks'])}/{what}"
    item = hf(
        c,
        repo=repo,
        tags=["ultralytics"],
        card=card,
        files=[f"{what}.pt"],
        pipeline="object-detection",
        library="ultralytics",
    )
    return item, _neg("tool")


def n_negative_embedding(c: Ctx) -> Made:
    what = c.pick(["bad-hands-neg", "ugly-skin-neg", "noisy-bg-neg", "plastic-face-neg"])
    c.once("ne:" + what)
    desc = html(f"Negative embedding {what}: put it in the negative prompt.", *extras(c))
    return civ(
        c, name=what, desc=desc, tags=["embedding", "negative"], mtype="TextualInversion"
    ), _neg("tool")


def n_regional_makeup_look(c: Ctx) -> Made:
    what = c.pick(
        [
            "douyin makeup",
            "Y2K makeup",
            "Berber henna",
            "Yoruba gele and makeup",
            "Kathakali makeup",
        ]
    )
    c.once("rm:" + what)
    desc = html(f"{what} look, no specific person.", *extras(c, what))
    return civ(c, name=what.title(), desc=desc, tags=["makeup", "style"]), _neg("ethnic_look")


def n_body_proportion_slider(c: Ctx) -> Made:
    what = c.pick(["leg length", "head size", "torso length", "neck length"])
    c.once("bp:" + what)
    desc = html(f"Slider: {what}, from -4 to +4.", *extras(c))
    return civ(c, name=f"{what.title()} Slider", desc=desc, tags=["slider"]), _neg("body_type")


def n_kpop_stage_outfit(c: Ctx) -> Made:
    what = c.pick(
        ["girl group stage outfit", "idol tracksuit", "music-show jacket", "concert crop set"]
    )
    c.once("ks:" + what)
    desc = html(f"{what} — 걸그룹 style clothing. Outfit only, no idol face.", *extras(c, what))
    return civ(c, name=f"K-pop {what}", desc=desc, tags=["clothing", "kpop"]), _neg("clothing")


def n_hf_style_lora_card(c: Ctx) -> Made:
    what = c.pick(
        ["risograph", "woodcut", "claymation", "stained glass", "pixel-art", "ukiyo-e print"]
    )
    repo = f"{c.say(['stylelab', 'printshop-ai'], ['riso-house', 'grainworks'])}/{slug(what)}-flux"
    card = {
        "license": "apache-2.0",
        "tags": ["lora", "style"],
        "base_model": "black-forest-labs/FLUX.1-dev",
        "instance_prompt": f"{what} style",
    }
    return hf(c, repo=repo, tags=["lora", "style"], card=card), _neg("concept")


def n_unnamed_faces_blend(c: Ctx) -> Made:
    k = c.rng.randrange(2, 5)
    desc = html(
        f"Blend of {k} made-up faces (seeds only), no real people.",
        code("face_a:0.5, face_b:0.5"),
        *extras(c),
    )
    item = civ(c, name=f"Faceblend {c.rng.randrange(100)}", desc=desc, tags=["blend", "face"])
    return item, _neg("generic_face")


def n_anime_costume_cosplay_outfit(c: Ctx) -> Made:
    name, show = c.pick(c.v["ANIME"])
    c.once("co:" + name)
    desc = html(
        f"Cosplay outfit of {name} ({show}) for real-life photos; outfit only, any model.",
        *extras(c),
    )
    return civ(c, name=f"{name} cosplay outfit", desc=desc, tags=["cosplay", "clothing"]), _neg(
        "clothing"
    )


def n_tokusatsu_suit(c: Ctx) -> Made:
    name = c.pick(c.v["TOKUSATSU"])
    c.once("tk:" + name + str(c.rng.randrange(2)))
    desc = html(f"{name} hero suit and helmet from the tokusatsu show. Suit only.", *extras(c))
    return civ(c, name=f"{name} suit", desc=desc, tags=["tokusatsu", "costume"]), _neg(
        "character_western"
    )


# ---------------------------------------------------------------- plan

Template = Callable[[Ctx], Made]
POSITIVES: dict[str, tuple[Template, int, int]] = {
    "pipe_trade_title": (p_pipe_trade_title, 16, 16),
    "cjk_gender_word": (p_cjk_gender_word, 6, 6),
    "furigana_reading": (p_furigana_reading, 4, 4),
    "pinyin_tone_marks": (p_pinyin_tone_marks, 4, 4),
    "taiwan_hyphen_roman": (p_taiwan_hyphen_roman, 3, 3),
    "cantonese_english_name": (p_cantonese_english_name, 3, 3),
    "hangul_latin_mixed_title": (p_hangul_latin_mixed_title, 4, 4),
    "fan_kinship_term": (p_fan_kinship_term, 5, 5),
    "girlgroup_position": (p_girlgroup_position, 5, 5),
    "thai_nickname_trade": (p_thai_nickname_trade, 4, 4),
    "vietnamese_thi_van": (p_vietnamese_thi_van, 4, 4),
    "turkish_honorific": (p_turkish_honorific, 3, 3),
    "persian_script_trade": (p_persian_script_trade, 3, 3),
    "arabic_script_trade": (p_arabic_script_trade, 3, 3),
    "indic_script_trade": (p_indic_script_trade, 3, 3),
    "slavic_feminine_surname": (p_slavic_feminine_surname, 3, 3),
    "filipino_ate_kuya": (p_filipino_ate_kuya, 3, 3),
    "apodo_article_gender": (p_apodo_article_gender, 3, 3),
    "trade_word_in_tag": (p_trade_word_in_tag, 4, 4),
    "noun_surname_caps": (p_noun_surname_caps, 4, 4),
    "merge_recipe_people": (p_merge_recipe_people, 3, 3),
    "biopic_casting": (p_biopic_casting, 3, 3),
    "stage_musical_role": (p_stage_musical_role, 3, 3),
    "fictional_claim_real_name": (p_fictional_claim_real_name, 3, 3),
    "petite_uniform_adult": (p_petite_uniform_adult, 5, 5),
    "minor_profile_age": (p_minor_profile_age, 2, 2),
    "minor_youth_league": (p_minor_youth_league, 2, 2),
    "pronoun_in_changelog": (p_pronoun_in_changelog, 3, 3),
    "script_variants_one_person": (p_script_variants_one_person, 3, 3),
    "trigger_caps_underscore": (p_trigger_caps_underscore, 4, 4),
    "version_tag_name": (p_version_tag_name, 3, 3),
    "hf_hyphen_script_repo": (p_hf_hyphen_script_repo, 3, 3),
    "hf_dreambooth_token": (p_hf_dreambooth_token, 3, 3),
    "creator_handle_realname": (p_creator_handle_realname, 4, 4),
    "douyin_creator_script": (p_douyin_creator_script, 3, 3),
    "mukbang_creator": (p_mukbang_creator, 3, 3),
    "subscription_creator_nsfw": (p_subscription_creator_nsfw, 4, 4),
    "private_sibling_gift": (p_private_sibling_gift, 3, 3),
    "private_parent_retirement": (p_private_parent_retirement, 2, 2),
    "private_roommate_they": (p_private_roommate_they, 2, 2),
    "nordic_given_only": (p_nordic_given_only, 3, 3),
    "indonesian_mbak_mas": (p_indonesian_mbak_mas, 3, 3),
    "sitcom_character_actor": (p_sitcom_character_actor, 3, 3),
    "referee_match": (p_referee_match, 0, 3),
    "election_candidate_poster": (p_election_candidate_poster, 0, 3),
    "yoruba_oriki_name": (p_yoruba_oriki_name, 0, 3),
    "pastry_chef_show": (p_pastry_chef_show, 0, 3),
}
NEGATIVES: dict[str, tuple[Template, int, int]] = {
    "otome_game_lead": (n_otome_game_lead, 10, 10),
    "anime_idol_unit": (n_anime_idol_unit, 4, 4),
    "vtuber_outfit_debut": (n_vtuber_outfit_debut, 4, 4),
    "light_novel_heroine": (n_light_novel_heroine, 5, 5),
    "hf_character_lora_card": (n_hf_character_lora_card, 3, 3),
    "consistent_oc_sheet": (n_consistent_oc_sheet, 6, 6),
    "fictional_disclaimer_oc": (n_fictional_disclaimer_oc, 3, 3),
    "invented_face_seed": (n_invented_face_seed, 4, 4),
    "ai_companion_persona": (n_ai_companion_persona, 3, 3),
    "realistic_checkpoint_card": (n_realistic_checkpoint_card, 10, 10),
    "merge_recipe_models": (n_merge_recipe_models, 4, 4),
    "hf_realism_base": (n_hf_realism_base, 3, 3),
    "school_uniform_outfit": (n_school_uniform_outfit, 4, 4),
    "traditional_dress": (n_traditional_dress, 5, 5),
    "clothing_general": (n_clothing_general, 9, 9),
    "kpop_stage_outfit": (n_kpop_stage_outfit, 3, 3),
    "anime_costume_cosplay_outfit": (n_anime_costume_cosplay_outfit, 3, 3),
    "lighting_camera": (n_lighting_camera, 10, 10),
    "film_emulation": (n_film_emulation, 4, 4),
    "illustrator_linework": (n_illustrator_linework, 4, 4),
    "cinematographer_palette": (n_cinematographer_palette, 3, 3),
    "photographer_grain": (n_photographer_grain, 3, 3),
    "unit_named_person": (n_unit_named_person, 3, 3),
    "lecture_hall_named": (n_lecture_hall_named, 3, 3),
    "pastry_named_person": (n_pastry_named_person, 3, 3),
    "trade_word_concept": (n_trade_word_concept, 3, 3),
    "brand_mascot_human": (n_brand_mascot_human, 3, 3),
    "generic_cute_asian_adult": (n_generic_cute_asian_adult, 5, 5),
    "generic_face_pack": (n_generic_face_pack, 10, 10),
    "placeholder_jane": (n_placeholder_jane, 2, 2),
    "unnamed_faces_blend": (n_unnamed_faces_blend, 3, 3),
    "nsfw_pose_pack": (n_nsfw_pose_pack, 6, 6),
    "face_restore_tool": (n_face_restore_tool, 4, 4),
    "upscaler_tool": (n_upscaler_tool, 5, 5),
    "hf_face_detector": (n_hf_face_detector, 2, 2),
    "negative_embedding": (n_negative_embedding, 3, 3),
    "regional_makeup_look": (n_regional_makeup_look, 3, 3),
    "body_proportion_slider": (n_body_proportion_slider, 2, 2),
    "hf_style_lora_card": (n_hf_style_lora_card, 4, 4),
    "glacier_named_person": (n_glacier_named_person, 0, 3),
    "orchid_hybrid_named": (n_orchid_hybrid_named, 0, 3),
    "chess_variant_named": (n_chess_variant_named, 0, 3),
    "tokusatsu_suit": (n_tokusatsu_suit, 0, 3),
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
MINOR_SHAPES = {"minor_profile_age", "minor_youth_league"}


def build(part: str) -> tuple[list[Item], list[Label]]:
    c = Ctx(part)
    plan: list[tuple[str, bool, Template]] = []
    for likeness, table in ((True, POSITIVES), (False, NEGATIVES)):
        for shape, (template, n_dev, n_hold) in table.items():
            plan += [(shape, likeness, template)] * (n_dev if part == "dev15" else n_hold)
    c.rng.shuffle(plan)
    items: list[Item] = []
    labels: list[Label] = []
    for shape, likeness, template in plan:
        for _ in range(150):
            try:
                item, f = template(c)
                break
            except Retry:
                continue
        else:
            raise RuntimeError(f"{part} {shape}: nothing fresh left")
        sexual, minor = sexual_cue(item), minor_cue(item)
        assert minor == (shape in MINOR_SHAPES), (part, shape, item["name"])
        assert not (sexual and minor), (part, shape)
        items.append(item)
        labels.append(
            {
                "platform": "civitai" if "modelVersions" in item else "huggingface",
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
        )
    return items, labels


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(", ", ": "))


def write(part: str) -> None:
    items, labels = build(part)
    (HERE / f"{part}.jsonl").write_text("".join(dumps(x) + "\n" for x in items), "utf-8")
    (HERE / f"{part}_labels.jsonl").write_text("".join(dumps(x) + "\n" for x in labels), "utf-8")


def counts_table() -> str:
    rows: Counter[tuple[str, str, str]] = Counter()
    for part in SEEDS:
        for lab in build(part)[1]:
            rows[(lab["kind"], lab["shape"], part)] += 1
    keys = sorted({(k, s) for k, s, _ in rows}, key=lambda ks: (ks[0] not in PROMINENCE, ks))
    lines = ["| kind | shape | dev15 | hold15 |", "|---|---|---|---|"]
    lines += [
        f"| `{k}` | `{s}` | {rows[(k, s, 'dev15')]} | {rows[(k, s, 'hold15')]} |" for k, s in keys
    ]
    return "\n".join(lines)


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
