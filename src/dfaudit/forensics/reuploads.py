"""Re-upload links by file hash, within and across platforms, and inheritance of findings.

This module owns the ``reuploads`` and ``common_hashes`` tables. Two models are linked when they
share a *model file*: full SHA256 (Civitai ``SHA256`` = Hugging Face LFS ``sha256``), else AutoV2
(the first 10 hex of a SHA256) against a full SHA256 when one side has no full hash, else BLAKE3
against BLAKE3 when one side has no full SHA256. Two files that both carry a full SHA256 are
linked by it alone, so a 10-hex AutoV2 collision can never make a false link. All hashes are
compared lower-cased.

Only the files that *are* the model link (issue 8: shared extra files were the largest source of
false flags — checkpoints bundling the same stock VAE or the 1,815-byte SD2 inference ``.yaml``
were linked to each other and one likeness finding spread to hundreds of unrelated models):

* a model file has Civitai's type ``Model`` / ``Pruned Model`` (or no type: Hugging Face, older
  stores), a weights extension (``.safetensors``, ``.ckpt``, ``.pt``, ``.pth``, ``.bin``,
  ``.gguf``, ``.sft``), no ``vae`` in its name, is not inside a diffusers component folder
  (``vae/``, ``text_encoder/``, ``tokenizer/`` …), and — unless it is the version's primary
  file — does not have the size of a stock VAE (~335, ~405 or ~823 MB);
* a hash seen under many unrelated creators is *known-common* and never links: three or more
  distinct creators with at least one carrying it as an extra (non-model) file, or ten or more
  creators whatever the role. The table is recomputed at every link run and kept in
  ``common_hashes`` so reports and reviewers can see why a shared file made no link.

The side seen first (platform creation time or first crawl sighting, whichever is earlier) is
``a``, the original; the other is ``b``, the re-upload. A re-upload of a likeness model inherits
the original's finding with a ``reupload@2`` hit naming the link, except that

* it never outweighs the copy's own strong evidence against likeness (fiction, style, generic
  face, non-subject hits of strength ``STRONG_NEGATIVE`` or more): such a copy inherits nothing;
* the copy keeps its own gender when its own evidence decided one;
* the copy's violations are recomputed from the policy rules for *its* platform, publication
  date and own sexual-intent and minor-risk findings.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa

from dfaudit.detect.combiner import NEGATIVE_PREFIXES
from dfaudit.detect.rules import RuleBook, Violation, default_rulebook
from dfaudit.store.db import Store

REUPLOAD_SIGNAL = "reupload@2"
MAX_INHERIT_ROUNDS = 8  # chains a → b → c through different files settle in a few rounds
STRONG_NEGATIVE = 0.7  # a copy's own negative likeness hit this strong blocks inheritance
COMMON_MIN_CREATORS = 3  # ... with at least one model carrying the file as an extra file
COMMON_ANY_ROLE_CREATORS = 10  # a file under this many creators is common whatever its role
MODEL_FILE_TYPES = ("Model", "Pruned Model")
WEIGHT_EXTENSIONS = ("safetensors", "ckpt", "pt", "pth", "bin", "gguf", "sft")
COMPONENT_FOLDERS = (
    "vae",
    "text_encoder",
    "text_encoder_2",
    "text_encoder_3",
    "tokenizer",
    "tokenizer_2",
    "tokenizer_3",
    "scheduler",
    "safety_checker",
    "feature_extractor",
    "image_encoder",
)
# Sizes in bytes of the stock VAEs most often bundled with checkpoints in the real catalog
# (about 335, 405 and 823 MB), each with a small tolerance; they never identify a model.
STOCK_VAE_SIZES = (
    (333_500_000, 336_000_000),
    (403_500_000, 406_000_000),
    (821_500_000, 824_000_000),
)


def _model_file_sql(alias: str = "f") -> str:
    """SQL truth value: the file is the model itself, not an extra file bundled with it.

    Plain string functions (no regular expression per file except for names with a folder):
    this runs over every file of a census.
    """
    name = f"lower(coalesce({alias}.name, ''))"
    types = ", ".join(f"'{t}'" for t in MODEL_FILE_TYPES)
    extensions = " OR ".join(f"suffix({name}, '.{ext}')" for ext in WEIGHT_EXTENSIONS)
    folders = "|".join(COMPONENT_FOLDERS)
    sizes = " OR ".join(
        f"{alias}.size_bytes BETWEEN {low} AND {high}" for low, high in STOCK_VAE_SIZES
    )
    return (
        f"(coalesce({alias}.file_type, 'Model') IN ({types})"
        f" AND ({extensions})"
        f" AND NOT contains({name}, 'vae')"
        f" AND NOT (CASE WHEN contains({name}, '/')"
        f" THEN regexp_matches({name}, '(^|/)({folders})/') ELSE FALSE END)"
        f" AND ({alias}.is_primary IS TRUE OR NOT coalesce({sizes}, FALSE)))"
    )


_FILES_SQL = f"""
hashed AS (
    SELECT f.platform, f.model_id,
           nullif(lower(trim(f.sha256)), '') AS sha,
           nullif(lower(trim(f.autov2)), '') AS autov2,
           nullif(lower(trim(f.blake3)), '') AS blake3,
           {_model_file_sql("f")} AS model_file
    FROM files f
),
identified AS (  -- one key per file: its best hash
    SELECT *, coalesce('s:' || sha, 'a:' || autov2, 'b:' || blake3) AS ident FROM hashed
)"""

_COMMON_SQL = f"""
WITH {_FILES_SQL.strip()},
shared AS (  -- a cheap first cut: a common file sits in at least three files
    SELECT ident FROM identified WHERE ident IS NOT NULL
    GROUP BY ident HAVING count(*) >= {COMMON_MIN_CREATORS}
),
roles AS (
    SELECT i.ident, i.platform, i.model_id, bool_and(i.model_file) AS as_model,
           i.platform || ':' || coalesce(lower(any_value(m.creator)), 'model:' || i.model_id)
               AS creator
    FROM identified i
    JOIN shared s ON s.ident = i.ident
    LEFT JOIN models m ON m.platform = i.platform AND m.model_id = i.model_id
    GROUP BY i.ident, i.platform, i.model_id
)
SELECT ident, count(DISTINCT creator)::INTEGER AS creators, count(*)::INTEGER AS models,
       count(*) FILTER (WHERE NOT as_model)::INTEGER AS bundled, ?::TIMESTAMPTZ
