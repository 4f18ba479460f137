"""Findings: what the combiner makes of one record's hits, with the hits kept as evidence."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dfaudit.detect.base import Hit
from dfaudit.detect.combiner import (
    LogisticModel,
    features_by_aspect,
    likeness_score,
    with_conflict,
)
from dfaudit.detect.rules import RuleBook, Violation

GENDER_MARGIN = 1.5
# Most likeness targets on these platforms are women (about 9 in 10 of the labelled likeness
# items, dev set and real catalog alike): a last, weak vote for "female" on a likeness finding.
# It decides only when no other gender evidence speaks (the weakest real vote, a lone first
# name, weighs 0.2 and outweighs it); a finding that is not likeness, or one with a neutral cue
# (a "sks person" trigger, they/them in the description), gets no prior.
GENDER_PRIOR = ("female", 0.1)
# Off: the design says `unknown` when unsure, and a prior would raise the reports' female share
# by its own assumption. Measured both ways in `scripts/eval_real_gender.py --prior`.
APPLY_GENDER_PRIOR = False
FIRST_NAME_NOTE = "first-name table"  # the note of gender hits from the first-name tables
MINOR_THRESHOLD = 0.85
AUDIENCE_FEATURE = "public_role:audience"  # see signals/public_role.py
PROMINENCE_VALUES = ("public_figure", "online_creator", "private_or_unknown")


@dataclass(frozen=True, slots=True)
class Finding:
    """Detection output for one model or bounty."""

    likeness: bool
    likeness_score: float
    target_key: str | None
    target_name: str | None
    target_gender: str  # female | male | unknown
    prominence: str | None
    sexual_intent: bool
    sexual_intent_score: float
    minor_risk: bool
    violations: tuple[Violation, ...]
    hits: tuple[Hit, ...]

    @property
    def violation_ids(self) -> tuple[str, ...]:
        return tuple(v.rule for v in self.violations)


def combine(
    hits: Sequence[Hit],
    *,
    platform: str,
    likeness_model: LogisticModel,
    sexual_model: LogisticModel,
    rulebook: RuleBook,
    published: date | None,
    snapshot: date,
) -> Finding:
    """Turn hits into a finding; thresholds are applied here and nowhere else."""
    by_aspect = hits_by_aspect(hits)
    feats = features_by_aspect(
        by_aspect.get("likeness", ()) + by_aspect.get("sexual", ()), ("likeness", "sexual")
    )
    score, likeness = likeness_score(likeness_model, with_conflict(feats["likeness"]))
    sexual_score = sexual_model.score(feats["sexual"])
    sexual = sexual_score >= sexual_model.threshold
    minor = any(h.score >= MINOR_THRESHOLD for h in by_aspect.get("minor", ()))
    target_key, target_name = best_target(by_aspect.get("target", ())) if likeness else (None, None)
    facts = {"likeness": likeness, "sexual_intent": sexual, "minor_risk": minor}
    return Finding(
        likeness=likeness,
        likeness_score=round(score, 4),
        target_key=target_key,
        target_name=target_name,
        target_gender=decide_gender(
            by_aspect.get("gender", ()), GENDER_PRIOR if likeness and APPLY_GENDER_PRIOR else None
        ),
        prominence=decide_prominence(by_aspect.get("prominence", ())) if likeness else None,
        sexual_intent=sexual,
        sexual_intent_score=round(sexual_score, 4),
        minor_risk=minor,
        violations=rulebook.violations(platform, facts, published, snapshot),
        hits=tuple(hits),
    )


def hits_by_aspect(hits: Sequence[Hit]) -> dict[str, tuple[Hit, ...]]:
    """The hits of each aspect, in their original order."""
    grouped: dict[str, list[Hit]] = {}
    for hit in hits:
        same = grouped.get(hit.aspect)
        if same is None:
            grouped[hit.aspect] = [hit]
        else:
            same.append(hit)
    return {aspect: tuple(group) for aspect, group in grouped.items()}


def best_target(hits: Sequence[Hit]) -> tuple[str | None, str | None]:
    """The best-supported name: highest score, then the key most hits agree on."""
    support: dict[str, float] = {}
    display: dict[str, tuple[float, str]] = {}
    for hit in hits:
        if hit.aspect != "target" or not hit.note or not hit.value:
            continue
        support[hit.note] = support.get(hit.note, 0.0) + hit.score
        if hit.score > display.get(hit.note, (-1.0, ""))[0]:
            display[hit.note] = (hit.score, hit.value)
    if not support:
        return None, None
    key = max(support, key=lambda k: (display[k][0], support[k]))
    return key, display[key][1]


def decide_gender(hits: Sequence[Hit], prior: tuple[str, float] | None = None) -> str:
    """Female, male or unknown by weighted votes; one side must outweigh the other by
    ``GENDER_MARGIN``. ``prior`` (a gender and its weight) is one more, weak vote."""
    votes = {"female": 0.0, "male": 0.0}
    # A hit of value "unknown" is a gender-neutral cue ("sks person"): it keeps the prior out.
    if prior is not None and prior[0] in votes and not any(h.value == "unknown" for h in hits):
        votes[prior[0]] += prior[1]
    # The first-name table is one piece of evidence however many signals look it up: its
    # strongest vote per gender counts, not their sum (a unisex "Alex" seen by three signals
    # must not outvote a "girl" trigger).
    table = {"female": 0.0, "male": 0.0}
    for hit in hits:
        if hit.aspect == "gender" and hit.value in votes:
            if hit.note == FIRST_NAME_NOTE:
                table[hit.value] = max(table[hit.value], hit.score)
            else:
                votes[hit.value] += hit.score
    female, male = votes["female"] + table["female"], votes["male"] + table["male"]
    if female > 0 and female >= GENDER_MARGIN * male:
        return "female"
    if male > 0 and male >= GENDER_MARGIN * female:
        return "male"
    return "unknown"


def decide_prominence(hits: Sequence[Hit]) -> str:
    """Public figure, online creator, or private/unknown, by weighted votes.

    A stated audience decides between a private person and an online creator (a handle with 95
    followers is a private individual's), unless the subject holds a public role.
    """
    votes = dict.fromkeys(PROMINENCE_VALUES, 0.0)
    audience: str | None = None
    for hit in hits:
        if hit.aspect == "prominence" and hit.value in votes:
            votes[hit.value] += hit.score
            if hit.feature == AUDIENCE_FEATURE:
                audience = hit.value
    if audience is not None and votes["public_figure"] <= 0:
        return audience
    if votes["public_figure"] <= 0 and votes["online_creator"] <= 0:
        return "private_or_unknown"
    if votes["private_or_unknown"] > max(votes["public_figure"], votes["online_creator"]):
        return "private_or_unknown"
    return (
        "public_figure" if votes["public_figure"] >= votes["online_creator"] else "online_creator"
    )
