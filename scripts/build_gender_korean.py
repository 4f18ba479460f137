"""Build src/dfaudit/detect/data/korean_given_gender.csv.gz: the gender of Korean given names,
with the share of women among the bearers of Korea's names in ``names-dataset`` corrected for
that data's lean to men, read only for the gender of a name detection has already taken as a
Korean person's (``findings.given_name``), never to find a name.

Why: ``names-dataset`` (MIT, (c) 2021 Philippe Rémy) counts far more men than women among the
bearers of hangul given names ranked in Korea (the mean female share, each name weighted by one
over the square root of its rank, is BASE ≈ 0.22, where Korea's names are borne by women and men
about equally), so a name borne mostly by women shows a share near one half ("서윤" 0.53, "지안"
0.57) and the East-Asian table (``build_name_tables.py``, f ≥ 0.8) marks it u. Each share ``p``
is corrected to ``p/B / (p/B + (1-p)/(1-B))`` with the measured base B: a name's odds against
the data's own odds, as if women and men were counted alike.

Rows ``kind,form,female,male``:

- ``name``: a two-syllable hangul given name ranked among Korea's RANK most common, and its
  Revised Romanization (``romanise_hangul``; the bearers of every name read so pooled, weighted
  by one over the square root of the rank), with ``female`` the corrected share and ``male`` 1
  minus it (two decimals);
- ``s1``, ``s2``: a hangul syllable, or its romanisation, as the first or the second syllable of
  those names, with the sums of the names' corrected female and male shares (one decimal): a
  given name the rows above lack votes with its two syllables (see ``findings._korean_gender``).

Leave-one-out on the names of a clear corrected gender (f ≥ SHARE or ≤ 1 - SHARE), the syllables'
vote is printed when the script runs.

Run (build time only; the package is no run-time dependency):
``pip install names-dataset==3.3.1``, then
``PYTHONPATH=src python scripts/build_gender_korean.py``.
"""

from __future__ import annotations

import gzip
import math
import pickle
import re
from collections import defaultdict
from pathlib import Path

from dfaudit.detect import east_asian

OUT = Path(__file__).resolve().parents[1] / "src" / "dfaudit" / "detect" / "data"
FILE = "korean_given_gender.csv.gz"
RANK = 20_000
SHARE = 0.8  # a clear gender, as the East-Asian table's
SYLLABLE_ODDS = 4.0  # the syllables' vote: the product of their odds, at least this or 1/this
HANGUL_TWO = re.compile("^[\uac00-\ud7a3]{2}$")


def _names() -> dict[str, dict[str, object]]:
    import names_dataset  # type: ignore[import-not-found]  # build time only

    path = Path(names_dataset.__file__).parent / "v3" / "first_names.pkl.gz"
    with gzip.open(path, "rb") as fh:
        data: dict[str, dict[str, object]] = pickle.load(fh)  # noqa: S301 (the package's own data)
    return data


def _share(info: dict[str, object]) -> float | None:
    genders = info.get("gender") or {}
    assert isinstance(genders, dict)
    female = float(genders.get("F", 0.0) or 0.0)
    male = float(genders.get("M", 0.0) or 0.0)
    return female / (female + male) if female + male else None


def corrected(share: float, base: float) -> float:
    """A female share measured where women are ``base`` of the bearers, as if half were."""
    f, m = share / base, (1 - share) / (1 - base)
    return f / (f + m)


def syllable_vote(
    parts: list[str], rows: dict[tuple[str, str], tuple[float, float]], odds: float
) -> str:
    """f, m or u: the product of each syllable's odds (its position's female and male sums,
    smoothed by one) must reach ``odds`` or 1/``odds``; a syllable never seen says nothing."""
    log = 0.0
    for kind, part in zip(("s1", "s2"), parts, strict=True):
        f, m = rows.get((kind, part), (0.0, 0.0))
        log += math.log((f + 1) / (m + 1))
    if log >= math.log(odds):
        return "f"
    if log <= -math.log(odds):
        return "m"
    return "u"


def main() -> None:
    data = _names()
    ranked: list[tuple[str, float, int]] = []
    for name, info in data.items():
        ranks = info.get("rank") or {}
        assert isinstance(ranks, dict)
        rank = ranks.get("KR")
        share = _share(info)
        if HANGUL_TWO.match(name) and rank is not None and rank <= RANK and share is not None:
            ranked.append((name, share, int(rank)))
    weights = [1 / math.sqrt(rank) for _, _, rank in ranked]
    base = sum(s * w for (_, s, _), w in zip(ranked, weights, strict=True)) / sum(weights)
    print(f"{len(ranked)} hangul given names ranked in KR; base female share {base:.3f}")
    names: dict[str, float] = {}
    pooled: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
    syllables: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0])
    for name, share, rank in ranked:
        p = corrected(share, base)
        names[name] = p
        weight = 1 / math.sqrt(rank)
        entry = pooled[east_asian.romanise_hangul(name)]
        entry[0] += p * weight
        entry[1] += weight
        for kind, ch in zip(("s1", "s2"), name, strict=True):
            for form in {ch, east_asian.romanise_hangul(ch)}:
                syllables[(kind, form)][0] += p
                syllables[(kind, form)][1] += 1 - p
    # leave-one-out of the syllables' vote on the names of a clear corrected gender
    right = wrong = undecided = 0
    for name, p in names.items():
        if 1 - SHARE < p < SHARE:
            continue
        rows = {}
        for kind, ch in zip(("s1", "s2"), name, strict=True):
            f, m = syllables[(kind, ch)]
            rows[(kind, ch)] = (f - p, m - (1 - p))
        vote = syllable_vote(list(name), rows, SYLLABLE_ODDS)
        if vote == "u":
            undecided += 1
        elif (vote == "f") == (p >= SHARE):
            right += 1
        else:
            wrong += 1
    print(f"syllables' vote, leave-one-out: {right} right, {wrong} wrong, {undecided} undecided")
    lines = ["kind,form,female,male"]
    for name, p in sorted(names.items()):
        lines.append(f"name,{name},{p:.2f},{1 - p:.2f}")
    for key, (total, weight) in sorted(pooled.items()):
        if key not in names:
            p = total / weight
            lines.append(f"name,{key},{p:.2f},{1 - p:.2f}")
    for (kind, form), (f, m) in sorted(syllables.items()):
        lines.append(f"{kind},{form},{f:.1f},{m:.1f}")
    raw = ("\n".join(lines) + "\n").encode("utf-8")
    (OUT / FILE).write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))
    print(f"wrote {len(lines) - 1} rows to {OUT / FILE}")


if __name__ == "__main__":
    main()
