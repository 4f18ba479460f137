"""The detection engine: signals from the registry → combiner → findings, in a straight line.

:func:`detect_model` is the pure entry point (tests, the web app); :func:`process_store` runs it
incrementally over the store: only models (and bounties) whose raw data, lexicon state or
detector version changed are read, and findings are written in Arrow batches.
"""

from __future__ import annotations

import hashlib
import inspect
import os
import time
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime
from operator import attrgetter
from typing import TYPE_CHECKING, Any

import msgspec
import pyarrow as pa

from dfaudit.detect.base import Hit, Signal
from dfaudit.detect.combiner import load_models, weights_version
from dfaudit.detect.findings import Finding, combine
from dfaudit.detect.lexicon import Lexicon, load_lexicon
from dfaudit.detect.memo import CLAIMED, MEMO_MAX_ENTRIES
from dfaudit.detect.memo import SharedMemo as SharedMemo  # re-exported
from dfaudit.detect.memo import shared_memo as shared_memo  # re-exported
from dfaudit.detect.registry import build_signals, run_signals, signal_module_names, signals_digest
from dfaudit.detect.rules import RuleBook, as_date, default_rulebook
from dfaudit.detect.signal_errors import (
    SignalError,
    SignalErrors,
    SignalErrorTally,
    error_triples,
)
from dfaudit.parallel import gc_paused, spawn_pool, worker_count
from dfaudit.records import BountyRecord, ModelRecord

