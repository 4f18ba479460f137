"""Person-name shape: the bundled first-name table and the finder of name-like spans.

A span looks like a person's name when a known first name (never a common word) stands next to
a surname-like word (``Anna Miller``, ``anna_miller_v2``, ``AnnaMiller``, ``Miller Anna``), or
when one token is a first name run together with a surname-like rest (``annamiller``,
``4nn4m1ll3r``). A lone first name is never a name.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from dfaudit.detect import east_asian
from dfaudit.detect.text import alternation, ascii_letters, deleet, fold, pieces, text_pieces
from dfaudit.detect.vocab import (
    CONCEPT_WORDS,
    FICTION_STRONG,
    FICTION_WORDS,
    GLUED_MODEL_WORDS,
    LIVE_GENERIC_FICTION,
    NOT_FIRST_NAMES,
    NOT_NAME_WORDS,
    SLUG_MODEL_WORDS,
    STYLE_WORDS,
    TITLE_WORDS,
    TOOL_WORDS,
)

NAME_TEXT_LIMIT = 300  # a longer text is not a name: only its start is read
RUN_TOGETHER_MAX = 40  # letters of a first name and a surname written as one word
FIRST_NAME_MAX = 16  # the run-together finder only tries first names up to this length
EAST_ASIAN_COUNT = 10_000  # a given name from the East-Asian table counts as a common one
_VOWEL = re.compile(r"[aeiouy]")
_TRAILING_DIGITS = re.compile(r"\d+$")
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_VERSION = re.compile(r"[_\-. ]?[vV]\d+(?:\.\d+)*$")
# Every match of ``_SUFFIX`` ends with a digit (``v2``) or one of these.
_SUFFIX_ENDINGS = (*"0123456789", *GLUED_MODEL_WORDS, "style")
_ASCII_DIGIT = re.compile(r"[0-9]")
# A token the run-together finder can read in ASCII text: a run of seven letters or digits or
# more (the finder needs 7+ letters once folded; folding ASCII keeps the length).
_LONG_ASCII_TOKEN = re.compile(r"[A-Za-z0-9]{7,}")
_CAPITALISED = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])")  # _PIECE_WORDS' capitalised words
_PIECE_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+")  # text._PIECE: its words only
# a version, a model word (vocab.GLUED_MODEL_WORDS) or "style" glued to a name's end
_SUFFIX = re.compile(rf"(?:v\d+|{alternation(GLUED_MODEL_WORDS)}|style)$")


@dataclass(frozen=True, slots=True)
class FirstName:
    name: str
    gender: str  # f | m | u
    count: int
    # Also a frequent ordinary word ("can", "will", "lo", "della"; the table's ``word`` column,
    # derived at build time): the name finder reads it only capitalised or beside a surname.
    word: bool = False


@lru_cache(maxsize=1)
def first_names() -> dict[str, FirstName]:
    """The bundled first-name table (see data/NOTICE.md for its source and licence)."""
    return {
        name: FirstName(name, gender, int(count), word == "1")
        for name, gender, count, word in east_asian.data_rows("first_names.csv.gz", 4)
    }


@lru_cache(maxsize=1)
def world_first_names() -> dict[str, str]:
    """First names of the whole world the bundled table lacks (data/NOTICE.md), counted as
    common ones; read only in a short text that is nothing but a name, its words apart,
    beside a rare surname (a slug, a trigger word: :func:`_whole_name`). Run together with
    a word they cut too many words ("busi|nesswoman"). Name -> gender letter."""
    return {row[0]: row[1] for row in east_asian.data_rows("first_names_world.csv.gz", 3)}


def world_first_name(key: str) -> FirstName | None:
    """The world table's entry for a folded word, counted as a common first name."""
    gender = world_first_names().get(key)
    return None if gender is None else FirstName(key, gender, WORLD_COUNT)


WORLD_COUNT = 5000  # what a first name of the world table counts as (a common one)


@lru_cache(maxsize=1)
def _gender_only_lines() -> list[str]:
    """The lines ``name,gender`` of the gender-only table (data/NOTICE.md), sorted: looked up
    by bisection, since most runs look up a few names of its hundred thousand (a dict of them
    would cost more to build than every look-up of a census)."""
    lines = east_asian.data_lines("first_names_gender.csv.gz")
    return lines[1:]


# The second gender-only table (data/NOTICE.md, ``scripts/build_gender_more.py``): first names
# of every script that no other table holds, of a clear gender in names-dataset and
# nomquamgender. Read last: the other tables' answer stands.
GENDER_MORE_VERSION = 1


@lru_cache(maxsize=1)
def _gender_more_lines() -> list[str]:
    return east_asian.data_lines("first_names_gender_more.csv.gz")[1:]


def _gender_only(key: str) -> str | None:
    return _bisect_gender(_gender_only_lines(), key) or _bisect_gender(_gender_more_lines(), key)


def _bisect_gender(lines: list[str], key: str) -> str | None:
    probe = f"{key},"
    i = bisect.bisect_left(lines, probe)
    if i < len(lines) and lines[i].startswith(probe):
        return lines[i][len(probe) :]
    return None


@lru_cache(maxsize=65536)
def name_gender(word: str) -> str:
    """The gender letter (f, m, u) of a word already taken as a person's first name: the
    first-name table's, else the world table's, else the gender-only tables' (the names that
    lean one way by two sources, and rarer names of a clear gender in every script; never
    used to find a name)."""
    key = fold(word)
    entry = first_names().get(key)
    if entry is not None and entry.gender != "u":
        return entry.gender
    return world_first_names().get(key) or _gender_only(key) or "u"


@lru_cache(maxsize=65536)
def first_name(word: str) -> FirstName | None:
    """The table entry for ``word`` if it can be a first name (common words never are)."""
    key = fold(word)
    if len(key) < 2 or key in NOT_FIRST_NAMES or key in NOT_NAME_WORDS:
        return None
    return first_names().get(key)


@lru_cache(maxsize=65536)
def surname_like(word: str) -> bool:
    """A word that can be a name's other part: letters, a vowel, not a model-making word."""
    key = fold(word)
    return (
        len(key) >= 2
        and key.isalpha()
        and key not in NOT_NAME_WORDS
        and key not in NOT_FIRST_NAMES
        and _VOWEL.search(key) is not None
        and not (len(key) <= 2 and key.isupper())
        and not key.endswith(PRODUCT_ENDINGS)  # "ivory|orangemix": a product
    )


# Words that end a merge's product name, never a surname ("<Name>Diffusion" was how early
# Dreambooth checkpoints of a person were named, so it is not one of them).
PRODUCT_ENDINGS = ("mix", "merge")


@dataclass(frozen=True, slots=True)
class NameMatch:
    """A name-like span: its words in reading order and how it was recognised."""

    text: str
    span: tuple[int, int]
    words: tuple[str, ...]  # folded
    # pair | reversed | run_together (Western first-name table); script (CJK script),
    # romanised (Chinese or Korean, family name first or last), romaji, pinyin (run together)
    kind: str
    first: FirstName
    capitalised: bool
    origin: str = ""  # cn | kr | jp for an East-Asian name

    @property
    def key(self) -> str:
        """Order-free canonical key, so ``Miller Anna`` groups with ``Anna Miller``."""
        return " ".join(sorted(self.words))


@lru_cache(maxsize=65536)
def find_names(text: str) -> tuple[NameMatch, ...]:
    """Every name-like span in ``text`` (model name, trigger word, file name).

    Cached: the same trigger words, file stems and names recur across many models.
    """
    if any(q in text for q in _QUOTES):
        nick = _NICKNAME.search(text, 0, NAME_TEXT_LIMIT)
        if nick is not None:
            return _without_nickname(text, nick.start(), nick.end())
    return tuple(_find_names(text, True))


_QUOTES = ('"', "“", "'", "‘", "«")
# A nickname in quotes between a first name and a surname: 'Kalinda "Kalie" Quillaski'.
_NICKNAME = re.compile(r"(?<=[^\W\d_]) [\"“'‘«][A-Za-z]{2,15}[\"”'’»](?= [^\W\d_])")


def _without_nickname(text: str, start: int, end: int) -> tuple[NameMatch, ...]:
    """The names of ``text`` read without the quoted nickname at ``start:end`` (its space
    before): spans and texts are those of the whole text, the nickname inside."""
    cut = end - start
    found = []
    for m in _find_names(text[:start] + text[end:], True):
        a, b = m.span
        span = (a if a <= start else a + cut, b if b <= start else b + cut)
        found.append(dataclasses.replace(m, text=text[span[0] : span[1]], span=span))
    return tuple(found)


@lru_cache(maxsize=65536)
def find_prose_names(text: str) -> tuple[NameMatch, ...]:
    """The capitalised names of a line of prose (a description's opening): the matches of
    :func:`find_names` that are written capitalised or in script, without the search for names
    run together into one word (``annamiller``), which reads every long word of the text."""
    return tuple(_find_names(text, False))


def _find_names(text: str, every: bool) -> list[NameMatch]:
    text = text[:NAME_TEXT_LIMIT]
    if not text:
        return []
    eastern = [_eastern(n, "script", True) for n in east_asian.script_names(text)]
    # Romanised Japanese names read like the names of anime and game characters, which abound:
    # they are a kind of their own, so the combiner weighs them apart.
    eastern += [
        _eastern(n, "romaji" if n.origin == "jp" else "romanised", True)
        for n in east_asian.romanised_names(text)
    ]
    if every and not text.isascii():
        eastern += _world_script_names(text)
    elif every and _SUFFIX_HINT.search(text) is not None:
        eastern += _suffix_names(text)
    whole: list[NameMatch] | None = None
    # a slug that is only a romanised East-Asian name ("yuk-tae-o"), before any pair in it:
    # only a slug holding a romanised family name or a Japanese given name can be one
    if (
        every
        and not eastern
        and text.islower()
        and len(text) <= WHOLE_NAME_MAX
        and not _eastern_heads().isdisjoint(_NAME_TOKEN.findall(text))
    ):
        whole = _whole_name(text)
        if whole and whole[0].origin:
            return whole
    if every and not eastern and ", " in text[:FAMILY_COMMA_MAX]:
        listed = _family_comma(text)
        if listed is not None:
            return [listed]
    if every and not eastern and text.endswith(")") and "_(" in text:
        tagged = _booru_person(text)
        if tagged is not None:
            return [tagged]
    if every and not eastern and ", " in text[:FAMILY_COMMA_MAX] and text[:1].islower():
        listed = _particle_family_comma(text)
        if listed is not None:
            return [listed]
    if not eastern and " " in text and _PARTICLE_HINT.search(text) is not None:
        particled = _particle_names(text)
        if particled:
            return particled
    if every and not eastern and "*" in text:
        unmasked = _unmasked(text)
        if unmasked:
            return unmasked
    found = [m for m in _pairs(text, every) if not _overlaps(m, eastern)]
    if not found and not eastern and every:
        found = (_whole_name(text) if whole is None else whole) or _run_together(text)
    if not found and not eastern and _has_digit(text):
        leet = deleet(_BASE_TOKEN.sub("", _VERSION_TOKEN.sub("", _without_version(text))))
        found = [m for m in _pairs(leet, every) if m.kind == "pair"]
        if not found and every:
            found = _run_together(leet)
    if not found and not eastern and every:
        found = _camel_eastern(text) or _unmasked(text)
    return sorted(eastern + found, key=lambda m: m.span)


# A name as a catalogue or a register lists it, the family name in capitals first and the given
# name after a comma: "KOWAL, Anna — LoRA", "QUELLMORE, Isaura (presenter)". The capitals and the
# comma are the register's way of writing a person; the given name must be a gendered one of the
# tables, the family name no word of things (not "PARIS, France", "AUTUMN, Rose").
_FAMILY_COMMA = re.compile(
    r"[ \t]*([A-Z]{2,20}(?:[-'][A-Z]{2,20})?), ([A-Z][a-z]{1,15})(?=$|[ .,;:|(\[—–-]|\s)"
)
FAMILY_COMMA_MAX = 45  # where the comma of a title's family name may stand
FAMILY_COMMA_FIRST_COUNT = 1000  # the given name after it: no rare entry of the table


