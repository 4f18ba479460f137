"""Error hits of failing signals: the finding keeps them (``Finding.errors``, its evidence), the
engine's runs count them (``process_store``, detection fused into ``ingest``), and the dev-set
scorer prints them in its part header. Twins without a failing signal count and print nothing.
The failing signal exists only in this test; the people are invented."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import ClassVar

import pytest

from dfaudit.detect import engine, registry
from dfaudit.detect.base import Hit, Signal
from dfaudit.detect.engine import Detector, finding_row, process_store
from dfaudit.detect.evalsets import LabelledItem
from dfaudit.detect.lexicon import Lexicon
from dfaudit.detect.signal_errors import SignalErrorTally
from dfaudit.pipeline import ingest
from dfaudit.store.db import open_store

from .conftest import model

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import eval_devset2  # noqa: E402

FAILING = "failing_probe@2"


class FailingProbe:
    name: ClassVar[str] = "failing_probe"
    version: ClassVar[str] = "2"
    fields: ClassVar[tuple[str, ...]] = ("name",)

    def hits(self, record: object) -> list[Hit]:
        if "Zephyrine" in str(getattr(record, "name", "")):
            raise KeyError("x" * 500)  # a long message: the note is bounded
        return []


@pytest.fixture
def failing_signal(monkeypatch: pytest.MonkeyPatch) -> None:
    def with_probe(lexicon: Lexicon | None = None) -> list[Signal]:
        return [*registry.build_signals(lexicon), FailingProbe()]

    monkeypatch.setattr(engine, "build_signals", with_probe)


def test_finding_keeps_its_error_hits(failing_signal: None) -> None:
    finding = Detector().detect(model("Zephyrine Quallow LoRA", tags=("woman",)))
    assert len(finding.errors) == 1
    error = finding.errors[0]
    assert error in finding.hits
    assert (error.signal, error.aspect, error.text) == (FAILING, "error", "KeyError")
    assert 0 < len(error.note) <= 200
    row = finding_row(finding)
    assert row[11] == ((FAILING, "KeyError", error.note),)
    assert any(e["aspect"] == "error" for e in json.loads(row[10]))


def test_finding_without_a_failing_signal_has_no_errors(failing_signal: None) -> None:
    finding = Detector().detect(model("Ink wash style", tags=("style",)))
    assert finding.errors == ()
    assert finding_row(finding)[11] == ()
    assert Detector().detect(model("Zephyrine Quallow LoRA")).errors  # the twin's control


def test_tally_counts_per_signal_and_exception() -> None:
    tally = SignalErrorTally()
    tally.add([("a@1", "KeyError", "first"), ("b@2", "ValueError", "v")])
    tally.add([("a@1", "KeyError", "second")])
    tally.add([("a@1", "TypeError", "t")], bounty=True)
    result = tally.result()
    assert result.total == 4 and result.models == 2 and result.bounties == 1
    assert result.rows[0] == ("a@1", "KeyError", 2, "first")
    assert result.by_signal() == {"a@1": 3, "b@2": 1}
    assert result.line() == "signal errors: 4 in 2 models and 1 bounty"
    assert SignalErrorTally().result().line() == ""


def _store_with(tmp_path: Path) -> Path:
    items = [
        {"id": 41, "name": "Zephyrine Quallow LoRA", "type": "LORA", "modelVersions": []},
        {"id": 42, "name": "Zephyrine Quallow v3", "type": "LORA", "modelVersions": []},
        {"id": 43, "name": "Brass airship", "type": "LORA", "modelVersions": []},
    ]
    path = tmp_path / "items.jsonl"
    path.write_text("".join(json.dumps(i) + "\n" for i in items))
    return path


def test_process_store_counts_error_hits(tmp_path: Path, failing_signal: None) -> None:
    from dfaudit.collect.ingest import ingest_files

    with open_store(tmp_path / "t.duckdb") as store:
        ingest_files(store, "civitai", [_store_with(tmp_path)])
        summary = process_store(store, progress=False)
    errors = summary.signal_errors
    assert (errors.total, errors.models, errors.by_signal()) == (2, 2, {FAILING: 2})
    assert errors.line() == "signal errors: 2 in 2 models"


def test_ingest_with_detection_counts_error_hits(tmp_path: Path, failing_signal: None) -> None:
    with open_store(tmp_path / "t.duckdb") as store:
        summary = ingest(store, "civitai", [_store_with(tmp_path)], detect=True)
        stored = store.scalar(
            'SELECT count(*) FROM findings WHERE contains(evidence::VARCHAR, \'"aspect":"error"\')'
        )
        columns = [c for (c,) in store.query("SELECT column_name FROM (DESCRIBE findings)")]
    assert summary.signal_errors.line() == "signal errors: 2 in 2 models"
    assert stored == 2 and "signal_errors" not in columns


def test_ingest_and_process_without_errors_count_none(tmp_path: Path) -> None:
    with open_store(tmp_path / "t.duckdb") as store:
        summary = ingest(store, "civitai", [_store_with(tmp_path)], detect=True)
        assert summary.signal_errors.total == 0 and summary.signal_errors.line() == ""
        store.con.execute("DELETE FROM findings")
        assert process_store(store, progress=False).signal_errors.total == 0


def _items() -> list[LabelledItem]:
    label = {"platform": "civitai", "likeness": True, "minor_risk": False, "sexual_intent": False}
    names = ("Zephyrine Quallow LoRA", "Zephyrine Quallow v2", "Ink wash style")
    return [
        LabelledItem(model(name, model_id=str(n)), {**label, "model_id": str(n)}, {})
        for n, name in enumerate(names)
    ]


def test_scorer_prints_signal_errors_in_the_part_header(
    failing_signal: None, capsys: pytest.CaptureFixture[str]
) -> None:
    eval_devset2.report("probe", _items(), Detector(), False)
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("== probe: 3 items")
    assert lines[1] == f"  signal errors: 2 ({FAILING}: 2)"


def test_scorer_prints_no_signal_errors_line_without_errors(
    capsys: pytest.CaptureFixture[str],
) -> None:
    eval_devset2.report("probe", _items(), Detector(), False)
    out = capsys.readouterr().out
    assert "signal errors" not in out and out.splitlines()[1].startswith("  likeness precision")
