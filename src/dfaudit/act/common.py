"""Small helpers shared by the act modules: times, model lookups, text made safe to print."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from dfaudit.errors import InputError
from dfaudit.records import PLATFORMS
from dfaudit.store.db import Store

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]")
MAX_FIELD = 500


def utc(value: datetime | None) -> datetime | None:
    """An aware UTC datetime (naive values are taken as UTC)."""
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def iso(value: datetime | None) -> str | None:
    moment = utc(value)
    return None if moment is None else moment.isoformat().replace("+00:00", "Z")


def parse_time(text: str, what: str = "time") -> datetime:
    """An ISO 8601 date or time (``2026-12-01``, ``2026-12-01T09:30Z``); naive means UTC."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise InputError(
            f"{what} {text[:40]!r} is not an ISO 8601 time such as 2026-12-01T09:30:00Z"
        ) from None
    moment = utc(value)
    assert moment is not None
    return moment


def check_platform(platform: str) -> str:
    if platform not in PLATFORMS:
        raise InputError(f"unknown platform {platform[:40]!r}: use {' or '.join(PLATFORMS)}")
    return platform


def require_model(store: Store, platform: str, model_id: str) -> None:
    """Raise InputError unless the store holds this model."""
    check_platform(platform)
    found = store.scalar(
        "SELECT count(*) FROM models WHERE platform = ? AND model_id = ?", [platform, model_id]
    )
    if not found:
        raise InputError(f"no model {platform}:{model_id[:200]} in this store")


def one_line(value: Any, limit: int = MAX_FIELD) -> str:
    """Platform text for a terminal or a document: control and bidi characters removed,
    whitespace folded, length capped."""
    text = " ".join(_CONTROL.sub(" ", str(value)).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def table_exists(store: Store, name: str) -> bool:
    """Whether the store has ``name`` (a read-only store made by an older version may not)."""
    return bool(
        store.scalar("SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name])
    )
