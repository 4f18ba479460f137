"""What a detection worker costs before it is useful: its CPU once started (imports, detector
built) and after its first real-shaped records, forked from the fork server or spawned.

Run from the repository root (compare the start methods; bench/README.md, ninth round):

  .venv/bin/python bench/bench_worker_start.py --corpus real30k.jsonl
  DFAUDIT_START_METHOD=spawn .venv/bin/python bench/bench_worker_start.py --corpus real30k.jsonl

One worker is started as an import starts its workers (``dfaudit.parallel.spawn_pool`` with the
import's and detection's modules to preload, and detection's initialiser); it reports its own
``time.process_time()`` (a forked child's starts at zero) right after it started, then after
detecting the corpus's first ``--records`` models. The fork server's own CPU (its imports, paid
once per command for every worker) is printed beside it.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from datetime import date
from pathlib import Path

import msgspec

from dfaudit.detect import engine
from dfaudit.parallel import spawn_pool, start_method
from dfaudit.store.normalize import civitai_model_rows

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_process import live_children_cpu  # type: ignore[import-not-found]  # noqa: E402


def main(corpus: Path, records: int, repeats: int) -> None:
    with corpus.open("rb") as handle:
        lines = list(itertools.islice(handle, records))
    blobs = [
        engine._encode_record(civitai_model_rows(msgspec.json.decode(line)).model) for line in lines
    ]
    preload = ("dfaudit.collect.prepare", *engine.worker_modules())
    for _ in range(repeats):
        with spawn_pool(1, engine._init_worker, (None,), preload=preload) as pool:
            started = pool.submit(time.process_time).result()
            pool.submit(engine._detect_blobs, blobs, date(2026, 12, 1)).result()
            warmed = pool.submit(time.process_time).result()
        print(
            f"{start_method()}: worker CPU {started:.3f} s once started, {warmed:.3f} s after "
            f"its first {len(blobs)} records; the fork server with the workers it reaped so far "
            f"{live_children_cpu(True):.2f} s",
            flush=True,
        )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True, help="a Civitai JSONL corpus")
    parser.add_argument("--records", type=int, default=100)
    parser.add_argument("--repeats", type=int, default=2, help="workers started one after another")
    args = parser.parse_args()
    main(args.corpus, args.records, args.repeats)
