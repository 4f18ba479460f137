"""Text normalisation shared by signals and lexicons: folding, leetspeak, tokens.

Everything here is a pure function over strings with precompiled patterns, because it runs on
every field of every record.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

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
    return tuple([(m.group(0), m.start(), m.end()) for m in _PIECE.finditer(ascii_text)])


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
        # ASCII characters but letters, digits and the apostrophe become spaces (in the UTF-8
        # bytes, where every other character's bytes are >= 128 and stay); no word crosses a
        # space, so a chunk of ASCII letters and digits is one word and the pattern reads only
        # the other chunks, joined by spaces (a lone surrogate passes through unchanged).
        chunks = (
            folded.encode("utf-8", "surrogatepass")
            .translate(_WORD_OR_WIDE_BYTES)
            .decode("utf-8", "surrogatepass")
            .split()
        )
        found = set(chunks)
        other = [chunk for chunk in found if not (chunk.isascii() and chunk.isalnum())]
        found.difference_update(other)
        found.update(_WORDISH.findall(" ".join(other)))
        return frozenset(found)
    # ASCII: the words are the runs of letters and digits, two joined by one apostrophe. Every
    # other character becomes a space (bytes.translate), the text is split on spaces, and only
    # the rare chunk that holds an apostrophe is read by the pattern.
    chunks = folded.encode().translate(_WORD_BYTES).decode().split()
    if "'" not in folded:
        return frozenset(chunks)
    # the distinct chunks at once; those with an apostrophe are read by the pattern instead
    # (joined by spaces, which no word crosses)
    found = set(chunks)
    quoted = [chunk for chunk in found if "'" in chunk]
    found.difference_update(quoted)
    found.update(_WORDISH.findall(" ".join(quoted)))
    return frozenset(found)


# Letters and digits and the apostrophe stay, every other byte becomes a space.
_WORD_BYTES = bytes(
    c if chr(c).isascii() and (chr(c).isalnum() or c == 39) else 32 for c in range(256)
)
# The same, except that the bytes of non-ASCII characters (>= 128) stay too.
_WORD_OR_WIDE_BYTES = bytes(
    c if c >= 128 or chr(c).isalnum() or c == 39 else 32 for c in range(256)
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
        self.longest = 1  # the longest literal of the merged automaton (set when it is built)
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
            # a group's ends never decrease (the pass reports hits in the order they end): its
            # hits within ``length`` are a prefix of it
            for mask in self.masks_of[bit]:
                group = groups.get(mask)
                if group is not None:
                    out.extend(group[0][: bisect_right(group[1], length)])
        out.sort()
        return out

    def any_within(self, bit: int, length: int) -> bool:
        """Whether a literal of the finder ``bit`` stands wholly in ``base[:length]``."""
        if length > self.scanned:
            self._scan(max(length, min(len(self.base), SHARED_SCAN_MIN)))
        groups = self.groups
        for mask in self.masks_of[bit]:
            group = groups.get(mask)
            if group is not None and group[1][0] <= length:  # its first end is its least
                return True
        return False

    def _scan(self, length: int) -> None:
        automaton = self.automaton
        if automaton is None:
            automaton, masks = _merged_automaton(self.finders)
            self.automaton = automaton
            self.masks_of = {f.bit: tuple(m for m in masks if m & f.bit) for f in self.finders}
            self.longest = max(len(literal) for f in self.finders for literal in f.kept)
        # perf19: a longer head resumes the pass where the last one stopped instead of reading
        # the text again from its start. The pass restarts ``longest - 1`` characters earlier
        # (a literal ending past the old end begins no earlier) and keeps the hits ending past
        # the old end only (those ending before it are in the groups already), appended in the
        # order they end, as one pass would have reported them.
        scanned = self.scanned
        groups = self.groups if scanned else {}
        begin = max(0, scanned - self.longest + 1) if scanned else 0
        for end, (back, mask) in automaton.iter(self.base, begin, length):
            if end < scanned:
                continue
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


class LiteralGate:
    """``any(literal in text for literal in literals)``, read off the shared start-finder pass
    when ``text`` is a prefix of the shared text (a head of the record's folded description):
    the gate's literals join that one pass instead of each scanning the text again."""

    def __init__(self, literals: Iterable[str]):
        self.literals = tuple(literals)
        self.finder = StartFinder(self.literals)  # (refuses an empty literal)

    def __call__(self, text: str) -> bool:
        shared = _SHARED
        if text and shared.base.startswith(text):
            return shared.any_within(self.finder.bit, len(text))
        return any(literal in text for literal in self.literals)


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


# --- Start finders derived from a pattern -------------------------------------------------
# A hand-written finder's literals must be kept in step with its pattern by whoever edits it;
# these are read off the pattern itself (its parse tree), so they stay right when it changes.

_PARSER: Any = importlib.import_module("re._parser")
_RE: Any = importlib.import_module("re._constants")
_LINE_START_ATS = frozenset({_RE.AT_BEGINNING, _RE.AT_BEGINNING_LINE, _RE.AT_BEGINNING_STRING})
_ZERO_WIDTH_ATS = frozenset(
    {_RE.AT_BOUNDARY, _RE.AT_NON_BOUNDARY, _RE.AT_UNI_BOUNDARY, _RE.AT_UNI_NON_BOUNDARY}
)
_STOP = ("stop", None, 0)
# lower-case letters the regex engine matches case-insensitively with letters of another lower
# case ("i" with "ı", "s" with "ſ", Greek and Cyrillic variants)
_CASE_EXTRAS: dict[int, tuple[str, ...]] = {
    code: tuple(chr(c) for c in others)
    for code, others in importlib.import_module("re._casefix")._EXTRA_CASES.items()
}
PATTERN_LITERAL_CHARS = 8  # a derived literal is at most this long
PATTERN_LITERALS_MAX = 4096
PATTERN_CLASS_CHARS = 4  # a class of at most this many plain characters branches (see below)


class NoLiteralStarts(ValueError):
    """A pattern some of whose matches may begin anywhere (or be empty)."""


class _TooMany(NoLiteralStarts):
    """More literals than :data:`PATTERN_LITERALS_MAX` with small classes branched."""


def pattern_literals(
    pattern: re.Pattern[str], lowered: bool = False, small_classes: bool = True
) -> tuple[frozenset[str], bool]:
    """Literals such that every match of ``pattern`` begins with one of them, or at the start
    of a line (the second value: whether some of its branches are anchored there), read off the
    pattern's parse tree. Zero-width assertions (look-arounds, ``\\b``) before the first
    character are stepped over; a class or a repeat ends a literal, and so does a
    case-insensitive cased letter unless ``lowered``: then the literals stand in the text's
    ``str.lower()`` where a match stands in the text. ``small_classes``: a class of at most
    :data:`PATTERN_CLASS_CHARS` plain characters is read as the alternation of them (unless
    that makes more than :data:`PATTERN_LITERALS_MAX` literals). :class:`NoLiteralStarts` when
    a match could begin elsewhere or be empty."""
    tree = _PARSER.parse(pattern.pattern, pattern.flags)
    found: set[str] = set()
    lines = [False]
    branch = [small_classes]  # small classes branch, unless that makes too many literals

    def tagged(data: Any, flags: int) -> list[tuple[Any, Any, int]]:
        return [(op, av, flags) for op, av in data]

    def walk(items: list[tuple[Any, Any, int]], prefix: str, anchored: bool) -> None:
        for index, (op, av, flags) in enumerate(items):
            if len(prefix) >= PATTERN_LITERAL_CHARS:
                break
            if op == "stop":
                if not prefix:
                    raise NoLiteralStarts("a repeated part may match nothing")
                break
            if op is _RE.LITERAL:
                ch = chr(av)
                if flags & re.IGNORECASE and (ch.lower() != ch or ch.upper() != ch):
                    # any case of it reads as ``ch.lower()`` in lower case, unless the regex
                    # engine counts other letters as its case too ("ı" for "i", "ſ" for "s")
                    lower = ch.lower()
                    if not lowered or len(lower) != 1:
                        close(prefix, anchored)
                        return
                    rest = items[index + 1 :]
                    for variant in (lower, *_CASE_EXTRAS.get(ord(lower), ())):
                        walk(rest, prefix + variant.lower(), anchored)
                    return
                prefix += ch.lower() if lowered else ch
                continue
            if op is _RE.AT or op is _RE.ASSERT or op is _RE.ASSERT_NOT:
                line_start = (op is _RE.AT and av in _LINE_START_ATS) or (
                    op is _RE.ASSERT and av[0] == -1 and list(av[1].data) == [(_RE.LITERAL, 10)]
                )
                if line_start and not prefix:
                    lines[0] = True
                    anchored = True
                elif op is _RE.AT and av not in _ZERO_WIDTH_ATS and not line_start:
                    close(prefix, anchored)  # an end anchor: what follows is nothing
                    return
                continue
            rest = items[index + 1 :]
            if op is _RE.BRANCH:
                for alternative in av[1]:
                    walk(tagged(alternative.data, flags) + rest, prefix, anchored)
                return
            if op is _RE.SUBPATTERN or op is _RE.ATOMIC_GROUP:
                if op is _RE.SUBPATTERN:
                    _, add, remove, sub = av
                    inner = (flags | add) & ~remove
                else:
                    sub, inner = av, flags
                walk(tagged(sub.data, inner) + rest, prefix, anchored)
                return
            if op in (_RE.MAX_REPEAT, _RE.MIN_REPEAT, _RE.POSSESSIVE_REPEAT):
                low, high, sub = av
                if low == 0:
                    walk(rest, prefix, anchored)
                if high == 1:  # an optional part: once, then what follows it
                    walk(tagged(sub.data, flags) + rest, prefix, anchored)
                else:  # read the first time only
                    walk([*tagged(sub.data, flags), _STOP], prefix, anchored)
                return
            if op is _RE.IN and branch[0] and _few_literals(av):
                # a small class of plain characters ("[- ]", "['’]") reads as the alternation of
                # its characters: longer literals, far fewer candidate starts than at its left
                for _, code in av:
                    walk([(_RE.LITERAL, code, flags), *rest], prefix, anchored)
                return
            close(prefix, anchored)  # a class, any character, a back-reference: stop here
            return
        else:
            if not prefix:
                raise NoLiteralStarts("a match may be empty")
        close(prefix, anchored)

    def close(prefix: str, anchored: bool) -> None:
        if anchored:
            return  # the match begins at a line start, whatever it reads first
        if not prefix:
            raise NoLiteralStarts("a match may begin with any character")
        found.add(prefix)
        if len(found) > PATTERN_LITERALS_MAX:
            raise (
                _TooMany("too many literals") if branch[0] else NoLiteralStarts("too many literals")
            )

    try:
        walk(tagged(tree.data, tree.state.flags), "", False)
    except _TooMany:
        # the classes' characters multiplied the literals past the bound: read them as a stop
        found.clear()
        lines[0] = False
        branch[0] = False
        walk(tagged(tree.data, tree.state.flags), "", False)
    return frozenset(found), lines[0]


def _few_literals(items: Any) -> bool:
    """Whether a class's parsed items are at most :data:`PATTERN_CLASS_CHARS` plain characters
    (no range, category or negation)."""
    return len(items) <= PATTERN_CLASS_CHARS and all(op is _RE.LITERAL for op, _ in items)


def _line_starts(text: str) -> list[int]:
    out = [0]
    at = text.find("\n")
    while at >= 0:
        out.append(at + 1)
        at = text.find("\n", at + 1)
    return out


class PatternStarts:
    """A pattern with the start finder of :func:`pattern_literals`: ``finditer`` and
    ``search`` try it only where a match can begin (see :func:`finditer_at`). ``lowered``: the
    literals are looked for in the text's lower case (a case-insensitive pattern), which holds
    them where the text's matches stand when lowering keeps every character one character."""

    def __init__(self, pattern: re.Pattern[str], lowered: bool = False):
        literals, lines = pattern_literals(pattern, lowered)
        self.pattern = pattern
        self.lowered = lowered
        self.finder = StartFinder(literals) if literals else None
        self.lines = lines

    def starts(self, text: str) -> list[int] | None:
        """Where a match in ``text`` can begin, in order (None: anywhere)."""
        if self.lowered:
            lowered = text.lower()
            if len(lowered) != len(text):
                return None  # "İ" lowers to two characters: the places would shift
            text = lowered
        found = self.finder.starts(text) if self.finder is not None else []
        if self.lines:
            found = sorted(set(found).union(_line_starts(text)))
        return found

    def finditer(self, text: str, pos: int = 0) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text, pos)`` (a match tried at ``at`` reads the text before it,
        as with ``pos``: look-behinds, ``\\b`` and ``^`` see the real start of ``text``)."""
        starts = self.starts(text)
        if starts is None:
            return self.pattern.finditer(text, pos)
        if pos > 0:
            starts = starts[bisect_left(starts, pos) :]
        return finditer_at(self.pattern, text, starts)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """``pattern.search(text, pos)``."""
        starts = self.starts(text)
        if starts is None:
            return self.pattern.search(text, pos)
        if pos > 0:
            starts = starts[bisect_left(starts, pos) :]
        return next(finditer_at(self.pattern, text, starts), None)


def alternation(words: Iterable[str], *, loose_spaces: bool = False) -> str:
    """A regex alternation of ``words`` as literals, longest first (so that a longer word wins
    where one word starts another); ``loose_spaces``: a space matches any one whitespace."""
    escaped = (re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return "|".join(e.replace(r"\ ", r"\s") for e in escaped) if loose_spaces else "|".join(escaped)
