"""Build the sixth likeness dev set (``dev6``, ``hold6``): seeded, deterministic, invented people.

Run from the repository root::

    .venv/bin/python tests/devset6/build_devset6.py            # rewrites the four .jsonl files
    .venv/bin/python tests/devset6/build_devset6.py --counts   # prints the README's count table

Every template decides the label first and writes metadata that carries exactly those facts;
``sexual_cue`` and ``minor_cue`` read the written item back and the builder refuses an item whose
cues disagree with its label, or where a sexual and a minor cue meet.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import devset6_vocab as V  # noqa: E402

SEEDS = {"dev6": 60661, "hold6": 92917}
VOCABS = {"dev6": V.A, "hold6": V.B}
ID_BASE = {"dev6": 3_100_000, "hold6": 4_200_000}
STOCK_VAE_SHA = hashlib.sha256(b"devset6 stock vae").hexdigest().upper()
STOCK_YAML_SHA = hashlib.sha256(b"devset6 stock sd2 yaml").hexdigest().upper()
LABEL_FIELDS = (
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
LIKENESS_KINDS = ("public_figure", "online_creator", "private_person")

Item = dict[str, Any]
Label = dict[str, Any]

# ---------------------------------------------------------------- cues (the label's ground truth)
SEXUAL_WORDS = re.compile(
    r"\b(?:nsfw|nude|nudes|naked|lingerie|topless|boudoir|sexy|porn\w*|onlyfans|fansly|lewd|"
    r"hentai|erotic\w*|xxx)\b",
    re.IGNORECASE,
)
MINOR_AGE = re.compile(
    r"(?<![\d.])(?:1[0-7]|[1-9])\s*(?:-\s*)?(?:years?[ -]old|yo\b|y/o|歳|세|岁)", re.IGNORECASE
)
YOUTH_WORDS = re.compile(
    r"\b(?:teen|teens|teenage|teenager|child actress|child actor|child star|kid|kids|"
    r"junior high|middle school|schoolgirl|underage)\b"
    r"|子役|童星|中学生|初中生|小学生|중학생|초등학생",
    re.IGNORECASE,
)
NSFW_BITS = 4 | 8 | 16 | 32


def strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, inner in value.items():
            if key not in ("hashes", "url", "downloadUrl", "image", "hash", "lfs", "sha"):
                yield from strings(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from strings(inner)


def text_of(item: Item) -> str:
    return "\n".join(strings(item))


def sexual_cue(item: Item) -> bool:
    if "siblings" in item:
        if "not-for-all-audiences" in item.get("tags", []):
            return True
        return bool(SEXUAL_WORDS.search(text_of(item)))
    if item.get("nsfw") or int(item.get("nsfwLevel") or 0) & NSFW_BITS:
        return True
    for version in item["modelVersions"]:
        if int(version.get("nsfwLevel") or 0) & NSFW_BITS:
            return True
        for image in version.get("images", []):
            if image.get("nsfw") in ("Mature", "X") or int(image.get("nsfwLevel") or 0) & NSFW_BITS:
                return True
    return bool(SEXUAL_WORDS.search(text_of(item)))


def minor_cue(item: Item) -> bool:
    if item.get("minor") or any(
        image.get("minor") for v in item.get("modelVersions", []) for image in v.get("images", [])
    ):
        return True
    text = text_of(item)
    return bool(MINOR_AGE.search(text) or YOUTH_WORDS.search(text))


# ---------------------------------------------------------------- people


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    gender: str
    east_asian: bool = False
    given_script: str = ""
    family_script: str = ""
    lang: str = ""

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def target(self) -> str:
        return f"{self.family} {self.given}" if self.east_asian else self.full

    @property
    def script(self) -> str:
        return self.family_script + self.given_script

    def aliases(self, *extra: str) -> list[str]:
        forms = [self.full, f"{self.family} {self.given}"] if self.east_asian else []
        if self.script:
            forms.append(self.script)
        forms.extend(extra)
        return [f for f in dict.fromkeys(forms) if f != self.target]

    @property
    def she(self) -> str:
        return "she" if self.gender == "female" else "he"

    @property
    def her(self) -> str:
        return "her" if self.gender == "female" else "his"

    @property
    def woman(self) -> str:
        return "woman" if self.gender == "female" else "man"


def slug(text: str, sep: str = "_") -> str:
    return re.sub(r"[^a-z0-9]+", sep, text.lower()).strip(sep)


def camel(text: str) -> str:
    parts = re.findall(r"[A-Za-z0-9]+", text)
    return parts[0].lower() + "".join(p.capitalize() for p in parts[1:])


class Maker:
    """One part's generator: a seeded random source, its vocabulary and the ids it has used."""

    def __init__(self, part: str, seed: int | None = None, id_base: int | None = None) -> None:
        self.part = part
        self.rng = random.Random(SEEDS[part] if seed is None else seed)
        self.v = VOCABS[part]
        self.c = V.COMMON
        self.next_id = ID_BASE[part] if id_base is None else id_base
        self.used_names: set[str] = set()
        self.hf_ids: set[str] = set()
        self.queues: dict[str, list[Any]] = {}
        self.cast: dict[str, tuple[Person, str, str]] = {}

    # -- picks
    def pick(self, seq: list[Any] | tuple[Any, ...]) -> Any:
        return seq[self.rng.randrange(len(seq))]

    def take(self, key: str) -> Any:
        """The next entry of a vocabulary list, cycling through a seeded shuffle."""
        queue = self.queues.get(key)
        if not queue:
            queue = list(self.v[key])
            self.rng.shuffle(queue)
            self.queues[key] = queue
        return queue.pop()

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def person(self, gender: str | None = None) -> Person:
        if gender is None:
            gender = "female" if self.chance(0.82) else "male"
        for _ in range(500):
            given = self.pick(self.v["female_first" if gender == "female" else "male_first"])
            family = self.pick(self.v["sur_head"]) + self.pick(self.v["sur_tail"])
            if f"{given} {family}" not in self.used_names and family not in self.used_names:
                self.used_names.update((f"{given} {family}", family))
                return Person(given, family, gender)
        raise RuntimeError("out of names")

    def word_person(self) -> Person:
        given, family = self.take("word_names")
        return Person(given, family, "female")

    def ea_person(self, lang: str | None = None, gender: str | None = None) -> Person:
        lang = lang or self.pick(["zh", "ja", "ko", "ko", "zh", "ja"])
        names = self.v[lang]
        for _ in range(2000):
            fam_s, fam = self.pick(names["family"])
            giv_s, giv, sex = self.pick(names["given"])
            if (gender is None or sex == gender) and fam_s + giv_s not in self.used_names:
                self.used_names.add(fam_s + giv_s)
                return Person(giv, fam, sex, True, giv_s, fam_s, lang)
        raise RuntimeError("out of East-Asian names")

    # -- ids, hashes, dates
    def new_id(self) -> int:
        self.next_id += self.rng.randrange(1, 400)
        return self.next_id

    def sha(self) -> str:
        return "".join(self.pick("0123456789ABCDEF") for _ in range(64))

    def date(self, era: str) -> str:
        year = self.pick([2023, 2023]) if era == "2023" else self.pick([2024, 2025, 2025, 2026])
        month = self.rng.randint(1, 12) if year != 2023 else self.rng.randint(1, 7)
        day, hour, minute = (
            self.rng.randint(1, 28),
            self.rng.randint(0, 23),
            self.rng.randint(0, 59),
        )
        second, milli = self.rng.randint(0, 59), self.rng.randint(0, 999)
        return f"{year}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}.{milli:03d}Z"

    # -- description pieces
    def boiler(self, core: str, *, extra: bool = True) -> str:
        parts = [core]
        if extra and self.chance(0.6):
            n = self.rng.randint(14, 120)
            parts.append(
                self.pick(self.c["training"]).format(
                    n=n,
                    r=self.rng.randint(4, 20),
                    e=self.rng.randint(6, 20),
                    s=self.rng.randint(8, 40) * 100,
                    b=self.rng.randint(5, 12),
                )
            )
        if extra and self.chance(0.5):
            parts.append(self.pick(self.c["usage"]))
        if extra and self.chance(0.35):
            parts.append(self.pick(self.c["changelog"]))
        if extra and self.chance(0.25):
            prompt = self.pick(self.c["sfw_prompts"])
            parts.append(
                f"<p><strong>Sample prompt:</strong></p><pre><code>{prompt}, masterpiece, best "
                f"quality&lt;lora:model:0.8&gt;\nNegative prompt: {self.c['neg_prompt']}\n"
                f"Steps: {self.rng.randint(20, 40)}, Sampler: Euler a, CFG scale: "
                f"{self.rng.randint(3, 8)}, Seed: {self.rng.randint(1, 2**32)}</code></pre>"
            )
        if extra and self.chance(0.3):
            parts.append(self.pick(self.c["other_lines"]))
        if self.chance(0.45):
            parts.append(self.pick(self.c["support"]))
        return "".join(parts)

    # -- items
    def file(self, name: str, *, kind: str = "Model", primary: bool = True, kb: float = 0) -> Item:
        sha = self.sha()
        return {
            "name": name,
            "id": self.new_id(),
            "sizeKB": kb or round(self.rng.uniform(9000, 230000), 4),
            "type": kind,
            "metadata": {"fp": "fp16", "size": "pruned", "format": "SafeTensor"},
            "pickleScanResult": "Success",
            "pickleScanMessage": "No Pickle imports",
            "virusScanResult": "Success",
            "scannedAt": "2025-01-01T00:00:00.000Z",
            "hashes": {"AutoV2": sha[:10], "SHA256": sha, "CRC32": sha[10:18]},
            "downloadUrl": "https://civitai.com/api/download/models/0",
            "primary": primary,
        }

    def civitai(
        self,
        *,
        name: str,
        description: str,
        tags: list[str],
        versions: list[dict[str, Any]],
        type_: str = "LORA",
        sexual: bool = False,
        poi: bool = False,
        minor: bool = False,
        era: str | None = None,
        extras: tuple[str, ...] = (),
    ) -> Item:
        era = era or ("2023" if self.chance(0.45) else "2025")
        model_id = self.new_id()
        user = self.pick(self.c["uploaders"])
        if len(versions) == 1 and self.chance(0.3):
            older = dict(versions[0], name=self.pick(["v1.0", "SD1.5", "beta", "v0.9"]))
            older.pop("file", None)
            older["base"] = "SD 1.5"
            older["desc"] = self.pick(["<p>old version, use v2</p>", None, "<p>初版</p>"])
            newer = self.pick(["v2.0", "XL", "Flux"])
            if versions[0].get("name", "v1.0") == "v1.0":
                versions = [versions[0] | {"name": newer}, older]
            else:
                versions = [versions[0], older]
        built = []
        for index, spec in enumerate(versions):
            vid = self.new_id()
            primary_name = (
                spec.get("file") or f"{slug(name)[:40] or 'model'}_v{index + 1}.safetensors"
            )
            files = [self.file(primary_name, kb=8000000 / 4 if type_ == "Checkpoint" else 0)]
            if "vae" in extras:
                vae = self.file(
                    "vae-ft-mse-840000-ema-pruned.safetensors",
                    kind="VAE",
                    primary=False,
                    kb=327471.5,
                )
                vae["hashes"] = {"SHA256": STOCK_VAE_SHA, "AutoV2": STOCK_VAE_SHA[:10]}
                files.append(vae)
            if "yaml" in extras:
                cfg = self.file(
                    primary_name.rsplit(".", 1)[0] + ".yaml",
                    kind="Config",
                    primary=False,
                    kb=1.7724609375,
                )
                cfg["hashes"] = {"SHA256": STOCK_YAML_SHA, "AutoV2": STOCK_YAML_SHA[:10]}
                files.append(cfg)
            if "zip" in extras:
                files.append(
                    self.file(f"{slug(name)[:30]}_dataset.zip", kind="Training Data", primary=False)
                )
            created = self.date(era)
            version: Item = {"id": vid, "modelId": model_id, "name": spec.get("name", "v1.0")}
            if era == "2023":
                nsfw_imgs = ["Mature", "X", "Soft"] if sexual else ["None", "Soft", "None"]
                version.update(
                    createdAt=created,
                    updatedAt=created,
                    trainedWords=list(spec.get("trained", [])),
                    baseModel=spec.get("base", "SD 1.5"),
                    earlyAccessTimeFrame=0,
                    description=spec.get("desc"),
                    stats={
                        "downloadCount": self.rng.randint(10, 9000),
                        "ratingCount": 0,
                        "rating": 0,
                    },
                    files=files,
                    images=[
                        {"id": self.new_id(), "nsfw": level, "width": 512, "height": 768}
                        for level in nsfw_imgs[: self.rng.randint(2, 3)]
                    ],
                    downloadUrl=f"https://civitai.com/api/download/models/{vid}",
                )
            else:
                levels = [4, 8, 1] if sexual else [1, 2, 1]
                version.update(
                    index=index,
                    baseModel=spec.get("base") or self.pick(self.c["base_models"]),
                    baseModelType="Standard",
                    createdAt=created,
                    publishedAt=created,
                    status="Published",
                    availability=spec.get("availability", "Public"),
                    nsfwLevel=(12 if sexual else 1),
                    description=spec.get("desc"),
                    trainedWords=list(spec.get("trained", [])),
                    covered=True,
                    stats={
                        "downloadCount": self.rng.randint(10, 9000),
                        "thumbsUpCount": 5,
                        "thumbsDownCount": 0,
                    },
                    files=files,
                    images=[
                        {
                            "url": f"https://image.civitai.com/x/{self.new_id()}.jpeg",
                            "nsfwLevel": level,
                            "width": 832,
                            "height": 1216,
                            "hash": "U00000fQfQfQfQfQfQfQfQfQfQfQ",
                            "type": "image",
                            "minor": minor,
                            "poi": poi,
                            "hasMeta": True,
                        }
                        for level in levels[: self.rng.randint(2, 3)]
                    ],
                    downloadUrl=f"https://civitai.com/api/download/models/{vid}",
                )
            built.append(version)
        item: Item = {
            "id": model_id,
            "name": name,
            "description": description,
            "type": type_,
            "poi": poi,
            "nsfw": sexual,
        }
        if era == "2023":
            item.update(
                allowNoCredit=True,
                allowCommercialUse=self.pick(["Rent", "Sell", "None", "Image"]),
                allowDerivatives=True,
                allowDifferentLicense=False,
                stats={
                    "downloadCount": self.rng.randint(50, 30000),
                    "favoriteCount": 12,
                    "commentCount": 3,
                    "ratingCount": 2,
                    "rating": 5,
                },
            )
        else:
            item.update(
                nsfwLevel=(29 if sexual else self.pick([1, 3])),
                minor=minor,
                sfwOnly=minor,
                availability=self.pick(["Public", "Public", "Public", "EarlyAccess"]),
                cosmetic=None,
                supportsGeneration=self.chance(0.5),
                allowNoCredit=True,
                allowCommercialUse=self.pick([["Image"], ["Sell", "Image", "Rent"], []]),
                allowDerivatives=True,
                allowDifferentLicense=True,
                stats={
                    "downloadCount": self.rng.randint(50, 30000),
                    "thumbsUpCount": 40,
                    "thumbsDownCount": 0,
                    "commentCount": 3,
                    "tippedAmountCount": 0,
                },
            )
        item["creator"] = {"username": user, "image": None}
        item["tags"] = tags
        item["modelVersions"] = built
        return item

    def hf(
        self,
        *,
        repo: str,
        instance: str | None,
        widgets: list[str],
        extra_tags: list[str] = (),  # type: ignore[assignment]
        card: dict[str, Any] | None = None,
        files: list[str] | None = None,
        sexual: bool = False,
        author: str | None = None,
    ) -> Item:
        author = author or self.pick(self.c["hf_authors"])
        repo_id = f"{author}/{repo}"
        while repo_id in self.hf_ids:
            repo_id += "-v2"
        self.hf_ids.add(repo_id)
        base = self.pick(self.c["hf_bases"])
        tags = [
            "diffusers",
            "lora",
            "template:sd-lora",
            "text-to-image",
            *extra_tags,
            f"base_model:{base}",
            f"base_model:adapter:{base}",
            "license:other",
            "region:us",
        ]
        if sexual:
            tags.insert(4, "not-for-all-audiences")
        card_data: dict[str, Any] = {
            "base_model": base,
            "license": "other",
            "tags": ["text-to-image", "lora", *extra_tags],
        }
        if instance is not None:
            card_data["instance_prompt"] = instance
        if widgets:
            card_data["widget"] = [
                {"text": text, "output": {"url": f"images/example_{n}.png"}}
                for n, text in enumerate(widgets)
            ]
        card_data.update(card or {})
        siblings = [
            {"rfilename": ".gitattributes", "size": 1519},
            {"rfilename": "README.md", "size": self.rng.randint(400, 4000)},
        ]
        for name in files or [f"{repo.replace('-', '_')}.safetensors"]:
            size = self.rng.randint(20_000_000, 200_000_000)
            siblings.append(
                {
                    "rfilename": name,
                    "size": size,
                    "lfs": {"sha256": self.sha().lower(), "size": size, "pointerSize": 135},
                }
            )
        created = self.date("2025")
        return {
            "id": repo_id,
            "author": author,
            "sha": self.sha().lower()[:40],
            "createdAt": created,
            "lastModified": created,
            "private": False,
            "gated": False,
            "disabled": False,
            "downloads": self.rng.randint(0, 4000),
            "likes": self.rng.randint(0, 90),
            "tags": tags,
            "pipeline_tag": "text-to-image",
            "library_name": "diffusers",
            "cardData": card_data,
            "siblings": siblings,
        }


