"""Evidence bundles on a store from `audit --sample`: raw pages byte-identical to the store,
verify passes on the bundle and fails, naming the file, on a changed byte, a removed file and an
added file; signatures; names only with --reveal-names."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import duckdb
import pytest

from dfaudit.act.evidence import Redactor, pages_mentioning, scan_pages
from dfaudit.detect.pseudonym import pseudonym
from dfaudit.store.db import Store, open_store
from dfaudit.store.raw import decode_body

from .conftest import invoke


def _likeness(sample_db: Path, platform: str = "civitai") -> tuple[str, str, str]:
    """(model id, target name, target pseudonym) of a likeness model with a long name."""
    with open_store(sample_db, read_only=True) as store:
        model_id, key, name = store.query(
            "SELECT f.model_id, f.target_key, f.target_name FROM findings f "
            "JOIN models m USING (platform, model_id) WHERE f.likeness AND f.platform = ? "
            "AND length(f.target_name) > 8 AND m.page_id IS NOT NULL "
            "ORDER BY f.model_id LIMIT 1",
            [platform],
        )[0]
        return str(model_id), str(name), pseudonym(store, key)


@pytest.fixture(scope="module")
def revealed(sample_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    model_id, _, _ = _likeness(sample_db)
    out = tmp_path_factory.mktemp("bundle") / "revealed.zip"
    invoke(
        "--db", str(sample_db), "evidence", "bundle", "--platform", "civitai",
        "--model-id", model_id, "--reveal-names", "-o", str(out),
    )  # fmt: skip
    return out


def test_raw_pages_are_byte_identical_to_the_store(sample_db: Path, revealed: Path) -> None:
    with zipfile.ZipFile(revealed) as archive:
        metas = [n for n in archive.namelist() if n.startswith("pages/") and n.endswith(".json")]
        assert metas
        con = duckdb.connect(str(sample_db), read_only=True)
        try:
            for name in metas:
                meta = json.loads(archive.read(name))
                body = archive.read(meta["body_file"])
                stored, encoding, recorded = con.execute(
                    "SELECT body, body_encoding, body_sha256 FROM raw_pages WHERE page_id = ?",
                    [meta["page_id"]],
                ).fetchall()[0]
                assert body == decode_body(stored, encoding)
                assert hashlib.sha256(body).hexdigest() == recorded == meta["body_sha256"]
                assert meta["request_url"].startswith("http") and meta["status"] == 200
                assert meta["fetched_at"]
        finally:
            con.close()
        names = set(archive.namelist())
        for part in ("record", "finding", "files", "headers", "reuploads", "history"):
            assert f"models/001/{part}.json" in names
        assert {"manifest.json", "README.md", "README.html"} <= names
        finding = json.loads(archive.read("models/001/finding.json"))
        assert finding["likeness"] and finding["evidence"] and finding["detector_version"]
        history = json.loads(archive.read("models/001/history.json"))
        assert history["observations"] and history["first_seen"]
        manifest = json.loads(archive.read("manifest.json"))
        listed = {f["path"]: f for f in manifest["files"]}
        assert set(listed) == names - {"manifest.json"}
        for path, entry in listed.items():
            data = archive.read(path)
            assert entry["sha256"] == hashlib.sha256(data).hexdigest()
            assert entry["size"] == len(data)
        assert manifest["tool_version"] and manifest["created_at"] and manifest["manifest_sha256"]
        # never image bytes or weights
        assert not any(n.endswith((".safetensors", ".jpeg", ".png", ".ckpt")) for n in names)


def test_verify_passes_on_the_bundle(revealed: Path) -> None:
    assert "ok:" in invoke("evidence", "verify", str(revealed))


def _rewrite(source: Path, target: Path, change: str) -> str:
    """Copy the zip with one change; returns the name of the file concerned."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        names = old.namelist()
        victim = next(n for n in names if n.endswith(".body"))
        for name in names:
            data = old.read(name)
            if name == victim and change == "byte":
                data = data[:10] + bytes([data[10] ^ 0x01]) + data[11:]
            if name == victim and change == "remove":
                continue
            new.writestr(name, data)
        if change == "add":
            victim = "pages/extra.txt"
            new.writestr(victim, b"planted later")
    return victim


