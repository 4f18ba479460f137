"""List every gender error over the dev parts of sets 2–17, tallied by kind.

Run from the repository root::

    PYTHONPATH=src:scripts .venv/bin/python scripts/gender_errors.py
    PYTHONPATH=src:scripts .venv/bin/python scripts/gender_errors.py --sets 14,15 --parts hold

Gender is scored as the eval scripts score it: over likeness items labelled ``female`` or
``male``; a finding's ``unknown`` counts as an error. Each error prints as ``set  part  shape
truth  predicted  flagged/missed  item``; then the errors are tallied by shape family and by
whether the finding said ``unknown`` (silent) or the other gender (wrong; the worse kind). The
POI parts (real names) are skipped. Inspect one item by its id with the set's
``scripts/eval_devsetN.py --show-errors``.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections import Counter
from collections.abc import Sequence

from dfaudit.detect.engine import Detector

SETS = (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16, 17)  # a set whose script is absent: skipped
# Shape families, first match wins: a word of the shape name -> family.
FAMILIES = (
    (
        "east_asian",
        (
            "east_asian",
            "cjk",
            "hangul",
            "hanzi",
            "kanji",
            "korean",
            "idol",
            "kpop",
            "douyin",
            "donghua",
            "furigana",
            "pinyin",
            "cantonese",
            "japanese",
            "chinese",
            "kdrama",
            "katakana",
            "ea_",
        ),
    ),
    ("script", ("script", "cyrillic", "greek", "hebrew", "arabic", "devanagari", "indic", "thai")),
    ("trade", ("trade", "role", "job", "actor", "actress", "singer", "athlete", "anchor")),
    ("kin", ("kin", "sister", "married", "couple", "partner", "ate_kuya", "mbak", "relation")),
    ("pronoun", ("pronoun", "changelog", "they", "bio")),
    ("name", ("name", "given", "surname", "initial", "handle", "alias", "nickname")),
    ("creator", ("creator", "streamer", "influencer", "cosplay", "vtuber")),
    ("tags", ("tag", "boilerplate")),
)


def family(shape: str) -> str:
    for fam, words in FAMILIES:
        if any(word in shape for word in words):
            return fam
    return "other"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--sets", default=",".join(str(s) for s in SETS))
    parser.add_argument("--parts", default="dev,hold", help="part prefixes (dev, hold)")
    args = parser.parse_args(argv)
    prefixes = tuple(p.strip() for p in args.parts.split(",") if p.strip())
    detector = Detector()
    errors: list[tuple[str, str, str, str, str, str, str]] = []
    scored = 0
    for number in (int(s) for s in args.sets.split(",")):
        try:
            module = importlib.import_module(f"eval_devset{number}")
        except ModuleNotFoundError:
            print(f"set {number}: no scripts/eval_devset{number}.py here, skipped")
            continue
        for part in module.PARTS:
            if not part.startswith(prefixes):
                continue
            for item in module.load_part(part) or []:
                label = item.label
                truth = label.get("gender")
                if not label.get("likeness") or truth not in ("female", "male"):
                    continue
                scored += 1
                finding = detector.detect(item.record)
                found = finding.target_gender
                if found != truth:
                    shape = str(label.get("shape") or "")
                    item_id = f"{label.get('platform')}:{label.get('model_id')}"
                    flagged = "flagged" if finding.likeness else "missed"
                    errors.append(
                        (str(number), part, shape, str(truth), str(found), flagged, item_id)
                    )
    for row in errors:
        print("{:>3}  {:7} {:34} {:7} {:8} {:8} {}".format(*row))
    silent = sum(1 for row in errors if row[4] == "unknown")
    print(
        f"\n{len(errors)} errors over {scored} scored items: "
        f"{silent} unknown, {len(errors) - silent} wrong gender"
    )
    by_family: Counter[tuple[str, str]] = Counter(
        (family(row[2]), "unknown" if row[4] == "unknown" else "wrong") for row in errors
    )
    missed = sum(1 for row in errors if row[5] == "missed")
    print(f"{missed} of them on items the detector did not flag as likeness")
    print("by shape family (unknown / wrong):")
    for fam in sorted(
        {f for f, _ in by_family},
        key=lambda f: -sum(n for (g, _), n in by_family.items() if g == f),
    ):
        print(f"  {fam:12} {by_family[(fam, 'unknown')]:4} {by_family[(fam, 'wrong')]:4}")
    by_shape = Counter(row[2] for row in errors)
    print(
        "shapes with 2+ errors:", ", ".join(f"{s} {n}" for s, n in by_shape.most_common() if n > 1)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
