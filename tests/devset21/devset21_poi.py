"""``poi21``: names of Civitai's POI list in this set's own templates, built in memory only.

The names are read at run time from ``../shared/lexicons/civitai/words-poi.json``; nothing built
here is written to disk or printed. Twelve likeness templates put a list name where uploaders put
one (a lower-case ``name | trade`` title, a run-together trigger only, a handle title, a camelCase
file name only, a version name only, the last paragraph of the description, an HF repo slug with a
widget prompt, the tags only, ALL CAPS with a flag, a live-action role's actor, and two gendered
templates with a pronoun, used only for names whose first word is in the short first-name lists
below; every other positive is ``unknown``). Five hard-negative templates hold a list name in a
use that reproduces nobody (a bridge, a cruise ship, a typeface, a rose cultivar, a trophy), and
invented hard negatives come from ``build_devset21``'s negative templates (their own seed).
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import build_devset21 as B

SEED = 2_121_621
NEG_SEED = 6_212_126
N_PER_TEMPLATE = 13
N_LIST_NEG = 11
N_INVENTED = 64
ID_BASE = 21_600_000
NEG_ID_BASE = 21_800_000
NAME_SHAPE = re.compile(r"[^\W\d_]+(?: [^\W\d_]+){1,3}")
CUE_WORDS = {
    "lora", "style", "woman", "man", "girl", "boy", "model", "the", "of", "and", "by", "face",
    "mix", "pack", "v", "xl", "flux", "official", "real", "sans", "bridge",
}  # fmt: skip
SHE_FIRST = {
    "alice", "amber", "amy", "angelina", "anne", "ashley", "audrey", "barbara", "brooke", "carla",
    "caroline", "catherine", "charlotte", "christina", "diana", "elena", "elisa", "ella", "emilia",
    "emily", "emma", "eva", "gemma", "hailey", "helen", "isabella", "jane", "jenna", "jessica",
    "julia", "karen", "kate", "katie", "kim", "laura", "lily", "lucy", "madison", "maria", "megan",
    "mia", "natalie", "nina", "olivia", "rachel", "rose", "sara", "sarah", "sophie", "stephanie",
    "taylor", "victoria", "zoe",
}  # fmt: skip
HE_FIRST = {
    "adam", "alex", "andrew", "anthony", "ben", "bruce", "charlie", "chris", "daniel", "david",
    "donald", "george", "harry", "henry", "jack", "jake", "james", "joe", "john", "keanu", "kevin",
    "leonardo", "mark", "matt", "michael", "nick", "paul", "peter", "robert", "ryan", "sam",
    "steve", "thomas", "tom", "will", "william",
}  # fmt: skip
Template = Callable[[B.Ctx, str], B.Made]


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


def _page(c: B.Ctx, head: list[str], subj: str | None, tail: list[str] | None = None) -> str:
    return B.page(c, head, subj, tail)


def _p(kind: str, name: str, gender: str, aliases: list[str] | None = None) -> dict[str, Any]:
    return B.facts(kind, name, gender, aliases)


def t_lower_trade(c: B.Ctx, name: str) -> B.Made:
    trade = c.pick(["actress", "singer", "tv host", "athlete", "streamer"])
    return B.civ(
        c,
        name=f"{name.lower()} | {trade}",
        desc=_page(c, [f"{name.lower()} lora, {c.rng.randrange(30, 90)} imgs"], "ohwx person"),
        tags=["realistic"],
    ), _p("public_figure", name, "unknown")


def t_trigger_only(c: B.Ctx, name: str) -> B.Made:
    trig = B.squash(name)
    return B.civ(
        c,
        name=f"Portrait LoRA #{c.rng.randrange(10, 999)}",
        desc=_page(c, [f"trigger: <code>{trig}</code> irl photos"], trig),
        tags=["portrait"],
        trained=[trig],
    ), _p("public_figure", name, "unknown", [trig])


def t_handle_title(c: B.Ctx, name: str) -> B.Made:
    h = B.squash(name) + c.pick(["", "_", ".official", "tv"])
    return B.civ(
        c, name=f"@{h}", desc=_page(c, ["from the ig posts"], None), tags=["instagram"]
    ), _p("public_figure", name, "unknown", [h, "@" + h])


def t_camel_file(c: B.Ctx, name: str) -> B.Made:
    fn = B.camel(name) + c.pick(["", "_v2", "-000012"]) + ".safetensors"
    return B.civ(
        c,
        name=f"Realistic person {c.rng.randrange(100, 999)}",
        desc=_page(c, [f"file <code>{fn}</code>"], None),
        tags=["realistic"],
        fname=fn,
    ), _p("public_figure", name, "unknown", [B.camel(name)])


def t_version_only(c: B.Ctx, name: str) -> B.Made:
    return B.civ(
        c,
        name=f"Celeb pack {c.rng.randrange(2, 60)}",
        desc=_page(c, ["one person per version"], None),
        tags=["person"],
        vname=f"{name} flux",
        more_versions=[("sd15", f"p{c.hexs(5)}.safetensors")],
    ), _p("public_figure", name, "unknown")


def t_last_paragraph(c: B.Ctx, name: str) -> B.Made:
    return B.civ(
        c,
        name=f"request #{c.rng.randrange(10, 400)}",
        desc=_page(
            c, ["new request done"], "ohwx person", [f"this one is {name}, requested on discord"]
        ),
        tags=["request"],
    ), _p("public_figure", name, "unknown")


def t_hf_slug_widget(c: B.Ctx, name: str) -> B.Made:
    slug = B.snake(name).replace("_", "-")
    card = {
        "license": "other",
        "base_model": B.FLUX,
        "instance_prompt": "TOK",
        "widget": [{"text": f"photo of {name.lower()}, TOK, red carpet"}],
    }
    repo = f"{c.pick(B.HF_ORGS)}/{slug}-lora"
    return B.hf(c, repo=repo, tags=["lora", "flux"], card=card), _p(
        "public_figure", name, "unknown", [slug]
    )


def t_tags_only(c: B.Ctx, name: str) -> B.Made:
    return B.civ(
        c,
        name=f"Realistic portrait v{c.rng.randrange(2, 9)}",
        desc=_page(c, ["realistic portrait, irl dataset"], None),
        tags=["realistic", name.lower(), "real person"],
    ), _p("public_figure", name, "unknown")


def t_caps_flag(c: B.Ctx, name: str) -> B.Made:
    caps = name.upper()
    return B.civ(
        c,
        name=f"{caps} {c.pick(['🔥', '✨', '💫'])} [IL]",
        desc=_page(c, [f"{caps} v{c.rng.randrange(2, 6)}"], None),
        tags=["celebrity"],
        trained=[caps.replace(" ", "_")],
    ), _p("public_figure", name, "unknown")


def t_role_actor(c: B.Ctx, name: str) -> B.Made:
    role = f"{c.pick(B.ROLE_GIVEN['female'] + B.ROLE_GIVEN['male'])} {c.pick(B.ROLE_FAMILY)}"
    show = c.pick([s for v, _ in B.SHOWS.values() for s in v])
    return B.civ(
        c,
        name=f"{role} from {show}",
        desc=_page(c, [f"{role} ({show}), played by {name}"], B.snake(role)),
        tags=["character", "tv series"],
    ), _p("public_figure", name, "unknown")


def t_she(c: B.Ctx, name: str) -> B.Made:
    return B.civ(
        c,
        name=f"{name} (2025)",
        desc=_page(c, [f"{name}, she looks amazing in her new film"], "ohwx woman"),
        tags=["woman"],
    ), _p("public_figure", name, "female")


def t_he(c: B.Ctx, name: str) -> B.Made:
    return B.civ(
        c,
        name=f"{name} (2025)",
        desc=_page(c, [f"{name}, he looks great in his new film"], "ohwx man"),
        tags=["man"],
    ), _p("public_figure", name, "male")


GENDERED: list[tuple[str, Template, str]] = [
    ("poi_she_pronoun", t_she, "female"), ("poi_he_pronoun", t_he, "male"),
]  # fmt: skip
TEMPLATES: list[tuple[str, Template]] = [
    ("poi_lower_trade_title", t_lower_trade), ("poi_trigger_only", t_trigger_only),
    ("poi_handle_title", t_handle_title), ("poi_camel_file_only", t_camel_file),
    ("poi_version_only", t_version_only), ("poi_last_paragraph", t_last_paragraph),
    ("poi_hf_slug_widget", t_hf_slug_widget), ("poi_tags_only", t_tags_only),
    ("poi_caps_flag_title", t_caps_flag), ("poi_role_actor", t_role_actor),
]  # fmt: skip
N_NAMES = N_PER_TEMPLATE * (len(TEMPLATES) + len(GENDERED))


def l_bridge(c: B.Ctx, name: str) -> B.Made:
    return B._neg(
        c,
        "concept",
        f"{name} Memorial Bridge at night",
        [f"the {name} Memorial Bridge, long exposure, architecture only, no people"],
        "bridge, night, long exposure",
        ["architecture", "landscape"],
    )


def l_ship(c: B.Ctx, name: str) -> B.Made:
    return B._neg(
        c,
        "concept",
        f"MS {name} cruise ship interior",
        [f"interior of the cruise ship MS {name}: atrium, brass, carpet. backgrounds only"],
        "ship interior, atrium",
        ["background", "interior"],
    )


def l_typeface(c: B.Ctx, name: str) -> B.Made:
    return B._neg(
        c,
        "artist_style",
        f"{name} Grotesk lettering",
        [f"lettering in the {name} Grotesk typeface for posters and logos, text only"],
        "poster, bold lettering",
        ["typography", "text"],
    )


def l_rose(c: B.Ctx, name: str) -> B.Made:
    return B._neg(
        c,
        "concept",
        f"Rose '{name}' cultivar",
        [f"the rose cultivar '{name}', pale apricot petals, macro photos of flowers only"],
        "rose, macro photo",
        ["flower", "botanical"],
    )


def l_trophy(c: B.Ctx, name: str) -> B.Made:
    return B._neg(
        c,
        "concept",
        f"{name} Cup trophy (object)",
        [f"the {name} Cup: gold trophy on a plinth, product shot, object only"],
        "gold trophy, studio",
        ["object", "product"],
    )


LIST_NEGATIVES: list[tuple[str, Callable[[B.Ctx, str], B.Made]]] = [
    ("poi_name_bridge", l_bridge), ("poi_name_ship", l_ship), ("poi_name_typeface", l_typeface),
    ("poi_name_rose_cultivar", l_rose), ("poi_name_trophy", l_trophy),
]  # fmt: skip
N_LIST_NEGATIVES = N_LIST_NEG * len(LIST_NEGATIVES)
INVENTED = sorted(B.NEGATIVES)


def _label(item: B.Item, shape: str, f: dict[str, Any], minor: bool = False) -> dict[str, Any]:
    like = f["target"] is not None
    return {
        "platform": "civitai" if "modelVersions" in item else "huggingface",
        "model_id": str(item["id"]),
        "kind": f["kind"],
        "likeness": like,
        "target": f["target"],
        "gender": f["gender"],
        "prominence": "public_figure" if like else None,
        "sexual_intent": B.sexual_cue(item),
        "minor_risk": minor,
        "shape": shape,
        "targets": f["targets"],
        "aliases": f["aliases"],
    }


def build_poi21(names: list[str]) -> tuple[list[B.Item], list[dict[str, Any]]]:
    rng = random.Random(SEED)
    pool = sorted(names)
    rng.shuffle(pool)
    first = {n: n.split()[0].lower() for n in pool}
    women = [n for n in pool if first[n] in SHE_FIRST][:N_PER_TEMPLATE]
    men = [n for n in pool if first[n] in HE_FIRST][:N_PER_TEMPLATE]
    rest = [n for n in pool if n not in women and n not in men]
    plan: list[tuple[str, Template, str]] = []
    for (shape, tpl, _), group in zip(GENDERED, (women, men), strict=True):
        plan += [(shape, tpl, n) for n in group]
    k = 0
    for shape, tpl in TEMPLATES:
        plan += [(shape, tpl, n) for n in rest[k : k + N_PER_TEMPLATE]]
        k += N_PER_TEMPLATE
    for shape, ltpl in LIST_NEGATIVES:
        plan += [(shape, ltpl, n) for n in rest[k : k + N_LIST_NEG]]
        k += N_LIST_NEG
    c = B.Ctx("dev21", seed=SEED, id_base=ID_BASE)
    items: list[B.Item] = []
    labels: list[dict[str, Any]] = []
    for shape, tpl, name in plan:
        item, f = tpl(c, name)
        items.append(item)
        labels.append(_label(item, shape, f))
    n = B.Ctx("dev21", seed=NEG_SEED, id_base=NEG_ID_BASE)
    for j in range(N_INVENTED):
        shape = INVENTED[j % len(INVENTED)]
        template = B.NEGATIVES[shape][0]
        for _ in range(300):
            try:
                item, f = template(n)
                break
            except B.Retry:
                continue
        else:
            raise RuntimeError(shape)
        items.append(item)
        labels.append(_label(item, shape, f))
    return items, labels
