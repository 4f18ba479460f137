"""Pseudonyms by default, names only on request, and hostile platform text rendered inert."""

from __future__ import annotations

import csv
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from dfaudit.report import ReportPaths
from dfaudit.report.build import build_sections
from dfaudit.report.markdown import md_escape
from dfaudit.report.scope import make_scope
from dfaudit.store.db import Store

from .planted import TARGET_NAMES, TARGETS, pseudonym_of

ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "p", "section",
    "div", "nav", "ol", "li", "a", "main", "figure", "img", "table", "caption", "thead", "tbody",
    "tr", "th", "td",
}  # fmt: skip


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))


def elements(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Elements()
    parser.feed(html)
    return parser.elements


def text_outputs(out: Path) -> dict[Path, str]:
    return {
        path: path.read_text(encoding="utf-8")
        for path in out.rglob("*")
        if path.suffix in {".html", ".md", ".json", ".csv"}
    }


def test_default_report_names_nobody_and_uses_stable_pseudonyms(
    shared_report_store: Store, default_report: ReportPaths, tmp_path: Path
) -> None:
    report_store = shared_report_store
    out = default_report.html.parent
    outputs = text_outputs(out)
    assert len(outputs) > 10
    for path, text in outputs.items():
        lowered = re.sub(r"data:image/png;base64,[A-Za-z0-9+/=]+", "", text).lower()
        for name in TARGET_NAMES:
            for part in name.lower().replace("-", " ").split():
                assert part not in lowered, f"{part!r} leaked into {path.name}"
        for key, *_ in TARGETS:
            assert key not in lowered, f"target key leaked into {path.name}"
    html = outputs[out / "report.html"]
    for key, *_ in TARGETS:
        assert pseudonym_of(report_store, key) in html
    # The same database gives the same pseudonyms on a second run.
    again = build_sections(shared_report_store, make_scope())
    top = next(t for s in again for t in s.tables if t.key == "top_targets_by_models")
    with (out / "tables" / "top_targets_by_models.csv").open(encoding="utf-8") as handle:
        assert [row["target"] for row in csv.DictReader(handle)] == [row[1] for row in top.rows]


def test_reveal_names_shows_names_beside_pseudonyms(
    shared_report_store: Store, revealed_report: ReportPaths
) -> None:
    report_store, paths = shared_report_store, revealed_report
    out = paths.html.parent
    html = paths.html.read_text(encoding="utf-8")
    markdown = paths.md.read_text(encoding="utf-8")
    for key, name, *_ in TARGETS:
        assert name in html
        assert md_escape(name) in markdown
        assert pseudonym_of(report_store, key) in html
    with (out / "tables" / "top_targets_by_models.csv").open(encoding="utf-8") as handle:
        targets = [row["target"] for row in csv.DictReader(handle)]
    assert any(TARGETS[0][1] in target for target in targets)


@pytest.mark.parametrize("reveal", [False, True])
def test_planted_markup_is_inert_in_html(
    default_report: ReportPaths, revealed_report: ReportPaths, reveal: bool
) -> None:
    html = (revealed_report if reveal else default_report).html.read_text(encoding="utf-8")
    assert "<script" not in html.lower()
    assert 'http-equiv="Content-Security-Policy"' in html
    assert "default-src 'none'" in html
    found = elements(html)
    assert {tag for tag, _ in found} <= ALLOWED_TAGS
    for tag, attrs in found:
        for attr, value in attrs.items():
            assert not attr.startswith("on"), (tag, attr)
            if tag == "a" and attr == "href":
                assert value is not None
                assert value.startswith(("#", "https://")), value
            if tag == "img" and attr == "src":
                assert value is not None and value.startswith("data:image/png;base64,")
    assert not any(tag == "svg" for tag, _ in found)
    if reveal:
        # The hostile model's "url" is javascript:; it is shown as text, never linked.
        assert "javascript:alert(1)" in html
        links = [a.get("href") for tag, a in found if tag == "a"]
        assert "https://civitai.com/models/1002" in links


@pytest.mark.parametrize("reveal", [False, True])
def test_planted_markup_is_inert_in_markdown(
    default_report: ReportPaths, revealed_report: ReportPaths, reveal: bool
) -> None:
    markdown = (revealed_report if reveal else default_report).md.read_text(encoding="utf-8")
    assert "<" not in markdown  # no raw HTML at all: every '<' is an entity
    assert "](javascript" not in markdown
    # The only unescaped brackets are our figure images.
    assert len(re.findall(r"(?<!\\)\[", markdown)) == len(re.findall(r"!\[", markdown)) > 0


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("<script>alert(1)</script>", "&lt;script&gt;alert\\(1\\)&lt;/script&gt;"),
        ("[x](javascript:alert(1))", "\\[x\\]\\(javascript:alert\\(1\\)\\)"),
        ("a | b", "a \\| b"),
        ("`code` *em* _u_", "\\`code\\` \\*em\\* \\_u\\_"),
        ("line\nbreak", "line break"),
        ("AT&T", "AT&amp;T"),
        ("![img](x)", "\\!\\[img\\]\\(x\\)"),
    ],
)
def test_md_escape(text: str, escaped: str) -> None:
    assert md_escape(text) == escaped


def test_markdown_table_rows_keep_their_column_count(revealed_report: ReportPaths) -> None:
    markdown = revealed_report.md.read_text(encoding="utf-8")
    block: list[str] = []
    blocks = []
    for line in markdown.splitlines() + [""]:
        if line.startswith("|"):
            block.append(line)
        elif block:
            blocks.append(block)
            block = []
    assert blocks
    for rows in blocks:
        widths = {len(re.findall(r"(?<!\\)\|", row)) for row in rows}
        assert len(widths) == 1, rows[0]
