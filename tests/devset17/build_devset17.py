# ruff: noqa: E501  (vocabulary and wording lists are kept one idea per line)
"""Build the seventeenth dev set (tests/devset17): ``dev17`` and ``hold17``, seeded, byte for byte.

Usage, from the repository root::

    .venv/bin/python tests/devset17/build_devset17.py            # rewrite the four files
    .venv/bin/python tests/devset17/build_devset17.py --counts   # print the README's table

Every person is invented. The two parts share the shapes but not the wordings: each template
list is split in two (``Ctx.var``: even entries for dev17, odd ones for hold17), and so are the
name pools (``Ctx.half``). The cue rules (``sexual_cue``, ``minor_cue``) are checked against
every label, and the two never meet.
"""

from __future__ import annotations

import functools
import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SEEDS = {"dev17": 170_417, "hold17": 171_717}
ID_BASE = {"dev17": 17_100_000, "hold17": 17_500_000}
Item = dict[str, Any]
Label = dict[str, Any]
Made = tuple[Item, dict[str, Any]]

# ---------------------------------------------------------------- cues

SEXUAL = re.compile(
    r"\b(?:nsfw|nude|nudes|nudity|naked|lingerie|topless|boudoir|sexy|porn|pornstar|onlyfans|"
    r"fansly|lewd|erotic|hentai|explicit|r18|18\+)(?!\w)",
    re.IGNORECASE,
)
STATED_AGE = re.compile(
    r"(?<![\d.,:v])(\d{1,2}) ?(?:yo\b|y/o\b|years? old\b|-year-old\b|歳|세|岁|살)"
    r"|\b(?:aged|age:?) ?(\d{1,2})\b",
    re.IGNORECASE,
)
YOUTH = re.compile(
    r"\b(?:teen|teens|teenage|teenager|schoolgirl|junior high|middle school|"
    r"high school student|child actor|child actress|underage|kid|minor)\b"
    r"|中学生|高校生|初中生|小学生|중학생|고등학생|未成年",
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
    """Civitai's nsfw flag, an R/X/XXX/Blocked bit, an image rated Mature/X, HF's
    not-for-all-audiences tag, or a sexual word in the visible text."""
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


# ---------------------------------------------------------------- vocabulary (all invented)

F_EN = [
    "Maren", "Odessa", "Corinna", "Juniper", "Tamsin", "Liesl", "Orla", "Saskia", "Noemi",
    "Briony", "Isolde", "Marisol", "Delphine", "Willa", "Rosalind", "Thea", "Annika", "Celeste",
    "Maeve", "Ines", "Lorna", "Fenna", "Ysolde", "Petra", "Calla", "Edie", "Hester", "Liora",
]  # fmt: skip
M_EN = [
    "Callum", "Anders", "Teodor", "Rafferty", "Emeric", "Lucan", "Bastien", "Osric", "Dorian",
    "Leopold", "Caspian", "Evander", "Jarrah", "Soren", "Ansel", "Lorcan",
]  # fmt: skip
SUR_A = ["Var", "Quel", "Brin", "Mor", "Tess", "Ald", "Kes", "Harv", "Orm", "Pell", "Rask",
         "Vand", "Wend", "Yar", "Cald", "Grel", "Thur", "Ebb"]  # fmt: skip
SUR_B = ["ridge", "holm", "wick", "ovan", "ette", "mere", "dahl", "quist", "vale", "court",
         "brook", "ington", "acre", "lowe"]  # fmt: skip
WORD_F = ["Daisy", "Holly", "Summer", "Ivy", "Hazel", "Dawn", "April", "Pearl", "Meadow",
          "Autumn", "Clover", "Sunny"]  # fmt: skip
WORD_M = ["Hunter", "Cliff", "Forrest", "Glen", "Heath", "Brook"]
WORD_SUR = ["Fox", "Day", "Stone", "Chase", "Frost", "Wren", "Hart", "Lake", "Bloom", "Field",
            "Marsh", "Snow", "Cross", "Bell", "Rivers", "Moss"]  # fmt: skip
KO_FAM = [("Seo", "서"), ("Yoon", "윤"), ("Baek", "백"), ("Gong", "공"), ("Cha", "차"),
          ("Bang", "방"), ("Pyo", "표"), ("Tak", "탁"), ("Yeon", "연"), ("Ok", "옥"),
          ("Sim", "심"), ("Jeon", "전"), ("Ha", "하"), ("Do", "도")]  # fmt: skip
KO_F = [("Seul-bi", "슬비"), ("Da-som", "다솜"), ("Ha-yul", "하율"), ("Ye-rin", "예린"),
        ("Eun-seol", "은설"), ("So-yul", "소율"), ("Ji-ah", "지아"), ("Yun-seo", "윤서"),
        ("Si-eun", "시은"), ("Ga-on", "가온"), ("Ri-a", "리아"), ("Chae-bin", "채빈"),
        ("Bo-min", "보민"), ("Na-rae", "나래")]  # fmt: skip
KO_M = [("Do-hyun", "도현"), ("Tae-oh", "태오"), ("Si-woo", "시우"), ("Geon-u", "건우"),
        ("Seung-ho", "승호"), ("Ji-han", "지한"), ("Eun-chan", "은찬"), ("Yu-bin", "유빈")]  # fmt: skip
ZH_FAM = [("Ouyang", "欧阳"), ("Wenren", "闻人"), ("Dongfang", "东方"), ("Yuwen", "宇文"),
          ("Huangfu", "皇甫"), ("Gongsun", "公孙"), ("Zhuo", "卓"), ("Gan", "甘"),
          ("Xiang", "向"), ("Kuang", "邝"), ("Qu", "瞿"), ("Lian", "连")]  # fmt: skip
ZH_F = [("Yutong", "雨桐"), ("Shuyao", "书瑶"), ("Ruoxi", "若汐"), ("Muqing", "沐晴"),
        ("Wanqing", "婉清"), ("Xinyue", "歆玥"), ("Jingshu", "静姝"), ("Yinuo", "伊诺"),
        ("Qinglan", "清岚"), ("Siyu", "思妤")]  # fmt: skip
ZH_M = [("Zimo", "子墨"), ("Jingxing", "景行"), ("Yichen", "亦宸"), ("Siyuan", "思远"),
        ("Mingze", "明泽"), ("Hanlin", "翰霖")]  # fmt: skip
JA_FAM = [("Sakakibara", "榊原"), ("Kuon", "久遠"), ("Himuro", "氷室"), ("Mikage", "御影"),
          ("Yukimura", "雪邑"), ("Shiramine", "白峰"), ("Makabe", "真壁"), ("Tsukishiro", "月城"),
          ("Kazamatsuri", "風祭"), ("Amagiri", "天霧")]  # fmt: skip
JA_F = [("Hinano", "ひなの"), ("Yuzuha", "ゆずは"), ("Miori", "みおり"), ("Kotone", "ことね"),
        ("Shizuku", "しずく"), ("Ririka", "りりか"), ("Emiri", "えみり"), ("Sayuki", "さゆき"),
        ("Mahiro", "まひろ"), ("Tsumugi", "つむぎ")]  # fmt: skip
JA_M = [("Haruto", "はると"), ("Sota", "そうた"), ("Kaito", "かいと"), ("Rinnosuke", "りんのすけ")]
SHOWS = ["Midnight Pharmacy", "The Saltwater Ledger", "Crimson Harbor", "Paper Lanterns",
         "Ninth Floor Clinic", "Glass Orchard", "Borrowed Summer", "The Quiet Precinct",
         "Moonlit Bakery", "Iron Valley", "Second Spring", "Velvet Court"]  # fmt: skip
ROLES_F = ["Detective Mira", "Dr. Ahn", "Captain Reyes", "Nurse Odile", "Queen Seora",
           "Prosecutor Lin", "Miss Tansy", "Lady Corvina"]  # fmt: skip
ROLES_M = ["Inspector Kael", "Prince Haewon", "Chef Dario", "Sergeant Bram", "Lord Ashby"]
GROUPS = [("NOVAWAVE", "노바웨이브"), ("PRISMIA", "프리즈미아"), ("L'ORBIT", "엘오빗"),
          ("CHERRYNINE", "체리나인"), ("SOLSTICE", "솔스티스"), ("VIVIDOT", "비비닷")]  # fmt: skip
M_GROUPS = [("ATLAS9", "아틀라스나인"), ("BLUEFORGE", "블루포지")]
ANIME_CHARS = ["Kagari Suzune", "Amane Riko", "Shirogane Ayu", "Tokiwa Nanase", "Hoshimiya Ren",
               "Mitsurugi Sae", "Kurobane Yui", "Aozora Mifuyu", "Hibiki Tsugumi", "Oboro Kanna",
               "Sekiya Hotaru", "Fuyutsuki Rin"]  # fmt: skip
ANIME_WORKS = ["Starlit Requiem", "Blade of Ninefold Sky", "Academy Arcana", "Azure Drift",
               "Clockwork Maidens", "Eclipse Protocol"]  # fmt: skip
ANIME_HANZI = [("凌霜华", "Cloudsea Chronicle"), ("苏瑶光", "Jade Sword Saga"),
               ("白露晞", "Cloudsea Chronicle"), ("叶知秋", "Jade Sword Saga"),
               ("雪見あかり", "Azure Drift"), ("天音ほたる", "Starlit Requiem"),
               ("한별이", "Neon Dungeon"), ("서리나", "Neon Dungeon")]  # fmt: skip
WEST_CHARS = ["Captain Wrenna Volt", "Professor Bumblesnatch", "Gloria Gearwright",
              "Agent Pike Marlowe", "Princess Tallowyn", "Doc Ironsides", "Mabel Quickfuse",
              "Sheriff Dusty Rowan"]  # fmt: skip
WEST_WORKS = ["Skyforge Tactics (game)", "Gearwick Adventures (cartoon)", "Hollowmere (game)",
              "Pocket Galaxy (animated)", "Rustbucket Rangers (cartoon)"]  # fmt: skip
VTUBERS = ["Momo Starfizz", "Nyaru Kiriboshi", "Lumi Abyssia", "Kuroha Mochizuki",
           "Pipi Seashell", "Rei Glowmoth"]  # fmt: skip
PAINTERS = ["Aurelio Vantemberg", "Greta Lindqvale", "Hollis Drummarck", "Ottilie Ferncastle",
            "Sebastiano Mirelli", "Wynona Carrowby", "Ilse Bruckmeer", "Taddeo Quarrin"]  # fmt: skip
OC_NAMES = ["Lyra Venholt", "Sable Okonkwo-Reyes", "Mina Caldrift", "Yuna Hoshizora",
            "Keira Ashvane", "Noa Brightwell", "Elodie Marchetti-Vos", "Sun-hee Arclight"]  # fmt: skip
ORGS = ["pixelmoth-labs", "tiderun", "softgrain-ai", "kestrelwork", "lumenbay", "orchid-tensor",
        "fernweh-ml", "quietpixel", "mothlight", "hanbit-lora", "yuki-diffuse", "bluejay-gen"]  # fmt: skip
UPLOADERS = ["dusk_tinker", "loramancer77", "pinecone_px", "grainy_gal", "kimchi_diffusion",
             "xx_sampler_xx", "moonbyte", "tofu_weights", "hazy_orchid", "stepcount", "ramen_vae",
             "nightowl_ai"]  # fmt: skip
SAMPLERS = ["Euler a", "DPM++ 2M Karras", "DPM++ SDE", "Euler", "Restart", "UniPC"]
SCENES = ["street snap, night city", "cafe window, morning light", "studio portrait, grey seamless",
          "beach at golden hour", "rooftop, overcast", "subway platform, film photo",
          "flower market", "library, warm lamp"]  # fmt: skip
THANKS = ["感谢支持～有问题评论区见", "いつもありがとうございます🙏", "좋아요 눌러주세요 ㅎㅎ",
          "Merci à tous ❤", "Obrigado pelo apoio!!", "Danke an alle Tester", "gracias x el apoyo",
          "Cảm ơn nhé", "Terima kasih 🙏", "Salamat!!"]  # fmt: skip
SUPPORT = ["buy me a coffee → ko-fi.com/{u}", "patreon.com/{u} for early access",
           "commissions open, DM me", "pls leave a review w/ your pics 🥺", "discord in profile",
           "no reupload pls 🙅"]  # fmt: skip
FIXES = ["fixed overfit", "better eyes", "less plastic skin", "retrained on more images",
         "flux port", "smaller file", "fixed color cast", "works with Pony now"]  # fmt: skip
EMOJI = ["✨", "🔥", "💖", "📸", "🌸", "⭐", "🎀", "💫", ""]
BASES = ["SD 1.5", "SDXL 1.0", "Pony", "Flux.1 D", "Illustrious", "SD 1.5"]


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
        self.seen: list[tuple[str, str, str, str, str, str]] = []  # adult East-Asian people

    def pick(self, seq: Sequence[Any]) -> Any:
        return seq[self.rng.randrange(len(seq))]

    def var(self, seq: Sequence[Any]) -> Any:
        """A wording of this part: even entries for dev17, odd ones for hold17."""
        half = seq[0::2] if self.part == "dev17" else seq[1::2]
        return self.pick(half or seq)

    def half(self, seq: Sequence[Any]) -> Any:
        """A name of this part's half of a pool (the parts share no invented person)."""
        n = len(seq) // 2
        return self.pick(seq[:n] if self.part == "dev17" else seq[n:])

    def once(self, key: str) -> None:
        if key in self.keys:
            raise Retry
        self.keys.add(key)

    def new_id(self) -> int:
        self.next_id += self.rng.randrange(4, 61)
        return self.next_id

    def hexs(self, n: int) -> str:
        return "".join(self.pick("0123456789abcdef") for _ in range(n))

    def gender(self, key: str, every: int = 3) -> str:
        self.turns[key] += 1
        return "male" if self.turns[key] % every == 2 else "female"

    def fresh(self, full: str) -> str:
        if full in self.names:
            raise Retry
        self.names.add(full)
        return full

    def western(self, g: str, words: bool = False) -> tuple[str, str]:
        if words:
            given = self.half(WORD_F if g == "female" else WORD_M)
            fam = self.half(WORD_SUR)
        else:
            given = self.half(F_EN if g == "female" else M_EN)
            fam = self.pick(SUR_A) + self.pick(SUR_B)
        self.fresh(f"{given} {fam}")
        return given, fam

    def east(self, culture: str, g: str) -> tuple[str, str, str, str]:
        """(family romanised, given romanised, family script, given script)."""
        fam_pool, f_pool, m_pool = {
            "ko": (KO_FAM, KO_F, KO_M),
            "zh": (ZH_FAM, ZH_F, ZH_M),
            "ja": (JA_FAM, JA_F, JA_M),
        }[culture]
        fam = self.half(fam_pool)
        given = self.pick(f_pool if g == "female" else m_pool)
        self.fresh(f"{fam[0]} {given[0]}")
        return fam[0], given[0], fam[1], given[1]


# ---------------------------------------------------------------- page furniture


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def snake(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", ascii_fold(text).lower()).strip("_")


def squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", ascii_fold(text).lower())


def html(*parts: str) -> str:
    return "".join(p if p.startswith("<") else f"<p>{p}</p>" for p in parts if p)


def settings(c: Ctx) -> str:
    w = c.pick(["0.6", "0.7", "0.75", "0.8", "0.9", "1.0"])
    rows = [
        f"weight {w} (0.6~0.9 ok)",
        f"sampler: {c.pick(SAMPLERS)} / steps {c.rng.randrange(20, 45)} / cfg {c.pick([3, 4, 5, 6.5, 7])}",
        c.pick(["hires fix x1.5 denoise 0.4 (4x-UltraSharp)", "adetailer face_yolov8n", "clip skip 2",
                "flux guidance 3.5, no neg", "vae: sdxl_vae.safetensors"]),
    ]  # fmt: skip
    return "<p><strong>Settings</strong></p><ul>" + "".join(f"<li>{r}</li>" for r in rows) + "</ul>"


def prompt_block(c: Ctx, subject: str) -> str:
    pos = f"{subject}, {c.pick(SCENES)}, {c.pick(['8k', 'raw photo', 'film grain', 'dslr'])}"
    neg = "(worst quality:1.4), lowres, bad hands, watermark, blurry"
    return f"<pre><code>{pos}\nNegative prompt: {neg}</code></pre>"


def changelog(c: Ctx) -> str:
    n = c.rng.randrange(1, 4)
    m = c.rng.randrange(3, 12)
    rows = [f"{m - k:02d}/{c.rng.randrange(1, 29):02d} v{n - k}: {c.pick(FIXES)}" for k in range(n)]
    return "<p>Changelog</p><ul>" + "".join(f"<li>{r}</li>" for r in rows) + "</ul>"


NOTES = [
    "<p>Recommended: <strong>weight 0.7-0.85</strong>, don't go above 1 or it fries. "
    "works with most realistic merges, tested on 3-4 of them.</p>",
    "<p>⚠ I am not responsible for what you make with this. follow the site rules.</p>",
    "<p>If you like it pls give a ❤ and post your pics, it really helps!! Remixes welcome.</p>",
    "<p><em>Training</em>: kohya_ss, AdamW8bit, lr 1e-4, dim 16 / alpha 8, 10 epochs, batch 2, "
    "bucketing on, captions WD14 + manual fix.</p>",
    "<p>Known issues: hands sometimes, overbaked at high cfg, slight yellow tint on 1.5 → use a "
    "good vae.</p>",
    "<p>Pairs nicely with my other loras (check profile). no trigger needed on XL version.</p>",
]


def page(c: Ctx, head: list[str], subject: str | None) -> str:
    parts = list(head)
    parts += c.rng.sample(NOTES, c.pick([0, 1, 1, 2, 3]))
    if c.rng.random() < 0.85:
        parts.append(settings(c))
    if subject is not None and c.rng.random() < 0.8:
        parts.append(prompt_block(c, subject))
    if c.rng.random() < 0.7:
        parts.append(changelog(c))
    parts.append(c.pick(SUPPORT).format(u=c.pick(UPLOADERS)))
    if c.rng.random() < 0.6:
        parts.append(c.pick(THANKS))
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
    fname: str | None = None,
    vname: str | None = None,
    sexual: bool = False,
    sfw: bool = False,
    meta: str | None = None,
    extra_versions: int = 0,
) -> Item:
    """A Civitai /api/v1/models item, in the 2023 catalog shape or the 2025 shape."""
    mid = c.new_id()
    new = c.rng.random() < 0.5
    if not extra_versions and c.rng.random() < 0.15:
        extra_versions = c.pick([1, 1, 2])
    ext = ".pt" if mtype == "TextualInversion" else ".safetensors"
    vers = []
    for vi in range(1 + extra_versions):
        vid = mid * 3 + 7 + vi
        images = []
        for k in range(c.rng.randrange(1, 4)):
            img: dict[str, Any] = {
                "id": vid * 10 + k,
                "url": f"https://image.civitai.com/xG1nkqKTMzGDvpLrqFT7WA/{c.hexs(8)}-{c.hexs(4)}"
                f"/width=832/{vid}{k}.jpeg",
                "width": c.pick([512, 768, 832, 1024]),
                "height": c.pick([768, 1216, 1024, 1152]),
                "hash": "U" + c.hexs(27),
            }
            if new:
                img.update(
                    nsfwLevel=(4 if k else 8) if sexual else 1 if sfw else c.pick([1, 1, 2]),
                    type="image",
                    minor=False,
                    poi=False,
                    hasMeta=meta is not None and k == 0,
                    onSite=False,
                )
            else:
                img["nsfw"] = (
                    ("Mature" if k else "X")
                    if sexual
                    else "None"
                    if sfw
                    else c.pick(["None", "None", "Soft"])
                )
            if meta is not None and k == 0:
                img["meta"] = {
                    "prompt": meta,
                    "negativePrompt": "lowres, bad anatomy, text",
                    "sampler": c.pick(SAMPLERS),
                    "steps": c.rng.randrange(20, 40),
                    "cfgScale": c.pick([4, 5, 7]),
                    "seed": c.rng.randrange(10**8, 10**10),
                }
            images.append(img)
        made = f"{'2025' if new else '2023'}-{c.rng.randrange(1, 10):02d}-{c.rng.randrange(10, 28)}"
        v: dict[str, Any] = {
            "id": vid,
            "name": (
                vname
                if vi == 0 and vname
                else c.pick(["v1.0", "v2", "V3", "final", "XL", "flux_v1", "epoch10"])
            ),
            "baseModel": c.pick(BASES),
            "createdAt": made + "T09:14:33.000Z",
            "description": None,
            "trainedWords": trained or [],
            "files": [
                {
                    "id": vid + 1,
                    "sizeKB": round(c.rng.uniform(9000, 230000), 2),
                    "name": (
                        fname if vi == 0 and fname else (snake(name) or "model") + f"_v{vi + 1}"
                    )
                    + ext,
                    "type": "Model",
                    "pickleScanResult": "Success",
                    "virusScanResult": "Success",
                    "metadata": {"format": "SafeTensor", "fp": c.pick(["fp16", "bf16"])},
                    "hashes": {"AutoV2": c.hexs(10).upper()},
                    "downloadUrl": f"https://civitai.com/api/download/models/{vid}",
                    "primary": True,
                }
            ],  # fmt: skip
            "images": images,
            "downloadUrl": f"https://civitai.com/api/download/models/{vid}",
        }
        if new:
            v.update(
                index=vi,
                status="Published",
                availability="Public",
                publishedAt=v["createdAt"],
                nsfwLevel=(1 | 4 | 8) if sexual else 1 if sfw else c.pick([1, 3]),
                stats={"downloadCount": c.rng.randrange(2, 7000), "thumbsUpCount": c.rng.randrange(200)},
            )  # fmt: skip
        else:
            v.update(modelId=mid, earlyAccessTimeFrame=0)
        vers.append(v)
    item: Item = {
        "id": mid,
        "name": name,
        "description": desc,
        "type": mtype,
        "poi": False,
        "nsfw": sexual,
        "allowNoCredit": c.rng.random() < 0.6,
        "allowCommercialUse": c.pick([["Image"], []]) if new else c.pick(["Image", "None", "Rent"]),
        "allowDerivatives": True,
    }
    if new:
        item.update(
            minor=False,
            sfwOnly=False,
            nsfwLevel=(1 | 4 | 8) if sexual else 1 if sfw else c.pick([1, 3]),
            availability="Public",
            cosmetic=None,
            supportsGeneration=c.rng.random() < 0.4,
        )
    user = c.pick(UPLOADERS)
    item.update(
        stats={"downloadCount": c.rng.randrange(5, 30000), "favoriteCount": c.rng.randrange(400),
               "commentCount": c.rng.randrange(40), "ratingCount": c.rng.randrange(20)},
        creator={"username": user, "image": f"https://image.civitai.com/u/{c.hexs(8)}.png"},
        tags=tags,
        modelVersions=vers,
    )  # fmt: skip
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
) -> Item:
    """A Hugging Face ModelInfo item as /api/models?full=true&cardData=true returns it."""
    c.once("hf:" + repo)
    base = card.get("base_model")
    extra = ["diffusers", pipeline]
    if isinstance(base, str):
        extra.append(f"base_model:adapter:{base}" if "lora" in tags else f"base_model:{base}")
    if sexual:
        extra.append("not-for-all-audiences")
    sib = []
    for f in [".gitattributes", "README.md", *(files or ["pytorch_lora_weights.safetensors"])]:
        s: dict[str, Any] = {"rfilename": f}
        if f.endswith((".safetensors", ".bin", ".onnx", ".pth")):
            s["lfs"] = {"sha256": c.hexs(64), "size": c.rng.randrange(10**6, 5 * 10**9),
                        "pointerSize": 134}  # fmt: skip
        sib.append(s)
    return {
        "_id": c.hexs(24),
        "id": repo,
        "modelId": repo,
        "author": repo.split("/")[0],
        "sha": c.hexs(40),
        "createdAt": f"2025-{c.rng.randrange(1, 13):02d}-0{c.rng.randrange(1, 10)}T12:00:00.000Z",
        "lastModified": f"2026-0{c.rng.randrange(1, 9)}-1{c.rng.randrange(0, 9)}T07:45:00.000Z",
        "private": False,
        "disabled": False,
        "gated": c.pick([False, False, "auto"]),
        "downloads": c.rng.randrange(0, 5000),
        "likes": c.rng.randrange(0, 60),
        "library_name": "diffusers",
        "tags": [*tags, *extra, "license:other", "region:us"],
        "pipeline_tag": pipeline,
        "cardData": card,
        "siblings": sib,
    }


