"""Build src/dfaudit/detect/data/proper_words.csv.gz (see data/NOTICE.md).

Build-time tool only (not a runtime dependency)::

    .venv/bin/pip download --no-deps english-words==2.0.2   # then unzip the wheel
    .venv/bin/python scripts/build_proper_words.py PATH/TO/UNZIPPED/WHEEL

``common_words.csv.gz`` holds the most frequent words of English running text; frequency alone
puts proper nouns among them (family names, places, brands). This script keeps the common words
that no English dictionary holds as an ordinary (lower-case) word, in any simple inflection:
neither Webster's Second International (``english-words``' ``web2`` list, public domain) nor
GCIDE (``gcide``) lists it, nor its stem before -s, -es, -ies, -ied, -ed, -ing, -er, -ers, -est,
-ly. Webster's capitalised entries (proper nouns) do not count as ordinary words; GCIDE
capitalises every head word, so its entries count. What stays is what frequency found and the
dictionaries do not know: proper nouns, and some slang and spellings, no ordinary word.

Writes ``proper_words.csv.gz`` (``word``): one folded word a line, sorted.
"""

from __future__ import annotations

import gzip
import io
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "dfaudit" / "detect" / "data"
SUFFIXES = ("ies", "ied", "es", "s", "ed", "ing", "ers", "er", "est", "ly")
MIN_LETTERS = 4  # a three-letter word is too often an abbreviation


def dictionary(wheel: Path) -> frozenset[str]:
    data = wheel / "english_words" / "data"
    web2 = pickle.loads((data / "web2_alpha.pickle").read_bytes())
    gcide = pickle.loads((data / "gcide_alpha.pickle").read_bytes())
    ordinary = {w for w in web2 if w.islower()}
    ordinary |= {w.lower() for w in gcide}
    return frozenset(ordinary)


def stems(word: str) -> list[str]:
    out = [word]
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            stem = word[: -len(suffix)]
            out += [stem, stem + "e"]
            if suffix in ("ies", "ied"):
                out.append(stem + "y")
            if len(stem) >= 2 and stem[-1] == stem[-2]:
                out.append(stem[:-1])  # "stopped", "bigger"
    return out


def main(wheel: str) -> None:
    words = dictionary(Path(wheel))
    common = gzip.decompress((DATA / "common_words.csv.gz").read_bytes()).decode().split("\n")
    proper = sorted(
        w
        for w in common[1:]
        if len(w) >= MIN_LETTERS and w.isalpha() and not any(s in words for s in stems(w))
    )
    buffer = io.StringIO()
    buffer.write("word\n")
    buffer.writelines(f"{w}\n" for w in proper)
    with gzip.GzipFile(DATA / "proper_words.csv.gz", "wb", mtime=0) as out:
        out.write(buffer.getvalue().encode())
    print(f"{len(proper)} proper words written to {DATA / 'proper_words.csv.gz'}")


if __name__ == "__main__":
    main(sys.argv[1])