def _family_comma(text: str) -> NameMatch | None:
    m = _FAMILY_COMMA.match(text)
    if m is None:
        return None
    family, given = m.group(1), m.group(2)
    entry = first_names().get(fold(given))
    if entry is None or entry.count < FAMILY_COMMA_FIRST_COUNT or fold(given) in _things():
        return None
    key = fold(family).replace("-", "").replace("'", "")
    if key in PLACE_TAILS or key in _things():
        return None  # "LAKE, Victoria": a gazetteer's entry
    known = _surname_known(key) or (len(key) == 2 and key in east_asian.tables().surnames)
    if not known and (len(key) < 3 or not surname_like(key) or ordinary_word(key)):
        return None  # "CHRISTMAS, Eve"; a frequent proper noun is no ordinary word
    if (entry.word and not _rare_surname(key)) or (not known and key in first_names()):
        return None  # "PARIS, France": a given name that is a word; "MARIO, Luigi": two given
    # read as the pair it stands for, given name first (the span keeps the written order)
    return NameMatch(
        text[m.start(1) : m.end(2)],
        m.span(1)[:1] + m.span(2)[1:],
        (fold(given), key),
        "pair",
        entry,
        True,
    )


# A booru tag of a real person: the name's words and the qualifier the boards give a person
# ("<given>_<family>_(celebrity)", "_(actress)"), a drawn character's being its work's title.
_BOORU_PERSON = re.compile(
    r"([a-z]{2,20})_([a-z]{2,24})_\((?:celebrity|actor|actress|singer|idol|cosplayer|model|"
    r"real person|person|youtuber|streamer|athlete|politician)\)"
)


def _booru_person(text: str) -> NameMatch | None:
    """The name of a booru tag qualified as a real person's ("<given>_<family>_(celebrity)"):
    the first word a first name of the tables, a word one too ("rose", "bill": the qualifier
    says a person), the second no word of model making."""
    m = _BOORU_PERSON.fullmatch(text)
    if m is None:
        return None
    given, family = m.group(1), m.group(2)
    entry = first_names().get(given)
    if entry is None or family in NOT_NAME_WORDS:
        return None
    if not surname_like(family) and family not in word_surnames():
        return None
    return NameMatch(
        m.group(1) + "_" + family, (0, m.end(2)), (given, family), "pair", entry, False
    )


# A register's entry of a surname with its particles, the given name after a comma: "van der
# Varnow, Ilse", "de la Quorvath, Agnes", "ten Hoevel, Mirthe" (the particles small, first, as an
# index sorts them).
_PARTICLE_FAMILY_COMMA = re.compile(
    r"[ \t]*((?:(?:de|da|do|dos|das|del|della|di|du|des|van|von|der|den|ter|ten|te|la|le|zu) )"
    r"{1,3})"
    r"([A-Z][a-z]{2,20}(?:-[A-Z][a-z]{2,20})?), ([A-Z][a-z]{1,15})(?=$|[ .,;:|(\[—–-]|\s)"
)


def _particle_family_comma(text: str) -> NameMatch | None:
    """A surname with its particles first and the given name after a comma ("van der
    Varnow, Ilse"), read as the name it stands for ("Ilse van der Varnow"): the given name a
    first name of the tables (or of the world table) that is no word, the surname no word
    of things."""
    m = _PARTICLE_FAMILY_COMMA.match(text)
    if m is None:
        return None
    given, last = m.group(3), m.group(2)
    key = fold(given)
    entry = first_names().get(key) or world_first_name(key)
    if entry is None or entry.word or key in _things():
        return None
    if not surname_like(last) or fold(last) in _things() or fold(last) in NOT_NAME_WORDS:
        return None
    family = f"{m.group(1)}{last}"
    return NameMatch(
        text[m.start(1) : m.end(3)],
        (m.start(1), m.end(3)),
        (key, fold(family)),
        "pair",
        entry,
        True,
    )


# A surname with its particles, after a capitalised first name of the tables: "Margaux de la
# Cruz", "Pieter van der Berg", "Lucas del Rio", "Aisha bint Khalid".
_PARTICLES = (
    r"de|da|do|dos|das|del|della|dello|di|du|des|van|von|der|den|ter|te|la|le|lo|bin|binti|"
    r"bint|ibn|al|el|zu|af|av|y"
)
_PARTICLE_WORDS = frozenset(_PARTICLES.split("|"))


def is_particle(word: str) -> bool:
    """Whether a lower-case word is a surname's particle ("van", "de", "bin")."""
    return word in _PARTICLE_WORDS


_PARTICLE_NAME = re.compile(
    r"(?<![^\W\d_])(?P<first>[A-Z][^\W\d_]{1,15}) "
    rf"(?P<particles>(?:(?:{_PARTICLES}) ){{1,3}}|(?P<article>[AaEe]l[- ]))"
    r"(?P<last>[A-Z][^\W\d_]{1,20})(?![^\W\d_])"
)
# the Arabic article is written capitalised or joined by a hyphen too ("Yusra Al-Qadimari")
_PARTICLE_HINT = re.compile(rf" (?:(?:{_PARTICLES}) |[AaEe]l-|[AE]l )[A-Z]")
ARTICLE_FIRST_COUNT = 1000  # a first name before "Al-": the article marks the family name


def _particle_names(text: str) -> list[NameMatch]:
    for m in _PARTICLE_NAME.finditer(text):
        entry = first_name(m.group("first"))
        least = 5000 if m.group("article") is None else ARTICLE_FIRST_COUNT
        if entry is None or entry.word or entry.count < least:
            continue
        last = m.group("last")
        if not surname_like(last) or fold(last) in NOT_NAME_WORDS:
            continue
        family = f"{m.group('particles')}{last}"
        return [_match(text, m.start(), m.end(), (m.group("first"), family), "pair", entry, True)]
    return []


# A romanised East-Asian name written as one camelCase token, given and family name each
# capitalised ("KotohaYamanashi", "YeByeolJegal": a Korean given name's syllables capitalised
# each): read as its words apart, the way "Kotoha_Yamanashi" is.
_CAMEL_TOKEN = re.compile(r"(?<![A-Za-z])(?:[A-Z][a-z]{1,10}){2,3}(?![A-Za-z])")
_CAMEL_PART = re.compile(r"[A-Z][a-z]+")


def _camel_eastern(text: str) -> list[NameMatch]:
    if text.islower() or text.isupper():
        return []
    for token in _CAMEL_TOKEN.finditer(text):
        parts = _CAMEL_PART.findall(token.group(0))
        if len(parts) == 2:
            tries = [" ".join(parts)]
        else:  # a two-syllable Korean given name, before or after the family name
            a, b, c = parts
            tries = [f"{a}-{b.lower()} {c}", f"{a} {b}-{c.lower()}"]
        for spaced in tries:
            for name in east_asian.romanised_names(spaced):
                if name.span == (0, len(spaced)):
                    located = dataclasses.replace(name, text=token.group(0), span=token.span())
                    kind = "romaji" if name.origin == "jp" else "romanised"
                    return [_eastern(located, kind, True)]
    return []


# A name its uploader masked against a filter: a letter starred out of a first name
# ("C*terina Pembannix"), or the name spelled letter by letter ("C a t e r i n a  K o w a l").
_STARRED = re.compile(r"(?<![^\W\d_*])([A-Za-z]{1,12})\*([a-z]{1,12})(?![^\W\d_*])")
_SPELLED = re.compile(r"(?<![^\W\d_])(?:[A-Za-z] {1,3}){5,40}[A-Za-z](?![^\W\d_])")
_SPELLED_GAP = re.compile(r" {2,3}")  # between the words of a name spelled in capitals
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_NEXT_WORD = re.compile(r"[ _]([A-Za-z][a-z]{2,20})(?![^\W\d_])")


def _starred(text: str, m: re.Match[str]) -> list[NameMatch]:
    """The name a starred first name and the word after it make: the first letter that fills
    the star to a first name of the tables (the gender-only ones too: a masked name is a name),
    with a surname-like word after it."""
    head, tail = m.group(1), m.group(2)
    for letter in _LETTERS:
        key = head.lower() + letter + tail
        entry = first_name(key)
        if entry is not None and entry.word:
            continue
        if entry is None:
            gender = name_gender(key)
            if gender == "u" or key in NOT_NAME_WORDS or key in common_words():
                continue
            entry = FirstName(key, gender, WORLD_COUNT)
        after = _NEXT_WORD.match(text, m.end())
        if after is None:
            return []
        surname = after.group(1)
        if not surname_like(surname) or fold(surname) in common_words():
            return []
        words = (key, fold(surname))
        capitalised = head[:1].isupper() and surname[:1].isupper()
        span = (m.start(), after.end())
        return [NameMatch(text[span[0] : span[1]], span, words, "pair", entry, capitalised)]
    return []


def _unmasked(text: str) -> list[NameMatch]:
    if "*" in text:
        m = _STARRED.search(text)
        if m is not None:
            return _starred(text, m)
    m = _SPELLED.search(text)
    if m is not None:
        spelled = m.group(0)
        if _SPELLED_GAP.search(spelled) is not None:
            # the words apart by a wider gap ("J A N E   K O W A L")
            joined = " ".join(w.replace(" ", "") for w in _SPELLED_GAP.split(spelled))
        else:
            # the words begin where a capital letter stands ("C a t e r i n a J o s s o v s k a")
            letters = spelled.split(" ")
            joined = "".join(
                (" " + ch if ch.isupper() and k else ch) for k, ch in enumerate(letters)
            )
        if " " not in joined:
            return []
        found = [n for n in _pairs(joined.title(), True) if n.kind == "pair"]
        return [
            dataclasses.replace(n, text=m.group(0), span=m.span())
            for n in found
            if n.span == (0, len(joined))
        ]
    return []


_SCRIPT_WORD = re.compile(r"[^\W\d_]+")
# a version token anywhere ("Solenne_v4_v1"): never de-leeted into letters ("v4" -> "va")
# a base model's token ("sd15", "sd_21", "sdxl1"): digits no leetspeak letter stands for
_BASE_TOKEN = re.compile(r"(?<![A-Za-z0-9])(?i:sd|sdxl|xl)[-_.]?\d{1,3}(?![A-Za-z0-9])")
_VERSION_TOKEN = re.compile(r"(?<![A-Za-z0-9])[vV]\d+(?:\.\d+)*(?![A-Za-z0-9])")
_SUFFIX_HINT = re.compile(
    r"sk(?:aya|iy)|shvili|enko|dze|[oe]va\b|[oe]vich"
)  # a cheap test before _suffix_names
# Scripts whose first names the world table holds (Unicode character-name prefixes); Greek
# and Cyrillic have capitals, Hebrew and Arabic none.
WORLD_SCRIPTS = frozenset({"GREEK", "CYRILLIC", "HEBREW", "ARABIC"})
CASED_SCRIPTS = frozenset({"GREEK", "CYRILLIC"})
SCRIPT_SURNAME_MIN = 3  # letters of the word after a first name in script


def _script_of(word: str) -> str:
    return unicodedata.name(word[0], "").split(" ")[0]


def _world_script_names(text: str) -> list[NameMatch]:
    """A first name of the world table in Greek, Cyrillic, Hebrew or Arabic script before a
    word of the same script (capitalised in Greek and Cyrillic) that is no first name itself:
    ``Σταματία Κυριακίδου`` shape. Kind "script"; its words stay in their script."""
    world = world_first_names()
    words = list(_SCRIPT_WORD.finditer(text))
    out: list[NameMatch] = []
    for i, (a, b) in enumerate(zip(words, words[1:], strict=False)):
        first, last = a.group(0), b.group(0)
        if first.isascii() or last.isascii():
            continue
        script = _script_of(first)
        if script not in WORLD_SCRIPTS or text[a.end() : b.start()] not in (" ", "_", "."):
            continue  # "בן-שושן": a hyphen joins the parts of one surname, not a first name
        if _script_of(last) != script or (
            script in CASED_SCRIPTS and not (first[:1].isupper() and last[:1].isupper())
        ):
            continue
        end = b.end()
        if i + 2 < len(words) and text[b.end() : words[i + 2].start()] == "-":
            c = words[i + 2]  # "תהילה בן-שושן": a double surname
            if _script_of(c.group(0)) == script:
                last, end = f"{last}-{c.group(0)}", c.end()
        if len(last) < SCRIPT_SURNAME_MIN:
            continue
        entry = world_first_name(fold(first))
        if entry is None and script == "ARABIC":
            entry = _arabic_first_name(fold(first)) or _before_arabic_family(first, last)
        if entry is None or fold(last) in world:
            continue
        words_folded = (fold(first), fold(last))
        out.append(
            NameMatch(text[a.start() : end], (a.start(), end), words_folded, "script", entry, True)
        )
    return out + [m for m in _suffix_names(text) if not _overlaps(m, out)]


# An Arabic family name: the article and a nisba ending ("المريخي", al-...ī: of a tribe or a
# place), after a given name without the article; no ordinary noun phrase is written so (an
# adjective after a noun takes the article on both: "الخط العربي").
_ARABIC_ARTICLE = "ال"
ARABIC_NISBA_MIN = 6  # letters of the family name with its article
ARABIC_GIVEN_MIN = 3


