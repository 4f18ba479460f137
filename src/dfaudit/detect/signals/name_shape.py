"""Person-name shape in the model's name, trigger words and file names: a known first name
beside a surname-like word, or run together with one (``annamiller``, ``4nn4_m1ll3r``)."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import ClassVar

from dfaudit.detect import east_asian, names
from dfaudit.detect.base import Hit
from dfaudit.detect.fields import description_tail, file_stem, name_texts, view
from dfaudit.detect.names import (
    FAMILY_CAPITALS_MIN,
    PLACE_TAILS,
    FirstName,
    NameMatch,
    canonical_key,
    cast_name_words,
    common_surnames,
    common_words,
    find_names,
    first_name,
    first_names,
    framed_name_words,
    instance_slug_name,
    name_gender,
    slug_name,
    split_hashtag,
    surname_like,
    titled_name_words,
    word_surnames,
)
from dfaudit.detect.text import PatternStarts, fold
from dfaudit.detect.vocab import (
    BASE_MODEL_WORDS,
    CONCEPT_WORDS,
    FICTION_WORDS,
    LIKENESS_MODEL_WORDS,
    LIVE_GENERIC_FICTION,
    MODEL_WORDS,
    NOT_NAME_WORDS,
    SELF_ACCOUNT_WORDS,
    STYLE_WORDS,
)

GENDER = {"f": "female", "m": "male"}
WESTERN_KINDS = frozenset({"pair", "reversed", "run_together"})
BASE_SCORE = {
    "pair": 0.9,
    "reversed": 0.7,
    "run_together": 0.7,
    "script": 1.0,
    "romanised": 1.0,
    "romaji": 0.8,
    "pinyin": 0.7,
}
FIELD_WEIGHT = {
    "name": 1.0,
    "trained_words": 0.8,
    "card:instance_prompt": 0.8,
    "file_names": 0.6,
    "version_names": 0.5,
    "tags": 0.6,
}
PROMPT_COMMAS = 3
TAGS_READ = 12  # the first tags, read for a full name when no other field holds one
TAG_KINDS = (":pair", ":romanised", ":script")
_WORD = re.compile(r"[A-Za-z]+")
_SNAKE_INITIAL = re.compile(r"(?<=[a-z]{2})_[a-np-wyz]_(?=[a-z]{2})")  # not "_x_": a blend
_SNAKE_O = re.compile(r"(?<=[a-z]{2})_o_(?=[a-z]{3})")
_MIDDLE_INITIAL = re.compile(r"\b([A-Z][a-z]{1,20}) [A-Z]\.? (?=[A-Z][a-z])")
_MIDDLE_INITIAL_LOWER = re.compile(r"\b([a-z]{2,20}) [a-z]\.? (?=[a-z]{2})")
_MIDDLE_INITIAL_UPPER = re.compile(r"\b([A-Z]{2,20}) [A-Z]\.? (?=[A-Z]{2})")
# What joins two people's names in a named blend: "Anna Miller x Clara Day", "A blend of Anna
# Miller and Clara Day", "Anna Miller + Clara Day mix" (the gap between two name spans only).
# ("/" and "," more often join two spellings of one name, and script names and Japanese romaji
# often name drawn characters: neither counts; Chinese and Korean romanised names do.)
_BLEND_JOIN = re.compile(r"\s+(?:x|×|and|&|\+|with|mixed with)\s+", re.IGNORECASE)
_BLEND_WORD = re.compile(r"\b(?:mix|mixed|blend|blended|merge|merged|fusion)\b", re.IGNORECASE)
_LIST_JOIN = re.compile(r"\s*,\s*")
BLEND_KINDS = frozenset({"pair", "reversed", "romanised"})
BLEND_SCORE = 1.0
# "A blend of Anna Miller and Clara Day" in the description's opening: the names that follow.
# (not "a merge of models by <uploaders>": whose models are merged, not whose faces)
_BLEND_PHRASE = re.compile(
    r"\b(?:blend|mix|merge|combination|fusion) of (?!(?:[a-z]+ )?(?:models?|checkpoints?|"
    r"loras?|works?|merges?|mixes?) (?:by|from)\b)",
    re.IGNORECASE,
)
DESCRIPTION_HEAD = 300
BLEND_NAMES_MAX = 120
# A name in a file name or trigger word that the description's opening also spells out: two
# fields agree on one person ("KellyWarden.safetensors", "Subject: kelly warden").
CORROBORATED_SCORE = 1.0
# the description's tokens, read for the two names; only all-letter ones count as words apart
_DESCRIPTION_WORD = re.compile(r"[a-z0-9_]+")


_WRITTEN_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def display_name(match: NameMatch) -> str:
    """How a found name is shown as a target: from its words, each part of a double surname
    capitalised ("Ofori-Atta"); a romanised East-Asian family name with the spelling it was
    written in ("Byeon Siu", not the key's "Byun Siu"), in the order written ("Seo-ah Kang")."""
    if match.kind == "script":
        # Greek, Cyrillic, Hebrew, Arabic; Chinese, Japanese, Korean: as written (a kanji
        # family name has no reading in the tables, and its romanised key is no name)
        return match.text
    words = list(match.words)
    if match.origin == "hk" and " " in match.text.strip():
        # Cantonese: the syllables as written apart ("Yip Suet Kiu", "YIP Suet-kiu")
        return " ".join(w.capitalize() for w in match.text.split())
    if match.kind in ("romanised", "romaji", "pinyin"):
        surnames = east_asian.tables().surnames
        for written in _WRITTEN_WORD.findall(match.text):
            if words[0] in (surnames.get(written.lower()) or {}).values():
                words[0] = written.lower()
                break
        else:
            # run together ("kyunghayul"): the family name as it begins or ends the token
            token = match.text.lower()
            for size in range(2, east_asian.SURNAME_LETTERS_MAX + 1):
                for form in (token[:size], token[-size:]):
                    if words[0] in (surnames.get(form) or {}).values():
                        words[0] = form
                        break
                else:
                    continue
                break
        if _letters(match.text).startswith(words[1]) and not _letters(match.text).startswith(
            words[0]
        ):
            words.reverse()  # written given name first ("Seo-ah Kang"): shown so
    return " ".join(_shown_word(w) for w in words)


def _shown_word(word: str) -> str:
    """A name word capitalised, each part of a double surname too ("Ofori-Atta"); a surname
    with its particles keeps them small ("de la Varenne")."""
    *particles, last = word.split(" ")
    shown = "-".join(p.capitalize() for p in last.split("-"))
    return " ".join([*particles, shown])


def _acronym_first(match: NameMatch) -> bool:
    """A name read backwards whose first word is a short word in capitals ("DOAX Venus"), not
    a surname of the tables written in capitals before a given name ("KESSLER ilse", "BRANDT
    Ilse": a family name in capitals)."""
    written = _WORD.findall(match.text)
    if not written or not 2 <= len(written[0]) <= 5 or not written[0].isupper():
        return False
    family = written[0].lower()
    return not (
        len(written) == 2
        and len(family) >= FAMILY_CAPITALS_MIN
        and not written[1].isupper()
        and (family in common_surnames() or family in word_surnames())
    )


_NOT_LETTER_OR_DIGIT = re.compile(r"[\W_]+")


def _letters(text: str) -> str:
    """The letters and digits of ``text``, lower case (``str.isalnum`` ones)."""
    return _NOT_LETTER_OR_DIGIT.sub("", text.lower())


# a word or a number: "thai_look_slider_flux_1_d" -> thai look slider flux 1 d
_WORD_OR_NUMBER = re.compile(r"[^\W\d_]+|\d+")


def _named_after(stem: str, title_letters: str) -> bool:
    """Whether a file stem (or a version's name) is the model's name again: its letters, or
    they and then a base-model segment (a base model of vocab's, with model words, numbers and
    single letters: "thai_look_slider_flux_1_d" of "~Thai look slider~ | Flux.1 D", whose
    title is read without it) or a dotted version ("_v2_0" of "… v2.0"). A plain version alone
    ("_v2") is not enough: a stem that differs from the title so has always been read as a
    second spelling of it."""
    letters = _letters(stem)
    if letters == title_letters:
        return True
    if not title_letters or not letters.startswith(title_letters):
        return False
    at, base, numbers = 0, False, 0
    for word in _WORD_OR_NUMBER.findall(stem.lower()):
        if at < len(title_letters):
            at += len(word)
        elif word in BASE_MODEL_WORDS:
            base = True
        elif word.isdigit():
            numbers += 1
        elif len(word) > 1 and word not in MODEL_WORDS:
            return False
    # a base model, or a dotted version the title was read without ("_v2_0" of "v2.0")
    return (base or numbers >= 2) and at == len(title_letters)


def _lowercase_word_surname(match: NameMatch) -> bool:
    """A pair written "Yuri kiss": the first name capitalised, the other word left small."""
    if match.kind != "pair" or " " not in match.text or match.text.count(" ") > 2:
        return False  # (a name spelled letter by letter is no such pair)
    first, last = match.text.split()[0], match.text.split()[-1]
    return first[:1].isupper() and last.islower()


class NameShape:
    name: ClassVar[str] = "name_shape"
    version: ClassVar[str] = "37"
    fields: ClassVar[tuple[str, ...]] = (
        "name",
        "trained_words",
        "file_names",
        "version_names",
        "description",
    )

    def hits(self, record: object) -> list[Hit]:
        out: list[Hit] = []
        seen: set[tuple[str, str]] = set()
        name_letters, name_found = "", True
        head = view(record).description[:DESCRIPTION_HEAD]
        corroborated = False
        name_keys: set[str] = set()
        for field, text in name_texts(record):
            if field == "name":
                text = _caps_title(text)
                name_letters = _letters(text)
                name_found = bool(text_hits(field, text))
                if not name_found and getattr(record, "platform", "") == "huggingface":
                    # a repository slug that is only a name ("ignatiusmerrowdale-lora")
                    slug = slug_name(text) or _instance_slug(record, text)
                    if slug is not None:
                        sig = f"{self.name}@{self.version}"
                        out.extend(_match_hits(sig, field, slug, FIELD_WEIGHT[field]))
                        name_keys.add(slug.key)
                        seen.add((field, slug.key))
                        name_found = True
            elif (
                field in ("file_names", "version_names")
                and not name_found
                and _named_after(text, name_letters)
            ):
                continue  # the file named after a model name that holds no name
            for key, hits in text_hits(field, text):
                if (field, key) in seen:
                    continue
                seen.add((field, key))
                if field == "name":
                    name_keys.add(key)
                elif field in ("file_names", "version_names") and _repeated_romaji(
                    key, hits, name_keys
                ):
                    continue
                out.extend(hits)
                if not name_found and not corroborated and field == "file_names":
                    found = _corroborated(field, hits, head)
                    if found is not None:
                        out.append(found)
                        corroborated = True
        out.extend(_possessive_title(view(record).name))
        if not out:
            out.extend(_base_model_name(record) or _spelled_title(view(record).name))
        if not out:
            out.extend(_voice_name(record) or _script_pair_title(record))
        if not out:
            out.extend(_requested_title(record))
        if not out:
            out.extend(_split_token_name(record))
        if not out:
            out.extend(_nicknamed_title(record))
        if not out and "." in view(record).name[:INITIALS_DOT_AT]:
            out.extend(_initials_title(record))
        if not out and "backward" in view(record).name_folded:
            out.extend(_backwards_title(view(record).name))
        out.extend(_described_blend(head))
        if not any(h.feature.endswith(":blend") for h in out):
            out.extend(_titled_blend(record))
        if not any(h.feature.endswith(":blend") for h in out):
            out.extend(_recipe_share(head))
        if head and ":" in head:
            out.extend(_cast_line(head))
        if head:
            # a long description's closing lines name the person as its opening would
            # (not on a page of drawing or fiction: its closing lines name its characters)
            tail = description_tail(record, DESCRIPTION_HEAD)
            described = _described_person(_whole_words(head, view(record).description)) or (
                _described_person(tail) if tail and not _fiction_page(record) else []
            )
            if not described and not any(h.aspect == "likeness" for h in out):
                described = _context_person(record) or _labelled_person(record)
            out.extend(described)
        if not out:
            out.extend(_tag_name(view(record).tags))
        if not out and head:
            out.extend(_stage_name(record, head))
        if not out and head:
            out.extend(_title_surname(view(record).name, head))
        return out


def _whole_words(head: str, description: str) -> str:
    """``head`` without the word its cut splits (the tail reads that line whole): a name cut
    at the head is no name ("Zorya Ma")."""
    if len(description) <= len(head) or not _is_letter(description[len(head)]):
        return head
    return head[: head.rfind(" ") + 1] if " " in head else head


# A line of the description that names the cast of a role ("Cast: Anna Kowal.", "Starring:
# Anna Kowal"): the actor whose face a live-action role's model shows, over the role's name.
_CAST_LINE = re.compile(
    r"(?:^|(?<=\n))[ \t]*(?:cast|starring|actor|actress|played by|portrayed by)[ \t]*[:：][ \t]*",
    re.IGNORECASE,
)
CAST_TARGET = 0.95  # the actor named by the cast line: above the role's name in the title


def _cast_line(head: str) -> list[Hit]:
    for label in _CAST_LINE.finditer(head):
        m = _FRAMED_NAME.match(head, label.end())
        found = _framed_words(m.group(1), m.start(1)) if m is not None else None
        if found is not None:
            text, span, score = found
            hits = _person_hits(text, span, score)
            return [
                dataclasses.replace(h, score=CAST_TARGET) if h.aspect == "target" else h
                for h in hits
            ]
    return []


# A label line anywhere in the description ("Subject: Anna Kowal (boxer)."), as long pages put
# it below their changelog: read past the opening the other frames read.
_LABEL_LINE = re.compile(
    r"(?:^|(?<=\n))[ \t]*(?:subject|person|target|likeness|celebrity)[ \t]*[:：][ \t]*",
    re.IGNORECASE,
)
_LABEL_LINE_STARTS = PatternStarts(_LABEL_LINE)  # perf14: tried at line starts only


def _labelled_person(record: object) -> list[Hit]:
    text = view(record).description
    if len(text) <= DESCRIPTION_HEAD or ":" not in text:
        return []
    for label in _LABEL_LINE_STARTS.finditer(text, DESCRIPTION_HEAD - 40):
        m = _FRAMED_NAME.match(text, label.end())
        found = _framed_words(m.group(1), m.start(1)) if m is not None else None
        if found is not None:
            return _person_hits(*found)
    return []


def _instance_slug(record: object, slug: str) -> NameMatch | None:
    card = getattr(record, "card", None)
    instance = card.get("instance_prompt") if isinstance(card, dict) else None
    return instance_slug_name(slug, instance) if isinstance(instance, str) else None


def _repeated_romaji(key: str, hits: tuple[Hit, ...], name_keys: set[str]) -> bool:
    """A romaji name run together in a file or version name ("kisaragireona3500") that the
    model's name already gives apart: the file named after the model, no second source (drawn
    characters are named so as often as people)."""
    return (
        key in name_keys
        and bool(hits)
        and hits[0].feature.endswith(":romaji")
        and hits[0].text.isalnum()
    )


def _tag_name(tags: tuple[str, ...]) -> list[Hit]:
    """The hits of the first tag that is a person's full name ("mira vossberg"), when no other
    field names anyone: uploaders put the name in a tag alone. Only a first name beside a
    surname, or an East-Asian name, counts (a tag read reversed or run together is more often
    a character or a look), and none among a character's tags."""
    read = tags[:TAGS_READ]
    if any(t in FICTION_WORDS or t in LIVE_GENERIC_FICTION for t in read):
        return []  # a character's tags: a name among them is the character's
    for tag in read:
        m = _PERSON_TAG.fullmatch(tag) if ":" in tag else None
        if m is not None:
            # "person:mira-vossberg": the tag says whom the model holds
            words = m.group(1).replace("_", "-").split("-")
            if _place_or_fiction(words):
                continue
            first = framed_name_words(words)
            if first is None and cast_name_words(words):
                first = FirstName(words[0], name_gender(words[0]), TAG_FIRST_COUNT)
            if first is None:
                first = _person_tag_first(words)
            if first is not None:
                shown = " ".join(_shown_word(w) for w in words)
                found = NameMatch(shown, (0, len(tag)), tuple(words), "pair", first, False)
                return list(
                    _match_hits(f"{NameShape.name}@{NameShape.version}", "tags", found, 0.6)
                )
    for tag in read:
        if " " not in tag.strip():
            continue
        for _key, hits in text_hits("tags", tag):
            if any(h.feature.endswith(TAG_KINDS) for h in hits):
                return list(hits)
    for tag in read:
        # Tags are lower case, and romanised East-Asian names are read capitalised only
        # ("maeng chae-a"): each word capitalised, only such a name counts.
        if " " not in tag.strip() or not tag.isascii():
            continue
        for _key, hits in text_hits("tags", tag.title()):
            if any(h.feature.endswith(":romanised") for h in hits):
                return list(hits)
    for tag in read:
        whole = _whole_tag_name(tag)
        if whole is not None:
            return list(_match_hits(f"{NameShape.name}@{NameShape.version}", "tags", whole, 0.6))
    return []


TAG_FIRST_COUNT = 1000  # a first name read in a lower-case tag: no rare one
_PERSON_TAG = re.compile(
    r"(?:person|celebrity|subject|likeness|people):([a-z]{2,20}(?:[-_][a-z]{1,24}){1,3})"
)
_TAG_INITIAL = re.compile(r"^([a-z]{2,20}) [a-z]\.? (?=[a-z]{2})")


def _person_tag_first(words: list[str]) -> FirstName | None:
    """A tag that says it names a person ("person:mira-lively"): a common first name of the
    table, no ordinary word, before any word of letters that is no word of places, fiction or
    things (surnames are often words: "Lively", "Long")."""
    if not all(w.isalpha() for w in words) or len(words[-1]) < 3 or _place_or_fiction(words):
        return None
    entry = first_names().get(words[0])
    if entry is None or entry.word or entry.count < TAG_FIRST_COUNT:
        return None
    return entry if surname_like(words[-1]) else None


def _whole_tag_name(tag: str) -> NameMatch | None:
    """A lower-case tag that is nothing but a first name and a surname ("mira vossberg", "mira
    j. vossberg", "mira o brennan"): read capitalised, the way its uploader meant it. The first
    name may be no ordinary word ("will", "rose": a tag "rose garden" is a thing)."""
    if not tag.isascii() or not tag.islower() or not 2 <= tag.count(" ") + 1 <= 4:
        return None
    bare = _TAG_INITIAL.sub(r"\1 ", tag)
    for m in find_names(bare.title()):
        usable = m.kind == "pair" and not m.first.word and m.first.count >= TAG_FIRST_COUNT
        if usable and m.span == (0, len(bare)):
            return m
    # a name the pair finder leaves (a surname the word table counts, "anna kowal-brandt"),
    # read as a name in a weak frame: a tag that is nothing else
    words = [w.replace("-", "") for w in tag.split(" ")]
    if not all(w.isalpha() for w in words) or len(words) > 3:
        return None
    first = framed_name_words(words, strict=True)
    if first is None or first.count < TAG_FIRST_COUNT or len(words[0]) == 1:
        return None
    shown = " ".join(_shown_word(w) for w in tag.split(" "))
    return NameMatch(shown, (0, len(tag)), tuple(words), "pair", first, False)


def _corroborated(field: str, hits: tuple[Hit, ...], head: str) -> Hit | None:
    """A likeness hit when a person name found in a file name (the model's name holding none)
    is also written out in the description's opening as words apart ("kelly warden"): trigger
    words, often copied into descriptions, are no second source."""
    like = next((h for h in hits if h.aspect == "likeness"), None)
    target = next((h for h in hits if h.aspect == "target"), None)
    if like is None or target is None or not head or target.value is None:
        return None
    if not like.feature.endswith(":pair"):
        return None
    words = fold(target.value).split()
    if len(words) != 2:
        return None
    # words apart only: a trigger token copied into the description ("wh_chi_zhajia") is none
    described = " ".join(w for w in _DESCRIPTION_WORD.findall(fold(head)) if w.isalpha())
    if f" {words[0]} {words[1]} " not in f" {described} " and f"{words[0]} {words[1]}" not in (
        fold(head)
    ):
        return None
    return Hit(
        f"{NameShape.name}@{NameShape.version}",
        "likeness",
        CORROBORATED_SCORE,
        field,
        target.text,
        target.span,
        note="person-name shape, also written in the description",
        feature="name_shape:other:corroborated",
    )


# "photos of Quintessa": one capitalised word after the photographs a model was made from
# (a word of 3 to 20 letters, no second capitalised word after it: a full name is read elsewhere)
_PHOTOS_OF = re.compile(r"\bphoto(?:s|graphs)? of ([A-Z][a-z]{2,19})\b(?![ _-]?[A-Z])")
_STAGE_TRIGGER_MAX = 40
# a one-word title's trade after a dash, a bar or a bracket ("Satriyo - penyanyi Indonesia",
# "Quintessa (singer)"), in English and the languages of the sets' pages
_TRADES = (
    r"actress|actor|singer|rapper|idol|presenter|newsreader|streamer|youtuber|influencer|"
    r"athlete|dancer|comedian|politician|journalist|cosplayer|musician|wrestler|footballer|"
    r"boxer|broadcaster|anchorman|anchorwoman|newscaster|forecaster|weatherman|weatherwoman|"
    r"penyanyi|aktris|aktor|pelawak|oyuncu|şarkıcı|sunucu|cantante|actriz|atriz|cantora|"
    r"chanteuse|chanteur|actrice|sängerin|sänger|schauspielerin|aktorka|piosenkarka|diễn viên|"
    r"ca sĩ|นักร้อง|นักแสดง"
)
_TITLE_TRADE = re.compile(
    r"([A-Z][a-z]{2,19}) ?[-—–|(,] ?(?:the |an? )?(?:[a-z]{2,12} )?"
    rf"(?i:{_TRADES})(?![^\W\d_])"
)


def _stage_name(record: object, head: str) -> list[Hit]:
    """A one-word stage name, three fields agreeing: the description's opening says the model
    was made from photos of a capitalised word that is no common word, and the model's name
    begins with that word and a trigger word is that word ("Quintessa v4", trigger
    "quintessa", "Trained on press photos of Quintessa"). Photographs, not images or
    screenshots: drawn characters are not photographed. Or the title gives the word its trade,
    in any language the uploaders write ("Satriyo - penyanyi Indonesia", trigger "satriyo")."""
    name = getattr(record, "name", "") or ""
    found = _PHOTOS_OF.search(head) or _TITLE_TRADE.match(name)
    if found is None or _drawn_prompt(name):
        return []
    word = found.group(1)
    key = word.lower()
    if key in common_words() or key in NOT_NAME_WORDS or key in FICTION_WORDS:
        return []
    first = _WORD.match(name)
    if first is None or first.group(0).lower() != key:
        return []
    triggers = getattr(record, "trained_words", ()) or ()
    if not any(fold(t[:_STAGE_TRIGGER_MAX]).strip() == key for t in triggers[:12]):
        return []
    sig = f"{NameShape.name}@{NameShape.version}"
    return [
        Hit(
            sig,
            "likeness",
            CORROBORATED_SCORE,
            "description",
            word,
            found.span(1),
            note="one-word name: photos of it, the model's name and its trigger",
            feature="name_shape:other:corroborated",
        ),
        Hit(
            sig,
            "target",
            0.5,
            "description",
            word,
            found.span(1),
            value=word,
            note=canonical_key(word),
        ),
    ]


def _described_blend(head: str) -> list[Hit]:
    """A likeness hit when the description's opening says "a blend of" two named people."""
    phrase = _BLEND_PHRASE.search(head) if head else None
    if phrase is None:
        return []
    start = phrase.end()
    text = head[start : start + BLEND_NAMES_MAX]
    matches = find_names(text)
    blend = _blend(text, matches) or _blend_partner(text, matches)
    if blend is None:
        return []
    return [
        Hit(
            f"{NameShape.name}@{NameShape.version}",
            "likeness",
            BLEND_SCORE,
            "description",
            blend,
            note="named blend: two person names joined",
            feature="name_shape:described:blend",
        )
    ]


# h20: after "a blend of", a full name the tables know joined ("+", "x", "and") to a second
# one they do not ("a blend of Anna Kowal + Tessaly Varnholt"), either order: the blend's frame
# reads the partner by its shape, two capitalised words that are no common word.
_CAPITALISED_PAIR = re.compile(r"[A-Z][a-z]{2,20} [A-Z][a-z]{2,20}(?![^\W\d_])")
_JOIN_BEFORE = re.compile(r"(?<!\S)(?:x|×|and|&|\+|with|mixed with)\s+$", re.IGNORECASE)


def _partner_shape(pair: str) -> bool:
    return all(
        surname_like(w) and fold(w) not in common_words() and fold(w) not in FICTION_WORDS
        for w in pair.split()
    )


def _blend_partner(text: str, matches: tuple[NameMatch, ...]) -> str | None:
    """The span of a known full name and the shaped name a joining word links to it."""
    named = [m for m in matches if m.kind in BLEND_KINDS]
    if len(named) != 1:
        return None
    start, end = named[0].span
    join = _BLEND_JOIN.match(text, end)
    if join is not None:
        pair = _CAPITALISED_PAIR.match(text, join.end())
        if pair is not None and _partner_shape(pair.group(0)):
            return text[start : pair.end()]
    before = text[:start]
    join_before = _JOIN_BEFORE.search(before[-16:])
    if join_before is not None:
        cut = len(before) - len(before[-16:]) + join_before.start()
        head = before[:cut].rstrip()
        pair = _CAPITALISED_PAIR.search(head[-42:])
        if pair is not None and head.endswith(pair.group(0)) and _partner_shape(pair.group(0)):
            return text[len(head) - len(pair.group(0)) : end]
    return None


# A face-mix recipe that gives a named person a share ("Face mix: Anna Kowal 60%, random face
# 40%", "40 % Anna Kowal + 60 % Clara Day"): a likeness of that person, as a named blend is. One
# part of the recipe per line or list item; the part's words must be a person's name and
# nothing else (model names of merge recipes, "Realistic Vision 30%", are no names).
_RECIPE_PART = re.compile(
    r"(?P<name>[^\W\d_][^\n%]{2,40}?)[ \t]*[:(]?[ \t]*\d{1,3}(?:[.,]\d)?[ \t]?%\)?"
    r"|\d{1,3}(?:[.,]\d)?[ \t]?%[ \t]*(?P<after>[^\W\d_][^\n%]{2,40})"
)
_RECIPE_SPLIT = re.compile(r"\n|[,;+•·]")
RECIPE_PARTS = 8


def _recipe_share(head: str) -> list[Hit]:
    """A likeness hit when a mix's recipe in the description's opening gives a named person a
    share (a percentage beside a whole person's name)."""
    if "%" not in head or _BLEND_WORD.search(head) is None:
        return []
    for part in _RECIPE_SPLIT.split(head, RECIPE_PARTS)[:RECIPE_PARTS]:
        found = _RECIPE_PART.fullmatch(part.strip())
        if found is None:
            continue
        name = (found.group("name") or found.group("after") or "").strip()
        if _BLEND_WORD.search(name) is not None:
            continue
        matches = [
            m for m in find_names(name) if m.kind in BLEND_KINDS and m.span == (0, len(name))
        ]
        words = _recipe_name(name) if not matches else None
        for match_words in [m.words for m in matches] + ([words] if words else []):
            sig = f"{NameShape.name}@{NameShape.version}"
            display = " ".join(w.capitalize() for w in match_words)
            return [
                Hit(
                    sig,
                    "likeness",
                    BLEND_SCORE,
                    "description",
                    found.group(0),
                    note="named blend: a mix's recipe gives a named person a share",
                    feature="name_shape:described:blend",
                ),
                Hit(
                    sig,
                    "target",
                    0.6,
                    "description",
                    name,
                    value=display,
                    note=canonical_key(" ".join(match_words)),
                ),
            ]
    return []


def _recipe_name(name: str) -> tuple[str, str] | None:
    """The words of a recipe's part that reads as a person's name though the name reader
    passes it by: a surname of the tables after a first name of the tables (a word one too:
    "Beau", the recipe's share says a person) or after a word of a name's shape that is no
    common word (a given name no table holds); model names ("Realistic Vision") end on none."""
    words = name.split()
    if len(words) != 2 or not all(w.isalpha() and w.isascii() for w in words):
        return None
    given, family = (fold(w) for w in words)
    if family not in common_surnames() or given in NOT_NAME_WORDS or family in NOT_NAME_WORDS:
        return None
    known = first_names().get(given) is not None
    if not known and (given in common_words() or len(given) < 3 or not surname_like(given)):
        return None
    return given, family


# The word of a firm that ends its name after two name-like words ("<Two Words> Talent",
# "… Agency", "… Enchères", "… Records"): the words before it name the firm, not a person.
# Words a person's own business takes after her name ("Photography", "Studio") are left out.
_ORG_TAIL = re.compile(
    r"[ _]+(?:talent|agency|agencia|agence|agentur|models|management|mgmt|ench[eè]res|"
    r"auctions?|auktionen|gallery|galerie|galeria|records|holdings|partners|associates|"
    r"ltd|inc|llc|gmbh|plc)(?![^\W_])",
    re.IGNORECASE,
)


# w2gen: what a tool model does, as the last word of a lower-case slug ("<word>-tagger",
# "<word>-segmenter"): the slug names the tool, however much its words look like a name.
TOOL_NOUNS = frozenset(
    {"tagger", "captioner", "classifier", "detector", "segmenter", "upscaler", "tokenizer",
     "encoder", "decoder", "embedder", "interrogator", "labeler", "labeller", "scorer",
     "ranker", "parser", "transcriber", "vectorizer"}
)  # fmt: skip


@lru_cache(maxsize=262144)
def text_hits(field: str, text: str) -> tuple[tuple[str, tuple[Hit, ...]], ...]:
    """(name key, hits) for every name in one field's text; cached, as texts recur."""
    sig = f"{NameShape.name}@{NameShape.version}"
    out: list[tuple[str, tuple[Hit, ...]]] = []
    weight = FIELD_WEIGHT.get(field, 0.5)
    if field != "name":
        lowered = text.lower()
        if "style" in lowered:
            return ()  # "<artist> artstyle": a trigger of an artist's style, not a face
        if lowered.count(",") >= PROMPT_COMMAS:
            weight *= 0.5  # a prompt of many tags: a name-like pair there is often a look
    mixed_case = not text.islower() and not text.isupper()
    matches = find_names(text)
    found_in = text  # the text the names were read from (the initial taken out, below)
    if not matches and " " in text:
        # "George W. Harlan", "Anna J Kowal": a middle initial between first name and surname
        pattern = (
            _MIDDLE_INITIAL_UPPER
            if text.isupper()
            else _MIDDLE_INITIAL_LOWER
            if text.islower()
            else _MIDDLE_INITIAL
        )
        bare = pattern.sub(r"\1 ", text)
        if bare != text:
            matches, found_in = find_names(bare), bare
    if not matches and "_" in text and text.islower():
        # "anna_j_kowal_v1", "anna_o_kowal": a middle initial, or an Irish "O'" written apart,
        # in a file stem or a network key (the "O" joins the surname it belongs to)
        bare = _SNAKE_INITIAL.sub("_", _SNAKE_O.sub("_o", text))
        if bare != text:
            matches, found_in = find_names(bare), bare
    for match in matches:
        if _ORG_TAIL.match(found_in, match.span[1]) is not None:
            continue  # "Velvet Row Talent", "Maison Carrel Enchères": a firm's name, no person
        if not match.capitalised and not TOOL_NOUNS.isdisjoint(match.words):
            # "joy-tagger-v4", "rosa-captioner", "skin-segmenter-bee" (read reversed): a tool's
            # slug, its noun in either place, no name
            continue
        if mixed_case and _lowercase_word_surname(match):
            continue  # "Yuri kiss": a writer who capitalises names left this word small
        if match.kind == "reversed" and _acronym_first(match):
            continue  # "DOAX Venus": an acronym (a game, a studio) is no surname
        read = weight
        if field == "version_names" and _whole_version_name(text, match):
            read = VERSION_NAME_WEIGHT  # a version named after a person: "Mira Voss" alone
        shown = _with_initial(text, match) if found_in is not text else None
        out.append((match.key, _match_hits(sig, field, match, read, shown)))
    blend = _blend(text, matches)
    if blend is not None:
        out.append(
            (
                f"blend:{blend}",
                (
                    Hit(
                        sig,
                        "likeness",
                        round(BLEND_SCORE * weight, 3),
                        field,
                        blend,
                        note="named blend: two person names joined",
                        feature=f"name_shape:{'name' if field == 'name' else 'other'}:blend",
                    ),
                ),
            )
        )
    return tuple(out)


VERSION_NAME_WEIGHT = 1.0


def _whole_version_name(text: str, match: NameMatch) -> bool:
    """A version name that is only a capitalised first name and surname ("Mira Voss"): the
    version, not a word of its, is named after a person (packs of people, one per version)."""
    return (
        match.kind == "pair"
        and match.capitalised
        and match.span[0] == 0
        and match.span[1] == len(text.rstrip())
    )


_NAME_PARTS = re.compile(r"[ _]")


def _with_initial(text: str, match: NameMatch) -> str | None:
    """The name read without its middle initial ("Anna Kowal" of "Anna J. Kowal",
    "anna_j_kowal") shown with it, as the text writes it ("Anna J Kowal"): the initial is a
    part of how the person is named. None when the text writes no initial between its words."""
    parts = _NAME_PARTS.split(match.text)
    if match.kind != "pair" or len(parts) != 2:
        return None
    found = re.search(
        rf"(?<![^\W\d_]){re.escape(parts[0])}[ _]([^\W\d_])\.?[ _]{re.escape(parts[1])}",
        text,
    )
    if found is None or (found.group(1) in "dlDL" and parts[1][:1].lower() in "aeiouy"):
        return None  # "clemence_d_orvillers": an elided particle ("d'"), no initial
    given, *rest = display_name(match).split(" ")
    return " ".join([given, found.group(1).upper(), *rest])


def _match_hits(
    sig: str, field: str, match: NameMatch, weight: float, shown: str | None = None
) -> tuple[Hit, ...]:
    """The likeness, target and gender hits of one name found in a field (the target shown
    as ``shown`` when given: a name with its middle initial)."""
    base = BASE_SCORE[match.kind]
    if match.kind in ("pair", "reversed") and match.capitalised:
        base = 1.0
    score = round(base * weight, 3)
    where = "name" if field == "name" else "other"
    hits = [
        Hit(
            sig,
            "likeness",
            score,
            field,
            match.text,
            match.span,
            note=f"person-name shape ({match.kind.replace('_', ' ')})",
            feature=f"name_shape:{where}:{match.kind}",
        ),
        Hit(
            sig,
            "target",
            round(0.75 * score, 3),
            field,
            match.text,
            match.span,
            value=shown or display_name(match),
            # a name in Greek, Cyrillic, Hebrew or Arabic script keeps its own letters
            note=canonical_key(" ".join(match.words)) or " ".join(sorted(match.words)),
        ),
    ]
    gender = GENDER.get(match.first.gender)
    if gender is None and match.kind in WESTERN_KINDS:
        gender = GENDER.get(name_gender(match.first.name))  # "Blythe": leans one way
    if gender:
        hits.append(
            Hit(
                sig,
                "gender",
                0.6 * score,
                field,
                match.first.name,
                value=gender,
                note="first-name table",
            )
        )
    return tuple(hits)


def _blend(text: str, matches: tuple[NameMatch, ...]) -> str | None:
    """The span of the first two adjacent person names a joining word links ("Anna Miller x
    Clara Day"), or None: a blend of named people is a likeness of each of them."""
    named = [m for m in matches if m.kind in BLEND_KINDS]
    # After a blend word ("Face mix: A, B, C"), a comma joins the people too.
    listed = len(named) >= 2 and _BLEND_WORD.search(text[: named[0].span[0]]) is not None
    for a, b in zip(named, named[1:], strict=False):
        gap = text[a.span[1] : b.span[0]]
        if (
            a.span[1] <= b.span[0]
            and a.words != b.words  # two people may share a first name ("Marisol x Marisol")
            and a.words[-1] != b.words[-1]
            and (_BLEND_JOIN.fullmatch(gap) or (listed and _LIST_JOIN.fullmatch(gap)))
        ):
            return text[a.span[0] : b.span[1]]
    return None


# A person named in the description's opening by what the model was made from: a face or the
# photographs of someone, in the languages uploaders write ("Trained on photos of Maelis
# Corvander", "Treinado com 40 fotos de ...", "LoRA wajah ...", "LoRA twarzy: ...", "...
# yüz LoRA'sı"), or a name written as a hashtag ("#MaelisCorvander"), or a lower-case name in
# a prompt after "a photo of" ("a photo of maelis corvander, city street"). The name is read
# by its shape, two or three capitalised words that are no common word and no word the project
# reads as no name, so that a name no table holds counts (any culture's names).
_PHOTOS_WORDS = (
    r"photos?|photographs?|pictures?|selfies?|headshots?|portraits?|fotos?|fotografi(?:as|es|e|a)|"
    r"fotoğrafları|zdjęcia|zdjęciach|foto's|images?|imgs?|pics?|"
    # the footage of an advertisement's face ("the <Brand> girl from the TV commercials, <Name>")
    r"commercials?|adverts?|advertisements?"
)
_FACE_WORDS = (
    r"faces?|likeness|lookalike|rosto|visage|volto|gesicht|cara|wajah|wajahnya|muka|twarzy?"
)
_OF_WORDS = r"of|de|da|do|das|dos|di|del|della|von|van|du|des|dari|ng|ni|ka|po"
# A context word: a face or photos word (its case any), "of" in some language after it; "this
# (one) is"; Thai "face of", "picture of". Found first (a scan for literal words), the
# name then read where it ends: the scan of the whole opening for name shapes costs too much.
_CONTEXT_BEFORE = re.compile(
    rf"(?:(?P<face>{_FACE_WORDS}|(?:this|that|it) (?:one )?is|(?:that|it)['’]s)|{_PHOTOS_WORDS})"
    rf"(?:(?: (?P<mid>[^\W\d_]{{3,14}}))? (?:{_OF_WORDS})(?![^\W\d_]))?[:,]? "
    rf"|(?P<thai>ใบหน้าของ|ใบหน้า|ภาพของ) ?"
)
# poi22: one word may stand between the photos and "of", the Romance order of an adjective
# ("fotos públicas de <Name>", "photos récentes de", "foto ufficiali di") as the English one
# before ("public photos of"); no word of a style or a thing ("portraits style of <Painter>").
_MID_NOT = STYLE_WORDS | CONCEPT_WORDS
# Where a context word may begin in the lower-cased opening: a scan for these literal words is
# cheap; the context pattern is then matched only there.
_BEFORE_HINT = re.compile(
    "phot|pic|imag|img|self|headshot|portrait|foto|zdj|commercial|advert|face|likeness|lookalike|"
    "rosto|visage|volto|gesicht|cara|wajah|muka|twarz|this |that |that'|that’|it is|it's|it’s|"
    "ใบหน้า|ภาพของ"
)
_BEFORE_HINT_STARTS = PatternStarts(_BEFORE_HINT)  # perf14: its words off the shared pass
_AFTER_HINT = re.compile("yüz|yuz|wajah|face|gesicht|visage|rosto|twarz|的|の|사진|얼굴")
# two or three words from where the context word ends
_NAME_AT = re.compile(r"(?:[^\W\d_][^\W\d_'’-]{1,20} ){1,2}[^\W\d_][^\W\d_'’-]{1,20}(?![^\W\d_])")
# a face word after a name ("<Name> yüz LoRA'sı", "<Name> face LoRA"), or the Chinese, Japanese
# or Korean word for photos or face ("<Name> 的照片", "<Name> の写真", "<Name> 사진")
_CONTEXT_AFTER = re.compile(
    r" (?:yüz|yuz|wajah|face|gesicht|visage|rosto|twarz)(?![^\W\d_])|"
    r" ?(?:的照片|的写真|的脸|の写真|の顔|사진|얼굴)"
)
_WORD_BEFORE = re.compile(r"[^\W\d_][^\W\d_'’-]{1,20}")
NAME_BEFORE_CHARS = 66  # three words of up to 21 letters and their spaces
# first words of place names ("Santa Monica", "Nueva York", "Port Louis"): no person's name
PLACE_HEADS = frozenset(
    {"san", "santa", "santo", "sao", "saint", "st", "los", "las", "nueva", "nuevo", "new",
     "port", "porto", "puerto", "fort", "mount", "monte", "lake", "cape", "rio", "villa",
     "ciudad", "bad", "el", "la", "le"}
)  # fmt: skip
_HASHTAG = re.compile(r"#((?:[A-Z][a-z]{1,20}){2,3})(?![A-Za-z0-9_])")
_HASHTAG_WORD = re.compile(r"[A-Z][a-z]+")
# A lower-case name where a prompt or a line names whom the photos show: after "photo of"
# ("a photo of maelis corvander, city street"), "fotos de", "用" (用 … 的照片), or opening a
# line of a prompt before a comma ("maelis corvander, portrait, soft light"); before the
# Chinese, Japanese or Korean word for photos ("… 的照片", "… の写真", "… 사진").
# ... and where the page says who it is ("this one is <first> <last>", "yes it's ...")
_PROMPT_CONTEXT = re.compile(
    r"photos? of |fotos? de |用 ?|(?:[Tt]his|[Tt]hat|[Ii]t) (?:one )?is |(?:[Tt]hat|[Ii]t)['’]s "
)
_LOWER_NAME_AT = re.compile(
    r"([a-z]{3,15}) ([a-z]{2,20}(?:-[a-z]{2,20})?)"
    r"(?=[,.]| in | at |\n|$| ?(?:的照片|的写真|の写真|사진))"
)
DESCRIBED_PERSON_SCORE = 0.9
HASHTAG_SCORE = 0.8
HASHTAG_FIRST_COUNT = 5000  # a first name a hashtag or prompt name begins with: a common one
_VOWEL = re.compile(r"[aeiouy]")


def _described_person(head: str) -> list[Hit]:
    """Likeness and target hits of the first person the description's opening names by a
    face or photographs of them, a hashtag or a prompt (see the patterns above)."""
    found = _opening_found(head)
    return [] if found is None else _person_hits(*found)


def _opening_found(head: str) -> Found | None:
    low = head.lower()
    if len(low) != len(head):
        low = "".join(ch.lower()[:1] or ch for ch in head)  # one character for one ("İ")
    found = _after_context(head, low)
    if found is None and _after_hint(low):
        found = _before_context(head, low)
    if found is None and "#" in head:
        for m in _HASHTAG.finditer(head):
            words = _HASHTAG_WORD.findall(m.group(1))
            if _hashtag_name(words) or titled_name_words([fold(w) for w in words]) is not None:
                found = (" ".join(words), m.span(1), HASHTAG_SCORE)
                break
    if found is None and "#" in head:
        found = _lower_hashtag(head)
    if found is None:
        found = _lower_case_name(head)
    if found is None:
        found = _framed_found(head)
    return found


def _person_hits(
    text: str, span: tuple[int, int], score: float, field: str = "description"
) -> list[Hit]:
    sig = f"{NameShape.name}@{NameShape.version}"
    out = [
        Hit(
            sig,
            "likeness",
            score,
            field,
            text,
            span,
            note="person name in the description: photos or the face of a named person",
            feature="name_shape:other:corroborated",
        ),
        Hit(
            sig,
            "target",
            round(0.75 * score, 3),
            "description",
            text,
            span,
            value=text,
            note=canonical_key(text),
        ),
    ]
    gender = GENDER.get(name_gender(text.split()[0]))
    if gender is not None:
        out.append(
            Hit(
                sig,
                "gender",
                0.3,
                "description",
                text.split()[0],
                value=gender,
                note="first-name table",
            )
        )
    return out


Found = tuple[str, tuple[int, int], float]


# A person named further down the page (the version notes, a changelog, an example prompt
# follow the description) by what the model was made from or whom it shows, no field naming
# anyone: "v3: retrained on <Name> photos", "more <Name> red carpet pictures", "Este LoRA es
# de <Name>", "a good model of <Name>", "This month: <Name>. She won the poll", a prompt that
# opens on the model's trigger word and then the name ("TOK, <Name> on a red carpet"). The
# name is read as a person's by its shape and the tables (a gendered first name or a surname
# of them; :func:`_capitalised_name`), never followed by a possessive ("<Name>'s style").
CONTEXT_HEAD = 1500
CONTEXT_SCORE = 0.8
_CAP = r"[A-Z][a-z]{1,20}(?:[-'’][A-Z]?[a-z]{1,20})?"
_CAP_NAME = rf"(?P<name>{_CAP}(?: {_CAP}){{1,2}})(?![^\W\d_]|['’]s\b)"
# the name, up to two plain words, then what the photographs are ("Anna Kowal red carpet photos")
_NAME_THEN_PHOTOS = re.compile(
    rf"(?<![^\W\d_]){_CAP_NAME} (?:[a-z-]{{2,15}} ){{0,2}}"
    r"(?:photos|pictures|pics|photographs|selfies|headshots|stills|fotos)\b"
)
_PHOTO_NOUNS = ("photos", "pictures", "pics", "photographs", "selfies", "headshots", "stills",
                "fotos")  # fmt: skip
# what a model is of, in the languages uploaders write ("LoRA of", "Este LoRA es de", "model of")
_MODEL_OF = re.compile(
    r"(?<![^\W\d_])(?i:lora|model|modelo|modèle|modell|embedding|lycoris)"
    r"(?: (?i:es|est|ist|is|è|é))? (?i:of|de|von|di|du|da|do) " + _CAP_NAME
)
_MODEL_OF_HINT = re.compile(
    r"(?:lora|model|modelo|modèle|modell|embedding|lycoris)(?: [a-zè]{1,3})? "
    r"(?:of|de|von|di|du|da|do) "
)
_MODEL_OF_HINT_STARTS = PatternStarts(_MODEL_OF_HINT)  # perf14: its words off the shared pass
# a request for a model of the person ("Need a good <Name> LoRA", "an accurate <Name> model")
_GOOD_NAME_MODEL = re.compile(
    r"(?<![^\W\d_])(?i:good|decent|accurate|proper|better|realistic) "
    + _CAP_NAME
    + r" (?i:lora|model|embedding|lycoris)\b"
)
_GOOD_HINTS = ("good ", "decent ", "accurate ", "proper ", "better ", "realistic ")
# a sentence after the name whose subject is a person's pronoun ("<Name>. She won the poll")
_NAME_THEN_PRONOUN = re.compile(rf"(?<![^\W\d_]){_CAP_NAME}[.!] (?:She|He) [a-z]")


def _context_person(record: object) -> list[Hit]:
    text = view(record).description[:CONTEXT_HEAD]
    if not text:
        return []
    found = _trigger_prompt_name(record, text) or _context_found(text)
    return [] if found is None else _person_hits(*found)


CONTEXT_REACH = 110  # characters a context's name may stand before or after its hint word
_PRONOUN_HINTS = (". she ", ". he ", "! she ", "! he ")


def _context_found(text: str) -> Found | None:
    low = text.lower()
    if len(low) != len(text):
        return None  # the hints must stand where they stand in ``text``
    # (pattern, hint positions, name after the hint): each pattern is tried only in a window
    # around a literal hint word, never over the whole text
    tries: list[tuple[re.Pattern[str], list[int], bool]] = [
        (_MODEL_OF, [m.start() for m in _MODEL_OF_HINT_STARTS.finditer(low)], True),
        (_NAME_THEN_PHOTOS, _positions(low, _PHOTO_NOUNS), False),
        (_GOOD_NAME_MODEL, _positions(low, _GOOD_HINTS), True),
        (_NAME_THEN_PRONOUN, _positions(low, _PRONOUN_HINTS), False),
    ]
    for pattern, positions, after in tries:
        for at in positions:
            if after:
                window = (max(0, at - 12), min(len(text), at + CONTEXT_REACH))
            else:
                window = (max(0, at - CONTEXT_REACH), min(len(text), at + 16))
            for m in pattern.finditer(text, *window):
                found = _context_name(m, not after)
                if found is not None:
                    return found
    return None


def _positions(low: str, hints: tuple[str, ...]) -> list[int]:
    out: list[int] = []
    for hint in hints:
        at = low.find(hint)
        while at >= 0 and len(out) < 8:
            out.append(at)
            at = low.find(hint, at + 1)
    return sorted(out)


def _context_name(m: re.Match[str], last: bool) -> Found | None:
    """The person's name in ``m``'s name group: its last two or three words when the context
    follows the name, its first ones when the context comes before."""
    words = m.group("name").split(" ")
    for size in range(len(words), 1, -1):
        run = words[-size:] if last else words[:size]
        if (_name_shaped(run) and _known_person(run)) or _first_then_surnames(run):
            name = " ".join(run)
            at = m.start("name") + (len(m.group("name")) - len(name) if last else 0)
            return name, (at, at + len(name)), CONTEXT_SCORE
    return None


def _first_then_surnames(words: list[str]) -> bool:
    """A common first name of the tables that is no word, then capitalised words that may be
    frequent words themselves (famous surnames are: the word table counts them), though no word
    the project reads as no name nor one of fiction: read only in a person's context."""
    entry = first_name(words[0])
    if entry is None or entry.word or entry.count < HASHTAG_FIRST_COUNT:
        return False
    for word in words[1:]:
        key = fold(word)
        if not (word[:1].isupper() and word[1:].islower() and len(key) >= 2):
            return False
        if _VOWEL.search(key) is None or not key.isalpha():
            return False
        if key in NOT_NAME_WORDS or key in FICTION_WORDS or key in LIVE_GENERIC_FICTION:
            return False
    return True


def _trigger_prompt_name(record: object, text: str) -> Found | None:
    """A prompt that opens on the model's trigger word or instance prompt, a comma, and a
    person's name ("TOK, <Name> on a red carpet")."""
    triggers = [w for w in view(record).trained_words[:4] if 2 <= len(w) <= 24]
    card = getattr(record, "card", None)
    instance = card.get("instance_prompt") if isinstance(card, dict) else None
    if isinstance(instance, str) and 2 <= len(instance) <= 24:
        triggers.append(instance)
    for trigger in triggers:
        at = text.find(trigger + ", ")
        while at >= 0:
            begin = at + len(trigger) + 2
            if at == 0 or not text[at - 1].isalnum():
                m = _PROMPT_OPENING.match(text, begin)
                if m is not None:
                    found = _context_name(m, False)
                    if found is not None:
                        return found
            at = text.find(trigger + ", ", begin)
    return None


_PROMPT_OPENING = re.compile(_CAP_NAME + r"(?=[ ,.]|$)")


def _after_hint(low: str) -> bool:
    """Whether ``low`` may hold a face or photos word after a name (cheap tests first)."""
    if low.isascii():
        return any(word in low for word in _AFTER_ASCII)
    return _AFTER_HINT.search(low) is not None


_AFTER_ASCII = ("face", "wajah", "yuz", "gesicht", "visage", "rosto", "twarz")


def _after_context(head: str, low: str) -> Found | None:
    """The name after the first context word that has one (:data:`_CONTEXT_BEFORE`, found in
    ``low``, the opening lower-cased character for character)."""
    for hint in _BEFORE_HINT_STARTS.finditer(low):
        m = _CONTEXT_BEFORE.match(low, hint.start())
        if m is None:
            continue
        thai = m.group("thai") is not None
        if not thai and m.start() and _is_letter(head[m.start() - 1]):
            continue  # inside a word ("surface of")
        if m.group("mid") is not None and fold(m.group("mid")) in _MID_NOT:
            continue
        at = _NAME_AT.match(head, m.end())
        if at is None:
            continue
        face = m.group("face") is not None or thai
        words = _capitalised_name(at.group(0).split(" "), face, False)
        if words is not None:
            text = " ".join(words)
            return text, (at.start(), at.start() + len(text)), DESCRIBED_PERSON_SCORE
    return None


def _before_context(head: str, low: str) -> Found | None:
    """The name before the first face or photos word that has one (:data:`_CONTEXT_AFTER`,
    found in ``low``): capitalised, or in lower case before the Chinese, Japanese or Korean
    word."""
    for m in _CONTEXT_AFTER.finditer(low):
        start = m.start()
        before = head[max(0, start - NAME_BEFORE_CHARS) : start].rstrip(" ")
        words = before.split(" ")[-3:]
        while words and _WORD_BEFORE.fullmatch(words[0]) is None:
            words.pop(0)
        if len(words) < 2 or not all(_WORD_BEFORE.fullmatch(w) for w in words):
            continue
        end = len(before) + max(0, start - NAME_BEFORE_CHARS)
        found = _capitalised_name(words, True, True)
        script = m.group(0).strip()[:1] > "\u2fff"  # the Chinese, Japanese or Korean word
        if found is None and script and words[-1].islower() and _prompt_name(*words[-2:]):
            found = (words[-2].capitalize(), words[-1].capitalize())
        if found is not None:
            text = " ".join(found)
            size = len(" ".join(words[-len(found) :]))
            return text, (end - size, end), DESCRIBED_PERSON_SCORE
    return None


def _lower_case_name(head: str) -> Found | None:
    """A lower-case name after "photo of", "fotos de" or "用", or opening a line of a prompt
    before a comma (:data:`_LOWER_NAME_AT`); a name in title case opening a prompt line where
    a scene or a cast follows it (:data:`_TITLED_NAME_AT`)."""
    at = 0
    for line in head.split("\n"):
        m = _LOWER_NAME_AT.match(line)
        if m is not None and _prompt_name(m.group(1), m.group(2)) and not _drawn_prompt(line):
            return _lower_found(m, at)
        m = _TITLED_NAME_AT.match(line) if line[:1].isupper() else None
        if m is not None and _titled_prompt_name(m) and not _drawn_prompt(line):
            return (
                f"{m.group(1)} {m.group(2)}",
                (at + m.start(1), at + m.end(2)),
                DESCRIBED_PERSON_SCORE,
            )
        at += len(line) + 1
    if "of " in head or "de " in head or "用" in head or "s " in head:
        for c in _PROMPT_CONTEXT.finditer(head):
            m = _LOWER_NAME_AT.match(head, c.end())
            if m is None or not _word_start(head, c.start()):
                continue
            if _prompt_name(*m.group(1, 2)) or (
                _PERSON_AFTER.match(head, m.end()) is not None
                and cast_name_words(list(m.group(1, 2)))
                and not _drawn_prompt(_rest_of_line(head, m.start()))
            ):
                return _lower_found(m, 0)
    return None


# A prompt line (a Hugging Face widget, an example prompt) that opens on a name in title case
# and then sets the scene or casts it as a person ("Mira Voss in a cafe, film photo", "Mira
# Voss as a woman, portrait"): two or three words, then a place or a cast (not a comma: prose
# opens so too, "<Character>, heroine of <Game>"). Titled words open sentences too ("Golden Hour
# in the city"), so the name must read as one by the tables (:func:`_prompt_name`), or, cast
# as a person, by its shape alone.
_TITLED_NAME_AT = re.compile(
    r"([A-Z][a-z]{2,14}) ((?:[A-Z][a-z]{1,19} )?[A-Z][a-z]{1,19}(?:-[A-Z][a-z]{1,19})?)"
    r"(?= (?:in|at|on) (?:a|an|the) "
    r"| (?P<cast>as an? (?:[a-z-]{2,15} )?(?:woman|man|lady|person)\b))"
)


def _titled_prompt_name(m: re.Match[str]) -> bool:
    first, last = fold(m.group(1)), fold(m.group(2))
    if first in PLACE_HEADS or last.split("-")[-1] in PLACE_TAILS:
        return False
    if (
        " " in last
    ):  # three words ("Clara Del Marrick"): a common first name, then surname-like ones
        words = [m.group(1), *m.group(2).split(" ")]
        tail = fold(words[-1])  # the family name: of the tables, or no common word ("Age")
        surname = tail in common_surnames() or tail in word_surnames() or tail not in common_words()
        return surname and _first_then_surnames(words) and all(_name_part(w) for w in words[1:])
    if _prompt_name(first, last):
        return True
    return m.group("cast") is not None and cast_name_words([first, last])


# a person's noun right after a prompt's name ("photo of <given> <family>, woman, 35mm"): the
# prompt says the name is a person's, whatever the tables know of it
_PERSON_AFTER = re.compile(r", (?:a )?(?:woman|man|girl|boy|lady|person)(?=[,.\n]|$)")


def _rest_of_line(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start:] if end < 0 else text[start:end]


def _lower_found(m: re.Match[str], at: int) -> Found:
    text = f"{m.group(1).capitalize()} {m.group(2).capitalize()}"
    return text, (at + m.start(1), at + m.end(2)), DESCRIBED_PERSON_SCORE


def _is_letter(ch: str) -> bool:
    return ch.isalpha()


def _word_start(text: str, k: int) -> bool:
    return k == 0 or not text[k - 1].isalpha() or not text[k].isascii()


def _name_part(word: str) -> bool:
    """A word that can be part of a person's name read by its shape: letters with a vowel;
    a surname of the tables (also an ordinary word: "Day", "Bird"), else no word the project
    reads as no name nor a word of fiction, and a first name of the table or no common word."""
    key = fold(word)
    if len(key) < 2 or not key.isalpha() or _VOWEL.search(key) is None:
        return False
    if key in common_surnames() or key in word_surnames():
        return True
    if key in NOT_NAME_WORDS or key in FICTION_WORDS or key in LIVE_GENERIC_FICTION:
        return False
    return key in first_names() or key not in common_words()


def _capitalised_name(words: list[str], face: bool, last: bool) -> tuple[str, ...] | None:
    """The person's name among ``words`` (two or three words read after a face or photos word,
    or before a face word when ``last``): the longest run of them, from the start (or the end
    when ``last``), that is a name by its shape: two or three words, each capitalised with the
    rest small (a part after a hyphen or apostrophe too), no common word but a first name or a
    surname of the tables (``"Maelis Corvander"``, ``"Ngozi Adaeze-Obi"``), no place name's
    first word. After photos (not ``face``) its first word is a gendered first name of the
    tables, or its last a surname of them: photos are of places and things too."""
    for size in range(min(3, len(words)), 1, -1):
        run = words[-size:] if last else words[:size]
        if _name_shaped(run) and (face or _known_person(run)):
            return tuple(run)
    return None


def _name_shaped(words: list[str]) -> bool:
    if fold(words[0]) in PLACE_HEADS:
        return False
    for k, word in enumerate(words):
        parts = re.split(r"[-'’]", word)
        if not all(p[:1].isupper() and (p[1:].islower() or len(p) == 1) for p in parts if p):
            return False
        if len(parts[-1]) < 2:
            return False
        if k == 0 and first_name(word) is not None:
            continue
        if not all(_name_part(p) for p in parts if len(p) >= 2):
            return False
    return True


def _known_person(words: list[str]) -> bool:
    """A first word that is a gendered first name of the tables, or a last word that is a
    surname of them."""
    if name_gender(words[0]) in ("f", "m"):
        return True
    key = fold(words[-1])
    return key in common_surnames() or key in east_asian.tables().surnames


# A hashtag in lower case, a name run together ("#maelisorvander", how Instagram tags read)
_LOWER_HASHTAG = re.compile(r"#([a-z]{6,40})(?![A-Za-z0-9_])")


def _lower_hashtag(head: str) -> Found | None:
    """The first lower-case hashtag that is a common first name and a surname run together
    (``#maelisorvander`` → "Maelis Orvander"), as the name tables read a word run together."""
    for m in _LOWER_HASHTAG.finditer(head):
        word = m.group(1)
        for match in find_names(word):
            if match.kind != "run_together" or match.span != (0, len(word)):
                continue
            words = [w.capitalize() for w in match.words]
            if len(words) == 2 and _hashtag_name(words):
                return " ".join(words), m.span(1), HASHTAG_SCORE
    return None


def _hashtag_name(words: list[str]) -> bool:
    """A hashtag that is a first name of the tables then one or two surname-like words that are
    no common words (``#MaelisCorvander``; not ``#GoodVibes``)."""
    entry = first_name(words[0]) if len(words) >= 2 and len(words[0]) >= 3 else None
    if entry is None or entry.word or entry.count < HASHTAG_FIRST_COUNT:
        return False
    return all(_name_part(w) for w in words[1:]) and len(words[-1]) >= 3


def _prompt_name(first: str, last: str) -> bool:
    """``a photo of <first> <last>`` in a prompt: a common gendered first name that is no word,
    before a surname-like word that is no common word."""
    entry = first_name(first)
    if entry is None or entry.count < HASHTAG_FIRST_COUNT:
        return False
    surname = last.split("-")[0]
    if surname in common_surnames() or surname in word_surnames():
        return True
    if entry.word or not surname_like(surname) or len(surname) < 3:
        return False
    return surname not in common_words() or surname in first_names()


# A name in lower case (or any case) where the page introduces its subject, read by the frame
# and the name tables (:func:`dfaudit.detect.names.framed_name_words`), the way real pages
# write: after what the model is of ("LoRA de anna kowal,", "model of anna kowal.", "embedding
# von anna kowal"), after a bounty's request ("requesting anna kowal."), before a birth year
# ("anna kowal (born 1990) is …") or a trade ("anna kowal is an american actress"), and a
# hashtag run together from a first name and a surname ("#annakowal #photoshoot"). Each frame
# is found by a literal word first; the words are read only where it stands.
_FRAMED_NAME = re.compile(
    r"((?:[^\W\d_]\.? |[^\W\d_][^\W\d_'’-]{1,20} ){1,3}[^\W\d_][^\W\d_'’-]{1,24})"
    r"(?=[,.;:!?)\n]| [(|—–-]|$| ?(?:的照片|的写真|の写真|사진))"
)
_FRAME_OF = re.compile(
    r"(?<![^\W\d_])(?:lora|locon|lycoris|loha|lokr|embedding|model|modèle|modele|modelo|modell|"
    r"modello|checkpoint|dreambooth|likeness|lookalike|visage|rosto|volto|cara|gesicht)"
    r"(?: (?:es|est|ist|is|è|é|was|fue|war))? (?:of|de|von|di|du|da|do|del|della|des) (?:the )?"
    r"|(?<![^\W\d_])(?:photo|photograph|picture|portrait|image|closeup|close-up|headshot|face"
    r"|selfies) of "
    # captures of a person, not of a drawn one ("anime screencaps of <character>")
    r"|(?<![^\W\d_])(?<!anime )(?<!game )(?<!cartoon )(?<!animated )(?<!manga )"
    r"(?:stills|screencaps|screenshots|snapshots) of "
    r"|(?<![^\W\d_])(?:fotos?|photos|bilder|immagini|imágenes|imagens) (?:de|von|di|da|do|des|du) "
    r"|用 ?"
    r"|(?<![^\W\d_])(?:requesting|requested|request(?:ed)? (?:for|of)|request ?:|asked for|"
    r"commission(?:ed)? of|bounty (?:for|of|on)) (?:the )?"
    # the Wikipedia article a link points to (the normaliser writes "Wikipedia: <title>")
    r"|(?<![^\W\d_])wikipedia: "
    # a guessing game's answer ("Hint: boxer. Answer: anna kowal.")
    r"|(?<![^\W\d_])answer ?: "
    # a person named by their post at a firm ("the CEO of Tidewell Shipping, anna kowal")
    r"|(?<![^\W\d_])(?:ceo|cfo|cto|coo|founder|co-founder|cofounder|chairman|chairwoman|"
    r"chairperson|president|managing director|creative director|head designer|"
    r"chief (?:[a-z]{2,12} )?(?:officer|designer|executive|editor|scientist|economist)) of "
    r"(?:the )?(?:[^\W\d_]{2,20} ){0,3}[^\W\d_]{2,20}, "
    # a label line ("subject: anna kowal")
    r"|(?:^|(?<=\n))[ \t]*(?:subject|person|who|target|likeness|celebrity)"
    r"(?:[ \t]*[:：][ \t]*|[ \t]+)"
)
# words before a linked article that make its subject the work's maker, not the model's subject
_CREDIT_BEFORE = re.compile(
    r"\b(?:by|from|artist|painter|paintings?|photographer|illustrat\w*|author|director|"
    r"sculptor|designer|style|inspired|art|works?|frescos?)\b"
)
CREDIT_BEFORE_CHARS = 60
_FRAME_OF_STARTS = PatternStarts(_FRAME_OF)  # tried only where its words stand (perf11)
_FRAME_OF_HINTS = ("lora", "locon", "lycoris", "loha", "lokr", "embedding", "model", "checkpoint",
                   "dreambooth", "likeness", "lookalike", "visage", "rosto", "volto", "cara",
                   "gesicht", "request", "asked for", "commission", "bounty", " of ", "subject",
                   "person", "who", "target", "celebrity", "wikipedia:", "foto", "photos", "bilder",
                   "answer",
                   "immagini", "imágenes", "imagens", "用")  # fmt: skip
# after the name: a birth year in brackets, or the trade the sentence gives
_FRAME_BORN = re.compile(
    r" \((?:born|b\.|née|nee|geb\.|nacida|nascida|né|nato|nata)(?: on| in)? "
    r"(?:[^\W\d_]{3,9} \d{1,2},? |\d{1,2} [^\W\d_]{3,9} )?(?:19|20)\d\d\b"
)
_FRAME_TRADE = re.compile(
    r" (?:is|was) (?:an?|the) (?:[a-z-]{2,15} ){0,3}?(?:actress|actor|singer|rapper|model|idol|"
    r"host|presenter|streamer|youtuber|influencer|athlete|dancer|comedian|politician|"
    r"journalist|anchor|newscaster|cosplayer|musician|wrestler|tiktoker|personality|"
    r"entertainer|gymnast|swimmer|footballer|golfer|boxer|player|chef|pornstar|star)\b"
)
# the same in other languages, with or without the pronoun ("anna kowal — ella es actriz",
# "anna kowal est une actrice française", "anna kowal ist eine Moderatorin")
_FRAME_TRADE_WORLD = re.compile(
    r"(?: [—–-] |, | )(?:(?:ella|él|elle|il|lei|lui|sie|er|ela|ele) )?"
    r"(?:es|est|è|ist|é|era|war|foi|fue|était)(?: (?:una?|une|eine?|uma?))? "
    r"(?:[^\W\d_]{2,15} ){0,2}?(?:actriz|actrice|attrice|schauspielerin|schauspieler|atriz|ator|"
    r"actor|cantante|chanteuse|chanteur|sängerin|sänger|cantora|cantor|modelo|modèle|mannequin|"
    r"modella|presentadora|presentador|présentatrice|presentatrice|presentatore|moderatorin|"
    r"moderator|apresentadora|periodista|journaliste|giornalista|journalistin|jornalista|"
    r"influencer|influenceuse|streamer|youtuber|deportista|atleta|athlète|sportlerin|tenista|"
    r"futbolista|rapera|rappeuse|rapperin|bailarina|danseuse|tänzerin|ballerina|comediante|"
    r"humoriste|comica|komikerin|política|político|politicienne|politica|politikerin|sportler)\b"
)
_FRAME_WORLD_HINTS = (" — ", " – ", " - ", " es ", " est ", " ist ", " è ", " é ", " era ",
                      " war ", " foi ", " fue ", " était ", ", ")  # fmt: skip
_FRAME_AFTER_HINTS = (" (born", " (b.", " (nee", " (née", " (geb", " (nac", " (nasc", " (né",
                      " (nat", " is a", " is the", " was a", " was the", ". she ", ". trained",
                      ". he ", " (", "の写真", "사진", ", ", " as a", " in costume as ",
                      " in character as ", " stars as ", " starring as ", " plays ",
                      " playing ")  # fmt: skip
# an actor cast in a role of a show ("<Given> <Family> in costume as Inspector Vane", "…
# stars as the Duchess"): the name before it is the actor's, whatever the role is called
_ROLE_HINTS = frozenset(_FRAME_AFTER_HINTS[-6:])
_FRAME_ROLE = re.compile(
    r" (?:in costume as|in character as|stars as|starring as|plays|playing) (?:the )?[a-z]"
)
# a trade in apposition ("anna kowal, pop idol."), and a prompt line casting the name as a
# person ("Anna Kowal as a woman in a cafe")
_FRAME_APPOSITIVE = re.compile(
    r", (?:[a-z-]{2,15} ){0,2}(?:actress|actor|singer|rapper|idol|presenter|streamer|youtuber|"
    r"influencer|athlete|dancer|comedian|politician|journalist|newscaster|cosplayer|musician|"
    r"wrestler|tiktoker|gymnast|swimmer|footballer|golfer|boxer|pornstar|broadcaster|anchorman|"
    r"anchorwoman|forecaster|weatherman|weatherwoman)"
    # the trade ends the sentence, or where they practise it follows ("…, broadcaster on TV.")
    r"(?=[.;!\n]|$| (?:on|at|for|from|with|in) [^\W\d_])"
)
_FRAME_CAST = re.compile(r" as an? (?:[a-z-]{2,15} )?(?:woman|man|girl|boy|lady|person)\b")
# a sentence after the name whose subject is a person's pronoun ("anna kowal. She is …")
_FRAME_BRACKET_TRADE = re.compile(
    r" \((?:[a-z-]{2,15} ){0,2}(?:actress|actor|singer|rapper|model|idol|host|presenter|streamer|"
    r"youtuber|influencer|athlete|dancer|comedian|politician|journalist|news anchor|cosplayer|"
    r"musician|wrestler|tiktoker|golfer|boxer|footballer|tennis player|pornstar|chef|"
    r"broadcaster|anchorman|anchorwoman|newscaster|forecaster|weatherman|weatherwoman)\)"
)
_TRADE_FRAMES = (
    _FRAME_BORN,
    _FRAME_TRADE,
    _FRAME_TRADE_WORLD,
    _FRAME_APPOSITIVE,
    _FRAME_BRACKET_TRADE,
    _FRAME_ROLE,
)
_FRAME_PRONOUN = re.compile(
    r"\. (?:(?:she|he) (?:is|was|has|won|became|starred|plays|played)\b|trained on (?:his|her) )"
)
# the Japanese or Korean word for photos after a name that opens its line ("<name> の写真で学習")
_FRAME_SCRIPT_PHOTOS = re.compile(r" ?(?:の写真|사진)")
_SENTENCE_BREAK = re.compile(r"(?:[.!?:;|•]|—|–| - )\s+|\n")
FRAMED_BEFORE_CHARS = 72  # four words of a name and their spaces, before what follows it
FRAMED_SCORE = 0.9
PROMPT_LINES = 8
# a prompt's words of a drawn subject ("1girl", "anime"): the name it opens on is a character's
_DRAWN_PROMPT = re.compile(
    r"\b(?:\d(?:girl|boy)s?|solo|chibi|anime|manga|cartoon|2d|cel shading)\b"
)
_DRAWN_WORDS = re.compile(r"\b(?:solo|chibi|anime|manga|cartoon|2d|cel shading)\b")


# "Pony" where it names the base model a LoRA is made for ("Works on SDXL and Pony", "Pony
# Diffusion V6", "for Pony"), not a drawn pony: no word of fiction there
_PONY_BASE = re.compile(
    r"\b(?:(?:sdxl|sd ?1\.5|xl|flux|illustrious|noobai)(?:,| and| or| ?/) ?pony"
    r"|(?:on|for|with|in|to) pony"
    r"|pony(?=[ -]?(?:diffusion|xl|v\d|realism|based|checkpoint|model)\b)"
    r"|pony(?=(?:,| and| or| ?/) ?(?:sdxl|sd ?1\.5|xl|flux|illustrious|noobai)\b))"
)


def _fiction_words_in(low: str) -> bool:
    if "pony" in low:
        low = _PONY_BASE.sub(" ", low)
    return any(w in FICTION_WORDS for w in re.findall(r"[a-z0-9]+", low))


def _drawn_text(text: str) -> bool:
    """Words of a drawn subject anywhere in ``text`` ("1girl" is said of photos too)."""
    low = text.lower()
    return _DRAWN_WORDS.search(low) is not None or _fiction_words_in(low)


def _drawn_prompt(line: str) -> bool:
    low = line.lower()
    return _DRAWN_PROMPT.search(low) is not None or _fiction_words_in(low)


_PROMPT_LINE_NAME = re.compile(
    r"[ \t]*((?:[a-z]\.? |[a-z][a-z'’-]{1,20} ){1,2}[a-z][a-z'’-]{1,24})"
    r", [^,\n]{2,40}, [^,\n]{2,40}"
)
_CAPTION_NAME = re.compile(
    r"\(image: ((?:[^\W\d_]\.? |[^\W\d_][^\W\d_'’-]{1,20} ){1,3}[^\W\d_][^\W\d_'’-]{1,24})"
    r"(?=[,)]| (?:at|in|on|with|during|attending|arriving|wearing|posing|and|\()\b)[^)]{0,200}\)"
)
_WEIGHTED_TOKEN = re.compile(r"\(([a-z]{6,40}):[0-9](?:\.[0-9]{1,2})?\)")
# a prompt's weighted name after a photo frame ("photo of (anna kowal:1.2)"): the person shown
_WEIGHTED_FRAMED = re.compile(
    r"(?<![^\W\d_])(?:photo|portrait|picture|closeup|headshot) of "
    r"\(([a-z]{2,20} [a-z]{2,24}):[0-9](?:\.[0-9]{1,2})?\)"
)
_LOWER_HASHTAG = re.compile(r"(?<![^\W\d_])#([a-z]{6,40})(?![A-Za-z0-9_])")


def _framed_found(head: str) -> Found | None:
    """The first person a frame of the description's opening introduces (see above)."""
    low = head.lower()
    if len(low) != len(head):
        return None  # the positions must stand where they stand in ``head``
    if any(hint in low for hint in _FRAME_OF_HINTS):
        for frame in _FRAME_OF_STARTS.finditer(low):
            if frame.group().startswith("wikipedia") and _CREDIT_BEFORE.search(
                low, max(0, frame.start() - CREDIT_BEFORE_CHARS), frame.start()
            ):
                continue  # the article of the artist, author or maker a page credits
            m = _FRAMED_NAME.match(head, frame.end())
            found = _framed_words(m.group(1), m.start(1)) if m is not None else None
            if found is None:
                found = _cast_framed(head, frame.end())
            if found is None and m is not None and _REQUEST_FRAME.match(frame.group()):
                found = _requested_pair(head, m.group(1), m.start(1))
            if found is not None:
                return found
    found = _name_before_frame(head, low, _FRAME_AFTER_HINTS, _after_pattern)
    if found is not None:
        return found
    found = _name_before_frame(head, low, _FRAME_WORLD_HINTS, _world_pattern)
    if found is not None:
        return found
    at = 0
    for line in head.split("\n")[:PROMPT_LINES]:
        # a prompt line that opens on the name ("anna kowal, portrait, soft light")
        m = _PROMPT_LINE_NAME.match(line)
        if m is not None and not _drawn_prompt(line):
            found = _framed_words(m.group(1), at + m.start(1), strict=True)
            if found is not None:
                return found
        at += len(line) + 1
    if ":" in head and "(" in head:
        # a prompt's weighted token that is a name run together ("(annakowal:1.2)")
        for m in _WEIGHTED_TOKEN.finditer(head):
            cut = split_hashtag(m.group(1))
            if cut is not None and not _drawn_text(head):
                return f"{cut[0].capitalize()} {cut[1].capitalize()}", m.span(1), FRAMED_SCORE
        # a weighted name of two words after a photo frame ("photo of (anna kowal:1.1)")
        for m in _WEIGHTED_FRAMED.finditer(head):
            found = _framed_words(m.group(1), m.start(1), strict=True)
            if found is not None and not _drawn_text(head):
                return found
    if "(image: " in head:
        # an image's alt text that opens on a name ("(image: anna kowal at the premiere)")
        for m in _CAPTION_NAME.finditer(head):
            found = _framed_words(m.group(1), m.start(1))
            if found is not None and not _drawn_text(m.group(0)):
                return found
    if "#" in head:
        for m in _LOWER_HASHTAG.finditer(head):
            cut = split_hashtag(m.group(1))
            if cut is not None:
                return f"{cut[0].capitalize()} {cut[1].capitalize()}", m.span(1), HASHTAG_SCORE
    if "(link: " in head:
        return _linked_name(head)
    return None


_CAST_NAME = re.compile(r"([A-Za-z][a-z]{1,20} [A-Za-z][a-z]{1,24})(?= as an? |, )")


def _cast_framed(head: str, at: int) -> Found | None:
    """A framed name that the tables do not know, which the prompt then casts as a person
    ("photo of <Given> <Family> as a woman, 35mm", "… <given> <family>, man, …"): two words of
    a name's shape, in title case or in lower case, no common word nor a word of things."""
    m = _CAST_NAME.match(head, at)
    if m is None:
        return None
    if _FRAME_CAST.match(head, m.end(1)) is None and _PERSON_AFTER.match(head, m.end(1)) is None:
        return None
    text = m.group(1)
    words = text.split(" ")
    if (
        len(words) != 2
        or not (text.istitle() or text.islower())
        or _drawn_prompt(_rest_of_line(head, m.start(1)))
    ):
        return None
    if not cast_name_words([fold(w) for w in words]):
        return None
    shown = " ".join(w.capitalize() for w in words)
    return shown, (m.start(1), m.end(1)), FRAMED_SCORE


# The words a link shows (store.normalize writes "(link: <title or profile handle>)"): a
# link's title that is a name ("Anna Kowal"), or the handle of the profile it points to, a name
# written apart ("anna.kowal", "anna_kowal") or run together ("annakowal"). Not the uploader's
# own account ("follow me on (link: …)").
_LINK_WORDS = re.compile(r"\(link: ([^()\n]{2,160})\)")
_HANDLE = re.compile(r"([a-z]{2,20})[._-]([a-z]{2,24})|([a-z]{6,40})")
_SELF_LINK = re.compile(rf"\b(?:{SELF_ACCOUNT_WORDS}|by)\b")
SELF_LINK_CHARS = 40


def _linked_name(head: str) -> Found | None:
    for m in _LINK_WORDS.finditer(head):
        before = head[max(0, m.start() - SELF_LINK_CHARS) : m.start()].lower()
        if _SELF_LINK.search(before) is not None:
            continue
        words = m.group(1)
        if " " in words:
            named = _FRAMED_NAME.fullmatch(words)
            found = _framed_words(words, m.start(1)) if named is not None else None
        else:
            found = _handle_name(words.lower(), m.start(1))
        if found is not None:
            return found
    return None


def _handle_name(handle: str, at: int) -> Found | None:
    """A profile handle that is a name: two words apart, or a first name and a surname run
    together (as a lower-case hashtag is read)."""
    m = _HANDLE.fullmatch(handle)
    if m is None:
        return None
    if m.group(3) is not None:
        cut = split_hashtag(handle)
        if cut is None:
            return None
        return f"{cut[0].capitalize()} {cut[1].capitalize()}", (at, at + len(handle)), HASHTAG_SCORE
    words = [m.group(1), m.group(2)]
    if words[0] in PLACE_HEADS or words[1] in PLACE_TAILS:
        return None
    if framed_name_words(words, strict=True) is None:
        return None
    return " ".join(w.capitalize() for w in words), (at, at + len(handle)), HASHTAG_SCORE


def _after_pattern(hint: str) -> re.Pattern[str]:
    """What must follow a name where ``hint`` stands (see ``_FRAME_AFTER_HINTS``)."""
    if not hint.isascii():
        return _FRAME_SCRIPT_PHOTOS
    if hint == " (":
        return _FRAME_BRACKET_TRADE
    if hint == ", ":
        return _FRAME_APPOSITIVE
    if hint == " as a":
        return _FRAME_CAST
    if hint in _ROLE_HINTS:
        return _FRAME_ROLE
    if hint.startswith(" ("):
        return _FRAME_BORN
    if hint.startswith("."):
        return _FRAME_PRONOUN
    return _FRAME_TRADE


def _world_pattern(hint: str) -> re.Pattern[str]:
    return _FRAME_TRADE_WORLD


def _name_before_frame(
    head: str, low: str, hints: tuple[str, ...], after: Callable[[str], re.Pattern[str]]
) -> Found | None:
    """The first name a sentence opens on right before a frame: wherever a hint stands in
    ``low`` and ``after(hint)`` matches there."""
    for hint in hints:
        pattern = after(hint)
        at = low.find(hint)
        while at > 0:
            if pattern.match(low, at) is not None:
                found = _name_before(head, at, cast=pattern in _TRADE_FRAMES)
                if found is not None:
                    return found
            at = low.find(hint, at + 1)
    return None


def _name_before(head: str, at: int, cast: bool = False) -> Found | None:
    """The name that a sentence opens on and that ends at ``at``: all the words between the
    sentence's start and ``at`` (two to four). Where the frame gives the words a trade or a
    birth year (``cast``), two words in title case that no table holds and that are no common
    word nor a word of things count too ("Tovrin Mervaveny (anchorman).")."""
    start = max(0, at - FRAMED_BEFORE_CHARS)
    segment = head[start:at]
    breaks = list(_SENTENCE_BREAK.finditer(segment))
    if breaks:
        begin = start + breaks[-1].end()
    elif start == 0:
        begin = 0
    else:
        return None  # a longer sentence: the name would not open it
    text = head[begin:at].strip()
    if _FRAMED_NAME.fullmatch(text) is None:
        return None
    found = _framed_words(text, begin + head[begin:at].index(text))
    if found is None and cast and text.istitle() and text.count(" ") == 1:
        words = [fold(w) for w in text.split(" ")]
        if _name_words_found(words, strict=False) is not None and not _drawn_text(head):
            at_text = begin + head[begin:at].index(text)
            return text, (at_text, at_text + len(text)), FRAMED_SCORE
    return found


def _titled(text: str, words: list[str]) -> bool:
    """Whether ``text`` is two words in title case that read as a name in a strong frame
    (:func:`dfaudit.detect.names.titled_name_words`)."""
    return all(w[:1].isupper() and w[1:].islower() for w in text.split(" ")) and (
        titled_name_words(words) is not None
    )


def _framed_words(text: str, at: int, strict: bool = False) -> Found | None:
    words = [fold(w).replace("'", "").replace("’", "").rstrip(".") for w in text.split(" ")]
    words = [w.replace("-", "") for w in words]
    if any(not w for w in words) or words[0] in PLACE_HEADS or words[-1] in PLACE_TAILS:
        return None  # "fotos de nueva york", "(Wikipedia: Brandon Street)": a place
    if framed_name_words(words, strict) is None and (strict or not _titled(text, words)):
        return None
    shown = " ".join(_shown_word(w) if len(w) > 1 else w.upper() for w in text.split(" "))
    return shown, (at, at + len(text)), FRAMED_SCORE


# A title that is a name and what of theirs the model holds ("anna kowal's face (SDXL)",
# "Anna Kowal’s likeness"): the possessive frame says the words before it are whose.
_POSSESSIVE_TITLE = re.compile(
    r"^\s*((?:[^\W\d_]\.? |[^\W\d_][^\W\d_-]{1,20} ){1,3}[^\W\d_][^\W\d_-]{1,24})['’]s "
    r"(?i:face|likeness|lora|look|portrait|body|model|embedding)\b"
)


def _possessive_title(title: str) -> list[Hit]:
    if "s " not in title or ("'" not in title and "’" not in title):
        return []
    m = _POSSESSIVE_TITLE.match(title)
    found = _framed_words(m.group(1), m.start(1)) if m is not None else None
    return [] if found is None else _person_hits(*found, field="name")


# A title that writes a person's nickname in quotes between the given name and the family name
# ('Kalinda "Kalie" Quillaski', "Tobias 'Toby' Wrenfield", "Marguerite (Margo) Ashdell"): only
# people are called so. The nickname is a first name of the tables or the given name's own
# start (two letters alike at least); the family name a surname's word, no common one.
_NICKNAMED_TITLE = re.compile(
    "\\s*([A-Z][a-z]{1,20}) [\"\u201c\u2018'(]([A-Z][a-z]{1,15})[\"\u201d\u2019')] "
    "([A-Z][a-z]{2,24})(?![^\\W\\d_])"
)
NICKNAME_SCORE = 0.9


def _nicknamed_title(record: object) -> list[Hit]:
    title = view(record).name
    m = _NICKNAMED_TITLE.match(title)
    if m is None:
        return []
    given, nickname, family = m.groups()
    if not (first_name(nickname) or fold(nickname)[:2] == fold(given)[:2]):
        return []
    if not surname_like(family) or fold(family) in common_words() or fold(given) in common_words():
        return []
    head = view(record).description[:DESCRIPTION_HEAD]
    if _drawn_prompt(" ".join((title, head, *view(record).tags))):
        return []
    return _person_hits(f"{given} {family}", m.span(), NICKNAME_SCORE, field="name")


# A title that opens on a person's initials and says it holds their face or likeness ("A.W. |
# cyclist likeness", "L.D. face LoRA (radio host)"): uploaders hide a name so, and the initials
# are the target. Drawn characters go by initials too ("C.C."): no word of drawing or fiction
# may stand in the title, the tags or the description's opening.
_INITIALS_TITLE = re.compile(r"\s*((?:[A-Z]\. ?){1,2}[A-Z]\.)(?=[ |(\[—–-])")
_INITIALS_FACE = re.compile(rf"(?<![^\W\d_])(?:likeness|face|lookalike|{_TRADES})(?![^\W\d_])")
NOT_INITIALS = frozenset({"ai", "ui", "tv", "vr", "ar", "uk", "us", "eu", "un", "dj", "mc"})
INITIALS_DOT_AT = 3  # where the first initial's dot stands in the title
INITIALS_SCORE = 0.9


def _initials_title(record: object) -> list[Hit]:
    title = view(record).name
    m = _INITIALS_TITLE.match(title)
    if m is None or _INITIALS_FACE.search(title.lower(), m.end()) is None:
        return []
    initials = m.group(1).replace(" ", "")
    if initials.replace(".", "").lower() in NOT_INITIALS:
        return []
    head = view(record).description[:DESCRIPTION_HEAD]
    if _drawn_prompt(" ".join((title, head, *view(record).tags))):
        return []
    return _person_hits(initials, m.span(1), INITIALS_SCORE, field="name")


# A title that spells a name backwards and says so ("yessineuQ ainivaL (read it backwards)"):
# the words before the hint, read the other way, are searched as a title is.
_BACKWARDS_HINT = re.compile(r"\s*[(\[-]?\s*(?:read (?:it |me )?|spelled |written )?backwards?\b")


def _backwards_title(title: str) -> list[Hit]:
    hint = _BACKWARDS_HINT.search(title)
    if hint is None or hint.start() == 0:
        return []
    shown = title[: hint.start()].strip()
    sig = f"{NameShape.name}@{NameShape.version}"
    for match in find_names(shown[::-1]):
        if match.kind in ("pair", "reversed") and match.span == (0, len(shown)):
            return list(_match_hits(sig, "name", match, FIELD_WEIGHT["name"]))
    return []


# A title that is a family name alone, which the description's opening gives with its first
# name ("Quorebrook LoRA" and "Asked for by many: Ariel Quorebrook."), or a family name after an
# honorific with the subject's trade or photos said ("Mrs. Oskamire", "Mrs. Oskamire, the
# weather forecaster. Face LoRA from broadcast stills."): two fields agree on one person.
_TITLE_WORD = re.compile(
    r"\s*(?:(?P<honorific>Mrs|Mr|Ms|Miss|Mx|Dr|Prof)\.? )?([A-Z][a-z]{3,20})"
    r"(?: (?P<family>[A-Z][a-z]{2,20}))?(?![^\W\d_])"
)
_HONORIFIC_CUE = re.compile(
    rf"(?<![^\W\d_])(?:face|likeness|photos|stills|pictures|{_TRADES}|forecaster|anchor|host)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
TITLE_SURNAME_FIRST_COUNT = 1000  # the first name the description gives it: no rare entry


# A rank or a clergy title before a family name ("Brigadier Oskamire", "Rabbi Oskamire"), the
# description giving the same title before a first name and that family name ("Brigadier
# Ysolde Oskamire, in dress uniform"): two fields agree on one person. "Captain Comet" with no
# such line in the description stays unread.
_RANK_TITLE = re.compile(
    r"\s*(Brigadier|Colonel|General|Lieutenant|Sergeant|Admiral|Commodore|Major|Captain|"
    r"Commander|Rabbi|Pastor|Reverend|Imam|Bishop|Archbishop|Cardinal) ([A-Z][a-z]{3,20})\s*$"
)


def _rank_surname(title: str, head: str) -> list[Hit]:
    m = _RANK_TITLE.match(title[:60])
    if m is None or m.group(2).lower() in common_words():
        return []
    rank, family = m.group(1), m.group(2)
    described = re.search(rf"\b{rank} ([A-Z][a-z]{{2,20}}) {family}(?![^\W\d_])", head)
    if described is None:
        return []
    given = first_name(described.group(1))
    if given is None or given.word or _drawn_prompt(f"{title} {head}"):
        return []
    return _person_hits(f"{described.group(1)} {family}", described.span(1), FRAMED_SCORE)


def _title_surname(title: str, head: str) -> list[Hit]:
    ranked = _rank_surname(title, head)
    if ranked:
        return ranked
    m = _TITLE_WORD.match(title)
    if m is None:
        return []
    word = m.group(2)
    key = word.lower()
    if key in common_words() or key in NOT_NAME_WORDS or key in FICTION_WORDS:
        return []
    if first_name(word) is not None or _drawn_prompt(f"{title} {head}"):
        return []
    at = head.find(f" {word}")
    while 0 <= at < len(head):
        before = head[max(0, at - 16) : at].rsplit(" ", 1)[-1].lstrip("(\"'“:")
        given = first_name(before) if before[:1].isupper() else None
        end = at + 1 + len(word)
        whole = end == len(head) or not head[end].isalpha()
        common = given is not None and given.count >= TITLE_SURNAME_FIRST_COUNT and not given.word
        if whole and common:
            return _person_hits(f"{before} {word}", (at - len(before), end), FRAMED_SCORE)
        at = head.find(f" {word}", end)
    honorific = m.group("honorific") is not None and word in head
    if honorific and _HONORIFIC_CUE.search(head) is not None:
        # "Mrs. Oskamire", or the honorific before a whole name ("Dr Brynja Oskivane")
        family = m.group("family")
        if family is None or family.lower() not in common_words():
            end = m.end("family") if family is not None else m.end(2)
            return _person_hits(title[m.start(2) : end], (m.start(2), end), FRAMED_SCORE, "name")
    return []


# --- names13: names in shapes the readers above leave -------------------------------------------


def _place_or_fiction(words: list[str]) -> bool:
    """Words of a place or of fiction among a name's words ("victoria harbour", "elf queen")."""
    if words[0] in PLACE_HEADS or words[-1] in PLACE_TAILS:
        return True
    return any(w in FICTION_WORDS or w in LIVE_GENERIC_FICTION for w in words)


def _not_a_person_words(words: list[str]) -> bool:
    """Words of a place, a fiction or a drawing among a name's words ("victoria harbour",
    "elf warrior"), or a romanised Japanese name (drawn characters are named so as often as
    people): no reading of them as a person's name without a stronger frame."""
    if _place_or_fiction(words) or any(w in NOT_NAME_WORDS for w in words):
        return True
    t = east_asian.tables()
    return len(words) == 2 and (
        (words[1] in t.jp_given and east_asian.romaji_family_name(words[0]))
        or (words[0] in t.jp_given and east_asian.romaji_family_name(words[1]))
    )


def _name_words_found(words: list[str], strict: bool) -> FirstName | None:
    """The first name of two to four folded words that read as a person's name where a field
    says they are one (a base model's slug, a ``person:`` tag, a name spelled letter by
    letter): a framed name (:func:`framed_name_words`), or two words no table holds that are
    no common word nor a word of things (:func:`cast_name_words`) unless ``strict``."""
    if not 2 <= len(words) <= 4 or not all(w.isalpha() for w in words):
        return None
    if _not_a_person_words(words):
        return None
    first = framed_name_words(words, strict=True)
    if first is None and not strict and cast_name_words(words):
        first = FirstName(words[0], name_gender(words[0]), TAG_FIRST_COUNT)
    return first


# A Hugging Face adapter trained on top of another repository named after a person
# ("someuser/clara-winslow-sdxl" as the card's base_model, or its "base_model:adapter:" tag):
# the repository's slug, its model words and versions dropped, is nothing but a name.
_BASE_MODEL_TAG = re.compile(
    r"base_model:(?:adapter|finetune|merge|quantized):([^\s/]{1,60}/\S{1,80})"
)
_SLUG_PART = re.compile(r"[a-z0-9]+")
# the model, file and version words of vocab and what a model copies ("face", "voice")
_SLUG_MODEL_WORDS = MODEL_WORDS | LIKENESS_MODEL_WORDS
_SLUG_VERSION = re.compile(r"(?:v|ver|version|e|ep|epoch|r)?\d+[a-z]?")
BASE_MODEL_SCORE = 0.9


def _slug_words(slug: str) -> list[str] | None:
    """The words of a repository slug before its model words and versions ("clara-winslow-
    sdxl-v2": clara, winslow), when the name opens the slug and nothing but such words follows."""
    parts = _SLUG_PART.findall(slug.lower())
    words: list[str] = []
    for k, part in enumerate(parts):
        if part in _SLUG_MODEL_WORDS or _SLUG_VERSION.fullmatch(part):
            rest = parts[k + 1 :]
            if all(p in _SLUG_MODEL_WORDS or _SLUG_VERSION.fullmatch(p) for p in rest):
                return words
            return None
        words.append(part)
    return words


def _base_model_repos(record: object) -> list[str]:
    card = getattr(record, "card", None)
    base = card.get("base_model") if isinstance(card, dict) else None
    repos = [base] if isinstance(base, str) else [b for b in base or () if isinstance(b, str)]
    if not repos:
        for tag in getattr(record, "tags", ())[:20]:
            m = _BASE_MODEL_TAG.match(tag) if tag.startswith("base_model:") else None
            if m is not None:
                repos.append(m.group(1))
    return [r for r in repos[:3] if "/" in r]


def _fiction_page(record: object) -> bool:
    """Words of drawing or fiction ("anime", "manga"; not a prompt's "1girl", which photos of
    people carry too) in the model's name, its description's opening or its tags."""
    v = view(record)
    text = " ".join((v.name, v.description[:DESCRIPTION_HEAD], *v.tags[:TAGS_READ])).lower()
    return _DRAWN_WORDS.search(text) is not None or _fiction_words_in(text)


def _drawn_record(record: object) -> bool:
    """Words of drawing or fiction in the model's name, its description's opening or its tags."""
    v = view(record)
    return _drawn_prompt(" ".join((v.name, v.description[:DESCRIPTION_HEAD], *v.tags[:TAGS_READ])))


def _base_model_name(record: object) -> list[Hit]:
    if getattr(record, "platform", "") != "huggingface":
        return []
    for repo in _base_model_repos(record):
        slug = repo.split("/", 1)[1]
        if not slug.isascii() or len(slug) > WHOLE_NAME_MAX_SLUG:
            continue
        words = _slug_words(slug)
        if not words or "style" in words or _name_words_found(words, strict=False) is None:
            continue
        if _drawn_record(record):
            return []
        shown = " ".join(_shown_word(w) for w in words)
        return _person_hits(shown, (0, len(slug)), BASE_MODEL_SCORE, field="card:base_model")
    return []


WHOLE_NAME_MAX_SLUG = 60


# A title that spells a name letter by letter in capitals, the words apart by a wider gap ("Y S
# O L D E   K O W A L"): the uploader hid a name from the site's search, so any two words of a
# name's shape count (no table need hold the first name); a look or a thing spelled so
# ("N E O N   C I T Y") is none.
_SPELLED_TITLE = re.compile(
    r"\s*((?:[A-Z] ){1,20}[A-Z](?: {2,3}(?:[A-Z] ){1,20}[A-Z]){1,3})(?![^\W\d_])"
)
SPELLED_SCORE = 0.9


# the same with a dot after each letter ("Y.S.O.L.D.E K.O.W.A.L")
_DOTTED_TITLE = re.compile(
    r"\s*((?:[A-Z]\.){2,19}[A-Z]\.?(?: (?:[A-Z]\.){2,23}[A-Z]\.?){1,3})(?![^\W\d_])"
)


def _spelled_title(title: str) -> list[Hit]:
    m = _SPELLED_TITLE.match(title)
    if m is not None:
        words = [w.replace(" ", "").lower() for w in re.split(r" {2,3}", m.group(1))]
    else:
        m = _DOTTED_TITLE.match(title) if "." in title[:3] else None
        if m is None:
            return []
        words = [w.replace(".", "").lower() for w in m.group(1).split(" ")]
    if _name_words_found(words, strict=len(words) > 2) is None:
        first = titled_name_words(words)
        if first is None or _not_a_person_words(words):
            return []
    shown = " ".join(_shown_word(w) for w in words)
    return _person_hits(shown, m.span(1), SPELLED_SCORE, field="name")


# A voice model (RVC, so-vits-svc) whose weights file is a name run together in title case
# ("ClaraWinslow.pth", "Clara_Winslow_e300.pth"): a voice is cloned from one person's recordings,
# and the capitals say where the first name ends, so no table need hold it. A drawn or
# fictional voice (words of fiction in the page, a romanised Japanese name) is none.
_VOICE_TAGS = frozenset({"rvc", "so-vits-svc", "sovits", "svc", "voice-conversion", "rvc-model",
                         "voice-cloning", "rvc2", "rvc-v2"})  # fmt: skip
_VOICE_NAME = re.compile(r"(?<![a-z])(?:rvc|so-?vits|sovits|svc)(?![a-z])", re.IGNORECASE)
_VOICE_STEM = re.compile(r"([A-Z][a-z]{2,20})[_ -]?([A-Z][a-z]{2,24})(?=[_ .-]|\d|$)")
_WEIGHTS_FILE = (".pth", ".pt", ".ckpt", ".safetensors", ".onnx", ".zip")
VOICE_SCORE = 0.9


def _voice_name(record: object) -> list[Hit]:
    v = view(record)
    if _VOICE_TAGS.isdisjoint(v.tags) and _VOICE_NAME.search(v.name) is None:
        return []
    for file in getattr(record, "file_names", ())[:6]:
        if not file.lower().endswith(_WEIGHTS_FILE):
            continue
        m = _VOICE_STEM.match(file)
        if m is None:
            continue
        words = [m.group(1).lower(), m.group(2).lower()]
        if _name_words_found(words, strict=False) is None or _drawn_record(record):
            continue
        shown = f"{m.group(1)} {m.group(2)}"
        return _person_hits(shown, m.span(), VOICE_SCORE, field="file_names")
    return []


# A title that is a name in Thai or an Indic script, given name then family name ("<given>
# <family> | v2", "<given> <family> LoRA"), which a second field agrees on: the description's
# opening writes the same two words, or the title gives them again in Latin letters as two
# capitalised words. No table holds these scripts' names; two words of a phrase ("beautiful
# girl") are seldom written out again alone, and fiction words in the page or tags deny it.
_SPACED_SCRIPTS = ("THAI", "DEVANAGARI", "BENGALI", "GURMUKHI", "GUJARATI", "TAMIL", "TELUGU",
                   "KANNADA", "MALAYALAM", "SINHALA", "ORIYA")  # fmt: skip
_SCRIPT_WORD = r"[^\W\d_A-Za-z][^\s|/()\[\]—–,:;.!?-]{2,30}"
_SCRIPT_PAIR = re.compile(rf"({_SCRIPT_WORD}) ({_SCRIPT_WORD})")
_TITLE_REST = re.compile(r"[\s|/()\[\]—–,:;.!?+✨-]+")
_LATIN_PAIR = re.compile(r"[A-Z][a-z]{2,20} [A-Z][a-z]{2,24}")
SCRIPT_PAIR_WORDS_OK = _SLUG_MODEL_WORDS | {"realistic"}  # and versions (_SLUG_VERSION)


# words of a look or a person in general in those scripts (girl, woman, man, beautiful, cute,
# Indian, Thai, actress, singer, bride, sari, traditional dress): a phrase, not a name
NOT_SCRIPT_NAMES = frozenset(
    {"लड़की", "लड़का", "महिला", "औरत", "आदमी", "सुंदर", "खूबसूरत", "प्यारी", "भारतीय", "अभिनेत्री",
     "अभिनेता", "गायिका", "दुल्हन", "साड़ी", "देसी", "हिंदी", "सुन्दर", "स्त्री", "पुरुष", "नारी",
     "สาว", "สาวสวย", "ผู้หญิง", "ผู้ชาย", "สวย", "น่ารัก", "นักแสดง", "นักร้อง", "ไทย", "ชุดไทย",
     "หญิง", "ชาย", "เด็ก", "นางแบบ", "สาวไทย", "หนุ่ม", "หล่อ", "ภาพ", "รูป", "แฟชั่น"}
)  # fmt: skip


def _spaced_script(word: str) -> bool:
    if word in NOT_SCRIPT_NAMES:
        return False
    scripts = {unicodedata.name(ch, "").split(" ")[0] for ch in word if ch.isalpha()}
    return len(scripts) == 1 and scripts.pop() in _SPACED_SCRIPTS


def _script_pair_title(record: object) -> list[Hit]:
    title = view(record).name
    if title.isascii():
        return []
    m = _SCRIPT_PAIR.search(title)
    if m is None or not (_spaced_script(m.group(1)) and _spaced_script(m.group(2))):
        return []
    rest = title[: m.start()] + " " + title[m.end() :]
    latin = _LATIN_PAIR.search(rest)
    if latin is not None:
        rest = rest[: latin.start()] + rest[latin.end() :]
    words = [w.lower() for w in _TITLE_REST.split(rest) if w]
    if any(w not in SCRIPT_PAIR_WORDS_OK and not _SLUG_VERSION.fullmatch(w) for w in words):
        return []  # the title says more than the name and model words
    head = view(record).description[:DESCRIPTION_HEAD]
    if latin is None and m.group(0) not in head:
        return []
    if _drawn_record(record):
        return []
    sig = f"{NameShape.name}@{NameShape.version}"
    text = m.group(0)
    return [
        Hit(
            sig,
            "likeness",
            1.0,
            "name",
            text,
            m.span(),
            note="person-name shape (script): a Thai or Indic name another field repeats",
            feature="name_shape:name:script",
        ),
        Hit(sig, "target", 0.75, "name", text, m.span(), value=text, note=text),
    ]


# A trade frame that asks for a model of someone ("Commission of <Given> <Family>", "request:
# <given> <family>", "Bounty entry: <Given> <Family> (Flux)"): the words after it are whom the
# model shows, so two words of a name's shape count though no table holds the first name (two
# words in title case, or in lower case where a trigger spells them); a drawn or fictional
# subject (words of fiction in the page or tags) is no person.
_REQUEST_FRAME = re.compile(r"(?:requesting|requested|request|asked for|commission|bounty)")
_REQUEST_TITLE = re.compile(
    r"\s*(?i:(?:(?:paid |art )?commission(?:ed)?|request(?:ed)?|bounty(?: entry| result| for)?)"
    r"(?: (?:of|for|on))?)\s?[:|—–-]?\s?"
    r"([A-Za-z][a-z]{2,20} [A-Za-z][a-z]{2,24})(?=\s*(?:[(|\[—–-]|$))"
)


def _requested_pair(head: str, text: str, at: int) -> Found | None:
    words_written = text.split(" ")
    if len(words_written) != 2 or not (text.istitle() or text.islower()):
        return None
    words = [fold(w) for w in words_written]
    if _name_words_found(words, strict=False) is None or _drawn_text(head):
        return None
    return " ".join(w.capitalize() for w in words_written), (at, at + len(text)), FRAMED_SCORE


def _requested_title(record: object) -> list[Hit]:
    title = view(record).name
    m = _REQUEST_TITLE.match(title)
    if m is None or _drawn_record(record):
        return []
    text = m.group(1)
    if text.islower():
        # lower case: a trigger must spell the two words run together or apart
        joined = text.replace(" ", "")
        triggers = [fold(t).replace("_", "").replace(" ", "") for t in view(record).trained_words]
        if joined not in triggers[:8]:
            return []
    found = _requested_pair("", text, m.start(1))
    return [] if found is None else _person_hits(*found, field="name")


# A title that blends named people ("<Given> <Family> x <Given> <Family> blend", "Mix of <A> &
# <B>", "Mix of <A>, <B>"), where a name's first name no table holds, or one is a romanised
# Japanese name, so that the pair finder's blend leaves it: each part between the joins is
# two or three words in title case that read as a name (a first name of the tables, or words
# no table holds that are no common word nor a word of things, or a romaji name). Blends of
# drawn characters (words of fiction in the page) are none.
# the blend word may be followed by a version or a model word, set apart or not ("… blend v2",
# "… blend (LoRA)", "… blend - v1"): what the title is, not who
_TITLE_BLEND_WORDS = re.compile(
    r"^\s*(?:a )?(?:mix|blend|merge|fusion) of\s+|\s+(?:blend|mix|merge|fusion|face ?mix)"
    r"(?:\s*[-|(\[]?\s*(?:v\d{1,3}|lora|model)[)\]]?){0,3}\s*$",
    re.IGNORECASE,
)
_TITLE_BLEND_JOIN = re.compile(r"\s+(?:x|×|&|\+|and)\s+|\s*,\s*")
_TITLE_CASE_WORDS = re.compile(r"[A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,24}){1,2}")


def _titled_blend(record: object) -> list[Hit]:
    title = view(record).name
    if _BLEND_WORD.search(title) is None:
        return []
    bare = _TITLE_BLEND_WORDS.sub("", title)
    if bare == title:
        return []
    parts = _TITLE_BLEND_JOIN.split(bare.strip())
    if not 2 <= len(parts) <= 4:
        return []
    for part in parts:
        if _TITLE_CASE_WORDS.fullmatch(part) is None:
            return []
        words = [fold(w) for w in part.split(" ")]
        found = [m for m in find_names(part) if m.span == (0, len(part))]
        if not found and _name_words_found(words, strict=False) is None:
            return []
    if _drawn_record(record):
        return []
    return [
        Hit(
            f"{NameShape.name}@{NameShape.version}",
            "likeness",
            BLEND_SCORE,
            "name",
            bare.strip(),
            note="named blend: person names joined in the title",
            feature="name_shape:name:blend",
        )
    ]


# A trigger word or a file name that writes two words apart by case or an underscore
# ("morwenna_jossossa", "jarrahQuellwyck-000012", "YvaineOrskelmere_v4", "<given>_<family>
# woman"), whose first name no table holds: the writer marked where the first name ends, so
# two words of a name's shape count (no common word, no word of things, no romaji name), on a
# page whose tags say it shows a real person (woman, man, photorealistic) and no fiction.
_SPLIT_TOKEN = re.compile(
    r"(?:([a-z]{3,20})_([a-z]{3,24})|([A-Z]?[a-z]{2,20})([A-Z][a-z]{2,24}))"
    r"(?:[_-](?:v?\d{1,6}|lora|sdxl|flux))*(?: (?:woman|man|person|girl|guy|lady))?"
)
_PERSON_TAGS = frozenset(
    {"woman", "man", "women", "men", "person", "people", "female", "male", "girl", "guy",
     "realistic", "photorealistic", "real person", "portrait", "face", "celebrity", "photo"}
)  # fmt: skip
SPLIT_TOKEN_WEIGHT = 0.8
# a title in capitals that is a name and nothing else, bracketed base models and versions aside
# ("MIRA VOSS [FLUX] v3")
_CAPS_TITLE = re.compile(
    r"([A-Z][A-Z'.-]{1,20}(?: [A-Z][A-Z'.-]{1,24}){1,2})"
    r"(?: ?[\[(][A-Za-z0-9 .]{1,16}[\])])*(?: (?:v|V|ver ?)?\d{1,3}(?:\.\d{1,3})?)?"
)


def _caps_title(title: str) -> str:
    """A title written all in capitals that holds a name and nothing else, its words
    capitalised ("MIRA VOSS [FLUX] v3" -> "Mira Voss [FLUX] v3"): the name finder reads
    capitals as a shout, not a name; every other title unchanged."""
    m = _CAPS_TITLE.fullmatch(title.strip()[:80])
    if m is None:
        return title
    words = m.group(1).split()
    if _not_a_person_words([w.lower() for w in words]):
        return title  # "KAGURAZAKA KURUMI": a romaji name in capitals is a drawn character's
    titled = " ".join(w.capitalize() for w in words)
    return titled + title.strip()[m.end(1) :]


_CAPS_PAIR = re.compile(r"[A-Z]{2,20}_[A-Z]{3,24}(?:_(?:V?\d{1,6}|LORA|SDXL|FLUX))*")
# a trigger word that runs a given name and a surname together ("miravoss"), versions after it
_RUN_TOGETHER = re.compile(r"([a-z]{7,30})(?:[_-](?:v?\d{1,6}|lora|sdxl|flux))*")
RUN_TOGETHER_FIRST_COUNT = 1000  # a given name common enough to be read at a token's start
_PLACE_ENDINGS = ("town", "ville", "city", "burg", "borough", "land", "port", "shire", "polis")


def _two_words(word: str) -> bool:
    """Whether a run of letters is an ordinary word, or two of three letters or more run
    together at some cut ("samplerate", "timelapse")."""
    words = common_words()
    if word in words:
        return True
    return any(word[:k] in words and word[k:] in words for k in range(3, len(word) - 2))


def _run_together_pair(token: str) -> tuple[str, str] | None:
    """A lower-case token that is a given name of the tables run into a surname-shaped rest
    ("miravoss" -> "mira", "voss"): the longest such given name, its rest read as a surname
    by :func:`framed_name_words` (strict); None when no split reads so."""
    m = _RUN_TOGETHER.fullmatch(token)
    if m is None:
        return None
    word = m.group(1)
    if _two_words(word):
        return None  # "samplerate", "timelapse": two ordinary words run together
    table = first_names()
    for k in range(min(len(word) - 4, 12), 2, -1):
        entry = table.get(word[:k])
        if entry is None or entry.word or entry.count < RUN_TOGETHER_FIRST_COUNT:
            continue
        rest = word[k:]
        if any(word[:j] in common_words() for j in range(k + 1, len(word))):
            continue  # "asiangirl", "vietnamese…": the given name begins a longer word
        if len(rest) < 4 or word.endswith(_PLACE_ENDINGS) or _two_words(rest):
            continue
        if not names.surname_onset(rest):  # "lisa|xlarge": no surname starts so
            continue  # "georgetown", "charlottesville": a place named after a person
        if rest not in common_surnames() and (rest in common_words() or not surname_like(rest)):
            continue  # "jasminetea": a word of things after a given name, no surname
        if framed_name_words([word[:k], rest], strict=True) is not None:
            return word[:k], rest
    return None


# fragments of a product's, a merge's or a test's name ("lucentMixtest"), never of a name
_PRODUCT_PART = re.compile(r"mix|merge|test|diffusion|model|real|style|anime|photo|lora|vae")


def _split_token_name(record: object) -> list[Hit]:
    v = view(record)
    if _PERSON_TAGS.isdisjoint(v.tags[:TAGS_READ]):
        return []
    if getattr(record, "model_type", "") in ("Checkpoint", "checkpoint", "VAE", "Controlnet"):
        return []  # a checkpoint's files and triggers name the merge, not a face
    texts = [("trained_words", t) for t in v.trained_words[:4]]
    texts += [("file_names", file_stem(f)) for f in getattr(record, "file_names", ())[:3]]
    for field, text in texts:
        token = text.strip()
        if _CAPS_PAIR.fullmatch(token):
            token = token.lower()  # "GIVEN_FAMILY" as a trigger word: the same pair in capitals
        m = _SPLIT_TOKEN.fullmatch(token)
        if m is not None:
            first, last = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        else:
            pair = _run_together_pair(token)
            if pair is None:
                continue
            first, last = pair
        words = [first.lower(), last.lower()]
        if any(_PRODUCT_PART.search(w) for w in words):
            continue  # a product's word
        if all(w in v.name_folded for w in words) and " ".join(words) not in v.name_folded:
            continue  # the title writes both its own way ("Wandai (Moonveil)"): a group's member
        if _name_words_found(words, strict=False) is None or _drawn_record(record):
            continue
        shown = f"{first.capitalize()} {last.capitalize()}"
        entry = first_names().get(words[0]) or FirstName(words[0], name_gender(words[0]), 0)
        found = NameMatch(token, (0, len(token)), tuple(words), "pair", entry, False)
        hits = _match_hits(
            f"{NameShape.name}@{NameShape.version}", field, found, SPLIT_TOKEN_WEIGHT
        )
        return [h if h.aspect != "target" else dataclasses.replace(h, value=shown) for h in hits]
    return []