def label(
    item: Item,
    kind: str,
    shape: str,
    *,
    target: str | None = None,
    gender: str | None = None,
    targets: list[str] | None = None,
    aliases: list[str] | None = None,
    sexual: bool = False,
    minor: bool = False,
) -> Label:
    likeness = kind in LIKENESS_KINDS
    platform = "huggingface" if "siblings" in item else "civitai"
    prominence = (
        {"public_figure": "public_figure", "online_creator": "online_creator"}.get(
            kind, "private_or_unknown"
        )
        if likeness
        else None
    )
    if likeness and targets is None:
        targets = [target] if target else []
    values = (
        platform,
        str(item["id"]),
        kind,
        likeness,
        target,
        gender if likeness else None,
        prominence,
        sexual,
        minor,
        shape,
        targets or [],
        aliases or [],
    )
    found_sexual, found_minor = sexual_cue(item), minor_cue(item)
    if found_sexual != sexual or found_minor != minor or (found_sexual and found_minor):
        raise ValueError(f"{shape} {item['id']}: cues {found_sexual}/{found_minor} vs label")
    return dict(zip(LABEL_FIELDS, values, strict=True))


Pair = tuple[Item, Label]
Template = Callable[[Maker], Pair]


# ================================================================ likeness templates
def _pf_item(
    m: Maker,
    p: Person,
    *,
    name: str,
    core: str,
    tags: list[str],
    trained: list[str],
    file: str | None = None,
    vname: str = "v1.0",
    sexual: bool = False,
    **kw: Any,
) -> Item:
    return m.civitai(
        name=name,
        description=m.boiler(core),
        tags=tags,
        versions=[{"name": vname, "trained": trained, "file": file}],
        sexual=sexual,
        **kw,
    )


def title_name(m: Maker) -> Pair:
    p = m.person()
    sexual = m.chance(0.2)
    job = m.pick(
        ["actress", "singer", "TV host", "model"]
        if p.gender == "female"
        else ["actor", "singer", "footballer"]
    )
    name = m.pick(
        [
            f"{p.full} - {job} LoRA",
            f"{p.full} | {m.pick(['SDXL', 'Flux', 'SD1.5', 'Pony'])}",
            f"{p.full.upper()} ({job})",
            f"[{m.pick(['Flux', 'XL'])}] {p.full}",
            f"{p.full} 🌸 v3",
            f"{p.family}, {p.given}",
        ]
    )
    core = (
        f"<p>{p.full} is a {job} from {m.pick(['Canada', 'Norway', 'Chile', 'Ireland'])}. "
        f"{p.she.capitalize()} became known for {p.her} work in the 2010s.</p>"
    )
    if sexual:
        core += "<p>Works for sexy shots too, but keep it tasteful.</p>"
    tags = m.pick(
        [
            [job.split()[0].lower(), "celebrity", p.woman],
            [p.woman, "photorealistic"],
            ["person", "realistic"],
        ]
    )
    item = _pf_item(
        m,
        p,
        name=name,
        core=core,
        tags=tags,
        trained=[slug(p.full, " ")],
        sexual=sexual,
        poi=m.chance(0.15),
    )
    return item, label(
        item, "public_figure", "title_name", target=p.full, gender=p.gender, sexual=sexual
    )


def desc_only(m: Maker) -> Pair:
    p = m.person()
    name = m.pick(
        [
            "Project Nightjar v2",
            "Portrait Study #14",
            "Red Carpet Face 💋",
            "RL-07",
            "Studio Glow Face",
        ]
    )
    core = m.pick(
        [
            f"<p>This one is {p.full} ✨ trained on 60 red carpet photos of {p.her}.</p>",
            f"<h2>About</h2><p>Likeness of the {p.woman} you all asked for: <b>{p.full}</b>, "
            f"the host of a cooking show.</p>",
            f"<p>Trained on interview screenshots of {p.full}. {p.she.capitalize()} looks best "
            f"at weight 0.8.</p>",
        ]
    )
    item = _pf_item(
        m,
        p,
        name=name,
        core=core,
        tags=[m.pick(["face", "portrait", "realistic"])],
        trained=["rl07"],
    )
    return item, label(item, "public_figure", "desc_only", target=p.full, gender=p.gender)


