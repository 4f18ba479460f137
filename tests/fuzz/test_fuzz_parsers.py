"""Fuzzing the parsers every hostile byte goes through: ingest's line parsing and normalisers,
and the safetensors header parser. Zero crashes: a bad input is a reported bad line, a rejected
item or a ``not_safetensors`` header, never an exception, and whatever is accepted fits the store.

Budgets are bounded and the runs derandomised, so CI takes seconds and never flakes; run with
``DFAUDIT_FUZZ_EXAMPLES=2000`` for a longer, randomised local hunt.
"""

from __future__ import annotations

import json
import os
import struct
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dfaudit.collect.ingest import decode_json, prepare_chunk
from dfaudit.forensics.headers import (
    HeaderResult,
    HeaderTask,
    _bytes_needed,
    _write_header_rows,
    parse_header,
)
from dfaudit.records import NormalizedModel
from dfaudit.store import Store, open_store
from dfaudit.store.normalize import (
    MalformedItemError,
    normalize_bounty,
    normalize_civitai_model,
    normalize_hf_model,
)
from dfaudit.store.raw import decode_body
from dfaudit.store.write import model_tables, upsert_bounties

EXAMPLES = int(os.environ.get("DFAUDIT_FUZZ_EXAMPLES", "100"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize="DFAUDIT_FUZZ_EXAMPLES" not in os.environ,  # a long hunt explores new inputs
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# -- JSON values as a hostile platform sends them -----------------------------------------------

numbers = st.one_of(
    st.integers(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.sampled_from([2**31, 2**32, 2**63 - 1, 2**63, 2**64, -(2**63) - 1, 10**19]),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from([1e308, -1e308, 1.5, 0.0, -0.0, 5e-324]),
)
texts = st.one_of(
    st.text(max_size=20),
    st.sampled_from(
        [
            "",
            " ",
            "\x00",
            "\u202e",
            "\x1b[31m",
            "2024-01-01T00:00:00Z",
            "0001-01-01T00:00:00+14:00",
            "9999-12-31T23:59:59-14:00",
            "NaN",
            "99999999999999999999999",
            "-5",
            "TakenDown",
            "<p<p<p",
            "https://civitai.com/x",
        ]
    ),
)
scalars = st.one_of(st.none(), st.booleans(), numbers, texts)
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def shaped(fields: dict[str, st.SearchStrategy[Any]]) -> st.SearchStrategy[dict[str, Any]]:
    """Dicts with any subset of the known fields (shaped or junk values) plus junk keys."""
    return st.fixed_dictionaries(
        {}, optional={key: st.one_of(strategy, json_values) for key, strategy in fields.items()}
    ).flatmap(
        lambda known: st.dictionaries(st.text(max_size=6), json_values, max_size=2).map(
            lambda junk: {**junk, **known}
        )
    )


ids = st.one_of(
    st.integers(min_value=-5, max_value=2**64),
    st.text(max_size=10),
    st.sampled_from([None, True, False, 1.5, [], {}, "", "x" * 300]),
)
images = shaped(
    {"url": texts, "nsfwLevel": scalars, "nsfw": scalars, "width": numbers, "poi": scalars}
)
files = shaped(
    {
        "id": ids,
        "name": texts,
        "sizeKB": numbers,
        "hashes": shaped({"SHA256": texts, "AutoV2": texts, "BLAKE3": texts}),
        "metadata": shaped({"format": texts}),
        "downloadUrl": texts,
        "primary": scalars,
    }
)
versions = shaped(
    {
        "id": ids,
        "name": texts,
        "baseModel": scalars,
        "publishedAt": texts,
        "createdAt": texts,
        "trainedWords": st.lists(scalars, max_size=3),
        "files": st.lists(files, max_size=2),
        "images": st.lists(images, max_size=2),
        "downloadUrl": texts,
    }
)
civitai_items = shaped(
    {
        "id": ids,
        "name": texts,
        "type": scalars,
        "description": texts,
        "nsfw": scalars,
        "nsfwLevel": numbers,
        "poi": scalars,
        "mode": scalars,
        "availability": scalars,
        "tags": st.lists(st.one_of(texts, shaped({"name": texts})), max_size=3),
        "stats": shaped({"downloadCount": numbers}),
        "creator": shaped({"username": scalars}),
        "modelVersions": st.lists(versions, max_size=2),
    }
)
hf_items = shaped(
    {
        "id": ids,
        "modelId": ids,
        "author": scalars,
        "sha": scalars,
        "tags": st.lists(texts, max_size=3),
        "downloads": numbers,
        "downloadsAllTime": numbers,
        "createdAt": texts,
        "disabled": scalars,
        "cardData": shaped(
            {
                "base_model": st.one_of(texts, st.lists(scalars, max_size=2)),
                "instance_prompt": scalars,
                "widget": st.lists(shaped({"text": scalars}), max_size=2),
                "tags": st.lists(scalars, max_size=2),
            }
        ),
        "siblings": st.lists(
            shaped(
                {
                    "rfilename": texts,
                    "size": numbers,
                    "lfs": shaped({"sha256": texts, "size": numbers}),
                }
            ),
            max_size=2,
        ),
    }
)
bounty_items = shaped(
    {
        "id": ids,
        "name": texts,
        "description": texts,
        "type": scalars,
        "mode": scalars,
        "nsfwLevel": numbers,
        "unitAmount": numbers,
        "startsAt": texts,
        "expiresAt": texts,
        "details": shaped({"baseModel": scalars}),
        "user": shaped({"username": scalars}),
        "stats": shaped({"entryCountAllTime": numbers, "benefactorCountAllTime": numbers}),
        "images": st.lists(images, max_size=2),
    }
)

INT64 = range(-(2**63), 2**63)
INT32 = range(-(2**31), 2**31)


def check_model(normalized: NormalizedModel) -> None:
    """What is accepted fits the store: typed fields, ints in range, Arrow tables build."""
    model = normalized.model
    assert isinstance(model.model_id, str) and model.model_id.strip()
    assert model.model_id not in ("None", "True", "False")
    assert model.downloads in INT64
    assert model.nsfw_level is None or model.nsfw_level in INT32
    for optional in (model.creator, model.base_model):
        assert optional is None or isinstance(optional, str)
    for file in normalized.files:
        assert isinstance(file.file_id, str) and file.file_id
        assert file.size_bytes is None or file.size_bytes in INT64
        for text in (file.version_id, file.download_url, file.file_format, file.sha256):
            assert text is None or isinstance(text, str)
    for image in normalized.images:
        for value in (image.width, image.height, image.nsfw_level):
            assert value is None or value in INT32
    model_tables([normalized])  # raises on any value the store's columns cannot hold


@FUZZ
@given(civitai_items)
def test_civitai_normaliser_never_crashes(item: dict[str, Any]) -> None:
    try:
        normalized = normalize_civitai_model(item)
    except (MalformedItemError, KeyError):
        return
    check_model(normalized)


@FUZZ
@given(hf_items)
def test_huggingface_normaliser_never_crashes(item: dict[str, Any]) -> None:
    try:
        normalized = normalize_hf_model(item)
    except MalformedItemError:
        return
    check_model(normalized)


@pytest.fixture(scope="module")
def memory_store() -> Iterator[Store]:
    with open_store(":memory:") as store:
        yield store


@FUZZ
@given(item=bounty_items)
def test_bounty_normaliser_never_crashes(memory_store: Store, item: dict[str, Any]) -> None:
    try:
        record = normalize_bounty(item)
    except (MalformedItemError, KeyError):
        return
    assert record.bounty_id.strip() and record.unit_amount in INT64
    upsert_bounties(memory_store, [(item, record)], run_id=1, observed_at=datetime.now(UTC))


# -- ingest lines: raw bytes, JSON with hostile values, and broken JSON -------------------------


def encoded(value: Any) -> bytes:
    return msgspec.json.encode(value)


lines = st.one_of(
    st.binary(max_size=64),
    civitai_items.map(encoded),
    st.lists(civitai_items, max_size=3).map(lambda items: encoded({"items": items})),
    civitai_items.map(encoded).flatmap(
        lambda data: st.integers(0, max(0, len(data) - 1)).map(lambda cut: data[:cut])
    ),
    st.sampled_from(
        [
            b"[" * 5000,
            b'{"id": 1, "name": "\xff"}',
            b'{"id": 1, "stats": {"downloadCount": ' + b"9" * 40 + b"}}",
            b'{"id": 1e400}',
            b'{"id": "\\ud800"}',
        ]
    ),
)


@FUZZ
@given(st.sampled_from(["civitai", "huggingface", "civitai-bounties"]), st.lists(lines, max_size=4))
def test_ingest_chunk_preparation_never_crashes(platform: str, raw_lines: list[bytes]) -> None:
    numbered = list(enumerate(raw_lines, start=1))
    chunk = prepare_chunk(platform, "fuzz.jsonl", numbered, len(numbered))
    kept = decode_body(chunk.body.data, chunk.body.encoding)
    reported = {bad.line for bad in chunk.bad}
    assert reported <= set(range(1, len(raw_lines) + 1))
    for number, line in numbered:  # every line is kept (it held an item), reported, or empty
        empty_page = decode_json(line)[0] in ([], {"items": []})
        assert number in reported or line in kept or empty_page, (number, line)


# -- the safetensors header parser ----------------------------------------------------------------

header_bytes = st.one_of(
    st.binary(max_size=128),
    json_values.map(lambda v: json.dumps(v).encode()),
    st.dictionaries(st.text(max_size=6), json_values, max_size=4).map(
        lambda meta: json.dumps({"__metadata__": meta, "w": {"dtype": "F16"}}).encode()
    ),
    st.sampled_from(
        [
            b"[" * 100_000,
            b'{"__metadata__": {"a": "\\ud800"}}',
            b'{"__metadata__": {"a": ' + b"9" * 5000 + b"}}",
            b'{"__metadata__": {"a": 1e999}}',
            b'{"__metadata__": {"a": "\xff"}}',
        ]
    ),
)


@FUZZ
@given(header=header_bytes)
def test_header_parser_never_crashes_and_its_rows_store(memory_store: Store, header: bytes) -> None:
    status, metadata, error = parse_header(header)
    assert status in ("ok", "no_metadata", "not_safetensors")
    assert (error is None) == (status != "not_safetensors")
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in metadata.items())
    prefix = struct.pack("<Q", len(header))
    assert 0 <= _bytes_needed(prefix + header[:1]) <= 8 + max(len(header), 1)
    result = HeaderResult(status=status, header_length=len(header), metadata=metadata, error=error)
    _write_header_rows(memory_store, [(HeaderTask("civitai", "fuzz", "https://x"), result)])


@FUZZ
@given(st.binary(min_size=0, max_size=16))
def test_length_prefix_of_any_eight_bytes(prefix: bytes) -> None:
    needed = _bytes_needed(prefix)
    assert 0 <= needed <= 8 + 25_000_000 or needed == len(prefix)
