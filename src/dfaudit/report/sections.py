"""The report's sections, each one function: SQL over the ``r_*`` views → a :class:`Section`.

A section's lead is our own sentence with numbers in it; platform strings only ever reach the
tables, where every renderer escapes them. Names of targeted people appear only through
:class:`~dfaudit.report.names.TargetNamer`, and model names, ids, creators and tags only when
names are revealed (they very often contain the targeted person's name).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from dfaudit.report.act_sections import notices_and_response_times, since_last_audit
from dfaudit.report.model import Column, FigureSpec, Section, Table, as_share
from dfaudit.report.names import TargetNamer
from dfaudit.report.scope import TIMELINE_START, ReportScope
from dfaudit.report.sql import (
    BASE_FAMILIES,
    GENDER_LABELS,
    PROMINENCE_LABELS,
    base_family_sql,
    concentration,
    fixed_label,
    share,
)
from dfaudit.sources.civitai import MODEL_TYPES as CIVITAI_MODEL_TYPES
from dfaudit.store.db import Store

MODEL_TYPES = {t: t for t in CIVITAI_MODEL_TYPES}
PLATFORM_LABELS = {"civitai": "civitai", "huggingface": "huggingface"}
TOP_N = 20
NSFW_LEVEL_MASK = 4 | 8 | 16 | 32  # R, X, XXX, Blocked


@dataclass(frozen=True)
class ReportContext:
    """What every section function receives."""

    store: Store
    scope: ReportScope
    namer: TargetNamer


def _rows(ctx: ReportContext, sql: str) -> list[tuple[Any, ...]]:
    return ctx.store.con.execute(sql).fetchall()


def _one(ctx: ReportContext, sql: str) -> tuple[Any, ...]:
    row = ctx.store.con.execute(sql).fetchone()
    assert row is not None
    return row


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value * 100:.1f} %"


# --- headline ------------------------------------------------------------------------------


def headline(ctx: ReportContext) -> Section:
    models_total, findings_total = _one(
        ctx, "SELECT (SELECT count(*) FROM r_models), (SELECT count(*) FROM r_findings)"
    )
    (likeness, downloads, targets, female, gender_known, sexual, minor_likeness) = _one(
        ctx,
        """
        SELECT count(*), coalesce(sum(downloads), 0), count(DISTINCT target_key),
               count(*) FILTER (WHERE target_gender = 'female'),
               count(*) FILTER (WHERE target_gender IN ('female', 'male')),
               count(*) FILTER (WHERE sexual_intent),
               count(*) FILTER (WHERE minor_risk)
        FROM r_likeness
        """,
    )
    minor_models = _one(ctx, "SELECT count(*) FROM r_findings WHERE minor_risk")[0]
    summary = {
        "models_total": int(models_total),
        "models_processed": int(findings_total),
        "likeness_models": int(likeness),
        "likeness_share": share(likeness, findings_total),
        "likeness_downloads": int(downloads),
        "targets_total": int(targets),
        "female_share": share(female, gender_known),
        "gender_known_models": int(gender_known),
        "sexual_intent_share": share(sexual, likeness),
        "sexual_intent_models": int(sexual),
        "minor_risk_models": int(minor_models),
        "minor_risk_likeness_models": int(minor_likeness),
    }
    table = Table(
        "headline",
        "Headline figures",
        (Column("figure"), Column("value", "num")),
        (
            ("Models in the store", models_total),
            ("Models processed by detection", findings_total),
            ("Likeness models (made to reproduce a real person)", likeness),
            ("Downloads of likeness models", downloads),
            ("Distinct targeted people", targets),
            (
                "Share of likeness models targeting women (gender known)",
                as_share(summary["female_share"]),
            ),
            (
                "Share of likeness models with sexual intent",
                as_share(summary["sexual_intent_share"]),
            ),
            ("Models with a minor-risk cue (any model)", minor_models),
            ("Likeness models with a minor-risk cue", minor_likeness),
        ),
    )
    lead = (
        f"Of {models_total:,} models, {likeness:,} were made to reproduce the likeness of a real "
        f"person; together they were downloaded {downloads:,} times and target {targets:,} "
        f"distinct people. {_pct(summary['female_share'])} of those with a known gender target "
        f"women and {_pct(summary['sexual_intent_share'])} show sexual intent."
    )
    return Section("headline", "Headline figures", lead, (table,), None, summary)


# --- platform and model type ---------------------------------------------------------------


def platforms_and_types(ctx: ReportContext) -> Section:
    grouped = _rows(
        ctx,
        """
        WITH base AS (
            SELECT m.platform, coalesce(m.type, 'Other') AS type,
                   coalesce(f.likeness, FALSE) AS likeness, coalesce(m.downloads, 0) AS downloads
            FROM r_models m LEFT JOIN r_findings f USING (platform, model_id)
        )
        SELECT platform, type, count(*), count(*) FILTER (WHERE likeness),
               coalesce(sum(downloads) FILTER (WHERE likeness), 0)
        FROM base GROUP BY ALL ORDER BY 1, 4 DESC, 3 DESC, 2
        """,
    )
    by_platform: dict[str, dict[str, Any]] = {}
    by_type: dict[str, dict[str, Any]] = {}
    for platform, model_type, models, likeness, downloads in grouped:
        for bucket, key in ((by_platform, platform), (by_type, model_type)):
            entry = bucket.setdefault(
                key, {"models": 0, "likeness_models": 0, "likeness_downloads": 0}
            )
            entry["models"] += models
            entry["likeness_models"] += likeness
            entry["likeness_downloads"] += downloads
    for bucket in (by_platform, by_type):
        for entry in bucket.values():
            entry["likeness_share"] = share(entry["likeness_models"], entry["models"])
    table = Table(
        "platform_type",
        "Models by platform and model type",
        (
            Column("platform"),
            Column("model type"),
            Column("models", "int"),
            Column("likeness models", "int"),
            Column("likeness share", "pct"),
            Column("likeness downloads", "int"),
        ),
        tuple((p, t, m, lk, share(lk, m), d) for p, t, m, lk, d in grouped),
    )
    type_counts: dict[str, float] = {}
    for model_type, entry in by_type.items():
        label = fixed_label(model_type, MODEL_TYPES)
        type_counts[label] = type_counts.get(label, 0) + entry["likeness_models"]
    ordered = sorted(type_counts.items(), key=lambda kv: -kv[1])
    figure = FigureSpec(
        "platform_type",
        "barh",
        "Likeness models by model type",
        tuple(label for label, _ in ordered),
        (("likeness models", tuple(v for _, v in ordered)),),
        "likeness models",
    )
    lead = "How many models each platform holds, of which type, and how many are likeness models."
    return Section(
        "platform_type",
        "Platforms and model types",
        lead,
        (table,),
        figure,
        {"by_platform": by_platform, "by_model_type": by_type},
    )


# --- base-model families -------------------------------------------------------------------


def base_models(ctx: ReportContext) -> Section:
    rows = _rows(
        ctx,
        f"""
        SELECT {base_family_sql("m.base_model")} AS family, count(*),
               count(*) FILTER (WHERE f.likeness)
        FROM r_models m LEFT JOIN r_findings f USING (platform, model_id)
        GROUP BY 1
        """,
    )
    counts = {family: (int(models), int(likeness)) for family, models, likeness in rows}
    ordered = [(family, *counts.get(family, (0, 0))) for family in BASE_FAMILIES]
    table = Table(
        "base_models",
        "Base-model families",
        (
            Column("family"),
            Column("models", "int"),
            Column("likeness models", "int"),
            Column("likeness share", "pct"),
        ),
        tuple((f, m, lk, share(lk, m)) for f, m, lk in ordered),
    )
    figure = FigureSpec(
        "base_models",
        "bar",
        "Likeness models by base-model family",
        BASE_FAMILIES,
        (("likeness models", tuple(float(lk) for _, _, lk in ordered)),),
        "likeness models",
    )
    summary = {"by_base_model": {f: {"models": m, "likeness_models": lk} for f, m, lk in ordered}}
    lead = "Which image generator each model was trained for (its base-model family)."
    return Section("base_models", "Base-model families", lead, (table,), figure, summary)


# --- monthly timeline ----------------------------------------------------------------------


def timeline(ctx: ReportContext) -> Section:
    start = max(TIMELINE_START, ctx.scope.since) if ctx.scope.since else TIMELINE_START
    rows = _rows(
        ctx,
        f"""
        WITH monthly AS (
            SELECT date_trunc('month', created_at AT TIME ZONE 'UTC')::DATE AS month,
                   count(*) AS new_models, sum(downloads) AS downloads
            FROM r_likeness WHERE created_at IS NOT NULL GROUP BY 1
        ), months AS (
            SELECT unnest(generate_series(
                least((SELECT min(month) FROM monthly), DATE '{start.isoformat()}'),
                (SELECT max(month) FROM monthly), INTERVAL 1 MONTH))::DATE AS month
        ), filled AS (
            SELECT months.month, coalesce(new_models, 0) AS new_models,
                   sum(coalesce(downloads, 0)) OVER (ORDER BY months.month) AS cumulative
            FROM months LEFT JOIN monthly USING (month)
        )
        SELECT strftime(month, '%Y-%m'), new_models, cumulative FROM filled
        WHERE month >= DATE '{start.isoformat()}' ORDER BY month
        """,
    )
    by_month = [
        {"month": m, "new_likeness_models": int(n), "cumulative_downloads": int(c)}
        for m, n, c in rows
    ]
    table = Table(
        "by_month",
        f"New likeness models and cumulative downloads per month since {start:%Y-%m}",
        (
            Column("month"),
            Column("new likeness models", "int"),
            Column("cumulative downloads", "int"),
        ),
        tuple((m, n, c) for m, n, c in rows),
        note="Cumulative downloads: today's download counts of the likeness models created up to "
        "the end of each month (models created earlier are included from the first month).",
    )
    figure = FigureSpec(
        "by_month",
        "timeline",
        "New likeness models per month and cumulative downloads",
        tuple(m for m, _, _ in rows),
        (
            ("new likeness models", tuple(float(n) for _, n, _ in rows)),
            ("cumulative downloads", tuple(float(c) for _, _, c in rows)),
        ),
        "new likeness models",
    )
    lead = "When likeness models were published, and how their downloads accumulated."
    return Section(
        "by_month", "Likeness models over time", lead, (table,), figure, {"by_month": by_month}
    )


# --- gender, prominence, sexual intent, minor risk -----------------------------------------


def _category_section(
    ctx: ReportContext, key: str, title: str, column: str, labels: dict[str, str], lead: str
) -> Section:
    rows = _rows(
        ctx,
        f"""
        SELECT {column}, count(*), count(DISTINCT target_key), sum(downloads),
               count(*) FILTER (WHERE sexual_intent)
        FROM r_likeness GROUP BY 1
        """,
    )
    found = {str(value): row for value, *row in rows}
    total = sum(int(r[0]) for r in found.values())
    ordered = [(name, label, *found.get(name, (0, 0, 0, 0))) for name, label in labels.items()]
    table = Table(
        key,
        title,
        (
            Column(key),
            Column("likeness models", "int"),
            Column("share", "pct"),
            Column("distinct targets", "int"),
            Column("downloads", "int"),
            Column("with sexual intent", "pct"),
        ),
        tuple(
            (label, n, share(n, total), t, d or 0, share(s, n)) for _, label, n, t, d, s in ordered
        ),
    )
    figure = FigureSpec(
        key,
        "bar",
        f"Likeness models by {key}",
        tuple(label for _, label, *_ in ordered),
        (("likeness models", tuple(float(n) for _, _, n, *_ in ordered)),),
        "likeness models",
    )
    summary = {
        f"by_{key}": {
            name: {"likeness_models": int(n), "targets": int(t), "downloads": int(d or 0)}
            for name, _, n, t, d, _ in ordered
        }
    }
    return Section(key, title, lead, (table,), figure, summary)


def gender(ctx: ReportContext) -> Section:
    return _category_section(
        ctx,
        "gender",
        "Target gender",
        "target_gender",
        GENDER_LABELS,
        "The gender of the targeted person, from tags, words, pronouns and name tables.",
    )


def prominence(ctx: ReportContext) -> Section:
    return _category_section(
        ctx,
        "prominence",
        "Prominence of the targeted person",
        "prominence",
        PROMINENCE_LABELS,
        "Public figures are in a notability list; online creators have social-media cues; "
        "everyone else — private people among them — is 'private or unknown'.",
    )


def _by_platform_flag(ctx: ReportContext, flag: str) -> list[tuple[Any, ...]]:
    return _rows(
        ctx,
        f"""
        SELECT m.platform, count(*), count(*) FILTER (WHERE f.{flag}),
               count(*) FILTER (WHERE f.likeness), count(*) FILTER (WHERE f.likeness AND f.{flag})
        FROM r_findings f JOIN models m USING (platform, model_id)
        GROUP BY 1 ORDER BY 1
        """,
    )


def sexual_intent(ctx: ReportContext) -> Section:
    rows = _by_platform_flag(ctx, "sexual_intent")
    table = Table(
        "sexual_intent",
        "Sexual intent by platform",
        (
            Column("platform"),
            Column("likeness models", "int"),
            Column("with sexual intent", "int"),
            Column("share", "pct"),
            Column("all models with sexual intent", "int"),
        ),
        tuple((p, lk, lks, share(lks, lk), s) for p, _, s, lk, lks in rows),
    )
    figure = FigureSpec(
        "sexual_intent",
        "bar",
        "Share of likeness models with sexual intent",
        tuple(fixed_label(p, PLATFORM_LABELS) for p, *_ in rows),
        (("share", tuple(share(lks, lk) or 0.0 for _, _, _, lk, lks in rows)),),
        "share of likeness models",
        percent=True,
    )
    lead = (
        "Sexual intent (a non-consensual intimate imagery signal): platform NSFW flags and "
        "levels of the model and its previews, explicit words, nudity-oriented trigger words."
    )
    return Section("sexual_intent", "Sexual intent", lead, (table,), figure)


def minor_risk(ctx: ReportContext) -> Section:
    rows = _by_platform_flag(ctx, "minor_risk")
    table = Table(
        "minor_risk",
        "Minor-risk cues by platform",
        (
            Column("platform"),
            Column("models", "int"),
            Column("with minor-risk cue", "int"),
            Column("likeness models with minor-risk cue", "int"),
        ),
        tuple((p, n, mr, lkm) for p, n, mr, _, lkm in rows),
    )
    figure = FigureSpec(
        "minor_risk",
        "grouped",
        "Models with a minor-risk cue",
        tuple(fixed_label(p, PLATFORM_LABELS) for p, *_ in rows),
        (
            ("any model", tuple(float(mr) for _, _, mr, _, _ in rows)),
            ("likeness model", tuple(float(lkm) for *_, lkm in rows)),
        ),
        "models",
    )
    lead = (
        "Models whose metadata suggests a minor: the platform's minor flag, a stated age under "
        "18, youth words or school settings. Each needs human review."
    )
    return Section("minor_risk", "Minor risk", lead, (table,), figure)


# --- violations ----------------------------------------------------------------------------


def violations(ctx: ReportContext) -> Section:
    # Rule ids come from the findings' violations list; the policy versions in force on the
    # publication and snapshot dates from the matching "violation" items of the evidence.
    rows = _rows(
        ctx,
        """
        WITH broken AS (
            SELECT platform, model_id, likeness, violations, evidence FROM r_findings
            WHERE len(violations) > 0
        ), by_rule AS (
            SELECT platform, model_id, likeness, unnest(violations) AS rule FROM broken
        ), items AS (
            SELECT platform, model_id, unnest(json_extract(evidence, '$[*]')) AS item FROM broken
        ), versions AS (
            SELECT platform, model_id, item ->> 'rule' AS rule,
                   any_value(item ->> 'policy_at_publication') AS at_publication,
                   any_value(item ->> 'policy_at_snapshot') AS at_snapshot
            FROM items WHERE item ->> 'aspect' = 'violation' GROUP BY ALL
        )
        SELECT rule, coalesce(at_publication, ''), coalesce(at_snapshot, ''),
               count(*), count(*) FILTER (WHERE likeness)
        FROM by_rule LEFT JOIN versions USING (platform, model_id, rule)
        GROUP BY 1, 2, 3 ORDER BY 4 DESC, 1, 2, 3
        """,
    )
    by_rule: dict[str, int] = {}
    for rule, _, _, n, _ in rows:
        by_rule[rule] = by_rule.get(rule, 0) + int(n)
    table = Table(
        "violations",
        "Policy violations by rule and policy version",
        (
            Column("rule"),
            Column("policy at publication"),
            Column("policy at snapshot"),
            Column("models", "int"),
            Column("of which likeness models", "int"),
        ),
        tuple(rows),
    )
    ordered = sorted(by_rule.items(), key=lambda kv: -kv[1])
    figure = FigureSpec(
        "violations",
        "barh",
        "Models by violated rule",
        tuple(rule for rule, _ in ordered),
        (("models", tuple(float(n) for _, n in ordered)),),
        "models",
    )
    lead = (
        "Each platform's rules as they stood when a model was published and when it was last "
        "seen; a model can break several."
    )
    return Section(
        "violations", "Policy violations", lead, (table,), figure, {"violations_by_rule": by_rule}
    )


# --- top targets and models ----------------------------------------------------------------


def top_targets(ctx: ReportContext) -> Section:
    def ranked(order_by: str) -> list[tuple[Any, ...]]:
        return _rows(
            ctx,
            f"""
            SELECT target_key, any_value(target_name), count(*) AS models,
                   sum(downloads) AS downloads, mode(target_gender), mode(prominence),
                   avg(sexual_intent::INTEGER)
            FROM r_likeness WHERE target_key IS NOT NULL
            GROUP BY 1 ORDER BY {order_by}, 1 LIMIT {TOP_N}
            """,
        )

    columns = (
        Column("rank", "int"),
        Column("target"),
        Column("likeness models", "int"),
        Column("downloads", "int"),
        Column("gender"),
        Column("prominence"),
        Column("with sexual intent", "pct"),
    )

    def table(key: str, title: str, rows: list[tuple[Any, ...]]) -> Table:
        return Table(
            key,
            title,
            columns,
            tuple(
                (
                    rank,
                    ctx.namer.label(k, name),
                    n,
                    d,
                    GENDER_LABELS.get(g, g),
                    PROMINENCE_LABELS.get(p, p),
                    s,
                )
                for rank, (k, name, n, d, g, p, s) in enumerate(rows, start=1)
            ),
        )

    by_models = ranked("models DESC, downloads DESC")
    by_downloads = ranked("downloads DESC, models DESC")
    figure_rows = by_models[:10]
    figure = FigureSpec(
        "top_targets",
        "barh",
        "Most targeted people (pseudonyms) by likeness models",
        tuple(ctx.namer.pseudonym(k) for k, *_ in figure_rows),
        (("likeness models", tuple(float(n) for _, _, n, *_ in figure_rows)),),
        "likeness models",
    )
    who = "names and pseudonyms" if ctx.namer.reveal_names else "stable pseudonyms"
    lead = f"The people most often targeted, shown as {who} (same person, same pseudonym)."
    return Section(
        "top_targets",
        "Top targets",
        lead,
        (
            table("top_targets_by_models", "Top targets by number of likeness models", by_models),
            table("top_targets_by_downloads", "Top targets by downloads", by_downloads),
        ),
        figure,
    )


def top_models(ctx: ReportContext) -> Section:
    rows = _rows(
        ctx,
        f"""
        SELECT platform, model_id, name, url, creator, type, {base_family_sql("base_model")},
               downloads, target_key, target_name, sexual_intent, minor_risk, tags[1:5]
        FROM r_likeness ORDER BY downloads DESC, platform, model_id LIMIT {TOP_N}
        """,
    )
    reveal = ctx.namer.reveal_names
    columns = [Column("rank", "int"), Column("platform"), Column("model")]
    if reveal:
        columns += [Column("name"), Column("link", "url"), Column("creator"), Column("tags")]
    columns += [
        Column("type"),
        Column("base model"),
        Column("downloads", "int"),
        Column("target"),
        Column("sexual intent"),
        Column("minor risk"),
    ]
    body = []
    for rank, (platform, model_id, name, url, creator, mtype, family, downloads, key, tname,
               sexual, minor, tags) in enumerate(rows, start=1):  # fmt: skip
        row: list[Any] = [rank, platform, _model_reference(platform, model_id, reveal)]
        if reveal:
            row += [name or "", url or "", creator or "", ", ".join(tags or [])]
        row += [
            mtype,
            family,
            downloads,
            ctx.namer.label(key, tname) if key else "",
            "yes" if sexual else "no",
            "yes" if minor else "no",
        ]
        body.append(tuple(row))
    note = (
        ""
        if reveal
        else "Model names, creators, tags and Hugging Face ids are withheld because they "
        "usually contain the targeted person's name; run with --reveal-names to show them."
    )
    table = Table(
        "top_models", "Most downloaded likeness models", tuple(columns), tuple(body), note
    )
    figure = FigureSpec(
        "top_models",
        "barh",
        "Downloads of the most downloaded likeness models (by rank)",
        tuple(f"#{rank}" for rank in range(1, min(len(rows), 10) + 1)),
        (("downloads", tuple(float(r[7]) for r in rows[:10])),),
        "downloads",
    )
    lead = "The likeness models with the most downloads."
    return Section("top_models", "Most downloaded likeness models", lead, (table,), figure)


def _model_reference(platform: str, model_id: str, reveal: bool) -> str:
    if reveal or (platform == "civitai" and model_id.isdigit()):
        return model_id
    return "withheld"


# --- concentration -------------------------------------------------------------------------


def _concentration_table(key: str, title: str, owner: str, result: Any) -> Table:
    return Table(
        key,
        title,
        (Column("measure"), Column("value", "num")),
        (
            (f"{owner}s", result.owners),
            ("items", result.items),
            (f"share of the top 1 % of {owner}s", as_share(result.top1_share)),
            (f"share of the top 20 % of {owner}s", as_share(result.top20_share)),
            ("Gini coefficient", result.gini),
        ),
    )


def creators(ctx: ReportContext) -> Section:
    result = concentration(ctx.store, "SELECT creator FROM r_likeness", "creator")
    table = _concentration_table(
        "creator_concentration", "Concentration of likeness models among creators", "creator",
        result,
    )  # fmt: skip
    top1, top20 = result.top1_share or 0.0, result.top20_share or 0.0
    figure = FigureSpec(
        "creator_concentration",
        "bar",
        "Share of likeness models made by the most active creators",
        ("top 1 %", "top 20 %", "other 80 %"),
        (("share", (top1, top20, 1.0 - top20 if result.owners else 0.0)),),
        "share of likeness models",
        percent=True,
    )
    lead = (
        f"{result.owners:,} creators published likeness models; the top 1 % made "
        f"{_pct(result.top1_share)} of them and the top 20 % made {_pct(result.top20_share)}."
    )
    return Section(
        "creators",
        "Creator concentration",
        lead,
        (table,),
        figure,
        {"creator_concentration": result.as_dict()},
    )


# --- bounties ------------------------------------------------------------------------------


def bounties(ctx: ReportContext) -> Section:
    total, processed = _one(
        ctx, "SELECT (SELECT count(*) FROM r_bounties), (SELECT count(*) FROM r_bounty_findings)"
    )
    likeness, nsfw, lora, ended, awarded = _one(
        ctx,
        f"""
        WITH snapshot AS (SELECT coalesce(max(last_seen), now()) AS snapshot_at FROM r_bounties)
        SELECT count(*),
               count(*) FILTER (WHERE nsfw OR (coalesce(nsfw_level, 0) & {NSFW_LEVEL_MASK}) <> 0),
               count(*) FILTER (WHERE type = 'LoraCreation'),
               count(*) FILTER (WHERE complete OR expires_at <= (SELECT snapshot_at FROM snapshot)),
               count(*) FILTER (WHERE complete)
        FROM r_bounty_findings WHERE likeness
        """,
    )
    gender_rows = _rows(
        ctx,
        "SELECT target_gender, count(*) FROM r_bounty_findings WHERE likeness GROUP BY 1",
    )
    genders = {str(g): int(n) for g, n in gender_rows}
    requesters = concentration(
        ctx.store, "SELECT requester FROM r_bounty_findings WHERE likeness", "requester"
    )
    summary = {
        "bounties": {
            "total": int(total),
            "processed": int(processed),
            "likeness": int(likeness),
            "likeness_share": share(likeness, processed),
            "nsfw_share": share(nsfw, likeness),
            "lora_share": share(lora, likeness),
            "award_rate": share(awarded, ended),
            "by_gender": {g: genders.get(g, 0) for g in GENDER_LABELS},
            "requester_concentration": requesters.as_dict(),
        }
    }
    overview = Table(
        "bounties",
        "Bounties asking for a real person's likeness",
        (Column("measure"), Column("value", "num")),
        (
            ("bounties", total),
            ("likeness bounties", likeness),
            ("likeness share", as_share(share(likeness, processed))),
            ("NSFW share of likeness bounties", as_share(share(nsfw, likeness))),
            ("LoRA share of likeness bounties", as_share(share(lora, likeness))),
            ("award rate of ended likeness bounties", as_share(share(awarded, ended))),
            (
                "female share of likeness bounties",
                as_share(share(genders.get("female", 0), likeness)),
            ),
        ),
    )
    gender_table = Table(
        "bounty_gender",
        "Likeness bounties by target gender",
        (Column("gender"), Column("likeness bounties", "int")),
        tuple((label, genders.get(g, 0)) for g, label in GENDER_LABELS.items()),
    )
    requester_table = _concentration_table(
        "bounty_requesters", "Concentration of likeness bounties among requesters", "requester",
        requesters,
    )  # fmt: skip
    figure = FigureSpec(
        "bounties",
        "bar",
        "Likeness bounties: shares",
        ("NSFW", "LoRA", "female target", "awarded"),
        (
            (
                "share",
                tuple(
                    share(x, d) or 0.0
                    for x, d in (
                        (nsfw, likeness),
                        (lora, likeness),
                        (genders.get("female", 0), likeness),
                        (awarded, ended),
                    )
                ),
            ),
        ),
        "share",
        percent=True,
    )
    lead = (
        f"Civitai bounties pay for a model to be made. {likeness:,} of {processed:,} processed "
        f"bounties ask for a real person's likeness."
    )
    return Section(
        "bounties", "Bounties", lead, (overview, gender_table, requester_table), figure, summary
    )


# --- re-uploads ----------------------------------------------------------------------------


def reuploads(ctx: ReportContext) -> Section:
    rows = _rows(
        ctx,
        """
        WITH links AS (
            SELECT r.*, coalesce(fa.likeness, FALSE) OR coalesce(fb.likeness, FALSE) AS likeness
            FROM r_reuploads r
            LEFT JOIN findings fa ON fa.platform = r.platform_a AND fa.model_id = r.model_id_a
            LEFT JOIN findings fb ON fb.platform = r.platform_b AND fb.model_id = r.model_id_b
        )
        SELECT platform_a, platform_b, count(*), count(DISTINCT sha256),
               count(*) FILTER (WHERE likeness),
               median(date_diff('hour', first_seen_a, first_seen_b) / 24.0)
        FROM links GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2
        """,
    )
    links = sum(int(r[2]) for r in rows)
    cross = sum(int(r[2]) for r in rows if r[0] != r[1])
    likeness_links = sum(int(r[4]) for r in rows)
    table = Table(
        "reuploads",
        "Re-uploads: the same file on two model pages",
        (
            Column("from platform"),
            Column("to platform"),
            Column("links", "int"),
            Column("distinct files", "int"),
            Column("links involving a likeness model", "int"),
            Column("median delay", "days"),
        ),
        tuple(rows),
    )
    figure = FigureSpec(
        "reuploads",
        "bar",
        "Re-upload links by platform pair",
        tuple(
            f"{fixed_label(a, PLATFORM_LABELS)} → {fixed_label(b, PLATFORM_LABELS)}"
            for a, b, *_ in rows
        ),
        (("links", tuple(float(r[2]) for r in rows)),),
        "links",
    )
    summary = {
        "reuploads": {
            "links": links,
            "cross_platform_links": cross,
            "likeness_links": likeness_links,
        }
    }
    lead = (
        f"{links:,} links join two model pages carrying the same file (by hash), "
        f"{cross:,} of them across platforms."
    )
    return Section("reuploads", "Re-uploads across platforms", lead, (table,), figure, summary)


# --- removals ------------------------------------------------------------------------------

_REMOVAL_BUCKETS = ("< 48 h", "2–7 days", "7–30 days", "30–180 days", "> 180 days")

# Per removed model: the last observation that saw it listed before its removal (the lower bound
# of an interval-censored removal time); NULL when no run saw it up (gone at the first crawl).
_REMOVAL_BASE = """
    SELECT m.platform, coalesce(f.likeness, FALSE) AS likeness, m.created_at, m.removed_at,
           (SELECT max(o.observed_at) FROM observations o
            WHERE o.platform = m.platform AND o.model_id = m.model_id
              AND o.observed_at < m.removed_at
              AND o.status NOT IN ('taken_down', 'disabled', 'removed', 'deleted')) AS seen_up
    FROM r_models m LEFT JOIN r_findings f USING (platform, model_id)
