"""Build the fifth likeness dev set (``dev5`` and ``hold5``), seeded and deterministic.

Run from the repository root::

    .venv/bin/python tests/devset5/build_devset5.py            # rewrites the four files
    .venv/bin/python tests/devset5/build_devset5.py --counts   # prints the README's table

Every person, show, franchise and handle is invented (``devset5_vocab.py``). Each item's label is
decided first and the metadata is then written to carry exactly those facts; ``sexual_cue`` and
``minor_cue`` read the written item back, and the builder refuses an item whose cues disagree with
its label or where a sexual and a minor cue meet.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import devset5_vocab as V  # noqa: E402

SEEDS = {"dev5": 50_551, "hold5": 83_117}
VOCAB_PART = {"dev5": "A", "hold5": "B"}
ID_BASE = {"dev5": 3_100_000, "hold5": 6_700_000}
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
LIKENESS_PROMINENCE = {
    "public_figure": "public_figure",
    "online_creator": "online_creator",
    "private_person": "private_or_unknown",
}
# The stock VAE and the stock SD2 inference config: one invented hash each, shared by every
# checkpoint that bundles them, as the real stock files are shared by unrelated creators.
STOCK_VAE_SHA = "5E1D0C0FFEE0B5D7A8C3E2F1A0B9C8D7E6F5A4B3C2D1E0F9A8B7C6D5E4F3A2B1"
STOCK_YAML_SHA = "0C0A5F11E2D3C4B5A6978877665544332211FFEEDDCCBBAA0099887766554433"

# ---------------------------------------------------------------------------------------------
# Cues: what the written item says, read back by the builder and the tests.

SEXUAL_WORDS = re.compile(
    r"\b(?:nsfw|nude|nudes|nudity|naked|lingerie|topless|boudoir|sexy|porn|pornstar|"
    r"onlyfans|fansly|lewd|erotic|hentai|xxx)\b"
)
MINOR_AGE = re.compile(
    r"(?<![\d.])(?:[1-9]|1[0-7])[ \t]*(?:-?[ \t]*years?[ \t-]*old\b|yo\b|y/o\b|歳|세|岁|살)"
)
MINOR_WORDS = re.compile(
    r"\b(?:teen|teens|teenage|teenager|child actress|child actor|child star|kid|kids|"
    r"schoolgirl|schoolboy|junior high|middle school|high schooler|high school student)\b|"
    r"子役|童星|중학생|고등학생|中学生|女子高生|高中生|未成年"
)
SEXUAL_LEVEL = 4 | 8 | 16 | 32


def item_text(raw: dict[str, Any]) -> str:
    """Every free text of an item (names, description, tags, triggers, files, prompts)."""
    parts: list[str] = [str(raw.get("id", "")), str(raw.get("name") or "")]
    parts.append(str(raw.get("description") or ""))
    parts += [str(t) for t in raw.get("tags") or []]
    parts.append(str((raw.get("creator") or {}).get("username") or ""))
    for version in raw.get("modelVersions") or []:
        parts += [str(version.get("name") or ""), str(version.get("description") or "")]
        parts += [str(w) for w in version.get("trainedWords") or []]
        parts += [str(f.get("name") or "") for f in version.get("files") or []]
    card = raw.get("cardData") or {}
    parts.append(str(card.get("instance_prompt") or ""))
    parts += [str(w.get("text") or "") for w in card.get("widget") or []]
    parts += [str(t) for t in card.get("tags") or []]
    parts += [str(s.get("rfilename") or "") for s in raw.get("siblings") or []]
    return "\n".join(parts)


def _images(raw: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for version in raw.get("modelVersions") or []:
        yield from version.get("images") or []


def sexual_cue(raw: dict[str, Any]) -> bool:
    if raw.get("nsfw") is True or "not-for-all-audiences" in (raw.get("tags") or []):
        return True
    levels = [raw.get("nsfwLevel") or 0]
    levels += [v.get("nsfwLevel") or 0 for v in raw.get("modelVersions") or []]
    levels += [i.get("nsfwLevel") or 0 for i in _images(raw)]
    if any(int(level) & SEXUAL_LEVEL for level in levels):
        return True
    if any(i.get("nsfw") in ("Mature", "X") for i in _images(raw)):
        return True
    return bool(SEXUAL_WORDS.search(item_text(raw).casefold()))


def minor_cue(raw: dict[str, Any]) -> bool:
    if raw.get("minor") is True or any(i.get("minor") is True for i in _images(raw)):
        return True
    text = item_text(raw).casefold()
    return bool(MINOR_AGE.search(text) or MINOR_WORDS.search(text))


# ---------------------------------------------------------------------------------------------
# People.


@dataclass(frozen=True)
class Person:
    target: str
    gender: str
    aliases: tuple[str, ...] = ()
    given: str = ""
    family: str = ""
    script: str = ""  # the name in its own script, when it has one
    lang: str = ""  # zh / ja / ko for East-Asian people


def fold(text: str) -> str:
    """The name without diacritics (the way triggers and file names write it)."""
    text = text.replace("ł", "l").replace("Ł", "L").replace("Þ", "Th").replace("ð", "d")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", fold(text)).lower()


# ---------------------------------------------------------------------------------------------
# The builder of one part.


@dataclass
class Part:
    name: str
    rng: random.Random
    v: str  # vocabulary part
    next_id: int
    rows: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)
    used_full: set[str] = field(default_factory=set)
    reserved: set[str] = field(default_factory=set)  # people who may appear only once
    pool: dict[str, list[Person]] = field(default_factory=dict)

    # -- ids, hashes, dates -----------------------------------------------------------------
    def new_id(self) -> int:
        self.next_id += self.rng.randint(7, 4111)
        return self.next_id

    def hexs(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789ABCDEF") for _ in range(n))

    def date(self, era: str) -> str:
        year = 2023 if era == "2023" else self.rng.choice((2024, 2025, 2026))
        month = self.rng.randint(1, 7 if era == "2023" else 12)
        return (
            f"{year}-{month:02d}-{self.rng.randint(1, 28):02d}T"
            f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}:"
            f"{self.rng.randint(0, 59):02d}.{self.rng.randint(0, 999):03d}Z"
        )

    def pick(self, seq: list[Any]) -> Any:
        return seq[self.rng.randrange(len(seq))]

    # -- people --------------------------------------------------------------------------
    def western(self, gender: str = "female", once: bool = False) -> Person:
        for _ in range(500):
            given = self.pick(V.GIVEN_F[self.v] if gender == "female" else V.GIVEN_M[self.v])
            family = self.pick(V.SURNAME_HEAD[self.v]) + self.pick(V.SURNAME_TAIL[self.v])
            person = Person(f"{given} {family}", gender, (), given, family)
            if self._take(person, once):
                return person
        raise RuntimeError("out of western names")

    def ordinary(self, gender: str = "female", once: bool = False) -> Person:
        for _ in range(500):
            givens = V.ORDINARY_GIVEN if gender == "female" else V.ORDINARY_GIVEN_M
            given = self.pick(givens[self.v])
            family = self.pick(V.ORDINARY_SURNAME[self.v])
            person = Person(f"{given} {family}", gender, (), given, family)
            if self._take(person, once):
                return person
        raise RuntimeError("out of ordinary names")

    def east_asian(self, lang: str, gender: str | None = "female", once: bool = False) -> Person:
        families = {"zh": V.ZH_FAMILY, "ja": V.JA_FAMILY, "ko": V.KO_FAMILY}[lang][self.v]
        givens = {"zh": V.ZH_GIVEN, "ja": V.JA_GIVEN, "ko": V.KO_GIVEN}[lang][self.v]
        for _ in range(500):
            fam_s, fam_r = self.pick(families)
            giv_s, giv_r, giv_g = self.pick(givens)
            if gender is not None and giv_g != gender:
                continue
            target = f"{fam_r} {giv_r}"
            script = fam_s + giv_s
            aliases = (script, f"{giv_r} {fam_r}", f"{fam_r} {giv_r.replace('-', '')}")
            person = Person(target, giv_g, aliases, giv_r, fam_r, script, lang)
            if self._take(person, once):
                return person
        raise RuntimeError("out of east-asian names")

    def _take(self, person: Person, once: bool) -> bool:
        """A person may repeat (a catalog holds many models of one person) unless reserved."""
        if person.target in self.reserved or (once and person.target in self.used_full):
            return False
        if not once and person.target in self.used_full and self.rng.random() < 0.6:
            return False
        self.used_full.add(person.target)
        if once:
            self.reserved.add(person.target)
        return True

    # -- prose -----------------------------------------------------------------------------
    def boiler(self, core: str, n: int | None = None) -> str:
        banks = [V.USAGE, V.CHANGELOG, V.SUPPORT, V.TRAINING]
        self.rng.shuffle(banks)
        extra = [self.pick(bank) for bank in banks[: self.rng.randint(0, 3) if n is None else n]]
        if n is None and self.rng.random() < 0.2:
            extra.append(self.prompt_block("masterpiece, best quality, portrait photo, upper body"))
        parts = [core, *extra] if self.rng.random() < 0.7 else [*extra, core]
        return "".join(parts)

    def prompt_block(self, subject: str) -> str:
        seed = self.rng.randint(10_000, 4_000_000_000)
        return (
            f"<pre><code>{subject}, detailed skin, 85mm, soft window light, film grain\n"
            f"{V.NEGATIVE_PROMPT}\n{V.PARAMS.format(seed=seed)}</code></pre>"
        )

    # -- item shapes -------------------------------------------------------------------------
    def civitai(
        self,
        *,
        name: str,
        description: str,
        tags: list[str],
        type_: str = "LORA",
        trained: list[str] | None = None,
        files: list[str] | None = None,
        version_names: list[str] | None = None,
        version_descriptions: list[str] | None = None,
        sexual: bool = False,
        minor_flag: bool = False,
        poi: bool = False,
        era: str | None = None,
        extras: list[str] | None = None,
        creator: str | None = None,
    ) -> dict[str, Any]:
        era = era or ("2023" if self.rng.random() < 0.45 else "2025")
        mid = self.new_id() if era == "2025" else self.rng.randint(3_000, 130_000)
        while any(str(mid) == lab["model_id"] for _, lab in self.rows):
            mid = self.new_id()
        names = version_names or [self.pick(["v1.0", "v1", "V2", "v2.0", "Flux", "SDXL", "v3"])]
        stem = re.sub(r"\W+", "_", fold(name)).strip("_")[:40] or "model"
        base_models = (
            ["SD 1.5", "SD 1.5", "SDXL 1.0"]
            if era == "2023"
            else ["SD 1.5", "SDXL 1.0", "Pony", "Illustrious", "Flux.1 D", "Flux.1 D"]
        )
        versions = []
        for index, vname in enumerate(names):
            vid = self.new_id() + 400_000
            file_names = (
                [files[index]]
                if files and index < len(files)
                else [f"{stem}_{re.sub(r'[^0-9a-zA-Z]+', '', vname) or 'v1'}.safetensors"]
            )
            file_rows = [self.file_row(fn, type_, era, True) for fn in file_names]
            if extras is None and type_ == "Checkpoint" and self.rng.random() < 0.5:
                extras = ["vae"]  # a likeness checkpoint may bundle the stock VAE too
            for extra in extras or []:
                file_rows.append(self.extra_file(extra, era))
            vdesc = (
                (version_descriptions or [""] * len(names))[index] if version_descriptions else ""
            )
            versions.append(
                self.version(
                    mid,
                    vid,
                    vname,
                    self.pick(base_models),
                    trained or [],
                    file_rows,
                    self.images(era, sexual, minor_flag),
                    vdesc,
                    era,
                    index,
                )
            )
        creator_name = creator or self.pick(
            [
                "dreamforge",
                "lora_smith",
                "pixelmonk",
                "hanami_ai",
                "u_kestrel",
                "neuralpeach",
                "studio_vanta",
                "kimchi_diffusion",
                "moonmixer",
                "thelazytrainer",
                "ab_c_77",
            ]
        )
        raw: dict[str, Any] = {"id": mid, "name": name, "description": description, "type": type_}
        if era == "2023":
            raw |= {
                "poi": poi,
                "nsfw": sexual,
                "allowNoCredit": True,
                "allowCommercialUse": self.pick(["Rent", "Sell", "None", "Image"]),
                "allowDerivatives": True,
                "allowDifferentLicense": self.rng.random() < 0.5,
                "stats": {
                    "downloadCount": self.rng.randint(3, 40_000),
                    "favoriteCount": self.rng.randint(0, 3000),
                    "commentCount": self.rng.randint(0, 90),
                    "ratingCount": self.rng.randint(0, 60),
                    "rating": self.pick([0, 4.5, 5]),
                },
            }
        else:
            level = 0
            for version in versions:
                level |= version["nsfwLevel"]
            raw |= {
                "allowNoCredit": True,
                "allowCommercialUse": self.pick([["Image"], ["Sell", "Image"], []]),
                "allowDerivatives": True,
                "allowDifferentLicense": False,
                "minor": minor_flag,
                "sfwOnly": minor_flag,
                "poi": poi,
                "nsfw": sexual and self.rng.random() < 0.5,
                "nsfwLevel": level,
                "availability": "Public",
                "cosmetic": None,
                "supportsGeneration": self.rng.random() < 0.5,
                "stats": {
                    "downloadCount": self.rng.randint(3, 40_000),
                    "thumbsUpCount": self.rng.randint(0, 3000),
                    "thumbsDownCount": 0,
                    "commentCount": self.rng.randint(0, 90),
                    "tippedAmountCount": self.rng.randint(0, 500),
                },
            }
        raw |= {
            "creator": {"username": creator_name, "image": None},
            "tags": tags,
            "modelVersions": versions,
        }
        return raw

    def version(
        self,
        mid: int,
        vid: int,
        name: str,
        base: str,
        trained: list[str],
        files: list[dict[str, Any]],
        images: list[dict[str, Any]],
        desc: str,
        era: str,
        index: int,
    ) -> dict[str, Any]:
        created = self.date(era)
        url = f"https://civitai.com/api/download/models/{vid}"
        if era == "2023":
            return {
                "id": vid,
                "modelId": mid,
                "name": name,
                "createdAt": created,
                "updatedAt": created,
                "trainedWords": trained,
                "baseModel": base,
                "earlyAccessTimeFrame": 0,
                "description": desc or None,
                "stats": {
                    "downloadCount": self.rng.randint(0, 9000),
                    "ratingCount": 0,
                    "rating": 0,
                },
                "files": files,
                "images": images,
                "downloadUrl": url,
            }
        level = 0
        for image in images:
            level |= image["nsfwLevel"]
        return {
            "id": vid,
            "index": index,
            "name": name,
            "baseModel": base,
            "baseModelType": "Standard",
            "createdAt": created,
            "publishedAt": created,
            "status": "Published",
            "availability": "EarlyAccess" if self.rng.random() < 0.05 else "Public",
            "nsfwLevel": level,
            "description": desc or None,
            "trainedWords": trained,
            "stats": {
                "downloadCount": self.rng.randint(0, 9000),
                "thumbsUpCount": 3,
                "thumbsDownCount": 0,
            },
            "files": files,
            "images": images,
            "downloadUrl": url,
        }

    def file_row(self, name: str, type_: str, era: str, primary: bool) -> dict[str, Any]:
        big = type_ == "Checkpoint"
        size = self.rng.uniform(1_900_000, 6_800_000) if big else self.rng.uniform(9_000, 230_000)
        if type_ == "TextualInversion":
            size = self.rng.uniform(3, 90)
            name = re.sub(r"\.safetensors$", ".pt", name) if self.rng.random() < 0.5 else name
        row: dict[str, Any] = {
            "id": self.new_id(),
            "name": name,
            "sizeKB": round(size, 6),
            "type": "Model",
            "metadata": {
                "format": "PickleTensor" if name.endswith((".pt", ".ckpt")) else "SafeTensor",
                "size": self.pick(["pruned", "full", None]),
                "fp": self.pick(["fp16", "fp32", None]),
            },
            "pickleScanResult": "Success",
            "pickleScanMessage": "No Pickle imports",
            "virusScanResult": "Success",
            "scannedAt": self.date(era),
            "hashes": {"AutoV2": "", "SHA256": self.hexs(64), "CRC32": self.hexs(8)},
            "downloadUrl": f"https://civitai.com/api/download/models/{self.new_id()}",
            "primary": primary,
        }
        row["hashes"]["AutoV2"] = row["hashes"]["SHA256"][:10]
        return row

    def extra_file(self, what: str, era: str) -> dict[str, Any]:
        if what == "vae":
            row = self.file_row(
                self.pick(
                    [
                        "vae-ft-mse-840000-ema-pruned.safetensors",
                        "orangemix.vae.pt",
                        "kl-f8-anime2.ckpt",
                    ]
                ),
                "VAE",
                era,
                False,
            )
            row |= {"type": "VAE", "sizeKB": 327_664.3984375}
            row["hashes"] = {"AutoV2": STOCK_VAE_SHA[:10], "SHA256": STOCK_VAE_SHA}
        elif what == "yaml":
            row = self.file_row("v2-inference-v.yaml", "Config", era, False)
            row |= {"type": "Config", "sizeKB": 1.7724609375, "metadata": {"format": "Other"}}
            row["hashes"] = {"AutoV2": STOCK_YAML_SHA[:10], "SHA256": STOCK_YAML_SHA}
        else:
            row = self.file_row("dataset.zip", "Training Data", era, False)
            row |= {"type": "Training Data", "metadata": {"format": "Other"}}
        return row

    def images(self, era: str, sexual: bool, minor_flag: bool) -> list[dict[str, Any]]:
        out = []
        for n in range(self.rng.randint(1, 4)):
            width, height = self.pick([(512, 768), (832, 1216), (1024, 1024), (896, 1152)])
            if era == "2023":
                word = (
                    self.pick(["Mature", "X"])
                    if sexual and n == 0
                    else self.pick(["None", "None", "Soft"])
                )
                out.append({"id": self.new_id(), "nsfw": word, "width": width, "height": height})
                continue
            level = self.pick([4, 8, 16]) if sexual and n == 0 else self.pick([1, 1, 2])
            out.append(
                {
                    "url": f"https://image.civitai.com/xG1nkqKTMzGDvpLrqFT7WA/{self.hexs(8).lower()}"
                    f"/width={width}/{self.new_id()}.jpeg",
                    "nsfwLevel": level,
                    "width": width,
                    "height": height,
                    "hash": "U" + self.hexs(33),
                    "type": "image",
                    "minor": minor_flag and n == 0,
                    "poi": False,
                }
            )
        return out

    def hf(
        self,
        *,
        repo: str,
        tags: list[str],
        instance_prompt: str | None,
        widgets: list[str],
        files: list[str],
        sexual: bool = False,
        base: str | None = None,
    ) -> dict[str, Any]:
        base = base or self.pick(
            [
                "black-forest-labs/FLUX.1-dev",
                "stabilityai/stable-diffusion-xl-base-1.0",
                "runwayml/stable-diffusion-v1-5",
            ]
        )
        all_tags = ["text-to-image", "diffusers", *tags]
        if files and files[0].endswith(".safetensors") and "lora" not in all_tags:
            all_tags += ["lora", "template:sd-lora", f"base_model:adapter:{base}"]
        if sexual:
            all_tags.append("not-for-all-audiences")
        created = self.date("2025")
        card: dict[str, Any] = {
            "base_model": base,
            "license": self.pick(["other", "mit", "openrail++"]),
        }
        if instance_prompt:
            card["instance_prompt"] = instance_prompt
        if widgets:
            card["widget"] = [
                {"text": text, "output": {"url": f"images/{i}.png"}}
                for i, text in enumerate(widgets)
            ]
        card["tags"] = [t for t in tags if ":" not in t]
        siblings = [
            {"rfilename": ".gitattributes", "size": 1519},
            {"rfilename": "README.md", "size": self.rng.randint(400, 6000)},
        ]
        for name in files:
            size = self.rng.randint(20_000_000, 340_000_000)
            siblings.append(
                {
                    "rfilename": name,
                    "size": size,
                    "lfs": {"sha256": self.hexs(64).lower(), "size": size, "pointerSize": 135},
                }
            )
        while any(repo == lab["model_id"] for _, lab in self.rows):
            repo = f"{repo}-v{self.rng.randint(2, 9)}"
        return {
            "id": repo,
            "author": repo.split("/")[0],
            "sha": self.hexs(40).lower(),
            "createdAt": created,
            "lastModified": created,
            "private": False,
            "gated": False,
            "disabled": False,
            "downloads": self.rng.randint(0, 5000),
            "likes": self.rng.randint(0, 200),
            "tags": all_tags,
            "pipeline_tag": "text-to-image",
            "library_name": "diffusers",
            "cardData": card,
            "siblings": siblings,
        }

    # -- adding ------------------------------------------------------------------------------
    def add(
        self,
        raw: dict[str, Any],
        kind: str,
        shape: str,
        *,
        person: Person | None = None,
        target: str | None = None,
        gender: str | None = None,
        targets: list[str] | None = None,
        aliases: tuple[str, ...] | list[str] = (),
        sexual: bool = False,
        minor: bool = False,
    ) -> None:
        platform = "huggingface" if "siblings" in raw else "civitai"
        likeness = kind in LIKENESS_PROMINENCE
        if person is not None:
            target = target if target is not None else person.target
            gender = gender or person.gender
            aliases = aliases or person.aliases
        if likeness:
            targets = targets if targets is not None else ([target] if target else [])
        label = {
            "platform": platform,
            "model_id": str(raw["id"]),
            "kind": kind,
            "likeness": likeness,
            "target": target if likeness else None,
            "gender": gender if likeness else None,
            "prominence": LIKENESS_PROMINENCE.get(kind),
            "sexual_intent": sexual,
            "minor_risk": minor,
            "shape": shape,
            "targets": list(targets or []) if likeness else [],
            "aliases": [a for a in aliases if a != target] if likeness else [],
        }
        assert tuple(label) == LABEL_KEYS
        assert all(label["model_id"] != lab["model_id"] for _, lab in self.rows), raw["id"]
        got = (sexual_cue(raw), minor_cue(raw))
        if got != (sexual, minor):
            raise AssertionError(f"{self.name} {shape} {raw['id']}: cues {got} vs label")
        if likeness and gender not in ("female", "male", "unknown"):
            raise AssertionError(f"{shape}: gender {gender!r}")
        self.rows.append((raw, label))


# ---------------------------------------------------------------------------------------------
# Words by gender.

OCC_F = [
    "actress",
    "singer",
    "TV presenter",
    "news anchor",
    "figure skater",
    "fashion model",
    "volleyball player",
    "weather presenter",
    "politician",
    "comedian",
    "tennis player",
]
OCC_M = ["actor", "footballer", "singer", "politician", "racing driver", "TV chef", "boxer"]
NATION = [
    "American",
    "British",
    "Canadian",
    "Australian",
    "Irish",
    "Dutch",
    "Swedish",
    "South African",
    "New Zealand",
    "Belgian",
]


def she(gender: str) -> str:
    return "She" if gender == "female" else "He"


def her(gender: str) -> str:
    return "her" if gender == "female" else "his"


def noun(gender: str) -> str:
    return "woman" if gender == "female" else "man"


def occupation(p: Part, gender: str) -> str:
    return str(p.pick(OCC_F if gender == "female" else OCC_M))


def likeness_tags(p: Part, gender: str) -> list[str]:
    pool = ["celebrity", "realistic", "photorealistic", "person", "portrait", "real person"]
    pool += ["woman", "female", "actress", "girl"] if gender == "female" else ["man", "male"]
    return p.rng.sample(pool, p.rng.randint(0, 4))


def person_gender(p: Part) -> str:
    return "male" if p.rng.random() < 0.17 else "female"


def sexual_bits(p: Part, chance: float = 0.35) -> tuple[bool, str]:
    """Whether a likeness item is sexual, and a line that says so when it is."""
    if p.rng.random() >= chance:
        return False, ""
    line = p.pick(
        [
            "<p>NSFW capable, use responsibly.</p>",
            "<p>works for nude too</p>",
            "<p>v2 adds lingerie and boudoir shots to the dataset</p>",
            "",
        ]
    )
    return True, line


# ---------------------------------------------------------------------------------------------
# Positive shapes. Each writes one item.


def s_title_name(p: Part, shape: str = "title_name", ordinary: bool = False) -> None:
    gender = person_gender(p)
    person = p.ordinary(gender) if ordinary else p.western(gender)
    sexual, line = sexual_bits(p)
    n, g, f = person.target, person.given, person.family
    title = p.pick(
        [
            f"{n} | Flux LoRA",
            f"{n} - SDXL",
            f"LoRA of {n} (v2)",
            f"{n} [SD1.5 + Pony]",
            f"{n.upper()} // realistic",
            f"{f}, {g}",
            f"✨{n.lower()}✨",
            f"{n} ({occupation(p, gender)})",
            f"{g} {f} - {p.pick(['Illustrious', 'Flux Dev', 'SD 1.5'])} likeness",
        ]
    )
    bio = p.pick(
        [
            f"<p>{n} is a {p.pick(NATION)} {occupation(p, gender)}.</p>",
            f"<p>Trained on {p.rng.randint(20, 90)} photos of {n}.</p>",
            f"<p>{she(gender)} was requested a lot, so here it is :)</p>",
            "",
            f"<p>my take on {g}, {her(gender)} face is hard to get right</p>",
        ]
    )
    trained = p.pick([[squash(n)], [f"{g.lower()} {f.lower()}"], [noun(gender)], []])
    raw = p.civitai(
        name=title,
        description=p.boiler(bio + line),
        tags=likeness_tags(p, gender),
        trained=trained,
        sexual=sexual,
        poi=p.rng.random() < 0.1,
    )
    p.add(raw, "public_figure", shape, person=person, sexual=sexual, aliases=(f"{f} {g}",))


def s_ordinary_words(p: Part) -> None:
    s_title_name(p, "ordinary_words", ordinary=True)


def s_stage_name(p: Part) -> None:
    male = p.rng.random() < 0.25
    name = p.pick(V.STAGE_NAMES_M[p.v] if male else V.STAGE_NAMES[p.v])
    gender = "male" if male else "female"
    role = p.pick(["pop singer", "rapper", "DJ", "drag performer", "idol", "runway model"])
    if male and role == "idol":
        role = "singer"
    title = p.pick([f"{name} ({role})", f"{name} - {role} LoRA", f"{name.upper()}", f"{name} v4"])
    core = (
        f"<p>Trained on concert and press photos of {name}, the {role}. {she(gender)} is great.</p>"
    )
    raw = p.civitai(
        name=title,
        description=p.boiler(core),
        tags=["music", *likeness_tags(p, gender)],
        trained=[squash(name)],
    )
    p.add(raw, "public_figure", "stage_name", target=name, gender=gender)


def s_initials(p: Part) -> None:
    person = p.western("female")
    initials = f"{person.given[0]}.{person.family[0]}."
    title = p.pick(
        [
            f"{initials} likeness (actress) | SDXL",
            f"{initials} - singer face LoRA",
            f"Famous {occupation(p, 'female')} {initials}",
        ]
    )
    core = p.pick(
        [
            f"<p>Trained on photos of a well-known actress, {initials}. You know who 😉</p>",
            f"<p>She is a famous {occupation(p, 'female')}, initials {initials}. "
            "Not saying more.</p>",
        ]
    )
    raw = p.civitai(
        name=title,
        description=p.boiler(core),
        tags=["woman", "celebrity"],
        trained=[initials.replace(".", "").lower() + "woman"],
    )
    p.add(raw, "public_figure", "initials", target=initials, gender="female")


def s_desc_only(p: Part) -> None:
    gender = person_gender(p)
    person = p.western(gender)
    n = person.target
    title = p.pick(
        [
            "Project Nightjar v3",
            "Portrait LoRA #17",
            f"realistic {noun(gender)} 04",
            "Commission batch 2",
            "Face study (SDXL)",
            "🌙 moonlight portrait",
        ]
    )
    core = p.pick(
        [
            f"<p>Likeness of {n}, trained on {p.rng.randint(30, 120)} photos of {her(gender)} "
            "from red carpet events.</p>",
            f"<p>Entrenado con fotos de {n}, "
            f"{'la actriz' if gender == 'female' else 'el cantante'}.</p>",
            f"<p>Treinado com fotos de {n}. Peso 0.8.</p>",
            f"<p>Обучено на фото {n}.</p>",
            f"<p>Trainiert auf Fotos von {n}, Gewicht 0.7.</p>",
            f"<p>Entraîné sur des photos de {n}.</p>",
        ]
    )
    sexual, line = sexual_bits(p, 0.15)
    raw = p.civitai(
        name=title,
        description=p.boiler(core + line),
        tags=["photorealistic"],
        trained=[p.pick(["sks", "ohwx", "tok"]) + f" {noun(gender)}"],
        sexual=sexual,
    )
    p.add(raw, "public_figure", "desc_only", person=person, sexual=sexual)


def s_trigger_only(p: Part) -> None:
    gender = person_gender(p)
    person = p.western(gender)
    g, f = person.given, person.family
    trig = p.pick(
        [
            f"{g}{f}_v2",
            f"{g.lower()} {f.lower()} {noun(gender)}",
            f"{g.lower()}_{f.lower()}",
            f"{g[:3].lower()}{f.lower()}, {g} {f}",
        ]
    )
    title = p.pick(["Celeb 21 (SDXL)", "Requested face #88", "portrait set 5", "Star LoRA 3"])
    sexual, line = sexual_bits(p)
    raw = p.civitai(
        name=title,
        description=p.boiler("<p>Use the trigger word.</p>" + line),
        tags=likeness_tags(p, gender),
        trained=[trig],
        sexual=sexual,
    )
    p.add(raw, "public_figure", "trigger_only", person=person, sexual=sexual)


def s_filename_only(p: Part) -> None:
    gender = person_gender(p)
    person = p.western(gender)
    g, f = person.given, person.family
    fn = p.pick(
        [
            f"{g}_{f}_flux_v1.safetensors",
            f"{g}{f}_v3-000008.safetensors",
            f"{g.lower()}-{f.lower()}-sdxl.safetensors",
        ]
    )
    sexual, line = sexual_bits(p)
    raw = p.civitai(
        name=p.pick(["Request #42", "face lora", "LoRA 0917", "untitled (realistic)"]),
        description=p.boiler("<p>Weight 0.8.</p>" + line),
        tags=[noun(gender)],
        files=[fn],
        sexual=sexual,
    )
    p.add(raw, "public_figure", "filename_only", person=person, sexual=sexual)


def s_tag_only(p: Part) -> None:
    gender = person_gender(p)
    person = p.western(gender)
    title = p.pick(["Rockstar look v1", "Golden hour portraits", "Stage presence", "Icon v2"])
    tags = [person.target.lower(), "celebrity", noun(gender)]
    p.rng.shuffle(tags)
    raw = p.civitai(name=title, description=p.boiler("<p>Enjoy!</p>"), tags=tags)
    p.add(raw, "public_figure", "tag_only", person=person)


def s_version_name(p: Part) -> None:
    gender = person_gender(p)
    person = p.western(gender)
    vname = p.pick(
        [
            f"{person.target} - epoch 8",
            f"{person.target} v1",
            f"{person.given} {person.family} Flux",
        ]
    )
    raw = p.civitai(
        name=p.pick(["Celebrity LoRA #212", "Faces I like", "Misc people"]),
        description=p.boiler(f"<p>{p.pick(V.CHANGELOG)}</p>"),
        tags=[],
        version_names=[vname],
    )
    p.add(raw, "public_figure", "version_name", person=person)


def s_prompt_only(p: Part) -> None:
    gender = person_gender(p)
    person = p.western(gender)
    block = p.prompt_block(f"photo of {person.target}, {noun(gender)}, looking at viewer")
    desc = p.boiler(f"<p>Example prompt:</p>{block}")
    raw = p.civitai(
        name=p.pick(["Realistic Face Helper v2", "Portrait LoRA (read desc)", "PhotoBooth people"]),
        description=desc,
        tags=["photorealistic"],
    )
    p.add(raw, "public_figure", "prompt_only", person=person)


LANG_WORDS = {
    "zh": {"female": ["女演员", "女明星", "美女"], "male": ["男演员", "男明星"]},
    "ja": {"female": ["女優", "グラビア", "女性"], "male": ["俳優", "男性"]},
    "ko": {"female": ["여배우", "여자", "가수"], "male": ["남배우", "남자"]},
}
COUNTRY = {"zh": ["中国", "Chinese"], "ja": ["日本", "Japanese"], "ko": ["한국", "Korean"]}


def s_east_asian_script(p: Part) -> None:
    lang = p.pick(["zh", "ja", "ko"])
    person = p.east_asian(lang, person_gender(p))
    word = p.pick(LANG_WORDS[lang][person.gender])
    spaced = p.rng.random() < 0.3
    shown = person.script
    if spaced:
        fam = {"zh": V.ZH_FAMILY, "ja": V.JA_FAMILY, "ko": V.KO_FAMILY}[lang][p.v]
        head = next(s for s, r in fam if r == person.family)
        shown = head + p.pick([" ", "\u3000", "・"]) + person.script[len(head) :]
    title = p.pick([f"{shown} | 写真 LoRA", f"{shown} ({word})", f"【{shown}】real v2", shown])
    bio = {
        "zh": f"<p>{shown}，{word}。训练集 40 张。</p>",
        "ja": f"<p>{shown}（{word}）のLoRAです。</p>",
        "ko": f"<p>{shown} {word} 로라입니다.</p>",
    }[lang]
    raw = p.civitai(
        name=title,
        description=p.boiler(bio),
        tags=[word, COUNTRY[lang][0], "写实"],
        files=[p.pick(["lora_v2.safetensors", "face_0412.safetensors", "model.safetensors"])],
    )
    p.add(raw, "public_figure", "east_asian_script", person=person)


def s_east_asian_family_first(p: Part) -> None:
    lang = p.pick(["zh", "ja", "ko", "ko"])
    person = p.east_asian(lang, person_gender(p))
    occ = occupation(p, person.gender)
    title = p.pick(
        [
            f"{person.target} ({COUNTRY[lang][1]} {occ})",
            f"{person.target} - LoRA",
            f"{person.target} {person.script}",
            f"{person.target.upper()} | Flux",
        ]
    )
    raw = p.civitai(
        name=title,
        description=p.boiler(f"<p>{COUNTRY[lang][1]} {occ}.</p>"),
        tags=likeness_tags(p, person.gender) + [COUNTRY[lang][1].lower()],
    )
    p.add(raw, "public_figure", "east_asian_family_first", person=person)


def s_east_asian_run_together(p: Part) -> None:
    lang = p.pick(["zh", "zh", "ja", "ko"])
    person = p.east_asian(lang, person_gender(p))
    run = squash(person.target)
    where = p.pick(["title", "file", "trigger"])
    raw = p.civitai(
        name=run if where == "title" else p.pick(["asian beauty 07", "idol face v3", "LoRA 2024"]),
        description=p.boiler("<p>" + p.pick(V.USAGE) + "</p>"),
        tags=[p.pick(LANG_WORDS[lang][person.gender])],
        files=[f"{run}_v{p.rng.randint(1, 4)}.safetensors"] if where == "file" else None,
        trained=[run] if where == "trigger" else [],
    )
    p.add(
        raw,
        "public_figure",
        "east_asian_run_together",
        person=person,
        aliases=(*person.aliases, run),
    )


def s_east_asian_camel(p: Part) -> None:
    lang = p.pick(["zh", "ja", "ko"])
    person = p.east_asian(lang, person_gender(p))
    given = person.given.replace("-", "")
    camel = p.pick(
        [
            f"{given[0].lower()}{given[1:]}{person.family}",
            f"{person.family}{given}",
            f"{given}{person.family}_{COUNTRY[lang][1][:2].upper()}_"
            f"{occupation(p, person.gender).title()}",
        ]
    )
    raw = p.civitai(
        name=camel,
        description=p.boiler(""),
        tags=likeness_tags(p, person.gender),
        trained=[camel.lower()],
    )
    p.add(
        raw,
        "public_figure",
        "east_asian_camel",
        person=person,
        aliases=(*person.aliases, f"{given} {person.family}"),
    )


def s_world_script(p: Part) -> None:
    script, roman, gender, lang = p.pick(V.WORLD[p.v])
    both = p.rng.random() < 0.5
    title = f"{script} ({roman})" if both else p.pick([script, f"{script} | LoRA"])
    core = f"<p>{lang} {occupation(p, gender)}. {'Trained on' if both else ''} 50 photos.</p>"
    raw = p.civitai(name=title, description=p.boiler(core), tags=[lang.lower(), noun(gender)])
    p.add(raw, "public_figure", "world_script", target=roman, gender=gender, aliases=(script,))


def s_diacritics(p: Part) -> None:
    given, family, gender, nation, lang = p.pick(V.DIACRITIC[p.v])
    full = f"{given} {family}"
    trig = squash(f"{given}{family.split()[0]}")
    line = {
        "es": f"<p>{'Actriz' if gender == 'female' else 'Actor'} {nation}. "
        f"Usa la palabra {trig}.</p>",
        "pt": f"<p>Apresentador {nation}. Gatilho: {trig}</p>",
        "pl": f"<p>Aktorka, {nation}. Trigger: {trig}</p>",
        "tr": f"<p>{nation} oyuncu. Tetik kelime: {trig}</p>",
        "vi": f"<p>Ca sĩ {nation}. Từ khóa: {trig}</p>",
        "fr": f"<p>Actrice {nation}. Mot déclencheur : {trig}</p>",
        "is": f"<p>Söngkona, {nation}. Trigger: {trig}</p>",
    }[lang]
    title = p.pick([full, fold(full), f"{full} - LoRA", f"{fold(given)} {fold(family)} (SDXL)"])
    raw = p.civitai(name=title, description=p.boiler(line), tags=[noun(gender)], trained=[trig])
    p.add(
        raw, "public_figure", "diacritics", target=full, gender=gender, aliases=(fold(full), trig)
    )


def s_live_action_role(p: Part, with_disclaimer: bool = False) -> None:
    rg, rf, gender = p.pick(V.ROLES[p.v])
    show, medium = p.pick(V.SHOWS[p.v])
    actor = p.western(gender)
    role = f"{rg} {rf}"
    where = p.pick(["desc", "title", "trigger"])
    title = f"{role} from {show} ({medium})"
    if where == "title":
        title = p.pick([f"{role} ({actor.target}) - {show}", f"{actor.target} as {role}"])
    core = f"<p>{role} from the {medium} {show}"
    core += f", played by {actor.target}.</p>" if where == "desc" else ".</p>"
    if with_disclaimer:
        core += p.pick(
            [
                "<p>This model depicts a fictional character. Any resemblance to real persons is "
                "coincidental.</p>",
                "<p>Disclaimer: fictional character only, no real person is depicted.</p>",
            ]
        )
    type_ = p.pick(["LORA", "LORA", "Checkpoint", "Hypernetwork"])
    trained = (
        [f"{actor.given.lower()} {actor.family.lower()} as {rg.lower()}"]
        if where == "trigger"
        else [squash(role)]
    )
    raw = p.civitai(
        name=title,
        description=p.boiler(core),
        type_=type_,
        tags=["character", p.pick(["tv", "movie", "kdrama", "live action", "film"]), squash(show)],
        trained=trained,
    )
    shape = "live_action_disclaimer" if with_disclaimer else "live_action_role"
    p.add(raw, "public_figure", shape, person=actor)


def s_live_action_disclaimer(p: Part) -> None:
    s_live_action_role(p, with_disclaimer=True)


def s_role_only(p: Part) -> None:
    rg, rf, gender = p.pick(V.ROLES[p.v])
    show, medium = p.pick(V.SHOWS[p.v])
    role = f"{rg} {rf}"
    year = p.rng.randint(2009, 2025)
    title = p.pick([f"{role} from {show}", f"{role} ({show}, {year} {medium})", f"{role} - {show}"])
    core = p.pick(
        [
            f"<p>Live-action {medium} version, trained on {p.rng.randint(20, 80)} screencaps.</p>",
            f"<p>From the {year} {medium}. Screenshots from episodes 1-6.</p>",
            "",
        ]
    )
    raw = p.civitai(
        name=title,
        description=p.boiler(core),
        type_=p.pick(["LORA", "TextualInversion"]),
        tags=p.pick([["character"], ["character", "tv"], []]),
        trained=[squash(role)],
    )
    p.add(raw, "public_figure", "role_only", target=role, gender=gender)


def s_named_blend(p: Part) -> None:
    people = [p.western("female") for _ in range(p.rng.randint(2, 3))]
    names = [x.target for x in people]
    title = p.pick(
        [
            " x ".join(names) + " blend",
            "Mix of " + ", ".join(names),
            f"{people[0].family} + {people[1].family} face merge ({names[0]}, {names[1]})",
        ]
    )
    core = "<p>A blend of " + " and ".join(names) + ". Weight 0.5 each.</p>"
    raw = p.civitai(name=title[:120], description=p.boiler(core), tags=["celebrity", "woman"])
    p.add(raw, "public_figure", "named_blend", target=names[0], gender="female", targets=names)


def s_idol_group(p: Part) -> None:
    person = p.east_asian("ko", "female")
    group = p.pick(V.IDOL_GROUPS[p.v])
    given = person.given
    title = p.pick([f"{group} {given}", f"{given} ({group})", f"{group.lower()}{squash(given)}"])
    bio = (
        f"<p>{group} 멤버 {person.script} ({person.target}), born {p.rng.randint(1996, 2003)}.</p>"
    )
    raw = p.civitai(
        name=title,
        description=p.boiler(bio),
        tags=["kpop", "idol", "여자"],
        trained=[squash(f"{group}{given}")],
    )
    p.add(
        raw,
        "public_figure",
        "idol_group",
        person=person,
        aliases=(*person.aliases, f"{group} {given}"),
    )


def s_non_entertainment(p: Part) -> None:
    gender = person_gender(p)
    person = p.western(gender)
    job = p.pick(
        [
            "member of parliament",
            "volleyball",
            "sprinter",
            "climate activist",
            "CEO",
            "mayor",
            "chess grandmaster",
            "astronaut",
        ]
    )
    raw = p.civitai(
        name=p.pick([f"{person.target} ({job})", f"{person.target} - {job}"]),
        description=p.boiler(f"<p>{person.target}, {job}. Press photos only, SFW.</p>"),
        tags=p.pick([["politics"], ["sports"], ["news"], []]),
    )
    p.add(raw, "public_figure", "non_entertainment", person=person)


def s_request(p: Part) -> None:
    gender = person_gender(p)
    person = p.western(gender)
    handle = p.pick(["u/pixel_wolf", "@kaiserroll", "a patreon supporter", "my discord"])
    title = p.pick(
        [
            f"[REQUEST] {person.target}",
            f"Bounty entry: {person.target} (Flux)",
            f"{person.target} - requested by {handle}",
        ]
    )
    core = p.pick(
        [
            f"<p>Made for the bounty 'Need {person.target} LoRA, 500 buzz'.</p>",
            f"<p>Requested by {handle}. Trained on 35 images.</p>",
            "<p>As requested!! more to come</p>",
        ]
    )
    raw = p.civitai(name=title, description=p.boiler(core), tags=likeness_tags(p, gender))
    p.add(raw, "public_figure", "request", person=person)


def s_hf_slug(p: Part) -> None:
    gender = person_gender(p)
    person = (
        p.western(gender)
        if p.rng.random() < 0.6
        else p.east_asian(p.pick(["zh", "ja", "ko"]), gender)
    )
    slug = p.pick(
        [
            f"{person.given}-{person.family}",
            f"{person.given}_{person.family}_flux",
            squash(person.target) + "-lora",
            f"{person.family}-{person.given}-sdxl",
        ]
    )
    slug = fold(slug).lower().replace(" ", "-")
    author = p.pick(["lorafarm", "mk-realism", "aitrainer-07", "facefactory", "dlx-labs"])
    trig = p.pick(["ohwx", "tok", "sks", squash(person.target)])
    sexual = p.rng.random() < 0.25
    raw = p.hf(
        repo=f"{author}/{slug}",
        tags=[],
        instance_prompt=f"a photo of {trig} {noun(gender)}",
        widgets=[f"{trig} {noun(gender)}, portrait, studio light"],
        files=[f"{slug.replace('-', '_')}.safetensors"],
        sexual=sexual,
    )
    aliases = person.aliases or (f"{person.family} {person.given}",)
    p.add(raw, "public_figure", "hf_slug", person=person, sexual=sexual, aliases=aliases)


def s_east_asian_given_first(p: Part) -> None:
    lang = p.pick(["zh", "ja", "ko"])
    person = p.east_asian(lang, person_gender(p))
    given_first = f"{person.given} {person.family}"
    title = p.pick(
        [
            f"{given_first} | {COUNTRY[lang][1]} {occupation(p, person.gender)}",
            f"{given_first} LoRA (Flux)",
            f"{given_first.lower()} v2",
        ]
    )
    core = f"<p>{given_first} ({person.script}). {p.pick(V.TRAINING)}</p>"
    raw = p.civitai(name=title, description=p.boiler(core), tags=likeness_tags(p, person.gender))
    p.add(raw, "public_figure", "east_asian_given_first", person=person)


def s_lookalike(p: Part) -> None:
    person = p.western("female")
    title = p.pick(
        [
            f"{person.family} lookalike",
            f"A woman who looks like {person.target}",
            f"{person.target} doppelganger v2",
        ]
    )
    core = f"<p>Looks a lot like {person.target}, trained on lookalike photos.</p>"
    raw = p.civitai(name=title, description=p.boiler(core), tags=["woman", "lookalike"])
    p.add(raw, "public_figure", "lookalike", person=person)


LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5"})


def s_obfuscated(p: Part) -> None:
    """Names bent to slip past a platform's name filter, as uploaders did after 2025."""
    gender = person_gender(p)
    person = p.western(gender)
    g, f = person.given, person.family
    form = p.pick(
        [
            f"{' '.join(g)} {f}",
            f"{'.'.join(f)} {g}",
            f"{g}_{f}".translate(LEET),
            f"{g[0]}-{g[1:]} {f[:3]}-{f[3:]}",
        ]
    )
    raw = p.civitai(
        name=p.pick([f"{form} (you know who)", f"{form} | Flux", form]),
        description=p.boiler("<p>name changed because of the filter, you know who it is 😉</p>"),
        tags=p.pick([[], ["person"], [noun(gender)]]),
        trained=[form.lower()],
    )
    p.add(raw, "public_figure", "obfuscated", person=person, aliases=(form, f"{f} {g}"))


