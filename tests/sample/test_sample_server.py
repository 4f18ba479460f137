"""The sample server, over real HTTP on loopback: paging, lookups, files, mutations, faults."""

from __future__ import annotations

import hashlib
import json
import struct
import time
from collections.abc import Iterator
from email.utils import parsedate_to_datetime
from pathlib import Path

import httpx
import pytest
from huggingface_hub import HfApi

from dfaudit.sample.faults import FaultPlan
from dfaudit.sample.generate import Sample, load_sample
from dfaudit.sample.server import SampleServer


@pytest.fixture(scope="module")
def sample() -> Sample:
    return load_sample()


@pytest.fixture(scope="module")
def srv(sample: Sample) -> Iterator[SampleServer]:
    with SampleServer(sample) as server:
        yield server


@pytest.fixture()
def client(srv: SampleServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=srv.url, timeout=10) as http:
        yield http


def crawl_civitai(http: httpx.Client, **params: str) -> tuple[list[int], int]:
    """All ids over cursor paging, and the number of pages."""
    ids: list[int] = []
    cursor: str | None = None
    pages = 0
    while True:
        query = dict(params, limit="37")
        if cursor:
            query["cursor"] = cursor
        response = http.get("/api/v1/models", params=query)
        assert response.status_code == 200, response.text
        body = response.json()
        ids += [item["id"] for item in body["items"]]
        pages += 1
        cursor = body["metadata"].get("nextCursor")
        if cursor is None:
            assert "nextPage" not in body["metadata"]
            return ids, pages


