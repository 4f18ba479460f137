"""act/ — acting on findings: evidence bundles (``evidence``), removal notices (``notices``) and
their compliance clock (``clock``), the watchlist of keyed hashes (``watchlist``), alerts
(``alerts``) and what changed since the last audit (``diff``).

A stage between forensics and report: it reads store, detect and forensics; report reads it for
its "Notices and response times" and "Since the last audit" sections. It never imports web/.
"""
