"""Score the current detector on the eighteenth, independently written dev set (tests/devset18).

Usage, from the repository root (coordinator only: the whole set is held out)::

    .venv/bin/python scripts/eval_devset18.py --part hold18 --show-errors
    .venv/bin/python scripts/eval_devset18.py --part poi18 --lexicon poi

The parts: ``hold18`` (``tests/devset18/hold18*.jsonl``) and ``poi18``, which
``tests/devset18/devset18_poi.py`` fills in memory with names of Civitai's POI list from
``../shared`` (without it, poi18 is skipped with a message). The scoring and its printout are those
of the earlier sets (``eval_devset2.main`` over ``eval_devset4.part_loader``): likeness P/R/F1
with 95 % intervals, per kind and shape, target and gender accuracy, minor risk, sexual intent.
There is no development part: hold18 and poi18 are scored only by the coordinator.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import eval_devset2
import eval_devset4

DEVSET18 = Path(__file__).resolve().parents[1] / "tests" / "devset18"
# devset18_poi imports the set's builder by name: its folder is no package.
sys.path.insert(0, str(DEVSET18))
PARTS = ("hold18", "poi18")
load_part = eval_devset4.part_loader(DEVSET18, "poi18", "devset18_poi", "build_poi18")


def main(argv: Sequence[str] | None = None) -> int:
    return eval_devset2.main(
        argv, parts=PARTS, load=load_part, description=(__doc__ or "").split("\n")[0]
    )


if __name__ == "__main__":
    sys.exit(main())