"""


def removals(ctx: ReportContext) -> Section:
    rows = _rows(
        ctx,
        f"""
        WITH base AS ({_REMOVAL_BASE}),
        timed AS (
            SELECT *, removed_at IS NOT NULL AND seen_up IS NOT NULL AS observed,
                   date_diff('hour', seen_up, removed_at) / 24.0 AS gap_days,
                   date_diff('hour', created_at, seen_up) / 24.0 AS low,
                   date_diff('hour', created_at, removed_at) / 24.0 AS high
            FROM base
        )
        SELECT platform, likeness, count(*), count(removed_at), count(*) FILTER (WHERE observed),
               median(gap_days) FILTER (WHERE observed), median(low) FILTER (WHERE observed),
               median(high) FILTER (WHERE observed),
               count(*) FILTER (WHERE observed AND high < 2)
        FROM timed GROUP BY 1, 2 ORDER BY 1, 2 DESC
        """,
    )
    buckets = _rows(
        ctx,
        f"""
        SELECT likeness,
               CASE WHEN d < 2 THEN 0 WHEN d < 7 THEN 1 WHEN d < 30 THEN 2
                    WHEN d < 180 THEN 3 ELSE 4 END AS bucket, count(*)
        FROM (SELECT *, date_diff('hour', created_at, removed_at) / 24.0 AS d
              FROM ({_REMOVAL_BASE})
              WHERE removed_at IS NOT NULL AND seen_up IS NOT NULL AND created_at IS NOT NULL)
        GROUP BY 1, 2
        """,
    )
    counts = {(bool(lk), int(b)): int(n) for lk, b, n in buckets}
    table = Table(
        "removals",
        "Removals (interval-censored: between the last crawl that saw a model and the first "
        "that did not)",
        (
            Column("platform"),
            Column("group"),
            Column("models", "int"),
            Column("removed", "int"),
            Column("removed share", "pct"),
            Column("removal observed", "int"),
            Column("median observation window", "days"),
            Column("median time up, at least", "days"),
            Column("median time to removal, at most", "days"),
            Column("removed within 48 h (certain)", "int"),
        ),
        tuple(
            (p, "likeness" if lk else "other", n, r, share(r, n), obs, win, low, high, fast)
            for p, lk, n, r, obs, win, low, high, fast in rows
        ),
        note="Removal times are interval-censored: a model was removed after the last crawl that "
        "saw it and before the first that found it gone, so only bounds are given, and only for "
        "models a crawl saw up ('removal observed'). Models already gone or taken down at their "
        "first crawl count as removed but have no removal time: the span from publication to "
        "that crawl measures the crawl schedule, not the platform.",
    )
    figure = FigureSpec(
        "removals",
        "grouped",
        "Time from publication to removal, at most (models a crawl saw up)",
        _REMOVAL_BUCKETS,
        (
            ("likeness models", tuple(float(counts.get((True, i), 0)) for i in range(5))),
            ("other models", tuple(float(counts.get((False, i), 0)) for i in range(5))),
        ),
        "removed models",
    )
    removed_total = sum(int(r[3]) for r in rows)
    removed_likeness = sum(int(r[3]) for r in rows if r[1])
    observed_total = sum(int(r[4]) for r in rows)
    summary = {
        "removals": {
            "removed": removed_total,
            "removed_likeness": removed_likeness,
            "removal_observed": observed_total,
            "censoring": "interval: between the last crawl that saw the model and the first "
            "that did not; models gone at their first crawl have no removal time",
        }
    }
    lead = (
        f"{removed_total:,} models were removed, {removed_likeness:,} of them likeness models; "
        f"for {observed_total:,} a crawl saw the model up before one found it gone, which "
        "bounds when it was removed."
    )
    return Section("removals", "Removals", lead, (table,), figure, summary)


# --- method --------------------------------------------------------------------------------

SIGNALS_TEXT = (
    ("platform flags", "Civitai poi and minor flags; Hugging Face not-for-all-audiences tag"),
    ("gazetteer", "names of real people from lexicons, matched on normalised text"),
    ("name shape", "person-name shape in model names and trigger words"),
    ("likeness tags", "tags such as celebrity, real person, influencer, public figure"),
    ("description cues", "social-media handles, follower counts, 'trained on photos of'"),
    ("training metadata", "safetensors dataset folder names and caption tags"),
    ("negative evidence", "fictional characters, artist styles, concepts, poses, clothing"),
)


DEFINITIONS = (
    ("likeness model", "a model whose combined evidence says it reproduces a real person"),
    ("female share", "likeness models targeting women among those whose target gender is known"),
    ("sexual intent share", "likeness models with a sexual-intent finding among all of them"),
    ("minor-risk model", "any model with a minor-risk cue; every one needs human review"),
    ("cumulative downloads", "today's downloads of likeness models created up to that month"),
    (
        "time to removal",
        "interval-censored: between publication→last crawl that saw the model up and "
        "publication→first crawl that found it gone; not given for models gone at the first crawl",
    ),
    ("top 1 % / 20 % share", "share of items held by the most active 1 % / 20 % of owners"),
    ("Gini coefficient", "0 when every owner has as many items, near 1 when one has them all"),
    ("award rate", "likeness bounties completed among those that have ended"),
    ("re-upload link", "two model pages carrying a file with the same hash"),
)


def method(ctx: ReportContext) -> Section:
    versions = _rows(
        ctx, "SELECT detector_version, count(*) FROM r_findings GROUP BY 1 ORDER BY 2 DESC"
    )
    evaluation = _last_evaluation(ctx.store)
    metric_rows: tuple[tuple[Any, ...], ...]
    if evaluation:
        metric_rows = tuple((k, v) for k, v in _flatten(evaluation) if _is_number(v))
        measured = "Precision and recall as last measured by `dfaudit evaluate`."
    else:
        metric_rows = ()
        measured = "Precision and recall: not measured in this database (run `dfaudit evaluate`)."
    errors, failed_items, error_rows = _signal_errors(ctx)
    tables = (
        Table(
            "signals",
            "What the detection signals read",
            (Column("signal"), Column("evidence")),
            SIGNALS_TEXT,
        ),
        Table("definitions", "Definitions", (Column("term"), Column("meaning")), DEFINITIONS),
        Table(
            "evaluation",
            "Measured precision and recall",
            (Column("measure"), Column("value", "num")),
            metric_rows,
            note="" if evaluation else "not measured in this database",
        ),
        Table(
            "detector_versions",
            "Detector versions of the findings",
            (Column("detector version"), Column("models", "int")),
            tuple(versions),
        ),
        Table(
            "signal_errors",
            "Signal errors: detection signals that raised on a record",
            (
                Column("signal"),
                Column("errors", "int"),
                Column("findings", "int"),
                Column("exception types"),
            ),
            error_rows or (("every signal", "none", "none", ""),),
            note="a signal that raised on a record gave that record's finding no evidence of "
            "its own: the finding keeps an error hit instead, and the run went on",
        ),
    )
    lead = (
        "A model is a likeness model when the combined evidence of independent signals passes "
        "one threshold; every finding keeps its evidence. Limits: metadata only (no image is "
        "looked at), names can be missed or mistaken, private people are hardest to see, and "
        f"removals are only as precise as the crawl schedule. {measured} Signal errors: "
        + (f"{errors:,} in {failed_items:,} findings." if errors else "none.")
    )
    summary = {
        "evaluation": evaluation or None,
        "signal_errors": {
            "total": errors,
            "findings": failed_items,
            "by_signal": {str(row[0]): int(row[1]) for row in error_rows},
        },
    }
    return Section("method", "Method and limits", lead, tables, None, summary)


# Findings in scope (models and bounties) whose evidence holds an error hit: a text test first
# (the JSON string "error", however the evidence was spaced: re-upload links write it again with
# spaces; a record's text cannot close a JSON string, its quotes are escaped), the JSON read
# only for those.
_SIGNAL_ERRORS_SQL = """
WITH flagged AS (
    SELECT 'm:' || platform || ':' || model_id AS item, evidence FROM r_findings
    WHERE contains(evidence::VARCHAR, '"error"')
    UNION ALL
    SELECT 'b:' || bf.bounty_id, bf.evidence FROM bounty_findings bf
    WHERE bf.bounty_id IN (SELECT bounty_id FROM r_bounties)
      AND contains(bf.evidence::VARCHAR, '"error"')
), hits AS (
    SELECT item, unnest(from_json(evidence, '["JSON"]')) AS e FROM flagged
)
SELECT e->>'signal' AS signal, count(*), count(DISTINCT item),
       string_agg(DISTINCT e->>'text', ', ' ORDER BY e->>'text')
