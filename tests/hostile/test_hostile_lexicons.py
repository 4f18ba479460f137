"""Hostile lexicon files (``lexicon import``) and servers (``lexicon update``)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import httpx
import pytest

from dfaudit.detect.lexicon import parse_lexicon_file
from dfaudit.detect.lexicon_update import fetch_bounded, fetch_wikidata, update_lexicons
from dfaudit.errors import InputError, SourceError
from dfaudit.store import Store

from .conftest import FILES, HUGE_REDIRECT_BODY, HostileServer


@pytest.mark.timeout(20)
def test_lexicon_import_refuses_devices_and_fifos(tmp_path: Path) -> None:
    fifo = tmp_path / "names.csv"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        parse_lexicon_file(fifo, "poi")
    if Path("/dev/zero").exists():
        with pytest.raises(InputError, match="not a regular file"):
            parse_lexicon_file(Path("/dev/zero"), "poi")


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b'["Zelda \xff Quorn"]', "not UTF-8"),
        (b"[" * 100_000 + b"]" * 100_000, "not usable JSON"),
        (b'["a", ' + b"9" * 5000 + b"]", "not usable JSON"),
        (b'name\n"' + b"x" * 200_000 + b'"\n', "not a usable CSV"),
    ],
    ids=["invalid-utf8", "deep", "huge-int", "huge-csv-field"],
)
def test_lexicon_import_of_hostile_content_is_a_one_line_error(
    tmp_path: Path, content: bytes, words: str
) -> None:
    path = tmp_path / "names.json"
    path.write_bytes(content)
    with pytest.raises(InputError, match=words):
        parse_lexicon_file(path, "poi")


def test_overlong_names_are_not_names(tmp_path: Path) -> None:
    path = tmp_path / "names.json"
    path.write_text('["Zelda Quorn", "' + "Quorn " * 10_000 + '"]')
    assert [e.name for e in parse_lexicon_file(path, "poi")] == ["Zelda Quorn"]


def fetch(server: HostileServer, path: str, **limits: float) -> bytes | Exception:
    with httpx.Client(timeout=5) as client:
        try:
            return fetch_bounded(client, f"{server.url}{path}", "test list", **limits)  # type: ignore[arg-type]
        except SourceError as exc:
            return exc


def test_lexicon_answers_are_capped_and_deadlined(hostile: HostileServer) -> None:
    outcome = fetch(hostile, "/api/huge", max_bytes=1 << 20)
    assert isinstance(outcome, SourceError) and "more than 1,048,576 bytes" in str(outcome)
    outcome = fetch(hostile, "/api/huge-declared", max_bytes=1 << 20)
    assert isinstance(outcome, SourceError) and "declares" in str(outcome)
    hostile.drip_seconds = 0.2
    started = time.monotonic()
    outcome = fetch(hostile, "/api/slow", deadline=1.0)
    assert isinstance(outcome, SourceError) and "within 1 s" in str(outcome)
    assert time.monotonic() - started < 5


def test_lexicon_redirects_are_bounded_and_their_bodies_unread(hostile: HostileServer) -> None:
    assert fetch(hostile, "/redirect/huge-body") == FILES["ok"]
    [redirect] = hostile.sent_for("/redirect/huge-body")
    assert redirect.bytes_sent < HUGE_REDIRECT_BODY // 4
    outcome = fetch(hostile, "/loop/a")
    assert isinstance(outcome, SourceError) and "redirects" in str(outcome)


def test_wikidata_rows_of_the_wrong_shape_are_skipped(hostile: HostileServer) -> None:
    with httpx.Client(timeout=5) as client:
        entries = fetch_wikidata(client, f"{hostile.url}/sparql/odd")
        assert [(e.name, e.gender) for e in entries] == [("Zelda Quorn", "female")]
        with pytest.raises(SourceError, match="not SPARQL JSON"):
            fetch_wikidata(client, f"{hostile.url}/sparql/deep")


def test_update_reports_a_hostile_source_and_keeps_the_other(
    hostile: HostileServer, store: Store
) -> None:
    summary = update_lexicons(
        store, civitai_url=f"{hostile.url}/api/deep", wikidata_url=f"{hostile.url}/sparql/odd"
    )
    assert summary.wikidata == 1 and summary.civitai == 0
    assert summary.errors and "civitai" in summary.errors[0]
