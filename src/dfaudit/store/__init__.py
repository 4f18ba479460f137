"""store/ — the DuckDB file: schema, connections, and raw items turned into normalised tables.

DuckDB allows one writing process per file. Commands open the store once, write in short
transactions, and close it; readers (reports, a later web app) may open it read-only.
"""

from dfaudit.store.db import Store, open_store

__all__ = ["Store", "open_store"]
