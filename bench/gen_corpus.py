"""Write N synthetic Civitai model items (API shape) as JSONL, streaming in bounded memory.

Example: python bench/gen_corpus.py --n 30000 -o bench/out/civitai_30k.jsonl
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

from dfaudit.sample.generate import DEFAULT_SEED, iter_labeled_civitai_items


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=30_000, help="number of model items")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("-o", "--output", type=Path, required=True, help="JSONL of items")
    parser.add_argument("--labels", type=Path, help="also write the labels as JSONL here")
    args = parser.parse_args(argv)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    labels_handle = args.labels.open("w", encoding="utf-8") if args.labels else None
    size = 0
    with args.output.open("w", encoding="utf-8") as handle:
        for item, label in iter_labeled_civitai_items(args.n, args.seed):
            line = json.dumps(item, separators=(",", ":")) + "\n"
            size += len(line)
            handle.write(line)
            if labels_handle is not None:
                labels_handle.write(json.dumps(label.as_json(), sort_keys=True) + "\n")
    if labels_handle is not None:
        labels_handle.close()
    elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{args.n} items, {size / 1e6:.1f} MB in {elapsed:.1f} s "
        f"({args.n / max(elapsed, 1e-9):,.0f} items/s), peak RSS {peak_mb:.0f} MB",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
