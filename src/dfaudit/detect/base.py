"""The signal contract shared by every signal module.

A signal reads one normalised record and returns zero or more :class:`Hit` values. It never
knows about another signal; the combiner turns hits into a finding and keeps them as its
explanation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Literal, Protocol

# What a hit speaks to. ``likeness`` hits with a negative score are negative evidence.
Aspect = Literal["likeness", "target", "gender", "prominence", "sexual", "minor", "error"]


@dataclass(frozen=True, slots=True)
class Hit:
    """One piece of evidence: which signal, about what, how strong, found where."""

    signal: str  # "<name>@<version>"
    aspect: Aspect
    score: float  # likeness: -1..1 (negative = evidence against); others 0..1
    field: str  # e.g. "name", "tags", "description", "header:ss_tag_frequency"
    text: str  # the matched text, as it stood
    span: tuple[int, int] | None = None
    note: str = ""
    value: str | None = None  # e.g. the target name, "female", "public_figure"
    # What the combiner weighs this hit as ("name_shape:pair"); empty = the signal's name.
    feature: str = ""


class Signal(Protocol):
    """A small, named, versioned detector."""

    name: ClassVar[str]
    version: ClassVar[str]
    fields: ClassVar[Sequence[str]]

    def hits(self, record: object) -> list[Hit]:  # record: ModelRecord | BountyRecord
        ...
