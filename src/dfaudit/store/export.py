"""Writing a query's rows to JSONL, CSV or Parquet with DuckDB's own writers (streamed)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from dfaudit.errors import InputError
from dfaudit.store.db import Store

EXPORT_FORMATS = ("jsonl", "csv", "parquet")


def check_format(fmt: str) -> str:
    value = fmt.strip().lower()
    if value == "json":
        value = "jsonl"
    if value not in EXPORT_FORMATS:
        raise InputError(f"unknown format {fmt!r}; expected one of: {', '.join(EXPORT_FORMATS)}")
    return value


def export_query(
    store: Store,
    sql: str,
    fmt: str,
    path: str | Path,
    params: Sequence[Any] = (),
    *,
    json_columns: Sequence[str] = (),
) -> int:
    """Write the rows of ``sql`` to ``path``; returns the number of rows written.

    Lists and JSON columns stay structured in JSONL and Parquet; in CSV they are written as JSON
    text (``json_columns`` and every list column), so a spreadsheet shows them and a program can
    parse them back.
    """
    fmt = check_format(fmt)
    target = Path(path)
    if target.is_dir():
        raise InputError(f"{target} is a directory; give a file path with -o")
    if not target.parent.exists():
        raise InputError(f"{target.parent} does not exist")
    relation = store.con.sql(sql, params=list(params) or None)
    columns = relation.columns
    types = [str(t) for t in relation.types]
    if fmt == "csv":
        selected = []
        for name, kind in zip(columns, types, strict=True):
            quoted = f'"{name}"'
            if name in json_columns or kind.endswith("[]") or kind == "JSON":
                selected.append(f"to_json({quoted})::VARCHAR AS {quoted}")
            else:
                selected.append(quoted)
        source = f"SELECT {', '.join(selected)} FROM ({sql})"
        options = "FORMAT csv, HEADER true"
    elif fmt == "jsonl":
        source = sql
        options = "FORMAT json"
    else:
        source = sql
        options = "FORMAT parquet, COMPRESSION zstd"
    tmp = target.with_name(target.name + ".part")
    escaped = str(tmp).replace("'", "''")
    store.con.execute(f"COPY ({source}) TO '{escaped}' ({options})", list(params) or None)
    tmp.replace(target)
    count = store.scalar(f"SELECT count(*) FROM ({sql})", list(params) or None)
    return int(count or 0)