if TYPE_CHECKING:  # the detection workers import this module without DuckDB or rich
    from rich.progress import Progress

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
    # models whose finding was only stale through a lexicon change and whose lexicon hits came
    # out the same: kept (counted in models_skipped), not detected again
    models_rechecked: int = 0
    # the error hits of the findings this run wrote: signals that raised on a record
    signal_errors: SignalErrors = SignalErrors()

    def line(self) -> str:
        rate = self.models_processed / self.seconds if self.seconds else 0.0
        lexicon = (
            f" (lexicon changed: {self.models_rechecked} models checked and unchanged)"
            if self.models_rechecked
            else ""
        )
        return (
            f"process: {self.models_processed} models detected ({self.likeness} likeness), "
            f"{self.models_skipped} unchanged{lexicon}; {self.bounties_processed} bounties "
            f"detected, {self.bounties_skipped} unchanged; detector {self.detector_version}; "
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


# Detection is pure Python and CPU-bound: large runs spread it over spawned worker processes
# (dfaudit.parallel) that build their own Detector once; records travel as msgpack, findings
# come back as plain rows.
PARALLEL_MIN_MODELS = 4000
CHUNK_SIZE = 500
_encode_record = msgspec.msgpack.Encoder().encode
_decode_record = msgspec.msgpack.Decoder(ModelRecord).decode
_decode_errors = msgspec.json.Decoder(list[tuple[str, str, str]]).decode
_worker_detector: Detector | None = None

FindingRow = tuple[
    bool,
    float,
    str | None,
    str | None,
    str,
    str | None,
    bool,
    float,
    bool,
    list[str],
    str,
    tuple[SignalError, ...],
]


def finding_row(finding: Finding) -> FindingRow:
    """A finding as the values of its table columns (what workers send back), then its error
    hits (no column: counted by the run, and kept in the evidence)."""
    return (
        finding.likeness,
        finding.likeness_score,
        finding.target_key,
        finding.target_name,
        finding.target_gender,
        finding.prominence,
        finding.sexual_intent,
        finding.sexual_intent_score,
        finding.minor_risk,
        list(finding.violation_ids),
        evidence_json(finding),
        error_triples(finding.errors) if finding.errors else (),
    )


# Fields of a model record that detection never reads (tests/detect/test_memo.py checks it):
# records equal but for these share one finding. Civitai ids and URLs are numbers; a Hugging
# Face id is the repository's name, which detection reads, so it stays part of the key there.
MEMO_IGNORED = {"civitai": ("model_id", "url", "downloads"), "huggingface": ("downloads",)}


class MemoDetector:
    """A :class:`Detector` that computes one finding row per distinct detection input.

    Real catalogs repeat whole records under new ids (re-uploads, mirrors, a creator's copies of
    one model); the key is the record without the fields in :data:`MEMO_IGNORED`, plus the
    snapshot date. Bounded: the memo is emptied when it holds ``MEMO_MAX_ENTRIES`` rows.
    """

    def __init__(self, detector: Detector, max_entries: int = MEMO_MAX_ENTRIES):
        self.detector = detector
        self.max_entries = max_entries
        self.memo: dict[tuple[bytes, date], FindingRow] = {}
        self.hits = 0
        self.misses = 0

    @staticmethod
    def key(record: ModelRecord, snapshot: date) -> tuple[bytes, date] | None:
        """What the record's finding depends on (None: not memoised)."""
        getter = _MEMO_FIELDS.get(record.platform)
        if getter is None:
            return None
        return _encode_record(getter(record)), snapshot

    def known(self, key: tuple[bytes, date] | None) -> FindingRow | None:
        found = self.memo.get(key) if key is not None else None
        if found is not None:
            self.hits += 1
        return found

    def remember(self, key: tuple[bytes, date] | None, row: FindingRow) -> None:
        self.misses += 1
        if key is None:
            return
        if len(self.memo) >= self.max_entries:
            self.memo.clear()
        self.memo[key] = row

    def row(self, record: ModelRecord, snapshot: date) -> FindingRow:
        key = self.key(record, snapshot)
        found = self.known(key)
        return found if found is not None else self.detect_new(record, key, snapshot)

    def detect_new(
        self, record: ModelRecord, key: tuple[bytes, date] | None, snapshot: date
    ) -> FindingRow:
        """The row of an input not in the memo (``key``: its :meth:`key`), detected and kept."""
        found = finding_row(self.detector.detect(record, snapshot))
        self.remember(key, found)
        return found


_MEMO_FIELDS: dict[str, Callable[[ModelRecord], Any]] = {
    platform: attrgetter(*(f.name for f in fields(ModelRecord) if f.name not in ignored))
    for platform, ignored in MEMO_IGNORED.items()
}


def today() -> date:
    """The snapshot date detection uses when none is given."""
    return datetime.now(UTC).date()


def worker_modules() -> tuple[str, ...]:
    """The modules a detection worker imports (this one and every signal), named without
    importing them: what the fork server preloads for the workers (:mod:`dfaudit.parallel`).
    The last, :mod:`dfaudit.detect_warm`, runs :func:`warm_up` there: the workers are forked
    with detection's tables loaded."""
    return (__name__, *sorted(signal_module_names()), "dfaudit.detect_warm")


# What warm_up detects once: an invented name in Latin, hangul and pinyin, so that the name,
# Korean and pinyin tables and the shared scan's automaton are built.
_WARM_RECORD = ModelRecord(
    platform="civitai",
    model_id="0",
    url="",
    name="Mirela Vostanek LoRA",
    model_type="LORA",
    description="A realistic portrait of the actress Mirela Vostanek (김서윤, Seoyun Kim, "
    "Wang Xiaomei), trained on 40 photos.",
    tags=("woman", "celebrity", "photorealistic"),
    trained_words=("mirvost",),
)


def _table_loader(value: object, module: str) -> bool:
    """Whether ``value`` is a function of ``module`` of no argument cached once."""
    parameters = getattr(value, "cache_parameters", None)
    if not callable(parameters) or getattr(value, "__module__", None) != module:
        return False
    if parameters().get("maxsize") != 1:
        return False
    try:
        return not inspect.signature(value).parameters  # type: ignore[arg-type]
    except (TypeError, ValueError):  # no signature to read: leave it to the detection
        return False


def warm_up() -> None:
    """Load what detection builds on first use: every table loader of the per-record modules
    (a function of no argument cached once: ``lru_cache(maxsize=1)``) and, by one detection
    of an invented record, the rest (the shared scan's automaton, the lexicon-free detector's
    start finders). For the fork server before it forks the workers (:func:`worker_modules`):
    ~0.4 s of CPU each worker spent on its first record (pure Python), paid once. Findings do
    not depend on it: every loader is a pure function of the package's data."""
    import importlib

    from dfaudit import _native

    for name in _native.COMPILED:
        if not name.startswith("dfaudit.detect."):
            continue
        module = importlib.import_module(name)
        for value in list(vars(module).values()):
            if _table_loader(value, name):
                value()
    Detector().detect(_WARM_RECORD, date(2025, 11, 1))


def _init_worker(lexicon: Lexicon | None) -> None:
    global _worker_detector
    _worker_detector = Detector(lexicon)


def _detect_blobs(blobs: list[bytes], snapshot: date) -> list[FindingRow]:
    assert _worker_detector is not None, "worker not initialised"
    detect = _worker_detector.detect
    with gc_paused():  # see dfaudit.parallel.gc_paused
        return [finding_row(detect(_decode_record(b), snapshot)) for b in blobs]


# The scale-out seam: detection as a pure function of Arrow batches. Input columns: ``platform``,
# ``model_id``, ``record`` (the msgpack ModelRecord the store keeps, with training metadata
# attached); output: the key and every findings column but the bookkeeping ones. Any engine
# that maps Arrow batches (Spark ``mapInArrow``, Ray Data ``map_batches``, DuckDB, a process
# pool over Parquet row groups) can run it; bench/bench_scaleout.py does.
DETECT_BATCH_SCHEMA = pa.schema(
    [
        ("platform", pa.string()),
        ("model_id", pa.string()),
        ("likeness", pa.bool_()),
        ("likeness_score", pa.float64()),
        ("target_key", pa.string()),
        ("target_name", pa.string()),
        ("target_gender", pa.string()),
        ("prominence", pa.string()),
        ("sexual_intent", pa.bool_()),
        ("sexual_intent_score", pa.float64()),
        ("minor_risk", pa.bool_()),
        ("violations", pa.list_(pa.string())),
        ("evidence", pa.string()),
    ]
)
_batch_detectors: dict[str, MemoDetector] = {}
# the same columns with the bookkeeping ones ingest's workers fill (chunks concatenate: a column
# of nulls in one chunk must not be typed null), and the row's error hits (JSON; null when none:
# counted by the writer, never stored as a column)
SIGNAL_ERRORS_COLUMN = "signal_errors"
_INGEST_FINDINGS_SCHEMA = pa.schema(
    [
        *DETECT_BATCH_SCHEMA,
        ("detector_version", pa.string()),
        ("input_sha256", pa.string()),
        (SIGNAL_ERRORS_COLUMN, pa.string()),
    ]
)


def detect_record_batch(
    batch: pa.RecordBatch, snapshot: date, lexicon: Lexicon | None = None
) -> pa.RecordBatch:
    """Findings of the records in ``batch`` (see :data:`DETECT_BATCH_SCHEMA`); pure."""
    state = lexicon_state(lexicon) if lexicon is not None else EMPTY_LEXICON_STATE
    memo = _batch_detectors.get(state)
    if memo is None:
        memo = _batch_detectors[state] = MemoDetector(Detector(lexicon))
    rows = [memo.row(_decode_record(blob), snapshot) for blob in batch.column("record").to_pylist()]
    names = DETECT_BATCH_SCHEMA.names
    columns = [batch.column("platform"), batch.column("model_id")]
    columns += [
        pa.array([row[i] for row in rows], DETECT_BATCH_SCHEMA.field(names[i + 2]).type)
        for i in range(len(names) - 2)
    ]
    return pa.RecordBatch.from_arrays(columns, schema=DETECT_BATCH_SCHEMA)


# Detection fused into ingest (dfaudit.pipeline.ingest): the ingest's worker processes detect
# each chunk of models right after normalising it, and the main process writes the findings with
# the models. The input hash is the one ``process`` computes for a model without headers, so a
# model whose files have headers (or get them later) is stale and detected again by ``process``.
_ingest_detection: tuple[MemoDetector, date, str, str, Any] | None = None
SHARE_EVERY = 25  # rows a worker detected, put into the shared memo while another waits
POLL_EVERY = 10  # detections of inputs claimed elsewhere between two looks at the shared memo


def _input_digest(key: tuple[bytes, date]) -> bytes:
    return hashlib.blake2b(key[0] + key[1].isoformat().encode(), digest_size=16).digest()


def init_ingest_detection(
    lexicon: Lexicon | None, snapshot: date, version: str, shared: Any = None
) -> None:
    """Worker initialiser: one memoised detector per process for the whole ingest, and the
    workers' :class:`SharedMemo` (None: this process's memo only)."""
    global _ingest_detection
    state = lexicon_state(lexicon) if lexicon is not None else EMPTY_LEXICON_STATE
    _ingest_detection = (MemoDetector(Detector(lexicon)), snapshot, state, version, shared)


def _rows_of(records: list[ModelRecord]) -> list[FindingRow]:
    """Finding rows of ``records``: each distinct input detected once across the workers.

    Inputs another worker has claimed (it is detecting them, in its chunk's order) are left to
    the end of this chunk, then taken from the shared memo as that worker shares them, or
    detected here from the last one back (:func:`_settle_claimed`): this worker never waits
    idle, and the two meet with at most a few inputs detected by both."""
    assert _ingest_detection is not None, "init_ingest_detection was not called"
    memo, snapshot, _, _, shared = _ingest_detection
    keys = [MemoDetector.key(record, snapshot) for record in records]
    rows: list[FindingRow | None] = [memo.known(key) for key in keys]
    elsewhere: dict[bytes, tuple[bytes, date]] = {}  # claimed by another worker
    if shared is not None:
        asked = {
            _input_digest(key): key
            for key, row in zip(keys, rows, strict=True)
            if row is None and key is not None
        }
        if asked:
            answers = shared.claim_many(list(asked), os.getpid())
            for (digest, known_key), got in zip(asked.items(), answers, strict=True):
                if got == CLAIMED:
                    elsewhere[digest] = known_key
                elif got is not None:
                    memo.remember(known_key, got)
    fresh: list[tuple[bytes, FindingRow]] = []
    later: list[int] = []
    for position, (record, key) in enumerate(zip(records, keys, strict=True)):
        row = rows[position]
        if row is None:
            row = memo.known(key)  # from the shared memo, or detected earlier in this chunk
        if row is None and key is not None and elsewhere and _input_digest(key) in elsewhere:
            later.append(position)
            continue
        if row is None:
            row = memo.detect_new(record, key, snapshot)
            if key is not None and shared is not None:
                fresh.append((_input_digest(key), row))
                # shared now only while another worker waits for claimed rows, else once at
                # the end of the chunk (one round trip to the memo's process, not one per 25)
                if len(fresh) % SHARE_EVERY == 0 and shared.wanted():
                    shared.put_many(fresh)
                    fresh = []
        rows[position] = row
    if fresh:
        shared.put_many(fresh)
    if later:
        _settle_claimed(memo, shared, snapshot, records, keys, later, rows)
    out: list[FindingRow] = []
    for row in rows:
        assert row is not None
        out.append(row)
    return out


def _settle_claimed(
    memo: MemoDetector,
    shared: Any,
    snapshot: date,
    records: list[ModelRecord],
    keys: list[tuple[bytes, date] | None],
    later: list[int],
    rows: list[FindingRow | None],
) -> None:
    """Rows for the positions ``later`` of inputs another worker claimed: those it shared
    (asked for every ``POLL_EVERY`` detections here), the others detected here, from the last
    back (the other worker detects them from the first on)."""
    pending = {_input_digest(key): key for p in later if (key := keys[p]) is not None}
    detected = 0
    with shared.waiting():  # the workers that claimed them share their rows as they go
        for position in reversed(later):
            key = keys[position]
            assert key is not None
            row = memo.known(key)
            if row is None and detected % POLL_EVERY == 0:
                asked = [d for d, k in pending.items() if memo.memo.get(k) is None]
                answers = shared.get_many(asked) if asked else []
                for digest, got in zip(asked, answers, strict=True):
                    if got is not None:
                        memo.remember(pending[digest], got)
                row = memo.known(key)
            if row is None:
                row = memo.detect_new(records[position], key, snapshot)
                detected += 1
            rows[position] = row


def detect_models_table(models: pa.Table, records: Sequence[ModelRecord] | None = None) -> pa.Table:
    """Findings (every column but ``processed_at``) of a models table as ingest builds it
    (``platform``, ``model_id``, ``raw_sha256``, ``record``); rows without a raw hash are left
    to ``process``. ``records``: the rows' records when at hand (else decoded from
    ``record``)."""
    assert _ingest_detection is not None, "init_ingest_detection was not called"
    _, _, state, version, _ = _ingest_detection
    shas = models.column("raw_sha256").to_pylist()
    keep = [i for i, sha in enumerate(shas) if sha is not None]
    if records:
        rows = _rows_of([records[i] for i in keep])
    else:
        blobs = models.column("record").to_pylist()
        rows = _rows_of([_decode_record(blobs[i]) for i in keep])
    hashes = [hashlib.sha256(f"{shas[i]}|{state}|".encode()).hexdigest() for i in keep]
    taken = pa.array(keep, pa.int64())
    columns: dict[str, Any] = {
        "platform": models.column("platform").take(taken),
        "model_id": models.column("model_id").take(taken),
    }
    columns.update(_finding_columns(rows, hashes, version, None))
    del columns["processed_at"]
    columns[SIGNAL_ERRORS_COLUMN] = [_JSON.encode(r[11]).decode() if r[11] else None for r in rows]
    return pa.Table.from_pydict(columns, schema=_INGEST_FINDINGS_SCHEMA)


def write_ingest_findings(
    store: Store, table: pa.Table, new: bool = False, errors: SignalErrorTally | None = None
) -> None:
    """Store findings made by :func:`detect_models_table` (the main process: the one writer).

    ``new``: none of these models was in the store before this transaction, so none has a
    finding (findings are only written for stored models, and models are never deleted): a
    plain insert, without the conflict check and replace (a third of the statement's cost).
    ``errors``: adds up the rows' error hits (read only when a row has any)."""
    if SIGNAL_ERRORS_COLUMN in table.column_names:
        column = table.column(SIGNAL_ERRORS_COLUMN)
        if errors is not None and column.null_count < len(column):
            for text in column.drop_null().to_pylist():
                errors.add(_decode_errors(text))
        table = table.drop_columns([SIGNAL_ERRORS_COLUMN])
    now = pa.array([datetime.now(UTC)] * table.num_rows, pa.timestamp("us", tz="UTC"))
    conflict = "" if new else "OR REPLACE"
    store.insert_arrow("findings", table.append_column("processed_at", now), on_conflict=conflict)


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
    rows: Sequence[FindingRow], hashes: Sequence[str], version: str, now: datetime | None
) -> dict[str, Any]:
    return {
        "likeness": [r[0] for r in rows],
        "likeness_score": [r[1] for r in rows],
        "target_key": [r[2] for r in rows],
        "target_name": [r[3] for r in rows],
        "target_gender": [r[4] for r in rows],
        "prominence": [r[5] for r in rows],
        "sexual_intent": [r[6] for r in rows],
        "sexual_intent_score": [r[7] for r in rows],
        "minor_risk": [r[8] for r in rows],
        "violations": pa.array([r[9] for r in rows], pa.list_(pa.string())),
        "evidence": [r[10] for r in rows],
        "detector_version": [version] * len(rows),
        "input_sha256": list(hashes),
        "processed_at": pa.array([now] * len(rows), pa.timestamp("us", tz="UTC")),
    }


