"""Score the current detector on the sixteenth, independently written dev set (tests/devset16).

Usage, from the repository root (coordinator only: the whole set is held out)::

    .venv/bin/python scripts/eval_devset16.py --part hold16 --show-errors
    .venv/bin/python scripts/eval_devset16.py --part poi16 --lexicon poi

The parts: ``hold16`` (``tests/devset16/hold16*.jsonl``) and ``poi16``, which
``tests/devset16/devset16_poi.py`` fills in memory with names of Civitai's POI list from
``../shared`` (without it, poi16 is skipped with a message). The scoring and its printout are those
of the earlier sets (``eval_devset2.main`` over ``eval_devset4.part_loader``): likeness P/R/F1
with 95 % intervals, per kind and shape, target and gender accuracy, minor risk, sexual intent.
There is no development part: hold16 and poi16 are scored only by the coordinator.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import eval_devset2
import eval_devset4

DEVSET16 = Path(__file__).resolve().parents[1] / "tests" / "devset16"
# devset16_poi imports the set's builder by name: its folder is no package.
sys.path.insert(0, str(DEVSET16))
PARTS = ("hold16", "poi16")
load_part = eval_devset4.part_loader(DEVSET16, "poi16", "devset16_poi", "build_poi16")


def main(argv: Sequence[str] | None = None) -> int:
    return eval_devset2.main(
        argv, parts=PARTS, load=load_part, description=(__doc__ or "").split("\n")[0]
    )


if __name__ == "__main__":
    sys.exit(main())
