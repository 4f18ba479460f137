"""The report's own values: tables, figures and sections, frozen, ready for any renderer.

Sections are computed once (``report.sections``) and rendered to HTML, Markdown and CSV from
these values, so the three outputs cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

# How a column's values are shown: text (escaped), integers, shares 0..1 as %, decimals, days,
# or a URL that becomes a link only when it is plain https.
ColumnKind = Literal["text", "int", "pct", "num", "days", "url"]


class Share(float):
    """A proportion 0..1 inside a ``num`` column: shown as a percentage, stored as a float."""


def as_share(value: float | None) -> Share | None:
    return None if value is None else Share(value)


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    kind: ColumnKind = "text"


@dataclass(frozen=True, slots=True)
class Table:
    """One table of a section; ``key`` names its CSV file."""

    key: str
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Any, ...], ...]
    note: str = ""


@dataclass(frozen=True, slots=True)
class Figure:
    """A rendered chart: PNG bytes whose only text is numbers, pseudonyms and fixed labels."""

    key: str
    alt: str
    png: bytes
    width_px: int
    height_px: int


@dataclass(frozen=True, slots=True)
class FigureSpec:
    """What to draw; ``report.figures`` turns it into a :class:`Figure`."""

    key: str
    kind: Literal["bar", "barh", "timeline", "grouped"]
    title: str
    labels: tuple[str, ...]
    series: tuple[tuple[str, tuple[float, ...]], ...]
    y_label: str = ""
    percent: bool = False


@dataclass(frozen=True, slots=True)
class Section:
    """A titled part of the report: a lead paragraph, tables, at most one figure."""

    key: str
    title: str
    lead: str
    tables: tuple[Table, ...]
    figure: FigureSpec | None = None
    summary: dict[str, Any] = field(default_factory=dict)
