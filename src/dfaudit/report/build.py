"""Building a report from the store: sections → summary.json, report.html, report.md, CSVs.

The report reads only the store (never collect or detect); every aggregation runs in DuckDB over
the scope views, so a million models cost seconds and bounded memory.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from rich.progress import Progress

from dfaudit.errors import InputError
from dfaudit.report.figures import render_figure
from dfaudit.report.html import render_html
from dfaudit.report.markdown import render_markdown
from dfaudit.report.model import Figure, Section, Table
from dfaudit.report.names import TargetNamer
from dfaudit.report.scope import ReportScope, create_scope_views, make_scope
from dfaudit.report.sections import SECTION_BUILDERS, ReportContext
from dfaudit.store.db import Store
from dfaudit.store.text import csv_cell

REPORT_TITLE = "Deepfake model variants: audit report"
SYNTHETIC_TITLE = "SYNTHETIC SAMPLE (invented people, not a real platform): "
SYNTHETIC_SETTING = "synthetic_sample"  # set by ``dfaudit audit --sample``
SUMMARY_VERSION = 2


@dataclass(frozen=True, slots=True)
class ReportPaths:
    """Where a report was written."""

    html: Path
    md: Path
    summary: Path
    csv: tuple[Path, ...]
    figures: tuple[Path, ...]


def build_sections(
    store: Store,
    scope: ReportScope,
    *,
    reveal_names: bool = False,
    progress: Progress | None = None,
) -> list[Section]:
    """Run every section's SQL over ``scope`` and return the sections in report order."""
    create_scope_views(store, scope)
    context = ReportContext(store, scope, TargetNamer(store, reveal_names))
    task = progress.add_task("report sections", total=len(SECTION_BUILDERS)) if progress else None
    sections = []
    for builder in SECTION_BUILDERS:
        sections.append(builder(context))
        if progress is not None and task is not None:
            progress.advance(task)
    return sections


def is_synthetic(store: Store, platform: str | None = None) -> bool:
    """True when data in scope came from the bundled synthetic sample: ``dfaudit audit --sample``
    set it, or a crawl (of ``platform``, when given) was answered by the sample server, which
    marks every answer (the crawl records that in the run's ``params.synthetic``)."""
    if store.get_setting(SYNTHETIC_SETTING) == "true":
        return True
    sources = "TRUE" if platform is None else "(source = ? OR source LIKE ? || '-%')"
    marked = store.scalar(
        "SELECT count(*) FROM runs WHERE kind = 'crawl' "
        f"AND params->>'synthetic' = 'true' AND {sources}",
        [] if platform is None else [platform, platform],
    )
    return bool(marked)


def provenance(store: Store, scope: ReportScope | None = None) -> dict[str, Any]:
    """Where the data came from and what made the report: for ``summary.json``."""
    from dfaudit import __version__

    sites = sorted(
        {
            str(site)
            for (site,) in store.query(
                "SELECT DISTINCT coalesce(params->>'site', params->>'endpoint', "
                "params->>'civitai_url') FROM runs WHERE kind = 'crawl'"
            )
            if site
        }
    )
    sources = [str(s) for (s,) in store.query("SELECT DISTINCT source FROM runs ORDER BY 1")]
    versions = [
        str(v) for (v,) in store.query("SELECT DISTINCT detector_version FROM findings ORDER BY 1")
    ]
    synthetic = is_synthetic(store, scope.platform if scope is not None else None)
    return {
        "source": {
            "synthetic": synthetic,
            "description": "the bundled synthetic sample: invented people, not a real platform"
            if synthetic
            else "crawls and imports recorded in the database",
            "sources": sources,
            "sites": sites,
        },
        "generated_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "tool": {"name": "dfaudit", "version": __version__},
        "detector_versions": versions,
    }


