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
from dfaudit.store.db import Store, is_duckdb_file, sql_string
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
        target_sql = sql_string(str(tmp))
        store.con.execute(f"COPY ({source}) TO '{target_sql}' ({options})", list(params) or None)
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


# Tables copied to SQLite, and the columns left out (large blobs that are caches or bodies).
SQLITE_SKIP_COLUMNS = {"raw_pages": {"body"}, "models": {"record"}}
SQLITE_BATCH = 5_000
_SQLITE_VIEWS = (
    (
        "models_with_findings",
        """SELECT m.platform, m.model_id, m.url, m.name, m.type, m.creator, m.created_at,
       m.base_model, m.nsfw, m.poi, m.minor, m.downloads, m.status, m.first_seen, m.last_seen,
       m.removed_at, f.likeness, f.likeness_score, f.target_key, f.target_name, f.target_gender,
       f.prominence, f.sexual_intent, f.minor_risk, f.violations, f.detector_version
FROM models m LEFT JOIN findings f ON f.platform = m.platform AND f.model_id = m.model_id""",
    ),
    (
        "likeness_with_targets",
        """SELECT f.target_key, max(f.target_name) AS target_name,
       max(f.target_gender) AS target_gender, max(f.prominence) AS prominence,
       count(*) AS models, coalesce(sum(m.downloads), 0) AS downloads,
       sum(f.sexual_intent) AS sexual_intent_models, sum(f.minor_risk) AS minor_risk_models,
       count(m.removed_at) AS removed_models, group_concat(DISTINCT f.platform) AS platforms
FROM findings f LEFT JOIN models m ON m.platform = f.platform AND m.model_id = f.model_id
WHERE f.likeness AND f.target_key IS NOT NULL
GROUP BY f.target_key""",
    ),
)


def _sqlite_column(name: str, kind: str) -> tuple[str, str] | None:
    """(DuckDB select expression, SQLite type) for one column; None to leave it out."""
    quoted = f'"{name}"'
    if kind == "BLOB":
        return None
    if kind in ("BIGINT", "INTEGER", "SMALLINT", "TINYINT", "UBIGINT", "UINTEGER"):
        return quoted, "INTEGER"
    if kind == "BOOLEAN":
        return f"CAST({quoted} AS INTEGER)", "INTEGER"
    if kind in ("DOUBLE", "FLOAT", "REAL") or kind.startswith("DECIMAL"):
        return f"CAST({quoted} AS DOUBLE)", "REAL"
    if kind.startswith("TIMESTAMP"):
        return f"strftime(timezone('UTC', {quoted}), '%Y-%m-%dT%H:%M:%SZ')", "TEXT"
    if kind == "VARCHAR":
        return quoted, "TEXT"
    return f"to_json({quoted})::VARCHAR", "TEXT"  # lists, structs, JSON: JSON text


def export_sqlite(store: Store, path: str | Path) -> dict[str, int]:
    """Copy every table (but raw page bodies and record caches), two views and the column
    documentation into a SQLite file that Datasette opens; returns rows per table.

    Like the store, the file holds real people's names: it is for analysts, not for publication.
    """
    import sqlite3

    target = check_output_file(path, store)
    tables = [
        str(name)
        for (name,) in store.query(
            "SELECT table_name FROM duckdb_tables() WHERE NOT internal AND NOT temporary "
            "ORDER BY table_name"
        )
    ]
    counts: dict[str, int] = {}
    with atomic_output(target) as tmp:
        db = sqlite3.connect(tmp)
        try:
            docs: list[tuple[str, str, str]] = []
            for table in tables:
                counts[table] = _copy_table(store, db, table, docs)
            for name, sql in _SQLITE_VIEWS:
                db.execute(f'CREATE VIEW "{name}" AS {sql}')
            db.execute("CREATE TABLE _docs (table_name TEXT, column_name TEXT, description TEXT)")
            db.executemany("INSERT INTO _docs VALUES (?, ?, ?)", docs)
            db.commit()
        finally:
            db.close()
    return counts


def _copy_table(store: Store, db: Any, table: str, docs: list[tuple[str, str, str]]) -> int:
    comment = store.scalar(
        "SELECT comment FROM duckdb_tables() WHERE table_name = ? AND NOT internal", [table]
    )
    if comment:
        docs.append((table, "", str(comment)))
    columns = store.query(
        "SELECT column_name, data_type, comment FROM duckdb_columns() "
        "WHERE table_name = ? AND NOT internal ORDER BY column_index",
        [table],
    )
    selected, definitions = [], []
    for name, kind, column_comment in columns:
        if name in SQLITE_SKIP_COLUMNS.get(table, ()):
            continue
        mapped = _sqlite_column(str(name), str(kind))
        if mapped is None:
            continue
        selected.append(mapped[0])
        definitions.append(f'"{name}" {mapped[1]}')
        if column_comment:
            docs.append((table, str(name), str(column_comment)))
    db.execute(f'CREATE TABLE "{table}" ({", ".join(definitions)})')
    result = store.con.execute(f'SELECT {", ".join(selected)} FROM "{table}"')
    placeholders = ", ".join("?" for _ in selected)
    total = 0
    while batch := result.fetchmany(SQLITE_BATCH):
        db.executemany(f'INSERT INTO "{table}" VALUES ({placeholders})', batch)
        total += len(batch)
    return total
