"""Hostile files given to ``ingest``: real files on disk, each attack next to good lines.

Every attack must leave the run finished, the good lines of the same chunk stored, and the bad
line reported by its number.
"""

from __future__ import annotations

import gzip
import json
import os
import threading
import zlib
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from dfaudit.cli import app
from dfaudit.collect import ingest
from dfaudit.collect.ingest import ingest_files
from dfaudit.errors import InputError
from dfaudit.store import Store, open_store


def item(model_id: Any, name: str = "good", **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": model_id,
        "name": name,
        "type": "LORA",
        "stats": {"downloadCount": 10},
        "modelVersions": [
            {
                "id": 900 + (model_id if isinstance(model_id, int) else 0),
                "baseModel": "SD 1.5",
                "files": [{"id": 5000 + (model_id if isinstance(model_id, int) else 0)}],
            }
        ],
    }
    body.update(extra)
    return body


def line(value: Any) -> bytes:
    return json.dumps(value).encode() + b"\n"


def stored_ids(store: Store) -> list[str]:
    return [row[0] for row in store.query("SELECT model_id FROM models ORDER BY model_id")]


def reasons(summary: Any) -> dict[int, str]:
    return {bad.line: bad.reason for bad in summary.bad_lines}


# -- item 2: a .gz cut short keeps every complete line before the cut ----------------------------


