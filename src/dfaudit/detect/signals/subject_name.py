"""A fallback target: the first person name in the description's opening, else what the
model's name calls its subject, once model-making words,
versions and brackets are taken away ("Mira Voss LoRA v2 [SDXL]" → "Mira Voss", "露娜 写真"
→ its romanised script name, "vossmira_v3" → "vossmira").

Only a weak ``target`` hit: it never speaks to likeness, and any name another signal finds
(a name shape, a gazetteer entry, training metadata) outweighs it. It exists so that every
likeness finding names its best target, even a stage name or handle that has no name shape.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from typing import ClassVar

from dfaudit.detect import east_asian
from dfaudit.detect.base import Hit
from dfaudit.detect.fields import file_stem, view
from dfaudit.detect.findings import SCRIPT_TRADE_TAILS, cut_from
from dfaudit.detect.names import (
    NameMatch,
    canonical_key,
    common_surnames,
    common_words,
    find_names,
    find_prose_names,
    first_name,
    is_particle,
    name_gender,
    spelt_by_trigger,
)
from dfaudit.detect.signals.name_shape import display_name
from dfaudit.detect.text import fold
from dfaudit.detect.vocab import (
    FEMALE_WORDS,
    LIKENESS_TAG_EXPLICIT,
    MALE_WORDS,
    NOT_NAME_WORDS,
    PLACEHOLDER_TOKENS,
    SLUG_MODEL_WORDS,
    TARGET_EDGE_WORDS,
)

_BRACKETS = re.compile(r"[\(\[\{（【「《][^\)\]\}）】」》]{0,80}[\)\]\}）】」》]")
_SEPARATORS = re.compile(r"\s*[|/\\,;:·•・—–]+\s*|\s+-\s+")
# what joins two people in a title ("A x B blend", "A & B", "A + B"): each a subject of its own
_BLEND_JOIN = re.compile(r"\s+(?:x|X|×|&|\+|and|vs\.?)\s+")
# a word, with an apostrophe inside a name ("d'Orvillers", "O'Shea"; not a possessive "'s")
_WORD = re.compile(r"[^\W_]+(?:['’](?![sS]\b)[^\W_]+)*", re.UNICODE)
_VERSIONISH = re.compile(r"(?:v|ver|version|ep|epoch|e)?\d+(?:\.\d+)*[a-z]?")
_CAPITALISED_PAIR = re.compile(r"[A-Z][a-z]+[ _-][A-Z][a-z]")
_FILLER = frozenset(
    {"no", "nr", "like", "aka", "jp", "kr", "cn", "tw", "th", "us", "uk", "ver", "commission",
     "request", "requested", "project",
     # the uploader speaking of themself ("me-lora", "Me v2"): the name is elsewhere
     "me", "myself", "self", "selfie",
     # rare tokens a trainer binds a subject to (DreamBooth "sks", "ohwx", "TOK"): no name
     "sks", "ohwx", "tok", "zwx", "subj", "subject",
     # face-embedding kinds ("<Name> FaceID embedding"): what the model is, not its subject
     "faceid", "instantid", "ipadapter", "pulid",
     # an occasion the model marks ("<Name> birthday edition", "<Name> tribute"): no name word
     "birthday", "bday", "tribute", "anniversary", "memorial"}
)  # fmt: skip
MAX_WORDS = 3
WHOLE_WORDS = 4  # a title's whole subject: a Vietnamese name has four ("Nguyễn Thị Lan Vy")
WHOLE_TITLE_SCORE = 0.05  # the title's subject read whole, beside another reading
# its own field: it joins only the readings that are a part of it (findings.py), no other
WHOLE_TITLE_FIELD = "name:whole"
SCORE = 0.1
DESCRIBED_SCORE = 0.3  # a name in the description's opening: above the fallback, below a shape
# the title's words the trigger spells: two fields agree, as much as a described name (a name
# shape that is a part of it takes it in full: "Luu Khanh" of "Lưu Khánh Linh")
SPELT_SCORE = 0.3
DESCRIPTION_HEAD = 200
HEAD_WORD_REACH = 40  # characters the opening may run on to end its last word


_WORD_RUN = re.compile(rf"[^\s]{{0,{HEAD_WORD_REACH}}}")


def description_head(text: str) -> str:
    """The description's opening: its first :data:`DESCRIPTION_HEAD` characters and the rest
    of the word they cut ("Honora Marr|ickard" read whole), never a name cut short."""
    if len(text) <= DESCRIPTION_HEAD:
        return text
    run = _WORD_RUN.match(text, DESCRIPTION_HEAD)
    return text[: run.end()] if run is not None else text[:DESCRIPTION_HEAD]


# a name the description gives as the subject's real one ("aka Guk Yun-seo", "real name:
# ..."), after a fan nickname or stage name in the title: above a name shape of the file name
# or of a title word run together, below a name the title writes as a name
ALIAS_SCORE = 0.6
_REAL_NAME_CUE = re.compile(
    r"(?:\ba\.?k\.?a\.?|\breal name(?: is)?|\bborn as|\bbirth name(?: is)?)[:,]?\s*$", re.IGNORECASE
)
DESCRIBED_GENDER_SCORE = 0.3
SUBJECT_GENDER_SCORE = 0.2  # the subject of the model's name: a first name and a surname
GENDER = {"f": "female", "m": "male"}
# The named person's gender is read from a name that begins a line of the description, or
# follows one of these ("photos of Mira Voss", "what fans call Mira Voss"), not from a name-
# shaped phrase elsewhere ("a singer from Santo Domingo", "상업적 이용은").
_NAMING_WORDS = frozenset({"of", "call", "calls", "named", "featuring", "is", "as"})


class SubjectName:
    name: ClassVar[str] = "subject_name"
    version: ClassVar[str] = "20"
    fields: ClassVar[tuple[str, ...]] = ("name", "trained_words")

    def hits(self, record: object) -> list[Hit]:
        out = self._hits(record)
        v = view(record)
        account = title_account(v.name, v.trained_words, v.description_folded)
        if account is not None:
            # the account the title opens with, as written (see title_account)
            out.append(Hit(f"{self.name}@{self.version}", "target", ACCOUNT_SCORE, "name",
                           account, value=account, note=ACCOUNT_KEY))  # fmt: skip
        # the title's subject read whole ("Małgorzata Wierzchołek" of "… - aktorka"), when
        # the reading above is another: below any reading, for a part of it to join
        title = view(record).name
        whole = subject_of(title, WHOLE_WORDS)
        if whole is not None and len(whole[0].split()) >= 2:
            display, key = whole
            # as the title writes it: capitalised words (not "helena corvander chibi")
            # (also when the reading above is the same: it marks that name as the title's
            # subject, for a shorter reading of it to join: findings._join_title_subject)
            if key and all(w in title for w in display.split()):
                out.append(Hit(f"{self.name}@{self.version}", "target", WHOLE_TITLE_SCORE,
                               WHOLE_TITLE_FIELD, display, value=display, note=key))  # fmt: skip
        if not any(h.aspect == "gender" for h in out):
            out.extend(_nickname_gender(f"{self.name}@{self.version}", title))
        return out

    def _hits(self, record: object) -> list[Hit]:
        v = view(record)
        backwards = backwards_subject(v.name)
        if backwards is not None:
            key = canonical_key(backwards)
            out = [Hit(f"{self.name}@{self.version}", "target", BACKWARDS_SCORE, "name",
                       backwards, value=backwards, note=key)] if key else []  # fmt: skip
            gender = _full_name_gender(backwards)
            if gender is not None and out:
                out.append(Hit(f"{self.name}@{self.version}", "gender", SUBJECT_GENDER_SCORE,
                               "name", backwards.split()[0], value=gender,
                               note="first-name table"))  # fmt: skip
            return out
        spelt = (
            _spelt_subject(v.name, v.trained_words)
            or _filed_subject(v.name, record)
            or comma_name(v.name, v.trained_words)
        )
        head = description_head(v.description)
        described = _described_name(head)
        # a pasted encyclopaedia opening ("<Name> (born 3 May 1990) is a ... actress"): the
        # person's name as written there, over a title or trigger that only abbreviates it
        bio = bio_name(head) if described is None else None
        if bio is not None and spelt is not None and _shares_word(spelt, bio):
            bio = None  # the title writes the name itself
        if bio is not None:
            key = canonical_key(bio)
            if key:
                return [Hit(f"{self.name}@{self.version}", "target", DESCRIBED_SCORE,
                            "description", bio, value=bio, note=key)]  # fmt: skip
        if spelt is not None and (described is None or _fuller(spelt, described)):
            # the title's words the trigger spells: the subject as the uploader wrote it
            key = canonical_key(spelt)
            score = SPELT_SCORE if _name_words_only(spelt) else SCORE
            out = [Hit(f"{self.name}@{self.version}", "target", score, "name", spelt,
                       value=spelt, note=key)] if key else []  # fmt: skip
            gender = _full_name_gender(spelt)
            if gender is not None and out:
                out.append(Hit(f"{self.name}@{self.version}", "gender", SUBJECT_GENDER_SCORE,
                               "name", spelt.split()[0], value=gender,
                               note="first-name table"))  # fmt: skip
            return out
        if described is not None:
            match = described
            # as written: a script name in its script, a romanised family name in the
            # spelling used ("Gyeong Sae-bom" → "Gyeong Saebom", not the key's "Kyung")
            display = display_name(match)
            key = canonical_key(" ".join(match.words))
            fuller = subject_of(v.name)
            if fuller is not None and cut_from(match.text, fuller[0]):
                # the title writes the name whole ("Trịnh Khánh Linh"), the description's
                # reading stops a word short
                display, key = fuller
            line = v.description[: match.span[0]].rsplit("\n", 1)[-1]
            before = line.rstrip().rsplit(" ", 1)[-1].lower()
            out = [
                Hit(
                    f"{self.name}@{self.version}",
                    "target",
                    ALIAS_SCORE if _real_name_cue(line) else DESCRIBED_SCORE,
                    "description",
                    match.text,
                    value=display,
                    note=key,
                )
            ]
            gender = GENDER.get(match.first.gender)
            if gender is not None and (not line.strip() or before in _NAMING_WORDS):
                # the named person's first name says the gender (weakly: a pronoun or a tag
                # of the record outweighs it)
                out.append(
                    Hit(
                        f"{self.name}@{self.version}",
                        "gender",
                        DESCRIBED_GENDER_SCORE,
                        "description",
                        match.first.name,
                        value=gender,
                        note="first-name table",
                    )
                )
            return out
        raw_tags = (getattr(record, "tags", ()) or ())[:MAX_TAGS]
        tagged = tag_name(tuple(t.strip().lower() for t in raw_tags if isinstance(t, str)))
        if tagged is not None:
            key = canonical_key(tagged)
            if key:
                return [Hit(f"{self.name}@{self.version}", "target", TAG_NAME_SCORE, "tags",
                            tagged, value=tagged, note=key)]  # fmt: skip
        # a title of ordinary words only ("Project Lumen", "Studio headshots") beside a file
        # named after a person: that name, above the title's words
        stems = _file_stems(record)
        filed = file_name_subject(v.name, stems[0]) if stems else None
        if filed is not None:
            key = canonical_key(filed)
            if key:
                out = [Hit(f"{self.name}@{self.version}", "target", FILED_NAME_SCORE,
                           "file_names", filed, value=filed, note=key)]  # fmt: skip
                gender = _full_name_gender(filed)
                if gender is not None:
                    out.append(Hit(f"{self.name}@{self.version}", "gender",
                                   SUBJECT_GENDER_SCORE, "file_names", filed.split()[0],
                                   value=gender, note="first-name table"))  # fmt: skip
                return out
        # last, a version named after its person ("Celebrity Collection", one per version)
        named = (
            ("name", v.name),
            *(("trained_words", w) for w in v.trained_words[:1]),
            *(("version_names", w) for w in getattr(record, "version_names", ())[:1]),
        )
        for field, text in named:
            found = subject_of(text)
            if found is not None:
                display, key = found
                out = [
                    Hit(
                        f"{self.name}@{self.version}",
                        "target",
                        SCORE,
                        field,
                        display,
                        value=display,
                        note=key,
                    )
                ]
                gender = _full_name_gender(display)
                if gender is not None:
                    out.append(
                        Hit(
                            f"{self.name}@{self.version}",
                            "gender",
                            SUBJECT_GENDER_SCORE,
                            field,
                            display.split()[0],
                            value=gender,
                            note="first-name table",
                        )
                    )
                return out
        return []


_CLASS_WORDS = FEMALE_WORDS | MALE_WORDS | _FILLER


# An account handle that opens the title ("skyla_1 lora", "bunbun_irl | OnlyFans",
# "mochi.lala89 OnlyFans model", "tinsel_and_thorn"): lower-case letters and digits, parts
# joined by "_" or "."; the person's name on the platform, written as it stands (not "Skyla",
# "Bunbun Irl", "Mochi Lala" read off its shape). It ranks as a handle the title writes with
# "@" (social_cues.HANDLE_TARGET) and shares its key, so that a name the title also writes
# and the handle spells is shown instead (findings._name_of_handle).
ACCOUNT_SCORE = 0.9
ACCOUNT_KEY = "handle"
# (w2neg: its first letter may be a capital, "Marit_tv": handles are read in any case)
_ACCOUNT = re.compile(r"@?([a-zA-Z][a-z0-9]{1,24}(?:[._][a-z0-9]{1,24}){0,3})(?=$|[\s|(\[,:—–])")
_ACCOUNT_WORD = re.compile(r"[a-z]+\d*|\d+")  # a handle's part: digits only at its end
_ACCOUNT_PART = re.compile(r"[._]")
_DIGITS = re.compile(r"\d")
# the words a handle adds to a name or a word ("_irl", "_tv", ".art", "_and_"): no name's
_ACCOUNT_WORDS = frozenset(
    {"irl", "tv", "ttv", "yt", "official", "real", "daily", "art", "arts", "cos", "cosplay",
     "and", "the", "xo", "xx", "live", "plays", "gaming", "games", "vlogs", "fit", "life",
     "world", "studio", "creates", "makes", "baby", "babe", "girl", "boy", "queen", "doll"}
)  # fmt: skip
ACCOUNT_MIN = 4  # characters a handle has, at least


def title_account(title: str, trained_words: tuple[str, ...], described: str) -> str | None:
    """The account handle a title opens with, when the trigger word or the description writes
    it too, as it stands: a lower-case token with digits (a name has none: "lulumiso60",
    "skyla_1") or with a part that is a handle's word ("bunbun_irl", "tinsel_and_thorn",
    "bramblebee.art"). None for a name written with "_" or "." ("esme_ulvow"), a version or
    a model word ("face_study_8" is no token of the trigger), or a title that no other field
    repeats."""
    m = _ACCOUNT.match(title.strip())
    if m is None:
        return None
    written = m.group(1)
    token = written.lower()
    parts = _ACCOUNT_PART.split(token)
    if len(token) < ACCOUNT_MIN or any(
        (p in TARGET_EDGE_WORDS and p not in _ACCOUNT_WORDS)
        or p in PLACEHOLDER_TOKENS
        or not _ACCOUNT_WORD.fullmatch(p)
        for p in parts
    ):
        return None
    if _VERSIONISH.fullmatch(parts[-1]) and not parts[-1].isdigit():
        return None  # "mira_v2": a version
    letters = parts[0].rstrip("0123456789")
    if len(letters) < 3 or letters in TARGET_EDGE_WORDS:
        return None
    worded = len(parts) > 1 and any(p in _ACCOUNT_WORDS for p in parts[1:])
    if not (worded or (_DIGITS.search(token) and not written[0].isupper())):
        # a capitalised token with digits is a name in leet ("Clar4"), not an account: a
        # capitalised handle shows a handle's word ("Marit_tv")
        return None
    if not any(fold(w) == token for w in trained_words) and not re.search(
        rf"(?<![\w.]){re.escape(token)}(?![\w])", described[:2000]
    ):
        return None
    return written


def _name_words_only(spelt: str) -> bool:
    """Whether the title's words a trigger spells are a name's words only: two or three
    capitalised words (particles apart), none a model-making, trade or relation word or a code
    in capitals ("Velvetfox Cos Kurumi Cosplay", "KotoneSakonji JA News Anchor" are a whole
    title, not a name; one word may be a name run together that a name shape reads better)."""
    words = [w for w in spelt.split() if not w.islower()]
    return 1 < len(words) <= MAX_WORDS and not any(
        fold(w) in NOT_NAME_WORDS or fold(w) in TARGET_EDGE_WORDS or w.isupper() for w in words
    )


# What follows a person's name at the opening of an encyclopaedia article: the birth (or
# maiden name) in brackets, in the languages uploaders paste from
_BIO_AFTER = re.compile(
    r"\s?\((?:born|b\.|née|nee|nacida|nacido|nascida|nascido|geboren|nata|nato|urodzona|urodzony)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
BIO_WORDS = 4  # words of a name before the bracket, at most


def bio_name(head: str) -> str | None:
    """The name that opens a pasted encyclopaedia article ("Orla Quennvale (born 3 May 1990)
    is ..."): two to four words before the bracket, each capitalised or a particle ("van",
    "de"), the first and last capitalised and none a model-making or ordinary title word; any
    culture's name, read by its place, not by a name table."""
    m = _BIO_AFTER.search(head)
    if m is None:
        return None
    words = head[: m.start()].split()[-BIO_WORDS:]
    kept: list[str] = []
    for word in reversed(words):
        bare = word.strip(',;:"“”«»')
        if not bare or bare != word or not all(ch.isalpha() or ch in "'’-." for ch in bare):
            break
        if not (bare[:1].isupper() or is_particle(bare)) or fold(bare) in NOT_NAME_WORDS:
            break
        kept.insert(0, bare)
    while kept and (
        not kept[0][:1].isupper()
        or (len(kept) > 2 and fold(kept[0]) in common_words() and first_name(kept[0]) is None)
    ):
        kept.pop(0)  # a particle or an ordinary word before the name ("About Orla ...")
    if len(kept) < 2 or not kept[-1][:1].isupper():
        return None
    return " ".join(kept)


