"""Build the nineteenth dev set (tests/devset19): ``dev19``, seeded, byte for byte.

Usage, from the repository root::

    .venv/bin/python tests/devset19/build_devset19.py            # rewrite the two files
    .venv/bin/python tests/devset19/build_devset19.py --counts   # print the README's table

Development data written by an independent hand: every person is invented; pages are written the
way uploaders spread their evidence (the name only in a file name, a trigger word, a version name,
an HF widget prompt, the tags, or the last paragraph after a long settings block), in a dozen
languages. The cue rules (``sexual_cue``, ``minor_cue``) are checked against every label.
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
SEEDS = {"dev19": 190_719}
ID_BASE = {"dev19": 19_200_000}
Item = dict[str, Any]
Label = dict[str, Any]
Made = tuple[Item, dict[str, Any]]

# ---------------------------------------------------------------- cues

SEXUAL = re.compile(
    r"\b(?:nsfw|nude|nudity|naked|lingerie|topless|boudoir|sexy|porn|pornstar|onlyfans|fansly|"
    r"lewd|erotic|hentai|explicit|r18|r-18)\b|エロ|야한|色情",
    re.IGNORECASE,
)
STATED_AGE = re.compile(
    r"(?<![\d.,:x])(\d{1,2}) ?(?:yo\b|y\.o\.|years? old\b|-year-old\b|歳|岁|세\b|살\b|ans\b|años\b)"
    r"|\b(?:aged|age:|âge:|edad:) ?(\d{1,2})\b",
    re.IGNORECASE,
)
YOUTH = re.compile(
    r"\b(?:teen|teens|teenage|teenager|junior high|middle school|middle-schooler|"
    r"high schooler|child actress|child actor|underage|preteen|adolescente)\b"
    r"|中学生|高校生|初中生|高中生|중학생|고등학생|미성년",
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
    """nsfw flag, an R/X/XXX/Blocked bit, a Mature/X image, HF not-for-all-audiences, a word."""
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

GIVEN_F = [
    "Marisol", "Odile", "Brenna", "Linnea", "Kaelin", "Tamsin", "Ysolde", "Corinne", "Delphine",
    "Annika", "Saoirse", "Mireille", "Paloma", "Jolene", "Leonie", "Rosalind", "Talia", "Verena",
    "Noemi", "Elodie", "Ximena", "Liesel", "Priya", "Anouk", "Galina", "Thandiwe", "Ilse",
]  # fmt: skip
GIVEN_M = [
    "Tobias", "Anselm", "Caspian", "Desmond", "Evander", "Lorcan", "Matthias", "Osric", "Rafferty",
    "Soren", "Thaddeus", "Ulric", "Wendell", "Ignatius", "Florian", "Bastien", "Leopold",
]  # fmt: skip
SUR_A = [
    "Vel",
    "Quor",
    "Bram",
    "Ost",
    "Kess",
    "Dorn",
    "Yarr",
    "Thal",
    "Merr",
    "Zan",
    "Pell",
    "Cray",
    "Ludd",
    "Fenn",
    "Hask",
    "Wilm",
    "Rook",
    "Strav",
]
SUR_B = [
    "andre",
    "ebeck",
    "ingham",
    "ovitch",
    "mere",
    "quist",
    "ford",
    "adine",
    "holt",
    "worth",
    "arro",
    "enza",
    "ossi",
    "ley",
    "ewicz",
    "brook",
    "ett",
    "uvio",
]
# ordinary-word names: Daisy-like given names, Fox/Day/Stone-like surnames
WORD_GIVEN_F = ["Daisy", "Holly", "Ivy", "Summer", "Hazel", "Clover", "Meadow", "Juniper", "Honey"]
WORD_GIVEN_M = ["Rocky", "Forest", "River", "Chase", "Hunter", "Rusty"]
WORD_SUR = [
    "Fox",
    "Day",
    "Stone",
    "Chase",
    "Brook",
    "Frost",
    "Lake",
    "Hart",
    "Rain",
    "Marsh",
    "Wren",
    "Vale",
    "Gale",
    "Snow",
]
# Chinese: (hanzi, pinyin); rare double family names
ZH_FAM = [
    ("慕容", "Murong"),
    ("皇甫", "Huangfu"),
    ("端木", "Duanmu"),
    ("澹台", "Tantai"),
    ("濮阳", "Puyang"),
    ("闻人", "Wenren"),
    ("公冶", "Gongye"),
    ("钟离", "Zhongli"),
]
ZH_F = [
    ("芷晴", "Zhiqing"),
    ("梦瑶", "Mengyao"),
    ("思媛", "Siyuan"),
    ("语嫣", "Yuyan"),
    ("雨桐", "Yutong"),
    ("沐汐", "Muxi"),
    ("清漪", "Qingyi"),
    ("书瑶", "Shuyao"),
]
ZH_M = [("景行", "Jingxing"), ("子墨", "Zimo"), ("承宇", "Chengyu"), ("昊然", "Haoran")]
# Japanese: kanji family + kana given (with romaji)
JA_FAM = [
    ("東雲", "Shinonome"),
    ("久遠寺", "Kuonji"),
    ("神楽坂", "Kagurazaka"),
    ("氷室", "Himuro"),
    ("鳳来", "Horai"),
    ("月読", "Tsukuyomi"),
    ("白鷺", "Shirasagi"),
    ("霞ヶ丘", "Kasumigaoka"),
]
JA_F = [
    ("ほのか", "Honoka"),
    ("ゆずは", "Yuzuha"),
    ("ひなの", "Hinano"),
    ("ことね", "Kotone"),
    ("みおり", "Miori"),
    ("あやね", "Ayane"),
    ("つむぎ", "Tsumugi"),
    ("りりか", "Ririka"),
]
JA_M = [("そうま", "Soma"), ("はると", "Haruto"), ("れん", "Ren"), ("いつき", "Itsuki")]
# Korean: rare double family names + hyphenated given names
KO_FAM = [
    ("남궁", "Namgung"),
    ("선우", "Seonwoo"),
    ("독고", "Dokgo"),
    ("황보", "Hwangbo"),
    ("제갈", "Jegal"),
    ("사공", "Sagong"),
    ("서문", "Seomun"),
]
KO_F = [
    ("하린", "Ha-rin"),
    ("서아", "Seo-a"),
    ("다온", "Da-on"),
    ("채원", "Chae-won"),
    ("예솔", "Ye-sol"),
    ("보미", "Bo-mi"),
    ("나윤", "Na-yun"),
    ("지유", "Ji-yu"),
]
KO_M = [("도윤", "Do-yun"), ("시후", "Si-hu"), ("태오", "Tae-o"), ("건우", "Geon-u")]
# invented one-word stage names (idols, singers, wrestlers, streamers)
MONO_F = [
    "Yeonsol",
    "Haebom",
    "Sorabi",
    "Kirael",
    "Loviya",
    "Mirabou",
    "Zelphie",
    "Nuriel",
    "Taelyn",
    "Quessa",
    "Oriyah",
    "Veshka",
    "Lunabi",
    "Ciarel",
    "Dahlune",
    "Esmeri",
    "Pyrrhal",
    "Yurael",
    "Sabinka",
    "Chaeronne",
    "Ilvana",
    "Moravie",
    "Tesmira",
    "Vanyette",
    "Odessia",
    "Rhiannu",
    "Kalistre",
    "Bellaume",
    "Saelin",
    "Nixavo",
]
MONO_M = [
    "Daegon",
    "Torvak",
    "Kazuro",
    "Brisko",
    "Malvek",
    "Jorrun",
    "Zephrin",
    "Oktavo",
    "Ruvian",
    "Ceddric",
    "Baltro",
    "Kaspien",
    "Ondrey",
    "Vargo",
    "Teodrin",
    "Hollisk",
]
HANDLE_A = [
    "kiri",
    "moxa",
    "zuli",
    "pabu",
    "reno",
    "tavi",
    "yumo",
    "sevi",
    "lark",
    "otto",
    "bibi",
    "nyx",
    "jojo",
    "kova",
]
HANDLE_B = ["bean", "fizz", "loop", "pop", "mochi", "dash", "byte", "wave"]
GROUPS = ["LUMIERE9", "Velvetine", "NOVA:RIA", "Starlit Oath", "ODDEYE", "Mintcrown", "B.O.L.T"]
PROMOTIONS = ["Iron Crown Wrestling", "PWX Nova", "Lucha Centella", "Tokyo Steel Pro"]
SHOWS = [
    "Harbour of Glass",
    "The Ninth Winter",
    "Crimson Ledger",
    "Salt & Smoke",
    "Moonlit Courthouse",
    "Paper Lanterns",
    "The Quiet Republic",
    "Northbound 7",
]
ROLES_F = [
    "Detective Arwen Hale",
    "Queen Seraphine",
    "Dr. Mina Voss",
    "Captain Juno Reyes",
    "Lady Oriane",
    "Nurse Kaya",
]
ROLES_M = ["Inspector Brand", "Lord Casimir", "Agent Roan", "Prince Aldous"]
ANIME_WORKS = [
    "Starfall Requiem",
    "Clockwork Lilies",
    "Blue Ember Academy",
    "Ashen Crown Online",
    "Seventh Lantern",
    "Hollow Tide",
]
ANIME_F = [
    "Rinne Aozora",
    "Mashiro Kanade",
    "Elvira Nightshade",
    "Tsubaki Hoshimiya",
    "Lysandra",
    "Kohaku Mizuse",
    "Fiora Delacroix",
    "Sena Kurogane",
]
ANIME_HANZI = [("云汐", "Yunxi"), ("璃月", "Liyue"), ("洛璃", "Luoli"), ("月见", "Yuejian")]
PAINTERS = [
    "Oswin Maltravers",
    "Helga Brunnquist",
    "Tiberio Lanzetti",
    "Ada Wolkenstein",
    "Cyprian Dusk",
    "Marguerite Auvray",
]
OC_NAMES = [
    "Nyra Calloway",
    "Selka Thorne",
    "Ami Kuzunoha",
    "Vesper Lindqvist",
    "Juno Aldermere",
    "Rhea Vantablack",
]
BRANDS = ["Velmora", "Lusette", "Oruka", "Kaveline", "Seraphi", "Noctelle"]
CITIES = ["Tarvisa", "Ostrevo", "Marnholm", "Quellport", "Sarendi", "Vaszcaly"]
STYLES = ["Glimmercore", "Fogwave", "Neonbaroque", "Inkbloom", "Dustpunk", "Velvetgrain"]
UPLOADERS = [
    "pixelmonk",
    "lora_smith",
    "akiba_dreams",
    "nightowl_ai",
    "taro_mix",
    "mrs_latent",
    "k1mch1_tensor",
    "vovan_ai",
    "brisa.ia",
    "loraloca",
    "datawaifu",
    "quietgrad",
    "hanul_lab",
    "ajeossi_ai",
    "zhenhuan_ai",
    "facelab99",
]
HF_ORGS = [
    "pinecone-atelier",
    "lumen-forge",
    "softgrain-labs",
    "orchid-lora",
    "kestrel-gen",
    "tiny-mortar",
    "bluefjord-ai",
    "yuzu-weights",
    "mapleleaf-diff",
    "hanbit-studio",
]
BASES = ["SDXL 1.0", "Pony", "Illustrious", "Flux.1 D", "SD 1.5", "Flux.1 S", "NoobAI"]
SAMPLERS = ["Euler a", "DPM++ 2M Karras", "DPM++ SDE", "Euler (beta)", "DEIS", "UniPC"]
THANKS = [
    "谢谢大家的支持！有问题评论区留言~", "いつもありがとうございます🙏 感想お待ちしてます",
    "항상 감사합니다 ❤️ 피드백 환영해요", "¡Gracias por el apoyo! deja tu reseña 😊",
    "Obrigado pelo apoio, deixa um like 👍", "Спасибо за лайки и отзывы!",
    "Danke fürs Testen, Feedback gerne in die Kommentare", "Merci pour vos retours ✨",
    "ขอบคุณทุกคนที่สนับสนุนครับ", "Cảm ơn mọi người đã ủng hộ nha!",
    "Terima kasih sudah mampir, jangan lupa review ya", "thx for all the buzz guys <3",
]  # fmt: skip
SUPPORT = [
    "☕ ko-fi.com/{u}",
    "Patreon: patreon.com/{u} (early access)",
    "discord in my profile",
    "buy me a coffee if u like it lol",
    "爱发电 / afdian: {u}",
]
SCENES = [
    "sitting in a cafe, window light",
    "walking in a neon street at night, rain",
    "on a rooftop at golden hour",
    "in a library, soft light",
    "at the beach, overcast",
    "upper body, studio backdrop, grey",
    "in a subway car, candid",
]
NEG_PROMPT = (
    "(worst quality, low quality:1.4), lowres, bad anatomy, bad hands, extra fingers, "
    "watermark, signature, text, jpeg artifacts, blurry, deformed"
)

# languages: trade words (female, male) and phrases; {n} = name, {t} = trade
LANG: dict[str, dict[str, Any]] = {
    "zh": {"actor": ("女演员", "男演员"), "singer": ("女歌手", "男歌手"),
           "intro": "{n}，{t}。", "photos": "用了{k}张高清剧照和活动图训练。",
           "w": "权重 0.7-0.9 就好"},
    "ja": {"actor": ("女優", "俳優"), "singer": ("女性歌手", "男性歌手"),
           "intro": "{n}（{t}）のLoRAです。", "photos": "公式写真・イベント写真{k}枚で学習。",
           "w": "強度は0.8推奨"},
    "ko": {"actor": ("여배우", "남자 배우"), "singer": ("여자 가수", "남자 가수"),
           "intro": "{t} {n} 로라입니다.", "photos": "공식 사진 {k}장으로 학습했어요.",
           "w": "가중치 0.7~0.9 추천"},
    "es": {"actor": ("actriz", "actor"), "singer": ("cantante", "cantante"),
           "intro": "LoRA de {n}, {t}.", "photos": "Entrenado con {k} fotos de prensa.",
           "w": "peso recomendado 0.8"},
    "pt": {"actor": ("atriz", "ator"), "singer": ("cantora", "cantor"),
           "intro": "{n}, {t} do Brasil.", "photos": "Treinei com {k} fotos de eventos.",
           "w": "força 0.8 tá ótimo"},
    "ru": {"actor": ("актриса", "актёр"), "singer": ("певица", "певец"),
           "intro": "{n} — {t}.", "photos": "Датасет: {k} фото с мероприятий.",
           "w": "вес 0.7–0.9"},
    "de": {"actor": ("Schauspielerin", "Schauspieler"), "singer": ("Sängerin", "Sänger"),
           "intro": "{n}, {t}.", "photos": "Trainiert auf {k} Pressefotos.",
           "w": "Stärke 0.8 empfohlen"},
    "fr": {"actor": ("actrice", "acteur"), "singer": ("chanteuse", "chanteur"),
           "intro": "{n}, {t}.", "photos": "Entraîné sur {k} photos de presse.",
           "w": "poids conseillé 0.8"},
    "th": {"actor": ("นักแสดงหญิง", "นักแสดงชาย"), "singer": ("นักร้องหญิง", "นักร้องชาย"),
           "intro": "{n} {t}", "photos": "เทรนจากรูป {k} รูป", "w": "น้ำหนัก 0.8"},
    "vi": {"actor": ("nữ diễn viên", "nam diễn viên"), "singer": ("nữ ca sĩ", "nam ca sĩ"),
           "intro": "{t} {n}.", "photos": "Train bằng {k} ảnh sự kiện.", "w": "weight 0.8 là đẹp"},
    "id": {"actor": ("aktris", "aktor"), "singer": ("penyanyi wanita", "penyanyi pria"),
           "intro": "{n}, {t} Indonesia.", "photos": "Dilatih dengan {k} foto.",
           "w": "bobot 0.8 aja"},
    "en": {"actor": ("actress", "actor"), "singer": ("singer, she/her", "singer, he/him"),
           "intro": "{n} ({t})", "photos": "trained on {k} pics from events/interviews",
           "w": "weight 0.7-0.9"},
}  # fmt: skip
LANGS = list(LANG)


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

    def fresh(self, full: str) -> str:
        if full in self.names:
            raise Retry
        self.names.add(full)
        return full

    def western(self, g: str, words: bool = False) -> tuple[str, str]:
        if words:
            given = self.pick(WORD_GIVEN_F if g == "female" else WORD_GIVEN_M)
            fam = self.pick(WORD_SUR)
        else:
            given = self.pick(GIVEN_F if g == "female" else GIVEN_M)
            fam = self.pick(SUR_A) + self.pick(SUR_B)
        self.fresh(f"{given} {fam}")
        return given, fam

    def cjk(self, lang: str, g: str) -> tuple[str, str, str, str]:
        """(script family, script given, roman family, roman given)."""
        fams, fem, mal = {
            "zh": (ZH_FAM, ZH_F, ZH_M),
            "ja": (JA_FAM, JA_F, JA_M),
            "ko": (KO_FAM, KO_F, KO_M),
        }[lang]
        sf, rf = self.pick(fams)
        sg, rg = self.pick(fem if g == "female" else mal)
        self.fresh(sf + sg)
        return sf, sg, rf, rg

    def mono(self, g: str) -> str:
        return self.fresh(self.pick(MONO_F if g == "female" else MONO_M))


def snake(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "_", text.lower()).strip("_")


def squash(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "", text.lower())


def kebab(text: str) -> str:
    return snake(text).replace("_", "-")


def camel(given: str, family: str) -> str:
    return squash(given) + squash(family)[:1].upper() + squash(family)[1:]


# ---------------------------------------------------------------- page furniture


def settings(c: Ctx) -> str:
    rows = [
        f"Sampler: {c.pick(SAMPLERS)}",
        f"Steps: {c.rng.randrange(20, 41)}",
        f"CFG: {c.pick(['3.5', '4', '5', '6.5', '7'])}",
        f"Clip skip: {c.pick(['1', '2'])}",
        f"Hires fix: {c.pick(['4x-UltraSharp', 'R-ESRGAN 4x+', 'off'])}, "
        f"denoise 0.{c.rng.randrange(25, 50)}",
        f"ADetailer: {c.pick(['face_yolov8n', 'on', 'off'])}",
    ]
    c.rng.shuffle(rows)
    return (
        "<p><strong>⚙️ Settings</strong></p><ul>"
        + "".join(f"<li><p>{r}</p></li>" for r in rows[: c.rng.randrange(4, 7)])
        + "</ul>"
    )


def prompt_block(c: Ctx, subject: str) -> str:
    p = f"{subject}, {c.pick(SCENES)}, {c.pick(['85mm', '35mm film', 'dslr', 'iphone photo'])}"
    return f"<p>example prompt:</p><pre><code>{p}\nNegative prompt: {NEG_PROMPT}</code></pre>"


def changelog(c: Ctx) -> str:
    d = f"2025-{c.rng.randrange(1, 13):02d}-{c.rng.randrange(1, 29):02d}"
    notes = c.pick(
        [
            "retrained on cleaner dataset",
            "fixed overbaking at high weight",
            "added Flux version",
            "smaller file, same quality",
            "less bleed into bg",
        ]
    )
    return f"<p><strong>Changelog</strong><br />{d} — {notes}</p>"


def furniture(c: Ctx, subject: str) -> list[str]:
    u = c.pick(UPLOADERS)
    parts = [settings(c), prompt_block(c, subject), changelog(c)]
    if c.chance(0.6):
        parts.append("<p>" + c.pick(SUPPORT).format(u=u) + "</p>")
    parts.append("<p>" + c.pick(THANKS) + "</p>")
    return parts


def page(c: Ctx, head: list[str], subject: str, tail: list[str] | None = None) -> str:
    """Head paragraphs, the settings/prompt/changelog/support furniture, then the tail."""
    return (
        "".join(f"<p>{h}</p>" for h in head)
        + "".join(furniture(c, subject))
        + "".join(f"<p>{t}</p>" for t in tail or [])
    )


def title(c: Ctx, core: str) -> str:
    """Decorate a title as uploaders do."""
    deco = c.rng.randrange(9)
    base = c.pick(["- Pony", "[SDXL]", "| Flux.1 D", "v2.0", "(IL)", "- SD1.5", "| FLUX", ""])
    if deco == 0:
        core = f"【{core}】"
    elif deco == 1:
        core = f"★ {core} ★"
    elif deco == 2:
        core = f"~{core}~"
    elif deco == 3:
        core = core.upper()
    elif deco == 4:
        core = f"{core} • LoRA"
    elif deco == 5:
        core = f"// {core} //"
    elif deco == 6:
        core = f"{core} ✨"
    elif deco == 7 and core.isascii():
        core = snake(core)
    return f"{core} {base}".strip()


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
    """A Civitai /api/v1/models item, 2023 catalog shape or 2025 shape."""
    mid = c.new_id()
    new = c.chance(0.6) if new is None else new
    ext = ".pt" if mtype == "TextualInversion" else ".safetensors"
    specs = versions or [
        {
            "name": c.pick(["v1.0", "v2", "V3", "v1.1-flux", "XL", "final", "ill-v1", "e10"]),
            "trained": trained or [],
            "file": fname or (snake(name)[:40] or f"model_{c.hexs(6)}") + ext,
        }
    ]
    out = []
    for vi, spec in enumerate(specs):
        vid = mid * 3 + 17 + vi
        images = []
        for k in range(c.rng.randrange(1, 4)):
            img: dict[str, Any] = {
                "id": vid * 10 + k,
                "url": f"https://image.civitai.com/xG1nkqKTMzGDvpLrqFT7WA/{c.hexs(8)}-{c.hexs(4)}"
                f"/original=true/{vid}{k}.jpeg",
                "width": c.pick([832, 896, 1024, 768]),
                "height": c.pick([1216, 1152, 1024, 1344]),
                "hash": "U" + c.hexs(27),
            }
            if new:
                img.update(
                    nsfwLevel=(8 if k else 4) if sexual else 1 if sfw else c.pick([1, 1, 2]),
                    type="image",
                    minor=False,
                    poi=False,
                    hasMeta=meta is not None and k == 0,
                    hasPositivePrompt=meta is not None and k == 0,
                    onSite=c.chance(0.3),
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
                    "negativePrompt": NEG_PROMPT,
                    "sampler": c.pick(SAMPLERS),
                    "steps": c.rng.randrange(20, 36),
                    "cfgScale": c.pick([3.5, 4, 5, 7]),
                    "seed": c.rng.randrange(10**9, 10**10),
                    "Size": "832x1216",
                }
            images.append(img)
        day = f"{c.rng.randrange(1, 10)}-{c.rng.randrange(10, 28)}"
        version: dict[str, Any] = {
            "id": vid,
            "name": spec["name"],
            "baseModel": c.pick(BASES),
            "createdAt": ("2025-0" if new else "2023-0") + day + "T09:41:12.000Z",
            "description": spec.get("description"),
            "trainedWords": spec.get("trained") or [],
            "files": [
                {
                    "id": vid + 5,
                    "sizeKB": round(c.rng.uniform(9000, 230000), 3),
                    "name": spec.get("file") or snake(name)[:40] + ext,
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
    for f in [".gitattributes", "README.md", *(files or ["pytorch_lora_weights.safetensors"])]:
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
        "createdAt": f"2025-{c.rng.randrange(1, 13):02d}-1{c.rng.randrange(0, 9)}T11:02:00.000Z",
        "lastModified": f"2026-0{c.rng.randrange(1, 9)}-0{c.rng.randrange(1, 9)}T07:30:00.000Z",
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


def hf_lora(
    c: Ctx,
    repo: str,
    *,
    instance: str,
    widgets: list[str],
    desc: str | None = None,
    tags: list[str] | None = None,
    sexual: bool = False,
) -> Item:
    base = c.pick(["black-forest-labs/FLUX.1-dev", "stabilityai/stable-diffusion-xl-base-1.0"])
    card: dict[str, Any] = {
        "license": c.pick(["other", "openrail++", "creativeml-openrail-m"]),
        "base_model": base,
        "tags": ["text-to-image", "lora", "diffusers", *(tags or [])],
        "instance_prompt": instance,
        "widget": [
            {"text": w, "output": {"url": f"images/ex_{i}.png"}} for i, w in enumerate(widgets)
        ],
    }
    if desc:
        card["description"] = desc
    return hf(
        c, repo=repo, tags=["lora", "template:sd-lora", *(tags or [])], card=card, sexual=sexual
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


def org(c: Ctx) -> str:
    return c.pick(HF_ORGS)


def trade(c: Ctx, lang: str, g: str, which: str | None = None) -> str:
    pair = LANG[lang][which or c.pick(["actor", "singer"])]
    return str(pair[0] if g == "female" else pair[1])


def lang_head(c: Ctx, lang: str, name: str, g: str) -> list[str]:
    d = LANG[lang]
    return [
        d["intro"].format(n=name, t=trade(c, lang, g)),
        d["photos"].format(k=c.rng.randrange(30, 160)),
        d["w"],
    ]


PF, OC, PP = "public_figure", "online_creator", "private_person"


# ---------------------------------------------------------------- positives: public figures


def p_mononym_idol_hangul(c: Ctx) -> Made:
    g = c.gender("idol", 4)
    stage = c.mono(g)
    grp = c.pick(GROUPS)
    word = "걸그룹" if g == "female" else "보이그룹"
    head = [
        f"{grp} {c.pick(['메인보컬', '리더', '막내', '센터'])} {stage} 🩷",
        f"{word} {grp} 멤버, 무대 직캠 + 공항 사진 {c.rng.randrange(40, 120)}장 학습",
        "실제 인물 사진 기반입니다 irl photos only",
    ]
    tags = ["kpop", "idol", "real person", "여자" if g == "female" else "남자", snake(grp)]
    item = civ(
        c,
        name=title(c, f"{stage} ({grp})"),
        desc=page(c, head, f"{squash(stage)}, {word}"),
        tags=tags,
        trained=[squash(stage)],
    )
    return item, facts(PF, stage, g, [stage.upper()])


def p_mononym_ring_name(c: Ctx) -> Made:
    g = c.gender("ring", 2)
    ring = c.mono(g)
    promo = c.pick(PROMOTIONS)
    pr = ("she", "her") if g == "female" else ("he", "his")
    head = [
        f"{ring} — pro wrestler, {promo} champ. {pr[0].capitalize()} wrestles under this ring "
        f"name, real photos from live events + {pr[1]} promo shoots (no renders)."
    ]
    item = civ(
        c,
        name=title(c, f"{ring.upper()} | {promo}"),
        desc=page(c, head, f"{ring}, wrestler"),
        tags=["wrestling", "wrestler", "sports", "real person"],
        trained=[f"{squash(ring)}_irl"],
    )
    return item, facts(PF, ring, g, [ring.upper(), f"{squash(ring)}_irl"])


def p_mononym_singer_latam(c: Ctx) -> Made:
    g = c.gender("latam", 3)
    stage = c.mono(g)
    lang = c.pick(["es", "pt"])
    t = (
        trade(c, lang, g, "singer")
        if lang == "pt"
        else ("la cantante" if g == "female" else "el cantante")
    )
    head = [
        f"{stage} 🎤 {t} {c.pick(['urbana', 'de reggaetón', 'pop', 'de cumbia'])}.",
        LANG[lang]["photos"].format(k=c.rng.randrange(30, 90)),
        "fotos reales de conciertos / fotos reais de shows",
    ]
    item = civ(
        c,
        name=title(c, stage),
        desc=page(c, head, f"{squash(stage)} singing on stage"),
        tags=["celebrity", "singer", "musician", "latina" if g == "female" else "latino"],
        trained=[squash(stage)],
    )
    return item, facts(PF, stage, g)


def p_hanzi_only_title(c: Ctx) -> Made:
    g = c.gender("zh", 4)
    sf, sg, rf, rg = c.cjk("zh", g)
    runtog = (rf + rg).lower()
    head = [
        LANG["zh"]["intro"].format(n=sf + sg, t=trade(c, "zh", g)),
        LANG["zh"]["photos"].format(k=c.rng.randrange(40, 200)),
        "触发词见右侧",
    ]
    tags = [
        "中国",
        "明星",
        "美女" if g == "female" else "男神",
        "女性" if g == "female" else "男性",
    ]
    item = civ(
        c,
        name=title(c, sf + sg),
        desc=page(c, head, runtog),
        tags=tags,
        trained=[runtog],
        fname=f"{runtog}_v{c.rng.randrange(1, 5)}.safetensors",
    )
    return item, facts(PF, f"{rf} {rg}", g, [sf + sg, runtog, f"{rg} {rf}"])


def p_kanji_kana_given(c: Ctx) -> Made:
    g = c.gender("ja", 4)
    sf, sg, rf, rg = c.cjk("ja", g)
    head = [
        LANG["ja"]["intro"].format(n=f"{sf}{sg}", t=trade(c, "ja", g)),
        LANG["ja"]["photos"].format(k=c.rng.randrange(30, 120)),
        LANG["ja"]["w"],
    ]
    tags = ["japanese", "実写", "女性" if g == "female" else "男性", "real person"]
    fn = f"{rf.lower()}_{rg.lower()}_{c.pick(['ill', 'xl', 'f1d'])}.safetensors"
    item = civ(
        c,
        name=title(c, f"{sf}{sg}"),
        desc=page(c, head, f"{rf.lower()}{rg.lower()}"),
        tags=tags,
        fname=fn,
    )
    return item, facts(PF, f"{rf} {rg}", g, [f"{sf}{sg}", f"{sf} {sg}", f"{rg} {rf}"])


def p_korean_family_first_hyphen(c: Ctx) -> Made:
    g = c.gender("ko", 4)
    sf, sg, rf, rg = c.cjk("ko", g)
    full = f"{rf} {rg}"
    head = [
        LANG["ko"]["intro"].format(n=f"{sf}{sg}", t=trade(c, "ko", g, "actor")),
        f"드라마 {c.pick(SHOWS)} 출연",
        LANG["ko"]["photos"].format(k=c.rng.randrange(30, 99)),
    ]
    tags = ["korean", "actress" if g == "female" else "actor", "여자" if g == "female" else "남자"]
    item = civ(
        c,
        name=title(c, f"{full} {sf}{sg}"),
        desc=page(c, head, snake(full)),
        tags=tags,
        trained=[snake(full)],
    )
    return item, facts(PF, full, g, [f"{sf}{sg}", f"{rg} {rf}", snake(full)])


def p_script_only_name(c: Ctx) -> Made:
    g = c.gender("script", 4)
    lang = c.pick(["zh", "ja", "ko"])
    sf, sg, rf, rg = c.cjk(lang, g)
    word = {
        "zh": "美女" if g == "female" else "男明星",
        "ja": "女性" if g == "female" else "男性",
        "ko": "여자" if g == "female" else "남자",
    }[lang]
    head = lang_head(c, lang, sf + sg, g)
    item = civ(
        c,
        name=title(c, f"{sf}{sg}"),
        desc=page(c, head, f"{word}, portrait"),
        tags=[word, "real person"],
        fname=f"p{c.hexs(6)}.safetensors",
    )
    return item, facts(PF, sf + sg, g)


def p_camelcase_trigger_only(c: Ctx) -> Made:
    g = c.gender("camel", 3)
    given, fam = c.western(g)
    cc = camel(given, fam)
    pr = "her" if g == "female" else "his"
    head = [
        f"Realistic face LoRA. Trigger is in the box → {pr} usual look, works on most realistic "
        "checkpoints.",
        "don't go over 1.0 it burns",
    ]
    item = civ(
        c,
        name=title(c, f"Portrait model #{c.rng.randrange(10, 99)}"),
        desc=page(c, head, f"{cc}, {'woman' if g == 'female' else 'man'}"),
        tags=["realistic", "person", "celebrity"],
        trained=[cc],
        fname=f"cc{c.hexs(5)}.safetensors",
    )
    return item, facts(PF, f"{given} {fam}", g, [cc])


def p_live_action_role(c: Ctx) -> Made:
    g = c.gender("role", 3)
    given, fam = c.western(g)
    role = c.pick(ROLES_F if g == "female" else ROLES_M)
    show = c.pick(SHOWS)
    c.once(f"role:{role}:{show}")
    lang = c.pick(["en", "es", "de", "fr"])
    t = trade(c, lang, g, "actor")
    head = [
        f"{role} from {show} (live action series, S{c.rng.randrange(1, 4)})",
        "costume + face from the show stills",
    ]
    tail = [f"played by {given} {fam} ({t})"]
    item = civ(
        c,
        name=title(c, f"{role} - {show}"),
        desc=page(c, head, snake(role), tail),
        tags=["character", "tv series", "live action", snake(show)],
        trained=[snake(role)],
    )
    return item, facts(PF, f"{given} {fam}", g)


def p_ordinary_word_kebab(c: Ctx) -> Made:
    g = c.gender("word", 3)
    given, fam = c.western(g, words=True)
    keb = kebab(f"{given} {fam}")
    pr = ("she", "her") if g == "female" else ("he", "his")
    job = c.pick(["TV presenter", "news anchor", "weather presenter", "quiz show host"])
    head = [
        f"{given} {fam} — {job}, {pr[0]} is on every weekday morning. Trained on {pr[1]} "
        "broadcast stills."
    ]
    item = civ(
        c,
        name=f"{keb}-{c.pick(['sdxl', 'flux', 'pony'])}",
        desc=page(c, head, keb),
        tags=["celebrity", "tv", "woman" if g == "female" else "man"],
        trained=[keb],
    )
    return item, facts(PF, f"{given} {fam}", g, [keb])


def p_name_after_settings(c: Ctx) -> Made:
    g = c.gender("after", 3)
    lang = c.pick(LANGS)
    given, fam = c.western(g)
    name = f"{given} {fam}"
    head = [
        c.pick(
            [
                "Realistic portrait LoRA, SDXL + Flux versions.",
                "Face lora, realism.",
                "lora de rostro realista",
                "リアル系の顔LoRA",
            ]
        )
    ]
    tail = [LANG[lang]["intro"].format(n=name, t=trade(c, lang, g))]
    item = civ(
        c,
        name=title(c, f"Face LoRA {c.rng.randrange(2, 40)}"),
        desc=page(c, head, "1person, portrait", tail),
        tags=["realistic", "portrait"],
    )
    return item, facts(PF, name, g)


def p_name_only_filename(c: Ctx) -> Made:
    g = c.gender("file", 3)
    given, fam = c.western(g)
    fn = f"{snake(given)}_{snake(fam)}_{c.pick(['v3', 'e12', 'final', 'flux_r16'])}.safetensors"
    lang = c.pick(["ja", "zh", "ko", "vi", "th", "id"])
    head = [
        LANG[lang]["photos"].format(k=c.rng.randrange(30, 99)),
        LANG[lang]["w"],
        c.pick(["woman, photo", "1girl, realistic", "real woman"])
        if g == "female"
        else c.pick(["man, photo", "1boy, realistic"]),
    ]
    item = civ(
        c,
        name=title(c, f"RealFace {c.rng.randrange(100, 999)}"),
        desc=page(c, head, "portrait"),
        tags=["realistic", "woman" if g == "female" else "man"],
        fname=fn,
    )
    return item, facts(PF, f"{given} {fam}", g, [snake(f"{given} {fam}")])


def p_name_only_version(c: Ctx) -> Made:
    g = c.gender("ver", 3)
    given, fam = c.western(g)
    item = civ(
        c,
        name=title(c, f"Celeb pack vol.{c.rng.randrange(2, 9)}"),
        desc=page(
            c,
            [
                "one face per version, pick from the dropdown ↓",
                f"all {'actresses' if g == 'female' else 'actors'}, public photos",
            ],
            "portrait photo",
        ),
        tags=["celebrity", "pack", "realistic"],
        versions=[
            {"name": f"{given} {fam}", "file": f"cp{c.hexs(4)}.safetensors"},
            {"name": "v1 (placeholder)", "file": f"cp{c.hexs(4)}.safetensors"},
        ],
    )
    return item, facts(PF, f"{given} {fam}", g)


def p_name_only_tags(c: Ctx) -> Made:
    g = c.gender("tagonly", 3)
    given, fam = c.western(g)
    head = ["ask in comments for weight", "trained 3000 steps"]
    tags = [
        "celebrity",
        f"{given.lower()} {fam.lower()}",
        "actress" if g == "female" else "actor",
        "photorealistic",
    ]
    item = civ(
        c,
        name=title(c, f"LoRA #{c.rng.randrange(100, 999)}"),
        desc=page(c, head, "photo"),
        tags=tags,
    )
    return item, facts(PF, f"{given} {fam}", g)


def p_hf_widget_prompt(c: Ctx) -> Made:
    g = c.gender("hfw", 3)
    given, fam = c.western(g)
    w = "woman" if g == "female" else "man"
    widgets = [
        f"photo of TOK {w}, {c.pick(SCENES)}",
        f"{given} {fam} at a press conference, TOK {w}, candid",
    ]
    item = hf_lora(c, f"{org(c)}/face-lora-{c.hexs(5)}", instance=f"TOK {w}", widgets=widgets)
    return item, facts(PF, f"{given} {fam}", g)


def p_hf_repo_slug_trade(c: Ctx) -> Made:
    g = c.gender("hfs", 3)
    given, fam = c.western(g)
    t = "actress" if g == "female" else "actor"
    slug = f"{kebab(given)}-{kebab(fam)}-{c.pick(['flux-lora', 'sdxl-lora', 'lora'])}"
    item = hf_lora(
        c,
        f"{org(c)}/{slug}",
        instance=f"{squash(given + fam)}",
        widgets=[f"{squash(given + fam)}, {t}, red carpet"],
        desc=f"{t} likeness LoRA",
    )
    return item, facts(PF, f"{given} {fam}", g, [squash(given + fam), kebab(f"{given} {fam}")])


def p_hf_cjk_card(c: Ctx) -> Made:
    g = c.gender("hfcjk", 4)
    lang = c.pick(["zh", "ja", "ko"])
    sf, sg, rf, rg = c.cjk(lang, g)
    runtog = squash(rf + rg)
    word = {
        "zh": "美女" if g == "female" else "帅哥",
        "ja": "女性" if g == "female" else "男性",
        "ko": "여자" if g == "female" else "남자",
    }[lang]
    item = hf_lora(
        c,
        f"{org(c)}/{runtog}-lora",
        instance=runtog,
        widgets=[f"{runtog}, {word}, {c.pick(SCENES)}"],
        desc=LANG[lang]["intro"].format(n=sf + sg, t=trade(c, lang, g)),
    )
    return item, facts(PF, f"{rf} {rg}", g, [sf + sg, runtog, f"{rg} {rf}"])


def p_named_blend(c: Ctx) -> Made:
    people = []
    genders = []
    for _ in range(c.pick([2, 3])):
        given, fam = c.western("female")
        people.append(f"{given} {fam}")
        genders.append("female")
    ws = [round(c.rng.uniform(0.3, 0.6), 1) for _ in people]
    recipe = " + ".join(f"{p} ({w})" for p, w in zip(people, ws, strict=True))
    head = [
        "merged face, best of all of them 😍 / mezcla de caras",
        f"recipe: {recipe}",
        "all actresses, trained separately then merged",
    ]
    item = civ(
        c,
        name=title(c, f"Celeb Mix {c.rng.randrange(2, 20)}"),
        desc=page(c, head, "mixface"),
        tags=["celebrity", "blend", "woman"],
    )
    return item, facts(PF, people[0], "female", targets=people)


def p_adult_cute_uniform(c: Ctx) -> Made:
    lang = c.pick(["ja", "ko", "zh"])
    sf, sg, rf, rg = c.cjk(lang, "female")
    age = c.rng.randrange(21, 31)
    word = {"ja": f"{age}歳", "ko": f"{age}세", "zh": f"{age}岁"}[lang]
    head = [
        f"{sf}{sg} ({word}) {c.pick(['グラビアアイドル', '女优', '걸그룹 멤버'])}",
        f"cute, petite, {c.pick(['school uniform cosplay', '制服', 'seifuku photobook'])}",
        "young looking but she is an adult",
    ]
    item = civ(
        c,
        name=title(c, f"{rf} {rg} cute"),
        desc=page(c, head, f"{rf.lower()} {rg.lower()}, cute"),
        tags=["kawaii", "cute", "girl", "school uniform", "asian"],
        sfw=True,
    )
    return item, facts(PF, f"{rf} {rg}", "female", [sf + sg, f"{rg} {rf}"])


def p_minor_stated_age(c: Ctx) -> Made:
    g = c.gender("minor", 2)
    given, fam = c.western(g)
    age = c.rng.randrange(13, 17)
    sport = c.pick(["figure skater", "chess player", "gymnast", "swimmer"])
    head = [f"{given} {fam}, {sport}, {age} years old.", "Portrait only, competition photos."]
    item = civ(
        c,
        name=f"{given} {fam} ({sport})",
        desc=page(c, head, "portrait"),
        tags=["sports", "portrait", "girl" if g == "female" else "boy"],
        sfw=True,
    )
    return item, facts(PF, f"{given} {fam}", g)


def p_minor_youth_tag(c: Ctx) -> Made:
    lang = c.pick(["ja", "ko", "zh"])
    g = "female"
    sf, sg, rf, rg = c.cjk(lang, g)
    word = c.pick(["中学生", "중학생", "junior high", "teenager"])
    item = civ(
        c,
        name=f"{sf}{sg} / {rf} {rg}",
        desc=page(
            c, [LANG[lang]["intro"].format(n=sf + sg, t=trade(c, lang, g, "actor"))], "portrait"
        ),
        tags=["actress", word, "portrait"],
        sfw=True,
    )
    return item, facts(PF, f"{rf} {rg}", g, [sf + sg])


def p_cyrillic_desc(c: Ctx) -> Made:
    g = c.gender("ru", 3)
    given, fam = c.western(g)
    t = trade(c, "ru", g)
    head = [f"{given} {fam} — {t}. Модель лица, фото с красной дорожки.", LANG["ru"]["w"]]
    item = civ(
        c,
        name=title(c, f"{given} {fam}"),
        desc=page(c, head, snake(given + " " + fam)),
        tags=["celebrity", "russian"],
        trained=[snake(f"{given} {fam}")],
    )
    return item, facts(PF, f"{given} {fam}", g, [snake(f"{given} {fam}")])


def p_multilang_trade(c: Ctx) -> Made:
    g = c.gender("ml", 3)
    lang = c.pick(["de", "fr", "pt", "th", "vi", "id", "es"])
    given, fam = c.western(g)
    head = lang_head(c, lang, f"{given} {fam}", g)
    item = civ(
        c,
        name=title(c, f"{given} {fam}"),
        desc=page(c, head, squash(given + fam)),
        tags=["celebrity", "realistic"],
        trained=[squash(given + fam)],
    )
    return item, facts(PF, f"{given} {fam}", g, [squash(given + fam)])


def p_script_variants_one_person(c: Ctx) -> Made:
    g = c.gender("var", 4)
    sf, sg, rf, rg = c.cjk("ko", g)
    stage = c.mono(g)
    handle = f"@{squash(stage)}_{c.pick(['official', 'daily', 'xx'])}"
    head = [
        f"{stage} ({sf}{sg} / {rf} {rg}) — {'걸그룹' if g == 'female' else '보이그룹'} "
        f"{c.pick(GROUPS)}",
        f"insta {handle}",
        "실물 사진 위주",
    ]
    item = civ(
        c,
        name=title(c, f"{stage} {sf}{sg}"),
        desc=page(c, head, squash(stage)),
        tags=["kpop", "idol", "여자" if g == "female" else "남자"],
        trained=[squash(stage)],
    )
    return item, facts(PF, stage, g, [f"{rf} {rg}", f"{sf}{sg}", handle, f"{rg} {rf}"])


def p_mononym_footballer(c: Ctx) -> Made:
    stage = c.mono("male")
    head = [
        f"{stage} ⚽ jogador do {c.pick(['Atlético Lumiar', 'FC Ostrava Nova', 'Real Valdemora'])}",
        "fotos reais de jogo, ele é o camisa 10",
    ]
    item = civ(
        c,
        name=title(c, f"{stage} (futebol)"),
        desc=page(c, head, squash(stage)),
        tags=["football", "soccer", "athlete", "man"],
        trained=[squash(stage)],
    )
    return item, facts(PF, stage, "male")


def p_hf_mononym_trade(c: Ctx) -> Made:
    g = c.gender("hfm", 3)
    stage = c.mono(g)
    lang = c.pick(["th", "vi", "id", "ja", "ko", "pt"])
    item = hf_lora(
        c,
        f"{org(c)}/{kebab(stage)}-{c.pick(['flux', 'xl', 'lora-v2'])}",
        instance=f"{squash(stage)}",
        widgets=[f"{squash(stage)}, {c.pick(SCENES)}"],
        desc=LANG[lang]["intro"].format(n=stage, t=trade(c, lang, g)),
    )
    return item, facts(PF, stage, g, [squash(stage)])


# ---------------------------------------------------------------- creators


def p_streamer_irl(c: Ctx) -> Made:
    g = c.gender("str", 3)
    handle = c.fresh(c.pick(HANDLE_A) + c.pick(HANDLE_B) + c.pick(["tv", "_live", "gg", "x"]))
    pr = "she" if g == "female" else "he"
    head = [
        f"{handle} — twitch streamer (IRL + just chatting), {pr} streams from Seoul/Lisbon.",
        "screenshots from VODs, real face",
    ]
    item = civ(
        c,
        name=title(c, handle),
        desc=page(c, head, handle),
        tags=["streamer", "twitch", "irl"],
        trained=[handle],
    )
    return item, facts(OC, f"@{handle}", g, [handle])


def p_tiktok_creator_real_name(c: Ctx) -> Made:
    g = c.gender("tt", 3)
    given, fam = c.western(g)
    h = f"{squash(given)}.{squash(fam)[:4]}"
    lang = c.pick(["es", "pt", "id", "en", "vi"])
    head = [
        f"tiktok @{h} ({given} {fam}) — {c.rng.randrange(2, 9)}M followers, dance + GRWM",
        LANG[lang]["photos"].format(k=c.rng.randrange(30, 99)),
        "she posts daily" if g == "female" else "he posts daily",
    ]
    item = civ(
        c, name=title(c, f"@{h}"), desc=page(c, head, h), tags=["tiktok", "influencer"], trained=[h]
    )
    return item, facts(OC, f"{given} {fam}", g, [f"@{h}", h])


def p_xhs_creator_hanzi(c: Ctx) -> Made:
    sf, sg, rf, rg = c.cjk("zh", "female")
    h = f"{squash(rg)}_{c.rng.randrange(10, 99)}"
    head = [f"小红书博主 {sf}{sg}（{h}）", "穿搭 vlog 博主，真人照片训练", "女性 美女"]
    item = civ(
        c,
        name=title(c, f"{sf}{sg} 小红书"),
        desc=page(c, head, h),
        tags=["网红", "博主", "女性"],
        trained=[h],
        fname=f"{squash(rf + rg)}_xhs.safetensors",
    )
    return item, facts(OC, f"{rf} {rg}", "female", [sf + sg, h, f"@{h}"])


def p_cosplayer_irl(c: Ctx) -> Made:
    given, fam = c.western("female")
    h = f"{squash(given)}cos"
    head = [
        f"cosplayer {given} {fam} (@{h}) — her real face, not the character",
        f"photos from {c.pick(['Anime Expo', 'Comiket', 'Lucca Comics'])} shoots",
    ]
    item = civ(
        c,
        name=title(c, f"{h} | cosplayer"),
        desc=page(c, head, h),
        tags=["cosplay", "cosplayer", "real person"],
        trained=[h],
    )
    return item, facts(OC, f"{given} {fam}", "female", [h, f"@{h}"])


def p_subscription_creator(c: Ctx) -> Made:
    given, fam = c.western("female")
    h = f"{squash(given)}{c.pick(['xo', 'bby', 'luv'])}"
    head = [f"{h} from onlyfans 🔥 {given} {fam}", "nsfw capable, trained on her public posts"]
    item = civ(
        c,
        name=title(c, f"{h} OF model"),
        desc=page(c, head, f"{h}, nude"),
        tags=["onlyfans", "nsfw", "woman"],
        sexual=True,
        trained=[h],
    )
    return item, facts(OC, f"{given} {fam}", "female", [h, f"@{h}"])


def p_youtuber_they(c: Ctx) -> Made:
    h = c.fresh(c.pick(HANDLE_A) + c.pick(HANDLE_B) + "makes")
    head = [
        f"youtuber {h} (they/them) — woodworking + tech channel",
        "their face from video thumbnails, real person",
    ]
    item = civ(
        c, name=title(c, h), desc=page(c, head, h), tags=["youtuber", "creator"], trained=[h]
    )
    return item, facts(OC, f"@{h}", "unknown", [h])


def p_hf_creator_handle(c: Ctx) -> Made:
    g = c.gender("hfc", 3)
    h = c.fresh(c.pick(HANDLE_A) + c.pick(HANDLE_B) + c.pick(["_vlogs", "daily", "fit"]))
    w = "woman" if g == "female" else "man"
    item = hf_lora(
        c,
        f"{org(c)}/{h}-lora",
        instance=f"{h} {w}",
        widgets=[f"{h} {w}, instagram influencer, {c.pick(SCENES)}"],
        desc=f"instagram creator @{h}",
    )
    return item, facts(OC, f"@{h}", g, [h])


# ---------------------------------------------------------------- private people


def p_private_ex(c: Ctx) -> Made:
    given = c.pick(GIVEN_F)
    c.fresh(f"ex:{given}:{c.rng.randrange(10**6)}")
    lang = c.pick(["en", "es", "pt"])
    line = {
        "en": f"can someone make a lora of my ex {given}? i have like 40 pics of her",
        "es": f"alguien me hace un lora de mi ex {given}? tengo fotos de ella",
        "pt": f"alguém faz lora da minha ex {given}? tenho umas fotos dela",
    }[lang]
    item = civ(
        c,
        name=title(c, f"{given} (request)"),
        desc=page(c, [line, "paying in buzz"], given.lower()),
        tags=["request", "woman"],
    )
    return item, facts(PP, given, "female")


def p_private_coworker(c: Ctx) -> Made:
    g = c.gender("cow", 3)
    given = c.pick(GIVEN_F if g == "female" else GIVEN_M)
    c.fresh(f"cw:{given}:{c.rng.randrange(10**6)}")
    pr = "her" if g == "female" else "his"
    head = [
        f"{given} from accounting lol, my coworker. took {pr} pics at the office party",
        "for a farewell card, not public",
    ]
    item = civ(
        c, name=f"{given.lower()}_office", desc=page(c, head, given.lower()), tags=["person"]
    )
    return item, facts(PP, given, g)


def p_private_neighbour(c: Ctx) -> Made:
    g = c.gender("nb", 3)
    given, fam = c.western(g)
    lang = c.pick(["de", "fr", "en"])
    line = {
        "de": f"meine Nachbarin {given} {fam}" if g == "female" else f"mein Nachbar {given} {fam}",
        "fr": f"ma voisine {given} {fam}" if g == "female" else f"mon voisin {given} {fam}",
        "en": f"my neighbour {given} {fam}, {'she' if g == 'female' else 'he'} said ok",
    }[lang]
    item = civ(
        c,
        name=title(c, f"{given} {fam[0]}."),
        desc=page(c, [line, "photos from a bbq"], "face"),
        tags=["person", "realistic"],
    )
    return item, facts(PP, f"{given} {fam}", g, [f"{given} {fam[0]}."])


def p_private_wife_hf(c: Ctx) -> Made:
    g = c.gender("wife", 4)
    given = c.pick(GIVEN_F if g == "female" else GIVEN_M)
    c.fresh(f"w:{given}:{c.rng.randrange(10**6)}")
    rel = "wife" if g == "female" else "husband"
    w = "woman" if g == "female" else "man"
    item = hf_lora(
        c,
        f"{org(c)}/sks-{given.lower()}-dreambooth",
        instance=f"sks {w}",
        widgets=[f"sks {w} as an astronaut"],
        desc=f"dreambooth of my {rel} {given}, for an anniversary gift",
    )
    return item, facts(PP, given, g)


def p_private_classmate_hf(c: Ctx) -> Made:
    given = c.pick(GIVEN_F)
    c.fresh(f"cm:{given}:{c.rng.randrange(10**6)}")
    item = hf_lora(
        c,
        f"{org(c)}/{given.lower()}-face",
        instance=f"{given.lower()} woman",
        widgets=[f"{given.lower()} woman, graduation photo, university"],
        desc=f"{given} from my uni course (she is 23), personal project",
    )
    return item, facts(PP, given, "female")


def p_private_unknown_partner(c: Ctx) -> Made:
    initials = c.pick("ABCDEFGHJKLMNPRST") + c.pick("ABCDEFGHJKLMNPRST")
    c.once("pp:" + initials)
    head = [f"{initials} lora, trained on 30 photos of my partner (with consent)", "private use"]
    item = civ(
        c,
        name=f"{initials}_person_lora",
        desc=page(c, head, f"{initials.lower()} person"),
        tags=["person"],
    )
    return item, facts(PP, initials, "unknown")


# ---------------------------------------------------------------- negatives


def _neg(
    c: Ctx, kind: str, name: str, head: list[str], subject: str, tags: list[str], **kw: Any
) -> Made:
    return civ(c, name=name, desc=page(c, head, subject), tags=tags, **kw), facts(kind, None, None)


def n_anime_mononym_twin(c: Ctx) -> Made:
    who = c.pick(MONO_F)
    work = c.pick(ANIME_WORKS)
    c.once(f"am:{who}:{work}")
    return _neg(
        c,
        "character_anime",
        title(c, f"{who} | {work}"),
        [f"{who} from the anime {work}. outfit + hair accurate", "illustrious based"],
        f"{who.lower()}, 1girl, anime coloring",
        ["anime", "character", "1girl", snake(work)],
        trained=[f"{who.lower()}_{snake(work)[:6]}"],
    )


def n_anime_character_full(c: Ctx) -> Made:
    who = c.pick(ANIME_F)
    work = c.pick(ANIME_WORKS)
    c.once(f"af:{who}:{work}")
    return _neg(
        c,
        "character_anime",
        title(c, f"{who} ({work})"),
        [f"{who} — {work} season 2 design", "2 outfits"],
        snake(who),
        ["anime", "character", "girl", "game character"],
        trained=[snake(who)],
    )


def n_donghua_hanzi(c: Ctx) -> Made:
    hz, py = c.pick(ANIME_HANZI)
    work = c.pick(ANIME_WORKS)
    c.once(f"dh:{hz}:{work}")
    return _neg(
        c,
        "character_anime",
        title(c, f"{hz} {py}"),
        [f"{hz}，动画《{work}》女主角，二次元角色", "美女 角色"],
        py.lower(),
        ["anime", "donghua", "character", "女性"],
        trained=[py.lower()],
    )


def n_hf_anime_character(c: Ctx) -> Made:
    who = c.pick(ANIME_F + MONO_F)
    work = c.pick(ANIME_WORKS)
    item = hf_lora(
        c,
        f"{org(c)}/{kebab(who)}-{kebab(work)[:10]}-ill",
        instance=snake(who),
        widgets=[f"{snake(who)}, 1girl, anime screencap, {snake(work)}"],
        desc=f"anime character from {work}",
    )
    return item, facts("character_anime", None, None)


def n_game_western(c: Ctx) -> Made:
    who = c.pick(
        [
            "Captain Varro",
            "Brigid Ironsong",
            "The Lantern Knight",
            "Mags Holloway",
            "Sergeant Okoro",
            "Dr. Quill",
        ]
    )
    game = c.pick(["Rustbelt Saga", "Skyforge Tactics", "Ember Coast", "Neon Verdict"])
    c.once(f"gw:{who}:{game}")
    return _neg(
        c,
        "character_western",
        title(c, f"{who} - {game}"),
        [f"{who} from the video game {game} (3D model, not a real person)", "in-game armor"],
        snake(who),
        ["character", "video game", "3d"],
        trained=[snake(who)],
    )


def n_cartoon_character(c: Ctx) -> Made:
    who = c.pick(["Penny Sprocket", "Mister Wobble", "Granny Fennel", "Zip & Zap", "Olly Otter"])
    show = c.pick(["Puddle Town", "The Gadget Gang", "Moonbeam Bakery"])
    c.once(f"ct:{who}:{show}")
    return _neg(
        c,
        "character_western",
        title(c, f"{who} ({show} cartoon)"),
        [f"{who}, animated series {show}, flat colours"],
        snake(who),
        ["cartoon", "character", "animation"],
    )


def n_vtuber(c: Ctx) -> Made:
    who = c.pick(
        [
            "Hoshiyomi Ruri",
            "Kitsune Amane",
            "Nekomata Chiyo",
            "Lumi Aetheria",
            "Sakuraba Noel",
            "Aquaria Vell",
        ]
    )
    c.once(f"vt:{who}:{c.rng.randrange(3)}")
    return _neg(
        c,
        "character_vtuber",
        title(c, f"{who} 【VTuber】"),
        [f"{who} (virtual youtuber, Live2D model), new outfit 2025", "女性 vtuber"],
        snake(who),
        ["vtuber", "virtual youtuber", "character", "anime"],
    )


def n_painter_style(c: Ctx) -> Made:
    who = c.pick(PAINTERS)
    c.once(f"ps:{who}:{c.rng.randrange(3)}")
    return _neg(
        c,
        "artist_style",
        title(c, f"{who} style"),
        [
            f"in the style of {who} (19th c. painter) — brushwork, palette, landscapes",
            "no faces trained, style only",
        ],
        f"{snake(who)} style, landscape",
        ["style", "art style", "painting"],
        trained=[f"{snake(who)} style"],
    )


def n_art_style_mononym(c: Ctx) -> Made:
    st = c.pick(STYLES)
    c.once(f"sm:{st}:{c.rng.randrange(3)}")
    return _neg(
        c,
        "artist_style",
        title(c, st),
        [f"{st} — an aesthetic, not a person. grainy film + pastel", "works with any char"],
        f"{st.lower()} style",
        ["style", "aesthetic"],
        trained=[f"{st.lower()} style"],
    )


def n_instagram_filter(c: Ctx) -> Made:
    f = c.pick(["instagram filter", "VSCO preset", "tiktok beauty filter", "snapchat glow"])
    c.once(f"if:{f}:{c.rng.randrange(4)}")
    return _neg(
        c,
        "concept",
        title(c, f"{f} look"),
        [f"adds the {f} look: smooth skin, warm tones, lens flare", "works on any face"],
        f"{f}, woman, selfie",
        ["concept", "photo", "style", "filter"],
    )


def n_lighting_lora(c: Ctx) -> Made:
    f = c.pick(["rim light", "window light", "neon split light", "golden hour", "softbox"])
    c.once(f"ll:{f}:{c.rng.randrange(4)}")
    return _neg(
        c,
        "concept",
        title(c, f"{f} slider"),
        [f"{f} control LoRA, -2..+2"],
        f"portrait, {f}",
        ["lighting", "concept", "slider"],
    )


def n_city_mononym_scene(c: Ctx) -> Made:
    city = c.pick(CITIES)
    c.once(f"cy:{city}:{c.rng.randrange(3)}")
    return _neg(
        c,
        "concept",
        title(c, f"{city} streets"),
        [f"{city} — a city scene LoRA: old town, tram lines, rainy cobbles", "backgrounds only"],
        f"{city.lower()} street",
        ["background", "city", "scenery"],
    )


def n_brand_mononym(c: Ctx) -> Made:
    b = c.pick(BRANDS)
    c.once(f"br:{b}:{c.rng.randrange(3)}")
    return _neg(
        c,
        "concept",
        title(c, f"{b} bottle"),
        [f"{b} — skincare brand product shots (bottle, packaging)", "product photography"],
        f"{b.lower()} bottle on marble",
        ["product", "brand", "concept"],
    )


def n_ordinary_word_concept(c: Ctx) -> Made:
    w = c.pick(WORD_SUR + WORD_GIVEN_F)
    thing = c.pick(["texture", "pattern", "helper", "bokeh", "frame"])
    c.once(f"ow:{w}:{thing}")
    return _neg(
        c,
        "concept",
        title(c, f"{w} {thing}"),
        [f"{w.lower()} {thing} for backgrounds"],
        f"{w.lower()} {thing}",
        ["concept", "texture"],
    )


def n_clothing(c: Ctx) -> Made:
    cl = c.pick(
        [
            "hanfu",
            "ao dai",
            "qipao",
            "leather jacket",
            "knit sweater",
            "kimono",
            "hanbok",
            "trench coat",
            "sundress",
        ]
    )
    c.once(f"cl:{cl}:{c.rng.randrange(3)}")
    return _neg(
        c,
        "clothing",
        title(c, f"{cl} outfit"),
        [f"{cl} clothing LoRA, any character"],
        f"woman wearing {cl}",
        ["clothing", "outfit", snake(cl)],
    )


def n_school_uniform_clothing(c: Ctx) -> Made:
    cl = c.pick(["sailor uniform", "JK制服", "blazer uniform", "교복"])
    c.once(f"su:{cl}:{c.rng.randrange(4)}")
    return _neg(
        c,
        "clothing",
        title(c, f"{cl} set"),
        [f"{cl} outfit, 4 colours, for adult characters", "cute petite style optional"],
        f"1girl, {cl}",
        ["clothing", "uniform", "school uniform"],
        sfw=True,
    )


def n_lingerie_clothing(c: Ctx) -> Made:
    cl = c.pick(["lace lingerie", "silk lingerie set", "boudoir robe"])
    c.once(f"lg:{cl}:{c.rng.randrange(5)}")
    return _neg(
        c,
        "clothing",
        title(c, cl),
        [f"{cl}, nsfw ok"],
        f"woman, {cl}",
        ["clothing", "lingerie", "nsfw"],
        sexual=True,
    )


def n_realistic_checkpoint(c: Ctx) -> Made:
    first = c.pick(["Real", "Photo", "Lumi", "Asia", "Velvet", "True"])
    nm = first + c.pick(["Mix", "Vision", "Skin", "Beauty", "Real"])
    v = c.rng.randrange(2, 12)
    c.once(f"ck:{nm}:{v}")
    head = [
        f"{nm} v{v} — photorealistic checkpoint, good asian + western faces",
        f"merge recipe: {nm}v{v - 1} 0.6 + PhotonBase 0.4",
        "VAE baked",
    ]
    return _neg(
        c,
        "checkpoint_realistic",
        title(c, f"{nm} v{v}"),
        head,
        "1girl, realistic, photo",
        ["photorealistic", "base model", "checkpoint", "realistic", "woman"],
        mtype="Checkpoint",
    )


def n_hf_realism_base(c: Ctx) -> Made:
    nm = f"{c.pick(['photon', 'realvis', 'truegrain', 'lumen'])}-{c.pick(['xl', 'flux', 'v4'])}"
    card = {
        "license": "openrail++",
        "base_model": "stabilityai/stable-diffusion-xl-base-1.0",
        "tags": ["photorealistic", "checkpoint"],
        "widget": [{"text": "portrait of a woman, 35mm, film grain"}],
    }
    item = hf(
        c,
        repo=f"{org(c)}/{nm}-{c.hexs(3)}",
        tags=["text-to-image", "photorealistic"],
        card=card,
        files=["model.safetensors"],
    )
    return item, facts("checkpoint_realistic", None, None)


def n_tool(c: Ctx) -> Made:
    t = c.pick(
        [
            "4x face upscaler",
            "VAE fix fp16",
            "negative embedding",
            "detail tweaker",
            "hand fix",
            "skin detail ADetailer model",
        ]
    )
    c.once(f"tl:{t}:{c.rng.randrange(4)}")
    mtype = {
        "negative embedding": "TextualInversion",
        "4x face upscaler": "Upscaler",
        "VAE fix fp16": "VAE",
    }.get(t, "LORA")
    return _neg(
        c,
        "tool",
        title(c, t),
        [f"{t}, utility", "use in negative / after detailer"],
        "masterpiece",
        ["tool", "utility"],
        mtype=mtype,
    )


def n_hf_tool(c: Ctx) -> Made:
    nm = c.pick(["wd-tagger", "face-parser", "clip-aesthetic", "skin-segmenter"])
    card = {"license": "apache-2.0", "tags": ["onnx", "image-classification"]}
    item = hf(
        c,
        repo=f"{org(c)}/{nm}-{c.hexs(3)}",
        tags=["onnx"],
        card=card,
        files=["model.onnx"],
        pipeline="image-classification",
        library="onnx",
    )
    return item, facts("tool", None, None)


def n_generic_girl(c: Ctx) -> Made:
    t = c.pick(
        [
            "korean girl",
            "japanese woman",
            "nordic woman",
            "latina girl",
            "office lady",
            "gyaru girl",
            "chinese beauty",
        ]
    )
    c.once(f"gg:{t}:{c.rng.randrange(4)}")
    tags = [
        "woman",
        "girl",
        "beautiful",
        *(["美女", "女性"] if "chinese" in t or "japanese" in t else []),
    ]
    return _neg(
        c,
        "generic_face",
        title(c, f"{t} face"),
        [f"generic {t} face, no specific person", "young, cute look"],
        f"1girl, {t}",
        tags,
    )


def n_hf_generic_face(c: Ctx) -> Made:
    t = c.pick(["asian-woman", "beauty-face", "k-beauty", "mixed-face"])
    item = hf_lora(
        c,
        f"{org(c)}/{t}-{c.hexs(4)}",
        instance="ohwx woman",
        widgets=["ohwx woman, beautiful face, 여자, 미인"],
        desc="generic beauty face LoRA, no real person",
    )
    return item, facts("generic_face", None, None)


def n_doll_likeness(c: Ctx) -> Made:
    nat = c.pick(["Korean", "Thai", "Brazilian", "Polish", "Viet", "Filipina", "Nordic"])
    c.once(f"dl:{nat}:{c.rng.randrange(3)}")
    return _neg(
        c,
        "doll_likeness",
        title(c, f"{nat} Doll Likeness"),
        [f"{nat} doll likeness — a consistent pretty face, not any real woman"],
        f"{nat.lower()} doll",
        ["doll", "woman", "face"],
    )


def n_blend_unnamed(c: Ctx) -> Made:
    n = c.rng.randrange(8, 60)
    c.once(f"bu:{n}")
    return _neg(
        c,
        "blend_unnamed",
        title(c, f"MixFace {n:02d}"),
        [f"blend of {n} random faces, nobody specific", "mixed face for variety"],
        "mixface woman",
        ["blend", "face", "woman", "mixed"],
    )


def n_tpdne(c: Ctx) -> Made:
    n = c.rng.randrange(2, 40)
    c.once(f"tp:{n}")
    return _neg(
        c,
        "nonexistent_person",
        title(c, f"This Person Does Not Exist #{n}"),
        ["faces from a GAN, this person does not exist", "consistent across seeds"],
        "tpdne person",
        ["face", "synthetic", "person"],
    )


def n_oc_character(c: Ctx) -> Made:
    who = c.pick(OC_NAMES)
    c.once(f"oc:{who}:{c.rng.randrange(3)}")
    return _neg(
        c,
        "consistent_character",
        title(c, f"{who} (OC)"),
        [
            f"{who} is my original character — made-up face, consistent across images",
            "not based on any real person",
        ],
        snake(who),
        ["oc", "original character", "woman"],
        trained=[snake(who)],
    )


def n_ai_influencer(c: Ctx) -> Made:
    who = c.pick(["Lia", "Mika", "Zara", "Noa", "Kiko"]) + c.pick(["_ai", ".virtual", "_gen"])
    c.once(f"ai:{who}")
    return _neg(
        c,
        "consistent_character",
        title(c, f"{who} — AI influencer"),
        [
            f"{who} is an AI-generated influencer persona, she does not exist",
            "same face every seed",
        ],
        who,
        ["ai influencer", "consistent character", "woman"],
    )


def n_ethnic_look(c: Ctx) -> Made:
    t = c.pick(["Thai look", "Slavic look", "Nigerian look", "Korean look", "Andean look"])
    c.once(f"el:{t}:{c.rng.randrange(3)}")
    return _neg(
        c,
        "ethnic_look",
        title(c, f"{t} slider"),
        [f"{t} — ethnicity slider, -3..+3"],
        f"woman, {t.lower()}",
        ["ethnicity", "slider", "face"],
    )


def n_body_slider(c: Ctx) -> Made:
    t = c.pick(["curvy", "athletic", "freckles", "tall", "muscular", "petite frame"])
    c.once(f"bs:{t}:{c.rng.randrange(3)}")
    return _neg(
        c,
        "body_type",
        title(c, f"{t} slider"),
        [f"{t} body slider"],
        f"woman, {t}",
        ["body", "slider", "concept"],
    )


def n_pose_pack(c: Ctx) -> Made:
    t = c.pick(["sitting poses", "dance poses", "running poses", "yoga poses"])
    c.once(f"pp:{t}:{c.rng.randrange(4)}")
    return _neg(
        c,
        "concept",
        title(c, f"{t} pack"),
        [f"{t}, openpose images, 40 angles"],
        t,
        ["poses", "openpose", "controlnet"],
        mtype="Poses",
    )


def n_hf_style_lora(c: Ctx) -> Made:
    st = c.pick(STYLES + [f"{p} style" for p in PAINTERS])
    item = hf_lora(
        c,
        f"{org(c)}/{kebab(st)}-{c.hexs(3)}",
        instance=f"{squash(st)}",
        widgets=[f"{squash(st)}, a lighthouse on a cliff", f"{squash(st)}, still life"],
        desc=f"{st} — art style LoRA, no people in the dataset",
    )
    return item, facts("artist_style", None, None)


def n_hf_concept_lora(c: Ctx) -> Made:
    t = c.pick(
        [
            "film-grain",
            "neon-rim-light",
            "insta-filter",
            "polaroid-look",
            "fisheye",
            "double-exposure",
            "bokeh-night",
        ]
    )
    item = hf_lora(
        c,
        f"{org(c)}/{t}-{c.hexs(4)}",
        instance=t.replace("-", " "),
        widgets=[f"{t.replace('-', ' ')}, portrait of a woman, city"],
        desc=f"{t} effect LoRA, works on any subject",
    )
    return item, facts("concept", None, None)


def n_hf_oc_character(c: Ctx) -> Made:
    who = c.pick(OC_NAMES)
    item = hf_lora(
        c,
        f"{org(c)}/{kebab(who)}-oc-{c.hexs(3)}",
        instance=snake(who),
        widgets=[f"{snake(who)}, original character, cafe"],
        desc=f"{who} is a made-up consistent character (not a real person)",
    )
    return item, facts("consistent_character", None, None)


# ---------------------------------------------------------------- the plan

Template = Callable[[Ctx], Made]
POSITIVES: dict[str, tuple[Template, int]] = {
    "mononym_idol_hangul": (p_mononym_idol_hangul, 10),
    "mononym_ring_name": (p_mononym_ring_name, 6),
    "mononym_singer_latam": (p_mononym_singer_latam, 6),
    "mononym_footballer": (p_mononym_footballer, 4),
    "hanzi_only_title": (p_hanzi_only_title, 8),
    "kanji_kana_given": (p_kanji_kana_given, 8),
    "korean_family_first_hyphen": (p_korean_family_first_hyphen, 8),
    "camelcase_trigger_only": (p_camelcase_trigger_only, 6),
    "script_only_name": (p_script_only_name, 8),
    "live_action_role": (p_live_action_role, 9),
    "ordinary_word_kebab": (p_ordinary_word_kebab, 8),
    "name_after_settings": (p_name_after_settings, 9),
    "name_only_filename": (p_name_only_filename, 7),
    "name_only_version": (p_name_only_version, 6),
    "name_only_tags": (p_name_only_tags, 5),
    "hf_widget_prompt": (p_hf_widget_prompt, 13),
    "hf_repo_slug_trade": (p_hf_repo_slug_trade, 12),
    "hf_cjk_card": (p_hf_cjk_card, 12),
    "named_blend": (p_named_blend, 6),
    "adult_cute_uniform": (p_adult_cute_uniform, 7),
    "hf_mononym_trade": (p_hf_mononym_trade, 9),
    "minor_stated_age": (p_minor_stated_age, 4),
    "minor_youth_tag": (p_minor_youth_tag, 3),
    "cyrillic_desc": (p_cyrillic_desc, 5),
    "multilang_trade": (p_multilang_trade, 8),
    "script_variants_one_person": (p_script_variants_one_person, 6),
    "streamer_irl": (p_streamer_irl, 8),
    "tiktok_creator_real_name": (p_tiktok_creator_real_name, 8),
    "xhs_creator_hanzi": (p_xhs_creator_hanzi, 7),
    "cosplayer_irl": (p_cosplayer_irl, 7),
    "subscription_creator": (p_subscription_creator, 6),
    "youtuber_they": (p_youtuber_they, 4),
    "hf_creator_handle": (p_hf_creator_handle, 12),
    "private_ex": (p_private_ex, 7),
    "private_coworker": (p_private_coworker, 7),
    "private_neighbour": (p_private_neighbour, 10),
    "private_wife_hf": (p_private_wife_hf, 10),
    "private_classmate_hf": (p_private_classmate_hf, 10),
    "private_unknown_partner": (p_private_unknown_partner, 6),
}
NEGATIVES: dict[str, tuple[Template, int]] = {
    "anime_mononym_twin": (n_anime_mononym_twin, 10),
    "anime_character_full": (n_anime_character_full, 6),
    "donghua_hanzi": (n_donghua_hanzi, 8),
    "hf_anime_character": (n_hf_anime_character, 16),
    "game_western": (n_game_western, 10),
    "cartoon_character": (n_cartoon_character, 8),
    "vtuber": (n_vtuber, 15),
    "painter_style": (n_painter_style, 10),
    "art_style_mononym": (n_art_style_mononym, 10),
    "instagram_filter": (n_instagram_filter, 6),
    "lighting_lora": (n_lighting_lora, 6),
    "city_mononym_scene": (n_city_mononym_scene, 8),
    "brand_mononym": (n_brand_mononym, 6),
    "ordinary_word_concept": (n_ordinary_word_concept, 6),
    "clothing": (n_clothing, 8),
    "school_uniform_clothing": (n_school_uniform_clothing, 8),
    "lingerie_clothing": (n_lingerie_clothing, 5),
    "realistic_checkpoint": (n_realistic_checkpoint, 10),
    "hf_realism_base": (n_hf_realism_base, 20),
    "tool": (n_tool, 6),
    "hf_tool": (n_hf_tool, 18),
    "generic_girl": (n_generic_girl, 8),
    "hf_generic_face": (n_hf_generic_face, 18),
    "doll_likeness": (n_doll_likeness, 15),
    "blend_unnamed": (n_blend_unnamed, 15),
    "tpdne": (n_tpdne, 15),
    "oc_character": (n_oc_character, 10),
    "ai_influencer": (n_ai_influencer, 8),
    "ethnic_look": (n_ethnic_look, 15),
    "body_slider": (n_body_slider, 15),
    "pose_pack": (n_pose_pack, 12),
    "hf_style_lora": (n_hf_style_lora, 15),
    "hf_concept_lora": (n_hf_concept_lora, 12),
    "hf_oc_character": (n_hf_oc_character, 10),
}
MINOR_SHAPES = {"minor_stated_age", "minor_youth_tag"}
PROMINENCE = {
    "public_figure": "public_figure",
    "online_creator": "online_creator",
    "private_person": "private_or_unknown",
}


def build(part: str = "dev19") -> tuple[list[Item], list[Label]]:
    c = Ctx(part)
    plan: list[tuple[str, bool, Template]] = []
    for likeness, table in ((True, POSITIVES), (False, NEGATIVES)):
        for shape, (template, n) in table.items():
            plan += [(shape, likeness, template)] * n
    c.rng.shuffle(plan)
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


@functools.cache
def built(part: str = "dev19") -> tuple[list[Item], list[Label]]:
    """``build`` once per process (callers must not change what it returns)."""
    return build(part)


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(", ", ": "))


def write(part: str) -> None:
    items, labels = build(part)
    (HERE / f"{part}.jsonl").write_text("".join(dumps(x) + "\n" for x in items), "utf-8")
    (HERE / f"{part}_labels.jsonl").write_text("".join(dumps(x) + "\n" for x in labels), "utf-8")


def counts_table() -> str:
    rows: Counter[tuple[str, str]] = Counter()
    for lab in built("dev19")[1]:
        rows[(lab["kind"], lab["shape"])] += 1
    keys = sorted(rows, key=lambda ks: (ks[0] not in PROMINENCE, ks))
    lines = ["| kind | shape | dev19 |", "|---|---|---|"]
    lines += [f"| `{k}` | `{s}` | {rows[(k, s)]} |" for k, s in keys]
    return "\n".join(lines)


def totals() -> str:
    labels = built("dev19")[1]
    like = [x for x in labels if x["likeness"]]
    g = Counter(x["gender"] for x in like)
    kinds = Counter(x["kind"] for x in labels if not x["likeness"])
    return (
        f"Totals: dev19: {len(labels)} items, {len(like)} likeness (female {g['female']}, male "
        f"{g['male']}, unknown {g['unknown']}), {len(kinds)} negative kinds (smallest "
        f"{min(kinds.values())}), sexual intent {sum(x['sexual_intent'] for x in labels)}, minor "
        f"risk {sum(x['minor_risk'] for x in labels)}, Hugging Face "
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
