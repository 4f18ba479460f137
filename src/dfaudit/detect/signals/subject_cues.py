"""Subject cues that hold when the likeness tags are gone: the model's name *is* a name (two or
three capitalised name-like words), a trigger word abbreviates that name (``katmiller`` for
``Kate Miller``), a tag repeats the name, the description says who the subject is ("X is an
American actress", "embedding of adult film star X"), and the model type's prior (LoRAs and
embeddings usually hold one subject)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import ClassVar

from dfaudit.detect import east_asian
from dfaudit.detect.base import Hit
from dfaudit.detect.fields import (
    description_of,
    description_tail,
    folded_description,
    name_texts,
    tags_of,
    view,
)
from dfaudit.detect.findings import VIETNAMESE_FAMILY
from dfaudit.detect.names import (
    TITLE_WORDS,
    blended_names,
    canonical_key,
    common_surnames,
    common_words,
    first_name,
    first_names,
    framed_name_words,
    surname_like,
    word_surnames,
    world_first_name,
)
from dfaudit.detect.signals.fiction import named_cosplayer
from dfaudit.detect.signals.named_context import PRIVATE_LIFE_RELATIONS
from dfaudit.detect.text import (
    LiteralGate,
    PatternStarts,
    StartFinder,
    alternation,
    deleet,
    finditer_at,
    fold,
    search_starts,
)
from dfaudit.detect.vocab import (
    CONCEPT_WORDS,
    FEMALE_CODED_WEIGHT,
    FEMALE_CODED_WORDS,
    FEMALE_SCRIPT_TERMS,
    FICTION_PHRASES,
    FICTION_STRONG,
    FICTION_WORDS,
    LIVE_GENERIC_FICTION,
    MALE_SCRIPT_TERMS,
    MODEL_WORDS,
    NATIONALITY_WORDS,
    NOT_NAME_WORDS,
    SCRIPT_CREATOR_WORDS,
    SCRIPT_DEMONYMS,
    SCRIPT_GENERIC_PERSON_WORDS,
    SCRIPT_OCCUPATION_TAGS,
    SCRIPT_PLATFORM_WORDS,
    STYLE_WORDS,
    TARGET_EDGE_WORDS,
    TOOL_WORDS,
    type_of_person,
    without_negative_prompts,
)

SUBJECT_TYPES = frozenset({"LORA", "LoCon", "DoRA", "TextualInversion", "Hypernetwork"})
_NAME_NOISE = re.compile(
    r"\([^)]*\)|\[[^\]]*\]|\b(?:v|ver|version)\s?\d[\w.]*|\b(?:lora|locon|lycoris|loha|dora|ti|"
    r"embedding|textual inversion|sdxl|xl|sd ?1\.5|sd15|pony|flux|model|checkpoint)\b",
    re.IGNORECASE,
)
_CAP_WORD = re.compile(r"^[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?$|^(?:Mc|Mac|O')[A-Z][a-z]+$")
_SPLIT = re.compile(r"[\s_|/:,]+")
_OCCUPATION = (
    r"(?:actress|actor|singer|rapper|idol|tv host|presenter|streamer|youtuber|influencer|"
    r"athlete|skater|dancer|comedian|politician|journalist|news anchor|newscaster|pornstar|"
    r"porn star|adult film star|film star|adult actress|cosplayer|musician|wrestler|tiktoker|"
    r"vlogger|tv personality|celebrity|entertainer|gymnast|swimmer|tennis player|footballer|"
    r"dj|pop star|popstar|pop idol|rock star|vocalist|drummer|guitarist|radio host|performer|"
    r"volleyball player|basketball player|soccer player|runway model|"
    r"(?:nude|fashion|glamou?r|adult|instagram|playboy|photo|onlyfans) model)"
)
# Trades of people in the public eye that a sentence naming its subject gives beside the name
# ("inspired by the chef Anna Kowal", "photos of Anna Kowal (boxer)"): the occupations above and
# more of sport, cooking and the news; no art trade (a painter's or a writer's name is a style).
_NAMED_TRADE = (
    _OCCUPATION[:-1] + r"|chef|cook|baker|boxer|fighter|kickboxer|golfer|cyclist|surfer|skier|"
    r"sprinter|bodybuilder|ballerina|weather ?girl|news ?reader|reporter|(?:tv |talk show )?host|"
    r"anchor|anchorwoman|anchorman|fitness model|businesswoman|businessman|entrepreneur|"
    r"astronaut|figure skater|snowboarder|climber|racing driver|jockey)"
)
# An occupation word used for a look or scene ("a celebrity look", "like a celebrity event").
_NOT_WHO_AFTER = (
    r"(?![ -](?:style|look|looks|vibes?|aesthetic|events?|party|selfies?|photos?|shots?|candids?|"
    r"lifestyle|glamou?r|magazine|covers?|background|premiere|red carpet|concept|scene)\b)"
)
_WHO = re.compile(
    r"\b(?:is|was|as|an?|the)\s+(?:[a-z-]+\s+){0,4}"
    + _OCCUPATION
    + r"\b"
    + _NOT_WHO_AFTER
    + r"|\b(?:embedding|lora|model|ti|textual inversion|likeness|face|portrait)s?\s+of\s+"
    r"(?:the\s+)?(?:[a-z-]+\s+){0,3}" + _OCCUPATION + r"\b"
)
# Every match of ``_WHO`` holds an occupation standing as a word after a space: where none
# stands (most descriptions: "model" alone is none), the search is skipped. The occupations
# begin with these literals; ``tests/detect/test_cpu5_prechecks.py`` checks both.
_OCCUPATION_WORD = re.compile(r"\b" + _OCCUPATION + r"\b")
_OCCUPATION_STARTS = StartFinder(
    ("actress", "actor", "singer", "rapper", "idol", "tv ", "presenter", "streamer", "youtuber",
     "influencer", "athlete", "skater", "dancer", "comedian", "politician", "journalist", "news",
     "porn", "adult", "film", "cosplayer", "musician", "wrestler", "tiktoker", "vlogger",
     "celebrity", "entertainer", "gymnast", "swimmer", "tennis", "footballer", "dj", "pop",
     "rock", "vocalist", "drummer", "guitarist", "radio", "nude", "fashion", "glamo",
     "instagram", "playboy", "photo", "onlyfans", "performer", "volleyball", "basketball",
     "soccer", "runway")
)  # fmt: skip


def _who(text: str) -> re.Match[str] | None:
    """``_WHO.search(text)``, skipped when no occupation stands as a word."""
    if search_starts(_OCCUPATION_WORD, _OCCUPATION_STARTS, text) is None:
        return None
    return _WHO.search(text)


# A description that opens on who the (unnamed) subject is and how many photos trained it:
# "Japanese actress, trained on 20 photos." / "배우. 사진 120장으로 학습" /
# "主持人。训练集36张照片".
_OPENS_ON_OCCUPATION = re.compile(r"(?:[a-z-]+\s+){0,3}" + _OCCUPATION + r"\b(?!-like)")
# words that make an occupation nobody's ("virtual idol", "AI-generated singer", "anime idol")
_INVENTED_WORDS = r"virtual|ai|ai-generated|ai-made|synthetic|fictional|fictive"
_MADE_UP = re.compile(r"\b(?:" + _INVENTED_WORDS + r"|anime|cartoon|game|digital|3d|cg)\b")
# narrower, for a real person's occupation said in the title or a sentence of the description
# ("Project X virtual idol", "X is an AI-generated idol"): "game" or "3d" streamers are real
_INVENTED = re.compile(r"\b(?:" + _INVENTED_WORDS + r"|ai generated|made-up)\b")
# A "... model" occupation read as the checkpoint itself: "OpalPhoto: a general photo model",
# "a versatile realistic fashion model" (a person is "a Ukrainian photo model").
_MACHINE_MODEL = re.compile(
    r"\b(?:general|general-purpose|all-purpose|all-round|allround|all-rounder|versatile|base|"
    r"merged?|fine-?tuned|realistic|photorealistic|checkpoint|diffusion|sdxl|sd|anime)\s"
)
_PHOTO_COUNT = re.compile(r"\b\d{1,4}\+? ?(?:photos|pictures|images|stills|pics|photographs)\b")
_SCRIPT_OCCUPATION = re.compile(
    r"女優|俳優|アナウンサー|アイドル|グラドル|歌手|主持人|演员|演員|女星|童星|子役|아역|模特|网红|배우|가수|"
    r"아이돌|아나운서|모델|앵커"
)
_SCRIPT_PHOTO_COUNT = re.compile(
    r"(?:写真|照片|사진|图片|圖片)\D{0,6}\d{1,4}|\d{1,4}\s?(?:枚|张|張|장)"
)
_DIGIT = re.compile(r"\d")
_WHO_TRIGGERS = frozenset(
    {
        "actress",
        "dj",
        "star",
        "popstar",
        "vocalist",
        "actor",
        "singer",
        "model",
        "rapper",
        "idol",
        "host",
        "presenter",
        "streamer",
        "youtuber",
        "influencer",
        "athlete",
        "skater",
        "player",
        "dancer",
        "comedian",
        "politician",
        "journalist",
        "anchor",
        "newscaster",
        "pornstar",
        "cosplayer",
        "musician",
        "wrestler",
        "tiktoker",
        "vlogger",
        "personality",
        "celebrity",
        "entertainer",
        "gymnast",
        "swimmer",
        "footballer",
        "performer",
    }
)
_NOT_NAME = (
    NOT_NAME_WORDS | STYLE_WORDS | CONCEPT_WORDS | TOOL_WORDS | FICTION_WORDS | FICTION_STRONG
)
DESCRIPTION_HEAD = 600
# "KM woman", and the dotted family in any case and spacing ("B.T. woman", "b. t. man",
# "S.K.-girl"): the initials of one person beside a person word
_INITIALS_PERSON = re.compile(
    r"^\s*(?:(?P<caps>[A-Z]{2,3})\.?[-_ ]\s*(?:woman|man|girl|lady|guy|person)"
    r"|(?i:(?P<dots>[a-z]\. ?[a-z]\.(?: ?[a-z]\.)?)[-_ ]?\s*(?:woman|man|girl|lady|guy|person)))\b"
)
_RARE_TOKEN_CLASS = re.compile(
    # the usual rare tokens, or any 3-4 consonants (``zxq``, ``kwv``) but a few common words
    # (a DreamBooth instance prompt may open on "a photo of": "a photo of sks woman")
    r"^\s*(?:(?:an? )?(?:photo|picture|portrait|image) of (?:an? )?)?"
    r"(?:sks|ohwx|zwx|xyz|tok|szn|(?!(?:bbw|nsfw|sfw|bdsm|hdr|pmv|cnc|mlf|bwc|bbc|pnp)\b)"
    r"[bcdfghjklmnpqrstvwxz]{3,4}|(?!(?:sd|xl|v)\d)[a-z]{2,6}\d{1,4})"
    r"\s+(?:woman|man|girl|lady|guy|person|female|male)\b",
    re.IGNORECASE,
)
# "ohwx anna kowal": a rare token and two lower-case words, the instance prompt of one person
_RARE_TOKEN_NAME = re.compile(r"^\s*(?:sks|ohwx|zwx|szn) (?P<name>[a-z]{2,16} [a-z]{3,20})\s*$")
_OWN_PHOTOS = re.compile(
    r"\btrained on (?:her|his|their|my) (?:own )?(?:photos|pictures|pics|selfies|images)\b"
)
# "kl-woman", "jd_girl": lower-case initials in a slug (not a common short word).
_SLUG_INITIALS = re.compile(r"^\s*([a-z]{2,3})[-_ ](?:woman|man|girl|lady|guy|person)\b")
_NOT_INITIALS = frozenset(
    [
        "ai",
        "oc",
        "sd",
        "xl",
        "hd",
        "my",
        "an",
        "the",
        "old",
        "big",
        "fat",
        "hot",
        "shy",
        "new",
        "one",
        "two",
        "tan",
        "pov",
        "bbw",
        "mom",
        "sex",
        "red",
    ]
)
# "Amara face", "selene woman": a known first name and a person or face word.
_FIRST_NAME_CLASS = re.compile(
    r"^\s*([A-Za-z]{3,})[-_ ]+(?:woman|man|girl|lady|guy|face|person|lora|lycoris)\b",
    re.IGNORECASE,
)
_PRIVATE_NAME = re.compile(
    r"\b(?:my|our)[-_ ]+(?:wife|husband|girlfriend|boyfriend|gf|bf|ex|fianc[eé]e?|friend|sister|"
    r"crush|neighbou?r|partner|brother|mother|father|mom|mum|dad|son|daughter|cousin|aunt|uncle|"
    r"niece|nephew|grandma|grandpa|grandmother|grandfather|roommate|bestie|best[-_ ]+friend|"
    r"coworker|co-worker|colleague|classmate)(?:[-_ ]+in[-_ ]+law)?\b"
    # the maker's own face: "myself v3", "me-lora"
    r"|^\s*(?:me|myself)(?:[-_ ]+(?:lora|lycoris|model|sdxl|flux|sd15|v\d[\w.]*))*\s*$"
    # "commission-client-s-wife": someone's relative or partner, named by the relation
    r"|\b(?:client|customer|friend|buddy|coworker|boss|neighbou?r)(?:'s|[-_ ]s)?[-_ ]+"
    r"(?:wife|girlfriend|gf|sister|mother|mom|daughter|fianc[eé]e?)\b"
    r"|\((?:private|personal|friend|irl|memorial|privat|privado|privada|priv[eé]|prywatny|"
    r"pribadi|classmate|coworker|co-worker|colleague|roommate|neighbou?r)\)|\bfriend of mine\b"
    # "meine Freundin", "mi novia", "ma copine": the maker's partner in another language
    r"|\b(?:meine|mis?|ma|minha|moja|mia)[-_ ]+(?:freundin|frau|verlobte|novia|esposa|"
    r"copine|femme|namorada|dziewczyna|ragazza|fidanzata|moglie)\b"
    # "coworker Shanice", "Mei irl": a relation before a name, "in real life" after a one-word
    # title (not "Anime to IRL", "Pokemon IRL": drawn things made to look real)
    r"|\b(?:coworker|co-worker|colleague|classmate)[-_ ]+(?:[a-z]{2,}|[a-z]\.)"
    r"|^\s*(?!(?:anime|cartoon|manga|game|toon|pokemon)\b)[a-z]{2,}[-_ ]+irl\b",
    re.IGNORECASE,
)
# "Precious - college classmate", "courtney_gf_v2": a one-word title and the relation; "gf"
# and "girlfriend" only after a first name of the tables ("MUSE_girlfriend" is a style).
# w2priv: the same with a private place for the relation, either order ("Saskia next door",
# "office Anouk", "liesel_work"): only for a first name of the tables or the model's own
# trigger word ("girl next door" is a look, "office lady" a type).
_PRIVATE_PLACE = (
    r"(?:next[-_ ]+door|from[-_ ]+(?:work|the[-_ ]+office|the[-_ ]+gym)|at[-_ ]+work|work|office|"
    r"gym|dorm|upstairs|downstairs|across[-_ ]+the[-_ ]+(?:hall|street))"
)
# relations only someone the maker knows in person has to them (a title or "my ..." line)
_ACQUAINTANCES = frozenset({"classmate", "coworker", "co-worker", "colleague", "roommate"})
_NAME_RELATION = re.compile(
    r"^\s*(?P<name>[^\W\d_]{2,})[-_ ]+(?:-[-_ ]+|[(\[])?"
    r"(?:(?:college|school|work|uni|office|old)[-_ ]+)?"
    r"(?P<relation>"
    + alternation(_ACQUAINTANCES)
    + r"|gf|girlfriend|"
    + _PRIVATE_PLACE
    + r")(?![^\W_])"
    r"|^\s*[(\[]?(?P<relation2>" + _PRIVATE_PLACE + r")[)\]]?[-_ ]+"
    r"(?P<name2>[^\W\d_]{2,})(?![^\W_])",
    re.IGNORECASE,
)
_LOOSE_RELATIONS = frozenset({"gf", "girlfriend"})
_TITLE_TAIL = re.compile(r"[-_ ]*(?:v\d[\w.]*|lora|lycoris|sdxl|flux|xl|sd15|pony)?\s*$", re.I)


def _name_relation(name: str, triggers: tuple[str, ...] = ()) -> bool:
    match = _NAME_RELATION.match(name)
    if match is None:
        return False
    given = match.group("name") or match.group("name2")
    relation = fold(match.group("relation") or match.group("relation2"))
    if relation in _ACQUAINTANCES:
        return fold(given) not in NOT_NAME_WORDS
    if relation in _LOOSE_RELATIONS:
        return first_name(given) is not None
    # a private place: the title is the name and the place only, and the name is a first
    # name of the tables or the model's trigger word
    # (h20: any bracket and decoration around it, "Kelsey (office) ✨", "[work] Mei")
    if _TITLE_TAIL.fullmatch(_undecorated(name[match.end() : match.end() + 80])) is None:
        return False
    return _private_given(given, triggers)


def _undecorated(tail: str) -> str:
    """A title's tail without a closing bracket and its trailing emoji or symbols."""
    tail = tail.lstrip(")]")
    end = len(tail)
    while end and not (tail[end - 1].isalnum() or tail[end - 1] == "."):
        end -= 1
    return tail[:end]