def _before_arabic_family(first: str, last: str) -> FirstName | None:
    """A given name no table holds before an Arabic family name of the nisba shape: counted
    as a first name of unknown gender."""
    if (
        len(first) >= ARABIC_GIVEN_MIN
        and not first.startswith(_ARABIC_ARTICLE)
        and len(last) >= ARABIC_NISBA_MIN
        and last.startswith(_ARABIC_ARTICLE)
        and last.endswith("ي")
        and not first.endswith("ي")
    ):
        return FirstName(fold(first), "u", WORLD_COUNT)
    return None


# Arabic letters written one way or another in names (alef with or without hamza, final yaa or
# alef maqsura, taa marbuta or haa): the world table holds one spelling of each name.
_ARABIC_SPELLINGS = (
    ("ى", "ي"),
    ("ي", "ى"),
    ("ة", "ه"),
    ("ه", "ة"),
    ("أ", "ا"),
    ("إ", "ا"),
    ("آ", "ا"),
)


def _arabic_first_name(word: str) -> FirstName | None:
    """The world table's entry for an Arabic first name in another spelling ("ليلى", "ليلي")."""
    for written, other in _ARABIC_SPELLINGS:
        if written in word:
            entry = world_first_name(word.replace(written, other))
            if entry is not None:
                return entry
    return None


# Surnames known by their ending (East Slavic, Georgian, Armenian, Greek): the ending gives
# the bearer's gender where the language marks it. A first name the tables lack stands before
# such a surname as its pair: ``Всеслава Ольшанская``, ``Vseslava Olshanskaya``.
_CYRILLIC_SUFFIX_PAIR = re.compile(
    r"(?<![^\W\d_])([А-ЯЁ][а-яё]{2,15}) ([А-ЯЁ][а-яё]{2,20}?"
    r"(ская|цкая|ова|ева|ёва|ина|ский|цкий|ов|ев|ёв|ин|енко|ук|юк))(?![^\W\d_])"
)
_LATIN_SUFFIX_PAIR = re.compile(
    r"(?<![^\W\d_])([A-Z][a-z]{2,15}|[a-z]{3,15})[ _-]([A-Z]?[a-z]{2,20}?"
    r"(skaya|tskaya|skiy|tskiy|shvili|enko|dze|ova|eva|ovich|evich))(?![^\W\d_])"
)
# Georgian (no capitals): a word before a surname ending -ძე (-dze) or -შვილი (-shvili).
_GEORGIAN_SUFFIX_PAIR = re.compile(
    r"(?<![^\W\d_])([\u10d0-\u10f0]{2,15})[ _]([\u10d0-\u10f0]{2,20}?(ძე|შვილი))(?![^\W\d_])"
)
_GEORGIAN = re.compile(r"[\u10d0-\u10f0]")
# Armenian (capitals): a capitalised word before a capitalised surname ending -յան / -յանց
# (-yan / -yants) or -ունի (-uni).
_ARMENIAN_SUFFIX_PAIR = re.compile(
    r"(?<![^\W\d_])([\u0531-\u0556][\u0561-\u0587]{1,15})[ _]"
    r"([\u0531-\u0556][\u0561-\u0587]{1,20}?(յանց|յան|ունի))(?![^\W\d_])"
)
_ARMENIAN = re.compile(r"[\u0531-\u0587]")
_SUFFIX_GENDER = {
    **dict.fromkeys(
        ("ская", "цкая", "ова", "ева", "ёва", "ина", "skaya", "tskaya", "ova", "eva"), "f"
    ),
    **dict.fromkeys(
        ("ский", "цкий", "ов", "ев", "ёв", "ин", "skiy", "tskiy", "ovich", "evich"), "m"
    ),
}
# Endings of Russian adjectives and of the feminine first names (a first name must agree with
# a gendered surname: "Девушка Славянская" is a noun and an adjective, "Ольга Ольшанская" not).
_ADJECTIVE_ENDINGS = ("ая", "яя", "ий", "ый", "ой", "ое", "ее", "ые", "ие")
_FEMININE_ENDINGS = ("а", "я", "a")


def _suffix_names(text: str) -> list[NameMatch]:
    """A first name before a surname known by its ending: ``Всеслава Ольшанская`` (both
    capitalised Cyrillic, the first no adjective and agreeing in gender with the surname),
    ``Vseslava Olshanskaya`` / ``vseslava-olshanskaya`` (-skaya, -skiy, -shvili, -enko).
    Kind "script" in Cyrillic, "pair" in Latin letters; gender from the ending."""
    pattern = _LATIN_SUFFIX_PAIR if text.isascii() else _CYRILLIC_SUFFIX_PAIR
    out: list[NameMatch] = []
    if not text.isascii():
        if _GEORGIAN.search(text) is not None:
            out += _ending_names(text, _GEORGIAN_SUFFIX_PAIR)
        if _ARMENIAN.search(text) is not None:
            out += _ending_names(text, _ARMENIAN_SUFFIX_PAIR)
    for m in pattern.finditer(text):
        first, last, ending = m.group(1), m.group(2), m.group(3)
        if first[:1].isupper() != last[:1].isupper():
            continue
        key = fold(first)
        if key in common_words() or key in NOT_NAME_WORDS or first.endswith(_ADJECTIVE_ENDINGS):
            continue
        gender = _SUFFIX_GENDER.get(ending, "u")
        if gender != "u" and first.endswith(_FEMININE_ENDINGS) != (gender == "f"):
            continue
        known = world_first_name(key) or first_names().get(key)
        entry = FirstName(key, known.gender if known else gender, WORLD_COUNT)
        if gender != "u":
            entry = FirstName(key, gender, WORLD_COUNT)
        kind = "pair" if text.isascii() else "script"
        out.append(NameMatch(m.group(0), m.span(), (key, fold(last)), kind, entry, True))
    return out


def _ending_names(text: str, pattern: re.Pattern[str]) -> list[NameMatch]:
    """A first name before a surname known by its ending: Georgian ``თამარ ლომთათიძე``
    (-ძე, -შვილი), Armenian ``Անահիտ Պետրոսյան`` (-յան, -յանց, -ունի): kind "script", words in
    their script."""
    out: list[NameMatch] = []
    for m in pattern.finditer(text):
        first, last = m.group(1), m.group(2)
        if len(last) <= len(m.group(3)) + 1:
            continue  # the ending with a letter before it is no surname
        entry = FirstName(first, "u", WORLD_COUNT)
        out.append(NameMatch(m.group(0), m.span(), (first, last), "script", entry, True))
    return out


# Georgian (ა..ჰ) and Armenian (ա..ֆ; capitals Ա..Ֆ are these moved by 0x30) letters in Latin
# ones, as given names are spelt in Latin letters ("ლევან": levan, "Անահիտ": anahit); the
# Armenian "ու" is one vowel (u), and "ո" opening a word is "vo".
_GEORGIAN_LATIN = (
    "a", "b", "g", "d", "e", "v", "z", "t", "i", "k", "l", "m", "n", "o", "p", "zh", "r", "s",
    "t", "u", "p", "k", "gh", "q", "sh", "ch", "ts", "dz", "ts", "ch", "kh", "j", "h",
)  # fmt: skip
_ARMENIAN_LATIN = (
    "a", "b", "g", "d", "e", "z", "e", "e", "t", "zh", "i", "l", "kh", "ts", "k", "h", "dz",
    "gh", "ch", "m", "y", "n", "sh", "o", "ch", "p", "j", "r", "s", "v", "t", "r", "ts", "v",
    "p", "k", "o", "f", "ev",
)  # fmt: skip
_GEORGIAN_FIRST, _ARMENIAN_FIRST, _ARMENIAN_CAPITAL = 0x10D0, 0x0561, 0x0531


@lru_cache(maxsize=4096)
def romanise_caucasian(word: str) -> str | None:
    """A Georgian or Armenian word in Latin letters ("Լուսինե": lusine), or None when a
    character of it is of neither alphabet (the tables then say nothing of it)."""
    out: list[str] = []
    for i, ch in enumerate(word):
        code = ord(ch)
        if _ARMENIAN_CAPITAL <= code < _ARMENIAN_CAPITAL + 0x26:
            code += _ARMENIAN_FIRST - _ARMENIAN_CAPITAL
        if _GEORGIAN_FIRST <= code < _GEORGIAN_FIRST + len(_GEORGIAN_LATIN):
            out.append(_GEORGIAN_LATIN[code - _GEORGIAN_FIRST])
        elif _ARMENIAN_FIRST <= code < _ARMENIAN_FIRST + len(_ARMENIAN_LATIN):
            if code == 0x0582 and out and out[-1] in ("o", "vo"):  # "ու": u
                out[-1] = "u" if out[-1] == "o" else "vu"
            elif code == 0x0578 and i == 0:
                out.append("vo")
            else:
                out.append(_ARMENIAN_LATIN[code - _ARMENIAN_FIRST])
        else:
            return None
    return "".join(out) or None


# Ethiopic (Ge'ez script of Amharic and Tigrinya) syllables in Latin letters, as given names
# are spelt ("ሜሮን": meron, "አቤል": abel): the block is a grid of consonant rows of eight, the
# order of a syllable in its row its vowel (ä written "e", u, i, a, e, none, o, wa). The
# glottal and pharyngeal rows (አ, ዐ) are written by their vowel alone, their first order "a".
# Rows of labialised consonants with another layout (ቈ, ኈ, ኰ, ዀ, ጐ) are left out.
_ETHIOPIC_FIRST = 0x1200
_ETHIOPIC_ROWS = (
    "h", "l", "h", "m", "s", "r", "s", "sh", "q", "", "q", "", "b", "v", "t", "ch", "h", "",
    "n", "ny", "'", "k", "", "kh", "", "w", "'", "z", "zh", "y", "d", "d", "j", "g", "", "g",
    "t", "ch", "p", "ts", "ts", "f", "p",
)  # fmt: skip
_ETHIOPIC_VOWELS = ("e", "u", "i", "a", "e", "", "o", "wa")


@lru_cache(maxsize=4096)
def romanise_ethiopic(word: str) -> str | None:
    """An Ethiopic word in Latin letters (see above), or None when a character of it is no
    syllable of those rows (the tables then say nothing of it)."""
    out: list[str] = []
    for ch in word:
        row, order = divmod(ord(ch) - _ETHIOPIC_FIRST, 8)
        if not 0 <= row < len(_ETHIOPIC_ROWS) or not _ETHIOPIC_ROWS[row]:
            return None
        consonant, vowel = _ETHIOPIC_ROWS[row], _ETHIOPIC_VOWELS[order]
        if consonant == "'":  # a vowel alone: አ "a", እ "i"
            out.append("a" if order == 0 else "i" if order == 5 else vowel)
        else:
            out.append(consonant + vowel)
    return "".join(out) or None


def _eastern(name: east_asian.Name, kind: str, capitalised: bool) -> NameMatch:
    first = FirstName(name.given, name.gender, EAST_ASIAN_COUNT)
    words = (name.surname, name.given)
    return NameMatch(name.text, name.span, words, kind, first, capitalised, name.origin)


def _overlaps(match: NameMatch, others: list[NameMatch]) -> bool:
    start, end = match.span
    return any(start < o.span[1] and o.span[0] < end for o in others)


def _without_version(text: str) -> str:
    """``_VERSION.sub("", text)``: the pattern ends with a digit at the end of the text (or
    before a final newline), so any other text is returned as it is without a scan."""
    end = text[:-1] if text.endswith("\n") else text
    return _VERSION.sub("", text) if end[-1:].isdecimal() else text


def _has_digit(text: str) -> bool:
    if text.isascii():
        return _ASCII_DIGIT.search(text) is not None
    return any(ch.isdigit() for ch in text)


@lru_cache(maxsize=1)
def _pair_keys() -> frozenset[str]:
    """Every folded word that can be the first name of a pair: what :func:`first_name` accepts,
    and the first names that are also words (:func:`_word_first_name`)."""
    keys = set()
    for key, entry in first_names().items():
        if len(key) < 2:
            continue
        if key in NOT_NAME_WORDS and not _common_gendered(entry):
            continue
        if key not in NOT_FIRST_NAMES or _common_gendered(entry):
            keys.add(key)
    return frozenset(keys)


def _common_gendered(entry: FirstName) -> bool:
    return entry.count >= 5000 and entry.gender in ("f", "m")


