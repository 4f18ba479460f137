"""Score the current detector on the eighth, independently written dev set (tests/devset8).

Usage, from the repository root::

    .venv/bin/python scripts/eval_devset8.py --part hold8 --show-errors
    .venv/bin/python scripts/eval_devset8.py --part poi8 --lexicon poi

The parts: ``dev8`` and ``hold8`` (``tests/devset8/*.jsonl``) and ``poi8``, which
``tests/devset8/devset8_poi.py`` fills in memory with names of Civitai's POI list from
``../shared`` (without it, poi8 is skipped with a message). The scoring and its printout are those
of the earlier sets (``eval_devset2.main`` over ``eval_devset4.part_loader``): likeness P/R/F1
with 95 % intervals, per kind and shape, target and gender accuracy, minor risk, sexual intent.
All three parts are held out this round; only the coordinator scores them, once.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import eval_devset2
import eval_devset4

DEVSET8 = Path(__file__).resolve().parents[1] / "tests" / "devset8"
PARTS = ("dev8", "hold8", "poi8")
load_part = eval_devset4.part_loader(DEVSET8, "poi8", "devset8_poi", "build_poi8")


def main(argv: Sequence[str] | None = None) -> int:
    return eval_devset2.main(
        argv, parts=PARTS, load=load_part, description=(__doc__ or "").split("\n")[0]
    )


if __name__ == "__main__":
    sys.exit(main())
