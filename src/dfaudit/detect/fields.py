"""The one bounded, folded view of a record that every signal reads.

Every string from a platform is hostile: a 1 MB single-token model name must not cost more than
a normal one. So detection never reads a record's fields unbounded. :func:`bounded` cuts every
text field of a record to a fixed budget (the registry runs every signal on the bounded copy),
and :func:`view` gives the bounded texts once more, folded (lower case, accents removed), worked
out once per record however many signals ask. Making the view also makes its folded description
the text whose start-finder pass every signal shares (:func:`dfaudit.detect.text.share_scans`).

Budgets: a name or trigger word longer than a few hundred characters is not a name; a
description's first 4,000 characters carry its cues (descriptions are stored cut at 4,000).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

from dfaudit.detect.names import is_particle
from dfaudit.detect.text import fold, share_scans
from dfaudit.detect.vocab import (
    BASE_MODEL_WORDS,
    MODEL_KIND_WORDS,
    MODEL_VERSION_WORDS,
    MODEL_WORDS,
    MODEL_WORDS_NAMELIKE,
    SCRIPT_MODEL_WORDS,
)
from dfaudit.records import BountyRecord, ModelRecord
from dfaudit.store.normalize import MAX_READ_DESCRIPTION_CHARS

NAME_LIMIT = 300  # model name, bounty name
SHORT_LIMIT = 200  # one trigger word, file name, version name, instance prompt
TAG_LIMIT = 80  # one tag
# a description's first 4,000 characters: the normaliser fits what versions say within them
DESCRIPTION_LIMIT = MAX_READ_DESCRIPTION_CHARS
TRAINED_WORDS_MAX = 16
FILE_NAMES_MAX = 8
VERSION_NAMES_MAX = 8
TAGS_MAX = 64
METADATA_BLOCKS_MAX = 4
METADATA_VALUE_LIMIT = 2_000_000  # a safetensors header read is capped well below this


# The record's sequences read as plain objects: compiled detection (mypyc, dfaudit._native)
# checks a value against its annotation where it reads it, so a list where the record's type
# says tuple (a caller building a ModelRecord by hand) would be a TypeError in the compiled
# build and not in Python. ``bounded`` reads them untyped and hands the signals tuples.
_MODEL_SEQUENCES = attrgetter("trained_words", "file_names", "version_names", "tags", "card")
_METADATA = attrgetter("training_metadata")
_TAGS = attrgetter("tags")


def _short(values: object, count: int, limit: int) -> tuple[str, ...]:
    if not isinstance(values, (tuple, list)):
        return ()
    return tuple(v[:limit] for v in values[:count] if isinstance(v, str))


def _needs_cut(values: object, count: int, limit: int) -> bool:
    """Whether ``values`` is anything but a tuple of at most ``count`` strings of at most
    ``limit`` characters (then :func:`_short` makes it one)."""
    if type(values) is not tuple:
        return True
    if len(values) > count:
        return True
    try:
        "".join(values)  # a TypeError exactly when some value is not a str
    except TypeError:
        return True
    return bool(values) and max(map(len, values)) > limit


def _blocks(metadata: object) -> tuple[dict[str, str], ...]:
    if not isinstance(metadata, (tuple, list)):
        return ()
    return tuple(b for b in metadata if isinstance(b, dict))


# Letters of other scripts drawn like Latin ones (Unicode's confusables), typed inside a Latin
# word to slip a name past a platform's filter ("Odіle" with a Cyrillic "і"); and the invisible
# characters typed between its letters ("Od\u200bile").
_CONFUSABLES = str.maketrans(
    "аеорсухіјѕһԁԛԝӏАВЕКМНОРСТХІЈЅУ"  # Cyrillic
    "ορνικαΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",  # Greek
    "aeopcyxijshdqwlABEKMHOPCTXIJSYopvikaABEZHIKMNOPTYX",
)
_CONFUSABLE_SET = "аеорсухіјѕһԁԛԝӏАВЕКМНОРСТХІЈЅУορνικαΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"
# a Latin letter beside a confusable one, or an invisible character between two Latin letters:
# only then is a text unmasked (Russian or Greek text alone never is)
_MASKED = re.compile(
    f"[A-Za-z][{_CONFUSABLE_SET}]|[{_CONFUSABLE_SET}][A-Za-z]"
    "|[A-Za-z\u00c0-\u024f][\u200b\u200c\u200d\u2060\ufeff\u00ad]"
)
_INVISIBLE = re.compile(
    "(?<=[A-Za-z\u00c0-\u024f])[\u200b\u200c\u200d\u2060\ufeff\u00ad]+(?=[A-Za-z\u00c0-\u024f])"
)
# Every match of ``_MASKED`` holds a confusable or an invisible character: where none stands,
# the pattern (an alternation of classes, tried at every character) need not run. One class is
# found by the regex engine's fast scan for a first character.
_MASK_CHAR = re.compile(f"[{_CONFUSABLE_SET}\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_WORD = re.compile(r"[^\W\d_]+")
_LATIN_OR_CONFUSABLE = re.compile(f"[A-Za-z\u00c0-\u024f{_CONFUSABLE_SET}]+")


# Spaces typed as other characters (no-break, thin, en/em ...) and runs of spaces: a title
# typeset "Mira\u00a0Vossberg" or "Mira  Vossberg" is the same title, and the signals' patterns
# read one plain space. The ideographic space stays: it is a CJK name's own join.
_ODD_SPACE = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f]")
_SPACE_RUN = re.compile(" {2,}")
# Full-width and ideographic punctuation beside a Latin letter or digit ("Mira Vossberg（Singer）",
# "photo of mira vossberg，beach"): the ASCII mark, spaced as Latin text spaces it. Between
# CJK characters it stays (the CJK readers take it as it stands).
_WIDE_MARKS = {
    "，": ", ",
    "、": ", ",
    "。": ". ",
    "：": ": ",
    "；": "; ",
    "！": "! ",
    "？": "? ",
    "（": " (",
    "）": ") ",
    "［": " [",
    "］": "] ",
    "｜": " | ",
    "／": " / ",
    "～": " ~ ",
    "＋": " + ",
    "＆": " & ",
}
_WIDE_CLASS = "[" + "".join(_WIDE_MARKS) + "]"
_WIDE_MARK = re.compile(f"(?<=[A-Za-z0-9]){_WIDE_CLASS}|{_WIDE_CLASS}(?=[A-Za-z0-9])")
_ODD_TYPESET = re.compile(f"{_ODD_SPACE.pattern}|{_WIDE_MARK.pattern}")


# letters spaced one by one ("S E B A S T I A A N   P R Y L"): there a run of spaces is the
# gap between words, and runs stay
_LETTER_SPACED = re.compile(r"(?<![^\W\d_])[^\W\d_] [^\W\d_] [^\W\d_](?![^\W\d_])")


def _odd_spaced(text: str) -> bool:
    return ("  " in text and _LETTER_SPACED.search(text) is None) or (
        not text.isascii() and _ODD_TYPESET.search(text) is not None
    )


def _retypeset(text: str) -> str:
    """``text`` with odd spaces and Latin-side full-width marks as plain ones, one space apart."""
    text = _WIDE_MARK.sub(lambda m: _WIDE_MARKS[m.group(0)], _ODD_SPACE.sub(" ", text))
    if _LETTER_SPACED.search(text) is None:
        text = _SPACE_RUN.sub(" ", text)
    return text.strip(" ") if text[:1] == " " or text[-1:] == " " else text


def _look_alike(text: str) -> bool:
    return (
        not text.isascii()
        and _MASK_CHAR.search(text) is not None
        and _MASKED.search(text) is not None
    )


def _masked(text: str) -> bool:
    return _odd_spaced(text) or _look_alike(text)


@lru_cache(maxsize=16384)
def unmasked(text: str) -> str:
    """``text`` with the masks of a filter-dodging name taken off: invisible characters between
    Latin letters removed, and in a word of Latin letters the look-alike letters of other
    scripts read as the Latin ones ("Nоemi" with a Cyrillic "о" → "Noemi"). A word wholly in
    another script is left as it is. Odd spaces (no-break, thin) and runs of spaces read as one
    plain space. The text itself when it has neither."""
    if not _masked(text):
        return text
    if _odd_spaced(text):
        text = _retypeset(text)
        if not _look_alike(text):
            return text
    text = _INVISIBLE.sub("", text)
    return _WORD.sub(_unmask_word, text)


def _unmask_word(match: re.Match[str]) -> str:
    word = match.group(0)
    if word.isascii() or not _LATIN_OR_CONFUSABLE.fullmatch(word):
        return word
    # some letter must be Latin already: a word wholly of look-alikes is that script's own
    return word.translate(_CONFUSABLES) if any(c.isascii() for c in word) else word


def _unmasked_all(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(unmasked(v) for v in values)


def _any_masked(*groups: object) -> bool:
    # ASCII strings are never masked, only spaced twice: one test over each group's strings
    # joined, the common case
    try:
        if all(
            (joined := "".join(group)).isascii() and "  " not in joined
            for group in groups
            if isinstance(group, (tuple, list))
        ):
            return False
    except TypeError:  # some value is not a str: read them one by one
        pass
    return any(
        isinstance(v, str) and _masked(v)
        for group in groups
        if isinstance(group, (tuple, list))
        for v in group
    )


def bounded(record: object) -> object:
    """``record`` with every text field within its budget and every sequence a tuple (the
    record itself when it already is, which is the common case and costs a few checks), and
    the masks of a filter-dodging name taken off its texts (:func:`unmasked`)."""
    if isinstance(record, ModelRecord):
        trained, files, versions, tags, card = _MODEL_SEQUENCES(record)
        metadata = _blocks(_METADATA(record))
        restated = restated_title(record.name, record.description)
        if (
            not _masked(record.name)
            and not _decorated(record.name)
            and _unsuffixed(record.name[:NAME_LIMIT]) == record.name
            and not _recasable(record.name, record.description)
            and restated is None
            and not _front_matter(record.description)
            and not _masked(record.description)
            and not _any_masked(trained, files, versions, tags)
            and len(record.name) <= NAME_LIMIT
            and len(record.description) <= DESCRIPTION_LIMIT
            and not _needs_cut(trained, TRAINED_WORDS_MAX, SHORT_LIMIT)
            and not _needs_cut(files, FILE_NAMES_MAX, SHORT_LIMIT)
            and not _needs_cut(versions, VERSION_NAMES_MAX, SHORT_LIMIT)
            and not _needs_cut(tags, TAGS_MAX, TAG_LIMIT)
            and type(card) is dict
            and type(_METADATA(record)) is tuple
            and len(metadata) <= METADATA_BLOCKS_MAX
            and not any(_long_metadata(block) for block in metadata)
            and not _long_card(card)
        ):
            return record
        if not isinstance(card, dict):
            card = {}
        elif _long_card(card):
            card = {k: (v[:SHORT_LIMIT] if isinstance(v, str) else v) for k, v in card.items()}
        title = restated or record.name
        return dataclasses.replace(
            record,
            name=_recased(
                _unsuffixed(_undecorated(unmasked(title[:NAME_LIMIT]))),
                record.description,
            ),
            description=unmasked(_card_body(record.description)[:DESCRIPTION_LIMIT]),
            trained_words=_unmasked_all(_short(trained, TRAINED_WORDS_MAX, SHORT_LIMIT)),
            file_names=_unmasked_all(_short(files, FILE_NAMES_MAX, SHORT_LIMIT)),
            version_names=_unmasked_all(_short(versions, VERSION_NAMES_MAX, SHORT_LIMIT)),
            tags=_unmasked_all(_short(tags, TAGS_MAX, TAG_LIMIT)),
            card=dict(card),
            training_metadata=tuple(
                {k: v[:METADATA_VALUE_LIMIT] if isinstance(v, str) else v for k, v in block.items()}
                for block in metadata[:METADATA_BLOCKS_MAX]
            ),
        )
    if isinstance(record, BountyRecord):
        if (
            len(record.name) <= NAME_LIMIT
            and len(record.description) <= DESCRIPTION_LIMIT
            and not _needs_cut(_TAGS(record), TAGS_MAX, TAG_LIMIT)
            and not _masked(record.name)
            and not _masked(record.description)
        ):
            return record
        return dataclasses.replace(
            record,
            name=unmasked(record.name[:NAME_LIMIT]),
            description=unmasked(record.description[:DESCRIPTION_LIMIT]),
            tags=_short(_TAGS(record), TAGS_MAX, TAG_LIMIT),
        )
    return record


# A Hugging Face card pasted as a description opens with its YAML front matter ("---",
# "license: other", "base_model: ...", "tags:", "- lora", "---"): settings, not prose. It is
# left out of what the signals read, so the card's text stands at the description's head where
# the readers of a head look (a title or an instance prompt in it is in the record's own fields).
FRONT_MATTER_MAX = 3000
_FRONT_MATTER = re.compile(r"[ \t]*---[ \t]*\n(?:[^\n]*\n){1,80}?[ \t]*---[ \t]*(?:\n|$)")
_FRONT_KEY = re.compile(r"^[A-Za-z_][\w-]{0,40}:", re.M)
CARD_HEADINGS_MAX = 3
_CARD_HEADING = re.compile(r"[ \t]*#{1,3}[ \t][^\n]{0,200}(?:\n|$)")


def _front_matter(description: str) -> bool:
    return description[:3] == "---" or description[:64].lstrip(" \t")[:4] == "---\n"


def _card_body(description: str) -> str:
    """``description`` without a YAML front matter it opens with (itself when none)."""
    if not _front_matter(description):
        return description
    found = _FRONT_MATTER.match(description[:FRONT_MATTER_MAX])
    if found is None or _FRONT_KEY.search(found.group(0)) is None:
        return description
    body = description[found.end() :].lstrip("\n")
    # the card's opening headings ("# <title>", "## Model description") are its layout: the
    # text under them is what a page's head says
    for _ in range(CARD_HEADINGS_MAX):
        heading = _CARD_HEADING.match(body)
        if heading is None:
            break
        body = body[heading.end() :].lstrip("\n")
    return body


# A title with the subject's name taken out ("face LoRA (actress)", "インスタグラマー 💫") and
# the page restating it whole on a line of its own, anywhere, with the name in it ("Y.T. face
# LoRA (actress)", "インスタグラマー 御影みおり 💫"): uploaders shorten a listing's title, or keep
# a name out of it to pass a filter, and write the full title in the page (first or last). Such a
# line is read as the title. It must hold every word of the title in order and add one run of
# at most RESTATED_EXTRA words, each written as a name's word is (a capital and letters, initials,
# a handle, a short word of a script without case) and none a model word ("V2", "LoRA of",
# "Merge", "by"); a settings or prompt line ("key: value", a list of prompt words) never counts.
RESTATED_EXTRA = 4
RESTATED_LINE_MAX = 160
RESTATED_TRIES = 12
_RESTATED_LETTER = re.compile(r"[^\W\d_]")
_NAME_WORD = re.compile(
    r"[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f'\u2019.\-]*"
    r"|@[\w.]{2,40}"
    r"|[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u00b7\u30fb]{2,8}"
)


# a name is set off from the title by a separator or brackets: "雪代 ゆずは | LoRA",
# "@sol.kat — streamer", "Kestrel (Ylva Fjellbakk) | Caster"
_SEPARATORS = frozenset(("|", "/", "\u2014", "\u2013", "-", "\u00b7", "\u2022", "~", "\uff5c"))
_BRACKETS = "()[]{}\"'\u201c\u201d\u300c\u300d\u3010\u3011\uff08\uff09"


def _name_word(word: str) -> bool:
    word = word.strip(_BRACKETS)
    return (
        _NAME_WORD.fullmatch(word) is not None
        and word.strip(".-'\u2019").lower() not in MODEL_WORDS
    )


def _page_writes_capitalised(words: list[str], description: str) -> bool:
    """Whether the page writes ``words`` (two or more, lower case) as a name's, capitalised
    one after the other ("Summer Sparrow, singer." for "summer sparrow"; a particle may stay
    small: "Anna van der Berg")."""
    if len(words) < 2 or not all(w.isalpha() and w.islower() for w in words):
        return False
    shown = [w if is_particle(w) else w[:1].upper() + w[1:] for w in words]
    return re.search(rf"(?<![^\W_]){re.escape(' '.join(shown))}(?![^\W_])", description) is not None


def _name_run(words: list[str], description: str) -> bool:
    """Whether ``words`` (what a restating line adds to its title) are a name: each written as a
    name's word is (or a separator), one at least, a lower-case particle only between two of
    them ("Anna van der Berg"); or, all in lower case, words the page writes capitalised."""
    if _page_writes_capitalised(words, description):
        return True
    named = [_name_word(w) for w in words]
    if not any(named):
        return False
    for n, word in enumerate(words):
        if named[n] or word in _SEPARATORS:
            continue
        if not (is_particle(word) and 0 < n < len(words) - 1 and named[-1]):
            return False
    return True


def _end_lines(description: str) -> list[str]:
    lines = [line.strip() for line in description.splitlines() if line.strip()]
    return lines[:1] + lines[-1:] if len(lines) > 1 else lines


def restated_title(name: str, description: str) -> str | None:
    """The description's line that restates the title ``name`` with a name's words added (the
    title's fuller form), or None (see above)."""
    title = name.split()
    if (
        not title
        or len(name) > NAME_LIMIT
        or not (description := description[:DESCRIPTION_LIMIT])
        or _RESTATED_LETTER.search(name) is None
    ):
        return None
    restated = _restating_line(name, title, description) if title[0] in description else None
    if restated is None and all(w.strip(_BRACKETS).lower() in MODEL_WORDS for w in title):
        return _named_model_line(name, description)
    return restated


def _restating_line(name: str, title: list[str], description: str) -> str | None:
    lowered = [w.casefold() for w in title]
    shortest = len(name) + 2
    longest = min(RESTATED_LINE_MAX, len(name) + 60)
    tries = 0
    for line in description.splitlines():
        line = line.strip()
        if not shortest <= len(line) <= longest or title[0] not in line:
            continue
        tries += 1
        if tries > RESTATED_TRIES:
            return None
        if ":" in line or "=" in line or line.count(",") > name.count(","):
            continue
        words = line.split()
        if len(words) == len(title) and line != name:
            # a script without spaces: the name glued to the title ("【実写】白峰陽翔")
            glued = _glued_name(name, line)
            if glued:
                return line
            continue
        if not 1 <= len(words) - len(title) <= RESTATED_EXTRA:
            continue
        added: list[int] = []
        at = 0
        for n, word in enumerate(words):
            if at < len(title) and word.casefold() == lowered[at]:
                at += 1
            else:
                added.append(n)
        if (
            at == len(title)
            and added[-1] - added[0] + 1 == len(added)
            and _name_run([words[n] for n in added], description)
            and (not line.islower() or line in _end_lines(description))
        ):
            return line
    return None


_SCRIPT_NAME = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u00b7\u30fb]{2,8}")


