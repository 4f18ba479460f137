"""Gender from words: woman/girl/actress vs man/boy/actor in the name and trigger words, and
pronouns in the description."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import ClassVar

from dfaudit.detect import indic
from dfaudit.detect.base import Hit
from dfaudit.detect.east_asian import HAS_SCRIPT
from dfaudit.detect.fields import (
    SHORT_LIMIT,
    TAG_LIMIT,
    TAGS_MAX,
    description_of,
    folded_description,
    view,
)
from dfaudit.detect.findings import (
    HONORIFIC_NOTE,
    REAL_NAME_NOTE,
    STATED_NEUTRAL_NOTE,
    SUBJECT_PRONOUN_NOTE,
    given_name,
)
from dfaudit.detect.names import canonical_key, find_prose_names, first_name, name_gender
from dfaudit.detect.text import (
    LiteralGate,
    StartFinder,
    alternation,
    deleet,
    finditer_at,
    fold,
    pieces,
    words,
)
from dfaudit.detect.trades import TABLE as TRADES
from dfaudit.detect.trades import gendered_trades, trade_words
from dfaudit.detect.vocab import (
    FEMALE_LOAN_WORDS,
    FEMALE_SCRIPT_TERMS,
    FEMALE_WORDS,
    MALE_LOAN_WORDS,
    MALE_SCRIPT_TERMS,
    MALE_WORDS,
)

# Female (group 1) or male (group 2) pronouns as whole words, counted in one scan.
_PRONOUN = re.compile(r"\b(?:(she|her|hers|herself)|(he|him|his|himself))\b")
# The same matches, written to start with a character class (the regex engine then skips
# quickly to an "h" or "s" instead of trying the pattern at every character): an "h" or "s" with
# no word character before it, then the rest of a pronoun up to a word boundary.
_PRONOUN_FAST = re.compile(r"[hs](?<!\w[hs])(?:(?<=s)he|(?<=h)(?:er|ers|erself|e|im|is|imself))\b")
_FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
# A necessary condition for a capitalised name pair in ASCII text, cheap to test first: an
# upper-case letter, letters (or leetspeak digits), at most one separator, an upper-case letter.
_CAPITALISED_PAIR = re.compile(r"[A-Z][A-Za-z0-9@$]*[ _.\-]?[A-Z]")
# "X is a British actor", "she was an American actress": what the description says the
# subject is. Only gendered nouns count; the adjectives between are bounded.
_IS_A = re.compile(
    r"\b(?:is|was) (?:a|an|the) (?:[a-z-]{1,20} ){0,3}?"
    r"(actor|actress|woman|man|girl|boy|songstress|gentleman|lady|"
    r"businessman|businesswoman|sportsman|sportswoman|"
    # "is the husband of actress …": the relation is the subject's, the trade the other's
    r"wife|husband|girlfriend|boyfriend|daughter|son|sister|brother|mother|father|widow|"
    r"widower)\b"
)
_IS_A_STARTS = StartFinder(("is ", "was "))  # where a match of ``_IS_A`` can begin
ACTOR_WEIGHT = 0.3  # "X is an actor" with no pronoun before it: a weak male vote
# "actor" as a trade in the description ("The actor from Incheon", "Taiwan actor"):
# said of women too, but of men about 3 times in 4 here (real catalog: 10 of 13 labelled
# people; dev sets 2-14: 86 of 95). The weakest vote: the target's own given name (0.3)
# outweighs it, so it decides only where nothing else speaks (the prior's place). Not a voice
# actor's, a child actor's (a minor cue), an actor's role ("the actor's wife", "actor of …").
COMMON_TRADE_WEIGHT = 0.2
COMMON_TRADE_NOTE = "common-gender trade"
_ACTOR_WORD = re.compile(r"(?<!voice )(?<!child )\bactor\b(?!'s)(?! of\b)")
# Nouns that say a woman or a man wherever they stand in a description ("Japanese actress,
# trained on 20 photos"): occupations with a gendered form. "actor" is left out (said of women).
_ROLE_NOUN = re.compile(
    r"\b(?:(actress(?:es)?|songstress|ballerina|businesswoman|sportswoman|spokeswoman|"
    r"congresswoman|chairwoman|anchorwoman|camgirl|gravure idol|girl group|girlgroup|"
    # eleventh round: trades with a gendered form, a band of one gender, a parent's trade
    r"waitress|hostess|stewardess|heiress|frontwoman|weathergirl|weatherwoman|newswoman|"
    r"policewoman|stuntwoman|councilwoman|showgirl|girl band|girlband|[a-z]{3,12}wom[ae]n|"
    r"(?:mom|mum|mommy) (?:influencer|blogger|vlogger|youtuber))|"
    r"(businessman|sportsman|spokesman|congressman|anchorman|boyband member|boy group|"
    r"frontman|weatherman|newsman|policeman|fireman|stuntman|councilman|boy band|boyband|"
    r"strongman|"
    r"(?:dad|daddy) (?:influencer|blogger|vlogger|youtuber)))\b"
)
# A prompt line of the description that starts with the trigger and a gendered noun
# ("sks woman, lingerie", "kimtaeri girl, portrait"): the trigger's subject is that noun.
_PROMPT_NOUN = re.compile(
    r"(?:(?:a |an )?(?:photo|portrait|picture|image|closeup|close-up) of (?:a |an )?)?"
    r"[a-z0-9_]{2,40} (?:(woman|girl|lady)|(man|boy|guy))\b"
)
# The role nouns as plain substrings: a cheap test before the pattern runs.
_ROLE_WORDS = (
    "actress", "songstress", "ballerina", "swoman", "rwoman", "camgirl", "gravure idol",
    "girl group", "girlgroup", "businessman", "sportsman", "spokesman", "congressman",
    "anchorman", "boyband member", "boy group", "waitress", "hostess", "stewardess",
    "heiress", "frontwoman", "weather", "newswoman",
    "policewoman", "stuntwoman", "councilwoman", "showgirl", "girl band", "girlband",
    "frontman", "newsman", "policeman", "fireman", "stuntman", "councilman", "boy band",
    "boyband", " influencer", " blogger", " vlogger", " youtuber", "woman", "women",
    "strongman",
)  # fmt: skip
_PROMPT_WORDS = (" woman", " girl", " lady", " man", " boy", " guy")
_ROLE_GATE, _PROMPT_GATE = LiteralGate(_ROLE_WORDS), LiteralGate(_PROMPT_WORDS)  # perf14
# Nouns of other languages that say a woman or a man, folded as :func:`text.fold` folds them:
# the trades whose form says a gender, in Latin letters, from the one trades table
# (detect.trades.gendered_trades), and here the words for a woman and a man, the plural and
# case forms of those trades and the trades of other scripts: Spanish, Portuguese, French,
# Italian, German, Polish, Romanian, Turkish, Albanian, Indonesian and Malay, Tagalog,
# Vietnamese, Swahili; Cyrillic, Greek, Georgian, Armenian, Hebrew, Arabic, Devanagari,
# Bengali, Tamil and Thai script. Gender-neutral occupation words (modelo, cantante,
# penyanyi, 배우, ηθοποιος) are left out, and so are words English also uses of anyone
# (moderator, conductor, cantor, sanger).
FOREIGN_FEMALE: tuple[str, ...] = (
    *gendered_trades("female"),
    "actrices", "atrizes", "attrici", "aktres", "aktorki", "aktorke", "piosenkarki", "modelki",
    "modelle", "glumice", "wanita", "perempuan", "kadin", "zena", "femeie", "babae", "cewek",
    "актриса", "актрисы", "актрису", "актрисой", "певица", "певицы", "телеведущая",
    "женщина", "девушка", "акторка", "співачка", "жінка", "τραγουδιστρια", "γυναικα",
    "певачица", "глумица", "жена",
    # ninth round: Russian feminine trades; an article or determiner that gives a trade word
    # of either gender its gender
    "ведущая", "красавица", "спортсменка", "балерина", "танцовщица",
    "стримерша", "блогерша", "журналистка", "теннисистка", "гимнастка", "фигуристка",
    "ведуча", "la cantante", "una cantante", "la modelo", "una modelo", "la periodista",
    "una periodista", "la artista", "una artista", "una influencer",
    "una youtuber", "una streamer",
    "una tiktoker", "la tenista", "la deportista", "la atleta", "la futbolista",
    "la giornalista", "una giornalista", "la journaliste", "une journaliste", "une artiste",
    "la mannequin", "une mannequin", "une influenceur", "uma jornalista", "uma modelo",
    "uma cantante",
    # a subject pronoun with its verb: German "sie ist" (the formal "Sie" takes "sind"),
    # Spanish and Portuguese "ella es", "ela foi"
    "sie ist", "sie war", "ella es", "ella era", "ella fue", "ela e", "ela era", "ela foi",
    # Georgian ("მსახიობი ქალი", an actor woman) and Armenian
    "ქალი", "ქალბატონი", "დედოფალი", "դերասանուհի", "երգչուհի", "կին",
    # thirteenth round: adjectives said of a woman in a gendered form ("es guapa", "bellissima",
    # "красивая"; a word said of things too only after "is": "é linda"), Indonesian and Malay
    # words for a girl or a daughter ("gadis", "putri"), Vietnamese "cô gái", Swahili
    "guapa", "guapisima", "bellissima", "es hermosa", "es preciosa", "e linda", "e gata",
    "gostosa", "красивая", "красотка", "piekna", "gadis", "putri", "puteri", "co gai",
    "mwanamke",
)  # fmt: skip
FOREIGN_MALE: tuple[str, ...] = (
    *gendered_trades("male"),
    "atores", "acteurs", "attori", "aktora", "pria", "erkek", "muskarac", "barbat", "lalaki",
    "cowok",
    "актер", "актера", "актером", "певец", "певца", "телеведущий", "мужчина", "парень",
    "актор", "співак", "чоловік", "τραγουδιστης", "ανδρας",
    "певач", "глумац", "мушкарац",
    "ведущий", "спортсмен", "танцор", "журналист", "теннисист", "гимнаст", "фигурист", "ведучий",
    "el cantante", "un cantante", "il cantante", "el periodista", "il giornalista",
    "le journaliste", "er ist", "er war", "el fue", "ele e", "ele era", "ele foi",
    "კაცი", "მამაკაცი", "დერասան", "դերասան", "երգիչ", "տղամարդ",
    # thirteenth round (as above): "es guapo", "bellissimo", "красивый"; Indonesian and Malay
    # "laki-laki", "lelaki", "putra"; Vietnamese "chàng trai"; Swahili
    "guapo", "guapisimo", "bellissimo", "es hermoso", "e lindo", "e gato", "gostoso",
    "красивый", "красавец", "piekny", "laki-laki", "lelaki", "putra", "chang trai", "mwanamume",
)  # fmt: skip
# Hebrew and Arabic words take a prefix ("the", "and") joined to them: read to the word's end.
FOREIGN_FEMALE_ENDS = (
    "שחקנית", "זמרת", "דוגמנית", "אישה", "ممثلة", "مغنية", "مطربة", "عارضة",
    "مذيعة", "امرأة", "فنانة", "لاعبة", "إعلامية", "مؤثرة", "نجمة", "راقصة", "صحفية",
)  # fmt: skip
FOREIGN_MALE_ENDS = (
    "שחקן", "זמר", "דוגמן", "גבר", "ممثل", "مغني", "مطرب", "مذيع", "رجل",
    "فنان", "إعلامي", "مؤثر", "نجم", "راقص", "صحفي",
)  # fmt: skip
# Scripts whose vowel signs break word boundaries (and Thai, written without spaces): as
# substrings.
FOREIGN_FEMALE_PARTS = (
    "अभिनेत्री", "गायिका", "महिला", "অভিনেত্রী", "গায়িকা", "নারী", "นักแสดงหญิง",
    "นักร้องหญิง", "ผู้หญิง", "หญิงสาว", "ดาราสาว", "நடிகை", "பாடகி",
    "एक्ट्रेस", "हीरोइन", "लड़की", "औरत", "नर्तकी",
)  # fmt: skip
FOREIGN_MALE_PARTS = (
    "अभिनेता", "गायक", "पुरुष", "অভিনেতা", "গায়ক", "পুরুষ", "นักแสดงชาย", "นักร้องชาย",
    "ผู้ชาย", "ดาราหนุ่ม", "நடிகர்", "பாடகர்",
    "एक्टर", "लड़का", "आदमी",
)  # fmt: skip


def _folded(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words as :func:`text.fold` folds the text they are looked for in ("телеведущий" →
    "телеведущии", "إعلامية" → "اعلامية")."""
    return tuple(dict.fromkeys(fold(w) for w in words))


