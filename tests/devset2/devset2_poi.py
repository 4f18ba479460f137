"""The ``poi2`` part: real public figures, built in memory at evaluation time only.

The templates below hold a ``{person}`` slot (and forms of it: ``{rt}`` run-together,
``{camel}``, ``{snake}``, ``{upper}``, ``{leet}``, ``{first}``, ``{last}``, ``{initials}``);
:func:`build_poi2` fills them with entries of Civitai's public POI word list
(``../shared/lexicons/civitai/words-poi.json``) picked by seeded index. No filled item is ever
written to disk: the caller scores them and drops them. No real name is stored in this file.

Gender is labelled only where the template itself states it ("actress", "her"); otherwise it is
``unknown`` and not scored. Minor cues are never combined with a real person. Hard negatives of
the same part come from the invented generators of ``build_devset2`` (seed of its own).
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import build_devset2 as B  # noqa: E402

SEED = 31337
N_POSITIVE = 160
NEGATIVE_JOBS = [
    (B.gen_anime, 14),
    (B.gen_artist_style, 8),
    (B.gen_concept, 8),
    (B.gen_checkpoint, 6),
    (B.gen_generic, 6),
    (B.gen_consistent, 6),
    (B.gen_vtuber, 4),
    (B.gen_doll, 4),
    (B.gen_blend_unnamed, 4),
]

# (shape, gender stated by the template or None, sexual, platform or "", page fields)
TEMPLATES: list[tuple[str, str | None, bool, str, dict[str, Any]]] = [
    ("title_name", None, False, "", {"name": "{person}", "tags": ["celebrity"], "words": ["{rt}"]}),
    (
        "title_name",
        "female",
        False,
        "",
        {
            "name": "{person} - Actress",
            "tags": ["woman", "actress", "celebrity"],
            "words": ["ohwx woman"],
            "desc": "<p>{person} is an actress. Trained on 40 photos of her.</p>",
        },
    ),
    (
        "title_name",
        "male",
        False,
        "",
        {
            "name": "{person} (actor) LoRA",
            "tags": ["man", "actor"],
            "words": ["sks man"],
            "desc": "<p>LoRA of the actor {person}. He was requested a lot.</p>",
        },
    ),
    ("title_name", None, False, "", {"name": "LoRA of {person} v2", "tags": [], "words": []}),
    ("upper", None, False, "", {"name": "{upper}", "tags": ["realistic"], "words": ["{rt}"]}),
    (
        "family_given",
        None,
        False,
        "civitai",
        {"name": "{last}, {first}", "tags": ["portraits"], "words": ["{snake}"]},
    ),
    (
        "desc_only",
        "female",
        False,
        "civitai",
        {
            "name": "Project Halcyon v3",
            "tags": ["woman"],
            "words": ["ohwx woman"],
            "desc": "<p>Trained on 60 images of {person}. She was requested a lot.</p>",
        },
    ),
    (
        "desc_only",
        None,
        False,
        "civitai",
        {
            "name": "Face LoRA #27",
            "tags": [],
            "words": ["tok"],
            "desc": "<p>Subject: {person}<br/>Images: 44</p><p>Recommended weight 0.7</p>",
        },
    ),
    (
        "trigger_only",
        "female",
        False,
        "",
        {"name": "Actress face v2", "tags": ["woman", "actress"], "words": ["{rt}"]},
    ),
    (
        "trigger_only",
        None,
        False,
        "",
        {"name": "Realistic portrait embedding", "type": "TextualInversion", "words": ["{camel}"]},
    ),
    (
        "filename_only",
        "female",
        False,
        "",
        {"name": "Portrait LoRA (red dress)", "tags": ["woman", "celebrity"], "file": "{snake}_v2"},
    ),
    (
        "leetspeak",
        None,
        False,
        "",
        {
            "name": "{leet} | embedding",
            "tags": ["celebrity"],
            "words": ["{leet}"],
            "file": "{leet}",
        },
    ),
    (
        "initials",
        "female",
        False,
        "civitai",
        {
            "name": "{initials} (actress) lookalike",
            "tags": ["woman", "celebrity"],
            "words": ["{rt}"],
            "desc": "<p>Lookalike of a well known actress, trigger {rt}.</p>",
        },
    ),
    (
        "resembles",
        "female",
        False,
        "",
        {"name": "A woman who resembles {person}", "tags": ["woman", "realistic"], "words": []},
    ),
    (
        "live_action_role",
        None,
        False,
        "civitai",
        {
            "name": "Captain Elowen Marsh ({person}) - The Salt Meridian",
            "tags": ["character", "tv series", "photorealistic"],
            "words": ["elowenmarsh"],
            "desc": "<p>Character from the TV series. This is a fictional character.</p>",
        },
    ),
    (
        "live_action_role",
        None,
        False,
        "civitai",
        {
            "name": "Detective Ruth Calloway (Harbor of Glass)",
            "tags": ["character", "movie"],
            "words": ["ruthcalloway"],
            "desc": "<p>Played by {person}.</p>",
            "type": "Checkpoint",
        },
    ),
    (
        "disclaimer",
        None,
        False,
        "",
        {
            "name": "{person} [LoRA]",
            "tags": ["portraits"],
            "words": ["{rt}"],
            "desc": "<p>All images are AI generated. No real person is depicted.</p>",
        },
    ),
    (
        "sexual",
        "female",
        True,
        "",
        {
            "name": "{person} NSFW",
            "tags": ["woman", "nsfw", "celebrity"],
            "words": ["{rt}"],
            "desc": "<p>Can do nudes.</p>",
        },
    ),
    (
        "bounty_request",
        None,
        False,
        "civitai",
        {
            "name": "[Request] {person}",
            "tags": [],
            "words": ["{rt}"],
            "desc": "<p>Made for a bounty, reference photos were provided.</p>",
        },
    ),
    (
        "creator",
        None,
        False,
        "civitai",
        {
            "name": "{person} (Instagram influencer)",
            "tags": ["instagram", "influencer"],
            "words": ["{rt}"],
            "desc": "<p>Instagram: @{rt} (1.2M followers)</p>",
        },
    ),
    (
        "hf_instance_prompt",
        None,
        False,
        "huggingface",
        {"name": "{person} flux lora", "words": ["photo of {person}"]},
    ),
    (
        "named_blend",
        None,
        False,
        "civitai",
        {"name": "{person} x {person2} blend", "tags": ["blend"], "words": ["blendface"]},
    ),
]

LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0"})


def forms(name: str) -> dict[str, str]:
    words = name.split()
    plain = B.strip_accents(name)
    pwords = plain.split()
    return {
        "person": name,
        "rt": B.name_key(plain),
        "camel": "".join(w[:1].upper() + w[1:] for w in pwords),
        "snake": "_".join(w.lower() for w in pwords),
        "upper": name.upper(),
        "leet": B.name_key(plain).translate(LEET),
        "first": words[0],
        "last": " ".join(words[1:]) or words[0],
        "initials": ".".join(w[0].upper() for w in pwords if w) + ".",
    }


def _fill(value: Any, slots: dict[str, str]) -> Any:
    if isinstance(value, str):
        return re.sub(r"\{(\w+)\}", lambda m: slots.get(m.group(1), m.group(0)), value)
    if isinstance(value, list):
        return [_fill(v, slots) for v in value]
    return value


def usable(name: str) -> bool:
    """Names that would collide with the set's own sexual / minor cue words are skipped."""
    return (
        len(B.name_key(name)) >= 5
        and B.SEXUAL_RE.search(name) is None
        and B.MINOR_RE.search(name) is None
    )


