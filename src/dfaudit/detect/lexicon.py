"""Operator lexicons of names: real people (``poi``), a ``watchlist``, fictional ``characters``.

dfaudit works with none. Entries are imported from JSON lists or CSV files (optionally with a
gender), kept in the ``lexicon_entries`` table, and matched accent-, case- and
separator-insensitively, through leetspeak and names run together. A lone common first name never
matches: single-word entries that are common first names, and very short entries, are skipped.

A listed name is found however an uploader writes it: family name first ("Doe Jane", "DOE, Jane"),
a middle name or initial added ("Jane M. Doe", "Jane Marie Doe") or a listed middle initial
dropped, letter by letter ("J A N E  D O E", "J.A.N.E"), with letters doubled to slip past a
filter ("Jannne Doee"), glued to a model word, base or trade ("janedoelora", "sdxljanedoe",
"janedoeactress"), a listed middle given name dropped ("Jane Doe" for "Jane Marie Doe"),
diacritics spelled out in ASCII ("Mueller" for "Müller"), a nickname quoted inside it ('Jane
"JJ" Doe'). Every such form is a key of the same table (or a lookup of the same joined words, or
of a key's part and a word glued to it), so matching stays one pass of dictionary look-ups
over the text's words.

Watchlist entries are never stored in clear: their match key is kept only as HMAC-SHA256 under the
store's ``watchlist_key`` setting (the key ``dfaudit watchlist add`` uses), and text is matched by
hashing its candidate keys. A match reports the words as found in the text, never the entry.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import json
import re
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from dfaudit.detect.east_asian import common_english_words
from dfaudit.detect.names import first_name, first_names
from dfaudit.detect.text import compact_alpha, deleet, fold, pieces
from dfaudit.errors import InputError

if TYPE_CHECKING:  # detection workers unpickle a Lexicon without importing DuckDB
    from dfaudit.store.db import Store

KINDS = ("poi", "watchlist", "characters")
MAX_LEXICON_FILE_BYTES = 256 << 20
MAX_NAME_CHARS = 200
GENDERS = {
    "female": "female",
    "f": "female",
    "woman": "female",
    "male": "male",
    "m": "male",
    "man": "male",
}
MIN_KEY_LENGTH = 5
MAX_WORDS = 5
WATCH_KEY_SETTING = "watchlist_key"
SEALED_PREFIX = "hmac:"  # a watchlist entry's norm: its match key hashed, never the key itself
SEALED_NAME = "(watched name)"  # what a sealed entry's name holds
INITIALS_FAMILY_MIN = 4  # letters of a family name read after initials ("J. Doe" is too few)
LONE_KEY_MIN = 3  # a lone entry's key ("qxv") is matched from this many letters
LONE_EXTRA = 20  # lone entries are first names or short keys: longer joins are never one
SUFFIX_LETTERS = 4  # "annamillerxl": a name run together with up to this many letters
LETTER_GAP = 3  # "J A N E  D O E", "J.A.N.E": letters apart by at most this many characters
LETTER_RUN_MAX = 64  # letters of one such run read (a longer run is no name written apart)
_TOKEN = re.compile(r"[^\W_]+")
_DIGITS = re.compile(r"\d+")
_REPEATS = re.compile(r"([a-z])\1+")  # a letter written more than once in a row
_POSSESSIVE = re.compile(r"(?<=[^\W\d_])['’]s\b")  # "Marisol's": the name, no more words


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    kind: str
    name: str
    norm: str  # letters only, folded and de-leeted: the match key
    gender: str | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class LexiconMatch:
    entry: LexiconEntry
    text: str
    span: tuple[int, int]


def normalise_name(name: str) -> str:
    """The match key of a name: ``"Zoë O'Brien-Smith"`` → ``"zoeobriensmith"``."""
    return compact_alpha(name)


@lru_cache(maxsize=65536)
def squeezed(key: str) -> str:
    """A key with each letter written several times in a row read once: ``"jannnedoee"`` →
    ``"janedoe"`` (how uploaders slip a name past a filter). Linear: one pass."""
    return _REPEATS.sub(r"\1", key)


def _name_words(name: str) -> list[str]:
    """A name's words, a hyphenated one kept whole ("Taylor-Joy" is one family name)."""
    words = [compact_alpha(w) for w in fold(name).replace("_", " ").split()]
    return [w for w in words if w]


