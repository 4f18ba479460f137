"""A listed name where it is no likeness, and a listed person in forms not yet measured.

Civitai's POI list (read at run time from ``../shared/lexicons/civitai/words-poi.json``; never
copied into the project) names real people; a real catalog also holds those names where they are
no one's likeness: a painting LoRA "in the style of" a name, a long negative prompt, a film,
song, show or place named after someone, an original character "NOT" a person, a merge's
credits, a brand or a product. This script builds, in memory, records of those hard negatives
for a seeded sample of list names (the name never leaves the process), and positives in forms
``gazetteer_forms.py`` does not write (a trigger slug with digits or letters written as digits,
"Family Given" in capitals, initials and family name, a family name's possessive, the name split
between title and tags, a lower-case hashtag, the name weighted inside a prompt ``(X:1.2)``). It
runs the whole detector with and without the list and prints, per template, the share flagged as
likeness (negatives: false flags; positives: found, with the listed name as target where asked).
Counts only: no name is printed unless ``--show`` is given (to a terminal, never a file).

    PYTHONPATH=src:scripts .venv/bin/python scripts/poi_negatives.py
    PYTHONPATH=src:scripts .venv/bin/python scripts/poi_negatives.py --limit 60 --show 3
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import stat
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from gazetteer_forms import civitai_page, hf_page  # the two scripts' pages are one shape

from dfaudit.detect.engine import Detector
from dfaudit.detect.lexicon import Lexicon, parse_lexicon_file
from dfaudit.records import ModelRecord

POI_LIST = Path(__file__).resolve().parents[2] / "shared" / "lexicons" / "civitai"
POI_LIST = POI_LIST / "words-poi.json"
NAME_SHAPE = re.compile(r"[A-Za-z]+(?: [A-Za-z]+){1,3}")
Build = Callable[[random.Random, list[str]], ModelRecord]

# ---------------------------------------------------------------------------------------------
# records


def civitai(
    title: str,
    *,
    description: str = "",
    tags: tuple[str, ...] = (),
    trained: tuple[str, ...] = (),
    file: str = "model_v1.safetensors",
    model_type: str = "LORA",
    base: str = "SDXL 1.0",
    prompts: tuple[str, ...] = (),
) -> ModelRecord:
    """A Civitai model item (one version, one file; ``prompts`` are its images' prompts)."""
    return civitai_page(
        title, description=description, tags=tags, trained=trained, file=file,
        model_type=model_type, base=base, prompts=prompts, model_id=9100,
    )  # fmt: skip


def hf(slug: str, *, widget: tuple[str, ...] = (), instance: str | None = None) -> ModelRecord:
    return hf_page(slug, instance, widget)


def _run(words: list[str]) -> str:
    return "".join(w.lower() for w in words)


def _snake(words: list[str]) -> str:
    return "_".join(w.lower() for w in words)


def _title(words: list[str]) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in words)


_LEET = str.maketrans({"a": "4", "e": "3", "o": "0", "i": "1"})
NEG_PROMPT = (
    "(worst quality, low quality:1.4), lowres, bad anatomy, bad hands, extra fingers, "
    "missing fingers, blurry, jpeg artifacts, watermark, signature, text, cropped, "
    "deformed, disfigured, mutated hands, poorly drawn face, {name}, bad proportions, "
    "extra limbs, cloned face, gross proportions, malformed limbs, long neck"
)

# ---------------------------------------------------------------------------------------------
# hard negatives: a listed name that is no one's likeness here


def n_style_of(rng: random.Random, w: list[str]) -> ModelRecord:
    medium = rng.choice(["Oil Painting", "Watercolor", "Ink Illustration", "Gouache"])
    return civitai(
        f"{medium} Style",
        description=f"<p>A painterly {medium.lower()} look in the style of {_title(w)}. "
        "Works on landscapes and still life.</p>",
        tags=("style", "art style", "painting", "illustration"),
        trained=(f"{medium.lower()} style",),
    )


def n_name_style_title(rng: random.Random, w: list[str]) -> ModelRecord:
    return civitai(
        f"{_title(w)} Style",
        description="<p>Brush textures, muted palette and heavy outlines. Use at 0.7 on "
        "landscapes, interiors and still life.</p>",
        tags=("style", "art style", "painting", "illustration"),
        trained=(f"{_run(w)} style",),
    )


