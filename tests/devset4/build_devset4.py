"""Build the fourth likeness dev set (`dev4`, `hold4`): seeded, byte-for-byte reproducible.

    .venv/bin/python tests/devset4/build_devset4.py            # rewrite the four files
    .venv/bin/python tests/devset4/build_devset4.py --counts   # print the README's table

Every item is a raw API item (Civitai 2023 / 2025 shapes, Hugging Face ModelInfo) written the
way uploaders write; its label is decided first and the metadata then carries exactly those
facts. Every person is invented (see `devset4_vocab.py`). `hold4` uses another seed, the
vocabulary part B and templates of its own (`HOLD_ONLY`).
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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import devset4_vocab as V  # noqa: E402

SEEDS = {"dev4": 40404, "hold4": 61717}
VOCAB = {"dev4": V.PART_A, "hold4": V.PART_B}
LABEL_KEYS = (
    "platform",
    "model_id",
    "kind",
    "likeness",
    "target",
    "gender",
    "prominence",
    "sexual_intent",
    "minor_risk",
    "shape",
    "targets",
    "aliases",
)
PROMINENCE = {
    "public_figure": "public_figure",
    "online_creator": "online_creator",
    "private_person": "private_or_unknown",
}

# -- the cue definitions the labels follow ---------------------------------------------------

SEXUAL_WORDS = re.compile(
    r"\b(?:nsfw|nudes?|nudity|naked|lingerie|topless|boudoir|sexy|porn|pornstar|onlyfans|"
    r"hentai|erotic|lewd|xxx|r-?18|av女優|成人向け)\b",
    re.IGNORECASE,
)
MINOR_WORDS = re.compile(
    r"\b(?:teen|teens|teenager|teenage|schoolgirl|schoolboy|child|children|kid|kids|"
    r"high school student|middle school|junior high)\b|中学生|高校生|初中生|高中生|중학생|고등학생|"
    r"未成年|미성년|童星|子役",
    re.IGNORECASE,
)
MINOR_AGE = re.compile(
    r"\b(?:1[0-7]|[4-9])\s*(?:yo|y/o|yrs? old|years? old|-year-old)\b"
    r"|(?<!\d)(?:1[0-7]|[4-9])\s*(?:歳|岁|세|才)"
)
SEXUAL_LEVEL = 4 | 8 | 16 | 32
# invented hashes standing for the stock files many checkpoints bundle (one value each)
STOCK_VAE = hashlib.sha256(b"devset4 stock vae").hexdigest().upper()
STOCK_YAML = hashlib.sha256(b"devset4 stock sd2 inference yaml").hexdigest().upper()


def item_text(raw: dict[str, Any]) -> str:
    """Every free-text field of an item, one per line (names, tags, prompts, files)."""
    parts: list[str] = []

    def add(value: Any) -> None:
        if isinstance(value, str):
            parts.append(value)
        elif isinstance(value, list):
            for v in value:
                add(v)
        elif isinstance(value, dict):
            for v in value.values():
                add(v)

    if "siblings" in raw:
        add(raw["id"])
        add(raw.get("tags"))
        add(raw.get("cardData"))
        add([s["rfilename"] for s in raw["siblings"]])
        return "\n".join(parts)
    add(raw.get("name"))
    add(raw.get("description"))
    add(raw.get("tags"))
    for version in raw.get("modelVersions", []):
        add(version.get("name"))
        add(version.get("description"))
        add(version.get("trainedWords"))
        add([f["name"] for f in version.get("files", [])])
    return "\n".join(parts)


def sexual_cue(raw: dict[str, Any]) -> bool:
    if "siblings" in raw:
        if "not-for-all-audiences" in raw.get("tags", []):
            return True
    else:
        if raw.get("nsfw") or int(raw.get("nsfwLevel") or 0) & SEXUAL_LEVEL:
            return True
        for version in raw.get("modelVersions", []):
            if int(version.get("nsfwLevel") or 0) & SEXUAL_LEVEL:
                return True
            for image in version.get("images", []):
                if int(image.get("nsfwLevel") or 0) & SEXUAL_LEVEL:
                    return True
                if image.get("nsfw") in ("Mature", "X"):
                    return True
    return bool(SEXUAL_WORDS.search(item_text(raw)))


def minor_cue(raw: dict[str, Any]) -> bool:
    if raw.get("minor") is True:
        return True
    text = item_text(raw)
    return bool(MINOR_WORDS.search(text) or MINOR_AGE.search(text))


# -- people ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    target: str  # the label's target: given-first, or family-first for East-Asian names
    gender: str
    given: str
    family: str
    script: str | None = None  # the full name in its own script
    culture: str = "west"
    aliases: tuple[str, ...] = ()
    family_script: str | None = None  # the family name in its script (East-Asian names)

    @property
    def run(self) -> str:
        return re.sub(r"[\W_]+", "", self.target)

    @property
    def snake(self) -> str:
        return re.sub(r"[\W_]+", "_", self.target).strip("_").lower()

    @property
    def camel(self) -> str:
        g = re.sub(r"[\W_]+", "", self.given)
        f = re.sub(r"[\W_]+", "", self.family)
        return g[:1].lower() + g[1:] + f[:1].upper() + f[1:]


def fold(text: str) -> str:
    """The text without diacritics (as file names and slugs write it)."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text).lower()).strip("-")


def article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def _title(x: str) -> str:
    return x.replace("_", " ")


# -- fragments of uploader prose -------------------------------------------------------------

NSFW_LINES = [
    "NSFW capable, works for nudes and lingerie shots too.",
    "can do nsfw, put 'nsfw' in the negative if you don't want it",
    "Lewd pics in the gallery 🔞",
    "great for boudoir photos",
    "Sexy results on most checkpoints 🔥",
]
OCCUPATIONS_F = [
    "actress",
    "singer",
    "news anchor",
    "TV host",
    "fashion model",
    "volleyball player",
    "comedian",
    "weather presenter",
    "politician",
    "radio DJ",
]
OCCUPATIONS_M = ["actor", "singer", "footballer", "TV host", "politician", "chef on TV"]
NATIONS = [
    "British",
    "Australian",
    "Canadian",
    "Irish",
    "American",
    "Swedish",
    "Dutch",
    "New Zealand",
]
GENERIC_TITLES = [
    "Project Lumen",
    "Face Study",
    "Portrait Pack",
    "RealFace",
    "Commission",
    "S-{n}",
    "LoRA #{n}",
    "untitled_{n}",
    "Sunday Photos",
    "Muse",
]
EA_CUES_F = {
    "zh": ["女演员", "美女", "女星", "网红", "中国女演员", "女性"],
    "ja": ["女優", "美女", "グラビア", "グラビアアイドル", "モデル", "女性"],
    "ko": ["여자", "여배우", "아이돌", "걸그룹", "배우"],
}
EA_CUES_M = {
    "zh": ["男演员", "男星", "帅哥"],
    "ja": ["俳優", "男性", "イケメン"],
    "ko": ["남자", "남배우", "배우"],
}
EA_BIO = {
    "zh": "{s}是一位{c}，代表作《{w}》。",
    "ja": "{s}は日本の{c}です。代表作は「{w}」。",
    "ko": "{s}은(는) 한국의 {c}입니다. 대표작 〈{w}〉.",
}
EA_WORKS = ["晚风与灯塔", "星之回廊", "夏の終わりの駅", "바다의 편지", "青梅往事", "月光ホテル"]
EA_NATION = {"zh": "chinese", "ja": "japanese", "ko": "korean"}
MEDIUM_TAG = {
    "TV series": "tv series",
    "K-drama": "kdrama",
    "C-drama": "cdrama",
    "J-drama": "jdrama",
    "film": "movie",
    "telenovela": "telenovela",
}
PRONOUN = {"female": ("she", "her"), "male": ("he", "his"), "unknown": ("they", "their")}


