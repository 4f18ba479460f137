"""The combiner: a calibrated logistic model over signal features, fitted on labelled data by
``scripts/fit_combiner.py`` and stored as JSON in ``data/combiner_weights.json``.

A feature is a hit's ``feature`` (or its signal's name); its value is the strongest hit's score
plus a small share of any further hits, so two likeness tags count a little more than one.

Likeness also needs *evidence of a specific person*: a name, a gazetteer or platform flag, a
social or relationship cue, initials with a person word, a header that names someone. The model
type and person/photo tags ("woman", "realistic") are only weak features: they raise the score
of a record that has such evidence and are never enough alone (:func:`person_evidence`). One
interaction feature, ``conflict:name_negative``, lets a name-shaped hit count less when fiction,
style, concept or generic-face evidence stands beside it (an anime heroine's full name).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from dfaudit.detect.base import Hit

EXTRA_HIT_SHARE = 0.25
EXTRA_CAP = 1.0


@dataclass(frozen=True, slots=True)
class LogisticModel:
    """``sigmoid(bias + Σ weight·feature)``, thresholded at ``threshold``."""

    version: str
    bias: float
    weights: Mapping[str, float]
    threshold: float
    default_weight: float = 1.0  # for features no fit has seen (e.g. a new signal)

    def score(self, features: Mapping[str, float]) -> float:
        total = self.bias
        for name, value in features.items():
            total += self.weights.get(name, self.default_weight) * value
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))


# Features that describe the kind of model, not a person: never evidence on their own.
WEAK_PREFIXES = (
    "prior:",
    "tag:person_hint",
    "training_metadata:person_class",
    "live_action:role",  # a live-action role still needs a name or another person cue
    "conflict:",  # the name-versus-negative interaction: a name's discount, not evidence
    # Civitai's poi flag on a whole checkpoint is set creator-wide: it needs a person the page
    # names or describes ("NaturaLens, photorealistic checkpoint" flagged poi names no one)
    "flag:poi_checkpoint",
)
NAME_PREFIXES = (
    "name_shape:",
    "subject:name_is_name",
    "subject:trigger_abbreviates_name",
    "subject:name_tag",
    "subject:person_tag",
)
NEGATIVE_PREFIXES = (
    "fiction:",
    "generic:",
    "non_subject:",
    "gazetteer:character",
    "training_metadata:fiction",
    "training_metadata:non_subject",
)
# Celebrity as a scene or look voids anonymous evidence; it does not discount a name
# ("Red Carpet Girl" with a person's name as its trigger).
CELEBRITY_CONCEPT = "non_subject:celebrity_concept"
# Negative evidence that says what the model shows (an outfit, a pose, a face word), not that
# its name is a character's or a style's: a person's name beside it is not discounted
# ("Anna Kowal (red dress)", "Anna Kowal face").
NOT_CONFLICTING = frozenset(
    {
        CELEBRITY_CONCEPT,
        "non_subject:concept_name",
        "non_subject:concept_tag",
        "non_subject:tool_name",
        "generic:name",
        "generic:tag",
        "generic:disclaimer",
        "non_subject:sample_prompt",  # a person's Dreambooth checkpoint lists prompts too
    }
)
# Evidence that the subject is *some* real person without saying which one: likeness tags
# ("celebrity", an occupation), likeness wording, a stated occupation. It counts as person
# evidence only while nothing says the face is a kind of face, a look or a concept ("Korean
# doll likeness" tagged celebrity, "paparazzi photo (celebrity candid)").
ANONYMOUS_PREFIXES = (
    "tag:",
    "social:likeness_phrase",
    "subject:who_description",
    "social:platform_word",
    # a capitalised title read as a name ("Celeb Selfie", "Nordic Doll"): no name table spoke
    "subject:name_is_name",
    "subject:trigger_abbreviates_name",
    # a trigger run together from the model name's own words ("beautifulkor" of "beautiful
    # korean girl") reads as a name; beside a generic-face name it is one no more
    "name_shape:other:run_together",
)
# neg11: a title that names a generator of faces ("Celebrity Lookalike Generator", "Lookalike
# Randomizer") or a negative embedding that steers away from celebrities ("EasyNeg Celeb"):
# generic_subject and non_subject mark them with a feature worth nothing; beside such a mark a
# "lookalike" or a trade in the title resembles or names no one in particular ("<Name>
# look-alike" and "Lunetta (singer)" still name her).
NO_ONE_MARKS = frozenset({"generic:face_generator", "non_subject:avoids_people"})
MARKED_ANONYMOUS = ("subject:lookalike_name", "subject:occupation_name")
GENERIC_DENIALS = frozenset(
    {
        "generic:look",
        "generic:persona",
        "generic:ai_trigger",
        CELEBRITY_CONCEPT,
        "non_subject:style_name",
        "non_subject:tool_name",
        "non_subject:merge",  # a checkpoint that says it is a merge of models
    }
)
CONFLICT_FEATURE = "conflict:name_negative"
# Evidence that names the subject outright: the description introduces a named person ("this
# is Anna Kowal", "缪苒汐，中国内地模特"). (A named actor is not: a role's cue misreads a work's
# title as one, "Power Rangers".)
NAMED_SUBJECT = frozenset({"subject:labelled_name"})
# Look, youth and outfit words in the title or tags describe that named person ("<Name> - baby
# face look", "<Name> cute school uniform", "<Name> - cute idol style", a "school uniform" tag):
# beside a named subject they count for a share only.
# A plain "character" tag is how many uploads of real people are tagged: beside a subject the
# description names, it too counts for a share (a drawn medium's tag, fiction:tag_strong, not).
DESCRIBES_A_NAMED = frozenset(
    {
        "generic:look",
        "generic:name",
        "non_subject:concept_name",
        "non_subject:concept_tag",
        "non_subject:style_name",
        "fiction:tag",
        # a boilerplate "all images are AI generated, no real person" beside a description
        # that names the real person the model is inspired by: a disclaimer, not evidence
        "generic:not_real",
        "generic:disclaimer",
    }
)
NAMED_LOOK_SHARE = 0.5
# A persona its maker says is invented or AI-made ("a 24-year-old AI influencer from Kraków",
# "virtual idol of the group …"): the trade, platform and likeness words of its page and tags
# (influencer, instagram, idol, model) describe the persona, not a real person; they count for a
# share only.
# (the description's own words, not a "consistent character" tag alone, which 2023 uploads of
# celebrities carry as well; generic_subject marks them with a feature worth nothing)
PERSONA_DENIALS = frozenset({"generic:persona_said", "generic:ai_trigger"})
PERSONA_DESCRIBED = (
    "tag:explicit",
    "tag:occupation",
    "social:platform_word",
    "social:likeness_phrase",
    "subject:who_description",
)
PERSONA_SHARE = 0.25
# fresh19: a page that denies any real person ("generic beauty face LoRA, no real person",
# "a consistent character I made") beside a rare-token trigger with a person class ("ohwx
# woman", "sks man"): the trigger says one subject was trained, not that it is someone real.
# Beside the denial (and no subject the description names) it counts for a share.
REAL_DENIALS = frozenset({"generic:not_real", "generic:persona"})
ONE_SUBJECT = frozenset({"subject:rare_token_class"})
ONE_SUBJECT_SHARE = 0.25
# A checkpoint whose page lists sample prompts, and whose only names are the description's
# (none in the title, a trigger or a file): the names are the prompts' demo subjects, a share.
SAMPLE_PROMPT = "non_subject:sample_prompt"
SAMPLE_PROMPT_SHARE = 0.0
DESCRIPTION_NAMES = frozenset(
    {"name_shape:other:corroborated", "subject:labelled_name", "subject:who_description"}
)
# Generic face or look words of a title ("Faces I like", "asian beauty 07", "face lora") say the
# title names nobody; they do not speak against a name another field holds (a version name, a
# trigger word, a file name) while the title itself holds none: they count for a share only,
# and a name beside them is not discounted as one beside fiction or a style is.
TITLE_LOOK = frozenset({"generic:name", "generic:look"})
TITLE_NAME_PREFIX = "name_shape:name:"
OTHER_NAME_PREFIX = "name_shape:other:"
OTHER_NAME_SHARE = 0.25
NO_EVIDENCE_SHARE = 0.5  # without person evidence the score is capped at half the threshold


def features(hits: Iterable[Hit], aspect: str) -> dict[str, float]:
    """Feature values for one aspect: signed strongest score plus a share of the rest."""
    return features_by_aspect(hits, (aspect,))[aspect]


def features_by_aspect(hits: Iterable[Hit], aspects: Iterable[str]) -> dict[str, dict[str, float]]:
    """:func:`features` for several aspects in one pass over the hits."""
    grouped: dict[str, dict[str, list[float]]] = {aspect: {} for aspect in aspects}
    for hit in hits:
        by_key = grouped.get(hit.aspect)
        if by_key is not None:
            key = hit.feature or hit.signal.split("@", 1)[0]
            scores = by_key.get(key)
            if scores is None:
                by_key[key] = [hit.score]
            else:
                scores.append(hit.score)
    # A single score is its own value (``+ 0.0`` as the general formula adds, for -0.0).
    return {
        aspect: {
            name: scores[0] + 0.0 if len(scores) == 1 else _feature_value(scores)
            for name, scores in by_key.items()
        }
        for aspect, by_key in grouped.items()
    }


def _feature_value(scores: list[float]) -> float:
    """The strongest score (by magnitude) plus a capped share of the others, signed."""
    if len(scores) == 1:
        ordered = scores
        extra = 0.0
    else:
        ordered = sorted(scores, key=abs, reverse=True)
        extra = min(EXTRA_CAP, EXTRA_HIT_SHARE * sum(abs(s) for s in ordered[1:]))
    sign = 1.0 if ordered[0] >= 0 else -1.0
    return ordered[0] + sign * extra


# Civitai's poi flag on a whole checkpoint's showcase images: a realistic merge's samples show
# whoever its creator prompted, so on a checkpoint the flag is weak like the model's own.
IMAGE_POI = "flag:image_poi"
CHECKPOINT_TYPE = "non_subject:checkpoint"


def person_evidence(feats: Mapping[str, float]) -> bool:
    """Whether any positive likeness feature points at a specific person (not weak ones;
    anonymous ones only while no generic-face or concept cue denies a specific person)."""
    anonymous = False
    checkpoint = feats.get(CHECKPOINT_TYPE, 0.0) < 0
    marked = not NO_ONE_MARKS.isdisjoint(feats)
    for name, value in feats.items():
        if checkpoint and name == IMAGE_POI:
            continue
        if value > 0 and not name.startswith(WEAK_PREFIXES):
            if not name.startswith(ANONYMOUS_PREFIXES) and not (
                marked and name in MARKED_ANONYMOUS
            ):
                return True
            anonymous = True
    return anonymous and not any(feats[name] < 0 for name in GENERIC_DENIALS.intersection(feats))


def likeness_features(hits: Iterable[Hit]) -> dict[str, float]:
    """Likeness features plus the name-versus-negative-evidence interaction."""
    return with_conflict(features(hits, "likeness"))


def with_conflict(out: dict[str, float]) -> dict[str, float]:
    """Likeness features ``out`` with the name-versus-negative interaction added (in place),
    the look words of a named subject's title weighed down (:data:`DESCRIBES_A_NAMED`), and a
    generic title's words beside a name found only in another field too (:data:`TITLE_LOOK`)."""
    name = negative = 0.0
    if any(out[key] > 0 for key in NAMED_SUBJECT.intersection(out)):
        for key in DESCRIBES_A_NAMED.intersection(out):
            out[key] *= NAMED_LOOK_SHARE
    elif any(out[key] < 0 for key in REAL_DENIALS.intersection(out)):
        for key in ONE_SUBJECT.intersection(out):
            out[key] *= ONE_SUBJECT_SHARE
    if _bare_fiction_tag_beside_full_name(out):
        out[BARE_FICTION_TAG] *= NAMED_LOOK_SHARE
    if not PERSONA_DENIALS.isdisjoint(out):
        for key in out:
            if out[key] > 0 and key.startswith(PERSONA_DESCRIBED):
                out[key] *= PERSONA_SHARE
    if out.get(SAMPLE_PROMPT, 0.0) < 0 and all(
        key in DESCRIPTION_NAMES
        for key, value in out.items()
        if value > 0 and key.startswith((*NAME_PREFIXES, *DESCRIPTION_NAMES))
    ):
        for key in DESCRIPTION_NAMES.intersection(out):
            out[key] *= SAMPLE_PROMPT_SHARE
    title_look: frozenset[str] = frozenset()
    if not TITLE_LOOK.isdisjoint(out) and _name_elsewhere_only(out):
        title_look = TITLE_LOOK.intersection(out)
        for key in title_look:
            out[key] *= OTHER_NAME_SHARE
    for key, value in out.items():
        if value > 0 and key.startswith(NAME_PREFIXES):
            name = max(name, value)
        elif (
            value < 0
            and key.startswith(NEGATIVE_PREFIXES)
            and key not in NOT_CONFLICTING
            and key not in title_look
        ):
            negative = max(negative, -value)
    if name > 0 and negative > 0:
        out[CONFLICT_FEATURE] = min(name, negative)
    return out


