"""Named context: a name the page sets in a context only a person has, where the name alone is
one no table knows ("Dr. Ysolde Quarn (orthopaedic surgeon)", "Ottilie Brask (1823–1889),
suffrage organiser", "Uruguayan violinist Ysolde Quarn", "von Altenrath, Konstanze (sculptor)",
"Darmokusumo | dalang").

The readers, each a general shape of how pages name real people:

* a trade after the name (``(<trade>)``, ``, <trade>``, ``| <trade>``, ``— <trade>``) or
  before it (``Uruguayan violinist <Name>``, ``Explorer <Name>``), the trades being the
  professions people have in several languages (:data:`TRADES`), not only public-life ones;
* life dates after a full name (``<Name> (1823–1889)``);
* a name in a weighted prompt block after "photo of" (``photo of (given family:1.2)``), in a
  ComfyUI node's ``"lora_name"`` or in a freely licensed photo's caption
  (``“<Name> at the <event>, 2020”``);
* a Hugging Face repository named by a name its trigger writes run together
  (``given-family-flux``, trigger ``photo of givenfamily, <trade>``);
* a person-shaped name in any case (a first name of the tables, a surname; :func:`slot_person`)
  in a slot only people fill: a photo's caption with a year or an event, a face pack's version
  ("v2 - <name>" beside "v1 - placeholder face": the placeholder clears no other version), a
  request, commission or birthday line, "(born 1989)", "photo of <name>," in a prompt, a widget
  prompt or a face model's title opening on the name, "<name> — she …", a line saying whom the
  model holds ("this one is <name>.", "PS: this is <name>.", "(it's <name>, obviously)") or
  labelling it ("人物: <name>", "Subject: <name>"), whose photos or whose look-alike ("trained
  on photos of <name>.", "a lookalike of <name>,"); in these slots of prose (not a prompt's,
  whose one word is its trigger token) a one-word name too, a stage name, when the model's own
  title, trigger words or file names hold it (:func:`slot_mononym`), and a family name that is
  also a word ("White") after a frequent given name;
* private people: the maker's relative or teammate by a first name with a consent or privacy
  cue ("our five-a-side striker <Given> … she agreed!", "my oma <Given> … private"), a
  couple's wedding ("<A> & <B> wedding … private"), the maker's partner unnamed with such a
  cue, and a Hugging Face selfie repository (``me-dreambooth``).

Public shapes give ``subject:labelled_name`` (the description says who its subject is) with
the name as the target; private ones ``subject:private_description``. Both are features the
fitted combiner already weighs, so no weight is guessed for a new one. A page that says its
subject is invented, a character, a style or a thing named after someone gets none of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import ClassVar

from dfaudit.detect.base import Hit
from dfaudit.detect.fields import TextView, description_of, description_tail, view
from dfaudit.detect.names import (
    TITLE_WORDS,
    canonical_key,
    common_surnames,
    common_words,
    first_name,
    first_names,
    ordinary_word,
    proper_name_pair,
    surname_like,
    word_surnames,
    world_first_name,
)
from dfaudit.detect.text import PatternStarts, StartFinder, alternation, fold
from dfaudit.detect.trades import latin, trade_words
from dfaudit.detect.vocab import (
    CONCEPT_WORDS,
    FICTION_WORDS,
    GENERIC_PERSON_WORDS,
    MODEL_WORDS,
    NATIONALITY_WORDS,
    NOT_NAME_WORDS,
    STYLE_WORDS,
    TOOL_WORDS,
)

DESCRIPTION_HEAD = 700
NAME_HEAD = 160

# Trades people have, public or not, in English and other languages, from the one trades
# table (detect.trades; lower case, a space stands for one space). Art trades are kept
# apart: a painter's name is a style; they count only on a page of portraits or photos that
# says nothing of a style.
# fresh19: the trades of other scripts too ("<Name> — певица", "<Name> นักแสดงหญิง").
TRADES = trade_words(art=False, scripts=True)
ART_TRADES = trade_words(art=True)
_SCRIPT_TRADES = tuple(t for t in TRADES if not latin(t))


_TRADE = re.compile(rf"(?:{alternation(TRADES + ART_TRADES, loose_spaces=True)})s?", re.IGNORECASE)
_UPPER_CLASS = "A-ZÀ-ÖØ-ÞĀ-Ž"
_ART = frozenset(ART_TRADES)
_TRADE_KEYS = frozenset(fold(t) for t in TRADES if " " not in t)
# A trade word used for a thing or a look, not a person: "singer's microphone", "pilot style"
_NOT_WHO_AFTER = re.compile(
    r"(?:'s|’s|-like|\s+(?:style|look|looks|aesthetic|vibes?|outfit|costume|uniform|pose|"
    r"poses|background|scene|concept|card|role|character|persona|suit|suits|dress|dresses|"
    r"hat|hats|cap|shirt|jacket|collar|coat|gown|boots|shoes|glasses|helmet|mask|hair|"
    r"hairstyle|makeup|figure|figurine|doll|toy|game|simulator|mode|class|job|skin))\b",
    re.IGNORECASE,
)
# a trade word that opens a proper name ("Sailor Moon", "Doctor Who"): no trade
_PROPER_AFTER = re.compile(rf"\s+[{_UPPER_CLASS}]")
# words that make a trade nobody's ("AI presenter", "synthetic news anchor")
_MADE_UP = frozenset(
    {"ai", "virtual", "synthetic", "fictional", "fictive", "digital", "cartoon", "anime",
     "animated", "imaginary", "made-up", "generated", "ai-generated", "robot", "android",
     "generic", "placeholder", "sample", "stock"}
)  # fmt: skip

_UPPER = _UPPER_CLASS
_LOWER = "a-zß-öø-ÿā-ž"
_WORD = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"
_PARTICLE = (
    r"(?:van\s+der|van\s+den|van\s+de|von\s+der|von\s+dem|de\s+la|de\s+los|de\s+las|van|von|"
    r"de|del|da|das|dos|du|di|della|ter|ten|zu|bin|binti|ibn)"
)
_TITLE = r"(?:(?:Dr|Prof|Capt|Cpt)\.?|Professor|Sir|Dame|WGM|WIM|WFM|GM|IM|FM)\s+"
# A full name: two or three capitalised words, a particle before the last ("Leonor de la
# Fuenmayor", "Nurul Ain binti Baharuddin", not "Fotos von <Name>"); or index order,
# "von Altenrath, Konstanze" (particle, family name, comma, given name).
# (fresh19: the words of a name stand on one line: "… in die Kommentare\n<Given> <Family>")
_FULL = re.compile(
    rf"(?<![{_UPPER}{_LOWER}'’-])(?:{_TITLE})?"
    rf"(?P<name>{_WORD}(?:(?:[^\S\n]+{_WORD}){{1,2}}(?:[^\S\n]+{_PARTICLE}[^\S\n]+{_WORD})?"
    rf"|[^\S\n]+{_PARTICLE}[^\S\n]+{_WORD}(?![^\S\n]+{_WORD}))"
    rf"|(?P<particle>{_PARTICLE})\s+(?P<family>{_WORD}),\s+(?P<given>{_WORD}))"
    rf"(?![{_LOWER}'’-])"
)
_MONO = re.compile(rf"(?<![{_UPPER}{_LOWER}'’-])(?P<name>{_WORD})(?![{_LOWER}'’-])")
# What may stand between a name and the trade after it: a bracket, a comma, a bar or a dash,
# an article, and up to two modifiers ("(orthopaedic surgeon)", ", the harbour master").
_AFTER = re.compile(
    # fresh19: full-width brackets and commas ("<Name>（女優）", "<Name>，歌手"), and a mere
    # space before a trade of another script ("<Name> นักแสดงหญิง": the script changes)
    rf"(?:\s*[(（]\s*|[,，、]\s*|\s+[|—–-]\s+|\s*[|]\s*"
    rf"|\s+(?=(?:{alternation(_SCRIPT_TRADES)}))"
    # fresh17: "Model of <Name>. female politician": a sentence that opens on a gender word and
    # a trade describes the name before it
    rf"|\.\s+(?=(?:female|male|woman|man|girl|guy|lady)\s)"
    # w2native: a copula of the page's language, an article and an adjective or two before the
    # trade ("<Name> to polska aktorka", "<Name> ni mwanamuziki", "<Name> एक प्रसिद्ध अभिनेत्री")
    rf"|\s+(?:is|was|to|jest|ni|es|est|é|è|ist|adalah|merupakan|là|bir|är|er|je|е)\s+"
    rf"(?:(?:un|una|uma|une|eine?|seorang|bir)\s+)?"
    rf"|\s+(?=एक\s))(?:(?:the|an?|a\s+famous|famous|एक(?:\s+प्रसिद्ध|\s+मशहूर)?)\s+)?"
    # (no word character after the trade: a Devanagari trade ends on a vowel sign, no \b)
    rf"(?P<mods>(?:[{_LOWER}A-Z-]+\s+){{0,2}}?)(?P<trade>{_TRADE.pattern})(?!\w)",
    re.IGNORECASE,
)
# Life dates after a full name: "(1823–1889)", "(c. 1790 – 1851)"
_DATES = re.compile(
    r"\s*\((?:c\.\s*|ca\.\s*)?(1[0-9]\d\d|20[0-2]\d)\s*[–—-]\s*(1[0-9]\d\d|20[0-2]\d)\)"
)
LIFE_SPAN = (15, 110)
# A trade before the name: "Uruguayan violinist <Name>", "Explorer <Name>", "the surgeon <Name>"
_WORDS_BEFORE = re.compile(r"[^\W\d_]+")
BEFORE_REACH = 24
# where a trade can stand: its words' first words, in the lower-cased text (one pass)
# (folded, so the record's folded description is scanned in the pass all finders share)
_TRADE_STARTS = StartFinder({fold(t.split()[0].split("-")[0]) for t in TRADES + ART_TRADES})
# a bracket opening on a year: life dates may follow a name
_DATE_GATE = re.compile(r"\(\s*(?:c\.|ca\.)?\s*(?:1\d|20)\d\d\s*[–—-]")
MONO_HEAD = 200
# "a cut named after the tailor <Name>", "in honour of the surgeon <Name>": a thing's namesake
_NAMESAKE = re.compile(r"\b(?:named\s+(?:after|for)|in\s+hono(?:u)?r\s+of|dedicated\s+to)\b", re.I)
NAMESAKE_REACH = 45
# "Reference photos by <Name> (cosplay photographer)", "Credit: <Name>": who made the photos
_CREDIT = re.compile(
    r"\b(?:by|courtesy\s+of|credits?\s*:|credited\s+to|thanks\s+to|shot\s+by|taken\s+by|"
    r"thank|thanks|shout\s?out\s+to)\s*$",
    re.IGNORECASE,
)
# A page that says its subject is invented, a character, a thing or a style.
_NOT_A_PERSON = re.compile(
    r"\b(?:fictional|fictive|no\s+real\s+person|not\s+a\s+real\s+person|ai[- ]generated|"
    r"fully\s+generated|synthetic|virtual\s+(?:idol|influencer|model|presenter|anchor)|"
    r"made[- ]up|original\s+character|from\s+the\s+(?:novel|book|film|movie|game|series|"
    r"comic|manga|anime|show|play|opera)|board\s+game|video\s+game|webcomic|comic\s+strip|"
    r"title\s+role|placeholder|mascot|no\s+people|no\s+faces?|any\s+face\s+you\s+prompt|put\s+it\s+on\s+"
    r"anyone|product\s+renders?|anime|manga|waifu|v-?tuber|live2d|video\s+game|"
    r"game\s+character|character\s+lora|vocaloid|utau)\b",
    re.IGNORECASE,
)
_STYLE_PAGE = re.compile(
    r"\b(?:style\s+of|in\s+the\s+style|art\s?style|painting\s+style|brush\s?work|his\s+style|"
    r"her\s+style|their\s+style|style\s+lora|cinematic\s+look|inspired\s+by)\b",
    re.IGNORECASE,
)
# tags of drawn or invented subjects
_FICTION_TAGS = frozenset(
    {"anime", "character", "characters", "cartoon", "manga", "game", "video game", "hentai",
     "vtuber", "fictional", "comic", "comics", "game character", "anime character",
     "original character", "oc", "pokemon", "genshin impact", "waifu", "fantasy"}
)  # fmt: skip
_STYLE_TAGS = frozenset({"style", "art style", "artstyle", "artist", "painting", "illustration"})
_PHOTO_PAGE = re.compile(
    r"\b(?:portraits?|photos?|photographs?|press|interviews?|selfies?|headshots?|likeness|"
    r"face|stage)\b",
    re.IGNORECASE,
)

# "photo of (given family:1.2)": a two-word name in a weighted prompt block
_PROMPT_BLOCK = re.compile(
    r"(?P<lead>\b(?:photo|portrait|picture|headshot|image|selfie|close-?up)\s+of\s+(?:an?\s+)?)?"
    r"\({1,2}(?P<given>[A-Za-z]{3,14})[\s_-](?P<family>[A-Za-z]{3,18}):\d(?:\.\d{1,2})?\){1,2}"
)  # fam19: in any case and separator ("(Given Family:1.2)", "(GIVEN_FAMILY:0.8)")
# a ComfyUI node's LoRA file: "lora_name": "given_family_v2.safetensors" (quotes escaped in an
# exported string too), and a prompt's LoRA tag "<lora:given_family_v2:0.8>"
_LORA_NAME = re.compile(
    r'\\?"lora_name\\?"\s*:\s*\\?"(?P<file>[^"\\]{1,120})'
    r"|<lora:(?P<tag>[^:<>]{1,80}):[\d.]{1,5}>"
)
_FILE_WORDS = re.compile(r"[A-Za-z]+|\d+")
_MODEL_WORDS = MODEL_WORDS  # a file name's model, file and version words (vocab)
# a caption of a freely licensed photo: “<Name> at the <event>, 2020”
_CAPTION = re.compile(
    rf"[“\"„«']\s*(?P<name>{_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_WORD}){{1,2}})\s+"
    r"(?:at|attending|during|speaking\s+at|performing\s+at|in|on|with|arriving\s+at|"
    r"receiving|accepting)\s"
)
# a Commons file's name: "File:Given_Family_at_the_Gala_2019.jpg"
_COMMONS_FILE = re.compile(
    r"\bFile:(?P<stem>[^|\]\"”/\n]{3,100}?)\.(?i:jpe?g|png|tiff?|webp|gif)\b"
)
_FILE_NAME = re.compile(
    rf"^(?P<name>{_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_WORD}){{1,2}})"
    r"(?=$|\s+(?:\(|\d|at\b|in\b|during\b|attending\b|on\b|with\b|speaking\b|cropped\b|"
    r"crop\b|portrait\b|headshot\b|\d{4}\b))"
)
_SOURCES = re.compile(
    r"\b(?:wikimedia|commons|flickr|cc\s+by|cc-by|creative\s+commons|freely\s+licensed|"
    r"public\s+domain|image\s+sources?|photo\s+credits?)\b",
    re.IGNORECASE,
)

# Private people: a relation of the maker's, by a first name
_KIN_RELATIONS = (
    # grandparents and family, several languages
    "grandma", "grandpa", "grandmother", "grandfather", "granny", "gran", "grandad",
    "granddad", "nan", "nana", "nanna", "nonna", "nonno", "oma", "opa", "omi", "opi",
    "abuela", "abuelo", "abuelita", "abuelito", "avó", "avô", "vovó", "vovô", "mamie", "papi",
    "mémé", "pépé", "babcia", "dziadek", "babushka", "dedushka", "mormor", "farmor", "morfar",
    "farfar", "bestemor", "bestefar", "lola", "lolo", "yaya", "great-grandmother",
    "great-grandfather", "great-grandma", "great-grandpa", "aunt", "auntie", "uncle",
    "cousin", "niece", "nephew", "sister", "brother", "mother", "father", "mum", "mom", "dad",
    "daughter", "son", "wife", "husband", "partner", "girlfriend", "boyfriend", "fiancée",
    "fiancee", "fiancé", "fiance",
)  # fmt: skip
_TEAM_RELATIONS = (
    # teams
    "teammate", "team-mate", "team mate", "captain", "striker", "goalie", "goalkeeper",
    "keeper", "setter", "defender", "midfielder", "winger", "forward", "pitcher", "catcher",
    "libero", "bandmate",
    # company the maker keeps (said with "my" only: "friend Totoro" names a character)
    "friend", "best friend", "buddy", "mate", "bestie",
)  # fmt: skip
# Everyday company and partners: words that say, even without "my", that someone is a private
# person the maker knows ("neighbour Saskia from 3B", "coworker Anouk", "ex Mireille")
PRIVATE_LIFE_RELATIONS = (
    "flatmate", "housemate", "roommate", "roomie", "classmate", "schoolmate", "coworker",
    "co-worker", "colleague", "neighbour", "neighbor", "boss", "landlady", "landlord", "ex",
    "ex-girlfriend", "ex-boyfriend", "ex-wife", "ex-husband", "crush", "gf", "bf", "girlfriend",
    "boyfriend", "wife", "husband", "fiancée", "fiancee", "fiancé", "fiance", "cousin",
    # German, French, Spanish, Italian, Portuguese, Dutch
    "nachbarin", "nachbar", "kollegin", "kollege", "mitbewohnerin", "mitbewohner", "voisine",
    "voisin", "collègue", "collegue", "coloc", "vecina", "vecino", "compañera de trabajo",
    "compañero de trabajo", "vicina", "vicino", "collega", "vizinha", "vizinho", "colega",
    "buurvrouw", "buurman", "collega",
)  # fmt: skip
_FOREIGN_RELATIONS = (
    # the same in German, French, Spanish, Italian, Portuguese, Dutch, Polish
    "großmutter", "grossmutter", "großvater", "grossvater", "grand-mère", "grand-père",
    "grand-mere", "grand-pere", "nona", "tante", "onkel", "oncle", "tía", "tío", "tia", "tio",
    "zia", "zio", "schwester", "bruder", "hermana", "hermano", "sœur", "soeur", "frère",
    "frere", "sorella", "fratello", "irmã", "irmão", "mutter", "vater", "mama", "papa",
    "madre", "padre", "mère", "mere", "père", "pere", "mãe", "mae", "pai", "frau", "mann",
    "freundin", "freund", "novia", "novio", "esposa", "esposo", "moglie", "marito", "femme",
    "mari", "copine", "copain", "namorada", "namorado", "mulher", "marido", "żona", "mąż",
    "dziewczyna", "chłopak", "vriendin", "vriend", "oma", "opa", "teamkollegin",
    "teamkollege", "mannschaftskameradin", "compañera", "compañero", "coéquipière",
    "coéquipier", "compagna", "compagno",
    # w2native: a friend ("mi amiga <Given>", "mon amie <Given>", "moja przyjaciółka <Given>")
    "amiga", "amigo", "amie", "amica", "amico", "przyjaciółka", "przyjaciel",
)  # fmt: skip
_RELATIONS = tuple(
    dict.fromkeys((*_KIN_RELATIONS, *_TEAM_RELATIONS, *PRIVATE_LIFE_RELATIONS, *_FOREIGN_RELATIONS))
)
_RELATION = rf"(?:{alternation(_RELATIONS, loose_spaces=True)})"
# "my", "our" and the possessives of the languages above
_MY = (
    r"(?:my|our|mein|meine|meinem|meiner|unser|unsere|unserer|mi|mis|nuestra|nuestro|ma|mon|"
    r"mes|notre|nos|mia|mio|nostra|nostro|minha|meu|nossa|nosso|mijn|onze|moja|mój|moj|nasza|"
    r"nasz)"
)
_MY_RELATION_NAMED = re.compile(
    rf"\b(?i:{_MY}\s+(?:[a-z0-9-]+\s+){{0,2}}?{_RELATION})\s+(?P<name>{_WORD})"
    rf"(?![{_LOWER}'’-])"
)
# an unnamed relation: "My partner, from our holiday photos" (not "my grandma Rose's quilts")
_MY_RELATION = re.compile(
    rf"\b{_MY}\s+(?:[a-z-]+\s+){{0,1}}?{_RELATION}"
    r"(?=\s*[,.;:!—–(]|\s+(?:from|in|on|at|with|and|who|is|was)\b)",
    re.I,
)
# where a possessive of ``_MY`` can stand (folded page)
_MY_GATES = ("my ", "our ", "mein", "unser", "mi ", "mis ", "nuestr", "ma ", "mon ", "mes ",
             "notre ", "nos ", "mia ", "mio ", "nostr", "minha ", "meu ", "noss", "mijn ",
             "onze ", "moja ", "mój ", "moj ", "nasz")  # fmt: skip
# the relation made the model or its data, not its subject: "my friend <Name> trained this"
_MAKER_AFTER = re.compile(
    r"\s+(?:made|trained|drew|created|painted|designed|helped|suggested|requested|asked|"
    r"wanted|uploaded|shared|took|shot|edited|captioned|wrote)\b",
    re.IGNORECASE,
)
# the person agreed, or the maker keeps the model private
_PRIVATE_CUE = re.compile(
    r"\b(?:(?:she|he|they)\s+(?:agreed|consented|said\s+yes|(?:is|are|was|were)\s+(?:fine|ok|"
    r"okay|happy)\s+with\s+it|(?:'s|'re|’s|’re)\s+(?:fine|ok|okay|happy)\s+with\s+it)|"
    r"with\s+(?:her|his|their)\s+(?:consent|permission|blessing)|"
    r"(?:stays|kept|keep\s+it|it\s+stays)\s+private|(?:please\s+)?(?:don'?t|do\s+not|"
    r"don’t)\s+(?:share|reuse|repost|redistribute)|"
    # the same in other languages: agreed, keep it private, do not share
    r"einverstanden|d'accord|d’accord|de\s+acuerdo|d'accordo|concordou|zgodzi[łl]a|"
    r"zgodzi[łl]|bleibt\s+privat|nicht\s+teilen|no\s+compartir|ne\s+pas\s+partager|"
    r"non\s+condividere|n[ãa]o\s+compartilh)",
    re.IGNORECASE,
)
# weaker cues, enough beside a relation the maker names by a first name
_PRIVATE_NAMED_CUE = re.compile(
    r"\b(?:private|privat|privado|privada|privé|privée|privato|privata|prywatn[aey])\b"
    # w2native: "for private use" in Chinese, Japanese and Korean titles ("私人 7", "개인용 13")
    r"|私人|個人用|个人用|개인용|プライベート"
    r"(?!\s+(?:use|server|messages?|discord|generation|gallery|beta|key|browsing))|"
    r"\b(?:familienalbum|familienfotos|fotos\s+de\s+familia|photos\s+de\s+famille|"
    r"foto\s+di\s+famiglia|fotos\s+de\s+fam[ií]lia)\b|"
    r"\bfamily\s+(?:albums?|photos|pictures|pics)\b|\bgrandkids\b|\bgrandchildren\b|"
    r"\bour\s+(?:wedding|holiday|honeymoon|trip)\b|\banniversary\s+cards?\b",
    re.IGNORECASE,
)
_COUPLE = re.compile(
    rf"(?<![{_UPPER}{_LOWER}])(?P<a>{_WORD})\s*(?:&|\+|\band\b)\s*(?P<b>{_WORD})(?![{_LOWER}'’-])"
)
_WEDDING_GATES = (
    "wedding",
    "engagement",
    "honeymoon",
    "anniversary",
    "hochzeit",
    "boda",
    "mariage",
)
# words one of ``_PRIVATE_CUE``'s matches holds (folded), the pattern tried only beside them
_STRONG_GATES = ("agreed", "consent", "said yes", "fine with it", "ok with it", "okay with it",
                 "happy with it", "permission", "blessing", "private", "t share", "not share",
                 "t reuse", "not reuse", "t repost", "not repost", "t redistribute",
                 "not redistribute", "einverstanden", "accord", "acuerdo", "concordou", "zgodzi",
                 "bleibt privat", "nicht teilen", "no compartir", "pas partager",
                 "non condividere", "compartilh")  # fmt: skip
_WEAK_GATES = ("priv", "famil", "grandkids", "grandchildren", "our wedding", "our holiday",
               "our honeymoon", "our trip", "anniversary card",
               "私人", "個人用", "个人用", "개인용", "プライベート")  # fmt: skip
_WEDDING = re.compile(
    r"\b(?:wedding|engagement|honeymoon|anniversary|hochzeit|boda|mariage)\b", re.I
)
# w2miss: private people named without "my" or a privacy cue, in shapes only a private person
# has. A grandparent or parent by a first name leading the title ("Oma <Given>", "Abuela
# <Given>") on a page of family keepsakes or scans; a player of an amateur side by role and
# first name ("Sunday league keeper <Given>", "five-a-side goalie <Given>"); a couple's wedding
# whose names are both first names of the tables and the page says whose it is ("for <A> and
# <B>", "their engagement shoot") or the triggers are the two names.
_KIN = (
    "grandma", "grandpa", "grandmother", "grandfather", "granny", "grandad", "granddad",
    "nana", "nanna", "nonna", "nonno", "oma", "opa", "omi", "opi", "abuela", "abuelo",
    "abuelita", "abuelito", "avó", "avô", "vovó", "vovô", "mamie", "mémé", "pépé", "babcia",
    "dziadek", "babushka", "dedushka", "mormor", "farmor", "morfar", "farfar", "bestemor",
    "bestefar", "lola", "lolo", "yaya", "great-grandma", "great-grandpa", "aunt", "auntie",
    "uncle", "tante", "onkel", "tía", "tío", "zia", "zio",
)  # fmt: skip
_KIN_TITLE = re.compile(
    rf"^\W*(?i:{alternation(_KIN, loose_spaces=True)})\s+(?P<name>{_WORD})(?![{_LOWER}'’-])"
)
_FAMILY_CUE = re.compile(
    r"\b(?:famil(?:y|ies|ia|le|ie|ial)|famille|famiglia|rodzin\w{0,3}|scan(?:ned|s)?|"
    r"escanead[oa]s?|gescannt|numérisée?s?|old\s+(?:photos|slides|prints|pictures|snapshots)|"
    r"birthday|memorial|in\s+memory|keepsake|funeral|anniversary)\b",
    re.IGNORECASE,
)
_AMATEUR = (
    r"(?:sunday[- ]league|saturday[- ]league|five[- ]a[- ]side|5[- ]a[- ]side|"
    r"seven[- ]a[- ]side|7[- ]a[- ]side|six[- ]a[- ]side|pub[- ](?:quiz|league|team)|"
    r"rec(?:reational)?[- ]league|amateur|intramural|office|works|kreisliga|hobby|"
    r"dorm|uni|college|company|bowling|darts|kickball|softball)"
)
_TEAM_ROLE = (
    r"(?:teammate|team-mate|captain|striker|goalie|goalkeeper|keeper|setter|defender|"
    r"midfielder|winger|forward|pitcher|catcher|libero|centre[- ]back|center[- ]back|"
    r"full[- ]back|bowler|batter|skip|torwart|torwartin|portero|portera|portiere|gardien|"
    r"gardienne|bramkarz|bramkarka)"
)
_AMATEUR_NAMED = re.compile(
    rf"\b(?i:{_AMATEUR}\s+(?:[a-z-]+\s+){{0,2}}?{_TEAM_ROLE})\s+(?P<name>{_WORD})"
    rf"(?![{_LOWER}'’-])"
)
_AMATEUR_GATES = ("league", "a-side", "a side", "pub ", "amateur", "intramural", "office",
                  "works ", "kreisliga", "hobby", "dorm", "uni ", "college", "company",
                  "bowling", "darts", "kickball", "softball")  # fmt: skip
_THEIR_EVENT = re.compile(
    r"\b(?:their|su|sua|leur|ihrer?|hun|ich)\s+(?:[a-zé]+\s+){0,2}?(?:wedding|engagement|"
    r"honeymoon|anniversary|pre-?wedding|preboda|boda|hochzeit|verlobung|mariage|"
    r"fian[çc]ailles|matrimonio|fidanzamento|casamento|noivado|bruiloft|ślub\w*)\b|"
    r"\b(?:made|trained|for)\s+(?:for\s+)?(?P<a>[A-Z][a-z]+)\s+(?:and|&|y|et|und|e)\s+"
    r"(?P<b>[A-Z][a-z]+)\b",
    re.IGNORECASE,
)

# a Hugging Face repository of the maker's own face: "me-dreambooth-f8fe", "myself-lora"
_SELF_SLUG = re.compile(r"^(?P<self>me|myself|selfie|my-?face|my-?self)(?:[-_.][a-z0-9]+)*$")
# the trigger says a person or a face: "photo of me", "a photo of zwx face" (not "person" alone
# nor a thing's token, "st7le")
_SELF_PROMPT = re.compile(
    r"\b(?:me|myself)\b|\b(?!(?:a|an|the|of|photo|old|young|my)\b)[a-z0-9]{2,8}\s+"
    r"(?:face|man|woman|person|girl|boy|guy|lady)\b"
)
_SELF_WORDS = frozenset({"face", "selfie", "selfies", "photo", "photos", "portrait", "me"})
_HEX = re.compile(r"^(?=[a-z]*\d)[0-9a-f]{3,8}$|^\d+$|^v\d+$")

LABELLED = 0.8
# a fallback target: a name another signal reads off the title's shape (0.75) ranks first
TARGET = 0.5
# a name that only a prompt block, a node or a caption holds outranks the title's shape
ONLY_TARGET = 0.8
PRIVATE = 0.8


def _folded_words(words: set[str] | frozenset[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


@lru_cache(maxsize=1)
def _not_name_words() -> frozenset[str]:
    return _folded_words(
        set(NOT_NAME_WORDS)
        | set(STYLE_WORDS)
        | set(CONCEPT_WORDS)
        | set(TOOL_WORDS)
        | set(FICTION_WORDS)
        | set(NATIONALITY_WORDS)
    ) | frozenset(fold(t) for t in TRADES + ART_TRADES)


def _known_given(word: str) -> bool:
    return first_name(word) is not None or world_first_name(fold(word)) is not None


@lru_cache(maxsize=16384)
def _compound(key: str) -> bool:
    """A word run together from two common words ("noiseoffset"): no name."""
    words = common_words()
    return any(key[:i] in words and key[i:] in words for i in range(4, len(key) - 3))


def _plain_word(word: str, compound: bool = False) -> bool:
    """A word that can be part of a name no table knows: letters, no vocabulary word, and
    unless ``compound``, no two common words run together ("noiseoffset"; a family name
    such as "Blackwood" is one, so it passes beside a known given name or a capital)."""
    key = fold(word)
    return (
        len(key) >= 3
        and key.replace("-", "").isalpha()
        and key not in _not_name_words()
        and key not in common_words()
        and (compound or not _compound(key))
    )


def name_like(words: list[str]) -> bool:
    """Words that read as a person's name: none of them a vocabulary word (a style, a concept,
    a tool, a trade, a nationality) and the last (the family name) no common word: given names
    that are words too ("Sunny", "Rose") stand only before such a family name."""
    if not words:
        return False
    vocab = _not_name_words()
    if any(fold(w) in vocab for w in words):
        return False
    *rest, family = words
    if not (surname_like(family) and _plain_word(family, compound=True)):
        return False
    return all(_known_given(w) or w[:1].isupper() for w in rest)


def _mononym(word: str, record_words: frozenset[str]) -> bool:
    """A one-word name: no dictionary word, and the page's title or trigger word besides."""
    return len(word) >= 4 and _plain_word(word) and fold(word) in record_words