# What may stand before a Latin, Cyrillic or Greek noun: a space, a bracket, an elided article
# ("l'attrice"), a separator of names and tags ("lucia_ferrer_actriz", "#actriz"), a line break
# (fresh19: a line that opens on the trade, "…\nnữ ca sĩ <Name>.").
_NOUN_BEFORE = " \n\t(_'#/-,.:;|[\"«“"
_FOREIGN_NOUN = re.compile(
    rf"[{re.escape(_NOUN_BEFORE)}](?:({alternation(_folded(FOREIGN_FEMALE))})|"
    rf"({alternation(_folded(FOREIGN_MALE))}))(?![^\W_])"
    rf"|(?:({alternation(_folded(FOREIGN_FEMALE_ENDS))})|"
    rf"({alternation(_folded(FOREIGN_MALE_ENDS))}))(?!\w)"
    rf"|({alternation(_folded(FOREIGN_FEMALE_PARTS))})|"
    rf"({alternation(_folded(FOREIGN_MALE_PARTS))})"
)
# Where a match of ``_FOREIGN_NOUN`` can begin: a word of Latin, Cyrillic or Greek letters
# after one of those characters (so that "ator" is not looked at in every "creator" of a
# description), the others where they stand.
_FOREIGN_STARTS = StartFinder(
    (
        *(c + w for c in _NOUN_BEFORE for w in _folded((*FOREIGN_FEMALE, *FOREIGN_MALE))),
        *_folded(FOREIGN_FEMALE_ENDS),
        *_folded(FOREIGN_MALE_ENDS),
        *_folded(FOREIGN_FEMALE_PARTS),
        *_folded(FOREIGN_MALE_PARTS),
    )
)
FOREIGN_NAME_WEIGHT = 0.9  # in the name or a trigger word, as an English gendered word
FOREIGN_TAG_WEIGHT = 0.8  # a tag, as a gendered English tag
FOREIGN_NOUN_WEIGHT = 0.6  # in the description's opening, as an English occupation noun
NOUN_SPAN = 600  # the description's opening, where its subject is said
PROMPT_LINES = 12
# A trigger with the neutral class noun ("sks person", "ohwx person"): the trainer chose not to
# say "woman" or "man". A neutral cue: no gender vote, but it keeps the catalog prior out.
_NEUTRAL_TRIGGER = re.compile(r"\b(?!real\b)[a-z0-9_]{2,20} person\b")
# They/them/their in a description, when no gendered pronoun stands there; a "they" right after a
# plural noun speaks of it, not of a person ("negative embeddings, they wash out the details",
# "the references they sent": since round 15).
_NEUTRAL_PRONOUN = re.compile(r"\b(?:they|them|their|themselves)\b")
_PLURAL_SHAPE = re.compile(r"([a-z]+),? $")


def _after_plural(text: str, at: int) -> bool:
    """Whether the word before ``at`` (a comma between allowed) is a plural noun's shape: four
    letters or more ending in "s" but not "ss", "us", "is" ("embeddings", not "this", "class")."""
    found = _PLURAL_SHAPE.search(text[max(0, at - 24) : at])
    word = found.group(1) if found else ""
    return len(word) >= 4 and word.endswith("s") and word[-2] not in "siu"


NEUTRAL = "gender-neutral cue"
# Pronouns a person states as theirs: "they/them", "(they / them)", "pronouns: they".
_STATED_NEUTRAL = re.compile(r"\bthey ?/ ?them\b|\bpronouns:? they\b")
_TOKEN_BREAK = re.compile(r"[\s_.,;:|/()\[\]-]+")
_IS_A_FEMALE = frozenset(
    {"actress", "woman", "girl", "songstress", "lady", "businesswoman", "sportswoman"}
    | {"wife", "girlfriend", "daughter", "sister", "mother", "widow"}
)
NAME_FEMALE = (FEMALE_WORDS | FEMALE_LOAN_WORDS) - {"her", "hers", "she", "herself", "ms", "miss"}
NAME_FEMALE -= {"mrs"}
NAME_MALE = (MALE_WORDS | MALE_LOAN_WORDS) - {"he", "him", "his", "himself", "mr", "sir"}
# Gendered words of Chinese, Japanese and Korean beyond the shared lists (which also say that a
# real person is meant): a diva, a mature woman, a wife or girlfriend, a beauty; a handsome
# man, a boyfriend or husband, an uncle; the female and male idol words of Korean fandoms.
MORE_FEMALE_SCRIPT = (
    "歌姬", "歌姫", "熟女", "人妻", "老婆", "妻子", "女朋友", "少女", "美人", "미녀", "여돌",
    "아내", "여친", "グラドル",
)  # fmt: skip
MORE_MALE_SCRIPT = (
    "男神", "小哥哥", "大叔", "老公", "男朋友", "美男", "미남", "남돌", "남친",
    "아저씨", "彼氏",
)  # fmt: skip
# Kinship words of the name and trigger words beyond the shared lists ("grandma (memorial)",
# "nonna", "abuelo"): who the subject is to the uploader.
KIN_NAME_FEMALE = frozenset(
    (
        "grandma", "grandmother", "granny", "grandmom", "nana", "aunt", "auntie", "niece", "mum",
        "mommy", "mama", "stepmom", "stepmother", "stepsister", "fiancee", "bride", "wifey",
        "abuela", "nonna", "oma", "babcia", "esposa", "novia", "namorada", "moglie", "fidanzata",
        "copine", "ehefrau", "freundin",
    )
)  # fmt: skip
KIN_NAME_MALE = frozenset(
    (
        "grandpa", "grandfather", "granddad", "grandad", "gramps", "uncle", "nephew", "daddy",
        "papa", "hubby", "stepdad", "stepfather", "stepbrother", "fiance", "groom", "abuelo",
        "nonno", "opa", "dziadek", "esposo", "novio", "namorado", "marito", "fidanzato",
        "copain", "ehemann",
    )
)  # fmt: skip
NAME_FEMALE |= KIN_NAME_FEMALE
NAME_MALE |= KIN_NAME_MALE
# A pack's people of one gender ("Actresses pack", "The Vellisand sisters")
NAME_FEMALE |= {"actresses", "sisters", "daughters"}
NAME_MALE |= {"brothers", "gentlemen"}
# A kinship word of the name after these words speaks of someone beside the subject ("Theo
# Marsh and his sister", "with girlfriend"); a possessive among them is the subject's own.
_BESIDE = frozenset({"his", "her", "their", "with", "and", "und", "con", "mit", "avec", "y", "et"})
_BESIDE_OWN = {"his": "male", "her": "female"}
_KIN_WORDS = frozenset(
    {
        *KIN_NAME_FEMALE,
        *KIN_NAME_MALE,
        *("wife", "girlfriend", "gf", "sister", "daughter", "mother", "mom"),
        *("husband", "boyfriend", "bf", "brother", "son", "father", "dad"),
        *("sisters", "daughters", "brothers"),
    }
)
_SCRIPT_TERMS = tuple(
    (t, "female") for t in dict.fromkeys((*FEMALE_SCRIPT_TERMS, *MORE_FEMALE_SCRIPT))
) + tuple((t, "male") for t in dict.fromkeys((*MALE_SCRIPT_TERMS, *MORE_MALE_SCRIPT)))