@dataclass
class _Pending:
    batch: list[tuple[ModelRecord, str]]
    keys: list[tuple[bytes, date] | None]
    rows: list[FindingRow | None]  # known at submit (memo), or None: detected by ``todo``
    todo: list[int]  # positions detected now, one per distinct input
    futures: list[Future[list[FindingRow]]]


class _ModelDetection:
    """Runs detection on batches of models, inline or on worker processes, in order.

    Each distinct detection input is detected once (:class:`MemoDetector` in this process):
    only records whose input is new are sent to workers. With workers, up to two batches are in
    flight: while workers detect one, the caller reads the next from the store.
    """

    def __init__(self, detector: Detector, lexicon: Lexicon, workers: int):
        self.memo = MemoDetector(detector)
        self.pool: ProcessPoolExecutor | None = None
        if workers > 1:
            self.pool = spawn_pool(workers, _init_worker, (lexicon,), preload=worker_modules())
        self.pending: deque[_Pending] = deque()

    def submit(self, batch: list[tuple[ModelRecord, str]]) -> None:
        snapshot = today()
        keys = [MemoDetector.key(record, snapshot) for record, _ in batch]
        rows: list[FindingRow | None] = [self.memo.known(key) for key in keys]
        todo: list[int] = []
        first: set[tuple[bytes, date]] = set()
        for position, key in enumerate(keys):
            if rows[position] is not None:
                continue
            if key is not None:
                if key in first:
                    continue  # the same input earlier in this batch
                first.add(key)
            todo.append(position)
        records = [batch[position][0] for position in todo]
        futures: list[Future[list[FindingRow]]] = []
        if self.pool is None:
            done: Future[list[FindingRow]] = Future()
            detect = self.memo.detector.detect
            done.set_result([finding_row(detect(record, snapshot)) for record in records])
            futures.append(done)
        else:
            blobs = [_encode_record(record) for record in records]
            futures = [
                self.pool.submit(_detect_blobs, blobs[i : i + CHUNK_SIZE], snapshot)
                for i in range(0, len(blobs), CHUNK_SIZE)
            ]
        self.pending.append(_Pending(batch, keys, rows, todo, futures))

    def ready(self) -> bool:
        """True when a batch should be collected before reading another."""
        return len(self.pending) >= (2 if self.pool is not None else 1)

    def collect(self) -> tuple[list[tuple[ModelRecord, str]], list[FindingRow]]:
        pending = self.pending.popleft()
        detected = [row for future in pending.futures for row in future.result()]
        rows = pending.rows
        by_key: dict[tuple[bytes, date], FindingRow] = {}
        for position, row in zip(pending.todo, detected, strict=True):
            rows[position] = row
            key = pending.keys[position]
            self.memo.remember(key, row)
            if key is not None:
                by_key[key] = row
        out: list[FindingRow] = []
        for position, known in enumerate(rows):
            if known is None:  # a repeat of an input detected in this batch
                key = pending.keys[position]
                assert key is not None
                known = by_key[key]
                self.memo.hits += 1
            out.append(known)
        return pending.batch, out

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)