def _private_given(word: str, triggers: tuple[str, ...]) -> bool:
    """Whether ``word`` beside a relation word names a person: the model's own trigger word, or
    a first name of the tables that is no ordinary word or a look ("girl", "outfit")."""
    key = fold(word)
    if key in NOT_NAME_WORDS or len(key) < 2:
        return False
    if key in {fold(t).strip() for t in triggers}:
        return True
    # w2native: a given name of the world table too ("uni classmate Yaroslava")
    return (
        first_name(word) is not None or world_first_name(key) is not None
    ) and key not in common_words()


# w2priv: a relation word of private life right beside a person's name, either order, with or
# without "my", "our", "the" ("neighbour Saskia Liskmont from 3B", "coworker Anouk from
# accounting", "ex Mireille", "Anouk, my colleague", "Stellan (neighbor)"). Not "neighbour's
# cat", "coworker outfit", "ex-military style"; not on a drawn character's page.
_PRIVATE_RELATION = alternation(PRIVATE_LIFE_RELATIONS, loose_spaces=True)
_RELATION_BESIDE = re.compile(
    r"(?<![^\W_])(?:(?:my|our|the|his|her|their|mein[er]?|meine|ma|mon|mi|minha|meu)[-_ ]+)?"
    r"(?P<relation>" + _PRIVATE_RELATION + r")[-_ ]{0,2}[:,]?[-_ ]{1,2}"
    r"(?P<name>[^\W\d_]{2,20})(?![\w'’])",
    re.IGNORECASE,
)
_RELATION_AFTER = re.compile(
    # after the name: set apart ("Anouk, my colleague", "Stellan (neighbor)", "Imke - the
    # neighbour") or with a possessive ("Noor my roommate"; not "Hugo Boss")
    r"(?<![^\W_])(?P<name2>[^\W\d_]{2,20})(?:(?:,|[-_ ]{1,2}[(–—-])[-_ ]{0,2}"
    r"(?:(?:my|our|the)[-_ ]+)?|[-_ ]{1,2}(?:my|our|the)[-_ ]+)"
    r"(?P<relation2>" + _PRIVATE_RELATION + r")(?![\w'’-])",
    re.IGNORECASE,
)
_RELATION_FICTION = re.compile(
    r"\b(?:anime|manga|game|fictional|webtoon|visual novel|light novel|cartoon|vtuber|"
    r"original character|oc)\b"
)


def _fiction_page(record: object, name: str) -> bool:
    """Whether a fiction tag, or a drawn medium in the title or description, says the page is
    a character's (a negative prompt's "cartoon, 3d" steers away from fiction, h20)."""
    if any(t in _FICTION_TAGS for t in tags_of(record)):
        return True
    description = without_negative_prompts(description_of(record)[:DESCRIPTION_HEAD])
    return _RELATION_FICTION.search(fold(f"{name} {description}")) is not None


def _relation_beside(record: object, name: str) -> tuple[str, str, re.Match[str]] | None:
    """(field, text, match) of a private-life relation word beside a person's name in the
    title, a version name or the description (see above), or None."""
    if _fiction_page(record, name):
        return None
    # w2native: the title's first word counts as a trigger would ("otieno_lora" beside
    # "uni classmate Otieno")
    opening = re.split(r"[-_ ]", name.strip(), maxsplit=1)[0]
    triggers = (*view(record).trained_words[:4], opening)
    description = description_of(record)[:DESCRIPTION_HEAD]
    versions = tuple(getattr(record, "version_names", ()) or ())[:4]
    for field, text in (
        ("name", name),
        *(("version_names", v[:SHORT_VERSION]) for v in versions),
        ("description", description),
    ):
        for match in (*_RELATION_BESIDE.finditer(text), *_RELATION_AFTER.finditer(text)):
            word = match.group("name") if "name" in match.re.groupindex else match.group("name2")
            # in running text the name is capitalised ("coworker Anouk", not "coworker
            # outfit"); a title or version name may be written small
            if field == "description" and not word[:1].isupper():
                continue
            if _private_given(word, triggers) or (
                "name" in match.re.groupindex and _full_name_after(text, match.end("name"), word)
            ):
                return field, text, match
    return None


def _beside_target(sig: str, field: str, text: str, match: re.Match[str]) -> list[Hit]:
    """The person a relation word stands beside, as a target: the first name, and the surname
    after it when the text gives one ("neighbour Saskia Liskmont from 3B")."""
    group = "name" if "name" in match.re.groupindex else "name2"
    start, end = match.span(group)
    word = text[start:end]
    if not word[:1].isupper():
        word = word.capitalize()
    elif _full_name_after(text, end, word):
        surname = _CAPITALISED_WORD.match(text, end + 1)
        if surname is not None:
            end = surname.end()
            word = text[start:end]
    span = (start, end) if field == "description" else None
    key = canonical_key(word) or fold(word)
    return [Hit(sig, "target", RELATION_TARGET, field, word, span, value=word, note=key)]


def _full_name_after(text: str, end: int, word: str) -> bool:
    """Whether ``word`` (capitalised, no dictionary word) is followed by a capitalised surname:
    "neighbour Maelis Tovrandt" names someone even when the tables do not hold "Maelis"."""
    if text[end : end + 1] != " " or not word[:1].isupper() or not _partner_name(word):
        return False
    surname = _CAPITALISED_WORD.match(text, end + 1)
    return (
        surname is not None
        and surname_like(surname.group(0))
        and fold(surname.group(0)) not in NOT_NAME_WORDS
        and fold(surname.group(0)) not in common_words()
    )


SHORT_VERSION = 80
_FICTION_TAGS = (FICTION_STRONG | FICTION_WORDS | LIVE_GENERIC_FICTION) - frozenset(
    ("chibi", "cartoon", "2d", "3d", "comic", "comics", "caricature")
)


_PRIVATE_DESCRIPTION = re.compile(
    r"\b(?:my|our) fianc[eé]e?\b|\b(?:a )?friend of mine\b|"
    r"\b(?:a |an )?(?:regular|ordinary|normal|random) (?:woman|girl|man|guy|person|lady) "
    r"(?:i|we) (?:know|met)\b|\bnot a (?:celebrity|public (?:person|figure)|famous person)\b|"
    r"\b(?:photos|pics|pictures|selfies|images) (?:from|off|on) (?:my|her|his|their) phone\b|"
    # a memorial: "in memory of my mother. trained on old family photos"
    r"\bin (?:loving )?memory of my (?:father|mother|dad|mom|mum|grandfather|grandmother|"
    r"grandma|grandpa|husband|wife|brother|sister|son|daughter|uncle|aunt|partner|friend)\b|"
    r"\btrained on (?:old |our |my )?family (?:photos|pictures|pics|albums?)\b|"
    # "made from old photos of my mother": the maker's relative
    r"\b(?:photos|pictures|pics|images|selfies) of my (?:mother|mom|mum|father|dad|grandmother|"
    r"grandma|grandfather|grandpa|wife|husband|girlfriend|boyfriend|sister|brother|daughter|son|"
    r"partner|fianc[eé]e?|uncle|aunt|auntie|niece|nephew|cousin)\b|"
    r"\bshared with (?:her|his|their) (?:consent|permission)\b|"
    # the maker's own face: "character embedding of me", "a lora of myself"
    r"\b(?:embedding|lora|model|ti|checkpoint|dreambooth) (?:of|on) (?:me|myself)\b|"
    # "Rob — private model, he is a friend"
    r"\b(?:she|he)(?: is|'s) (?:a|my|our) (?:friend|coworker|co-worker|colleague|classmate|"
    r"neighbou?r|client)\b|\bprivate (?:model|lora|commission|person)\b|"
    # "Commission: my client's photos of WN", "private client work"
    r"\bmy client'?s (?:photos|pictures|pics|images|selfies)\b|\bprivate client\b|"
    # "headshots of a client for their LinkedIn", "my own face for profile pics"
    r"\b(?:photos|pictures|pics|images|selfies|headshots|portraits) of (?:a|my|one) client"
    r"(?=\s*(?:[,.;:!)]|$|for\b|who\b|that\b))|"
    r"\bmy own face\b|"
    # a memorial of a relative: "my late father, trained on old family photos"
    r"\bmy late (?:father|mother|dad|mom|mum|grandfather|grandmother|grandma|grandpa|husband|"
    r"wife|brother|sister|son|daughter|uncle|aunt|partner)\b|"
    # "Evadne, a friend from work": someone the maker knows, by where they met
    # "my college classmate Precious": a relation only a private person has to the maker
    r"\bmy (?:(?:college|school|high school|uni|university|old|former|best) )?(?:"
    + alternation(_ACQUAINTANCES)
    + r"|neighbou?r)\b|"
    r"\b(?:a|my) (?:friend|coworker|co-worker|colleague|classmate) (?:from|at) (?:work|school|"
    r"college|uni|university|the office|the gym|church)\b|"
    # fresh17: "a guy from my gym Rafferty", "a woman from our church": a person the maker
    # knows, by where they met
    r"\b(?:a|an) (?:girl|guy|woman|man|lady|dude|boy|gal|person|chick) (?:from|at) (?:my|our) "
    r"(?:work|job|school|college|uni|university|office|gym|church|class|course|team|club|dorm|"
    r"building|street|neighbou?rhood|yoga class|dance class)\b|"
    # "Yvette from my uni course, photos from the group chat"
    r"\bfrom my (?:uni|university|college|school|high school) (?:course|class)\b|"
    r"\b(?:photos|pics|pictures|images|selfies) from (?:the|our|a|my) group chat\b|"
    # w2priv: a subject unaware of the model ("she never notices the camera", "he doesn't
    # know yet"), or photos from a private profile ("her LinkedIn", "from his facebook")
    r"\b(?:she|he|they) (?:never|doesn'?t|does not|don'?t|do not|didn'?t|did not) "
    r"(?:notices? the camera|knows? (?:yet|about (?:it|this|the (?:lora|model)))|"
    r"sees? me (?:taking|shooting))\b|"
    r"\b(?:her|his|their) linkedin\b|\bfrom (?:her|his|their) (?:facebook|fb)\b|"
    # w2native: photos from the (maker's) phone in the page's own language ("fotos del
    # celular", "zdjęcia z telefonu", "фото с телефона", "صور من الهاتف")
    r"\bfotos (?:del|de mi|de su|do|do meu|da minha) (?:telefono|celular|movil|telefone)\b|"
    r"\bzdjecia z (?:telefonu|mojego telefonu)\b|\bфото с (?:телефона|моего телефона)\b|"
    r"صور من (?:الهاتف|هاتفي|الجوال|جوالي)"
)
# Where a match of ``_PRIVATE_DESCRIPTION`` can begin: it is tried there only.
_PRIVATE_STARTS = StartFinder(
    ("my", "our", "a ", "an ", "friend", "regular", "ordinary", "normal", "random", "not a ",
     "photos", "pics", "pictures", "selfies", "images", "headshots", "portraits", "shared",
     "embedding", "lora", "model", "from my", "from her", "from his", "from their", "her ",
     "his ", "their ", "they ",
     "ti", "checkpoint", "dreambooth", "she ", "he ", "she'", "he'", "private", "in memory",
     "in loving memory", "trained on", "fotos", "zdjecia", "фото", "صور")
)  # fmt: skip


# "my husband Teodor, 30 photos": a partner named by a first name of the tables, capitalised;
# the same in other languages ("mi novia Clementine", "meine Frau Annika", "pacar saya Sari")
_RELATION_NAMED = re.compile(
    r"\bmy (?:wife|husband|girlfriend|boyfriend|partner|fianc[eé]e?) "
    r"|\bmis? (?:novia|novio|esposa|esposo|mujer|marido|pareja) "
    r"|\bmein(?:e[mnr]?)? (?:frau|freundin|mann|freund|partnerin|verlobte) "
    r"|\b(?:ma|mon) (?:femme|copine|mari|copain|compagne|fiancee) "
    r"|\b(?:minha|meu) (?:namorada|esposa|mulher|namorado|marido) "
    r"|\bmoja (?:zona|dziewczyna|narzeczona) |\bmoj (?:maz|chlopak) "
    r"|\b(?:pacar|istri|suami) (?:saya|aku|gue) |\b(?:karım|karim|sevgilim|eşim|esim) "
)
# Where a match of ``_RELATION_NAMED`` can begin (substrings, tested before the pattern).
_RELATION_GATES = (
    "my ", "mi ", "mis ", "mein", "ma ", "mon ", "minha ", "meu ", "moja ", "moj ", "saya ",
    "aku ", "gue ", "karım", "karim", "sevgilim", "eşim", "esim",
)  # fmt: skip
_RELATION_GATE = LiteralGate(_RELATION_GATES)  # perf14: read off the shared pass
_RELATION_NAMED_STARTS = PatternStarts(_RELATION_NAMED)  # perf14: tried only where it can begin
# The maker's partner in Chinese, Japanese or Korean ("我老婆", "私の彼女", "내 여자친구"): a
# relation only a private person has to the maker, whoever is named beside it.
_SCRIPT_PARTNER = re.compile(
    r"我的?(?:老婆|女朋友|女友|老公|男朋友|男友|媳妇|妻子|丈夫|太太)"
    r"|(?:私|僕|俺)の(?:妻|嫁|彼女|夫|旦那|彼氏)|うちの嫁"
    r"|(?:내|제|우리) ?(?:여자친구|여친|아내|와이프|남자친구|남친|남편)"
    # w2native: "моя девушка", "زوجتي", "彼女のちはるの写真" (a girlfriend by her name in kana:
    # "彼女の写真", her photos, names no one)
    r"|\bмо(?:я|й) (?:девушка|жена|невеста|парень|муж)\b"
    r"|(?:زوجتي|خطيبتي|حبيبتي|زوجي)"
    r"|彼女の[\u3040-\u30ff]{2,6}の(?:写真|画像)"
)


