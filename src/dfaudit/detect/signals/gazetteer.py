"""Gazetteer: names from the operator's lexicons (real people, watchlist, characters) found in
the name, trigger words, file names, tags and the start of the description.

A listed person named in the description counts as strongly as in the model's name when the
sentence that names them says the model was made from their pictures, in any language
("Trained on 40 photos of …", "用 … 的照片训练", "… の写真で学習", "… 사진으로 학습",
"Entrenado con fotos de …"); elsewhere in the description (thanks, comparisons, "works with my …
LoRA") a listed name is weaker evidence."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from dfaudit.detect.base import Hit
from dfaudit.detect.fields import description_of, folded_description, name_texts, view
from dfaudit.detect.lexicon import Lexicon, LexiconMatch
from dfaudit.detect.names import PLACE_TAILS, canonical_key
from dfaudit.detect.signals.non_subject import (
    KIND_BRACKET_LAST,
    KIND_FIRST,
    KIND_LAST,
    KIND_OPENING,
    PERSON_SHOWN,
    PLACE_LAST,
    RELATION_WORDS,
)
from dfaudit.detect.text import fold
from dfaudit.detect.vocab import (
    GENERIC_PERSON_WORDS,
    LIKENESS_MODEL_WORDS,
    LIKENESS_TAG_EXPLICIT,
    LIKENESS_TAG_OCCUPATION,
    MODEL_WORDS,
    NEGATIVE_PROMPT_LINE,
    PLACE_ACTIVITY_WORDS,
    PRODUCT_WORDS,
    SELF_ACCOUNT_WORDS,
    TYPE_DECORATION_WORDS,
    WORK_WORDS,
)

# A description is read whole; past its first DESCRIPTION_HEAD characters a listed name counts
# only where it is strong (the pictures the model was made from, a hashtag, a link's words).
DESCRIPTION_HEAD = 600
# How far around a description match its sentence is read for a training / picture word.
CONTEXT_CHARS = 90
_SENTENCE_END = re.compile(r"[\n.!?。！？]")
# Words saying a model was made from a person's pictures, in the languages uploaders write:
# photos, pictures, images, dataset, trained / training, face, likeness. Literals only (the
# pattern is one alternation, linear in the text).
_TRAINED_ON = re.compile(
    r"photo|picture|pics\b|images?\b|dataset|data set|trained|training|\bface\b|likeness"
    r"|\bfotos?\b|fotograf|imágenes|imagens|entrenad|treinad|trainiert|bilder|entraîn|visage"
    r"|rostro|rosto|zdjęci|obraz|eğitil|fotoğraf|ảnh|huấn luyện"
    r"|фото|изображени|обучен|лиц[оа]"
    r"|照片|图片|圖片|训练|訓練|数据集|写真|画像|学習|顔|脸|臉|사진|학습|얼굴|이미지",
    re.IGNORECASE,
)


def _hashtag(text: str, span: tuple[int, int]) -> bool:
    """Whether a match is a hashtag of the description ("guess who #AnnaKowal"): how uploaders
    tag a page's subject, as a tag field would."""
    return span[0] > 0 and text[span[0] - 1] == "#"


# The words a description shows from inside its tags (store.normalize): the handle of a social
# profile or the title of a link, the Wikipedia article it links to. A listed person named there
# is someone the page points its reader to, as a tag would.
_SHOWN_LINK = ("(link: ", "(Wikipedia: ")
SHOWN_LINK_CHARS = 170  # a shown link's words are cut at 160 characters


def _shown_link(text: str, span: tuple[int, int]) -> bool:
    """Whether a match stands inside a link's shown words ("(link: <handle>)")."""
    before = text[max(0, span[0] - SHOWN_LINK_CHARS) : span[0]]
    opened = max(before.rfind(marker) for marker in _SHOWN_LINK)
    return opened >= 0 and ")" not in before[opened:] and "\n" not in before[opened:]


