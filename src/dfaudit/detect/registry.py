"""The signal registry: every module in ``detect/signals/`` is discovered (pkgutil), and each
class in it that has a ``name``, a ``version`` and ``hits`` is a signal. A new signal is one
file; a signal that raises on a record yields an ``error`` hit and the run goes on."""

from __future__ import annotations

import hashlib
import importlib
import inspect
import pkgutil
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from dfaudit.detect import signals as signals_package
from dfaudit.detect.base import Hit, Signal
from dfaudit.detect.fields import bounded
from dfaudit.detect.lexicon import Lexicon


def signal_module_names() -> tuple[str, ...]:
    """The modules of ``dfaudit.detect.signals``, named without importing them."""
    return tuple(
        f"{signals_package.__name__}.{info.name}"
        for info in pkgutil.iter_modules(signals_package.__path__)
        if not info.name.startswith("_")
    )


@lru_cache(maxsize=1)
def signal_classes() -> tuple[type, ...]:
    """Signal classes from every module of ``dfaudit.detect.signals``, sorted by name."""
    found: dict[str, type] = {}
    for module_name in signal_module_names():
        module = importlib.import_module(module_name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__:
                continue
            if all(hasattr(cls, attr) for attr in ("name", "version", "hits")) and isinstance(
                getattr(cls, "name", None), str
            ):
                found[str(getattr(cls, "name"))] = cls  # noqa: B009
    return tuple(found[name] for name in sorted(found))


def build_signals(lexicon: Lexicon | None = None) -> list[Signal]:
    """One instance of every signal; those that take a ``lexicon`` get it."""
    out: list[Signal] = []
    for cls in signal_classes():
        params = inspect.signature(cls).parameters
        instance: Any = cls(lexicon=lexicon) if "lexicon" in params else cls()
        out.append(instance)
    return out


def signals_version() -> str:
    """``name@version`` of every signal, joined: part of the detector version."""
    return ",".join(f"{cls.name}@{cls.version}" for cls in signal_classes())  # type: ignore[attr-defined]


def signals_digest() -> str:
    return hashlib.sha256(signals_version().encode()).hexdigest()[:10]


def run_signals(signals: Sequence[Signal], record: object) -> list[Hit]:
    """Every signal's hits for one record, read within the text budgets of
    :func:`dfaudit.detect.fields.bounded`; a failing signal becomes one ``error`` hit."""
    record = bounded(record)
    hits: list[Hit] = []
    for signal in signals:
        try:
            hits.extend(signal.hits(record))
        except Exception as exc:  # noqa: BLE001 - a bad signal must not stop the run
            hits.append(
                Hit(
                    f"{signal.name}@{signal.version}",
                    "error",
                    0.0,
                    "",
                    type(exc).__name__,
                    note=str(exc)[:200],
                )
            )
    return hits