def _glued_name(title: str, line: str) -> bool:
    """Whether ``line`` is ``title`` with a name of a script without spaces glued to one end."""
    if line.startswith(title):
        rest = line[len(title) :]
    elif line.endswith(title):
        rest = line[: -len(title)]
    else:
        return False
    # hiragana alone is a sentence's ending or particle ("です", "の顔"), not a name
    return _SCRIPT_NAME.fullmatch(rest) is not None and _HIRAGANA_ONLY.fullmatch(rest) is None


_HIRAGANA_ONLY = re.compile("[\u3040-\u309f]+")


def _named_model_line(name: str, description: str) -> str | None:
    """A title of model words only ("LoRA") restated by the page's first or last line that is
    a name and nothing else ("Summer Sparrow", "summer sparrow" where the page writes it
    capitalised, "雪代ゆずは"): that line and the title."""
    for line in _end_lines(description):
        if len(line) > RESTATED_LINE_MAX or ":" in line or "=" in line or "," in line:
            continue
        words = line.split()
        if _SCRIPT_NAME.fullmatch(line) or (
            2 <= len(words) <= RESTATED_EXTRA
            and all(w.lower() not in MODEL_WORDS for w in words)
            and _name_run(words, description)
            and (all(_name_word(w) or is_particle(w) for w in words) or line.islower())
        ):
            return f"{line} {name}"
    return None


