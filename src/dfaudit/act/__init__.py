"""act/ — acting on findings: evidence bundles, removal notices and their compliance clock,
the watchlist (keyed hashes only), alerts and the "since the last audit" diff.

A stage between forensics and report: it reads store, detect and forensics; report reads it for
its "Notices and response times" and "Since the last audit" sections. It never imports web/.
"""