# A fiction tag alone (the 2023 category tag "character") beside a full name in the title that
# the trigger spells, with nothing else against likeness but a boilerplate disclaimer: the tag
# says little ("Anna Kowal" tagged character, "no real person is depicted"). It counts for half.
BARE_FICTION_TAG = "fiction:tag"
# Latin full-name shapes of the title (romaji, pinyin and script names are how drawn characters
# are named too)
FULL_NAME = frozenset(
    {"name_shape:name:pair", "name_shape:name:run_together", "name_shape:name:reversed"}
)
FULL_NAME_LEAST = 0.7
TRIGGER_SPELLS_NAME = "subject:trigger_abbreviates_name"
BOILERPLATE = frozenset({"generic:disclaimer", "generic:name", BARE_FICTION_TAG})


# One fiction tag's score (``fiction`` scores each such tag -0.6): a value beyond it is two tags
# or more ("character" and "game"), which is no bare category tag.
ONE_FICTION_TAG = 0.6


def _bare_fiction_tag_beside_full_name(feats: Mapping[str, float]) -> bool:
    tag = feats.get(BARE_FICTION_TAG, 0.0)
    if tag >= 0 or tag < -ONE_FICTION_TAG - 1e-6:
        return False
    if not any(feats[key] >= FULL_NAME_LEAST for key in FULL_NAME.intersection(feats)):
        return False
    if feats.get(TRIGGER_SPELLS_NAME, 0.0) <= 0:
        return False
    return all(
        value >= 0 or key in BOILERPLATE or not key.startswith(NEGATIVE_PREFIXES)
        for key, value in feats.items()
    )