def s_nickname_quotes(p: Part) -> None:
    person = p.western("female")
    nick = person.given[:3] + p.pick(["i", "y", "ie"])
    title = f'{person.given} "{nick}" {person.family}'
    raw = p.civitai(
        name=p.pick([title, f"{title} - SDXL"]),
        description=p.boiler(f"<p>{nick} to her fans. 45 photos, mostly interviews.</p>"),
        tags=likeness_tags(p, "female"),
    )
    p.add(raw, "public_figure", "nickname_quotes", person=person, aliases=(title,))


def s_hf_card_only(p: Part) -> None:
    gender = person_gender(p)
    person = p.western(gender)
    author = p.pick(["civit-mirror", "reuploads-2025", "archive-loras"])
    repo = f"{author}/lora-{p.rng.randint(100000, 999999)}"
    raw = p.hf(
        repo=repo,
        tags=[],
        instance_prompt=f"{person.target}",
        widgets=[f"photo of {person.target}, {noun(gender)}, close up"],
        files=[f"model_{p.rng.randint(1, 99)}.safetensors"],
    )
    p.add(raw, "public_figure", "hf_card_only", person=person)


def s_adult_youth_words(p: Part) -> None:
    lang = p.pick(["zh", "ja", "ko"])
    person = p.east_asian(lang, "female", once=True)
    age = p.rng.randint(20, 31)
    adult = p.pick(
        [
            f"{age} years old",
            f"{age}歳" if lang == "ja" else f"{age}세" if lang == "ko" else f"{age}岁",
            f"born {2026 - age}",
        ]
    )
    looks = p.pick(
        [
            "cute and petite",
            "young-looking, kawaii",
            "petite, baby face",
            "school uniform photoshoot (cosplay)",
            "cute idol style",
        ]
    )
    title = p.pick([f"{person.target} - {looks}", f"{person.script} ({adult})", person.target])
    core = f"<p>{person.target}, {COUNTRY[lang][1]} actress, {adult}. {looks}. SFW portraits.</p>"
    raw = p.civitai(name=title, description=p.boiler(core), tags=["girl", "cute", "asian", "woman"])
    p.add(raw, "public_figure", "adult_youth_words", person=person)