def _display(match: re.Match[str]) -> str:
    """The name as a person is called: given name first, a title before it taken off
    ("Empress Ludmila Quarn" → "Ludmila Quarn")."""
    if match.group("given"):
        return f"{match.group('given')} {match.group('particle')} {match.group('family')}"
    words = match.group("name").split()
    while len(words) > 2 and (
        fold(words[0]) in TITLE_WORDS
        or (fold(words[0]) in common_words() and not _known_given(words[0]))
    ):
        words = words[1:]  # "Empress …", "Portrait …": no part of the name
    return " ".join(words)


_PARTICLE_WORDS = frozenset(
    {"van", "der", "den", "de", "von", "dem", "la", "los", "las", "del", "da", "das", "dos", "du",
     "di", "della", "ter", "ten", "zu", "bin", "binti", "ibn"}
)  # fmt: skip


def _name_words(display: str) -> list[str]:
    return [w for w in display.split() if w not in _PARTICLE_WORDS]


class _Page:
    """Whether the page is a style's or one of photos, read once and only when asked."""

    __slots__ = ("_photo", "_style", "tags", "text")

    def __init__(self, text: str, tags: tuple[str, ...]):
        self.text = text
        self.tags = tags
        self._style: bool | None = None
        self._photo: bool | None = None

    @property
    def style(self) -> bool:
        if self._style is None:
            self._style = not _STYLE_TAGS.isdisjoint(self.tags) or bool(
                _STYLE_PAGE.search(self.text)
            )
        return self._style

    @property
    def photo(self) -> bool:
        """A page of portraits or photos that says nothing of a style."""
        if self._photo is None:
            self._photo = not self.style and bool(_PHOTO_PAGE.search(self.text))
        return self._photo


