"""Making platform text safe for the outputs that show it: CSV cells, terminals, pages.

One definition of what is dangerous, used by the store's exports, the report and the CLI:

- a CSV cell starting with ``= + - @`` (or tab / carriage return) is a formula to a spreadsheet;
  it is written with a leading ``'`` so it shows as text;
- NUL and the bidirectional controls (U+202A–U+202E, U+2066–U+2069) can hide or reorder what a
  reader sees ("Trojan Source"); they are removed from every output;
- a terminal also gets no other control character (ESC starts a terminal escape sequence).
"""

from __future__ import annotations

import re
from typing import Any

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# NUL, the bidi embeddings/overrides (U+202A–U+202E) and isolates (U+2066–U+2069).
_INVISIBLE = "\x00\u202a-\u202e\u2066-\u2069"
INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]")
# For terminals: every C0/C1 control except tab and newline, plus the invisible ones above.
_TERMINAL_RE = re.compile(f"[\x01-\x08\x0b-\x1f\x7f-\x9f{_INVISIBLE}]")
# The same class for DuckDB's RE2 (written with escapes, so the SQL text holds no raw controls).
INVISIBLE_SQL_PATTERN = r"[\x{0}\x{202A}-\x{202E}\x{2066}-\x{2069}]"


def strip_invisible(text: str) -> str:
    """``text`` without NUL and bidirectional controls."""
    return INVISIBLE_RE.sub("", text)


def terminal_text(text: str) -> str:
    """``text`` fit for a terminal: no control characters (ESC included), no bidi controls."""
    return _TERMINAL_RE.sub("", text)


def csv_cell(value: Any) -> Any:
    """A CSV cell that a spreadsheet shows as the text it is, never evaluates."""
    if value is None:
        return ""
    if isinstance(value, str):
        value = strip_invisible(value)
        if value.startswith(FORMULA_PREFIXES):
            return "'" + value
    return value


def csv_cell_sql(expression: str) -> str:
    """The SQL form of :func:`csv_cell` for a VARCHAR ``expression`` (DuckDB)."""
    cleaned = f"regexp_replace({expression}, '{INVISIBLE_SQL_PATTERN}', '', 'g')"
    prefixes = "".join(p for p in FORMULA_PREFIXES)
    starts = f"(length({cleaned}) > 0 AND contains('{prefixes}', left({cleaned}, 1)))"
    return f"CASE WHEN {starts} THEN '''' || {cleaned} ELSE {cleaned} END"