LEXICON_STATES_KEY = "detect.lexicon_states"
MAX_LEXICON_STATES = 8


def _lexicon_signal_names(detector: Detector) -> set[str]:
    """``name@version`` of the signals that read the lexicon (they take it when built)."""
    return {
        f"{s.name}@{s.version}"
        for s in detector.signals
        if "lexicon" in inspect.signature(type(s)).parameters
    }


def remembered_lexicon_states(store: Store) -> list[str]:
    """Lexicon states of the last complete ``process`` runs, newest first."""
    text = store.get_setting(LEXICON_STATES_KEY)
    try:
        states = msgspec.json.decode(text or "[]")
    except msgspec.DecodeError:
        return []
    return [str(s) for s in states if isinstance(s, str)] if isinstance(states, list) else []


def _lexicon_only_sql(previous: Sequence[str]) -> str:
    """Stale models whose finding is from this detector and an earlier lexicon state."""
    earlier = " OR ".join(
        f"f.input_sha256 = sha256(m.raw_sha256 || '|' || ? || '|' || {_HEADER_DIGEST})"
        for _ in previous
    )
    return (
        f"{_STALE_MODELS} AND EXISTS (SELECT 1 FROM findings f WHERE f.platform = m.platform "
        f"AND f.model_id = m.model_id AND f.detector_version = ? AND ({earlier}))"
    )