FROM hits WHERE e->>'aspect' = 'error'
GROUP BY GROUPING SETS ((e->>'signal'), ())
ORDER BY signal IS NOT NULL, 2 DESC, 1
"""


def _signal_errors(ctx: ReportContext) -> tuple[int, int, tuple[tuple[Any, ...], ...]]:
    """(error hits, findings holding one, one row per signal@version: errors, findings,
    exception types) over the findings in scope. The exception's note is left out: it may quote
    a record (a targeted person's name)."""
    rows = _rows(ctx, _SIGNAL_ERRORS_SQL)
    if not rows:
        return 0, 0, ()
    _, total, items, _ = rows[0]
    return int(total), int(items), tuple(tuple(row) for row in rows[1:])


def _last_evaluation(store: Store) -> dict[str, Any] | None:
    raw = store.get_setting("last_evaluation")
    if not raw:
        return None
    try:
        value = json.loads(raw)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _flatten(value: dict[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    items: list[tuple[str, Any]] = []
    for key, item in value.items():
        name = f"{prefix}{key}"
        if isinstance(item, dict):
            items.extend(_flatten(item, f"{name}."))
        else:
            items.append((name, item))
    return items


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


SECTION_BUILDERS: tuple[Callable[[ReportContext], Section], ...] = (
    headline,
    platforms_and_types,
    base_models,
    timeline,
    gender,
    prominence,
    sexual_intent,
    minor_risk,
    violations,
    top_targets,
    top_models,
    creators,
    bounties,
    reuploads,
    removals,
    notices_and_response_times,
    since_last_audit,
    method,
)
