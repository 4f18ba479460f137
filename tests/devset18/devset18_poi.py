"""``poi18``: names of Civitai's POI list in ten templates of this set, built in memory only.

The names are read at run time from ``../shared/lexicons/civitai/words-poi.json``; nothing built
here is written to disk or printed. The templates follow how uploaders put a real person's name
on a page: only in a kebab-case file name, as a ``Family, Given`` title, only in the tags, as a
camelCase trigger word, as the actor of a live-action role (``character`` tag), as a pair in a
face blend (both are targets), only in the description, only in an HF widget prompt, and two
gendered templates (a pronoun in the description) used only for names whose first word is in the
short first-name lists below; every other positive is ``unknown``. Seventy invented hard
negatives with person-like names come from this set's negative templates (their own seed).
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path

import build_devset18 as B

SEED = 1_818_018
NEG_SEED = 8_181_808
N_PER_TEMPLATE = 15
N_NEG = 70
ID_BASE = 18_900_000
NAME_SHAPE = re.compile(r"[A-Za-z]+(?: [A-Za-z]+){1,3}")
CUE_WORDS = {"lora", "style", "woman", "man", "girl", "boy", "model", "the", "of", "and",
             "by", "face", "mix", "blend", "pack", "v", "xl", "flux", "official", "from",
             "as"}  # fmt: skip
SHE_FIRST = {"abigail", "alexandra", "alice", "amy", "anna", "ashley", "barbara", "carla",
             "caroline", "catherine", "christina", "diana", "elena", "ella", "emily", "emma",
             "eva", "hailey", "helen", "jane", "jennifer", "jessica", "julia", "karen", "kate",
             "katherine", "laura", "lily", "lisa", "maria", "mary", "megan", "natalie", "nicole",
             "olivia", "rachel", "rebecca", "rose", "sarah", "sophie", "stephanie", "taylor",
             "vanessa"}  # fmt: skip
HE_FIRST = {"alex", "andrew", "anthony", "ben", "bill", "bruce", "chris", "daniel", "david",
            "eric", "george", "harry", "jack", "jake", "james", "joe", "john", "jonathan",
            "kevin", "mark", "matt", "michael", "nick", "paul", "peter", "richard", "robert",
            "ryan", "sam", "steve", "tom", "will"}  # fmt: skip
Template = Callable[[B.Ctx, list[str]], B.Item]
SHOWS = ["Dunmore Quay", "Saltmarsh Division", "Brackwater Hollow", "Iron Orchard"]
ROLES = ["Inspector Calder", "Dr. Wynn", "Captain Roe", "Agent Marlow"]


def load_names(path: Path) -> list[str]:
    """Two to four words of letters, without a cue word and without a sexual or minor cue."""
    data = json.loads(Path(path).read_text("utf-8"))
    words = data if isinstance(data, list) else next(iter(data.values()))
    out = set()
    for raw in words:
        name = str(raw).strip()
        if not NAME_SHAPE.fullmatch(name) or set(name.lower().split()) & CUE_WORDS:
            continue
        probe = {"name": name, "modelVersions": []}
        if B.sexual_cue(probe) or B.minor_cue(probe):
            continue
        out.add(name)
    return sorted(out)


def _ctx(rng: random.Random, mid: int) -> B.Ctx:
    c = B.Ctx("hold18")
    c.rng = rng
    c.next_id = mid
    return c


def t_kebab_file(c: B.Ctx, names: list[str]) -> B.Item:
    fn = B.snake(names[0]).replace("_", "-") + f"-v{c.rng.randrange(2, 6)}.safetensors"
    return B.civ(c, name=f"realistic person #{c.rng.randrange(100, 999)}",
                 desc=B.page(c, ["file name says it all", B.dataset_line(c)]), tags=["person"],
                 fname=fn)  # fmt: skip


def t_family_comma_title(c: B.Ctx, names: list[str]) -> B.Item:
    words = names[0].split()
    title = f"{words[-1]}, {' '.join(words[:-1])} - LoRA"
    return B.civ(c, name=title, desc=B.page(c, [B.dataset_line(c)], "pfx"), trained=["pfx"],
                 tags=["celebrity"])  # fmt: skip


def t_tag_only(c: B.Ctx, names: list[str]) -> B.Item:
    return B.civ(c, name=f"Face LoRA {c.rng.randrange(10, 99)}",
                 desc=B.page(c, ["see tags", B.dataset_line(c)]),
                 tags=["realistic", names[0].lower(), "portrait"])  # fmt: skip


def t_camel_trigger(c: B.Ctx, names: list[str]) -> B.Item:
    words = names[0].split()
    trig = words[0].lower() + "".join(w.capitalize() for w in words[1:])
    return B.civ(c, name=f"{trig} [{c.pick(['SDXL', 'Flux', 'Pony'])}]",
                 desc=B.page(c, [f"trigger {trig}"], trig), trained=[trig],
                 tags=["person"])  # fmt: skip


def t_role_actor(c: B.Ctx, names: list[str]) -> B.Item:
    role, show = c.pick(ROLES), c.pick(SHOWS)
    return B.civ(c, name=f"{role} ({show})",
                 desc=B.page(c, [f"{role} from {show}, as played by {names[0]}"], "role"),
                 trained=["role"], tags=["character", "tv show", "live action"])  # fmt: skip


def t_pair_blend(c: B.Ctx, names: list[str]) -> B.Item:
    return B.civ(c, name=f"{names[0]} x {names[1]} blend",
                 desc=B.page(c, [f"50/50 face blend of {names[0]} and {names[1]}"], "blendx"),
                 trained=["blendx"], tags=["blend", "celebrity"])  # fmt: skip


def t_desc_only(c: B.Ctx, names: list[str]) -> B.Item:
    return B.civ(c, name=f"req #{c.rng.randrange(10, 300)}",
                 desc=B.page(c, [f"request from discord: {names[0]}", B.dataset_line(c)]),
                 tags=["request"])  # fmt: skip


def t_hf_widget(c: B.Ctx, names: list[str]) -> B.Item:
    return B.hf(c, slug=f"face-lora-{c.rng.randrange(100, 999)}-{c.hexs(3)}", tags=["portrait"],
                instance="ohwx", widget=[f"ohwx, {names[0]}, {c.pick(B.SCENES)}"])  # fmt: skip


def t_she(c: B.Ctx, names: list[str]) -> B.Item:
    return B.civ(c, name=f"{names[0]} (2024 era)",
                 desc=B.page(c, [f"{names[0]}, she looks best at 0.8; her older pics too"],
                             B.squash(names[0])),
                 trained=[B.squash(names[0])], tags=["celebrity"])  # fmt: skip


def t_he(c: B.Ctx, names: list[str]) -> B.Item:
    return B.civ(c, name=f"{names[0]} (2024 era)",
                 desc=B.page(c, [f"{names[0]}, he looks best at 0.8; his older pics too"],
                             B.squash(names[0])),
                 trained=[B.squash(names[0])], tags=["celebrity"])  # fmt: skip


GENDERED: list[tuple[str, Template, str]] = [
    ("poi_she_pronoun", t_she, "female"),
    ("poi_he_pronoun", t_he, "male"),
]
TEMPLATES: list[tuple[str, Template, int]] = [
    ("poi_kebab_file", t_kebab_file, 1),
    ("poi_family_comma_title", t_family_comma_title, 1),
    ("poi_tag_only", t_tag_only, 1),
    ("poi_camel_trigger", t_camel_trigger, 1),
    ("poi_role_actor", t_role_actor, 1),
    ("poi_pair_blend", t_pair_blend, 2),
    ("poi_desc_only", t_desc_only, 1),
    ("poi_hf_widget", t_hf_widget, 1),
]
N_ITEMS = N_PER_TEMPLATE * (len(TEMPLATES) + len(GENDERED))
NEG_SHAPES = ["anime_named_heroine", "gacha_character_script", "cartoon_or_game_lead",
              "vtuber_model_named", "painter_name_style", "photographer_name_look",
              "made_up_character", "everyday_word_texture", "doll_likeness_generic",
              "mixed_face_blend"]  # fmt: skip


def _label(item: B.Item, shape: str, kind: str, people: list[str], gender: str | None) -> B.Label:
    return {
        "platform": "civitai" if "modelVersions" in item else "huggingface",
        "model_id": str(item["id"]),
        "kind": kind,
        "likeness": bool(people),
        "target": people[0] if people else None,
        "gender": gender if people else None,
        "prominence": "public_figure" if people else None,
        "sexual_intent": B.sexual_cue(item),
        "minor_risk": False,
        "shape": shape,
        "targets": list(people),
        "aliases": [" ".join([*people[0].split()[-1:], *people[0].split()[:-1]])]
        if shape == "poi_family_comma_title"
        else [],
    }


def build_poi18(names: list[str]) -> tuple[list[B.Item], list[B.Label]]:
    rng = random.Random(SEED)
    pool = sorted(names)
    rng.shuffle(pool)
    first = {n: n.split()[0].lower() for n in pool}
    women = [n for n in pool if first[n] in SHE_FIRST][:N_PER_TEMPLATE]
    men = [n for n in pool if first[n] in HE_FIRST][:N_PER_TEMPLATE]
    rest = iter([n for n in pool if n not in women and n not in men])
    plan: list[tuple[str, Template, str, list[str]]] = []
    for (shape, tpl, gender), group in zip(GENDERED, (women, men), strict=True):
        plan += [(shape, tpl, gender, [n]) for n in group]
    for shape, tpl, per in TEMPLATES:
        for _ in range(N_PER_TEMPLATE):
            plan.append((shape, tpl, "unknown", [next(rest) for _ in range(per)]))
    items: list[B.Item] = []
    labels: list[B.Label] = []
    mid = ID_BASE
    for shape, tpl, gender, people in plan:
        mid += rng.randrange(40, 400)
        item = tpl(_ctx(rng, mid), people)
        items.append(item)
        labels.append(_label(item, shape, "public_figure", people, gender))
    c = _ctx(random.Random(NEG_SEED), ID_BASE + 80_000)
    for k in range(N_NEG):
        shape = NEG_SHAPES[k % len(NEG_SHAPES)]
        template = B.NEGATIVES[shape][0]
        for _ in range(300):
            try:
                item, made = template(c)
                break
            except B.Retry:
                continue
        else:
            raise RuntimeError(shape)
        items.append(item)
        labels.append(_label(item, shape, made["kind"], [], None))
    return items, labels