def _long_metadata(block: Mapping[str, str]) -> bool:
    return any(isinstance(v, str) and len(v) > METADATA_VALUE_LIMIT for v in block.values())


def _long_card(card: Mapping[str, object]) -> bool:
    value = card.get("instance_prompt") if card else None
    return isinstance(value, str) and len(value) > SHORT_LIMIT


@dataclass(frozen=True, slots=True)
class TextView:
    """A record's texts, bounded (as in :func:`bounded`) and folded."""

    name: str  # bounded, as it stood
    name_folded: str
    trained_words: tuple[str, ...]
    trained_folded: tuple[str, ...]
    tags: tuple[str, ...]  # folded, stripped
    description: str  # bounded, as it stood
    description_folded: str


# The record seen last and its view: every signal reads the same record in turn, so its view
# is worked out once. Holding the record keeps it alive, so its identity cannot be reused by
# another object while it is remembered; the view is stored only once computed, so a failure
# leaves nothing stale behind.
_last: list[object] = [None, None]


def _make_view(record: object) -> TextView:
    name = (getattr(record, "name", "") or "")[:NAME_LIMIT]
    words = _short(
        tuple(getattr(record, "trained_words", ()) or ()), TRAINED_WORDS_MAX, SHORT_LIMIT
    )
    tags = getattr(record, "tags", ()) or ()
    tags = tags if isinstance(tags, tuple) else tuple(tags)
    description = description_of(record)
    description_folded = fold(description)
    # the signals' start finders read heads of it: one pass serves them all
    share_scans(description_folded)
    return TextView(
        name=name,
        name_folded=fold(name),
        trained_words=words,
        trained_folded=tuple(fold(w) for w in words),
        tags=_folded_tags(_short(tags, TAGS_MAX, TAG_LIMIT)),
        description=description,
        description_folded=description_folded,
    )


