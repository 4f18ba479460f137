"""Review state: users, sessions, decisions and the hash-chained audit log, in SQLite (WAL).

Review state is written by the app and by the CLI while a crawl holds the DuckDB store for
hours, so it lives in its own transactional file beside the store, ``<db>.review.sqlite``.
Every write is one ``BEGIN IMMEDIATE`` transaction: the change and its audit entry commit
together or not at all, and concurrent writers queue instead of failing.

Decisions are never updated or deleted: a later decision supersedes an earlier one
(``latest_decisions`` points at the newest). Audit entries carry the hash of the previous
entry; :meth:`ReviewDB.verify_audit_log` recomputes the chain.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from dfaudit.errors import DfauditError, InputError

REVIEW_SUFFIX = ".review.sqlite"
ROLES = ("viewer", "reviewer", "admin")
DECISIONS = ("confirm", "reject", "escalate")
REJECT_REASONS = ("character", "style", "concept", "generic_face", "other")
GENESIS = "0" * 64
SESSION_HOURS = 12
MAX_NOTE = 2000
MIN_PASSWORD = 8
_USERNAME = re.compile(r"[A-Za-z0-9_.-]{1,64}")
_HASHER = PasswordHasher()

SCHEMA = """
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS users (
    name TEXT PRIMARY KEY,
    role TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
    id_hash TEXT PRIMARY KEY,         -- sha256 of the session id (the cookie holds the id)
    username TEXT NOT NULL,
    csrf_token TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    ended_at TEXT
);
CREATE TABLE IF NOT EXISTS decisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    platform TEXT NOT NULL,
    model_id TEXT NOT NULL,
    decision TEXT NOT NULL,
    reason TEXT,
    note TEXT,
    reviewer TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    likeness_score REAL,
    detector_version TEXT
);
CREATE INDEX IF NOT EXISTS decisions_model ON decisions (platform, model_id, id);
CREATE TABLE IF NOT EXISTS latest_decisions (
    platform TEXT NOT NULL,
    model_id TEXT NOT NULL,
    decision_id INTEGER NOT NULL,
    decision TEXT NOT NULL,
    PRIMARY KEY (platform, model_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS audit_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    detail TEXT NOT NULL,             -- canonical JSON
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
"""


class ReviewError(InputError):
    """A review action the operator or a user asked for cannot be done."""


class AuditLogTampered(DfauditError):
    """``audit-log verify`` found an altered, removed or inserted entry."""

    exit_code = 7


@dataclass(frozen=True)
class User:
    name: str
    role: str
    disabled: bool
    created_at: str

    def may_decide(self) -> bool:
        return self.role in ("reviewer", "admin")


@dataclass(frozen=True)
class Session:
    user: User
    csrf_token: str


@dataclass(frozen=True)
class Decision:
    id: int
    platform: str
    model_id: str
    decision: str
    reason: str | None
    note: str | None
    reviewer: str
    decided_at: str
    likeness_score: float | None
    detector_version: str | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "decision": self.decision,
            "reason": self.reason,
            "note": self.note,
            "reviewer": self.reviewer,
            "decided_at": self.decided_at,
            "likeness_score": self.likeness_score,
            "detector_version": self.detector_version,
        }


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    actor: str
    action: str
    subject: str
    detail: str
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class AuditVerification:
    entries: int
    head: str
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def review_path(db_path: str | Path) -> Path:
    """The review database beside the store: ``<db>.review.sqlite``."""
    db = Path(db_path)
    return db.with_name(db.name + REVIEW_SUFFIX)


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def entry_hash(
    seq: int, at: str, actor: str, action: str, subject: str, detail: str, prev_hash: str
) -> str:
    """The hash an audit entry carries: over its fields and the previous entry's hash."""
    payload = json.dumps(
        [seq, at, actor, action, subject, detail, prev_hash],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _canonical(detail: Mapping[str, Any]) -> str:
    return json.dumps(detail, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _id_hash(session_id: str) -> str:
    return hashlib.sha256(session_id.encode("utf-8")).hexdigest()


class ReviewDB:
    """The review database at ``path`` (created with its schema on first use)."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        if self.path.is_dir():
            raise ReviewError(f"{self.path} is a directory, not a review database")
        try:
            with self._connection() as con:
                con.execute("PRAGMA journal_mode = WAL")
                con.executescript(SCHEMA)
        except sqlite3.Error as exc:
            raise ReviewError(f"cannot open review database {self.path}: {exc}") from None

    # -- connections ---------------------------------------------------------------------------

    def connect(self) -> sqlite3.Connection:
        """A new connection in autocommit mode (transactions are explicit)."""
        # A URI connection, so that the snapshot can be attached read-only (``?mode=ro``).
        uri = f"file:{quote(str(self.path.resolve()))}"
        con = sqlite3.connect(uri, timeout=30, isolation_level=None, uri=True)
        con.execute("PRAGMA busy_timeout = 30000")
        con.execute("PRAGMA synchronous = NORMAL")
        return con

    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        con = self.connect()
        try:
            yield con
        finally:
            con.close()

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken at once so writers queue rather than deadlock."""
        with self._connection() as con:
            con.execute("BEGIN IMMEDIATE")
            try:
                yield con
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("COMMIT")

    # -- settings ------------------------------------------------------------------------------

    def secret_key(self) -> str:
        """The key signing session cookies, made once per review database."""
        with self.write() as con:
            row = con.execute("SELECT value FROM settings WHERE key = 'secret_key'").fetchone()
            if row:
                return str(row[0])
            value = secrets.token_hex(32)
            con.execute("INSERT INTO settings VALUES ('secret_key', ?)", [value])
            return value

    # -- audit log -----------------------------------------------------------------------------

    def append_audit(
        self,
        con: sqlite3.Connection,
        actor: str,
        action: str,
        subject: str = "",
        detail: Mapping[str, Any] | None = None,
    ) -> AuditEntry:
        """Append one entry inside the caller's write transaction."""
        last = con.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        seq, prev = (int(last[0]) + 1, str(last[1])) if last else (1, GENESIS)
        at = now_iso()
        text = _canonical(detail or {})
        digest = entry_hash(seq, at, actor, action, subject, text, prev)
        con.execute(
            "INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [seq, at, actor, action, subject, text, prev, digest],
        )
        con.execute("INSERT OR REPLACE INTO settings VALUES ('audit_head', ?)", [f"{seq}:{digest}"])
        return AuditEntry(seq, at, actor, action, subject, text, prev, digest)

    def log(
        self, actor: str, action: str, subject: str = "", detail: Mapping[str, Any] | None = None
    ) -> AuditEntry:
        with self.write() as con:
            return self.append_audit(con, actor, action, subject, detail)

    def audit_entries(self, limit: int = 100, offset: int = 0) -> tuple[int, list[AuditEntry]]:
        """The newest entries first, and how many there are."""
        with self._connection() as con:
            total = int(con.execute("SELECT count(*) FROM audit_log").fetchone()[0])
            rows = con.execute(
                "SELECT * FROM audit_log ORDER BY seq DESC LIMIT ? OFFSET ?", [limit, offset]
            ).fetchall()
        return total, [AuditEntry(*row) for row in rows]

    def verify_audit_log(self, max_problems: int = 20) -> AuditVerification:
        """Recompute every hash; report gaps, broken links, altered entries, a cut-off tail."""
        problems: list[str] = []
        prev = GENESIS
        expected = 1
        count = 0
        with self._connection() as con:
            head = con.execute("SELECT value FROM settings WHERE key = 'audit_head'").fetchone()
            for row in con.execute("SELECT * FROM audit_log ORDER BY seq"):
                entry = AuditEntry(*row)
                count += 1
                if entry.seq != expected:
                    problems.append(f"entry {expected} is missing (next is {entry.seq})")
                if entry.prev_hash != prev:
                    problems.append(f"entry {entry.seq} does not link to the entry before it")
                recomputed = entry_hash(
                    entry.seq, entry.at, entry.actor, entry.action, entry.subject,
                    entry.detail, entry.prev_hash,
                )  # fmt: skip
                if not hmac.compare_digest(recomputed, str(entry.hash)):
                    problems.append(f"entry {entry.seq} was altered (its hash does not match)")
                prev = str(entry.hash)
                expected = entry.seq + 1
        recorded = str(head[0]) if head else None
        current = f"{expected - 1}:{prev}" if count else None
        if recorded != current:
            problems.append(
                f"the log ends at {current or 'nothing'} but its recorded head is "
                f"{recorded or 'nothing'}: entries were removed or added outside dfaudit"
            )
        return AuditVerification(count, prev, tuple(problems[:max_problems]))

    # -- users ---------------------------------------------------------------------------------

    def add_user(self, name: str, role: str, password: str, *, actor: str = "cli") -> User:
        if not _USERNAME.fullmatch(name):
            raise ReviewError("a user name is 1-64 letters, digits, '.', '_' or '-'")
        if role not in ROLES:
            raise ReviewError(f"unknown role {role!r}: use one of {', '.join(ROLES)}")
        if len(password) < MIN_PASSWORD:
            raise ReviewError(f"the password needs at least {MIN_PASSWORD} characters")
        hashed = _HASHER.hash(password)
        created = now_iso()
        with self.write() as con:
            if con.execute("SELECT 1 FROM users WHERE name = ?", [name]).fetchone():
                raise ReviewError(f"user {name} exists already")
            con.execute("INSERT INTO users VALUES (?, ?, ?, 0, ?)", [name, role, hashed, created])
            self.append_audit(con, actor, "user_add", name, {"role": role})
        return User(name, role, False, created)

    def users(self) -> list[User]:
        with self._connection() as con:
            rows = con.execute(
                "SELECT name, role, disabled, created_at FROM users ORDER BY name"
            ).fetchall()
        return [User(str(n), str(r), bool(d), str(c)) for n, r, d, c in rows]

    def disable_user(self, name: str, *, actor: str = "cli") -> None:
        """Disable the user and end their sessions."""
        with self.write() as con:
            row = con.execute("SELECT disabled FROM users WHERE name = ?", [name]).fetchone()
            if row is None:
                raise ReviewError(f"no user {name}")
            con.execute("UPDATE users SET disabled = 1 WHERE name = ?", [name])
            con.execute(
                "UPDATE sessions SET ended_at = ? WHERE username = ? AND ended_at IS NULL",
                [now_iso(), name],
            )
            self.append_audit(con, actor, "user_disable", name, {"was_disabled": bool(row[0])})

    def authenticate(self, name: str, password: str) -> User | None:
        """The user, when the name and password match an enabled account."""
        with self._connection() as con:
            row = con.execute(
                "SELECT name, role, disabled, created_at, password_hash FROM users WHERE name = ?",
                [name],
            ).fetchone()
        stored = str(row[4]) if row else _dummy_hash()
        try:
            _HASHER.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return None
        if row is None or row[2]:
            return None
        return User(str(row[0]), str(row[1]), bool(row[2]), str(row[3]))

    # -- sessions ------------------------------------------------------------------------------

    def start_session(self, user: User, client: str) -> str:
        """Log the login and return a new session id (the cookie's content)."""
        session_id = secrets.token_urlsafe(32)
        created = datetime.now(UTC)
        expires = created + timedelta(hours=SESSION_HOURS)
        with self.write() as con:
            con.execute(
                "INSERT INTO sessions VALUES (?, ?, ?, ?, ?, NULL)",
                [
                    _id_hash(session_id),
                    user.name,
                    secrets.token_urlsafe(32),
                    created.isoformat(),
                    expires.isoformat(),
                ],
            )
            self.append_audit(con, user.name, "login", user.name, {"client": client})
        return session_id

    def session(self, session_id: str) -> Session | None:
        """The live session with this id, its user enabled; else None."""
        with self._connection() as con:
            row = con.execute(
                "SELECT u.name, u.role, u.disabled, u.created_at, s.csrf_token, s.expires_at "
                "FROM sessions s JOIN users u ON u.name = s.username "
                "WHERE s.id_hash = ? AND s.ended_at IS NULL",
                [_id_hash(session_id)],
            ).fetchone()
        if row is None or row[2] or str(row[5]) <= datetime.now(UTC).isoformat():
            return None
        return Session(User(str(row[0]), str(row[1]), False, str(row[3])), str(row[4]))

    def end_session(self, session_id: str, user: User) -> None:
        with self.write() as con:
            con.execute(
                "UPDATE sessions SET ended_at = ? WHERE id_hash = ?",
                [now_iso(), _id_hash(session_id)],
            )
            self.append_audit(con, user.name, "logout", user.name)

    # -- decisions -----------------------------------------------------------------------------

    def record_decision(
        self,
        platform: str,
        model_id: str,
        decision: str,
        *,
        reviewer: User,
        reason: str | None = None,
        note: str | None = None,
        likeness_score: float | None = None,
        detector_version: str | None = None,
    ) -> Decision:
        """Record a decision (superseding, never erasing, earlier ones) and log it."""
        decision, reason, note = check_decision(decision, reason, note)
        if not reviewer.may_decide():
            raise ReviewError(f"{reviewer.role}s cannot record decisions")
        decided = now_iso()
        with self.write() as con:
            cursor = con.execute(
                "INSERT INTO decisions (platform, model_id, decision, reason, note, reviewer, "
                "decided_at, likeness_score, detector_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    platform, model_id, decision, reason, note, reviewer.name, decided,
                    likeness_score, detector_version,
                ],
            )  # fmt: skip
            decision_id = int(cursor.lastrowid or 0)
            con.execute(
                "INSERT OR REPLACE INTO latest_decisions VALUES (?, ?, ?, ?)",
                [platform, model_id, decision_id, decision],
            )
            self.append_audit(
                con,
                reviewer.name,
                "decision",
                f"{platform}/{model_id}",
                {"decision_id": decision_id, "decision": decision, "reason": reason,
                 "note_sha256": hashlib.sha256((note or "").encode("utf-8")).hexdigest()},
            )  # fmt: skip
        return Decision(
            decision_id, platform, model_id, decision, reason, note, reviewer.name, decided,
            likeness_score, detector_version,
        )  # fmt: skip

    def decisions(self, platform: str, model_id: str) -> list[Decision]:
        """Every decision on a finding, oldest first (the last one stands)."""
        with self._connection() as con:
            rows = con.execute(
                "SELECT id, platform, model_id, decision, reason, note, reviewer, decided_at, "
                "likeness_score, detector_version FROM decisions "
                "WHERE platform = ? AND model_id = ? ORDER BY id",
                [platform, model_id],
            ).fetchall()
        return [Decision(*row) for row in rows]

    def latest_decisions(self) -> list[Decision]:
        """The standing decision of every decided finding."""
        with self._connection() as con:
            rows = con.execute(
                "SELECT d.id, d.platform, d.model_id, d.decision, d.reason, d.note, d.reviewer, "
                "d.decided_at, d.likeness_score, d.detector_version FROM latest_decisions l "
                "JOIN decisions d ON d.id = l.decision_id ORDER BY d.id"
            ).fetchall()
        return [Decision(*row) for row in rows]


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    """Verified against for an unknown user, so a wrong name costs what a wrong password does."""
    return _HASHER.hash(secrets.token_hex(16))


def check_decision(
    decision: str, reason: str | None, note: str | None
) -> tuple[str, str | None, str | None]:
    """The decision, reason and note as stored; a bad one raises :class:`ReviewError`."""
    decision = (decision or "").strip().lower()
    if decision not in DECISIONS:
        raise ReviewError(f"a decision is one of {', '.join(DECISIONS)}")
    given = (reason or "").strip()
    reason = given.lower().replace(" ", "_").replace("-", "_") or None
    note = (note or "").strip() or None
    if decision != "reject":
        reason = None  # only a rejection has a reason from the list
    elif reason is None:
        raise ReviewError(f"a rejection needs a reason: {', '.join(REJECT_REASONS)}")
    elif reason not in REJECT_REASONS:
        # a reason in the reviewer's own words is kept, as "other" with the words in the note
        reason = "other"
        note = f"reason: {given[:200]}" + (f"\n{note}" if note else "")
    if note is not None and len(note) > MAX_NOTE:
        raise ReviewError(f"a note has at most {MAX_NOTE} characters")
    return decision, reason, note


def decision_labels(db: ReviewDB) -> list[dict[str, Any]]:
    """The standing confirm/reject decisions as evaluation labels (escalations are not labels)."""
    return [
        {
            "platform": d.platform,
            "model_id": d.model_id,
            "likeness": d.decision == "confirm",
            "kind": f"decision:{d.reason}" if d.reason else f"decision:{d.decision}",
        }
        for d in db.latest_decisions()
        if d.decision in ("confirm", "reject")
    ]