def trigger_only(m: Maker) -> Pair:
    p = m.person()
    trig = m.pick(
        [
            slug(p.full, ""),
            f"{slug(p.full, ' ')} {p.woman}",
            f"ohwx {p.given.lower()} {p.family.lower()}",
        ]
    )
    item = _pf_item(
        m,
        p,
        name=m.pick(["face lora v4", "Realistic person LoRA (FLUX)"]),
        core="<p>Use the trigger. Works on most realistic models.</p>",
        tags=["person"],
        trained=[trig],
    )
    return item, label(
        item,
        "public_figure",
        "trigger_only",
        target=p.full,
        gender=p.gender,
        aliases=[slug(p.full, "")],
    )


def trained_words_multi(m: Maker) -> Pair:
    p = m.person()
    words = ["red dress", "bokeh", "film grain", slug(p.full, " "), "soft light", "ohwx"]
    m.rng.shuffle(words)
    item = _pf_item(
        m,
        p,
        name=m.pick(["Cinematic Portrait Pack", "Golden Hour Face v2", "Editorial LoRA"]),
        core="<p>Several triggers inside, mix as you like. Only tested on XL.</p>",
        tags=["photography", "portrait"],
        trained=words,
    )
    return item, label(item, "public_figure", "trained_words_multi", target=p.full, gender=p.gender)


def filename_only(m: Maker) -> Pair:
    p = m.person()
    file = m.pick(
        [
            f"{slug(p.full)}_v2.safetensors",
            f"{camel(p.full)}-000012.safetensors",
            f"{p.given}{p.family}_XL.safetensors",
        ]
    )
    item = _pf_item(
        m,
        p,
        name=m.pick(["my best face lora so far", "RLX-face-22"]),
        core="<p>no description, just try it :)</p>",
        tags=["realistic", p.woman],
        trained=["rlx22"],
        file=file,
    )
    return item, label(item, "public_figure", "filename_only", target=p.full, gender=p.gender)


def tag_only(m: Maker) -> Pair:
    p = m.person()
    item = _pf_item(
        m,
        p,
        name="Famous face #9",
        core="<p>Another one from the request list.</p>",
        tags=[slug(p.full, " "), "celebrity", p.woman],
        trained=["ff9"],
    )
    return item, label(item, "public_figure", "tag_only", target=p.full, gender=p.gender)


def version_name(m: Maker) -> Pair:
    p = m.person()
    item = m.civitai(
        name=m.pick(["Actress Series", "Star Faces Collection"]),
        description=m.boiler("<p>Each version is a different actress, see version names.</p>"),
        tags=["actress", "celebrity"],
        versions=[{"name": f"{p.full} v1", "trained": ["sfc"]}],
    )
    return item, label(item, "public_figure", "version_name", target=p.full, gender=p.gender)


def prompt_only(m: Maker) -> Pair:
    p = m.person()
    prompt = (
        f"photo of {slug(p.full, ' ')}, {m.pick(m.c['sfw_prompts'])}, <lora:face22:0.8>"
        f"<br/>Negative prompt: {m.c['neg_prompt']}<br/>Steps: 28, Sampler: DPM++ 2M "
        f"Karras, CFG scale: 5, Seed: {m.rng.randint(1, 2**31)}"
    )
    item = _pf_item(
        m,
        p,
        name="face22",
        core=f"<p>Example:</p><pre><code>{prompt}</code></pre>",
        tags=["realistic"],
        trained=["face22"],
    )
    return item, label(item, "public_figure", "prompt_only", target=p.full, gender=p.gender)


def stage_name(m: Maker) -> Pair:
    stage = m.take("stage_names")
    gender = "female"
    item = m.civitai(
        name=m.pick([f"{stage} (singer)", f"{stage} - pop star LoRA", f"{stage} | musician"]),
        description=m.boiler(
            f"<p>{stage} is a pop singer; trained on her music videos and concert photos.</p>"
        ),
        tags=["singer", "celebrity", "woman"],
        versions=[{"trained": [slug(stage, "")]}],
    )
    return item, label(item, "public_figure", "stage_name", target=stage, gender=gender)


def initials(m: Maker) -> Pair:
    p = m.person()
    ini = f"{p.given[0]}{p.family[0]}"
    item = m.civitai(
        name=m.pick(
            [
                f"{ini} - actress",
                f"{ini.lower()} woman lora (celebrity)",
                f"{p.given[0]}.{p.family[0]}. real person",
            ]
        ),
        description=m.boiler(f"<p>You know who {p.she} is 😉 famous {p.woman} from TV.</p>"),
        tags=["celebrity", p.woman],
        versions=[{"trained": [f"{ini.lower()} {p.woman}"]}],
    )
    return item, label(item, "public_figure", "initials", target=ini, gender=p.gender)


def ordinary_words(m: Maker) -> Pair:
    p = m.word_person()
    name = m.pick(
        [
            f"{p.full}",
            f"{p.full} (actress)",
            f"{p.given} {p.family} - singer",
            f"{p.full} ✨ (singer)",
        ]
    )
    item = m.civitai(
        name=name,
        description=m.boiler(
            f"<p>{p.full} is an actress and singer. Trained on photos from her 2021 tour.</p>"
        ),
        tags=m.pick([["actress"], ["woman", "celebrity"], ["photorealistic"]]),
        versions=[{"trained": [slug(p.full, " ")]}],
    )
    return item, label(item, "public_figure", "ordinary_words", target=p.full, gender=p.gender)


LANG_LINES = {
    "pt": "<p>Treinado com fotos de {name}, atriz brasileira. Use peso 0.8.</p>",
    "id": "<p>LoRA wajah {name}, aktris dan penyanyi Indonesia. Dilatih dengan 40 foto.</p>",
    "vi": "<p>LoRA khuôn mặt của {name}, nữ diễn viên Việt Nam. Trọng số 0.7.</p>",
    "tr": "<p>{name} yüz LoRA'sı, Türk oyuncu. 50 fotoğrafla eğitildi.</p>",
    "pl": "<p>LoRA twarzy {name}, polskiej aktorki. Trenowane na 45 zdjęciach.</p>",
    "th": "<p>โมเดลใบหน้าของ {name} นักแสดงหญิงชาวไทย ใช้น้ำหนัก 0.8</p>",
    "es": "<p>LoRA del rostro de {name}, actor mexicano. Entrenado con 50 fotos.</p>",
}


def latin_diacritics(m: Maker) -> Pair:
    name, ascii_name, gender, lang = m.take("latin")
    line = LANG_LINES[lang if gender == "female" else "es"].format(name=name)
    item = m.civitai(
        name=f"{name} | LoRA",
        description=m.boiler(line),
        tags=["realistic", "woman" if gender == "female" else "man"],
        versions=[{"trained": [ascii_name.lower()]}],
    )
    return item, label(
        item, "public_figure", "latin_diacritics", target=name, gender=gender, aliases=[ascii_name]
    )


def foreign_desc_only(m: Maker) -> Pair:
    p = m.person("female")
    lang = m.pick(["pt", "id", "vi", "tr", "pl", "th"])
    item = m.civitai(
        name=m.pick(["Rosto 03", "Wajah v2", "face_0412"]),
        description=m.boiler(LANG_LINES[lang].format(name=p.full)),
        tags=["realistic"],
        versions=[{"trained": ["rst03"]}],
    )
    return item, label(item, "public_figure", "foreign_desc_only", target=p.full, gender=p.gender)


def world_script(m: Maker) -> Pair:
    script, roman, gender, lang = m.take("world")
    with_roman = m.chance(0.5)
    name = f"{script} / {roman}" if with_roman else script
    pron = "her" if gender == "female" else "his"
    item = m.civitai(
        name=name,
        description=m.boiler(f"<p>{script} — trained on {pron} photos from interviews.</p>"),
        tags=["celebrity", "woman" if gender == "female" else "man"],
        versions=[{"trained": [roman.lower() if with_roman else "wsx"]}],
    )
    return item, label(
        item, "public_figure", "world_script", target=script, gender=gender, aliases=[roman]
    )


def _ea_word(p: Person) -> str:
    return (
        {"zh": "女演员", "ja": "女優", "ko": "여배우"}[p.lang]
        if p.gender == "female"
        else {"zh": "男演员", "ja": "俳優", "ko": "배우"}[p.lang]
    )


def east_asian_script(m: Maker) -> Pair:
    p = m.ea_person()
    sep = m.pick(["", " ", "\u3000", "・" if p.lang == "ja" else ""])
    shown = p.family_script + sep + p.given_script
    item = m.civitai(
        name=m.pick([shown, f"{shown} LoRA", f"【{_ea_word(p)}】{shown}"]),
        description=m.boiler(f"<p>{shown}，{_ea_word(p)}。</p>"),
        tags=(
            {"zh": m.pick([["美女", "明星"], ["女性"]]), "ja": ["女性", "女優"], "ko": ["여자"]}
            if p.gender == "female"
            else {"zh": ["男性", "明星"], "ja": ["男性"], "ko": ["남자", "배우"]}
        )[p.lang]
        + m.pick([["asian"], [], ["realistic"]]),
        versions=[
            {"trained": [m.pick(["xyz", "ea01", "1girl" if p.gender == "female" else "1boy"])]}
        ],
    )
    return item, label(
        item,
        "public_figure",
        "east_asian_script",
        target=p.target,
        gender=p.gender,
        aliases=p.aliases(shown),
    )


def east_asian_family_first(m: Maker) -> Pair:
    p = m.ea_person()
    shown = f"{p.family} {p.given}"
    item = m.civitai(
        name=m.pick(
            [
                f"{shown} (Korean actress)" if p.lang == "ko" and p.gender == "female" else shown,
                f"{shown.upper()} | XL",
                f"{shown} - {_ea_word(p)}",
            ]
        ),
        description=m.boiler(
            f"<p>{shown} ({p.script}). {p.she.capitalize()} is an actor and model.</p>"
        ),
        tags=[p.woman, "asian"],
        versions=[{"trained": [slug(shown, " ")]}],
    )
    return item, label(
        item,
        "public_figure",
        "east_asian_family_first",
        target=p.target,
        gender=p.gender,
        aliases=p.aliases(),
    )


def east_asian_given_first(m: Maker) -> Pair:
    p = m.ea_person()
    item = m.civitai(
        name=f"{p.given} {p.family}",
        description=m.boiler(
            f"<p>{p.given} {p.family} LoRA. Trained on stills from {p.her} dramas.</p>"
        ),
        tags=["actress" if p.gender == "female" else "actor"],
        versions=[{"trained": [f"{p.given.lower()} {p.family.lower()}"]}],
    )
    return item, label(
        item,
        "public_figure",
        "east_asian_given_first",
        target=p.target,
        gender=p.gender,
        aliases=p.aliases(),
    )


def east_asian_run_together(m: Maker) -> Pair:
    p = m.ea_person()
    run = (p.family + p.given).lower().replace("-", "")
    item = m.civitai(
        name=m.pick([f"{run}_v1", f"{run} lora", "asian face v7"]),
        description=m.boiler(f"<p>trigger: {run}</p>"),
        tags=["asian", p.woman],
        versions=[{"trained": [run], "file": f"{run}.safetensors"}],
    )
    return item, label(
        item,
        "public_figure",
        "east_asian_run_together",
        target=p.target,
        gender=p.gender,
        aliases=p.aliases(run),
    )


