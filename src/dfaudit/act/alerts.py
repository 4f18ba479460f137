"""Alerts: a watched person's new likeness models, and new copies of files already noticed.

:func:`raise_alerts` looks at the store after ``process`` and raises each alert once (its id is
the table's key): a likeness finding whose target matches a watch entry (keyed hash of the
canonical key), or a model that carries the file of a noticed model and was first seen after the
notice. :func:`deliver` POSTs one JSON document per undelivered alert to a webhook, retrying
with backoff on network errors, 408, 429 and 5xx; an alert is marked delivered in the same moment
the receiver accepts it, so it is never POSTed again (each POST also carries the alert id as
``Idempotency-Key`` for receivers that want to be sure).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import httpx

from dfaudit import __version__
from dfaudit.act.common import iso, one_line, table_exists, utc
from dfaudit.act.notices import copies_of
from dfaudit.act.watchlist import name_hmac, watched
from dfaudit.detect.lexicon import watch_key
from dfaudit.detect.pseudonym import pseudonym
from dfaudit.errors import InputError
from dfaudit.store.db import Store

RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})


@dataclass(frozen=True, slots=True)
class Alert:
    alert_id: str
    kind: str  # watch | reupload
    platform: str
    model_id: str
    document: dict[str, Any]

    def line(self) -> str:
        doc = self.document
        if self.kind == "watch":
            what = (
                f"watch {doc.get('label')}: likeness model of {doc.get('target_pseudonym')} "
                f"(score {doc.get('likeness_score')})"
            )
        else:
            what = f"re-upload of noticed {doc.get('original_platform')}:{doc.get('original_id')}"
        return one_line(f"{what}: {self.platform}:{self.model_id} {doc.get('url') or ''}", 400)


def _model_facts(store: Store, platform: str, model_id: str) -> dict[str, Any]:
    rows = store.query(
        "SELECT m.url, m.downloads, m.first_seen, m.status, f.likeness_score, f.sexual_intent, "
        "f.minor_risk, f.target_key FROM models m LEFT JOIN findings f USING (platform, model_id) "
        "WHERE m.platform = ? AND m.model_id = ?",
        [platform, model_id],
    )
    if not rows:
        return {"platform": platform, "model_id": model_id}
    url, downloads, first_seen, status, score, sexual, minor, target_key = rows[0]
    return {
        "platform": platform,
        "model_id": model_id,
        "url": url,
        "downloads": downloads,
        "first_seen": iso(first_seen),
        "status": status,
        "likeness_score": None if score is None else round(float(score), 3),
        "sexual_intent": sexual,
        "minor_risk": minor,
        "target_pseudonym": pseudonym(store, target_key) if target_key else None,
    }


def _watch_candidates(
    store: Store, since: datetime | None
) -> list[tuple[str, str, str, dict[str, Any]]]:
    """(alert id, platform, model id, document) for every watched likeness finding."""
    watching = watched(store)
    key = watch_key(store)
    if not watching or key is None:
        return []
    sql = (
        "SELECT platform, model_id, target_key, target_name FROM findings "
        "WHERE likeness AND target_key IS NOT NULL"
    )
    params: list[Any] = []
    if since is not None:
        sql += " AND processed_at >= ?"
        params.append(since)
    out = []
    hashes: dict[str, str | None] = {}
    for platform, model_id, target_key, target_name in store.query(sql + " ORDER BY ALL", params):
        labels: set[str] = set()
        for text in (target_key, target_name):
            if not text:
                continue
            if text not in hashes:
                hashes[text] = name_hmac(key, text)
            digest = hashes[text]
            if digest is not None:
                labels |= watching.get(digest, set())
        for label in sorted(labels):
            alert_id = f"watch:{label}:{platform}:{model_id}"
            out.append((alert_id, platform, model_id, {"kind": "watch", "label": label}))
    return out


def _reupload_candidates(
    store: Store, since: datetime | None
) -> list[tuple[str, str, str, dict[str, Any]]]:
    if not table_exists(store, "notices"):
        return []
    out = []
    for notice_id, platform, model_id, sent_at, hashes in store.query(
        "SELECT notice_id, platform, model_id, sent_at, file_sha256 FROM notices ORDER BY 1"
    ):
        for copy_platform, copy_id, _url in copies_of(store, platform, model_id, hashes):
            first_seen = utc(
                store.scalar(
                    "SELECT first_seen FROM models WHERE platform = ? AND model_id = ?",
                    [copy_platform, copy_id],
                )
            )
            sent = utc(sent_at)
            if first_seen is None or sent is None or first_seen <= sent:
                continue  # known when the notice went out: it belongs in that notice
            if since is not None and first_seen < since:
                continue
            out.append(
                (
                    f"reupload:{copy_platform}:{copy_id}",
                    copy_platform,
                    copy_id,
                    {
                        "kind": "reupload",
                        "notice_id": int(notice_id),
                        "original_platform": platform,
                        "original_id": model_id,
                    },
                )
            )
    return out


def raise_alerts(
    store: Store, *, since: datetime | None = None, now: datetime | None = None
) -> list[Alert]:
    """Raise every alert not raised before; returns only the new ones."""
    moment = utc(now) or datetime.now(UTC)
    since = utc(since)
    candidates = _watch_candidates(store, since) + _reupload_candidates(store, since)
    if not candidates:
        return []
    known = {str(a) for (a,) in store.query("SELECT alert_id FROM alerts")}
    new: list[Alert] = []
    with store.transaction() as con:
        for alert_id, platform, model_id, extra in candidates:
            if alert_id in known:
                continue
            known.add(alert_id)
            document = {
                "alert_id": alert_id,
                "raised_at": iso(moment),
                "tool": f"dfaudit {__version__}",
                **_model_facts(store, platform, model_id),
                **extra,
            }
            con.execute(
                "INSERT INTO alerts (alert_id, kind, label, notice_id, platform, model_id, "
                "document, raised_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [alert_id, extra["kind"], extra.get("label"), extra.get("notice_id"), platform,
                 model_id, json.dumps(document, sort_keys=True), moment],
            )  # fmt: skip
            new.append(Alert(alert_id, extra["kind"], platform, model_id, document))
    return new


def pending_alerts(store: Store) -> list[Alert]:
    """Alerts raised but not yet delivered to a webhook, oldest first."""
    return [
        Alert(str(a), str(k), str(p), str(m), json.loads(d) if isinstance(d, str) else d)
        for a, k, p, m, d in store.query(
            "SELECT alert_id, kind, platform, model_id, document FROM alerts "
            "WHERE delivered_at IS NULL ORDER BY raised_at, alert_id"
        )
    ]


@dataclass(frozen=True, slots=True)
class Delivery:
    delivered: int
    failed: tuple[tuple[str, str], ...]  # (alert id, last error)
    skipped: int = 0  # not tried: the webhook was down

    def line(self) -> str:
        text = f"webhook: {self.delivered} alert(s) delivered"
        if self.failed or self.skipped:
            text += (
                f", {len(self.failed) + self.skipped} not delivered (they stay pending for "
                "the next run)"
            )
        return text


def check_webhook(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError("--webhook must be an http:// or https:// URL")
    return url


def deliver(
    store: Store,
    url: str,
    alerts: list[Alert] | None = None,
    *,
    attempts: int = 5,
    backoff: float = 1.0,
    backoff_cap: float = 30.0,
    timeout: float = 10.0,
    sleep: Callable[[float], None] = time.sleep,
) -> Delivery:
    """POST each undelivered alert once; retry transient failures with exponential backoff."""
    check_webhook(url)
    todo = pending_alerts(store) if alerts is None else alerts
    delivered = 0
    failed: list[tuple[str, str]] = []
    skipped = 0
    with httpx.Client(timeout=timeout, follow_redirects=False) as client:
        for position, alert in enumerate(todo):
            error = ""
            tries = 0
            transient = True
            for attempt in range(attempts):
                tries += 1
                try:
                    response = client.post(
                        url,
                        json=alert.document,
                        headers={"Idempotency-Key": alert.alert_id, "User-Agent": "dfaudit"},
                    )
                except httpx.HTTPError as exc:
                    error = f"{type(exc).__name__}"
                else:
                    if 200 <= response.status_code < 300:
                        store.con.execute(
                            "UPDATE alerts SET delivered_at = ?, delivered_to = ?, "
                            "attempts = attempts + ?, last_error = NULL WHERE alert_id = ?",
                            [datetime.now(UTC), url, tries, alert.alert_id],
                        )
                        delivered += 1
                        error = ""
                        break
                    error = f"HTTP {response.status_code}"
                    if response.status_code not in RETRY_STATUSES:
                        transient = False
                        break  # the receiver refuses this one: retrying will not help
                if attempt + 1 < attempts:
                    sleep(min(backoff_cap, backoff * 2**attempt))
            if error:
                store.con.execute(
                    "UPDATE alerts SET attempts = attempts + ?, last_error = ? WHERE alert_id = ?",
                    [tries, error, alert.alert_id],
                )
                failed.append((alert.alert_id, error))
                if transient:
                    # The webhook is down: the rest would only wait out the same backoff.
                    skipped = len(todo) - position - 1
                    break
    return Delivery(delivered, tuple(failed), skipped)
