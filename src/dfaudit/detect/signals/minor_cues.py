"""Minor risk: stated ages under 18 in any form, youth words and school settings."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from functools import lru_cache
from typing import ClassVar

from dfaudit.detect.base import Hit
from dfaudit.detect.fields import description_of, folded_description, tags_of, view
from dfaudit.detect.text import (
    LiteralGate,
    PatternStarts,
    StartFinder,
    finditer_at,
    fold,
    pattern_literals,
    word_set,
)
from dfaudit.detect.vocab import (
    NEGATIVE_PROMPT_LINE,
    YOUTH_PHRASES,
    YOUTH_SCRIPT_WORDS,
    YOUTH_WORDS,
)

_AGE = re.compile(
    r"(?<![\d.])(\d{1,2})[\s_]*(?:-[\s_]*)?(?:yo|y/o|yrs?\.?(?:\s*old)?|years?[\s-]*old|"
    r"year[\s-]*old|j\.?\s*alt|ans|anos|años|歳|才|岁|세|살"
    # neg14: "15 y.o.", "15 Jahre alt", "15 jaar oud"
    r"|y\.\s?o\.?|jahre?\s*alt|jaar\s*oud)(?![a-z])"
    # minor19: any separator after "age" ("age-15", "age_15", "age: 15" in slugs and triggers)
    r"|(?<![a-z0-9])(?:age[ds]?|aged)[\s_:-]{0,3}(\d{1,2})\b"
    r"|\b(\d{1,2})[\s_-]*(?:th|st|nd|rd)?[\s_-]*grade(?:r)?\b"
    # neg14: "ha 15 anni", "una ragazza di 15 anni" (not "da 15 anni", for fifteen years)
    r"|(?<=\b(?:ha|di) )(\d{1,2})\s*anni(?![a-z])",
)
# Youth words in any script: the words of the pattern below and its start literals (folded, as
# the texts read are: "школьниц" of "Школьница", full-width forms as ASCII).
_SCRIPT_WORDS = tuple(dict.fromkeys(fold(w) for w in YOUTH_SCRIPT_WORDS))
_ALL_YOUTH = (*YOUTH_WORDS, *_SCRIPT_WORDS)
_YOUTH = re.compile(
    r"(?<![a-z])(?:"
    + "|".join(re.escape(w) for w in sorted(_ALL_YOUTH, key=len, reverse=True))
    + r")(?![a-z])"
)
# (minor19: the words of a phrase joined by any separator: "middle-schooler" in a slug)
_PHRASE = re.compile(
    r"\b(?:"
    + "|".join(re.escape(p).replace("\\ ", r"[\s_-]") for p in YOUTH_PHRASES if "old" not in p)
    + r")\b"
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
# minor19: "born: 2009", "(b. 2009)", "born-in-2009" (any separator, "b." for born)
_BORN = re.compile(r"(?<![a-z])(?:born|b\.)[\s_:-]{0,3}(?:in[\s_-]{1,2})?((?:19|20)\d\d)(?!\d)")
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
    "b",  # minor19: "b. 2009"
    "high",
    "jahre",
    "jahr",
    "anni",
    "oud",
    # round 17: a youth phrase's first word ("menor de edad", "hoc sinh") and an age's word in
    # other languages ("16 tahun", "16 tuổi", "16 yaşında", "16 lat", "edad: 16")
    *(p.split()[0] for p in YOUTH_PHRASES),
    *(
        "jahre",
        "lat",
        "letnia",
        "letni",
        "latka",
        "latek",
        "yas",
        "yasinda",
        "yasindaki",
        "tahun",
        "tuoi",
        "berusia",
        "umur",
        "usia",
        "umurnya",
        "usianya",
        "edad",
        "idade",
        "alter",
        "wiek",
    ),  # fmt: skip
}


def _DIGIT_OR_YOUTH(text: str) -> bool:  # noqa: N802 - reads as a condition
    """Cheap pre-check before the regexes run over a long description."""
    present = word_set(text)
    if not present.isdisjoint(_YOUTH_FIRST):
        return True
    # "人気子役の…", "(童星)": a youth word in script stands inside a run of script
    if not text.isascii():
        folded = fold(text)
        if any(w in folded for w in _SCRIPT_WORDS) or _WORLD_SCRIPT_GATE.search(folded):
            return True
    # minor19: "중2", "高1": a school level and its year
    if not text.isascii() and any(m in text for m in _GRADE_SCRIPT_MARKS) and _GRADE.search(text):
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
    version: ClassVar[str] = "11"
    fields: ClassVar[tuple[str, ...]] = ("name", "tags", "trained_words", "description")

    def hits(self, record: object) -> list[Hit]:
        sig = f"{self.name}@{self.version}"
        out: list[Hit] = []
        texts = [("name", view(record).name_folded)]
        texts += [("trained_words", w) for w in view(record).trained_folded[:12]]
        texts += [("tags", t) for t in tags_of(record)]
        description = description_of(record)
        division = bool(description) and _may_division(description)
        if description and (division or _DIGIT_OR_YOUTH(description)):
            texts.append(("description", folded_description(record)))
        out.extend(_birth_year(sig, record, texts))
        for field, text in texts:
            cues = (
                _text_cues(text)
                if field != "description"
                else _description_cues(text, division=division)
            )
            for score, found, span, note in cues:
                out.append(Hit(sig, "minor", score, field, found, span, note=note))
        for tag in tags_of(record):
            if tag in _SCHOOL_TAGS:
                if not _dressed(record):
                    out.append(Hit(sig, "minor", 0.9, "tags", tag, note="school-girl tag"))
                break
        if any(h.score < 1.0 and h.text not in _ALWAYS_MINOR for h in out) and (
            _adult_age(texts) or _born_adult(record, texts)
        ):
            # "24歳", "27세", "born 1998": the subject is an adult; a school word is a look
            out = [h for h in out if h.score >= 1.0 or h.text in _ALWAYS_MINOR]
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
        if ((grade and age <= 12) or (not grade and 0 < age < ADULT_AGE)) and not _not_an_age(
            text, match
        ):
            note = f"stated age {age}" if not grade else "school grade"
            out.append((1.0, match.group(0), match.span(), note))
            break
    words = _number_age(text) if not out else None
    if words is not None:
        out.append((1.0, words.group(0), words.span(), "stated age in words"))
    world = _world_cue(text) if not out else None
    if world is not None:
        out.append(world)
    school = _school_grade(text) if not out else None
    if school is not None:
        out.append((1.0, school.group(0), school.span(), "school grade"))
    # minor19: a bracketed teen age standing alone in a title, tag or trigger: "<name> (15)"
    bracket = _BRACKET_AGE.search(text) if not out and "(" in text else None
    if bracket is not None:
        out.append((1.0, bracket.group(0), bracket.span(), f"stated age {bracket.group(1)}"))
    youth = _unworn(_YOUTH, text) or _unworn(_PHRASE, text) or _division(text)
    if youth:
        out.append((0.9, youth.group(0), youth.span(), "youth word"))
    return tuple(out)


# minor19: a school grade in the other forms of writing it: "grade 8", "grade-9" (grades 1-12, not
# a colour or film grade), Japanese and Chinese "中2", "高1", "小5", "中学2年生", Korean "중2",
# "고1", "초5" (a school level and its year standing alone; "中二" with a numeral is a style).
_GRADE = re.compile(
    r"(?<![a-z0-9])(?<!color )(?<!colour )(?<!film )grade[\s_-]{0,2}(1[012]|[1-9])(?!\d|[.,]\d|%)"
    r"|(?<![^\W\d_])(?:[中高]\s?[1-3]|小\s?[1-6]|(?:中学|高校|小学|初中|高中)"
    r"\s?[1-6一二三四五六]\s?年级?生?)(?![^\W_年])"
    r"|(?<![^\W\d_])(?:[중고][1-3]|초[1-6])(?![^\W_])"
)
_GRADE_SCRIPT_MARKS = ("中", "高", "小", "중", "고", "초")
_BRACKET_AGE = re.compile(r"\((1[3-7])\)")


def _school_grade(text: str) -> re.Match[str] | None:
    """A school grade written as above (see _GRADE), or None."""
    if "grade" not in text and (text.isascii() or not any(m in text for m in _GRADE_SCRIPT_MARKS)):
        return None
    return _GRADE.search(text)


def _unworn(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match of ``pattern`` not worn, taught or named (see :func:`_worn`)."""
    for match in pattern.finditer(text):
        if not _worn(text, match.start(), match.end()):
            return match
    return None


