"""Charts: a :class:`FigureSpec` → PNG bytes, with matplotlib's Agg canvas (no display, no pyplot).

Figures carry only numbers, pseudonyms and fixed labels; the PNG is embedded in the HTML as a
``data:`` URI and written beside the Markdown, so nothing is fetched to read them.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from dfaudit.report.model import Figure, FigureSpec

# matplotlib is imported when the first figure is drawn, not with this module: every dfaudit
# command imports the report package through the CLI, and matplotlib's import (~0.7-1.4 s of
# CPU) was most of the start-up of a `dfaudit process` with nothing to do (bench/README.md,
# fifteenth round).
if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.axis import Axis
    from matplotlib.figure import Figure as MplFigure

DPI = 100
SIZE_INCHES = (8.0, 3.6)
COLORS = ("#8c2d04", "#2b6c8f", "#6a6a6a", "#c27c0e")


def render_figure(spec: FigureSpec) -> Figure:
    """Draw ``spec``; an empty spec draws a 'no data' panel so the section still has a figure."""
    height = SIZE_INCHES[1]
    if spec.kind == "barh":
        height = max(height, 0.9 + 0.32 * len(spec.labels))
    from matplotlib.figure import Figure as MplFigure

    figure = MplFigure(figsize=(SIZE_INCHES[0], height), dpi=DPI, layout="constrained")
    axes = figure.add_subplot()
    if not spec.labels or not any(any(values) for _, values in spec.series):
        _draw_empty(axes)
    elif spec.kind == "timeline":
        _draw_timeline(figure, axes, spec)
    elif spec.kind == "barh":
        _draw_barh(axes, spec)
    else:
        _draw_bars(axes, spec)
    axes.set_title(spec.title, fontsize=11, loc="left")
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
    width, height_px = figure.canvas.get_width_height()
    return Figure(spec.key, spec.title, buffer.getvalue(), int(width), int(height_px))


def _draw_empty(axes: Axes) -> None:
    axes.text(0.5, 0.5, "no data", ha="center", va="center", fontsize=12, color="#777")
    axes.set_xticks([])
    axes.set_yticks([])


def _value_axis(axis: Axis, spec: FigureSpec) -> None:
    from matplotlib.ticker import FuncFormatter, MaxNLocator, PercentFormatter

    if spec.percent:
        axis.set_major_formatter(PercentFormatter(xmax=1.0, decimals=0))
    else:
        axis.set_major_locator(MaxNLocator(integer=True))
        axis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{v:,.0f}"))


def _draw_bars(axes: Axes, spec: FigureSpec) -> None:
    positions = range(len(spec.labels))
    count = len(spec.series)
    width = 0.8 / count
    for index, (name, values) in enumerate(spec.series):
        offsets = [p + (index - (count - 1) / 2) * width for p in positions]
        axes.bar(offsets, values, width=width, label=name, color=COLORS[index % len(COLORS)])
    axes.set_xticks(list(positions), spec.labels, fontsize=9)
    axes.set_ylabel(spec.y_label)
    _value_axis(axes.yaxis, spec)
    if count > 1:
        axes.legend(frameon=False, fontsize=9)


def _draw_barh(axes: Axes, spec: FigureSpec) -> None:
    positions = list(range(len(spec.labels)))
    _, values = spec.series[0]
    axes.barh(positions, values, color=COLORS[0])
    axes.set_yticks(positions, spec.labels, fontsize=9)
    axes.invert_yaxis()
    axes.set_xlabel(spec.y_label)
    _value_axis(axes.xaxis, spec)


def _draw_timeline(figure: MplFigure, axes: Axes, spec: FigureSpec) -> None:
    positions = list(range(len(spec.labels)))
    (bar_name, bars), (line_name, line) = spec.series[0], spec.series[1]
    axes.bar(positions, bars, color=COLORS[0], label=bar_name)
    axes.set_ylabel(bar_name)
    _value_axis(axes.yaxis, spec)
    from matplotlib.ticker import FuncFormatter

    twin = axes.twinx()
    twin.plot(positions, line, color=COLORS[1], linewidth=2, label=line_name)
    twin.set_ylabel(line_name)
    twin.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{v:,.0f}"))
    step = max(1, len(positions) // 12)
    axes.set_xticks(positions[::step], spec.labels[::step], rotation=45, fontsize=8)
    figure.legend(loc="upper left", bbox_to_anchor=(0.08, 0.88), frameon=False, fontsize=9)