def s_minor_cue(p: Part) -> None:
    gender = "male" if p.rng.random() < 0.2 else "female"
    lang = p.pick(["en", "zh", "ja", "ko", "en"])
    person = p.western(gender, once=True) if lang == "en" else p.east_asian(lang, gender, once=True)
    age = p.rng.randint(12, 17)
    cue = {
        "en": p.pick(
            [
                f"{age} years old",
                "child actress" if gender == "female" else "child actor",
                f"{age}yo",
                "junior high student",
            ]
        ),
        "zh": p.pick([f"{age}岁", "童星"]),
        "ja": p.pick([f"{age}歳", "子役"]),
        "ko": p.pick([f"{age}세", "중학생"]),
    }[lang]
    core = f"<p>{person.target} ({cue}). Portrait from a televised award show, face only.</p>"
    raw = p.civitai(
        name=f"{person.target} portrait",
        description=p.boiler(core, 1),
        tags=["portrait"],
        era="2025",
        minor_flag=p.rng.random() < 0.4,
    )
    p.add(raw, "public_figure", "minor_cue", person=person, minor=True)


def s_adult_performer(p: Part) -> None:
    person = p.western("female")
    title = p.pick(
        [
            f"{person.target} (pornstar)",
            f"{person.target} | OnlyFans model",
            f"{person.target} - adult actress",
        ]
    )
    core = "<p>Adult performer, trained on 60 SFW and nude shots. 18+ only.</p>"
    raw = p.civitai(name=title, description=p.boiler(core), tags=["porn", "woman"], sexual=True)
    p.add(raw, "public_figure", "adult_performer", person=person, sexual=True)