# Where a youth word in a description says nothing about the subject: a negative prompt's line
# ("negative: child, loli"), a licence or rule ("harm minors in any way"), a disclaimer ("not a
# minor (21+)", "do not generate children"), a life story ("in her late teen years", "a teen
# drama series", "attended middle school").
_NEGATIVE_LINE = NEGATIVE_PROMPT_LINE
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
    r"problems?|flaws?|leagues?|leaguers?|characters?|roles?|key|chords?)\b"
)


def _description_cues(text: str, *, division: bool = True) -> tuple[Cue, ...]:
    """:func:`_scan` over a description, minus cues that speak of no subject (see above).
    A stated age under 18 counts anywhere but in a negative prompt's line."""
    out: list[Cue] = []
    for match in _age_matches(text):
        age = int(next(g for g in match.groups() if g))
        grade = match.group(3) is not None
        if (
            ((grade and age <= 12) or (not grade and 0 < age < ADULT_AGE))
            and not _silenced(text, match.start(), match.end(), story=False)
            and not _not_an_age(text, match)
        ):
            note = f"stated age {age}" if not grade else "school grade"
            out.append((1.0, match.group(0), match.span(), note))
            break
    words = _number_age(text) if not out else None
    if words is not None and not _silenced(text, words.start(), words.end(), story=False):
        out.append((1.0, words.group(0), words.span(), "stated age in words"))
    world = _world_cue(text) if not out else None
    if world is not None and not _silenced(text, *world[2], story=False):
        out.append(world)
    school = _school_grade(text) if not out else None
    if school is not None and not _silenced(text, school.start(), school.end(), story=False):
        out.append((1.0, school.group(0), school.span(), "school grade"))
    for pattern, gate in _YOUTH_SCANS:
        if not gate(text):
            continue  # none of the pattern's words stands: nothing to scan
        for youth in pattern.finditer(text):
            if not _silenced(text, youth.start(), youth.end(), story=True):
                out.append((0.9, youth.group(0), youth.span(), "youth word"))
                return tuple(out)
    # (``division``: whether the description may hold a youth division, see _may_division)
    found = _division(text, gated=True) if division else None
    if found is not None and not _silenced(text, found.start(), found.end(), story=False):
        out.append((0.9, found.group(0), found.span(), "youth division"))
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
    if _worn(text, start, end):
        return True
    if not text.isascii() and (
        _SCRIPT_NEGATED_BEFORE.search(before) or _SCRIPT_NEGATED_AFTER.match(after)
    ):
        return True
    return bool(_STORY_AFTER.match(after) or _STORY_BEFORE.search(before))


