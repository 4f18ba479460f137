"""Build src/dfaudit/detect/data/first_names_gender_more.csv.gz: a second, larger first-name ->
gender table, read only for the gender of a name detection has already taken as a person's
(``names.name_gender``), after the bundled tables, never to find a name.

Rows are ``name,gender`` (f or m), sorted, the name folded as ``text.fold`` folds it (accents
dropped, lower case; Indic and Thai vowel signs kept). A name is kept when none of the other
bundled first-name tables holds it and its evidence is clear:

- ``names-dataset`` (MIT, (c) 2021 Philippe Rémy): a one-word first name (two letters or more in
  a non-Latin script, three or more in Latin letters) ranked among some country's RANK most
  common (among its RANK_ALONE most common when no other country's data holds it) whose female
  share over all countries is at least SHARE (f) or at most 1 - SHARE (m).
  Names in every script the dataset holds are kept (Devanagari, Bengali, Tamil, Thai, Arabic,
  Cyrillic, Greek, Hebrew...): the East-Asian scripts excepted (their own tables read them).
- ``nomquamgender`` (MIT, (c) 2022 Ian Van Buskirk): a plain name seen at least NQG_COUNT
  times in NQG_SOURCES sources or more, whose p(female) is at least SHARE or at most 1 - SHARE
  (a name both sources hold takes the mean of the two shares).

Run (build time only; neither package is a run-time dependency):
``pip download --no-deps nomquamgender==0.1.4`` and ``pip install names-dataset==3.3.1``, then
``PYTHONPATH=src python scripts/build_gender_more.py PATH/TO/nomquamgender-0.1.4-py3-none-any.whl``.
"""

from __future__ import annotations

import gzip
import json
import pickle
import re
import sys
import zipfile
from pathlib import Path

from dfaudit.detect import east_asian
from dfaudit.detect.text import fold

VERSION = 1  # of the table: names.GENDER_MORE_VERSION reads the same number
OUT = Path(__file__).resolve().parents[1] / "src" / "dfaudit" / "detect" / "data"
RANK = 30_000
RANK_ALONE = 3_000
COUNTRIES = 2
SHARE = 0.9
NQG_COUNT = 200
NQG_SOURCES = 3
LATIN = re.compile(r"^[a-z]{3,15}$")
EAST_ASIAN = re.compile("[\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _letters_ok(key: str) -> bool:
    if key.isascii():
        return LATIN.match(key) is not None
    if EAST_ASIAN.search(key) or any(c.isdigit() or c in " -'." for c in key):
        return False
    if any("a" <= c <= "z" for c in key):
        return False
    return 2 <= len(key) <= 16


def _known() -> set[str]:
    known = {row[0] for row in east_asian.data_rows("first_names.csv.gz", 4)}
    known |= {row[0] for row in east_asian.data_rows("first_names_world.csv.gz", 3)}
    known |= {line.split(",")[0] for line in east_asian.data_lines("first_names_gender.csv.gz")}
    return known


def _dataset() -> dict[str, tuple[float, float]]:
    """Folded name -> (female share, weight) of names-dataset's ranked first names."""
    import names_dataset

    data = Path(names_dataset.__file__).parent / "v3" / "first_names.pkl.gz"
    with gzip.open(data, "rb") as handle:
        first = pickle.load(handle)  # noqa: S301 - the package's own data file
    out: dict[str, tuple[float, float]] = {}
    for name, info in first.items():
        ranks = info.get("rank") or {}
        if not ranks or min(ranks.values()) > RANK:
            continue
        if len(info.get("country") or {}) < COUNTRIES and min(ranks.values()) > RANK_ALONE:
            continue  # a rarer name seen in one country's data alone: often a stray token
        key = fold(name)
        if not _letters_ok(key):
            continue
        genders = info.get("gender") or {}
        female = float(genders.get("F", 0.0) or 0.0)
        male = float(genders.get("M", 0.0) or 0.0)
        if female + male == 0:
            continue
        weight = 1.0 / min(ranks.values())
        share = female / (female + male)
        if key in out:  # spellings that fold alike: weighted by their best rank
            old, old_weight = out[key]
            share = (old * old_weight + share * weight) / (old_weight + weight)
            weight += old_weight
        out[key] = (share, weight)
    return out


def main(wheel: str) -> None:
    known = _known()
    shares = {k: s for k, (s, _w) in _dataset().items()}
    with zipfile.ZipFile(wheel) as archive:
        nqg = json.loads(archive.read("nomquamgender/name_data.json"))
    for name, info in nqg.items():
        sources, count, p_female = info[0], info[1], float(info[2])
        if not LATIN.match(name) or count < NQG_COUNT or sources < NQG_SOURCES:
            continue
        shares[name] = (shares[name] + p_female) / 2 if name in shares else p_female
    rows = sorted(  # as lines: the reader bisects them (names.py)
        f"{key},{'f' if share >= SHARE else 'm'}\n"
        for key, share in shares.items()
        if key not in known and (share >= SHARE or share <= 1 - SHARE)
    )
    body = "".join(rows)
    with gzip.GzipFile(OUT / "first_names_gender_more.csv.gz", "wb", mtime=0) as out:
        out.write(("name,gender\n" + body).encode())
    print(f"{len(rows)} names written to {OUT / 'first_names_gender_more.csv.gz'}")


if __name__ == "__main__":
    main(sys.argv[1])
