"""CLI commands of the review app: ``serve``, ``users add|list|disable``, ``audit-log verify``."""

from __future__ import annotations

import sys

import typer

from dfaudit.cli.app import _typer, app, console, db_path, out
from dfaudit.web.review import ROLES, AuditLogTampered, ReviewDB, ReviewError, review_path

users_app = _typer(help="Manage the review app's users (viewer, reviewer, admin).")
audit_log_app = _typer(help="Check the review app's hash-chained audit log.")
app.add_typer(users_app, name="users")
app.add_typer(audit_log_app, name="audit-log")


def _review(ctx: typer.Context, *, create: bool = False) -> ReviewDB:
    path = review_path(db_path(ctx))
    if not create and not path.exists():
        raise ReviewError(f"no review database at {path}: add a user first (dfaudit users add)")
    return ReviewDB(path)


@app.command("serve")
def serve_command(
    ctx: typer.Context,
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8765, "--port", help="Port to listen on."),
    names_for: str = typer.Option(
        "none",
        "--names-for",
        help="Roles that see targets' names, e.g. `admin` or `admin,reviewer` (default: none; "
        "everyone else sees pseudonyms).",
    ),
    secure_cookies: bool = typer.Option(
        False, "--secure-cookies", help="Mark cookies Secure (behind an HTTPS proxy)."
    ),
) -> None:
    """Serve the review app: the queue, finding pages, decisions and the audit log.

    It reads the snapshot `dfaudit process` publishes beside the store and keeps users,
    sessions, decisions and the audit log in `<db>.review.sqlite`, so it keeps serving while a
    crawl writes to the store. Add users first with `dfaudit users add`.

    Example: `dfaudit serve --host 127.0.0.1 --port 8765`
    """
    from dfaudit.web.serve import parse_roles, serve

    roles = parse_roles(names_for)
    if host not in ("127.0.0.1", "::1", "localhost"):
        console.print(f"warning: listening on {host}; put it behind HTTPS (--secure-cookies)")
    out.print(f"review app at http://{host}:{port}/  — Ctrl-C to stop", highlight=False)
    serve(db_path(ctx), host=host, port=port, names_for=roles, secure_cookies=secure_cookies)


@users_app.command("add")
def users_add(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="User name (letters, digits, '.', '_', '-')."),
    role: str = typer.Option(..., "--role", help="viewer | reviewer | admin"),
) -> None:
    """Add a user; the password is read from stdin (one line) or prompted for.

    Example: `echo 'a long passphrase' | dfaudit users add alex --role reviewer`
    """
    if role not in ROLES:
        raise ReviewError(f"unknown role {role!r}: use one of {', '.join(ROLES)}")
    if sys.stdin is not None and sys.stdin.isatty():
        password = typer.prompt("password", hide_input=True, confirmation_prompt=True)
    else:
        password = (sys.stdin.readline() if sys.stdin is not None else "").rstrip("\r\n")
    user = _review(ctx, create=True).add_user(name, role, password)
    out.print(f"added {user.name} ({user.role})", highlight=False, markup=False)


@users_app.command("list")
def users_list(ctx: typer.Context) -> None:
    """List users: name, role, enabled or disabled, created.

    Example: `dfaudit users list`
    """
    users = _review(ctx).users()
    if not users:
        out.print("no users yet: add one with `dfaudit users add NAME --role admin`", markup=False)
    for user in users:
        state = "disabled" if user.disabled else "enabled"
        out.print(
            f"{user.name:<24} {user.role:<9} {state:<9} {user.created_at}",
            highlight=False,
            markup=False,
        )


@users_app.command("disable")
def users_disable(
    ctx: typer.Context, name: str = typer.Argument(..., help="The user to disable.")
) -> None:
    """Disable a user and end their sessions (users are never deleted: the log names them).

    Example: `dfaudit users disable alex`
    """
    _review(ctx).disable_user(name)
    out.print(f"disabled {name}", highlight=False, markup=False)


@audit_log_app.command("verify")
def audit_log_verify(ctx: typer.Context) -> None:
    """Recompute the audit log's hash chain; exit non-zero if an entry was altered or removed.

    Example: `dfaudit audit-log verify`
    """
    result = _review(ctx).verify_audit_log()
    if not result.ok:
        for problem in result.problems:
            console.print(problem, highlight=False, markup=False)
        raise AuditLogTampered(f"audit log does not verify ({len(result.problems)} problem(s))")
    out.print(f"audit log verified: {result.entries} entries, head {result.head}", highlight=False)
