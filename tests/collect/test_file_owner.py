"""A file id claimed by several models belongs to the last claimant in the file, however the
file is cut into chunks (one batch, or many)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dfaudit.collect import ingest as ingest_module
from dfaudit.collect.ingest import ingest_files
from dfaudit.store.db import open_store


def item(model_id: int, name: str) -> dict[str, object]:
    return {
        "id": model_id,
        "name": name,
        "type": "LORA",
        "modelVersions": [{"id": model_id * 10, "files": [{"id": 777, "name": "shared.pt"}]}],
    }


@pytest.mark.parametrize("chunk_lines", [1, 2, 2000])
def test_last_claimant_owns_a_shared_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk_lines: int
) -> None:
    lines = [item(1, "first"), item(2, "second"), item(1, "first again")]
    path = tmp_path / "items.jsonl"
    path.write_text("".join(json.dumps(i) + "\n" for i in lines))
    monkeypatch.setattr(ingest_module, "CHUNK_LINES", chunk_lines)
    with open_store(tmp_path / "s.duckdb") as store:
        ingest_files(store, "civitai", [path], workers=1)
        assert store.query("SELECT model_id FROM files WHERE file_id = '777'") == [("1",)]
        assert store.scalar("SELECT name FROM models WHERE model_id = '1'") == "first again"
