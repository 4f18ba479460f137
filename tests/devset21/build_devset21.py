"""Build the twenty-first dev set (tests/devset21): ``dev21``, seeded, byte for byte.

Usage, from the repository root::

    .venv/bin/python tests/devset21/build_devset21.py            # rewrite the two files
    .venv/bin/python tests/devset21/build_devset21.py --counts   # print the README's table

Development data written by an independent hand. Every person is invented; the emphasis is the
world's naming cultures (West / East Africa, the Arab world, Iran, Turkey, South and Southeast
Asia, Eastern Europe, Latin America, the Nordics, Greece, the Pacific, East Asia). A person's name
is put in one of the fields real uploaders use (title, tags only, trigger word, file name,
version name, last paragraph, HF repo slug / widget prompt) and the page carries the context
(trade, country, photos, a request) that a rare given name needs. Cues (``sexual_cue``,
``minor_cue``) are checked against every label and never meet.
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
SEEDS = {"dev21": 2_121_021}
ID_BASE = {"dev21": 21_100_000}
Item = dict[str, Any]
Made = tuple[Item, dict[str, Any]]

# ---------------------------------------------------------------- cues

SEXUAL = re.compile(
    r"\b(?:nsfw|nude|nudes|nudity|naked|lingerie|topless|boudoir|sexy|porn|onlyfans|fansly|"
    r"lewd|erotic|hentai|explicit|r18|spicy)\b",
    re.IGNORECASE,
)
STATED_AGE = re.compile(
    r"(?<![\d.,:])(\d{1,2}) ?(?:yo\b|y/o\b|years? old\b|-year-old\b|歳|살|세|岁|歲)"
    r"|\b(?:aged?|Age:) ?(\d{1,2})\b",
    re.IGNORECASE,
)
YOUTH = re.compile(
    r"\b(?:teen|teens|teenage|teenager|junior high|middle school|high school student|"
    r"child actor|child actress|underage|minor)\b|中学生|高校生|初中生|중학생|고등학생|未成年",
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


def texts(item: Item) -> list[str]:
    """Every string a reader of the item sees (not urls, hashes or blob ids)."""
    out: list[str] = []
    _collect(item, out)
    return out


def _levels(item: Item) -> list[int]:
    out = [int(item.get("nsfwLevel") or 0)]
    for v in item.get("modelVersions") or []:
        out.append(int(v.get("nsfwLevel") or 0))
        out += [int(i.get("nsfwLevel") or 0) for i in v.get("images") or []]
    return out


def sexual_cue(item: Item) -> bool:
    """nsfw flag, an R/X/XXX/Blocked bit, an image rated Mature/X, HF not-for-all-audiences,
    or a sexual word in the visible text."""
    if item.get("nsfw") is True or any(lv & 0b111100 for lv in _levels(item)):
        return True
    for v in item.get("modelVersions") or []:
        if any(i.get("nsfw") in ("Mature", "X") for i in v.get("images") or []):
            return True
    if "modelVersions" not in item and "not-for-all-audiences" in (item.get("tags") or []):
        return True
    return any(SEXUAL.search(t) for t in texts(item))


def minor_cue(item: Item) -> bool:
    """Civitai's minor flag, a stated age under 18, or a youth word."""
    if item.get("minor") is True:
        return True
    for text in texts(item):
        if YOUTH.search(text):
            return True
        for m in STATED_AGE.finditer(text):
            if int(m.group(1) or m.group(2)) < 18:
                return True
    return False


# ---------------------------------------------------------------- context


class Retry(Exception):
    """A template drew something already used; draw again."""


class Ctx:
    def __init__(self, part: str, seed: int | None = None, id_base: int | None = None) -> None:
        self.rng = random.Random(SEEDS[part] if seed is None else seed)
        self.next_id = ID_BASE[part] if id_base is None else id_base
        self.keys: set[str] = set()
        self.turns: Counter[str] = Counter()

    def pick(self, seq: Any) -> Any:
        return seq[self.rng.randrange(len(seq))]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def once(self, key: str) -> None:
        if key in self.keys:
            raise Retry
        self.keys.add(key)

    def new_id(self) -> int:
        self.next_id += self.rng.randrange(7, 90)
        return self.next_id

    def hexs(self, n: int) -> str:
        return "".join(self.pick("0123456789abcdef") for _ in range(n))

    def gender(self, key: str, every: int = 3) -> str:
        """female, female, male ... per shape (one man in ``every``)."""
        self.turns[key] += 1
        return "male" if self.turns[key] % every == 0 else "female"


FOLD = str.maketrans(
    {
        "ı": "i",
        "đ": "d",
        "Đ": "D",
        "ø": "o",
        "Ø": "O",
        "ß": "ss",
        "æ": "ae",
        "ł": "l",
        "Ł": "L",
        "ð": "d",
        "þ": "th",
    }
)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(FOLD))
    return text.encode("ascii", "ignore").decode()


def snake(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", fold(text).lower()).strip("_")


def squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(text).lower())


def camel(text: str) -> str:
    parts = [p for p in re.split(r"[^A-Za-z0-9]+", fold(text)) if p]
    return parts[0].lower() + "".join(p.capitalize() for p in parts[1:])


# ---------------------------------------------------------------- page furniture

OLD_BASES = ["SD 1.5", "SD 1.5", "SDXL 1.0", "SD 2.1"]
BASES = ["SD 1.5", "SDXL 1.0", "Pony", "Illustrious", "Flux.1 D", "Flux.1 D", "SD 3.5", "Qwen"]
UPLOADERS = [
    "kaeru_lab", "nightbus_diffuse", "m0nsoon_ai", "ferrovia", "tofu_tensor", "gradnorm",
    "saltflat_studio", "b4tch_size", "pixelhaji", "orbitcat", "lowrank_larry", "mangrove_ml",
    "shiitake_sd", "vintage_vector", "kopi_tubruk",
]  # fmt: skip
SAMPLERS = ["Euler a", "DPM++ 2M Karras", "DPM++ SDE", "Euler", "UniPC", "Heun", "res_2s"]
THANKS = [
    "thx for download!! pls post ur gen 🙏", "Asante sana kwa kupakua! ❤️",
    "شكراً للتحميل، لا تنسوا التقييم 🌹", "ممنون که دانلود کردید 🙏",
    "İndirdiğiniz için teşekkürler, yorum bırakmayı unutmayın!", "डाउनलोड करने के लिए धन्यवाद 🙏",
    "ขอบคุณที่โหลดนะคะ 💕", "Cảm ơn mọi người nha!", "Salamat sa pag-download, mga lods!",
    "Makasih udah download, jangan lupa review ya kak", "Dzięki za pobranie!",
    "Дякую за завантаження! 💙💛", "Спасибо за скачивание, жду ваши генерации",
    "¡Gracias por descargar! Dejen su review 🙌", "Valeu por baixar, galera!",
    "Tusen takk for nedlastingen!", "Ευχαριστώ πολύ! 🇬🇷", "Fakafeta'i lahi atu! 🌺",
    "ダウンロードありがとうございます🙇",
    "다운로드 감사합니다~ 리뷰 부탁드려요",
    "感谢下载，求个五星好评～",
]  # fmt: skip
SUPPORT = [
    "buy me a coffee ☕ ko-fi.com/{u}", "requests → my discord, link in bio",
    "Patreon gets the early epochs: patreon.com/{u}", "pls leave a ⭐ review it helps a lot",
    "if u use it in a merge pls credit, thx", "Comments open, I reply most days.",
]  # fmt: skip
FIXES = [
    "retrain w/ cleaner captions", "less overcooked at 1.0", "flux version added", "fixed eyes",
    "rank 32 → 16, smaller file", "new preview imgs", "dataset +40 imgs",
    "removed blurry imgs from dataset", "better skin texture",
]  # fmt: skip
SCENES = [
    "street snap at night, neon", "studio portrait, grey seamless", "cafe terrace, morning",
    "red carpet, flash photography", "beach at sunset, wind", "concert stage, spotlight",
    "airport fashion, candid", "sitting on a sofa, window light", "interview set, tv studio",
]  # fmt: skip
NEG_PROMPT = "(worst quality:1.4), lowres, bad anatomy, bad hands, watermark, text, jpeg artifacts"


def html(*parts: str) -> str:
    return "".join(p if p.startswith("<") else f"<p>{p}</p>" for p in parts if p)


def settings(c: Ctx) -> str:
    lines = [
        f"Sampler: {c.pick(SAMPLERS)} / {c.rng.randrange(18, 41)} steps",
        f"CFG {c.pick([2, 3.5, 4, 5, 6.5, 7])}",
        f"weight {c.pick(['0.6-0.8', '0.7', '0.8~1.0', '0.75'])}",
        c.pick(
            [
                "hires 1.5x denoise 0.4", "adetailer face ON", "clip skip 2", "no refiner needed",
                "4xUltrasharp upscale",
            ]
        ),
    ]  # fmt: skip
    if c.chance(0.5):
        return (
            "<p><strong>Settings:</strong></p><ul>"
            + "".join(f"<li>{x}</li>" for x in lines)
            + "</ul>"
        )
    return "<p>" + " | ".join(lines) + "</p>"


def prompt_block(c: Ctx, subject: str) -> str:
    w = c.pick(["0.8", "0.9", "1", "0.7"])
    pos = f"{subject}, {c.pick(SCENES)}, raw photo, 8k uhd, film grain"
    if c.chance(0.5):
        pos = f"<lora:{c.pick(['ckpt', 'x', 'v2'])}_{c.hexs(4)}:{w}> " + pos
    return f"<p>example prompt:</p><pre><code>{pos}\nNegative prompt: {NEG_PROMPT}</code></pre>"


def changelog(c: Ctx) -> str:
    n = c.rng.randrange(1, 4)
    m = c.rng.randrange(3, 12)
    rows = [
        f"{c.pick(['2024', '2025'])}/{m - k:02d}/{c.rng.randrange(1, 28):02d} v{n - k}: "
        f"{c.pick(FIXES)}"
        for k in range(n)
    ]
    return (
        "<p><strong>Changelog</strong></p><ul>" + "".join(f"<li>{r}</li>" for r in rows) + "</ul>"
    )


def page(c: Ctx, head: list[str], subject: str | None, tail: list[str] | None = None) -> str:
    """head lines, settings, prompt, changelog, support, thanks, then ``tail`` (last paragraph)."""
    user = c.pick(UPLOADERS)
    parts = [*head, settings(c)]
    if subject is not None:
        parts.append(prompt_block(c, subject))
    if c.chance(0.7):
        parts.append(changelog(c))
    parts += [c.pick(SUPPORT).format(u=user), c.pick(THANKS), *(tail or [])]
    return html(*parts)


# ---------------------------------------------------------------- API items


