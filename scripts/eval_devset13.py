"""Score the current detector on the thirteenth, independently written dev set (tests/devset13).

Usage, from the repository root::

    .venv/bin/python scripts/eval_devset13.py --part dev13 --show-errors
    .venv/bin/python scripts/eval_devset13.py --part poi13 --lexicon poi

The parts: ``dev13`` and ``hold13`` (``tests/devset13/*.jsonl``) and ``poi13``, which
``tests/devset13/devset13_poi.py`` fills in memory with names of Civitai's POI list from
``../shared`` (without it, poi13 is skipped with a message). The scoring and its printout are those
of the earlier sets (``eval_devset2.main`` over ``eval_devset4.part_loader``): likeness P/R/F1
with 95 % intervals, per kind and shape, target and gender accuracy, minor risk, sexual intent.
dev13 is development data; hold13 and poi13 are held out: only the coordinator scores them.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import eval_devset2
import eval_devset4

DEVSET13 = Path(__file__).resolve().parents[1] / "tests" / "devset13"
# devset13_poi imports the set's builder by name: its folder is no package.
sys.path.insert(0, str(DEVSET13))
PARTS = ("dev13", "hold13", "poi13")
load_part = eval_devset4.part_loader(DEVSET13, "poi13", "devset13_poi", "build_poi13")


def main(argv: Sequence[str] | None = None) -> int:
    return eval_devset2.main(
        argv, parts=PARTS, load=load_part, description=(__doc__ or "").split("\n")[0]
    )


if __name__ == "__main__":
    sys.exit(main())