def _recheck_lexicon(
    store: Store, detector: Detector, version: str, state: str, previous: Sequence[str]
) -> int:
    """Keep the findings a lexicon change cannot have changed; returns how many were kept.

    A finding is a function of every signal's hits. For a model whose finding is stale only
    because the lexicon changed, the signals that read the lexicon run again: when their hits
    equal those in the stored evidence, the finding is what detection would write, and only
    its input hash is brought up to date. The others stay stale and are detected in full.
    """
    from dfaudit.store.load import iter_model_records

    names = _lexicon_signal_names(detector)
    signals = [s for s in detector.signals if f"{s.name}@{s.version}" in names]
    kept = staged = 0
    where = _lexicon_only_sql(previous)
    params: list[Any] = [version, state, version, *previous]
    # The kept findings' new input hashes are written by one UPDATE per RECHECK_UPDATE_ROWS
    # kept models, not one per batch: each UPDATE joins the whole findings table, so one per
    # batch of 5,000 grew with the store squared (~2 s of CPU each at 3 M findings).
    store.con.execute(
        f"CREATE OR REPLACE TEMP TABLE {_RECHECK_KEPT} (platform VARCHAR, model_id VARCHAR)"
    )
    try:
        for batch in iter_model_records(store, where, params, BATCH_SIZE):
            keys = [(r.platform, r.model_id) for r, _ in batch]
            evidence = _stored_evidence(store, keys)
            same: list[tuple[str, str]] = []
            for (record, _), key in zip(batch, keys, strict=True):
                stored = [e for e in evidence.get(key, []) if e.get("signal") in names]
                fresh = msgspec.json.decode(
                    _JSON.encode([_hit_dict(h) for h in run_signals(signals, record)])
                )
                if key in evidence and fresh == stored:
                    same.append(key)
            if same:
                table = pa.table(
                    {"platform": [k[0] for k in same], "model_id": [k[1] for k in same]},
                    schema=pa.schema([("platform", pa.string()), ("model_id", pa.string())]),
                )
                store.con.register("_recheck", table)
                try:
                    store.con.execute(f"INSERT INTO {_RECHECK_KEPT} SELECT * FROM _recheck")
                finally:
                    store.con.unregister("_recheck")
                kept += len(same)
                staged += len(same)
            if staged >= RECHECK_UPDATE_ROWS:
                _update_kept_hashes(store, state)
                staged = 0
        if staged:
            _update_kept_hashes(store, state)
    finally:
        store.con.execute(f"DROP TABLE IF EXISTS {_RECHECK_KEPT}")
    return kept