def view(record: object) -> TextView:
    """The bounded, folded texts of ``record`` (worked out once per record)."""
    last = _last
    if last[0] is record and last[1] is not None:
        return last[1]  # type: ignore[return-value]
    made = _make_view(record)
    last[1] = made
    last[0] = record
    return made


# emoji and pictographs that decorate a title ("🦋Mira🦋Vossberg🦋"), read as the spaces they
# stand for; stars only where they stand apart ("★ Mira ★"), not inside a word (a starred
# letter masks a name: "J★nna"). The look-behinds start each run of stars once: linear.
_DECORATION_RE = re.compile(
    "[\u2190-\u21ff\u2600-\u2604\u2607-\u27bf\u2b00-\u2bff\ufe0f\u200d\U0001f000-\U0001faff]"
    "|(?:^|(?<=\\s))[\u2605\u2606]+|(?<![\u2605\u2606])[\u2605\u2606]+(?=\\s|$)"
)


@lru_cache(maxsize=65536)
def _undecorated(name: str) -> str:
    """``name`` with its decorating emoji read as single spaces (a title without any is
    returned as it is; in one with them, spans count in the undecorated title). The signals
    read a record's title undecorated (:func:`bounded`), so no rule depends on them."""
    if name.isascii():
        return name
    spaced = _DECORATION_RE.sub(" ", name)
    return name if spaced == name else " ".join(spaced.split())


