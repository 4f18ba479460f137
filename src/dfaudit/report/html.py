"""The self-contained HTML report: jinja2 with autoescape, a strict CSP, figures as data: URIs.

Nothing in the page is executable: no script, every platform string goes through
:func:`~dfaudit.report.cells.plain_text` (nh3) and then HTML autoescaping, links are plain https
only, and the Content-Security-Policy forbids scripts and any request outside ``data:``.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import jinja2

from dfaudit.report.cells import display, safe_link
from dfaudit.report.model import Figure, Section, Table

_NUMERIC = ("int", "pct", "num", "days")


@dataclass(frozen=True, slots=True)
class _Cell:
    text: str
    numeric: bool = False
    href: str | None = None


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("dfaudit.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=False,
    )


def _cells(table: Table) -> list[list[_Cell]]:
    rows = []
    for row in table.rows:
        cells = []
        for value, column in zip(row, table.columns, strict=True):
            if column.kind == "url":
                href = safe_link(value)
                cells.append(_Cell(display(value, "text") if value else "", href=href))
            else:
                cells.append(_Cell(display(value, column.kind), column.kind in _NUMERIC))
        rows.append(cells)
    return rows


def _table_view(table: Table) -> dict[str, Any]:
    return {
        "key": table.key,
        "title": table.title,
        "note": table.note,
        "columns": [{"name": c.name, "numeric": c.kind in _NUMERIC} for c in table.columns],
        "rows": _cells(table),
    }


def _figure_view(figure: Figure) -> dict[str, Any]:
    encoded = base64.b64encode(figure.png).decode("ascii")
    return {
        "src": f"data:image/png;base64,{encoded}",
        "alt": figure.alt,
        "width": figure.width_px,
        "height": figure.height_px,
    }


def render_html(
    title: str,
    scope_line: str,
    generated: str,
    cards: Sequence[tuple[str, str]],
    sections: Sequence[Section],
    figures: dict[str, Figure],
) -> str:
    """The whole page as one string; ``cards`` are (value, label) headline pairs."""
    views = [
        {
            "key": section.key,
            "title": section.title,
            "lead": section.lead,
            "figure": (
                _figure_view(figures[section.figure.key])
                if section.figure is not None and section.figure.key in figures
                else None
            ),
            "tables": [_table_view(table) for table in section.tables],
        }
        for section in sections
    ]
    template = _environment().get_template("report.html.j2")
    return template.render(
        title=title,
        scope_line=scope_line,
        generated=generated,
        cards=[{"value": value, "label": label} for value, label in cards],
        sections=views,
    )
