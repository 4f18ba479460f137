"""Public role: how well known the subject is, from an occupation of public life ("– Australian
actor", "(news anchor)") and from the size of an audience ("95 followers", "2.1M followers").

It speaks only to prominence, never to likeness: a model of a character can name an occupation
too, and whether a model is of a real person is the other signals' call. A small audience means
a private individual (the most worrying case: a bounty for a woman with a few followers); a
large one an online creator, unless the subject holds a public role.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain
from typing import ClassVar

from dfaudit.detect.base import Hit
from dfaudit.detect.fields import description_of, view
from dfaudit.detect.findings import AUDIENCE_FEATURE
from dfaudit.detect.text import StartFinder, finditer_at

DESCRIPTION_HEAD = 800
# Occupations whose holders are public figures. "model" alone is left out (every LoRA is a
# model); "idol" only with its scene.
PUBLIC_ROLES = (
    r"actress|actor|singer|songwriter|rapper|musician|pop\s?star|rock\s?star|"
    r"(?:k-?pop|j-?pop|gravure|c-?pop)\s+idol|idol\s+singer|"
    r"athlete|olympian|tennis\s+player|footballer|(?:soccer|basketball|volleyball|football|"
    r"hockey|baseball|golf|rugby|cricket)\s+player|golfer|boxer|swimmer|gymnast|"
    r"(?:figure\s+)?skater|sprinter|cyclist|racing\s+driver|f1\s+driver|wrestler|ufc\s+fighter|"
    r"news\s*(?:anchor|reader|caster)|anchorwoman|anchorman|weather\s*(?:girl|woman|presenter)|"
    r"tv\s+(?:host|presenter|personality)|television\s+(?:host|presenter|personality)|"
    r"talk\s+show\s+host|presenter|broadcaster|journalist|reporter|comedian|comedienne|"
    r"politician|senator|congresswoman|congressman|governor|prime\s+minister|president|"
    r"first\s+lady|princess|royal|"
    r"supermodel|fashion\s+model|runway\s+model|swimsuit\s+model|glamour\s+model|playmate|"
    r"porn\s*star|adult\s+(?:film\s+)?actress|jav\s+actress|ballerina|dancer|"
    r"celebrity|public\s+figure"
)
_ROLE = re.compile(rf"\b(?:{PUBLIC_ROLES})s?\b", re.IGNORECASE)
# Every occupation above begins with one of these (lower case), so in lower-cased ASCII text a
# match can start only where one of them stands: found in one pass, the pattern is tried only
# there. (Only in texts without the case twins below: there, ignoring case is exactly
# lower-casing ASCII letters; elsewhere Unicode case rules such as "ſ" for "s" apply, so such
# texts are scanned in full.)
# ``tests/detect/test_public_role_precheck.py`` checks every occupation begins with one.
ROLE_STARTS = (
    "actress", "actor", "singer", "songwriter", "rapper", "musician", "pop", "rock", "k-pop",
    "kpop", "j-pop", "jpop", "c-pop", "cpop", "gravure", "idol", "athlete", "olympian", "tennis",
    "footballer", "soccer", "basketball", "volleyball", "football", "hockey", "baseball", "golf",
    "rugby", "cricket", "boxer", "swimmer", "gymnast", "figure", "skater", "sprinter", "cyclist",
    "racing", "f1", "wrestler", "ufc", "news", "anchor", "weather", "tv", "television", "talk",
    "presenter", "broadcaster", "journalist", "reporter", "comedi", "politician", "senator",
    "congress", "governor", "prime", "president", "first", "princess", "royal", "supermodel",
    "fashion", "runway", "swimsuit", "glamour", "playmate", "porn", "adult", "jav", "ballerina",
    "dancer", "celebrity", "public",
)  # fmt: skip
_ROLE_STARTS = StartFinder(ROLE_STARTS)
# "British model", "Brazilian model": a nationality before "model" makes it a profession.
_NATIONAL_MODEL = re.compile(r"\b[A-Z][a-z]+(?:an|ian|ese|ish|ch|i|ic)\s+model\b")
# "AI actress", "virtual singer", "fictional actor": a persona or a character, not a person.
_NOT_REAL = re.compile(r"\b(?:ai|virtual|fictional|fictive|cartoon|anime|vtuber)\s*$", re.I)
NOT_REAL_WORD_MAX = 9  # letters of its longest word
_FOLLOWERS = re.compile(
    r"\b(\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d+)?)\s*([km])?\s+(?:followers|subscribers|subs|fans)\b",
    re.IGNORECASE,
)


# ``_ROLE`` without ignoring case, for lower-cased ASCII text: there the two find the same spans.
_ROLE_LOWER = re.compile(rf"\b(?:{PUBLIC_ROLES})s?\b")


# The characters other than ASCII letters that an ASCII letter matches when case is ignored
# (İ ı ſ K): in a text without them, ignoring case in these patterns (ASCII letters) is exactly
# lower-casing the text, since ``str.lower`` turns every other non-ASCII character into one
# non-ASCII character of the same word and space classes (the same length, the same ``\b`` and
# ``\s``). ``tests/detect/test_cpu5_prechecks.py`` checks both over every code point.
CASE_TWINS = frozenset("\u0130\u0131\u017f\u212a")


def _lowered(text: str) -> str | None:
    """``text`` lower-cased (the same length), or None when it holds a case twin (then ignoring
    case is more than lower-casing)."""
    if text.isascii() or CASE_TWINS.isdisjoint(text):
        return text.lower()
    return None


def _roles(text: str) -> Iterator[re.Match[str]]:
    """``_ROLE.finditer(text)``; tried only where an occupation can start, unless the text holds
    a case twin."""
    low = _lowered(text)
    if low is not None:
        return _ascii_roles(text, low)
    return _ROLE.finditer(text)


def _ascii_roles(text: str, low: str) -> Iterator[re.Match[str]]:
    """``_ROLE.finditer(text)`` for ``text`` without case twins: found in ``low`` at the
    places where an occupation can start, each match taken again from ``text`` there."""
    for found in finditer_at(_ROLE_LOWER, low, _ROLE_STARTS.starts(low)):
        match = _ROLE.match(text, found.start())
        if match is not None:  # always: the same pattern, case ignored, at the same place
            yield match


def _not_real_before(text: str, start: int) -> bool:
    """``_NOT_REAL.search(text[:start])``: the pattern ends with a word of at most nine letters
    and trailing space, so only the last word before ``start`` is read (the word boundary
    still sees the character before it)."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return _NOT_REAL.search(text, max(0, end - NOT_REAL_WORD_MAX), start) is not None


