"""Removal notices: drafts with every field a law requires, and the compliance clock.

:func:`draft_notice` writes a notice (Markdown and HTML) under one of three routes:

- ``take-it-down``: the US TAKE IT DOWN Act, §3 notice and removal (platforms must remove a valid
  request's depiction within 48 hours);
- ``dsa``: the EU Digital Services Act, Art. 16(2) notice and action;
- ``platform``: the platform's own route (Civitai's likeness claim, Hugging Face's content-policy
  report), citing the rule the finding breaks from ``detect/data/rules.json``.

Fields the finding can fill (locations, ids, file hashes, evidence, rules) are filled; fields only
the requester can give (signature, contact, name) come from ``--from FILE.toml`` or are left as
clearly marked blanks.

Recording a sent notice and timing the platform's answer is :mod:`dfaudit.act.clock`.
"""

from __future__ import annotations

import html
import json
import re
import tomllib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from dfaudit.act.common import iso, one_line, require_model, utc
from dfaudit.detect.rules import default_rulebook
from dfaudit.errors import InputError
from dfaudit.store.db import Store

LAWS = ("take-it-down", "dsa", "platform")
BLANK = "[TO BE COMPLETED BY THE REQUESTER: {label}]"
REQUESTER_KEYS = (
    "requester_name",
    "requester_email",
    "requester_phone",
    "requester_address",
    "acting_for",
    "signature",
    "date",
    "explanation",
)
MAX_HITS = 12


# --- drafting ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NoticeField:
    """One field of a notice: the law's words for it, and its value or a marked blank."""

    label: str
    requirement: str  # where the law asks for it
    lines: tuple[str, ...]
    from_requester: bool = False

    @property
    def blank(self) -> bool:
        return any(line.startswith("[TO BE COMPLETED") for line in self.lines)


@dataclass(frozen=True, slots=True)
class Notice:
    law: str
    title: str
    recipient: str
    fields: tuple[NoticeField, ...]
    note: str = ""


@dataclass(frozen=True, slots=True)
class NoticePaths:
    markdown: Path
    html: Path
    blanks: tuple[str, ...]


def load_requester(path: Path | None) -> dict[str, str]:
    """The requester's own details from a TOML file (keys: ``REQUESTER_KEYS``)."""
    if path is None:
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise InputError(f"cannot read {path}: {str(exc)[:160]}") from None
    unknown = sorted(set(data) - set(REQUESTER_KEYS))
    if unknown:
        raise InputError(
            f"{path}: unknown keys {', '.join(k[:30] for k in unknown[:5])}; "
            f"known: {', '.join(REQUESTER_KEYS)}"
        )
    return {key: one_line(value, 2000) for key, value in data.items() if str(value).strip()}


@dataclass(frozen=True)
class _Facts:
    """What the store knows about one model, for a notice."""

    platform: str
    model_id: str
    url: str | None
    name: str | None
    model_type: str | None
    creator: str | None
    created_at: datetime | None
    first_seen: datetime | None
    downloads: int | None
    status: str | None
    files: list[tuple[str, str | None, str | None, str | None]]  # name, sha256, autov2, url
    finding: dict[str, Any] | None
    copies: list[tuple[str, str, str | None]]  # platform, model id, url
    hits: list[dict[str, Any]] = field(default_factory=list)


def _facts(store: Store, platform: str, model_id: str) -> _Facts:
    require_model(store, platform, model_id)
    row = store.query(
        "SELECT url, name, type, creator, created_at, first_seen, downloads, status "
        "FROM models WHERE platform = ? AND model_id = ?",
        [platform, model_id],
    )[0]
    files = [
        (str(n or ""), s, a, u)
        for n, s, a, u in store.query(
            "SELECT name, sha256, autov2, download_url FROM files "
            "WHERE platform = ? AND model_id = ? ORDER BY file_id",
            [platform, model_id],
        )
    ]
    found = store.query(
        "SELECT likeness, likeness_score, sexual_intent, minor_risk, violations, evidence, "
        "detector_version, processed_at FROM findings WHERE platform = ? AND model_id = ?",
        [platform, model_id],
    )
    finding = None
    hits: list[dict[str, Any]] = []
    if found:
        likeness, score, sexual, minor, violations, evidence, version, processed = found[0]
        finding = {
            "likeness": likeness,
            "likeness_score": score,
            "sexual_intent": sexual,
            "minor_risk": minor,
            "violations": list(violations or []),
            "detector_version": version,
            "processed_at": processed,
        }
        value = json.loads(evidence) if isinstance(evidence, str) else evidence
        hits = [h for h in value or [] if isinstance(h, dict)]
    return _Facts(
        platform,
        model_id,
        row[0],
        row[1],
        row[2],
        row[3],
        utc(row[4]),
        utc(row[5]),
        row[6],
        row[7],
        files,
        finding,
        copies_of(store, platform, model_id),
        hits,
    )