def east_asian_camel(m: Maker) -> Pair:
    p = m.ea_person()
    cam = m.pick([p.given.replace("-", "") + p.family, p.family + p.given.replace("-", "")])
    cam = cam[0].lower() + cam[1:]
    item = m.civitai(
        name=f"{cam} XL",
        description=m.boiler(f"<p>{cam} — {_ea_word(p)}</p>"),
        tags=["asian", "realistic"],
        versions=[{"trained": [cam], "file": f"{cam}_xl.safetensors"}],
    )
    return item, label(
        item,
        "public_figure",
        "east_asian_camel",
        target=p.target,
        gender=p.gender,
        aliases=p.aliases(cam),
    )


def script_and_roman(m: Maker) -> Pair:
    p = m.ea_person()
    item = m.civitai(
        name=f"{p.script} / {p.family} {p.given}",
        description=m.boiler(f"<p>{p.script}（{p.family} {p.given}）</p>"),
        tags=["女性" if p.gender == "female" else "男性"],
        versions=[{"trained": [f"{p.family.lower()} {p.given.lower()}"]}],
    )
    return item, label(
        item,
        "public_figure",
        "script_and_roman",
        target=p.target,
        gender=p.gender,
        aliases=p.aliases(),
    )


def idol_group(m: Maker) -> Pair:
    p = m.ea_person("ko", "female")
    group = m.pick(m.v["idol_groups"])
    short = p.given.replace("-", "").upper()
    item = m.civitai(
        name=f"{group} {short}",
        description=m.boiler(
            f"<p>{short} of {group} — real name {p.script} ({p.family} {p.given}). 걸그룹 멤버.</p>"
        ),
        tags=["kpop", "idol", "여자"],
        versions=[{"trained": [f"{group.lower()} {short.lower()}"]}],
    )
    return item, label(
        item,
        "public_figure",
        "idol_group",
        target=p.target,
        gender="female",
        aliases=p.aliases(f"{group} {short}"),
    )


MALE_ROLES = ("Agent Lyle", "Inspector Kit")


def role_gender(role: str) -> str:
    """The gender of a role of the vocabularies: an actor plays a role of their own gender."""
    return "male" if role.startswith(MALE_ROLES) else "female"


def cast(m: Maker) -> tuple[str, Person, str, str]:
    """A role, its actor and its show: the same role always has the same actor and show."""
    role = m.take("roles")
    if role not in m.cast:
        show, medium = m.pick(m.v["shows"])
        m.cast[role] = (m.person(role_gender(role)), show, medium)
    p, show, medium = m.cast[role]
    return role, p, show, medium


def live_action_role(m: Maker) -> Pair:
    role, p, show, medium = cast(m)
    where = m.pick(["title", "desc", "trigger"])
    name = f"{role} ({show})" + (f" - {p.full}" if where == "title" else "")
    core = f"<p>{role} from the {medium} <i>{show}</i>.</p>"
    if where == "desc":
        core += f"<p>Played by {p.full}. Trained on stills of the {medium}.</p>"
    trig = slug(p.full, " ") if where == "trigger" else slug(role, " ")
    item = m.civitai(
        name=name,
        description=m.boiler(core),
        tags=[
            "character",
            medium,
            "movie" if medium == "film" else m.pick(["tv show", "live action"]),
        ],
        type_=m.pick(["LORA", "LORA", "Checkpoint", "Hypernetwork"]),
        versions=[{"trained": [trig]}],
    )
    return item, label(item, "public_figure", "live_action_role", target=p.full, gender=p.gender)


def live_action_disclaimer(m: Maker) -> Pair:
    role, p, show, medium = cast(m)
    item = m.civitai(
        name=f"{role} | {show} ({p.full})",
        description=m.boiler(
            f"<p>{role} as played by {p.full}.</p><p><em>Disclaimer: this is "
            f"a fictional character. Any resemblance to real persons is purely "
            f"coincidental.</em></p>"
        ),
        tags=["character", medium],
        versions=[{"trained": [slug(role, " ")]}],
    )
    return item, label(
        item, "public_figure", "live_action_disclaimer", target=p.full, gender=p.gender
    )


def role_film_paren(m: Maker) -> Pair:
    role, fem = m.take("paren_roles")
    show, medium = m.pick(m.v["shows"])
    item = m.civitai(
        name=f"{role} ({show})",
        description=m.boiler(
            f"<p>From the live-action {medium} {show} ({m.rng.randint(2012, 2025)}"
            f"). Screencaps only, {'her' if fem else 'his'} face is "
            f"accurate.</p>"
        ),
        tags=["character", "live action", medium],
        versions=[{"trained": [slug(role, " ")]}],
    )
    return item, label(
        item, "public_figure", "role_film_paren", target=role, gender="female" if fem else "male"
    )


def named_blend(m: Maker) -> Pair:
    a, b = m.person("female"), m.person("female")
    item = m.civitai(
        name=m.pick([f"{a.given} x {b.given} blend", f"{a.family}/{b.family} mix face"]),
        description=m.boiler(
            f"<p>A 50/50 blend of {a.full} and {b.full}. Both actresses, "
            f"merged with the LoRA merge script.</p>"
        ),
        tags=["blend", "woman"],
        versions=[{"trained": ["blendface"]}],
    )
    return item, label(
        item,
        "public_figure",
        "named_blend",
        target=a.full,
        gender="female",
        targets=[a.full, b.full],
    )


def inspired_by(m: Maker) -> Pair:
    p = m.person("female")
    name = m.pick(
        [
            f"{p.family} lookalike",
            f"Inspired by {p.full}",
            f"{p.full} lookalike (not her, just similar)",
        ]
    )
    item = m.civitai(
        name=name,
        description=m.boiler(f"<p>A face that resembles {p.full}, the singer.</p>"),
        tags=["woman"],
        versions=[{"trained": ["lkalike"]}],
    )
    return item, label(item, "public_figure", "inspired_by", target=p.full, gender="female")


def discord_request(m: Maker) -> Pair:
    p = m.person()
    user = m.pick(["frostbyte#0420", "user 'mellowkat'", "@quietstorm"])
    item = m.civitai(
        name=f"{p.full} [request]",
        description=m.boiler(
            f"<p>Request from discord user {user}. {p.full} the "
            f"{'actress' if p.gender == 'female' else 'actor'}.</p>"
        ),
        tags=["celebrity", "request"],
        versions=[{"trained": [slug(p.full, " ")]}],
    )
    return item, label(item, "public_figure", "discord_request", target=p.full, gender=p.gender)


def bounty(m: Maker) -> Pair:
    p = m.person()
    item = m.civitai(
        name=m.pick([f"Bounty entry: {p.full}", f"[Bounty] {p.full} SDXL"]),
        description=m.boiler(
            f"<p>Entry for the bounty asking for a LoRA of {p.full}. "
            f"Dataset: 35 HQ photos of {p.her} face.</p>"
        ),
        tags=["bounty", p.woman],
        versions=[{"trained": [slug(p.full, "")]}],
    )
    return item, label(item, "public_figure", "bounty", target=p.full, gender=p.gender)


def adult_performer(m: Maker) -> Pair:
    p = m.person("female")
    item = m.civitai(
        name=f"{p.full} (pornstar) NSFW",
        description=m.boiler(f"<p>{p.full}, adult film actress. NSFW capable.</p>"),
        tags=["porn star", "nsfw", "woman"],
        versions=[{"trained": [slug(p.full, " ")]}],
        sexual=True,
    )
    return item, label(
        item, "public_figure", "adult_performer", target=p.full, gender="female", sexual=True
    )


def adult_youth_words(m: Maker) -> Pair:
    p = m.ea_person(gender="female")
    age = m.rng.randint(21, 31)
    born = 2024 - age
    shown = m.pick([p.script, f"{p.family} {p.given}"])
    age_text = m.pick(
        [
            f"{age} years old",
            f"born {born}",
            f"{age}歳" if p.lang == "ja" else f"{age}세" if p.lang == "ko" else f"{age}岁",
        ]
    )
    item = m.civitai(
        name=f"{shown} - cute petite {_ea_word(p)}",
        description=m.boiler(
            f"<p>{shown} ({age_text}). Young-looking, kawaii style; photos from "
            f"her school uniform photoshoot (she is an adult model).</p>"
        ),
        tags=["cute", "girl", "asian", "school uniform"],
        versions=[{"trained": [slug(f"{p.family} {p.given}", " ")]}],
    )
    return item, label(
        item,
        "public_figure",
        "adult_youth_words",
        target=p.target,
        gender="female",
        aliases=p.aliases(),
    )


def minor_cue_item(m: Maker) -> Pair:
    p = m.person() if m.chance(0.5) else m.ea_person()
    age = m.rng.randint(12, 16)
    cue = m.pick(
        [
            f"the {age}-year-old figure skater",
            "child actress from a family sitcom",
            f"{age} years old, junior high student",
            f"子役 ({age}歳)"
            if p.lang == "ja"
            else f"童星 {age}岁"
            if p.lang == "zh"
            else f"{age}세 중학생"
            if p.lang == "ko"
            else "teen chess champion",
        ]
    )
    if p.gender == "male" and "actress" in cue:
        cue = cue.replace("actress", "actor")
    shown = p.full if not p.east_asian else p.script
    item = m.civitai(
        name=f"{shown} portrait",
        description=m.boiler(f"<p>{shown}, {cue}. Portraits only.</p>", extra=False),
        tags=["portrait"],
        versions=[{"trained": [slug(p.full, " ")]}],
        minor=m.chance(0.3),
        era=None,
    )
    return item, label(
        item,
        "public_figure",
        "minor_cue",
        target=p.target,
        gender=p.gender,
        aliases=p.aliases(),
        minor=True,
    )


def non_entertainment(m: Maker) -> Pair:
    p = m.person()
    job = m.pick(
        [
            "tennis player",
            "news anchor",
            "city mayor",
            "tech CEO",
            "marathon runner",
            "weather presenter",
        ]
    )
    item = m.civitai(
        name=f"{p.full} ({job})",
        description=m.boiler(f"<p>{p.full}, the {job}. Trained on press photos of {p.her}.</p>"),
        tags=[job.split()[-1], "real person"],
        versions=[{"trained": [slug(p.full, " ")]}],
    )
    return item, label(item, "public_figure", "non_entertainment", target=p.full, gender=p.gender)


def group_likeness(m: Maker) -> Pair:
    group, members = m.take("bands")
    people = [f"{g} {f}" for g, f, _ in members]
    genders = {s for _, _, s in members}
    gender = genders.pop() if len(genders) == 1 else "female"
    kind_word = "band" if "FC" not in group and "Rovers" not in group else "football team"
    lis = "".join(f"<li>{n}</li>" for n in people)
    item = m.civitai(
        name=f"{group} ({kind_word}) - all members",
        description=m.boiler(
            f"<p>The whole {kind_word} in one LoRA. Members:</p><ul>{lis}</ul>"
            f"<p>Use each name as its trigger.</p>"
        ),
        tags=[kind_word.split()[-1], "group"],
        versions=[{"trained": [slug(n, " ") for n in people]}],
    )
    return item, label(
        item, "public_figure", "group_likeness", target=people[0], gender=gender, targets=people
    )


