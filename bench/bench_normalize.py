"""The ingest workers' normaliser: CPU per model, and how much a memo per distinct text can save.

Run from the repository root (``../shared`` holds the real 2023 catalog):

  .venv/bin/python bench/bench_normalize.py --corpus real30k.jsonl --limit 6000
  DFAUDIT_PURE=1 .venv/bin/python bench/bench_normalize.py --corpus real30k.jsonl --limit 6000

It prints whether ``store/normalize.py`` runs compiled (mypyc, ``DFAUDIT_COMPILE=1``) or from
source; then, for the real catalog: how often a description or version note repeats (what a
memo keyed on the text can save on a real census, as opposed to the replicated corpus, where
every text comes back once per copy) and the CPU of ``html_to_text`` per model, uncached and
as a memo hit; then, for the first ``--limit`` lines of ``--corpus``: the CPU per model of
``civitai_model_rows`` (as the ingest workers call it) with the description memo emptied
first ("cold") and kept ("warm"), best of ``--rounds``, and a digest of what it returned
(equal across builds: the compiled normaliser must return the same records).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import time
from collections import Counter
from pathlib import Path
from typing import Any

import msgspec

import dfaudit.store.normalize as normalize

CATALOG = (
    Path(__file__).resolve().parents[1]
    / ".."
    / "shared"
    / "realdata"
    / "civitai_catalog_2023_dev.jsonl.gz"
)


def _repeats(counts: Counter[str]) -> str:
    total = sum(counts.values())
    share = (total - len(counts)) / max(total, 1)
    return f"{total:,} texts, {len(counts):,} distinct: {share:.1%} repeats"


def catalog_figures(items: list[dict[str, Any]]) -> None:
    descriptions: Counter[str] = Counter()
    notes: Counter[str] = Counter()
    for item in items:
        text = item.get("description")
        if isinstance(text, str) and text:
            descriptions[text] += 1
        for version in item.get("modelVersions") or []:
            note = version.get("description") if isinstance(version, dict) else None
            if isinstance(note, str) and note:
                notes[note[: normalize.MAX_VERSION_NOTES_CHARS]] += 1
    print(f"real catalog: {len(items):,} models")
    print(f"  descriptions: {_repeats(descriptions)}")
    print(f"  version notes: {_repeats(notes)}")
    for name, texts in (("descriptions", list(descriptions)), ("version notes", list(notes))):
        normalize._HTML_MEMO.clear()
        started = time.process_time()
        for text in texts:
            normalize.html_to_text(text)
        cold = time.process_time() - started
        started = time.process_time()
        for text in texts:
            normalize.html_to_text(text)
        warm = time.process_time() - started
        per = 1e6 / len(items)
        print(
            f"  html_to_text of its {name}: {cold * per:.1f} us per model uncached, "
            f"{warm * per:.2f} us as memo hits"
        )


def corpus_figures(path: Path, limit: int, rounds: int) -> None:
    decode = msgspec.json.Decoder().decode
    with path.open("rb") as handle:
        lines = [line for _, line in zip(range(limit), handle, strict=False)]
    items = [decode(line) for line in lines]
    results: dict[str, float] = {}
    out: list[Any] = []
    for label, clear in (("cold", True), ("warm", False)):
        best = float("inf")
        for _ in range(rounds):
            if clear:
                normalize._HTML_MEMO.clear()
            started = time.process_time()
            out = [
                normalize.civitai_model_rows(item, raw_bytes=line)
                for item, line in zip(items, lines, strict=True)
            ]
            best = min(best, time.process_time() - started)
        results[label] = best / len(items) * 1e6
    digest = hashlib.sha256()
    encode = msgspec.msgpack.Encoder().encode
    for rows in out:
        digest.update(encode(rows.model))
        digest.update(repr((rows.files, rows.images, rows.raw_sha256)).encode())
    print(
        f"{path.name}, first {len(items):,} models: civitai_model_rows {results['cold']:.1f} us "
        f"per model with the description memo emptied, {results['warm']:.1f} us with it warm "
        f"(best of {rounds}); output digest {digest.hexdigest()[:16]}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=None, help="a JSONL corpus")
    parser.add_argument("--limit", type=int, default=6000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    compiled = not str(normalize.__file__).endswith(".py")
    print(f"store/normalize.py runs {'compiled' if compiled else 'from source'}")
    if CATALOG.exists():
        with gzip.open(CATALOG, "rb") as handle:
            decode = msgspec.json.Decoder().decode
            catalog_figures([decode(line) for line in handle if line.strip()])
    else:
        print("../shared absent: the real catalog's figures are skipped")
    if args.corpus is not None:
        corpus_figures(args.corpus, args.limit, args.rounds)


if __name__ == "__main__":
    main()