_RECHECK_KEPT = "_recheck_kept"
RECHECK_UPDATE_ROWS = 500_000


def _update_kept_hashes(store: Store, state: str) -> None:
    """Bring the input hashes of the findings staged in ``_RECHECK_KEPT`` up to date (the SQL
    twin of :func:`model_input_hashes`), and empty the stage."""
    store.con.execute(
        "UPDATE findings f SET input_sha256 = h.input_sha256 FROM ("
        f"SELECT m.platform, m.model_id, {_MODEL_INPUT_HASH} AS input_sha256 "
        f"FROM {_RECHECK_KEPT} k JOIN models m ON m.platform = k.platform "
        "AND m.model_id = k.model_id) h "
        "WHERE f.platform = h.platform AND f.model_id = h.model_id",
        [state],
    )
    store.con.execute(f"DELETE FROM {_RECHECK_KEPT}")


def _stored_evidence(
    store: Store, keys: Sequence[tuple[str, str]]
) -> dict[tuple[str, str], list[dict[str, Any]]]:
    table = pa.table(
        {"platform": [k[0] for k in keys], "model_id": [k[1] for k in keys]},
        schema=pa.schema([("platform", pa.string()), ("model_id", pa.string())]),
    )
    store.con.register("_evidence_keys", table)
    try:
        rows = store.query(
            "SELECT f.platform, f.model_id, f.evidence::VARCHAR FROM _evidence_keys k "
            "JOIN findings f ON f.platform = k.platform AND f.model_id = k.model_id"
        )
    finally:
        store.con.unregister("_evidence_keys")
    out: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for platform, model_id, text in rows:
        items = msgspec.json.decode(text or "[]")
        out[(platform, model_id)] = [i for i in items if isinstance(i, dict)]
    return out


