"""poi10: names of Civitai's POI list in this set's own templates, built in memory only.

``build_poi10(load_names(path))`` returns (items, labels): 150 positives, 15 per template, the
names picked (seed 1010101, after sorting) from ``../shared/lexicons/civitai/words-poi.json``
entries of two to four words of letters that carry no cue word, and 60 invented hard negatives
from this set's negative templates (seed 1111011, vocabulary part B). Nothing is written to disk.
Gender is stated, and labelled, only by the two gendered templates, used for names whose first
word is in the short first-name lists below; every other positive has gender ``unknown``.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # loaded by file from the scripts too
import build_devset10 as B  # noqa: E402

N_PER_TEMPLATE = 15
N_NAMES = 10 * N_PER_TEMPLATE
N_NEG = 60
NAME_SEED = 1010101
NEG_SEED = 1111011
_ENTRY = re.compile(r"[a-z]+(?: [a-z]+){1,3}")
FEMALE_FIRST = (
    "anna", "emma", "emily", "sarah", "jessica", "jennifer", "olivia", "sophie", "kate", "laura",
    "amanda", "rachel", "natalie", "elizabeth", "mary", "julia", "lisa", "megan", "hannah",
    "alexandra", "victoria", "michelle", "nicole", "amy", "rebecca", "maria", "karen", "helen",
)  # fmt: skip
MALE_FIRST = (
    "john", "michael", "david", "james", "robert", "william", "richard", "thomas", "chris",
    "daniel", "paul", "mark", "steven", "george", "peter", "tom", "matt", "joe", "ryan", "adam",
    "jack", "brad", "kevin", "jason", "andrew", "charles",
)  # fmt: skip
Item = dict[str, Any]
Label = dict[str, Any]


def load_names(path: Path) -> list[str]:
    """The POI list's entries of two to four words of letters, with no cue word."""
    data = json.loads(Path(path).read_text("utf-8"))
    out = []
    for entry in data:
        name = str(entry).strip().lower()
        if not _ENTRY.fullmatch(name):
            continue
        probe = {"name": name, "modelVersions": []}
        if B.sexual_cue(probe) or B.minor_cue(probe):
            continue
        out.append(name)
    return sorted(set(out))


def _title(name: str) -> str:
    return " ".join(w.capitalize() for w in name.split())


def _lab(item: Item, shape: str, target: str, gender: str = "unknown") -> Label:
    lab = B.label(item, "public_figure", shape, target=target, gender=gender)
    lab["sexual_intent"] = B.sexual_cue(item)
    return lab


def p_version_words(ctx: B.Ctx, name: str) -> tuple[Item, Label]:
    item = B.civ(
        ctx,
        "Portrait LoRA series #4",
        "<p>Weights and samples below.</p>",
        ["realistic"],
        [B.version(name="v2.0", trained=[name, "portrait photo"])],
        era=2025,
    )
    return item, _lab(item, "version_words_only", name)


def p_image_prompt(ctx: B.Ctx, name: str) -> tuple[Item, Label]:
    prompt = f"photo of {name.lower()}, 35mm, natural light, smiling, red carpet"
    item = B.civ(
        ctx,
        "RC_face_v3",
        "<p>See the sample prompts.</p>",
        ["realistic"],
        [B.version(trained=["rcf"], prompts=[prompt])],
        era=2025,
    )
    return item, _lab(item, "image_prompt_only", name)


def p_underscore_file(ctx: B.Ctx, name: str) -> tuple[Item, Label]:
    fname = "_".join(name.split()) + f"_v{ctx.rng.randrange(2, 6)}.1.safetensors"
    item = B.civ(
        ctx,
        "face set 4",
        "<p>Retrained with better captions.</p>",
        ["realistic"],
        [B.version(name="v2", trained=["fs4"], file=fname)],
    )
    return item, _lab(item, "underscore_file_version", name)


def p_family_comma(ctx: B.Ctx, name: str) -> tuple[Item, Label]:
    words = name.split()
    shown = f"{words[-1].upper()}, {' '.join(words[:-1])}"
    item = B.civ(ctx, f"{shown} — LoRA", f"<p>Catalogue entry: {shown}.</p>", ["portrait"])
    lab = _lab(item, "family_comma_given", name)
    lab["aliases"] = [f"{words[-1]} {' '.join(words[:-1])}"]
    return item, lab