def hf_lora(
    c: Ctx,
    slug: str,
    trig: str,
    widget: list[str],
    desc: str,
    tags: list[str],
    sexual: bool = False,
) -> Item:
    base = c.pick(["black-forest-labs/FLUX.1-dev", "stabilityai/stable-diffusion-xl-base-1.0"])
    card = {
        "license": "other",
        "base_model": base,
        "tags": ["text-to-image", "lora", *tags],
        "instance_prompt": trig,
        "widget": [{"text": w} for w in widget],
        "description": desc,
    }
    return hf(c, repo=f"{c.pick(ORGS)}/{slug}", tags=["lora", *tags], card=card, sexual=sexual)


def facts(kind: str, target: str | None, gender: str | None, aliases: Sequence[str] = (),
          targets: list[str] | None = None) -> dict[str, Any]:  # fmt: skip
    return {
        "kind": kind,
        "target": target,
        "gender": gender,
        "targets": targets if targets is not None else ([target] if target else []),
        "aliases": [a for a in dict.fromkeys(aliases) if a and a != target],
    }


def e(c: Ctx) -> str:
    return c.pick(EMOJI)


PF, OC, PP = "public_figure", "online_creator", "private_person"
KO_TRADE = {
    "female": ["여배우", "걸그룹", "여자 가수", "여자 아이돌"],
    "male": ["남자 배우", "보이그룹", "남자 가수"],
}
ZH_TRADE = {"female": ["女演员", "女歌手", "美女", "女性"], "male": ["男演员", "男歌手", "男性"]}
JA_TRADE = {"female": ["女優", "女性タレント", "女性歌手"], "male": ["俳優", "男性歌手"]}
EN_TRADE = {
    "female": ["actress", "singer (she/her)", "news anchor, woman", "female tennis player",
               "TV presenter (she)", "female politician", "model, woman"],
    "male": ["actor", "male singer", "news anchor, man", "football player (he/him)",
             "male politician", "TV presenter (he)"],
}  # fmt: skip


