"""`poi4`: this set's own templates filled with names of Civitai's real POI list, in memory only.

`build_poi4(load_names(path))` returns (items, labels): `N_POSITIVE` real public figures, picked
with this module's seed from `../shared/lexicons/civitai/words-poi.json` and each put into one
of the templates below, plus `N_NEGATIVE` invented hard negatives from the builder's negative
shapes (another seed). Nothing is written to disk; the caller skips when `../shared` is absent.
Gender is labelled only where the template states it (actress, woman, she / actor, man, he),
and a gendered template is used only for a name whose first word is in the short first-name
lists below; every other positive has gender `unknown`, which is not scored.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_devset4 as B  # noqa: E402

NAME_SEED = 4_242_004
ITEM_SEED = 7_117
NEGATIVE_SEED = 5_353
N_POSITIVE = 160
N_NEGATIVE = 60
FEMALE_FIRST = set(
    B.V.words(
        "anna emma emily sarah jessica jennifer elizabeth kate katherine olivia sophie alice "
        "laura rachel amy natalie megan hannah lily rose grace chloe julia maria lucy charlotte "
        "amanda ashley victoria nicole michelle melissa rebecca zoe eva anne mary jenna "
        "kim kelly lisa linda karen nancy susan sandra angela monica heather brittany amber "
        "stephanie samantha lauren madison abigail isabella mia ava sophia ella scarlett "
        "natasha elena ana lucia camila valentina gabriela daniela paula carla sara "
        "alexandra alexis hailey kayla jasmine vanessa tiffany crystal diana helen claire "
        "kristen mila jane jenny lindsay "
        "megan nina olga irina yulia anastasia ekaterina"
    )
)
MALE_FIRST = set(
    B.V.words(
        "john james michael david robert chris christopher tom thomas daniel matt matthew ryan "
        "mark paul peter william will henry jack adam ben steve steven george andrew joe "
        "joseph charles richard kevin brian jason justin brad jeff tony anthony "
        "bill harry edward sam samuel nick patrick hugh jake jacob"
    )
)


def load_names(path: Path) -> list[str]:
    return [str(name) for name in json.loads(path.read_text(encoding="utf-8"))]


def _clean(name: str) -> bool:
    """A name usable in a template: no cue word of its own, letters and spaces."""
    probe = {"id": 0, "name": name, "description": "", "tags": []}
    return (
        bool(re.fullmatch(r"[^\W\d_][\w'. -]*", name))
        and len(name) < 40
        and not B.minor_cue(probe)
        and not B.sexual_cue(probe)
    )


Filled = tuple[dict[str, Any], str]  # (item, gender stated by the template)
Template = Callable[[B.Builder, str, str], Filled]


def _snake(name: str) -> str:
    return re.sub(r"[\W_]+", "_", B.fold(name)).strip("_").lower()


def t_title(b: B.Builder, name: str, g: str) -> Filled:
    nsfw = b.nsfw_roll(0.2)
    raw = b.civitai(
        name=b.decorate(name),
        desc=b.prose([b.pick(["", "Requested a lot.", f"My {name} LoRA, enjoy"])], nsfw),
        tags=b.pick([["celebrity", "realistic"], ["portrait"], ["real person", "photography"]]),
        trained=[_snake(name)],
        nsfw=nsfw,
    )
    return raw, "unknown"


def t_actress(b: B.Builder, name: str, g: str) -> Filled:
    word = "actress" if g == "female" else "actor"
    raw = b.civitai(
        name=f"{name} ({word})",
        desc=b.prose([f"{name}, the {word}. {'She' if g == 'female' else 'He'} asked for it? no"]),
        tags=[word, "celebrity", "woman" if g == "female" else "man"],
        trained=[f"{_snake(name)} {'woman' if g == 'female' else 'man'}"],
    )
    return raw, g


def t_desc_only(b: B.Builder, name: str, g: str) -> Filled:
    nsfw = b.nsfw_roll(0.2)
    raw = b.civitai(
        name=b.generic_title(),
        desc=b.prose([f"Trained on {b.rng.randint(20, 90)} pictures of {name}."], nsfw),
        tags=["realistic"],
        trained=["ohwx person"],
        nsfw=nsfw,
    )
    return raw, "unknown"


def t_trigger_gendered(b: B.Builder, name: str, g: str) -> Filled:
    word = "woman" if g == "female" else "man"
    raw = b.civitai(
        name=b.decorate(b.generic_title()),
        desc=b.prose([f"trigger: {_snake(name)} {word}"], extra=False),
        tags=["person", word],
        trained=[f"{_snake(name)} {word}"],
    )
    return raw, g


def t_filename(b: B.Builder, name: str, g: str) -> Filled:
    raw = b.civitai(
        name=b.generic_title(),
        desc=b.prose(["no trigger"]),
        tags=["realistic", "face"],
        trained=[],
        file_stem=re.sub(r"[\W_]+", "", B.fold(name)) + "_v10",
    )
    return raw, "unknown"


def t_request(b: B.Builder, name: str, g: str) -> Filled:
    raw = b.civitai(
        name=b.pick([f"[REQ] {name}", f"{name} - commission", f"Bounty: {name} (SDXL)"]),
        desc=b.prose([f"Requested by @{b.pick(b.v['uploaders'])}: {name}."]),
        tags=["request", "realistic"],
        trained=[_snake(name)],
    )
    return raw, "unknown"


def t_role(b: B.Builder, name: str, g: str) -> Filled:
    show, medium = b.pick(b.v["shows"])
    role = f"{b.pick(b.v['role_given'])} {b.pick(b.v['role_family'])}"
    raw = b.civitai(
        name=f"{role} ({show})",
        desc=b.prose([f"{role} from the {medium} {show}, played by {name}."]),
        mtype=b.pick(["LORA", "Checkpoint"]),
        tags=["character", B.MEDIUM_TAG[medium]],
        trained=[role.lower()],
    )
    return raw, "unknown"


def t_she_he(b: B.Builder, name: str, g: str) -> Filled:
    nsfw = b.nsfw_roll(0.3)
    raw = b.civitai(
        name=b.decorate(name),
        desc=b.prose([f"{'She' if g == 'female' else 'He'} is {name}. Trained on photos."], nsfw),
        tags=["celebrity"],
        trained=[_snake(name)],
        nsfw=nsfw,
    )
    return raw, g


def t_hf(b: B.Builder, name: str, g: str) -> Filled:
    key = B.slug(name)
    raw = b.hf(
        repo=f"{b.pick(b.v['hf_authors'])}/{key}{b.pick(['', '-lora', '-flux'])}",
        instance_prompt=_snake(name),
        widgets=[f"photo of {_snake(name)}, portrait"],
    )
    return raw, "unknown"


NEUTRAL: list[Template] = [t_title, t_desc_only, t_filename, t_request, t_role, t_hf]
GENDERED: list[Template] = [t_actress, t_trigger_gendered, t_she_he]


def build_poi4(names: list[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    usable = sorted({n for n in names if _clean(n)})
    picks = random.Random(NAME_SEED).sample(usable, min(N_POSITIVE, len(usable)))
    b = B.Builder("dev4")
    b.rng = random.Random(ITEM_SEED)
    for name in picks:
        first = B.fold(name).split()[0].casefold()
        known = "female" if first in FEMALE_FIRST else "male" if first in MALE_FIRST else None
        template = b.pick(GENDERED if known and b.chance(0.75) else NEUTRAL)
        raw, gender = template(b, name, known or "unknown")
        plain = B.fold(name)
        b.add(
            raw,
            "public_figure",
            f"poi_{template.__name__[2:]}",
            target=name,
            aliases=[plain] if plain != name else [],
            gender=gender,
            sexual=B.sexual_cue(raw),
        )
    negatives = B.Builder("hold4")
    negatives.rng = random.Random(NEGATIVE_SEED)
    negatives.ids = b.ids  # one id space for the whole part
    shapes = [shape for shape, _, _ in B.PLAN if shape.__name__.startswith("neg_")]
    while len(negatives.rows) < N_NEGATIVE:
        negatives.pick(shapes)(negatives)
    rows = b.rows + negatives.rows
    random.Random(NEGATIVE_SEED).shuffle(rows)
    return [raw for raw, _ in rows], [label for _, label in rows]