# neg14: a youth division of sport or school stated of the subject: "junior champion snooker
# player", "U16 national team", "youth world championships", "cadet category", "in the 14-15 age
# group", "year 9 pupil", "secondary school student". Adult uses of the same words name no such
# division and do not match: "junior doctor", "junior developer", "Jr.", "youth coach", "the 40-44
# age group", "junior team members"; a past one is a life story ("former junior champion",
# "coached the U16 team"), and a negation or a negative prompt silences it as any youth word.
_UNDER_AGE = r"(?:1[0-7]|6|7|8|9)"  # digits, not a class: the pattern's starts are literals
_SPORTS = (
    "chess|tennis|golf|snooker|pool|billiards|darts|football|soccer|hockey|ice hockey|basketball|"
    "volleyball|handball|swimming|diving|gymnastics|skating|figure skating|fencing|judo|karate|"
    "taekwondo|wrestling|boxing|athletics|track|squash|badminton|table tennis|rowing|cycling|ski|"
    "skiing|snowboard|surfing|climbing|cricket|rugby|baseball|softball|equestrian|sailing|"
    "archery|shooting|triathlon|dance|ballet"
)
# (the team words after a numeric bracket, not followed by an adult's role in it)
_BRACKET_TEAM = (
    r"(?:team|squad|league|division|roster|academy|selection|club|captain|players?|"
    r"tournaments?|championships?|cup|nationals|goalkeeper|striker|midfielder|defender|"
    r"winger|pitcher|prodigy)\b"
    r"(?! (?:members?|leads?|coach\w*|manag\w*|staff|trainers?|directors?|officials?)\b)"
)
# neg15: a numeric bracket under 18 before a team word, whatever the sport between them
# ("U-17 rugby sevens squad", "U14 water polo team", "under-15 futsal squad", "14U travel
# softball team", "the 12-and-under league"): a stated minor age. Not "U23 squad" (no
# minor), not "under 16 GB" (no team word), not "over-35 league" (no bracket under 18).
_BRACKET = (
    r"|\b(?:u-?|under-)" + _UNDER_AGE + r"s?(?: [a-z]+){0,3} " + _BRACKET_TEAM
    + r"|\b" + _UNDER_AGE + r"(?:u|-and-under| and under)(?: [a-z]+){0,3} " + _BRACKET_TEAM
)  # fmt: skip
_DIVISION = re.compile(
    r"\b(?:(?:junior|youth|cadet)s?|(?:u|under|sub)[- ]?" + _UNDER_AGE + r"s?)"
    r"(?: (?:world|national|european|asian|african|pan-american|american|state|regional|county|"
    r"district|provincial|olympic|boys'?|girls'?|women'?s|men'?s|open|indoor|"
    + _SPORTS
    + r")){0,2}"
    r" (?:champions?|championships?|titles?|team|squad|tour|circuit|division|league|tournaments?|"
    r"nationals|olympics|games|cup|category|rankings?|competitions?|players?|athletes?|"
    r"internationals?|medall?ists?|records?|grand prix|age[- ]groups?)\b"
    r"(?! (?:members?|leads?|coach\w*|manag\w*|staff|trainers?|directors?|officials?)\b)"
    r"|\bage[- ]groups? (?:u|under)[- ]?"
    + _UNDER_AGE
    + r"\b"
    + _BRACKET
    + r"|\b(?:year|grade|form|class) (?:[1-9]|1[01]) "
    r"(?:students?|pupils?|schoolgirls?|schoolboys?)\b"
    r"|\b(?:primary|secondary|middle|elementary|grammar|junior high) school "
    r"(?:students?|pupils?|girls?|boys?|athletes?|champions?|team)\b"
    r"|\bhigh school (?:athletes?|champions?|sophomores?|freshm[ae]n)\b"
    # French, Spanish, Portuguese, Italian, German: "championne junior", "campeona juvenil",
    # "selección sub-17", "categoria allievi", "Juniorenweltmeisterin", "U17-Nationalmannschaft"
    r"|\b(?:champion(?:ne)?|campeon(?:a)?|campea|campion(?:essa|e)|categorie|categoria|"
    r"seleccion|selecao|selezione|equipe|equipo|squadra)s? (?:(?:du |de |del |da )?(?:monde|"
    r"mundial|nacional|nationale?|d'europe|europe[oa]|nazionale) )?(?:juniors?|juvenil(?:es)?|"
    r"cadet(?:te)?s?|cadete?s?|infantil|minimes?|giovanil[ei]|allievi|(?:sub|u)-?"
    + _UNDER_AGE
    + r")\b"
    r"|\b(?:junioren|jugend)(?:welt|europa|landes|staats)?meister(?:in|innen)?\b"
    r"|\b(?:jugend|u-?" + _UNDER_AGE + r"-)nationalmannschaft\b"
)
# "fifteen years old", "a sixteen-year-old", "aged fourteen" (not "twenty-six years old")
_NUMBER_AGE = re.compile(
    r"(?<!ty-)(?<!ty )(?<!ty)\b(?:six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen)[\s-]*(?:years?[\s-]*old|y\.\s?o\.?)(?![a-z])"
    r"|\baged (?:six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen)\b(?! (?:months?|weeks?|days?|hours?)\b)"
)
# "the 14-15 age group", "the 12 and under age group" (looked for where "age group" stands)
_AGE_GROUP = re.compile(
    r"\b" + _UNDER_AGE + r"(?:\s?[-/]\s?(?:1[0-8]|[6-9]))?(?: and under)? age[- ]groups?\b"
)
# tried only where a match can begin, in a long description
_DIVISION_STARTS = PatternStarts(_DIVISION)
_NUMBER_AGE_STARTS = PatternStarts(_NUMBER_AGE)
# Before the division: a past or an adult's relation to it ("former junior champion", "ex-U16
# international", "coach of the youth team", "he managed the U17 side").
_ADULT_BEFORE = re.compile(
    r"(?:\bformer|\bex-?|\bonce|\bretired|\bone-?time|\bwas|\bwere|\bcoach\w*|\bmanag\w*"
    r"|\bancien(?:ne)?|\bantigu[oa]|\behemalige\w*|\bfue|\bera|\bfoi|\bwar)"
    r"\b[^.\n]{0,30}$"
)
# Substrings one of which every match of ``_DIVISION`` holds (a cheap gate before the pattern).
_DIVISION_LITERALS = ("junior", "youth", "cadet", "u1", "u6", "u7", "u8", "u9", "u-", "u 1",
                      "u 6", "u 7", "u 8", "u 9", "under", "sub", "age group", "age-group",
                      "school", "year ", "grade ", "form ", "class ", "champion", "campe",
                      "campion", "categor", "selec", "equip", "squadra", "jugend", "junioren",
                      "nationalmannschaft", "6u", "7u", "8u", "9u", "0u", "1u", "2u", "3u",
                      "4u", "5u")  # fmt: skip


