"""Time and request count of a full crawl of the bundled sample platform on loopback.

Usage: python bench/bench_crawl.py [--fault-rate 0.1] [--db PATH]

Runs the same crawlers `dfaudit audit --sample` runs (Civitai models, bounties, Hugging Face)
against the sample server, optionally with a share of requests answered by 429s, 5xx, bodies
cut short and slow answers, and prints one line per crawl plus the totals.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from dfaudit.audit import SAMPLE_CLIENT
from dfaudit.collect.crawl import collect_bounties, collect_civitai, collect_huggingface
from dfaudit.sample.faults import FaultPlan
from dfaudit.sample.generate import load_sample
from dfaudit.sample.server import SampleServer
from dfaudit.store import open_store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fault-rate", type=float, default=0.0)
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args()
    faults = FaultPlan.uniform(args.fault_rate, seed=1) if args.fault_rate else None
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "crawl.duckdb"
        sample = load_sample()
        with SampleServer(sample, faults=faults) as server, open_store(db) as store:
            started = time.monotonic()
            summaries = [
                collect_civitai(store, site=server.url, options=SAMPLE_CLIENT, progress=False),
                collect_bounties(store, site=server.url, options=SAMPLE_CLIENT, progress=False),
                collect_huggingface(
                    store, endpoint=server.url, options=SAMPLE_CLIENT, progress=False
                ),
            ]
            elapsed = time.monotonic() - started
            served = len(server.requests)
        for summary in summaries:
            print(summary.line())
        requests = sum(s.requests for s in summaries)
        items = sum(s.items for s in summaries)
        print(
            f"total: {items} items, {requests} requests by the client "
            f"({served} seen by the server), {elapsed:.2f} s, fault rate {args.fault_rate}"
        )


if __name__ == "__main__":
    main()