# ---------------------------------------------------------------- positives: public figures


def p_hangul_only(c: Ctx) -> Made:
    g = c.gender("ko", 4)
    fam, giv, sf, sg = c.east("ko", g)
    c.seen.append(("ko", g, fam, giv, sf, sg))
    script = sf + sg
    trade = c.pick(KO_TRADE[g])
    name = c.var([f"{script} {e(c)}", f"{script} | {trade}", f"[{trade}] {script} LoRA",
                  f"{script} 로라 v{c.rng.randrange(1, 5)}"])  # fmt: skip
    head = [c.var([f"{script} 로라입니다. {trade}", f"{trade} {script} 학습했어요 사진 {c.rng.randrange(30, 90)}장",
                   f"{script} ({trade}) — 트리거 없이도 됨", f"요청받은 {script}. {trade}"])]  # fmt: skip
    tags = [c.pick(["한국", "korean", "kpop"]), trade.split()[0], c.pick(["여자", "idol", "celebrity"])
            if g == "female" else c.pick(["남자", "celebrity"])]  # fmt: skip
    item = civ(c, name=name, desc=page(c, head, script), tags=tags,
               fname=c.pick([f"lora_{c.rng.randrange(100, 999)}", "kface_v2", script]))  # fmt: skip
    gtr = giv.replace("-", "")
    return item, facts(PF, f"{fam} {giv}", g, [script, f"{giv} {fam}", f"{gtr} {fam}"])


def p_hanzi_pinyin_file(c: Ctx) -> Made:
    g = c.gender("zh", 4)
    fam, giv, sf, sg = c.east("zh", g)
    c.seen.append(("zh", g, fam, giv, sf, sg))
    script = sf + sg
    run = (fam + giv).lower()
    trade = c.pick(ZH_TRADE[g])
    name = c.var(
        [f"{script}", f"{script}{trade}lora", f"【{script}】真人模型", f"{script}_{e(c)}v2"]
    )
    head = [c.var([f"{script}，{trade}。训练集{c.rng.randrange(40, 120)}张", f"{trade}{script}，触发词见下",
                   f"{script} 的LoRA，权重0.7左右", f"内地{trade}{script}"])]  # fmt: skip
    item = civ(c, name=name, desc=page(c, head, run), tags=["中国", trade, "真人"],
               trained=[run], fname=c.var([run, f"{run}_v1", f"{run}-000012", f"{run}XL"]))  # fmt: skip
    return item, facts(PF, f"{fam} {giv}", g, [script, f"{giv} {fam}", run])


