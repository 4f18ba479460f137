"""Ingest: JSON lines or whole pages, gz, malformed lines reported, stored like a crawl."""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from dfaudit.collect.ingest import ingest_files
from dfaudit.errors import InputError
from dfaudit.store import Store
from dfaudit.store.raw import decode_body, raw_model_item


def civitai_item(model_id: int, name: str, *, nsfw_level: int = 1) -> dict[str, Any]:
    return {
        "id": model_id,
        "name": name,
        "type": "LORA",
        "nsfw": nsfw_level > 2,
        "nsfwLevel": nsfw_level,
        "poi": False,
        "tags": ["style"],
        "stats": {"downloadCount": model_id * 10},
        "creator": {"username": "maker"},
        "modelVersions": [
            {
                "id": model_id * 100,
                "name": "v1",
                "baseModel": "SD 1.5",
                "publishedAt": "2024-03-01T00:00:00.000Z",
                "trainedWords": ["tw"],
                "files": [
                    {
                        "id": model_id * 1000,
                        "name": f"m{model_id}.safetensors",
                        "hashes": {"SHA256": f"{model_id:064X}"},
                        "downloadUrl": f"https://civitai.com/api/download/models/{model_id * 100}",
                    }
                ],
                "images": [{"url": "https://img/x.jpeg", "nsfwLevel": nsfw_level}],
            }
        ],
    }


def test_lines_pages_and_gzip(store: Store, tmp_path: Path) -> None:
    lines = tmp_path / "items.jsonl"
    lines.write_text("\n".join(json.dumps(civitai_item(i, f"m{i}")) for i in range(1, 4)) + "\n")
    page = tmp_path / "page.json"
    page.write_text(
        json.dumps(
            {"items": [civitai_item(4, "m4"), civitai_item(5, "m5")], "metadata": {}}, indent=2
        )
    )
    packed = tmp_path / "more.jsonl.gz"
    with gzip.open(packed, "wt") as handle:
        handle.write(
            json.dumps({"items": [civitai_item(6, "m6"), civitai_item(3, "m3 again")]}) + "\n"
        )
    summary = ingest_files(store, "civitai", [lines, page, packed])
    assert summary.bad_lines == ()
    assert summary.items == 7
    assert store.scalar("SELECT count(*) FROM models") == 6
    assert store.scalar("SELECT name FROM models WHERE model_id = '3'") == "m3 again"
    # One import run, its raw pages are the files' own lines, with sha256.
    runs = store.query("SELECT kind, status FROM runs")
    assert runs == [("import", "complete")]
    pages = store.query("SELECT stream, body, body_encoding, body_sha256 FROM raw_pages")
    assert {p[0] for p in pages} == {"file:items.jsonl", "file:page.json", "file:more.jsonl.gz"}
    for _, body, encoding, digest in pages:
        assert hashlib.sha256(decode_body(body, encoding)).hexdigest() == digest
    items_page = next(p for p in pages if p[0] == "file:items.jsonl")
    assert decode_body(items_page[1], items_page[2]) == lines.read_bytes()
    # The item as it came is found again in its raw page.
    assert raw_model_item(store, "civitai", "1") == civitai_item(1, "m1")
    assert raw_model_item(store, "civitai", "4") == civitai_item(4, "m4")
    assert raw_model_item(store, "civitai", "3") == civitai_item(3, "m3 again")
    assert store.scalar("SELECT count(*) FROM files") == 6
    assert store.scalar("SELECT sha256 FROM files WHERE file_id = '1000'") == f"{1:064x}"


def test_malformed_lines_reported_and_good_kept(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        json.dumps(civitai_item(1, "good one"))
        + "\n{not json\n"
        + json.dumps({"name": "no id"})
        + "\n\n"
        + json.dumps(civitai_item(2, "good two"))
        + "\n[1, 2]\n"
    )
    summary = ingest_files(store, "civitai", [path])
    assert [(b.line, b.reason.split(" (")[0]) for b in summary.bad_lines] == [
        (2, "not valid JSON"),
        (3, "an item without an 'id'"),
        (6, "2 items without an 'id'"),
    ]
    assert store.scalar("SELECT count(*) FROM models") == 2


def test_same_file_twice_is_not_stored_twice(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(civitai_item(1, "x")) + "\n")
    first = ingest_files(store, "civitai", [path])
    second = ingest_files(store, "civitai", [path])
    assert first.run_id != second.run_id
    assert store.scalar("SELECT count(*) FROM models") == 1
    assert store.scalar("SELECT count(*) FROM observations") == 2  # one per run


