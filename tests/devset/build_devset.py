"""Write the labelled likeness dev set and its held-out twin (invented people only).

Run from the repository root::

    .venv/bin/python tests/devset/build_devset.py

It writes, deterministically:

* ``devset.jsonl`` / ``labels.jsonl`` — ~600 items, seed ``DEV_SEED``, dev vocabulary and the
  templates marked ``dev`` or shared;
* ``holdout.jsonl`` / ``holdout_labels.jsonl`` — ~200 items, seed ``HOLDOUT_SEED``, a partly
  different vocabulary and the templates marked ``holdout`` or shared.

Each item is a raw API item in a real shape: a Civitai ``/api/v1/models`` item (2025 shape as in
the recorded fixture, or the 2023 shape of the real catalog for older items) or a Hugging Face
``/api/models?full=true&cardData=true`` ModelInfo with ``siblings`` and ``cardData``. The label is
decided first (kind, target, gender, prominence, sexual intent, minor risk) and the metadata is
then written to carry exactly those facts, so labels are ground truth by construction.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from devset_vocab import (
    DEV_EXT_VOCAB,
    DEV_VOCAB,
    HOLDOUT_EXT_VOCAB,
    HOLDOUT_VOCAB,
    SHARED_NATIONALITIES,
    EastName,
    ExtVocab,
    Vocab,
)

HERE = Path(__file__).resolve().parent
DEV_SEED = 20250522
HOLDOUT_SEED = 917
HF_SHARE = 0.25

# Item counts per kind. Likeness kinds first; the rest are hard negatives.
DEV_COUNTS: dict[str, int] = {
    "public_figure": 150,
    "online_creator": 70,
    "private_person": 50,
    "character_anime": 55,
    "character_western": 25,
    "character_vtuber": 12,
    "artist_style": 40,
    "concept": 50,
    "clothing": 30,
    "checkpoint_realistic": 30,
    "tool": 20,
    "generic_face": 35,
    "ethnic_look": 18,
    "body_type": 15,
}
HOLDOUT_COUNTS: dict[str, int] = {
    "public_figure": 50,
    "online_creator": 24,
    "private_person": 18,
    "character_anime": 18,
    "character_western": 8,
    "character_vtuber": 4,
    "artist_style": 13,
    "concept": 16,
    "clothing": 10,
    "checkpoint_realistic": 10,
    "tool": 6,
    "generic_face": 12,
    "ethnic_look": 6,
    "body_type": 5,
}
LIKENESS_KINDS = ("public_figure", "online_creator", "private_person")
PROMINENCE = {
    "public_figure": "public_figure",
    "online_creator": "online_creator",
    "private_person": "private_or_unknown",
}
SEXUAL_SHARE = {"public_figure": 0.42, "online_creator": 0.5, "private_person": 0.34}
MINOR_SHARE = {"public_figure": 0.05, "online_creator": 0.06, "private_person": 0.04}
NEGATIVE_SEXUAL_SHARE = {
    "character_anime": 0.3,
    "concept": 0.4,
    "clothing": 0.35,
    "checkpoint_realistic": 0.3,
    "body_type": 0.4,
    "generic_face": 0.15,
    "ethnic_look": 0.15,
}

# Platform cues for sexual intent. Items labelled non-sexual carry none of these.
SEXUAL_TAGS = ("nsfw", "nude", "lingerie", "sexy", "topless", "boudoir")
SEXUAL_TRIGGER_SUFFIXES = ("nude", "lingerie", "topless", "nsfw")
SEXUAL_DESC = (
    "Works for NSFW too.",
    "Can do nudes, use a lower weight for those.",
    "Good for boudoir and lingerie shots.",
    "NSFW capable, see the examples.",
    "Trained with some topless photos so it leans NSFW.",
)
CIVITAI_NSFW_LEVELS = (4, 8, 12, 16, 28)

B83 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#$%*+,-.:;=?@[]^_{|}~"

BASE_MODELS = {
    # Civitai baseModel -> (Hugging Face base repo, short label used in names)
    "SD 1.5": ("stable-diffusion-v1-5/stable-diffusion-v1-5", "SD1.5"),
    "SDXL 1.0": ("stabilityai/stable-diffusion-xl-base-1.0", "SDXL"),
    "Pony": ("stabilityai/stable-diffusion-xl-base-1.0", "Pony"),
    "Illustrious": ("stabilityai/stable-diffusion-xl-base-1.0", "IL"),
    "Flux.1 D": ("black-forest-labs/FLUX.1-dev", "Flux"),
    "Flux.1 S": ("black-forest-labs/FLUX.1-schnell", "Flux"),
    "SD 3.5": ("stabilityai/stable-diffusion-3.5-large", "SD3.5"),
}
CHECKPOINT_NAMES = ("ChilloutMix", "RealisticVision", "majicMIX", "epiCRealism", "Juggernaut XL")


@dataclass(frozen=True)
class Label:
    """Ground truth for one item, as written to ``labels.jsonl``."""

    platform: str
    model_id: str
    kind: str
    likeness: bool
    target: str | None
    gender: str | None
    prominence: str | None
    sexual_intent: bool
    minor_risk: bool
    shape: str = "base"
    targets: tuple[str, ...] = ()  # every named target (a named blend has several)
    aliases: tuple[str, ...] = ()  # other forms of ``target`` the metadata shows


@dataclass(frozen=True)
class Person:
    """An invented person; ``eastern`` names put the family name first."""

    given: str
    family: str
    gender: str  # female | male
    eastern: bool = False

    @property
    def full(self) -> str:
        return f"{self.family} {self.given}" if self.eastern else f"{self.given} {self.family}"


@dataclass
class Draft:
    """Platform-neutral content of one item while it is being written (a builder)."""

    kind: str
    platform: str
    title: str
    created: datetime
    model_type: str = "LORA"
    base_model: str = "SD 1.5"
    tags: list[str] = field(default_factory=list)
    trained_words: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    widget_texts: list[str] = field(default_factory=list)
    hf_slug: str | None = None
    file_stem: str | None = None
    nsfw_flag: bool = False
    nsfw_level_bits: int = 0  # R/X/XXX bits of the model's content, 0 when SFW
    poi: bool = False
    minor_flag: bool = False
    target: str | None = None
    # for named people: the ways the metadata may name them, best first (see resolve_target)
    target_forms: tuple[str, ...] = ()
    gender: str | None = None
    sexual: bool = False
    minor: bool = False
    shape: str = "base"
    more_targets: tuple[str, ...] = ()  # further named targets (named blends)
    aliases: tuple[str, ...] = ()  # further forms of the target (scripts, romanisations)


def slugify(text: str, sep: str = "-") -> str:
    """Lower-case ASCII words joined by ``sep``."""
    return sep.join(re.findall(r"[a-z0-9]+", text.lower()))


def leet(text: str, rng: random.Random) -> str:
    """Leetspeak as uploaders write it: some vowels and s swapped for digits."""
    table = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5"}
    out = []
    for char in text.lower():
        out.append(table[char] if char in table and rng.random() < 0.8 else char)
    return "".join(out)


class Generator:
    """Writes items for one split from one seed and one vocabulary."""

    def __init__(self, split: str, seed: int, vocab: Vocab) -> None:
        self.split = split
        self.rng = random.Random(seed)
        self.vocab = vocab
        self.used_people: set[str] = set()
        self.used_ids: set[str] = set()

    # ---- small helpers ------------------------------------------------------------------
    def pick(self, options: Sequence[Any]) -> Any:
        return self.rng.choice(list(options))

    def pick_t(self, options: Sequence[tuple[str, str]]) -> str:
        """Pick a template whose split tag is ``both`` or this split."""
        allowed = [text for text, split in options if split in ("both", self.split)]
        return str(self.rng.choice(allowed))

    def chance(self, share: float) -> bool:
        return self.rng.random() < share

    def sample(self, options: Sequence[str], low: int, high: int) -> list[str]:
        count = min(len(options), self.rng.randint(low, high))
        return self.rng.sample(list(options), count)

    def surname(self) -> str:
        return self.pick(self.vocab.surname_heads) + self.pick(self.vocab.surname_tails)

    def new_person(self, gender: str, eastern_share: float = 0.15) -> Person:
        for _ in range(200):
            if self.chance(eastern_share):
                pool = (
                    self.vocab.east_given_female
                    if gender == "female"
                    else self.vocab.east_given_male
                )
                person = Person(self.pick(pool), self.pick(self.vocab.east_family), gender, True)
            else:
                pool = self.vocab.female_first if gender == "female" else self.vocab.male_first
                person = Person(self.pick(pool), self.surname(), gender)
            if person.full not in self.used_people:
                self.used_people.add(person.full)
                return person
        raise RuntimeError("ran out of invented names")

    def likeness_gender(self) -> str:
        return "female" if self.chance(0.86) else "male"

    def creator_name(self) -> str:
        heads = ("pixel", "dream", "lora", "neo", "art", "shadow", "silver", "ai", "mr", "its")
        tails = ("smith", "forge", "maker", "lab", "works", "diffusion", "fox", "wolf", "ghost")
        return f"{self.pick(heads)}{self.pick(tails)}{self.rng.randint(1, 999)}"

    def followers(self) -> str:
        return self.pick(
            (
                f"{self.rng.randint(12, 950)}k",
                f"{self.rng.randint(11, 49) / 10:.1f}M",
                f"{self.rng.randint(20, 900)}K",
                f"{self.rng.randint(2, 9)} million",
            )
        )

    def platform(self) -> str:
        return "huggingface" if self.chance(HF_SHARE) else "civitai"

    def base_model(self, created: datetime) -> str:
        """A base model that existed when the item was made."""
        weights: tuple[str, ...] = ("SD 1.5",) * 4
        if created >= datetime(2023, 8, 1, tzinfo=UTC):
            weights += ("SDXL 1.0",) * 3
        if created >= datetime(2024, 1, 15, tzinfo=UTC):
            weights += ("Pony", "Pony")
        if created >= datetime(2024, 9, 1, tzinfo=UTC):
            weights += ("Illustrious", "Flux.1 D", "Flux.1 D", "Flux.1 D", "Flux.1 S")
        if created >= datetime(2024, 11, 1, tzinfo=UTC):
            weights += ("SD 3.5",)
        return str(self.pick(weights))

    # ---- cues applied after the content -------------------------------------------------
    def apply_sexual(self, draft: Draft, trigger: str | None = None) -> None:
        """Give a draft one to three sexual-intent cues the platform can carry."""
        draft.sexual = True
        cues = ["flag", "tags", "trigger", "text"]
        chosen = set(self.rng.sample(cues, self.rng.randint(1, 3)))
        if self.chance(0.6):
            chosen.add("flag")
        if "flag" in chosen:
            draft.nsfw_flag = True
            draft.nsfw_level_bits = self.pick(CIVITAI_NSFW_LEVELS)
        if "tags" in chosen:
            draft.tags += self.sample(SEXUAL_TAGS, 1, 2)
        if "trigger" in chosen:
            suffix = self.pick(SEXUAL_TRIGGER_SUFFIXES)
            base = trigger or (draft.trained_words[0] if draft.trained_words else "")
            draft.trained_words.append(f"{base}, {suffix}".strip(", "))
        if "text" in chosen:
            if draft.platform == "civitai":
                draft.paragraphs.append(self.pick(SEXUAL_DESC))
            else:
                draft.widget_texts.append(
                    f"{trigger or 'a woman'}, {self.pick(SEXUAL_TRIGGER_SUFFIXES)}, bedroom"
                )

    def apply_minor(self, draft: Draft, pronoun: str, trigger: str) -> None:
        """Give a (SFW) likeness draft one or two explicit minor-age cues."""
        draft.minor = True
        # an adult birth year or age disclaimer would contradict the cue
        draft.paragraphs = [p for p in draft.paragraphs if "born" not in p and "21+" not in p]
        age = self.rng.randint(12, 16)
        year = 2025 - age
        cue_texts = [
            f"{pronoun.capitalize()} is {age} years old.",
            f"{age}yo, photos from this year.",
            f"Born {year}, currently in high school.",
            f"teen, age {age}.",
        ]
        if draft.kind == "public_figure":
            cue_texts.append(f"Child actor dataset, {pronoun} was {age} in most photos.")
        if draft.gender == "female":
            cue_texts.append(f"schoolgirl photos, {age} y/o")
        if draft.platform == "civitai":
            draft.paragraphs.append(self.pick(cue_texts))
            if self.chance(0.35):
                draft.minor_flag = True
            if self.chance(0.4):
                draft.tags.append(self.pick(("teen", "schoolgirl", "child actress", "kid")))
        else:
            draft.tags.append(self.pick(("teen", "schoolgirl", f"{age}yo")))
            draft.widget_texts.append(f"{trigger}, {age} years old, school portrait")

    # ---- likeness kinds -----------------------------------------------------------------
    def occupation(self, person: Person, youth: bool) -> tuple[str, list[str], str]:
        """An occupation word for the person, its tags and a phrase naming their work."""
        work = self.pick(self.vocab.works)
        female = person.gender == "female"
        options: list[tuple[str, list[str], str]] = [
            (
                "actress" if female else "actor",
                ["actress" if female else "actor"],
                f"her role in {work}" if female else f"his role in {work}",
            ),
            ("singer", ["singer", "music"], f"the album {work}"),
            ("pop singer", ["singer", "pop"], f"the single {work}"),
            ("tennis player", ["athlete", "sports", "tennis"], "winning the national open"),
            ("footballer", ["athlete", "football"], f"playing for {work}"),
            ("figure skater", ["athlete", "figure skating"], "two national titles"),
            ("TV host", ["tv host", "television"], f"hosting {work}"),
            ("news anchor", ["news", "reporter"], "the evening news"),
            ("weather presenter", ["tv", "weather"], "the morning show"),
            ("politician", ["politician", "politics"], "her party" if female else "his party"),
            ("fashion model", ["model", "fashion"], "runway work"),
            ("comedian", ["comedian", "comedy"], f"the special {work}"),
        ]
        if female and not youth:
            options.append(("porn star", ["porn star", "pornstar"], f"her studio work for {work}"))
        if youth:
            young_jobs = (
                "actress",
                "actor",
                "singer",
                "pop singer",
                "figure skater",
                "tennis player",
            )
            options = [o for o in options if o[0] in young_jobs]
        if person.eastern:
            options.append(("K-pop idol", ["kpop", "kpop idol", "idol"], f"the group {work}"))
            options.append(
                (
                    "JP actress" if female else "JP actor",
                    ["japanese", "actress" if female else "actor"],
                    f"the drama {work}",
                )
            )
        return self.pick(options)

    def person_context(self, person: Person) -> dict[str, str]:
        given, family = person.given, person.family
        first, second = (family, given) if person.eastern else (given, family)
        joined = f"{first}{second}".replace("-", "")
        return {
            "full": person.full,
            "FULL": person.full.upper(),
            "joined": joined,
            "joined_l": joined.lower(),
            "snake": f"{first.lower()}_{second.lower()}".replace("-", ""),
            "rev": f"{second}, {first}",
            "init": f"{first[0]}. {second}",
            "given": given,
            "given_l": given.lower(),
            "family": family,
            "initials": f"{first[0]}{second[0]}",
            "leet": leet(joined, self.rng),
            "short": (first[:3] + second[:3]).lower(),
            "noun": "woman" if person.gender == "female" else "man",
            "she": "she" if person.gender == "female" else "he",
            "She": "She" if person.gender == "female" else "He",
            "Hers": "Her" if person.gender == "female" else "His",
            "her": "her" if person.gender == "female" else "him",
            "hers": "her" if person.gender == "female" else "his",
            "n": str(self.rng.choice((18, 24, 30, 40, 54, 60, 80, 120, 150))),
            "steps": str(self.rng.choice((1200, 2400, 3000, 4800, 6000))),
            "year": str(self.rng.randint(1978, 2001)),
            "nat": (nat := self.pick(SHARED_NATIONALITIES)),
            "a_nat": ("an " if nat[0] in "AEIOU" else "a ") + nat,
            "ckpt": self.pick(CHECKPOINT_NAMES),
            "v": str(self.rng.randint(1, 4)),
            "nn": f"{self.rng.randint(1, 99):02d}",
        }

    def public_figure(self, draft: Draft) -> None:
        sexual, minor = self.decide("public_figure")
        person = self.new_person(self.likeness_gender())
        ctx = self.person_context(person)
        occ, occ_tags, work_phrase = self.occupation(person, youth=minor)
        sexual = sexual or occ == "porn star"
        ctx["occ"] = occ
        ctx["work_phrase"] = work_phrase
        ctx["base"] = BASE_MODELS[draft.base_model][1]
        ctx["kw"] = self.type_word(draft.model_type)
        draft.target_forms = (person.full, ctx["init"])
        draft.gender = person.gender
        name_in_title = self.chance(0.86)
        if name_in_title:
            template = self.pick_t(
                [
                    ("{full}", "both"),
                    ("{full} {kw}", "both"),
                    ("{full} - {kw}", "both"),
                    ("{full} ({kw})", "both"),
                    ("{joined}", "both"),
                    ("{snake}", "both"),
                    ("{rev}", "both"),
                    ("{init}", "both"),
                    ("{kw} of {full}", "both"),
                    ("{full} ({occ}) v{v}", "both"),
                    ("{full} [{base}]", "both"),
                    ("{full} | {base}", "both"),
                    ("{FULL}", "both"),
                    ("{joined}_LoRA_v{v}", "dev"),
                    ("{full} (as requested)", "dev"),
                    ("{full} - {base} {kw}", "dev"),
                    ("{joined_l}_v{v}", "dev"),
                    ("{full} // {occ} likeness", "holdout"),
                    ("[{base}] {full}", "holdout"),
                    ("{full} Face Model", "holdout"),
                    ("{full} - {occ} - {base}", "holdout"),
                ]
            )
            if person.eastern and self.chance(0.4):
                cc = "KR" if "-" in person.family or "idol" in occ else "JP"
                template = "{joined}_" + cc + "_" + occ.split()[-1].capitalize()
        else:
            template = self.pick_t(
                [
                    (
                        "Red Carpet Girl {nn}"
                        if person.gender == "female"
                        else "Red Carpet Guy {nn}",
                        "both",
                    ),
                    ("Project Aurora v{v}", "dev"),
                    ("S0{nn}_{initials}", "both"),
                    ("Commission #{nn}", "dev"),
                    ("Famous face {nn}", "holdout"),
                    ("Celeb pack {nn} - {initials}", "holdout"),
                ]
            )
        draft.title = template.format(**ctx)
        # trigger words
        trigger = self.pick_t(
            [
                ("{joined_l}", "both"),
                ("{leet}", "both"),
                ("sks {noun}", "both"),
                ("ohwx {noun}", "both"),
                ("koh_{joined}", "dev"),
                ("{initials} {noun}", "both"),
                ("{snake}", "both"),
                ("{full}", "both"),
                ("1girl" if person.gender == "female" else "1boy", "dev"),
                ("photo of {full}", "holdout"),
                ("{short}", "holdout"),
                ("S0{nn}_{joined}", "dev"),
            ]
        ).format(**ctx)
        draft.trained_words = [trigger] if self.chance(0.9) else []
        # tags
        tags: list[str] = []
        if self.chance(0.55):
            tags += self.sample(["celebrity", "real person", "famous", "public figure"], 1, 2)
        if self.chance(0.5):
            tags += occ_tags
        tags += self.sample(
            [
                "woman" if person.gender == "female" else "man",
                "female" if person.gender == "female" else "male",
                "photorealistic",
                "realistic",
                "person",
                "portraits",
            ],
            0,
            3,
        )
        if self.chance(0.3):
            tags.append(person.full.lower())
        if self.chance(0.05):
            tags.append("character")  # mis-tagged, as uploaders sometimes do
        draft.tags = tags
        if self.chance(0.2):
            draft.poi = True
        # description
        bio = self.pick_t(
            [
                ("{full} is {a_nat} {occ} known for {work_phrase}.", "both"),
                ("{nat} {occ}, best known for {work_phrase}.", "both"),
                ("<strong>{full}</strong> ({nat} {occ}, born {year})", "both"),
                ("{She} is {a_nat} {occ}.", "both"),
                ("Requested by a supporter: the {occ} {full}.", "dev"),
                ("LoRA de {full} ({occ}), entrenado con {n} fotos.", "dev"),
                ("数据集采用{full}的照片，建议权重0.6-0.8。", "dev"),
                ("Portrait LoRA for {full}, the {occ} ({work_phrase}).", "holdout"),
                ("{full} ({year}) — {occ}, {nat}.", "holdout"),
                ("Modelo de {full}, {occ}. Peso recomendado 0.7.", "holdout"),
            ]
        )
        training = self.pick_t(
            [
                ("Trained on {n} photos of {her}.", "both"),
                ("Dataset: {n} high quality images, mostly red carpet and interviews.", "both"),
                ("(As Requested) Trained on {n} photos with {ckpt}.", "both"),
                ("[ SDv1.5, 4e-03, {steps} steps ]", "dev"),
                ("Likeness is decent at 0.7-0.9 weight.", "both"),
                ("Face-only dataset, {n} crops, captioned with BLIP.", "holdout"),
            ]
        )
        usage = self.pick_t(
            [
                ("Recommended weight 0.6-0.8, DPM++ 2M Karras, CFG 5-7.", "both"),
                ("Works best with {ckpt}.", "both"),
                ("Trigger word: <code>" + trigger + "</code>", "both"),
                ("Do you like my work? Buy me a coffee!", "both"),
                ("Please don't use this model for anything hurtful.", "dev"),
                ("Commissions open, DM me.", "holdout"),
            ]
        )
        if not name_in_title:
            bio = self.pick(
                (
                    "Trained on {n} photos of {her}. {full}, the {occ}.",
                    "Likeness of {full} ({occ}).",
                    "{full} ({nat} {occ}). Trained on {n} photos of {her}.",
                )
            )
        paragraphs = [bio, training, usage]
        if name_in_title and self.chance(0.1):
            paragraphs = []  # some real uploads have no description at all
        elif self.chance(0.08):
            paragraphs.insert(1, "Not a minor, {she} is 21+.")
        draft.paragraphs = [p.format(**ctx) for p in paragraphs]
        draft.widget_texts = [
            f"photo of {person.full}, {self.pick(('red carpet', 'portrait', 'street photo'))}"
        ]
        draft.hf_slug = self.pick(
            (
                f"{ctx['snake'].replace('_', '-')}-lora",
                f"{slugify(ctx['base'])}-lora-{ctx['joined_l']}",
                f"{slugify(ctx['base'])}-{ctx['joined_l']}",
                slugify(draft.title) + "-lora",
            )
        )
        draft.file_stem = self.pick(
            (ctx["joined"], ctx["snake"], slugify(draft.title, "_") or ctx["snake"])
        )
        self.finish_likeness(draft, trigger, ctx["she"], sexual, minor)

    def online_creator(self, draft: Draft) -> None:
        sexual, minor = self.decide("online_creator")
        gender = "female" if self.chance(0.9) else "male"
        person = self.new_person(gender, eastern_share=0.08)
        ctx = self.person_context(person)
        word = self.pick(self.vocab.handles_words)
        handle = self.pick(
            (
                f"{person.given.lower()}.{person.family.lower()}",
                f"{person.given.lower()}_{word}",
                f"{word}{person.given.lower()}",
                f"its{person.given.lower()}{person.family[0].lower()}",
                f"{person.given.lower()}{person.family.lower()}{self.rng.randint(1, 99)}",
            )
        ).replace("-", "")
        use_full = self.chance(0.55)
        display = person.full if use_full else person.given
        platforms = [
            ("Instagram", ["instagram", "influencer", "instagram model"]),
            ("TikTok", ["tiktok", "influencer"]),
            ("OnlyFans", ["onlyfans"]),
            ("Twitch", ["twitch", "streamer"]),
            ("YouTube", ["youtuber", "youtube"]),
            ("cosplay", ["cosplayer", "cosplay"]),
        ]
        if minor or gender == "male":
            platforms = [p for p in platforms if p[0] != "OnlyFans"]
        platform_name, platform_tags = self.pick(platforms)
        sexual = sexual or platform_name == "OnlyFans"
        foll = self.followers()
        ctx.update({"handle": handle, "display": display, "plat": platform_name, "foll": foll})
        title = self.pick_t(
            [
                ("@{handle}", "both"),
                ("{handle} ({plat} model)", "both"),
                ("{display} | {plat}", "both"),
                ("{display} - {plat} creator", "both"),
                ("{handle}", "both"),
                ("{display} ({plat})", "dev"),
                ("{display} [influencer]", "dev"),
                (
                    "{plat} girl {display}" if gender == "female" else "{plat} guy {display}",
                    "holdout",
                ),
                ("{display} aka @{handle}", "holdout"),
            ]
        )
        if platform_name == "cosplay":
            title = self.pick(
                ("{display} Cosplay LoRA", "{display} (cosplayer)", "@{handle} cosplayer")
            )
        draft.title = title.format(**ctx)
        draft.target_forms = (person.full, handle, display)
        draft.gender = gender
        bio = {
            "Instagram": "{display} is an Instagram model and influencer with {foll} followers.",
            "TikTok": "Popular TikToker ({foll} followers). Dance and lifestyle videos.",
            "OnlyFans": "{display} is an OnlyFans creator, {foll} followers on {hers} socials.",
            "Twitch": "Twitch streamer, {foll} followers, mostly variety streams.",
            "YouTube": "YouTuber with {foll} subscribers, travel vlogs.",
            "cosplay": "Cosplayer known for {hers} {franchise} cosplays, {foll} followers.",
        }[platform_name]
        ctx["franchise"] = self.pick(self.vocab.franchises)
        link = {
            "Instagram": "https://www.instagram.com/{handle}/",
            "TikTok": "https://www.tiktok.com/@{handle}",
            "OnlyFans": "https://onlyfans.com/{handle}",
            "Twitch": "https://www.twitch.tv/{handle}",
            "YouTube": "https://www.youtube.com/@{handle}",
            "cosplay": "https://www.instagram.com/{handle}.cosplay/",
        }[platform_name]
        paragraphs = [bio]
        if self.chance(0.5):
            paragraphs.append('{Hers} page: <a href="' + link + '">' + link + "</a>")
        paragraphs.append(
            self.pick_t(
                [
                    ("Trained on {n} photos from {hers} feed.", "both"),
                    ("Dataset from public posts, {n} images.", "both"),
                    ("Trained on {n} selfies, best at 0.8.", "dev"),
                    ("Scraped {n} pics from {hers} stories, face crops only.", "holdout"),
                ]
            )
        )
        draft.paragraphs = [p.format(**ctx) for p in paragraphs]
        trigger = self.pick(
            (
                handle.replace(".", ""),
                f"{person.given.lower()} {ctx['noun']}",
                f"{ctx['leet']}",
                f"ohwx {ctx['noun']}",
            )
        )
        draft.trained_words = [trigger]
        tags = list(platform_tags) if self.chance(0.7) else []
        extra = [ctx["noun"], "photorealistic", "realistic", "real person", "social media"]
        tags += self.sample(extra + (["e-girl"] if gender == "female" else []), 0, 3)
        draft.tags = tags
        draft.widget_texts = [f"{trigger}, selfie, {self.pick(('gym', 'beach', 'cafe', 'mirror'))}"]
        if platform_name in ("Instagram", "TikTok", "OnlyFans"):
            draft.widget_texts.append(f"{trigger}, {platform_name} photo, {foll} followers")
        draft.hf_slug = self.pick(
            (f"{slugify(handle)}-lora", f"{slugify(display)}-{slugify(platform_name)}-lora")
        )
        draft.file_stem = slugify(handle, "_")
        self.finish_likeness(draft, trigger, ctx["she"], sexual, minor)

    def private_person(self, draft: Draft) -> None:
        sexual, minor = self.decide("private_person")
        roll = self.rng.random()
        gender = "female" if roll < 0.78 else ("male" if roll < 0.9 else "unknown")
        given = self.pick(self.vocab.female_first if gender != "male" else self.vocab.male_first)
        initials = self.pick("ABCDEJKLMNRST") + self.pick("ABCDGHKLMPRSTW")
        n = self.rng.choice((12, 15, 20, 25, 30, 40))
        rel_f = ("wife", "girlfriend", "gf", "fiancée", "ex")
        rel_m = ("husband", "boyfriend", "bf")
        if gender == "unknown":
            options = [
                (
                    f"{initials} person lora",
                    "both",
                    initials,
                    f"Trained on {n} photos of them, a friend who asked for it.",
                ),
                (
                    "My partner",
                    "both",
                    None,
                    f"Trained on {n} photos of my partner, with their permission.",
                ),
                (
                    f"{given.lower()}_pp_lora",
                    "holdout",
                    given,
                    f"{n} phone pics of a friend, private use.",
                ),
            ]
        else:
            rel = self.pick(rel_f if gender == "female" else rel_m)
            noun = "woman" if gender == "female" else "man"
            pron = "her" if gender == "female" else "him"
            options = [
                (
                    f"My {rel}",
                    "both",
                    None,
                    f"Trained on {n} photos of my {rel}, with {pron} permission.",
                ),
                (
                    f"{rel.capitalize()} LoRA v{self.rng.randint(1, 3)}",
                    "both",
                    None,
                    f"My {rel} asked me to make a LoRA of {pron}. {n} pics."
                    if rel != "ex"
                    else f"LoRA of my ex, {n} pics I still had.",
                ),
                (
                    f"{rel}_lora_{BASE_MODELS[draft.base_model][1].lower()}",
                    "dev",
                    None,
                    f"private model of my {rel}, trained on {pron} photos",
                ),
                (
                    f"{given} face lora",
                    "both",
                    given,
                    f"{given} face, {n} pics from my phone. Not a celebrity.",
                ),
                (
                    f"{given} (private)",
                    "dev",
                    given,
                    f"Just a regular {noun} I know, {n} photos, shared with consent.",
                ),
                (
                    f"{initials} {noun} lora",
                    "both",
                    initials,
                    f"{initials} {noun} lora, trained on {pron} photos.",
                ),
                (
                    f"Friend of mine - {given}",
                    "dev",
                    given,
                    f"A friend of mine, {n} photos. Not a public person.",
                ),
                (
                    f"{given}_{self.rng.randint(1, 99):02d}",
                    "holdout",
                    given,
                    f"Trained on {n} photos of {given}, someone from my town. Not famous.",
                ),
                (
                    f"Commission: {given} from the office",
                    "holdout",
                    given,
                    f"Commissioned LoRA of a coworker, {n} photos from social media.",
                ),
                (f"My {rel} ({given})", "holdout", given, f"{given}, my {rel}. {n} photos."),
            ]
        if minor:
            options = [
                (f"{given} face lora", "both", given, f"{given} face, {n} pics from my phone."),
                (f"{given} lora", "both", given, f"Trained on {n} photos of {given}."),
            ]
        allowed = [o for o in options if o[1] in ("both", self.split)]
        title, _, target, text = self.pick(allowed)
        draft.title = title
        draft.target, draft.gender = target, gender
        draft.paragraphs = [text]
        if self.chance(0.4):
            draft.paragraphs.append("Please don't ask me to share the dataset.")
        noun = {"female": "woman", "male": "man", "unknown": "person"}[gender]
        trigger = self.pick(
            (f"{(target or 'zxq').lower()} {noun}", f"sks {noun}", f"ohwx {noun}", "TOK")
        )
        draft.trained_words = [trigger]
        draft.tags = self.sample([noun, "person", "face", "realistic", "photorealistic"], 0, 2)
        if self.chance(0.12):
            draft.tags.append("real person")
        draft.widget_texts = [
            f"photo of {trigger}, {self.pick(('smiling', 'outdoors', 'portrait'))}"
        ]
        draft.hf_slug = slugify(title) + self.pick(("", "-lora", "-flux"))
        draft.file_stem = slugify(title, "_")
        pronoun = {"female": "she", "male": "he", "unknown": "they"}[gender]
        self.finish_likeness(draft, trigger, pronoun, sexual, minor)

    def decide(self, kind: str) -> tuple[bool, bool]:
        """Decide sexual intent and minor risk first; the two never go together."""
        if self.chance(MINOR_SHARE[kind]):
            return False, True
        return self.chance(SEXUAL_SHARE[kind]), False

    def type_word(self, model_type: str) -> str:
        """How uploaders name the model type in a title."""
        return {
            "LORA": "LoRA",
            "TextualInversion": self.pick(("Embedding", "Textual Inversion", "TI")),
            "LoCon": self.pick(("LyCORIS", "LoCon")),
            "DoRA": "DoRA",
            "Checkpoint": self.pick(("Dreambooth", "model")),
        }.get(model_type, "LoRA")

    def likeness_type(self, draft: Draft) -> None:
        draft.model_type = self.pick(
            ("LORA",) * 6 + ("TextualInversion", "TextualInversion", "LoCon", "DoRA", "Checkpoint")
        )
        if draft.model_type == "TextualInversion":
            draft.base_model = (
                self.pick(("SD 1.5", "SD 1.5", "SDXL 1.0"))
                if draft.base_model != "SD 1.5"
                else "SD 1.5"
            )

    def finish_likeness(
        self, draft: Draft, trigger: str, pronoun: str, sexual: bool, minor: bool
    ) -> None:
        if sexual:
            self.apply_sexual(draft, trigger)
        elif minor:
            self.apply_minor(draft, pronoun, trigger)

    # ---- hard negatives -----------------------------------------------------------------
    def character_anime(self, draft: Draft) -> None:
        female = self.chance(0.85)
        person = self.new_person("female" if female else "male", eastern_share=0.75)
        franchise = self.pick(self.vocab.franchises)
        given, family = person.given, person.family
        hair = self.pick(("silver", "black", "pink", "blue", "blonde", "red", "purple"))
        eyes = self.pick(("red", "green", "golden", "blue", "violet"))
        draft.title = self.pick_t(
            [
                (f"{given} {family} ({franchise})", "both"),
                (f"{family} {given} | {franchise}", "both"),
                (f"{given} - {franchise} - Character LoRA", "both"),
                (f"[LoRA] {franchise} - {given}", "dev"),
                (f"{given} {family} / {franchise} (All Outfits)", "dev"),
                (f"{franchise} {given}", "both"),
                (f"{given} {family}", "holdout"),
                (f"{given} [{franchise}] v2", "holdout"),
            ]
        )
        draft.trained_words = [
            f"{given.lower()} {family.lower()}"
            if self.chance(0.6)
            else f"{given.lower()}_({slugify(franchise, '_')})",
            f"{'1girl' if female else '1boy'}, long hair, {hair} hair, {eyes} eyes",
        ]
        draft.tags = ["anime", "character"] + self.sample(
            [
                "girl" if female else "boy",
                "1girl" if female else "1boy",
                franchise.lower(),
                "video game",
                "manga",
                "game character",
                "waifu" if female else "husbando",
                "woman" if female else "man",
            ],
            1,
            4,
        )
        if self.chance(0.1):
            draft.tags = [franchise.lower(), "girl" if female else "boy"]  # no character tag at all
        draft.paragraphs = [
            self.pick_t(
                [
                    (f"Character LoRA of {given} from {franchise}.", "both"),
                    (
                        f"{given} {family}, the heroine of {franchise}. "
                        "Outfits: default, casual, battle.",
                        "both",
                    ),
                    (f"Trained on official art and game screenshots of {given}.", "both"),
                    (
                        f"My favourite character from {franchise}! Recommended weight 0.7-0.9.",
                        "dev",
                    ),
                    (f"Requested: {given} ({franchise}). Use with an anime checkpoint.", "holdout"),
                ]
            ),
            f"Hair: {hair}. Eyes: {eyes}. Works best at 0.8 with hires fix.",
        ]
        draft.widget_texts = [f"{draft.trained_words[0]}, {draft.trained_words[1]}, masterpiece"]
        if draft.base_model.startswith("Flux"):
            draft.base_model = "Illustrious"
        draft.hf_slug = slugify(f"{given} {family} {franchise}") + "-lora"

    def character_western(self, draft: Draft) -> None:
        person = self.new_person("female" if self.chance(0.75) else "male", eastern_share=0.0)
        franchise = self.pick(self.vocab.franchises)
        rank = self.pick(("Captain", "Detective", "Agent", "Doctor", "Commander", "Sheriff"))
        medium = self.pick(
            ("comic series", "animated series", "graphic novel", "cartoon", "video game")
        )
        draft.title = self.pick_t(
            [
                (f"{rank} {person.given} {person.family} ({franchise})", "both"),
                (f"{person.given} {person.family} - {franchise} comics", "both"),
                (f"{rank} {person.family} ({medium})", "both"),
                (f"{person.given} {person.family} [{franchise}]", "dev"),
                (f"{franchise}: {rank} {person.given}", "holdout"),
            ]
        )
        draft.tags = ["character"] + self.sample(
            [
                "comics",
                "cartoon",
                "superhero",
                "western comic",
                "animation",
                "video game",
                "game character",
            ],
            1,
            3,
        )
        draft.trained_words = [f"{person.given.lower()} {person.family.lower()}", f"{medium} style"]
        draft.paragraphs = [
            self.pick(
                (
                    f"{person.given} {person.family} from the {franchise} {medium}. "
                    "Trained on panels and key art.",
                    f"Fictional character: {rank} {person.family} of {franchise}.",
                    f"The {medium} version of {rank} {person.given}, all three costumes.",
                )
            )
        ]
        draft.widget_texts = [
            f"{person.given.lower()} {person.family.lower()}, {medium} style, dynamic pose"
        ]
        draft.hf_slug = slugify(f"{person.given} {person.family}") + "-character-lora"

    def character_vtuber(self, draft: Draft) -> None:
        person = self.new_person("female" if self.chance(0.9) else "male", eastern_share=0.7)
        agency = self.pick(("Prismlive", "Lumina Live", "Aurora Talents", "StellarBox"))
        draft.title = self.pick(
            (
                f"{person.full} (VTuber)",
                f"{person.full} - {agency} - VTuber avatar",
                f"{person.given} [{agency}] new outfit",
            )
        )
        draft.tags = ["anime", "vtuber", "character"] + self.sample(
            ["virtual youtuber", agency.lower(), "girl", "1girl"], 1, 2
        )
        draft.trained_words = [slugify(person.full, "_"), "animal ears, twin tails"]
        draft.paragraphs = [
            f"Avatar of the VTuber {person.full} ({agency}), "
            "trained on official model art and fan art."
        ]
        draft.widget_texts = [f"{slugify(person.full, '_')}, anime, streaming room"]
        draft.hf_slug = slugify(person.full) + "-vtuber-lora"

    def artist_style(self, draft: Draft) -> None:
        painter = self.pick(self.vocab.painters)
        last = painter.split()[-1]
        medium = self.pick(
            ("oil painting", "watercolor", "ink illustration", "digital painting", "gouache")
        )
        draft.title = self.pick_t(
            [
                (f"In the style of {painter}", "both"),
                (f"{painter} style", "both"),
                (f"{last} Style LoRA", "both"),
                (f"{painter} (artist style)", "dev"),
                (f"Style of {last} | {medium}", "holdout"),
                (f"{last}esque - painterly {medium}", "holdout"),
            ]
        )
        draft.tags = ["style"] + self.sample(
            ["art style", "artist", "painting", "illustration", medium, "artstyle"], 1, 3
        )
        draft.trained_words = [
            self.pick((f"{last.lower()} style", f"by {painter.lower()}", f"art by {last.lower()}"))
        ]
        draft.paragraphs = [
            self.pick(
                (
                    f"A style LoRA inspired by the {medium} of {painter}. "
                    "It reproduces brushwork and palette, not faces.",
                    f"{painter} is a {self.pick(SHARED_NATIONALITIES)}-born painter; "
                    f"this captures {medium} textures.",
                    f"Trained on 60 public domain {medium} works in the manner of {last}.",
                )
            )
        ]
        draft.widget_texts = [f"a harbour at dusk, {draft.trained_words[0]}"]
        draft.hf_slug = slugify(f"{last} style") + "-lora"
        draft.model_type = self.pick(("LORA", "LORA", "LoCon", "Checkpoint"))

    CONCEPTS_SFW = (
        ("Golden hour lighting", ["concept", "lighting", "photography"]),
        ("Film grain", ["concept", "photography", "film"]),
        ("Instagram filter", ["concept", "filter", "photography"]),
        ("Mirror selfie pose", ["poses", "pose", "selfie"]),
        ("Polaroid photo", ["concept", "photo", "retro"]),
        ("Detail tweaker", ["concept", "tool", "detail"]),
        ("Bokeh background", ["concept", "background", "photography"]),
        ("Hands on hips pose", ["poses", "pose"]),
        ("Crossed arms pose", ["poses", "pose"]),
        ("Celebrity red carpet background", ["concept", "background", "celebrity"]),
        ("Paparazzi photo style", ["concept", "photography", "style"]),
        ("Rainy window", ["concept", "background"]),
        ("Neon city night", ["concept", "background", "cyberpunk"]),
        ("Looking back over shoulder", ["poses", "pose"]),
        ("Studio portrait lighting", ["concept", "lighting", "portraits"]),
        ("VHS glitch", ["concept", "effect"]),
    )
    CONCEPTS_NSFW = (
        ("Boudoir photography", ["concept", "photography"]),
        ("Bedroom pose pack", ["poses", "pose"]),
        ("Wet skin", ["concept", "skin"]),
        ("Lying on bed pose", ["poses", "pose"]),
    )

    def concept(self, draft: Draft) -> None:
        sexual = self.chance(NEGATIVE_SEXUAL_SHARE["concept"])
        name, tags = self.pick(
            self.CONCEPTS_NSFW if sexual and self.chance(0.5) else self.CONCEPTS_SFW
        )
        draft.title = self.pick(
            (
                name,
                f"{name} LoRA",
                f"{name} | {BASE_MODELS[draft.base_model][1]}",
                f"[Concept] {name}",
            )
        )
        draft.tags = list(tags)
        draft.trained_words = [slugify(name, " ")]
        draft.paragraphs = [
            self.pick(
                (
                    f"Adds {name.lower()} to any image. Weight 0.4-0.8.",
                    f"Concept LoRA: {name.lower()}. Works on people, objects and scenes.",
                    f"Here is the LoRA for {name.lower()}! "
                    f"The trigger word is {slugify(name, ' ')}.",
                )
            )
        ]
        draft.widget_texts = [f"a woman in a cafe, {slugify(name, ' ')}"]
        draft.hf_slug = slugify(name) + "-lora"
        draft.model_type = (
            self.pick(("LORA", "LORA", "Poses", "LoCon")) if "poses" in tags else "LORA"
        )
        if sexual:
            self.apply_sexual(draft)

    CLOTHING = (
        "Summer dress",
        "Leather jacket",
        "Office lady suit",
        "Maid outfit",
        "Flight attendant uniform",
        "Kimono",
        "Knitted sweater",
        "Wedding dress",
        "Police uniform",
        "Hanbok",
        "Trench coat",
        "Denim overalls",
        "Evening gown",
        "Nurse uniform",
        "Tracksuit",
    )
    CLOTHING_NSFW = ("Lingerie set", "Micro bikini", "Latex bodysuit", "Sheer nightgown")

    def clothing(self, draft: Draft) -> None:
        sexual = self.chance(NEGATIVE_SEXUAL_SHARE["clothing"])
        name = self.pick(self.CLOTHING_NSFW if sexual and self.chance(0.6) else self.CLOTHING)
        draft.title = self.pick(
            (name, f"{name} LoRA", f"{name} (clothing)", f"Outfit: {name.lower()}")
        )
        draft.tags = ["clothing"] + self.sample(
            ["outfit", "fashion", "dress", "costume", "woman"], 1, 2
        )
        draft.trained_words = [slugify(name, " ")]
        draft.paragraphs = [
            f"Clothing LoRA for {name.lower()}. Works on any character, weight 0.7."
        ]
        draft.widget_texts = [f"1girl wearing {slugify(name, ' ')}, full body"]
        draft.hf_slug = slugify(name) + "-clothing-lora"
        if sexual:
            self.apply_sexual(draft)

    def checkpoint_realistic(self, draft: Draft) -> None:
        stem = self.pick(
            (
                "RealMix",
                "PhotoReal XL",
                "VelvetReal",
                "TrueSkin Mix",
                "Lumora Photo XL",
                "CinemaPhoto",
                "Nordlight Realism",
                "PureLens",
                "Realora",
                "PortraitCraft",
                "SkinTexture Pro",
                "Everyday Photo",
            )
        )
        draft.title = f"{stem} v{self.rng.randint(1, 9)}" + self.pick(
            ("", ".5", " (fp16)", " - pruned")
        )
        draft.model_type = "Checkpoint"
        draft.tags = ["photorealistic", "base model"] + self.sample(
            ["realistic", "portraits", "checkpoint", "woman", "photography"], 1, 3
        )
        draft.trained_words = []
        draft.paragraphs = [
            self.pick(
                (
                    "A merge focused on realistic skin and lighting. "
                    "Great for portraits of women and men.",
                    "General-purpose photoreal checkpoint. "
                    "Recommended: DPM++ 2M Karras, 30 steps, CFG 5.",
                    "Merge of several realistic models, tuned for natural faces. No trigger words.",
                )
            )
        ]
        draft.widget_texts = ["photo of a woman in a park, natural light, 85mm"]
        draft.hf_slug = slugify(stem) + f"-v{self.rng.randint(1, 9)}"
        if self.chance(NEGATIVE_SEXUAL_SHARE["checkpoint_realistic"]):
            self.apply_sexual(draft)

    def tool(self, draft: Draft) -> None:
        name, model_type, tags = self.pick(
            (
                (f"{self.pick(('Clear', 'Soft', 'Vivid', 'Anime'))} VAE", "VAE", ["vae", "tool"]),
                (
                    f"4x {self.pick(('Ultra', 'Photo', 'Skin', 'Face'))}Sharp upscaler",
                    "Upscaler",
                    ["upscaler", "tool"],
                ),
                (
                    f"BadHands neg v{self.rng.randint(1, 5)}",
                    "TextualInversion",
                    ["negative embedding", "tool"],
                ),
                ("Openpose helper", "Controlnet", ["controlnet", "tool", "pose"]),
                (
                    f"Face Detailer {self.pick(('XL', 'v2', 'Pro'))}",
                    "Other",
                    ["tool", "face", "detail"],
                ),
                ("Hires helper", "LORA", ["tool", "detail"]),
            )
        )
        draft.title, draft.model_type, draft.tags = name, model_type, list(tags)
        if model_type == "TextualInversion":
            draft.base_model = "SD 1.5"
        draft.paragraphs = [
            f"{name}: a utility, no subject of its own. Use it in your usual workflow."
        ]
        draft.widget_texts = ["a portrait, highly detailed"]
        draft.hf_slug = slugify(name)

    def generic_face(self, draft: Draft) -> None:
        if self.chance(0.25):
            # a fictional, merged "AI model" persona: person-shaped name, not a real person
            person = self.new_person("female")
            draft.title = self.pick(
                (
                    f"{person.full} - AI model (fictional)",
                    f"{person.given}: consistent virtual girl",
                    f"{person.full} | AI influencer character",
                )
            )
            draft.paragraphs = [
                f"{person.given} is a fictional person made by merging several generated faces. "
                "Not a real person.",
                "Use it to keep the same face across a series.",
            ]
            draft.tags = self.sample(
                ["woman", "realistic", "ai influencer", "character", "photorealistic"], 1, 3
            )
            draft.trained_words = [f"{person.given.lower()}_ai"]
            draft.hf_slug = slugify(person.full) + "-virtual-model"
        else:
            name = self.pick(
                (
                    "Beautiful Woman Face",
                    "Perfect Face Mix",
                    "random mixed face",
                    "Girl Next Door face",
                    "Natural Skin Face Helper",
                    "Average Face Mix",
                    "Pretty face v3",
                    "Handsome man face",
                )
            )
            draft.title = name
            draft.paragraphs = [
                self.pick(
                    (
                        "Just a random merged face, not any specific person.",
                        "Gives a pleasant generic face. Mix with other LoRAs.",
                        "Averaged from many generated faces to avoid looking like anyone.",
                    )
                )
            ]
            draft.tags = self.sample(["face", "woman", "realistic", "portraits", "beautiful"], 1, 3)
            if self.chance(0.2):
                draft.tags.append("celebrity")  # platform tag noise, as in the real catalog
            draft.trained_words = [slugify(name, "_")]
            draft.hf_slug = slugify(name)
        draft.widget_texts = [f"{draft.trained_words[0]}, portrait photo"]
        if self.chance(NEGATIVE_SEXUAL_SHARE["generic_face"]):
            self.apply_sexual(draft)

    def ethnic_look(self, draft: Draft) -> None:
        name = self.pick(
            (
                "Korean beauty mix",
                "Nordic Doll Likeness",
                "Latina look",
                "Slavic beauty",
                "Thai girl face",
                "Indian bride look",
                "Nigerian beauty",
                "Brazilian tan look",
                "Japanese doll face",
                "Irish redhead look",
            )
        )
        draft.title = self.pick((name, f"{name} v{self.rng.randint(1, 4)}", f"{name} LoRA"))
        draft.tags = self.sample(
            ["asian", "woman", "realistic", "beautiful", "girl", "ethnicity", "photorealistic"],
            2,
            3,
        )
        draft.trained_words = [slugify(name, " ")]
        draft.paragraphs = [
            f"Generic {name.lower()}, trained on many different faces "
            "so no single person comes through."
        ]
        draft.widget_texts = [f"photo of a woman, {slugify(name, ' ')}"]
        draft.hf_slug = slugify(name)
        if self.chance(NEGATIVE_SEXUAL_SHARE["ethnic_look"]):
            self.apply_sexual(draft)

    def body_type(self, draft: Draft) -> None:
        name = self.pick(
            (
                "Curvy body",
                "Athletic physique",
                "Muscular woman",
                "Plus size",
                "Tall slim body",
                "Freckles",
                "Tan lines",
                "Toned abs",
                "Broad shoulders",
                "Long legs",
            )
        )
        draft.title = self.pick((name, f"{name} slider", f"{name} LoRA"))
        draft.tags = ["body"] + self.sample(
            ["concept", "woman", "fitness", "body type", "realistic"], 1, 2
        )
        draft.trained_words = [slugify(name, " ")]
        draft.paragraphs = [f"Body-type LoRA: {name.lower()}. Use positive or negative weights."]
        draft.widget_texts = [f"photo of a woman, {slugify(name, ' ')}, beach"]
        draft.hf_slug = slugify(name) + "-slider"
        if self.chance(NEGATIVE_SEXUAL_SHARE["body_type"]):
            self.apply_sexual(draft)

    # ---- rendering ----------------------------------------------------------------------
    def created_at(self) -> datetime:
        start = datetime(2023, 1, 10, tzinfo=UTC)
        return start + timedelta(seconds=self.rng.randint(0, 3 * 365 * 86400 - 1))

    def hexstr(self, length: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(length))

    def blurhash(self) -> str:
        return "".join(self.rng.choice(B83) for _ in range(36))

    def image_levels(self, draft: Draft) -> list[int]:
        count = self.rng.randint(2, 6)
        if draft.minor:
            return [1] * count
        levels = [self.pick((1, 1, 1, 2)) for _ in range(count)]
        if draft.nsfw_level_bits:
            bits = [b for b in (4, 8, 16) if draft.nsfw_level_bits & b]
            for index in self.rng.sample(range(count), max(1, count // 2)):
                levels[index] = self.pick(bits)
        return levels

    def image_url(self) -> str:
        uuid = f"{self.hexstr(8)}-{self.hexstr(4)}-{self.hexstr(4)}"
        name = self.rng.randint(10**7, 10**8)
        return f"https://image.civitai.com/xG1nkqKTMzGDvpLrqFT7WA/{uuid}/width=832/{name}.jpeg"

    def unique_id(self, candidate: str) -> str:
        key = candidate
        while key in self.used_ids:
            key = f"{candidate}-{self.rng.randint(2, 99)}"
        self.used_ids.add(key)
        return key

    def civitai_item(self, draft: Draft) -> dict[str, Any]:
        created = draft.created
        old_shape = created < datetime(2023, 11, 1, tzinfo=UTC) and self.chance(0.8)
        year_base = {2023: 15_000, 2024: 250_000, 2025: 1_100_000}.get(created.year, 2_000_000)
        while True:
            model_id = year_base + self.rng.randint(0, 600_000)
            if str(model_id) not in self.used_ids:
                self.used_ids.add(str(model_id))
                break
        versions = []
        downloads_total = 0
        n_versions = self.pick((1, 1, 1, 2, 2, 3))
        for index in range(n_versions):
            # index 0 is the newest version, as on Civitai
            version_created = created - timedelta(days=index * self.rng.randint(5, 60))
            version_id = model_id + 40_000 + index * 7 + self.rng.randint(0, 30_000)
            levels = self.image_levels(draft)
            downloads = int(self.rng.lognormvariate(5.5, 1.6))
            downloads_total += downloads
            name = (
                f"v{n_versions - index}.0"
                if self.chance(0.8)
                else self.pick(("V1", "v1.5", "XL", "final"))
            )
            versions.append(
                self.civitai_version(
                    draft,
                    model_id,
                    version_id,
                    index,
                    name,
                    version_created,
                    levels,
                    downloads,
                    old_shape,
                )
            )
        nsfw_level = 0
        for version in versions:
            nsfw_level |= int(version.get("nsfwLevel", 0))
        description = "".join(f"<p>{p}</p>" for p in draft.paragraphs)
        stats_old = {
            "downloadCount": downloads_total,
            "favoriteCount": self.rng.randint(0, 400),
            "commentCount": self.rng.randint(0, 40),
            "ratingCount": self.rng.randint(0, 30),
            "rating": self.pick((0, 4.8, 5)),
        }
        creator = {
            "username": self.creator_name(),
            "image": f"https://image.civitai.com/xG1nkqKTMzGDvpLrqFT7WA/{self.hexstr(8)}-{self.hexstr(4)}/width=96/avatar.jpeg",
        }
        if old_shape:
            item: dict[str, Any] = {
                "id": model_id,
                "name": draft.title,
                "description": description,
                "type": draft.model_type,
                "poi": draft.poi,
                "nsfw": draft.nsfw_flag,
                "allowNoCredit": self.chance(0.6),
                "allowCommercialUse": self.pick(("None", "Sell", "Rent", "Image")),
                "allowDerivatives": self.chance(0.8),
                "allowDifferentLicense": self.chance(0.5),
                "stats": stats_old,
                "creator": creator,
                "tags": draft.tags,
                "modelVersions": versions,
            }
            return item
        return {
            "id": model_id,
            "name": draft.title,
            "description": description,
            "allowNoCredit": self.chance(0.6),
            "allowCommercialUse": self.sample(["Sell", "Image", "RentCivit", "Rent"], 0, 4),
            "allowDerivatives": self.chance(0.8),
            "allowDifferentLicense": self.chance(0.5),
            "type": draft.model_type,
            "minor": draft.minor_flag,
            "sfwOnly": draft.minor or (not draft.sexual and self.chance(0.1)),
            "poi": draft.poi,
            "nsfw": draft.nsfw_flag,
            "nsfwLevel": nsfw_level,
            "availability": "Public",
            "cosmetic": None,
            "supportsGeneration": self.chance(0.6),
            "stats": {
                "downloadCount": downloads_total,
                "favoriteCount": 0,
                "thumbsUpCount": self.rng.randint(0, 900),
                "thumbsDownCount": self.rng.randint(0, 5),
                "commentCount": self.rng.randint(0, 60),
                "ratingCount": 0,
                "rating": 0,
                "tippedAmountCount": self.rng.randint(0, 300),
            },
            "creator": creator,
            "tags": draft.tags,
            "modelVersions": versions,
        }

    def civitai_version(
        self,
        draft: Draft,
        model_id: int,
        version_id: int,
        index: int,
        name: str,
        created: datetime,
        levels: list[int],
        downloads: int,
        old_shape: bool,
    ) -> dict[str, Any]:
        stamp = created.strftime("%Y-%m-%dT%H:%M:%S.") + f"{self.rng.randint(0, 999):03d}Z"
        sha256 = self.hexstr(64).upper()
        ext = "pt" if draft.model_type == "TextualInversion" and old_shape else "safetensors"
        stem = draft.file_stem or slugify(draft.title, "_") or f"model_{model_id}"
        size_kb = {"TextualInversion": 25.5, "Checkpoint": 2_082_642.0, "VAE": 326_797.0}.get(
            draft.model_type, 147_566.0
        )
        file = {
            "id": version_id - 100_000,
            "sizeKB": size_kb + self.rng.randint(0, 2000) / 16,
            "name": f"{stem}_{slugify(name, '')}.{ext}" if index else f"{stem}.{ext}",
            "type": "Model",
            "pickleScanResult": "Success",
            "pickleScanMessage": "No Pickle imports",
            "virusScanResult": "Success",
            "virusScanMessage": None,
            "scannedAt": stamp,
            "metadata": {"format": "PickleTensor" if ext == "pt" else "SafeTensor"},
            "hashes": {
                "AutoV1": self.hexstr(8).upper(),
                "AutoV2": sha256[:10],
                "SHA256": sha256,
                "CRC32": self.hexstr(8).upper(),
                "BLAKE3": self.hexstr(64).upper(),
                "AutoV3": self.hexstr(12).upper(),
            },
            "downloadUrl": f"https://civitai.com/api/download/models/{version_id}",
            "primary": True,
        }
        trained = list(draft.trained_words) if index == 0 else list(draft.trained_words[:1])
        notes = (
            "Better likeness",
            "Retrained on more images",
            "First release",
            "Fixed overfitting",
        )
        description = f"<p>{self.pick(notes)}</p>"
        if old_shape:
            words = {1: "None", 2: "Soft", 4: "Mature", 8: "X", 16: "X"}
            file["metadata"] = {
                "fp": "fp16",
                "size": "pruned",
                "format": file["metadata"]["format"],
            }
            for key in ("AutoV1", "AutoV3"):
                file["hashes"].pop(key)
            file.pop("virusScanMessage")
            return {
                "id": version_id,
                "modelId": model_id,
                "name": name,
                "createdAt": stamp,
                "updatedAt": stamp,
                "trainedWords": trained,
                "baseModel": draft.base_model,
                "earlyAccessTimeFrame": 0,
                "description": description,
                "stats": {"downloadCount": downloads, "ratingCount": 0, "rating": 0},
                "files": [file],
                "images": [
                    {"id": version_id * 10 + i, "nsfw": words[level], "width": 512, "height": 768}
                    for i, level in enumerate(levels)
                ],
                "downloadUrl": file["downloadUrl"],
            }
        nsfw_level = 0
        for level in levels:
            nsfw_level |= level
        images = []
        for level in levels:
            images.append(
                {
                    "url": self.image_url(),
                    "nsfwLevel": level,
                    "width": 832,
                    "height": 1216,
                    "hash": self.blurhash(),
                    "type": "image",
                    "minor": draft.minor_flag,
                    "poi": draft.poi and self.chance(0.7),
                    "hasMeta": True,
                    "hasPositivePrompt": True,
                    "onSite": self.chance(0.5),
                    "remixOfId": None,
                }
            )
        version: dict[str, Any] = {
            "id": version_id,
            "index": index,
            "name": name,
            "baseModel": draft.base_model,
            "baseModelType": "Standard",
            "createdAt": stamp,
            "publishedAt": stamp,
            "status": "Published",
            "availability": "Public",
            "nsfwLevel": nsfw_level,
            "description": description,
            "trainedWords": trained,
            "covered": True,
            "stats": {
                "downloadCount": downloads,
                "ratingCount": 0,
                "rating": 0,
                "thumbsUpCount": self.rng.randint(0, 300),
                "thumbsDownCount": 0,
            },
            "files": [file],
            "images": images,
            "downloadUrl": file["downloadUrl"],
        }
        if self.chance(0.25):
            version.pop("description")
        return version

    def hf_item(self, draft: Draft) -> dict[str, Any]:
        created = draft.created
        author = self.creator_name()
        slug = draft.hf_slug or slugify(draft.title)
        repo_id = self.unique_id(f"{author}/{slug}")
        base_repo = BASE_MODELS[draft.base_model][0]
        license_ = (
            "other"
            if base_repo.startswith("black-forest-labs/FLUX.1-dev")
            else self.pick(("creativeml-openrail-m", "openrail++", "apache-2.0", "mit", "other"))
        )
        is_adapter = draft.model_type not in (
            "Checkpoint",
            "VAE",
            "Upscaler",
            "Controlnet",
            "Other",
        )
        family_tag = "flux" if "FLUX" in base_repo else "stable-diffusion"
        tags = ["diffusers", "text-to-image", family_tag]
        card_tags = ["text-to-image", family_tag]
        if is_adapter:
            tags += [
                "lora",
                "template:sd-lora",
                f"base_model:{base_repo}",
                f"base_model:adapter:{base_repo}",
            ]
            card_tags += ["lora", "diffusers", "template:sd-lora"]
        card_tags += draft.tags
        if draft.nsfw_flag:
            card_tags.append("not-for-all-audiences")
        tags += [t for t in draft.tags if t not in tags]
        if draft.nsfw_flag:
            tags.append("not-for-all-audiences")
        tags += [f"license:{license_}", "region:us"]
        weight_name = f"{(draft.file_stem or slug.replace('-', '_'))}.safetensors"
        if self.chance(0.3) and is_adapter:
            weight_name = "pytorch_lora_weights.safetensors"
        size = (
            self.rng.randint(18_000_000, 190_000_000)
            if is_adapter
            else self.rng.randint(2_000_000_000, 6_900_000_000)
        )
        siblings: list[dict[str, Any]] = [
            {"rfilename": ".gitattributes", "blobId": self.hexstr(40), "size": 1519},
            {
                "rfilename": "README.md",
                "blobId": self.hexstr(40),
                "size": self.rng.randint(300, 4000),
            },
            {
                "rfilename": weight_name,
                "blobId": self.hexstr(40),
                "size": size,
                "lfs": {"sha256": self.hexstr(64), "size": size, "pointerSize": 135},
            },
        ]
        widget = []
        for i, text in enumerate(draft.widget_texts):
            picture = f"images/example_{self.hexstr(6)}.png"
            png = self.rng.randint(900_000, 2_400_000)
            siblings.append(
                {
                    "rfilename": picture,
                    "blobId": self.hexstr(40),
                    "size": png,
                    "lfs": {"sha256": self.hexstr(64), "size": png, "pointerSize": 133},
                }
            )
            widget.append({"text": text, "output": {"url": picture}} if i < 3 else {"text": text})
        card: dict[str, Any] = {"tags": card_tags, "base_model": base_repo, "license": license_}
        if draft.trained_words and is_adapter:
            card["instance_prompt"] = (
                draft.trained_words[0] if self.chance(0.8) else ", ".join(draft.trained_words)
            )
        if widget:
            card["widget"] = widget
        if license_ == "other" and "FLUX" in base_repo:
            card["license_name"] = "flux-1-dev-non-commercial-license"
            card["license_link"] = (
                "https://huggingface.co/black-forest-labs/FLUX.1-dev/blob/main/LICENSE.md"
            )
        stamp = created.strftime("%Y-%m-%dT%H:%M:%S.000Z")
        modified = (created + timedelta(days=self.rng.randint(0, 90))).strftime(
            "%Y-%m-%dT%H:%M:%S.000Z"
        )
        return {
            "_id": self.hexstr(24),
            "id": repo_id,
            "author": author,
            "gated": self.pick((False, False, False, "auto")),
            "inference": "cold",
            "lastModified": modified,
            "likes": int(self.rng.lognormvariate(1.5, 1.3)),
            "trendingScore": 0,
            "private": False,
            "sha": self.hexstr(40),
            "config": {},
            "downloads": int(self.rng.lognormvariate(3.5, 1.8)),
            "tags": tags,
            "pipeline_tag": "text-to-image",
            "library_name": "diffusers",
            "createdAt": stamp,
            "modelId": repo_id,
            "siblings": siblings,
            "cardData": card,
            "widgetData": [w for w in widget if "output" in w],
            "spaces": [],
            "usedStorage": sum(int(s.get("size", 0)) for s in siblings),
            "disabled": False,
        }

    # ---- the whole split ----------------------------------------------------------------
    def build(self, counts: dict[str, int]) -> list[tuple[dict[str, Any], Label]]:
        kinds = [kind for kind, count in counts.items() for _ in range(count)]
        self.rng.shuffle(kinds)
        out = []
        for kind in kinds:
            platform = self.platform()
            created = self.created_at()
            draft = Draft(kind, platform, "", created, base_model=self.base_model(created))
            if kind in LIKENESS_KINDS:
                self.likeness_type(draft)
            getattr(self, kind)(draft)
            draft.tags = list(dict.fromkeys(draft.tags))
            if draft.target_forms:
                draft.target = resolve_target(draft)
            item = self.civitai_item(draft) if platform == "civitai" else self.hf_item(draft)
            model_id = str(item["id"])
            likeness = kind in LIKENESS_KINDS
            label = Label(
                platform=platform,
                model_id=model_id,
                kind=kind,
                likeness=likeness,
                target=draft.target if likeness else None,
                gender=draft.gender if likeness else None,
                prominence=PROMINENCE.get(kind),
                sexual_intent=draft.sexual,
                minor_risk=draft.minor,
                targets=(draft.target,) if likeness and draft.target else (),
            )
            out.append((item, label))
        return out


def compact(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def visible_text(draft: Draft) -> str:
    """The text the platform will carry for this draft (Hugging Face lists carry no prose)."""
    parts = draft.tags + draft.trained_words
    if draft.platform == "civitai":
        parts += [draft.title, *draft.paragraphs]
    else:
        parts += [draft.hf_slug or draft.title, *draft.widget_texts]
    return " ".join(parts)


def resolve_target(draft: Draft) -> str:
    """The best name the metadata actually gives: full name, else handle, else partial name."""
    seen = compact(visible_text(draft))
    for form in draft.target_forms:
        if compact(form) and compact(form) in seen:
            return form
    return draft.target_forms[-1]


# ---- the extension of issue 8 ---------------------------------------------------------------
# Appended after the first 600 / 200 items (whose ids and bytes stay as they were), from a seed of
# its own. Each entry is (label kind, shape): the shape names what the item tests.
EXT_SEEDS = {"dev": 2026_08, "holdout": 2026_917}
EXT_COUNTS: dict[str, dict[tuple[str, str], int]] = {
    "dev": {
        ("public_figure", "east_asian_name"): 60,
        ("public_figure", "live_action_role"): 30,
        ("public_figure", "ordinary_word_name"): 25,
        ("public_figure", "named_blend"): 12,
        ("public_figure", "disclaimer"): 12,
        ("public_figure", "adult_youth_words"): 25,
        ("public_figure", "east_asian_minor"): 10,
        ("online_creator", "east_asian_creator"): 12,
        ("blend_unnamed", "blend_unnamed"): 15,
        ("nonexistent_person", "nonexistent_person"): 8,
        ("doll_likeness", "doll_likeness"): 8,
        ("consistent_character", "consistent_character"): 15,
        ("character_anime", "anime_script_name"): 12,
        ("concept", "ordinary_word_concept"): 8,
    },
    "holdout": {
        ("public_figure", "east_asian_name"): 24,
        ("public_figure", "live_action_role"): 12,
        ("public_figure", "ordinary_word_name"): 10,
        ("public_figure", "named_blend"): 5,
        ("public_figure", "disclaimer"): 5,
        ("public_figure", "adult_youth_words"): 10,
        ("public_figure", "east_asian_minor"): 4,
        ("online_creator", "east_asian_creator"): 5,
        ("blend_unnamed", "blend_unnamed"): 6,
        ("nonexistent_person", "nonexistent_person"): 3,
        ("doll_likeness", "doll_likeness"): 3,
        ("consistent_character", "consistent_character"): 6,
        ("character_anime", "anime_script_name"): 5,
        ("concept", "ordinary_word_concept"): 3,
    },
}
COUNTRY = {"zh": "Chinese", "ja": "Japanese", "ko": "Korean"}
EAST_OCCUPATIONS = {
    # script -> (English occupation, occupation in the script, tags), female / male
    "zh": {
        "female": (
            ("actress", "女演员", ["actress", "chinese", "cdrama"]),
            ("singer", "歌手", ["singer", "cpop"]),
            ("TV host", "主持人", ["tv host", "chinese"]),
        ),
        "male": (("actor", "男演员", ["actor", "chinese"]), ("singer", "歌手", ["singer"])),
    },
    "ja": {
        "female": (
            ("actress", "女優", ["actress", "japanese"]),
            ("idol", "アイドル", ["idol", "japanese", "jpop"]),
            ("news announcer", "アナウンサー", ["news", "japanese"]),
        ),
        "male": (("actor", "俳優", ["actor", "japanese"]),),
    },
    "ko": {
        "female": (
            ("K-pop idol", "아이돌", ["kpop", "kpop idol", "idol"]),
            ("actress", "배우", ["actress", "korean", "kdrama"]),
            ("singer", "가수", ["singer", "korean"]),
        ),
        "male": (("K-pop idol", "아이돌", ["kpop", "idol"]), ("actor", "배우", ["actor"])),
    },
}
FEMALE_WORDS = {"zh": ("女性", "美女", "女演员"), "ja": ("女性", "美女"), "ko": ("여자", "여배우")}
MALE_WORDS = {"zh": ("男性", "帅哥"), "ja": ("男性",), "ko": ("남자",)}
YOUTH_WORDS = (
    "young",
    "cute",
    "petite",
    "cute girl",
    "school uniform",
    "youthful face",
    "baby face",
    "kawaii",
    "young woman",
    "slim petite body",
)
ASIAN_GROUP_WORDS = ("Girls Planet", "Starlight 9", "LUNAWAVE", "Seoul Bloom")
FICTION_DISCLAIMERS = (
    "This is a fictional character. Any resemblance to real persons is purely coincidental.",
    "All images are AI generated; no real person is depicted.",
    "Disclaimer: for parody and art only, not affiliated with the person.",
    "Fictional likeness, do not use to deceive.",
)


@dataclass(frozen=True)
class EastForms:
    """The ways metadata writes one East-Asian name."""

    native: str  # in script, as written in that language (no space)
    native_spaced: str
    family_first: str  # Park Ji-yeon shape
    given_first: str  # Ji-yeon Park
    run_together: str  # parkjiyeon (file names, pinyin run together)
    camel: str  # jiyeonPark


def east_forms(name: EastName) -> EastForms:
    given_plain = name.given_rom.replace("-", "")
    return EastForms(
        native=f"{name.family}{name.given}",
        native_spaced=f"{name.family} {name.given}",
        family_first=f"{name.family_rom} {name.given_rom}",
        given_first=f"{name.given_rom} {name.family_rom}",
        run_together=f"{name.family_rom}{given_plain}".lower(),
        camel=f"{given_plain[0].lower()}{given_plain[1:].lower()}{name.family_rom}",
    )


class ExtensionGenerator(Generator):
    """Writes the issue-8 shapes; shares used names and ids with the first generator."""

    def __init__(self, base: Generator, seed: int, ext: ExtVocab) -> None:
        super().__init__(base.split, seed, base.vocab)
        self.used_people = base.used_people
        self.used_ids = base.used_ids
        self.ext = ext
        self.forced: list[Person] = []
        self.east_real: list[EastName] = []
        self.east_fiction: list[EastName] = []

    def new_person(self, gender: str, eastern_share: float = 0.15) -> Person:
        if self.forced:
            return self.forced.pop()
        return Generator.new_person(self, gender, eastern_share)

    def east_name(self, gender: str, script: str | None = None, fiction: bool = False) -> EastName:
        """An invented East-Asian name: a family name and a given name of one script combined.

        Real people recur (a third of the picks is someone already used, as the catalog holds many
        models of one person); fictional characters never share a name with a likeness target.
        """
        pool = [n for n in self.ext.east_names if script is None or n.script == script]
        script = str(self.pick(sorted({n.script for n in pool})))
        used = self.east_fiction if fiction else self.east_real
        if not fiction and used and self.chance(0.33):
            known = [n for n in used if n.gender == gender and n.script == script]
            if known:
                return self.pick(known)
        families = sorted({(n.family, n.family_rom) for n in pool if n.script == script})
        givens = sorted(
            {(n.given, n.given_rom) for n in pool if n.script == script and n.gender == gender}
        )
        taken = {n.family + n.given for n in self.east_real + self.east_fiction}
        for _ in range(100):
            family, family_rom = self.pick(families)
            given, given_rom = self.pick(givens)
            if family + given not in taken:
                break
        name = EastName(script, family, given, family_rom, given_rom, gender)
        used.append(name)
        return name

    def sexual_share(self, share: float) -> bool:
        return self.chance(share)

    # ---- East-Asian likeness -----------------------------------------------------------
    def east_asian_name(self, draft: Draft, youth_words: bool = False, minor: bool = False) -> None:
        gender = "female" if youth_words or minor or self.chance(0.85) else "male"
        name = self.east_name(gender)
        forms = east_forms(name)
        occ, occ_native, occ_tags = self.pick(EAST_OCCUPATIONS[name.script][gender])
        country = COUNTRY[name.script]
        n = self.rng.choice((20, 36, 48, 60, 90, 120))
        # how the name is written: in script only, script + romanisation, romanised only
        style = self.pick(
            ("script_only", "script_only", "script_rom", "family_first", "run_together", "camel")
        )
        if name.script == "ja" and style == "script_only" and self.chance(0.5):
            native_title = forms.native_spaced
        else:
            native_title = forms.native
        title = {
            "script_only": self.pick(
                (
                    f"{native_title}",
                    f"{native_title} LoRA",
                    f"{native_title} | {occ_native}",
                    f"【{occ_native}】{native_title}",
                )
            ),
            "script_rom": self.pick(
                (f"{native_title} ({forms.family_first})", f"{forms.family_first} {native_title}")
            ),
            "family_first": self.pick(
                (
                    forms.family_first,
                    f"{forms.family_first} - {occ}",
                    f"{forms.family_first} ({self.pick(ASIAN_GROUP_WORDS)})"
                    if occ == "K-pop idol"
                    else f"{forms.family_first} [{country} {occ}]",
                    f"{forms.family_first.upper()} v{self.rng.randint(1, 3)}",
                )
            ),
            "run_together": self.pick((forms.run_together, f"{forms.run_together}_v1")),
            "camel": self.pick((forms.camel, f"{forms.camel}_lora")),
        }[style]
        draft.title = title
        script_only = style == "script_only"
        # most romanised titles come with no script form anywhere (a third still show one)
        romanised_only = style in ("family_first", "run_together", "camel") and self.chance(0.7)
        draft.file_stem = self.pick((forms.run_together, forms.camel, forms.run_together + "_v1"))
        if script_only:
            draft.file_stem = self.pick((forms.native, "lora_v1", f"{occ_native}_lora"))
        draft.trained_words = [
            self.pick(
                (
                    forms.run_together,
                    forms.native,
                    forms.camel,
                    f"sks {'woman' if gender == 'female' else 'man'}",
                    f"{forms.run_together} {'girl' if gender == 'female' else 'boy'}",
                )
            )
        ]
        if script_only:
            draft.trained_words = [
                self.pick((forms.native, f"sks {'woman' if gender == 'female' else 'man'}"))
            ]
        elif romanised_only and draft.trained_words[0] == forms.native:
            draft.trained_words = [forms.run_together]
        native_bio = {
            "zh": f"{forms.native}，{occ_native}。训练集{n}张照片。",
            "ja": f"{forms.native}（{occ_native}）の写真{n}枚で学習しました。",
            "ko": f"{forms.native} {occ_native}. 사진 {n}장으로 학습했습니다.",
        }[name.script]
        english_bio = self.pick(
            (
                f"{forms.given_first} is a {country} {occ}.",
                f"{country} {occ}, trained on {n} photos.",
                f"LoRA of the {country} {occ} {forms.family_first}.",
            )
        )
        if style in ("script_only",):
            paragraphs = [native_bio]
        elif style == "camel" and self.chance(0.5):
            paragraphs = [f"{country} {occ}. {n} images, weight 0.7."]
        else:
            paragraphs = [english_bio if romanised_only else self.pick((native_bio, english_bio))]
        paragraphs.append(self.pick(("Recommended weight 0.6-0.8.", "Use with a realistic model.")))
        tags: list[str] = []
        if self.chance(0.6):
            tags += occ_tags
        if self.chance(0.45):
            words = FEMALE_WORDS if gender == "female" else MALE_WORDS
            tags.append(self.pick(words[name.script]))
        tags += self.sample(["asian", "realistic", "photorealistic", "portrait"], 0, 2)
        if self.chance(0.3):
            tags.append(self.pick(("celebrity", "real person")))
        if self.chance(0.2) and not romanised_only:
            tags.append(forms.native)
        shown = self.pick((forms.native, forms.run_together))
        shown = forms.native if script_only else forms.run_together if romanised_only else shown
        draft.widget_texts = [f"photo of {shown}, portrait"]
        sexual = False
        if minor:
            age = self.rng.randint(13, 16)
            cue = {
                "zh": f"今年{age}岁。",
                "ja": f"現在{age}歳。",
                "ko": f"현재 {age}세.",
            }[name.script]
            cue = self.pick((cue, f"{age}yo, photos from this year.", f"She is {age} years old."))
            if draft.platform == "civitai":
                paragraphs.insert(1, " " + cue if cue[0].isdigit() else cue)
                if self.chance(0.3):
                    draft.minor_flag = True
            else:
                draft.widget_texts.append(f"{draft.trained_words[0]}, {age} years old, portrait")
            draft.minor = True
        elif youth_words:
            words = self.sample(YOUTH_WORDS, 1, 3)
            tags += [w for w in words if len(w) < 16]
            phrase = ", ".join(words)
            paragraphs.insert(
                1,
                self.pick(
                    (
                        f"Good for {phrase} looks.",
                        f"She looks {words[0]} in most photos. Adult, born "
                        f"{self.rng.randint(1990, 2002)}.",
                        f"{phrase.capitalize()} style, the dataset is from her {occ} photos.",
                        "Works with school uniform and casual outfits. She is "
                        f"{self.rng.randint(21, 34)}.",
                    )
                ),
            )
            draft.widget_texts.append(f"{draft.trained_words[0]}, {words[0]}, smiling")
            sexual = self.sexual_share(0.45)
        else:
            sexual = self.sexual_share(0.4)
        draft.paragraphs = paragraphs
        draft.tags = tags
        draft.gender = gender
        draft.hf_slug = self.pick(
            (f"{forms.run_together}-lora", f"{slugify(forms.family_first)}-lora")
        )
        if script_only:  # a repo id is ASCII: a name in script only leaves it nameless
            draft.hf_slug = f"{COUNTRY[name.script].lower()}-{slugify(occ)}-lora-{n}"
        # the best form the metadata gives: the name in script when shown, else romanised
        draft.target_forms = (
            forms.native,
            forms.native_spaced,
            forms.family_first,
            forms.given_first,
            forms.run_together,
            forms.camel,
        )
        if sexual:
            self.apply_sexual(draft, draft.trained_words[0])

    def adult_youth_words(self, draft: Draft) -> None:
        self.east_asian_name(draft, youth_words=True)

    def east_asian_minor(self, draft: Draft) -> None:
        self.east_asian_name(draft, minor=True)

    def east_asian_creator(self, draft: Draft) -> None:
        gender = "female" if self.chance(0.9) else "male"
        name = self.east_name(gender)
        forms = east_forms(name)
        site, site_tags = self.pick(
            (
                ("Douyin", ["douyin", "influencer", "网红"]),
                ("Xiaohongshu", ["xiaohongshu", "influencer"]),
                ("Weibo", ["weibo", "influencer"]),
                ("Instagram", ["instagram", "influencer"]),
                ("Bilibili", ["bilibili", "streamer"]),
            )
        )
        handle = self.pick((forms.run_together, f"{forms.run_together}_{self.rng.randint(1, 99)}"))
        foll = self.followers()
        draft.title = self.pick(
            (
                f"{forms.native} | {site}",
                f"{site}网红 {forms.native}",
                f"{forms.native} (@{handle})",
                f"@{handle} {site} creator",
            )
        )
        draft.paragraphs = [
            self.pick(
                (
                    f"{site} creator with {foll} followers.",
                    f"{forms.native}，{site}博主，粉丝{foll}。",
                    f"Trained on {self.rng.randint(20, 90)} photos from her {site} feed.",
                )
            )
        ]
        draft.trained_words = [handle.replace("_", "")]
        draft.tags = (list(site_tags) if self.chance(0.7) else []) + self.sample(
            ["asian", "realistic", "selfie", "woman" if gender == "female" else "man"], 0, 2
        )
        draft.widget_texts = [f"{forms.native}, selfie, {site} photo"]
        draft.hf_slug = f"{slugify(handle)}-lora"
        draft.file_stem = slugify(handle, "_")
        draft.gender = gender
        draft.target_forms = (forms.native, forms.family_first, forms.given_first, handle)
        if self.sexual_share(0.35):
            self.apply_sexual(draft, draft.trained_words[0])

    # ---- other likeness shapes ----------------------------------------------------------
    def live_action_role(self, draft: Draft) -> None:
        gender = "female" if self.chance(0.8) else "male"
        actor = Generator.new_person(self, gender, eastern_share=0.2)
        role = f"{self.pick(self.ext.role_first)} {self.surname()}"
        if self.chance(0.3):
            role = f"{self.pick(('Inspector', 'Doctor', 'Lady', 'Princess', 'Captain'))} {role}"
        show = self.pick(self.ext.shows)
        medium, medium_tags = self.pick(
            (
                ("TV series", ["tv series", "tv show"]),
                ("K-drama", ["kdrama", "drama"]),
                ("film", ["movie", "film"]),
                ("C-drama", ["cdrama", "drama"]),
                ("live-action series", ["live action", "tv series"]),
            )
        )
        actor_word = "actress" if gender == "female" else "actor"
        draft.title = self.pick(
            (
                f"{role} from {show}",
                f"{role} from {show} ({medium})",
                f"{role} ({show}) - {actor.full}",
                f"{actor.full} as {role} | {show}",
                f"{role} - {show} [{actor.full}]",
            )
        )
        draft.paragraphs = [
            self.pick(
                (
                    f"{role} as played by {actor.full} in the {medium} {show}.",
                    f"Character LoRA of {role} ({show}), the {actor_word} is {actor.full}.",
                    f"Trained on stills of {actor.full} from seasons 1 and 2 of {show}.",
                    f"{role} from the {medium} {show}. {actor.full}'s face, trained on "
                    f"{self.rng.randint(30, 150)} stills.",
                )
            )
        ]
        if self.chance(0.35):
            draft.paragraphs.append(self.pick(FICTION_DISCLAIMERS))
        draft.trained_words = [
            self.pick((slugify(role, "_"), f"{slugify(role, ' ')}", slugify(actor.full, "")))
        ]
        draft.tags = ["character"] + medium_tags[: self.rng.randint(1, 2)]
        if self.chance(0.5):
            draft.tags.append(actor_word)
        if self.chance(0.2):
            draft.tags.append("celebrity")
        if self.chance(0.3):
            draft.tags.append(slugify(show, " "))
        draft.widget_texts = [f"photo of {actor.full} as {role}, film still"]
        if self.chance(0.25):
            draft.model_type = self.pick(("Checkpoint", "Hypernetwork"))
        draft.hf_slug = f"{slugify(role)}-{slugify(show)}"
        draft.file_stem = slugify(role, "_")
        draft.gender = gender
        draft.target_forms = (actor.full,)
        if self.sexual_share(0.35):
            self.apply_sexual(draft, draft.trained_words[0])

    def ordinary_word_name(self, draft: Draft) -> None:
        gender = "female" if self.chance(0.85) else "male"
        for _ in range(200):
            if gender == "female":
                first = self.pick(self.ext.ordinary_first_female + self.vocab.female_first[:10])
            else:
                first = self.pick(self.ext.ordinary_first_male + self.vocab.male_first[:4])
            person = Person(first, self.pick(self.ext.ordinary_surnames), gender)
            if person.full not in self.used_people and first != person.family:
                break
        self.used_people.add(person.full)
        self.forced.append(person)
        self.public_figure(draft)

    def disclaimer(self, draft: Draft) -> None:
        draft.platform = "civitai"  # a Hugging Face model list carries no prose
        self.public_figure(draft)
        draft.paragraphs.append(self.pick(FICTION_DISCLAIMERS))
        if self.chance(0.3):
            draft.tags.append(self.pick(("fictional", "parody")))

    def named_blend(self, draft: Draft) -> None:
        gender = "female" if self.chance(0.9) else "male"
        people = [
            Generator.new_person(self, gender, eastern_share=0.3)
            for _ in range(self.pick((2, 2, 3)))
        ]
        names = [p.full for p in people]
        joined = " x ".join(names)
        draft.title = self.pick(
            (
                f"{joined} mix",
                f"Blend: {' + '.join(names)}",
                f"{names[0]} & {names[1]} (face blend)",
                f"{' x '.join(slugify(n, '') for n in names)}",
            )
        )
        if len(names) == 3 and "&" in draft.title:
            draft.title = f"{names[0]}, {names[1]} & {names[2]} (face blend)"
        draft.paragraphs = [
            self.pick(
                (
                    f"A mix of {', '.join(names)}, trained on photos of each.",
                    f"Blended likeness: {' and '.join(names)}. Weight 0.7.",
                    f"Merge of my {names[0]} and {names[1]} LoRAs.",
                )
            )
        ]
        if "Merge of my" in draft.paragraphs[0] and len(names) == 3:
            draft.paragraphs[0] = f"Merge of my {names[0]}, {names[1]} and {names[2]} LoRAs."
        draft.trained_words = [
            self.pick(
                ("mixface woman" if gender == "female" else "mixface man", slugify(names[0], ""))
            )
        ]
        draft.tags = ["celebrity", "mix"] + self.sample(
            ["blend", "woman" if gender == "female" else "man", "realistic"], 0, 2
        )
        draft.widget_texts = [f"photo of {' and '.join(names)} blend, portrait"]
        draft.hf_slug = "-".join(slugify(n) for n in names[:2]) + "-mix"
        draft.gender = gender
        draft.target_forms = (names[0],)
        draft.more_targets = tuple(names[1:])
        if self.sexual_share(0.4):
            self.apply_sexual(draft, draft.trained_words[0])

    # ---- hard negatives -----------------------------------------------------------------
    def blend_unnamed(self, draft: Draft) -> None:
        look = self.pick(("Asian", "Korean", "Japanese", "Chinese", "European", "Latina", "mixed"))
        draft.title = self.pick(
            (
                f"{look} face blend v{self.rng.randint(1, 5)}",
                f"Mixed Face {self.rng.randint(1, 40):02d} (blend of {self.rng.randint(5, 60)} "
                "faces)",
                f"{look} beauty face mix",
                "Perfect Face Merge",
                f"Random {look} girl mix",
            )
        )
        draft.paragraphs = [
            self.pick(
                (
                    "A blend of many generated faces, not any specific person.",
                    "Mixed from several face LoRAs at low weight so it looks like no one in "
                    "particular.",
                    "Unnamed face blend for consistent results. Not based on anyone.",
                )
            )
        ]
        draft.tags = self.sample(["face", "woman", "realistic", "asian", "beautiful", "mix"], 1, 3)
        if self.chance(0.2):
            draft.tags.append("celebrity")  # platform tag noise
        draft.trained_words = [self.pick(("mixface", "blendgirl", f"{slugify(look, '')}face"))]
        draft.widget_texts = [f"{draft.trained_words[0]}, portrait photo"]
        draft.hf_slug = slugify(draft.title)
        if self.sexual_share(0.2):
            self.apply_sexual(draft)

    def nonexistent_person(self, draft: Draft) -> None:
        draft.title = self.pick(
            (
                "This Person Does Not Exist",
                "TPDNE faces v2",
                "thispersondoesnotexist style faces",
                "Nonexistent people pack",
            )
        )
        draft.paragraphs = [
            self.pick(
                (
                    "Faces of people who do not exist, made from generated portraits.",
                    "Every face this makes is a new person who does not exist.",
                )
            )
        ]
        draft.tags = self.sample(["face", "portrait", "realistic", "person", "woman", "man"], 1, 3)
        draft.trained_words = ["tpdne"]
        draft.widget_texts = ["tpdne, portrait photo of a person"]
        draft.hf_slug = slugify(draft.title)

    def doll_likeness(self, draft: Draft) -> None:
        look = self.pick(
            ("Taiwanese", "Thai", "Vietnamese", "Chinese", "Japanese", "Filipina", "Korean")
        )
        draft.title = self.pick(
            (f"{look} Doll Likeness", f"{look}DollLikeness v{self.rng.randint(1, 3)}")
        )
        draft.paragraphs = [
            f"A generic {look} doll-like face. It is not any real person; mix with other face "
            "LoRAs."
        ]
        draft.tags = ["woman", "asian", "realistic"][: self.rng.randint(1, 3)]
        if self.chance(0.3):
            draft.tags.append(self.pick(("美女", "여자", "女性")))
        draft.trained_words = [f"{slugify(look, '')}doll"]
        draft.widget_texts = [f"{draft.trained_words[0]}, portrait"]
        draft.hf_slug = slugify(draft.title)
        if self.sexual_share(0.3):
            self.apply_sexual(draft)

    def consistent_character(self, draft: Draft) -> None:
        given = self.pick(self.ext.persona_names)
        # sometimes person-shaped, still nobody
        persona = f"{given} {self.surname()}" if self.chance(0.3) else given
        draft.title = self.pick(
            (
                f"{persona} - consistent character",
                f"Consistent Character: {persona} (OC)",
                f"{persona} | my AI girl",
                f"{persona} (original character, realistic)",
                f"AI influencer {persona} - same face every time",
            )
        )
        draft.paragraphs = [
            self.pick(
                (
                    f"{given} is my original character, made from generated images only. Not a "
                    "real person.",
                    f"A made-up person for consistent characters in comics and stories. {given} "
                    "does not exist.",
                    f"Trained on {self.rng.randint(20, 60)} generated images of {given}, a "
                    "virtual model I created.",
                )
            )
        ]
        draft.tags = ["character"] if self.chance(0.4) else []
        draft.tags += self.sample(
            ["woman", "realistic", "ai influencer", "original character", "asian"], 1, 3
        )
        draft.trained_words = [f"{slugify(persona, '')}_oc"]
        draft.widget_texts = [f"{draft.trained_words[0]}, cafe photo"]
        draft.hf_slug = slugify(persona) + "-consistent-character"
        if self.sexual_share(0.25):
            self.apply_sexual(draft)

    def anime_script_name(self, draft: Draft) -> None:
        female = self.chance(0.8)
        script = self.pick(("ja", "ja", "zh", "ko"))
        name = self.east_name("female" if female else "male", script=script, fiction=True)
        forms = east_forms(name)
        franchise = self.pick(self.vocab.franchises)
        draft.title = self.pick(
            (
                f"{forms.native_spaced}（{franchise}）",
                f"{forms.native} | {franchise}",
                f"{forms.family_first} ({franchise}) character",
                f"[{franchise}] {forms.native}",
            )
        )
        hair = self.pick(("silver", "pink", "blue", "black"))
        draft.trained_words = [
            f"{forms.run_together}",
            f"{'1girl' if female else '1boy'}, {hair} hair, anime style",
        ]
        draft.tags = ["anime", "character"] + self.sample(
            ["1girl" if female else "1boy", "game character", "manga", franchise.lower()], 1, 3
        )
        if self.chance(0.1):
            draft.tags = ["anime", franchise.lower()]
        draft.paragraphs = [
            self.pick(
                (
                    f"{forms.native}，{franchise}的角色。",
                    f"{franchise}の{forms.native}です。公式イラストで学習。",
                    f"Character LoRA of {forms.family_first} from the anime {franchise}.",
                )
            )
        ]
        draft.widget_texts = [f"{draft.trained_words[0]}, {draft.trained_words[1]}, masterpiece"]
        if draft.base_model.startswith("Flux"):
            draft.base_model = "Illustrious"
        draft.hf_slug = f"{forms.run_together}-{slugify(franchise)}"
        if self.sexual_share(0.3):
            self.apply_sexual(draft)

    def ordinary_word_concept(self, draft: Draft) -> None:
        word = self.pick(self.ext.ordinary_surnames + self.ext.ordinary_first_female)
        draft.title = self.pick(
            (
                f"{word} Texture Helper",
                f"{word} Lighting",
                f"{word} motif background",
                f"{word} pattern dress",
            )
        )
        draft.paragraphs = [f"A concept LoRA: {word.lower()} as a visual motif. Weight 0.5-1."]
        draft.tags = ["concept"] + self.sample(
            ["background", "style", "clothing", "lighting"], 0, 2
        )
        draft.trained_words = [f"{word.lower()} motif"]
        draft.widget_texts = [f"{word.lower()} motif, landscape"]
        draft.hf_slug = slugify(draft.title)

    # ---- the whole extension ----------------------------------------------------------------
    def build_shapes(
        self, counts: dict[tuple[str, str], int]
    ) -> list[tuple[dict[str, Any], Label]]:
        entries = [entry for entry, count in counts.items() for _ in range(count)]
        self.rng.shuffle(entries)
        out = []
        for kind, shape in entries:
            platform = self.platform()
            created = self.created_at()
            draft = Draft(kind, platform, "", created, base_model=self.base_model(created))
            draft.shape = shape
            if kind in LIKENESS_KINDS:
                self.likeness_type(draft)
            getattr(self, shape)(draft)
            platform = draft.platform
            if draft.sexual and platform == "huggingface" and not draft.nsfw_flag:
                # a model list shows the first trigger word only: keep a cue where it is seen
                draft.widget_texts.append(f"{draft.trained_words[0]}, lingerie, bedroom")
            draft.tags = list(dict.fromkeys(draft.tags))
            likeness = kind in LIKENESS_KINDS
            aliases: tuple[str, ...] = ()
            if draft.target_forms:
                draft.target = resolve_any_script(draft)
                seen = shown_texts(draft)
                aliases = tuple(
                    form
                    for form in draft.target_forms
                    if form != draft.target and form_shown(form, seen)
                )
            item = self.civitai_item(draft) if platform == "civitai" else self.hf_item(draft)
            label = Label(
                platform=platform,
                model_id=str(item["id"]),
                kind=kind,
                likeness=likeness,
                target=draft.target if likeness else None,
                gender=draft.gender if likeness else None,
                prominence=PROMINENCE.get(kind),
                sexual_intent=draft.sexual,
                minor_risk=draft.minor,
                shape=shape,
                targets=((draft.target, *draft.more_targets) if likeness and draft.target else ()),
                aliases=aliases if likeness else (),
            )
            out.append((item, label))
        return out


def form_shown(form: str, seen: Sequence[str]) -> bool:
    """Whether a name form appears in one of the visible texts.

    Latin-script forms match with any separators between their words (``Park Ji-yeon``,
    ``park_jiyeon``, ``ParkJiyeon``) but only as whole words; script forms match as written.
    """
    if not form.isascii():
        return any(form in text for text in seen)
    words = re.findall(r"[a-z0-9]+", form.lower())
    pattern = re.compile(r"(?<![a-z0-9])" + r"[\W_]*".join(words) + r"(?![a-z0-9])")
    return bool(words) and any(pattern.search(text.lower()) for text in seen)


def shown_texts(draft: Draft) -> list[str]:
    """The texts the platform will carry for an extension draft, file name included."""
    texts = [*draft.tags, *draft.trained_words]
    if draft.platform == "civitai":
        texts += [draft.title, *draft.paragraphs, draft.file_stem or ""]
    else:
        if draft.model_type in ("Checkpoint", "VAE", "Upscaler", "Controlnet", "Other"):
            texts = list(draft.tags)  # no instance prompt on a full model
        texts += [draft.hf_slug or draft.title, *draft.widget_texts]
    return texts


def resolve_any_script(draft: Draft) -> str:
    """``resolve_target`` for names in any script: the first form the metadata shows."""
    seen = shown_texts(draft)
    for form in draft.target_forms:
        if form_shown(form, seen):
            return form
    return draft.target_forms[-1]


def write_jsonl(path: Path, rows: Sequence[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")


def build_split(split: str) -> list[tuple[dict[str, Any], Label]]:
    """Build one split in memory: ``dev`` or ``holdout``."""
    if split == "dev":
        base = Generator("dev", DEV_SEED, DEV_VOCAB)
        pairs = base.build(DEV_COUNTS)
        ext_vocab = DEV_EXT_VOCAB
    else:
        base = Generator("holdout", HOLDOUT_SEED, HOLDOUT_VOCAB)
        pairs = base.build(HOLDOUT_COUNTS)
        ext_vocab = HOLDOUT_EXT_VOCAB
    extension = ExtensionGenerator(base, EXT_SEEDS[split], ext_vocab)
    return pairs + extension.build_shapes(EXT_COUNTS[split])


def label_dict(label: Label) -> dict[str, Any]:
    return {
        "platform": label.platform,
        "model_id": label.model_id,
        "kind": label.kind,
        "likeness": label.likeness,
        "target": label.target,
        "gender": label.gender,
        "prominence": label.prominence,
        "sexual_intent": label.sexual_intent,
        "minor_risk": label.minor_risk,
        "shape": label.shape,
        "targets": list(label.targets),
        "aliases": list(label.aliases),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="folder to write into")
    args = parser.parse_args()
    for split, items_name, labels_name in (
        ("dev", "devset.jsonl", "labels.jsonl"),
        ("holdout", "holdout.jsonl", "holdout_labels.jsonl"),
    ):
        pairs = build_split(split)
        write_jsonl(args.out / items_name, [item for item, _ in pairs])
        write_jsonl(args.out / labels_name, [label_dict(label) for _, label in pairs])
        print(f"{split}: {len(pairs)} items -> {args.out / items_name}")


if __name__ == "__main__":
    main()
