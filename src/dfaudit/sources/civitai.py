"""Civitai REST v1: the ``/api/v1/models`` census and the by-hash lookup."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dfaudit.errors import SourceError
from dfaudit.sources.http import ApiResponse
from dfaudit.sources.paging import Page, PageRequest, same_origin_page

CIVITAI_URL = "https://civitai.com"
MODEL_TYPES = (
    "Checkpoint",
    "TextualInversion",
    "Hypernetwork",
    "AestheticGradient",
    "LORA",
    "LoCon",
    "DoRA",
    "Controlnet",
    "Poses",
    "Upscaler",
    "MotionModule",
    "VAE",
    "Wildcards",
    "Workflows",
    "Other",
)


@dataclass(frozen=True)
class CivitaiModelsPaginator:
    """Cursor paging over ``GET /api/v1/models`` with ``nsfw=true`` (else PG only is listed)."""

    site: str = CIVITAI_URL
    types: tuple[str, ...] = ()
    limit: int = 100
    sort: str = "Newest"
    platform: str = "civitai"
    stream: str = "models"

    def request(self, cursor: str | None) -> PageRequest:
        if cursor and cursor.startswith(("http://", "https://")):
            # A ``nextPage`` URL, for servers with no cursor: on the crawl's own origin only.
            return PageRequest("GET", same_origin_page(cursor, self.site))
        params: list[tuple[str, str]] = [
            ("limit", str(self.limit)),
            ("nsfw", "true"),
            ("sort", self.sort),
            ("period", "AllTime"),
        ]
        params.extend(("types", t) for t in self.types)
        if cursor:
            params.append(("cursor", cursor))
        return PageRequest("GET", f"{self.site.rstrip('/')}/api/v1/models", tuple(params))

    def parse(self, response: ApiResponse) -> Page:
        data = response.data
        if not isinstance(data, dict) or not isinstance(data.get("items"), list):
            raise SourceError(f"{response.url}: not a models page (no 'items' list)")
        metadata = data.get("metadata") or {}
        if not isinstance(metadata, dict):
            metadata = {}
        cursor = metadata.get("nextCursor")
        if cursor in (None, "") and isinstance(metadata.get("nextPage"), str):
            # Older answers page by URL only; one on another origin is refused here.
            cursor = same_origin_page(metadata["nextPage"], self.site, response.url)
        if isinstance(cursor, dict | list | bool):
            raise SourceError(f"{response.url}: metadata.nextCursor is not a cursor")
        return Page(
            items=[i for i in data["items"] if isinstance(i, dict) and "id" in i],
            next_cursor=str(cursor) if cursor not in (None, "") else None,
        )


def check_types(types: Sequence[str]) -> tuple[str, ...]:
    """Validate ``--types`` against Civitai's model types (case-insensitive)."""
    known = {t.lower(): t for t in MODEL_TYPES}
    out: list[str] = []
    for value in types:
        for part in value.split(","):
            part = part.strip()
            if not part:
                continue
            if part.lower() not in known:
                from dfaudit.errors import InputError

                raise InputError(
                    f"unknown model type {part!r}; expected one of: {', '.join(MODEL_TYPES)}"
                )
            out.append(known[part.lower()])
    return tuple(dict.fromkeys(out))