def p_kanji_kana(c: Ctx) -> Made:
    g = c.gender("ja", 4)
    fam, giv, sf, sg = c.east("ja", g)
    c.seen.append(("ja", g, fam, giv, sf, sg))
    script = sf + sg
    trade = c.pick(JA_TRADE[g])
    name = c.var([f"{script}", f"{script}（{trade}）", f"{sf} {sg} LoRA", f"{script}風 {e(c)}"])
    head = [c.var([f"{trade}の{script}さんのLoRAです。", f"{script}／{trade}。学習枚数{c.rng.randrange(20, 80)}",
                   f"{sf}{sg}さん、{trade}。SDXL用", f"リクエストいただいた{trade}・{script}"])]  # fmt: skip
    item = civ(c, name=name, desc=page(c, head, None), tags=["japanese", trade, "realistic"],
               fname=f"{snake(fam)}_{snake(giv)}")  # fmt: skip
    return item, facts(PF, f"{fam} {giv}", g, [script, f"{giv} {fam}"])


def p_family_first_hyphen(c: Ctx) -> Made:
    g = c.gender("kf", 3)
    fam, giv, sf, sg = c.east("ko", g)
    c.seen.append(("ko", g, fam, giv, sf, sg))
    full = f"{fam} {giv}"
    trade = c.pick(["K-drama actress", "actress", "kpop idol (girl group)", "female MC"] if g == "female"
                   else ["K-drama actor", "kpop idol (boy group)", "actor"])  # fmt: skip
    name = c.var([f"{full} - {trade}", f"{full.upper()} {e(c)}", f"{full} LoRA [SDXL]",
                  f"{full} | Korean {trade}"])  # fmt: skip
    head = [c.var([f"{full} ({sf}{sg}), {trade}.", f"lora of {full}, {trade}. trained on ~{c.rng.randrange(30, 99)} imgs",
                   f"{trade} {full}. pls dont use for bad stuff", f"my fav {trade} {full} 💕"])]  # fmt: skip
    trig = snake(full)
    item = civ(c, name=name, desc=page(c, head, trig), tags=["korean", "celebrity", trade.split()[0]],
               trained=[trig])  # fmt: skip
    return item, facts(PF, full, g, [f"{sf}{sg}", f"{giv} {fam}", trig])


def p_camelcase(c: Ctx) -> Made:
    g = c.gender("cc", 3)
    giv, fam = c.western(g)
    camel = giv[0].lower() + giv[1:] + fam
    trade = c.pick(EN_TRADE[g])
    name = c.var([camel, f"{camel} {e(c)}", f"{camel}_XL", f"{camel} ({trade.split()[0]})"])
    head = [c.var([f"{camel} - {trade}", f"trigger: {camel}. {trade}", f"{trade}. use {camel} in prompt",
                   f"{camel} lora, {trade}, v{c.rng.randrange(1, 4)}"])]  # fmt: skip
    item = civ(c, name=name, desc=page(c, head, camel), tags=["celebrity", c.pick(["realistic", "person"])],
               trained=[camel], fname=camel)  # fmt: skip
    return item, facts(PF, f"{giv} {fam}", g, [camel])


def p_live_action_role(c: Ctx) -> Made:
    g = c.gender("la", 3)
    role = c.pick(ROLES_F if g == "female" else ROLES_M)
    show = c.pick(SHOWS)
    c.once(f"role:{role}:{show}")
    if c.rng.random() < 0.5:
        fam, giv, sf, sg = c.east("ko", g)
        actor, aliases = f"{fam} {giv}", [f"{sf}{sg}", f"{giv} {fam}"]
    else:
        giv, fam = c.western(g)
        actor, aliases = f"{giv} {fam}", []
    medium = c.pick(["K-drama", "TV series", "Netflix series", "live action drama", "C-drama"])
    pr = "she" if g == "female" else "he"
    name = c.var([f"{role} from {show}", f"{role} ({show}) {e(c)}", f"{show} - {role} [live action]",
                  f"{role} | {show} {medium}"])  # fmt: skip
    head = [c.var([f"{role} as played by {actor} in the {medium} {show}.",
                   f"{actor}'s look as {role}, {show} ({medium}). {pr} nailed it",
                   f"{medium} {show}: {role} ({actor}). Screencaps from ep 1-8",
                   f"Live-action {role}, portrayed by {actor}. {pr.capitalize()} is the reason I watched"])]  # fmt: skip
    if c.rng.random() < 0.3:
        head.append(
            "Character LoRA. This is a fictional character; any resemblance is coincidental."
        )
    item = civ(c, name=name, desc=page(c, head, snake(role)), trained=[snake(role)],
               tags=["character", c.pick(["tv", "drama", "movie"]), "actress" if g == "female" else "actor"])  # fmt: skip
    return item, facts(PF, actor, g, aliases)


def p_ordinary_word_name(c: Ctx) -> Made:
    g = c.gender("ow", 4)
    giv, fam = c.western(g, words=True)
    full = f"{giv} {fam}"
    trade = c.pick(EN_TRADE[g])
    low = full.lower()
    name = c.var(
        [full, f"{low} lora", f"{full} ({trade.split(',')[0]})", f"{low.replace(' ', '_')} v2"]
    )
    head = [c.var([f"{full}, {trade}.", f"made this of {full} ({trade}) from red carpet pics",
                   f"{trade} {full}. best at 0.8", f"{low} - {trade}"])]  # fmt: skip
    item = civ(c, name=name, desc=page(c, head, snake(full)), tags=["celebrity", trade.split()[0]],
               trained=[squash(full)], fname=snake(full))  # fmt: skip
    return item, facts(PF, full, g, [squash(full)])


def p_named_blend(c: Ctx) -> Made:
    g = "female" if c.rng.random() < 0.8 else "male"
    people = []
    for _ in range(c.pick([2, 2, 3])):
        giv, fam = c.western(g)
        people.append(f"{giv} {fam}")
    joined = " + ".join(people)
    word = "actresses" if g == "female" else "actors"
    name = c.var([f"Blend: {joined}", f"{' x '.join(people)} mix", f"{joined} merge {e(c)}",
                  f"face blend ({', '.join(people)})"])  # fmt: skip
    head = [c.var([f"A blend of {word} {joined}.", f"mixed {', '.join(people)} 50/50, the {word} faces",
                   f"two {word}: {joined} merged into one face", f"Recipe: {joined} ({word})"])]  # fmt: skip
    item = civ(c, name=name, desc=page(c, head, "blendface"), tags=["blend", "celebrity", "face"])
    return item, facts(PF, people[0], g, [], people)


def p_group_alias(c: Ctx) -> Made:
    g = "female" if c.rng.random() < 0.8 else "male"
    grp, grp_h = c.pick(GROUPS if g == "female" else M_GROUPS)
    fam, giv, sf, sg = c.east("ko", g)
    stage = giv.split("-")[-1].capitalize() + c.pick(["", "i", "ny"])
    c.once(f"stage:{grp}:{stage}")
    gw = "걸그룹" if g == "female" else "보이그룹"
    name = c.var(
        [f"{grp} {stage}", f"{stage} ({grp}) {e(c)}", f"{grp_h} {stage} LoRA", f"{stage} of {grp}"]
    )
    head = [c.var([f"{gw} {grp} 멤버 {stage} (본명 {sf}{sg}, {fam} {giv})",
                   f"{stage} from {grp} ({gw}). real name {fam} {giv}",
                   f"{grp} {stage} / {sf}{sg}. {gw}", f"{gw} {grp_h} — {stage} ({fam} {giv})"])]  # fmt: skip
    item = civ(c, name=name, desc=page(c, head, f"{squash(grp)}_{stage.lower()}"),
               tags=["kpop", grp.lower(), gw], trained=[f"{squash(grp)}_{stage.lower()}"])  # fmt: skip
    return item, facts(
        PF, f"{fam} {giv}", g, [f"{sf}{sg}", f"{giv} {fam}", stage, f"{grp} {stage}"]
    )


def p_script_variants(c: Ctx) -> Made:
    g = c.gender("sv", 4)
    culture = c.pick(["ko", "zh", "ja"])
    fam, giv, sf, sg = c.east(culture, g)
    script = sf + sg
    handle = squash(giv + fam) + c.pick(["_official", ".daily", "_", "0"])
    trade = c.pick({"ko": KO_TRADE, "zh": ZH_TRADE, "ja": JA_TRADE}[culture][g])
    name = c.var([f"{script} / {fam} {giv} / @{handle}", f"{fam} {giv} ({script})", f"{giv} {fam} | {script}",
                  f"@{handle} {script}"])  # fmt: skip
    head = [c.var([f"{trade} {script} ({giv} {fam}). ig: @{handle}", f"aka {script}, {trade}, insta @{handle}",
                   f"{fam} {giv} = {script}. {trade}", f"{script} 「{giv} {fam}」 {trade}"])]  # fmt: skip
    item = civ(
        c, name=name, desc=page(c, head, squash(fam + giv)), tags=[trade, "celebrity", culture]
    )
    return item, facts(PF, f"{fam} {giv}", g, [script, f"{giv} {fam}", f"@{handle}", handle])


