"""Fingerprint detection output so that speed work can prove findings did not change.

Run from the repository root::

    .venv/bin/python scripts/detect_fingerprint.py > /tmp/fp_before.txt
    # ... change detect/ ...
    .venv/bin/python scripts/detect_fingerprint.py | diff /tmp/fp_before.txt -

For each record set (30k generated Civitai items, the dev and held-out sets, the bundled sample
and, when ``../shared`` exists, the real 2023 catalog with ``poi`` cleared) and each lexicon
(none; a small invented one built from the sample's invented people) it prints one sha256 over
every finding's fields and full hit list, plus how many records and likeness findings it saw.
Nothing is written anywhere; real data is only read.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from dfaudit.detect.engine import Detector
from dfaudit.detect.evalsets import load_catalog, read_jsonl, record_of
from dfaudit.detect.findings import Finding
from dfaudit.detect.lexicon import Lexicon, parse_lexicon_text
from dfaudit.records import ModelRecord

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
CATALOG = SHARED / "realdata" / "civitai_catalog_2023_dev.jsonl.gz"
DEVSET = ROOT / "tests" / "devset"
SNAPSHOT = date(2025, 11, 1)
GENERATED_COUNT = 30_000
GENERATED_SEED = 7


def finding_tuple(model_id: str, finding: Finding) -> list[object]:
    """Everything a finding says, rounded where floats are involved."""
    return [
        model_id,
        finding.likeness,
        round(finding.likeness_score, 6),
        finding.target_key,
        finding.target_name,
        finding.target_gender,
        finding.prominence,
        finding.sexual_intent,
        round(finding.sexual_intent_score, 6),
        finding.minor_risk,
        list(finding.violation_ids),
        [
            [
                h.signal,
                h.aspect,
                round(h.score, 6),
                h.field,
                h.text,
                list(h.span) if h.span else None,
                h.note,
                h.value,
                h.feature,
            ]
            for h in finding.hits
        ],
    ]


def generated_records() -> Iterator[ModelRecord]:
    from dfaudit.sample.generate import iter_civitai_items
    from dfaudit.store.normalize import normalize_civitai_model

    for item in iter_civitai_items(GENERATED_COUNT, seed=GENERATED_SEED):
        yield normalize_civitai_model(item).model


def split_records(items_file: str, labels_file: str) -> Iterator[ModelRecord]:
    items = read_jsonl(DEVSET / items_file)
    labels = read_jsonl(DEVSET / labels_file)
    for raw, label in zip(items, labels, strict=True):
        yield record_of(raw, str(label.get("platform") or "civitai"))


def sample_records() -> Iterator[ModelRecord]:
    from dfaudit.sample.generate import load_sample

    sample = load_sample()
    for raw in sample.civitai_models:
        yield record_of(raw, "civitai")
    for raw in sample.hf_models:
        yield record_of(raw, "huggingface")


def catalog_records() -> Iterator[ModelRecord]:
    for item in load_catalog(CATALOG):
        yield item.record


def invented_lexicon() -> Lexicon:
    """A small lexicon of the sample's invented people (plus one invented character)."""
    from dfaudit.sample.content import make_people

    people = make_people(random.Random(2025), 80)[:25]
    entries = [{"name": f"{p.first} {p.last}", "gender": p.gender} for p in people]
    lexicon = parse_lexicon_text(json.dumps(entries), "poi", source="fingerprint")
    lexicon += parse_lexicon_text('["Mirela Quintavalle"]', "characters", source="fingerprint")
    return Lexicon(lexicon)


def fingerprint(records: list[ModelRecord], detector: Detector) -> tuple[str, int, int, float]:
    digest = hashlib.sha256()
    likeness = 0
    started = time.process_time()
    for record in records:
        finding = detector.detect(record, SNAPSHOT)
        likeness += finding.likeness
        row = finding_tuple(record.model_id, finding)
        digest.update(json.dumps(row, ensure_ascii=False, sort_keys=False).encode())
        digest.update(b"\n")
    return digest.hexdigest(), len(records), likeness, time.process_time() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="", help="comma-separated subset of set names")
    args = parser.parse_args(argv)
    sets = {
        "generated30k": generated_records,
        "dev": lambda: split_records("devset.jsonl", "labels.jsonl"),
        "holdout": lambda: split_records("holdout.jsonl", "holdout_labels.jsonl"),
        "sample": sample_records,
    }
    if CATALOG.exists():
        sets["catalog"] = catalog_records
    else:
        print("# ../shared absent: real catalog skipped", file=sys.stderr)
    wanted = [s for s in args.sets.split(",") if s] or list(sets)
    detectors = {"nolex": Detector(None), "lex": Detector(invented_lexicon())}
    for name in wanted:
        records = list(sets[name]())
        for lex_name, detector in detectors.items():
            digest, count, likeness, seconds = fingerprint(records, detector)
            print(f"{name:14s} {lex_name:6s} n={count:6d} likeness={likeness:6d} {digest}")
            print(
                f"# {name} {lex_name}: {seconds / max(count, 1) * 1e6:.1f} us/model",
                file=sys.stderr,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