# Where a description names its uploader, not its subject: a credit just before the name
# ("LoRA by <name>", "Author: <name>"; not a role, "played by <name>") or the uploader's own
# account a little before it ("follow me on Instagram (link: <handle>)"). A listed name there
# is no evidence at all.
_CREDIT_BEFORE = re.compile(
    r"(?:(?<!played )(?<!portrayed )(?<!starring )\bby|\bauthor|\bcredits?|\bmaker|\bcreator"
    # poineg18: thanks ("Thanks to <name> for testing", "shout-out to <name>", "kudos to")
    r"|\bthanks?(?: you)?(?: so much)? to|\bshout[- ]?outs? to|\bkudos to|\bcredits? to"
    r"|\bgrateful to)"
    r"\s{0,3}[:\-]?\s{0,3}@?$",
    re.IGNORECASE,
)
_SELF_BEFORE = re.compile(rf"\b(?:{SELF_ACCOUNT_WORDS})\b", re.IGNORECASE)
# A name a picture's *look* is borrowed from, not its subject: "in the style of <painter>",
# "art by <illustrator>" (a prompt's idiom). Read in every field (a prompt-like title or
# trigger word too).
_STYLE_BEFORE = re.compile(
    r"(?:\bstyle of|\bstyled after|\bin the manner of|\bart by|\bartwork by|\bpainted by"
    r"|\bdrawn by|\billustrated by)\s{0,3}[:\-]?\s{0,3}$",
    re.IGNORECASE,
)
STYLE_CHARS = 24
CREDIT_CHARS = 32
SELF_CHARS = 40


def _uploaders_own(text: str, span: tuple[int, int]) -> bool:
    """Whether a description match names the uploader (a credit, their own account)."""
    start = span[0]
    if _CREDIT_BEFORE.search(text, max(0, start - CREDIT_CHARS), start) is not None:
        return True
    before = text[max(0, start - SELF_CHARS) : start]
    cut = max(before.rfind("\n"), before.rfind(". "))
    return _SELF_BEFORE.search(before[cut + 1 :]) is not None


def _style_of(text: str, span: tuple[int, int]) -> bool:
    """Whether a match names whose style a picture borrows ("in the style of <name>")."""
    start = span[0]
    return _STYLE_BEFORE.search(text, max(0, start - STYLE_CHARS), start) is not None


# poineg18: slots where a listed name names no one's face, whatever page it stands on.
# A negative prompt's line ("Negative prompt: lowres, bad hands, <Name>, …"): what images steer
# away from. Read back to the line's start or the last sentence's end, at most this far.
NEGATIVE_LINE_CHARS = 1500


def _in_negative_prompt(text: str, span: tuple[int, int]) -> bool:
    """Whether a match stands on a negative prompt's line, after its label."""
    start = span[0]
    lo = max(0, start - NEGATIVE_LINE_CHARS)
    line = text[lo:start]
    cut = max(line.rfind("\n"), line.rfind(". "))
    return NEGATIVE_PROMPT_LINE.search(line[cut + 1 :].lower()) is not None


