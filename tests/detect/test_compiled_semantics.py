"""Detection behaves the same compiled (mypyc) and as Python on records whose values do not
match their annotations: a compiled module checks a value's type where it reads it, so a list
where ``ModelRecord`` says tuple must not become a TypeError there (``fields.bounded`` hands
the signals tuples). Runs in whichever build is installed; the CI build is compiled."""

from __future__ import annotations

from dfaudit.detect.engine import Detector
from dfaudit.detect.fields import bounded

from .conftest import model

DETECTOR = Detector()


def _hits(record: object) -> list[tuple[str, str, str]]:
    finding = DETECTOR.detect(record)  # type: ignore[arg-type]
    return sorted((h.feature or h.signal, h.aspect, h.text) for h in finding.hits)


def test_lists_where_the_record_says_tuples_give_the_tuples_findings() -> None:
    fields = {
        "trained_words": ["tarvinoskeld woman", "qx"],
        "file_names": ["tarvin_oskeld_v2.safetensors"],
        "version_names": ["v2"],
        "tags": ["celebrity", "photorealistic"],
        "description": "A LoRA of Tarvin Oskeld, trained on 40 photos of her.",
    }
    as_lists = model("Tarvin Oskeld", **fields)
    as_tuples = model(
        "Tarvin Oskeld", **{k: tuple(v) if isinstance(v, list) else v for k, v in fields.items()}
    )
    assert _hits(as_lists) == _hits(as_tuples)
    assert not [h for h in DETECTOR.detect(as_lists).hits if h.aspect == "error"]
    cut = bounded(as_lists)
    assert type(cut.trained_words) is tuple and type(cut.tags) is tuple  # type: ignore[attr-defined]


def test_values_of_the_wrong_type_inside_sequences_are_dropped_not_fatal() -> None:
    record = model(
        "Tarvin Oskeld",
        trained_words=("tarvinoskeld", None, 7, "woman"),
        tags=["celebrity", 3.5],
        card=None,
        training_metadata=[{"ss_tag_frequency": "{}"}, "not a block"],
    )
    finding = DETECTOR.detect(record)
    assert not [h for h in finding.hits if h.aspect == "error"]
    cut = bounded(record)
    assert cut.trained_words == ("tarvinoskeld", "woman")  # type: ignore[attr-defined]
    assert cut.tags == ("celebrity",) and cut.card == {}  # type: ignore[attr-defined]
    assert cut.training_metadata == ({"ss_tag_frequency": "{}"},)  # type: ignore[attr-defined]
