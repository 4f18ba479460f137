"""Build the twenty-second dev set (tests/devset22): ``hold22``, seeded, byte for byte.

Usage, from the repository root::

    .venv/bin/python tests/devset22/build_devset22.py            # rewrite the two files
    .venv/bin/python tests/devset22/build_devset22.py --counts   # print the README's table

A census-like sample written by a new hand: every person is invented (the tables below), pages are
written as uploaders write them (terse titles, emoji, broken English, trigger words, settings
blocks, several languages), and names sit in every field an uploader uses. The cue rules
(``sexual_cue``, ``minor_cue``) are checked against every label, and the two never meet.
HELD OUT: only the coordinator scores this set.
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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SEEDS = {"hold22": 220_922}
ID_BASE = {"hold22": 22_100_000}
Item = dict[str, Any]
Label = dict[str, Any]
Made = tuple[Item, dict[str, Any]]

# ---------------------------------------------------------------- cues

SEXUAL = re.compile(
    r"\b(?:nsfw|nude|nudes|nudity|naked|lingerie|topless|boudoir|sexy|porn|onlyfans|fansly|"
    r"lewd|erotic|hentai|explicit|r18|spicy|18\+)(?!\w)",
    re.IGNORECASE,
)
STATED_AGE = re.compile(
    r"(?<![\d.,:v])(\d{1,2}) ?(?:yo\b|y/o\b|years? old\b|-year-old\b|歳|才|岁|살|세)"
    r"|\b(?:aged?|Age:|edad:?|возраст:?) ?(\d{1,2})\b",
    re.IGNORECASE,
)
YOUTH = re.compile(
    r"\b(?:teen|teens|teenage|teenager|junior high|middle school|high schooler|schoolgirl|"
    r"child actor|child actress|underage|kid|kids|adolescente|подросток)\b"
    r"|中学生|高校生|初中生|未成年|중학생|고등학생|미성년",
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


# ---------------------------------------------------------------- people (all invented)


@dataclass
class Person:
    target: str
    gender: str
    culture: str
    latin: str  # the Latin-letter form (given first unless the culture writes family first)
    script: str = ""  # the name in its own script, when it has one
    aliases: list[str] = field(default_factory=list)


# culture: (female given, male given, family)
# fmt: off
LATIN = {
    "en": (
        ["Marlowe", "Tessaly", "Briony", "Odette", "Calla", "Linnea", "Wrenna", "Juliet"],
        ["Corwin", "Ansel", "Thaddeus", "Emrys", "Lachlan", "Fenwick"],
        ["Ashgrove", "Pellbury", "Quenneville", "Hartwick", "Vossberg", "Tremayne", "Kilbride"],
    ),
    "word": (
        ["Daisy", "Holly", "Summer", "Ivy", "Hazel", "Robin", "Dawn", "Pearl", "Meadow"],
        ["Forrest", "Hunter", "Bishop", "Rocky"],
        ["Fox", "Day", "Stone", "Chase", "Rivers", "Frost", "Marsh", "Bell", "Gale", "Wren"],
    ),
    "yo": (
        ["Adetoun", "Morenike", "Ibiyemi", "Folasade", "Oyindamola"],
        ["Babatunji", "Ayokunle", "Oluwadamilare"],
        ["Ogunmefun", "Akinwande", "Oyelaran", "Adeyemo-Bello"],
    ),
    "ke": (
        ["Wanjiru", "Nyokabi", "Achieng", "Zawadi", "Chepkemoi"], ["Kiprono", "Otieno", "Baraka"],
        ["Wambugu", "Odhiambo", "Chepngetich", "Mwangangi"],
    ),
    "za": (
        ["Nomvula", "Lerato", "Thandeka", "Zanele"], ["Lwazi", "Bongani", "Sibusiso"],
        ["Mahlangu", "Ntuli", "Mnguni", "Sithebe"],
    ),
    "in": (
        ["Ishita", "Tanvika", "Mrinalini", "Pranjali", "Aarohi"], ["Vihaan", "Advait", "Rudransh"],
        ["Raghuvanshi", "Deshpande", "Kulkarni", "Bhattacharjee"],
    ),
    "latam": (
        ["Ximena", "Maite", "Itzel", "Renata", "Luciana", "Yamile"],
        ["Joaquín", "Santino", "Benicio"],
        ["Arreola", "Quintanilla", "Villaseñor", "Bustamante", "Ocampo", "Sepúlveda"],
    ),
    "br": (
        ["Thaís", "Maitê", "Yasmin", "Iolanda"], ["Davi", "Caio", "Thiago"],
        ["Sampaio", "Figueiredo", "Bittencourt", "Magalhães"],
    ),
    "pl": (
        ["Zofia", "Malwina", "Bogna", "Iga"], ["Wojciech", "Bartosz"],
        ["Wierzbicka", "Sobczyńska", "Dąbrowska"],
    ),
}
# fmt: on
# culture: list of (latin given-first, native script, gender)
# fmt: off
SCRIPTED = {
    "ar": [
        ("Rahaf Al-Mutairi", "رهف المطيري", "female"),
        ("Lujain Haddadin", "لجين حدادين", "female"), ("Shahd Al-Qasimi", "شهد القاسمي", "female"),
        ("Yara Bouazza", "يارا بوعزة", "female"), ("Tamim Al-Rifai", "تميم الرفاعي", "male"),
        ("Zaid Barakzai", "زيد بركزي", "male"),
    ],
    "hi": [
        ("Tanvika Raghuvanshi", "तन्विका रघुवंशी", "female"),
        ("Mrinalini Deshpande", "मृणालिनी देशपांडे", "female"),
        ("Aarohi Kulkarni", "आरोही कुलकर्णी", "female"),
        ("Advait Bhardwaj", "अद्वैत भारद्वाज", "male"),
    ],
    "ru": [
        ("Oksana Hrytsenko", "Оксана Гриценко", "female"),
        ("Varvara Zlatopolskaya", "Варвара Златопольская", "female"),
        ("Yevdokiya Morozyuk", "Евдокия Морозюк", "female"),
        ("Stanislava Kovalchuk", "Станислава Ковальчук", "female"),
        ("Rodion Sevastyanov", "Родион Севастьянов", "male"),
    ],
    "zh": [
        ("Duanmu Shuyao", "端木书瑶", "female"), ("Wenren Xu", "闻人絮", "female"),
        ("Gongsun Wantang", "公孙婉棠", "female"), ("Linghu Qingyi", "令狐清漪", "female"),
        ("Zhongli Xuefu", "钟离雪芙", "female"), ("Dongfang Haoyu", "东方皓宇", "male"),
        ("Huangfu Mobai", "皇甫墨白", "male"),
    ],
    "ja": [
        ("Kirarazaka Minori", "雲母坂 みのり", "female"),
        ("Yamanashi Kotone", "月見里 ことね", "female"),
        ("Hozumi Chiharu", "八月朔日 ちはる", "female"),
        ("Mikuriya Sayaka", "御厨 さやか", "female"),
        ("Kirarazaka Hayato", "雲母坂 はやと", "male"),
    ],
    "ko": [
        ("Jegal Yu-na", "제갈유나", "female"), ("Dokgo Seo-rin", "독고서린", "female"),
        ("Hwangbo Da-in", "황보다인", "female"), ("Sagong Ha-ram", "사공하람", "female"),
        ("Jegal Do-yun", "제갈도윤", "male"), ("Dokgo Tae-gyeom", "독고태겸", "male"),
    ],
}
# fmt: on
EAST = ("zh", "ja", "ko")
# fmt: off
TRADES = {
    "female": ["actress", "singer", "news anchor", "TV host", "model", "footballer", "MP"],
    "male": ["actor", "singer", "news anchor", "TV host", "boxer", "rapper", "senator"],
}
# fmt: on
# fmt: off
NATIVE_TRADE = {
    ("ar", "female"): "الممثلة",
    ("ar", "male"): "الممثل",
    ("hi", "female"): "अभिनेत्री",
    ("hi", "male"): "अभिनेता",
    ("ru", "female"): "актриса",
    ("ru", "male"): "актёр",
    ("zh", "female"): "女演员",
    ("zh", "male"): "男演员",
    ("ja", "female"): "女優",
    ("ja", "male"): "俳優",
    ("ko", "female"): "여자 배우",
    ("ko", "male"): "남자 배우",
    ("latam", "female"): "actriz",
    ("latam", "male"): "actor",
    ("br", "female"): "atriz",
    ("br", "male"): "ator",
    ("pl", "female"): "aktorka",
    ("pl", "male"): "aktor",
    ("yo", "female"): "Nollywood actress",
    ("yo", "male"): "Nollywood actor",
    ("ke", "female"): "mwanamuziki wa kike",
    ("ke", "male"): "mwanamuziki wa kiume",
    ("za", "female"): "actress",
    ("za", "male"): "actor",
}
# fmt: on

# ---------------------------------------------------------------- page furniture

# fmt: off
UPLOADERS = [
    "mochi_merge", "deltaLoRAs", "pixel_pilgrim", "zenbatch", "grainydays", "ktrain_anon",
    "lorasmith_", "ohmyvae", "saltedlatent", "bakuhatsu_ai", "neonkiln", "c4rbonframe",
    "tofu_tensor", "uwu_sampler", "fennec_ai", "mx_diffuse",
]
# fmt: on
BASES = ["SD 1.5", "SDXL 1.0", "Pony", "Illustrious", "Flux.1 D", "Flux.1 S", "NoobAI", "Qwen"]
SAMPLERS = ["Euler a", "DPM++ 2M Karras", "DPM++ SDE", "Euler", "UniPC", "Heun"]
# fmt: off
THANKS = [
    "感谢下载~ 欢迎返图!!", "使ってくれてありがとう🙏 返信画像うれしいです",
    "감사합니다!! 리뷰 부탁드려요 ㅎㅎ", "gracias x descargar, dejen review plis 🙏",
    "obrigado galera, deixa o like ❤", "спасибо за лайк 🙂", "terima kasih ya, jangan lupa review",
    "شكرا للتحميل 🌹", "dhanyavaad 🙏 feedback dena",
    "merci beaucoup, hésitez pas à poster vos images", "asante sana! share your gens 🔥",
    "thx for 1k downloads!!! 🎉",
]
# fmt: on
# fmt: off
SUPPORT = [
    "buy me a coffee ☕ ko-fi.com/{u}", "requests closed for now sorry 🙇",
    "join discord for early versions (link in bio)", "patreon.com/{u} - early access 3 days",
    "pls post your images in the gallery, it helps a lot", "dont reupload without credit pls",
]
# fmt: on
# fmt: off
FIXES = [
    "less overcooked at 1.0", "fixed colour bleeding", "new dataset, more angles", "flux version",
    "retrain, better likeness of outfit details", "smaller rank, same quality",
    "hands less cursed",
]
# fmt: on
# fmt: off
SCENES = [
    "upper body, looking at viewer, city street at night", "portrait, window light, film grain",
    "walking in the park, autumn, candid", "close-up, studio lighting, grey background",
    "sitting in a cafe, bokeh", "red carpet, flash photography",
]
# fmt: on
NEG = "(worst quality, low quality:1.4), bad hands, watermark, text, blurry"


def html(*parts: str) -> str:
    return "".join(p if p.startswith("<") else f"<p>{p}</p>" for p in parts if p)


def code(text: str) -> str:
    return f"<pre><code>{text}</code></pre>"


def ul(*lines: str) -> str:
    return "<ul>" + "".join(f"<li>{x}</li>" for x in lines) + "</ul>"


class Retry(Exception):
    """A template drew something already used; draw again."""


class Ctx:
    def __init__(self, part: str) -> None:
        self.part = part
        self.rng = random.Random(SEEDS[part])
        self.next_id = ID_BASE[part]
        self.keys: set[str] = set()
        self.minors: set[str] = set()
        self.used: set[str] = set()
        self.turn: Counter[str] = Counter()

    def pick(self, seq: Any) -> Any:
        return seq[self.rng.randrange(len(seq))]

    def once(self, key: str) -> None:
        if key in self.keys:
            raise Retry
        self.keys.add(key)

    def new_id(self) -> int:
        self.next_id += self.rng.randrange(5, 60)
        return self.next_id

    def hexs(self, n: int) -> str:
        return "".join(self.pick("0123456789abcdef") for _ in range(n))

    def gender(self, key: str, every: int = 3) -> str:
        """female, female, male ... per shape (one man in ``every``)."""
        self.turn[key] += 1
        return "male" if self.turn[key] % every == 0 else "female"

    def person(self, cultures: tuple[str, ...], gender: str, fresh: bool = False) -> Person:
        for _ in range(50):
            cul = self.pick(cultures)
            if cul in SCRIPTED:
                rows = [r for r in SCRIPTED[cul] if r[2] == gender]
                latin, script, _ = self.pick(rows)
                p = Person(latin, gender, cul, latin, script, [script])
                if cul in EAST:
                    fam, giv = latin.split(" ", 1)
                    p.aliases.append(f"{giv} {fam}")
            else:
                fem, mal, fam = LATIN[cul]
                given = self.pick(fem if gender == "female" else mal)
                family = self.pick(fam)
                if cul == "pl" and gender == "male":
                    family = re.sub(r"(sk|ck)a$", r"\1i", family)
                latin = f"{given} {family}"
                p = Person(latin, gender, cul, latin)
            if p.target not in self.minors and not (fresh and p.target in self.used):
                self.used.add(p.target)
                return p
        raise Retry


def settings(c: Ctx) -> str:
    return "<h3>Settings</h3>" + ul(
        f"sampler {c.pick(SAMPLERS)}, {c.rng.randrange(20, 45)} steps",
        f"cfg {c.pick([3, 4, 5, 6, 7])}",
        f"weight {c.pick(['0.6-0.8', '0.7', '0.8~1.0', '0.65'])}",
        c.pick(["hires fix x1.5 denoise 0.4", "adetailer face ON", "clip skip 2", "no upscale"]),
    )


def changelog(c: Ctx) -> str:
    n = c.rng.randrange(1, 4)
    month = c.rng.randrange(4, 13)
    return "<h3>Changelog</h3>" + ul(
        *[
            f"{month - k:02d}/{c.rng.randrange(1, 28):02d} v{n - k}: {c.pick(FIXES)}"
            for k in range(n)
        ]
    )


def page(c: Ctx, head: list[str], subject: str | None = None, tail: str = "") -> str:
    """Naming lines, then the furniture; ``tail`` closes the page (a last paragraph)."""
    terse = c.rng.random() < 0.3
    parts = list(head)
    if not terse:
        parts.append(settings(c))
    if subject is not None:
        pos = f"{subject}, {c.pick(SCENES)}, <lora:{c.hexs(4)}:0.8>"
        parts.append(code(f"{pos}\nNegative prompt: {NEG}"))
    if not terse:
        parts += [changelog(c), c.pick(SUPPORT).format(u=c.pick(UPLOADERS)), c.pick(THANKS)]
    if tail:
        parts.append(tail)
    return html(*parts)


FOLD = str.maketrans({"ı": "i", "đ": "d", "ø": "o", "ß": "ss"})


def fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text.translate(FOLD)).encode("ascii", "ignore").decode()


def snake(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", fold(text).lower()).strip("_")


def squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(text).lower())


def camel(text: str) -> str:
    words = re.findall(r"[a-z0-9]+", fold(text).lower())
    return words[0] + "".join(w.capitalize() for w in words[1:])


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
    meta: str | None = None,
    new: bool | None = None,
) -> Item:
    """A Civitai /api/v1/models item, 2023 catalog shape or 2025 shape."""
    mid = c.new_id()
    new = (c.rng.random() < 0.55) if new is None else new
    ext = ".pt" if mtype == "TextualInversion" else ".safetensors"
    specs = versions or [
        {
            "name": c.pick(["v1.0", "v1", "V2", "v2.0 flux", "XL", "final", "ill v1", "e10"]),
            "trained": trained or [],
            "file": fname
            or (snake(name)[:40] or "lora_" + c.hexs(4))
            + c.pick(["", "_v1", "-000010", "_xl"])
            + ext,
        }
    ]
    out = []
    for vi, spec in enumerate(specs):
        vid = mid * 3 + 7 + vi
        images = []
        for k in range(c.rng.randrange(1, 4)):
            img: dict[str, Any] = {
                "id": vid * 10 + k,
                "url": f"https://image.civitai.com/xG1nkqKTMzGDvpLrqFT7WA/{c.hexs(8)}-{c.hexs(4)}"
                f"/width=832/{vid}{k}.jpeg",
                "width": c.pick([832, 1024, 768, 512]),
                "height": c.pick([1216, 1024, 1152, 768]),
                "hash": "U" + c.hexs(27),
            }
            if new:
                img.update(
                    nsfwLevel=(8 if k else 4) if sexual else c.pick([1, 1, 2]),
                    type="image",
                    minor=False,
                    poi=False,
                    hasMeta=meta is not None and k == 0,
                    hasPositivePrompt=meta is not None and k == 0,
                    onSite=c.rng.random() < 0.3,
                    remixOfId=None,
                )
            else:
                img["nsfw"] = ("X" if k else "Mature") if sexual else c.pick(["None", "Soft"])
            if meta is not None and k == 0 and vi == 0:
                img["meta"] = {
                    "prompt": meta,
                    "negativePrompt": NEG,
                    "sampler": c.pick(SAMPLERS),
                    "steps": c.rng.randrange(20, 36),
                    "cfgScale": c.pick([3.5, 5, 7]),
                    "seed": c.rng.randrange(10**9, 10**10),
                }
            images.append(img)
        created = ("2025-" if new else "2023-") + f"0{c.rng.randrange(1, 10)}-1{vi}T09:41:00.000Z"
        version: dict[str, Any] = {
            "id": vid,
            "name": spec["name"],
            "baseModel": c.pick(BASES),
            "createdAt": created,
            "description": spec.get("description"),
            "trainedWords": spec.get("trained") or [],
            "files": [
                {
                    "id": vid + 2,
                    "sizeKB": round(c.rng.uniform(9000, 230000), 3),
                    "name": spec.get("file") or snake(name) + ext,
                    "type": "Model",
                    "pickleScanResult": "Success",
                    "virusScanResult": "Success",
                    "metadata": {
                        "format": "SafeTensor",
                        "size": None,
                        "fp": c.pick(["fp16", None]),
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
                publishedAt=created,
                status="Published",
                availability="Public",
                nsfwLevel=(1 | 4 | 8) if sexual else c.pick([1, 3]),
                covered=True,
                stats={"downloadCount": c.rng.randrange(3, 9000), "thumbsUpCount": 0},
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
        "allowDerivatives": True,
        "allowDifferentLicense": c.rng.random() < 0.4,
        "type": mtype,
    }
    if new:
        item.update(
            minor=False,
            sfwOnly=False,
            poi=False,
            nsfw=sexual,
            nsfwLevel=(1 | 4 | 8) if sexual else c.pick([1, 3]),
            availability="Public",
            cosmetic=None,
            supportsGeneration=c.rng.random() < 0.5,
        )
    else:
        item.update(poi=False, nsfw=sexual)
    user = c.pick(UPLOADERS)
    item.update(
        stats={"downloadCount": c.rng.randrange(10, 30000), "favoriteCount": c.rng.randrange(400)},
        creator={"username": user, "image": None},
        tags=tags,
        modelVersions=out,
    )
    return item


def hf(
    c: Ctx,
    *,
    repo: str,
    card: dict[str, Any],
    tags: list[str] | None = None,
    files: list[str] | None = None,
    sexual: bool = False,
) -> Item:
    """A Hugging Face ModelInfo item as /api/models?full=true&cardData=true returns it."""
    c.once("hf:" + repo.lower())
    tags = tags or ["lora"]
    base = card.get("base_model")
    extra = ["diffusers", "text-to-image"]
    if isinstance(base, str):
        extra.append(f"base_model:adapter:{base}" if "lora" in tags else f"base_model:{base}")
    if sexual:
        extra.append("not-for-all-audiences")
    sib = []
    for f in [".gitattributes", "README.md", *(files or ["pytorch_lora_weights.safetensors"])]:
        s: dict[str, Any] = {"rfilename": f}
        if f.endswith((".safetensors", ".bin", ".onnx", ".ckpt")):
            s["lfs"] = {
                "sha256": c.hexs(64),
                "size": c.rng.randrange(10**6, 7 * 10**9),
                "pointerSize": 134,
            }
        sib.append(s)
    return {
        "_id": c.hexs(24),
        "id": repo,
        "modelId": repo,
        "author": repo.split("/")[0],
        "sha": c.hexs(40),
        "createdAt": f"2025-{c.rng.randrange(1, 13):02d}-0{c.rng.randrange(1, 10)}T12:00:00.000Z",
        "private": False,
        "disabled": False,
        "gated": c.pick([False, False, "auto"]),
        "downloads": c.rng.randrange(0, 5000),
        "likes": c.rng.randrange(0, 60),
        "library_name": "diffusers",
        "tags": [*tags, *extra, "license:other", "region:us"],
        "pipeline_tag": "text-to-image",
        "cardData": card,
        "siblings": sib,
    }


HF_SHARE = 0.18
NSFW_SHARE = 0.12
TAG_RE = re.compile(r"<[^>]{0,200}>")


def emit(
    c: Ctx,
    *,
    name: str,
    desc: str,
    tags: list[str],
    trained: list[str] | None = None,
    fname: str | None = None,
    mtype: str = "LORA",
    sexual: bool = False,
    meta: str | None = None,
    lewd: bool = True,
) -> Item:
    """A Civitai item, or (HF_SHARE of the time) the same page as a Hugging Face repo: the title
    becomes the repo slug, the first paragraph the card's description, the trigger the instance
    prompt, the file a sibling. ``lewd``: the page may be an NSFW one (NSFW_SHARE)."""
    sexual = sexual or (lewd and c.rng.random() < NSFW_SHARE)
    if mtype not in ("LORA", "Checkpoint") or c.rng.random() >= HF_SHARE:
        return civ(
            c,
            name=name,
            desc=desc,
            tags=tags,
            trained=trained,
            fname=fname,
            mtype=mtype,
            sexual=sexual,
            meta=meta,
        )
    slug = re.sub(r"[^a-z0-9]+", "-", fold(name).lower())[:48].strip("-") or f"lora-{c.hexs(6)}"
    head = re.split(r"<h3>|<pre>", desc)[0].replace("</p><p>", " ")
    first = " ".join(TAG_RE.sub(" ", head).split())
    card: dict[str, Any] = {
        "base_model": c.pick(HF_BASES),
        "license": c.pick(["other", "apache-2.0", "creativeml-openrail-m"]),
        "tags": ["lora" if mtype == "LORA" else "checkpoint", *tags[:3]],
        "description": first,
    }
    if trained:
        card["instance_prompt"] = trained[0]
    card["widget"] = [{"text": meta or f"{(trained or [name])[0]}, {c.pick(SCENES)}"}]
    files = [fname] if fname else None
    repo = f"{c.pick(HF_ORGS)}/{slug}"
    return hf(
        c,
        repo=repo,
        card=card,
        tags=["lora"] if mtype == "LORA" else ["checkpoint"],
        files=files,
        sexual=sexual,
    )


HF_ORGS = [
    "tinyloras22",
    "pixelgrove-lab",
    "kiln-ai",
    "sablefinetunes",
    "mossmodels",
    "lumafoundry",
]
HF_BASES = ["black-forest-labs/FLUX.1-dev", "stabilityai/stable-diffusion-xl-base-1.0"]


def facts(
    kind: str,
    p: Person | None,
    aliases: list[str] | None = None,
    targets: list[str] | None = None,
    gender: str | None = None,
) -> dict[str, Any]:
    if p is None:
        return {"kind": kind, "target": None, "gender": None, "targets": [], "aliases": []}
    al = [a for a in dict.fromkeys([*p.aliases, *(aliases or [])]) if a and a != p.target]
    return {
        "kind": kind,
        "target": p.target,
        "gender": gender or p.gender,
        "targets": targets or [p.target],
        "aliases": al,
    }


def pron(g: str) -> tuple[str, str]:
    return ("she", "her") if g == "female" else ("he", "his")


def gw(g: str) -> str:
    return "woman" if g == "female" else "man"


def trade(c: Ctx, g: str) -> str:
    return str(c.pick(TRADES[g]))


WEST = ("en", "yo", "ke", "za", "in", "latam", "br", "pl")
ANY = (*WEST, "ar", "hi", "ru", "zh", "ja", "ko")
PF = "public_figure"
OCR = "online_creator"
PP = "private_person"


# ---------------------------------------------------------------- public figures


def _country(p: Person) -> str:
    return {
        "en": "UK",
        "word": "US",
        "yo": "Nigeria",
        "ke": "Kenya",
        "za": "South Africa",
        "in": "India",
        "latam": "Mexico",
        "br": "Brasil",
        "pl": "Poland",
        "ar": "Jordan",
        "hi": "India",
        "ru": "Ukraine",
        "zh": "China",
        "ja": "Japan",
        "ko": "Korea",
    }[p.culture]


def p_title_trade(c: Ctx) -> Made:
    p = c.person(WEST, c.gender("title"))
    t = trade(c, p.gender)
    sep = c.pick([" | ", " - ", " / ", " :: "])
    name = (
        c.pick([p.latin, p.latin.upper(), p.latin.lower()])
        + sep
        + c.pick([t.title(), f"{_country(p)} {t}", f"{t} [{c.pick(BASES)}]"])
    )
    s, h = pron(p.gender)
    head = [
        f"{p.latin} ({t}, {_country(p)}). {h.capitalize()} face from ~{c.rng.randrange(30, 90)}"
        f" pics, mostly red carpet + interviews.",
        f"trigger: {squash(p.latin)}",
    ]
    tags = c.rng.sample(["celebrity", "real person", "photorealistic", gw(p.gender), t], 3)
    item = emit(
        c, name=name, desc=page(c, head, squash(p.latin)), tags=tags, trained=[squash(p.latin)]
    )
    return item, facts(PF, p, [squash(p.latin)])


def p_tags_only(c: Ctx) -> Made:
    p = c.person(WEST, c.gender("tags"))
    name = (
        c.pick(["realistic portrait", "Face LoRA", "celeb lora", "IRL test"])
        + f" #{c.rng.randrange(2, 400)}"
    )
    tags = [
        p.latin.lower(),
        c.pick(["celebrity", "actress" if p.gender == "female" else "actor"]),
        gw(p.gender),
        "photorealistic",
    ]
    head = [c.pick(["no trigger needed", "works best at 0.7", "just prompt the tag"])]
    return emit(c, name=name, desc=page(c, head), tags=tags), facts(PF, p)


def p_trigger_only(c: Ctx) -> Made:
    p = c.person((*WEST, "word"), c.gender("trig"))
    trig = c.pick([squash(p.latin), snake(p.latin), camel(p.latin), squash(p.latin) + "_v2"])
    s, _ = pron(p.gender)
    head = [
        f"{s} is a pretty well known {trade(c, p.gender)} back home, made this for a friend",
        f"trigger word → <code>{trig}</code>",
    ]
    name = c.pick(["Famous face v2", "request #18", "celeb 🌟", "IRL lora (SDXL)", "trained ep 8"])
    item = emit(
        c, name=name, desc=page(c, head, trig), tags=["celebrity", "person"], trained=[trig]
    )
    return item, facts(PF, p, [trig])


def p_file_only(c: Ctx) -> Made:
    p = c.person(WEST, c.gender("file"))
    fn = c.pick([camel(p.latin), snake(p.latin), squash(p.latin)]) + c.pick(
        ["_v1", "-000012", "_flux", ""]
    )
    s, h = pron(p.gender)
    head = [
        f"{h} likeness, trained on {c.rng.randrange(20, 80)} photos. {s} is an "
        f"{c.pick(['athlete', 'anchor', 'influencer-turned-actor'])}."
    ]
    name = (
        c.pick(["Celeb Pack 🔥", "face lora", "the one you asked for", "IRL #77"])
        + f" {c.rng.randrange(1, 99)}"
    )
    item = emit(
        c,
        name=name,
        desc=page(c, head, "photo of a " + gw(p.gender)),
        tags=["celebrity"],
        fname=fn + ".safetensors",
    )
    return item, facts(PF, p, [fn])


def p_version_name(c: Ctx) -> Made:
    p = c.person(ANY, c.gender("ver"))
    vname = c.pick([p.latin, p.latin.lower(), p.latin.replace(" ", "_")]) + c.pick(
        [" v2", " flux", " XL", ""]
    )
    versions = [
        {
            "name": vname,
            "trained": [gw(p.gender)],
            "file": f"actor{c.rng.randrange(100, 999)}_v2.safetensors",
        },
        {
            "name": "v1 sd15",
            "trained": [gw(p.gender)],
            "file": f"actor{c.rng.randrange(100, 999)}.safetensors",
        },
    ]
    name = c.pick(["Actors & Actresses pack", "TV faces collection", "one lora per version"])
    head = [f"each version is a different person, this one is a {trade(c, p.gender)}"]
    return civ(
        c, name=name, desc=page(c, head), tags=["celebrity", "collection"], versions=versions
    ), facts(PF, p)


def p_desc_last_para(c: Ctx) -> Made:
    p = c.person(ANY, c.gender("last"))
    s, h = pron(p.gender)
    tail = c.pick(
        [
            f"PS: for ppl asking, yes it's {p.latin} from the "
            f"{c.pick(['morning news', 'olympics', 'drama last year', 'Eurovision final'])}, "
            f"{s} is amazing",
            f"Dataset note: all images of {p.latin} ({p.script or _country(p)}) are from "
            "public press photos.",
            f"Credits: photos of {p.latin}, the {trade(c, p.gender)}, from fan sites.",
        ]
    )
    name = c.pick(["Realistic Face v3", "Portrait LoRA 🎬", "my best one yet", "Person Helper XL"])
    return civ(
        c,
        name=name,
        desc=page(
            c,
            ["long story short: trained 3000 steps on a 4090."],
            "1" + ("girl" if p.gender == "female" else "boy"),
            tail,
        ),
        tags=["photorealistic", "portrait"],
    ), facts(PF, p)


def p_hf_card(c: Ctx) -> Made:
    p = c.person(ANY, c.gender("hf"))
    slug = c.pick([snake(p.latin).replace("_", "-"), squash(p.latin), camel(p.latin)])
    repo = f"{c.pick(HF_ORGS)}/{slug}{c.pick(['-flux-lora', '-lora', '_sdxl', ''])}"
    tok = c.pick(["TOK", "ohwx", "sks", squash(p.latin)])
    card = {
        "base_model": c.pick(HF_BASES),
        "instance_prompt": f"{tok} {gw(p.gender)}",
        "widget": [{"text": f"photo of {tok} {gw(p.gender)}, {c.pick(SCENES)}"}],
        "tags": ["lora", "text-to-image", "template:sd-lora"],
        "license": "other",
    }
    return hf(c, repo=repo, card=card), facts(PF, p, [slug])


def p_script_only(c: Ctx) -> Made:
    p = c.person(("ar", "hi", "ru", "zh", "ja", "ko"), c.gender("script"))
    nt = NATIVE_TRADE[(p.culture, p.gender)]
    name = c.pick([p.script, f"{p.script} {nt}", f"{p.script} | LoRA", f"【{p.script}】"])
    head = [
        f"{nt} {p.script}",
        {"zh": "真人 / 写实", "ja": "実写", "ko": "실사", "ru": "реалистичный", "ar": "واقعي"}.get(
            p.culture, "यथार्थवादी"
        ),
    ]
    fn = c.pick(["lora_" + c.hexs(5), "face_" + str(c.rng.randrange(100, 999))]) + ".safetensors"
    tags = [c.pick(["real person", "photorealistic", "celebrity"])]
    tags += (
        [{"zh": "美女", "ja": "女性", "ko": "여자"}.get(p.culture, "female")]
        if p.gender == "female"
        else ["male"]
    )
    return emit(c, name=name, desc=page(c, head), tags=tags, fname=fn), facts(PF, p, [])


def p_runtogether_file(c: Ctx) -> Made:
    p = c.person(EAST, c.gender("run"))
    run = squash(p.latin)
    name = c.pick([run, run.capitalize(), f"{run}_lora", f"{run} v2 SDXL"])
    nt = NATIVE_TRADE[(p.culture, p.gender)]
    head = [f"{nt}", c.pick(["写真多め", "100张图训练", "사진 60장", "dataset: fan photos"])]
    tags = ["asian", gw(p.gender), c.pick(["celebrity", "real person"])]
    return emit(
        c, name=name, desc=page(c, head), tags=tags, fname=run + ".safetensors", trained=[run]
    ), facts(PF, p, [run])


def p_family_first_hyphen(c: Ctx) -> Made:
    p = c.person(("ko",), c.gender("hyph", 4))
    fam, giv = p.latin.split(" ", 1)
    form = c.pick(
        [p.latin, f"{giv} {fam}", f"{fam.upper()} {giv}", f"{fam} {giv.replace('-', '')}"]
    )
    word = "여자" if p.gender == "female" else "남자"
    name = f"{form} ({p.script})" if c.rng.random() < 0.5 else form
    head = [
        f"{p.script} / {form} — {c.pick(['배우', '가수', '아나운서'])}, {word}",
        "한국 실사 로라",
    ]
    tags = ["korean", word, c.pick(["kpop", "kdrama", "celebrity"])]
    return emit(c, name=name, desc=page(c, head), tags=tags), facts(
        PF, p, [form, fam + giv.replace("-", "")]
    )


def p_camel_title(c: Ctx) -> Made:
    p = c.person((*WEST, "word"), c.gender("camel"))
    cm = camel(p.latin)
    cm = cm[0].upper() + cm[1:] if c.rng.random() < 0.5 else cm
    s, _ = pron(p.gender)
    name = c.pick([cm, f"{cm}_XL", f"{cm}-flux", f"{cm}V3"])
    head = [f"{s} asked me not to but here it is lol. {trade(c, p.gender)}, very recognizable."]
    return emit(
        c, name=name, desc=page(c, head, cm), tags=["celebrity", "realistic"], trained=[cm]
    ), facts(PF, p, [cm])


# fmt: off
SHOWS = [
    "Harbour Lights", "The Velvet Ledger", "Cobalt Ward", "Palace of Ashes", "Midnight Precinct",
    "La Casa del Limonero", "Sangue e Areia", "Kaleidoscope Street", "琉璃长歌", "雨夜の探偵",
    "검은 정원",
]
# fmt: on
ROLES_F = ["Detective Ilsa Varn", "Nurse Coralie", "Queen Aveline", "Doña Remedios", "Lady Meiran"]
ROLES_M = ["Captain Rourke", "Dr. Halvard", "Prince Caius", "Inspector Dagan"]


def p_live_action_role(c: Ctx) -> Made:
    p = c.person(ANY, c.gender("role"))
    role = c.pick(ROLES_F if p.gender == "female" else ROLES_M)
    show = c.pick(SHOWS)
    kind = c.pick(["TV series", "drama", "film", "live action", "K-drama", "C-drama", "telenovela"])
    name = c.pick(
        [f"{role} from {show}", f"{role} ({show}, {kind})", f"{role} - {show} [live action]"]
    )
    who = p.script if p.script and c.rng.random() < 0.4 else p.latin
    head = [
        f"{role} as played by {who} in the {kind} {show}.",
        c.pick(["costume + face", "season 2 look", "only the character outfit if weight low"]),
    ]
    tags = ["character", c.pick(["tv show", "movie", "drama"]), gw(p.gender), "realistic"]
    return emit(c, name=name, desc=page(c, head, role.lower()), tags=tags), facts(PF, p)


def p_ordinary_word_name(c: Ctx) -> Made:
    p = c.person(("word",), c.gender("word", 5))
    t = trade(c, p.gender)
    s, _ = pron(p.gender)
    name = c.pick(
        [
            p.latin,
            p.latin.lower(),
            f"{p.latin} ({t})",
            f"{p.latin.split()[0]} {p.latin.split()[1].upper()} LoRA",
        ]
    )
    head = [
        c.pick(
            [
                f"{s} hosts the {c.pick(['weekend', 'late'])} show",
                f"{t}, {s} won a big award in 2024",
                f"{s}'s the {t} everyone knows",
            ]
        )
    ]
    return emit(
        c,
        name=name,
        desc=page(c, head, squash(p.latin)),
        tags=["celebrity", t.split()[0]],
        trained=[squash(p.latin)],
    ), facts(PF, p)


def p_named_blend(c: Ctx) -> Made:
    g = c.gender("blend", 4)
    n = c.pick([2, 2, 3])
    people: list[Person] = []
    while len(people) < n:
        q = c.person(WEST, g)
        if q.target not in [x.target for x in people]:
            people.append(q)
    names = [q.latin for q in people]
    title = c.pick(
        [
            " x ".join(names),
            " + ".join(n_.split()[1] for n_ in names) + " blend",
            "Mixed face: " + " / ".join(names),
        ]
    )
    head = [
        f"blend of {', '.join(names[:-1])} and {names[-1]} "
        f"({'/'.join(['50', '50'] if n == 2 else ['40', '30', '30'])})",
        f"a {gw(g)} who looks like all of them",
    ]
    item = emit(
        c,
        name=title,
        desc=page(c, head, "1" + ("girl" if g == "female" else "boy")),
        tags=["celebrity", "blend", gw(g)],
    )
    return item, facts(PF, people[0], targets=names)


def p_initials_cues(c: Ctx) -> Made:
    p = c.person(WEST, c.gender("init"))
    ini = "".join(w[0] for w in p.latin.split())
    form = c.pick([ini, ".".join(ini) + ".", ini.lower()])
    s, h = pron(p.gender)
    name = c.pick([f"{form} lora", f"{form} (celeb)", f"{form} - {trade(c, p.gender)}"])
    head = [
        f"you know who {s} is 😉 the {trade(c, p.gender)} from {_country(p)}, trained on {h} "
        "press photos.",
        "not saying the name bc of the rules",
    ]
    item = emit(
        c, name=name, desc=page(c, head, form), tags=["celebrity", "real person"], trained=[form]
    )
    f = facts(PF, p)
    f["target"] = form
    f["targets"] = [form]
    f["aliases"] = []
    return item, f


STAGE = [
    "Kxng Sol",
    "Lil Moth",
    "DJ Saffron",
    "Reina Luz",
    "MC Vetiver",
    "Yung Amber",
    "Baby Coral",
]


def p_stage_name(c: Ctx) -> Made:
    p = c.person(("yo", "za", "latam", "br", "en"), c.gender("stage"))
    st = c.pick(STAGE)
    c.once("stage:" + st)
    s, _ = pron(p.gender)
    name = c.pick([f"{st} ({p.latin})", f"{st}", f"{st} - rapper/singer"])
    head = [
        f"{st} (real name {p.latin}), {s} blew up on tiktok with that song",
        f"trigger {squash(st)}",
    ]
    return emit(
        c,
        name=name,
        desc=page(c, head, squash(st)),
        tags=["music", "celebrity", gw(p.gender)],
        trained=[squash(st)],
    ), facts(PF, p, [st, squash(st)])


# fmt: off
NATIVE_DESC = {
    "latam": "{n} es una {t} mexicana muy conocida, entrené con {k} fotos de ella",
    "br": "{n}, {t} brasileira, treinei com {k} fotos dela",
    "pl": "{n} to polska {t}, {k} zdjęć",
    "ar": "{n} {t} معروفة، تم التدريب على {k} صورة",
    "hi": "{n} एक प्रसिद्ध {t} हैं, {k} फ़ोटो पर ट्रेन किया",
    "ru": "{n} — известная {t}, {k} фото",
    "ke": "{n} ni {t} maarufu kutoka Nairobi, picha {k}",
}
# fmt: on


def p_native_desc(c: Ctx) -> Made:
    cul = c.pick(list(NATIVE_DESC))
    p = c.person((cul,), "female")
    nt = NATIVE_TRADE[(cul, "female")]
    n = p.script if p.script and c.rng.random() < 0.5 else p.latin
    head = [NATIVE_DESC[cul].format(n=n, t=nt, k=c.rng.randrange(20, 90))]
    name = (
        c.pick(["realistic lora", "LoRA pessoa real", "retrato", "портрет v2", "face v1"])
        + f" {c.rng.randrange(1, 50)}"
    )
    return emit(c, name=name, desc=page(c, head), tags=["photorealistic", "portrait"]), facts(PF, p)


def p_adult_uniform_east(c: Ctx) -> Made:
    p = c.person(EAST, "female")
    age = c.pick(["24歳", "27세", "born 1996", "26岁", "(23)", "age 25"])
    name = c.pick(
        [
            f"{p.latin} school uniform ver",
            f"{p.script} 制服",
            f"{p.latin} cute petite",
            f"{p.script} kawaii",
        ]
    )
    head = [
        f"{p.script} ({p.latin}), {age}. cute & petite look, young face, school uniform "
        "outfit for the drama photoshoot",
        "制服 / uniform costume",
    ]
    tags = ["asian", "cute", "school uniform", c.pick(["女性", "여자", "美女"]), "girl"]
    return civ(c, name=name, desc=page(c, head, "school uniform, cute"), tags=tags), facts(PF, p)


IDOL = ["걸그룹", "女团", "アイドルグループ", "girl group"]


def p_idol_group(c: Ctx) -> Made:
    p = c.person(("ko", "zh", "ja"), "female")
    grp = c.pick(["LUMINA", "VELVET9", "cherryBOMB", "Starlit Verse"])
    word = c.pick(IDOL)
    name = c.pick([f"{p.script} ({grp})", f"{grp} {p.latin}", f"{p.latin} - {word}"])
    head = [f"{grp} {word} 멤버 / member: {p.script}", c.pick(["메인보컬", "center", "リーダー"])]
    return emit(
        c, name=name, desc=page(c, head), tags=["kpop", "idol", c.pick(["여자", "美女", "女性"])]
    ), facts(PF, p, [f"{grp} {p.latin}"])


def p_minor_stated_age(c: Ctx) -> Made:
    p = c.person(("en", "latam", "ko", "ja", "in"), c.gender("minor"), fresh=True)
    c.minors.add(p.target)
    age = c.pick(["15 years old", "(16yo)", "aged 14", "16세", "15歳"])
    t = c.pick(["figure skater", "chess player", "swimmer", "gymnast"])
    name = f"{p.latin} ({t})"
    head = [
        f"{p.latin}, {t}, {age}.",
        f"portrait only, sfw. from {pron(p.gender)[1]} competition photos",
    ]
    return civ(c, name=name, desc=page(c, head), tags=["sports", "portrait"], new=True), facts(
        PF, p
    )


def p_minor_youth_word(c: Ctx) -> Made:
    p = c.person(("en", "pl", "br", "zh"), c.gender("youth"), fresh=True)
    c.minors.add(p.target)
    s, _ = pron(p.gender)
    name = f"{p.latin} portrait"
    head = [f"{s} is the singer from the talent show."]
    tags = ["portrait", c.pick(["teen", "teenager", "junior high"]), "singer"]
    return civ(c, name=name, desc=page(c, head), tags=tags, new=True), facts(PF, p)


def p_pronoun_only_tag(c: Ctx) -> Made:
    """A name in a tag plus a pronoun in another language's description."""
    p = c.person(("latam", "br", "pl", "ru", "ar", "zh"), c.gender("pro"))
    word = {
        "latam": ("ella", "él"),
        "br": ("ela", "ele"),
        "pl": ("ona", "on"),
        "ru": ("она", "он"),
        "ar": ("هي", "هو"),
        "zh": ("她", "他"),
    }[p.culture][p.gender == "male"]
    tags = [p.latin.lower(), "real", "photo"]
    ask = {
        "latam": "{w} es muy conocida, lo pidieron mucho",
        "br": "{w} é famosa, pedido de fã",
        "pl": "{w} jest znana, na prośbę",
        "ru": "{w} очень известна, по просьбе",
        "ar": "{w} مشهورة جدا، طلب",
        "zh": "{w}很有名，粉丝要的",
    }[p.culture]
    if p.gender == "male":
        ask = (
            ask.replace("conocida", "conocido")
            .replace("famosa", "famoso")
            .replace("znana", "znany")
        )
        ask = ask.replace("известна", "известен").replace("مشهورة", "مشهور")
    head = [ask.format(w=word)]
    return civ(
        c,
        name=c.pick(["pedido", "request", "запрос", "请求"]) + f" {c.rng.randrange(1, 99)}",
        desc=page(c, head),
        tags=tags,
    ), facts(PF, p)


