"""Measuring findings already in the store against a labels JSONL file.

A label line has ``platform, model_id, kind, likeness, target, gender, prominence,
sexual_intent, minor_risk`` and optionally ``shape``, ``targets`` and ``aliases`` (see
``tests/devset/README.md``). A label whose ``likeness`` is null (``unsure``) is not scored.

The report has one table per aspect, each rate with its 95 % Wilson interval (a small labelled
set gives wide intervals, and a reader must see how wide):

* likeness — precision, recall and F1; recall per likeness kind and false-flag rate per negative
  kind (and per ``shape`` when the labels carry shapes);
* target — among flagged likeness items with a labelled target, the share whose stored target
  is that person (any of ``target``, ``targets``, ``aliases``; case, spaces and punctuation
  ignored);
* gender and prominence — accuracy over labelled likeness items;
* sexual intent and minor risk — precision, recall, F1 and the false-flag rate.

Per-signal scores (a feature "fires" when its hit points to likeness) are included on request.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from dfaudit.errors import InputError
from dfaudit.store.db import Store

Z_95 = 1.959963984540054
LIKENESS_KINDS = ("public_figure", "online_creator", "private_person")
BASE_SHAPE = "base"


def wilson(successes: int, n: int, z: float = Z_95) -> tuple[float, float]:
    """The Wilson score interval of a proportion (``(0, 1)`` when ``n`` is 0)."""
    if n <= 0:
        return 0.0, 1.0
    p = successes / n
    denominator = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


@dataclass(frozen=True, slots=True)
class Rate:
    """A proportion ``hits / n`` with its 95 % Wilson interval."""

    hits: int
    n: int

    @property
    def value(self) -> float:
        return self.hits / self.n if self.n else 0.0

    @property
    def interval(self) -> tuple[float, float]:
        return wilson(self.hits, self.n)

    def as_dict(self) -> dict[str, float | int]:
        low, high = self.interval
        return {
            "value": round(self.value, 4),
            "ci_low": round(low, 4),
            "ci_high": round(high, 4),
            "hits": self.hits,
            "n": self.n,
        }

    def cell(self) -> str:
        """``0.912 [0.880-0.936] 210/230`` — value, interval, counts."""
        if not self.n:
            return "-"
        low, high = self.interval
        return f"{self.value:.3f} [{low:.3f}-{high:.3f}] {self.hits}/{self.n}"


@dataclass(frozen=True, slots=True)
class Scores:
    """Counts of a binary decision and the rates derived from them."""

    tp: int
    fp: int
    fn: int
    tn: int

    @property
    def n(self) -> int:
        return self.tp + self.fp + self.fn + self.tn

    @property
    def precision_rate(self) -> Rate:
        return Rate(self.tp, self.tp + self.fp)

    @property
    def recall_rate(self) -> Rate:
        return Rate(self.tp, self.tp + self.fn)

    @property
    def false_flag_rate(self) -> Rate:
        """Flagged among the items labelled negative."""
        return Rate(self.fp, self.fp + self.tn)

    @property
    def precision(self) -> float:
        return self.precision_rate.value

    @property
    def recall(self) -> float:
        return self.recall_rate.value

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def flagged_share(self) -> float:
        return (self.tp + self.fp) / self.n if self.n else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "precision_ci": _ci(self.precision_rate),
            "recall": round(self.recall, 4),
            "recall_ci": _ci(self.recall_rate),
            "f1": round(self.f1, 4),
            "false_flag_rate": round(self.false_flag_rate.value, 4),
            "false_flag_ci": _ci(self.false_flag_rate),
            "flagged_share": round(self.flagged_share, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "tn": self.tn,
            "n": self.n,
        }


def _ci(rate: Rate) -> list[float]:
    low, high = rate.interval
    return [round(low, 4), round(high, 4)]


def score(pairs: Iterable[tuple[bool, bool]]) -> Scores:
    """Scores of (predicted, actual) pairs."""
    tp = fp = fn = tn = 0
    for predicted, actual in pairs:
        if predicted and actual:
            tp += 1
        elif predicted:
            fp += 1
        elif actual:
            fn += 1
        else:
            tn += 1
    return Scores(tp, fp, fn, tn)


@dataclass(frozen=True)
class GroupRow:
    """One kind or shape: how many items, and recall (likeness groups) or false flags."""

    name: str
    positive: bool  # a likeness group (rate = recall) or a negative one (rate = false flags)
    rate: Rate

    def as_dict(self) -> dict[str, Any]:
        key = "recall" if self.positive else "false_flag_rate"
        return {key: self.rate.as_dict()}


@dataclass(frozen=True)
class EvaluationReport:
    labelled: int
    matched: int
    unsure: int
    likeness: Scores
    per_kind: Mapping[str, Scores]
    per_shape: Mapping[str, Scores]
    sexual_intent: Scores
    minor_risk: Scores
    gender: Rate
    prominence: Rate
    target: Rate
    per_signal: Mapping[str, Scores] = field(default_factory=dict)
    # per shape: gender accuracy over its likeness items, minor-risk false flags over its items
    # labelled without minor risk (adult East-Asian women with youth words must stay unflagged)
    shape_gender: Mapping[str, Rate] = field(default_factory=dict)
    shape_minor_false: Mapping[str, Rate] = field(default_factory=dict)

    # ---- kept for callers of the earlier report -------------------------------------------
    @property
    def gender_accuracy(self) -> float:
        return self.gender.value

    @property
    def prominence_accuracy(self) -> float:
        return self.prominence.value

    def groups(self, by: Mapping[str, Scores]) -> list[GroupRow]:
        """Likeness groups first (their recall), then negative groups (their false flags)."""
        rows = []
        for name, s in sorted(by.items()):
            positive = s.tp + s.fn > 0 and s.fp + s.tn == 0
            rows.append(GroupRow(name, positive, s.recall_rate if positive else s.false_flag_rate))
        return sorted(rows, key=lambda r: (not r.positive, r.name))

    def as_dict(self, signals: bool = False) -> dict[str, Any]:
        """Everything the terminal shows, as nested numbers (``--json``, ``last_evaluation``)."""
        out: dict[str, Any] = {
            "labelled": self.labelled,
            "matched": self.matched,
            "unsure": self.unsure,
            "likeness": self.likeness.as_dict(),
            "per_kind": {k: v.as_dict() for k, v in sorted(self.per_kind.items())},
            "target": self.target.as_dict(),
            "gender": self.gender.as_dict(),
            "prominence": self.prominence.as_dict(),
            "sexual_intent": self.sexual_intent.as_dict(),
            "minor_risk": self.minor_risk.as_dict(),
            "gender_accuracy": round(self.gender.value, 4),
            "prominence_accuracy": round(self.prominence.value, 4),
        }
        if self.per_shape:
            out["per_shape"] = {
                k: {
                    **v.as_dict(),
                    "gender": self.shape_gender.get(k, Rate(0, 0)).as_dict(),
                    "minor_false_flags": self.shape_minor_false.get(k, Rate(0, 0)).as_dict(),
                }
                for k, v in sorted(self.per_shape.items())
            }
        if signals:
            out["per_signal"] = {k: v.as_dict() for k, v in sorted(self.per_signal.items())}
        return out

    def lines(self, signals: bool = False) -> list[str]:
        """The report as plain text lines: one small table per aspect."""
        out = [
            f"labelled {self.labelled}, with findings {self.matched}"
            + (f", unsure (not scored) {self.unsure}" if self.unsure else ""),
            "rates are value [95 % Wilson interval] hits/n",
            "",
            "likeness",
            *_table(
                ("measure", "value"),
                [
                    ("precision", self.likeness.precision_rate.cell()),
                    ("recall", self.likeness.recall_rate.cell()),
                    ("F1", f"{self.likeness.f1:.3f}"),
                    ("false-flag rate (all negatives)", self.likeness.false_flag_rate.cell()),
                ],
            ),
            "",
            "likeness by kind (recall of likeness kinds, false-flag rate of negative kinds)",
            *_group_table(self.groups(self.per_kind)),
        ]
        if self.per_shape:
            out += [
                "",
                "by shape (likeness recall or false flags, gender, minor-risk false flags)",
                *_table(
                    ("shape", "likeness?", "recall / false-flag rate", "gender", "minor false"),
                    [
                        (
                            r.name,
                            "yes" if r.positive else "no",
                            r.rate.cell(),
                            self.shape_gender.get(r.name, Rate(0, 0)).cell(),
                            self.shape_minor_false.get(r.name, Rate(0, 0)).cell(),
                        )
                        for r in self.groups(self.per_shape)
                    ],
                ),
            ]
        out += [
            "",
            "target, gender, prominence (over labelled likeness items)",
            *_table(
                ("aspect", "accuracy"),
                [
                    ("target named (flagged, labelled target)", self.target.cell()),
                    ("gender", self.gender.cell()),
                    ("prominence", self.prominence.cell()),
                ],
            ),
            "",
            "sexual intent and minor risk",
            *_table(
                ("aspect", "precision", "recall", "F1", "false-flag rate"),
                [
                    _binary_row("sexual intent", self.sexual_intent),
                    _binary_row("minor risk", self.minor_risk),
                ],
            ),
        ]
        if signals:
            out += [
                "",
                "per signal feature (fires = a hit for likeness)",
                *_table(
                    ("feature", "precision", "recall", "fires"),
                    [
                        (
                            name,
                            s.precision_rate.cell(),
                            s.recall_rate.cell(),
                            str(s.tp + s.fp),
                        )
                        for name, s in sorted(self.per_signal.items())
                    ],
                ),
            ]
        return out


def _binary_row(name: str, s: Scores) -> tuple[str, ...]:
    return (
        name,
        s.precision_rate.cell(),
        s.recall_rate.cell(),
        f"{s.f1:.3f}",
        s.false_flag_rate.cell(),
    )


def _group_table(rows: Sequence[GroupRow]) -> list[str]:
    return _table(
        ("group", "likeness?", "recall / false-flag rate"),
        [(r.name, "yes" if r.positive else "no", r.rate.cell()) for r in rows],
    )


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    """A plain fixed-width table; cells are cut to 60 characters (label text is untrusted)."""
    cells = [[_cell(c) for c in row] for row in [header, *rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    lines = [
        "  " + "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in cells
    ]
    lines.insert(1, "  " + "  ".join("-" * w for w in widths))
    return [line.rstrip() for line in lines]


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _cell(text: str) -> str:
    clean = _CONTROL.sub("?", str(text))
    return clean if len(clean) <= 60 else clean[:59] + "…"


LAST_EVALUATION_KEY = "last_evaluation"


def save_evaluation(store: Store, report: EvaluationReport, labels_path: Path) -> None:
    """Keep the metrics as JSON in settings ``last_evaluation`` (the report shows them)."""
    payload: dict[str, Any] = {
        "labels": labels_path.name,
        "measured_at": datetime.now(UTC).isoformat(),
    }
    payload.update(report.as_dict())
    store.set_setting(LAST_EVALUATION_KEY, json.dumps(payload))


def read_labels(path: Path) -> list[dict[str, Any]]:
    """Label lines; a malformed line is an input error naming its number."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read labels {path}: {exc.strerror}") from None
    labels = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError:
            raise InputError(f"{path}:{number}: not valid JSON") from None
        if not isinstance(item, dict) or "model_id" not in item:
            raise InputError(f"{path}:{number}: a label needs platform and model_id")
        labels.append(item)
    return labels


