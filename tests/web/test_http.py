"""The review app over HTTP on loopback, on a store from `audit --sample`: ranking, filters,
decisions, roles, CSRF, anonymous requests, names, headers, the audit log."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

import duckdb
import httpx
import pytest
from typer.testing import CliRunner

from dfaudit.cli import app as cli_app
from dfaudit.web.review import ReviewDB, review_path

from .conftest import Served
from .helpers import PASSWORDS, csrf_of, login


def _expected_order(db: Path) -> list[tuple[str, str]]:
    """Risk x reach, computed here in Python from the store itself."""
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(
            "SELECT f.platform, f.model_id, f.minor_risk, f.sexual_intent, f.prominence, "
            "m.downloads, m.created_at FROM findings f LEFT JOIN models m "
            "USING (platform, model_id) WHERE f.likeness"
        ).fetchall()

    def key(row: tuple) -> tuple:
        platform, model_id, minor, sexual, prominence, downloads, created = row
        private = prominence in (None, "private_or_unknown")
        stamp = created.timestamp() if created is not None else float("-inf")
        return (not minor, not sexual, not private, -(downloads or -1), -stamp, platform, model_id)

    return [(r[0], r[1]) for r in sorted(rows, key=key)]


def _finding_path(platform: str, model_id: str) -> str:
    return f"/findings/{platform}/{quote(model_id, safe='/')}"


def test_queue_lists_the_likeness_findings_ranked_by_risk_and_reach(
    served: Served, sample_db: Path
) -> None:
    client = login(served.url, "vic")
    answer = client.get("/api/queue", params={"limit": 500})
    assert answer.status_code == 200
    body = answer.json()
    expected = _expected_order(sample_db)
    assert len(expected) > 100
    assert body["total"] == len(expected)
    assert [(i["platform"], i["model_id"]) for i in body["items"]] == expected
    first = body["items"][0]
    assert first["minor_risk"] is True
    # paging and the page show the same order and the count
    second_page = client.get("/api/queue", params={"limit": 10, "offset": 10}).json()
    assert [(i["platform"], i["model_id"]) for i in second_page["items"]] == expected[10:20]
    page = client.get("/queue")
    assert page.status_code == 200
    assert f"<strong>{len(expected)}</strong> likeness findings" in page.text
    assert page.text.count('class="queue-item"') == 50


def test_queue_filters(served: Served, sample_db: Path) -> None:
    client = login(served.url, "vic")
    with duckdb.connect(str(sample_db), read_only=True) as con:
        count = dict(
            con.execute(
                "SELECT 'hf', count(*) FROM findings WHERE likeness AND platform = 'huggingface' "
                "UNION ALL SELECT 'minor', count(*) FROM findings WHERE likeness AND minor_risk "
                "UNION ALL SELECT 'private_sexual', count(*) FROM findings WHERE likeness AND "
                "sexual_intent AND prominence = 'private_or_unknown'"
            ).fetchall()
        )

    def total(**params: str) -> int:
        answer = client.get("/api/queue", params={"limit": 500, **params})
        assert answer.status_code == 200, answer.text
        items = answer.json()["items"]
        assert len(items) == answer.json()["total"]
        return int(answer.json()["total"])

    assert total(platform="huggingface") == count["hf"]
    assert total(minor_risk="yes") == count["minor"]
    assert total(sexual_intent="yes", prominence="private_or_unknown") == count["private_sexual"]
    some = client.get("/api/queue", params={"limit": 1}).json()["items"][0]
    by_target = client.get("/api/queue", params={"target": some["pseudonym"], "limit": 500})
    assert all(i["pseudonym"] == some["pseudonym"] for i in by_target.json()["items"])
    assert by_target.json()["total"] >= 1
    assert client.get("/api/queue", params={"platform": "myspace"}).status_code == 400
    assert client.get("/api/queue", params={"limit": "lots"}).status_code == 400


def test_a_reviewer_decides_through_the_form(served: Served) -> None:
    client = login(served.url, "rita")
    before = client.get("/api/queue", params={"limit": 2}).json()
    item = before["items"][0]
    path = _finding_path(item["platform"], item["model_id"])
    page = client.get(path)
    assert page.status_code == 200 and 'id="decision-form"' in page.text
    answer = client.post(
        path + "/decision",
        data={"decision": "reject", "reason": "character", "note": "a game character",
              "csrf_token": csrf_of(page.text)},
    )  # fmt: skip
    assert answer.status_code == 303
    finding = client.get("/api" + path).json()
    assert finding["decision"] == "reject"
    assert [
        (d["decision"], d["reason"], d["note"], d["reviewer"]) for d in finding["decisions"]
    ] == [("reject", "character", "a game character", "rita")]
    after = client.get("/api/queue", params={"limit": 500}).json()
    assert after["total"] == before["total"] - 1
    assert (item["platform"], item["model_id"]) not in {
        (i["platform"], i["model_id"]) for i in after["items"]
    }
    rejected = client.get("/api/queue", params={"state": "reject"}).json()
    assert rejected["total"] == 1 and rejected["items"][0]["model_id"] == item["model_id"]
    assert client.get("/api/queue", params={"state": "decided"}).json()["total"] == 1
    assert client.get("/api/queue", params={"state": "confirm"}).json()["total"] == 0
    assert client.get("/api/queue", params={"state": "all"}).json()["total"] == before["total"]
    same_platform = {"state": "reject", "platform": item["platform"]}
    assert client.get("/api/queue", params=same_platform).json()["total"] == 1
    # a later decision supersedes, the earlier one stays; decisions come newest last
    token = csrf_of(client.get(path).text)
    client.post(path + "/decision", data={"decision": "confirm", "csrf_token": token})
    decisions = client.get("/api" + path).json()["decisions"]
    assert [d["decision"] for d in decisions] == ["reject", "confirm"]
    # the verified audit log holds both decisions
    review = ReviewDB(review_path(served.db))
    assert review.verify_audit_log().ok
    _, entries = review.audit_entries()
    subjects = [(e.action, e.subject) for e in entries if e.action == "decision"]
    assert subjects == [("decision", f"{item['platform']}/{item['model_id']}")] * 2
    assert any(e.action == "login" and e.actor == "rita" for e in entries)
    result = CliRunner().invoke(cli_app, ["--db", str(served.db), "audit-log", "verify"])
    assert result.exit_code == 0, result.output


def test_viewers_missing_tokens_and_anonymous_requests_are_refused(served: Served) -> None:
    viewer = login(served.url, "vic")
    item = viewer.get("/api/queue", params={"limit": 1}).json()["items"][0]
    path = _finding_path(item["platform"], item["model_id"])
    page = viewer.get(path)
    assert page.status_code == 200 and 'id="decision-form"' not in page.text
    token = csrf_of(page.text)  # the log-out form's token
    refused = viewer.post(path + "/decision", data={"decision": "confirm", "csrf_token": token})
    assert refused.status_code == 403
    assert viewer.get("/audit-log").status_code == 403

    reviewer = login(served.url, "rita")
    assert reviewer.post(path + "/decision", data={"decision": "confirm"}).status_code == 403
    wrong = {"decision": "confirm", "csrf_token": token}  # the viewer's token, not rita's
    assert reviewer.post(path + "/decision", data=wrong).status_code == 403
    assert (
        reviewer.post("/api" + path + "/decision", json={"decision": "confirm"}).status_code == 403
    )
    assert reviewer.get("/audit-log").status_code == 403

    anonymous = httpx.Client(base_url=served.url)
    for url in ("/queue", path, "/audit-log", "/"):
        answer = anonymous.get(url)
        assert answer.status_code == 303 and answer.headers["location"] == "/login", url
    for url in ("/api/queue", "/api" + path, "/api/decisions"):
        assert anonymous.get(url).status_code == 401, url
    assert anonymous.post(path + "/decision", data={"decision": "confirm"}).status_code == 401
    assert anonymous.get("/healthz").json()["snapshot"] is True
    assert anonymous.get("/login").status_code == 200
    # nothing was recorded by any of the refused requests
    assert reviewer.get("/api" + path).json()["decisions"] == []
    assert reviewer.get("/api/queue").json()["total"] == viewer.get("/api/queue").json()["total"]


def test_login_needs_its_csrf_token_and_is_rate_limited(served: Served) -> None:
    client = httpx.Client(base_url=served.url)
    token = csrf_of(client.get("/login").text)
    no_token = client.post("/login", data={"username": "rita", "password": PASSWORDS["rita"][1]})
    assert no_token.status_code == 403
    other = httpx.Client(base_url=served.url)  # a token without its cookie
    stolen = other.post("/login", data={"username": "rita", "password": "x", "csrf_token": token})
    assert stolen.status_code == 403
    codes = []
    for _ in range(6):
        token = csrf_of(client.get("/login").text)
        codes.append(
            client.post(
                "/login", data={"username": "rita", "password": "wrong", "csrf_token": token}
            ).status_code
        )
    assert codes == [401] * 5 + [429]
    token = csrf_of(client.get("/login").text)
    blocked = client.post(
        "/login", data={"username": "rita", "password": PASSWORDS["rita"][1], "csrf_token": token}
    )
    assert blocked.status_code == 429 and int(blocked.headers["retry-after"]) > 0
    login(served.url, "ada")  # another user is not locked out
    _, entries = ReviewDB(review_path(served.db)).audit_entries()
    assert sum(e.action == "login_failed" for e in entries) == 5


def test_logout_ends_the_session_and_disabled_users_lose_theirs(served: Served) -> None:
    client = login(served.url, "rita")
    cookie = client.cookies.get("dfaudit_session")
    page = client.get("/queue")
    assert client.post("/logout", data={"csrf_token": csrf_of(page.text)}).status_code == 303
    replay = httpx.Client(base_url=served.url, cookies={"dfaudit_session": cookie or ""})
    assert replay.get("/api/queue").status_code == 401
    viewer = login(served.url, "vic")
    ReviewDB(review_path(served.db)).disable_user("vic", actor="ada")
    assert viewer.get("/api/queue").status_code == 401
    forged = httpx.Client(base_url=served.url, cookies={"dfaudit_session": "forged.value.here"})
    assert forged.get("/api/queue").status_code == 401


def test_security_headers_and_cookies(served: Served) -> None:
    client = httpx.Client(base_url=served.url)
    page = client.get("/login")
    csp = page.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'none'" in csp
    assert "unsafe-inline" not in csp
    assert page.headers["x-frame-options"] == "DENY"
    cookie = page.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie
    token = csrf_of(page.text)
    answer = client.post(
        "/login", data={"username": "ada", "password": PASSWORDS["ada"][1], "csrf_token": token}
    )
    session_cookie = [c for c in answer.headers.get_list("set-cookie") if "dfaudit_session" in c]
    assert session_cookie and "httponly" in session_cookie[0].lower()
    assert "samesite=strict" in session_cookie[0].lower()
    assert "<script" not in client.get("/queue").text.lower()


def test_names_only_for_the_roles_the_deployment_allows(
    deployed: Path, make_served, sample_db: Path
) -> None:
    with duckdb.connect(str(sample_db), read_only=True) as con:
        platform, model_id, name = con.execute(
            "SELECT platform, model_id, target_name FROM findings WHERE likeness AND "
            "platform = 'civitai' AND target_name IS NOT NULL AND length(target_name) > 8 "
            "ORDER BY model_id LIMIT 1"
        ).fetchone()
    served = make_served(deployed, names_for=("admin",))
    path = _finding_path(platform, model_id)
    reviewer, admin = login(served.url, "rita"), login(served.url, "ada")
    hidden, shown = reviewer.get("/api" + path).json(), admin.get("/api" + path).json()
    assert "target_name" not in hidden and shown["target_name"] == name
    assert name.lower() not in reviewer.get(path).text.lower()
    assert name.lower() not in reviewer.get("/api/queue", params={"limit": 500}).text.lower()
    assert name in admin.get(path).text
    assert hidden["pseudonym"] == shown["pseudonym"] and hidden["pseudonym"].startswith("T-")


def test_exports_are_logged_and_the_admin_sees_the_audit_log(served: Served) -> None:
    admin = login(served.url, "ada")
    exported = admin.get("/api/decisions")
    assert exported.status_code == 200 and exported.json() == {"items": []}
    page = admin.get("/audit-log")
    assert page.status_code == 200 and "Chain verified" in page.text
    assert page.text.count('class="audit-entry"') == 5  # 3 users added, a login, an export
    assert ">export<" in page.text
    con = sqlite3.connect(review_path(served.db))
    con.execute("UPDATE audit_log SET actor = 'someone else' WHERE action = 'login'")
    con.commit()
    con.close()
    assert "does not verify" in admin.get("/audit-log").text


def test_unknown_findings_and_paths(served: Served) -> None:
    client = login(served.url, "rita")
    assert client.get("/findings/civitai/does-not-exist").status_code == 404
    assert client.get("/api/findings/civitai/does-not-exist").status_code == 404
    token = csrf_of(client.get("/queue").text)
    missing = client.post(
        "/findings/civitai/does-not-exist/decision",
        data={"decision": "confirm", "csrf_token": token},
    )
    assert missing.status_code == 404
    assert client.get("/nowhere").status_code == 404


@pytest.mark.parametrize("decision", ["reject", "maybe"])
def test_bad_decisions_are_refused_and_nothing_is_recorded(served: Served, decision: str) -> None:
    client = login(served.url, "rita")
    item = client.get("/api/queue", params={"limit": 1}).json()["items"][0]
    path = _finding_path(item["platform"], item["model_id"])
    token = csrf_of(client.get(path).text)
    answer = client.post(path + "/decision", data={"decision": decision, "csrf_token": token})
    assert answer.status_code == 400
    assert client.get("/api" + path).json()["decisions"] == []
