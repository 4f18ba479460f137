"""Operator lexicons of names: real people (``poi``), a ``watchlist``, fictional ``characters``.

dfaudit works with none. Entries are imported from JSON lists or CSV files (optionally with a
gender), kept in the ``lexicon_entries`` table, and matched accent-, case- and
separator-insensitively, through leetspeak and names run together. A lone common first name never
matches: single-word entries that are common first names, and very short entries, are skipped.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa

from dfaudit.collect.ingest import check_regular_file
from dfaudit.detect.names import first_names
from dfaudit.detect.text import compact_alpha, deleet, fold, pieces
from dfaudit.errors import InputError
from dfaudit.store.db import Store

KINDS = ("poi", "watchlist", "characters")
MAX_LEXICON_FILE_BYTES = 256 << 20
MAX_NAME_CHARS = 200
GENDERS = {
    "female": "female",
    "f": "female",
    "woman": "female",
    "male": "male",
    "m": "male",
    "man": "male",
}
MIN_KEY_LENGTH = 5
MAX_WORDS = 5


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    kind: str
    name: str
    norm: str  # letters only, folded and de-leeted: the match key
    gender: str | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class LexiconMatch:
    entry: LexiconEntry
    text: str
    span: tuple[int, int]


def normalise_name(name: str) -> str:
    """The match key of a name: ``"Zoë O'Brien-Smith"`` → ``"zoeobriensmith"``."""
    return compact_alpha(name)


def matchable(name: str, norm: str) -> bool:
    """Whether an entry may match at all (not a lone first name, not too short)."""
    if len(norm) < MIN_KEY_LENGTH:
        return False
    words = [w for w in fold(name).replace("_", " ").replace("-", " ").split() if w]
    if len(words) <= 1:
        common = first_names().get(norm)
        if common is not None:
            return False
    return True


class Lexicon:
    """An in-memory index of entries for fast matching against record fields."""

    def __init__(self, entries: Iterable[LexiconEntry] = ()):
        self.entries: tuple[LexiconEntry, ...] = tuple(entries)
        self._by_norm: dict[str, LexiconEntry] = {}
        for entry in self.entries:
            if matchable(entry.name, entry.norm):
                # a poi entry wins over a character of the same spelling
                current = self._by_norm.get(entry.norm)
                if current is None or (current.kind == "characters" and entry.kind != "characters"):
                    self._by_norm[entry.norm] = entry
        self._lengths = sorted({len(n) for n in self._by_norm}, reverse=True)
        self._max_length = self._lengths[0] if self._lengths else 0
        self.state = lexicon_hash(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __bool__(self) -> bool:
        return bool(self._by_norm)

    def match(self, text: str) -> list[LexiconMatch]:
        """Entries found in ``text`` on word boundaries (or run together in one token)."""
        if not self._by_norm or not text:
            return []
        found: dict[str, LexiconMatch] = {}
        for variant in (text, deleet(text)) if any(c.isdigit() for c in text) else (text,):
            self._match_words(variant, found)
        return list(found.values())

    def _match_words(self, text: str, found: dict[str, LexiconMatch]) -> None:
        words = [(fold(w), s, e) for w, s, e in pieces(text) if w.isalpha()]
        for i in range(len(words)):
            joined = ""
            for j in range(i, min(i + MAX_WORDS, len(words))):
                joined += words[j][0]
                if len(joined) > self._max_length:
                    break
                entry = self._by_norm.get(joined)
                if entry is not None and entry.norm not in found:
                    span = (words[i][1], words[j][2])
                    found[entry.norm] = LexiconMatch(entry, text[span[0] : span[1]], span)
            # a name run together with a short suffix inside one word: "annamillerxl"
            word, start, end = words[i]
            if len(word) > MIN_KEY_LENGTH + 1:
                for length in self._lengths:
                    if length >= len(word) or len(word) - length > 4:
                        continue
                    entry = self._by_norm.get(word[:length])
                    if entry is not None and entry.norm not in found:
                        found[entry.norm] = LexiconMatch(entry, text[start:end], (start, end))
                        break


def lexicon_hash(entries: Iterable[LexiconEntry]) -> str:
    """A short hash of the entries, part of every finding's input hash."""
    digest = hashlib.sha256()
    for entry in sorted(entries, key=lambda e: (e.kind, e.norm)):
        digest.update(f"{entry.kind}\t{entry.norm}\t{entry.gender or ''}\n".encode())
    return digest.hexdigest()[:16]


