"""Build src/dfaudit/detect/data/first_names.csv.gz from the nomquamgender package's name table.

nomquamgender (MIT licence, (c) 2022 Ian Van Buskirk) bundles first-name → p(female) counts
aggregated from public name registers. We keep only plain ASCII first names seen often enough to
be a real first name (count >= MIN_COUNT in >= MIN_SOURCES sources), with a gender letter:
f (p >= 0.9), m (p <= 0.1) or u (in between), and the count rounded to two significant digits.

``word`` = 1 marks a first name that is also a frequent ordinary word ("can", "will", "lo",
"della", "park"): its Zipf frequency in running text (``wordfreq``, at build time only) reaches
WORD_ZIPF in one of WORD_LANGUAGES and exceeds log10 of the number of people bearing it by
WORD_MARGIN or more, so the word is read far more often than the name. Detection reads such a
name only when it is capitalised or stands beside a known surname (``detect/names.py``); common
first names are not flagged however often they are written ("anna", "charles", "tony").

It also writes ``common_words.csv.gz``: the COMMON_WORDS most frequent English words of
``wordfreq`` (letters only, three or more), so that a capitalised pair such as "Rose Garden" or
"Crystal Palace" is not read as a name while "Bill Hadrow" is (``detect/names.py``).

Run: ``pip download --no-deps nomquamgender==0.1.4`` and ``pip install wordfreq==3.1.1``, then
``python scripts/build_first_names.py PATH/TO/nomquamgender-0.1.4-py3-none-any.whl``.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import math
import re
import sys
import zipfile
from pathlib import Path

MIN_COUNT = 800
MIN_SOURCES = 10
OUT = Path(__file__).resolve().parents[1] / "src" / "dfaudit" / "detect" / "data"
PLAIN = re.compile(r"^[a-z]{2,15}$")
COMMON_WORDS = 30_000
WORD_LANGUAGES = ("en", "es", "fr", "de", "it", "pt", "nl")
WORD_ZIPF = 4.5  # about 30 per million words of running text
WORD_MARGIN = 0.5  # Zipf frequency minus log10(count of people with the name)


def _is_word(name: str, count: int) -> bool:
    from wordfreq import zipf_frequency

    best = max(zipf_frequency(name, language) for language in WORD_LANGUAGES)
    return best >= WORD_ZIPF and best - math.log10(count) >= WORD_MARGIN


def _round2(value: int) -> int:
    digits = len(str(value))
    return round(value, -(digits - 2)) if digits > 2 else value


def main(wheel: str) -> None:
    with zipfile.ZipFile(wheel) as archive:
        data = json.loads(archive.read("nomquamgender/name_data.json"))
    rows = []
    for name, info in data.items():
        sources, count, p_female = info[0], info[1], info[2]
        if not PLAIN.match(name) or count < MIN_COUNT or sources < MIN_SOURCES:
            continue
        gender = "f" if p_female >= 0.9 else "m" if p_female <= 0.1 else "u"
        rows.append((name, gender, _round2(int(count)), int(_is_word(name, int(count)))))
    rows.sort()
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["name", "gender", "count", "word"])
    writer.writerows(rows)
    OUT.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(OUT / "first_names.csv.gz", "wb", mtime=0) as out:
        out.write(buffer.getvalue().encode())
    from wordfreq import top_n_list

    common = sorted(
        {w for w in top_n_list("en", COMMON_WORDS) if w.isalpha() and w.isascii() and len(w) >= 3}
    )
    buffer = io.StringIO()
    buffer.write("word\n")
    buffer.writelines(f"{w}\n" for w in common)
    with gzip.GzipFile(OUT / "common_words.csv.gz", "wb", mtime=0) as out:
        out.write(buffer.getvalue().encode())
    print(f"{len(common)} common words written to {OUT / 'common_words.csv.gz'}")
    words = sum(row[3] for row in rows)
    print(f"{len(rows)} names ({words} also words) written to {OUT / 'first_names.csv.gz'}")


if __name__ == "__main__":
    main(sys.argv[1])