def test_gz_cut_short_keeps_every_complete_line_and_says_where(
    store: Store, tmp_path: Path
) -> None:
    lines = [line(item(i, f"model {i}" + " padding" * 40)) for i in range(1, 201)]
    packed = gzip.compress(b"".join(lines), mtime=0)
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(packed[: len(packed) * 2 // 3])
    # What the cut leaves readable: the complete lines of what zlib can still inflate.
    partial = zlib.decompressobj(wbits=31).decompress(path.read_bytes())
    complete = partial.count(b"\n")
    assert 20 < complete < 200

    summary = ingest_files(store, "civitai", [path])

    assert summary.items == complete
    assert stored_ids(store) == sorted(str(i) for i in range(1, complete + 1))
    [bad] = summary.bad_lines
    assert bad.line == complete + 1
    assert "cut short" in bad.reason and "ends before its end marker" in bad.reason
    assert store.scalar("SELECT status FROM runs") == "complete"


def test_gz_cut_exactly_after_a_line_and_several_members(store: Store, tmp_path: Path) -> None:
    first = gzip.compress(line(item(1)) + line(item(2)))
    second = gzip.compress(line(item(3)))
    path = tmp_path / "members.jsonl.gz"
    path.write_bytes(first + second + b"\0" * 16)  # two members and zero padding: all fine
    assert ingest_files(store, "civitai", [path]).bad_lines == ()
    assert stored_ids(store) == ["1", "2", "3"]
    cut = tmp_path / "cut2.jsonl.gz"
    cut.write_bytes(first + second[:-8])  # second member without its trailer
    summary = ingest_files(store, "civitai", [cut])
    assert summary.items == 3  # the inflated line of the cut member was complete
    assert "cut short" in summary.bad_lines[-1].reason


def test_corrupt_gz_keeps_what_came_before(store: Store, tmp_path: Path) -> None:
    packed = bytearray(gzip.compress(b"".join(line(item(i)) for i in range(1, 2001))))
    packed[len(packed) // 2 :] = bytes(len(packed) - len(packed) // 2)  # zeros from half way
    path = tmp_path / "corrupt.jsonl.gz"
    path.write_bytes(bytes(packed))
    summary = ingest_files(store, "civitai", [path])
    assert 0 < summary.items < 2000
    assert "cut short" in summary.bad_lines[-1].reason


# -- item 6: decoding attacks next to good lines of the same chunk ------------------------------


@pytest.mark.parametrize(
    ("attack", "words"),
    [
        (b'{"id": 7, "name": "bad \xff\xfe utf-8"}\n', "invalid UTF-8"),
        (b"[" * 100_000 + b"]" * 100_000 + b"\n", "nested too deeply"),
        (b'{"id": 7, "items": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n", "nested too deeply"),
        (b'{"id": 7, "stats": {"downloadCount": ' + b"9" * 5000 + b"}}\n", "out of range"),
    ],
    ids=["invalid-utf8", "deep-list", "deep-in-object", "5000-digit-int"],
)
def test_undecodable_line_is_reported_and_its_chunk_kept(
    store: Store, tmp_path: Path, attack: bytes, words: str
) -> None:
    path = tmp_path / "attack.jsonl"
    path.write_bytes(line(item(1)) + attack + line(item(2)))
    summary = ingest_files(store, "civitai", [path])
    assert stored_ids(store) == ["1", "2"]
    assert list(reasons(summary)) == [2]
    assert words in reasons(summary)[2]


def test_numbers_beyond_the_store_are_unknown_not_a_crash(store: Store, tmp_path: Path) -> None:
    huge = item(1, stats={"downloadCount": 10**30}, nsfwLevel=2**40)
    huge["modelVersions"][0]["files"][0]["sizeKB"] = 1e308
    huge["modelVersions"][0]["images"] = [{"url": "u", "width": 2**40, "nsfwLevel": 10**20}]
    path = tmp_path / "numbers.jsonl"
    path.write_bytes(line(huge) + line(item(2, sizeKB=1.5)))
    summary = ingest_files(store, "civitai", [path])
    assert summary.bad_lines == ()
    row = store.query("SELECT downloads, nsfw_level FROM models WHERE model_id = '1'")
    assert row == [(0, None)]
    assert store.scalar("SELECT size_bytes FROM files WHERE model_id = '1'") is None
    assert store.query("SELECT width, nsfw_level FROM images") == [(None, None)]


# -- item 7: ids of the wrong type are malformed items ------------------------------------------


@pytest.mark.parametrize(
    "bad_id", [None, True, False, 1.5, [1], {"a": 1}, "", "   ", 10**30, -1, "x" * 300, "a\x00b"]
)
def test_ids_of_the_wrong_type_are_rejected(store: Store, tmp_path: Path, bad_id: Any) -> None:
    path = tmp_path / "ids.jsonl"
    path.write_bytes(line(item(1)) + line(item(bad_id, "bad")) + line(item("abc-2")))
    summary = ingest_files(store, "civitai", [path])
    assert stored_ids(store) == ["1", "abc-2"]
    assert list(reasons(summary)) == [2]
    assert "not a civitai item" in reasons(summary)[2]


@pytest.mark.parametrize("platform", ["huggingface", "civitai-bounties"])
def test_ids_of_the_wrong_type_are_rejected_on_every_platform(
    store: Store, tmp_path: Path, platform: str
) -> None:
    path = tmp_path / "ids.jsonl"
    good = {"id": "someone/model"} if platform == "huggingface" else {"id": 5, "name": "b"}
    path.write_bytes(line(good) + line({"id": None}) + line({"id": True}) + line({"id": [1]}))
    summary = ingest_files(store, platform, [path])
    assert sorted(reasons(summary)) == [2, 3, 4]
    table, key = ("models", "model_id") if platform == "huggingface" else ("bounties", "bounty_id")
    assert [r[0] for r in store.query(f"SELECT {key} FROM {table}")] == [str(good["id"])]


def test_nested_parts_with_bad_ids_are_skipped_not_stringified(
    store: Store, tmp_path: Path
) -> None:
    raw = item(1)
    raw["modelVersions"] = [
        {"id": True, "files": [{"id": None}, {"id": [2]}, {"id": 77, "name": 5}]},
        "not a version",
    ]
    path = tmp_path / "nested.jsonl"
    path.write_bytes(line(raw))
    ingest_files(store, "civitai", [path])
    assert store.query("SELECT file_id, version_id, name FROM files") == [("77", None, "")]


# -- item 8: only regular files and standard input ----------------------------------------------


@pytest.mark.timeout(20)
def test_dev_zero_is_refused(store: Store) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero on this system")
    with pytest.raises(InputError, match="not a regular file"):
        ingest_files(store, "civitai", [Path("/dev/zero")])
    assert store.scalar("SELECT count(*) FROM runs") == 0


@pytest.mark.timeout(20)
def test_fifo_is_refused_without_blocking(store: Store, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        ingest_files(store, "civitai", [fifo])


@pytest.mark.timeout(20)
def test_fifo_swapped_in_after_the_check_never_blocks(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    outcome: list[BaseException] = []

    def open_it() -> None:
        try:
            ingest._open_binary(fifo)
        except BaseException as exc:  # noqa: BLE001 - the outcome is what is tested
            outcome.append(exc)

    worker = threading.Thread(target=open_it, daemon=True)
    worker.start()
    worker.join(5)
    assert not worker.is_alive(), "opening a FIFO blocked"
    assert isinstance(outcome[0], InputError)


def test_standard_input_is_read_with_dash(tmp_path: Path) -> None:
    db = tmp_path / "db.duckdb"
    data = line(item(1)) + b"{broken\n" + line(item(2))
    result = CliRunner().invoke(
        app, ["--db", str(db), "ingest", "--platform", "civitai", "--no-progress", "-"], input=data
    )
    assert result.exit_code == 0, result.output
    assert "-:2: not valid JSON" in result.output
    with open_store(db, read_only=True) as store:
        assert stored_ids(store) == ["1", "2"]


def test_overlong_line_is_skipped_unread(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest, "MAX_LINE_BYTES", 4096)
    path = tmp_path / "long.jsonl"
    path.write_bytes(line(item(1)) + line(item(9, "x" * 20_000)) + line(item(2)))
    summary = ingest_files(store, "civitai", [path])
    assert stored_ids(store) == ["1", "2"]
    assert "longer than 4,096 bytes" in reasons(summary)[2]


def test_gzip_bomb_is_inflated_in_bounded_steps(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 64 MB of spaces in one line compress to ~64 kB; the reader never holds more than a line cap.
    bomb = gzip.compress(line(item(1)) + b" " * (64 << 20) + b"\n" + line(item(2)), 9)
    assert len(bomb) < 200_000
    path = tmp_path / "bomb.jsonl.gz"
    path.write_bytes(bomb)
    monkeypatch.setattr(ingest, "MAX_LINE_BYTES", 1 << 20)
    summary = ingest_files(store, "civitai", [path])
    assert stored_ids(store) == ["1", "2"]
    assert "longer than" in reasons(summary)[2]


def test_bounties_stored_before_ids_were_checked_are_skipped_not_fatal(store: Store) -> None:
    from datetime import UTC, datetime

    from dfaudit.records import BountyRecord
    from dfaudit.store.load import iter_bounty_records
    from dfaudit.store.write import upsert_bounties

    # What an older version stored for an item whose id was null: the string "None".
    old = ({"id": None, "name": "old"}, BountyRecord(bounty_id="None", url="u", name="old"))
    good = ({"id": 5, "name": "good"}, BountyRecord(bounty_id="5", url="u", name="good"))
    upsert_bounties(store, [old, good], run_id=1, observed_at=datetime.now(UTC))
    records = [record for batch in iter_bounty_records(store) for record, _ in batch]
    assert [r.bounty_id for r in records] == ["5"]


@pytest.mark.timeout(30)
@pytest.mark.parametrize("markup", ["<" * 200_000, "<p" * 100_000, "<br " * 60_000 + "x"])
def test_description_markup_is_stripped_in_linear_time(markup: str) -> None:
    import time

    from dfaudit.store.normalize import html_to_text

    started = time.monotonic()
    html_to_text(markup + "<b>kept</b>")
    assert time.monotonic() - started < 2