FROM roles
GROUP BY ident
HAVING count(DISTINCT creator) >= {COMMON_ANY_ROLE_CREATORS}
    OR (count(DISTINCT creator) >= {COMMON_MIN_CREATORS}
        AND count(*) FILTER (WHERE NOT as_model) > 0)
"""

_LINK_SQL = f"""
WITH seen AS (
    SELECT platform, model_id,
           CASE WHEN created_at IS NULL THEN first_seen
                WHEN first_seen IS NULL THEN created_at
                ELSE LEAST(created_at, first_seen) END AS seen
    FROM models
),
ordered AS (
    SELECT platform, model_id, seen,
           row_number() OVER (ORDER BY seen NULLS LAST, platform, model_id) AS rank
    FROM seen
),
{_FILES_SQL.strip()},
common_prefixes AS (  -- legacy AutoV2-only files match a common file by its prefix
    SELECT 'a:' || substr(hash_key, 3, 10) AS prefix FROM common_hashes
    WHERE hash_key LIKE 's:%' OR hash_key LIKE 'a:%'
),
model_files AS (
    SELECT * FROM identified
    WHERE model_file
      AND ident NOT IN (SELECT hash_key FROM common_hashes)
      AND 'a:' || coalesce(left(sha, 10), autov2) NOT IN (SELECT prefix FROM common_prefixes)
),
model_keys AS (
    SELECT platform, model_id, sha, 's:' || sha AS k FROM model_files WHERE sha IS NOT NULL
    UNION ALL
    SELECT platform, model_id, sha, 'a:' || left(sha, 10) FROM model_files
        WHERE sha IS NOT NULL
    UNION ALL
    SELECT platform, model_id, sha, 'a:' || autov2 FROM model_files
        WHERE sha IS NULL AND autov2 IS NOT NULL
    UNION ALL
    SELECT platform, model_id, sha, 'b:' || blake3 FROM model_files WHERE blake3 IS NOT NULL
),
pairs AS (
    SELECT x.k, x.sha AS sha_x, y.sha AS sha_y,
           x.platform AS px, x.model_id AS mx, y.platform AS py, y.model_id AS my
    FROM model_keys x JOIN model_keys y
      ON x.k = y.k AND (x.platform <> y.platform OR x.model_id <> y.model_id)
    WHERE x.k LIKE 's:%'
       -- AutoV2 links only a file without a full hash to one with it.
       OR (x.k LIKE 'a:%' AND ((x.sha IS NULL) <> (y.sha IS NULL)))
       -- BLAKE3 links only where the full hashes cannot decide.
       OR (x.k LIKE 'b:%' AND (x.sha IS NULL OR y.sha IS NULL))
)
SELECT DISTINCT
    coalesce(p.sha_x, p.sha_y,
             CASE WHEN p.k LIKE 'b:%' THEN 'blake3:' || substr(p.k, 3) ELSE substr(p.k, 3) END)
        AS sha256,
    oa.platform AS platform_a, oa.model_id AS model_id_a,
    ob.platform AS platform_b, ob.model_id AS model_id_b,
    oa.seen AS first_seen_a, ob.seen AS first_seen_b
