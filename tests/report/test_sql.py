"""The report's SQL building blocks: base-model families and concentration measures."""

from __future__ import annotations

import pytest

from dfaudit.report.sql import base_family_sql, concentration
from dfaudit.store.db import Store, open_store


@pytest.fixture
def con_store() -> Store:
    store = open_store(":memory:")
    yield store
    store.close()


@pytest.mark.parametrize(
    ("base_model", "family"),
    [
        ("SD 1.5", "SD 1.x"),
        ("SD 1.4", "SD 1.x"),
        ("runwayml/stable-diffusion-v1-5", "SD 1.x"),
        ("SD 2.1 768", "SD 2.x"),
        ("stabilityai/stable-diffusion-2-1", "SD 2.x"),
        ("SDXL 1.0", "SDXL"),
        ("stabilityai/stable-diffusion-xl-base-1.0", "SDXL"),
        ("Pony", "Pony"),
        ("Illustrious", "Illustrious"),
        ("NoobAI", "Illustrious"),
        ("Flux.1 D", "Flux"),
        ("black-forest-labs/FLUX.1-dev", "Flux"),
        ("SD 3.5", "SD3"),
        ("stabilityai/stable-diffusion-3.5-large", "SD3"),
        ("Hunyuan 1", "Other"),
        (None, "Other"),
    ],
)
def test_base_family(con_store: Store, base_model: str | None, family: str) -> None:
    sql = f"SELECT {base_family_sql('b')} FROM (SELECT ?::VARCHAR AS b)"
    assert con_store.scalar(sql, [base_model]) == family


def _owners(store: Store, counts: list[int]) -> None:
    store.con.execute("CREATE OR REPLACE TEMP TABLE items (owner VARCHAR)")
    rows = [(f"owner{i}",) for i, n in enumerate(counts) for _ in range(n)]
    if rows:
        store.con.executemany("INSERT INTO items VALUES (?)", rows)


def test_equal_owners_have_zero_gini(con_store: Store) -> None:
    _owners(con_store, [3] * 10)
    result = concentration(con_store, "SELECT owner FROM items", "owner")
    assert result.owners == 10 and result.items == 30
    assert result.gini == pytest.approx(0.0, abs=1e-12)
    assert result.top1_share == pytest.approx(0.1)  # ceil(10 × 1 %) = one owner
    assert result.top20_share == pytest.approx(0.2)


def test_one_owner_with_everything(con_store: Store) -> None:
    _owners(con_store, [1] * 99 + [901])
    result = concentration(con_store, "SELECT owner FROM items", "owner")
    assert result.top1_share == pytest.approx(901 / 1000)
    assert result.top20_share == pytest.approx((901 + 19) / 1000)
    # Gini by definition: mean absolute difference over twice the mean.
    counts = [1] * 99 + [901]
    mean = sum(counts) / len(counts)
    diffs = sum(abs(a - b) for a in counts for b in counts)
    assert result.gini == pytest.approx(diffs / (2 * len(counts) ** 2 * mean))


def test_no_owners(con_store: Store) -> None:
    _owners(con_store, [])
    result = concentration(con_store, "SELECT owner FROM items", "owner")
    assert result.owners == 0 and result.gini is None