@lru_cache(maxsize=1)
def _pair_key_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The first names a pair can hold, in four sets: (those of three letters or more — no
    pair has a shorter first name —, those of them that count however written, those that
    count only capitalised or beside a surname — first names that are also frequent words —,
    the surnames of both tables)."""
    table = first_names()
    keys = frozenset(k for k in _pair_keys() if len(k) >= 3)
    worded = frozenset(k for k in keys if table[k].word)
    return keys, keys - worded, worded, common_surnames() | word_surnames()


def _may_pair(text: str) -> bool:
    """False only when no word piece of ``text`` can be a pair's first name, so :func:`_pairs`
    finds nothing (pieces are ASCII; folding one is lower-casing it). A first name that is also
    a frequent word ("can", "will") counts only capitalised or beside a surname."""
    words = _PIECE_WORDS.findall(ascii_letters(text))
    keys, plain, worded, surnames = _pair_key_sets()
    if keys.isdisjoint(map(str.lower, words)):
        return False  # the common case
    lowered = [w.lower() for w in words]
    if not plain.isdisjoint(lowered):
        return True
    letters = [(w, k) for w, k in zip(words, lowered, strict=True) if k.isalpha()]
    for i, (word, key) in enumerate(letters):
        if key not in worded:
            continue
        if word[:1].isupper():
            return True
        before = i > 0 and letters[i - 1][1] in surnames
        if before or (i + 1 < len(letters) and _surname_after(letters[i + 1][1], surnames)):
            return True
    return False


def _named_surname(word: str, surnames: frozenset[str]) -> bool:
    """A surname of the tables that is no common English word ("keller", not "you")."""
    key = fold(word)
    return key in surnames and key not in common_words()


def _surname_after(word: str, surnames: frozenset[str]) -> bool:
    """Whether ``word``, after a lower-case first name that is also a word ("una delvaux",
    "anders iverson"), reads as its surname: one of the tables, or a surname-like word of five
    letters or more that is neither a first name nor a common word ("can opener" is none)."""
    key = fold(word)
    return _named_surname(key, surnames) or (len(key) >= 5 and _rare_surname(key))


def _worded(
    parts: list[tuple[str, int, int]], firsts: list[FirstName | None]
) -> tuple[list[FirstName | None], set[int]]:
    """``firsts`` less the lower-case first names that are also frequent words, unless a
    surname of the tables that is no common word stands beside ("ben keller", "keller ben";
    not "you can") or a rare surname-like word after (:func:`_surname_after`; those only begin
    a pair: the indices returned)."""
    surnames = _pair_key_sets()[3]
    out = list(firsts)
    forward: set[int] = set()
    for i, entry in enumerate(firsts):
        if entry is None or not entry.word or parts[i][0][:1].isupper():
            continue
        if i > 0 and _named_surname(parts[i - 1][0], surnames):
            continue
        if i + 1 < len(parts) and _named_surname(parts[i + 1][0], surnames):
            continue
        if i + 1 < len(parts) and _surname_after(parts[i + 1][0], surnames):
            forward.add(i)
        else:
            out[i] = None
    return out, forward


def _pairs(text: str, every: bool = True) -> list[NameMatch]:
    """Pairs of a first name and a surname-like word; only the capitalised ones unless
    ``every``."""
    if not (_may_pair if every else _may_pair_capitalised)(text):
        return []
    parts = [p for p in text_pieces(text) if p[0].isalpha()]
    firsts = [first_name(p[0]) for p in parts]  # every match needs a first name on one side
    # A first name that is also a frequent word ("can", "ben") counts written with a capital,
    # or beside a surname of the tables ("ben_keller"): :func:`_worded`.
    forward: set[int] = set()
    if any(f is not None and f.word for f in firsts):
        firsts, forward = _worded(parts, firsts)
    out: list[NameMatch] = []
    used: set[int] = set()
    for i in range(len(parts) - 1):
        if i in used:
            continue
        first_a, first_b = firsts[i], firsts[i + 1]
        if (
            first_a is None
            and first_b is None
            and not (parts[i][0][:1].isupper() and parts[i + 1][0][:1].isupper())
        ):
            continue  # the common case: no first name, no capitalised pair
        (word_a, start_a, end_a), (word_b, start_b, end_b) = parts[i], parts[i + 1]
        cap = word_a[:1].isupper() and word_b[:1].isupper()
        if first_a is None and first_b is None:
            # "Daisy Marchetti": a first name that is also a word, before a capitalised surname
            first_a = _word_first_name(word_a, word_b) if cap else None
            if first_a is None:
                continue
        if start_b - end_a > 1 or not _adjacent(text, end_a, start_b):
            continue
        if (
            _syllable_joined(text, parts, i + 1)
            or _syllable_joined(text, parts, i)
            or (i > 0 and _syllable_joined(text, parts, i - 1))
        ):
            # w2ea: "Bin Eun-bom": "Eun" begins a hyphenated given name, no name alone, and
            # "Eun" and "bom" are its syllables, no pair
            continue
        if _model_word_piece(parts, i + 1):
            continue  # "Cornelius LoRA": the "Lo" of "LoRA" is no surname
        if first_a is not None and _middle_named(text, parts, i, first_a):
            # "odile mae varnow", "Ilse Jo Quellmore": a given name, a middle name, a family
            # name, in any case (a middle name is no family name: "Odile Mae" is not the name)
            (word_c, _, end_c) = parts[i + 2]
            words = (word_a, word_b, word_c)
            whole_cap = cap and word_c[:1].isupper()
            out.append(_match(text, start_a, end_c, words, "pair", first_a, whole_cap))
            used.update({i, i + 1, i + 2})
            continue
        if first_b is not None and _family_in_capitals(
            text, word_a, word_b, end_a, start_b, first_b
        ):
            # "VARNOW ilse", "PAGE ilse": the family name in capitals, the given name after it
            out.append(_match(text, start_a, end_b, (word_a, word_b), "reversed", first_b, cap))
            used.update({i, i + 1})
            continue
        if first_a is not None and cap and len(word_a) >= 3 and fold(word_b) in word_surnames():
            # "Elena Fox", "Clara Day": a surname that is also a word, after a first name
            end, surname = _double_surname(text, parts, i + 1)
            out.append(_match(text, start_a, end, (word_a, surname), "pair", first_a, cap))
            used.update({i, i + 1, i + 2} if end != end_b else {i, i + 1})
            continue
        if (
            first_a is not None
            and cap
            and len(word_a) >= 3
            and _worded_family(word_b, first_a)
            and not _ordinary_after(text, parts, i + 1)
        ):
            # "Elmer Hunter", "Ottilie Long": a capitalised word the project reads as no first
            # name, after a common first name that is no word itself (not "Emma Long Hair")
            out.append(_match(text, start_a, end_b, (word_a, word_b), "pair", first_a, cap))
            used.update({i, i + 1})
            continue
        if (
            first_a is not None
            and first_b is not None
            and first_b.count > 4 * first_a.count
            and not _hyphen_joined(text, parts, i + 1)
        ):
            first_a = None  # "Miller Anna": the second word is the far likelier first name
        if first_a is not None and first_a.word and _common_word_not_surname(word_b):
            first_a = None  # "Sunday Photos": a word first name before a common word
        if (
            first_a is not None
            and not first_a.word
            and _common_gendered(first_a)
            and word_b.islower()
            and not (word_a[:1].isupper() and text[end_a:start_b] == " ")  # "Thai features"
            and surname_like(word_b)  # what a pair would have read as its surname
            and _common_word_not_surname(word_b)
            and i + 2 < len(parts)
            and _adjacent(text, end_b, parts[i + 2][1])
            and _common_word_not_surname(parts[i + 2][0])
        ):
            # "Lupita_college_classmate": a first name before a phrase of ordinary words (not
            # "heather_whistle_v1"): a person named by the first name alone
            out.append(_match(text, start_a, end_a, (word_a,), "pair", first_a, False))
            used.update({i, i + 1})
            continue
        if (
            first_a is not None
            and first_a.word
            and first_b is not None
            and word_a.islower()
            and word_b[:1].isupper()
            and i + 2 < len(parts)
            and parts[i + 2][0][:1].isupper()
            and _surname_pair_after(text, parts, i + 1)
        ):
            continue  # "judge Tomasz Quellbury": a word written small before a capitalised name
        if first_a is not None and surname_like(word_b) and len(word_a) >= 3:
            end, surname = _double_surname(text, parts, i + 1)
            out.append(_match(text, start_a, end, (word_a, surname), "pair", first_a, cap))
            used.update({i, i + 1, i + 2} if end != end_b else {i, i + 1})
            continue
        if i + 1 in forward:
            first_b = None  # "milliion live": a word first name only begins a pair
        if (
            first_b is not None
            and not cap
            and text[end_a:start_b] == " "
            and _common_word_not_surname(word_a)
        ):
            # a common word before a first name, apart in prose: no surname ("like Isaura
            # Quellmore": the pair after it is the name; "my friend Courtney": the first name
            # alone); joined ("cozy_kira") it may be a handle, read as before
            read = surname_like(word_a) and len(word_a) >= 3 and len(word_b) >= 3
            if read and not _pair_after(text, parts, i + 1):
                out.append(_match(text, start_b, end_b, (word_b,), "reversed", first_b, cap))
                used.update({i, i + 1})
            continue
        if first_b is not None and fold(word_a) in TITLE_WORDS:
            continue  # "Countess Greer Oskivane": a title before the name, no family name
        if first_b is not None and surname_like(word_a) and len(word_b) >= 3 and len(word_a) >= 3:
            if (
                not every
                and cap
                and _common_word_not_surname(word_a)
                and _pair_after(text, parts, i + 1)
            ):
                # prose: "Not Isaura Quellmore herself", a common word opening a sentence
                # before a first name and a surname (the pair is read next)
                continue
            if (
                fold(word_a) in common_words()
                and ((own := first_name(word_a)) is None or first_b.count > 4 * own.count)
                and _surname_pair_after(text, parts, i + 1)
                and (word_a.islower() or fold(word_a) not in common_surnames())
                and word_b[:1].isupper()
            ):
                # a trade or post (no first name, or a far rarer one than the next word; no
                # capitalised surname: "Dang Minh Varnow") before a first name and a surname
                # ("judge Ilse Varnow", "Ballerina Ilse Varnow"): the pair after is the name
                continue
            out.append(_match(text, start_a, end_b, (word_a, word_b), "reversed", first_b, cap))
            used.update({i, i + 1})
    return out if every else [m for m in out if m.capitalised]


MIDDLE_NAME_COUNT = 50_000  # a middle name: a frequent first name of the table
MIDDLE_FAMILY_MIN = 4  # letters of the family name after a middle name
# a middle word that is a surname of the tables too is a middle name before a family name no
# table holds only when it is a very frequent given name ("Marie"; "Clinton" is the surname)
MIDDLE_SURNAME_COUNT = 500_000


def _middle_named(
    text: str, parts: Sequence[tuple[str, int, int]], i: int, first: FirstName
) -> bool:
    """Whether ``parts[i:i+3]`` read as a given name, a middle name and a family name: the given
    name of the tables (no word written small), the middle one a frequent given name, the family
    name surname-shaped and no common word nor model word, the three
    adjacent and cased alike."""
    if i + 2 >= len(parts) or len(parts[i][0]) < 3:
        return False
    (given, _, _), (middle, start_b, end_b), (family, start_c, _) = parts[i : i + 3]
    if first.word and not given[:1].isupper():
        return False
    if given[:1].isupper() != family[:1].isupper() or given[:1].isupper() != middle[:1].isupper():
        return False
    if start_c - end_b > 1 or not _adjacent(text, end_b, start_c):
        return False
    entry = first_names().get(fold(middle))
    # (a middle initial and an Irish "O" are read where pairs are: the pair keeps them apart)
    if len(middle) < 2 or entry is None or entry.word or entry.count < MIDDLE_NAME_COUNT:
        return False
    key = fold(family)
    if (
        entry is not None
        and fold(middle) in common_surnames()
        and key not in common_surnames()
        and entry.count < MIDDLE_SURNAME_COUNT
    ):
        return False  # "<Given> Clinton Chibi": the surname, then a word read on
    return (
        len(key) >= MIDDLE_FAMILY_MIN
        and surname_like(family)
        and not _common_word_not_surname(family)
        and key not in NOT_NAME_WORDS
        and key not in _THING_WORDS
        and not _model_word_piece(parts, i + 2)
    )


# the words of things, looks and tools: never a family name after a middle name
_THING_WORDS = frozenset(FICTION_WORDS | STYLE_WORDS | CONCEPT_WORDS | TOOL_WORDS)


WORDED_FAMILY_MIN = 4  # letters of a word read as a family name after a first name


def _worded_family(word: str, first: FirstName) -> bool:
    """A capitalised word that is a family name after a first name: one of the project's words
    that are no first names ("hunter", "long", "crystal"), none of its words that are no name
    at all ("dress", "grey"), written Capitalised, after a common gendered first name that is
    no word itself."""
    key = fold(word)
    return (
        not first.word
        and _common_gendered(first)
        and first.name not in NOT_FIRST_NAMES
        and len(key) >= WORDED_FAMILY_MIN
        and word[:1].isupper()
        and word[1:].islower()
        and key in NOT_FIRST_NAMES
        and key not in NOT_NAME_WORDS
        and key not in PLACE_TAILS
    )


def _ordinary_after(text: str, parts: Sequence[tuple[str, int, int]], k: int) -> bool:
    """Whether the word after ``parts[k]`` continues a phrase of ordinary words ("Long Hair")."""
    if k + 1 >= len(parts):
        return False
    word, start, _ = parts[k + 1]
    return _adjacent(text, parts[k][2], start) and ordinary_word(fold(word))


def _model_word_piece(parts: Sequence[tuple[str, int, int]], k: int) -> bool:
    """Whether ``parts[k]`` begins a model-making word split at its capitals ("Lo" of "LoRA",
    "Loh" of "LoHa"): the pieces glued to it make a word that is never a name's part."""
    word, _, end = parts[k]
    if k + 1 >= len(parts) or parts[k + 1][1] != end:
        return False
    glued = word
    for piece, start, stop in parts[k + 1 : k + 4]:
        if start != end:
            break
        glued, end = glued + piece, stop
        if fold(glued) in NOT_NAME_WORDS:
            return True
    return False