def p_pronoun_gender(c: Ctx) -> Made:
    g = c.gender("pg", 3)
    giv, fam = c.western(g)
    full = f"{giv} {fam}"
    s, p = ("she", "her") if g == "female" else ("he", "his")
    trade = c.pick(["comedian", "chef on TV", "climber", "podcaster with a TV show", "weather presenter",
                    "senator", "figure skater", "golfer"])  # fmt: skip
    name = c.var(
        [f"{full}", f"{full} {e(c)} v{c.rng.randrange(1, 4)}", f"{fam}, {giv}", f"{full} [Flux]"]
    )
    head = [c.var([f"{full}, the {trade}. {s} has a very distinctive smile, trained on {p} interviews.",
                   f"{trade} {full}. used {p} press photos, {s} looks great at 0.8",
                   f"{giv} {fam} ({trade}). {s.capitalize()} requested by a lot of ppl",
                   f"{fam} is a {trade}; {p} face from 60 event pics"])]  # fmt: skip
    item = civ(c, name=name, desc=page(c, head, snake(full)), tags=["celebrity", "real person"],
               trained=[squash(full)])  # fmt: skip
    return item, facts(PF, full, g, [f"{fam}, {giv}", squash(full)])


def p_adult_cute_uniform(c: Ctx) -> Made:
    culture = c.pick(["ko", "ja", "zh"])
    fam, giv, sf, sg = c.east(culture, "female")
    script = sf + sg
    age = c.pick(["24歳", "27세", "born 1997", "26岁", "(age 25)", "29歳", "born 2001"])
    cue = c.pick(
        ["cute", "petite", "school uniform", "制服", "young", "kawaii", "girl", "セーラー服"]
    )
    name = c.var([f"{script} {cue} {e(c)}", f"{fam} {giv} - {cue} style", f"{script}（{cue}）",
                  f"{giv} {fam} {cue} photoshoot"])  # fmt: skip
    head = [c.var([f"{script} ({fam} {giv}), gravure model, {age}. {cue} outfits from her photobook.",
                   f"Actress {fam} {giv} {script}, {age}. {cue} look from a drama promo.",
                   f"{script}, {age}, idol. Dataset is mostly {cue} concept photos, she looks great in all of them",
                   f"{fam} {giv} ({age}) in a {cue} costume for a commercial. adult woman."])]  # fmt: skip
    item = civ(c, name=name, desc=page(c, head, f"{cue}, 1girl"), tags=[cue, "girl", "asian", "celebrity"],
               sfw=True)  # fmt: skip
    return item, facts(PF, f"{fam} {giv}", "female", [script, f"{giv} {fam}"])


def p_minor_stated_age(c: Ctx) -> Made:
    g = "female" if c.rng.random() < 0.7 else "male"
    culture = c.pick(["ko", "zh", "ja", "en"])
    if culture == "en":
        giv, fam = c.western(g)
        target, aliases, show = f"{giv} {fam}", [], f"{giv} {fam}"
    else:
        fam, giv, sf, sg = c.east(culture, g)
        target, aliases, show = f"{fam} {giv}", [sf + sg, f"{giv} {fam}"], f"{fam} {giv} ({sf}{sg})"
    n = c.rng.randrange(13, 18)
    age = c.var([f"{n} years old", f"({n}yo)", f"{n}세", f"{n}歳", f"{n}岁", f"aged {n}"])
    trade = c.pick(["figure skater", "chess player", "swimmer", "drama actor", "singer", "gymnast"])
    s = "She" if g == "female" else "He"
    item = civ(c, name=f"{show}", desc=page(c, [f"{show}, {trade}, {age}. {s} trains every day."], None),
               tags=[trade.split()[0], "portrait"], sfw=True)  # fmt: skip
    return item, facts(PF, target, g, aliases)


def p_minor_youth_word(c: Ctx) -> Made:
    g = "female" if c.rng.random() < 0.7 else "male"
    giv, fam = c.western(g)
    word = c.var(["teen", "junior high", "high school student", "中学生", "teenager", "고등학생"])
    trade = c.pick(["tennis", "piano", "spelling bee", "diving", "ballet"])
    where = c.pick(["tags", "desc"])
    s = "She" if g == "female" else "He"
    head = [
        f"{giv} {fam}, {trade}. {s} won a regional title."
        + (f" {word} {trade} player" if where == "desc" else "")
    ]
    tags = [trade, "portrait"] + ([word] if where == "tags" else [])
    item = civ(c, name=f"{giv} {fam} {e(c)}", desc=page(c, head, None), tags=tags, sfw=True)
    return item, facts(PF, f"{giv} {fam}", g)


def p_public_nsfw(c: Ctx) -> Made:
    g = "female" if c.rng.random() < 0.85 else "male"
    giv, fam = c.western(g)
    full = f"{giv} {fam}"
    trade = c.pick(["adult film actress", "pornstar", "glamour model", "actress"] if g == "female"
                   else ["adult film actor", "actor"])  # fmt: skip
    name = c.var(
        [
            f"{full} (NSFW)",
            f"{full} {e(c)} nsfw capable",
            f"{full} - {trade}",
            f"{full} lewd edition",
        ]
    )
    head = [c.var([f"{full}, {trade}. nsfw ok", f"{trade} {full}, does nude fine", f"{full} ({trade}). sexy results at 0.7",
                   f"{trade}: {full}. explicit prompts work"])]  # fmt: skip
    item = civ(c, name=name, desc=page(c, head, snake(full)), tags=["celebrity", "nsfw", "woman" if g == "female" else "man"],
               trained=[squash(full)], sexual=True)  # fmt: skip
    return item, facts(PF, full, g, [squash(full)])


def p_hf_public_slug(c: Ctx) -> Made:
    g = c.gender("hfp", 3)
    if c.rng.random() < 0.5:
        giv, fam = c.western(g)
        full, aliases = f"{giv} {fam}", []
        slug = snake(full).replace("_", "-")
    else:
        fam, giv, sf, sg = c.east(c.pick(["ko", "zh", "ja"]), g)
        full, aliases = f"{fam} {giv}", [sf + sg, f"{giv} {fam}"]
        slug = squash(fam + giv)
    trade = c.pick(EN_TRADE[g])
    trig = c.var(["TOK", "ohwx", squash(full), "sks person"])
    widget = [f"photo of {trig} {'woman' if g == 'female' else 'man'}, {c.pick(SCENES)}"]
    desc = c.var([f"LoRA of {full}, {trade}.", f"{trade} {full} — flux lora", f"{full}",
                  f"Trained on public photos of {full} ({trade})"])  # fmt: skip
    item = hf_lora(
        c, c.var([f"{slug}-lora", f"flux-{slug}", slug, f"{slug}-sdxl"]), trig, widget, desc, []
    )
    return item, facts(PF, full, g, aliases + [slug])


def p_caps_trigger(c: Ctx) -> Made:
    g = c.gender("caps", 3)
    giv, fam = c.western(g)
    full = f"{giv} {fam}"
    trade = c.pick(EN_TRADE[g])
    caps = full.upper()
    name = c.var(
        [
            f"{caps} 🔥",
            f"{caps} [PONY]",
            f"{caps} | {trade.upper()}",
            f"★{caps}★ v{c.rng.randrange(2, 6)}",
        ]
    )
    head = [c.var([f"{caps} {trade}", f"{trade} - {caps}", f"{caps}. {trade}. dont reupload",
                   f"{caps} ({trade})"])]  # fmt: skip
    trig = caps.replace(" ", "_")
    item = civ(
        c, name=name, desc=page(c, head, trig), tags=["celebrity"], trained=[trig], fname=trig
    )
    return item, facts(PF, full, g, [caps, trig])


def p_same_person_other_form(c: Ctx) -> Made:
    """A person of an earlier item of the part again, in another script or order."""
    if not c.seen:
        raise Retry
    culture, g, fam, giv, sf, sg = c.pick(c.seen)
    c.once(f"again:{fam}:{giv}")
    script = sf + sg
    run = squash(giv + fam)
    trade = c.pick({"ko": KO_TRADE, "zh": ZH_TRADE, "ja": JA_TRADE}[culture][g])
    name = c.var([f"{giv} {fam} v{c.rng.randrange(2, 5)} {e(c)}", f"{run} (flux)", f"{fam.upper()} {giv.upper()}",
                  f"{giv} {fam} [{trade}]"])  # fmt: skip
    head = [c.var([f"new version of {script}, retrained", f"{trade} {giv} {fam}, 2nd lora of her" if g == "female"
                   else f"{trade} {giv} {fam}, 2nd lora of him", f"{script} again, this time for flux",
                   f"v2 of {fam} {giv} ({trade})"])]  # fmt: skip
    item = civ(
        c, name=name, desc=page(c, head, run), tags=[trade, "celebrity"], trained=[run], fname=run
    )
    return item, facts(PF, f"{fam} {giv}", g, [script, f"{giv} {fam}", run])


def p_creator_they(c: Ctx) -> Made:
    giv, fam = c.western(c.pick(["female", "male"]))
    handle = squash(giv + fam)[:10] + c.pick(["_art", ".cos", "plays"])
    c.once("h:" + handle)
    plat = c.pick(["Twitch", "TikTok", "YouTube"])
    head = [c.var([f"{plat} streamer {giv} {fam} (@{handle}), they/them. they ok'd this lora",
                   f"@{handle} ({giv} {fam}) — cosplayer on {plat}; their own photos, with their permission",
                   f"{giv} {fam} aka {handle}, {plat}. they asked me to make it",
                   f"{plat} creator {handle} ({giv} {fam}), they/them"])]  # fmt: skip
    item = civ(c, name=c.var([f"@{handle}", f"{handle} {e(c)}", f"{giv} {fam} (@{handle})", f"{handle} | {plat}"]),
               desc=page(c, head, handle), tags=["creator", plat.lower()], trained=[handle])  # fmt: skip
    return item, facts(OC, f"{giv} {fam}", "unknown", [f"@{handle}", handle])


