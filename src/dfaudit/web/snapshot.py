"""Reading the published review snapshot together with the review database.

Each request opens the review database and attaches the snapshot read-only, so a snapshot
renamed into place by a later ``process`` is picked up by the next request, and the queue can
leave out decided findings with one join.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from dfaudit.publish import snapshot_path
from dfaudit.web.review import DECISIONS, ReviewDB, ReviewError

STATES = ("undecided", *DECISIONS, "decided", "all")
PROMINENCE = ("public_figure", "online_creator", "private_or_unknown")
PLATFORMS = ("civitai", "huggingface")
MAX_FILTER = 200
MAX_LIMIT = 500
MAX_PAGE = 100_000
OTHER_MODELS = 50

QUEUE_COLUMNS = (
    "f.platform, f.model_id, f.rank, f.name, f.type, f.creator, f.downloads, f.created_at, "
    "f.nsfw_level, f.pseudonym, f.target_name, f.target_gender, f.prominence, f.sexual_intent, "
    "f.minor_risk, f.likeness_score, f.violations, f.status, f.removed_at, l.decision"
)


class SnapshotMissing(ReviewError):
    """No snapshot has been published beside the store yet."""


@dataclass(frozen=True)
class QueueFilter:
    """What the queue is narrowed to; every value comes from a request and is checked."""

    platform: str | None = None
    model_type: str | None = None
    prominence: str | None = None
    sexual_intent: bool | None = None
    minor_risk: bool | None = None
    target: str | None = None
    state: str = "undecided"

    @classmethod
    def from_params(cls, params: Mapping[str, str]) -> QueueFilter:
        def text(name: str) -> str | None:
            value = (params.get(name) or "").strip()
            if len(value) > MAX_FILTER:
                raise ReviewError(f"filter {name} is too long")
            return value or None

        def flag(name: str) -> bool | None:
            value = text(name)
            if value is None or value == "any":
                return None
            if value in ("yes", "true", "1"):
                return True
            if value in ("no", "false", "0"):
                return False
            raise ReviewError(f"filter {name} is yes, no or any")

        platform, prominence = text("platform"), text("prominence")
        if platform is not None and platform not in PLATFORMS:
            raise ReviewError(f"unknown platform: use one of {', '.join(PLATFORMS)}")
        if prominence is not None and prominence not in PROMINENCE:
            raise ReviewError(f"unknown prominence: use one of {', '.join(PROMINENCE)}")
        state = text("state") or "undecided"
        if state not in STATES:
            raise ReviewError(f"unknown decision state: use one of {', '.join(STATES)}")
        return cls(
            platform=platform,
            model_type=text("type"),
            prominence=prominence,
            sexual_intent=flag("sexual_intent"),
            minor_risk=flag("minor_risk"),
            target=text("target"),
            state=state,
        )

    def where(self) -> tuple[list[str], list[Any]]:
        """SQL conditions on the snapshot's findings (alias ``f``), without the state."""
        clauses: list[str] = []
        params: list[Any] = []
        for column, value in (
            ("f.platform", self.platform),
            ("f.type", self.model_type),
            ("f.prominence", self.prominence),
            ("f.pseudonym", self.target),
        ):
            if value is not None:
                clauses.append(f"{column} = ?")
                params.append(value)
        for column, flag in (
            ("f.sexual_intent", self.sexual_intent),
            ("f.minor_risk", self.minor_risk),
        ):
            if flag is not None:
                clauses.append(f"{column} = ?")
                params.append(int(flag))
        return clauses, params

    def query_params(self) -> dict[str, str]:
        """The filter as query parameters (for paging links)."""
        out: dict[str, str] = {}
        for name, value in (
            ("platform", self.platform),
            ("type", self.model_type),
            ("prominence", self.prominence),
            ("target", self.target),
        ):
            if value is not None:
                out[name] = value
        for name, flag in (("sexual_intent", self.sexual_intent), ("minor_risk", self.minor_risk)):
            if flag is not None:
                out[name] = "yes" if flag else "no"
        if self.state != "undecided":
            out["state"] = self.state
        return out


