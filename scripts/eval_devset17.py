"""Score the current detector on the seventeenth, independently written dev set (tests/devset17).

Usage, from the repository root::

    .venv/bin/python scripts/eval_devset17.py --part dev17 --show-errors
    .venv/bin/python scripts/eval_devset17.py --part hold17
    .venv/bin/python scripts/eval_devset17.py --part poi17 --lexicon poi

The parts: ``dev17`` and ``hold17`` (``tests/devset17/<part>*.jsonl``) and ``poi17``, which
``tests/devset17/devset17_poi.py`` fills in memory with names of Civitai's POI list from
``../shared`` (without it, poi17 is skipped with a message). The scoring and its printout are those
of the earlier sets (``eval_devset2.main`` over ``eval_devset4.part_loader``): likeness P/R/F1
with 95 % intervals, per kind and shape, target and gender accuracy, minor risk, sexual intent.
All three parts are development data.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import eval_devset2
import eval_devset4

DEVSET17 = Path(__file__).resolve().parents[1] / "tests" / "devset17"
# devset17_poi imports the set's builder by name: its folder is no package.
sys.path.insert(0, str(DEVSET17))
PARTS = ("dev17", "hold17", "poi17")
load_part = eval_devset4.part_loader(DEVSET17, "poi17", "devset17_poi", "build_poi17")


def main(argv: Sequence[str] | None = None) -> int:
    return eval_devset2.main(
        argv, parts=PARTS, load=load_part, description=(__doc__ or "").split("\n")[0]
    )


if __name__ == "__main__":
    sys.exit(main())
