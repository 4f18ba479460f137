"""Score the current detector on the fifteenth, independently written dev set (tests/devset15).

Usage, from the repository root::

    .venv/bin/python scripts/eval_devset15.py --part dev15 --show-errors
    .venv/bin/python scripts/eval_devset15.py --part poi15 --lexicon poi

The parts: ``dev15`` and ``hold15`` (``tests/devset15/*.jsonl``) and ``poi15``, which
``tests/devset15/devset15_poi.py`` fills in memory with names of Civitai's POI list from
``../shared`` (without it, poi15 is skipped with a message). The scoring and its printout are those
of the earlier sets (``eval_devset2.main`` over ``eval_devset4.part_loader``): likeness P/R/F1
with 95 % intervals, per kind and shape, target and gender accuracy, minor risk, sexual intent.
dev15 is development data; hold15 and poi15 are held out: only the coordinator scores them.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import eval_devset2
import eval_devset4

DEVSET15 = Path(__file__).resolve().parents[1] / "tests" / "devset15"
# devset15_poi imports the set's builder by name: its folder is no package.
sys.path.insert(0, str(DEVSET15))
PARTS = ("dev15", "hold15", "poi15")
load_part = eval_devset4.part_loader(DEVSET15, "poi15", "devset15_poi", "build_poi15")


def main(argv: Sequence[str] | None = None) -> int:
    return eval_devset2.main(
        argv, parts=PARTS, load=load_part, description=(__doc__ or "").split("\n")[0]
    )


if __name__ == "__main__":
    sys.exit(main())
