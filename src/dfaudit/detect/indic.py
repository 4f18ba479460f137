"""Given names written in the scripts of India (Devanagari and the scripts laid out like it:
Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam): their gender.

The first-name tables hold few names in these scripts, and many in Latin letters. A name in
script is romanised letter by letter (the scripts share one layout: each block is Devanagari's
moved by a multiple of 0x80) and looked up in the tables, with its last inherent vowel dropped
as Hindi drops it ("राहुल": rahul) and with it kept ("कृष्ण": krishna); then the vowel it ends
on decides, as Sanskrit-derived given names mark their gender: a long ā or ī is a woman's
("प्रियंवदा", "सौदामिनी"), a consonant a man's ("विक्रम"); a short i or u, or a word of
another shape, says nothing. Only a script name's gender is read here: never whether a text
holds a name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dfaudit.detect.names import name_gender

# Devanagari (0x0900) to Malayalam (0x0d00): ten blocks of 0x80 with the same layout.
_FIRST, _LAST = 0x0900, 0x0D7F
_BLOCK = 0x80
INDIC = re.compile("[\u0900-\u0d7f]")

# offsets within a block
_CONSONANTS = {
    0x15: "k", 0x16: "kh", 0x17: "g", 0x18: "gh", 0x19: "n", 0x1A: "ch", 0x1B: "chh",
    0x1C: "j", 0x1D: "jh", 0x1E: "n", 0x1F: "t", 0x20: "th", 0x21: "d", 0x22: "dh",
    0x23: "n", 0x24: "t", 0x25: "th", 0x26: "d", 0x27: "dh", 0x28: "n", 0x29: "n",
    0x2A: "p", 0x2B: "ph", 0x2C: "b", 0x2D: "bh", 0x2E: "m", 0x2F: "y", 0x30: "r",
    0x31: "r", 0x32: "l", 0x33: "l", 0x34: "l", 0x35: "v", 0x36: "sh", 0x37: "sh",
    0x38: "s", 0x39: "h",
}  # fmt: skip
_VOWELS = {  # independent vowels
    0x05: "a", 0x06: "aa", 0x07: "i", 0x08: "ee", 0x09: "u", 0x0A: "oo", 0x0B: "ri",
    0x0E: "e", 0x0F: "e", 0x10: "ai", 0x12: "o", 0x13: "o", 0x14: "au",
}  # fmt: skip
_SIGNS = {  # vowel signs after a consonant
    0x3E: "aa", 0x3F: "i", 0x40: "ee", 0x41: "u", 0x42: "oo", 0x43: "ri", 0x46: "e",
    0x47: "e", 0x48: "ai", 0x4A: "o", 0x4B: "o", 0x4C: "au",
}  # fmt: skip
_VIRAMA = 0x4D
_ANUSVARA = 0x02
_VISARGA = 0x03
_NUKTA = 0x3C
_LONG_FINAL = {"aa": "f", "ee": "f"}  # the ending's gender (module docstring)
# given names of a man ending on a long ā ("राजा"): no ending rule for them
_MALE_AA = frozenset({"raja", "brahma", "atma", "neta", "pita", "data"})


def _block_offset(ch: str) -> int | None:
    code = ord(ch)
    return (code - _FIRST) % _BLOCK if _FIRST <= code <= _LAST else None


def romanise(word: str) -> tuple[str, str] | None:
    """(letters with every inherent vowel, the kind of the last sound: a vowel sign's letters,
    "a" for an inherent vowel, "" after a virama) of a word of one Indic script, else None."""
    out: list[str] = []
    last = ""
    pending = False  # a consonant whose inherent vowel is not yet written
    for ch in word:
        offset = _block_offset(ch)
        if offset is None:
            return None
        if offset in _CONSONANTS:
            if pending:
                out.append("a")
            out.append(_CONSONANTS[offset])
            pending, last = True, "a"
        elif offset in _SIGNS and pending:
            out.append(_SIGNS[offset])
            pending, last = False, _SIGNS[offset]
        elif offset == _VIRAMA and pending:
            pending, last = False, ""
        elif offset in _VOWELS:
            if pending:
                out.append("a")
            out.append(_VOWELS[offset])
            pending, last = False, _VOWELS[offset]
        elif offset == _ANUSVARA:
            if pending:
                out.append("a")
                pending = False
            out.append("\0")  # n, or m before a labial: settled below
            last = "n"
        elif offset in (_VISARGA, _NUKTA) or offset == 0x01:
            continue
        else:
            return None
    if pending:
        out.append("a")
    text = "".join(out)
    text = re.sub("\0(?=[pbmv])", "m", text).replace("\0", "n")
    return (text, last) if text else None


def _plain(letters: str) -> str:
    """Long vowels as names are spelt in Latin letters ("priyamvadaa": priyamvada)."""
    return letters.replace("aa", "a").replace("ee", "i").replace("oo", "u")


@lru_cache(maxsize=4096)
def given_gender(word: str, *, endings: bool = True) -> str:
    """f, m or u for a given name in an Indic script (module docstring); without ``endings``
    the tables alone answer (a word not yet known to be a name: "भारतीय" is no name)."""
    found = romanise(word)
    if found is None:
        return "u"
    letters, last = found
    candidates = [letters]
    if last == "a" and letters.endswith("a"):
        candidates.insert(0, letters[:-1])  # "rahula": rahul
    for candidate in candidates:
        for form in dict.fromkeys((_plain(candidate), candidate)):
            gender = name_gender(form)
            if gender in ("f", "m"):
                return gender
    if not endings or len(letters) < 4:
        return "u"
    if last in _LONG_FINAL and _plain(letters) not in _MALE_AA:
        return _LONG_FINAL[last]
    if last in ("a", ""):
        return "m"
    return "u"