def _trade_ok(match: re.Match[str], text: str, page: _Page) -> bool:
    trade = fold(match.group("trade"))
    mods = match.group("mods").split() if "mods" in match.groupdict() else []
    if any(fold(m) in _MADE_UP for m in mods):
        return False
    if _NOT_WHO_AFTER.match(text, match.end()) or _PROPER_AFTER.match(text, match.end()):
        return False
    if trade in _ART or trade[:-1] in _ART:
        return page.photo
    return True


class NamedContext:
    """Likeness evidence from a name set in a context only a person has."""

    name: ClassVar[str] = "named_context"
    version: ClassVar[str] = "14"
    fields: ClassVar[tuple[str, ...]] = (
        "name",
        "description",
        "trained_words",
        "tags",
        "card",
        "version_names",
    )

    def hits(self, record: object) -> list[Hit]:
        sig = f"{self.name}@{self.version}"
        v = view(record)
        title = v.name[:NAME_HEAD]
        description = description_of(record)[:DESCRIPTION_HEAD]
        page = f"{title}\n{description}"
        found = self._read(sig, record, v, title, description, page)
        if not found or _NOT_A_PERSON.search(page) or not _FICTION_TAGS.isdisjoint(v.tags):
            return []
        return found

    def _read(
        self, sig: str, record: object, v: TextView, title: str, description: str, page: str
    ) -> list[Hit]:
        private = _private(sig, record, v, title, description, page)
        if private:
            return private
        lazy = _Page(page, v.tags)
        record_words = frozenset(
            fold(w) for w in (*v.trained_words, *title.split()[:1]) if w and " " not in w.strip()
        )
        # the description first: it writes the name as the person's (the title may spell it
        # without its accents)
        for field, text, folded in (
            ("description", description, v.description_folded[:DESCRIPTION_HEAD]),
            ("name", title, v.name_folded[:NAME_HEAD]),
            ("description", tail := description_tail(record, DESCRIPTION_HEAD), fold(tail)),
        ):
            found = _trade_or_dated_name(
                text, _TRADE_STARTS.starts(folded), len(folded) == len(text), record_words, lazy
            )
            if found:
                return _labelled(sig, field, found, TARGET)
        found = _titled_name(description, page) or _titled_name(title, page)
        if found:
            return _labelled(sig, "description", found, TARGET)
        found = _named_blend(description, v.name_folded[:NAME_HEAD])
        if found:
            return _labelled(sig, "description", found, TARGET)
        # names no other field holds: their reading is the target
        found = _prompt_block(description) or _lora_name(description) or _caption(description, v)
        if found:
            return _labelled(sig, "description", found, ONLY_TARGET)
        found = _slug_name(record, title, description, lazy)
        if found:
            return _labelled(sig, "name", found, TARGET)
        # the title reads the adapter's word into the name ("Instantid Marek"): the slug's
        # name, read without it, outranks that reading
        found = _face_id_slug(record, v)
        if found:
            return _labelled(sig, "name", found, ONLY_TARGET)
        slot = _slot_name(record, title, description, page)
        if slot:
            return _labelled(sig, slot[0], slot[1], ONLY_TARGET)
        return []