# ---------------------------------------------------------------- creators


def _handle(c: Ctx, p: Person) -> str:
    base = fold(p.latin.split()[0] if p.culture not in EAST else p.latin.split()[-1]).lower()
    return c.pick(
        [
            f"{base}.{c.pick(['daily', 'vibes', 'fit', 'eats', 'xo'])}",
            f"its{base}",
            f"{base}_{c.rng.randrange(90, 100)}",
            f"the{base}official",
            f"{base}x{c.pick(['o', 'ox'])}",
        ]
    )


PLATFORMS = ["TikTok", "Instagram", "YouTube", "Twitch", "Kick", "Snapchat"]


def cr_handle_only(c: Ctx) -> Made:
    p = c.person(WEST, c.gender("crh", 4))
    h = _handle(c, p)
    c.once("h:" + h)
    s, h2 = pron(p.gender)
    pf = c.pick(PLATFORMS)
    name = c.pick(
        [
            f"@{h}",
            f"{h} ({pf})",
            f"{h.upper()} - {pf} girl" if p.gender == "female" else f"{h} - {pf} guy",
        ]
    )
    head = [
        f"{pf} creator @{h}, {c.rng.randrange(50, 900)}k followers. {s} posts "
        f"{c.pick(['gym', 'makeup', 'travel', 'dance'])} stuff",
        f"trained from {h2} reels",
    ]
    item = emit(
        c,
        name=name,
        desc=page(c, head, h),
        tags=["influencer", pf.lower(), gw(p.gender)],
        trained=[h],
    )
    f = facts(OCR, p)
    f.update(target="@" + h, targets=["@" + h], aliases=[h])
    return item, f