def _nationals(text: str) -> Iterator[re.Match[str]]:
    """``_NATIONAL_MODEL.finditer(text)``, skipped when the word "model" does not stand."""
    return _NATIONAL_MODEL.finditer(text) if "model" in text else iter(())


# Every audience word of ``_FOLLOWERS`` contains one of these: an ASCII text without any of them
# (lower-cased) holds no audience size. Texts with a case twin are always scanned.
_AUDIENCE_LITERALS = ("followers", "subs", "fans")


def _may_count(text: str) -> bool:
    low = _lowered(text)
    if low is None:
        return True
    return any(literal in low for literal in _AUDIENCE_LITERALS)


SMALL_AUDIENCE = 10_000
LARGE_AUDIENCE = 100_000


def audience_size(number: str, suffix: str | None) -> int:
    """``"2.1", "M"`` → 2,100,000; ``"12,500", None`` → 12,500."""
    text = number.replace(",", "") if re.fullmatch(r"\d{1,3}(?:,\d{3})+", number) else number
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", text) and not suffix:
        text = text.replace(".", "")  # "12.500 followers", a European thousands separator
    value = float(text.replace(",", "."))
    scale = {"k": 1_000, "m": 1_000_000}.get((suffix or "").lower(), 1)
    return int(value * scale)


class PublicRole:
    """Prominence from public roles and audience size."""

    name: ClassVar[str] = "public_role"
    version: ClassVar[str] = "3"
    fields: ClassVar[tuple[str, ...]] = ("name", "description")

    def hits(self, record: object) -> list[Hit]:
        sig = f"{self.name}@{self.version}"
        out: list[Hit] = []
        name = view(record).name
        description = description_of(record)[:DESCRIPTION_HEAD]
        for field, text, score in (("name", name, 0.9), ("description", description, 0.7)):
            # lazily: the scan stops at the first occupation that counts
            for match in chain(_roles(text), _nationals(text)):
                if _not_real_before(text, match.start()):
                    continue
                out.append(
                    Hit(
                        sig,
                        "prominence",
                        score,
                        field,
                        match.group(0),
                        match.span(),
                        note="an occupation of public life",
                        value="public_figure",
                    )
                )
                break
        audience = _FOLLOWERS.search(description) if _may_count(description) else None
        if audience is not None:
            size = audience_size(audience.group(1), audience.group(2))
            if size < SMALL_AUDIENCE:
                value, score, note = "private_or_unknown", 1.0, "a small audience"
            elif size < LARGE_AUDIENCE:
                value, score, note = "online_creator", 0.6, "a mid-sized audience"
            else:
                value, score, note = "online_creator", 1.0, "a large audience"
            out.append(
                Hit(
                    sig,
                    "prominence",
                    score,
                    "description",
                    audience.group(0),
                    audience.span(),
                    note=f"{note} ({size:,})",
                    value=value,
                    feature=AUDIENCE_FEATURE,
                )
            )
        return out
