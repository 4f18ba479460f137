"""``poi6``: the sixth set's POI part, built in memory from Civitai's POI list, never written.

``build_poi6(names)`` fills ten templates of this module with a ``{person}`` slot (names picked
with seed 6066606 from ``../shared/lexicons/civitai/words-poi.json``, skipping names that carry a
cue word of their own) and adds invented hard negatives from the sixth set's negative templates
(seed 6464646, vocabulary part B). Gender is labelled only where the template states it (the
pronoun templates, used only for names whose first word is in the short first-name lists below);
every other positive has gender ``unknown`` (not scored). Nothing here holds a real name: the
names come from the list at run time, and the items live only in memory.
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
import build_devset6 as B  # noqa: E402

POI_SEED = 6066606
NEGATIVE_SEED = 6464646
N_POSITIVE = 150
N_NEGATIVE = 60
N_PRONOUN = 25
# short lists of unambiguous first names: a gendered template is used only for these
FEMALE_FIRST = {
    "anna", "emma", "emily", "jennifer", "jessica", "sarah", "elizabeth", "kate", "natalie",
    "margaret", "julia", "rachel", "rebecca", "laura", "amanda", "michelle", "nicole", "lisa",
    "mary", "susan", "helen", "karen", "olivia", "sophia", "victoria", "megan", "hannah",
}  # fmt: skip
MALE_FIRST = {
    "john", "james", "robert", "michael", "william", "david", "richard", "thomas", "charles",
    "daniel", "matthew", "george", "paul", "mark", "steven", "peter", "henry", "jack", "tom",
}  # fmt: skip
CUE_WORDS = re.compile(r"\b(?:kid|teen|baby|child|young|lil|little|sexy|porn)\b", re.IGNORECASE)

Pair = tuple[dict[str, Any], dict[str, Any]]


def load_names(path: Path) -> list[str]:
    return [str(name) for name in json.loads(path.read_text(encoding="utf-8"))]


def _gender(name: str) -> str:
    first = name.split()[0].casefold()
    return "female" if first in FEMALE_FIRST else "male" if first in MALE_FIRST else "unknown"


def _title(name: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in name.split())


def _camel(name: str) -> str:
    return "".join(w[:1].upper() + w[1:] for w in re.findall(r"\w+", name))


# each template: (maker, person) -> (item, gender stated or "unknown")
Filled = tuple[dict[str, Any], str]


def t_trained_multi(m: B.Maker, person: str) -> Filled:
    words = ["soft light", "red dress", person.lower(), "film grain", "ohwx"]
    m.rng.shuffle(words)
    item = m.civitai(
        name=m.pick(["Cinema Portrait Triggers", "Editorial Pack v3"]),
        description=m.boiler("<p>Several trigger words inside; combine them.</p>"),
        tags=["portrait", "photography"],
        versions=[{"trained": words}],
    )
    return item, "unknown"


def t_discord_request(m: B.Maker, person: str) -> Filled:
    item = m.civitai(
        name=f"{_title(person)} [discord request]",
        description=m.boiler(f"<p>Request from discord user mellowkat: {_title(person)}.</p>"),
        tags=["request"],
        versions=[{"trained": [person.lower()]}],
    )
    return item, "unknown"


def t_inspired_by(m: B.Maker, person: str) -> Filled:
    item = m.civitai(
        name=f"Inspired by {_title(person)}",
        description=m.boiler(f"<p>A lookalike of {_title(person)}, trained on photos.</p>"),
        tags=["lookalike"],
        versions=[{"trained": ["lkalike"]}],
    )
    return item, "unknown"


def t_foreign_line(m: B.Maker, person: str) -> Filled:
    line = m.pick(
        [
            "<p>Treinado com 40 fotos de {p}. Peso 0.8.</p>",
            "<p>LoRA wajah {p}, dilatih dengan 35 foto.</p>",
            "<p>{p} yüz LoRA'sı, 50 fotoğrafla eğitildi.</p>",
            "<p>LoRA twarzy: {p}. Trenowane na 45 zdjęciach.</p>",
        ]
    ).format(p=_title(person))
    item = m.civitai(
        name=m.pick(["rosto_07", "wajah v3", "twarz 2"]),
        description=m.boiler(line),
        tags=["realistic"],
        versions=[{"trained": ["rst07"]}],
    )
    return item, "unknown"


def t_hashtag(m: B.Maker, person: str) -> Filled:
    item = m.civitai(
        name="famous face (real) #12",
        description=m.boiler(f"<p>guess who 😏 #{_camel(person)} #fyp</p>"),
        tags=["realistic"],
        versions=[{"trained": ["ff12"]}],
    )
    return item, "unknown"


def t_hf_yaml(m: B.Maker, person: str) -> Filled:
    item = m.hf(
        repo=m.pick(["portrait-lora-r16", "flux-face-0932", "xl-lora-final-final"]),
        instance="p3rs0n",
        widgets=["studio headshot", f"a photo of {person.lower()}, city street at night"],
        card={"language": ["en"], "pipeline_tag": "text-to-image", "inference": True},
    )
    return item, "unknown"


def t_version_pack(m: B.Maker, person: str) -> Filled:
    item = m.civitai(
        name="Faces Collection (one per version)",
        description=m.boiler("<p>Pick the version you want.</p>"),
        tags=["collection"],
        versions=[{"name": _title(person), "trained": ["fcx"]}],
    )
    return item, "unknown"


def t_pronoun(m: B.Maker, person: str) -> Filled:
    gender = _gender(person)
    pronoun = "She" if gender == "female" else "He"
    item = m.civitai(
        name=f"{_title(person)} (XL)",
        description=m.boiler(f"<p>{pronoun} is {_title(person)}, the one you all asked for 😅</p>"),
        tags=["realistic"],
        versions=[{"trained": [person.lower()], "availability": "EarlyAccess"}],
        era="2025",
    )
    return item, gender


def t_role(m: B.Maker, person: str) -> Filled:
    item = m.civitai(
        name=f"Detective Hollis Marr (Cinder Road) - {_title(person)}",
        description=m.boiler(
            f"<p>The detective from the live-action film, played by {_title(person)}.</p>"
        ),  # fmt: skip
        tags=["character", "movie"],
        versions=[{"trained": ["hollis marr"]}],
    )
    return item, "unknown"


def t_filename(m: B.Maker, person: str) -> Filled:
    item = m.civitai(
        name="face lora 0931",
        description=m.boiler("<p>no words needed</p>"),
        tags=["realistic"],
        versions=[{"trained": ["fl0931"], "file": f"{B.slug(person)}_v2.safetensors"}],
    )
    return item, "unknown"


TEMPLATES: list[Callable[[B.Maker, str], Filled]] = [
    t_trained_multi, t_discord_request, t_inspired_by, t_foreign_line, t_hashtag, t_hf_yaml,
    t_version_pack, t_pronoun, t_role, t_filename,
]  # fmt: skip


def build_poi6(names: list[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The poi6 items and labels, the same for the same set of names in any order."""
    pool = sorted({n.strip() for n in names if n.strip() and not CUE_WORDS.search(n)})
    rng = random.Random(POI_SEED)
    gendered = [n for n in pool if _gender(n) != "unknown"]
    pronoun_picks = rng.sample(gendered, min(N_PRONOUN, len(gendered)))
    rest = [n for n in pool if n not in set(pronoun_picks)]
    picks = rng.sample(rest, min(N_POSITIVE - len(pronoun_picks), len(rest)))
    others = [t for t in TEMPLATES if t is not t_pronoun]
    plan = [(t_pronoun, n) for n in pronoun_picks]
    plan += [(others[k % len(others)], n) for k, n in enumerate(picks)]
    m = B.Maker("hold6", seed=POI_SEED, id_base=5_000_000)
    pairs: list[Pair] = []
    for template, person in plan:
        item, gender = template(m, person)
        shape = "poi_" + template.__name__.removeprefix("t_")
        lab = B.label(item, "public_figure", shape, target=_title(person), gender=gender)
        pairs.append((item, lab))
    negatives = B.Maker("hold6", seed=NEGATIVE_SEED, id_base=5_600_000)
    kinds = [t for t, _, hold in B.TEMPLATES if hold and t.__name__ in B.NEGATIVE_TEMPLATES]
    for n in range(N_NEGATIVE):
        pairs.append(kinds[n % len(kinds)](negatives))
    order = random.Random(POI_SEED + 1)
    order.shuffle(pairs)
    return [item for item, _ in pairs], [lab for _, lab in pairs]
