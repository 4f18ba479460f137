"""Minor risk: stated ages under 18 in any form, youth words and school settings."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from functools import lru_cache
from typing import ClassVar

from dfaudit.detect.base import Hit
from dfaudit.detect.fields import description_of, folded_description, tags_of, view
from dfaudit.detect.text import LiteralGate, PatternStarts, fold, word_set
from dfaudit.detect.vocab import YOUTH_PHRASES, YOUTH_SCRIPT_WORDS, YOUTH_WORDS

_AGE = re.compile(
    r"(?<![\d.])(\d{1,2})\s*(?:-\s*)?(?:yo|y/o|yrs?\.?(?:\s*old)?|years?[\s-]*old|"
    r"year[\s-]*old|j\.?\s*alt|ans|anos|años|歳|才|岁|세|살)(?![a-z])"
    r"|\b(?:age[ds]?|aged|age:)\s*(\d{1,2})\b"
    r"|\b(\d{1,2})\s*(?:th|st|nd|rd)?\s*grade(?:r)?\b",
)
# Youth words in any script: the words of the pattern below and its start literals.
_ALL_YOUTH = (*YOUTH_WORDS, *YOUTH_SCRIPT_WORDS)
_YOUTH = re.compile(
    r"(?<![a-z])(?:"
    + "|".join(re.escape(w) for w in sorted(_ALL_YOUTH, key=len, reverse=True))
    + r")(?![a-z])"
)
_PHRASE = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in YOUTH_PHRASES if "old" not in p) + r")\b"
)
ADULT_AGE = 18


def _minimal(literals: list[str]) -> tuple[str, ...]:
    """The literals that hold no other one: a text holds one of ``literals`` exactly when it
    holds one of these."""
    return tuple(sorted(w for w in literals if not any(v != w and v in w for v in literals)))


# A description's youth scans run only where one of their words stands as a substring.
_YOUTH_LITERALS = _minimal(list(_ALL_YOUTH))
_PHRASE_LITERALS = _minimal([p for p in YOUTH_PHRASES if "old" not in p])
# perf14: the gates read off the shared start-finder pass, the patterns tried where they begin
_YOUTH_SCANS = (
    (PatternStarts(_YOUTH), LiteralGate(_YOUTH_LITERALS)),
    (PatternStarts(_PHRASE), LiteralGate(_PHRASE_LITERALS)),
)
# Every match of ``_AGE`` starts at the first digit of a run of digits (first and third
# alternatives: no digit before it) or at "age".
_DIGITS = re.compile(r"\d+")
# the same runs in an ASCII text, where the only decimal digits are 0-9 (a range test per
# character instead of a look-up of its Unicode class)
_ASCII_DIGITS = re.compile(r"[0-9]+")
_BORN = re.compile(r"\bborn (?:in )?((?:19|20)\d\d)\b")
_YOUTH_FIRST = frozenset(w.split("-")[0] for w in YOUTH_WORDS) | {
    "school",
    "girl",
    "boy",
    "junior",
    "yo",
    "y",
    "yrs",
    "yr",
    "years",
    "year",
    "old",
    "age",
    "aged",
    "ages",
    "grade",
    "grader",
    "ans",
    "anos",
    "años",
    "alt",
    "j",
    "born",
    "high",
}


def _DIGIT_OR_YOUTH(text: str) -> bool:  # noqa: N802 - reads as a condition
    """Cheap pre-check before the regexes run over a long description."""
    present = word_set(text)
    if not present.isdisjoint(_YOUTH_FIRST):
        return True
    # "人気子役の…", "(童星)": a youth word in script stands inside a run of script
    if not text.isascii() and any(w in text for w in YOUTH_SCRIPT_WORDS):
        return True
    # "16岁童星", "15歳の子役": a CJK age suffix needs no word end after it
    if (
        not text.isascii()
        and any(ch in text for ch in _CJK_AGE_SUFFIXES)
        and _CJK_AGE.search(text) is not None
    ):
        return True
    folded = fold(text)
    if folded.isascii() and "yo" not in folded:
        return False  # of the suffixes only "yo" is ASCII, and it does not stand
    if not _AGE_SUFFIX_AT_WORD_END.search(folded):
        return False  # no word can end in an age suffix
    return any(w.endswith(("yo", "歳", "才", "岁", "세", "살")) for w in present)


_CJK_AGE_SUFFIXES = ("歳", "才", "岁", "세", "살")
_CJK_AGE = re.compile(r"\d\s*[歳才岁세살]")
# An age suffix not followed by a letter or digit: where a word ending in it must stand.
_AGE_SUFFIX_AT_WORD_END = re.compile(r"(?:yo|歳|才|岁|세|살)(?![^\W_])")


class MinorCues:
    name: ClassVar[str] = "minor_cues"
    version: ClassVar[str] = "6"
    fields: ClassVar[tuple[str, ...]] = ("name", "tags", "trained_words", "description")

    def hits(self, record: object) -> list[Hit]:
        sig = f"{self.name}@{self.version}"
        out: list[Hit] = []
        texts = [("name", view(record).name_folded)]
        texts += [("trained_words", w) for w in view(record).trained_folded[:12]]
        texts += [("tags", t) for t in tags_of(record)]
        description = description_of(record)
        if description and (_DIGIT_OR_YOUTH(description)):
            texts.append(("description", folded_description(record)))
        out.extend(_birth_year(sig, record, texts))
        for field, text in texts:
            cues = _text_cues(text) if field != "description" else _description_cues(text)
            for score, found, span, note in cues:
                out.append(Hit(sig, "minor", score, field, found, span, note=note))
        return out


Cue = tuple[float, str, tuple[int, int], str]


@lru_cache(maxsize=65536)
def _text_cues(text: str) -> tuple[Cue, ...]:
    """Cached :func:`_scan` for short texts (names, trigger words, tags recur)."""
    return _scan(text)


def _scan(text: str) -> tuple[Cue, ...]:
    """(score, text, span, note) of a stated minor age or school grade and of a youth word."""
    out: list[Cue] = []
    # every match of ``_AGE`` holds a digit: without one the pattern is not tried
    ages = _AGE.finditer(text) if _DIGITS.search(text) is not None else ()
    for match in ages:
        age = int(next(g for g in match.groups() if g))
        grade = match.group(3) is not None
        if (grade and age <= 12) or (not grade and 0 < age < ADULT_AGE):
            note = f"stated age {age}" if not grade else "school grade"
            out.append((1.0, match.group(0), match.span(), note))
            break
    youth = _YOUTH.search(text) or _PHRASE.search(text)
    if youth:
        out.append((0.9, youth.group(0), youth.span(), "youth word"))
    return tuple(out)


# Where a youth word in a description says nothing about the subject: a negative prompt's line
# ("negative: child, loli"), a licence or rule ("harm minors in any way"), a disclaimer ("not a
# minor (21+)", "do not generate children"), a life story ("in her late teen years", "a teen
# drama series", "attended middle school").
_NEGATIVE_LINE = re.compile(r"(?:negative(?: prompts?)?|neg(?:ative)? ?prompts?|neg)\s*:")
_NEGATED_BEFORE = re.compile(
    r"(?:\bnot?\b|\bnever\b|n't\b|\bnor\b|\bwithout\b|\bharm|\bexploit|\babuse|\bprohibit"
    r"|\bforbid|\bban|\bagainst\b|\bavoid|\bdon'?t\b|\bexclud)[^.\n]{0,40}$"
)
_STORY_AFTER = re.compile(
    r"^[\w\s-]{0,12}(?:years|drama|series|show|film|movie|role|roles|star|idol|magazine|"
    r"choice|awards?|list|of the year)\b"
)
_STORY_BEFORE = re.compile(
    r"(?:\bher|\bhis|\bwhen|\bas an?|\battended|\bsince|\bfor)[\w\s-]{0,16}$"
)
# "minor" as an adjective: minor fixes, minor repair merges.
_MINOR_ADJECTIVE = re.compile(
    r"^\s+(?:[a-z]+\s+)?(?:changes?|fix(?:es)?|repairs?|tweaks?|updates?|issues?|adjustments?|"
    r"bugs?|edits?|details?|improvements?|differences?|artifacts?|errors?|versions?|merges?|"
    r"problems?|flaws?)\b"
)


def _description_cues(text: str) -> tuple[Cue, ...]:
    """:func:`_scan` over a description, minus cues that speak of no subject (see above).
    A stated age under 18 counts anywhere but in a negative prompt's line."""
    out: list[Cue] = []
    for match in _age_matches(text):
        age = int(next(g for g in match.groups() if g))
        grade = match.group(3) is not None
        if ((grade and age <= 12) or (not grade and 0 < age < ADULT_AGE)) and not _silenced(
            text, match.start(), match.end(), story=False
        ):
            note = f"stated age {age}" if not grade else "school grade"
            out.append((1.0, match.group(0), match.span(), note))
            break
    for pattern, gate in _YOUTH_SCANS:
        if not gate(text):
            continue  # none of the pattern's words stands: nothing to scan
        for youth in pattern.finditer(text):
            if not _silenced(text, youth.start(), youth.end(), story=True):
                out.append((0.9, youth.group(0), youth.span(), "youth word"))
                return tuple(out)
    return tuple(out)


