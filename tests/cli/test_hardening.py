"""Issue 11 (CLI part): hostile server text, missing databases and outputs, killed runs, status
while a crawl holds the lock, and the options every command offers."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dfaudit.cli import app
from dfaudit.collect.runs import Checkpoint, open_run, progress_path, save_checkpoint
from dfaudit.detect.pseudonym import pseudonym_key
from dfaudit.store.db import open_store


def _commands() -> list[str]:
    from typer.main import get_command

    names = []
    for name, sub in get_command(app).commands.items():  # type: ignore[attr-defined]
        children = getattr(sub, "commands", None)
        names.extend(f"{name} {child}" for child in children) if children else names.append(name)
    return names


COMMANDS = _commands()


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def one_line_error(output: str) -> str:
    errors = [line for line in output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, output
    assert "Traceback" not in output
    return errors[0]


# --- 13: server text never reaches the terminal as markup or control sequences ----------------

HOSTILE = "[/bold] [link=https://evil.test]click[/link] \x1b[2J\x1b]8;;https://x\x07 a\u202eb"


class _HostileHandler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        body = json.dumps({"error": HOSTILE}).encode()
        self.send_response(400)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def hostile_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _HostileHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_server_error_text_is_printed_plain(tmp_path: Path, hostile_server: str) -> None:
    code, output = run(
        "--db",
        str(tmp_path / "db.duckdb"),
        "collect",
        "civitai",
        "--civitai-url",
        hostile_server,
        "--no-progress",
        "--max-retries",
        "0",
    )
    assert code != 0
    line = one_line_error(output)
    assert "[/bold]" in line and "[link=https://evil.test]" in line  # shown, not interpreted
    assert "\x1b" not in output and "\x07" not in output and "\u202e" not in output


# --- 9: read commands on a missing database create nothing; bad output paths ----------------


@pytest.mark.parametrize(
    "args",
    [
        ["status"],
        ["report", "-o", "r"],
        ["timeline"],
        ["lexicon", "list"],
        ["evaluate", "--labels", "labels.jsonl"],
        ["export", "models", "-o", "m.jsonl"],
        ["export", "findings", "-o", "f.jsonl"],
        ["export", "bounty-findings", "-o", "b.jsonl"],
        ["export", "reuploads", "-o", "r.jsonl"],
        ["export", "sqlite", "-o", "s.sqlite"],
    ],
)
def test_read_commands_say_there_is_no_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "labels.jsonl").write_text("")
    missing = tmp_path / "none.duckdb"
    code, output = run("--db", str(missing), *args)
    assert code == 2 and "no database at" in one_line_error(output)
    assert not missing.exists()


@pytest.fixture
def empty_db(tmp_path: Path) -> str:
    path = tmp_path / "db.duckdb"
    with open_store(path):
        pass
    return str(path)


def test_bad_output_paths_are_one_line_errors(tmp_path: Path, empty_db: str) -> None:
    code, output = run("--db", empty_db, "timeline", "-o", str(tmp_path / "no/such/dir/t.jsonl"))
    assert code == 2 and "does not exist" in one_line_error(output)
    code, output = run("sample-labels", "-o", str(tmp_path))
    assert code == 2 and "is a directory" in one_line_error(output)
    code, output = run("--db", empty_db, "export", "models", "-o", empty_db)
    assert code == 2 and "refusing to overwrite" in one_line_error(output)
    with open_store(empty_db, read_only=True) as store:  # still a working database
        assert store.scalar("SELECT count(*) FROM models") == 0


# --- 17: --only-flagged before process says why it read nothing ------------------------------


def test_only_flagged_before_process_says_why(tmp_path: Path) -> None:
    db = str(tmp_path / "db.duckdb")
    dump = tmp_path / "dump.jsonl"
    dump.write_text(json.dumps({"id": 7, "name": "Plain LoRA", "modelVersions": []}) + "\n")
    code, _ = run("--db", db, "ingest", "--platform", "civitai", str(dump), "--no-progress")
    assert code == 0
    code, output = run("--db", db, "collect", "headers", "--only-flagged", "--no-progress")
    assert code == 0
    assert "0 files" in output and "run `dfaudit process` first" in output


# --- 18: runs left running by a killed process are marked interrupted, and still resume -----


def test_killed_run_is_marked_interrupted_and_resumes(tmp_path: Path, empty_db: str) -> None:
    params = {"site": "http://127.0.0.1:9"}
    with open_store(empty_db) as store:  # a crawl that dies after one page
        state = open_run(store, "civitai", params, census=True)
        save_checkpoint(store, state.run_id, Checkpoint("models", "c2", 1, 100, False))
    code, output = run("--db", empty_db, "status", "--json")
    assert code == 0
    assert json.loads(output)["sources"][0]["running_runs"] == 1  # nobody has opened it since
    with open_store(empty_db) as store:  # the next writing command
        status = store.scalar("SELECT status FROM runs WHERE run_id = ?", [state.run_id])
        assert status == "interrupted"
    code, output = run("--db", empty_db, "status", "--json")
    source = json.loads(output)["sources"][0]
    assert (source["running_runs"], source["interrupted_runs"]) == (0, 1)
    assert source["checkpoints"] == ["models @ c2 (run 1, 1 pages)"]
    with open_store(empty_db) as store:  # the same crawl again continues the same run
        again = open_run(store, "civitai", params, census=True)
        assert (again.run_id, again.resumed) == (state.run_id, True)
        assert again.checkpoints["models"].next_cursor == "c2"
        assert store.scalar("SELECT status FROM runs WHERE run_id = ?", [state.run_id]) == (
            "running"
        )


# --- 21: status while a crawl holds the lock; --version, -h and --json ------------------------

_HOLDER = """
import sys, time
from dfaudit.collect.runs import Checkpoint, open_run, save_checkpoint
from dfaudit.store.db import open_store
store = open_store(sys.argv[1])
state = open_run(store, "civitai", {"site": "x"}, census=True)
save_checkpoint(store, state.run_id, Checkpoint("models", "c9", 3, 300, False))
print("ready", flush=True)
time.sleep(60)
"""


def test_status_reads_the_progress_file_while_a_crawl_holds_the_lock(
    tmp_path: Path, empty_db: str
) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, empty_db], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        assert progress_path(Path(empty_db)).is_file()
        code, output = run("--db", empty_db, "status")
        assert code == 0, output
        assert "in use" in output and "models: 3 pages, 300 items" in output
        code, output = run("--db", empty_db, "status", "--json")
        document = json.loads(output)
        assert document["locked"] is True
        assert document["progress"]["streams"] == [
            {"stream": "models", "pages": 3, "items": 300, "done": False}
        ]
    finally:
        holder.kill()
        holder.wait()


def test_version_and_short_help() -> None:
    from dfaudit import __version__

    code, output = run("--version")
    first, second = output.strip().splitlines()
    assert code == 0 and first == f"dfaudit {__version__}"
    assert second.startswith("detection: compiled (") or second.startswith("detection: pure Python")


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_takes_dash_h(command: str) -> None:
    code, output = run(*command.split(), "-h")
    assert code == 0 and "Usage:" in output and "Example" in output


def test_json_outputs_parse(empty_db: str) -> None:
    for args in (["status", "--json"], ["lexicon", "list", "--json"], ["timeline", "--json"]):
        code, output = run("--db", empty_db, *args)
        assert code == 0, output
        lines = [line for line in output.splitlines() if line.strip()]
        for line in lines if args[0] == "timeline" else ["\n".join(lines)]:
            json.loads(line)
    code, output = run("--db", empty_db, "status", "--json")
    assert json.loads(output)["locked"] is False and json.loads(output)["findings"] == 0


# --- 16: process makes the pseudonym key ------------------------------------------------------


def test_process_creates_the_pseudonym_key(empty_db: str) -> None:
    code, output = run("--db", empty_db, "process", "--no-progress")
    assert code == 0, output
    with open_store(empty_db, read_only=True) as store:
        assert store.get_setting("pseudonym_key")


# --- 14: the per-model timeline withholds a likeness model's Hugging Face id -----------------


def test_timeline_withholds_named_ids_of_likeness_models(empty_db: str) -> None:
    with open_store(empty_db) as store:
        store.con.execute(
            "INSERT INTO models (platform, model_id, created_at, removed_at) VALUES "
            "('huggingface', 'fan/vela-orrin-lora', '2025-01-01', '2025-03-01')"
        )
        store.con.execute(
            "INSERT INTO findings (platform, model_id, likeness, likeness_score, target_key, "
            "sexual_intent, sexual_intent_score, minor_risk, detector_version, input_sha256, "
            "processed_at) VALUES ('huggingface', 'fan/vela-orrin-lora', TRUE, 0.9, "
            "'vela orrin', FALSE, 0, FALSE, 't', 'i', now())"
        )
        pseudonym_key(store)  # as `dfaudit process` makes it
    code, output = run("--db", empty_db, "timeline", "--json")
    assert code == 0, output
    (row,) = [json.loads(line) for line in output.splitlines() if line.strip()]
    assert row["model_id"].startswith("M-") and "vela" not in output
    code, output = run("--db", empty_db, "timeline", "--json", "--reveal-names")
    assert json.loads(output)["model_id"] == "fan/vela-orrin-lora"
