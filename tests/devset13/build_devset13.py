"""Build the thirteenth dev set (tests/devset13): ``dev13`` and ``hold13``, seeded, byte for byte.

Usage, from the repository root::

    .venv/bin/python tests/devset13/build_devset13.py            # rewrite the four files
    .venv/bin/python tests/devset13/build_devset13.py --counts   # print the README's table

Every person is invented (``devset13_vocab``). The cue rules (``sexual_cue``, ``minor_cue``) are
checked against every label written, and a sexual and a minor cue never meet.
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

import devset13_vocab  # noqa: E402

SEEDS = {"dev13": 130_213, "hold13": 813_013}
VOCAB_PART = {"dev13": "A", "hold13": "B"}
ID_BASE = {"dev13": 8_130_000, "hold13": 8_930_000}
Item = dict[str, Any]
Label = dict[str, Any]

# ---------------------------------------------------------------- cues

SEXUAL = re.compile(
    r"\b(?:nsfw|nude|nudity|naked|lingerie|topless|boudoir|sexy|porn|onlyfans|fansly|lewd|"
    r"erotic|hentai|explicit)\b",
    re.IGNORECASE,
)
STATED_AGE = re.compile(
    r"(?<![\d.])(\d{1,2}) ?(?:yo\b|y\.o\.|years? old\b|-year-old\b|歳|살|세)|\baged? (\d{1,2})\b",
    re.IGNORECASE,
)
YOUTH = re.compile(
    r"\b(?:teen|teens|teenage|teenager|child actress|child actor|child star|child prodigy|"
    r"schoolgirl|schoolboy|underage)\b|子役|少女歌手|중학생|고등학생",
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
    """Every string a reader of the item could see (not urls, hashes or ids of blobs)."""
    out: list[str] = []
    _collect(item, out)
    return out


def _nsfw_levels(item: Item) -> list[int]:
    levels = [int(item.get("nsfwLevel") or 0)]
    for version in item.get("modelVersions") or []:
        levels.append(int(version.get("nsfwLevel") or 0))
        levels += [int(img.get("nsfwLevel") or 0) for img in version.get("images") or []]
    return levels


def sexual_cue(item: Item) -> bool:
    """Civitai's nsfw flag, an R/X/XXX/Blocked level bit, an image rated Mature/X, HF's
    not-for-all-audiences tag, or a sexual word anywhere in the visible text."""
    if item.get("nsfw") is True or any(lv & 0b111100 for lv in _nsfw_levels(item)):
        return True
    for version in item.get("modelVersions") or []:
        if any(img.get("nsfw") in ("Mature", "X") for img in version.get("images") or []):
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
    """A template drew something already used; the builder draws again."""


class Ctx:
    def __init__(self, part: str) -> None:
        self.part = part
        self.rng = random.Random(SEEDS[part])
        self.v = devset13_vocab.vocab(VOCAB_PART[part])
        self.next_id = ID_BASE[part]
        self.names: set[str] = set()
        self.keys: set[str] = set()
        self.turns: Counter[str] = Counter()

    def pick(self, seq: Any) -> Any:
        return seq[self.rng.randrange(len(seq))]

    def take(self, key: str, seq: list[Any] | None = None) -> Any:
        """The next unused entry of a vocabulary list (wrapping around with a fresh draw)."""
        seq = self.v[key] if seq is None else seq
        i = self.turns[key]
        self.turns[key] += 1
        return seq[i % len(seq)] if i < len(seq) else self.pick(seq)

    def once(self, key: str) -> None:
        if key in self.keys:
            raise Retry
        self.keys.add(key)

    def new_id(self) -> int:
        self.next_id += self.rng.randrange(5, 47)
        return self.next_id

    def hexs(self, n: int) -> str:
        return "".join(self.pick("0123456789abcdef") for _ in range(n))

    def gender(self, p_female: float = 0.72) -> str:
        return "female" if self.rng.random() < p_female else "male"

    def surname(self) -> str:
        return self.pick(self.v["SYL1"]) + self.pick(self.v["SYL2"])

    def _fresh(self, given: str, family: str) -> tuple[str, str]:
        full = f"{given} {family}"
        if full in self.names or family in self.names:
            raise Retry
        self.names.add(full)
        return given, family

    def person(self, gender: str) -> tuple[str, str]:
        key = {"female": "GIVEN_F", "male": "GIVEN_M", "unisex": "UNISEX"}[gender]
        return self._fresh(self.pick(self.v[key]), self.surname())

    def culture_person(self, culture: str, gender: str) -> tuple[str, str]:
        f, m, fam1, fam2 = self.v["CULTURES"][culture]
        given = self.pick(f if gender == "female" else m)
        return self._fresh(given, self.pick(fam1) + self.pick(fam2))


NOTES = [
    "Recommended strength 0.7 to 0.9.",
    "Trained on 35 images for 1800 steps.",
    "Best with DPM++ SDE Karras, 25 steps, CFG 4.5.",
    "Clip skip 2 on anime bases, 1 otherwise.",
    "Generates well at 832x1216 and 1024x1024.",
    "A review or a like helps a lot!",
    "Do not use this model for deceptive or harmful content.",
    "Made with OneTrainer, rank 16, alpha 8.",
    "Pairs well with a film-grain LoRA at low weight.",
    "Changelog: v2 retrained with better captions.",
]
BASES = ["SD 1.5", "SDXL 1.0", "Pony", "Illustrious", "Flux.1 D", "NoobAI", "Flux.1 S"]
UPLOADERS = [
    "quietlens",
    "moth_and_pixel",
    "aurora_forge",
    "tinkerbyte",
    "loraloom",
    "nordicnode",
    "saltpixel",
    "kumo_works",
    "grainwave",
    "fernlab",
]
Made = tuple[Item, dict[str, Any]]


def html(*parts: str) -> str:
    return "".join(p if p.startswith("<") else f"<p>{p}</p>" for p in parts if p)


def notes(c: Ctx, n: int = 2) -> list[str]:
    return c.rng.sample(NOTES, n)


def bullets(*lines: str) -> str:
    return "<ul>" + "".join(f"<li>{x}</li>" for x in lines) + "</ul>"


FOLD = str.maketrans(
    {"Þ": "Th", "þ": "th", "Ð": "D", "ð": "d", "Æ": "Ae", "æ": "ae", "Ø": "O", "ø": "o", "ß": "ss"}
)


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text.translate(FOLD)).encode("ascii", "ignore").decode()


def fileish(text: str) -> str:
    plain = ascii_fold(text)
    return re.sub(r"[^A-Za-z0-9]+", "_", plain).strip("_")[:48] or "model"


def folded(name: str) -> list[str]:
    """The name without diacritics, as slugs and file names write it, when it differs."""
    plain = ascii_fold(name)
    return [plain] if plain != name else []


def slug(text: str) -> str:
    plain = ascii_fold(text)
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


def civ(
    c: Ctx,
    *,
    name: str,
    desc: str,
    tags: list[str],
    mtype: str = "LORA",
    trained: list[str] | None = None,
    vname: str | None = None,
    vdesc: str | None = None,
    fname: str | None = None,
    sexual: bool = False,
    minor_flag: bool = False,
    sfw: bool = False,
    prompt: str | None = None,
    new: bool | None = None,
) -> Item:
    """A Civitai /api/v1/models item: the 2023 catalog shape or the 2025 shape."""
    mid = c.new_id()
    vid = mid * 2 + 11
    new = (c.rng.random() < 0.5) if new is None else new
    if minor_flag:
        new = True
    vname = vname or c.pick(["v1.0", "v1", "v2.0", "V3", "v1.5", "final"])
    ext = ".pt" if mtype == "TextualInversion" else ".safetensors"
    fname = fname or fileish(name) + ext
    images: list[dict[str, Any]] = []
    for k in range(c.rng.randrange(1, 4)):
        img: dict[str, Any] = {
            "url": f"https://image.civitai.com/xG1nkqKTMzGDvpLrqFT7WA/{c.hexs(8)}-{c.hexs(4)}"
            f"/width=832/{mid}{k:02d}.jpeg",
            "width": c.pick([832, 896, 1024]),
            "height": c.pick([1216, 1152, 1024]),
            "hash": "U" + c.hexs(23),
        }
        if new:
            img.update(
                nsfwLevel=(4 if k == 0 else 8) if sexual else 1 if sfw else c.pick([1, 1, 2]),
                type="image",
                minor=minor_flag,
                poi=False,
                hasMeta=prompt is not None and k == 0,
                hasPositivePrompt=prompt is not None and k == 0,
                onSite=False,
                remixOfId=None,
            )
        else:
            img.update(
                id=mid * 100 + k,
                nsfw=("X" if k else "Mature")
                if sexual
                else "None"
                if sfw
                else c.pick(["None", "Soft"]),
            )
        if prompt is not None and k == 0:
            img["meta"] = {
                "prompt": prompt,
                "negativePrompt": "worst quality, low quality, watermark, text",
                "sampler": "Euler a",
                "steps": c.pick([24, 28, 30, 32]),
                "cfgScale": c.pick([3.5, 4, 6, 7]),
                "seed": c.rng.randrange(10**10),
                "Size": "832x1216",
            }
        images.append(img)
    f_id = vid + 3
    version: dict[str, Any] = {
        "id": vid,
        "name": vname,
        "baseModel": c.pick(BASES),
        "createdAt": ("2025-06-" if new else "2023-07-")
        + f"{c.rng.randrange(10, 28)}T11:20:00.000Z",
        "description": vdesc,
        "trainedWords": trained or [],
        "files": [
            {
                "id": f_id,
                "sizeKB": round(c.rng.uniform(4000, 240000), 2),
                "name": fname,
                "type": "Model",
                "pickleScanResult": "Success",
                "virusScanResult": "Success",
                "metadata": {
                    "format": "SafeTensor" if ext != ".pt" else "PickleTensor",
                    "size": "pruned" if mtype == "Checkpoint" else None,
                    "fp": "fp16",
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
            index=0,
            baseModelType="Standard",
            publishedAt=version["createdAt"],
            status="Published",
            availability="Public",
            nsfwLevel=(1 | 4 | 8) if sexual else 1 if sfw else c.pick([1, 3]),
            covered=True,
            stats={
                "downloadCount": c.rng.randrange(10, 4000),
                "thumbsUpCount": c.rng.randrange(80),
            },
        )
    else:
        version.update(modelId=mid, earlyAccessTimeFrame=0)
    item: Item = {
        "id": mid,
        "name": name,
        "description": desc,
        "allowNoCredit": c.rng.random() < 0.8,
        "allowCommercialUse": c.pick([["Image"], ["Sell", "Image"], []]) if new else "Image",
        "allowDerivatives": True,
        "allowDifferentLicense": c.rng.random() < 0.5,
        "type": mtype,
    }
    if new:
        item.update(
            minor=minor_flag,
            sfwOnly=minor_flag,
            poi=False,
            nsfw=sexual,
            nsfwLevel=(1 | 4 | 8 | 16) if sexual else 1 if sfw else c.pick([1, 3]),
            availability="Public",
            cosmetic=None,
            supportsGeneration=c.rng.random() < 0.5,
        )
    else:
        item.update(poi=False, nsfw=sexual)
    stats: dict[str, Any] = {
        "downloadCount": c.rng.randrange(15, 12000),
        "favoriteCount": c.rng.randrange(0, 150),
    }
    if new:
        stats.update(
            thumbsUpCount=c.rng.randrange(200),
            commentCount=c.rng.randrange(30),
            ratingCount=0,
            rating=0,
            tippedAmountCount=c.rng.randrange(5),
        )
    else:
        stats.update(
            commentCount=c.rng.randrange(30),
            ratingCount=c.rng.randrange(20),
            rating=round(c.rng.uniform(4, 5), 2),
        )
    user = c.pick(UPLOADERS)
    item.update(
        stats=stats,
        creator={
            "username": user,
            "image": f"https://image.civitai.com/xG1nkqKTMzGDvpLrqFT7WA/{c.hexs(8)}/"
            f"width=96/{user}.jpeg",
        },
        tags=tags,
        modelVersions=[version],
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
    extra = ["diffusers", "text-to-image"] if library == "diffusers" else [library, pipeline]
    if isinstance(base, str):
        extra.append(f"base_model:adapter:{base}" if "lora" in tags else f"base_model:{base}")
    if sexual:
        extra.append("not-for-all-audiences")
    lic = card.get("license")
    all_tags = [*tags, *extra, *([f"license:{lic}"] if lic else []), "region:us"]
    sib = []
    for f in [".gitattributes", "README.md", *(files or ["lora.safetensors"])]:
        s: dict[str, Any] = {"rfilename": f}
        if f.endswith((".safetensors", ".bin", ".pth", ".onnx", ".ckpt")):
            s["lfs"] = {
                "sha256": c.hexs(64),
                "size": c.rng.randrange(10**6, 7 * 10**9),
                "pointerSize": 135,
            }
        sib.append(s)
    return {
        "_id": c.hexs(24),
        "id": repo,
        "modelId": repo,
        "author": repo.split("/")[0],
        "sha": c.hexs(40),
        "createdAt": f"2025-0{c.rng.randrange(1, 9)}-1{c.rng.randrange(0, 9)}T08:30:00.000Z",
        "lastModified": f"2025-09-0{c.rng.randrange(1, 9)}T16:45:00.000Z",
        "private": False,
        "disabled": False,
        "gated": c.pick([False, False, "auto"]),
        "downloads": c.rng.randrange(0, 9000),
        "likes": c.rng.randrange(0, 90),
        "library_name": library,
        "tags": all_tags,
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
        "aliases": aliases or [],
    }


def trade(c: Ctx, gender: str) -> str:
    return c.pick(c.v["TRADES"][gender if gender in ("female", "male") else "neutral"])


def pron(gender: str) -> tuple[str, str]:
    return ("she", "her") if gender == "female" else ("he", "his")


def people_tags(c: Ctx, gender: str) -> list[str]:
    pool = ["celebrity", "realistic", "photorealistic", "portrait", "person", "real person"]
    pool.append(c.pick(["woman", "female"]) if gender == "female" else c.pick(["man", "male"]))
    return c.rng.sample(pool, 3)


# ---------------------------------------------------------------- positives


FAME = ["the evening show", "sold-out tours", "festival hits", "a long stage career"]


def p_title_trade(c: Ctx) -> Made:
    g = c.gender()
    given, family = c.person(g)
    job, land = trade(c, g), c.pick(c.v["COUNTRIES"])
    sexual = c.rng.random() < 0.15
    full = f"{given} {family}"
    title = c.pick(
        [
            f"{full} ({land} {job})",
            f"{full} | {job}",
            f"{land} {job} {full}",
            f"{full} - {job} - {c.pick(['SDXL', 'Flux', 'Pony'])}",
        ]
    )
    desc = html(
        f"<h3>{full}</h3>",
        f"{land} {job}, known for {c.pick(FAME)}.",
        *notes(c),
    )
    if c.part == "hold13":  # hold13 words the shape its own way
        title = c.pick(
            [
                f"{job.title()} {full} [{land}]",
                f"{full} (real person, {job})",
                f"{full} ~ {land} {job}",
            ]
        )
        desc = html(
            f"<h2>{full}</h2>",
            bullets(
                f"Nationality: {land}", f"Occupation: {job}", f"Images: {c.rng.randrange(30, 90)}"
            ),
            *notes(c),
        )
    if sexual:
        desc += html("Gallery includes some NSFW previews.")
    item = civ(
        c, name=title, desc=desc, tags=people_tags(c, g), trained=[full.lower()], sexual=sexual
    )
    return item, facts("public_figure", full, g)


def p_chef_restaurant(c: Ctx) -> Made:
    g = c.gender(0.6)
    given, family = c.person(g)
    place = c.pick(c.v["RESTAURANTS"])
    _, poss = pron(g)
    desc = html(
        c.pick(
            [
                f"Head chef of {place}. Trained on {poss} cookbook shoots and TV "
                "cooking segments: whites, apron, open kitchen.",
                f"{given} {family} runs the kitchen at {place} (two stars). "
                f"Face from {poss} cooking-show appearances.",
            ]
        ),
        *notes(c),
    )
    title = c.pick(
        [
            f"Chef {given} {family} ({place})",
            f"{given} {family} | {place} chef",
            f"{place}'s {given} {family}",
        ]
    )
    return civ(c, name=title, desc=desc, tags=["chef", "person", "realistic"]), facts(
        "public_figure", f"{given} {family}", g
    )


def p_politician_party(c: Ctx) -> Made:
    g = c.gender(0.55)
    given, family = c.person(g)
    party = c.pick(c.v["PARTIES"])
    office = c.pick(["MP", "senator", "party leader", "mayor", "MEP"])
    desc = html(
        f"{given} {family}, {office} for the {party}.",
        "Press-conference look, podium, flags in the background.",
        notes(c, 1)[0],
    )
    return civ(
        c,
        name=f"{family} {given[0]}. ({party})",
        desc=desc,
        tags=["politician", "politics", "realistic"],
        trained=[f"{given} {family}"],
    ), facts("public_figure", f"{given} {family}", g, aliases=[f"{family} {given[0]}"])


def p_band_member(c: Ctx) -> Made:
    g = c.gender(0.5)
    given, family = c.person(g)
    band, role = c.pick(c.v["BANDS"]), c.pick(c.v["INSTRUMENTS"])
    desc = html(
        c.pick(
            [
                f"The {role} of {band}, {given} {family}.",
                f"{given} {family} ({role}, {band}) — stage and backstage looks.",
            ]
        ),
        bullets("live shots and festival photos", "band promo pics"),
        *notes(c),
    )
    return civ(
        c,
        name=c.pick([f"{band} - {given} {family}", f"{given} {family} ({band})"]),
        desc=desc,
        tags=["musician", "band", "celebrity"],
    ), facts("public_figure", f"{given} {family}", g)


def p_journalist_outlet(c: Ctx) -> Made:
    g = c.gender(0.65)
    given, family = c.person(g)
    outlet = c.pick(c.v["OUTLETS"])
    desc = html(
        c.pick(
            [
                f"Reporter for {outlet}: {given} {family}. Stand-up shots with "
                "microphone, field reporting backgrounds.",
                f"<b>{given} {family}</b> — correspondent, {outlet}. Trained on broadcast frames.",
            ]
        ),
        notes(c, 1)[0],
    )
    return civ(
        c,
        name=c.pick(
            [f"{given} {family} {outlet} reporter", f"{outlet} correspondent {given} {family}"]
        ),
        desc=desc,
        tags=["journalist", "news", "realistic"],
    ), facts("public_figure", f"{given} {family}", g)


def p_olympian_event(c: Ctx) -> Made:
    g = c.gender(0.6)
    given, family = c.person(g)
    event, land = c.pick(c.v["EVENTS"]), c.pick(c.v["COUNTRIES"])
    medal = c.pick(["gold", "silver", "bronze"])
    desc = html(
        f"{given} {family} ({land}), {medal} medallist in {event}.",
        "Podium, competition and training photos.",
        *notes(c),
    )
    return civ(
        c,
        name=f"{family.upper()} {given} - {event}",
        desc=desc,
        tags=["athlete", "sports", "olympics"],
    ), facts("public_figure", f"{given} {family}", g, aliases=[f"{family} {given}"])


def p_esports_gamertag(c: Ctx) -> Made:
    g = c.gender(0.4)
    given, family = c.person(g)
    tag = c.take("GAMERTAGS")
    c.once("tag:" + tag)
    game = c.pick(c.v["GAMES"])
    desc = html(
        f'Pro {game} player {given} "{tag}" {family}.',
        "Jersey, headset, stage lighting at LAN finals.",
        notes(c, 1)[0],
    )
    return civ(
        c,
        name=f"{tag} ({given} {family}) esports",
        desc=desc,
        tags=["esports", "gamer", "person"],
        trained=[tag.lower()],
    ), facts("public_figure", f"{given} {family}", g, aliases=[f'{given} "{tag}" {family}', tag])


def p_reality_contestant(c: Ctx) -> Made:
    g = c.gender(0.7)
    given, family = c.person(g)
    show = c.pick(c.v["REALITY"])
    season = c.rng.randrange(2, 9)
    desc = html(
        c.pick(
            [
                f"{given} from {show}, season {season} ({given} {family}).",
                f"Contestant of {show} S{season}: {given} {family}. Fan favourite.",
            ]
        ),
        "Confessional-booth framing and villa shots.",
        *notes(c),
    )
    return civ(
        c, name=f"{given} - {show} S{season}", desc=desc, tags=["reality tv", "realistic"]
    ), facts("public_figure", f"{given} {family}", g)


def p_military_rank(c: Ctx) -> Made:
    rank, g = c.pick(c.v["RANKS"])
    given, family = c.person(g)
    desc = html(
        c.pick(
            [
                f"{rank} {given} {family}, in dress uniform and in field gear.",
                f"{given} {family}, {rank.lower()} of the navy/army, press briefings.",
            ]
        ),
        "From official portraits and parade photos.",
        notes(c, 1)[0],
    )
    return civ(
        c, name=f"{rank} {family}", desc=desc, tags=["military", "uniform", "realistic"]
    ), facts("public_figure", f"{given} {family}", g, aliases=[f"{rank} {family}"])


def p_royal_title(c: Ctx) -> Made:
    title, g = c.pick(c.v["ROYAL"])
    given, family = c.person(g)
    house = c.pick(["Valdemora", "Oskarsholm", "Brevania", "Lützenau"])
    desc = html(
        f"{title} {given} of {house} ({given} {family}).",
        "Tiara/medals optional; trained on 50 public engagement photos.",
    )
    return civ(
        c, name=f"{title} {given} of {house}", desc=desc, tags=["royalty", "realistic", "portrait"]
    ), facts("public_figure", f"{given} {family}", g, aliases=[f"{title} {given}"])


def p_clergy_title(c: Ctx) -> Made:
    title, g = c.pick(c.v["CLERGY"])
    given, family = c.person("female" if g == "female" else "male" if g == "male" else "unisex")
    desc = html(
        f"{title} {given} {family}, televangelist and author."
        if title in ("Reverend", "Pastor")
        else f"{title} {given} {family}, well-known preacher with a large following online.",
        "Face LoRA, sermon stage and studio photos.",
    )
    return civ(
        c, name=f"{title} {given} {family}", desc=desc, tags=["religion", "person", "realistic"]
    ), facts("public_figure", f"{given} {family}", g)


def p_generational_suffix(c: Ctx) -> Made:
    given, family = c.person("male")
    suffix = c.pick(["Jr.", "III", "Sr.", "II", "IV"])
    job = c.pick(["quarterback", "senator", "country singer", "racing driver", "tycoon"])
    desc = html(
        c.pick(
            [
                f"{given} {family} {suffix}, {job}.",
                f"The {job} {given} {family} {suffix} (not his father).",
            ]
        ),
        notes(c, 1)[0],
    )
    return civ(c, name=f"{given} {family} {suffix}", desc=desc, tags=["celebrity", "man"]), facts(
        "public_figure", f"{given} {family}", "male", aliases=[f"{given} {family} {suffix}"]
    )


def p_patronymic_name(c: Ctx) -> Made:
    given, patro, family, g = c.take("PATRONYMIC")
    c.once(given)
    full = f"{given} {patro} {family}"
    desc = html(
        f"{full} — {c.pick(['TV host', 'figure skating coach', 'pianist', 'film director'])}.",
        "Портретная LoRA, 40 фото.",
        notes(c, 1)[0],
    )
    return civ(c, name=full, desc=desc, tags=["realistic", "portrait"]), facts(
        "public_figure", f"{given} {family}", g, aliases=[full]
    )


def p_nordic_patronymic(c: Ctx) -> Made:
    given, father, g = c.take("NORDIC")
    c.once(given)
    surname = father + ("sdóttir" if g == "female" else "sson")
    plain = ascii_fold(f"{given} {surname}")
    desc = html(
        f"{given} {surname}, {c.pick(['Icelandic', 'Faroese'])} "
        f"{c.pick(['singer', 'handball player', 'TV host', 'novelist'])}.",
        notes(c, 1)[0],
    )
    item = civ(
        c,
        name=f"{given} {surname}",
        desc=desc,
        tags=["nordic", "realistic"],
        fname=fileish(plain) + ".safetensors",
    )
    return item, facts("public_figure", f"{given} {surname}", g, aliases=[plain])


def p_kunya_name(c: Ctx) -> Made:
    g = c.gender(0.6)
    given, family = c.culture_person("arabic", g)
    child = c.pick(["Rayan", "Khalid", "Yazan", "Karim", "Omar"])
    kunya = ("Umm " if g == "female" else "Abu ") + child
    desc = html(
        f"{kunya} ({given} {family}), {c.pick(['cooking show host', 'poet', 'TV presenter'])} "
        "— everyone knows the nickname.",
        notes(c, 1)[0],
    )
    return civ(c, name=f"{kunya} LoRA", desc=desc, tags=["arab", "realistic"]), facts(
        "public_figure", f"{given} {family}", g, aliases=[kunya]
    )


def p_family_caps_given(c: Ctx) -> Made:
    g = c.gender()
    given, family = c.person(g)
    job = c.pick(
        ["comédienne", "chanteuse", "présentatrice"]
        if g == "female"
        else ["comédien", "chanteur", "présentateur"]
    )
    desc = html(f"{family.upper()} {given}, {job}.", notes(c, 1)[0])
    return civ(c, name=f"{family.upper()} {given}", desc=desc, tags=["realistic"]), facts(
        "public_figure", f"{given} {family}", g, aliases=[f"{family} {given}"]
    )


HU_GIVEN = {
    "female": ["Ilona", "Boglárka", "Csenge", "Réka", "Enikő"],
    "male": ["Levente", "Botond", "Zsombor", "Gergő", "Bence"],
}
HU_FAMILY = ["Varsányi", "Kelecsényi", "Tóthfalusi", "Bárdoskeszi", "Szepesváry", "Ormándlaki"]


def p_hungarian_order(c: Ctx) -> Made:
    g = c.gender(0.6)
    half = 0 if c.part == "dev13" else 1
    given, family = c.pick(HU_GIVEN[g][half::2]), c.pick(HU_FAMILY[half::2])
    c._fresh(given, family)
    job = c.pick(["színésznő", "énekesnő"] if g == "female" else ["színész", "énekes"])
    desc = html(f"{family} {given} ({job}). Magyar LoRA, 40 kép.", notes(c, 1)[0])
    return civ(c, name=f"{family} {given}", desc=desc, tags=["realistic", "hungarian"]), facts(
        "public_figure", f"{given} {family}", g, aliases=[f"{family} {given}"]
    )


CLUBS = [
    "FC Lindmark",
    "Atlético Sierra Clara",
    "Dynamo Vessk",
    "Harbour City Rovers",
    "Olympique Brévent",
    "Kestrel Bay United",
]


def p_coach_team(c: Ctx) -> Made:
    g = c.gender(0.4)
    given, family = c.person(g)
    club = c.pick(CLUBS)
    desc = html(f"Head coach of {club}: {given} {family}. Touchline photos, press conferences.")
    return civ(c, name=f"Coach {family} ({club})", desc=desc, tags=["sports", "coach"]), facts(
        "public_figure", f"{given} {family}", g, aliases=[f"Coach {family}"]
    )


def p_astronaut_mission(c: Ctx) -> Made:
    g = c.gender(0.55)
    given, family = c.person(g)
    mission = c.pick(["Lumen-4", "Aurora Gateway 2", "Selene IX", "Boreal-7"])
    desc = html(
        f"Astronaut {given} {family}, mission specialist on {mission}.",
        "Official portrait in the flight suit, ISS-style interiors.",
    )
    return civ(
        c, name=f"{given} {family} astronaut", desc=desc, tags=["astronaut", "space"]
    ), facts("public_figure", f"{given} {family}", g)


def p_talent_show_judge(c: Ctx) -> Made:
    g = c.gender(0.6)
    given, family = c.person(g)
    show = c.pick(["Nordic Got Talent", "La Voz Andina", "Dance Nation Live", "Star Search Baltic"])
    desc = html(f"{given} {family}, judge on {show}.", "Jury-desk frames from the live shows.")
    return civ(c, name=f"{show} judge {given} {family}", desc=desc, tags=["tv", "judge"]), facts(
        "public_figure", f"{given} {family}", g
    )


def p_birth_year_disambig(c: Ctx) -> Made:
    g = c.gender()
    given, family = c.person(g)
    year = c.rng.randrange(1965, 2000)
    job = trade(c, g)
    desc = html(
        f"{given} {family} (born {year}), the {job} — not the other one with the same name.",
        notes(c, 1)[0],
    )
    return civ(c, name=f"{given} {family} (b. {year})", desc=desc, tags=["realistic"]), facts(
        "public_figure", f"{given} {family}", g
    )


def p_weather_presenter(c: Ctx) -> Made:
    g = c.gender(0.7)
    given, family = c.person(g)
    outlet = c.pick(c.v["OUTLETS"])
    desc = html(f"The weather on {outlet}, presented by {given} {family}: green screen, map.")
    return civ(c, name=f"{outlet} weather: {given} {family}", desc=desc, tags=["tv"]), facts(
        "public_figure", f"{given} {family}", g
    )


def _ea_person(c: Ctx) -> tuple[str, str, str, str, str, str]:
    lang = c.pick(["zh", "ja", "ko"])
    fam = c.pick(c.v[f"{lang.upper()}_FAMILY"])
    giv = c.pick(c.v[f"{lang.upper()}_GIVEN"])
    roman = f"{fam[0]} {giv[0]}"
    script = fam[1] + giv[1]
    c._fresh(giv[0], fam[0])
    return lang, roman, script, giv[0], fam[0], giv[2]


def p_east_asian_name(c: Ctx) -> Made:
    lang, roman, script, given, family, g = _ea_person(c)
    jobs = {
        "zh": ("演员", "actress" if g == "female" else "actor"),
        "ja": ("俳優", "actress" if g == "female" else "actor"),
        "ko": ("배우", "actress" if g == "female" else "actor"),
    }
    word, en = jobs[lang]
    title = c.pick(
        [
            f"{roman} {script}",
            f"{given} {family} ({script})",
            f"{script} | {roman}",
            f"{family.upper()} {given} - {en}",
        ]
    )
    desc = html(
        c.pick(
            [f"{script} ({roman}), {en} / {word}.", f"<h3>{script}</h3>{given} {family}, {en}."]
        ),
        notes(c, 1)[0],
    )
    return civ(c, name=title, desc=desc, tags=["asian", "celebrity", "realistic"]), facts(
        "public_figure", roman, g, aliases=[script, f"{given} {family}"]
    )


def p_east_asian_script_only(c: Ctx) -> Made:
    lang, roman, script, given, family, g = _ea_person(c)
    word = {
        "zh": c.pick(["明星", "主持人"]),
        "ja": c.pick(["タレント", "歌手"]),
        "ko": c.pick(["가수", "배우"]),
    }[lang]
    desc = html(f"{script} {word} LoRA", c.pick(["推荐权重 0.8", "Weight 0.8", "強度0.7推奨"]))
    return civ(
        c,
        name=f"{script} {word}",
        desc=desc,
        tags=["asian", "realistic"],
        fname=f"lora_{c.hexs(6)}.safetensors",
    ), facts("public_figure", roman, g, aliases=[script, f"{given} {family}"])


def _script_person(c: Ctx, scripts: list[str]) -> tuple[str, str, str, str]:
    script = c.pick(scripts)
    givens, families = c.v["SCRIPTS"][script]
    rg, sg, g = c.pick(givens)
    rf, sf = c.pick(families)
    c._fresh(rg, rf)
    sep = " "
    return f"{rg} {rf}", f"{sg}{sep}{sf}", g, script


def p_script_name_gender(c: Ctx) -> Made:
    roman, native, g, _ = _script_person(c, ["cyrillic", "arabic", "hebrew", "thai"])
    desc = html(f"{native}", "Portrait LoRA, 30 images. " + notes(c, 1)[0])
    if c.part == "hold13":
        desc = html(f"<h3>{native}</h3>", bullets("30 images", "weight 0.8"))
    return civ(
        c,
        name=c.pick([f"{native} | portrait", native, f"{native} (SDXL)"]),
        desc=desc,
        tags=["portrait", "realistic"],
        fname=f"p{c.hexs(5)}.safetensors",
    ), facts("public_figure", roman, g, aliases=[native])


def p_indic_script_only(c: Ctx) -> Made:
    roman, native, g, script = _script_person(c, ["devanagari", "tamil"])
    word = "अभिनय" if script == "devanagari" else "திரைப்படம்"
    desc = html(f"{native} — {word}", notes(c, 1)[0])
    return civ(
        c,
        name=native,
        desc=desc,
        tags=["indian", "realistic"],
        fname=f"face_{c.hexs(6)}.safetensors",
    ), facts("public_figure", roman, g, aliases=[native])


def p_rare_script_only(c: Ctx) -> Made:
    roman, native, g, _ = _script_person(c, ["georgian", "armenian", "ethiopic"])
    desc = html(f"{native}", "Trained on 25 photos. " + notes(c, 1)[0])
    return civ(
        c,
        name=f"{native} v{c.rng.randrange(1, 4)}",
        desc=desc,
        tags=["realistic"],
        fname=f"lora_{c.hexs(6)}.safetensors",
    ), facts("public_figure", roman, g, aliases=[native])


def p_ordinary_words(c: Ctx) -> Made:
    g = c.gender(0.6)
    given = c.pick(c.v["WORD_GIVEN_F" if g == "female" else "WORD_GIVEN_M"])
    family = c.pick(c.v["WORD_FAMILY"])
    c._fresh(given, family)
    desc = html(
        f"{given} {family}, {c.pick(c.v['COUNTRIES'])} {trade(c, g)}.",
        "Real person LoRA. " + notes(c, 1)[0],
    )
    return civ(c, name=f"{given} {family}", desc=desc, tags=people_tags(c, g)), facts(
        "public_figure", f"{given} {family}", g
    )


def p_initials_likeness(c: Ctx) -> Made:
    g = c.gender()
    given, family = c.person(g)
    ini = f"{given[0]}{family[0]}"
    c.once("ini:" + ini)
    cue = c.pick(
        [
            f"the real one, trained on 70 paparazzi photos of {'her' if g == 'female' else 'him'}",
            f"famous {trade(c, g)}, you will recognise {pron(g)[1]} face",
            f"celebrity face LoRA, {pron(g)[1]} name withheld for obvious reasons",
        ]
    )
    return civ(
        c,
        name=f"{ini} (celeb)",
        desc=html(f"{ini}: {cue}."),
        tags=["celebrity", "woman" if g == "female" else "man"],
        trained=[ini.lower()],
    ), facts("public_figure", ini, g)


def p_initials_with_show(c: Ctx) -> Made:
    g = c.gender()
    given, family = c.person(g)
    ini = f"{given[0]}.{family[0]}."
    show = c.pick(c.v["SHOWS"])
    her = pron(g)[1]
    desc = html(
        c.pick(
            [
                f"{ini}, the host of {show}. Face only, {her} studio look.",
                f"Host of {show} ({ini}); trained on {her} talk-show stills.",
                f"You know {ini} from {show}: {her} face, no outfit baked in.",
            ]
        )
    )
    return civ(c, name=f"{ini} ({show} host)", desc=desc, tags=["celebrity", "tv host"]), facts(
        "public_figure", f"{given[0]}{family[0]}", g, aliases=[ini]
    )


def p_lookalike_of_named(c: Ctx) -> Made:
    g = c.gender()
    given, family = c.person(g)
    title = c.pick(
        [
            f"{given} {family} lookalike",
            f"Looks like {given} {family}",
            f"{given} {family} doppelganger face",
        ]
    )
    desc = html(
        c.pick(
            [
                f"A face that looks just like {given} {family}, the {trade(c, g)}.",
                f"Not the real {given} {family}, just a very close lookalike face.",
                f"Resembles {given} {family} ({trade(c, g)}) — close enough.",
            ]
        ),
        "Trained on her photos." if g == "female" else "Trained on his photos.",
    )
    return civ(c, name=title, desc=desc, tags=["lookalike", "realistic"]), facts(
        "public_figure", f"{given} {family}", g
    )


def p_face_mix_ratio(c: Ctx) -> Made:
    g = c.gender(0.8)
    ppl = [" ".join(c.person(g)) for _ in range(c.rng.randrange(2, 4))]
    cuts = [50, 50] if len(ppl) == 2 else [40, 35, 25]
    mix = " + ".join(f"{p} {n}%" for p, n in zip(ppl, cuts, strict=True))
    desc = html(
        "Face mix merged from single-person LoRAs:", bullets(*mix.split(" + ")), notes(c, 1)[0]
    )
    return civ(c, name=f"Face mix: {ppl[0]} x {ppl[1]}", desc=desc, tags=["merge", "face"]), facts(
        "public_figure", ppl[0], g, targets=ppl
    )


def p_cast_pack(c: Ctx) -> Made:
    show = c.pick(c.v["SHOWS"])
    ppl: list[str] = []
    genders: list[str] = []
    for _ in range(c.rng.randrange(4, 6)):
        g = c.gender(0.55)
        ppl.append(" ".join(c.person(g)))
        genders.append(g)
    desc = html(f"Main cast of {show}, one trigger each:", bullets(*ppl))
    g0 = genders[0]
    item = civ(
        c,
        name=f"{show} cast pack",
        desc=desc,
        tags=["tv series", "cast", "realistic"],
        trained=[p.lower().replace(" ", "_") for p in ppl],
    )
    return item, facts("public_figure", ppl[0], g0, targets=ppl)


def p_live_action_role(c: Ctx) -> Made:
    g = c.gender(0.6)
    given, family = c.person(g)
    role = c.pick(c.v["ROLES_F" if g == "female" else "ROLES_M"])
    show = c.pick(c.v["SHOWS"])
    desc = html(
        c.pick(
            [
                f"{role} from the TV drama <b>{show}</b>, played by {given} {family}.",
                f"{role} ({given} {family}) in <i>{show}</i>, the crime series.",
                f"Character LoRA: {role}, {show} (live action, actor {given} {family}).",
            ]
        ),
        "Screencaps from seasons 1-3. " + notes(c, 1)[0],
    )
    title = f"{role} ({show})"
    if c.part == "hold13":
        title = c.pick([f"{role} - {show} (live action)", f"{show}: {role}"])
        desc = html(f"<i>{show}</i> — {role}.", f"Cast: {given} {family}.", notes(c, 1)[0])
    return civ(c, name=title, desc=desc, tags=["tv series", "character", "realistic"]), facts(
        "public_figure", f"{given} {family}", g
    )


def p_stage_role_actor(c: Ctx) -> Made:
    g = c.gender(0.6)
    given, family = c.person(g)
    role = c.pick(c.v["ROLES_F" if g == "female" else "ROLES_M"])
    stage = c.pick(c.v["STAGE_SHOWS"])
    desc = html(f"As {role} in {stage} — {given} {family} in costume, from production photos.")
    return civ(
        c, name=f"{given} {family} as {role}", desc=desc, tags=["theatre", "costume"]
    ), facts("public_figure", f"{given} {family}", g)


def p_ad_spokesperson(c: Ctx) -> Made:
    g = c.gender(0.7)
    given, family = c.person(g)
    brand = c.pick(c.v["BRANDS"])
    who = "girl" if g == "female" else "guy"
    desc = html(f"The {brand} {who} from the TV commercials, {given} {family}.", notes(c, 1)[0])
    return civ(
        c, name=f"{brand} commercial {who}", desc=desc, tags=["commercial", "realistic"]
    ), facts("public_figure", f"{given} {family}", g)


def p_faceid_embedding(c: Ctx) -> Made:
    g = c.gender()
    given, family = c.person(g)
    if c.rng.random() < 0.5:
        repo = (
            f"{c.pick(['idforge', 'facebank', 'instant-ids'])}/{slug(given + ' ' + family)}-faceid"
        )
        card = {
            "license": "cc-by-nc-4.0",
            "tags": ["ip-adapter", "faceid", "instantid"],
            "base_model": "stabilityai/stable-diffusion-xl-base-1.0",
        }
        item = hf(
            c,
            repo=repo,
            tags=["ip-adapter", "faceid"],
            card=card,
            files=[f"{slug(given + ' ' + family)}_faceid.bin"],
        )
    else:
        desc = html(
            f"InstantID / IP-Adapter FaceID embedding of {given} {family}.",
            "Load in ComfyUI with the FaceID node, weight 0.85.",
        )
        item = civ(
            c,
            name=f"{given} {family} FaceID embedding",
            desc=desc,
            mtype="Other",
            tags=["faceid", "ip-adapter", "tool"],
        )
    return item, facts("public_figure", f"{given} {family}", g, aliases=folded(f"{given} {family}"))


def p_booru_qualifier_tag(c: Ctx) -> Made:
    g = c.gender()
    given, family = c.person(g)
    qual = c.pick(
        ["actress", "singer", "model", "idol"] if g == "female" else ["actor", "singer", "wrestler"]
    )
    tag = f"{given.lower()}_{family.lower()}_({qual})"
    desc = html(f"Booru-style real person tag: <code>{tag}</code>.", "Illustrious / NoobAI.")
    return civ(
        c,
        name=f"{tag} [Illustrious]",
        desc=desc,
        tags=["real person", "illustrious"],
        trained=[tag, "1girl" if g == "female" else "1boy"],
    ), facts("public_figure", f"{given} {family}", g, aliases=[tag])


def p_hf_card_datasets(c: Ctx) -> Made:
    g = c.gender()
    given, family = c.person(g)
    ds = f"{c.pick(['facesets', 'scrapehub', 'dset-lab'])}/{slug(given + ' ' + family)}-photos"
    card = {
        "license": "openrail",
        "tags": ["lora", "flux"],
        "datasets": [ds],
        "base_model": "black-forest-labs/FLUX.1-dev",
        "instance_prompt": "p3rs0n",
    }
    repo = f"{c.pick(['loraworks', 'fluxtrain', 'q-lab'])}/p3rs0n-{c.hexs(4)}"
    return hf(c, repo=repo, tags=["lora", "template:sd-lora"], card=card), facts(
        "public_figure", f"{given} {family}", g, aliases=folded(f"{given} {family}")
    )


def p_hf_slug(c: Ctx) -> Made:
    g = c.gender()
    given, family = c.person(g)
    s = slug(f"{given} {family}")
    card = {
        "license": "other",
        "tags": ["lora", "sdxl"],
        "instance_prompt": f"photo of {s}",
        "base_model": "stabilityai/stable-diffusion-xl-base-1.0",
    }
    return hf(
        c,
        repo=f"{c.pick(['hiro-tunes', 'anvil-ai', 'kesko'])}/{s}-sdxl-lora",
        tags=["lora", "template:sd-lora"],
        card=card,
    ), facts("public_figure", f"{given} {family}", g, aliases=[s, *folded(f"{given} {family}")])


def p_minor_cue(c: Ctx) -> Made:
    g = c.gender(0.6)
    given, family = c.person(g)
    cue = c.pick(
        [
            f"{c.rng.randrange(11, 17)} years old",
            f"({c.rng.randrange(12, 17)}yo)",
            "child actress" if g == "female" else "child actor",
            f"aged {c.rng.randrange(10, 16)}",
            "teen",
        ]
    )
    role = c.pick(["chess player", "spelling bee winner", "TV quiz contestant", "figure skater"])
    if cue.startswith("child"):
        role = c.pick(["sitcom", "cereal advert", "period drama"]) + " cast member"
    desc = html(f"{given} {family}, {role}, {cue}.", "Portrait only. SFW.")
    item = civ(
        c,
        name=f"{given} {family}",
        desc=desc,
        tags=["portrait"],
        minor_flag=c.rng.random() < 0.5,
        sfw=True,
    )
    return item, facts("public_figure", f"{given} {family}", g)


def p_historical_figure(c: Ctx) -> Made:
    g = c.gender(0.5)
    given, family = c.person(g)
    born = c.rng.randrange(1790, 1880)
    role = c.pick(
        ["suffragist", "physician", "explorer"]
        if g == "female"
        else ["railway magnate", "poet", "general"]
    )
    desc = html(
        f"{given} {family} ({born}–{born + c.rng.randrange(40, 80)}), {role}, "
        "as if photographed today. Trained on daguerreotypes and portraits."
    )
    return civ(c, name=f"{given} {family} - modern photo", desc=desc, tags=["historical"]), facts(
        "public_figure", f"{given} {family}", g
    )


def p_pronoun_gender_only(c: Ctx) -> Made:
    g = c.gender(0.5)
    given, family = c.person("unisex")
    she, her = pron(g)
    job = trade(c, "neutral")
    desc = html(
        c.pick(
            [
                f"{given} {family}, {job}. I trained this on {her} recent press photos; "
                f"{she} looks best at 0.7.",
                f"{job.capitalize()} {given} {family}: {she} asked fans for a LoRA, so "
                f"here is one from {her} tour photos.",
            ]
        )
    )
    title = f"{given} {family} ({job})"
    if c.part == "hold13":
        title = c.pick([f"{given} {family}", f"{job}: {given} {family}"])
        desc = html(
            f"Requested by many: {given} {family}. {she.capitalize()} is on stage in "
            f"most of the dataset; {her} close-ups work best."
        )
    return civ(c, name=title, desc=desc, tags=["celebrity", "realistic"]), facts(
        "public_figure", f"{given} {family}", g
    )


def p_nonwestern_given_name(c: Ctx) -> Made:
    g = c.gender(0.5)
    culture = c.pick(sorted(c.v["CULTURES"]))
    given, family = c.culture_person(culture, g)
    job = trade(c, "neutral")
    desc = html(
        c.pick([f"{given} {family}, {job}. ", f"{job.capitalize()}: {given} {family}."]),
        notes(c, 1)[0],
    )
    title = c.pick(
        [
            f"{given} {family}",
            f"{given} {family} LoRA",
            f"{given} {family} [{c.pick(['Flux', 'XL', 'Pony'])}]",
        ]
    )
    if c.part == "hold13":
        desc = html(f"<b>{given} {family}</b>", bullets(f"known as: {job}", "photos: public"))
        title = c.pick([f"{family}, {given}", f"{given} {family} | {job}"])
    aliases = [f"{family} {given}"] if title.startswith(f"{family},") else []
    return civ(c, name=title, desc=desc, tags=["celebrity", "realistic"]), facts(
        "public_figure", f"{given} {family}", g, aliases=aliases
    )


def p_creator_handle(c: Ctx) -> Made:
    g = c.gender(0.8)
    handle = c.take("HANDLES")
    c.once(handle)
    where = c.pick(["Instagram", "TikTok", "YouTube"])
    desc = html(
        f"{where} creator {handle}. " + ("Her" if g == "female" else "His") + " feed, "
        "lighting and face.",
        notes(c, 1)[0],
    )
    title = f"{handle} ({where})"
    if c.part == "hold13":
        title = c.pick(
            [
                f"{where} girl {handle}" if g == "female" else f"{where} guy {handle}",
                f"Influencer {handle}",
            ]
        )
        desc = html(
            f"Influencer {handle} — {c.rng.randrange(100, 900)}k followers on {where}.",
            "Captured from " + ("her" if g == "female" else "his") + " reels.",
        )
    return civ(c, name=title, desc=desc, tags=["influencer", "instagram"]), facts(
        "online_creator", handle, g
    )


def p_streamer(c: Ctx) -> Made:
    g = c.gender(0.7)
    given, family = c.person(g)
    where = c.pick(c.v["PLATFORMS_STREAM"])
    nick = given + c.pick(["Plays", "TV", "Live", "_gg"])
    desc = html(
        c.pick(
            [
                f"{nick} ({given} {family}), {where} streamer. Webcam framing, RGB room.",
                f"{given} {family}, streams as {nick} on {where}. Facecam captures.",
            ]
        )
    )
    return civ(c, name=f"{nick} streamer", desc=desc, tags=["streamer", where.lower()]), facts(
        "online_creator", f"{given} {family}", g, aliases=[nick]
    )


def p_cosplayer(c: Ctx) -> Made:
    given, family = c.person("female")
    char = c.pick(c.v["ANIME_CHARS"])[0]
    desc = html(
        f"Cosplayer {given} {family} — her face, not the costume. Photos from "
        f"her {char} shoot and convention panels."
    )
    return civ(
        c, name=f"{given} {family} cosplayer", desc=desc, tags=["cosplay", "cosplayer"]
    ), facts("online_creator", f"{given} {family}", "female")


def p_creator_fansite(c: Ctx) -> Made:
    given, family = c.person("female")
    site = c.pick(["OnlyFans", "Fansly"])
    desc = html(f"{given} {family} ({site} model).", "NSFW capable.")
    return civ(
        c, name=f"{given} {family} [{site}]", desc=desc, tags=["woman", "nsfw"], sexual=True
    ), facts("online_creator", f"{given} {family}", "female")


def p_short_video_creator(c: Ctx) -> Made:
    g = c.gender(0.6)
    given, family = c.person(g)
    desc = html(
        c.pick(
            [
                f"{given} {family}, the TikTok dancer with {c.rng.randrange(2, 9)}M followers.",
                f"{given} {family} of the viral dance clips (Reels/TikTok).",
            ]
        ),
        "Trained from video frames.",
    )
    return civ(c, name=f"{given} {family} (TikTok)", desc=desc, tags=["tiktok", "dancer"]), facts(
        "online_creator", f"{given} {family}", g
    )


def p_creator_unknown_gender(c: Ctx) -> Made:
    handle = c.take("HANDLES")
    c.once(handle)
    desc = html(f"Requested: {handle}, the YouTube craft channel. They said it's fine to post.")
    return civ(c, name=f"{handle} likeness", desc=desc, tags=["youtuber"]), facts(
        "online_creator", handle, "unknown"
    )


PRIVATE = [
    ("my girlfriend", "female"),
    ("my wife", "female"),
    ("my husband", "male"),
    ("my boyfriend", "male"),
    ("my sister", "female"),
    ("my mom", "female"),
]


def p_private_relation(c: Ctx) -> Made:
    rel, g = c.pick(PRIVATE)
    named = c.rng.random() < 0.5
    given = c.pick(c.v["GIVEN_F" if g == "female" else "GIVEN_M"]) if named else None
    who = f"{rel} {given}" if given else rel
    desc = html(
        c.pick(
            [
                f"Trained on 20 photos of {who} (with permission).",
                f"Made this of {who} as an anniversary surprise.",
            ]
        ),
        "Please do not reupload.",
    )
    title = c.pick([f"{who} LoRA", f"{who} - personal"])
    if c.part == "hold13":
        title = c.pick([f"LoRA of {who}", f"{who} (private test)"])
        desc = html(
            f"Personal model: {who}. 25 phone photos, she/he said yes. Not for reuse.".replace(
                "she/he", "she" if g == "female" else "he"
            )
        )
    return civ(c, name=title, desc=desc, tags=["person"]), facts("private_person", given, g)


def p_private_classmate(c: Ctx) -> Made:
    g = c.gender(0.6)
    given = c.pick(c.v["GIVEN_F" if g == "female" else "GIVEN_M"])
    c.once("classmate:" + given)
    desc = html(
        f"{given}, a classmate from my university course. "
        f"{'She' if g == 'female' else 'He'} agreed to be a test subject."
    )
    return civ(c, name=f"{given} (classmate)", desc=desc, tags=["person", "realistic"]), facts(
        "private_person", given, g
    )


def p_private_commission(c: Ctx) -> Made:
    g = c.gender(0.7)
    given, family = c.person(g)
    desc = html(
        f"Commission: a LoRA of {given} {family} for a client. "
        "DM me for commissions, photos supplied by the client."
    )
    return civ(c, name=f"[Commission] {given} {family}", desc=desc, tags=["commission"]), facts(
        "private_person", f"{given} {family}", g
    )


def p_private_coworker(c: Ctx) -> Made:
    g = c.gender(0.6)
    given = c.pick(c.v["GIVEN_F" if g == "female" else "GIVEN_M"])
    c.once("cowork:" + given)
    desc = html(
        f"My coworker {given} from accounting, for the office farewell card. "
        f"{'Her' if g == 'female' else 'His'} face from team photos."
    )
    return civ(c, name=f"coworker {given}", desc=desc, tags=["person"]), facts(
        "private_person", given, g
    )


def p_private_unknown(c: Ctx) -> Made:
    rel = c.pick(["my partner", "my best friend", "my roommate", "my neighbour"])
    desc = html(f"A LoRA of {rel}, trained on their photos. Just for us.")
    return civ(c, name=f"{rel} (private)", desc=desc, tags=["person"]), facts(
        "private_person", None, "unknown"
    )


def p_hf_selfie(c: Ctx) -> Made:
    g = c.gender(0.5)
    user = c.pick(["marit", "diegoz", "amaka", "hyunwoo", "lotte", "samir", "ines", "tomek"])
    user = f"{user}{c.rng.randrange(10, 99)}"
    card = {
        "license": "mit",
        "tags": ["dreambooth", "lora"],
        "instance_prompt": f"a photo of sks {'woman' if g == 'female' else 'man'}",
        "widget": [{"text": "sks person hiking, selfie"}],
    }
    return hf(c, repo=f"{user}/my-face-lora", tags=["lora", "dreambooth"], card=card), facts(
        "private_person", None, g
    )


# ---------------------------------------------------------------- negatives


def n_anime_character(c: Ctx) -> Made:
    name, series, _ = c.take("ANIME_CHARS")
    c.once("anime:" + name)
    sexual = c.rng.random() < 0.2
    desc = html(
        c.pick(
            [
                f"{name} from <i>{series}</i>. Outfits: default, casual, battle dress.",
                f"{name} ({series}), all three outfits, trigger below.",
                f"Character LoRA of {name}. Series: {series}.",
            ]
        ),
        *notes(c),
    )
    if c.part == "hold13":
        desc = html(
            f"<h2>{name}</h2>",
            bullets(f"Series: {series}", "Outfits: 3", "Base: Illustrious"),
            notes(c, 1)[0],
        )
    if sexual:
        desc += html("Includes lewd outfit variant.")
    tags = ["anime", "character", "girl"] if c.rng.random() < 0.7 else ["anime", "woman"]
    return civ(
        c,
        name=f"{name} | {series}",
        desc=desc,
        tags=tags,
        trained=[slug(name).replace("-", "_")],
        sexual=sexual,
    ), {"kind": "character_anime"}


def n_anime_script_name(c: Ctx) -> Made:
    name, series, kana = c.take("ANIME_CHARS")
    c.once("anime:" + name)
    desc = html(f"{kana}（{series}）のキャラクターLoRAです。", "Illustrious 推奨。")
    return civ(c, name=f"{kana} / {series}", desc=desc, tags=["anime"]), {"kind": "character_anime"}


def n_game_character(c: Ctx) -> Made:
    name, game = c.take("GAME_CHARS")
    c.once("game:" + name)
    desc = html(
        c.pick(
            [
                f"{name}, companion character of the video game {game}. Realistic render style.",
                f"{name} ({game}) from in-game photo mode.",
            ]
        )
    )
    return civ(c, name=f"{name} ({game})", desc=desc, tags=["game character", "video game"]), {
        "kind": "character_western"
    }


def n_vtuber(c: Ctx) -> Made:
    name = c.take("VTUBERS")
    c.once("vt:" + name)
    desc = html(f"{name}, VTuber model (Live2D avatar), all outfits.")
    return civ(c, name=f"{name} [VTuber]", desc=desc, tags=["vtuber", "anime"]), {
        "kind": "character_vtuber"
    }


def n_checkpoint(c: Ctx) -> Made:
    name = c.take("CHECKPOINTS")
    c.once("ck:" + name)
    sexual = c.rng.random() < 0.2
    desc = html(
        f"<h2>{name}</h2>",
        c.pick(
            [
                "Photorealistic checkpoint for people, skin texture and natural light.",
                "All-round realistic model: portraits, street photography, product shots.",
                "Trained on 40k licensed stock photos. Good hands, good eyes.",
            ]
        ),
        bullets("CFG 3-5", "DPM++ 2M SDE", "Hires fix 1.5x"),
    )
    if c.part == "hold13":
        desc = html(
            c.pick(
                [
                    f"{name}: realistic base for portraits and candid people shots.",
                    f"{name} — photoreal merge-free finetune, any ethnicity, any age 20+.",
                ]
            )
        )
    if sexual:
        desc += html("Handles NSFW as well.")
    return civ(
        c,
        name=f"{name} {c.pick(['v4', 'XL', 'v2.1', 'Pony', 'Flux'])}",
        desc=desc,
        mtype="Checkpoint",
        tags=["photorealistic", "base model", "woman"],
        sexual=sexual,
    ), {"kind": "checkpoint_realistic"}


def n_checkpoint_merge(c: Ctx) -> Made:
    a, b = c.rng.sample(c.v["CHECKPOINTS"], 2)
    c.once("merge:" + a + b)
    desc = html(f"Merge of {a} and {b} (0.6/0.4), tuned for portraits.")
    return civ(
        c,
        name=f"{a.split()[0]}{b.split()[0]} Mix",
        desc=desc,
        mtype="Checkpoint",
        tags=["merge", "realistic"],
    ), {"kind": "checkpoint_realistic"}


def n_hf_checkpoint(c: Ctx) -> Made:
    name = slug(c.pick(c.v["CHECKPOINTS"]))
    card = {"license": "openrail++", "tags": ["stable-diffusion-xl", "photorealistic"]}
    return hf(
        c,
        repo=f"{c.pick(['realforge', 'pixelsmith', 'ckpt-hub'])}/{name}-xl",
        tags=[],
        card=card,
        files=["model_index.json", "unet/diffusion_pytorch_model.safetensors"],
    ), {"kind": "checkpoint_realistic"}


def n_clothing(c: Ctx) -> Made:
    cloth = c.pick(c.v["CLOTHES"])
    c.once(f"cl:{cloth}{c.rng.randrange(3)}")
    desc = html(
        c.pick(
            [
                f"Outfit LoRA: {cloth}. Works on any character or person.",
                f"<h3>{cloth}</h3>Clothing only; prompt the person separately.",
                f"Adds a {cloth}. Tested on realistic and anime checkpoints.",
            ]
        ),
        notes(c, 1)[0],
    )
    return civ(
        c,
        name=c.pick([f"{cloth.title()} | outfit", f"{cloth} (clothing)", cloth]),
        desc=desc,
        tags=["clothing", "outfit"],
    ), {"kind": "clothing"}


def n_lighting_pose(c: Ctx) -> Made:
    what = c.pick(c.v["LIGHTS"])
    c.once(f"li:{what}{c.rng.randrange(3)}")
    desc = html(
        c.pick(
            [
                f"Concept: {what}.",
                f"Helps with {what}; use 0.6-1.0.",
                f"<b>{what}</b> for portraits.",
            ]
        ),
        notes(c, 1)[0],
    )
    return civ(
        c,
        name=c.pick([f"{what.capitalize()} concept", f"{what} LoRA", what.title()]),
        desc=desc,
        tags=["concept", "lighting"],
    ), {"kind": "concept"}


def n_painter_style(c: Ctx) -> Made:
    who = c.take("PAINTERS")
    c.once("pt:" + who)
    desc = html(f"In the style of the painter {who}: thick impasto, muted ochres.")
    return civ(c, name=f"{who} style", desc=desc, tags=["style", "art style", "painting"]), {
        "kind": "artist_style"
    }


def n_architect_style(c: Ctx) -> Made:
    who = c.take("ARCHITECTS")
    c.once("ar:" + who)
    desc = html(f"Buildings in the manner of architect {who}: brick arches, copper roofs.")
    return civ(c, name=f"{who} architecture", desc=desc, tags=["architecture", "style"]), {
        "kind": "artist_style"
    }


def _eponym(
    key: str, kind: str, fmt: Callable[[str], list[tuple[str, str, list[str]]]]
) -> Callable[[Ctx], Made]:
    def template(c: Ctx) -> Made:
        name = c.take("EP:" + key, c.v["EPONYMS"][key])
        c.once(f"ep:{name}")
        title, text, tags = c.pick(fmt(name))
        return civ(c, name=title, desc=html(text, notes(c, 1)[0]), tags=tags), {"kind": kind}

    return template


n_eponymous_disease = _eponym(
    "disease",
    "concept",
    lambda n: [
        (
            f"{n} - medical illustration",
            f"Textbook-style medical illustrations of {n}: anatomy plates, no patients.",
            ["medical", "illustration"],
        ),
        (
            f"Medical diagrams: {n}",
            f"Clean vector diagrams for slides about {n}.",
            ["medical", "diagram"],
        ),
    ],
)
n_eponymous_theorem = _eponym(
    "theorem",
    "concept",
    lambda n: [
        (f"{n} chalkboard", f"Chalkboard diagrams explaining the {n}.", ["math", "chalkboard"]),
        (
            f"{n} (blackboard lecture)",
            f"A professor-less lecture hall with the {n} on the board.",
            ["education", "math"],
        ),
    ],
)
n_street_named_person = _eponym(
    "street",
    "concept",
    lambda n: [
        (
            f"{n} at night",
            f"Street scenes of {n}: wet cobblestones, cafés, tram lines.",
            ["street", "city", "background"],
        ),
        (n, f"Background LoRA of {n} in the old town, daytime and dusk.", ["background"]),
    ],
)
n_dish_named_person = _eponym(
    "dish",
    "concept",
    lambda n: [
        (f"{n} (food photo)", f"Food photography of {n}, plated, overhead shot.", ["food", "dish"]),
        (f"{n} recipe shots", f"Cookbook-style photos of {n} with herbs.", ["food"]),
    ],
)
n_chess_opening = _eponym(
    "chess",
    "concept",
    lambda n: [
        (f"{n} board diagram", f"Chess board renders of the {n} after move 6.", ["chess", "board"]),
        (f"{n} - chess", f"Wooden chess sets frozen in the {n} position.", ["chess", "object"]),
    ],
)
n_award_named_person = _eponym(
    "award",
    "concept",
    lambda n: [
        (f"{n} trophy", f"The {n} statuette on stage, gold and marble.", ["trophy", "object"]),
        (
            f"{n} ceremony",
            f"Ceremony stage for the {n}: podium, lights, empty seats.",
            ["stage", "event"],
        ),
    ],
)
n_ship_name = _eponym(
    "ship",
    "concept",
    lambda n: [
        (f"{n} ocean liner", f"The {n}, 1930s ocean liner, on calm seas.", ["ship", "vehicle"]),
        (f"{n} (ship)", f"Model of the {n} in dry dock and at sea.", ["ship"]),
    ],
)
n_font_named_person = _eponym(
    "font",
    "style",
    lambda n: [
        (f"{n} typography", f"Posters set in {n} type.", ["typography", "font"]),
        (f"{n} lettering", f"Signage and book covers in the {n} typeface.", ["typography"]),
    ],
)
n_university_named_person = _eponym(
    "university",
    "concept",
    lambda n: [
        (f"{n} campus", f"Campus architecture of {n}: quad, library, ivy.", ["architecture"]),
        (f"{n} library", f"The reading room of {n}, warm lamps.", ["interior"]),
    ],
)
n_optical_effect_named = _eponym(
    "optical",
    "concept",
    lambda n: [
        (f"{n} lighting", f"The {n}: a soft halo around backlit hair.", ["lighting", "effect"]),
        (f"{n} (light effect)", f"Adds the {n} to night scenes.", ["lighting"]),
    ],
)
n_pose_named_person = _eponym(
    "pose",
    "concept",
    lambda n: [
        (f"{n} pose", f"The {n} yoga/dance pose, any character.", ["pose"]),
        (f"{n} - pose helper", f"Pose LoRA for {n}, works on men and women.", ["pose"]),
    ],
)
n_comet_named = _eponym(
    "comet",
    "concept",
    lambda n: [
        (f"{n} night sky", f"{n} over mountains, long exposure.", ["astrophotography", "sky"]),
        (f"{n} astrophoto", f"Telescope views of {n} and its tail.", ["space"]),
    ],
)
n_dance_named_person = _eponym(
    "dance",
    "concept",
    lambda n: [
        (f"{n} dance move", f"Motion-blur photos of {n}, a 1950s dance step.", ["dance", "pose"]),
        (f"Dance: {n}", f"Couples doing {n} in a ballroom.", ["dance"]),
    ],
)
n_lens_named_designer = _eponym(
    "lens",
    "style",
    lambda n: [
        (
            f"{n} bokeh",
            f"Emulates the {n} lens: swirly bokeh, soft corners.",
            ["photography", "lens"],
        ),
        (f"{n} lens look", f"Lens character of the {n}: vignetting and glow.", ["lens"]),
    ],
)
n_band_named_person = _eponym(
    "band",
    "style",
    lambda n: [
        (
            f"{n} album cover style",
            f"Album-art style of the band {n}: collage, risograph colours.",
            ["album cover", "style"],
        ),
        (f"{n} gig posters", f"Tour-poster style of {n}, screen print.", ["poster", "style"]),
    ],
)
n_place_name = _eponym(
    "place",
    "concept",
    lambda n: [
        (f"{n} landscape", f"Landscapes around {n}: harbour, hills, fog.", ["landscape", "place"]),
        (f"{n} postcard", f"Vintage postcard views of {n}.", ["landscape"]),
    ],
)


WINES = [
    "Château Bellegarde-Rouvière",
    "Bodega Doña Eulalia",
    "Weingut Konrad Hessler",
    "Tenuta Ginevra Alberici",
    "Quinta da Dona Benedita",
    "Domaine Aurélien Masclet",
]


def n_wine_estate_named(c: Ctx) -> Made:
    name = c.take("wine", WINES)
    c.once("wine:" + name)
    desc = html(
        c.pick(
            [
                f"Vineyard and cellar scenes of {name}: oak barrels, rows of vines.",
                f"Wine-label and bottle shots in the style of {name}.",
            ]
        ),
        notes(c, 1)[0],
    )
    return civ(c, name=f"{name} vineyard", desc=desc, tags=["wine", "landscape"]), {
        "kind": "concept"
    }


def n_hf_style_lora(c: Ctx) -> Made:
    what = c.pick(
        [
            "film-noir",
            "linen-summer-dress",
            "polaroid-look",
            "rainy-window",
            "knit-sweater",
            "cyanotype",
            "golden-hour",
            "motion-blur",
        ]
    )
    user = c.pick(["stylelab", "tinkerlora", "nikon-dreams", "lumenworks"])
    card = {
        "license": "apache-2.0",
        "tags": ["lora", "style", "flux"],
        "base_model": "black-forest-labs/FLUX.1-dev",
        "instance_prompt": f"{what} style",
        "widget": [{"text": f"a woman in a cafe, {what} style"}],
    }
    return hf(c, repo=f"{user}/{what}-flux-lora", tags=["lora", "template:sd-lora"], card=card), {
        "kind": "clothing" if what in ("linen-summer-dress", "knit-sweater") else "concept"
    }


HOLD_EPONYMS = {
    "crater": ["Vallander crater", "Okonjo crater", "Mirabeau-Tess crater", "Ishikawa-Lund crater"],
    "hotel": [
        "Hotel Adelina Varga",
        "The Bertrand Osterhaus",
        "Palazzo Lucrezia Fenn",
        "Grand Hotel Matthias Kell",
    ],
    "instrument": [
        "Bertolacci violin",
        "Hollandt harpsichord",
        "Okafor talking drum",
        "Vasenko balalaika",
    ],
}


def _hold_eponym(key: str, title: str, text: str, tags: list[str]) -> Callable[[Ctx], Made]:
    def template(c: Ctx) -> Made:
        name = c.take("HE:" + key, HOLD_EPONYMS[key])
        c.once("he:" + name)
        return civ(c, name=title.format(name), desc=html(text.format(name)), tags=tags), {
            "kind": "concept"
        }

    return template


n_crater_named = _hold_eponym(
    "crater",
    "{} (moon)",
    "Lunar surface around the {}, orbital photo look.",
    ["space", "landscape"],
)
n_hotel_named_person = _hold_eponym(
    "hotel",
    "{} lobby",
    "Art-deco lobby of the {}: brass, marble, palms.",
    ["interior", "architecture"],
)
n_instrument_maker_named = _hold_eponym(
    "instrument", "{} (instrument)", "Product shots of a {} on velvet.", ["object", "music"]
)


def n_ai_persona(c: Ctx) -> Made:
    who = c.take("PERSONAS")
    c.once("ps:" + who)
    sexual = c.rng.random() < 0.3
    desc = html(
        f"{who} is my AI influencer — a consistent character, not a real person. "
        "Generated dataset, 120 images."
    )
    if sexual:
        desc += html("Spicy / NSFW versions on my page.")
    return civ(
        c, name=f"{who} | AI influencer", desc=desc, tags=["ai influencer", "woman"], sexual=sexual
    ), {"kind": "consistent_character"}


def n_novel_character(c: Ctx) -> Made:
    who, book = c.pick(c.v["NOVEL_CHARS"])
    c.once("nv:" + who)
    desc = html(f"{who}, heroine/hero of the novel <i>{book}</i>, as I imagine them.")
    return civ(c, name=f"{who} ({book})", desc=desc, tags=["character", "book"]), {
        "kind": "character_western"
    }


def n_placeholder_name(c: Ctx) -> Made:
    who = c.take("PLACEHOLDERS")
    c.once("ph:" + who)
    desc = html(
        f'"{who}": an average, forgettable face for placeholders and mock-ups. '
        "Nobody in particular."
    )
    return civ(c, name=f"{who} generic face", desc=desc, tags=["generic", "face"]), {
        "kind": "generic_face"
    }


def n_mascot_named(c: Ctx) -> Made:
    who, what = c.pick(c.v["MASCOTS"])
    c.once("ms:" + who)
    desc = html(f"{who}, {what}, as a 3D mascot render.")
    return civ(c, name=f"{who} mascot", desc=desc, tags=["mascot", "cartoon"]), {
        "kind": "character_western"
    }


def n_generic_woman(c: Ctx) -> Made:
    look = c.pick(
        [
            "freckled redhead",
            "girl next door",
            "office lady",
            "fitness woman",
            "elegant mature woman",
            "surfer girl",
            "bookish woman",
            "punk girl",
        ]
    )
    extra = c.pick(["", "Korean ", "Latina ", "Scandinavian ", "Nigerian ", "Indian "])
    c.once(f"gw:{extra}{look}")
    desc = html(
        c.pick(
            [
                f"Generic {extra}{look} face, randomised — no specific person.",
                f"A {extra}{look} look for stock-style photos; faces vary by seed.",
            ]
        ),
        notes(c, 1)[0],
    )
    return civ(
        c,
        name=c.pick([f"{extra}{look.title()} face", f"{extra}{look} | realistic"]),
        desc=desc,
        tags=["woman", "realistic", "face"],
    ), {"kind": "generic_face"}


def n_nsfw_concept(c: Ctx) -> Made:
    what = c.pick(["lingerie set", "boudoir bedroom", "topless beach", "nude art study"])
    c.once(f"nc:{what}{c.rng.randrange(3)}")
    desc = html(f"NSFW concept: {what}.")
    return civ(
        c, name=f"{what.title()} (NSFW)", desc=desc, tags=["nsfw", "concept"], sexual=True
    ), {"kind": "concept"}


def n_tool(c: Ctx) -> Made:
    what = c.pick(c.v["TOOLS"])
    c.once(f"tl:{what}{c.rng.randrange(3)}")
    mtype = c.pick(["Other", "VAE", "Upscaler", "TextualInversion"])
    desc = html(f"{what}. Utility model, no subject.")
    return civ(c, name=what.title(), desc=desc, tags=["tool", "utility"], mtype=mtype), {
        "kind": "tool"
    }


def n_style_embedding(c: Ctx) -> Made:
    style = c.pick(
        [
            "film noir",
            "pastel dream",
            "cyberpunk neon",
            "risograph",
            "ukiyo-e",
            "vaporwave",
            "watercolour wash",
        ]
    )
    c.once(f"st:{style}")
    desc = html(f"Textual inversion for a {style} look.")
    return civ(
        c,
        name=f"{style} embedding",
        desc=desc,
        tags=["style", "embedding"],
        mtype="TextualInversion",
    ), {"kind": "tool"}


def n_ethnic_look(c: Ctx) -> Made:
    look = c.pick(c.v["ETHNIC"])
    c.once("et:" + look)
    desc = html(f"Faces with {look} features, diverse ages. Not any one person.")
    return civ(c, name=f"{look} faces", desc=desc, tags=["ethnicity", "face"]), {
        "kind": "ethnic_look"
    }


def n_nonexistent_person(c: Ctx) -> Made:
    title = c.take(
        "NE",
        ["Nonexistent People XL", "TPDNE Faces", "Nobody Real v2", "Random Stranger Generator"],
    )
    c.once("ne:" + title)
    desc = html("Faces in the style of This Person Does Not Exist: GAN portraits, none real.")
    return civ(c, name=title, desc=desc, tags=["face", "gan"]), {"kind": "nonexistent_person"}


def n_body_slider(c: Ctx) -> Made:
    what = c.pick(["muscle slider", "height slider", "age slider (20-60)", "weight slider"])
    c.once("bs:" + what)
    desc = html(f"LECO {what}, positive and negative weights.")
    return civ(c, name=what.title(), desc=desc, tags=["slider", "body"]), {"kind": "body_type"}


def n_hf_anime_character(c: Ctx) -> Made:
    name, series, _ = c.take("ANIME_CHARS")
    c.once("anime:" + name)
    card = {
        "license": "creativeml-openrail-m",
        "tags": ["anime", "lora"],
        "instance_prompt": slug(name).replace("-", "_"),
        "base_model": "OnomaAIResearch/Illustrious-xl-early-release-v0",
    }
    return hf(c, repo=f"animeloras/{slug(name)}-{slug(series)[:12]}", tags=["lora"], card=card), {
        "kind": "character_anime"
    }


# ---------------------------------------------------------------- plan

Template = Callable[[Ctx], Made]
# shape: (template, dev13 count, hold13 count)
POSITIVES: dict[str, tuple[Template, int, int]] = {
    "title_trade": (p_title_trade, 10, 10),
    "chef_restaurant": (p_chef_restaurant, 3, 3),
    "politician_party": (p_politician_party, 3, 3),
    "band_member": (p_band_member, 3, 3),
    "journalist_outlet": (p_journalist_outlet, 3, 3),
    "olympian_event": (p_olympian_event, 3, 3),
    "esports_gamertag": (p_esports_gamertag, 3, 3),
    "reality_contestant": (p_reality_contestant, 3, 3),
    "military_rank": (p_military_rank, 2, 2),
    "royal_title": (p_royal_title, 0, 3),
    "clergy_title": (p_clergy_title, 2, 2),
    "generational_suffix": (p_generational_suffix, 3, 3),
    "patronymic_name": (p_patronymic_name, 3, 3),
    "nordic_patronymic": (p_nordic_patronymic, 3, 3),
    "kunya_name": (p_kunya_name, 0, 3),
    "family_caps_given": (p_family_caps_given, 3, 3),
    "hungarian_order": (p_hungarian_order, 2, 2),
    "coach_team": (p_coach_team, 0, 3),
    "astronaut_mission": (p_astronaut_mission, 0, 3),
    "talent_show_judge": (p_talent_show_judge, 0, 3),
    "birth_year_disambig": (p_birth_year_disambig, 0, 3),
    "weather_presenter": (p_weather_presenter, 0, 3),
    "east_asian_name": (p_east_asian_name, 4, 4),
    "east_asian_script_only": (p_east_asian_script_only, 4, 4),
    "script_name_gender": (p_script_name_gender, 4, 4),
    "indic_script_only": (p_indic_script_only, 3, 3),
    "rare_script_only": (p_rare_script_only, 3, 3),
    "ordinary_words": (p_ordinary_words, 4, 4),
    "initials_likeness": (p_initials_likeness, 3, 3),
    "initials_with_show": (p_initials_with_show, 2, 2),
    "lookalike_of_named": (p_lookalike_of_named, 3, 3),
    "face_mix_ratio": (p_face_mix_ratio, 3, 3),
    "cast_pack": (p_cast_pack, 2, 2),
    "live_action_role": (p_live_action_role, 3, 3),
    "stage_role_actor": (p_stage_role_actor, 2, 2),
    "ad_spokesperson": (p_ad_spokesperson, 0, 3),
    "faceid_embedding": (p_faceid_embedding, 3, 3),
    "booru_qualifier_tag": (p_booru_qualifier_tag, 3, 3),
    "hf_card_datasets": (p_hf_card_datasets, 3, 3),
    "hf_slug": (p_hf_slug, 3, 3),
    "minor_cue": (p_minor_cue, 3, 3),
    "historical_figure": (p_historical_figure, 2, 2),
    "pronoun_gender_only": (p_pronoun_gender_only, 4, 4),
    "nonwestern_given_name": (p_nonwestern_given_name, 6, 6),
    "creator_handle": (p_creator_handle, 3, 3),
    "streamer": (p_streamer, 3, 3),
    "cosplayer": (p_cosplayer, 2, 2),
    "creator_fansite": (p_creator_fansite, 2, 2),
    "short_video_creator": (p_short_video_creator, 2, 2),
    "creator_unknown_gender": (p_creator_unknown_gender, 2, 2),
    "private_relation": (p_private_relation, 3, 3),
    "private_classmate": (p_private_classmate, 2, 2),
    "private_commission": (p_private_commission, 2, 2),
    "private_coworker": (p_private_coworker, 2, 2),
    "private_unknown": (p_private_unknown, 2, 2),
    "hf_selfie": (p_hf_selfie, 2, 2),
}
NEGATIVES: dict[str, tuple[Template, int, int]] = {
    "anime_character": (n_anime_character, 14, 14),
    "anime_script_name": (n_anime_script_name, 3, 3),
    "hf_anime_character": (n_hf_anime_character, 3, 3),
    "game_character": (n_game_character, 4, 4),
    "vtuber": (n_vtuber, 2, 2),
    "checkpoint": (n_checkpoint, 13, 13),
    "checkpoint_merge": (n_checkpoint_merge, 5, 5),
    "hf_checkpoint": (n_hf_checkpoint, 4, 4),
    "clothing": (n_clothing, 12, 12),
    "lighting_pose": (n_lighting_pose, 10, 10),
    "painter_style": (n_painter_style, 5, 5),
    "architect_style": (n_architect_style, 3, 3),
    "eponymous_disease": (n_eponymous_disease, 3, 3),
    "eponymous_theorem": (n_eponymous_theorem, 3, 3),
    "street_named_person": (n_street_named_person, 3, 3),
    "dish_named_person": (n_dish_named_person, 3, 3),
    "chess_opening": (n_chess_opening, 3, 3),
    "award_named_person": (n_award_named_person, 3, 3),
    "ship_name": (n_ship_name, 2, 2),
    "font_named_person": (n_font_named_person, 2, 2),
    "university_named_person": (n_university_named_person, 2, 2),
    "optical_effect_named": (n_optical_effect_named, 3, 3),
    "pose_named_person": (n_pose_named_person, 3, 3),
    "comet_named": (n_comet_named, 0, 3),
    "dance_named_person": (n_dance_named_person, 0, 3),
    "lens_named_designer": (n_lens_named_designer, 0, 3),
    "band_named_person": (n_band_named_person, 3, 3),
    "place_name": (n_place_name, 3, 3),
    "wine_estate_named": (n_wine_estate_named, 2, 2),
    "crater_named": (n_crater_named, 0, 3),
    "hotel_named_person": (n_hotel_named_person, 0, 3),
    "instrument_maker_named": (n_instrument_maker_named, 0, 3),
    "hf_style_lora": (n_hf_style_lora, 4, 4),
    "ai_persona": (n_ai_persona, 4, 4),
    "novel_character": (n_novel_character, 3, 3),
    "placeholder_name": (n_placeholder_name, 3, 3),
    "mascot_named": (n_mascot_named, 3, 3),
    "generic_woman": (n_generic_woman, 12, 12),
    "nsfw_concept": (n_nsfw_concept, 4, 4),
    "tool": (n_tool, 5, 5),
    "style_embedding": (n_style_embedding, 3, 3),
    "ethnic_look": (n_ethnic_look, 3, 3),
    "nonexistent_person": (n_nonexistent_person, 2, 2),
    "body_slider": (n_body_slider, 2, 2),
}
HOLD_ONLY = {
    shape
    for table in (POSITIVES, NEGATIVES)
    for shape, (_, dev, hold) in table.items()
    if not dev and hold
}
PROMINENCE = {
    "public_figure": "public_figure",
    "online_creator": "online_creator",
    "private_person": "private_or_unknown",
}


def build(part: str) -> tuple[list[Item], list[Label]]:
    c = Ctx(part)
    plan: list[tuple[str, bool, Template]] = []
    for likeness, table in ((True, POSITIVES), (False, NEGATIVES)):
        for shape, (template, n_dev, n_hold) in table.items():
            plan += [(shape, likeness, template)] * (n_dev if part == "dev13" else n_hold)
    c.rng.shuffle(plan)
    items: list[Item] = []
    labels: list[Label] = []
    for shape, likeness, template in plan:
        for _ in range(80):
            try:
                item, f = template(c)
                break
            except Retry:
                continue
        else:
            raise RuntimeError(f"{part} {shape}: nothing fresh left")
        sexual, minor = sexual_cue(item), minor_cue(item)
        assert minor == (shape == "minor_cue"), (part, shape, item["name"])
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
    rows: Counter[tuple[str, str, str]] = Counter()
    for part in SEEDS:
        for lab in build(part)[1]:
            rows[(lab["kind"], lab["shape"], part)] += 1
    keys = sorted({(k, s) for k, s, _ in rows}, key=lambda ks: (ks[0] not in PROMINENCE, ks))
    lines = ["| kind | shape | dev13 | hold13 |", "|---|---|---|---|"]
    lines += [
        f"| `{k}` | `{s}` | {rows[(k, s, 'dev13')]} | {rows[(k, s, 'hold13')]} |" for k, s in keys
    ]
    return "\n".join(lines)


def totals() -> str:
    out = []
    for part in SEEDS:
        labels = build(part)[1]
        like = [x for x in labels if x["likeness"]]
        g = Counter(x["gender"] for x in like)
        out.append(
            f"{part}: {len(labels)} items, {len(like)} likeness (female {g['female']}, male "
            f"{g['male']}, unknown {g['unknown']}), sexual intent "
            f"{sum(x['sexual_intent'] for x in labels)}, "
            f"minor risk {sum(x['minor_risk'] for x in labels)}, "
            f"Hugging Face {sum(x['platform'] == 'huggingface' for x in labels)}"
        )
    return "Totals: " + "; ".join(out) + "."


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