def summary_from_sections(
    sections: list[Section], scope: ReportScope, origin: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The machine-readable headline figures: every section's summary fragment, merged."""
    summary: dict[str, Any] = {
        "summary_version": SUMMARY_VERSION,
        **(origin or {}),
        "scope": {
            "platform": scope.platform,
            "since": scope.since.isoformat() if scope.since else None,
        },
    }
    for section in sections:
        summary.update(section.summary)
    return summary


def compute_summary(
    store: Store,
    *,
    platform: str | None = None,
    since: str | date | None = None,
    reveal_names: bool = False,
) -> dict[str, Any]:
    """The headline figures of ``write_report`` as a dict (what ``summary.json`` holds)."""
    scope = make_scope(platform, since)
    sections = build_sections(store, scope, reveal_names=reveal_names)
    return summary_from_sections(sections, scope, provenance(store, scope))


def write_report(
    store: Store,
    out_dir: str | Path,
    *,
    reveal_names: bool = False,
    platform: str | None = None,
    since: str | date | None = None,
    progress: bool = True,
) -> ReportPaths:
    """Write report.html, report.md, summary.json, tables/*.csv and figures/*.png to ``out_dir``."""
    scope = make_scope(platform, since)
    out = _prepare_dir(Path(out_dir))
    with _progress(progress) as bar:
        sections = build_sections(store, scope, reveal_names=reveal_names, progress=bar)
        figures = _render_figures(sections, bar)
    summary = summary_from_sections(sections, scope, provenance(store, scope))
    generated = _generated_line(store)
    title = (SYNTHETIC_TITLE if summary["source"]["synthetic"] else "") + REPORT_TITLE
    figure_paths = _write_figures(out, figures)
    csv_paths = tuple(
        _write_csv(out / "tables" / f"{table.key}.csv", table)
        for section in sections
        for table in section.tables
    )
    summary_path = out / "summary.json"
    summary_path.write_text(
        json.dumps(summary, indent=2, ensure_ascii=False, default=_json_default) + "\n",
        encoding="utf-8",
    )
    html_path = out / "report.html"
    html_path.write_text(
        render_html(title, scope.describe(), generated, _cards(summary), sections, figures),
        encoding="utf-8",
    )
    md_path = out / "report.md"
    md_path.write_text(
        render_markdown(
            title,
            scope.describe(),
            generated,
            sections,
            {key: path.relative_to(out).as_posix() for key, path in figure_paths.items()},
        ),
        encoding="utf-8",
    )
    return ReportPaths(html_path, md_path, summary_path, csv_paths, tuple(figure_paths.values()))


def _prepare_dir(out: Path) -> Path:
    if out.exists() and not out.is_dir():
        raise InputError(f"{out} exists and is not a directory")
    try:
        (out / "tables").mkdir(parents=True, exist_ok=True)
        (out / "figures").mkdir(exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create report directory {out}: {exc.strerror}") from None
    return out


@contextmanager
def _progress(enabled: bool) -> Iterator[Progress | None]:
    if not enabled:
        yield None
        return
    with Progress(transient=True) as bar:
        yield bar


def _render_figures(sections: list[Section], progress: Progress | None) -> dict[str, Figure]:
    specs = [section.figure for section in sections if section.figure is not None]
    task = progress.add_task("report figures", total=len(specs)) if progress else None
    figures = {}
    for spec in specs:
        figures[spec.key] = render_figure(spec)
        if progress is not None and task is not None:
            progress.advance(task)
    return figures


def _write_figures(out: Path, figures: dict[str, Figure]) -> dict[str, Path]:
    paths = {}
    for key, figure in figures.items():
        path = out / "figures" / f"{key}.png"
        path.write_bytes(figure.png)
        paths[key] = path
    return paths


def _write_csv(path: Path, table: Table) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow([column.name for column in table.columns])
        for row in table.rows:
            writer.writerow([csv_cell(value) for value in row])
    return path


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def _generated_line(store: Store) -> str:
    # Formatted in SQL: fetching a TIMESTAMPTZ into Python would need pytz.
    snapshot = store.scalar(
        "SELECT strftime(max(last_seen) AT TIME ZONE 'UTC', '%Y-%m-%d') FROM models"
    )
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    if snapshot is None:
        return f"generated {now}"
    return f"data as of {snapshot}, generated {now}"


def _cards(summary: dict[str, Any]) -> list[tuple[str, str]]:
    def pct(value: float | None) -> str:
        return "n/a" if value is None else f"{value * 100:.1f} %"

    return [
        (f"{summary['models_total']:,}", "models audited"),
        (f"{summary['likeness_models']:,}", "likeness models"),
        (f"{summary['likeness_downloads']:,}", "downloads of likeness models"),
        (f"{summary['targets_total']:,}", "people targeted"),
        (pct(summary["female_share"]), "target women (gender known)"),
        (pct(summary["sexual_intent_share"]), "with sexual intent"),
        (f"{summary['minor_risk_models']:,}", "models with a minor-risk cue"),
        (f"{summary['reuploads']['cross_platform_links']:,}", "cross-platform re-uploads"),
    ]
