"""lexicon update against loopback HTTP servers (no network beyond 127.0.0.1)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dfaudit.cli import app
from dfaudit.detect.lexicon import load_lexicon
from dfaudit.store.db import open_store

POI = ["Orla Penhallow", "Desmond Quaye"]
SPARQL = {
    "results": {
        "bindings": [
            {"personLabel": {"value": "Ilse Varga"}, "genderLabel": {"value": "female"}},
            {"personLabel": {"value": "Tobiah Renwick"}, "genderLabel": {"value": "male"}},
            {"personLabel": {"value": "Q123456"}},
        ]
    }
}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802
        if self.path.startswith("/poi.json"):
            body, status = json.dumps(POI).encode(), 200
        elif self.path.startswith("/sparql"):
            assert "query=" in self.path
            body, status = json.dumps(SPARQL).encode(), 200
        else:
            body, status = b"nope", 500
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_update_imports_both_sources(server: str, tmp_path: Path) -> None:
    db = tmp_path / "l.duckdb"
    result = CliRunner().invoke(
        app,
        [
            "--db",
            str(db),
            "lexicon",
            "update",
            "--civitai-url",
            f"{server}/poi.json",
            "--wikidata-url",
            f"{server}/sparql",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "2 Civitai POI names, 2 Wikidata names" in result.output
    with open_store(db) as store:
        genders = {e.name: e.gender for e in load_lexicon(store).entries}
    assert genders["Ilse Varga"] == "female" and genders["Orla Penhallow"] is None
    listing = CliRunner().invoke(app, ["--db", str(db), "lexicon", "list"])
    assert "wikidata" in listing.output and "Ilse" not in listing.output


def test_update_failure_is_one_line_error(server: str, tmp_path: Path) -> None:
    db = tmp_path / "l.duckdb"
    result = CliRunner().invoke(
        app,
        [
            "--db",
            str(db),
            "lexicon",
            "update",
            "--civitai-url",
            f"{server}/missing",
            "--skip-wikidata",
        ],
    )
    assert result.exit_code != 0
    assert "HTTP 500" in result.output