def _orders(name: str) -> list[list[str]]:
    """A listed name's words in each order it is written (as listed first)."""
    words = _name_words(name)
    orders = [words]
    if 2 <= len(words) <= 3:
        orders.append([words[-1], *words[:-1]])
        if len(words) == 3 and len(words[1]) == 1:
            orders += [[words[0], words[2]], [words[2], words[0]]]
    return orders


# how a letter with a diacritic is spelled out in ASCII by hand ("Müller" written "Mueller",
# "Ørsted" "Oersted", "Ångström" "Aangstroem"); fold() drops the mark instead ("Muller")
_ASCII_SPELLED = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ø": "oe", "å": "aa", "æ": "ae", "œ": "oe"}
)


def variant_keys(name: str) -> list[str]:
    """The other keys a listed name is written with: family name first ("Doe Jane", "DOE,
    Jane": a catalogue's order, and East Asian names' own), and for a name with a middle
    initial ("Jane Q. Doe") the name without it (two or three words); a middle given name
    dropped ("Jane Marie Doe" written "Jane Doe"); a name with diacritics spelled out in ASCII
    ("Zoë Müller" written "Zoe Mueller")."""
    keys = ["".join(words) for words in _orders(name)[1:]]
    words = _name_words(name)
    if len(words) == 3 and len(words[1]) > 1 and _middle(words[1]):
        keys += [words[0] + words[2], words[2] + words[0]]
    spelled = name.lower().translate(_ASCII_SPELLED)
    if spelled != name.lower():
        keys += ["".join(w) for w in _orders(spelled)]
    return keys


@lru_cache(maxsize=65536)
def _middle(word: str) -> bool:
    """Whether a word between a listed given and family name is a middle name or initial."""
    if len(word) == 1:
        return True
    name = first_name(word)
    return name is not None and not name.word


def matchable(name: str, norm: str) -> bool:
    """Whether an entry may match at all (not a lone first name, not too short)."""
    if len(norm) < MIN_KEY_LENGTH:
        return False
    words = [w for w in fold(name).replace("_", " ").replace("-", " ").split() if w]
    if len(words) <= 1:
        common = first_names().get(norm)
        if common is not None:
            return False
    return True


def watch_key(store: Store, *, create: bool = False) -> bytes | None:
    """The store's watchlist key (created when ``create``); None when there is none yet."""
    value = store.get_setting(WATCH_KEY_SETTING)
    if value is None:
        if not create:
            return None
        value = secrets.token_hex(32)
        store.set_setting(WATCH_KEY_SETTING, value)
    return bytes.fromhex(value)


def sealed_norm(key: bytes, norm: str) -> str:
    """The stored form of a watchlist entry's match key."""
    return SEALED_PREFIX + hmac.new(key, norm.encode("utf-8"), hashlib.sha256).hexdigest()


def seal_entries(entries: Iterable[LexiconEntry], key: bytes) -> list[LexiconEntry]:
    """Watchlist entries with their name and key replaced by a keyed hash (others unchanged).

    Unmatchable entries (a lone first name, too short) are dropped: they would never match."""
    out = []
    for entry in entries:
        if entry.kind != "watchlist" or entry.norm.startswith(SEALED_PREFIX):
            out.append(entry)
        elif matchable(entry.name, entry.norm):
            norm = sealed_norm(key, entry.norm)
            out.append(LexiconEntry(entry.kind, SEALED_NAME, norm, entry.gender, None))
    return out


