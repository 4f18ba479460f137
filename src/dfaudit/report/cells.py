"""Turning table cells into display text, and deciding which URLs may become links.

Shared by the HTML and Markdown renderers so both show the same numbers. Escaping is NOT done
here: each renderer escapes the text this returns for its own format.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

import nh3

from dfaudit.report.model import ColumnKind, Share
from dfaudit.store.text import INVISIBLE_RE, strip_invisible

MAX_TEXT = 200


def display(value: Any, kind: ColumnKind) -> str:
    """The text a reader sees for one cell (not yet escaped)."""
    if value is None:
        return "–"
    if isinstance(value, Decimal):
        value = float(value)
    if isinstance(value, Share):
        return f"{value * 100:.1f} %"
    if kind == "pct" and isinstance(value, int | float):
        return f"{value * 100:.1f} %"
    if kind == "days" and isinstance(value, int | float):
        return f"{value:,.1f} days"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() and kind != "num" else f"{value:,.3f}"
    return plain_text(str(value))


def plain_text(text: str) -> str:
    """Platform text as plain text: HTML stripped by nh3, NUL and bidi controls removed,
    whitespace folded, length capped."""
    cleaned = nh3.clean(strip_invisible(text), tags=set(), attributes={}, strip_comments=True)
    # nh3 leaves entities encoded; decode the few it produces so renderers escape once.
    for entity, char in (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&#39;", "'")):
        cleaned = cleaned.replace(entity, char)
    cleaned = cleaned.replace("&amp;", "&")
    folded = " ".join(cleaned.split())
    return folded if len(folded) <= MAX_TEXT else folded[: MAX_TEXT - 1] + "…"


def safe_link(url: Any) -> str | None:
    """``url`` when it is a plain https URL with a host, else None (shown as text, never a link)."""
    if not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme != "https" or not parts.hostname or any(ch in url for ch in "\"'<> \t\n"):
        return None
    if INVISIBLE_RE.search(url):  # a bidi control can make a link read as another address
        return None
    return url.strip()
