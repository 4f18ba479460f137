"""Score the current detector on the tenth, independently written dev set (tests/devset10).

Usage, from the repository root::

    .venv/bin/python scripts/eval_devset10.py --part dev10 --show-errors
    .venv/bin/python scripts/eval_devset10.py --part poi10 --lexicon poi

The parts: ``dev10`` and ``hold10`` (``tests/devset10/*.jsonl``) and ``poi10``, which
``tests/devset10/devset10_poi.py`` fills in memory with names of Civitai's POI list from
``../shared`` (without it, poi10 is skipped with a message). The scoring and its printout are those
of the earlier sets (``eval_devset2.main`` over ``eval_devset4.part_loader``): likeness P/R/F1
with 95 % intervals, per kind and shape, target and gender accuracy, minor risk, sexual intent.
dev10 is development data; hold10 and poi10 are held out: only the coordinator scores them.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import eval_devset2
import eval_devset4

DEVSET10 = Path(__file__).resolve().parents[1] / "tests" / "devset10"
PARTS = ("dev10", "hold10", "poi10")
load_part = eval_devset4.part_loader(DEVSET10, "poi10", "devset10_poi", "build_poi10")


def main(argv: Sequence[str] | None = None) -> int:
    return eval_devset2.main(
        argv, parts=PARTS, load=load_part, description=(__doc__ or "").split("\n")[0]
    )


if __name__ == "__main__":
    sys.exit(main())
