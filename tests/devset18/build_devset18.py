"""Build the eighteenth dev set (tests/devset18): ``hold18``, seeded, byte for byte.

Usage, from the repository root::

    .venv/bin/python tests/devset18/build_devset18.py            # rewrite the two files
    .venv/bin/python tests/devset18/build_devset18.py --counts   # print the README's table

Every person is invented (the vocabulary is below). Pages are written the way uploaders write
them: terse titles, emoji, broken English, several languages on one page, trigger words, version
names and, on about half the pages, a long settings block. The cue rules (``sexual_cue``,
``minor_cue``) are checked against every label, and the two never meet.
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
SEEDS = {"hold18": 180_418}
ID_BASE = {"hold18": 18_200_000}
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
    r"(?<![\d.,:/x])(\d{1,2}) ?(?:yo\b|y/o\b|y\.o\.|years? old\b|-year-old\b|歳|才|살|세|岁)"
    r"|\b(?:aged?|Age:) ?(\d{1,2})\b",
    re.IGNORECASE,
)
YOUTH = re.compile(
    r"\b(?:teen|teens|teenage|teenager|junior high|middle school|middle schooler|"
    r"high schooler|child actor|child actress|child model|underage)\b|"
    r"中学生|高校生|初中生|高中生|未成年|중학생|고등학생|미성년",
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

F_EN = ["Marisol", "Annika", "Delphine", "Corinne", "Tamsin", "Liesel", "Odette", "Rowena",
        "Saskia", "Ilona", "Noor", "Imke", "Vesna", "Brielle", "Kaia", "Mireille", "Philippa",
        "Greer", "Solveig", "Anouk", "Leontine", "Marit", "Oriane", "Thessaly"]  # fmt: skip
M_EN = ["Caspian", "Lorcan", "Teodor", "Anselm", "Emeric", "Joaquin", "Rafferty", "Stellan",
        "Piers", "Ambrose", "Tobiah", "Leopold", "Evander", "Cormac"]  # fmt: skip
SUR_A = ["Ost", "Brin", "Quar", "Halv", "Kesk", "Wynd", "Drav", "Fenn", "Garr", "Lisk", "Orm",
         "Pell", "Sarn", "Thel", "Varr", "Yss", "Corb", "Mald", "Tresc", "Ulv"]  # fmt: skip
SUR_B = ["wick", "ery", "ane", "ovich", "ington", "amore", "etti", "holm", "enza", "aux",
         "rook", "ridge", "sley", "ard", "ino", "berg", "mont", "dottir"]  # fmt: skip
# first names and surnames that are ordinary English words
F_WORD = ["Daisy", "Holly", "Summer", "Ivy", "Hazel", "Poppy", "Autumn", "Sunny", "Clover",
          "Wren", "Marigold", "Honey", "Ember", "Willow"]  # fmt: skip
M_WORD = ["Hunter", "Forest", "Cash", "Rocky", "Ridge", "Sterling"]
S_WORD = ["Fox", "Day", "Stone", "Chase", "Marsh", "Frost", "Bird", "Moss", "Lake", "Thorn",
          "Pike", "Shore", "Reed", "Bell", "Gale", "Heath", "Snow", "Rivers", "Banks", "Wolfe",
          "Hart", "Sparrow", "Barley", "Lark"]  # fmt: skip
# (script, romanisation)
FAM_ZH = [("闻人", "Wenren"), ("端木", "Duanmu"), ("皇甫", "Huangfu"), ("巫马", "Wuma"),
          ("沈", "Shen"), ("程", "Cheng"), ("苏", "Su"), ("纪", "Ji"), ("宁", "Ning"),
          ("阮", "Ruan"), ("鞠", "Ju"), ("蔺", "Lin"), ("乔", "Qiao"), ("栾", "Luan")]  # fmt: skip
GIV_ZH_F = [("晚晴", "Wanqing"), ("若汐", "Ruoxi"), ("语桐", "Yutong"), ("芷萱", "Zhixuan"),
            ("沐瑶", "Muyao"), ("清漪", "Qingyi"), ("念初", "Nianchu"), ("梦溪", "Mengxi"),
            ("书禾", "Shuhe"), ("知夏", "Zhixia"), ("锦瑟", "Jinse"),
            ("岚音", "Lanyin")]  # fmt: skip
GIV_ZH_M = [("宸烨", "Chenye"), ("屿川", "Yuchuan"), ("泽霖", "Zelin"), ("景行", "Jingxing"),
            ("亦舟", "Yizhou"), ("星阑", "Xinglan")]  # fmt: skip
FAM_JA = [("霜宮", "Shimomiya"), ("鷹取", "Takatori"), ("水無瀬", "Minase"), ("月岡", "Tsukioka"),
          ("柊木", "Hiiragiki"), ("御影", "Mikage"), ("白峰", "Shiramine"), ("朝凪", "Asanagi"),
          ("鳰川", "Niogawa"), ("雪代", "Yukishiro"), ("檜垣", "Higaki"),
          ("真砂", "Masago")]  # fmt: skip
GIV_JA_KANA_F = [("ひより", "Hiyori"), ("みつき", "Mitsuki"), ("ことね", "Kotone"),
                 ("ゆずは", "Yuzuha"), ("しずく", "Shizuku"), ("いろは", "Iroha"),
                 ("のどか", "Nodoka"), ("すみれ", "Sumire"), ("かのん", "Kanon")]  # fmt: skip
GIV_JA_KANJI_F = [("澪", "Mio"), ("紗季", "Saki"), ("陽菜", "Hina"), ("詩織", "Shiori"),
                  ("千景", "Chikage"), ("芙美", "Fumi")]  # fmt: skip
GIV_JA_M = [("湊", "Minato"), ("蒼真", "Soma"), ("陽翔", "Haruto"), ("悠真", "Yuma"),
            ("かなた", "Kanata"), ("いぶき", "Ibuki")]  # fmt: skip
FAM_KO = [("염", "Yeom"), ("방", "Bang"), ("석", "Seok"), ("표", "Pyo"), ("맹", "Maeng"),
          ("탁", "Tak"), ("봉", "Bong"), ("육", "Yuk"), ("편", "Pyeon"), ("국", "Guk"),
          ("독고", "Dokgo"), ("제갈", "Jegal")]  # fmt: skip
GIV_KO_F = [("서하", "Seo-ha"), ("서윤", "Seo-yun"), ("예슬", "Ye-seul"), ("해솔", "Hae-sol"),
            ("로아", "Ro-a"), ("이솔", "I-sol"), ("누리", "Nu-ri"), ("보미", "Bo-mi"),
            ("여진", "Yeo-jin"), ("하음", "Ha-eum"), ("은채", "Eun-chae")]  # fmt: skip
GIV_KO_M = [("도현", "Do-hyeon"), ("도담", "Do-dam"), ("태윤", "Tae-yun"), ("한결", "Han-gyeol"),
            ("준서", "Jun-seo")]  # fmt: skip
IDOL_GROUPS = [("LUMIQ", "루미크"), ("MIRRORBLUE", "미러블루"), ("NOVA9", "노바나인"),
               ("Hi-Tide", "하이타이드"), ("KALEIDA", "칼레이다")]  # fmt: skip
SHOWS = [("Dunmore Quay", "TV series"), ("Saltmarsh Division", "crime drama"),
         ("The Velvet Ledger", "HBO-style series"), ("Iron Orchard", "period drama"),
         ("Ninefold Gate", "K-drama"), ("Apricot Clinic", "K-drama"),
         ("Blue Lantern Precinct", "cop show"), ("凤栖梧桐", "C-drama 古装剧"),
         ("Brackwater Hollow", "Netflix series"), ("夜行の街", "J-drama")]  # fmt: skip
ROLES_F = ["Detective Mara Kell", "Queen Seolhwa", "Dr. Ines Rook", "Lady Wenna", "Captain Juno",
           "Sister Agathe", "Officer Deva Lind", "Princess Yunhua"]  # fmt: skip
ROLES_M = ["Inspector Hale", "Father Osric", "Lord Cassian Merrow", "Sergeant Bram"]
ROLES_ASIA = {"female": ["Queen Seolhwa", "Princess Yunhua", "Consort Meiyin", "Prosecutor Han"],
              "male": ["General Baekho", "Prince Jun", "Chef Kaito"]}  # fmt: skip
ANIME_F = ["Aoba Kirishina", "Rinne Tsukuyomi", "Mafuyu Hoshikawa", "Seira Kanzaki",
           "Towa Amagiri", "Nanase Kurogane", "Lilith Ashgrove", "Yuzu Shirakane",
           "Hotaru Minaduki", "Ciel Vermillion"]  # fmt: skip
ANIME_SCRIPT = [("星宮ミレイ", "Hoshimiya Mirei"), ("白露カナタ", "Hakuro Kanata"),
                ("윤슬아", "Yun Seul-a"), ("洛清歌", "Luo Qingge"), ("月詠ノア", "Tsukuyomi Noa"),
                ("紫苑ルカ", "Shion Ruka")]  # fmt: skip
FRANCHISES = ["Hearthglass Saga", "Hollow Crown Academy", "Blade of Nine Moons", "Aether Tactics",
              "Quillmoor Parable", "Moonwell Chronicle", "Project ECHOFALL"]  # fmt: skip
WESTERN_CHARS = ["Commander Liora Vask", "Agent Bree Calloway", "Dusty Marrowbone",
                 "Professor Ottilie Fenwhistle", "Captain Rook Sable", "Mayor Gus Pumble",
                 "Nell Ironquill", "Zara Voltline"]  # fmt: skip
WESTERN_WORKS = ["Ashfall Protocol (game)", "Pumble Street (cartoon)", "Ironquill (comic)",
                 "Voltline Racers (game)", "The Fenwhistle Files (animated)"]  # fmt: skip
VTUBERS = ["Mochi Nebula", "Kurumi Starflake", "Aurelia Moonbyte", "Pip Glitchwing",
           "Sora Lumenette", "Nyx Cindervale"]  # fmt: skip
PAINTERS = ["Henrike Dallmoor", "Osvald Trenchard", "Mathilde Aucoin-Ry", "Benedek Sorval",
            "Ingrid Halloway", "Casimir Voll", "Elodie Vantreuil"]  # fmt: skip
PHOTOGRAPHERS = ["Tomas Kielburn", "Annalise Werth", "Yusuf Darrowgate", "Petra Wendholt"]
OC_NAMES = ["Mika Vale-Sorin", "Elowen Drift", "Kira Ashdown", "Juniper Quell", "Sable Orwin",
            "Lenna Voss", "Yuki Harrowmere", "Ayla Brightwater"]  # fmt: skip
HF_ORGS = ["pinecone-lab", "hollowbyte", "lumafold", "sundew-ai", "quietkernel", "tinyraster",
           "fernleaf-models", "driftgrain-lab"]  # fmt: skip
UPLOADERS = ["zeroshot_zed", "lora_lad99", "mossy_pixels", "kettle_kappa", "bao_bun_ai",
             "nightowl_trainer", "ramen_latent", "sigma_sprout", "crt_ghost", "fox_in_vram",
             "tofu_diffuse", "grain_goblin", "vram_poor", "hanami_nodes"]  # fmt: skip
CKPTS = ["Juggernaut-ish merges", "any realistic XL ckpt", "Pony realism", "flux dev fp8",
         "SD1.5 realistic ckpt", "Illustrious realism merges"]  # fmt: skip
BASES = ["SDXL 1.0", "Pony", "Illustrious", "Flux.1 D", "SD 1.5", "Flux.1 S", "Qwen"]
SAMPLERS = ["Euler a", "DPM++ 2M Karras", "DPM++ SDE", "Euler (beta)", "DEIS", "UniPC"]
SCENES = ["street snap, overcast", "studio headshot, grey backdrop", "night market, bokeh",
          "cafe window seat", "rooftop golden hour", "train platform, film grain",
          "press conference, flash photo", "subway car, fluorescent light",
          "red carpet, photographers"]  # fmt: skip
LENSES = ["85mm f1.8", "35mm, portra 400", "50mm", "iphone photo", "disposable camera"]
THANKS = ["Merci pour les retours !", "ダウンロードありがとう！", "리뷰 부탁드려요 🙏",
          "谢谢大家支持～", "Gracias por la buena onda", "Danke fürs Testen!",
          "Obrigado pessoal 🇧🇷", "Cảm ơn nha", "Terima kasih!", "Dzięki za pobranie"]  # fmt: skip
SHORT = ["pls leave a review ❤️", "no paid requests rn sorry", "works ok with {ck}",
         "dont use for anything illegal/weird ok", "use 0.6~0.9, higher = overcooked",
         "buzz appreciated 🙏", "more versions soon(tm)", "first upload, be nice lol",
         "tested on {ck} only", "if it burns lower the weight"]  # fmt: skip
FIXES = ["less colour cast", "fixed burned eyes", "flux port", "rank 16, smaller file",
         "better teeth", "new samples", "dataset cleaned", "captions redone"]  # fmt: skip

# ---------------------------------------------------------------- context


class Retry(Exception):
    """A template drew something already used; draw again."""


class Ctx:
    def __init__(self, part: str) -> None:
        self.part = part
        self.rng = random.Random(SEEDS[part])
        self.next_id = ID_BASE[part]
        self.names: set[str] = set()
        self.turns: Counter[str] = Counter()

    def pick(self, seq: Any) -> Any:
        return seq[self.rng.randrange(len(seq))]

    def new_id(self) -> int:
        self.next_id += self.rng.randrange(7, 61)
        return self.next_id

    def hexs(self, n: int) -> str:
        return "".join(self.pick("0123456789abcdef") for _ in range(n))

    def gender(self, key: str, every: int = 3) -> str:
        """female, female, male ... per shape (one man in ``every``)."""
        self.turns[key] += 1
        return "male" if self.turns[key] % every == 0 else "female"

    def fresh(self, *keys: str) -> None:
        for k in keys:
            if k in self.names:
                raise Retry
        self.names.update(keys)

    def western(self, g: str, words: bool = False) -> tuple[str, str]:
        if words:
            given = self.pick(F_WORD if g == "female" else M_WORD)
            family = self.pick(S_WORD)
        else:
            given = self.pick(F_EN if g == "female" else M_EN)
            family = self.pick(SUR_A) + self.pick(SUR_B)
        self.fresh(f"{given} {family}")
        return given, family

    def zh(self, g: str) -> tuple[str, str, str, str]:
        fs, fr = self.pick(FAM_ZH)
        gs, gr = self.pick(GIV_ZH_F if g == "female" else GIV_ZH_M)
        self.fresh(fs + gs, f"{fr} {gr}")
        return fs, gs, fr, gr

    def ja(self, g: str, kana: bool = True) -> tuple[str, str, str, str]:
        fs, fr = self.pick(FAM_JA)
        pool = (GIV_JA_KANA_F if kana else GIV_JA_KANJI_F) if g == "female" else GIV_JA_M
        gs, gr = self.pick(pool)
        self.fresh(fs + gs, f"{fr} {gr}")
        return fs, gs, fr, gr

    def ko(self, g: str) -> tuple[str, str, str, str]:
        fs, fr = self.pick(FAM_KO)
        gs, gr = self.pick(GIV_KO_F if g == "female" else GIV_KO_M)
        self.fresh(fs + gs, f"{fr} {gr}")
        return fs, gs, fr, gr


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def snake(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", ascii_fold(text).lower()).strip("_")


def squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", ascii_fold(text).lower())


def camel(given: str, family: str) -> str:
    return squash(given) + squash(family).capitalize()


# ---------------------------------------------------------------- page furniture


def html(*parts: str) -> str:
    return "".join(p if p.startswith("<") else f"<p>{p}</p>" for p in parts if p)


def settings_block(c: Ctx) -> str:
    lo = c.pick([0.55, 0.6, 0.7, 0.75])
    lines = [
        f"<li>sampler: {c.pick(SAMPLERS)} / {c.rng.randrange(18, 41)} steps</li>",
        f"<li>cfg {c.pick([2.5, 3, 3.5, 4, 5, 6, 7])}</li>",
        f"<li>weight {lo}-{round(lo + 0.3, 2)}</li>",
        f"<li>{c.pick(['hires 1.5x denoise 0.35', 'adetailer face ON', 'clip skip 2'])}</li>",
    ]
    return "<p><strong>Settings</strong></p><ul>" + "".join(lines) + "</ul>"


def prompt_block(c: Ctx, subject: str) -> str:
    w = c.pick(["0.8", "0.9", "1.0", "0.7"])
    pos = f"({subject}:{w}), {c.pick(SCENES)}, {c.pick(LENSES)}, detailed skin"
    neg = "(worst quality:1.4), lowres, blurry, bad hands, watermark, text"
    return f"<pre><code>{pos}\nNegative prompt: {neg}</code></pre>"


def changelog(c: Ctx) -> str:
    n = c.rng.randrange(1, 4)
    month = c.rng.randrange(3, 12)
    out = []
    for k in range(n):
        d = f"{month - k:02d}/{c.rng.randrange(1, 28):02d}"
        out.append(f"<li>{d} v{n - k}: {c.pick(FIXES)}</li>")
    return "<p>changelog</p><ul>" + "".join(out) + "</ul>"


def page(c: Ctx, head: list[str], subject: str | None = None) -> str:
    """The naming lines, then (on about half the pages) settings, prompt, changelog, thanks."""
    parts = list(head)
    parts.append(c.pick(SHORT).format(ck=c.pick(CKPTS)))
    if c.rng.random() < 0.55:
        parts.append(settings_block(c))
        if subject is not None:
            parts.append(prompt_block(c, subject))
        parts.append(changelog(c))
    if c.rng.random() < 0.5:
        parts.append(c.pick(THANKS))
    return html(*parts)


def dataset_line(c: Ctx) -> str:
    n = c.rng.randrange(18, 160)
    return c.pick([f"trained on {n} imgs", f"{n} pics, {c.rng.randrange(6, 20)} epochs",
                   f"dataset: {n} images (captioned w/ joycaption)", f"{n}张图训练",
                   f"学習画像{n}枚"])  # fmt: skip


# ---------------------------------------------------------------- item shapes


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
) -> Item:
    """A Civitai /api/v1/models item, in the 2023 catalog shape or the 2025 shape."""
    mid = c.new_id()
    new = c.rng.random() < 0.6
    ext = ".pt" if mtype == "TextualInversion" else ".safetensors"
    stem = snake(name)[:48] or f"model_{c.hexs(6)}"  # a name in script has no ASCII stem
    specs = versions or [
        {
            "name": c.pick(["v1.0", "v2", "V3", "v1.1", "XL", "flux_v1", "ILL v1", "ep10"]),
            "trained": trained or [],
            "file": fname or stem + ext,
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
                f"/width=832/{vid}{k}.jpeg",
                "width": c.pick([832, 896, 1024]),
                "height": c.pick([1216, 1152, 1344]),
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
                    "negativePrompt": "lowres, bad anatomy, watermark",
                    "sampler": c.pick(SAMPLERS),
                    "steps": c.rng.randrange(20, 36),
                    "cfgScale": c.pick([3.5, 4, 5, 7]),
                    "seed": c.rng.randrange(10**8, 10**10),
                    "Size": "832x1216",
                }
            images.append(img)
        created = f"{'2025' if new else '2023'}-{c.rng.randrange(1, 10):02d}-"
        created += f"{c.rng.randrange(10, 28)}T0{c.rng.randrange(10)}:41:12.000Z"
        version: dict[str, Any] = {
            "id": vid,
            "name": spec["name"],
            "baseModel": c.pick(BASES),
            "createdAt": created,
            "description": spec.get("description"),
            "trainedWords": spec.get("trained") or [],
            "files": [
                {
                    "id": vid + 5,
                    "sizeKB": round(c.rng.uniform(9000, 240000), 3),
                    "name": spec.get("file") or stem + ext,
                    "type": "Model",
                    "pickleScanResult": "Success",
                    "virusScanResult": "Success",
                    "metadata": {
                        "format": "PickleTensor" if ext == ".pt" else "SafeTensor",
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
                publishedAt=created,
                status="Published",
                availability="Public",
                nsfwLevel=(1 | 4 | 8) if sexual else c.pick([1, 3]),
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
            nsfwLevel=(1 | 4 | 8) if sexual else c.pick([1, 3]),
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
        stats.update(thumbsUpCount=c.rng.randrange(600), thumbsDownCount=0, ratingCount=0,
                     rating=0, tippedAmountCount=c.rng.randrange(12))  # fmt: skip
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
    slug: str,
    tags: list[str],
    instance: str | None,
    widget: list[str],
    sexual: bool = False,
    base: str = "black-forest-labs/FLUX.1-dev",
    lora: bool = True,
    pipeline: str = "text-to-image",
    library: str = "diffusers",
    files: list[str] | None = None,
) -> Item:
    """A Hugging Face ModelInfo item as /api/models?full=true&cardData=true returns it."""
    repo = f"{c.pick(HF_ORGS)}/{slug}"
    c.fresh("hf:" + repo)
    card: dict[str, Any] = {
        "license": c.pick(["other", "apache-2.0", "creativeml-openrail-m"]),
        "base_model": base,
        "tags": [*tags, *(["lora"] if lora else [])],
        "widget": [{"text": w, "output": {"url": f"images/ex_{k}.png"}} for k, w in
                   enumerate(widget)],
    }  # fmt: skip
    if instance is not None:
        card["instance_prompt"] = instance
    extra = [library, pipeline]
    extra.append(f"base_model:adapter:{base}" if lora else f"base_model:finetune:{base}")
    if sexual:
        extra.append("not-for-all-audiences")
    sib = []
    for f in [".gitattributes", "README.md", *(files or [f"{slug}.safetensors"])]:
        s: dict[str, Any] = {"rfilename": f}
        if f.endswith((".safetensors", ".bin", ".onnx", ".pt", ".pth")):
            s["lfs"] = {"sha256": c.hexs(64), "size": c.rng.randrange(10**6, 6 * 10**9),
                        "pointerSize": 134}  # fmt: skip
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
        "tags": [*tags, *(["lora"] if lora else []), *extra, f"license:{card['license']}",
                 "region:us"],
        "pipeline_tag": pipeline,
        "cardData": card,
        "siblings": sib,
    }  # fmt: skip


def facts(
    kind: str,
    target: str | None = None,
    gender: str | None = None,
    aliases: list[str] | None = None,
    targets: list[str] | None = None,
) -> dict[str, Any]:
    return {
        "kind": kind,
        "target": target,
        "gender": gender,
        "targets": targets if targets is not None else ([target] if target else []),
        "aliases": [a for a in dict.fromkeys(aliases or []) if a and a != target],
    }  # fmt: skip


def gword(g: str) -> str:
    return "woman" if g == "female" else "man"


def pron(g: str) -> tuple[str, str]:
    return ("she", "her") if g == "female" else ("he", "his")


def hf_turn(c: Ctx, p: float = 0.45) -> bool:
    return c.rng.random() < p


PF, OC, PP = "public_figure", "online_creator", "private_person"
TRADE_EN = {
    "female": ["actress", "singer", "news anchor", "tennis player", "model", "TV host"],
    "male": ["actor", "singer", "footballer", "news anchor", "comedian", "TV host"],
}
TRADE_ZH = {"female": ["女演员", "女歌手", "女主播"], "male": ["男演员", "男歌手", "男主持"]}
TRADE_JA = {
    "female": ["女優", "女性アナウンサー", "グラビアアイドル"],
    "male": ["俳優", "男性歌手"],
}
TRADE_KO = {
    "female": ["여배우", "걸그룹 멤버", "여자 아나운서"],
    "male": ["남자 배우", "보이그룹 멤버"],
}
# fmt: skip

# ---------------------------------------------------------------- positives: public figures


def p_hanzi_only_script(c: Ctx) -> Made:
    g = c.gender("hz")
    fs, gs, _, _ = c.zh(g)
    name = fs + gs
    tag = "美女" if g == "female" else "男星"
    head = [f"{name}，{c.pick(TRADE_ZH[g])}。{dataset_line(c)}", "触发词见下，权重0.8左右"]
    item = civ(c, name=f"{name} 写真LoRA", desc=page(c, head, name), trained=[name],
               tags=["真人", tag, "portrait"], fname=f"zh_{c.hexs(6)}.safetensors")  # fmt: skip
    return item, facts(PF, name, g)


def p_kanji_kana_given(c: Ctx) -> Made:
    g = c.gender("jk")
    fs, gs, fr, gr = c.ja(g, kana=True)
    name = fs + gs
    spaced = f"{fs} {gs}"
    show_roman = c.rng.random() < 0.5
    head = [f"{spaced}（{c.pick(TRADE_JA[g])}）のLoRAです。", dataset_line(c)]
    if show_roman:
        head.append(f"romaji: {gr} {fr}")
    title = c.pick([f"{spaced} | LoRA", f"【実写】{name}", f"{name} / SDXL"])
    item = civ(c, name=title, desc=page(c, head, name), trained=[name],
               tags=["実写", "日本人", "女性" if g == "female" else "男性"])  # fmt: skip
    aliases = [spaced, f"{fr} {gr}", f"{gr} {fr}"] if show_roman else [spaced]
    return item, facts(PF, name, g, aliases)


def p_hangul_only_name(c: Ctx) -> Made:
    g = c.gender("hg")
    fs, gs, _, _ = c.ko(g)
    name = fs + gs
    head = [f"{name} ({c.pick(TRADE_KO[g])}) 로라입니다", dataset_line(c), "가중치 0.7~0.9 추천"]
    item = civ(c, name=c.pick([f"{name} 로라", f"{name} LoRA v2", f"[실사] {name}"]),
               desc=page(c, head, name), trained=[name],
               tags=["실사", "여자" if g == "female" else "남자", "korean"])  # fmt: skip
    return item, facts(PF, name, g)


def p_pinyin_run_together_file(c: Ctx) -> Made:
    g = c.gender("py")
    fs, gs, fr, gr = c.zh(g)
    run = (fr + gr).lower()
    fname = f"{run}_v{c.rng.randrange(1, 5)}.safetensors"
    if hf_turn(c, 0.5):
        item = hf(c, slug=f"{run}-flux-lora", tags=["chinese", "portrait"], instance=run,
                  widget=[f"{run}, {c.pick(SCENES)}, {c.pick(LENSES)}"],
                  files=[fname])  # fmt: skip
        return item, facts(PF, f"{fr} {gr}", "unknown", [run, fs + gs])
    title = c.pick([f"{fr} {gr} | {fs + gs}", run, f"{fs + gs} ({run})"])
    head = [f"{fs + gs} {c.pick(TRADE_ZH[g])} lora", "trigger: " + run, dataset_line(c)]
    item = civ(c, name=title, desc=page(c, head, run), trained=[run], fname=fname,
               tags=["celebrity", "chinese", "美女" if g == "female" else "帅哥"])  # fmt: skip
    return item, facts(PF, f"{fr} {gr}", g, [run, fs + gs])


def p_korean_family_first_hyphen(c: Ctx) -> Made:
    g = c.gender("kf")
    fs, gs, fr, gr = c.ko(g)
    full = f"{fr} {gr}"
    trade = (
        c.pick(["actress", "singer", "idol", "announcer"])
        if g == "female"
        else c.pick(["actor", "singer", "idol"])
    )
    p, ps = pron(g)
    head = [f"{full} ({fs + gs}), korean {trade}. {p} asked for by a lot of ppl so here",
            dataset_line(c), f"{ps} dimples come out ok at 0.8"]  # fmt: skip
    title = c.pick([f"{full} - Korean {trade}", f"{full.upper()} | {fs + gs}", f"{full} [SDXL]"])
    trig = snake(full)
    if hf_turn(c):
        item = hf(c, slug=snake(full).replace("_", "-") + "-lora", tags=["korean", "portrait"],
                  instance=trig, widget=[f"{trig}, {gword(g)}, {c.pick(SCENES)}"])  # fmt: skip
        return item, facts(PF, full, g, [fs + gs, trig, f"{gr} {fr}"])
    item = civ(c, name=title, desc=page(c, head, trig), trained=[trig],
               tags=["celebrity", "korean", gword(g)])  # fmt: skip
    return item, facts(PF, full, g, [fs + gs, trig, f"{gr} {fr}"])


def p_camelcase_trigger(c: Ctx) -> Made:
    g = c.gender("cc")
    given, family = c.western(g)
    trig = camel(given, family)
    p, _ = pron(g)
    head = [f"trigger <code>{trig}</code>", f"{c.pick(TRADE_EN[g])} from the 2010s, {p} "
            "retired now i think", dataset_line(c)]  # fmt: skip
    if hf_turn(c):
        item = hf(c, slug=trig + "-sdxl", tags=["portrait"], instance=trig,
                  widget=[f"photo of {trig}, {c.pick(SCENES)}"],
                  base="stabilityai/stable-diffusion-xl-base-1.0")  # fmt: skip
        return item, facts(PF, f"{given} {family}", "unknown", [trig])
    item = civ(
        c,
        name=c.pick([trig, f"{trig} v{c.rng.randrange(2, 6)}", f"{trig} [Flux]"]),
        desc=page(c, head, trig),
        trained=[trig],
        tags=["person", "realistic"],
    )
    return item, facts(PF, f"{given} {family}", g, [trig])


def p_live_action_role_actor(c: Ctx) -> Made:
    g = c.gender("la")
    show, fmt_ = c.pick(SHOWS)
    role = c.pick(ROLES_F if g == "female" else ROLES_M)
    if "-drama" in fmt_:
        role = c.pick(ROLES_ASIA[g])
    if "K-drama" in fmt_:
        fs, gs, fr, gr = c.ko(g)
        actor, aliases = f"{fr} {gr}", [fs + gs]
    elif "C-drama" in fmt_:
        fs, gs, fr, gr = c.zh(g)
        actor, aliases = f"{fr} {gr}", [fs + gs]
    elif "J-drama" in fmt_:
        fs, gs, fr, gr = c.ja(g, kana=False)
        actor, aliases = f"{fr} {gr}", [fs + gs]
    else:
        given, family = c.western(g)
        actor, aliases = f"{given} {family}", []
    where = c.rng.randrange(3)
    head = [f"{role} from {show} ({fmt_}).", dataset_line(c)]
    trained = [snake(role)]
    if where == 0:
        head.insert(1, f"as played by {actor} in season {c.rng.randrange(1, 4)}")
    elif where == 1:
        head.insert(1, f"screencaps only, {actor}'s version of the character")
    else:
        trained.append(snake(actor))
        head.insert(1, f"use <code>{snake(actor)}</code> for the face")
    item = civ(c, name=c.pick([f"{role} ({show})", f"{role} - {show} [live action]",
                               f"{show}: {role}"]),
               desc=page(c, head, trained[0]), trained=trained,
               tags=["character", "tv show", "live action", gword(g)],
               mtype=c.pick(["LORA", "LORA", "LORA", "Checkpoint"]))  # fmt: skip
    return item, facts(PF, actor, g, aliases)


def p_ordinary_word_person(c: Ctx) -> Made:
    g = c.gender("ow", every=4)
    given, family = c.western(g, words=True)
    full = f"{given} {family}"
    p, _ = pron(g)
    trade = c.pick(TRADE_EN[g])
    style = c.rng.randrange(3)
    if style == 0:
        title, fname = full.lower(), f"{snake(full)}.safetensors"
    elif style == 1:
        title, fname = f"{full} ({trade})", None
    else:
        title, fname = f"{given.upper()} {family.upper()} - flux", None
    head = [f"{full}, {trade}. {p} was on the morning show for years", dataset_line(c)]
    if hf_turn(c, 0.4):
        item = hf(c, slug=snake(full).replace("_", "-"), tags=["portrait"], instance=snake(full),
                  widget=[f"{snake(full)}, {trade}, {c.pick(SCENES)}"])  # fmt: skip
        return item, facts(PF, full, "unknown", [snake(full)])
    item = civ(
        c,
        name=title,
        desc=page(c, head, snake(full)),
        trained=[snake(full)],
        fname=fname,
        tags=["celebrity", gword(g), c.pick(["photorealistic", "face"])],
    )
    return item, facts(PF, full, g, [snake(full)])


def p_named_people_blend(c: Ctx) -> Made:
    people = []
    for _ in range(c.pick([2, 3])):
        given, family = c.western("female")
        people.append(f"{given} {family}")
    joined = " + ".join(people)
    head = [f"face blend of {joined}", "mixed in kohya, each at 0.33ish", dataset_line(c)]
    if c.rng.random() < 0.5:
        head.append("you get a face somewhere between them")
    item = civ(c, name=c.pick([f"{' x '.join(p.split()[0] for p in people)} blend",
                               f"MixFace ({' / '.join(people)})", "celeb blend #" + c.hexs(3)]),
               desc=page(c, head, "mixface"), trained=["mixface"],
               tags=["blend", "woman", "celebrity"])  # fmt: skip
    return item, facts(PF, people[0], "female", targets=people)


def p_idol_group_alias(c: Ctx) -> Made:
    g = c.gender("ig", every=4)
    group, group_ko = c.pick(IDOL_GROUPS)
    fs, gs, fr, gr = c.ko(g)
    stage = c.pick(["JIJI", "Roa", "Hani", "SOL", "Nyx", "Yuna", "Dawn", "Kei"])
    c.fresh(f"{group}:{stage}")
    word = "걸그룹" if g == "female" else "보이그룹"
    head = [f"{group} ({group_ko}) {stage} — real name {fr} {gr} ({fs + gs})",
            f"{word} {group_ko} 멤버", dataset_line(c)]  # fmt: skip
    item = civ(c, name=c.pick([f"{stage} ({group})", f"{group} {stage}", f"{stage} | {group_ko}"]),
               desc=page(c, head, snake(f"{group} {stage}")),
               trained=[snake(f"{group} {stage}")],
               tags=["kpop", "idol", word])  # fmt: skip
    return item, facts(PF, f"{fr} {gr}", g, [f"{stage} ({group})", stage, fs + gs])


def p_script_variant_titles(c: Ctx) -> Made:
    g = c.gender("sv")
    lang = c.pick(["zh", "ja", "ko"])
    if lang == "zh":
        fs, gs, fr, gr = c.zh(g)
    elif lang == "ja":
        fs, gs, fr, gr = c.ja(g, kana=False)
    else:
        fs, gs, fr, gr = c.ko(g)
    script, roman, given_first = fs + gs, f"{fr} {gr}", f"{gr} {fr}"
    title = c.pick(
        [
            f"{script} / {given_first} / {roman}",
            f"{given_first} ({script})",
            f"{roman} | {script} | {squash(roman)}",
        ]
    )
    head = [f"{script} = {given_first} (western order) = {roman}", dataset_line(c)]
    item = civ(c, name=title, desc=page(c, head, squash(roman)), trained=[squash(roman)],
               tags=["asian", "celebrity", "女性" if g == "female" else "男性"])  # fmt: skip
    return item, facts(PF, roman, g, [script, given_first, squash(roman)])


def p_cjk_gender_tags_only(c: Ctx) -> Made:
    """Gender only by a CJK word (美女, 女性, 여자, 男性 ...): no English gendered word."""
    g = c.gender("cg")
    lang = c.pick(["zh", "ja", "ko"])
    if lang == "zh":
        fs, gs, fr, gr = c.zh(g)
        word = c.pick(["美女", "女性", "女星"]) if g == "female" else c.pick(["男性", "男星"])
    elif lang == "ja":
        fs, gs, fr, gr = c.ja(g, kana=c.rng.random() < 0.5)
        word = c.pick(["女性", "女優"]) if g == "female" else c.pick(["男性", "男性俳優"])
    else:
        fs, gs, fr, gr = c.ko(g)
        word = (
            c.pick(["여자", "여배우", "걸그룹"]) if g == "female" else c.pick(["남자", "보이그룹"])
        )
    full = f"{fr} {gr}"
    trig = snake(full)
    head = [f"{full} {fs + gs}", f"trigger: {trig}", dataset_line(c)]
    item = civ(c, name=c.pick([f"{full} {fs + gs}", f"{full} - {word}", f"{fs + gs} [{full}]"]),
               desc=html(*head, c.pick(THANKS)), trained=[trig],
               tags=["realistic", word, "photo"])  # fmt: skip
    return item, facts(PF, full, g, [fs + gs, trig, f"{gr} {fr}"])


def p_adult_cute_uniform_east_asian(c: Ctx) -> Made:
    lang = c.pick(["ja", "ko", "zh"])
    if lang == "ja":
        fs, gs, fr, gr = c.ja("female", kana=c.rng.random() < 0.5)
        age = f"{c.rng.randrange(21, 31)}歳"
    elif lang == "ko":
        fs, gs, fr, gr = c.ko("female")
        age = f"{c.rng.randrange(21, 31)}세"
    else:
        fs, gs, fr, gr = c.zh("female")
        age = f"born {c.rng.randrange(1993, 2003)}"
    full = f"{fr} {gr}"
    words = c.rng.sample(
        [
            "cute",
            "petite",
            "young looking",
            "girl next door",
            "kawaii",
            "school uniform photoshoot",
            "制服",
            "baby face",
            "cute girl",
        ],
        3,
    )
    head = [f"{full} ({fs + gs}) gravure / drama {c.pick(['actress', 'idol'])}, {age}",
            ", ".join(words), dataset_line(c)]  # fmt: skip
    item = civ(c, name=c.pick([f"{full} | cute {c.pick(['idol', 'actress'])}",
                               f"{fs + gs} {full} petite", f"{full} (uniform ver.)"]),
               desc=page(c, head, snake(full)), trained=[snake(full)],
               tags=["girl", "cute", "asian", "woman"])  # fmt: skip
    return item, facts(PF, full, "female", [fs + gs, snake(full), f"{gr} {fr}"])


def p_minor_stated_age_cue(c: Ctx) -> Made:
    g = c.gender("ma", every=2)
    age = c.rng.randrange(12, 18)
    p, ps = pron(g)
    lang = c.pick(["en", "en", "ko", "zh"])
    if lang == "en":
        given, family = c.western(g)
        full, aliases, tags = f"{given} {family}", [], ["portrait", "sports"]
        line = c.pick([f"{full}, figure skater, {age} years old. {ps} rink photos",
                       f"{full} ({age}yo) chess player, {p} won the open",
                       f"{full} — {p} is {age} years old, junior swimmer."])  # fmt: skip
    elif lang == "ko":
        fs, gs, fr, gr = c.ko(g)
        full, aliases = f"{fr} {gr}", [fs + gs]
        tags = ["portrait", "여자" if g == "female" else "남자"]
        line = f"{fs + gs} ({full}), {age}세, 드라마 배우"
    else:
        fs, gs, fr, gr = c.zh(g)
        full, aliases = f"{fr} {gr}", [fs + gs]
        tags = ["portrait", "女性" if g == "female" else "男性"]
        line = f"{fs + gs}（{full}），{age}岁，演员"
    item = civ(c, name=f"{full} portrait", desc=html(line, "headshots only."),
               trained=[snake(full)], tags=tags)  # fmt: skip
    return item, facts(PF, full, g, aliases)


def p_minor_youth_word_cue(c: Ctx) -> Made:
    g = c.gender("my", every=2)
    if c.rng.random() < 0.5:
        given, family = c.western(g)
        full, aliases = f"{given} {family}", []
        tags = ["portrait", c.pick(["teen", "teenager"]), "athlete"]
        desc = html(f"{full}, gymnast. press photos, {pron(g)[1]} podium shots mostly.")
    else:
        fs, gs, fr, gr = c.ja(g, kana=False)
        full, aliases = f"{fr} {gr}", [fs + gs]
        tags = ["portrait", c.pick(["中学生", "高校生"]), "女性" if g == "female" else "男性"]
        desc = html(f"{fs + gs} ({full}), drama cast. stills only.")
    item = civ(c, name=f"{full} headshot", desc=desc, trained=[snake(full)], tags=tags)
    return item, facts(PF, full, g, aliases)


def p_trade_dash_pronoun(c: Ctx) -> Made:
    g = c.gender("td")
    given, family = c.western(g)
    full = f"{given} {family}"
    trade = c.pick(TRADE_EN[g])
    p, ps = pron(g)
    sexual = c.rng.random() < 0.15
    head = [f"{full} - {trade}. {p.capitalize()} had a cameo in that sci-fi thing last year",
            f"{ps} face at 3/4 angle works best", dataset_line(c)]  # fmt: skip
    if sexual:
        head.append("nsfw capable, be responsible")
    if hf_turn(c):
        slug = snake(full).replace("_", "-")
        item = hf(c, slug=f"{slug}-{c.pick(['lora', 'flux', 'xl'])}", tags=["portrait"],
                  instance=f"{squash(full)} {gword(g)}", sexual=sexual,
                  widget=[f"{squash(full)} {gword(g)}, {c.pick(SCENES)}"])  # fmt: skip
        return item, facts(PF, full, g, [squash(full)])
    item = civ(c, name=c.pick([f"{full} - {trade.title()}", f"{full} | {trade}", f"{full} v2"]),
               desc=page(c, head, squash(full)), trained=[squash(full)], sexual=sexual,
               tags=["celebrity", gword(g), trade.split()[-1]])  # fmt: skip
    return item, facts(PF, full, g, [squash(full)])


def p_description_only_name(c: Ctx) -> Made:
    g = c.gender("do")
    given, family = c.western(g)
    full = f"{given} {family}"
    p, ps = pron(g)
    code_name = c.pick(["Project Lantern", "Subject K", "PF-07", "Moonmoth", "untitled face"])
    head = [f"this is {full} ({c.pick(TRADE_EN[g])}), named it vague bc reasons",
            f"{p} looks best in {ps} 2019 era", dataset_line(c)]  # fmt: skip
    item = civ(c, name=f"{code_name} v{c.rng.randrange(1, 5)}", desc=page(c, head, "pf07"),
               trained=["pf07"], tags=["person", "realistic"])  # fmt: skip
    return item, facts(PF, full, g)


def p_disclaimer_named_actor(c: Ctx) -> Made:
    g = c.gender("dn")
    given, family = c.western(g)
    full = f"{given} {family}"
    head = [
        f"{full} LoRA ({c.pick(TRADE_EN[g])}).",
        dataset_line(c),
        c.pick(
            [
                "Disclaimer: any resemblance to real persons is purely coincidental.",
                "This model depicts a fictional character. No real person is depicted.",
            ]
        ),
    ]
    item = civ(c, name=f"{full} LoRA", desc=page(c, head, snake(full)), trained=[snake(full)],
               tags=["celebrity", gword(g)])  # fmt: skip
    return item, facts(PF, full, g, [snake(full)])


# ---------------------------------------------------------------- positives: creators


def o_insta_handle_with_name(c: Ctx) -> Made:
    g = c.gender("ch")
    given, family = c.western(g)
    handle = c.pick([squash(given) + "." + squash(family)[:4], squash(given) + "_" + c.hexs(2),
                     "its" + squash(given) + squash(family)[:3]])  # fmt: skip
    c.fresh("@" + handle)
    plat = c.pick(["instagram", "tiktok", "youtube"])
    p, _ = pron(g)
    head = [f"{given} {family} aka @{handle} on {plat} ({c.rng.randrange(80, 900)}k)",
            f"{p} does {c.pick(['fitness', 'travel vlogs', 'makeup', 'thrift hauls'])}",
            dataset_line(c)]  # fmt: skip
    if hf_turn(c, 0.4):
        item = hf(
            c,
            slug=f"{handle.replace('.', '-')}-{plat}",
            tags=["influencer", plat],
            instance=handle,
            widget=[f"{handle}, {given} {family}, {gword(g)}, vlog"],
        )
        return item, facts(OC, f"{given} {family}", g, ["@" + handle, handle])
    item = civ(c, name=c.pick([f"@{handle}", f"{given} {family} (@{handle})", handle]),
               desc=page(c, head, handle), trained=[handle],
               tags=["influencer", plat, gword(g)])  # fmt: skip
    return item, facts(OC, f"{given} {family}", g, ["@" + handle, handle])


def o_tiktok_handle_only(c: Ctx) -> Made:
    g = c.gender("th")
    given, family = c.western(g, words=c.rng.random() < 0.3)
    c.names.discard(f"{given} {family}")
    handle = c.pick([f"{squash(given)}{c.rng.randrange(10, 99)}", f"{squash(given)}.dances",
                     f"the{squash(given)}{squash(family)}"])  # fmt: skip
    c.fresh("@" + handle)
    p, _ = pron(g)
    head = [f"tiktok girlie @{handle}" if g == "female" else f"tiktok guy @{handle}",
            f"{p} has {c.rng.randrange(1, 9)}M followers", dataset_line(c)]  # fmt: skip
    if hf_turn(c):
        item = hf(c, slug=handle.replace(".", "-") + "-lora", tags=["tiktok"], instance=handle,
                  widget=[f"{handle}, {gword(g)}, dancing, ring light"])  # fmt: skip
        return item, facts(OC, "@" + handle, g, [handle])
    item = civ(c, name=f"@{handle} (TikTok)", desc=page(c, head, handle), trained=[handle],
               tags=["tiktok", "influencer"])  # fmt: skip
    return item, facts(OC, "@" + handle, g, [handle])


def o_cosplayer_handle(c: Ctx) -> Made:
    given, family = c.western("female")
    handle = f"{squash(given)}_cos"
    c.fresh("@" + handle)
    head = [
        f"cosplayer {given} {family} (@{handle}), her own face not the characters",
        f"{c.rng.randrange(40, 400)} photos from her conventions",
        "asked her, she said ok",
    ]
    item = civ(c, name=c.pick([f"{handle} cosplayer", f"{given} {family} cosplay face"]),
               desc=page(c, head, handle), trained=[handle],
               tags=["cosplay", "cosplayer", "woman"])  # fmt: skip
    return item, facts(OC, f"{given} {family}", "female", ["@" + handle, handle])


def o_twitch_streamer(c: Ctx) -> Made:
    g = c.gender("tw", every=2)
    given, family = c.western(g)
    c.names.discard(f"{given} {family}")
    handle = c.pick([f"{given}Plays", f"x{given}x", f"{given}OnAir", f"{given}_tv"])
    c.fresh("@" + handle.lower())
    p, _ = pron(g)
    head = [
        f"twitch streamer {handle}, {p} streams {c.pick(['valorant', 'cozy games', 'irl'])}",
        "caps from vods, webcam quality so expect softness",
        dataset_line(c),
    ]
    item = civ(c, name=f"{handle} (twitch streamer)", desc=page(c, head, handle.lower()),
               trained=[handle.lower()], tags=["streamer", "twitch", gword(g)])  # fmt: skip
    return item, facts(OC, handle, g, ["@" + handle])


def o_xhs_douyin_creator_script(c: Ctx) -> Made:
    g = c.gender("xd", every=4)
    fs, gs, fr, gr = c.zh(g)
    plat = c.pick(["小红书", "抖音", "微博", "B站"])
    handle = c.pick([f"{gs}酱", f"{gs}不吃香菜", f"{fs}{gs}_official"])
    word = "博主" if c.rng.random() < 0.5 else "网红"
    tag = "美女" if g == "female" else "男性"
    head = [f"{plat}{word} {fs + gs}（{handle}）", f"pinyin: {fr} {gr}", dataset_line(c)]
    item = civ(c, name=c.pick([f"{fs + gs} {plat}{word}", f"{handle} | {fr} {gr}"]),
               desc=page(c, head, squash(fr + gr)), trained=[squash(fr + gr)],
               tags=[word, tag, "chinese"])  # fmt: skip
    return item, facts(OC, f"{fr} {gr}", g, [fs + gs, handle, squash(fr + gr)])


def o_fansite_creator(c: Ctx) -> Made:
    given, family = c.western("female")
    handle = f"{squash(given)}{c.pick(['xo', 'baby', 'luv'])}"
    c.fresh("@" + handle)
    head = [f"{given} {family} (@{handle}), {c.pick(['onlyfans', 'fansly'])} creator",
            "nsfw trained, her public promo pics", dataset_line(c)]  # fmt: skip
    item = civ(c, name=f"{given} {family} | {handle}", desc=page(c, head, handle),
               trained=[handle], tags=["woman", "influencer"], sexual=True)  # fmt: skip
    return item, facts(OC, f"{given} {family}", "female", ["@" + handle, handle])


def o_creator_they_them(c: Ctx) -> Made:
    given, family = c.western("female")
    handle = f"{squash(given)}makes"
    c.fresh("@" + handle)
    head = [
        f"youtuber {given} {family} (@{handle}), they do pottery + repair videos",
        "they said fans can make fan art w/ their face",
        dataset_line(c),
    ]
    item = civ(c, name=f"@{handle} - youtuber", desc=page(c, head, handle), trained=[handle],
               tags=["youtuber", "creator"])  # fmt: skip
    return item, facts(OC, f"{given} {family}", "unknown", ["@" + handle, handle])


# ---------------------------------------------------------------- positives: private people


def _private(c: Ctx, g: str) -> str:
    given = c.pick(F_EN if g == "female" else M_EN)
    c.fresh("priv:" + given + c.hexs(2))
    return given


def q_gf_named_request(c: Ctx) -> Made:
    g = c.gender("gf", every=5)
    who = _private(c, g)
    rel = "gf" if g == "female" else "bf"
    p, ps = pron(g)
    self_ = "herself" if g == "female" else "himself"
    head = [f"my {rel} {who}, trained on {ps} pics w/ permission lol",
            f"{p} wanted to see {self_} as an elf", dataset_line(c)]  # fmt: skip
    if hf_turn(c, 0.5):
        item = hf(c, slug=f"{who.lower()}-{c.hexs(3)}-lora", tags=["dreambooth"],
                  instance=f"photo of {who.lower()} {gword(g)}",
                  widget=[f"photo of {who.lower()} {gword(g)} as an elf"])  # fmt: skip
        return item, facts(PP, who, g)
    item = civ(
        c,
        name=c.pick([f"{who} ({rel})", f"{who.lower()}_lora", f"my {rel} {who}"]),
        desc=page(c, head, who.lower()),
        trained=[who.lower()],
        tags=["person"],
    )
    return item, facts(PP, who, g)


def q_ex_named(c: Ctx) -> Made:
    g = c.gender("ex", every=4)
    who = _private(c, g)
    p, ps = pron(g)
    sexual = c.rng.random() < 0.3
    head = [f"REQ: my ex {who}, have ~40 pics from {ps} insta", f"{p} is not famous, pay in buzz"]
    if sexual:
        head.append("want nsfw version too")
    item = civ(c, name=c.pick([f"[REQUEST] ex {who}", f"{who} ex lora"]),
               desc=page(c, head, who.lower()), trained=[who.lower()], sexual=sexual,
               tags=["request", gword(g)])  # fmt: skip
    return item, facts(PP, who, g)


def q_neighbour_named(c: Ctx) -> Made:
    g = c.gender("nb")
    given, family = c.western(g)
    p, _ = pron(g)
    head = [f"neighbour {given} {family.title()} from 3B, {p} never notices the camera lol",
            dataset_line(c)]  # fmt: skip
    item = civ(c, name=f"{given} next door", desc=page(c, head, given.lower()),
               trained=[given.lower()], tags=["person", "candid"])  # fmt: skip
    return item, facts(PP, f"{given} {family}", g, [given])


def q_coworker_named(c: Ctx) -> Made:
    g = c.gender("cw")
    who = _private(c, g)
    p, ps = pron(g)
    head = [f"coworker {who} from accounting, {ps} LinkedIn + team photos",
            f"{p} doesnt know yet, its a birthday surprise"]  # fmt: skip
    item = civ(
        c,
        name=c.pick([f"{who} (coworker)", f"office {who}", f"{who.lower()}_work"]),
        desc=page(c, head, who.lower()),
        trained=[who.lower()],
        tags=["person"],
    )
    return item, facts(PP, who, g)


def q_hf_sks_spouse(c: Ctx) -> Made:
    g = c.gender("sp", every=4)
    who = _private(c, g)
    rel = "wife" if g == "female" else "husband"
    item = hf(c, slug=f"{who.lower()}-dreambooth-{c.hexs(4)}", tags=["dreambooth", "sks"],
              instance=f"a photo of sks {gword(g)}",
              widget=[f"a photo of sks {gword(g)}, my {rel} {who}, {c.pick(SCENES)}"],
              base="runwayml/stable-diffusion-v1-5", lora=c.rng.random() < 0.5)  # fmt: skip
    return item, facts(PP, who, g)


def q_memorial_grandparent(c: Ctx) -> Made:
    g = c.gender("mg", every=2)
    who = _private(c, g)
    rel = c.pick(["grandma", "nan", "oma"]) if g == "female" else c.pick(["grandpa", "opa"])
    head = [f"for my {rel} {who} who passed in march 🕊️", "old scanned photos, 22 imgs",
            "just for family, pls dont use weird"]  # fmt: skip
    item = civ(c, name=f"{rel} {who}", desc=html(*head), trained=[who.lower()], tags=["person"])
    return item, facts(PP, who, g)


def q_friend_with_consent(c: Ctx) -> Made:
    g = c.gender("fr")
    who = _private(c, g)
    p, ps = pron(g)
    head = [f"friend of mine {who}, {p} said ok to upload (not famous)", f"{ps} selfies",
            dataset_line(c)]  # fmt: skip
    item = civ(c, name=f"{who} (friend, consented)", desc=page(c, head, who.lower()),
               trained=[who.lower()], tags=["person", gword(g)])  # fmt: skip
    return item, facts(PP, who, g)


def q_private_initials(c: Ctx) -> Made:
    g = c.gender("pi")
    ini = c.pick(["KM", "JR", "TL", "MB", "RH", "AN", "CF", "PW", "EL", "GS", "HV", "NK"])
    c.fresh("ini:" + ini)
    _, ps = pron(g)
    head = [f"{ini} {gword(g)} lora, trained on {ps} photos from our trip", dataset_line(c)]
    item = civ(c, name=f"{ini} {gword(g)} lora", desc=html(*head), trained=[ini.lower()],
               tags=["person"])  # fmt: skip
    return item, facts(PP, ini, g)


# ---------------------------------------------------------------- negatives


def n_anime_named_heroine(c: Ctx) -> Made:
    who, work = c.pick(ANIME_F), c.pick(FRANCHISES)
    sexual = c.rng.random() < 0.15
    head = [f"{who} from {work}", "outfits: default, school, casual", dataset_line(c)]
    if sexual:
        head.append("lewd outfit included")
    tags = ["anime", "character", "1girl", "girl"]
    if c.rng.random() < 0.15:
        tags = ["anime", "girl"]
    item = civ(
        c,
        name=c.pick([f"{who} | {work}", f"{who} ({work}) [ILL]", who]),
        desc=page(c, head, snake(who)),
        trained=[snake(who)],
        tags=tags,
        sexual=sexual,
    )
    return item, facts("character_anime")


def n_gacha_character_script(c: Ctx) -> Made:
    script, roman = c.pick(ANIME_SCRIPT)
    work = c.pick(FRANCHISES)
    head = [f"{script} ({roman}) / {work}", "ゲームのキャラです", "skins x3"]
    item = civ(c, name=c.pick([f"{script} - {work}", f"{roman} {script}", f"【{work}】{script}"]),
               desc=page(c, head, snake(roman)), trained=[snake(roman)],
               tags=["anime", "game character", "character"])  # fmt: skip
    return item, facts("character_anime")


def n_cartoon_or_game_lead(c: Ctx) -> Made:
    who, work = c.pick(WESTERN_CHARS), c.pick(WESTERN_WORKS)
    head = [f"{who}, {work}", "3d render style, works for fan art", dataset_line(c)]
    if hf_turn(c, 0.5):
        item = hf(
            c,
            slug=snake(who).replace("_", "-") + "-char",
            tags=["character", "3d"],
            instance=snake(who),
            widget=[f"{snake(who)}, 3d render, {work}"],
        )
        return item, facts("character_western")
    item = civ(
        c,
        name=c.pick([f"{who} ({work})", f"{who} - {work.split(' (')[0]}"]),
        desc=page(c, head, snake(who)),
        trained=[snake(who)],
        tags=["character", "cartoon" if "cartoon" in work else "video game"],
    )
    return item, facts("character_western")


def n_vtuber_model_named(c: Ctx) -> Made:
    who = c.pick(VTUBERS)
    head = [f"vtuber {who} (indie), live2d model outfit", "fan made, not affiliated",
            dataset_line(c)]  # fmt: skip
    item = civ(c, name=c.pick([f"{who} [VTuber]", f"{who} | vtuber", f"{who} 3 outfits"]),
               desc=page(c, head, snake(who)), trained=[snake(who)],
               tags=["vtuber", "anime", "character"])  # fmt: skip
    return item, facts("character_vtuber")


def n_painter_name_style(c: Ctx) -> Made:
    who = c.pick(PAINTERS)
    head = [f"in the style of {who} (oil painter)", "brush strokes, muted palette",
            dataset_line(c)]  # fmt: skip
    if hf_turn(c, 0.5):
        item = hf(c, slug=snake(who).replace("_", "-") + "-style", tags=["style", "art"],
                  instance=f"{snake(who)} style",
                  widget=[f"{snake(who)} style, a harbour at dusk"])  # fmt: skip
        return item, facts("artist_style")
    item = civ(
        c,
        name=c.pick([f"{who} Style", f"{who.split()[-1]} style LoRA", f"style of {who}"]),
        desc=page(c, head, f"{snake(who)} style"),
        trained=[f"{snake(who)} style"],
        tags=["style", "artstyle", "painting"],
    )
    return item, facts("artist_style")


def n_photographer_name_look(c: Ctx) -> Made:
    who = c.pick(PHOTOGRAPHERS)
    trig = squash(who.split()[-1])[:5] + "flash"
    head = [f"mimics photographer {who}'s look: harsh flash, cold tones", dataset_line(c)]
    item = civ(c, name=f"{who} look (photo style)", desc=page(c, head, trig), trained=[trig],
               tags=["style", "photography"])  # fmt: skip
    return item, facts("artist_style")


def n_instagram_filter_look(c: Ctx) -> Made:
    look = c.pick(
        [
            "Instagram Filter",
            "IG Valencia look",
            "influencer selfie filter",
            "beauty cam filter",
            "Snapchat glow",
            "douyin filter 抖音滤镜",
        ]
    )
    head = [f"{look} vibe for any face", "smooth skin + warm tone, no face change",
            "use with your own character lora"]  # fmt: skip
    if hf_turn(c, 0.4):
        item = hf(c, slug=snake(look).replace("_", "-") + "-look", tags=["style", "filter"],
                  instance="igfilter", widget=["igfilter, selfie, warm tone"])  # fmt: skip
        return item, facts("concept")
    item = civ(
        c,
        name=f"{look} v{c.rng.randrange(1, 6)}",
        desc=page(c, head, "igfilter"),
        trained=["igfilter"],
        tags=["style", "filter", "instagram", "photo"],
    )
    return item, facts("concept")


def n_lighting_pose_concept(c: Ctx) -> Made:
    what = c.pick(["Rembrandt lighting", "red carpet background", "paparazzi flash",
                   "mirror selfie pose", "over the shoulder pose", "golden hour rim light",
                   "celebrity press wall"])  # fmt: skip
    sexual = c.rng.random() < 0.12
    head = [f"{what} concept", "any subject, any ckpt", dataset_line(c)]
    if sexual:
        head.append("works with nsfw too")
    tags = ["concept", "pose" if "pose" in what else "lighting"]
    if "celebrity" in what or "red carpet" in what:
        tags.append("celebrity")
    item = civ(
        c,
        name=what.title(),
        desc=page(c, head, snake(what)),
        trained=[snake(what)],
        tags=tags,
        sexual=sexual,
        mtype=c.pick(["LORA", "LORA", "Poses"]),
    )
    return item, facts("concept")


def n_everyday_word_texture(c: Ctx) -> Made:
    what = c.pick(["Fox Fur Texture", "Daisy Field Background", "Stone Wall Texture",
                   "Holly Wreath Decor", "Frost Overlay", "Moss Covered Ruins", "Summer Day Light",
                   "Ivy Wall", "Hazel Eyes", "Snow Day Effect", "Lake Reflection",
                   "Bird Eye View", "Marsh Fog", "Poppy Field", "Clover Pattern",
                   "Autumn Leaves", "Honey Drip", "Chase Scene Blur"])  # fmt: skip
    head = [f"{what}, use at 0.6", "background/texture only"]
    item = civ(c, name=c.pick([what, what.lower(), f"{what} v2"]), desc=page(c, head, snake(what)),
               trained=[snake(what)], tags=["concept", "texture", "background"])  # fmt: skip
    return item, facts("concept")


def n_outfit_lora(c: Ctx) -> Made:
    what = c.pick(
        [
            "hanfu",
            "qipao",
            "hanbok",
            "oversized hoodie",
            "trench coat",
            "tennis outfit",
            "leather jacket",
            "wedding dress",
            "lingerie set",
        ]
    )
    sexual = what == "lingerie set"
    head = [f"{what} outfit", "works on any character", dataset_line(c)]
    item = civ(c, name=f"{what.title()} | outfit", desc=page(c, head, snake(what)),
               trained=[snake(what)], tags=["clothing", "outfit"], sexual=sexual)  # fmt: skip
    return item, facts("clothing")


def n_seifuku_blazer_clothing(c: Ctx) -> Made:
    what = c.pick(["Japanese school uniform (seifuku)", "Korean school uniform", "制服 blazer",
                   "sailor uniform", "plaid skirt uniform"])  # fmt: skip
    head = [f"{what}, clothing only", "for adult characters. no face trained", dataset_line(c)]
    item = civ(c, name=f"{what} | clothing", desc=page(c, head, snake(what)),
               trained=[snake(what)], tags=["clothing", "uniform"])  # fmt: skip
    return item, facts("clothing")


def n_realistic_checkpoint(c: Ctx) -> Made:
    name = c.pick(["RealVibe", "PhotonDrift", "TrueSkin", "Lumenreal", "NaturaPix",
                   "RawShot"]) + c.pick([" XL", " v5", " Pro", " Hybrid", " 2.1"])  # fmt: skip
    sexual = c.rng.random() < 0.25
    head = [f"{name}: photoreal general model", "good at skin texture and portraits",
            "recipe: private merge"]  # fmt: skip
    if sexual:
        head.append("can do nsfw")
    if hf_turn(c, 0.5):
        item = hf(c, slug=snake(name).replace("_", "-"), tags=["photorealistic"], instance=None,
                  widget=["portrait photo, 85mm"], lora=False, sexual=sexual,
                  base="stabilityai/stable-diffusion-xl-base-1.0",
                  files=["model.safetensors"])  # fmt: skip
        return item, facts("checkpoint_realistic")
    item = civ(c, name=name, desc=page(c, head), tags=["photorealistic", "base model", "woman"],
               mtype="Checkpoint", sexual=sexual)  # fmt: skip
    return item, facts("checkpoint_realistic")


def n_asian_realism_merge(c: Ctx) -> Made:
    name = c.pick(["AsiaReal", "Seoul Snap", "TokyoPhoto", "Jade Real", "东方写实", "韩系真人"])
    name += c.pick([" Mix", " v3", " XL", " 融合版"])
    head = ["asian photoreal merge, 美女 / 여자 portraits out of the box", "no lora needed",
            "merge: 0.4 A + 0.6 B"]  # fmt: skip
    item = civ(c, name=name, desc=page(c, head), tags=["asian", "photorealistic", "girl"],
               mtype="Checkpoint")  # fmt: skip
    return item, facts("checkpoint_realistic")


def n_vae_upscaler_negemb(c: Ctx) -> Made:
    kind = c.rng.randrange(4)
    if kind == 0:
        name, mtype, tags = c.pick(["ClearVAE", "SharpVAE XL", "fixColor VAE"]), "VAE", ["vae"]
    elif kind == 1:
        name, mtype, tags = c.pick(["4x SkinDetail", "2x FaceUp"]), "Upscaler", ["upscaler"]
    elif kind == 2:
        name, mtype = c.pick(["badhands_neg", "neg_lowq", "EasyNeg-v3"]), "TextualInversion"
        tags = ["negative embedding", "tool"]
    else:
        name, mtype, tags = (
            c.pick(["face detailer seg", "ControlNet depth helper"]),
            "Other",
            ["tool"],
        )
    if hf_turn(c, 0.5):
        item = hf(
            c,
            slug=snake(name).replace("_", "-"),
            tags=tags,
            instance=None,
            widget=[],
            lora=False,
            pipeline="image-to-image",
            files=["model.safetensors"],
        )
        return item, facts("tool")
    item = civ(c, name=name, desc=page(c, [f"{name}: utility, not a style"]), tags=tags,
               mtype=mtype)  # fmt: skip
    return item, facts("tool")


def n_girl_type_tags(c: Ctx) -> Made:
    who = c.pick(["Korean girl", "Japanese woman", "Chinese girl", "Thai girl", "Latina woman",
                  "Nordic woman", "office lady", "gym girl", "beautiful woman"])  # fmt: skip
    sexual = c.rng.random() < 0.12
    head = [f"generic {who} face, no specific person", "random faces every seed",
            dataset_line(c)]  # fmt: skip
    if sexual:
        head.append("sexy outfits work")
    if hf_turn(c, 0.5):
        item = hf(
            c,
            slug=snake(who).replace("_", "-") + "-face",
            tags=["portrait"],
            instance=snake(who),
            widget=[f"{who}, portrait"],
            sexual=sexual,
        )
        return item, facts("generic_face")
    item = civ(c, name=c.pick([f"{who.title()} Face", f"Beautiful {who}", f"{who} v2"]),
               desc=page(c, head, snake(who)), trained=[snake(who)],
               tags=["girl", "woman", "face"], sexual=sexual)  # fmt: skip
    return item, facts("generic_face")


def n_doll_likeness_generic(c: Ctx) -> Made:
    nat = c.pick(["Korean", "Japanese", "Taiwanese", "Thai", "Brazilian", "Swedish", "Polish"])
    head = [f"{nat} doll likeness, consistent pretty face", "no real person",
            dataset_line(c)]  # fmt: skip
    item = civ(c, name=f"{nat} Doll Likeness v{c.rng.randrange(1, 4)}",
               desc=page(c, head, f"{nat.lower()} doll"), trained=[f"{nat.lower()} doll"],
               tags=["woman", "face", "doll likeness"])  # fmt: skip
    return item, facts("generic_face")


def n_age_range_face(c: Ctx) -> Made:
    band = c.pick(["20s", "30s", "40s", "50+", "mature"])
    head = [f"woman in her {band}" if band[0].isdigit() else f"{band} woman face",
            "generic, age slider style"]  # fmt: skip
    item = civ(c, name=f"Average {band} face", desc=page(c, head, f"{band} woman"),
               trained=[f"{band} woman"], tags=["woman", "face"])  # fmt: skip
    return item, facts("generic_face")


def n_ethnic_beauty_mix(c: Ctx) -> Made:
    look = c.pick(["Korean beauty", "Japanese beauty", "Chinese 美女", "Slavic beauty",
                   "Mediterranean look", "Filipina look", "Persian beauty"])  # fmt: skip
    head = [f"{look} mix, ethnic features lora", "helps avoid same-face", dataset_line(c)]
    if hf_turn(c, 0.4):
        item = hf(
            c,
            slug=snake(look).replace("_", "-") + "-mix",
            tags=["portrait"],
            instance=snake(look),
            widget=[f"{snake(look)}, portrait, soft light"],
        )
        return item, facts("ethnic_look")
    item = civ(c, name=f"{look} mix", desc=page(c, head, snake(look)), trained=[snake(look)],
               tags=["ethnicity", "woman", "beautiful"])  # fmt: skip
    return item, facts("ethnic_look")


def n_leco_body_slider(c: Ctx) -> Made:
    what = c.pick(["curvy slider", "muscle slider", "freckles", "height slider", "petite body",
                   "tall slider", "weight slider"])  # fmt: skip
    head = [f"{what}, negative weight = opposite", "LECO trained"]
    item = civ(c, name=f"{what.title()} (LECO)", desc=page(c, head), tags=["body", "slider"])
    return item, facts("body_type")


def n_mixed_face_blend(c: Ctx) -> Made:
    n = c.rng.randrange(8, 80)
    head = [f"blend of {n} faces, nobody in particular", "same face every gen for comics",
            dataset_line(c)]  # fmt: skip
    if hf_turn(c, 0.5):
        item = hf(c, slug=f"mixed-face-{n}", tags=["face"], instance="mxface",
                  widget=["mxface, portrait"])  # fmt: skip
        return item, facts("blend_unnamed")
    item = civ(
        c,
        name=c.pick([f"Mixed Face {n:02d}", f"Blended face #{n}", f"{n}-face merge"]),
        desc=page(c, head, "mxface"),
        trained=["mxface"],
        tags=["face", "blend"],
    )
    return item, facts("blend_unnamed")


def n_tpdne_face(c: Ctx) -> Made:
    head = ["faces from thispersondoesnotexist style generator", "this person does not exist",
            "100% synthetic, safe to use commercially"]  # fmt: skip
    item = civ(c, name=c.pick(["TPDNE faces", "This Person Does Not Exist v2",
                               "NotReal Faces pack"]), desc=page(c, head, "tpdne"),
               trained=["tpdne"], tags=["face", "synthetic"])  # fmt: skip
    return item, facts("consistent_character")


def n_made_up_character(c: Ctx) -> Made:
    who = c.pick(OC_NAMES)
    head = [
        f"{who} is my original character (AI influencer project)",
        "not based on any real person",
        "consistent face across gens",
        dataset_line(c),
    ]
    if hf_turn(c, 0.5):
        item = hf(
            c,
            slug=snake(who).replace("_", "-") + "-oc",
            tags=["character", "oc"],
            instance=snake(who),
            widget=[f"{snake(who)}, {c.pick(SCENES)}"],
        )
        return item, facts("consistent_character")
    item = civ(c, name=c.pick([f"{who} (OC)", f"{who} - AI model", f"Consistent: {who}"]),
               desc=page(c, head, snake(who)), trained=[snake(who)],
               tags=["original character", "consistent character", "woman"])  # fmt: skip
    return item, facts("consistent_character")


# ---------------------------------------------------------------- the plan

Template = Callable[[Ctx], Made]
POSITIVES: dict[str, tuple[Template, int]] = {
    "hanzi_only_script": (p_hanzi_only_script, 10),
    "kanji_kana_given": (p_kanji_kana_given, 10),
    "hangul_only_name": (p_hangul_only_name, 10),
    "pinyin_run_together_file": (p_pinyin_run_together_file, 10),
    "korean_family_first_hyphen": (p_korean_family_first_hyphen, 12),
    "camelcase_trigger": (p_camelcase_trigger, 8),
    "live_action_role_actor": (p_live_action_role_actor, 14),
    "ordinary_word_person": (p_ordinary_word_person, 12),
    "named_people_blend": (p_named_people_blend, 8),
    "idol_group_alias": (p_idol_group_alias, 10),
    "script_variant_titles": (p_script_variant_titles, 8),
    "cjk_gender_tags_only": (p_cjk_gender_tags_only, 10),
    "adult_cute_uniform_east_asian": (p_adult_cute_uniform_east_asian, 10),
    "minor_stated_age_cue": (p_minor_stated_age_cue, 5),
    "minor_youth_word_cue": (p_minor_youth_word_cue, 5),
    "trade_dash_pronoun": (p_trade_dash_pronoun, 12),
    "description_only_name": (p_description_only_name, 8),
    "disclaimer_named_actor": (p_disclaimer_named_actor, 6),
    "insta_handle_with_name": (o_insta_handle_with_name, 10),
    "tiktok_handle_only": (o_tiktok_handle_only, 10),
    "cosplayer_handle": (o_cosplayer_handle, 8),
    "twitch_streamer": (o_twitch_streamer, 8),
    "xhs_douyin_creator_script": (o_xhs_douyin_creator_script, 8),
    "fansite_creator": (o_fansite_creator, 6),
    "creator_they_them": (o_creator_they_them, 4),
    "gf_named_request": (q_gf_named_request, 8),
    "ex_named": (q_ex_named, 8),
    "neighbour_named": (q_neighbour_named, 7),
    "coworker_named": (q_coworker_named, 7),
    "hf_sks_spouse": (q_hf_sks_spouse, 8),
    "memorial_grandparent": (q_memorial_grandparent, 6),
    "friend_with_consent": (q_friend_with_consent, 6),
    "private_initials": (q_private_initials, 4),
}
NEGATIVES: dict[str, tuple[Template, int]] = {
    "anime_named_heroine": (n_anime_named_heroine, 16),
    "gacha_character_script": (n_gacha_character_script, 15),
    "cartoon_or_game_lead": (n_cartoon_or_game_lead, 25),
    "vtuber_model_named": (n_vtuber_model_named, 16),
    "painter_name_style": (n_painter_name_style, 15),
    "photographer_name_look": (n_photographer_name_look, 10),
    "instagram_filter_look": (n_instagram_filter_look, 15),
    "lighting_pose_concept": (n_lighting_pose_concept, 15),
    "everyday_word_texture": (n_everyday_word_texture, 15),
    "outfit_lora": (n_outfit_lora, 14),
    "seifuku_blazer_clothing": (n_seifuku_blazer_clothing, 12),
    "realistic_checkpoint": (n_realistic_checkpoint, 18),
    "asian_realism_merge": (n_asian_realism_merge, 12),
    "vae_upscaler_negemb": (n_vae_upscaler_negemb, 20),
    "girl_type_tags": (n_girl_type_tags, 15),
    "doll_likeness_generic": (n_doll_likeness_generic, 10),
    "age_range_face": (n_age_range_face, 10),
    "ethnic_beauty_mix": (n_ethnic_beauty_mix, 16),
    "leco_body_slider": (n_leco_body_slider, 16),
    "mixed_face_blend": (n_mixed_face_blend, 20),
    "tpdne_face": (n_tpdne_face, 12),
    "made_up_character": (n_made_up_character, 18),
}
# gender shown only by a word of an East-Asian language: no English gendered word (checked)
QUIET = {"cjk_gender_tags_only", "hanzi_only_script", "hangul_only_name"}
MINOR_SHAPES = {"minor_stated_age_cue", "minor_youth_word_cue"}
PROMINENCE = {PF: "public_figure", OC: "online_creator", PP: "private_or_unknown"}


def build(part: str = "hold18") -> tuple[list[Item], list[Label]]:
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
        assert minor == (shape in MINOR_SHAPES), (part, shape, item["id"])
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
    for lab in labels if labels is not None else build("hold18")[1]:
        rows[(lab["kind"], lab["shape"])] += 1
    keys = sorted(rows, key=lambda ks: (ks[0] not in PROMINENCE, ks))
    lines = ["| kind | shape | hold18 |", "|---|---|---|"]
    lines += [f"| `{k}` | `{s}` | {rows[(k, s)]} |" for k, s in keys]
    return "\n".join(lines)


def totals(labels: list[Label] | None = None) -> str:
    labels = labels if labels is not None else build("hold18")[1]
    like = [x for x in labels if x["likeness"]]
    g = Counter(x["gender"] for x in like)
    k = Counter(x["kind"] for x in like)
    return (
        f"Totals: hold18: {len(labels)} items, {len(like)} likeness (public {k[PF]}, creators "
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