def s_disclaimer(p: Part) -> None:
    person = p.western(person_gender(p))
    core = p.pick(
        [
            f"<p>{person.target} LoRA. This is a fictional character; any resemblance to real "
            "persons is coincidental.</p>",
            f"<p>No real person is depicted. Trigger {squash(person.target)}.</p>",
        ]
    )
    raw = p.civitai(
        name=f"{person.target} (fictional?)" if p.rng.random() < 0.3 else person.target,
        description=p.boiler(core),
        tags=["character"],
        trained=[squash(person.target)],
    )
    p.add(raw, "public_figure", "disclaimer", person=person)


def s_person_pack(p: Part) -> None:
    people = [p.western("female") for _ in range(3)]
    names = [x.target for x in people]
    raw = p.civitai(
        name=p.pick(["Actresses pack vol.3", "Famous faces #2", "Celeb trio"]),
        description=p.boiler("<p>One person per version.</p>"),
        tags=["celebrity"],
        version_names=names,
    )
    p.add(raw, "public_figure", "person_pack", target=names[0], gender="female", targets=names)


def s_creator_handle(p: Part) -> None:
    handle = p.pick(V.HANDLE_PARTS[p.v]) + p.pick(["", "_", "x", "99", ".official"])
    platform = p.pick(V.PLATFORMS)
    gender = p.pick(["female", "female", "female", "unknown", "male"])
    followers = p.pick(
        [f"{p.rng.randint(2, 900)}k", f"{p.rng.randint(1, 9)}.{p.rng.randint(1, 9)}M"]
    )
    pron = {"female": "her", "male": "his", "unknown": "their"}[gender]
    title = p.pick([f"@{handle} ({platform})", f"{handle} | {platform} creator", f"{handle} LoRA"])
    core = f"<p>{handle} has {followers} followers on {platform}. Trained on {pron} posts.</p>"
    sexual = platform in ("Fansly",) or p.rng.random() < 0.1
    if sexual and platform != "Fansly":
        core += "<p>also her OnlyFans set</p>" if gender == "female" else "<p>nsfw ok</p>"
    raw = p.civitai(
        name=title, description=p.boiler(core), tags=["influencer", platform.lower()], sexual=sexual
    )
    p.add(
        raw,
        "online_creator",
        "creator_handle",
        target=handle,
        gender=gender,
        aliases=(f"@{handle}",),
        sexual=sexual,
    )


