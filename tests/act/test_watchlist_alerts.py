"""The watchlist never holds a name in clear; alerts fire once per new matching model (and per new
copy of a noticed file) and reach a loopback webhook exactly once, even after a 500."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import duckdb
import pytest

from dfaudit.act.alerts import deliver, pending_alerts, raise_alerts
from dfaudit.act.watchlist import add_watch
from dfaudit.detect.names import canonical_key
from dfaudit.store.db import open_store

from .conftest import census, invoke, likeness_model_like

NAME = "Maribel Ostrowgate"  # invented
SPELLINGS = (NAME, "maribel_ostrowgate", "M4ribel 0strowgate")
NEEDLES = (b"ostrowgate", b"0strowgate", canonical_key(NAME).encode())


def _bytes_hold_name(*paths: Path) -> list[str]:
    found = []
    for path in paths:
        if path.exists():
            data = path.read_bytes().lower()
            found += [f"{path.name}: {n.decode()}" for n in NEEDLES if n in data]
    return found


def test_watchlist_lexicon_import_keeps_no_name_in_clear(db: Path, tmp_path: Path) -> None:
    """`lexicon import --kind watchlist` seals names like `watchlist add`, and still detects."""
    lexicon = tmp_path / "watch.json"
    lexicon.write_text(json.dumps(list(SPELLINGS)))
    invoke("--db", str(db), "lexicon", "import", "--kind", "watchlist", str(lexicon))
    assert not _bytes_hold_name(db, Path(f"{db}.wal"))
    con = duckdb.connect(str(db))
    con.execute("CHECKPOINT")
    con.close()
    assert not _bytes_hold_name(db, Path(f"{db}.wal"))
    census(db, add=[likeness_model_like(NAME, 1)])
    with open_store(db, read_only=True) as store:
        evidence = store.scalar(
            "SELECT CAST(evidence AS VARCHAR) FROM findings WHERE model_id = '990001'"
        )
    assert "gazetteer:watchlist" in str(evidence)


def test_grep_would_find_a_name_stored_in_clear(tmp_path: Path) -> None:
    """The control: DuckDB's compression does not hide a stored name from the grep below."""
    path = tmp_path / "control.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE t (name VARCHAR)")
    con.execute("INSERT INTO t VALUES (?)", [NAME])
    assert _bytes_hold_name(Path(f"{path}.wal"))
    con.execute("CHECKPOINT")
    assert _bytes_hold_name(path)
    con.close()


def test_watched_name_is_absent_from_database_and_wal(db: Path) -> None:
    assert not _bytes_hold_name(db)
    store = open_store(db)
    try:
        assert add_watch(store, "case-7", SPELLINGS) == len({canonical_key(s) for s in SPELLINGS})
        assert not _bytes_hold_name(db, Path(f"{db}.wal"))
        store.con.execute("CHECKPOINT")
        assert not _bytes_hold_name(db, Path(f"{db}.wal"))
        rows = store.query("SELECT label, name_hmac FROM watchlist")
        assert {r[0] for r in rows} == {"case-7"}
        assert all(len(r[1]) == 64 and int(r[1], 16) >= 0 for r in rows)
    finally:
        store.close()
    output = invoke("--db", str(db), "watchlist", "add", "--label", "case-8", "Ines Vollquarren")
    assert "1 new" in output and "Vollquarren" not in output
    assert not _bytes_hold_name(db)
    listing = invoke("--db", str(db), "watchlist", "list")
    assert "case-7: " in listing and "case-8: 1 name hash(es)" in listing
    # A label that is the name would put it in clear: refused.
    invoke("--db", str(db), "watchlist", "add", "--label", "Maribel Ostrowgate", NAME, code=2)
    invoke("--db", str(db), "watchlist", "add", "--label", "case-9", "Al", code=2)
    assert "removed 1" in invoke("--db", str(db), "watchlist", "remove", "case-8")
    invoke("--db", str(db), "watchlist", "remove", "case-8", code=2)


class _Receiver:
    """A webhook on loopback that answers 500 to the first POST and 200 afterwards."""

    def __init__(self) -> None:
        self.posts: list[tuple[int, str, dict]] = []
        self.lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                with receiver.lock:
                    status = 500 if not receiver.posts else 200
                    receiver.posts.append(
                        (status, self.headers.get("Idempotency-Key") or "", json.loads(body))
                    )
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hook"

    def accepted(self) -> list[str]:
        return [key for status, key, _ in self.posts if status == 200]


@pytest.fixture
def receiver() -> Iterator[_Receiver]:
    hook = _Receiver()
    hook.thread.start()
    yield hook
    hook.server.shutdown()
    hook.server.server_close()