def p_desc_only_name(c: Ctx) -> Made:
    g = c.gender("do", 3)
    giv, fam = c.western(g)
    full = f"{giv} {fam}"
    trade = c.pick(EN_TRADE[g])
    title = c.var([f"Project {c.pick(['Lumen', 'Aster', 'Velvet', 'Nova'])} v{c.rng.randrange(2, 5)}",
                   f"realistic person {c.rng.randrange(1, 40):02d}", f"Request #{c.rng.randrange(10, 300)} {e(c)}",
                   f"RP-{c.rng.randrange(100, 999)} portrait lora"])  # fmt: skip
    head = [c.var([f"This one is {full}, the {trade}. trained on 70 red carpet photos.",
                   f"subject: {full} ({trade})", f"by request — {trade} {full}. title kept vague on purpose",
                   f"Model of {full}. {trade}, dataset from interviews"])]  # fmt: skip
    item = civ(
        c,
        name=title,
        desc=page(c, head, "rp_person"),
        tags=["person", "realistic"],
        trained=["rp_person"],
    )
    return item, facts(PF, full, g)


# ---------------------------------------------------------------- positives: creators


def p_creator_handle(c: Ctx) -> Made:
    g = c.gender("cr", 4)
    giv, fam = c.western(g)
    handle = c.var([squash(giv) + "." + squash(fam), squash(giv + fam) + "x", f"its{squash(giv)}",
                    f"{squash(giv)}_{squash(fam)[:4]}"])  # fmt: skip
    c.once("h:" + handle)
    plat = c.pick(["instagram", "tiktok", "youtube", "twitch"])
    word = c.pick(["influencer", "tiktoker", "streamer", "youtuber", "cosplayer"])
    name = c.var(
        [f"@{handle}", f"{giv} {fam} (@{handle})", f"{handle} | {plat} {e(c)}", f"{word} {handle}"]
    )
    head = [c.var([f"{plat} {word} {giv} {fam} (@{handle}), {c.rng.randrange(20, 900)}k followers",
                   f"@{handle} — {giv} {fam}, {word}", f"{word} on {plat}: {handle}, real name {giv} {fam}",
                   f"{giv} {fam} aka {handle} ({plat})"])]  # fmt: skip
    item = civ(c, name=name, desc=page(c, head, handle), tags=[word, plat, "woman" if g == "female" else "man"],
               trained=[handle])  # fmt: skip
    return item, facts(OC, f"{giv} {fam}", g, [f"@{handle}", handle])


def p_creator_only_handle(c: Ctx) -> Made:
    g = c.gender("cro", 4)
    giv, _ = c.western(g)
    handle = c.var([f"{squash(giv)}_{c.pick(['fit', 'eats', 'vibes', 'diary', 'travels'])}",
                    f"{squash(giv)}{c.rng.randrange(90, 99)}", f"the.{squash(giv)}.show", f"{squash(giv)}lately"])  # fmt: skip
    c.once("h:" + handle)
    s = "she" if g == "female" else "he"
    plat = c.pick(["TikTok", "IG", "YouTube Shorts", "Twitch"])
    head = [c.var([f"{plat} creator @{handle}, {s} does fitness vids", f"@{handle} from {plat}. {s} posts daily vlogs",
                   f"lora of {plat} girl @{handle}" if g == "female" else f"lora of {plat} guy @{handle}",
                   f"{handle} ({plat}), {s} asked fans for a lora lol"])]  # fmt: skip
    item = civ(c, name=c.var([f"@{handle}", f"{handle} {e(c)}", f"{handle} ({plat})", handle]),
               desc=page(c, head, handle), tags=["influencer", plat.lower()], trained=[handle])  # fmt: skip
    return item, facts(OC, f"@{handle}", g, [handle])


def p_creator_onlyfans(c: Ctx) -> Made:
    giv, fam = c.western("female")
    handle = squash(giv) + c.pick(["xo", "_baby", "vip", "doll"])
    c.once("h:" + handle)
    name = c.var(
        [
            f"{handle} (onlyfans)",
            f"{giv} {fam} OF model",
            f"@{handle} NSFW",
            f"{handle} fansly girl",
        ]
    )
    head = [c.var([f"OnlyFans creator {handle} ({giv} {fam}). nsfw", f"fansly model @{handle}, real name {giv} {fam}",
                   f"{giv} {fam} / {handle}, OF creator, lewd ok", f"{handle} - onlyfans. sexy stuff works"])]  # fmt: skip
    item = civ(c, name=name, desc=page(c, head, handle), tags=["onlyfans", "woman", "nsfw"], trained=[handle],
               sexual=True)  # fmt: skip
    return item, facts(OC, f"{giv} {fam}", "female", [f"@{handle}", handle])


def p_creator_east_asian(c: Ctx) -> Made:
    g = "female" if c.rng.random() < 0.8 else "male"
    culture = c.pick(["zh", "ko", "ja"])
    fam, giv, sf, sg = c.east(culture, g)
    script = sf + sg
    plat = {"zh": c.pick(["抖音", "小红书", "B站", "微博"]), "ko": c.pick(["유튜버", "틱톡커", "인스타"]),
            "ja": c.pick(["YouTuber", "TikToker", "インスタグラマー"])}[culture]  # fmt: skip
    gw = {"zh": "小姐姐" if g == "female" else "小哥哥", "ko": "여자" if g == "female" else "남자",
          "ja": "女性" if g == "female" else "男性"}[culture]  # fmt: skip
    handle = squash(giv) + c.pick(["_", "77", "chan", "daily"])
    c.once("h:" + handle)
    name = c.var(
        [
            f"{plat}{gw} {script}",
            f"{script} @{handle}",
            f"{plat} {script} {e(c)}",
            f"{script}（{plat}）",
        ]
    )
    head = [c.var([f"{plat}博主{script}，@{handle}", f"{plat} {script} ({gw}) — @{handle}",
                   f"{script} / {handle}. {plat} {gw}", f"{gw} {plat} {script}, id: {handle}"])]  # fmt: skip
    item = civ(
        c,
        name=name,
        desc=page(c, head, handle),
        tags=[plat, gw, "网红" if culture == "zh" else "creator"],
    )
    return item, facts(OC, f"{fam} {giv}", g, [script, f"{giv} {fam}", f"@{handle}", handle])


# ---------------------------------------------------------------- positives: private people


def p_private_request(c: Ctx) -> Made:
    g = c.gender("pr", 4)
    giv = c.half(F_EN if g == "female" else M_EN)
    c.once(f"pr:{giv}")
    rel = c.var(["my ex", "my coworker", "a girl from my gym" if g == "female" else "a guy from my gym",
                 "my neighbour", "my old classmate", "my boss"])  # fmt: skip
    s, p = ("she", "her") if g == "female" else ("he", "him")
    name = c.var([f"{giv} (request)", f"{giv} lora {e(c)}", f"[REQ] {giv}", f"{giv} - private"])
    head = [c.var([f"request: {rel} {giv}, trained on 25 pics from {p} facebook",
                   f"{giv} is {rel}. {s} doesnt know lol", f"someone asked for {rel} {giv}. photos from {p} insta",
                   f"{rel} {giv}, commissioned, {p} face only. not a celeb"])]  # fmt: skip
    item = civ(
        c,
        name=name,
        desc=page(c, head, squash(giv)),
        tags=["person", "realistic"],
        trained=[squash(giv)],
    )
    return item, facts(PP, giv, g)


def p_private_partner(c: Ctx) -> Made:
    g = "female" if c.rng.random() < 0.8 else "male"
    giv = c.half(F_EN if g == "female" else M_EN)
    c.once(f"pp:{giv}")
    rel = c.pick(
        ["my wife", "my gf", "my girlfriend"] if g == "female" else ["my husband", "my bf"]
    )
    if c.rng.random() < 0.5:
        trig = "sks " + ("woman" if g == "female" else "man")
        desc = c.var([f"dreambooth of {rel} {giv}", f"{giv} ({rel}), 15 selfies", f"{rel} {giv} for her birthday card",
                      f"test run on {rel} {giv}"])  # fmt: skip
        item = hf_lora(c, c.var([f"{squash(giv)}-dreambooth", f"{squash(giv)}-lora", f"sd-{squash(giv)}", f"{squash(giv)}-face"]),
                       trig, [f"a photo of {trig}, {c.pick(SCENES)}"], desc, ["dreambooth"])  # fmt: skip
    else:
        head = [c.var([f"{rel} {giv} lol, she said ok" if g == "female" else f"{rel} {giv}, he said ok",
                       f"trained on {rel} ({giv})", f"{giv} — {rel}. personal use", f"{rel} {giv} 💍"])]  # fmt: skip
        item = civ(c, name=c.var([f"{giv} ({rel})", f"{giv}_face", f"{giv} lora", f"{rel} {giv}"]),
                   desc=page(c, head, squash(giv)), tags=["person"], trained=[squash(giv)])  # fmt: skip
    return item, facts(PP, giv, g)


