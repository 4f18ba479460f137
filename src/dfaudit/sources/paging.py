"""Paginator strategy objects: what to ask for next, and what a page holds.

A paginator is stateless: the crawl keeps the cursor (committed with each page) and asks the
paginator for the request that continues from it, so a killed crawl resumes exactly.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from dfaudit.sources.http import ApiResponse

_LINK_RE = re.compile(r"<([^>]+)>\s*;\s*([^,]*)")


@dataclass(frozen=True)
class PageRequest:
    method: str
    url: str
    params: tuple[tuple[str, str], ...] | None = None
    json_body: Any = None


@dataclass(frozen=True)
class Page:
    items: list[Any]
    next_cursor: str | None


class Paginator(Protocol):
    @property
    def platform(self) -> str: ...  # "civitai" | "huggingface" | "civitai-bounties"

    @property
    def stream(self) -> str: ...

    def request(self, cursor: str | None) -> PageRequest: ...

    def parse(self, response: ApiResponse) -> Page: ...


def next_link(headers: Mapping[str, str]) -> str | None:
    """The ``rel="next"`` target of a ``Link`` header, if any."""
    value = headers.get("link") or headers.get("Link")
    if not value:
        return None
    for target, attributes in _LINK_RE.findall(value):
        if re.search(r'rel\s*=\s*"?next"?', attributes):
            return target
    return None