def copies_of(
    store: Store, platform: str, model_id: str, hashes: list[str] | None = None
) -> list[tuple[str, str, str | None]]:
    """Other models carrying one of this model's files (same sha256, or a re-upload link)."""
    shas = sorted(
        {str(s).lower() for s in (hashes or []) if s}
        | {
            str(s).lower()
            for (s,) in store.query(
                "SELECT sha256 FROM files WHERE platform = ? AND model_id = ? "
                "AND sha256 IS NOT NULL",
                [platform, model_id],
            )
        }
    )
    rows = store.query(
        "SELECT DISTINCT f.platform, f.model_id, m.url FROM files f "
        "LEFT JOIN models m USING (platform, model_id) "
        "WHERE list_contains(?, lower(f.sha256)) AND NOT (f.platform = ? AND f.model_id = ?) "
        "UNION SELECT r.platform_b, r.model_id_b, m.url FROM reuploads r "
        "LEFT JOIN models m ON m.platform = r.platform_b AND m.model_id = r.model_id_b "
        "WHERE r.platform_a = ? AND r.model_id_a = ? "
        "UNION SELECT r.platform_a, r.model_id_a, m.url FROM reuploads r "
        "LEFT JOIN models m ON m.platform = r.platform_a AND m.model_id = r.model_id_a "
        "WHERE r.platform_b = ? AND r.model_id_b = ?",
        [shas, platform, model_id, platform, model_id, platform, model_id],
    )
    return sorted((str(p), str(m), u) for p, m, u in rows)


def _blank(label: str) -> str:
    return BLANK.format(label=label)


def _req(requester: dict[str, str], key: str, label: str) -> str:
    return requester.get(key) or _blank(label)


def _location_lines(facts: _Facts) -> tuple[str, ...]:
    lines = [f"Model page: {facts.url or '(no URL recorded)'}"]
    lines.append(f"Platform and model id: {facts.platform} {facts.model_id}")
    if facts.name:
        lines.append(f"Title shown on the page: {facts.name}")
    if facts.creator:
        lines.append(f"Uploaded by: {facts.creator}")
    for name, _sha, _autov2, url in facts.files:
        if url:
            lines.append(f"File {name}: {url}")
    for platform, model_id, url in facts.copies:
        lines.append(f"Copy of the same file: {platform} {model_id} {url or ''}".rstrip())
    return tuple(lines)


def _hash_lines(facts: _Facts) -> tuple[str, ...]:
    lines = [
        f"{name}: SHA256 {sha or 'unknown'}" + (f", AutoV2 {autov2}" if autov2 else "")
        for name, sha, autov2, _url in facts.files
    ]
    return tuple(lines) or ("(no file hashes recorded)",)


def _evidence_lines(facts: _Facts) -> tuple[str, ...]:
    finding = facts.finding
    if finding is None:
        return ("No automated finding is stored for this model.",)
    lines = [
        "An automated audit (dfaudit, detector "
        f"{finding['detector_version']}) found that this model is made to reproduce the "
        f"likeness of a real, identifiable person (likeness score {finding['likeness_score']:.2f})"
        + ("." if finding["likeness"] else ", below the threshold for a finding."),
    ]
    if finding["sexual_intent"]:
        lines.append("It signals sexual use (platform flags or explicit terms).")
    if finding["minor_risk"]:
        lines.append("It carries a cue that the person depicted may be a minor.")
    likeness_hits = [h for h in facts.hits if h.get("aspect") in ("likeness", "target")]
    likeness_hits.sort(key=lambda h: -float(h.get("score") or 0))
    for hit in likeness_hits[:MAX_HITS]:
        lines.append(
            f"Evidence: {hit.get('signal')} in {hit.get('field')}: "
            f"{hit.get('text', '')!s} ({hit.get('note', '')!s})"
        )
    if facts.downloads is not None:
        lines.append(f"Downloads shown by the platform: {facts.downloads:,}.")
    if facts.first_seen is not None:
        lines.append(f"First seen online by the audit: {iso(facts.first_seen)}.")
    return tuple(lines)


