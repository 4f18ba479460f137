"""Ground-truth labels of the synthetic sample, kept apart from the API items they describe."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

KINDS = (
    "likeness",
    "character",
    "style",
    "concept",
    "clothing",
    "pose",
    "checkpoint",
    "tool",
    "vae",
    "other",
)


@dataclass(frozen=True, slots=True)
class SampleLabel:
    """What one sample item really is.

    ``entity`` is ``"model"`` or ``"bounty"`` (bounties are Civitai's, ``model_id`` is then the
    bounty id). ``header_only`` means nothing the platform shows (name, tags, description,
    trigger words, card) identifies the target: only the file (its safetensors header, or its
    hash shared with a known upload) does. ``reupload_of`` is ``(platform, model_id)`` of the
    original upload this item re-uses the exact file of.
    """

    platform: str
    model_id: str
    kind: str
    likeness: bool
    target: str | None = None
    gender: str | None = None
    prominence: str | None = None
    sexual_intent: bool = False
    minor_risk: bool = False
    reupload_of: tuple[str, str] | None = None
    header_only: bool = False
    entity: str = "model"

    def as_json(self) -> dict[str, Any]:
        row = asdict(self)
        row["reupload_of"] = list(self.reupload_of) if self.reupload_of else None
        return row

    @classmethod
    def from_json(cls, row: dict[str, Any]) -> SampleLabel:
        values = dict(row)
        reupload = values.get("reupload_of")
        values["reupload_of"] = (str(reupload[0]), str(reupload[1])) if reupload else None
        return cls(**values)


def write_labels_jsonl(labels: Iterable[SampleLabel], path: Path) -> int:
    """Write labels one JSON object a line; returns how many were written."""
    count = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for label in labels:
            handle.write(json.dumps(label.as_json(), sort_keys=True) + "\n")
            count += 1
    return count


def read_labels_jsonl(path: Path) -> list[SampleLabel]:
    """Read labels written by :func:`write_labels_jsonl`."""
    with path.open(encoding="utf-8") as handle:
        return [SampleLabel.from_json(json.loads(line)) for line in handle if line.strip()]
