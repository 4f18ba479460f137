"""Score the current detector on the eleventh, independently written dev set (tests/devset11).

Usage, from the repository root::

    .venv/bin/python scripts/eval_devset11.py --part dev11 --show-errors
    .venv/bin/python scripts/eval_devset11.py --part poi11 --lexicon poi

The parts: ``dev11`` and ``hold11`` (``tests/devset11/*.jsonl``) and ``poi11``, which
``tests/devset11/devset11_poi.py`` fills in memory with names of Civitai's POI list from
``../shared`` (without it, poi11 is skipped with a message). The scoring and its printout are those
of the earlier sets (``eval_devset2.main`` over ``eval_devset4.part_loader``): likeness P/R/F1
with 95 % intervals, per kind and shape, target and gender accuracy, minor risk, sexual intent.
dev11 is development data; hold11 and poi11 are held out: only the coordinator scores them.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import eval_devset2
import eval_devset4

DEVSET11 = Path(__file__).resolve().parents[1] / "tests" / "devset11"
# devset11_poi imports the set's builder by name: its folder is no package.
sys.path.insert(0, str(DEVSET11))
PARTS = ("dev11", "hold11", "poi11")
load_part = eval_devset4.part_loader(DEVSET11, "poi11", "devset11_poi", "build_poi11")


def main(argv: Sequence[str] | None = None) -> int:
    return eval_devset2.main(
        argv, parts=PARTS, load=load_part, description=(__doc__ or "").split("\n")[0]
    )


if __name__ == "__main__":
    sys.exit(main())
