"""Time the review app's queue on a snapshot of N likeness findings (default 1,000,000).

Usage: python bench/bench_web.py [--findings 1000000] [--dir DIR] [--repeat 7]

The store is generated in DuckDB SQL (``range``): N likeness findings with models, evidence
(six hits), skewed targets (invented names), a minor-risk share, sexual intent, prominence and
downloads, plus one observation per model. ``publish_snapshot`` writes the review snapshot as
``process`` does (timed). The app is then served by uvicorn on loopback and a reviewer, logged
in through the form, asks for queue pages over HTTP: the first page, filtered pages, a deep
page, a finding page — before and after 1,000 decisions. The median and the worst of
``--repeat`` requests are printed per request, with the snapshot's size.
"""

from __future__ import annotations

import argparse
import re
import statistics
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

from dfaudit.publish import publish_snapshot, snapshot_path
from dfaudit.store.db import open_store
from dfaudit.web.review import ReviewDB, User, review_path
from dfaudit.web.serve import listening_socket

MODELS_SQL = """
INSERT INTO models (platform, model_id, url, name, type, creator, created_at, base_model, tags,
                    nsfw, nsfw_level, poi, minor, downloads, status, description,
                    trained_words, first_seen, last_seen, last_run_id, raw_sha256)
SELECT platform, model_id, 'https://example.org/' || model_id,
       'Invented Person ' || (i % 50000) || ' LoRA v' || (i % 7),
       ['LORA', 'LORA', 'Checkpoint', 'TextualInversion', 'LoCon'][1 + i % 5],
       'creator' || (hash(i) % 40000), created_at,
       ['SD 1.5', 'SDXL 1.0', 'Pony', 'Flux.1 D'][1 + i % 4],
       ['woman', 'celebrity', 'tag' || (i % 50)], i % 3 = 0, CASE WHEN i % 3 = 0 THEN 28 ELSE 1 END,
       FALSE, FALSE, (hash(i * 31) % 1000) * (hash(i * 31) % 1000) // 100, 'active',
       'A LoRA of invented person ' || (i % 50000) || ', trained on 40 photos. Use the trigger '
       || 'word ip' || (i % 50000) || ' at weight 0.8; works best with realistic checkpoints.',
       ['ip' || (i % 50000), 'woman'], created_at, TIMESTAMPTZ '2026-01-01 00:00:00+00', 1,
       sha256(model_id)
FROM (
    SELECT i, CASE WHEN i % 4 = 0 THEN 'huggingface' ELSE 'civitai' END AS platform,
           CASE WHEN i % 4 = 0 THEN 'user' || (i % 9973) || '/model-' || i ELSE i::VARCHAR END
               AS model_id,
           TIMESTAMPTZ '2022-11-01 00:00:00+00' + to_minutes((i % 1500000)::BIGINT) AS created_at
    FROM range(?) t(i)
)
"""

FINDINGS_SQL = """
INSERT INTO findings
SELECT m.platform, m.model_id, TRUE, 0.6 + (hash(m.model_id) % 400) / 1000.0,
       'invented person ' || k, 'Invented Person ' || k,
       ['female', 'female', 'male', 'unknown'][1 + k % 4],
       ['public_figure', 'online_creator', 'private_or_unknown'][1 + k % 3],
       m.nsfw, CASE WHEN m.nsfw THEN 0.8 ELSE 0.1 END, hash(m.model_id) % 1000 = 0,
       CASE WHEN m.nsfw THEN ['civitai.real-person-suggestive'] ELSE [] END,
       '[{"signal":"gazetteer@3","aspect":"likeness","score":0.9,"field":"name","text":"Invented '
       || 'Person ' || k || '"},{"signal":"gazetteer@3","aspect":"target","score":0.9,'
       || '"field":"name","text":"Invented Person ' || k || '","note":"invented person ' || k
       || '","value":"Invented Person ' || k || '"},{"signal":"likeness_tags@1","aspect":'
       || '"likeness","score":0.6,"field":"tags","text":"celebrity"},{"signal":"gender_words@2",'
       || '"aspect":"gender","score":0.9,"field":"tags","text":"woman","value":"female"},'
       || '{"signal":"social_cues@2","aspect":"likeness","score":0.4,"field":"description",'
       || '"text":"trained on 40 photos"},{"signal":"name_shape@2","aspect":"likeness",'
       || '"score":0.5,"field":"trained_words","text":"ip' || k || '"}]',
       'bench@1', sha256(m.model_id), TIMESTAMPTZ '2026-01-02 00:00:00+00'
FROM (SELECT *, CAST(regexp_extract(name, '(\\d+) LoRA', 1) AS BIGINT) AS k FROM models) m
"""