def hashtag_only(m: Maker) -> Pair:
    p = m.person("female")
    tag = "#" + p.given + p.family
    item = m.civitai(
        name="IG girl face (real)",
        description=m.boiler(f"<p>The face everyone keeps posting 😍 {tag} #fyp #actress</p>"),
        tags=["woman", "realistic"],
        versions=[{"trained": ["igface"]}],
    )
    return item, label(
        item,
        "public_figure",
        "hashtag_only",
        target=p.full,
        gender="female",
        aliases=[p.given + p.family],
    )


def person_pack(m: Maker) -> Pair:
    people = [m.person("female") for _ in range(3)]
    item = m.civitai(
        name=m.pick(["Weather Girls Pack", "News Anchors pack (3 in 1)"]),
        description=m.boiler("<p>One presenter per version. Pick the version you need.</p>"),
        tags=["news anchor", "woman"],
        versions=[{"name": p.full, "trained": [slug(p.full, " ")]} for p in people],
    )
    names = [p.full for p in people]
    return item, label(
        item, "public_figure", "person_pack", target=names[0], gender="female", targets=names
    )


def obfuscated(m: Maker) -> Pair:
    p = m.person("female")
    bent = m.pick(
        [
            " ".join(p.full.replace(" ", "")),
            p.full.replace("a", "4").replace("e", "3"),
            f"{p.given[:3]}-{p.given[3:]} {p.family}",
        ]
    )
    item = m.civitai(
        name=f"{bent} (actress)",
        description=m.boiler(
            f"<p>{bent} — you know who 🤫 (name changed so it doesn't get removed)</p>"
        ),
        tags=["actress", "woman"],
        versions=[{"trained": [slug(bent, "")]}],
    )
    return item, label(
        item, "public_figure", "obfuscated", target=p.full, gender="female", aliases=[bent]
    )


def flagged_2025(m: Maker) -> Pair:
    p = m.person()
    item = m.civitai(
        name=f"{p.given} {p.family[0]}. ({m.pick(['XL', 'Flux', 'Pony'])})",
        description=m.boiler(f"<p>Requested by many. {p.given} {p.family}, the singer.</p>"),
        tags=["woman" if p.gender == "female" else "man"],
        versions=[{"trained": [p.given.lower()], "availability": "EarlyAccess"}],
        poi=True,
        era="2025",
    )
    return item, label(item, "public_figure", "flagged_2025", target=p.full, gender=p.gender)


def hf_slug(m: Maker) -> Pair:
    p = m.ea_person() if m.chance(0.3) else m.person()
    order = f"{p.family} {p.given}" if p.east_asian and m.chance(0.5) else p.full
    repo = slug(order, "-") + m.pick(["-flux-lora", "-lora", "-sdxl", "_v2", ""])
    sexual = not p.east_asian and m.chance(0.15)
    trig = slug(order, "")
    item = m.hf(
        repo=repo,
        instance=f"{trig} {p.woman}",
        widgets=[f"photo of {trig} {p.woman}, {m.pick(m.c['sfw_prompts'])}"],
        sexual=sexual,
    )
    return item, label(
        item,
        "public_figure",
        "hf_slug",
        target=p.target,
        gender=p.gender,
        aliases=p.aliases(trig, slug(order, "-")),
        sexual=sexual,
    )


def hf_yaml_card(m: Maker) -> Pair:
    p = m.person() if m.chance(0.6) else m.ea_person()
    shown = p.full if not p.east_asian else f"{p.family} {p.given}"
    where = m.pick(["instance", "widget"])
    prompts = [m.pick(m.c["sfw_prompts"]), m.pick(m.c["sfw_prompts"])]
    if where == "widget":
        prompts.insert(1, f"a photo of {shown}, {m.pick(m.c['sfw_prompts'])}")
    card = {
        "language": ["en"],
        "pipeline_tag": "text-to-image",
        "inference": True,
        "datasets": [],
        "library_name": "diffusers",
    }
    item = m.hf(
        repo=m.pick(["portrait-lora-v3", "flux-face-rank16", "lora-0417-final", "xl-person-test"]),
        instance=f"{shown}" if where == "instance" else "p3rs0n",
        widgets=prompts,
        card=card,
    )
    return item, label(
        item, "public_figure", "hf_yaml_card", target=p.target, gender=p.gender, aliases=p.aliases()
    )


def east_asian_english_name(m: Maker) -> Pair:
    p = m.ea_person(lang=m.pick(["zh", "zh", "ko"]), gender="female")
    english = m.pick(["Cherry", "Vivian", "Kimi", "Joanne", "Gigi", "Sunny"])
    shown = m.pick([f"{english} {p.family} {p.given}", f"{p.family} {p.given} ({english})"])
    item = m.civitai(
        name=f"{shown} | {p.script}",
        description=m.boiler(f"<p>{english} {p.family}, {_ea_word(p)} / singer. {p.script}</p>"),
        tags=["asian", "actress", "女性"],
        versions=[{"trained": [f"{english.lower()} {p.family.lower()}"]}],
    )
    return item, label(
        item,
        "public_figure",
        "east_asian_english_name",
        target=p.target,
        gender="female",
        aliases=p.aliases(f"{english} {p.family}"),
    )


def kdrama_role(m: Maker) -> Pair:
    p = m.ea_person(lang=m.pick(["ko", "ko", "zh", "ja"]))
    role = m.pick(
        ["Crown Princess Yeon", "Secretary Han", "Doctor Seo", "Lady Mei of Jinling"]
        if p.gender == "female"
        else ["Crown Prince Yi-hwan", "Secretary Han", "Doctor Seo", "Officer Kaji"]
    )
    show = m.pick(["Moonlit Palace", "Hanseong Nights", "Office of Lost Letters"])
    drama = {"ko": "드라마", "zh": "电视剧", "ja": "ドラマ"}[p.lang]
    kind = {"ko": "K-drama", "zh": "C-drama", "ja": "J-drama"}[p.lang]
    item = m.civitai(
        name=f"{role} ({show}) {drama}",
        description=m.boiler(
            f"<p>{role} from the {kind} <b>{show}</b>. {drama}: {p.script} ({_ea_word(p)}).</p>"
        ),
        tags=["character", "drama", "tv series"],
        versions=[{"trained": [slug(role, " ")]}],
    )
    return item, label(
        item, "public_figure", "kdrama_role", target=p.target, gender=p.gender, aliases=p.aliases()
    )


def adult_youth_words_western(m: Maker) -> Pair:
    p = m.person("female")
    age = m.rng.randint(20, 29)
    item = m.civitai(
        name=f"{p.full} - petite cute model",
        description=m.boiler(
            f"<p>{p.full} ({age} years old), petite fashion model with a young, "
            f"cute face. Photos from her college-uniform shoot.</p>"
        ),
        tags=["petite", "cute", "model"],
        versions=[{"trained": [slug(p.full, " ")]}],
    )
    return item, label(
        item, "public_figure", "adult_youth_words_western", target=p.full, gender="female"
    )


def version_desc_only(m: Maker) -> Pair:
    p = m.person()
    versions = [
        {"name": "v1", "trained": ["vx9"], "desc": "<p>first try, 20 imgs</p>"},
        {
            "name": "v2",
            "trained": ["vx9"],
            "desc": f"<p>v2: added 30 more photos of "
            f"{p.given} {p.family} from the {m.rng.randint(2015, 2024)} premiere</p>",
        },
    ]
    item = m.civitai(
        name=m.pick(["VX9 face", "premiere face XL"]),
        description=m.boiler("<p>See version notes.</p>"),
        tags=["realistic"],
        versions=versions,
    )
    return item, label(item, "public_figure", "version_desc_only", target=p.full, gender=p.gender)


def dreambooth_checkpoint(m: Maker) -> Pair:
    p = m.person()
    item = m.civitai(
        name=f"{p.full} Dreambooth",
        description=m.boiler(
            f"<p>Full Dreambooth fine-tune on {p.full}, the "
            f"{'actress' if p.gender == 'female' else 'actor'}. Token: "
            f"{slug(p.full, '')} {p.woman}. VAE included.</p>"
        ),
        tags=["dreambooth", "celebrity"],
        type_="Checkpoint",
        versions=[{"trained": [f"{slug(p.full, '')} {p.woman}"]}],
        extras=m.pick([("vae",), ("yaml",), ("vae", "yaml")]),
    )
    return item, label(
        item, "public_figure", "dreambooth_checkpoint", target=p.full, gender=p.gender
    )


def hf_civitai_mirror(m: Maker) -> Pair:
    p = m.person() if m.chance(0.7) else m.ea_person()
    shown = p.full if not p.east_asian else f"{p.family} {p.given}"
    civitai_id = m.rng.randint(100000, 1900000)
    card = {
        "civitai_model_id": civitai_id,
        "civitai_name": f"{shown} - {m.pick(['SDXL', 'Flux', 'Pony'])} LoRA",
        "trigger_words": [slug(shown, " "), p.woman],
    }
    item = m.hf(
        repo=f"civitai-{civitai_id}",
        instance=slug(shown, " "),
        widgets=[],
        card=card,
        author="civit-mirror-77",
    )
    return item, label(
        item,
        "public_figure",
        "hf_civitai_mirror",
        target=p.target,
        gender=p.gender,
        aliases=p.aliases(),
    )


def hf_private(m: Maker) -> Pair:
    first = m.pick(m.v["female_first"])
    who = m.pick([("my-wife", None), ("gf", first), (f"{first.lower()}-irl", first)])
    item = m.hf(
        repo=f"{who[0]}-lora"
        if who[1] is None
        else f"{who[0]}-{first.lower()}-lora"
        if who[0] == "gf"
        else f"{who[0]}-lora",
        instance=f"photo of {first.lower()} woman" if who[1] else "photo of sks woman",
        widgets=[
            "photo of sks woman at the beach"
            if who[1] is None
            else f"{first.lower()} woman in our kitchen, phone photo"
        ],
    )
    return item, label(item, "private_person", "hf_private", target=who[1], gender="female")


# ---------------------------------------------------------------- online creators
def creator_handle(m: Maker) -> Pair:
    h = m.take("handles")
    followers = m.pick(["1.2M", "340k", "89k", "2.4M"])
    sexual = m.chance(0.25)
    plat = m.pick(["Instagram", "TikTok", "Twitch", "YouTube"]) if not sexual else "OnlyFans"
    item = m.civitai(
        name=m.pick([f"@{h}", f"{h} ({plat} model)", f"{h} | {plat}"]),
        description=m.boiler(
            f"<p>{plat} girl @{h} ({followers} followers). Trained on her posts.</p>"
        ),
        tags=["instagram" if plat == "Instagram" else plat.lower(), "woman", "influencer"],
        versions=[{"trained": [h.replace(".", "")]}],
        sexual=sexual,
    )
    return item, label(
        item,
        "online_creator",
        "creator_handle",
        target=h,
        gender="female",
        aliases=["@" + h],
        sexual=sexual,
    )