@pytest.mark.parametrize(
    ("platform", "files", "message"),
    [
        ("tiktok", ["a.jsonl"], "unknown platform"),
        ("civitai", ["missing.jsonl"], "no such file"),
        ("civitai", [], "no input files"),
    ],
)
def test_bad_input_errors(
    store: Store, tmp_path: Path, platform: str, files: list[str], message: str
) -> None:
    (tmp_path / "a.jsonl").write_text("{}\n")
    with pytest.raises(InputError, match=message):
        ingest_files(store, platform, [tmp_path / f for f in files])


def test_huggingface_and_bounties(store: Store, tmp_path: Path) -> None:
    hf = tmp_path / "hf.jsonl"
    hf.write_text(
        json.dumps(
            {
                "id": "someone/lora-1",
                "author": "someone",
                "tags": ["lora", "text-to-image", "not-for-all-audiences"],
                "createdAt": "2025-06-01T00:00:00.000Z",
                "downloads": 5,
                "cardData": {"instance_prompt": "zkw woman", "base_model": "x/y"},
                "siblings": [
                    {"rfilename": "w.safetensors", "lfs": {"sha256": "AB" * 32, "size": 10}}
                ],
            }
        )
        + "\n"
    )
    bounties = tmp_path / "b.json"
    bounties.write_text(
        json.dumps(
            {
                "result": {
                    "data": {
                        "json": {
                            "items": [
                                {
                                    "id": 7,
                                    "name": "Make a LoRA",
                                    "type": "LoraCreation",
                                    "user": {"username": "asker"},
                                    "stats": {"entryCountAllTime": 3},
                                }
                            ],
                            "nextCursor": None,
                        }
                    }
                }
            }
        )
    )
    ingest_files(store, "huggingface", [hf])
    ingest_files(store, "civitai-bounties", [bounties])
    row = store.query("SELECT type, nsfw, trained_words FROM models WHERE platform='huggingface'")
    assert row == [("LORA", True, ["zkw woman"])]
    assert store.scalar("SELECT sha256 FROM files WHERE platform='huggingface'") == "ab" * 32
    assert store.query("SELECT requester, entry_count FROM bounties") == [("asker", 3)]


def test_records_load_from_cache_or_are_rebuilt_from_raw(store: Store, tmp_path: Path) -> None:
    from dfaudit.store.load import iter_model_records

    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(json.dumps(civitai_item(i, f"Name {i}")) for i in (1, 2)) + "\n")
    ingest_files(store, "civitai", [path])
    cached = [r for batch in iter_model_records(store) for r, _ in batch]
    # A stale normaliser version forces a rebuild from the raw page: same records.
    store.con.execute("UPDATE models SET record_version = -1, record = NULL")
    rebuilt = [r for batch in iter_model_records(store) for r, _ in batch]
    assert cached == rebuilt
    assert [r.name for r in rebuilt] == ["Name 1", "Name 2"]
    assert rebuilt[0].trained_words == ("tw",)


