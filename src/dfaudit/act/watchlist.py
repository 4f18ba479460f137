"""The watchlist: names a person (or someone acting for them) asks to be watched, kept only as
keyed hashes.

Each name is reduced to detection's canonical key (:func:`dfaudit.detect.names.canonical_key`:
accents folded, leetspeak undone, doubled letters collapsed, words sorted) and stored as
HMAC-SHA256 of that key under a random key kept in the store's ``settings``. The clear name is
never written: not to the database, not to a log. Matching hashes each finding's target key the
same way (see :mod:`dfaudit.act.alerts`).
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from dfaudit.act.common import one_line, table_exists
from dfaudit.detect.lexicon import WATCH_KEY_SETTING, watch_key
from dfaudit.detect.names import canonical_key
from dfaudit.errors import InputError
from dfaudit.store.db import Store

SETTING = WATCH_KEY_SETTING  # the key `lexicon import --kind watchlist` seals its entries with
MIN_KEY_LETTERS = 4  # a key this short would match too much


def name_hmac(key: bytes, name: str) -> str | None:
    """The keyed hash of ``name``'s canonical key; None when the name has no usable letters."""
    canonical = canonical_key(name)
    if len(canonical.replace(" ", "")) < MIN_KEY_LETTERS:
        return None
    return hmac.new(key, canonical.encode("utf-8"), hashlib.sha256).hexdigest()


@dataclass(frozen=True, slots=True)
class WatchEntry:
    label: str
    names: int
    added_at: datetime


def _check_label(label: str, names: list[str]) -> str:
    clean = one_line(label, 80)
    if not clean:
        raise InputError("--label must not be empty")
    label_key = canonical_key(clean)
    label_words = set(label_key.split())
    for name in names:
        words = set(canonical_key(name).split())
        if label_key and (label_key == canonical_key(name) or (words and words <= label_words)):
            raise InputError(
                "the label must not contain a watched name (labels are stored in clear): "
                "use a case number or an alias"
            )
    return clean


def add_watch(store: Store, label: str, names: Iterable[str]) -> int:
    """Store keyed hashes of ``names`` under ``label``; returns how many were new."""
    given = [n for n in names if n.strip()]
    if not given:
        raise InputError("give at least one name, spelling or handle to watch")
    clean_label = _check_label(label, given)
    with store.transaction():
        key = watch_key(store, create=True)
        assert key is not None
        hashes = []
        for name in given:
            digest = name_hmac(key, name)
            if digest is None:
                raise InputError(
                    f"one of the names has fewer than {MIN_KEY_LETTERS} letters once "
                    "normalised: it would match too much"
                )  # the name itself is not echoed: it may end up in a log
            hashes.append(digest)
        before = int(store.scalar("SELECT count(*) FROM watchlist") or 0)
        now = datetime.now(UTC)
        for digest in sorted(set(hashes)):
            store.con.execute(
                "INSERT OR IGNORE INTO watchlist VALUES (?, ?, ?)", [clean_label, digest, now]
            )
        after = int(store.scalar("SELECT count(*) FROM watchlist") or 0)
    return after - before


def list_watch(store: Store) -> list[WatchEntry]:
    if not table_exists(store, "watchlist"):
        return []
    return [
        WatchEntry(str(label), int(n), added)
        for label, n, added in store.query(
            "SELECT label, count(*), min(added_at) FROM watchlist GROUP BY label ORDER BY label"
        )
    ]


def remove_watch(store: Store, label: str) -> int:
    """Forget every entry under ``label``; returns how many were removed."""
    with store.transaction():
        count = int(store.scalar("SELECT count(*) FROM watchlist WHERE label = ?", [label]) or 0)
        if not count:
            raise InputError(f"no watch entries under label {one_line(label, 80)!r}")
        store.con.execute("DELETE FROM watchlist WHERE label = ?", [label])
    return count


def watched(store: Store) -> dict[str, set[str]]:
    """name hmac → labels watching it."""
    if not table_exists(store, "watchlist"):
        return {}
    out: dict[str, set[str]] = {}
    for label, digest in store.query("SELECT label, name_hmac FROM watchlist"):
        out.setdefault(str(digest), set()).add(str(label))
    return out
