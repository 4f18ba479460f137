"""Recall by generated family: invented people the name tables do not hold, in every layout.

Each *family* of likeness page (a public figure beside a trade, a country, "irl" or "photos"; a
creator known by a handle; a private person from a request; a mononym or stage name beside its
context; initials beside likeness cues; an East-Asian name family name first; and a person whose
*given name no bundled table holds*, made syllable by syllable in the manner of many naming
cultures) is drawn many times with invented names and written in one *field layout* (the name
only in the title, the tags, the trigger word, the file name, the version name, the last
paragraph of a long description after a settings block, or a Hugging Face card's slug / widget
prompt) and one *case* (Title Case, lower_snake, kebab-case, camelCase, ALL CAPS, run together).
Every family has a *twin negative* family in the same layouts and cases: the same slot naming an
art style, an anime character (a person-shaped name beside fiction words), an object, a place
or a pet, with that kind's context, so that a recall fix is measured with its precision.

Prints recall (and the share whose target is the name) per family, per layout and per case,
and the twins' false-flag rate, without and with Civitai's POI list (``../shared``; skipped when
absent or with ``--no-poi``). The pages come from ``gazetteer_forms.py``'s builders. Every name is
invented (given names made from syllables are kept only when no table holds them). Seeded.

    PYTHONPATH=src:scripts .venv/bin/python scripts/recall_families.py --no-poi
    PYTHONPATH=src:scripts .venv/bin/python scripts/recall_families.py -n 40 --show world 10
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from gazetteer_forms import (  # one page shape for every generator
    civitai_page,
    hf_page,
    poi_detector,
)

from dfaudit.detect.engine import Detector
from dfaudit.detect.evaluate import Rate
from dfaudit.detect.names import first_names, world_first_names
from dfaudit.detect.text import fold
from dfaudit.records import ModelRecord

SEED = 19
LAYOUTS = ("title", "tags", "trigger", "file", "version", "desc_tail", "hf")
CASES = ("Title", "lower_snake", "kebab", "camel", "CAPS", "run")


def _split(text: str) -> tuple[str, ...]:
    return tuple(" ".join(item.split()) for item in text.split("|"))


# ---------------------------------------------------------------------------------------------
# invented names: syllables per naming culture (given, family); a family pattern may carry a
# particle or an ending ("{}" is the generated stem)


@dataclass(frozen=True)
class Culture:
    given: tuple[str, ...]  # syllables of given names
    given_end: tuple[str, ...]  # endings of given names ("" allowed)
    family: tuple[str, ...]  # syllables of family names
    family_pattern: tuple[str, ...]  # "{}" is the stem
    demonym: str
    family_first: bool = False


CULTURES: dict[str, Culture] = {
    "west_african": Culture(
        _split("a|da|ke|mi|chi|ne|bu|ko|fo|la|yo|tun|ade|ife|nma|zu|wa|se"),
        _split("|mi|ke|ye|nna|ola|si|wa"),
        _split("o|ko|nwa|ba|de|ji|lu|ye|fe|mo|tu|ka|na|ri"),
        _split("O{}|{}|A{}|{}ye|{}nwa|{}si"),
        "Nigerian",
    ),
    "east_african": Culture(
        _split("wa|nji|ke|ri|mu|tha|zi|ma|ka|ne|ye|ru|sa|fu|li|bo"),
        _split("|i|ra|ni|ta|we"),
        _split("mu|ki|wa|nde|ri|tu|ka|go|ma|ye|njo|be|che"),
        _split("{}|Wa{}|Mu{}|{}ge|{}ri"),
        "Kenyan",
    ),
    "arabic": Culture(
        _split("ra|zi|ha|na|la|mi|sa|du|ja|fa|wa|ri|yas|nou"),
        _split("|ma|ra|na|an|ine|ah|iya"),
        _split("ha|ti|ma|za|ra|khu|di|ba|sha|qa|na|jah"),
        _split("Al-{}|El {}|{}i|Bin {}|Abu {}|{}"),
        "Lebanese",
    ),
    "persian": Culture(
        _split("sha|ra|ne|ga|ta|ro|pa|ya|ma|dokh|sou|far|mah|shi"),
        _split("|neh|rin|tab|ran|vash|zad"),
        _split("ka|ma|ta|ha|rah|bah|sa|pou|ra|no|za|fa"),
        _split("{}i|{}zadeh|{}pour|{}nia|{}far|{}ian"),
        "Iranian",
    ),
    "turkish": Culture(
        _split("el|ay|ha|tu|se|bu|öz|de|gül|ne|ce|mer|ilk|ya"),
        _split("|su|nur|şen|can|la|ce|ra"),
        _split("ka|ya|öz|tur|ça|ko|ba|yıl|de|mir|gün|er"),
        _split("{}oğlu|{}er|{}can|{}dağ|{}han|{}"),
        "Turkish",
    ),
    "south_asian": Culture(
        _split("an|vi|shri|ra|ma|di|ka|ya|pra|su|ne|ha|ja|tan"),
        _split("|ya|ni|ika|ita|esh|ala|vi"),
        _split("va|ra|kar|dh|pa|shi|na|ja|ba|kum|la|sha"),
        _split("{}kar|{}wal|{}ani|{}dev|{}nathan|{}"),
        "Indian",
    ),
    "southeast_asian": Culture(
        _split("ni|pu|ra|ma|ta|si|la|wa|dan|nu|kan|phi|ye|ti"),
        _split("|ti|ya|wan|rin|ni|nee"),
        _split("su|wat|cha|na|ko|sri|pha|di|la|kul|ta|pon"),
        _split("{}wong|{}sari|{}kul|{}ratana|{}wati|{}"),
        "Thai",
    ),
    "eastern_european": Culture(
        _split("mi|la|vo|sta|ra|bo|zde|ju|ka|dra|ve|ny|ol|svi"),
        _split("|na|slava|ka|ra|mila|ja"),
        _split("ko|va|le|ni|dra|bo|pe|tro|ska|mi|zu|ho"),
        _split("{}ova|{}enko|{}ska|{}ić|{}ová|{}escu"),
        "Ukrainian",
    ),
    "latin_american": Culture(
        _split("ya|xi|ma|lu|ri|na|ta|mi|ce|yo|da|gua|ro|ne"),
        _split("|ra|nela|lia|ela|ina|ta"),
        _split("var|ga|ca|mo|te|sa|ra|zu|bel|lo|me|re"),
        _split("{}ez|{}ero de la {}a|{}ada-{}ez|de los {}os|{}ales {}ez|{}"),
        "Colombian",
    ),
    "nordic": Culture(
        _split("si|gne|ra|sól|ey|hil|as|ing|ri|dis|vei|bjö|thy|ul"),
        _split("|dís|veig|rún|ja|hild|dra"),
        _split("hal|berg|vik|gun|sol|fjel|strø|ey|ask|lind|tor|mo"),
        _split("{}sdóttir|{}sen|{}lund|{}dal|{}by|{}heim"),
        "Icelandic",
    ),
    "greek": Culture(
        _split("ze|ni|ka|ly|dro|xe|pa|ste|ri|the|mno|ei|fo|ar"),
        _split("|ni|ra|ia|oula|ini|ope"),
        _split("pa|ka|dro|ni|ko|sta|the|lia|mi|ve|ge|tri"),
        _split("{}opoulou|{}aki|{}idou|{}ou|{}akis|{}ellou"),
        "Greek",
    ),
    "pacific": Culture(
        _split("ma|le|ta|ka|pu|lo|hi|no|fa|i|a|mea|wai|se"),
        _split("|lani|ana|ola|ia|nui|tu"),
        _split("fa|le|tu|po|ma|ka|i|lo|u|na|a|ta"),
        _split("{}|Fale{}|{}o|{}ua|{}ola|{}lelei"),
        "Samoan",
    ),
    "east_asian": Culture(
        _split("ha|yu|mi|ri|so|na|ka|sa|ae|eun|ji|yeon|shi|ho"),
        _split("|na|ri|ka|mi|a|eun"),
        ("Kwon", "Moriyama", "Tachibana", "Seong", "Jeon", "Nakahara", "Hwang", "Hirose"),
        ("{}",),
        "Korean",
        family_first=True,
    ),
}


def _cap(word: str) -> str:
    return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))


@dataclass
class Names:
    """Given names and family names of one culture, made on demand (seeded)."""

    culture: Culture
    rng: random.Random
    outside: bool  # keep only given names no bundled table holds

    def given(self) -> str:
        c = self.culture
        for _ in range(50):
            stem = "".join(self.rng.choice(c.given) for _ in range(self.rng.choice((1, 2, 2))))
            word = _cap(stem + self.rng.choice(c.given_end))
            if len(word) < 4 or len(word) > 11 or re.search(r"(.)\1\1", word):
                continue
            if not self.outside or not _in_tables(word):
                return word
        return word

    def family(self) -> str:
        c = self.culture
        if c.family_first:
            return self.rng.choice(c.family)
        pattern = self.rng.choice(c.family_pattern)
        stems = ["".join(self.rng.choice(c.family) for _ in range(2)) for _ in range(2)]
        written = pattern.format(*stems) if pattern.count("{}") == 2 else pattern.format(stems[0])
        return " ".join(_cap(w) if w not in ("de", "la", "los") else w for w in written.split())


def _in_tables(word: str) -> bool:
    key = fold(word)
    return key in first_names() or key in world_first_names()


COMMON_GIVEN = _split(
    "Maren|Odessa|Liora|Tamsin|Isolde|Callista|Noemi|Verena|Delphine|Rosalind|Clara|Elena|"
    "Sofia|Julia|Hannah|Lena|Nora|Maya|Iris|Vera"
)
WEST_FAMILY = _split(
    "Vantreigh|Ashcombe|Drummarck|Fenwyck|Kestrelle|Pembrooke|Ravensholt|Tillinghast|Vossberg|"
    "Quillane|Marbury|Wexcombe|Haldane|Orrisley"
)

# ---------------------------------------------------------------------------------------------
# families: (the name as written in its Title form, the words of its likeness context)

TRADES = _split("actress|singer|model|TV presenter|news anchor|athlete|tennis player|rapper|"
                "dancer|comedian|politician|journalist|chef|figure skater")  # fmt: skip
CREATOR = _split(
    "influencer|YouTuber|TikToker|Instagram model|streamer|cosplayer|fitness influencer"
)
RELATION = _split("my wife|my girlfriend|my sister|a friend|my coworker|my neighbour|my fiancée")


@dataclass
class Person:
    words: list[str]  # the name's words as a person writes them (a handle: one word)
    tags: tuple[str, ...]
    context: str  # a description sentence of likeness context without the name
    given: str = ""  # a given name that no table holds (world family)
    lead: str = "photo of"  # how a prompt names the slot


Family = Callable[[random.Random], Person]


def _culture(rng: random.Random, east: bool = False) -> Culture:
    if east:
        return CULTURES["east_asian"]
    return CULTURES[rng.choice([c for c in CULTURES if c != "east_asian"])]


def f_public(rng: random.Random) -> Person:
    given, family = rng.choice(COMMON_GIVEN), rng.choice(WEST_FAMILY)
    trade, country = rng.choice(TRADES), _culture(rng).demonym
    context = rng.choice((
        f"The {country} {trade}, trained on 60 photos.",
        f"{country} {trade}. Photos from red carpets and interviews.",
        "Real photos of her, irl.",
        f"Trained on press photos of the {trade}.",
    ))  # fmt: skip
    tags = rng.sample(("celebrity", trade.lower(), "photorealistic", "real person", "woman"), 3)
    return Person([given, family], tuple(tags), context)


def f_creator(rng: random.Random) -> Person:
    names = Names(_culture(rng), rng, outside=False)
    given = names.given()
    handle = rng.choice((f"{given.lower()}_{names.family().split()[-1].lower()}",
                         f"{given.lower()}.official", f"x{given.lower()}x",
                         f"its{given.lower()}", f"{given}TV", f"{given.lower()}cos"))  # fmt: skip
    trade = rng.choice(CREATOR)
    context = rng.choice((
        f"The {trade} from her Instagram photos.",
        f"{trade}, trained on her selfies and stories.",
        f"Her real face, from her {trade} content.",
    ))  # fmt: skip
    tags = rng.sample(("influencer", "instagram", trade.lower(), "real person", "woman"), 3)
    return Person([handle], tuple(tags), context)


def f_private(rng: random.Random) -> Person:
    names = Names(_culture(rng), rng, outside=False)
    words = [rng.choice(COMMON_GIVEN)] + ([names.family()] if rng.random() < 0.6 else [])
    relation = rng.choice(RELATION)
    context = rng.choice((
        f"Made for a request: {relation}, from 25 phone photos.",
        f"Trained on photos of {relation}. She said yes :)",
        f"Commission: a LoRA of {relation}, selfies only.",
    ))  # fmt: skip
    tags = rng.sample(("person", "realistic", "photo", "woman", "face"), 3)
    return Person(words, tuple(tags), context)


def f_mononym(rng: random.Random) -> Person:
    names = Names(_culture(rng), rng, outside=True)
    stage = names.given()
    trade = rng.choice(("singer", "rapper", "DJ", "pop star", "drag queen", "model", "dancer"))
    context = rng.choice((
        f"The {trade}, known by one name. Trained on concert photos.",
        f"{trade}, real person, photos from her shows.",
        f"Stage name of the {names.culture.demonym} {trade}; photo LoRA.",
    ))  # fmt: skip
    tags = rng.sample(("celebrity", trade.lower(), "photorealistic", "real person", "music"), 3)
    return Person([stage], tuple(tags), context, given=stage)


def f_initials(rng: random.Random) -> Person:
    given, family = rng.choice(COMMON_GIVEN), rng.choice(WEST_FAMILY)
    initials = rng.choice(
        (f"{given[0]}.{family[0]}.", f"{given[0]}{family[0]}", f"{given} {family[0]}.")
    )
    context = rng.choice((
        "Likeness LoRA of a real woman, trained on 40 photos.",
        "Her face, photorealistic; looks just like her.",
        "Real person, resemblance is strong at 0.8.",
    ))  # fmt: skip
    tags = rng.sample(("likeness", "real person", "photorealistic", "face", "woman"), 3)
    return Person([initials], tuple(tags), context)


def f_east_asian(rng: random.Random) -> Person:
    names = Names(_culture(rng, east=True), rng, outside=False)
    given = names.given()
    if rng.random() < 0.5:  # a hyphenated Korean given name
        given = f"{given}-{names.given().lower()}"
    trade = rng.choice(("actress", "idol", "singer", "model", "K-drama actress", "gravure model"))
    context = rng.choice((
        f"The Korean {trade}, trained on 80 photos.",
        f"{trade} from Seoul. Photos from fan meetings.",
        f"Japanese {trade}, real photos.",
    ))  # fmt: skip
    tags = rng.sample(("celebrity", "kpop", trade.lower(), "photorealistic", "asian"), 3)
    return Person([names.family(), given], tuple(tags), context)


def f_world(rng: random.Random) -> Person:
    names = Names(_culture(rng), rng, outside=True)
    given = names.given()
    trade = rng.choice(TRADES)
    context = rng.choice((
        f"The {names.culture.demonym} {trade}, trained on 60 photos.",
        f"{names.culture.demonym} {trade}. Real photos, irl.",
        f"Photo LoRA of the {trade}.",
        "Real person, trained on her photos.",
    ))  # fmt: skip
    tags = rng.sample(("celebrity", trade.lower(), "photorealistic", "real person", "woman"), 3)
    return Person([given, *names.family().split()], tuple(tags), context, given=given)


FAMILIES: dict[str, Family] = {
    "public": f_public,
    "creator": f_creator,
    "private": f_private,
    "mononym": f_mononym,
    "initials": f_initials,
    "east_asian": f_east_asian,
    "world": f_world,
}

# twins: the same slot naming a thing, with that kind's context


def t_twin(rng: random.Random, family: str) -> Person:
    kind = rng.choice(("style", "anime", "object", "place", "pet"))
    if kind == "anime":  # a person-shaped name of the family's own shape
        person = FAMILIES[family](rng)
        series = rng.choice(("Ashen Crown", "Starfall Academy", "Moonlit Requiem", "Neon Drift"))
        context = rng.choice((
            f"Anime character from {series} (game). 12 outfits.",
            f"The heroine of the {series} anime, official art.",
        ))  # fmt: skip
        tags = rng.sample(("anime", "character", "game character", "manga", "1girl"), 3)
        return Person(person.words, tuple(tags), context, lead="anime illustration of")
    if kind == "style":
        words = [rng.choice(("Velvet", "Obsidian", "Pastel", "Amber", "Ink")),
                 rng.choice(("Dusk", "Bloom", "Grain", "Wash", "Noir"))]  # fmt: skip
        style = "An art style LoRA: soft brush, muted palette."
        return Person(words, ("style", "art style", "illustration"), style, lead="in the style of")
    if kind == "object":
        words = [rng.choice(("Brass", "Ceramic", "Chrome", "Wicker")),
                 rng.choice(("Lantern", "Teapot", "Helmet", "Armchair"))]  # fmt: skip
        return Person(words, ("object", "product", "concept"), "Object LoRA, no people.",
                      lead="product shot of a")  # fmt: skip
    if kind == "place":
        stem = Names(_culture(rng), rng, outside=True).family().split()[-1]
        words = [stem, rng.choice(("Harbor", "Market", "Bridge", "Station"))]
        scenery = "Scenery of the place at night, rain and neon."
        return Person(words, ("scenery", "background", "architecture"), scenery, lead="scenery of")
    pet = Names(_culture(rng), rng, outside=True).given()
    return Person([pet], ("cat", "animal", "pet"), f"My cat {pet}, trained on 30 photos of her.",
                  lead="photo of the cat")  # fmt: skip


# ---------------------------------------------------------------------------------------------
# cases and layouts


def written(words: list[str], case: str) -> str:
    parts = [p for w in words for p in re.split(r"[\s\-]+", w) if p]
    if case == "Title":
        return " ".join(words)
    if case == "lower_snake":
        return "_".join(p.lower() for p in parts)
    if case == "kebab":
        return "-".join(p.lower() for p in parts)
    if case == "camel":
        return parts[0].lower() + "".join(_cap(p.lower()) for p in parts[1:])
    if case == "CAPS":
        return " ".join(words).upper()
    return "".join(p.lower() for p in parts)  # run together


SETTINGS = (
    "<p>Settings: DPM++ 2M Karras, 28 steps, CFG 5, hires fix 1.5x, denoise 0.4, ADetailer on, "
    + "weight 0.6-0.8, clip skip 1. " * 6
    + "</p>"
)


WEAK_DESC = (
    "early access ended, now free. realistic, sdxl",
    "Steps: 28, CFG 5, weight 0.8. Feedback welcome!",
    "works on most realistic checkpoints",
    "v2 retrained, less overfit.",
)


def weakened(person: Person, rng: random.Random) -> Person:
    """The page with little context: a "realistic" tag (a twin keeps one tag of its kind) and
    a description of settings only."""
    tags = ("realistic",) if person.lead == "photo of" else (person.tags[0],)
    return Person(person.words, tags, rng.choice(WEAK_DESC), person.given, person.lead)


def page(person: Person, layout: str, case: str, rng: random.Random, n: int) -> ModelRecord:
    name = written(person.words, case)
    slug = re.sub(r"[^\w.\-]+", "_", name).strip("_")
    desc = f"<p>{person.context}</p>"
    tags = (*person.tags, "lora")
    generic = rng.choice(("Portrait LoRA #7", "LoRA #31", "Photo LoRA", "Person 12"))
    if layout == "title":
        title = rng.choice((name, f"{name} - LoRA", f"{name} | SDXL", f"{name} (realistic)"))
        return civitai_page(title, description=desc, tags=tags, model_id=9000 + n)
    if layout == "tags":
        return civitai_page(generic, description=desc, tags=(*tags, name), model_id=9000 + n)
    if layout == "trigger":
        return civitai_page(
            generic, description=desc, tags=tags, trained=(slug,), model_id=9000 + n
        )
    if layout == "file":
        file = f"{slug}{rng.choice(('', '_v1', '-000010', '_lora'))}.safetensors"
        return civitai_page(generic, description=desc, tags=tags, file=file, model_id=9000 + n)
    if layout == "version":
        return civitai_page(generic, description=desc, tags=tags, version=name, model_id=9000 + n)
    if layout == "desc_tail":
        tail = rng.choice((f"PS: this is {name}.", f"Subject: {name}", f"(yes, it's {name})"))
        return civitai_page(generic, description=f"{desc}{SETTINGS}<p>{tail}</p>", tags=tags,
                            model_id=9000 + n)  # fmt: skip
    widget = (f"{person.lead} {name}, {person.context.lower()[:60]}",)
    hf_slug = re.sub(r"[^\w.\-]+", "-", name).strip("-")
    if rng.random() < 0.5:
        return hf_page(f"{hf_slug}-lora", f"{person.lead} {name}", widget)
    return hf_page(f"sdxl-lora-{n % 97}", None, widget)


# ---------------------------------------------------------------------------------------------


def _letters(text: str | None) -> str:
    return re.sub(r"[^a-z]", "", fold(text or ""))


@dataclass
class Item:
    family: str
    layout: str
    case: str
    twin: bool
    person: Person
    record: ModelRecord
    weak: bool = False


def generate(families: Sequence[str], per: int, seed: int) -> list[Item]:
    items: list[Item] = []
    for family in families:
        rng = random.Random(f"{seed}:{family}")
        for i in range(per):
            layout, case = LAYOUTS[i % len(LAYOUTS)], CASES[(i // len(LAYOUTS)) % len(CASES)]
            weak = i % 3 == 2  # a third of the pages say little besides the name
            for twin in (False, True):
                person = t_twin(rng, family) if twin else FAMILIES[family](rng)
                if weak:
                    person = weakened(person, rng)
                record = page(person, layout, case, rng, len(items))
                items.append(Item(family, layout, case, twin, person, record, weak))
    return items


def run(detector: Detector, items: list[Item], label: str, show: dict[str, int]) -> None:
    flags: dict[tuple[str, str], list[bool]] = defaultdict(list)
    targets: dict[str, list[bool]] = defaultdict(list)
    shown: dict[str, int] = defaultdict(int)
    for item in items:
        finding = detector.detect(item.record)
        side = "twin" if item.twin else "pos"
        context = f"context:{'weak' if item.weak else 'strong'}"
        for key in (item.family, f"layout:{item.layout}", f"case:{item.case}", context, "all"):
            flags[(side, key)].append(finding.likeness)
        if not item.twin:
            name = _letters(" ".join(item.person.words))
            got = _letters(finding.target_name)
            targets[item.family].append(finding.likeness and bool(got) and name in got)
        if finding.likeness == item.twin:
            kind = f"{item.family}{'~' if item.twin else ''}"
            if shown[kind] < show.get(kind, show.get("*", 0)):
                shown[kind] += 1
                r = item.record
                print(f"   [{kind}/{item.layout}/{item.case}] {r.name!r} tags={list(r.tags)} "
                      f"trained={list(r.trained_words)} files={list(r.file_names)} "
                      f"versions={list(r.version_names)} desc={r.description[-70:]!r} "
                      f"-> {finding.likeness_score:.2f} "
                      f"target={finding.target_name!r}")  # fmt: skip
    print(f"== {label}: {len(items)} items")
    print(f"  {'group':22}{'recall':>26}{'target':>8}   {'twin false flag':>26}")
    keys = [k for s, k in flags if s == "pos"]
    order = ("layout", "case", "context", "all")
    keys.sort(key=lambda k: order.index(k.split(":")[0]) + 1 if ":" in k or k == "all" else 0)
    for key in keys:
        pos, neg = flags[("pos", key)], flags[("twin", key)]
        target = targets.get(key)
        cell = f"{sum(target) / len(target):8.3f}" if target else " " * 8
        mark = "  <-- twin above 2 %" if neg and sum(neg) / len(neg) > 0.02 else ""
        print(f"  {key:22}{Rate(sum(pos), len(pos)).cell():>26}{cell}   "
              f"{Rate(sum(neg), len(neg)).cell():>26}{mark}")  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("-n", "--per-family", type=int, default=168, help="pages per family")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--families", nargs="*", default=list(FAMILIES), choices=list(FAMILIES))
    parser.add_argument("--no-poi", action="store_true", help="skip the run with the POI list")
    parser.add_argument(
        "--show", nargs=2, action="append", metavar=("FAMILY", "N"), default=[],
        help="print up to N wrong pages of FAMILY ('FAMILY~' its twins, '*' every one)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    items = generate(args.families, args.per_family, args.seed)
    show = {kind: int(count) for kind, count in args.show}
    run(Detector(), items, "without a list", show)
    if args.no_poi:
        return 0
    with_list = poi_detector()
    if with_list is not None:
        run(with_list, items, "with the POI list", {})
    return 0


if __name__ == "__main__":
    sys.exit(main())