def s_handle_with_name(p: Part) -> None:
    person = p.western("female")
    handle = squash(person.given) + p.pick(["_", ".", ""]) + p.pick(["official", "xo", "daily"])
    raw = p.civitai(
        name=f"{person.target} (@{handle})",
        description=p.boiler(f"<p>Instagram model, 2.1M followers. @{handle}</p>"),
        tags=["instagram", "influencer"],
    )
    p.add(raw, "online_creator", "handle_with_name", person=person, aliases=(f"@{handle}", handle))


def s_east_asian_creator(p: Part) -> None:
    lang = p.pick(["zh", "zh", "ja", "ko"])
    person = p.east_asian(lang, "female")
    site = {"zh": p.pick(["抖音", "小红书", "微博", "B站"]), "ja": "インスタ", "ko": "인스타"}[lang]
    title = p.pick([f"{site}博主 {person.script}", f"{person.script} ({site})", f"{person.script}"])
    core = f"<p>{site} {person.script} 粉丝 {p.rng.randint(10, 300)}万</p>"
    raw = p.civitai(name=title, description=p.boiler(core), tags=["influencer", "美女"])
    p.add(raw, "online_creator", "east_asian_creator", person=person)


def s_cosplayer(p: Part) -> None:
    handle = p.pick(V.HANDLE_PARTS[p.v]) + "_cos"
    cg, cf, _ = p.pick(V.ANIME_NAMES[p.v])
    franchise = p.pick(V.FRANCHISES[p.v])
    raw = p.civitai(
        name=f"{handle} cosplay - {cg} {cf}",
        description=p.boiler(
            f"<p>Cosplayer {handle} in the {cg} costume from {franchise}. "
            "Trained on her real photos.</p>"
        ),
        tags=["character", "anime", "cosplay"],
    )
    p.add(raw, "online_creator", "cosplayer_character", target=handle, gender="female")


