"""Paginators and helpers on hostile pages: foreign next pages, odd shapes, dirty text.

Parsers are pure functions of a response, so these build the response; the HTTP side of the same
attacks runs against a real loopback server in ``tests/hostile``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from dfaudit.errors import SourceError
from dfaudit.sources.bounties import BountiesPaginator
from dfaudit.sources.civitai import CivitaiModelsPaginator
from dfaudit.sources.http import ApiResponse, ForeignOriginError, clean_text, same_origin
from dfaudit.sources.huggingface import HfModelsPaginator, needs_blobs, valid_model_info
from dfaudit.sources.paging import next_link

SITE = "http://127.0.0.1:8765"


def response(
    data: Any, url: str = f"{SITE}/api", headers: dict[str, str] | None = None
) -> ApiResponse:
    return ApiResponse("GET", url, 200, headers or {}, b"", data, datetime.now(UTC))


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("https://civitai.com/a", "https://civitai.com:443/b", True),
        ("https://civitai.com", "http://civitai.com", False),
        ("https://civitai.com", "https://civitai.com.evil.example", False),
        ("http://127.0.0.1:8765/x", "http://127.0.0.1:8766/x", False),
        ("http://127.0.0.1:8765/x", "http://localhost:8765/x", False),
        ("https://HuggingFace.co/x", "https://huggingface.co", True),
        ("not a url", "https://civitai.com", False),
    ],
)
def test_same_origin(a: str, b: str, same: bool) -> None:
    assert same_origin(a, b) is same


@pytest.mark.parametrize(
    "next_page",
    ["http://127.0.0.1:9999/api/v1/models?page=2", "https://evil.example/api/v1/models"],
)
def test_civitai_next_page_elsewhere_is_refused_in_pages_and_stored_cursors(next_page: str) -> None:
    paginator = CivitaiModelsPaginator(site=SITE)
    page = {"items": [{"id": 1}], "metadata": {"nextPage": next_page}}
    with pytest.raises(ForeignOriginError, match="not on"):
        paginator.parse(response(page))
    with pytest.raises(ForeignOriginError):  # a checkpoint written before the check existed
        paginator.request(next_page)
    same = {"items": [], "metadata": {"nextPage": f"{SITE}/api/v1/models?page=2"}}
    assert paginator.parse(response(same)).next_cursor == f"{SITE}/api/v1/models?page=2"


def test_huggingface_link_next_elsewhere_is_refused_and_relative_links_resolve() -> None:
    paginator = HfModelsPaginator(endpoint=SITE)
    foreign = {"Link": '<https://evil.example/api/models?cursor=2>; rel="next"'}
    with pytest.raises(ForeignOriginError):
        paginator.parse(response([], headers=foreign))
    relative = {"Link": '</api/models?cursor=2>; rel="next"'}
    page = paginator.parse(response([], f"{SITE}/api/models?filter=lora", relative))
    assert page.next_cursor == f"{SITE}/api/models?cursor=2"
    with pytest.raises(ForeignOriginError):
        paginator.request("https://evil.example/api/models?cursor=3")


def test_link_header_parsing_is_linear_on_hostile_headers() -> None:
    import time

    started = time.monotonic()
    assert next_link({"Link": "<" * 200_000}) is None
    assert next_link({"Link": "<a>;" * 50_000}) is None
    assert time.monotonic() - started < 2


@pytest.mark.parametrize(
    "data",
    [
        {"result": {"data": {"json": {"items": 5}}}},
        {"result": {"data": {"json": []}}},
        {"result": {"data": {"json": {"items": [], "nextCursor": {"a": 1}}}}},
        {"result": []},
        [],
    ],
)
def test_bounty_pages_of_the_wrong_shape_are_source_errors(data: Any) -> None:
    with pytest.raises(SourceError, match="not a tRPC bounty page"):
        BountiesPaginator(site=SITE).parse(response(data))


def test_civitai_cursor_of_the_wrong_type_is_a_source_error() -> None:
    page = {"items": [], "metadata": {"nextCursor": {"a": 1}}}
    with pytest.raises(SourceError, match="nextCursor"):
        CivitaiModelsPaginator(site=SITE).parse(response(page))


@pytest.mark.parametrize(
    "item",
    [
        {"id": "a/b", "siblings": [{"rfilename": "x.safetensors", "lfs": ["not", "a", "dict"]}]},
        {"id": "a/b", "siblings": "nope"},
        {"id": "a/b", "siblings": [5, None, {"rfilename": 7}]},
    ],
)
def test_hugging_face_items_of_odd_shapes_never_crash(item: dict[str, Any]) -> None:
    needs_blobs(item)
    valid_model_info(item)


def test_valid_model_info_wants_a_string_id() -> None:
    assert valid_model_info({"id": "someone/model"})
    for bad in (None, True, 5, [], ""):
        assert not valid_model_info({"id": bad})


def test_clean_text_drops_control_and_bidi_characters() -> None:
    text = "a\x1b[31mb\u202ec\x00d\n e\u200b" + "x" * 500
    cleaned = clean_text(text)
    assert cleaned.startswith("a[31mbcd e")
    assert len(cleaned) == 200
    assert not any(ch in cleaned for ch in "\x1b\u202e\x00\n\u200b")
