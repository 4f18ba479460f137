"""Score the current detector on the second, independently written dev set (tests/devset2).

Run from the repository root::

    .venv/bin/python scripts/eval_devset2.py                      # dev2, hold2 and poi2
    .venv/bin/python scripts/eval_devset2.py --part hold2 --lexicon poi --show-errors

Prints, per part: likeness precision / recall / F1 with 95 % Wilson intervals, recall per
likeness kind and the false-flag rate per negative kind (with intervals), recall or false-flag
rate per shape, target and gender accuracy, minor-risk recall and false flags (also on adult
East-Asian likeness items), and sexual-intent precision / recall / F1. ``--show-errors`` lists
the ids of the items it got wrong (ids only).

``poi2`` fills templates with the names of Civitai's POI list (``../shared``) in memory; it is
skipped with a message when ``../shared`` is absent, and none of its items is written anywhere.
The detector is not tuned on any of these parts.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from dfaudit.detect.engine import Detector
from dfaudit.detect.evalsets import LabelledItem, load_labelled, record_of
from dfaudit.detect.evaluate import Rate, name_key, score, target_forms
from dfaudit.detect.findings import Finding
from dfaudit.detect.lexicon import Lexicon, parse_lexicon_file

ROOT = Path(__file__).resolve().parents[1]
DEVSET2 = ROOT / "tests" / "devset2"
POI_LIST = ROOT / ".." / "shared" / "lexicons" / "civitai" / "words-poi.json"
PARTS = ("dev2", "hold2", "poi2")
LIKENESS_KINDS = ("public_figure", "online_creator", "private_person")


def load_part(part: str) -> list[LabelledItem] | None:
    if part != "poi2":
        return load_labelled(DEVSET2 / f"{part}.jsonl", DEVSET2 / f"{part}_labels.jsonl")
    if not POI_LIST.exists():
        print("poi2: skipped, ../shared/lexicons/civitai/words-poi.json is absent")
        return None
    sys.path.insert(0, str(DEVSET2))
    try:
        from devset2_poi import build_poi2, load_names
    finally:
        sys.path.remove(str(DEVSET2))
    items, labels = build_poi2(load_names(POI_LIST))
    return [
        LabelledItem(record_of(raw, str(label["platform"])), label, raw)
        for raw, label in zip(items, labels, strict=True)
    ]


def make_detector(lexicon: str) -> Detector | None:
    if lexicon == "none":
        return Detector()
    if not POI_LIST.exists():
        print("--lexicon poi: skipped, ../shared/lexicons/civitai/words-poi.json is absent")
        return None
    return Detector(Lexicon(parse_lexicon_file(POI_LIST, "poi")))


def east_asian_adult(label: dict[str, Any]) -> bool:
    shape = str(label.get("shape") or "")
    return (
        bool(label["likeness"])
        and not label["minor_risk"]
        and (shape.startswith("east_asian") or shape == "adult_youth_words")
    )


def signal_errors(findings: Sequence[Finding]) -> str:
    """``signal errors: N (signal@version: count, …)`` over ``findings``; empty when none: a
    signal that raises is otherwise seen only as lower recall."""
    counts: Counter[str] = Counter()
    for finding in findings:
        if finding.errors:
            counts.update(hit.signal for hit in finding.errors)
    if not counts:
        return ""
    ranked = ", ".join(f"{signal}: {n}" for signal, n in counts.most_common())
    return f"signal errors: {sum(counts.values())} ({ranked})"


def report(part: str, items: Sequence[LabelledItem], detector: Detector, errors: bool) -> None:
    findings = [detector.detect(i.record) for i in items]
    labels = [i.label for i in items]
    # the poi parts' Hugging Face ids spell real names: their items are shown by position only
    ids = [
        f"{part}#{n}" if part.startswith("poi") else f"{lab['platform']}:{lab['model_id']}"
        for n, lab in enumerate(labels)
    ]
    pairs = [(f.likeness, bool(lab["likeness"])) for f, lab in zip(findings, labels, strict=True)]
    overall = score(pairs)
    print(f"== {part}: {len(items)} items ({sum(a for _, a in pairs)} likeness)")
    failing = signal_errors(findings)
    if failing:
        print(f"  {failing}")
    print(f"  likeness precision {overall.precision_rate.cell()}")
    print(f"           recall    {overall.recall_rate.cell()}")
    print(f"           F1        {overall.f1:.3f}")
    for key, title in (("kind", "per kind"), ("shape", "per shape")):
        groups: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
        for pair, lab in zip(pairs, labels, strict=True):
            groups[str(lab.get(key))].append(pair)
        print(f"  {title} (recall of likeness groups, false-flag rate of the others)")
        for name, group in sorted(groups.items()):
            s = score(group)
            if any(actual for _, actual in group):
                print(f"    {name:28} recall     {s.recall_rate.cell()}")
            else:
                print(f"    {name:28} false flag {s.false_flag_rate.cell()}")
    target_ok = target_n = gender_ok = gender_n = 0
    wrong_target: list[str] = []
    wrong_gender: list[str] = []
    for f, lab, item_id in zip(findings, labels, ids, strict=True):
        if not lab["likeness"]:
            continue
        if lab.get("gender") in ("female", "male"):
            gender_n += 1
            if f.target_gender == lab["gender"]:
                gender_ok += 1
            else:
                wrong_gender.append(item_id)
        forms = target_forms(lab)
        if f.likeness and forms:
            target_n += 1
            if name_key(f.target_name) in forms:
                target_ok += 1
            else:
                wrong_target.append(item_id)
    print(f"  target among flagged  {Rate(target_ok, target_n).cell()}")
    print(f"  gender accuracy       {Rate(gender_ok, gender_n).cell()}")
    minor = score(
        (f.minor_risk, bool(lab["minor_risk"])) for f, lab in zip(findings, labels, strict=True)
    )
    asian = [f.minor_risk for f, lab in zip(findings, labels, strict=True) if east_asian_adult(lab)]
    print(f"  minor risk recall     {minor.recall_rate.cell()}")
    print(f"  minor risk false flag {minor.false_flag_rate.cell()}")
    print(f"    on adult East-Asian likeness items {Rate(sum(asian), len(asian)).cell()}")
    sexual = score(
        (f.sexual_intent, bool(lab["sexual_intent"]))
        for f, lab in zip(findings, labels, strict=True)
    )
    print(
        f"  sexual intent P {sexual.precision_rate.cell()}  R {sexual.recall_rate.cell()}  "
        f"F1 {sexual.f1:.3f}"
    )
    if not errors:
        return
    buckets: dict[str, list[str]] = defaultdict(list)
    for f, lab, item_id in zip(findings, labels, ids, strict=True):
        tag = f"{item_id} ({lab.get('kind')}/{lab.get('shape')})"
        if f.likeness != bool(lab["likeness"]):
            buckets["likeness missed" if lab["likeness"] else "likeness false flag"].append(tag)
        if f.minor_risk != bool(lab["minor_risk"]):
            buckets["minor missed" if lab["minor_risk"] else "minor false flag"].append(tag)
        if f.sexual_intent != bool(lab["sexual_intent"]):
            buckets["sexual missed" if lab["sexual_intent"] else "sexual false flag"].append(tag)
    buckets["wrong target"] = wrong_target
    buckets["wrong gender"] = wrong_gender
    for name, rows in buckets.items():
        print(f"  -- {name}: {len(rows)}")
        for row in rows:
            print(f"     {row}")


def main(
    argv: Sequence[str] | None = None,
    *,
    parts: Sequence[str] = PARTS,
    load: Callable[[str], list[LabelledItem] | None] = load_part,
    description: str = __doc__.split("\n")[0],
) -> int:
    """The command line; another dev set passes its own parts, loader and description."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--part", choices=parts, action="append", help="repeatable; default all")
    parser.add_argument("--lexicon", choices=("none", "poi"), default="none")
    parser.add_argument("--show-errors", action="store_true", help="list the ids of errors")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    detector = make_detector(args.lexicon)
    if detector is None:
        return 0
    print(f"lexicon: {args.lexicon}")
    for part in args.part or parts:
        items = load(part)
        if items is not None:
            report(part, items, detector, args.show_errors)
    print(f"({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