def s_hf_creator(p: Part) -> None:
    handle = p.pick(V.HANDLE_PARTS[p.v]).replace(".", "-")
    raw = p.hf(
        repo=f"{p.pick(['fluxfaces', 'creator-loras', 'tt-archive'])}/{handle}-tiktok",
        tags=[],
        instance_prompt=f"{handle} woman",
        widgets=[f"{handle} woman selfie, ring light"],
        files=[f"{handle}.safetensors"],
    )
    p.add(raw, "online_creator", "hf_creator", target=handle, gender="female")


def s_private(p: Part) -> None:
    fem = p.pick(V.PRIVATE_F[p.v])
    male = p.pick(V.PRIVATE_M[p.v])
    options: list[tuple[str, str, str | None, str, list[str]]] = [
        (
            f"my girlfriend {fem}",
            f"<p>Trained on photos of my girlfriend {fem}, she said ok.</p>",
            fem,
            "female",
            ["girlfriend"],
        ),
        (
            "wife lora (private)",
            "<p>photos of my wife for our anniversary. please don't judge lol</p>",
            None,
            "female",
            [],
        ),
        (f"{fem} irl", f"<p>{fem} irl, 25 selfies from her phone.</p>", fem, "female", []),
        (
            f"{fem} - college classmate",
            f"<p>My college classmate {fem}, she asked me to train this for her portfolio.</p>",
            fem,
            "female",
            [],
        ),
        (
            f"coworker {fem} (face)",
            f"<p>{fem} from the office, farewell gift. She knows.</p>",
            fem,
            "female",
            [],
        ),
        (
            f"my friend {fem}",
            f"<p>my friend {fem}, trained on our holiday pics</p>",
            fem,
            "female",
            [],
        ),
        (
            f"{fem} (commission)",
            f"<p>Commission for a client: {fem}, photos supplied by the client.</p>",
            fem,
            "female",
            ["commission"],
        ),
        (
            "sister portraits",
            "<p>Made from photos of my sister (she is 29) for her birthday.</p>",
            None,
            "female",
            [],
        ),
        (
            f"my husband {male}",
            f"<p>trained on pics of my husband {male}, he loves it</p>",
            male,
            "male",
            [],
        ),
        (
            "partner lora",
            "<p>my partner, trained on their photos with consent.</p>",
            None,
            "unknown",
            [],
        ),
        (
            "Mom (memorial)",
            "<p>In memory of my mother. Trained on old family photos.</p>",
            None,
            "female",
            [],
        ),
        (f"{fem.lower()}_gf_v2", "<p>gf lora v2, better eyes.</p>", fem, "female", []),
    ]
    title, core, target, gender, tags = p.pick(options)
    raw = p.civitai(name=title, description=p.boiler(core, 1), tags=tags)
    p.add(raw, "private_person", "private", target=target, gender=gender)


def s_private_unknown(p: Part) -> None:
    name = p.pick(["Sam", "Alex"] if p.v == "A" else ["Robin", "Kit"])
    title, core, target = p.pick(
        [
            (
                f"{name} (roommate)",
                f"<p>{name}, my roommate, they/them. Made with consent.</p>",
                name,
            ),
            ("partner v2", "<p>my partner again, trained on their photos from our trip.</p>", None),
            (f"{name.lower()} irl", f"<p>{name} irl, 18 photos they sent me.</p>", name),
        ]
    )
    raw = p.civitai(name=title, description=p.boiler(core, 1), tags=[])
    p.add(raw, "private_person", "private_unknown", target=target, gender="unknown")


# ---------------------------------------------------------------------------------------------
# Negative shapes.


def n_anime(p: Part, shape: str = "anime_character") -> None:
    g, f, gender = p.pick(V.ANIME_NAMES[p.v])
    franchise = p.pick(V.FRANCHISES[p.v])
    sexual = p.rng.random() < 0.3
    tags = (
        ["anime", "character", "game character"]
        if shape == "anime_character"
        else ["anime", "girl"]
    )
    title = p.pick([f"{g} {f} ({franchise})", f"{f} {g} | {franchise}", f"{g} {f} - Illustrious"])
    if shape == "anime_realistic":
        title = f"Realistic {g} {f} ({franchise}) 2.5D"
        tags = ["anime", "realistic", "character"]
    outfit = "evening dress, long hair" if sexual else "school uniform, red ribbon, long hair"
    core = f"<p>{g} from {franchise}. Outfit tags: {outfit}.</p>"
    if sexual:
        core += "<p>lewd version in v2</p>"
    raw = p.civitai(
        name=title,
        description=p.boiler(core),
        tags=tags,
        sexual=sexual,
        trained=[f"{g.lower()}_{f.lower()}", "1girl" if gender == "female" else "1boy"],
    )
    p.add(raw, "character_anime", shape, sexual=sexual)


def n_anime_no_tag(p: Part) -> None:
    n_anime(p, "anime_no_tag")


def n_anime_realistic(p: Part) -> None:
    n_anime(p, "anime_realistic")


def n_anime_script(p: Part) -> None:
    script, roman = p.pick(V.ANIME_SCRIPT[p.v])
    franchise = p.pick(V.FRANCHISES[p.v])
    raw = p.civitai(
        name=f"{script} / {roman} ({franchise})",
        description=p.boiler(f"<p>{script}（{franchise}）のキャラLoRA。</p>"),
        tags=p.pick([["anime", "character"], ["anime"], ["game"]]),
    )
    p.add(raw, "character_anime", "anime_script_name")


def n_hf_anime(p: Part) -> None:
    g, f, _ = p.pick(V.ANIME_NAMES[p.v])
    franchise = squash(p.pick(V.FRANCHISES[p.v]))[:14]
    raw = p.hf(
        repo=f"animelora-hub/{g.lower()}-{f.lower()}-{franchise}-illustrious",
        tags=["anime"],
        instance_prompt=f"{g.lower()} {f.lower()}, 1girl",
        widgets=[f"{g} {f}, anime screencap"],
        files=[f"{g.lower()}_{f.lower()}.safetensors"],
    )
    p.add(raw, "character_anime", "hf_anime_character")