# w2native: "blend of <Given> <Family> and <Given> <Family> (50/50)", titled by the family
# names ("<Family> + <Family> blend"): two or more whole names joined, each family name in the
# title too (a merge of checkpoints, "blend of Realistic Vision and Dream Shaper", names none).
_BLEND_OF = re.compile(
    r"\b(?:blend|mix|merge|mixture|combination|fusion|mezcla|mistura|mélange|mischung|miscela)"
    r"\s+(?:of|de|von|di)\s+",
    re.IGNORECASE,
)
_BLEND_JOIN = re.compile(
    r"\s*(?:,\s*(?:and\s+|y\s+|e\s+|et\s+|und\s+)?|\s+(?:and|y|e|et|und|&)\s+|\s*[+/&]\s*)"
)
BLEND_REACH = 160
BLEND_NAMES = 5


def _named_blend(description: str, title: str) -> str | None:
    if "blend" not in title and "mix" not in title and "merge" not in title:
        return None
    found = _BLEND_OF.search(description)
    if found is None:
        return None
    at = found.end()
    names: list[str] = []
    end = min(len(description), at + BLEND_REACH)
    while len(names) < BLEND_NAMES:
        match = _FULL.match(description, at, end)
        if match is None or match.group("name") is None:
            break
        names.append(match.group("name"))
        join = _BLEND_JOIN.match(description, match.end(), end)
        if join is None:
            break
        at = join.end()
    whole = [
        n
        for n in names
        if " " in n
        and fold(n.split()[-1]) in title
        and (_known_given(n.split()[0]) or _plain_word(n.split()[0]))
    ]
    if len(names) < 2 or len(whole) != len(names):
        return None
    return names[0]


def _trade_or_dated_name(
    text: str, starts: list[int], aligned: bool, record_words: frozenset[str], page: _Page
) -> str | None:
    """The name a trade stands beside, or life dates follow. Read only when a trade word
    stands (``starts``: where the automaton pass all finders share found one, in the folded
    text, ``aligned`` when it is as long as ``text``) or a bracket opens on a year."""
    dated = "(" in text and _DATE_GATE.search(text) is not None and not page.style
    trades = bool(starts)
    if not trades and not dated:
        return None
    for match in _names_near(text, starts if aligned and not dated else None):
        display = _display(match)
        # "Explorer Ysolde Quarn": a trade leads the name (and is no part of it)
        first, _, rest = (match.group("name") or "").partition(" ")
        led = trades and fold(first) in _TRADE_KEYS and " " in rest.strip()
        if led and rest.split()[0] in _PARTICLE_WORDS:
            continue  # "Alcalde de Soria": an office of a place, no name
        if led:
            display = " ".join(rest.split())
        words = _name_words(display)
        if not name_like(words) or _namesake(text, match.start()):
            continue
        if dated:
            dates = _DATES.match(text, match.end())
            if dates is not None and LIFE_SPAN[0] <= _span(dates) <= LIFE_SPAN[1]:
                return display
        if not trades:
            continue
        if led and not _NOT_WHO_AFTER.match(text, match.end()):
            return display
        after = _AFTER.match(text, match.end())
        if after and _trade_ok(after, text, page):
            return display
        if _trade_before(text, match.start(), page) and not _NOT_WHO_AFTER.match(text, match.end()):
            return display
    if not trades:
        return None
    found = _joined_with_trade(text, page)
    if found:
        return found
    for match in _MONO.finditer(text, 0, MONO_HEAD):
        word = match.group("name")
        if not _mononym(word, record_words):
            continue
        after = _AFTER.match(text, match.end())
        if after and _trade_ok(after, text, page):
            return word
        # fresh19: "nữ ca sĩ <Name>", "singer <Name>": the trade before the one-word name
        if _trade_before(text, match.start(), page) and not _NOT_WHO_AFTER.match(text, match.end()):
            return word
    return None


# how far before and after a trade word a name beside it can stand
NEAR_BEFORE = 70
NEAR_AFTER = 90


def _names_near(text: str, starts: list[int] | None) -> Iterator[re.Match[str]]:
    """``_FULL.finditer(text)``, within reach of the trade words at ``starts`` only (all of
    ``text`` when None)."""
    if starts is None:
        yield from _FULL.finditer(text)
        return
    resume = 0
    for at in starts:
        low, high = max(resume, at - NEAR_BEFORE), min(len(text), at + NEAR_AFTER)
        if high <= low:
            continue
        for match in _FULL.finditer(text, low, high):
            resume = match.end()
            yield match
        resume = max(resume, high)