class Lexicon:
    """An in-memory index of entries for fast matching against record fields.

    ``watch_key`` is the key that sealed the watchlist entries (see :func:`seal_entries`); without
    it sealed entries never match."""

    def __init__(self, entries: Iterable[LexiconEntry] = (), *, watch_key: bytes | None = None):
        self.entries: tuple[LexiconEntry, ...] = tuple(entries)
        self._by_norm: dict[str, LexiconEntry] = {}
        # entries that never match on their own (a lone first name, a short key: "Marisol",
        # "QXV"): matched only where the caller knows the text names a subject
        self._lone: dict[str, LexiconEntry] = {}
        self._sealed: dict[str, LexiconEntry] = {}
        self._watch_key = watch_key
        for entry in self.entries:
            if entry.norm.startswith(SEALED_PREFIX):
                if watch_key is not None:
                    self._sealed[entry.norm] = entry
            elif matchable(entry.name, entry.norm):
                # a poi entry wins over a character of the same spelling
                current = self._by_norm.get(entry.norm)
                if current is None or (current.kind == "characters" and entry.kind != "characters"):
                    self._by_norm[entry.norm] = entry
            elif len(entry.norm) >= LONE_KEY_MIN and entry.kind != "characters":
                self._lone.setdefault(entry.norm, entry)
        # a short name of several words ("Mr Q", "Jo B"): found written as its words, whole
        # (never run together, never a part of a word: "jo b-side" is not "Jo B")
        self._short: dict[str, LexiconEntry] = {}
        self._short_first: dict[str, int] = {}  # first word -> most words of such a name
        for key, entry in self._lone.items():
            words = _name_words(entry.name)
            if len(words) >= 2:
                self._short[key] = entry
                first = self._short_first.get(words[0], 0)
                self._short_first[words[0]] = max(first, len(words))
        # the other ways a listed name is written ("Doe Jane"): a name's own key always wins
        # (never an ordinary word: a listed "Ket Bas" turned round is "basket")
        common = common_english_words()
        variants: dict[str, LexiconEntry] = {}
        for entry in self._by_norm.values():
            for key in variant_keys(entry.name):
                if len(key) >= MIN_KEY_LENGTH and key not in common:
                    variants.setdefault(key, entry)
        for key, entry in variants.items():
            self._by_norm.setdefault(key, entry)
        # every key with its doubled letters read once ("Jannne Doee", "jannnedoee" find "Jane
        # Doe"; "Mira Vosberg" finds "Mira Vossberg"): run together, for one word of a
        # text, and word by word, for as many words each the same once read so
        self._squeezed_run: dict[str, LexiconEntry] = {}
        self._squeezed_words: dict[str, tuple[LexiconEntry, tuple[str, ...]]] = {}
        for key, entry in self._by_norm.items():
            self._squeezed_run.setdefault(squeezed(key), entry)
        for entry in list(self._by_norm.values()):
            for words in _orders(entry.name):
                parts = tuple(squeezed(w) for w in words)
                if len(parts) > 1 and "".join(words) in self._by_norm:
                    self._squeezed_words.setdefault("".join(parts), (entry, parts))
        self._squeezed_keys = frozenset(self._squeezed_run) | frozenset(self._squeezed_words)
        self._squeezed_parts = frozenset(p for _, ps in self._squeezed_words.values() for p in ps)
        # the given names of names of two words (a middle name may stand after them)
        self._givens = frozenset(
            words[0]
            for entry in self._by_norm.values()
            if len(words := _name_words(entry.name)) == 2
        )
        # a listed name written as its given names' initials and its family name ("J. Doe",
        # "M.J. Doe" for "Mary Jane Doe"): keyed by the initials and the family name, for a
        # family name that is no ordinary word and a key no other entry shares
        self._initials: dict[str, LexiconEntry] = {}
        shared: set[str] = set()
        for entry in list(self._by_norm.values()):
            words = _name_words(entry.name)
            if not 2 <= len(words) <= 3 or len(words[-1]) < INITIALS_FAMILY_MIN:
                continue
            if words[-1] in common or any(len(w) < 2 for w in words[:-1]):
                continue
            for key in {words[0][0] + words[-1], "".join(w[0] for w in words[:-1]) + words[-1]}:
                current = self._initials.setdefault(key, entry)
                if current.norm != entry.norm:
                    shared.add(key)
        for key in shared:
            del self._initials[key]
        self._lengths = sorted({len(n) for n in self._by_norm}, reverse=True)
        self._max_length = self._lengths[0] if self._lengths else 0
        self.state = lexicon_hash(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __bool__(self) -> bool:
        return bool(self._by_norm or self._sealed)

    def match(self, text: str) -> list[LexiconMatch]:
        """Entries found in ``text`` on word boundaries (or run together in one token)."""
        if not (self._by_norm or self._sealed) or not text:
            return []
        found: dict[str, LexiconMatch] = {}
        for variant in (text, deleet(text)) if any(c.isdigit() for c in text) else (text,):
            self._match_words(variant, found)
        return list(found.values())

    def match_lone(self, text: str) -> list[LexiconMatch]:
        """The entries that never match on their own (a lone first name, a key shorter than
        ``MIN_KEY_LENGTH``) found in ``text`` as whole words (joined words, never a part of a
        word): for a text the caller knows names its subject ("用 Marisol 的照片训练")."""
        if not self._lone or not text:
            return []
        found: dict[str, LexiconMatch] = {}
        words = [(fold(w), s, e) for w, s, e in pieces(text) if w.isalpha()]
        for i in range(len(words)):
            joined = ""
            for j in range(i, min(i + MAX_WORDS, len(words))):
                joined += words[j][0]
                if len(joined) > MIN_KEY_LENGTH + LONE_EXTRA:
                    break
                entry = self._lone.get(joined)
                # as many words as the entry has ("Dee-J" two, "Marisol" one: never "mari sol")
                if (
                    entry is not None
                    and entry.norm not in found
                    and _word_count(entry) == j - i + 1
                ):
                    span = (words[i][1], words[j][2])
                    found[entry.norm] = LexiconMatch(entry, text[span[0] : span[1]], span)
        return list(found.values())

    def match_whole(self, text: str, ignore: frozenset[str]) -> LexiconMatch | None:
        """An entry that never matches on its own (see :meth:`match_lone`) that is all of
        ``text`` but for the words of ``ignore`` and digits, as many words as its name
        ("Marisol LoRA v2", "mr_q-000010"): a name field that holds that name and nothing else.
        One look-up."""
        if not self._lone or not text:
            return None
        kept = []
        for token in _TOKEN.finditer(_POSSESSIVE.sub(" ", text)):
            letters = _DIGITS.sub("", fold(token.group(0)))
            if letters and letters not in ignore:
                kept.append((letters, token.start(), token.end()))
        if not kept or len(kept) > MAX_WORDS:
            return None
        key = compact_alpha("".join(k for k, _, _ in kept))
        entry = self._lone.get(key)
        if entry is None and len(kept) == 1:
            entry = self._lone.get(_unglued(key))  # "marisolxl", "marisollora"
        if entry is None or len(_name_words(entry.name)) != len(kept):
            return None
        span = (kept[0][1], kept[-1][2])
        return LexiconMatch(entry, text[span[0] : span[1]], span)

    def _match_words(self, text: str, found: dict[str, LexiconMatch]) -> None:
        words = [(fold(w), s, e) for w, s, e in pieces(text) if w.isalpha()]
        count = len(words)
        by_norm, givens, short_first = self._by_norm, self._givens, self._short_first
        run = longest_run = 0  # single letters in a row ("J A N E")
        for i in range(count):
            joined = ""
            for j in range(i, min(i + MAX_WORDS, count)):
                joined += words[j][0]
                if len(joined) > self._max_length:
                    break
                entry = by_norm.get(joined)
                if entry is not None and entry.norm not in found:
                    if j > i and _ordinary_words(entry, words[i : j + 1]):
                        continue  # "went over" is no "Wentover"
                    span = (words[i][1], words[j][2])
                    found[entry.norm] = LexiconMatch(entry, text[span[0] : span[1]], span)
            word, start, end = words[i]
            if word in short_first:
                self._match_short(text, words, i, found)
            # a name of two words with a middle name or initial between them: "Jane M. Doe",
            # "Jane Marie Doe" (the middle word a given name that is no ordinary word), or a
            # nickname quoted or bracketed between them: 'Jane "JJ" Doe', "Jane (JJ) Doe"
            if word in givens and i + 2 < count:
                entry = by_norm.get(word + words[i + 2][0])
                if (
                    entry is not None
                    and entry.norm not in found
                    and (_middle(words[i + 1][0]) or _quoted(text, words[i], words[i + 1]))
                    and _word_count(entry) == 2
                ):
                    span = (start, words[i + 2][2])
                    found[entry.norm] = LexiconMatch(entry, text[span[0] : span[1]], span)
            if len(word) == 1:
                if self._initials:
                    self._match_initials(text, words, i, found)
                run += 1
                longest_run = max(run, longest_run)
                continue
            run = 0
            # a name run together with a short suffix inside one word: "annamillerxl" (an
            # ordinary word is none: "lanterns" for a listed "Lanter")
            if len(word) > MIN_KEY_LENGTH + 1 and word not in common_english_words():
                entry = self._glued(word)
                if entry is not None and entry.norm not in found:
                    found[entry.norm] = LexiconMatch(entry, text[start:end], (start, end))
        if longest_run >= MIN_KEY_LENGTH:
            self._match_letters(text, words, found)
        if _REPEATS.search(text.lower()) is not None:
            self._match_doubled(text, words, found)
        if self._sealed:
            self._match_sealed(text, words, found)

    def _match_initials(
        self, text: str, words: list[tuple[str, int, int]], i: int, found: dict[str, LexiconMatch]
    ) -> None:
        """A listed name written as initials, each with its full stop, and the family name
        starting at ``words[i]`` ("J. Doe", "M.J. Doe"; not "a doe", not "J Doe")."""
        if i > 0 and len(words[i - 1][0]) == 1 and text[words[i - 1][2] : words[i][1]] == ".":
            return  # (read from the first initial only)
        initials = ""
        j = i
        while j < len(words) and len(words[j][0]) == 1 and len(initials) < 2:
            if text[words[j][2] : words[j][2] + 1] != "." or not text[words[j][1]].isupper():
                return
            initials += words[j][0]
            j += 1
        if j >= len(words) or words[j][1] - words[j - 1][2] > 3:
            return
        entry = self._initials.get(initials + words[j][0])
        if entry is not None and entry.norm not in found and text[words[j][1]].isupper():
            span = (words[i][1], words[j][2])
            found[entry.norm] = LexiconMatch(entry, text[span[0] : span[1]], span)

    def _glued(self, word: str) -> LexiconEntry | None:
        """The entry a word that is no ordinary word holds run together with what uploaders
        glue to a name: up to ``SUFFIX_LETTERS`` letters after it ("annamillerxl"), or a model
        word, a base or a trade before or after it (:func:`glued_affixes`: "annamillerlora",
        "annamilleractress", "sdxlannamiller"). One look-up per key length: linear."""
        affixes, by_norm = glued_affixes(), self._by_norm
        for length in self._lengths:
            rest = len(word) - length
            if rest <= 0:
                continue
            tail = word[length:]
            if (
                rest <= SUFFIX_LETTERS
                or tail in affixes
                or (tail[-1] in "ve" and tail[:-1] in affixes)
            ):
                entry = by_norm.get(word[:length])
                if entry is not None:
                    return entry
            if word[:rest] in affixes:
                entry = by_norm.get(word[rest:])
                if entry is not None:
                    return entry
        return None

    def _match_doubled(
        self, text: str, words: list[tuple[str, int, int]], found: dict[str, LexiconMatch]
    ) -> None:
        """Names written with letters doubled ("Jannne Doee", "jannnedoee") or a doubled
        letter written once ("Mira Vosberg"): the words read with each letter once."""
        short_words = [squeezed(w) for w, _, _ in words]
        keys, parts, count = self._squeezed_keys, self._squeezed_parts, len(words)
        for i in range(count):
            joined = short = ""
            for j in range(i, min(i + MAX_WORDS, count)):
                if j > i and short_words[j] not in parts:
                    break  # no name goes on with this word
                joined += words[j][0]
                short += short_words[j]
                if len(short) > self._max_length:
                    break
                if short not in keys or joined in self._by_norm:
                    continue
                entry = self._squeezed(joined, short, short_words[i : j + 1])
                if entry is not None and entry.norm not in found:
                    span = (words[i][1], words[j][2])
                    found[entry.norm] = LexiconMatch(entry, text[span[0] : span[1]], span)

    def _match_short(
        self, text: str, words: list[tuple[str, int, int]], i: int, found: dict[str, LexiconMatch]
    ) -> None:
        """A short listed name of several words starting at ``words[i]``, as its words."""
        joined = words[i][0]
        for j in range(i + 1, min(i + self._short_first[words[i][0]], len(words))):
            joined += words[j][0]
            entry = self._short.get(joined)
            end = words[j][2]
            if (
                entry is not None
                and entry.norm not in found
                and len(_name_words(entry.name)) == j - i + 1
                and not _word_goes_on(text, end)
            ):
                span = (words[i][1], end)
                found[entry.norm] = LexiconMatch(entry, text[span[0] : span[1]], span)

    def _squeezed(self, joined: str, short: str, parts: list[str]) -> LexiconEntry | None:
        """The entry whose key, doubled letters read once, is ``short`` (the text's words
        ``parts`` so read, ``joined`` as written): one word that is no ordinary word
        ("jannnedoee", not "lettuce"), or as many words as the name has, each the same once
        so read ("Jannne Doee", not "carrot op")."""
        if len(parts) == 1:
            entry = self._squeezed_run.get(short)
            return entry if entry is not None and joined not in common_english_words() else None
        found = self._squeezed_words.get(short)
        if found is None or tuple(parts) != found[1]:
            return None
        return found[0]

    def _match_letters(
        self, text: str, words: list[tuple[str, int, int]], found: dict[str, LexiconMatch]
    ) -> None:
        """A listed name written letter by letter ("J A N E  D O E", "J.A.N.E D.O.E"): each
        run of single letters, at most ``LETTER_GAP`` characters apart, is read as one word,
        and a key is looked up from each of its letters (a run is read up to
        ``LETTER_RUN_MAX`` letters: linear in the text)."""
        i, count = 0, len(words)
        while i < count:
            if len(words[i][0]) != 1:
                i += 1
                continue
            j = i
            while (
                j + 1 < count
                and len(words[j + 1][0]) == 1
                and words[j + 1][1] - words[j][2] <= LETTER_GAP
            ):
                j += 1
            if j - i + 1 >= MIN_KEY_LENGTH:
                run = words[i : min(j + 1, i + LETTER_RUN_MAX)]
                self._match_run(text, "".join(w for w, _, _ in run), run, found)
            i = j + 1

    def _match_run(
        self,
        text: str,
        letters: str,
        run: list[tuple[str, int, int]],
        found: dict[str, LexiconMatch],
    ) -> None:
        for k in range(len(letters) - MIN_KEY_LENGTH + 1):
            for length in self._lengths:
                if k + length > len(letters):
                    continue
                entry = self._by_norm.get(letters[k : k + length])
                if entry is not None and entry.norm not in found:
                    span = (run[k][1], run[k + length - 1][2])
                    found[entry.norm] = LexiconMatch(entry, text[span[0] : span[1]], span)
                    break

    def _match_sealed(
        self, text: str, words: list[tuple[str, int, int]], found: dict[str, LexiconMatch]
    ) -> None:
        """Hash every candidate key of ``text`` and look it up among the sealed entries."""
        assert self._watch_key is not None
        key = self._watch_key
        clear = {m.entry.norm for m in found.values()}  # a clear entry of the same name wins

        def hit(candidate: str, span: tuple[int, int], parts: list[str]) -> bool:
            if len(candidate) < MIN_KEY_LENGTH or candidate in clear:
                return False
            entry = self._sealed.get(sealed_norm(key, candidate))
            if entry is None or entry.norm in found:
                return False
            # the entry's name is not known: report the words as they stand in the text
            shown = LexiconEntry(entry.kind, " ".join(parts), entry.norm, entry.gender, None)
            found[entry.norm] = LexiconMatch(shown, text[span[0] : span[1]], span)
            return True

        for i in range(len(words)):
            joined = ""
            parts: list[str] = []
            for j in range(i, min(i + MAX_WORDS, len(words))):
                joined += words[j][0]
                parts.append(text[words[j][1] : words[j][2]])
                if len(joined) > MAX_NAME_CHARS:
                    break
                hit(joined, (words[i][1], words[j][2]), parts)
            word, start, end = words[i]
            if MIN_KEY_LENGTH + 1 < len(word) <= MAX_NAME_CHARS + SUFFIX_LETTERS:
                for length in range(len(word) - 1, len(word) - SUFFIX_LETTERS - 1, -1):
                    if hit(word[:length], (start, end), [text[start:end]]):
                        break


@lru_cache(maxsize=1)
def glued_affixes() -> frozenset[str]:
    """Words uploaders glue to a name without a break, before or after it: model kinds and
    bases (``vocab``: "lora", "sdxl", "flux"), what the model copies ("face", "portrait") and
    one-word trades (``trades``: "actress", "singer"); of three letters at least."""
    from dfaudit.detect.trades import lead_trade_keys
    from dfaudit.detect.vocab import BASE_MODEL_WORDS, GLUED_MODEL_WORDS, LIKENESS_MODEL_WORDS

    words = GLUED_MODEL_WORDS | BASE_MODEL_WORDS | LIKENESS_MODEL_WORDS | lead_trade_keys()
    return frozenset(w for w in words if len(w) >= 3 and w.isalpha())


_QUOTES = "\"'“”‘’«»(["


def _quoted(text: str, before: tuple[str, int, int], word: tuple[str, int, int]) -> bool:
    """Whether ``word`` opens with a quote or a bracket right after the word ``before``: a
    nickname written inside a name ('Jane "JJ" Doe')."""
    between = text[before[2] : word[1]]
    return len(between) <= 3 and any(c in _QUOTES for c in between)


def _unglued(key: str) -> str:
    """A key with a model word glued to its end dropped ("marisolxl" → "marisol")."""
    from dfaudit.detect.vocab import GLUED_MODEL_WORDS

    for length in (5, 4, 3, 2):
        if len(key) > length + LONE_KEY_MIN and key[-length:] in GLUED_MODEL_WORDS:
            return key[:-length]
    return key


def _word_goes_on(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` goes on past it ("t-shirt", "t's", "tea")."""
    after = text[end : end + 2]
    if after[:1].isalnum():
        return True
    return after[:1] in "-'’" and after[1:2].isalpha()


def _ordinary_words(entry: LexiconEntry, words: list[tuple[str, int, int]]) -> bool:
    """Words joined into an entry's key that split it more than its name is split, each an
    ordinary English word or of two letters at most ("went over" for a one-word name): no name
    written apart."""
    if len(words) <= _word_count(entry):
        return False
    common = common_english_words()  # words of three letters or more; shorter ones count too
    return all(len(w) <= 2 or w in common for w, _, _ in words)


def _word_count(entry: LexiconEntry) -> int:
    return len([w for w, _, _ in pieces(entry.name) if w.isalpha()])


def lexicon_hash(entries: Iterable[LexiconEntry]) -> str:
    """A short hash of the entries, part of every finding's input hash."""
    digest = hashlib.sha256()
    for entry in sorted(entries, key=lambda e: (e.kind, e.norm)):
        digest.update(f"{entry.kind}\t{entry.norm}\t{entry.gender or ''}\n".encode())
    return digest.hexdigest()[:16]


def load_lexicon(store: Store) -> Lexicon:
    """Every imported entry in the store (an empty lexicon if none)."""
    rows = store.query("SELECT kind, name, norm, gender, source FROM lexicon_entries")
    return Lexicon((LexiconEntry(*row) for row in rows), watch_key=watch_key(store))


def parse_lexicon_file(path: Path, kind: str) -> list[LexiconEntry]:
    """Entries from a JSON list (of names or ``{name, gender}``) or a CSV (name[,gender])."""
    if kind not in KINDS:
        raise InputError(f"unknown lexicon kind {kind!r}; use one of {', '.join(KINDS)}")
    from dfaudit.collect.ingest import check_regular_file

    check_regular_file(path)  # never /dev/zero or a FIFO
    if path.stat().st_size > MAX_LEXICON_FILE_BYTES:
        raise InputError(f"{path}: larger than {MAX_LEXICON_FILE_BYTES:,} bytes")
    try:
        content = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (invalid byte at {exc.start})") from None
    return parse_lexicon_text(content, kind, source=path.name)


def parse_lexicon_text(content: str, kind: str, *, source: str) -> list[LexiconEntry]:
    stripped = content.lstrip()
    items: list[tuple[str, str | None]]
    if stripped.startswith(("[", "{")):
        items = _json_items(stripped, source)
    else:
        items = _csv_items(content)
    entries: dict[str, LexiconEntry] = {}
    for name, gender in items:
        if len(name) > MAX_NAME_CHARS:
            continue  # not a name; and long text would only slow matching down
        name = " ".join(name.split())
        norm = normalise_name(name)
        if not norm:
            continue
        entries.setdefault(norm, LexiconEntry(kind, name, norm, _gender(gender), source))
    return list(entries.values())


def _json_items(content: str, source: str) -> list[tuple[str, str | None]]:
    try:
        data: Any = json.loads(content)
    except json.JSONDecodeError as exc:
        raise InputError(f"{source} is not valid JSON: {exc.msg} (line {exc.lineno})") from None
    except (RecursionError, ValueError):  # nesting too deep, an integer of thousands of digits
        raise InputError(
            f"{source} is not usable JSON (nested too deeply or a huge number)"
        ) from None
    if isinstance(data, dict):
        data = data.get("names") or data.get("items") or list(data.values())
    if not isinstance(data, list):
        raise InputError(f"{source}: expected a JSON list of names")
    items: list[tuple[str, str | None]] = []
    for item in data:
        if isinstance(item, str):
            items.append((item, None))
        elif isinstance(item, dict) and isinstance(item.get("name"), str):
            gender = item.get("gender")
            items.append((item["name"], gender if isinstance(gender, str) else None))
    return items


def _csv_items(content: str) -> list[tuple[str, str | None]]:
    try:
        rows = list(csv.reader(io.StringIO(content)))
    except csv.Error as exc:
        raise InputError(f"not a usable CSV lexicon: {exc}") from None
    if rows and [c.strip().lower() for c in rows[0][:2]] in (["name"], ["name", "gender"]):
        rows = rows[1:]
    return [
        (row[0], row[1] if len(row) > 1 and row[1].strip() else None)
        for row in rows
        if row and row[0].strip()
    ]


def _gender(value: str | None) -> str | None:
    return GENDERS.get(value.strip().lower()) if value else None


def import_entries(store: Store, entries: Sequence[LexiconEntry]) -> int:
    """Insert or replace entries; returns how many were written.

    Watchlist entries are sealed first (:func:`seal_entries`): no watched name is ever written."""
    if any(e.kind == "watchlist" for e in entries):
        key = watch_key(store, create=True)
        assert key is not None
        entries = seal_entries(entries, key)
    if not entries:
        return 0
    now = datetime.now(UTC)
    table = pa.table(
        {
            "kind": [e.kind for e in entries],
            "name": [e.name for e in entries],
            "norm": [e.norm for e in entries],
            "gender": [e.gender for e in entries],
            "source": [e.source for e in entries],
            "imported_at": pa.array([now] * len(entries), pa.timestamp("us", tz="UTC")),
        }
    )
    store.insert_arrow("lexicon_entries", table, on_conflict="OR REPLACE")
    return len(entries)


def import_lexicon_file(store: Store, path: Path, kind: str) -> int:
    """``dfaudit lexicon import``: parse the file and store its entries."""
    return import_entries(store, parse_lexicon_file(path, kind))


def lexicon_counts(store: Store) -> list[tuple[str, str, int]]:
    """(kind, source, entries) for ``dfaudit lexicon list``."""
    rows = store.query(
        "SELECT kind, coalesce(source, ''), count(*) FROM lexicon_entries "
        "GROUP BY ALL ORDER BY 1, 2"
    )
    return [(str(k), str(s), int(n)) for k, s, n in rows]
