"""Does every likeness finding name its best target? Generated families of target forms.

Writes likeness pages of **invented** people (seeded) where the name sits in different fields and
forms: a title decorated with emoji, brackets or a base-model suffix; the name beside a trade
word, a group word, a country or an age; a creator handle beside the real name; a stage name
with the real name in brackets (either order); a name in its script with its romanisation;
family-name-first; initials; name particles (de, van, bin, al-); double surnames; the name only
in the file name, the trigger word or the tags; blends of two or three named people (each one a
target). Each page is run through the detector (no list) and scored as the dev sets score the
target column: among flagged pages, the share whose target key or name is one of the page's
expected forms (:func:`dfaudit.detect.evaluate.target_forms`). Prints one row per family and
layout: flagged share, target found share, and with ``--show N`` up to N misses (expected forms
and the finding's target) per family.

    PYTHONPATH=src:scripts .venv/bin/python scripts/target_families.py
    PYTHONPATH=src:scripts .venv/bin/python scripts/target_families.py --per 20 --show 3
    PYTHONPATH=src:scripts .venv/bin/python scripts/target_families.py --families stage_real
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Callable
from dataclasses import dataclass

from gazetteer_forms import civitai_page, hf_page

from dfaudit.detect.engine import Detector
from dfaudit.detect.evaluate import name_key, target_forms
from dfaudit.records import ModelRecord

# ---------------------------------------------------------------------------------------------
# invented people (no real person: surnames are made up, given names common)

GIVEN_F = (
    "Wren",
    "Maelle",
    "Ottilie",
    "Soraya",
    "Linnea",
    "Dalia",
    "Ysolde",
    "Carys",
    "Noemi",
    "Aurelie",
    "Tamsin",
    "Ilka",
    "Zofia",
    "Marisol",
    "Liora",
    "Inez",
)
GIVEN_M = ("Corentin", "Aldric", "Teodor", "Mathis", "Ruairi", "Emrys", "Joaquin", "Kasimir")
FAMILY = (
    "Halvorsk",
    "Tremaine",
    "Vossberg",
    "Quillan",
    "Ferholt",
    "Marchetty",
    "Olwenby",
    "Brackwater",
    "Deverill",
    "Stanbrook",
    "Keswani",
    "Oyelaran",
    "Ravensdahl",
    "Pellory",
    "Castrovell",
    "Lindqvast",
    "Morrisette",
    "Thorncliffe",
    "Achterveld",
    "Gallardin",
)
STAGE = ("Luma", "Nyx Valora", "Kiki Sorrel", "Velvet Moth", "Sunny Blaze", "Jinx Aurora")
PARTICLES = (
    ("de", "Vrelle"),
    ("van", "Drimmelen"),
    ("van der", "Holst-Ruyter"),
    ("bin", "Rashedan"),
    ("al-", "Qasimeh"),
    ("da", "Fontoura"),
    ("von", "Erlach"),
    ("di", "Morvaggio"),
    ("ibn", "Saliman"),
    ("dos", "Anjinhos"),
)
SECOND_FAMILY = ("Olmedo", "Varela", "Arrieta", "Montijo", "Ybarra", "Cienfuegos", "Lozada")
# (script, romanised given-family order as written in the West, family-first as in the script)
SCRIPT_NAMES = (
    ("朴瑞妍", "Seo-yeon Bak", "Bak Seo-yeon"),
    ("김하윤", "Ha-yoon Gim", "Gim Ha-yoon"),
    ("久遠彩花", "Ayaka Kuon", "Kuon Ayaka"),
    ("林晓雯", "Xiaowen Lin", "Lin Xiaowen"),
    ("한소율", "So-yul Han", "Han So-yul"),
    ("藤宮ゆな", "Yuna Fujimiya", "Fujimiya Yuna"),
    ("陈思彤", "Sitong Chen", "Chen Sitong"),
    ("윤다빈", "Da-bin Yun", "Yun Da-bin"),
)
GROUPS = ("Starlit9", "NOVA GIRLS", "Lunaria", "PRISM-X", "Velvet Bloom")
TRADES = ("actress", "model", "singer", "influencer", "cosplayer", "idol", "streamer", "dancer")
COUNTRIES = ("Norway", "Brazil", "Korea", "Philippines", "Italy", "Nigeria", "Japan", "Mexico")
DECOR = ("✨ {} ✨", "【{}】", "[{}]", "💋 {} 💋", "~{}~", "{} 🔥", "「{}」", "★ {} ★")
BASES = ("SDXL", "Pony", "FLUX", "SD1.5", "XL", "PDXL", "Illustrious", "SD 1.5")


@dataclass(frozen=True)
class Case:
    """One generated page: what it is, where the name sits, what counts as its target."""

    family: str
    layout: str
    page: ModelRecord
    target: str
    aliases: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()

    def forms(self) -> set[str]:
        return target_forms(
            {"target": self.target, "aliases": list(self.aliases), "targets": list(self.targets)}
        )


def _snake(name: str) -> str:
    return "_".join(name.lower().replace("-", " ").split())


def _run(name: str) -> str:
    return "".join(name.lower().replace("-", " ").split())


def _person(rng: random.Random) -> tuple[str, str, str]:
    """(given, family, gender) of an invented person."""
    if rng.random() < 0.8:
        return rng.choice(GIVEN_F), rng.choice(FAMILY), "female"
    return rng.choice(GIVEN_M), rng.choice(FAMILY), "male"


_PHOTOS = "<p>Trained on {n} photos. Use weight 0.7–0.9, works with most realistic checkpoints.</p>"


def _page(
    rng: random.Random, layout: str, written: str, *, title: str | None = None
) -> ModelRecord:
    """A likeness page with ``written`` (the name as the family writes it) in one layout.

    ``title``: the page's title when the layout is not the title itself (a neutral title when
    None: the name must come from its own field)."""
    base = rng.choice(BASES)
    neutral = title or f"Realistic portrait LoRA {rng.randint(2, 9)}"
    photos = _PHOTOS.format(n=rng.randint(20, 80))
    if layout == "title":
        return civitai_page(written, description=photos, base="SDXL 1.0")
    if layout == "title+desc":
        return civitai_page(
            f"{written} - {base} LoRA",
            description=f"<p>A LoRA of {written}.</p>{photos}",
            trained=(_snake(written.split("(")[0].strip()) or "ohwx",),
        )
    if layout == "description":
        return civitai_page(neutral, description=f"<p>This LoRA reproduces {written}.</p>{photos}")
    if layout == "trigger":
        return civitai_page(neutral, description=photos, trained=(written, "portrait photo"))
    if layout == "file":
        return civitai_page(neutral, description=photos, file=_snake(written) + "_v1.safetensors")
    if layout == "tags":
        return civitai_page(
            neutral, description=photos, tags=("celebrity", written.lower(), "woman", "realistic")
        )
    if layout == "hf":
        return hf_page(slug=_run(written)[:30] + "-lora", instance=f"photo of {written}, portrait")
    raise ValueError(layout)


LAYOUTS = ("title", "title+desc", "description", "trigger", "file", "tags", "hf")
Family = Callable[[random.Random, str], Case | None]


def f_plain(rng: random.Random, layout: str) -> Case:
    given, family, _ = _person(rng)
    name = f"{given} {family}"
    return Case("plain", layout, _page(rng, layout, name), name)


def f_decorated(rng: random.Random, layout: str) -> Case | None:
    if layout not in ("title", "title+desc"):
        return None
    given, family, _ = _person(rng)
    name = f"{given} {family}"
    shown = rng.choice(DECOR).format(name) + rng.choice(
        ("", f" | {rng.choice(BASES)}", f" [{rng.choice(BASES)}]", " v2.0")
    )
    return Case("decorated", layout, _page(rng, "title", shown), name)


def f_trade(rng: random.Random, layout: str) -> Case:
    given, family, _ = _person(rng)
    name = f"{given} {family}"
    trade = rng.choice(TRADES)
    shown = rng.choice(
        (
            f"{name} {trade}",
            f"{trade} {name}",
            f"{name} ({trade})",
            f"{name} - {rng.choice(COUNTRIES)} {trade}",
        )
    )
    return Case("trade", layout, _page(rng, layout, shown), name)


def f_group(rng: random.Random, layout: str) -> Case:
    given, family, _ = _person(rng)
    name = f"{given} {family}"
    group = rng.choice(GROUPS)
    shown = rng.choice(
        (
            f"{group} {name}",
            f"{name} of {group}",
            f"{name} ({group})",
            f"{group} - {given} ({name})",
        )
    )
    return Case(
        "group",
        layout,
        _page(rng, layout, shown),
        name,
        aliases=(given,) if shown.startswith(f"{group} - ") else (),
    )


def f_country_age(rng: random.Random, layout: str) -> Case:
    given, family, _ = _person(rng)
    name = f"{given} {family}"
    age = rng.randint(21, 39)
    shown = rng.choice(
        (
            f"{name}, {age}",
            f"{name} ({rng.choice(COUNTRIES)})",
            f"{name} {age}yo",
            f"{rng.choice(COUNTRIES)} {name}",
        )
    )
    return Case("country_age", layout, _page(rng, layout, shown), name)


def f_handle_real(rng: random.Random, layout: str) -> Case:
    given, family, _ = _person(rng)
    name = f"{given} {family}"
    handle = rng.choice(
        (
            f"{given.lower()}.{family.lower()[:4]}",
            f"{given.lower()}x{rng.randint(1, 99)}",
            f"the{given.lower()}{family.lower()[:3]}",
        )
    )
    shown = rng.choice((f"@{handle} ({name})", f"{name} (@{handle})", f"{name} | @{handle}"))
    return Case("handle_real", layout, _page(rng, layout, shown), name, aliases=(handle,))


def f_stage_real(rng: random.Random, layout: str) -> Case:
    given, family, _ = _person(rng)
    name = f"{given} {family}"
    stage = rng.choice(STAGE)
    shown = rng.choice(
        (f"{stage} ({name})", f"{name} ({stage})", f"{stage} aka {name}", f"{name} a.k.a. {stage}")
    )
    return Case("stage_real", layout, _page(rng, layout, shown), name, aliases=(stage,))


def f_script_roman(rng: random.Random, layout: str) -> Case:
    script, western, family_first = rng.choice(SCRIPT_NAMES)
    roman = rng.choice((western, family_first))
    shown = rng.choice((f"{script} ({roman})", f"{roman} {script}", f"{roman} | {script}"))
    return Case(
        "script_roman",
        layout,
        _page(rng, layout, shown),
        roman,
        aliases=(script, western, family_first),
    )


def f_family_first(rng: random.Random, layout: str) -> Case:
    _, western, family_first = rng.choice(SCRIPT_NAMES)
    given, family, _ = _person(rng)
    shown = rng.choice((family_first, f"{family.upper()} {given}"))
    aliases = (western,) if shown == family_first else (f"{given} {family}",)
    return Case("family_first", layout, _page(rng, layout, shown), shown, aliases=aliases)


def f_initials(rng: random.Random, layout: str) -> Case:
    given, family, _ = _person(rng)
    middle = rng.choice("JKMRT")
    shown = rng.choice((f"{given} {middle}. {family}", f"{given} {middle} {family}"))
    return Case(
        "initials", layout, _page(rng, layout, shown), shown, aliases=(f"{given} {family}",)
    )


def f_particle(rng: random.Random, layout: str) -> Case:
    given, _, _ = _person(rng)
    particle, family = rng.choice(PARTICLES)
    sep = "" if particle.endswith("-") else " "
    name = f"{given} {particle}{sep}{family}"
    return Case("particle", layout, _page(rng, layout, name), name)


def f_double(rng: random.Random, layout: str) -> Case:
    given, family, _ = _person(rng)
    second = rng.choice(SECOND_FAMILY)
    name = rng.choice((f"{given} {family} {second}", f"{given} {family}-{second}"))
    return Case("double_surname", layout, _page(rng, layout, name), name)


def f_blend(rng: random.Random, layout: str) -> Case | None:
    if layout in ("file", "tags", "hf"):
        return None
    people = [" ".join(_person(rng)[:2]) for _ in range(rng.choice((2, 3)))]
    joined = rng.choice((" x ", " + ", " & ", " / ")).join(people)
    shown = rng.choice((f"{joined} mix", f"Blend: {joined}", joined))
    return Case("blend", layout, _page(rng, layout, shown), people[0], targets=tuple(people))


FAMILIES: dict[str, Family] = {
    "plain": f_plain,
    "decorated": f_decorated,
    "trade": f_trade,
    "group": f_group,
    "country_age": f_country_age,
    "handle_real": f_handle_real,
    "stage_real": f_stage_real,
    "script_roman": f_script_roman,
    "family_first": f_family_first,
    "initials": f_initials,
    "particle": f_particle,
    "double_surname": f_double,
    "blend": f_blend,
}


def generate(families: list[str], per: int, seed: int) -> list[Case]:
    rng = random.Random(seed)
    cases = []
    for family in families:
        for layout in LAYOUTS:
            for _ in range(per):
                case = FAMILIES[family](rng, layout)
                if case is not None:
                    cases.append(case)
    return cases


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per", type=int, default=12, help="pages per family and layout")
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--families", default="", help="comma-separated (default: all)")
    parser.add_argument("--show", type=int, default=0, help="print up to N misses per family")
    args = parser.parse_args(argv)
    families = [f for f in args.families.split(",") if f] or list(FAMILIES)
    detector = Detector()
    table: dict[tuple[str, str], list[int]] = {}  # (family, layout) -> [pages, flagged, found]
    misses: dict[str, list[str]] = {}
    for case in generate(families, args.per, args.seed):
        finding = detector.detect(case.page)
        cell = table.setdefault((case.family, case.layout), [0, 0, 0])
        cell[0] += 1
        if not finding.likeness:
            continue
        cell[1] += 1
        got = {name_key(finding.target_key), name_key(finding.target_name)} & case.forms()
        cell[2] += bool(got)
        if not got and len(misses.setdefault(case.family, [])) < args.show:
            also = case.aliases or case.targets
            misses[case.family].append(
                f"[{case.layout}] {case.page.name!r}: expected {case.target!r}"
                f"{' ' + repr(also) if also else ''}"
                f" got {finding.target_name!r} ({finding.target_key!r})"
            )
    print("target found among flagged pages, per family (rows) x layout (columns)")
    print("family".ljust(15) + "".join(lay[:10].rjust(11) for lay in LAYOUTS) + "    all  flagged")
    all_found = all_flagged = 0
    for family in families:
        cells = [table.get((family, lay)) for lay in LAYOUTS]
        row = "".join(f"{c[2] / c[1]:11.3f}" if c and c[1] else "          -" for c in cells)
        pages = sum(c[0] for c in cells if c)
        flagged = sum(c[1] for c in cells if c)
        found = sum(c[2] for c in cells if c)
        all_found += found
        all_flagged += flagged
        print(f"{family:15}{row}{found / max(flagged, 1):7.3f} {flagged:4}/{pages}")
    print(f"all families: target found {all_found / max(all_flagged, 1):.4f} of {all_flagged}")
    for family, rows in misses.items():
        if rows:
            print(f"misses {family}:")
            for row in rows:
                print("   ", row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