# A tag that is a person's name ("wrenna vantreight" among "woman", "photorealistic"): two or
# three words of letters (a hyphen inside), none an ordinary English word or a word the
# project reads as no name. Above a title's words read as a fallback, below any name shape.
TAG_NAME_SCORE = 0.3
MAX_TAGS = 64  # tags read, at most (a record's tags are few; a hostile one may hold many)
_TAG_NAME_WORD = re.compile(r"[^\W\d_]{3,20}(?:-[^\W\d_]{2,20})?")


def tag_name(tags: tuple[str, ...]) -> str | None:
    """The first tag that reads as a person's name, capitalised ("Wrenna Vantreight")."""
    for tag in tags:
        words = tag.split()
        if not 2 <= len(words) <= 3 or not all(_TAG_NAME_WORD.fullmatch(w) for w in words):
            continue
        if any(not w.islower() for w in words):
            continue
        parts = [fold(p) for w in words for p in w.split("-")]
        if any(p in NOT_NAME_WORDS or p in _CLASS_WORDS or _ordinary(p) for p in parts):
            continue
        if any(p in LIKENESS_TAG_EXPLICIT or p in TARGET_EDGE_WORDS for p in parts):
            continue
        return " ".join("-".join(p.capitalize() for p in w.split("-")) for w in words)
    return None