def p_private_full_name(c: Ctx) -> Made:
    g = c.gender("pf", 3)
    giv, fam = c.western(g)
    rel = c.var(
        ["my neighbor", "coworker", "old friend", "my cousin's friend", "classmate from uni"]
    )
    name = c.var(
        [f"{giv} {fam}", f"{giv} {fam} ({rel})", f"{giv}{fam} face", f"{giv} {fam} {e(c)}"]
    )
    pw = "her" if g == "female" else "his"
    head = [c.var([f"{rel} {giv} {fam}. not famous, pics from {pw} facebook",
                   f"{giv} {fam} is {rel}, trained on {pw} profile photos", f"private person: {giv} {fam} ({rel})",
                   f"{rel} — {giv} {fam}. just for fun"])]  # fmt: skip
    item = civ(
        c,
        name=name,
        desc=page(c, head, squash(giv + fam)),
        tags=["person"],
        trained=[squash(giv + fam)],
    )
    return item, facts(PP, f"{giv} {fam}", g, [squash(giv + fam)])


# ---------------------------------------------------------------- negatives


def _neg(c: Ctx, kind: str, name: str, head: list[str], tags: list[str], subject: str | None = None,
         **kw: Any) -> Made:  # fmt: skip
    if "mtype" not in kw and name.isascii() and c.rng.random() < 0.3:
        slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
        widget = [f"{subject or 'photo'}, {c.pick(SCENES)}"]
        item = hf_lora(
            c, slug, subject or slug, widget, head[0], tags[:2], sexual=kw.get("sexual", False)
        )
        return item, facts(kind, None, None)
    return civ(c, name=name, desc=page(c, head, subject), tags=tags, **kw), facts(kind, None, None)


def n_anime_char(c: Ctx) -> Made:
    ch, work = c.pick(ANIME_CHARS), c.pick(ANIME_WORKS)
    c.once(f"an:{ch}:{c.rng.randrange(8)}")
    name = c.var(
        [f"{ch} ({work})", f"{ch} - {work} {e(c)}", f"[{work}] {ch}", f"{ch} | {work} | IL"]
    )
    head = [c.var([f"{ch} from the anime {work}.", f"game character {ch}, {work}. outfit tags below",
                   f"{work}: {ch}. 2 outfits", f"{ch} ({work}) anime lora"])]  # fmt: skip
    tags = ["anime", "character", c.pick(["girl", "1girl", "woman"])]
    return _neg(c, "character_anime", name, head, tags, snake(ch), trained=[snake(ch)])


def n_anime_script(c: Ctx) -> Made:
    ch, work = c.pick(ANIME_HANZI)
    c.once(f"as:{ch}:{c.rng.randrange(8)}")
    name = c.var([f"{ch} ({work})", f"{ch}｜{work}", f"{work} {ch} {e(c)}", f"{ch} - {work} anime"])
    head = [c.var([f"{work}（动画）角色{ch}", f"アニメ『{work}』の{ch}", f"{ch}, {work} 애니 캐릭터",
                   f"donghua {work}: {ch}"])]  # fmt: skip
    return _neg(c, "character_anime", name, head, ["anime", "character", "女性"], None)


def n_western_char(c: Ctx) -> Made:
    ch, work = c.pick(WEST_CHARS), c.pick(WEST_WORKS)
    c.once(f"wc:{ch}:{work}")
    name = c.var(
        [f"{ch} - {work}", f"{ch} {e(c)}", f"{ch} ({work.split(' (')[0]})", f"{ch} [3D render]"]
    )
    head = [c.var([f"{ch} from {work}. she/he switch in prompt", f"{work} character {ch}",
                   f"{ch}, cartoon style", f"{ch} of {work}"])]  # fmt: skip
    return _neg(c, "character_western", name, head, ["character", "cartoon", "game"], snake(ch))


def n_vtuber(c: Ctx) -> Made:
    vt = c.pick(VTUBERS)
    c.once(f"vt:{vt}:{c.rng.randrange(8)}")
    name = c.var(
        [f"{vt} (VTuber)", f"{vt} Live2D {e(c)}", f"Vtuber {vt} outfit 2", f"{vt} | vtuber model"]
    )
    head = [c.var([f"VTuber avatar of {vt}, default outfit", f"{vt}'s live2d model, 3 outfits",
                   f"indie vtuber {vt}, fan lora", f"{vt} vtuber (model art)"])]  # fmt: skip
    return _neg(c, "character_vtuber", name, head, ["vtuber", "anime", "character"], snake(vt))


def n_artist_style(c: Ctx) -> Made:
    painter = c.pick(PAINTERS)
    c.once(f"ps:{painter}:{c.rng.randrange(8)}")
    fam = painter.split()[-1]
    name = c.var(
        [
            f"{painter} Style",
            f"{fam} style {e(c)}",
            f"in the style of {painter}",
            f"{fam} oil painting",
        ]
    )
    head = [c.var([f"Painting style of {painter} (oil, 19th c. look).", f"{fam} style — brushwork & palette only",
                   f"style lora after the painter {painter}", f"{painter}-ish art style, no faces learned"])]  # fmt: skip
    return _neg(c, "artist_style", name, head, ["style", "art", "painting"], f"{snake(fam)}_style")


def n_concept(c: Ctx) -> Made:
    what = c.var(["Instagram Filter", "Golden Hour Lighting", "Film Grain 35mm", "Rim Light",
                  "Daisy Chain Crown", "Fox Ears Headband", "Stone Texture Helper", "Snow Bokeh",
                  "Red Carpet Background", "Selfie Angle", "Harsh Flash", "Rainy Window"])  # fmt: skip
    c.once(f"co:{what}:{c.rng.randrange(8)}")
    name = c.var(
        [
            f"{what} {e(c)}",
            f"{what} LoRA",
            f"{what} v{c.rng.randrange(1, 5)}",
            f"{what.lower()} concept",
        ]
    )
    head = [c.var([f"{what} effect for any realistic model.", f"adds {what.lower()}, weight 0.5",
                   f"concept: {what.lower()}", f"{what} — works on SDXL and Pony"])]  # fmt: skip
    tags = ["concept", c.pick(["photography", "lighting", "style"])] + (
        ["celebrity"] if "Carpet" in what else []
    )
    return _neg(c, "concept", name, head, tags, snake(what))


def n_clothing(c: Ctx) -> Made:
    what = c.var(["Sailor School Uniform", "Hanfu Dress", "Hanbok Modern", "Lace Lingerie Set",
                  "Office Lady Suit", "Knit Sweater", "Qipao", "Nurse Outfit", "Tennis Skirt", "Kimono Yukata"])  # fmt: skip
    c.once(f"cl:{what}:{c.rng.randrange(8)}")
    sexual = "Lingerie" in what
    name = c.var([f"{what} {e(c)}", f"{what} | outfit", f"[clothing] {what}", f"{what} for women"])
    head = [c.var([f"Outfit LoRA: {what.lower()}. works on any girl", f"{what} clothing, adult woman wearing it",
                   f"just the {what.lower()}, no face", f"{what} 👗 trigger in version"])]  # fmt: skip
    return _neg(
        c, "clothing", name, head, ["clothing", "outfit", "woman"], snake(what), sexual=sexual
    )


def n_checkpoint(c: Ctx) -> Made:
    base = c.var(["RealVis", "PhotonDream", "AsianRealMix", "K-Beauty Real", "UltraSkin", "RawLens",
                  "Majicish Real", "SeoulPhoto", "TokyoFilm", "ChinaDoll Real"])  # fmt: skip
    v = c.rng.randrange(1, 12)
    c.once(f"ck:{base}:{v}")
    sexual = c.rng.random() < 0.25
    name = c.var(
        [f"{base} v{v}", f"{base} XL {e(c)}", f"{base} - v{v}.0 (baked vae)", f"{base} {v} Pruned"]
    )
    head = [c.var(["Photorealistic checkpoint, good with asian faces and skin.",
                   "merge of my fav realistic models, no celebs inside", "realism model, portrait focused",
                   "general purpose photoreal ckpt"])] + (["nsfw capable"] if sexual else [])  # fmt: skip
    return _neg(c, "checkpoint_realistic", name, head, ["photorealistic", "base model", c.pick(["asian", "realistic"])],
                None, mtype="Checkpoint", sexual=sexual)  # fmt: skip


def n_tool(c: Ctx) -> Made:
    if c.rng.random() < 0.4:
        org = c.pick(ORGS)
        what = c.var(["wd-tagger-onnx", "face-upscaler-4x", "sdxl-vae-fix", "caption-florence-ft",
                      "openpose-hands", "depth-anything-lite"])  # fmt: skip
        c.once(f"tl:{org}:{what}")
        card = {"license": "apache-2.0", "tags": ["tool"], "description": f"{what} utility"}
        item = hf(c, repo=f"{org}/{what}", tags=["onnx" if "onnx" in what else "safetensors"], card=card,
                  files=["model.onnx" if "onnx" in what else "model.safetensors"],
                  pipeline=c.pick(["image-classification", "image-to-image"]))  # fmt: skip
        return item, facts("tool", None, None)
    what = c.var(["4x Face Upscaler", "Negative Embedding (bad hands)", "VAE fix fp16", "Detail Tweaker",
                  "ControlNet Openpose Pack", "Skin Detail Slider"])  # fmt: skip
    c.once(f"tl:{what}:{c.rng.randrange(8)}")
    mtype = {"4": "Upscaler", "N": "TextualInversion", "V": "VAE"}.get(what[0], "LORA")
    return _neg(c, "tool", f"{what} {e(c)}", [c.var(["utility, not a style", "helper tool", "fixes stuff",
                "put in models/ folder"])], ["tool", "utility"], None, mtype=mtype)  # fmt: skip


