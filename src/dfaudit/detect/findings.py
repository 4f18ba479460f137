"""Findings: what the combiner makes of one record's hits, with the hits kept as evidence."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from dfaudit.detect import east_asian, indic
from dfaudit.detect.base import Hit
from dfaudit.detect.combiner import (
    LogisticModel,
    features_by_aspect,
    likeness_score,
    with_conflict,
)
from dfaudit.detect.fields import unmasked
from dfaudit.detect.names import (
    canonical_key,
    common_surnames,
    common_words,
    find_names,
    first_name,
    name_gender,
    ordinary_word,
    romanise_caucasian,
    romanise_ethiopic,
    whole_first_name,
)
from dfaudit.detect.rules import RuleBook, Violation
from dfaudit.detect.text import fold
from dfaudit.detect.trades import lead_trade_keys
from dfaudit.detect.vocab import (
    BASE_MODEL_WORDS,
    CLERGY_TITLES,
    FEMALE_LOAN_WORDS,
    MALE_LOAN_WORDS,
    MODEL_KIND_WORDS,
    MODEL_WORDS,
    NOT_NAME_WORDS,
    PLACEHOLDER_TOKENS,
    TARGET_EDGE_WORDS,
    TARGET_TAIL_WORDS,
    is_type_word,
    patronymic_gender,
)

GENDER_MARGIN = 1.5
# Most likeness targets on these platforms are women (about 9 in 10 of the labelled likeness
# items, dev set and real catalog alike): a last, weak vote for "female" on a likeness finding.
# It decides only when no other gender evidence speaks (the weakest real vote, a lone first
# name, weighs 0.2 and outweighs it); a finding that is not likeness, or one with a neutral cue
# (a "sks person" trigger, they/them in the description), gets no prior.
GENDER_PRIOR = ("female", 0.1)
# Off: the design says `unknown` when unsure, and a prior would raise the reports' female share by
# its own assumption (a census would then find a female majority partly because it assumed one).
# Where no vote at all speaks the target is a woman about 3 times in 4 (sets 2-14: 73 women, 25
# men among the likeness findings left unknown; real catalog 6 and 3), so switching it on raises
# scored gender accuracy (sets 2-14 +55 of 5,097; real 0.969 -> 0.990); when on, it decides only
# then (see :func:`decide_gender`) and never tips a conflict. Measured both ways with
# `scripts/eval_real_gender.py --prior / --no-prior`.
APPLY_GENDER_PRIOR = False
FIRST_NAME_NOTE = "first-name table"
# Votes that guess a gender from a name (the first-name table; a script given name's characters)
NAME_GUESS_NOTES = frozenset({FIRST_NAME_NOTE, "script name"})
DIRECT_VOTE = 0.8  # a gendered tag or word of the name (0.8-1.0); pronouns and nouns reach 0.9
TABLE_AGAINST_DIRECT = 0.5  # the note of gender hits from the first-name tables
MINOR_THRESHOLD = 0.85
AUDIENCE_FEATURE = "public_role:audience"  # see signals/public_role.py
ROLE_FEATURE = "live_action:role"  # a live-action role's name (see signals/fiction.py)
PROMINENCE_VALUES = ("public_figure", "online_creator", "private_or_unknown")


@dataclass(frozen=True, slots=True)
class Finding:
    """Detection output for one model or bounty."""

    likeness: bool
    likeness_score: float
    target_key: str | None
    target_name: str | None
    target_gender: str  # female | male | unknown
    prominence: str | None
    sexual_intent: bool
    sexual_intent_score: float
    minor_risk: bool
    violations: tuple[Violation, ...]
    hits: tuple[Hit, ...]
    # the ``error`` hits among ``hits``: signals that raised on this record (see
    # :mod:`dfaudit.detect.signal_errors`); grouped by the combiner, no second look at the hits
    errors: tuple[Hit, ...] = ()

    @property
    def violation_ids(self) -> tuple[str, ...]:
        return tuple(v.rule for v in self.violations)


def combine(
    hits: Sequence[Hit],
    *,
    platform: str,
    likeness_model: LogisticModel,
    sexual_model: LogisticModel,
    rulebook: RuleBook,
    published: date | None,
    snapshot: date,
) -> Finding:
    """Turn hits into a finding; thresholds are applied here and nowhere else."""
    by_aspect = hits_by_aspect(hits)
    feats = features_by_aspect(
        by_aspect.get("likeness", ()) + by_aspect.get("sexual", ()), ("likeness", "sexual")
    )
    score, likeness = likeness_score(likeness_model, with_conflict(feats["likeness"]))
    sexual_score = sexual_model.score(feats["sexual"])
    sexual = sexual_score >= sexual_model.threshold
    minor = any(h.score >= MINOR_THRESHOLD for h in by_aspect.get("minor", ()))
    target_key, target_name, gender_target = None, None, None
    if likeness:
        role = any(h.feature == ROLE_FEATURE for h in by_aspect.get("likeness", ()))
        target_key, target_name, named = ranked_target(by_aspect.get("target", ()), role=role)
        gender_target = target_name if named else None
    facts = {"likeness": likeness, "sexual_intent": sexual, "minor_risk": minor}
    return Finding(
        likeness=likeness,
        likeness_score=round(score, 4),
        target_key=target_key,
        target_name=target_name,
        target_gender=decide_gender(
            by_aspect.get("gender", ()),
            GENDER_PRIOR if likeness and APPLY_GENDER_PRIOR else None,
            gender_target,
            name_decides=_written_apart(by_aspect.get("target", ()), gender_target),
            shown=target_name,
        ),
        prominence=decide_prominence(by_aspect.get("prominence", ())) if likeness else None,
        sexual_intent=sexual,
        sexual_intent_score=round(sexual_score, 4),
        minor_risk=minor,
        violations=rulebook.violations(platform, facts, published, snapshot),
        hits=tuple(hits),
        errors=by_aspect.get("error", ()),
    )


def hits_by_aspect(hits: Sequence[Hit]) -> dict[str, tuple[Hit, ...]]:
    """The hits of each aspect, in their original order."""
    grouped: dict[str, list[Hit]] = {}
    for hit in hits:
        same = grouped.get(hit.aspect)
        if same is None:
            grouped[hit.aspect] = [hit]
        else:
            same.append(hit)
    return {aspect: tuple(group) for aspect, group in grouped.items()}


def best_target(hits: Sequence[Hit]) -> tuple[str | None, str | None]:
    """(key, display) of the best-supported name: see :func:`ranked_target`."""
    key, value, _ = ranked_target(hits)
    return key, value


def ranked_target(
    hits: Sequence[Hit], *, role: bool = False
) -> tuple[str | None, str | None, bool]:
    """The best-supported name: highest score, then the key most hits agree on.

    A target is first trimmed of the words that say how the model relates to its subject
    (:func:`clean_target`); one made of placeholder tokens only ("ohwx", "TOK") names nobody.
    A name that two fields give, or that another name field also spells (the title's name run
    together in the trigger word or the file name), ranks above one a single field holds
    (:data:`CORROBORATED_BONUS`), among the weak, fallback targets only.

    The third value says whether the target stands as a name: a name field gives it, or a
    signal ranks it as a name (:data:`WEAK_TARGET` or more), not only a name-shaped phrase of
    the description ("a singer from Santo Domingo"); only such a target's given name votes on
    the gender (:func:`decide_gender`).

    A post or title written before the name ("Judge", "Senator", "Goalkeeper") is no part of
    a person's name and is taken off (:func:`without_role`), unless ``role``: the record is a
    live-action role, whose name the show writes with its title ("Detective Mara Quenby").
    """
    support: dict[str, float] = {}
    display: dict[str, tuple[float, str]] = {}
    fields: dict[str, set[str]] = {}
    as_written: set[str] = set()  # targets some hit's text spells as they are displayed
    # targets read from one word split in two ("wrenfavelle" → "Wren Favelle"): that word
    run_together: dict[str, str] = {}
    triggers: set[str] = set()  # the letters of one-word targets a trigger field gives
    first_trigger: str | None = None  # the first of them that is a first name
    texts: dict[str, set[str]] = {}  # the letters of the texts each target was read from
    orders: dict[str, set[str]] = {}  # every way the hits write each target
    subjects: set[str] = set()  # the title's subject as the fallback reads it, whole
    # the title's subject read whole comes last: when another hit reads the same name, it
    # only marks that name as the title's subject (no second field, no more support)
    ordered = sorted(hits, key=lambda h: h.field == WHOLE_TITLE_FIELD)
    handles = _handle_letters(ordered)
    for hit in ordered:
        if hit.aspect != "target" or not hit.note or not hit.value:
            continue
        cleaned = clean_target(hit.value, hit.note)
        if cleaned is None:
            continue
        value, key = cleaned
        if handles and key != HANDLE_KEY:
            value, key = _without_handle_word(value, key, handles)
        if hit.field == WHOLE_TITLE_FIELD and key in support:
            # target19: a subject in capitals ("JHOANNA …"), a surname's particles ("van der")
            capitals = all(w.isupper() and w.isalpha() for w in value.split())
            if all(
                (_TITLE_CASE_WORD.fullmatch(w) or capitals or (i > 0 and w in _NAME_PARTICLES))
                and fold(w).rstrip(".") not in ROLE_TITLES
                and fold(w).rstrip(".") not in _POST_WORDS
                for i, w in enumerate(value.split())
            ):
                # not "Grav BabaF", "KojimaRuriko Grav" (run-together codes), nor a title
                # before a name ("Ms Quorravel"): a title is no word of the name
                subjects.add(key)
            continue
        if _word_split(hit.text, value):
            continue  # "nickname" read as "Nick Name": one ordinary word, no name
        value = with_diacritics(value, hit.text)
        value = as_written_name(value, hit.text, key)
        score = hit.score
        if _has_placeholder(hit.value):
            # a pair read across a trigger's placeholder ("ohwx anselm heskolund" read as
            # "Ohwx Anselm"): below any other reading of the name
            score = min(score, PLACEHOLDER_READ)
        if " " not in value and " " in hit.value.strip():
            # one word left of a longer name once its edge words went ("Sunday Photos" →
            # "Sunday"): a fallback, below any full name another field gives
            score = min(score, TRIMMED_TARGET)
        support[key] = support.get(key, 0.0) + score
        fields.setdefault(key, set()).add(hit.field)
        if value in hit.text:
            as_written.add(key)
        if " " not in value:
            if hit.field in _TRIGGER_FIELDS:
                triggers.add(_letters(value))
                if first_trigger is None and first_name(value) is not None:
                    first_trigger = value
        elif _one_word_read(hit.text, value):
            run_together.setdefault(key, _letters(hit.text))
        if score > display.get(key, (-1.0, ""))[0]:
            display[key] = (score, value)
        texts.setdefault(key, set()).add(_letters(hit.text))
        orders.setdefault(key, set()).add(value)
        if hit.field == WHOLE_TITLE_FIELD:
            subjects.add(key)  # the title's subject read whole, as written
    if not support:
        return None, None, False
    if len(support) > 1:
        posted = [display[key][1] for key in subjects]  # as read, before any join
        if run_together:
            _resplit_at_trigger(support, display, fields, run_together, triggers)
            _join_run_together(support, display, fields, run_together)
        if triggers:
            _given_name_first(display, triggers)
        _join_truncated_names(support, display, fields, as_written)
        _join_cut_names(support, display, fields, as_written)
        spelt = _name_field_letters(hits)
        _join_third_name_word(support, display, fields, as_written, spelt)
        _join_handle_parts(support, display, fields, texts)
        _join_part_names(support, display, fields, titled=not role)
        _join_particle_names(support, display, fields)
        _join_title_subject(support, display, fields, subjects)
        _join_posted_surname(support, display, fields, subjects, posted)
        _join_dotted_script_names(support, display, fields)
        for key, (score, value) in display.items():
            if score >= WEAK_TARGET:
                continue  # a name shape, a lexicon entry or a named actor: ranked by its score
            if len(fields[key]) > 1 or _spelt_elsewhere(value, fields[key], spelt):
                display[key] = (score + CORROBORATED_BONUS, value)
    key = max(support, key=lambda k: (display[k][0], support[k]))
    key = _person_over_phrase(key, display)
    if role:
        key = _cast_over_role(key, display, fields)
    if key == HANDLE_KEY:
        key = _name_of_handle(key, display, fields)
    named = display[key][0] >= WEAK_TARGET or bool(fields[key] & _NAME_FIELDS)
    value = _given_name_written_first(display[key][1], orders.get(key, set()))
    value = _with_accents(value, orders.get(key, set()))
    value = script_name_only(without_role(value, titles=not role))
    found = [v for _, v in display.values()]
    value = _sibling_named(value, first_trigger, found)
    value = _without_patronymic(value, found)
    if value != display[key][1]:
        return canonical_key(value) or key, value, named
    return key, value, named


# The fields a live-action role's name stands in (the title, and the file and version names
# that repeat it); a name only other fields give (the trigger, the description) is the cast's
_ROLE_FIELDS = frozenset({"name", "name:whole", "file_names", "version_names"})
_CAST_FIELDS = frozenset({"trained_words", "description", "card:instance_prompt"})


def _cast_over_role(
    key: str, display: dict[str, tuple[float, str]], fields: dict[str, set[str]]
) -> str:
    """The target of a live-action role ("Captain <Role> (<Show>)"): the person who plays it,
    when the trigger word or the description gives a whole name ("<given> <family> as
    <role>", "played by …") that no field of the title holds and that shares no word with the
    title's names: the likeness is the actor's, not the character's. A ranked name (a shape,
    :data:`WEAK_TARGET` or more) only; without one, the best target as it is."""
    if not fields[key] & _ROLE_FIELDS:
        return key
    titled = {
        fold(w) for k, (_, v) in display.items() if fields[k] & _ROLE_FIELDS for w in v.split()
    }
    spelt = [_letters(v) for k, (_, v) in display.items() if fields[k] & _ROLE_FIELDS]
    cast = [
        k
        for k, (score, value) in display.items()
        if k != HANDLE_KEY
        and score >= WEAK_TARGET
        and fields[k] & _CAST_FIELDS
        and not fields[k] & _ROLE_FIELDS
        and len(words := value.split()) >= 2
        and not any(fold(w) in titled for w in words)
        and not any(_letters(value) in t for t in spelt)  # "Xiao Lan" of "Xiaolan Situ"
    ]
    if not cast:
        return key
    return max(cast, key=lambda k: display[k][0])


def _handle_letters(hits: Sequence[Hit]) -> frozenset[str]:
    """The letters of the account handles the hits read (social_cues' ``handle`` targets)."""
    return frozenset(
        letters
        for hit in hits
        if hit.aspect == "target"
        and hit.note == HANDLE_KEY
        and hit.value
        and len(letters := _letters(hit.value)) >= HANDLE_WORD_LEAST
    )


HANDLE_WORD_LEAST = 5  # letters of a handle taken off a name's edge (not "mia", "jo")


def _without_handle_word(value: str, key: str, handles: frozenset[str]) -> tuple[str, str]:
    """A whole name without the account handle a reading glued to its end or its start
    ("<Given> <Family> Thegivenfam" of "<Given> <Family> | @thegivenfam": target19); two
    words at least are left. Any other target as it is."""
    words = value.split()
    start, end = 0, len(words)
    while end - start > 2 and _letters(words[end - 1]) in handles:
        end -= 1
    while end - start > 2 and _letters(words[start]) in handles:
        start += 1
    if (start, end) == (0, len(words)):
        return value, key
    kept = " ".join(words[start:end])
    return kept, canonical_key(kept) or key


def _person_over_phrase(key: str, display: dict[str, tuple[float, str]]) -> str:
    """At an equal score, a whole name of fewer dictionary words over a phrase that reads as a
    name ("Velvet Bloom", a group's name beside "<Given> <Family>": target19). Only between
    targets of two words or more: a one-word target never wins so."""
    score, value = display[key]
    phrase = _dictionary_words(value)
    if not phrase:
        return key
    better = [
        k
        for k, (s, v) in display.items()
        if k != key and s == score and len(v.split()) >= 2 and _dictionary_words(v) < phrase
    ]
    return min(better, key=lambda k: _dictionary_words(display[k][1])) if better else key


def _dictionary_words(value: str) -> int:
    """How many words of a two-word-or-longer target are ordinary English words that are no
    first name ("Velvet Bloom": 1, "Hazel Fox": 1, "Maelle Vossberg": 0)."""
    words = value.split()
    if len(words) < 2:
        return 0
    return sum(1 for w in words if ordinary_word(k := fold(w)) and first_name(k) is None)


_LATIN_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)?")
# a word written as a name is: a capital, then small letters (any script's), no digits
_TITLE_CASE_WORD = re.compile(r"[^\W\d_][^\W\d_A-Z]*(?:-[^\W\d_][^\W\d_A-Z]*)?")