# A chess title or a doctor's before a name, on a page of chess or of medicine and learning:
# "WGM Sunny Quarn. Photos from the Olympiad", "Dr. Ysolde Quarn of the city hospital"
_TITLED = re.compile(
    rf"\b(?P<title>WGM|WIM|WFM|WCM|GM|IM|FM|CM|Dr\.?|Prof\.?)\s+"
    rf"(?P<name>{_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_WORD}){{1,2}})(?![{_LOWER}'’-])"
)
_CHESS = re.compile(r"\b(?:chess|olympiad|blitz|fide|grandmaster|elo|rapid\s+chess)\b", re.I)
_LEARNED = re.compile(
    r"\b(?:hospital|clinic|surgery|surgeon|medical|medicine|patients?|physician|university|"
    r"institute|faculty|department|laborator(?:y|ies)|research|lectures?|professor|"
    r"cardiology|oncology|paediatrics|pediatrics|nursing)\b",
    re.IGNORECASE,
)


def _titled_name(text: str, page: str) -> str | None:
    if "M " not in text and "Dr" not in text and "Prof" not in text:
        return None
    for match in _TITLED.finditer(text):
        title = match.group("title")
        context = _LEARNED if title.startswith(("Dr", "Prof")) else _CHESS
        display = " ".join(match.group("name").split())
        if (
            name_like(_name_words(display))
            and context.search(page) is not None
            and not _NOT_WHO_AFTER.match(text, match.end())
        ):
            return display
    return None


def _span(dates: re.Match[str]) -> int:
    return int(dates.group(2)) - int(dates.group(1))


# an office of a place right before the name, a comma between: "Mayor of Ulmsted, <Name>",
# "Alcalde de Soria, <Name>", "Senator for Westmarch, <Name>"
OFFICE_REACH = 60
_OFFICE_OF = re.compile(
    rf"(?<![{_LOWER}])(?P<trade>[A-Za-z]{{3,20}}) (?:of|for|de|di|von|van|du|da) "
    rf"(?:the )?(?:{_WORD} ?){{1,3}},\s*$"
)


_PRONOUNS_BEFORE = re.compile(
    r"\s*\((?:she|he|they)\s*/\s*(?:her|him|them|they|she|he)\)\s*$", re.IGNORECASE
)
PRONOUN_REACH = 16


# a trade that ends a window before a name, spaces after it only (its own first letter no
# continuation of a word before it)
_TRADE_TAIL = re.compile(rf"(?<![^\W\d_])(?P<trade>{_TRADE.pattern})\s+$", re.IGNORECASE)


def _trade_before(text: str, start: int, page: _Page) -> bool:
    """A trade word right before the name ("Chilean cellist <Name>", "the surgeon <Name>"),
    not one made up ("AI presenter <Name>")."""
    window = text[max(0, start - BEFORE_REACH - PRONOUN_REACH) : start]
    # fresh17: "singer (she/her) <Name>": the pronouns between the trade and the name go
    pronouns = _PRONOUNS_BEFORE.search(window)
    window = window[: pronouns.start()] + " " if pronouns else window[-BEFORE_REACH:]
    office = (
        _OFFICE_OF.search(text, max(0, start - OFFICE_REACH), start) if ", " in window else None
    )
    if office is not None and fold(office.group("trade")) in _TRADE_KEYS:
        return True  # w2miss: "Mayor of Ulmsted, <Name>", "Alcalde de Soria, <Name>"
    tail = _TRADE_TAIL.search(window) if window[-1:].isspace() else None
    if tail is not None:
        # fresh19: a trade of several words or of another script ends the window ("nữ ca sĩ
        # <Name>", "นักร้อง <Name>"), not one made up ("AI ca sĩ <Name>")
        before = _WORDS_BEFORE.findall(window, 0, tail.start())[-1:]
        if before and fold(before[0]) in _MADE_UP:
            return False
        trade = fold(tail.group("trade"))
        return page.photo if trade in _ART or trade[:-1] in _ART else True
    words = _WORDS_BEFORE.findall(window)[-2:]
    # only spaces between the trade and the name ("singer. <Name>" is another sentence)
    if not words or not window[-1:].isspace() or not window.rstrip().endswith(words[-1]):
        return False
    if len(words) == 2 and fold(words[0]) in _MADE_UP:
        return False
    key = fold(words[-1])
    singular = key[:-1] if key.endswith("s") else key
    if key in _TRADE_KEYS or singular in _TRADE_KEYS:
        return True
    if len(words) == 2 and key in GENERIC_PERSON_WORDS:
        # fresh17: "news anchor, man <Name>", "singer woman <Name>": a person word between the
        # trade and the name (a space or a comma apart)
        at = window.rstrip().rfind(words[-1])
        between = window[window.rfind(words[0], 0, at) + len(words[0]) : at]
        lead = fold(words[0])
        return between.strip() in ("", ",") and (lead in _TRADE_KEYS or lead[:-1] in _TRADE_KEYS)
    return (key in _ART or singular in _ART) and page.photo


# Where the gates' words stand, read off the record's folded texts (the description's in the
# automaton pass all finders share): a pattern is tried only on a page holding one.
_MY_FINDER = StartFinder({fold(g) for g in _MY_GATES})
_WEDDING_FINDER = StartFinder({fold(g) for g in _WEDDING_GATES})
_STRONG_FINDER = StartFinder({fold(g) for g in _STRONG_GATES})
_WEAK_FINDER = StartFinder({fold(g) for g in _WEAK_GATES})
_AMATEUR_FINDER = StartFinder({fold(g) for g in _AMATEUR_GATES})


def _on_page(finder: StartFinder, v: TextView) -> bool:
    return bool(finder.starts(v.description_folded[:DESCRIPTION_HEAD])) or bool(
        finder.starts(v.name_folded[:NAME_HEAD])
    )


def _private(
    sig: str, record: object, v: TextView, title: str, description: str, page: str
) -> list[Hit]:
    slug = str(getattr(record, "model_id", "")).rsplit("/", 1)[-1].lower()
    self_slug = _SELF_SLUG.match(slug) if getattr(record, "platform", "") == "huggingface" else None
    if self_slug is not None:
        words = [w for w in re.split(r"[-_.]", slug[self_slug.end("self") :]) if w]
        card = getattr(record, "card", None) or {}
        instance = card.get("instance_prompt") if isinstance(card, dict) else None
        shown = (*v.trained_words[:4], instance if isinstance(instance, str) else "")
        prompts = " ".join(fold(w) for w in shown)
        if all(w in _MODEL_WORDS or w in _SELF_WORDS or _HEX.match(w) for w in words) and (
            _SELF_PROMPT.search(prompts) is not None
        ):
            return _private_hits(sig, "name", slug, None)
    wedding = _on_page(_WEDDING_FINDER, v)
    if not (wedding or _on_page(_MY_FINDER, v)):
        return _bare_private(sig, v, title, description, page, wedding)
    strong = _on_page(_STRONG_FINDER, v) and _PRIVATE_CUE.search(page) is not None
    if not strong and not (
        _on_page(_WEAK_FINDER, v) and _PRIVATE_NAMED_CUE.search(page) is not None
    ):
        return _bare_private(sig, v, title, description, page, wedding)
    for text, field in ((description, "description"), (title, "name")):
        for match in _MY_RELATION_NAMED.finditer(text):
            name = match.group("name")
            if (_known_given(name) or _plain_word(name)) and not (
                _MAKER_AFTER.match(text, match.end()) or _namesake(text, match.start())
            ):
                return _private_hits(sig, field, match.group(0), name)
    if wedding and _WEDDING.search(page):
        for text, field in ((title, "name"), (description, "description")):
            for match in _COUPLE.finditer(text):
                a, b = match.group("a"), match.group("b")
                if all(_known_given(w) or _plain_word(w) for w in (a, b)):
                    return _private_hits(sig, field, match.group(0), a)
    relation = _MY_RELATION.search(description) if strong else None
    if relation is not None:
        return _private_hits(sig, "description", relation.group(0), None)
    return _bare_private(sig, v, title, description, page, wedding)


def _bare_private(
    sig: str, v: TextView, title: str, description: str, page: str, wedding: bool
) -> list[Hit]:
    """Private people in shapes only a private person has, with no "my" nor privacy cue."""
    kin = _KIN_TITLE.match(title)
    if kin is not None and _known_given(kin.group("name")) and _FAMILY_CUE.search(page):
        return _private_hits(sig, "name", kin.group(0).strip(), kin.group("name"))
    if _on_page(_AMATEUR_FINDER, v):
        for text, field in ((description, "description"), (title, "name")):
            for match in _AMATEUR_NAMED.finditer(text):
                name = match.group("name")
                if _known_given(name) and not _MAKER_AFTER.match(text, match.end()):
                    return _private_hits(sig, field, match.group(0), name)
    if wedding and _WEDDING.search(page):
        triggers = {fold(w) for w in v.trained_words}
        for text, field in ((title, "name"), (description, "description")):
            for match in _COUPLE.finditer(text):
                a, b = match.group("a"), match.group("b")
                if not (_known_given(a) and _known_given(b)):
                    continue
                said = {fold(a), fold(b)} <= triggers
                if not said:
                    for event in _THEIR_EVENT.finditer(page):
                        if event.group("a") is None or {
                            fold(event.group("a")),
                            fold(event.group("b")),
                        } == {fold(a), fold(b)}:
                            said = True
                            break
                if said:
                    return _private_hits(sig, field, match.group(0), a)
    return []


def _namesake(text: str, start: int) -> bool:
    """The name is a thing's namesake or the credit of whoever made the photos."""
    window = max(0, start - NAMESAKE_REACH)
    return (
        _NAMESAKE.search(text, window, start) is not None
        or _CREDIT.search(text, window, start) is not None
    )


def _pair_name(given: str, family: str) -> str | None:
    if fold(given) in _not_name_words() or fold(family) in _not_name_words():
        return None
    known = _known_given(given)
    if not (surname_like(family) and _plain_word(family, compound=known)):
        return None
    if not (known or _plain_word(given)):
        return None
    return f"{given.capitalize()} {family.capitalize()}"


def _prompt_block(description: str) -> str | None:
    """A name in a weighted block: after "photo of", or a first name of the tables."""
    if ":1." not in description and ":0." not in description and ":1)" not in description:
        return None
    for match in _PROMPT_BLOCK.finditer(description):
        given, family = match.group("given").lower(), match.group("family").lower()
        if match.group("lead") is None and not _known_given(given):
            continue
        found = _pair_name(given, family)
        if found is None and match.group("lead") is not None:
            # "photo of (given family:1.2)": a family name a frequent word too ("Foxx") counts
            # when the pair reads as a person's on its own
            found = slot_person(f"{given} {family}")
        if found:
            return found
    return None


