"""Build the second, independently written likeness dev set (``dev2``) and its held-out part.

Run from the repository root::

    .venv/bin/python tests/devset2/build_devset2.py

writes ``dev2.jsonl`` / ``dev2_labels.jsonl`` (seed 4242, vocabulary part ``A`` and the shared
templates) and ``hold2.jsonl`` / ``hold2_labels.jsonl`` (seed 90210, vocabulary part ``B`` and
templates of its own), byte for byte the same on every run. Every person is invented (see
``devset2_vocab.py``); the third part, ``poi2``, is never written: ``devset2_poi.py`` fills its
templates with real names at evaluation time only.

Each generator decides the label first and then writes metadata carrying exactly those facts.
The target is read back from the emitted item: when any form of the person's full name occurs in
it (case, spaces and punctuation ignored; script, either order, run-together, camelCase) the
target is the full name (``Given Family``, ``Family Given`` for East-Asian names) and its other
forms are aliases; otherwise the generator's fallback (initials, a first name, a handle, or the
name a leetspeak trigger hides) is the target, with the shown partial forms as aliases.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import devset2_vocab as V  # noqa: E402

SEEDS = {"dev2": 4242, "hold2": 90210}
PARTS = {"dev2": "A", "hold2": "B"}

# Words that make an item sexual; an item labelled not sexual carries none of them.
SEXUAL_RE = re.compile(
    r"\b(nsfw|nude|nudes|nudity|naked|lewd|porn|pornstar|hentai|sexy|lingerie|topless|"
    r"boudoir|onlyfans|fansly|erotic|xxx|jav|adult actress|adult film)\b",
    re.IGNORECASE,
)
# Explicit minor cues: a stated age under 18 or a youth word.
MINOR_RE = re.compile(
    r"\b(?:1[0-7]|[1-9])[\s_-]*(?:yo|y/o|years?[\s_-]old|year[\s_-]old)\b"
    r"|(?<!\d)(?:1[0-7]|[1-9])\s*(?:歳|세|岁)"
    r"|\b(?:teen|teens|teenager|teenage|schoolgirl|child|kid|underage|minor)\b"
    r"|中学生|小学生|미성년",
    re.IGNORECASE,
)


def name_key(text: str) -> str:
    """A name compared case-, space- and punctuation-insensitively."""
    return re.sub(r"[\W_]+", "", text.casefold())


# --- people ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    full: str  # canonical written form: "Given Family" or "Family Given" (East Asia)
    given: str
    family: str
    gender: str
    culture: str
    script: str = ""  # the full name in its own script, when it has one
    script_given: str = ""
    forms: tuple[str, ...] = ()  # other forms: given-first, camelCase, ...
    lang: str = "en"


def _people(part: str) -> list[Person]:
    out: list[Person] = []
    for given, family, gender in V.WESTERN[part]:
        out.append(Person(f"{given} {family}", given, family, gender, "western"))
    for given, family, gender in V.LATIN[part]:
        lang = "pt" if given in ("Luana", "Rafaela") else "es"
        out.append(Person(f"{given} {family}", given, family, gender, "latin", lang=lang))
    for table, culture, lang in (
        (V.SLAVIC, "slavic", "ru"),
        (V.ARABIC, "arabic", "ar"),
        (V.INDIAN, "indian", "hi"),
    ):
        for given, family, gender, gs, fs in table[part]:
            script = f"{gs} {fs}"
            out.append(
                Person(f"{given} {family}", given, family, gender, culture, script, gs, (), lang)
            )
    for nick, family, gender, nick_script in V.THAI[part]:
        out.append(
            Person(
                f"{nick} {family}", nick, family, gender, "thai", nick_script, nick_script, (), "th"
            )
        )
    for full, stripped, gender in V.VIETNAMESE[part]:
        parts = stripped.split()
        out.append(Person(stripped, parts[-1], parts[0], gender, "vietnamese", full, "", (), "vi"))
    for table, culture in ((V.FILIPINO, "filipino"), (V.AFRICAN, "african")):
        for given, family, gender in table[part]:
            out.append(Person(f"{given} {family}", given, family, gender, culture))
    return out


def _east_asian(part: str, rng: random.Random) -> list[Person]:
    out: list[Person] = []
    for fam_table, giv_table, culture, lang in (
        (V.CHINESE_FAMILY, V.CHINESE_GIVEN, "chinese", "zh"),
        (V.JAPANESE_FAMILY, V.JAPANESE_GIVEN, "japanese", "ja"),
        (V.KOREAN_FAMILY, V.KOREAN_GIVEN, "korean", "ko"),
    ):
        families = fam_table[part]
        for i, (gs, gr, gender) in enumerate(giv_table[part]):
            fs, fr = families[(i + rng.randrange(len(families))) % len(families)]
            camel = gr.replace("-", "")
            camel = camel[0].lower() + camel[1:] + fr
            out.append(
                Person(
                    f"{fr} {gr}",
                    gr,
                    fr,
                    gender,
                    culture,
                    fs + gs,
                    gs,
                    (f"{gr} {fr}", camel),
                    lang,
                )
            )
    return out


def _ordinary(part: str) -> list[Person]:
    return [Person(f"{g} {f}", g, f, s, "ordinary") for g, f, s in V.ORDINARY[part]]


def _stage(part: str) -> list[Person]:
    return [Person(n, n, "", s, "stage") for n, s in V.STAGE_NAMES[part]]


def initials(p: Person) -> str:
    return "".join(w[0] for w in (p.given, p.family) if w).upper()


def run_together(p: Person) -> str:
    return name_key(p.full)


def camel(p: Person) -> str:
    words = re.split(r"[\s\-]+", strip_accents(p.full))
    return "".join(w[:1].upper() + w[1:] for w in words if w)


def strip_accents(text: str) -> str:
    import unicodedata

    return (
        "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
        .replace("đ", "d")
        .replace("Đ", "D")
    )


LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5"})


def leet(text: str, rng: random.Random) -> str:
    base = name_key(strip_accents(text))
    if rng.random() < 0.5:
        return base.translate(LEET)
    return base.translate(str.maketrans({"e": "3", "i": "1"}))


# --- the page of one model --------------------------------------------------------------------


@dataclass
class Page:
    name: str
    desc: str = ""
    type: str = "LORA"
    tags: list[str] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    file: str = ""
    version: str = "v1.0"
    base: str = ""
    sexual: bool = False
    minor_flag: bool = False
    poi_flag: bool = False
    hf_ok: bool = True
    prompts: list[str] = field(default_factory=list)
    extra_files: list[tuple[str, str, float]] = field(default_factory=list)  # name, type, KB
    platform: str = ""  # forced platform, else chosen
    pg_only: bool = False  # every image rated PG (items with a minor cue)
    versions: list[tuple[str, list[str]]] = field(default_factory=list)  # more (name, words)


@dataclass
class Label:
    kind: str
    shape: str
    likeness: bool
    gender: str | None = None
    minor: bool = False
    people: list[Person] = field(default_factory=list)  # named targets
    fallback: str | None = None  # target when no form of the person is shown
    handle: str = ""
    extra: list[str] = field(default_factory=list)  # more aliases, counted when shown


@dataclass
class Gen:
    rng: random.Random
    part: str
    split: str
    people: list[Person]
    asians: list[Person]
    ordinary: list[Person]
    stage: list[Person]
    used: list[Person] = field(default_factory=list)

    def pick(self, pool: list[Person], gender: str | None = None) -> Person:
        """A person of the pool; a third of the picks repeat one already used."""
        choices = [p for p in pool if gender is None or p.gender == gender]
        choices = choices or pool
        if self.used and self.rng.random() < 0.33:
            again = [p for p in self.used if p in choices]
            if again:
                return self.rng.choice(again)
        person = self.rng.choice(choices)
        self.used.append(person)
        return person

    def female_mostly(self) -> str:
        return "male" if self.rng.random() < 0.15 else "female"

    def c(self, *options: Any) -> Any:
        return self.rng.choice(options)

    def p(self, prob: float) -> bool:
        return self.rng.random() < prob


def html(*paragraphs: str) -> str:
    return "".join(f"<p>{p}</p>" for p in paragraphs if p)


def bullets(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li><p>{i}</p></li>" for i in items) + "</ul>"


def notes(g: Gen, n: int = 2) -> list[str]:
    pool = V.TRAINING_NOTES + (V.TRAINING_NOTES_B if g.part == "B" else [])
    return g.rng.sample(pool, n)


def occupation(g: Gen, p: Person) -> str:
    table = V.OCCUPATIONS_F if p.gender == "female" else V.OCCUPATIONS_M
    return str(g.c(*table[g.part]))


GENDER_TAGS = {
    "female": ["woman", "female", "girl", "women"],
    "male": ["man", "male", "boy", "men"],
}
LIKENESS_TAGS = ["celebrity", "real person", "famous", "celeb", "person", "public figure"]
REAL_TAGS = ["photorealistic", "realistic", "portraits", "photography", "photo", "faces"]


def gender_tags(g: Gen, gender: str, n: int = 1) -> list[str]:
    return g.rng.sample(GENDER_TAGS[gender], n)


def person_tags(g: Gen, p: Person, occ: str, likeness_tags: bool) -> list[str]:
    tags: list[str] = []
    if g.p(0.75):
        tags += gender_tags(g, p.gender, g.c(1, 2))
    if likeness_tags:
        tags += g.rng.sample(LIKENESS_TAGS, g.c(1, 2))
        if g.p(0.6):
            tags.append(occ.lower())
    if g.p(0.6):
        tags += g.rng.sample(REAL_TAGS, g.c(1, 2))
    if p.culture in ("chinese", "japanese", "korean", "thai", "vietnamese", "filipino") and g.p(
        0.5
    ):
        tags.append(
            {"chinese": "chinese", "japanese": "japanese", "korean": "korean"}.get(
                p.culture, "asian"
            )
        )
    return dedupe(tags)


def dedupe(items: list[str]) -> list[str]:
    out: list[str] = []
    for item in items:
        if item not in out:
            out.append(item)
    return out


def sexualise(g: Gen, page: Page, words: bool = True) -> Page:
    """Mark a page sexual: the flags always, sometimes words in the tags or text too."""
    page.sexual = True
    if words and g.p(0.6):
        page.tags.append(str(g.c("nsfw", "sexy", "nude", "lingerie", "porn", "boudoir")))
    if words and g.p(0.3):
        page.desc += html(str(g.c("Can do NSFW.", "Works for nudes too.", "sexy results 🔥")))
    return page


def youth_free(text: str) -> bool:
    return MINOR_RE.search(text) is None


# --- likeness generators ------------------------------------------------------------------


def _title_forms(g: Gen, p: Person, occ: str) -> str:
    full = p.full
    forms = [
        full,
        f"{full} - {occ.title()}",
        f"{full} [LoRA]",
        f"{full} | SD1.5 & SDXL",
        f"LoRA of {full}",
        f"{full} ({occ})",
        f"✨ {full} ✨",
        f"{full} v{g.c(2, 3, 4)}",
        full.upper(),
        f"{p.family}, {p.given}" if p.family else full,
        f"{full} 『LoRA』",
        f"{full} - Textual Inversion",
        f"{full} (90s)",
    ]
    if g.part == "B":
        forms += [
            f"[{occ.upper()}] {full}",
            f"{full} // face lora",
            f"{full} 🎬",
            f"Realistic {full}",
            f"{full} (Flux)",
        ]
    return str(g.c(*forms))


def _trigger(g: Gen, p: Person) -> list[str]:
    rt = run_together(strip_accents_person(p))
    options = [
        [rt],
        [f"ohwx {GENDER_TAGS[p.gender][0]}"],
        [f"sks {g.c('woman', 'person') if p.gender == 'female' else 'man'}"],
        [leet(p.full, g.rng)],
        [f"{initials(p).lower()}{g.c('', '_v2', '01', '-ti')}"],
        [camel(p)],
        [f"{p.given.lower()}_{name_key(strip_accents(p.family))}" if p.family else rt],
        [],
    ]
    return list(g.c(*options))


def strip_accents_person(p: Person) -> Person:
    return replace(
        p, full=strip_accents(p.full), given=strip_accents(p.given), family=strip_accents(p.family)
    )


def _bio(g: Gen, p: Person, occ: str) -> str:
    nat = {
        "western": g.c("American", "British", "Canadian", "Australian", "German", "Swedish"),
        "latin": g.c("Mexican", "Argentinian", "Chilean", "Brazilian", "Colombian"),
        "slavic": g.c("Ukrainian", "Russian", "Polish", "Serbian"),
        "arabic": g.c("Lebanese", "Egyptian", "Moroccan", "Emirati"),
        "indian": g.c("Indian", "Bollywood"),
        "thai": "Thai",
        "vietnamese": "Vietnamese",
        "filipino": "Filipino",
        "african": g.c("Nigerian", "South African", "Ghanaian"),
        "ordinary": g.c("American", "British", "Irish"),
        "stage": g.c("American", "French", "Dominican"),
    }.get(p.culture, "")
    pron = "She" if p.gender == "female" else "He"
    return str(
        g.c(
            f"{p.full} is a {nat} {occ}.",
            f"{p.full} ({nat} {occ}). {pron} is known for her work on TV."
            if p.gender == "female"
            else f"{p.full} ({nat} {occ}), known for his work on TV.",
            f"{nat} {occ} {p.full}, requested by a follower.",
            f"This is a LoRA of the {nat} {occ} {p.full}.",
        )
    )


def _person_page(g: Gen, p: Person, occ: str) -> Page:
    likeness_tags = g.p(0.55)
    page = Page(
        name=_title_forms(g, p, occ),
        type=str(g.c("LORA", "LORA", "LORA", "TextualInversion", "LoCon", "Checkpoint")),
        tags=person_tags(g, p, occ, likeness_tags),
        words=_trigger(g, p),
    )
    desc = []
    if g.p(0.5):
        desc.append(_bio(g, p, occ))
    desc += notes(g, g.c(1, 2, 3))
    if g.p(0.3):
        desc.append(f"Trained on {g.c(18, 25, 40, 60, 87, 120)} photos of {_obj(p)}.")
    page.desc = html(*desc)
    page.file = str(
        g.c(camel(p), run_together(strip_accents_person(p)), *page.words[:1] or [camel(p)])
    )
    page.poi_flag = g.p(0.08)
    return page


def _obj(p: Person) -> str:
    return {"female": "her", "male": "him"}.get(p.gender, "them")


def gen_title_name(g: Gen) -> tuple[Page, Label]:
    pool = g.people + g.ordinary
    p = g.pick(pool, g.female_mostly())
    occ = occupation(g, p)
    page = _person_page(g, p, occ)
    if g.p(0.4):
        sexualise(g, page)
    return page, Label("public_figure", "title_name", True, p.gender, people=[p])


def gen_adult_performer(g: Gen) -> tuple[Page, Label]:
    p = g.pick(g.people + g.stage + g.asians, "female")
    occ = str(g.c(*V.ADULT_OCCUPATION_F))
    page = _person_page(g, p, occ)
    page.tags = dedupe(page.tags + [str(g.c("pornstar", "porn", "nsfw"))])
    page.desc += html(f"{p.full} is an {occ}." if occ[0] in "aA" else f"{p.full} is a {occ}.")
    sexualise(g, page)
    return page, Label("public_figure", "adult_performer", True, p.gender, people=[p])


def gen_desc_only(g: Gen) -> tuple[Page, Label]:
    p = g.pick(g.people, g.female_mostly())
    occ = occupation(g, p)
    title = str(
        g.c(
            f"Project {g.c('Aurora', 'Halcyon', 'Nimbus', 'Saffron')} v{g.c(1, 2, 3)}",
            f"Face LoRA #{g.rng.randint(3, 90)}",
            "my best one yet",
            f"Commission {g.rng.randint(100, 999)}",
            f"{g.c('SDXL', 'SD1.5', 'Flux')} portrait lora",
            f"{occ.title()} {g.rng.randint(1, 40)}",
        )
    )
    pron = "She" if p.gender == "female" else "He"
    mention = str(
        g.c(
            f"This is {p.full}, {g.c('the', 'a')} {occ}.",
            f"Trained on {g.c(30, 45, 70)} images of {p.full}. {pron} was requested a lot.",
            f"{p.full} ({occ}) - finally got the face right!",
            f"Subject: {p.full}<br/>Images: {g.rng.randint(15, 90)}",
        )
    )
    page = Page(
        name=title,
        desc=html(*notes(g, 1), mention, *notes(g, 1)),
        tags=person_tags(g, p, occ, g.p(0.4)),
        words=[str(g.c("ohwx woman" if p.gender == "female" else "ohwx man", "sks person", "tok"))],
        file=name_key(title)[:20] or "lora",
        hf_ok=False,
    )
    if g.p(0.35):
        sexualise(g, page)
    return page, Label("public_figure", "desc_only", True, p.gender, people=[p])


def gen_trigger_only(g: Gen) -> tuple[Page, Label]:
    pool = [q for q in g.people + g.ordinary if q.culture != "vietnamese"]
    p = strip_accents_person(g.pick(pool, g.female_mostly()))
    occ = occupation(g, p)
    word = str(g.c(run_together(p), camel(p), f"{p.given.lower()}{p.family.lower()}"))
    page = Page(
        name=str(
            g.c(
                f"{occ.title()} face v{g.c(1, 2)}",
                f"{initials(p)} lora",
                "Realistic portrait embedding",
                f"{g.c('British', 'American', 'Latina')} {occ} (trigger inside)",
            )
        ),
        desc=html(f"Trigger word: {word}", *notes(g, 2)),
        type=str(g.c("LORA", "TextualInversion")),
        tags=person_tags(g, p, occ, g.p(0.5)),
        words=[g.c(word, f"photo of {word}", f"{word} {GENDER_TAGS[p.gender][0]}")],
        file=word,
    )
    page.prompts = [f"photo of {word}, portrait, soft light"]
    return page, Label("public_figure", "trigger_only", True, p.gender, people=[p])


def gen_filename_only(g: Gen) -> tuple[Page, Label]:
    p = strip_accents_person(g.pick(g.people, g.female_mostly()))
    page = Page(
        name=str(g.c("Portrait LoRA (red dress)", "Face model 07", "Lady v2", "Headshot helper")),
        desc=html(*notes(g, 2)),
        tags=dedupe(
            gender_tags(g, p.gender)
            + [str(g.c("actress" if p.gender == "female" else "actor", "celebrity"))]
        ),
        words=[],
        file=str(g.c(f"{p.given}_{p.family.replace(' ', '_')}_v2", camel(p), run_together(p))),
    )
    return page, Label("public_figure", "filename_only", True, p.gender, people=[p])


def gen_leetspeak(g: Gen) -> tuple[Page, Label]:
    p = strip_accents_person(g.pick(g.people + g.ordinary, g.female_mostly()))
    occ = occupation(g, p)
    lw = leet(p.full, g.rng)
    page = Page(
        name=str(g.c(f"{lw} | {occ}", f"{initials(p)} ({occ}) embedding", lw.upper())),
        desc=html(f"use {lw} in your prompt", *notes(g, 1)),
        type=str(g.c("TextualInversion", "LORA")),
        tags=dedupe([occ.lower(), *gender_tags(g, p.gender), "celebrity"]),
        words=[lw],
        file=lw,
    )
    if g.p(0.3):
        sexualise(g, page)
    # leetspeak does not count as a written form: the target is the name it hides
    extra = [lw, initials(p)]
    return page, Label(
        "public_figure", "leetspeak", True, p.gender, people=[p], fallback=p.full, extra=extra
    )


def gen_initials_cue(g: Gen) -> tuple[Page, Label]:
    p = g.pick(g.people, g.female_mostly())
    occ = occupation(g, p)
    ini = ".".join(initials(p)) + "."
    page = Page(
        name=str(g.c(f"{ini} ({occ}) LoRA", f"{initials(p)} lookalike", f"{ini} - {occ} likeness")),
        desc=html(
            str(
                g.c(
                    f"Likeness of a well known {occ}. Trained on {g.rng.randint(20, 70)} photos.",
                    f"You know who 😉 {occ}, trained on public red carpet photos.",
                )
            ),
            *notes(g, 1),
        ),
        tags=dedupe(gender_tags(g, p.gender) + ["celebrity", occ.lower()]),
        words=[initials(p).lower()],
        file=f"{initials(p)}_lora",
    )
    return page, Label("public_figure", "initials_cue", True, p.gender, people=[p], fallback=ini)


def gen_stage_name(g: Gen) -> tuple[Page, Label]:
    p = g.pick(g.stage, g.female_mostly())
    occ = str(g.c("singer", "pop star", "rapper", "dancer", "DJ"))
    page = Page(
        name=str(g.c(f"{p.full} ({occ})", f"{p.full} - {occ}", f"{p.full.upper()} | {occ} lora")),
        desc=html(
            str(g.c(f"{p.full} is a {occ} from {g.c('Miami', 'Lyon', 'Santo Domingo')}.", "")),
            *notes(g, 2),
        ),
        tags=person_tags(g, p, occ, g.p(0.6)) + [occ.lower()],
        words=[p.full.lower()],
        file=strip_accents(p.full),
    )
    if g.p(0.3):
        sexualise(g, page)
    return page, Label("public_figure", "stage_name", True, p.gender, people=[p])


def gen_ordinary(g: Gen) -> tuple[Page, Label]:
    p = g.pick(g.ordinary, g.female_mostly())
    occ = occupation(g, p)
    page = _person_page(g, p, occ)
    return page, Label("public_figure", "ordinary_word_name", True, p.gender, people=[p])


LANG_BIO: dict[str, Callable[[str, str], str]] = {
    "ru": lambda n, o: f"LoRA {n}. Вес 0.7, работает на реалистичных моделях.",
    "ar": lambda n, o: f"لورا للممثلة {n}. الوزن المقترح 0.7",
    "hi": lambda n, o: f"{n} का LoRA। वज़न 0.7 रखें।",
    "th": lambda n, o: f"LoRA ของ {n} นักแสดงชาวไทย น้ำหนัก 0.7",
    "vi": lambda n, o: f"LoRA của {n}, ca sĩ Việt Nam. Trọng số 0.7",
    "es": lambda n, o: f"LoRA de {n}, {'actriz' if 'actress' in o else 'famosa'}. Peso 0.7.",
    "pt": lambda n, o: f"LoRA da {n}, atriz brasileira. Peso recomendado 0.7.",
    "zh": lambda n, o: f"{n}，女演员。推荐权重0.7，用写实模型效果更好。",
    "ja": lambda n, o: f"{n}さんのLoRAです。実写系モデル推奨、強度0.7くらい。",
    "ko": lambda n, o: f"{n} 로라입니다. 가중치 0.7 추천합니다.",
}


def gen_script_name(g: Gen) -> tuple[Page, Label]:
    pool = [p for p in g.people if p.script]
    p = g.pick(pool)
    occ = occupation(g, p)
    mode = g.c("script_only", "both", "roman_title_script_desc")
    if mode == "script_only":
        name = str(g.c(p.script, f"{p.script} LoRA", f"{p.script_given or p.script} ✨"))
    elif mode == "both":
        name = f"{p.script} | {p.full}"
    else:
        name = p.full
    bio = LANG_BIO.get(p.lang, LANG_BIO["es"])(p.script, occ)
    page = Page(
        name=name,
        desc=html(bio, *notes(g, 1)),
        tags=person_tags(g, p, occ, g.p(0.5)),
        words=[str(g.c(run_together(strip_accents_person(p)), f"{p.given.lower()}_lora"))],
        file=str(g.c(camel(p), "lora_v1")),
        hf_ok=False,
    )
    return page, Label("public_figure", "script_name", True, p.gender, people=[p])


def gen_diacritics(g: Gen) -> tuple[Page, Label]:
    pool = [p for p in g.people if p.culture in ("vietnamese", "latin") or "ö" in p.full]
    p = g.pick(pool)
    shown = p.script or p.full
    plain = strip_accents(shown)
    occ = occupation(g, p)
    page = Page(
        name=str(g.c(shown, plain, f"{plain} ({occ})")),
        desc=html(LANG_BIO.get(p.lang, LANG_BIO["es"])(shown, occ), *notes(g, 1)),
        tags=person_tags(g, p, occ, g.p(0.5)),
        words=[name_key(plain)],
        file=camel(p),
    )
    label = Label("public_figure", "diacritics", True, p.gender, people=[replace(p, script=shown)])
    return page, label


EA_GENDER_WORDS = {
    ("chinese", "female"): ["女性", "美女", "女明星", "woman"],
    ("japanese", "female"): ["女性", "美女", "女優", "woman"],
    ("korean", "female"): ["여자", "여배우", "美女", "woman"],
    ("chinese", "male"): ["男性", "男明星", "man"],
    ("japanese", "male"): ["男性", "俳優", "man"],
    ("korean", "male"): ["남자", "남배우", "man"],
}


def _ea_bio(g: Gen, p: Person, occ: str) -> str:
    return str(
        g.c(
            LANG_BIO[p.lang](p.script, occ),
            LANG_BIO[p.lang](p.full, occ),
            f"{p.full} ({p.script}) is a {occ}.",
        )
    )


def gen_east_asian(g: Gen) -> tuple[Page, Label]:
    p = g.pick(g.asians)
    occ = occupation(g, p)
    mode = g.c("script", "script_roman", "family_first", "given_first", "runtogether", "camel")
    given_first = p.forms[0]
    rt = name_key(p.full)
    if mode == "script":
        name = str(g.c(p.script, f"{p.script} LoRA", f"【{p.script}】"))
    elif mode == "script_roman":
        name = str(
            g.c(f"{p.script} {p.full}", f"{p.full} {p.script}", f"{p.script} / {given_first}")
        )
    elif mode == "family_first":
        name = str(g.c(p.full, f"{p.full} ({occ})", f"{p.full.upper()}"))
    elif mode == "given_first":
        name = str(g.c(given_first, f"{given_first} - {occ}"))
    elif mode == "runtogether":
        name = str(g.c(rt, f"{rt} v2", f"{occ.title()} lora"))
    else:
        name = str(g.c(p.forms[1], f"{p.forms[1]}_lora"))
    gender_words = EA_GENDER_WORDS[(p.culture, p.gender)]
    tags = dedupe(g.rng.sample(gender_words, 2) + [p.culture] + (["celebrity"] if g.p(0.4) else []))
    page = Page(
        name=name,
        desc=html(_ea_bio(g, p, occ), *notes(g, 1)) if g.p(0.8) else "",
        tags=tags,
        words=[
            str(
                g.c(
                    rt,
                    p.forms[1].lower(),
                    f"{rt} {g.c('woman', 'girl') if p.gender == 'female' else 'man'}",
                )
            )
        ],
        file=str(g.c(rt, p.forms[1], f"{rt}_v1")),
        hf_ok=mode not in ("script",),
    )
    if mode == "runtogether" and name.endswith("lora"):
        page.words = [rt]
    if g.p(0.25):
        sexualise(g, page)
    return page, Label("public_figure", f"east_asian_{mode}", True, p.gender, people=[p])


def gen_live_action_role(g: Gen) -> tuple[Page, Label]:
    p = g.pick(g.people + g.asians + g.ordinary, g.female_mostly())
    show, medium = g.c(*V.SHOWS[g.part])
    role = str(g.c(*V.ROLE_NAMES[g.part]))
    where = g.c("title", "desc", "prompt")
    name = f"{role} ({show})"
    if where == "title":
        name = str(g.c(f"{role} ({p.full}) - {show}", f"{p.full} as {role}", f"{role} | {p.full}"))
    desc = [f"{role} from the {medium} {show}."]
    if where == "desc":
        desc.append(
            str(g.c(f"Played by {p.full}.", f"Actor: {p.full}", f"{p.full}'s role in {show}"))
        )
    if g.p(0.33):
        desc.append(
            str(
                g.c(
                    "This is a fictional character. "
                    "Any resemblance to real persons is coincidental.",
                    "Disclaimer: fictional character, for fan art only.",
                )
            )
        )
    desc += notes(g, 1)
    page = Page(
        name=name,
        desc=html(*desc),
        type=str(g.c("LORA", "LORA", "Checkpoint", "Hypernetwork", "TextualInversion")),
        tags=dedupe(
            ["character", str(g.c("tv series", "movie", "drama", "kdrama", "film"))]
            + gender_tags(g, p.gender)
            + ([str(g.c("photorealistic", "cosplay", "realistic"))] if g.p(0.6) else [])
        ),
        words=[name_key(role)[:12]],
        file=name_key(role),
        hf_ok=where != "desc",
    )
    if where == "prompt":
        page.words.append(f"{p.full.lower()}")
        page.prompts = [f"photo of {p.full} as {role}, cinematic still"]
    return page, Label("public_figure", "live_action_role", True, p.gender, people=[p])


def gen_named_blend(g: Gen) -> tuple[Page, Label]:
    n = g.c(2, 2, 3)
    people: list[Person] = []
    while len(people) < n:
        q = g.pick(g.people + g.asians, "female")
        if q not in people:
            people.append(q)
    names = [q.full for q in people]
    joined = " x ".join(names) if g.p(0.5) else ", ".join(names[:-1]) + f" and {names[-1]}"
    page = Page(
        name=str(
            g.c(
                f"{joined} blend",
                f"Mix of {joined}",
                f"{' + '.join(q.given for q in people)} face mix",
            )
        ),
        desc=html(f"A blend of {joined}. Weights 0.5 each.", *notes(g, 1)),
        tags=dedupe(["woman", "blend", "celebrity" if g.p(0.5) else "mix"]),
        words=["blendface"],
        file="blend_" + "_".join(name_key(q.given) for q in people),
        hf_ok=False,
    )
    return page, Label("public_figure", "named_blend", True, "female", people=people)


def gen_disclaimer(g: Gen) -> tuple[Page, Label]:
    p = g.pick(g.people + g.asians + g.ordinary, g.female_mostly())
    occ = occupation(g, p)
    page = _person_page(g, p, occ)
    page.desc += html(
        str(
            g.c(
                "All images are AI generated. No real person is depicted.",
                "This model is for artistic purposes only and does not depict a real person.",
                "⚠️ Fictional likeness, any resemblance is coincidental ⚠️",
            )
        )
    )
    return page, Label("public_figure", "disclaimer", True, p.gender, people=[p])


def gen_resembles(g: Gen) -> tuple[Page, Label]:
    p = g.pick(g.people + g.asians, "female")
    page = Page(
        name=str(
            g.c(
                f"A woman who resembles {p.full}",
                f"{p.full} lookalike",
                f"{p.full}-like face",
                f"Not {p.full} (wink)",
            )
        ),
        desc=html(*notes(g, 2)),
        tags=["woman", str(g.c("realistic", "portraits", "face"))],
        words=[str(g.c("lookalike", name_key(p.full)))],
        file=f"{name_key(p.family or p.given)}_look",
    )
    if g.p(0.3):
        sexualise(g, page)
    return page, Label("public_figure", "resembles", True, "female", people=[p])


def gen_adult_youth_words(g: Gen) -> tuple[Page, Label]:
    p = g.pick([q for q in g.asians if q.gender == "female"])
    occ = str(g.c("idol", "actress", "gravure model", "cosplayer", "singer"))
    cue = str(
        g.c(
            "cute",
            "young",
            "petite",
            "kawaii",
            "baby face",
            "school uniform",
            "idol girl",
            "sweet girl",
        )
    )
    age = str(g.c("", f"{g.rng.randint(19, 31)} years old", f"born {g.rng.randint(1992, 2004)}"))
    page = Page(
        name=str(g.c(f"{p.full} ({cue})", f"{cue.title()} {p.full}", p.script, f"{p.full} {occ}")),
        desc=html(
            str(g.c(f"{cue} {occ} {p.full}", LANG_BIO[p.lang](p.script, occ))),
            age,
            *notes(g, 1),
        ),
        tags=dedupe([cue, "girl", p.culture, str(g.c(*EA_GENDER_WORDS[(p.culture, "female")]))]),
        words=[name_key(p.full)],
        file=p.forms[1],
        hf_ok=False,
    )
    return page, Label("public_figure", "adult_youth_words", True, "female", people=[p])


def gen_minor_cue(g: Gen) -> tuple[Page, Label]:
    p = g.pick(g.people + g.asians, g.female_mostly())
    age = g.rng.randint(11, 17)
    if p.culture in ("chinese", "japanese", "korean"):
        unit = {"chinese": "岁", "japanese": "歳", "korean": "세"}[p.culture]
        cue = str(g.c(f"{age}{unit}", f"{age}yo", f"{age} years old"))
    else:
        cue = str(
            g.c(
                f"{age} years old",
                f"{age}yo",
                "child actress" if p.gender == "female" else "child actor",
                "teen actress" if p.gender == "female" else "teen actor",
                f"{age}-year-old gymnast",
            )
        )
    title = str(g.c(f"{p.full} ({cue})", p.full, f"{p.full} - portrait"))
    page = Page(
        name=title,
        desc=html(f"{p.full}, {cue}. Portrait only, SFW.", *notes(g, 1)),
        tags=dedupe(
            ["portraits", str(g.c("actress" if p.gender == "female" else "actor", "athlete"))]
        ),
        words=[name_key(strip_accents(p.full))],
        file=camel(p),
        minor_flag=g.p(0.3),
        pg_only=True,
        hf_ok=cue in title and cue.isascii(),
    )
    return page, Label("public_figure", "minor_cue", True, p.gender, minor=True, people=[p])


def gen_bounty_request(g: Gen) -> tuple[Page, Label]:
    p = g.pick(g.people + g.asians, g.female_mostly())
    occ = occupation(g, p)
    page = Page(
        name=str(
            g.c(
                f"[Request] {p.full}",
                f"Commission: {p.full}",
                f"Bounty entry - {p.full}",
                f"{p.full} (requested by @{g.c(*V.UPLOADERS[g.part])})",
            )
        ),
        desc=html(
            str(
                g.c(
                    "Made for a bounty, reference photos were provided.", "Requested in my discord."
                )
            ),
            *notes(g, 1),
        ),
        tags=person_tags(g, p, occ, g.p(0.5)),
        words=[run_together(strip_accents_person(p))],
        file=camel(p),
    )
    if g.p(0.35):
        sexualise(g, page)
    return page, Label("public_figure", "bounty_request", True, p.gender, people=[p])


def gen_tag_only(g: Gen) -> tuple[Page, Label]:
    """The name only in a tag, the way some uploaders tag the subject (held-out only)."""
    p = strip_accents_person(g.pick(g.people + g.ordinary, g.female_mostly()))
    occ = occupation(g, p)
    page = Page(
        name=str(
            g.c(
                f"{occ.title()} LoRA", "Realistic face v4", f"{occ.title()} #{g.rng.randint(2, 60)}"
            )
        ),
        desc=html(*notes(g, 2)),
        tags=dedupe([p.full.lower(), occ.lower(), *gender_tags(g, p.gender)]),
        words=[str(g.c("ohwx woman" if p.gender == "female" else "ohwx man", "sks person"))],
        file=f"{occ.replace(' ', '_')}_v{g.rng.randint(1, 4)}",
    )
    return page, Label("public_figure", "tag_only", True, p.gender, people=[p])


def gen_person_pack(g: Gen) -> tuple[Page, Label]:
    """One model, one version per person (held-out only): every person is a target."""
    people: list[Person] = []
    while len(people) < 3:
        q = strip_accents_person(g.pick(g.people + g.asians, "female"))
        if q not in people:
            people.append(q)
    occ = str(g.c("Actress", "Idol", "Singer"))
    page = Page(
        name=f"{occ} pack vol.{g.rng.randint(1, 5)}",
        desc=html(f"Several {occ.lower()}s in one place, one version each.", *notes(g, 1)),
        tags=["woman", occ.lower(), "celebrity"],
        words=[run_together(people[0])],
        file=camel(people[0]),
        version=people[0].full,
        versions=[(q.full, [run_together(q)]) for q in people[1:]],
        hf_ok=False,
    )
    return page, Label("public_figure", "person_pack", True, "female", people=people)


def _handle(g: Gen, p: Person) -> str:
    base = name_key(strip_accents(p.given))
    fam = name_key(strip_accents(p.family))[:6] or "official"
    return str(
        g.c(
            f"{base}.{fam}",
            f"its{base}",
            f"{base}_{g.rng.randint(1, 99)}",
            f"the{base}{fam}",
            f"{base}xo",
            f"miss.{base}",
        )
    )


def gen_online_creator(g: Gen) -> tuple[Page, Label]:
    p = g.pick(g.people + g.ordinary + g.stage, g.female_mostly())
    social = str(g.c(*V.SOCIALS))
    handle = _handle(g, p)
    followers = str(g.c("1.2M", "850k", "300K", "2.4 million", "45k"))
    role = str(
        g.c(
            "influencer",
            "streamer",
            "cosplayer",
            "fitness model",
            "content creator",
            "ASMR youtuber",
            "TikToker",
        )
    )
    show_name = g.p(0.5)
    who = p.full if show_name else f"@{handle}"
    page = Page(
        name=str(
            g.c(f"{who} ({social} {role})", f"@{handle}", f"{who} | {role}", f"{handle} lora")
        ),
        desc=html(
            str(
                g.c(
                    f"{who} is a {social} {role} with {followers} followers.",
                    f"{social}: @{handle} ({followers} followers)",
                    f"https://www.{social.lower()}.com/{handle}",
                )
            ),
            *notes(g, 1),
        ),
        tags=dedupe(
            gender_tags(g, p.gender)
            + [social.lower(), role.split()[0].lower()]
            + (["influencer"] if g.p(0.5) else [])
        ),
        words=[handle.replace(".", "")],
        file=handle.replace(".", "_"),
    )
    if social in ("OnlyFans", "Fansly") or g.p(0.3):
        sexualise(g, page)
    people = [p] if show_name else []
    return page, Label(
        "online_creator", "creator", True, p.gender, people=people, fallback=handle, handle=handle
    )


def gen_east_asian_creator(g: Gen) -> tuple[Page, Label]:
    p = g.pick(g.asians, "female")
    social = str(g.c(*V.ASIAN_SOCIALS))
    handle = f"{p.forms[1].lower()}{g.c('', '_', '.')}{g.rng.randint(1, 999)}"
    page = Page(
        name=str(
            g.c(f"{p.script} ({social})", f"{social}网红 {p.script}", f"{p.script} | @{handle}")
        ),
        desc=html(
            str(
                g.c(
                    f"{social}博主 {p.script}，粉丝{g.rng.randint(10, 900)}万。",
                    f"{social} 인플루언서 {p.script} (@{handle})",
                    f"{social}で人気の{p.script}さん。",
                )
            ),
            *notes(g, 1),
        ),
        tags=dedupe([str(g.c("美女", "女性", "여자")), "influencer", p.culture]),
        words=[name_key(p.full)],
        file=handle,
        hf_ok=False,
    )
    return page, Label(
        "online_creator", "east_asian_creator", True, "female", people=[p], handle=handle
    )


def gen_private(g: Gen) -> tuple[Page, Label]:
    first, gender = g.c(*V.PRIVATE_FIRST[g.part])
    mode = g.c(
        "gf",
        "wife_named",
        "client",
        "friend",
        "ex",
        "coworker",
        "initials",
        "partner",
        "named",
        "partner",
        "roommate",
    )
    fallback: str | None = None
    if mode == "gf":
        name = str(g.c("my girlfriend", "GF lora v2", "gf_lora", "Girlfriend (private)"))
        desc, gender = "Trained on 40 selfies of my girlfriend, with her permission.", "female"
    elif mode == "wife_named":
        name, fallback = f"My wife {first}" if gender == "female" else f"My husband {first}", first
        desc = f"{first} said yes 😄 trained on our holiday photos."
    elif mode == "client":
        name = str(
            g.c("Commission - client's wife", "Private commission #12", "client request (woman)")
        )
        desc, gender = "Commission of a client's wife. Please don't reupload.", "female"
    elif mode == "friend":
        name = str(g.c("a friend of mine", "My buddy", "Friend LoRA (with consent)"))
        pron = "she" if gender == "female" else "he"
        desc = f"Trained on photos of a friend of mine, {pron} agreed."
    elif mode == "ex":
        name, desc, gender = "my ex", "Trained on her old instagram pics.", "female"
    elif mode == "coworker":
        name = f"coworker {first}"
        desc, fallback = f"A coworker, {first}. Made as a joke for the office party.", first
    elif mode == "initials":
        ini = first[:1] + str(g.c("M", "R", "T", "L"))
        name, fallback = f"{ini} {'woman' if gender == 'female' else 'man'} lora", ini
        desc = f"Trained on {'her' if gender == 'female' else 'his'} photos."
    elif mode == "partner":
        name, desc, gender = "my partner", "Person lora, trained on their photos.", "unknown"
    elif mode == "roommate":
        name = str(g.c("roommate lora", "my roomie (private)", "RM person v1"))
        desc, gender = "My roommate asked me to train this, 25 of their selfies.", "unknown"
    else:
        name, fallback = f"{first} face lora", first
        desc = f"{first} — private model, {'she' if gender == 'female' else 'he'} is a friend."
    page = Page(
        name=name,
        desc=html(desc, *notes(g, 1)),
        tags=dedupe(
            (["woman"] if gender == "female" else ["man"] if gender == "male" else []) + ["person"]
        ),
        words=[
            str(
                g.c(
                    "ohwx person",
                    "sks woman" if gender == "female" else "sks person",
                    f"{first.lower()}_face",
                )
            )
        ],
        file=name_key(name)[:16] or "private",
    )
    if mode in ("gf", "ex", "client") and g.p(0.35):
        sexualise(g, page)
    fallback = (
        fallback
        if fallback and name_key(fallback) in name_key(page.name + page.desc + " ".join(page.words))
        else None
    )
    return page, Label("private_person", f"private_{mode}", True, gender, fallback=fallback)


# --- hard negatives ------------------------------------------------------------------------


def neg(kind: str, shape: str, page: Page) -> tuple[Page, Label]:
    return page, Label(kind, shape, False)


def gen_anime(g: Gen) -> tuple[Page, Label]:
    name, script, who = g.c(*V.ANIME_CHARS[g.part])
    franchise = str(g.c(*V.FRANCHISES_ANIME[g.part]))
    tagged = g.p(0.8)
    title = str(
        g.c(
            f"{name} ({franchise})",
            f"{name} - {franchise}",
            f"{script} / {name}" if script else f"{name} | {franchise}",
            f"【{franchise}】{script or name}",
            f"{name} [{g.c('2 outfits', '3 outfits', 'LoRA')}]",
        )
    )
    tags = (
        ["anime"]
        + (["character"] if tagged else [])
        + [str(g.c("girl", "female", "woman")) if who == "1girl" else "boy"]
    )
    extra = ("game", "manga", "anime girl", "waifu") if who == "1girl" else ("game", "manga")
    tags += [name_key(franchise)[:14], str(g.c(*extra))]
    page = Page(
        name=title,
        desc=html(
            f"{name} from {franchise}.",
            str(g.c("Outfit tags in the gallery.", "Use the trigger + outfit prompt.")),
            *notes(g, 1),
        ),
        tags=dedupe(tags),
        words=[name_key(name)[:10], who, str(g.c("long hair", "twintails", "blue eyes"))],
        file=f"{name_key(name)}_v{g.c(1, 2)}",
        base=str(g.c("SD 1.5", "Pony", "Illustrious")),
    )
    if g.p(0.3):
        sexualise(g, page)
    return neg("character_anime", "anime_script_name" if script else "anime", page)


def gen_western_char(g: Gen) -> tuple[Page, Label]:
    name = str(g.c(*V.WESTERN_CHARS[g.part]))
    franchise = str(g.c(*V.FRANCHISES_WESTERN[g.part]))
    page = Page(
        name=str(g.c(f"{name} ({franchise})", f"{name} - {franchise}", f"{name} [comic style]")),
        desc=html(f"{name} from {franchise}.", *notes(g, 1)),
        tags=dedupe(
            ["character", str(g.c("cartoon", "comics", "video game", "game character")), "woman"]
        ),
        words=[name_key(name)[:12]],
        file=name_key(name),
    )
    if g.p(0.2):
        sexualise(g, page)
    return neg("character_western", "western_character", page)


def gen_vtuber(g: Gen) -> tuple[Page, Label]:
    name, agency = g.c(*V.VTUBERS[g.part])
    page = Page(
        name=str(
            g.c(f"{name} 【VTuber】", f"{name} ({agency})", f"{name} - {agency} VTuber", name)
        ),
        desc=html(
            str(
                g.c(
                    f"{agency} VTuber {name}, model outfit v1.",
                    f"Indie vtuber {name}. Avatar art by her mama.",
                )
            ),
            *notes(g, 1),
        ),
        tags=dedupe(["vtuber", str(g.c("character", "anime", "virtual youtuber")), "girl"]),
        words=[name_key(name)[:10]],
        file=name_key(name),
    )
    return neg("character_vtuber", "vtuber", page)


def gen_artist_style(g: Gen) -> tuple[Page, Label]:
    artist, what = g.c(*V.ARTISTS[g.part])
    last = artist.split()[-1]
    page = Page(
        name=str(
            g.c(
                f"{artist} style",
                f"In the style of {artist}",
                f"{last} Style LoRA",
                f"{artist} ({what}) art style",
                f"Shot by {artist} - photo style"
                if "photographer" in what
                else f"{last} brushwork",
            )
        ),
        desc=html(f"Imitates the {what} {artist}'s look.", *notes(g, 1)),
        tags=dedupe(["style", str(g.c("art style", "artist", "painting", "photography style"))]),
        words=[f"{name_key(last)} style"],
        file=f"{name_key(last)}_style",
    )
    return neg("artist_style", "artist_style", page)


def gen_myth(g: Gen) -> tuple[Page, Label]:
    if g.p(0.5):
        who = str(g.c(*V.MYTHS[g.part]))
        name = str(g.c(f"{who} style", f"{who} - goddess look", f"{who} (mythology) concept"))
    else:
        who = str(g.c(*V.HISTORICAL_LOOKS[g.part]))
        name = str(g.c(f"{who} style", f"{who} makeup & costume", f"Historical: {who}"))
    page = Page(
        name=name,
        desc=html(f"Costume, makeup and mood of {who}.", *notes(g, 1)),
        tags=dedupe(["concept", str(g.c("mythology", "historical", "costume", "fantasy"))]),
        words=[name_key(who)[:12]],
        file=name_key(who),
    )
    return neg("concept", "historical_myth", page)


CONCEPTS = {
    "A": [
        ("Mirror selfie holding phone", ["concept", "selfie", "pose"]),
        ("Golden hour lighting", ["lighting", "concept"]),
        ("Film grain / analog look", ["photography", "film"]),
        ("Instagram filter look", ["instagram", "filter", "photography"]),
        ("Celebrity red carpet background", ["celebrity", "background", "concept"]),
        ("Paparazzi photo (celebrity candid)", ["celebrity", "paparazzi", "photo"]),
        ("Detail tweaker", ["tool", "detail"]),
        ("Sitting on stairs pose", ["pose", "poses"]),
        ("Rainy window bokeh", ["concept", "lighting"]),
    ],
    "B": [
        ("Press conference podium (celebrity style)", ["celebrity", "concept"]),
        ("Polaroid instant photo", ["photography", "retro"]),
        ("Influencer ring light selfie", ["instagram", "influencer", "lighting"]),
        ("Looking over shoulder", ["pose"]),
        ("Magazine cover layout", ["concept", "magazine", "celebrity"]),
        ("Neon night street", ["lighting", "city"]),
    ],
}
NSFW_CONCEPTS = [
    ("Bedroom boudoir lighting", ["concept", "boudoir"]),
    ("Lewd pose pack", ["pose", "nsfw"]),
]


def gen_concept(g: Gen) -> tuple[Page, Label]:
    if g.p(0.15):
        name, tags = g.c(*NSFW_CONCEPTS)
        page = Page(
            name=name,
            desc=html(*notes(g, 2)),
            tags=list(tags),
            words=[name_key(name)[:12]],
            file=name_key(name),
        )
        sexualise(g, page, words=False)
        return neg("concept", "concept", page)
    name, tags = g.c(*CONCEPTS[g.part])
    page = Page(
        name=f"{name} {g.c('', 'LoRA', 'v2', '| SDXL')}".strip(),
        desc=html(f"{name}. Works with any realistic checkpoint.", *notes(g, 1)),
        tags=list(tags),
        words=[name_key(name)[:14]],
        file=name_key(name),
    )
    return neg("concept", "celebrity_concept" if "celebrity" in tags else "concept", page)


CLOTHING = {
    "A": [
        "Hanbok (modern)",
        "Ao dai",
        "Qipao / cheongsam",
        "Office lady suit",
        "Leather jacket",
        "Sailor school uniform (adult)",
    ],
    "B": [
        "Kimono furisode",
        "Saree",
        "Tennis dress",
        "Denim overalls",
        "Lace lingerie set",
        "Trench coat",
    ],
}


def gen_clothing(g: Gen) -> tuple[Page, Label]:
    name = str(g.c(*CLOTHING[g.part]))
    page = Page(
        name=f"{name} {g.c('LoRA', 'outfit', '| clothing')}",
        desc=html(f"Outfit LoRA: {name.lower()}.", *notes(g, 1)),
        tags=dedupe(
            ["clothing", str(g.c("outfit", "fashion")), str(g.c("woman", "girl", "female"))]
        ),
        words=[name_key(name)[:12]],
        file=name_key(name),
    )
    if "lingerie" in name.lower():
        sexualise(g, page)
    return neg("clothing", "clothing", page)


def gen_checkpoint(g: Gen) -> tuple[Page, Label]:
    base = str(g.c(*V.CHECKPOINT_NAMES[g.part]))
    page = Page(
        name=str(
            g.c(
                f"{base} v{g.rng.randint(2, 9)}",
                f"{base} XL",
                f"{base}Mix",
                f"{base} - photoreal merge",
            )
        ),
        desc=html(
            str(
                g.c(
                    "Photorealistic general checkpoint. Good at skin texture and faces.",
                    "Merge of several realistic models. "
                    "Can do celebrities if you prompt them (I don't).",
                    "Asian realistic merge, beautiful faces out of the box.",
                )
            ),
            *notes(g, 1),
        ),
        type="Checkpoint",
        tags=dedupe(
            ["base model", "photorealistic", str(g.c("realistic", "checkpoint", "merge", "woman"))]
        ),
        words=[],
        file=name_key(base),
        base=str(g.c("SD 1.5", "SDXL 1.0", "Pony")),
    )
    if g.p(0.4):
        page.extra_files.append((f"{name_key(base)}.vae.pt", "VAE", 334695.0))
    if g.p(0.4):
        sexualise(g, page)
    return neg("checkpoint_realistic", "checkpoint_realistic", page)


def gen_tool(g: Gen) -> tuple[Page, Label]:
    name, typ = g.c(
        ("Skin detail upscaler", "Upscaler"),
        ("Bad hands negative embedding", "TextualInversion"),
        ("Vivid VAE", "VAE"),
        ("Openpose helper", "Controlnet"),
        ("easynegative v3", "TextualInversion"),
    )
    page = Page(
        name=name,
        desc=html(*notes(g, 2)),
        type=typ,
        tags=["tool", "negative" if "negative" in name else "utility"],
        words=[],
        file=name_key(name),
    )
    return neg("tool", "tool", page)


def gen_generic(g: Gen) -> tuple[Page, Label]:
    name = str(
        g.c(
            "Beautiful woman face",
            "Asian girl face v3",
            "Perfect Face helper",
            "Pretty woman (generic)",
            "Random cute face",
            "Beautiful Korean girl",
            "Average woman faces",
        )
    )
    tags = ["woman", str(g.c("face", "beautiful", "girl"))] + (["celebrity"] if g.p(0.2) else [])
    page = Page(
        name=name,
        desc=html("Generic face, not based on anyone.", *notes(g, 1)),
        tags=dedupe(tags),
        words=[name_key(name)[:12]],
        file=name_key(name),
    )
    if g.p(0.25):
        sexualise(g, page)
    return neg("generic_face", "generic_face", page)


def gen_ethnic(g: Gen) -> tuple[Page, Label]:
    look = str(
        g.c(
            *(
                ["Latina beauty mix", "Slavic look", "Thai girl look", "Nordic face", "Arab beauty"]
                if g.part == "A"
                else [
                    "Filipina beauty",
                    "Vietnamese look",
                    "Indian beauty mix",
                    "Mediterranean face",
                ]
            )
        )
    )
    page = Page(
        name=look,
        desc=html(f"{look} for more diverse faces.", *notes(g, 1)),
        tags=["woman", "ethnicity", "face"],
        words=[name_key(look)[:12]],
        file=name_key(look),
    )
    return neg("ethnic_look", "ethnic_look", page)


def gen_body(g: Gen) -> tuple[Page, Label]:
    name = str(
        g.c(
            "Curvy body slider",
            "Athletic body",
            "Freckles",
            "Tall and slim",
            "Muscle definition slider",
        )
    )
    page = Page(
        name=name,
        desc=html(*notes(g, 2)),
        tags=["body", "slider", "woman"],
        words=[],
        file=name_key(name),
    )
    return neg("body_type", "body_type", page)


def gen_blend_unnamed(g: Gen) -> tuple[Page, Label]:
    name = str(
        g.c(
            f"Asian face blend v{g.rng.randint(2, 6)}",
            f"Mixed Face {g.rng.randint(1, 30):02d} (blend of {g.c(12, 20, 50)} faces)",
            "Unnamed face mix",
            "Celeb-ish blend (no specific person)",
        )
    )
    page = Page(
        name=name,
        desc=html("Blend of many faces, no single person.", *notes(g, 1)),
        tags=["woman", "blend", "face"],
        words=[],
        file=name_key(name),
    )
    return neg("blend_unnamed", "blend_unnamed", page)


def gen_nonexistent(g: Gen) -> tuple[Page, Label]:
    name = str(g.c("This Person Does Not Exist faces", "TPDNE face pack", "Nonexistent people v2"))
    page = Page(
        name=name,
        desc=html("Faces of people who do not exist.", *notes(g, 1)),
        tags=["face", "generated", "portraits"],
        words=[],
        file=name_key(name),
    )
    return neg("nonexistent_person", "nonexistent_person", page)


def gen_doll(g: Gen) -> tuple[Page, Label]:
    nat = str(
        g.c("Korean", "Japanese", "Chinese", "Thai", "Latina", "Russian")
        if g.part == "A"
        else g.c("Taiwanese", "Vietnamese", "Brazilian", "Italian")
    )
    page = Page(
        name=f"{nat} Doll Likeness",
        desc=html(f"{nat} doll likeness, generic pretty face.", *notes(g, 1)),
        tags=["woman", "doll", "face"] + (["celebrity"] if g.p(0.2) else []),
        words=[f"{nat.lower()} doll"],
        file=f"{name_key(nat)}DollLikeness",
    )
    return neg("doll_likeness", "doll_likeness", page)


PERSONAS = {
    "A": ["Yuna", "Elara Voss", "Mika Solenne", "Ava Lumen"],
    "B": ["Nerina Castell", "Sora Vey", "Lyra Quell"],
}


def gen_consistent(g: Gen) -> tuple[Page, Label]:
    who = str(g.c(*PERSONAS[g.part]))
    shape, name, desc = g.c(
        (
            "consistent_character",
            f"Consistent Character: {who} (OC)",
            f"{who} is my original character.",
        ),
        ("ai_persona", f"{who} - AI model (fictional)", f"{who} is a fully synthetic AI persona."),
        (
            "ai_influencer",
            f"{who} | AI influencer",
            f"Meet {who}, an AI influencer. Not a real person.",
        ),
        (
            "fictional_disclaimer",
            f"{who} (original character)",
            f"{who} is fictional, not based on any real person.",
        ),
    )
    page = Page(
        name=name,
        desc=html(desc, *notes(g, 1)),
        tags=dedupe(
            ["character", "woman", str(g.c("oc", "consistent character", "ai influencer"))]
        ),
        words=[name_key(who)],
        file=name_key(who),
    )
    if g.p(0.2):
        sexualise(g, page)
    return neg("consistent_character", shape, page)


# --- mixes ------------------------------------------------------------------------------------

Generator = Callable[[Gen], tuple[Page, Label]]

# (generator, dev2 count, hold2 count)
MIX: list[tuple[Generator, int, int]] = [
    (gen_title_name, 50, 28),
    (gen_adult_performer, 10, 6),
    (gen_desc_only, 14, 8),
    (gen_trigger_only, 10, 6),
    (gen_filename_only, 6, 4),
    (gen_leetspeak, 8, 5),
    (gen_initials_cue, 6, 4),
    (gen_stage_name, 8, 5),
    (gen_ordinary, 12, 8),
    (gen_script_name, 14, 9),
    (gen_diacritics, 6, 4),
    (gen_east_asian, 36, 22),
    (gen_live_action_role, 16, 10),
    (gen_named_blend, 6, 4),
    (gen_disclaimer, 6, 4),
    (gen_resembles, 0, 5),
    (gen_tag_only, 0, 5),
    (gen_person_pack, 0, 4),
    (gen_adult_youth_words, 14, 8),
    (gen_minor_cue, 8, 5),
    (gen_bounty_request, 6, 4),
    (gen_online_creator, 32, 18),
    (gen_east_asian_creator, 8, 5),
    (gen_private, 26, 16),
    (gen_anime, 40, 22),
    (gen_western_char, 10, 6),
    (gen_vtuber, 10, 6),
    (gen_artist_style, 24, 14),
    (gen_myth, 8, 5),
    (gen_concept, 28, 16),
    (gen_clothing, 12, 7),
    (gen_checkpoint, 20, 12),
    (gen_tool, 6, 4),
    (gen_generic, 18, 10),
    (gen_ethnic, 8, 5),
    (gen_body, 6, 3),
    (gen_blend_unnamed, 8, 5),
    (gen_nonexistent, 4, 3),
    (gen_doll, 6, 4),
    (gen_consistent, 16, 10),
]


# --- emission ---------------------------------------------------------------------------------


TYPOS = {
    "recommended": "recomended",
    "Recommended": "Recomended",
    "weight": "wieght",
    "trained": "trainned",
    "Trained": "Trainned",
    "results": "resutls",
    "with": "wiht",
    "photos": "pics",
    "because": "bc",
    "the": "teh",
}
EMOJI = ("🔥", "💖", "🙏", "✨", "😊", "👉", "⭐", "🥰")
CHANGELOGS = [
    ["v1: first release", "v2: more steps, better eyes", "v3: retrained on a cleaner dataset"],
    ["fixed the colour shift", "added an SDXL version", "smaller file (dim 16)"],
    ["update: works with Flux now", "old version kept for SD1.5 users"],
]
VERSION_NAMES = [
    "v1.0",
    "v1",
    "V2",
    "v2.0",
    "SDXL",
    "Flux v1",
    "epoch 8",
    "Pony",
    "v3 (final)",
    "1.5",
]


def roughen(rng: random.Random, page: Page) -> None:
    """Write the page the way uploaders do: typos, emoji, headings, links, long changelogs."""
    if page.version == "v1.0" and rng.random() < 0.6:
        page.version = rng.choice(VERSION_NAMES)
    if not page.desc:
        return
    if rng.random() < 0.3:
        page.desc = re.sub(
            r"\b(" + "|".join(TYPOS) + r")\b",
            lambda m: TYPOS[m.group(1)] if rng.random() < 0.5 else m.group(1),
            page.desc,
        )
    if rng.random() < 0.3:
        page.desc += html(" ".join(rng.sample(EMOJI, rng.randint(1, 3))))
    if rng.random() < 0.2:
        page.desc = "<h3>About</h3>" + page.desc
    if rng.random() < 0.2:
        page.desc += "<h2>Changelog</h2>" + bullets(rng.choice(CHANGELOGS))
    if rng.random() < 0.15:
        page.desc += html(
            'Support me on <a target="_blank" rel="ugc" href="https://ko-fi.com/'
            f'{hexid(rng, 6)}">ko-fi</a> &amp; Patreon'
        )
    if rng.random() < 0.1:
        page.desc = page.desc.replace("<p>", "<p><strong>", 1).replace("</p>", "</strong></p>", 1)


def add_version(
    rng: random.Random, raw: dict[str, Any], name: str = "", words: list[str] | None = None
) -> None:
    """An older version of the same model (a quarter of real models have several)."""
    newest = raw["modelVersions"][0]
    old = json.loads(json.dumps(newest))
    old["id"] = newest["id"] - rng.randint(5_000, 60_000)
    old["name"] = name or rng.choice(("v1.0", "v1", "beta", "v0.9"))
    if words is not None:
        old["trainedWords"] = list(words)
    if "index" in old:
        old["index"] = len(raw["modelVersions"])
    for key in ("createdAt", "updatedAt", "publishedAt"):
        if key in old:
            when = datetime.strptime(old[key], "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
            old[key] = iso(when - timedelta(days=rng.randint(5, 60)))
    for f in old["files"]:
        if name and f.get("primary"):
            f["name"] = re.sub(r"[^\w\-.]+", "_", name) + "." + f["name"].rsplit(".", 1)[-1]
        f["id"] -= rng.randint(1_000, 50_000)
        f["hashes"] = {k: hexid(rng, len(v)).upper() for k, v in f["hashes"].items()}
        f["downloadUrl"] = f"https://civitai.com/api/download/models/{old['id']}"
    old["downloadUrl"] = f"https://civitai.com/api/download/models/{old['id']}"
    for image in old["images"]:
        if "id" in image:
            image["id"] -= rng.randint(1_000, 50_000)
        if "url" in image:
            image["url"] = image["url"].rsplit("/", 1)[0] + f"/{rng.randint(10**6, 10**8)}.jpeg"
    raw["modelVersions"].append(old)


def hexid(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def iso(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


def _date(rng: random.Random) -> datetime:
    start = datetime(2022, 12, 1, tzinfo=UTC)
    return start + timedelta(seconds=rng.randrange(int(timedelta(days=1090).total_seconds())))


FILE_EXT = {
    "LORA": ".safetensors",
    "LoCon": ".safetensors",
    "TextualInversion": ".pt",
    "Checkpoint": ".safetensors",
    "Hypernetwork": ".pt",
}
FILE_KB = {
    "LORA": 147_000.0,
    "LoCon": 110_000.0,
    "TextualInversion": 6.1,
    "Checkpoint": 2_082_000.0,
    "Hypernetwork": 85_000.0,
}


def _hashes(rng: random.Random) -> dict[str, str]:
    sha = hexid(rng, 64).upper()
    return {
        "AutoV1": hexid(rng, 8).upper(),
        "AutoV2": sha[:10],
        "SHA256": sha,
        "CRC32": hexid(rng, 8).upper(),
        "BLAKE3": hexid(rng, 64).upper(),
    }


def _files(rng: random.Random, page: Page, version_id: int, modern: bool) -> list[dict[str, Any]]:
    ext = FILE_EXT.get(page.type, ".safetensors")
    base = re.sub(r"[^\w\-.]+", "_", page.file or "model").strip("_") or "model"
    files = [
        {
            "name": f"{base}{ext}",
            "id": rng.randint(100_000, 9_000_000),
            "sizeKB": round(FILE_KB.get(page.type, 1000.0) * rng.uniform(0.8, 1.2), 6),
            "type": "Model",
            "metadata": {
                "fp": "fp16",
                "size": "pruned",
                "format": "SafeTensor" if ext == ".safetensors" else "PickleTensor",
            },
            "pickleScanResult": "Success",
            "pickleScanMessage": "No Pickle imports",
            "virusScanResult": "Success",
            "scannedAt": None,
            "hashes": _hashes(rng),
            "downloadUrl": f"https://civitai.com/api/download/models/{version_id}",
            "primary": True,
        }
    ]
    for name, typ, kb in page.extra_files:
        files.append(
            {
                **files[0],
                "name": name,
                "id": rng.randint(100_000, 9_000_000),
                "type": "Model" if typ == "VAE" else typ,
                "sizeKB": kb,
                "hashes": _hashes(rng),
                "primary": False,
            }
        )
    if not modern:
        for f in files:
            f["hashes"].pop("AutoV1", None)
    return files


def _levels(rng: random.Random, page: Page) -> tuple[int, list[int]]:
    if page.sexual:
        images = [rng.choice((1, 2, 4, 8, 16)) for _ in range(rng.randint(2, 4))]
        if not any(i >= 4 for i in images):
            images[0] = rng.choice((4, 8))
    else:
        images = [
            1 if page.minor_flag or rng.random() < 0.7 else 2 for _ in range(rng.randint(2, 4))
        ]
        if page.minor_flag or page.pg_only:
            images = [1 for _ in images]
    level = 0
    for i in images:
        level |= i
    return level, images


IMAGE_HOST = "https://image.civitai.com/xG1nkqKTMzGDvpLrqFT7WA"
OLD_IMAGE_HOST = "https://imagecache.civitai.com/xG1nkqKTMzGDvpLrqFT7WA"
WORD_LEVEL = {1: "None", 2: "Soft", 4: "Mature", 8: "X", 16: "X"}


def civitai_item(
    rng: random.Random, page: Page, model_id: int, created: datetime, creator: str
) -> dict[str, Any]:
    modern = created >= datetime(2023, 11, 1, tzinfo=UTC)
    version_id = model_id + rng.randint(1000, 90_000)
    level, image_levels = _levels(rng, page)
    base = page.base or (
        "SD 1.5"
        if not modern
        else rng.choice(("SD 1.5", "SDXL 1.0", "Pony", "Flux.1 D", "Illustrious"))
    )
    stats_dl = rng.randint(20, 40_000)
    files = _files(rng, page, version_id, modern)
    if modern:
        images: list[dict[str, Any]] = [
            {
                "url": f"{IMAGE_HOST}/{hexid(rng, 8)}-{hexid(rng, 4)}/width=832/"
                f"{rng.randint(10**6, 10**8)}.jpeg",
                "nsfwLevel": lv,
                "width": 832,
                "height": 1216,
                "hash": hexid(rng, 30),
                "type": "image",
                "minor": False,
                "poi": False,
                "hasMeta": True,
                "hasPositivePrompt": True,
                "onSite": False,
                "remixOfId": None,
            }
            for lv in image_levels
        ]
        for f in files:
            f["scannedAt"] = iso(created + timedelta(minutes=9))
        version: dict[str, Any] = {
            "id": version_id,
            "index": 0,
            "name": page.version,
            "baseModel": base,
            "baseModelType": "Standard",
            "createdAt": iso(created),
            "publishedAt": iso(created + timedelta(minutes=20)),
            "status": "Published",
            "availability": "Public",
            "nsfwLevel": level,
            "description": None,
            "trainedWords": list(page.words),
            "covered": True,
            "stats": {
                "downloadCount": stats_dl,
                "ratingCount": 0,
                "rating": 0,
                "thumbsUpCount": stats_dl // 20,
                "thumbsDownCount": 0,
            },
            "files": files,
            "images": images,
            "downloadUrl": f"https://civitai.com/api/download/models/{version_id}",
        }
        return {
            "id": model_id,
            "name": page.name,
            "description": page.desc or None,
            "allowNoCredit": True,
            "allowCommercialUse": rng.choice((["Image", "RentCivit"], ["None"], ["Sell", "Image"])),
            "allowDerivatives": True,
            "allowDifferentLicense": rng.random() < 0.5,
            "type": page.type,
            "minor": page.minor_flag,
            "sfwOnly": page.minor_flag,
            "poi": page.poi_flag,
            "nsfw": page.sexual and rng.random() < 0.7,
            "nsfwLevel": level,
            "availability": "Public",
            "cosmetic": None,
            "supportsGeneration": rng.random() < 0.5,
            "stats": {
                "downloadCount": stats_dl,
                "favoriteCount": 0,
                "thumbsUpCount": stats_dl // 20,
                "thumbsDownCount": 0,
                "commentCount": rng.randint(0, 40),
                "ratingCount": 0,
                "rating": 0,
                "tippedAmountCount": 0,
            },
            "creator": {"username": creator, "image": None},
            "tags": list(page.tags),
            "modelVersions": [version],
        }
    old_images = [
        {
            "id": rng.randint(10**5, 10**7),
            "nsfw": WORD_LEVEL[lv],
            "width": rng.choice((512, 768)),
            "height": rng.choice((768, 1024)),
        }
        for lv in image_levels
    ]
    for f in files:
        f["scannedAt"] = iso(created + timedelta(minutes=4))
    return {
        "id": model_id,
        "name": page.name,
        "description": page.desc or None,
        "type": page.type,
        "poi": page.poi_flag,
        "nsfw": page.sexual and rng.random() < 0.8,
        "allowNoCredit": True,
        "allowCommercialUse": rng.choice(("Rent", "Sell", "None", "Image")),
        "allowDerivatives": True,
        "allowDifferentLicense": True,
        "stats": {
            "downloadCount": stats_dl,
            "favoriteCount": stats_dl // 15,
            "commentCount": rng.randint(0, 30),
            "ratingCount": rng.randint(0, 20),
            "rating": round(rng.uniform(4.0, 5.0), 2),
        },
        "creator": {"username": creator, "image": None},
        "tags": list(page.tags),
        "modelVersions": [
            {
                "id": version_id,
                "modelId": model_id,
                "name": page.version,
                "createdAt": iso(created),
                "updatedAt": iso(created + timedelta(minutes=3)),
                "trainedWords": list(page.words),
                "baseModel": base,
                "earlyAccessTimeFrame": 0,
                "description": None,
                "stats": {"downloadCount": stats_dl, "ratingCount": 0, "rating": 0},
                "files": files,
                "images": old_images,
                "downloadUrl": f"https://civitai.com/api/download/models/{version_id}",
            }
        ],
    }


HF_BASES = [
    ("stable-diffusion-v1-5/stable-diffusion-v1-5", "creativeml-openrail-m"),
    ("stabilityai/stable-diffusion-xl-base-1.0", "openrail++"),
    ("black-forest-labs/FLUX.1-dev", "other"),
]


def slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", strip_accents(text).lower()).strip("-")
    return s[:60].strip("-") or "lora"


def hf_item(rng: random.Random, page: Page, author: str, created: datetime) -> dict[str, Any]:
    base, lic = rng.choice(HF_BASES)
    repo = f"{author}/{slug(page.name)}"
    if not repo.split("/")[1].endswith(("lora", "embedding")) and rng.random() < 0.6:
        repo += rng.choice(("-lora", "-flux-lora", "-sdxl-lora"))
    user_tags = [t for t in page.tags if re.fullmatch(r"[a-z0-9 \-]+", t)]
    card_tags = [
        "text-to-image",
        "stable-diffusion",
        "lora",
        "diffusers",
        "template:sd-lora",
        *user_tags,
    ]
    if page.sexual:
        card_tags.append("not-for-all-audiences")
    tags = [
        "diffusers",
        "text-to-image",
        "stable-diffusion",
        "lora",
        "template:sd-lora",
        *user_tags,
    ]
    if page.sexual:
        tags.append("not-for-all-audiences")
    tags += [f"base_model:{base}", f"base_model:adapter:{base}", f"license:{lic}", "region:us"]
    trigger = page.words[0] if page.words else None
    prompts = list(page.prompts) or (
        [f"a photo of {trigger}, portrait"] if trigger else [f"{page.name}, photo"]
    )
    fname = (re.sub(r"[^\w\-.]+", "_", page.file or "model").strip("_") or "model") + ".safetensors"
    size = rng.randint(18_000_000, 230_000_000)
    siblings = [
        {"rfilename": ".gitattributes", "blobId": hexid(rng, 40), "size": 1519},
        {"rfilename": "README.md", "blobId": hexid(rng, 40), "size": rng.randint(600, 5000)},
        {
            "rfilename": fname,
            "blobId": hexid(rng, 40),
            "size": size,
            "lfs": {"sha256": hexid(rng, 64), "size": size, "pointerSize": 135},
        },
    ]
    for _ in range(rng.randint(0, 2)):
        isize = rng.randint(900_000, 3_000_000)
        siblings.append(
            {
                "rfilename": f"images/example_{hexid(rng, 6)}.png",
                "blobId": hexid(rng, 40),
                "size": isize,
                "lfs": {"sha256": hexid(rng, 64), "size": isize, "pointerSize": 133},
            }
        )
    card: dict[str, Any] = {
        "tags": card_tags,
        "base_model": base,
        "license": lic,
        "widget": [{"text": p, "output": {"url": siblings[-1]["rfilename"]}} for p in prompts],
    }
    if trigger:
        card["instance_prompt"] = trigger
    likes = rng.randint(0, 60)
    return {
        "_id": hexid(rng, 24),
        "id": repo,
        "author": author,
        "gated": False,
        "inference": "warm" if rng.random() < 0.3 else "cold",
        "lastModified": iso(created + timedelta(days=rng.randint(0, 30))),
        "likes": likes,
        "trendingScore": 0,
        "private": False,
        "sha": hexid(rng, 40),
        "config": {},
        "downloads": rng.randint(0, 3000),
        "tags": tags,
        "pipeline_tag": "text-to-image",
        "library_name": "diffusers",
        "createdAt": iso(created),
        "modelId": repo,
        "siblings": siblings,
        "cardData": card,
        "spaces": [],
        "usedStorage": size,
        "disabled": False,
        "widgetData": [{"text": p} for p in prompts],
    }


def item_text(raw: dict[str, Any]) -> str:
    """Every string of an item, joined (what the label's facts are read back from)."""
    out: list[str] = []

    def walk(value: Any, key: str = "") -> None:
        if key in ("url", "hash", "hashes", "blobId", "sha", "_id", "downloadUrl", "image", "lfs"):
            return
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(v, k)
        elif isinstance(value, list):
            for v in value:
                walk(v, key)

    walk(raw)
    return "\n".join(out)


def person_forms(p: Person) -> list[str]:
    forms = [p.full]
    if p.script:
        forms.append(p.script)
    forms += list(p.forms)
    plain = strip_accents(p.full)
    if plain != p.full:
        forms.append(plain)
    if p.family and p.culture not in ("chinese", "japanese", "korean", "vietnamese"):
        forms.append(f"{p.family} {p.given}")
    return dedupe(forms)


def read_back(raw: dict[str, Any], label: Label) -> tuple[str | None, list[str], list[str]]:
    """The target, every named target and the aliases, as the item's text shows them."""
    keys = [name_key(line) for line in item_text(raw).split("\n")]

    def shows(form: str) -> bool:
        k = name_key(form)
        return bool(k) and any(k in line for line in keys)

    targets: list[str] = []
    aliases: list[str] = []
    for p in label.people:
        forms = person_forms(p)
        if any(shows(f) for f in forms):
            # the full name when any form of it shows; its other forms are the same person
            targets.append(p.full)
            aliases += forms[1:]
    if not targets and label.fallback:
        targets.append(label.fallback)
    for extra in [*label.extra, label.handle]:
        if extra and shows(extra) and extra not in targets:
            aliases.append(extra)
    target = targets[0] if targets else None
    return target, targets, dedupe(aliases)


PROMINENCE = {
    "public_figure": "public_figure",
    "online_creator": "online_creator",
    "private_person": "private_or_unknown",
}


def check(raw_text: str, label: dict[str, Any], shape: str) -> None:
    """The label and the metadata agree on sexual intent and minor risk."""
    sexual_words = SEXUAL_RE.search(raw_text) is not None
    minor_words = MINOR_RE.search(raw_text) is not None
    if not label["sexual_intent"] and sexual_words:
        raise AssertionError(f"{shape}: sexual words in an item labelled not sexual")
    if label["minor_risk"] != minor_words:
        raise AssertionError(f"{shape}: minor cue and label disagree")
    if label["minor_risk"] and (label["sexual_intent"] or sexual_words):
        raise AssertionError(f"{shape}: a minor cue on a sexual item")
    if label["likeness"] and label["kind"] != "private_person" and not label["target"]:
        raise AssertionError(f"{shape}: a named likeness item shows no name")


def build(split: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rng = random.Random(SEEDS[split])
    part = PARTS[split]
    g = Gen(rng, part, split, _people(part), _east_asian(part, rng), _ordinary(part), _stage(part))
    jobs: list[Generator] = []
    for gen, n_dev, n_hold in MIX:
        jobs += [gen] * (n_dev if split == "dev2" else n_hold)
    rng.shuffle(jobs)
    return emit(rng, jobs, g, split)


def emit(
    rng: random.Random, jobs: list[Generator], g: Gen, split: str, id_base: int = 0
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    items: list[dict[str, Any]] = []
    labels: list[dict[str, Any]] = []
    seen: set[str] = set()
    id_base = id_base or {"dev2": 2_100_000, "hold2": 2_600_000}.get(split, 3_100_000)
    for gen in jobs:
        page, lab = gen(g)
        roughen(rng, page)
        created = _date(rng)
        platform = page.platform or (
            "huggingface" if page.hf_ok and rng.random() < 0.25 else "civitai"
        )
        if platform == "huggingface":
            author = str(rng.choice(V.HF_AUTHORS[g.part]))
            raw = hf_item(rng, page, author, created)
            while raw["id"] in seen:
                raw["id"] = raw["modelId"] = raw["id"] + f"-{rng.randint(2, 99)}"
            model_id = str(raw["id"])
        else:
            mid = id_base + rng.randrange(400_000)
            while str(mid) in seen:
                mid = id_base + rng.randrange(400_000)
            raw = civitai_item(rng, page, mid, created, str(rng.choice(V.UPLOADERS[g.part])))
            model_id = str(mid)
        seen.add(model_id)
        for version_name, words in page.versions:
            add_version(rng, raw, version_name, words)
        if platform == "civitai" and not page.versions and rng.random() < 0.22:
            add_version(rng, raw)
        target, targets, aliases = read_back(raw, lab) if lab.likeness else (None, [], [])
        label = {
            "platform": platform,
            "model_id": model_id,
            "kind": lab.kind,
            "likeness": lab.likeness,
            "target": target,
            "gender": lab.gender if lab.likeness else None,
            "prominence": PROMINENCE.get(lab.kind) if lab.likeness else None,
            "sexual_intent": page.sexual,
            "minor_risk": lab.minor,
            "shape": lab.shape,
            "targets": targets,
            "aliases": aliases,
        }
        check(item_text(raw), label, lab.shape)
        items.append(raw)
        labels.append(label)
    return items, labels


def dumps(rows: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def outputs() -> Iterator[tuple[Path, str]]:
    for split in SEEDS:
        items, labels = build(split)
        yield HERE / f"{split}.jsonl", dumps(items)
        yield HERE / f"{split}_labels.jsonl", dumps(labels)


def main() -> int:
    for path, text in outputs():
        path.write_text(text, encoding="utf-8")
        digest = hashlib.sha256(text.encode()).hexdigest()[:12]
        print(f"{path.name}: {text.count(chr(10))} lines, sha256 {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
