"""CLI: evidence bundles, notices, the watchlist, alerts and diff (``dfaudit.act``)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import typer

from dfaudit.act.common import iso, one_line, parse_time
from dfaudit.cli.app import _typer, app, db_path, out
from dfaudit.errors import DfauditError
from dfaudit.store.db import open_store

evidence_app = _typer(help="Evidence bundles: raw pages, findings and history, hashed and signed.")
notice_app = _typer(help="Removal notices: draft them, record when they were sent.")
watchlist_app = _typer(help="Watch names (stored only as keyed hashes) for new likeness models.")
app.add_typer(evidence_app, name="evidence")
app.add_typer(notice_app, name="notice")
app.add_typer(watchlist_app, name="watchlist")


class VerifyFailed(DfauditError):
    """An evidence bundle did not verify."""

    exit_code = 1


class DeliveryIncomplete(DfauditError):
    """Some alerts could not be delivered to the webhook (they stay pending)."""

    exit_code = 1


def _say(text: str) -> None:
    """Print text that may carry platform strings: no markup, no highlighting."""
    out.print(text, markup=False, highlight=False, soft_wrap=True)


def _json(value: Any) -> None:
    typer.echo(json.dumps(value, indent=2, sort_keys=True, default=str))


# --- evidence ----------------------------------------------------------------------------------


@evidence_app.command("keygen")
def evidence_keygen(
    output: Path = typer.Option(
        Path("dfaudit-evidence.key"), "-o", "--output", help="Private key file to create."
    ),
) -> None:
    """Create an Ed25519 key pair for signing bundles: KEY (mode 0600) and KEY.pub.

    Keep the private key to yourself; hand out the `.pub` file so others can check signatures.

    Example: `dfaudit evidence keygen -o ~/.dfaudit/evidence.key`
    """
    from dfaudit.act.evidence import keygen

    private, public = keygen(output)
    _say(f"private key: {private}")
    _say(f"public key: {public}")


@evidence_app.command("bundle")
def evidence_bundle(
    ctx: typer.Context,
    output: Path = typer.Option(..., "-o", "--output", help="The zip file to write."),
    platform: str | None = typer.Option(None, "--platform", help="civitai or huggingface."),
    model_id: str | None = typer.Option(None, "--model-id", help="The model's id."),
    target: str | None = typer.Option(
        None, "--target", help="A target pseudonym (T-XXXXXX): every likeness model of it."
    ),
    reveal_names: bool = typer.Option(
        False,
        "--reveal-names",
        help="Keep names and include raw page bodies (for the person's own notice).",
    ),
    key: Path | None = typer.Option(None, "--key", help="Ed25519 private key to sign with."),
) -> None:
    """Write an evidence bundle for one model, or every likeness model of one target.

    It holds the raw pages mentioning the model (bytes exactly as stored, with request, time,
    status and sha256), the normalised record, the finding and its evidence, header metadata,
    re-uploads, the observation history and a manifest of hashes. Without `--reveal-names` the
    target is pseudonymised and raw page bodies are left out (their sha256 stays).

    Example: `dfaudit evidence bundle --platform civitai --model-id 12345 --reveal-names --key evidence.key -o 12345.zip`
    """  # noqa: E501
    from dfaudit.act.evidence import build_bundle

    with open_store(db_path(ctx), read_only=True) as store:
        summary = build_bundle(
            store,
            output,
            platform=platform,
            model_id=model_id,
            target=target,
            reveal_names=reveal_names,
            key_path=key,
        )
    _say(summary.line())


@evidence_app.command("verify")
def evidence_verify(
    bundle: Path = typer.Argument(..., help="The bundle zip."),
    public_key: Path | None = typer.Option(
        None, "--public-key", help="Require a signature by this Ed25519 public key."
    ),
) -> None:
    """Re-check every file's sha256 and size, the manifest's hash and the signature.

    Exit 0 only when nothing was changed, removed or added; otherwise each problem is printed
    with the file it concerns.

    Example: `dfaudit evidence verify 12345.zip --public-key evidence.key.pub`
    """
    from dfaudit.act.evidence import verify_bundle

    result = verify_bundle(bundle, public_key)
    if result.ok:
        signed = "signature valid" if result.signed else "not signed"
        _say(f"ok: {result.files} files match the manifest; {signed}")
        return
    for problem in result.problems:
        _say(f"altered: {one_line(problem, 300)}")
    raise VerifyFailed(f"{bundle.name} does not verify: {len(result.problems)} problem(s)")


# --- notices -----------------------------------------------------------------------------------


@notice_app.command("draft")
def notice_draft(
    ctx: typer.Context,
    platform: str = typer.Option(..., "--platform", help="civitai or huggingface."),
    model_id: str = typer.Option(..., "--model-id", help="The model's id."),
    law: str = typer.Option(..., "--law", help="take-it-down, dsa or platform."),
    requester: Path | None = typer.Option(
        None,
        "--from",
        help="TOML with requester_name, requester_email, signature, acting_for, date, ...",
    ),
    output: Path = typer.Option(Path("notices"), "-o", "--output", help="Folder to write to."),
) -> None:
    """Draft a removal notice (Markdown and HTML) with every field the law requires.

    Filled from the store: locations (URLs, ids), file hashes, evidence, the platform rule
    broken. Left as marked blanks unless given with `--from`: signature, name, contact.

    Example: `dfaudit notice draft --platform civitai --model-id 12345 --law take-it-down --from me.toml -o notices`
    """  # noqa: E501
    from dfaudit.act.notices import draft_notice

    with open_store(db_path(ctx), read_only=True) as store:
        paths = draft_notice(store, platform, model_id, law, output, requester_file=requester)
    _say(f"notice: {paths.markdown}")
    _say(f"notice: {paths.html}")
    if paths.blanks:
        _say(f"to complete by the requester: {', '.join(paths.blanks)}")


@notice_app.command("record")
def notice_record(
    ctx: typer.Context,
    platform: str = typer.Option(..., "--platform", help="civitai or huggingface."),
    model_id: str = typer.Option(..., "--model-id", help="The model's id."),
    sent_at: str = typer.Option(..., "--sent-at", help="When it was sent (ISO 8601, UTC)."),
    channel: str = typer.Option(..., "--channel", help="How: a form, an email address, ..."),
    ref: str | None = typer.Option(None, "--ref", help="The platform's ticket or reference."),
) -> None:
    """Record that a notice was sent: later censuses measure how long removal took.

    Example: `dfaudit notice record --platform civitai --model-id 12345 --sent-at 2026-12-01T09:30Z --channel "civitai likeness form" --ref TICKET-1`
    """  # noqa: E501
    from dfaudit.act.clock import record_notice

    with open_store(db_path(ctx)) as store:
        notice_id = record_notice(store, platform, model_id, sent_at, channel, ref)
    _say(f"notice {notice_id} recorded; the 48-hour clock runs from {sent_at}")


@app.command("notices")
def notices(
    ctx: typer.Context,
    overdue: bool = typer.Option(
        False, "--overdue", help="Only notices with a model still up 48 h after it."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Recorded notices: hours to removal of the model and each copy of its file, within 48 h
    or not, and whether it came back.

    Example: `dfaudit notices --overdue`
    """
    from dfaudit.act.clock import notice_statuses

    now = datetime.now(UTC)
    with open_store(db_path(ctx), read_only=True) as store:
        statuses = notice_statuses(store)
    if overdue:
        statuses = [s for s in statuses if s.overdue(now)]
    if as_json:
        _json([s.as_json(now) for s in statuses])
        return
    if not statuses:
        _say("no notices" + (" overdue" if overdue else " recorded"))
        return
    for status in statuses:
        _say(
            f"notice {status.notice_id}: {status.platform}:{one_line(status.model_id, 120)} "
            f"sent {iso(status.sent_at)} via {one_line(status.channel, 80)}"
            + (" — OVERDUE" if status.overdue(now) else "")
        )
        for clock in status.clocks:
            if clock.gone_before_notice:
                state = "already gone when the notice was sent"
            elif clock.hours is not None:
                within = "within 48 h" if clock.within_48h else "after more than 48 h"
                state = f"removed {clock.hours:.1f} h after the notice ({within})"
            else:
                state = "still up"
            if clock.came_back:
                state += ", came back"
            _say(f"  {clock.role}: {clock.platform}:{one_line(clock.model_id, 120)}: {state}")


