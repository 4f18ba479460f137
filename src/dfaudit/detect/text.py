"""Text normalisation shared by signals and lexicons: folding, leetspeak, tokens.

Everything here is a pure function over strings with precompiled patterns, because it runs on
every field of every record.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache

import ahocorasick

_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
)
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_NON_ALPHA = re.compile(r"[^a-z]+")
# Word pieces: a capitalised or lower run, an upper-case run, or digits. Splits camelCase.
_PIECE = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+")
_WORDISH = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
_HANGUL_JAMO = re.compile(r"[\u1100-\u11ff]")
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case with accents removed: ``"Zoë Ångström"`` → ``"zoe angstrom"``."""
    if text.isascii():
        return text.lower()
    stripped = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    if _HANGUL_JAMO.search(stripped):
        stripped = unicodedata.normalize("NFC", stripped)  # NFKD split hangul syllables: rejoin
    return (
        stripped.lower()
        .replace("ß", "ss")
        .replace("ø", "o")
        .replace("ł", "l")
        .replace("ı", "i")  # Turkish dotless i ("Nazlı")
        .replace("đ", "d")  # Vietnamese, Croatian ("Đặng")
    )


def deleet(text: str) -> str:
    """Undo common leetspeak digits: ``"4nn4 m1ll3r"`` → ``"anna miller"``."""
    return text.translate(_LEET)


def compact_alpha(text: str) -> str:
    """Folded, de-leeted, letters only: ``"4nna_M1ller"`` → ``"annamiller"``."""
    return _NON_ALPHA.sub("", deleet(fold(text)))


def spaced(text: str) -> str:
    """Folded words joined by single spaces, separators and case removed."""
    return _NON_ALNUM.sub(" ", fold(text)).strip()


def pieces(text: str) -> list[tuple[str, int, int]]:
    """Word pieces with their spans; camelCase, ``_`` and digits split: ``"AnnaMiller_v2"``.

    Returns ``[("Anna", 0, 4), ("Miller", 4, 10), ("v", 11, 12), ("2", 12, 13)]``.
    Accented letters are folded first so that spans stay aligned with the folded-case text.
    """
    return list(_pieces(text))


def text_pieces(text: str) -> tuple[tuple[str, int, int], ...]:
    """:func:`pieces` as a shared (cached) tuple: do not modify."""
    return _pieces(text)


def ascii_letters(text: str) -> str:
    """``text`` with every non-ASCII character replaced by its base letter or a space (what
    :func:`pieces` reads): the same length, so spans stay aligned."""
    return text if text.isascii() else text.translate(_ASCII_LETTERS)


@lru_cache(maxsize=65536)
def _pieces(text: str) -> tuple[tuple[str, int, int], ...]:
    ascii_text = ascii_letters(text)
    return tuple((m.group(0), m.start(), m.end()) for m in _PIECE.finditer(ascii_text))