def process_store(
    store: Store, *, progress: bool = True, workers: int | None = None
) -> ProcessSummary:
    """Detect every model and bounty whose input or detector changed; write their findings.

    Runs of at least ``PARALLEL_MIN_MODELS`` models use ``workers`` processes (default: one per
    CPU, or ``DFAUDIT_WORKERS``); smaller runs stay in this process.
    """
    from dfaudit.store.load import iter_bounty_records, iter_model_records

    started = time.perf_counter()
    lexicon = load_lexicon(store)
    state = lexicon_state(lexicon)
    version = detector_version()
    detector = Detector(lexicon)
    total_models = int(store.scalar("SELECT count(*) FROM models") or 0)
    remembered = remembered_lexicon_states(store)
    previous = [s for s in remembered if s != state]
    rechecked = 0
    if previous and state not in remembered[:1]:
        rechecked = _recheck_lexicon(store, detector, version, state, previous)
    stale_models = int(
        store.scalar(f"SELECT count(*) FROM models m WHERE {_STALE_MODELS}", [version, state]) or 0
    )
    total_bounties = int(store.scalar("SELECT count(*) FROM bounties") or 0)
    stale_bounties = int(
        store.scalar(f"SELECT count(*) FROM bounties b WHERE {_STALE_BOUNTIES}", [version, state])
        or 0
    )
    processed_models = processed_bounties = likeness = 0
    errors = SignalErrorTally()
    pool_size = worker_count(workers) if stale_models >= PARALLEL_MIN_MODELS else 1
    with _progress(progress) as bar:
        task = bar.add_task("detect", total=stale_models + stale_bounties)

        def write(batch: list[tuple[ModelRecord, str]], rows: list[FindingRow]) -> None:
            nonlocal processed_models, likeness
            keys = [(r.platform, r.model_id) for r, _ in batch]
            columns: dict[str, Any] = {
                "platform": [k[0] for k in keys],
                "model_id": [k[1] for k in keys],
            }
            hashes = model_input_hashes(store, keys, state)
            columns.update(_finding_columns(rows, hashes, version, datetime.now(UTC)))
            # the reading cursor is its own connection with its own snapshot: writing is safe
            store.insert_arrow("findings", pa.table(columns), on_conflict="OR REPLACE")
            processed_models += len(batch)
            for row in rows:
                likeness += row[0]
                if row[11]:
                    errors.add(row[11])
            bar.advance(task, len(batch))

        if stale_models:
            detection = _ModelDetection(detector, lexicon, pool_size)
            try:
                for batch in iter_model_records(store, _STALE_MODELS, [version, state], BATCH_SIZE):
                    detection.submit(batch)
                    if detection.ready():
                        write(*detection.collect())
                while detection.pending:
                    write(*detection.collect())
            finally:
                detection.close()
        bounty_batches = (
            iter_bounty_records(store, _STALE_BOUNTIES, [version, state], BATCH_SIZE)
            if stale_bounties
            else ()
        )
        for bounty_batch in bounty_batches:
            rows = [finding_row(detector.detect(record)) for record, _ in bounty_batch]
            for row in rows:
                if row[11]:
                    errors.add(row[11], bounty=True)
            hashes = [input_hash(sha or "", state) for _, sha in bounty_batch]
            bounty_columns: dict[str, Any] = {"bounty_id": [r.bounty_id for r, _ in bounty_batch]}
            bounty_columns.update(_finding_columns(rows, hashes, version, datetime.now(UTC)))
            store.insert_arrow(
                "bounty_findings", pa.table(bounty_columns), on_conflict="OR REPLACE"
            )
            processed_bounties += len(bounty_batch)
            bar.advance(task, len(bounty_batch))
    states = [state, *(s for s in remembered if s != state)][:MAX_LEXICON_STATES]
    if states != remembered:
        store.set_setting(LEXICON_STATES_KEY, _JSON.encode(states).decode())
    return ProcessSummary(
        models_rechecked=rechecked,
        models_processed=processed_models,
        models_skipped=total_models - processed_models,
        bounties_processed=processed_bounties,
        bounties_skipped=total_bounties - processed_bounties,
        likeness=likeness,
        detector_version=version,
        seconds=round(time.perf_counter() - started, 3),
        signal_errors=errors.result(),
    )


def _progress(enabled: bool) -> Progress:
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        disable=not enabled,
        transient=True,
    )
