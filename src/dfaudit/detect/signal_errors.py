"""Signals that failed, counted over a run.

A signal that raises on a record yields one ``error`` hit of that record's finding
(:func:`dfaudit.detect.registry.run_signals`): the run goes on, and the hit is kept in the
finding's evidence (``signal@version``, the exception's type as its text, a bounded note). A
signal that raises on every record would otherwise be seen only as lower recall; this module
counts the error hits of the findings a run writes so that ``process``, ``audit`` and ``ingest``
say so. Counting reads :attr:`~dfaudit.detect.findings.Finding.errors` (grouped by the combiner),
never the hits again: a run without errors pays nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from dfaudit.detect.base import Hit

# One error hit as a finding row carries it: signal@version, exception type, note (bounded)
SignalError = tuple[str, str, str]
NOTE_CHARS = 200  # what run_signals keeps of the exception's message


def error_triples(errors: Sequence[Hit]) -> tuple[SignalError, ...]:
    """The error hits of a finding as plain values (what crosses processes with its row)."""
    return tuple((h.signal, h.text, h.note[:NOTE_CHARS]) for h in errors)


@dataclass(frozen=True, slots=True)
class SignalErrors:
    """The error hits of one run's findings: per (signal, exception type), with one note."""

    rows: tuple[tuple[str, str, int, str], ...] = ()  # signal, exception, count, first note
    models: int = 0  # models whose finding holds one or more error hits
    bounties: int = 0

    @property
    def total(self) -> int:
        return sum(row[2] for row in self.rows)

    def by_signal(self) -> dict[str, int]:
        """Error hits per ``signal@version``, most first."""
        counts: Counter[str] = Counter()
        for signal, _, count, _ in self.rows:
            counts[signal] += count
        return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

    def line(self) -> str:
        """``signal errors: N in M models`` (empty when none)."""
        if not self.total:
            return ""
        where = _plural(self.models, "model")
        if self.bounties:
            where += f" and {_plural(self.bounties, 'bounty', 'bounties')}"
        return f"signal errors: {self.total} in {where}"


@dataclass
class SignalErrorTally:
    """Adds up the error triples of the findings a run writes (one call per finding with any)."""

    counts: Counter[tuple[str, str]] = field(default_factory=Counter)
    notes: dict[tuple[str, str], str] = field(default_factory=dict)
    models: int = 0
    bounties: int = 0

    def add(self, errors: Iterable[SignalError], *, bounty: bool = False) -> None:
        for signal, kind, note in errors:
            key = (signal, kind)
            self.counts[key] += 1
            self.notes.setdefault(key, note)
        if bounty:
            self.bounties += 1
        else:
            self.models += 1

    def result(self) -> SignalErrors:
        ordered = sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))
        return SignalErrors(
            tuple((s, k, n, self.notes[(s, k)]) for (s, k), n in ordered),
            self.models,
            self.bounties,
        )


def _plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else many or one + 's'}"