# A thing named after someone, its kind's word right after the name ("<Name> Stadium", "<Name>
# Memorial Park", "<Name> perfume bottle"), in brackets after it ("<Name> (horse)") or before it
# ("Estadio <Name>", "Comet <Name>"), or a work the name is the title of ("the film <Name>",
# "<Name> (song)"): the kinds of places and things the name tables and non_subject hold,
# products and works (vocab). Not a place a person is shown in ("<Name> beach", vocab's
# PLACE_ACTIVITY_WORDS) nor a word that goes on into a scene or an outfit of hers ("<Name>
# cocktail dress", "award ceremony", "cup size", "hotel room", "opening ceremony").
_SCENE_WORDS = PLACE_ACTIVITY_WORDS | frozenset(
    {"card", "statue", "bay", "beer", "wine", "tea", "coast", "hotel", "hill", "hills", "hall",
     "river", "valley", "square", "plaza", "town", "mountains", "road", "palace", "castle",
     "temple", "shrine", "chapel", "cathedral", "cup", "rose", "cocktail", "building", "boat",
     "ship", "opening", "award",
     "game", "piece", "bear", "cat", "dog", "puppy", "kitten", "horse", "owl", "goat"}
)  # fmt: skip
NAMED_THING_AFTER = (
    PLACE_TAILS | PLACE_LAST | KIND_LAST | KIND_OPENING | PRODUCT_WORDS
) - _SCENE_WORDS
NAMED_THING_BRACKET = KIND_BRACKET_LAST | PRODUCT_WORDS
NAMED_THING_BEFORE = KIND_FIRST
_WORD_AFTER = re.compile(r"[\s_\-]{0,3}(\(?)\s{0,2}([^\W\d_]+)(?:[\s_\-]{1,3}([^\W\d_]+))?")
_WORK = "|".join(sorted(WORK_WORDS, key=len, reverse=True))
_WORK_BEFORE = re.compile(
    rf"(?:\b(?:{_WORK})|\b(?:tv|the) show)\s{{0,2}}[\"'“‘«]?\s{{0,2}}$", re.IGNORECASE
)
_WORK_AFTER = re.compile(
    rf"\s{{0,2}}\(\s{{0,2}}(?:\d{{4}}\s)?(?:tv\s|web\s)?(?:{_WORK}|show)\s{{0,2}}\)",
    re.IGNORECASE,
)
_NOT_BETWEEN = RELATION_WORDS | MODEL_WORDS | LIKENESS_MODEL_WORDS | _SCENE_WORDS
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[\s_\-]{1,3}$")
THING_CHARS = 30
# what says a page shows a person (a tag of a trade or of a person, a face or portrait word; "40
# photos of her" in its description): a listed name beside a thing's word there is hers
_PERSON_TAGS = LIKENESS_TAG_EXPLICIT | LIKENESS_TAG_OCCUPATION | GENERIC_PERSON_WORDS
_PERSON_TAGS |= frozenset({"face", "faces", "portrait", "portraits", "person", "people"})


def shows_a_person(record: object) -> bool:
    """Whether a page's tags or description say it shows a person (see above)."""
    if not _PERSON_TAGS.isdisjoint(view(record).tags):
        return True
    return PERSON_SHOWN.search(folded_description(record)) is not None


def names_a_thing(text: str, span: tuple[int, int]) -> bool:
    """Whether a match names a place, a thing or a work after someone (see above)."""
    start, end = span
    after = _WORD_AFTER.match(text, end, end + THING_CHARS)
    if after is not None:
        word = fold(after.group(2))
        if word in (NAMED_THING_BRACKET if after.group(1) else NAMED_THING_AFTER):
            return True
        # one word between ("<Name> International Airport", "<Name> Signature Sneakers"),
        # none that puts someone beside the thing ("<Name> at Stadium") or says the model
        second = after.group(3)
        if (
            second is not None
            and not after.group(1)
            and fold(second) in NAMED_THING_AFTER
            and word not in _NOT_BETWEEN
        ):
            return True
    if _WORK_AFTER.match(text, end, end + THING_CHARS) is not None:
        return True
    lo = max(0, start - THING_CHARS)
    if _WORK_BEFORE.search(text, lo, start) is not None:
        return True
    before = _WORD_BEFORE.search(text, lo, start)
    return before is not None and fold(before.group(1)) in NAMED_THING_BEFORE


# poi22: a name between quotes in a title ("“<Name>” cover art") on a page whose
# description calls it a work's title ("for the track “<Name>”"): the work's name, quoted.
_OPEN_QUOTES = frozenset("\"'“‘«「『")
_CLOSE_QUOTES = frozenset("\"'”’»」』")


def _quoted(text: str, span: tuple[int, int]) -> bool:
    """Whether a match stands between an opening and a closing quote (a space inside at most)."""
    before = text[max(0, span[0] - 2) : span[0]].rstrip(" ")
    after = text[span[1] : span[1] + 2].lstrip(" ")
    return before[-1:] in _OPEN_QUOTES and after[:1] in _CLOSE_QUOTES and bool(before and after)


MENTIONS_READ = 4
# A sentence or a label that says who the model shows, anywhere in the description ("PS: this is
# <Name>.", "(it's <Name>, obviously)", "Subject: <Name>", "人物: <Name>"): as strong as the
# pictures the model was made from.
_INTRODUCED = re.compile(
    r"(?:\bthis is|\bit'?s|\bit is|\bthat'?s|\bmeet|\bshe is|\bhe is"
    r"|\b(?:subject|person|name|who|likeness|target|model)\s{0,2}[:：]"
    r"|(?:人物|人名|模特|名前|인물|이름)\s{0,2}[:：]?)\s{0,3}$",
    re.IGNORECASE,
)
INTRODUCED_CHARS = 16


