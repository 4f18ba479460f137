"""Build the sixteenth dev set (tests/devset16): ``hold16``, seeded, byte for byte.

Usage, from the repository root::

    .venv/bin/python tests/devset16/build_devset16.py            # rewrite the two files
    .venv/bin/python tests/devset16/build_devset16.py --counts   # print the README's table

Every person is invented (``devset16_vocab``). Each page is written long, as uploaders write them
in 2024-2026: a settings list, a prompt block, a dated changelog, a support line and a thank-you
in another language around the sentence that names (or does not name) a person. The cue rules
(``sexual_cue``, ``minor_cue``) are checked against every label, and the two never meet.
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

import devset16_vocab as V  # noqa: E402

SEEDS = {"hold16": 160_316}
ID_BASE = {"hold16": 16_300_000}
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
    r"(?<![\d.,:])(\d{1,2}) ?(?:yo\b|y/o\b|years? old\b|-year-old\b|歳|살|세)"
    r"|\b(?:aged?|Age:) ?(\d{1,2})\b",
    re.IGNORECASE,
)
YOUTH = re.compile(
    r"\b(?:teen|teens|teenage|teenager|junior high|middle school|high school student|"
    r"child actor|child actress|underage)\b|中学生|高校生|初中生|중학생|고등학생",
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
    """Civitai's nsfw flag, an R/X/XXX/Blocked bit, an image rated Mature/X, HF's
    not-for-all-audiences tag, or a sexual word in the visible text."""
    if item.get("nsfw") is True or any(lv & 0b111100 for lv in _levels(item)):
        return True
    for v in item.get("modelVersions") or []:
        if any(i.get("nsfw") in ("Mature", "X") for i in v.get("images") or []):
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
    """A template drew something already used; draw again."""


class Ctx:
    def __init__(self, part: str) -> None:
        self.part = part
        self.rng = random.Random(SEEDS[part])
        self.next_id = ID_BASE[part]
        self.names: set[str] = set()
        self.keys: set[str] = set()
        self.turns: Counter[str] = Counter()

    def pick(self, seq: Any) -> Any:
        return seq[self.rng.randrange(len(seq))]

    def once(self, key: str) -> None:
        if key in self.keys:
            raise Retry
        self.keys.add(key)

    def new_id(self) -> int:
        self.next_id += self.rng.randrange(5, 71)
        return self.next_id

    def hexs(self, n: int) -> str:
        return "".join(self.pick("0123456789abcdef") for _ in range(n))

    def cycle(self, key: str, every: int = 3) -> str:
        """female, male, female ... per shape (one man in ``every``)."""
        self.turns["g:" + key] += 1
        return "male" if self.turns["g:" + key] % every == 2 else "female"

    def fresh(self, full: str) -> str:
        if full in self.names:
            raise Retry
        self.names.add(full)
        return full

    def person(self, culture: str, gender: str) -> tuple[str, str]:
        f, m, fam = V.CULTURES[culture]
        given = self.pick(f if gender == "female" else m)
        family = self.pick(fam)
        self.fresh(f"{given} {family}")
        return given, family


# ---------------------------------------------------------------- page furniture

BASES = ["SDXL 1.0", "Pony", "Illustrious", "Flux.1 D", "SD 1.5", "Flux.1 S", "Wan Video 14B"]
UPLOADERS = [
    "lumen_forge",
    "wetplate_wizard",
    "kohya_kettle",
    "noisy_sampler",
    "brushless_bytes",
    "quietgrain",
    "photonmoth",
    "tensor_tailor",
    "latentlark",
    "cfg_cartographer",
    "mossbyte",
    "emberstep_ai",
    "gridlock_lora",
    "velvet_vae",
    "tinkerdiffuse",
]
SAMPLERS = ["Euler a", "DPM++ 2M SDE", "DPM++ 2M Karras", "Euler (beta)", "DEIS", "LCM"]
THANKS = [
    "Merci d'avoir téléchargé, un petit avis fait toujours plaisir !",
    "ダウンロードありがとうございます！レビューお待ちしています。",
    "Dziękuję za pobranie, zostaw recenzję!",
    "다운로드 감사합니다 — 리뷰 남겨주시면 힘이 됩니다.",
    "Danke fürs Ausprobieren, Feedback gern in den Kommentaren.",
    "Gracias por descargar, ¡deja tu reseña!",
    "Terima kasih sudah mampir, jangan lupa kasih ulasan ya!",
    "Cảm ơn mọi người đã ủng hộ!",
    "İndirdiğiniz için teşekkürler!",
    "谢谢支持，欢迎留言反馈！",
    "Obrigado por baixar, deixa uma avaliação!",
    "Salamat po sa suporta!",
    "Tack för att du laddade ner!",
]
SUPPORT = [
    "☕ Tips keep the GPU fed: ko-fi.com/{u}",
    "Requests open on my Discord (link in profile), queue is about two weeks.",
    "Leave a review with your image, it helps more than the buzz.",
    "Early builds go to Patreon members first: patreon.com/{u}",
    "Found a bug? Comment below and I will answer within a day or two.",
]
FIXES = [
    "retrained on a cleaner dataset, less colour cast",
    "fixed burned highlights at strength above 0.9",
    "Flux port, captions redone with a VLM",
    "smaller file (rank 16), same quality",
    "better hands and teeth",
    "removed watermark bleed from the training set",
    "new sample images",
    "rebalanced epochs, less overfitting on backgrounds",
]
SCENES = [
    "candid street photo, overcast",
    "studio headshot, softbox, grey backdrop",
    "walking through a night market, bokeh",
    "reading in a café window seat",
    "rooftop at golden hour, wind in hair",
    "backstage, mirror lights",
    "on a train platform, film grain",
    "press conference podium, flash photo",
]
LENSES = ["85mm f/1.8", "35mm, Portra 400", "50mm, shallow depth of field", "iPhone photo"]


def html(*parts: str) -> str:
    return "".join(p if p.startswith("<") else f"<p>{p}</p>" for p in parts if p)


def ul(*lines: str) -> str:
    return "<ul>" + "".join(f"<li>{x}</li>" for x in lines) + "</ul>"


def code(text: str) -> str:
    return f"<pre><code>{text}</code></pre>"


def settings(c: Ctx) -> str:
    lo = c.pick([0.5, 0.6, 0.65, 0.7])
    return "<h3>Settings</h3>" + ul(
        f"Sampler: {c.pick(SAMPLERS)}, {c.rng.randrange(20, 41)} steps",
        f"CFG {c.pick([3, 3.5, 4, 5, 6, 7])} (Flux: guidance {c.pick([2.5, 3, 3.5])})",
        f"Strength {lo}–{round(lo + 0.25, 2)}",
        c.pick(["Hires fix 1.5x, denoise 0.35", "ADetailer off", "Clip skip 2", "no refiner"]),
    )


def prompt(c: Ctx, subject: str, extra: str = "") -> str:
    w = c.pick(["0.8", "0.9", "1", "0.75"])
    pos = f"({subject}:{w}), {c.pick(SCENES)}, {c.pick(LENSES)}{', ' + extra if extra else ''}"
    neg = "blurry, lowres, extra fingers, watermark, text, deformed"
    return "<h3>Example prompt</h3>" + code(f"{pos}\nNegative prompt: {neg}")


def changelog(c: Ctx) -> str:
    n = c.rng.randrange(2, 4)
    month = c.rng.randrange(4, 12)
    lines = []
    for k in range(n):
        d = f"2025-{month - k:02d}-{c.rng.randrange(1, 28):02d}"
        lines.append(f"{d} — v{n - k}.{c.rng.randrange(0, 3)}: {c.pick(FIXES)}")
    return "<h3>Changelog</h3>" + ul(*lines)


def furniture(c: Ctx, subject: str | None, extra: str = "") -> list[str]:
    user = c.pick(UPLOADERS)
    out = [settings(c)]
    if subject is not None:
        out.append(prompt(c, subject, extra))
    out.append(changelog(c))
    out.append(c.pick(SUPPORT).format(u=user))
    out.append(c.pick(THANKS))
    return out


def page(c: Ctx, head: list[str], subject: str | None, extra: str = "") -> str:
    return html(*head, *furniture(c, subject, extra))


FOLD = str.maketrans({"ı": "i", "đ": "d", "Đ": "D", "ø": "o", "ß": "ss"})


def ascii_fold(text: str) -> str:
    text = text.translate(FOLD)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def snake(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", ascii_fold(text).lower()).strip("_")


def squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", ascii_fold(text).lower())


CYR = [
    ("shch", "щ"),
    ("zh", "ж"),
    ("kh", "х"),
    ("ts", "ц"),
    ("ch", "ч"),
    ("sh", "ш"),
    ("yu", "ю"),
    ("ya", "я"),
    ("a", "а"),
    ("b", "б"),
    ("v", "в"),
    ("g", "г"),
    ("d", "д"),
    ("e", "е"),
    ("z", "з"),
    ("i", "и"),
    ("y", "й"),
    ("k", "к"),
    ("l", "л"),
    ("m", "м"),
    ("n", "н"),
    ("o", "о"),
    ("p", "п"),
    ("r", "р"),
    ("s", "с"),
    ("t", "т"),
    ("u", "у"),
    ("f", "ф"),
    ("c", "к"),
]


def cyrillic(word: str) -> str:
    out, i, low = "", 0, word.lower()
    while i < len(low):
        for lat, cy in CYR:
            if low.startswith(lat, i):
                out += cy
                i += len(lat)
                break
        else:
            out += low[i]
            i += 1
    return out[:1].upper() + out[1:]


# ---------------------------------------------------------------- API items


def civ(
    c: Ctx,
    *,
    name: str,
    desc: str,
    tags: list[str],
    mtype: str = "LORA",
    trained: list[str] | None = None,
    versions: list[dict[str, Any]] | None = None,
    fname: str | None = None,
    sexual: bool = False,
    sfw: bool = False,
    meta: str | None = None,
    new: bool | None = None,
) -> Item:
    """A Civitai /api/v1/models item, 2023 catalog shape or 2025 shape.

    ``versions`` (newest first) give a pack several versions."""
    mid = c.new_id()
    new = (c.rng.random() < 0.55) if new is None else new
    ext = ".pt" if mtype == "TextualInversion" else ".safetensors"
    specs = versions or [
        {
            "name": c.pick(["v1.0", "v2.0", "V3", "v1.1-flux", "XL", "final", "il-v1", "epoch8"]),
            "trained": trained or [],
            "file": fname or snake(name) + ext,
        }
    ]
    out = []
    for vi, spec in enumerate(specs):
        vid = mid * 4 + 11 + vi
        images = []
        for k in range(c.rng.randrange(1, 4)):
            img: dict[str, Any] = {
                "id": vid * 10 + k,
                "url": f"https://image.civitai.com/xG1nkqKTMzGDvpLrqFT7WA/{c.hexs(8)}-{c.hexs(4)}"
                f"/original=true/{vid}{k}.jpeg",
                "width": c.pick([832, 896, 1024, 768]),
                "height": c.pick([1216, 1152, 1024, 1344]),
                "hash": "L" + c.hexs(27),
            }
            if new:
                img.update(
                    nsfwLevel=(8 if k else 4) if sexual else 1 if sfw else c.pick([1, 1, 2]),
                    type="image",
                    minor=False,
                    poi=False,
                    hasMeta=meta is not None and k == 0,
                    hasPositivePrompt=meta is not None and k == 0,
                    onSite=c.rng.random() < 0.3,
                    remixOfId=None,
                )
            else:
                img["nsfw"] = (
                    ("X" if k else "Mature")
                    if sexual
                    else "None"
                    if sfw
                    else c.pick(["None", "None", "Soft"])
                )
            if meta is not None and k == 0 and vi == 0:
                img["meta"] = {
                    "prompt": meta,
                    "negativePrompt": "worst quality, lowres, watermark",
                    "sampler": c.pick(SAMPLERS),
                    "steps": c.rng.randrange(20, 36),
                    "cfgScale": c.pick([3.5, 4, 5, 6]),
                    "seed": c.rng.randrange(10**9, 10**10),
                    "Size": "896x1152",
                }
            images.append(img)
        day = f"{c.rng.randrange(1, 10)}-{c.rng.randrange(10, 28)}"
        version: dict[str, Any] = {
            "id": vid,
            "name": spec["name"],
            "baseModel": c.pick(BASES),
            "createdAt": ("2025-0" if new else "2023-0") + day + "T14:22:07.000Z",
            "description": spec.get("description"),
            "trainedWords": spec.get("trained") or [],
            "files": [
                {
                    "id": vid + 3,
                    "sizeKB": round(c.rng.uniform(18000, 220000), 3),
                    "name": spec.get("file") or snake(name) + ext,
                    "type": "Model",
                    "pickleScanResult": "Success",
                    "virusScanResult": "Success",
                    "metadata": {
                        "format": "PickleTensor" if ext == ".pt" else "SafeTensor",
                        "size": "pruned" if mtype == "Checkpoint" else None,
                        "fp": c.pick(["fp16", "bf16", "fp8"]),
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
                nsfwLevel=(1 | 4 | 8) if sexual else 1 if sfw else c.pick([1, 3]),
                covered=True,
                stats={
                    "downloadCount": c.rng.randrange(3, 9000),
                    "ratingCount": 0,
                    "rating": 0,
                    "thumbsUpCount": c.rng.randrange(300),
                    "thumbsDownCount": c.rng.randrange(3),
                },
            )
        else:
            version.update(modelId=mid, earlyAccessTimeFrame=0)
        out.append(version)
    item: Item = {
        "id": mid,
        "name": name,
        "description": desc,
        "allowNoCredit": c.rng.random() < 0.7,
        "allowCommercialUse": c.pick([["Image"], ["Image", "RentCivit"], []])
        if new
        else c.pick(["Image", "Rent", "None", "Sell"]),
        "allowDerivatives": c.rng.random() < 0.85,
        "allowDifferentLicense": c.rng.random() < 0.4,
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
            supportsGeneration=c.rng.random() < 0.5,
        )
    else:
        item.update(poi=False, nsfw=sexual)
    stats: dict[str, Any] = {
        "downloadCount": c.rng.randrange(10, 20000),
        "favoriteCount": c.rng.randrange(0, 500),
        "commentCount": c.rng.randrange(30),
    }
    if new:
        stats.update(
            thumbsUpCount=c.rng.randrange(600),
            thumbsDownCount=0,
            ratingCount=0,
            rating=0,
            tippedAmountCount=c.rng.randrange(12),
        )
    else:
        stats.update(ratingCount=c.rng.randrange(25), rating=round(c.rng.uniform(4.0, 5), 2))
    user = c.pick(UPLOADERS)
    item.update(
        stats=stats,
        creator={"username": user, "image": f"https://image.civitai.com/a/{c.hexs(8)}/{user}.png"},
        tags=tags,
        modelVersions=out,
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
        if f.endswith((".safetensors", ".bin", ".onnx", ".pt", ".pth", ".gguf")):
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
        "createdAt": f"2025-{c.rng.randrange(1, 12):02d}-1{c.rng.randrange(0, 9)}T10:31:00.000Z",
        "lastModified": f"2026-0{c.rng.randrange(1, 9)}-0{c.rng.randrange(1, 9)}T08:00:00.000Z",
        "private": False,
        "disabled": False,
        "gated": c.pick([False, False, "auto"]),
        "downloads": c.rng.randrange(0, 9000),
        "likes": c.rng.randrange(0, 90),
        "library_name": library,
        "tags": [*tags, *extra, *([f"license:{lic}"] if lic else []), "region:us"],
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
        "aliases": [a for a in dict.fromkeys(aliases or []) if a and a != target],
    }


def neutral_tags(c: Ctx, *more: str) -> list[str]:
    pool = ["photorealistic", "portrait", "celebrity", "real person", "photography", "face"]
    return [*c.rng.sample(pool, 3), *more]


def gtag(gender: str) -> str:
    return "woman" if gender == "female" else "man"


def pron(gender: str) -> tuple[str, str]:
    return ("she", "her") if gender == "female" else ("he", "his")


def dataset(c: Ctx) -> str:
    n = c.rng.randrange(24, 140)
    return c.pick(
        [
            f"Dataset: {n} images, cropped to 1024, captions by Florence-2 then hand-fixed.",
            f"Trained {c.rng.randrange(8, 20)} epochs on {n} photos, rank {c.pick([8, 16, 32])}.",
            f"{n} pictures from public interviews and events, no paparazzi shots.",
        ]
    )


# ---------------------------------------------------------------- positives: public figures

PF = "public_figure"


def _person_item(
    c: Ctx,
    *,
    title: str,
    head: list[str],
    trigger: str,
    tags: list[str],
    fname: str | None = None,
    **kw: Any,
) -> Item:
    desc = page(c, head, trigger)
    return civ(c, name=title, desc=desc, tags=tags, trained=[trigger], fname=fname, **kw)


def p_thai_nickname_full(c: Ctx) -> Made:
    g = c.cycle("thai")
    given, family = c.person("thai", g)
    nick = c.pick(
        ["Ploy", "Fern", "Mint", "Bam", "Kaew", "Nok"]
        if g == "female"
        else ["Ton", "Bank", "Tle", "Golf"]
    )
    word = "นักแสดงหญิง" if g == "female" else "นักแสดงชาย"
    full = f"{given} {family}"
    head = [
        f"<h2>{nick} ({full})</h2>",
        f"{word} — LoRA ของคุณ{nick} {full}, from the Channel 7-style lakorn era to "
        f"{pron(g)[1]} recent magazine shoots.",
        dataset(c),
    ]
    item = _person_item(
        c,
        title=f"น้อง{nick} {full} | Thai {'actress' if g == 'female' else 'actor'}",
        head=head,
        trigger=squash(nick + family),
        tags=neutral_tags(c, "thai"),
    )
    return item, facts(PF, full, g, [nick, f"Khun {nick}"])


def p_viet_nu_nam_prefix(c: Ctx) -> Made:
    g = c.cycle("viet")
    given, family = c.person("viet", g)
    full = f"{family} {given}"
    word = c.pick(
        ["Nữ diễn viên", "Nữ ca sĩ", "Hoa hậu"] if g == "female" else ["Nam diễn viên", "Nam ca sĩ"]
    )
    head = [
        f"{word} {full} — mô hình LoRA.",
        f"Trigger <code>{squash(full)}</code>. Tên không dấu: {ascii_fold(full)}.",
        "Ảnh mẫu dùng Flux, độ mạnh 0.8.",
    ]
    item = _person_item(
        c,
        title=f"{full} ({ascii_fold(full)})",
        head=head,
        trigger=squash(full),
        tags=neutral_tags(c, "vietnam"),
    )
    return item, facts(PF, full, g, [ascii_fold(full), given])


def p_turkish_hanim_bey(c: Ctx) -> Made:
    g = c.cycle("turkish")
    given, family = c.person("turkish", g)
    full = f"{given} {family}"
    hon = "Hanım" if g == "female" else "Bey"
    head = [
        f"<b>{given} {hon}</b> ({full}) — dizi oyuncusu ve sunucu.",
        f"Bu LoRA {given} {hon}'ın kamuya açık fotoğraflarıyla eğitildi.",
        dataset(c),
    ]
    item = _person_item(
        c,
        title=f"{full.upper()} — {given} {hon}",
        head=head,
        trigger=snake(full),
        tags=neutral_tags(c, "turkish"),
    )
    return item, facts(PF, full, g, [ascii_fold(full), f"{given} {hon}"])


def p_persian_khanom_agha(c: Ctx) -> Made:
    g = c.cycle("persian")
    given, family = c.person("persian", g)
    full = f"{given} {family}"
    hon = "Khanom" if g == "female" else "Agha-ye"
    word = "بازیگر زن" if g == "female" else "بازیگر مرد"
    title = f"{hon} {full}" if g == "male" else f"{full} Khanom"
    head = [
        f"{word} — {title}.",
        f"Persian cinema, TV series and stage. Trigger: <code>{squash(full)}</code>.",
        dataset(c),
    ]
    item = _person_item(
        c,
        title=f"{full} | بازیگر",
        head=head,
        trigger=squash(full),
        tags=neutral_tags(c, "iranian"),
    )
    return item, facts(PF, full, g, [title])


def p_arabic_feminine_trade(c: Ctx) -> Made:
    g = c.cycle("arabic")
    given, family = c.person("arabic", g)
    full = f"{given} {family}"
    word = c.pick(["الفنانة", "المذيعة", "الممثلة"] if g == "female" else ["الفنان", "المذيع"])
    head = [
        f"{word} {full} — LoRA.",
        f"TV presenter and performer from Amman. Trigger <code>{snake(full)}</code>.",
        dataset(c),
    ]
    item = _person_item(
        c, title=f"{word} {full}", head=head, trigger=snake(full), tags=neutral_tags(c, "arab")
    )
    return item, facts(PF, full, g)


def p_devanagari_trade_word(c: Ctx) -> Made:
    g = c.cycle("hindi")
    given, family = c.person("hindi", g)
    full = f"{given} {family}"
    word = c.pick(["अभिनेत्री", "गायिका"] if g == "female" else ["अभिनेता", "गायक"])
    head = [
        f"{full} ({word}) — SDXL + Flux LoRA.",
        "Bollywood promos, OTT series stills and award-night photos.",
        dataset(c),
    ]
    item = _person_item(
        c,
        title=f"{full} {word}",
        head=head,
        trigger=squash(full),
        tags=neutral_tags(c, "bollywood", "indian"),
    )
    return item, facts(PF, full, g)


def p_tamil_initial_name(c: Ctx) -> Made:
    g = c.cycle("tamil")
    given, family = c.person("tamil", g)
    full = f"{given} {family}"
    initial = f"{family[0]}. {given}"
    word = "நடிகை" if g == "female" else "நடிகர்"
    head = [
        f"{initial} ({full}) — {word}.",
        "Kollywood film stills and audio-launch photos; no edits from fan pages.",
        dataset(c),
    ]
    item = _person_item(
        c,
        title=f"{initial} | Kollywood",
        head=head,
        trigger=squash(given),
        tags=neutral_tags(c, "tamil"),
    )
    return item, facts(PF, full, g, [initial])


def p_yoruba_nollywood(c: Ctx) -> Made:
    g = c.cycle("yoruba")
    given, family = c.person("yoruba", g)
    full = f"{given} {family}"
    p, q = pron(g)
    head = [
        f"{full} is a Nollywood favourite; {p} moved from Yoruba-language films to streaming "
        f"thrillers, and this LoRA follows {q} look from 2019 to now.",
        "Ẹ ṣé gan-an to the people who sent scans. "
        f"Trigger: <code>{squash(given)}_{squash(family)[:4]}</code>",
        dataset(c),
    ]
    item = _person_item(
        c,
        title=f"{full} (Nollywood)",
        head=head,
        trigger=f"{squash(given)}_{squash(family)[:4]}",
        tags=neutral_tags(c, "nigerian", gtag(g)),
    )
    return item, facts(PF, full, g)


def _slavic(c: Ctx, g: str) -> tuple[str, str]:
    f, m, fam = V.CULTURES["slavic"]
    stem = c.pick(fam)
    family = (
        (stem + ("a" if g == "female" else "y"))
        if stem.endswith("sk")
        else (stem + "a" if g == "female" else stem)
    )
    given = c.pick(f if g == "female" else m)
    c.fresh(f"{given} {family}")
    return given, family


def p_slavic_ova_surname(c: Ctx) -> Made:
    g = c.cycle("slavic")
    given, family = _slavic(c, g)
    full = f"{given} {family}"
    word = c.pick(
        ["актриса", "телеведущая", "певица"] if g == "female" else ["актёр", "телеведущий"]
    )
    head = [
        f"{full} — {word}. LoRA по фото с премьер и интервью.",
        f"Triggers: <code>{squash(full)}</code>. Recommended with realistic checkpoints.",
        dataset(c),
    ]
    item = _person_item(
        c, title=full, head=head, trigger=squash(full), tags=neutral_tags(c, "russian")
    )
    return item, facts(PF, full, g)


def p_nordic_feminine_trade(c: Ctx) -> Made:
    g = c.cycle("nordic")
    given, family = c.person("nordic", g)
    full = f"{given} {family}"
    word = c.pick(
        ["sångerska", "skuespillerinne", "programledare"]
        if g == "female"
        else ["sångare", "skuespiller"]
    )
    if g == "male" and word == "programledare":
        word = "sångare"
    head = [
        f"{full}, {word}. Tränad på pressbilder från Melodifestivalen och TV-intervjuer.",
        f"Trigger: <code>{snake(full)}</code>",
        dataset(c),
    ]
    item = _person_item(
        c,
        title=f"{full} — {word}",
        head=head,
        trigger=snake(full),
        tags=neutral_tags(c, "scandinavian"),
    )
    return item, facts(PF, full, g)


def p_filipino_ate_kuya(c: Ctx) -> Made:
    g = c.cycle("filipino")
    given, family = c.person("filipino", g)
    full = f"{given} {family}"
    hon = "Ate" if g == "female" else "Kuya"
    word = "aktres" if g == "female" else "aktor"
    head = [
        f"Para sa mga fans ni {hon} {given}! {full}, {word} at TV host.",
        f"Trigger: <code>{squash(given)}{squash(family)[:3]}</code> — teleserye stills lang.",
        dataset(c),
    ]
    item = _person_item(
        c,
        title=f"{hon} {given} ({full})",
        head=head,
        trigger=f"{squash(given)}{squash(family)[:3]}",
        tags=neutral_tags(c, "filipino", "pinoy"),
    )
    return item, facts(PF, full, g, [f"{hon} {given}"])


def p_telenovela_role(c: Ctx) -> Made:
    g = c.cycle("latam")
    given, family = c.person("latam", g)
    full = f"{given} {family}"
    role = c.pick(
        ["Doña Remedios", "Luz Amparo", "la Licenciada Ibarra", "Rosaura del Valle"]
        if g == "female"
        else ["Don Evaristo", "el Comandante Salas"]
    )
    show = c.pick(
        ["Corazón de Arena", "Las Hijas del Viento", "Bajo el Mismo Cielo", "Sangre de Agave"]
    )
    art = "la actriz" if g == "female" else "el actor"
    head = [
        f"{role} de <i>{show}</i> (2024), interpretada por {art} {full}.",
        f"{role} from the telenovela {show}, played by {full}. "
        "Face of the performer, costume of the role.",
        dataset(c),
    ]
    item = _person_item(
        c,
        title=f"{role} — {show} (live action)",
        head=head,
        trigger=squash(role),
        tags=["telenovela", "character", "realistic"],
    )
    return item, facts(PF, full, g, [f"{given} {family.split()[0]}"])


def p_webtoon_adaptation_cast(c: Ctx) -> Made:
    fam_h, fam_r = c.pick(V.KO_FAMILY)
    giv_h, giv_r, g = c.pick(V.KO_GIVEN)
    c.fresh(f"{fam_r} {giv_r}")
    role = c.pick(["Seo Ji-ahn", "Director Baek", "Han Yeo-reum", "Captain Moon", "Yoon Da-eun"])
    work = c.pick(["Midnight Florist", "The Tenth Floor Lease", "Blue Hour Cafe", "Saltwater Oath"])
    word = "여배우" if g == "female" else "남배우"
    head = [
        f"Live-action drama of the webtoon <i>{work}</i>: {role}, as played by {word} "
        f"{fam_h}{giv_h} ({fam_r} {giv_r}).",
        f"웹툰 원작 드라마 {work} — {role} 역, {fam_h}{giv_h}.",
        dataset(c),
    ]
    item = _person_item(
        c,
        title=f"{role} ({work} drama)",
        head=head,
        trigger=squash(role),
        tags=["kdrama", "webtoon", "character"],
    )
    return item, facts(PF, f"{fam_r} {giv_r}", g, [fam_h + giv_h, f"{giv_r} {fam_r}"])


def p_idol_position_hangul(c: Ctx) -> Made:
    fam_h, fam_r = c.pick(V.KO_FAMILY)
    giv_h, giv_r, g = c.pick(
        [x for x in V.KO_GIVEN if x[2] == "female"]
        if c.rng.random() < 0.8
        else [x for x in V.KO_GIVEN if x[2] == "male"]
    )
    c.fresh(f"{fam_r} {giv_r}")
    group = c.pick(V.GIRL_GROUPS if g == "female" else V.BOY_GROUPS)
    kind = "걸그룹" if g == "female" else "보이그룹"
    pos = c.pick(["메인보컬", "리더", "메인댄서", "막내", "센터"])
    head = [
        f"{kind} {group} {pos} {fam_h}{giv_h}",
        f"{group} ({fam_r} {giv_r}) — stage, airport and fansign photos, 2023-2025 eras.",
        dataset(c),
    ]
    item = _person_item(
        c,
        title=f"{fam_h}{giv_h} [{group}]",
        head=head,
        trigger=squash(giv_r),
        tags=["kpop", "idol", "korean"],
    )
    return item, facts(PF, f"{fam_r} {giv_r}", g, [fam_h + giv_h, f"{giv_r} {fam_r}"])


def p_hanzi_pinyin_meinv(c: Ctx) -> Made:
    fam_h, fam_r = c.pick(V.ZH_FAMILY)
    giv_h, giv_r, g = c.pick(V.ZH_GIVEN)
    c.fresh(f"{fam_r} {giv_r}")
    word = c.pick(["美女演员", "女演员", "女歌手"] if g == "female" else ["男演员", "男歌手"])
    head = [
        f"{fam_h}{giv_h}（{fam_r} {giv_r}）— {word}",
        f"训练集：剧照、红毯、杂志。Trigger: <code>{squash(fam_r + giv_r)}</code>",
        dataset(c),
    ]
    tags = [
        "chinese",
        "realistic",
        "美女" if g == "female" else "帅哥",
        "女性" if g == "female" else "男性",
    ]
    item = _person_item(
        c,
        title=f"{fam_h}{giv_h} {fam_r}{giv_r}",
        head=head,
        trigger=squash(fam_r + giv_r),
        tags=tags,
    )
    return item, facts(PF, f"{fam_r} {giv_r}", g, [fam_h + giv_h, f"{giv_r} {fam_r}"])


def p_romanisation_long_vowel(c: Ctx) -> Made:
    fam = c.pick([f for f in V.JA_FAMILY if f[1] != f[3]])
    giv_h, giv_r, g = c.pick(V.JA_GIVEN)
    c.fresh(f"{fam[3]} {giv_r}")
    word = "女優" if g == "female" else "俳優（男性）"
    forms = list(dict.fromkeys([f"{fam[1]} {giv_r}", f"{fam[2]} {giv_r}", f"{fam[3]} {giv_r}"]))
    head = [
        f"{fam[0]}{giv_h}（{word}）",
        "Romanised as " + " / ".join(forms) + " depending on the magazine.",
        dataset(c),
    ]
    item = _person_item(
        c,
        title=f"{fam[0]}{giv_h} | {forms[-1]}",
        head=head,
        trigger=squash(fam[2] + giv_r),
        tags=["japanese", "realistic"],
    )
    return item, facts(PF, forms[0], g, [*forms[1:], fam[0] + giv_h, f"{giv_r} {fam[3]}"])


def p_adult_uniform_east_asian(c: Ctx) -> Made:
    r = c.rng.random()
    if r < 0.4:
        fam = c.pick(V.JA_FAMILY)
        giv_h, giv_r, _ = c.pick([x for x in V.JA_GIVEN if x[2] == "female"])
        script, target = fam[0] + giv_h, f"{fam[3]} {giv_r}"
        age = f"{c.rng.randrange(21, 31)}歳"
    elif r < 0.7:
        fam_h, fam_r = c.pick(V.KO_FAMILY)
        giv_h, giv_r, _ = c.pick([x for x in V.KO_GIVEN if x[2] == "female"])
        script, target = fam_h + giv_h, f"{fam_r} {giv_r}"
        age = f"{c.rng.randrange(21, 31)}세"
    else:
        fam_h, fam_r = c.pick(V.ZH_FAMILY)
        giv_h, giv_r, _ = c.pick([x for x in V.ZH_GIVEN if x[2] == "female"])
        script, target = fam_h + giv_h, f"{fam_r} {giv_r}"
        age = f"born {c.rng.randrange(1994, 2003)}"
    c.fresh(target)
    look = c.pick(
        [
            "school uniform cosplay",
            "cute sailor-collar outfit",
            "petite idol style",
            "制服 photobook",
            "kawaii twin-tails",
        ]
    )
    head = [
        f"{script} ({target}), gravure model and actress, {age}.",
        f"This version focuses on the {look} from "
        f"{c.pick(['her 2024 photobook', 'her fan meeting', 'a variety show'])}.",
        "Adult model; all source photos are official and published.",
        dataset(c),
    ]
    item = _person_item(
        c,
        title=f"{script} {target} - {look}",
        head=head,
        trigger=squash(target),
        tags=["cute", "petite", "uniform", "asian"],
        sfw=True,
    )
    return item, facts(PF, target, "female", [script])


def p_taiwan_passport_romanisation(c: Ctx) -> Made:
    fam_h, fam_r = c.pick(V.ZH_FAMILY)
    giv_h, giv_r, g = c.pick(V.ZH_GIVEN)
    wg = f"{V.WG_FAMILY[fam_r]} {V.WG_GIVEN[giv_r]}"
    c.fresh(f"{fam_r} {giv_r}")
    word = c.pick(["台灣女星", "女主播", "女演員"] if g == "female" else ["台灣男星", "男演員"])
    head = [
        f"{fam_h}{giv_h} {wg} — {word}",
        f"Pinyin would be {fam_r} {giv_r}, but the official spelling is {wg}.",
        dataset(c),
    ]
    item = _person_item(
        c, title=f"{wg} {fam_h}{giv_h}", head=head, trigger=squash(wg), tags=["taiwan", "realistic"]
    )
    return item, facts(PF, wg, g, [fam_h + giv_h, f"{fam_r} {giv_r}"])


def p_given_name_only_gender(c: Ctx) -> Made:
    g = c.cycle("givenonly", 4)
    culture = c.pick(["turkish", "persian", "yoruba", "thai", "hindi", "nordic", "latam"])
    given, family = c.person(culture, g)
    full = f"{given} {family}"
    where = {
        "turkish": "Istanbul",
        "persian": "Tehran",
        "yoruba": "Lagos",
        "thai": "Bangkok",
        "hindi": "Mumbai",
        "nordic": "Bergen",
        "latam": "Guadalajara",
    }[culture]
    head = [
        f"{full}, evening news presenter in {where}. Studio lighting and on-location reports.",
        dataset(c),
    ]
    item = _person_item(
        c,
        title=f"{full} - news presenter ({where})",
        head=head,
        trigger=squash(full),
        tags=neutral_tags(c, "news"),
    )
    return item, facts(PF, full, g)


TRADES_EN = {
    "female": [
        "Weather Presenter",
        "Darts Commentator",
        "Olympic Rower",
        "Stand-up Comedian",
        "Soap Actress",
        "News Anchor",
        "Jazz Singer",
        "Figure Skater",
    ],
    "male": ["Snooker Player", "Rugby Pundit", "Game-show Host", "Opera Tenor"],
}


def _english(c: Ctx, g: str) -> tuple[str, str]:
    return c.person("english", g)


def p_pipe_trade_title(c: Ctx) -> Made:
    g = c.cycle("pipe")
    culture = c.pick(["english", "english", "nordic", "latam", "yoruba", "filipino"])
    given, family = c.person(culture, g)
    full = f"{given} {family}"
    tr = c.pick(TRADES_EN[g])
    p, q = pron(g)
    head = [
        f"{full} — {tr.lower()}. {p.capitalize()} asked fans for a LoRA on {q} stream, "
        "so here it is.",
        dataset(c),
    ]
    item = _person_item(
        c, title=f"{full} | {tr}", head=head, trigger=snake(full), tags=neutral_tags(c, gtag(g))
    )
    return item, facts(PF, full, g, [ascii_fold(full)])


def p_allcaps_versioned_title(c: Ctx) -> Made:
    g = c.cycle("caps")
    given, family = _english(c, g)
    full = f"{given} {family}"
    caps = full.upper()
    fn = (
        f"{caps.replace(' ', '_').replace('-', '_')}_v{c.rng.randrange(2, 6)}"
        f"{c.pick(['', '_FLUX', '_XL'])}.safetensors"
    )
    head = [
        f"<h2>{caps} [FLUX] v{c.rng.randrange(2, 6)}</h2>",
        f"{full}, the {c.pick(TRADES_EN[g]).lower()}. Old v1 (SD1.5) is still in the version list.",
        dataset(c),
    ]
    item = _person_item(
        c,
        title=f"{caps} [FLUX] v{c.rng.randrange(2, 6)}",
        head=head,
        trigger=caps.replace(" ", "_"),
        fname=fn,
        tags=neutral_tags(c, gtag(g)),
    )
    return item, facts(PF, full, g, [caps])


def p_cyrillic_latin_pair(c: Ctx) -> Made:
    g = c.cycle("cyr")
    given, family = _slavic(c, g)
    full = f"{given} {family}"
    cy = f"{cyrillic(given)} {cyrillic(family)}"
    p, q = pron(g)
    head = [
        f"{cy} / {full}",
        f"Latin and Cyrillic spelling both work as trigger. {p.capitalize()} hosts an evening "
        f"talk show; the set is {q} studio photos only.",
        dataset(c),
    ]
    item = _person_item(
        c, title=f"{cy} ({full})", head=head, trigger=cy, tags=neutral_tags(c, gtag(g))
    )
    return item, facts(PF, full, g, [cy])


def p_merge_recipe_people(c: Ctx) -> Made:
    g = c.cycle("blend", 4)
    people = [" ".join(c.person(c.pick(["english", "nordic", "latam"]), g)) for _ in range(3)]
    w = [0.4, 0.35, 0.25]
    recipe = "\n".join(f"{w[k]} * {snake(p)}_lora" for k, p in enumerate(people))
    head = [
        f"A blended face: {people[0]}, {people[1]} and {people[2]} mixed so nobody is 100 % "
        f"one of them. Everyone asked for the recipe, so:",
        code(recipe),
        f"All three are {'actresses' if g == 'female' else 'actors'} I like.",
    ]
    desc = page(c, head, "blendface")
    item = civ(
        c,
        name=f"Blendface {c.pick(['Trio', 'No.3', 'Mix A'])} (3-way person merge)",
        desc=desc,
        tags=["merge", "realistic", gtag(g)],
        trained=["blendface"],
    )
    return item, facts(PF, people[0], g, targets=people)


def p_resemblance_boilerplate(c: Ctx) -> Made:
    g = c.cycle("disc")
    given, family = c.person(c.pick(["english", "latam", "nordic", "turkish"]), g)
    full = f"{given} {family}"
    tr = c.pick(TRADES_EN[g]).lower()
    head = [
        f"{full} ({tr}) — trained on {pron(g)[1]} broadcast appearances.",
        dataset(c),
        "<i>Disclaimer: this is a fictional character. Any resemblance to real persons, "
        "living or dead, is purely coincidental.</i>",
    ]
    item = _person_item(
        c,
        title=f"{full} [fictional character]",
        head=head,
        trigger=squash(full),
        tags=neutral_tags(c, gtag(g)),
    )
    return item, facts(PF, full, g)


def p_common_noun_surname_file(c: Ctx) -> Made:
    g = c.cycle("noun")
    f, m, _ = V.CULTURES["english"]
    given, family = c.pick(f if g == "female" else m), c.pick(V.WORD_SURNAMES)
    full = c.fresh(f"{given} {family}")
    tr = c.pick(TRADES_EN[g]).lower()
    head = [
        f"{full}, {tr}. {pron(g)[0].capitalize()} retired last spring; this is a small tribute.",
        dataset(c),
    ]
    item = _person_item(
        c,
        title=f"{family.lower()} v{c.rng.randrange(1, 4)}",
        head=head,
        trigger=snake(full),
        fname=snake(full) + ".safetensors",
        tags=neutral_tags(c),
    )
    return item, facts(PF, full, g)


def p_fan_alias_sheet(c: Ctx) -> Made:
    fam_h, fam_r = c.pick(V.KO_FAMILY)
    giv_h, giv_r, g = c.pick([x for x in V.KO_GIVEN if x[2] == "female"])
    c.fresh(f"{fam_r} {giv_r}")
    stage = c.pick(["LUNA.K", "Haru", "BAMBI", "Jeje", "SORA"])
    fan = c.pick(["bunny unnie", "the visual queen", "nation's first love"])
    head = [
        "<h3>Names</h3>"
        + ul(
            f"Stage name: {stage}",
            f"Birth name: {fam_h}{giv_h} ({fam_r} {giv_r})",
            f"Fans call her \u201c{fan}\u201d",
        ),
        "Drama actress since 2021. All triggers below work.",
        dataset(c),
    ]
    desc = page(c, head, squash(stage))
    item = civ(
        c,
        name=f"{stage} ({fam_h}{giv_h})",
        desc=desc,
        tags=["korean", "actress"],
        trained=[squash(stage), squash(fam_r + giv_r), f"{fam_h}{giv_h}"],
    )
    return item, facts(PF, f"{fam_r} {giv_r}", "female", [stage, fam_h + giv_h, f"{giv_r} {fam_r}"])


def p_magazine_cover_subject(c: Ctx) -> Made:
    g = c.cycle("mag", 4)
    given, family = c.person(c.pick(["english", "yoruba", "persian", "hindi", "latam"]), g)
    full = f"{given} {family}"
    mag = c.pick(["Maison Lumen", "QUARTZ Monthly", "Velour Review", "Northlight"])
    head = [
        f"Recreates the {mag} cover look — model: {full}, styled by the magazine's team.",
        f"{'She' if g == 'female' else 'He'} is on the March and September covers; "
        "both are in the dataset.",
        dataset(c),
    ]
    item = _person_item(
        c,
        title=f"{mag} cover — {full}",
        head=head,
        trigger=snake(full),
        tags=["magazine", "fashion", "editorial"],
    )
    return item, facts(PF, full, g)


def p_hf_flux_lora_trade(c: Ctx) -> Made:
    g = c.cycle("hf")
    culture = c.pick(["yoruba", "hindi", "thai", "turkish", "english"])
    given, family = c.person(culture, g)
    full = f"{given} {family}"
    user = c.pick(["fluxfaces", "tok-trainer", "ostris-fan", "lorahouse"])
    repo = f"{user}/{snake(full).replace('_', '-')}-flux"
    tr = c.pick(TRADES_EN[g]).lower()
    text = (
        f"# {full} — Flux LoRA\n\nLoRA of the {tr} {full}. Use `TOK` in the prompt.\n\n"
        f"Trained with ai-toolkit, 2000 steps."
    )
    card = {
        "license": "other",
        "base_model": "black-forest-labs/FLUX.1-dev",
        "tags": ["lora", "flux"],
        "instance_prompt": "TOK",
        "widget": [{"text": f"TOK, {c.pick(SCENES)}"}],
        "description": text,
    }
    item = hf(c, repo=repo, tags=["lora", "flux", "template:sd-lora"], card=card)
    return item, facts(PF, full, g, [repo.split("/")[1]])


def p_council_candidate_poster(c: Ctx) -> Made:
    g = c.cycle("council")
    given, family = c.person(c.pick(["english", "nordic", "filipino", "latam"]), g)
    full = f"{given} {family}"
    ward = c.pick(["Harbourside Ward", "District 4", "Eastgate", "Riverside North"])
    head = [
        f"Campaign-poster style LoRA of councillor candidate {full} ({ward}). "
        f"Trained on {pron(g)[1]} official leaflets.",
        "For satire only, please keep it civil.",
        dataset(c),
    ]
    item = _person_item(
        c,
        title=f"Vote {family}! — {full}",
        head=head,
        trigger=squash(full),
        tags=["politics", "poster", gtag(g)],
    )
    return item, facts(PF, full, g)


def p_esports_caster_desk(c: Ctx) -> Made:
    g = c.cycle("caster")
    given, family = c.person(c.pick(["english", "slavic", "filipino", "nordic"]), g)
    full = f"{given} {family}"
    tag = c.pick(["Glimmer", "Vantage", "Moxie", "Kestrel", "Tempo"])
    head = [
        f"{given} \u201c{tag}\u201d {family}, desk host and caster on the "
        f"{c.pick(['VCT', 'LCK', 'MSI', 'Majors'])} "
        f"broadcasts. {pron(g)[0].capitalize()} approved this LoRA on stream.",
        dataset(c),
    ]
    item = _person_item(
        c,
        title=f"{tag} ({full}) | Esports Caster",
        head=head,
        trigger=squash(tag),
        tags=["esports", "caster", gtag(g)],
    )
    return item, facts(PF, full, g, [tag, f'{given} "{tag}" {family}'])


def p_minor_stated_age(c: Ctx) -> Made:
    g = c.cycle("minor")
    culture = c.pick(["english", "nordic", "slavic", "filipino"])
    given, family = _slavic(c, g) if culture == "slavic" else c.person(culture, g)
    full = f"{given} {family}"
    age = c.rng.randrange(13, 17)
    sport = c.pick(["figure skater", "table-tennis player", "chess player", "sport climber"])
    line = c.pick(
        [
            f"{full}, {age} years old, {sport}.",
            f"{full} ({age}yo), {sport}.",
            f"{sport.capitalize()} {full}, aged {age}.",
        ]
    )
    head = [line, "Competition photos only, neutral portraits.", dataset(c)]
    item = _person_item(
        c,
        title=f"{full} ({sport})",
        head=head,
        trigger=squash(full),
        tags=["sports", "portrait"],
        sfw=True,
    )
    return item, facts(PF, full, g)


def p_minor_youth_meta(c: Ctx) -> Made:
    g = c.cycle("youth")
    given, family = c.person(c.pick(["english", "nordic", "latam"]), g)
    full = f"{given} {family}"
    head = [f"{full}, national team swimmer. Podium and press photos.", dataset(c)]
    desc = page(c, head, squash(full))
    item = civ(
        c,
        name=f"{full} swimmer",
        desc=desc,
        sfw=True,
        tags=["sports", "swimmer", c.pick(["teen", "junior high", "teenager"])],
        trained=[squash(full)],
    )
    return item, facts(PF, full, g)


# ---------------------------------------------------------------- positives: creators, private

OC = "online_creator"
PP = "private_person"


def _handle(c: Ctx, given: str) -> str:
    h = c.pick(
        [
            f"{squash(given)}.{c.pick(V.HANDLE_BITS)}",
            f"{c.pick(V.HANDLE_BITS)}_{squash(given)}",
            f"its{squash(given)}{c.rng.randrange(1, 99)}",
            f"{squash(given)}x{c.pick(V.HANDLE_BITS)}",
        ]
    )
    c.once("h:" + h)
    return h


def p_handle_trigger_token(c: Ctx) -> Made:
    g = c.cycle("handle", 4)
    culture = c.pick(["english", "latam", "slavic", "filipino", "thai", "nordic"])
    given, family = _slavic(c, g) if culture == "slavic" else c.person(culture, g)
    full = f"{given} {family}"
    h = _handle(c, given)
    trig = squash(h)
    plat = c.pick(["TikTok", "Instagram", "YouTube Shorts", "Twitch"])
    head = [
        f"@{h} on {plat} (real name {full}). Trigger word: <code>{trig}</code>",
        f"{pron(g)[0].capitalize()} posts GRWM and travel vlogs; "
        f"the dataset is {pron(g)[1]} public posts.",
        dataset(c),
    ]
    item = _person_item(
        c, title=f"@{h}", head=head, trigger=trig, tags=["influencer", plat.lower(), gtag(g)]
    )
    return item, facts(OC, full, g, [f"@{h}", h, trig])


def p_live_shopping_host(c: Ctx) -> Made:
    if c.rng.random() < 0.5:
        fam_h, fam_r = c.pick(V.ZH_FAMILY)
        giv_h, giv_r, g = c.pick(V.ZH_GIVEN)
        target, script = f"{fam_r} {giv_r}", fam_h + giv_h
        c.fresh(target)
        line = f"带货主播 {script}（{target}），直播间常用的补光和背景都在数据集里。"
    else:
        g = c.cycle("shop")
        given, family = c.person(c.pick(["filipino", "thai", "viet"]), g)
        target, script = f"{given} {family}", ""
        line = f"Live selling host {target} — Shopee Live and TikTok Shop, 3 shows a day."
    head = [
        line,
        f"{'Her' if g == 'female' else 'His'} ring-light setup is part of the look.",
        dataset(c),
    ]
    item = _person_item(
        c,
        title=f"{script or target} live host",
        head=head,
        trigger=squash(target),
        tags=["streamer", "live commerce"],
    )
    return item, facts(OC, target, g, [script] if script else [])


def p_home_cook_creator(c: Ctx) -> Made:
    g = c.cycle("cook")
    given, family = c.person(c.pick(["hindi", "persian", "turkish", "yoruba", "english"]), g)
    full = f"{given} {family}"
    show = c.pick(["Kitchen With", "Sunday Pot", "Tiny Oven", "Crumbs &"])
    head = [
        f"{full} from the channel <i>{show} {given}</i>. "
        f"{pron(g)[0].capitalize()} cooks family recipes "
        f"in a small flat kitchen; the LoRA keeps {pron(g)[1]} apron and the tiled wall.",
        dataset(c),
    ]
    item = _person_item(
        c,
        title=f"{show} {given} ({full})",
        head=head,
        trigger=squash(full),
        tags=["youtuber", "cooking", gtag(g)],
    )
    return item, facts(OC, full, g, [f"{show} {given}"])


def p_subscriber_page_creator(c: Ctx) -> Made:
    given, family = c.person(c.pick(["english", "latam", "slavic", "nordic"]), "female")
    h = _handle(c, given)
    site = c.pick(["OnlyFans", "Fansly"])
    head = [
        f"{site} creator @{h}. Trained on her paid {c.pick(['lingerie', 'boudoir'])} sets, "
        "NSFW capable.",
        "Mature content, keep it off the front page.",
        dataset(c),
    ]
    item = _person_item(
        c,
        title=f"{h} ({site})",
        head=head,
        trigger=squash(h),
        tags=["nsfw", "influencer", "woman"],
        sexual=True,
    )
    return item, facts(OC, f"@{h}", "female", [h, squash(h)])


def p_nonbinary_creator_they(c: Ctx) -> Made:
    given = c.pick(V.UNISEX)
    h = _handle(c, given)
    head = [
        f"@{h} (they/them), a digital artist and streamer. They approved this LoRA and asked "
        f"for it to stay SFW.",
        dataset(c),
    ]
    item = _person_item(
        c,
        title=f"@{h} — streamer",
        head=head,
        trigger=squash(h),
        tags=["streamer", "twitch"],
        sfw=True,
    )
    return item, facts(OC, f"@{h}", "unknown", [h, squash(h)])


def p_private_sister_gift(c: Ctx) -> Made:
    g = c.cycle("sister", 4)
    culture = c.pick(["nordic", "turkish", "yoruba", "hindi", "viet", "english"])
    f, m, _ = V.CULTURES[culture]
    given = c.pick(f if g == "female" else m)
    c.once("priv:" + given)
    rel = "sister" if g == "female" else "brother"
    head = [
        f"Made this for my {rel} {given}'s birthday — {c.rng.randrange(30, 60)} photos from "
        f"our family albums, {pron(g)[0]} said it's fine to share.",
    ]
    item = _person_item(
        c,
        title=f"my {rel} {given}",
        head=head,
        trigger=squash(given) + "_sib",
        tags=["person", "family"],
    )
    return item, facts(PP, given, g)


def p_private_neighbour(c: Ctx) -> Made:
    g = c.cycle("neigh", 4)
    f, m, fam = V.CULTURES["english"]
    given, family = c.person("english", g)
    t = "Mrs" if g == "female" else "Mr"
    head = [
        f"Our neighbour {t} {family} ({given}) lets me practise portrait lighting on {pron(g)[1]} "
        "porch. Trained on my own photos, with permission.",
    ]
    item = _person_item(
        c,
        title=f"neighbour portrait — {given}",
        head=head,
        trigger=squash(given + family),
        tags=["portrait", "person"],
    )
    return item, facts(PP, f"{given} {family}", g, [f"{t} {family}"])


def p_private_ex_request(c: Ctx) -> Made:
    f = V.CULTURES[c.pick(["english", "latam", "slavic", "filipino"])][0]
    given = c.pick(f)
    c.once("ex:" + given)
    head = [
        f"[REQUEST] Can someone train my ex {given}? I have ~40 pics of her from my phone. "
        "Will tip buzz.",
        "(Mod note: requests for private people are against the rules.)",
    ]
    item = _person_item(
        c, title=f"req: {given} (ex)", head=head, trigger=squash(given), tags=["request", "person"]
    )
    return item, facts(PP, given, "female")


def p_hf_sks_token_named(c: Ctx) -> Made:
    g = c.cycle("sks", 4)
    culture = c.pick(["yoruba", "thai", "hindi", "persian", "nordic"])
    f, m, _ = V.CULTURES[culture]
    given = c.pick(f if g == "female" else m)
    rel = "wife" if g == "female" else "husband"
    c.once("sks:" + given)
    user = c.pick(["homelab", "dreambooth-diy", "famphotos"])
    repo = f"{user}{c.rng.randrange(10, 99)}/sks-{squash(given)}"
    card = {
        "license": "openrail++",
        "base_model": "stabilityai/stable-diffusion-xl-base-1.0",
        "instance_prompt": "a photo of sks person",
        "tags": ["dreambooth"],
        "description": f"DreamBooth of my {rel} {given}, 22 phone photos. Private use, "
        "please don't redistribute.",
    }
    item = hf(c, repo=repo, tags=["dreambooth", "lora"], card=card)
    return item, facts(PP, given, g)


# ---------------------------------------------------------------- negatives


def _neg(
    c: Ctx, kind: str, title: str, head: list[str], trigger: str | None, tags: list[str], **kw: Any
) -> Made:
    desc = page(c, head, trigger, kw.pop("extra", ""))
    item = civ(c, name=title, desc=desc, tags=tags, trained=[trigger] if trigger else [], **kw)
    return item, facts(kind, None, "")


def n_light_novel_heroine(c: Ctx) -> Made:
    name = c.pick(V.LN_HEROINES)
    series = c.pick(
        [
            "Ashen Library Chronicle",
            "My Sword Is a Teapot",
            "Starfall Academy Arc",
            "The Duchess Who Counted Stars",
        ]
    )
    outfit = c.pick(["default dress", "winter coat", "battle outfit", "volume 5 cover outfit"])
    c.once(f"ln:{name}:{outfit}")
    head = [
        f"{name} from the light novel <i>{series}</i> (and its 2025 anime), {outfit}.",
        "Booru tags work: 1girl, long hair, ribbon, looking at viewer.",
        "Illustrious-based.",
    ]
    return _neg(
        c,
        "character_anime",
        f"{name} | {series} [{outfit}]",
        head,
        snake(name),
        ["anime", "character", "light novel"],
    )


def n_otome_love_interest(c: Ctx) -> Made:
    name = c.pick(V.OTOME)
    c.once("oto:" + name + str(c.rng.randrange(3)))
    head = [
        f"{name}, the route you all chose in <i>Crown of Thorned Letters</i> (otome game). "
        "Suit and casual outfits, both CG art styles.",
        "He is a game character, not a real person.",
    ]
    return _neg(
        c,
        "character_anime",
        f"{name} (otome) — Pony/IL",
        head,
        snake(name),
        ["otome", "game character", "anime"],
    )


def n_donghua_heroine_hanzi(c: Ctx) -> Made:
    h, r = c.pick(V.DONGHUA)
    c.once("dh:" + r + str(c.rng.randrange(3)))
    head = [
        f"{h}（{r}）— 国漫《{c.pick(['九霄剑歌', '星河问仙', '雪落长安'])}》女主角, "
        "3D donghua render style.",
        "古风, 仙侠, white hanfu, jade hairpin.",
    ]
    return _neg(
        c,
        "character_anime",
        f"{h} {r} | donghua",
        head,
        squash(r),
        ["donghua", "3d", "character", "xianxia"],
    )


def n_mecha_pilot(c: Ctx) -> Made:
    name = c.pick(V.PILOTS)
    c.once("mp:" + name + str(c.rng.randrange(3)))
    head = [
        f"{name}, ace pilot of the Halcyon Frame from the anime <i>Iron Tide Requiem</i>. "
        "Plugsuit, helmet under arm, cockpit background."
    ]
    return _neg(
        c,
        "character_anime",
        f"{name} — pilot suit",
        head,
        snake(name),
        ["mecha", "anime", "character"],
    )


def n_vtuber_live2d_rig(c: Ctx) -> Made:
    name = c.pick(V.VTUBERS)
    c.once("vt:" + name + str(c.rng.randrange(3)))
    head = [
        f"{name} — VTuber model (Live2D rig v2 outfit and the 3D debut outfit).",
        "Fan work, the talent is the avatar; the person behind it is not in the data.",
    ]
    return _neg(
        c,
        "character_vtuber",
        f"{name} [VTuber] 2 outfits",
        head,
        snake(name),
        ["vtuber", "live2d", "anime"],
    )


def n_sitcom_cartoon_character(c: Ctx) -> Made:
    name = c.pick(V.SITCOM)
    c.once("sc:" + name + str(c.rng.randrange(3)))
    head = [f"{name} from the animated sitcom <i>Crumpet Lane</i>, flat 2D style, thick outlines."]
    return _neg(
        c,
        "character_western",
        f"{name} (Crumpet Lane)",
        head,
        snake(name),
        ["cartoon", "character", "2d"],
    )


def n_fairy_tale_figure(c: Ctx) -> Made:
    name = c.pick(V.FAIRY)
    c.once("ft:" + name + str(c.rng.randrange(3)))
    head = [f"{name} — a figure from old folk tales, painted in a storybook gouache style."]
    return _neg(
        c,
        "character_western",
        f"{name.title()} | storybook",
        head,
        snake(name),
        ["fairy tale", "illustration"],
    )


def n_cinematographer_look(c: Ctx) -> Made:
    name = c.pick(V.CINEMATOGRAPHERS)
    c.once("cin:" + name + str(c.rng.randrange(3)))
    head = [
        f"Colour and lighting in the manner of cinematographer {name}: teal shadows, "
        "practical lamps, 2.39:1 framing. No faces trained, landscapes and interiors only."
    ]
    return _neg(
        c,
        "artist_style",
        f"{name} cinematography look",
        head,
        f"{squash(name)} style",
        ["style", "cinematic", "film look"],
    )


def n_pixiv_handle_style(c: Ctx) -> Made:
    h = c.pick(V.PIXIV_ARTISTS)
    c.once("px:" + h + str(c.rng.randrange(3)))
    head = [
        f"Art style of pixiv illustrator @{h} (with permission, see their post). "
        "Soft cel shading, pastel rim light."
    ]
    return _neg(
        c, "artist_style", f"@{h} style [IL]", head, f"{h} style", ["style", "anime", "artist"]
    )


def n_surgical_technique_eponym(c: Ctx) -> Made:
    name = c.pick(V.SURGEONS)
    c.once("sg:" + name + str(c.rng.randrange(3)))
    head = [
        f"Medical illustration LoRA: the {name} technique and {name} retractor, "
        "textbook line art for slides."
    ]
    return _neg(
        c,
        "concept",
        f"{name} technique — medical illustration",
        head,
        None,
        ["medical", "illustration", "concept"],
    )


def n_camera_rig_eponym(c: Ctx) -> Made:
    name = c.pick(V.RIGS)
    c.once("rig:" + name + str(c.rng.randrange(3)))
    head = [
        f"Simulates the {name} rig — a four-light product-photo setup named after its "
        "inventor. Use on objects, bottles, shoes."
    ]
    return _neg(
        c, "tool", f"{name} rig lighting", head, f"{squash(name)} rig", ["lighting", "product"]
    )


def n_tartan_eponym(c: Ctx) -> Made:
    name = c.pick(V.TARTANS)
    c.once("tt:" + name + str(c.rng.randrange(3)))
    head = [f"The {name} tartan (registered pattern) on kilts, scarves and blankets."]
    return _neg(
        c, "clothing", f"{name} tartan", head, f"{squash(name)} tartan", ["clothing", "pattern"]
    )


def n_tarot_card_style(c: Ctx) -> Made:
    card = c.pick(V.TAROT)
    c.once("tr:" + card + str(c.rng.randrange(3)))
    head = [f"Tarot frame style — sample card: {card}. Gold borders, roman numerals."]
    return _neg(c, "concept", f"Tarot frames ({card})", head, "tarotframe", ["tarot", "concept"])


def n_adult_pose_concept(c: Ctx) -> Made:
    pose = c.pick(["over-the-shoulder", "kneeling on bed", "mirror selfie", "bath towel"])
    c.once("ap:" + pose + str(c.rng.randrange(4)))
    head = [
        f"NSFW pose concept: {pose}. Works with any adult character or realistic checkpoint.",
        "Explicit images in the gallery; all depicted are adults.",
    ]
    return _neg(
        c,
        "concept",
        f"{pose} pose [NSFW]",
        head,
        snake(pose),
        ["nsfw", "pose", "concept"],
        sexual=True,
    )


def n_hand_pose_fix(c: Ctx) -> Made:
    p = c.pick(["peace sign", "holding cup", "hands in pockets", "pointing", "heart hands"])
    c.once("hp:" + p + str(c.rng.randrange(4)))
    head = [f"Fixes the {p} hand pose. Works on anyone; trained on 3D-rendered mannequin hands."]
    return _neg(c, "concept", f"Hand pose fix — {p}", head, snake(p), ["hands", "pose", "fix"])


def n_rim_light_pack(c: Ctx) -> Made:
    p = c.pick(
        [
            "neon rim light",
            "split lighting",
            "window blinds shadow",
            "clamshell beauty",
            "candlelight",
        ]
    )
    c.once("rl:" + p + str(c.rng.randrange(4)))
    head = [f"{p.capitalize()} slider. Negative weight removes it."]
    return _neg(c, "concept", f"{p} slider", head, snake(p), ["lighting", "slider"])


def n_oc_turnaround_sheet(c: Ctx) -> Made:
    name = c.pick(V.OC_NAMES)
    c.once("oc:" + name + str(c.rng.randrange(3)))
    head = [
        f"{name} is my original character — a consistent made-up face generated from a seed "
        "and refined over 200 images. Not based on any real person.",
        "Turnaround sheet: front, 3/4, profile.",
    ]
    return _neg(
        c,
        "consistent_character",
        f"{name} — consistent character (OC)",
        head,
        snake(name),
        ["consistent character", "oc", "realistic"],
    )


def n_made_up_face_seed(c: Ctx) -> Made:
    first = c.pick(V.ROSTER)
    seed = c.rng.randrange(1000, 99999)
    c.once("mf:" + first + str(seed))
    head = [
        f"\u201c{first}\u201d, seed {seed}: a face that does not exist, kept the same across "
        "outfits and scenes. Use it for comics or stock-like shots."
    ]
    return _neg(
        c,
        "consistent_character",
        f"{first} #{seed} | same face every time",
        head,
        squash(first) + str(seed),
        ["consistent character", "synthetic face"],
    )


def n_synthetic_model_roster(c: Ctx) -> Made:
    names = c.rng.sample(V.ROSTER, 3)
    c.once("ro:" + "".join(names))
    head = [
        "AI model agency roster — three synthetic models, one version each: "
        + ", ".join(names)
        + ". None of them exist; faces were generated and curated."
    ]
    versions = [
        {"name": n, "trained": [squash(n) + "_ai"], "file": f"roster_{squash(n)}.safetensors"}
        for n in names
    ]
    desc = page(c, head, squash(names[0]) + "_ai")
    item = civ(
        c,
        name="Synthetic Roster Vol.2",
        desc=desc,
        versions=versions,
        tags=["ai model", "synthetic", "consistent character"],
    )
    return item, facts("consistent_character", None, "")


def n_chatbot_persona_card(c: Ctx) -> Made:
    name = c.pick(V.CHATBOTS)
    c.once("cb:" + name + str(c.rng.randrange(3)))
    head = [
        f"Portrait LoRA for the companion-app persona \u201c{name}\u201d (a chatbot character). "
        "Backstory in the card; the face is generated."
    ]
    return _neg(
        c,
        "consistent_character",
        f"{name} — chatbot avatar",
        head,
        squash(name) + "bot",
        ["persona", "avatar"],
    )


def n_cjk_beauty_generic(c: Ctx) -> Made:
    word = c.pick(["韓国美女", "여자 모델", "中国美女", "日本女性", "台湾美女", "청순 여자"])
    c.once("cj:" + word + str(c.rng.randrange(4)))
    head = [
        f"{word} — generic face LoRA, no specific person. Mixes many faces so none dominates.",
        "Tags: 여자, 女性, korean woman.",
    ]
    return _neg(
        c,
        "generic_face",
        f"{word} | generic face",
        head,
        None,
        ["asian", "woman", "美女", "generic"],
        extra="1woman",
    )


def n_age_bracket_face(c: Ctx) -> Made:
    decade = c.pick(["30s", "40s", "50s", "60s"])
    who = c.pick(["woman", "man"])
    c.once("ab:" + decade + who + str(c.rng.randrange(3)))
    head = [
        f"Realistic {who} in {'her' if who == 'woman' else 'his'} {decade}: wrinkles, greying "
        "hair, real skin. Averaged over hundreds of stock faces."
    ]
    return _neg(
        c,
        "generic_face",
        f"Real {who} in {decade} — age slider face",
        head,
        None,
        ["age", who, "realistic"],
    )


def n_school_uniform_clothing(c: Ctx) -> Made:
    u = c.pick(
        [
            "blazer school uniform",
            "sailor uniform (seifuku)",
            "pleated skirt uniform",
            "교복 (Korean uniform)",
        ]
    )
    c.once("su:" + u + str(c.rng.randrange(4)))
    head = [f"{u} — clothing only. Use with adult characters; the face comes from your checkpoint."]
    return _neg(
        c, "clothing", f"{u} outfit", head, snake(u) or "gyobok", ["clothing", "uniform"], sfw=True
    )


def n_traditional_dress_clothing(c: Ctx) -> Made:
    d = c.pick(["áo dài", "hanbok", "qipao", "saree drape", "kebaya", "barong tagalog", "kaftan"])
    c.once("td:" + d + str(c.rng.randrange(4)))
    head = [f"{d} outfit LoRA — fabric, folds and embroidery. Character-agnostic."]
    return _neg(
        c, "clothing", f"{d} — traditional dress", head, snake(d), ["clothing", "traditional"]
    )


def n_workwear_uniform(c: Ctx) -> Made:
    w = c.pick(
        ["flight attendant uniform", "nurse scrubs", "barista apron", "firefighter turnout gear"]
    )
    c.once("ww:" + w + str(c.rng.randrange(3)))
    head = [f"{w.capitalize()} — clothing concept, no face trained."]
    return _neg(c, "clothing", w.title(), head, snake(w), ["clothing", "uniform", "work"])


def n_asian_realism_checkpoint(c: Ctx) -> Made:
    name = c.pick(["SeoulPhoto", "Tokyo Lens", "MeiRealism", "K-Real", "Hanami Photo", "JadeSkin"])
    v = c.rng.randrange(2, 12)
    c.once("ar:" + name + str(v))
    head = [
        f"{name} v{v} — realistic checkpoint tuned for East-Asian faces and skin.",
        "Good at 美女 / 여자 portraits, studio and street. Merge of my own finetunes.",
        "No real person trained; if you see a lookalike it's coincidence.",
    ]
    return _neg(
        c,
        "checkpoint_realistic",
        f"{name} v{v}",
        head,
        None,
        ["checkpoint", "realistic", "asian", "photorealistic"],
        mtype="Checkpoint",
        extra="1woman, asian",
    )


def n_photoreal_merge_recipe(c: Ctx) -> Made:
    name = c.pick(["GrainMix", "NaturaBlend", "Pellicle", "Halide Merge", "Rawlight"])
    v = c.rng.randrange(1, 9)
    c.once("pm:" + name + str(v))
    recipe = "\n".join(
        f"{c.pick(['0.3', '0.4', '0.5'])} * "
        f"{c.pick(['baseRealXL', 'filmgrain_ft', 'skinDetailV2', 'lensblur_mix'])}"
        for _ in range(3)
    )
    head = [f"{name} {v}.0 — photoreal merge. Recipe (checkpoints only):", code(recipe)]
    return _neg(
        c,
        "checkpoint_realistic",
        f"{name} {v}.0",
        head,
        None,
        ["checkpoint", "merge", "photorealistic"],
        mtype="Checkpoint",
    )


def n_hf_realism_base(c: Ctx) -> Made:
    org = c.pick(["pixelmill", "opengrain", "photofoundry", "realforge-labs"])
    repo = f"{org}/{c.pick(['realism', 'photon', 'filmic', 'natural'])}-xl-{c.rng.randrange(1, 9)}"
    card = {
        "license": "openrail++",
        "base_model": "stabilityai/stable-diffusion-xl-base-1.0",
        "tags": ["photorealistic", "checkpoint"],
        "description": "Full finetune on 40k licensed stock photos. No identities.",
    }
    return hf(
        c,
        repo=repo,
        tags=["stable-diffusion-xl", "photorealistic"],
        card=card,
        files=["model.safetensors", "vae/diffusion_pytorch_model.safetensors"],
    ), facts("checkpoint_realistic", None, "")


def n_face_restore_upscaler(c: Ctx) -> Made:
    name = c.pick(["FaceSharp 4x", "SkinPass 2x", "RestoreFace-HQ", "Detail4x-Portrait"])
    c.once("fr:" + name + str(c.rng.randrange(3)))
    head = [f"{name}: ESRGAN-type upscaler for faces. Put it in models/ESRGAN."]
    return _neg(c, "tool", name, head, None, ["upscaler", "tool"], mtype="Upscaler")


def n_openpose_pack(c: Ctx) -> Made:
    n = c.rng.randrange(20, 200)
    c.once(f"op:{n}")
    head = [f"{n} OpenPose skeletons for ControlNet: sitting, dancing, running. PNG + JSON."]
    return _neg(
        c,
        "tool",
        f"OpenPose pack ({n} poses)",
        head,
        None,
        ["controlnet", "pose", "tool"],
        mtype="Other",
    )


def n_caption_tagger_hf(c: Ctx) -> Made:
    org = c.pick(["tagworks", "capt-io", "vlm-tools"])
    repo = f"{org}/{c.pick(['wd', 'joy', 'flo'])}-tagger-v{c.rng.randrange(2, 6)}"
    card = {
        "license": "apache-2.0",
        "tags": ["image-classification", "tagger"],
        "description": "Booru-style tagger for dataset captioning. ONNX export included.",
    }
    return hf(
        c,
        repo=repo,
        tags=["onnx", "tagger"],
        card=card,
        files=["model.onnx"],
        pipeline="image-classification",
        library="onnx",
    ), facts("tool", None, "")


def n_vae_repair(c: Ctx) -> Made:
    v = c.rng.randrange(1, 20)
    c.once(f"vae:{v}")
    head = [f"Colour-fix VAE r{v}: no more washed-out blacks on Pony/IL merges."]
    return _neg(c, "tool", f"ColourFix VAE r{v}", head, None, ["vae", "tool"], mtype="VAE")


def n_posture_slider(c: Ctx) -> Made:
    p = c.pick(["posture", "shoulder width", "height", "body weight"])
    c.once("ps:" + p + str(c.rng.randrange(3)))
    head = [f"{p.capitalize()} slider, -3 to +3. Body shape only."]
    return _neg(c, "body_type", f"{p} slider", head, None, ["slider", "body"])


def n_bjd_doll_style(c: Ctx) -> Made:
    v = c.rng.randrange(1, 9)
    c.once(f"bjd:{v}")
    head = [
        "Ball-jointed doll (BJD) look: resin skin, glass eyes, visible joints. "
        "For dolls and figure photos."
    ]
    return _neg(c, "concept", f"BJD resin doll v{v}", head, "bjd doll", ["doll", "bjd", "style"])


# ---------------------------------------------------------------- the plan

Template = Callable[[Ctx], Made]
POSITIVES: dict[str, tuple[Template, int]] = {
    "thai_nickname_full": (p_thai_nickname_full, 6),
    "viet_nu_nam_prefix": (p_viet_nu_nam_prefix, 6),
    "turkish_hanim_bey": (p_turkish_hanim_bey, 6),
    "persian_khanom_agha": (p_persian_khanom_agha, 5),
    "arabic_feminine_trade": (p_arabic_feminine_trade, 5),
    "devanagari_trade_word": (p_devanagari_trade_word, 5),
    "tamil_initial_name": (p_tamil_initial_name, 5),
    "yoruba_nollywood": (p_yoruba_nollywood, 6),
    "slavic_ova_surname": (p_slavic_ova_surname, 6),
    "nordic_feminine_trade": (p_nordic_feminine_trade, 5),
    "filipino_ate_kuya": (p_filipino_ate_kuya, 6),
    "telenovela_role": (p_telenovela_role, 6),
    "webtoon_adaptation_cast": (p_webtoon_adaptation_cast, 6),
    "idol_position_hangul": (p_idol_position_hangul, 8),
    "hanzi_pinyin_meinv": (p_hanzi_pinyin_meinv, 6),
    "romanisation_long_vowel": (p_romanisation_long_vowel, 6),
    "taiwan_passport_romanisation": (p_taiwan_passport_romanisation, 6),
    "given_name_only_gender": (p_given_name_only_gender, 6),
    "adult_uniform_east_asian": (p_adult_uniform_east_asian, 7),
    "pipe_trade_title": (p_pipe_trade_title, 7),
    "allcaps_versioned_title": (p_allcaps_versioned_title, 6),
    "cyrillic_latin_pair": (p_cyrillic_latin_pair, 5),
    "merge_recipe_people": (p_merge_recipe_people, 5),
    "resemblance_boilerplate": (p_resemblance_boilerplate, 6),
    "common_noun_surname_file": (p_common_noun_surname_file, 6),
    "fan_alias_sheet": (p_fan_alias_sheet, 5),
    "magazine_cover_subject": (p_magazine_cover_subject, 6),
    "hf_flux_lora_trade": (p_hf_flux_lora_trade, 6),
    "council_candidate_poster": (p_council_candidate_poster, 5),
    "esports_caster_desk": (p_esports_caster_desk, 5),
    "minor_stated_age": (p_minor_stated_age, 4),
    "minor_youth_meta": (p_minor_youth_meta, 3),
    "handle_trigger_token": (p_handle_trigger_token, 8),
    "live_shopping_host": (p_live_shopping_host, 6),
    "home_cook_creator": (p_home_cook_creator, 5),
    "subscriber_page_creator": (p_subscriber_page_creator, 5),
    "nonbinary_creator_they": (p_nonbinary_creator_they, 5),
    "private_sister_gift": (p_private_sister_gift, 5),
    "private_neighbour": (p_private_neighbour, 4),
    "private_ex_request": (p_private_ex_request, 4),
    "hf_sks_token_named": (p_hf_sks_token_named, 4),
}
NEGATIVES: dict[str, tuple[Template, int]] = {
    "light_novel_heroine": (n_light_novel_heroine, 14),
    "otome_love_interest": (n_otome_love_interest, 8),
    "donghua_heroine_hanzi": (n_donghua_heroine_hanzi, 10),
    "mecha_pilot": (n_mecha_pilot, 6),
    "vtuber_live2d_rig": (n_vtuber_live2d_rig, 8),
    "sitcom_cartoon_character": (n_sitcom_cartoon_character, 6),
    "fairy_tale_figure": (n_fairy_tale_figure, 6),
    "cinematographer_look": (n_cinematographer_look, 7),
    "pixiv_handle_style": (n_pixiv_handle_style, 8),
    "surgical_technique_eponym": (n_surgical_technique_eponym, 5),
    "camera_rig_eponym": (n_camera_rig_eponym, 5),
    "tartan_eponym": (n_tartan_eponym, 5),
    "tarot_card_style": (n_tarot_card_style, 5),
    "adult_pose_concept": (n_adult_pose_concept, 10),
    "hand_pose_fix": (n_hand_pose_fix, 10),
    "rim_light_pack": (n_rim_light_pack, 10),
    "oc_turnaround_sheet": (n_oc_turnaround_sheet, 12),
    "made_up_face_seed": (n_made_up_face_seed, 10),
    "synthetic_model_roster": (n_synthetic_model_roster, 6),
    "chatbot_persona_card": (n_chatbot_persona_card, 6),
    "cjk_beauty_generic": (n_cjk_beauty_generic, 12),
    "age_bracket_face": (n_age_bracket_face, 8),
    "school_uniform_clothing": (n_school_uniform_clothing, 10),
    "traditional_dress_clothing": (n_traditional_dress_clothing, 10),
    "workwear_uniform": (n_workwear_uniform, 6),
    "asian_realism_checkpoint": (n_asian_realism_checkpoint, 14),
    "photoreal_merge_recipe": (n_photoreal_merge_recipe, 8),
    "hf_realism_base": (n_hf_realism_base, 6),
    "face_restore_upscaler": (n_face_restore_upscaler, 6),
    "openpose_pack": (n_openpose_pack, 5),
    "caption_tagger_hf": (n_caption_tagger_hf, 5),
    "vae_repair": (n_vae_repair, 5),
    "posture_slider": (n_posture_slider, 5),
    "bjd_doll_style": (n_bjd_doll_style, 5),
}
# gender shown only by a word of another language, an honorific or a script term: no English
# gendered word on these pages (checked)
QUIET = {
    "viet_nu_nam_prefix",
    "turkish_hanim_bey",
    "persian_khanom_agha",
    "arabic_feminine_trade",
    "devanagari_trade_word",
    "tamil_initial_name",
    "slavic_ova_surname",
    "nordic_feminine_trade",
    "filipino_ate_kuya",
    "idol_position_hangul",
    "hanzi_pinyin_meinv",
    "romanisation_long_vowel",
    "taiwan_passport_romanisation",
    "given_name_only_gender",
}
MINOR_SHAPES = {"minor_stated_age", "minor_youth_meta"}
PROMINENCE = {
    "public_figure": "public_figure",
    "online_creator": "online_creator",
    "private_person": "private_or_unknown",
}


def build(part: str = "hold16") -> tuple[list[Item], list[Label]]:
    c = Ctx(part)
    plan: list[tuple[str, bool, Template]] = []
    for likeness, table in ((True, POSITIVES), (False, NEGATIVES)):
        for shape, (template, n) in table.items():
            plan += [(shape, likeness, template)] * n
    c.rng.shuffle(plan)
    items: list[Item] = []
    labels: list[Label] = []
    for shape, likeness, template in plan:
        for _ in range(200):
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
    rows: Counter[tuple[str, str]] = Counter()
    for lab in build("hold16")[1]:
        rows[(lab["kind"], lab["shape"])] += 1
    keys = sorted(rows, key=lambda ks: (ks[0] not in PROMINENCE, ks))
    lines = ["| kind | shape | hold16 |", "|---|---|---|"]
    lines += [f"| `{k}` | `{s}` | {rows[(k, s)]} |" for k, s in keys]
    return "\n".join(lines)


def totals() -> str:
    labels = build("hold16")[1]
    like = [x for x in labels if x["likeness"]]
    g = Counter(x["gender"] for x in like)
    return (
        f"Totals: hold16: {len(labels)} items, {len(like)} likeness (female {g['female']}, male "
        f"{g['male']}, unknown {g['unknown']}), sexual intent "
        f"{sum(x['sexual_intent'] for x in labels)}, minor risk "
        f"{sum(x['minor_risk'] for x in labels)}, Hugging Face "
        f"{sum(x['platform'] == 'huggingface' for x in labels)}."
    )


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
