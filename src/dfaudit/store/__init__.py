"""store/ — the DuckDB file: schema, connections, and raw items turned into normalised tables.

DuckDB allows one writing process per file. Commands open the store once, write in short
transactions, and close it; readers (reports, a later web app) may open it read-only.
"""

from dfaudit import _native

# Before any store module is imported: the normaliser may be compiled (dfaudit/_native.py), and
# a compiled build whose sources changed since runs its sources instead.
_native.install()

from typing import TYPE_CHECKING, Any  # noqa: E402

if TYPE_CHECKING:
    from dfaudit.store.db import Store, open_store

__all__ = ["Store", "open_store"]


def __getattr__(name: str) -> Any:
    """``Store`` and ``open_store`` from :mod:`dfaudit.store.db`, imported on first use: the
    import's workers load the normaliser and the Arrow writers of this package without DuckDB
    (``collect/prepare.py``)."""
    if name in __all__:
        from dfaudit.store import db

        return getattr(db, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