def introduced(text: str, span: tuple[int, int]) -> bool:
    """Whether the words right before a match introduce it as the model's subject."""
    start = span[0]
    return _INTRODUCED.search(text, max(0, start - INTRODUCED_CHARS), start) is not None


# A model's maker named by the model ("merged from <Name>'s base mix", "<Name>'s checkpoint"): a
# merge's ingredients, not a face.
_MAKERS_MODEL = re.compile(
    r"['’]s\s{1,2}(?:[\w-]{1,16}\s{1,2})?(?:mix|merge|checkpoint|finetune|fine-tune|base model)\b",
    re.IGNORECASE,
)


def _models_maker(text: str, span: tuple[int, int]) -> bool:
    end = span[1]
    return _MAKERS_MODEL.match(text, end, end + 40) is not None


# The fields that name a model and what it was trained on (detect.fields.name_texts).
_NAME_FIELDS = frozenset(
    {"name", "trained_words", "file_names", "version_names", "card:instance_prompt"}
)
# Words a name field holds beside its subject's name: how the model was made and which
# version it is ("Marisol LoRA v2", "marisol_sdxl-000010").
_MODEL_WORDS = MODEL_WORDS


def trained_on(text: str, span: tuple[int, int]) -> bool:
    """Whether the sentence around ``span`` says the model was made from pictures (any
    language): the text between the sentence ends before and after the match, at most
    ``CONTEXT_CHARS`` either side, the name itself left out."""
    start, end = span
    before = text[max(0, start - CONTEXT_CHARS) : start]
    after = text[end : end + CONTEXT_CHARS]
    ends = [m.end() for m in _SENTENCE_END.finditer(before)]
    if ends:
        before = before[ends[-1] :]
    stop = _SENTENCE_END.search(after)
    if stop is not None:
        after = after[: stop.start()]
    return _TRAINED_ON.search(before) is not None or _TRAINED_ON.search(after) is not None


# w2ea: a listed name in the same prompt clause as the model's own trigger word, or the clause
# beside it ("ohwx, <name>, night market", "photo of <name> ohwx", "<name>, sks woman"): a
# widget or sample prompt that says who the trigger stands for, as a name field would.
_CLAUSE_GAP = re.compile(r"[\s,;:()]{0,4}$")
_CLAUSE_GAP_AFTER = re.compile(r"[\s,;:()]{0,4}")
TRIGGER_MIN = 3
TRIGGERS_READ = 8


def _triggers(record: object) -> tuple[str, ...]:
    words = view(record).trained_words[:TRIGGERS_READ]
    return tuple(w.strip().lower() for w in words if len(w.strip()) >= TRIGGER_MIN)


def beside_trigger(text: str, span: tuple[int, int], triggers: tuple[str, ...]) -> bool:
    """Whether a trigger word of the record stands right before or after ``span`` in ``text``,
    apart from it by a space, a comma or a bracket at most (whole words only)."""
    if not triggers:
        return False
    start, end = span
    before = text[max(0, start - 40) : start]
    gap = _CLAUSE_GAP.search(before)
    before = before[: gap.start()].lower() if gap else before.lower()
    after = text[end : end + 40]
    skip = _CLAUSE_GAP_AFTER.match(after)
    after = after[skip.end() if skip else 0 :].lower()
    for trigger in triggers:
        if before.endswith(trigger) and not before[-len(trigger) - 1 : -len(trigger)].isalnum():
            return True
        if after.startswith(trigger) and not after[len(trigger) : len(trigger) + 1].isalnum():
            return True
    return False


# What parts a title into segments ("<Name> | Realistic LoRA", "<Name> - photoreal SDXL",
# "Portraits: <Name>"); a bracket is no break ("<Name> (Show)" is a character of that name)
_SEGMENT_BREAK = re.compile(r"\s[-–—|/:•]\s|[|•]|:\s")
_WORD = re.compile(r"[^\W\d_]+")
MAX_SEGMENTS = 4