class GenderWords:
    name: ClassVar[str] = "gender_words"
    version: ClassVar[str] = "32"
    fields: ClassVar[tuple[str, ...]] = ("name", "trained_words", "description")

    def hits(self, record: object) -> list[Hit]:
        sig = f"{self.name}@{self.version}"
        out: list[Hit] = []
        short = [("name", view(record).name)]
        short += [("trained_words", w) for w in view(record).trained_words[:12]]
        quoted: frozenset[str] | None = None
        for field, text in short:
            titled = _titles_before_names(text) if _TITLE_HINT.search(text) else {}
            for word, value in _gender_words_of(text):
                if quoted is None:
                    quoted = _quoted_title_words(description_of(record)[:NOUN_SPAN], text)
                if word in quoted and word not in titled:
                    continue  # a word of a work's title ("Ballad of the Salt Queen"), no subject
                if word in titled:  # "Lady Evangeline Thorpe": the named one's, maybe a role's
                    out.append(
                        Hit(sig, "gender", HONORIFIC_WEIGHT, field, titled[word], value=value,
                            note=HONORIFIC_NOTE)
                    )  # fmt: skip
                else:
                    out.append(Hit(sig, "gender", 0.9, field, word, value=value))
        v = view(record)
        fields = (
            ("name", v.name_folded, FOREIGN_NAME_WEIGHT),
            *(("trained_words", w, FOREIGN_NAME_WEIGHT) for w in v.trained_folded[:12]),
            *(("tags", t, FOREIGN_TAG_WEIGHT) for t in v.tags),
        )
        # one test of every short text at once first: most records hold no such noun
        if foreign_nouns(" | ".join(text for _, text, _ in fields)):
            for field, text, weight in fields:
                for noun, value in foreign_nouns(text)[:1]:
                    out.append(Hit(sig, "gender", weight, field, noun, value=value))
        raw_tags = (getattr(record, "tags", ()) or ())[:TAGS_MAX]  # unfolded: NFKD splits hangul
        script = [*short, *(("tags", t[:TAG_LIMIT]) for t in raw_tags if isinstance(t, str))]
        script.append(("description", view(record).description[:500]))
        for field, text in script:
            for term, value in _script_terms_of(text):
                # a gendered word the uploader chose for the name or a tag (女明星, 여배우)
                # outweighs a guess from a script given name's characters (0.6)
                weight = 0.5 if field == "description" else 1.0
                out.append(Hit(sig, "gender", weight, field, term, value=value))
        out.extend(_description_first_names(sig, description_of(record)[:300]))
        out.extend(_handle_owner(sig, description_of(record)[:300]))
        out.extend(_real_names(sig, view(record).name, description_of(record)[:300]))
        head = folded_description(record, 300)
        role = next(finditer_at(_IS_A, head, _IS_A_STARTS.starts(head)), None)
        if role:
            word = role.group(1)
            value = "female" if word in _IS_A_FEMALE else "male"
            weight = 0.9
            if word == "actor":  # said of women too: "She is an actor and model"
                before = head[max(0, role.start() - 4) : role.start()]
                if before.endswith("she "):
                    value = "female"
                elif not before.endswith("he "):
                    weight = ACTOR_WEIGHT
            out.append(
                Hit(sig, "gender", weight, "description", role.group(0), value=value, note="is a …")
            )
        lone = (
            _lone_first_names(sig, short)
            or _indic_title_name(sig, view(record).name)
            or _script_title_name(sig, view(record).name)
            or _catalogue_order_name(sig, view(record).name)
        )
        if not lone:  # a collection's version named after its subject ("Odile Marchetti")
            versions = (getattr(record, "version_names", ()) or ())[:VERSIONS_READ]
            lone = _version_first_names(
                sig, [v[:SHORT_LIMIT] for v in versions if isinstance(v, str)]
            )
        if not lone:  # a Hugging Face tag naming the person ("person:noemi-yarraskell")
            named = [t[7:].replace("-", " ") for t in raw_tags[:TAGS_MAX] if _person_tag(t)]
            lone = _lone_first_names(sig, [("tags", t[:SHORT_LIMIT]) for t in named[:2]])
        out.extend(lone)
        out.extend(_first_name_triggers(sig, view(record).trained_words[:4]))
        text = folded_description(record, 2000)
        nouns = _description_nouns(sig, text)
        out.extend(nouns)
        if not any(h.note == "occupation" for h in nouns):
            out.extend(_sexed_trade(sig, text[:NOUN_SPAN], description_of(record)[:NOUN_SPAN]))
        out.extend(_example_prompt_nouns(sig, text))
        out.extend(_kin_cue(sig, text[:NOUN_SPAN]))
        out.extend(_apposed_relation(sig, text[:NOUN_SPAN]))
        she, he = _pronoun_counts(text)
        if role is None and not she:  # "Korean actor. Fans say her best role …": hers
            common = _common_trade(sig, head)
            if not common and not any(
                h.field != "description" for h in out if h.aspect == "gender"
            ):
                raw = " ".join((view(record).name, *(t for t in raw_tags if isinstance(t, str))))
                common = _common_script_trade(sig, raw[:SHORT_LIMIT], head)
            out.extend(common)
        own = frozenset(w for _, t in short for w in words(t.replace("_", " ")))
        relations, relative = _relation_cues(sig, text[:NOUN_SPAN], own)
        out.extend(relations)
        if relative == "female":  # "with his wife. She …": her pronouns are not his
            she = 0
        elif relative == "male":
            he = 0
        out.extend(_neutral_cues(sig, short, text, she + he))
        opening = description_of(record)[:SUBJECT_SPAN]
        # the folded opening holds a word that may be a pronoun of another language (one scan
        # shared with the other finders): then the unfolded opening is read for one
        foreign = bool(_FOREIGN_PRONOUN_STARTS.starts(text[:SUBJECT_SPAN]))
        if she or he or (foreign and _foreign_pronoun(opening) is not None):
            out.extend(_subject_pronoun(sig, opening, foreign=foreign))
        texts = [("name", view(record).name)]
        if _HONORIFIC_STARTS.starts(text[:SUBJECT_SPAN]) or " 양" in opening or " 군" in opening:
            texts.append(("description", opening))
        out.extend(_honorifics(sig, texts))
        out.extend(_named_titles(sig, [("name", view(record).name), ("description", opening)]))
        if she > he:
            out.append(
                Hit(
                    sig,
                    "gender",
                    min(0.9, 0.3 + 0.1 * (she - he)),
                    "description",
                    f"{she} female pronouns",
                    value="female",
                )
            )
        elif he > she:
            out.append(
                Hit(
                    sig,
                    "gender",
                    min(0.9, 0.3 + 0.1 * (he - she)),
                    "description",
                    f"{he} male pronouns",
                    value="male",
                )
            )
        return out


SUBJECT_SPAN = 400  # the description's opening, where a pronoun of its named subject stands
SUBJECT_PRONOUN_WEIGHT = 0.3
# An English pronoun as a whole word, capitalised or not (group 1: female).
_ANY_PRONOUN = re.compile(r"\b(?:(she|her|hers|herself)|he|him|his|himself)\b", re.IGNORECASE)
# A dot with a letter or digit right after it ends no sentence: it stands inside a handle or a
# domain ("juniper.jogs", "site.com"), a version ("1.5").
_SENTENCE_END = re.compile(r"[.!?](?![^\W_])|[。！？\n]")


# Subject pronouns of other languages (group 1 or 3: female): Russian, Ukrainian, French,
# Spanish, Portuguese, Italian "lui", Dutch; Chinese, Korean and Japanese. Not German "sie"
# (also "they" and the polite "you") nor "er", nor Italian "lei" (a Chinese given name). A Latin
# one followed by a capitalised word is a name ("Ella Vellisand"), and French "il" of "il y a",
# "il faut", "il est conseillé" is no one. 他 of 其他 ("other"), 他们 ("they"), 吉他 is not.
_FOREIGN_PRONOUN = re.compile(
    r"(?i:\b(она|вона|elle|ella|ela|zij)\b|"
    r"\b(он|він|él|lui|ele|hij|il(?! y\b| faut\b| suffit\b| vaut\b| est (?:conseill|"
    r"recommand|d[ée]conseill|possible|pr[ée]f[ée]rable|mieux|important|n[ée]cessaire)))\b)"
    r"(?! [A-Z])"
    r"|(她|그녀|彼女)"
    r"|((?<![其吉])他(?![们們人])|(?<![가-힣])그(?:는|가|의)(?![가-힣])|彼(?=[はがのもを]))"
)
_FOREIGN_FEMALE = frozenset({1, 3})


# A cheap test first, starting with a character class (the regex engine skips to those
# letters): a word that may be one of those pronouns.
_FOREIGN_PRONOUN_HINT = re.compile(
    r"[EeIiLlZzHhÉéОоВв](?<![^\W_].)(?i:lle|lla|la|le|l|ui|ij|на|н|она|ін)(?![^\W_])|[她他그彼]"
)


_FOREIGN_PRONOUN_WORDS = (
    "elle", "ella", "ela", "ele", "lui", "zij", "hij", "il", "él", "она", "он", "вона", "він",
)  # fmt: skip
# Where such a pronoun may stand in the folded description: after a space or a tag's end.
_FOREIGN_PRONOUN_STARTS = StartFinder(
    (
        *(c + fold(w) + e for c in " >" for w in _FOREIGN_PRONOUN_WORDS for e in " ,."),
        *("她", "他", "그", "彼"),
    )
)
# Words of address before a given name that say a woman or a man (fifteenth round), written
# without their marks: Filipino Ate / Kuya (elder sister / brother), Indonesian and Javanese
# Mbak / Mas, Ibu / Pak, Bapak; Sundanese Teh / Kang, Malay Puan / Encik, Tuan, Abang;
# Portuguese Dona; Yoruba Arábìnrin, Ìyáàfin / Ọ̀gbẹ́ni; Hausa Mallam; Swahili Bwana. Counted as
# an honorific: only when the name after it is the finding's target.
ADDRESS_FEMALE = ("ate", "mbak", "ibu", "teh", "puan", "dona", "arabinrin", "iyaafin")
ADDRESS_MALE = (
    "kuya",
    "mas",
    "pak",
    "bapak",
    "kang",
    "encik",
    "tuan",
    "abang",
    "ogbeni",
    "mallam",
    "bwana",
)
_ADDRESS = re.compile(
    rf"(?<![^\W_])(?:(?i:({'|'.join(ADDRESS_FEMALE)}))|(?i:{'|'.join(ADDRESS_MALE)}))"
    r" ([A-Z][^\W\d_]+(?:[ _-][A-Z][^\W\d_]+)?)"
)
_ADDRESS_HINT = LiteralGate(tuple(w + " " for w in (*ADDRESS_FEMALE, *ADDRESS_MALE)))