def _age_matches(text: str) -> Iterator[re.Match[str]]:
    """``_AGE.finditer(text)``, with the pattern tried only where a match can start (a run of
    digits, or "age") instead of at every character of a long description. The pattern's look-behind
    and word boundaries still see the characters before each place tried."""
    runs = _ASCII_DIGITS if text.isascii() else _DIGITS
    digits = runs.search(text)
    age = text.find("age")
    while digits is not None or age >= 0:
        at = digits.start() if digits is not None and (age < 0 or digits.start() < age) else age
        match = _AGE.match(text, at)
        resume = at + 1
        if match is not None:
            yield match
            resume = match.end()
        if digits is not None and digits.start() < resume:
            # no match starts inside a run of digits (and none ends inside one)
            digits = runs.search(text, max(resume, digits.end()))
        if 0 <= age < resume:
            age = text.find("age", resume)


def _silenced(text: str, start: int, end: int, *, story: bool) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line = text[line_start:start]
    if _NEGATIVE_LINE.search(line):
        return True
    if not story:
        return False  # a stated age under 18 counts wherever it stands but in a negative prompt
    before = text[max(line_start, start - 60) : start]
    if _NEGATED_BEFORE.search(before):
        return True
    after = text[end : end + 40]
    if text[start:end] == "minor" and _MINOR_ADJECTIVE.match(after):
        return True
    return bool(_STORY_AFTER.match(after) or _STORY_BEFORE.search(before))


def _birth_year(sig: str, record: object, texts: list[tuple[str, str]]) -> list[Hit]:
    """ "Born 2010": under 18 in the year the model was published (or this year)."""
    created = getattr(record, "created_at", None) or getattr(record, "starts_at", None)
    reference = created.year if created is not None else datetime.now(UTC).year
    for field, text in texts:
        if "born" not in text:
            continue
        match = _BORN.search(text)
        if match and 0 <= reference - int(match.group(1)) < ADULT_AGE:
            age = reference - int(match.group(1))
            return [
                Hit(
                    sig,
                    "minor",
                    1.0,
                    field,
                    match.group(0),
                    match.span(),
                    note=f"birth year: about {age} when published",
                )
            ]
    return []
