"""process_all: a second run with nothing new rebuilds nothing; new files relink."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from dfaudit.collect.ingest import ingest_files
from dfaudit.pipeline import process_all
from dfaudit.store.db import open_store


def item(model_id: int, sha: int) -> dict[str, Any]:
    return {
        "id": model_id,
        "name": f"landscape style {model_id}",
        "type": "LORA",
        "modelVersions": [
            {
                "id": model_id * 10,
                "createdAt": f"2024-0{model_id}-01T00:00:00Z",
                "files": [
                    {
                        "id": model_id * 100,
                        "name": "x.safetensors",
                        "hashes": {"SHA256": f"{sha:064x}"},
                    }
                ],
            }
        ],
    }


def test_second_run_skips_links_until_files_change(tmp_path: Path) -> None:
    first = tmp_path / "a.jsonl"
    first.write_text(
        "".join(json.dumps(item(i, sha)) + "\n" for i, sha in ((1, 7), (2, 7), (3, 8)))
    )
    with open_store(tmp_path / "s.duckdb") as store:
        ingest_files(store, "civitai", [first])
        run1 = process_all(store, progress=False)
        assert run1.reuploads == 1 and not run1.reuploads_unchanged
        links = store.query("SELECT * FROM reuploads")
        run2 = process_all(store, progress=False)
        assert run2.reuploads == 1 and run2.reuploads_unchanged
        assert run2.detection.models_processed == 0
        assert store.query("SELECT * FROM reuploads") == links
        more = tmp_path / "b.jsonl"
        more.write_text(json.dumps(item(4, 8)) + "\n")
        ingest_files(store, "civitai", [more])
        run3 = process_all(store, progress=False)
        assert run3.reuploads == 2 and not run3.reuploads_unchanged
        assert process_all(store, progress=False).reuploads_unchanged