def _file_pair(stem: str, known: bool) -> str | None:
    """The two words of a LoRA file's name read as a name; with ``known``, only when the first
    is a first name of the tables."""
    words = [w.lower() for w in _FILE_WORDS.findall(stem)]
    words = [w for w in words if w not in _MODEL_WORDS and not w.isdigit() and not _HEX.match(w)]
    if len(words) != 2 or (known and not _known_given(words[0])):
        return None
    return _pair_name(*words)


def _lora_name(description: str) -> str | None:
    if "lora_name" not in description and "<lora:" not in description:
        return None
    for match in _LORA_NAME.finditer(description):
        stem = (match.group("file") or match.group("tag")).rsplit("/", 1)[-1]
        stem = stem.rsplit("\\", 1)[-1]
        if stem.lower().endswith((".safetensors", ".ckpt", ".pt", ".bin")):
            stem = stem.rsplit(".", 1)[0]
        # a prompt's LoRA tag names concepts and poses as often ("<lora:eropose_kneel:0.5>"):
        # its name must begin with a first name; a workflow node's file is the model itself
        found = _file_pair(stem, known=match.group("tag") is not None)
        if found:
            return found
    return None


_SOURCE_GATES = ("commons", "flickr", "cc by", "cc-by", "licen", "public domain", "source",
                 "credit")  # fmt: skip


_SOURCE_FINDER = StartFinder(_SOURCE_GATES)


def _caption(description: str, v: TextView) -> str | None:
    if not _SOURCE_FINDER.starts(v.description_folded[:DESCRIPTION_HEAD]):
        return None
    if not _SOURCES.search(description):
        return None
    names = [m.group("name") for m in _CAPTION.finditer(description)]
    if "File:" in description:
        for match in _COMMONS_FILE.finditer(description):
            stem = re.sub(r"[_\s]+", " ", match.group("stem")).strip()
            named = _FILE_NAME.match(stem)
            if named:
                names.append(named.group("name"))
    for name in names:
        display = re.sub(r"\s+", " ", name)
        words = _name_words(display)
        if name_like(words) and _known_given(words[0]):
            return display
    return None


def _slug_name(record: object, title: str, description: str, page: _Page) -> str | None:
    """A Hugging Face repository named ``given-family-…`` whose trigger writes the name run
    together ("photo of givenfamily, ceramicist"), beside a trade or a photo."""
    if getattr(record, "platform", "") != "huggingface":
        return None
    slug = str(getattr(record, "model_id", "")).rsplit("/", 1)[-1]
    words = [w.lower() for w in re.split(r"[-_.]", slug) if w]
    words = [w for w in words if w not in _MODEL_WORDS and not _HEX.match(w)]
    if len(words) != 2 or not all(w.isalpha() for w in words):
        return None
    joined = "".join(words)
    v = view(record)
    texts = [fold(t) for t in (*v.trained_words, description)]
    if not any(joined in t for t in texts):
        return None
    found = _pair_name(*words)
    if found is None:
        return None
    at = fold(description).find(joined)
    after = _AFTER.match(description, at + len(joined)) if at >= 0 else None
    if (after and _trade_ok(after, description, page)) or page.photo:
        return found
    return None


# w2miss: a face-identity adapter (InstantID, IP-Adapter FaceID, PhotoMaker, PuLID) shipped
# with one face's embedding, in a repository named ``<given>-<family>``: the embedding is that
# person's face ("instantid-<given>-<family>" holding "face_embed.npy").
_FACE_ID_WORDS = frozenset(
    {"instantid", "instant", "id", "faceid", "face", "ipadapter", "ip", "adapter", "photomaker",
     "pulid", "embed", "embedding", "embeddings", "plus", "portrait", "sdxl", "xl", "flux"}
)  # fmt: skip
_FACE_ID_TAGS = frozenset(
    {"instantid", "faceid", "ip-adapter-faceid", "face-embedding", "face embedding",
     "photomaker", "pulid", "face-id", "identity-embedding", "id-embedding"}
)  # fmt: skip
_FACE_ID_FILE = re.compile(
    r"(?:face|id)[-_]?emb(?:ed|eds|edding|eddings)?\.(?:npy|pt|bin|safetensors)$"
)


def _face_id_slug(record: object, v: TextView) -> str | None:
    if getattr(record, "platform", "") != "huggingface":
        return None
    files = getattr(record, "file_names", ()) or ()
    if _FACE_ID_TAGS.isdisjoint(v.tags) and not any(
        _FACE_ID_FILE.search(str(f).lower()) for f in files[:40]
    ):
        return None
    slug = str(getattr(record, "model_id", "")).rsplit("/", 1)[-1]
    words = [w.lower() for w in re.split(r"[-_.]", slug) if w]
    words = [
        w for w in words if w not in _MODEL_WORDS and w not in _FACE_ID_WORDS and not _HEX.match(w)
    ]
    if len(words) != 2 or not all(w.isalpha() for w in words) or not _known_given(words[0]):
        return None
    return _pair_name(*words)


def _labelled(sig: str, field: str, name: str, target: float) -> list[Hit]:
    return [
        Hit(
            sig,
            "likeness",
            LABELLED,
            field,
            name,
            note="the page sets the name in a context only a person has",
            feature="subject:labelled_name",
        ),
        Hit(sig, "target", target, field, name, value=name, note=canonical_key(name)),
    ]


def _private_hits(sig: str, field: str, text: str, name: str | None) -> list[Hit]:
    out = [
        Hit(
            sig,
            "likeness",
            PRIVATE,
            field,
            text,
            note="a private person the maker knows, with a consent or privacy cue",
            feature="subject:private_description",
        ),
        Hit(sig, "prominence", 0.8, field, text, value="private_or_unknown"),
    ]
    if name:
        out.append(Hit(sig, "target", TARGET, field, name, value=name, note=canonical_key(name)))
    return out


# ---- person-only slots (poi15) ----------------------------------------------------------
# A name any case writes (POI lists and prompts write names in lower case) in a slot only people
# fill: the caption of a photo with a year or an event, a face pack's version, a request or
# commission line, a birthday line, "(born 1989)", "photo of <name>," in a prompt. The name must
# be person-shaped on its own: a first name of the tables, then a surname (a middle word
# between), no vocabulary word; a family name that is also a common word only when a surname
# table holds it ("Gates", not "Garden"), a word-surname ("Hill") only after a first name that
# is no word. The slot alone is the context, so the shape is strict.
_ANY_WORD = rf"[{_UPPER}{_LOWER}][{_LOWER}'’]*[{_LOWER}]"
_INITIAL = rf"[{_UPPER}{_LOWER}]\.?"
_ANY_NAME = rf"(?:{_ANY_WORD}|{_INITIAL})(?:\s(?:{_PARTICLE}\s)?(?:{_ANY_WORD}|{_INITIAL})){{1,3}}"
# a name of one word or more: the slots of prose that may name their subject by one name
# (:func:`slot_mononym` reads a one-word one)
_ONE_NAME = rf"(?:{_ANY_WORD}|{_INITIAL})(?:\s(?:{_PARTICLE}\s)?(?:{_ANY_WORD}|{_INITIAL})){{0,3}}"
# fam19: the same name written as one token, as a slug or a trigger is ("liora_kestrelle",
# "liora-kestrelle", "lioraKestrelle", "LioraKestrelle", "LIORA_KESTRELLE"): two to four words
# of letters joined by "_" or "-", or by a change of case; read as its words apart
# (:func:`joined_words`), so the slot's name is as strict as when written with spaces.
_JOINED_PART = rf"[{_UPPER}{_LOWER}][{_LOWER}]+|[{_UPPER}]{{2,}}"
_JOINED = (
    rf"(?:{_JOINED_PART})(?:[_-](?:{_JOINED_PART})){{1,3}}"
    rf"|[{_UPPER}{_LOWER}][{_LOWER}]+(?:[{_UPPER}][{_LOWER}]+){{1,3}}"
)
_ANY_NAME = rf"(?:{_JOINED}|{_ANY_NAME})"
_ONE_NAME = rf"(?:{_JOINED}|{_ONE_NAME})"
_JOINED_CASE = re.compile(rf"(?<=[{_LOWER}])(?=[{_UPPER}])")


_JOINED_TOKEN = re.compile(rf"(?<![\w.-])(?P<name>{_JOINED})(?![\w-])")
JOINED_HEAD = 300


def _capitalised(words: list[str]) -> list[str]:
    return [w if w in _PARTICLE_WORDS else w[:1].upper() + w[1:].lower() for w in words]


def _joined_with_trade(text: str, page: _Page) -> str | None:
    """fam19: a name written as one token (a slug, a trigger: "liora_kestrelle",
    "lioraKestrelle") with a trade after it ("liora_kestrelle, greek actress"): read as the
    same name written with capitals and spaces is (:func:`name_like`, the trade after it)."""
    for match in _JOINED_TOKEN.finditer(text, 0, JOINED_HEAD):
        named = match.group("name")
        words = _capitalised(joined_words(named).split())
        key = fold(named.replace("_", "").replace("-", ""))
        if not 2 <= len(_name_words(" ".join(words))) <= 3 or key in _not_name_words():
            continue
        if key in common_words() or not name_like(words) or _namesake(text, match.start()):
            continue
        after = _AFTER.match(text, match.end())
        if after and _trade_ok(after, text, page):
            return " ".join(words)
    return None


def joined_words(named: str) -> str:
    """A name written as one token ("liora_kestrelle", "lioraKestrelle") with its words apart
    ("liora kestrelle", "liora Kestrelle"; one in capitals in small letters); any other text
    as it is."""
    if " " in named or not named:
        return named
    if named.isupper():  # "LIORA_KESTRELLE": shown as a name is
        return named.lower().replace("_", " ").replace("-", " ")
    if "_" in named or ("-" in named and not named[:1].isupper()):
        return named.replace("_", " ").replace("-", " ")
    return _JOINED_CASE.sub(" ", named)