def handle_filename(m: Maker) -> Pair:
    h = m.take("handles")
    file = f"{h.replace('.', '_')}_v2.safetensors"
    item = m.civitai(
        name=m.pick(["cosplayer lora v2", "e-girl face (real)", "insta model #3"]),
        description=m.boiler("<p>she does cosplay and streams, you'll recognise her 😉</p>"),
        tags=["cosplay", "woman"],
        versions=[{"trained": ["cspl"], "file": file}],
    )
    return item, label(
        item,
        "online_creator",
        "handle_filename",
        target=h,
        gender="female",
        aliases=[h.replace(".", "_")],
    )


def handle_with_name(m: Maker) -> Pair:
    p = m.person()
    h = m.take("handles")
    item = m.civitai(
        name=f"{p.full} (@{h})",
        description=m.boiler(f"<p>YouTuber {p.full}, aka @{h} on socials.</p>"),
        tags=["youtuber", p.woman],
        versions=[{"trained": [h.replace(".", "")]}],
    )
    return item, label(
        item,
        "online_creator",
        "handle_with_name",
        target=p.full,
        gender=p.gender,
        aliases=["@" + h, h],
    )


def east_asian_creator(m: Maker) -> Pair:
    p = m.ea_person(gender="female")
    plat = {"zh": "抖音博主", "ja": "コスプレイヤー", "ko": "인플루언서"}[p.lang]
    item = m.civitai(
        name=f"{p.script} {plat}",
        description=m.boiler(f"<p>{p.script}，{plat}。粉丝 80万。</p>"),
        tags=["asian", "influencer", "美女"],
        versions=[{"trained": [slug(p.family + p.given, "")]}],
    )
    return item, label(
        item,
        "online_creator",
        "east_asian_creator",
        target=p.target,
        gender="female",
        aliases=p.aliases(),
    )


def cosplayer_character(m: Maker) -> Pair:
    h = m.take("handles")
    char, _ = m.take("anime_chars")
    franchise = m.pick(m.v["franchises"])
    item = m.civitai(
        name=f"{char} cosplay by {h}",
        description=m.boiler(
            f"<p>Cosplayer {h} as {char} ({franchise}). Real photos from her "
            f"photoshoot, her face, not the anime one.</p>"
        ),
        tags=["character", "anime", "cosplay"],
        versions=[{"trained": [slug(char, " "), h.replace(".", "")]}],
    )
    return item, label(
        item, "online_creator", "cosplayer_character", target=h, gender="female", aliases=["@" + h]
    )


def hf_creator(m: Maker) -> Pair:
    h = m.take("handles")
    repo = h.replace(".", "-").replace("_", "-") + "-lora"
    item = m.hf(
        repo=repo, instance=f"{h} woman", widgets=[f"{h} woman, selfie in a cafe, iphone photo"]
    )
    return item, label(
        item,
        "online_creator",
        "hf_creator",
        target=h,
        gender="female",
        aliases=[repo, h.replace(".", "-").replace("_", "-")],
    )


# ---------------------------------------------------------------- private people
def private(m: Maker) -> Pair:
    first = m.pick(m.v["female_first"])
    mfirst = m.pick(m.v["male_first"])
    ini = f"{first[0]}{m.pick('BDGKLMNRST')}"
    options: list[tuple[str, str, str | None, str]] = [
        (
            "my gf lora",
            f"<p>Trained on photos of my girlfriend {first} (she said ok).</p>",
            first,
            "female",
        ),
        (
            "wife_v3",
            "<p>my wife, 40 pics from our holidays. personal use only.</p>",
            None,
            "female",
        ),
        (f"{first} irl", f"<p>{first} irl, a classmate from uni. 25 photos.</p>", first, "female"),
        (
            "coworker face",
            f"<p>My coworker {first} (she agreed, it's a joke for her b-day).</p>",
            first,
            "female",
        ),
        (
            f"my friend {first}",
            f"<p>my friend {first}, trained on her insta pics</p>",
            first,
            "female",
        ),
        (
            "commission #112",
            f"<p>Commission: my client's photos of {ini} (her face). Private client work.</p>",
            ini,
            "female",
        ),
        (
            "sister lora",
            f"<p>photos of my sister {first}, for a birthday card.</p>",
            first,
            "female",
        ),
        (
            "In memory of mom",
            "<p>Made from old photos of my mother. Miss you every day.</p>",
            None,
            "female",
        ),
        (
            "husband lora",
            f"<p>my husband {mfirst}, 30 photos. He wanted to be an astronaut.</p>",
            mfirst,
            "male",
        ),
        (
            f"{mfirst} (me)",
            f"<p>This is me, {mfirst}. Trained on my own selfies.</p>",
            mfirst,
            "male",
        ),
    ]
    name, core, target, gender = m.pick(options)
    item = m.civitai(
        name=name,
        description=m.boiler(core),
        tags=m.pick([["person"], [], ["woman" if gender == "female" else "man"]]),
        versions=[{"trained": [slug(target or "sks person", "")]}],
    )
    return item, label(item, "private_person", "private", target=target, gender=gender)


def private_unknown(m: Maker) -> Pair:
    item = m.civitai(
        name=m.pick(["partner_lora", "roommate (real person)"]),
        description=m.boiler("<p>my partner, trained on their photos. they consented.</p>"),
        tags=["person"],
        versions=[{"trained": ["sks person"]}],
    )
    return item, label(item, "private_person", "private_unknown", target=None, gender="unknown")


# ================================================================ hard negatives
def _neg(
    m: Maker,
    kind: str,
    shape: str,
    *,
    name: str,
    core: str,
    tags: list[str],
    trained: list[str] = (),
    type_: str = "LORA",
    sexual: bool = False,  # type: ignore[assignment]
    extras: tuple[str, ...] = (),
    file: str | None = None,
    poi: bool = False,
) -> Pair:
    item = m.civitai(
        name=name,
        description=m.boiler(core),
        tags=tags,
        type_=type_,
        versions=[{"trained": list(trained), "file": file}],
        sexual=sexual,
        extras=extras,
        poi=poi,
    )
    return item, label(item, kind, shape, sexual=sexual)


def anime_character(m: Maker) -> Pair:
    char, script = m.take("anime_chars")
    fr = m.pick(m.v["franchises"])
    sexual = m.chance(0.2)
    return _neg(
        m,
        "character_anime",
        "anime_character",
        name=m.pick([f"{char} ({fr})", f"{script}/{char} | {fr}", f"{char} - {fr} LoRA"]),
        core=f"<p>{char} from the anime {fr}. Outfits: school uniform, casual.</p>",
        tags=["anime", "character", "girl", slug(fr, " ")],
        trained=[slug(char, " "), "twintails"],
        sexual=sexual,
    )


def anime_no_tag(m: Maker) -> Pair:
    char, _ = m.take("anime_chars")
    fr = m.pick(m.v["franchises"])
    return _neg(
        m,
        "character_anime",
        "anime_no_tag",
        name=char,
        core=f"<p>{char} ({fr}). works with anime checkpoints</p>",
        tags=m.pick([["anime"], ["girl"], []]),
        trained=[slug(char, "")],
    )


def anime_script_name(m: Maker) -> Pair:
    char, script = m.take("anime_chars")
    fr = m.pick(m.v["franchises"])
    return _neg(
        m,
        "character_anime",
        "anime_script_name",
        name=f"{script}【{fr}】",
        core=f"<p>{script}（{fr}）のキャラクターLoRAです。</p>",
        tags=["anime", "character"],
        trained=[script],
    )


def hf_anime_character(m: Maker) -> Pair:
    char, _ = m.take("anime_chars")
    fr = m.pick(m.v["franchises"])
    item = m.hf(
        repo=slug(char, "-") + "-" + slug(fr, "-") + "-illustrious",
        instance=f"{slug(char, '_')}, anime",
        widgets=[f"1girl, {slug(char, '_')}, {slug(fr, '_')}, anime screencap"],
        extra_tags=["anime"],
    )
    return item, label(item, "character_anime", "hf_anime_character")


def vtuber(m: Maker) -> Pair:
    name = m.take("vtubers")
    return _neg(
        m,
        "character_vtuber",
        "vtuber",
        name=f"{name} [VTuber]",
        core=f"<p>{name}, virtual youtuber, Live2D model outfit.</p>",
        tags=["vtuber", "character", "virtual youtuber"],
        trained=[slug(name, " ")],
    )


def western_character(m: Maker) -> Pair:
    name = m.take("western_chars")
    return _neg(
        m,
        "character_western",
        "western_character",
        name=name,
        core=f"<p>{name.split(' (')[0]}, drawn character. Comic/game style.</p>",
        tags=[
            "character",
            "cartoon" if "cartoon" in name else "comics" if "comic" in name else "video game",
        ],
        trained=[slug(name.split(" (")[0], " ")],
    )


def painter_style(m: Maker) -> Pair:
    name = m.take("painters")
    return _neg(
        m,
        "artist_style",
        "painter_style",
        name=m.pick(
            [f"{name} style", f"In the style of {name}", f"{name.split()[-1]} Oil Painting Style"]
        ),
        core=f"<p>Emulates the brushwork of the painter {name}. Landscapes and portraits.</p>",
        tags=["style", "painting", "art"],
        trained=["oilpaint style"],
    )


def photographer_style(m: Maker) -> Pair:
    name = m.take("photographers")
    return _neg(
        m,
        "artist_style",
        "photographer_style",
        name=f"{name} photography style",
        core=f"<p>Moody analog look inspired by photographer {name}. Not a face LoRA.</p>",
        tags=["style", "photography"],
        trained=[f"{slug(name, '')} style"],
    )


def credit_name(m: Maker) -> Pair:
    p = m.person()
    return _neg(
        m,
        "artist_style",
        "credit_name",
        name=m.pick(["Cyber Neon Style", "Watercolor Dream", "Ink Wash Landscapes"]),
        core=f"<p>Trained and released by {p.full} (that's me!). Follow me for more styles.</p>",
        tags=["style"],
        trained=["neon style"],
    )


def checkpoint(m: Maker) -> Pair:
    name = m.take("checkpoints")
    sexual = m.chance(0.3)
    return _neg(
        m,
        "checkpoint_realistic",
        "checkpoint",
        name=f"{name} v{m.rng.randint(2, 9)}",
        core="<p>Photorealistic checkpoint: skin texture, natural light, beautiful "
        "women and men.</p>",
        tags=["photorealistic", "base model", "woman"],
        type_="Checkpoint",
        sexual=sexual,
        extras=m.pick([("vae",), ("yaml",), ()]),
    )


def checkpoint_merge(m: Maker) -> Pair:
    a, b = m.pick(m.v["checkpoints"]), m.pick(V.COMMON["uploaders"])
    return _neg(
        m,
        "checkpoint_realistic",
        "checkpoint_merge",
        name=f"{a.split()[0]}{m.pick(['Blend', 'Fusion', 'Mix'])} {m.rng.randint(1, 5)}",
        core=f"<p>Recipe: {a} 0.6 + {b}'s PhotoBase 0.4 (add difference), baked VAE.</p>",
        tags=["photorealistic", "merge"],
        type_="Checkpoint",
        extras=("vae",),
        poi=m.chance(0.2),
    )


