"""Fast paths of perf13 against the plain computations they replace, on adversarial inputs:
``word_set``'s apostrophe chunks, ``fields``' cut and mask checks, ``vocab.may_film``."""

from __future__ import annotations

import random
import re

from dfaudit.detect import fields
from dfaudit.detect.text import fold, word_set
from dfaudit.detect.vocab import FILM_LITERALS, may_film

_WORDISH = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)


def _plain_word_set(text: str) -> frozenset[str]:
    return frozenset(_WORDISH.findall(fold(text)))


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    alphabet = "ab z'’'_-.,\n0 1Zé" + "ı"
    out = [
        "",
        "'",
        "''",
        "a'b'c",
        "'a' 'b'",
        "it's Mira's and o'neil'",
        "don't don't dont",
        "x'y x'y x''y 'x y'",
        "__a'__b'c__",
        "Zoë's 'quoted' words",
    ]
    for _ in range(count):
        out.append("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))))
    return out


def test_word_set_equals_the_plain_findall() -> None:
    for text in _texts(13, 3000):
        word_set.cache_clear()
        assert word_set(text) == _plain_word_set(text), text


def _plain_needs_cut(values: object, count: int, limit: int) -> bool:
    if type(values) is not tuple:
        return True
    return len(values) > count or any(not isinstance(v, str) or len(v) > limit for v in values)


class _Str(str):
    pass


def test_needs_cut_equals_the_plain_check() -> None:
    cases: list[object] = [
        (),
        ("a",),
        ("a" * 5,),
        ("a" * 6,),
        ("a", None),
        (None,),
        (b"ab",),
        ("a", 3),
        (_Str("abc"),),
        (_Str("abcdef"),),
        ["a"],
        "abc",
        None,
        ("a",) * 4,
        ("a",) * 5,
        ("", "", ""),
        ("abcde", "abcdef"),
    ]
    for values in cases:
        assert fields._needs_cut(values, 4, 5) == _plain_needs_cut(values, 4, 5), values


def _plain_any_masked(*groups: object) -> bool:
    return any(
        isinstance(v, str) and fields._masked(v)
        for group in groups
        if isinstance(group, (tuple, list))
        for v in group
    )


def test_any_masked_equals_the_plain_check() -> None:
    masked = "Nоemi"  # a Cyrillic "о" inside a Latin word
    cases: list[tuple[object, ...]] = [
        (),
        ((), []),
        (("abc", "def"), ["x"]),
        (("abc", masked),),
        ((masked,), None),
        (None, "abc" + masked),  # a bare string is not a group
        (("abc", None), (masked,)),
        (("abc", None), ("x",)),
        ((None, masked),),
        ((b"ab", "x"), [masked]),
        (("Zoë", "Ödön"),),  # non-ASCII, not masked
        (("Od\u200bile",),),  # an invisible character between Latin letters
        ([_Str(masked)],),
    ]
    for groups in cases:
        assert fields._any_masked(*groups) == _plain_any_masked(*groups), groups


def test_may_film_equals_the_plain_any() -> None:
    texts = [*_texts(7, 500), "film", "analogue", "35mm ", "mm", "disposable", "胶片", "필름", ""]
    for text in texts:
        assert may_film(text) == any(literal in text for literal in FILM_LITERALS), text


def _mask_texts() -> list[str]:
    rng = random.Random(5)
    pieces = ["a", "Z", "é", "ž", " ", "о", "О", "і", "α", "Κ", "\u200b", "\u00ad", "\ufeff", "д"]
    out = ["", "plain", "Nоemi", "Od\u200bile", "Мира", "Zoë", "αβγ", "\u200b", "x\u00ad"]
    for _ in range(4000):
        out.append("".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))))
    return out


def test_masked_equals_the_plain_pattern() -> None:
    for text in _mask_texts():
        plain = not text.isascii() and fields._MASKED.search(text) is not None
        assert fields._look_alike(text) == plain, text


def test_every_mask_match_holds_a_mask_character() -> None:
    # the pre-check's premise, on every character the pattern's classes name
    for text in _mask_texts():
        for match in fields._MASKED.finditer(text):
            assert fields._MASK_CHAR.search(match.group(0)), text