class Builder:
    """One split: its seeded random stream, vocabulary, ids and output rows."""

    def __init__(self, part: str) -> None:
        self.part = part
        self.rng = random.Random(SEEDS[part])
        self.v: dict[str, Any] = dict(VOCAB[part])
        self.ids: set[str] = set()
        self.rows: list[tuple[dict[str, Any], dict[str, Any]]] = []
        self.people: list[Person] = []
        self.single_use: set[str] = set()

    # ---- randomness helpers
    def pick(self, seq: Any) -> Any:
        return self.rng.choice(list(seq))

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def hexstr(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789ABCDEF") for _ in range(n))

    # ---- people
    def person(self, culture: str, gender: str | None = None) -> Person:
        """A new person of a culture (a third of the time someone already used)."""
        same = [p for p in self.people if p.culture == culture and gender in (None, p.gender)]
        if same and self.chance(0.25):
            return self.pick(same)
        p = self._new_person(culture, gender)
        # people of minor-cue and youth-word items are never reused for anyone else
        for _ in range(500):
            if p.target not in self.single_use:
                break
            p = self._new_person(culture, gender)
        else:
            raise RuntimeError(f"no {culture} name left that is not single-use")
        self.people.append(p)
        return p

    def single_use_person(self, cultures: list[str], gender: str | None = None) -> Person:
        """A person met only once (minor cues, adults described with youth words): never
        reused, never anyone else's name, so no other item, sexual or not, names them."""
        taken = {p.target for p in self.people} | self.single_use
        for _ in range(500):
            p = self._new_person(self.pick(cultures), gender)
            if p.target not in taken:
                break
        else:
            raise RuntimeError("the vocabulary has no unused name left for a single-use person")
        self.single_use.add(p.target)
        return p

    def _gender(self, gender: str | None, male_share: float = 0.22) -> str:
        return gender or ("male" if self.chance(male_share) else "female")

    def _new_person(self, culture: str, gender: str | None) -> Person:
        v, pick = self.v, self.pick
        if culture == "west":
            g = self._gender(gender)
            given = pick(v["west_f"] if g == "female" else v["west_m"])
            family = pick(v["sur_head"]) + pick(v["sur_tail"])
            return Person(f"{given} {family}", g, given, family)
        if culture == "ordinary":
            g = self._gender(gender, 0.2)
            given = pick(v["ordinary_f"] if g == "female" else v["ordinary_m"])
            family = pick(v["ordinary_family"])
            return Person(f"{given} {family}", g, given, family, culture="ordinary")
        if culture in ("latin", "global"):
            given, family, g = pick(r for r in v[culture] if gender in (None, r[2]))
            full = f"{given} {family}"
            plain = fold(full)
            return Person(
                full, g, given, family, culture=culture, aliases=(plain,) * (plain != full)
            )
        if culture == "world":
            script, roman, g = pick(r for r in v["world_script"] if gender in (None, r[2]))
            given, family = roman.split(" ", 1)
            return Person(roman, g, given, family, script, "world", (script,))
        if culture == "stage":
            name, g = pick(r for r in v["stage"] if gender in (None, r[1]))
            return Person(name, g, name, "", culture="stage")
        g = self._gender(gender, 0.2)
        if culture == "zh":
            fam_s, fam_r = pick(v["zh_family"])
            giv_s, giv_r = pick(v["zh_given_f"] if g == "female" else v["zh_given_m"])
            script = fam_s + giv_s
            return Person(
                f"{fam_r} {giv_r}",
                g,
                giv_r,
                fam_r,
                script,
                "zh",
                (f"{giv_r} {fam_r}", script),
                fam_s,
            )
        if culture == "ja":
            fam_k, _, fam_r = pick(v["ja_family"])
            giv_k, giv_kana, giv_r = pick(v["ja_given_f"] if g == "female" else v["ja_given_m"])
            script = fam_k + (giv_kana if self.chance(0.4) else giv_k)
            return Person(
                f"{fam_r} {giv_r}",
                g,
                giv_r,
                fam_r,
                script,
                "ja",
                (f"{giv_r} {fam_r}", script),
                fam_k,
            )
        fam_h, fam_r = pick(v["ko_family"])
        giv_h, giv_r = pick(v["ko_given_f"] if g == "female" else v["ko_given_m"])
        script = fam_h + giv_h
        return Person(
            f"{fam_r} {giv_r}", g, giv_r, fam_r, script, "ko", (f"{giv_r} {fam_r}", script), fam_h
        )

    def ea_person(self, gender: str | None = None) -> Person:
        return self.person(self.pick(["zh", "ja", "ko", "ko", "zh", "ja"]), gender)

    def any_person(self, gender: str | None = None) -> Person:
        culture = self.pick(
            ["west", "west", "west", "west", "latin", "global", "world", "ordinary", "zh", "ja"]
            + ["ko", "ko"]
        )
        return self.person(culture, gender)

    # ---- ids and dates
    def new_id(self, low: int, high: int) -> int:
        while True:
            n = self.rng.randint(low, high)
            if str(n) not in self.ids:
                self.ids.add(str(n))
                return n

    def date(self, era: str) -> str:
        if era == "2023":
            y, m = self.pick([(2022, 11), (2022, 12)] + [(2023, k) for k in range(1, 11)])
        else:
            y = self.pick([2024, 2025, 2025, 2026])
            m = self.rng.randint(1, 10 if y == 2026 else 12)
        d, h, mi, s = (
            self.rng.randint(1, 28),
            self.rng.randint(0, 23),
            *self.rng.sample(range(60), 2),
        )
        return f"{y}-{m:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}.{self.rng.randint(0, 999):03d}Z"

    # ---- prose
    def prose(self, core: list[str], nsfw: bool = False, *, extra: bool = True) -> str:
        """HTML description: the core lines plus what uploaders add around them."""
        lines = list(core)
        if extra:
            r = self.rng
            if self.chance(0.6):
                lines.append(self.pick(V.USAGE))
            if self.chance(0.5):
                lines.append(self.pick(V.TRAINING).format(n=r.randint(12, 140), e=r.randint(4, 20)))
            if self.chance(0.35):
                lines.append(self.pick(V.FOREIGN_LINES))
            if self.chance(0.25):
                lines.insert(0, "<strong>Changelog</strong><br />" + self.pick(V.CHANGELOG))
            if self.chance(0.2):
                lines.append(self.prompt_paste())
            support = self.pick(V.SUPPORT).format(u=self.pick(self.v["uploaders"]))
            if support:
                lines.append(support)
        if nsfw:
            lines.append(self.pick(NSFW_LINES))
        return "".join(f"<p>{line}</p>" for line in lines if line)

    def prompt_paste(self, subject: str = "a person, solo, looking at viewer") -> str:
        r = self.rng
        return (
            f"<code>(masterpiece, best quality:1.2), photo of {subject}, natural light, "
            f"85mm, film grain<br />Negative prompt: {self.pick(V.NEG_PROMPT)}<br />"
            f"Steps: {r.randint(20, 40)}, Sampler: {self.pick(V.SAMPLERS)}, CFG scale: "
            f"{r.randint(4, 8)}, Seed: {r.randint(10**8, 4 * 10**9)}, Size: 832x1216</code>"
        )

    # ---- item shapes
    def civitai(
        self,
        *,
        name: str,
        desc: str | None,
        mtype: str = "LORA",
        tags: list[str],
        trained: list[str] | None = None,
        file_stem: str | None = None,
        nsfw: bool = False,
        era: str | None = None,
        poi: bool = False,
        minor: bool = False,
        versions: list[dict[str, Any]] | None = None,
        creator: str | None = None,
        vdesc: str | None = None,
    ) -> dict[str, Any]:
        era = era or ("2023" if self.chance(0.45) else "2025")
        r = self.rng
        model_id = self.new_id(3000, 119000) if era == "2023" else self.new_id(1_150_000, 2_400_000)
        specs = versions or [{}]
        version_rows = []
        for index, spec in enumerate(specs):
            vid = (
                model_id + r.randint(1000, 90000)
                if era == "2023"
                else model_id + r.randint(10_000, 600_000)
            )
            vname = spec.get("name") or self.pick(["v1.0", "v1", "V2", "v2.0", "SDXL", "v3", "1.0"])
            stem = spec.get("file") or file_stem or (slug(name).replace("-", "_")[:40] or "model")
            fname = f"{stem}.{'pt' if mtype == 'TextualInversion' else 'safetensors'}"
            size_kb = {
                "TextualInversion": r.uniform(3.5, 60.0),
                "Checkpoint": r.uniform(1_990_000.0, 6_900_000.0),
                "Hypernetwork": r.uniform(80_000.0, 170_000.0),
            }.get(mtype, r.uniform(9_000.0, 230_000.0))
            sha = self.hexstr(64)
            hashes = {"AutoV2": sha[:10], "SHA256": sha, "CRC32": self.hexstr(8)}
            hashes["BLAKE3"] = self.hexstr(64)
            file: dict[str, Any] = {
                "id": r.randint(10_000, 2_000_000),
                "sizeKB": round(size_kb, 4),
                "name": fname,
                "type": "Model",
                "metadata": {
                    "format": "PickleTensor" if fname.endswith(".pt") else "SafeTensor",
                    "size": self.pick(["pruned", "full", None]),
                    "fp": self.pick(["fp16", "fp16", None, "bf16"]),
                },
                "pickleScanResult": "Success",
                "virusScanResult": "Success",
                "hashes": hashes,
                "downloadUrl": f"https://civitai.com/api/download/models/{vid}",
                "primary": True,
            }
            files = [file, *self.extra_files(mtype, stem, vid)]
            trained_words = spec.get("trained", trained if index == 0 else None) or []
            description = spec.get("desc", vdesc if index == 0 else None)
            n_img = r.randint(2, 6)
            created = self.date(era)
            if era == "2023":
                images = [
                    {
                        "id": r.randint(10_000, 2_000_000),
                        "nsfw": self.pick(["Mature", "X", "Soft"])
                        if nsfw and k == 0
                        else self.pick(["None", "None", "Soft"])
                        if not nsfw
                        else self.pick(["None", "Soft", "Mature"]),
                        "width": 512,
                        "height": self.pick([512, 768]),
                    }
                    for k in range(n_img)
                ]
                version_rows.append(
                    {
                        "id": vid,
                        "modelId": model_id,
                        "name": vname,
                        "createdAt": created,
                        "updatedAt": created,
                        "trainedWords": trained_words,
                        "baseModel": _title(self.pick(V.BASE_2023)),
                        "earlyAccessTimeFrame": 0,
                        "description": description,
                        "stats": {
                            "downloadCount": r.randint(20, 9000),
                            "ratingCount": 0,
                            "rating": 0,
                        },
                        "files": files,
                        "images": images,
                        "downloadUrl": file["downloadUrl"],
                    }
                )
            else:
                levels = [
                    (self.pick([4, 8, 16]) if k == 0 else self.pick([1, 2, 4, 8]))
                    if nsfw
                    else self.pick([1, 1, 2])
                    for k in range(n_img)
                ]
                images = [
                    {
                        "url": f"https://image.civitai.com/xG1nkqKTMzGDvpLrqFT7WA/{self.hexstr(8).lower()}"
                        f"/width=832/{r.randint(10**7, 10**8)}.jpeg",
                        "nsfwLevel": lvl,
                        "width": 832,
                        "height": 1216,
                        "hash": self.hexstr(20),
                        "type": "image",
                        "minor": False,
                        "poi": False,
                        "hasMeta": True,
                        "hasPositivePrompt": True,
                        "onSite": False,
                        "remixOfId": None,
                    }
                    for lvl in levels
                ]
                level = 0
                for lvl in levels:
                    level |= lvl
                version_rows.append(
                    {
                        "id": vid,
                        "index": index,
                        "name": vname,
                        "baseModel": _title(self.pick(V.BASE_2025)),
                        "baseModelType": "Standard",
                        "createdAt": created,
                        "publishedAt": created,
                        "status": "Published",
                        "availability": self.pick(["Public"] * 6 + ["EarlyAccess"]),
                        "nsfwLevel": level,
                        "description": description,
                        "trainedWords": trained_words,
                        "covered": True,
                        "stats": {
                            "downloadCount": r.randint(20, 9000),
                            "ratingCount": 0,
                            "rating": 0,
                            "thumbsUpCount": r.randint(0, 400),
                            "thumbsDownCount": 0,
                        },
                        "files": files,
                        "images": images,
                        "downloadUrl": file["downloadUrl"],
                    }
                )
        creator_name = creator or self.pick(self.v["uploaders"])
        stats = {
            "downloadCount": r.randint(30, 40000),
            "favoriteCount": r.randint(0, 900),
            "commentCount": r.randint(0, 40),
            "ratingCount": r.randint(0, 30),
            "rating": self.pick([0, 4.5, 5]),
        }
        base: dict[str, Any] = {"id": model_id, "name": name, "description": desc}
        if era == "2023":
            return {
                **base,
                "type": mtype,
                "poi": poi,
                "nsfw": nsfw,
                "allowNoCredit": self.chance(0.6),
                "allowCommercialUse": self.pick(["None", "Rent", "Image", "Sell"]),
                "allowDerivatives": True,
                "allowDifferentLicense": self.chance(0.5),
                "stats": stats,
                "creator": {"username": creator_name, "image": None},
                "tags": tags,
                "modelVersions": version_rows,
            }
        level = 0
        for v in version_rows:
            level |= v["nsfwLevel"]
        stats.update({"thumbsUpCount": r.randint(0, 900), "thumbsDownCount": 0})
        stats["tippedAmountCount"] = r.randint(0, 50)
        return {
            **base,
            "allowNoCredit": self.chance(0.6),
            "allowCommercialUse": self.pick([["Image", "RentCivit"], [], ["Sell", "Image"]]),
            "allowDerivatives": True,
            "allowDifferentLicense": self.chance(0.5),
            "type": mtype,
            "minor": minor,
            "sfwOnly": not nsfw and self.chance(0.2),
            "poi": poi,
            "nsfw": nsfw,
            "nsfwLevel": level,
            "availability": "Public",
            "cosmetic": None,
            "supportsGeneration": self.chance(0.5),
            "stats": stats,
            "creator": {
                "username": creator_name,
                "image": f"https://image.civitai.com/xG1nkqKTMzGDvpLrqFT7WA/{self.hexstr(8).lower()}"
                f"/width=96/{creator_name}.jpeg",
            },
            "tags": tags,
            "modelVersions": version_rows,
        }

    def extra_files(self, mtype: str, stem: str, vid: int) -> list[dict[str, Any]]:
        """Files uploaded beside the model: the stock VAE and SD2 config many checkpoints
        bundle (the same bytes under unrelated creators), a LoRA's training data."""
        extras: list[dict[str, Any]] = []
        url = f"https://civitai.com/api/download/models/{vid}"
        if mtype == "Checkpoint" and self.chance(0.5):
            extras.append(
                {
                    "name": "vae-ft-mse-840000-ema-pruned.safetensors",
                    "type": "VAE",
                    "sizeKB": 326799.3,
                    "sha": STOCK_VAE,
                }
            )
        if mtype == "Checkpoint" and self.chance(0.25):
            extras.append(
                {
                    "name": f"{stem}.yaml",
                    "type": "Config",
                    "sizeKB": 1.7724609375,
                    "sha": STOCK_YAML,
                }
            )
        if mtype != "Checkpoint" and self.chance(0.08):
            extras.append(
                {
                    "name": f"{stem}_dataset.zip",
                    "type": "Training Data",
                    "sizeKB": round(self.rng.uniform(4000, 90000), 3),
                    "sha": self.hexstr(64),
                }
            )
        return [
            {
                "id": self.rng.randint(10_000, 2_000_000),
                "sizeKB": e["sizeKB"],
                "name": e["name"],
                "type": e["type"],
                "metadata": {
                    "format": "Other" if e["type"] != "VAE" else "SafeTensor",
                    "size": None,
                    "fp": None,
                },
                "pickleScanResult": "Success",
                "virusScanResult": "Success",
                "hashes": {"AutoV2": e["sha"][:10], "SHA256": e["sha"]},
                "downloadUrl": f"{url}?type={e['type'].replace(' ', '%20')}",
                "primary": False,
            }
            for e in extras
        ]

    def hf(
        self,
        *,
        repo: str,
        instance_prompt: str | None,
        widgets: list[str],
        card_tags: list[str] | None = None,
        files: list[str] | None = None,
        nsfw: bool = False,
        kind: str = "lora",
    ) -> dict[str, Any]:
        r = self.rng
        base = self.pick(V.HF_BASES)
        if repo in self.ids:
            repo = f"{repo}-v{r.randint(2, 9)}"
        self.ids.add(repo)
        tags = ["diffusers", "text-to-image"]
        if kind == "lora":
            tags += ["lora", "template:sd-lora", f"base_model:adapter:{base}"]
        else:
            tags += ["stable-diffusion", "safetensors"]
        tags += list(card_tags or [])
        if nsfw:
            tags.append("not-for-all-audiences")
        tags.append(self.pick(["license:other", "license:creativeml-openrail-m", "license:mit"]))
        siblings = [
            {"rfilename": ".gitattributes", "size": 1519},
            {"rfilename": "README.md", "size": r.randint(400, 5000)},
        ]
        for name in files or [f"{repo.split('/')[1].replace('-', '_')}.safetensors"]:
            size = r.randint(20_000_000, 240_000_000)
            siblings.append(
                {
                    "rfilename": name,
                    "size": size,
                    "lfs": {"sha256": self.hexstr(64).lower(), "size": size, "pointerSize": 135},
                }
            )
        for k in range(len(widgets)):
            siblings.append(
                {"rfilename": f"images/example_{k}.png", "size": r.randint(10**5, 10**6)}
            )
        card: dict[str, Any] = {
            "base_model": base,
            "tags": ["text-to-image", *(["lora"] if kind == "lora" else []), "diffusers"]
            + list(card_tags or []),
            "widget": [
                {"text": w, "output": {"url": f"images/example_{k}.png"}}
                for k, w in enumerate(widgets)
            ],
        }
        if instance_prompt is not None:
            card["instance_prompt"] = instance_prompt
        if nsfw:
            card["tags"].append("not-for-all-audiences")
        created = self.date("2025")
        author = repo.split("/")[0]
        return {
            "id": repo,
            "author": author,
            "sha": hashlib.sha1(repo.encode()).hexdigest(),
            "createdAt": created,
            "lastModified": created,
            "private": False,
            "gated": False,
            "disabled": False,
            "downloads": r.randint(0, 3000),
            "likes": r.randint(0, 60),
            "tags": tags,
            "pipeline_tag": "text-to-image",
            "library_name": "diffusers",
            "cardData": card,
            "siblings": siblings,
        }

    # ---- labels
    def add(
        self,
        raw: dict[str, Any],
        kind: str,
        shape: str,
        *,
        person: Person | None = None,
        targets: list[Person] | None = None,
        target: str | None = None,
        aliases: list[str] | None = None,
        gender: str | None = None,
        sexual: bool = False,
        minor: bool = False,
    ) -> None:
        platform = "huggingface" if "siblings" in raw else "civitai"
        likeness = kind in PROMINENCE
        people = targets or ([person] if person else [])
        if likeness:
            main = people[0] if people else None
            tgt = target if target is not None else (main.target if main else None)
            all_targets = [tgt] if tgt and not targets else [p.target for p in people]
            alias_list = aliases if aliases is not None else [a for p in people for a in p.aliases]
            g = gender or (main.gender if main else "unknown")
        else:
            tgt, all_targets, alias_list, g = None, [], [], None
        label = {
            "platform": platform,
            "model_id": str(raw["id"]),
            "kind": kind,
            "likeness": likeness,
            "target": tgt,
            "gender": g,
            "prominence": PROMINENCE.get(kind),
            "sexual_intent": sexual,
            "minor_risk": minor,
            "shape": shape,
            "targets": all_targets,
            "aliases": alias_list,
        }
        assert list(label) == list(LABEL_KEYS)
        assert sexual_cue(raw) == sexual, (shape, raw["id"], "sexual cue disagrees")
        assert minor_cue(raw) == minor, (shape, raw["id"], "minor cue disagrees")
        assert not (sexual and minor), (shape, raw["id"])
        self.rows.append((raw, label))

    # ---- common bits
    def likeness_tags(self, p: Person, share: float = 0.55) -> list[str]:
        pool = V.LIKENESS_TAGS if p.gender != "male" else V.MALE_LIKENESS_TAGS
        tags = [t.replace("_", " ") for t in self.rng.sample(pool, 3)] if self.chance(share) else []
        tags += [t.replace("_", " ") for t in self.rng.sample(V.NEUTRAL_TAGS, 2)]
        return list(dict.fromkeys(tags))

    def occupation(self, p: Person) -> str:
        return self.pick(OCCUPATIONS_F if p.gender == "female" else OCCUPATIONS_M)

    def decorate(self, text: str) -> str:
        form = self.pick(
            [
                "{n}",
                "{n} LoRA",
                "{n} - LoRA",
                "【{n}】",
                "{n} [SDXL]",
                "{n} | Flux",
                "{n} (v2)",
                "LORA | {n}",
                "{n} ✨",
                "{n} - realistic",
                "{n} — Face LoRA",
                "{n} [Pony/SDXL/1.5]",
                "{n}_lora",
            ]
        )
        return form.format(n=text)

    def woman_word(self, p: Person) -> str:
        return {"female": "woman", "male": "man"}.get(p.gender, "person")

    def nsfw_roll(self, p: float = 0.3) -> bool:
        return self.chance(p)

    def generic_title(self) -> str:
        return self.pick(GENERIC_TITLES).format(n=self.rng.randint(2, 240))


# == likeness shapes ===========================================================================


def pf_title_name(b: Builder) -> None:
    p = b.person(b.pick(["west", "west", "latin", "global", "west"]))
    nsfw = b.nsfw_roll(0.3)
    occ = b.occupation(p)
    nation = b.pick(NATIONS)
    name = b.decorate(b.pick([p.target, p.target, p.target.upper(), f"{p.target} ({occ})"]))
    core = [
        b.pick(
            [
                f"{p.target} is {article(nation)} {nation} {occ}.",
                f"LoRA of {p.target}, the {occ}. {PRONOUN[p.gender][0].capitalize()} "
                f"was requested a lot so here you go",
                f"My take on {p.target} 🙂",
                "",
            ]
        )
    ]
    trig = [
        b.pick([f"{p.snake}", f"{p.run.lower()} {b.woman_word(p)}", f"ohwx {b.woman_word(p)}", ""])
    ]
    raw = b.civitai(
        name=name,
        desc=b.prose(core, nsfw),
        mtype=b.pick(["LORA", "LORA", "TextualInversion", "LoCon", "Checkpoint"]),
        tags=b.likeness_tags(p),
        trained=[t for t in trig if t],
        file_stem=b.pick([p.run, p.snake, f"{p.run}_v1", "lora_v1-000010"]),
        nsfw=nsfw,
        poi=b.chance(0.15),
    )
    b.add(raw, "public_figure", "title_name", person=p, sexual=nsfw)


def pf_desc_only(b: Builder) -> None:
    p = b.person(b.pick(["west", "west", "ordinary", "latin", "global"]))
    nsfw = b.nsfw_roll(0.25)
    she, her = PRONOUN[p.gender]
    core = [
        b.pick(
            [
                f"Trained on {b.rng.randint(20, 90)} photos of {p.target}, the {b.occupation(p)}.",
                f"This one is {p.target} from the morning news. Took ages to get the smile right",
                f"<em>Subject:</em> {p.target}<br />Dataset: red carpet + interviews",
                f"{she.capitalize()} is {p.target}, you know {her} work from "
                f"{b.pick(b.v['shows'])[0]} and a lot of TV.",
            ]
        )
    ]
    raw = b.civitai(
        name=b.generic_title(),
        desc=b.prose(core, nsfw),
        tags=b.likeness_tags(p, 0.35),
        trained=[b.pick([f"sks {b.woman_word(p)}", "ohwx", "trigger1", "p3rs0n"])],
        file_stem=b.pick(["project_lumen_v2", "face_lora-000012", "model_final"]),
        nsfw=nsfw,
    )
    b.add(raw, "public_figure", "desc_only", person=p, sexual=nsfw)


def pf_trigger_only(b: Builder) -> None:
    p = b.person(b.pick(["west", "west", "global", "latin"]))
    nsfw = b.nsfw_roll(0.3)
    trig = b.pick([f"{p.run.lower()} {b.woman_word(p)}", f"{p.snake}", p.target, f"{p.run}_v2"])
    raw = b.civitai(
        name=b.decorate(b.generic_title()),
        desc=b.prose([f"trigger: <code>{trig}</code>", "use 0.8 weight"], nsfw, extra=False),
        tags=b.likeness_tags(p, 0.4),
        trained=[trig],
        file_stem=b.pick(["lora_v10", "realface-07", f"s{b.rng.randint(10, 99)}"]),
        nsfw=nsfw,
    )
    b.add(raw, "public_figure", "trigger_only", person=p, sexual=nsfw)


def pf_filename_only(b: Builder) -> None:
    p = b.person(b.pick(["west", "west", "ordinary", "global", "zh", "ko"]))
    nsfw = b.nsfw_roll(0.3)
    stem = b.pick([p.run, p.snake, f"{p.run}_v10", f"{p.snake}-000008", p.camel])
    raw = b.civitai(
        name=b.generic_title(),
        desc=b.prose([b.pick(["No trigger needed.", "just load it", "Face LoRA."])], nsfw),
        tags=b.likeness_tags(p, 0.5),
        trained=[],
        file_stem=stem,
        nsfw=nsfw,
    )
    b.add(raw, "public_figure", "filename_only", person=p, sexual=nsfw)


def pf_tag_only(b: Builder) -> None:
    p = b.person(b.pick(["west", "west", "latin"]))
    nsfw = b.nsfw_roll(0.2)
    tags = b.likeness_tags(p, 0.6) + [p.target.lower()]
    raw = b.civitai(
        name=b.decorate(b.generic_title()),
        desc=b.prose(["Portrait LoRA, see tags."], nsfw),
        tags=tags,
        trained=["ohwx woman" if p.gender == "female" else "ohwx man"],
        nsfw=nsfw,
    )
    b.add(raw, "public_figure", "tag_only", person=p, sexual=nsfw)


def pf_version_name(b: Builder) -> None:
    """The person is named only in the version names or a version's changelog."""
    p = b.person(b.pick(["west", "ordinary", "latin"]))
    nsfw = b.nsfw_roll(0.2)
    versions = [
        {"name": f"{p.target} v{k}", "desc": f"<p>v{k}: more close-ups</p>"} for k in (2, 1)
    ]
    if b.chance(0.5):
        versions = [
            {"name": "v2", "desc": f"<p>v2 adds {p.target}'s 2019 press photos</p>"},
            {"name": "v1"},
        ]
    raw = b.civitai(
        name=b.decorate(b.generic_title()),
        desc=b.prose(["Realistic face LoRA."], nsfw),
        tags=b.likeness_tags(p, 0.5),
        trained=["ohwx woman" if p.gender == "female" else "ohwx man"],
        versions=versions,
        nsfw=nsfw,
    )
    b.add(raw, "public_figure", "version_name", person=p, sexual=nsfw)


def pf_initials(b: Builder) -> None:
    p = b.person("west")
    ini = f"{p.given[0]}.{p.family[0]}."
    nsfw = b.nsfw_roll(0.25)
    occ = b.occupation(p)
    nation = b.pick(NATIONS)
    raw = b.civitai(
        name=b.pick([f"{ini} ({occ})", f"{ini} - {nation} {occ}", f"{ini} LoRA"]),
        desc=b.prose(
            [
                f"{nation} {occ}, {PRONOUN[p.gender][0]} was in {b.pick(b.v['shows'])[0]}. "
                "Name withheld because of the new rules, you know who it is 😉"
            ],
            nsfw,
        ),
        tags=b.likeness_tags(p, 0.8),
        trained=[f"{ini.replace('.', '').lower()} {b.woman_word(p)}"],
        nsfw=nsfw,
    )
    b.add(
        raw,
        "public_figure",
        "initials",
        person=p,
        target=ini,
        aliases=[ini.replace(".", "")],
        sexual=nsfw,
    )


def pf_stage_name(b: Builder) -> None:
    p = b.person("stage")
    nsfw = b.nsfw_roll(0.2)
    occ = b.pick(["singer", "pop star", "rapper", "DJ", "dancer"])
    raw = b.civitai(
        name=b.decorate(b.pick([p.target, f"{p.target} ({occ})", p.target.upper()])),
        desc=b.prose(
            [f"{p.target} — the {occ}. Era: {b.pick(['debut', 'world tour', '2024'])}"], nsfw
        ),
        tags=[occ, "music", *b.likeness_tags(p, 0.6)],
        trained=[p.target.lower()],
        nsfw=nsfw,
    )
    b.add(raw, "public_figure", "stage_name", person=p, sexual=nsfw)


def pf_ordinary_words(b: Builder) -> None:
    p = b.person("ordinary")
    nsfw = b.nsfw_roll(0.35)
    where = b.pick(["title", "title", "desc", "trigger"])
    title = b.decorate(p.target) if where == "title" else b.decorate(b.generic_title())
    core = (
        [f"{p.target}, {b.pick(NATIONS)} {b.occupation(p)}"]
        if where != "trigger"
        else ["Use the trigger."]
    )
    raw = b.civitai(
        name=title,
        desc=b.prose(core, nsfw),
        tags=b.likeness_tags(p, 0.5),
        trained=[p.snake if where == "trigger" else b.pick(["", p.run.lower()])],
        nsfw=nsfw,
    )
    b.add(raw, "public_figure", "ordinary_words", person=p, sexual=nsfw)


def pf_world_script(b: Builder) -> None:
    p = b.person("world")
    assert p.script
    nsfw = b.nsfw_roll(0.2)
    both = b.chance(0.5)
    name = f"{p.script} / {p.target}" if both else p.script
    raw = b.civitai(
        name=b.decorate(name),
        desc=b.prose([p.script + (f" ({p.target})" if both else "")], nsfw),
        tags=b.likeness_tags(p, 0.6),
        trained=[p.script if not both else p.snake],
        file_stem=b.pick([p.snake, "lora_v1"]) if both else "lora_v1",
        nsfw=nsfw,
    )
    b.add(raw, "public_figure", "world_script", person=p, sexual=nsfw)


def _ea_cues(p: Person) -> list[str]:
    return (EA_CUES_F if p.gender == "female" else EA_CUES_M)[p.culture]


def _ea_tags(b: Builder, p: Person) -> list[str]:
    pool = EA_CUES_F if p.gender == "female" else EA_CUES_M
    return b.rng.sample(pool[p.culture], 2) + b.likeness_tags(p, 0.3)


def _ea_bio(b: Builder, p: Person) -> str:
    cue = b.pick((EA_CUES_F if p.gender == "female" else EA_CUES_M)[p.culture])
    return EA_BIO[p.culture].format(s=p.script, c=cue, w=b.pick(EA_WORKS))


def pf_ea_script(b: Builder) -> None:
    p = b.ea_person()
    assert p.script
    nsfw = b.nsfw_roll(0.2)
    raw = b.civitai(
        name=b.decorate(p.script),
        desc=b.prose([_ea_bio(b, p)], nsfw),
        tags=_ea_tags(b, p),
        trained=[b.pick([p.script, "", f"{p.script}, 1girl" if p.gender == "female" else ""])],
        file_stem=b.pick(["lora_v1", "chara_01", f"{b.hexstr(6).lower()}"]),
        nsfw=nsfw,
    )
    b.add(raw, "public_figure", "east_asian_script", person=p, sexual=nsfw)


def pf_ea_family_first(b: Builder) -> None:
    p = b.ea_person()
    nsfw = b.nsfw_roll(0.25)
    with_script = b.chance(0.4)
    name = f"{p.target} {p.script}" if with_script else p.target
    occ = b.pick(["actress", "idol", "model", "singer"] if p.gender == "female" else ["actor"])
    raw = b.civitai(
        name=b.decorate(name),
        desc=b.prose([f"{p.target} ({occ}). " + (_ea_bio(b, p) if with_script else "")], nsfw),
        tags=_ea_tags(b, p),
        trained=[b.pick([p.snake, f"{p.run.lower()} {b.woman_word(p)}", ""])],
        nsfw=nsfw,
    )
    b.add(raw, "public_figure", "east_asian_family_first", person=p, sexual=nsfw)


def pf_ea_run_together(b: Builder) -> None:
    p = b.ea_person()
    nsfw = b.nsfw_roll(0.25)
    run = b.pick([p.run.lower(), p.run, (p.given + p.family).replace("-", "").lower()])
    alias = list(p.aliases)
    raw = b.civitai(
        name=b.pick([run, f"{run}_lora", b.generic_title()]),
        desc=b.prose(
            [
                b.pick(
                    [
                        f"{b.pick(_ea_cues(p))} lora",
                        "weight 0.7",
                    ]
                )
            ],
            nsfw,
        ),
        tags=_ea_tags(b, p),
        trained=[run],
        file_stem=f"{run}_v{b.rng.randint(1, 4)}",
        nsfw=nsfw,
    )
    b.add(raw, "public_figure", "east_asian_run_together", person=p, aliases=alias, sexual=nsfw)


def pf_ea_camel(b: Builder) -> None:
    p = b.ea_person()
    nsfw = b.nsfw_roll(0.2)
    raw = b.civitai(
        name=b.decorate(b.pick([p.camel, b.generic_title()])),
        desc=b.prose([f"{EA_NATION[p.culture]} celeb lora"], nsfw),
        tags=_ea_tags(b, p),
        trained=[p.camel],
        file_stem=p.camel,
        nsfw=nsfw,
    )
    b.add(raw, "public_figure", "east_asian_camel", person=p, sexual=nsfw)


def pf_live_action(b: Builder, disclaimer: bool = False) -> None:
    actor = b.any_person()
    show, medium = b.pick(b.v["shows"])
    given = b.pick(b.v["role_given_m"] if actor.gender == "male" else b.v["role_given"])
    role = f"{given} {b.pick(b.v['role_family'])}"
    nsfw = (not disclaimer) and b.nsfw_roll(0.15)
    where = b.pick(["desc", "title", "trigger"])
    title = f"{role} ({show})" if where != "title" else f"{role} - {show} ({actor.target})"
    lines = [
        b.pick(
            [
                f"{role} from the {medium} <em>{show}</em>.",
                f"Character LoRA: {role}, {show} ({medium}, season {b.rng.randint(1, 3)}).",
            ]
        )
    ]
    if where == "desc":
        lines.append(f"Played by {actor.target}. Trained on episode stills.")
    if disclaimer:
        lines.append(
            b.pick(
                [
                    "Disclaimer: this is a fictional character. Any resemblance to real persons "
                    "is purely coincidental.",
                    "This model depicts a fictional character only and not a real person.",
                ]
            )
        )
    trig = f"{actor.snake}, {role.lower()}" if where == "trigger" else role.lower()
    raw = b.civitai(
        name=title,
        desc=b.prose(lines, nsfw),
        mtype=b.pick(["LORA", "LORA", "Checkpoint", "Hypernetwork", "LoCon"]),
        tags=[
            "character",
            MEDIUM_TAG[medium],
            b.pick(["live action", "drama", "actress" if actor.gender == "female" else "actor"]),
            *b.likeness_tags(actor, 0.3),
        ],
        trained=[trig],
        nsfw=nsfw,
    )
    shape = "live_action_disclaimer" if disclaimer else "live_action_role"
    b.add(raw, "public_figure", shape, person=actor, sexual=nsfw)


def pf_live_action_disclaimer(b: Builder) -> None:
    pf_live_action(b, disclaimer=True)


def pf_named_blend(b: Builder) -> None:
    people = []
    while len(people) < b.pick([2, 2, 3]):
        p = b.any_person("female")
        if p not in people:
            people.append(p)
    names = [p.target for p in people]
    joined = b.pick([" x ".join(names), " & ".join(names), ", ".join(names)])
    nsfw = b.nsfw_roll(0.3)
    raw = b.civitai(
        name=b.pick([f"Blend: {joined}", f"{joined} mix", f"Mix of {joined}"]),
        desc=b.prose(
            [f"A 50/50 face mix of {joined}. Each one trained separately then merged."], nsfw
        ),
        tags=["woman", "face", "blend", *b.likeness_tags(people[0], 0.4)],
        trained=["blendface woman"],
        nsfw=nsfw,
    )
    b.add(raw, "public_figure", "named_blend", targets=people, gender="female", sexual=nsfw)


def pf_disclaimer(b: Builder) -> None:
    p = b.any_person()
    raw = b.civitai(
        name=b.decorate(p.target),
        desc=b.prose(
            [
                f"{p.target} LoRA.",
                b.pick(
                    [
                        "All images are AI generated. This is a fictional character, no real "
                        "person is depicted.",
                        "For entertainment / parody only. Not affiliated with the person.",
                        "⚠️ Fictional likeness, do not use for misinformation.",
                    ]
                ),
            ]
        ),
        tags=b.likeness_tags(p, 0.3),
        trained=[p.snake],
    )
    b.add(raw, "public_figure", "disclaimer", person=p)


def pf_request(b: Builder) -> None:
    p = b.any_person()
    requester = b.pick(b.v["uploaders"])
    raw = b.civitai(
        name=b.pick(
            [
                f"[REQ] {p.target}",
                f"{p.target} (commission)",
                f"Bounty entry - {p.target}",
                f"request: {p.target.lower()}",
            ]
        ),
        desc=b.prose(
            [
                b.pick(
                    [
                        f"Requested by @{requester}. Someone asked for {p.target} so here it is.",
                        f"Commissioned by {requester}, trained on the references they sent.",
                        f"My entry for the bounty asking for {p.target}'s face. Hope I win 🤞",
                    ]
                )
            ]
        ),
        tags=b.likeness_tags(p, 0.5),
        trained=[p.run.lower()],
    )
    b.add(raw, "public_figure", "request", person=p)


def pf_adult_performer(b: Builder) -> None:
    p = b.person(b.pick(["west", "west", "ja", "latin", "ordinary"]), "female")
    title = p.script if p.culture == "ja" and b.chance(0.5) else p.target
    assert title
    raw = b.civitai(
        name=b.decorate(title),
        desc=b.prose(
            [
                b.pick(
                    [
                        f"{p.target}, porn star. Trained on her scenes.",
                        f"{title} AV女優",
                        f"Adult film actress {p.target}. OnlyFans pics mostly.",
                    ]
                )
            ],
            True,
        ),
        tags=["pornstar", "woman", *b.likeness_tags(p, 0.5)],
        trained=[p.snake],
        nsfw=True,
    )
    b.add(raw, "public_figure", "adult_performer", person=p, sexual=True)


def pf_adult_youth_words(b: Builder) -> None:
    """Adult East-Asian women with youth-sounding words and a stated adult age."""
    p = b.single_use_person(["zh", "ja", "ko"], "female")
    age = b.rng.randint(19, 31)
    adult = b.pick(
        [
            f"{age}歳",
            f"{age}岁",
            f"{age}세",
            f"{age} y/o",
            f"born {2025 - age}",
            f"she is {age}",
            "(adult, 20+)",
        ]
    )
    looks = b.pick(
        [
            "cute petite",
            "young-looking, baby face",
            "kawaii",
            "petite and cute",
            "school uniform cosplay",
            "cute girl next door",
        ]
    )
    name = b.pick([p.target, p.script or p.target, f"{p.target} {p.script}"])
    raw = b.civitai(
        name=b.decorate(name),
        desc=b.prose([f"{name}, {looks}. {adult}. {_ea_bio(b, p)}"]),
        tags=[
            *b.rng.sample(["cute", "petite", "young", "kawaii", "girl", "school uniform"], 3),
            *_ea_tags(b, p),
        ],
        trained=[b.pick([p.snake, f"{p.run.lower()}, school uniform", p.run.lower()])],
    )
    b.add(raw, "public_figure", "adult_youth_words", person=p)


def pf_minor_cue(b: Builder) -> None:
    """A stated age under 18 or a youth word, in neutral, SFW metadata."""
    p = b.single_use_person(["west", "ja", "ko", "zh"])
    age = b.rng.randint(11, 16)
    actor = "actress" if p.gender == "female" else "actor"
    cue = b.pick(
        {
            "ja": [f"{age}歳", f"{age}歳の子役"],
            "ko": [f"{age}세", f"{age}세 연습생"],
            "zh": [f"{age}岁", f"{age}岁童星"],
        }.get(
            p.culture,
            [f"{age} years old in these photos", f"child {actor}", f"teen {actor}", f"{age}yo"],
        )
    )
    raw = b.civitai(
        name=b.decorate(p.script if p.script and b.chance(0.4) else p.target),
        desc=b.prose([f"{p.target}, {cue}. Portrait only, stills from interviews."], extra=False),
        tags=["portrait", "sfw", *b.likeness_tags(p, 0.4)],
        trained=[p.snake],
        minor=b.chance(0.3),
        era="2025" if b.chance(0.5) else None,
    )
    b.add(raw, "public_figure", "minor_cue", person=p, minor=True)


def pf_hf_slug(b: Builder) -> None:
    p = b.any_person()
    nsfw = b.nsfw_roll(0.2)
    author = b.pick(b.v["hf_authors"])
    stem = b.pick([slug(p.target), p.snake, p.run.lower()])
    repo = f"{author}/{stem}{b.pick(['', '-lora', '-flux', '-sdxl-lora', '_v2'])}"
    trig = b.pick([f"{p.run.lower()} {b.woman_word(p)}", "ohwx " + b.woman_word(p), p.snake])
    raw = b.hf(
        repo=repo,
        instance_prompt=trig,
        widgets=[f"photo of {trig}, portrait, soft light", f"{trig} at the beach, candid"][
            : b.rng.randint(0, 2)
        ],
        nsfw=nsfw,
    )
    b.add(raw, "public_figure", "hf_slug", person=p, sexual=nsfw)


def oc_creator_handle(b: Builder) -> None:
    handle = b.pick(b.v["handles"])
    g = b.pick(["female"] * 15 + ["male"] * 3 + ["unknown"] * 2)
    nsfw = b.nsfw_roll(0.35)
    platform = b.pick(["Instagram", "TikTok", "Twitch", "YouTube"] + (["OnlyFans"] if nsfw else []))
    followers = b.pick(["120k", "1.2M", "48k", "900k", "2.3M"])
    raw = b.civitai(
        name=b.decorate(b.pick([f"@{handle}", handle, f"{handle} ({platform})"])),
        desc=b.prose(
            [
                f'{platform} creator <a href="https://www.{platform.lower()}.com/{handle}">'
                f"@{handle}</a> ({followers} followers). Trained on {PRONOUN[g][1]} posts."
            ],
            nsfw,
        ),
        tags=[
            "influencer",
            b.pick(
                [
                    "instagram",
                    "tiktok",
                    "streamer",
                    "cosplayer",
                    "e-girl" if g == "female" else "vlog",
                ]
            ),
            {"female": "woman", "male": "man"}.get(g, "creator"),
        ],
        trained=[handle.replace(".", "_")],
        nsfw=nsfw,
    )
    b.add(
        raw,
        "online_creator",
        "creator_handle",
        target=handle,
        aliases=[f"@{handle}"],
        gender=g,
        sexual=nsfw,
    )


def oc_ea_creator(b: Builder) -> None:
    p = b.ea_person("female")
    platform = {"zh": "小红书", "ja": "Instagram", "ko": "인스타그램"}[p.culture]
    extra = {"zh": "抖音网红", "ja": "インフルエンサー", "ko": "인플루언서"}[p.culture]
    raw = b.civitai(
        name=b.decorate(p.script or p.target),
        desc=b.prose([f"{p.script} — {platform} {extra}, 粉丝 {b.rng.randint(10, 300)}万"]),
        tags=[extra, "influencer", "woman"],
        trained=[p.run.lower()],
    )
    b.add(raw, "online_creator", "east_asian_creator", person=p)


def oc_hf_creator(b: Builder) -> None:
    handle = b.pick(b.v["handles"])
    author = b.pick(b.v["hf_authors"])
    raw = b.hf(
        repo=f"{author}/{slug(handle)}-lora",
        instance_prompt=f"{handle.replace('.', '_')} woman",
        widgets=[f"{handle.replace('.', '_')} woman, selfie, tiktok influencer"],
    )
    b.add(raw, "online_creator", "hf_creator", target=handle, aliases=[], gender="female")


def pp_private(b: Builder) -> None:
    form = b.rng.randint(0, 5)
    g = "female" if form in (0, 1, 3) else "male" if form == 4 else "unknown"
    given = b.pick(b.v["west_f"] if g == "female" else b.v["west_m"])
    ini = b.pick(b.v["west_m"])[0] + b.pick(b.v["sur_head"])[0]
    nsfw = form in (0, 1) and b.nsfw_roll(0.3)
    title, desc, target = {
        0: ("my wife lora", "Trained on 30 pics of my wife (with her permission obviously)", None),
        1: (f"{given} face lora", f"{given}, a friend from work. Private test upload", given),
        2: (f"our friend {ini}", "He asked me to make one of him for his birthday lol", ini),
        3: ("gf_lora_v2", "my girlfriend, trained on her phone photos", None),
        4: ("Dad (memorial)", "My late father, trained on old family photos 🕊️", None),
        5: ("my partner", "my partner's face lora, trained on their photos", None),
    }[form]
    if form == 2:
        g = "male"
    raw = b.civitai(
        name=title,
        desc=b.prose([desc], nsfw, extra=False),
        tags=b.pick([["person"], [], ["realistic", "face"]]),
        trained=[b.pick(["ohwx person", "sks", "mywife" if form == 0 else "zxc"])],
        nsfw=nsfw,
    )
    b.add(raw, "private_person", "private", target=target, aliases=[], gender=g, sexual=nsfw)


# == hard negatives ============================================================================


def _franchise(b: Builder) -> str:
    return _title(b.pick(b.v["franchises"]))


def neg_anime(b: Builder, with_tag: bool = True) -> None:
    female = b.chance(0.8)
    given = b.pick(b.v["anime_given_f"] if female else b.v["anime_given_m"])
    name = f"{b.pick(b.v['anime_family'])} {given}"
    fr = _franchise(b)
    nsfw = b.nsfw_roll(0.3)
    tags = ["anime", b.pick(["game", "gacha", "manga", "girls" if female else "boy"])]
    if with_tag:
        tags.insert(1, "character")
    outfit = b.pick(["default outfit", "school festival outfit", "swimsuit skin", "battle dress"])
    raw = b.civitai(
        name=b.pick([f"{name} ({fr})", f"{name} | {fr}", f"[{fr}] {given}", f"{name} - {outfit}"]),
        desc=b.prose(
            [
                f"{given} from {fr}. Outfits: {outfit}.",
                f"trigger: {given.lower()}, {'1girl' if female else '1boy'}, hair ornament",
            ],
            nsfw,
        ),
        tags=tags,
        trained=[f"{given.lower()}_{slug(fr)[:6]}", "1girl" if female else "1boy"],
        nsfw=nsfw,
    )
    b.add(raw, "character_anime", "anime_character" if with_tag else "anime_no_tag", sexual=nsfw)


def neg_anime_no_tag(b: Builder) -> None:
    neg_anime(b, with_tag=False)


def neg_anime_script(b: Builder) -> None:
    script, roman = b.pick(b.v["anime_script"])
    fr = _franchise(b)
    raw = b.civitai(
        name=b.pick([f"{script}（{fr}）", f"{script} / {roman}", script]),
        desc=b.prose([f"{fr}のキャラクター「{script}」のLoRAです。", "アニメ塗り推奨"]),
        tags=b.pick([["anime", "character", "game character"], ["anime", "girls"]]),
        trained=[roman.lower().replace(" ", "_")],
    )
    b.add(raw, "character_anime", "anime_script_name")


def neg_hf_anime(b: Builder) -> None:
    given = b.pick(b.v["anime_given_f"])
    fam = b.pick(b.v["anime_family"])
    fr = _franchise(b)
    raw = b.hf(
        repo=f"{b.pick(b.v['hf_authors'])}/{slug(fam + ' ' + given)}-{slug(fr)[:10]}",
        instance_prompt=f"{given.lower()} {fam.lower()}, anime style",
        widgets=[f"{given.lower()} {fam.lower()}, 1girl, anime screencap, {fr}"],
        card_tags=["anime"],
    )
    b.add(raw, "character_anime", "hf_anime_character")


def neg_western(b: Builder) -> None:
    name, work, medium = b.pick(b.v["western_chars"])
    nsfw = b.nsfw_roll(0.15)
    raw = b.civitai(
        name=f"{name} ({work})",
        desc=b.prose(
            [
                f"{name} from the {medium} {work}. "
                + b.pick(["Fan art style.", "3D render look.", "Comic look."])
            ],
            nsfw,
        ),
        tags=["character", medium, b.pick(["fan art", "cartoon", "video game"])],
        trained=[slug(name).replace("-", "_")],
        nsfw=nsfw,
    )
    b.add(raw, "character_western", "western_character", sexual=nsfw)


def neg_vtuber(b: Builder) -> None:
    name = _title(b.pick(b.v["vtubers"]))
    raw = b.civitai(
        name=b.pick(
            [f"{name} [VTuber]", f"{name} (Vtuber) 3 outfits", f"{name} - Live2D model look"]
        ),
        desc=b.prose([f"VTuber {name}'s avatar, all official outfits. Not the person behind it!"]),
        tags=["vtuber", "anime", "character", "virtual youtuber"],
        trained=[slug(name).replace("-", "_")],
    )
    b.add(raw, "character_vtuber", "vtuber")


def neg_artist_style(b: Builder) -> None:
    artist = _title(b.pick(b.v["painters"]))
    raw = b.civitai(
        name=b.pick(
            [f"{artist} Style", f"In the style of {artist}", f"{artist.split()[-1]} style LoRA"]
        ),
        desc=b.prose(
            [f"Painting style of {artist} (oil, loose brushwork). Works on landscapes too."]
        ),
        tags=["style", "art style", "painting", "artist"],
        trained=[f"{slug(artist).replace('-', '_')} style"],
    )
    b.add(raw, "artist_style", "painter_style")


def neg_photographer_style(b: Builder) -> None:
    ph = _title(b.pick(b.v["photographers"]))
    raw = b.civitai(
        name=f"{ph} photography style",
        desc=b.prose([f"Emulates the look of photographer {ph}: harsh flash, 35mm grain."]),
        tags=["style", "photography", "photographer"],
        trained=[f"{slug(ph).split('-')[-1]} photo style"],
    )
    b.add(raw, "artist_style", "photographer_style")


def neg_checkpoint(b: Builder, merge: bool = False) -> None:
    ck = b.pick(b.v["checkpoints"])
    nsfw = b.nsfw_roll(0.35)
    v = b.rng.randint(2, 9)
    others = b.rng.sample(b.v["checkpoints"], 2)
    core = [f"{ck} v{v} — photorealistic base for portraits and people"]
    if merge:
        core.append(
            f"Recipe: {others[0]} 0.4 + {others[1]} 0.3 + add-difference detail LoRA 0.2, baked VAE"
        )
    raw = b.civitai(
        name=f"{ck} {b.pick(['XL', '', 'v' + str(v), 'Realistic', '| merge'])}".strip(),
        desc=b.prose(core, nsfw),
        mtype="Checkpoint",
        tags=["photorealistic", "base model", "realistic", "woman", *(["merge"] if merge else [])],
        trained=[],
        nsfw=nsfw,
        # a creator-wide flag lands on merges, as it does in the real catalog
        poi=merge and b.chance(0.1),
    )
    b.add(raw, "checkpoint_realistic", "checkpoint_merge" if merge else "checkpoint", sexual=nsfw)


def neg_checkpoint_merge(b: Builder) -> None:
    neg_checkpoint(b, merge=True)


def neg_clothing(b: Builder) -> None:
    item = b.pick(
        [
            "Hanbok (modern)",
            "Qipao / 旗袍",
            "Office suit",
            "Idol stage outfit",
            "Knitted sweater dress",
            "Lingerie set",
            "Latex catsuit",
            "Wedding dress",
        ]
    )
    nsfw = item in ("Lingerie set", "Latex catsuit") or b.nsfw_roll(0.1)
    raw = b.civitai(
        name=f"{item} LoRA",
        desc=b.prose([f"{item}. Works on any character, prompt the colour you want."], nsfw),
        tags=["clothing", "outfit", "woman", "girls"],
        trained=[slug(item).replace("-", " ")],
        nsfw=nsfw,
    )
    b.add(raw, "clothing", "clothing", sexual=nsfw)


def _concept(
    b: Builder, shape: str, title: str, desc: str, tags: list[str], nsfw: bool = False
) -> None:
    raw = b.civitai(
        name=title,
        desc=b.prose([desc], nsfw),
        tags=tags,
        trained=[slug(title).replace("-", " ")[:30]],
        nsfw=nsfw,
    )
    b.add(raw, "concept", shape, sexual=nsfw)


def neg_celebrity_concept(b: Builder) -> None:
    title = b.pick(
        ["Celebrity Selfie", "Red Carpet Moment", "Celebrity Magazine Cover", "Famous Person Vibes"]
    )
    _concept(
        b,
        "celebrity_concept",
        title,
        "Makes anyone look like a celebrity on a red carpet. No specific person.",
        ["celebrity", "concept", "red carpet", "photography"],
    )


def neg_paparazzi(b: Builder) -> None:
    _concept(
        b,
        "paparazzi",
        b.pick(["Paparazzi Shot", "Caught by Paparazzi", "Tabloid photo"]),
        "Long-lens candid look, motion blur, flash bounce. Celebrity-style photos of your own "
        "characters.",
        ["paparazzi", "celebrity", "photo", "concept"],
    )


def neg_instagram(b: Builder) -> None:
    _concept(
        b,
        "instagram_filter",
        b.pick(["Instagram Filter", "IG Selfie Look", "Influencer photo style"]),
        "Smooth skin, warm tone, phone camera look. Like an instagram filter.",
        ["instagram", "filter", "selfie", "style"],
    )


def neg_lighting(b: Builder) -> None:
    t = b.pick(["Golden Hour Lighting", "Neon Rim Light", "Rembrandt lighting", "Window light"])
    _concept(b, "lighting", t, f"{t} helper, weight 0.5", ["lighting", "photography", "concept"])


def neg_pose(b: Builder) -> None:
    t = b.pick(["Over the shoulder pose", "Hand on hip", "Sitting on stairs", "Leaning on wall"])
    nsfw = b.nsfw_roll(0.2)
    _concept(b, "pose", t, f"{t}. Works with 1girl and 1boy.", ["pose", "poses", "concept"], nsfw)


def neg_historical(b: Builder) -> None:
    fig = b.pick(
        [
            "Cleopatra",
            "Joan of Arc",
            "Athena",
            "Freya",
            "Empress Wu",
            "Medusa",
            "Viking shieldmaiden",
        ]
    )
    _concept(
        b,
        "historical_style",
        f"{fig} style (costume + makeup)",
        f"{fig} inspired look: costume, jewelry and makeup. Not a portrait of anyone.",
        ["historical", "costume", "mythology", "style"],
    )


def neg_nsfw_concept(b: Builder) -> None:
    t = b.pick(["Topless beach", "Boudoir bedroom", "Nude yoga", "Sheer lingerie"])
    _concept(b, "nsfw_concept", t, f"{t} concept, nsfw.", ["concept", "nsfw", "woman"], True)


def neg_generic_face(b: Builder) -> None:
    t = b.pick(
        [
            "Beautiful Korean Woman",
            "Perfect Face Helper",
            "Pretty Girl Faces",
            "Realistic European women",
            "Handsome Asian Man",
            "Beautiful Latina",
            "美女脸 / beauty face",
        ]
    )
    tags = ["woman", "face", "beautiful", "realistic"]
    if b.chance(0.25):
        tags.append("celebrity")  # wrongly tagged, as in the real catalog
    raw = b.civitai(
        name=t,
        desc=b.prose([f"{t}. Generic pretty faces, not any specific person. Random every seed."]),
        mtype=b.pick(["LORA", "TextualInversion", "LORA"]),
        tags=tags,
        trained=[b.pick(["beautiful woman", "pretty face", "perfect face"])],
    )
    b.add(raw, "generic_face", "generic_face")


def neg_ethnic_look(b: Builder) -> None:
    t = b.pick(
        ["Nordic look", "Japanese beauty mix", "Slavic faces", "Brazilian look", "Thai girl look"]
    )
    raw = b.civitai(
        name=f"{t} v{b.rng.randint(1, 5)}",
        desc=b.prose([f"{t}: makes faces look more {t.split()[0]}. No real person."]),
        tags=["ethnicity", "face", "woman"],
        trained=[slug(t).replace("-", " ")],
    )
    b.add(raw, "ethnic_look", "ethnic_look")


def neg_body(b: Builder) -> None:
    t = b.pick(["Curvy body slider", "Freckles slider", "Muscle tone slider", "Height slider"])
    raw = b.civitai(
        name=t, desc=b.prose([f"{t}, -2 to 2"]), tags=["slider", "body", "tool"], trained=[]
    )
    b.add(raw, "body_type", "body_slider")


def neg_blend_unnamed(b: Builder) -> None:
    n = b.rng.randint(5, 40)
    t = b.pick(
        [
            f"Mixed Face {b.rng.randint(1, 20):02d}",
            "Asian face blend",
            "Average face (blend)",
            f"FaceMix-{n}",
        ]
    )
    raw = b.civitai(
        name=t,
        desc=b.prose([f"Blend of {n} random faces so it doesn't look like anyone in particular."]),
        tags=["face", "blend", "woman", "realistic"],
        trained=["mixface"],
    )
    b.add(raw, "blend_unnamed", "blend_unnamed")


def neg_nonexistent(b: Builder) -> None:
    raw = b.civitai(
        name=b.pick(["This Person Does Not Exist", "TPDNE faces", "Nonexistent people pack"]),
        desc=b.prose(
            ["Trained on StyleGAN faces from thispersondoesnotexist. None of them are real."]
        ),
        tags=["face", "gan", "person", "realistic"],
        trained=["tpdne person"],
    )
    b.add(raw, "nonexistent_person", "nonexistent_person")


def neg_doll(b: Builder) -> None:
    nat = b.pick(["Korean", "Japanese", "Chinese", "Thai", "Russian", "Brazilian", "French"])
    raw = b.civitai(
        name=f"{nat} Doll Likeness",
        desc=b.prose([f"{nat} doll likeness — a generic pretty face, not a real person."]),
        mtype=b.pick(["LORA", "LoCon"]),
        tags=["woman", "face", "doll", "realistic"],
        trained=[f"{nat.lower()} doll"],
    )
    b.add(raw, "doll_likeness", "doll_likeness")


def neg_consistent(b: Builder) -> None:
    given = b.pick(b.v["west_f"] + b.v["anime_given_f"])
    raw = b.civitai(
        name=b.pick(
            [
                f"Consistent Character: {given} (OC)",
                f"{given} — my original character",
                f"OC {given} v2",
            ]
        ),
        desc=b.prose(
            [f"{given} is a made-up consistent character for comics. Not based on anyone."]
        ),
        tags=["consistent character", "original character", "oc", "woman"],
        trained=[f"{given.lower()}_oc"],
    )
    b.add(raw, "consistent_character", "consistent_character")


def neg_ai_persona(b: Builder) -> None:
    name, what = b.pick(b.v["personas"])
    handle = slug(name).replace("-", ".")
    nsfw = b.nsfw_roll(0.2)
    raw = b.civitai(
        name=b.pick([f"{name} ({what})", f"{name} | {what} LoRA"]),
        desc=b.prose(
            [f"{name} is our {what}, 100% AI generated, she does not exist. IG: @{handle}"], nsfw
        ),
        tags=["ai influencer", "ai model", "consistent character", "woman"],
        trained=[slug(name).replace("-", "_")],
        nsfw=nsfw,
    )
    b.add(raw, "consistent_character", "ai_persona", sexual=nsfw)


def neg_fiction_disclaimer(b: Builder) -> None:
    given = b.pick(b.v["west_f"])
    fam = b.pick(b.v["sur_head"]) + b.pick(["ling", "ster", "ford"])
    raw = b.civitai(
        name=f"{given} {fam} (original character)",
        desc=b.prose(
            [
                f"{given} {fam} is a fictional character from my novel. Any resemblance to real "
                "persons is coincidental."
            ]
        ),
        tags=["original character", "woman", "fiction"],
        trained=[f"{given.lower()}{fam.lower()}"],
    )
    b.add(raw, "consistent_character", "fiction_disclaimer")


def neg_tool(b: Builder) -> None:
    t = b.pick(
        [
            "Detail Tweaker",
            "Skin Texture Fix",
            "Bad Hands Negative",
            "Color fix VAE",
            "Face Restore Helper",
        ]
    )
    raw = b.civitai(
        name=t,
        desc=b.prose([f"{t}. Utility."]),
        mtype=b.pick(["LORA", "TextualInversion"]),
        tags=["tool", "utility"],
        trained=[],
    )
    b.add(raw, "tool", "tool")


def neg_hf_concept(b: Builder) -> None:
    t = b.pick(["film-grain", "golden-hour", "retro-polaroid", "studio-portrait-light"])
    raw = b.hf(
        repo=f"{b.pick(b.v['hf_authors'])}/{t}-lora",
        instance_prompt=f"{t.replace('-', ' ')} style",
        widgets=[f"{t.replace('-', ' ')} style, portrait of a woman"],
    )
    b.add(raw, "concept", "hf_concept")


def neg_hf_checkpoint(b: Builder) -> None:
    ck = b.pick(b.v["checkpoints"])
    raw = b.hf(
        repo=f"{b.pick(b.v['hf_authors'])}/{slug(ck)}-xl",
        instance_prompt=None,
        widgets=["photo of a woman, 35mm, natural light"],
        kind="checkpoint",
        files=[f"{slug(ck)}_xl.safetensors"],
    )
    b.add(raw, "checkpoint_realistic", "hf_checkpoint")


# == shapes added for issue-8 points (both parts) and templates only hold4 uses ==================


def pf_east_asian_given_first(b: Builder) -> None:
    """Western order for an East-Asian name, as English pages write it."""
    p = b.ea_person()
    given_first = p.aliases[0]
    nsfw = b.nsfw_roll(0.2)
    raw = b.civitai(
        name=b.decorate(given_first),
        desc=b.prose([f"{given_first} ({EA_NATION[p.culture]} {b.occupation(p)})"], nsfw),
        tags=_ea_tags(b, p),
        trained=[slug(given_first).replace("-", "")],
        nsfw=nsfw,
    )
    b.add(raw, "public_figure", "east_asian_given_first", person=p, sexual=nsfw)


def pf_idol_group(b: Builder) -> None:
    """An idol named by group and given name; the full name only in script or the bio."""
    p = b.person(b.pick(["ko", "ko", "ja", "zh"]), "female")
    group = _title(b.pick(b.v["idol_groups"]))
    raw = b.civitai(
        name=b.decorate(
            b.pick([f"{group} {p.given}", f"{p.given} ({group})", f"{group} - {p.given}"])
        ),
        desc=b.prose([f"{p.given} of {group}. Real name {p.script} ({p.target}).", _ea_bio(b, p)]),
        tags=["kpop", "idol", *_ea_tags(b, p)],
        trained=[f"{slug(p.given).replace('-', '')}_{slug(group)[:6]}"],
    )
    b.add(raw, "public_figure", "idol_group", person=p)


def oc_cosplayer(b: Builder) -> None:
    """A cosplayer's photos in an anime character's costume: the face is the cosplayer's."""
    handle = b.pick(b.v["cosplayers"])
    given = b.pick(b.v["anime_given_f"])
    char = f"{b.pick(b.v['anime_family'])} {given}"
    fr = _franchise(b)
    raw = b.civitai(
        name=b.pick([f"{char} cosplay by {handle}", f"{handle} - {given} cosplay ({fr})"]),
        desc=b.prose(
            [
                f"Trained on photos of cosplayer @{handle} dressed as {char} from {fr}.",
                "Real photos, not anime art: her face comes through at weight 0.8+.",
            ]
        ),
        tags=["cosplay", "character", "anime", "photorealistic", "woman"],
        trained=[f"{handle.replace('.', '_')}, {given.lower()} cosplay"],
    )
    b.add(
        raw,
        "online_creator",
        "cosplayer_character",
        target=handle,
        aliases=[f"@{handle}"],
        gender="female",
    )


def oc_handle_with_name(b: Builder) -> None:
    p = b.person(b.pick(["west", "latin", "ordinary"]))
    handle = f"{p.run.lower()}{b.pick(['_official', '.x', 'x', '_'])}"
    nsfw = b.nsfw_roll(0.4)
    raw = b.civitai(
        name=b.decorate(b.pick([f"@{handle}", p.target])),
        desc=b.prose(
            [
                f"{p.target} (@{handle}), {b.pick(['fitness', 'travel', 'beauty'])} creator, "
                f"{b.rng.randint(40, 900)}k followers"
            ],
            nsfw,
        ),
        tags=["influencer", "instagram", "woman" if p.gender == "female" else "man"],
        trained=[handle.replace(".", "_")],
        nsfw=nsfw,
    )
    b.add(
        raw,
        "online_creator",
        "handle_with_name",
        person=p,
        aliases=[f"@{handle}", handle],
        sexual=nsfw,
    )


def neg_ordinary_word_concept(b: Builder) -> None:
    t = _title(b.pick(b.v["ordinary_concepts"]))
    _concept(
        b,
        "ordinary_word_concept",
        f"{t} LoRA",
        f"{t}: a small effect / object helper.",
        ["concept", "effect", b.pick(["style", "object", "background"])],
    )


def neg_bare_woman_tags(b: Builder) -> None:
    """An embedding or LoRA with nothing but girl / woman tags and a bland name."""
    title = b.pick(["woman_v3", "GirlEmbed", "pretty_girl_ti", "Woman Helper XL", "nicegirl"])
    raw = b.civitai(
        name=title,
        desc=b.pick([None, "<p>makes nicer women</p>", "<p>for 1.5</p>"]),
        mtype=b.pick(["TextualInversion", "LORA"]),
        tags=b.pick([["girl", "woman"], ["woman"], ["girls", "female", "woman"]]),
        trained=[slug(title).replace("-", "_")],
    )
    b.add(raw, "generic_face", "bare_woman_tags")


def pf_lookalike(b: Builder) -> None:
    p = b.person(b.pick(["west", "ordinary", "latin"]), "female")
    word = b.pick(b.v["lookalike_words"])
    if word == "resembles":
        title = f"A woman who resembles {p.target}"
        line = f"Not {p.target} herself (rules!), just someone who resembles her. Wink wink."
    else:
        title = b.pick([f"{p.family} {word}", f"{p.target} {word}"])
        line = f"Not {p.target} herself (rules!), just a {word}. Wink wink."
    raw = b.civitai(
        name=title,
        desc=b.prose([line]),
        tags=["woman", "face", "realistic"],
        trained=[f"{p.run.lower()}like woman"],
    )
    b.add(raw, "public_figure", "lookalike", person=p)


def pf_hf_widget_only(b: Builder) -> None:
    p = b.any_person()
    author = b.pick(b.v["hf_authors"])
    raw = b.hf(
        repo=f"{author}/face-lora-{b.rng.randint(3, 60):02d}",
        instance_prompt="ohwx " + b.woman_word(p),
        widgets=[f"ohwx {b.woman_word(p)}, {p.target}, portrait, 85mm"],
    )
    b.add(raw, "public_figure", "hf_widget_only", person=p)


def pf_nickname_bio(b: Builder) -> None:
    p = b.person(b.pick(["west", "latin", "global"]), "female")
    nick = b.pick(b.v["nicknames"])
    raw = b.civitai(
        name=b.decorate(f"{nick} ✿"),
        desc=b.prose(
            [
                f"{nick} is what fans call {p.target}, the {b.occupation(p)}.",
                "<h3>About</h3>Started on a soap opera, then a long run of talk shows and a "
                "cooking series. Trained on press photos from 2015-2023.",
            ]
        ),
        tags=["woman", "realistic", "portrait"],
        trained=[nick.lower()],
    )
    b.add(raw, "public_figure", "nickname_bio", person=p)


def pf_person_pack(b: Builder) -> None:
    people = []
    while len(people) < 3:
        q = b.person(b.pick(["west", "ordinary", "latin"]), "female")
        if q not in people:
            people.append(q)
    raw = b.civitai(
        name=b.pick(["Actress pack vol.2", "News anchors pack", "Face pack (3 in 1)"]),
        desc=b.prose(["One version per person, see version names."]),
        tags=["celebrity", "woman", "pack"],
        versions=[{"name": q.target, "trained": [q.snake]} for q in people],
    )
    b.add(raw, "public_figure", "person_pack", targets=people, gender="female")


def pf_foreign_bio_only(b: Builder) -> None:
    p = b.person(b.pick(["latin", "west", "global"]))
    line = b.pick(
        [
            f"Entrenado con fotos de {p.target}, presentadora de televisión.",
            f"Treinado com fotos de {p.target}, apresentadora de TV.",
            f"Trainiert mit Fotos von {p.target} (Moderatorin).",
        ]
    )
    raw = b.civitai(
        name=b.generic_title(),
        desc=b.prose([line], extra=False),
        tags=["realistic"],
        trained=["ohwx woman" if p.gender == "female" else "ohwx man"],
    )
    b.add(raw, "public_figure", "foreign_bio_only", person=p)


def neg_anime_realistic(b: Builder) -> None:
    given = b.pick(b.v["anime_given_f"])
    name = f"{b.pick(b.v['anime_family'])} {given}"
    fr = _franchise(b)
    raw = b.civitai(
        name=f"{name} (realistic) - {fr}",
        desc=b.prose(
            [
                f"Realistic / photo style take on {name} from {fr}. Drawn character, "
                "made to look like a photo."
            ]
        ),
        tags=["character", "realistic", "anime", "photorealistic"],
        trained=[f"{given.lower()}, realistic"],
    )
    b.add(raw, "character_anime", "anime_realistic")


def neg_goddess_portrait(b: Builder) -> None:
    god = b.pick(["Aphrodite", "Persephone", "Amaterasu", "Isis", "Nuwa"])
    _concept(
        b,
        "mythological_portrait",
        f"{god} portrait",
        f"Portraits of the goddess {god}: gold, laurel, marble light.",
        ["mythology", "goddess", "portrait", "fantasy"],
    )


def neg_idol_concept(b: Builder) -> None:
    _concept(
        b,
        "idol_stage_concept",
        b.pick(["K-pop idol stage", "Idol concert lighting", "Fancam look"]),
        "Stage lights, fancam blur, idol outfits. Any face, no specific idol.",
        ["kpop", "idol", "stage", "concept"],
    )


def neg_ai_influencer_bio(b: Builder) -> None:
    name, what = b.pick(b.v["personas"])
    age = b.rng.randint(21, 29)
    city = b.pick(["Lisbon", "Seoul", "Miami", "Milan", "Melbourne"])
    raw = b.civitai(
        name=f"{name} — {what}",
        desc=b.prose(
            [
                f"Meet {name}, {age}, lives in {city}, loves matcha and surfing. {name} is an "
                f"{what} we created; she is not a real person. Consistent face across seeds."
            ]
        ),
        tags=["ai influencer", "consistent character", "woman"],
        trained=[slug(name).replace("-", "")],
    )
    b.add(raw, "consistent_character", "ai_influencer_bio")


def neg_anime_bare(b: Builder) -> None:
    """An anime character page with little more than the name, as many real ones are."""
    given = b.pick(b.v["anime_given_f"])
    name = f"{b.pick(b.v['anime_family'])} {given}"
    raw = b.civitai(
        name=b.pick([name, name.upper(), f"{name} LoRA"]),
        desc=b.pick([None, "<p>1girl</p>", f"<p>{given} lora, weight 0.8</p>"]),
        tags=b.pick([["character"], ["anime"], [], ["character", "girls"]]),
        trained=[f"{name.lower()}, 1girl"],
    )
    b.add(raw, "character_anime", "anime_bare")


def neg_game_npc(b: Builder) -> None:
    name, game = b.pick(b.v["npcs"])
    raw = b.civitai(
        name=f"{name} | {game}",
        desc=b.prose([f"{name}, the blacksmith NPC from {game}. In-game model look."]),
        tags=["character", "video game", "game character"],
        trained=[name.lower()],
    )
    b.add(raw, "character_western", "game_npc")


def neg_person_named_checkpoint(b: Builder) -> None:
    """A checkpoint named like a woman: a brand, not a person."""
    ck = _title(b.pick(b.v["person_checkpoints"]))
    nsfw = b.nsfw_roll(0.3)
    raw = b.civitai(
        name=f"{ck} {b.pick(['v2', 'v4.1', 'FP16', ''])}".strip(),
        desc=b.prose(
            [f"{ck}: general purpose realistic merge. Portraits, fashion, landscapes."], nsfw
        ),
        mtype="Checkpoint",
        tags=["photorealistic", "base model", "checkpoint"],
        trained=[],
        nsfw=nsfw,
    )
    b.add(raw, "checkpoint_realistic", "person_named_checkpoint", sexual=nsfw)


def neg_artist_bare(b: Builder) -> None:
    artist = _title(b.pick(b.v["painters"]))
    raw = b.civitai(
        name=artist,
        desc=b.pick([None, "<p>style lora</p>", f"<p>art by {artist}</p>"]),
        tags=b.pick([["style"], ["artist", "style"], ["art style"]]),
        trained=[f"by {artist.lower()}"],
    )
    b.add(raw, "artist_style", "artist_bare")


def pf_east_asian_script_spaced(b: Builder) -> None:
    """The name in script with a space or a middle dot between family and given name."""
    p = b.person(b.pick(["ja", "zh", "ko"]))
    assert p.script and p.family_script
    cut = len(p.family_script)
    spaced = p.script[:cut] + b.pick([" ", "・", "\u3000"]) + p.script[cut:]
    raw = b.civitai(
        name=b.decorate(spaced),
        desc=b.prose([f"{spaced} ({EA_NATION[p.culture]}) — {_ea_bio(b, p)}"]),
        tags=_ea_tags(b, p),
        trained=[spaced],
    )
    b.add(raw, "public_figure", "east_asian_script_spaced", person=p)


def pf_korean_no_hyphen(b: Builder) -> None:
    """A Korean name romanised without the given name's hyphen ("Tak Saebom")."""
    p = b.person("ko")
    plain = f"{p.family} {p.given.replace('-', '').capitalize()}"
    raw = b.civitai(
        name=b.decorate(plain),
        desc=b.prose([f"{plain} ({p.script}), korean {b.occupation(p)}"]),
        tags=_ea_tags(b, p),
        trained=[plain.lower().replace(" ", "_")],
    )
    b.add(raw, "public_figure", "korean_no_hyphen", person=p, aliases=[*p.aliases, plain])


def neg_kbeauty_makeup(b: Builder) -> None:
    title, tags = b.pick(
        [
            ("K-beauty makeup", ["makeup", "korean", "여자", "beauty"]),
            ("Douyin makeup", ["makeup", "chinese", "美女", "beauty"]),
            ("Gyaru makeup style", ["makeup", "japanese", "ギャル", "beauty"]),
        ]
    )
    _concept(b, "kbeauty_makeup", title, "Makeup look only. Use on any face.", tags)


def neg_script_persona(b: Builder) -> None:
    script, roman = b.pick(b.v["script_personas"])
    raw = b.civitai(
        name=f"{script} ({roman}) AI gravure model",
        desc=b.prose(
            [f"{script}は架空のAIモデルです。実在の人物ではありません。Consistent face LoRA."]
        ),
        tags=["ai model", "consistent character", "グラビア", "美女"],
        trained=[roman.lower().replace(" ", "_")],
    )
    b.add(raw, "consistent_character", "script_ai_persona")


# == the mix ===================================================================================

Shape = Callable[[Builder], None]
# shape function: (dev4 count, hold4 count)
PLAN: list[tuple[Shape, int, int]] = [
    (pf_title_name, 20, 14),
    (pf_desc_only, 10, 8),
    (pf_trigger_only, 8, 7),
    (pf_filename_only, 8, 7),
    (pf_tag_only, 5, 4),
    (pf_version_name, 6, 5),
    (pf_initials, 6, 5),
    (pf_stage_name, 8, 6),
    (pf_ordinary_words, 14, 12),
    (pf_world_script, 10, 8),
    (pf_ea_script, 16, 14),
    (pf_ea_family_first, 12, 10),
    (pf_ea_run_together, 10, 9),
    (pf_ea_camel, 5, 5),
    (pf_east_asian_given_first, 4, 4),
    (pf_idol_group, 5, 5),
    (pf_live_action, 14, 12),
    (pf_live_action_disclaimer, 5, 5),
    (pf_named_blend, 6, 6),
    (pf_disclaimer, 5, 5),
    (pf_request, 6, 5),
    (pf_adult_performer, 6, 5),
    (pf_adult_youth_words, 12, 12),
    (pf_minor_cue, 6, 6),
    (pf_hf_slug, 16, 14),
    (oc_creator_handle, 15, 12),
    (oc_ea_creator, 5, 5),
    (oc_hf_creator, 5, 4),
    (oc_cosplayer, 4, 4),
    (oc_handle_with_name, 4, 3),
    (pp_private, 18, 16),
    (neg_anime, 16, 14),
    (neg_anime_no_tag, 5, 5),
    (neg_anime_script, 6, 5),
    (neg_hf_anime, 3, 3),
    (neg_western, 8, 6),
    (neg_vtuber, 7, 6),
    (neg_artist_style, 8, 6),
    (neg_photographer_style, 5, 4),
    (neg_checkpoint, 6, 5),
    (neg_checkpoint_merge, 6, 5),
    (neg_hf_checkpoint, 2, 2),
    (neg_clothing, 8, 7),
    (neg_celebrity_concept, 4, 3),
    (neg_paparazzi, 3, 3),
    (neg_instagram, 4, 3),
    (neg_lighting, 3, 3),
    (neg_pose, 3, 3),
    (neg_historical, 4, 3),
    (neg_nsfw_concept, 3, 2),
    (neg_hf_concept, 3, 3),
    (neg_generic_face, 8, 7),
    (neg_ethnic_look, 6, 5),
    (neg_body, 3, 3),
    (neg_blend_unnamed, 6, 5),
    (neg_nonexistent, 4, 4),
    (neg_doll, 5, 5),
    (neg_consistent, 5, 4),
    (neg_ai_persona, 4, 4),
    (neg_fiction_disclaimer, 3, 3),
    (neg_tool, 4, 3),
    (neg_ordinary_word_concept, 4, 4),
    (neg_bare_woman_tags, 4, 4),
    (neg_anime_bare, 4, 4),
    (neg_game_npc, 3, 3),
    (neg_person_named_checkpoint, 3, 3),
    (neg_artist_bare, 3, 3),
]
HOLD_ONLY: list[tuple[Shape, int]] = [
    (pf_lookalike, 5),
    (pf_hf_widget_only, 4),
    (pf_nickname_bio, 4),
    (pf_person_pack, 3),
    (pf_foreign_bio_only, 4),
    (neg_anime_realistic, 4),
    (neg_goddess_portrait, 3),
    (neg_idol_concept, 3),
    (neg_ai_influencer_bio, 3),
    (pf_east_asian_script_spaced, 4),
    (pf_korean_no_hyphen, 3),
    (neg_kbeauty_makeup, 3),
    (neg_script_persona, 3),
]


def build(part: str) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Items and labels of one split, in a seeded shuffled order."""
    b = Builder(part)
    jobs: list[Shape] = []
    for shape, n_dev, n_hold in PLAN:
        jobs += [shape] * (n_dev if part == "dev4" else n_hold)
    if part == "hold4":
        for shape, n in HOLD_ONLY:
            jobs += [shape] * n
    for shape in jobs:
        shape(b)
    b.rng.shuffle(b.rows)
    return b.rows


def jsonl(rows: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in rows)


def outputs() -> list[tuple[Path, str]]:
    """Each file the builder writes, with its text."""
    files = []
    for part in SEEDS:
        rows = build(part)
        files.append((HERE / f"{part}.jsonl", jsonl([raw for raw, _ in rows])))
        files.append((HERE / f"{part}_labels.jsonl", jsonl([lab for _, lab in rows])))
    return files


def counts_table() -> str:
    """The README's table (items per kind and shape in each split) and totals."""
    labels = {part: [lab for _, lab in build(part)] for part in SEEDS}
    per = {
        part: Counter((lab["kind"], lab["shape"]) for lab in labs) for part, labs in labels.items()
    }
    keys = sorted(set(per["dev4"]) | set(per["hold4"]), key=lambda k: (k[0] not in PROMINENCE, k))
    lines = ["| kind | shape | dev4 | hold4 |", "|---|---|---|---|"]
    lines += [
        f"| `{k}` | `{s}` | {per['dev4'][(k, s)]} | {per['hold4'][(k, s)]} |" for k, s in keys
    ]

    def total(test: Callable[[dict[str, Any]], bool]) -> str:
        return " / ".join(str(sum(map(test, labels[part]))) for part in SEEDS)

    lines += [
        "",
        f"Totals (dev4 / hold4): {total(lambda lab: True)} items, "
        f"{total(lambda lab: lab['likeness'])} likeness (genders: "
        f"{total(lambda lab: lab['gender'] == 'female')} female, "
        f"{total(lambda lab: lab['gender'] == 'male')} male, "
        f"{total(lambda lab: lab['gender'] == 'unknown')} unknown); sexual intent "
        f"{total(lambda lab: lab['sexual_intent'])}; "
        f"minor risk {total(lambda lab: lab['minor_risk'])}; "
        f"Hugging Face items {total(lambda lab: lab['platform'] == 'huggingface')}.",
    ]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if "--counts" in argv:
        print(counts_table())
        return 0
    for path, text in outputs():
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.name}: {text.count(chr(10))} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