# --- watchlist and alerts ------------------------------------------------------------------------


@watchlist_app.command("add")
def watchlist_add(
    ctx: typer.Context,
    names: list[str] = typer.Argument(..., help="Names, spellings and handles to watch."),
    label: str = typer.Option(..., "--label", help="A case number or alias; never the name."),
) -> None:
    """Watch names: only keyed hashes of their canonical form are stored, never the names.

    Example: `dfaudit watchlist add --label case-17 "Jane Example" "jane_example" "j4ne"`
    """
    from dfaudit.act.watchlist import add_watch

    with open_store(db_path(ctx)) as store:
        added = add_watch(store, label, names)
    _say(f"{added} new keyed hash(es) watched under {one_line(label, 80)}")


@watchlist_app.command("list")
def watchlist_list(ctx: typer.Context) -> None:
    """Watch labels and how many names each holds (the names themselves are not stored).

    Example: `dfaudit watchlist list`
    """
    from dfaudit.act.watchlist import list_watch

    with open_store(db_path(ctx), read_only=True) as store:
        entries = list_watch(store)
    if not entries:
        _say("the watchlist is empty")
    for entry in entries:
        _say(f"{entry.label}: {entry.names} name hash(es), since {iso(entry.added_at)}")


@watchlist_app.command("remove")
def watchlist_remove(
    ctx: typer.Context, label: str = typer.Argument(..., help="The label to forget.")
) -> None:
    """Forget every watched name under a label.

    Example: `dfaudit watchlist remove case-17`
    """
    from dfaudit.act.watchlist import remove_watch

    with open_store(db_path(ctx)) as store:
        removed = remove_watch(store, label)
    _say(f"removed {removed} name hash(es) under {one_line(label, 80)}")