def _ordinary(word: str) -> bool:
    """An ordinary English word that is no first name or surname of the tables ("golden",
    "hour"; not "valentina", "ruiz")."""
    return word in common_words() and first_name(word) is None and word not in common_surnames()


# A title that says its name is written backwards ("rednalliuQ tsooJ (read it backwards)"),
# so that filters miss it: the name is the subject read the other way. Above any reading of
# the written letters, which name nobody.
BACKWARDS_SCORE = 0.6
_BACKWARDS = re.compile(
    r"\b(?:read (?:it |this )?backwards?|spelt backwards?|spelled backwards?|backwards name|"
    r"written backwards?|reversed name|name reversed)\b",
    re.IGNORECASE,
)


def backwards_subject(title: str) -> str | None:
    """The subject of a title that says it writes the name backwards, read forwards ("Joost
    Quillander" of "rednalliuQ tsooJ (read it backwards)"); None for any other title."""
    cue = _BACKWARDS.search(title)
    if cue is None:
        return None
    rest = (title[: cue.start()] + " " + title[cue.end() :]).strip()
    found = subject_of(rest)
    if found is None:
        return None
    forwards = found[0][::-1]
    words = forwards.split()
    if not 1 <= len(words) <= MAX_WORDS or not all(w[:1].isupper() for w in words):
        return None  # read forwards, a name is capitalised
    return forwards


