"""How a targeted person is shown: a stable pseudonym, or the name under ``--reveal-names``.

The pseudonym is the detection stage's keyed hash (``dfaudit.detect.pseudonym``), whose key
lives in the store; the report only reads it, so the same person has the same pseudonym in every
report made from the same database.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dfaudit.errors import InputError
from dfaudit.store.db import Store


@dataclass(frozen=True)
class TargetNamer:
    """Turns a finding's ``target_key`` into what a report may print."""

    store: Store
    reveal_names: bool = False
    _cache: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def pseudonym(self, target_key: str) -> str:
        if target_key not in self._cache:
            from dfaudit.detect.pseudonym import SETTING, pseudonym

            if self.store.read_only and self.store.get_setting(SETTING) is None:
                # A fresh key here would give pseudonyms that change from report to report.
                raise InputError(
                    "this database has no pseudonym key: run `dfaudit process` on it first"
                )
            self._cache[target_key] = pseudonym(self.store, target_key)
        return self._cache[target_key]

    def label(self, target_key: str, target_name: str | None) -> str:
        """The pseudonym, or ``name (pseudonym)`` when names are revealed."""
        alias = self.pseudonym(target_key)
        if self.reveal_names:
            return f"{target_name or target_key} ({alias})"
        return alias
