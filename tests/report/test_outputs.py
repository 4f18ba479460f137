"""The files a report writes: one CSV per table, figures, HTML and Markdown with every section."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from dfaudit.errors import InputError
from dfaudit.report import ReportPaths, write_report
from dfaudit.report.build import build_sections
from dfaudit.report.scope import make_scope
from dfaudit.store.db import Store

SECTION_TITLES = (
    "Platforms and model types",
    "Base-model families",
    "Likeness models over time",
    "Target gender",
    "Prominence of the targeted person",
    "Sexual intent",
    "Minor risk",
    "Policy violations",
    "Top targets",
    "Creator concentration",
    "Bounties",
    "Re-uploads across platforms",
    "Removals",
    "Method and limits",
)


def test_every_table_has_a_csv_with_its_rows(
    shared_report_store: Store, default_report: ReportPaths
) -> None:
    sections = build_sections(shared_report_store, make_scope())
    tables = {table.key: table for section in sections for table in section.tables}
    by_name = {path.stem: path for path in default_report.csv}
    assert set(by_name) == set(tables)
    for key, table in tables.items():
        with by_name[key].open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        assert rows[0] == [column.name for column in table.columns], key
        assert len(rows) - 1 == len(table.rows), key


def test_csv_values_match_summary(default_report: ReportPaths) -> None:
    summary = json.loads(default_report.summary.read_text(encoding="utf-8"))
    by_month = default_report.html.parent / "tables" / "by_month.csv"
    with by_month.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [int(r["new likeness models"]) for r in rows] == [
        m["new_likeness_models"] for m in summary["by_month"]
    ]


def test_csv_cells_cannot_run_as_spreadsheet_formulas(revealed_report: ReportPaths) -> None:
    for path in revealed_report.csv:
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle):
                for cell in row:
                    assert not cell.startswith(("=", "+", "@")), (path.name, cell)


def test_html_and_markdown_carry_every_section_and_figure(default_report: ReportPaths) -> None:
    html = default_report.html.read_text(encoding="utf-8")
    markdown = default_report.md.read_text(encoding="utf-8")
    for title in SECTION_TITLES:
        assert f"<h2>{title}</h2>" in html
        assert f"## {title}" in markdown
    assert html.count('<img class="figure" src="data:image/png;base64,') == len(
        default_report.figures
    )
    for figure in default_report.figures:
        assert figure.read_bytes().startswith(b"\x89PNG")
        assert f"](figures/{figure.name})" in markdown


def test_method_shows_last_evaluation_or_says_not_measured(report_store: Store) -> None:
    def evaluation_rows() -> tuple:
        sections = build_sections(report_store, make_scope())
        method = next(s for s in sections if s.key == "method")
        return next(t for t in method.tables if t.key == "evaluation").rows

    sections = build_sections(report_store, make_scope())
    method = next(s for s in sections if s.key == "method")
    assert "not measured in this database" in method.lead
    assert evaluation_rows() == ()
    report_store.set_setting(
        "last_evaluation", json.dumps({"likeness": {"precision": 0.91, "recall": 0.84}})
    )
    assert dict(evaluation_rows()) == {"likeness.precision": 0.91, "likeness.recall": 0.84}


def test_output_path_that_is_a_file_is_an_input_error(report_store: Store, tmp_path: Path) -> None:
    target = tmp_path / "taken"
    target.write_text("x")
    with pytest.raises(InputError):
        write_report(report_store, target, progress=False)
