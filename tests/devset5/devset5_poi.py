"""``poi5``: likeness items built in memory from the names of Civitai's POI list.

The names live only in ``../shared/lexicons/civitai/words-poi.json``; this module holds no name,
writes nothing to disk, and its items are never printed (Hugging Face ids spell the names).
Templates are its own (tags, version names, pasted prompts, foreign-language lines, run-together
triggers, named pairs, Hugging Face widget prompts, lower-case emoji titles, bios with pronouns);
the hard negatives come from this set's negative shapes with their own seed.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build_devset5 as B  # noqa: E402

SEED = 5_150_515
NEGATIVE_SEED = 6_262_626
N_POSITIVE = 150
N_NEGATIVE = 60
# Short first-name lists: a gendered template is used only for a name that starts with one.
FEMALE_FIRST = frozenset(
    (
        "alexandra",
        "alice",
        "alison",
        "amanda",
        "amy",
        "ana",
        "anna",
        "anne",
        "ashley",
        "brittany",
        "charlotte",
        "chloe",
        "claire",
        "elena",
        "elisa",
        "elizabeth",
        "ella",
        "emily",
        "emma",
        "eva",
        "grace",
        "hannah",
        "jenna",
        "jennifer",
        "jessica",
        "julia",
        "kate",
        "katie",
        "kelly",
        "kristen",
        "kristina",
        "laura",
        "lauren",
        "lily",
        "lisa",
        "lucy",
        "madison",
        "maria",
        "megan",
        "melissa",
        "mia",
        "michelle",
        "monica",
        "natalie",
        "nicole",
        "olivia",
        "rachel",
        "rebecca",
        "samantha",
        "sarah",
        "sofia",
        "sophie",
        "stephanie",
        "sydney",
        "vanessa",
        "victoria",
        "zoe",
    )
)
MALE_FIRST = frozenset(
    (
        "adam",
        "andrew",
        "brian",
        "chris",
        "daniel",
        "david",
        "donald",
        "george",
        "henry",
        "jack",
        "james",
        "joe",
        "john",
        "justin",
        "kevin",
        "mark",
        "matthew",
        "michael",
        "paul",
        "peter",
        "richard",
        "robert",
        "ryan",
        "steven",
        "thomas",
        "tom",
        "william",
    )
)


def load_names(path: Path) -> list[str]:
    return [str(name) for name in json.loads(path.read_text(encoding="utf-8"))]


def _gender_of(name: str) -> str:
    first = name.split()[0].casefold() if name.split() else ""
    if first in FEMALE_FIRST:
        return "female"
    if first in MALE_FIRST:
        return "male"
    return "unknown"


Template = Callable[[B.Part, str, str], tuple[dict[str, Any], str, list[str]]]


def t_tags(p: B.Part, name: str, gender: str) -> tuple[dict[str, Any], str, list[str]]:
    raw = p.civitai(
        name=p.pick(["Golden hour look", "Portrait set 12", "Stage look v2"]),
        description=p.boiler("<p>Enjoy.</p>", 1),
        tags=[name.casefold(), "portrait"],
    )
    return raw, "unknown", [name]


def t_version(p: B.Part, name: str, gender: str) -> tuple[dict[str, Any], str, list[str]]:
    raw = p.civitai(
        name=p.pick(["Faces collection", "Misc LoRAs", "Request pile #3"]),
        description=p.boiler("<p>One face per version.</p>", 1),
        tags=[],
        version_names=[f"{name} - e10"],
    )
    return raw, "unknown", [name]


def t_prompt(p: B.Part, name: str, gender: str) -> tuple[dict[str, Any], str, list[str]]:
    raw = p.civitai(
        name=p.pick(["Photo helper (read description)", "Realism booster v4"]),
        description=p.boiler("<p>Example:</p>" + p.prompt_block(f"photo of {name}, smiling"), 1),
        tags=["photorealistic"],
    )
    return raw, "unknown", [name]


def t_foreign(p: B.Part, name: str, gender: str) -> tuple[dict[str, Any], str, list[str]]:
    line = p.pick(
        [
            f"<p>Entrenado con 40 fotos de {name}.</p>",
            f"<p>用 {name} 的照片训练。</p>",
            f"<p>{name} の写真で学習しました。</p>",
            f"<p>{name} 사진으로 학습했습니다.</p>",
        ]
    )
    raw = p.civitai(
        name=p.pick(["LoRA 2025-03", "face v2"]), description=p.boiler(line, 1), tags=[]
    )
    return raw, "unknown", [name]


def t_runtogether(p: B.Part, name: str, gender: str) -> tuple[dict[str, Any], str, list[str]]:
    run = B.squash(name)
    raw = p.civitai(
        name=p.pick([f"{name} | Flux", f"{run} v3"]),
        description=p.boiler("<p>trigger below</p>", 1),
        tags=["celebrity"],
        trained=[run],
        files=[f"{run}_flux_000012.safetensors"],
    )
    return raw, "unknown", [name]


def t_emoji_title(p: B.Part, name: str, gender: str) -> tuple[dict[str, Any], str, list[str]]:
    raw = p.civitai(
        name=f"✨ {name.casefold()} ✨ {p.pick(['(sdxl)', '| pony', '🔥'])}",
        description=p.boiler("", 2),
        tags=p.pick([["celebrity"], [], ["real person"]]),
    )
    return raw, "unknown", [name]


def t_pronoun(p: B.Part, name: str, gender: str) -> tuple[dict[str, Any], str, list[str]]:
    if gender == "unknown":
        return t_runtogether(p, name, gender)
    pron = "her" if gender == "female" else "his"
    raw = p.civitai(
        name=f"{name} (v{p.rng.randint(1, 5)})",
        description=p.boiler(f"<p>{name}. Trained on {pron} red carpet photos.</p>", 1),
        tags=["woman" if gender == "female" else "man"],
    )
    return raw, gender, [name]


def t_hf_widget(p: B.Part, name: str, gender: str) -> tuple[dict[str, Any], str, list[str]]:
    raw = p.hf(
        repo=f"civit-mirror/lora-{p.rng.randint(100_000, 999_999)}",
        tags=[],
        instance_prompt=None,
        widgets=[f"{name}, portrait, soft light"],
        files=["pytorch_lora_weights.safetensors"],
    )
    return raw, "unknown", [name]


def t_hf_slug(p: B.Part, name: str, gender: str) -> tuple[dict[str, Any], str, list[str]]:
    slug = re.sub(r"[\W_]+", "-", B.fold(name).casefold()).strip("-") or "x"
    raw = p.hf(
        repo=f"{p.pick(['facelab-x', 'sdxl-people'])}/{slug}-lora",
        tags=[],
        instance_prompt="ohwx person",
        widgets=["ohwx person, headshot"],
        files=[f"{slug}.safetensors"],
    )
    return raw, "unknown", [name]


TEMPLATES: list[Template] = [
    t_tags,
    t_version,
    t_prompt,
    t_foreign,
    t_runtogether,
    t_emoji_title,
    t_pronoun,
    t_hf_widget,
    t_hf_slug,
]
NEGATIVES = [
    B.n_anime,
    B.n_anime_no_tag,
    B.n_anime_script,
    B.n_vtuber,
    B.n_western,
    B.n_painter,
    B.n_photographer,
    B.n_checkpoint,
    B.n_named_checkpoint,
    B.n_concept,
    B.n_generic_face,
    B.n_doll,
    B.n_blend,
    B.n_nonexistent,
    B.n_ai_persona,
    B.n_oc_disclaimer,
]


def _usable(name: str) -> bool:
    """A name with a cue word of its own (or none at all) would break the labels."""
    probe = {"id": 0, "name": name, "description": "", "tags": []}
    return bool(B.squash(name)) and not B.sexual_cue(probe) and not B.minor_cue(probe)


def build_poi5(names: list[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(items, labels): N_POSITIVE filled templates, then N_NEGATIVE hard negatives."""
    usable = sorted({n.strip() for n in names if n.strip() and _usable(n.strip())})
    picks = random.Random(SEED).sample(usable, N_POSITIVE)
    p = B.Part("poi5", random.Random(SEED + 1), "B", 9_400_000)
    plain = [t for t in TEMPLATES if t is not t_pronoun]
    for index, name in enumerate(picks):
        known = _gender_of(name)
        gendered = known != "unknown" and p.rng.random() < 0.7
        template = t_pronoun if gendered else plain[index % len(plain)]
        raw, gender, targets = template(p, name, known)
        p.add(raw, "public_figure", "poi5_" + template.__name__[2:], target=name, gender=gender,
              targets=targets)  # fmt: skip
    negatives = random.Random(NEGATIVE_SEED)
    for _ in range(N_NEGATIVE):
        negatives.choice(NEGATIVES)(p)
    items = [raw for raw, _ in p.rows]
    labels = [label for _, label in p.rows]
    return items, labels
