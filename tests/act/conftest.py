"""Fixtures of the act tests: one store from `dfaudit audit --sample`, built once per session,
copied for each test that writes; helpers that run a later census against a changed sample.

Everyone here is invented, like everyone in the sample.
"""

from __future__ import annotations

import copy
import hashlib
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from dfaudit.audit import SAMPLE_CLIENT
from dfaudit.cli import app
from dfaudit.collect.crawl import collect_civitai, collect_huggingface
from dfaudit.pipeline import process_all
from dfaudit.sample.generate import load_sample
from dfaudit.sample.server import SampleServer
from dfaudit.store.db import Store, open_store

runner = CliRunner()


def invoke(*args: str, code: int = 0) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == code, result.output
    return result.output


@pytest.fixture(scope="session")
def sample_db(sample_audit: Path) -> Path:
    """The store `dfaudit audit --sample` writes (read it, never write it: copy it first)."""
    return sample_audit / "sample.duckdb"


@pytest.fixture
def db(sample_db: Path, tmp_path: Path) -> Path:
    """A private copy of the sample store, for a test that writes."""
    target = tmp_path / "store.duckdb"
    shutil.copyfile(sample_db, target)
    return target


@pytest.fixture
def store(db: Path) -> Iterator[Store]:
    opened = open_store(db)
    try:
        yield opened
    finally:
        opened.close()


def census(
    db: Path,
    *,
    remove: Iterable[int | str] = (),
    add: Iterable[dict[str, Any]] = (),
    huggingface: bool = False,
) -> None:
    """A later census of the sample platform, changed as asked, then `process`."""
    with SampleServer(load_sample()) as server:
        server.remove_models(list(remove))
        if add:
            server.add_models(list(add))
        with open_store(db) as store:
            collect_civitai(store, site=server.url, options=SAMPLE_CLIENT, progress=False)
            if huggingface:
                collect_huggingface(
                    store, endpoint=server.url, options=SAMPLE_CLIENT, progress=False
                )
            process_all(store, progress=False)


def likeness_model_like(name: str, number: int) -> dict[str, Any]:
    """A new Civitai LoRA of the invented person ``name``, shaped like a sample item."""
    template = next(m for m in load_sample().civitai_models if m["type"] == "LORA")
    item = copy.deepcopy(template)
    model_id = 990_000 + number
    snake = name.lower().replace(" ", "_")
    item.update(
        id=model_id,
        name=f"{name} | SDXL",
        description=f"<p>LoRA of {name}, the actress. Trained on photos of her.</p>",
        tags=["woman", "realistic", "person", "celebrity", "actress"],
        poi=False,
        minor=False,
    )
    versions = []
    for index, version in enumerate(item["modelVersions"][:1]):
        version = copy.deepcopy(version)
        version_id = 1_990_000 + number * 10 + index
        sha = hashlib.sha256(f"{name}-{number}-{index}".encode()).hexdigest().upper()
        file = copy.deepcopy(version["files"][0])
        file.update(
            id=2_990_000 + number * 10 + index,
            name=f"{snake}_v{number}.safetensors",
            hashes={"AutoV2": sha[:10], "SHA256": sha},
        )
        version.update(id=version_id, modelId=model_id, files=[file], trainedWords=[snake])
        versions.append(version)
    item["modelVersions"] = versions
    return item
