"""Score the current detector on the fourteenth, independently written dev set (tests/devset14).

Usage, from the repository root::

    .venv/bin/python scripts/eval_devset14.py --part dev14 --show-errors
    .venv/bin/python scripts/eval_devset14.py --part poi14 --lexicon poi

The parts: ``dev14`` and ``hold14`` (``tests/devset14/*.jsonl``) and ``poi14``, which
``tests/devset14/devset14_poi.py`` fills in memory with names of Civitai's POI list from
``../shared`` (without it, poi14 is skipped with a message). The scoring and its printout are those
of the earlier sets (``eval_devset2.main`` over ``eval_devset4.part_loader``): likeness P/R/F1
with 95 % intervals, per kind and shape, target and gender accuracy, minor risk, sexual intent.
dev14 is development data; hold14 and poi14 are held out: only the coordinator scores them.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import eval_devset2
import eval_devset4

DEVSET14 = Path(__file__).resolve().parents[1] / "tests" / "devset14"
# devset14_poi imports the set's builder by name: its folder is no package.
sys.path.insert(0, str(DEVSET14))
PARTS = ("dev14", "hold14", "poi14")
load_part = eval_devset4.part_loader(DEVSET14, "poi14", "devset14_poi", "build_poi14")


def main(argv: Sequence[str] | None = None) -> int:
    return eval_devset2.main(
        argv, parts=PARTS, load=load_part, description=(__doc__ or "").split("\n")[0]
    )


if __name__ == "__main__":
    sys.exit(main())
