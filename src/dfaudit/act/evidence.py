"""Evidence bundles: a zip that proves what a platform showed, when, and how it changed.

A bundle holds, for one model (or every likeness model of one target): the raw pages that
mention it exactly as the store keeps them (with request, fetch time, status and the sha256
recorded at fetch), the normalised record, the finding with every evidence hit and the detector
version, safetensors header metadata, the file hashes, re-upload links with their originals, the
observation history, a plain-words README and ``manifest.json`` (every file's sha256 and size, a
hash over the manifest, optionally an Ed25519 signature). :func:`verify_bundle` re-checks it all.

Names: without ``reveal_names`` the target's name is replaced by its pseudonym in every text the
bundle writes, and raw page bodies (which carry names, often of other people too) are left out:
their request, time, status and sha256 stay, so the store can later prove them. Never in a
bundle: image bytes, model weights.
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import msgspec

from dfaudit import __version__
from dfaudit.act.common import check_platform, iso, require_model, utc
from dfaudit.detect.names import canonical_key
from dfaudit.detect.pseudonym import pseudonym
from dfaudit.detect.text import deleet, fold
from dfaudit.errors import DfauditError, InputError
from dfaudit.store.db import Store
from dfaudit.store.load import iter_model_records
from dfaudit.store.raw import decode_body, iter_items

MANIFEST = "manifest.json"
FORMAT = "dfaudit-evidence-bundle/1"
SOURCES_OF = {"civitai": ("civitai", "by-hash"), "huggingface": ("huggingface",)}
_CHUNK = 1 << 16
MAX_MANIFEST_BYTES = 64 << 20


class EvidenceError(DfauditError):
    """A bundle could not be made or did not verify."""

    exit_code = 1


@dataclass(frozen=True, slots=True)
class BundleSummary:
    path: Path
    models: int
    pages: int
    pages_with_body: int
    files: int
    signed: bool
    names_revealed: bool

    def line(self) -> str:
        bodies = (
            f"{self.pages_with_body} with their bytes"
            if self.names_revealed
            else "bodies withheld (names); sha256 kept"
        )
        return (
            f"bundle {self.path}: {self.models} model(s), {self.pages} raw page(s) ({bodies}), "
            f"{self.files} files, {'signed' if self.signed else 'unsigned'}"
        )


@dataclass(frozen=True, slots=True)
class VerifyResult:
    path: Path
    files: int
    problems: tuple[str, ...]
    signed: bool

    @property
    def ok(self) -> bool:
        return not self.problems


# --- keys --------------------------------------------------------------------------------------


def keygen(private_path: Path) -> tuple[Path, Path]:
    """Write a new Ed25519 private key (PEM, mode 0600) and its public key beside it (``.pub``).

    Refuses to overwrite an existing key.
    """
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    public_path = private_path.with_name(private_path.name + ".pub")
    for path in (private_path, public_path):
        if path.exists():
            raise InputError(f"{path} exists: choose another path (keys are never overwritten)")
    key = Ed25519PrivateKey.generate()
    private_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    public_pem = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    try:
        fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(private_pem)
        public_path.write_bytes(public_pem)
    except OSError as exc:
        raise InputError(f"cannot write the key to {private_path}: {exc.strerror}") from None
    return private_path, public_path


def _load_private(path: Path) -> Any:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as exc:
        raise InputError(f"cannot read private key {path}: {str(exc)[:120]}") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise InputError(f"{path} is not an Ed25519 private key")
    return key


def _public_raw(key: Any) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return bytes(key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))


def _load_public(path: Path) -> bytes:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        key = serialization.load_pem_public_key(path.read_bytes())
    except (OSError, ValueError, TypeError) as exc:
        raise InputError(f"cannot read public key {path}: {str(exc)[:120]}") from None
    if not isinstance(key, Ed25519PublicKey):
        raise InputError(f"{path} is not an Ed25519 public key")
    return _public_raw(key)


# --- names -------------------------------------------------------------------------------------

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_REPEAT = re.compile(r"(.)\1+")


@dataclass(frozen=True)
class Redactor:
    """Replaces a target's name, its spellings and parts with the target's pseudonym."""

    targets: tuple[tuple[str, tuple[str, ...], re.Pattern[str] | None], ...]

    @classmethod
    def build(cls, named: Iterable[tuple[str, str | None, str]]) -> Redactor:
        """From ``(target_key, target_name, pseudonym)`` triples."""
        targets = []
        for target_key, target_name, alias in named:
            words = set(canonical_key(target_key).split())
            if target_name:
                words |= set(canonical_key(target_name).split())
            words = {w for w in words if len(w) >= 3}
            pattern = re.compile(re.escape(target_name), re.IGNORECASE) if target_name else None
            targets.append((alias, tuple(sorted(words, key=len, reverse=True)), pattern))
        return cls(tuple(targets))

    def text(self, value: str) -> str:
        for alias, words, pattern in self.targets:
            if pattern is not None:
                value = pattern.sub(alias, value)

            def swap(
                match: re.Match[str], alias: str = alias, words: tuple[str, ...] = words
            ) -> str:
                token = match.group(0)
                forms = {
                    canonical_key(token).replace(" ", ""),
                    _REPEAT.sub(r"\1", fold(deleet(token))),
                }
                for word in words:
                    for folded in forms:
                        if folded == word or (len(word) >= 4 and word in folded):
                            return alias
                return token

            value = _TOKEN.sub(swap, value)
        return value

    def value(self, value: Any) -> Any:
        """Every string inside a JSON-like value (keys too), redacted."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, dict):
            return {self.value(k): self.value(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [self.value(v) for v in value]
        return value


# --- gathering ---------------------------------------------------------------------------------


def _json_bytes(value: Any) -> bytes:
    text = json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False, default=_default)
    return (text + "\n").encode("utf-8")


def _default(value: Any) -> Any:
    if isinstance(value, datetime):
        return iso(value)
    if isinstance(value, bytes):
        return value.hex()
    return str(value)


def _maybe_json(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _dicts(store: Store, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = store.con.execute(sql, params)
    names = [d[0] for d in cursor.description or ()]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def models_of_target(store: Store, platform: str | None, target: str) -> list[tuple[str, str]]:
    """Every likeness model whose target has pseudonym ``target`` (on ``platform`` if given)."""
    rows = store.query(
        "SELECT platform, model_id, target_key FROM findings "
        "WHERE likeness AND target_key IS NOT NULL ORDER BY platform, model_id"
    )
    keys: dict[str, str] = {}
    out = []
    for row_platform, model_id, target_key in rows:
        if platform and row_platform != platform:
            continue
        alias = keys.setdefault(target_key, pseudonym(store, target_key))
        if alias == target:
            out.append((str(row_platform), str(model_id)))
    if not out:
        raise InputError(f"no likeness model of target {target[:40]!r} in this store")
    return out


def pages_mentioning(
    store: Store, models: list[tuple[str, str]]
) -> dict[int, set[tuple[str, str]]]:
    """page_id → the models among ``models`` whose item (or a version of it) the page holds.

    Found through the store's pointers, never by reading page bodies: the page of each
    observation (``observation_pages``: one per run that listed the model), the model's latest
    page, and for a detail page (Hugging Face's ``?blobs=true`` answer) the listing page it was
    fetched for. Only runs stored before ``observation_pages`` existed are scanned, and only
    those runs.
    """
    found: dict[int, set[tuple[str, str]]] = {}
    unpointed: dict[str, set[int]] = {}  # platform → runs to scan
    for platform, model_id in models:
        key = (platform, model_id)
        rows = store.query(
            "SELECT o.run_id, p.page_id FROM observations o "
            "LEFT JOIN observation_pages p USING (platform, model_id, run_id) "
            "WHERE o.platform = ? AND o.model_id = ? "
            "UNION ALL SELECT NULL, page_id FROM models WHERE platform = ? AND model_id = ?",
            [platform, model_id, platform, model_id],
        )
        for run_id, page_id in rows:
            if page_id is not None:
                found.setdefault(int(page_id), set()).add(key)
            elif run_id is not None:
                unpointed.setdefault(platform, set()).add(int(run_id))
    listings = store.query(
        "SELECT d.page_id, l.page_id FROM raw_pages d JOIN raw_pages l "
        "ON l.run_id = d.run_id AND l.seq = d.seq AND d.stream = l.stream || ':details' "
        "WHERE d.page_id IN (SELECT unnest(?::BIGINT[]))",
        [sorted(found)],
    )
    for detail, listing in listings:
        found.setdefault(int(listing), set()).update(found[int(detail)])
    for platform, runs in sorted(unpointed.items()):
        wanted = {m for p, m in models if p == platform}
        for page_id, ident in scan_pages(store, platform, wanted, sorted(runs)):
            found.setdefault(page_id, set()).add((platform, ident))
    return found


def scan_pages(
    store: Store, platform: str, wanted: set[str], runs: list[int] | None = None
) -> Iterator[tuple[int, str]]:
    """(page_id, model_id) for every raw page of ``platform``'s runs (only ``runs`` if given)
    that holds one of the ``wanted`` models: reads and decodes every body, so it is slow on a
    large store (the fallback for observations without a page pointer)."""
    needles = [m.encode("utf-8") for m in wanted]
    sources = list(SOURCES_OF.get(platform, (platform,)))
    sql = (
        "SELECT p.page_id, p.body, p.body_encoding FROM raw_pages p "
        f"JOIN runs r USING (run_id) WHERE r.source IN ({', '.join('?' for _ in sources)})"
    )
    params: list[Any] = list(sources)
    if runs is not None:
        sql += " AND p.run_id IN (SELECT unnest(?::BIGINT[]))"
        params.append(runs)
    cursor = store.con.cursor()
    try:
        cursor.execute(sql + " ORDER BY p.page_id", params)
        while batch := cursor.fetchmany(256):
            for page_id, data, encoding in batch:
                body = decode_body(data, encoding)
                if not any(needle in body for needle in needles):
                    continue  # cheap test first: most pages do not name the model at all
                for item in iter_items(body):
                    for key in ("id", "modelId"):
                        ident = str(item.get(key))
                        if ident in wanted:
                            yield int(page_id), ident
    finally:
        cursor.close()


def _record(store: Store, platform: str, model_id: str) -> dict[str, Any] | None:
    for batch in iter_model_records(
        store, "m.platform = ? AND m.model_id = ?", [platform, model_id], batch_size=1
    ):
        for record, _sha in batch:
            return dict(msgspec.to_builtins(record))
    return None


def _history(store: Store, platform: str, model_id: str) -> dict[str, Any]:
    model = _dicts(
        store,
        "SELECT first_seen, last_seen, removed_at, status, downloads, created_at, last_run_id "
        "FROM models WHERE platform = ? AND model_id = ?",
        [platform, model_id],
    )[0]
    observations = _dicts(
        store,
        "SELECT run_id, observed_at, downloads, status, raw_sha256 FROM observations "
        "WHERE platform = ? AND model_id = ? ORDER BY observed_at, run_id",
        [platform, model_id],
    )
    seen_runs = {o["run_id"] for o in observations}
    seen_at = [utc(o["observed_at"]) for o in observations]
    first = min((at for at in seen_at if at is not None), default=None)
    missed = [
        {"run_id": run_id, "census_at": at}
        for run_id, at in store.query(
            "SELECT run_id, coalesce(finished_at, started_at) FROM runs "
            "WHERE census AND status = 'complete' AND source = ? ORDER BY 2",
            [platform],
        )
        if first is not None and (utc(at) or first) >= first and run_id not in seen_runs
    ]
    return {
        **model,
        "observations": observations,
        "complete_censuses_not_listing_it": missed,
    }


def _finding(store: Store, platform: str, model_id: str) -> dict[str, Any] | None:
    rows = _dicts(
        store,
        "SELECT likeness, likeness_score, target_key, target_name, target_gender, prominence, "
        "sexual_intent, sexual_intent_score, minor_risk, violations, evidence, detector_version, "
        "input_sha256, processed_at FROM findings WHERE platform = ? AND model_id = ?",
        [platform, model_id],
    )
    if not rows:
        return None
    row = rows[0]
    row["evidence"] = _maybe_json(row["evidence"])
    return row


def _reuploads(store: Store, platform: str, model_id: str) -> list[dict[str, Any]]:
    links = _dicts(
        store,
        "SELECT r.sha256, r.platform_a, r.model_id_a, r.first_seen_a, r.platform_b, "
        "r.model_id_b, r.first_seen_b, "
        "ma.url AS url_a, ma.status AS status_a, ma.removed_at AS removed_at_a, "
        "mb.url AS url_b, mb.status AS status_b, mb.removed_at AS removed_at_b "
        "FROM reuploads r "
        "LEFT JOIN models ma ON ma.platform = r.platform_a AND ma.model_id = r.model_id_a "
        "LEFT JOIN models mb ON mb.platform = r.platform_b AND mb.model_id = r.model_id_b "
        "WHERE (r.platform_a = ? AND r.model_id_a = ?) OR (r.platform_b = ? AND r.model_id_b = ?) "
        "ORDER BY r.first_seen_b, r.platform_b, r.model_id_b",
        [platform, model_id, platform, model_id],
    )
    for link in links:
        link["role_of_this_model"] = (
            "original" if (link["platform_a"], link["model_id_a"]) == (platform, model_id)
            else "re-upload"
        )  # fmt: skip
    return links


def _page_meta(store: Store, page_id: int) -> dict[str, Any]:
    return _dicts(
        store,
        "SELECT p.page_id, p.run_id, r.source, p.stream, p.seq, p.request_method, "
        "p.request_url, p.fetched_at, p.status, p.body_sha256, p.n_items, p.body_encoding "
        "FROM raw_pages p JOIN runs r USING (run_id) WHERE p.page_id = ?",
        [page_id],
    )[0]


def _page_body(store: Store, page_id: int) -> bytes:
    rows = store.query(
        "SELECT body, body_encoding, body_sha256 FROM raw_pages WHERE page_id = ?", [page_id]
    )
    body = decode_body(rows[0][0], rows[0][1])
    if hashlib.sha256(body).hexdigest() != rows[0][2]:
        raise EvidenceError(
            f"raw page {page_id} no longer matches the sha256 recorded at fetch: the store is "
            "damaged, no bundle written"
        )
    return body


# --- writing -----------------------------------------------------------------------------------


def build_bundle(
    store: Store,
    output: Path,
    *,
    platform: str | None = None,
    model_id: str | None = None,
    target: str | None = None,
    reveal_names: bool = False,
    key_path: Path | None = None,
    now: datetime | None = None,
) -> BundleSummary:
    """Write an evidence bundle for one model or every likeness model of ``target``."""
    if model_id is None and target is None:
        raise InputError("give --model-id or --target")
    if platform is not None:
        check_platform(platform)
    if model_id is not None:
        if platform is None:
            raise InputError("--model-id needs --platform")
        require_model(store, platform, model_id)
        models = [(platform, model_id)]
    else:
        assert target is not None
        models = models_of_target(store, platform, target)
    signer = _load_private(key_path) if key_path is not None else None
    created = utc(now) or datetime.now(UTC)

    findings = {m: _finding(store, *m) for m in models}
    named = {
        (f["target_key"], f["target_name"])
        for f in findings.values()
        if f is not None and f["target_key"]
    }
    # Every other person a target hit names (a model of two people, a second candidate) too.
    named |= {
        (str(hit["note"]), str(hit.get("value") or "") or None)
        for f in findings.values()
        if f is not None and isinstance(f["evidence"], list)
        for hit in f["evidence"]
        if isinstance(hit, dict) and hit.get("aspect") == "target" and hit.get("note")
    }
    redactor = Redactor.build(
        (k, n, pseudonym(store, k)) for k, n in sorted(named, key=lambda kn: (kn[0], kn[1] or ""))
    )

    def clean(value: Any) -> Any:
        return value if reveal_names else redactor.value(value)

    files: dict[str, bytes] = {}
    index = []
    pages = pages_mentioning(store, models)
    page_refs: dict[tuple[str, str], list[int]] = {}
    for page_id, mentions in pages.items():
        for mention in mentions:
            page_refs.setdefault(mention, []).append(page_id)
    for number, (model_platform, model_ident) in enumerate(models, start=1):
        folder = f"models/{number:03d}"
        finding = findings[(model_platform, model_ident)]
        if finding is not None:
            if finding["target_key"]:
                finding["target_pseudonym"] = pseudonym(store, finding["target_key"])
            if not reveal_names:
                finding.pop("target_key")
                finding.pop("target_name")
        model_files = _dicts(
            store,
            "SELECT file_id, version_id, name, size_bytes, sha256, autov2, blake3, format, "
            "is_primary, download_url FROM files WHERE platform = ? AND model_id = ? "
            "ORDER BY file_id",
            [model_platform, model_ident],
        )
        headers = _dicts(
            store,
            "SELECT h.file_id, h.url, h.fetched_at, h.status, h.header_length, h.header_sha256, "
            "h.bytes_read, h.metadata FROM headers h JOIN files f "
            "ON f.platform = h.platform AND f.file_id = h.file_id "
            "WHERE f.platform = ? AND f.model_id = ? ORDER BY h.file_id",
            [model_platform, model_ident],
        )
        for header in headers:
            header["metadata"] = _maybe_json(header["metadata"])
        parts = {
            "record.json": _record(store, model_platform, model_ident),
            "finding.json": finding,
            "files.json": model_files,
            "headers.json": headers,
            "reuploads.json": _reuploads(store, model_platform, model_ident),
            "history.json": _history(store, model_platform, model_ident),
        }
        for name, value in parts.items():
            files[f"{folder}/{name}"] = _json_bytes(clean(value))
        index.append(
            {
                "folder": folder,
                "platform": model_platform,
                "model_id": clean(model_ident),
                "raw_pages": sorted(page_refs.get((model_platform, model_ident), [])),
            }
        )
    with_body = 0
    for page_id in sorted(pages):
        meta = _page_meta(store, page_id)
        meta["body_in_bundle"] = reveal_names
        if reveal_names:
            body = _page_body(store, page_id)
            files[f"pages/{page_id}.body"] = body
            meta["body_file"] = f"pages/{page_id}.body"
            with_body += 1
        files[f"pages/{page_id}.json"] = _json_bytes(clean(meta))
    subject = {
        "created_at": created,
        "names_revealed": reveal_names,
        "target_pseudonym": target,
        "models": index,
        "raw_pages": len(pages),
    }
    files["bundle.json"] = _json_bytes(subject)
    files["README.md"] = _readme_md(subject, reveal_names).encode("utf-8")
    files["README.html"] = _readme_html(subject, reveal_names).encode("utf-8")
    manifest = make_manifest(files, created, signer)
    _write_zip(output, files, manifest)
    return BundleSummary(
        output, len(models), len(pages), with_body, len(files) + 1, signer is not None,
        reveal_names,
    )  # fmt: skip


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def make_manifest(files: dict[str, bytes], created: datetime, signer: Any = None) -> bytes:
    """The manifest: every file's sha256 and size, a hash over them, an optional signature."""
    body: dict[str, Any] = {
        "format": FORMAT,
        "tool": "dfaudit",
        "tool_version": __version__,
        "created_at": iso(created),
        "files": [
            {"path": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for name, data in sorted(files.items())
        ],
    }
    digest = hashlib.sha256(_canonical(body)).hexdigest()
    manifest: dict[str, Any] = {**body, "manifest_sha256": digest}
    if signer is not None:
        manifest["signature"] = {
            "algorithm": "ed25519",
            "signed": "the ASCII hex of manifest_sha256",
            "public_key": _public_raw(signer.public_key()).hex(),
            "value": signer.sign(digest.encode("ascii")).hex(),
        }
    return _json_bytes(manifest)


def _write_zip(output: Path, files: dict[str, bytes], manifest: bytes) -> None:
    if output.is_dir():
        raise InputError(f"{output} is a directory; give the zip file's path with -o")
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create {output.parent}: {exc.strerror}") from None
    partial = output.with_name(output.name + ".partial")
    stamp = (1980, 1, 1, 0, 0, 0)  # zip dates carry no meaning here; the manifest has the time
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in [(MANIFEST, manifest), *sorted(files.items())]:
            info = zipfile.ZipInfo(name, stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    os.replace(partial, output)


# --- verifying ---------------------------------------------------------------------------------


def _hash_member(archive: zipfile.ZipFile, name: str, limit: int) -> tuple[str, int]:
    """sha256 and size of a member, reading at most ``limit + 1`` bytes (a bomb stops early)."""
    digest = hashlib.sha256()
    size = 0
    with archive.open(name) as handle:
        while size <= limit and (chunk := handle.read(_CHUNK)):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def verify_bundle(path: Path, public_key: Path | None = None) -> VerifyResult:
    """Re-check every file's hash and size, the manifest's hash and the signature if present.

    Problems name the file: changed, missing, or added. ``public_key`` requires a signature by
    that key.
    """
    expected_key = _load_public(public_key) if public_key is not None else None
    problems: list[str] = []
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        return VerifyResult(path, 0, (f"{path.name}: not a readable zip ({exc})"[:300],), False)
    with archive:
        names = [info.filename for info in archive.infolist()]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        problems += [f"{n}: appears more than once in the zip" for n in duplicates]
        if MANIFEST not in names:
            return VerifyResult(path, 0, (*problems, f"{MANIFEST}: missing"), False)
        if archive.getinfo(MANIFEST).file_size > MAX_MANIFEST_BYTES:
            return VerifyResult(path, 0, (*problems, f"{MANIFEST}: implausibly large"), False)
        try:
            manifest = json.loads(archive.read(MANIFEST))
            listed = {f["path"]: (str(f["sha256"]), int(f["size"])) for f in manifest["files"]}
        except (ValueError, KeyError, TypeError) as exc:
            return VerifyResult(
                path, 0, (*problems, f"{MANIFEST}: unreadable ({exc})"[:300]), False
            )
        body = {k: v for k, v in manifest.items() if k not in ("manifest_sha256", "signature")}
        digest = hashlib.sha256(_canonical(body)).hexdigest()
        if digest != manifest.get("manifest_sha256"):
            problems.append(f"{MANIFEST}: altered (its hash does not match its contents)")
        for name in sorted(listed):
            if name not in names:
                problems.append(f"{name}: missing")
                continue
            sha, size = listed[name]
            got_sha, got_size = _hash_member(archive, name, size)
            if got_size != size or got_sha != sha:
                problems.append(f"{name}: changed (sha256 or size differs from the manifest)")
        for name in sorted(set(names) - set(listed) - {MANIFEST}):
            problems.append(f"{name}: added (not in the manifest)")
        signature = manifest.get("signature")
        signed = isinstance(signature, dict)
        if signed:
            problems += _check_signature(signature, digest, expected_key)
        elif expected_key is not None:
            problems.append(f"{MANIFEST}: not signed, but a public key was given")
    return VerifyResult(path, len(listed), tuple(problems), signed)


def _check_signature(signature: dict[str, Any], digest: str, expected: bytes | None) -> list[str]:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        raw_key = bytes.fromhex(str(signature["public_key"]))
        value = bytes.fromhex(str(signature["value"]))
        Ed25519PublicKey.from_public_bytes(raw_key).verify(value, digest.encode("ascii"))
    except (KeyError, ValueError, InvalidSignature):
        return [f"{MANIFEST}: signature does not verify"]
    if expected is not None and raw_key != expected:
        return [f"{MANIFEST}: signed by another key than the one given"]
    return []


# --- README ------------------------------------------------------------------------------------


def _readme_lines(subject: dict[str, Any], reveal_names: bool) -> list[str]:
    when = iso(subject["created_at"])
    lines = [
        f"This evidence bundle was made by dfaudit {__version__} on {when}.",
        f"It covers {len(subject['models'])} model(s) and {subject['raw_pages']} raw page(s) "
        "that mention them.",
        "",
        "What is inside:",
        "- pages/N.json: one page as the platform answered it: the request (method and URL), "
        "when it was fetched, the HTTP status and the sha256 of the body exactly as it came.",
    ]
    if reveal_names:
        lines.append(
            "- pages/N.body: that body, byte for byte as dfaudit stored it; its sha256 equals "
            "the one recorded at fetch. A listing page also carries other models."
        )
    else:
        lines.append(
            "- The page bodies themselves are NOT included: they name people. Their sha256 "
            "proves them: the operator's store (or a bundle made with --reveal-names) holds "
            "bytes with exactly that hash."
        )
    lines += [
        "- models/NNN/record.json: the model as dfaudit normalised it.",
        "- models/NNN/finding.json: the detection result with every piece of evidence and the "
        "detector version.",
        "- models/NNN/files.json and headers.json: file hashes and the safetensors header "
        "metadata (training details). Never the weights.",
        "- models/NNN/reuploads.json: other uploads of the same file, and which came first.",
        "- models/NNN/history.json: first and last seen, downloads at every crawl, removal.",
        "- manifest.json: the sha256 and size of every file, a hash over the list and, when "
        "present, an Ed25519 signature of that hash by the operator's key.",
        "",
        "No image and no model weights are in this bundle.",
        (
            "Names of the targeted person appear as they were found."
            if reveal_names
            else "The targeted person is named only by a pseudonym (T-XXXXXX)."
        ),
        "",
        "To check that nothing was changed, added or removed: `dfaudit evidence verify "
        "BUNDLE.zip` (with `--public-key KEY.pub` to require the operator's signature). "
        "Without dfaudit: compute the sha256 of each file and compare it with manifest.json.",
    ]
    return lines


def _readme_md(subject: dict[str, Any], reveal_names: bool) -> str:
    return "# Evidence bundle\n\n" + "\n".join(_readme_lines(subject, reveal_names)) + "\n"


def _readme_html(subject: dict[str, Any], reveal_names: bool) -> str:
    paragraphs = []
    items: list[str] = []
    for line in _readme_lines(subject, reveal_names) + [""]:
        if line.startswith("- "):
            items.append(f"<li>{html.escape(line[2:])}</li>")
            continue
        if items:
            paragraphs.append("<ul>" + "".join(items) + "</ul>")
            items = []
        if line:
            paragraphs.append(f"<p>{html.escape(line)}</p>")
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'">'
        "<title>Evidence bundle</title></head><body><h1>Evidence bundle</h1>"
        + "\n".join(paragraphs)
        + "</body></html>\n"
    )