def cr_handle_realname(c: Ctx) -> Made:
    p = c.person(ANY, c.gender("crr"))
    h = _handle(c, p)
    c.once("h:" + h)
    pf = c.pick(PLATFORMS)
    s, _ = pron(p.gender)
    name = c.pick([f"{p.latin} (@{h})", f"{h} | {pf}", f"{p.latin.split()[0]} aka {h}"])
    who = p.script or p.latin
    head = [
        f"{who} — {pf} @{h}. {s} does "
        f"{c.pick(['cooking', 'vlogs', 'ASMR', 'fitness', 'beauty'])} videos.",
        f"real name {p.latin}",
    ]
    return emit(c, name=name, desc=page(c, head, h), tags=["influencer", "youtuber"]), facts(
        OCR, p, [h, "@" + h]
    )


def cr_streamer(c: Ctx) -> Made:
    p = c.person(WEST, c.gender("crs"))
    h = _handle(c, p)
    c.once("h:" + h)
    s, h2 = pron(p.gender)
    name = c.pick([f"{h} streamer lora", f"Twitch: {h}", f"{h} (vtuber irl face)"])
    head = [
        f"the streamer {h}, {c.pick(['plays horror games', 'just chatting', 'speedruns'])}. "
        f"{h2} webcam face, not the avatar",
        f"{s} is {p.latin} irl",
    ]
    return emit(
        c, name=name, desc=page(c, head, h), tags=["streamer", "twitch", gw(p.gender)]
    ), facts(OCR, p, [h])


