"""``poi3``: this set's own templates filled with names of Civitai's POI list, in memory only.

The names come from ``../shared/lexicons/civitai/words-poi.json`` at run time; nothing built
here is ever written to disk. Gender is labelled only where the template states it, and a
gendered template is used only for a name whose first word is in this module's short lists of
common first names (so a template never calls a man an actress); other names get neutral
templates and the gender ``unknown``. The hard negatives are invented (the set's own
generators under another seed).
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

import build_devset3 as B  # noqa: E402

SEED = 3303
NEG_SEED = 5150
N_POSITIVE = 160
N_NEGATIVE = 60

# common first names only (no surnames): they decide whether a gendered template may be used
FEMALE_FIRST = set(
    [
        "amanda",
        "amy",
        "angela",
        "anna",
        "anne",
        "ashley",
        "barbara",
        "betty",
        "brenda",
        "carol",
        "carrie",
        "catherine",
        "cheryl",
        "christina",
        "claire",
        "courtney",
        "cynthia",
        "dana",
        "debbie",
        "deborah",
        "diane",
        "donna",
        "elizabeth",
        "emily",
        "emma",
        "eva",
        "gloria",
        "heather",
        "helen",
        "holly",
        "jane",
        "janet",
        "jennifer",
        "jessica",
        "jill",
        "joan",
        "julia",
        "julie",
        "karen",
        "kate",
        "katherine",
        "kathy",
        "kelly",
        "kim",
        "kristen",
        "laura",
        "lauren",
        "linda",
        "lisa",
        "lucy",
        "margaret",
        "maria",
        "mary",
        "melissa",
        "michelle",
        "nancy",
        "natalie",
        "nicole",
        "olivia",
        "pamela",
        "patricia",
        "rachel",
        "rebecca",
        "rose",
        "sandra",
        "sarah",
        "sharon",
        "shirley",
        "stephanie",
        "susan",
        "taylor",
        "teresa",
        "tina",
        "vanessa",
        "victoria",
    ]
)
MALE_FIRST = set(
    [
        "adam",
        "alan",
        "albert",
        "andrew",
        "anthony",
        "ben",
        "bill",
        "bob",
        "brad",
        "brian",
        "bruce",
        "charles",
        "chris",
        "daniel",
        "david",
        "dennis",
        "donald",
        "edward",
        "eric",
        "frank",
        "gary",
        "george",
        "gordon",
        "greg",
        "harrison",
        "harry",
        "henry",
        "jack",
        "james",
        "jason",
        "jeff",
        "jim",
        "joe",
        "john",
        "jon",
        "joseph",
        "kevin",
        "larry",
        "mark",
        "matt",
        "michael",
        "mike",
        "nick",
        "patrick",
        "paul",
        "peter",
        "richard",
        "robert",
        "ron",
        "ryan",
        "sam",
        "scott",
        "steve",
        "steven",
        "thomas",
        "tim",
        "tom",
        "tony",
        "will",
        "william",
    ]
)

NEUTRAL = [
    ("{Full}", "title"),
    ("{Full} - LoRA", "title"),
    ("{FULL} | SDXL", "title"),
    ("[Request] {Full}", "request"),
    ("{Full} (celebrity) v2", "title"),
    ("Project {n} v{v}", "desc_only"),
    ("Face study #{n}", "file_only"),
    ("Realistic subject {n}", "trigger_only"),
    ("{Full} - public figure likeness", "title"),
]
GENDERED = {
    "female": [
        ("{Full} (actress)", "title"),
        ("{Full} - woman LoRA", "title"),
        ("LoRA of {Full}, she looks great", "title"),
        ("Lady portrait {n}", "desc_only"),
    ],
    "male": [
        ("{Full} (actor)", "title"),
        ("{Full} - man LoRA", "title"),
        ("Gentleman portrait {n}", "desc_only"),
    ],
}


def load_names(path: Path) -> list[str]:
    """The POI list's multi-word names (one-word names are too ambiguous to template), less
    those that read as a minor or a sexual cue, which would change an item's labels."""
    names = [str(n).strip() for n in json.loads(path.read_text(encoding="utf-8"))]
    return [
        n
        for n in names
        if len(n.split()) >= 2
        and re.fullmatch(r"[a-z .'-]+", n.lower())
        and not B.MINOR_RE.search(n)
        and not B.SEXUAL_RE.search(n)
    ]


def _gender_of(name: str) -> str:
    first = name.lower().split()[0]
    if first in FEMALE_FIRST:
        return "female"
    if first in MALE_FIRST:
        return "male"
    return "unknown"


def _forms(name: str) -> dict[str, str]:
    words = re.findall(r"[a-z]+", name.lower())
    full = " ".join(w.capitalize() for w in name.split())
    return {
        "Full": full,
        "FULL": full.upper(),
        "snake": "_".join(words),
        "run": "".join(words),
        "Pascal": "".join(w.capitalize() for w in words),
        "slug": "-".join(words),
    }


def build_poi3(names: list[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rng = random.Random(SEED)
    ctx = B.Ctx("poi3", rng, "A")
    picks = rng.sample(sorted(set(names)), min(N_POSITIVE, len(set(names))))
    for name in picks:
        f = _forms(name)
        gender = _gender_of(name)
        pool = NEUTRAL + (GENDERED[gender] if gender != "unknown" else [])
        template, where = ctx.pick(pool)
        stated = template in [t for t, _ in GENDERED.get(gender, [])]
        label_gender = gender if stated else "unknown"
        n, v = rng.randrange(10, 99), rng.randrange(1, 5)
        title = template.format(n=n, v=v, **f)
        desc = B.settings_note(ctx)
        trained = [rng.choice(["ohwx person", "subj", "photo of sks person"])]
        files = [f"{B.slug(title).replace('-', '_')}.safetensors"]
        tags = ["photorealistic", *(rng.sample(["celebrity", "real person", "famous"], 1))]
        if where == "desc_only":
            desc = B.p(f"Trained on {rng.randrange(30, 120)} photos of {f['Full']}.") + desc
        elif where == "file_only":
            files = [f"{f['Pascal']}_v{v}.safetensors"]
        elif where == "trigger_only":
            trained = [f["snake"]]
        elif where == "request":
            desc = B.p(f"Requested by @{ctx.uploader()}, bounty entry.") + desc
        if stated:
            tags.append("woman" if gender == "female" else "man")
        if rng.random() < 0.2:
            widgets = [f"{f['run']} person, portrait, soft light"]
            raw = B.hf_item(
                ctx,
                f"{ctx.uploader().lower()}/{f['slug']}-lora",
                instance=f"{f['run']} person",
                widgets=widgets,
            )
        else:
            d = B.Draft(
                title, desc, rng.choice(["LORA", "LORA", "TextualInversion"]), tags, trained, files
            )
            raw = B.civitai(ctx, d)
        B.add(
            ctx,
            raw,
            kind="public_figure",
            shape=f"poi_{where}",
            target=f["Full"],
            gender=label_gender,
        )
    neg_ctx = B.Ctx("poi3", random.Random(NEG_SEED), "A", used_ids=ctx.used_ids)
    negatives = [
        B.anime_char,
        B.concept,
        B.artist,
        B.consistent,
        B.checkpoint,
        B.generic_face,
        B.doll,
        B.blend_unnamed,
        B.vtuber,
        B.nonexistent,
        B.hf_negative,
    ]
    for k in range(N_NEGATIVE):
        negatives[k % len(negatives)](neg_ctx)
    return ctx.items + neg_ctx.items, ctx.labels + neg_ctx.labels