def _whole_segments(lexicon: Lexicon, text: str) -> list[LexiconMatch]:
    """A listed one-word or short name that is the whole of a name field but for model words
    (:meth:`Lexicon.match_whole`), or the whole of one segment of it when each other segment
    says what kind of model it is ("<Name> | realistic LoRA": a model word in it)."""
    whole = lexicon.match_whole(text, _MODEL_WORDS)
    if whole is not None:
        return [whole]
    bounds, start = [], 0
    for brk in _SEGMENT_BREAK.finditer(text):
        bounds.append((start, brk.start()))
        start = brk.end()
        if len(bounds) >= MAX_SEGMENTS:
            return []  # a list of words, no title
    if not bounds:
        return []
    bounds.append((start, len(text)))
    for lo, hi in bounds:
        found = lexicon.match_whole(text[lo:hi], _MODEL_WORDS)
        if found is None:
            continue
        others = [text[a:b] for a, b in bounds if a != lo]
        if all(_model_words_in(other) for other in others):
            span = (found.span[0] + lo, found.span[1] + lo)
            return [LexiconMatch(found.entry, found.text, span)]
        return []
    return []


# what a title's other segment says the model is: its kind, base, version, what it copies
_SEGMENT_MODEL_WORDS = _MODEL_WORDS | LIKENESS_MODEL_WORDS


def _model_words_in(text: str) -> bool:
    return any(w.group(0).lower() in _SEGMENT_MODEL_WORDS for w in _WORD.finditer(text))


# poineg18: a listed name of two words split between the title and a tag: the title one of its
# words but for model and look words ("Jane LoRA", "Doe - realistic v2"), a tag the other
# ("doe", "jane"): the page's subject, named across its fields.
_TITLE_EXTRA_WORDS = _SEGMENT_MODEL_WORDS | TYPE_DECORATION_WORDS
SPLIT_TAGS_READ = 12
SPLIT_TAG_CHARS = 24


def split_across(lexicon: Lexicon, title: str, tags: tuple[str, ...]) -> list[LexiconMatch]:
    """Entries named by the title's one word and one tag together, in either order (the match
    reports the tag)."""
    words = [w.group(0) for w in _WORD.finditer(title[: SPLIT_TAG_CHARS * 4])]
    kept = [w for w in words if fold(w) not in _TITLE_EXTRA_WORDS]
    if len(kept) != 1:
        return []
    out: list[LexiconMatch] = []
    for tag in tags[:SPLIT_TAGS_READ]:
        if not tag.isalpha() or len(tag) > SPLIT_TAG_CHARS:
            continue
        for joined in (f"{kept[0]} {tag}", f"{tag} {kept[0]}"):
            for match in lexicon.match(joined):
                if match.span == (0, len(joined)):
                    out.append(LexiconMatch(match.entry, tag, (0, len(tag))))
    return out


