"""The fifth round of CPU pre-checks (issue 12): scans skipped when a literal every match holds
is absent, or tried only where a match can begin, give exactly what the plain scans give, on
invented texts (the dev set, generated records and edge cases)."""

from __future__ import annotations

import re
import string

import pytest

from dfaudit.detect import text as text_module
from dfaudit.detect.registry import build_signals
from dfaudit.detect.signals import public_role, subject_cues
from dfaudit.detect.text import StartFinder, fold, share_scans

from .conftest import model
from .test_cpu_prechecks import corpus

OCCUPATIONS = [
    "actress", "actor", "singer", "rapper", "idol", "tv host", "presenter", "streamer",
    "youtuber", "influencer", "athlete", "skater", "dancer", "comedian", "politician",
    "journalist", "news anchor", "newscaster", "pornstar", "porn star", "adult film star",
    "film star", "adult actress", "cosplayer", "musician", "wrestler", "tiktoker", "vlogger",
    "tv personality", "celebrity", "entertainer", "gymnast", "swimmer", "tennis player",
    "footballer", "dj", "pop star", "popstar", "pop idol", "rock star", "vocalist", "drummer",
    "guitarist", "radio host", "performer", "volleyball player", "basketball player",
    "soccer player", "runway model", "nude model", "fashion model", "glamour model", "glamor model",
    "adult model", "instagram model", "playboy model", "photo model", "onlyfans model",
]  # fmt: skip

WHO_TEXTS = [
    f"{intro} {occupation}{tail}"
    for occupation in OCCUPATIONS
    for intro, tail in (
        ("she is an american", "."),
        ("lora of the famous", ", trained on 20 photos"),
        ("like a", " look"),
        ("the", "s from the nineties"),
        ("xactress is not", "-like"),
    )
] + [
    "this model is a lora of a real person; the celebrity look was requested",
    "an actressy look, the rockstar vibe, a podcaster and tv-host, model of a singer-songwriter",
    "is a\tvery well known\nactress, embedding of  porn star, a famous  news  anchor",
]


def _texts() -> list[str]:
    head = subject_cues.DESCRIPTION_HEAD
    return [fold(t)[:head] for t in (*corpus(), *WHO_TEXTS)]


def test_every_occupation_is_found_by_the_who_precheck() -> None:
    # the list spells out every alternative of the pattern: its "|"s less the 7 of the
    # "(nude|fashion|glamou?r|...) model" group, which stands for 9 ("glamou?r" as two)
    alternatives = subject_cues._OCCUPATION.count("|") + 1 - 7 - 1 + 9
    assert len(OCCUPATIONS) == alternatives
    for occupation in OCCUPATIONS:
        assert re.fullmatch(subject_cues._OCCUPATION, occupation), occupation
        assert subject_cues._OCCUPATION_WORD.fullmatch(occupation), occupation
        assert subject_cues._who(f"she is an {occupation}") is not None, occupation


def test_who_with_its_precheck_equals_the_plain_search() -> None:
    found = 0
    for text in _texts():
        plain = subject_cues._WHO.search(text)
        fast = subject_cues._who(text)
        assert (fast and fast.span()) == (plain and plain.span()), text
        found += plain is not None
    assert found > 50


@pytest.mark.from_source  # patches a compiled module: runs from source when compiled
def test_subject_cues_hits_equal_the_plain_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    signal = subject_cues.SubjectCues()
    records = [model(t[:80], description=t) for t in (*corpus(), *WHO_TEXTS)]
    fast = [signal.hits(r) for r in records]
    assert sum(h.feature == "subject:who_description" for hits in fast for h in hits) > 50
    monkeypatch.setattr(subject_cues, "_who", subject_cues._WHO.search)
    assert [signal.hits(r) for r in records] == fast


def _own(finder: StartFinder, text: str) -> list[int]:
    """The starts from the finder's own automaton (what ``starts`` gave before sharing)."""
    return sorted(end - back for end, back in finder._automaton.iter(text))