def cr_subscription(c: Ctx) -> Made:
    p = c.person(WEST, "female")
    h = _handle(c, p)
    c.once("h:" + h)
    name = c.pick([f"{h} onlyfans", f"{p.latin} (OF model)", f"{h} | fansly"])
    head = [f"{h} ({p.latin}), OnlyFans model. nsfw capable", "she posts a lot of lingerie sets"]
    item = emit(
        c, name=name, desc=page(c, head, h), tags=["nsfw", "onlyfans", "woman"], sexual=True
    )
    return item, facts(OCR, p, [h])


def cr_cosplayer(c: Ctx) -> Made:
    p = c.person(ANY, "female")
    h = _handle(c, p)
    c.once("h:" + h)
    ch = c.pick(["Aelis (Starfall Saga)", "Kurohane", "Mistress Veyla", "Piko-chan"])
    name = c.pick([f"{h} cosplay", f"{p.latin} cosplayer", f"cosplayer {h} as {ch.split()[0]}"])
    head = [
        f"real cosplayer @{h} ({p.script or p.latin}), her face not the character. she "
        f"cosplays {ch} a lot"
    ]
    return emit(c, name=name, desc=page(c, head), tags=["cosplay", "real person", "woman"]), facts(
        OCR, p, [h, "@" + h]
    )