class Gazetteer:
    name: ClassVar[str] = "gazetteer"
    version: ClassVar[str] = "13"
    fields: ClassVar[tuple[str, ...]] = (
        "name",
        "trained_words",
        "file_names",
        "tags",
        "description",
    )

    def __init__(self, lexicon: Lexicon | None = None):
        self.lexicon = lexicon

    def _mentions(self, text: str, first: LexiconMatch) -> Iterator[LexiconMatch]:
        """``first`` and the same entry's next mentions in ``text`` (at most
        ``MENTIONS_READ`` in all)."""
        match: LexiconMatch | None = first
        for _ in range(MENTIONS_READ):
            if match is None:
                return
            yield match
            end = match.span[1]
            assert self.lexicon is not None
            later = [m for m in self.lexicon.match(text[end:]) if m.entry.norm == first.entry.norm]
            match = None
            if later:
                span = (later[0].span[0] + end, later[0].span[1] + end)
                match = LexiconMatch(first.entry, later[0].text, span)

    @staticmethod
    def _usable(field: str, text: str, match: LexiconMatch, things: set[str]) -> bool:
        """Whether a mention may be evidence of a subject: not the uploader's credit or
        thanks, a style, a negative prompt's line, a model's maker ("merged from <Name>'s mix"),
        nor a place, a thing or a work named after someone (the name anywhere on such a page
        but the title naming the person themself, or the pictures the model was made from)."""
        span = match.span
        if field == "description" and _uploaders_own(text, span):
            return False
        if _style_of(text, span) or _in_negative_prompt(text, span) or _models_maker(text, span):
            return False
        if match.entry.norm not in things:
            return True
        if field == "description" and trained_on(text, span):
            return True
        return field == "name" and not names_a_thing(text, span) and not _quoted(text, span)

    def hits(self, record: object) -> list[Hit]:
        if not self.lexicon:
            return []
        sig = f"{self.name}@{self.version}"
        out: list[Hit] = []
        seen: set[str] = set()
        texts = list(name_texts(record))
        texts += [("tags", t) for t in view(record).tags]
        head = description_of(record)
        texts.append(("description", head))
        triggers = _triggers(record)
        found: list[tuple[str, str, list[LexiconMatch]]] = []
        things: set[str] = set()  # entries a field names a place, a thing or a work after
        for field, text in texts:
            matches = self.lexicon.match(text)
            if field == "description" and _TRAINED_ON.search(text) is not None:
                # a listed one-word name ("Marisol") or short one ("QXV") in a sentence about
                # the pictures the model was made from
                lone = self.lexicon.match_lone(text)
                matches += [m for m in lone if trained_on(text, m.span)]
            elif field in _NAME_FIELDS:
                # a listed one-word name or short one that is the whole of a name field
                # ("Marisol", "marisol_v2.safetensors", "Mr T - LoRA"): what the model is of
                matches += _whole_segments(self.lexicon, text)
            found.append((field, text, matches))
            things.update(m.entry.norm for m in matches if names_a_thing(text, m.span))
        tags = view(record).tags
        if tags:
            split = split_across(self.lexicon, view(record).name, tags)
            found += [("tags", match.text, [match]) for match in split]
        if things and shows_a_person(record):
            things.clear()  # "<Name> Stadium" tagged celebrity, "40 photos of her": hers
        for field, text, matches in found:
            for first in matches:
                if first.entry.norm in seen:
                    continue
                # the first of a name's mentions in a text that is no evidence of a subject (a
                # credit, a style, a negative prompt, a thing): its next ones are read
                match = next(
                    (
                        m
                        for m in self._mentions(text, first)
                        if self._usable(field, text, m, things)
                    ),
                    None,
                )
                if match is None:
                    continue
                entry = match.entry
                pictured = field == "description" and trained_on(text, match.span)
                seen.add(entry.norm)
                strong = field != "description" or (
                    entry.kind != "characters"
                    and (
                        pictured
                        or introduced(text, match.span)
                        or _hashtag(text, match.span)
                        or _shown_link(text, match.span)
                        or beside_trigger(text, match.span, triggers)
                    )
                )
                if not strong and match.span[0] >= DESCRIPTION_HEAD:
                    continue  # a passing mention far down a long page (an example, a comparison)
                if entry.kind == "characters":
                    out.append(
                        Hit(
                            sig,
                            "likeness",
                            -1.0 if strong else -0.5,
                            field,
                            match.text,
                            match.span,
                            note="fictional character lexicon",
                            feature="gazetteer:character",
                        )
                    )
                    continue
                score = 1.0 if strong else 0.6
                feature = f"gazetteer:{entry.kind}" + ("" if strong else ":description")
                out.append(
                    Hit(
                        sig,
                        "likeness",
                        score,
                        field,
                        match.text,
                        match.span,
                        note=f"{entry.kind} lexicon ({entry.source or 'imported'})",
                        feature=feature,
                    )
                )
                out.append(
                    Hit(
                        sig,
                        "target",
                        1.0 if strong else 0.8,
                        field,
                        match.text,
                        match.span,
                        value=entry.name,
                        note=canonical_key(entry.name),
                    )
                )
                if entry.gender:
                    out.append(
                        Hit(
                            sig,
                            "gender",
                            1.0,
                            field,
                            match.text,
                            value=entry.gender,
                            note="lexicon gender",
                        )
                    )
                if entry.kind == "poi":
                    out.append(
                        Hit(sig, "prominence", 1.0, field, match.text, value="public_figure")
                    )
        return out