FROM pairs p
JOIN ordered ox ON ox.platform = p.px AND ox.model_id = p.mx
JOIN ordered oy ON oy.platform = p.py AND oy.model_id = p.my
JOIN ordered oa ON oa.rank = LEAST(ox.rank, oy.rank)
JOIN ordered ob ON ob.rank = GREATEST(ox.rank, oy.rank)
"""

_INHERIT_SQL = """
SELECT r.sha256, r.platform_a, r.model_id_a, r.platform_b, r.model_id_b,
       fa.likeness_score, fa.target_key, fa.target_name, fa.target_gender, fa.prominence,
       fa.detector_version, fb.model_id IS NOT NULL AS b_has_finding, fb.evidence,
       fb.target_gender, coalesce(fb.sexual_intent, FALSE), coalesce(fb.minor_risk, FALSE),
       CAST(timezone('UTC', mb.created_at) AS DATE)
FROM reuploads r
JOIN findings fa ON fa.platform = r.platform_a AND fa.model_id = r.model_id_a AND fa.likeness
LEFT JOIN findings fb ON fb.platform = r.platform_b AND fb.model_id = r.model_id_b
LEFT JOIN models mb ON mb.platform = r.platform_b AND mb.model_id = r.model_id_b
WHERE fb.model_id IS NULL OR NOT fb.likeness
QUALIFY row_number() OVER (
    PARTITION BY r.platform_b, r.model_id_b
    ORDER BY r.first_seen_a NULLS LAST, fa.likeness_score DESC, r.platform_a, r.model_id_a
) = 1
"""


@dataclass(frozen=True, slots=True)
class Inheritance:
    """One re-upload taking over its original's likeness finding."""

    sha256: str
    platform_a: str
    model_id_a: str
    platform_b: str
    model_id_b: str


def reupload_hit(sha256: str, platform_a: str, model_id_a: str) -> dict[str, Any]:
    """The evidence entry a re-upload gets: the shared hash and the original it copies."""
    return {  # the shape detect.engine gives every hit in a finding's evidence
        "signal": REUPLOAD_SIGNAL,
        "aspect": "likeness",
        "score": 1.0,
        "field": "files.sha256",
        "text": f"{sha256} = {platform_a}:{model_id_a}",
        "note": "same model file as a likeness model seen earlier",
    }


def refresh_common_hashes(store: Store) -> int:
    """Recompute ``common_hashes`` from ``files`` and ``models``; returns how many there are."""
    with store.transaction() as con:
        con.execute("DELETE FROM common_hashes")
        con.execute(f"INSERT INTO common_hashes {_COMMON_SQL}", [datetime.now(UTC)])
    return int(store.scalar("SELECT count(*) FROM common_hashes") or 0)


def rebuild_links(store: Store) -> int:
    """Recompute ``common_hashes`` and the ``reuploads`` table; returns the link count."""
    refresh_common_hashes(store)
    with store.transaction() as con:
        con.execute("DELETE FROM reuploads")
        con.execute(f"INSERT OR IGNORE INTO reuploads {_LINK_SQL}")
    return int(store.scalar("SELECT count(*) FROM reuploads") or 0)


def _evidence_list(evidence: Any) -> list[Any]:
    if evidence is None:
        return []
    value = json.loads(evidence) if isinstance(evidence, str) else evidence
    return list(value) if isinstance(value, list) else [value]


def strong_evidence_against(evidence: list[Any]) -> bool:
    """Whether a finding's own hits say strongly that it is not a person's likeness."""
    for hit in evidence:
        if not isinstance(hit, dict) or hit.get("aspect") != "likeness":
            continue
        try:
            score = float(hit.get("score", 0))
        except (TypeError, ValueError):
            continue
        feature = str(hit.get("feature") or str(hit.get("signal", "")).split("@", 1)[0])
        if score <= -STRONG_NEGATIVE and feature.startswith(NEGATIVE_PREFIXES):
            return True
    return False


def violation_entry(violation: Violation) -> dict[str, Any]:
    """A violation as ``detect.engine`` writes it into a finding's evidence."""
    return {
        "signal": "rules",
        "aspect": "violation",
        "rule": violation.rule,
        "severity": violation.severity,
        "text": violation.text,
        "policy_at_publication": violation.policy_at_publication,
        "policy_at_snapshot": violation.policy_at_snapshot,
    }


