"""Opening the DuckDB store, applying the schema, and small write helpers."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from dfaudit.errors import DatabaseLockedError, InputError

DEFAULT_DB = "dfaudit.duckdb"
DB_ENV = "DFAUDIT_DB"
MEMORY_ENV = "DFAUDIT_DUCKDB_MEMORY"
# DuckDB's own default is 80 % of RAM, which a census-sized import fills with cached blocks
# (4.8 GB at a million models). At 3 GB the import's process still grew past 4 GB by 1.8 M
# models (DuckDB's cache plus the batches in flight); at 1.5 GB it stayed at 1.6 GB over a
# million models, for the same CPU per write (bench/README.md). Half the RAM, at most 2 GB.
MEMORY_CAP_BYTES = 2 << 30
# While an import writes (and worker processes prepare its chunks), DuckDB's cache holds the
# data written since the last checkpoint; at 2 GB the import's process grew with the store
# (1.26 GB at 300,000 models, 2.7 GB at a million). At this cap DuckDB spills what it cannot
# hold to its temporary file instead: 300,000 models at 600 MB stayed at ~0.8 GB from
# 200,000 on, for about the same CPU (bench/README.md, fifth round).
INGEST_MEMORY_CAP_BYTES = 1 << 30
# DuckDB checkpoints (rewrites changed blocks and the primary-key indexes) whenever its WAL
# reaches 16 MB by default: at census scale that is every other import batch, at a cost that
# grows with the tables. A larger threshold checkpoints a few times per million models.
CHECKPOINT_THRESHOLD = "1GB"


def memory_limit() -> str:
    """DuckDB's memory limit: ``DFAUDIT_DUCKDB_MEMORY`` (e.g. ``6GB``), else half the RAM up
    to :data:`MEMORY_CAP_BYTES`."""
    return _share_of_ram(2, MEMORY_CAP_BYTES)


def ingest_memory_limit() -> str:
    """DuckDB's memory limit while an import writes: ``DFAUDIT_DUCKDB_MEMORY`` when set, else a
    quarter of the RAM up to :data:`INGEST_MEMORY_CAP_BYTES`."""
    return _share_of_ram(4, INGEST_MEMORY_CAP_BYTES)


def _share_of_ram(divisor: int, cap: int) -> str:
    """``DFAUDIT_DUCKDB_MEMORY`` when set, else the RAM divided by ``divisor``, at most ``cap``
    and at least 256 MB."""
    env = os.environ.get(MEMORY_ENV, "").strip()
    if env:
        return env
    try:
        ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        ram = divisor * cap
    return f"{max(min(ram // divisor, cap) >> 20, 256)}MB"


def sql_string(text: str) -> str:
    """``text`` as the inside of a SQL string literal (quotes doubled), for the statements
    DuckDB takes no parameters in (``SET``, ``COPY … TO``)."""
    return text.replace("'", "''")


def default_db_path() -> Path:
    """The database path from ``DFAUDIT_DB`` or ``./dfaudit.duckdb``."""
    return Path(os.environ.get(DB_ENV) or DEFAULT_DB)


DUCKDB_MAGIC = b"DUCK"  # bytes 8–11 of every DuckDB database file


def is_duckdb_file(path: Path) -> bool:
    """True when ``path`` is an existing DuckDB database file (by its magic bytes)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(12)
    except OSError:
        return False
    return head[8:12] == DUCKDB_MAGIC


def require_database(path: str | Path) -> Path:
    """``path`` when a database exists there; else a one-line error (and nothing is created)."""
    target = Path(path)
    if str(path) != ":memory:" and not target.exists():
        raise InputError(f"no database at {target}: run a collect or ingest command first")
    return target


def _sql(name: str) -> str:
    return resources.files("dfaudit.store").joinpath(name).read_text(encoding="utf-8")


def _schema_sql() -> str:
    """The schema and its views (``schema.sql``, ``views.sql``)."""
    return _sql("schema.sql") + "\n" + _sql("views.sql")


DOCS_SETTING = "schema_docs_sha256"


