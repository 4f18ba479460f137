"""What a report covers: the ``--platform`` / ``--since`` filter, as temporary views.

Every query of the report reads the ``r_*`` views created here, never the base tables, so a
filter applies to every section alike. The views are TEMP objects, which a read-only DuckDB
connection accepts; the filter values are validated and inlined (views cannot take parameters).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from dfaudit.errors import InputError
from dfaudit.records import PLATFORMS
from dfaudit.store.db import Store

# The monthly timeline starts here (the first LoRAs of real people on Civitai).
TIMELINE_START = date(2022, 11, 1)


@dataclass(frozen=True, slots=True)
class ReportScope:
    """The slice of the store a report describes; both ``None`` means everything."""

    platform: str | None = None
    since: date | None = None

    @property
    def filtered(self) -> bool:
        return self.platform is not None or self.since is not None

    def describe(self) -> str:
        """One line for the report's header."""
        parts = [f"platform {self.platform}" if self.platform else "all platforms"]
        parts.append(
            f"models created since {self.since.isoformat()}" if self.since else "all dates"
        )
        return ", ".join(parts)


def make_scope(platform: str | None = None, since: str | date | None = None) -> ReportScope:
    """Validate the operator's filter; an unknown platform or a bad date is an InputError."""
    if platform is not None and platform not in PLATFORMS:
        raise InputError(f"unknown platform {platform!r}: use one of {', '.join(PLATFORMS)}")
    return ReportScope(platform=platform, since=_parse_since(since))


def _parse_since(since: str | date | None) -> date | None:
    if since is None or isinstance(since, date):
        return since.date() if isinstance(since, datetime) else since
    try:
        return date.fromisoformat(since.strip())
    except ValueError:
        raise InputError(f"--since {since!r} is not a date like 2024-01-31") from None


def _model_filter(scope: ReportScope, alias: str) -> str:
    conditions = ["TRUE"]
    if scope.platform is not None:
        conditions.append(f"{alias}.platform = '{scope.platform}'")
    if scope.since is not None:
        conditions.append(
            f"{alias}.created_at >= TIMESTAMPTZ '{scope.since.isoformat()} 00:00:00+00'"
        )
    return " AND ".join(conditions)


def _bounty_filter(scope: ReportScope, alias: str) -> str:
    if scope.platform not in (None, "civitai"):
        return "FALSE"  # bounties exist on Civitai only
    if scope.since is not None:
        return f"{alias}.starts_at >= TIMESTAMPTZ '{scope.since.isoformat()} 00:00:00+00'"
    return "TRUE"


def create_scope_views(store: Store, scope: ReportScope) -> None:
    """(Re)create the ``r_*`` views for ``scope`` on this connection."""
    con = store.con
    con.execute(
        f"CREATE OR REPLACE TEMP VIEW r_models AS SELECT * FROM models m "
        f"WHERE {_model_filter(scope, 'm')}"
    )
    # Unfiltered, findings are the table itself, so counts equal `export findings` exactly.
    findings_source = (
        "SELECT f.* FROM findings f SEMI JOIN r_models m "
        "ON f.platform = m.platform AND f.model_id = m.model_id"
        if scope.filtered
        else "SELECT * FROM findings"
    )
    con.execute(f"CREATE OR REPLACE TEMP VIEW r_findings AS {findings_source}")
    # Likeness models with the model's own columns; a finding without a model row keeps NULLs.
    con.execute(
        """
        CREATE OR REPLACE TEMP VIEW r_likeness AS
        SELECT f.platform, f.model_id, f.likeness_score, f.target_key, f.target_name,
               coalesce(f.target_gender, 'unknown') AS target_gender,
               coalesce(f.prominence, 'private_or_unknown') AS prominence,
               f.sexual_intent, f.minor_risk, f.violations,
               m.name, m.url, m.type, m.creator, m.created_at, m.base_model, m.tags,
               coalesce(m.downloads, 0) AS downloads, m.status, m.removed_at, m.description
        FROM r_findings f
        LEFT JOIN models m ON m.platform = f.platform AND m.model_id = f.model_id
        WHERE f.likeness
        """
    )
    con.execute(
        f"CREATE OR REPLACE TEMP VIEW r_bounties AS SELECT * FROM bounties b "
        f"WHERE {_bounty_filter(scope, 'b')}"
    )
    con.execute(
        """
        CREATE OR REPLACE TEMP VIEW r_bounty_findings AS
        SELECT b.*, bf.likeness, bf.target_key, bf.target_name,
               coalesce(bf.target_gender, 'unknown') AS target_gender,
               bf.sexual_intent, bf.minor_risk
        FROM r_bounties b JOIN bounty_findings bf USING (bounty_id)
        """
    )
    con.execute(
        """
        CREATE OR REPLACE TEMP VIEW r_reuploads AS
        SELECT r.* FROM reuploads r
        WHERE EXISTS (SELECT 1 FROM r_models m
                      WHERE m.platform = r.platform_a AND m.model_id = r.model_id_a)
           OR EXISTS (SELECT 1 FROM r_models m
                      WHERE m.platform = r.platform_b AND m.model_id = r.model_id_b)
        """
    )