OBSERVATIONS_SQL = """
INSERT INTO observations
SELECT platform, model_id, 1, TIMESTAMPTZ '2026-01-01 00:00:00+00', downloads, status, raw_sha256
FROM models
"""


def build(db: Path, findings: int) -> None:
    with open_store(db) as store:
        started = time.perf_counter()
        store.con.execute(MODELS_SQL, [findings])
        store.con.execute(FINDINGS_SQL)
        store.con.execute(OBSERVATIONS_SQL)
        print(f"store: {findings:,} models and findings in {time.perf_counter() - started:.1f} s")
        summary = publish_snapshot(store)
        assert summary is not None
        size = snapshot_path(db).stat().st_size / 2**20
        print(f"publish: {summary.findings:,} findings in {summary.seconds:.1f} s, {size:,.0f} MiB")


def serve(app: Any) -> Iterator[str]:
    import uvicorn

    sock = listening_socket("127.0.0.1", 0)  # as `dfaudit serve` binds it
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def timed(client: httpx.Client, path: str, repeat: int) -> tuple[float, float, int]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        answer = client.get(path)
        times.append((time.perf_counter() - started) * 1000)
        answer.raise_for_status()
    total = answer.json().get("total", 0) if path.startswith("/api/queue") else 0
    return statistics.median(times), max(times), int(total)


def measure(db: Path, repeat: int) -> None:
    from dfaudit.web.app import create_app

    review = ReviewDB(review_path(db))
    review.add_user("bench", "reviewer", "bench-password")
    reviewer = User("bench", "reviewer", False, "")
    for url in serve(create_app(db)):
        client = httpx.Client(base_url=url, timeout=120)  # one kept-alive connection
        token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").text)
        assert token
        client.post(
            "/login",
            data={"username": "bench", "password": "bench-password", "csrf_token": token[1]},
        )
        first = client.get("/api/queue?limit=1").json()["items"][0]
        finding = f"/findings/{first['platform']}/{quote(first['model_id'], safe='/')}"
        requests = [
            ("queue page (HTML, 50 rows, count)", "/queue"),
            ("api queue limit=50", "/api/queue?limit=50"),
            ("api queue minor_risk=yes", "/api/queue?limit=50&minor_risk=yes"),
            ("api queue platform+prominence",
             "/api/queue?platform=huggingface&prominence=private_or_unknown"),
            ("api queue target=pseudonym", f"/api/queue?target={first['pseudonym']}"),
            ("api queue deep page (offset 500,000)", "/api/queue?limit=50&offset=500000"),
            ("finding page (HTML)", finding),
        ]  # fmt: skip
        for stage in ("no decisions", "after 1,000 decisions"):
            print(f"-- {stage}")
            for label, path in requests:
                median, worst, total = timed(client, path, repeat)
                shown = f" total {total:,}" if total else ""
                print(f"{label:42} median {median:8.1f} ms  worst {worst:8.1f} ms{shown}")
            if stage == "no decisions":
                items = client.get("/api/queue?limit=500&offset=0").json()["items"]
                items += client.get("/api/queue?limit=500&offset=500").json()["items"]
                for item in items:
                    review.record_decision(
                        item["platform"], item["model_id"], "confirm", reviewer=reviewer
                    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--findings", type=int, default=1_000_000)
    parser.add_argument("--dir", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = (args.dir or Path(folder)) / "bench-web.duckdb"
        if not snapshot_path(db).exists():
            build(db, args.findings)
        measure(db, args.repeat)


if __name__ == "__main__":
    main()