CN_PLAT = ["抖音", "小红书", "B站", "微博", "인스타", "유튜버", "Kwai", "Shopee Live"]


def cr_native_platform(c: Ctx) -> Made:
    p = c.person(("zh", "ko", "ja", "br", "latam"), c.gender("crn", 4))
    pl = c.pick(CN_PLAT)
    nm = p.script or p.latin
    word = {"zh": "网红", "ko": "인플루언서", "ja": "インフルエンサー"}.get(p.culture, "influencer")
    g = {"zh": ("女", "男"), "ko": ("여자", "남자"), "ja": ("女性", "男性")}.get(
        p.culture, ("ela", "ele")
    )[p.gender == "male"]
    name = c.pick([f"{nm} {pl}", f"{pl}{word} {nm}", f"{nm} ({word})"])
    head = [
        f"{pl} {word} {nm}, {g}",
        c.pick(["粉丝30万", "팔로워 12만", "フォロワー8万", "500 mil seguidores"]),
    ]
    return emit(c, name=name, desc=page(c, head), tags=[word, "real"]), facts(OCR, p)


def cr_hf_handle(c: Ctx) -> Made:
    p = c.person(WEST, c.gender("crhf"))
    h = _handle(c, p)
    c.once("h:" + h)
    slug = re.sub(r"[^a-z0-9]+", "-", h).strip("-")
    card = {
        "base_model": c.pick(HF_BASES),
        "instance_prompt": f"{slug} {gw(p.gender)}",
        "widget": [{"text": f"{slug} {gw(p.gender)}, tiktok selfie, ring light"}],
        "tags": ["lora", "influencer"],
    }
    item = hf(c, repo=f"{c.pick(HF_ORGS)}/{slug}-lora", card=card)
    f = facts(OCR, p)
    f.update(target="@" + h, targets=["@" + h], aliases=[h, slug])
    return item, f


def cr_they_them(c: Ctx) -> Made:
    p = c.person(WEST, c.pick(["female", "male"]))
    h = _handle(c, p)
    c.once("h:" + h)
    name = c.pick([f"{h} (youtube)", f"@{h} lora", f"{p.latin} / {h}"])
    head = [
        f"{p.latin} aka {h} on youtube, they make "
        f"{c.pick(['thrift flip', 'bouldering', 'synth'])} videos. (they/them)",
        "trained on their thumbnails",
    ]
    return emit(c, name=name, desc=page(c, head, h), tags=["youtuber", "creator"]), facts(
        OCR, p, [h], gender="unknown"
    )


# ---------------------------------------------------------------- private people


def pp_partner(c: Ctx) -> Made:
    p = c.person(WEST, c.gender("ppw", 4))
    first = p.latin.split()[0]
    rel = c.pick(
        ["wife", "gf", "girlfriend"] if p.gender == "female" else ["husband", "bf", "boyfriend"]
    )
    name = c.pick([f"my {rel} {first}", f"{first} ({rel})", f"{first.lower()}_lora"])
    s, h = pron(p.gender)
    head = [
        f"made this of my {rel} {first}, {s} said ok 😅 trained on {h} phone pics",
        "private use mostly",
    ]
    item = emit(
        c,
        name=name,
        desc=page(c, head, first.lower()),
        tags=["person", gw(p.gender)],
        trained=[first.lower()],
    )
    f = facts(PP, p)
    f.update(target=first, targets=[first], aliases=[])
    return item, f