def _real_name_cue(line: str) -> bool:
    """Whether the text before a described name says it is the subject's real name."""
    return _REAL_NAME_CUE.search(line[-24:]) is not None


# A title written as a catalogue writes a person, family name first and a comma ("Quennvale,
# Orla", "Brouwhorst, Lieke"): one to three words, a comma, one or two capitalised words
_COMMA_NAME = re.compile(
    r"([^\W\d_][^\W\d_'’-]{0,24}(?: [^\W\d_][^\W\d_'’-]{0,24}){0,2}), "
    r"([^\W\d_][^\W\d_'’-]{0,24}(?: [^\W\d_][^\W\d_'’-]{0,24})?)"
)
_TRIGGER_SPLIT = re.compile(r"[\s_\-.]+")


def comma_name(title: str, trained_words: tuple[str, ...]) -> str | None:
    """The person of a title written "Family, Given" ("Brouwhorst, Lieke"), given name first
    ("Lieke Brouwhorst"), with the particles of a trigger that writes the whole name
    (``lieke_van_der_brouwhorst`` → "Lieke van der Brouwhorst"); None for any other title."""
    m = _COMMA_NAME.fullmatch(_BRACKETS.sub(" ", title).strip())
    if m is None:
        return None
    family, given = m.group(1), m.group(2)
    words = [*given.split(), *family.split()]
    if not all(w[:1].isupper() or is_particle(w) for w in words) or not words[0][:1].isupper():
        return None
    if any(fold(w) in NOT_NAME_WORDS or fold(w) in _FILLER for w in words):
        return None
    particles: list[str] = []
    if trained_words and len(family.split()) == 1:
        tokens = [t for t in _TRIGGER_SPLIT.split(trained_words[0].lower()) if t]
        if len(tokens) >= 3 and tokens[-1] == fold(family):
            at = len(tokens) - 1
            while at > 1 and is_particle(tokens[at - 1]):
                at -= 1
            particles = tokens[at : len(tokens) - 1]
    return " ".join([given, *particles, family])


