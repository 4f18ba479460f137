"""Memory of detection in one process over many models (do its caches level off?).

Usage: python bench/bench_detect_memory.py [N]   (default 150,000 generated models)
Prints the peak RSS every 30,000 models and the size of the detector's caches at the end.
"""

from __future__ import annotations

import resource
import sys
import time

from dfaudit.detect import names, text
from dfaudit.detect.engine import Detector, finding_row
from dfaudit.sample.generate import iter_civitai_items
from dfaudit.store.normalize import normalize_civitai_model


def peak_mb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def main(n: int) -> None:
    detector = Detector()
    started = time.process_time()
    for index, item in enumerate(iter_civitai_items(n, seed=3)):
        finding_row(detector.detect(normalize_civitai_model(item).model))
        if index % 30_000 == 0:
            print(f"{index:>9,} models: peak RSS {peak_mb():,} MB", flush=True)
    print(f"{n:>9,} models: peak RSS {peak_mb():,} MB, {time.process_time() - started:.1f} s CPU")
    for module in (names, text):
        for name, value in vars(module).items():
            if hasattr(value, "cache_info"):
                print(f"  cache {module.__name__}.{name}: {value.cache_info().currsize:,} entries")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 150_000)