def n_by_name(rng: random.Random, w: list[str]) -> ModelRecord:
    subject = rng.choice(["Landscapes", "Seascapes", "Cityscapes", "Botanical Plates"])
    return civitai(
        f"Painted {subject}",
        description=f"<p>Prompt: a harbour at dusk, by {_title(w)}, oil on canvas, detailed.</p>",
        tags=("style", "painting", "illustration", "landscape"),
        trained=(f"by {_title(w)}", "oil on canvas"),
    )


def n_negative_prompt(rng: random.Random, w: list[str]) -> ModelRecord:
    anime = rng.random() < 0.5
    return civitai(
        rng.choice(["Pastel Mix Anime", "DreamVale Checkpoint"])
        if anime
        else "NaturaLens Realistic",
        description="<p>Recommended settings: DPM++ 2M Karras, 30 steps, CFG 6.</p>"
        f"<p>Negative prompt: {NEG_PROMPT.format(name=_title(w))}</p>",
        tags=("anime", "base model") if anime else ("photorealistic", "base model", "checkpoint"),
        model_type="Checkpoint",
    )


def n_work_title(rng: random.Random, w: list[str]) -> ModelRecord:
    kind = rng.choice(["film", "TV show", "song", "album", "musical"])
    place = rng.choice(["Diner", "Apartment Set", "Stage", "Living Room", "Neon Street"])
    return civitai(
        f"{place} from {_title(w)} ({kind})",
        description=f"<p>The {place.lower()} background of the {kind} <em>{_title(w)}</em>. "
        "No characters, scenery only.</p>",
        tags=("background", "scenery", "concept", "building"),
        trained=(f"{_snake(w)} {place.lower()}",),
    )


def n_place(rng: random.Random, w: list[str]) -> ModelRecord:
    place = rng.choice(["Boulevard", "Stadium", "Bridge", "Memorial Park", "International Airport"])
    title = rng.choice(["{x} {p} at Night", "{x} {p}", "{x} {p} - scenery LoRA"])
    if place == "Stadium" and rng.random() < 0.5:
        title = "Estadio {x} at Night"
    return civitai(
        title.format(x=_title(w), p=place),
        description=f"<p>Scenery LoRA of {_title(w)} {place} in rain and neon.</p>",
        tags=("scenery", "background", "architecture", "city"),
        trained=(f"{_run(w)}{place.split()[0].lower()}",),
    )


def n_not_person(rng: random.Random, w: list[str]) -> ModelRecord:
    oc = rng.choice(["Mirelle", "Kaito Ren", "Sable", "Yuzuha"])
    return civitai(
        f"{oc} (original character)",
        description=f"<p>{oc} is my original character, NOT {_title(w)}. Any resemblance "
        "is coincidence.</p>",
        tags=("original character", "oc", "anime", "character"),
        trained=(oc.lower().replace(" ", "_"),),
    )


def n_credits(rng: random.Random, w: list[str]) -> ModelRecord:
    line = rng.choice([
        f"Merged from NaturaLens v3 and DreamVale v2. Thanks to {_title(w)} for the merge tools.",
        f"Credits: {_title(w)} (block weights), merged from two public checkpoints.",
        f"Merged from DreamVale and AetherMix; huge thanks to {_title(w)} for testing.",
        f"Built on {_title(w)}'s realism merge, with a touch of DreamVale.",
        f"A blend of {_title(w)}'s checkpoint and NaturaLens v3 (thanks, {_title(w)}!).",
    ])  # fmt: skip
    return civitai(
        rng.choice(["AetherBlend", "Lumen Merge", "SoftFocus Mix"]),
        description=f"<p>{line}</p><p>Landscapes, portraits of anyone, architecture.</p>",
        tags=("base model", "checkpoint", "merge"),
        model_type="Checkpoint",
    )


def n_brand(rng: random.Random, w: list[str]) -> ModelRecord:
    product = rng.choice(["Perfume Bottle", "Sneakers", "Handbag", "Guitar", "Lipstick"])
    title = rng.choice(["{x} {p}", "{x} Signature {p}", "{x} {p} (product)"])
    return civitai(
        title.format(x=_title(w), p=product),
        description=f"<p>The {_title(w)} signature {product.lower()} as a product shot. "
        "Object LoRA, no people.</p>",
        tags=("object", "product", "concept", "clothing" if product == "Sneakers" else "item"),
        trained=(f"{_snake(w)}_{product.split()[0].lower()}",),
    )