def _shares_word(spelt: str, name: str) -> bool:
    return not {fold(w) for w in spelt.split()}.isdisjoint(fold(w) for w in name.split())


def _fuller(spelt: str, described: NameMatch) -> bool:
    """Whether the title's name the trigger spells is the described person written in full
    ("Aoife O'Shaughvane" beside a description's "Trained Aoife"): it shares a word with the
    described name and holds more. A fuller name the description gives ("Coralie
    Luthingdale" beside "Coralie L.") or another name (a real name beside a stage name) goes
    first."""
    words = {fold(w) for w in spelt.split()}
    return not words.isdisjoint(described.words) and not words <= set(described.words)


def _file_stems(record: object) -> tuple[str, ...]:
    """The stem of the model's first file ("amandine_d_aubrac" of its ``.safetensors``): a
    title's words it spells are the subject as written, as a trigger's are."""
    names = getattr(record, "file_names", ()) or ()
    first = names[0] if names else None
    return (file_stem(first),) if isinstance(first, str) else ()


FILED_NAME_SCORE = 0.2  # above the title's own words (SCORE), below a described name
# a file stem's words: split at separators, then at a capital after small letters
# ("NomvulaDlaminiSithole", "rubyDay"), an initial before a capitalised word ("ODunstenby")
_STEM_SPLIT = re.compile(r"[\s_.\-]+")
_STEM_WORD = re.compile(r"[A-Z](?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


def _ordinary_title_word(word: str, title: str) -> bool:
    """A word of a title that names no one: a code, a word of the dictionary or of making
    models, a word written small in a title that is not all small ("Studio headshots")."""
    key = fold(word)
    if word[:1].isupper() and (first_name(key) is not None or key in common_surnames()):
        return False  # "India", "Melissa", "Sunday": a name as well
    return (
        not word.isalpha()
        or len(word) == 1
        or (word.islower() and not title.islower())
        or key in common_words()
        or key.rstrip("s") in common_words()
        or key in NOT_NAME_WORDS
        or key in TARGET_EDGE_WORDS
        or key in _FILLER
    )


def file_name_subject(title: str, stem: str) -> str | None:
    """The person a file is named after ("Namtan_Chaiprasit_v2", "osric_carrgrave",
    "NomvulaDlaminiSithole_v3", "ODunstenby-sdxl") when the title holds ordinary words only
    ("Project Lumen", "Studio headshots", "Subject 0419"): two or three name words, versions,
    digits and model words aside, none of them a word of the title. A word of the stem may be
    an ordinary word only when the tables know it as a given name or a surname ("Ruby Day");
    the first may be an initial written in capitals. None for any other stem or title."""
    title_words = _WORD.findall(title[:200])
    if not title_words or not all(_ordinary_title_word(w, title) for w in title_words):
        return None
    parts = [p for p in _STEM_SPLIT.split(stem[:80]) if p and not _VERSIONISH.fullmatch(fold(p))]
    if not all(p.isalpha() for p in parts):
        return None  # "mel0neil", "J4smGol01": a trigger's code, no name as written
    words = [w for part in parts for w in _STEM_WORD.findall(part)]
    while words and (
        _VERSIONISH.fullmatch(fold(words[-1]))
        or fold(words[-1]) in TARGET_EDGE_WORDS
        or fold(words[-1]) in PLACEHOLDER_TOKENS
    ):
        words.pop()
    if not 2 <= len(words) <= 3:
        return None
    seen = {fold(w) for w in title_words}
    stem_letters = fold(stem[:80])
    if any(len(w) >= 4 and w in stem_letters for w in seen):
        return None  # a file named after the title ("bs_indiasummer" of "India Summer")
    for i, word in enumerate(words):
        key = fold(word)
        if len(word) == 1:
            if i or not word.isupper():
                return None  # an initial opens the name, in capitals
            continue
        if key in seen or key in NOT_NAME_WORDS or key in TARGET_EDGE_WORDS or key in _FILLER:
            return None
        if key in PLACEHOLDER_TOKENS or _VERSIONISH.fullmatch(key):
            return None
        # an ordinary word only after a given name, capitalised ("Ruby Day", "rubyDay")
        named_after = i and word[:1].isupper() and first_name(words[i - 1]) is not None
        ordinary = key in common_words() and first_name(key) is None
        if ordinary and key not in common_surnames() and not named_after:
            return None
    return " ".join(w if w.isupper() else w[:1].upper() + w[1:].lower() for w in words)


def _filed_subject(title: str, record: object) -> str | None:
    """The title's words the first file's stem spells, when they are a name's words only and
    hold an apostrophe or a particle in lower case ("Amandine d'Aubrac" of
    ``amandine_d_aubrac``), which a name shape cuts: any other title a file is named after is
    the title, not a name."""
    spelt = _spelt_subject(title, _file_stems(record))
    if spelt is None or not _name_words_only(spelt):
        return None
    lower = [w for w in spelt.split() if w.islower()]
    if any(not is_particle(w) for w in lower):
        return None  # "Wilhelmina Yarnundry (née Brattillow)": a note, not a particle
    return spelt if "'" in spelt or lower else None


def _spelt_subject(title: str, trained_words: tuple[str, ...]) -> str | None:
    """The title's words that the first trigger spells (:func:`spelt_by_trigger`), its class
    word taken off its end ("zh woman" → "Zh") and placeholder words off both ends; None for
    a name in Chinese, Japanese or Korean script (read by the script name tables)."""
    spelt = spelt_by_trigger(title, trained_words[0]) if trained_words else None
    if spelt is None or east_asian.HAS_SCRIPT.search(spelt):
        return None
    words = spelt.split()
    while words and fold(words[-1]) in _CLASS_WORDS:
        words.pop()
    while words and fold(words[0]) in _FILLER:
        words.pop(0)
    return " ".join(words) or None


def _full_name_gender(display: str) -> str | None:
    """The gender of a subject written as a capitalised first name and surname ("Fenella
    Sarrstead"), from the first-name tables; None for anything else (a handle, one word)."""
    words = display.split()
    if len(words) != 2 or not all(w[:1].isupper() and w[1:].islower() for w in words):
        return None
    if not all(w.isalpha() and w.isascii() for w in words):
        return None
    return GENDER.get(name_gender(words[0]))


def _described_name(head: str) -> NameMatch | None:
    """The first capitalised person name the description's opening gives ("Photos of Nadia
    Knight, 2019"), or a name written small after the words of a training set ("trained on
    40 pictures of nadia knight", :func:`_pictured_name`), or None."""
    if not head or not (_CAPITALISED_PAIR.search(head) or east_asian.HAS_SCRIPT.search(head)):
        # cheap test first: no capitalised pair, no CJK script, no name here but a small one
        return _pictured_name(head) if head else None
    for match in find_prose_names(head):
        if not RELATION_NOUNS.isdisjoint(match.words):
            continue  # "meinem Mann Vidar": German capitalises the relation, no surname
        if match.capitalised and match.kind in ("pair", "reversed", "script", "romanised"):
            return match
    return _pictured_name(head)


# "pictures of <name>", "photos of <name>": the training set's subject, named in small letters
_PICTURED = re.compile(
    r"\b(?:pictures|photos|photographs|images|pics|shots|selfies|screenshots|stills) of "
    r"([a-z]{2,20}[ _][a-z]{2,20})(?![^\W\d_])"
)


def _pictured_name(head: str) -> NameMatch | None:
    """A person's name written small after the words of a training set ("Trained on 40
    pictures of nadia knight."): a first name of the tables that is no ordinary word ("rose
    gardens", "golden retrievers" are none) and a surname, as the name reader reads them."""
    m = _PICTURED.search(head)
    if m is None:
        return None
    for match in find_names(m.group(1)):
        if match.kind == "pair" and match.span[0] == 0 and not match.first.word:
            start = m.start(1)
            return dataclasses.replace(match, span=(start + match.span[0], start + match.span[1]))
    return None


# German nouns of a relation, capitalised before a first name ("von meinem Mann Vidar", "meine
# Tante Liesel"): no part of the name
RELATION_NOUNS = frozenset(
    {"mann", "frau", "freundin", "freund", "tante", "onkel", "schwester", "bruder", "mutter",
     "vater", "partnerin", "verlobte", "verlobten", "ehefrau", "ehemann"}
)  # fmt: skip


# A word spelt letter by letter to slip past a filter ("M i r e i l l e", "K.e.s.t.r.a"): four
# letters or more, each alone, apart by one space or dot
_LETTER_SPACED = re.compile(r"(?<![^\W\d_])(?:[^\W\d_][ .]){3,30}[^\W\d_](?![^\W\d_])")


# A trade written in Vietnamese before a name ("Ca sĩ <Name>", "Diễn viên <Name>", "Người mẫu
# <Name>"): two words of what the person is, no part of the name
_VIETNAMESE_TRADE = re.compile(
    r"^\s*(?:ca sĩ|diễn viên|người mẫu|hoa hậu|á hậu|nhạc sĩ|vận động viên|nữ diễn viên|"
    r"nam diễn viên|người dẫn chương trình)\s+(?=\S)",
    re.IGNORECASE,
)


def _letters_joined(match: re.Match[str]) -> str:
    letters = match.group(0).replace(" ", "").replace(".", "")
    return letters[:1] + letters[1:].lower()


_IDEOGRAPHS = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]{1,3}")
_CJK_NAME_PART = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\u3041-\u3096\u30a1-\u30fa]{1,3}")