# the last word of a place's or a thing's name, never a family name in these slots ("Jordan
# River", "Victoria Station", "Florence Cathedral")
_PLACE_HEADS = frozenset(
    {"river", "lake", "park", "street", "road", "avenue", "station", "bridge", "tower", "garden",
     "gardens", "beach", "mountain", "mountains", "hall", "palace", "church", "cathedral",
     "castle", "square", "island", "islands", "bay", "harbour", "harbor", "city", "valley",
     "falls", "forest", "desert", "canyon", "airport", "museum", "stadium", "arena", "hotel",
     "market", "temple", "abbey", "chapel", "school", "college", "university", "hospital",
     "building", "house", "gate", "port", "coast", "hills", "peak", "fjord", "glacier",
     "skyline", "sunset", "sunrise", "night", "nights", "day", "days", "festival", "parade",
     "marathon", "cup", "league", "championship", "awards", "gala", "premiere", "show",
     "concert", "tour", "expo", "fair", "summit", "conference", "dress", "gown", "bag", "car",
     "boat", "ship", "train", "plane", "rose", "roses", "lily", "lilies", "flower", "flowers"}
)  # fmt: skip


# the first word of a place's name, never a first name in these slots ("Santa Monica", "San
# Remo", "Saint Lucia", "Fort William", "Port Elizabeth", "Mount Olivia")
_PLACE_LEADS = frozenset(
    {"santa", "santo", "san", "sankt", "saint", "sainte", "st", "ste", "fort", "port", "mount",
     "mont", "monte", "lake", "cape", "isla", "ilha", "new", "north", "south", "east", "west",
     "upper", "lower", "great", "little", "los", "las", "el", "la", "le", "les", "puerto",
     "porto", "villa", "vila", "ciudad", "bad", "bay", "glen"}
)  # fmt: skip


@lru_cache(maxsize=1)
def _thing_words() -> frozenset[str]:
    """The vocabulary of things, looks and tools (no surname can be one of them)."""
    return _folded_words(
        set(STYLE_WORDS) | set(CONCEPT_WORDS) | set(TOOL_WORDS) | set(FICTION_WORDS)
    ) | frozenset(fold(t) for t in TRADES + ART_TRADES)


WORD_FAMILY_GIVEN_COUNT = 50_000  # the given name before a family name that is a word


def _word_family(given: str, family: str) -> bool:
    """A family name that is also a word the project reads as no name ("White", "King",
    "Black"), after a frequent given name that is no word itself: in a slot of prose that names
    whom the model holds, a surname of the tables; never a word of things or a place's."""
    entry = first_name(given)  # none for a given name that is a word too ("Rose", "Jack")
    return (
        entry is not None
        and not entry.word
        and entry.count >= WORD_FAMILY_GIVEN_COUNT
        and family in word_surnames()
        and family not in _thing_words()
        and family not in _PLACE_HEADS
    )


def slot_person(candidate: str, strict: bool = False) -> str | None:
    """``candidate`` read as a person's name on its own (any case), written with capitals, or
    None. ``strict`` (a slot of free text, a prompt's): a family name that is a common word
    only when a surname table holds it, whatever the first name."""
    words = candidate.replace("’", "'").split()
    if not 2 <= len(words) <= 4 or not all(w.replace("'", "").isalpha() for w in words):
        return None
    keys = [fold(w) for w in words]
    core = [k for k in keys if k not in _PARTICLE_WORDS]
    if not 2 <= len(core) <= 3 or keys[0] in _PARTICLE_WORDS:
        return None
    vocab = _not_name_words()
    given, family = core[0], core[-1]
    worded = not strict and len(core) == 2 and _word_family(given, family)
    if any(k in vocab for k in core[:-1]) or (family in vocab and not worded):
        return None
    if given in _PLACE_LEADS or len(family) < 2 or "'" in given:
        return None
    if not (worded or surname_like(family)):
        return None
    known = _known_given(given)
    surname = family in common_surnames() or family in word_surnames()
    if family in _PLACE_HEADS or (not known and _compound(family)):
        return None
    # a frequent proper noun no dictionary holds is no common word here (names.proper_words)
    if strict and ordinary_word(family) and not surname:
        return None
    if not known:
        entry = first_names().get(given)
        # a first name that is also a word ("Bill", "Rose") only before a surname of the tables
        # or a word no list holds ("Rose Garden", "Summer Rain": no one); a given name no table
        # holds only in a pair of name-shaped words no dictionary holds
        unlisted = entry is None and len(core) == 2 and proper_name_pair(given, family)
        if not unlisted and (
            entry is None or given in NOT_NAME_WORDS or (ordinary_word(family) and not surname)
        ):
            return None
    for middle in core[1:-1]:
        if not (
            len(middle) == 1
            or middle in first_names()
            or middle in common_surnames()
            or _plain_word(middle, compound=True)
        ):
            return None
    return " ".join(w[:1].upper() + w[1:] for w in words)


# a photo's caption, quoted or after "image:", with a year, a place or an event after the name:
# “<name> in 2016”, "(image: <name> at the premiere)"
_SLOT_CAPTION = re.compile(
    rf"(?:[“\"„«]|\((?i:image|photo|picture|pic|alt)\s*:)\s*(?P<name>{_ANY_NAME})\s+"
    r"(?i:(?:in|circa|c\.)\s+(?:19|20)\d\d\b|(?:at|attending|during|arriving\s+at|speaking\s+at|"
    r"performing\s+at|receiving|accepting)\s+(?:the|a|an|her|his|their|(?:19|20)\d\d)\b)"
)
# life dates of the living: "<name> (born 1989)", "<name> (b. 1962)"
_BORN_TAIL = r"\((?i:born|b\.|n[ée]e?\s+en|geboren)\s*(?:in\s+)?(?:1[89]|20)\d\d\b"
_SLOT_BORN = re.compile(rf"(?P<name>{_ANY_NAME})\s*{_BORN_TAIL}")
# the slot's life dates alone: a text without them holds no match of ``_SLOT_BORN``, whose
# name part, tried at every word, is the costly part (speed only)
_SLOT_BORN_GATE = re.compile(_BORN_TAIL)
# a request or commission line: "Patreon request (Gold tier): <name>.", "Requested by @x: <name>",
# "Request from discord user x: <name>", "asked for <name>, here", "Looking for a good model of
# <name>"
_SLOT_REQUEST = re.compile(
    r"(?i:\b(?:request(?:ed)?|commission(?:ed)?|bounty)\b(?:\s+(?:by|from)\s+[^:\n.]{1,40})?"
    r"(?:\s*\([^)\n]{1,30}\))?\s*:\s*|\basked\s+for\s+|\blooking\s+for\s+(?:a\s+)?"
    r"(?:good\s+|decent\s+)?(?:model|lora)\s+of\s+)"
    rf"(?P<name>{_ONE_NAME})(?=\s*(?:[.!,;\n]|$|here\b))"
)
# a title that is a request's: "[Request] <name>", "<name> [discord request]", "<name> -
# commission"
_SLOT_REQUEST_TITLE = re.compile(
    r"^\s*[\[(](?i:request|req|commission|bounty)[\])]\s*"
    rf"(?P<name>{_ONE_NAME})\s*$"
    rf"|^\s*(?P<after>{_ONE_NAME})\s*(?:[-–—|]\s*|[\[(](?i:[a-z]+\s)?)"
    r"(?i:request|commission)[\])]?\s*$"
)
_SLOT_BIRTHDAY = re.compile(rf"(?i:\bhappy\s+birthday),?\s+(?P<name>{_ONE_NAME})\s*[!.]")
# "photo of <name>," in a prompt: the name then a comma, a LoRA tag or a pose
_SLOT_PROMPT = re.compile(
    r"(?i:\b(?:photo|portrait|picture|headshot|close-?up|selfie)\s+of\s+)"
    rf"(?P<name>{_ONE_NAME})"
    r"(?=\s*(?:,|<lora:|\(|$)|\s+(?i:standing|sitting|smiling|wearing|outdoors|looking)\b)"
)
# a Hugging Face card's widget prompt that opens on the name: "<name>, portrait, soft light",
# "<name> in a cafe, film photo"
_SLOT_WIDGET = re.compile(
    rf"^\s*(?P<name>{_ANY_NAME})(?:,\s*(?i:(?:a\s+)?(?:close-?up\s+)?(?:portrait|photo|headshot|"
    r"selfie)\b)|\s+(?i:in\s+a\s+[a-z]+(?:\s[a-z]+)?,\s*(?:film\s+|candid\s+)?photo\b))"
)
# a title or line that names the subject of a face model: "<name> | face model", "<name> —
# portrait LoRA", "<name> | 写真 LoRA"
_SLOT_FACE_MODEL = re.compile(
    rf"^\s*(?P<name>{_ANY_NAME})\s*[|—–]\s*(?i:(?:face|portrait|likeness|headshot|selfie|photo|"
    r"写真|实拍|人像)\s*(?:lora|model|locon|lycoris|embedding|checkpoint)\b)"
)
# the name opens the page and the next words speak of it as "he" or "she": "<name> — he asked
# fans …", "<name>: she asked for …"
_SLOT_PRONOUN = re.compile(
    rf"^\s*(?P<name>{_ONE_NAME})\s*(?:[—–:]|\s-)\s*(?i:she|he)\s+[a-z]{{2,}}"
)
# a line that opens by saying whom the model holds, the name ending the sentence: "this one is
# <name>.", "this LoRA is <name>!", "it's <name>.", "meet <name>."
_SLOT_THIS_IS = re.compile(
    r"(?im:^[ \t]*(?:\(|(?:ps|p\.s\.|btw|note)\s*[:,.-]?\s*)?"
    r"(?:this(?:\s+(?:one|lora|model|embedding|face|version))?\s+is|"
    r"it(?:'s|’s|\s+is)|meet|here\s+is|here's|here’s)\s+)"
    rf"(?P<name>{_ONE_NAME})(?=[ \t]*(?:[.!;\n]|,\s+(?:obviously|of\s+course)\b|\)|$))"
)
# a line that labels whom the model holds: "人物: <name>", "Subject: <name>", "이름: <name>"
_SLOT_LABEL = re.compile(
    r"(?im:^[ \t]*(?:人物|人名|名前|模特|이름|인물|subject|person|celebrity|celeb)\s*[:：]\s*)"
    rf"(?P<name>{_ONE_NAME})(?=[ \t]*$)"
)
# whose photos the model learned, or whose look-alike it is: "trained on 60 photos of <name>.",
# "a lookalike of <name>,", "用 <name> 的照片训练" (a thing's or a place's photos name no person:
# the name must read as one)
_SLOT_PHOTOS_OF = re.compile(
    r"(?i:\b(?:photos|photographs|pictures|pics|selfies|headshots)\s+of\s+|"
    r"\blook-?\s?alike\s+of\s+|\bdoppelg(?:a|ä)nger\s+of\s+)"
    rf"(?P<name>{_ONE_NAME})(?=\s*(?:[.!,;\n]|$))"
    rf"|用\s*(?P<zh>{_ONE_NAME})\s*的(?:照片|图片|写真|相片)"
)
# a page that says its subject is invented: no slot reads a person on it
_SLOT_INVENTED = re.compile(
    r"\b(?:invented|placeholder|fictitious|imaginary|personas?|original\s+character|"
    r"(?:doesn't|does\s+not|don't)\s+exist)\b",
    re.IGNORECASE,
)
# a pack of faces, one per version: its versions' names are its subjects
_PACK_PAGE = re.compile(
    r"\b(?:one\s+(?:face|person|subject|portrait|likeness)?\s*per\s+version|"
    r"(?:faces?|portraits?|people|celebs?|celebrit(?:y|ies)|requests?)\s+"
    r"(?:pack|packs|collection|set|pile|bundle)|(?:pick|choose)\s+the\s+version)\b",
    re.IGNORECASE,
)
_VERSION_WORD = re.compile(
    r"^(?:v|ver|version|e|ep|epoch|r|rev)?\d+(?:\.\d+)*[a-z]?$|^(?:sd|sdxl|xl|flux|pony|il|"
    r"sd1\.5|sd15|final|fixed|new|old|beta)$",
    re.IGNORECASE,
)
_VERSION_SEP = re.compile(r"\s*[-–—:|/_]\s*|\s+")
_NOT_A_PERSON_VERSION = re.compile(
    r"\b(?:placeholder|generic|invented|fictional|ai|synthetic|default|demo|sample|style|"
    r"character|oc)\b",
    re.IGNORECASE,
)
VERSIONS_READ = 6
# perf18: the page's cues and the slots that open on words are tried only where a match can
# begin (their first words, read off each pattern in the text's lower case: a description's is
# the shared start-finder pass), instead of at every character (tests/detect/test_perf18_gates.py)
_SLOT_INVENTED_STARTS = PatternStarts(_SLOT_INVENTED, lowered=True)
_PACK_PAGE_STARTS = PatternStarts(_PACK_PAGE, lowered=True)
# perf19: whose photos, the birthday wish and the caption likewise (47 -> 16, 16 -> 8 and
# 12 -> 8 us per record, pure Python; compiled about the same: the regex engine's time). The
# line-led slots (_SLOT_THIS_IS, _SLOT_LABEL) were slower so (line starts) and keep their scan.
_SLOT_STARTS = {
    id(p): PatternStarts(p, lowered=True)
    for p in (_SLOT_REQUEST, _SLOT_PROMPT, _SLOT_PHOTOS_OF, _SLOT_BIRTHDAY, _SLOT_CAPTION)
}