def n_thanks(rng: random.Random, w: list[str]) -> ModelRecord:
    realistic = rng.random() < 0.5
    line = rng.choice([
        f"Special thanks to {_title(w)} for the help with captions.",
        f"Thanks to {_title(w)} for testing!",
        f"Shout-out to {_title(w)} who made the training guide.",
    ])  # fmt: skip
    if realistic:
        return civitai(
            rng.choice(["Nordic Beauty", "Soft Daylight Portraits", "Generic Korean Face"]),
            description=f"<p>A consistent, made-up face; not a real person.</p><p>{line}</p>",
            tags=("photorealistic", "woman", "portrait"),
        )
    return civitai(
        rng.choice(["Kaede Hoshimura (Starfall Academy)", "Rinne (Blue Ember)"]),
        description=f"<p>Anime character LoRA, 12 outfits.</p><p>{line}</p>",
        tags=("anime", "character", "game character"),
    )


def n_outfit_inspired(rng: random.Random, w: list[str]) -> ModelRecord:
    outfit = rng.choice(["Red Carpet Gown", "Stage Costume", "Tour Jacket"])
    return civitai(
        f"{outfit} (concept)",
        description=f"<p>A {outfit.lower()} inspired by {_title(w)}'s tour. Clothing LoRA, "
        "works on any character.</p>",
        tags=("clothing", "concept", "outfit"),
        trained=(outfit.lower().replace(" ", "_"),),
    )


NEGATIVES: dict[str, Build] = {
    "style_of X (painting)": n_style_of,
    "X Style (title)": n_name_style_title,
    "by X (trigger/prompt)": n_by_name,
    "X in negative prompt": n_negative_prompt,
    "X as a work's title": n_work_title,
    "X as a place": n_place,
    "OC, NOT X": n_not_person,
    "merge credits X": n_credits,
    "X as a brand": n_brand,
    "thanks to X": n_thanks,
    "outfit inspired by X": n_outfit_inspired,
}

# ---------------------------------------------------------------------------------------------
# positives in forms gazetteer_forms.py does not write


def p_slug_digits(rng: random.Random, w: list[str]) -> ModelRecord:
    slug = f"{_run(w)}{rng.choice(['2024', '01', '_v3', '77'])}"
    return civitai(
        "Portrait LoRA #7",
        description="<p>Trigger below. Trained on 40 photos.</p>",
        tags=("photorealistic", "portrait"),
        trained=(slug,),
        file=f"{slug}.safetensors",
    )


def p_leet(rng: random.Random, w: list[str]) -> ModelRecord:
    leet = _run(w).translate(_LEET)
    return civitai(
        f"{leet} | realistic LoRA",
        description="<p>Trained on 40 photos.</p>",
        tags=("photorealistic", "portrait"),
        trained=(leet,),
    )


def p_family_caps(rng: random.Random, w: list[str]) -> ModelRecord:
    return civitai(
        f"{w[-1].upper()} {_title(w[:-1])} - realistic",
        description="<p>Realistic portrait LoRA.</p>",
        tags=("photorealistic", "portrait"),
    )


def p_initials_family(rng: random.Random, w: list[str]) -> ModelRecord:
    initials = "".join(f"{x[0].upper()}." for x in w[:-1])
    return civitai(
        f"{initials} {_title(w[-1:])} - photoreal LoRA",
        description="<p>Realistic portrait LoRA, trained on press photos.</p>",
        tags=("photorealistic", "portrait", *(("celebrity",) if rng.random() < 0.5 else ())),
    )


def p_family_possessive(rng: random.Random, w: list[str]) -> ModelRecord:
    return civitai(
        f"{_title(w)}'s face",
        description=f"<p>{_title(w[-1:])}'s look, 40 photos.</p>",
        tags=("photorealistic", "face"),
    )


def p_split_title_tags(rng: random.Random, w: list[str]) -> ModelRecord:
    return civitai(
        f"{_title(w[:-1])} LoRA",
        description="<p>Realistic portrait LoRA.</p>",
        tags=("photorealistic", w[-1].lower(), *(("celebrity",) if rng.random() < 0.5 else ())),
    )


def p_hashtag_lower(rng: random.Random, w: list[str]) -> ModelRecord:
    return civitai(
        "Realistic Person #12",
        description=f"<p>Realistic portrait LoRA. #{_run(w)} #lora #realistic</p>",
        tags=("photorealistic", "portrait"),
    )


