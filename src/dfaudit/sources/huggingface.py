"""Hugging Face Hub: ``/api/models`` listings followed by their ``Link`` header.

Items are validated as ``huggingface_hub.ModelInfo`` (the typed model of the Hub's own client)
and stored as the JSON the Hub sent. Listings carry sibling names only; for models with
``.safetensors`` files the crawl asks ``/api/models/{id}?blobs=true`` for their LFS sha256.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from huggingface_hub import ModelInfo

from dfaudit.errors import SourceError
from dfaudit.sources.http import ApiResponse
from dfaudit.sources.paging import Page, PageRequest, next_link, same_origin_page

HF_ENDPOINT = "https://huggingface.co"
DEFAULT_FILTERS = ("text-to-image", "lora")


def valid_model_info(item: Any) -> bool:
    """True when the Hub's own ``ModelInfo`` accepts the item."""
    if not isinstance(item, dict) or not isinstance(item.get("id"), str) or not item["id"]:
        return False
    try:
        ModelInfo(**item)
    except Exception:  # noqa: BLE001 - third-party parsing of hostile input: any failure = invalid
        return False
    return True


def details_url(endpoint: str, repo_id: str) -> str:
    """The model endpoint that, with ``blobs=true``, lists siblings with their LFS sha256."""
    return f"{endpoint.rstrip('/')}/api/models/{quote(repo_id, safe='/')}"


def needs_blobs(item: dict[str, Any]) -> bool:
    """A safetensors sibling without its LFS sha256: ask the model endpoint with ``blobs``."""
    siblings = item.get("siblings")
    for sibling in siblings if isinstance(siblings, list) else ():
        if not isinstance(sibling, dict):
            continue
        name = sibling.get("rfilename")
        lfs = sibling.get("lfs")
        sha = lfs.get("sha256") if isinstance(lfs, dict) else None
        if isinstance(name, str) and name.endswith(".safetensors") and not sha:
            return True
    return False


@dataclass(frozen=True)
class HfModelsPaginator:
    """One tag filter's listing, newest first; the cursor is the next page's full URL."""

    endpoint: str = HF_ENDPOINT
    tag: str = "lora"
    limit: int = 100
    platform: str = "huggingface"

    @property
    def stream(self) -> str:
        return f"models:{self.tag}"

    def request(self, cursor: str | None) -> PageRequest:
        if cursor:
            return PageRequest("GET", same_origin_page(cursor, self.endpoint))
        params = (
            ("filter", self.tag),
            ("full", "true"),
            ("cardData", "true"),
            ("sort", "createdAt"),
            ("direction", "-1"),
            ("limit", str(self.limit)),
        )
        return PageRequest("GET", f"{self.endpoint.rstrip('/')}/api/models", params)

    def parse(self, response: ApiResponse) -> Page:
        if not isinstance(response.data, list):
            raise SourceError(f"{response.url}: not a model listing (expected a JSON list)")
        target = next_link(response.headers)
        return Page(
            items=[i for i in response.data if valid_model_info(i)],
            next_cursor=None
            if target is None
            else same_origin_page(target, self.endpoint, response.url),
        )