def pp_ex_request(c: Ctx) -> Made:
    p = c.person((*WEST, "ru", "ar"), c.gender("ppx", 4))
    first = p.latin.split()[0]
    rel = "ex" if c.rng.random() < 0.6 else c.pick(["old classmate", "crush"])
    name = c.pick([f"[REQUEST] {first}", f"bounty: lora of {first}", f"{first} ({rel}) pls"])
    s, h = pron(p.gender)
    head = [
        f"can someone train {first}, my {rel}? I have {c.rng.randrange(15, 60)} pics of {h} "
        "from insta, will pay buzz",
        f"{s} has {c.pick(['red hair', 'freckles', 'a nose ring', 'glasses'])}",
    ]
    item = emit(c, name=name, desc=page(c, head), tags=["request", "bounty", gw(p.gender)])
    f = facts(PP, p)
    f.update(target=first, targets=[first], aliases=[])
    return item, f


def pp_neighbour_coworker(c: Ctx) -> Made:
    p = c.person(WEST, c.gender("ppn", 3))
    rel = c.pick(["neighbour", "neighbor", "coworker", "boss", "colleague", "yoga teacher"])
    s, h = pron(p.gender)
    name = c.pick([f"{p.latin} ({rel})", f"{rel} {p.latin.split()[0]}", f"{p.latin} lora"])
    head = [
        f"{p.latin} is my {rel}, took pics at the "
        f"{c.pick(['bbq', 'office party', 'wedding'])} lol, {s} doesn't know",
        f"{h} face is really consistent at 0.8",
    ]
    return emit(
        c, name=name, desc=page(c, head, squash(p.latin)), tags=["person", gw(p.gender)]
    ), facts(PP, p)


def pp_hf_sks(c: Ctx) -> Made:
    p = c.person(WEST, c.gender("pph", 4))
    first = p.latin.split()[0]
    rel = c.pick(
        ["sister", "mom", "cousin", "wife"]
        if p.gender == "female"
        else ["brother", "dad", "cousin"]
    )
    card = {
        "base_model": c.pick(HF_BASES),
        "instance_prompt": f"a photo of sks {gw(p.gender)}",
        "widget": [{"text": f"a photo of sks {gw(p.gender)} as an astronaut"}],
        "description": (
            f"DreamBooth of my {rel} {first} for {c.pick(['a birthday card', 'a gift'])}"
        ),
        "tags": ["dreambooth", "lora"],
    }
    item = hf(
        c, repo=f"{c.pick(HF_ORGS)}/{snake(first)}-{c.pick(['db', 'dreambooth', 'sks'])}", card=card
    )
    f = facts(PP, p)
    f.update(target=first, targets=[first], aliases=[])
    return item, f


def pp_initials(c: Ctx) -> Made:
    p = c.person(WEST, c.gender("ppi"))
    ini = "".join(w[0] for w in p.latin.split())
    s, h = pron(p.gender)
    name = f"{ini} {gw(p.gender)} lora"
    head = [
        f"{ini} {gw(p.gender)} — a friend, trained on {h} photos with permission. {s} wanted "
        "fantasy portraits"
    ]
    item = emit(
        c,
        name=name,
        desc=page(c, head, f"{ini} {gw(p.gender)}"),
        tags=["person"],
        trained=[f"{ini} {gw(p.gender)}"],
    )
    f = facts(PP, p)
    f.update(target=ini, targets=[ini], aliases=[])
    return item, f


# fmt: off
FRIEND = {
    "latam": "mi amiga {n}, le hice este lora con sus fotos",
    "br": "minha namorada {n}, fiz com as fotos dela",
    "pl": "moja dziewczyna {n}, zdjęcia z telefonu",
    "ru": "моя девушка {n}, фото с телефона",
    "ar": "صديقتي {n}، صور من الهاتف",
    "zh": "我女朋友{n}，用她的照片练的",
    "ko": "여자친구 {n} 사진으로 학습",
    "ja": "彼女の{n}の写真で学習しました",
}
# fmt: on


def pp_native(c: Ctx) -> Made:
    cul = c.pick(list(FRIEND))
    p = c.person((cul,), "female")
    first = (
        p.script.split()[-1]
        if cul == "ja"
        else p.script[2:]
        if cul in ("zh", "ko")
        else p.latin.split()[0]
    )
    if cul in ("ar", "ru"):
        first = p.script.split()[0]
    name = (
        c.pick(["lora privada", "personal", "私人", "개인용", "private"])
        + f" {c.rng.randrange(1, 30)}"
    )
    head = [FRIEND[cul].format(n=first)]
    item = emit(c, name=name, desc=page(c, head), tags=["person"])
    f = facts(PP, p)
    f.update(target=first, targets=[first], aliases=[])
    return item, f


# ---------------------------------------------------------------- hard negatives


def neg(c: Ctx, kind: str, **kw: Any) -> Made:
    return emit(c, **kw), facts(kind, None)


# fmt: off
ANIME = [
    ("Seraphine Kuroyuri", "Azure Requiem", "黒百合セラフィーヌ"),
    ("Mitsuha Tsukigase", "Tenkuu no Kanata", "月ヶ瀬みつは"),
    ("Rinne Amatsuka", "Stellar Bloom Academy", "天塚りんね"),
    ("Yue Linglan", "Cloudsea Chronicle", "月灵澜"), ("Baek Ha-neul", "Tower of Dawn", "백하늘"),
    ("Kaede Hoshimiya", "Magical Gear Prism", "星宮かえで"),
    ("Liora Vantablack", "Ashen Crown", ""),
    ("Sakuya Fujiwarano", "Hanafuda Knights", "藤原乃さくや"),
    ("Xiao Wanxing", "Star Rail of the Jade Sea", "萧晚星"),
    ("Aoi Kisaragi", "Neon Drifters", "如月あおい"), ("Elowen Marchetti", "Gunmetal Sonata", ""),
    ("Mei Suzukaze", "Ultraviolet Idols", "鈴風めい"),
]
# fmt: on


def n_anime_full(c: Ctx) -> Made:
    ch, fr, sc = c.pick(ANIME)
    form = c.pick([ch, ch.lower(), f"{ch} ({fr})", f"{ch} | {fr}", f"{sc or ch} / {ch}", snake(ch)])
    trig = snake(ch)
    head = [
        f"{ch} from {fr}.",
        f"outfits: {trig}_default, {trig}_swimsuit",
        c.pick(["IL version uses danbooru tags", "ponyXL ok"]),
    ]
    tags = [
        "anime",
        "character",
        c.pick(["girl", "1girl", "game character", "woman"]),
        snake(fr).replace("_", " "),
    ]
    if c.rng.random() < 0.2:
        tags.remove("character")
    return neg(
        c,
        "character_anime",
        name=form,
        desc=page(c, head, f"1girl, {trig}"),
        tags=tags,
        trained=[trig],
    )


GAME_CN = [
    ("云瑶笙", "Yun Yaosheng", "星海幻梦"),
    ("白露霜", "Bai Lushuang", "九州灵境"),
    ("洛璃月", "Luo Liyue", "灵境回响"),
]


def n_game_char_script(c: Ctx) -> Made:
    sc, rom, game = c.pick(GAME_CN + [(b, a, fr) for a, fr, b in ANIME if b])
    name = c.pick([f"{sc} {game}", f"{rom} ({game}) {sc}", f"[{game}] {sc}"])
    head = [f"{game} 角色 {sc}", "二次元 / anime style"]
    return neg(
        c,
        "character_anime",
        name=name,
        desc=page(c, head, snake(rom)),
        tags=["anime", "character", "game", "美女"],
    )


# fmt: off
WESTERN = [
    ("Captain Lyra Stormhold", "Starfall Saga comics"), ("Mabel Quinch", "Cartoon: Pickle Lane"),
    ("Agent Dessa Crowe", "Nightline (video game)"),
    ("Princess Oriel", "The Glass Kingdom (animated film)"),
    ("Bronn Ironvale", "Forge & Fury (RPG)"), ("Wendy Puddleby", "Puddleby Farm (cartoon)"),
]
# fmt: on


def n_western_char(c: Ctx) -> Made:
    ch, fr = c.pick(WESTERN)
    name = c.pick([ch, f"{ch} - {fr.split(' (')[0]}", f"{ch} [Pony]"])
    head = [
        f"{ch} from {fr}. 3D render / cartoon style, not realistic",
        "outfit tags in the gallery",
    ]
    return neg(
        c,
        "character_western",
        name=name,
        desc=page(c, head, snake(ch)),
        tags=["character", "cartoon", "3d"],
    )


# fmt: off
VTUBERS = [
    "Nemu Lunaberry", "Kiri Paradox", "Usagi Tenshi", "Vesper Hollowmoon", "Pipi Cosmos",
    "Aoba Chronowave",
]
# fmt: on


def n_vtuber(c: Ctx) -> Made:
    v = c.pick(VTUBERS)
    name = c.pick([f"{v} (VTuber)", f"{v} vtuber model", f"{v} | Live2D"])
    head = [
        f"{v}, indie VTuber, her model by {c.pick(['@kumo_rig', 'mamaArtist'])}. Live2D outfit 2.0",
        "anime style only",
    ]
    return neg(
        c,
        "character_vtuber",
        name=name,
        desc=page(c, head, snake(v)),
        tags=["vtuber", "anime", "character", "girl"],
    )


# fmt: off
ARTISTS = [
    "Orsolya Venkatesh", "Bartholomew Quill", "Hideaki Nagatsuki", "Imelda Varga",
    "Tobiah Rennard", "Sunniva Halberg", "Koffi Asante-Mbeki", "Wen Qiushui",
]
# fmt: on


def n_artist_style(c: Ctx) -> Made:
    a = c.pick(ARTISTS)
    form = c.pick(
        [
            f"{a} style",
            f"style of {a}",
            f"{a.split()[-1]} Style LoRA",
            f"{snake(a)}_style",
            f"in the style of {a.lower()}",
        ]
    )
    head = [
        f"painting style inspired by {a} ({c.pick(['oil', 'watercolor', 'ink', 'gouache'])}), "
        f"use 'by {a}' at 0.6",
        "landscapes and portraits, works on any subject",
    ]
    return neg(
        c,
        "artist_style",
        name=form,
        desc=page(c, head, f"painting by {a}"),
        tags=["style", "artstyle", "painting"],
    )


PHOTOGRAPHERS = ["Lazlo Vantongeren", "Priyanka Ostrowe", "Matthias Kjellberg"]