# miss15: a relative of the maker named by a first name that the title holds too ("Made for my
# little sister Calliope's birthday" titled "Calliope (gift)", "Gift LoRA — Theodora, my big
# sister", "Lothar (my brother) from holiday photos", "My mum Aurelie retires" titled "Aurelie
# retirement portraits"): the model is named after the relative, who is its subject. A relative
# the title does not name is someone a model was made for ("for my sister's birthday: a pony
# style"), no subject.
_KIN = (
    r"(?:(?:big|little|older|younger|baby|twin|kid|lil) )?(?:sister|sis|brother|bro|mum|mom|"
    r"mother|mama|dad|father|papa|daughter|son|grandma|grandpa|grandmother|grandfather|granny|"
    r"nana|aunt|auntie|uncle|niece|nephew|cousin)"
)
_KIN_BEFORE = re.compile(r"\bmy " + _KIN + r" (?=[A-Z])", re.IGNORECASE)
_KIN_AFTER = re.compile(r"(?:, | \()my " + _KIN + r"\b", re.IGNORECASE)
_KIN_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]{1,15}$")
_TITLE_WORDS = re.compile(r"[^\W\d_]+")


def _kin_in_title(description: str, folded: str, title: str) -> re.Match[str] | None:
    """The "my sister <Name>" or "<Name>, my sister" phrase of a description whose name the
    title holds as a word (see above), or None. ``folded`` is the description folded (its
    gate: the folded view is already there, so the description is not lower-cased again)."""
    if "my " not in folded:
        return None
    words = {fold(w) for w in _TITLE_WORDS.findall(title)}
    for match in _KIN_BEFORE.finditer(description):
        word = _CAPITALISED_WORD.match(description, match.end())
        if word is not None and fold(word.group(0)) in words and _partner_name(word.group(0)):
            return match
    for match in _KIN_AFTER.finditer(description):
        word = _KIN_NAME_BEFORE.search(description, max(0, match.start() - 16), match.start())
        if word is not None and fold(word.group(0)) in words and _partner_name(word.group(0)):
            return match
    return None


def _relation_named(
    description: str, folded: str, triggers: tuple[str, ...] = (), title: str = ""
) -> re.Match[str] | None:
    """The "my husband <First name>" phrase of a description (``folded`` is its folded form,
    position for position), or None. The name is a first name of the tables, a word of the
    model's own trigger words or title ("my husband Bastiaan" triggered by "bastiaan", "ma
    copine Steph" titled "Steph v1"), or a word no dictionary holds."""
    if len(folded) != len(description):
        return None
    for match in _RELATION_NAMED_STARTS.finditer(folded):
        word = _CAPITALISED_WORD.match(description, match.end())
        if word is None:
            continue
        if _partner_name(word.group(0)) or fold(word.group(0)) in {
            fold(t).strip() for t in (*triggers, *title.split())
        }:
            return match
    return None


# The person a maker names by what they are to them ("photos of my aunt Leocadia", "the face of
# my partner Ysolde", "Fotos von meinem Mann Vidar"): the name after the relation is the
# target, not the relation word. A target only: whether the page holds a private person's
# likeness the cues above decide (a relative named as the one a model was made for is no
# subject, and no likeness hit comes of this).
_RELATION_TARGET = re.compile(
    r"\bmy (?:wife|husband|girlfriend|boyfriend|partner|fianc[eé]e?|uncle|aunt|sister|brother|"
    r"mother|mom|mum|father|dad|cousin|grandmother|grandma|grandfather|grandpa|friend|"
    r"best friend|colleague|coworker|co-worker|client) "
    r"|\bmis? (?:novia|novio|esposa|esposo|mujer|marido|pareja|tia|tio|hermana|hermano|madre|"
    r"padre|prima|primo|amiga|amigo) "
    r"|\bmein(?:e[mnr]?)? (?:frau|freundin|mann|freund|partnerin|partner|verlobten?|tante|onkel|"
    r"schwester|bruder|mutter|vater) "
    r"|\b(?:ma|mon) (?:femme|copine|mari|copain|compagne|compagnon|fiancee|tante|oncle|soeur|"
    r"frere|mere|pere|amie|ami) "
    r"|\b(?:minha|meu) (?:namorada|esposa|mulher|namorado|marido|tia|tio|irma|irmao|mae|pai) "
)
RELATION_TARGET = 0.6


def _relation_target(sig: str, record: object) -> list[Hit]:
    description = description_of(record)[:DESCRIPTION_HEAD]
    folded = folded_description(record, DESCRIPTION_HEAD)
    if not description or len(folded) != len(description):
        return []
    if not _RELATION_GATE(folded):
        return []
    for match in _RELATION_TARGET.finditer(folded):
        word = _CAPITALISED_WORD.match(description, match.end())
        if word is None or not _partner_name(word.group(0)):
            continue
        shown = word.group(0)
        # "my uncle Bertram Quillfeather": the surname after the first name belongs to it
        after = word.end()
        surname = (
            _CAPITALISED_WORD.match(description, after + 1)
            if description[after : after + 1] == " "
            else None
        )
        if (
            surname is not None
            and surname_like(surname.group(0))
            and fold(surname.group(0)) not in NOT_NAME_WORDS
            and not first_name(surname.group(0))
        ):
            shown = description[word.start() : surname.end()]
        return [
            Hit(
                sig,
                "target",
                RELATION_TARGET,
                "description",
                shown,
                (word.start(), word.start() + len(shown)),
                value=shown,
                note=canonical_key(shown) or fold(shown),
            )
        ]
    return []


def _partner_name(word: str) -> bool:
    """Whether the capitalised word after "my husband" names him: a first name of the tables
    (also one that is an ordinary word as well, "Dale"), or a word no dictionary holds
    ("Steph"); not an ordinary word ("my girlfriend Loves this style")."""
    key = fold(word)
    if first_name(word) is not None or key in first_names() or world_first_name(key):
        return True
    return len(key) >= 3 and key not in common_words() and key not in NOT_NAME_WORDS


# "p3rs0n", "w0man": the class word itself spelled with digits as a card's instance prompt, a
# rare token of its own (the subject token of one person's DreamBooth or LoRA; as one trigger
# word among others it is as often a placeholder)
_LEET_TOKEN = re.compile(r"(?=[a-z]*\d)[a-z0-9]{3,8}")
_LEET_CLASSES = frozenset({"person", "woman", "man", "girl", "lady", "guy"})


def _leet_class(trigger: str) -> bool:
    token = trigger.strip().lower()
    return _LEET_TOKEN.fullmatch(token) is not None and deleet(token) in _LEET_CLASSES


def _instance_prompt(record: object) -> tuple[str, ...]:
    card = getattr(record, "card", None)
    instance = card.get("instance_prompt") if isinstance(card, dict) else None
    return (instance[:SHORT_INSTANCE],) if isinstance(instance, str) else ()


SHORT_INSTANCE = 200


# A trigger's words however the writer set them apart: "ohwx_woman", "ohwx-woman" and
# "ohwxWoman" are "ohwx woman" (a lower-case letter then a capital starts a word).
_WORD_JOINS = re.compile(r"[_-]+|(?<=[a-z])(?=[A-Z])")


def _words_apart(trigger: str) -> str:
    return _WORD_JOINS.sub(" ", trigger) if trigger.isascii() else trigger


def _rare_token_name(trigger: str) -> bool:
    """Whether a trigger is a rare token and a lower-case full name ("ohwx anna kowal")."""
    match = _RARE_TOKEN_NAME.match(trigger)
    if match is None:
        return False
    given, family = match.group("name").split()
    if any(w in NOT_NAME_WORDS or w in CONCEPT_WORDS or w in STYLE_WORDS for w in (given, family)):
        return False
    words = common_words()
    return surname_like(family) and not (given in words and family in words)


_OCCUPATION_NAME = re.compile(
    r"(?<!ai )(?<!virtual )(?<!fictional )"
    r"\b(?:actress|actor|singer|idol|streamer|youtuber|influencer|newscaster|news ?anchor|"
    r"footballer|athlete|cosplayer|coser|pornstar|porn ?star|tiktoker|gravure|rapper|"
    r"tv host|presenter|va|seiyuu|wrestler|politician|celebrity|celeb|dj|pop ?star|"
    r"rock ?star|comedian|gymnast|figure skater|(?:volleyball|basketball|tennis|soccer) player)\b"
    # "celebrity red carpet background", "idol stage outfit", "news anchor studio": what they
    # wear, or the place they stand in
    r"(?!\s+(?:[a-z]+\s+){0,2}(?:background|backgrounds|outfit|outfits|costume|costumes|"
    r"studio|studios|desk|room|booth|set|office|setup|"
    r"dress|poses?|style|stage|makeup|hairstyle|clothes|uniform|scene|scenery|candid|photos?|"
    r"shots?|looks?|lighting|vibes?|red carpet|carpet|events?|party|selfies?|magazine|covers?|"
    r"premiere|paparazzi|lifestyle|glamou?r|fashion|aesthetic|concept)\b)"
)
_LOOKALIKE_NAME = re.compile(r"\b(?:resembles|resembling|look ?alike|doppelganger|lookalike)\b")


def _unaccented(word: str) -> str:
    """The word without its accents, case kept ("Olazábal" → "Olazabal")."""
    if word.isascii():
        return word
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode("ascii")


# "LoRA of Anna Kowal", "Photos of Anna Kowal": what the model is, then whom it is of
_LEAD_OF = re.compile(
    r"^\s*(?:a |the )?(?:lora|locon|lycoris|embedding|ti|model|photos?|pictures?|likeness|"
    r"portraits?)\s+of\s+",
    re.IGNORECASE,
)


# A bracket group of a title, and what a title holds that is no model or version word
_BRACKET_GROUP = re.compile(r"[(\[]([^()\[\]]{2,80})[)\]]")
_NOT_NOISE_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=65536)
def name_words(name: str) -> tuple[str, ...]:
    """The words of a model name when it reads as a person's name (2–3 capitalised words),
    outside its brackets or, when all outside them is model and version words ("SDXL 1.0
    [Anna Kowal]", "LoRA (Anna Kowal)"), inside them: either order of the alias."""
    found = _title_name_words(name)
    if found or "(" not in name and "[" not in name:
        return found
    groups = list(_BRACKET_GROUP.finditer(name[:300]))
    if len(groups) != 1:
        return ()
    outside = _NAME_NOISE.sub(" ", name[: groups[0].start()] + " " + name[groups[0].end() :])
    if _NOT_NOISE_LETTER.search(outside):
        return ()
    return _title_name_words(groups[0].group(1))


def _title_name_words(name: str) -> tuple[str, ...]:
    cleaned = _NAME_NOISE.sub(" ", _LEAD_OF.sub("", name, count=1))
    parts = [p for p in _SPLIT.split(cleaned.replace("-", " ")) if p]
    parts = [p for p in parts if not p.isdigit()]
    if not 2 <= len(parts) <= 3:
        return ()
    if not all(_CAP_WORD.match(p) or _CAP_WORD.match(_unaccented(p)) for p in parts):
        return ()
    folded = tuple(fold(p) for p in parts)
    if any(w in _NOT_NAME or len(w) < 2 for w in folded):
        return ()
    return folded


def _caps_name_words(name: str, triggers: tuple[str, ...]) -> tuple[str, ...]:
    """w2gen: the words of a title in capitals ("ODA QUILLEN [FLUX] v6") when a trigger word
    spells them again, whole ("ODA_QUILLEN", "odaquillen") and a word is a name of the tables
    or no common word: the
    capitals hide the case name_words reads, the repeated trigger says a name."""
    if not triggers or not any(c.isupper() for c in name[:60]):
        return ()
    titled = " ".join(w.capitalize() if w.isupper() else w for w in name[:120].split(" "))
    words = name_words(titled)
    if not words or titled == name:
        return ()
    if not _known_name_word(words) and all(w in common_words() for w in words):
        return ()  # "REDVELVET DRESS": words of the language, no name the tables know
    joined = "".join(words)
    if any(fold(t).replace("_", "").replace(" ", "") == joined for t in triggers[:8]):
        return words
    return ()


def _written_small(words: tuple[str, ...], record: object) -> bool:
    """Whether the description's head has one of ``words`` as a lower-case word; a title of
    rank or address ("Admiral <Family>" and "…, admiral of the navy") is written small in
    prose and says nothing of the other words."""
    head = description_of(record)[:DESCRIPTION_HEAD]
    if not head:
        return False
    tokens = set(head.replace(",", " ").replace(".", " ").split())
    return any(w in tokens for w in words if w not in TITLE_WORDS)


def _known_name_word(words: tuple[str, ...]) -> bool:
    """Whether the first word is a first name or a later one a surname of the name tables."""
    if first_name(words[0]) is not None:
        return True
    plain, ordinary = common_surnames(), word_surnames()
    return any(w in plain or w in ordinary for w in words[1:])


def _prefixes_spell(target: str, words: tuple[str, ...]) -> bool:
    """Whether ``target`` is a prefix of words[0] + a prefix of words[1] (+ …), in order."""
    if not words:
        return not target
    head, rest = words[0], words[1:]
    for cut in range(min(len(head), len(target)), 0, -1):
        if head[:cut] == target[:cut] and _prefixes_spell(target[cut:], rest):
            return True
    return not target and False


@lru_cache(maxsize=65536)
def abbreviates(trigger: str, words: tuple[str, ...]) -> bool:
    """``katmcnam`` abbreviates (kate, mcnamara); needs 4+ letters and part of every word."""
    letters = re.sub(r"[^a-z]", "", fold(re.sub(r"(?i)[_\-. ]?v?\d+$", "", trigger)))
    if len(letters) < 4 or len(words) < 2:
        return False
    return _prefixes_spell(letters, words) and letters[:2] == words[0][:2]