def person_named_checkpoint(m: Maker) -> Pair:
    first = m.pick(m.v["female_first"])
    return _neg(
        m,
        "checkpoint_realistic",
        "person_named_checkpoint",
        name=f"{first}Mix v{m.rng.randint(1, 6)}",
        core=f"<p>{first}Mix is a general realistic model named after my cat. Good for "
        f"portraits and landscapes.</p>",
        tags=["photorealistic", "base model"],
        type_="Checkpoint",
        extras=m.pick([("vae",), ()]),
    )


def hf_checkpoint(m: Maker) -> Pair:
    name = m.pick(m.v["checkpoints"])
    item = m.hf(
        repo=slug(name, "-") + "-diffusers",
        instance=None,
        widgets=["a photo of a woman in a red coat, street, 35mm"],
        files=["model_index.json", "unet/diffusion_pytorch_model.safetensors"],
    )
    item["tags"] = [t for t in item["tags"] if t not in ("lora", "template:sd-lora")]
    return item, label(item, "checkpoint_realistic", "hf_checkpoint")


def clothing(m: Maker) -> Pair:
    what = m.pick(
        [
            "Hanbok (modern)",
            "Qipao / Cheongsam",
            "Idol stage outfit",
            "Lace lingerie set",
            "Office suit",
            "Tennis dress",
            "Kimono yukata",
        ]
    )
    sexual = "lingerie" in what.lower()
    return _neg(
        m,
        "clothing",
        "clothing",
        name=what,
        core=f"<p>{what} LoRA. Any character.</p>",
        tags=["clothing", "outfit"],
        trained=[slug(what, " ")],
        sexual=sexual,
    )


def celebrity_concept(m: Maker) -> Pair:
    what = m.pick(
        [
            "Celebrity Red Carpet",
            "Award Show Backstage",
            "Famous Selfie With Fans",
            "Magazine Cover Layout",
        ]
    )
    return _neg(
        m,
        "concept",
        "celebrity_concept",
        name=what,
        core="<p>Makes any character look like a celebrity at an event. No real people inside.</p>",
        tags=["celebrity", "concept"],
        trained=[slug(what, " ")],
    )


def instagram_filter(m: Maker) -> Pair:
    return _neg(
        m,
        "concept",
        "instagram_filter",
        name=m.pick(["Instagram Filter", "Insta Glow Filter", "VSCO A6 look"]),
        core="<p>Adds that instagram filter look: warm tones, soft skin.</p>",
        tags=["instagram", "photo filter", "style"],
        trained=["instafilter"],
    )


def lighting_pose(m: Maker) -> Pair:
    what = m.pick(
        [
            "Rembrandt Lighting",
            "Neon Rim Light",
            "Hand On Hip Pose",
            "Looking Over Shoulder",
            "Golden Hour Backlight",
        ]
    )
    return _neg(
        m,
        "concept",
        "lighting_pose",
        name=what,
        core=f"<p>{what}. Weight 0.6.</p>",
        tags=["concept", "lighting" if "Light" in what else "pose"],
    )


def historical_myth(m: Maker) -> Pair:
    what = m.pick(
        [
            "Tudor Queen Costume",
            "Edo Period Courtesan Style",
            "Greek Goddess Athena Portrait",
            "Viking Shieldmaiden",
            "Egyptian Pharaoh Look",
            "Freya Norse Goddess",
        ]
    )
    return _neg(
        m,
        "concept",
        "historical_myth",
        name=what,
        core="<p>Historical / mythological costume concept. Any face.</p>",
        tags=["historical", "costume"],
    )


def place_name(m: Maker) -> Pair:
    what = m.take("places")
    return _neg(
        m,
        "concept",
        "place_name",
        name=what,
        core=f"<p>{what} background and atmosphere. Great for travel photos.</p>",
        tags=["background", "city", "photography"],
        trained=[slug(what, " ")],
    )


def brand_name(m: Maker) -> Pair:
    what = m.take("brands")
    return _neg(
        m,
        "concept",
        "brand_name",
        name=what,
        core=f"<p>{what}, detailed and accurate.</p>",
        tags=["vehicle" if "Gown" not in what and "Jacket" not in what else "clothing", "object"],
        trained=[slug(what, " ")],
    )


def pet_named(m: Maker) -> Pair:
    name, animal = m.take("pets")
    core = f"<p>My {animal} {name}! 20 photos of the floof 🐾</p>"
    if m.chance(0.5):
        star = m.person()
        core += f"<p>(named after {star.full}, my favourite actor lol)</p>"
    return _neg(
        m,
        "concept",
        "pet_named",
        name=f"{name} ({animal})",
        core=core,
        tags=[animal, "animal", "pet"],
        trained=[slug(name, "")],
    )


def poem_title(m: Maker) -> Pair:
    what = m.take("poems")
    return _neg(
        m,
        "concept",
        "poem_title",
        name=f"{what} - poem illustration style",
        core=f"<p>Inspired by the old poem <i>{what}</i>. Melancholic pastel style.</p>",
        tags=["style", "poetry"],
    )


def cgi_creature(m: Maker) -> Pair:
    show, medium = m.pick(m.v["shows"])
    beast = m.pick(["Gorvax the Swamp Wyrm", "Mister Bramblehide", "The Lantern Moth"])
    return _neg(
        m,
        "character_western",
        "cgi_creature",
        name=f"{beast} ({show})",
        core=f"<p>The CGI creature from the {medium} {show}. Not human.</p>",
        tags=["character", "creature", "monster"],
    )


def nsfw_concept(m: Maker) -> Pair:
    what = m.pick(["Boudoir Photoshoot", "Topless Beach Concept", "Nude Art Study"])
    return _neg(
        m,
        "concept",
        "nsfw_concept",
        name=what,
        core="<p>NSFW concept, any character.</p>",
        tags=["nsfw", "concept"],
        sexual=True,
    )


def paparazzi(m: Maker) -> Pair:
    return _neg(
        m,
        "concept",
        "paparazzi",
        name=m.pick(["Paparazzi Shot", "Candid Street Paparazzi", "Caught by Paparazzi"]),
        core="<p>Flash photography, grainy telephoto look, like tabloid photos of "
        "famous people.</p>",
        tags=["photography", "concept", "celebrity"],
    )


def hf_concept(m: Maker) -> Pair:
    what = m.pick(["film-grain", "polaroid-look", "ccd-camera-flash", "y2k-photo"])
    item = m.hf(
        repo=f"{what}-flux-lora",
        instance=f"{what.replace('-', ' ')} style",
        widgets=[f"{what.replace('-', ' ')} style, woman in a kitchen"],
    )
    return item, label(item, "concept", "hf_concept")


def consistent_character(m: Maker) -> Pair:
    p = m.person("female")
    return _neg(
        m,
        "consistent_character",
        "consistent_character",
        name=f"{p.given} - consistent character",
        core=f"<p>{p.given} is an original consistent character I made from mixed AI "
        f"faces for my comic. She does not exist.</p>",
        tags=["character", "original character", "woman"],
        trained=[p.given.lower()],
    )


def ai_influencer(m: Maker) -> Pair:
    name, handle = m.take("ai_personas")
    age = m.rng.randint(22, 29)
    return _neg(
        m,
        "consistent_character",
        "ai_influencer",
        name=f"{name} | AI influencer",
        core=f"<p>{name} ({handle}) is a fully AI-generated influencer, {age}, lives in "
        f"Lisbon, loves surfing. Not a real person; every photo is generated.</p>",
        tags=["ai influencer", "woman", "consistent character"],
        trained=[slug(name, "")],
    )


def fiction_disclaimer(m: Maker) -> Pair:
    p = m.person("female")
    return _neg(
        m,
        "consistent_character",
        "fiction_disclaimer",
        name=f"{p.full} (OC)",
        core=f"<p>{p.full} is my original character for a novel. Fictional; any "
        f"resemblance to real persons is coincidental.</p>",
        tags=["original character", "oc"],
        trained=[slug(p.full, " ")],
    )


def ai_persona_script(m: Maker) -> Pair:
    p = m.ea_person(gender="female")
    shown = p.family_script + p.given_script
    return _neg(
        m,
        "consistent_character",
        "ai_persona_script",
        name=f"{shown}（AIモデル）" if p.lang == "ja" else f"{shown} AI虚拟模特",
        core=f"<p>{shown} は実在しない AI グラビアモデルです。Not a real person.</p>",
        tags=["ai model", "asian", "consistent character"],
    )


def doll_likeness(m: Maker) -> Pair:
    what = m.pick(
        [
            "Korean Doll Likeness",
            "Japanese Doll Likeness",
            "Taiwan Doll Likeness",
            "Euro Doll Likeness",
            "Thai Doll Likeness",
        ]
    )
    return _neg(
        m,
        "doll_likeness",
        "doll_likeness",
        name=what,
        core="<p>Pretty doll-like faces, mixed from many. Use weight 0.3-0.5.</p>",
        tags=["doll", "face", "woman"],
    )


def ethnic_look(m: Maker) -> Pair:
    what = m.pick(
        [
            "Slavic Beauty",
            "Nordic Face Mix",
            "Latina Look",
            "Filipina Beauty",
            "Ethiopian Beauty",
            "Persian Features",
        ]
    )
    return _neg(
        m,
        "ethnic_look",
        "ethnic_look",
        name=what,
        core="<p>Gives a general ethnic look, not any specific person.</p>",
        tags=["ethnicity", "woman", "face"],
    )


def generic_face(m: Maker) -> Pair:
    what = m.pick(
        [
            "Beautiful Woman Face",
            "Perfect Face v3",
            "Pretty Girl Next Door",
            "Handsome Man Face",
            "Average Face (realistic)",
            "Supermodel Face",
        ]
    )
    return _neg(
        m,
        "generic_face",
        "generic_face",
        name=what,
        core="<p>Improves faces. Not trained on any particular person.</p>",
        tags=m.pick([["face", "woman"], ["celebrity", "face"], ["beautiful"]]),
    )


def bare_woman_tags(m: Maker) -> Pair:
    return _neg(
        m,
        "generic_face",
        "bare_woman_tags",
        name=m.pick(["emb_w01", "girl2", "fw-23"]),
        core="",
        tags=["girl", "woman"],
        type_=m.pick(["TextualInversion", "LORA"]),
    )


def blend_unnamed(m: Maker) -> Pair:
    return _neg(
        m,
        "blend_unnamed",
        "blend_unnamed",
        name=m.pick(["Mixed Face Blend #4", "Random Blend Woman", "Face Mixer XL"]),
        core="<p>Blended from several faces, unrecognisable on purpose.</p>",
        tags=["blend", "face"],
    )


def nonexistent_person(m: Maker) -> Pair:
    return _neg(
        m,
        "nonexistent_person",
        "nonexistent_person",
        name=m.pick(["This Person Does Not Exist", "TPDNE faces", "Nobody (fake person)"]),
        core="<p>Faces of people who do not exist, from GAN samples.</p>",
        tags=["face", "synthetic"],
    )


