"""Finding an item as it came inside the raw pages that hold it."""

from __future__ import annotations

from typing import Any

import msgspec

from dfaudit.store.db import Store

_decode = msgspec.json.Decoder().decode


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


def find_item(body: str | bytes, item_id: str) -> dict[str, Any] | None:
    """The item with ``id == item_id`` in a page body (one JSON document or JSON lines)."""
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
            if isinstance(item, dict) and str(item.get("id")) == item_id:
                return item
    return None


def raw_model_item(store: Store, platform: str, model_id: str) -> dict[str, Any] | None:
    """The stored model's item exactly as the API (or the imported file) gave it."""
    row = store.query(
        "SELECT p.body FROM models m JOIN raw_pages p ON p.page_id = m.page_id "
        "WHERE m.platform = ? AND m.model_id = ?",
        [platform, model_id],
    )
    return find_item(row[0][0], model_id) if row else None