def n_vtuber(p: Part) -> None:
    name = p.pick(V.VTUBERS[p.v])
    raw = p.civitai(
        name=p.pick([f"{name} (VTuber)", f"{name} | Virtual YouTuber", f"{name} 2nd outfit"]),
        description=p.boiler(f"<p>{name}'s model, all outfits. Fanart LoRA.</p>"),
        tags=["vtuber", "anime", "virtual youtuber"],
    )
    p.add(raw, "character_vtuber", "vtuber")


def n_western(p: Part) -> None:
    name, franchise = p.pick(V.WESTERN_CHARS[p.v])
    raw = p.civitai(
        name=f"{name} ({franchise})",
        description=p.boiler(f"<p>{name} from {franchise}, cartoon and comic panels.</p>"),
        tags=["character", p.pick(["comics", "cartoon", "video game"])],
    )
    p.add(raw, "character_western", "western_character")


def n_novel(p: Part) -> None:
    given = p.pick(V.GIVEN_F[p.v])
    family = p.pick(["Ravenscar", "Thornquist", "Bellweather", "Graymalkin"])
    book = p.pick(["The Lantern Keeper", "Seven Winters", "Ash and Ivory"])
    raw = p.civitai(
        name=f"{given} {family} - {book} (novel)",
        description=p.boiler(
            f"<p>My interpretation of {given} {family} from the novel "
            f"{book}. Drawn from the book's descriptions only, "
            "painterly style.</p>"
        ),
        tags=["character", "book", "illustration"],
    )
    p.add(raw, "character_western", "novel_character")


def n_painter(p: Part) -> None:
    painter = p.pick(V.PAINTERS[p.v])
    bare = p.rng.random() < 0.3
    raw = p.civitai(
        name=painter if bare else p.pick([f"{painter} Style", f"In the style of {painter}"]),
        description=""
        if bare
        else p.boiler(f"<p>Oil painting style of {painter} (1870-1931). Brushwork, palette.</p>"),
        tags=["style"] if bare else ["style", "art style", "painting"],
    )
    p.add(raw, "artist_style", "artist_bare" if bare else "painter_style")


def n_photographer(p: Part) -> None:
    name = p.pick(V.PHOTOGRAPHERS[p.v])
    raw = p.civitai(
        name=f"{name} photography style",
        description=p.boiler(
            f"<p>Colour grading and lighting after {name}'s fashion editorials.</p>"
        ),
        tags=["style", "photography"],
    )
    p.add(raw, "artist_style", "photographer_style")


def n_checkpoint(p: Part, shape: str = "checkpoint") -> None:
    name = p.pick(V.CHECKPOINTS[p.v])
    sexual = p.rng.random() < 0.3
    if shape == "checkpoint_merge":
        a, b = p.rng.sample(V.CHECKPOINTS[p.v], 2)
        core = f"<p>Recipe: {a} 0.4 + {b} 0.6 (weighted sum), baked VAE.</p>"
    elif shape == "person_named_checkpoint":
        name = p.pick(V.CHECKPOINT_WOMAN[p.v])
        core = "<p>Realistic base model for portraits. Any ethnicity.</p>"
    else:
        core = "<p>Photorealistic checkpoint. Good skin texture, hands ok-ish.</p>"
    if sexual:
        core += "<p>Can do NSFW.</p>"
    extras = p.rng.sample(["vae", "yaml", "vae"], p.rng.randint(0, 2))
    raw = p.civitai(
        name=f"{name} v{p.rng.randint(1, 9)}",
        description=p.boiler(core),
        type_="Checkpoint",
        tags=["photorealistic", "base model", "realistic"],
        sexual=sexual,
        extras=extras,
        poi=p.rng.random() < 0.08,
    )
    p.add(raw, "checkpoint_realistic", shape, sexual=sexual)


def n_merge(p: Part) -> None:
    n_checkpoint(p, "checkpoint_merge")


def n_named_checkpoint(p: Part) -> None:
    n_checkpoint(p, "person_named_checkpoint")


def n_hf_checkpoint(p: Part) -> None:
    name = squash(p.pick(V.CHECKPOINTS[p.v]))
    raw = p.hf(
        repo=f"photolab/{name}-xl",
        tags=["stable-diffusion-xl"],
        instance_prompt=None,
        widgets=["photo of a woman in a cafe, 35mm"],
        files=[f"{name}.safetensors"],
    )
    p.add(raw, "checkpoint_realistic", "hf_checkpoint")


def n_clothing(p: Part) -> None:
    item = p.pick(
        [
            "Hanbok (modern)",
            "Qipao / cheongsam",
            "Idol stage outfit",
            "Office suit",
            "Latex catsuit",
            "Lace lingerie set",
            "Adult school uniform cosplay (blazer)",
            "Streetwear hoodie",
            "Wedding dress",
        ]
    )
    sexual = "lingerie" in item.lower() or "latex" in item.lower()
    core = f"<p>{item}. Works on any character.</p>" + ("<p>sexy</p>" if "Latex" in item else "")
    raw = p.civitai(
        name=item, description=p.boiler(core), tags=["clothing", "outfit"], sexual=sexual
    )
    p.add(raw, "clothing", "clothing", sexual=sexual)


CONCEPTS = [
    ("instagram_filter", "Instagram Filter Look", "<p>That warm phone-filter look.</p>", ["photo"]),
    (
        "celebrity_concept",
        "Celebrity Red Carpet Selfie",
        "<p>Flash photography, step-and-repeat wall, no specific person.</p>",
        ["celebrity", "concept"],
    ),
    (
        "celebrity_mention",
        "Magazine Cover Layout",
        "<p>Works great with your favourite celebrity LoRAs!</p>",
        ["concept", "celebrity", "magazine"],
    ),
    ("lighting", "Rim Light Helper", "<p>Adds rim light.</p>", ["lighting"]),
    (
        "celebrity_concept",
        "Random Famous-Looking Face",
        "<p>Faces that feel famous but are nobody.</p>",
        ["celebrity", "face"],
    ),
    ("pose", "Over the shoulder pose", "<p>Pose helper.</p>", ["pose"]),
    ("paparazzi", "Paparazzi Shot", "<p>Long lens, grainy street shots.</p>", ["photography"]),
    (
        "historical_style",
        "{hist} costume",
        "<p>Historical costume and jewellery of {hist}.</p>",
        ["history", "costume"],
    ),
    ("ordinary_word_concept", "{ordinary} Effect", "<p>A texture effect.</p>", ["concept"]),
    (
        "occupation_concept",
        "News Anchor Studio",
        "<p>TV studio, desk, teleprompter; any anchor.</p>",
        ["concept", "news"],
    ),
    ("nsfw_concept", "Bedroom Selfie (NSFW)", "<p>nsfw concept</p>", ["concept"]),
    (
        "idol_stage_concept",
        "K-pop Stage Lighting",
        "<p>Concert stage, fancam angle.</p>",
        ["kpop", "concept"],
    ),
]


def n_concept(p: Part, shape: str | None = None) -> None:
    rows = [c for c in CONCEPTS if shape is None or c[0] == shape]
    shape_, title, core, tags = p.pick(rows)
    fill = {"hist": p.pick(V.HISTORICAL[p.v]), "ordinary": p.pick(V.ORDINARY_SURNAME[p.v])}
    sexual = shape_ == "nsfw_concept"
    raw = p.civitai(
        name=title.format(**fill),
        description=p.boiler(core.format(**fill)),
        tags=tags,
        sexual=sexual,
    )
    p.add(raw, "concept", shape_, sexual=sexual)


def n_hf_concept(p: Part) -> None:
    raw = p.hf(
        repo=f"stylelab/{p.pick(['film-grain', 'polaroid-look', 'vhs-glow'])}-flux",
        tags=["style"],
        instance_prompt="in the style of TOK",
        widgets=["a woman on a rooftop, in the style of TOK"],
        files=["lora.safetensors"],
    )
    p.add(raw, "concept", "hf_concept")


def n_generic_face(p: Part) -> None:
    title = p.pick(
        [
            "Beautiful Woman Face",
            "Perfect Girlfriend Face (not a real person)",
            "random pretty face 07",
            "Average Guy Face",
            "Pretty Korean Girl Face",
        ]
    )
    tags = p.pick([["woman", "face"], ["celebrity", "woman"], ["girl", "beautiful"]])
    raw = p.civitai(
        name=title, description=p.boiler("<p>Generic face, not based on anyone.</p>"), tags=tags
    )
    p.add(raw, "generic_face", "generic_face")


def n_bare_woman(p: Part) -> None:
    raw = p.civitai(
        name=p.pick(["sfg_v2", "bw-emb", "FaceEmb 3", "lora_w01"]),
        description="",
        tags=p.pick([["girl"], ["woman"], ["girl", "woman"]]),
        type_=p.pick(["TextualInversion", "LORA"]),
    )
    p.add(raw, "generic_face", "bare_woman_tags")


def n_ethnic(p: Part) -> None:
    nat = p.pick(V.NATIONALITIES[p.v])
    raw = p.civitai(
        name=p.pick([f"{nat} Beauty", f"{nat} face helper", f"{nat} look v2"]),
        description=p.boiler(f"<p>Gives a typical {nat} look. Not a specific person.</p>"),
        tags=["ethnicity", "woman"],
    )
    p.add(raw, "ethnic_look", "ethnic_look")


def n_doll(p: Part) -> None:
    nat = p.pick(V.NATIONALITIES[p.v])
    raw = p.civitai(
        name=f"{nat} Doll Likeness",
        description=p.boiler("<p>doll-like faces.</p>"),
        tags=["woman", "doll likeness"],
    )
    p.add(raw, "doll_likeness", "doll_likeness")


def n_blend(p: Part) -> None:
    raw = p.civitai(
        name=p.pick(
            [
                f"Mixed Face {p.rng.randint(1, 40):02d} (blend of 30 faces)",
                "Asian face blend v3",
                "Euro mix face",
            ]
        ),
        description=p.boiler("<p>A blend of many faces, no one in particular.</p>"),
        tags=["face", "blend"],
    )
    p.add(raw, "blend_unnamed", "blend_unnamed")


def n_nonexistent(p: Part) -> None:
    raw = p.civitai(
        name=f"This Person Does Not Exist - pack {p.rng.randint(1, 9)}",
        description=p.boiler("<p>Faces of people who do not exist.</p>"),
        tags=["face", "portrait"],
    )
    p.add(raw, "nonexistent_person", "nonexistent_person")