def load_names(path: Path) -> list[str]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [str(n) for n in data if isinstance(n, str) and usable(n)]


def build_poi2(
    names: list[str], seed: int = SEED
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Items and labels of the part, in memory (never write them into the repository)."""
    if len(names) < 2:
        raise ValueError("the POI list holds too few names")
    rng = random.Random(seed)
    order = list(range(len(names)))
    rng.shuffle(order)
    picks = [names[i] for i in order]
    items: list[dict[str, Any]] = []
    labels: list[dict[str, Any]] = []
    seen: set[str] = set()
    for n in range(N_POSITIVE):
        shape, gender, sexual, platform, fields = TEMPLATES[n % len(TEMPLATES)]
        name = picks[n % len(picks)]
        slots = forms(name)
        second = picks[(n + N_POSITIVE) % len(picks)]
        slots["person2"] = second
        filled = {k: _fill(v, slots) for k, v in fields.items()}
        page = B.Page(
            name=filled["name"],
            desc=filled.get("desc", ""),
            type=filled.get("type", "LORA"),
            tags=list(filled.get("tags", [])),
            words=list(filled.get("words", [])),
            file=filled.get("file") or slots["camel"],
            sexual=sexual,
            platform=platform,
        )
        people = [name, second] if shape == "named_blend" else [name]
        raw, model_id = _emit(rng, page, seen)
        aliases = [
            slots[k]
            for k in ("rt", "camel", "snake", "upper", "leet", "initials")
            if _shows(raw, slots[k]) and B.name_key(slots[k]) != B.name_key(name)
        ]
        items.append(raw)
        labels.append(
            {
                "platform": "huggingface" if "siblings" in raw else "civitai",
                "model_id": model_id,
                "kind": "online_creator" if shape == "creator" else "public_figure",
                "likeness": True,
                "target": name,
                "gender": gender or "unknown",
                "prominence": "online_creator" if shape == "creator" else "public_figure",
                "sexual_intent": sexual,
                "minor_risk": False,
                "shape": shape,
                "targets": people,
                "aliases": B.dedupe(aliases),
            }
        )
    g = B.Gen(rng, "A", "poi2", B._people("A"), B._east_asian("A", rng), B._ordinary("A"), [])
    jobs = [gen for gen, count in NEGATIVE_JOBS for _ in range(count)]
    neg_items, neg_labels = B.emit(rng, jobs, g, "poi2", id_base=3_600_000)
    return items + neg_items, labels + neg_labels


def _shows(raw: dict[str, Any], form: str) -> bool:
    key = B.name_key(form)
    return bool(key) and any(key in B.name_key(line) for line in B.item_text(raw).split("\n"))


def _emit(rng: random.Random, page: B.Page, seen: set[str]) -> tuple[dict[str, Any], str]:
    created = B._date(rng)
    platform = page.platform or ("huggingface" if rng.random() < 0.25 else "civitai")
    if platform == "huggingface":
        raw = B.hf_item(rng, page, str(rng.choice(B.V.HF_AUTHORS["B"])), created)
        while raw["id"] in seen:
            raw["id"] = raw["modelId"] = f"{raw['id']}-{rng.randint(2, 99)}"
        model_id = str(raw["id"])
    else:
        mid = 3_200_000 + rng.randrange(300_000)
        while str(mid) in seen:
            mid = 3_200_000 + rng.randrange(300_000)
        raw = B.civitai_item(rng, page, mid, created, str(rng.choice(B.V.UPLOADERS["B"])))
        model_id = str(mid)
    seen.add(model_id)
    return raw, model_id
