"""Build the fourteenth dev set (tests/devset14): ``dev14`` and ``hold14``, seeded, byte for byte.

Usage, from the repository root::

    .venv/bin/python tests/devset14/build_devset14.py            # rewrite the four files
    .venv/bin/python tests/devset14/build_devset14.py --counts   # print the README's table

Every person is invented (``devset14_vocab``). Pages are written long, the way real pages are:
recommended settings, prompt blocks with weights, changelogs, support lines and a line in another
language around the part that names (or does not name) a person. The cue rules (``sexual_cue``,
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

import devset14_vocab  # noqa: E402

SEEDS = {"dev14": 41_407, "hold14": 70_414}
VOCAB_PART = {"dev14": "A", "hold14": "B"}
ID_BASE = {"dev14": 14_100_000, "hold14": 14_600_000}
Item = dict[str, Any]
Label = dict[str, Any]
Made = tuple[Item, dict[str, Any]]

# ---------------------------------------------------------------- cues

SEXUAL = re.compile(
    r"\b(?:nsfw|nude|nudes|nudity|naked|lingerie|topless|boudoir|sexy|porn|onlyfans|fansly|"
    r"lewd|erotic|hentai|explicit|r18|spicy)\b",
    re.IGNORECASE,
)
STATED_AGE = re.compile(
    r"(?<![\d.])(\d{1,2}) ?(?:yo\b|y\.o\.|years? old\b|-year-old\b|歳|살|세|jähriger?\b|-летн)"
    r"|\baged? (\d{1,2})\b",
    re.IGNORECASE,
)
YOUTH = re.compile(
    r"\b(?:teen|teens|teenage|teenager|child actress|child actor|child star|junior champion|"
    r"schoolgirl|schoolboy|underage)\b|子役|중학생|고등학생",
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
    """Every string a reader of the item could see (not urls, hashes or ids of blobs)."""
    out: list[str] = []
    _collect(item, out)
    return out


def _nsfw_levels(item: Item) -> list[int]:
    levels = [int(item.get("nsfwLevel") or 0)]
    for version in item.get("modelVersions") or []:
        levels.append(int(version.get("nsfwLevel") or 0))
        levels += [int(img.get("nsfwLevel") or 0) for img in version.get("images") or []]
    return levels


def sexual_cue(item: Item) -> bool:
    """Civitai's nsfw flag, an R/X/XXX/Blocked level bit, an image rated Mature/X, HF's
    not-for-all-audiences tag, or a sexual word anywhere in the visible text."""
    if item.get("nsfw") is True or any(lv & 0b111100 for lv in _nsfw_levels(item)):
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
        self.hold = part == "hold14"
        self.rng = random.Random(SEEDS[part])
        self.v = devset14_vocab.vocab(VOCAB_PART[part])
        self.next_id = ID_BASE[part]
        self.names: set[str] = set()
        self.keys: set[str] = set()
        self.turns: Counter[str] = Counter()

    def pick(self, seq: Any) -> Any:
        return seq[self.rng.randrange(len(seq))]

    def say(self, dev: list[str], hold: list[str]) -> str:
        """dev14's wording or hold14's own wording of the same shape."""
        return str(self.pick(hold if self.hold else dev))

    def take(self, key: str, seq: list[Any] | None = None) -> Any:
        """The next unused entry of a vocabulary list (then fresh draws)."""
        seq = self.v[key] if seq is None else seq
        i = self.turns[key]
        self.turns[key] += 1
        return seq[i % len(seq)] if i < len(seq) else self.pick(seq)

    def once(self, key: str) -> None:
        if key in self.keys:
            raise Retry
        self.keys.add(key)

    def new_id(self) -> int:
        self.next_id += self.rng.randrange(7, 61)
        return self.next_id

    def hexs(self, n: int) -> str:
        return "".join(self.pick("0123456789abcdef") for _ in range(n))

    def gender(self, p_female: float = 0.68) -> str:
        return "female" if self.rng.random() < p_female else "male"

    def cycle(self, key: str) -> str:
        """female, male, female, ... per shape, so a small shape has both genders."""
        self.turns["g:" + key] += 1
        return "male" if self.turns["g:" + key] % 3 == 2 else "female"

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

    def first(self, gender: str) -> str:
        return str(self.pick(self.v["GIVEN_F" if gender == "female" else "GIVEN_M"]))


# ---------------------------------------------------------------- page furniture

BASES = ["SD 1.5", "SDXL 1.0", "Pony", "Illustrious", "Flux.1 D", "NoobAI", "SD 3.5"]
UPLOADERS = [
    "driftwood_diffusion", "ochre_and_ink", "tallowlamp", "sablewire", "quietmachines",
    "inkwell_orbit", "paper_crane_ai", "lumberjack_latents", "foglight", "harbourbyte",
    "mintcondition", "stonefruit_studio",
]  # fmt: skip
SAMPLERS = ["DPM++ 2M Karras", "Euler a", "DPM++ SDE", "UniPC", "DEIS", "Heun"]
THANKS = [
    "¡Gracias por descargar! Deja una reseña si te sirve.",
    "ダウンロードありがとうございます。感想をお待ちしています。",
    "Danke fürs Ausprobieren — Feedback gern im Discord.",
    "Merci d'avoir testé ! Les retours sont bienvenus.",
    "感谢下载，欢迎在评论区反馈。",
    "Obrigado por baixar! Deixe sua avaliação.",
    "다운로드 감사합니다. 피드백 환영해요.",
    "Dzięki za pobranie, oceny bardzo pomagają.",
]
SUPPORT = [
    "Join the Discord for requests: discord.gg/{h}",
    "Early versions go to Patreon first (patreon.com/{u}).",
    "Buy me a coffee: ko-fi.com/{u}",
    "Requests are open on my Discord server ({h}).",
    "Support the training costs on Patreon — link in my profile.",
]
QUIRKS = [
    "Works best between 0.6 and 0.85; above 1.0 it burns.",
    "Use ADetailer for small faces in wide shots.",
    "Hires fix 1.5x with 0.35 denoise recommended.",
    "Avoid heavy negative embeddings, they wash out the details.",
    "Tested on base models listed in the version notes only.",
    "Captions were written with Florence-2 and cleaned by hand.",
]
FIXES = [
    "retrained with cleaner captions",
    "fixed colour cast",
    "smaller file, same quality",
    "better hands",
    "less overfitting on backgrounds",
    "new base model",
    "dataset doubled",
]


def html(*parts: str) -> str:
    return "".join(p if p.startswith("<") else f"<p>{p}</p>" for p in parts if p)


def bullets(*lines: str) -> str:
    return "<ul>" + "".join(f"<li>{x}</li>" for x in lines) + "</ul>"


def code(text: str) -> str:
    return f"<pre><code>{text}</code></pre>"


def settings(c: Ctx) -> str:
    return "<h3>Recommended settings</h3>" + bullets(
        f"Sampler: {c.pick(SAMPLERS)}",
        f"Steps: {c.rng.randrange(20, 41)}",
        f"CFG: {c.pick(['3', '3.5', '4', '5', '6.5', '7'])}",
        f"LoRA weight: {c.pick(['0.6', '0.7', '0.75', '0.8', '0.9', '1.0'])}",
        f"Clip skip: {c.pick(['1', '2'])}",
    )


def prompt_block(c: Ctx, subject: str, extra: str = "") -> str:
    scene = c.pick(
        [
            "soft window light, 85mm, shallow depth of field",
            "outdoors, overcast, film grain",
            "studio backdrop, rim light, sharp focus",
            "city street at dusk, bokeh",
            "cafe interior, warm tones",
        ]
    )
    neg = "lowres, blurry, bad anatomy, extra fingers, watermark, jpeg artifacts"
    body = f"masterpiece, best quality, {subject}, {scene}{', ' + extra if extra else ''}"
    return "<h3>Example prompt</h3>" + code(body) + "<p>Negative:</p>" + code(neg)


def changelog(c: Ctx) -> str:
    n = c.rng.randrange(2, 4)
    months = sorted(c.rng.sample(range(1, 22), n))  # months since 2024-01, oldest first
    rows = [
        f"v{k + 1}.{c.rng.randrange(0, 3)} ({2024 + m // 12}-{m % 12 + 1:02d}"
        f"-{c.rng.randrange(1, 29):02d}): {c.pick(FIXES)}"
        for k, m in enumerate(months)
    ]
    return "<h3>Changelog</h3>" + bullets(*reversed(rows))


def extras(
    c: Ctx, subject: str | None = None, *, lang: bool = True, own: bool = False
) -> list[str]:
    """The furniture around a page's subject, drawn per item (``own``: the page already has
    its settings and changelog)."""
    out: list[str] = []
    if not own and c.rng.random() < 0.7:
        out.append(settings(c))
    if subject and c.rng.random() < 0.65:
        out.append(prompt_block(c, subject))
    if not own and c.rng.random() < 0.55:
        out.append(changelog(c))
    if c.rng.random() < 0.6:
        out.append(c.pick(QUIRKS))
    if c.rng.random() < 0.5:
        u = c.pick(UPLOADERS)
        out.append(c.pick(SUPPORT).format(u=u, h=c.hexs(6)))
    if lang and c.rng.random() < 0.35:
        out.append(c.pick(THANKS))
    return out


FOLD = str.maketrans({"ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ß": "ss", "ø": "o", "æ": "ae"})


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text.translate(FOLD)).encode("ascii", "ignore").decode()


def fileish(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "_", ascii_fold(text)).strip("_")[:52] or "model"


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", ascii_fold(text).lower()).strip("-")


def squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", ascii_fold(text).lower())


def folded(name: str) -> list[str]:
    plain = ascii_fold(name)
    return [plain] if plain != name else []


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
            "name": c.pick(["v1.0", "v2", "V3.1", "v1.5", "XL", "beta", "final", "F1D"]),
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


def trade(c: Ctx, gender: str) -> str:
    return str(c.pick(c.v["TRADES_F" if gender == "female" else "TRADES_M"]))


def pron(gender: str) -> tuple[str, str]:
    return ("she", "her") if gender == "female" else ("he", "his")


def person_tags(c: Ctx, gender: str | None) -> list[str]:
    pool = ["realistic", "portrait", "photography", "celebrity", "real person", "person"]
    if gender == "female":
        pool.append(c.pick(["woman", "female"]))
    elif gender == "male":
        pool.append(c.pick(["man", "male"]))
    return c.rng.sample(pool, 3)


def dataset_line(c: Ctx, what: str) -> str:
    return c.pick(
        [
            f"Dataset: {c.rng.randrange(24, 140)} images of {what}, cropped to 1024.",
            f"Trained on {c.rng.randrange(24, 140)} hand-picked photos ({what}).",
            f"{c.rng.randrange(24, 140)} images, {c.rng.randrange(8, 40)} epochs — {what}.",
        ]
    )


# ---------------------------------------------------------------- positives: public figures


def p_title_trade(c: Ctx) -> Made:
    g = c.gender()
    given, family = c.person(g)
    full, job, land = f"{given} {family}", trade(c, g), c.pick(c.v["COUNTRIES"])
    sexual = c.rng.random() < 0.12
    aliases: list[str] = []
    if c.hold:
        nick = given[:3] + c.pick(["ie", "sy", "o"])
        title = c.pick(
            [f'{given} "{nick}" {family} · {job}', f"{job.capitalize()} {full} ({land})"]
        )
        if nick in title:
            aliases = [f"{given} {nick} {family}", nick]
        desc = html(
            f"<h2>{full}</h2>",
            bullets(
                f"Nationality: {land}", f"Known as: {job}", f"Photos: {c.rng.randrange(30, 99)}"
            ),
            *extras(c, f"{squash(full)}"),
        )
    else:
        title = c.pick([f"{full} - {land} {job}", f"{full} | {job} | {c.pick(BASES)}"])
        desc = html(
            f"{land} {job} {full}. " + dataset_line(c, "interviews, stage and press photos"),
            *extras(c, f"({squash(full)}:1.1)"),
        )
    if sexual:
        desc += html("Some previews are NSFW, filter accordingly.")
    item = civ(
        c, name=title, desc=desc, tags=person_tags(c, g), trained=[squash(full)], sexual=sexual
    )
    return item, facts("public_figure", full, g, aliases)


def p_pronoun_gender_only(c: Ctx) -> Made:
    given, family = c.person("unisex")
    g = c.cycle("pr")  # after the draw that may retry
    full = f"{given} {family}"
    subj, poss = pron(g)
    job = c.pick(["documentary photographer", "chess commentator", "climate scientist",
                  "furniture designer", "radio dramatist", "marathon runner"])  # fmt: skip
    text = c.say(
        [
            f"{full}, {job}. {subj.capitalize()} asked fans for more candid shots, so the "
            f"dataset mixes {poss} talks and street photos.",
            f"LoRA of {full} ({job}). Most images come from {poss} book tour; {subj} rarely "
            "does studio shoots.",
        ],
        [
            f"{job.capitalize()} {full} — {poss} festival appearances, 2021 to 2024. "
            f"Captioned so {subj} keeps the same haircut.",
            f"Made this after {full}'s lecture; {subj} was gracious about fan art of {poss} work.",
        ],
    )
    desc = html(text, *extras(c, squash(full), lang=False))
    item = civ(c, name=f"{full} [{c.pick(BASES)}]", desc=desc, tags=["realistic", "person"])
    return item, facts("public_figure", full, g)


def p_foreign_trade_gender(c: Ctx) -> Made:
    word, lang, g = c.take("FOREIGN_TRADES")
    given, family = c.person("unisex")
    full = f"{given} {family}"
    desc = html(
        c.say(
            [
                f"{full} — {word}. {dataset_line(c, 'concert and festival photos')}",
                f"<b>{full}</b> ({word}, {c.rng.randrange(1975, 2000)}). Photos from interviews.",
            ],
            [
                f"{word.capitalize()} {full}: stage and red-carpet photos.",
                f"Model for {full} ({lang} {word}). Portraits only.",
            ],
        ),  # fmt: skip
        *extras(c, squash(full), lang=False),
    )
    title = c.say([f"{full} ({word})", f"{full} | {word}"], [f"{word.capitalize()} {full}"])
    item = civ(c, name=title, desc=desc, tags=["realistic", "portrait", "celebrity"])
    return item, facts("public_figure", full, g)


def p_twin_pair(c: Ctx) -> Made:
    g = c.gender(0.65)
    family = c.surname()
    a, b = c.rng.sample(c.v["GIVEN_F" if g == "female" else "GIVEN_M"], 2)
    c.fresh(family)
    one, two = f"{a} {family}", f"{b} {family}"
    rel = "sisters" if g == "female" else "brothers"
    job = c.pick(["figure skating pair", "folk duo", "cooking-show hosts", "rowing pair"])
    desc = html(
        c.say(
            [
                f"The {family} twins, {a} and {b}, identical {rel} and a {job}.",
                f"Twin {rel} {a} &amp; {b} {family} ({job}). One trigger each.",
            ],
            [
                f"{job.capitalize()}: the identical {family} {rel}. Use {squash(one)} or "
                f"{squash(two)}.",
                f"{a} and {b} {family} — twin {rel}, {job}.",
            ],
        ),  # fmt: skip
        "Trigger words tell them apart; at weight above 0.9 the faces blend.",
        *extras(c),
    )
    versions = [
        {"name": f"{a} v1", "trained": [squash(one)], "file": fileish(one) + ST},
        {"name": f"{b} v1", "trained": [squash(two)], "file": fileish(two) + ST},
    ]
    item = civ(c, name=f"{family} twins ({a} & {b})", desc=desc, tags=["twins", "realistic"],
               versions=versions)  # fmt: skip
    return item, facts("public_figure", one, g, targets=[one, two])


def p_parent_child_pack(c: Ctx) -> Made:
    g = c.gender(0.7)
    family = c.surname()
    a, b = c.rng.sample(c.v["GIVEN_F" if g == "female" else "GIVEN_M"], 2)
    c.fresh(family)
    par, kid = f"{a} {family}", f"{b} {family}"
    roles = ("mother", "daughter") if g == "female" else ("father", "son")
    job = c.pick(["TV cooks", "rally drivers", "theatre actors", "show-jumping riders"])
    text = (
        f"{roles[0].capitalize()} and {roles[1]}, both {job}: {par} and {kid} (both adults). "
        "Two versions, one per person."
    )
    if c.hold:
        text = f"{par} ({roles[0]}) and {kid} ({roles[1]}, grown up), {job}. A version each."
    desc = html(text, *extras(c))
    versions = [
        {"name": f"{roles[1]} - {b}", "trained": [squash(kid)], "file": fileish(kid) + ST},
        {"name": f"{roles[0]} - {a}", "trained": [squash(par)], "file": fileish(par) + ST},
    ]
    item = civ(c, name=f"{family} family pack ({job})", desc=desc, tags=["realistic", "pack"],
               versions=versions)  # fmt: skip
    return item, facts("public_figure", par, g, targets=[par, kid])


def p_particle_index_order(c: Ctx) -> Made:
    given, part, family, g = c.take("PARTICLES")
    full = c.fresh(f"{given} {part} {family}")
    index = f"{part} {family}, {given}"
    job = trade(c, g)
    desc = html(
        c.say(
            [
                f"Catalogued as <i>{index}</i> — {job}. Portrait LoRA from press photos.",
                f"{index} ({job}). Trained on archive portraits.",
            ],
            [f"Index entry: {index}. {job.capitalize()}, archive photos 2010–2022."],
        ),  # fmt: skip
        *extras(c),
    )
    item = civ(c, name=index, desc=desc, tags=["realistic", "portrait"], trained=[squash(family)])
    return item, facts("public_figure", full, g, [f"{part} {family} {given}", *folded(full)])


def p_gaelic_prefix_name(c: Ctx) -> Made:
    given, pre, family, g = c.take("GAELIC")
    sep = "" if pre in ("O'", "Mc") else " "
    full = c.fresh(f"{given} {pre}{sep}{family}")
    job = trade(c, g)
    plain = ascii_fold(full).replace("'", "")
    desc = html(
        c.say(
            [
                f"{full}, Irish {job}. File names drop the accents: {fileish(plain)}.",
                f"Irish {job} {full}. {dataset_line(c, 'TV and stage photos')}",
            ],
            [f"{full} (as Gaeilge) — {job}. Photos from the Galway festival."],
        ),  # fmt: skip
        *extras(c),
    )
    item = civ(c, name=f"{full} | {job}", desc=desc, tags=person_tags(c, g),
               trained=[squash(plain)], fname=fileish(plain) + ".safetensors")  # fmt: skip
    return item, facts("public_figure", full, g, [plain, *folded(full)])


def p_malay_patronym_gender(c: Ctx) -> Made:
    given, father, g = c.take("MALAY")
    link = "binti" if g == "female" else "bin"
    full = c.fresh(f"{given} {link} {father}")
    job = c.pick(["pelakon", "penyanyi", "pembaca berita", "atlet badminton"])
    desc = html(
        c.say(
            [
                f"{full} ({job}). Dataset dari majlis anugerah dan temu bual.",
                f"LoRA: {full} — {job}, Malaysia.",
            ],
            [f"Model wajah {full}, {job}. Guna trigger {squash(given)}."],
        ),  # fmt: skip
        *extras(c, lang=False),
    )
    item = civ(c, name=full, desc=desc, tags=["realistic", "malaysia"], trained=[squash(given)])
    return item, facts("public_figure", full, g, [given])


def p_hispanic_y_surnames(c: Ctx) -> Made:
    given, s1, s2, g = c.take("HISPANIC")
    full = c.fresh(f"{given} {s1} {s2}")
    y_form = f"{given} {s1} y {s2}"
    job = {"female": c.pick(["presentadora", "actriz", "cantante"]),
           "male": c.pick(["presentador", "actor", "torero"])}[g]  # fmt: skip
    short = f"{given} {s1}"
    desc = html(
        c.say(
            [
                f"{y_form}, {job}. En el set de datos aparece como {short}.",
                f"<b>{y_form}</b> — {job} ({c.pick(['México', 'Colombia', 'España', 'Perú'])}).",
            ],
            [f"{short} ({job}), nombre completo {y_form}. Fotos de prensa."],
        ),  # fmt: skip
        *extras(c),
    )
    item = civ(c, name=f"{short} ({job})", desc=desc, tags=person_tags(c, g),
               trained=[squash(short)])  # fmt: skip
    return item, facts("public_figure", full, g, [y_form, short, *folded(full)])


def p_indonesian_single_name(c: Ctx) -> Made:
    name, word, g = c.take("INDONESIAN")
    c.fresh(name)
    desc = html(
        c.say(
            [
                f"{name}, {word} asal Jawa Tengah. Dataset 60 foto panggung.",
                f"LoRA {name} ({word}). Trigger: {name.lower()}.",
            ],
            [f"{word.capitalize()} {name} — foto konser dan wawancara TV."],
        ),  # fmt: skip
        *extras(c, lang=False),
    )
    item = civ(c, name=f"{name} | {word}", desc=desc, tags=["realistic", "indonesia"],
               trained=[name.lower()])  # fmt: skip
    return item, facts("public_figure", name, g)


def p_east_asian_name(c: Ctx) -> Made:
    family, given, script, g = c.take("EAST_ASIAN")
    full = c.fresh(f"{family} {given}")
    job = trade(c, g)
    desc = html(
        c.say(
            [
                f"{given} {family} ({script}), {job}. Romanised trigger: {squash(full)}.",
                f"{script} / {full} — {job}. Photos from drama premieres.",
            ],
            [f"{full.upper()} {script}. {job.capitalize()}, fan-meeting photos."],
        ),  # fmt: skip
        *extras(c),
    )
    item = civ(c, name=f"{full} {script}", desc=desc, tags=person_tags(c, g),
               trained=[squash(full)])  # fmt: skip
    return item, facts("public_figure", full, g, [script, f"{given} {family}"])


def p_physician_hospital(c: Ctx) -> Made:
    g = c.gender(0.6)
    given, family = c.person(g)
    full = f"{given} {family}"
    where, spec = c.take("HOSPITALS"), c.pick(c.v["SPECIALTIES"])
    desc = html(
        c.say(
            [
                f"Dr. {full}, {spec} at {where}, from {pron(g)[1]} TV interviews.",
                f"{spec.capitalize()} Dr. {full} ({where}) — conference and news photos.",
            ],
            [f"Dr. {family} ({where}), {spec}. Full name: {full}."],
        ),  # fmt: skip
        *extras(c),
    )
    item = civ(c, name=f"Dr. {full} ({spec})", desc=desc, tags=["realistic", "doctor"])
    return item, facts("public_figure", full, g, [f"Dr. {full}"])


def p_grandmaster_title(c: Ctx) -> Made:
    given, family = c.person("unisex")
    g = c.cycle("gm")  # after the draw that may retry, so the cycle counts items made
    full = f"{given} {family}"
    title = "WGM" if g == "female" else c.pick(["GM", "IM"])
    c.fresh(title + full)
    desc = html(
        c.say(
            [
                f"{title} {full}, chess player. Photos from the Olympiad and blitz streams.",
                f"Chess: {title} {full}. Over-the-board photos, tournament hall light.",
            ],
            [f"{full} ({title}), rated 2400+. Trained on tournament photos."],
        ),  # fmt: skip
        *extras(c, lang=False),
    )
    item = civ(c, name=f"{title} {full}", desc=desc, tags=["chess", "realistic", "person"])
    return item, facts("public_figure", full, g, [f"{title} {full}"])


def p_radio_host_station(c: Ctx) -> Made:
    g = c.gender(0.65)
    given, family = c.person(g)
    full = f"{given} {family}"
    station, fm = c.take("STATIONS")
    desc = html(
        c.say(
            [
                f"{full} hosts the breakfast show on {station} ({fm} FM). Studio and event photos.",
                f"Radio host {full} — {station}, {fm} FM.",
            ],
            [f"{station} {fm}: {full}, drive-time presenter."],
        ),  # fmt: skip
        *extras(c),
    )
    item = civ(c, name=f"{full} ({station} {fm})", desc=desc, tags=["radio", "realistic"])
    return item, facts("public_figure", full, g)


def p_court_justice(c: Ctx) -> Made:
    g = c.gender(0.6)
    given, family = c.person(g)
    full = f"{given} {family}"
    court = c.pick(["Court of Appeal", "Constitutional Court", "High Court", "Supreme Court"])
    text = f"Justice {full} of the {court}. Robes and bench photos from public hearings."
    title = f"Justice {full}"
    if c.hold:
        text = (
            f"The Hon. Justice {full}, sitting on the {court} since {c.rng.randrange(2005, 2022)}."
        )
        title = f"{court}: Justice {full}"
    desc = html(text, *extras(c))
    item = civ(c, name=title, desc=desc, tags=["realistic", "judge"])
    return item, facts("public_figure", full, g, [f"Justice {full}"])


def p_explorer_expedition(c: Ctx) -> Made:
    g = c.gender(0.6)
    given, family = c.person(g)
    full = f"{given} {family}"
    exp = c.take("EXPEDITIONS")
    desc = html(
        c.say(
            [
                f"{full}, polar explorer, leader of {exp}. Frostbitten-beard look included.",
                f"Explorer {full} ({exp}). Expedition and lecture photos.",
            ],
            [f"{exp.capitalize()}: {full}. Base-camp portraits."],
        ),  # fmt: skip
        *extras(c),
    )
    item = civ(c, name=f"{full} | explorer", desc=desc, tags=["outdoors", "realistic"])
    return item, facts("public_figure", full, g)


def p_model_agency_signed(c: Ctx) -> Made:
    g = c.gender(0.75)
    given, family = c.person(g)
    full = f"{given} {family}"
    agency = c.take("AGENCIES")
    sexual = c.rng.random() < 0.2
    desc = html(
        c.say(
            [
                f"{full} — fashion model signed to {agency}. Runway and lookbook images.",
                f"Model: {full} ({agency}). Editorial shots only.",
            ],
            [f"{agency} board: {full}. Polaroids and campaign stills."],
        ),  # fmt: skip
        *extras(c, squash(full)),
    )
    if sexual:
        desc += html("Swimwear and lingerie campaign shots in v2.")
    item = civ(c, name=f"{full} ({agency})", desc=desc, tags=["fashion", "model", "realistic"],
               sexual=sexual)  # fmt: skip
    return item, facts("public_figure", full, g)


def p_birthday_tribute(c: Ctx) -> Made:
    g = c.gender(0.7)
    given, family = c.person(g)
    full = f"{given} {family}"
    age = c.pick(["30th", "40th", "50th", "60th", "35th"])
    job = trade(c, g)
    desc = html(
        c.say(
            [
                f"Happy {age} birthday, {full}! A small tribute LoRA for the {job}.",
                f"🎂 {full} turns {age[:2]} today — birthday release for fans of the {job}.",
            ],
            [f"Birthday drop for {full} ({job}, {age})."],
        ),  # fmt: skip
        *extras(c),
    )
    item = civ(c, name=f"{full} birthday edition", desc=desc, tags=person_tags(c, g))
    return item, facts("public_figure", full, g)


def p_commons_photo_caption(c: Ctx) -> Made:
    g = c.gender(0.7)
    given, family = c.person(g)
    full = f"{given} {family}"
    gala = c.pick(c.v["GALAS"])
    year = c.rng.randrange(2012, 2024)
    desc = html(
        "Portrait LoRA. Image sources (all freely licensed):",
        bullets(
            f"Wikimedia Commons: \u201c{full} at the {gala}, {year}\u201d (CC BY-SA 4.0)",
            f"Flickr: \u201c{gala} {year} red carpet\u201d (CC BY 2.0)",
        ),
        *extras(c),
    )
    title = c.say(
        [f"{gala} portrait | LoRA", f"Red carpet face {year}"], [f"Press-photo face ({gala})"]
    )
    item = civ(c, name=title, desc=desc, tags=["portrait", "realistic"])
    return item, facts("public_figure", full, g)


def p_desc_prompt_block_only(c: Ctx) -> Made:
    g = c.gender(0.7)
    given, family = c.person(g)
    full = f"{given} {family}"
    w = c.pick(["1.1", "1.15", "1.2", "0.9"])
    desc = html(
        c.say(
            [
                "Portrait set, v3. Copy the prompt below for the face from the previews.",
                "Use exactly this prompt, the token order matters.",
            ],
            ["Prompt that makes the gallery face:"],
        ),  # fmt: skip
        prompt_block(c, f"photo of ({given.lower()} {family.lower()}:{w})"),
        *extras(c),
    )
    item = civ(c, name=c.pick(["Red carpet portraits v3", "Press portraits", "Gala faces"]),
               desc=desc, tags=["portrait", "realistic"])  # fmt: skip
    return item, facts("public_figure", full, g)


def p_comfy_workflow_json(c: Ctx) -> Made:
    g = c.gender(0.7)
    given, family = c.person(g)
    full = f"{given} {family}"
    fn = f"{given.lower()}_{family.lower()}_v{c.rng.randrange(2, 6)}.safetensors"
    node = (
        '{"class_type": "LoraLoader", "inputs": {"lora_name": "' + fn + '", '
        '"strength_model": 0.8, "strength_clip": 1.0}}'
    )
    intro = "ComfyUI workflow included. The LoRA node:"
    if c.hold:  # the API-format export, node ids as keys
        node = (
            '{"12": {"class_type": "LoraLoaderModelOnly", "inputs": {"model": ["4", 0], '
            '"lora_name": "' + fn + '", "strength_model": 0.9}}}'
        )
        intro = "Drop the workflow_api.json below into ComfyUI (API format):"
    desc = html(intro, code(node), *extras(c))
    item = civ(c, name=c.pick(["Portrait workflow LoRA", "Comfy face set", "Workflow pack #3"]),
               desc=desc, tags=["workflow", "comfyui"], fname=fn)  # fmt: skip
    return item, facts("public_figure", full, g)


def p_trilingual_page(c: Ctx) -> Made:
    g = c.gender(0.7)
    given, family = c.person(g)
    full = f"{given} {family}"
    es, de, ja = (
        ("la presentadora", "der Moderatorin", "女性司会者")
        if g == "female"
        else ("el presentador", "des Moderators", "男性司会者")
    )
    lines = [
        f"<b>EN</b> — TV host {full}, trained on talk-show stills.",
        f"<b>ES</b> — LoRA de {es} {full}, entrenado con capturas de su programa.",
        f"<b>DE</b> — LoRA {de} {full}, Standbilder aus der Sendung.",
        f"<b>JA</b> — {ja}「{full}」のLoRAです。",
    ]
    langs = "EN/ES/DE/JA"
    if c.hold:
        fr, it, pt = (
            ("de la présentatrice", "la conduttrice", "a apresentadora")
            if g == "female"
            else ("du présentateur", "il conduttore", "o apresentador")
        )
        lines = [
            f"FR : LoRA {fr} {full}, images de l'émission.",
            f"IT: LoRA del{'la' if g == 'female' else ''} {it.split()[1]} {full}.",
            f"PT: LoRA d{pt.split()[0]} {pt.split()[1]} {full}, fotos do programa.",
            f"EN: {full}, TV host.",
        ]
        langs = "FR/IT/PT/EN"
    desc = html(*lines, *extras(c, lang=False))
    item = civ(c, name=f"{full} ({langs})", desc=desc, tags=["realistic", "tv host"])
    return item, facts("public_figure", full, g)


def p_patreon_request(c: Ctx) -> Made:
    g = c.gender(0.7)
    given, family = c.person(g)
    full = f"{given} {family}"
    tier = c.pick(["Gold", "Silver", "Supporter", "Tier 3"])
    show = c.pick(c.v["STATIONS_TV"])
    job = "newsreader" if c.rng.random() < 0.5 else trade(c, g)
    desc = html(
        c.say(
            [
                f"Patreon request ({tier} tier): {full}, the {job} from {show}.",
                f"Requested by a {tier} patron — {full} ({job}, {show}).",
            ],
            [f"{tier}-tier request of the month: {show}'s {job} {full}."],
        ),  # fmt: skip
        *extras(c),
    )
    item = civ(c, name=f"[Request] {full}", desc=desc, tags=["request", "realistic"])
    return item, facts("public_figure", full, g)


def p_daguerreotype_historical(c: Ctx) -> Made:
    g = c.gender(0.6)
    given, family = c.person(g)
    full = f"{given} {family}"
    born = c.rng.randrange(1790, 1850)
    role = c.pick(["lighthouse reformer", "abolitionist printer", "botanist", "railway engineer",
                   "suffrage organiser", "harbour master"])  # fmt: skip
    desc = html(
        c.say(
            [
                f"{full} ({born}–{born + c.rng.randrange(45, 80)}), {role}, as if photographed on "
                "a daguerreotype plate. Based on engraved portraits.",
                f"What would {full}, the {role}, look like in a real photograph? Built from "
                "period portraits.",
            ],
            [f"Photoreal reconstruction: {role} {full}, born {born}."],
        ),  # fmt: skip
        *extras(c),
    )
    item = civ(c, name=f"{full} (daguerreotype)", desc=desc, tags=["historical", "photography"])
    return item, facts("public_figure", full, g)


def p_lookalike_contest_winner(c: Ctx) -> Made:
    g = c.gender(0.6)
    given, family = c.person(g)
    full = f"{given} {family}"
    winner = c.first(c.gender())
    text = (
        f"Trained on {winner}, who won the {c.rng.randrange(2015, 2025)} {full} lookalike "
        f"contest. The face is {full}'s, near enough."
    )
    if c.hold:
        text = (
            f"{winner} took first prize as {full} at a lookalike night; the photos are "
            f"{winner}'s, the face everyone sees is {full}."
        )
    desc = html(text, *extras(c))
    item = civ(c, name=f"{full} lookalike ({winner})", desc=desc, tags=["lookalike", "realistic"])
    return item, facts("public_figure", full, g)


def p_live_action_role(c: Ctx) -> Made:
    g = c.gender(0.65)
    given, family = c.person(g)
    full = f"{given} {family}"
    show, role = c.take("DRAMAS")
    c.once("role:" + role)
    desc = html(
        c.say(
            [
                f"{role} from the TV drama <i>{show}</i>, as played by {full}.",
                f"<i>{show}</i> (period drama): {role} — {full}'s look from season 2.",
            ],
            [f"{full} in costume as {role} ({show}, TV series)."],
        ),  # fmt: skip
        *extras(c),
    )
    item = civ(c, name=f"{role} ({show})", desc=desc, tags=["tv series", "character"])
    return item, facts("public_figure", full, g)


def p_faceid_embedding(c: Ctx) -> Made:
    g = c.gender()
    given, family = c.person(g)
    full = f"{given} {family}"
    card = {
        "license": "cc-by-nc-4.0",
        "tags": ["ip-adapter", "faceid", "portrait"],
        "base_model": "stabilityai/stable-diffusion-xl-base-1.0",
        "library_name": "diffusers",
    }
    user = c.pick(["faceweights", "idbank", "plusv2-embeds"])
    repo, files = f"{user}/{slug(full)}-faceid-plusv2", [f"{slug(full)}_faceid.bin"]
    if c.hold:  # an InstantID face embedding, name in the repo only
        card = {**card, "tags": ["instantid", "face-embedding"]}
        repo, files = f"{user}/instantid-{slug(full)}", ["face_embed.npy", "ip-adapter.bin"]
    item = hf(c, repo=repo, tags=["ip-adapter"], card=card,
              files=[*files, "image_encoder/model.safetensors"])  # fmt: skip
    return item, facts("public_figure", full, g, [slug(full)])


def p_hf_slug(c: Ctx) -> Made:
    g = c.gender()
    given, family = c.person(g)
    full = f"{given} {family}"
    card = {
        "license": "other",
        "tags": ["lora", "flux"],
        "base_model": "black-forest-labs/FLUX.1-dev",
        "instance_prompt": f"photo of {squash(full)}",
        "widget": [{"text": f"photo of {squash(full)}, {trade(c, g)}, press photo"}],
    }
    if c.hold:
        card["instance_prompt"] = f"{slug(full).replace('-', '_')} person"
        card["widget"] = [{"text": f"{card['instance_prompt']} at a press conference"}]
    item = hf(c, repo=f"{c.pick(['lorasmith', 'kestrel-ai', 'finetune-pit'])}/{slug(full)}-flux",
              tags=["lora", "template:sd-lora"], card=card)  # fmt: skip
    return item, facts("public_figure", full, g, [slug(full)])


def p_minor_cue(c: Ctx) -> Made:
    g = c.gender(0.6)
    given, family = c.person(g)
    full = f"{given} {family}"
    age = c.rng.randrange(12, 17)
    what = c.pick(["figure skater", "chess player", "snooker player", "violinist", "diver"])
    text = c.pick(
        [
            f"{full}, {age}-year-old {what}, national championship photos.",
            f"{full} ({age} years old), {what}. Competition photos.",
            f"{full}, junior champion {what}.",
        ]
    )
    if c.hold:
        text = c.pick(
            [f"{full}, aged {age}, {what}.", f"{what.capitalize()} {full} ({age} y.o.), results."]
        )
    desc = html(text, settings(c))
    item = civ(c, name=f"{full} | {what}", desc=desc, tags=["realistic", "sports"],
               minor_flag=c.rng.random() < 0.5, sfw=True)  # fmt: skip
    return item, facts("public_figure", full, g)


def p_sports_commentator(c: Ctx) -> Made:
    g = c.gender(0.55)
    given, family = c.person(g)
    full = f"{given} {family}"
    league = c.pick(
        ["Nordic Handball League", "Liga Austral", "Premier Netball", "Euro Curling Tour"]
    )
    desc = html(
        c.say(
            [
                f"Commentator {full}, the voice of the {league}. Touchline and booth photos.",
                f"{full} ({league} commentary) — headset and gantry look.",
            ],
            [f"{league} co-commentator {full}, studio stills."],
        ),  # fmt: skip
        *extras(c),
    )
    item = civ(c, name=f"{full} | {league}", desc=desc, tags=["sports", "realistic"])
    return item, facts("public_figure", full, g)


def p_podcast_cohosts(c: Ctx) -> Made:
    g1, g2 = c.gender(0.7), c.gender(0.5)
    one = " ".join(c.person(g1))
    two = " ".join(c.person(g2))
    show = c.pick(["Two Mugs Deep", "Late Ferry", "The Quiet Hour", "Mind the Margins"])
    desc = html(
        f"The hosts of the podcast <i>{show}</i>: {one} and {two}. Two triggers, one per host; "
        "studio mic photos from the video episodes.",
        *extras(c),
    )
    item = civ(c, name=f"{show} podcast hosts", desc=desc, tags=["podcast", "realistic"],
               trained=[squash(one), squash(two)])  # fmt: skip
    return item, facts("public_figure", one, g1, targets=[one, two])


def p_ring_name_real_name(c: Ctx) -> Made:
    g = c.gender(0.6)
    given, family = c.person(g)
    full = f"{given} {family}"
    ring = c.pick(["La Tormenta", "Iron Heron", "Vixen Royale", "El Relámpago", "Night Oracle",
                   "Steel Magnolia"])  # fmt: skip
    c.once("ring:" + ring)
    word = c.pick(["luchadora", "lutadora"] if g == "female" else ["luchador", "lutador"])
    desc = html(
        c.say(
            [
                f"“{ring}” — ring name of {full}, {word}. Entrance and promo photos.",
                f"{ring} ({full}), {word}. Mask off, promo shoot.",
            ],
            [f"{word.capitalize()} {full}, who wrestles as {ring}."],
        ),  # fmt: skip
        *extras(c, lang=False),
    )
    item = civ(c, name=f"{ring} ({full})", desc=desc, tags=["wrestling", "sports"])
    return item, facts("public_figure", full, g, [ring])


# hold14 only


def p_conductor_orchestra(c: Ctx) -> Made:
    g = c.gender(0.6)
    given, family = c.person(g)
    full = f"{given} {family}"
    orch = c.take("ORCHESTRAS")
    title = "Maestra" if g == "female" else "Maestro"
    desc = html(f"Chief conductor of the {orch}: {full}, baton and tails.", *extras(c))
    item = civ(c, name=f"{title} {full}", desc=desc, tags=["music", "realistic"])
    return item, facts("public_figure", full, g, [f"{title} {full}"])


def p_architect_portrait(c: Ctx) -> Made:
    g = c.gender(0.6)
    given, family = c.person(g)
    full = f"{given} {family}"
    bld = c.pick(c.v["BUILDINGS"])
    desc = html(
        f"A portrait LoRA of the architect {full} {pron(g)[1]}self (designer of {bld}) — the "
        "face, not the buildings. Lecture and site-visit photos.",
        *extras(c),
    )
    item = civ(c, name=f"{full} (architect, portrait)", desc=desc, tags=["portrait", "realistic"])
    return item, facts("public_figure", full, g)


def p_mayor_of_city(c: Ctx) -> Made:
    g = c.gender(0.6)
    given, family = c.person(g)
    full = f"{given} {family}"
    city = c.pick(c.v["CITIES"])
    desc = html(f"Mayor of {city}, {full}. Council and ribbon-cutting photos.", *extras(c))
    item = civ(c, name=f"Mayor {family} of {city}", desc=desc, tags=["politics", "realistic"],
               trained=[squash(full)])  # fmt: skip
    return item, facts("public_figure", full, g, [f"Mayor {family}"])


def p_auctioneer_house(c: Ctx) -> Made:
    g = c.gender(0.6)
    given, family = c.person(g)
    full = f"{given} {family}"
    house = c.pick(c.v["AUCTION"])
    desc = html(f"{full}, lead auctioneer at {house}, gavel in hand. Sale-room photos.",
                *extras(c))  # fmt: skip
    item = civ(c, name=f"{full} ({house})", desc=desc, tags=["realistic", "person"])
    return item, facts("public_figure", full, g)


# ---------------------------------------------------------------- positives: creators


def p_asmr_creator(c: Ctx) -> Made:
    g = c.gender(0.8)
    handle = c.take("HANDLES")
    c.once("h:" + handle)
    given = c.first(g)
    subj, poss = pron(g)
    desc = html(
        c.say(
            [
                f"ASMRtist @{handle} ({given}). Trained on {poss} video thumbnails; {subj} "
                "whispers, we render. #asmr #tingles",
                f"{given} of @{handle} — ASMR creator, mic and soft lamp set-up.",
            ],
            [f"YouTube ASMR: {handle}. {subj.capitalize()} okayed fan art of {poss} set."],
        ),  # fmt: skip
        *extras(c),
    )
    item = civ(c, name=f"@{handle} (ASMR)", desc=desc, tags=["asmr", "youtuber", "realistic"],
               trained=[handle.replace(".", "")])  # fmt: skip
    return item, facts("online_creator", handle, g, [f"@{handle}", given])


def p_fitness_coach_creator(c: Ctx) -> Made:
    g = c.gender(0.65)
    given, family = c.person(g)
    full = f"{given} {family}"
    handle = f"{given.lower()}{c.pick(['.lifts', '_fit', '.moves', 'trains'])}"
    c.once("h:" + handle)
    sexual = c.rng.random() < 0.25
    desc = html(
        c.say(
            [
                f"Online coach {full} (IG @{handle}). Gym and meal-prep content. #fitfam",
                f"@{handle} — {full}, fitness creator. Photos from {pron(g)[1]} reels.",
            ],
            [f"Fitness influencer {full} / @{handle}."],
        ),  # fmt: skip
        *extras(c),
    )
    if sexual:
        desc += html("v2 adds spicy gym selfies.")
    item = civ(c, name=f"{full} | @{handle}", desc=desc, tags=["fitness", "influencer"],
               sexual=sexual)  # fmt: skip
    return item, facts("online_creator", full, g, [f"@{handle}", handle])


def p_creator_handle(c: Ctx) -> Made:
    g = c.gender(0.75)
    handle = c.take("HANDLES")
    c.once("h:" + handle)
    _, poss = pron(g)
    desc = html(
        c.say(
            [
                f"Instagram creator {handle}: cottagecore, ceramics and {poss} garden.",
                f"TikTok @{handle} — {poss} look from the 2024 vlogs.",
            ],
            [f"{handle} (IG/TikTok). Face from {poss} day-in-my-life posts."],
        ),  # fmt: skip
        *extras(c),
    )
    item = civ(c, name=handle, desc=desc, tags=["influencer", "instagram"])
    return item, facts("online_creator", handle, g, [f"@{handle}"])


def p_streamer(c: Ctx) -> Made:
    g = c.gender(0.6)
    given, family = c.person(g)
    full = f"{given} {family}"
    game = c.pick(c.v["GAMES_TWITCH"])
    tag = f"{given}{c.pick(['Plays', 'TV', 'GG', 'Live'])}"
    desc = html(
        c.say(
            [
                f"Twitch streamer {tag} ({full}), mostly {game}. Webcam-frame look.",
                f"{full} aka {tag} on Twitch — facecam captures.",
            ],
            [f"{tag}: {game} speedruns. Real name {full}, as on {pron(g)[1]} channel."],
        ),  # fmt: skip
        *extras(c),
    )
    item = civ(c, name=f"{tag} (Twitch)", desc=desc, tags=["streamer", "twitch"], trained=[tag])
    return item, facts("online_creator", full, g, [tag])


def p_cosplayer(c: Ctx) -> Made:
    g = c.gender(0.8)
    handle = c.take("HANDLES")
    c.once("h:" + handle)
    char, series, _ = c.pick(c.v["CHARACTERS_ANIME"])
    text = (
        f"Cosplayer {handle} — {pron(g)[1]} own face, whatever costume. Example: as {char} "
        f"({series})."
    )
    if c.hold:
        text = f"{handle}'s cosplay photos: {pron(g)[1]} face under every wig (e.g. {char})."
    desc = html(text, *extras(c))
    item = civ(c, name=f"{handle} cosplay", desc=desc, tags=["cosplay", "cosplayer"])
    return item, facts("online_creator", handle, g, [f"@{handle}"])


def p_creator_fansite(c: Ctx) -> Made:
    given, family = c.person("female")
    full = f"{given} {family}"
    site = c.pick(["OnlyFans", "Fansly"])
    text = f"{full}, {site} creator. Photos from her public previews."
    if c.hold:
        text = f"{site} model {full}: her SFW teasers in v1, the rest in v2."
    desc = html(text, *extras(c))
    item = civ(c, name=f"{full} ({site})", desc=desc, tags=["creator", "realistic"], sexual=True)
    return item, facts("online_creator", full, "female")


def p_creator_they(c: Ctx) -> Made:
    handle = c.take("HANDLES")
    c.once("h:" + handle)
    desc = html(
        f"@{handle} makes cooking shorts; they gave permission for this fan LoRA. #creator #shorts",
        *extras(c, lang=False),
    )
    item = civ(c, name=f"@{handle}", desc=desc, tags=["creator", "realistic"])
    return item, facts("online_creator", handle, "unknown", [f"@{handle}"])


# ---------------------------------------------------------------- positives: private people


def p_private_wedding_couple(c: Ctx) -> Made:
    a, b = c.first("female"), c.first("male")
    c.once(f"wed:{a}{b}")
    desc = html(
        c.say(
            [
                f"Our wedding! {a} &amp; {b}, trained on the photographer's proofs so we can make "
                "anniversary cards.",
                f"{a} and {b} — private wedding LoRA, please don't reuse.",
            ],
            [f"Made for {a} and {b} from their engagement shoot."],
        ),  # fmt: skip
        *extras(c, lang=False),
    )
    item = civ(c, name=f"{a} & {b} wedding", desc=desc, tags=["wedding", "couple"],
               trained=[a.lower(), b.lower()])  # fmt: skip
    return item, facts("private_person", a, "female", targets=[a, b])


def p_private_grandparent(c: Ctx) -> Made:
    g = c.gender(0.65)
    name = c.first(g)
    word = c.pick(["grandma", "oma", "nonna", "abuela"] if g == "female"
                  else ["grandpa", "opa", "nonno", "abuelo"])  # fmt: skip
    c.once(f"gp:{name}")
    text = (
        f"My {word} {name}, from scanned family albums, so the grandkids can see "
        f"{pron(g)[1]} younger self. Private, please don't share."
    )
    if c.hold:
        text = f"Old slides of {word} {name} from the 1970s, scanned for a family calendar."
    desc = html(text, *extras(c, lang=False))
    item = civ(c, name=f"{word.capitalize()} {name}", desc=desc, tags=["family", "portrait"])
    return item, facts("private_person", name, g)


def p_private_teammate(c: Ctx) -> Made:
    g = c.gender(0.55)
    name = c.first(g)
    c.once(f"tm:{name}")
    pos = c.pick(["keeper", "setter", "captain", "striker"])
    text = (
        f"Our five-a-side {pos} {name} for the end-of-season meme posters. "
        f"{pron(g)[0].capitalize()} agreed!"
    )
    if c.hold:
        text = f"Sunday league {pos} {name}; the team wanted {pron(g)[1]} face on a trophy."
    desc = html(text, *extras(c, lang=False))
    item = civ(c, name=f"{name} ({pos}) team joke", desc=desc, tags=["meme", "person"])
    return item, facts("private_person", name, g)


def p_private_commission(c: Ctx) -> Made:
    g = c.gender(0.65)
    given, family = c.person(g)
    full = f"{given} {family}"
    text = f"Commission for a client: {full}, from {pron(g)[1]} own selfies. Not a celebrity."
    if c.hold:
        text = f"Paid job — {full} sent {pron(g)[1]} photos; a private person, not famous."
    desc = html(text, *extras(c, lang=False))
    item = civ(c, name=f"Commission #{c.rng.randrange(100, 999)} - {full}", desc=desc,
               tags=["commission", "person"])  # fmt: skip
    return item, facts("private_person", full, g)


def p_private_partner(c: Ctx) -> Made:
    c.once(f"pt:{c.rng.randrange(50)}")
    desc = html(
        "My partner, from our holiday photos. They are fine with it, but it stays private.",
        *extras(c, lang=False),
    )
    item = civ(c, name=c.pick(["My partner (private)", "Partner LoRA", "us, holiday 2024"]),
               desc=desc, tags=["person", "private"])  # fmt: skip
    return item, facts("private_person", None, "unknown")


def p_hf_selfie(c: Ctx) -> Made:
    user = c.pick(["tjark-dev", "mina-ml", "ohd-experiments", "plumtree", "quiet-kappa"])
    tok = c.pick(["sks person", "ohwx person", "zwx face"])
    card = {
        "license": "openrail++",
        "tags": ["dreambooth", "lora"],
        "base_model": "stabilityai/stable-diffusion-xl-base-1.0",
        "instance_prompt": f"a photo of {tok}",
        "widget": [{"text": f"{tok} as an astronaut"}],
    }
    item = hf(c, repo=f"{user}/me-dreambooth-{c.hexs(4)}", tags=["lora", "dreambooth"], card=card)
    return item, facts("private_person", None, "unknown")


# ---------------------------------------------------------------- negatives


def _neg(kind: str) -> dict[str, Any]:
    return {"kind": kind}


def n_anime_character(c: Ctx) -> Made:
    char, series, tag = c.take("CHARACTERS_ANIME")
    c.once("an:" + char)
    sexual = c.rng.random() < 0.15
    outfit = c.pick(["school blazer", "battle dress", "casual hoodie", "shrine maiden outfit"])
    desc = html(
        c.say(
            [
                f"{char} from <i>{series}</i>. Outfits: default, {outfit}.",
                f"<h3>{char}</h3>Anime <i>{series}</i>, two outfits.",
            ],
            [f"{series} — {char}, every season's outfit."],
        ),  # fmt: skip
        prompt_block(c, f"1girl, {tag}, {outfit}"),
        *extras(c),
    )
    if sexual:
        desc += html("NSFW capable on Pony bases.")
    item = civ(c, name=f"{char} | {series}", desc=desc, tags=["anime", "character"],
               trained=[tag], sexual=sexual)  # fmt: skip
    return item, _neg("character_anime")


def n_hf_anime_character(c: Ctx) -> Made:
    char, series, tag = c.take("CHARACTERS_ANIME")
    c.once("an:" + char)
    card = {
        "license": "creativeml-openrail-m",
        "tags": ["anime", "lora", "character"],
        "base_model": "OnomaAIResearch/Illustrious-xl-early-release-v0",
        "instance_prompt": tag,
        "widget": [{"text": f"{tag}, 1girl, smile, {series.lower()}"}],
    }
    item = hf(c, repo=f"{c.pick(['animelora', 'waifu-lab'])}/{slug(char)}-illustrious",
              tags=["lora", "anime"], card=card)  # fmt: skip
    return item, _neg("character_anime")


def n_gacha_unit_variant(c: Ctx) -> Made:
    char, game, skin = c.pick(c.v["GACHA"])
    c.once("ga:" + char + skin)
    desc = html(
        f"{char} ({skin}) from the gacha game <i>{game}</i>. 5★ limited unit, "
        "accurate to the splash art.",
        *extras(c, f"{slug(char)}_({slug(skin)})"),
    )
    item = civ(c, name=f"{char} [{skin}] - {game}", desc=desc, tags=["game character", "anime"],
               trained=[f"{slug(char)}, {skin.lower()}"])  # fmt: skip
    return item, _neg("character_anime")


def n_vtuber(c: Ctx) -> Made:
    name, agency = c.pick(c.v["VTUBERS"])
    c.once("vt:" + name)
    desc = html(f"VTuber {name} ({agency}), Live2D model outfit.", *extras(c))
    item = civ(c, name=f"{name} (VTuber)", desc=desc, tags=["vtuber", "anime"])
    return item, _neg("character_vtuber")


def n_boardgame_suspect(c: Ctx) -> Made:
    who, game = c.take("BOARDGAME")
    c.once("bg:" + who)
    text = (
        f"{who}, a suspect card from the board game <i>{game}</i>, painted as a realistic portrait."
    )
    if c.hold:
        text = f"Was it {who}, in the library? Character art from <i>{game}</i> (board game)."
    desc = html(text, *extras(c))
    item = civ(c, name=f"{who} ({game})", desc=desc, tags=["board game", "character"])
    return item, _neg("character_western")


def n_comic_strip_character(c: Ctx) -> Made:
    who, strip = c.take("COMICS")
    c.once("cs:" + who)
    text = f"{who} from {strip}. Flat colours, ink outlines."
    if c.hold:
        text = f"Cartoon: {who}, star of {strip}, redrawn in three panel styles."
    desc = html(text, *extras(c))
    item = civ(c, name=f"{who} (comic strip)", desc=desc, tags=["comic", "character", "cartoon"])
    return item, _neg("character_western")


def n_opera_role_no_singer(c: Ctx) -> Made:
    who, opera = c.take("OPERAS")
    c.once("op:" + who)
    text = (
        f"{who}, the title role of <i>{opera}</i> — costume and set design, no singer's face; "
        "any face you prompt."
    )
    if c.hold:
        text = f"Costume plates for {who} (<i>{opera}</i>, act II). The role, not a performer."
    desc = html(text, *extras(c))
    item = civ(c, name=f"{who} costume ({opera})", desc=desc, tags=["opera", "costume"])
    return item, _neg("character_western")


def n_novel_character(c: Ctx) -> Made:
    who, book = c.take("NOVELS")
    c.once("nv:" + who)
    desc = html(f"{who}, from the novel <i>{book}</i>. My reading of the character.", *extras(c))
    item = civ(c, name=f"{who} ({book})", desc=desc, tags=["book", "character"])
    return item, _neg("character_western")


def n_checkpoint(c: Ctx) -> Made:
    name = c.take("CHECKPOINTS")
    c.once("ck:" + name)
    sexual = c.rng.random() < 0.15
    ver = c.pick(["v4", "XL v2", "Flux v1", "Pony v6", "v7.5"])
    desc = html(
        f"<h2>{name} {ver}</h2>",
        c.say(
            [
                "Photorealistic general-purpose checkpoint: people, interiors, street scenes.",
                "A realistic finetune for candid portraits and product photography.",
            ],
            [f"{name}: skin detail without plastic look, any age 20+ and any ethnicity."],
        ),  # fmt: skip
        settings(c),
        prompt_block(c, "photo of a woman, freckles, natural skin"),
        changelog(c),
        *extras(c, own=True),
    )
    if sexual:
        desc += html("Handles NSFW without extra LoRAs.")
    item = civ(c, name=f"{name} {ver}", desc=desc, mtype="Checkpoint",
               tags=["photorealistic", "base model", "realistic"], sexual=sexual)  # fmt: skip
    return item, _neg("checkpoint_realistic")


def n_checkpoint_merge(c: Ctx) -> Made:
    a, b = c.rng.sample(c.v["CHECKPOINTS"], 2)
    c.once("mg:" + a + b)
    r = c.pick(["0.7/0.3", "0.55/0.45", "0.6/0.4"])
    desc = html(
        f"Merge recipe: {a} + {b} ({r}), block-weighted.", changelog(c), *extras(c, own=True)
    )
    item = civ(c, name=f"{a.split()[0]}{b.split()[0]} Merge", desc=desc, mtype="Checkpoint",
               tags=["merge", "realistic"])  # fmt: skip
    return item, _neg("checkpoint_realistic")


def n_hf_checkpoint(c: Ctx) -> Made:
    name = slug(c.pick(c.v["CHECKPOINTS"]))
    card = {"license": "openrail++", "tags": ["stable-diffusion-xl", "photorealistic"],
            "base_model": "stabilityai/stable-diffusion-xl-base-1.0"}  # fmt: skip
    files = ["model_index.json", "unet/diffusion_pytorch_model" + ST]
    item = hf(c, repo=f"{c.pick(['ckptworks', 'photorealm'])}/{name}-sdxl", tags=["sdxl"],
              card=card, files=files)  # fmt: skip
    return item, _neg("checkpoint_realistic")


def n_clothing(c: Ctx) -> Made:
    cloth = c.pick(c.v["CLOTHES"])
    c.once(f"cl:{cloth}{c.rng.randrange(3)}")
    desc = html(
        c.say(
            [
                f"Clothing LoRA: {cloth}. Works on any subject; prompt the wearer yourself.",
                f"<b>{cloth}</b> — fabric folds and stitching, tested on three bases.",
            ],
            [f"Outfit only ({cloth}); no face, no person baked in."],
        ),  # fmt: skip
        *extras(c, f"wearing {cloth.replace(' ', '_')}"),
    )
    item = civ(c, name=c.pick([f"{cloth.title()} | clothing", f"{cloth} outfit"]), desc=desc,
               tags=["clothing", "outfit"])  # fmt: skip
    return item, _neg("clothing")


def n_garment_eponym(c: Ctx) -> Made:
    what, after = c.take("GARMENTS")
    c.once("gm:" + what)
    desc = html(
        f"The {what}, a cut named after {after}. Pattern-accurate seams and lapels; "
        "put it on anyone.",
        *extras(c),
    )
    item = civ(c, name=f"{what} (clothing)", desc=desc, tags=["clothing", "fashion"])
    return item, _neg("clothing")


def n_lighting_pose(c: Ctx) -> Made:
    what = c.pick(c.v["LIGHTS"])
    c.once(f"li:{what}{c.rng.randrange(3)}")
    desc = html(
        c.say([f"Concept LoRA: {what}.", f"Adds {what}; 0.5–0.9."], [f"{what} helper."]),
        *extras(c, what),
    )
    item = civ(c, name=c.pick([f"{what.capitalize()}", f"{what} | concept"]), desc=desc,
               tags=["concept", "lighting" if "pose" not in what else "pose"])  # fmt: skip
    return item, _neg("concept")


def _named_place(key: str, prefix: str, lines: list[str], tags: list[str]) -> Callable[[Ctx], Made]:
    def template(c: Ctx) -> Made:
        name = c.take(key)
        c.once(prefix + name)
        line = c.pick(lines).format(n=name)
        if c.hold:
            line = f"{name}: {c.pick(['scenery', 'reference photos', 'concept art'])}, no people."
        desc = html(line, *extras(c))
        item = civ(c, name=c.pick([f"{name}", f"{name} | scenery", f"{name} (LoRA)"]), desc=desc,
                   tags=tags)  # fmt: skip
        return item, _neg("concept")

    return template


n_bridge_named_person = _named_place(
    "BRIDGES", "br:",
    ["The {n} at dusk: steel cables, fog off the river.",
     "Cityscape LoRA of the {n}, day and night, no people."],
    ["architecture", "cityscape"],
)  # fmt: skip
n_stadium_named_person = _named_place(
    "STADIUMS", "sd:",
    ["Empty stands of the {n}, floodlights on.", "Aerial view of the {n} on match day."],
    ["architecture", "sports venue"],
)  # fmt: skip
n_apple_cultivar_named = _named_place(
    "APPLES", "ap:",
    ["Still life of the {n}, an heirloom variety, on a wooden table.",
     "Orchard photos of the {n} cultivar, russeted skin, autumn light."],
    ["food", "still life"],
)  # fmt: skip
n_asteroid_named = _named_place(
    "ASTEROIDS", "as:",
    ["Asteroid {n} in deep space, radar-shape model.", "Sci-art of asteroid {n} tumbling."],
    ["space", "sci-fi"],
)  # fmt: skip
n_airport_named_person = _named_place(
    "AIRPORTS", "ai:",
    ["Terminal interior of {n}: departures board, glass roof.", "Runway at {n}, golden hour."],
    ["architecture", "airport"],
)  # fmt: skip
n_knot_named_person = _named_place(
    "KNOTS", "kn:",
    ["Macro shots of the {n} in hemp rope.", "Sailing-manual illustrations of the {n}."],
    ["object", "rope"],
)  # fmt: skip


n_lighthouse_named_person = _named_place(
    "LIGHTHOUSES", "lh:",
    ["The {n} on its headland, storm waves, long exposure.",
     "Coastal scenery: the {n}, red-and-white tower at dusk."],
    ["landscape", "coast"],
)  # fmt: skip
n_adage_law_named = _named_place(
    "ADAGES", "ad:",
    ["Motivational office posters of {n}, typographic.",
     "Infographic illustrations explaining {n}, flat vector style."],
    ["typography", "poster"],
)  # fmt: skip


def n_bakery_brand_person(c: Ctx) -> Made:
    brand, what = c.take("BAKERIES")
    c.once("bk:" + brand)
    text = f"{brand} — a {what}. Packaging, shopfront and product shots in their house style."
    if c.hold:
        text = f"Brand look of {brand} ({what}): logo colours, boxes, shop signage."
    desc = html(text, *extras(c))
    item = civ(c, name=f"{brand} packaging style", desc=desc, tags=["brand", "product"])
    return item, _neg("concept")


def n_product_human_name(c: Ctx) -> Made:
    prod, what = c.take("PRODUCTS")
    c.once("pr:" + prod)
    desc = html(
        c.say(
            [
                f"The {prod} {what} — product renders for ads, any angle.",
                f"{prod} ({what}). Studio product photography.",
            ],
            [f"{what.capitalize()} called {prod}: catalogue shots."],
        ),  # fmt: skip
        *extras(c),
    )
    item = civ(c, name=f"{prod} {what}", desc=desc, tags=["product", "object"])
    return item, _neg("concept")


def n_nsfw_concept(c: Ctx) -> Made:
    what = c.pick(["lingerie catalogue", "boudoir set", "topless sunbathing", "nude figure study"])
    c.once(f"nc:{what}{c.rng.randrange(4)}")
    desc = html(f"NSFW concept: {what}. Adults only, any character.", *extras(c))
    item = civ(c, name=f"{what.title()} (NSFW)", desc=desc, tags=["nsfw", "concept"], sexual=True)
    return item, _neg("concept")


def n_hf_style_lora(c: Ctx) -> Made:
    what = c.take("HF_STYLES")
    card = {
        "license": "apache-2.0",
        "tags": ["lora", "style", "flux"],
        "base_model": "black-forest-labs/FLUX.1-dev",
        "instance_prompt": f"{what} photo",
        "widget": [{"text": f"{what} photo, a woman reading in a library"}],
    }
    item = hf(c, repo=f"{c.pick(['styleforge', 'lumenlab'])}/{what}-flux", tags=["lora"], card=card)
    return item, _neg("concept")


def n_painter_style(c: Ctx) -> Made:
    who = c.take("PAINTERS")
    c.once("pa:" + who)
    desc = html(
        c.say(
            [
                f"Style of the painter {who}: broken colour, visible canvas weave.",
                f"{who} style — landscapes and interiors in oil.",
            ],
            [f"In the manner of {who} (painter), 18 plates."],
        ),  # fmt: skip
        *extras(c),
    )
    item = civ(c, name=f"{who} style", desc=desc, tags=["style", "painting"])
    return item, _neg("artist_style")


def n_film_director_style(c: Ctx) -> Made:
    who = c.take("DIRECTORS")
    c.once("fd:" + who)
    text = (
        f"Cinematic look inspired by director {who}'s films: symmetrical frames, teal shadows, "
        "anamorphic flares. No actors, just the look."
    )
    if c.hold:
        text = (
            f"Film stills in the manner of {who} (director): long lenses, grainy night exteriors."
        )
    desc = html(text, *extras(c))
    item = civ(c, name=f"{who} cinematic style", desc=desc, tags=["style", "cinematic"])
    return item, _neg("artist_style")


def n_ai_persona(c: Ctx) -> Made:
    who = c.take("PERSONAS")
    c.once("ps:" + who)
    sexual = c.rng.random() < 0.3
    desc = html(
        c.say(
            [
                f"{who} is a virtual influencer I created — not a real person. 200 generated "
                "images for a consistent face.",
                f"Meet {who}: 100 % AI-generated character, consistent across outfits.",
            ],
            [f"{who} (AI model, fictional). Same face every seed."],
        ),  # fmt: skip
        *extras(c),
    )
    if sexual:
        desc += html("Spicy set for subscribers on v2.")
    item = civ(c, name=f"{who} | virtual influencer", desc=desc, tags=["ai influencer", "woman"],
               sexual=sexual)  # fmt: skip
    return item, _neg("consistent_character")


def n_synthetic_news_anchor(c: Ctx) -> Made:
    who, outlet = c.take("ANCHORS")
    c.once("sa:" + who)
    text = (
        f"{who}, the synthetic news presenter of {outlet}. Fully generated face, no real "
        "person behind it."
    )
    if c.hold:
        text = f"{outlet}'s virtual newsreader {who} — an AI character, not a human presenter."
    desc = html(text, *extras(c))
    item = civ(c, name=f"{who} ({outlet} AI anchor)", desc=desc, tags=["news", "ai"])
    return item, _neg("consistent_character")


def n_ux_persona(c: Ctx) -> Made:
    who, age = c.take("UX_PERSONAS")
    c.once("ux:" + who)
    desc = html(
        f"User-research persona '{who}', {age}, for slide decks. Invented person, generic face.",
        *extras(c),
    )
    item = civ(c, name=f"UX persona: {who}", desc=desc, tags=["persona", "generic"])
    return item, _neg("consistent_character")


def n_generic_woman(c: Ctx) -> Made:
    look = c.pick(["auburn-haired hiker", "barista", "librarian", "farmer's market vendor",
                   "runner at dawn", "architect at a desk", "grey-haired professor",
                   "tattooed florist"])  # fmt: skip
    extra = c.pick(["", "Norwegian ", "Brazilian ", "Vietnamese ", "Ghanaian ", "Turkish "])
    c.once(f"gw:{extra}{look}")
    desc = html(
        c.say(
            [
                f"A random {extra}{look} — the face changes with every seed.",
                f"Stock-photo style {extra}{look}, nobody in particular.",
            ],
            [f"Generic {extra}{look}, varied faces."],
        ),  # fmt: skip
        *extras(c, f"{extra}{look}, woman"),
    )
    item = civ(c, name=f"{extra}{look}".strip().title(), desc=desc,
               tags=["woman", "realistic", "portrait"])  # fmt: skip
    return item, _neg("generic_face")


def n_placeholder_name(c: Ctx) -> Made:
    who = c.take("PLACEHOLDERS")
    c.once("ph:" + who)
    desc = html(f'"{who}" — a made-up average face for wireframes and form mock-ups.', *extras(c))
    item = civ(c, name=f"{who} (placeholder face)", desc=desc, tags=["generic", "face"])
    return item, _neg("generic_face")


def n_tool(c: Ctx) -> Made:
    what = c.pick(c.v["TOOLS"])
    c.once(f"tl:{what}{c.rng.randrange(3)}")
    mtype = c.pick(["Other", "VAE", "Upscaler", "TextualInversion"])
    desc = html(f"{what}. No subject, utility only.", settings(c), changelog(c))
    item = civ(c, name=what.title(), desc=desc, tags=["tool"], mtype=mtype)
    return item, _neg("tool")


def n_style_embedding(c: Ctx) -> Made:
    style = c.pick(["gouache", "linocut", "art nouveau", "dieselpunk", "blueprint", "sumi-e"])
    c.once(f"se:{style}")
    desc = html(f"Embedding for a {style} look.", *extras(c))
    item = civ(c, name=f"{style} embedding", desc=desc, tags=["style"], mtype="TextualInversion")
    return item, _neg("tool")


def n_adetailer_detector(c: Ctx) -> Made:
    what = c.take("DETECTORS")
    card = {"license": "agpl-3.0", "tags": ["object-detection", "yolo", "adetailer"]}
    repo = f"{c.pick(['detectorhub', 'adetail-models'])}/{what}"
    item = hf(c, repo=repo, tags=["ultralytics"], card=card, files=[f"{what}.pt"],
              pipeline="object-detection", library="ultralytics")  # fmt: skip
    return item, _neg("tool")


def n_nonexistent_person(c: Ctx) -> Made:
    c.once(f"ne:{c.rng.randrange(40)}")
    desc = html(
        "Faces sampled from a GAN of people who do not exist. Each seed a new stranger.",
        *extras(c),
    )
    item = civ(c, name=c.pick(["Nobody Real v2", "Stranger Faces", "GAN Strangers"]), desc=desc,
               tags=["face", "generic"])  # fmt: skip
    return item, _neg("nonexistent_person")


def n_body_slider(c: Ctx) -> Made:
    what = c.pick(["height", "shoulder width", "muscle tone", "waist"])
    c.once("bs:" + what)
    desc = html(f"Slider LoRA for {what}: -3 to +3.", *extras(c))
    item = civ(c, name=f"{what.title()} slider", desc=desc, tags=["slider", "body"])
    return item, _neg("body_type")


def n_ethnic_look(c: Ctx) -> Made:
    look = c.pick(["Andean", "Sámi", "Polynesian", "Punjabi", "Berber", "Hmong"])
    c.once("el:" + look)
    desc = html(f"Helps render {look} facial features and dress respectfully.", *extras(c))
    item = civ(c, name=f"{look} look", desc=desc, tags=["ethnicity", "realistic"])
    return item, _neg("ethnic_look")


# ---------------------------------------------------------------- plan

Template = Callable[[Ctx], Made]
POSITIVES: dict[str, tuple[Template, int, int]] = {
    "title_trade": (p_title_trade, 12, 12),
    "pronoun_gender_only": (p_pronoun_gender_only, 5, 5),
    "foreign_trade_gender": (p_foreign_trade_gender, 5, 5),
    "twin_pair": (p_twin_pair, 3, 3),
    "parent_child_pack": (p_parent_child_pack, 3, 3),
    "particle_index_order": (p_particle_index_order, 4, 4),
    "gaelic_prefix_name": (p_gaelic_prefix_name, 4, 4),
    "malay_patronym_gender": (p_malay_patronym_gender, 3, 3),
    "hispanic_y_surnames": (p_hispanic_y_surnames, 3, 3),
    "indonesian_single_name": (p_indonesian_single_name, 4, 4),
    "east_asian_name": (p_east_asian_name, 4, 4),
    "physician_hospital": (p_physician_hospital, 3, 3),
    "grandmaster_title": (p_grandmaster_title, 3, 3),
    "radio_host_station": (p_radio_host_station, 3, 3),
    "court_justice": (p_court_justice, 3, 3),
    "explorer_expedition": (p_explorer_expedition, 3, 3),
    "model_agency_signed": (p_model_agency_signed, 3, 3),
    "birthday_tribute": (p_birthday_tribute, 3, 3),
    "commons_photo_caption": (p_commons_photo_caption, 3, 3),
    "desc_prompt_block_only": (p_desc_prompt_block_only, 3, 3),
    "comfy_workflow_json": (p_comfy_workflow_json, 3, 3),
    "trilingual_page": (p_trilingual_page, 3, 3),
    "patreon_request": (p_patreon_request, 3, 3),
    "daguerreotype_historical": (p_daguerreotype_historical, 3, 3),
    "lookalike_contest_winner": (p_lookalike_contest_winner, 3, 3),
    "live_action_role": (p_live_action_role, 3, 3),
    "faceid_embedding": (p_faceid_embedding, 3, 3),
    "hf_slug": (p_hf_slug, 3, 3),
    "minor_cue": (p_minor_cue, 3, 3),
    "sports_commentator": (p_sports_commentator, 3, 3),
    "podcast_cohosts": (p_podcast_cohosts, 2, 2),
    "ring_name_real_name": (p_ring_name_real_name, 3, 3),
    "conductor_orchestra": (p_conductor_orchestra, 0, 3),
    "architect_portrait": (p_architect_portrait, 0, 3),
    "mayor_of_city": (p_mayor_of_city, 0, 3),
    "auctioneer_house": (p_auctioneer_house, 0, 3),
    "asmr_creator": (p_asmr_creator, 3, 3),
    "fitness_coach_creator": (p_fitness_coach_creator, 3, 3),
    "creator_handle": (p_creator_handle, 4, 4),
    "streamer": (p_streamer, 4, 4),
    "cosplayer": (p_cosplayer, 2, 2),
    "creator_fansite": (p_creator_fansite, 2, 2),
    "creator_unknown_gender": (p_creator_they, 2, 2),
    "private_wedding_couple": (p_private_wedding_couple, 2, 2),
    "private_grandparent": (p_private_grandparent, 3, 3),
    "private_teammate": (p_private_teammate, 2, 2),
    "private_commission": (p_private_commission, 3, 3),
    "private_unknown": (p_private_partner, 2, 2),
    "hf_selfie": (p_hf_selfie, 2, 2),
}
NEGATIVES: dict[str, tuple[Template, int, int]] = {
    "anime_character": (n_anime_character, 18, 18),
    "hf_anime_character": (n_hf_anime_character, 3, 3),
    "gacha_unit_variant": (n_gacha_unit_variant, 4, 4),
    "vtuber": (n_vtuber, 3, 3),
    "boardgame_suspect": (n_boardgame_suspect, 3, 3),
    "comic_strip_character": (n_comic_strip_character, 3, 3),
    "opera_role_no_singer": (n_opera_role_no_singer, 3, 3),
    "novel_character": (n_novel_character, 2, 2),
    "checkpoint": (n_checkpoint, 12, 12),
    "checkpoint_merge": (n_checkpoint_merge, 5, 5),
    "hf_checkpoint": (n_hf_checkpoint, 3, 3),
    "clothing": (n_clothing, 15, 15),
    "garment_eponym": (n_garment_eponym, 3, 3),
    "lighting_pose": (n_lighting_pose, 14, 14),
    "bridge_named_person": (n_bridge_named_person, 3, 3),
    "stadium_named_person": (n_stadium_named_person, 3, 3),
    "apple_cultivar_named": (n_apple_cultivar_named, 3, 3),
    "bakery_brand_person": (n_bakery_brand_person, 3, 3),
    "product_human_name": (n_product_human_name, 4, 4),
    "asteroid_named": (n_asteroid_named, 0, 3),
    "airport_named_person": (n_airport_named_person, 0, 3),
    "knot_named_person": (n_knot_named_person, 0, 3),
    "lighthouse_named_person": (n_lighthouse_named_person, 3, 3),
    "adage_law_named": (n_adage_law_named, 3, 3),
    "nsfw_concept": (n_nsfw_concept, 5, 5),
    "hf_style_lora": (n_hf_style_lora, 4, 4),
    "painter_style": (n_painter_style, 4, 4),
    "film_director_style": (n_film_director_style, 3, 3),
    "ai_persona": (n_ai_persona, 4, 4),
    "synthetic_news_anchor": (n_synthetic_news_anchor, 2, 2),
    "ux_persona": (n_ux_persona, 0, 3),
    "generic_woman": (n_generic_woman, 14, 14),
    "placeholder_name": (n_placeholder_name, 2, 2),
    "tool": (n_tool, 9, 9),
    "style_embedding": (n_style_embedding, 3, 3),
    "adetailer_detector": (n_adetailer_detector, 2, 2),
    "nonexistent_person": (n_nonexistent_person, 2, 2),
    "body_slider": (n_body_slider, 2, 2),
    "ethnic_look": (n_ethnic_look, 3, 3),
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


def build(part: str) -> tuple[list[Item], list[Label]]:
    c = Ctx(part)
    plan: list[tuple[str, bool, Template]] = []
    for likeness, table in ((True, POSITIVES), (False, NEGATIVES)):
        for shape, (template, n_dev, n_hold) in table.items():
            plan += [(shape, likeness, template)] * (n_dev if part == "dev14" else n_hold)
    c.rng.shuffle(plan)
    items: list[Item] = []
    labels: list[Label] = []
    for shape, likeness, template in plan:
        for _ in range(120):
            try:
                item, f = template(c)
                break
            except Retry:
                continue
        else:
            raise RuntimeError(f"{part} {shape}: nothing fresh left")
        sexual, minor = sexual_cue(item), minor_cue(item)
        assert minor == (shape == "minor_cue"), (part, shape, item["name"])
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
    lines = ["| kind | shape | dev14 | hold14 |", "|---|---|---|---|"]
    lines += [
        f"| `{k}` | `{s}` | {rows[(k, s, 'dev14')]} | {rows[(k, s, 'hold14')]} |" for k, s in keys
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
