"""``dfaudit lexicon update``: download Civitai's public POI word list and notable humans from
Wikidata (SPARQL), when online. Both URLs are options, so tests point them at a loopback server.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import httpx
import msgspec

from dfaudit.detect.lexicon import LexiconEntry, import_entries, normalise_name, parse_lexicon_text
from dfaudit.errors import InputError, SourceError
from dfaudit.sources.http import REDIRECT_STATUSES, clean_text
from dfaudit.store.db import Store

CIVITAI_POI_URL = (
    "https://raw.githubusercontent.com/civitai/civitai/main/src/utils/metadata/lists/words-poi.json"
)
WIKIDATA_SPARQL_URL = "https://query.wikidata.org/sparql"
# Humans with many sitelinks (a notability proxy) and their sex or gender.
WIKIDATA_QUERY = """
SELECT ?personLabel ?genderLabel WHERE {
  ?person wdt:P31 wd:Q5 ; wikibase:sitelinks ?links .
  FILTER(?links >= %(min_sitelinks)d)
  OPTIONAL { ?person wdt:P21 ?gender . }
  SERVICE wikibase:label { bd:serviceParam wikibase:language "en". }
} LIMIT %(limit)d
"""
WIKIDATA_GENDERS = {
    "female": "female",
    "male": "male",
    "trans woman": "female",
    "trans man": "male",
}
USER_AGENT = "dfaudit-lexicon-update/0.1 (research audit tool)"
MAX_ANSWER_BYTES = 64 << 20
DEADLINE_SECONDS = 300.0
MAX_REDIRECTS = 5


@dataclass(frozen=True)
class UpdateSummary:
    civitai: int
    wikidata: int
    errors: tuple[str, ...]

    def line(self) -> str:
        text = f"lexicon update: {self.civitai} Civitai POI names, {self.wikidata} Wikidata names"
        return text + (f"; failed: {'; '.join(self.errors)}" if self.errors else "")


def fetch_bounded(
    client: httpx.Client,
    url: str,
    what: str,
    *,
    params: Any = None,
    headers: Any = None,
    max_bytes: int = MAX_ANSWER_BYTES,
    deadline: float = DEADLINE_SECONDS,
) -> bytes:
    """The body of a 200 answer, within a size cap and a total deadline; redirects followed by
    hand (at most ``MAX_REDIRECTS``, their bodies never read)."""
    started = time.monotonic()
    target = httpx.URL(url)
    if params is not None:
        target = target.copy_merge_params(params)
    for _hop in range(MAX_REDIRECTS + 1):
        with client.stream("GET", target, headers=headers, follow_redirects=False) as response:
            location = response.headers.get("Location")
            if response.status_code in REDIRECT_STATUSES and location:
                target = response.url.join(location)
                continue
            shown = clean_text(str(response.url.copy_with(query=None)), 200)
            if response.status_code != 200:
                raise SourceError(f"{what} answered HTTP {response.status_code} for {shown}")
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise SourceError(f"{what} declares {int(declared):,} bytes, over {max_bytes:,}")
            parts: list[bytes] = []
            held = 0
            for chunk in response.iter_bytes():
                held += len(chunk)
                if held > max_bytes:
                    raise SourceError(f"{what} answered more than {max_bytes:,} bytes")
                if time.monotonic() - started > deadline:
                    raise SourceError(f"{what}: no complete answer within {deadline:g} s")
                parts.append(chunk)
            return b"".join(parts)
    raise SourceError(f"{what}: more than {MAX_REDIRECTS} redirects")


def fetch_civitai_poi(client: httpx.Client, url: str) -> list[LexiconEntry]:
    body = fetch_bounded(client, url, "Civitai POI list")
    return parse_lexicon_text(body.decode("utf-8", "replace"), "poi", source="civitai-words-poi")


def _label(row: Any, key: str) -> str | None:
    cell = row.get(key) if isinstance(row, dict) else None
    value = cell.get("value") if isinstance(cell, dict) else None
    return value if isinstance(value, str) else None


def fetch_wikidata(
    client: httpx.Client, url: str, *, min_sitelinks: int = 60, limit: int = 50000
) -> list[LexiconEntry]:
    query = WIKIDATA_QUERY % {"min_sitelinks": min_sitelinks, "limit": limit}
    body = fetch_bounded(
        client,
        url,
        "Wikidata",
        params={"query": query, "format": "json"},
        headers={"Accept": "application/sparql-results+json"},
    )
    try:
        bindings = msgspec.json.decode(body)["results"]["bindings"]
    except (msgspec.DecodeError, UnicodeDecodeError, RecursionError, KeyError, TypeError):
        raise SourceError("Wikidata answered something that is not SPARQL JSON") from None
    if not isinstance(bindings, list):
        raise SourceError("Wikidata answered something that is not SPARQL JSON")
    entries: dict[str, LexiconEntry] = {}
    for row in bindings:
        name = _label(row, "personLabel")
        if not name or not name.strip() or name.startswith("Q") or len(name) > 200:
            continue
        gender = WIKIDATA_GENDERS.get(_label(row, "genderLabel") or "")
        norm = normalise_name(name)
        if norm:
            entries.setdefault(norm, LexiconEntry("poi", name, norm, gender, "wikidata"))
    return list(entries.values())


def update_lexicons(
    store: Store,
    *,
    civitai_url: str | None = CIVITAI_POI_URL,
    wikidata_url: str | None = WIKIDATA_SPARQL_URL,
    timeout: float = 60.0,
) -> UpdateSummary:
    """Fetch both sources (either may be skipped with ``None``); a failing one is reported and
    the other still imported."""
    counts = {"civitai": 0, "wikidata": 0}
    errors: list[str] = []
    with httpx.Client(
        timeout=timeout, headers={"User-Agent": USER_AGENT}, follow_redirects=False
    ) as client:
        for name, url, fetch in (
            ("civitai", civitai_url, fetch_civitai_poi),
            ("wikidata", wikidata_url, fetch_wikidata),
        ):
            if not url:
                continue
            try:
                counts[name] = import_entries(store, fetch(client, url))
            except (httpx.HTTPError, SourceError, InputError) as exc:
                errors.append(f"{name}: {clean_text(str(exc))}")
    if errors and not any(counts.values()):
        raise SourceError("lexicon update failed: " + "; ".join(errors))
    return UpdateSummary(counts["civitai"], counts["wikidata"], tuple(errors))