def _spaced_script_name(words: list[str]) -> bool:
    """Two short runs of Chinese or Japanese script, the first all ideographs, the second
    kana or ideographs seen in given names, no word of a trade ("歌手") among them: a family
    name and a given name written apart."""
    return (
        len(words) == 2
        and all(_CJK_NAME_PART.fullmatch(w) for w in words)
        and not any(w in SCRIPT_TRADE_TAILS for w in words)
        and _IDEOGRAPHS.fullmatch(words[0]) is not None
        # a given name's characters, or kana: not a word after a name ("露娜 写真": photos)
        and (
            _IDEOGRAPHS.fullmatch(words[1]) is None
            or all(ch in east_asian._part_shares() for ch in words[1])
        )
    )


@lru_cache(maxsize=65536)
def subject_of(text: str, most: int = MAX_WORDS) -> tuple[str, str] | None:
    """(display, key) of the subject a short text names (``most`` words at most, particles
    apart), or None when nothing is left. A word spelt letter by letter is read joined
    ("M i r e i l l e Ilskenby" → "Mireille Ilskenby")."""
    text = _LETTER_SPACED.sub(_letters_joined, _BRACKETS.sub(" ", text))
    for part in (p for piece in _SEPARATORS.split(text) for p in _BLEND_JOIN.split(piece)):
        part = _VIETNAMESE_TRADE.sub("", part, count=1)
        part = _aka_cut(_of_cut(part))
        script = east_asian.script_names(part)
        if script:
            name = script[0]
            return name.text, name.key
        handle = _dotted_handle(part)
        if handle is not None:
            return handle, canonical_key(handle) or handle
        words = _with_particles(_WORD.findall(part))
        if not words:
            continue
        words = _first_words(words, most)
        if all(not w.isascii() for w in words) and east_asian.HAS_SCRIPT.search(words[0]):
            if _spaced_script_name(words):
                # "大鏡 琴音（おおかがみ ことね）", "蒯 芷蘅": a family name and a given name
                # written apart, read together
                romanised = east_asian.romanise(words[0] + words[1])
                if romanised:
                    return f"{words[0]} {words[1]}", romanised
            romanised = east_asian.romanise(words[0])
            if romanised:
                return words[0], romanised
            continue
        display = " ".join(
            w
            if not w.islower() or (is_particle(w) or w in _IRISH_PARTICLES) and at
            else w.capitalize()
            for at, w in enumerate(words)
        )
        key = canonical_key(display)
        if key:
            return display, key
    return None


