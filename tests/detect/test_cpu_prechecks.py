"""The CPU pre-checks of detection (issue 12) skip only work that cannot find anything: each
pre-checked computation gives exactly what the plain one gives, on invented texts (the dev set,
generated records and hand-made edge cases)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest

from dfaudit.detect import east_asian, names
from dfaudit.detect.evalsets import load_labelled
from dfaudit.detect.signals import gender_words, minor_cues, public_role, social_cues
from dfaudit.detect.text import _WORDISH, StartFinder, finditer_at, fold, word_set
from dfaudit.detect.vocab import NOT_FIRST_NAMES, NOT_NAME_WORDS

from .conftest import model

DEVSET = Path(__file__).resolve().parents[1] / "devset"

EDGE_TEXTS = [
    "",
    "Anna Miller",
    "AnnaMiller_v2",
    "anna_miller",
    "Miller Anna",
    "annamiller",
    "4nn4 M1ll3r",
    "4nn4m1ll3r_v3.safetensors",
    "Daisy Marchetti, 2019",
    "Elena Fox",
    "Park Ji-yeon",
    "Ji-yeon Park",
    "JiyeonPark",
    "Lee Ji Eun",
    "Kim Jiyeon and Yang Chenchen",
    "wangchenchen",
    "王晨曦 and 佐藤さくら",
    "Zoë Ångström",
    "Ünïcödé ſinger, Kelvin \u212apop idol",
    "she is 16yo, her_ friend is 12 years old",
    "age 12, aged 15, age: 9 and 5th grade; 1234yo x12 yo a.12 yo",
    "١٢ years old, ٥ yo",
    "she said her hers herself; he him his himself; hershey the heiress",
    "my wife, my\tgirlfriend, our neighbour, a coworker of\nmine, your colour",
    "follow @handle_x on instagram.com/someone or twitch.tv/someone",
    "2.1M followers, 12.500 subs, 95 fans",
    "trained on 40 photos of a real-life woman; looks like the real one; famous actress from TV",
    "celebrities, deepfake, porn star, based on a real person",
    "minor fixes, a teen drama series, a child actress, in high school, teenagers",
    "E-girl cosplayer and content creator, only fans, youtube channel",
    "女优 and 여배우 and グラビア",
    "x" * 5000,
    "Aa " * 400,
    "don't ''quote'' a'b'c 'lead trail' it’s l'été",
]


@lru_cache(maxsize=1)
def corpus() -> tuple[str, ...]:
    """Texts detection reads: the dev set's names, trigger words, file names and descriptions
    (cut and folded as signals read them), generated records' too, and the edge cases."""
    from dfaudit.sample.generate import iter_civitai_items
    from dfaudit.store.normalize import normalize_civitai_model

    labelled = load_labelled(DEVSET / "devset.jsonl", DEVSET / "labels.jsonl")
    records = [item.record for item in labelled]
    records += [normalize_civitai_model(i).model for i in iter_civitai_items(300, seed=11)]
    texts: list[str] = list(EDGE_TEXTS)
    for record in records:
        texts.append(record.name)
        texts.extend(record.trained_words[:4])
        texts.extend(record.file_names[:2])
        description = record.description[:4000]
        texts.extend([description, fold(description)])
        texts.extend(description[:300].splitlines()[:3])
    return tuple(dict.fromkeys(texts))


def test_the_corpus_is_big_enough_to_mean_something() -> None:
    assert len(corpus()) > 1000


def test_pair_keys_hold_every_word_a_pair_can_start_with() -> None:
    keys = names._pair_keys()
    for key, entry in names.first_names().items():
        if names.first_name(key) is not None:
            assert key in keys, key
        elif (
            key in NOT_FIRST_NAMES
            and key not in NOT_NAME_WORDS
            and entry.count >= 5000
            and entry.gender in ("f", "m")
        ):
            assert key in keys, key  # a first name that is also a word (names._word_first_name)


@pytest.mark.from_source  # patches a compiled module: runs from source when compiled
def test_pairs_precheck_hides_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = corpus()
    fast = [names._pairs(t) for t in texts]
    assert any(fast)  # the corpus holds names
    monkeypatch.setattr(names, "_may_pair", lambda text: True)
    assert [names._pairs(t) for t in texts] == fast