def _number_age(text: str) -> re.Match[str] | None:
    """The first age under 18 ``text`` (folded) states in words."""
    if ("old" in text and "year" in text) or "aged " in text or "y.o" in text or "y. o" in text:
        return _NUMBER_AGE_STARTS.search(text)
    return None


# The words a youth division is made of, a cheap gate before the patterns: an opener and a
# closer ("junior … champion", "U16 … team", "campeona juvenil", "age group"), a class word and
# a pupil word ("year 9 pupil"), or "school" and a pupil or team word; and substrings of the German
# compounds ("Juniorenweltmeisterin", "U17-Nationalmannschaft").
_OPENERS = frozenset(
    {"junior", "juniors", "youth", "youths", "cadet", "cadets", "u", "under", "sub", "age",
     "cadette", "cadettes", "cadete", "cadetes", "juvenil", "juveniles", "infantil", "minime",
     "minimes", "giovanili", "giovanile", "allievi"}
    | {f"u{n}" for n in range(6, 18)}
    | {f"{n}u" for n in range(6, 18)}  # neg15: "14U softball team"
)  # fmt: skip
_CLOSERS = frozenset(
    {"champion", "champions", "championship", "championships", "title", "titles", "team", "squad",
     "tour", "circuit", "division", "league", "tournament", "tournaments", "nationals", "olympics",
     "games", "cup", "category", "ranking", "rankings", "competition", "competitions", "player",
     "players", "athlete", "athletes", "international", "internationals", "medallist",
     "medallists", "medalist", "medalists", "record", "records", "prix", "group", "groups",
     "roster", "academy", "selection", "club", "captain", "goalkeeper", "striker",
     "midfielder", "defender", "winger", "pitcher", "prodigy",
     "championne", "championnes", "campeon", "campeona", "campeones", "campeonas", "campea",
     "campeas", "campione", "campionessa", "campioni", "categorie", "categoria", "seleccion",
     "selecao", "selezione", "equipe", "equipo", "squadra"}
)  # fmt: skip
_CLASS_WORDS = frozenset({"year", "grade", "form", "class", "school"})
_PUPIL_WORDS = frozenset(
    {"student", "students", "pupil", "pupils", "schoolgirl", "schoolgirls", "schoolboy",
     "schoolboys", "girl", "girls", "boy", "boys", "athlete", "athletes", "champion", "champions",
     "team", "sophomore", "sophomores", "freshman", "freshmen"}
)  # fmt: skip


