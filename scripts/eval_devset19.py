"""Score the current detector on the nineteenth, independently written dev set (tests/devset19).

Usage, from the repository root::

    PYTHONPATH=src:scripts .venv/bin/python scripts/eval_devset19.py --part dev19 --show-errors
    PYTHONPATH=src:scripts .venv/bin/python scripts/eval_devset19.py --part poi19 --lexicon poi

The parts: ``dev19`` (``tests/devset19/dev19*.jsonl``) and ``poi19``, which
``tests/devset19/devset19_poi.py`` fills in memory with names of Civitai's POI list from
``../shared`` (without it, poi19 is skipped with a message). The scoring and its printout are those
of the earlier sets (``eval_devset2.main`` over ``eval_devset4.part_loader``): likeness P/R/F1
with 95 % intervals, per kind and shape, target and gender accuracy, minor risk, sexual intent.
Both parts are development data, written by an independent hand.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import eval_devset2
import eval_devset4

DEVSET19 = Path(__file__).resolve().parents[1] / "tests" / "devset19"
# devset19_poi imports the set's builder by name: its folder is no package.
sys.path.insert(0, str(DEVSET19))
PARTS = ("dev19", "poi19")
load_part = eval_devset4.part_loader(DEVSET19, "poi19", "devset19_poi", "build_poi19")


def main(argv: Sequence[str] | None = None) -> int:
    return eval_devset2.main(
        argv, parts=PARTS, load=load_part, description=(__doc__ or "").split("\n")[0]
    )


if __name__ == "__main__":
    sys.exit(main())