def _pair_after(text: str, parts: list[tuple[str, int, int]], k: int) -> bool:
    """Whether the first name at ``parts[k]`` begins a pair with the word after it."""
    if k + 1 >= len(parts) or not _adjacent(text, parts[k][2], parts[k + 1][1]):
        return False
    after = parts[k + 1][0]
    if parts[k][0][:1].isupper() and after[:1].isupper():
        return True  # "actress Odalys Merrin": a capitalised pair follows
    return surname_like(after) and not _common_word_not_surname(after)


FAMILY_CAPITALS_MIN = 3  # letters of a family name written in capitals before the given name


def _family_in_capitals(
    text: str, word_a: str, word_b: str, end_a: int, start_b: int, first_b: FirstName
) -> bool:
    """Whether ``word_a word_b`` is a family name written in capitals and a given name after
    it, not in capitals ("VARNOW Ilse", "PAGE ilse", a common way of writing a name): the
    given name a first name of the tables that is no word, the family name a surname (one
    that is also a word counts: "PAGE", "STONE"; one that is also a first name, a surname of
    the tables: "PARKER")."""
    return (
        not first_b.word
        and len(word_a) >= FAMILY_CAPITALS_MIN
        and word_a.isupper()
        and not word_b.isupper()
        and text[end_a:start_b] == " "
        and (first_name(word_a) is None or fold(word_a) in common_surnames())
        and (surname_like(word_a) or fold(word_a) in word_surnames())
    )


def _surname_pair_after(text: str, parts: list[tuple[str, int, int]], k: int) -> bool:
    """Whether the first name at ``parts[k]`` is followed by a surname of the name shape that
    is no common word, apart from it ("Ilse Varnow", not "Ilse Portrait" nor the camel case
    "IlseVarnowepoch" of a file name)."""
    if k + 1 >= len(parts) or text[parts[k][2] : parts[k + 1][1]] not in (" ", "_", "-"):
        return False
    after = parts[k + 1][0]
    return len(after) >= 3 and surname_like(after) and fold(after) not in common_words()


def _syllable_joined(text: str, parts: list[tuple[str, int, int]], k: int) -> bool:
    """``parts[k]``, capitalised, joined by a hyphen to a word written small, both syllables of
    hangul romanised: a Korean given name ("Eun-bom", "Seung-ho"), neither part a name alone
    (not "Jean-luc")."""
    if k + 1 >= len(parts) or not parts[k][0][:1].isupper():
        return False
    after = parts[k + 1]
    return (
        text[parts[k][2] : after[1]] == "-"
        and after[0].isalpha()
        and after[0].islower()
        and east_asian.korean_syllable(parts[k][0])
        and east_asian.korean_syllable(after[0])
    )


def _hyphen_joined(text: str, parts: list[tuple[str, int, int]], k: int) -> bool:
    """``parts[k]`` joined by a hyphen to a capitalised word after it that is no first name:
    the first part of a double surname ("Shira Ben-Avgi": "Ben" there is no first name)."""
    if k + 1 >= len(parts) or not parts[k][0][:1].isupper():
        return False
    after = parts[k + 1]
    joined = text[parts[k][2] : after[1]] == "-" and after[0][:1].isupper()
    return joined and first_name(after[0]) is None  # "Mary-Kate" is a double first name


def _double_surname(text: str, parts: list[tuple[str, int, int]], k: int) -> tuple[int, str]:
    """(end, surname) of the surname at ``parts[k]``, taking in a second part joined to it:
    "Ofori-Atta", "Lacombe-Ferris" (a hyphen, written like the first part), or in a slug
    "ofori_atta" (``_`` or ``-``, lower case) a second part that is a surname and no common
    word ("kwame_ofori_atta"; not "anna_miller_photos")."""
    word, _, end = parts[k]
    if k + 1 >= len(parts):
        return end, word
    second, start2, end2 = parts[k + 1]
    gap = text[end:start2]
    if gap not in ("-", "_") or len(second) < 3 or not surname_like(second):
        return end, word
    if second[:1].isupper() and word[:1].isupper():
        joined = gap == "-" or _rare_surname(second)
    elif second.islower() and word.islower():
        key = fold(second)
        joined = _rare_surname(second) or (key in common_surnames() and key not in common_words())
    else:
        joined = False
    return (end2, f"{word}-{second}") if joined else (end, word)


def _may_pair_capitalised(text: str) -> bool:
    """False only when :func:`_pairs` finds no capitalised pair: its first name, one side of
    it, is written with a capital."""
    keys = _pair_key_sets()[0]
    return not keys.isdisjoint(map(str.lower, _CAPITALISED.findall(ascii_letters(text))))


_NAME_TOKEN = re.compile(r"[^\W_]+")
_VERSIONISH = re.compile(r"(?:v|ver|version|ep|epoch|e)?\d+(?:\.\d+)*[a-z]?")
WHOLE_NAME_MAX = 60  # a slug or title longer than this is not only a name


def _whole_name(text: str) -> list[NameMatch]:
    """A short slug or title that is nothing but a first name and a surname once model words
    and versions are dropped, both ordinary words maybe (``ivy-stone-lora``, ``daisy_fox_v2``,
    ``summer-kettering-lora``): a pair, when the first is a common gendered first name of the
    table and the second a surname of the tables or a rare word (:func:`_rare_surname`)."""
    if len(text) > WHOLE_NAME_MAX:
        return []
    tokens = _NAME_TOKEN.findall(text)
    lower = str.lower if text.isascii() else fold
    if len(tokens) < 2 or _whole_name_heads().isdisjoint(map(lower, tokens)):
        return []  # no word that can begin such a name (the common case)
    surnames = _pair_key_sets()[3]
    tokens_kept = [
        m for m in _NAME_TOKEN.finditer(text) if not _VERSIONISH.fullmatch(m.group(0).lower())
    ]
    kept = [m for m in tokens_kept if _name_word(fold(m.group(0)), surnames)]
    if text.islower():
        # a romanised given name's syllables may be words ("yuk_ga_on"): only model words drop
        syllables = [m for m in tokens_kept if m.group(0) not in _SUFFIX_WORDS]
        for parts in (kept, syllables) if syllables != kept else (kept,):
            eastern = _whole_east_asian(text, parts) if 2 <= len(parts) <= 3 else None
            if eastern is not None:
                return [eastern]
    if 3 <= len(kept) <= 4 and all(_whole_particle(m) for m in kept[1:-1]):
        return _whole_particled(text, kept)
    if len(kept) == 3:
        # "folasade_adeyemo_kuti": a first name and a surname of two rare parts
        a, b, c = kept
        if not _adjacent(text, b.end(), c.start()) or not (
            _rare_surname(b.group(0)) and _rare_surname(c.group(0))
        ):
            return []
        surname = f"{b.group(0)}-{c.group(0)}"
    elif len(kept) == 2:
        a, b = kept
        c, surname = b, b.group(0)
    else:
        return []
    if not a.group(0).isalpha() or not _adjacent(text, a.end(), b.start()):
        return []
    key = fold(a.group(0))
    entry = first_names().get(key) or world_first_name(key)
    if entry is None or entry.count < 5000 or entry.gender not in ("f", "m"):
        return []
    if len(a.group(0)) < 3 or not (fold(b.group(0)) in surnames or _rare_surname(b.group(0))):
        return []
    if key in NOT_NAME_WORDS and not _rare_surname(b.group(0)):
        return []  # "summer-day-lora": a word of model making ("summer") and a word surname
    if key not in first_names() and not _rare_surname(b.group(0)):
        return []  # a first name of the world table wants a rare surname
    cap = a.group(0)[:1].isupper() and b.group(0)[:1].isupper()
    words = (a.group(0), surname)
    return [_match(text, a.start(), c.end(), words, "pair", entry, cap)]


# The Irish and French prefixes of a family name once a slug or a plain title has dropped their
# apostrophe ("o-reilly", "d angelo"): written apart, they are particles like "de" or "van".
_ELIDED_PARTICLES = frozenset({"o", "d"})
_WHOLE_PARTICLES = (_PARTICLE_WORDS - {"y"}) | _ELIDED_PARTICLES
PARTICLED_SURNAME_MIN = 3  # letters of the family name after its particles


def _whole_particle(m: re.Match[str]) -> bool:
    return m.group(0).lower() in _WHOLE_PARTICLES


def _whole_particled(text: str, kept: list[re.Match[str]]) -> list[NameMatch]:
    """A slug or title that is nothing but a first name, one or two particles and a family
    name (``maren-de-vos-lora``, ``tomas o-kieran``, ``Ines van der Hoek v2``): the particles
    mark the last word as a family name, so it needs no table; it must still be no ordinary
    word unless a surname of the tables, and the first a gendered first name of the tables."""
    a, last = kept[0], kept[-1]
    if not all(_adjacent(text, x.end(), y.start()) for x, y in zip(kept, kept[1:], strict=False)):
        return []
    key, family = fold(a.group(0)), fold(last.group(0))
    entry = first_names().get(key) or world_first_name(key)
    if entry is None or not _common_gendered(entry) or len(key) < 3 or not a.group(0).isalpha():
        return []
    elided = any(m.group(0).lower() in _ELIDED_PARTICLES for m in kept[1:-1])
    least = SLUG_SURNAME_MIN - 1 if elided else PARTICLED_SURNAME_MIN
    if len(family) < least or not surname_like(family) or family in NOT_NAME_WORDS:
        return []
    if ordinary_word(family) and family not in _pair_key_sets()[3]:
        return []  # "anna-de-luxe": a word, not a family name
    # an elided particle joins its family name, as the apostrophe did ("o dowd" -> "Odowd")
    surname = ("" if elided else " ").join(m.group(0) for m in kept[1:])
    cap = a.group(0)[:1].isupper() and last.group(0)[:1].isupper()
    return [_match(text, a.start(), last.end(), (a.group(0), surname), "pair", entry, cap)]


@lru_cache(maxsize=1)
def _eastern_heads() -> frozenset[str]:
    """Romanised East-Asian family names and Japanese given names in romaji (lower case)."""
    return frozenset(_slug_surnames() | east_asian.tables().jp_given)


@lru_cache(maxsize=1)
def _slug_surnames() -> frozenset[str]:
    """Romanised family names a lower-case slug may be read by (Chinese, Korean, Japanese; the
    Cantonese ones are read capitalised only)."""
    t = east_asian.tables()
    return frozenset(
        s for s, origins in t.surnames.items() if s.isascii() and origins.keys() - {"hk"}
    )


@lru_cache(maxsize=1)
def _whole_name_heads() -> frozenset[str]:
    """The words :func:`_whole_name` looks for in a name: common gendered first names,
    romanised East-Asian family names and Japanese given names in romaji (all lower case and
    ASCII, so lower-casing a word is folding it)."""
    firsts = {k for k, e in first_names().items() if _common_gendered(e)}
    t = east_asian.tables()
    world = world_first_names().keys()
    return frozenset(firsts | _slug_surnames() | t.jp_given | world)


