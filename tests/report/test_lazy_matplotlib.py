"""matplotlib is imported when a figure is drawn, not by every dfaudit command (start-up)."""

from __future__ import annotations

import subprocess
import sys

from dfaudit.report.figures import render_figure
from dfaudit.report.model import FigureSpec


def test_the_cli_does_not_import_matplotlib() -> None:
    code = "import sys, dfaudit.cli; print('matplotlib' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout
    assert out.strip() == "False"


def test_a_figure_is_still_drawn() -> None:
    spec = FigureSpec(
        key="k", title="t", kind="bar", labels=("a", "b"), series=(("n", (1.0, 2.0)),)
    )
    figure = render_figure(spec)
    assert figure.png.startswith(b"\x89PNG")
