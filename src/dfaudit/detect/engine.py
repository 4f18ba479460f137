"""The detection engine: signals from the registry → combiner → findings, in a straight line.

:func:`detect_model` is the pure entry point (tests, the web app); :func:`process_store` runs it
incrementally over the store: only models (and bounties) whose raw data, lexicon state or
detector version changed are read, and findings are written in Arrow batches.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import msgspec
import pyarrow as pa
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from dfaudit.detect.base import Hit, Signal
from dfaudit.detect.combiner import load_models, weights_version
from dfaudit.detect.findings import Finding, combine
from dfaudit.detect.lexicon import Lexicon, load_lexicon
from dfaudit.detect.registry import build_signals, run_signals, signals_digest
from dfaudit.detect.rules import RuleBook, as_date, default_rulebook
from dfaudit.records import BountyRecord, ModelRecord
from dfaudit.store.db import Store

BATCH_SIZE = 5000
_JSON = msgspec.json.Encoder()
EMPTY_LEXICON_STATE = "none"


@dataclass(frozen=True)
class ProcessSummary:
    """What one ``process`` run did."""

    models_processed: int
    models_skipped: int
    bounties_processed: int
    bounties_skipped: int
    likeness: int
    detector_version: str
    seconds: float

    def line(self) -> str:
        rate = self.models_processed / self.seconds if self.seconds else 0.0
        return (
            f"process: {self.models_processed} models detected ({self.likeness} likeness), "
            f"{self.models_skipped} unchanged; {self.bounties_processed} bounties detected, "
            f"{self.bounties_skipped} unchanged; detector {self.detector_version}; "
            f"{self.seconds:.1f} s ({rate:,.0f} models/s)"
        )


def detector_version() -> str:
    """Changes whenever any signal's name or version or the combiner weights change."""
    return f"sig-{signals_digest()}+w-{weights_version()}"


class Detector:
    """Signals, combiner models and rules, built once and applied to many records."""

    def __init__(self, lexicon: Lexicon | None = None, rulebook: RuleBook | None = None):
        self.lexicon = lexicon
        self.signals: list[Signal] = build_signals(lexicon)
        models = load_models()
        self.likeness_model = models["likeness"]
        self.sexual_model = models["sexual"]
        self.rulebook = rulebook or default_rulebook()

    def detect(self, record: ModelRecord | BountyRecord, snapshot: date | None = None) -> Finding:
        hits = run_signals(self.signals, record)
        if isinstance(record, ModelRecord):
            platform, published = record.platform, as_date(record.created_at)
        else:
            platform, published = "civitai", as_date(record.starts_at)
        return combine(
            hits,
            platform=platform,
            likeness_model=self.likeness_model,
            sexual_model=self.sexual_model,
            rulebook=self.rulebook,
            published=published,
            snapshot=snapshot or datetime.now(UTC).date(),
        )


def detect_model(
    record: ModelRecord, lexicon: Lexicon | None = None, *, snapshot: date | None = None
) -> Finding:
    """Detection for one model (builds the signals each call: use :class:`Detector` in loops)."""
    return Detector(lexicon).detect(record, snapshot)


def detect_bounty(
    record: BountyRecord, lexicon: Lexicon | None = None, *, snapshot: date | None = None
) -> Finding:
    return Detector(lexicon).detect(record, snapshot)


def evidence_json(finding: Finding) -> str:
    """The explanation stored with a finding: every hit, then the violations."""
    items: list[dict[str, Any]] = [_hit_dict(hit) for hit in finding.hits]
    items.extend(
        {
            "signal": "rules",
            "aspect": "violation",
            "rule": v.rule,
            "severity": v.severity,
            "text": v.text,
            "policy_at_publication": v.policy_at_publication,
            "policy_at_snapshot": v.policy_at_snapshot,
        }
        for v in finding.violations
    )
    return _JSON.encode(items).decode()


def _hit_dict(hit: Hit) -> dict[str, Any]:
    out: dict[str, Any] = {
        "signal": hit.signal,
        "aspect": hit.aspect,
        "score": hit.score,
        "field": hit.field,
        "text": hit.text,
    }
    if hit.note:
        out["note"] = hit.note
    if hit.value is not None:
        out["value"] = hit.value
    if hit.feature:
        out["feature"] = hit.feature
    return out


def lexicon_state(lexicon: Lexicon) -> str:
    return lexicon.state if len(lexicon) else EMPTY_LEXICON_STATE


def input_hash(raw_sha256: str, state: str) -> str:
    """What a finding was computed from: the raw item and the lexicon state."""
    return hashlib.sha256(f"{raw_sha256}|{state}".encode()).hexdigest()


# What a model's finding was computed from, in SQL so that unchanged rows are never even read:
# the raw item, the lexicon state and the safetensors headers read for its files (forensics
# ``collect headers`` adds those after a first process; iter_model_records attaches them as
# ``training_metadata``, so a new or changed header must make the finding stale).
_HEADER_DIGEST = (
    "coalesce((SELECT string_agg(coalesce(hh.header_sha256, md5(hh.metadata::VARCHAR)), ',' "
    "ORDER BY hh.file_id) FROM files fl JOIN headers hh ON hh.platform = fl.platform "
    "AND hh.file_id = fl.file_id WHERE fl.platform = m.platform AND fl.model_id = m.model_id "
    "AND hh.metadata IS NOT NULL), '')"
)
_MODEL_INPUT_HASH = f"sha256(m.raw_sha256 || '|' || ? || '|' || {_HEADER_DIGEST})"
_STALE_MODELS = (
    "NOT EXISTS (SELECT 1 FROM findings f WHERE f.platform = m.platform "
    "AND f.model_id = m.model_id AND f.detector_version = ? "
    f"AND f.input_sha256 = {_MODEL_INPUT_HASH})"
)
_STALE_BOUNTIES = (
    "NOT EXISTS (SELECT 1 FROM bounty_findings f WHERE f.bounty_id = b.bounty_id "
    "AND f.detector_version = ? AND f.input_sha256 = sha256(b.raw_sha256 || '|' || ?))"
)

