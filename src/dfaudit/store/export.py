"""Writing a query's rows to JSONL, CSV or Parquet with DuckDB's own writers (streamed).

Every export is written to a temporary file beside its target and renamed into place, so an
interrupted export never leaves half a file; it never overwrites the store itself or any other
DuckDB database. CSV cells are defused (no spreadsheet formulas) and every text loses NUL and
bidirectional controls (``dfaudit.store.text``).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from dfaudit.errors import InputError
from dfaudit.store.db import Store, is_duckdb_file
from dfaudit.store.text import INVISIBLE_SQL_PATTERN, csv_cell_sql

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
    target = check_output_file(path, store)
    relation = store.con.sql(sql, params=list(params) or None)
    columns = relation.columns
    types = [str(t) for t in relation.types]
    selected = []
    for name, kind in zip(columns, types, strict=True):
        quoted = f'"{name}"'
        if fmt == "csv" and (name in json_columns or kind.endswith("[]") or kind == "JSON"):
            selected.append(f"{csv_cell_sql(f'to_json({quoted})::VARCHAR')} AS {quoted}")
        elif fmt == "csv" and kind == "VARCHAR":
            selected.append(f"{csv_cell_sql(quoted)} AS {quoted}")
        elif kind == "VARCHAR":
            cleaned = f"regexp_replace({quoted}, '{INVISIBLE_SQL_PATTERN}', '', 'g')"
            selected.append(f"{cleaned} AS {quoted}")
        else:
            selected.append(quoted)
    source = f"SELECT {', '.join(selected)} FROM ({sql})"
    options = {
        "csv": "FORMAT csv, HEADER true",
        "jsonl": "FORMAT json",
        "parquet": "FORMAT parquet, COMPRESSION zstd",
    }[fmt]
    with atomic_output(target) as tmp:
        escaped = str(tmp).replace("'", "''")
        store.con.execute(f"COPY ({source}) TO '{escaped}' ({options})", list(params) or None)
    count = store.scalar(f"SELECT count(*) FROM ({sql})", list(params) or None)
    return int(count or 0)


def check_output_file(path: str | Path, store: Store | None = None) -> Path:
    """``path`` as a file an export may write, or a one-line :class:`InputError` saying why not.

    Refused: a directory, a missing parent directory, the store's own file (or its WAL), and
    any existing DuckDB database (overwriting one would destroy data).
    """
    target = Path(path)
    if target.is_dir():
        raise InputError(f"{target} is a directory; give a file path with -o")
    parent = target.parent
    if not parent.exists():
        raise InputError(f"directory {parent} does not exist; create it first")
    if not parent.is_dir():
        raise InputError(f"{parent} is not a directory")
    if store is not None and store.path is not None:
        own = store.path.resolve()
        if target.resolve() in (own, own.with_name(own.name + ".wal")):
            raise InputError(f"refusing to overwrite the database itself ({target})")
    if is_duckdb_file(target):
        raise InputError(f"refusing to overwrite {target}: it is a DuckDB database")
    return target


@contextmanager
def atomic_output(target: Path) -> Iterator[Path]:
    """A temporary path beside ``target``, renamed onto it only when the block succeeds."""
    try:
        handle, name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=target.parent
        )
    except OSError as exc:
        raise InputError(f"cannot write in {target.parent}: {exc.strerror}") from None
    os.close(handle)
    tmp = Path(name)
    tmp.unlink()  # DuckDB's COPY and most writers want to create the file themselves
    try:
        yield tmp
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
