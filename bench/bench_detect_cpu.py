"""CPU per model of ``Detector.detect`` on N generated and N real-shaped records.

Generated records come from ``dfaudit.sample.generate`` (invented people, seed 3); real-shaped
ones are the distinct records of the real 2023 catalog in ``../shared/realdata`` (read at run
time; skipped with a message when absent), at most N of them. Every record is detected once, in
one process, after an untimed warm-up on 200 other records (module-level tables loaded; the
timed pass sees every text for the first time, as a census does), with ``time.process_time``
(CPU, not wall: the machine is shared). ``--repeat R`` runs the timed pass R times (later passes
hit the per-text caches); ``--profile`` prints the top of a cProfile instead, timed in CPU
(``process_time``: cProfile's default wall clock charges each callee with whatever other
processes ran meanwhile, which on a loaded machine makes C calls look many times dearer than
they are). ``--gc-paused`` runs the timed pass with the garbage collector off, as the pipeline's
workers detect (``dfaudit.parallel.gc_paused``); without it the figures include collections,
as the earlier rounds' did. On a shared machine, count instructions of the timed pass alone
instead of CPU time (repeatable to <1 %): ``valgrind --tool=callgrind --collect-atstart=no
--toggle-collect=starmap_next python bench/bench_detect_cpu.py --n 300 --only real`` (the
"Collected" total divided by N).

Examples:
  python bench/bench_detect_cpu.py --n 5000
  python bench/bench_detect_cpu.py --n 3000 --repeat 3 --only real
  python bench/bench_detect_cpu.py --n 3000 --only generated --profile
  python bench/bench_detect_cpu.py --n 1000 --only real --profile --gc-paused
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections import deque
from contextlib import AbstractContextManager, nullcontext
from datetime import date
from itertools import starmap
from pathlib import Path

from dfaudit.detect.engine import Detector
from dfaudit.parallel import gc_paused
from dfaudit.records import ModelRecord

CATALOG = (
    Path(__file__).resolve().parents[1]
    / ".."
    / "shared"
    / "realdata"
    / "civitai_catalog_2023_dev.jsonl.gz"
)
SNAPSHOT = date(2025, 11, 1)


def generated(n: int) -> list[ModelRecord]:
    from dfaudit.sample.generate import iter_civitai_items
    from dfaudit.store.normalize import normalize_civitai_model

    return [normalize_civitai_model(item).model for item in iter_civitai_items(n, seed=3)]


def real_shaped(n: int) -> list[ModelRecord]:
    from dfaudit.detect.evalsets import load_catalog

    return [item.record for item in load_catalog(CATALOG)][:n]


def run(detector: Detector, records: list[ModelRecord]) -> float:
    calls = [(record, SNAPSHOT) for record in records]
    started = time.process_time()
    # The timed pass runs inside itertools.starmap and nothing else does, so that callgrind can
    # count its instructions alone (--collect-atstart=no --toggle-collect=starmap_next).
    deque(starmap(detector.detect, calls), maxlen=0)
    return (time.process_time() - started) / max(len(records), 1) * 1e6


def paused(on: bool) -> AbstractContextManager[None]:
    return gc_paused() if on else nullcontext()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--only", choices=["generated", "real"], default=None)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--gc-paused", action="store_true", help="timed pass with GC off")
    args = parser.parse_args()
    sets = {"generated": generated, "real": real_shaped}
    if not CATALOG.exists():
        print("# ../shared absent: real-shaped records skipped", file=sys.stderr)
        del sets["real"]
    for name, make in sets.items():
        if args.only and name != args.only:
            continue
        records = make(args.n + 200)
        records, warm = records[:-200], records[-200:]
        detector = Detector()
        for record in warm:
            detector.detect(record, SNAPSHOT)
        if args.profile:
            profile = cProfile.Profile(time.process_time)
            with paused(args.gc_paused):
                profile.enable()
                run(detector, records)
                profile.disable()
            print(f"== {name}, {len(records)} records")
            pstats.Stats(profile).sort_stats("tottime").print_stats(30)
            continue
        with paused(args.gc_paused):
            figures = [run(detector, records) for _ in range(args.repeat)]
        shown = ", ".join(f"{f:.0f}" for f in figures)
        print(f"{name:10s} n={len(records):6d}  Detector.detect CPU per model: {shown} us")


if __name__ == "__main__":
    main()