class SubjectCues:
    name: ClassVar[str] = "subject_cues"
    version: ClassVar[str] = "44"
    fields: ClassVar[tuple[str, ...]] = (
        "model_type",
        "name",
        "trained_words",
        "tags",
        "description",
    )

    def hits(self, record: object) -> list[Hit]:
        sig = f"{self.name}@{self.version}"
        out: list[Hit] = []
        model_type = getattr(record, "model_type", "") or ""
        if model_type in SUBJECT_TYPES:
            out.append(
                Hit(
                    sig,
                    "likeness",
                    1.0,
                    "model_type",
                    model_type,
                    note="model type that usually holds one subject",
                    feature=f"prior:{model_type.lower()}",
                )
            )
        name = view(record).name
        words = name_words(name) or _caps_name_words(name, view(record).trained_words)
        # Capitalised words the name tables do not know ("Perv Pulp") are a title, not a
        # name, when the description writes one of them as a plain lower-case word.
        if words and (_known_name_word(words) or not _written_small(words, record)):
            out.append(
                Hit(
                    sig,
                    "likeness",
                    0.8,
                    "name",
                    name,
                    note="the model's name reads as a person's name",
                    feature="subject:name_is_name",
                )
            )
            for trigger in view(record).trained_words[:8]:
                if abbreviates(trigger, words):
                    out.append(
                        Hit(
                            sig,
                            "likeness",
                            0.9,
                            "trained_words",
                            trigger,
                            note="trigger word abbreviates the name",
                            feature="subject:trigger_abbreviates_name",
                        )
                    )
                    break
            joined = " ".join(words)
            if any(t == joined or (" " in t and t in joined) for t in tags_of(record)):
                out.append(
                    Hit(
                        sig,
                        "likeness",
                        0.8,
                        "tags",
                        joined,
                        note="a tag repeats the name",
                        feature="subject:name_tag",
                    )
                )
        out.extend(_private_cues(sig, record, name))
        out.extend(_relation_target(sig, record))
        out.extend(_name_cues(sig, name))
        out.extend(_caricature_of_name(sig, record))
        out.extend(_initials_target(sig, name))
        out.extend(_script_title_target(sig, name))
        out.extend(_script_romanised(sig, record, name))
        blend = blended_names(view(record).description)
        if blend:
            # "a blend of Anna Kowal, Clara Day and Mia Stone": each is the model's likeness;
            # the first is its target
            out.extend(_subject_named(sig, blend[0]))
        head = description_of(record)[:DESCRIPTION_HEAD]
        if head:
            text = folded_description(record, DESCRIPTION_HEAD)
            if not _WHO_TRIGGERS.isdisjoint(text.replace(",", " ").replace(".", " ").split()):
                match = _who(text)
                if (
                    match
                    and not text.endswith("like ", 0, match.start())  # "like a celebrity"
                    and _INVENTED.search(match.group(0)) is None  # "is an AI-generated idol"
                    and not (
                        match.group(0).endswith("model")
                        and _MACHINE_MODEL.search(match.group(0)) is not None
                    )
                ):
                    out.append(
                        Hit(
                            sig,
                            "likeness",
                            0.8,
                            "description",
                            match.group(0),
                            match.span(),
                            note="the description says who the subject is",
                            feature="subject:who_description",
                        )
                    )
            source = _script_source_trade(text)
            if source:
                out.append(
                    Hit(
                        sig,
                        "likeness",
                        0.8,
                        "description",
                        source,
                        note="the description says the training images are of a public person",
                        feature="subject:who_description",
                    )
                )
            coded = _female_coded(text, view(record).trained_words[:6])
            if coded:
                out.append(
                    Hit(
                        sig,
                        "gender",
                        FEMALE_CODED_WEIGHT,
                        "description",
                        coded,
                        value="female",
                        note="female-coded",
                    )
                )
            out.extend(_script_name_gender(sig, head))
            # the full name a name of address shortens, before the name of address itself
            labelled = (
                _honorific_full_name(sig, record, head)
                or _labelled_subject(sig, head)
                or _stage_named_trade(sig, record, head)
                # a long description's closing lines: "Dataset note: all images of <Name>"
                or _labelled_subject(sig, description_tail(record, LABEL_HEAD))
            )
            out.extend(
                labelled
                or _script_named_trade(sig, record, head)
                # before the copula's reading: "ゆずは（アナウンサー）" ends on は, no copula
                or _script_bracket_trade(sig, record, head)
                or _script_copula_trade(sig, record, head)
                or _script_title_trade(sig, record, head)
                or _script_opening_trade(sig, head)
                or _script_topic(sig, head)
                or _script_bracket_actor(sig, head)
                or _script_trade_of(sig, record, head)
                or _script_platform_handle(sig, record, head)
                or _script_creator_name(sig, record, head)
                or _vietnamese_name(sig, record, head)
                or _script_pair_trade(sig, record, head)
                or _sport_or_candidate(sig, record, head)
                or _people_line(sig, head)
                or _counted_photos_of(sig, description_of(record)[:COUNTED_HEAD])
            )
            found = _occupation_photos(head, text)
            if found:
                out.append(
                    Hit(
                        sig,
                        "likeness",
                        0.8,
                        "description",
                        found,
                        note="the description says what the subject does and the photos of them",
                        feature="subject:occupation_photos",
                    )
                )
        return out


# "原型为网红" (the original is an influencer), "数据集采用某小红书网红" (the dataset is of an
# influencer of Xiaohongshu): the training images' source is said to be a person in the public
# eye, unnamed. A virtual, drawn or made-up one ("素材是虚拟网红") is none.
_SCRIPT_SOURCE_TRADE = re.compile(
    r"(?:原型|数据集|素材|训练集|训练素材|训练图片?)(?:为|是|采用|来自|取自|使用了?|用了?)"
    r"(?:某|一位|一个|一名)?[\u4e00-\u9fff]{0,4}?"
    r"(?:网红|明星|模特|女星|主播|博主|演员|女演员|偶像)"
)
_SCRIPT_SOURCE_KEYS = ("原型", "数据集", "素材", "训练")
_SCRIPT_NOT_REAL = ("虚拟", "虚构", "二次元", "动漫", "游戏", "原创", "动画")


def _script_source_trade(text: str) -> str:
    if text.isascii() or not any(key in text for key in _SCRIPT_SOURCE_KEYS):
        return ""
    match = _SCRIPT_SOURCE_TRADE.search(text)
    if match is None or any(word in match.group(0) for word in _SCRIPT_NOT_REAL):
        return ""
    return match.group(0)


# A description line that names its subject as a label ("Subject: Anna Kowal") or opens on a
# capitalised name and the subject's trade in brackets ("Anna Kowal (model) - finally …").
_LABELLED_SUBJECT = re.compile(
    r"^[ \t]*(?:(?:subject|person|name|who|likeness|target)[ \t]*[:：][ \t]*"
    r"(?P<label>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){1,3})[ \t]*$"
    r"|(?P<trade>[A-Z][^\W\d_]+(?:-[^\W\d_]+)?(?:[ -][A-Z][^\W\d_]+(?:-[^\W\d_]+)?){1,3}) "
    r"\((?:(?:[a-z]+ ){0,2}"
    + _OCCUPATION.replace("(?:", "(?:model|", 1)
    # "Anna Kowal (14 years old)", "(29세)", "(born 1997)": a stated age or birth year says
    # the bracket's name is a person's
    + r"|\d{1,2} ?(?:years? old|yo|y\.o\.|ans|años|anos|jahre|lat|세|살|歳|岁)"
    r"|(?:born|b\.|née|nee|geb\.|nacida|nascida|né) ?(?:in )?(?:19|20)\d\d)\))",
    re.IGNORECASE,
)
_LABEL_WORDS = ("subject", "person", "name", "who", "likeness", "target")


# "inspired by the comedian Anna Kowal", "this is Anna Kowal", "64 photos of Anna Kowal (actor)":
# the description names its subject in a sentence (the name capitalised, 2-4 words).
_NAMED_IN_TEXT = re.compile(
    r"\b(?i:(?:inspired by|based on|model(?:l)?ed (?:on|after)) (?:the )?(?:[a-z-]+ ){0,2}"
    + _NAMED_TRADE
    + r"|this (?:one )?is|(?:she|he) is|photos? of|photographs of|pictures of|images of"
    r"|lora of|embedding of"
    r"|likeness of"
    r"|fotos de|fotos von|photos de"
    # "Lulu is what fans call Anna Kowal": a nickname title, the full name in the bio
    r"|(?:fans|people|everyone|everybody) calls?) "
    r"(?P<name>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){1,3})\b(?!['’]s)"
    r"(?! (?:speaking|here|again)\b)"  # "this is <the maker> speaking"
)
_NAMED_IN_TEXT_STARTS = StartFinder(
    ("inspired by", "based on", "modeled", "modelled", "this is", "this one is", "she is",
     "he is", "photos of", "photo of", "photographs of",
     "pictures of", "images of", "lora of", "embedding of", "likeness of", "fotos de",
     "fotos von", "photos de", "fans call", "people call", "everyone call", "everybody call")
)  # fmt: skip


def _world_given(words: list[str]) -> bool:
    """Whether a two-word name has a given name of the world table first or (family name
    first: "Shinonome Kotone") last."""
    return len(words) == 2 and any(
        world_first_name(fold(w)) is not None and first_name(w) is None for w in words
    )


# Lead-ins that name any thing: the name must have a person's first name or surname.
_LOOSE_LEAD_INS = (
    "this",
    "photos of",
    "photo of",
    "photographs of",
    "pictures of",
    "images of",
    "lora of",
    "embedding of",
    "likeness of",
    "fotos",
    "photos de",
)
# Every lead-in above holds one of these, whatever its first letter's case (a cheap test).
_NAMED_KEYS = ("nspired by", "ased on", "odeled", "odelled", "his is", "his one is", "he is",
               "hotos of", "hoto of", "otographs of",
               "ictures of", "mages of", " call", "ora of", "oRA of", "ORA of", "mbedding of",
               "ikeness of", "otos de", "otos von")  # fmt: skip


# "photo of Anna Kowal, woman, looking at viewer": an example prompt naming its subject and
# saying it is a person
_PROMPT_PERSON = re.compile(r", (?:an? )?(?P<kind>woman|man|girl|boy|lady|person)\b", re.IGNORECASE)
_KIND_GENDER = {"woman": "female", "girl": "female", "lady": "female", "man": "male", "boy": "male"}


def _named_in_text(head: str) -> str:
    """The capitalised name a description sentence gives its subject ("this is Anna Kowal")."""
    if not any(key in head for key in _NAMED_KEYS):
        return ""
    lowered = head.lower()
    if len(lowered) != len(head):
        lowered = head  # the starts must stand where they stand in ``head``
    for match in finditer_at(_NAMED_IN_TEXT, head, _NAMED_IN_TEXT_STARTS.starts(lowered)):
        name = match.group("name")
        words = name.split()
        if fold(words[0]) in NOT_NAME_WORDS or east_asian.HAS_SCRIPT.search(name):
            continue
        if any(fold(w) in NATIONALITY_WORDS for w in re.split(r"[ -]", name)):
            continue  # "embedding of Canadian-Swedish actress …": a nationality, no name
        if (
            match.group(0).lower().startswith(_LOOSE_LEAD_INS)
            and not (first_name(words[0]) or fold(words[-1]) in common_surnames())
            and not _world_given(words)
            and not (
                head.startswith(",", match.end()) and _APPOSITIVE_TRADE.match(head, match.end())
            )
            and not _PROMPT_PERSON.match(head, match.end())
            and not _BRACKET_TRADE.match(head, match.end())
        ):
            continue  # "photos of Preying Mantises", "this is Ember Falls": no person's name
        return name
    return ""


# "Sayo of Petal Code. Real name 薬師寺小夜 (Yakushiji Sayo)": a stage or group name's bearer.
_REAL_NAME = re.compile(
    r"\b(?i:real name|birth name|full name|legal name)(?: is)?[ \t]*[:：]?[ \t]*"
    r"(?:(?P<script>[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]{2,6})"
    r"(?:[ \t]*[(（](?P<roman>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){1,3})[)）])?"
    r"|(?P<latin>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){1,3}))"
)
_REAL_NAME_KEYS = ("eal name", "irth name", "ull name", "egal name")


def _real_name(head: str) -> str:
    """The name a "real name …" phrase gives (its romanisation when it has one)."""
    if not any(key in head for key in _REAL_NAME_KEYS):
        return ""
    match = _REAL_NAME.search(head)
    if match is None:
        return ""
    return match.group("roman") or match.group("latin") or match.group("script") or ""


# ", the radio DJ", ", Canadian comedian": the trade of the name it follows.
_APPOSITIVE_TRADE = re.compile(
    r",? (?i:(?:the |an? )?"
    # an AI or fictional persona's trade is no real person's ("an AI influencer")
    r"(?!(?:[a-z-]+ ){0,3}?(?:ai|a\.i\.|virtual|fictional|digital|fake|imaginary|generated|"
    r"original|made-up|synthetic)\b)"
    # miss15: "gravure model", "cosplay model" beside a name are trades too (not in
    # ``_OCCUPATION``, where "a cosplay model" may be a model file of a costume)
    r"(?:[a-z-]+ ){0,3}(?:" + _OCCUPATION + r"|(?:gravure|cosplay) model))\b" + _NOT_WHO_AFTER
)
# A description line that opens on a capitalised name and its trade: "April Kowal, Canadian
# comedian", "Anna Kowal — the dancer".
# A name word: capitalised, with a hyphenated lower-case part ("Sae-bom", "I-sol": a Korean
# given name's syllables).
_NAME_WORD = r"[A-Z](?:[^\W\d_]+(?:-[^\W\d_]+)?|-[^\W\d_]+)"
_NAME_WORD_PLAIN = r"\b[A-Z][a-z]{1,15}\b"
_CAPITALISED_WORD = re.compile(_NAME_WORD_PLAIN)  # "my husband <Teodor>" (``_relation_named``)
# miss15: the name may carry its own writing in another script in brackets ("Mo Hyang-rim
# (모향림), cosplay model", "Kagaribi Nanami (篝火 七海), fashion influencer")
_OPENING_NAME = re.compile(
    # w2gen: the script writing may stand before the Latin one ("邝思菡 Kuang Szu-han — …")
    r"[ \t]*(?:[^\x00-\x7f\s()（）]{2,8} )?(?P<name>"
    + _NAME_WORD
    + r"(?:[ -]"
    + _NAME_WORD
    + r"){1,3})"
    r"(?: ?[(（][^\x00-\x7f()（）\n][^()（）\n]{0,23}[)）](?= |[,—–-])|(?= ?[,—–-]))"
    # w2gen: or the other order, the script writing first and the Latin one in brackets
    # ("모향림 (Mo Hyang-rim), gravure model", "篝火七海（Kagaribi Nanami）, actress")
    r"|[ \t]*[^\x00-\x7f\s()（）][^\x00-\x7f()（）\n]{0,11} ?[(（]"
    r"(?P<bracketed>" + _NAME_WORD + r"(?:[ -]" + _NAME_WORD + r"){1,3})[)）](?= |[,—–-])"
)
_DASH_TO_COMMA = str.maketrans({"—": ",", "–": ","})
_TRADE_SLASH = re.compile(r"(?<=[a-z]) ?/ ?(?=[a-z])")
# w2gen: the trade in a script after the name ("— 女演員", ", 台灣女星", ", 배우"): a place
# or a gender of up to four characters may stand before it
_SCRIPT_APPOSITIVE = re.compile(
    r", ?[^\x00-\x7f\s,]{0,4}?(?:" + _SCRIPT_OCCUPATION.pattern + r"|明星|艺人|藝人|タレント)"
)


def _opening_named_trade(head: str) -> str:
    """The name a description line opens on when an appositive trade follows it."""
    for line in head.splitlines()[:LABEL_LINES]:
        match = _OPENING_NAME.match(line)
        name = match and (match.group("name") or match.group("bracketed"))
        if not match or not name or fold(name.split()[0]) in NOT_NAME_WORDS:
            continue
        rest = line[match.end() : match.end() + 60].translate(_DASH_TO_COMMA)
        rest = rest.replace(" ,", ",", 1)
        # w2ea: trades joined by a slash ("gravure / drama idol") read as one trade's words
        rest = _TRADE_SLASH.sub(" ", rest)
        if _APPOSITIVE_TRADE.match(rest) or _SCRIPT_APPOSITIVE.match(rest):
            return name
    return ""


# "photos of Quintessa, the drag performer": a one-word (stage) name and its trade. The word
# must also stand in the title or a trigger word, so that a place or a work is not taken.
_STAGE_NAMED = re.compile(
    r"\b(?:(?i:photos?|pictures|images|stills|lora|embedding|likeness) of |(?i:based on) )"
    r"(?P<name>[A-Z][^\W\d_]{2,})(?=,| \()"
)
_STAGE_KEYS = ("otos of", "hoto of", "ictures of", "mages of", "tills of", "ora of", "ORA of",
               "mbedding of", "ikeness of", "ased on")  # fmt: skip
# "based on Quintessa (adult model)": the trade in brackets right after the name
_BRACKET_TRADE = re.compile(
    r" \((?i:(?:[a-z-]+ ){0,2}(?:" + _NAMED_TRADE + r"|(?:porn|cam|bikini|lingerie) model))\)"
)


