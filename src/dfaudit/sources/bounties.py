"""Civitai bounties over tRPC: ``bounty.getInfinite`` with cursor paging."""

from __future__ import annotations

import json
from dataclasses import dataclass

from dfaudit.errors import SourceError
from dfaudit.sources.civitai import CIVITAI_URL
from dfaudit.sources.http import ApiResponse
from dfaudit.sources.paging import Page, PageRequest


@dataclass(frozen=True)
class BountiesPaginator:
    """All bounties, newest first; the cursor is kept as JSON text (tRPC cursors are numbers)."""

    site: str = CIVITAI_URL
    limit: int = 100
    platform: str = "civitai-bounties"
    stream: str = "bounties"

    def request(self, cursor: str | None) -> PageRequest:
        payload: dict[str, object] = {"limit": self.limit, "sort": "Newest"}
        if cursor is not None:
            payload["cursor"] = json.loads(cursor)
        return PageRequest(
            "GET",
            f"{self.site.rstrip('/')}/api/trpc/bounty.getInfinite",
            (("input", json.dumps({"json": payload}, separators=(",", ":"))),),
        )

    def parse(self, response: ApiResponse) -> Page:
        data = response.data
        try:
            body = data["result"]["data"]["json"]
            items = body["items"]
        except (KeyError, TypeError, IndexError):
            raise SourceError(f"{response.url}: not a tRPC bounty page") from None
        cursor = body.get("nextCursor") if isinstance(body, dict) else None
        if not isinstance(items, list) or isinstance(cursor, bool | dict | list):
            raise SourceError(f"{response.url}: not a tRPC bounty page (items or cursor)")
        return Page(
            items=[i for i in items if isinstance(i, dict) and "id" in i],
            next_cursor=None if cursor in (None, "") else json.dumps(cursor),
        )