@pytest.mark.parametrize("change", ["byte", "remove", "add"])
def test_verify_fails_naming_the_file(revealed: Path, tmp_path: Path, change: str) -> None:
    altered = tmp_path / f"{change}.zip"
    victim = _rewrite(revealed, altered, change)
    output = invoke("evidence", "verify", str(altered), code=1)
    assert victim in output
    assert {"byte": "changed", "remove": "missing", "add": "added"}[change] in output


def test_signed_bundle_verifies_only_with_its_key(sample_db: Path, tmp_path: Path) -> None:
    model_id, _, _ = _likeness(sample_db)
    invoke("evidence", "keygen", "-o", str(tmp_path / "k.key"))
    invoke("evidence", "keygen", "-o", str(tmp_path / "other.key"))
    assert (tmp_path / "k.key").stat().st_mode & 0o077 == 0
    invoke("evidence", "keygen", "-o", str(tmp_path / "k.key"), code=2)  # never overwritten
    out = tmp_path / "signed.zip"
    invoke(
        "--db", str(sample_db), "evidence", "bundle", "--platform", "civitai",
        "--model-id", model_id, "--key", str(tmp_path / "k.key"), "-o", str(out),
    )  # fmt: skip
    assert "signature valid" in invoke(
        "evidence", "verify", str(out), "--public-key", str(tmp_path / "k.key.pub")
    )
    output = invoke(
        "evidence", "verify", str(out), "--public-key", str(tmp_path / "other.key.pub"), code=1
    )
    assert "another key" in output
    # A forger who rewrites a file and the manifest's hash still breaks the signature.
    forged = tmp_path / "forged.zip"
    with zipfile.ZipFile(out) as old, zipfile.ZipFile(forged, "w") as new:
        manifest = json.loads(old.read("manifest.json"))
        readme = b"nothing to see"
        for entry in manifest["files"]:
            if entry["path"] == "README.md":
                entry.update(sha256=hashlib.sha256(readme).hexdigest(), size=len(readme))
        body = {k: v for k, v in manifest.items() if k not in ("manifest_sha256", "signature")}
        canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
        manifest["manifest_sha256"] = hashlib.sha256(canonical).hexdigest()
        for name in old.namelist():
            data = old.read(name)
            data = {"manifest.json": json.dumps(manifest).encode(), "README.md": readme}.get(
                name, data
            )
            new.writestr(name, data)
    assert "signature does not verify" in invoke("evidence", "verify", str(forged), code=1)


@pytest.mark.parametrize("platform", ["civitai", "huggingface"])
def test_default_bundle_names_nobody(sample_db: Path, tmp_path: Path, platform: str) -> None:
    model_id, name, alias = _likeness(sample_db, platform)
    out = tmp_path / "public.zip"
    invoke(
        "--db", str(sample_db), "evidence", "bundle", "--platform", platform,
        "--model-id", model_id, "-o", str(out),
    )  # fmt: skip
    with zipfile.ZipFile(out) as archive:
        assert not any(n.endswith(".body") for n in archive.namelist())
        text = b"\n".join(archive.read(n) for n in archive.namelist()).decode("utf-8").lower()
    for word in name.lower().split():
        if len(word) > 3:
            assert word not in text, f"a part of the target's name is in the {platform} bundle"
    assert alias in text.upper()
    invoke("evidence", "verify", str(out))


def test_target_bundle_holds_every_model_of_the_target(sample_db: Path, tmp_path: Path) -> None:
    with open_store(sample_db, read_only=True) as store:
        key, count = store.query(
            "SELECT target_key, count(*) FROM findings WHERE likeness AND target_key IS NOT NULL "
            "GROUP BY 1 HAVING count(*) > 1 ORDER BY 2 DESC, 1 LIMIT 1"
        )[0]
        alias = pseudonym(store, key)
    out = tmp_path / "target.zip"
    output = invoke("--db", str(sample_db), "evidence", "bundle", "--target", alias, "-o", str(out))
    assert f"{count} model(s)" in output
    invoke("--db", str(sample_db), "evidence", "bundle", "--target", "T-000000", "-o",
           str(tmp_path / "none.zip"), code=2)  # fmt: skip


