"""A store whose every platform string is hostile markup, for the inertness tests.

The people are invented. Each string would run a script, load a remote resource or navigate
away if a page rendered it as HTML.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from dfaudit.publish import publish_snapshot
from dfaudit.store.db import open_store

REMOTE = "https://example.invalid"
HOSTILE = (
    "<script>alert('script')</script>",
    "<img src=x onerror=alert('img')>",
    f"<img src={REMOTE}/pixel.png>",
    '"><svg onload=alert("svg")>',
    "javascript:alert('href')",
    f"<link rel=stylesheet href={REMOTE}/style.css>",
    f'<meta http-equiv="refresh" content="0;url={REMOTE}/away">',
    "{{ 7*7 }}<iframe src=javascript:alert('frame')>",
    f"<style>@import url({REMOTE}/import.css);</style>",
    "</textarea><script>alert('textarea')</script>",
)
ALL = "".join(HOSTILE)
TARGET_NAME = "Quillon Marivaux" + HOSTILE[0]
HOSTILE_ID = "4242<script>alert('id')</script>"
OTHER_ID = "owner/<img src=x onerror=alert('other')>"


def build_hostile_store(db: Path) -> tuple[str, str]:
    """Write the hostile store at ``db`` and publish its snapshot; return the main model's key."""
    now = datetime(2025, 6, 1, tzinfo=UTC)
    with open_store(db) as store:
        store.con.execute(
            "INSERT INTO raw_pages VALUES (1, 1, 'models', 1, 'GET', ?, ?, 200, ?, ''::BLOB, "
            "'identity', 1)",
            [f"{REMOTE}/api?q={ALL}", now, "ab" * 32],
        )
        for platform, model_id in (("civitai", HOSTILE_ID), ("huggingface", OTHER_ID)):
            store.con.execute(
                "INSERT INTO models (platform, model_id, url, name, type, creator, created_at, "
                "base_model, tags, nsfw, nsfw_level, poi, minor, downloads, status, description, "
                "trained_words, first_seen, last_seen, removed_at, last_run_id, raw_sha256, "
                "page_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, 28, TRUE, FALSE, 1000, ?, ?, "
                "?, ?, ?, ?, 1, ?, 1)",
                [
                    platform, model_id, HOSTILE[4], f"{TARGET_NAME} {ALL}", HOSTILE[1],
                    HOSTILE[3], now, HOSTILE[2], list(HOSTILE), HOSTILE[6], ALL,
                    list(HOSTILE), now, now, now, "cd" * 32,
                ],
            )  # fmt: skip
            evidence = [
                {"signal": f"{h}@1", "aspect": "likeness", "score": 0.9, "field": "name",
                 "text": h, "note": h, "feature": h}
                for h in HOSTILE
            ] + [
                {"signal": "gazetteer@1", "aspect": "target", "score": 1.0, "field": "name",
                 "text": TARGET_NAME, "note": "quillon marivaux", "value": TARGET_NAME},
                {"signal": "rules", "aspect": "violation", "rule": HOSTILE[0],
                 "severity": HOSTILE[1], "text": HOSTILE[2],
                 "policy_at_publication": HOSTILE[3], "policy_at_snapshot": HOSTILE[4]},
            ]  # fmt: skip
            store.con.execute(
                "INSERT INTO findings VALUES (?, ?, TRUE, 0.97, 'quillon marivaux', ?, "
                "'female', 'private_or_unknown', TRUE, 0.9, TRUE, ?, ?, ?, 'x', ?)",
                [
                    platform, model_id, TARGET_NAME, ["civitai.real-person-any", HOSTILE[0]],
                    json.dumps(evidence), HOSTILE[5], now,
                ],
            )  # fmt: skip
            store.con.execute(
                "INSERT INTO observations VALUES (?, ?, 1, ?, 1000, ?, 'x')",
                [platform, model_id, now, HOSTILE[7]],
            )
            store.con.execute(
                "INSERT INTO files (platform, model_id, file_id, name) VALUES (?, ?, ?, ?)",
                [platform, model_id, f"file-{platform}", HOSTILE[8]],
            )
            store.con.execute(
                "INSERT INTO headers (platform, file_id, fetched_at, status, header_sha256, "
                "metadata) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    platform, f"file-{platform}", now, HOSTILE[9], HOSTILE[0],
                    json.dumps({h: {"tags": h} for h in HOSTILE} | {"ss_output_name": ALL}),
                ],
            )  # fmt: skip
        store.con.execute(
            "INSERT INTO reuploads VALUES (?, 'civitai', ?, 'huggingface', ?, ?, ?)",
            [HOSTILE[2], HOSTILE_ID, OTHER_ID, now, now],
        )
        publish_snapshot(store)
    return "civitai", HOSTILE_ID