def _stage_named_trade(sig: str, record: object, head: str) -> list[Hit]:
    start = head[:LABEL_HEAD]
    if not any(key in start for key in _STAGE_KEYS):
        return []
    for match in _STAGE_NAMED.finditer(start):
        name = match.group("name")
        if fold(name) in NOT_NAME_WORDS or fold(name) in NATIONALITY_WORDS:
            continue
        if not (
            _APPOSITIVE_TRADE.match(start, match.end()) or _BRACKET_TRADE.match(start, match.end())
        ):
            continue
        folded = fold(name)
        if folded in fold(view(record).name) or any(
            folded in fold(t) for t in view(record).trained_words[:8]
        ):
            return _subject_named(sig, name)
    return []


# "Example: photo of anna kowalska, walking on the beach": an example prompt names its subject
# in lower case, a first name of the tables and a surname that is no common word, before a comma.
_PROMPT_NAMED = re.compile(
    r"\b(?:photo|portrait|picture|image|closeup|close-up) of (?P<name>[a-z]{2,16} [a-z]{3,20})"
    # the person's class word may follow the name ("photo of anna kowalska woman,")
    r"(?: (?:woman|man|girl|boy|lady|guy|person))?,"
)
_PROMPT_KEYS = ("photo of ", "portrait of ", "picture of ", "image of ", "closeup of ",
                "close-up of ")  # fmt: skip


def _prompt_named(head: str) -> str:
    """The lower-case full name an example prompt gives its subject ("photo of anna kowalska,")."""
    if not any(key in head for key in _PROMPT_KEYS):
        return ""
    words = common_words()
    for match in _PROMPT_NAMED.finditer(head):
        given, surname = match.group("name").split()
        if given in words or surname in words or first_name(given) is None:
            continue
        if not surname_like(surname) or first_name(surname) is not None:
            continue
        return f"{given.capitalize()} {surname.capitalize()}"
    return ""


# 'You could also just use "Anna Kowal" as a prompt', 'do not use the prompt "Anna Kowal"': the
# description quotes a person's full name as the prompt base models know the subject by.
_QUOTED_PROMPT = re.compile(
    r"(?i:use|using|prompt|promt|prompting|token)\b[^\"“”\n]{0,24}[\"“]"
    r"(?P<name>[A-Z][a-z]{1,15}(?: [A-Z][a-z]{1,15}){1,2})[\"”]"
)
_QUOTED_PROMPT_STARTS = StartFinder(("use", "using", "prompt", "promt", "token"))


def _quoted_prompt_name(head: str) -> str:
    """The full name a description quotes as a prompt ('just use "Anna Kowal"')."""
    if '"' not in head and "“" not in head:
        return ""
    lowered = head.lower()
    if len(lowered) != len(head):
        return ""
    for match in finditer_at(_QUOTED_PROMPT, head, _QUOTED_PROMPT_STARTS.starts(lowered)):
        name = match.group("name")
        words = name.split()
        given, family = fold(words[0]), fold(words[-1])
        if given in NOT_NAME_WORDS or not surname_like(words[-1]):
            continue
        if first_name(given) or world_first_name(given):
            return name
        # a given name no table knows: neither word may be a plain word ("Golden Hour")
        plain = common_words()
        if given not in plain and family not in plain and len(words) == 2:
            return name
    return ""


# "v2: added 30 more photos of Anna Kowal from the 2018 premiere", "trained on 40 photos of Anna
# Kowal": a count of photos of a named person, read further down the page than a label is (the
# version notes follow the model's description).
COUNTED_HEAD = 1500
_PHOTOS_OF = re.compile(
    r"(?:photos|pictures|images|photographs|pics|stills) of "
    r"(?P<name>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){1,2})\b(?!['’]s)"
)
_PHOTOS_OF_STARTS = StartFinder(
    ("photos of", "pictures of", "images of", "photographs of", "pics of", "stills of")
)
_COUNT_BEFORE = re.compile(r"\b\d{1,4}\+? (?:[a-z-]+ ){0,3}$")
COUNT_REACH = 40  # characters before "photos of" the count may stand
# "stills of Anna Kowal (weather presenter)": the trade in brackets right after the name says
# it is a person's, whichever tables know the given name
_TRADE_AFTER = re.compile(r" ?\((?:[a-z-]+ ){0,2}" + _NAMED_TRADE + r"\)", re.IGNORECASE)


def _counted_photos_of(sig: str, text: str) -> list[Hit]:
    if "s of " not in text:
        return []
    lowered = text.lower()
    if len(lowered) != len(text):
        return []
    for match in finditer_at(_PHOTOS_OF, text, _PHOTOS_OF_STARTS.starts(lowered)):
        if (
            _COUNT_BEFORE.search(lowered, max(0, match.start() - COUNT_REACH), match.start())
            is None
        ):
            continue
        name = match.group("name")
        words = re.split(r"[ -]", name)
        if fold(words[0]) in NOT_NAME_WORDS or east_asian.HAS_SCRIPT.search(name):
            continue
        if any(fold(w) in NATIONALITY_WORDS for w in words):
            continue
        if (
            first_name(words[0])
            or world_first_name(fold(words[0]))
            or _world_given(words)
            or _TRADE_AFTER.match(text, match.end())
        ):
            return _subject_named(sig, name)
    return []


# "Delphine Kowal yüz LoRA'sı, Türk oyuncu", "โมเดลใบหน้าของ Anna Kowal นักแสดงหญิง": a capitalised
# name whose first word is a first name of the tables, and the subject's trade in another
# language after it on the same line.
_FOREIGN_TRADE = re.compile(
    r"\b(?i:oyuncu|aktris|şarkıcı|sunucu|atriz|actriz|cantora|cantante|apresentadora|"
    r"presentadora|aktorka|piosenkarka|modelka|attrice|schauspielerin|sängerin|moderatorin|"
    r"aktorki|aktorką|piosenkarki|modelki|chanteuse|chanteur|actrice|acteur|animatrice|"
    r"présentatrice|presentatrice|comédienne|cantautrice|attore|zangeres|presentatrice|"
    r"diễn viên|ca sĩ|penyanyi|selebgram|актриса|певица|ведущая|актёр|актер)\b"
    r"|นักแสดง|นักร้อง|นางแบบ"
)
_LINE_NAME = re.compile(_NAME_WORD_PLAIN + r"(?: " + _NAME_WORD_PLAIN + r"){1,2}")
FOREIGN_TRADE_REACH = 60  # characters after the name
_FOREIGN_TRADE_STARTS = PatternStarts(_FOREIGN_TRADE, lowered=True)  # where it can match (perf11)


def _foreign_named_trade(head: str) -> str:
    """The name a description line gives with a trade in another language after it."""
    if _FOREIGN_TRADE_STARTS.search(head) is None:
        return ""  # one pass over the head; the lines are read only when a trade word stands
    for line in head.splitlines()[:LABEL_LINES]:
        for match in _LINE_NAME.finditer(line):
            name = match.group(0)
            words = name.split()
            if not (first_name(words[0]) or _world_given(words)) or not surname_like(words[-1]):
                continue
            if _FOREIGN_TRADE.search(line, match.end(), match.end() + FOREIGN_TRADE_REACH):
                return name
    return ""


def _prompt_gender(sig: str, head: str, name: str) -> list[Hit]:
    """The gender an example prompt gives the subject it names ("photo of Anna Kowal, man, …"):
    a word the uploader chose, which outweighs the first-name table's guess."""
    at = head.find(name)
    if at < 0 and name.isascii():
        at = head.find(name.lower())  # a prompt's lower-case name (``_prompt_named``)
    match = _PROMPT_PERSON.match(head, at + len(name)) if at >= 0 else None
    if match is None:
        return []
    value = _KIND_GENDER.get(match.group("kind").lower())
    if value is None:
        return []
    return [Hit(sig, "gender", 0.8, "description", match.group(0), value=value, note="prompt")]


def _labelled_subject(sig: str, head: str) -> list[Hit]:
    """The subject named by a label line or by a capitalised name and its trade in brackets."""
    named = (
        _real_name(head[:LABEL_HEAD])
        or _named_in_text(head[:LABEL_HEAD])
        or named_cosplayer(head)
        or _opening_named_trade(head[:LABEL_HEAD])
        or _prompt_named(head)  # example prompts follow the notes (store/normalize.py)
        or _foreign_named_trade(head[:LABEL_HEAD])
        or _quoted_prompt_name(head[:LABEL_HEAD])
    )
    if named:
        return [*_prompt_gender(sig, head[:LABEL_HEAD], named), *_subject_named(sig, named)]
    start = head[:LABEL_HEAD]
    lowered = start.lower()
    if not (":" in start or "：" in start or "(" in start):
        return []
    if "(" not in start and not any(w in lowered for w in _LABEL_WORDS):
        return []
    for line in start.splitlines()[:LABEL_LINES]:
        if ":" not in line and "：" not in line and "(" not in line:
            continue
        match = _LABELLED_SUBJECT.match(line)
        if match is None:
            continue
        name = match.group("label") or match.group("trade")
        if not name or not all(w[:1].isupper() for w in name.split()):
            continue  # IGNORECASE lets the label words be any case; the name must be capitalised
        if fold(name.split()[0]) in NOT_NAME_WORDS:
            continue  # "Realistic Vision (model)"
        if match.group("trade") and _all_plain_words(name):
            continue  # "Crystal Hearts (born 2019)": a work's title, every word a plain word
        return _subject_named(sig, name)
    return []


def _all_plain_words(name: str) -> bool:
    """Whether every word of a capitalised name is a common English word that no name table
    holds as a first name or a surname."""
    plain = common_words()
    for word in re.split(r"[ -]", name):
        key = fold(word)
        if key not in plain or first_name(key) is not None or key in common_surnames():
            return False
        if key in word_surnames():
            return False
    return True


# "澹台沁岚，中国内地演员。" / "白鷺ゆずはさん、日本のモデルです（23歳）": a description that
# opens on a name in script, a comma and, within a short clause, the subject's trade. The name
# must stand in the title as well, or romanised in a trigger word or file name, so that a phrase
# opening a sentence ("写实风格，模特…") is not taken for one.
_SCRIPT_TRADE = re.compile(_SCRIPT_OCCUPATION.pattern + r"|モデル|タレント|グラビア")
_SCRIPT_NAME_COMMA = ("、", "，", ",", "：", ":", " ")
# words of a look or a style, never of a name ("写实风格": realistic style)
_SCRIPT_LOOK_WORDS = (
    "写实", "寫實", "写真", "真人", "真实", "実写", "风格", "風格", "リアル", "スタイル", "실사",
    "사진", "스타일",
)  # fmt: skip
# "황보채이 (29세).", "音無ちはる（1998年生）": a stated age or birth year in brackets after
# the name
_SCRIPT_AGE = re.compile(
    r"[(（](?:\d{1,2} ?(?:세|살|歳|才|岁|years? old)"
    r"|(?:born )?(?:19|20)\d\d ?(?:년생|年生|生)?)[)）]"
)
# w2native: "사공하람 (Sagong Ha-ram), age 25.", "雲母坂 みのり (Kirarazaka Minori), 24歳": the
# name's romanisation in brackets after it, then the stated age in any of its forms
_ROMANISED_ALIAS = re.compile(r"\s?[(（][A-Za-z][A-Za-z' -]{1,38}[)）]")
_AGE_CLAUSE = re.compile(
    r"\s*(?:(?:age|aged|edad|idade|alter|âge|возраст)[: ]\s?\d{1,2}\b"
    r"|\d{1,2} ?(?:세|살|歳|才|岁|years? old|y/?o\b)|[(（]\d{1,2}[)）])"
)


# "ريم السباوي" titled, "لورا للـمغنية ريم السباوي" described: a title of two or three words in
# Arabic, Hebrew, Devanagari or Thai script (no capitals to tell a name by) that the
# description repeats, with a trade of public life in the same script (Arabic writes it with
# its article and prepositions joined: "للـمغنية"). Greek and Cyrillic names have capitals and
# the world table's first names (``names._world_script_names``).
_SCRIPT_TITLE_TRADES = (
    "ممثلة", "ممثل", "مغنية", "مغني", "مطربة", "مطرب", "مذيعة", "مذيع", "عارضة", "إعلامية",
    "لاعبة", "لاعب", "שחקנית", "שחקן", "זמרת", "זמר", "דוגמנית", "מגישה", "אקטריסה",
    "अभिनेत्री", "अभिनेता", "गायिका", "गायक", "मॉडल", "एंकर", "นักแสดง", "นักร้อง", "นางแบบ",
)  # fmt: skip
_UNCASED_SCRIPT_TITLE = re.compile(
    r"^\s*([\u0600-\u06ff\u0590-\u05ff\u0900-\u097f\u0e00-\u0e7f]{2,20}"
    r"(?: [\u0600-\u06ff\u0590-\u05ff\u0900-\u097f\u0e00-\u0e7f]{2,20}){1,2})\s*$"
)


# "#欧阳诗涵# 超话同款": a Weibo topic (between two hashes) that is a full name in script, family
# name and given name of the tables: fans' topics are named after the person.
_WEIBO_TOPIC = re.compile(r"#([\u4e00-\u9fff]{2,5})#")


def _script_topic(sig: str, head: str) -> list[Hit]:
    if "#" not in head or head.isascii():
        return []
    for match in _WEIBO_TOPIC.finditer(head[:LABEL_HEAD]):
        name = match.group(1)
        found = east_asian.script_names(name)
        if len(found) == 1 and found[0].text == name and found[0].given:
            return _subject_named(sig, name)
    return []


# w2native: "يارا بوعزة الممثلة معروفة، …", "तन्विका रघुवंशी एक प्रसिद्ध अभिनेत्री हैं, …": a
# description that opens on two words of an uncased script and, within the next words of the
# line, a trade of public life in the same script: the opening words are the subject's name.
# (letters of the scripts, not their comma, semicolon or full stop: "موسيقى شرقية، مغنية" is a
# phrase, then a trade; the name runs into its trade with no stop between)
_UNCASED_WORD = re.compile(
    r"(?:(?![\u060c\u061b\u061f\u06d4\u0964\u0965])"
    r"[\u0600-\u06ff\u0590-\u05ff\u0900-\u097f\u0e00-\u0e7f]){2,20}"
)
OPENING_TRADE_WORDS = 5  # words after the name the trade may stand in


def _script_opening_trade(sig: str, head: str) -> list[Hit]:
    if head.isascii():
        return []
    words = head.lstrip()[:160].split("\n", 1)[0].split()
    if len(words) < 3 or not all(_UNCASED_WORD.fullmatch(w) for w in words[:2]):
        return []
    if any(trade in w for w in words[:2] for trade in _SCRIPT_TITLE_TRADES):
        return []
    for word in words[2 : 2 + OPENING_TRADE_WORDS]:
        if any(trade in word for trade in _SCRIPT_TITLE_TRADES):
            # likeness only: a uncased script's words give no reliable target (a romanised
            # name further on is the better one)
            name = " ".join(words[:2])
            return [*_named_gender(sig, name), *_subject_hits(sig, name)[:1]]
        if not _UNCASED_WORD.fullmatch(word):
            return []  # the line has left the script or stopped: the trade is not this name's
    return []