# "Bizzy aka Jolene Marrowby": a nickname, then the name it stands for; the name, not the two
# joined ("Bizzy Jolene Marrowby"). The nickname when nothing follows.
_AKA = re.compile(r"\s(?:aka|a\.k\.a\.?|also known as)(?=\s)", re.IGNORECASE)
# "Yerin of Starvale": a name, then the group or place it belongs to; the name alone, not the
# group's name read as a surname ("Portrait of Mira Voss": nothing before "of", the name after)
_OF = re.compile(r"\sof\s")


def _aka_cut(part: str) -> str:
    pieces = _AKA.split(part[:200], maxsplit=1)
    if len(pieces) == 2 and _with_particles(_WORD.findall(pieces[1])):
        return pieces[1]
    return pieces[0]


def _nickname_gender(sig: str, title: str) -> list[Hit]:
    """ "Lulu aka <Name>": the nickname before "aka", one capitalised first name of the tables,
    says the gender the name after it may not (a given name the tables lack)."""
    pieces = _AKA.split(title[:200], maxsplit=1)
    if len(pieces) != 2:
        return []
    words = _WORD.findall(_SEPARATORS.split(pieces[0])[-1])
    if len(words) != 1 or not (words[0][:1].isupper() and words[0][1:].islower()):
        return []
    gender = GENDER.get(name_gender(words[0]))
    if gender is None:
        return []
    return [Hit(sig, "gender", SUBJECT_GENDER_SCORE, "name", words[0], value=gender,
                note="first-name table")]  # fmt: skip