def n_generic_face(c: Ctx) -> Made:
    nat = c.pick(["Korean", "Japanese", "Chinese", "Thai", "Latina", "Nordic", "Slavic", "Indian"])
    what = c.var([f"{nat} girl", f"beautiful {nat.lower()} woman", f"{nat} 美女", f"{nat} face 여자",
                  f"pretty {nat} lady", f"{nat} woman (generic)"])  # fmt: skip
    c.once(f"gf:{what}:{c.rng.randrange(8)}")
    name = c.var(
        [
            f"{what} {e(c)}",
            f"{what} LoRA",
            f"{what} v{c.rng.randrange(1, 5)}",
            f"{what} - realistic",
        ]
    )
    head = [c.var(["generic face, not a real person", "random pretty faces, different every seed",
                   "makes a typical face of this type", "no specific person, just a type"])]  # fmt: skip
    return _neg(c, "generic_face", name, head, ["woman", "girl", nat.lower(), "realistic"], "1girl")


def n_ethnic_look(c: Ctx) -> Made:
    nat = c.pick(["Korean", "Japanese", "Chinese", "Vietnamese", "Filipina", "Brazilian", "Polish"])
    what = c.var([f"{nat} Doll Likeness", f"{nat} Beauty Mix", f"{nat} look", f"{nat} doll face"])
    c.once(f"el:{what}:{c.rng.randrange(8)}")
    head = [c.var([f"doll likeness of a typical {nat.lower()} face", "averaged from many faces",
                   "look/ethnicity helper", "no real person, blended look"])]  # fmt: skip
    return _neg(c, "ethnic_look", f"{what} {e(c)}", head, ["ethnicity", "woman", "doll"], "1girl")


def n_body_type(c: Ctx) -> Made:
    what = c.var(["curvy slider", "muscle definition", "freckles", "height slider", "chubby cheeks",
                  "tall model body", "wide hips slider", "abs helper"])  # fmt: skip
    c.once(f"bt:{what}:{c.rng.randrange(8)}")
    return _neg(c, "body_type", f"{what} {e(c)}", [c.var(["-2 to 2", "body shape only", "slider lora", "use 0.5~1.5"])],
                ["body", "slider"], None)  # fmt: skip


def n_consistent_character(c: Ctx) -> Made:
    oc = c.pick(OC_NAMES)
    c.once(f"oc:{oc}:{c.rng.randrange(8)}")
    name = c.var([f"{oc} (OC)", f"Consistent Character: {oc}", f"{oc} - AI influencer (fictional)",
                  f"{oc} | original character"])  # fmt: skip
    head = [c.var([f"{oc} is my original character, not based on a real person.",
                   f"made-up consistent face '{oc}' for my comics", f"{oc}: fictional AI model persona, same face every seed",
                   f"OC {oc}. generated from random seeds, nobody real"])]  # fmt: skip
    return _neg(c, "consistent_character", name, head, ["character", "woman", "oc"], snake(oc))


def n_blend_unnamed(c: Ctx) -> Made:
    n = c.rng.randrange(5, 40)
    what = c.var(
        [
            f"Mixed Face {n:02d}",
            f"Asian face blend v{n % 7}",
            f"blend of {n} faces",
            f"MergeFace #{n}",
        ]
    )
    c.once(f"bu:{what}")
    head = [c.var([f"blended from {n} random faces, unique result", "mixed faces, nobody in particular",
                   "face blend, no names", "averaged face, use to get a consistent person"])]  # fmt: skip
    return _neg(c, "blend_unnamed", what, head, ["face", "blend", "woman"], "1girl")


def n_nonexistent(c: Ctx) -> Made:
    n = c.rng.randrange(1, 30)
    what = c.var([f"This Person Does Not Exist #{n}", f"TPDNE face {n}", f"nonexistent girl {n}",
                  f"Person That Doesnt Exist v{n}"])  # fmt: skip
    c.once(f"ne:{what}")
    head = [c.var(["faces from a GAN, these people do not exist", "thispersondoesnotexist style faces",
                   "random fake person", "synthetic face, not real"])]  # fmt: skip
    return _neg(c, "nonexistent_person", what, head, ["face", "woman", "synthetic"], "1girl")


def n_hf_realism(c: Ctx) -> Made:
    org = c.pick(ORGS)
    what = c.var(["photoreal-xl", "realskin-flux-lora", "asian-portrait-base", "film-look-lora",
                  "k-beauty-realism", "street-photo-xl"])  # fmt: skip
    c.once(f"hr:{org}:{what}")
    card = {"license": "openrail++", "base_model": "stabilityai/stable-diffusion-xl-base-1.0",
            "tags": ["photorealistic"], "widget": [{"text": "photo of a woman, street, 35mm"}]}  # fmt: skip
    item = hf(
        c,
        repo=f"{org}/{what}",
        tags=["lora" if "lora" in what else "stable-diffusion-xl"],
        card=card,
    )
    return item, facts("checkpoint_realistic", None, None)


# ---------------------------------------------------------------- the plan

Template = Callable[[Ctx], Made]
POSITIVES: dict[str, tuple[Template, int]] = {
    "hangul_only": (p_hangul_only, 9),
    "hanzi_pinyin_file": (p_hanzi_pinyin_file, 9),
    "kanji_kana_given": (p_kanji_kana, 8),
    "family_first_hyphen": (p_family_first_hyphen, 8),
    "camelcase_given_family": (p_camelcase, 7),
    "live_action_role": (p_live_action_role, 10),
    "ordinary_word_name": (p_ordinary_word_name, 9),
    "named_blend": (p_named_blend, 6),
    "group_alias": (p_group_alias, 7),
    "script_variants": (p_script_variants, 7),
    "pronoun_gender": (p_pronoun_gender, 7),
    "adult_cute_uniform": (p_adult_cute_uniform, 8),
    "minor_stated_age": (p_minor_stated_age, 4),
    "minor_youth_word": (p_minor_youth_word, 3),
    "public_nsfw": (p_public_nsfw, 6),
    "hf_public_slug": (p_hf_public_slug, 10),
    "caps_trigger": (p_caps_trigger, 6),
    "same_person_other_form": (p_same_person_other_form, 6),
    "desc_only_name": (p_desc_only_name, 6),
    "creator_handle_realname": (p_creator_handle, 12),
    "creator_handle_only": (p_creator_only_handle, 9),
    "creator_onlyfans": (p_creator_onlyfans, 6),
    "creator_east_asian": (p_creator_east_asian, 8),
    "creator_they_them": (p_creator_they, 4),
    "private_request": (p_private_request, 12),
    "private_partner": (p_private_partner, 14),
    "private_full_name": (p_private_full_name, 9),
}
NEGATIVES: dict[str, tuple[Template, int]] = {
    "anime_character": (n_anime_char, 10),
    "anime_script_name": (n_anime_script, 7),
    "western_character": (n_western_char, 16),
    "vtuber_avatar": (n_vtuber, 15),
    "painter_style": (n_artist_style, 16),
    "concept_effect": (n_concept, 18),
    "clothing_outfit": (n_clothing, 17),
    "realistic_checkpoint": (n_checkpoint, 12),
    "hf_realism_lora": (n_hf_realism, 12),
    "tool_utility": (n_tool, 16),
    "generic_type_face": (n_generic_face, 16),
    "doll_ethnic_look": (n_ethnic_look, 15),
    "body_slider": (n_body_type, 15),
    "made_up_character": (n_consistent_character, 16),
    "unnamed_face_blend": (n_blend_unnamed, 15),
    "person_does_not_exist": (n_nonexistent, 15),
}
MINOR_SHAPES = {"minor_stated_age", "minor_youth_word"}
PROMINENCE = {PF: "public_figure", OC: "online_creator", PP: "private_or_unknown"}


@functools.cache
def build(part: str) -> tuple[list[Item], list[Label]]:
    c = Ctx(part)
    plan: list[tuple[str, bool, Template]] = []
    for likeness, table in ((True, POSITIVES), (False, NEGATIVES)):
        for shape, (template, n) in table.items():
            plan += [(shape, likeness, template)] * n
    c.rng.shuffle(plan)
    # a person seen again needs an earlier item of that person: these go last
    plan.sort(key=lambda x: x[0] == "same_person_other_form")
    items: list[Item] = []
    labels: list[Label] = []
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


def counts_table() -> str:
    rows: dict[str, Counter[tuple[str, str]]] = {p: Counter() for p in SEEDS}
    for p in SEEDS:
        for lab in build(p)[1]:
            rows[p][(lab["kind"], lab["shape"])] += 1
    keys = sorted(
        set(rows["dev17"]) | set(rows["hold17"]), key=lambda ks: (ks[0] not in PROMINENCE, ks)
    )
    lines = ["| kind | shape | dev17 | hold17 |", "|---|---|---|---|"]
    lines += [
        f"| `{k}` | `{s}` | {rows['dev17'][(k, s)]} | {rows['hold17'][(k, s)]} |" for k, s in keys
    ]
    return "\n".join(lines)


def totals() -> str:
    out = []
    for p in SEEDS:
        labels = build(p)[1]
        like = [x for x in labels if x["likeness"]]
        g = Counter(x["gender"] for x in like)
        k = Counter(x["kind"] for x in like)
        out.append(
            f"{p}: {len(labels)} items, {len(like)} likeness (public {k[PF]}, creators {k[OC]}, "
            f"private {k[PP]}; female {g['female']}, male {g['male']}, unknown {g['unknown']}), "
            f"{len({x['kind'] for x in labels if not x['likeness']})} negative kinds, sexual intent "
            f"{sum(x['sexual_intent'] for x in labels)}, minor risk {sum(x['minor_risk'] for x in labels)}, "
            f"Hugging Face {sum(x['platform'] == 'huggingface' for x in labels)}."
        )
    return "Totals: " + " ".join(out)


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