def _may_division(text: str) -> bool:
    """Whether ``text`` may hold a youth division (a gate before :func:`_division`)."""
    present = word_set(text)
    if not present.isdisjoint(_OPENERS) and not present.isdisjoint(_CLOSERS):
        return True
    if not present.isdisjoint(_CLASS_WORDS) and not present.isdisjoint(_PUPIL_WORDS):
        return True
    return "ugend" in text or "unioren" in text or "ationalmannschaft" in text


def _division(text: str, *, gated: bool = False) -> re.Match[str] | None:
    """The first youth division of ``text`` (folded) not said of an adult or of the past
    (``gated``: the caller has checked that one may stand)."""
    if not gated and not any(literal in text for literal in _DIVISION_LITERALS):
        return None
    matches = list(_DIVISION_STARTS.finditer(text))
    if "age group" in text or "age-group" in text:
        matches = sorted([*matches, *_AGE_GROUP.finditer(text)], key=lambda m: m.start())
    for match in matches:
        before = text[max(0, match.start() - 40) : match.start()]
        if not _ADULT_BEFORE.search(before) and not _NEGATED_BEFORE.search(before):
            return match
    return None


def _birth_year(sig: str, record: object, texts: list[tuple[str, str]]) -> list[Hit]:
    """ "Born 2010": under 18 in the year the model was published (or this year)."""
    created = getattr(record, "created_at", None) or getattr(record, "starts_at", None)
    reference = created.year if created is not None else datetime.now(UTC).year
    for field, text in texts:
        if "born" not in text and "b." not in text:
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