def test_shared_scan_gives_every_finder_its_own_starts_on_every_prefix() -> None:
    build_signals()
    finders = list(text_module._SHARED.finders)
    assert len(finders) >= 17  # every signal's finders are registered
    checked = 0
    for base in _texts()[::3] + [fold(t) for t in WHO_TEXTS]:
        share_scans(base)
        for cut in sorted({0, 1, 7, 300, 800, 1499, 1500, 1501, 2500, len(base)}):
            prefix = base[:cut]
            for finder in finders:
                assert finder.starts(prefix) == _own(finder, prefix), (finder.literals, prefix)
                checked += bool(_own(finder, prefix))
        other = base[1:300] + "x"  # not a prefix: the finder's own pass
        assert all(f.starts(other) == _own(f, other) for f in finders)
    assert checked > 1000


def test_a_finder_made_after_the_scan_reads_its_own_literals() -> None:
    base = "she is a singer from the anime; a zyxwv and a zyx"
    share_scans(base)
    before = subject_cues._OCCUPATION_STARTS.starts(base)
    finder = StartFinder(("zyx", "zyxwv"))
    assert finder.starts(base) == [base.index("zyxwv"), base.rindex("zyx")]
    assert finder.starts(base[:40]) == [base.index("zyxwv")]
    assert subject_cues._OCCUPATION_STARTS.starts(base) == before == [base.index("singer")]


ALL_CHARACTERS = "".join(map(chr, range(128, 0x110000)))


def test_case_twins_are_every_non_ascii_character_an_ascii_letter_matches() -> None:
    found: set[str] = set()
    for letter in string.ascii_lowercase:
        found.update(re.findall(letter, ALL_CHARACTERS, re.IGNORECASE))
    assert found == set(public_role.CASE_TWINS)


ROLE_TEXTS = [
    "日本の女優、ACTRESS。 Famous Singer；韓国のK-POP idol、1.2M followers",
    "Café singer — a Brazilian model, 95 Followers, 12.500 FANS, “TV host” ×",
    "éactress actressé actress’s «actor» ñsinger singerñ Σ dancer",
    "ſinger and K-pop idol, ſubs: 10k ſubscribers",  # case twins: scanned in full
    "İdol singer, ıdol singer, the actreſs",
    "\u00a0news\u00a0anchor and weather\u2003girl, pop\u3000star, talk  show host",
    "AI actress, virtual SINGER, fictional Actor — ✨ 3k followers ✨",
]


def _role_texts() -> list[str]:
    texts = [t for t in corpus() if not t.isascii()]
    texts += [t[:800] for t in (*ROLE_TEXTS, *WHO_TEXTS)]
    return texts + [t.upper() for t in texts] + [t.title() for t in texts]


def test_lower_keeps_every_other_non_ascii_character_apart_from_ascii() -> None:
    for character in ALL_CHARACTERS:
        if character in public_role.CASE_TWINS:
            continue
        low = character.lower()
        assert len(low) == 1 and not low.isascii(), hex(ord(character))
        assert low.isalnum() == character.isalnum(), hex(ord(character))
        assert low.isspace() == character.isspace(), hex(ord(character))


def test_public_role_scans_equal_the_plain_ones_on_non_ascii_texts() -> None:
    found = counted = 0
    for text in _role_texts():
        plain = [m.span() for m in public_role._ROLE.finditer(text)]
        assert [m.span() for m in public_role._roles(text)] == plain, text
        found += bool(plain)
        if public_role._FOLLOWERS.search(text):
            assert public_role._may_count(text), text
            counted += 1
    assert found > 30 and counted > 5


@pytest.mark.from_source  # patches a compiled module: runs from source when compiled
def test_public_role_hits_equal_the_plain_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    signal = public_role.PublicRole()
    records = [model(t[:80], description=t) for t in _role_texts()]
    fast = [signal.hits(r) for r in records]
    assert sum(h.value == "public_figure" for hits in fast for h in hits) > 30
    monkeypatch.setattr(public_role, "_roles", public_role._ROLE.finditer)
    monkeypatch.setattr(public_role, "_may_count", lambda text: True)
    assert [signal.hits(r) for r in records] == fast
