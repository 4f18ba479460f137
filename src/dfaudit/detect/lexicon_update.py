"""``dfaudit lexicon update``: download Civitai's public POI word list and notable humans from
Wikidata (SPARQL), when online. Both URLs are options, so tests point them at a loopback server.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import httpx

from dfaudit.detect.lexicon import LexiconEntry, import_entries, normalise_name, parse_lexicon_text
from dfaudit.errors import SourceError
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


@dataclass(frozen=True)
class UpdateSummary:
    civitai: int
    wikidata: int
    errors: tuple[str, ...]

    def line(self) -> str:
        text = f"lexicon update: {self.civitai} Civitai POI names, {self.wikidata} Wikidata names"
        return text + (f"; failed: {'; '.join(self.errors)}" if self.errors else "")


def fetch_civitai_poi(client: httpx.Client, url: str) -> list[LexiconEntry]:
    response = client.get(url)
    _check(response, "Civitai POI list")
    return parse_lexicon_text(response.text, "poi", source="civitai-words-poi")


def fetch_wikidata(
    client: httpx.Client, url: str, *, min_sitelinks: int = 60, limit: int = 50000
) -> list[LexiconEntry]:
    query = WIKIDATA_QUERY % {"min_sitelinks": min_sitelinks, "limit": limit}
    response = client.get(
        url,
        params={"query": query, "format": "json"},
        headers={"Accept": "application/sparql-results+json"},
    )
    _check(response, "Wikidata")
    try:
        bindings = response.json()["results"]["bindings"]
    except (ValueError, KeyError, TypeError):
        raise SourceError("Wikidata answered something that is not SPARQL JSON") from None
    entries: dict[str, LexiconEntry] = {}
    for row in bindings:
        name = row.get("personLabel", {}).get("value")
        if not isinstance(name, str) or not name.strip() or name.startswith("Q"):
            continue
        gender = WIKIDATA_GENDERS.get(row.get("genderLabel", {}).get("value", ""))
        norm = normalise_name(name)
        if norm:
            entries.setdefault(norm, LexiconEntry("poi", name, norm, gender, "wikidata"))
    return list(entries.values())


def _check(response: httpx.Response, what: str) -> None:
    if response.status_code != 200:
        raise SourceError(f"{what} answered HTTP {response.status_code} for {response.url}")


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
        timeout=timeout, headers={"User-Agent": USER_AGENT}, follow_redirects=True
    ) as client:
        for name, url, fetch in (
            ("civitai", civitai_url, fetch_civitai_poi),
            ("wikidata", wikidata_url, fetch_wikidata),
        ):
            if not url:
                continue
            try:
                counts[name] = import_entries(store, fetch(client, url))
            except (httpx.HTTPError, SourceError, json.JSONDecodeError) as exc:
                errors.append(f"{name}: {exc}")
    if errors and not any(counts.values()):
        raise SourceError("lexicon update failed: " + "; ".join(errors))
    return UpdateSummary(counts["civitai"], counts["wikidata"], tuple(errors))