def civ(
    c: Ctx,
    *,
    name: str,
    desc: str,
    tags: list[str],
    mtype: str = "LORA",
    trained: list[str] | None = None,
    vname: str | None = None,
    fname: str | None = None,
    more_versions: list[tuple[str, str]] | None = None,
    sexual: bool = False,
    sfw: bool = False,
    meta: str | None = None,
) -> Item:
    """A Civitai /api/v1/models item in the 2023 catalog shape or the 2025 shape."""
    mid = c.new_id()
    new = c.chance(0.6)
    ext = ".pt" if mtype == "TextualInversion" else ".safetensors"
    specs = [
        (
            vname or c.pick(["v1.0", "v2", "V3.0", "flux_v1", "XL", "v1", "epoch10", "ILXL"]),
            fname or (snake(name)[:60] or f"lora_{c.hexs(6)}") + ext,
            trained or [],
        )
    ]
    specs += [(vn, fn, trained or []) for vn, fn in more_versions or []]
    if more_versions is None and c.chance(0.12):  # an older version kept on the page
        specs.append((c.pick(["v0.9", "v1 (old)", "beta", "sd15"]), f"old_{c.hexs(6)}{ext}", []))
    versions = []
    for vi, (vn, fn, tw) in enumerate(specs):
        vid = mid * 3 + 17 + vi
        images = []
        for k in range(c.rng.randrange(1, 4)):
            img: dict[str, Any] = {
                "id": vid * 10 + k,
                "url": f"https://image.civitai.com/xG1nkqKTMzGDvpLrqFT7WA/{c.hexs(8)}-{c.hexs(4)}"
                f"/width=832/{vid}{k}.jpeg",
                "width": c.pick([832, 768, 1024, 896]),
                "height": c.pick([1216, 1152, 1024, 1344]),
                "hash": "U" + c.hexs(27),
            }
            if new:
                lvl = (4 if k == 0 else 8) if sexual else 1 if sfw else c.pick([1, 1, 2])
                img.update(
                    nsfwLevel=lvl,
                    type="image",
                    minor=False,
                    poi=False,
                    hasMeta=meta is not None and k == 0,
                    onSite=c.chance(0.25),
                    remixOfId=None,
                )
            else:
                img["nsfw"] = (
                    ("Mature" if k == 0 else "X")
                    if sexual
                    else ("None" if sfw else c.pick(["None", "None", "Soft"]))
                )
            if meta is not None and k == 0 and vi == 0:
                img["meta"] = {
                    "prompt": meta,
                    "negativePrompt": NEG_PROMPT,
                    "sampler": c.pick(SAMPLERS),
                    "steps": c.rng.randrange(20, 36),
                    "cfgScale": c.pick([3.5, 5, 7]),
                    "seed": c.rng.randrange(10**9, 10**10),
                }
            images.append(img)
        when = f"{'2025' if new else '2023'}-{c.rng.randrange(1, 10):02d}-{c.rng.randrange(10, 28)}"
        v: dict[str, Any] = {
            "id": vid,
            "name": vn,
            "baseModel": c.pick(BASES if new else OLD_BASES),
            "createdAt": when + "T09:41:12.000Z",
            "description": None,
            "trainedWords": tw,
            "files": [
                {
                    "id": vid + 5,
                    "sizeKB": round(c.rng.uniform(9000, 230000), 3),
                    "name": fn,
                    "type": "Model",
                    "pickleScanResult": "Success",
                    "virusScanResult": "Success",
                    "metadata": {
                        "format": "PickleTensor" if fn.endswith(".pt") else "SafeTensor",
                        "size": "pruned" if mtype == "Checkpoint" else None,
                        "fp": c.pick(["fp16", "bf16", "fp32"]),
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
            v.update(
                index=vi,
                baseModelType="Standard",
                publishedAt=v["createdAt"],
                status="Published",
                availability="Public",
                nsfwLevel=(1 | 4 | 8) if sexual else 1 if sfw else c.pick([1, 3]),
                covered=True,
                stats={
                    "downloadCount": c.rng.randrange(2, 7000),
                    "ratingCount": 0,
                    "rating": 0,
                    "thumbsUpCount": c.rng.randrange(250),
                    "thumbsDownCount": c.rng.randrange(3),
                },
            )
        else:
            v.update(modelId=mid, earlyAccessTimeFrame=0)
        versions.append(v)
    item: Item = {
        "id": mid,
        "name": name,
        "description": desc,
        "allowNoCredit": c.chance(0.7),
        "allowCommercialUse": c.pick([["Image"], ["Image", "RentCivit"], []])
        if new
        else c.pick(["Image", "Rent", "None", "Sell"]),
        "allowDerivatives": c.chance(0.8),
        "allowDifferentLicense": c.chance(0.4),
        "type": mtype,
    }
    if new:
        item.update(
            minor=False,
            sfwOnly=False,
            poi=False,
            nsfw=sexual,
            nsfwLevel=(1 | 4 | 8) if sexual else 1 if sfw else c.pick([1, 3]),
            availability="Public",
            cosmetic=None,
            supportsGeneration=c.chance(0.5),
        )
    else:
        item.update(poi=False, nsfw=sexual)
    stats: dict[str, Any] = {
        "downloadCount": c.rng.randrange(5, 25000),
        "favoriteCount": c.rng.randrange(400),
        "commentCount": c.rng.randrange(40),
    }
    if new:
        stats.update(
            thumbsUpCount=c.rng.randrange(700),
            thumbsDownCount=0,
            ratingCount=0,
            rating=0,
            tippedAmountCount=c.rng.randrange(10),
        )
    else:
        stats.update(ratingCount=c.rng.randrange(30), rating=round(c.rng.uniform(4.0, 5), 2))
    user = c.pick(UPLOADERS)
    item.update(
        stats=stats,
        tags=tags,
        modelVersions=versions,
        creator={"username": user, "image": f"https://image.civitai.com/u/{c.hexs(8)}.png"},
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
    extra = [library, pipeline]
    if isinstance(base, str):
        extra.append(f"base_model:adapter:{base}" if "lora" in tags else f"base_model:{base}")
    if sexual:
        extra.append("not-for-all-audiences")
    lic = card.get("license")
    sib = []
    for f in [".gitattributes", "README.md", *(files or ["lora.safetensors"])]:
        s: dict[str, Any] = {"rfilename": f}
        if f.endswith((".safetensors", ".bin", ".onnx", ".pt", ".gguf")):
            s["lfs"] = {
                "sha256": c.hexs(64),
                "size": c.rng.randrange(10**6, 6 * 10**9),
                "pointerSize": 134,
            }
        sib.append(s)
    return {
        "_id": c.hexs(24),
        "id": repo,
        "modelId": repo,
        "author": repo.split("/")[0],
        "sha": c.hexs(40),
        "createdAt": f"2025-{c.rng.randrange(1, 12):02d}-{c.rng.randrange(10, 28)}T11:02:00.000Z",
        "lastModified": f"2026-0{c.rng.randrange(1, 9)}-1{c.rng.randrange(0, 9)}T07:30:00.000Z",
        "private": False,
        "disabled": False,
        "gated": c.pick([False, False, "auto"]),
        "downloads": c.rng.randrange(0, 12000),
        "likes": c.rng.randrange(0, 120),
        "library_name": library,
        "tags": [*tags, *extra, *([f"license:{lic}"] if lic else []), "region:us"],
        "pipeline_tag": pipeline,
        "cardData": card,
        "siblings": sib,
    }


HF_ORGS = [
    "tamarind-labs", "quokkadiffusion", "nyx-forge", "baobab-ai", "sundarbanml", "fjordpixel",
    "lagoonloras", "kestrel-gen", "mochi-weights", "andes-latent",
]  # fmt: skip
FLUX = "black-forest-labs/FLUX.1-dev"
SDXL = "stabilityai/stable-diffusion-xl-base-1.0"


def facts(
    kind: str,
    target: str | None,
    gender: str | None,
    aliases: list[str] | None = None,
    targets: list[str] | None = None,
) -> dict[str, Any]:
    return {
        "kind": kind,
        "target": target,
        "gender": gender,
        "targets": targets if targets is not None else ([target] if target else []),
        "aliases": [a for a in dict.fromkeys(aliases or []) if a and a != target],
    }


# ---------------------------------------------------------------- people (all invented)
# "Latin|Script" pairs; a family name "F/M" has a female and a male form. order "gf" writes
# given-first, "fg" family-first (Korean, Chinese, Japanese, Vietnamese). ``local`` holds a
# gendered trade word of the page's language (female, male), ``en`` English trades.

# fmt: off
CULTURES: dict[str, dict[str, Any]] = {
    "akan": dict(
        f=["Akosua", "Abenaa", "Adwoa", "Efua", "Yaaba", "Ekua"],
        m=["Kwabena", "Fiifi", "Kwaku", "Yaw"],
        fam=["Boakyewaa-Antwi", "Sarpomaa", "Ofosuhene", "Nkansaah", "Darkwa-Mensaba",
            "Adomakohene"],
        order="gf", country="Ghana", flag="🇬🇭", local=[("Kumawood actress", "Kumawood actor")],
        en=["actress", "highlife singer", "news presenter", "TV host"], lang="Twi",
    ),
    "igbo_yoruba": dict(
        f=["Chinwendu", "Ifeoluwa", "Nkiruka", "Ebunoluwa", "Ugochinyere", "Hadiza"],
        m=["Tochukwu", "Olumide", "Ifeanyichukwu", "Aminu"],
        fam=["Ezeanolue", "Nwachiobi", "Adebanjo-Lawal", "Oyelaran", "Danmusa", "Ikpeazor"],
        order="gf", country="Nigeria", flag="🇳🇬",
        local=[("Nollywood actress", "Nollywood actor")],
        en=["Nollywood star", "afrobeats singer", "OAP", "skit maker"], lang="Yoruba",
    ),
    "east_africa": dict(
        f=["Wanjiru", "Nyokabi", "Achieng", "Zawadi", "Chepkorir", "Mahlet|ማህሌት"],
        m=["Kiprono", "Otieno", "Baraka", "Dawit|ዳዊት"],
        fam=["Kamaunda", "Mwakalinga", "Wekesa-Odero", "Tesfahun|ተስፋሁን", "Njambi-Kariuki",
            "Chelimo"],
        order="gf", country="Kenya", flag="🇰🇪", local=[("msanii wa kike", "msanii wa kiume")],
        en=["bongo flava singer", "marathon runner", "news anchor", "actress"], lang="Swahili",
    ),
    "arab": dict(
        f=["Layan|ليان", "Rawan|روان", "Sundus|سندس", "Hadeel|هديل", "Lujain|لجين", "Dima|ديما"],
        m=["Yazan|يزن", "Taim|تيم", "Mutasim|معتصم", "Fares|فارس"],
        fam=["Al-Mahrouqi|المحروقي", "El-Tawil|الطويل", "Haddadin|حدادين", "Zreik|زريق",
            "Al-Hinnawi|الحناوي", "Bou Saab|بو صعب"],
        order="gf", country="Jordan", flag="🇯🇴",
        local=[("الممثلة", "الممثل"), ("المغنية", "المغني")],
        en=["actress", "singer", "TV presenter"], lang="Arabic",
    ),
    "persian": dict(

        f=["Shaghayegh|شقایق", "Parastoo|پرستو", "Mahtab|مهتاب", "Taraneh|ترانه", "Baharak|بهارک"],
        m=["Bardia|بردیا", "Kaveh|کاوه", "Siavash|سیاوش"],
        fam=["Rahnavard|رهنورد", "Khoshnevis|خوشنویس", "Ghaffarzadeh|غفارزاده",
            "Mirbagheri|میرباقری", "Dehghanpour|دهقان‌پور"],
        order="gf", country="Iran", flag="🇮🇷",
        local=[("بازیگر زن", "بازیگر مرد"), ("خانم", "آقای")],
        en=["actress", "singer", "football player"], lang="Persian",
    ),
    "turkish": dict(
        f=["Işıl", "Gülşah", "Nehir", "Öykü", "Ilgın", "Derin"],
        m=["Çağan", "Eymen", "Alpaslan", "Tolga"],
        fam=["Karaağaçlı", "Kocabıyık", "Dağdelenli", "Yüceer", "Esmeroğlu", "Gökçeada"],
        order="gf", country="Türkiye", flag="🇹🇷",
        local=[("Hanım", "Bey"), ("kadın oyuncu", "erkek oyuncu")],
        en=["dizi actress", "pop singer", "volleyball player"], lang="Turkish",
    ),
    "hindi": dict(
        f=["Mrinalini|मृणालिनी", "Anvesha|अन्वेषा", "Rupali|रूपाली", "Ishita|इशिता",
            "Tanvika|तन्विका"],
        m=["Vihaan|विहान", "Advait|अद्वैत", "Shaurya|शौर्य"],
        fam=["Raizada|रायज़ादा", "Kulshreshtha|कुलश्रेष्ठ", "Bhatnagar|भटनागर",
            "Mehrotra|मेहरोत्रा"],
        order="gf", country="India", flag="🇮🇳", local=[("अभिनेत्री", "अभिनेता")],
        en=["bollywood actress", "TV serial actress", "playback singer"], lang="Hindi",
    ),
    "tamil": dict(
        f=["Kayalvizhi|கயல்விழி", "Nilavani|நிலவாணி", "Yazhini|யாழினி", "Thenmozhi|தேன்மொழி"],
        m=["Ilango|இளங்கோ", "Mugilan|முகிலன்", "Kathiravan|கதிரவன்"],
        fam=["Sundaralingam|சுந்தரலிங்கம்", "Periyasamy|பெரியசாமி", "Velayutham|வேலாயுதம்"],
        order="gf", country="Tamil Nadu", flag="🇮🇳", local=[("நடிகை", "நடிகர்")],
        en=["kollywood actress", "anchor", "serial actress"], lang="Tamil",
    ),
    "bengali": dict(
        f=["Tithi|তিথি", "Shreyoshi|শ্রেয়সী", "Nabanita|নবনীতা", "Ahona|অহনা"],
        m=["Sayantan|সায়ন্তন", "Arkaprabha|অর্কপ্রভ"],
        fam=["Lahiri|লাহিড়ী", "Majumdar|মজুমদার", "Dasgupta|দাশগুপ্ত", "Sengupta|সেনগুপ্ত"],
        order="gf", country="Kolkata", flag="🇮🇳", local=[("অভিনেত্রী", "অভিনেতা")],
        en=["tollywood actress", "rabindra sangeet singer", "news reader"], lang="Bengali",
    ),
    "punjabi": dict(
        f=["Jasleen|ਜਸਲੀਨ", "Harnoor|ਹਰਨੂਰ", "Simrat|ਸਿਮਰਤ", "Ravneet|ਰਵਨੀਤ"],
        m=["Gurfateh|ਗੁਰਫ਼ਤਿਹ", "Jaskaran|ਜਸਕਰਨ"],
        fam=["Kaur Sandhawalia/Singh Sandhawalia", "Kaur Bhullar/Singh Bhullar",
            "Kaur Virk/Singh Virk"],
        order="gf", country="Punjab", flag="🇮🇳", local=[("ਗਾਇਕਾ", "ਗਾਇਕ")],
        en=["punjabi singer", "pollywood actress", "kabaddi player"], lang="Punjabi",
    ),
    "thai": dict(
        f=["Kanyarat|กันยารัตน์", "Warisara|วริศรา", "Sirilak|ศิริลักษณ์", "Thitirat|ฐิติรัตน์"],
        m=["Thanakrit|ธนกฤต", "Phuwadon|ภูวดล"],
        fam=["Suwannaphakdi|สุวรรณภักดี", "Jiraphongsakul|จิรพงศ์สกุล", "Rattanawichai|รัตนวิชัย"],
        order="gf", country="Thailand", flag="🇹🇭", local=[("นักแสดงหญิง", "นักแสดงชาย")],
        en=["lakorn actress", "T-pop singer", "MC"], lang="Thai",
        nick_f=["Namwan", "Kaimuk", "Pangpond", "Prae"], nick_m=["Tonkla", "Kao"],
    ),
    "viet": dict(
        f=["Thảo Vy", "Khánh Linh", "Bảo Ngọc", "Hoài Thương"], m=["Minh Khôi", "Đức Thịnh"],
        fam=["Hứa", "Lương", "Tôn Nữ", "Lâm", "Quách"], order="fg", country="Việt Nam", flag="🇻🇳",
        local=[("nữ diễn viên", "nam diễn viên"), ("nữ ca sĩ", "nam ca sĩ")],
        en=["actress", "singer", "hot girl"], lang="Vietnamese",
    ),
    "filipino": dict(
        f=["Rica Mae", "Jhoanna Liz", "Kyla Marie", "Ma. Kristel"], m=["Jhon Rey", "Mark Angelo"],
        fam=["Dimaculangan", "Macaspac", "Dimayuga", "Sarmiento-Lagman"], order="gf",
        country="Philippines", flag="🇵🇭", local=[("aktres", "aktor"), ("Ate", "Kuya")],
        en=["teleserye actress", "kapamilya star", "vlogger"], lang="Tagalog",
    ),
    "indonesian": dict(
        f=["Nadhira Ayuningtyas", "Sekarwangi", "Gendhis Rahmawening", "Laksmita Prameswari",
            "Kirana Wulansari", "Sekar Ayuning Gusti", "Cempaka Larasati"],
        m=["Bagas Wicaksono", "Dimas Arkananta", "Gilang Prabaswara", "Yudhistira Anggakara"],
        fam=[""], order="gf", country="Indonesia", flag="🇮🇩",
        local=[("artis cewek", "artis cowok")],
        en=["sinetron actress", "dangdut singer", "presenter"], lang="Indonesian",
    ),
    "polish": dict(
        f=["Ignacja", "Jagoda", "Zofia", "Bożena"], m=["Bartłomiej", "Szymon"],
        fam=["Wróblewska/Wróblewski", "Przybylska/Przybylski", "Chmielowska/Chmielowski",
            "Szczepańska/Szczepański"],
        order="gf", country="Polska", flag="🇵🇱",
        local=[("aktorka", "aktor"), ("piosenkarka", "piosenkarz")],
        en=["actress", "singer", "ski jumper"], lang="Polish",
    ),
    "czech": dict(
        f=["Vendula", "Bohdana", "Radka"], m=["Radim", "Vojtěch"],
        fam=["Hrušková/Hrušek", "Dvořáčková/Dvořáček", "Kopřivová/Kopřiva"], order="gf",
        country="Česko", flag="🇨🇿", local=[("herečka", "herec")],
        en=["actress", "tennis player", "moderátorka"], lang="Czech",
    ),
    "ukrainian": dict(
        f=["Solomiia|Соломія", "Yaryna|Ярина", "Ustyna|Устина", "Zlata|Злата"],
        m=["Bohdan|Богдан", "Taras|Тарас"],
        fam=["Hnatyshyn|Гнатишин", "Melnychenko|Мельниченко", "Kravets|Кравець",
            "Zhuravska/Zhuravskyi|Журавська/Журавський"],
        order="gf", country="Україна", flag="🇺🇦",
        local=[("акторка", "актор"), ("співачка", "співак")],
        en=["singer", "actress", "biathlete"], lang="Ukrainian",
    ),
    "russian": dict(
        f=["Yaroslava|Ярослава", "Vasilisa|Василиса", "Milena|Милена", "Zlatoslava|Златослава"],
        m=["Gleb|Глеб", "Timofey|Тимофей"],
        fam=["Lapshina/Lapshin|Лапшина/Лапшин", "Belousova/Belousov|Белоусова/Белоусов",
            "Grebneva/Grebnev|Гребнева/Гребнев", "Shuvalova/Shuvalov|Шувалова/Шувалов"],
        order="gf", country="Россия", flag="🇷🇺",
        local=[("актриса", "актёр"), ("певица", "певец")],
        en=["actress", "blogger", "figure skating coach"], lang="Russian",
    ),
    "latam": dict(
        f=["María Fernanda", "Ximena", "Luz Marina", "Maite", "Yuliana"],
        m=["Juan Esteban", "Santiago"],
        fam=["Villaseñor Quiroga", "Echeverri Zuluaga", "de la Garza Montoya",
            "Buitrago Cárdenas", "de los Ríos Anaya"],
        order="gf", country="Colombia", flag="🇨🇴",
        local=[("actriz", "actor"), ("presentadora", "presentador")],
        en=["telenovela actress", "reggaeton singer", "weather girl"], lang="Spanish",
    ),
    "lusophone": dict(
        f=["Thaís", "Iara", "Luana", "Maiara"], m=["Caíque", "Rafael"],
        fam=["dos Anjos Ribeiro", "da Cunha Falcão", "dos Reis Peixoto", "de Oliveira Brandt"],
        order="gf", country="Brasil", flag="🇧🇷",
        local=[("atriz", "ator"), ("apresentadora", "apresentador")],
        en=["novela actress", "funk singer", "BBB participant"], lang="Portuguese",
    ),
    "nordic": dict(
        f=["Solveig", "Ingunn", "Sigrún", "Ragnhild", "Åsne"], m=["Eskil", "Torbjørn"],
        fam=["Bjørnstad", "Åkerlund", "Hallgrímsdóttir/Hallgrímsson", "Ødegård-Lie", "Strømsvik"],
        order="gf", country="Norge", flag="🇳🇴",
        local=[("skådespelerska", "skådespelare"), ("sångerska", "sångare")],
        en=["actress", "handball player", "weather presenter"], lang="Norwegian",
    ),
    "greek": dict(
        f=["Eleftheria|Ελευθερία", "Despoina|Δέσποινα", "Chrysanthi|Χρυσάνθη"],
        m=["Spyridon|Σπυρίδων", "Stavros|Σταύρος"],
        fam=["Karamanlidou/Karamanlidis|Καραμανλίδου/Καραμανλίδης",
            "Tsakiridou/Tsakiridis|Τσακιρίδου/Τσακιρίδης",
            "Vlachogianni/Vlachogiannis|Βλαχογιάννη/Βλαχογιάννης"],
        order="gf", country="Ελλάδα", flag="🇬🇷",
        local=[("τραγουδίστρια", "τραγουδιστής"), ("παρουσιάστρια", "παρουσιαστής")],
        en=["actress", "singer", "TV presenter"], lang="Greek",
    ),
    "pacific": dict(
        f=["Sefina", "Losana", "Aroha", "Lupe"], m=["Sione", "Tevita", "Iosefa", "Manaia"],
        fam=["Sapolu-Leota", "Fa'anunu", "Heimuli-Kata", "Te Whetūrangi", "Tuimavave"],
        order="gf", country="Samoa", flag="🇼🇸", local=[("netball player", "rugby player")],
        en=["singer", "TV host"], lang="Samoan", weak=True,
    ),
    "korean": dict(
        f=["Seo-yul|서율", "Da-bin|다빈", "So-ah|소아", "Ri-won|리원", "Ha-yoon|하윤"],
        m=["Ji-hwan|지환", "Tae-oh|태오"],
        fam=["Pyo|표", "Seok|석", "Bang|방", "Yeon|연", "Gyeong|경"], order="fg", country="Korea",
        flag="🇰🇷", local=[("여배우", "남배우"), ("걸그룹", "보이그룹")],
        en=["kdrama actress", "idol", "kpop singer"], lang="Korean",
    ),
    "japanese": dict(
        f=["Kotone|ことね", "Yuika|ゆいか", "Minori|みのり", "Hinano|ひなの"],
        m=["Minato|湊", "Ren|蓮"],
        fam=["Shinonome|東雲", "Kuze|久世", "Makabe|真壁", "Ōtori|鳳", "Sumi|鷲見"], order="fg",
        country="Japan", flag="🇯🇵", local=[("女優", "俳優"), ("グラビアアイドル", "俳優")],
        en=["gravure idol", "actress", "seiyuu"], lang="Japanese",
    ),
    "chinese": dict(
        f=["Ruoxi|若溪", "Shuyao|书瑶", "Yutong|语桐", "Qinglan|青岚"],
        m=["Zimo|子墨", "Haoxuan|皓轩"], fam=["Xian|冼", "Lin|蔺", "Wu|邬", "Li|郦", "Qu|瞿"],
        order="fg", country="China", flag="🇨🇳", local=[("女演员", "男演员"), ("女星", "男星")],
        en=["cdrama actress", "singer", "douyin star"], lang="Chinese",
    ),
}
# fmt: on
CJK = {"korean", "japanese", "chinese"}
MALE_FORMS = [
    ("actress", "actor"), ("weather girl", "weatherman"), ("hot girl", "hot boy"),
    ("moderátorka", "moderátor"),
]  # fmt: skip


def _form(entry: str, gender: str) -> tuple[str, str | None]:
    lat, _, scr = entry.partition("|")
    lf, _, lm = lat.partition("/")
    sf, _, sm = scr.partition("/")
    return (lm or lf, sm or sf or None) if gender == "male" else (lf, sf or None)


class Person:
    """An invented person of a culture: latin name, script name, trade words."""

    def __init__(self, c: Ctx, culture: str, gender: str) -> None:
        cu = CULTURES[culture]
        self.culture, self.gender, self.cu = culture, gender, cu
        g_lat, g_scr = _form(c.pick(cu["f"] if gender == "female" else cu["m"]), gender)
        f_lat, f_scr = _form(c.pick(cu["fam"]), gender)
        self.given, self.family = g_lat, f_lat
        if cu["order"] == "fg":
            self.name = f"{f_lat} {g_lat}"
            sep = "" if culture in CJK else " "
            self.script = f"{f_scr}{sep}{g_scr}" if f_scr and g_scr else None
        else:
            self.name = f"{g_lat} {f_lat}".strip()
            self.script = f"{g_scr} {f_scr}" if f_scr and g_scr else None
        c.once("person:" + self.name)
        k = 0 if gender == "female" else 1
        self.local = c.pick(cu["local"])[k]
        self.en = c.pick(cu["en"])
        if gender == "male":
            for a, b in MALE_FORMS:
                self.en = self.en.replace(a, b)
        nicks = cu.get("nick_f" if gender == "female" else "nick_m")
        self.nick = c.pick(nicks) if nicks else None

    @property
    def aliases(self) -> list[str]:
        out = [self.script or "", fold(self.name), squash(self.name)]
        if self.cu["order"] == "fg":
            out.append(f"{self.given} {self.family}")
        return [a for a in out if a]

    def pron(self) -> tuple[str, str]:
        return ("she", "her") if self.gender == "female" else ("he", "his")

    def gword(self) -> str:
        return "woman" if self.gender == "female" else "man"


# ---------------------------------------------------------------- likeness templates

GENERIC_TAGS = [
    "realistic", "photorealistic", "portrait", "woman", "person", "flux", "sdxl", "real person",
    "photography", "face", "character", "beautiful",
]  # fmt: skip
REQUESTERS = ["d4rkm4tter", "quietrain", "teh_saucer", "nkem_arts", "blu_kite", "zzzyx"]


def person_tags(c: Ctx, p: Person, *more: str) -> list[str]:
    pool = [t for t in GENERIC_TAGS if t not in ("woman", "man")]
    tags = c.rng.sample(pool, c.rng.randrange(1, 4))
    if c.chance(0.5):
        tags.append(p.gword())
    return [*tags, *more]


def context_line(c: Ctx, p: Person) -> str:
    """The trade / country / photos line that carries a rare name (with a gender cue)."""
    she, her = p.pron()
    n = c.rng.randrange(25, 160)
    cu = p.cu
    opts = [
        f"{p.en} from {cu['country']} {cu['flag']}, trained on {n} pics of {her}",
        f"{she} is a {p.en} in {cu['country']}. {n} imgs, mostly press + ig",
        f"irl photos only ({n}), {p.en} {cu['flag']}, {she} looks great at 0.8",
    ]
    if not cu.get("weak"):
        opts += [
            f"{p.local} {cu['flag']} · dataset {n} imgs",
            f"{p.local} — {cu['country']} {cu['flag']} ({n} photos)",
        ]
    return c.pick(opts)


def shown_name(c: Ctx, p: Person) -> str:
    """The name as uploaders write it: any case, sometimes with the honorific or nickname."""
    r = c.rng.random()
    if r < 0.15:
        return p.name.lower()
    if r < 0.25:
        return p.name.upper()
    if p.culture == "persian" and p.local in ("خانم", "آقای") and r < 0.5:
        return f"{p.name} {'Khanom' if p.gender == 'female' else 'Agha'}"
    if p.culture == "turkish" and p.local in ("Hanım", "Bey") and r < 0.5:
        return f"{p.name} {p.local}"
    if p.culture == "filipino" and p.local in ("Ate", "Kuya") and r < 0.5:
        return f"{p.local} {p.name}"
    return p.name


LAYOUTS = [
    "title", "title", "tags_only", "trigger", "file", "version", "last_paragraph", "script_title",
    "hf", "hf",
]  # fmt: skip


def likeness_page(
    c: Ctx,
    p: Person,
    layout: str,
    kind: str = "public_figure",
    extra_tags: list[str] | None = None,
    extra_head: str = "",
    no_sexual: bool = False,
) -> Made:
    """A page of person ``p`` with the name in the field ``layout`` names."""
    ctx = context_line(c, p)
    nm = shown_name(c, p)
    al = [*p.aliases, nm if nm.lower() != p.name.lower() else ""]
    subj = c.pick(["ohwx " + p.gword(), "1person, realistic"])
    if layout in ("title", "script_title") and c.chance(0.5):
        subj = f"photo of {squash(p.name)}"
    tags = person_tags(c, p, *(extra_tags or []))
    head = [x for x in (extra_head,) if x]
    if layout == "script_title" and not p.script:
        layout = "title"
    if layout == "hf":
        slug = snake(p.name).replace("_", "-")
        trig = c.pick([squash(p.name), "TOK", f"{squash(p.given)[:4]}_{c.hexs(3)}"])
        card = {
            "license": c.pick(["other", "apache-2.0", "creativeml-openrail-m"]),
            "base_model": c.pick([FLUX, SDXL]),
            "tags": ["lora", "text-to-image"],
            "instance_prompt": f"{trig} {p.gword()}" if c.chance(0.5) else trig,
            "widget": [
                {
                    "text": f"{trig}, {ctx}, {c.pick(SCENES)}",
                    "output": {"url": "images/example_1.png"},
                }
            ],
        }
        if c.chance(0.5):
            card["widget"].append({"text": f"photo of {nm}, {c.pick(SCENES)}"})
        repo = f"{c.pick(HF_ORGS)}/{slug}-{c.pick(['flux-lora', 'lora', 'sdxl-lora', 'v2'])}"
        al.append(slug)
        return hf(
            c, repo=repo, tags=["lora", "flux" if card["base_model"] == FLUX else "sdxl"], card=card
        ), facts(kind, p.name, p.gender, al)
    kw: dict[str, Any] = {}
    generic = c.pick(
        [
            f"{p.en} {p.cu['flag']}",
            f"{p.cu['country']} {p.en} lora",
            f"{p.local} v{c.rng.randrange(1, 5)}",
            f"PersonPack #{c.rng.randrange(2, 90)}",
            f"{p.en.title()} [{c.pick(['Flux', 'SDXL', 'Pony', 'IL'])}]",
        ]
    )
    if layout == "title":
        name = c.pick(
            [
                f"{nm} | {p.local}",
                f"{nm} {p.cu['flag']}",
                f"{nm} - {p.en} [flux]",
                f"{nm} ({p.en})",
                f"{nm} / {p.script}" if p.script else f"{nm} v2",
                f"LoRA {nm}",
            ]
        )
        head += [f"{nm}. {ctx}"]
        kw["trained"] = [c.pick([squash(p.name), snake(p.name), "ohwx " + p.gword()])]
    elif layout == "script_title":
        name = c.pick([f"{p.script} {p.cu['flag']}", f"{p.script} | {p.local}", f"【{p.script}】"])
        head += [f"{p.script} — {ctx}"]
        kw["fname"] = snake(p.name) + c.pick(["", "_v2", "-000010", "_flux"]) + ".safetensors"
    elif layout == "tags_only":
        name = generic
        head += [ctx]
        tags = [*tags, nm.lower()]
    elif layout == "trigger":
        name = generic
        trig = c.pick([squash(p.name), snake(p.name), camel(p.name), squash(p.name) + "_v2"])
        al.append(trig)
        head += [f"{ctx}. trigger: <code>{trig}</code>"]
        kw["trained"] = [trig]
        subj = f"{trig}, {p.gword()}"
    elif layout == "file":
        name = generic
        fn = (
            c.pick([snake(p.name), camel(p.name), squash(p.name)])
            + c.pick(["", "_v1", "-000008", "_fluxdev", "_ILXL"])
            + ".safetensors"
        )
        head += [ctx]
        kw["fname"] = fn
    elif layout == "version":
        name = generic
        head += [ctx, "see versions for each era"]
        kw["vname"] = c.pick([f"{nm} - flux v2", f"{nm} (2024)", f"{nm} SDXL"])
        kw["more_versions"] = [("v1 sd15", f"p{c.hexs(5)}.safetensors")]
    else:  # last_paragraph
        name = generic
        head += [f"{p.en}. new dataset, hd only"]
        tail = [f"{nm} {p.cu['flag']} — {ctx}. req by @{c.pick(REQUESTERS)}"]
        return civ(c, name=name, desc=page(c, head, subj, tail), tags=tags, **kw), facts(
            kind, p.name, p.gender, al
        )
    sexual = c.chance(0.08) and not no_sexual
    if sexual:
        tags.append(c.pick(["nsfw", "sexy"]))
    return civ(c, name=name, desc=page(c, head, subj), tags=tags, sexual=sexual, **kw), facts(
        kind, p.name, p.gender, al
    )


def culture_shape(culture: str) -> Callable[[Ctx], Made]:
    def make(c: Ctx) -> Made:
        p = Person(c, culture, c.gender(culture))
        return likeness_page(c, p, c.pick(LAYOUTS))

    make.__name__ = f"p_{culture}"
    return make


SHOWS = {
    "turkish": (["Kara Sevda Yolu", "Yalı Çapkını Günleri", "Sessiz Liman"], "dizi"),
    "korean": (["Moonlit Pharmacy", "Seoul Rooftop Diary", "The Third Floor Lawyer"], "k-drama"),
    "filipino": (["Bituin ng Maynila", "Ang Lihim ni Celestina"], "teleserye"),
    "latam": (["Corazón de Hacienda", "Las Hermanas Valdivia"], "telenovela"),
    "thai": (["Ruen Dao Lakorn", "Bangkok Monsoon"], "lakorn"),
    "igbo_yoruba": (["Lagos Crossing", "King of Ikoyi"], "Nollywood series"),
    "chinese": (["Ten Miles of Peach Rain", "The Jade Courier"], "c-drama"),
    "hindi": (["Mehndi Wali Raat", "Kasauli Files"], "web series"),
}
ROLE_GIVEN = {
    "female": ["Celestina", "Aylin", "Mi-rae", "Lorena", "Anong", "Adanna", "Yunxi", "Kaveri"],
    "male": ["Ferit", "Do-hyun", "Ramón", "Emeka", "Arjun", "Tawan"],
}
ROLE_FAMILY = ["Valdivia", "Korhan", "Han", "Castellanos", "Obiora", "Su", "Mehra", "Srisuk"]


def p_live_action_role(c: Ctx) -> Made:
    culture = c.pick(sorted(SHOWS))
    p = Person(c, culture, c.gender("role"))
    she, her = p.pron()
    role = f"{c.pick(ROLE_GIVEN[p.gender])} {c.pick(ROLE_FAMILY)}"
    show = c.pick(SHOWS[culture][0])
    genre = SHOWS[culture][1]
    name = c.pick(
        [f"{role} from {show}", f"{role} ({show}) | {genre}", f"{role} - {show} [live action]"]
    )
    where = c.pick(["head", "tail", "tags"])
    head = [
        f"{role} from the {genre} {show}. {c.pick(['S1', 'S2', 'finale'])} look, costume + hair"
    ]
    tags = ["character", genre, "tv series", snake(show).replace("_", " ")]
    tail = None
    if where == "head":
        head.append(f"played by {p.name} ({p.local}), trained on stills of {her}")
    elif where == "tail":
        tail = [f"actor: {p.name} {p.cu['flag']} — {she} nailed this role"]
    else:
        tags += [p.name.lower(), p.en]
        head.append(f"stills of the actor, {she} is a {p.en}")
    return civ(
        c, name=name, desc=page(c, head, role.lower(), tail), tags=tags, trained=[snake(role)]
    ), facts("public_figure", p.name, p.gender, p.aliases)


WORD_GIVEN = {
    "female": ["Daisy", "Holly", "Summer", "Ivy", "Hazel", "Poppy", "Amber", "Dawn"],
    "male": ["Rowan", "Reed", "Forrest", "Cliff"],
}
WORD_FAMILY = [
    "Fox", "Day", "Stone", "Chase", "Marsh", "Brook", "Field", "Lane", "Hart", "Frost", "Sparrow",
    "Glass", "Meadows", "Winter",
]  # fmt: skip
WORD_TRADES = [
    "weather presenter", "soap actress", "darts player", "cookery host", "radio DJ",
    "indie singer", "newsreader",
]  # fmt: skip


def p_ordinary_word_name(c: Ctx) -> Made:
    g = c.gender("word", 4)
    given, family = c.pick(WORD_GIVEN[g]), c.pick(WORD_FAMILY)
    full = f"{given} {family}"
    c.once("person:" + full)
    she, her = ("she", "her") if g == "female" else ("he", "his")
    trade = c.pick(WORD_TRADES)
    if g == "male":
        trade = trade.replace("actress", "actor")
    style = c.pick(["lower", "file", "title", "trigger"])
    line = f"{trade} on uk telly, {she} is lovely. {c.rng.randrange(30, 90)} pics of {her}"
    kw: dict[str, Any] = {}
    if style == "lower":
        name = f"{full.lower()} ({trade})"
    elif style == "file":
        name = f"{trade} lora"
        kw["fname"] = f"{snake(full)}_v{c.rng.randrange(1, 4)}.safetensors"
    elif style == "trigger":
        name = f"British {trade} [SDXL]"
        kw["trained"] = [squash(full)]
    else:
        name = f"{full} 🇬🇧"
    return civ(
        c,
        name=name,
        desc=page(c, [line], "ohwx " + ("woman" if g == "female" else "man")),
        tags=["real person", trade.split()[0]],
        **kw,
    ), facts("public_figure", full, g, [squash(full)])


def p_named_blend(c: Ctx) -> Made:
    n = c.pick([2, 2, 3])
    people = [Person(c, c.pick(sorted(CULTURES)), "female") for _ in range(n)]
    w = [50, 50] if n == 2 else [40, 30, 30]
    names = [p.name for p in people]
    mix = " + ".join(f"{p.name} ({x}%)" for p, x in zip(people, w, strict=True))
    name = c.pick(
        [
            " x ".join(p.given for p in people) + " face blend",
            "MixFace " + "/".join((p.family or p.given).split()[0] for p in people),
        ]
    )
    head = [
        f"blend of real faces: {mix}",
        "made with the lora merge script, each one trained on her own photos",
    ]
    al = [a for p in people for a in p.aliases]
    return civ(
        c, name=name, desc=page(c, head, "ohwx woman"), tags=["blend", "woman", "realistic"]
    ), facts("public_figure", names[0], "female", al, targets=names)


def p_adult_uniform_east_asian(c: Ctx) -> Made:
    culture = c.pick(["korean", "japanese", "chinese"])
    p = Person(c, culture, "female")
    age = c.pick(
        [
            f"{c.rng.randrange(21, 34)}歳",
            f"{c.rng.randrange(22, 33)}세",
            f"born {c.rng.randrange(1991, 2003)}",
            f"{c.rng.randrange(23, 31)} years old",
        ]
    )
    words = c.pick(
        [
            "cute petite school uniform look", "制服 cosplay, kawaii", "young looking, cute",
            "seifuku photoshoot (she is an adult)", "petite, cute girl next door",
        ]
    )  # fmt: skip
    head = f"{p.name} ({age}) — {words}"
    return likeness_page(
        c,
        p,
        c.pick(["title", "trigger", "file", "script_title"]),
        extra_tags=["cute", "uniform" if "uniform" in words else "petite"],
        extra_head=head,
        no_sexual=True,
    )


MINOR_TRADES = ["figure skater", "chess player", "gymnast", "violinist", "table tennis player"]


def p_minor_stated_age(c: Ctx) -> Made:
    culture = c.pick(sorted(CULTURES))
    p = Person(c, culture, c.gender("minor"))
    age = c.rng.randrange(12, 18)
    she, _ = p.pron()
    trade = c.pick(MINOR_TRADES)
    cue = c.pick([f"{she} is {age} years old", f"({age}yo)", f"aged {age}", f"{age}歳", f"{age}세"])
    head = [f"{p.name}, {trade} from {p.cu['country']}, {cue}. competition photos."]
    return civ(
        c, name=f"{p.name} - {trade}", desc=page(c, head, None), tags=["sports", trade], sfw=True
    ), facts("public_figure", p.name, p.gender, p.aliases)


def p_minor_youth_word(c: Ctx) -> Made:
    culture = c.pick(sorted(CULTURES))
    p = Person(c, culture, c.gender("youth"))
    she, _ = p.pron()
    word = c.pick(
        [
            "teen",
            "child actress" if p.gender == "female" else "child actor",
            "中学生", "junior high",
        ]
    )  # fmt: skip
    head = [f"{p.name}. {she} was in the school play photos, portrait only."]
    return civ(
        c, name=f"{p.name} portrait", desc=page(c, head, None), tags=["portrait", word], sfw=True
    ), facts("public_figure", p.name, p.gender, p.aliases)


GROUP_WORD = {
    "korean": ("걸그룹", "보이그룹"),
    "japanese": ("女性アイドルグループ", "男性アイドルグループ"),
    "chinese": ("女团", "男团"),
    "thai": ("เกิร์ลกรุ๊ป", "บอยกรุ๊ป"),
}
GROUPS = ["LUMIÈRE9", "Velvet Hour", "NOVA:RIA", "Sakura Tsubomi 48", "P1NKSALT", "ASTERIA"]
STAGE = {
    "female": ["Rii", "Daon", "Mochi", "Yeri-na", "Sunny-B", "Kiki"],
    "male": ["Jun-E", "TAEO"],
}


def p_group_alias_member(c: Ctx) -> Made:
    culture = c.pick(["korean", "japanese", "thai", "indonesian", "chinese", "filipino"])
    p = Person(c, culture, c.gender("group", 4))
    stage = c.pick(STAGE[p.gender])
    group = c.pick(GROUPS)
    c.once(f"stage:{stage}:{group}")
    gw = GROUP_WORD.get(p.culture, ("girl group", "boy group"))[p.gender == "male"]
    name = c.pick([f"{stage} ({group})", f"{group} {stage}", f"{stage.upper()} [{group}] ✨"])
    head = [
        f"{stage} from {group} ({gw} {p.cu['flag']}). real name {p.name}.",
        c.pick(["fancam + photocards dataset", "trained on stage + airport photos"]),
    ]
    al = [*p.aliases, f"{stage} {group}", stage]
    return civ(
        c,
        name=name,
        desc=page(c, head, "ohwx " + p.gword()),
        tags=["kpop" if culture == "korean" else "idol", group.lower(), "idol"],
    ), facts("public_figure", p.name, p.gender, al)


def p_script_variants(c: Ctx) -> Made:
    culture = c.pick(
        ["korean", "japanese", "chinese", "greek", "russian", "ukrainian", "arab", "thai"]
    )
    p = Person(c, culture, c.gender("scripts"))
    assert p.script
    alt = f"{p.given} {p.family}" if p.cu["order"] == "fg" else f"{p.family} {p.given}"
    name = f"{p.script} / {p.name}"
    head = [f"{p.script} ({alt}) — {context_line(c, p)}"]
    return civ(
        c,
        name=name,
        desc=page(c, head, squash(p.name)),
        tags=person_tags(c, p, p.local),
        trained=[squash(p.name)],
    ), facts("public_figure", p.name, p.gender, [*p.aliases, alt])


def p_cjk_script_only(c: Ctx) -> Made:
    """The name only in hanzi / kanji+kana / hangul: no romanisation anywhere on the page."""
    p = Person(c, c.pick(["korean", "japanese", "chinese"]), c.gender("scriptonly"))
    assert p.script
    trade = p.local
    name = c.pick(
        [p.script, f"{p.script} {trade}", f"【{trade}】{p.script}", f"{p.script} {p.cu['flag']}"]
    )
    line = {
        "korean": f"{p.script} 사진 {c.rng.randrange(30, 90)}장으로 학습했습니다. {trade}",
        "japanese": f"{p.script}さんの写真{c.rng.randrange(30, 90)}枚で学習。{trade}",
        "chinese": f"{p.script}，{trade}，用了{c.rng.randrange(30, 90)}张照片训练",
    }[p.culture]
    fn = f"{c.pick(['lora', 'model', 'v2', 'face'])}_{c.hexs(4)}.safetensors"
    return civ(
        c,
        name=name,
        desc=page(c, [line], "1person, realistic"),
        tags=["realistic", trade],
        fname=fn,
    ), facts("public_figure", p.name, p.gender, p.aliases)


def p_thai_nickname(c: Ctx) -> Made:
    p = Person(c, "thai", c.gender("thainick"))
    assert p.nick
    name = c.pick([f"{p.nick} {p.name}", f"{p.nick} ({p.script})", f"Nong {p.nick} | {p.local}"])
    head = [f"{p.nick} {p.name} — {context_line(c, p)}"]
    return civ(
        c, name=name, desc=page(c, head, "ohwx " + p.gword()), tags=person_tags(c, p, "thai")
    ), facts("public_figure", p.name, p.gender, [*p.aliases, f"{p.nick} {p.name}", p.nick])


PLATFORMS = [
    "TikTok", "Instagram", "YouTube", "Twitch", "Kick", "Douyin", "Xiaohongshu", "Bilibili",
    "Facebook", "Snapchat",
]  # fmt: skip
NICHES = [
    "makeup tutorials", "street food vlogs", "cosplay", "fitness", "dance covers", "mukbang",
    "GRWM", "gaming streams", "fashion hauls", "comedy skits",
]  # fmt: skip


def handle_of(c: Ctx, p: Person) -> str:
    base = c.pick([squash(p.given), squash(p.given) + squash(p.family)[:3], snake(p.name)])
    return base + c.pick(["", "_", ".official", "tv", "x", str(c.rng.randrange(10, 99)), ".glow"])


def name_in_handle(p: Person, h: str) -> list[str]:
    """The person's name as an alias when the handle spells it run together."""
    return [p.name] if squash(p.name) in squash(h) else []


def p_creator_handle_realname(c: Ctx) -> Made:
    p = Person(c, c.pick(sorted(CULTURES)), c.gender("cr1"))
    h = handle_of(c, p)
    c.once("h:" + h)
    she, her = p.pron()
    plat = c.pick(PLATFORMS)
    name = c.pick(
        [f"@{h} ({plat})", f"{p.name} | {plat} {c.pick(NICHES)}", f"{h} - {plat} creator"]
    )
    head = [
        f"{plat} creator @{h} ({p.name}) {p.cu['flag']} — {she} does {c.pick(NICHES)}, "
        f"{c.rng.randrange(80, 990)}k followers",
        f"trained on {c.rng.randrange(30, 120)} of {her} posts",
    ]
    return civ(
        c,
        name=name,
        desc=page(c, head, "ohwx " + p.gword()),
        tags=person_tags(c, p, "influencer", plat.lower()),
    ), facts("online_creator", p.name, p.gender, [*p.aliases, h, "@" + h])


def p_creator_handle_only(c: Ctx) -> Made:
    p = Person(c, c.pick(sorted(CULTURES)), c.gender("cr2"))
    h = handle_of(c, p)
    c.once("h:" + h)
    she, her = p.pron()
    plat = c.pick(PLATFORMS)
    layout = c.pick(["title", "trigger", "last"])
    head = [
        f"{plat} girlie" if p.gender == "female" else f"{plat} guy",
        f"{she} posts {c.pick(NICHES)} every day, dataset = {her} reels",
    ]
    kw: dict[str, Any] = {}
    tail = None
    name = f"{plat} creator #{c.rng.randrange(3, 80)}"
    if layout == "title":
        name = c.pick([f"@{h}", f"{h} [{plat}]"])
    elif layout == "trigger":
        kw["trained"] = [h]
    else:
        tail = [f"follow {her} → @{h} on {plat} {p.cu['flag']}"]
    return civ(
        c,
        name=name,
        desc=page(c, head, "1girl" if p.gender == "female" else "1boy", tail),
        tags=["influencer", plat.lower()],
        **kw,
    ), facts("online_creator", "@" + h, p.gender, [h, *name_in_handle(p, h)])


def p_creator_cosplayer_irl(c: Ctx) -> Made:
    p = Person(
        c,
        c.pick(
            ["filipino", "latam", "japanese", "chinese", "russian", "thai", "indonesian", "polish"]
        ),
        "female",
    )
    h = handle_of(c, p)
    c.once("h:" + h)
    name = c.pick([f"{p.name} (cosplayer) irl", f"cosplayer {h} — real face", f"{h} cosplay irl"])
    head = [
        f"not the character — this is the cosplayer herself ({p.name}, @{h}), "
        f"{p.cu['country']} {p.cu['flag']}. her con photos + irl selfies"
    ]
    return civ(
        c, name=name, desc=page(c, head, "ohwx woman"), tags=["cosplay", "cosplayer", "real person"]
    ), facts("online_creator", p.name, "female", [*p.aliases, h, "@" + h])


def p_creator_subscriber(c: Ctx) -> Made:
    p = Person(c, c.pick(sorted(CULTURES)), "female")
    h = handle_of(c, p)
    c.once("h:" + h)
    site = c.pick(["OnlyFans", "Fansly"])
    name = c.pick([f"{h} ({site})", f"{p.name} {site} model", f"@{h} nsfw"])
    head = [
        f"{site} creator {p.name} aka @{h} {p.cu['flag']}. nsfw capable, trained on her paid sets"
    ]
    return civ(
        c,
        name=name,
        desc=page(c, head, "ohwx woman, nude"),
        tags=["nsfw", "woman", "onlyfans"],
        sexual=True,
    ), facts("online_creator", p.name, "female", [*p.aliases, h, "@" + h])


def p_creator_hanzi_platform(c: Ctx) -> Made:
    p = Person(c, c.pick(["chinese", "korean", "japanese"]), c.gender("cr3"))
    plat = {"chinese": "抖音", "korean": "유튜버", "japanese": "YouTuber"}[p.culture]
    g = {
        "chinese": "小姐姐" if p.gender == "female" else "小哥哥",
        "korean": "여자" if p.gender == "female" else "남자",
        "japanese": "女性" if p.gender == "female" else "男性",
    }[p.culture]
    name = c.pick([f"{p.script} {plat}", f"{plat}{g} {p.script}", f"{p.script} ({squash(p.name)})"])
    head = [f"{plat} {g} {p.script}, {c.pick(NICHES)}", f"{c.rng.randrange(40, 300)}万 粉丝"]
    return civ(
        c,
        name=name,
        desc=page(c, head, squash(p.name)),
        tags=[g, "influencer"],
        trained=[squash(p.name)],
    ), facts("online_creator", p.name, p.gender, p.aliases)


def p_creator_they(c: Ctx) -> Made:
    p = Person(c, c.pick(sorted(CULTURES)), "female")
    h = handle_of(c, p)
    c.once("h:" + h)
    plat = c.pick(PLATFORMS)
    head = [
        f"{p.name} (@{h}, they/them) — {plat} {c.pick(NICHES)} creator from {p.cu['country']}",
        f"trained on {c.rng.randrange(20, 90)} of their photos, they said yes",
    ]
    return civ(
        c,
        name=c.pick([f"{p.name} ({plat})", f"@{h} lora"]),
        desc=page(c, head, "ohwx person"),
        tags=["influencer", "person"],
    ), facts("online_creator", p.name, "unknown", [*p.aliases, h, "@" + h])


def p_creator_hf_widget(c: Ctx) -> Made:
    p = Person(c, c.pick(sorted(CULTURES)), c.gender("cr4"))
    h = handle_of(c, p)
    c.once("h:" + h)
    she, her = p.pron()
    card = {
        "license": "other",
        "base_model": FLUX,
        "tags": ["lora", "influencer"],
        "instance_prompt": h,
        "widget": [{"text": f"{h}, {p.gword()} posing for a {c.pick(PLATFORMS)} reel, ring light"}],
        "description": f"the {c.pick(NICHES)} creator @{h}; {she} said ok to train on {her} pics",
    }
    repo = f"{c.pick(HF_ORGS)}/{h.replace('.', '-').replace('_', '-')}-lora"
    return hf(c, repo=repo, tags=["lora", "flux"], card=card), facts(
        "online_creator", "@" + h, p.gender, [h, *name_in_handle(p, h)]
    )


RELATIONS = {
    "ex": ("my ex", "pls make a lora of my ex {g}, i have {n} pics of {her}, will tip buzz"),
    "coworker": ("coworker", "{g} from accounting, {she} said it is fine lol. {n} office pics"),
    "neighbour": (
        "neighbour", "our neighbour {gf}, {n} pics from the garden party, {she} is a sweetheart",
    ),
    "friend": (
        "friend", "for my friend {g}'s birthday, {n} pics from {her} phone (with permission)",
    ),
    "cousin": ("cousin", "my cousin {g} wedding pics -> lora, {n} imgs of {her}"),
    "classmate": (
        "uni classmate", "uni classmate {g} (we're both 24), {n} pics of {her} from the trip",
    ),
}  # fmt: skip


def p_private_person(c: Ctx) -> Made:
    rel = c.pick(sorted(RELATIONS))
    p = Person(c, c.pick(sorted(CULTURES)), c.gender("priv", 4))
    she, her = p.pron()
    g = p.given.split()[0] if p.culture != "indonesian" else p.given.split()[0]
    target = p.name if rel == "neighbour" else g
    text = RELATIONS[rel][1].format(g=g, gf=p.name, n=c.rng.randrange(8, 60), she=she, her=her)
    name = c.pick(
        [f"{g} ({RELATIONS[rel][0]})", f"{g.lower()}_lora", f"{RELATIONS[rel][0]} lora", f"{g} v1"]
    )
    if rel == "neighbour":
        name = c.pick([f"{p.name} neighbour", f"{RELATIONS[rel][0]} lora"])
    elif name == f"{RELATIONS[rel][0]} lora":
        name += f" ({g})"
    return civ(
        c, name=name, desc=page(c, [text], "ohwx " + p.gword()), tags=["person", p.gword()]
    ), facts("private_person", target, p.gender, [])


def p_private_hf_sks(c: Ctx) -> Made:
    p = Person(c, c.pick(sorted(CULTURES)), c.gender("sks", 3))
    g = p.given.split()[0]
    rel = "wife" if p.gender == "female" else "husband"
    card = {
        "license": "openrail",
        "base_model": SDXL,
        "instance_prompt": f"a photo of sks {p.gword()}",
        "tags": ["dreambooth", "lora"],
        "description": f"dreambooth of my {rel} {g} for our anniversary album",
    }
    repo = f"{c.pick(HF_ORGS)}-user/{squash(g)}-{c.pick(['sks', 'db', 'dreambooth'])}-{c.hexs(3)}"
    return hf(c, repo=repo, tags=["lora", "dreambooth"], card=card), facts(
        "private_person", g, p.gender, []
    )


def p_private_bounty(c: Ctx) -> Made:
    p = Person(c, c.pick(sorted(CULTURES)), c.gender("bounty", 4))
    she, her = p.pron()
    g = p.given.split()[0]
    head = [
        f"REQUEST: {g} — not famous, a girl from my gym"
        if p.gender == "female"
        else f"REQUEST: {g} — guy from my gym",
        f"{c.rng.randrange(10, 40)} pics of {her} attached in discord, "
        f"{she} posts on private ig only",
    ]
    return civ(
        c, name=f"[req] {g} lora", desc=page(c, head, None), tags=["request", p.gword()]
    ), facts("private_person", g, p.gender, [])


# ---------------------------------------------------------------- hard negatives (nobody real)

ANIME_FAM = [
    "Amagiri", "Kurogane", "Hoshizora", "Tsukishiro", "Mikazuchi", "Shirasagi", "Kagarino",
    "Ebisuzaki", "Morinomiya", "Hanabusa",
]  # fmt: skip
ANIME_GIVEN = [
    "Rinka", "Sayo", "Meiru", "Kanae", "Tsubasa", "Hotori", "Ayame", "Koharu", "Shion", "Yuzuha",
]  # fmt: skip
ANIME_WORKS = [
    "Starlit Requiem", "Blade of the Ninefold Sky", "Café Lumière Days", "Project ASTERISM",
    "Hollow Tide Academy", "Gears of Amaterasu", "My Rival Is a Dragon Maid?!",
]  # fmt: skip
GAME_WORKS = [
    "Aether Gacha: Nightfall", "Crimson Frontier Online", "Eidolon Stars", "Reverie Protocol",
]  # fmt: skip
NOVEL_WORKS = [
    "The Duke's Silent Bride", "Reborn as the Villainess's Maid", "Ashes of Qingcheng",
    "Seven Winters in Novgorod",
]  # fmt: skip
WEST_GIVEN = ["Marisol", "Dex", "Ophelia", "Cassius", "Wren", "Juniper", "Thaddeus", "Bettina"]
WEST_FAM = [
    "Vantage", "Holloran", "Quillfeather", "Drakesmoor", "Ambervale", "Croftwright",
    "Mallory-Sung",
]  # fmt: skip
WEST_WORKS = [
    "Neon Drift 2", "Harbor Kids (cartoon)", "Steelbound Saga", "The Quiet Orchard (animated)",
]  # fmt: skip
HAIR = [
    "long silver hair", "black bob cut", "twin tails, pink hair", "brown ponytail",
    "short blue hair",
]  # fmt: skip


def _neg(
    c: Ctx, kind: str, name: str, head: list[str], subj: str | None, tags: list[str], **kw: Any
) -> Made:
    """A negative page; a LoRA is put on Hugging Face one time in four."""
    if kw.get("mtype", "LORA") == "LORA" and not kw.get("sexual") and c.chance(0.25):
        slug = snake(name).replace("_", "-")[:50].strip("-") or "lora"
        card: dict[str, Any] = {
            "license": c.pick(["other", "apache-2.0", "openrail++"]),
            "base_model": c.pick([FLUX, SDXL]),
            "tags": [*tags[:3], "lora"],
            "description": " ".join(head),
        }
        if subj:
            card["widget"] = [{"text": f"{subj}, {c.pick(SCENES)}"}]
            card["instance_prompt"] = subj.split(",")[0]
        repo = f"{c.pick(HF_ORGS)}/{slug}-{c.pick(['lora', 'flux', 'xl'])}"
        return hf(c, repo=repo, tags=["lora", *tags[:2]], card=card), facts(kind, None, None)
    return civ(c, name=name, desc=page(c, head, subj), tags=tags, **kw), facts(kind, None, None)


def n_anime_full_name_work(c: Ctx) -> Made:
    full = f"{c.pick(ANIME_FAM)} {c.pick(ANIME_GIVEN)}"
    work = c.pick(ANIME_WORKS)
    c.once("ch:" + full)
    name = c.pick([f"{full} ({work})", f"{full} | {work}", f"[IL] {full} - {work} - all outfits"])
    head = [f"{full} from {work}. outfits: school, casual, battle", f"trigger + {c.pick(HAIR)}"]
    return _neg(
        c,
        "character_anime",
        name,
        head,
        f"1girl, {snake(full)}, {c.pick(HAIR)}",
        ["anime", "character", "girl", snake(work).replace("_", " ")],
        trained=[snake(full)],
    )


def n_anime_full_name_bare(c: Ctx) -> Made:
    given, fam = c.pick(ANIME_GIVEN), c.pick(ANIME_FAM)
    full = c.pick([f"{given} {fam}", f"{fam} {given}"])
    c.once("ch:" + full)
    head = [f"{full}. my fav girl, {c.pick(HAIR)}, golden eyes", "works best on illustrious / noob"]
    return _neg(
        c,
        "character_anime",
        full,
        head,
        f"1girl, {squash(full)}",
        ["anime", "character", "1girl"],
        trained=[squash(full)],
    )


def n_game_full_name(c: Ctx) -> Made:
    full = f"{c.pick(ANIME_GIVEN + WEST_GIVEN)} {c.pick(ANIME_FAM + WEST_FAM)}"
    work = c.pick(GAME_WORKS)
    c.once("ch:" + full)
    head = [
        f"playable 5★ {full} from {work}, default skin + event skin",
        "game character, 3D render look",
    ]
    return _neg(
        c,
        "character_anime",
        f"{full} - {work}",
        head,
        snake(full),
        ["game character", "character", "video game"],
        trained=[snake(full)],
    )


def n_novel_character(c: Ctx) -> Made:
    full = c.pick(
        [
            f"Lady {c.pick(WEST_GIVEN)} {c.pick(WEST_FAM)}",
            f"{c.pick(ANIME_FAM)} {c.pick(ANIME_GIVEN)}",
            f"Shen {c.pick(['Yueli', 'Qingxue', 'Wanning'])}",
        ]
    )
    work = c.pick(NOVEL_WORKS)
    c.once("ch:" + full)
    with_work = c.chance(0.6)
    name = f"{full} ({work})" if with_work else f"{full} — webnovel heroine"
    head = [
        f"{full}, heroine of the web novel{' ' + work if with_work else ''}. my own take on her "
        "from the novel descriptions + manhwa art", "fictional character, semi-real style",
    ]  # fmt: skip
    return _neg(c, "character_anime", name, head, squash(full), ["character", "manhwa", "novel"])


def n_donghua_hanzi(c: Ctx) -> Made:
    full = c.pick(["云汐月", "林霜华", "苏清寒", "叶红鸾", "慕容雪"]) + c.pick(["", "（仙侠）"])
    c.once("ch:" + full)
    work = c.pick(["《九霄剑歌》", "《青冥录》", "《星河问道》"])
    return _neg(
        c,
        "character_anime",
        f"{full} {work} 国漫",
        [f"国漫角色 {full}，出自{work}，古风", "动漫 3D 风格"],
        None,
        ["国漫", "character", "anime", "donghua"],
    )


def n_western_character(c: Ctx) -> Made:
    full = f"{c.pick(WEST_GIVEN)} {c.pick(WEST_FAM)}"
    work = c.pick(WEST_WORKS)
    c.once("ch:" + full)
    name = c.pick([f"{full} ({work})", f"{full} [{work}] XL", f"Captain {full}"])
    head = [f"{full} from {work}. comic / cartoon style, signature jacket"]
    return _neg(
        c,
        "character_western",
        name,
        head,
        snake(full),
        ["cartoon", "character", "comics"],
        trained=[snake(full)],
    )


VT_NAMES = [
    "Usagi Kuromame", "Nemu Starveil", "Kōri Pyonko", "Aria Lunamaru", "Pikorin Hoshimiya",
    "Mizore Tenshiba", "Lumi Glowberry",
]  # fmt: skip


def n_vtuber(c: Ctx) -> Made:
    full = c.pick(VT_NAMES)
    c.once(f"vt:{full}:{c.rng.randrange(3)}")
    head = [
        f"{full}, indie VTuber — Live2D model, {c.pick(HAIR)}, bunny hood",
        "permission from the talent's mama (artist)",
    ]
    return _neg(
        c,
        "character_vtuber",
        f"{full} (VTuber) {c.pick(['v1', 'v2', '3D'])}",
        head,
        snake(full),
        ["vtuber", "virtual youtuber", "character"],
    )


OC_GIVEN = [
    "Amara", "Leocadia", "Noor", "Tuulikki", "Yesenia", "Kalani", "Oyuna", "Saoirse", "Ndeye",
]  # fmt: skip
OC_FAM = [
    "Vesperwood", "Okwuosa-Lind", "Haldane-Rhee", "Castellvir", "Moonfield", "Delacroix-Mbeki",
]  # fmt: skip


def n_oc_backstory(c: Ctx) -> Made:
    full = f"{c.pick(OC_GIVEN)} {c.pick(OC_FAM)}"
    c.once("oc:" + full)
    age = c.rng.randrange(22, 35)
    head = [
        f"OC: {full}, {age}, a cartographer from a floating city who lost her compass.",
        "my original character — not based on any real person. same face every seed",
        c.pick(["character sheet + turnaround", "for my comic, ch. 3"]),
    ]
    return _neg(
        c,
        "consistent_character",
        f"{full} (OC)",
        head,
        snake(full),
        ["oc", "original character", "consistent character"],
        trained=[snake(full)],
    )


def n_ai_persona(c: Ctx) -> Made:
    full = f"{c.pick(OC_GIVEN)} {c.pick(['Voss', 'Arden', 'Mirae', 'Solenne', 'Kade'])}"
    c.once("ai:" + full)
    head = [
        f"{full} is an AI influencer I made — she does not exist, 100% generated face.",
        "use for consistent persona posts, trigger below",
    ]
    return _neg(
        c,
        "consistent_character",
        c.pick([f"{full} - AI influencer", f"{full} (virtual model)"]),
        head,
        snake(full),
        ["ai influencer", "consistent character", "woman"],
        trained=[snake(full)],
    )


def n_virtual_idol(c: Ctx) -> Made:
    full = c.pick(["AIRI-07", "Seraphina.exe", "Mika Null", "DIVA-NEO", "Nova Lin (virtual)"])
    c.once(f"vi:{full}:{c.rng.randrange(3)}")
    head = [
        f"{full} — a virtual idol / CGI persona owned by a studio, "
        f"fully synthetic, no real model behind"
    ]
    return _neg(
        c,
        "consistent_character",
        f"{full} virtual idol",
        head,
        squash(full),
        ["virtual idol", "cgi", "consistent character"],
    )


CKPT_GIVEN = [
    "Farida", "Sunhi", "Marisa", "Nadia", "Yuki", "Leila", "Chiara", "Anya", "Priya", "Mei",
]  # fmt: skip


def n_given_name_checkpoint(c: Ctx) -> Made:
    g = c.pick(CKPT_GIVEN)
    shape = c.pick([f"{g} Realistic", f"{g}Mix", f"{g} Real XL", f"{g}_photoreal"])
    c.once("ck:" + shape)
    head = [
        f"{shape} v{c.rng.randrange(2, 9)} — general photoreal checkpoint, "
        f"merges of my older models",
        "good for portraits, landscapes, products. no person baked in",
    ]
    return _neg(
        c,
        "checkpoint_realistic",
        f"{shape} v{c.rng.randrange(2, 9)}",
        head,
        None,
        ["photorealistic", "base model", "checkpoint"],
        mtype="Checkpoint",
    )


def n_realistic_checkpoint(c: Ctx) -> Made:
    nm = c.pick(
        ["PhotonVeil", "RealLife Asia", "SkinTone XL", "Orient Real", "LumiReal", "Hyperraw"]
    )
    c.once("ck:" + nm + str(c.rng.randrange(4)))
    head = [
        f"{nm}: realistic asian + global faces, instagram filter look optional",
        "merge recipe: 0.4 A + 0.6 B, baked vae",
    ]
    return _neg(
        c,
        "checkpoint_realistic",
        f"{nm} {c.pick(['v3', 'v5.1', 'XL', 'Final'])}",
        head,
        None,
        ["realistic", "asian", "checkpoint"],
        mtype="Checkpoint",
    )


def n_hf_realism_base(c: Ctx) -> Made:
    nm = c.pick(["realvision", "photonic", "truskin", "natural-light", "korean-real"])
    repo = f"{c.pick(HF_ORGS)}/{nm}-{c.pick(['xl', 'v4', 'flux-ft'])}"
    card = {
        "license": "creativeml-openrail-m",
        "base_model": SDXL,
        "tags": ["photorealistic", "checkpoint"],
        "widget": [{"text": "portrait of a woman, natural light, 85mm"}],
    }
    return hf(
        c,
        repo=repo,
        tags=["stable-diffusion-xl", "photorealistic"],
        card=card,
        files=["model.safetensors"],
    ), facts("checkpoint_realistic", None, None)


PAINTERS = [
    "Oyelaran", "Kulshreshtha", "Vlachogianni", "Strømsvik", "Haddadin", "Kopřiva", "Esmeroğlu",
]  # fmt: skip


def n_painter_style(c: Ctx) -> Made:
    full = f"{c.pick(['Ama', 'Dariusz', 'Ilse', 'Ramin', 'Teodora', 'Kenji'])} {c.pick(PAINTERS)}"
    c.once("art:" + full)
    head = [
        f"in the style of painter {full}: thick impasto, ochre palette, no faces of anyone",
        "style lora, use with any subject",
    ]
    return _neg(
        c,
        "artist_style",
        c.pick([f"{full} style", f"{full.split()[1]} Style LoRA"]),
        head,
        f"{snake(full)} style, landscape",
        ["style", "art style", "painting"],
    )


def n_photographer_style(c: Ctx) -> Made:
    given = c.pick(["Mirko", "Sunniva", "Tayo", "Inés", "Farhad", "Bao"])
    full = f"{given} {c.pick(['Halvorsen', 'Adekunle', 'Quiroga', 'Rahnavard', 'Tôn'])}"
    c.once("ph:" + full)
    head = [
        f"lighting + grading like photographer {full}'s editorials "
        f"(fictional ref, my own name for the look)",
        "hard flash, teal shadows, 35mm grain",
    ]
    return _neg(
        c, "artist_style", f"{full} look", head, "flash photo, editorial", ["style", "photography"]
    )


BRANDS = [
    "Zarina Qadir Couture", "Maison Ilse Varga", "Amaka Obi Atelier", "Lucía Ferrán Swim",
    "Hanae Kiri Beauty", "Ottilie Brandt Knit",
]  # fmt: skip


def n_person_named_brand(c: Ctx) -> Made:
    br = c.pick(BRANDS)
    item = c.pick(["gown", "jacket", "lip tint look", "knit set", "swimsuit", "abaya"])
    c.once(f"br:{br}:{item}")
    kind = "concept" if "look" in item else "clothing"
    head = [
        f"{br} style {item} (fashion label, made up for my lookbook). "
        f"clothing only, works on any character"
    ]
    return _neg(
        c,
        kind,
        f"{br} {item}",
        head,
        f"wearing {snake(br)} {item}",
        ["clothing", "fashion", "brand"],
    )


def n_school_uniform(c: Ctx) -> Made:
    u = c.pick(
        [
            "sailor uniform", "blazer uniform", "制服 (seifuku)", "교복 (gyobok)",
            "pleated skirt uniform",
        ]
    )  # fmt: skip
    c.once(f"su:{u}:{c.rng.randrange(3)}")
    head = [
        f"{u} outfit lora, clothing only. colours: navy / grey / red tie",
        "adult characters only pls",
    ]
    return _neg(
        c, "clothing", f"{u} outfit", head, f"{u}, standing", ["clothing", "uniform", "outfit"]
    )


def n_traditional_dress(c: Ctx) -> Made:
    d = c.pick(
        ["áo dài", "hanbok", "saree", "kente dress", "kebaya", "sarafan", "baro't saya", "thobe"]
    )
    c.once(f"td:{d}:{c.rng.randrange(2)}")
    head = [f"{d} — traditional dress, clothing lora, many colours", "pair with any face lora"]
    return _neg(
        c,
        "clothing",
        f"{d} [traditional]",
        head,
        f"wearing {d}",
        ["clothing", "traditional", "dress"],
    )


def n_statue_mannequin(c: Ctx) -> Made:
    t = c.pick(
        [
            "marble statue", "store mannequin", "wax figure museum", "bronze bust",
            "porcelain doll", "ball-jointed doll",
        ]
    )  # fmt: skip
    c.once(f"st:{t}:{c.rng.randrange(3)}")
    head = [f"turns subjects into a {t} look. no specific person, material + texture only"]
    return _neg(
        c,
        "concept",
        f"{t.title()} effect",
        head,
        f"{t}, museum light",
        ["concept", "material", "statue"],
    )


def n_light_filter(c: Ctx) -> Made:
    t = c.pick(
        [
            "instagram filter", "ring light selfie", "golden hour glow", "beauty cam smoothing",
            "VHS camcorder", "disposable camera flash",
        ]
    )  # fmt: skip
    c.once(f"lf:{t}:{c.rng.randrange(3)}")
    head = [f"{t} look, lighting/filter lora. any subject"]
    return _neg(
        c, "concept", f"{t} lora", head, f"{t}, portrait", ["lighting", "filter", "photography"]
    )


def n_ordinary_word_concept(c: Ctx) -> Made:
    t = (
        f"{c.pick(['Fox', 'Stone', 'Frost', 'Summer', 'Daisy', 'Holly', 'Winter', 'Marsh'])} "
        + c.pick(
            [
                "Texture Helper", "Day Lighting", "Field Backgrounds", "Chase Motion Blur",
                "Fur Detailer",
            ]
        )
    )  # fmt: skip
    c.once("ow:" + t)
    return _neg(
        c,
        "concept",
        t,
        [f"{t}: texture / background helper, no characters"],
        t.lower(),
        ["concept", "background"],
    )


def n_pose_concept(c: Ctx) -> Made:
    t = c.pick(
        [
            "hands on hips", "looking back over shoulder", "sitting on stairs",
            "peace sign selfie", "lying on bed, lingerie", "bikini beach pose",
        ]
    )  # fmt: skip
    c.once(f"pc:{t}:{c.rng.randrange(3)}")
    sexual = "lingerie" in t
    return _neg(
        c,
        "concept",
        f"pose: {t}",
        [f"{t} pose lora, works on any character"],
        t,
        ["pose", "concept"],
        sexual=sexual,
    )


def n_generic_woman(c: Ctx) -> Made:
    t = c.pick(
        [
            "korean girl face", "pretty latina woman", "arab woman portrait",
            "nordic blonde woman", "indian girl next door", "african beauty face",
            "thai woman natural", "slavic woman face",
        ]
    )  # fmt: skip
    c.once(f"gw:{t}:{c.rng.randrange(3)}")
    head = [f"{t} — generic face type, not a specific person. different face each seed"]
    return _neg(c, "generic_face", t.title(), head, t, ["woman", "girl", "face", "realistic"])


def n_cjk_beauty(c: Ctx) -> Made:
    t = c.pick(
        [
            "美女 写真",
            "韩系 女性 脸",
            "여자 얼굴 자연스러운",
            "日系 美少女 ポートレート",
            "清纯 美女",
        ]
    )  # fmt: skip
    c.once(f"cb:{t}:{c.rng.randrange(3)}")
    return _neg(
        c,
        "generic_face",
        f"{t} lora",
        [f"{t}，通用脸型，不是特定人物"],
        t,
        ["美女", "女性", "realistic"],
    )


def n_mixed_blend(c: Ctx) -> Made:
    t = c.pick(
        [
            "Asian face blend", "Mixed Face", "EuroMix face", "Pan-African blend",
            "Mediterranean mix face",
        ]
    )  # fmt: skip
    n = c.rng.randrange(3, 40)
    c.once(f"mb:{t}:{n}")
    head = [
        f"{t} {n}: averaged from {n} random faces, nobody in particular. "
        f"stable identity across seeds"
    ]
    return _neg(c, "blend_unnamed", f"{t} {n:02d}", head, snake(t), ["blend", "face", "mixed"])


def n_tpdne(c: Ctx) -> Made:
    n = c.rng.randrange(2, 60)
    c.once(f"tp:{n}")
    head = [
        "faces from a this-person-does-not-exist style generator, nobody real",
        f"pack #{n}: {c.rng.randrange(10, 50)} synthetic faces",
    ]
    return _neg(
        c,
        "nonexistent_person",
        c.pick([f"This Person Does Not Exist #{n}", f"TPDNE faces vol.{n}"]),
        head,
        "synthetic face",
        ["face", "synthetic", "portrait"],
    )


def n_doll_likeness(c: Ctx) -> Made:
    nat = c.pick(
        [
            "Korean", "Thai", "Brazilian", "Polish", "Nigerian", "Persian", "Filipina", "Greek",
            "Vietnamese", "Turkish", "Mexican", "Indian",
        ]
    )  # fmt: skip
    c.once(f"dl:{nat}:{c.rng.randrange(2)}")
    head = [
        f"{nat} Doll Likeness — a pretty generic {nat.lower()} face, doll-like skin. "
        f"not a real person"
    ]
    return _neg(
        c,
        "doll_likeness",
        f"{nat} Doll Likeness",
        head,
        f"{nat.lower()} doll",
        ["doll", "woman", "face"],
    )


def n_ethnic_look(c: Ctx) -> Made:
    t = c.pick(
        [
            "Yoruba features", "Andean look", "Punjabi look", "Sámi look", "Pacific Islander look",
            "Levantine features", "Balkan look", "Javanese look",
        ]
    )  # fmt: skip
    c.once(f"el:{t}:{c.rng.randrange(2)}")
    return _neg(
        c,
        "ethnic_look",
        f"{t} slider",
        [f"{t}: ethnicity helper, face shape + skin tone"],
        t.lower(),
        ["ethnicity", "face"],
    )


def n_tool(c: Ctx) -> Made:
    t, mt = c.pick(
        [
            ("4x skin upscaler", "Upscaler"), ("ColorFix VAE", "VAE"),
            ("negative embed", "TextualInversion"), ("openpose pack", "Poses"),
            ("face detailer helper", "Other"), ("eye fix embed", "TextualInversion"),
        ]
    )  # fmt: skip
    c.once(f"tl:{t}:{c.rng.randrange(4)}")
    return _neg(
        c,
        "tool",
        f"{t} v{c.rng.randrange(1, 6)}",
        [f"{t}, utility only."],
        None,
        ["tool", "utility"],
        mtype=mt,
    )


def n_body_slider(c: Ctx) -> Made:
    t = c.pick(["height", "muscle", "waist", "freckles", "body weight", "shoulder width", "curvy"])
    c.once(f"bs:{t}:{c.rng.randrange(3)}")
    return _neg(
        c, "body_type", f"{t} slider", [f"{t} slider -2..+2, body only"], None, ["slider", "body"]
    )


# ---------------------------------------------------------------- the plan

Template = Callable[[Ctx], Made]
POSITIVES: dict[str, tuple[Template, int]] = {
    **{f"{cu}_naming": (culture_shape(cu), 6 if cu in CJK else 4) for cu in CULTURES},
    "live_action_role_actor": (p_live_action_role, 10),
    "ordinary_word_person_name": (p_ordinary_word_name, 9),
    "named_people_blend": (p_named_blend, 6),
    "adult_east_asian_cute_words": (p_adult_uniform_east_asian, 8),
    "minor_age_stated": (p_minor_stated_age, 5),
    "minor_youth_tag": (p_minor_youth_word, 4),
    "idol_group_stage_name": (p_group_alias_member, 7),
    "one_person_three_scripts": (p_script_variants, 7),
    "thai_nickname_formal_name": (p_thai_nickname, 4),
    "cjk_script_only_name": (p_cjk_script_only, 7),
    "creator_handle_and_real_name": (p_creator_handle_realname, 16),
    "creator_handle_only": (p_creator_handle_only, 8),
    "cosplayer_irl_face": (p_creator_cosplayer_irl, 7),
    "subscription_creator": (p_creator_subscriber, 6),
    "cjk_platform_creator": (p_creator_hanzi_platform, 7),
    "hf_creator_widget": (p_creator_hf_widget, 12),
    "creator_they_them": (p_creator_they, 4),
    "private_relation_named": (p_private_person, 32),
    "hf_dreambooth_spouse": (p_private_hf_sks, 12),
    "private_request_bounty": (p_private_bounty, 10),
}
NEGATIVES: dict[str, tuple[Template, int]] = {
    "anime_full_name_with_work": (n_anime_full_name_work, 16),
    "anime_full_name_bare": (n_anime_full_name_bare, 10),
    "gacha_game_full_name": (n_game_full_name, 10),
    "web_novel_heroine": (n_novel_character, 10),
    "donghua_hanzi_name": (n_donghua_hanzi, 6),
    "western_cartoon_full_name": (n_western_character, 16),
    "indie_vtuber_avatar": (n_vtuber, 15),
    "oc_full_name_backstory": (n_oc_backstory, 16),
    "declared_ai_influencer": (n_ai_persona, 12),
    "virtual_idol_cgi": (n_virtual_idol, 6),
    "given_name_checkpoint": (n_given_name_checkpoint, 16),
    "realism_checkpoint_plain": (n_realistic_checkpoint, 10),
    "hf_realism_checkpoint": (n_hf_realism_base, 8),
    "painter_surname_style": (n_painter_style, 10),
    "photographer_named_look": (n_photographer_style, 8),
    "person_named_label": (n_person_named_brand, 14),
    "school_uniform_outfit": (n_school_uniform, 10),
    "traditional_dress_outfit": (n_traditional_dress, 12),
    "statue_doll_mannequin": (n_statue_mannequin, 15),
    "filter_lighting_look": (n_light_filter, 12),
    "ordinary_word_helper": (n_ordinary_word_concept, 10),
    "pose_only_concept": (n_pose_concept, 10),
    "generic_type_woman": (n_generic_woman, 12),
    "cjk_generic_beauty": (n_cjk_beauty, 8),
    "unnamed_face_average": (n_mixed_blend, 15),
    "nonexistent_face_pack": (n_tpdne, 15),
    "nationality_doll_likeness": (n_doll_likeness, 15),
    "ethnicity_slider": (n_ethnic_look, 15),
    "utility_tool": (n_tool, 16),
    "body_shape_slider": (n_body_slider, 15),
}
MINOR_SHAPES = {"minor_age_stated", "minor_youth_tag"}
PROMINENCE = {
    "public_figure": "public_figure",
    "online_creator": "online_creator",
    "private_person": "private_or_unknown",
}


def build(part: str = "dev21") -> tuple[list[Item], list[dict[str, Any]]]:
    c = Ctx(part)
    plan: list[tuple[str, bool, Template]] = []
    for likeness, table in ((True, POSITIVES), (False, NEGATIVES)):
        for shape, (template, n) in table.items():
            plan += [(shape, likeness, template)] * n
    c.rng.shuffle(plan)
    items: list[Item] = []
    labels: list[dict[str, Any]] = []
    for shape, likeness, template in plan:
        for _ in range(300):
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


def counts_table(labels: list[dict[str, Any]] | None = None) -> str:
    rows: Counter[tuple[str, str]] = Counter()
    for lab in labels if labels is not None else build("dev21")[1]:
        rows[(lab["kind"], lab["shape"])] += 1
    keys = sorted(rows, key=lambda ks: (ks[0] not in PROMINENCE, ks))
    lines = ["| kind | shape | dev21 |", "|---|---|---|"]
    lines += [f"| `{k}` | `{s}` | {rows[(k, s)]} |" for k, s in keys]
    return "\n".join(lines)


def totals(labels: list[dict[str, Any]] | None = None) -> str:
    labels = labels if labels is not None else build("dev21")[1]
    like = [x for x in labels if x["likeness"]]
    g = Counter(x["gender"] for x in like)
    kinds = Counter(x["kind"] for x in labels)
    return (
        f"Totals: dev21: {len(labels)} items, {len(like)} likeness (female {g['female']}, male "
        f"{g['male']}, unknown {g['unknown']}), sexual intent "
        f"{sum(x['sexual_intent'] for x in labels)}, minor risk "
        f"{sum(x['minor_risk'] for x in labels)}, Hugging Face "
        f"{sum(x['platform'] == 'huggingface' for x in labels)}; per kind: "
        + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))
        + "."
    )


def digest(part: str) -> str:
    return hashlib.sha256((HERE / f"{part}.jsonl").read_bytes()).hexdigest()


if __name__ == "__main__":
    if "--counts" in sys.argv:
        done = build("dev21")[1]
        print(counts_table(done))
        print()
        print(totals(done))
    else:
        for p in sys.argv[1:] or list(SEEDS):
            write(p)