def _whole_east_asian(text: str, kept: list[re.Match[str]]) -> NameMatch | None:
    """A lower-case slug that is only a romanised East-Asian name, family name first
    (``jegal-ha-rin``, ``hwangbo_ha_rin_sdxl``, ``hasumi_mio``): the family name of the tables,
    then a given name of its origin in one or two words, each joined by ``-`` or ``_``."""
    if not all(_adjacent(text, x.end(), y.start()) for x, y in zip(kept, kept[1:], strict=False)):
        return None
    words = [m.group(0) for m in kept]
    if not all(w.isascii() and w.isalpha() for w in words):
        return None
    t = east_asian.tables()
    origins = t.surnames.get(words[0])
    given = "".join(words[1:])
    # "rokkaku_haruto": a Japanese given name after a family name of romaji shape
    jp_given = origins is None and len(words) == 2 and given in t.jp_given
    if jp_given and east_asian.romaji_family_name(words[0]):
        origins = {"jp": words[0]}
    if origins is not None and (given not in t.surnames or jp_given):
        for origin, canonical in origins.items():
            apart = tuple(words[1:]) if origin == "kr" else ()
            if origin in ("kr", "jp", "cn") and east_asian.given_name_ok(given, origin, apart):
                start, end = kept[0].start(), kept[-1].end()
                gender = east_asian.given_gender(given)
                span = (start, end)
                name = east_asian.Name(canonical, given, gender, origin, text[start:end], span)
                return _eastern(name, "romaji" if origin == "jp" else "romanised", False)
    if 2 <= len(words) <= 3 and len(words[-1]) >= GIVEN_FIRST_SURNAME_MIN:
        # "ga-on_dongbang", "ruoxi-puyang": a Korean or Chinese given name, then the family name
        return _whole_given_first(text, kept, words, t)
    return None


SLUG_FIRST_COUNT = 1000  # a first name a repo slug may begin with (rarer than a pair's)
SLUG_SURNAME_MIN = 5  # letters of the rare surname after it


@lru_cache(maxsize=4096)
def slug_name(slug: str) -> NameMatch | None:
    """A lower-case repository slug that is nothing but a person's name once model words and
    versions are dropped (``ignatiusmerrowdale-lora``, ``perpetua-quillbarrow``): a first name
    of a clear gender (the first-name table from SLUG_FIRST_COUNT, or the world table) run
    together with, or before, a rare surname-like word of SLUG_SURNAME_MIN letters or more
    that no table holds as a word. Read only where the slug is the model's name (a Hugging
    Face repository), never in prose."""
    if len(slug) > WHOLE_NAME_MAX or not slug.isascii() or not slug.islower():
        return None
    tokens = [
        m
        for m in _NAME_TOKEN.finditer(slug)
        if m.group(0) not in _SUFFIX_WORDS and not _VERSIONISH.fullmatch(m.group(0))
    ]
    if not 1 <= len(tokens) <= 2 or not all(m.group(0).isalpha() for m in tokens):
        return None
    if len(tokens) == 2:
        a, b = tokens
        if not _adjacent(slug, a.end(), b.start()):
            return None
        entry = _slug_first(a.group(0))
        if entry is None or not _slug_surname(b.group(0)):
            return None
        words = (a.group(0), b.group(0))
        return _match(slug, a.start(), b.end(), words, "pair", entry, False)
    token = tokens[0]
    letters = token.group(0)
    world = world_first_names()
    for cut in range(min(len(letters) - 1, FIRST_NAME_MAX), 3, -1):
        head = letters[:cut]
        if head not in first_names() and head not in world:
            continue
        # the longest first name the slug begins with, or none ("margaret|rose", not
        # "marga|retrose")
        entry = _slug_first(head)
        if entry is None or not _slug_surname(letters[cut:]):
            return None
        start, end = token.span()
        return NameMatch(letters, (start, end), (head, letters[cut:]), "run_together", entry, False)
    return None


# a repository slug's first token, its model-making words cut ("ruprechtumbrurgh-sdxl")
_SLUG_TOKEN = re.compile(r"[a-z]+")


def instance_slug_name(slug: str, instance: str) -> NameMatch | None:
    """A repository slug that runs the card's instance prompt, a given name no table need
    know, together with a surname ("ruprechtumbrurgh-sdxl" trained on "ruprecht"): the two
    fields agree on where the given name ends. Neither part may be a common word or a word of
    model making, and the rest must read as a surname."""
    given = instance.strip().lower()
    initialled = _initialled_slug(slug.lower(), given)
    if initialled is not None:
        return initialled
    joined = _joined_slug(slug.lower(), given)
    if joined is not None:
        return joined
    if not (4 <= len(given) <= FIRST_NAME_MAX and given.isascii() and given.isalpha()):
        return None
    m = _SLUG_TOKEN.match(slug.lower())
    if m is None or not m.group(0).startswith(given):
        return None
    rest = m.group(0)[len(given) :]
    words = common_words()
    if not 4 <= len(rest) <= 20 or given in words or rest in words:
        return None
    if given in NOT_NAME_WORDS or rest in NOT_NAME_WORDS or given in NOT_FIRST_NAMES:
        return None
    if not surname_like(rest) or rest.endswith(_WORD_ENDINGS) or first_name(rest) is not None:
        return None
    entry = first_names().get(given) or FirstName(given, name_gender(given), WORLD_COUNT)
    return NameMatch(m.group(0), m.span(), (given, rest), "run_together", entry, False)


# A card's instance prompt that runs the slug's first two words together ("fenna-quorvath-flux"
# trained on "photo of fennaquorvath"): the trainer's token for the person the slug names.
_PHOTO_OF = re.compile(r"(?:an? )?(?:photo|picture|portrait|image) of ")
JOINED_WORD_MIN = 3  # letters of each of the slug's two words


def _joined_slug(slug: str, instance: str) -> NameMatch | None:
    """The slug's first two words as a given name and a surname when the instance prompt (after
    "photo of") is the two run together: neither a common word nor a word of model making,
    the second read as a surname."""
    token = instance[m.end() :] if (m := _PHOTO_OF.match(instance)) else instance
    parts = _SLUG_TOKEN.findall(slug)
    if len(parts) < 2 or not token.isalpha() or token != parts[0] + parts[1]:
        return None
    given, rest = parts[0], parts[1]
    if min(len(given), len(rest)) < JOINED_WORD_MIN or len(token) > RUN_TOGETHER_MAX:
        return None
    words = common_words()
    if given in words or rest in words or given in NOT_NAME_WORDS or rest in NOT_NAME_WORDS:
        return None
    if given in NOT_FIRST_NAMES or not surname_like(rest) or first_name(rest) is not None:
        return None
    entry = first_names().get(given) or FirstName(given, name_gender(given), WORLD_COUNT)
    start = slug.index(given)
    end = slug.index(rest, start + len(given)) + len(rest)
    return NameMatch(slug[start:end], (start, end), (given, rest), "pair", entry, False)


# An instance prompt made of the initials of the slug's two words and what the token stands
# for ("jessa-pellovar-flux-lora" trained on "jpface", "jp woman"): the trainer abbreviated a
# name the slug writes out. Neither word may be a common word or a word of model making.
_INITIALS_TOKEN = re.compile(r"([a-z])([a-z])[ _-]?(face|person|woman|man|girl|guy|lady)?")
INITIALLED_WORD_MIN = 4  # letters of each of the slug's two words


def _initialled_slug(slug: str, instance: str) -> NameMatch | None:
    m = _INITIALS_TOKEN.fullmatch(instance)
    if m is None or not slug.isascii():
        return None
    tokens = [
        t
        for t in _NAME_TOKEN.finditer(slug)
        if t.group(0) not in _SUFFIX_WORDS and not _VERSIONISH.fullmatch(t.group(0))
    ]
    if len(tokens) != 2 or not _adjacent(slug, tokens[0].end(), tokens[1].start()):
        return None
    a, b = tokens[0].group(0), tokens[1].group(0)
    if (a[0], b[0]) != (m.group(1), m.group(2)):
        return None
    for word in (a, b):
        if len(word) < INITIALLED_WORD_MIN or not surname_like(word) or word in _things():
            return None
        if word in common_words() and first_names().get(word) is None:
            return None
    entry = first_names().get(a) or FirstName(a, name_gender(a), WORLD_COUNT)
    return NameMatch(
        slug[tokens[0].start() : tokens[1].end()],
        (tokens[0].start(), tokens[1].end()),
        (a, b),
        "pair",
        entry,
        False,
    )


def _slug_first(word: str) -> FirstName | None:
    if word in NOT_FIRST_NAMES or word in NOT_NAME_WORDS or word in common_words():
        return None
    entry = first_names().get(word)
    if entry is not None:
        ok = entry.count >= SLUG_FIRST_COUNT and entry.gender in ("f", "m") and not entry.word
        return entry if ok else None
    return world_first_name(word)


def _slug_surname(word: str) -> bool:
    return len(word) >= SLUG_SURNAME_MIN and _rare_surname(word) and _word_shaped(word)


GIVEN_FIRST_SURNAME_MIN = 4  # letters of a family name read after the given name in a slug


def _whole_given_first(
    text: str, kept: list[re.Match[str]], words: list[str], t: east_asian._Tables
) -> NameMatch | None:
    """A lower-case slug that is a Korean or Chinese given name then a family name of the
    tables of four letters or more ("ga-on_dongbang", "ruoxi-puyang"): the given name in one or
    two words (Korean syllables written apart), no English word, no family name itself."""
    origins = t.surnames.get(words[-1]) or {}
    given = "".join(words[:-1])
    if given in t.surnames or given in common_words() or any(w in common_words() for w in words):
        return None
    for origin in ("kr", "cn"):
        canonical = origins.get(origin)
        if canonical is None:
            continue
        apart = tuple(words[:-1]) if origin == "kr" else ()
        if east_asian.given_name_ok(given, origin, apart):
            start, end = kept[0].start(), kept[-1].end()
            gender = east_asian.given_gender(given)
            name = east_asian.Name(canonical, given, gender, origin, text[start:end], (start, end))
            return _eastern(name, "romanised", False)
    return None


def _name_word(key: str, surnames: frozenset[str]) -> bool:
    """A word of a name: no model word ("lora", "sdxl"), no word the project reads as no
    name, unless a surname of the tables ("fox", "day") or a common first name ("summer")."""
    if key in _SUFFIX_WORDS:
        return False
    if key not in NOT_NAME_WORDS or key in surnames:
        return True
    entry = first_names().get(key)
    return entry is not None and _common_gendered(entry)


# Model words that drop out of a run-together name (vocab.SLUG_MODEL_WORDS): not those that
# are names or syllables too ("dora", "il"), nor versions and file words (read by _VERSIONISH,
# and "e", "pt" may be a romanised name's syllables)
_SUFFIX_WORDS = SLUG_MODEL_WORDS


_ONSET = re.compile(
    r"(?:[aeiouy]|sch|str|spr|scr|thr|chr|[bcdfgkpt][lr]|[cdgkpstwz]h|s[cklmnpqtvw]|"
    r"[bcdfghjklmnpqrstvwxz](?=[aeiouy]))"
)
_CODA = re.compile(
    r"(?:[aeiouy]|[aeiouy][bcdfghjklmnpqrstvwxz]|ck|ll|ss|tt|nn|rd|rt|st|nd|ng|nk|rk|rn|rs|ts|"
    r"th|sh|ch|ff|ld|lt|lm|rg|rm|mp|ft|nt|ns|ms|ls|ks|ds|gs|rr|zz|tz|sky|ski|ck|rst|rth)$"
)
_WORD_ENDINGS = ("tiful", "tion", "sion", "ment", "ness", "ship", "able", "ible", "ful", "less")


def surname_onset(rest: str) -> bool:
    """Whether a run-together name's remainder can start like a surname."""
    return _ONSET.match(rest) is not None


def _word_shaped(rest: str) -> bool:
    """Whether a run-together name's remainder can start and end like a surname."""
    return (
        _ONSET.match(rest) is not None
        and _CODA.search(rest) is not None
        and not rest.endswith(_WORD_ENDINGS)
    )


@lru_cache(maxsize=1)
def _surname_table() -> tuple[frozenset[str], frozenset[str]]:
    plain: set[str] = set()
    words: set[str] = set()
    for surname, _rank, word in east_asian.data_rows("surnames.csv.gz", 3):
        (words if word == "1" else plain).add(surname)
    return frozenset(plain), frozenset(words)


# The most frequent English words (data/NOTICE.md): a capitalised word among them after a first
# name that is also a word ("Rose Garden", "Crystal Palace") is no surname.
common_words = east_asian.common_english_words


@lru_cache(maxsize=1)
def proper_words() -> frozenset[str]:
    """The common words that no English dictionary holds as an ordinary word (data/NOTICE.md,
    ``scripts/build_proper_words.py``): frequency put them among the common words, and they are
    proper nouns (family names, places, brands), not words of things."""
    return frozenset(row[0] for row in east_asian.data_rows("proper_words.csv.gz", 1))


def ordinary_word(key: str) -> bool:
    """A folded word that is a common English word of the dictionaries ("garden", "photos"),
    not a proper noun that is only frequent ("Kettering" if it were)."""
    return key in common_words() and key not in proper_words()


PROPER_GIVEN_MIN = 4  # letters of a given name no table holds, read in a slot of a person