@dataclass(frozen=True)
class QueuePage:
    total: int
    limit: int
    offset: int
    items: list[dict[str, Any]]
    filters: QueueFilter
    published_at: str
    types: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class FindingView:
    finding: dict[str, Any]
    evidence: list[dict[str, Any]]
    observations: list[dict[str, Any]]
    reuploads: list[dict[str, Any]]
    headers: list[dict[str, Any]]
    other_models: list[dict[str, Any]]
    rules: list[dict[str, Any]]
    published_at: str


class SnapshotReader:
    """Queries over ``<db>.snapshot.sqlite`` joined with the review database."""

    def __init__(self, db_path: str | Path, review: ReviewDB, snapshot: Path | None = None):
        self.path = snapshot or snapshot_path(db_path)
        self.review = review

    def available(self) -> bool:
        return self.path.is_file()

    @contextmanager
    def connect(self) -> Iterator[sqlite3.Connection]:
        if not self.available():
            raise SnapshotMissing(
                "no review snapshot yet: run `dfaudit process` on the store to publish one"
            )
        con = self.review.connect()
        try:
            uri = f"file:{quote(str(self.path.resolve()))}?mode=ro"
            con.execute("ATTACH DATABASE ? AS snap", [uri])
            con.row_factory = sqlite3.Row
            yield con
        finally:
            con.close()

    def queue(self, filters: QueueFilter, limit: int = 50, offset: int = 0) -> QueuePage:
        limit = max(1, min(int(limit), MAX_LIMIT))
        offset = max(0, min(int(offset), MAX_PAGE * MAX_LIMIT))
        clauses, params = filters.where()
        state_clause = {
            "undecided": "l.decision IS NULL",
            "decided": "l.decision IS NOT NULL",
            "all": "",
        }.get(filters.state, "l.decision = ?")
        state_params = [filters.state] if filters.state in DECISIONS else []
        where = " AND ".join([*clauses, state_clause] if state_clause else clauses) or "1"
        join = (
            "LEFT JOIN main.latest_decisions l "
            "ON l.platform = f.platform AND l.model_id = f.model_id"
        )
        with self.connect() as con:
            rows = con.execute(
                f"SELECT {QUEUE_COLUMNS} FROM snap.findings f {join} WHERE {where} "
                "ORDER BY f.rank LIMIT ? OFFSET ?",
                [*params, *state_params, limit, offset],
            ).fetchall()
            total = self._count(con, filters, clauses, params)
            meta = self._meta(con)
            types = [str(t) for t in _json_list(meta.get("types"))][:100]
        return QueuePage(
            total=total,
            limit=limit,
            offset=offset,
            items=[_queue_item(row) for row in rows],
            filters=filters,
            published_at=meta.get("published_at", ""),
            types=types,
        )

    def _count(
        self, con: sqlite3.Connection, filters: QueueFilter, clauses: list[str], params: list[Any]
    ) -> int:
        # Decided findings are few next to the snapshot: count them from the decisions side
        # (a correlated EXISTS, so SQLite probes the snapshot per decision instead of building a
        # filter over all of it), and the undecided as all minus decided.
        where = " AND ".join(clauses) or "1"
        decided_sql = (
            "SELECT count(*) FROM main.latest_decisions l WHERE {state} EXISTS (SELECT 1 FROM "
            "snap.findings f WHERE f.platform = l.platform AND f.model_id = l.model_id AND "
            f"{where})"
        )
        if filters.state in DECISIONS:
            sql = decided_sql.format(state="l.decision = ? AND")
            return int(con.execute(sql, [filters.state, *params]).fetchone()[0])
        decided = int(con.execute(decided_sql.format(state=""), params).fetchone()[0])
        if filters.state == "decided":
            return decided
        everything = int(
            con.execute(f"SELECT count(*) FROM snap.findings f WHERE {where}", params).fetchone()[0]
        )
        return everything if filters.state == "all" else everything - decided

    @staticmethod
    def _meta(con: sqlite3.Connection) -> dict[str, str]:
        return {str(k): str(v) for k, v in con.execute("SELECT key, value FROM snap.meta")}

    def finding(self, platform: str, model_id: str) -> FindingView | None:
        key = [platform, model_id]
        with self.connect() as con:
            row = con.execute(
                "SELECT d.*, f.*, l.decision AS decision FROM snap.findings f "
                "JOIN snap.details d ON d.rank = f.rank "
                "LEFT JOIN main.latest_decisions l "
                "ON l.platform = f.platform AND l.model_id = f.model_id "
                "WHERE f.platform = ? AND f.model_id = ?",
                key,
            ).fetchone()
            if row is None:
                return None
            finding = dict(row)
            for name in ("tags", "trained_words", "violations"):
                finding[name] = _json_list(finding.get(name))
            for name in ("nsfw", "poi", "minor", "sexual_intent", "minor_risk"):
                if finding.get(name) is not None:
                    finding[name] = bool(finding[name])
            evidence = _json_list(finding.pop("evidence", None))
            observations = [
                dict(r)
                for r in con.execute(
                    "SELECT observed_at, downloads, status FROM snap.observations "
                    "WHERE platform = ? AND model_id = ? ORDER BY observed_at",
                    key,
                )
            ]
            reuploads = [
                dict(r)
                for r in con.execute(
                    "SELECT sha256, platform_b AS platform, model_id_b AS model_id, "
                    "first_seen_b AS first_seen FROM snap.reuploads "
                    "WHERE platform_a = ? AND model_id_a = ? UNION "
                    "SELECT sha256, platform_a, model_id_a, first_seen_a FROM snap.reuploads "
                    "WHERE platform_b = ? AND model_id_b = ? ORDER BY 4, 2, 3",
                    key + key,
                )
            ]
            headers = [
                {**dict(r), "metadata": _json_object(r["metadata"])}
                for r in con.execute(
                    "SELECT file_name, status, header_sha256, metadata FROM snap.headers "
                    "WHERE platform = ? AND model_id = ? ORDER BY file_name",
                    key,
                )
            ]
            other_models: list[dict[str, Any]] = []
            if finding.get("pseudonym"):
                other_models = [
                    dict(r)
                    for r in con.execute(
                        "SELECT platform, model_id, name, downloads, status FROM snap.findings "
                        "WHERE pseudonym = ? AND NOT (platform = ? AND model_id = ?) "
                        "ORDER BY rank LIMIT ?",
                        [finding["pseudonym"], platform, model_id, OTHER_MODELS],
                    )
                ]
            rule_ids = [str(v) for v in finding["violations"]]
            rules = [
                dict(r)
                for r in con.execute(
                    f"SELECT * FROM snap.rules WHERE id IN ({', '.join('?' * len(rule_ids))})",
                    rule_ids,
                )
            ]
            meta = self._meta(con)
        return FindingView(
            finding=finding,
            evidence=[e for e in evidence if isinstance(e, dict)],
            observations=observations,
            reuploads=reuploads,
            headers=headers,
            other_models=other_models,
            rules=rules,
            published_at=meta.get("published_at", ""),
        )


def _queue_item(row: sqlite3.Row) -> dict[str, Any]:
    item = dict(row)
    item["violations"] = _json_list(item.get("violations"))
    item["sexual_intent"] = bool(item["sexual_intent"])
    item["minor_risk"] = bool(item["minor_risk"])
    return item


def _json_list(value: Any) -> list[Any]:
    if not value:
        return []
    try:
        parsed = json.loads(value)
    except (TypeError, ValueError):
        return []
    return parsed if isinstance(parsed, list) else []


def _json_object(value: Any) -> dict[str, Any]:
    if not value:
        return {}
    try:
        parsed = json.loads(value)
    except (TypeError, ValueError):
        return {}
    return parsed if isinstance(parsed, dict) else {}