def _slot_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` (through its start finder, when it has one)."""
    starts = _SLOT_STARTS.get(id(pattern))
    return pattern.finditer(text) if starts is None else starts.finditer(text)


def _version_person(record: object, page: str) -> str | None:
    """A face pack's version named by a person ("v2 - <name>", "<name> - e10"); a version that
    says its face is a placeholder names nobody but clears no other version."""
    versions = (getattr(record, "version_names", ()) or ())[:VERSIONS_READ]
    if not versions or _PACK_PAGE_STARTS.search(page) is None:
        return None
    for version in versions:
        text = str(version)[:SLOT_TEXT]
        if _NOT_A_PERSON_VERSION.search(text):
            continue
        parts = [p for p in _VERSION_SEP.split(text) if p]
        words = [p for p in parts if not _VERSION_WORD.match(p)]
        found = slot_person(" ".join(words))
        if found:
            return found
    return None


SLOT_TEXT = 120
# w2ea: a widget or sample prompt that writes a person's name right after the model's own
# trigger word ("ohwx, <name>, night market, bokeh"): the trigger stands for that person.
_AFTER_TRIGGER = re.compile(rf"[\s,(]{{1,3}}(?P<name>{_ANY_NAME})(?=\s*(?:,|\(|\)|$))")
TRIGGER_WORD_MIN = 3


def _after_trigger(record: object, description: str) -> str | None:
    head = description[:SLOT_TEXT]
    lowered = head.lower()
    for word in (getattr(record, "trained_words", ()) or ())[:4]:
        trigger = str(word).strip().lower()
        if len(trigger) < TRIGGER_WORD_MIN or " " in trigger:
            continue
        at = lowered.find(trigger)
        if at < 0 or (at > 0 and lowered[at - 1].isalnum()):
            continue
        match = _AFTER_TRIGGER.match(head, at + len(trigger))
        if match is not None:
            found = slot_person(joined_words(match.group("name")), strict=True)
            if found:
                return found
    return None


MONONYM_MIN = 4  # letters of a one-word name read in a slot
MONONYM_MAX = 15
_RECORD_TOKEN = re.compile(r"[^\W\d_]+")
_CAMEL_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def _record_tokens(record: object, title: str) -> tuple[frozenset[str], ...]:
    """The folded words of the model's own naming fields, one set per field: its title, its
    trigger words, its file names (split at ``_``, ``-``, ``.``, digits and case changes)."""
    fields = (
        (title,),
        tuple(str(w) for w in (getattr(record, "trained_words", ()) or ())[:8]),
        tuple(str(f) for f in (getattr(record, "file_names", ()) or ())[:8]),
    )
    out = []
    for texts in fields:
        words: set[str] = set()
        for text in texts:
            for token in _RECORD_TOKEN.findall(text[:SLOT_TEXT]):
                words.add(fold(token))
                words.update(fold(p) for p in _CAMEL_WORDS.findall(token))
        out.append(frozenset(words))
    return tuple(out)


def slot_mononym(word: str, named_in: int, person_slot: bool) -> str | None:
    """A one-word name ("Quillory", the stage name of an invented singer) in a slot of prose
    that names whom the model holds, or None. Never from shape alone: the word is no word of
    the dictionaries or the vocabularies, no two words run together, and the model's own naming
    fields hold it too (``named_in``: how many of its title, trigger words and file names do,
    besides the slot's own field). A frequent proper noun (a place, a brand or a character as
    often as a person) or a given name of the tables alone ("Jessica") counts only in a slot
    only a person fills (``person_slot``: whose photos, whose look-alike, "<name>: she …")."""
    key = fold(word)
    if not (MONONYM_MIN <= len(key) <= MONONYM_MAX and key.isalpha()) or named_in < 1:
        return None
    if ordinary_word(key) or key in _not_name_words() or _compound(key):
        return None
    if not surname_like(key) or key in _PLACE_LEADS or key in _PLACE_HEADS:
        return None
    if (key in common_words() or _known_given(word)) and not person_slot:
        return None
    return word[:1].upper() + word[1:]


def _slot_with_trade(
    words: list[str], text: str, end: int, page: str, record: object
) -> str | None:
    after = _AFTER.match(text, end)
    if after is None:
        return None
    capitalised = _capitalised(words)
    if not name_like(capitalised) or not _trade_ok(after, text, _Page(page, view(record).tags)):
        return None
    return " ".join(capitalised)


def _slot_name(record: object, title: str, description: str, page: str) -> tuple[str, str] | None:
    """The field and the name a person-only slot holds, or None."""
    if _SLOT_INVENTED_STARTS.search(page):
        return None
    tokens: tuple[frozenset[str], ...] | None = None
    for pattern in (
        _SLOT_CAPTION,
        _SLOT_BORN,
        _SLOT_REQUEST,
        _SLOT_BIRTHDAY,
        _SLOT_PROMPT,
        _SLOT_WIDGET,
        _SLOT_FACE_MODEL,
        _SLOT_PRONOUN,
        _SLOT_THIS_IS,
        _SLOT_LABEL,
        _SLOT_PHOTOS_OF,
    ):
        prompt = pattern is _SLOT_PROMPT or pattern is _SLOT_WIDGET
        # whose photos: free text too ("photos of gay bears"), a frequent family name only
        strict = prompt or pattern is _SLOT_PHOTOS_OF
        for text, field in ((description, "description"), (title, "name")):
            if pattern is _SLOT_BORN and _SLOT_BORN_GATE.search(text) is None:
                continue
            for match in _slot_matches(pattern, text):
                named = match.group("name") or match.groupdict().get("zh") or ""
                words = joined_words(named).split()
                if len(words) == 1:
                    if prompt:
                        # a prompt's one word is its trigger token ("photo of ohwx,")
                        continue
                    if tokens is None:
                        tokens = _record_tokens(record, title)
                    key = fold(words[0])
                    named_in = sum(key in t for t in tokens[int(field == "name") :])
                    person_slot = pattern is _SLOT_PHOTOS_OF or pattern is _SLOT_PRONOUN
                    found = slot_mononym(words[0], named_in, person_slot)
                    if found and not _namesake(text, match.start()):
                        return field, found
                    continue
                # a name before its cue may follow other words ("the actress <name> (born …)")
                starts = range(len(words) - 1) if pattern is _SLOT_BORN else range(1)
                found = next(
                    (
                        hit
                        for k in starts
                        if (hit := slot_person(" ".join(words[k:]), strict=strict)) is not None
                    ),
                    None,
                )
                if found is None and 2 <= len(words) <= 3 and pattern is not _SLOT_BORN:
                    # fam19: a name no table vouches for, a trade right after it ("photo of
                    # danti pondisari, thai rapper"): read as the capitalised name with its
                    # trade is, whatever the case it is written in
                    found = _slot_with_trade(words, text, match.end(), page, record)
                if found and not _namesake(text, match.start()):
                    return field, found
    found = _after_trigger(record, description)
    if found:
        return "description", found
    request = _SLOT_REQUEST_TITLE.match(title)
    if request is not None:
        named = request.group("name") or request.group("after")
        found = slot_person(joined_words(named))
        if found is None and " " not in named:
            if tokens is None:
                tokens = _record_tokens(record, title)
            found = slot_mononym(named, sum(fold(named) in t for t in tokens[1:]), False)
        if found:
            return "name", found
    found = _version_person(record, page)
    return ("version_names", found) if found else None