# ---- round 17: a stated age in every language, and what is not a minor's cue -----------------
# A stated age under 18 in the age words of other languages (folded text): "16 Jahre", "16 anni",
# "16 лет", "16 lat", "16-letnia", "16 yaşında", "16 tahun", "16 tuổi", "16 ปี", "16 سنة",
# "16 साल", "16歲"; an age slot in them ("edad: 16", "возраст 16", "อายุ 16", "年龄：16",
# "나이 16", "العمر 16", "उम्र 16"); ages in words ("dieciséis años", "sechzehn Jahre", "十六歳",
# "열여섯 살", "십육세"). Words for "years" that also count a span ("seit 16 Jahren", "16 лет
# назад", "selama 16 tahun") are read as an age only outside such a span (see _span_of_time).
_YEARS_WORDS = (
    r"jahre(?!n)(?:\s*alt)?|anni|лет|года?(?![а-я])|lat|let(?:ni[a-z]*|nia)|latk[a-z]*|latek|"
    r"yas(?:ind[ae][a-z]*|li)?|tahun|tuoi|ปี|سنة|سنوات|عاما|عام|साल|वर्ष|歲"
)
# (perf18: the two branches apart, so that where their matches begin can be read off them)
_WORLD_AGE_NUMBER_TAIL = r"\s?-?\s?(?:" + _YEARS_WORDS + r")(?![a-z])"
_WORLD_AGE_NUMBER_FIRST = r"(?<![\d.,])(\d{1,2})" + _WORLD_AGE_NUMBER_TAIL
_WORLD_AGE_WORD_FIRST = (
    r"(?<![a-z])(?:(?:edad|idade|возраст\w*|umur(?:nya)?|usia(?:nya)?|berusia|tuoi|อายุ|年龄|"
    r"年齡|年齢|나이|العمر|عمرها|عمره|उम्र)\s?[:=]?|(?:alter|yas|wiek)\s?[:=])\s?(\d{1,2})"
    r"(?!\d|[.,]\d|%)"  # (minor19: not "12.5"; a full stop after the age ends a sentence)
    r"(?!\s?(?:gb|mb|steps?|epochs?|px|mm|days?|hours?|h|d|mins?|minutes?|weeks?)\b)"
)
_WORLD_AGE = re.compile(_WORLD_AGE_NUMBER_FIRST + "|" + _WORLD_AGE_WORD_FIRST)
_TEEN_NUMBERS = (
    "trece|catorce|quince|dieciseis|diecisiete|treze|catorze|quinze|dezesseis|dezasseis|"
    "dezessete|dezassete|treize|quatorze|seize|dix-sept|dreizehn|vierzehn|funfzehn|sechzehn|"
    "siebzehn|tredici|quattordici|quindici|sedici|diciassette|trzynascie|czternascie|pietnascie|"
    "szesnascie|siedemnascie|on uc|on dort|on bes|on alti|on yedi|tiga belas|empat belas|"
    "lima belas|enam belas|tujuh belas|muoi ba|muoi bon|muoi lam|muoi sau|muoi bay|"
    "тринадцать|четырнадцать|пятнадцать|шестнадцать|семнадцать"
)
_NATIVE_AGE_WORDS = (
    r"(?<![a-z])(?:" + _TEEN_NUMBERS + r")[\s-]?(?:anos|ans|anni|" + _YEARS_WORDS + r")(?![a-z])"
)
# every match of the script branches below ends in (or, "십…세", holds) one of these characters
_NATIVE_AGE_SCRIPT_MARKS = ("歳", "才", "岁", "歲", "살", "세")
_NATIVE_AGE = re.compile(
    _NATIVE_AGE_WORDS + r"|(?<![一二三四五六七八九十百两])"
    r"(?:十[一二三四五六七]?[歳才岁歲]|[二三四五六七八九两]\s?[歳岁歲])"
    r"|(?<![가-힣])(?:열\s?(?:한|두|세|네|다섯|여섯|일곱)?|여섯|일곱|여덟|아홉)\s?살"
    r"(?!\s?(?:차이|연상|연하|많|적|어린|위|아래|터울))"
    r"|(?<![가-힣])십[일이삼사오육칠]?세(?![가-힣])"
)
# Substrings (folded, not ASCII) one of which a match above or a script youth word may hold:
# the description is read only where one stands.
_WORLD_SCRIPT_GATE = re.compile(
    r"лет|год|возраст|ปี|อายุ|سنة|سنوات|عام|العمر|عمر|साल|वर्ष|उम|歳|歲|岁|才|年龄|年齡|年齢|"
    r"나이|살|세"
)
# A span of time, not an age: a preposition of duration before the number ("hace", "depuis",
# "seit", "за", "przez", "selama", "منذ", "มา"), or "ago" / "of experience" after the words.
_SPAN_BEFORE = re.compile(
    r"(?:\bhace|\bdurante|\bdesde|\bpor|\bmas de|\bmenos de|\bha|\bdepuis|\bpendant|\bil y a|"
    r"\bplus de|\bseit|\bvor|\buber|\bnach|\bfur|\bda|\bper|\boltre|\bod|\bprzez|\bponad|\bpo|"
    r"\bselama|\bsejak|\blebih dari|\bhampir|\bdalam|за|более|менее|течение|через|около|"
    r"последние|спустя|منذ|خلال|لمدة|قبل|มา|กว่า|เป็นเวลา|trong|hon|suot)\s*$"
)
_SPAN_AFTER = re.compile(
    r"^\s?(?:ago\b|atras|fa\b|назад|temu|lalu|silam|kemudian|terakhir|ก่อน|ที่แล้ว|पहले|से|"
    r"तक|前|truoc|sau\b|de experiencia|d'experience|erfahrung|di esperienza|опыт|стаж|"
    r"doswiadczeni|pengalaman|kinh nghiem|deneyim|tecrube|من الخبرة|خبرة)"
)
# The age of a thing, not of a person: "a 16-year-old photo", "this car is 15 years old".
_THINGS = (
    r"photos?|pictures?|images?|pics?|cars?|songs?|albums?|films?|movies?|tracks?|games?|"
    r"cameras?|lens(?:es)?|datasets?|checkpoints?|vaes?|houses?|buildings?|dogs?|cats?|trees?|"
    r"wines?|whiske?y|bottles?|guitars?|phones?|laptops?|computers?|gpus?|footage|videos?|"
    r"recordings?|memes?|posts?|tradition|brand|company|forum|code|scans?|negatives?|prints?|"
    r"magazines?|books?|shows?|series|softwares?|programs?|engines?|bikes?|tapes?|vinyl"
)
_PERSON_WORDS = (
    r"(?:girl|boy|woman|man|kid|child|student|model|actress|actor|singer|idol|daughter|son|"
    r"sister|brother|teen|person|cosplayer|athlete)"
)
_THING_AFTER = re.compile(
    r"^[\s-]{0,2}(?:(?!" + _PERSON_WORDS + r")[a-z]+[\s-])?(?:" + _THINGS + r")\b"
)
_THING_BEFORE = re.compile(
    r"(?:\b(?:" + _THINGS + r")|\bit|\bthat|\bthis)\s(?:is|was|are|were|'s)"
    r"(?:\s(?:now|about|over|almost|nearly|already|exactly))?\s$"
)
# Costume, style and teaching: a youth word worn or taught, not stated of the subject
# ("schoolgirl uniform", "女子高生風", "JK制服", "여고생 교복", "ชุดนักเรียน", "dressed as a
# schoolgirl", "disfraz de colegiala", "high school teacher", "professora do ensino médio").
_WORN_AFTER = re.compile(
    r"^[\s_-]{0,2}(?:の|的|풍)?\s?(?:uniforms?|costumes?|cosplay\w*|cos|outfits?|style[sd]?|looks?|"
    r"fashion|aesthetic|vibes?|clothes|clothing|dress|skirts?|sailor|blazer|制服|校服|衣装|服|"
    r"コスプレ|コス|風|风|교복|코스프레|스타일|룩|uniformes?|disfraz|fantasia|kostium|форм|seragam|"
    r"dong phuc|kostum\w*|baju|ชุด|teachers?|coach\w*|principal|professor|profesor\w*|lehrer\w*|"
    r"insegnant\w*)(?![a-z])"
)
_WORN_BEFORE = re.compile(
    r"(?:costumes?|cosplay(?:ed|ing)?|uniforms?|dressed (?:up )?as|dress(?:es)? up as|"
    r"disfraz(?:ada)? de|fantasia de|deguise\w* en|kostium|verkleidet als|uniforme|seragam|baju|"
    r"professora do|professor do|profesora de|profesor de|insegnante d\w*|lehrerin|lehrer|"
    r"guru|giao vien|ชุด|teacher of|teaches?|teaching)[\s_-]{0,2}(?:an? |la |una |um |uma |"
    r"de )?$"
)
# Names of products, eras and genres that hold "teen": "teen spirit", "teen titans", "90s teen
# movie". Only "vien" after "nu sinh" ("nữ sinh viên": a university student).
_NAMED_AFTER = re.compile(
    r"^[\s-]?(?:spirit|titans?|wolf|vogue|pop|era|genre|mutants?|dream|kicks|comedy|comedies|"
    r"romance|fiction|"
    r"novels?|culture|sitcom|soap|vien\b"
    # minor19: a work for an age group, not its subject: "kids cartoon", "Harbor Kids (cartoon)",
    # "kids-show host", "teen drama", "teen series"
    r"|[\s_-]?\(?(?:cartoons?|animated|animation|sitcoms?|shows?|dramas?|series|tv|channel|"
    r"magazines?)\b"
    r"|['’]s? (?:books?|tuition|education|toys?|literature|stories|story|tv|hospitals?|day|rights|"
    r"charit\w+|menus?|illustrations?|fairy))"
)
# A youth word in a rule, a licence or a negative in Chinese, Japanese or Korean ("禁止生成未成年",
# "伤害未成年人", "未成年禁止", "미성년자 금지"); and a possessive of children in general
# ("children's books", "my kids' tuition").
_SCRIPT_NEGATED_BEFORE = re.compile(
    r"(?:禁止|严禁|嚴禁|请勿|請勿|勿|不得|不要|不可|不能|伤害|傷害|剥削|剝削|保护|保護|禁)[^。\n]{0,12}$"
)
_SCRIPT_NEGATED_AFTER = re.compile(r"^[^。\n]{0,8}(?:禁止|금지|不可|ダメ|厳禁|(?<![a-z])ng\b|불가)")
_ERA_BEFORE = re.compile(r"\b(?:19)?[0-9]0'?s\s$")
# "JK", "JC" (Japanese for a high- and a middle-school girl) stand only as a whole tag.
_SCHOOL_TAGS = frozenset({"jk", "jc", "joshikosei", "joshikousei", "joshi kosei"})


