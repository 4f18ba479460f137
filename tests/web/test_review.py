"""Review state without HTTP: users, sessions, decisions that supersede, the audit chain."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dfaudit.cli import app
from dfaudit.web.review import (
    GENESIS,
    ReviewDB,
    ReviewError,
    User,
    check_decision,
    decision_labels,
    entry_hash,
    review_path,
)

RITA = User("rita", "reviewer", False, "")
VIC = User("vic", "viewer", False, "")


@pytest.fixture
def review(tmp_path: Path, review_template: Path) -> ReviewDB:
    path = tmp_path / "x.duckdb.review.sqlite"
    shutil.copyfile(review_template, path)
    return ReviewDB(path)


def _tamper(path: Path, sql: str, params: tuple[object, ...] = ()) -> None:
    con = sqlite3.connect(path)
    con.execute(sql, params)
    con.commit()
    con.close()


def test_decisions_supersede_but_never_erase(review: ReviewDB) -> None:
    first = review.record_decision("civitai", "1", "escalate", reviewer=RITA, note="unsure")
    second = review.record_decision("civitai", "1", "reject", reviewer=RITA, reason="character")
    history = review.decisions("civitai", "1")
    assert [d.id for d in history] == [first.id, second.id]
    assert [d.decision for d in history] == ["escalate", "reject"]
    assert history[0].note == "unsure" and history[1].reason == "character"
    latest = review.latest_decisions()
    assert [(d.model_id, d.decision) for d in latest] == [("1", "reject")]


def test_viewers_cannot_decide_and_decisions_are_checked(review: ReviewDB) -> None:
    with pytest.raises(ReviewError):
        review.record_decision("civitai", "1", "confirm", reviewer=VIC)
    with pytest.raises(ReviewError, match="reason"):
        check_decision("reject", "", None)
    with pytest.raises(ReviewError):
        check_decision("delete", None, None)
    with pytest.raises(ReviewError, match="at most"):
        check_decision("confirm", None, "x" * 2001)
    assert check_decision("REJECT", "generic face", "  ok ") == ("reject", "generic_face", "ok")
    assert check_decision("confirm", "style", "") == ("confirm", None, None)
    assert check_decision("reject", "a drawn character", "x") == (
        "reject",
        "other",
        "reason: a drawn character\nx",
    )
    assert review.decisions("civitai", "1") == []


def test_passwords_sessions_and_disabling(review: ReviewDB) -> None:
    assert review.authenticate("rita", "wrong password") is None
    assert review.authenticate("nobody", "rita-reviewer-pass") is None
    user = review.authenticate("rita", "rita-reviewer-pass")
    assert user is not None and user.role == "reviewer"
    session_id = review.start_session(user, "127.0.0.1")
    session = review.session(session_id)
    assert session is not None and session.user.name == "rita" and len(session.csrf_token) > 20
    assert review.session(session_id + "x") is None
    review.disable_user("rita", actor="ada")
    assert review.session(session_id) is None
    assert review.authenticate("rita", "rita-reviewer-pass") is None
    with pytest.raises(ReviewError, match="exists"):
        review.add_user("ada", "admin", "another-password")
    with pytest.raises(ReviewError, match="role"):
        review.add_user("newbie", "superuser", "another-password")
    with pytest.raises(ReviewError, match="at least"):
        review.add_user("newbie", "viewer", "short")
    stored = sqlite3.connect(review.path).execute("SELECT password_hash FROM users").fetchall()
    assert all(str(h).startswith("$argon2") for (h,) in stored)


def test_every_change_is_logged_and_chained(review: ReviewDB) -> None:
    review.record_decision("civitai", "7", "confirm", reviewer=RITA, note="seen")
    review.disable_user("vic", actor="ada")
    total, entries = review.audit_entries()
    actions = [e.action for e in reversed(entries)]
    assert actions == ["user_add", "user_add", "user_add", "decision", "user_disable"]
    assert total == 5
    previous = GENESIS
    for entry in reversed(entries):
        assert entry.prev_hash == previous
        assert entry.hash == entry_hash(
            entry.seq, entry.at, entry.actor, entry.action, entry.subject, entry.detail,
            entry.prev_hash,
        )  # fmt: skip
        previous = entry.hash
    decision = json.loads(entries[1].detail)
    assert decision["decision"] == "confirm" and entries[1].subject == "civitai/7"
    assert review.verify_audit_log().ok


@pytest.mark.parametrize(
    ("sql", "problem"),
    [
        ("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2", "altered"),
        ('UPDATE audit_log SET detail = \'{"role":"admin"}\' WHERE seq = 3', "altered"),
        ("DELETE FROM audit_log WHERE seq = 2", "missing"),
        ("DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)", "removed"),
    ],
)
def test_tampering_is_detected(review: ReviewDB, sql: str, problem: str) -> None:
    review.record_decision("civitai", "7", "confirm", reviewer=RITA)
    assert review.verify_audit_log().ok
    _tamper(review.path, sql)
    result = review.verify_audit_log()
    assert not result.ok
    assert any(problem in p for p in result.problems), result.problems


def test_cli_users_and_audit_log_verify(tmp_path: Path) -> None:
    runner = CliRunner()
    db = tmp_path / "cli.duckdb"
    missing = runner.invoke(app, ["--db", str(db), "audit-log", "verify"])
    assert missing.exit_code == 2 and "no review database" in missing.output
    assert not review_path(db).exists()
    added = runner.invoke(
        app, ["--db", str(db), "users", "add", "nell", "--role", "reviewer"],
        input="nell-password\n",
    )  # fmt: skip
    assert added.exit_code == 0, added.output
    listed = runner.invoke(app, ["--db", str(db), "users", "list"])
    assert listed.output.split()[:3] == ["nell", "reviewer", "enabled"]
    bad = runner.invoke(app, ["--db", str(db), "users", "add", "x", "--role", "root"], input="p\n")
    assert bad.exit_code != 0 and "role" in bad.output
    disabled = runner.invoke(app, ["--db", str(db), "users", "disable", "nell"])
    assert disabled.exit_code == 0
    listed = runner.invoke(app, ["--db", str(db), "users", "list"])
    assert listed.output.split()[:3] == ["nell", "reviewer", "disabled"]
    verified = runner.invoke(app, ["--db", str(db), "audit-log", "verify"])
    assert verified.exit_code == 0, verified.output
    assert "2 entries" in verified.output
    _tamper(review_path(db), "UPDATE audit_log SET subject = 'someone' WHERE seq = 1")
    failed = runner.invoke(app, ["--db", str(db), "audit-log", "verify"])
    assert failed.exit_code == 7
    assert "entry 1 was altered" in failed.output


def test_standing_decisions_become_labels(review: ReviewDB) -> None:
    review.record_decision("civitai", "1", "confirm", reviewer=RITA)
    review.record_decision("civitai", "2", "reject", reviewer=RITA, reason="style")
    review.record_decision("civitai", "3", "escalate", reviewer=RITA)
    review.record_decision("civitai", "4", "confirm", reviewer=RITA)
    review.record_decision("civitai", "4", "reject", reviewer=RITA, reason="character")
    labels = {label["model_id"]: label["likeness"] for label in decision_labels(review)}
    assert labels == {"1": True, "2": False, "4": False}
