"""web/ — the review app: a moderators' queue, finding pages with evidence, decisions, roles and
a hash-chained audit log, served by ``dfaudit serve``.

It reads the snapshot that ``process`` publishes beside the store (:mod:`dfaudit.publish`) and
keeps its own state in ``<db>.review.sqlite``; it never opens the DuckDB store, so it keeps
serving while a crawl holds the store. Nothing below this stage imports it.
"""
