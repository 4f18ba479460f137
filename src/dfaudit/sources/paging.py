"""Paginator strategy objects: what to ask for next, and what a page holds.

A paginator is stateless: the crawl keeps the cursor (committed with each page) and asks the
paginator for the request that continues from it, so a killed crawl resumes exactly.

A next-page URL a server names (``Link: rel=next``, Civitai's ``metadata.nextPage``) is followed
only on the crawl's own origin: one on another origin is refused with
:class:`~dfaudit.sources.http.ForeignOriginError`, so neither the crawl nor its credentials
wander off to a host the operator never chose.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import urljoin

from dfaudit.sources.http import ApiResponse, ForeignOriginError, clean_text, same_origin

_LINK_RE = re.compile(r"<([^<>]+)>\s*;\s*([^,<]*)")
_REL_NEXT_RE = re.compile(r'rel\s*=\s*"?next"?')
MAX_LINK_HEADER_CHARS = 16_384


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
    for target, attributes in _LINK_RE.findall(value[:MAX_LINK_HEADER_CHARS]):
        if _REL_NEXT_RE.search(attributes):
            return target
    return None


def same_origin_page(url: str, site: str, base: str | None = None) -> str:
    """``url`` (made absolute against ``base``) when it is on ``site``'s origin; else refused."""
    absolute = urljoin(base, url) if base else url
    if not same_origin(absolute, site):
        raise ForeignOriginError(
            f"next page {clean_text(absolute, 160)} is not on {clean_text(site, 100)}: refused "
            "(a listing may only page on the origin the crawl was started on)"
        )
    return absolute