def test_age_matches_on_ascii_texts_with_other_digits_around() -> None:
    from dfaudit.detect.signals import minor_cues

    texts = [
        "she is 16 years old",
        "12yo 1234yo 17 y/o",
        "age 15, aged 16; page 12 stage 3",
        "١٦ years old",  # Arabic-Indic digits: not ASCII, the Unicode path
        "１６ years old",  # full-width digits
        "16 years old and ١٧ yo",
        "5th grade 3rd grader",
        "v1.5 12.5 yo",
        "",
        "no digits at all",
    ]
    rng = random.Random(11)
    alphabet = "0123456789 yoagers.-١٦"
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    for text in texts:
        got = [m.span() for m in minor_cues._age_matches(text)]
        assert got == [m.span() for m in minor_cues._AGE.finditer(text)], text


def test_no_whitespace_character_is_a_word_character() -> None:
    # word_set's non-ASCII path splits on str.split()'s whitespace: no word may hold one
    for code in range(0x110000):
        ch = chr(code)
        if ch.isspace():
            assert not _WORDISH.fullmatch("a" + ch + "a"), hex(code)


def test_word_set_on_non_ascii_texts_equals_the_plain_findall() -> None:
    rng = random.Random(17)
    pieces = [
        "a", "Z", "9", "'", "’", "_", " ", "-", "\u3000", "\xa0", "\x1c", "\u2028", "—",
        "名", "字", "ひ", "가", "я", "١", "²", "😀", "\ud800", "é", "ß", "İ", ".", "\n",
    ]  # fmt: skip
    texts = ["名字", "it’s 名字's", "a\u3000b", "x_y名", "\ud800abc", "١٢ ab'c’d", "😀a😀"]
    for _ in range(4000):
        texts.append("".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))))
    for text in texts:
        word_set.cache_clear()
        assert word_set(text) == _plain_word_set(text), ascii(text)


def _minor_texts() -> list[str]:
    rng = random.Random(23)
    pieces = [
        "yo", "y", "o", "12", "١٢", "５", " ", "-", "age", "d", "years", "old", "grade", "th",
        "歳", "才", "岁", "세", "살", "girl", "school", "teen", "_", "x", "Y", "O", ".", "'",
    ]  # fmt: skip
    texts = ["", "toyo", "tokyo 2020", "16yo", "١٦ yo", "16歳", "age: 15", "5th grader", "yo_"]
    for _ in range(4000):
        texts.append("".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))))
    return texts


def test_minor_short_scan_equals_the_plain_scan() -> None:
    from dfaudit.detect.signals import minor_cues

    def plain(text: str) -> tuple[minor_cues.Cue, ...]:
        out: list[minor_cues.Cue] = []
        for match in minor_cues._AGE.finditer(text):
            age = int(next(g for g in match.groups() if g))
            grade = match.group(3) is not None
            if (grade and age <= 12) or (not grade and 0 < age < minor_cues.ADULT_AGE):
                note = f"stated age {age}" if not grade else "school grade"
                out.append((1.0, match.group(0), match.span(), note))
                break
        # minor19: a school grade's other forms ("grade 8", "中2"), a bracketed teen age
        grade = minor_cues._GRADE.search(text) if not out else None
        if grade is not None:
            out.append((1.0, grade.group(0), grade.span(), "school grade"))
        bracket = minor_cues._BRACKET_AGE.search(text) if not out else None
        if bracket is not None:
            out.append((1.0, bracket.group(0), bracket.span(), f"stated age {bracket.group(1)}"))
        youth = minor_cues._YOUTH.search(text) or minor_cues._PHRASE.search(text)
        if youth:
            out.append((0.9, youth.group(0), youth.span(), "youth word"))
        return tuple(out)

    for text in _minor_texts():
        assert minor_cues._scan(text) == plain(text), ascii(text)


def test_minor_precheck_equals_the_plain_precheck() -> None:
    from dfaudit.detect.signals import minor_cues as m

    def plain(text: str) -> bool:
        present = word_set(text)
        if not present.isdisjoint(m._YOUTH_FIRST):
            return True
        # minor_cues 9: script youth words and other languages' age words, in the folded text
        folded = fold(text)
        if not text.isascii() and any(w in folded for w in m._SCRIPT_WORDS):
            return True
        if not text.isascii() and m._WORLD_SCRIPT_GATE.search(folded):
            return True
        if (
            not text.isascii()
            and any(ch in text for ch in m._CJK_AGE_SUFFIXES)
            and m._CJK_AGE.search(text) is not None
        ):
            return True
        if not m._AGE_SUFFIX_AT_WORD_END.search(fold(text)):
            return False
        return any(w.endswith(("yo", "歳", "才", "岁", "세", "살")) for w in present)

    for text in _minor_texts():
        assert m._DIGIT_OR_YOUTH(text) == plain(text), ascii(text)