def _of_cut(part: str) -> str:
    pieces = _OF.split(part[:200], maxsplit=1)
    if len(pieces) == 2 and _with_particles(_WORD.findall(pieces[0])):
        return pieces[0]
    return part


# A handle written with dots, as Instagram and TikTok handles are ("kiwi.and.kimchi face"):
# two to four lower-case words of letters joined by dots
_DOTTED = re.compile(r"(?<![\w.@])@?([a-z]{2,20}(?:\.[a-z]{2,20}){1,3})(?![\w.])")
_NOT_HANDLE_ENDS = frozenset({"safetensors", "ckpt", "pt", "bin", "com", "net", "org", "io"})


def _dotted_handle(part: str) -> str | None:
    """The dotted handle a title part names (``kiwi.and.kimchi``), written as it stands."""
    if "." not in part:
        return None
    m = _DOTTED.search(part)
    if m is None or m.group(1).rsplit(".", 1)[-1] in _NOT_HANDLE_ENDS:
        return None
    return m.group(1)


# Lower-case words inside a surname: the particles of the name tables and the Irish "an",
# "na" ("Seán Mac an Bhreithiún", "Idony Gorlalby y Cromusk")
_IRISH_PARTICLES = frozenset({"an", "na"})


def _with_particles(found: list[str]) -> list[str]:
    """The words of a title part that name its subject (:func:`_keep`), with the lower-case
    particles that stand between two capitalised words kept in place."""
    words: list[str] = []
    for at, word in enumerate(found):
        if _keep(word) or (
            (is_particle(word) or word in _IRISH_PARTICLES)
            and words
            and words[-1][:1].isupper()
            and at + 1 < len(found)
            and found[at + 1][:1].isupper()
        ):
            words.append(word)
    return words


def _first_words(words: list[str], most: int) -> list[str]:
    """The first ``most`` words, particles apart (a particle never ends the list)."""
    kept: list[str] = []
    count = 0
    for word in words:
        particle = word.islower() and (is_particle(word) or word in _IRISH_PARTICLES)
        if not particle:
            if count == most:
                break
            count += 1
        kept.append(word)
    while kept and kept[-1].islower() and (is_particle(kept[-1]) or kept[-1] in _IRISH_PARTICLES):
        kept.pop()
    return kept


# a repository's hex id ("db-ef9a", "lora-8e97"): hex digits, a digit and a letter among them
_HEX_ID = re.compile(r"(?=[a-f]*\d)(?=\d*[a-f])[0-9a-f]{4,12}")


def _model_word(word: str, key: str) -> bool:
    """A model word of vocab ("db", "finetune", "sdxl"); not one of two letters written in
    capitals, which may be a person's initials ("DB (celeb)")."""
    return key in SLUG_MODEL_WORDS and (len(key) > 2 or not word.isupper())


def _keep(word: str) -> bool:
    key = fold(word)
    return (
        key not in NOT_NAME_WORDS
        and key not in _FILLER
        and not _model_word(word, key)
        and key not in LIKENESS_TAG_EXPLICIT
        and not _VERSIONISH.fullmatch(key)
        and not _HEX_ID.fullmatch(key)
        and (len(key) >= 2 or not key.isascii())
    )
