"""Raw page bodies as stored, and finding an item as it came inside the page that holds it."""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import msgspec
from isal import isal_zlib

if TYPE_CHECKING:  # workers import this module without DuckDB
    from dfaudit.store.db import Store


_decode = msgspec.json.Decoder().decode
COMPRESS_FROM_BYTES = 4096  # small answers are kept as they are


@dataclass(frozen=True)
class PageBody:
    """A page body ready to store: its sha256 (of the bytes as they came) and stored form.

    Larger bodies are zlib-compressed (level 1): the bytes come back exactly, and DuckDB is
    spared compressing large text itself, which is most of an import's cost. The zlib stream
    is written by ISA-L (``isal``, ~5x faster than zlib's level 1, as small) and read by zlib.
    """

    sha256: str
    data: bytes
    encoding: str  # identity | zlib

    @classmethod
    def of(cls, body: bytes) -> PageBody:
        digest = hashlib.sha256(body).hexdigest()
        if len(body) >= COMPRESS_FROM_BYTES:
            return cls(digest, isal_zlib.compress(body, 1), "zlib")
        return cls(digest, body, "identity")


def decode_body(data: bytes, encoding: str) -> bytes:
    """The page body exactly as it came."""
    return zlib.decompress(data) if encoding == "zlib" else data


def items_of(document: Any) -> list[Any] | None:
    """The items inside one decoded JSON value: an item, a page, a tRPC answer or a list."""
    if isinstance(document, list):
        return document
    if not isinstance(document, dict):
        return None
    if isinstance(document.get("items"), list):
        return document["items"]
    for path in (("result", "data", "json"), ("data",)):
        node: Any = document
        for key in path:
            node = node.get(key) if isinstance(node, dict) else None
        if isinstance(node, dict) and isinstance(node.get("items"), list):
            return node["items"]
    return [document]


def iter_items(body: str | bytes) -> Iterator[dict[str, Any]]:
    """Every item object of a page body (one JSON document or JSON lines; bad lines skipped)."""
    data = body.encode("utf-8") if isinstance(body, str) else body
    try:
        documents = [_decode(data)]
    except msgspec.DecodeError:
        documents = []
        for line in data.splitlines():
            try:
                documents.append(_decode(line))
            except msgspec.DecodeError:
                continue
    for document in documents:
        for item in items_of(document) or ():
            if isinstance(item, dict):
                yield item


def find_item(body: str | bytes, item_id: str) -> dict[str, Any] | None:
    """The item with ``id == item_id`` in a page body (one JSON document or JSON lines)."""
    for item in iter_items(body):
        if str(item.get("id")) == item_id:
            return item
    return None


def raw_model_item(store: Store, platform: str, model_id: str) -> dict[str, Any] | None:
    """The stored model's item exactly as the API (or the imported file) gave it."""
    row = store.query(
        "SELECT p.body, p.body_encoding FROM models m JOIN raw_pages p ON p.page_id = m.page_id "
        "WHERE m.platform = ? AND m.model_id = ?",
        [platform, model_id],
    )
    return find_item(decode_body(row[0][0], row[0][1]), model_id) if row else None