@pytest.mark.slow
def test_one_alert_per_new_matching_model_posted_once(db: Path, receiver: _Receiver) -> None:
    invoke("--db", str(db), "watchlist", "add", "--label", "case-7", *SPELLINGS)
    with open_store(db, read_only=True) as store:
        noticed, sha = store.query(
            "SELECT f.model_id, lower(fl.sha256) FROM findings f JOIN files fl "
            "USING (platform, model_id) JOIN models m USING (platform, model_id) "
            "WHERE f.platform = 'civitai' AND f.likeness AND m.status = 'active' "
            "AND fl.sha256 IS NOT NULL ORDER BY f.model_id LIMIT 1"
        )[0]
    invoke(
        "--db", str(db), "notice", "record", "--platform", "civitai", "--model-id", noticed,
        "--sent-at", "2026-01-01T00:00:00Z", "--channel", "form",
    )  # fmt: skip
    assert "0 new alert(s)" in invoke("--db", str(db), "alerts")

    copy = likeness_model_like("Tobias Wrenhaven", 3)
    copy["modelVersions"][0]["files"][0]["hashes"] = {"SHA256": sha.upper()}
    new = [likeness_model_like(NAME, 1), likeness_model_like("M4ribel 0strowgate", 2), copy]
    census(db, add=new)
    with open_store(db, read_only=True) as store:
        keys = dict(
            store.query(
                "SELECT model_id, target_key FROM findings WHERE likeness "
                "AND model_id IN ('990001', '990002')"
            )
        )
    assert set(keys) == {"990001", "990002"}, "the new models must be likeness findings"

    output = invoke("--db", str(db), "alerts", "--webhook", receiver.url, "--json")
    alerts = json.loads(output[: output.rindex("]") + 1])
    ids = sorted(a["alert_id"] for a in alerts)
    assert ids == [
        "reupload:civitai:990003",
        "watch:case-7:civitai:990001",
        "watch:case-7:civitai:990002",
    ]
    assert "webhook: 3 alert(s) delivered" in output
    assert len(receiver.posts) == 4 and receiver.posts[0][0] == 500
    assert sorted(receiver.accepted()) == ids  # each exactly once, the failed one retried
    for _, key, document in receiver.posts:
        assert document["alert_id"] == key
        assert "ostrowgate" not in json.dumps(document).lower()  # ids, URL, pseudonym only
    reupload = next(a for a in alerts if a["kind"] == "reupload")
    assert reupload["original_id"] == noticed

    again = invoke("--db", str(db), "alerts", "--webhook", receiver.url)
    assert "0 new alert(s)" in again and len(receiver.posts) == 4

    census(db, add=[*new, likeness_model_like("Maribel Ostrowgate", 4)])
    output = invoke("--db", str(db), "alerts", "--webhook", receiver.url, "--json")
    assert [a["alert_id"] for a in json.loads(output[: output.rindex("]") + 1])] == [
        "watch:case-7:civitai:990004"
    ]
    assert sorted(receiver.accepted()) == sorted([*ids, "watch:case-7:civitai:990004"])


def test_undelivered_alerts_wait_for_the_next_run(db: Path) -> None:
    """A webhook that refuses keeps alerts pending; a later delivery sends each once."""
    with open_store(db) as store:
        key = store.query(
            "SELECT target_name FROM findings WHERE likeness AND length(target_name) > 8 "
            "ORDER BY model_id LIMIT 1"
        )[0][0]
        add_watch(store, "case-1", [key])
        raised = raise_alerts(store)
        assert raised and raise_alerts(store) == []
        slept: list[float] = []
        down = deliver(
            store, "http://127.0.0.1:9/hook", attempts=3, backoff=0.5, sleep=slept.append
        )
        assert down.delivered == 0 and len(down.failed) + down.skipped == len(raised)
        assert slept[:2] == [0.5, 1.0]
        assert store.scalar("SELECT max(attempts) FROM alerts") == 3
    hook = _Receiver()
    hook.thread.start()
    try:
        with open_store(db) as store:
            hook.posts.append((200, "warm-up", {}))  # no 500 this time
            done = deliver(store, hook.url)
            assert done.delivered == len(raised)
            assert deliver(store, hook.url).delivered == 0
        delivered = sorted(k for k in hook.accepted() if k != "warm-up")
        assert delivered == sorted(a.alert_id for a in raised)
    finally:
        hook.server.shutdown()
        hook.server.server_close()


@pytest.mark.slow
def test_audit_raises_alerts_at_its_end(db: Path, tmp_path: Path) -> None:
    with open_store(db) as store:
        name = store.query(
            "SELECT target_name FROM findings WHERE likeness AND length(target_name) > 8 "
            "ORDER BY model_id LIMIT 1"
        )[0][0]
        add_watch(store, "case-2", [name])
        expected = int(
            store.scalar(
                "SELECT count(*) FROM findings WHERE likeness AND target_key = ?",
                [canonical_key(name)],
            )
        )
    output = invoke(
        "--db", str(db), "audit", "--sample", "-o", str(tmp_path / "r"), "--no-progress"
    )  # fmt: skip
    assert expected > 0 and f"alerts: {expected} new" in output
    assert "0 new alert(s)" in invoke("--db", str(db), "alerts")


def test_a_down_webhook_stops_the_run_and_keeps_alerts_pending(db: Path) -> None:
    with open_store(db) as store:
        names = [
            r[0]
            for r in store.query(
                "SELECT DISTINCT target_name FROM findings WHERE likeness "
                "AND length(target_name) > 8 ORDER BY 1 LIMIT 3"
            )
        ]
        add_watch(store, "case-3", names)
    invoke("--db", str(db), "alerts", "--webhook", "ftp://127.0.0.1/x", code=2)
    assert "watch case-3" in invoke("--db", str(db), "alerts")
    with open_store(db) as store:
        pending = len(pending_alerts(store))
        slept: list[float] = []
        # Port 9 (discard) is closed on loopback: the first alert exhausts its attempts and the
        # run stops there instead of waiting out every other alert's backoff too.
        result = deliver(store, "http://127.0.0.1:9/", attempts=2, sleep=slept.append)
        assert pending > 1 and result.delivered == 0
        assert len(result.failed) == 1 and result.skipped == pending - 1
        assert len(slept) == 1 and len(pending_alerts(store)) == pending
