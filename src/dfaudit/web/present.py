"""Turning snapshot rows into what a page or the JSON API may show a given user.

Platform strings stay plain text here (Jinja escapes them); this module only decides which
names a role may see and where evidence spans lie in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

MAX_NAMES = 20
MAX_NAME_LENGTH = 120
MAX_TEXT = 20_000
MAX_NEEDLES = 60
MAX_NEEDLE = 200
MAX_METADATA_KEYS = 40
MAX_METADATA_VALUE = 400
TEXT_FIELDS = ("name", "description", "tags", "trained_words")
# Identifiers address a model and stay as they are (a Hugging Face id can hold a name: the
# pseudonym hides names in what a page says, not in the platform's own addresses).
IDENTIFIERS = frozenset({"platform", "model_id", "pseudonym", "sha256", "header_sha256"})
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Redactor:
    """Replaces a target's names by the pseudonym for roles that may not see names."""

    pattern: re.Pattern[str] | None
    label: str

    @classmethod
    def for_names(cls, names: Iterable[str | None], pseudonym: str | None) -> Redactor:
        alternatives = []
        for name in list(dict.fromkeys(n for n in names if n))[:MAX_NAMES]:
            words = _WORD.findall(name[:MAX_NAME_LENGTH])
            if words:
                # "Jane Doe", "jane_doe" and "JaneDoe" alike; the gap is bounded, so linear
                alternatives.append(r"[\W_]{0,3}".join(re.escape(w) for w in words))
        if not alternatives:
            return cls(None, "")
        alternatives.sort(key=len, reverse=True)
        return cls(re.compile("|".join(alternatives), re.IGNORECASE), f"[{pseudonym or 'target'}]")

    def text(self, value: Any) -> Any:
        if self.pattern is None or not isinstance(value, str):
            return value
        return self.pattern.sub(self.label, value)

    def deep(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self.deep(v) for v in value]
        if isinstance(value, dict):
            return {k: v if k in IDENTIFIERS else self.deep(v) for k, v in value.items()}
        return value


NO_REDACTION = Redactor(None, "")


def target_names(finding: dict[str, Any], evidence: Sequence[dict[str, Any]]) -> list[str]:
    """Every form of the target's name the finding holds (display name, matched forms)."""
    names = [finding.get("target_name")]
    for hit in evidence:
        if hit.get("aspect") == "target":
            names.extend([hit.get("value"), hit.get("text"), hit.get("note")])
    return [str(n) for n in names if n and isinstance(n, str | int)]


def redact_evidence(
    evidence: Sequence[dict[str, Any]], redactor: Redactor, pseudonym: str | None
) -> list[dict[str, Any]]:
    """Evidence with target names replaced: a target hit's value and key become the pseudonym."""
    out = []
    for hit in evidence:
        item = redactor.deep(dict(hit))
        if hit.get("aspect") == "target":
            item["value"] = pseudonym
            item.pop("note", None)
        out.append(item)
    return out


def highlight(text: Any, needles: Iterable[str]) -> Markup:
    """``text`` escaped, with every case-insensitive occurrence of a needle in ``<mark>``."""
    if not isinstance(text, str) or not text:
        return Markup("")
    text = text[:MAX_TEXT]
    folded = text.lower()
    spans: list[tuple[int, int]] = []
    for needle in list(dict.fromkeys(n.lower() for n in needles if n))[:MAX_NEEDLES]:
        needle = needle[:MAX_NEEDLE]
        start = folded.find(needle)
        while start >= 0 and len(spans) < 500:
            spans.append((start, start + len(needle)))
            start = folded.find(needle, start + len(needle))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    parts: list[str] = []
    cursor = 0
    for start, end in merged:
        parts.append(str(escape(text[cursor:start])))
        parts.append(f"<mark>{escape(text[start:end])}</mark>")
        cursor = end
    parts.append(str(escape(text[cursor:])))
    return Markup("".join(parts))


def highlighted_fields(
    finding: dict[str, Any], evidence: Sequence[dict[str, Any]]
) -> list[tuple[str, Markup]]:
    """The model's text fields with the evidence found in each marked."""
    needles: dict[str, list[str]] = {name: [] for name in TEXT_FIELDS}
    for hit in evidence:
        field = hit.get("field")
        text = hit.get("text")
        if field in needles and isinstance(text, str):
            needles[field].append(text)
    out = []
    for name in TEXT_FIELDS:
        value = finding.get(name)
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        out.append((name, highlight(value, needles[name])))
    return out


def metadata_excerpt(metadata: dict[str, Any]) -> list[tuple[str, str]]:
    """A bounded excerpt of header metadata: key and value as text, values cut short."""
    out = []
    for key in sorted(metadata)[:MAX_METADATA_KEYS]:
        value = metadata[key]
        text = value if isinstance(value, str) else repr(value)
        if len(text) > MAX_METADATA_VALUE:
            text = text[:MAX_METADATA_VALUE] + "…"
        out.append((str(key)[:MAX_METADATA_VALUE], text))
    return out


def signal_version(signal: Any) -> tuple[str, str]:
    name, _, version = str(signal or "").partition("@")
    return name, version
