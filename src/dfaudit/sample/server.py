"""A real HTTP server on loopback that plays Civitai, its bounties, Hugging Face and a file host.

It serves the sample (or any :class:`Sample`) with the real shapes and paging: Civitai REST v1
opaque keyset cursors, the SFW default and the hiding of ``poi``/``minor`` models, tRPC
bounties, Hugging Face ``Link``-header paging, ``?blobs=true`` siblings, ``resolve`` redirects,
and a file host that honours ``Range``. A :class:`FaultPlan` injects 429s (with
``Retry-After``), 5xx, truncated bodies, slow answers, 401/403 and ignored ranges.

    with SampleServer(load_sample(), faults=FaultPlan(rate_429=0.1)) as srv:
        httpx.get(f"{srv.url}/api/v1/models", params={"nsfw": "true"})
"""

from __future__ import annotations

import base64
import bisect
import copy
import json
import re
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from dfaudit.sample.faults import FaultDecider, FaultPlan
from dfaudit.sample.generate import (
    SAMPLE_SITE,
    HfRepoFile,
    Sample,
    SampleFile,
    hf_sibling_blob,
    load_sample,
)
from dfaudit.sample.vocab import BLOCKED_REAL_PERSON_TAGS

# Sent with every answer; a crawl that sees it marks its run synthetic (``params.synthetic``), and
# every report over that data says it is the synthetic sample.
SAMPLE_HEADER = ("X-Dfaudit-Sample", "synthetic")

SFW_BITS = 1 | 2
CURSOR_SECRET = "dfaudit-sample"
CIVITAI_SORTS: dict[str, tuple[Callable[[dict[str, Any]], int], bool]] = {
    # sort name → (key, descending); ties broken by model id in the same direction
    "Highest Rated": (lambda m: m["stats"]["thumbsUpCount"], True),
    "Most Liked": (lambda m: m["stats"]["thumbsUpCount"], True),
    "Most Downloaded": (lambda m: m["stats"]["downloadCount"], True),
    "Most Discussed": (lambda m: m["stats"]["commentCount"], True),
    "Most Collected": (lambda m: m["stats"].get("favoriteCount", 0), True),
    "Most Images": (lambda m: sum(len(v["images"]) for v in m["modelVersions"]), True),
    "Newest": (lambda m: m["id"], True),
    "Oldest": (lambda m: m["id"], False),
}
HF_SORTS = ("createdAt", "lastModified", "downloads", "likes", "trendingScore", "id")
HF_BASIC_FIELDS = (
    "_id",
    "id",
    "likes",
    "trendingScore",
    "private",
    "downloads",
    "tags",
    "pipeline_tag",
    "library_name",
    "createdAt",
    "modelId",
)
BOUNTY_DATE_FIELDS = ("startsAt", "expiresAt", "createdAt")


@dataclass(frozen=True, slots=True)
class RequestRecord:
    """One request the server answered, for tests to inspect."""

    method: str
    path: str
    query: tuple[tuple[str, str], ...]
    range: str | None
    status: int
    bytes_sent: int
    fault: str | None


@dataclass(slots=True)
class Reply:
    """An answer before faults are applied."""

    status: int
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()
    content_type: str = "application/json; charset=utf-8"


class ApiError(Exception):
    """Raised by a route to answer an error status with a JSON body."""

    def __init__(self, status: int, body: Any, headers: tuple[tuple[str, str], ...] = ()):
        super().__init__(status)
        self.status = status
        self.body = body
        self.headers = headers


def _json_reply(data: Any, status: int = 200, headers: tuple[tuple[str, str], ...] = ()) -> Reply:
    return Reply(status, json.dumps(data, separators=(",", ":")).encode("utf-8"), headers)


def _values(query: dict[str, list[str]], *names: str) -> list[str]:
    """All values of a repeatable or comma-separated parameter."""
    values: list[str] = []
    for name in names:
        for raw in query.get(name, []):
            values.extend(part.strip() for part in raw.split(",") if part.strip())
    return values


def _first(query: dict[str, list[str]], name: str, default: str | None = None) -> str | None:
    values = query.get(name)
    return values[0] if values else default


def _truthy(value: str | None) -> bool:
    return (value or "").lower() in ("true", "1", "yes")


