"""The Markdown report: the same sections as the HTML, for repositories and papers.

Every cell is escaped so platform text cannot open HTML, links, images or code spans, nor break
out of its table cell.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dfaudit.report.cells import display
from dfaudit.report.model import Section, Table
from dfaudit.store.text import strip_invisible

_HTML_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_MARKDOWN_PUNCTUATION = set("\\`*_{}[]()#+!|~")
# What GFM would turn into a link by itself: ``scheme://`` and ``www.``; shown defanged.
_BARE_LINK = re.compile(r"://|(?<![\w.])www\.", re.IGNORECASE)


def _defang(match: re.Match[str]) -> str:
    return "[:]//" if match.group(0) == "://" else match.group(0)[:3] + "[.]"


def md_escape(text: str) -> str:
    """Escape ``text`` for a Markdown table cell or paragraph (CommonMark/GFM).

    NUL and bidi controls are removed, and bare URLs are defanged (``https[:]//``) so a
    renderer never turns platform text into a link.
    """
    escaped = []
    for char in _BARE_LINK.sub(_defang, " ".join(strip_invisible(text).split())):
        if char in _HTML_ENTITIES:
            escaped.append(_HTML_ENTITIES[char])
        elif char in _MARKDOWN_PUNCTUATION:
            escaped.append("\\" + char)
        else:
            escaped.append(char)
    return "".join(escaped)


def markdown_table(table: Table) -> list[str]:
    header = [md_escape(column.name) for column in table.columns]
    aligns = ["---:" if c.kind in ("int", "pct", "num", "days") else "---" for c in table.columns]
    lines = [f"**{md_escape(table.title)}**", "", _row(header), _row(aligns)]
    for row in table.rows:
        lines.append(
            _row([md_escape(display(v, c.kind)) for v, c in zip(row, table.columns, strict=True)])
        )
    if not table.rows:
        lines.append(_row(["no rows"] + [""] * (len(header) - 1)))
    if table.note:
        lines += ["", f"*{md_escape(table.note)}*"]
    return lines + [""]


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def render_markdown(
    title: str,
    scope_line: str,
    generated: str,
    sections: Sequence[Section],
    figure_paths: dict[str, str],
) -> str:
    """The whole report; ``figure_paths`` maps a figure key to its path relative to the file."""
    lines = [f"# {md_escape(title)}", "", f"*{md_escape(scope_line)} · {md_escape(generated)}*", ""]
    for section in sections:
        lines += [f"## {md_escape(section.title)}", "", md_escape(section.lead), ""]
        if section.figure is not None and section.figure.key in figure_paths:
            lines += [
                f"![{md_escape(section.figure.title)}]({figure_paths[section.figure.key]})",
                "",
            ]
        for table in section.tables:
            lines += markdown_table(table)
    return "\n".join(lines).rstrip() + "\n"