def proper_name_pair(given: str, family: str) -> bool:
    """Two folded words that read as a person's name though no first-name table holds the
    first: neither an ordinary English word of the dictionaries nor a word the project reads
    as no name, both shaped like name words (a vowel, a name's onset and ending), the family
    name a frequent proper noun (:func:`proper_words`: frequency vouches that the pair is a
    name in use, not a string made up for a trigger) and no first name. Read only where the
    words fill a slot only people fill ("photo of <given> <family>,")."""
    if len(given) < PROPER_GIVEN_MIN or not given.isalpha() or not family.isalpha():
        return False
    for key in (given, family):
        if ordinary_word(key) or key in NOT_NAME_WORDS or key in NOT_FIRST_NAMES:
            return False
        if not surname_like(key) or not _word_shaped(key):
            return False
    return family in proper_words() and family not in first_names()


def _rare_surname(word: str) -> bool:
    """A surname-like word of four letters or more that is neither an ordinary English word
    nor a first name ("Hadrow", "Kettering", "Delvaux"): a frequent proper noun no dictionary
    holds counts (:func:`proper_words`)."""
    key = fold(word)
    return (
        len(key) >= 4 and surname_like(key) and not ordinary_word(key) and key not in first_names()
    )


def _common_word_not_surname(word: str) -> bool:
    """A common English word that no surname table holds ("photos", not "fox" or "day")."""
    key = fold(word)
    return key in common_words() and key not in _pair_key_sets()[3]


def common_surnames() -> frozenset[str]:
    """Common surnames of several countries that are not ordinary words (data/NOTICE.md)."""
    return _surname_table()[0]


def word_surnames() -> frozenset[str]:
    """Common surnames that are also ordinary words (``fox``, ``day``, ``stone``): a surname
    only right after a capitalised first name."""
    return _surname_table()[1]


def _word_first_name(word: str, after: str) -> FirstName | None:
    """A common first name that is also a word (``Daisy``, ``Rose``), read as a first name only
    before a capitalised common surname, or a surname-like word that is neither a first name
    nor a common word ("Bill Hadrow", not "Rose Garden")."""
    key = fold(word)
    if key not in NOT_FIRST_NAMES or len(after) < 4 or key in TITLE_WORDS:
        return None  # "Princess Yeon": a title before a name, no first name
    entry = first_names().get(key)
    if entry is None or not _common_gendered(entry):
        return None
    if _rare_surname(after):
        return entry  # "Bill Hadrow", "Summer Kettering"
    return entry if key not in NOT_NAME_WORDS and fold(after) in common_surnames() else None


def _adjacent(text: str, end_a: int, start_b: int) -> bool:
    gap = text[end_a:start_b]
    return gap in ("", " ", "_", "-", ".")


def _run_together(text: str) -> list[NameMatch]:
    out: list[NameMatch] = []
    # In ASCII text the tokens are the runs of letters and digits, and only those of seven
    # characters or more can be read (folding keeps their length): only they are visited.
    for token in (_LONG_ASCII_TOKEN if text.isascii() else _TOKEN).finditer(text):
        raw = token.group(0)
        found = _run_together_token(raw)
        if found is None:
            continue
        start, end = token.span()
        if isinstance(found, east_asian.Name):
            located = dataclasses.replace(found, text=raw, span=(start, end))
            out.append(_eastern(located, "romaji" if found.origin == "jp" else "pinyin", False))
        else:
            entry, rest = found
            out.append(
                NameMatch(raw, (start, end), (entry.name, rest), "run_together", entry, False)
            )
    return out


@lru_cache(maxsize=1)
def _head_starts() -> frozenset[str]:
    """The first four letters of every first name :func:`_run_together_token` can cut off (four
    letters or more, common): a token that starts otherwise holds none."""
    return frozenset(
        key[:4] for key, entry in first_names().items() if len(key) >= 4 and entry.count >= 5000
    )


@lru_cache(maxsize=65536)
def _run_together_token(raw: str) -> tuple[FirstName, str] | east_asian.Name | None:
    """What one token written as one word is, if a name: worked out once per distinct token
    (the same words recur across models); the caller places it in its text."""
    letters = fold(raw)
    letters = _TRAILING_DIGITS.sub("", letters)
    if letters.endswith(_SUFFIX_ENDINGS):  # else the pattern, anchored at the end, finds nothing
        letters = _SUFFIX.sub("", letters)
    if not letters.isalpha() or not 7 <= len(letters) <= RUN_TOGETHER_MAX:
        return None
    table = first_names()
    if letters in common_words() and letters not in table and not _surname_known(letters):
        return None  # "caricature", "generally", "maryland": an ordinary word, written whole
    if whole_first_name(letters):
        return None  # "thaddeus27": one first name, not "thad|deus"; a first name alone is none
    short = _short_head(letters)
    if short is not None:
        return short
    if letters[:4] not in _head_starts():
        # no first name of the table starts so
        return _eastern_run_together(letters, raw.islower())
    for cut in range(min(len(letters) - 3, FIRST_NAME_MAX), 3, -1):
        head, rest = letters[:cut], letters[cut:]
        entry = table.get(head)
        if entry is None or head in NOT_NAME_WORDS:
            continue
        if head in NOT_FIRST_NAMES:
            # "drew|halvorsen": a first name that is also a word, before a known family name
            if entry.count >= 5000 and _known_family(rest):
                return entry, rest
            continue
        if entry.count < 5000 or len(rest) < 4:
            continue
        if not surname_like(rest) and rest not in word_surnames():
            continue
        if entry.word and rest not in _pair_key_sets()[3]:
            continue  # "dan|gerous", "della|rosa": a word first name needs a known surname
        if rest not in common_surnames() and not _word_shaped(rest):
            continue  # "chris|tmas", "beau|tiful", "stan|dingbj": no surname starts or ends so
        return entry, rest
    initialled = _initialled(letters)
    if initialled is not None:
        return initialled
    return _eastern_run_together(letters, raw.islower())


WHOLE_FIRST_COUNT = 1000  # a token that is this common a first name is not cut in two


def whole_first_name(letters: str) -> bool:
    """Whether a folded word is itself a common first name, which the run-together finder
    leaves whole ("philippa", not "phil|ippa")."""
    entry = first_names().get(letters)
    return entry is not None and entry.count >= WHOLE_FIRST_COUNT


def _initialled(letters: str) -> tuple[FirstName, str] | None:
    """A first name, a middle initial and a surname run together ("annajkowalczyk"): a common
    first name that is no word, one consonant, then a surname of the tables (no word of things),
    as file names and handles write a name with its initial."""
    table = first_names()
    for cut in range(min(len(letters) - 5, FIRST_NAME_MAX), 3, -1):
        head, initial, rest = letters[:cut], letters[cut], letters[cut + 1 :]
        entry = table.get(head)
        if entry is None or entry.word or entry.count < 5000 or initial in "aeiouy":
            continue
        if head in NOT_FIRST_NAMES or head in NOT_NAME_WORDS:
            continue
        if len(rest) >= 4 and rest in common_surnames() and rest not in _things():
            return entry, rest
    return None


SHORT_HEAD_COUNT = 50_000  # a three-letter first name run together: a very common one


@lru_cache(maxsize=1)
def _short_heads() -> dict[str, FirstName]:
    """Three-letter first names of one gender, very common and no word ("tom", "amy", not
    "ben" or "dan"): the heads a token of a first name and a known surname may begin with."""
    return {
        key: entry
        for key, entry in first_names().items()
        if len(key) == 3
        and entry.count >= SHORT_HEAD_COUNT
        and entry.gender in ("f", "m")
        and not entry.word
        and key not in NOT_FIRST_NAMES
        and key not in NOT_NAME_WORDS
    }


def _short_head(letters: str) -> tuple[FirstName, str] | None:
    """A token that is a three-letter first name run together with a surname of the tables
    ("tomhadley", "amyrourke"): the surname tables decide, as a run of letters after so short
    a name is a word more often ("tomorrow", "evaluate"). A first name that is also a word
    ("kim", "ray") begins one only before a family name no word shares (:func:`_known_family`)."""
    entry = _short_heads().get(letters[:3])
    if entry is None:
        word_head = first_names().get(letters[:3])
        if word_head is None or letters[:3] not in NOT_FIRST_NAMES or letters[:3] in NOT_NAME_WORDS:
            return None
        if word_head.count < SHORT_HEAD_COUNT:
            return None
        rest = letters[3:]
        return (word_head, rest) if _known_family(rest) else None
    rest = letters[3:]
    if len(rest) < 4 or rest not in common_surnames():
        return None
    return entry, rest


KNOWN_FAMILY_MIN = 5  # letters of a frequent proper noun read as a run-together family name


def _known_family(rest: str) -> bool:
    """The rest of a run-together token after a first name that is also a word: a family name
    of the tables that is no word ("novak", not "stone"), or a frequent proper noun no
    dictionary holds, shaped like a surname (:func:`proper_words`)."""
    if rest in common_surnames():
        return len(rest) >= 4 and not ordinary_word(rest)
    return (
        len(rest) >= KNOWN_FAMILY_MIN
        and rest in proper_words()
        and rest not in first_names()
        and _word_shaped(rest)
    )


def _eastern_run_together(letters: str, lower: bool) -> east_asian.Name | None:
    """A Chinese name in pinyin, else (written in lower case) a Japanese name in romaji, as
    one token. Romaji in camelCase ("kisaragiReona", "NarutoSamui") names drawn characters
    far more often than people: it is left to the other shapes."""
    found = east_asian.pinyin_run_together(letters)
    if found is None and lower:
        found = east_asian.romaji_run_together(letters) or east_asian.korean_run_together(letters)
    return found


def _match(
    text: str,
    start: int,
    end: int,
    words: tuple[str, ...],
    kind: str,
    first: FirstName,
    capitalised: bool,
) -> NameMatch:
    return NameMatch(
        text[start:end], (start, end), tuple(fold(w) for w in words), kind, first, capitalised
    )


_REPEAT = re.compile(r"(.)\1+")
_NON_AZ = re.compile(r"[^a-z]")
_HYPHENATED = re.compile(r"([^\W\d_])-(?=[^\W\d_])")


def _romanised_script(text: str) -> str:
    out: list[str] = []
    last = 0
    for run in east_asian.SCRIPT_RUN.finditer(text):
        out.append(text[last : run.start()])
        found = east_asian.script_names(run.group(0))
        if found:
            out.append(f" {found[0].surname} {found[0].given} ")
        else:
            out.append(f" {east_asian.romanise(run.group(0))} ")
        last = run.end()
    out.append(text[last:])
    return "".join(out)


# A word of a name as written: letters and digits, with the apostrophes and hyphens inside it
# ("O'Shaughvane", "Ra-on", "al-Rashid").
_WRITTEN_NAME_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
SPELT_MIN = 4  # letters a trigger needs before the title's words that spell it name someone


@lru_cache(maxsize=65536)
def spelt_by_trigger(title: str, trigger: str) -> str | None:
    """The words of a model's title that spell its trigger word, letter for letter and nothing
    else, as the title writes them: the subject the uploader bound the trigger to ("Channel 6
    Morning Anchor Pembovska" and ``pembovska`` → "Pembovska"; "Femke van den Hoogerbrug" and
    ``femke_van_den_hoogerbrug`` → the whole name, its particles lower case; "Autumn Chase ✨"
    and ``autumn_chase`` → "Autumn Chase", ordinary words and all). A title written in lower
    case is capitalised word by word. None when no run of whole words spells it."""
    want = _spelt_letters(trigger)
    if len(want) < SPELT_MIN:
        return None
    words = [
        (m.start(), m.end(), _spelt_letters(m.group(0)))
        for m in _WRITTEN_NAME_WORD.finditer(title[:NAME_TEXT_LIMIT])
    ]
    for i, (_, _, first) in enumerate(words):
        if not want.startswith(first) or not first:
            continue
        spelt = ""
        run: list[str] = []
        for _, _, letters in words[i:]:
            spelt += letters
            if not want.startswith(spelt):
                break
            if spelt == want:
                j = i + len(run) + 1
                nxt = words[j] if j < len(words) else None
                return _spelt_run(title, words[i:j], nxt)
            run.append(letters)
    return None


