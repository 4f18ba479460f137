"""Worst-case inputs for detection: one hostile record per case, timed per signal.

Usage: python bench/bench_detect_worst.py [SIZE]   (default 1,000,000 characters)

Each case is a model record with one field blown up to SIZE characters (a single-token name, a
single-token trigger word, long words in file names, tags, description, training metadata, …).
Prints the time of ``Detector.detect`` on it and the slowest signal. Every case should take well
under a second: signals read a bounded view of the record (``dfaudit.detect.fields``), and
their patterns are linear.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from dfaudit.detect.engine import Detector
from dfaudit.detect.fields import bounded
from dfaudit.records import ModelRecord


def base(**changes: object) -> ModelRecord:
    values: dict[str, object] = {
        "platform": "civitai",
        "model_id": "1",
        "url": "https://civitai.invalid/models/1",
        "name": "Model",
        "model_type": "LORA",
    }
    values.update(changes)
    return ModelRecord(**values)  # type: ignore[arg-type]


def cases(size: int) -> dict[str, Callable[[], ModelRecord]]:
    word = "annamiller" * (size // 10)
    return {
        "name: one token (letters)": lambda: base(name="a" * size),
        "name: one run-together token": lambda: base(name=word),
        "name: camelCase pieces": lambda: base(name="AnnaMiller" * (size // 10)),
        "name: spaced words": lambda: base(name="Anna Miller " * (size // 12)),
        "name: CJK script": lambda: base(name="金" * size),
        "name: hangul": lambda: base(name="김지연" * (size // 3)),
        "name: digits": lambda: base(name="4" * size),
        "trigger: one token": lambda: base(trained_words=("a" * size,)),
        "trigger: ai-persona shape": lambda: base(trained_words=("celia_" * (size // 6),)),
        "trigger: dashes": lambda: base(trained_words=("a-" * (size // 2),)),
        "trigger: many words": lambda: base(trained_words=tuple(["anna miller"] * 10_000)),
        "file name: one token": lambda: base(file_names=("x" * size + ".safetensors",)),
        "tags: one long tag": lambda: base(tags=("t" * size,)),
        "tags: many tags": lambda: base(tags=tuple(f"tag{i}" for i in range(size // 10))),
        "description: one token": lambda: base(description="d" * size),
        "description: repeated cue": lambda: base(description="not a real " * (size // 11)),
        "description: handles": lambda: base(description="@" + "a" * size),
        "version name: one token": lambda: base(version_names=("v" * size,)),
        "metadata: dataset dir": lambda: base(
            training_metadata=({"ss_dataset_dirs": '{"' + "a" * size + '": {"n_repeats": 1}}'},)
        ),
        "metadata: tag frequency": lambda: base(
            training_metadata=({"ss_tag_frequency": '{"d": {"' + "a " * (size // 2) + '": 1}}'},)
        ),
        "metadata: output name": lambda: base(training_metadata=({"ss_output_name": "a" * size},)),
    }


def time_signals(detector: Detector, record: ModelRecord) -> tuple[str, float]:
    view = bounded(record)
    slowest, worst = "", 0.0
    for signal in detector.signals:
        started = time.perf_counter()
        signal.hits(view)
        took = time.perf_counter() - started
        if took > worst:
            slowest, worst = signal.name, took
    return slowest, worst


def main(size: int) -> None:
    detector = Detector()
    detector.detect(base(name="Anna Miller"))  # warm tables
    print(f"worst cases at {size:,} characters")
    print(f"{'case':<32} {'detect':>9}  slowest signal")
    total = 0.0
    for label, make in cases(size).items():
        record = make()
        started = time.perf_counter()
        detector.detect(record)
        took = time.perf_counter() - started
        total += took
        slowest, worst = time_signals(detector, record)
        print(f"{label:<32} {took * 1000:>7.1f} ms  {slowest} ({worst * 1000:.1f} ms)", flush=True)
    print(f"{'all cases':<32} {total * 1000:>7.1f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