def _unmarked(text: str) -> str:
    """The text without its combining marks ("Ọ̀gbẹ́ni" → "Ogbeni"), case kept."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# Where an honorific may stand in the folded description.
_HONORIFIC_STARTS = StartFinder(
    tuple(
        c + w
        for c in " >("
        for w in (
            *("mrs", "mr ", "mr.", "ms ", "ms.", "miss ", "madame", "mme", "mlle", "senor"),
            *("sra ", "sra.", "srta", "signor", "sir ", "monsieur", "mister ", "sr ", "sr."),
            *("herr ", "lord ", "dame ", "duchess", "countess", "baron", "princ", "duke "),
            *(w + " " for w in (*ADDRESS_FEMALE, *ADDRESS_MALE)),
        )
    )
)


def _foreign_pronoun(head: str) -> re.Match[str] | None:
    """The first pronoun of ``_FOREIGN_PRONOUN`` in an unfolded text."""
    hint = _FOREIGN_PRONOUN_HINT.search(head)
    return None if hint is None else _FOREIGN_PRONOUN.search(head, hint.start())


def _subject_pronoun(sig: str, head: str, *, foreign: bool = True) -> list[Hit]:
    """The description's first pronoun when the sentence before it, or its own, names
    someone with a capitalised pair ("Quentin Marlowe, the actor. He was requested by many"):
    the pronoun speaks of that person. The hit's text is the words before the pronoun, from
    the start of the sentence before; :func:`findings.decide_gender` counts it only when
    they hold the finding's target, and then the subject's own pronoun outweighs generic
    tags of the other gender."""
    found = _ANY_PRONOUN.search(head)
    female = found is not None and found.group(1) is not None
    other = _foreign_pronoun(head[: found.start()] if found else head) if foreign else None
    if other is not None:  # an earlier pronoun of another language
        found, female = other, other.lastindex in _FOREIGN_FEMALE
    if found is None:
        return []
    ends = [m.end() for m in _SENTENCE_END.finditer(head, 0, found.start())]
    # the start of the sentence before the pronoun's own (the dot of an initial or "Dr." too)
    start = ends[-2] if len(ends) >= 2 else 0
    before = head[start : found.start()].strip()[-160:]
    if not before or (_CAPITALISED_PAIR.search(before) is None and not HAS_SCRIPT.search(before)):
        return []
    value = "female" if female else "male"
    return [
        Hit(
            sig,
            "gender",
            SUBJECT_PRONOUN_WEIGHT,
            "description",
            before,
            value=value,
            note=SUBJECT_PRONOUN_NOTE,
        )
    ]


# An honorific or a title before a name: "Mrs. <Name>", "Ms <Name>", "Madame", "Señora",
# "Signorina", "Dame", "Duchess"; "Mr", "Sir", "Monsieur", "Señor", "Herr", "Lord", "Duke"
# (group 1: female). Korean 양 (a young woman) and 군
# (a young man) after a name; 씨 and Japanese さん say no gender and are not read.
_NAME_AFTER = r"\.? ([A-Z\u00c0-\u00de][^\W\d_]+(?:[ _-][A-Z\u00c0-\u00de][^\W\d_]+)?)"
_HONORIFIC = re.compile(
    r"(?<![^\W_])(?:(?i:(mrs|ms|miss|madame|mme|mlle|mademoiselle|se[nñ]ora|se[nñ]orita|sra|"
    r"srta|signora|signorina|dame|duchess|countess|baroness|princess))|"
    r"(?i:mr|sir|monsieur|mister|se[nñ]or|sr|signor|herr|lord|duke|baron|prince))" + _NAME_AFTER
)
_KO_HONORIFIC = re.compile(
    r"([\uac00-\ud7a3]{2,5}|[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){0,2}) (?:(양)|군)(?![\uac00-\ud7a3])"
)
# A cheap test first, starting with a character class: a word that may be an honorific.
_HONORIFIC_HINT = re.compile(
    r"[MmSsHhLlDdCcBbPp](?<![^\W_][MmSsHhLlDdCcBbPp])"
    r"(?i:(?:rs?|s|iss|me|lle|ir|ister|r|ra|rta|err|ord|ame|uke|aron)\b|adame|ademoiselle|"
    r"onsieur|e[nñ]or|ignor|uchess|ountess|aroness|rince)"
)
HONORIFIC_WEIGHT = 0.8  # as a gendered tag, once the name after it is the target's
# A gendered title of rank written before a capitalised name in the name or a trigger ("Lady
# Evangeline Thorpe (The Harrow Ledger) - <actor>", "Prince Aurel"): an honorific of the one
# named, who may be a role the target plays; counted like the honorifics above, only when that
# name is the target's (or no target is found). A title alone ("drag queen", "lady portrait")
# stays a gendered word.
_TITLE_HINT = re.compile(r"(?i:lady|princess|queen|king|prince)\b")
_TITLE_BEFORE_NAME = re.compile(r"(?<![^\W_])(?i:(lady|princess|queen|king|prince))" + _NAME_AFTER)


# A chess title only women hold before a name ("WGM <Name>": Woman Grandmaster, Woman
# International Master, Woman FIDE Master, Woman Candidate Master), and a Malay patronym
# ("<Given> binti <Father>": daughter of, "<Given> bin <Father>": son of): said of the one
# named, counted like an honorific (only when that name is the target's, or no target is found).
_NAMED_TITLE_HINT = re.compile(r"W[GIFC]M\b|\bbin(?:ti)? [A-Z]")
_WOMAN_TITLE = re.compile(r"(?<![^\W_])W[GIFC]M" + _NAME_AFTER)
_MALAY_PATRONYM = re.compile(
    r"(?<![^\W_])[A-Z][a-z]{1,15}(?: [A-Z][a-z]{1,15})? (?:(binti)|bin) [A-Z][a-z]{2,20}"
)


def _named_titles(sig: str, texts: list[tuple[str, str]]) -> list[Hit]:
    """A woman's chess title or a Malay patronym (see above) in each text: one hit each."""
    out = []
    for field, text in texts:
        if _NAMED_TITLE_HINT.search(text) is None:
            continue
        title = _WOMAN_TITLE.search(text)
        patronym = _MALAY_PATRONYM.search(text)
        for match, value in (
            (title, "female"),
            (patronym, "female" if patronym and patronym.group(1) else "male"),
        ):
            if match is not None:
                out.append(
                    Hit(sig, "gender", HONORIFIC_WEIGHT, field, match.group(0), value=value,
                        note=HONORIFIC_NOTE)
                )  # fmt: skip
    return out


def _titles_before_names(text: str) -> dict[str, str]:
    """The title words (folded) of a short text written before a name, each with the title
    and the name as written ("lady": "Lady Evangeline Thorpe")."""
    return {m.group(1).lower(): m.group(0) for m in _TITLE_BEFORE_NAME.finditer(text[:SHORT_LIMIT])}


def _honorifics(sig: str, texts: list[tuple[str, str]]) -> list[Hit]:
    """The first honorific before a name in each text; :func:`findings.decide_gender` counts
    it only when that name is the finding's target."""
    out = []
    for field, text in texts:
        hint = _HONORIFIC_HINT.search(text)
        found = None if hint is None else _HONORIFIC.search(text, hint.start())
        korean = _KO_HONORIFIC.search(text) if " 양" in text or " 군" in text else None
        plain = _unmarked(text[:SHORT_LIMIT])
        address = _ADDRESS.search(plain) if _ADDRESS_HINT(plain.lower()) else None
        for match in (found, korean, address):
            if match is not None:
                value = "female" if match.group(1 if match is not korean else 2) else "male"
                out.append(
                    Hit(sig, "gender", HONORIFIC_WEIGHT, field, match.group(0), value=value,
                        note=HONORIFIC_NOTE)
                )  # fmt: skip
    return out


def _neutral_cues(sig: str, short: list[tuple[str, str]], text: str, gendered: int) -> list[Hit]:
    """One hit of value ``unknown`` for a gender-neutral cue: a trigger with the class noun
    "person", or they/them pronouns in a description without a gendered one."""
    for field, value in short:
        trigger = _neutral_trigger(value[:TAG_LIMIT]) if "erson" in value else None
        if trigger:
            return [Hit(sig, "gender", 0.0, field, trigger, value="unknown", note=NEUTRAL)]
    head = text[:NOUN_SPAN]
    if "they" in head:
        stated = _STATED_NEUTRAL.search(head)
        if stated:  # "(they/them)": the person's own pronouns
            return [
                Hit(sig, "gender", 0.0, "description", stated.group(0), value="unknown",
                    note=STATED_NEUTRAL_NOTE)
            ]  # fmt: skip
    if not gendered and ("they" in head or "them" in head or "their" in head):
        found = next(
            (
                m
                for m in _NEUTRAL_PRONOUN.finditer(head)
                if m.group(0) != "they" or not _after_plural(head, m.start())
            ),
            None,
        )
        if found:
            return [
                Hit(
                    sig, "gender", 0.0, "description", found.group(0), value="unknown", note=NEUTRAL
                )
            ]
    return []


@lru_cache(maxsize=65536)
def _neutral_trigger(text: str) -> str | None:
    found = _NEUTRAL_TRIGGER.search(text.lower())
    return found.group(0) if found else None


def _common_trade(sig: str, head: str) -> list[Hit]:
    """A weak male vote for "actor", the subject's trade in the description's opening
    (:data:`COMMON_TRADE_WEIGHT`); none when "actress" stands there too. (In the title or a tag,
    "actor" is already a gendered word of its own: see ``vocab.MALE_WORDS``.)"""
    if "actor" in head and "actress" not in head and _ACTOR_WORD.search(head):
        return [
            Hit(sig, "gender", COMMON_TRADE_WEIGHT, "description", "actor", value="male",
                note=COMMON_TRADE_NOTE)
        ]  # fmt: skip
    return []


# "female tennis player Orla Kescourt", "a male model": the adjective of a gender before the
# subject's trade (any trade of the one trades table, up to two words between: "female
# professional tennis player"); and a class noun written before a handle or a capitalised
# whole name ("lora of TikTok girl @the.noemi.show", "the woman Orla Kescourt"): its apposition.
_ALL_TRADES = alternation(tuple(fold(w) for w in (*trade_words(art=False), *trade_words(art=True))))
_SEXED_TRADE = re.compile(rf"\b(?:(female)|male) (?:[a-z-]{{2,15}} ){{0,2}}?(?:{_ALL_TRADES})\b")
_SEXED_TRADE_GATE = LiteralGate(("male ",))
_CLASS_BEFORE_NAME = re.compile(
    r"(?<![^\W_])(?:(girl|woman|lady)|(?:boy|man|guy)) "
    r"(?:@[\w.]{2,30}|[A-Z][^\W\d_]{1,15} [A-Z][^\W\d_]{1,20})"
)
_CLASS_GATE = LiteralGate(("girl ", "woman ", "lady ", "boy ", "man ", "guy "))
APPOSED_CLASS_WEIGHT = 0.6  # as an occupation noun of the description


