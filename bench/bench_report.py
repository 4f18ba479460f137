"""Time `write_report` on a generated store of N models (default 1,000,000) with findings.

Usage: python bench/bench_report.py [--models 1000000] [--db PATH] [--out DIR]

The store is generated in DuckDB SQL (``range``), not Python loops: models on two platforms
with skewed creators, findings with one likeness model in three, skewed targets, violations with
their evidence items, bounties and re-upload links. The report is then written from the store
opened read-only, as `dfaudit report` does, and the time and peak RSS are printed.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from dfaudit.detect.pseudonym import pseudonym
from dfaudit.report import write_report
from dfaudit.store.db import Store, open_store

MODELS_SQL = """
INSERT INTO models (platform, model_id, url, name, type, creator, created_at, base_model, tags,
                    nsfw, nsfw_level, poi, minor, downloads, status, first_seen, last_seen,
                    removed_at, last_run_id)
SELECT platform, model_id, 'https://example.org/' || model_id, 'Generated model ' || i,
       ['LORA', 'LORA', 'Checkpoint', 'TextualInversion', 'LoCon'][1 + i % 5],
       'creator' || ((hash(i) % 100000) * (hash(i) % 100000) // 100000),
       created_at,
       ['SD 1.5', 'SDXL 1.0', 'Pony', 'Illustrious', 'Flux.1 D', 'SD 3.5', 'SD 2.1', NULL]
           [1 + i % 8],
       ['tag' || (i % 50)], i % 7 < 3, CASE WHEN i % 7 < 3 THEN 28 ELSE 1 END, FALSE,
       i % 997 = 0, (hash(i * 31) % 1000) * (hash(i * 31) % 1000) // 100,
       CASE WHEN i % 41 = 0 THEN 'taken_down' ELSE 'active' END,
       created_at, TIMESTAMPTZ '2026-01-01 00:00:00+00',
       CASE WHEN i % 41 = 0 THEN created_at + to_hours((hash(i * 17) % 5000)::BIGINT) END, 1
FROM (
    SELECT i, CASE WHEN i % 5 = 0 THEN 'huggingface' ELSE 'civitai' END AS platform,
           CASE WHEN i % 5 = 0 THEN 'user' || (i % 9973) || '/model-' || i ELSE i::VARCHAR END
               AS model_id,
           TIMESTAMPTZ '2022-06-01 00:00:00+00' + to_minutes((hash(i * 7) % 1900000)::BIGINT)
               AS created_at
    FROM range(?) t(i)
)
"""

FINDINGS_SQL = """
INSERT INTO findings (platform, model_id, likeness, likeness_score, target_key, target_name,
                      target_gender, prominence, sexual_intent, sexual_intent_score, minor_risk,
                      violations, evidence, detector_version, input_sha256, processed_at)
SELECT platform, model_id, likeness, CASE WHEN likeness THEN 0.9 ELSE 0.1 END,
       CASE WHEN likeness THEN 'target ' || ((hash(n) % 3000) * (hash(n) % 3000) // 3000) END,
       CASE WHEN likeness THEN 'Target ' || ((hash(n) % 3000) * (hash(n) % 3000) // 3000) END,
       CASE WHEN NOT likeness THEN NULL WHEN n % 20 < 17 THEN 'female'
            WHEN n % 20 < 19 THEN 'male' ELSE 'unknown' END,
       CASE WHEN NOT likeness THEN NULL WHEN n % 10 < 4 THEN 'public_figure'
            WHEN n % 10 < 7 THEN 'online_creator' ELSE 'private_or_unknown' END,
       sexual, CASE WHEN sexual THEN 0.8 ELSE 0.0 END, minor,
       CASE WHEN likeness AND sexual THEN ['civitai.real-person-suggestive'] ELSE [] END,
       CASE WHEN likeness AND sexual THEN
           '[{"signal":"rules","aspect":"violation","rule":"civitai.real-person-suggestive",'
           || '"policy_at_publication":"civitai-2023-11-17",'
           || '"policy_at_snapshot":"civitai-2025-05-22"}]'
       ELSE '[]' END,
       'bench@1', 'x', TIMESTAMPTZ '2026-01-01 00:00:00+00'
FROM (
    SELECT platform, model_id, hash(model_id) AS n, hash(model_id) % 3 = 0 AS likeness,
           nsfw AS sexual, minor
    FROM models
)
"""

BOUNTIES_SQL = """
INSERT INTO bounties (bounty_id, name, type, nsfw, requester, starts_at, expires_at, complete,
                      last_seen)
SELECT 'b' || i, 'Generated bounty ' || i,
       ['LoraCreation', 'LoraCreation', 'ModelCreation', 'ImageCreation'][1 + i % 4],
       i % 2 = 0, 'requester' || ((hash(i) % 3000) * (hash(i) % 3000) // 3000),
       TIMESTAMPTZ '2023-09-01 00:00:00+00' + to_hours(i % 20000),
       TIMESTAMPTZ '2023-09-15 00:00:00+00' + to_hours(i % 20000), i % 3 = 0,
       TIMESTAMPTZ '2026-01-01 00:00:00+00'
FROM range(?) t(i);
INSERT INTO bounty_findings (bounty_id, likeness, likeness_score, target_key, target_gender,
                             sexual_intent, sexual_intent_score, minor_risk, detector_version,
                             input_sha256, processed_at)
SELECT bounty_id, hash(bounty_id) % 2 = 0, 0.5, 'target ' || (hash(bounty_id) % 500),
       CASE WHEN hash(bounty_id) % 10 < 8 THEN 'female' ELSE 'male' END, nsfw, 0.5, FALSE,
       'bench@1', 'x', TIMESTAMPTZ '2026-01-01 00:00:00+00'
FROM bounties;
"""

REUPLOADS_SQL = """
INSERT INTO reuploads (sha256, platform_a, model_id_a, platform_b, model_id_b, first_seen_a,
                       first_seen_b)
SELECT sha256(a.model_id), a.platform, a.model_id, b.platform, b.model_id, a.created_at,
       a.created_at + to_days(7)
FROM (SELECT *, row_number() OVER () AS r FROM models WHERE platform = 'civitai' LIMIT ?) a
JOIN (SELECT *, row_number() OVER () AS r FROM models WHERE platform = 'huggingface') b USING (r)
"""


def generate(store: Store, models: int) -> None:
    """Fill ``store`` with ``models`` generated models and their findings, bounties, links."""
    con = store.con
    con.execute(MODELS_SQL, [models])
    con.execute(FINDINGS_SQL)
    con.execute(BOUNTIES_SQL.split(";")[0], [max(1, models // 50)])
    con.execute(BOUNTIES_SQL.split(";")[1])
    con.execute(REUPLOADS_SQL, [max(1, models // 50)])
    pseudonym(store, "target 0")  # creates the pseudonym key, as `dfaudit process` does


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=None, help="keep the generated store here")
    parser.add_argument("--out", type=Path, default=None, help="keep the report here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench_report.duckdb"
        out = args.out or Path(tmp) / "report"
        if not db.exists():
            started = time.monotonic()
            with open_store(db) as store:
                generate(store, args.models)
            print(f"generated {args.models:,} models in {time.monotonic() - started:.1f} s")
        with open_store(db, read_only=True) as store:
            count = store.scalar("SELECT count(*) FROM models")
            started = time.monotonic()
            paths = write_report(store, out, progress=False)
            elapsed = time.monotonic() - started
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"write_report: {count:,} models in {elapsed:.1f} s "
            f"({len(paths.csv)} tables, {len(paths.figures)} figures); peak RSS {peak_mb:.0f} MB"
        )


if __name__ == "__main__":
    main()
