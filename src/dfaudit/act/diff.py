"""What changed since a run or a time: new likeness models, removed and re-appeared ones, new
targets, downloads gained — per platform.

A model is *new* when first seen after the baseline; *removed* when a census or a removal status
after the baseline found it gone; *re-appeared* when, after the baseline, it was listed again after
a removal or a copy of its file turned up after its removal (``forensics.timelines``). Downloads
gained compare each likeness model's latest count with its last observation at or before the
baseline (0 for a new model). Pure reads: works on a read-only store.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime

from dfaudit.act.common import iso, parse_time, utc
from dfaudit.detect.pseudonym import pseudonym
from dfaudit.errors import InputError
from dfaudit.forensics.timelines import model_timelines
from dfaudit.records import PLATFORMS
from dfaudit.store.db import Store


@dataclass(frozen=True, slots=True)
class PlatformDiff:
    platform: str
    since: datetime
    new_likeness: int
    removed_likeness: int
    reappeared_likeness: int
    new_targets: int
    downloads_gained: int
    new_target_pseudonyms: tuple[str, ...]

    def as_json(self) -> dict[str, object]:
        data = asdict(self)
        data["since"] = iso(self.since)
        data["new_target_pseudonyms"] = list(self.new_target_pseudonyms)
        return data


def resolve_since(store: Store, since: str) -> datetime:
    """A run id (its end, or start while unfinished) or an ISO time."""
    text = since.strip()
    if text.isdigit():
        at = store.scalar(
            "SELECT coalesce(finished_at, started_at) FROM runs WHERE run_id = ?", [int(text)]
        )
        if at is None:
            raise InputError(f"no run {text[:20]} in this store (see `dfaudit status`)")
        moment = utc(at)
        assert moment is not None
        return moment
    return parse_time(text, "--since")


def previous_censuses(store: Store) -> dict[str, datetime]:
    """Per platform, the end of the census before the latest one (platforms with two or more)."""
    out: dict[str, datetime] = {}
    for platform, at in store.query(
        "SELECT source, coalesce(finished_at, started_at) FROM runs "
        "WHERE census AND status = 'complete' "
        "QUALIFY row_number() OVER (PARTITION BY source ORDER BY started_at DESC) = 2"
    ):
        moment = utc(at)
        if platform in PLATFORMS and moment is not None:
            out[str(platform)] = moment
    return out


def diff_since(
    store: Store, since: dict[str, datetime], *, platforms: tuple[str, ...] = PLATFORMS
) -> list[PlatformDiff]:
    """The changes on each platform since its baseline in ``since``."""
    wanted = [p for p in platforms if p in since]
    if not wanted:
        return []
    # Models only ever seen through by-hash are hidden from listings: a census not listing
    # them says nothing (store.write.mark_absent_removed leaves them alone too).
    listed = set(
        store.query(
            "SELECT DISTINCT o.platform, o.model_id FROM observations o "
            "JOIN runs r USING (run_id) WHERE r.census"
        )
    )
    timelines = [
        t for t in model_timelines(store, likeness_only=True) if (t.platform, t.model_id) in listed
    ]
    out = []
    for platform in wanted:
        baseline = since[platform]
        new_likeness = int(
            store.scalar(
                "SELECT count(*) FROM models m JOIN findings f USING (platform, model_id) "
                "WHERE f.likeness AND m.platform = ? AND m.first_seen > ?",
                [platform, baseline],
            )
            or 0
        )
        removed = reappeared = 0
        for line in timelines:
            if line.platform != platform:
                continue
            if any(at > baseline for at in line.removals):
                removed += 1
            returned = any(at > baseline for at in line.returns) or any(
                c.after_removal and c.first_seen is not None and c.first_seen > baseline
                for c in line.copies
            )
            reappeared += int(returned)
        targets = [
            str(key)
            for (key,) in store.query(
                "SELECT f.target_key FROM findings f JOIN models m USING (platform, model_id) "
                "WHERE f.likeness AND f.target_key IS NOT NULL AND m.platform = ? "
                "GROUP BY f.target_key HAVING min(m.first_seen) > ? ORDER BY 1",
                [platform, baseline],
            )
        ]
        gained = int(
            store.scalar(
                """
                WITH base AS (
                    SELECT model_id, arg_max(downloads, observed_at) AS downloads
                    FROM observations WHERE platform = ? AND observed_at <= ? GROUP BY model_id
                )
                SELECT coalesce(sum(greatest(coalesce(m.downloads, 0)
                                             - coalesce(b.downloads, 0), 0)), 0)
                FROM models m JOIN findings f USING (platform, model_id)
                LEFT JOIN base b USING (model_id)
                WHERE f.likeness AND m.platform = ?
                """,
                [platform, baseline, platform],
            )
            or 0
        )
        out.append(
            PlatformDiff(
                platform,
                baseline,
                new_likeness,
                removed,
                reappeared,
                len(targets),
                gained,
                tuple(sorted(pseudonym(store, key) for key in targets)),
            )
        )
    return out