def n_photographer_style(c: Ctx) -> Made:
    a = c.pick(PHOTOGRAPHERS)
    name = c.pick([f"{a} photography style", f"{a.split()[-1]} look", f"{a} film look XL"])
    head = [
        f"emulates the {c.pick(['grainy b&w', 'pastel', 'harsh flash'])} look of photographer {a}.",
        "style only, no faces trained",
    ]
    return neg(
        c,
        "artist_style",
        name=name,
        desc=page(c, head, "photo of a woman"),
        tags=["style", "photography"],
    )


# fmt: off
CONCEPTS = [
    ("hand on hip pose", "pose"), ("looking over shoulder", "pose"), ("dutch angle", "camera"),
    ("rim lighting", "lighting"), ("neon backlight", "lighting"), ("golden hour glow", "lighting"),
    ("Instagram filter (Valencia look)", "filter"), ("2010s tumblr selfie filter", "filter"),
    ("iphone photo / amateur snapshot", "filter"),
    ("celebrity red carpet background", "background"), ("paparazzi flash", "lighting"),
    ("selfie mirror pose", "pose"),
]
# fmt: on


def n_concept(c: Ctx) -> Made:
    cc, k = c.pick(CONCEPTS)
    name = c.pick([cc, cc.title(), f"{cc} [{c.pick(BASES)}]", f"{cc} - concept lora"])
    head = [
        f"{k} helper. "
        + c.pick(
            [
                "works with any character",
                "pairs well with realistic checkpoints",
                "weight 0.5 is enough",
            ]
        )
    ]
    tags = ["concept", k, c.pick(["photography", "woman", "celebrity", "girl"])]
    return neg(c, "concept", name=name, desc=page(c, head, "1girl, " + cc), tags=tags)


# fmt: off
OBJECTS = [
    ("1998 Rallye Coupé", "vehicle"), ("Brutalist library", "building"),
    ("Vintage Leica camera", "object"), ("Harbour crane", "building"),
    ("Ceramic teapot set", "object"), ("Sport bike Kestrel 900", "vehicle"),
    ("Art deco cinema", "building"), ("Mechanical keyboard", "object"),
]
# fmt: on


def n_object(c: Ctx) -> Made:
    o, k = c.pick(OBJECTS)
    name = c.pick([o, f"{o} LoRA", f"{o} ({k})"])
    head = [f"{k} lora, trained on {c.rng.randrange(20, 80)} photos of the {o.lower()}."]
    return neg(
        c, "concept", name=name, desc=page(c, head, o.lower()), tags=[k, "photorealistic", "object"]
    )


# fmt: off
CLOTHES = [
    "School uniform (sailor)", "Hanbok modern", "Qipao slit dress", "Office lady suit",
    "Nurse scrubs", "Lace lingerie set", "Ao dai", "Kente wrap dress", "Sari drape",
    "Denim jacket oversized", "Gothic lolita dress", "JK blazer uniform",
]
# fmt: on


def n_clothing(c: Ctx) -> Made:
    cl = c.pick(CLOTHES)
    if cl.startswith("JK"):
        cl = "Blazer uniform"
    name = c.pick([cl, f"{cl} | outfit", f"[Outfit] {cl}", f"{cl} XL"])
    head = [
        f"outfit lora: {cl.lower()}. works on any girl / woman, adult models only.",
        "trigger: outfit name",
    ]
    tags = ["clothing", "outfit", c.pick(["woman", "girl", "fashion"])]
    return neg(c, "clothing", name=name, desc=page(c, head, cl.lower()), tags=tags)


# fmt: off
CKPT = [
    "RealVision Asia", "PhotonDream", "Mistral Skin XL", "TrueLens Pro", "UltraReal Fusion",
    "NaturalPhoto",
]
# fmt: on
CKPT_GIVEN = ["Chloe", "Aria", "Mira", "Yuna", "Sofia", "Leah", "Kira", "Nadia", "Zara"]


def n_checkpoint(c: Ctx) -> Made:
    nm = c.pick(CKPT)
    name = f"{nm} {c.pick(['v5', 'XL v2', 'v3.1 Turbo', 'Lightning', 'pruned'])}"
    head = [
        f"{nm}: photoreal checkpoint, good skin texture, asian and western faces",
        "recommended: DPM++ 2M Karras, cfg 4-6",
        c.pick(["merged from my old models", "trained on 40k images", "vae baked"]),
    ]
    return neg(
        c,
        "checkpoint_realistic",
        name=name,
        desc=page(c, head),
        tags=["checkpoint", "photorealistic", "realistic", "woman"],
        mtype="Checkpoint",
    )


def n_checkpoint_given(c: Ctx) -> Made:
    g = c.pick(CKPT_GIVEN)
    name = c.pick(
        [
            f"{g}Mix",
            f"{g} Realistic",
            f"{g}_Real v{c.rng.randrange(1, 8)}",
            f"{g.lower()}Merge XL",
            f"{g} Photo",
        ]
    )
    head = [
        f"{name}: "
        + c.pick(["realistic checkpoint, v3 fixes skin", "my merge (the name is my cat's lol)"]),
        "any face, any ethnicity, merge of public models",
    ]
    return neg(
        c,
        "checkpoint_realistic",
        name=name,
        desc=page(c, head),
        tags=["checkpoint", "base model", "photorealistic"],
        mtype="Checkpoint",
    )


def n_merge_recipe(c: Ctx) -> Made:
    parts = c.rng.sample(CKPT, 3)
    name = (
        f"{c.pick(['Hybrid', 'Blend', 'Fusion'])} "
        f"{c.pick(['Realism', 'Portrait', 'Skin'])} {c.rng.randrange(2, 9)}"
    )
    head = [f"merged from: {parts[0]} 0.4 + {parts[1]} 0.35 + {parts[2]} 0.25", "no person trained"]
    return neg(
        c,
        "checkpoint_realistic",
        name=name,
        desc=page(c, head),
        tags=["checkpoint", "merge"],
        mtype="Checkpoint",
    )


def n_tool(c: Ctx) -> Made:
    k = c.pick(["vae", "upscaler", "base", "controlnet", "embedding"])
    if k == "base" and c.rng.random() < 0.5:
        variant = c.pick(
            ["sdxl-base-fp8", "flux1-dev-nf4", "sd15-pruned-emaonly", "illustrious-v2-gguf"]
        )
        repo = f"{c.pick(HF_ORGS)}/{variant}"
        card = {
            "license": "other",
            "tags": ["text-to-image", "quantized"],
            "base_model": HF_BASES[c.rng.randrange(2)],
        }
        return hf(c, repo=repo, card=card, tags=["gguf"], files=["model.gguf"]), facts("tool", None)
    name, mtype = {
        "vae": (c.pick(["FixFace VAE", "kl-f8 anime vae", "sdxl vae fp16 fix"]), "VAE"),
        "upscaler": (
            c.pick(["4x Skin Detail upscaler", "2x Photo ESRGAN", "face restore GFPGAN pack"]),
            "Upscaler",
        ),
        "base": (
            c.pick(["Flux.1 dev fp8 (mirror)", "SDXL base 1.0 pruned", "Pony v6 no-vae"]),
            "Checkpoint",
        ),
        "controlnet": (
            c.pick(["openpose pack 50 poses", "depth controlnet xl", "canny helper"]),
            "Other",
        ),
        "embedding": (
            c.pick(["BadHands neg", "easynegative v3", "skin fix neg embed"]),
            "TextualInversion",
        ),
    }[k]
    return neg(
        c,
        "tool",
        name=name,
        desc=page(c, [f"{k}. just a tool, put in the right folder"]),
        tags=[k, "tool"],
        mtype=mtype,
    )


def n_generic_face(c: Ctx) -> Made:
    t = c.pick(
        [
            "korean girl",
            "latina woman",
            "nordic woman",
            "office woman",
            "gym girl",
            "college girl",
            "african woman",
            "arab woman",
            "indian woman",
            "redhead woman",
        ]
    )
    name = c.pick([f"{t.title()} face", f"Pretty {t}", f"{t} lora", f"beautiful {t} v2"])
    head = [
        c.pick([f"generic {t} face, random each seed", f"{t} ✨ nice skin", f"{t}, use 0.6"]),
        "tags: " + t,
    ]
    tags = [
        *t.split(),
        "woman" if "woman" in t else "girl",
        c.pick(["photorealistic", "celebrity", "beauty"]),
    ]
    return neg(c, "generic_face", name=name, desc=page(c, head, t), tags=tags)


def n_cjk_beauty(c: Ctx) -> Made:
    t = c.pick(["美女", "女性", "여자", "清纯美女", "韩系女生", "日系女子"])
    name = c.pick([f"{t} 写实 lora", f"{t} realistic face", f"真实{t}"])
    head = [f"{t} / 随机脸 / 랜덤 얼굴 / no specific person"]
    return neg(c, "generic_face", name=name, desc=page(c, head, t), tags=[t, "asian", "girl"])


# fmt: off
ETHNIC = [
    "Korean beauty mix", "Nordic look", "Slavic face helper", "Brazilian look", "Ethiopian beauty",
    "Punjabi look", "Persian features", "Filipina look",
]
# fmt: on


def n_ethnic(c: Ctx) -> Made:
    e = c.pick(ETHNIC)
    name = c.pick([e, f"{e} v{c.rng.randrange(1, 5)}", f"{e} XL"])
    head = [f"pushes {e.split()[0].lower()} facial features, not a person", "mix with anything"]
    return neg(
        c,
        "ethnic_look",
        name=name,
        desc=page(c, head, e.lower()),
        tags=["ethnicity", "woman", "face"],
    )


def n_body(c: Ctx) -> Made:
    b = c.pick(
        [
            "curvy slider",
            "muscle definition",
            "freckles",
            "height slider",
            "petite body",
            "athletic build",
            "tan lines",
        ]
    )
    name = c.pick([b, f"{b} (slider)", f"{b} XL"])
    return neg(
        c,
        "body_type",
        name=name,
        desc=page(c, [f"{b}, use -2 to 2", "works on women and men"]),
        tags=["body", "slider", "concept"],
    )


def n_blend_unnamed(c: Ctx) -> Made:
    n = c.rng.randrange(5, 60)
    name = c.pick(
        [
            f"Mixed face {n:02d}",
            f"Asian face blend v{n % 5 + 1}",
            f"blend of {n} faces",
            f"Averaged face #{n}",
        ]
    )
    head = [
        f"{n} random faces averaged, no real person intended",
        "consistent-ish face between seeds",
    ]
    return neg(
        c, "blend_unnamed", name=name, desc=page(c, head, "1girl"), tags=["face", "blend", "woman"]
    )