def _sexed_trade(sig: str, folded: str, head: str) -> list[Hit]:
    """A gender said of the subject's trade or apposed to its name (see above): one hit."""
    found = _SEXED_TRADE.search(folded) if _SEXED_TRADE_GATE(folded) else None
    if found is None and _CLASS_GATE(head.lower()):
        found = _CLASS_BEFORE_NAME.search(head)
    if found is None:
        return []
    value = "female" if found.group(1) else "male"
    return [
        Hit(sig, "gender", APPOSED_CLASS_WEIGHT, "description", found.group(0), value=value,
            note="occupation")
    ]  # fmt: skip


# "actor" as other languages write its unmarked form, beside a separate feminine one (女優 beside
# 俳優, skuespillerinde beside skuespiller): the same weak male vote as "actor", read in the name,
# the tags and the description's opening, only where no other word of gender stands there.
COMMON_TRADES_OTHER = ("俳優", "skuespiller")
_FEMININE_OF_COMMON = ("女優", "skuespillerin")


def _common_script_trade(sig: str, short: str, head: str) -> list[Hit]:
    texts = (short.casefold(), head)
    for word in COMMON_TRADES_OTHER:
        if any(word in t for t in texts) and not any(
            f in t for t in texts for f in _FEMININE_OF_COMMON
        ):
            return [
                Hit(sig, "gender", COMMON_TRADE_WEIGHT, "description", word, value="male",
                    note=COMMON_TRADE_NOTE)
            ]  # fmt: skip
    return []


def _description_nouns(sig: str, text: str) -> list[Hit]:
    """The first gendered occupation noun of a folded description, and the first prompt line
    naming its subject's gender (at most one hit each)."""
    out = []
    head = text[:NOUN_SPAN]
    role = None
    if _ROLE_GATE(head):
        # the first trade that is not a relative's ("husband of the actress …")
        role = next((m for m in _ROLE_NOUN.finditer(head) if not _relative_before(head, m)), None)
    prompt = None
    if _PROMPT_GATE(head):
        lines = head.splitlines()[:PROMPT_LINES]
        prompt = next((m for m in map(_PROMPT_NOUN.match, lines) if m), None)
    for found, weight, note in ((role, 0.6, "occupation"), (prompt, 0.5, "prompt")):
        if found:
            value = "female" if found.group(1) else "male"
            out.append(
                Hit(sig, "gender", weight, "description", found.group(0), value=value, note=note)
            )
    if role is None:
        foreign = foreign_nouns_in(head)
        if foreign and _played_noun(head, foreign[0][0]):
            foreign = ()  # the trade of a role played ("portrayal of a stuntwoman")
        if foreign:
            noun, value = foreign[0]
            out.append(
                Hit(
                    sig,
                    "gender",
                    FOREIGN_NOUN_WEIGHT,
                    "description",
                    noun,
                    value=value,
                    note="occupation",
                )
            )
    return out


# The example prompts of a model's preview images (store/normalize.py appends them to the
# description as "Example prompt: …" lines): a class noun written after a word of the prompt
# ("photo of <name> woman", "<name> as a woman", "a man in a suit") says the subject's gender;
# one set off by commas ("<name>, 1girl, woman") is a tag, often the uploader's boilerplate,
# and is not read. A vote only when every such noun is of one side.
# (minor19: the prompt may also stand on the line after its heading: "example prompt:\n<prompt>")
_PROMPT_HEAD = "example prompt:"


def _prompt_start(text: str, at: int) -> int:
    """Where the next example prompt from ``at`` begins, or -1: its heading when a space follows
    it (the line is read whole), the next line when a line break does."""
    head = text.find(_PROMPT_HEAD, at)
    while head >= 0:
        after = head + len(_PROMPT_HEAD)
        if text.startswith(" ", after):
            return head
        if text.startswith("\n", after):
            return after + 1
        head = text.find(_PROMPT_HEAD, after)
    return -1


_EXAMPLE_PROMPT_NOUN = re.compile(
    r"(?:[a-z]{2}|\ban?) (?:(woman|girl|lady)|(man|boy|guy|gentleman))\b"
)
EXAMPLE_PROMPTS_READ = 3
EXAMPLE_PROMPT_CHARS = 320
EXAMPLE_PROMPT_WEIGHT = 0.5  # as a prompt line of the description


def _example_prompt_nouns(sig: str, text: str) -> list[Hit]:
    """One vote from the class nouns of the example prompts (see above), else none."""
    if _PROMPT_HEAD not in text:
        return []
    sides: dict[str, str] = {}
    start = _prompt_start(text, 0)
    for _ in range(EXAMPLE_PROMPTS_READ):
        if start < 0:
            break
        end = text.find("\n", start)
        line = text[start : end if end >= 0 else len(text)][:EXAMPLE_PROMPT_CHARS]
        for m in _EXAMPLE_PROMPT_NOUN.finditer(line):
            sides.setdefault("female" if m.group(1) else "male", m.group(0))
        start = _prompt_start(text, start + 1)
    if len(sides) != 1:
        return []
    ((value, noun),) = sides.items()
    return [
        Hit(sig, "gender", EXAMPLE_PROMPT_WEIGHT, "description", noun, value=value, note="prompt")
    ]


# A relation to someone else that a trade word after it may belong to: "husband of the actress
# …", "married to singer …", "his girlfriend, the actress …".
_RELATION_BEFORE = re.compile(
    r"\b(?:wife|husband|girlfriend|boyfriend|fiancee?|partner|spouse|widow|widower|daughter|"
    r"son|sister|brother|mother|father|married to|dating|engaged to)\b[^.;:!?\n]{0,30}$"
)
RELATION_REACH = 45
# "X, husband of …", "the wife of …": the relation noun is the subject's (0.6); "his wife",
# "her husband": the possessive is the subject's, and the pronouns of the other gender in the
# text may be the relative's.
_KIN_OF = re.compile(
    r"\b(?:(wife|girlfriend|daughter|sister|mother|widow|fiancee|granddaughter|niece|"
    r"stepdaughter)|"
    r"(husband|boyfriend|son|brother|father|widower|fiance|grandson|nephew|stepson)) of\b"
)
_WORD_BEFORE = " \n\t(\"'“«[,.:;/-"  # what stands before a word (see _KIN_STARTS)
_POSSESSIVE_KIN = re.compile(
    rf"[{re.escape(_WORD_BEFORE)}]?\b(his|her) "
    r"(?:(?:late|beloved|dear|lovely|beautiful|own|former|ex|new) ){0,2}"
    r"(?:(wife|girlfriend|gf|fiancee|daughter|sister|mother|mom)|"
    r"(husband|boyfriend|bf|fiance|son|brother|father|dad))\b"
)
_KIN_OF_STARTS = StartFinder(
    tuple(
        f"{w} of"
        for w in (
            *("wife", "girlfriend", "daughter", "sister", "mother", "widow", "fiancee"),
            *("husband", "boyfriend", "son", "brother", "father", "widower", "fiance"),
            *("granddaughter", "niece", "stepdaughter", "grandson", "nephew", "stepson"),
        )
    )
)
_POSSESSIVE_STARTS = StartFinder(  # not "this ", "other "
    tuple(c + w for c in _WORD_BEFORE for w in ("his ", "her "))
)
RELATION_WEIGHT = 0.6


# A relation noun after an article, in apposition to the subject: set off by a comma, a dash, a
# bracket or a colon ("<Name> — the older sister in the acting family", "<Name>, a grandmother
# of five"): the subject is that relative. Not "with the sister", "his sister", "is a sister"
# (read by ``_IS_A``), "an army wife portrait style".
APPOSED_FEMALE = (
    "sister", "mother", "grandmother", "daughter", "granddaughter", "stepdaughter", "wife",
    "widow", "aunt", "niece", "fiancee", "girlfriend", "stepmother",
)  # fmt: skip
APPOSED_MALE = (
    "brother", "father", "grandfather", "son", "grandson", "stepson", "husband", "widower",
    "uncle", "nephew", "fiance", "boyfriend", "stepfather",
)  # fmt: skip
_APPOSED_STARTS = StartFinder((*APPOSED_FEMALE, *APPOSED_MALE))
_APPOSED_NOUN = re.compile(rf"(?:({alternation(APPOSED_FEMALE)})|{alternation(APPOSED_MALE)})\b")
_ARTICLE_BEFORE = re.compile(r"[,—–(:-] ?(?:the|a|an) (?:[a-z-]{1,15} ){0,2}$")


def _apposed_relation(sig: str, head: str) -> list[Hit]:
    """The first relation noun in apposition to the subject in a folded opening (see above)."""
    for at in _APPOSED_STARTS.starts(head):
        if at < 2 or head[at - 1] != " ":
            continue  # inside a word ("person", "season")
        noun = _APPOSED_NOUN.match(head, at)
        article = _ARTICLE_BEFORE.search(head, max(0, at - 40), at) if noun else None
        if noun is None or article is None:
            continue
        value = "female" if noun.group(1) else "male"
        text = head[article.start() : noun.end()].lstrip(_WORD_BEFORE + "—–-")
        return [
            Hit(sig, "gender", RELATION_WEIGHT, "description", text, value=value, note="relation")
        ]
    return []


def _relation_hit(sig: str, text: str, value: str) -> Hit:
    return Hit(
        sig,
        "gender",
        RELATION_WEIGHT,
        "description",
        text.lstrip(_WORD_BEFORE),
        value=value,
        note="relation",
    )


def _from_start(starts: list[int]) -> list[int]:
    """Starts found with a space before the word, and the text's start (no space before)."""
    return starts if starts[:1] == [0] else [0, *starts]


def _relative_before(head: str, match: re.Match[str]) -> bool:
    """Whether a trade word follows a relation to someone else in its clause, or names a role
    played ("portrayal of a stuntwoman", "plays a policewoman"): the role's gender."""
    start = match.start()
    return (
        _RELATION_BEFORE.search(head, max(0, start - RELATION_REACH), start) is not None
        or _PLAYED_BEFORE.search(head, max(0, start - RELATION_REACH), start) is not None
    )