def tool(m: Maker) -> Pair:
    what = m.pick(
        [
            "Detail Tweaker",
            "Negative Embedding: bad-hands-9",
            "Skin Texture Slider",
            "4x Upscaler",
            "Clarity VAE",
        ]
    )
    return _neg(
        m,
        "tool",
        "tool",
        name=what,
        core="<p>A utility. Use in the negative prompt or as a slider.</p>",
        tags=["tool", "utility"],
        type_=m.pick(["LORA", "TextualInversion", "VAE", "Upscaler"]),
    )


def body_slider(m: Maker) -> Pair:
    what = m.pick(["Curvy Slider", "Muscle Slider", "Freckles Slider", "Height Slider"])
    return _neg(
        m,
        "body_type",
        "body_slider",
        name=what,
        core="<p>Slider, -2 to 2.</p>",
        tags=["slider", "body"],
    )


def anime_irl(m: Maker) -> Pair:
    char, _ = m.take("anime_chars")
    fr = m.pick(m.v["franchises"])
    return _neg(
        m,
        "character_anime",
        "anime_irl",
        name=m.pick([f"{char} IRL (realistic)", f"Anime to IRL: {char}"]),
        core=f"<p>Realistic version of {char} from {fr}. What she would look like in "
        f"real life. Drawn character, no real person.</p>",
        tags=["anime", "character", "realistic"],
        trained=[slug(char, " ")],
    )


def game_npc(m: Maker) -> Pair:
    npc = m.pick(["Innkeeper Marta Holloway", "Blacksmith Dagr Ulfsson", "Merchant Oona Pell"])
    game = m.pick(m.v["franchises"])
    return _neg(
        m,
        "character_western",
        "game_npc",
        name=f"{npc} ({game} NPC)",
        core=f"<p>The NPC from the game {game}. Low-poly look included.</p>",
        tags=["video game", "character"],
        trained=[slug(npc, " ")],
    )


def team_kit(m: Maker) -> Pair:
    team = m.pick(["FC Orskavell", "Morvescu Rovers", "Harbour City United"])
    return _neg(
        m,
        "clothing",
        "team_kit",
        name=f"{team} {m.rng.randint(2019, 2025)} home kit",
        core=f"<p>The {team} football shirt and shorts. Works on any character.</p>",
        tags=["clothing", "sports", "jersey"],
        trained=[f"{slug(team, ' ')} kit"],
    )


def band_cover_style(m: Maker) -> Pair:
    band = m.pick(["Velvet Comet", "Paper Lanterns", "The Glass Owls"])
    return _neg(
        m,
        "concept",
        "band_cover_style",
        name=f"{band} album cover style",
        core=f"<p>Recreates the look of {band}'s album covers: collage, grain, neon "
        f"type. No band members inside.</p>",
        tags=["style", "album cover"],
    )


def ai_girlfriend(m: Maker) -> Pair:
    first = m.pick(m.v["female_first"])
    return _neg(
        m,
        "consistent_character",
        "ai_girlfriend",
        name=f"{first} - AI girlfriend",
        core=f"<p>{first} is a virtual girlfriend character I generated. Same face every "
        f"time. She is not real and not based on anyone.</p>",
        tags=["ai girlfriend", "consistent character", "woman"],
        trained=[f"{first.lower()}_ai"],
    )


def ordinary_word_concept(m: Maker) -> Pair:
    words = [w for pair in m.v["word_names"] for w in pair]
    a, b = m.pick(words), m.pick(words)
    what = m.pick([f"{a} Texture Pack", f"{a} & {b} Wreath", f"{b} Effect", f"{a} Bokeh"])
    return _neg(
        m,
        "concept",
        "ordinary_word_concept",
        name=what,
        core=f"<p>{what}: an effect for backgrounds and props.</p>",
        tags=["concept", "effect"],
        trained=[slug(what, " ")],
    )


def celebrity_mention(m: Maker) -> Pair:
    star = m.person("female")
    what = m.pick(["Gala Gown", "Velvet Tuxedo Dress", "Sequin Red Carpet Dress"])
    return _neg(
        m,
        "clothing",
        "celebrity_mention",
        name=f"{what} (as worn at the {m.rng.randint(2015, 2024)} gala)",
        core=f"<p>The dress {star.full} wore at the gala. Only the dress is trained, no "
        f"face; works on any character.</p>",
        tags=["clothing", "dress", "celebrity"],
        trained=[slug(what, " ")],
    )


# ================================================================ the mix
# (template, dev6 count, hold6 count)
POSITIVE_TEMPLATES: list[tuple[Template, int, int]] = [
    (title_name, 10, 9),
    (desc_only, 5, 5),
    (trigger_only, 4, 4),
    (trained_words_multi, 5, 5),
    (filename_only, 4, 4),
    (tag_only, 3, 3),
    (version_name, 3, 3),
    (prompt_only, 3, 3),
    (stage_name, 5, 5),
    (initials, 3, 3),
    (ordinary_words, 8, 8),
    (latin_diacritics, 4, 4),
    (foreign_desc_only, 4, 4),
    (world_script, 5, 5),
    (east_asian_script, 7, 7),
    (east_asian_family_first, 5, 5),
    (east_asian_given_first, 3, 3),
    (east_asian_run_together, 4, 4),
    (east_asian_camel, 3, 3),
    (script_and_roman, 3, 3),
    (idol_group, 3, 3),
    (live_action_role, 6, 6),
    (live_action_disclaimer, 3, 3),
    (role_film_paren, 4, 4),
    (named_blend, 3, 3),
    (inspired_by, 4, 4),
    (discord_request, 3, 3),
    (bounty, 3, 3),
    (adult_performer, 3, 3),
    (adult_youth_words, 6, 6),
    (minor_cue_item, 5, 5),
    (non_entertainment, 3, 3),
    (group_likeness, 0, 2),
    (hashtag_only, 0, 3),
    (person_pack, 2, 2),
    (obfuscated, 2, 2),
    (flagged_2025, 2, 2),
    (hf_slug, 10, 10),
    (hf_civitai_mirror, 3, 3),
    (hf_private, 2, 2),
    (hf_yaml_card, 5, 5),
    (creator_handle, 6, 6),
    (handle_filename, 3, 3),
    (handle_with_name, 3, 3),
    (east_asian_creator, 3, 3),
    (cosplayer_character, 3, 3),
    (hf_creator, 2, 2),
    (east_asian_english_name, 3, 3),
    (kdrama_role, 3, 3),
    (adult_youth_words_western, 2, 2),
    (version_desc_only, 3, 3),
    (dreambooth_checkpoint, 2, 2),
    (private, 14, 14),
    (private_unknown, 2, 2),
]
NEGATIVE_TEMPLATES_COUNTS: list[tuple[Template, int, int]] = [
    (anime_character, 10, 10),
    (anime_no_tag, 4, 4),
    (anime_script_name, 4, 4),
    (hf_anime_character, 3, 3),
    (vtuber, 4, 4),
    (western_character, 4, 4),
    (cgi_creature, 0, 3),
    (painter_style, 3, 3),
    (photographer_style, 2, 2),
    (credit_name, 3, 3),
    (checkpoint, 5, 5),
    (checkpoint_merge, 4, 4),
    (person_named_checkpoint, 3, 3),
    (hf_checkpoint, 2, 2),
    (clothing, 7, 7),
    (celebrity_concept, 3, 3),
    (instagram_filter, 3, 3),
    (lighting_pose, 3, 3),
    (historical_myth, 4, 4),
    (place_name, 5, 5),
    (brand_name, 5, 5),
    (pet_named, 2, 2),
    (poem_title, 0, 2),
    (nsfw_concept, 2, 2),
    (paparazzi, 3, 3),
    (hf_concept, 3, 3),
    (consistent_character, 4, 4),
    (ai_influencer, 3, 3),
    (fiction_disclaimer, 3, 3),
    (ai_persona_script, 3, 3),
    (doll_likeness, 4, 4),
    (ethnic_look, 5, 5),
    (generic_face, 7, 7),
    (bare_woman_tags, 4, 4),
    (blend_unnamed, 4, 4),
    (nonexistent_person, 4, 4),
    (tool, 4, 4),
    (body_slider, 2, 2),
    (anime_irl, 2, 3),
    (game_npc, 2, 2),
    (team_kit, 2, 2),
    (band_cover_style, 2, 2),
    (ai_girlfriend, 2, 2),
    (ordinary_word_concept, 3, 3),
    (celebrity_mention, 3, 3),
]
TEMPLATES = POSITIVE_TEMPLATES + NEGATIVE_TEMPLATES_COUNTS
NEGATIVE_TEMPLATES = tuple(t.__name__ for t, _, _ in NEGATIVE_TEMPLATES_COUNTS)
HOLD_ONLY = tuple(t.__name__ for t, dev, hold in TEMPLATES if dev == 0 and hold > 0)


def build(part: str) -> list[Pair]:
    m = Maker(part)
    plan = [t for t, dev, hold in TEMPLATES for _ in range(dev if part == "dev6" else hold)]
    m.rng.shuffle(plan)
    return [template(m) for template in plan]


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def write(part: str, pairs: list[Pair]) -> None:
    (HERE / f"{part}.jsonl").write_text("".join(dumps(i) + "\n" for i, _ in pairs), "utf-8")
    (HERE / f"{part}_labels.jsonl").write_text(
        "".join(dumps(lab) + "\n" for _, lab in pairs), "utf-8"
    )


def counts_table(parts: dict[str, list[Pair]]) -> str:
    rows = Counter(
        (lab["kind"], lab["shape"], part) for part, pairs in parts.items() for _, lab in pairs
    )
    keys = sorted({(k, s) for k, s, _ in rows}, key=lambda ks: (ks[0] not in LIKENESS_KINDS, ks))
    lines = ["| kind | shape | dev6 | hold6 |", "|---|---|---|---|"]
    lines += [
        f"| `{k}` | `{s}` | {rows[(k, s, 'dev6')]} | {rows[(k, s, 'hold6')]} |" for k, s in keys
    ]
    totals = []
    for part, pairs in parts.items():
        labs = [lab for _, lab in pairs]
        like = [lab for lab in labs if lab["likeness"]]
        g = Counter(lab["gender"] for lab in like)
        totals.append(
            f"{part}: {len(labs)} items, {len(like)} likeness (female {g['female']}, male "
            f"{g['male']}, unknown {g['unknown']}), sexual intent "
            f"{sum(lab['sexual_intent'] for lab in labs)}, minor risk "
            f"{sum(lab['minor_risk'] for lab in labs)}, Hugging Face "
            f"{sum(lab['platform'] == 'huggingface' for lab in labs)}"
        )
    return "\n".join(lines) + "\n\nTotals: " + "; ".join(totals) + "."


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--counts", action="store_true", help="print the README's count table")
    args = parser.parse_args(argv)
    parts = {part: build(part) for part in SEEDS}
    if args.counts:
        print(counts_table(parts))
        return 0
    for part, pairs in parts.items():
        write(part, pairs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