def _rule_lines(facts: _Facts) -> tuple[str, ...]:
    book = default_rulebook()
    texts = {rule.id: rule for rule in book.rules}
    violated = (facts.finding or {}).get("violations") or []
    lines = []
    for rule_id in violated:
        rule = texts.get(rule_id)
        if rule is not None:
            since = rule.effective_from.isoformat() if rule.effective_from else "always"
            lines.append(
                f"{rule.id} (in force since {since}, severity {rule.severity}): {rule.text}"
            )
    policy = book.policy_in_force(facts.platform, datetime.now(UTC).date())
    policies = {p.id: p for p in book.policies}
    if policy in policies:
        lines.append(f"Policy in force now: {policy}: {policies[policy].text}")
    return tuple(lines) or ("(no platform rule recorded as broken by the finding)",)


def _requester_fields(requester: dict[str, str]) -> list[NoticeField]:
    return [
        NoticeField(
            "Name of the requester",
            "contact information",
            (_req(requester, "requester_name", "full name"),),
            True,
        ),
        NoticeField(
            "Email of the requester",
            "contact information",
            (_req(requester, "requester_email", "email address"),),
            True,
        ),
        NoticeField(
            "Other contact details",
            "contact information",
            (
                requester.get("requester_phone") or "(phone: optional)",
                requester.get("requester_address") or "(postal address: optional)",
            ),
            True,
        ),
    ]


def build_notice(facts: _Facts, law: str, requester: dict[str, str]) -> Notice:
    """The notice's fields for ``law``, filled from the store and the requester's details."""
    acting = _req(
        requester,
        "acting_for",
        "'the depicted person' or 'authorised to act for the depicted person' (and how)",
    )
    signature = (
        _req(requester, "signature", "physical or electronic signature"),
        f"Date: {_req(requester, 'date', 'date of signature')}",
    )
    locations = _location_lines(facts)
    explanation = _evidence_lines(facts)
    extra = (requester["explanation"],) if requester.get("explanation") else ()
    if law == "take-it-down":
        fields = (
            NoticeField(
                "Signature",
                "§3(a)(1)(B)(i): signature of the identifiable "
                "individual or of a person authorised to act on their behalf",
                signature,
                True,
            ),  # fmt: skip
            NoticeField("Acting as", "§3(a)(1)(B)(i)", (acting,), True),
            NoticeField(
                "Identification and location of the depiction",
                "§3(a)(1)(B)(ii): identification of, and information reasonably sufficient to "
                "locate, the intimate visual depiction",
                locations + _hash_lines(facts),
            ),
            NoticeField(
                "Statement of good faith",
                "§3(a)(1)(B)(iii): a brief statement of good-faith belief that the depiction is "
                "not consensual, with information to help determine that",
                (
                    "I have a good-faith belief that this model and the images it is made to "
                    "produce depict the identifiable individual without their consent, and "
                    "that any intimate visual depiction it yields was not published with their "
                    "consent.",
                    *explanation,
                    *extra,
                ),
            ),
            *_requester_fields(requester),
        )
        return Notice(
            law,
            "Removal request under the TAKE IT DOWN Act (§3)",
            f"The designated notice-and-removal process of {facts.platform}",
            fields,
            "A covered platform must remove the depiction, and make reasonable efforts to "
            "remove known identical copies, within 48 hours of a valid request.",
        )
    if law == "dsa":
        fields = (
            NoticeField(
                "Why the content is illegal",
                "Art. 16(2)(a): a sufficiently substantiated explanation of the reasons why the "
                "information is illegal content",
                (
                    "The model is made to reproduce the likeness of a real, identifiable person "
                    "without their consent; such content violates the person's rights to their "
                    "image and personal data and, where it yields intimate images, national "
                    "laws on non-consensual intimate imagery.",
                    *explanation,
                    *(
                        extra
                        or (
                            "(Optional: the requester may add the law of their Member State "
                            "that the content breaks.)",
                        )
                    ),
                ),
            ),  # fmt: skip
            NoticeField(
                "Exact electronic location",
                "Art. 16(2)(b): a clear indication of the exact electronic location (URL) and "
                "further information to identify the content",
                locations + _hash_lines(facts),
            ),
            NoticeField(
                "Name and email of the notifier",
                "Art. 16(2)(c): the name and email address of the individual or entity "
                "submitting the notice",
                (
                    _req(requester, "requester_name", "full name"),
                    _req(requester, "requester_email", "email address"),
                ),
                True,
            ),
            NoticeField(
                "Statement of good faith",
                "Art. 16(2)(d): a statement confirming the bona fide belief that the "
                "information and allegations in the notice are accurate and complete",
                (
                    "I confirm my bona fide belief that the information and allegations in "
                    "this notice are accurate and complete.",
                    *signature,
                ),
                True,
            ),
        )
        return Notice(
            law,
            "Notice under Article 16 of the Digital Services Act",
            f"The notice-and-action mechanism of {facts.platform}",
            fields,
            "The provider must process the notice in a timely, diligent, non-arbitrary and "
            "objective manner and inform the notifier of its decision (Art. 16(5)-(6)).",
        )
    if law == "platform":
        form = (
            "Civitai likeness claim (report > 'Likeness of a real person' / "
            "likeness-removal request)"
            if facts.platform == "civitai"
            else "Hugging Face content-policy report (report this repository, or the abuse "
            "contact in the content policy)"
        )
        fields = (
            NoticeField("Route", "the platform's own form", (form,)),
            NoticeField("Content to remove", "URL of the model and its files", locations),
            NoticeField("Rule broken", "the platform's rule, as published", _rule_lines(facts)),
            NoticeField("Why", "the reason for the report", (*explanation, *extra)),
            NoticeField("Relationship to the person", "who is reporting", (acting,), True),
            NoticeField(
                "Proof of identity",
                "Civitai asks the depicted person or their representative to confirm identity",
                (_req(requester, "signature", "signature or identity confirmation"),),
                True,
            ),
            *_requester_fields(requester),
        )
        return Notice(law, f"Report to {facts.platform}", form, fields, "File hashes: see below.")
    raise InputError(f"unknown law {law[:30]!r}: use {', '.join(LAWS)}")