_NOT_WORD = re.compile(r"[\W_]+")


def name_key(text: Any) -> str:
    """A name compared case-, space- and punctuation-insensitively (any script)."""
    return _NOT_WORD.sub("", str(text or "").casefold())


def target_forms(label: Mapping[str, Any]) -> set[str]:
    """Every name form under which the label's target (or targets) counts as named."""
    forms: list[Any] = [label.get("target")]
    for key in ("targets", "aliases"):
        value = label.get(key)
        if isinstance(value, list):
            forms.extend(value)
    return {key for key in (name_key(f) for f in forms) if key}


def evaluate_store(store: Store, labels_path: Path) -> EvaluationReport:
    """``dfaudit evaluate``: compare stored findings with the labels."""
    labels = read_labels(labels_path)
    rows = store.query(
        "SELECT platform, model_id, likeness, target_gender, prominence, sexual_intent, "
        "minor_risk, evidence, target_name, target_key FROM findings"
    )
    found = {(str(r[0]), str(r[1])): r for r in rows}
    likeness_pairs: list[tuple[bool, bool]] = []
    kind_pairs: dict[str, list[tuple[bool, bool]]] = {}
    shape_pairs: dict[str, list[tuple[bool, bool]]] = {}
    shape_gender: dict[str, list[int]] = {}
    shape_minor: dict[str, list[int]] = {}
    sexual_pairs: list[tuple[bool, bool]] = []
    minor_pairs: list[tuple[bool, bool]] = []
    gender = [0, 0]
    prominence = [0, 0]
    target = [0, 0]
    matched = unsure = 0
    fired_by_label: list[tuple[set[str], bool]] = []
    for label in labels:
        key = (str(label.get("platform") or "civitai"), str(label["model_id"]))
        row = found.get(key)
        if row is None:
            continue
        matched += 1
        _, _, likeness, gender_found, prominence_found, sexual, minor, evidence = row[:8]
        target_name, target_key = row[8], row[9]
        if label.get("likeness") is None:
            unsure += 1
            continue
        actual = bool(label["likeness"])
        pair = (bool(likeness), actual)
        likeness_pairs.append(pair)
        kind_pairs.setdefault(str(label.get("kind") or "unknown"), []).append(pair)
        shape = label.get("shape")
        if shape and shape != BASE_SHAPE:
            shape_pairs.setdefault(str(shape), []).append(pair)
            if actual and label.get("gender") in ("female", "male", "unknown"):
                counts = shape_gender.setdefault(str(shape), [0, 0])
                counts[0] += gender_found == label["gender"]
                counts[1] += 1
            if label.get("minor_risk") is False:
                counts = shape_minor.setdefault(str(shape), [0, 0])
                counts[0] += bool(minor)
                counts[1] += 1
        if label.get("sexual_intent") is not None:
            sexual_pairs.append((bool(sexual), bool(label["sexual_intent"])))
        if label.get("minor_risk") is not None:
            minor_pairs.append((bool(minor), bool(label["minor_risk"])))
        if actual and label.get("gender") in ("female", "male", "unknown"):
            gender[1] += 1
            gender[0] += gender_found == label["gender"]
        if actual and label.get("prominence"):
            prominence[1] += 1
            prominence[0] += prominence_found == label["prominence"]
        forms = target_forms(label)
        if actual and likeness and forms:
            target[1] += 1
            target[0] += bool({name_key(target_name), name_key(target_key)} & forms)
        fired_by_label.append((_fired_features(evidence), actual))
    all_features = set().union(*(f for f, _ in fired_by_label)) if fired_by_label else set()
    signal_scores = {
        feature: score((feature in fired, actual) for fired, actual in fired_by_label)
        for feature in all_features
    }
    return EvaluationReport(
        labelled=len(labels),
        matched=matched,
        unsure=unsure,
        likeness=score(likeness_pairs),
        per_kind={k: score(v) for k, v in kind_pairs.items()},
        per_shape={k: score(v) for k, v in shape_pairs.items()},
        sexual_intent=score(sexual_pairs),
        minor_risk=score(minor_pairs),
        gender=Rate(*gender),
        prominence=Rate(*prominence),
        target=Rate(*target),
        per_signal=signal_scores,
        shape_gender={k: Rate(*v) for k, v in shape_gender.items()},
        shape_minor_false={k: Rate(*v) for k, v in shape_minor.items()},
    )


def _fired_features(evidence: Any) -> set[str]:
    items = json.loads(evidence) if isinstance(evidence, str) else evidence or []
    fired = set()
    for item in items:
        if item.get("aspect") == "likeness" and float(item.get("score", 0)) > 0:
            fired.add(item.get("feature") or str(item.get("signal", "")).split("@")[0])
    return fired