def _int_param(query: dict[str, list[str]], name: str, default: int, low: int, high: int) -> int:
    raw = _first(query, name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ApiError(400, {"error": f"{name} must be a number"}) from None
    if not low <= value <= high:
        raise ApiError(400, {"error": f"{name} must be between {low} and {high}"})
    return value


def _route_family(path: str) -> str:
    if path.startswith("/files/"):
        return "files"
    if path.startswith("/api/trpc/"):
        return "bounties"
    if path.startswith(("/api/v1/", "/api/download/")):
        return "civitai"
    return "hf"


class _State:
    """The server's mutable copy of the sample, with the indexes routes need."""

    def __init__(self, sample: Sample):
        self.lock = threading.RLock()
        # Items are shared with the (cached) sample and never changed in place: a mutation
        # replaces the item with a changed copy.
        self.civitai: dict[int, dict[str, Any]] = {m["id"]: m for m in sample.civitai_models}
        self.bounties: dict[int, dict[str, Any]] = {b["id"]: b for b in sample.bounties}
        self.hf: dict[str, dict[str, Any]] = {m["id"]: m for m in sample.hf_models}
        self.hf_files: dict[str, tuple[HfRepoFile, ...]] = dict(sample.hf_repo_files)
        self.files: dict[str, SampleFile] = {file.token: file for file in sample.files.values()}
        self.files_by_sha: dict[str, SampleFile] = dict(sample.files)
        self.generation = 0
        self._order_cache: dict[
            tuple[Any, ...], tuple[list[tuple[int, int]], list[dict[str, Any]]]
        ] = {}
        self._hash_index: dict[str, tuple[int, int]] | None = None

    def changed(self) -> None:
        self.generation += 1
        self._order_cache.clear()
        self._hash_index = None

    def hash_index(self) -> dict[str, tuple[int, int]]:
        """Upper-case hash of any type → (model id, version id)."""
        if self._hash_index is None:
            index: dict[str, tuple[int, int]] = {}
            for model in self.civitai.values():
                for version in model["modelVersions"]:
                    for file in version["files"]:
                        for value in file.get("hashes", {}).values():
                            index.setdefault(str(value).upper(), (model["id"], version["id"]))
            self._hash_index = index
        return self._hash_index

    def version(self, version_id: int) -> tuple[dict[str, Any], dict[str, Any]] | None:
        for model in self.civitai.values():
            for version in model["modelVersions"]:
                if version["id"] == version_id:
                    return model, version
        return None

    def ordered(
        self, cache_key: tuple[Any, ...], items: Callable[[], list[dict[str, Any]]], sort: str
    ) -> tuple[list[tuple[int, int]], list[dict[str, Any]]]:
        """Items in keyset order and their (signed key, signed id) tuples, cached per filter."""
        cached = self._order_cache.get(cache_key)
        if cached is None:
            key, descending = CIVITAI_SORTS[sort]
            sign = -1 if descending else 1
            pairs = sorted(((sign * key(m), sign * m["id"]), m) for m in items())
            cached = ([pair for pair, _ in pairs], [m for _, m in pairs])
            self._order_cache[cache_key] = cached
        return cached


class SampleServer:
    """The sample platforms on ``http://127.0.0.1:PORT``, in a background thread."""

    def __init__(
        self,
        sample: Sample | None = None,
        faults: FaultPlan | None = None,
        port: int = 0,
        *,
        show_flagged: bool = False,
        hf_page_size: int = 50,
        host: str = "127.0.0.1",
        file_port: int = 0,
    ):
        self.sample = sample or load_sample()
        self.faults = faults or FaultPlan()
        self.show_flagged = show_flagged  # list poi/minor models (the API hides them since 2025)
        self.hf_page_size = hf_page_size
        self._state = _State(self.sample)
        self._decider = FaultDecider(self.faults)
        self._log: list[RequestRecord] = []
        self._log_lock = threading.Lock()
        self._httpd = ThreadingHTTPServer((host, port), _handler_class(self))
        # Downloads redirect to a second origin, as the platforms redirect to a CDN: clients
        # such as huggingface_hub read file metadata from the redirect and do not follow it.
        self._file_httpd = ThreadingHTTPServer((host, file_port), _handler_class(self))
        self._httpd.daemon_threads = self._file_httpd.daemon_threads = True
        self._threads: list[threading.Thread] = []

    # -- lifecycle --------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """The API origin: Civitai site root and Hugging Face endpoint."""
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def files_url(self) -> str:
        """The file host's origin (the "CDN" downloads redirect to)."""
        host, port = self._file_httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> SampleServer:
        for httpd, name in ((self._httpd, "sample-api"), (self._file_httpd, "sample-files")):
            thread = threading.Thread(
                target=httpd.serve_forever, args=(0.05,), name=name, daemon=True
            )
            thread.start()
            self._threads.append(thread)
        return self

    def stop(self) -> None:
        for httpd in (self._httpd, self._file_httpd):
            httpd.shutdown()
            httpd.server_close()
        for thread in self._threads:
            thread.join(timeout=5)
        self._threads.clear()

    def __enter__(self) -> SampleServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def serve_forever(self) -> None:
        """Serve in the calling thread until interrupted (for the CLI)."""
        files = threading.Thread(
            target=self._file_httpd.serve_forever, name="sample-files", daemon=True
        )
        files.start()
        try:
            self._httpd.serve_forever()
        finally:
            self._file_httpd.shutdown()
            self._file_httpd.server_close()
            self._httpd.server_close()

    # -- inspection and mutation --------------------------------------------------------------

    @property
    def requests(self) -> list[RequestRecord]:
        with self._log_lock:
            return list(self._log)

    def clear_requests(self) -> None:
        with self._log_lock:
            self._log.clear()

    def remove_models(self, ids: Iterable[int | str]) -> None:
        """Delete Civitai models (by numeric id) or Hugging Face repos (by ``owner/name``)."""
        with self._state.lock:
            for model_id in ids:
                if isinstance(model_id, str) and "/" in model_id:
                    self._state.hf.pop(model_id, None)
                else:
                    self._state.civitai.pop(int(model_id), None)
            self._state.changed()

    def take_down(self, ids: Iterable[int | str]) -> None:
        """Mark Civitai models ``mode: TakenDown`` (Hugging Face repos: ``disabled: true``)."""
        with self._state.lock:
            for model_id in ids:
                if isinstance(model_id, str) and "/" in model_id:
                    if model_id in self._state.hf:
                        self._state.hf[model_id] = {**self._state.hf[model_id], "disabled": True}
                elif int(model_id) in self._state.civitai:
                    model = self._state.civitai[int(model_id)]
                    self._state.civitai[int(model_id)] = {**model, "mode": "TakenDown"}
            self._state.changed()

    def add_models(self, items: Iterable[dict[str, Any]]) -> None:
        """Add or replace items: Civitai models (with ``modelVersions``) or HF model infos."""
        with self._state.lock:
            for item in items:
                if "modelVersions" in item:
                    self._state.civitai[int(item["id"])] = copy.deepcopy(item)
                else:
                    self._state.hf[str(item["id"])] = copy.deepcopy(item)
            self._state.changed()

    # -- request handling -------------------------------------------------------------------

    def _record(self, entry: RequestRecord) -> None:
        with self._log_lock:
            self._log.append(entry)

    def route(
        self, method: str, path: str, query: dict[str, list[str]], headers: Any, body: bytes
    ) -> Reply:
        """Answer one request, before faults."""
        for pattern, methods, handler in self._routes():
            match = pattern.fullmatch(path)
            if match and method in methods:
                try:
                    with self._state.lock:
                        return handler(match, query, headers, body)
                except ApiError as error:
                    return _json_reply(error.body, error.status, error.headers)
        return _json_reply({"error": "Not Found"}, 404)

    def _routes(self) -> Sequence[tuple[re.Pattern[str], tuple[str, ...], Any]]:
        return (
            (re.compile(r"/api/v1/models"), ("GET",), self._civitai_models),
            (re.compile(r"/api/v1/models/(\d+)"), ("GET",), self._civitai_model),
            (re.compile(r"/api/v1/model-versions/by-hash/([^/]+)"), ("GET",), self._by_hash),
            (re.compile(r"/api/v1/model-versions/by-hash"), ("POST",), self._by_hash_batch),
            (re.compile(r"/api/v1/model-versions/(\d+)"), ("GET",), self._civitai_version),
            (re.compile(r"/api/trpc/bounty\.getInfinite"), ("GET",), self._bounties),
            (re.compile(r"/api/trpc/bounty\.getById"), ("GET",), self._bounty),
            (re.compile(r"/api/download/models/(\d+)"), ("GET", "HEAD"), self._download),
            (re.compile(r"/files/([0-9a-f]{32})/([^/]+)"), ("GET", "HEAD"), self._file),
            (re.compile(r"/api/models"), ("GET",), self._hf_models),
            (
                re.compile(r"/api/models/([^/]+/[^/]+?)(?:/revision/([^/]+))?"),
                ("GET",),
                self._hf_model,
            ),
            (re.compile(r"/([^/]+/[^/]+)/resolve/([^/]+)/(.+)"), ("GET", "HEAD"), self._hf_resolve),
        )

    # -- Civitai ------------------------------------------------------------------------------

    def _visible(self, model: dict[str, Any], nsfw: bool) -> bool:
        if not self.show_flagged and (model.get("poi") or model.get("minor")):
            return False
        return nsfw or (model.get("nsfwLevel", 0) & ~SFW_BITS) == 0

    def _civitai_models(self, _m: re.Match[str], query: dict[str, list[str]], *_: Any) -> Reply:
        limit = _int_param(query, "limit", 100, 1, 100)
        sort = _first(query, "sort", "Highest Rated") or "Highest Rated"
        if sort not in CIVITAI_SORTS:
            raise ApiError(400, {"error": f"Invalid sort: {sort}"})
        nsfw = _truthy(_first(query, "nsfw"))
        types = frozenset(_values(query, "types"))
        tag = (_first(query, "tag") or "").lower()
        text = (_first(query, "query") or "").lower()
        username = (_first(query, "username") or "").lower()
        ids = frozenset(int(v) for v in _values(query, "ids") if v.isdigit())
        bases = frozenset(_values(query, "baseModels"))
        if tag in BLOCKED_REAL_PERSON_TAGS:
            return self._civitai_page([], None, query, limit)

        def keep(model: dict[str, Any]) -> bool:
            return (
                self._visible(model, nsfw)
                and (not types or model["type"] in types)
                and (not tag or tag in (t.lower() for t in model.get("tags", [])))
                and (not text or text in model["name"].lower())
                and (not username or model["creator"]["username"].lower() == username)
                and (not ids or model["id"] in ids)
                and (not bases or any(v["baseModel"] in bases for v in model["modelVersions"]))
            )

        state = self._state
        cache_key = (
            state.generation,
            sort,
            nsfw,
            types,
            tag,
            text,
            username,
            ids,
            bases,
            self.show_flagged,
        )
        keys, ordered = state.ordered(
            cache_key, lambda: [m for m in state.civitai.values() if keep(m)], sort
        )
        page_param = _first(query, "page")
        if page_param is not None:
            return self._civitai_numbered_page(ordered, page_param, query, limit)
        sign = -1 if CIVITAI_SORTS[sort][1] else 1
        start = 0
        cursor = _first(query, "cursor")
        if cursor:
            key, model_id = self._parse_cursor(cursor, sort)
            start = bisect.bisect_right(keys, (sign * key, sign * model_id))
        page = ordered[start : start + limit]
        next_cursor = None
        if start + limit < len(ordered):
            last_key, last_id = keys[start + limit - 1]
            next_cursor = self._make_cursor((sign * last_key, sign * last_id), sort)
        return self._civitai_page(page, next_cursor, query, limit)

    def _civitai_numbered_page(
        self,
        ordered: list[dict[str, Any]],
        page_param: str,
        query: dict[str, list[str]],
        limit: int,
    ) -> Reply:
        if _first(query, "query"):
            raise ApiError(
                400,
                {"error": "Cannot use page param with query search. Use cursor-based pagination."},
            )
        if not page_param.isdigit() or int(page_param) < 1:
            raise ApiError(400, {"error": "page must be a positive number"})
        page_number = int(page_param)
        if page_number * limit > 1000:
            raise ApiError(429, {"error": "Too many pages requested: use cursors instead of page"})
        start = (page_number - 1) * limit
        items = ordered[start : start + limit]
        metadata: dict[str, Any] = {
            "totalItems": len(ordered),
            "currentPage": page_number,
            "pageSize": limit,
            "totalPages": -(-len(ordered) // limit),
        }
        if start + limit < len(ordered):
            metadata["nextPage"] = self._self_url(
                "/api/v1/models", query, page=str(page_number + 1)
            )
        return self._civitai_body({"items": items, "metadata": metadata})

    def _civitai_page(
        self,
        items: list[dict[str, Any]],
        next_cursor: str | None,
        query: dict[str, list[str]],
        limit: int,
    ) -> Reply:
        metadata: dict[str, Any] = {"pageSize": limit}
        if next_cursor is not None:
            metadata["nextCursor"] = next_cursor
            metadata["nextPage"] = self._self_url("/api/v1/models", query, cursor=next_cursor)
        return self._civitai_body({"items": items, "metadata": metadata})

    def _civitai_body(self, data: Any, status: int = 200) -> Reply:
        text = json.dumps(data, separators=(",", ":")).replace(SAMPLE_SITE, self.url)
        return Reply(status, text.encode("utf-8"), (("Cache-Control", "s-maxage=300"),))

    @staticmethod
    def _make_cursor(position: tuple[int, int], sort: str) -> str:
        key, model_id = position
        check = zlib.crc32(f"{CURSOR_SECRET}|{sort}|{key}|{model_id}".encode()) % 1_000_000
        return f"{key}|{model_id}|{check}"

    @staticmethod
    def _parse_cursor(cursor: str, sort: str) -> tuple[int, int]:
        parts = cursor.split("|")
        try:
            key, model_id, check = (int(part) for part in parts)
        except ValueError:
            raise ApiError(400, {"error": "Invalid cursor"}) from None
        if SampleServer._make_cursor((key, model_id), sort) != cursor or len(parts) != 3:
            raise ApiError(400, {"error": "Invalid cursor"})
        return key, model_id

    def _self_url(self, path: str, query: dict[str, list[str]], **overrides: str) -> str:
        pairs = [
            (name, value)
            for name, values in query.items()
            if name not in overrides
            for value in values
        ]
        pairs += list(overrides.items())
        return f"{self.url}{path}?{urlencode(pairs)}"

    def _civitai_model(self, match: re.Match[str], *_: Any) -> Reply:
        model = self._state.civitai.get(int(match.group(1)))
        if model is None:
            raise ApiError(404, {"error": f"No model with id {match.group(1)}"})
        return self._civitai_body(model)

    @staticmethod
    def _version_with_model(model: dict[str, Any], version: dict[str, Any]) -> dict[str, Any]:
        summary = {key: model.get(key) for key in ("name", "type", "nsfw", "poi")}
        summary["mode"] = model.get("mode")
        return {**version, "modelId": model["id"], "model": summary}

    def _civitai_version(self, match: re.Match[str], *_: Any) -> Reply:
        found = self._state.version(int(match.group(1)))
        if found is None:
            raise ApiError(404, {"error": f"No version with id {match.group(1)}"})
        return self._civitai_body(self._version_with_model(*found))

    def _lookup_hash(self, value: str) -> dict[str, Any] | None:
        hit = self._state.hash_index().get(value.strip().upper())
        if hit is None:
            return None
        model = self._state.civitai[hit[0]]
        version = next(v for v in model["modelVersions"] if v["id"] == hit[1])
        return self._version_with_model(model, version)

    def _by_hash(self, match: re.Match[str], *_: Any) -> Reply:
        found = self._lookup_hash(match.group(1))
        if found is None:
            raise ApiError(404, {"error": "Model not found"})
        return self._civitai_body(found)

    def _by_hash_batch(self, _m: re.Match[str], _q: Any, _h: Any, body: bytes) -> Reply:
        try:
            hashes = json.loads(body or b"null")
        except ValueError:
            raise ApiError(400, {"error": "Body must be a JSON list of hashes"}) from None
        if not isinstance(hashes, list) or not all(isinstance(h, str) for h in hashes):
            raise ApiError(400, {"error": "Body must be a JSON list of hashes"})
        if len(hashes) > 100:
            raise ApiError(400, {"error": "Too many hashes: at most 100 per request"})
        found = [version for version in map(self._lookup_hash, hashes) if version is not None]
        return self._civitai_body(found)

    # -- bounties (tRPC) ----------------------------------------------------------------------

    @staticmethod
    def _trpc_error(status: int, code: str, message: str) -> ApiError:
        error = {"message": message, "code": -32600 if status == 400 else -32004}
        error["data"] = {"code": code, "httpStatus": status}  # type: ignore[assignment]
        return ApiError(status, {"error": {"json": error}})

    def _trpc_input(self, query: dict[str, list[str]]) -> dict[str, Any]:
        raw = _first(query, "input", '{"json":{}}') or "{}"
        try:
            payload = json.loads(raw).get("json") or {}
        except (ValueError, AttributeError):
            raise self._trpc_error(400, "BAD_REQUEST", "input is not valid JSON") from None
        if not isinstance(payload, dict):
            raise self._trpc_error(400, "BAD_REQUEST", "input.json must be an object")
        return payload

    @staticmethod
    def _trpc_result(data: dict[str, Any], date_paths: list[str]) -> Reply:
        meta = {"values": {path: ["Date"] for path in date_paths}}
        return _json_reply({"result": {"data": {"json": data, "meta": meta}}})

    def _bounties(self, _m: re.Match[str], query: dict[str, list[str]], *_: Any) -> Reply:
        payload = self._trpc_input(query)
        limit = payload.get("limit", 60)
        if not isinstance(limit, int) or not 1 <= limit <= 200:
            raise self._trpc_error(400, "BAD_REQUEST", "limit must be between 1 and 200")
        text = str(payload.get("query") or "").lower()
        nsfw = payload.get("nsfw")
        items = sorted(self._state.bounties.values(), key=lambda b: b["id"], reverse=True)
        items = [
            b
            for b in items
            if (not text or text in b["name"].lower()) and (nsfw is not False or not b["nsfw"])
        ]
        cursor = payload.get("cursor")
        if cursor is not None:
            if not isinstance(cursor, int):
                raise self._trpc_error(400, "BAD_REQUEST", "cursor must be a number")
            items = [b for b in items if b["id"] <= cursor]
        page = items[:limit]
        next_cursor = items[limit]["id"] if len(items) > limit else None
        paths = [
            f"items.{index}.{name}" for index in range(len(page)) for name in BOUNTY_DATE_FIELDS
        ]
        return self._trpc_result({"items": page, "nextCursor": next_cursor}, paths)

    def _bounty(self, _m: re.Match[str], query: dict[str, list[str]], *_: Any) -> Reply:
        payload = self._trpc_input(query)
        bounty = self._state.bounties.get(payload.get("id"))  # type: ignore[arg-type]
        if bounty is None:
            raise self._trpc_error(404, "NOT_FOUND", f"No bounty with id {payload.get('id')}")
        return self._trpc_result(bounty, list(BOUNTY_DATE_FIELDS))

    # -- files --------------------------------------------------------------------------------

    def _download(self, match: re.Match[str], *_: Any) -> Reply:
        found = self._state.version(int(match.group(1)))
        if found is None:
            raise ApiError(404, {"error": "Model version not found"})
        files = found[1]["files"]
        primary = next((f for f in files if f.get("primary")), files[0] if files else None)
        sha = str((primary or {}).get("hashes", {}).get("SHA256", "")).lower()
        stored = self._state.files_by_sha.get(sha)
        if stored is None:
            raise ApiError(404, {"error": "File not found"})
        location = f"{self.files_url}/files/{stored.token}/{stored.name}"
        return Reply(307, b"", (("Location", location),))

    def _file(self, match: re.Match[str], _q: Any, headers: Any, _b: bytes) -> Reply:
        stored = self._state.files.get(match.group(1))
        if stored is None:
            raise ApiError(404, {"error": "File not found"})
        return self._ranged(stored.data, headers.get("Range"), (("ETag", f'"{stored.sha256}"'),))

    def _ranged(
        self, data: bytes, range_header: str | None, extra: tuple[tuple[str, str], ...]
    ) -> Reply:
        base = (("Accept-Ranges", "bytes"), *extra)
        octet = "application/octet-stream"
        if not range_header or self.faults.ignore_range:
            return Reply(200, data, base, octet)
        match = re.fullmatch(r"bytes=(\d*)-(\d*)", range_header.strip())
        if not match or (not match.group(1) and not match.group(2)):
            return Reply(200, data, base, octet)
        size = len(data)
        if match.group(1):
            first = int(match.group(1))
            last = min(int(match.group(2)), size - 1) if match.group(2) else size - 1
        else:
            first, last = max(0, size - int(match.group(2))), size - 1
        if first >= size or first > last:
            return Reply(416, b"", (*base, ("Content-Range", f"bytes */{size}")), octet)
        return Reply(
            206,
            data[first : last + 1],
            (*base, ("Content-Range", f"bytes {first}-{last}/{size}")),
            octet,
        )

    # -- Hugging Face -------------------------------------------------------------------------

    def _hf_models(self, _m: re.Match[str], query: dict[str, list[str]], *_: Any) -> Reply:
        filters = _values(query, "filter")
        search = (_first(query, "search") or "").lower()
        author = _first(query, "author")
        sort = _first(query, "sort", "trendingScore") or "trendingScore"
        if sort not in HF_SORTS:
            raise ApiError(400, {"error": f"Invalid sort parameter: {sort}"})
        descending = _first(query, "direction", "-1") != "1"
        limit = _int_param(query, "limit", self.hf_page_size, 1, 1000)
        expand = _values(query, "expand", "expand[]")
        if expand and (_truthy(_first(query, "full")) or _truthy(_first(query, "cardData"))):
            raise ApiError(400, {"error": "expand cannot be combined with full or cardData"})

        def keep(item: dict[str, Any]) -> bool:
            facets = {*item.get("tags", []), item.get("pipeline_tag"), item.get("library_name")}
            return (
                all(value in facets for value in filters)
                and (not search or search in item["id"].lower())
                and (not author or item["id"].split("/", 1)[0] == author)
            )

        items = sorted(
            (item for item in self._state.hf.values() if keep(item)),
            key=lambda item: (item.get(sort) or 0, item["id"]),
            reverse=descending,
        )
        offset = self._parse_hf_cursor(_first(query, "cursor"))
        page = items[offset : offset + limit]
        headers: tuple[tuple[str, str], ...] = ()
        if offset + limit < len(items):
            next_url = self._self_url("/api/models", query, cursor=self._hf_cursor(offset + limit))
            headers = (("Link", f'<{next_url}>; rel="next"'),)
        projected = [self._hf_project(item, query, expand) for item in page]
        return _json_reply(projected, headers=headers)

    @staticmethod
    def _hf_cursor(offset: int) -> str:
        return (
            base64.urlsafe_b64encode(json.dumps({"$offset": offset}).encode()).decode().rstrip("=")
        )

    @staticmethod
    def _parse_hf_cursor(cursor: str | None) -> int:
        if not cursor:
            return 0
        try:
            decoded = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
            return int(decoded["$offset"])
        except (ValueError, KeyError, TypeError):
            raise ApiError(400, {"error": "Invalid cursor"}) from None

    @staticmethod
    def _hf_project(
        item: dict[str, Any], query: dict[str, list[str]], expand: list[str]
    ) -> dict[str, Any]:
        if expand:
            return {key: item[key] for key in ("_id", "id", *expand) if key in item}
        if _truthy(_first(query, "full")):
            shown = {key: value for key, value in item.items() if key != "cardData"}
        else:
            shown = {key: item[key] for key in HF_BASIC_FIELDS if key in item}
        if _truthy(_first(query, "cardData")) and "cardData" in item:
            shown["cardData"] = item["cardData"]
        return shown

    def _hf_repo(self, repo_id: str, revision: str | None) -> dict[str, Any]:
        item = self._state.hf.get(repo_id)
        if item is None:
            raise ApiError(
                404, {"error": "Repository not found"}, (("X-Error-Code", "RepoNotFound"),)
            )
        if revision not in (None, "main", item["sha"]):
            raise ApiError(
                404,
                {"error": f"Invalid rev id: {revision}"},
                (("X-Error-Code", "RevisionNotFound"),),
            )
        return item

    def _hf_model(self, match: re.Match[str], query: dict[str, list[str]], *_: Any) -> Reply:
        item = self._hf_repo(match.group(1), match.group(2))
        info = dict(item)
        if _truthy(_first(query, "blobs")):
            info["siblings"] = [
                {
                    "rfilename": entry.rfilename,
                    **hf_sibling_blob(self._state.files_by_sha[entry.sha256], entry.lfs),
                }
                for entry in self._state.hf_files.get(item["id"], ())
            ]
        return _json_reply(info)

    def _hf_resolve(self, match: re.Match[str], _q: Any, headers: Any, _b: bytes) -> Reply:
        item = self._hf_repo(match.group(1), match.group(2))
        entry = next(
            (f for f in self._state.hf_files.get(item["id"], ()) if f.rfilename == match.group(3)),
            None,
        )
        if entry is None:
            raise ApiError(404, {"error": "Entry not found"}, (("X-Error-Code", "EntryNotFound"),))
        stored = self._state.files_by_sha[entry.sha256]
        blob = hf_sibling_blob(stored, entry.lfs)
        common = (("X-Repo-Commit", item["sha"]), ("ETag", f'"{blob["blobId"]}"'))
        if not entry.lfs:
            return self._ranged(stored.data, headers.get("Range"), common)
        location = f"{self.files_url}/files/{stored.token}/{entry.rfilename.rsplit('/', 1)[-1]}"
        return Reply(
            302,
            b"",
            (
                *common,
                ("Location", location),
                ("X-Linked-Etag", f'"{stored.sha256}"'),
                ("X-Linked-Size", str(len(stored.data))),
            ),
        )

    # -- faults -------------------------------------------------------------------------------

    def answer(self, handler: BaseHTTPRequestHandler, method: str) -> None:
        """Route one request, apply the fault plan, send it and log it."""
        split = urlsplit(handler.path)
        query = parse_qs(split.query, keep_blank_values=True)
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        range_header = handler.headers.get("Range")
        family = _route_family(split.path)
        fault: str | None = None
        reply = self._guard(handler, family)
        if reply is None:
            key = f"{method} {split.path}?{split.query} {range_header or ''}"
            fault = self._decider.decide(key, family)
            reply = self._faulty_reply(fault) or self.route(
                method, split.path, query, handler.headers, body
            )
            if fault == "slow":
                time.sleep(self.faults.slow_seconds)
        else:
            fault = "auth"
        pairs = tuple((name, value) for name, values in query.items() for value in values)
        status = reply.status

        def record(sent: int) -> None:
            # Logged before the answer goes out, so a client that has it sees it in the log.
            entry = RequestRecord(method, split.path, pairs, range_header, status, sent, fault)
            self._record(entry)

        self._send(handler, method, reply, truncate=fault == "truncated", record=record)

    def _guard(self, handler: BaseHTTPRequestHandler, family: str) -> Reply | None:
        plan = self.faults
        if not plan.applies_to(family):
            return None
        if plan.forbidden:
            return _json_reply({"error": "Forbidden"}, 403)
        expected = f"Bearer {plan.require_auth}"
        if plan.require_auth is not None and handler.headers.get("Authorization") != expected:
            return _json_reply({"error": "Unauthorized"}, 401, (("WWW-Authenticate", "Bearer"),))
        return None

    def _faulty_reply(self, fault: str | None) -> Reply | None:
        if fault == "429":
            headers: tuple[tuple[str, str], ...] = ()
            retry_after = self.faults.retry_after
            if retry_after == "http-date":
                headers = (("Retry-After", formatdate(time.time() + 1, usegmt=True)),)
            elif retry_after is not None:
                headers = (("Retry-After", retry_after),)
            return _json_reply({"error": "Too Many Requests"}, 429, headers)
        if fault in ("500", "first_n"):
            status = 503 if fault == "first_n" else self._decider.choice((500, 502, 503))
            return _json_reply({"error": "Internal Server Error"}, status)
        return None

    def _send(
        self,
        handler: BaseHTTPRequestHandler,
        method: str,
        reply: Reply,
        truncate: bool,
        record: Callable[[int], None],
    ) -> None:
        body = reply.body
        declared = len(body)
        close = False
        if truncate and body:
            if self._decider.choice((0, 1)):
                declared = len(body) + 1024  # promise more than is sent, then hang up
                close = True
            else:
                body = body[: len(body) // 2]  # a 200 whose JSON is cut short
                declared = len(body)
        record(0 if method == "HEAD" else len(body))
        handler.send_response(reply.status)
        handler.send_header("Content-Type", reply.content_type)
        handler.send_header(*SAMPLE_HEADER)  # every answer says it is synthetic
        for name, value in reply.headers:
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(declared))
        if close:
            handler.send_header("Connection", "close")
            handler.close_connection = True
        try:
            handler.end_headers()
            if method != "HEAD":
                handler.wfile.write(body)
                handler.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            handler.close_connection = True


def _handler_class(server: SampleServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body go out as separate writes

        def do_GET(self) -> None:  # noqa: N802 - the stdlib's naming
            server.answer(self, "GET")

        def do_HEAD(self) -> None:  # noqa: N802
            server.answer(self, "HEAD")

        def do_POST(self) -> None:  # noqa: N802
            server.answer(self, "POST")

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet
            return

    return Handler
