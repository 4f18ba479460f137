"""Hostile sizes: a 1 MB field in any text a signal reads detects in well under a second,
and what is within the budgets detects exactly as before the cut."""

from __future__ import annotations

import time

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.detect.fields import NAME_LIMIT, bounded, view
from dfaudit.detect.names import find_names
from dfaudit.detect.registry import build_signals
from dfaudit.records import ModelRecord

from .conftest import model

MB = 1_000_000
HOSTILE = {
    "name_token": {"name": "a" * MB},
    "name_run_together": {"name": "elenamarchetti" * (MB // 14)},
    "name_camel": {"name": "ElenaMarchetti" * (MB // 14)},
    "name_hangul": {"name": "김지연" * (MB // 3)},
    "trigger_token": {"trained_words": ("a" * MB,)},
    "trigger_ai_shape": {"trained_words": ("celia_" * (MB // 6),)},
    "file_name": {"file_names": ("x" * MB + ".safetensors",)},
    "tags": {"tags": ("t" * MB, *(f"tag{i}" for i in range(10_000)))},
    "description": {"description": "not a real " * (MB // 11)},
    "metadata_dir": {
        "training_metadata": ({"ss_dataset_dirs": '{"' + "a" * MB + '": {"n_repeats": 1}}'},)
    },
    "metadata_tags": {
        "training_metadata": ({"ss_tag_frequency": '{"d": {"' + "a " * (MB // 2) + '": 1}}'},)
    },
}


def _hostile(case: str) -> ModelRecord:
    fields = dict(HOSTILE[case])
    return model(str(fields.pop("name", "Model")), **fields)


@pytest.mark.timeout(60)
@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_one_megabyte_field_detects_fast(case: str) -> None:
    detector = Detector()
    record = _hostile(case)
    started = time.perf_counter()
    detector.detect(record)
    assert time.perf_counter() - started < 2.0  # measured ~1-10 ms; 2 s leaves room on CI


@pytest.mark.timeout(60)
@pytest.mark.parametrize("case", ["name_token", "name_run_together", "trigger_token"])
def test_every_signal_alone_is_fast_on_the_bounded_view(case: str) -> None:
    record = bounded(_hostile(case))
    for signal in build_signals():
        started = time.perf_counter()
        signal.hits(record)
        assert time.perf_counter() - started < 1.0, signal.name


@pytest.mark.timeout(60)
def test_name_finder_is_linear_on_its_own() -> None:
    started = time.perf_counter()
    find_names.__wrapped__("elenamarchetti" * (MB // 14))  # type: ignore[attr-defined]
    find_names.__wrapped__("x" * MB + "elenamarchetti")  # type: ignore[attr-defined]
    assert time.perf_counter() - started < 1.0


def test_bounded_cuts_only_what_is_over_budget() -> None:
    small = model("Elena Marchetti", tags=("woman",), trained_words=("elmarch",))
    assert bounded(small) is small
    big = bounded(model("E" * MB, trained_words=("w" * MB,) * 40))
    assert len(big.name) == NAME_LIMIT  # type: ignore[attr-defined]
    assert len(big.trained_words) <= 16  # type: ignore[attr-defined]
    assert all(len(w) <= 200 for w in big.trained_words)  # type: ignore[attr-defined]


def test_view_is_folded_and_bounded() -> None:
    v = view(model("Zoë Ångström " + "x" * MB, tags=("Réal Person",)))
    assert v.name_folded.startswith("zoe angstrom")
    assert len(v.name) == NAME_LIMIT
    assert v.tags == ("real person",)


def test_a_name_within_budget_is_still_found_after_a_long_prefix_is_cut() -> None:
    detector = Detector()
    finding = detector.detect(model("Elena Marchetti " + "x" * MB))
    assert finding.likeness
