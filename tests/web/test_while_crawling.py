"""The app keeps serving and accepting decisions while `dfaudit collect civitai` holds the store,
and picks up the snapshot the next `dfaudit process` publishes, decisions intact."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import duckdb
import pytest
from typer.testing import CliRunner

from dfaudit.cli import app as cli_app
from dfaudit.publish import snapshot_path
from dfaudit.sample.faults import FaultPlan
from dfaudit.sample.generate import load_sample
from dfaudit.sample.server import SampleServer
from dfaudit.web.review import review_path

from .helpers import csrf_of, login

SLOW_PAGE_SECONDS = 3.0  # every sample page answers this late: the crawl holds the store longer


def _dfaudit(db: Path, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "dfaudit", "--db", str(db), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )


def test_the_app_serves_and_records_decisions_while_a_crawl_writes_the_store(
    tmp_path: Path, sample_db: Path, review_template: Path, make_served
) -> None:
    db = tmp_path / "store.duckdb"
    shutil.copyfile(sample_db, db)
    shutil.copyfile(snapshot_path(sample_db), snapshot_path(db))
    shutil.copyfile(review_template, review_path(db))
    served = make_served(db)
    faults = FaultPlan(rate_slow=1.0, slow_seconds=SLOW_PAGE_SECONDS, routes=frozenset({"civitai"}))
    with SampleServer(load_sample(), faults=faults) as platform:
        crawl = _dfaudit(
            db, "collect", "civitai", "--civitai-url", platform.url, "--rate", "0", "--no-progress"
        )
        try:
            deadline = time.monotonic() + 60
            while not platform.requests:
                assert crawl.poll() is None, crawl.communicate()[0].decode()
                assert time.monotonic() < deadline, "the crawl never asked the sample server"
                time.sleep(0.05)
            with pytest.raises(duckdb.Error, match="(?i)lock"):
                duckdb.connect(str(db))  # the crawl holds the store for writing

            reviewer = login(served.url, "rita")
            queue = reviewer.get("/api/queue", params={"limit": 5}).json()
            item = queue["items"][0]
            path = f"/findings/{item['platform']}/{quote(item['model_id'], safe='/')}"
            page = reviewer.get(path)
            assert page.status_code == 200
            answer = reviewer.post(
                path + "/decision",
                data={"decision": "confirm", "note": "during the crawl",
                      "csrf_token": csrf_of(page.text)},
            )  # fmt: skip
            assert answer.status_code == 303
            assert reviewer.get("/api" + path).json()["decisions"][0]["decision"] == "confirm"
            after = reviewer.get("/api/queue", params={"limit": 5}).json()
            assert after["total"] == queue["total"] - 1
            assert login(served.url, "ada").get("/audit-log").status_code == 200
            refused = login(served.url, "vic").post(
                path + "/decision", data={"decision": "reject", "csrf_token": "x"}
            )
            assert refused.status_code == 403
            verified = CliRunner().invoke(cli_app, ["--db", str(db), "audit-log", "verify"])
            assert verified.exit_code == 0, verified.output
            assert crawl.poll() is None, "the crawl ended before the app was exercised"
        finally:
            output = crawl.communicate(timeout=300)[0].decode()
        assert crawl.returncode == 0, output

    published = snapshot_path(db).stat().st_mtime_ns
    process = _dfaudit(db, "process", "--no-progress")
    output = process.communicate(timeout=300)[0].decode()
    assert process.returncode == 0, output
    assert snapshot_path(db).stat().st_mtime_ns != published  # a new snapshot, renamed in
    again = reviewer.get("/api/queue", params={"limit": 500}).json()
    assert (item["platform"], item["model_id"]) not in {
        (i["platform"], i["model_id"]) for i in again["items"]
    }
    assert reviewer.get("/api" + path).json()["decisions"][0]["note"] == "during the crawl"
    assert not list(tmp_path.glob("*.tmp-*"))