@pytest.mark.from_source  # patches a compiled module: runs from source when compiled
def test_run_together_reads_the_same_tokens(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = corpus()
    fast = [names._run_together(t) for t in texts]
    assert any(fast)
    monkeypatch.setattr(names, "_LONG_ASCII_TOKEN", names._TOKEN)  # every token, as before
    assert [names._run_together(t) for t in texts] == fast


def _romanised_plain(text: str) -> tuple[east_asian.Name, ...]:
    """The romanised-name scan trying every word (what the pre-checks must equal)."""
    if text.islower():
        return ()
    words = [(m.group(0), m.start(), m.end()) for m in east_asian._CAMEL.finditer(text)]
    t = east_asian.tables()
    out = []
    i = 0
    while i < len(words):
        found = east_asian._given_first(text, words, i, t) or east_asian._family_first(
            text, words, i, t
        )
        if found is not None:
            out.append(found[0])
            i = found[1]
        else:
            i += 1
    # with no name of the tables, a Japanese given name beside a romaji-shaped family name
    return tuple(out) or east_asian._romaji_names(text)


def test_romanised_names_prechecks_hide_nothing() -> None:
    texts = corpus()
    fast = [east_asian.romanised_names.__wrapped__(t) for t in texts]
    assert any(fast)
    assert fast == [_romanised_plain(t) for t in texts]


@pytest.mark.from_source  # patches a compiled module: runs from source when compiled
def test_social_literals_hide_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    records = [model("x", description=t) for t in corpus()]
    signal = social_cues.SocialCues()
    fast = [signal.hits(r) for r in records]
    assert sum(map(len, fast)) > 20
    monkeypatch.setattr(social_cues, "LITERALS", {})
    monkeypatch.setattr(social_cues, "STARTS", {})
    assert [signal.hits(r) for r in records] == fast


PATTERN_OF = {
    "social:profile_link": social_cues.PROFILE_LINK,
    "social:platform_word": social_cues.PLATFORM_WORDS,
    "social:handle": social_cues.HANDLE,
    "social:private": social_cues.PRIVATE,
    "social:likeness_phrase": social_cues.LIKENESS_PHRASE,
}


@pytest.mark.parametrize("feature", sorted(social_cues.LITERALS))
def test_every_social_match_holds_a_literal(feature: str) -> None:
    pattern = PATTERN_OF[feature]
    found = [m.group(0) for t in corpus() for m in pattern.finditer(t)]
    assert found, feature
    for text in found:
        assert any(literal in text for literal in social_cues.LITERALS[feature]), text


@pytest.mark.parametrize("feature", sorted(social_cues.STARTS))
def test_every_social_match_begins_with_a_start_literal(feature: str) -> None:
    pattern = PATTERN_OF[feature]
    starts = social_cues.STARTS[feature].literals
    found = [m.group(0) for t in corpus() for m in pattern.finditer(t)]
    assert found, feature
    for text in found:
        mine = feature == "social:private" and text.endswith("mine")
        assert mine or text.startswith(starts), text


def test_finditer_at_equals_finditer_where_every_match_starts_at_a_literal() -> None:
    pattern = re.compile(r"\b(?:cat|category|dog)s?\b|@\w+")
    finder = StartFinder(["cat", "dog", "@"])
    for text in [*corpus()[:300], "cats, category dogs @x@y concatenate", "", "@"]:
        plain = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in finditer_at(pattern, text, finder.starts(text))] == plain
    with pytest.raises(ValueError):
        StartFinder(["", "x"])


def test_is_a_found_where_it_starts() -> None:
    for text in [fold(t)[:300] for t in corpus()]:
        plain = gender_words._IS_A.search(text)
        finder = gender_words._IS_A_STARTS
        fast = next(finditer_at(gender_words._IS_A, text, finder.starts(text)), None)
        assert (fast and fast.span()) == (plain and plain.span()), text


@pytest.mark.from_source  # patches a compiled module: runs from source when compiled
def test_run_together_suffix_precheck_hides_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    tokens = {m.group(0) for t in corpus() for m in names._TOKEN.finditer(t[:300])}
    tokens |= {"annamillerlora", "annamillerembedding", "annamillersdxl", "annamillerv2"}
    fast = [names._run_together_token.__wrapped__(t) for t in sorted(tokens)]
    assert any(fast)
    monkeypatch.setattr(names, "_SUFFIX_ENDINGS", ("",))  # every token goes through the pattern
    assert [names._run_together_token.__wrapped__(t) for t in sorted(tokens)] == fast


def test_version_strip_equals_the_plain_one() -> None:
    extra = ["anna_v2", "anna v2.1\n", "anna v2\n\n", "annav١", "v2 anna", "x\n", "", "\n"]
    for text in [*corpus(), *extra]:
        assert names._without_version(text) == names._VERSION.sub("", text), text


def test_age_scan_equals_the_plain_scan() -> None:
    texts = corpus()
    plain = [[m.span() for m in minor_cues._AGE.finditer(t)] for t in texts]
    assert any(plain)
    assert [[m.span() for m in minor_cues._age_matches(t)] for t in texts] == plain


def _always(_text: str) -> bool:
    return True


@pytest.mark.from_source  # patches a compiled module: runs from source when compiled
def test_youth_literals_hide_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [fold(t) for t in corpus()]
    fast = [minor_cues._description_cues(t) for t in texts]
    assert any(fast)
    # the plain patterns, never gated (perf14 gave them start finders and shared-pass gates)
    scans = ((minor_cues._YOUTH, _always), (minor_cues._PHRASE, _always))
    monkeypatch.setattr(minor_cues, "_YOUTH_SCANS", scans)
    assert [minor_cues._description_cues(t) for t in texts] == fast


def test_pronoun_pattern_equals_the_plain_one() -> None:
    for text in corpus():
        plain = gender_words._PRONOUN.findall(text)
        fast = gender_words._PRONOUN_FAST.findall(text)
        assert len(fast) == len(plain), text
        assert [bool(f) for f, _ in plain] == [w in gender_words._FEMALE_PRONOUNS for w in fast]


def test_script_terms_are_all_script() -> None:
    for term, _ in gender_words._SCRIPT_TERMS:
        assert all(east_asian.HAS_SCRIPT.match(ch) for ch in term), term


def test_word_set_equals_the_plain_scan() -> None:
    for text in corpus():
        assert word_set.__wrapped__(text) == frozenset(_WORDISH.findall(fold(text))), text


def test_audience_precheck_hides_nothing() -> None:
    for text in corpus():
        if public_role._FOLLOWERS.search(text) is not None:
            assert public_role._may_count(text), text


def test_roles_scan_equals_the_plain_scan() -> None:
    texts = corpus()
    plain = [[(m.group(0), m.span()) for m in public_role._ROLE.finditer(t)] for t in texts]
    assert any(plain)
    assert [[(m.group(0), m.span()) for m in public_role._roles(t)] for t in texts] == plain


def test_a_digit_run_never_starts_an_age_inside_it() -> None:
    # "1234yo" is not an age, "12yo" is; a run of digits is entered only at its start
    assert [m.group(0) for m in minor_cues._age_matches("1234yo 12yo")] == ["12yo"]
    assert re.findall(r"\d+", "x١٢ yo") == ["١٢"]