def _script_title_trade(sig: str, record: object, head: str) -> list[Hit]:
    if head.isascii():
        return []
    title = _UNCASED_SCRIPT_TITLE.match(getattr(record, "name", "") or "")
    if title is None:
        return []
    name = title.group(1)
    at = head.find(name)
    if at < 0:
        return []
    near = head[max(0, at - 40) : at + len(name) + 40]
    if not any(trade in near for trade in _SCRIPT_TITLE_TRADES):
        return []
    return _subject_named(sig, name)


_SCRIPT_PERSON_CLASS = re.compile(r"\s*(?:a |an )?(?:woman|man|person|girl|boy|lady)\b")


def _script_named_trade(sig: str, record: object, head: str) -> list[Hit]:
    start = head.lstrip()[:40]
    run = east_asian.SCRIPT_RUN.match(start)
    if run is None:
        return []
    end = run.end()
    # "音無 ちはるさん、": a family name and a given name written apart
    if start[end : end + 1] == " ":
        apart = east_asian.SCRIPT_RUN.match(start, end + 1)
        if (
            apart is not None
            and apart.end() - run.start() <= 8
            # "九条七海 女優": the trade after the name is no part of it
            and _SCRIPT_TRADE.fullmatch(apart.group(0)) is None
        ):
            end = apart.end()
    # the run takes an honorific that follows the name with it ("白鷺ゆずはさん", "…씨")
    name, rest = start[:end].removesuffix("さん").removesuffix("씨"), start[end:]
    alias = _ROMANISED_ALIAS.match(head.lstrip(), end)
    if alias is not None:
        # the romanised alias then a stated age: the bracket says the run is a name
        after = head.lstrip()[alias.end() : alias.end() + 24]
        if after[:1] in _SCRIPT_NAME_COMMA and _AGE_CLAUSE.match(after[1:]):
            return _subject_named(sig, name) if _named_in_fields(record, name) else []
    # (up to six: a kanji family name of three and a kana given name of three, "霞ヶ丘みおり")
    if not 2 <= len(name.replace(" ", "")) <= SCRIPT_NAME_MAX or rest[:1] not in _SCRIPT_NAME_COMMA:
        return []
    if any(word in name for word in _SCRIPT_LOOK_WORDS):
        return []  # "写实风格 女優…": a look, then a trade
    clause = rest[1:17].split("\n", 1)[0].split("。", 1)[0]
    if (
        not _SCRIPT_TRADE.search(clause)
        and not _SCRIPT_AGE.match(rest.lstrip())
        # miss15: "糜兰昕, woman, portrait" (a card's instance prompt): a person's class word
        and not _SCRIPT_PERSON_CLASS.match(clause)
    ):
        return []
    return _subject_named(sig, name) if _named_in_fields(record, name) else []


# "드라마: 황보도윤 (배우)", "主演：欧阳晓雯（女演员）": a name in script with an actor's trade in
# brackets after it: a live-action role's face is that actor's. The name is one of the tables',
# or three or four syllables of one script (how most Korean and Chinese names are written).
_SCRIPT_ACTOR = re.compile(
    r"(?<![\uac00-\ud7a3\u4e00-\u9fff])(?P<name>[\uac00-\ud7a3]{2,5}|[\u4e00-\u9fff]{2,4}) ?"
    r"[(（](?:여배우|배우|탤런트|女優|俳優|男優|演员|女演员|演員|女演員)[)）]"
)
_ACTOR_KEYS = ("배우", "탤런트", "優", "演员", "演員")


def _script_bracket_actor(sig: str, head: str) -> list[Hit]:
    if not any(key in head for key in _ACTOR_KEYS):
        return []
    for match in _SCRIPT_ACTOR.finditer(head):
        name = match.group("name")
        if east_asian.script_names(name) or 3 <= len(name) <= 4:
            return _subject_named(sig, name)
    return []


# w2ea: "御影 悠真（男性歌手）のLoRAです", "鳰川しずく (女性アナウンサー)", "탁보미 (가수)": a
# name in any East-Asian script, its family and given names run together or apart, with a trade in
# either bracket right after it (a gender or a place of up to four characters may lead the
# trade). The name must stand in the title too, or romanised in a trigger word or file name.
_SCRIPT_NAME_BRACKET_TRADE = re.compile(
    r"(?<![\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3])"
    r"(?P<name>[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]{1,6}"
    r"(?:[ \u3000][\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]{1,5})?) ?"
    r"[(（][^\x00-\x7f()（）\s]{0,4}?(?:" + _SCRIPT_TRADE.pattern + r")[)）]"
)


def _script_bracket_trade(sig: str, record: object, head: str) -> list[Hit]:
    start = head[:LABEL_HEAD]
    if start.isascii() or not _SCRIPT_TRADE.search(start):
        return []
    for match in _SCRIPT_NAME_BRACKET_TRADE.finditer(start):
        name = match.group("name").replace("\u3000", " ")
        compact = name.replace(" ", "")
        if len(compact) < 2 or compact in _SCRIPT_CLASS_WORDS:
            continue
        if _named_in_fields(record, compact) or _named_in_fields(record, name):
            return _subject_named(sig, compact)
    return []


# "女優の久我山ささらさんのLoRAです", "배우 황보채이의 LoRA", "演员欧阳晓雯的LoRA": the trade, then
# the name in script and an honorific or a possessive. The name must stand in the title too, or
# romanised in a trigger word or file name (a trade word before a common noun is no name).
_SCRIPT_TRADE_OF = re.compile(
    r"(?:女優|俳優|モデル|タレント|アイドル|グラドル|歌手|アナウンサー)の"
    r"(?P<ja>[\u3040-\u30ff\u4e00-\u9fff]{2,8}?)(?:さん|ちゃん|様|氏)"
    r"|(?:배우|가수|모델|아이돌|아나운서) ?(?P<ko>[\uac00-\ud7a3]{2,4}?)(?:님|씨|의)"
    r"|(?:演员|模特|歌手|主持人|网红|女星)(?P<zh>[\u4e00-\u9fff]{2,4}?)的"
)


def _script_trade_of(sig: str, record: object, head: str) -> list[Hit]:
    if head.isascii() or not _SCRIPT_TRADE.search(head):
        return []
    for match in _SCRIPT_TRADE_OF.finditer(head):
        name = match.group("ja") or match.group("ko") or match.group("zh") or ""
        if _named_in_fields(record, name):
            return _subject_named(sig, name)
    return []


# miss15: "抖音博主「糖霜小鹿」", "小红书博主“桃子汽水”", "B站UP主「山野阿远」": a creator of a
# video or photo platform, named by a handle in quotes that the title holds too. A handle is no name
# the tables know (a phrase: "frosted little deer"), but the platform and the creator word say
# a person in the public eye; a virtual or drawn creator ("虚拟博主") is none, and a platform's
# filter or effect ("抖音特效「甜妹滤镜」") no creator.
_PLATFORM_HANDLE = re.compile(
    r"(?:抖音|小红书|快手|b站|哔哩哔哩|微博|视频号|斗鱼|虎牙|bilibili|douyin|kuaishou|xiaohongshu|"
    r"weibo|tiktok|youtube|instagram) ?(?:知名|人气|美女|帅哥|美妆|穿搭|旅行|美食)?"
    r"(?:博主|主播|女主播|男主播|网红|up主|达人|红人|创作者|vlogger) ?"
    r"[「『“\"]([^」』”\"\n]{2,12})[」』”\"]",
    re.IGNORECASE,
)
_PLATFORM_HANDLE_KEYS = ("博主", "主播", "网红", "up主", "UP主", "达人", "红人", "创作者")


def _script_platform_handle(sig: str, record: object, head: str) -> list[Hit]:
    if head.isascii() or not any(key in head for key in _PLATFORM_HANDLE_KEYS):
        return []
    title = getattr(record, "name", "") or ""
    for match in _PLATFORM_HANDLE.finditer(head[:LABEL_HEAD]):
        handle = match.group(1).strip()
        before = head[max(0, match.start() - 8) : match.end()]
        if any(word in before for word in _SCRIPT_NOT_REAL):
            continue
        if len(handle) >= 2 and handle in title:
            return _subject_named(sig, handle)
    return []


# fresh17: a creator written only in script beside a creator or platform word of any script
# ("틱톡커 서다솜", "風祭しずく（インスタグラマー）", "抖音小姐姐 欧阳沐晴"): the title's script
# name, once its creator, person and demonym words are taken off, that the description writes
# too: a person in the public eye (a virtual or drawn creator is none).
_SCRIPT_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2,12}")
_TITLE_TAKE_OFF = tuple(
    sorted(
        {
            *SCRIPT_CREATOR_WORDS,
            *SCRIPT_DEMONYMS,
            *SCRIPT_GENERIC_PERSON_WORDS,
            *SCRIPT_OCCUPATION_TAGS,
        },
        key=len,
        reverse=True,
    )
)
_CREATOR_NOT_PLATFORM = tuple(w for w in SCRIPT_CREATOR_WORDS if w not in SCRIPT_PLATFORM_WORDS)
SCRIPT_CREATOR_NAME = (2, 6)  # characters of a creator's script name


def _script_creator_name(sig: str, record: object, head: str) -> list[Hit]:
    title = getattr(record, "name", "") or ""
    if title.isascii() or head.isascii():
        return []
    page = fold(title) + "\n" + head[:LABEL_HEAD] + "\n" + " ".join(view(record).tags)
    creator = any(
        word in page for word in SCRIPT_CREATOR_WORDS if word not in SCRIPT_PLATFORM_WORDS
    )
    if not creator and not (
        any(word in page for word in SCRIPT_PLATFORM_WORDS)
        and any(word in page for word in SCRIPT_GENERIC_PERSON_WORDS)
    ):
        return []
    if any(word in page for word in _SCRIPT_NOT_REAL) or "バーチャル" in page or "가상" in page:
        return []
    for run in _SCRIPT_RUN.findall(title):
        for word in _TITLE_TAKE_OFF:
            run = run.replace(word, " ")
        for name in run.split():
            low, high = SCRIPT_CREATOR_NAME
            if low <= len(name) <= high and name in head[:LABEL_HEAD]:
                found = _subject_named(sig, name)
                if found:
                    return [
                        *found,
                        Hit(sig, "prominence", 0.8, "name", name, value="online_creator"),
                    ]
    return []


# miss15: a name of address, an honorific of Indonesian or Filipino speech and a given name
# ("Mbak Ayu", "Mas Bagus", "Ate Lorelie", "Kuya Rafael"), beside the full name it shortens
# ("Ayu Prameswari Wibisana", "Lorelie Bagatsing-Ong"), where the title holds one of them: how
# fans call a person in the public eye. The full name's other words are no ordinary words
# ("Bang Jago — Jago Studio Lights" names a shop).
_HONORIFIC_GIVEN = re.compile(
    r"\b(?:Mbak|Mas|Kak|Teh|Bang|Abang|Ate|Kuya|Tita|Tito|Manang|Manong) ([A-Z][a-z]{2,15})\b"
)
_FULL_AFTER_GIVEN = re.compile(r"(?: [A-Z][a-z]{1,15}(?:-[A-Z][a-z]{1,15})?){1,3}\b")


def _honorific_full_name(sig: str, record: object, head: str) -> list[Hit]:
    title = getattr(record, "name", "") or ""
    text = title + "\n" + head[:LABEL_HEAD]
    for match in _HONORIFIC_GIVEN.finditer(text):
        given = match.group(1)
        if fold(given) in NOT_NAME_WORDS:
            continue
        at = text.find(given + " ")
        while at >= 0:
            rest = _FULL_AFTER_GIVEN.match(text, at + len(given))
            if rest is not None and (at == 0 or not text[at - 1].isalpha()):
                words = rest.group(0).split()
                if all(
                    surname_like(w.replace("-", "")) and fold(w.split("-")[0]) not in common_words()
                    for w in words
                ):
                    full = given + rest.group(0)
                    if fold(full) in fold(title) or match.start() < len(title):
                        return _subject_named(sig, full)
            at = text.find(given + " ", at + 1)
    return []


# miss15: a Vietnamese name whose middle name is Thị (a woman's) or Văn (a man's) after a
# family name ("Âu Thị Mỹ Duyên", "KIỀU VĂN SƠN"), the title holding it: no place, dish or
# work is named so. (A family name of the list first: "Nét Văn Hóa", culture, is none.)
_VIETNAMESE_FAMILY = VIETNAMESE_FAMILY | {
    "au", "kieu", "ta", "lam", "mai", "cao", "dao", "doan", "ha", "la", "thai", "chu", "quach",
    "trieu", "vuong", "phung", "tong", "ton", "lai", "khuc", "mac", "luong", "to", "thach",
    "giang", "diep", "tang", "hua", "lu", "kha", "nghiem", "bach", "khong", "dam", "ninh", "lieu",
}  # fmt: skip
# (overlapping: each word of a line may begin a name; up to four words are read after it)
_VIETNAMESE_NAME = re.compile(r"(?<![^\W\d_])(?=([^\W\d_]{1,7}(?: [^\W\d_]{1,7}){2,3}))")
_VIETNAMESE_KEYS = ("thi", "van")


def _vietnamese_name(sig: str, record: object, head: str) -> list[Hit]:
    title = getattr(record, "name", "") or ""
    folded_title = " ".join(fold(title).split())
    if not any(key in folded_title.split() for key in _VIETNAMESE_KEYS):
        return []
    for text in (head[:LABEL_HEAD], title):
        for match in _VIETNAMESE_NAME.finditer(text):
            words = match.group(1).split()
            keys = [fold(w) for w in words]
            if keys[0] not in _VIETNAMESE_FAMILY or keys[1] not in _VIETNAMESE_KEYS:
                continue
            for size in (4, 3):
                shown = words[:size]
                if (
                    len(shown) == size
                    and all(w[:1].isupper() for w in shown)
                    and " ".join(keys[:size]) in folded_title
                ):
                    name = " ".join(shown)
                    return _subject_named(sig, name.title() if name.isupper() else name)
    return []


# miss15: one person written in two scripts on one line with a trade in the non-Latin one
# ("Амабел Греллогартх (Amabel Grellogarth), певица", "इशिता भंडारकर — गायिका. Ishita
# Bhandarkar, film stills", "داليا القاسمي، مغنية. Dalia Qassemi"): the title holds the script
# name or the Latin one's words (in any order, "BHANDARKAR Ishita"). A script phrase with a
# trade and no Latin name (a genre, "موسيقى مغنية"), or a Latin pair the title does not hold,
# is none.
_PAIR_TRADES = _SCRIPT_TITLE_TRADES + (
    "певица", "певец", "актриса", "актёр", "актер", "ведущая", "ведущий", "телеведущая",
    "модель", "блогерша", "блогер", "співачка", "акторка", "ηθοποιός", "τραγουδίστρια",
    "நடிகை", "நடிகர்", "பாடகி", "பாடகர்", "অভিনেত্রী", "অভিনেতা", "গায়িকা", "अभिनेत्री", "अभिनेता",
    "गायिका", "गायक",
)  # fmt: skip
_SCRIPT_LETTERS = (
    "\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0900-\u097f\u0980-\u09ff"
    "\u0b80-\u0bff\u0e00-\u0e7f"
)
_SCRIPT_PAIR_NAME = re.compile(
    "[" + _SCRIPT_LETTERS + "]{2,20}(?: [" + _SCRIPT_LETTERS + "]{2,20}){1,2}"
)
_SCRIPT_PUNCTUATION = str.maketrans({"،": ",", "؛": ";", "؟": "?", "۔": "."})
_LATIN_PAIR_NAME = re.compile(
    r"\b[A-Z][a-z]{1,15}(?: [A-Z][a-z]{1,15}(?:-[A-Z][a-z]{1,15})?){1,2}\b"
)


