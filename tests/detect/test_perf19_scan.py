"""Speed-only (perf19): the shared start-finder pass resumes where it stopped. A signal asking
for a longer head of the record's folded description than the pass has read (past the first
1,500 characters) used to make the pass read the text again from its start; now it reads on
from ``longest - 1`` characters before the old end and keeps only the hits that end past it.
Checked here: for every text and every rising sequence of heads, the groups the pass keeps
(every literal's starts and ends, per mask, in the order they end) equal those of one pass over
the longest head, on invented texts built of the literals themselves (so that literals straddle
every cut, with ``İ``, ``ſ``, ``K``, ``ß`` and script), and on every description of the real
catalog (``../shared``, read at run time, skipped when absent); and every finder reads its own
starts from a resumed pass."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from dfaudit.detect import text as text_module
from dfaudit.detect.registry import build_signals
from dfaudit.detect.text import StartFinder, fold, share_scans

CATALOG = (
    Path(__file__).resolve().parents[2]
    / ".."
    / "shared"
    / "realdata"
    / "civitai_catalog_2023_dev.jsonl.gz"
)
PIECES = [" ", "\n", ".", ",", "a", "x", "İ", "ſ", "K", "ß", "歳", "配", "ー", "١"]


def _groups() -> dict[int, tuple[list[int], list[int]]]:
    return {m: (list(g[0]), list(g[1])) for m, g in text_module._SHARED.groups.items()}


def _one_pass(text: str, length: int) -> dict[int, tuple[list[int], list[int]]]:
    share_scans("")
    share_scans(text)
    text_module._SHARED._scan(length)
    return _groups()


def _resumed(text: str, cuts: list[int]) -> dict[int, tuple[list[int], list[int]]]:
    share_scans("")
    share_scans(text)
    for cut in cuts:
        text_module._SHARED._scan(cut)
    return _groups()


def _literals() -> list[str]:
    build_signals()
    shared = text_module._SHARED
    if shared.automaton is None:
        share_scans("x")
        shared._scan(1)
    return sorted({literal for f in shared.finders for literal in f.kept})


def _invented(count: int) -> list[str]:
    literals = _literals()
    rng = random.Random(19)
    texts = []
    for _ in range(count):
        parts = [rng.choice(literals) if rng.random() < 0.7 else rng.choice(PIECES)]
        while sum(map(len, parts)) < rng.choice([40, 400, 1600, 3200]):
            parts.append(rng.choice(literals) if rng.random() < 0.7 else rng.choice(PIECES))
        texts.append("".join(parts))
    return texts


def _check(texts: list[str], seed: int) -> int:
    rng = random.Random(seed)
    longest = text_module._SHARED.longest
    assert longest == max(map(len, _literals()))
    checked = 0
    for text in texts:
        if len(text) < 2:
            continue
        # cuts anywhere, and just around a literal's length from each other
        first = rng.randint(1, len(text) - 1)
        near = min(len(text), first + rng.randint(1, longest))
        cuts = sorted({first, near, rng.randint(near, len(text)), len(text)})
        whole = _one_pass(text, cuts[-1])
        assert _resumed(text, cuts) == whole, (text[:80], cuts)
        checked += sum(len(g[0]) for g in whole.values())
    share_scans("")
    return checked


def test_a_resumed_pass_keeps_the_hits_of_one_pass_on_invented_texts() -> None:
    assert _check(_invented(600), 19) > 5_000


def test_every_finder_reads_its_own_starts_from_a_resumed_pass() -> None:
    build_signals()
    finders = list(text_module._SHARED.finders)
    for base in _invented(40):
        share_scans("")
        share_scans(base)
        for cut in sorted({1, 299, 1500, 1501, 1530, 2200, len(base)}):
            prefix = base[:cut]
            for finder in finders:
                own = sorted(end - back for end, back in finder._automaton.iter(prefix))
                assert finder.starts(prefix) == own, (finder.literals[:3], cut)
    share_scans("")


def test_a_pass_read_once_and_its_twin_read_in_two_heads() -> None:
    # a literal straddling the first head's end is found once, at its place, in either way
    build_signals()
    finder = StartFinder(("zyxwvut",))
    text = "q" * 1497 + "zyxwvut" + " tail"
    share_scans("")
    share_scans(text)
    assert finder.starts(text[:1500]) == []
    assert finder.starts(text) == [1497]
    share_scans("")
    share_scans(text)
    assert finder.starts(text) == [1497]
    share_scans("")


def test_every_description_of_the_real_catalog() -> None:
    if not CATALOG.exists():
        pytest.skip("../shared absent")
    from dfaudit.detect.evalsets import load_catalog

    texts = [fold(getattr(i.record, "description", "") or "") for i in load_catalog(CATALOG)]
    assert _check([t for t in texts if t], 20) > 10_000


# ---- named_context: whose photos, the birthday wish and the caption behind start finders -----
SLOT_PIECES = ["photos", "Photographs", "PICS", "pics", "pictures", "selfies", "headshots", "of",
               "look-alike", "lookalike", "look alike", "Doppelgänger", "doppelganger", "happy",
               "Happy", "birthday", "BIRTHDAY", "“", "\"", "„", "«", "(pic:", "(Image:", "(alt:",
               "(photo :", "in", "circa", "c.", "2019", "1998", "at", "attending", "during",
               "arriving at", "the", "a", "her", "Odette", "Kettering", "Margit", "Hadrow", ",",
               ".", "!", ";", "\n", "İ", "ſ", "K", "ß", "é", "用", "照片"]  # fmt: skip
SLOTS = ("_SLOT_PHOTOS_OF", "_SLOT_BIRTHDAY", "_SLOT_CAPTION")


def _slot_spans(matches: object) -> list[tuple[int, int, dict[str, str | None]]]:
    return [(m.start(), m.end(), m.groupdict()) for m in matches]  # type: ignore[attr-defined]


def _slot_texts(count: int) -> list[str]:
    rng = random.Random(1919)
    texts = ["photos of Odette Kettering.", "Happy birthday, Margit!", "“Odette Kettering at",
             "(pic: Margit Hadrow in 2019)", "look-alike of Odette.", "İ photos of Margit",
             ""]  # fmt: skip
    cues = ["photos of", "PICS of", "selfies  of", "look-alike of", "doppelgänger of",
            "happy birthday,", "Happy  Birthday", "“", "«", "(pic:", "(Image :",
            "(alt:"]  # fmt: skip
    tails = [".", "!", ",", "", " in 2019", " circa 1998", " at the", " attending a", " during her",
             " arriving at the", ";", "\n"]  # fmt: skip
    for _ in range(count):
        words = [rng.choice(SLOT_PIECES) for _ in range(rng.randint(1, 14))]
        if rng.random() < 0.5:  # a slot's cue, a name and a tail among the pieces
            at = rng.randint(0, len(words))
            named = " ".join(
                rng.sample(["Odette", "Kettering", "Margit", "Hadrow"], rng.randint(1, 2))
            )
            words[at:at] = [rng.choice(cues), named + rng.choice(tails)]
        texts.append("".join(w + rng.choice([" ", " ", "", "\n"]) for w in words))
    return texts


def _check_slots(texts: list[str], *, shared: bool) -> int:
    from dfaudit.detect.signals import named_context as nc

    found = 0
    for text in texts:
        share_scans(fold(text) if shared else "")
        for name in SLOTS:
            pattern = getattr(nc, name)
            expected = _slot_spans(pattern.finditer(text))
            assert _slot_spans(nc._slot_matches(pattern, text)) == expected, (name, text)
            found += bool(expected)
    share_scans("")
    return found


@pytest.mark.parametrize("shared", [False, True])
def test_the_slots_behind_their_start_finders_find_what_the_patterns_find(shared: bool) -> None:
    assert _check_slots(_slot_texts(3000), shared=shared) > 100


def test_the_slots_have_start_finders_and_a_twin_is_no_slot() -> None:
    from dfaudit.detect.signals import named_context as nc

    for name in SLOTS:
        assert nc._SLOT_STARTS[id(getattr(nc, name))].pattern is getattr(nc, name)
    assert list(nc._slot_matches(nc._SLOT_PHOTOS_OF, "photos of Odette."))
    assert not list(nc._slot_matches(nc._SLOT_PHOTOS_OF, "photon of Odette."))


def test_the_slots_on_every_page_of_the_real_catalog() -> None:
    if not CATALOG.exists():
        pytest.skip("../shared absent")
    from dfaudit.detect.evalsets import load_catalog
    from dfaudit.detect.signals import named_context as nc

    for item in load_catalog(CATALOG):
        record = item.record
        title = (getattr(record, "name", "") or "")[: nc.NAME_HEAD]
        description = (getattr(record, "description", "") or "")[: nc.DESCRIPTION_HEAD]
        share_scans(fold(getattr(record, "description", "") or ""))
        for text in (description, title, title + "\n" + description):
            for name in SLOTS:
                pattern = getattr(nc, name)
                expected = _slot_spans(pattern.finditer(text))
                assert _slot_spans(nc._slot_matches(pattern, text)) == expected, name
    share_scans("")
