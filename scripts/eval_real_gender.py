"""Gender accuracy on hand-labelled real people of the 2023 Civitai catalog.

Run from the repository root::

    .venv/bin/python scripts/eval_real_gender.py            # dev labels
    .venv/bin/python scripts/eval_real_gender.py --prior     # with the catalog prior (off)
    .venv/bin/python scripts/eval_real_gender.py --part holdout  # once, at the end

Labels (``tests/devset/real_gender/<part>.jsonl``: ``{"model_id", "gender"}`` lines only,
``female`` / ``male`` / ``unsure``) were given from the metadata alone to the models labelled
``real`` in ``tests/devset/real_labels/`` (flagged and random samples). The catalog is read from
``../shared`` at run time with ``poi`` cleared; nothing from it is written anywhere.

Prints accuracy over all labelled real people and over those the detector flags as likeness,
each with a 95 % Wilson interval, and the confusion counts.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import dfaudit.detect.findings as findings
from dfaudit.detect.engine import Detector
from dfaudit.detect.evalsets import load_catalog
from dfaudit.detect.evaluate import wilson

ROOT = Path(__file__).resolve().parents[1]
CATALOG = ROOT / ".." / "shared" / "realdata" / "civitai_catalog_2023_dev.jsonl.gz"
LABELS = ROOT / "tests" / "devset" / "real_gender"


def read_labels(part: str) -> dict[str, str]:
    path = LABELS / f"{part}.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return {r["model_id"]: r["gender"] for r in rows if r["gender"] in ("female", "male")}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", default="dev", choices=("dev", "holdout"))
    parser.add_argument(
        "--prior",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="apply the catalog prior or not (default: findings.APPLY_GENDER_PRIOR, off)",
    )
    args = parser.parse_args(argv)
    if not CATALOG.exists():
        print("../shared/realdata is absent: nothing to score", file=sys.stderr)
        return 1
    if args.prior is not None:
        findings.APPLY_GENDER_PRIOR = args.prior
    labels = read_labels(args.part)
    detector = Detector()
    confusion: Counter[tuple[str, str, bool]] = Counter()
    for item in load_catalog(CATALOG):
        gender = labels.get(item.record.model_id)
        if gender is not None:
            found = detector.detect(item.record)
            confusion[(gender, found.target_gender, found.likeness)] += 1
    for name, keep in (("all labelled", lambda f: True), ("flagged as likeness", bool)):
        rows = {k: v for k, v in confusion.items() if keep(k[2])}
        n = sum(rows.values())
        ok = sum(v for (want, got, _), v in rows.items() if want == got)
        low, high = wilson(ok, n)
        print(f"{name:20} accuracy {ok / max(1, n):.3f} [{low:.3f}-{high:.3f}] ({ok}/{n})")
    merged: Counter[tuple[str, str]] = Counter()
    for (want, got, _), v in confusion.items():
        merged[(want, got)] += v
    print("label -> found:", ", ".join(f"{w}->{g} {v}" for (w, g), v in sorted(merged.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