# A title in one case only ("mira vossberg lora", "MIRA VOSSBERG LORA") says nothing by its
# case; the page's own text does. A word of it is read as the description's head writes it
# when the head writes it one way every time, not all lower case ("Vossberg", "LoRA"), and
# once where case means something: inside a sentence, or beside the title's next or previous
# word (a sentence's first word is capitalised whatever it is). Other words stay as they are.
RECASE_HEAD = 1500
_CASED_WORD = re.compile(r"[^\W\d_]{2,}")
# what a sentence's first word follows: the text's or a line's start, or a full stop after a
# word of four letters or more ("Mrs. Kowal" goes on the sentence)
_SENTENCE_START = re.compile(r"(?:^|\n|[^\W\d_]{4}[.!?]\s|[!?]\s)\s*$")


def _recasable(name: str, description: str) -> bool:
    # a title with letters that have no case (CJK, Hangul: "빈은봄 (BIN EUN-BOM)") is not in
    # one case: its script name is the name, the capitals a gloss
    return (
        bool(description)
        and (name.islower() or name.isupper())
        and len(name) <= NAME_LIMIT
        and (name.isascii() or all(c.lower() != c.upper() for c in name if c.isalpha()))
    )


def _recased(name: str, description: str) -> str:
    if not _recasable(name, description):
        return name
    title = [m.group(0).lower() for m in _CASED_WORD.finditer(name)]
    wanted = set(title)
    beside = {(a, b) for a, b in zip(title, title[1:], strict=False)}
    spelt: dict[str, str | None] = {}
    telling: set[str] = set()
    head = description[:RECASE_HEAD]
    previous = ""
    for m in _CASED_WORD.finditer(head):
        word = m.group(0)
        key = word.lower()
        if key in wanted and len(key) == len(word):
            known = spelt.get(key, word)
            spelt[key] = word if known == word else None
            if (previous, key) in beside:
                telling.update((previous, key))
            elif _SENTENCE_START.search(head[max(0, m.start() - 8) : m.start()]) is None:
                telling.add(key)
        previous = key

    def one(m: re.Match[str]) -> str:
        word = m.group(0)
        key = word.lower()
        found = spelt.get(key)
        usable = found is not None and not found.islower() and key in telling
        return found if usable and found is not None else word

    return _CASED_WORD.sub(one, name)


