"""Score the current detector on the twenty-first, independently written dev set (tests/devset21).

Usage, from the repository root (development data, written by an independent hand)::

    .venv/bin/python scripts/eval_devset21.py --part dev21 --show-errors
    .venv/bin/python scripts/eval_devset21.py --part poi21 --lexicon poi

The parts: ``dev21`` (``tests/devset21/dev21*.jsonl``) and ``poi21``, which
``tests/devset21/devset21_poi.py`` fills in memory with names of Civitai's POI list from
``../shared`` (without it, poi21 is skipped with a message). The scoring and its printout are those
of the earlier sets (``eval_devset2.main`` over ``eval_devset4.part_loader``): likeness P/R/F1
with 95 % intervals, per kind and shape, target and gender accuracy, minor risk, sexual intent.
Both parts are development data (sets 2-21 are development data; see tests/devset21/README.md).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import eval_devset2
import eval_devset4

DEVSET21 = Path(__file__).resolve().parents[1] / "tests" / "devset21"
# devset21_poi imports the set's builder by name: its folder is no package.
sys.path.insert(0, str(DEVSET21))
PARTS = ("dev21", "poi21")
load_part = eval_devset4.part_loader(DEVSET21, "poi21", "devset21_poi", "build_poi21")


def main(argv: Sequence[str] | None = None) -> int:
    return eval_devset2.main(
        argv, parts=PARTS, load=load_part, description=(__doc__ or "").split("\n")[0]
    )


if __name__ == "__main__":
    sys.exit(main())