def _not_an_age(text: str, match: re.Match[str]) -> bool:
    """Whether a match of ``_AGE`` is a thing's age or, in words that also count years ("hace 16
    años", "depuis 16 ans"), a span of time."""
    if _thing_age(text, match.start(), match.end()):
        return True
    return match.group(0).endswith(("ans", "anos", "años")) and _span_of_time(
        text, match.start(), match.end()
    )


def _span_of_time(text: str, start: int, end: int) -> bool:
    """Whether the age-like words at ``start:end`` count a span of time (see _SPAN_BEFORE)."""
    return bool(
        _SPAN_BEFORE.search(text[max(0, start - 20) : start])
        or _SPAN_AFTER.match(text[end : end + 24])
    )


def _thing_age(text: str, start: int, end: int) -> bool:
    """Whether the age at ``start:end`` is a thing's (a photo's, a car's, a song's)."""
    return bool(
        _THING_AFTER.match(text[end : end + 32])
        or _THING_BEFORE.search(text[max(0, start - 40) : start])
    )


def _worn(text: str, start: int, end: int) -> bool:
    """Whether the youth word at ``start:end`` is worn, taught or named (see _WORN_AFTER)."""
    after = text[end : end + 24]
    before = text[max(0, start - 30) : start]
    return bool(
        _WORN_AFTER.match(after)
        or _WORN_BEFORE.search(before)
        or _NAMED_AFTER.match(after)
        or _ERA_BEFORE.search(before)
    )


def _world_ages(text: str) -> Iterator[tuple[int, re.Match[str]]]:
    """(age, match) of every age stated in the words of other languages, spans of time and
    things' ages left out."""
    if text.isascii() and not any(w in text for w in _WORLD_ASCII):
        return
    for matches in (_world_age_matches, _native_age_matches):
        for match in matches(text):
            if _span_of_time(text, match.start(), match.end()) or _thing_age(
                text, match.start(), match.end()
            ):
                continue
            yield _age_of(match), match


# perf18: the two patterns are tried only where a match can be: _WORLD_AGE where one can begin
# (a word of its second branch: a start finder read off that branch; and, where the first
# branch may match, the first digit of a run of digits), _NATIVE_AGE in a text that holds a
# teen number's first letters (read off its first branch) or one of the script branches' marks.
# The word gates read the shared start-finder pass over a description (see text.StartFinder);
# tests/detect/test_perf18_gates.py compares them with the patterns' own finditer.
_WORLD_AGE_WORD_STARTS = StartFinder(pattern_literals(re.compile(_WORLD_AGE_WORD_FIRST))[0])
# a match of the first branch is one of this (the branch without its look-behind, opening on a
# digit, where the regex engine skips to the digits of a text)
_WORLD_AGE_NUMBER_GATE = re.compile(r"\d\d?" + _WORLD_AGE_NUMBER_TAIL)
_NATIVE_AGE_GATE = LiteralGate(
    _minimal([*pattern_literals(re.compile(_NATIVE_AGE_WORDS))[0], *_NATIVE_AGE_SCRIPT_MARKS])
)


