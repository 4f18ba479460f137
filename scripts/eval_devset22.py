"""Score the current detector on the twenty-second, independently written dev set (tests/devset22).

Usage, from the repository root (held out through round 19's first wave, development data since)::

    .venv/bin/python scripts/eval_devset22.py --part hold22 --show-errors
    .venv/bin/python scripts/eval_devset22.py --part poi22 --lexicon poi

The parts: ``hold22`` (``tests/devset22/hold22*.jsonl``) and ``poi22``, which
``tests/devset22/devset22_poi.py`` fills in memory with names of Civitai's POI list from
``../shared`` (without it, poi22 is skipped with a message). The scoring and its printout are those
of the earlier sets (``eval_devset2.main`` over ``eval_devset4.part_loader``): likeness P/R/F1
with 95 % intervals, per kind and shape, target and gender accuracy, minor risk, sexual intent.
There is no development part: hold22 and poi22 are scored only by the coordinator.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import eval_devset2
import eval_devset4

DEVSET22 = Path(__file__).resolve().parents[1] / "tests" / "devset22"
# devset22_poi imports the set's builder by name: its folder is no package.
sys.path.insert(0, str(DEVSET22))
PARTS = ("hold22", "poi22")
load_part = eval_devset4.part_loader(DEVSET22, "poi22", "devset22_poi", "build_poi22")


def main(argv: Sequence[str] | None = None) -> int:
    return eval_devset2.main(
        argv, parts=PARTS, load=load_part, description=(__doc__ or "").split("\n")[0]
    )


if __name__ == "__main__":
    sys.exit(main())
