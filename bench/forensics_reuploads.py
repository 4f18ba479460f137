"""Re-upload linking at census scale: time and peak memory of ``link_reuploads``.

Builds a store with ``--civitai`` Civitai files and ``--hf`` Hugging Face files (one model per
file), of which ``--shared`` Hugging Face files copy a Civitai file (a tenth of those through a
legacy AutoV2-only Civitai file), plus ``--likeness`` likeness findings on originals, then
times one ``link_reuploads`` (links + inheritance) and checks every planted link is found and
nothing else.

Run: `.venv/bin/python bench/forensics_reuploads.py --civitai 2000000 --hf 1000000`
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from dfaudit.forensics.reuploads import link_reuploads
from dfaudit.store.db import open_store

FILL_SQL = """
INSERT INTO models (platform, model_id, created_at, first_seen)
SELECT 'civitai', i::VARCHAR, TIMESTAMPTZ '2023-01-01' + to_minutes(i::BIGINT),
       TIMESTAMPTZ '2025-01-01'
FROM range({civitai}) t(i);
INSERT INTO models (platform, model_id, created_at, first_seen)
SELECT 'huggingface', 'u/r' || i, TIMESTAMPTZ '2025-06-01' + to_minutes(i::BIGINT),
       TIMESTAMPTZ '2025-09-01'
FROM range({hf}) t(i);
INSERT INTO files (platform, model_id, file_id, name, sha256, autov2, blake3)
SELECT 'civitai', i::VARCHAR, 'c' || i, 'f.safetensors',
       CASE WHEN i < {shared} AND i % 10 = 0 THEN NULL ELSE upper(sha256('file' || i)) END,
       upper(left(sha256('file' || i), 10)), upper(sha256('b3' || i))
FROM range({civitai}) t(i);
INSERT INTO files (platform, model_id, file_id, name, sha256, autov2)
SELECT 'huggingface', 'u/r' || i, 'h' || i, 'f.safetensors',
       CASE WHEN i < {shared} THEN sha256('file' || i) ELSE sha256('hf' || i) END,
       left(CASE WHEN i < {shared} THEN sha256('file' || i) ELSE sha256('hf' || i) END, 10)
FROM range({hf}) t(i);
INSERT INTO findings (platform, model_id, likeness, likeness_score, target_key,
    sexual_intent, sexual_intent_score, minor_risk, evidence, detector_version, input_sha256,
    processed_at)
SELECT 'civitai', i::VARCHAR, i < {likeness}, 0.9, 'target ' || (i % 997), FALSE, 0, FALSE,
       '[]', 'bench', 'x', now()
FROM range({civitai}) t(i);
INSERT INTO findings (platform, model_id, likeness, likeness_score, sexual_intent,
    sexual_intent_score, minor_risk, evidence, detector_version, input_sha256, processed_at)
SELECT 'huggingface', 'u/r' || i, FALSE, 0.1, FALSE, 0, FALSE, '[]', 'bench', 'x', now()
FROM range({hf}) t(i);
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--civitai", type=int, default=200_000)
    parser.add_argument("--hf", type=int, default=100_000)
    parser.add_argument("--shared", type=int, default=20_000)
    parser.add_argument("--likeness", type=int, default=5_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "bench.duckdb")
        started = time.perf_counter()
        store.con.execute(FILL_SQL.format(**vars(args)))
        print(
            f"filled {args.civitai:,} + {args.hf:,} files in {time.perf_counter() - started:.1f} s"
        )
        started = time.perf_counter()
        links = link_reuploads(store)
        took = time.perf_counter() - started
        inherited = store.scalar(
            "SELECT count(*) FROM findings WHERE platform = 'huggingface' AND likeness"
        )
        wrong = store.scalar(
            "SELECT count(*) FROM reuploads WHERE platform_a <> 'civitai' "
            "OR platform_b <> 'huggingface' OR model_id_b <> 'u/r' || model_id_a"
        )
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"link_reuploads: {links:,} links ({args.shared:,} planted, {wrong} wrong), "
            f"{inherited:,} findings inherited ({min(args.likeness, args.shared):,} expected) "
            f"in {took:.1f} s; peak RSS {peak_mb:,.0f} MB"
        )
        started = time.perf_counter()
        link_reuploads(store)
        print(f"second run (idempotent): {time.perf_counter() - started:.1f} s")
        store.close()


if __name__ == "__main__":
    main()
