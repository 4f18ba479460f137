"""Re-upload links by file hash and the findings they pass on."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from dfaudit.forensics.reuploads import link_reuploads
from dfaudit.store.db import Store, open_store

SHA_1 = "ab" * 32
SHA_2 = "cd" * 32
SHA_SAME_PREFIX = "ab" * 5 + "ef" * 27  # same AutoV2 (first 10 hex) as SHA_1, different file
BLAKE = "12" * 32


@pytest.fixture
def store() -> Iterator[Store]:
    with open_store(":memory:") as db:
        yield db


def model(store: Store, platform: str, model_id: str, created: str) -> None:
    when = datetime.fromisoformat(created).replace(tzinfo=UTC)
    store.con.execute(
        "INSERT INTO models (platform, model_id, name, created_at, first_seen, last_seen) "
        "VALUES (?, ?, 'x', ?, ?, ?)",
        [
            platform,
            model_id,
            when,
            datetime(2026, 1, 1, tzinfo=UTC),
            datetime(2026, 1, 1, tzinfo=UTC),
        ],
    )


def file(
    store: Store,
    platform: str,
    model_id: str,
    file_id: str,
    sha256: str | None,
    autov2: str | None = None,
    blake3: str | None = None,
) -> None:
    store.con.execute(
        "INSERT INTO files (platform, model_id, file_id, name, sha256, autov2, blake3) "
        "VALUES (?, ?, ?, 'f.safetensors', ?, ?, ?)",
        [platform, model_id, file_id, sha256, autov2, blake3],
    )


def finding(store: Store, platform: str, model_id: str, likeness: bool, **extra: str) -> None:
    store.con.execute(
        "INSERT INTO findings (platform, model_id, likeness, likeness_score, target_key, "
        "target_name, target_gender, prominence, sexual_intent, sexual_intent_score, minor_risk, "
        "evidence, detector_version, input_sha256, processed_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, FALSE, 0, FALSE, ?::JSON, 'test', 'in', now())",
        [
            platform,
            model_id,
            likeness,
            0.9 if likeness else 0.1,
            extra.get("target_key"),
            extra.get("target_name"),
            extra.get("gender", "unknown"),
            extra.get("prominence"),
            json.dumps([{"signal": "name@1", "aspect": "likeness", "score": 0.1}]),
        ],
    )


def links(store: Store) -> list[tuple[str, str, str, str, str]]:
    return store.query(
        "SELECT sha256, platform_a, model_id_a, platform_b, model_id_b FROM reuploads ORDER BY ALL"
    )


def test_huggingface_copy_links_to_earlier_civitai_original_case_insensitively(
    store: Store,
) -> None:
    model(store, "civitai", "100", "2024-03-01")
    model(store, "huggingface", "mirror/pack", "2025-06-01")
    model(store, "huggingface", "other/thing", "2025-06-02")
    file(store, "civitai", "100", "c1", SHA_1.upper(), autov2=SHA_1[:10].upper())
    file(store, "huggingface", "mirror/pack", "h1", SHA_1)
    file(store, "huggingface", "other/thing", "h2", SHA_2)
    assert link_reuploads(store) == 1
    assert links(store) == [(SHA_1, "civitai", "100", "huggingface", "mirror/pack")]
    assert store.scalar("SELECT first_seen_a < first_seen_b FROM reuploads") is True


def test_the_earlier_side_is_the_original_whatever_the_platform(store: Store) -> None:
    model(store, "huggingface", "early/repo", "2023-01-01")
    model(store, "civitai", "5", "2024-01-01")
    file(store, "huggingface", "early/repo", "h", SHA_1)
    file(store, "civitai", "5", "c", SHA_1)
    link_reuploads(store)
    assert links(store) == [(SHA_1, "huggingface", "early/repo", "civitai", "5")]


def test_autov2_links_only_where_a_full_hash_is_missing(store: Store) -> None:
    model(store, "civitai", "1", "2023-01-01")  # legacy file: AutoV2 only
    model(store, "huggingface", "a/copy", "2025-07-01")  # same file
    model(store, "huggingface", "b/diff", "2025-07-02")  # other file, same 10-hex prefix
    model(store, "civitai", "2", "2025-07-03")  # full hash, same prefix, different file
    file(store, "civitai", "1", "c1", None, autov2=SHA_1[:10].upper())
    file(store, "huggingface", "a/copy", "h1", SHA_1)
    file(store, "huggingface", "b/diff", "h2", SHA_SAME_PREFIX)
    file(store, "civitai", "2", "c2", SHA_SAME_PREFIX.upper())
    link_reuploads(store)
    found = links(store)
    # The legacy AutoV2 cannot tell the two prefixes apart, but the full hashes never link.
    assert (SHA_1, "civitai", "1", "huggingface", "a/copy") in found
    assert (SHA_SAME_PREFIX, "huggingface", "b/diff", "civitai", "2") in found
    assert not any(
        {row[2], row[4]} == {"a/copy", "b/diff"} or {row[2], row[4]} == {"a/copy", "2"}
        for row in found
    )


def test_blake3_links_blake3_only_when_sha256_cannot_decide(store: Store) -> None:
    model(store, "civitai", "1", "2024-01-01")
    model(store, "civitai", "2", "2024-02-01")
    model(store, "civitai", "3", "2024-03-01")
    file(store, "civitai", "1", "f1", SHA_1, blake3=BLAKE.upper())
    file(store, "civitai", "2", "f2", None, blake3=BLAKE)
    file(store, "civitai", "3", "f3", SHA_2, blake3=BLAKE)  # contradicting full hash
    link_reuploads(store)
    found = links(store)
    assert (SHA_1, "civitai", "1", "civitai", "2") in found
    assert (SHA_2, "civitai", "2", "civitai", "3") in found
    assert not any({r[2], r[4]} == {"1", "3"} for r in found)


def test_files_shared_inside_one_model_are_not_reuploads(store: Store) -> None:
    model(store, "civitai", "1", "2024-01-01")
    file(store, "civitai", "1", "v1", SHA_1)
    file(store, "civitai", "1", "v2", SHA_1)
    assert link_reuploads(store) == 0


def test_works_without_findings_and_is_idempotent(store: Store) -> None:
    model(store, "civitai", "1", "2024-01-01")
    model(store, "huggingface", "x/y", "2025-06-01")
    file(store, "civitai", "1", "c", SHA_1)
    file(store, "huggingface", "x/y", "h", SHA_1)
    assert link_reuploads(store) == 1
    assert link_reuploads(store) == 1
    assert store.scalar("SELECT count(*) FROM findings") == 0


def test_reupload_inherits_the_likeness_finding_once(store: Store) -> None:
    model(store, "civitai", "1", "2024-01-01")
    model(store, "huggingface", "x/y", "2025-06-01")
    model(store, "huggingface", "x/z", "2025-06-02")
    file(store, "civitai", "1", "c", SHA_1)
    file(store, "huggingface", "x/y", "h", SHA_1)
    file(store, "huggingface", "x/z", "h2", SHA_2)
    finding(
        store,
        "civitai",
        "1",
        True,
        target_key="ada example",
        target_name="Ada Example",
        gender="female",
        prominence="online_creator",
    )
    finding(store, "huggingface", "x/y", False)
    finding(store, "huggingface", "x/z", False)
    for _ in range(2):
        link_reuploads(store)
        row = store.query(
            "SELECT likeness, target_key, target_name, target_gender, prominence, evidence "
            "FROM findings WHERE model_id = 'x/y'"
        )[0]
        assert row[:5] == (True, "ada example", "Ada Example", "female", "online_creator")
        evidence = json.loads(row[5])
        reupload_hits = [e for e in evidence if e["signal"] == "reupload@1"]
        assert len(reupload_hits) == 1
        assert reupload_hits[0]["field"] == "files.sha256"
        assert reupload_hits[0]["text"] == f"{SHA_1} = civitai:1"
        assert len(evidence) == 2  # the original hit is kept
    assert store.scalar("SELECT likeness FROM findings WHERE model_id = 'x/z'") is False


def test_originals_never_inherit_from_their_copies(store: Store) -> None:
    model(store, "civitai", "1", "2024-01-01")
    model(store, "huggingface", "x/y", "2025-06-01")
    file(store, "civitai", "1", "c", SHA_1)
    file(store, "huggingface", "x/y", "h", SHA_1)
    finding(store, "civitai", "1", False)
    finding(store, "huggingface", "x/y", True, target_key="k")
    link_reuploads(store)
    assert store.scalar("SELECT likeness FROM findings WHERE model_id = '1'") is False


def test_unprocessed_copy_gets_a_finding_and_chains_settle(store: Store) -> None:
    model(store, "civitai", "1", "2024-01-01")
    model(store, "civitai", "2", "2024-06-01")
    model(store, "huggingface", "x/y", "2025-06-01")
    file(store, "civitai", "1", "c1", SHA_1)
    file(store, "civitai", "2", "c2a", SHA_1)
    file(store, "civitai", "2", "c2b", SHA_2)
    file(store, "huggingface", "x/y", "h", SHA_2)  # copies model 2's other file only
    finding(store, "civitai", "1", True, target_key="k", target_name="K")
    link_reuploads(store)
    rows = dict(store.query("SELECT model_id, target_key FROM findings WHERE likeness"))
    assert rows == {"1": "k", "2": "k", "x/y": "k"}
    evidence = json.loads(store.scalar("SELECT evidence FROM findings WHERE model_id = 'x/y'"))
    assert evidence[0]["text"] == f"{SHA_2} = civitai:2"