def _world_age_matches(text: str) -> Iterator[re.Match[str]]:
    """``_WORLD_AGE.finditer(text)``, tried only where a match can begin."""
    starts = _WORLD_AGE_WORD_STARTS.starts(text)
    if _WORLD_AGE_NUMBER_GATE.search(text) is not None:
        runs = _ASCII_DIGITS if text.isascii() else _DIGITS
        starts = sorted(starts + [m.start() for m in runs.finditer(text)])
    return finditer_at(_WORLD_AGE, text, starts)


def _native_age_matches(text: str) -> Iterator[re.Match[str]]:
    """``_NATIVE_AGE.finditer(text)``, or nothing where no match can stand."""
    return _NATIVE_AGE.finditer(text) if _NATIVE_AGE_GATE(text) else iter(())


# ASCII substrings one of which a match of the patterns above holds in an ASCII text
_WORLD_ASCII = ("jahre", "anni", "lat", "let", "yas", "tahun", "tuoi", "edad", "idade", "alter",
                "wiek", "umur", "usia", "anos", "ans")  # fmt: skip
_NATIVE_VALUES = {
    "trece": 13, "catorce": 14, "quince": 15, "dieciseis": 16, "diecisiete": 17, "treze": 13,
    "catorze": 14, "quinze": 15, "dezesseis": 16, "dezasseis": 16, "dezessete": 17,
    "dezassete": 17, "treize": 13, "quatorze": 14, "seize": 16, "dix-sept": 17, "dreizehn": 13,
    "vierzehn": 14, "funfzehn": 15, "sechzehn": 16, "siebzehn": 17, "tredici": 13,
    "quattordici": 14, "quindici": 15, "sedici": 16, "diciassette": 17,
}  # fmt: skip


def _age_of(match: re.Match[str]) -> int:
    """The age a match of _WORLD_AGE or _NATIVE_AGE states (words: under 18, read as 17 when
    their value is not listed above)."""
    digits = next((g for g in match.groups() if g), None)
    if digits is not None:
        return int(digits)
    first = match.group(0).split()[0].split("-")[0] if match.group(0)[:1].isascii() else ""
    return _NATIVE_VALUES.get(first, 17)


def _world_cue(text: str) -> Cue | None:
    """A stated age under 18 in the words of other languages (see _WORLD_AGE)."""
    for age, match in _world_ages(text):
        if 0 < age < ADULT_AGE:
            return (1.0, match.group(0), match.span(), f"stated age {age}")
    return None


def _adult_age(texts: list[tuple[str, str]]) -> bool:
    """Whether the page states its subject's age as an adult's ("24歳", "27세", "aged 31",
    "born 1998" is read by the caller): youth words then speak of a costume or a look."""
    for _field, text in texts:
        if not _DIGITS.search(text) and text.isascii():
            continue
        for match in _AGE.finditer(text):
            if match.group(3) is not None:
                continue  # a school grade
            age = int(next(g for g in match.groups() if g))
            if ADULT_AGE + 2 <= age < 100 and not _thing_age(text, match.start(), match.end()):
                return True
        for age, _match in _world_ages(text):
            if ADULT_AGE + 2 <= age < 100:
                return True
    return False


# Youth words a stated adult age does not outweigh: they name a child's body or status, not a
# school or an age group an adult's look is compared to.
_ALWAYS_MINOR = frozenset(
    {"loli", "lolis", "lolicon", "shota", "shotacon", "underage", "jailbait", "preteen",
     "pre-teen", "toddler", "infant", "minor", "minors", "未成年", "미성년", "萝莉", "蘿莉",
     "menor de edad", "menor de idade", "di bawah umur", "minorenne", "несовершеннолетн", "قاصر",
     "नाबालिग", "niepelnoletnia", "niepelnoletni", "minderjahrig", "minderjahrige"}
)  # fmt: skip


def _born_adult(record: object, texts: list[tuple[str, str]]) -> bool:
    """Whether a birth year makes the subject an adult when the model was published."""
    created = getattr(record, "created_at", None) or getattr(record, "starts_at", None)
    reference = created.year if created is not None else datetime.now(UTC).year
    for _field, text in texts:
        if "born" in text or "b." in text:
            match = _BORN.search(text)
            if match and reference - int(match.group(1)) >= ADULT_AGE + 2:
                return True
    return False


# A page of clothing or style: a "jk" tag there names the uniform, not the subject.
_DRESS = re.compile(
    r"uniform|cloth|outfit|costume|cosplay|style|fashion|dress|swimsuit|制服|服|衣装|コス|교복|의상"
)


def _dressed(record: object) -> bool:
    """Whether the record's title or tags speak of clothing or a style."""
    return any(_DRESS.search(t) for t in (view(record).name_folded, *tags_of(record)))
