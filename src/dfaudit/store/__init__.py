"""store/ — the DuckDB file: schema, connections, and raw items turned into normalised tables.

DuckDB allows one writing process per file. Commands open the store once, write in short
transactions, and close it; readers (reports, a later web app) may open it read-only.
"""

from dfaudit import _native

# Before any store module is imported: the normaliser may be compiled (dfaudit/_native.py), and
# a compiled build whose sources changed since runs its sources instead.
_native.install()

from dfaudit.store.db import Store, open_store  # noqa: E402

__all__ = ["Store", "open_store"]