@lru_cache(maxsize=65536)
def as_written_name(value: str, text: str, key: str) -> str:
    """A name shown as its text wrote it, capitalised word by word in Latin letters, when a
    reader showed it in another spelling of the same key ("Byeon Si-u" read as "Byun Siu", a
    romanised family name's common spelling): the uploader's spelling and hyphens are kept.
    Any other target as it is."""
    if value == text or " " not in text:
        return value
    words = text.split()
    if len(words) != len(value.split()) or not all(_LATIN_NAME_WORD.fullmatch(w) for w in words):
        return value
    if fold(text) == fold(value):
        return value  # the same letters: accents are with_diacritics' concern
    if fold(text.replace("-", "")) == fold(value.replace("-", "")):
        return text  # a given name's hyphen kept ("Byeon Hyang-rim" read as "… Hyangrim")
    if canonical_key(text) == key:
        return text
    whole = [n for n in east_asian.romanised_names(text) if n.span == (0, len(text))]
    if whole and canonical_key(f"{whole[0].surname} {whole[0].given}") == key:
        return text  # a Korean or Chinese name keyed by its family name's common spelling
    return value


def _with_accents(value: str, written: set[str]) -> str:
    """A name written without its accents ("Valentina Villasenor") that another hit writes
    with them ("Valentina Villaseñor", a tag as it stood): as written with them."""
    if not value.isascii():
        return value
    for other in sorted(written):
        if not other.isascii() and len(other) == len(value) and fold(other) == fold(value):
            return other
    return value


def _given_name_written_first(value: str, written: set[str]) -> str:
    """A two-word name that another hit writes the other way round, given name first
    ("Nabberwell Benedikt" of a title beside the description's "Benedikt Nabberwell"): that
    order, when its first word is a first name of the tables and the other word is not. A
    Chinese, Japanese or Korean name keeps the order it ranks with (family name first)."""
    words = value.split()
    if len(words) != 2:
        return value
    swapped = f"{words[1]} {words[0]}"
    if swapped not in written or first_name(words[1]) is None or first_name(words[0]):
        return value
    if east_asian.HAS_SCRIPT.search(value) or east_asian.romanised_names(value):
        return value
    return swapped


HANDLE_KEY = "handle"  # the key of a title's account handle (signals/social_cues.py)
_NAME_WORD_RE = re.compile(r"[^\W\d_][^\W\d_'’-]+")


def _name_of_handle(
    handle: str, display: dict[str, tuple[float, str]], fields: dict[str, set[str]]
) -> str:
    """A title's handle beside the person's name that the title also writes ("Kalinda
    Wenzofield (@kalindadaily)"): the name, when the handle spells its given name or its
    surname (four letters or more): one person, named by the name rather than the account.
    The handle otherwise."""
    letters = _letters(display[handle][1])
    for key, (_, value) in display.items():
        words = value.split()
        if key == handle or "name" not in fields[key] or not 2 <= len(words) <= 3:
            continue
        if not all(_NAME_WORD_RE.fullmatch(w) and w[:1].isupper() for w in words):
            continue
        if fold(words[0]) in NOT_NAME_WORDS or fold(words[-1]) in NOT_NAME_WORDS:
            continue
        if _letters(value) in letters or all(_letters(w) in letters for w in words):
            continue  # a name read off the handle itself ("Miso Rae" of "miso.rae99",
            # "Tinsel Thorn" of "tinsel_and_thorn")
        parts = [_letters(words[0]), _letters(words[-1])]
        if any(len(p) >= 4 and p in letters for p in parts):
            return key
    return handle


# Words after a family name that say the model holds several of the family ("X Sisters")
_FAMILY_WORDS = frozenset({"sisters", "brothers", "twins", "siblings", "family"})


def _sibling_named(value: str, first_trigger: str | None, others: list[str]) -> str:
    """A family's name ("Marrardell Sisters") whose first trigger is a first name ("liesel"),
    or that first name beside the family's name: the first of them, named in full ("Liesel
    Marrardell")."""
    if first_trigger is None:
        return value
    families = [
        v.split()[0] for v in (value, *others)
        if len(v.split()) == 2 and fold(v.split()[1]) in _FAMILY_WORDS
    ]  # fmt: skip
    if not families or (value.split()[0] != families[0] and fold(value) != fold(first_trigger)):
        return value
    return f"{first_trigger[:1].upper()}{first_trigger[1:]} {families[0]}"


def _fold_into(
    short: str,
    fuller: list[str],
    support: dict[str, float],
    display: dict[str, tuple[float, str]],
    fields: dict[str, set[str]],
) -> None:
    """The target ``short`` becomes the best of its ``fuller`` names (in place): that name takes
    its support, its fields and, if higher, its rank."""
    best = max(fuller, key=lambda k: (display[k][0], support[k]))
    support[best] += support.pop(short)
    fields[best] |= fields.pop(short)
    score, _ = display.pop(short)
    if score > display[best][0]:
        display[best] = (score, display[best][1])


_TRIGGER_FIELDS = frozenset({"trained_words", "card:instance_prompt"})
_WORD_JOINS = re.compile(r"[\s_.\-]")


def _word_split(text: str, value: str) -> bool:
    """Whether a two-word target was read from one ordinary word of the word table that
    holds both ("nickname" → "Nick Name", "sunflower" → "Sun Flower") and is no first name as
    a whole ("rosemary")."""
    if not _one_word_read(text, value):
        return False
    letters = _letters(text)
    return letters in common_words() and first_name(letters) is None


def _one_word_read(text: str, value: str) -> bool:
    """Whether a two-word target was read from one word that holds both ("wrenfavelle"), or
    both joined by a linking s ("Ravensdahl" read as "Raven Dahl": target19)."""
    words = value.split()
    if len(words) != 2 or _WORD_JOINS.search(text.strip()) is not None:
        return False
    letters = _letters(text)
    return letters in (_letters(value), _letters(words[0]) + "s" + _letters(words[1]))


def _resplit_at_trigger(
    support: dict[str, float],
    display: dict[str, tuple[float, str]],
    fields: dict[str, set[str]],
    run_together: dict[str, str],
    triggers: set[str],
) -> None:
    """A word read as a first name and a surname ("philippawrenfimont" → "Philipp
    Awrenfimont") that begins with the one word a trigger gives ("philippa"): it is cut after
    that word, the trigger's name being its given name (in place)."""
    for key, letters in list(run_together.items()):
        for given in triggers:
            rest = letters[len(given) :]
            if len(given) < 3 or len(rest) < 3 or not letters.startswith(given):
                continue
            words = display[key][1].split()
            if _letters(words[0]) == given:
                break  # already cut there
            value = f"{given.capitalize()} {rest.capitalize()}"
            new = canonical_key(value)
            if not new or new in support:
                break
            support[new] = support.pop(key)
            fields[new] = fields.pop(key)
            display[new] = (display.pop(key)[0], value)
            run_together[new] = run_together.pop(key)
            break


def _join_run_together(
    support: dict[str, float],
    display: dict[str, tuple[float, str]],
    fields: dict[str, set[str]],
    run_together: dict[str, str],
) -> None:
    """A target read from one word split in two ("Wrenferholt" → "Wren Ferholt") when another
    target holds that word whole beside another name ("Morwenna Wrenferholt"), or is that word
    alone and it is a first name as a whole ("Philippa", not "Phil Ippa"), is that other
    target (in place): it takes the reading's rank and support (:func:`_holds_word`)."""
    for short, letters in list(run_together.items()):
        if short not in support or not _western_split(letters):
            continue
        whole = [key for key in support if key != short and _holds_word(display[key][1], letters)]
        if whole:
            _fold_into(short, whole, support, display, fields)


def _western_split(letters: str) -> bool:
    """Whether a word's reading as a name is a Western first name and what follows it (not
    a romanised Chinese or Japanese name run together: "lanxiang", "kotonesakonji"), or a
    whole first name another reading split ("philippa": the name finder keeps it whole)."""
    if whole_first_name(fold(letters)):
        return True
    return any(m.kind == "run_together" for m in find_names(letters))


def _holds_word(value: str, letters: str) -> bool:
    """Whether a target holds ``letters`` as one word written as a name ("Wrenferholt" of
    "Morwenna Wrenferholt", not a camel-cased pair "KotoneSakonji") beside another word, or
    is that word alone and it is a first name as a whole."""
    words = value.split()
    capitals = value.isupper() and len(words) > 1  # a title in capitals ("KERENSA HARGINGTON")
    for word in words:
        if _letters(word) == letters and (capitals or not any(ch.isupper() for ch in word[1:])):
            others = [w for w in words if w is not word]
            # beside it, words written as a name ("Morwenna"), not a code ("AV", "TW")
            return all(
                len(w) >= 3 and (not w.isupper() or (capitals and len(w) >= 4)) for w in others
            ) and (len(words) > 1 or first_name(letters) is not None)
    return False


def _given_name_first(display: dict[str, tuple[float, str]], triggers: set[str]) -> None:
    """A two-word name whose second word is the trigger alone ("zanekker_vivienne" beside the
    instance prompt "vivienne") is shown given name first ("Vivienne Zanekker"); a Chinese,
    Japanese or Korean name keeps its family name first, as written (in place)."""
    for key, (score, value) in list(display.items()):
        words = value.split()
        if len(words) != 2 or _letters(words[1]) not in triggers:
            continue
        if _letters(words[0]) in triggers or first_name(words[0]) is not None or _titled(value):
            continue  # "Anna Mira": a first name first is no surname
        if east_asian.HAS_SCRIPT.search(value):
            continue
        if any(n.span[1] - n.span[0] >= len(value) - 1 for n in east_asian.romanised_names(value)):
            continue
        display[key] = (score, f"{words[1]} {words[0]}")


def _join_part_names(
    support: dict[str, float],
    display: dict[str, tuple[float, str]],
    fields: dict[str, set[str]],
    *,
    titled: bool = True,
) -> None:
    """A target that is part of a fuller name another field gives ("Philippa" beside "Philippa
    Drustocombe") is that person: its rank and support go to the fuller name (in place). The
    fuller name must come from a name shape or better, not a title read as a fallback. With
    ``titled``, a post or title before a name is no word of it ("Senator Philippa" is a part
    of "Philippa Drustocombe")."""
    words = {
        key: frozenset((_untitled_key(key, display[key][1]) if titled else key).split())
        for key in support
    }
    for short in list(support):
        fuller = [
            key
            for key in support
            if key != short
            and words[short] < words[key]
            and (
                display[key][0] >= PART_OF_FULLER
                or (display[key][0] > display[short][0] and _more_name_words(short, key, display))
            )
            and len(words[key]) <= len(words[short]) + 2
        ]
        if fuller:
            _fold_into(short, fuller, support, display, fields)


def _more_name_words(short: str, key: str, display: dict[str, tuple[float, str]]) -> bool:
    """Whether the words the target ``key`` has beyond ``short`` are written as a name
    ("Suwandorn" of "Kanyarela Suwandorn"), not a code or a model word ("AV", "Fan")."""
    own = {fold(w) for w in display[short][1].split()}
    return all(_name_word(w) for w in display[key][1].split() if fold(w) not in own)