def _played_noun(head: str, noun: str) -> bool:
    """Whether a noun's first place in the text follows a role played (see below)."""
    start = head.find(noun)
    before = (
        _PLAYED_BEFORE.search(head, max(0, start - RELATION_REACH), start) if start > 0 else None
    )
    return before is not None


# A role played, before a trade word in its clause ("<Name>'s portrayal of a silent-film
# stuntwoman", "plays a waitress", "cast as the heiress", "in the role of"): the trade is the
# role's, whose gender need not be the actor's.
_PLAYED_BEFORE = re.compile(
    r"\b(?:portray(?:s|ed|ing|al)?|play(?:s|ed|ing)?|cast as|role of|roles? as|starring as)"
    r"\b[^.;:!?\n]{0,30}$"
)


_NEXT_WORD = re.compile(r"[ ,:]*(\w+)")
_APPOSED_BEFORE = re.compile(r"(\w+) ?[,—–-] ?$")


def _relation_cues(
    sig: str, head: str, subject: frozenset[str] = frozenset()
) -> tuple[list[Hit], str | None]:
    """Hits for "husband of …" and "his wife" in a folded description's opening, and the
    gender whose pronouns may be someone else's (the relative of "his wife" is a woman).

    ``subject`` holds the words of the model's name and trigger words: a relative named by
    one of them ("a client — his fiancée Isaura" of "Commission: Isaura") is the subject, and
    the possessive is the other person's."""
    out = []
    other = None
    if " of" in head:
        found = next(finditer_at(_KIN_OF, head, _KIN_OF_STARTS.starts(head)), None)
        if found:
            value = "female" if found.group(1) else "male"
            out.append(_relation_hit(sig, found.group(0), value))
    if "his " in head or "her " in head:
        starts = _from_start(_POSSESSIVE_STARTS.starts(head))
        found = next(finditer_at(_POSSESSIVE_KIN, head, starts), None)
        if found:
            value = "male" if found.group(1) == "his" else "female"
            kin = "female" if found.group(2) else "male"
            after = _NEXT_WORD.match(head, found.end())
            named = after.group(1) if after and after.group(1) in subject else None
            if named is None:
                # "Colette, his fiancée": the subject named before, the relation in apposition
                before = _APPOSED_BEFORE.search(head[max(0, found.start() - 40) : found.start()])
                named = before.group(1) if before and before.group(1) in subject else None
            if named is not None:  # the relative is the model's subject
                out.append(_relation_hit(sig, f"{found.group(0)} {named}", kin))
                if kin != value:
                    other = value
            else:
                out.append(_relation_hit(sig, found.group(0), value))
                if kin != value:
                    other = kin
    return out, other


@lru_cache(maxsize=65536)
def foreign_nouns(folded: str) -> tuple[tuple[str, str], ...]:
    """(noun, gender) for the gendered nouns of other languages in a short folded text (a
    name, a trigger word, a tag), in order."""
    if (
        folded.isascii()
        and _ASCII_FOREIGN_WORDS.isdisjoint(_ASCII_WORD.findall(folded))
        and _ASCII_FOREIGN_PHRASE.search(folded) is None
        and not _AGREEING_GATE(folded)
    ):
        return ()  # a cheap test first: most names, triggers and tags hold none
    return foreign_nouns_in(" " + folded)


def foreign_nouns_in(folded: str) -> tuple[tuple[str, str], ...]:
    """The same for a folded description's opening (a word at its very start is not read);
    else a trade of either gender with an adjective that agrees with it (below)."""
    found = tuple(
        (m.group(m.lastindex or 0), "female" if m.lastindex in _FEMALE_GROUPS else "male")
        for m in finditer_at(_FOREIGN_NOUN, folded, _FOREIGN_STARTS.starts(folded))
    )
    return found or _agreeing_trade(folded)


# A Spanish, Portuguese or Italian trade of either gender (cantante, periodista, jornalista, in
# the one trades table) followed by an adjective, whose ending agrees with the person: -a a
# woman, -o a man ("cantante lírica", "periodista deportivo", "tenista argentina").
_ROMANCE = frozenset({"es", "pt", "it"})
_EPICENE = tuple(
    dict.fromkeys(
        fold(t.word) for t in TRADES if t.language in _ROMANCE and not t.gender and t.word.isalpha()
    )
)
_AGREEING = re.compile(
    rf"(?<![a-z])(?:{alternation(_EPICENE)}) ([a-z]{{2,14}}[ao])(?![a-z])" if _EPICENE else r"(?!)"
)
_EPICENE_SET = frozenset(_EPICENE)
_AGREEING_GATE = LiteralGate(tuple(e + " " for e in _EPICENE))
# words ending -a/-o after a trade that are no adjective of it
_NOT_AGREEING = frozenset(
    {"para", "como", "sobre", "contra", "hasta", "desde", "durante", "pero", "solo", "tanto",
     "mucho", "muito", "numero", "cuando", "quando", "donde", "dove", "ogni", "nella", "della",
     "dello", "degli", "alla", "allo", "nello", "sulla", "sullo", "pela", "pelo", "tambien",
     "ancora", "adesso", "ahora", "agora", "modelo", "modello", "uno", "una", "otra", "otro"}
)  # fmt: skip


def _agreeing_trade(folded: str) -> tuple[tuple[str, str], ...]:
    if not _AGREEING_GATE(folded):
        return ()
    for match in _AGREEING.finditer(folded[:NOUN_SPAN]):
        adjective = match.group(1)
        if adjective not in _NOT_AGREEING and adjective not in _EPICENE_SET:
            return ((match.group(0), "female" if adjective.endswith("a") else "male"),)
    return ()


_ASCII_WORD = re.compile(r"[a-z]+")
_ASCII_FOREIGN = [w for w in _folded((*FOREIGN_FEMALE, *FOREIGN_MALE)) if w.isascii()]
_ASCII_FOREIGN_WORDS = frozenset(w for w in _ASCII_FOREIGN if w.isalpha())
# phrases, and words written with a hyphen ("laki-laki")
_ASCII_FOREIGN_PHRASE = re.compile(alternation(tuple(w for w in _ASCII_FOREIGN if not w.isalpha())))
_FEMALE_GROUPS = frozenset({1, 3, 5})  # the groups of ``_FOREIGN_NOUN`` that say a woman


# "pics of my wife", "meine Freundin Noor", "mi abuela", "我老婆", "우리 할머니", "मेरी पत्नी":
# a first-person possessive and a kinship noun say who the subject is to the uploader, and so
# the subject's gender. "friend" and "partner" say nothing of it.
_MY = (
    "my", "our", "mi", "ma", "mon", "meine", "mein", "minha", "meu", "mia", "mio", "mijn",
    "moja", "moj", "mitt", "min", "моя", "мой", "наша", "наш",
)  # fmt: skip
_KIN_MODIFIERS = (
    "late", "beloved", "dear", "lovely", "beautiful", "sweet", "own", "wonderful", "gorgeous",
    "cute", "hot", "sexy", "future", "dead", "deceased", "querida", "querido", "amada", "amado",
    "liebe", "lieber", "cara", "caro", "chere", "cher", "linda", "любимая", "любимый",
    "покойная", "покойный",
    # fifteenth round: an elder or younger sibling ("my big sister", "my little brother")
    "big", "little", "older", "younger", "elder", "twin",
)  # fmt: skip
KIN_FEMALE = (
    "wife", "wifey", "girlfriend", "gf", "fiancee", "bride", "mom", "mum", "mommy", "mother",
    "mama", "grandma", "grandmother", "granny", "grandmom", "nana", "sister", "daughter", "aunt",
    "auntie", "niece", "stepmom", "stepmother", "esposa", "novia", "mujer", "madre", "abuela",
    "hermana", "hija", "tia", "prometida", "namorada", "mulher", "mae", "irma", "filha", "noiva",
    "femme", "copine", "epouse", "mere", "grand-mere", "soeur", "tante", "moglie", "ragazza",
    "fidanzata", "mamma", "nonna", "sorella", "figlia", "zia", "frau", "freundin", "ehefrau",
    "mutter", "oma", "schwester", "tochter", "verlobte", "vrouw", "vriendin", "moeder", "zus",
    "dochter", "zona", "dziewczyna", "babcia", "siostra", "corka", "жена", "девушка", "мама",
    "бабушка", "сестра", "дочь", "невеста",
)  # fmt: skip
KIN_MALE = (
    "husband", "hubby", "boyfriend", "bf", "fiance", "groom", "dad", "daddy", "father", "papa",
    "grandpa", "grandfather", "granddad", "grandad", "brother", "son", "uncle", "nephew",
    "stepdad", "stepfather", "esposo", "novio", "marido", "padre", "abuelo", "hermano", "hijo",
    "tio", "prometido", "namorado", "pai", "irmao", "filho", "noivo", "mari", "copain", "epoux",
    "pere", "grand-pere", "frere", "fils", "oncle", "marito", "fidanzato", "nonno", "fratello",
    "figlio", "zio", "mann", "ehemann", "vater", "opa", "bruder", "sohn", "onkel", "verlobter",
    "vader", "broer", "zoon", "maz", "chlopak", "dziadek", "brat", "муж", "парень", "папа",
    "дедушка", "брат", "сын", "жених",
)  # fmt: skip
# Chinese, Japanese and Korean: a possessive ("我", "我的", "うちの", "私の", "내", "우리")
# joined to the noun; Hindi: the possessive agrees with the noun (मेरी / मेरे, मेरा); Arabic:
# the noun with its "my" suffix (زوجتي, "my wife").
_MY_ZH = ("我的", "我")
_MY_JA = ("うちの", "私の", "俺の", "僕の")
_MY_KO = ("우리", "내", "제")
KIN_FEMALE_ZH = (
    "老婆", "妻子", "媳妇", "女朋友", "女友", "奶奶", "外婆", "姥姥", "妈妈", "母亲", "姐姐",
    "妹妹", "女儿",
)  # fmt: skip
KIN_MALE_ZH = (
    "老公", "丈夫", "男朋友", "男友", "爷爷", "外公", "姥爷", "爸爸", "父亲", "哥哥", "弟弟",
    "儿子",
)  # fmt: skip
# one-character nouns after a Japanese possessive only ("我妻" is a family name)
KIN_FEMALE_JA = ("嫁", "妻", "彼女", "祖母", "おばあちゃん", "お母さん", "母", "姉", "娘")
KIN_MALE_JA = ("旦那", "彼氏", "夫", "祖父", "おじいちゃん", "お父さん", "父", "兄", "息子")
KIN_FEMALE_KO = (
    "아내", "와이프", "여자친구", "여친", "엄마", "어머니", "할머니", "누나", "언니", "여동생",
    "딸",
)  # fmt: skip
KIN_MALE_KO = (
    "남편", "남자친구", "남친", "아빠", "아버지", "할아버지", "오빠", "남동생", "아들", "형",
)  # fmt: skip
KIN_FEMALE_HINDI = (
    "पत्नी",
    "बीवी",
    "गर्लफ्रेंड",
    "प्रेमिका",
    "माँ",
    "मां",
    "मम्मी",
    "दादी",
    "नानी",
    "बहन",
    "बेटी",
)
KIN_MALE_HINDI = ("पति", "बॉयफ्रेंड", "प्रेमी", "पिता", "पापा", "दादा", "नाना", "भाई", "बेटा", "बेटे")
KIN_FEMALE_ARABIC = ("زوجتي", "أمي", "امي", "جدتي", "أختي", "اختي", "ابنتي", "خطيبتي")
KIN_MALE_ARABIC = ("زوجي", "أبي", "ابي", "جدي", "أخي", "اخي", "ابني", "خطيبي")
_KIN = re.compile(
    rf"[{re.escape(_WORD_BEFORE)}]?(?<!\w)(?:{alternation(_MY)})\s+(?:(?:{alternation(_KIN_MODIFIERS)})\s+){{0,2}}"
    rf"(?:ex-?\s?)?(?:({alternation(KIN_FEMALE)})|({alternation(KIN_MALE)}))(?![\w-])"
    rf"|(?:{alternation(_MY_ZH)})(?:({alternation(KIN_FEMALE_ZH)})|"
    rf"({alternation(KIN_MALE_ZH)}))"
    rf"|(?:{alternation(_MY_JA)})(?:({alternation(KIN_FEMALE_JA)})|"
    rf"({alternation(KIN_MALE_JA)}))"
    rf"|(?<!\w)(?:{alternation(_MY_KO)})\s?(?:({alternation(KIN_FEMALE_KO)})|"
    rf"({alternation(KIN_MALE_KO)}))"
    rf"|मेरी\s?({alternation(KIN_FEMALE_HINDI)})|मेर[ेा]\s?({alternation(KIN_MALE_HINDI)})"
    rf"|(?<!\w)\w?({alternation(KIN_FEMALE_ARABIC)})(?!\w)"
    rf"|(?<!\w)\w?({alternation(KIN_MALE_ARABIC)})(?!\w)"
)
_KIN_FEMALE_GROUPS = frozenset({1, 3, 5, 7, 9, 11})
_KIN_STARTS = StartFinder(
    (
        # with the space before: "my " stands in every "army ", "economy "
        *(c + w + " " for c in _WORD_BEFORE for w in _MY),
        *_MY_ZH,
        *_MY_JA,
        *_MY_KO,
        "मेरी",
        "मेरे",
        "मेरा",
        *KIN_FEMALE_ARABIC,
        *KIN_MALE_ARABIC,
        *("و" + w for w in (*KIN_FEMALE_ARABIC, *KIN_MALE_ARABIC)),
    )
)
KIN_WEIGHT = 0.8  # as a gendered tag: the uploader says who the subject is