def n_consistent(p: Part) -> None:
    oc = p.pick(["Mara", "Yuna", "Lexi", "Noor", "Ines", "Tova"])
    raw = p.civitai(
        name=f"Consistent Character: {oc} (OC)",
        description=p.boiler(f"<p>{oc} is my original character for comics.</p>"),
        tags=["consistent character", "oc"],
    )
    p.add(raw, "consistent_character", "consistent_character")


def n_ai_persona(p: Part) -> None:
    name, handle, city = p.pick(V.AI_PERSONAS[p.v])
    age = p.rng.randint(21, 29)
    raw = p.civitai(
        name=f"{name} - AI influencer ({handle})",
        description=p.boiler(
            f"<p>{name} is a virtual AI model, {age}, lives in "
            f"{city} (fictional). Made entirely with AI.</p>"
        ),
        tags=["ai influencer", "woman", "virtual model"],
    )
    p.add(raw, "consistent_character", "ai_influencer")


def n_ai_girlfriend(p: Part) -> None:
    raw = p.civitai(
        name=p.pick(["AI Girlfriend Character - Sofi", "My AI girlfriend (OC) v3"]),
        description=p.boiler("<p>Consistent AI companion character. Not a real person.</p>"),
        tags=["consistent character", "woman"],
    )
    p.add(raw, "consistent_character", "ai_girlfriend")


def n_oc_disclaimer(p: Part) -> None:
    given = p.pick(V.GIVEN_F[p.v])
    family = p.pick(["Drask", "Vellory", "Ombre", "Kastelyn"])
    raw = p.civitai(
        name=f"{given} {family} (original character)",
        description=p.boiler(
            f"<p>{given} {family} is an original character. This "
            "is a fictional character; any resemblance is "
            "coincidental.</p>"
        ),
        tags=["original character"],
    )
    p.add(raw, "consistent_character", "fiction_disclaimer")


def n_script_persona(p: Part) -> None:
    name = p.pick(["星乃ゆめ", "白石るな", "林梦泽"])
    raw = p.civitai(
        name=f"{name} (AIグラビア)",
        description=p.boiler(f"<p>{name}はAIで作った架空の人物です。実在しません。</p>"),
        tags=["ai", "グラビア"],
    )
    p.add(raw, "consistent_character", "script_ai_persona")


def n_tool(p: Part) -> None:
    title, type_ = p.pick(
        [
            ("Easy Negative v3", "TextualInversion"),
            ("4x Upscaler Ultra", "Upscaler"),
            ("Color fix VAE", "VAE"),
            ("Depth ControlNet helper", "Controlnet"),
        ]
    )
    raw = p.civitai(name=title, description=p.boiler("<p>Utility.</p>"), tags=["tool"], type_=type_)
    p.add(raw, "tool", "tool")


def n_body(p: Part) -> None:
    raw = p.civitai(
        name=p.pick(["Curvy body slider", "Freckles slider", "Athletic build"]),
        description=p.boiler("<p>Use -2 to 2.</p>"),
        tags=["slider", "body"],
    )
    p.add(raw, "body_type", "body_slider")


def n_game_npc(p: Part) -> None:
    given = p.pick(V.GIVEN_F[p.v])
    family = p.pick(["Holloway", "Brandt", "Ashgrove", "Penhallow"])
    game = p.pick(["Emberfall", "Gloamreach", "Iron Tides"])
    raw = p.civitai(
        name=f"{p.pick(['Innkeeper', 'Blacksmith', 'Captain'])} {given} {family} ({game} NPC)",
        description=p.boiler(f"<p>NPC from the video game {game}, from in-game renders.</p>"),
        tags=["character", "video game", "3d"],
    )
    p.add(raw, "character_western", "game_npc")


def n_dnd_oc(p: Part) -> None:
    given = p.pick(["Seraphine", "Elowyn", "Thessaly", "Maelis"])
    family = p.pick(["Vale", "Duskmere", "Ironwood"])
    raw = p.civitai(
        name=f"{given} {family} - my D&D character (realistic)",
        description=p.boiler(
            f"<p>{given} is my tabletop character, a half-elf ranger. Made from AI renders, "
            "not a real person.</p>"
        ),
        tags=["original character", "fantasy", "realistic"],
    )
    p.add(raw, "consistent_character", "tabletop_oc")


def n_mythological(p: Part) -> None:
    hist = p.pick(V.HISTORICAL[p.v])
    raw = p.civitai(
        name=f"{hist} portrait",
        description=p.boiler(f"<p>{hist} as a painted classical portrait.</p>"),
        tags=["mythology", "history"],
    )
    p.add(raw, "concept", "mythological_portrait")


# ---------------------------------------------------------------------------------------------
# The mix: (function, dev5 count, hold5 count).

Shape = Callable[[Part], None]
MIX: list[tuple[Shape, int, int]] = [
    (s_title_name, 11, 9),
    (s_ordinary_words, 8, 8),
    (s_stage_name, 5, 5),
    (s_initials, 4, 4),
    (s_desc_only, 6, 6),
    (s_trigger_only, 5, 5),
    (s_filename_only, 5, 5),
    (s_tag_only, 4, 4),
    (s_version_name, 4, 4),
    (s_prompt_only, 4, 4),
    (s_east_asian_script, 8, 8),
    (s_east_asian_family_first, 7, 7),
    (s_east_asian_run_together, 6, 6),
    (s_east_asian_camel, 5, 5),
    (s_east_asian_given_first, 4, 4),
    (s_lookalike, 3, 3),
    (s_obfuscated, 4, 4),
    (s_nickname_quotes, 3, 3),
    (s_world_script, 7, 7),
    (s_diacritics, 5, 5),
    (s_live_action_role, 7, 7),
    (s_live_action_disclaimer, 4, 4),
    (s_role_only, 4, 4),
    (s_named_blend, 4, 4),
    (s_idol_group, 4, 4),
    (s_non_entertainment, 4, 4),
    (s_request, 4, 4),
    (s_hf_slug, 12, 12),
    (s_hf_card_only, 3, 4),
    (s_adult_youth_words, 8, 8),
    (s_minor_cue, 6, 6),
    (s_adult_performer, 4, 3),
    (s_disclaimer, 4, 4),
    (s_person_pack, 0, 3),
    (s_creator_handle, 8, 8),
    (s_handle_with_name, 3, 3),
    (s_east_asian_creator, 4, 4),
    (s_cosplayer, 3, 3),
    (s_hf_creator, 3, 3),
    (s_private, 16, 16),
    (s_private_unknown, 2, 2),
    (n_anime, 14, 12),
    (n_anime_no_tag, 5, 5),
    (n_anime_script, 5, 5),
    (n_anime_realistic, 0, 3),
    (n_hf_anime, 4, 4),
    (n_vtuber, 6, 6),
    (n_western, 5, 5),
    (n_novel, 3, 3),
    (n_painter, 7, 6),
    (n_photographer, 4, 4),
    (n_checkpoint, 5, 5),
    (n_merge, 5, 5),
    (n_named_checkpoint, 3, 3),
    (n_hf_checkpoint, 3, 3),
    (n_clothing, 7, 7),
    (n_concept, 24, 22),
    (n_game_npc, 3, 3),
    (n_dnd_oc, 3, 3),
    (n_hf_concept, 3, 3),
    (n_mythological, 0, 3),
    (n_generic_face, 8, 8),
    (n_bare_woman, 4, 4),
    (n_ethnic, 5, 5),
    (n_doll, 4, 4),
    (n_blend, 5, 5),
    (n_nonexistent, 4, 4),
    (n_consistent, 4, 4),
    (n_ai_persona, 4, 4),
    (n_ai_girlfriend, 3, 3),
    (n_oc_disclaimer, 4, 4),
    (n_script_persona, 0, 3),
    (n_tool, 4, 4),
    (n_body, 3, 3),
]
HOLD_ONLY = [fn.__name__ for fn, dev, hold in MIX if dev == 0 and hold > 0]


def build(part: str) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    p = Part(part, random.Random(SEEDS[part]), VOCAB_PART[part], ID_BASE[part])
    column = 1 if part == "dev5" else 2
    calls = [row[0] for row in MIX for _ in range(int(row[column]))]  # type: ignore[call-overload]
    p.rng.shuffle(calls)
    for call in calls:
        call(p)
    return p.rows


def outputs() -> list[tuple[Path, str]]:
    out = []
    for part in SEEDS:
        rows = build(part)
        items = "".join(json.dumps(raw, ensure_ascii=False) + "\n" for raw, _ in rows)
        labels = "".join(json.dumps(label, ensure_ascii=False) + "\n" for _, label in rows)
        out += [(HERE / f"{part}.jsonl", items), (HERE / f"{part}_labels.jsonl", labels)]
    return out


def counts_table() -> str:
    counts = {
        part: Counter((lab["kind"], lab["shape"]) for _, lab in build(part)) for part in SEEDS
    }
    keys = sorted(
        set(counts["dev5"]) | set(counts["hold5"]),
        key=lambda k: (k[0] not in LIKENESS_PROMINENCE, k),
    )
    lines = ["| kind | shape | dev5 | hold5 |", "|---|---|---|---|"]
    lines += [
        f"| `{k}` | `{s}` | {counts['dev5'][(k, s)]} | {counts['hold5'][(k, s)]} |" for k, s in keys
    ]
    totals = []
    for part in SEEDS:
        labels = [lab for _, lab in build(part)]
        like = [lab for lab in labels if lab["likeness"]]
        genders = Counter(lab["gender"] for lab in like)
        totals.append(
            f"{part}: {len(labels)} items, {len(like)} likeness (female {genders['female']}, "
            f"male {genders['male']}, unknown {genders['unknown']}), sexual intent "
            f"{sum(lab['sexual_intent'] for lab in labels)}, minor risk "
            f"{sum(lab['minor_risk'] for lab in labels)}, Hugging Face "
            f"{sum(lab['platform'] == 'huggingface' for lab in labels)}"
        )
    return "\n".join(lines) + "\n\nTotals: " + "; ".join(totals) + "."


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--counts", action="store_true", help="print the README's table")
    args = parser.parse_args(argv)
    if args.counts:
        print(counts_table())
        return 0
    for path, text in outputs():
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.name}: {text.count(chr(10))} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
