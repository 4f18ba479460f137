"""Score the current detector on the twentieth, independently written dev set (tests/devset20).

Usage, from the repository root (coordinator only: the whole set is held out)::

    .venv/bin/python scripts/eval_devset20.py --part hold20 --show-errors
    .venv/bin/python scripts/eval_devset20.py --part poi20 --lexicon poi

The parts: ``hold20`` (``tests/devset20/hold20*.jsonl``) and ``poi20``, which
``tests/devset20/devset20_poi.py`` fills in memory with names of Civitai's POI list from
``../shared`` (without it, poi20 is skipped with a message). The scoring and its printout are those
of the earlier sets (``eval_devset2.main`` over ``eval_devset4.part_loader``): likeness P/R/F1
with 95 % intervals, per kind and shape, target and gender accuracy, minor risk, sexual intent.
There is no development part: hold20 and poi20 are scored only by the coordinator.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import eval_devset2
import eval_devset4

DEVSET20 = Path(__file__).resolve().parents[1] / "tests" / "devset20"
# devset20_poi imports the set's builder by name: its folder is no package.
sys.path.insert(0, str(DEVSET20))
PARTS = ("hold20", "poi20")
load_part = eval_devset4.part_loader(DEVSET20, "poi20", "devset20_poi", "build_poi20")


def main(argv: Sequence[str] | None = None) -> int:
    return eval_devset2.main(
        argv, parts=PARTS, load=load_part, description=(__doc__ or "").split("\n")[0]
    )


if __name__ == "__main__":
    sys.exit(main())