@app.command("alerts")
def alerts(
    ctx: typer.Context,
    since: str | None = typer.Option(
        None, "--since", help="Only findings processed (or copies seen) since this time."
    ),
    webhook: str | None = typer.Option(
        None, "--webhook", help="POST one JSON document per undelivered alert here."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the new alerts as JSON."),
) -> None:
    """Raise new alerts, once each: likeness models of watched names, and new copies of files
    already noticed. With `--webhook`, deliver every undelivered alert (retried with backoff,
    never POSTed twice).

    Example: `dfaudit alerts --webhook https://hooks.example.org/dfaudit`
    """
    from dfaudit.act.alerts import check_webhook, deliver, raise_alerts

    if webhook is not None:
        check_webhook(webhook)
    moment = parse_time(since, "--since") if since else None
    with open_store(db_path(ctx)) as store:
        new = raise_alerts(store, since=moment)
        delivery = deliver(store, webhook) if webhook is not None else None
    if as_json:
        _json([a.document for a in new])
    else:
        for alert in new:
            _say(alert.line())
        _say(f"{len(new)} new alert(s)")
    if delivery is not None:
        _say(delivery.line())
        if delivery.failed:
            raise DeliveryIncomplete(
                f"{len(delivery.failed) + delivery.skipped} alert(s) not delivered (last error: "
                f"{delivery.failed[-1][1]}); they stay pending for the next run"
            )


# --- diff --------------------------------------------------------------------------------------


@app.command("diff")
def diff(
    ctx: typer.Context,
    since: str = typer.Option(..., "--since", help="A run id or an ISO time."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """What changed since a run or a time, per platform: new likeness models, removed,
    re-appeared, new targets, downloads gained.

    Example: `dfaudit diff --since 2026-11-01` or `dfaudit diff --since 4`
    """
    from dfaudit.act.diff import diff_since, resolve_since
    from dfaudit.records import PLATFORMS

    with open_store(db_path(ctx), read_only=True) as store:
        baseline = resolve_since(store, since)
        rows = diff_since(store, {p: baseline for p in PLATFORMS})
    if as_json:
        _json([row.as_json() for row in rows])
        return
    for row in rows:
        _say(
            f"{row.platform} since {iso(row.since)}: {row.new_likeness} new likeness models, "
            f"{row.removed_likeness} removed, {row.reappeared_likeness} re-appeared, "
            f"{row.new_targets} new targets, {row.downloads_gained:,} downloads gained"
        )