def load_lexicon(store: Store) -> Lexicon:
    """Every imported entry in the store (an empty lexicon if none)."""
    rows = store.query("SELECT kind, name, norm, gender, source FROM lexicon_entries")
    return Lexicon(LexiconEntry(*row) for row in rows)


def parse_lexicon_file(path: Path, kind: str) -> list[LexiconEntry]:
    """Entries from a JSON list (of names or ``{name, gender}``) or a CSV (name[,gender])."""
    if kind not in KINDS:
        raise InputError(f"unknown lexicon kind {kind!r}; use one of {', '.join(KINDS)}")
    check_regular_file(path)  # never /dev/zero or a FIFO
    if path.stat().st_size > MAX_LEXICON_FILE_BYTES:
        raise InputError(f"{path}: larger than {MAX_LEXICON_FILE_BYTES:,} bytes")
    try:
        content = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (invalid byte at {exc.start})") from None
    return parse_lexicon_text(content, kind, source=path.name)


def parse_lexicon_text(content: str, kind: str, *, source: str) -> list[LexiconEntry]:
    stripped = content.lstrip()
    items: list[tuple[str, str | None]]
    if stripped.startswith(("[", "{")):
        items = _json_items(stripped, source)
    else:
        items = _csv_items(content)
    entries: dict[str, LexiconEntry] = {}
    for name, gender in items:
        if len(name) > MAX_NAME_CHARS:
            continue  # not a name; and long text would only slow matching down
        name = " ".join(name.split())
        norm = normalise_name(name)
        if not norm:
            continue
        entries.setdefault(norm, LexiconEntry(kind, name, norm, _gender(gender), source))
    return list(entries.values())


def _json_items(content: str, source: str) -> list[tuple[str, str | None]]:
    try:
        data: Any = json.loads(content)
    except json.JSONDecodeError as exc:
        raise InputError(f"{source} is not valid JSON: {exc.msg} (line {exc.lineno})") from None
    except (RecursionError, ValueError):  # nesting too deep, an integer of thousands of digits
        raise InputError(
            f"{source} is not usable JSON (nested too deeply or a huge number)"
        ) from None
    if isinstance(data, dict):
        data = data.get("names") or data.get("items") or list(data.values())
    if not isinstance(data, list):
        raise InputError(f"{source}: expected a JSON list of names")
    items: list[tuple[str, str | None]] = []
    for item in data:
        if isinstance(item, str):
            items.append((item, None))
        elif isinstance(item, dict) and isinstance(item.get("name"), str):
            gender = item.get("gender")
            items.append((item["name"], gender if isinstance(gender, str) else None))
    return items


def _csv_items(content: str) -> list[tuple[str, str | None]]:
    try:
        rows = list(csv.reader(io.StringIO(content)))
    except csv.Error as exc:
        raise InputError(f"not a usable CSV lexicon: {exc}") from None
    if rows and [c.strip().lower() for c in rows[0][:2]] in (["name"], ["name", "gender"]):
        rows = rows[1:]
    return [
        (row[0], row[1] if len(row) > 1 and row[1].strip() else None)
        for row in rows
        if row and row[0].strip()
    ]


def _gender(value: str | None) -> str | None:
    return GENDERS.get(value.strip().lower()) if value else None


def import_entries(store: Store, entries: Sequence[LexiconEntry]) -> int:
    """Insert or replace entries; returns how many were written."""
    if not entries:
        return 0
    now = datetime.now(UTC)
    table = pa.table(
        {
            "kind": [e.kind for e in entries],
            "name": [e.name for e in entries],
            "norm": [e.norm for e in entries],
            "gender": [e.gender for e in entries],
            "source": [e.source for e in entries],
            "imported_at": pa.array([now] * len(entries), pa.timestamp("us", tz="UTC")),
        }
    )
    store.insert_arrow("lexicon_entries", table, on_conflict="OR REPLACE")
    return len(entries)


def import_lexicon_file(store: Store, path: Path, kind: str) -> int:
    """``dfaudit lexicon import``: parse the file and store its entries."""
    return import_entries(store, parse_lexicon_file(path, kind))


def lexicon_counts(store: Store) -> list[tuple[str, str, int]]:
    """(kind, source, entries) for ``dfaudit lexicon list``."""
    rows = store.query(
        "SELECT kind, coalesce(source, ''), count(*) FROM lexicon_entries "
        "GROUP BY ALL ORDER BY 1, 2"
    )
    return [(str(k), str(s), int(n)) for k, s, n in rows]