def _spelt_run(
    title: str, run: list[tuple[int, int, str]], after: tuple[int, int, str] | None
) -> str | None:
    """The run of words a trigger spells, shown as a name: a word in lower case capitalised
    unless it stands between capitalised words ("van den"); a handle ("mrlKvst") as written.
    None when it is no whole name: letters spelt one by one ("K.e.s.t.r.a"), a made-up token
    with no vowel ("qrVZ"), or the first part of a longer capitalised name ("Ysmay" of "Ysmay
    Quendrafelt")."""
    found = [title[a:b] for a, b, _ in run]
    if any(len(w) < 2 for w in found):
        return None
    if len(found) == 1 and _VOWEL.search(found[0].lower()) is None:
        return None
    if after is not None:
        a, b, letters = after
        nxt = title[a:b]
        if (
            not title[run[-1][1] : a].strip()
            and nxt[:1].isupper()
            and letters not in common_words()
            and fold(nxt) not in NOT_NAME_WORDS
        ):
            return None
    capital = [w[:1].isupper() for w in found]
    shown = [
        w
        if capital[k] or not w.islower() or (any(capital[:k]) and any(capital[k + 1 :]))
        else w[:1].upper() + w[1:]
        for k, w in enumerate(found)
    ]
    return " ".join(shown)


def _spelt_letters(text: str) -> str:
    """Letters and digits, folded without accents ("Đặng Minh" → "dangminh")."""
    return "".join(ch for ch in fold(text).replace("đ", "d") if ch.isalnum())


@lru_cache(maxsize=65536)
def canonical_key(name: str) -> str:
    """Group key of a target across spellings: folded, de-leeted words, doubled letters
    collapsed, sorted: ``"Anna Miller"``, ``"miller_anna"``, ``"AnnaMiler"`` → ``"ana miler"``.
    Chinese, Japanese and Korean script is romanised first, a name split into surname and given
    name where the tables know it: ``"王晨曦"`` and ``"Wang Chenxi"`` → ``"chenxi wang"``."""
    if east_asian.HAS_SCRIPT.search(name):
        name = _romanised_script(name)
    if "đ" in name or "Đ" in name:
        name = name.replace("đ", "d").replace("Đ", "D")  # "Đặng" and "Dang": one name
    name = _HYPHENATED.sub(r"\1", name)  # "Ji-yeon", "Jean-Luc": one given name
    parts = [fold(deleet(w)) for w, _, _ in pieces(name) if w.isalpha() or w.isalnum()]
    cleaned = [_REPEAT.sub(r"\1", _NON_AZ.sub("", p)) for p in parts]
    return " ".join(sorted(w for w in cleaned if w))


# A name written in lower case where the page introduces its subject ("LoRA de anna kowal,",
# "requesting anna kowal.", "anna kowal (born 1990)"): real pages leave names small as often as
# not. The frame says a subject's name stands there; the words say whether it is a person's:
# a first name of the tables (or initials, or a title before one) first, a surname-like word
# last, particles, initials or name words between, and no word of things, looks or styles.
LOWER_NAME_FIRST_COUNT = 1000  # a first name opening a framed lower-case name: no rare one
LOWER_NAME_WORDS_MAX = 4
# titles that may stand before a first name ("queen anna", "dr anna kowal")
_LOWER_TITLES = frozenset(
    ("queen", "king", "prince", "princess", "sir", "dame", "lord", "dr", "president", "senator",
     "pope", "coach", "chef", "judge", "saint", "st")
)  # fmt: skip
# words no framed name holds: what a frame may introduce instead ("LoRA de style aquarelle",
# "requesting more poses", "photo of a woman")
_NOT_LOWER_NAME = frozenset(
    ("the", "a", "an", "my", "your", "his", "her", "their", "our", "this", "that", "these",
     "those", "some", "any", "more", "other", "another", "new", "same", "all", "one", "two",
     "and", "or", "with", "without", "for", "from", "in", "on", "at", "to", "by", "of", "as",
     "is", "was", "be", "not", "no", "very", "please", "someone", "somebody", "anyone",
     "anybody", "people", "person", "everyone", "myself", "yourself", "me", "you", "us", "them",
     "it", "un", "une", "el", "il", "der", "die", "das", "ein", "eine", "les", "los", "las")
)  # fmt: skip
# endings of ordinary words ("smiling", "tanned", "lovely"), read as a surname only when a
# surname table holds the word ("manning", "reed")
_ORDINARY_ENDINGS = ("ing", "ed", "ly", "ness", "tion", "sion", "ment", "ful", "less", "ous",
                     "ish", "ive", "able", "ible", "ity", "ies", "est")  # fmt: skip


@lru_cache(maxsize=1)
def _things() -> frozenset[str]:
    """Words of things, looks, styles, fiction and tools: no word of a framed name."""
    return frozenset(
        NOT_NAME_WORDS
        | CONCEPT_WORDS
        | FICTION_STRONG
        | FICTION_WORDS
        | LIVE_GENERIC_FICTION
        | STYLE_WORDS
        | TOOL_WORDS
        | _NOT_LOWER_NAME
        | _SUFFIX_WORDS
    )


def _surname_known(key: str) -> bool:
    return key in common_surnames() or key in word_surnames()


def _framed_surname(key: str) -> bool:
    """The last word of a framed lower-case name: surname-like, no word of things; an ordinary
    word's ending only when a surname table holds it."""
    if _surname_known(key):
        return True
    if len(key) < 2 or not surname_like(key) or key in _things():
        return False
    return not (key.endswith(_ORDINARY_ENDINGS) and key in common_words())


def _framed_first(key: str) -> FirstName | None:
    entry = first_names().get(key) or world_first_name(key)
    if entry is None or entry.count < LOWER_NAME_FIRST_COUNT or key in _things():
        return None
    return entry


def _unknown_given(key: str) -> bool:
    return (
        len(key) >= 4
        and surname_like(key)
        and key not in common_words()
        and key not in _things()
        and key not in NOT_FIRST_NAMES
    )


def framed_name_words(words: Sequence[str], strict: bool = False) -> FirstName | None:
    """The first name of ``words`` (folded, lower case) when they read as one person's name in
    a frame that introduces a subject (see above), else None. A first name that is also an
    ordinary word ("will", "summer") needs a surname of the tables or a word that is no common
    word after it, and so does every first name in a weaker frame (``strict``: a prompt line
    that opens on the name); initials alone before a surname count as an unknown first name."""
    if not 2 <= len(words) <= LOWER_NAME_WORDS_MAX or not all(w.isalpha() for w in words):
        return None
    k = 0
    if words[0] in _LOWER_TITLES and len(words) >= 2:
        k = 1
    initials = 0
    while k + initials < len(words) - 1 and len(words[k + initials]) == 1:
        initials += 1
    last = words[-1]
    if initials:
        if any(w in ("a", "i", "o", "y") for w in words[k : k + initials]):
            return None
        if k + initials != len(words) - 1 or len(last) < 3:
            return None  # "r kowal", "j k kowal": initials, then the surname
        if not _framed_surname(last) and not (
            initials >= 2 and surname_like(last) and last not in _things()
        ):
            return None
        return FirstName(words[k], "u", LOWER_NAME_FIRST_COUNT)
    entry = _framed_first(words[k])
    if entry is None:
        # a first name no table holds ("zephyrine kowalski"), no common word, before a
        # surname of the tables
        if len(words) - k == 2 and _unknown_given(words[k]) and _surname_known(last):
            return FirstName(words[k], "u", LOWER_NAME_FIRST_COUNT)
        return None
    if k == len(words) - 1:
        return entry  # "queen anna": a title and a first name
    if not _framed_surname(last):
        return None
    for middle in words[k + 1 : -1]:
        if len(middle) == 1 or is_particle(middle) or _surname_known(middle):
            continue
        if _framed_first(middle) is None and not _framed_surname(middle):
            return None
    plain = last not in common_words() or _surname_known(last) or last in first_names()
    if (strict or entry.word or words[k] in NOT_FIRST_NAMES) and not plain:
        return None  # "rose garden": a word first name needs a surname after it
    if strict and last in word_surnames():
        return None  # "victoria lake, landscape": in a weak frame a word surname is a word
    return entry


def cast_name_words(words: Sequence[str]) -> bool:
    """Two folded words that read as a person's name where the page casts them as a person
    ("<Given> <Family> as a woman in a cafe"): a framed name, or two words no table holds
    that are no common word nor a word of things (invented and rare names of every culture)."""
    if framed_name_words(words) is not None:
        return True
    return len(words) == 2 and all(_unknown_given(w) for w in words)


# Last words that make a titled pair a place or a building, not a person ("Victoria Harbour",
# "Florence Cathedral", "Austin Street").
PLACE_TAILS = frozenset(
    {"harbour", "harbor", "bay", "lake", "river", "park", "street", "avenue", "road", "market",
     "bridge", "cathedral", "church", "tower", "hotel", "beach", "falls", "island", "islands",
     "city", "town", "village", "station", "square", "garden", "gardens", "palace", "castle",
     "mountain", "mountains", "valley", "hill", "hills", "museum", "university", "college",
     "school", "hospital", "airport", "stadium", "theatre", "theater", "center", "centre",
     "hall", "house", "county", "state", "province", "forest", "desert", "canyon", "coast",
     "port", "springs", "creek", "tea", "coffee", "wine", "beer"}
)  # fmt: skip
TITLED_FIRST_COUNT = 5000  # a first name a titled pair opens on: a common one


def titled_name_words(words: Sequence[str]) -> FirstName | None:
    """The first name of two words written in title case ("Clara Stone", folded here) where a
    strong frame introduces a subject (an image's alt text, a linked article's title, a label,
    a birth year): a common gendered first name that is no word before any word of letters that
    is no word of things or places. Capitals in such a frame mark a proper name, so the
    surname may be an ordinary word ("Long", "Handler") as real surnames often are."""
    if len(words) != 2 or not all(w.isalpha() for w in words):
        return None
    first, last = words
    entry = first_names().get(first)
    if (
        entry is None
        or entry.word
        or entry.gender not in ("f", "m")
        or entry.count < TITLED_FIRST_COUNT
        or first in NOT_FIRST_NAMES
        or first in _things()
    ):
        return None
    if len(last) < 3 or _VOWEL.search(last) is None or last in _things() or last in PLACE_TAILS:
        return None
    return entry


def split_hashtag(tag: str) -> tuple[str, str] | None:
    """A lower-case hashtag run together from a first name and a surname (``annakowal``): the
    first name (common, no ordinary word) and the rest, when the rest reads as a surname (a
    surname or first name of the tables, or a surname-like word that is no common word).
    Ordinary hashtags (``photoshoot``, ``goodvibes``, ``rosegold``) hold no such cut."""
    letters = fold(tag)
    if not letters.isalpha() or not 6 <= len(letters) <= RUN_TOGETHER_MAX:
        return None
    if letters in common_words():
        return None  # "marathon", "carolina": a word, not a first name and a rest
    table = first_names()
    shaped: tuple[str, str] | None = None
    for cut in range(min(len(letters) - 2, FIRST_NAME_MAX), 2, -1):
        head, rest = letters[:cut], letters[cut:]
        entry = table.get(head)
        if entry is None or entry.word or entry.count < HASHTAG_FIRST_COUNT:
            continue
        if head in NOT_FIRST_NAMES or head in _things():
            continue
        if rest in _things() or not surname_like(rest):
            return None  # "emmastyle": a first name and a word of things
        if _surname_known(rest) or (len(rest) >= 4 and rest in table):
            return head, rest  # the longest first name before a surname of the tables
        if rest in common_words():
            return None  # "danielaswimwear": a first name and an ordinary word
        if shaped is None and len(rest) >= 4 and _word_shaped(rest):
            shaped = head, rest
    return shaped


HASHTAG_FIRST_COUNT = 5000


# "A blend of Anna Kowal, Clara Day and Mia Stone": a face mixed from named people is each of
# their likenesses (issue 8), not a kind of face. Two or more capitalised full names after the
# blend word, each opening on a given name of the tables.
_BLEND_OF = re.compile(
    r"\b(?i:blend|mix|merge|mixture|combination|fusion|hybrid|cross) of (?:the faces of )?"
    r"(?P<names>[A-Z][^\W\d_]+ [A-Z][^\W\d_]+(?:(?:, | and | & | x | ?\+ ?|, and )"
    r"[A-Z][^\W\d_]+ [A-Z][^\W\d_]+){1,5})"
)
_BLEND_SPLIT = re.compile(r", and |, | and | & | x | ?\+ ?")
BLEND_HEAD = 1500  # characters of the description read for a blend's names
_BLEND_KEYS = ("lend of", "ix of", "erge of", "ixture of", "ination of", "usion of", "ybrid of",
               "ross of")  # fmt: skip


@lru_cache(maxsize=4096)
def blended_names(description: str) -> tuple[str, ...]:
    """The people a description says a face is blended from (two or more full names whose
    first word is a given name of the tables), or ``()``."""
    head = description[:BLEND_HEAD]
    if not any(key in head for key in _BLEND_KEYS):
        return ()
    for match in _BLEND_OF.finditer(head):
        names = tuple(_BLEND_SPLIT.split(match.group("names")))
        if len(names) >= 2 and all(
            first_name(n.split()[0]) is not None and surname_like(n.split()[-1]) for n in names
        ):
            return names
    return ()
