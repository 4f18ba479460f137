"""Paginators: what they ask for and how they read pages (pure, no network)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest

from dfaudit.errors import InputError, SourceError
from dfaudit.sources.bounties import BountiesPaginator
from dfaudit.sources.civitai import CivitaiModelsPaginator, check_types
from dfaudit.sources.http import ApiResponse, parse_retry_after
from dfaudit.sources.huggingface import HfModelsPaginator, needs_blobs
from dfaudit.sources.paging import next_link


def response(data: Any, headers: dict[str, str] | None = None) -> ApiResponse:
    return ApiResponse("GET", "http://x/", 200, headers or {}, b"", data, datetime.now(UTC))


def test_civitai_census_asks_for_nsfw_and_follows_the_cursor() -> None:
    paginator = CivitaiModelsPaginator(site="http://h/", types=("LORA",))
    first = paginator.request(None)
    assert first.url == "http://h/api/v1/models"
    assert ("nsfw", "true") in (first.params or ())
    assert ("types", "LORA") in (first.params or ())
    assert ("limit", "100") in (first.params or ())
    later = paginator.request("12|34|56")
    assert ("cursor", "12|34|56") in (later.params or ())
    page = paginator.parse(
        response({"items": [{"id": 1}, {"x": 2}], "metadata": {"nextCursor": "a|b"}})
    )
    assert [i["id"] for i in page.items] == [1] and page.next_cursor == "a|b"
    last = paginator.parse(response({"items": [], "metadata": {}}))
    assert last.next_cursor is None


def test_civitai_next_page_url_when_no_cursor_is_given() -> None:
    paginator = CivitaiModelsPaginator(site="http://h")
    page = paginator.parse(
        response({"items": [{"id": 1}], "metadata": {"nextPage": "http://h/api/v1/models?page=2"}})
    )
    assert page.next_cursor == "http://h/api/v1/models?page=2"
    request = paginator.request(page.next_cursor)
    assert request.url == "http://h/api/v1/models?page=2" and request.params is None


def test_civitai_page_without_items_is_a_source_error() -> None:
    with pytest.raises(SourceError, match="no 'items'"):
        CivitaiModelsPaginator().parse(response({"error": "nope"}))


def test_types_are_checked() -> None:
    assert check_types(["lora, Checkpoint", "LORA"]) == ("LORA", "Checkpoint")
    with pytest.raises(InputError, match="unknown model type 'Selfie'"):
        check_types(["Selfie"])


def test_bounty_cursor_round_trips_as_json() -> None:
    paginator = BountiesPaginator(site="http://h")
    page = paginator.parse(
        response({"result": {"data": {"json": {"items": [{"id": 9}], "nextCursor": 123}}}})
    )
    assert page.next_cursor == "123"
    request = paginator.request(page.next_cursor)
    payload = json.loads(dict(request.params or ())["input"])
    assert payload["json"]["cursor"] == 123
    with pytest.raises(SourceError):
        paginator.parse(response({"error": {"json": {"message": "x"}}}))


def test_hf_listing_follows_link_header() -> None:
    paginator = HfModelsPaginator(endpoint="http://h", tag="lora")
    assert dict(paginator.request(None).params or ())["filter"] == "lora"
    link = '<http://h/api/models?cursor=abc&filter=lora>; rel="next"'
    page = paginator.parse(response([{"id": "a/b", "siblings": []}], {"link": link}))
    assert page.next_cursor == "http://h/api/models?cursor=abc&filter=lora"
    assert paginator.request(page.next_cursor).url == page.next_cursor
    assert paginator.parse(response([], {})).next_cursor is None


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ('<http://a/1>; rel="next"', "http://a/1"),
        ('<http://a/0>; rel="prev", <http://a/2>; rel="next"', "http://a/2"),
        ("<http://a/3>; rel=next", "http://a/3"),
        ('<http://a/0>; rel="prev"', None),
        ("", None),
    ],
)
def test_next_link(header: str, expected: str | None) -> None:
    assert next_link({"link": header}) == expected


def test_needs_blobs_only_for_safetensors_without_sha() -> None:
    assert needs_blobs({"siblings": [{"rfilename": "a.safetensors"}]})
    assert not needs_blobs({"siblings": [{"rfilename": "a.safetensors", "lfs": {"sha256": "x"}}]})
    assert not needs_blobs({"siblings": [{"rfilename": "README.md"}]})


def test_retry_after_seconds_and_dates() -> None:
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after("Thu, 01 Jan 2099 00:00:00 GMT", now=4070908800.0 - 5) == 5.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None