_MD_SPECIAL = re.compile(r"([\\`*_\[\]()#!|<>~])")


def _md(text: str) -> str:
    """Platform text as inert Markdown: one line, every markup character escaped."""
    return _MD_SPECIAL.sub(r"\\\1", one_line(text))


def render_markdown(notice: Notice) -> str:
    out = [f"# {_md(notice.title)}", "", f"To: {_md(notice.recipient)}", ""]
    for item in notice.fields:
        out += [f"## {_md(item.label)}", "", f"*Required by: {_md(item.requirement)}*", ""]
        out += [f"- {_md(line)}" for line in item.lines]
        out.append("")
    if notice.note:
        out += [f"_{_md(notice.note)}_", ""]
    out.append("_Drafted by dfaudit from its audit store; check every field before sending._")
    return "\n".join(out) + "\n"


def render_html(notice: Notice) -> str:
    def esc(text: str) -> str:
        return html.escape(one_line(text), quote=True)

    parts = [
        '<!doctype html><html lang="en"><head><meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'\">",
        f"<title>{esc(notice.title)}</title>",
        "<style>.blank{background:#ffe08a;font-weight:bold}body{font-family:sans-serif;"
        "max-width:50em;margin:2em auto}small{color:#555}</style></head><body>",
        f"<h1>{esc(notice.title)}</h1><p>To: {esc(notice.recipient)}</p>",
    ]
    for item in notice.fields:
        parts.append(f"<h2>{esc(item.label)}</h2><p><small>Required by: ")
        parts.append(f"{esc(item.requirement)}</small></p><ul>")
        for line in item.lines:
            css = ' class="blank"' if line.startswith("[TO BE COMPLETED") else ""
            parts.append(f"<li{css}>{esc(line)}</li>")
        parts.append("</ul>")
    if notice.note:
        parts.append(f"<p><em>{esc(notice.note)}</em></p>")
    parts.append("<p><em>Drafted by dfaudit from its audit store; check every field before "
                 "sending.</em></p></body></html>\n")  # fmt: skip
    return "".join(parts)


def _safe_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", text)[:80].strip("._") or "model"


def draft_notice(
    store: Store,
    platform: str,
    model_id: str,
    law: str,
    out_dir: Path,
    *,
    requester_file: Path | None = None,
) -> NoticePaths:
    """Write ``notice-LAW-PLATFORM-ID.md`` and ``.html`` into ``out_dir``."""
    if law not in LAWS:
        raise InputError(f"unknown law {law[:30]!r}: use {', '.join(LAWS)}")
    requester = load_requester(requester_file)
    notice = build_notice(_facts(store, platform, model_id), law, requester)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot use {out_dir} as the notice folder: {exc.strerror}") from None
    stem = f"notice-{law}-{platform}-{_safe_name(model_id)}"
    markdown = out_dir / f"{stem}.md"
    page = out_dir / f"{stem}.html"
    markdown.write_text(render_markdown(notice), encoding="utf-8")
    page.write_text(render_html(notice), encoding="utf-8")
    blanks = tuple(item.label for item in notice.fields if item.blank)
    return NoticePaths(markdown, page, blanks)