def _kin_cue(sig: str, head: str) -> list[Hit]:
    """The first kinship noun after a first-person possessive in a folded description's
    opening ("trained on pics of my late grandma"): the subject's gender."""
    for found in finditer_at(_KIN, head, _from_start(_KIN_STARTS.starts(head))):
        value = "female" if found.lastindex in _KIN_FEMALE_GROUPS else "male"
        return [
            Hit(
                sig,
                "gender",
                KIN_WEIGHT,
                "description",
                found.group(0).lstrip(_WORD_BEFORE),
                value=value,
                note="kin",
            )
        ]
    return []


SCRIPT_NAME_LEAD = 16
# "a singer from Santo Domingo": a name-shaped place, not the subject's name.
_PLACE_BEFORE = re.compile(r"\b(?:from|in|of|near|at) $")


def _description_first_names(sig: str, head: str) -> list[Hit]:
    """A weak vote from the first-name table for names written in the description's opening
    ("photo of Anna Miller, portrait"): it only decides when nothing stronger speaks."""
    out = []
    for number, line in enumerate(head.splitlines()[:3]):
        if line.isascii() and not _CAPITALISED_PAIR.search(line):
            continue  # no two capitalised words side by side: no capitalised name
        for match in find_prose_names(line):
            gender = {"f": "female", "m": "male"}.get(match.first.gender)
            if match.kind != "run_together" and match.capitalised and not gender:
                # the line's first name is its subject's: one the table cannot tell leaves the
                # line silent ("Huangfu Qinxue (童星)": not the trade word's characters)
                break
            if (
                gender
                and match.kind != "run_together"
                and match.capitalised
                # a script name after the opening is a phrase read as one (see subject_cues)
                and not (
                    match.kind == "script" and (number > 0 or match.span[0] > SCRIPT_NAME_LEAD)
                )
                and not _PLACE_BEFORE.search(line, 0, match.span[0])
            ):
                out.append(
                    Hit(
                        sig,
                        "gender",
                        0.25,
                        "description",
                        match.first.name,
                        value=gender,
                        note="first-name table",
                    )
                )
                return out
    return out


# A given name written as the person behind a handle ("Benedikt of @mossy.mornings", "Ines
# aka @quietloom"): the handle's owner, whose given name the first-name tables may tell. Not
# "from @handle", which credits others too ("photos by Ines from @studio").
_HANDLE_OWNER = re.compile(r"(?<![^\W_])([A-Z][a-z]{2,15}) (?:of|behind|aka) @[\w.]{2,30}")


def _handle_owner(sig: str, head: str) -> list[Hit]:
    """A weak vote (as a name of the description's opening) for the given name of a handle's
    owner (see above)."""
    found = _HANDLE_OWNER.search(head) if " @" in head else None
    gender = name_gender(found.group(1)) if found else "u"
    if found is None or gender not in ("f", "m"):
        return []
    value = "female" if gender == "f" else "male"
    return [
        Hit(sig, "gender", 0.25, "description", found.group(1), value=value,
            note="first-name table")
    ]  # fmt: skip


# The real name written beside an alias, a handle or a one-word stage name, in any order:
# "<Given> <Surname>, better known as @handle", "<Given> <Surname> aka <Nick>", "<Given>
# <Surname> (@handle)", "@handle: <Given> <Surname>'s streams", "@handle (<Given> <Surname>)",
# a title "<Nick> (<Given> <Surname>)". The alias is the same person: the given name's gender in
# the tables speaks for a target that is the alias (findings.decide_gender).
_FULL_NAME = r"([A-Z\u00c0-\u00de][^\W\d_]{1,15}) [A-Z\u00c0-\u00de][^\W\d_]{1,20}"
_ALIAS = r"@?[\w.]{2,30}"
_REAL_NAME = re.compile(
    rf"(?<![^\W_]){_FULL_NAME}(?:,? (?:(?:better|also|professionally|widely) )?"
    rf"(?:known|billed) as|,? (?:aka|a\.k\.a\.?|alias)) {_ALIAS}"
    rf"|(?<![^\W_]){_FULL_NAME} \(@[\w.]{{2,30}}\)"
    rf"|(?<![\w@])@[\w.]{{2,30}}(?::| \(| -| —) {_FULL_NAME}(?!\w)"
)
_NICK_TITLE = re.compile(rf"^{_ALIAS} \({_FULL_NAME}\)")
_REAL_NAME_HINT = (" as ", "aka ", "a.k.a", "alias ", "@")
_TWO_WORDS = re.compile(r"[^\W\d_]+ [^\W\d_]+")


def _real_names(sig: str, title: str, head: str) -> list[Hit]:
    """The first real name beside an alias (see above) whose given name the tables tell:
    one weak hit, its text the whole real name."""
    found = []
    if " (" in title:
        found.append(_NICK_TITLE.match(title[:SHORT_LIMIT]))
    if any(h in head for h in _REAL_NAME_HINT):
        found.append(_REAL_NAME.search(head))
    for match in found:
        if match is None:
            continue
        given = next(g for g in match.groups() if g)
        gender = name_gender(given)
        if gender in ("f", "m"):
            whole = match.group(0)
            name = _TWO_WORDS.match(whole, whole.find(given))
            value = "female" if gender == "f" else "male"
            return [
                Hit(
                    sig,
                    "gender",
                    0.25,
                    "description",
                    name.group(0) if name else given,
                    value=value,
                    note=REAL_NAME_NOTE,
                )  # fmt: skip
            ]
    return []


def _lone_first_names(sig: str, short: list[tuple[str, str]]) -> list[Hit]:
    """A lone first name in the name or a trigger ("Talia face lora"): never likeness evidence,
    but a weak gender vote when nothing stronger speaks."""
    for field, text in short:
        found = _lone_first_name(text)
        if found is not None:
            name, value = found
            return [Hit(sig, "gender", 0.2, field, name, value=value, note="first-name table")]
    return []


# A title that opens with two words of one Indic script ("प्रियंवदा कौशलेय | v2"): a given name
# and a family name, the words apart.
_INDIC_PAIR = re.compile(
    "^[\\s\u3010\\[(]*([\u0900-\u0d7f]{2,20}) [\u0900-\u0d7f]{2,24}(?![\u0900-\u0d7f])"
)


def _indic_title_name(sig: str, title: str) -> list[Hit]:
    """A weak vote for the gender the first-name tables give a title's opening Indic given
    name (romanised, detect/indic.py; no guess from its ending: the words may be no name)."""
    if title.isascii():
        return []
    pair = _INDIC_PAIR.match(title[:SHORT_LIMIT])
    if pair is None:
        return []
    gender = indic.given_gender(pair.group(1), endings=False)
    if gender not in ("f", "m"):
        return []
    value = "female" if gender == "f" else "male"
    return [Hit(sig, "gender", 0.2, "name", pair.group(1), value=value, note="first-name table")]


