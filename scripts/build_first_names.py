"""Build src/dfaudit/detect/data/first_names.csv.gz from the nomquamgender package's name table.

nomquamgender (MIT licence, (c) 2022 Ian Van Buskirk) bundles first-name → p(female) counts
aggregated from public name registers. We keep only plain ASCII first names seen often enough to
be a real first name (count >= MIN_COUNT in >= MIN_SOURCES sources), with a gender letter:
f (p >= 0.9), m (p <= 0.1) or u (in between), and the count rounded to two significant digits.
(The name finder reads a name of a clear gender as a common one: these letters stay strict.)

``word`` = 1 marks a first name that is also a frequent ordinary word ("can", "will", "lo",
"della", "park"): its Zipf frequency in running text (``wordfreq``, at build time only) reaches
WORD_ZIPF in one of WORD_LANGUAGES and exceeds log10 of the number of people bearing it by
WORD_MARGIN or more, so the word is read far more often than the name. Detection reads such a
name only when it is capitalised or stands beside a known surname (``detect/names.py``); common
first names are not flagged however often they are written ("anna", "charles", "tony").

It also writes ``first_names_gender.csv.gz`` (``name,gender``), read only for the gender of a
name detection has already taken as a person's (``names.name_gender``), never to find a name:
- the names of the table above marked u that lean one way: their female share is the mean of
  nomquamgender's p and the female share ``names-dataset`` (MIT, (c) 2021 Philippe Rémy) gives
  over all its countries (p alone where it lacks the name), and the letter is its majority when
  guessing that majority is right at least LEAN times in ten by both sources together
  (f >= LEAN, m <= LEAN_MALE): a name like Blythe or Maricel (mostly women's in both sources)
  is f, one the sources disagree on (Briar, Star) is left out;
- the first names of ``names-dataset`` that the table above lacks (plain letters, three or
  more), ranked among some country's GENDER_RANK most common, whose female share over all
  countries is at least STRONG (f) or at most STRONG_MALE (m).

It also writes ``common_words.csv.gz``: the COMMON_WORDS most frequent English words of
``wordfreq`` (letters only, three or more), so that a capitalised pair such as "Rose Garden" or
"Crystal Palace" is not read as a name while "Bill Hadrow" is (``detect/names.py``).

Run: ``pip download --no-deps nomquamgender==0.1.4`` and ``pip install wordfreq==3.1.1
names-dataset==3.3.1``, then
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
STRONG = 0.9  # nomquamgender's p alone decides at this share or beyond (f) ...
STRONG_MALE = 0.1  # ... or at this one or below (m); written out: 1 - 0.9 is not 0.1 in floats
LEAN = 0.7  # the mean share of both sources decides at this share or beyond (f) ...
LEAN_MALE = 0.3  # ... or at this one or below (m)
GENDER_RANK = 10_000
GENDER_PLAIN = re.compile(r"^[a-z]{3,15}$")


def _gender_only(known: set[str]) -> list[tuple[str, str]]:
    """Rows of ``first_names_gender.csv.gz`` (module docstring)."""
    import gzip
    import pickle

    import names_dataset

    data = Path(names_dataset.__file__).parent / "v3" / "first_names.pkl.gz"
    with gzip.open(data, "rb") as handle:
        first = pickle.load(handle)  # noqa: S301 - the package's own data file
    out: dict[str, str] = {}
    for name, info in first.items():
        key = name.lower()
        ranks = info.get("rank") or {}
        if not GENDER_PLAIN.match(key) or key in known or key in out:
            continue
        if not ranks or min(ranks.values()) > GENDER_RANK:
            continue
        genders = info.get("gender") or {}
        female = float(genders.get("F", 0.0) or 0.0)
        male = float(genders.get("M", 0.0) or 0.0)
        if female + male == 0:
            continue
        share = female / (female + male)
        if share >= STRONG or share <= STRONG_MALE:
            out[key] = "f" if share >= STRONG else "m"
    return sorted(out.items())


def _dataset_shares() -> dict[str, float]:
    """Female share of each first name (lower case) in ``names-dataset``, over all countries."""
    import gzip
    import pickle

    import names_dataset

    data = Path(names_dataset.__file__).parent / "v3" / "first_names.pkl.gz"
    with gzip.open(data, "rb") as handle:
        first = pickle.load(handle)  # noqa: S301 - the package's own data file
    shares: dict[str, float] = {}
    for name, info in first.items():
        genders = info.get("gender") or {}
        female = float(genders.get("F", 0.0) or 0.0)
        male = float(genders.get("M", 0.0) or 0.0)
        key = name.lower()
        if female + male > 0 and PLAIN.match(key) and key not in shares:
            shares[key] = female / (female + male)
    return shares


def gender_letter(p_female: float, dataset_share: float | None) -> str:
    """f | m | u for a name of nomquamgender's p and names-dataset's share (module docstring)."""
    if p_female >= STRONG:
        return "f"
    if p_female <= STRONG_MALE:
        return "m"
    share = p_female if dataset_share is None else (p_female + dataset_share) / 2
    return "f" if share >= LEAN else "m" if share <= LEAN_MALE else "u"


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
    shares = _dataset_shares()
    leaning: dict[str, str] = {}
    for name, info in data.items():
        sources, count, p_female = info[0], info[1], info[2]
        if not PLAIN.match(name) or count < MIN_COUNT or sources < MIN_SOURCES:
            continue
        gender = "f" if p_female >= STRONG else "m" if p_female <= STRONG_MALE else "u"
        if gender == "u":
            leaning[name] = gender_letter(float(p_female), shares.get(name))
        rows.append((name, gender, _round2(int(count)), int(_is_word(name, int(count)))))
    rows.sort()
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["name", "gender", "count", "word"])
    writer.writerows(rows)
    OUT.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(OUT / "first_names.csv.gz", "wb", mtime=0) as out:
        out.write(buffer.getvalue().encode())
    gender_rows = sorted(
        [(name, g) for name, g in leaning.items() if g != "u"]
        + _gender_only({row[0] for row in rows})
    )
    buffer = io.StringIO()
    buffer.write("name,gender\n")
    buffer.writelines(f"{name},{gender}\n" for name, gender in gender_rows)
    with gzip.GzipFile(OUT / "first_names_gender.csv.gz", "wb", mtime=0) as out:
        out.write(buffer.getvalue().encode())
    print(f"{len(gender_rows)} names written to {OUT / 'first_names_gender.csv.gz'}")
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