_FINDING_COLUMNS = (
    "likeness",
    "likeness_score",
    "target_key",
    "target_name",
    "target_gender",
    "prominence",
    "sexual_intent",
    "sexual_intent_score",
    "minor_risk",
    "violations",
    "evidence",
    "detector_version",
    "input_sha256",
    "processed_at",
)


def model_input_hashes(store: Store, keys: Sequence[tuple[str, str]], state: str) -> list[str]:
    """The input hash of each model in ``keys`` (same order), computed by the SQL twin."""
    table = pa.table(
        {
            "platform": pa.array([k[0] for k in keys], pa.string()),
            "model_id": pa.array([k[1] for k in keys], pa.string()),
            "position": pa.array(range(len(keys)), pa.int64()),
        }
    )
    store.con.register("_detect_keys", table)
    try:
        rows = store.query(
            f"SELECT k.position, {_MODEL_INPUT_HASH} FROM _detect_keys k "
            "JOIN models m ON m.platform = k.platform AND m.model_id = k.model_id",
            [state],
        )
    finally:
        store.con.unregister("_detect_keys")
    found = {int(position): str(digest) for position, digest in rows}
    return [found.get(i, "") for i in range(len(keys))]


def _finding_columns(
    findings: Sequence[Finding], hashes: Sequence[str], version: str, now: datetime
) -> dict[str, Any]:
    return {
        "likeness": [f.likeness for f in findings],
        "likeness_score": [f.likeness_score for f in findings],
        "target_key": [f.target_key for f in findings],
        "target_name": [f.target_name for f in findings],
        "target_gender": [f.target_gender for f in findings],
        "prominence": [f.prominence for f in findings],
        "sexual_intent": [f.sexual_intent for f in findings],
        "sexual_intent_score": [f.sexual_intent_score for f in findings],
        "minor_risk": [f.minor_risk for f in findings],
        "violations": pa.array([list(f.violation_ids) for f in findings], pa.list_(pa.string())),
        "evidence": [evidence_json(f) for f in findings],
        "detector_version": [version] * len(findings),
        "input_sha256": list(hashes),
        "processed_at": pa.array([now] * len(findings), pa.timestamp("us", tz="UTC")),
    }


def process_store(store: Store, *, progress: bool = True) -> ProcessSummary:
    """Detect every model and bounty whose input or detector changed; write their findings."""
    from dfaudit.store.load import iter_bounty_records, iter_model_records

    started = time.perf_counter()
    lexicon = load_lexicon(store)
    state = lexicon_state(lexicon)
    version = detector_version()
    detector = Detector(lexicon)
    total_models = int(store.scalar("SELECT count(*) FROM models") or 0)
    stale_models = int(
        store.scalar(f"SELECT count(*) FROM models m WHERE {_STALE_MODELS}", [version, state]) or 0
    )
    total_bounties = int(store.scalar("SELECT count(*) FROM bounties") or 0)
    stale_bounties = int(
        store.scalar(f"SELECT count(*) FROM bounties b WHERE {_STALE_BOUNTIES}", [version, state])
        or 0
    )
    processed_models = processed_bounties = likeness = 0
    with _progress(progress) as bar:
        task = bar.add_task("detect", total=stale_models + stale_bounties)
        model_batches: Iterable[list[tuple[ModelRecord, str]]] = (
            iter_model_records(store, _STALE_MODELS, [version, state], BATCH_SIZE)
            if stale_models
            else ()
        )
        for batch in model_batches:
            findings = [detector.detect(record) for record, _ in batch]
            columns: dict[str, Any] = {
                "platform": [r.platform for r, _ in batch],
                "model_id": [r.model_id for r, _ in batch],
            }
            hashes = model_input_hashes(store, [(r.platform, r.model_id) for r, _ in batch], state)
            columns.update(_finding_columns(findings, hashes, version, datetime.now(UTC)))
            # the reading cursor is its own connection with its own snapshot: writing is safe
            store.insert_arrow("findings", pa.table(columns), on_conflict="OR REPLACE")
            processed_models += len(batch)
            likeness += sum(1 for f in findings if f.likeness)
            bar.advance(task, len(batch))
        bounty_batches = (
            iter_bounty_records(store, _STALE_BOUNTIES, [version, state], BATCH_SIZE)
            if stale_bounties
            else ()
        )
        for bounty_batch in bounty_batches:
            findings = [detector.detect(record) for record, _ in bounty_batch]
            hashes = [input_hash(sha or "", state) for _, sha in bounty_batch]
            columns = {"bounty_id": [r.bounty_id for r, _ in bounty_batch]}
            columns.update(_finding_columns(findings, hashes, version, datetime.now(UTC)))
            store.insert_arrow("bounty_findings", pa.table(columns), on_conflict="OR REPLACE")
            processed_bounties += len(bounty_batch)
            bar.advance(task, len(bounty_batch))
    return ProcessSummary(
        models_processed=processed_models,
        models_skipped=total_models - processed_models,
        bounties_processed=processed_bounties,
        bounties_skipped=total_bounties - processed_bounties,
        likeness=likeness,
        detector_version=version,
        seconds=round(time.perf_counter() - started, 3),
    )


def _progress(enabled: bool) -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        disable=not enabled,
        transient=True,
    )
