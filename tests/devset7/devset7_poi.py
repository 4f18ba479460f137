# ruff: noqa: E501  (template text is kept whole)
"""``poi7``: the seventh set's part built from Civitai's POI list, in memory only.

Ten templates of this set's own put a name of ``../shared/lexicons/civitai/words-poi.json`` in
one place each (a version image's prompt, a Spanish or German page, a bounty entry, a Hugging
Face card that only links to the Civitai page, a two-person pack, a changelog line, a tag, a
role line, a pronoun line that states the gender). Names are picked with seed 7070707 after
sorting, so the part does not depend on the list's order. Sixty invented hard negatives come
from the builder's negative templates (vocabulary part B, seed 7373737). Nothing here is ever
written to disk, and no name of the list is ever printed.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

# the scoring script loads this module from its file: its own folder holds the builder
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parent))

import build_devset7 as B  # noqa: E402

SEED = 7070707
NEG_SEED = 7373737
N_POSITIVE = 150
N_NEGATIVE = 60
N_PRONOUN = 25
# short lists of common first names: only these let the pronoun template state a gender
FEMALE_FIRST = {"anna", "emma", "emily", "sarah", "jessica", "jennifer", "kate", "laura",
                "maria", "olivia", "rachel", "sophie", "natalie", "elizabeth", "amanda",
                "ashley", "megan", "lisa", "julia", "alexandra", "chloe", "hannah"}  # fmt: skip
MALE_FIRST = {"john", "james", "michael", "david", "chris", "robert", "tom", "daniel", "mark",
              "paul", "peter", "ryan", "jason", "matt", "henry", "adam"}  # fmt: skip


def load_names(path: Path) -> list[str]:
    """The list's entries that are usable as a person's name in a template."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    names = []
    for entry in raw if isinstance(raw, list) else []:
        if not isinstance(entry, str):
            continue
        name = " ".join(entry.split())
        probe = {"name": name}
        if 3 <= len(name) <= 40 and not B.sexual_cue(probe) and not B.minor_cue(probe):
            names.append(name)
    return names


def _shown(name: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in name.split()) if name.islower() else name


def _positive(c: B.Ctx, n: int, name: str, gendered: str | None) -> tuple[B.Item, B.Label]:
    shown = _shown(name)
    stem = B.snake(shown) or "subject"
    usage = B.usage(c)
    if gendered:
        he = B.PRON[gendered][0]
        item = B.simple_lora(
            c,
            shown,
            f"<p>{shown}. {he.capitalize()} is a well known {c.rng.choice(B.TRADE[gendered])}; {he} was requested a lot.</p>"
            + usage,
            [stem],
            stem,
            [],
        )  # noqa: E501
        return B.lab_c(item, "public_figure", "poi_pronoun", False, shown, gendered)
    kind = n % 9
    if kind == 0:
        prompts = [c.prompt(f"photo of {shown}, <lora:subj_{n}:0.8>")]
        item = B.simple_lora(
            c,
            f"Subject {n}",
            "<p>prompts in the gallery</p>" + usage,
            ["subj"],
            f"subj{n}",
            [],
            prompts=prompts,
        )  # noqa: E501
        shape = "poi_image_prompt"
    elif kind == 1:
        item = B.simple_lora(
            c,
            f"LoRA #{n}",
            f"<p>Este LoRA es de {shown}. Entrenado con 40 fotos, peso 0.8.</p>" + usage,
            [],
            f"es{n}",
            [],
        )  # noqa: E501
        shape = "poi_spanish_line"
    elif kind == 2:
        item = B.simple_lora(
            c,
            "Bounty entry",
            f"<p>[Bounty] Looking for a good model of {shown}, 1000 buzz.</p>" + usage,
            [stem],
            "bounty",
            ["bounty"],
        )  # noqa: E501
        shape = "poi_bounty"
    elif kind == 3:
        cid = c.rng.randint(100000, 999999)
        link = f"https://civitai.com/models/{cid}/{stem.replace('_', '-')}"
        repo = f"{c.pick('hf_users')}/civitai-{cid}"
        card = {"base_model": "stabilityai/stable-diffusion-xl-base-1.0", "source": link}
        item = B.hf(c, repo, ["lora"], card, ["model.safetensors"])
        return B.lab_h(item, "public_figure", "poi_hf_link", False, shown, "unknown")
    elif kind == 4:
        other = " ".join(c.western("female"))
        item = B.simple_lora(
            c,
            "2 in 1 pack",
            f"<p>two faces: {shown} and {other}</p>" + usage,
            [stem, B.snake(other)],
            "pack2",
            ["pack"],
        )  # noqa: E501
        return B.lab_c(
            item, "public_figure", "poi_pack", False, shown, "unknown", targets=[shown, other]
        )  # noqa: E501
    elif kind == 5:
        item = B.simple_lora(
            c,
            "Portrait LoRA",
            f"<p>portrait LoRA</p><ul><li>v2: retrained on {shown} photos</li><li>v1: minor fixes</li></ul>"
            + usage,
            ["prt"],
            "prt",
            [],
        )  # noqa: E501
        shape = "poi_changelog"
    elif kind == 6:
        item = B.simple_lora(c, "Famous face", usage, [], "ff", [name.lower(), "realistic"])
        shape = "poi_tag"
    elif kind == 7:
        item = B.simple_lora(
            c,
            f"Lead role ({c.pick('shows')})",
            f"<p>the lead of the series, played by {shown}. live-action screencaps.</p>" + usage,
            ["lead"],
            "lead",
            ["character", "tv series"],
        )  # noqa: E501
        shape = "poi_role_actor"
    else:
        item = B.simple_lora(
            c,
            f"{shown} LoRA",
            f"<p>Trainiert auf Fotos von {shown}, Gewicht 0.7.</p>" + usage,
            [stem],
            stem,
            [],
        )  # noqa: E501
        shape = "poi_german_line"
    return B.lab_c(item, "public_figure", shape, False, shown, "unknown")


def build_poi7(names: list[str]) -> tuple[list[B.Item], list[B.Label]]:
    rng = random.Random(SEED)
    pool = sorted(set(names))
    picked = rng.sample(pool, min(N_POSITIVE, len(pool)))
    c = B.Ctx("hold7")
    c.rng = random.Random(SEED + 1)
    c.next_id = 5_000_000
    items: list[B.Item] = []
    labels: list[B.Label] = []
    pronouns = 0
    for n, name in enumerate(picked):
        first = name.split()[0].lower() if " " in name else ""
        gendered = None
        if pronouns < N_PRONOUN and first in FEMALE_FIRST | MALE_FIRST:
            gendered = "female" if first in FEMALE_FIRST else "male"
            pronouns += 1
        item, lab = _positive(c, n, name, gendered)
        items.append(item)
        labels.append(lab)
    c.rng = random.Random(NEG_SEED)
    negatives = list(B.NEGATIVE.values())
    for n in range(N_NEGATIVE):
        fn = negatives[n % len(negatives)][0]
        item, lab = fn(c)
        items.append(item)
        labels.append(lab)
    for item, lab in zip(items, labels, strict=True):
        assert B.sexual_cue(item) == lab["sexual_intent"]
        assert B.minor_cue(item) == lab["minor_risk"]
        assert not (B.sexual_cue(item) and B.minor_cue(item))
    return items, labels


def stated_genders(labels: list[dict[str, Any]]) -> int:
    return sum(lab["gender"] in ("female", "male") for lab in labels if lab["likeness"])