def test_large_files_use_workers_with_the_same_result(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dfaudit.collect import ingest
    from dfaudit.store import open_store

    path = tmp_path / "big.jsonl"
    lines = [
        json.dumps(civitai_item(i, f"Model {i}", nsfw_level=1 + i % 16)) for i in range(1, 400)
    ]
    lines.insert(50, "{broken")
    path.write_text("\n".join(lines) + "\n")
    monkeypatch.setattr(ingest, "CHUNK_LINES", 37)
    results = {}
    for workers, min_bytes in ((1, 1 << 40), (2, 1)):
        monkeypatch.setattr(ingest, "PARALLEL_MIN_BYTES", min_bytes)
        with open_store(tmp_path / f"w{workers}.duckdb") as store:
            summary = ingest_files(store, "civitai", [path], workers=workers)
            assert summary.items == 399 and summary.written == 399
            assert [(b.line, b.reason[:14]) for b in summary.bad_lines] == [(51, "not valid JSON")]
            results[workers] = (
                store.query("SELECT model_id, name, nsfw_level, record FROM models ORDER BY 1"),
                store.query("SELECT seq, n_items FROM raw_pages ORDER BY seq"),
                store.query("SELECT stream, next_cursor, pages, items, done FROM checkpoints"),
            )
    assert results[1] == results[2]
    assert len(results[2][1]) == 11  # 400 lines in chunks of 37


def test_grouped_writes_store_what_chunk_by_chunk_writes_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Chunks written together (one statement per table) give the tables that writing each
    chunk in turn gives, also when a model, or a file id, comes back in a later chunk."""
    from dfaudit.collect import ingest
    from dfaudit.store import open_store

    items = [civitai_item(i, f"Model {i}", nsfw_level=1 + i % 16) for i in range(1, 60)]
    for n, model_id in enumerate((5, 17, 5, 33)):  # copies of earlier models, later on
        copy = civitai_item(model_id, f"Renamed {n}", nsfw_level=4 + n)
        copy["stats"] = {"downloadCount": 1000 + n}
        copy["modelVersions"][0]["images"] = [
            {"url": f"https://img/new{n}-{k}.jpeg", "nsfwLevel": 2} for k in range(n + 1)
        ]
        copy["modelVersions"][0]["files"].append({"id": 17000, "name": f"moved{n}.pt"})
        items.append(copy)
    path = tmp_path / "dupes.jsonl"
    path.write_text("\n".join(json.dumps(i) for i in items) + "\n")
    monkeypatch.setattr(ingest, "CHUNK_LINES", 7)
    monkeypatch.setattr(ingest, "now_utc", lambda: __import__("datetime").datetime(2025, 1, 1))
    results = []
    for write_items in (1, 10_000):
        monkeypatch.setattr(ingest, "WRITE_ITEMS", write_items)
        with open_store(tmp_path / f"w{write_items}.duckdb") as store:
            summary = ingest_files(store, "civitai", [path], workers=1)
            assert summary.items == 63
            results.append(
                [
                    store.query(
                        "SELECT model_id, name, nsfw_level, downloads, first_seen, last_seen, "
                        "raw_sha256, record FROM models ORDER BY model_id"
                    ),
                    store.query(
                        "SELECT model_id, downloads, raw_sha256 FROM observations ORDER BY 1"
                    ),
                    store.query("SELECT * FROM files ORDER BY file_id"),
                    store.query("SELECT * FROM images ORDER BY model_id, url"),
                    store.query("SELECT seq, n_items, body_sha256 FROM raw_pages ORDER BY seq"),
                    store.query(
                        "SELECT m.model_id, p.seq FROM models m JOIN raw_pages p "
                        "USING (page_id) ORDER BY 1"
                    ),
                ]
            )
    assert results[0] == results[1]
    renamed = {row[0]: row[1] for row in results[1][0]}
    assert renamed["5"] == "Renamed 2" and renamed["33"] == "Renamed 3"
    assert ("5", 50, results[1][1][[r[0] for r in results[1][1]].index("5")][2]) in results[1][1]
    images_of_5 = [row for row in results[1][3] if row[1] == "5"]
    assert [row[3] for row in images_of_5] == [f"https://img/new2-{k}.jpeg" for k in range(3)]


def test_an_import_stopped_midway_resumes_after_the_last_written_group(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure while writing a group loses only that group; the next run of the same import
    starts after the last group written and ends with the tables a clean import gives."""
    from dfaudit.collect import ingest
    from dfaudit.store import open_store

    path = tmp_path / "items.jsonl"
    path.write_text("".join(json.dumps(civitai_item(i, f"Model {i}")) + "\n" for i in range(1, 91)))
    monkeypatch.setattr(ingest, "CHUNK_LINES", 10)
    monkeypatch.setattr(ingest, "WRITE_ITEMS", 30)
    real_write = ingest.write_model_tables_counted
    calls: list[int] = []

    def failing_write(*args: Any, **kwargs: Any) -> tuple[int, int]:
        calls.append(1)
        if len(calls) == 2:
            raise OSError("disk went away")
        return real_write(*args, **kwargs)

    def tables(store: Store) -> list[object]:
        return [
            store.query("SELECT model_id, name, page_id IS NOT NULL FROM models ORDER BY 1"),
            store.query("SELECT file_id, model_id FROM files ORDER BY 1"),
            store.query("SELECT model_id, downloads FROM observations ORDER BY 1"),
            store.query("SELECT seq, n_items FROM raw_pages ORDER BY seq"),
        ]

    with open_store(tmp_path / "resumed.duckdb") as store:
        monkeypatch.setattr(ingest, "write_model_tables_counted", failing_write)
        with pytest.raises(OSError):
            ingest_files(store, "civitai", [path], workers=1)
        assert store.scalar("SELECT count(*) FROM models") == 30  # the first group only
        monkeypatch.setattr(ingest, "write_model_tables_counted", real_write)
        summary = ingest_files(store, "civitai", [path], workers=1)
        assert summary.items == 60  # the two groups not written before
        resumed = tables(store)
        assert store.scalar("SELECT count(DISTINCT run_id) FROM raw_pages") == 1
    with open_store(tmp_path / "clean.duckdb") as store:
        ingest_files(store, "civitai", [path], workers=1)
        assert tables(store) == resumed


def test_chunks_grow_at_the_start_and_shrink_at_the_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every non-blank line once, in order; the first chunks of a file small and growing, the
    last ones of a plain file small again (a .gz file's size is not its text's: no taper)."""
    from dfaudit.collect import ingest

    monkeypatch.setattr(ingest, "TAPER_MIN_BYTES", 1000)
    monkeypatch.setattr(ingest, "CHUNK_BYTES", 16_000)
    monkeypatch.setattr(ingest, "CHUNK_LINES", 10_000)
    lines = [json.dumps({"id": i, "pad": "x" * 90}) for i in range(1, 1001)]  # ~100 bytes each
    text = "\n".join(lines[:500]) + "\n\n" + "\n".join(lines[500:]) + "\n"
    plain = tmp_path / "items.jsonl"
    plain.write_text(text)
    packed = tmp_path / "items.jsonl.gz"
    packed.write_bytes(gzip.compress(text.encode()))
    sizes = {}
    for path in (plain, packed):
        chunks = list(ingest._line_chunks(path, 0))
        numbers = [n for lines_, _ in chunks for n, _ in lines_]
        assert numbers == [n for n in range(1, 1002) if n != 501]  # line 501 is blank
        assert [last for _, last in chunks] == [lines_[-1][0] for lines_, _ in chunks]
        sizes[path] = [sum(len(line) for _, line in lines_) for lines_, _ in chunks]
    for found in sizes.values():
        assert found[:5] == sorted(found[:5]) and found[0] <= 1200 < found[4] <= 16_200
        assert max(found) <= 16_200
    assert sizes[plain][-3:] == sorted(sizes[plain][-3:], reverse=True)
    assert sizes[plain][-1] <= 1200 and len(sizes[plain]) > len(sizes[packed])
    # resuming after a line gives the same chunks from there on (they depend on the file)
    resumed = list(ingest._line_chunks(plain, 700))
    assert resumed[0][0][0][0] == 701 and resumed[-1][1] == 1001


def test_a_pooled_import_whose_write_fails_resumes_after_the_last_written_group(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The group writes run on a thread beside the workers: a failed write is raised in the
    import, the chunks after it are not written, and the import resumed ends with the tables a
    clean import gives."""
    from dfaudit.collect import ingest
    from dfaudit.store import open_store

    path = tmp_path / "items.jsonl"
    path.write_text(
        "".join(json.dumps(civitai_item(i, f"Model {i}")) + "\n" for i in range(1, 201))
    )
    monkeypatch.setattr(ingest, "PARALLEL_MIN_BYTES", 1)
    monkeypatch.setattr(ingest, "CHUNK_LINES", 10)
    monkeypatch.setattr(ingest, "WRITE_ITEMS", 40)
    real_write = ingest.write_model_tables_counted
    calls: list[int] = []

    def failing_write(*args: Any, **kwargs: Any) -> tuple[int, int]:
        calls.append(1)
        if len(calls) == 2:
            raise OSError("disk went away")
        return real_write(*args, **kwargs)

    def tables(store: Store) -> list[object]:
        return [
            store.query("SELECT model_id, name FROM models ORDER BY 1"),
            store.query("SELECT file_id, model_id FROM files ORDER BY 1"),
            store.query("SELECT model_id, downloads FROM observations ORDER BY 1"),
            store.query("SELECT sum(n_items) FROM raw_pages"),
        ]

    with open_store(tmp_path / "resumed.duckdb") as store:
        monkeypatch.setattr(ingest, "write_model_tables_counted", failing_write)
        with pytest.raises(OSError, match="disk went away"):
            ingest_files(store, "civitai", [path], workers=2)
        first = int(store.scalar("SELECT count(*) FROM models"))
        assert 0 < first < 200  # the first group only
        assert store.scalar("SELECT max(items) FROM checkpoints") == first
        monkeypatch.setattr(ingest, "write_model_tables_counted", real_write)
        summary = ingest_files(store, "civitai", [path], workers=2)
        assert summary.items == 200 - first
        resumed = tables(store)
    with open_store(tmp_path / "clean.duckdb") as store:
        ingest_files(store, "civitai", [path], workers=2)
        assert tables(store) == resumed