def test_cursor_paging_covers_every_listed_model_once(client: httpx.Client, sample: Sample) -> None:
    ids, pages = crawl_civitai(client, nsfw="true")
    listable = {m["id"] for m in sample.civitai_models if not (m["poi"] or m["minor"])}
    assert len(ids) == len(set(ids)) == len(listable)
    assert set(ids) == listable
    assert pages == -(-len(listable) // 37)
    sfw_ids, _ = crawl_civitai(client)
    assert set(sfw_ids) < set(ids)
    by_id = {m["id"]: m for m in sample.civitai_models}
    assert all(by_id[i]["nsfwLevel"] & ~3 == 0 for i in sfw_ids)


def test_flagged_models_are_hidden_unless_the_server_shows_them(sample: Sample) -> None:
    flagged = {m["id"] for m in sample.civitai_models if m["poi"] or m["minor"]}
    assert flagged
    with (
        SampleServer(sample, show_flagged=True) as server,
        httpx.Client(base_url=server.url) as http,
    ):
        ids, _ = crawl_civitai(http, nsfw="true")
    assert flagged <= set(ids) and len(ids) == len(sample.civitai_models)


def test_cursor_is_opaque_and_tampering_is_refused(client: httpx.Client) -> None:
    body = client.get("/api/v1/models", params={"limit": 10, "nsfw": "true"}).json()
    cursor = body["metadata"]["nextCursor"]
    assert len(cursor.split("|")) == 3 and cursor != "10"
    assert str(client.base_url) in body["metadata"]["nextPage"]
    key, model_id, check = cursor.split("|")
    forged = f"{key}|{int(model_id) + 1}|{check}"
    assert client.get("/api/v1/models", params={"cursor": forged}).status_code == 400
    assert client.get("/api/v1/models", params={"cursor": "20"}).status_code == 400


def test_sorts_filters_and_page_limit(client: httpx.Client, sample: Sample) -> None:
    newest = client.get(
        "/api/v1/models", params={"sort": "Newest", "nsfw": "true", "limit": 5}
    ).json()
    ids = [item["id"] for item in newest["items"]]
    assert ids == sorted(ids, reverse=True)
    loras = client.get("/api/v1/models", params={"types": "LORA,LoCon", "nsfw": "true"}).json()
    assert {item["type"] for item in loras["items"]} <= {"LORA", "LoCon"}
    character = client.get("/api/v1/models", params={"tag": "character", "nsfw": "true"}).json()
    assert character["items"] and all("character" in i["tags"] for i in character["items"])
    assert (
        client.get("/api/v1/models", params={"tag": "celebrity", "nsfw": "true"}).json()["items"]
        == []
    )
    assert client.get("/api/v1/models", params={"page": 11, "limit": 100}).status_code == 429
    second = client.get("/api/v1/models", params={"page": 2, "limit": 10, "nsfw": "true"}).json()
    assert second["metadata"]["currentPage"] == 2 and len(second["items"]) == 10
    assert client.get("/api/v1/models", params={"limit": 101}).status_code == 400
    one = sample.civitai_models[3]
    assert client.get(f"/api/v1/models/{one['id']}").json()["name"] == one["name"]
    assert client.get("/api/v1/models/1").status_code == 404


def test_versions_and_by_hash_lookups(client: httpx.Client, sample: Sample) -> None:
    model = sample.civitai_models[5]
    version = model["modelVersions"][0]
    got = client.get(f"/api/v1/model-versions/{version['id']}").json()
    assert got["id"] == version["id"] and got["model"]["name"] == model["name"]
    hashes = version["files"][0]["hashes"]
    for kind in ("SHA256", "AutoV2", "BLAKE3", "CRC32"):
        found = client.get(f"/api/v1/model-versions/by-hash/{hashes[kind].lower()}")
        assert found.status_code == 200 and found.json()["modelId"] == model["id"]
    assert client.get("/api/v1/model-versions/by-hash/00000000").status_code == 404
    shas = [
        m["modelVersions"][0]["files"][0]["hashes"]["SHA256"] for m in sample.civitai_models[:30]
    ]
    batch = client.post("/api/v1/model-versions/by-hash", json=[*shas, "F" * 64])
    assert batch.status_code == 200
    assert {v["modelId"] for v in batch.json()} == {m["id"] for m in sample.civitai_models[:30]}
    assert client.post("/api/v1/model-versions/by-hash", json=["A" * 64] * 101).status_code == 400


def test_download_redirects_to_a_file_host_with_range_support(
    client: httpx.Client, sample: Sample
) -> None:
    version = sample.civitai_models[0]["modelVersions"][0]
    redirect = client.get(f"/api/download/models/{version['id']}")
    assert redirect.status_code == 307
    location = redirect.headers["location"]
    assert "/files/" in location and location.endswith(".safetensors")
    head = client.get(location, headers={"Range": "bytes=0-7"})
    assert head.status_code == 206 and len(head.content) == 8
    (length,) = struct.unpack("<Q", head.content)
    size = int(head.headers["content-range"].split("/")[1])
    assert size == len(sample.files[version["files"][0]["hashes"]["SHA256"].lower()].data)
    header = client.get(location, headers={"Range": f"bytes=8-{8 + length - 1}"})
    assert header.headers["content-range"] == f"bytes 8-{7 + length}/{size}"
    assert isinstance(json.loads(header.content), dict)
    assert client.get(location, headers={"Range": f"bytes={size + 5}-"}).status_code == 416
    full = client.get(location)
    assert full.status_code == 200 and len(full.content) == size


def test_ignore_range_fault_answers_200_with_everything(sample: Sample) -> None:
    plan = FaultPlan(ignore_range=True)
    with (
        SampleServer(sample, faults=plan) as server,
        httpx.Client(base_url=server.url, follow_redirects=True) as http,
    ):
        version = sample.civitai_models[0]["modelVersions"][0]
        response = http.get(
            f"/api/download/models/{version['id']}", headers={"Range": "bytes=0-99"}
        )
    assert response.status_code == 200 and len(response.content) > 100
    assert server.requests[-1].range == "bytes=0-99" and server.requests[-1].status == 200


def test_bounties_over_trpc(client: httpx.Client, sample: Sample) -> None:
    seen: list[int] = []
    cursor = None
    while True:
        payload: dict[str, object] = {"limit": 25}
        if cursor is not None:
            payload["cursor"] = cursor
        response = client.get(
            "/api/trpc/bounty.getInfinite", params={"input": json.dumps({"json": payload})}
        )
        data = response.json()["result"]["data"]
        seen += [b["id"] for b in data["json"]["items"]]
        assert "items.0.startsAt" in data["meta"]["values"]
        cursor = data["json"]["nextCursor"]
        if cursor is None:
            break
    assert sorted(seen, reverse=True) == seen and set(seen) == {b["id"] for b in sample.bounties}
    one = sample.bounties[0]
    got = client.get(
        "/api/trpc/bounty.getById", params={"input": json.dumps({"json": {"id": one["id"]}})}
    )
    assert got.json()["result"]["data"]["json"]["name"] == one["name"]
    missing = client.get("/api/trpc/bounty.getById", params={"input": '{"json":{"id":1}}'})
    assert (
        missing.status_code == 404
        and missing.json()["error"]["json"]["data"]["code"] == "NOT_FOUND"
    )
    too_many = client.get(
        "/api/trpc/bounty.getInfinite", params={"input": '{"json":{"limit":500}}'}
    )
    assert too_many.status_code == 400


def test_hf_listing_pages_only_by_link_header(client: httpx.Client, sample: Sample) -> None:
    url: str | None = "/api/models"
    params: dict[str, str] | None = {
        "filter": "lora",
        "full": "true",
        "cardData": "true",
        "limit": "20",
    }
    ids: list[str] = []
    while url:
        response = client.get(url, params=params)
        assert response.status_code == 200
        ids += [item["id"] for item in response.json()]
        assert all("cardData" in item and "siblings" in item for item in response.json())
        url, params = response.links.get("next", {}).get("url"), None
    loras = {item["id"] for item in sample.hf_models if "lora" in item["tags"]}
    assert len(ids) == len(set(ids)) == len(loras) and set(ids) == loras
    basic = client.get("/api/models", params={"limit": "5"}).json()
    assert "cardData" not in basic[0] and "siblings" not in basic[0]
    assert "offset" not in client.get("/api/models", params={"limit": "5"}).headers["link"]


def test_hf_model_info_resolve_and_head(client: httpx.Client, sample: Sample) -> None:
    repo = next(lbl.model_id for lbl in sample.labels if lbl.reupload_of)
    info = client.get(f"/api/models/{repo}", params={"blobs": "true"}).json()
    weights = next(s for s in info["siblings"] if "lfs" in s)
    assert weights["lfs"]["sha256"] == weights["lfs"]["sha256"].lower() and weights["size"] > 0
    assert client.get(f"/api/models/{repo}/revision/main").json()["id"] == repo
    assert client.get("/api/models/nobody/nothing").headers["x-error-code"] == "RepoNotFound"
    resolve = f"/{repo}/resolve/main/{weights['rfilename']}"
    head = client.head(resolve)
    assert head.status_code == 302
    assert head.headers["x-linked-etag"] == f'"{weights["lfs"]["sha256"]}"'
    assert head.headers["x-repo-commit"] == info["sha"]
    got = client.get(head.headers["location"], headers={"Range": "bytes=0-7"})
    assert got.status_code == 206
    readme = client.get(f"/{repo}/resolve/main/README.md")
    assert readme.status_code == 200 and readme.text.startswith("---")


def test_huggingface_hub_client_works_against_the_server(
    srv: SampleServer, sample: Sample, tmp_path: Path
) -> None:
    api = HfApi(endpoint=srv.url)
    listed = list(api.list_models(filter="lora", full=True))
    assert len(listed) == sum("lora" in item["tags"] for item in sample.hf_models)
    repo = next(lbl.model_id for lbl in sample.labels if lbl.reupload_of)
    info = api.model_info(repo, files_metadata=True)
    assert info.siblings is not None
    lfs = [s for s in info.siblings if s.lfs is not None]
    assert lfs and lfs[0].lfs is not None
    assert lfs[0].lfs.sha256 in sample.files
    # the download redirects to another origin (a "CDN"), as on the Hub
    path = api.hf_hub_download(repo, lfs[0].rfilename, cache_dir=tmp_path)
    assert hashlib.sha256(Path(path).read_bytes()).hexdigest() == lfs[0].lfs.sha256


def test_mutations_show_up_in_the_next_crawl(sample: Sample) -> None:
    with SampleServer(sample) as server, httpx.Client(base_url=server.url) as http:
        before, _ = crawl_civitai(http, nsfw="true")
        gone, down = before[0], before[1]
        server.remove_models([gone])
        server.take_down([down])
        template = next(m for m in sample.civitai_models if not (m["poi"] or m["minor"]))
        extra = dict(template, id=999_999, name="Added later")
        server.add_models([extra])
        after, _ = crawl_civitai(http, nsfw="true")
        assert gone not in after and 999_999 in after and len(after) == len(before)
        assert http.get(f"/api/v1/models/{down}").json()["mode"] == "TakenDown"
        assert http.get(f"/api/v1/models/{gone}").status_code == 404
        assert [record.status for record in server.requests][-3:] == [200, 200, 404]
    assert len(load_sample().civitai_models) == 400  # the cached sample is never mutated


def _get_with_retries(http: httpx.Client, url: str, tries: int = 20) -> httpx.Response:
    for _ in range(tries):
        try:
            response = http.get(url)
            if response.status_code == 200:
                json.loads(response.content)
                return response
        except (httpx.TransportError, ValueError):
            pass
    raise AssertionError(f"{url} never succeeded in {tries} tries")


def test_fault_plan_injects_faults_and_retries_get_through(sample: Sample) -> None:
    plan = FaultPlan(
        seed=1, rate_429=0.25, rate_500=0.2, rate_truncated=0.2, retry_after="http-date"
    )
    with SampleServer(sample, faults=plan) as server, httpx.Client(base_url=server.url) as http:
        for model in sample.civitai_models[:40]:
            body = _get_with_retries(http, f"/api/v1/models/{model['id']}").json()
            assert body["id"] == model["id"]
        records = server.requests
    faults = {record.fault for record in records}
    assert {"429", "500", "truncated"} <= faults
    assert any(r.status == 429 for r in records) and any(r.status >= 500 for r in records)
    # never more than max_consecutive failures of one request in a row
    streak: dict[str, int] = {}
    for record in records:
        failed = record.fault in ("429", "500", "truncated")
        streak[record.path] = streak.get(record.path, 0) + 1 if failed else 0
        assert streak[record.path] <= plan.max_consecutive


def test_retry_after_header_forms(sample: Sample) -> None:
    for value, check in (
        ("2", lambda v: v == "2"),
        ("http-date", lambda v: parsedate_to_datetime(v) is not None),
    ):
        with SampleServer(sample, faults=FaultPlan(rate_429=1.0, retry_after=value)) as server:
            response = httpx.get(f"{server.url}/api/models")
            assert response.status_code == 429 and check(response.headers["retry-after"])
    with SampleServer(sample, faults=FaultPlan(rate_429=1.0, retry_after=None)) as server:
        assert "retry-after" not in httpx.get(f"{server.url}/api/models").headers


def test_first_n_failures_auth_forbidden_and_route_families(sample: Sample) -> None:
    with SampleServer(sample, faults=FaultPlan(fail_first_n=2)) as server:
        statuses = [httpx.get(f"{server.url}/api/models").status_code for _ in range(3)]
        assert statuses == [503, 503, 200]
    with SampleServer(sample, faults=FaultPlan(require_auth="k3y")) as server:
        assert httpx.get(f"{server.url}/api/v1/models").status_code == 401
        authed = httpx.get(f"{server.url}/api/v1/models", headers={"Authorization": "Bearer k3y"})
        assert authed.status_code == 200
    with SampleServer(sample, faults=FaultPlan(forbidden=True, routes=frozenset({"hf"}))) as server:
        assert httpx.get(f"{server.url}/api/models").status_code == 403
        assert httpx.get(f"{server.url}/api/v1/models").status_code == 200


def test_slow_fault_delays_but_answers(sample: Sample) -> None:
    with SampleServer(sample, faults=FaultPlan(rate_slow=1.0, slow_seconds=0.3)) as server:
        started = time.perf_counter()
        response = httpx.get(f"{server.url}/api/v1/models", params={"limit": 1})
        assert response.status_code == 200 and time.perf_counter() - started >= 0.3
        assert server.requests[-1].fault == "slow"
