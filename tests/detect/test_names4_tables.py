"""The bundled name tables are read by a plain line split: same rows as the csv module."""

from __future__ import annotations

import csv
import gzip
import io
from importlib import resources

import pytest

from dfaudit.detect import east_asian
from dfaudit.errors import DfauditError

TABLES = [
    ("east_asian_names.csv.gz", 6),
    ("han_pinyin.csv.gz", 2),
    ("first_names.csv.gz", 4),
    ("surnames.csv.gz", 3),
    ("common_words.csv.gz", 1),
]


@pytest.mark.parametrize(("name", "width"), TABLES)
def test_line_split_reads_what_the_csv_module_reads(name: str, width: int) -> None:
    raw = resources.files("dfaudit.detect").joinpath(f"data/{name}").read_bytes()
    with gzip.open(io.BytesIO(raw), "rt", encoding="utf-8") as handle:
        expected = list(csv.reader(handle))[1:]
    assert east_asian.data_rows(name, width) == expected


def test_a_table_read_with_the_wrong_width_is_refused() -> None:
    with pytest.raises(DfauditError, match="fields"):
        east_asian.data_rows("han_pinyin.csv.gz", 3)
