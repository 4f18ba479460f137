"""Removal and re-appearance timelines rebuilt from census runs, observations and links."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from dfaudit.forensics.timelines import model_timelines, target_timelines
from dfaudit.store.db import Store, open_store

R1, R2, R3 = (datetime(2025, m, 1, tzinfo=UTC) for m in (5, 6, 7))
NOW = datetime(2025, 8, 1, tzinfo=UTC)


@pytest.fixture
def store() -> Iterator[Store]:
    with open_store(":memory:") as db:
        for run_id, at in enumerate((R1, R2, R3), start=1):
            db.con.execute(
                "INSERT INTO runs (run_id, source, kind, params_key, started_at, finished_at, "
                "status, census) VALUES (?, 'civitai', 'crawl', '{}', ?, ?, 'complete', TRUE)",
                [run_id, at, at],
            )
        yield db


def model(store: Store, platform: str, model_id: str, created: datetime, **extra: object) -> None:
    store.con.execute(
        "INSERT INTO models (platform, model_id, created_at, first_seen, removed_at, status) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [
            platform,
            model_id,
            created,
            extra.get("first_seen", created),
            extra.get("removed_at"),
            extra.get("status", "active"),
        ],
    )


def seen(store: Store, model_id: str, run_id: int, status: str = "active") -> None:
    at = (R1, R2, R3)[run_id - 1]
    store.con.execute(
        "INSERT INTO observations VALUES ('civitai', ?, ?, ?, 0, ?, NULL)",
        [model_id, run_id, at, status],
    )


def likeness(store: Store, model_id: str, target: str) -> None:
    store.con.execute(
        "INSERT INTO findings (platform, model_id, likeness, likeness_score, target_key, "
        "sexual_intent, sexual_intent_score, minor_risk, detector_version, input_sha256, "
        "processed_at) VALUES ('civitai', ?, TRUE, 0.9, ?, FALSE, 0, FALSE, 't', 'i', now())",
        [model_id, target],
    )


def build(store: Store) -> None:
    model(store, "civitai", "1", datetime(2025, 1, 1, tzinfo=UTC))
    seen(store, "1", 1)  # gone from the June and July census
    model(store, "huggingface", "x/copy", datetime(2025, 6, 15, tzinfo=UTC))
    store.con.execute(
        "INSERT INTO reuploads VALUES ('ab', 'civitai', '1', 'huggingface', 'x/copy', ?, ?)",
        [datetime(2025, 1, 1, tzinfo=UTC), datetime(2025, 6, 15, tzinfo=UTC)],
    )
    model(store, "civitai", "2", datetime(2025, 4, 1, tzinfo=UTC))
    seen(store, "2", 1)
    seen(store, "2", 3)  # missing in June, back in July
    model(store, "civitai", "3", datetime(2025, 4, 1, tzinfo=UTC))
    for run_id in (1, 2, 3):
        seen(store, "3", run_id)  # always there: no timeline
    model(store, "civitai", "4", datetime(2025, 4, 1, tzinfo=UTC), status="taken_down")
    seen(store, "4", 1)
    seen(store, "4", 2, status="taken_down")
    seen(store, "4", 3, status="taken_down")
    model(
        store,
        "huggingface",
        "gone/repo",
        datetime(2025, 3, 1, tzinfo=UTC),
        removed_at=datetime(2025, 3, 11, tzinfo=UTC),
    )
    likeness(store, "1", "k")
    likeness(store, "2", "k")
    likeness(store, "4", "j")


def test_model_timelines(store: Store) -> None:
    build(store)
    timelines = {(t.platform, t.model_id): t for t in model_timelines(store, now=NOW)}
    assert set(timelines) == {
        ("civitai", "1"),
        ("civitai", "2"),
        ("civitai", "4"),
        ("huggingface", "gone/repo"),
    }
    first = timelines[("civitai", "1")]
    assert first.removed_at == R2 and first.removed_after == R1
    assert (first.days_to_removal_min, first.days_to_removal_max) == (120.0, 151.0)
    assert not first.still_up and first.returns == ()
    (copy,) = first.copies
    assert (copy.platform, copy.model_id, copy.after_removal) == ("huggingface", "x/copy", True)
    assert copy.removed_at is None and copy.days_up == 47.0
    assert first.came_back

    second = timelines[("civitai", "2")]
    assert second.removals == (R2,) and second.returns == (R3,)
    assert second.still_up and second.days_up_since_return == 31.0

    fourth = timelines[("civitai", "4")]
    assert fourth.removed_at == R2 and not fourth.still_up and not fourth.came_back
    assert fourth.removed_after == R1 and fourth.removal_observed

    gone = timelines[("huggingface", "gone/repo")]
    assert gone.removed_at == datetime(2025, 3, 11, tzinfo=UTC)
    # no run saw it up: the removal time is not bounded, so no time to removal is claimed
    assert not gone.removal_observed and gone.days_to_removal_max is None


def test_likeness_only_and_target_timelines(store: Store) -> None:
    build(store)
    assert {t.model_id for t in model_timelines(store, likeness_only=True, now=NOW)} == {
        "1",
        "2",
        "4",
    }
    targets = {t.target_key: t for t in target_timelines(store, now=NOW)}
    k = targets["k"]
    assert (k.models, k.removed, k.came_back, k.copies, k.copies_still_up) == (2, 2, 2, 1, 1)
    assert k.removal_observed == 2
    assert k.median_days_to_removal_min == pytest.approx((120.0 + 30.0) / 2)
    assert k.median_days_to_removal_max == pytest.approx((151.0 + 61.0) / 2)
    j = targets["j"]
    assert (j.models, j.removed, j.came_back) == (1, 1, 0)
    assert (j.median_days_to_removal_min, j.median_days_to_removal_max) == (30.0, 61.0)


def test_model_gone_at_its_first_census_has_no_time_to_removal(store: Store) -> None:
    """Published long before the first crawl, already taken down then: removal not observed."""
    model(store, "civitai", "9", datetime(2023, 1, 1, tzinfo=UTC), status="taken_down")
    seen(store, "9", 1, status="taken_down")
    likeness(store, "9", "late")
    (timeline,) = model_timelines(store, now=NOW)
    assert timeline.removed_at == R1 and not timeline.still_up
    assert timeline.removed_after is None and not timeline.removal_observed
    assert timeline.days_to_removal_min is None and timeline.days_to_removal_max is None
    (target,) = target_timelines(store, now=NOW)
    assert (target.removed, target.removal_observed) == (1, 0)
    assert target.median_days_to_removal_max is None


def test_empty_store_has_no_timelines() -> None:
    with open_store(":memory:") as db:
        assert model_timelines(db) == [] and target_timelines(db) == []