def _join_truncated_names(
    support: dict[str, float],
    display: dict[str, tuple[float, str]],
    fields: dict[str, set[str]],
    as_written: set[str],
) -> None:
    """A name cut at a hyphen of its family name ("Nino Kavtaradze" of "Nino
    Kavtaradze-Beri", any script), or a role's title read as a first name with the first name
    as a surname ("Sheriff Odalys" of "Sheriff Odalys Vane"), that another hit of the same
    field gives whole, as its text wrote it (not a name and the next word of a file name
    joined), is that fuller name (in place): the fuller name takes its rank and support."""
    for short in list(support):
        value = display[short][1]
        fuller = [
            key
            for key in support
            if key != short
            and key in as_written
            and (
                (
                    display[key][1].startswith(value + "-")
                    and " " not in display[key][1][len(value) :]
                )
                or (_titled(value) and _one_word_more(value, display[key][1]))
                or _title_before(value, display[key][1])
            )
            and (fields[key] & fields[short])
        ]
        if fuller:
            _fold_into(short, fuller, support, display, fields)


def _join_third_name_word(
    support: dict[str, float],
    display: dict[str, tuple[float, str]],
    fields: dict[str, set[str]],
    as_written: set[str],
    spelt: list[tuple[str, str]] = [],  # noqa: B006 (read only)
) -> None:
    """A two-word name ("Ilse Marit", a given name and a middle name or the first part of a
    family name) that a hit of the same field, or of another name field, writes with one more
    name word after it, as its text stands ("Ilse Marit Parker", the title's subject read
    whole), is that three-word name (in place): it takes the shorter reading's rank and
    support. The word after must be written as a name (:func:`_name_word`: no ordinary word,
    no model or trade word) and be a surname of the tables (:func:`_third_name_word`; not a
    style word the title reads on with: "Chibi"), or a name word of the tables that another
    name field spells with the two run together (``spelt``: "gideonhallowaypryce" beside the
    slug's "gideon-halloway-pryce", the second half of a double surname)."""
    for short in list(support):
        if short not in support:
            continue
        words = [fold(w) for w in display[short][1].split()]
        if len(words) != 2:
            continue
        fuller = []
        for key in support:
            if key == short or key not in as_written:
                continue
            if not (fields[key] & fields[short]) and not (
                fields[key] <= _NAME_FIELDS and fields[short] <= _NAME_FIELDS
            ):
                continue
            more = display[key][1].split()
            if (
                len(more) == 3
                and [fold(w) for w in more[:2]] == words
                and _name_word(more[2])
                and (
                    _third_name_word(more[2])
                    or (
                        _name_table_word(more[2])
                        and _spelt_elsewhere(display[key][1], fields[key], spelt)
                    )
                )
            ):
                fuller.append(key)
        if fuller:
            _fold_into(short, fuller, support, display, fields)


def _name_table_word(word: str) -> bool:
    """A given name or a surname of the tables ("Pryce"; not a style word: "Chibi")."""
    key = fold(word)
    return first_name(key) is not None or key in common_surnames()


def _third_name_word(word: str) -> bool:
    """A surname of the tables that is no ordinary word, or that is a given name too ("Parker",
    "Lewis"; not "Pop" of "<Name> pop singer", a genre read on)."""
    key = fold(word)
    return key in common_surnames() and (key not in common_words() or first_name(key) is not None)


def _join_cut_names(
    support: dict[str, float],
    display: dict[str, tuple[float, str]],
    fields: dict[str, set[str]],
    as_written: set[str],
) -> None:
    """A name read without its last part ("Trinh Khanh" of "Trịnh Khánh Linh", a three-word
    Vietnamese name; "국가" of the Korean three-syllable "국가은") when a hit of the same field
    writes the fuller name as it stands, one name word more (:func:`cut_from`), is that
    fuller name (in place): it takes the cut reading's rank and support; a fuller name run
    together in camel case is shown as its words ("QuáchThuHằng"). A name in script
    read from running text without a last kana that is also a particle ("百目鬼ゆず" of
    "百目鬼ゆずは…", the topic particle は) is the name a name field writes with it, whatever
    field read it (:func:`_particle_cut`)."""
    for short in list(support):
        if short not in support:
            continue
        value = display[short][1]
        fuller = [
            key
            for key in support
            if key != short
            and key in as_written
            and (
                (
                    (fields[key] & fields[short])
                    and (cut_from(value, display[key][1]) or _camel_cut(value, display[key][1]))
                )
                or (fields[key] & _NAME_FIELDS and _particle_cut(value, display[key][1]))
            )
        ]
        for key in fuller:
            if _camel_cut(value, display[key][1]):  # shown as words: "Quách Thu Hằng"
                display[key] = (display[key][0], " ".join(_camel_words(display[key][1])))
        if fuller:
            _fold_into(short, fuller, support, display, fields)


# Kana that end a name and are particles too (は topic, が subject, も also, と and, の of)
_PARTICLE_KANA = frozenset("はがもとのをにへ")


def _particle_cut(short: str, full: str) -> bool:
    """Whether ``full`` is the name in script ``short`` and one kana more that is a particle
    too (a reading of running text stops before it: "百目鬼ゆず" of "百目鬼ゆずは")."""
    return (
        " " not in full
        and len(short) >= 3
        and full[:-1] == short
        and full[-1] in _PARTICLE_KANA
        and east_asian.HAS_SCRIPT.search(short) is not None
    )


# The particles and patronymic words of a surname ("de la", "van der", "bin", "al", Irish
# "Mac an", "Ní", "Ó"): a name read without them, or cut at one, is the name written with them.
_NAME_PARTICLES = frozenset(
    {"de", "da", "do", "dos", "das", "del", "della", "dello", "di", "du", "des", "van", "von",
     "der", "den", "ter", "te", "la", "le", "lo", "bin", "binti", "bint", "ibn", "ben", "bat",
     "al", "el", "zu", "af", "av", "y", "e", "mac", "mc", "nic", "ni", "o", "ui", "an", "na",
     "ap", "abu"}
)  # fmt: skip
_ELIDED = re.compile(r"^[dl]['’]")  # "d'Orvillers", "l'Ambroise"


def _bare_name(value: str) -> list[str]:
    """A name's words without its particles, folded ("Clémence d'Orvillers" → clemence,
    orvillers)."""
    words = (_ELIDED.sub("", fold(w)) for w in value.split())
    return [w for w in words if w and w not in _NAME_PARTICLES]


def _join_particle_names(
    support: dict[str, float],
    display: dict[str, tuple[float, str]],
    fields: dict[str, set[str]],
) -> None:
    """A name read without the particles of its surname ("Clemence Orvillers" of "Clémence
    d'Orvillers", "Idony Gorlalby Cromusk" of "Idony Gorlalby y Cromusk") or cut at one
    ("Seán Mac" of "Seán Mac an Bhreithiún", "Saoirse Ní" of "Saoirse Ní Bhraonáin") when
    another hit writes the name with them, is that fuller name (in place): it takes the
    reading's rank and support."""
    for short in list(support):
        if short not in support:
            continue
        value = display[short][1]
        words = [fold(w) for w in value.split()]
        cut = len(words) >= 2 and words[-1] in _NAME_PARTICLES
        bare = _bare_name(value)
        if len(bare) < 2 and not cut:
            continue
        fuller = []
        for key in support:
            if key == short:
                continue
            other = display[key][1]
            more = [fold(w) for w in other.split()]
            if len(more) <= len(words) and "'" not in other and "’" not in other:
                continue
            whole = (
                more[: len(words)] == words and len(_bare_name(other)) > len(bare)
                if cut
                else _bare_name(other) == bare and other != value
            )
            if whole:
                fuller.append(key)
        if fuller:
            _fold_into(short, fuller, support, display, fields)


WHOLE_TITLE_FIELD = "name:whole"  # the title's whole subject (signals/subject_name.py)


def _name_word(word: str) -> bool:
    """A word written as a name: capitalised letters, no ordinary English word (unless a
    first name or surname of the tables), no model-making, trade or title word; any word
    with diacritics ("Khôi", "Wierzchołek")."""
    bare = word.replace("-", "").replace("'", "")
    if not bare.isalpha() or not word[:1].isupper() or (len(word) > 1 and word[1:].isupper()):
        return False
    key = fold(word)
    if key in NOT_NAME_WORDS or key in TARGET_EDGE_WORDS or key in TARGET_TAIL_WORDS:
        return False
    if key in _LINK_WORDS:
        return False  # "Carlotta Grafforthy as a 3D cartoon": no word of the name
    if not word.isascii():
        return True
    return key not in common_words() or first_name(key) is not None or key in common_surnames()


# Words that join a name to what follows it in a title ("X as Y", "X of Z", "X in …")
_LINK_WORDS = frozenset(
    {"as", "of", "the", "in", "from", "with", "by", "and", "x", "vs", "for", "on", "at", "to"}
)


# Lower-case words that join a given name to a father's or a family's name inside one
# person's name ("<Given> <Given> bin <Father>", "<Given> ibn <Father>", "… binti …"): a
# title's subject with one between name words is that whole name.
_PATRONYM_LINKS = frozenset({"bin", "binti", "bint", "ibn", "ben", "bat", "ap"})


def _join_title_subject(
    support: dict[str, float],
    display: dict[str, tuple[float, str]],
    fields: dict[str, set[str]],
    subjects: set[str],
) -> None:
    """A name read as a part of the title's subject ("Trịnh Minh" of "Trịnh Minh Khôi (ca
    sĩ)", "Wierzchołek" of "Małgorzata Wierzchołek - aktorka", "Bart Lomiej" of "Bartłomiej
    Żmijewicz") when that subject, the title's part before its separator or bracket, is
    nothing but two to four name words (:func:`_name_word`): that whole name (in place)."""
    if any(east_asian.HAS_SCRIPT.search(value) for _, value in display.values()):
        return  # "Joanne Wenren Zhiruo | 闻人芷若": the script name says who, not the title run
    for whole in subjects:
        if whole not in support:
            continue
        words = display[whole][1].split()
        if len(words) > 1 and all(w.isupper() for w in words):
            # target19: a subject written in capitals ("JHOANNA LIZ …") read as its words
            words = [w.capitalize() for w in words]
        vietnamese = _vietnamese_name(words)
        # target19: a surname's particles ("van der", "de los") are words of the name too
        particles = sum(1 for w in words[1:-1] if w in _NAME_PARTICLES)
        if not 2 <= len(words) - particles <= 4 or not all(
            _name_word(w)
            or (0 < i < len(words) - 1 and _middle_word(words, i))
            or (1 < i < len(words) - 1 and w in _PATRONYM_LINKS)
            or (0 < i < len(words) - 1 and w in _NAME_PARTICLES)
            or (vietnamese and _plain_word(w))
            for i, w in enumerate(words)
        ):
            continue
        if len(words) > 2 and not vietnamese and east_asian.romanised_names(display[whole][1]):
            continue  # "Gigi Tantai Yucheng": an English name before a Chinese one
        letters = [_letters(fold(w)) for w in words]
        joined = "".join(letters)
        for short in list(support):
            if short == whole or short not in support:
                continue
            part = [_letters(fold(w)) for w in display[short][1].split()]
            run = "".join(part)
            inside = any(
                letters[i : i + len(part)] == part for i in range(len(letters) - len(part) + 1)
            )
            if (inside and len(part) < len(letters)) or (
                run != joined and joined.startswith(run) and len(run) >= len(letters[0])
            ):
                _fold_into(short, [whole], support, display, fields)


POSTED_SURNAME_LEAD = 0.01  # how far the full name of a "<Post> <Surname>" title leads


def _join_posted_surname(
    support: dict[str, float],
    display: dict[str, tuple[float, str]],
    fields: dict[str, set[str]],
    subjects: set[str],
    posted: list[str],
) -> None:
    """A title whose subject is a post and a surname only ("Mayor <Surname> of <Town>",
    "Goalkeeper <Surname>") names the person whose full name another hit gives with that
    surname ("<Given> <Surname>", a trigger word or the description): that full name is the
    target, above any name the rest of the title holds (the town's name read as a person's).
    With no full name of that surname, or two, nothing changes."""
    for value in posted:
        bare = without_role(value)
        if bare == value or " " in bare:
            continue
        surname = fold(bare)
        fuller = [
            key
            for key in support
            if key not in subjects
            and len(words := display[key][1].split()) >= 2
            and fold(words[-1]) == surname
        ]
        if len(fuller) != 1:
            continue
        full = fuller[0]
        top = max(score for score, _ in display.values())
        for whole in subjects & support.keys():
            _fold_into(whole, [full], support, display, fields)
        display[full] = (max(display[full][0], top + POSTED_SURNAME_LEAD), display[full][1])


def _vietnamese_name(words: list[str]) -> bool:
    """Whether a title's subject reads as a Vietnamese name: a Vietnamese family name first
    ("Nguyễn Thị Lan Chi", "Dang Ngoc Mai Anh"), its syllables no Chinese name ("Lan Chi")."""
    first = fold(words[0]) if words else ""
    return first in VIETNAMESE_FAMILY and (
        len(words) > 2 or any(_VIETNAMESE_LETTER.search(w) for w in words)
    )


def _plain_word(word: str) -> bool:
    """A capitalised word of letters that is no word of a model, trade, title or link: a
    syllable of a Vietnamese name though an ordinary word too ("Mai")."""
    if not word.isalpha() or not word[:1].isupper() or word[1:] != word[1:].lower():
        return False
    key = fold(word)
    return not (
        key in NOT_NAME_WORDS
        or key in TARGET_EDGE_WORDS
        or key in TARGET_TAIL_WORDS
        or key in _LINK_WORDS
        or key in _TRAILING_LINKS
        or key in _POST_WORDS
    )


