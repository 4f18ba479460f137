"""The compliance clock: a recorded notice starts it, later censuses stop it.

:func:`record_notice` stores that a notice about a model was sent (with the model's file hashes
then). :func:`notice_statuses` answers, from every later census, when the model and each known
copy of its files (same hash, any platform) went, how many hours after the notice (or after the
copy's first sighting, when later), whether within 48 hours, and whether it came back.
:func:`response_times` sums that up per platform for the report.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from dfaudit.act.common import iso, one_line, parse_time, require_model, table_exists, utc
from dfaudit.act.notices import copies_of
from dfaudit.errors import InputError
from dfaudit.forensics.timelines import REMOVED_STATUSES
from dfaudit.store.db import Store

DEADLINE_HOURS = 48.0


def record_notice(
    store: Store,
    platform: str,
    model_id: str,
    sent_at: str | datetime,
    channel: str,
    ref: str | None = None,
) -> int:
    """Store that a notice about this model was sent; returns its id. The clock starts then."""
    require_model(store, platform, model_id)
    when = parse_time(sent_at, "--sent-at") if isinstance(sent_at, str) else utc(sent_at)
    now = datetime.now(UTC)
    if when is None or when > now + timedelta(minutes=5):
        raise InputError("--sent-at lies in the future")
    if not channel.strip():
        raise InputError("--channel must say how the notice was sent (e.g. 'civitai form')")
    hashes = [
        str(s).lower()
        for (s,) in store.query(
            "SELECT sha256 FROM files WHERE platform = ? AND model_id = ? AND sha256 IS NOT NULL "
            "ORDER BY 1",
            [platform, model_id],
        )
    ]
    with store.transaction() as con:
        notice_id = int(con.execute("SELECT nextval('notice_ids')").fetchall()[0][0])
        con.execute(
            "INSERT INTO notices VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [notice_id, platform, model_id, when, one_line(channel, 200),
             one_line(ref, 200) if ref else None, hashes, now],
        )  # fmt: skip
    return notice_id


@dataclass(frozen=True, slots=True)
class Clock:
    """One model under a notice: the noticed model itself or a copy of its file."""

    platform: str
    model_id: str
    role: str  # noticed | copy
    clock_from: datetime  # the notice, or the copy's first sighting if later
    removed_at: datetime | None  # first census/observation after clock_from finding it gone
    hours: float | None
    within_48h: bool | None
    came_back: bool
    still_up: bool
    gone_before_notice: bool

    def overdue(self, now: datetime) -> bool:
        late = (now - self.clock_from).total_seconds() / 3600 > DEADLINE_HOURS
        return self.still_up and late


@dataclass(frozen=True, slots=True)
class NoticeStatus:
    notice_id: int
    platform: str
    model_id: str
    sent_at: datetime
    channel: str
    ref: str | None
    clocks: tuple[Clock, ...]

    @property
    def noticed(self) -> Clock:
        return self.clocks[0]

    def overdue(self, now: datetime) -> bool:
        return any(clock.overdue(now) for clock in self.clocks)

    def as_json(self, now: datetime) -> dict[str, Any]:
        return {
            "notice_id": self.notice_id,
            "platform": self.platform,
            "model_id": self.model_id,
            "sent_at": iso(self.sent_at),
            "channel": self.channel,
            "ref": self.ref,
            "overdue": self.overdue(now),
            "models": [
                {
                    "platform": c.platform,
                    "model_id": c.model_id,
                    "role": c.role,
                    "clock_from": iso(c.clock_from),
                    "removed_at": iso(c.removed_at),
                    "hours_to_removal": c.hours,
                    "within_48h": c.within_48h,
                    "came_back": c.came_back,
                    "still_up": c.still_up,
                    "gone_before_notice": c.gone_before_notice,
                    "overdue": c.overdue(now),
                }
                for c in self.clocks
            ],
        }


def _events(store: Store, platform: str, model_id: str) -> list[tuple[datetime, bool]]:
    """(when, listed) points: every observation, and every complete census that missed it."""
    observed = [
        (utc(at), run_id, status not in REMOVED_STATUSES, bool(in_census))
        for at, run_id, status, in_census in store.query(
            "SELECT o.observed_at, o.run_id, o.status, coalesce(r.census, FALSE) "
            "FROM observations o LEFT JOIN runs r USING (run_id) "
            "WHERE o.platform = ? AND o.model_id = ?",
            [platform, model_id],
        )
    ]
    events: list[tuple[datetime, bool]] = [(at, up) for at, _, up, _ in observed if at is not None]
    listed = [at for at, _, _, in_census in observed if at is not None and in_census]
    if listed:
        # A census says "gone" only for a model a census once listed: models found through
        # by-hash are hidden from listings (as store.write.mark_absent_removed knows).
        first = min(listed)
        seen = {run_id for _, run_id, _, _ in observed}
        for run_id, at in store.query(
            "SELECT run_id, coalesce(finished_at, started_at) FROM runs "
            "WHERE census AND status = 'complete' AND source = ?",
            [platform],
        ):
            moment = utc(at)
            if moment is not None and moment >= first and run_id not in seen:
                events.append((moment, False))
    elif not events:
        removed = store.scalar(
            "SELECT removed_at FROM models WHERE platform = ? AND model_id = ?",
            [platform, model_id],
        )
        if removed is not None:
            events.append((utc(removed), False))  # type: ignore[arg-type]
    return sorted(events, key=lambda e: (e[0], e[1]))


def _clock(store: Store, platform: str, model_id: str, role: str, sent_at: datetime) -> Clock:
    events = _events(store, platform, model_id)
    first_seen = events[0][0] if events else None
    start = max(sent_at, first_seen) if role == "copy" and first_seen else sent_at
    before = [up for at, up in events if at <= start]
    after = [(at, up) for at, up in events if at > start]
    gone_before = bool(before) and not before[-1]
    removed_at = None
    came_back = False
    up = not gone_before
    for at, listed in after:
        if up and not listed:
            removed_at = removed_at or at
            up = False
        elif not up and listed:
            came_back = came_back or removed_at is not None or gone_before
            up = True
    hours = None
    within = None
    if removed_at is not None:
        hours = round((removed_at - start).total_seconds() / 3600, 2)
        within = hours <= DEADLINE_HOURS
    return Clock(
        platform, model_id, role, start, removed_at, hours, within, came_back, up, gone_before
    )


def notice_statuses(store: Store) -> list[NoticeStatus]:
    """Every recorded notice with the clock of its model and of each known copy."""
    if not table_exists(store, "notices"):
        return []
    out = []
    for notice_id, platform, model_id, sent_at, channel, ref, hashes in store.query(
        "SELECT notice_id, platform, model_id, sent_at, channel, ref, file_sha256 FROM notices "
        "ORDER BY sent_at, notice_id"
    ):
        sent = utc(sent_at)
        assert sent is not None
        clocks = [_clock(store, platform, model_id, "noticed", sent)]
        for copy_platform, copy_id, _url in copies_of(store, platform, model_id, hashes):
            clocks.append(_clock(store, copy_platform, copy_id, "copy", sent))
        out.append(
            NoticeStatus(int(notice_id), platform, model_id, sent, channel, ref, tuple(clocks))
        )
    return out


@dataclass(frozen=True, slots=True)
class ResponseTimes:
    """Per platform: how fast noticed models (and copies) went."""

    platform: str
    tracked: int
    removed: int
    median_hours: float | None
    within_48h: int
    decided: int  # removed, or still up past the deadline
    came_back: int
    still_up: int

    @property
    def share_within_48h(self) -> float | None:
        """Removed within 48 h among the models whose deadline has passed or that went."""
        return self.within_48h / self.decided if self.decided else None


def response_times(
    statuses: list[NoticeStatus], now: datetime | None = None
) -> list[ResponseTimes]:
    moment = utc(now) or datetime.now(UTC)
    by_platform: dict[str, list[Clock]] = {}
    for status in statuses:
        for clock in status.clocks:
            if not clock.gone_before_notice:
                by_platform.setdefault(clock.platform, []).append(clock)
    out = []
    for platform, clocks in sorted(by_platform.items()):
        hours = [c.hours for c in clocks if c.hours is not None]
        out.append(
            ResponseTimes(
                platform,
                len(clocks),
                len(hours),
                statistics.median(hours) if hours else None,
                sum(1 for c in clocks if c.within_48h),
                sum(1 for c in clocks if c.hours is not None or c.overdue(moment)),
                sum(1 for c in clocks if c.came_back),
                sum(1 for c in clocks if c.still_up),
            )
        )
    return out
