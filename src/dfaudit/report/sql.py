"""Reusable SQL pieces of the report: base-model families, concentration, fixed labels.

All aggregation happens in DuckDB; Python only ever sees grouped rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dfaudit.store.db import Store

BASE_FAMILIES = ("SD 1.x", "SD 2.x", "SDXL", "Pony", "Illustrious", "Flux", "SD3", "Other")

# Order matters: Pony and Illustrious are SDXL derivatives and must win over "xl".
_FAMILY_PATTERNS = (
    ("Pony", r"pony"),
    ("Illustrious", r"illustrious|noob"),
    ("Flux", r"flux"),
    ("SD3", r"sd ?3|stable-diffusion-3"),
    ("SDXL", r"sdxl|sd ?xl|stable-diffusion-xl|\bxl\b"),
    ("SD 2.x", r"sd ?2|stable-diffusion-2|sd_v2"),
    ("SD 1.x", r"sd ?1|stable-diffusion-v?1|sd_v1"),
)


def base_family_sql(column: str) -> str:
    """A CASE expression mapping a raw base-model string to one of :data:`BASE_FAMILIES`."""
    whens = " ".join(
        f"WHEN regexp_matches(lower({column}), '{pattern}') THEN '{family}'"
        for family, pattern in _FAMILY_PATTERNS
    )
    return f"(CASE WHEN {column} IS NULL THEN 'Other' {whens} ELSE 'Other' END)"


PROMINENCE_LABELS = {
    "public_figure": "Public figure",
    "online_creator": "Online creator",
    "private_or_unknown": "Private or unknown",
}
GENDER_LABELS = {"female": "Female", "male": "Male", "unknown": "Unknown"}


@dataclass(frozen=True, slots=True)
class Concentration:
    """How unequally items (models, bounties) are spread over owners (creators, requesters)."""

    owners: int
    items: int
    top1_share: float | None
    top20_share: float | None
    gini: float | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "owners": self.owners,
            "items": self.items,
            "top_1pct_share": self.top1_share,
            "top_20pct_share": self.top20_share,
            "gini": self.gini,
        }


def concentration(store: Store, source_sql: str, owner_column: str) -> Concentration:
    """Share of items held by the top 1 % and 20 % of owners, and the Gini coefficient.

    ``source_sql`` is a SELECT with one row per item; rows without an owner are left out.
    Gini uses the sorted-rank form: G = 2·Σ i·x_i / (n·Σx) − (n+1)/n, with x ascending.
    """
    row = store.con.execute(
        f"""
        WITH counts AS (
            SELECT {owner_column} AS owner, count(*) AS n FROM ({source_sql})
            WHERE {owner_column} IS NOT NULL GROUP BY 1
        ), ranked AS (
            SELECT n,
                   row_number() OVER (ORDER BY n DESC) AS rank_desc,
                   row_number() OVER (ORDER BY n ASC) AS rank_asc,
                   count(*) OVER () AS owners,
                   sum(n) OVER () AS total
            FROM counts
        )
        SELECT max(owners), max(total),
               sum(n) FILTER (WHERE rank_desc <= ceil(owners * 0.01)) / max(total),
               sum(n) FILTER (WHERE rank_desc <= ceil(owners * 0.20)) / max(total),
               2.0 * sum(rank_asc * n) / (max(owners) * max(total))
                   - (max(owners) + 1.0) / max(owners)
        FROM ranked
        """
    ).fetchone()
    assert row is not None
    owners, items, top1, top20, gini = row
    if not owners:
        return Concentration(0, 0, None, None, None)
    return Concentration(int(owners), int(items), float(top1), float(top20), float(gini))


def share(part: int | float | None, whole: int | float | None) -> float | None:
    """``part / whole``, or None when there is nothing to divide by."""
    if not whole:
        return None
    return float(part or 0) / float(whole)


def fixed_label(value: object, allowed: dict[str, str], fallback: str = "Other") -> str:
    """A figure label from a fixed vocabulary; anything else becomes ``fallback``."""
    return allowed.get(str(value), fallback) if value is not None else fallback