def _middle_word(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is the middle name of a three-word name ``words`` though an
    ordinary word ("Joy" of "Rowena Joy Macapagwa", "Hope" of "Tamsin Hope Ardley"): written
    as a name, no word of a model, trade, title or link, after a first name of the tables and
    before a name word that is no first name nor an ordinary word (a surname; "Katya Joy
    Jordan" and "Bea Quill Pop" are not read so: the last word may be another given name, an
    alias or a trade)."""
    last = words[-1]
    return (
        len(words) == 3
        and _plain_word(words[i])
        and fold(words[i]) in common_words()
        and first_name(words[0]) is not None
        and _name_word(last)
        and first_name(last) is None
        and fold(last) not in common_words()
    )


_NAME_DOTS = re.compile("[・·･]")  # the middle dot between a name's parts in katakana


def _join_dotted_script_names(
    support: dict[str, float],
    display: dict[str, tuple[float, str]],
    fields: dict[str, set[str]],
) -> None:
    """A name in script that is one part of a name another hit of the same field writes
    whole with a middle dot ("オティリー" of "オティリー・ブラッケンホルム", a Western name in
    katakana) is that whole name (in place): it takes the part's rank and support."""
    for whole in list(support):
        if whole not in support:
            continue
        value = display[whole][1]
        if " " in value or not east_asian.HAS_SCRIPT.search(value):
            continue
        parts = [p for p in _NAME_DOTS.split(value) if p]
        if len(parts) < 2:
            continue
        for short in list(support):
            if short == whole or short not in support:
                continue
            if display[short][1] in parts and fields[short] & fields[whole]:
                _fold_into(short, [whole], support, display, fields)


def _family_first(value: str) -> bool:
    """Whether a name reads family name first ("Trinh Khanh"), so that a word after it may
    be the rest of its given name, not a given name and surname ("Itzel Xochicale") or a
    romanised Chinese name ("Lin Qinlan") that a next person's name follows in a blend."""
    words = len(value.split())
    return any(m.kind == "reversed" and len(m.words) == words for m in find_names(value))


_DOTTED_HANDLE = re.compile(r"[a-z]{2,20}(?:\.[a-z]{2,20}){1,3}")


def _join_handle_parts(
    support: dict[str, float],
    display: dict[str, tuple[float, str]],
    fields: dict[str, set[str]],
    texts: dict[str, set[str]],
) -> None:
    """A name read from a part of a dotted handle ("Miso Rae" of ``miso.rae.official``) that a
    hit of the same field gives whole is that handle (in place): it takes the reading's rank
    and support."""
    handles = [k for k in support if _DOTTED_HANDLE.fullmatch(display[k][1])]
    for handle in handles:
        whole = _letters(display[handle][1])
        for key in list(support):
            if key == handle or key not in support or not (fields[key] & fields[handle]):
                continue
            if all(len(t) >= 4 and t in whole and t != whole for t in texts[key]):
                _fold_into(key, [handle], support, display, fields)


def cut_from(short: str, full: str) -> bool:
    """Whether ``full`` is ``short`` (accents and case aside), read family name first, and
    one more word written as a name (capitalised, no word of a concept, trade or model), or,
    for a one-word name in Chinese, Japanese or Korean script, the same characters and one
    more."""
    words, more = short.split(), full.split()
    if len(words) == 1 == len(more) and east_asian.HAS_SCRIPT.search(short):
        return len(more[0]) == len(short) + 1 and more[0].startswith(short)
    if len(more) != len(words) + 1 or [fold(w) for w in more[:-1]] != [fold(w) for w in words]:
        return False
    last = more[-1]
    return (
        _family_first(short)
        and last.isalpha()
        and last[:1].isupper()
        and not last[1:].isupper()
        and fold(last) not in NOT_NAME_WORDS
        and fold(last) not in TARGET_EDGE_WORDS
        and fold(last) not in TARGET_TAIL_WORDS
    )


def _camel_cut(short: str, full: str) -> bool:
    """:func:`cut_from` for a fuller name run together in camel case ("Quach Thu" of the
    trigger word "QuáchThuHằng")."""
    parts = _camel_words(full) if " " not in full and " " in short else [full]
    return len(parts) > 1 and cut_from(short, " ".join(parts))


def _camel_words(word: str) -> list[str]:
    """The words of a name run together in camel case ("QuáchThuHằng" → Quách, Thu, Hằng):
    each capitalised and the rest of it lower case; any other word as it is."""
    parts: list[str] = []
    for ch in word:
        if parts and ch.isupper() and parts[-1][-1:].islower():
            parts.append(ch)
        elif parts:
            parts[-1] += ch
        else:
            parts.append(ch)
    if len(parts) < 2 or not all(
        p.isalpha() and p[:1].isupper() and p[1:].islower() for p in parts
    ):
        return [word]
    return parts


# Titles and ranks that open a live-action role's name ("Sheriff Odalys Vane", "Dr. Imelda
# Sorensen"): never its first name.
ROLE_TITLES = frozenset(
    {"dr", "doctor", "professor", "prof", "judge", "sheriff", "detective", "inspector",
     "agent", "officer", "captain", "lieutenant", "sergeant", "colonel", "general", "major",
     "commander", "admiral", "matron", "nurse", "sister", "father", "mother", "reverend",
     "lady", "lord", "sir", "dame", "queen", "king", "prince", "princess", "duke", "duchess",
     "count", "countess", "madame", "mrs", "mr", "ms", "miss", "coach", "chef", "mayor",
     "senator", "president", "principal", "headmaster", "headmistress"}
)  # fmt: skip


def _titled(value: str) -> bool:
    """A two-word name whose first word is a title ("Sheriff Odalys")."""
    words = value.split()
    return len(words) == 2 and fold(words[0]).rstrip(".") in ROLE_TITLES


def _title_before(short: str, full: str) -> bool:
    """``full`` is a role's title and the name ``short`` ("Sergeant Hollis Brandt" of "Hollis
    Brandt"): a live-action role's name is written with its title."""
    title, _, rest = full.partition(" ")
    title = fold(title).rstrip(".")
    return rest == short and " " in short and title in ROLE_TITLES and title not in _TRADES


_TRADES = frozenset({"chef", "coach"})  # titles that are trades too ("Chef Colton Rivers")
# Titles that also open stage names and nicknames ("Lady Vexa", "Dr. Vibe", "Queen Tavi"):
# taken off a target only before a whole name (a given name and a surname), never before a
# lone word, which may be the stage name's second half.
_STAGE_TITLES = frozenset(
    {"dr", "doctor", "lady", "lord", "sir", "dame", "queen", "king", "prince", "princess",
     "duke", "duchess", "count", "countess", "madame", "mrs", "mr", "ms", "miss", "sister",
     "mother", "father", "reverend", "matron", "major", "general"}
)  # fmt: skip
# Words of a post or a trade that stand before a person's name in a title ("Goalkeeper
# Vossberg", "Channel 9 Anchor Vossberg", "Mayor Vossberg"): the person is the name after
# them. The titles above that are no stage name's first word, sports positions and the
# words of a broadcast post.
_POST_WORDS = (ROLE_TITLES - _STAGE_TITLES) | frozenset(
    {"goalkeeper", "goalie", "keeper", "striker", "defender", "midfielder", "winger",
     "quarterback", "pitcher", "catcher", "shortstop", "setter", "libero", "anchor",
     "anchorwoman", "anchorman", "newsreader", "newscaster", "reporter", "journalist",
     "presenter", "host", "weatherwoman", "weatherman", "correspondent", "channel", "morning",
     "evening", "nightly", "news", "tv", "governor", "congresswoman", "congressman",
     "councillor", "councilwoman", "councilman", "minister", "ambassador", "chancellor",
     "referee", "trainer", "manager", "pastor", "deputy", "chief", "dean", "weather",
     # a denial before the name ("NOT Maelle X", wink): the person is the name after it
     "not"}
)  # fmt: skip


# Trades written before a whole name in a title, in English and other languages
# ("Cellist <Given> <Family>", "Atriz …", "Skuespillerinne …", "Piosenkarz …"): what the
# person is, no part of the name; taken off before two name words or more only (a lone word
# after one may be a stage name's second half). The one-word trades of the trades table
# (detect.trades) but the posts and titles, which are :func:`without_role`'s (a post before a
# lone surname names the person another hit gives in full); words that are given names or
# surnames too are left out here.
def _lead_trade(word: str) -> bool:
    key = fold(word).rstrip(".:")
    return (
        key in lead_trade_keys()
        and key not in _POST_WORDS
        and key not in ROLE_TITLES
        and key not in common_surnames()
        and first_name(key) is None
    )


@lru_cache(maxsize=65536)
def without_role(value: str, *, titles: bool = True) -> str:
    """A target without the post or title written before the name ("Judge Gideon Vossberg"
    → "Gideon Vossberg", "Goalkeeper Vossberg" → "Vossberg"): a word of a post goes before
    any name, a title that also opens stage names ("Lady", "Dr.") only before two or more
    words. A target that is all such words is kept as it is. Without ``titles`` (a live-action
    role's name, written with its title) only the posts that are no title go ("Anchorman")."""
    words = value.split()
    start = 0
    posts = _POST_WORDS if titles else _POST_WORDS - ROLE_TITLES
    while start < len(words) - 1:
        word = fold(words[start]).rstrip(".")
        if (
            word in posts
            or (titles and word in _STAGE_TITLES and len(words) - start > 2)
            or (len(words) - start > 2 and _lead_trade(words[start]))
        ):
            start += 1
        else:
            break
    if not start or fold(words[-1]).rstrip(".") in posts:
        return value  # no post before a name, or nothing but posts
    return " ".join(words[start:])


# What follows a Japanese name in a title: a possessive and a word in kanji ("久遠彩花の顔",
# "の写真"; not a name's own kana "の": "ほのか"), an honorific ("さん", "ちゃん", "様"), a
# model word glued on ("LoRA")
_SCRIPT_NAME_TAIL = re.compile(
    r"(?:の[\u4e00-\u9fff]{1,3}|さん|ちゃん|くん|様|さま|氏)?(?P<latin>[A-Za-z0-9 ._-]{0,12})$"
)
_SCRIPT_NAME_MIN = 2  # characters a script name keeps


@lru_cache(maxsize=65536)
def script_name_only(value: str) -> str:
    """A name in Chinese or Japanese script without what a title writes after it: "久遠彩花の顔"
    → "久遠彩花", "久遠あやめさんLoRA" → "久遠あやめ"; any other target as it is."""
    if " " in value or not east_asian.HAS_SCRIPT.search(value):
        return value
    m = _SCRIPT_NAME_TAIL.search(value)
    if m is None or m.start() == len(value) or m.start() < _SCRIPT_NAME_MIN:
        return value
    latin = m.group("latin").strip(" ._-").lower()
    if latin and latin not in TARGET_EDGE_WORDS:
        return value  # a handle's Latin part ("桃桃酱Momo"), no model word
    return value[: m.start()]


def _untitled_key(key: str, value: str) -> str:
    """The key of a target without the post or title before its name (see
    :func:`without_role`), for comparing the words of two targets."""
    bare = without_role(value)
    return key if bare == value else canonical_key(bare) or key


def _one_word_more(short: str, full: str) -> bool:
    """``full`` is ``short`` and one more word."""
    return full.startswith(short + " ") and len(full.split()) == len(short.split()) + 1


@lru_cache(maxsize=65536)
def _has_placeholder(value: str) -> bool:
    words = value.split()
    return len(words) > 1 and any(fold(w) in PLACEHOLDER_TOKENS for w in words)


PLACEHOLDER_READ = 0.05
PART_OF_FULLER = 0.3  # the least rank of a fuller name that takes over a part of it
CORROBORATED_BONUS = 0.25
TRIMMED_TARGET = 0.3  # what a name trimmed down to one word ranks as, at most
WEAK_TARGET = 0.5  # below this a target is a fallback (the title's words, a described name)
_NAME_FIELDS = frozenset({"name", "trained_words", "file_names", "version_names", "tags"})
_MIN_SPELT = 5  # letters a name needs before another field's spelling of it counts


def _letters(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _name_field_letters(hits: Sequence[Hit]) -> list[tuple[str, str]]:
    """(field, letters) of every hit's text that stands in a name field."""
    return [(h.field, _letters(h.text)) for h in hits if h.field in _NAME_FIELDS and h.text]


def _spelt_elsewhere(value: str, own: set[str], spelt: list[tuple[str, str]]) -> bool:
    """Whether a name field other than the target's own spells it (in either word order)."""
    words = [_letters(w) for w in value.split()]
    forms = {"".join(words), "".join(reversed(words))}
    if min(len(f) for f in forms) < _MIN_SPELT:
        return False
    return any(
        field not in own and any(form in letters for form in forms) for field, letters in spelt
    )


_SEPARATORS = re.compile(r"[\s_.]+")


@lru_cache(maxsize=65536)
def with_diacritics(value: str, text: str) -> str:
    """The target as its text wrote it when only accents set them apart ("Xiomara Echeverri"
    read from "xiomara_echeverrí" → "Xiomara Echeverrí"): a name keeps its diacritics."""
    if text.isascii() or value == text:
        return value
    words = [w for w in _SEPARATORS.split(text) if w]
    if [fold(w) for w in words] != [fold(w) for w in value.split()]:
        return value
    return " ".join(w[:1].upper() + w[1:] if w.islower() else w for w in words)


@lru_cache(maxsize=65536)
def clean_target(value: str, key: str) -> tuple[str, str] | None:
    """(display, key) of a target with relation, platform, trade and model-making words taken
    off its ends ("Resembles Mayumi" → "Mayumi"), or None when nothing of a name is left.

    Before the name also go the words that introduce it ("Meet Sigrun Oxlucombe") and the
    words that say who the person is to the uploader (:func:`_relation_start`: "my uncle
    Jareth", "Mi Esposa Annika", "Meine Frau Liesel"); after it, a word that links the name to
    what the title says next ("Peregrine Trevucombe Through [the decades]"), when a given name
    and a surname are left before it (:func:`_link_end`)."""
    words = value.split()
    start, end = _alias_side(words)
    while start < end and (
        fold(words[start]) in TARGET_EDGE_WORDS or fold(words[start]) in _LEAD_WORDS
    ):
        start += 1
    while start < end - 1 and fold(words[start]).rstrip(".") in CLERGY_TITLES:
        start += 1  # "Rabbi Emerson [Surname]": a clergy title, no name's first word
    while start < end - 1 and _lead_trade(words[start]):
        start += 1  # "Piosenkarz Wren [Surname]": a trade read as a first name
    while end - start > 2 and _not_name_edge(words[start]):
        start += 1  # "Brazil Linnea [Surname]": a country or a type before a whole name
    start = _relation_start(words, start, end)
    while end > start and (
        fold(words[end - 1]) in TARGET_EDGE_WORDS
        or fold(words[end - 1]) in TARGET_TAIL_WORDS
        or fold(words[end - 1]) in FACE_TOOL_WORDS
        or (end - start > 1 and _trade_word(words[end - 1]))
        or (end - start > 1 and words[end - 1] in SCRIPT_TRADE_TAILS)
        or (end - start > 2 and fold(words[end - 1]) in _OUTLET_TAILS)
        or (end - start > 2 and _not_name_edge(words[end - 1]))
    ):
        end -= 1
    end = _link_end(words, start, end)
    cut = end > start and "-" in words[end - 1]
    if cut:
        cut = (last := _without_edge_part(words[end - 1])) != words[end - 1]
        words[end - 1] = last
    while start < end and fold(words[start]) in PLACEHOLDER_TOKENS:
        start += 1
    while end > start and fold(words[end - 1]) in PLACEHOLDER_TOKENS:
        end -= 1
    if (
        end - start == 2
        and fold(words[start]) in _SPOUSE_WORDS
        and first_name(words[start + 1]) is not None
    ):
        start += 1  # "Meine Frau Liesel": a word for a wife or a woman before a first name
    if end - start == 1 and not words[start].isascii():
        glued = _without_script_tail(words[start])
        if glued != words[start]:
            words[start], cut = glued, True
    kept = words[start:end]
    if not kept or (len(kept) == 1 and (_trigger_token(kept[0]) or kept[0] in SCRIPT_PRONOUNS)):
        return None
    if all(_model_word(word) for word in kept):
        return None  # target19: "ILXL", "SDXL Pony": the model's words, no name
    if all(is_type_word(fold(word)) for word in kept):
        return None  # fresh17: "Thai", "美女", "Korean 여자": a demonym or a person word, no name
    if not any(ch.isalnum() for ch in value):
        return None  # a dash or an emoji read as a title's name
    if len(kept) == len(words) and not cut:
        return value, key
    display = " ".join(kept)
    return display, canonical_key(display) or key


# fresh17: a script name glued to a trade, or to 風 (-style) after kana ("瞿思妤女演员",
# "天霧えみり風"): the name before it, two characters at least
GLUED_NAME_LEAST = 2


@lru_cache(maxsize=1)
def _glued_tails() -> tuple[str, ...]:
    return tuple(sorted(SCRIPT_TRADE_TAILS, key=len, reverse=True))


_KANA = re.compile(r"[\u3040-\u30ff]")
_LATIN_TAIL = re.compile(r"(?<=[^\x00-\x7f])[A-Za-z0-9]{1,12}$")


def _without_script_tail(word: str) -> str:
    latin = _LATIN_TAIL.search(word)
    if latin is not None and latin.group(0).lower() in TARGET_EDGE_WORDS:
        word = word[: latin.start()]  # "瞿思妤女演员lora": the model word first
    if word.endswith("風") and len(word) > GLUED_NAME_LEAST and _KANA.match(word[-2]):
        return word[:-1]  # "天霧えみり風": -style after a kana given name (not "…清風")
    for tail in _glued_tails():
        if word.endswith(tail) and len(word) - len(tail) >= GLUED_NAME_LEAST:
            return word[: -len(tail)]
    return word


def _without_edge_part(word: str) -> str:
    """A name's last word without the platform or model word a slug joined to it with a
    hyphen ("Vantreight-Fansly" → "Vantreight", "Halvorsrud-Lookalike"); a double-barrelled
    surname as it is ("Ofori-Atta")."""
    parts = word.split("-")
    while len(parts) > 1 and (
        fold(parts[-1]) in TARGET_EDGE_WORDS
        or fold(parts[-1]) in FACE_TOOL_WORDS
        or not parts[-1]
        or _not_name_edge(parts[-1])
    ):
        parts.pop()
    return "-".join(parts)


# target19: an age or a count written beside a name ("<Name>, 37", "<Name> 24yo", "<Name> 2")
_NUMBER_WORD = re.compile(r"\d{1,4}(?:yo|y|yrs|yr|s)?")


@lru_cache(maxsize=8192)
def _model_word(word: str) -> bool:
    """Whether one word is made only of model words and digits ("Fluxdev", "SDXLv2", "ILXL",
    "lora"): the kind, the base, the version of the model, no part of a name. At least one
    piece is a base or a kind of model ("flux", "xl", "lora"), and a one-letter piece only
    before digits ("v2", "e10"): "Reeve" or "Devil" tiled of "r", "e", "dev", "il" stays a
    name. A given name is kept unless it is itself a base or a kind word."""
    folded = fold(word)
    if len(folded) < 3 or len(folded) > 24 or not folded.isascii() or not folded.isalnum():
        return False  # two letters or dots ("DB", "D.B.") are initials as often, not "db"
    core = BASE_MODEL_WORDS | MODEL_KIND_WORDS
    if folded not in core and first_name(folded) is not None:
        return False
    # reach[i]: a tiling of folded[:i] exists (bit 1) and holds a core piece (bit 2)
    reach = [0] * (len(folded) + 1)
    reach[0] = 1
    for i in range(len(folded)):
        if not reach[i]:
            continue
        for size, is_core in _model_pieces_at(folded, i, core):
            reach[i + size] |= reach[i] | (2 if is_core else 0)
    return reach[len(folded)] == 3


def _model_pieces_at(folded: str, i: int, core: frozenset[str]) -> list[tuple[int, bool]]:
    """(length, is a core word) of the model words or digit runs that start at ``i``."""
    out = [(len(w), w in core) for w in MODEL_WORDS if len(w) > 1 and folded.startswith(w, i)]
    j = i + 1 if folded[i].isalpha() else i
    while j < len(folded) and folded[j].isdigit():
        j += 1
    if j > i and (folded[i].isdigit() or j > i + 1):
        out.append((j - i, False))  # digits, or one letter before digits ("v2", "e10")
    return out


_ALIAS_LINKS = frozenset({"aka", "a.k.a", "a.k.a.", "alias", "aka:"})


def _alias_side(words: list[str]) -> tuple[int, int]:
    """(start, end) of the fuller side of "<stage name> aka <given> <family>" (either order:
    both are the person's names, the one of more words is the best target: target19); the
    whole target when no alias word stands between two names."""
    for i, word in enumerate(words):
        if 0 < i < len(words) - 1 and fold(word) in _ALIAS_LINKS:
            return (i + 1, len(words)) if len(words) - i - 1 > i else (0, i)
    return 0, len(words)


def _not_name_edge(word: str) -> bool:
    """A word at a whole name's edge that is no part of it (target19): a country, a demonym
    or a word for a person (:func:`vocab.is_type_word`: "Brazil", "Korean", "girl"), an age or
    a number, the model's words glued ("Fluxdev"). A given name or a known surname is kept
    ("Chile" is taken off only when it is neither)."""
    folded = fold(word).strip(".,:;!?()[]")
    if not folded:
        return False
    if _NUMBER_WORD.fullmatch(folded):
        return True
    if _model_word(folded):
        return True
    return is_type_word(folded) and first_name(folded) is None


# Trades a title writes after the name ("Ondine | musician", "ondine_musician"): taken off a
# target's end after a name; none that is an English surname too ("Painter", "Cook")
_TRADE_TAILS = frozenset(
    {"musician", "pianist", "violinist", "cellist", "guitarist", "drummer", "bassist",
     "footballer", "cricketer", "golfer", "cyclist", "sprinter", "skier", "broadcaster",
     "newsreader", "journalist", "reporter", "weathergirl", "vlogger", "blogger", "podcaster",
     "gamer", "sculptor", "novelist", "magician", "ballerina", "choreographer", "stylist",
     "photographer", "entrepreneur", "ceo"}
)  # fmt: skip


# Clergy titles written before a name ("Rabbi …", "Imam …", "Bishop …": vocab.CLERGY_TITLES)
# are taken off a target's start before another word. (Titles that open live-action roles and
# stage names, "Reverend", "Father", "Sister", are :data:`ROLE_TITLES`' and
# :func:`without_role`'s.)
# The face-embedding tools a title or a repo id names after the person ("<Name> FaceID",
# "<name>-instantid"): how the model is made, no part of the name.
FACE_TOOL_WORDS = frozenset(
    {"faceid", "instantid", "ipadapter", "photomaker", "pulid", "faceswap", "reactor"}
)
# Trades written in Chinese, Japanese or Korean script after a name in that script ("<名> 明星",
# "<名> 女優", "<이름> 배우"): a word of what the person is, no part of the name.
SCRIPT_TRADE_TAILS = frozenset(
    {"明星", "演员", "女演员", "男演员", "歌手", "女歌手", "主持人", "模特", "网红", "偶像",
     "女星", "男星", "艺人", "藝人", "演員", "女優", "俳優", "アイドル", "モデル",
     "タレント", "배우", "가수", "모델", "아이돌", "아나운서"}
)  # fmt: skip
# The words of a paper's or a broadcast's name that a title's reading may keep after a whole
# name ("<Given> <Family> Evening [Ledger reporter]"): taken off after two words or more.
_OUTLET_TAILS = frozenset({"evening", "morning", "nightly", "daily", "weekly", "channel"})


# A patronymic (vocab.patronymic_gender) is the middle word of a three-part name; a two-word
# name ending so is a surname ("Petrovich").


def _without_patronymic(value: str, others: list[str]) -> str:
    """A three-part Russian name's given name and surname ("Given Patronymic Family" → "Given
    Family"), when the target is that name or a part of it ("Given Patronymic", "Patronymic
    Family") that one of the found names spells whole; any other target as it is."""
    words = value.split()
    for full in (value, *others):
        parts = full.split()
        if (
            len(parts) == 3
            and patronymic_gender(parts[1]) is not None
            and patronymic_gender(parts[0]) is None
            and patronymic_gender(parts[2]) is None
            and len(words) >= 2
            and " ".join(words) in full
            and parts[1] in words
        ):
            return f"{parts[0]} {parts[2]}"
    return value


def _trade_word(word: str) -> bool:
    key = fold(word)
    return key in _TRADE_TAILS and key not in common_surnames() and first_name(key) is None


# Words that introduce a person before the name ("Meet Sigrun Oxlucombe", "Introducing …")
_LEAD_WORDS = frozenset({"meet", "introducing", "presenting", "featuring", "feat", "ft"})
# Possessives before a word for a relative or a partner ("my", "mi", "ma", "meine", "mijn",
# "moja", "min", "minha"): no word of a name, and taken off only before such a word (Mi, Ma
# and Min are given names and surnames too).
_POSSESSIVES = frozenset(
    {"my", "mi", "mis", "ma", "mon", "mes", "meine", "meinem", "meiner", "mein", "mijn",
     "min", "mitt", "mina", "moja", "moj", "moje", "mia", "mio", "mea", "minha", "meu", "our",
     "notre", "unsere", "nuestra", "nuestro"}
)  # fmt: skip
# Words for a relative or a close friend ("uncle", "auntie", "step-sister", "bestie"): who the
# person is to the uploader, no part of the name.
_KIN_WORDS = frozenset(
    {"uncle", "aunt", "auntie", "aunty", "grandma", "grandpa", "granny", "grandmother",
     "grandfather", "nana", "dad", "daddy", "father", "mother", "mum", "mummy", "mom", "mommy",
     "brother", "bro", "sister", "sis", "cousin", "niece", "nephew", "son", "daughter",
     "stepmom", "stepmum", "stepmother", "stepdad", "stepfather", "stepsister", "stepbrother",
     "stepdaughter", "stepson", "bestie", "bff", "bestfriend", "wifey", "hubby", "tante",
     "onkel", "oncle", "tio", "tia", "zio", "zia", "oma", "opa", "abuela", "abuelo", "prima",
     "primo", "cousine", "schwester", "bruder", "hermana", "hermano",
     # a wife or a husband whose word is a name too ("mon mari", "moja żona", "min kone"):
     # taken off after a possessive only
     "mari", "zona", "kone", "femme",
     # grandparents in other languages ("Nonna Ilaria", "Babcia Zofia", "Mormor Sigrid")
     "nonno", "nonna", "nonnino", "nonnina", "babcia", "dziadek", "dziadzio", "mormor",
     "morfar", "farmor", "farfar", "bestemor", "bestefar", "oldemor", "oldefar", "grootvader",
     "grootmoeder", "mamie", "papy", "papie", "abuelita", "abuelito", "vovo", "vozinha",
     "avozinha", "avozinho", "isoaiti", "isoisa", "mummo", "vaari", "yiayia", "pappous",
     "babushka", "dedushka", "nagymama", "nagypapa", "bunica", "bunicul",
     # who the person is to the uploader at home or at work ("my flatmate Jody")
     "roommate", "flatmate", "housemate", "roomie", "coworker", "colleague", "classmate",
     "neighbour", "neighbor", "landlady"}
)  # fmt: skip


def _relation_word(word: str) -> bool:
    """A word for a relative or a partner, step-relatives too ("Step-Sister", "stepmom")."""
    folded = fold(word).replace("-", "")
    return (
        folded in _KIN_WORDS
        or folded in _SPOUSE_WORDS
        or (folded.startswith("step") and folded[4:] in _KIN_WORDS)
    )


def _relation_start(words: list[str], start: int, end: int) -> int:
    """Where a name starts after the words for the uploader's relative or partner that open
    it: a possessive and such a word ("Mi Esposa Annika", "my uncle Jareth", "Ma Femme
    Odile"), or a relative's word alone that is no given name or surname itself ("Uncle
    Jareth", "Stepsister Mirela"; not "Son Hana", "Mari Anna", "Cousin Brevard")."""
    if start > 0 and fold(words[start - 1]) in _POSSESSIVES and start < end:
        possessed = True  # "my" went as an edge word: the next word is what is hers
    elif start + 1 < end and fold(words[start]) in _POSSESSIVES:
        possessed = True
        if _relation_word(words[start + 1]):
            start += 1
    else:
        possessed = False
    moved = start
    while moved < end and _relation_word(words[moved]):
        folded = fold(words[moved])
        own = first_name(folded) is not None or folded in common_surnames()
        if not possessed and (own or folded in _SPOUSE_WORDS):
            break  # a partner's word alone: see clean_target (before a first name only)
        moved += 1
    if moved == start and start < end and fold(words[start]) in _POSSESSIVES:
        return start  # a possessive before no relation word ("Mi Na"): a name's own word
    return moved


# Words that link a name to what the title says next ("Peregrine Trevucombe through the
# decades", "Sigrun Oxlucombe at 30"), read as a last word of the name
_TRAILING_LINKS = frozenset(
    {"through", "at", "in", "with", "from", "of", "for", "on", "by", "and", "the", "as", "vs",
     "via", "during", "into", "over", "across"}
)  # fmt: skip


def _link_end(words: list[str], start: int, end: int) -> int:
    """Where a name ends before a link word that a title's reading kept as its last word
    ("Peregrine Trevucombe Through"): only when two words or more are left before it and the
    name is not written in capitals ("JUNO AT", initials). The same link word inside, after a
    whole name, ends it with what it links ("<Given> <Family> of <Group>", "... from <Town>":
    target19); one word before it is kept whole ("<Given> of <Place>" may be how she is known)."""
    if end - start <= 2:
        return end
    if any(w.isupper() and len(w) > 1 for w in words[start:end]):
        return end
    for i in range(start + 2, end):
        if fold(words[i]) in _TRAILING_LINKS:
            return i
    return end


# Third-person pronouns in Korean, Chinese and Japanese script ("그녀는 아나운서입니다": "she is
# an announcer"): read as a name by their syllables, they name nobody.
SCRIPT_PRONOUNS = frozenset({"그녀", "그", "그분", "她", "他", "彼女", "彼", "かのじょ", "かれ"})


# Words of other languages for a woman, a wife or a man ("Frau", "femme", "homme"): before a
# first name they say who the person is to the uploader, no part of the name.
_SPOUSE_WORDS = FEMALE_LOAN_WORDS | MALE_LOAN_WORDS | frozenset(
    # a partner, a wife or a husband in the languages uploaders write ("meine Freundin Noor")
    {"freundin", "freund", "ehefrau", "novia", "novio", "esposa", "esposo", "namorada",
     "namorado", "fidanzata", "fidanzato", "moglie", "marito", "copine", "copain", "epouse",
     "vriendin", "vrouw", "esim", "sevgilim",
     # a husband or a wife ("mein Mann Vidar", "mój mąż", "mijn echtgenoot", "min fru")
     "mann", "ehemann", "marido", "maz", "echtgenoot", "fru", "wife", "husband", "girlfriend",
     "boyfriend", "fiance", "fiancee"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class GivenName:
    """The given name of a finding's target: the letters it may be written with in a gender
    hit's text (folded, letters and digits only) and the name tables' gender letter."""

    forms: frozenset[str]
    gender: str  # f | m | u
    # read by the East-Asian tables (a Chinese, Japanese or Korean name in script or romanised):
    # the Western first-name tables' guess of its given name is no evidence ("Soma", "Hana")
    east_asian: bool = False


# The gender of a live-action role's actor, named (signals/fiction.py): the tables' guess for
# the actor's given name, weighted as a gendered word; it speaks only of the finding's target.
ACTOR_NOTE = "actor"
TARGET_NAME_VOTE = 0.3  # the tables' gender of the target's own given name: a name guess
# A name guess for a word that is not the target's given name (a role's or a cosplayed
# character's first name, a surname read as a first name, a title word) speaks of someone or
# something else: it counts for this much of its score.
OFF_TARGET = 0.5
# Such a guess against the target's own given name of a clear gender counts for less still
# ("Esmee Travett" and "prem" read in the title "Premiere look"): the finding is hers.
OFF_TARGET_AGAINST = 0.25
# Notes of votes that are no gendered word of the uploader's: the name guesses, and clothing
# words worn mostly by women (a weak vote any first name outweighs).
_NOT_DIRECT_NOTES = NAME_GUESS_NOTES | {"female-coded"}
DIRECT_ALONE = 0.4  # a direct vote (one pronoun) with none against it halves the table's
# A pronoun of the description that follows the sentence naming the finding's target (see
# signals/gender_words.py): the subject's own pronoun. Against it, tags of the other gender
# ("girl", "woman", "1girl": often the uploader's default tags) count as one tag, halved.
SUBJECT_PRONOUN_NOTE = "pronoun of a named subject"
# They/them stated as the person's own pronouns ("@handle (they/them)"): no guess from a name
# read in a field speaks against it (only a gendered word of the uploader's still votes).
STATED_NEUTRAL_NOTE = "stated pronouns"
# An honorific written before a name ("Mrs. <Name>", "Señor <Name>", "<이름> 양"): counted,
# like a subject's pronoun, only when the name after it is the finding's target.
HONORIFIC_NOTE = "honorific"
# The real name written beside an alias ("<Given> <Surname>, better known as @handle"; see
# signals/gender_words.py): for a target of one word (that handle, a stage name) its given name
# is the target's given name.
REAL_NAME_NOTE = "real name of an alias"
TAGS_AGAINST_SUBJECT = 0.5
_WORD_BREAK = re.compile(r"[\s_.]+")


# Words that open a handle before its owner's name ("the.noemi.show", "itsmaren" apart as
# "its_maren", "real_odile", "official.tobias"): no given name, whatever the tables say of them.
_HANDLE_OPENERS = frozenset({"the", "its", "im", "iam", "real", "official", "just", "hey", "hi"})


@lru_cache(maxsize=65536)
def given_name(target: str) -> GivenName | None:
    """The given name of a target name, read as the name tables read it: a Chinese, Japanese
    or Korean name in script or romanised (family name first or last) by the East-Asian
    tables alone (a romanised given name gets no Western guess: "Soma" is a Japanese man's
    name and a woman's elsewhere), any other name's first word by the first-name tables, a
    one-word target (a private first name, a stage name) as a whole, without a post or title
    written before it ("Judge Delphine": Delphine). None for no letters."""
    target = without_role(unmasked(target))  # "Odіle" with a Cyrillic і: Odile
    if east_asian.HAS_SCRIPT.search(target):
        found = east_asian.script_names(target)
        if found:
            name = found[0]
            gender = name.gender
            if name.origin == "kr":
                hangul = [ch for ch in name.text if east_asian.is_hangul(ch)]
                gender = _korean_or(korean_gender("".join(hangul[-2:])), gender)
            return GivenName(frozenset({_letters(name.text), name.given}), gender, True)
        return _script_given(target) or _hangul_given(target)
    words = [w for w in _WORD_BREAK.split(target) if _letters(w)]
    if not words:
        return None
    if len(words) > 1:
        for name in _romanised_variants(target):
            if name.span[1] - name.span[0] >= len(target.strip()) - 1:  # the whole target
                given = _letters(name.given)
                hyphened = {_letters(w) for w in words if _letters(w) == given}
                hyphened |= {_letters(w) for w in words if _plain_hepburn(w) == given}
                gender = name.gender
                # a given name the Western tables hold too ("Tara Lee", "Mina Cho") keeps their
                # guesses beside the East-Asian tables'
                western = any(name_gender(w) in ("f", "m") for w in {given, *hyphened})
                if gender == "u" and name.origin == "cn":
                    gender = pinyin_gender(given)
                elif name.origin == "kr" and not (western and given not in _korean_rows()[0]):
                    gender = _korean_or(korean_gender(given), gender)
                return GivenName(frozenset({given, *hyphened}), gender, not western)
        korean = _korean_romanised(words)
        if korean is not None:
            return korean
        vietnamese = _vietnamese_given(words)
        if vietnamese is not None:
            return vietnamese
    while len(words) > 1 and _letters(words[0]) in _HANDLE_OPENERS:
        words = words[1:]  # "the.noemi.show", "its_maren_daily": the name after the opener
    first = _letters(words[0])
    gender = name_gender(first) if first.isalpha() else "u"
    if gender == "u" and not first.isascii():
        # a given name in a script whose vowel signs are no letters ("प्रिया", "ปริยา"): the
        # tables hold it with its signs
        gender = _signed_gender(words[0])
    if gender == "u" and not first.isascii():
        # a Georgian, Armenian or Ethiopic given name, looked up in Latin letters ("Լուսինե":
        # lusine, "አቤል": abel)
        romanised = romanise_caucasian(words[0]) or romanise_ethiopic(words[0])
        gender = name_gender(romanised) if romanised else "u"
    if gender == "u" and "-" in words[0]:
        # a hyphenated given name ("Fenella-Jessamy"): its first part's gender, else its second's
        parts = [_letters(p) for p in words[0].split("-") if _letters(p).isalpha()]
        genders = {name_gender(p) for p in parts[:2]} - {"u"}
        if len(genders) == 1:
            return GivenName(frozenset({first, *parts[:2]}), genders.pop())
    return GivenName(frozenset({first}), gender)


def _signed_gender(word: str) -> str:
    """The tables' gender of a word written with its vowel signs (Indic scripts, Thai); an
    Indic name the tables lack, by its romanisation and its ending (detect/indic.py)."""
    signed = "".join(ch for ch in word if ch.isalnum() or unicodedata.category(ch)[0] == "M")
    if signed == _letters(word) or not signed[:1].isalpha():
        return "u"
    gender = name_gender(signed)
    if gender == "u" and indic.INDIC.match(signed):
        return indic.given_gender(signed)
    return gender


# Korean given names (data/korean_given_gender.csv.gz, scripts/build_gender_korean.py): the
# share of women among a name's bearers, corrected for the source's lean to men, and the sums of
# those shares over the names holding a syllable first or second. A name of the table is f or m
# at KOREAN_SHARE or 1 - KOREAN_SHARE, else u; a name it lacks votes with its syllables, whose
# odds multiplied must reach KOREAN_SYLLABLE_ODDS (leave-one-out on the table's names of a clear
# gender: 97 % right on the 84 % it decides).
KOREAN_SHARE = 0.8
KOREAN_SYLLABLE_ODDS = 4.0
# Syllables as people write them (east_asian.KOREAN_VARIANTS), in the Revised Romanization
_KOREAN_RR = {
    "yoon": "yun", "young": "yeong", "jung": "jeong", "hyun": "hyeon", "soo": "su", "joo": "ju",
    "woo": "u", "kyung": "gyeong", "chul": "cheol", "sung": "seong", "hee": "hui", "sook": "suk",
    "ah": "a", "ahn": "an", "hoon": "hun", "joon": "jun", "kyu": "gyu", "shin": "sin",
    "yoo": "yu", "you": "yu", "kyeong": "gyeong", "youn": "yun", "hyung": "hyeong",
    "soon": "sun", "lim": "im", "rim": "rim", "ryu": "ryu", "eon": "eon",
}  # fmt: skip


@lru_cache(maxsize=1)
def _korean_rows() -> tuple[dict[str, float], dict[tuple[str, str], tuple[float, float]]]:
    names: dict[str, float] = {}
    syllables: dict[tuple[str, str], tuple[float, float]] = {}
    for kind, form, female, male in east_asian.data_rows("korean_given_gender.csv.gz", 4):
        if kind == "name":
            names[form] = float(female)
        else:
            syllables[(kind, form)] = (float(female), float(male))
    return names, syllables


def _korean_or(corrected: str | None, table: str) -> str:
    """The corrected table's gender where it reads one, else the East-Asian table's (a share
    the correction leaves between, "태오", keeps the source's own reading)."""
    return corrected if corrected in ("f", "m") else table


@lru_cache(maxsize=1)
def _given_syllables() -> frozenset[str]:
    """The syllables of the tables' Korean given names and their usual spellings."""
    return frozenset(east_asian.tables().korean_syllables | east_asian.KOREAN_VARIANTS)


@lru_cache(maxsize=1)
def _written_syllables() -> frozenset[str]:
    """Every hangul syllable's romanisation and the spellings of :data:`_KOREAN_RR`."""
    return east_asian._all_korean_syllables() | frozenset(_KOREAN_RR)


@lru_cache(maxsize=65536)
def korean_gender(given: str) -> str | None:
    """The gender letter (f, m, u) of a Korean given name of two syllables, in hangul or
    romanised ("서윤", "seoyun", "seoah"), by the corrected table (see above); None when neither
    the table nor the syllables' vote can read it."""
    names, syllables = _korean_rows()
    share = names.get(given)
    if share is not None:
        return "f" if share >= KOREAN_SHARE else "m" if share <= 1 - KOREAN_SHARE else "u"
    if east_asian.is_hangul(given) and len(given) == 2:
        parts = list(given)
    elif given.isascii() and given.isalpha():
        split = east_asian._split_syllables(given, _given_syllables(), 2)
        if split is None or len(split) != 2:
            return None
        parts = [_KOREAN_RR.get(p, p) for p in split]
    else:
        return None
    log = 0.0
    for kind, part in zip(("s1", "s2"), parts, strict=True):
        if (kind, part) not in syllables:
            return None  # a syllable no ranked name holds there: no vote
        female, male = syllables[(kind, part)]
        log += math.log((female + 1) / (male + 1))
    if log >= math.log(KOREAN_SYLLABLE_ODDS):
        return "f"
    if log <= -math.log(KOREAN_SYLLABLE_ODDS):
        return "m"
    return "u"


_HANGUL_TARGET = re.compile("[\uac00-\ud7a3]{3,4}")


def _hangul_given(target: str) -> GivenName | None:
    """The given name of a hangul target of three or four syllables whose family name the
    tables lack ("선우하린", a family name of two syllables): its last two syllables, when
    :func:`korean_gender` reads them as a woman's or a man's."""
    run = target.strip()
    if _HANGUL_TARGET.fullmatch(run) is None:
        return None
    given = run[-2:]
    gender = korean_gender(given)
    if gender not in ("f", "m"):
        return None
    return GivenName(frozenset({given, east_asian.romanise_hangul(given)}), gender, True)


def _korean_romanised(words: list[str]) -> GivenName | None:
    """The given name of a romanised Korean name of two words that the East-Asian reader does
    not take whole ("Hwangbo Ji-ahn", "Jegal Chaei": a syllable written as people write it, a
    one-vowel syllable): a Korean family name of the tables, the other word two syllables of
    hangul's romanisations that no first-name table holds, read by :func:`korean_gender`."""
    if len(words) != 2:
        return None
    surnames = east_asian.tables().surnames
    for family, other in (words, words[::-1]):
        if "kr" not in surnames.get(_letters(family), {}):
            continue
        inventory = _written_syllables()
        given = _letters(other)
        if not given.isascii() or not given.isalpha() or name_gender(given) != "u":
            continue
        parts = [_letters(p) for p in other.split("-")]
        if len(parts) != 2 or not all(parts):
            split = east_asian._split_syllables(given, inventory, 2)
            parts = split if split is not None else []
        if len(parts) != 2 or not all(p in inventory for p in parts):
            continue
        gender = korean_gender("".join(_KOREAN_RR.get(p, p) for p in parts))
        if gender in ("f", "m"):
            return GivenName(frozenset({given}), gender, True)
    return None


# Kunrei-shiki romaji and its Hepburn forms ("Tizuru" is "Chizuru", "Husako" is "Fusako")
_KUNREI = (("sy", "sh"), ("ty", "ch"), ("zy", "j"), ("si", "shi"), ("ti", "chi"), ("tu", "tsu"),
           ("zi", "ji"), ("hu", "fu"))  # fmt: skip
_MARKS = re.compile("[\u0300-\u036f]")


def _romanised_variants(target: str) -> tuple[east_asian.Name, ...]:
    """The romanised East-Asian names of a target as written, else with its long-vowel marks
    dropped ("Ryûnosuke", "Ryūnosuke": Ryunosuke), else with a Kunrei-shiki word in Hepburn."""
    found = east_asian.romanised_names(target)
    if found or not target.isascii() and _VIETNAMESE_LETTER.search(target.lower()):
        return found
    plain = _MARKS.sub("", unicodedata.normalize("NFD", target))
    if plain != target:
        found = east_asian.romanised_names(plain)
        if found:
            return found
    words = plain.split()
    hepburn = [_hepburn(w) for w in words]
    if len(words) == 2 and hepburn != words:
        return east_asian.romanised_names(" ".join(hepburn))
    return ()


def _plain_hepburn(word: str) -> str:
    """A word's letters without marks, in Hepburn ("Ryûnosuke", "Tizuru": ryunosuke, chizuru)."""
    return _letters(_hepburn(_MARKS.sub("", unicodedata.normalize("NFD", word))))


def _hepburn(word: str) -> str:
    """A capitalised word of Kunrei-shiki romaji in Hepburn, else the word."""
    lower = word.lower()
    if not word[:1].isupper() or not lower.isalpha() or not lower.isascii():
        return word
    for kunrei, hepburn in _KUNREI:
        if kunrei in lower and not (kunrei[0] in "st" and hepburn in lower):
            lower = lower.replace(kunrei, hepburn)
    return lower.capitalize()


# Vietnamese names are written family name, middle name, given name ("Lưu Khánh Linh"): the
# given name is the last word. A target is read so when a word carries a letter only Vietnamese
# writes (ư, ơ, a tone mark below or a hook above), or when it has three words, the
# first one of the most common Vietnamese family names and the second a common middle name
# ("Nguyen Thi Quellan"; not "Le Petit Prince"). The middle name Thị is a woman's
# and Văn a man's almost always: they decide before the given name's table gender.
# (not ă and đ, which Romanian and Croatian write too, nor Yoruba's ẹ and ọ)
_VIETNAMESE_LETTER = re.compile("[\u01a0\u01a1\u01af\u01b0\u1ea0-\u1eb7\u1eba-\u1ecb\u1ece-\u1ef9]")
VIETNAMESE_FAMILY = frozenset(
    {"nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do",
     "ho", "ngo", "duong", "ly", "luu", "trinh", "dinh", "truong"}
)  # fmt: skip
_VIETNAMESE_MIDDLE = {"thi": "f", "van": "m"}
VIETNAMESE_MIDDLE_NAMES = frozenset(
    {"thi", "van", "ngoc", "thanh", "minh", "duc", "quoc", "huu", "kim", "thu", "hoang", "bao",
     "khanh", "xuan", "anh", "phuong", "hong", "gia", "tuan", "dinh", "cong", "quang", "trong",
     "my", "diem", "thuy", "hai", "nhat", "phuc"}
)  # fmt: skip


def _vietnamese_given(words: list[str]) -> GivenName | None:
    """The given name of a Vietnamese name (see above), else None."""
    if not 2 <= len(words) <= 4:
        return None
    folded = [fold(w) for w in words]
    accented = any(_VIETNAMESE_LETTER.search(w.lower()) for w in words)
    family_first = folded[0] in VIETNAMESE_FAMILY and folded[1] in VIETNAMESE_MIDDLE_NAMES
    # "Văn" or "Thị" written with its mark in the middle: Vietnamese whatever the family name
    # ("Quách Văn Toàn"; ă alone is Romanian too, so it is no accent of ``_VIETNAMESE_LETTER``)
    marked_middle = len(words) >= 3 and any(w.lower() in ("văn", "thị") for w in words[1:-1])
    if not accented and not marked_middle and not (len(words) == 3 and family_first):
        return None
    given = folded[-1]
    if not given.isalpha():
        return None
    middle = {_VIETNAMESE_MIDDLE[w] for w in folded[1:-1] if w in _VIETNAMESE_MIDDLE}
    gender = middle.pop() if len(middle) == 1 else name_gender(given)
    return GivenName(frozenset({given, _letters(words[-1])}), gender)


# Pinyin syllables of Chinese given names: a romanised given name the East-Asian tables lack
# (or hold as either gender) gets the gender its syllables' characters lean to. Each syllable
# votes with the female and male shares of the table's hanzi given names that hold a character
# read so (smoothed by one); one side must reach PINYIN_VOTES_MIN and lead by PINYIN_MARGIN.
# Leave-one-out on the table's 7,554 gendered hanzi given names: right on 0.954 of the 61 % it
# decides (4,429 right, 213 wrong), the rest unknown.
PINYIN_VOTES_MIN = 0.5
PINYIN_MARGIN = 2.0


@lru_cache(maxsize=1)
def _pinyin_shares() -> dict[str, tuple[float, float]]:
    counts: dict[str, list[int]] = {}
    rows = east_asian.data_rows("east_asian_names.csv.gz", 6)
    for kind, form, _key, gender, origin, _rank in rows:
        if kind != "given" or origin != "cn" or gender not in ("f", "m") or len(form) > 2:
            continue
        if not all("\u3400" <= ch <= "\u9fff" for ch in form):
            continue
        syllables = east_asian.pinyin_syllables(form)
        for syllable in set(syllables or ()):
            counts.setdefault(syllable, [0, 0])[gender == "m"] += 1
    return {s: (f / (f + m + 1), m / (f + m + 1)) for s, (f, m) in counts.items()}


@lru_cache(maxsize=65536)
def pinyin_gender(given: str) -> str:
    """The gender letter (f, m, u) of a romanised Chinese given name of two pinyin syllables
    by their votes (``wanqing``: "wan" and "qing" lean to women's names; ``zhiheng``: both
    to men's)."""
    if not given.isascii() or not given.isalpha():
        return "u"
    syllables = east_asian._split_syllables(given, east_asian.tables().syllables, 2)
    if syllables is None or len(syllables) != 2:
        return "u"  # the table's hanzi given names are of two characters: one is not measured
    return east_asian.share_vote(_pinyin_shares(), syllables, PINYIN_VOTES_MIN, PINYIN_MARGIN)


# three or four hanzi, kanji or kana (a hangul name's family names are all in the tables)
_SCRIPT_TARGET = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\u3041-\u3096\u30a1-\u30fa\u30fc]{3,4}")
_KANA_TAIL = re.compile("[\u3041-\u3096\u30a1-\u30fa\u30fc]{2,4}$")


@lru_cache(maxsize=1)
def _surname_characters() -> frozenset[str]:
    """The characters of the East-Asian tables' family names in script."""
    surnames = east_asian.tables().surnames
    return frozenset(ch for form in surnames if east_asian.HAS_SCRIPT.search(form) for ch in form)


def _script_given(target: str) -> GivenName | None:
    """The given name of a target written in script whose family name the tables lack
    ("鷹野七海", "鲍静怡"): a kana tail, else the last two characters of a name of three or
    four, or the last one of three that opens with a character of the tables' family names (a
    family name of two kanji: "東雲樹"), by the East-Asian tables' gender of it, else by its
    characters' votes (``given_gender``; "荣书瑶": 书 and 瑶, characters all seen in given
    names). The readings of a name of three that give a gender must agree; None otherwise."""
    run = target.strip()
    if _SCRIPT_TARGET.fullmatch(run) is None:
        return None
    kana = _KANA_TAIL.search(run)
    if kana and kana.start():
        readings = [kana.group(0)]
    elif len(run) == 3 and run[0] in _surname_characters():
        readings = [run[-2:], run[-1:]]
    else:
        readings = [run[-2:]]
    shares = east_asian._part_shares()
    found = {
        (given, gender)
        for given in readings
        # a reading the tables lack votes only with characters all seen in given names
        # ("写真集": 集 is in none)
        if (given in east_asian.tables().given or all(ch in shares for ch in given))
        and (gender := east_asian.given_gender(given)) in ("f", "m")
    }
    if len({gender for _, gender in found}) != 1:
        return None
    # a reading of one character is no romanised word of its own ("樹": shu)
    forms = {given for given, _ in found}
    forms |= {east_asian.romanise(given) for given, _ in found if len(given) > 1}
    return GivenName(frozenset(forms), found.pop()[1], True)


def _names_target(text: str, target: str, given: GivenName | None) -> bool:
    """Whether a text holds the target: its letters, or a word that is its given name. Marks
    are no difference: an honorific's name is read unmarked ("Ogbeni Oluwaseun" for
    "Ọ̀gbẹ́ni Olúwaṣeun")."""
    letters, written = _letters(target), _letters(text)
    if len(letters) >= _MIN_SPELT and letters in written:
        return True
    if not (letters.isascii() and written.isascii()):
        letters, written = _letters(fold(target)), _letters(fold(text))
        if len(letters) >= _MIN_SPELT and letters in written:
            return True
    if given is None:
        return False
    forms = given.forms | {fold(form) for form in given.forms if not form.isascii()}
    return any(
        _letters(word) in forms or _letters(fold(word)) in forms
        for word in _WORD_BREAK.split(text)
        if _letters(word)
    )


def _names_given(text: str, given: GivenName) -> bool:
    """Whether a gender hit's text is the target's given name (in script: its romanisation)."""
    if _letters(text) in given.forms:
        return True
    if east_asian.HAS_SCRIPT.search(text):
        return any(n.given in given.forms for n in east_asian.script_names(text))
    return False


_VOWEL = re.compile(r"[aeiouy]", re.IGNORECASE)


def _trigger_token(word: str) -> bool:
    """A made-up trigger token, no name: three letters or more with no vowel, not written in
    capitals as initials are ("cspl", "wsx"; not "JFK"; a name in leetspeak has digits)."""
    return (
        word.isascii()
        and word.isalpha()
        and len(word) >= 3
        and not word.isupper()
        and _VOWEL.search(word) is None
    )


# The endings of a Slavic surname borne by a woman ("Tesselenkova", "Wiśniewska", "Novákova",
# "Тесселенкова", "Вишневская")
_FEMININE_SURNAME = re.compile(
    r"(?:ova|eva|ová|ská|ska|skaya|ckaya|cka|cká|ова|ева|ёва|ская|цкая)$"
)


def _feminine_surname(target: str) -> bool:
    """Whether a two-word Latin or Cyrillic target ends on a Slavic woman's surname ending."""
    words = target.split()
    return (
        len(words) == 2
        and words[-1][:1].isupper()
        and len(words[-1]) >= 6
        and _FEMININE_SURNAME.search(words[-1].lower()) is not None
    )


def _patronymic_gender(target: str) -> str | None:
    """The gender a three-word target's middle word says as a Russian patronymic, else None."""
    words = target.split()
    return patronymic_gender(words[1]) if len(words) == 3 else None


# A handle of one word in camel case: a capitalised run of letters, then another word ("Live",
# "Plays", "GG", "TV", a surname)
_CAMEL_HANDLE = re.compile(r"([A-Z][a-z]{3,15})[A-Z][A-Za-z0-9]{1,20}")


def _camel_handle_gender(target: str) -> str | None:
    """The tables' gender of the given name a one-word camel-case handle opens on, else None:
    never a common English word ("Summer" of "SummerVibes"), nor a name the East-Asian tables
    may read."""
    found = _CAMEL_HANDLE.fullmatch(target.strip())
    if found is None:
        return None
    word = found.group(1).lower()
    entry = first_name(word)
    if entry is None and word in east_asian.common_english_words():
        return None
    if (entry is not None and entry.word) or word in east_asian.tables().given:
        return None
    gender = name_gender(word)
    return {"f": "female", "m": "male"}.get(gender)


# A Javanese given name, often borne alone, marks its bearer by its ending: a woman's -ningsih,
# -ningrum, -ningtyas ("of the heart", "fragrant"), -wati, -astuti, a man's -kusumo, -broto,
# -harjo, -atmojo, -prawiro, -wibowo, -yanto; and the pairs built on the prefix Su- end on -i
# for a woman and -o for a man (Su-...-i, Su-...-o: one stem, two bearers).
_JAVANESE_ENDING = re.compile(
    r"(ningsih|ningrum|ningtyas|ningtias|wati|astuti|lestari|^su[a-z]{4,}i)$"
    r"|(kusumo|broto|hardjo|harjo|atmodjo|atmojo|prawiro|wiryo|sastro|wibowo|widodo|santoso"
    r"|yanto|^su[a-z]{4,}o)$"
)
JAVANESE_MIN = 7  # letters of such a name: shorter words end so by chance


def _javanese_gender(target: str) -> str | None:
    """The gender a one-word target's Javanese ending says (above), else None: never for a
    word the East-Asian tables may read (a Japanese family name "Sugimoto" in romaji)."""
    word = target.strip()
    if not (word.isascii() and word.isalpha()) or len(word) < JAVANESE_MIN:
        return None
    key = word.lower()
    found = _JAVANESE_ENDING.search(key)
    if found is None:
        return None
    t = east_asian.tables()
    if key in east_asian.common_english_words() or key in t.surnames or key in t.given:
        return None  # "superhero", "sudoku"
    if east_asian.romaji_family_name(key):
        return None
    if any(n.span[1] - n.span[0] >= len(word) - 1 for n in east_asian.romanised_names(word)):
        return None
    return "female" if found.group(1) else "male"


def _surname_read(text: str, target: str | None) -> bool:
    """Whether a name guess's word is the start of a later word of the target, its surname
    read as a first name ("bram" of "Kalinda Brammofield"): it says nothing of the person. A
    later word that is the guess whole is a given name written last ("Brandauerova Liesel")."""
    letters = _letters(text)
    if target is None or len(letters) < 3:
        return False
    later = [_letters(w) for w in _WORD_BREAK.split(target)[1:]]
    return any(w.startswith(letters) and w != letters for w in later)


def _given_cut(text: str, given: GivenName) -> bool:
    """Whether a name guess's word is the start of the target's own given name, a cut of it
    ("phil", "philipp" of "Philippa"): the same word misread, no other person."""
    letters = _letters(text)
    return len(letters) >= 3 and any(f.startswith(letters) and f != letters for f in given.forms)


def _handle_given(text: str, given: GivenName) -> bool:
    """Whether a name guess's word opens a one-word target the tables know no gender of, a
    handle built on the person's given name ("severin" of "SeverinGG", "ottilie" of
    "OttilieLive"): the guess is the target's own given name."""
    return given.gender not in ("f", "m") and not given.east_asian and _given_cut(text, given)


_APART = re.compile(r"[\s_.\-]+")


def _western_whole_name(target: str) -> bool:
    """A target of two words or more that is no Chinese, Japanese or Korean name (in script or
    romanised, or with a family name of the East-Asian tables: a romanised given name's gender
    in the first-name tables is often either)."""
    words = [_letters(w) for w in target.split()]
    if len(words) < 2 or east_asian.HAS_SCRIPT.search(target):
        return False
    surnames = east_asian.tables().surnames
    if any(w in surnames or east_asian.romaji_family_name(w) for w in words):
        return False  # "Luan Xu", "Soma Mitarai": a family name of those tables
    return not any(
        n.span[1] - n.span[0] >= len(target.strip()) - 1 for n in east_asian.romanised_names(target)
    )


def _written_apart(hits: Sequence[Hit], target: str | None) -> bool:
    """Whether a target hit's text writes the target's words apart ("Horatio Marrickard",
    ``horatio_marrickard``), not one word read as two ("theishitavenkat" → "Theis
    Hitavenkat")."""
    if target is None:
        return False
    letters = _letters(target)
    return any(len(_APART.split(h.text.strip())) >= 2 and _letters(h.text) == letters for h in hits)


def decide_gender(
    hits: Sequence[Hit],
    prior: tuple[str, float] | None = None,
    target: str | None = None,
    *,
    name_decides: bool = False,
    shown: str | None = None,
) -> str:
    """Female, male or unknown by weighted votes; one side must outweigh the other by
    ``GENDER_MARGIN``. ``prior`` (a gender and its weight) is one more, weak vote.

    ``target`` is the finding's target name: the tables' gender of its given name is one more
    name guess (:data:`TARGET_NAME_VOTE`), and a name guess for another word counts for less
    (:data:`OFF_TARGET`): the finding's gender is its target's. With ``name_decides`` (a
    target some field writes as a whole name, its words apart), a given name of a clear gender
    outweighs tags of the other gender that nothing else supports (:func:`_name_over_tags`).
    ``shown`` is the finding's target as displayed when it is no name that votes (a name read
    from the description only): an honorific before another name (a role's "Countess Ilvane")
    then speaks of someone else."""
    votes = {"female": 0.0, "male": 0.0}
    given = given_name(target) if target else None
    real = next((h.text for h in hits if h.note == REAL_NAME_NOTE and h.value in votes), None)
    if real is not None and target and len(target.split()) == 1:
        # a handle or a one-word stage name: the real name beside it gives the given name
        given = given_name(real) or given
    # The given name name guesses are weighed against: the target's, else that of the target as
    # displayed (read from the description only: it casts no vote of its own, but a guess for
    # another word, a role's "Dottie" beside "<Given> <Surname> in costume", speaks less).
    weighed = given if given is not None else given_name(shown) if shown else None
    # The first-name table (with a script name's guess) is one piece of evidence however
    # many signals look it up: its strongest vote per gender counts, not their sum (a unisex
    # "Alex" seen by three signals must not outvote a "girl" trigger).
    table = {"female": 0.0, "male": 0.0}
    direct = {"female": 0.0, "male": 0.0}
    tags = {"female": 0.0, "male": 0.0}  # the strongest tag vote of each side
    tag_sum = {"female": 0.0, "male": 0.0}
    subject: set[str] = set()  # sides a pronoun of the named target speaks for
    for hit in hits:
        if hit.aspect == "gender" and hit.value in votes:
            if hit.note == REAL_NAME_NOTE:
                continue  # counted as the target's given name (above), or of another target
            if hit.note in (SUBJECT_PRONOUN_NOTE, HONORIFIC_NOTE):
                if target is None:
                    if (
                        hit.note == HONORIFIC_NOTE
                        and shown
                        and not _names_target(hit.text, shown, given_name(shown))
                    ):
                        continue  # the honorific of another name than the finding's
                    # no target: the person the title or the description's opening names
                    votes[hit.value] += hit.score
                    if hit.note == SUBJECT_PRONOUN_NOTE:
                        subject.add(hit.value)
                elif target and _names_target(hit.text, target, given):
                    votes[hit.value] += hit.score
                    subject.add(hit.value)
                continue
            if (
                hit.note == ACTOR_NOTE
                and given is not None
                and not _names_given(hit.text, given)
                and not _handle_given(hit.text, given)
            ):
                continue  # the tables' guess for another name than the target's (a role's)
            if hit.field == "tags" and hit.note not in NAME_GUESS_NOTES:
                tags[hit.value] = max(tags[hit.value], hit.score)
                tag_sum[hit.value] += hit.score
            if hit.note in NAME_GUESS_NOTES:
                if (
                    hit.note == FIRST_NAME_NOTE
                    and given is not None
                    and given.east_asian
                    and _names_given(hit.text, given)
                ):
                    continue  # the East-Asian tables read this given name, not the Western
                score = hit.score
                if (
                    weighed is not None
                    and not _names_given(hit.text, weighed)
                    and not _handle_given(hit.text, weighed)
                ):
                    cut = _surname_read(hit.text, target or shown) or _given_cut(hit.text, weighed)
                    against = weighed.gender in ("f", "m") and hit.value[:1] != weighed.gender
                    score *= 0.0 if cut else OFF_TARGET_AGAINST if against else OFF_TARGET
                table[hit.value] = max(table[hit.value], score)
            else:
                votes[hit.value] += hit.score
                if hit.note not in _NOT_DIRECT_NOTES:
                    direct[hit.value] += hit.score
    if given is not None and given.gender in ("f", "m"):
        side = "female" if given.gender == "f" else "male"
        table[side] = max(table[side], TARGET_NAME_VOTE)
    elif given is not None and target and (side := _patronymic_gender(target) or ""):
        # a given name the tables lack, a Russian patronymic ("Ilvana Sergeevna Tokmarova")
        table[side] = max(table[side], TARGET_NAME_VOTE)
    elif given is not None and target and _feminine_surname(target):
        # a given name the tables lack, a Slavic surname's feminine ending ("-ova", "-ska")
        table["female"] = max(table["female"], TARGET_NAME_VOTE)
    elif given is not None and target and (side := _camel_handle_gender(target) or ""):
        # a one-word handle opening on a given name ("MarenPlays", "TobiasBakes")
        table[side] = max(table[side], TARGET_NAME_VOTE)
    elif given is not None and target and (side := _javanese_gender(target) or ""):
        # a one-word Javanese name the tables lack, by its ending ("Wulansetyaningsih",
        # "Hartawibowo")
        table[side] = max(table[side], TARGET_NAME_VOTE)
    if any(hit.note == STATED_NEUTRAL_NOTE for hit in hits):
        table = {"female": 0.0, "male": 0.0}
    if len(subject) == 1:
        other = "male" if "female" in subject else "female"
        votes[other] -= tag_sum[other] - tags[other] * TAGS_AGAINST_SUBJECT
        direct[other] -= tag_sum[other] - tags[other] * TAGS_AGAINST_SUBJECT
    named_side = (
        _name_over_tags(given, subject, votes, direct, tags, tag_sum, table)
        if name_decides and target is not None and _western_whole_name(target)
        else None
    )
    if named_side is None and not subject:
        named_side = _title_over_tags(hits, given, votes, tag_sum)
    if named_side is not None:
        # "Horatio Marrickard" tagged girl, woman: the tags are the uploader's boilerplate;
        # the target's own given name of a clear gender decides (its table vote is not
        # halved), the tags against it count as one tag at TAGS_AGAINST_NAME
        other = "male" if named_side == "female" else "female"
        votes[other] = tags[other] * TAGS_AGAINST_NAME
        direct[other] = 0.0
    # A gendered word the uploader chose (a "woman" tag, 女明星, "actress", pronouns) says
    # more than the first-name table's guess from a name read in a field; a table vote
    # against it counts for less (romanised given names are often of either gender).
    for side, other in (("female", "male"), ("male", "female")):
        if other == named_side:
            continue
        if votes[side] >= DIRECT_VOTE or (direct[side] >= DIRECT_ALONE and not direct[other]):
            table[other] *= TABLE_AGAINST_DIRECT
    female, male = votes["female"] + table["female"], votes["male"] + table["male"]
    if female > 0 and female >= GENDER_MARGIN * male:
        return "female"
    if male > 0 and male >= GENDER_MARGIN * female:
        return "male"
    # The prior decides only where no vote at all speaks (a vote of either side, however weak,
    # or a conflict, keeps it out), and a gender-neutral cue (a hit of value "unknown": "sks
    # person", they/them) keeps it out too.
    if (
        prior is not None
        and prior[0] in votes
        and female == male == 0
        and not any(h.value == "unknown" for h in hits)
    ):
        return prior[0]
    return "unknown"


# Against the target's own given name of a clear gender, tags of the other gender with no
# other word for that side (Civitai's boilerplate "girl", "woman" on a man's model) count as one
# tag at this weight.
TAGS_AGAINST_NAME = 0.25
_TAG_ONLY_SLACK = 1e-9


def _name_over_tags(
    given: GivenName | None,
    subject: set[str],
    votes: dict[str, float],
    direct: dict[str, float],
    tags: dict[str, float],
    tag_sum: dict[str, float],
    table: dict[str, float],
) -> str | None:
    """The side of the target's given name when tags alone speak against it: the target is a
    whole name (a given name and a surname, not a title word read as a first name: the caller
    checks), its given name of a clear gender in the tables and read in a name field (a table
    vote for it of a name shape's weight, :data:`DIRECT_VOTE` halved or more), no pronoun of
    the subject speaks, and every vote of the other side is a tag's, two tags or more (the
    default pair "girl", "woman"; one class tag alone keeps its weight: a woman with a name
    the tables hold as a man's is tagged so on purpose). None otherwise."""
    if given is None or given.gender not in ("f", "m") or subject:
        return None
    side = "female" if given.gender == "f" else "male"
    other = "male" if side == "female" else "female"
    if table[side] < DIRECT_VOTE * TABLE_AGAINST_DIRECT or table[other] > 0:
        return None
    if tag_sum[other] < tags[other] * 2 - _TAG_ONLY_SLACK or not tags[other]:
        return None  # one class tag alone ("woman") is a deliberate word: it keeps its weight
    if direct[other] > tag_sum[other] + _TAG_ONLY_SLACK:
        return None
    if votes[other] > tag_sum[other] + _TAG_ONLY_SLACK:
        return None  # a clothing word or another non-tag vote for the other side
    return side


# Trades whose masculine form is said of women too ("Malaysian actor 1" tagged woman): they keep
# their vote but do not outweigh the tags
COMMON_GENDER_TRADES = frozenset({"actor", "actors"})
TITLE_WORD = 0.8  # a gendered word of the title (gender_words: 0.9; a foreign one 0.9)


def _title_over_tags(
    hits: Sequence[Hit],
    given: GivenName | None,
    votes: dict[str, float],
    tag_sum: dict[str, float],
) -> str | None:
    """The side of a gendered word the uploader wrote in the title ("Tidewell singer (woman)")
    when every vote of the other side is a tag's ("man", "boy": often a merge's boilerplate):
    the title is the uploader's own word for this model. None when the title holds words of
    both sides, or the target's given name is of the other gender ("Lady Ottavia (series) -
    <a man's name>": the title's word is a role's)."""
    sides = {
        h.value
        for h in hits
        if h.aspect == "gender"
        and h.field == "name"
        and h.score >= TITLE_WORD
        and h.value in ("female", "male")
        and not h.note  # a gendered word as written, no reading of a name or a role
        and h.signal.startswith("gender_words@")
        and h.text.casefold() not in COMMON_GENDER_TRADES
    }
    if len(sides) != 1:
        return None
    side = sides.pop()
    other = "male" if side == "female" else "female"
    if given is not None and given.gender == other[:1]:
        return None
    if not tag_sum[other] or votes[other] > tag_sum[other] + _TAG_ONLY_SLACK:
        return None
    return side


def decide_prominence(hits: Sequence[Hit]) -> str:
    """Public figure, online creator, or private/unknown, by weighted votes.

    A stated audience decides between a private person and an online creator (a handle with 95
    followers is a private individual's), unless the subject holds a public role.
    """
    votes = dict.fromkeys(PROMINENCE_VALUES, 0.0)
    audience: str | None = None
    for hit in hits:
        if hit.aspect == "prominence" and hit.value in votes:
            votes[hit.value] += hit.score
            if hit.feature == AUDIENCE_FEATURE:
                audience = hit.value
    if audience is not None and votes["public_figure"] <= 0:
        return audience
    if votes["public_figure"] <= 0 and votes["online_creator"] <= 0:
        return "private_or_unknown"
    if votes["private_or_unknown"] > max(votes["public_figure"], votes["online_creator"]):
        return "private_or_unknown"
    return (
        "public_figure" if votes["public_figure"] >= votes["online_creator"] else "online_creator"
    )
