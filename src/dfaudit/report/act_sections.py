"""The report's sections on acting: "Notices and response times" and "Since the last audit".

Both read ``dfaudit.act`` (the stage before report). Neither prints a name or a model id: only
platforms, counts, hours and shares.
"""

from __future__ import annotations

import statistics
from typing import TYPE_CHECKING

from dfaudit.act.clock import DEADLINE_HOURS, notice_statuses, response_times
from dfaudit.act.common import iso
from dfaudit.act.diff import diff_since, previous_censuses
from dfaudit.records import PLATFORMS
from dfaudit.report.model import Column, Section, Table, as_share

if TYPE_CHECKING:
    from dfaudit.report.sections import ReportContext


def notices_and_response_times(ctx: ReportContext) -> Section:
    statuses = [
        s
        for s in notice_statuses(ctx.store)
        if ctx.scope.platform is None or s.platform == ctx.scope.platform
    ]
    rows = response_times(statuses)
    table = Table(
        "notices",
        "Removal notices: response times per platform",
        (
            Column("platform"),
            Column("models under notice", "int"),
            Column("removed", "int"),
            Column("median hours to removal", "num"),
            Column("removed within 48 h", "int"),
            Column("share within 48 h", "pct"),
            Column("came back", "int"),
            Column("still up", "int"),
        ),
        tuple(
            (
                r.platform,
                r.tracked,
                r.removed,
                r.median_hours,
                r.within_48h,
                r.share_within_48h,
                r.came_back,
                r.still_up,
            )
            for r in rows
        ),
        note="Models under notice: each noticed model and every copy of its file (same hash, "
        "any platform). Hours run from the notice (or a copy's first sighting) to the first "
        "crawl that found the model gone, so they are bounded by how often it was crawled. The "
        f"share within {DEADLINE_HOURS:.0f} h counts models removed or past the deadline.",
    )
    removed = sum(r.removed for r in rows)
    within = sum(r.within_48h for r in rows)
    decided = sum(r.decided for r in rows)
    hours = [c.hours for s in statuses for c in s.clocks if c.hours is not None]
    median = statistics.median(hours) if hours else None
    if statuses:
        lead = (
            f"{len(statuses):,} removal notices were recorded, covering "
            f"{sum(r.tracked for r in rows):,} models with their copies; {removed:,} were "
            f"removed, {within:,} of them within 48 hours."
        )
    else:
        lead = "No removal notice has been recorded yet (dfaudit notice record)."
    summary = {
        "notices": {
            "notices": len(statuses),
            "models_under_notice": sum(r.tracked for r in rows),
            "removed": removed,
            "removed_within_48h": within,
            "share_within_48h": as_share(within / decided) if decided else None,
            "median_hours_to_removal": median,
        }
    }
    return Section("notices", "Notices and response times", lead, (table,), None, summary)


def since_last_audit(ctx: ReportContext) -> Section:
    platforms = (ctx.scope.platform,) if ctx.scope.platform else PLATFORMS
    rows = diff_since(ctx.store, previous_censuses(ctx.store), platforms=platforms)
    table = Table(
        "since_last_audit",
        "Changes since the previous census",
        (
            Column("platform"),
            Column("previous census"),
            Column("new likeness models", "int"),
            Column("removed", "int"),
            Column("re-appeared", "int"),
            Column("new targets", "int"),
            Column("downloads gained", "int"),
        ),
        tuple(
            (
                r.platform,
                iso(r.since),
                r.new_likeness,
                r.removed_likeness,
                r.reappeared_likeness,
                r.new_targets,
                r.downloads_gained,
            )
            for r in rows
        ),
        note="Likeness models only. Each platform is compared with its own previous complete "
        "census; downloads gained compare each model's latest count with its count then.",
    )
    if rows:
        lead = (
            f"Since the previous census: {sum(r.new_likeness for r in rows):,} new likeness "
            f"models, {sum(r.removed_likeness for r in rows):,} removed, "
            f"{sum(r.reappeared_likeness for r in rows):,} re-appeared, "
            f"{sum(r.new_targets for r in rows):,} new targets."
        )
    else:
        lead = "Only one census of each platform so far: nothing to compare yet."
    summary = {"since_last_audit": [r.as_json() for r in rows]}
    return Section("since_last_audit", "Since the last audit", lead, (table,), None, summary)