def _apply_docs(con: duckdb.DuckDBPyConnection) -> None:
    """Comment every table and column (``docs.sql``) once per version of the comments: the
    ~170 statements cost a noticeable fraction of a second, too much for every open."""
    docs = _sql("docs.sql")
    digest = hashlib.sha256(docs.encode("utf-8")).hexdigest()
    rows = con.execute("SELECT value FROM settings WHERE key = ?", [DOCS_SETTING]).fetchall()
    if rows and rows[0][0] == digest:
        return
    con.execute("BEGIN TRANSACTION")
    con.execute(docs)
    con.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", [DOCS_SETTING, digest])
    con.execute("COMMIT")


class Store:
    """A DuckDB connection with the dfaudit schema applied."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: Path | None, read_only: bool):
        self.con = con
        self.path = path
        self.read_only = read_only

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """Everything inside commits together or not at all."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield self.con
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    def query(self, sql: str, params: Sequence[Any] | None = None) -> list[tuple[Any, ...]]:
        return self.con.execute(sql, params or []).fetchall()

    def scalar(self, sql: str, params: Sequence[Any] | None = None) -> Any:
        # fetchall, not fetchone: DuckDB refuses new work while a result is left unfinished
        rows = self.con.execute(sql, params or []).fetchall()
        return rows[0][0] if rows else None

    def insert_arrow(self, table: str, batch: pa.Table, *, on_conflict: str = "") -> None:
        """Insert an Arrow table by column name; ``on_conflict`` is e.g. ``OR REPLACE``."""
        if batch.num_rows == 0:
            return
        name = f"_batch_{table}"
        self.con.register(name, batch)
        try:
            cols = ", ".join(batch.column_names)
            self.con.execute(
                f"INSERT {on_conflict} INTO {table} ({cols}) SELECT {cols} FROM {name}"
            )
        finally:
            self.con.unregister(name)

    def get_setting(self, key: str) -> str | None:
        value = self.scalar("SELECT value FROM settings WHERE key = ?", [key])
        return None if value is None else str(value)

    def set_setting(self, key: str, value: str) -> None:
        self.con.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", [key, value])


def open_store(path: str | Path | None = None, *, read_only: bool = False) -> Store:
    """Open (and create) the store at ``path``; ``":memory:"`` gives an in-memory store.

    A file held by another writing process raises :class:`DatabaseLockedError` with one line.
    """
    target = default_db_path() if path is None else Path(path)
    memory = str(path) == ":memory:"
    if not memory:
        if read_only:
            require_database(target)
        if target.exists() and target.is_dir():
            raise InputError(f"{target} is a directory, not a DuckDB file")
    try:
        con = duckdb.connect(":memory:" if memory else str(target), read_only=read_only)
    except duckdb.IOException as exc:
        message = str(exc)
        if "lock" in message.lower():
            raise DatabaseLockedError(
                f"database {target} is in use by another process; wait for it to finish "
                "or use another --db"
            ) from None
        raise InputError(f"cannot open database {target}: {message.splitlines()[0]}") from None
    except duckdb.Error as exc:
        raise InputError(f"cannot open database {target}: {str(exc).splitlines()[0]}") from None
    try:
        con.execute(f"SET memory_limit = '{memory_limit()}'")
        con.execute(f"SET checkpoint_threshold = '{CHECKPOINT_THRESHOLD}'")
    except duckdb.Error as exc:
        con.close()
        raise InputError(f"{MEMORY_ENV}: not a DuckDB memory size ({exc})") from None
    if not read_only:
        con.execute(_schema_sql())
        if not memory:
            _apply_docs(con)
            _mark_interrupted(con)
    return Store(con, None if memory else target, read_only)


def _mark_interrupted(con: duckdb.DuckDBPyConnection) -> None:
    """Runs left ``running`` by a process that died (or stopped early) become ``interrupted``.

    Opening the file for writing takes DuckDB's lock, so no other process is running them now.
    The same command resumes an interrupted run (``collect.runs.open_run``).
    """
    con.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