# A model word of another script set apart from words of its script, after some of the title
# (vocab.SCRIPT_MODEL_WORDS), or a Latin one in Japanese quotes ("Odalys 「LoRA」"): read as
# the Latin word, so that no reader takes it for a part of the name ("Noemi LoRA模型").
_SCRIPT_LETTER = "\u0400-\u04ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
_SCRIPT_MODEL_WORD = re.compile(
    "(?<=[^\\s"
    + _SCRIPT_LETTER
    + "])\\s*(?:「\\s*((?i:lora|model))\\s*」|("
    + "|".join(map(re.escape, SCRIPT_MODEL_WORDS))
    + "))(?!["
    + _SCRIPT_LETTER
    + "])"
)
_SCRIPT_MODEL_CHARS = frozenset("「" + "".join(w[0] for w in SCRIPT_MODEL_WORDS))


@lru_cache(maxsize=65536)
def _latin_model_words(name: str) -> str:
    if name.isascii() or _SCRIPT_MODEL_CHARS.isdisjoint(name):
        return name
    return _SCRIPT_MODEL_WORD.sub(
        lambda m: " " + (m.group(1) or SCRIPT_MODEL_WORDS.get(m.group(2), m.group(2))), name
    )


# A base-model or version segment at either end of a title ("Mira Vossberg [SDXL]", "… | Flux.1
# D", "… (Pony)", "… - IL", "… v3.5", "… NoobAI", "[SDXL] Mira Vossberg", "PONY | …"): what
# a model was made on says nothing of its subject, and its capitals read as a name's or a
# target's ("IL"), or hide a title's shape ("<A> + <B> blend - Pony"). The title is read without
# it. Set apart by any separator or bracket, in any case, a segment goes when every word of it is
# a model word (vocab's tables) or a number and one is a base model or a version; set on by a
# space only, only the words no name is made of (a dotted version number, a base model that is no
# word; a plain "v2" stays, as the readers have always read it).
# where a segment starts at a title's end: a separator (a dash or tilde after a space, or a
# hyphen inside a word: "Vossberg-XL"; a closing "~" stays with what it closes) or an opening
# bracket; where one ends at its head: a closing bracket, or a separator before a space
_TAIL_BOUNDARY = re.compile(
    "\\s+[-~]|(?<=[^\\W_])-(?=[^\\W_])|\\s*[|/:\u2022\u2013\u2014\uff5c]"
    "|\\s*[(\\[{\uff08\u3010\u300c]"
)
_HEAD_BOUNDARY = re.compile(
    "[)\\]}\uff09\u3011\u300d]\\s*|[-~|/:\u2022\u2013\u2014\uff5c]\\s+|(?<=[^\\W_])-(?=[^\\W_])"
)
# what a cut leaves hanging ("Mira -" of "Mira - v3.5")
_LOOSE_END = " -|/:\u2022\u2013\u2014\uff5c"
SEGMENT_MAX = 48  # characters of a title's end or head a base-model segment may take
_TAIL_WORD = re.compile(
    r"\s+(v?\d+\.\d+(?:\.\d+)?|sd\s?\d(?:\.\d)?|sdxl|noobai|flux\.?\d(?:\.\d)?)\s*$", re.I
)
_MODEL_TOKEN = re.compile(r"[a-z]+|\d+")
_SEGMENT_WORDS = BASE_MODEL_WORDS | MODEL_KIND_WORDS | MODEL_VERSION_WORDS | MODEL_WORDS_NAMELIKE
# what makes a segment a base model's ("Flux.1 D": flux, 1, d; "- IL") or a version's (a dotted
# number: "(v3.5)"; a plain "- v2" stays, as the readers have always read it)
_BASE_TOKENS = BASE_MODEL_WORDS | {"il"}
_DOTTED_VERSION = re.compile(r"\d\.\d")
_FLUX_VARIANTS = frozenset({"d", "s"})  # Flux.1 D(ev), S(chnell)
_WORD_LETTERS = re.compile(r"[^\W\d_]{2,}")