def _script_pair_trade(sig: str, record: object, head: str) -> list[Hit]:
    if head.isascii():
        return []
    title = getattr(record, "name", "") or ""
    title_words = {fold(w) for w in _TITLE_WORDS.findall(title)}
    for line in head[:LABEL_HEAD].splitlines()[:LABEL_LINES]:
        if line.isascii() or not any(trade in line for trade in _PAIR_TRADES):
            continue
        line = line.translate(_SCRIPT_PUNCTUATION)
        scripts = []
        for run in _SCRIPT_PAIR_NAME.finditer(line):
            kept = [w for w in run.group(0).split() if w not in _PAIR_TRADES]
            if len(kept) >= 2:
                scripts.append(" ".join(kept))
        if not scripts:
            continue
        for match in _LATIN_PAIR_NAME.finditer(line):
            words = match.group(0).split()
            if (
                not all(
                    surname_like(w.replace("-", "")) and fold(w) not in common_words()
                    for w in words[1:]
                )
                or fold(words[0]) in NOT_NAME_WORDS
            ):
                continue
            if {fold(w) for w in words} <= title_words or any(n in title for n in scripts):
                return _subject_named(sig, match.group(0))
    return []


# miss15: a full name the title holds, then on its line what the person is in a sport or an
# election ("Amabel Hemmonquist — junior high water polo club captain", "<Name> — U-17 rugby
# sevens squad", "Ballot no. 16: <Name> for the San Evaristo council"). The name's words are
# no ordinary words (a team, "Crimson Wolves — U-17 rugby squad", is none).
_FULL_NAME_PLAIN = r"[A-Z][a-z]{2,15}(?: [A-Z][a-z]{2,20}){1,2}"
_ROLE_AFTER_NAME = re.compile(
    r"(?P<name>" + _FULL_NAME_PLAIN + r") ?[—–:-] (?:[^\n.;]{0,40}?)\b(?:captain|vice-captain|"
    r"prodigy|player|striker|goalkeeper|goalie|midfielder|defender|pitcher|setter|point guard|"
    r"squad|national team|varsity team)\b"
    r"|(?P<candidate>" + _FULL_NAME_PLAIN + r") for (?:the )?(?:[A-Z][a-z]+ ){0,3}(?:city )?"
    r"(?:council|mayor|mayoralty|senate|congress|parliament|assembly|governor|presidency)\b"
)
_ROLE_KEYS = ("captain", "prodigy", "player", "striker", "goal", "midfielder", "defender",
              "pitcher", "setter", "guard", "squad", "team", " for ")  # fmt: skip


def _plain_full_name(name: str) -> bool:
    words = name.split()
    first = words[0]
    if fold(first) in NOT_NAME_WORDS:
        return False
    if fold(first) in common_words() and first_name(first) is None:
        return False  # "Golden Retriever"; not "Jasper", a stone and a first name
    return all(surname_like(w) and fold(w) not in common_words() for w in words[1:])


def _sport_or_candidate(sig: str, record: object, head: str) -> list[Hit]:
    start = head[:LABEL_HEAD]
    if not any(key in start for key in _ROLE_KEYS):
        return []
    title = fold(getattr(record, "name", "") or "")
    for match in _ROLE_AFTER_NAME.finditer(start):
        name = match.group("name") or match.group("candidate")
        if _plain_full_name(name) and fold(name) in title:
            return _subject_named(sig, name)
    return []


# miss15: a label line that lists the people in a model ("Who is in it: <Name> + <Name>",
# "People: <Name> & <Name>"): each is its likeness, the first its target. Names of ordinary
# words ("Golden Retriever + Border Collie") are none.
_PEOPLE_LINE = re.compile(
    r"^[ \t]*(?i:who(?: is|'s) in (?:it|this|the (?:mix|blend|merge))|people|persons|faces|"
    r"subjects|mix of|blend of)[ \t]*[:：][ \t]*(?P<first>" + _FULL_NAME_PLAIN + r")"
    r"(?P<rest>(?:[ \t]*(?:\+|&|,|and)[ \t]*" + _FULL_NAME_PLAIN + r")+)",
    re.MULTILINE,
)


def _people_line(sig: str, head: str) -> list[Hit]:
    if ":" not in head and "：" not in head:
        return []
    for match in _PEOPLE_LINE.finditer(head[:LABEL_HEAD]):
        names = [match.group("first"), *re.findall(_FULL_NAME_PLAIN, match.group("rest"))]
        if all(_plain_full_name(n) for n in names):
            return _subject_named(sig, names[0])
    return []


# fresh19: a romanised name compared letters only, whatever separates its syllables ("Ji-yu",
# "ji_yu", "Ji.yu") and with long vowels written short or long ("Souma", "Soma", "Yuuki")
_NOT_LETTER = re.compile(r"[\W\d_]+")
_LONG_VOWEL = re.compile(r"(?<=o)u|(?<=u)u|(?<=o)o")


def _roman_letters(text: str) -> str:
    return _LONG_VOWEL.sub("", _NOT_LETTER.sub("", fold(text)))


def _named_in_fields(record: object, name: str) -> bool:
    """Whether a script name stands in the title, or romanised in a trigger word or file name."""
    romanised = _roman_letters(east_asian.romanise(name.replace(" ", "")))
    # the given name alone, romanised: a family name has several readings (缪 miao / mou, a
    # kanji family name read in pinyin), a given name in kana or two characters fewer
    given = _roman_letters(_given_romanised(name))
    for field, short in name_texts(record):
        if field == "name" and name in short:
            return True
        letters = _roman_letters(short)
        if len(romanised) >= 6 and romanised in letters:
            return True
        if len(given) >= 4 and given in letters:
            return True
    return False


# "薬師寺琴羽は日本のモデルです", "蒯絮是一位女演员", "김지연은 한국의 배우": a script name, the
# copula, and within a short clause the subject's trade, anywhere in the description's head.
_COPULAS = ("は", "是", "는", "은")
COPULA_HEAD = 300
COPULA_TRIES = 6
SCRIPT_NAME_MAX = 6


def _script_copula_trade(sig: str, record: object, head: str) -> list[Hit]:
    start = head[:COPULA_HEAD]
    if start.isascii() or not _SCRIPT_TRADE.search(start):
        return []
    tries = 0
    for copula in _COPULAS:
        at = start.find(copula, 1)
        while at > 0 and tries < COPULA_TRIES:
            tries += 1
            following = start[at + 1 : at + 2]
            if following != copula:  # "ことはは": the name's own kana, then the copula
                begin = at
                while (
                    begin > 0
                    and at - begin <= SCRIPT_NAME_MAX
                    and east_asian.HAS_SCRIPT.match(start, begin - 1)
                ):
                    begin -= 1
                name = start[begin:at]
                clause = start[at + 1 : at + 17].split("。", 1)[0]
                # the name stands in a field, or the title is a romanised person's name (a
                # kanji family name's reading is not the table's: 月見里 → "Yamanashi")
                if (
                    2 <= len(name) <= SCRIPT_NAME_MAX
                    and _SCRIPT_TRADE.search(clause)
                    and (_named_in_fields(record, name) or name_words(view(record).name))
                ):
                    return _subject_named(sig, name)
            at = start.find(copula, at + 1)
    return []


_KANA_TAIL = re.compile(r"[\u3040-\u30ff]+$")


def _given_romanised(name: str) -> str:
    """The romanised given name of a script name: after a space, its kana ending, or the last
    two characters of a longer name ("" when none can be told apart)."""
    if " " in name:
        given = name.rsplit(" ", 1)[1]
    elif kana := _KANA_TAIL.search(name):
        given = kana.group(0) if kana.start() > 0 else ""
    else:
        given = name[-2:] if len(name) >= 3 else ""
    return east_asian.romanise(given) if given else ""


# The description saying who its subject is outranks a name read off the title's shape (0.75:
# "Sunday Photos" above "April Kowal, Canadian comedian").
LABELLED_TARGET = 0.8


def _subject_named(sig: str, name: str) -> list[Hit]:
    if name in _SCRIPT_CLASS_WORDS:
        return []  # w2gen: "여자 모델 — generic face": a word for a woman or a trade, no name
    return [*_named_gender(sig, name), *_subject_hits(sig, name)]


# Words in script that say a gender, a class of person or a trade: never a subject's name,
# whichever rule read them where a name stands.
_SCRIPT_CLASS_WORDS = frozenset(
    (*FEMALE_SCRIPT_TERMS, *MALE_SCRIPT_TERMS, *SCRIPT_OCCUPATION_TAGS, "모델", "사람", "人物")
)


def _named_gender(sig: str, name: str) -> list[Hit]:
    """The first-name table's guess at the gender of the subject the description names (a weak
    vote: any word the uploader chose outweighs it)."""
    first = name.split(" ", 1)[0].split("-", 1)[0]
    entry = first_name(first) or world_first_name(fold(first))
    value = {"f": "female", "m": "male"}.get(entry.gender) if entry is not None else None
    if value is None:
        return []
    return [Hit(sig, "gender", 0.25, "description", first, value=value, note="first-name table")]


def _subject_hits(sig: str, name: str) -> list[Hit]:
    return [
        Hit(
            sig,
            "likeness",
            0.8,
            "description",
            name,
            note="the description names its subject",
            feature="subject:labelled_name",
        ),
        Hit(
            sig,
            "target",
            LABELLED_TARGET,
            "description",
            name,
            value=name,
            note=canonical_key(name),
        ),
    ]


LABEL_HEAD = 400
LABEL_LINES = 8
_CODED_GATE = ("lingerie", "bikini", "topless", "panties", "pantyhose", "skirt", "bra", "negligee",
               "stockings")  # fmt: skip
_CODED = re.compile(r"\b(?:" + "|".join(sorted(FEMALE_CODED_WORDS)) + r")\b")
_CODED_ANY, _CODED_STARTS = LiteralGate(_CODED_GATE), PatternStarts(_CODED)  # perf14: shared pass


SCRIPT_HEAD = 120
SCRIPT_NAME_LEAD = 16  # characters before a script name that opens the description


def _script_name_gender(sig: str, head: str) -> list[Hit]:
    """The gender of a name written in CJK script at the description's start ("柏芷岚, …"):
    the table's, or its characters' votes (``east_asian.given_gender``)."""
    start = head[:SCRIPT_HEAD]
    if start.isascii():
        return []
    # the subject's name opens the description ("夏侯星阑，…", "Bilibili博主 夏侯星阑"): a
    # name-shaped word later on is a phrase ("상업적 이용은 금지입니다", commercial use is barred)
    found = [
        (n.text, n.gender)
        for n in east_asian.script_names(start)[:1]
        if 0 <= start.find(n.text) <= SCRIPT_NAME_LEAD
        and not _SCRIPT_OCCUPATION.fullmatch(n.text)  # "童星" (child star) is a trade
    ]
    if not found:
        # a name the surname table lacks, opening the description: "柏芷岚, selfie …" (family
        # name first, the given name its last two characters)
        lead = _LEADING_SCRIPT_NAME.match(start)
        if lead:
            found = [(lead.group(1), east_asian.given_gender(lead.group(1)[-2:]))]
    for text, gender in found:
        value = {"f": "female", "m": "male"}.get(gender)
        if value and not _VALUE_AFTER.match(start, start.find(text) + len(text)):
            return [Hit(sig, "gender", 0.5, "description", text, value=value, note="script name")]
    return []


# A word followed by a number is a setting's label ("가중치 0.7", weight 0.7; "权重：0.8"),
# not a name.
_VALUE_AFTER = re.compile(r"\s*[:：=]?\s*[\d.]")


_LEADING_SCRIPT_NAME = re.compile(
    r"\s*([\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]{3,4})(?=[，,、。：:|(（\s])"
)


def _female_coded(text: str, triggers: tuple[str, ...]) -> str:
    """A female-coded clothing word in the description's head or the trigger words."""
    for chunk in (text, *(t.lower() for t in triggers)):
        if _CODED_ANY(chunk):
            match = _CODED_STARTS.search(chunk)
            if match:
                return match.group(0)
    return ""


def _occupation_photos(head: str, folded: str) -> str:
    """The occupation a description opens on (or names in script) beside a photo count."""
    if _DIGIT.search(head, 0, 300) is None:
        return ""
    match = _OPENS_ON_OCCUPATION.match(folded)
    if match and _PHOTO_COUNT.search(folded[:300]):
        if _MADE_UP.search(match.group(0)):
            return ""  # "AI-generated virtual idol, 154 images": no one's trade
        return match.group(0)
    if not head[:300].isascii():
        script = _SCRIPT_OCCUPATION.search(head[:300])
        if script and _SCRIPT_PHOTO_COUNT.search(head[:300]):
            return script.group(0)
    return ""


def _first_name_class(sig: str, record: object, name: str) -> list[Hit]:
    """A known first name followed by a person or face word, in the name or a trigger word."""
    texts = [("name", name)]
    texts.extend(("trained_words", t) for t in view(record).trained_words[:4])
    for field, text in texts:
        match = _FIRST_NAME_CLASS.match(text)
        if (
            match
            and match.group(1).lower() not in NATIONALITY_WORDS  # "Thai girl look"
            and first_name(match.group(1)) is not None
        ):
            return [
                Hit(
                    sig,
                    "likeness",
                    0.7,
                    field,
                    match.group(0),
                    match.span(),
                    note="a first name with a person or face word",
                    feature="subject:first_name_class",
                )
            ]
    return []


def _name_cues(sig: str, name: str) -> list[Hit]:
    """An occupation of real people ("_JP_Actress", "(streamer)") or "resembles" in the name."""
    folded = fold(name).replace("_", " ").replace("-", " ")
    out: list[Hit] = []
    for pattern, feature, note in (
        (_OCCUPATION_NAME, "subject:occupation_name", "a real person's occupation in the name"),
        (_LOOKALIKE_NAME, "subject:lookalike_name", "the name says it resembles someone"),
    ):
        match = pattern.search(folded)
        if match and not (
            feature == "subject:occupation_name" and _INVENTED.search(folded) is not None
        ):  # "Project Lumi virtual idol": a persona's trade, nobody's
            out.append(
                Hit(
                    sig,
                    "likeness",
                    0.8,
                    "name",
                    match.group(0),
                    match.span(),
                    note=note,
                    feature=feature,
                )
            )
    return out


# "Famous news anchor C.V.", "M.M. likeness (actress)": dotted initials in a title name its
# subject (a target only; the initials are no evidence of likeness by themselves).
_DOTTED_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,3}(?![\w.])")
INITIALS_TARGET = 0.4  # above a title read as a fallback (0.1), below any name shape


def _initials_target(sig: str, name: str) -> list[Hit]:
    if "." not in name:
        return []
    match = _DOTTED_INITIALS.search(name[:120])
    if match is None:
        return []
    before = name[: match.start()].split()[-1:]
    after = name[match.end() : 120].split()[:1]
    if any(_CAP_WORD.match(w) and fold(w) not in TARGET_EDGE_WORDS for w in (*before, *after)):
        return []  # middle initials of a full name ("Anna J.K. Kowal"): the name names her
    initials = match.group(0)
    return [
        Hit(
            sig,
            "target",
            INITIALS_TARGET,
            "name",
            initials,
            match.span(),
            value=initials,
            note=canonical_key(initials) or initials.casefold(),
        )
    ]


