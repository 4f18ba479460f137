"""Policy rules as data (``data/rules.json``) with effective dates.

A rule is ``{id, platform, effective_from, effective_to, condition, severity, text}``; its
condition is a small boolean expression over ``likeness``, ``sexual_intent`` and ``minor_risk``
(``and``, ``or``, ``not``, parentheses). A rule applies to a model when its condition holds and
it is in force on the snapshot date; the violation names the policy version in force on the
model's publication date and on the snapshot date.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from importlib import resources

from dfaudit.errors import InputError

VARIABLES = ("likeness", "sexual_intent", "minor_risk")
MEMO_LIMIT = 16384
_TOKEN = re.compile(r"\s*(\(|\)|and\b|or\b|not\b|[a-z_]+)")


@dataclass(frozen=True, slots=True)
class Policy:
    id: str
    platform: str
    effective_from: date
    text: str


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    platform: str  # a platform or "*"
    effective_from: date | None
    effective_to: date | None
    condition: str
    severity: str
    text: str

    def in_force(self, on: date) -> bool:
        after = self.effective_from is None or on >= self.effective_from
        before = self.effective_to is None or on < self.effective_to
        return after and before

    def holds(self, facts: Mapping[str, bool]) -> bool:
        key = tuple(bool(facts.get(name, False)) for name in VARIABLES)
        return _holds(self.condition, key)


@dataclass(frozen=True, slots=True)
class Violation:
    rule: str
    severity: str
    text: str
    policy_at_publication: str | None
    policy_at_snapshot: str | None


@dataclass(frozen=True, slots=True)
class RuleBook:
    policies: tuple[Policy, ...]
    rules: tuple[Rule, ...]
    # Violations by (platform, facts, published, snapshot): few distinct keys recur for every
    # model. A plain dict, because an lru_cache on the method hashes the whole book per call.
    _memo: dict[tuple[object, ...], tuple[Violation, ...]] = field(
        default_factory=dict, compare=False, hash=False, repr=False
    )

    def policy_in_force(self, platform: str, on: date | None) -> str | None:
        """The latest policy version of ``platform`` in force on ``on`` (None before any)."""
        if on is None:
            return None
        current = [p for p in self.policies if p.platform == platform and p.effective_from <= on]
        return max(current, key=lambda p: p.effective_from).id if current else None

    def violations(
        self,
        platform: str,
        facts: Mapping[str, bool],
        published: date | None,
        snapshot: date,
    ) -> tuple[Violation, ...]:
        names = tuple(sorted(facts))
        values = tuple(bool(facts.get(v)) for v in names)
        memo_key = (platform, names, values, published, snapshot)
        found = self._memo.get(memo_key)
        if found is None:
            if len(self._memo) >= MEMO_LIMIT:
                self._memo.clear()
            found = self._memo[memo_key] = self._violations(
                platform, names, values, published, snapshot
            )
        return found

    def _violations(
        self,
        platform: str,
        names: tuple[str, ...],
        values: tuple[bool, ...],
        published: date | None,
        snapshot: date,
    ) -> tuple[Violation, ...]:
        facts = dict(zip(names, values, strict=True))
        out = []
        for rule in self.rules:
            if rule.platform not in (platform, "*") or not rule.in_force(snapshot):
                continue
            if rule.holds(facts):
                out.append(
                    Violation(
                        rule.id,
                        rule.severity,
                        rule.text,
                        self.policy_in_force(platform, published),
                        self.policy_in_force(platform, snapshot),
                    )
                )
        return tuple(out)


@lru_cache(maxsize=1024)
def _holds(condition: str, values: tuple[bool, ...]) -> bool:
    return evaluate_condition(condition, dict(zip(VARIABLES, values, strict=True)))


def evaluate_condition(condition: str, facts: Mapping[str, bool]) -> bool:
    """Evaluate ``"likeness and (sexual_intent or not minor_risk)"`` without ``eval``."""
    tokens = _tokens(condition)
    position = 0

    def expression() -> bool:
        nonlocal position
        value = term()
        while position < len(tokens) and tokens[position] == "or":
            position += 1
            right = term()
            value = value or right
        return value

    def term() -> bool:
        nonlocal position
        value = factor()
        while position < len(tokens) and tokens[position] == "and":
            position += 1
            right = factor()
            value = value and right
        return value

    def factor() -> bool:
        nonlocal position
        if position >= len(tokens):
            raise InputError(f"rule condition ends early: {condition!r}")
        token = tokens[position]
        position += 1
        if token == "not":
            return not factor()
        if token == "(":
            value = expression()
            if position >= len(tokens) or tokens[position] != ")":
                raise InputError(f"unbalanced parentheses in rule condition {condition!r}")
            position += 1
            return value
        if token not in VARIABLES:
            raise InputError(f"unknown name {token!r} in rule condition {condition!r}")
        return bool(facts.get(token, False))

    result = expression()
    if position != len(tokens):
        raise InputError(f"unexpected {tokens[position]!r} in rule condition {condition!r}")
    return result


def _tokens(condition: str) -> list[str]:
    out: list[str] = []
    position = 0
    text = condition.strip()
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None:
            raise InputError(f"cannot parse rule condition {condition!r}")
        out.append(match.group(1))
        position = match.end()
    return out


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def parse_rulebook(data: Mapping[str, object]) -> RuleBook:
    policies = tuple(
        Policy(p["id"], p["platform"], date.fromisoformat(p["effective_from"]), p["text"])
        for p in data["policies"]  # type: ignore[attr-defined]
    )
    rules = tuple(
        Rule(
            r["id"],
            r["platform"],
            _date(r.get("effective_from")),
            _date(r.get("effective_to")),
            r["condition"],
            r["severity"],
            r["text"],
        )
        for r in data["rules"]  # type: ignore[attr-defined]
    )
    for rule in rules:
        evaluate_condition(rule.condition, {})  # fail early on a bad condition
    return RuleBook(policies, rules)


@lru_cache(maxsize=1)
def default_rulebook() -> RuleBook:
    text = resources.files("dfaudit.detect").joinpath("data/rules.json").read_text()
    return parse_rulebook(json.loads(text))


def as_date(value: datetime | date | None) -> date | None:
    if value is None:
        return None
    return value.date() if isinstance(value, datetime) else value
