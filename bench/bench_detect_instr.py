"""Instructions of ``Detector.detect`` over N distinct real-shaped records, for callgrind.

The records (the real 2023 catalog's distinct records, ``../shared/realdata``) are normalised once
and pickled to ``--cache`` so that a run under valgrind spends its time in detection only; the
timed pass (the first N records, after an untimed warm-up on the next W) runs inside
``itertools.starmap`` and nothing else does, so callgrind counts it alone:

  valgrind --tool=callgrind --collect-atstart=no --toggle-collect=starmap_next \\
      --callgrind-out-file=OUT python bench/bench_detect_instr.py --n 300

("Collected" ÷ N is the instructions per record). Without valgrind it prints a CPU figure.
"""

from __future__ import annotations

import argparse
import pickle
import time
from collections import deque
from datetime import date
from itertools import starmap
from pathlib import Path

from dfaudit.detect.engine import Detector
from dfaudit.records import ModelRecord

CATALOG = (
    Path(__file__).resolve().parents[1]
    / ".."
    / "shared"
    / "realdata"
    / "civitai_catalog_2023_dev.jsonl.gz"
)
SNAPSHOT = date(2025, 11, 1)


def records(cache: Path, count: int) -> list[ModelRecord]:
    if cache.exists():
        loaded: list[ModelRecord] = pickle.loads(cache.read_bytes())
        if len(loaded) >= count:
            return loaded[:count]
    from dfaudit.detect.evalsets import load_catalog

    made = [item.record for item in load_catalog(CATALOG)][:count]
    cache.write_bytes(pickle.dumps(made))
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--warm", type=int, default=30)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/dfaudit_instr_records.pkl"))
    args = parser.parse_args()
    made = records(args.cache, args.n + args.warm)
    timed, warm = made[: args.n], made[args.n :]
    detector = Detector()
    for record in warm:
        detector.detect(record, SNAPSHOT)
    calls = [(record, SNAPSHOT) for record in timed]
    started = time.process_time()
    deque(starmap(detector.detect, calls), maxlen=0)
    spent = (time.process_time() - started) / max(len(timed), 1) * 1e6
    print(f"real-shaped n={len(timed)}  Detector.detect CPU per model: {spent:.0f} us")


if __name__ == "__main__":
    main()
