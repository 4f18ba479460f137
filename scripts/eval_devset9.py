"""Score the current detector on the ninth, independently written dev set (tests/devset9).

Usage, from the repository root::

    .venv/bin/python scripts/eval_devset9.py --part hold9 --show-errors
    .venv/bin/python scripts/eval_devset9.py --part poi9 --lexicon poi

The parts: ``dev9`` and ``hold9`` (``tests/devset9/*.jsonl``) and ``poi9``, which
``tests/devset9/devset9_poi.py`` fills in memory with names of Civitai's POI list from
``../shared`` (without it, poi9 is skipped with a message). The scoring and its printout are those
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

DEVSET9 = Path(__file__).resolve().parents[1] / "tests" / "devset9"
PARTS = ("dev9", "hold9", "poi9")
load_part = eval_devset4.part_loader(DEVSET9, "poi9", "devset9_poi", "build_poi9")


def main(argv: Sequence[str] | None = None) -> int:
    return eval_devset2.main(
        argv, parts=PARTS, load=load_part, description=(__doc__ or "").split("\n")[0]
    )


if __name__ == "__main__":
    sys.exit(main())