def test_redactor_covers_spellings() -> None:
    redactor = Redactor.build([("mirabel ostrowgate", "Mirabel Ostrowgate", "T-ABCDEF")])
    for text in ("Mirabel Ostrowgate", "mirabel_ostrowgate_v2", "MirabelOstrowgate", "m1rab3l"):
        assert "ostrow" not in redactor.text(text).lower()
        assert "mirab" not in redactor.text(text).lower().replace("t-abcdef", "")
    assert redactor.value({"20_mirabel woman": ["ostrowgate"]}) == {
        "20_T-ABCDEF woman": ["T-ABCDEF"]
    }


def test_every_person_a_target_hit_names_is_redacted(db: Path, tmp_path: Path) -> None:
    """A model of two invented people: the second, a runner-up target, is pseudonymised too."""
    with open_store(db) as store:
        model_id, evidence = store.query(
            "SELECT model_id, evidence FROM findings WHERE platform = 'civitai' AND likeness "
            "ORDER BY model_id LIMIT 1"
        )[0]
        hits = json.loads(evidence) + [
            {"signal": "name_shape@1", "aspect": "target", "score": 0.5, "field": "name",
             "text": "Ysabeau Quernfield", "note": "quernfield ysabeau",
             "value": "Ysabeau Quernfield"},
        ]  # fmt: skip
        store.con.execute(
            "UPDATE findings SET evidence = ? WHERE platform = 'civitai' AND model_id = ?",
            [json.dumps(hits), model_id],
        )
    out = tmp_path / "two.zip"
    invoke("--db", str(db), "evidence", "bundle", "--platform", "civitai", "--model-id",
           model_id, "-o", str(out))  # fmt: skip
    with zipfile.ZipFile(out) as archive:
        text = b"".join(archive.read(n) for n in archive.namelist()).lower()
    assert b"quernfield" not in text and b"ysabeau" not in text


def _likeness_models(store: Store) -> list[tuple[str, str]]:
    rows = store.query(
        "SELECT platform, model_id FROM findings WHERE likeness ORDER BY platform, model_id"
    )
    return [(str(p), str(m)) for p, m in rows]


def _scanned(store: Store, models: list[tuple[str, str]]) -> dict[int, set[tuple[str, str]]]:
    """What reading every raw page body finds (how bundles found their pages before)."""
    found: dict[int, set[tuple[str, str]]] = {}
    for platform in sorted({p for p, _ in models}):
        wanted = {m for p, m in models if p == platform}
        for page_id, ident in scan_pages(store, platform, wanted):
            found.setdefault(page_id, set()).add((platform, ident))
    return found


def test_pages_come_from_pointers_not_bodies(db: Path) -> None:
    """The same pages as a scan of every body, found without reading any body."""
    with open_store(db) as store:
        models = _likeness_models(store)
        assert {p for p, _ in models} == {"civitai", "huggingface"}
        expected = _scanned(store, models)
        # some models are on more than one page (a later census, a detail page)
        assert sum(len(found) for found in expected.values()) > len(models)
        assert pages_mentioning(store, models) == expected
        # blank every body: a lookup by pointers still finds every page
        store.con.execute("UPDATE raw_pages SET body = ''::BLOB, body_encoding = 'identity'")
        assert pages_mentioning(store, models) == expected


def test_stores_without_page_pointers_scan_only_the_runs_that_need_it(db: Path) -> None:
    with open_store(db) as store:
        models = _likeness_models(store)
        expected = _scanned(store, models)
        store.con.execute("DELETE FROM observation_pages")  # a store from before the table
        assert pages_mentioning(store, models) == expected