def p_changelog(ctx: B.Ctx, name: str) -> tuple[Item, Label]:
    log = "".join(
        f"<h3>v{n}.0</h3><ul><li>retrained at rank {8 * n}</li><li>fixed color bleed</li></ul>"
        for n in range(6, 0, -1)
    )
    desc = f"<h2>Changelog</h2>{log}<p>Dataset: 120 images.</p><p>Subject: {name}.</p>"
    item = B.civ(ctx, "RLS v6 (stable)", desc, ["realistic"], [B.version(name="v6.0")])
    return item, _lab(item, "changelog_far_down", name)


def p_hf_widget(ctx: B.Ctx, name: str) -> tuple[Item, Label]:
    item = B.hf(
        ctx,
        "fluxtrainer",
        f"portrait-lora-{ctx.rng.randrange(100, 999)}",
        instance="p0rtr4it",
        widgets=[f"{name} in a cafe, film photo", "a portrait, soft light"],
    )
    return item, _lab(item, "hf_widget_only", name)


def p_hf_instance(ctx: B.Ctx, name: str) -> tuple[Item, Label]:
    item = B.hf(
        ctx,
        "pinebyte",
        f"dreambooth-run-{ctx.rng.randrange(10, 99)}",
        instance=f"a photo of {name.lower()}",
        widgets=["a photo, outdoors"],
    )
    return item, _lab(item, "hf_instance_prompt_only", name)


def p_zero_width(ctx: B.Ctx, name: str) -> tuple[Item, Label]:
    words = name.split()
    shown = " ".join(w[: len(w) // 2] + B.ZW + w[len(w) // 2 :] if len(w) > 2 else w for w in words)
    item = B.civ(ctx, f"{shown} LoRA", "<p>Please don't report, it's a tribute.</p>", ["realistic"])
    lab = _lab(item, "zero_width_split", name)
    lab["aliases"] = [shown]
    return item, lab


def p_she(ctx: B.Ctx, name: str) -> tuple[Item, Label]:
    item = B.civ(
        ctx,
        f"{name} — a woman, face LoRA",
        f"<p>{name}: she is the one everybody asked for. Trained on 50 photos of her.</p>",
        ["woman", "realistic"],
    )
    return item, _lab(item, "stated_she", name, "female")


def p_he(ctx: B.Ctx, name: str) -> tuple[Item, Label]:
    item = B.civ(
        ctx,
        f"{name} — a man, face LoRA",
        f"<p>{name}: he is the one everybody asked for. Trained on 50 photos of him.</p>",
        ["man", "realistic"],
    )
    return item, _lab(item, "stated_he", name, "male")


UNGENDERED: list[Callable[[B.Ctx, str], tuple[Item, Label]]] = [
    p_version_words,
    p_image_prompt,
    p_underscore_file,
    p_family_comma,
    p_changelog,
    p_hf_widget,
    p_hf_instance,
    p_zero_width,
]
GENDERED = [("stated_she", p_she, FEMALE_FIRST), ("stated_he", p_he, MALE_FIRST)]
NEGATIVES = [
    B.n_anime,
    B.n_voice_credit,
    B.n_checkpoint,
    B.n_fashion_brand,
    B.n_hairstyle,
    B.n_font,
    B.n_place,
    B.n_photographer,
    B.n_hist_style,
    B.n_ai_influencer,
    B.n_lookalike_disclaimer,
    B.n_generic,
]


def build_poi10(names: list[str]) -> tuple[list[Item], list[Label]]:
    """150 POI-list names in ten templates and 60 invented negatives, in memory."""
    rng = random.Random(NAME_SEED)
    pool = sorted(names)
    rng.shuffle(pool)
    ctx = B.Ctx(NAME_SEED, "B")
    pairs: list[tuple[Item, Label]] = []
    taken: set[str] = set()
    for _, fn, firsts in GENDERED:
        chosen = [n for n in pool if n.split()[0] in firsts and n not in taken][:N_PER_TEMPLATE]
        taken.update(chosen)
        pairs += [fn(ctx, _title(n)) for n in chosen]
    rest = [n for n in pool if n not in taken]
    for i, make in enumerate(UNGENDERED):
        for n in rest[i * N_PER_TEMPLATE : (i + 1) * N_PER_TEMPLATE]:
            pairs.append(make(ctx, _title(n)))
    neg = B.Ctx(NEG_SEED, "B")
    neg.ids, neg.slugs = ctx.ids, ctx.slugs
    pairs += [NEGATIVES[i % len(NEGATIVES)](neg) for i in range(N_NEG)]
    ids = {(lab["platform"], lab["model_id"]) for _, lab in pairs}
    assert len(ids) == len(pairs)
    return [p[0] for p in pairs], [p[1] for p in pairs]