# A title that opens with two words of one other script (Arabic, Hebrew, Cyrillic, Greek,
# Armenian, Georgian, Thai, Ethiopic: "غيداء المريخي", "Նարե Հակոբյան"): a given name and a
# family name.
_SCRIPT_PAIR = re.compile(
    "^[\\s\u3010\\[(]*(?:"
    + "|".join(
        f"([{r}]{{2,20}}) ([{r}]{{2,24}})(?![{r}])"
        for r in (
            "\u0600-\u06ff",  # Arabic
            "\u0590-\u05ff",  # Hebrew
            "\u0400-\u04ff",  # Cyrillic
            "\u0370-\u03ff",  # Greek
            "\u0530-\u058f",  # Armenian
            "\u10a0-\u10ff",  # Georgian
            "\u0e00-\u0e7f",  # Thai
            "\u1200-\u137f",  # Ethiopic
        )
    )
    + ")"
)


def _script_title_name(sig: str, title: str) -> list[Hit]:
    """A weak vote for the gender the first-name tables give a title's opening given name in
    another script (see above; read as :func:`findings.given_name` reads a target's, with its
    vowel signs or romanised; in a script with capitals both words capitalised): the target
    may be missed, the name still says the gender."""
    if title.isascii():
        return []
    pair = _SCRIPT_PAIR.match(title[:SHORT_LIMIT])
    if pair is None:
        return []
    word, family = (g for g in pair.groups() if g)
    if word.lower() != word.upper() and not (word[0].isupper() and family[0].isupper()):
        return []  # a script with capitals writes a name's words so ("Красивая девушка": none)
    found = given_name(word)
    if found is None or found.gender not in ("f", "m"):
        return []
    value = "female" if found.gender == "f" else "male"
    return [Hit(sig, "gender", 0.2, "name", word, value=value, note="first-name table")]


# A name written family name first as catalogues index it, the family name opening with a
# particle ("van der Holt, Saskia", "von Altenrath, Konstanze", "da Ribalta, Benedita"): the
# given name is the word after the comma.
_CATALOGUE_ORDER = re.compile(
    r"(?<![^\W_])(?:van|von|de|da|di|del|della|der|den|du|le|la|ten|ter|zu|dos|das|do)"
    r"(?: (?:der|den|de|la|le|del|van))? [A-Z][^\W\d_]{1,20}(?:-[A-Z][^\W\d_]{1,20})?, "
    r"([A-Z][^\W\d_]{2,15})(?![^\W_])"
)


def _catalogue_order_name(sig: str, title: str) -> list[Hit]:
    """A weak vote for the gender the tables give the given name of a title written in
    catalogue order (see above)."""
    if ", " not in title:
        return []
    found = _CATALOGUE_ORDER.search(title[:SHORT_LIMIT])
    gender = name_gender(found.group(1)) if found else "u"
    if found is None or gender not in ("f", "m"):
        return []
    value = "female" if gender == "f" else "male"
    return [Hit(sig, "gender", 0.2, "name", found.group(1), value=value, note="first-name table")]


def _person_tag(tag: object) -> bool:
    return isinstance(tag, str) and tag.startswith("person:")


VERSIONS_READ = 4  # version names read for a lone first name when the name and triggers hold none
# A version name that is a capitalised first name and family name, nothing else.
_VERSION_PAIR = re.compile(r"([A-Z][a-z]{2,15}) [A-Z][a-z]{2,20}")


def _version_first_names(sig: str, versions: list[str]) -> list[Hit]:
    """A weak vote from the gender tables for a version named as a person is ("Odile
    Marchetti" of a "one per version" collection), or holding a lone first name."""
    for text in versions:
        pair = _VERSION_PAIR.fullmatch(text.strip())
        gender = name_gender(pair.group(1).lower()) if pair else "u"
        if pair and gender in ("f", "m"):
            value = "female" if gender == "f" else "male"
            return [
                Hit(
                    sig,
                    "gender",
                    0.2,
                    "version_names",
                    pair.group(1).lower(),
                    value=value,
                    note="first-name table",
                )
            ]
    return _lone_first_names(sig, [("version_names", text) for text in versions])


FIRST_NAME_TRIGGER = 0.04  # a target below every other reading of a name


def _first_name_triggers(sig: str, triggers: tuple[str, ...]) -> list[Hit]:
    """A trigger word that is one first name and nothing else ("leopold" of "husband lora"):
    a private person known by the first name. The last, weakest target, for a likeness
    finding that names nobody else."""
    for trigger in triggers:
        word = trigger.strip()
        if 3 <= len(word) <= 20 and word.isalpha() and name_gender(word) in ("f", "m"):
            display = word[:1].upper() + word[1:]
            key = canonical_key(display) or word.lower()
            return [
                Hit(
                    sig,
                    "target",
                    FIRST_NAME_TRIGGER,
                    "trained_words",
                    word,
                    value=display,
                    note=key,
                )
            ]
    return []


@lru_cache(maxsize=65536)
def _gender_words_of(text: str) -> tuple[tuple[str, str], ...]:
    """(word, gender) for the gendered words of a short text (cached: texts recur). A kinship
    word after "his", "her", "with" or "and" is someone beside the subject ("Theo Marsh and
    his sister"): it does not vote, and "his" or "her" before it is the subject's own."""
    out = []
    found = words(text.replace("&", " and ").replace("+", " and "))
    for i, word in enumerate(found):
        before = found[i - 1] if i else ""
        if word in _KIN_WORDS and _work_title_kin(found, i):
            continue
        if word in _KIN_WORDS and before in _BESIDE:
            if before in _BESIDE_OWN:
                out.append((f"{before} {word}", _BESIDE_OWN[before]))
            continue
        if word in NAME_FEMALE:
            out.append((word, "female"))
        elif word in NAME_MALE:
            out.append((word, "male"))
    return tuple(out)


_POSSESSIVE_ENDS = ("'s", "\u2019s")
# A work's title written in quotes, two words to eight ('Ballad of the Salt Queen', "The Iron
# Widow", «La Reina del Sur», 《女王的教室》): its gendered words name the work (a film, a show, a
# song), not the one the model shows. One quoted word is a nickname ('Kalinda "Kalie" ...').
_QUOTED_TITLE = re.compile(
    r"(?<![^\W_])['\"\u2018\u201c\u00ab\u300a\u300c\u300e]"
    r"([^\W\d_][^'\"\u2019\u201d\u00bb\u300b\u300d\u300f\n]{2,80}?)"
    r"['\"\u2019\u201d\u00bb\u300b\u300d\u300f](?![^\W_])"
)
_QUOTE_MARKS = "'\"\u2018\u201c\u00ab\u300a\u300c\u300e"


def _quoted_title_words(*texts: str) -> frozenset[str]:
    """The folded words of the quoted titles (see above) of some texts."""
    out: set[str] = set()
    for text in texts:
        if not any(q in text for q in _QUOTE_MARKS):
            continue
        for match in _QUOTED_TITLE.finditer(text):
            found = words(fold(match.group(1)))
            if 2 <= len(found) <= 8:
                out.update(found)
    return frozenset(out)


def _work_title_kin(found: list[str], i: int) -> bool:
    """A kinship word that ends a work's title opened by "the" and a trade's possessive ("The
    Clockmaker's Daughter", "The Lighthouse Keeper's Wife"): the title of a book, a film or a
    show, no word of whom the model shows. A given name's possessive ("The Odile's …") or a
    title without "the" ("Marta's daughter") still votes."""
    if i < 2 or found[0] != "the" or not found[i - 1].endswith(_POSSESSIVE_ENDS):
        return False
    owner = found[i - 1][:-2]
    return first_name(owner) is None and all(w not in _BESIDE for w in found[1 : i - 1])


@lru_cache(maxsize=65536)
def _script_terms_of(text: str) -> tuple[tuple[str, str], ...]:
    """(term, gender) for the gender-coded CJK terms in a text (substrings: no word breaks)."""
    if text.isascii() or not HAS_SCRIPT.search(text):
        return ()  # every term is written in CJK script (tests/detect/test_gender_precheck.py)
    return tuple((term, value) for term, value in _SCRIPT_TERMS if term in text)


# A word written letter by letter ("W I L H E L M I N E   B L Y T H O L E Y", "R u a r i"):
# three letters or more, each followed by one space (words apart by two spaces or more).
_SPACED_LETTERS = re.compile(r"(?<![^\W_])(?:[^\W\d_] ){2,}[^\W\d_](?![^\W_])")


def _joined_letters(text: str) -> str:
    """The text with each word written letter by letter joined up ("R u a r i" → "Ruari")."""
    if "  " not in text and text.count(" ") < 3:
        return text
    return _SPACED_LETTERS.sub(lambda m: m.group(0).replace(" ", ""), text)


@lru_cache(maxsize=65536)
def _lone_first_name(text: str) -> tuple[str, str] | None:
    """The first gendered first name (4+ letters, not rare) among a short text's pieces (a
    word written letter by letter joined up), else among its tokens written in leetspeak."""
    text = _joined_letters(text)
    for word, _, _ in pieces(text.replace("-", " ").replace("_", " ")):
        entry = first_name(word) if len(word) >= 4 else None
        if entry is not None and entry.gender in ("f", "m") and entry.count >= 2000:
            return entry.name, "female" if entry.gender == "f" else "male"
    for token in _TOKEN_BREAK.split(text)[:12]:  # a trigger in leetspeak: "j4n3lle", "m1ra"
        if 4 <= len(token) <= 20 and not token.isalpha() and not token.isdigit():
            word = deleet(token.lower())
            entry = first_name(word) if word.isalpha() else None
            if entry is not None and entry.gender in ("f", "m") and entry.count >= 2000:
                return entry.name, "female" if entry.gender == "f" else "male"
    return None


_SCRIPT_SHE = ("她", "그녀", "彼女")  # "she" in Chinese, Korean and Japanese


def _pronoun_counts(text: str) -> tuple[int, int]:
    """(female, male) pronoun counts of a folded text, with the female pronouns of Chinese,
    Korean and Japanese (她, 그녀, 彼女; their male ones also mean "other" or "that")."""
    script = 0 if text.isascii() else sum(map(text.count, _SCRIPT_SHE))
    if "he" not in text and "her" not in text and "him" not in text and "his" not in text:
        return script, 0
    found = _PRONOUN_FAST.findall(text)
    she = sum(map(_FEMALE_PRONOUNS.__contains__, found))
    return she + script, len(found) - she