def n_doll(c: Ctx) -> Made:
    nat = c.pick(
        ["Korean", "Thai", "Brazilian", "Russian", "Vietnamese", "Japanese", "Mexican", "Polish"]
    )
    name = c.pick([f"{nat} Doll Likeness", f"{nat}DollLikeness", f"{nat.lower()} doll likeness v2"])
    head = [
        f"{nat} doll likeness: a made-up pretty face, not a real person.",
        "lower weight = more variety",
    ]
    return neg(
        c,
        "doll_likeness",
        name=name,
        desc=page(c, head, f"{nat.lower()} doll"),
        tags=["doll", "woman", "photorealistic"],
    )


def n_nonexistent(c: Ctx) -> Made:
    n = c.rng.randrange(1, 200)
    name = c.pick(
        [
            f"This Person Does Not Exist #{n}",
            f"TPDNE face {n}",
            f"nonexistent person pack {n}",
            f"fake face {n} (AI generated)",
        ]
    )
    head = ["faces from a GAN, these people do not exist", "good for stock-photo style images"]
    return neg(
        c,
        "nonexistent_person",
        name=name,
        desc=page(c, head, "photo of a person"),
        tags=["face", "ai generated"],
    )


# fmt: off
OC = [
    "Veyla Sunmarrow", "Juno Aldercrest", "Mika Starveil", "Ilse Brambleton", "Noor Halcyon",
    "Kaito Emberfall",
]
# fmt: on
PERSONA = ["Aiyana (AI influencer)", "Lexi Nova, virtual model", "Sana_AI", "Mila Verse (AI girl)"]


def n_oc(c: Ctx) -> Made:
    o = c.pick(OC)
    name = c.pick(
        [f"{o} (OC)", f"{o} - original character", f"OC: {o}", f"{o} consistent character"]
    )
    head = [
        c.pick([f"{o} is my OC, not based on any real person.", f"my OC {o} 💜 same face"]),
        "turnaround sheet included",
    ]
    return neg(
        c,
        "consistent_character",
        name=name,
        desc=page(c, head, snake(o)),
        tags=["original character", "oc", "consistent character"],
    )


def n_persona(c: Ctx) -> Made:
    o = c.pick(PERSONA)
    if c.rng.random() < 0.3:
        slug = snake(o.split(" (")[0].split(",")[0])
        card = {
            "base_model": HF_BASES[0],
            "instance_prompt": f"{slug} woman",
            "widget": [{"text": f"{slug} woman, beach selfie"}],
            "tags": ["lora", "ai-influencer"],
        }
        return hf(c, repo=f"{c.pick(HF_ORGS)}/{slug}-persona", card=card), facts(
            "consistent_character", None
        )
    name = c.pick([o, f"{o} v2", f"{o} | made up character"])
    head = [f"{o}: AI persona for my insta page, fully synthetic face.", "she is not real :)"]
    return neg(
        c,
        "consistent_character",
        name=name,
        desc=page(c, head, snake(o)),
        tags=["ai influencer", "consistent character", "woman"],
    )


# fmt: off
GAME3D = [
    ("Commander Vex Arlen", "Iron Tide"), ("Sister Orlaith", "Chantry of Embers"),
    ("Dr. Kessa Moreau", "Deadlight Protocol"), ("Raine Calloway", "Hollow Divide"),
]
# fmt: on


def n_realistic_game_char(c: Ctx) -> Made:
    ch, game = c.pick(GAME3D)
    name = c.pick([f"{ch} ({game})", f"{ch} - realistic", f"{game}: {ch} [photoreal]"])
    head = [
        f"{ch} from the game {game}. realistic render of the in-game model, no actor/face "
        "model used",
        "outfit: default armor",
    ]
    return neg(
        c,
        "character_western",
        name=name,
        desc=page(c, head, snake(ch)),
        tags=["character", "video game", "realistic", "woman"],
    )


def n_anime_real_life(c: Ctx) -> Made:
    ch, fr, _ = c.pick(ANIME)
    name = c.pick([f"{ch} (real life ver.)", f"realistic {ch}", f"{ch} 真人化", f"{ch} irl style"])
    head = [
        f"{ch} ({fr}) as if she were a real person, generated face, not based on any actress",
        "photoreal anime character",
    ]
    return neg(
        c,
        "character_anime",
        name=name,
        desc=page(c, head, snake(ch)),
        tags=["character", "realistic", "anime", "cosplay"],
    )


ROSTER = ["Nina", "Tessa", "Oona", "Priya", "Kemi", "Lumi", "Ines", "Dara"]


def n_ai_model_roster(c: Ctx) -> Made:
    names = c.rng.sample(ROSTER, 4)
    name = (
        c.pick(["AI Agency Pack vol.", "Virtual Models Roster", "Synthetic Faces Set"])
        + f" {c.rng.randrange(1, 12)}"
    )
    head = [
        f"4 fictional models: {', '.join(names)}. all synthetic, use the name as trigger",
        "none of them exist",
    ]
    return neg(
        c,
        "consistent_character",
        name=name,
        desc=page(c, head, names[0].lower() + " woman"),
        tags=["consistent character", "ai model", "woman"],
        trained=[n.lower() for n in names],
    )


# ---------------------------------------------------------------- the plan

Template = Callable[[Ctx], Made]
POSITIVES: dict[str, tuple[Template, int]] = {
    "pf_title_trade": (p_title_trade, 14),
    "pf_tags_only": (p_tags_only, 12),
    "pf_trigger_only": (p_trigger_only, 12),
    "pf_file_only": (p_file_only, 10),
    "pf_version_name": (p_version_name, 8),
    "pf_desc_last_para": (p_desc_last_para, 10),
    "pf_hf_card": (p_hf_card, 12),
    "pf_script_only": (p_script_only, 12),
    "pf_runtogether_file": (p_runtogether_file, 8),
    "pf_family_first_hyphen": (p_family_first_hyphen, 8),
    "pf_camel_title": (p_camel_title, 6),
    "pf_live_action_role": (p_live_action_role, 10),
    "pf_ordinary_word_name": (p_ordinary_word_name, 10),
    "pf_named_blend": (p_named_blend, 8),
    "pf_initials_cues": (p_initials_cues, 5),
    "pf_stage_name": (p_stage_name, 5),
    "pf_native_desc": (p_native_desc, 8),
    "pf_adult_uniform_east": (p_adult_uniform_east, 8),
    "pf_idol_group": (p_idol_group, 6),
    "pf_pronoun_only_tag": (p_pronoun_only_tag, 6),
    "minor_stated_age": (p_minor_stated_age, 5),
    "minor_youth_word": (p_minor_youth_word, 3),
    "cr_handle_only": (cr_handle_only, 10),
    "cr_handle_realname": (cr_handle_realname, 10),
    "cr_streamer": (cr_streamer, 7),
    "cr_subscription": (cr_subscription, 7),
    "cr_cosplayer": (cr_cosplayer, 7),
    "cr_native_platform": (cr_native_platform, 8),
    "cr_hf_handle": (cr_hf_handle, 6),
    "cr_they_them": (cr_they_them, 5),
    "pp_partner": (pp_partner, 10),
    "pp_ex_request": (pp_ex_request, 9),
    "pp_neighbour_coworker": (pp_neighbour_coworker, 10),
    "pp_hf_sks": (pp_hf_sks, 9),
    "pp_initials": (pp_initials, 6),
    "pp_native": (pp_native, 10),
}
NEGATIVES: dict[str, tuple[Template, int]] = {
    "anime_full_name": (n_anime_full, 22),
    "game_char_script": (n_game_char_script, 12),
    "western_character": (n_western_char, 18),
    "vtuber_model": (n_vtuber, 16),
    "artist_name_style": (n_artist_style, 16),
    "photographer_style": (n_photographer_style, 6),
    "pose_light_filter": (n_concept, 22),
    "object_vehicle_building": (n_object, 12),
    "clothing_outfit": (n_clothing, 24),
    "realistic_checkpoint": (n_checkpoint, 14),
    "given_name_checkpoint": (n_checkpoint_given, 14),
    "checkpoint_merge_recipe": (n_merge_recipe, 6),
    "tool_or_base_variant": (n_tool, 20),
    "generic_type_face": (n_generic_face, 16),
    "cjk_generic_face": (n_cjk_beauty, 8),
    "ethnic_look_mix": (n_ethnic, 16),
    "body_slider": (n_body, 16),
    "unnamed_face_blend": (n_blend_unnamed, 16),
    "doll_likeness_face": (n_doll, 16),
    "nonexistent_face": (n_nonexistent, 16),
    "original_character": (n_oc, 12),
    "ai_persona": (n_persona, 12),
    "realistic_game_char": (n_realistic_game_char, 12),
    "anime_real_life": (n_anime_real_life, 12),
    "ai_model_roster": (n_ai_model_roster, 12),
}
MINOR_SHAPES = {"minor_stated_age", "minor_youth_word"}
PROMINENCE = {PF: "public_figure", OCR: "online_creator", PP: "private_or_unknown"}


def build(part: str = "hold22") -> tuple[list[Item], list[Label]]:
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


def counts_table(labels: list[Label] | None = None) -> str:
    rows: Counter[tuple[str, str]] = Counter()
    for lab in labels if labels is not None else build("hold22")[1]:
        rows[(lab["kind"], lab["shape"])] += 1
    keys = sorted(rows, key=lambda ks: (ks[0] not in PROMINENCE, ks))
    lines = ["| kind | shape | hold22 |", "|---|---|---|"]
    lines += [f"| `{k}` | `{s}` | {rows[(k, s)]} |" for k, s in keys]
    return "\n".join(lines)


def totals(labels: list[Label] | None = None) -> str:
    labels = labels if labels is not None else build("hold22")[1]
    like = [x for x in labels if x["likeness"]]
    g = Counter(x["gender"] for x in like)
    k = Counter(x["kind"] for x in like)
    return (
        f"Totals: hold22: {len(labels)} items, {len(like)} likeness (public figure "
        f"{k[PF]}, creator {k[OCR]}, private {k[PP]}; female {g['female']}, male {g['male']}, "
        f"unknown {g['unknown']}), sexual intent {sum(x['sexual_intent'] for x in labels)}, "
        f"minor risk {sum(x['minor_risk'] for x in labels)}, Hugging Face "
        f"{sum(x['platform'] == 'huggingface' for x in labels)}."
    )


def digest(part: str) -> str:
    return hashlib.sha256((HERE / f"{part}.jsonl").read_bytes()).hexdigest()


if __name__ == "__main__":
    if "--counts" in sys.argv:
        labs = build("hold22")[1]
        print(counts_table(labs))
        print()
        print(totals(labs))
    else:
        for p in sys.argv[1:] or list(SEEDS):
            write(p)