def _model_segment(segment: str) -> bool:
    tokens = _MODEL_TOKEN.findall(fold(segment))
    if not tokens or not (
        any(t in _BASE_TOKENS for t in tokens) or _DOTTED_VERSION.search(segment)
    ):
        return False
    return all(
        t.isdigit() or t in _SEGMENT_WORDS or (t in _FLUX_VARIANTS and "flux" in tokens)
        for t in tokens
    )


def _subject_left(title: str) -> bool:
    return _WORD_LETTERS.search(title) is not None and not _model_segment(title)


@lru_cache(maxsize=65536)
def _unsuffixed(name: str) -> str:
    """``name`` without the base-model and version segments at its ends (the name itself when
    it has none, or when nothing of a subject would be left); its model words of other scripts
    read as the Latin ones (:func:`_latin_model_words`)."""
    title = _latin_model_words(name)
    if " " not in title.strip():
        return title  # a slug ("mira-vossberg-sdxl-lora"): its readers drop its model words
    for _ in range(3):
        cut = None
        for found in _TAIL_BOUNDARY.finditer(title, max(0, len(title) - SEGMENT_MAX)):
            if _model_segment(title[found.start() :]):
                cut = title[: found.start()]
                break  # the longest: the leftmost
        if cut is None:
            word = _TAIL_WORD.search(title, max(0, len(title) - SEGMENT_MAX))
            if word is None:
                break
            cut = title[: word.start()]
        if not _subject_left(cut):
            break
        title = cut.rstrip(_LOOSE_END)
    head = [f.end() for f in _HEAD_BOUNDARY.finditer(title[:SEGMENT_MAX])]
    for end in reversed(head):  # the longest: the rightmost
        if _model_segment(title[:end]):
            if _subject_left(title[end:]):
                title = title[end:]
            break
    # what is left all in lower case stays as it was: bare, its words read as a concept's
    # ("<given> <family> - Pony v4" would be non_subject's two-word concept title)
    return _latin_model_words(name) if title.islower() else title