_UPDATE_SQL = """
UPDATE findings SET likeness = TRUE,
    likeness_score = GREATEST(findings.likeness_score, i.score),
    target_key = i.target_key, target_name = i.target_name, target_gender = i.gender,
    prominence = i.prominence, violations = i.violations, evidence = i.evidence::JSON,
    -- a version the detector does not write: the next process re-detects the copy on its own
    -- and links decide again, so a finding inherited through a link since removed goes away
    detector_version = i.detector_version
FROM _inherit i
WHERE findings.platform = i.platform AND findings.model_id = i.model_id AND i.has_finding
"""
_INSERT_SQL = """
INSERT INTO findings (platform, model_id, likeness, likeness_score, target_key, target_name,
    target_gender, prominence, sexual_intent, sexual_intent_score, minor_risk, violations,
    evidence, detector_version, input_sha256, processed_at)
SELECT platform, model_id, TRUE, score, target_key, target_name, gender, prominence, FALSE, 0,
    FALSE, violations, evidence::JSON, detector_version, '', processed_at
FROM _inherit WHERE NOT has_finding
"""
_COLUMNS = (
    "platform",
    "model_id",
    "score",
    "target_key",
    "target_name",
    "gender",
    "prominence",
    "violations",
    "evidence",
    "has_finding",
    "detector_version",
)


def _inherit_once(store: Store, rulebook: RuleBook, snapshot: date) -> list[Inheritance]:
    """One round: every link whose original is a likeness model and whose copy is not yet."""
    rows = store.query(_INHERIT_SQL)
    if not rows:
        return []
    now = datetime.now(UTC)
    columns: dict[str, list[Any]] = {name: [] for name in _COLUMNS}
    done: list[Inheritance] = []
    for (
        sha256,
        platform_a,
        model_id_a,
        platform_b,
        model_id_b,
        score,
        target_key,
        target_name,
        gender,
        prominence,
        detector_version,
        b_has_finding,
        evidence,
        b_gender,
        b_sexual,
        b_minor,
        b_created,
    ) in rows:
        own = _evidence_list(evidence)
        if strong_evidence_against(own):
            continue  # the copy's own evidence outweighs what it would inherit
        hit = reupload_hit(sha256, platform_a, model_id_a)
        facts = {"likeness": True, "sexual_intent": bool(b_sexual), "minor_risk": bool(b_minor)}
        violations = rulebook.violations(platform_b, facts, b_created, snapshot)
        # A copy not processed yet (e.g. found by by-hash after detection) gets its own finding.
        merged = [e for e in own if e != hit and not _is_violation(e)] + [hit]
        merged += [violation_entry(v) for v in violations]
        for name, value in (
            ("platform", platform_b),
            ("model_id", model_id_b),
            ("score", score),
            ("target_key", target_key),
            ("target_name", target_name),
            ("gender", b_gender if b_gender in ("female", "male") else gender),
            ("prominence", prominence),
            ("violations", [v.rule for v in violations]),
            ("evidence", json.dumps(merged)),
            ("has_finding", bool(b_has_finding)),
            ("detector_version", f"{detector_version}+{REUPLOAD_SIGNAL}"),
        ):
            columns[name].append(value)
        done.append(Inheritance(sha256, platform_a, model_id_a, platform_b, model_id_b))
    if not done:
        return []
    batch = pa.table(
        {
            **{k: v for k, v in columns.items() if k != "violations"},
            "violations": pa.array(columns["violations"], pa.list_(pa.string())),
            "processed_at": pa.array([now] * len(done), pa.timestamp("us", tz="UTC")),
        }
    )
    store.con.register("_inherit", batch)
    try:
        store.con.execute(_UPDATE_SQL)
        store.con.execute(_INSERT_SQL)
    finally:
        store.con.unregister("_inherit")
    return done


def _is_violation(entry: Any) -> bool:
    return isinstance(entry, dict) and entry.get("aspect") == "violation"


def inherit_findings(
    store: Store, rulebook: RuleBook | None = None, snapshot: date | None = None
) -> list[Inheritance]:
    """Give every re-upload of a likeness model that model's finding (until nothing changes)."""
    book = rulebook or default_rulebook()
    on = snapshot or datetime.now(UTC).date()
    inherited: list[Inheritance] = []
    for _ in range(MAX_INHERIT_ROUNDS):
        with store.transaction():
            round_done = _inherit_once(store, book, on)
        if not round_done:
            break
        inherited.extend(round_done)
    return inherited


def link_reuploads(store: Store) -> int:
    """Rebuild the re-upload links and let re-uploads inherit findings; idempotent.

    Returns the number of links. Works before any detection has run (nothing is inherited).
    """
    links = rebuild_links(store)
    inherit_findings(store)
    return links


REUPLOADS_EXPORT_SQL = """
SELECT sha256, platform_a, model_id_a, platform_b, model_id_b, first_seen_a, first_seen_b
FROM reuploads ORDER BY first_seen_b NULLS LAST, platform_b, model_id_b, sha256
"""


def export_reuploads(store: Store, fmt: str, output: str | Path) -> int:
    """Write the re-upload links as JSONL, CSV or Parquet; returns the row count."""
    from dfaudit.store.export import export_query

    return export_query(store, REUPLOADS_EXPORT_SQL, fmt, output)