def _name_elsewhere_only(feats: Mapping[str, float]) -> bool:
    """Whether a name shape speaks in a field other than the title and none in the title."""
    elsewhere = False
    for key, value in feats.items():
        if value > 0 and key.startswith(TITLE_NAME_PREFIX):
            return False
        if value > 0 and key.startswith(OTHER_NAME_PREFIX):
            elsewhere = True
    return elsewhere


def likeness_score(model: LogisticModel, feats: Mapping[str, float]) -> tuple[float, bool]:
    """(score, flagged): the model's score, capped below the threshold without evidence."""
    score = model.score(feats)
    if not person_evidence(feats):
        return min(score, NO_EVIDENCE_SHARE * model.threshold), False
    return score, score >= model.threshold


@lru_cache(maxsize=1)
def load_models() -> dict[str, LogisticModel]:
    """The fitted models by aspect (``likeness``, ``sexual``)."""
    text = resources.files("dfaudit.detect").joinpath("data/combiner_weights.json").read_text()
    data = json.loads(text)
    return {
        aspect: LogisticModel(
            version=str(data["version"]),
            bias=float(spec["bias"]),
            weights={k: float(v) for k, v in spec["weights"].items()},
            threshold=float(spec["threshold"]),
            default_weight=float(spec.get("default_weight", 1.0)),
        )
        for aspect, spec in data["models"].items()
    }


def weights_version() -> str:
    return next(iter(load_models().values())).version