class _AsciiLetters(dict[int, str]):
    """``str.translate`` table filled on demand: ASCII stays, any other character becomes its
    base letter (``é`` → ``e``) or a space."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        value = ch if code < 128 else (_ascii_letter(ch) or " ")
        self[code] = value
        return value


_ASCII_LETTERS = _AsciiLetters()


# Letters without a decomposition whose base letter a reader sees ("Nazlı", "Đặng", "Łucja")
_BASE_LETTERS = {"ı": "i", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O"}


@lru_cache(maxsize=4096)
def _ascii_letter(ch: str) -> str:
    if ch in _BASE_LETTERS:
        return _BASE_LETTERS[ch]
    base = unicodedata.normalize("NFKD", ch)[:1]
    return base if base.isascii() and base.isalpha() else ""


def words(text: str) -> list[str]:
    """Lower-case words of free text (description, tags), accents folded."""
    return _WORDISH.findall(fold(text))


@lru_cache(maxsize=256)
def word_set(text: str) -> frozenset[str]:
    """The distinct folded words of a text (cached: several signals read one description)."""
    folded = fold(text)
    if not folded.isascii():
        return frozenset(_WORDISH.findall(folded))
    # ASCII: the words are the runs of letters and digits, two joined by one apostrophe. Every
    # other character becomes a space (bytes.translate), the text is split on spaces, and only
    # the rare chunk that holds an apostrophe is read by the pattern.
    chunks = folded.encode().translate(_WORD_BYTES).decode().split()
    if "'" not in folded:
        return frozenset(chunks)
    found: set[str] = set()
    for chunk in chunks:
        if "'" in chunk:
            found.update(_WORDISH.findall(chunk))
        else:
            found.add(chunk)
    return frozenset(found)


# Letters and digits and the apostrophe stay, every other byte becomes a space.
_WORD_BYTES = bytes(
    c if chr(c).isascii() and (chr(c).isalnum() or c == 39) else 32 for c in range(256)
)


class StartFinder:
    """The places where a pattern's matches can start, found in one pass over a text.

    Built from literals such that every match of the pattern begins with one of them (in the
    text the pattern reads): a text's candidate starts are where these literals stand (one
    Aho-Corasick pass), and :func:`finditer_at` tries the pattern there only, instead of the
    regex engine trying it at every character of a long description.

    Every finder's literals are also in one merged automaton: most finders read a prefix of the
    record's folded description (cut at 300, 800, 1,500 characters), so that text is scanned
    once for all of them (see :func:`share_scans`) and each finder reads its own hits.
    """

    def __init__(self, literals: Iterable[str]):
        given = frozenset(literals)
        self.literals = tuple(sorted(given))
        if not self.literals or "" in given:
            raise ValueError("a start finder needs non-empty literals")
        # A literal that another one begins is not needed (where it stands, so does the other),
        # and without such pairs no two literals begin at the same index. Looked up by its
        # prefixes (linear in the literals' length: a table of thousands of literals compared
        # pairwise cost ~0.4 s per process compiled, 3 s in Python).
        kept = [w for w in self.literals if not any(w[:k] in given for k in range(1, len(w)))]
        automaton = ahocorasick.Automaton()
        for literal in kept:
            automaton.add_word(literal, len(literal) - 1)
        automaton.make_automaton()
        self._automaton = automaton
        self.kept = tuple(kept)
        self.bit = _SHARED.register(self)

    def starts(self, text: str) -> list[int]:
        """Every index of ``text`` where one of the literals begins, in order."""
        shared = _SHARED
        if text and shared.base.startswith(text):
            return shared.starts(self.bit, len(text))
        return sorted([end - back for end, back in self._automaton.iter(text)])


# A prefix of the shared text is scanned this far at least (the longest head a finder reads),
# so that the finders reading shorter heads of it use the same pass.
SHARED_SCAN_MIN = 1500


class _SharedScan:
    """One Aho-Corasick pass over the shared text (a record's folded description) with every
    finder's literals. A literal's value holds the finders it belongs to as bits of a mask, and
    the hits are kept grouped by mask, so that a finder reads the groups of its own bit only
    (short literals such as "in" stand hundreds of times in a description)."""

    def __init__(self) -> None:
        self.finders: list[StartFinder] = []
        self.automaton: ahocorasick.Automaton | None = None
        self.masks_of: dict[int, tuple[int, ...]] = {}  # a finder's bit -> the masks holding it
        self.base = ""
        self.scanned = 0  # characters of ``base`` scanned into ``groups``
        # mask -> the starts and the (exclusive) ends of its hits, in the pass's order
        self.groups: dict[int, tuple[list[int], list[int]]] = {}

    def register(self, finder: StartFinder) -> int:
        self.finders.append(finder)
        self.automaton = None  # rebuilt with the new finder's literals when next needed
        self.scanned = 0
        self.groups = {}
        return 1 << (len(self.finders) - 1)

    def share(self, text: str) -> None:
        if text is not self.base:
            self.base = text
            self.scanned = 0
            self.groups = {}

    def starts(self, bit: int, length: int) -> list[int]:
        """The starts of the literals of the finder ``bit`` in ``base[:length]``."""
        if length > self.scanned:
            self._scan(max(length, min(len(self.base), SHARED_SCAN_MIN)))
        groups = self.groups
        out: list[int] = []
        if length >= self.scanned:  # the common case: every hit of the pass lies within
            for mask in self.masks_of[bit]:
                group = groups.get(mask)
                if group is not None:
                    out.extend(group[0])
        else:
            for mask in self.masks_of[bit]:
                group = groups.get(mask)
                if group is not None:
                    out.extend([at for at, end in zip(*group, strict=True) if end <= length])
        out.sort()
        return out

    def _scan(self, length: int) -> None:
        automaton = self.automaton
        if automaton is None:
            automaton, masks = _merged_automaton(self.finders)
            self.automaton = automaton
            self.masks_of = {f.bit: tuple(m for m in masks if m & f.bit) for f in self.finders}
        groups: dict[int, tuple[list[int], list[int]]] = {}
        for end, (back, mask) in automaton.iter(self.base, 0, length):
            group = groups.get(mask)
            if group is None:
                groups[mask] = ([end - back], [end + 1])
            else:
                group[0].append(end - back)
                group[1].append(end + 1)
        self.groups = groups
        self.scanned = length


def _merged_automaton(finders: list[StartFinder]) -> tuple[ahocorasick.Automaton, tuple[int, ...]]:
    masks: dict[str, int] = {}
    for finder in finders:
        for literal in finder.kept:
            masks[literal] = masks.get(literal, 0) | finder.bit
    automaton = ahocorasick.Automaton()
    for literal, bits in masks.items():
        automaton.add_word(literal, (len(literal) - 1, bits))
    automaton.make_automaton()
    return automaton, tuple(sorted(set(masks.values())))


_SHARED = _SharedScan()


def share_scans(text: str) -> None:
    """Make ``text`` (a record's folded description) the text whose start-finder pass is
    shared: a finder asked for the starts of a prefix of it reads them from one pass with every
    finder's literals. Only a speed-up: the starts are the same for any text."""
    _SHARED.share(text)


def finditer_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` when every match starts at one of ``starts`` (sorted) and no
    match is empty: the pattern is tried at those places only, left to right, resuming after
    each match as ``finditer`` does. Look-behinds and ``\\b`` still see the characters before."""
    resume = 0
    for at in starts:
        if at < resume:
            continue
        match = pattern.match(text, at)
        if match is not None:
            yield match
            resume = match.end()


def search_starts(pattern: re.Pattern[str], finder: StartFinder, text: str) -> re.Match[str] | None:
    """``pattern.search(text)`` when every match begins with one of ``finder``'s literals: the
    pattern is tried only where they stand (see :func:`finditer_at`)."""
    return next(finditer_at(pattern, text, finder.starts(text)), None)
