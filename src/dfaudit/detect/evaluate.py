"""Measuring findings already in the store against a labels JSONL file.

A label line has ``platform, model_id, kind, likeness, target, gender, prominence,
sexual_intent, minor_risk``. The report gives precision, recall and F1 of likeness overall and
per kind, of each signal feature on its own (a feature "fires" when its hit points to
likeness), of sexual intent and minor risk, and the accuracy of gender and prominence.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dfaudit.errors import InputError
from dfaudit.store.db import Store


@dataclass(frozen=True, slots=True)
class Scores:
    """Counts and the rates derived from them."""

    tp: int
    fp: int
    fn: int
    tn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def flagged_share(self) -> float:
        total = self.tp + self.fp + self.fn + self.tn
        return (self.tp + self.fp) / total if total else 0.0


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
class EvaluationReport:
    labelled: int
    matched: int
    likeness: Scores
    per_kind: Mapping[str, Scores]
    per_signal: Mapping[str, Scores]
    sexual_intent: Scores
    minor_risk: Scores
    gender_accuracy: float
    gender_n: int
    prominence_accuracy: float
    prominence_n: int

    def as_dict(self) -> dict[str, Any]:
        """Nested numbers for the ``last_evaluation`` setting (the report's method section)."""
        return {
            "labelled": self.labelled,
            "matched": self.matched,
            "likeness": _scores_dict(self.likeness),
            "per_kind": {k: _scores_dict(v) for k, v in sorted(self.per_kind.items())},
            "per_signal": {k: _scores_dict(v) for k, v in sorted(self.per_signal.items())},
            "sexual_intent": _scores_dict(self.sexual_intent),
            "minor_risk": _scores_dict(self.minor_risk),
            "gender_accuracy": round(self.gender_accuracy, 4),
            "prominence_accuracy": round(self.prominence_accuracy, 4),
        }

    def lines(self) -> list[str]:
        out = [
            f"labelled {self.labelled}, with findings {self.matched}",
            _header(),
            _row("likeness (overall)", self.likeness),
        ]
        out.extend(_row(f"  kind {kind}", s) for kind, s in sorted(self.per_kind.items()))
        out.append(_row("sexual_intent", self.sexual_intent))
        out.append(_row("minor_risk", self.minor_risk))
        out.append(f"gender accuracy {self.gender_accuracy:.3f} (n={self.gender_n} likeness)")
        out.append(
            f"prominence accuracy {self.prominence_accuracy:.3f} (n={self.prominence_n} likeness)"
        )
        out.append("per signal feature (fires = a hit for likeness):")
        out.append(_header())
        out.extend(_row(f"  {name}", s) for name, s in sorted(self.per_signal.items()))
        return out


def _scores_dict(s: Scores) -> dict[str, float | int]:
    return {
        "precision": round(s.precision, 4),
        "recall": round(s.recall, 4),
        "f1": round(s.f1, 4),
        "flagged_share": round(s.flagged_share, 4),
        "n": s.tp + s.fp + s.fn + s.tn,
    }


LAST_EVALUATION_KEY = "last_evaluation"


def save_evaluation(store: Store, report: EvaluationReport, labels_path: Path) -> None:
    """Keep the metrics as JSON in settings ``last_evaluation`` (the report shows them)."""
    from datetime import UTC, datetime

    payload = {"labels": labels_path.name, "measured_at": datetime.now(UTC).isoformat()}
    payload.update(report.as_dict())
    store.set_setting(LAST_EVALUATION_KEY, json.dumps(payload))


def _header() -> str:
    return f"{'':38} {'prec':>6} {'recall':>6} {'F1':>6} {'flagged':>8} {'n':>6}"


def _row(name: str, s: Scores) -> str:
    n = s.tp + s.fp + s.fn + s.tn
    return f"{name:38} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.flagged_share:8.3f} {n:6d}"


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


def evaluate_store(store: Store, labels_path: Path) -> EvaluationReport:
    """``dfaudit evaluate``: compare stored findings with the labels."""
    labels = read_labels(labels_path)
    rows = store.query(
        "SELECT platform, model_id, likeness, target_gender, prominence, sexual_intent, "
        "minor_risk, evidence FROM findings"
    )
    found = {(str(r[0]), str(r[1])): r for r in rows}
    likeness_pairs: list[tuple[bool, bool]] = []
    kind_pairs: dict[str, list[tuple[bool, bool]]] = {}
    signal_pairs: dict[str, list[tuple[bool, bool]]] = {}
    sexual_pairs: list[tuple[bool, bool]] = []
    minor_pairs: list[tuple[bool, bool]] = []
    gender_hits = gender_n = prominence_hits = prominence_n = matched = 0
    fired_by_label: list[tuple[set[str], bool]] = []
    for label in labels:
        key = (str(label.get("platform") or "civitai"), str(label["model_id"]))
        row = found.get(key)
        if row is None:
            continue
        matched += 1
        _, _, likeness, gender, prominence, sexual, minor, evidence = row
        actual = bool(label.get("likeness"))
        likeness_pairs.append((bool(likeness), actual))
        kind_pairs.setdefault(str(label.get("kind") or "unknown"), []).append(
            (bool(likeness), actual)
        )
        if label.get("sexual_intent") is not None:
            sexual_pairs.append((bool(sexual), bool(label["sexual_intent"])))
        if label.get("minor_risk") is not None:
            minor_pairs.append((bool(minor), bool(label["minor_risk"])))
        if actual and label.get("gender") in ("female", "male", "unknown"):
            gender_n += 1
            gender_hits += gender == label["gender"]
        if actual and label.get("prominence"):
            prominence_n += 1
            prominence_hits += prominence == label["prominence"]
        fired_by_label.append((_fired_features(evidence), actual))
    all_features = set().union(*(f for f, _ in fired_by_label)) if fired_by_label else set()
    for feature in all_features:
        signal_pairs[feature] = [(feature in fired, actual) for fired, actual in fired_by_label]
    return EvaluationReport(
        labelled=len(labels),
        matched=matched,
        likeness=score(likeness_pairs),
        per_kind={k: score(v) for k, v in kind_pairs.items()},
        per_signal={k: score(v) for k, v in signal_pairs.items()},
        sexual_intent=score(sexual_pairs),
        minor_risk=score(minor_pairs),
        gender_accuracy=gender_hits / gender_n if gender_n else 0.0,
        gender_n=gender_n,
        prominence_accuracy=prominence_hits / prominence_n if prominence_n else 0.0,
        prominence_n=prominence_n,
    )


def _fired_features(evidence: Any) -> set[str]:
    items = json.loads(evidence) if isinstance(evidence, str) else evidence or []
    fired = set()
    for item in items:
        if item.get("aspect") == "likeness" and float(item.get("score", 0)) > 0:
            fired.add(item.get("feature") or str(item.get("signal", "")).split("@")[0])
    return fired