def p_weighted_prompt(rng: random.Random, w: list[str]) -> ModelRecord:
    weighted = f"({_title(w)}:{rng.choice(['1.2', '1.1', '0.9'])})"
    if rng.random() < 0.5:
        return hf(
            f"portrait-lora-{rng.randrange(100, 999)}",
            widget=(f"photo of {weighted}, smiling, city street, 85mm",),
        )
    return civitai(
        "Portrait LoRA #7",
        description="<p>Realistic portrait LoRA.</p>",
        tags=("photorealistic", "portrait"),
        prompts=(f"photo of {weighted}, smiling, city street, 85mm",),
    )


def p_named_far_down(rng: random.Random, w: list[str]) -> ModelRecord:
    settings = "<p>Settings: DPM++ 2M Karras, 28 steps, CFG 5, hires fix 1.5x, denoise 0.4, "
    settings += "ADetailer on, weight 0.6-0.8, clip skip 1. " * 8 + "</p>"
    tail = rng.choice([f"PS: this is {_title(w)}.", f"Subject: {_title(w)}",
                       f"(yes, it's {_title(w)})", f"인물: {_title(w)}"])  # fmt: skip
    return civitai(
        f"Face {rng.randrange(10, 99)}",
        description=f"<p>face lora, realistic</p>{settings}<p>{tail}</p>",
        tags=("realistic",),
    )


POSITIVES: dict[str, Build] = {
    "slug with digits": p_slug_digits,
    "leetspeak": p_leet,
    "FAMILY Given": p_family_caps,
    "initials + family": p_initials_family,
    "possessive": p_family_possessive,
    "split title / tags": p_split_title_tags,
    "#lowercase hashtag": p_hashtag_lower,
    "(X:1.2) prompt": p_weighted_prompt,
    "named far down": p_named_far_down,
}

# ---------------------------------------------------------------------------------------------


@dataclass
class Row:
    total: int = 0
    with_list: int = 0
    without: int = 0
    target: int = 0


def load_names(path: Path) -> list[str]:
    """Listed names of two to four words of letters (as a set's builder picks them)."""
    data = json.loads(path.read_text("utf-8"))
    names = data if isinstance(data, list) else next(iter(data.values()))
    return sorted({str(n).strip() for n in names if NAME_SHAPE.fullmatch(str(n).strip())})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--list", type=Path, default=POI_LIST, help="lexicon list (JSON/CSV)")
    parser.add_argument("--limit", type=int, default=150, help="names sampled (0: every one)")
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--show", type=int, default=0, help="print up to N errors per template")
    parser.add_argument("--only", default="", help="comma-separated template names")
    args = parser.parse_args(argv)
    if args.show and stat.S_ISREG(os.fstat(sys.stdout.fileno()).st_mode):
        parser.error("--show prints listed names: to a terminal, never to a file")
    names = load_names(args.list)
    if args.limit:
        names = random.Random(args.seed).sample(names, min(args.limit, len(names)))
    with_list = Detector(Lexicon(parse_lexicon_file(args.list, "poi")))
    without = Detector()
    only = {t for t in args.only.split(",") if t}
    print(f"{len(names)} listed names; share flagged as likeness (with / without the list)")
    for title, templates, positive in (("hard negatives", NEGATIVES, False),
                                       ("positives", POSITIVES, True)):  # fmt: skip
        print(f"\n{title:24}{'with':>8}{'without':>9}{'target':>8}")
        totals = Row()
        for template, build in templates.items():
            if only and template not in only:
                continue
            rng, row, errors = random.Random(f"{args.seed}:{template}"), Row(), []
            for name in names:
                record = build(rng, name.split())
                found = with_list.detect(record)
                row.total += 1
                row.with_list += found.likeness
                row.without += without.detect(record).likeness
                row.target += found.likeness and found.target_name == name
                if found.likeness != positive and len(errors) < args.show:
                    errors.append(f"{record.name!r} target={found.target_name!r}")
            for key in ("total", "with_list", "without", "target"):
                setattr(totals, key, getattr(totals, key) + getattr(row, key))
            n = max(row.total, 1)
            print(
                f"{template:24}{row.with_list / n:8.3f}{row.without / n:9.3f}{row.target / n:8.3f}"
            )
            for error in errors:
                print("    ", error)
        n = max(totals.total, 1)
        rates = (totals.with_list / n, totals.without / n, totals.target / n)
        print(f"{'all':24}{rates[0]:8.3f}{rates[1]:9.3f}{rates[2]:8.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