def _decorated(name: str) -> bool:
    return not name.isascii() and _undecorated(name[:NAME_LIMIT]) != name[:NAME_LIMIT]


def file_stem(name: str) -> str:
    """A file name without its extension, bounded ("mira_vossberg" of its ``.safetensors``)."""
    return name[:SHORT_LIMIT].rsplit(".", 1)[0]


def name_texts(record: object) -> Iterator[tuple[str, str]]:
    """(field, text) for the short fields a subject's name appears in, strongest first."""
    if isinstance(record, ModelRecord | BountyRecord):
        yield "name", _undecorated(record.name[:NAME_LIMIT])
    if isinstance(record, ModelRecord):
        for word in record.trained_words[:12]:
            yield "trained_words", word[:SHORT_LIMIT]
        for name in record.file_names[:6]:
            yield "file_names", file_stem(name)
        for name in record.version_names[:4]:
            yield "version_names", name[:SHORT_LIMIT]
        instance = record.card.get("instance_prompt") if record.card else None
        if isinstance(instance, str):
            yield "card:instance_prompt", instance[:SHORT_LIMIT]


def tags_of(record: object) -> tuple[str, ...]:
    """Folded tags of a record (bounded)."""
    return view(record).tags


def folded_description(record: object, limit: int = DESCRIPTION_LIMIT) -> str:
    """The folded description, cut at ``limit`` characters of the folded text."""
    return view(record).description_folded[:limit]


@lru_cache(maxsize=65536)
def _folded_tags(tags: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(fold(t).strip() for t in tags if isinstance(t, str))


def description_of(record: object) -> str:
    text = getattr(record, "description", "") or ""
    return text[:DESCRIPTION_LIMIT]


# A long description's closing lines ("PS: yes, it's <Name>", "Dataset note: all images of
# <Name>", "this one is <Name>, requested on discord") name the subject after a settings block, a
# changelog or a support link; readers of the description's opening read them too.
TAIL_CHARS = 240


def description_tail(record: object, head: int) -> str:
    """The description's closing whole lines (at most :data:`TAIL_CHARS` characters) from the
    line its first ``head`` characters cut on ("" when the description is no longer than
    ``head`` or its last line alone is longer than the budget). Bounded and linear."""
    text = view(record).description.rstrip()
    if len(text) <= head:
        return ""
    begin = text.rfind("\n", 0, head) + 1  # the start of the line the head cuts
    low = len(text) - TAIL_CHARS
    if begin < low:
        at = text.find("\n", low - 1)
        if at < 0:
            return ""
        begin = at + 1
    return text[begin:].strip()