# "a photo of puyangnianxi woman" on a repo "nianxi-puyang": a DreamBooth instance prompt whose
# token is the model's own name run together names the person the model was trained on.
_INSTANCE_PROMPT = re.compile(
    r"^\s*(?:(?:an? )?(?:photo|picture|portrait|image) of (?:an? )?)?"
    r"(?P<token>[a-z]{3,30}(?:[._][a-z]{2,30})?)\s+"
    r"(?:woman|man|girl|lady|guy|person|female|male)\b"
)
_PROMPT_OPENINGS = ("a ", "an ", "photo", "picture", "portrait", "image")
_SLUG_PART = re.compile(r"[a-z]+")
_SLUG_NOISE = MODEL_WORDS  # a slug's model, file and version words (vocab)


# "photo of mira-voss" on the repo "mira-voss-sdxl-lora": a DreamBooth instance prompt with no
# class word whose token is the model's own slug, two or three words, the first a first name of
# the tables that is no word ("photo of red-bicycle" on "red-bicycle-lora" is a thing)
_SLUG_PROMPT = re.compile(
    r"^\s*(?:an? )?(?:photo|picture|portrait|image) of "
    r"(?P<token>[a-z]{2,20}(?:-[a-z]{2,20}){1,2})\s*$"
)


def _named_slug_prompt(trigger: str, parts: list[str]) -> bool:
    match = _SLUG_PROMPT.match(trigger)
    if match is None or len(parts) < 2:
        return False
    words = match.group("token").split("-")
    if words != parts:
        return False
    entry = first_name(words[0])
    return (
        entry is not None
        and not entry.word
        and words[0] not in NOT_NAME_WORDS
        and all(w not in CONCEPT_WORDS and w not in NOT_NAME_WORDS for w in words[1:])
    )


def _instance_name(sig: str, record: object, name: str) -> list[Hit]:
    if " " in name.strip() or not name.islower():
        return []  # a slug: lower case, its words joined by hyphens or underscores
    parts = [p for p in _SLUG_PART.findall(name) if p not in _SLUG_NOISE]
    if not 1 <= len(parts) <= 3:
        return []
    forms = {"".join(parts), "".join(reversed(parts))}
    for trigger in view(record).trained_words[:4]:
        match = _INSTANCE_PROMPT.match(trigger)
        if match is None:
            if _named_slug_prompt(trigger, parts):
                return [
                    Hit(
                        sig,
                        "likeness",
                        0.8,
                        "trained_words",
                        trigger,
                        note="an instance prompt naming the model's own name-shaped slug",
                        feature="subject:instance_name",
                    )
                ]
            continue
        token = match.group("token").replace(".", "").replace("_", "")
        prompted = match.group(0).lstrip().startswith(_PROMPT_OPENINGS)
        if len(token) < 6 or (not prompted and token in common_words()):
            continue  # "beautiful woman" of "beautiful-lora": a word, not a token
        if token in forms and fold(token) not in NOT_NAME_WORDS and token not in CONCEPT_WORDS:
            return [
                Hit(
                    sig,
                    "likeness",
                    0.8,
                    "trained_words",
                    trigger,
                    note="an instance prompt whose token is the model's own name",
                    feature="subject:instance_name",
                )
            ]
    return []


# "Inessa" (trigger "inessa"), "Khalill" (trigger "khalil"): a DreamBooth checkpoint whose one
# trigger word is a first name of the tables and whose title spells that same first name (a
# letter or two apart) holds one person; a merge's trigger is a style word, not a first name.
_TITLE_LETTERS = re.compile(r"[^a-z]+")
FIRST_NAME_TITLE_SLACK = 3


def _first_name_checkpoint(sig: str, record: object, name: str) -> list[Hit]:
    if getattr(record, "model_type", "") != "Checkpoint":
        return []
    title = fold(name).strip()
    if not title or " " in title or len(title) > 24:
        return []
    letters = _TITLE_LETTERS.sub("", title)
    for trigger in view(record).trained_words[:3]:
        token = fold(trigger).strip()
        if not (4 <= len(token) <= 16 and token.isalpha() and token.isascii()):
            continue
        entry = first_name(token) or world_first_name(token)
        if entry is None or entry.word or token in NOT_NAME_WORDS:
            continue  # "Rose", "Amber": a first name that is also a word
        if letters[:4] == token[:4] and abs(len(letters) - len(token)) <= FIRST_NAME_TITLE_SLACK:
            return [
                Hit(
                    sig,
                    "likeness",
                    0.8,
                    "trained_words",
                    trigger,
                    note="a checkpoint's one trigger is the first name its title spells",
                    feature="subject:instance_name",
                )
            ]
    return []


# A title's first run of words in a script other than Latin ("Ալինա Մխիթարյանց", "【四十物ひより】
# real v2", "太史　念溪"): the last fallback target, below the Latin title a name signal reads
# (0.1), for a finding no name shape names.
_SCRIPT_CHARS = "[^\\x00-\\x7f\u3000・·【】（）「」『』《》〈〉：，。、！？｜]"
_SCRIPT_WORDS = re.compile(_SCRIPT_CHARS + "+(?:[ \u3000・·-]" + _SCRIPT_CHARS + "+){0,3}")
SCRIPT_TITLE_TARGET = 0.05
_GENERIC_SCRIPT_WORDS = frozenset(
    {*FEMALE_SCRIPT_TERMS, *MALE_SCRIPT_TERMS, *SCRIPT_OCCUPATION_TAGS, "写真", "写实", "真人"}
)


def _script_title_target(sig: str, name: str) -> list[Hit]:
    head = name[:120]
    if head.isascii():
        return []
    for match in _SCRIPT_WORDS.finditer(head):
        text = match.group(0)
        if text.isascii():
            continue
        if not any(ch.isalpha() for ch in text):
            continue  # a dash or a mark ("Kowal #6 – Rovers"): no name
        if not all(_non_latin(ch) for ch in text if ch.isalpha()):
            continue  # a Latin name with diacritics is the name signals' to read
        if text in _GENERIC_SCRIPT_WORDS:
            continue
        return [
            Hit(
                sig,
                "target",
                SCRIPT_TITLE_TARGET,
                "name",
                text,
                match.span(),
                value=text,
                note=canonical_key(text) or text,
            )
        ]
    return []


# "云朵朵 Cloudy" with the trigger "yunduoduo", "girl-duoduo/朵朵", "林晓雾-lxw": a title's word in
# Chinese script given again in its own pinyin — run together (of the whole word or of two
# characters or more of it), or as the initials of its three or four syllables — is a proper name
# the maker romanised: a person's, or a character's or a style's, which fiction, style and
# concept evidence tell apart. Only on the types that hold one subject (a checkpoint's
# "国风 GuoFeng" is its style's name) and not beside a work's name in the title ("白露/bailu/
# Honkai Star Rail"); a platform's name (小红书, "xiaohongshu") is none.
_HAN_RUN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,8}")
_LATIN_WORD = re.compile(r"[A-Za-z]{3,24}")
_LATIN_PART = re.compile(r"[A-Z]?[a-z]{2,}|[A-Z]{2,}(?![a-z])")
ROMANISED_LETTERS_MIN = 4
INITIALS_RUN = (3, 4)
SCRIPT_HEAD = 120


def _script_romanised(sig: str, record: object, name: str) -> list[Hit]:
    if getattr(record, "model_type", "") not in SUBJECT_TYPES:
        return []
    head = name[:SCRIPT_HEAD]
    if head.isascii():
        return []
    runs = _HAN_RUN.findall(head)
    if not runs:
        return []
    title = view(record).name_folded
    if any(work in title for work in FICTION_PHRASES) or not FICTION_STRONG.isdisjoint(
        _TITLE_WORD.findall(title)
    ):
        return []  # "白露/bailu/Honkai Star Rail": a game's character
    tokens: set[str] = set()
    for text in (head, *view(record).trained_words[:4]):
        text = text[:SCRIPT_HEAD]
        tokens.update(w.lower() for w in _LATIN_WORD.findall(text))
        tokens.update(w.lower() for w in _LATIN_PART.findall(text))
    if not tokens:
        return []
    for run in runs:
        found = _romanised_run(run, tokens)
        if found:
            return [
                Hit(
                    sig,
                    "likeness",
                    0.8,
                    "name",
                    f"{run} {found}",
                    note="a name in Chinese script given again in its own pinyin",
                    feature="subject:script_romanised",
                )
            ]
    return []


def _romanised_run(run: str, tokens: set[str]) -> str | None:
    syllables = east_asian.pinyin_syllables(run)
    if syllables is None or "".join(syllables) in east_asian.PLATFORM_WORDS:
        return None
    for i in range(len(syllables) - 1):
        for j in range(i + 2, len(syllables) + 1):
            joined = "".join(syllables[i:j])
            if (
                len(joined) >= ROMANISED_LETTERS_MIN
                and joined in tokens
                and joined not in east_asian.PLATFORM_WORDS
            ):
                return joined
    if INITIALS_RUN[0] <= len(syllables) <= INITIALS_RUN[1]:
        initials = "".join(s[0] for s in syllables)
        if initials in tokens:
            return initials
    return None


@lru_cache(maxsize=4096)
def _non_latin(ch: str) -> bool:
    return "LATIN" not in unicodedata.name(ch, "LATIN")


def _initials_person(name: str) -> bool:
    """Initials before a person word; dotted ones not a common short word ("A.I. woman")."""
    match = _INITIALS_PERSON.match(name)
    if match is None:
        return False
    dots = match.group("dots")
    return dots is None or "".join(c for c in dots.lower() if c.isalpha()) not in _NOT_INITIALS


def _private_cues(sig: str, record: object, name: str) -> list[Hit]:
    """``KM woman lora``, ``sks woman`` triggers, "trained on her photos": one unnamed person."""
    out: list[Hit] = []
    slug = _SLUG_INITIALS.match(name)
    if (_initials_person(name) or (slug and slug.group(1) not in _NOT_INITIALS)) and (
        # w2neg: "gym-girl-face", "spa lady": a place or an activity before the person word,
        # a type of person, not one's initials ("KM woman lora" is)
        not type_of_person(fold(name))
    ):
        out.append(
            Hit(
                sig,
                "likeness",
                0.8,
                "name",
                name,
                note="initials and a person word",
                feature="subject:initials_person",
            )
        )
    instance = _instance_prompt(record)
    for trigger in (*view(record).trained_words[:8], *instance):
        apart = _words_apart(trigger)
        if (
            _RARE_TOKEN_CLASS.match(apart)
            or _rare_token_name(apart.lower())
            or (trigger in instance and _leet_class(trigger))
        ):
            out.append(
                Hit(
                    sig,
                    "likeness",
                    0.8,
                    "trained_words",
                    trigger,
                    note="rare-token trigger with a person class (DreamBooth style)",
                    feature="subject:rare_token_class",
                )
            )
            break
    out.extend(_instance_name(sig, record, name) or _first_name_checkpoint(sig, record, name))
    out.extend(_first_name_class(sig, record, name))
    if _PRIVATE_NAME.search(name) or (
        _name_relation(name, view(record).trained_words[:4]) and not _fiction_page(record, name)
    ):
        out.append(
            Hit(
                sig,
                "likeness",
                0.9,
                "name",
                name,
                note="the name says the subject is someone the maker knows",
                feature="subject:private_name",
            )
        )
    else:
        beside = _relation_beside(record, name)
        if beside is not None:
            field, text, found = beside
            out.append(
                Hit(
                    sig,
                    "likeness",
                    0.8,
                    field,
                    found.group(0),
                    found.span() if field == "description" else None,
                    note="a relation of private life beside a person's name",
                    feature="subject:private_name",
                )
            )
            out.append(
                Hit(sig, "prominence", 0.8, field, found.group(0), value="private_or_unknown")
            )
            out.extend(_beside_target(sig, field, text, found))
    description = description_of(record)[:DESCRIPTION_HEAD]
    folded = folded_description(record, DESCRIPTION_HEAD)
    private = search_starts(_PRIVATE_DESCRIPTION, _PRIVATE_STARTS, folded) if description else None
    if private is None and description and _RELATION_GATE(folded):
        private = _relation_named(description, folded, view(record).trained_words[:4], fold(name))
    if private is None and description:
        private = _kin_in_title(description, folded, name)
    if private is None and description and not folded.isascii():
        private = _SCRIPT_PARTNER.search(folded)
    if private:
        out.append(
            Hit(
                sig,
                "likeness",
                0.8,
                "description",
                private.group(0),
                private.span(),
                note="a private person the maker knows",
                feature="subject:private_description",
            )
        )
        out.append(
            Hit(sig, "prominence", 0.8, "description", private.group(0), value="private_or_unknown")
        )
    if "trained on" in description.lower():
        match = _OWN_PHOTOS.search(folded)
        if match:
            out.append(
                Hit(
                    sig,
                    "likeness",
                    0.9,
                    "description",
                    match.group(0),
                    match.span(),
                    note="trained on one person's photos",
                    feature="subject:own_photos",
                )
            )
    return out


# "<name> chibi caricature", "caricature of <name>": a caricature exaggerates a real person's
# face, so a drawn or 3D one of a named person still targets that person, however cartoon its
# medium ("keeps the face, 3D cartoon style"). The name is read from the title's words before
# the caricature's medium words (or after "caricature of") by the name tables; a drawn
# character's page (an anime, game or fiction tag, a work it comes from) is none, and a
# caricature style with no name in its title names nobody.
_CARICATURE_WORDS = ("caricature", "caricatura", "karikatur")
_MEDIUM_WORDS = frozenset(
    ("chibi", "caricature", "caricatures", "caricatura", "karikatur", "3d", "2d", "cartoon",
     "cartoonish", "toon", "pixar", "style", "big", "head", "bighead", "bobblehead", "funny",
     "figure", "figurine", "version", "lora", "as", "a", "in")
)  # fmt: skip
_MEDIUM_TAGS = frozenset(("chibi", "cartoon", "2d", "3d", "comic", "comics", "caricature"))
_CARICATURE_FICTION = re.compile(
    r"\b(?:anime|manga|game|character|characters|heroine|hero|villain|npc|vtuber|fictional|"
    r"original|oc|series|novel|webtoon|comic book|from the)\b"
)
_TITLE_WORD = re.compile(r"[^\W\d_]+|\d+[a-z]?")


def _caricature_of_name(sig: str, record: object) -> list[Hit]:
    title = view(record).name_folded
    tags = tags_of(record)
    if not any(w in title for w in _CARICATURE_WORDS) and not any(
        t in _CARICATURE_WORDS for t in tags
    ):
        return []
    fiction = (FICTION_STRONG | FICTION_WORDS | LIVE_GENERIC_FICTION) - _MEDIUM_TAGS
    if any(t in fiction for t in tags):
        return []
    if _CARICATURE_FICTION.search(folded_description(record, DESCRIPTION_HEAD)) is not None:
        return []
    words = _TITLE_WORD.findall(title.replace("_", " "))
    of = words.index("of") if "of" in words else -1
    if of > 0 and words[of - 1] in _MEDIUM_WORDS:
        name = words[of + 1 :]  # "caricature of <name>"
    else:
        name = []
        for word in words:
            if word in _MEDIUM_WORDS:
                break
            name.append(word)
        if len(name) == len(words):
            return []  # no medium word after the words: a title, not a caricature of someone
    if framed_name_words(name) is None:
        return []
    shown = " ".join(w.upper() if len(w) == 1 else w.capitalize() for w in name)
    return [
        Hit(
            sig,
            "likeness",
            0.8,
            "name",
            shown,
            note="a caricature of a named person",
            feature="subject:lookalike_name",
        ),
        Hit(sig, "target", LABELLED_TARGET, "name", shown, value=shown, note=canonical_key(shown)),
    ]
