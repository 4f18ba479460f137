"""Build the twentieth dev set (tests/devset20): ``hold20``, seeded, byte for byte.

Usage, from the repository root::

    .venv/bin/python tests/devset20/build_devset20.py            # rewrite the two files
    .venv/bin/python tests/devset20/build_devset20.py --counts   # print the README's table

Every person is invented. A template draws the facts first (kind, person, gender), then writes a
page that carries exactly those facts, as a census of real uploads would: most pages are the
boring majority (clothing, poses, objects, checkpoints, anime characters), written terse or long,
in broken English or other languages. The cue rules (``sexual_cue``, ``minor_cue``) are checked
against every label, and the two never meet.
"""

from __future__ import annotations

import functools
import hashlib
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SEEDS = {"hold20": 200_620}
ID_BASE = {"hold20": 20_100_000}
Item = dict[str, Any]
Label = dict[str, Any]
Made = tuple[Item, dict[str, Any]]

# ---------------------------------------------------------------- cues

SEXUAL = re.compile(
    r"\b(?:nsfw|nude|nudes|nudity|naked|lingerie|topless|boudoir|sexy|porn|pornstar|onlyfans|"
    r"fansly|lewd|erotic|hentai|explicit|r18|spicy|uncensored)\b",
    re.IGNORECASE,
)
STATED_AGE = re.compile(
    r"(?<![\d.,:])(\d{1,2}) ?(?:yo\b|y/o\b|years? old\b|-year-old\b|歳|살|세|岁)"
    r"|\b(?:aged|Age:) ?(\d{1,2})\b",
    re.IGNORECASE,
)
YOUTH = re.compile(
    r"\b(?:teen|teens|teenage|teenager|junior high|middle school|high schooler|"
    r"high school student|child actor|child actress|underage)\b"
    r"|中学生|高校生|初中生|高中生|중학생|고등학생|未成年",
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

F_GIVEN = ["Maribel", "Oriana", "Tessaly", "Linnea", "Corisande", "Delphine",
           "Annika", "Rosalind", "Seraphine", "Junia", "Odalys", "Calla", "Brielle",
           "Noemi", "Wrenna", "Ysolde", "Talia", "Ilse", "Verity", "Marisol",
           "Ottilie", "Saoirse", "Liesel", "Anouk", "Perpetua", "Zinnia",
           "Clementine", "Elowen", "Marguerite", "Isaura"]  # fmt: skip
M_GIVEN = ["Caspian", "Thaddeus", "Oren", "Lucian", "Ambrose", "Dorian", "Evander", "Leopold",
           "Silas", "Ronan", "Alaric"]  # fmt: skip
FAMILY = ["Ashcombe", "Brightwater", "Castellane", "Dravenport", "Eskelund",
          "Fairhollow", "Grimsted", "Hollingbrook", "Kestrand", "Lindqvarn",
          "Montclere", "Norrevik", "Pellacourt", "Quarrington", "Rosenvald",
          "Thornquist", "Valcourt", "Yarborough", "Zelenkova", "Olazabal", "Arrieta",
          "Zubiaurre", "Iturbe", "Marchbank", "Dunmorrow", "Vessanto"]  # fmt: skip
WORD_F = ["Daisy", "Holly", "Summer", "Ruby", "Hope", "Autumn", "Dawn", "Brook", "Sunny", "Skye",
          "Ivy", "Meadow"]  # fmt: skip
WORD_M = ["Hunter", "Chase", "Forrest", "River", "Stone"]
WORD_FAM = ["Fox", "Day", "Stone", "Chase", "Frost", "Lake", "Rivers", "Field", "Marsh", "Snow",
            "Wolf", "Bird", "Hart", "Banks", "Bloom"]  # fmt: skip
MONO_F = ["Zavrina", "Mirelle", "Yonna", "Ravika", "Solvejja", "Kaeliss", "Nyvette", "Oshka",
          "Tamsinne", "Vellisande"]  # fmt: skip
MONO_M = ["Draxon", "Keneo", "Lumo", "Ezrai", "Vantablaq"]
# Chinese: (hanzi family, pinyin), (hanzi given, pinyin)
ZH_FAM = [("慕容", "Murong"), ("皇甫", "Huangfu"), ("令狐", "Linghu"),
          ("闻人", "Wenren"), ("东方", "Dongfang"), ("公孙", "Gongsun"),
          ("宇文", "Yuwen")]  # fmt: skip
ZH_F = [("霁月", "Jiyue"), ("星澜", "Xinglan"), ("沐晴", "Muqing"),
        ("清歌", "Qingge"), ("晚吟", "Wanyin"), ("语桐", "Yutong"),
        ("若岚", "Ruolan"), ("梓萱", "Zixuan")]  # fmt: skip
ZH_M = [("承泽", "Chengze"), ("逸风", "Yifeng"), ("景行", "Jingxing"), ("墨川", "Mochuan")]
# Japanese: kanji family + kana given
JA_FAM = [("東雲", "Shinonome"), ("久遠", "Kuon"), ("水無瀬", "Minase"),
          ("神楽坂", "Kagurazaka"), ("雲雀丘", "Hibarigaoka"), ("霧島", "Kirishima"),
          ("宵宮", "Yoimiya")]  # fmt: skip
JA_F = [("みおり", "Miori"), ("さくの", "Sakuno"), ("ゆいな", "Yuina"),
        ("ここね", "Kokone"), ("すずは", "Suzuha"), ("ひより", "Hiyori"),
        ("あやめ", "Ayame")]  # fmt: skip
JA_M = [("そうま", "Souma"), ("りつき", "Ritsuki"), ("しおん", "Shion")]
# Korean: hangul family, romanised; hangul given, hyphenated romanisation
KO_FAM = [("제갈", "Jegal"), ("황보", "Hwangbo"), ("독고", "Dokgo"),
          ("사공", "Sagong"), ("서문", "Seomun"), ("남궁", "Namgoong"),
          ("선우", "Sunwoo")]  # fmt: skip
KO_F = [("하윤", "Ha-yoon"), ("서아", "Seo-ah"), ("예린", "Ye-rin"),
        ("다인", "Da-in"), ("채원", "Chae-won"), ("수아", "Su-ah"), ("지유", "Ji-yu"),
        ("은별", "Eun-byeol")]  # fmt: skip
KO_M = [("도윤", "Do-yoon"), ("시우", "Si-woo"), ("태오", "Tae-o")]
TRADE = {
    "female": [
        "actress",
        "singer",
        "tv presenter",
        "news anchor",
        "model",
        "tennis player",
        "streamer turned actress",
        "weather presenter",
        "comedian",
        "MP",
    ],
    "male": ["actor", "singer", "footballer", "rapper", "news anchor", "chef on tv", "MMA fighter"],
}
TRADE_ZH = {"female": ["女演员", "歌手", "主持人", "模特"], "male": ["男演员", "歌手"]}
TRADE_JA = {"female": ["女優", "グラビアアイドル", "アナウンサー", "歌手"],
            "male": ["俳優", "歌手"]}  # fmt: skip
TRADE_KO = {"female": ["배우", "가수", "아나운서"], "male": ["배우", "가수"]}
GENDER_ZH = {"female": ["女性", "美女", "女明星"], "male": ["男性", "男明星"]}
GENDER_JA = {"female": ["女性", "美女"], "male": ["男性"]}
GENDER_KO = {"female": ["여자", "여배우", "걸그룹"], "male": ["남자", "보이그룹"]}
GROUPS = ["LUMIÈRE9", "Velvet Arc", "NOVAHEART", "Sol:ar", "PRISMATIQ", "Moonlit8"]
GROUPS_M = ["BLAZE:ON", "Northwind7"]
SHOWS = ["Harbor Lights", "The Saltmarsh Files", "Crown of Ashes", "Midnight Ferry", "North Quay",
         "Glass Orchard", "Seoul Nocturne", "长夜行", "月光下的约定"]  # fmt: skip
ROLES_F = ["Detective Imogen Vale", "Nurse Hadley", "Queen Ysmay", "Dr. Pell", "Agent Noor",
           "Mrs. Penhallow", "Captain Lirra"]  # fmt: skip
ROLES_M = ["Inspector Graves", "King Ardric", "Father Quill", "Sergeant Molloy"]
HANDLE_BITS = ["velvet", "luna", "peach", "mika", "coco", "nori", "sunny", "kiki", "mochi", "astra",
               "juno", "lux", "fern", "tofu", "rae", "zuzu"]  # fmt: skip
HANDLE_END = ["finch", "crumbs", "travels", "fit", "_cos", "bakes", "daily", ".irl", "lab", "_xo",
              "vibes", "studio"]  # fmt: skip
FRANCHISES = ["Hoshimori Chronicle", "Crimson Lattice", "Blade of Yuukou",
              "Aether Drift", "Mahou Kissa Lumina", "Ironbloom Academy",
              "Starglass Requiem", "Sora no Kanata 7"]  # fmt: skip
ANIME_F = ["Aoba Tsukishiro", "Rinne Kamishiro", "Mayu Hanazono", "Kotoha Sen",
           "Iroha Amagiri", "Neneka Oribe", "Sylphine", "Yue Lanqing",
           "Chiyoko Mutsuki", "Hina Kurogane"]  # fmt: skip
ANIME_SCRIPT = ["月白ユキノ", "朝凪しずく", "花守りん", "윤슬", "白夜瑠璃", "苏沐雪",
                "夜刀神こより"]  # fmt: skip
WEST_CHARS = ["Captain Brannoc", "Commander Vexa", "Doc Rellik", "Mirela the Hexblade",
              "Sergeant Kowl", "Lady Quenna", "Bolt Rider", "Professor Vantablum"]  # fmt: skip
WEST_FR = ["Starfall Saga", "Iron Tides 3", "Hexbound", "Neon Paladins", "Dustwalker"]
VTUBERS = ["Kumo Amanogawa", "Pipi Starlace", "Yuzu Nekomata", "Shirone Aoi", "Rei Voidlight"]
PAINTERS = ["Ansel Varnholt", "Iveta Morowska", "Thibault Serrane", "Kazimir Oblensky",
            "Henrike Vossmark", "Ottoline Graye", "Benedek Szalai-Rho"]  # fmt: skip
ILLUS = ["@kuroame_draws", "hanekoya", "mizutama_k", "inkbrush_ryo", "pochiwan3"]
OC_NAMES = ["Yuna Solberg", "Mira Castell", "Elin Varga", "Sana Oduya", "Leni Brandt",
            "Kaya Marlowe", "Ines Vidraru", "Nika Holm"]  # fmt: skip
PRIVATE_F = ["Jenna", "Marisa", "Kelsey", "Dana", "Bianka", "Tove", "Paulina", "Ayse", "Rhiannon",
             "Giulia", "Katya", "Mei", "Noor", "Lotte", "Shanice"]  # fmt: skip
PRIVATE_M = ["Derek", "Tomasz", "Bilal", "Jonas", "Rafael"]
UPLOADERS = ["pixelmonk", "loraforge_ai", "sdxl_dad", "KaoriTrain", "n0va_mixer", "bananaphoto",
             "heavyweights_lab", "mokuzai", "tinkerlamp", "zhiyun_art", "oppa_lora", "vlad.gen",
             "el_mezclador", "fluxfan99", "quietmodels", "rebootedchair"]  # fmt: skip
HF_ORGS = ["lumen-forge", "pixelhaus-lab", "aoi-tuning", "kestrel-ai", "nordlys-diffusion",
           "hanbit-lora", "studio-umber", "zhiyun-art", "mokuzai-ml", "quietmodels"]  # fmt: skip
BASES = ["SD 1.5", "SDXL 1.0", "Pony", "Illustrious", "Flux.1 D", "Flux.1 S", "NoobAI", "SD 3.5"]
HF_BASES = ["black-forest-labs/FLUX.1-dev", "stabilityai/stable-diffusion-xl-base-1.0",
            "runwayml/stable-diffusion-v1-5"]  # fmt: skip
SAMPLERS = ["Euler a", "DPM++ 2M Karras", "DPM++ SDE Karras", "Euler", "DEIS", "UniPC"]
THANKS = ["Merci beaucoup !", "ありがとうございます！", "감사합니다 ❤", "谢谢支持～",
          "Danke!", "¡Gracias por descargar!", "Obrigado!", "Dziękuję 🙏",
          "Terima kasih!", "Cảm ơn nhé"]  # fmt: skip
SUPPORT = ["☕ ko-fi.com/{u}", "Patreon for early access: patreon.com/{u}",
           "join my discord for requests!!", "buzz tips appreciated 🙏",
           "follow me for more"]  # fmt: skip
NEG_PROMPT = ["lowres, bad anatomy, bad hands, watermark",
              "worst quality, blurry, jpeg artifacts",
              "(deformed:1.3), extra fingers, text, signature",
              "cartoon, 3d, doll, plastic skin"]  # fmt: skip
VOICE = ["first lora pls be nice 🙏", "if u like it leave a ❤ and a review!!",
         "🔥🔥🔥", "v2 coming soon", "requested on discord",
         "trained with kohya, 10 epochs", "dataset cleaned by hand this time",
         "works on most realistic checkpoints", "no me hago responsable del uso",
         "feedback welcome", "sorry for bad english", "use adetailer for close ups",
         "early access ended, now free", "made on a 3060 lol", "学习用，禁止商用",
         "商用NG・再配布NG", "재배포 금지", "não reupe por favor"]  # fmt: skip
DECOR = ["[SDXL] {}", "{} | Flux", "{} (Pony)", "🔥 {}", "{} ✨", "【LoRA】{}", "{} - Illustrious",
         "{} // SD1.5", "{} 🌸"]  # fmt: skip
SCENES = ["standing in a cafe", "street at night, neon", "beach, golden hour",
          "office, window light", "close-up portrait", "red carpet, flash photography",
          "park bench, autumn leaves"]  # fmt: skip


# ---------------------------------------------------------------- context


class Retry(Exception):
    """A template drew something already used; draw again."""


class Ctx:
    def __init__(self, part: str) -> None:
        self.rng = random.Random(SEEDS[part])
        self.next_id = ID_BASE[part]
        self.used: set[str] = set()
        self.people: list[tuple[str, Any]] = []  # (gender, person) that may come back
        self.turns: Counter[str] = Counter()

    def pick(self, seq: Any) -> Any:
        return seq[self.rng.randrange(len(seq))]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def sample(self, pool: list[str], k: int | None = None) -> list[str]:
        return self.rng.sample(pool, k if k is not None else self.rng.randrange(2, len(pool) + 1))

    def once(self, key: str) -> None:
        if key in self.used:
            raise Retry
        self.used.add(key)

    def new_id(self) -> int:
        self.next_id += self.rng.randrange(7, 80)
        return self.next_id

    def hexs(self, n: int) -> str:
        return "".join(self.pick("0123456789abcdef") for _ in range(n))

    def gender(self, key: str, every: int = 4) -> str:
        """female mostly: one man in ``every`` per shape."""
        self.turns[key] += 1
        return "male" if self.turns[key] % every == 0 else "female"


def snake(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "_", text.lower()).strip("_")


def squash(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "", text.lower())


def camel(given: str, family: str) -> str:
    return squash(given) + family[:1].upper() + squash(family)[1:]


# ---------------------------------------------------------------- page writing


def html(lines: list[str]) -> str:
    return "".join(x if x.startswith("<") else f"<p>{x}</p>" for x in lines if x)


def settings(c: Ctx) -> str:
    rows = [
        f"Sampler: {c.pick(SAMPLERS)}",
        f"Steps: {c.rng.randrange(20, 41)}",
        f"CFG: {c.pick(['3.5', '4', '5', '6.5', '7'])}",
        f"weight {c.pick(['0.6-0.8', '0.7', '0.85', '1.0'])}",
        f"Hires fix x{c.pick(['1.5', '2'])}, denoise 0.{c.rng.randrange(3, 6)}",
        f"Clip skip {c.pick(['1', '2'])}",
    ]
    c.rng.shuffle(rows)
    return "<ul>" + "".join(f"<li>{r}</li>" for r in rows[: c.rng.randrange(3, 6)]) + "</ul>"


def page(
    c: Ctx, head: list[str], trig: str | None = None, style: str | None = None, plain: bool = False
) -> str:
    """The naming lines plus the furniture of a real page: terse, medium or long."""
    style = style or c.pick(["terse", "terse", "medium", "long", "long"])
    out = list(head)
    if not plain and c.chance(0.45):
        out.insert(c.rng.randrange(len(out) + 1), c.pick(VOICE))
    if style == "terse":
        return html(out)
    if trig:
        out.append(f"trigger: <code>{trig}</code>")
    out.append(settings(c))
    if style == "long":
        scene = c.pick(SCENES)
        subj = f"({trig}:1.1), " if trig else ""
        out.append(
            f"<pre><code>{subj}{scene}, 35mm photo, film grain\nNegative prompt: "
            f"{c.pick(NEG_PROMPT)}</code></pre>"
        )
        d = f"2025-0{c.rng.randrange(1, 9)}-{c.rng.randrange(10, 28)}"
        out.append(f"Changelog: {d} v2 retrained, less overfit; v1 first try")
        out.append(c.pick(SUPPORT).format(u=c.pick(UPLOADERS)))
    out.append(c.pick(THANKS))
    return html(out)


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
    versions: list[str] | None = None,
    sexual: bool = False,
    sfw: bool = False,
    meta: str | None = None,
    new: bool | None = None,
) -> Item:
    """A Civitai /api/v1/models item, 2023 catalog shape or 2025 shape."""
    mid = c.new_id()
    new = c.chance(0.55) if new is None else new
    ext = ".pt" if mtype == "TextualInversion" else ".safetensors"
    vnames = versions or [c.pick(["v1.0", "v2", "V3.1", "flux-v1", "XL", "final", "e10", "1.0"])]
    out = []
    for vi, vname in enumerate(vnames):
        vid = mid * 3 + 17 + vi
        images = []
        for k in range(c.rng.randrange(1, 4)):
            img: dict[str, Any] = {
                "id": vid * 10 + k,
                "url": f"https://image.civitai.com/xG1nkqKTMzGDvpLrqFT7WA/{c.hexs(8)}/{vid}{k}.jpeg",
                "width": c.pick([832, 896, 1024, 768]),
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
                    onSite=c.chance(0.3),
                    remixOfId=None,
                )
            else:
                img["nsfw"] = (
                    ("Mature" if k == 0 else "X")
                    if sexual
                    else "None"
                    if sfw
                    else c.pick(["None", "None", "Soft"])
                )
            if meta is not None and k == 0 and vi == 0:
                img["meta"] = {
                    "prompt": meta,
                    "negativePrompt": c.pick(NEG_PROMPT),
                    "sampler": c.pick(SAMPLERS),
                    "steps": c.rng.randrange(20, 36),
                    "cfgScale": c.pick([3.5, 4, 5, 7]),
                    "seed": c.rng.randrange(10**9, 10**10),
                }
            images.append(img)
        created = f"{'2025' if new else '2023'}-0{c.rng.randrange(1, 10)}-{c.rng.randrange(10, 28)}"
        v: dict[str, Any] = {
            "id": vid,
            "name": vname,
            "baseModel": c.pick(BASES),
            "createdAt": created + "T09:41:12.000Z",
            "description": None,
            "trainedWords": trained or [],
            "files": [
                {
                    "id": vid + 5,
                    "sizeKB": round(c.rng.uniform(9000, 230000), 3),
                    "name": fname or snake(name) + ext,
                    "type": "Model",
                    "pickleScanResult": "Success",
                    "virusScanResult": "Success",
                    "metadata": {
                        "format": "PickleTensor" if ext == ".pt" else "SafeTensor",
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
                stats={
                    "downloadCount": c.rng.randrange(2, 9000),
                    "ratingCount": 0,
                    "rating": 0,
                    "thumbsUpCount": c.rng.randrange(400),
                },
            )
        else:
            v.update(modelId=mid, earlyAccessTimeFrame=0)
        out.append(v)
    item: Item = {
        "id": mid,
        "name": name,
        "description": desc,
        "allowNoCredit": c.chance(0.7),
        "allowCommercialUse": c.pick([["Image"], ["Image", "RentCivit"], []])
        if new
        else c.pick(["Image", "Rent", "None", "Sell"]),
        "allowDerivatives": c.chance(0.85),
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
        "downloadCount": c.rng.randrange(5, 30000),
        "favoriteCount": c.rng.randrange(500),
        "commentCount": c.rng.randrange(40),
    }
    if new:
        stats.update(
            thumbsUpCount=c.rng.randrange(800),
            thumbsDownCount=0,
            tippedAmountCount=c.rng.randrange(10),
        )
    else:
        stats.update(ratingCount=c.rng.randrange(30), rating=round(c.rng.uniform(4.0, 5), 2))
    user = c.pick(UPLOADERS)
    item.update(
        stats=stats,
        creator={"username": user, "image": f"https://image.civitai.com/u/{c.hexs(8)}/{user}.png"},
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
        if f.endswith((".safetensors", ".bin", ".onnx", ".pt", ".gguf")):
            s["lfs"] = {
                "sha256": c.hexs(64),
                "size": c.rng.randrange(10**6, 7 * 10**9),
                "pointerSize": 134,
            }
        sib.append(s)
    lic = card.get("license")
    return {
        "_id": c.hexs(24),
        "id": repo,
        "modelId": repo,
        "author": repo.split("/")[0],
        "sha": c.hexs(40),
        "createdAt": f"2025-{c.rng.randrange(1, 13):02d}-0{c.rng.randrange(1, 10)}T11:02:00.000Z",
        "lastModified": f"2026-0{c.rng.randrange(1, 10)}-1{c.rng.randrange(0, 10)}T07:30:00.000Z",
        "private": False,
        "disabled": False,
        "gated": c.pick([False, False, False, "auto"]),
        "downloads": c.rng.randrange(0, 12000),
        "likes": c.rng.randrange(0, 120),
        "library_name": "diffusers",
        "tags": [*tags, *extra, *([f"license:{lic}"] if lic else []), "region:us"],
        "pipeline_tag": pipeline,
        "cardData": card,
        "siblings": sib,
    }


def emit(
    c: Ctx,
    *,
    title: str,
    head: list[str],
    tags: list[str],
    trig: str | None = None,
    fname: str | None = None,
    mtype: str = "LORA",
    sexual: bool = False,
    sfw: bool = False,
    meta: str | None = None,
    versions: list[str] | None = None,
    hf_rate: float = 0.17,
    slug: str | None = None,
    style: str | None = None,
    new: bool | None = None,
    plain: bool = False,
) -> Item:
    """The same facts as a Civitai page or, at ``hf_rate``, a Hugging Face repo whose slug, tags,
    instance prompt, widget and card description carry them."""
    if c.chance(hf_rate) and versions is None:
        org = c.pick(HF_ORGS)
        name = (slug or snake(title).replace("_", "-"))[:60].strip("-") or "model"
        kind = "lora" if mtype in ("LORA", "LoCon", "DoRA") else mtype.lower()
        repo = f"{org}/{name}" + ("" if name.endswith(kind) else f"-{kind}")
        base = c.pick(HF_BASES)
        card: dict[str, Any] = {
            "license": c.pick(["openrail++", "other", "apache-2.0", "creativeml-openrail-m"]),
            "base_model": base,
            "tags": [*tags[:6], "text-to-image", *(["lora"] if kind == "lora" else [])],
            "description": re.sub(r"<[^>]+>", " ", " ".join(head)).strip(),
        }
        if trig:
            card["instance_prompt"] = trig
        card["widget"] = [{"text": meta or f"{trig + ', ' if trig else ''}{c.pick(SCENES)}"}]
        files = [fname] if fname and fname.endswith(".safetensors") else None
        return hf(
            c,
            repo=repo,
            tags=[*(["lora"] if kind == "lora" else []), *tags[:4]],
            card=card,
            files=files,
            sexual=sexual,
        )
    if fname is None:
        ext = ".pt" if mtype == "TextualInversion" else ".safetensors"
        fname = (snake(title) or f"lora_{c.rng.randrange(10, 99)}") + ext
    if not plain and c.chance(0.25):
        title = c.pick(DECOR).format(title)
    return civ(
        c,
        name=title,
        desc=page(c, head, trig, style, plain),
        tags=tags,
        mtype=mtype,
        trained=[trig] if trig else [],
        fname=fname,
        versions=versions,
        sexual=sexual,
        sfw=sfw,
        meta=meta,
        new=new,
    )


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


def neg(kind: str) -> dict[str, Any]:
    return facts(kind, None, None)


# ---------------------------------------------------------------- people


def western(c: Ctx, gender: str, again: float = 0.0) -> tuple[str, str]:
    """A fresh invented name; at ``again``, a public figure of an earlier item (a catalog holds
    many models of one person). Only ``remember``-ed people come back: never a minor."""
    seen = [p for p in c.people if p[0] == gender]
    if seen and c.chance(again):
        return c.pick(seen)[1]
    given = c.pick(F_GIVEN if gender == "female" else M_GIVEN)
    family = c.pick(FAMILY)
    c.once(f"p:{given} {family}")
    return given, family


def remember(c: Ctx, gender: str, name: tuple[str, str]) -> None:
    c.people.append((gender, name))


def east_asian(c: Ctx, culture: str, gender: str) -> dict[str, str]:
    """A person in script and romanisation; target is family-first."""
    fam_t, f_t, m_t = {
        "zh": (ZH_FAM, ZH_F, ZH_M),
        "ja": (JA_FAM, JA_F, JA_M),
        "ko": (KO_FAM, KO_F, KO_M),
    }[culture]
    fs, fr = c.pick(fam_t)
    gs, gr = c.pick(f_t if gender == "female" else m_t)
    c.once(f"ea:{fs}{gs}")
    sep = "" if culture == "zh" else " "
    return {
        "script": fs + sep + gs if culture != "ja" else fs + gs,
        "fam": fr,
        "given": gr,
        "target": f"{fr} {gr}",
        "given_first": f"{gr} {fr}",
        "fs": fs,
        "gs": gs,
        "sep": sep,
    }


def sexual_roll(c: Ctx, p: float = 0.15) -> bool:
    return c.chance(p)


def gword(gender: str) -> str:
    return "woman" if gender == "female" else "man"


def pron(gender: str) -> tuple[str, str]:
    return ("she", "her") if gender == "female" else ("he", "his")


PF, OC, PP = "public_figure", "online_creator", "private_person"


# ---------------------------------------------------------------- positives: public figures


def p_terse_name_lora(c: Ctx) -> Made:
    g = c.gender("terse")
    given, fam = western(c, g, 0.3)
    remember(c, g, (given, fam))
    full = f"{given} {fam}"
    sexual = sexual_roll(c)
    title = c.pick([f"{full} LoRA", f"{full}", f"{full} [SDXL]", f"{full} - Flux", f"{full} v2"])
    tags = [*c.sample(["celebrity", "realistic", c.pick(TRADE[g]).split()[-1]]), gword(g)]
    head = [c.pick([f"{full}.", f"lora of {full}", f"{full} ({c.pick(TRADE[g])})", ""])]
    trig = c.pick([squash(full), f"{squash(given)}_{squash(fam)[:3]}", "ohwx " + gword(g)])
    if sexual:
        tags.append("nsfw")
    item = emit(c, title=title, head=head, tags=tags, trig=trig, sexual=sexual, style="terse")
    return item, facts(PF, full, g, [squash(full)])


def p_long_multilingual_card(c: Ctx) -> Made:
    g = c.gender("long")
    given, fam = western(c, g)
    remember(c, g, (given, fam))
    full = f"{given} {fam}"
    trade = c.pick(TRADE[g])
    she, her = pron(g)
    head = [
        f"<h2>{full}</h2>",
        f"{full} is a {trade} — {she} got famous with the {c.pick(SHOWS)} run. "
        f"Trained on {c.rng.randrange(30, 160)} photos from events and interviews.",
        c.pick(
            [
                f"{full}のLoRAです。",
                f"{full} 的 LoRA，欢迎使用",
                f"{full} 로라입니다",
                f"LoRA de {full}, entrenado con fotos de prensa.",
            ]
        ),
        "english is not my first language sorry 🙏",
    ]
    trig = c.pick([squash(full), f"{squash(given)}{fam[:2].lower()}", "sks " + gword(g)])
    item = emit(
        c,
        title=c.pick([f"{full} | {trade.title()}", f"{full} (SD1.5/SDXL)", f"✨ {full} ✨"]),
        head=head,
        tags=["celebrity", trade.split()[-1], gword(g), "photorealistic"],
        trig=trig,
        style="long",
        hf_rate=0.1,
    )
    return item, facts(PF, full, g, [squash(full)])


def p_hanzi_only_title(c: Ctx) -> Made:
    g = c.gender("hanzi", 5)
    p = east_asian(c, "zh", g)
    trade = c.pick(TRADE_ZH[g])
    head = [
        f"{p['script']}，中国内地{trade}。",
        c.pick(["真人模型，请勿用于违法用途", "训练集60张"]),
    ]
    item = emit(
        c,
        title=c.pick([p["script"], f"{p['script']} LoRA", f"【真人】{p['script']}"]),
        head=head,
        tags=[c.pick(GENDER_ZH[g]), "真人", "realistic"],
        fname=c.pick(["lora_v1.safetensors", "zhenren_01.safetensors", None]),
        hf_rate=0.1,
    )
    return item, facts(PF, p["target"], g, [p["script"], p["given_first"]])


def p_pinyin_runtogether_file(c: Ctx) -> Made:
    g = c.gender("pinyin", 5)
    p = east_asian(c, "zh", g)
    run = squash(p["fam"] + p["given"])
    head = [
        f"{p['script']} ({p['fam']} {p['given']}) {c.pick(TRADE_ZH[g])}",
        c.pick(["权重0.7-0.9", "weight 0.8 is best"]),
    ]
    item = emit(
        c,
        title=c.pick([f"{p['script']} {run}", run, f"{run} lora"]),
        head=head,
        tags=[c.pick(GENDER_ZH[g]), "chinese", "celebrity"],
        trig=run,
        fname=f"{run}_v{c.rng.randrange(1, 4)}.safetensors",
    )
    return item, facts(PF, p["target"], g, [p["script"], p["given_first"], run])


def p_kanji_kana_given(c: Ctx) -> Made:
    g = c.gender("kana", 5)
    p = east_asian(c, "ja", g)
    trade = c.pick(TRADE_JA[g])
    name_line = c.pick([f"{p['script']}（{p['fam'].lower()} {p['given'].lower()}）", p["script"]])
    head = [
        f"{name_line}さんのLoRAです。{trade}。",
        c.pick(["強度0.7推奨", "SDXL用", "学習枚数 48枚"]),
    ]
    item = emit(
        c,
        title=c.pick(
            [f"{p['script']} / {p['given']} {p['fam']}", p["script"], f"{p['script']}【{trade}】"]
        ),
        head=head,
        tags=["japanese", c.pick(GENDER_JA[g]), trade],
        trig=squash(p["given"] + p["fam"]),
    )
    return item, facts(PF, p["target"], g, [p["script"], p["given_first"]])


def p_korean_family_first_hyphen(c: Ctx) -> Made:
    g = c.gender("ko", 4)
    p = east_asian(c, "ko", g)
    trade = c.pick(TRADE_KO[g])
    title = c.pick(
        [
            p["target"],
            f"{p['target']} ({p['script']})",
            f"{p['script']} {p['target']}",
            f"{p['target']} | K-drama {c.pick(['actress' if g == 'female' else 'actor'])}",
        ]
    )
    if c.chance(0.3):  # hangul only
        title = c.pick([p["script"], f"{p['script']} 로라"])
        head = [f"{p['script']} {trade}", "한국 배우 로라"]
        item = emit(c, title=title, head=head, tags=["korean", c.pick(GENDER_KO[g])], hf_rate=0)
        return item, facts(PF, p["target"], g, [p["script"], p["given_first"]])
    head = [f"{p['script']} {trade}", c.pick([f"{p['target']} lora, 0.8 추천", "한국 배우 로라"])]
    item = emit(
        c,
        title=title,
        head=head,
        tags=["korean", c.pick(GENDER_KO[g]), "realistic"],
        trig=snake(p["given"] + " " + p["fam"]),
    )
    return item, facts(PF, p["target"], g, [p["script"], p["given_first"]])


def p_camelcase_given_family(c: Ctx) -> Made:
    g = c.gender("camel")
    given, fam = western(c, g)
    remember(c, g, (given, fam))
    cc = camel(given, fam)
    she, her = pron(g)
    item = emit(
        c,
        title=c.pick([cc, f"{cc}_v2", f"{cc} (XL)"]),
        head=[f"{cc} — {c.pick(TRADE[g])}, {her} face only"],
        tags=[gword(g), "person"],
        trig=cc,
        fname=f"{cc}.safetensors",
    )
    return item, facts(PF, f"{given} {fam}", g, [cc])


def p_live_action_role(c: Ctx) -> Made:
    g = c.gender("role", 3)
    role = c.pick(ROLES_F if g == "female" else ROLES_M)
    show = c.pick(SHOWS)
    c.once(f"role:{role}:{show}")
    given, fam = western(c, g)
    actor = f"{given} {fam}"
    kind = c.pick(["TV series", "K-drama", "film", "miniseries"])
    she, her = pron(g)
    head = [
        f"{role} from {show} ({kind}), as played by {actor}.",
        c.pick(
            [
                f"{her.title()} look from season 2.",
                "costume + face",
                "This is a fictional character; any resemblance is coincidental.",
            ]
        ),
    ]
    item = emit(
        c,
        title=f"{role} - {show}",
        head=head,
        tags=["character", c.pick(["tv series", "movie", "drama"]), gword(g)],
        trig=squash(role),
        hf_rate=0.1,
    )
    return item, facts(PF, actor, g, [])


def p_ordinary_word_person(c: Ctx) -> Made:
    g = c.gender("word", 4)
    given = c.pick(WORD_F if g == "female" else WORD_M)
    fam = c.pick(WORD_FAM)
    if given == fam:
        raise Retry
    c.once(f"p:{given} {fam}")
    full = f"{given} {fam}"
    trade = c.pick(TRADE[g])
    she, _ = pron(g)
    item = emit(
        c,
        title=c.pick([full.lower(), f"{full} lora", f"{full} ({trade})"]),
        head=[
            c.pick([f"{full}, {trade}.", f"{she} is a {trade}", ""]),
            f"file: {snake(full)}.safetensors",
        ],
        tags=[gword(g), "celebrity"],
        fname=f"{snake(full)}.safetensors",
        trig=squash(full),
    )
    return item, facts(PF, full, g, [squash(full)])


def p_blend_of_named(c: Ctx) -> Made:
    n = c.pick([2, 2, 3])
    people = [" ".join(western(c, "female")) for _ in range(n)]
    pct = {2: ["50/50", "60/40"], 3: ["40/30/30", "1:1:1"]}[n]
    head = [
        f"a blend of {' + '.join(people)} ({c.pick(pct)})",
        c.pick(["mixed face, very pretty", "merge of my celeb loras", "the best of both"]),
    ]
    item = emit(
        c,
        title=c.pick(
            [" x ".join(p.split()[0] for p in people) + " blend", f"{people[0]} & {people[1]} mix"]
        ),
        head=head,
        tags=["woman", "blend", "face"],
        hf_rate=0.1,
    )
    return item, facts(PF, people[0], "female", [], targets=people)


def p_mononym_stage_name(c: Ctx) -> Made:
    g = c.gender("mono", 3)
    mono = c.pick(MONO_F if g == "female" else MONO_M)
    c.once("mono:" + mono)
    trade = c.pick(["singer", "rapper", "DJ", "pop star"])
    she, her = pron(g)
    item = emit(
        c,
        title=c.pick([f"{mono} ({trade})", f"{mono.upper()} - {trade}", mono]),
        head=[
            c.pick(
                [
                    f"{mono} the {trade}, {her} {c.pick(['tour', 'mv', 'album'])} era looks",
                    f"{mono} 🎤 {her} new era",
                    f"the {trade} {mono}, stage looks from {her} last tour",
                ]
            ),
            c.pick(["real person lora", "trained on concert photos", ""]),
        ],
        tags=["celebrity", trade.lower(), gword(g)],
        trig=mono.lower(),
    )
    return item, facts(PF, mono, g, [mono.upper()])


def p_initials_with_cues(c: Ctx) -> Made:
    g = c.gender("init", 3)
    given, fam = western(c, g)
    ini = f"{given[0]}.{fam[0]}."
    c.once("ini:" + ini)
    trade = c.pick(TRADE[g])
    item = emit(
        c,
        title=c.pick([f"{ini} {gword(g)} lora", f"{ini} ({trade})"]),
        head=[f"{ini} — famous {trade}, trained on red carpet photos", "real person"],
        tags=["celebrity", "real person", gword(g)],
        trig=squash(ini) + "_face",
    )
    return item, facts(PF, ini, g, [squash(ini)])


def p_name_only_trigger_or_file(c: Ctx) -> Made:
    g = c.gender("hidden")
    given, fam = western(c, g)
    full = f"{given} {fam}"
    where = c.pick(["trig", "file", "both"])
    trig = squash(full) if where != "file" else "p3rs0n"
    fname = f"{snake(full)}_e8.safetensors" if where != "trig" else None
    item = emit(
        c,
        title=c.pick(
            ["Project Lumen v3", f"Portrait #{c.rng.randrange(10, 99)}", "realistic face lora"]
        ),
        head=[
            c.pick(
                [
                    f"trained on {c.rng.randrange(40, 120)} photos of a famous {c.pick(TRADE[g])}",
                    "celeb request",
                ]
            ),
            f"{'her' if g == 'female' else 'his'} face",
        ],
        tags=[gword(g), "celebrity"],
        trig=trig,
        fname=fname,
    )
    return item, facts(PF, full, g, [squash(full)])


def p_idol_group_member(c: Ctx) -> Made:
    g = c.gender("idol", 4)
    p = east_asian(c, "ko", g)
    group = c.pick(GROUPS if g == "female" else GROUPS_M)
    stage = p["given"].replace("-", "").upper()
    word = "걸그룹" if g == "female" else "보이그룹"
    head = [
        f"{group} {stage} ({p['script']}, {p['target']})",
        c.pick([f"{word} {group} 멤버", f"{group} main vocal"]),
    ]
    item = emit(
        c,
        title=c.pick([f"{group} {stage}", f"{stage} of {group}", f"[{group}] {stage}"]),
        head=head,
        tags=["kpop", word, c.pick(GENDER_KO[g][:1] + ["idol"])],
        trig=squash(group + stage),
    )
    return item, facts(PF, p["target"], g, [p["script"], p["given_first"], f"{group} {stage}"])


def p_adult_cute_uniform_ea(c: Ctx) -> Made:
    culture = c.pick(["ja", "ko", "zh"])
    p = east_asian(c, culture, "female")
    age = c.pick(
        {"ja": ["24歳", "26歳"], "ko": ["27세", "25세"], "zh": ["29岁", "23岁"]}[culture]
        + ["born 1996", "she is 25"]
    )
    gw = c.pick({"ja": GENDER_JA, "ko": GENDER_KO, "zh": GENDER_ZH}[culture]["female"])
    words = c.sample(
        [
            "cute",
            "petite",
            "school uniform",
            "制服",
            "kawaii",
            "young face",
            "girl",
            "sailor uniform",
        ],
        3,
    )
    trade = {"ja": TRADE_JA, "ko": TRADE_KO, "zh": TRADE_ZH}[culture]["female"][0]
    head = [
        f"{p['script']} ({p['target']}) {trade}, {age}",
        f"{', '.join(words)} cosplay outfit looks" + c.pick(["", " 🎀"]),
    ]
    item = emit(
        c,
        title=c.pick([f"{p['target']} {words[0]}", f"{p['script']} {words[0]} ver"]),
        head=head,
        tags=[*words, gw, "asian", "celebrity"],
        trig=squash(p["fam"] + p["given"]),
        sfw=True,
        hf_rate=0.1,
    )
    return item, facts(PF, p["target"], "female", [p["script"], p["given_first"]])


def p_minor_stated_age(c: Ctx) -> Made:
    g = c.gender("minor", 3)
    culture = c.pick(["ja", "ko", "zh", "en", "en"])
    age = c.rng.randrange(13, 18)
    cue = c.pick([f"{age} years old", f"({age}yo)", f"aged {age}"])
    if culture != "en":
        p = east_asian(c, culture, g)
        target, aliases, shown = p["target"], [p["script"]], p["script"]
        cue = c.pick([cue, f"{age}{dict(ja='歳', ko='세', zh='岁')[culture]}"])
    else:
        given, fam = western(c, g)
        target, aliases, shown = f"{given} {fam}", [], f"{given} {fam}"
    trade = c.pick(["figure skater", "chess player", "actor", "singer", "gymnast"])
    item = emit(
        c,
        title=f"{target}",
        head=[f"{shown}, {trade}, {cue}. portrait only."],
        tags=["portrait", "realistic", gword(g)],
        trig=squash(target),
        sfw=True,
        hf_rate=0,
        style="terse",
        plain=True,
    )
    return item, facts(PF, target, g, aliases)


def p_minor_youth_word(c: Ctx) -> Made:
    g = c.gender("youth", 3)
    given, fam = western(c, g)
    full = f"{given} {fam}"
    word = c.pick(["teen", "teenager", "junior high", "high school student", "中学生"])
    item = emit(
        c,
        title=f"{full} LoRA",
        head=[f"{full}, {c.pick(['swimmer', 'actor'])}."],
        tags=["portrait", word, gword(g)],
        trig=squash(full),
        sfw=True,
        hf_rate=0.0,
        style="terse",
        plain=True,
    )
    return item, facts(PF, full, g, [])


def p_pronoun_gender_only(c: Ctx) -> Made:
    g = c.gender("pron", 3)
    given, fam = western(c, g, 0.2)
    remember(c, g, (given, fam))
    full = f"{given} {fam}"
    she, her = pron(g)
    item = emit(
        c,
        title=f"{full}",
        head=[
            c.pick(
                [
                    f"{her.title()} interviews and premiere photos, {c.rng.randrange(20, 90)} "
                    f"images. {she} looks best at 0.8",
                    f"Someone asked for {her} so here it is. {c.rng.randrange(20, 90)} pics",
                    f"{full}: {she}'s in the new season, made from {her} red carpet pics",
                ]
            ),
            c.pick(["works best at 0.8", "use with a realism checkpoint", ""]),
        ],
        tags=["celebrity", "photo"],
        trig=squash(full),
    )
    return item, facts(PF, full, g, [squash(full)])


def p_foreign_gender_tags(c: Ctx) -> Made:
    g = c.gender("fgt", 4)
    culture = c.pick(["zh", "ja", "ko"])
    p = east_asian(c, culture, g)
    gw = {"zh": GENDER_ZH, "ja": GENDER_JA, "ko": GENDER_KO}[culture][g]
    item = emit(
        c,
        title=c.pick([f"{p['given_first']}", f"{p['target']} LoRA"]),
        head=[f"{p['script']} | {p['target']}"],
        tags=[c.pick(gw), "celebrity", "asian"],
        trig=squash(p["given"] + p["fam"]),
    )
    return item, facts(PF, p["target"], g, [p["script"], p["given_first"]])


def p_hf_public_repo(c: Ctx) -> Made:
    g = c.gender("hfpub")
    given, fam = western(c, g, 0.3)
    remember(c, g, (given, fam))
    full = f"{given} {fam}"
    slug = snake(full).replace("_", "-")
    trade = c.pick(TRADE[g])
    card = {
        "license": "other",
        "base_model": c.pick(HF_BASES),
        "tags": ["lora", "flux"],
        "instance_prompt": f"{squash(full)} {gword(g)}",
        "widget": [{"text": f"photo of {squash(full)} {gword(g)}, {trade}, {c.pick(SCENES)}"}],
    }
    item = hf(
        c,
        repo=f"{c.pick(HF_ORGS)}/{slug}-{c.pick(['flux-lora', 'lora', 'sdxl'])}",
        tags=["lora", "template:sd-lora"],
        card=card,
    )
    return item, facts(PF, full, g, [squash(full)])


# ---------------------------------------------------------------- positives: creators


def handle(c: Ctx) -> str:
    h = c.pick(HANDLE_BITS) + c.pick(HANDLE_END)
    c.once("h:" + h)
    return h


def p_creator_handle_only(c: Ctx) -> Made:
    g = c.gender("ch", 4)
    h = handle(c)
    plat = c.pick(["instagram", "tiktok", "twitch", "youtube"])
    she, her = pron(g)
    item = emit(
        c,
        title=c.pick(
            [f"@{h}", f"{h} ({plat})", f"{h} - {plat} {gword(g)}", f"{h} | {plat.title()}", h]
        ),
        head=c.pick(
            [
                [
                    f"{plat} influencer @{h}, {c.rng.randrange(12, 900)}k followers. {she} "
                    f"posts daily",
                    f"trained from {her} feed",
                ],
                [f"ig: @{h} 💕 {c.rng.randrange(12, 900)}k"],
                [f"{h} ({plat}) lifestyle creator, {her} reels and stories, 70 pics"],
                [f"Requested: {plat} creator @{h}. only {her} public posts used"],
            ]
        ),
        tags=["influencer", plat, gword(g)],
        trig=h.replace(".", ""),
    )
    return item, facts(OC, "@" + h, g, [h])


def p_creator_handle_and_name(c: Ctx) -> Made:
    g = c.gender("chn", 4)
    given, fam = western(c, g)
    full = f"{given} {fam}"
    h = handle(c)
    plat = c.pick(["Instagram", "TikTok", "YouTube", "Twitch", "Kick"])
    item = emit(
        c,
        title=c.pick(
            [f"{full} (@{h})", f"{h} / {full}", f"{full} - {plat} creator", f"{full} [{plat}]"]
        ),
        head=c.pick(
            [
                [f"{full} aka @{h} on {plat}", f"{pron(g)[1]} stream outfits included"],
                [f"{full} ({plat}: @{h}), {c.pick(['fitness', 'food', 'gaming', 'beauty'])}"],
                [f"LoRA of {plat} star {full}. handle {h}"],
            ]
        ),
        tags=["influencer", "streamer", gword(g)],
        trig=h.replace(".", ""),
    )
    return item, facts(OC, full, g, ["@" + h, h])


def p_creator_ea_platform(c: Ctx) -> Made:
    g = c.gender("cea", 5)
    culture = c.pick(["zh", "zh", "ko", "ja"])
    p = east_asian(c, culture, g)
    plat = {"zh": c.pick(["抖音", "小红书", "微博", "B站"]), "ko": "인스타그램", "ja": "YouTube"}[
        culture
    ]
    gw = {"zh": GENDER_ZH, "ja": GENDER_JA, "ko": GENDER_KO}[culture][g][0]
    item = emit(
        c,
        title=f"{p['script']} {plat}博主" if culture == "zh" else f"{p['script']} {plat}",
        head=[
            f"{plat} {p['script']} ({p['target']}) 网红"
            if culture == "zh"
            else f"{plat} {p['script']} ({p['target']}) influencer"
        ],
        tags=["influencer", gw, "asian"],
        trig=squash(p["given"] + p["fam"]),
    )
    return item, facts(OC, p["target"], g, [p["script"], p["given_first"]])


def p_creator_subscription(c: Ctx) -> Made:
    h = handle(c)
    item = emit(
        c,
        title=c.pick([f"{h} onlyfans", f"@{h} (fansly)", f"{h} nsfw"]),
        head=[f"onlyfans girl @{h}, her lingerie sets", "request from discord"],
        tags=["nsfw", "woman", "influencer"],
        trig=h.replace(".", ""),
        sexual=True,
        hf_rate=0.1,
    )
    return item, facts(OC, "@" + h, "female", [h])


def p_creator_they(c: Ctx) -> Made:
    h = handle(c)
    item = emit(
        c,
        title=f"@{h} cosplay",
        head=[f"cosplayer @{h} (they/them), their con looks"],
        tags=["cosplay", "influencer"],
        trig=h.replace(".", ""),
    )
    return item, facts(OC, "@" + h, "unknown", [h])


# ---------------------------------------------------------------- positives: private people


def p_private_wife_named(c: Ctx) -> Made:
    rel = c.pick(["my wife", "my gf", "my girlfriend", "wife"])
    who = c.pick(PRIVATE_F)
    c.once("pv:" + who + rel)
    item = emit(
        c,
        title=c.pick([f"{who} ({rel})", f"{who} face lora", f"{rel} {who}"]),
        head=c.pick(
            [
                [
                    f"trained on {c.rng.randrange(15, 60)} pics of {rel} {who}, she said ok lol",
                    c.pick(["private use", "dont repost"]),
                ],
                [f"{who}, {rel}. anniversary gift for her, pls dont use for weird stuff"],
                [f"{rel} {who} 😍 phone pics only"],
                [f"esposa / {rel}: {who}. {c.rng.randrange(15, 60)} photos, kohya"],
            ]
        ),
        tags=["woman", "person"],
        trig=squash(who) + "_face",
    )
    return item, facts(PP, who, "female", [])


def p_private_coworker(c: Ctx) -> Made:
    g = c.gender("cow", 3)
    who = c.pick(PRIVATE_F if g == "female" else PRIVATE_M)
    c.once("pv:" + who + "cow")
    she, her = pron(g)
    item = emit(
        c,
        title=c.pick([f"{who} from work", f"coworker {who}", f"{who} (office)"]),
        head=[
            c.pick(
                [
                    f"my coworker {who}, pics from {her} linkedin and the xmas party",
                    f"{who} from accounting, {her} team photos",
                    f"colleague {who} (office party pics), {she} doesnt know",
                ]
            )
        ],
        tags=[gword(g), "realistic"],
        trig=squash(who),
    )
    return item, facts(PP, who, g, [])


def p_private_gym_girl(c: Ctx) -> Made:
    who = c.pick(PRIVATE_F)
    c.once("pv:" + who + "gym")
    sexual = c.chance(0.3)
    item = emit(
        c,
        title=c.pick([f"{who} gym girl", f"a girl from my gym ({who})"]),
        head=[
            c.pick(
                [
                    f"{who}, a girl from my gym, from her instagram",
                    f"gym crush {who} lol, her ig is public",
                    f"{who} (a girl from my gym). see her there every day",
                ]
            )
            + (" (nsfw)" if sexual else "")
        ],
        tags=["woman", "gym"],
        trig=squash(who),
        sexual=sexual,
    )
    return item, facts(PP, who, "female", [])


def p_private_ex_bounty(c: Ctx) -> Made:
    g = c.gender("ex", 4)
    who = c.pick(PRIVATE_F if g == "female" else PRIVATE_M)
    c.once("pv:" + who + "ex")
    she, her = pron(g)
    item = emit(
        c,
        title=c.pick([f"[Bounty] {who} my ex", f"request: ex {who}", f"{who} (ex)"]),
        head=c.pick(
            [
                [
                    f"Bounty result: {who}, the requester's ex. {c.rng.randrange(8, 30)} "
                    f"pics from {her} old facebook",
                    "done by request",
                ],
                [f"my ex {who}. dont ask"],
                [f"ex {who} from college, {her} old photos"],
            ]
        ),
        tags=[gword(g), "request"],
        trig=squash(who),
    )
    return item, facts(PP, who, g, [])


def p_private_neighbour(c: Ctx) -> Made:
    who = c.pick(PRIVATE_F)
    fam = c.pick(FAMILY)
    c.once(f"pv:{who} {fam}")
    item = emit(
        c,
        title=f"neighbour {who} {fam[0]}.",
        head=[
            c.pick(
                [
                    f"{who} {fam}, lives next door. she has no idea 😅",
                    f"{who} {fam} from across the street, her garden party pics",
                ]
            )
        ],
        tags=["woman", "amateur"],
        trig=squash(who),
    )
    return item, facts(PP, f"{who} {fam}", "female", [who])


def p_private_hf_dreambooth(c: Ctx) -> Made:
    g = c.gender("hfsks", 3)
    who = c.pick(PRIVATE_F if g == "female" else PRIVATE_M)
    rel = c.pick(["my partner", "my sister" if g == "female" else "my brother", "my roommate"])
    c.once("pv:" + who + rel)
    card = {
        "license": "openrail++",
        "base_model": c.pick(HF_BASES),
        "tags": ["dreambooth"],
        "instance_prompt": f"a photo of sks {gword(g)}",
        "description": f"dreambooth of {rel} {who}",
        "widget": [{"text": f"sks {gword(g)} as a {c.pick(['viking', 'astronaut', 'chef'])}"}],
    }
    item = hf(c, repo=f"{c.pick(HF_ORGS)}/{squash(who)}-dreambooth", tags=["dreambooth"], card=card)
    return item, facts(PP, who, g, [])


def p_private_partner_they(c: Ctx) -> Made:
    who = c.pick(["Sam", "Alex", "Robin", "Kit"])
    c.once("pv:" + who + "they")
    item = emit(
        c,
        title=f"{who} (my partner)",
        head=[f"my partner {who}, trained on their photos, private use"],
        tags=["person"],
        trig=squash(who) + "_pp",
    )
    return item, facts(PP, who, "unknown", [])


# ---------------------------------------------------------------- negatives


def n_anime_romaji(c: Ctx) -> Made:
    ch, fr = c.pick(ANIME_F), c.pick(FRANCHISES)
    sexual = c.chance(0.2)
    item = emit(
        c,
        title=c.pick([f"{ch} | {fr}", f"{ch} ({fr})", f"[IL] {ch} - {fr}"]),
        head=[
            c.pick(
                [
                    f"{ch} from {fr}. outfits: default, casual",
                    "request from discord",
                    "trigger + outfit tags",
                ]
            )
        ],
        tags=["anime", "character", "1girl", *(["nsfw"] if sexual else [])],
        trig=snake(ch) + ", " + c.pick(["long hair", "twintails", "blue eyes"]),
        sexual=sexual,
    )
    return item, neg("character_anime")


def n_anime_script(c: Ctx) -> Made:
    ch, fr = c.pick(ANIME_SCRIPT), c.pick(FRANCHISES)
    item = emit(
        c,
        title=f"{ch} / {fr}",
        head=[c.pick([f"「{fr}」の{ch}です", f"{fr} 角色 {ch}", f"{fr} 캐릭터 {ch}"])],
        tags=["anime", "character", "girl"],
        trig=ch,
    )
    return item, neg("character_anime")


def n_game_gacha(c: Ctx) -> Made:
    ch = c.pick(ANIME_F)
    game = c.pick(["Aether Drift", "Starglass Requiem"]) + " (gacha)"
    item = emit(
        c,
        title=f"{ch} 5★ skin | {game}",
        head=[f"game character, skin '{c.pick(['Summer', 'Maid', 'Ranger'])}'"],
        tags=["game character", "anime", "character"],
        trig=squash(ch),
    )
    return item, neg("character_anime")


def n_western_character(c: Ctx) -> Made:
    ch, fr = c.pick(WEST_CHARS), c.pick(WEST_FR)
    item = emit(
        c,
        title=c.pick([f"{ch} ({fr})", f"{ch} - {fr} [Pony]"]),
        head=[f"{ch} from the {c.pick(['comic', 'video game', 'cartoon'])} {fr}"],
        tags=["character", c.pick(["cartoon", "comics", "video game"])],
        trig=snake(ch),
    )
    return item, neg("character_western")


def n_vtuber(c: Ctx) -> Made:
    v = c.pick(VTUBERS)
    item = emit(
        c,
        title=c.pick([f"{v} (VTuber)", f"{v} [vtuber] all outfits"]),
        head=[f"vtuber {v}, live2d model outfits", c.pick(["fan art lora", "2 outfits"])],
        tags=["vtuber", "anime", "virtual youtuber"],
        trig=squash(v),
    )
    return item, neg("character_vtuber")


def n_painter_style(c: Ctx) -> Made:
    who = c.pick(PAINTERS)
    item = emit(
        c,
        title=c.pick([f"{who} style", f"In the style of {who}", f"{who.split()[-1]} Style LoRA"]),
        head=[f"oil painting style inspired by {who} (1880s painter)", "impasto, muted palette"],
        tags=["style", "art style", "painting"],
        trig=squash(who) + " style",
    )
    return item, neg("artist_style")


def n_illustrator_style(c: Ctx) -> Made:
    who = c.pick(ILLUS)
    item = emit(
        c,
        title=f"{who} 画風 / art style",
        head=[f"{who}さんの画風LoRA", "style only"],
        tags=["style", "anime", "illustration"],
        trig=f"{who.strip('@')} style",
    )
    return item, neg("artist_style")


CONCEPTS = ["hands on hips pose", "looking over shoulder", "dutch angle",
            "rim lighting", "instagram filter look", "film grain + light leaks",
            "rainy window bokeh", "celebrity red carpet background", "polaroid frame",
            "golden hour backlight", "selfie angle", "sitting on stairs pose",
            "soft flash party photo", "VHS still"]  # fmt: skip
OBJECTS = ["1987 coupe", "vintage motorcycle", "brutalist tower block", "tram car",
           "japanese shrine gate", "ceramic teapot", "espresso machine", "lighthouse",
           "sneaker design", "neon diner sign", "gothic cathedral",
           "space suit helmet"]  # fmt: skip


def n_concept(c: Ctx) -> Made:
    con = c.pick(CONCEPTS)
    sexual = c.chance(0.12)
    item = emit(
        c,
        title=c.pick([con.title(), f"{con} LoRA", f"Concept: {con}"]),
        head=[
            c.pick(
                [f"adds {con} to any prompt", f"{con}. works with people or not", "slider, -2 to 2"]
            )
        ],
        tags=[
            "concept",
            c.pick(["photography", "pose", "lighting", "celebrity"]),
            *(["nsfw"] if sexual else []),
        ],
        trig=snake(con),
        sexual=sexual,
    )
    return item, neg("concept")


def n_object_lycoris(c: Ctx) -> Made:
    obj = c.pick(OBJECTS)
    item = emit(
        c,
        title=c.pick([f"{obj.title()} LyCORIS", f"{obj} - LoCon", obj]),
        head=[
            f"LyCORIS of a {obj}",
            c.pick(["dim 16 alpha 8", "buildings and vehicles", "product shots"]),
        ],
        tags=["objects", c.pick(["vehicle", "building", "architecture", "product"])],
        trig=snake(obj),
        mtype=c.pick(["LORA", "LoCon"]),
    )
    return item, neg("concept")


def n_ordinary_word_concept(c: Ctx) -> Made:
    w = c.pick(WORD_FAM + WORD_F)
    thing = c.pick(["texture", "fur detail", "color grade", "lighting", "pattern", "bokeh"])
    item = emit(
        c,
        title=f"{w} {thing.title()}",
        head=[f"{w.lower()} {thing} helper"],
        tags=["concept", "texture"],
        trig=f"{w.lower()} {thing}",
    )
    return item, neg("concept")


CLOTHES = ["pleated skirt", "hanfu", "hanbok", "kimono (furisode)", "trench coat", "latex catsuit",
           "school uniform (blazer)", "sailor uniform", "maid outfit", "ao dai", "denim jacket",
           "off-shoulder sweater", "wedding dress", "lingerie set", "bikini armor"]  # fmt: skip


def n_clothing(c: Ctx) -> Made:
    cl = c.pick(CLOTHES)
    sexual = "lingerie" in cl or "bikini" in cl
    item = emit(
        c,
        title=c.pick([f"{cl} | clothing", f"{cl.title()} LoRA", f"outfit: {cl}"]),
        head=[f"{cl}. works on any character", c.pick(["colors promptable", "v2 cleaner"])],
        tags=["clothing", "outfit", c.pick(["woman", "girl", "fashion"])],
        trig=snake(cl),
        sexual=sexual,
    )
    return item, neg("clothing")


CKPTS = ["RealVerse", "PhotonDrift", "Lumina Real", "AsiaBlend", "epicNatural",
         "UrbanLens", "Velvetine Photo", "K-Beauty Real", "TrueSkin XL", "Moonglass",
         "CineStill Mix"]  # fmt: skip


def n_realistic_checkpoint(c: Ctx) -> Made:
    ck = c.pick(CKPTS)
    v = f"v{c.rng.randrange(1, 12)}"
    sexual = c.chance(0.25)
    item = emit(
        c,
        title=f"{ck} {v}" + c.pick(["", " (SDXL)", " - Pony", " FP8"]),
        head=[
            f"photoreal checkpoint, good skin, {c.pick(['asian', 'european', 'all'])} faces",
            c.pick(
                [
                    "Recipe: merge of my older mixes 0.4/0.6",
                    "baked vae",
                    "nsfw capable" if sexual else "sfw focused",
                ]
            ),
        ],
        tags=["photorealistic", "checkpoint", "base model", "woman", "realistic"],
        mtype="Checkpoint",
        sexual=sexual,
    )
    return item, neg("checkpoint_realistic")


def n_base_variant(c: Ctx) -> Made:
    base = c.pick(["SDXL", "Pony", "Flux.1 dev", "Illustrious", "NoobAI", "SD3.5"])
    what = c.pick(["fp8 pruned", "GGUF Q4", "nf4", "distilled 8-step", "turbo merge", "lightning"])
    item = emit(
        c,
        title=f"{base} {what}",
        head=[f"{what} version of {base} base, less vram"],
        tags=["base model", "checkpoint"],
        mtype="Checkpoint",
    )
    return item, neg("checkpoint_realistic")


def n_tool(c: Ctx) -> Made:
    t = c.pick(
        [
            ("VAE fix (blue tint)", "VAE"),
            ("4x FaceSharp Upscaler", "Upscaler"),
            ("negative embedding badhands", "TextualInversion"),
            ("ControlNet depth helper", "Controlnet"),
            ("WD tagger onnx", "Other"),
            ("Clip-L finetune", "Other"),
        ]
    )
    item = emit(
        c,
        title=t[0],
        head=[
            "utility",
            c.pick(["put in models/VAE", "use in negative", "for captioning datasets"]),
        ],
        tags=["tool", "utility"],
        mtype=t[1],
    )
    return item, neg("tool")


ETHN = ["Korean", "Japanese", "Nordic", "Latina", "Slavic", "Thai", "Chinese", "Nigerian",
        "Brazilian", "Persian", "Filipina"]  # fmt: skip


def n_generic_face(c: Ctx) -> Made:
    e = c.pick(ETHN)
    w = c.pick(["girl", "woman", "美女", "여자", "女性"])
    sexual = c.chance(0.15)
    item = emit(
        c,
        title=c.pick(
            [f"{e} {w} face", f"Beautiful {e} Woman", f"{w} ({e}) v3", f"generic {e.lower()} girl"]
        ),
        head=[
            c.pick(
                [
                    "not a real person, random generic face",
                    "type only: " + e,
                    "mixed features, no identity",
                    f"pretty {e.lower()} {w}, 20s, natural makeup. no specific person",
                    "just a cute face for your waifu gens lol",
                    f"{e} beauty standard face, trained on 300 stock photos",
                ]
            )
        ],
        tags=[
            w,
            "woman",
            "face",
            *(["celebrity"] if c.chance(0.2) else []),
            *(["sexy"] if sexual else []),
        ],
        trig=snake(f"{e} {w}") or "generic_face",
        sexual=sexual,
    )
    return item, neg("generic_face")


def n_ethnic_look(c: Ctx) -> Made:
    e = c.pick(ETHN)
    item = emit(
        c,
        title=c.pick([f"{e} look", f"{e} beauty mix", f"{e} features slider"]),
        head=[f"push faces toward {e.lower()} features, -1..1"],
        tags=["ethnicity", "face", "slider"],
    )
    return item, neg("ethnic_look")


def n_body_type(c: Ctx) -> Made:
    b = c.pick(["curvy", "athletic", "freckles", "tall", "chubby", "muscular", "pale skin"])
    item = emit(
        c,
        title=f"{b.title()} Slider",
        head=[f"{b} body slider, weight -3 to 3"],
        tags=["body", "slider", "woman"],
    )
    return item, neg("body_type")


def n_blend_unnamed(c: Ctx) -> Made:
    n = c.rng.randrange(5, 40)
    item = emit(
        c,
        title=c.pick(
            [f"Mixed Face {n:02d}", f"Asian face blend v{n % 5 + 1}", f"blended beauty #{n}"]
        ),
        head=[f"blend of {n} faces, nobody in particular", "consistent face for OCs"],
        tags=["face", "blend", "woman"],
    )
    return item, neg("blend_unnamed")


def n_consistent_character(c: Ctx) -> Made:
    oc = c.pick(OC_NAMES)
    item = emit(
        c,
        title=c.pick(
            [f"{oc} (OC)", f"Consistent Character: {oc}", f"{oc} - AI model", f"{oc} | AI girl"]
        ),
        head=c.pick(
            [
                [
                    f"{oc} is my original character, made up, same face every seed",
                    "not based on a real person",
                ],
                [f"{oc}, my AI influencer character. 100% synthetic dataset"],
                [f"meet {oc} 💜 fictional persona for comics and stories"],
                [f"{oc}: consistent face across outfits, generated with my own mixes"],
            ]
        ),
        tags=["original character", "consistent character", "woman"],
        trig=squash(oc),
    )
    return item, neg("consistent_character")


def n_doll_likeness(c: Ctx) -> Made:
    e = c.pick(ETHN)
    item = emit(
        c,
        title=f"{e} Doll Likeness",
        head=[f"{e.lower()} doll likeness face, generic"],
        tags=["doll", "face", "woman"],
        trig=f"{e.lower()} doll",
    )
    return item, neg("doll_likeness")


def n_nonexistent_person(c: Ctx) -> Made:
    n = c.rng.randrange(2, 60)
    item = emit(
        c,
        title=c.pick(
            [f"This Person Does Not Exist #{n}", f"TPDNE face pack {n}", f"nonexistent woman {n}"]
        ),
        head=["faces from a GAN, these people do not exist"],
        tags=["face", "woman", "generated"],
        trig=f"tpdne{n}",
    )
    return item, neg("nonexistent_person")


# ---------------------------------------------------------------- the plan

Template = Callable[[Ctx], Made]
POSITIVES: dict[str, tuple[Template, int]] = {
    "terse_name_lora": (p_terse_name_lora, 16),
    "long_multilingual_card": (p_long_multilingual_card, 10),
    "hanzi_only_title": (p_hanzi_only_title, 8),
    "pinyin_runtogether_file": (p_pinyin_runtogether_file, 8),
    "kanji_kana_given": (p_kanji_kana_given, 8),
    "korean_family_first_hyphen": (p_korean_family_first_hyphen, 10),
    "camelcase_given_family": (p_camelcase_given_family, 7),
    "live_action_role_tagged": (p_live_action_role, 10),
    "ordinary_word_person": (p_ordinary_word_person, 10),
    "blend_of_named_people": (p_blend_of_named, 8),
    "mononym_stage_name": (p_mononym_stage_name, 8),
    "initials_with_cues": (p_initials_with_cues, 6),
    "name_only_trigger_or_file": (p_name_only_trigger_or_file, 8),
    "idol_group_member": (p_idol_group_member, 8),
    "adult_cute_uniform_ea": (p_adult_cute_uniform_ea, 10),
    "minor_stated_age_neutral": (p_minor_stated_age, 5),
    "minor_youth_word_neutral": (p_minor_youth_word, 4),
    "pronoun_gender_only": (p_pronoun_gender_only, 6),
    "foreign_gender_tags": (p_foreign_gender_tags, 8),
    "hf_public_repo": (p_hf_public_repo, 8),
    "creator_handle_only": (p_creator_handle_only, 12),
    "creator_handle_and_name": (p_creator_handle_and_name, 12),
    "creator_ea_platform": (p_creator_ea_platform, 10),
    "creator_subscription": (p_creator_subscription, 10),
    "creator_they_them": (p_creator_they, 4),
    "private_wife_named": (p_private_wife_named, 10),
    "private_coworker": (p_private_coworker, 8),
    "private_gym_girl": (p_private_gym_girl, 8),
    "private_ex_bounty": (p_private_ex_bounty, 8),
    "private_neighbour_named": (p_private_neighbour, 6),
    "private_hf_dreambooth": (p_private_hf_dreambooth, 8),
    "private_partner_they": (p_private_partner_they, 4),
}
NEGATIVES: dict[str, tuple[Template, int]] = {
    "anime_char_romaji": (n_anime_romaji, 22),
    "anime_char_script": (n_anime_script, 10),
    "game_gacha_skin": (n_game_gacha, 8),
    "western_character": (n_western_character, 22),
    "vtuber_avatar": (n_vtuber, 15),
    "painter_name_style": (n_painter_style, 16),
    "illustrator_handle_style": (n_illustrator_style, 8),
    "concept_pose_light": (n_concept, 24),
    "object_lycoris": (n_object_lycoris, 12),
    "ordinary_word_concept": (n_ordinary_word_concept, 6),
    "clothing_piece": (n_clothing, 30),
    "realistic_checkpoint": (n_realistic_checkpoint, 22),
    "base_model_variant": (n_base_variant, 12),
    "tool_utility": (n_tool, 18),
    "generic_type_face": (n_generic_face, 24),
    "ethnic_look_slider": (n_ethnic_look, 15),
    "body_type_slider": (n_body_type, 15),
    "blend_unnamed_faces": (n_blend_unnamed, 16),
    "consistent_oc": (n_consistent_character, 18),
    "doll_likeness_face": (n_doll_likeness, 15),
    "nonexistent_face_pack": (n_nonexistent_person, 15),
}
MINOR_SHAPES = {"minor_stated_age_neutral", "minor_youth_word_neutral"}
PROMINENCE = {"public_figure": "public_figure", "online_creator": "online_creator",
              "private_person": "private_or_unknown"}  # fmt: skip
LIKENESS_KINDS = set(PROMINENCE)
NEGATIVE_KINDS = {
    "character_anime",
    "character_western",
    "character_vtuber",
    "artist_style",
    "concept",
    "clothing",
    "checkpoint_realistic",
    "tool",
    "generic_face",
    "ethnic_look",
    "body_type",
    "blend_unnamed",
    "consistent_character",
    "doll_likeness",
    "nonexistent_person",
}


WORD = re.compile(r"[^\W_]+")


def shown(name: str, item: Item) -> bool:
    """The name's words in order, or run together (camelCase, script without spaces)."""
    words = WORD.findall(name.lower())
    seen = WORD.findall(" ".join(texts(item)).lower())
    if words and f" {' '.join(words)} " in f" {' '.join(seen)} ":
        return True
    return bool(words) and "".join(words) in "".join(seen)


def label(item: Item, shape: str, likeness: bool, f: dict[str, Any]) -> Label:
    return {
        "platform": "civitai" if "modelVersions" in item else "huggingface",
        "model_id": str(item["id"]),
        "kind": f["kind"],
        "likeness": likeness,
        "target": f["target"] if likeness else None,
        "gender": f["gender"] if likeness else None,
        "prominence": PROMINENCE.get(f["kind"]) if likeness else None,
        "sexual_intent": sexual_cue(item),
        "minor_risk": minor_cue(item),
        "shape": shape,
        "targets": f["targets"] if likeness else [],
        "aliases": [a for a in f["aliases"] if shown(a, item)] if likeness else [],
    }


def draw(c: Ctx, template: Template, what: str) -> Made:
    for _ in range(300):
        try:
            return template(c)
        except Retry:
            continue
    raise RuntimeError(f"{what}: nothing fresh left")


def build(part: str = "hold20") -> tuple[list[Item], list[Label]]:
    c = Ctx(part)
    plan: list[tuple[str, bool, Template]] = []
    for likeness, table in ((True, POSITIVES), (False, NEGATIVES)):
        for shape, (template, n) in table.items():
            plan += [(shape, likeness, template)] * n
    c.rng.shuffle(plan)
    items: list[Item] = []
    labels: list[Label] = []
    for shape, likeness, template in plan:
        item, f = draw(c, template, f"{part} {shape}")
        lab = label(item, shape, likeness, f)
        assert lab["minor_risk"] == (shape in MINOR_SHAPES), (shape, item["id"])
        assert not (lab["sexual_intent"] and lab["minor_risk"]), shape
        items.append(item)
        labels.append(lab)
    return items, labels


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(", ", ": "))


def write(part: str) -> None:
    items, labels = build(part)
    (HERE / f"{part}.jsonl").write_text("".join(dumps(x) + "\n" for x in items), "utf-8")
    (HERE / f"{part}_labels.jsonl").write_text("".join(dumps(x) + "\n" for x in labels), "utf-8")


@functools.cache
def _labels(part: str = "hold20") -> tuple[Label, ...]:
    return tuple(build(part)[1])


def counts_table() -> str:
    rows: Counter[tuple[str, str]] = Counter()
    for lab in _labels():
        rows[(lab["kind"], lab["shape"])] += 1
    keys = sorted(rows, key=lambda ks: (ks[0] not in PROMINENCE, ks))
    lines = ["| kind | shape | hold20 |", "|---|---|---|"]
    lines += [f"| `{k}` | `{s}` | {rows[(k, s)]} |" for k, s in keys]
    return "\n".join(lines)


def totals() -> str:
    labels = _labels()
    like = [x for x in labels if x["likeness"]]
    g = Counter(x["gender"] for x in like)
    k = Counter(x["kind"] for x in like)
    return (
        f"Totals: hold20: {len(labels)} items, {len(like)} likeness (public {k[PF]}, creators "
        f"{k[OC]}, private {k[PP]}; female {g['female']}, male {g['male']}, unknown "
        f"{g['unknown']}), sexual intent {sum(x['sexual_intent'] for x in labels)}, minor risk "
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
