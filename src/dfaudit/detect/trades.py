"""Trades: the one table of the words that say what a person does, in English and other
languages written in Latin letters, each with its language and the gender it says.

The readers derive their views from :data:`TABLE` (see each view's docstring):

* :func:`trade_words` — the trades ``signals.named_context`` reads beside a name
  (``"Ysolde Quarn (surgeon)"``), its art trades apart (a painter's name is a style);
* :func:`lead_trade_keys` — the folded one-word trades ``findings`` takes off before a whole
  name in a title (``"Cellist <Given> <Family>"``);
* :func:`gendered_trades` — the trades of other languages whose form says a woman or a man,
  which ``signals.gender_words`` counts as gendered nouns (``"actriz"``, ``"piosenkarz"``).

A word is written as its language writes it (accents kept; readers fold where they compare
folded text); a space stands for one space. ``gender`` is ``"female"`` or ``"male"`` only when
the word says it in every language that writes it: German "Moderator" and Norwegian
"sanger" (as English "moderator", folded German "Sänger") say nothing. Words of other scripts
and the plural and case forms of these words stay with ``gender_words``, which matches them by
script.

No real person's name appears here.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from dfaudit.detect.text import fold


class Trade(NamedTuple):
    word: str
    language: str  # ISO 639-1 code; "id" stands for Indonesian and Malay
    gender: str  # "female", "male" or "" (the word says neither)
    art: bool  # an art trade: a name beside it is a style as often as a face


F, M, N = "female", "male", ""

# (language, gender, art, words): one group a line.
_GROUPS: tuple[tuple[str, str, bool, tuple[str, ...]], ...] = (
    # English: medicine and science
    ("en", N, False, (
        "surgeon", "physician", "doctor", "oncologist", "cardiologist", "neurologist",
        "neurosurgeon", "paediatrician", "pediatrician", "dermatologist", "psychiatrist",
        "psychologist", "dentist", "nurse", "midwife", "paramedic", "pharmacist",
        "veterinarian", "epidemiologist", "virologist", "scientist", "physicist", "chemist",
        "biologist", "astronomer", "astrophysicist", "mathematician", "geologist", "botanist",
        "zoologist", "engineer", "inventor", "professor", "lecturer", "teacher", "historian",
        "economist", "philosopher", "archaeologist", "anthropologist", "obstetrician",
        "gynaecologist", "gynecologist", "anaesthetist", "anesthesiologist", "radiologist",
        "ophthalmologist", "surgeon general", "nutritionist", "dietitian", "physiotherapist",
        "chiropractor", "therapist", "ecologist", "volcanologist", "meteorologist",
        "oceanographer", "marine biologist", "primatologist", "geneticist", "neuroscientist",
    )),
    # English: exploration, the sea and the air
    ("en", N, False, (
        "explorer", "mountaineer", "adventurer", "polar explorer", "navigator", "aviator",
        "pilot", "astronaut", "cosmonaut", "sailor", "harbour master", "harbor master",
        "harbourmaster", "lighthouse keeper", "sea captain", "whaler",
    )),
    # English: public life, law and business
    ("en", N, False, (
        "politician", "senator", "mayor", "minister", "diplomat", "ambassador", "activist",
        "campaigner", "organiser", "organizer", "suffragist", "reformer", "abolitionist",
        "unionist", "lawyer", "attorney", "barrister", "solicitor", "judge", "magistrate",
        "entrepreneur", "industrialist", "banker", "philanthropist", "ceo", "founder",
        "socialite", "magnate", "tycoon", "billionaire",
    )),
    # English: trades, crafts and services
    ("en", N, False, (
        "chef", "baker", "farmer", "blacksmith", "carpenter", "tailor", "dressmaker",
        "hairdresser", "barber", "firefighter", "police officer", "soldier", "priest", "rabbi",
        "imam", "missionary", "sommelier", "butcher", "brewer", "barista", "bartender",
        "flight attendant", "lifeguard", "referee", "umpire", "personal trainer",
        "yoga teacher", "yoga instructor", "fitness instructor", "librarian", "curator",
        "archivist", "translator", "linguist", "auctioneer", "vicar", "pastor", "preacher",
        "surf instructor", "ski instructor",
    )),
    # English: music and stage
    ("en", N, False, (
        "violinist", "cellist", "pianist", "guitarist", "bassist", "drummer", "harpist",
        "flautist", "flutist", "trumpeter", "saxophonist", "organist", "accordionist",
        "composer", "conductor", "singer", "vocalist", "soprano", "mezzo-soprano", "contralto",
        "tenor", "baritone", "opera singer", "songwriter", "rapper", "musician", "actor",
        "dancer", "choreographer", "comedian", "magician", "juggler", "acrobat", "puppeteer",
        "ventriloquist", "dj",
    )),
    # English: news and media
    ("en", N, False, (
        "journalist", "reporter", "newsreader", "newscaster", "news anchor", "anchor",
        "presenter", "broadcaster", "commentator", "weather presenter", "tv host",
        "radio host", "podcaster", "streamer", "youtuber", "influencer", "vlogger", "blogger",
    )),
    # English: sport
    ("en", N, False, (
        "athlete", "footballer", "goalkeeper", "cyclist", "rower", "swimmer", "diver", "runner",
        "marathoner", "marathon runner", "sprinter", "hurdler", "boxer", "wrestler", "fencer",
        "climber", "skier", "snowboarder", "surfer", "skater", "figure skater", "gymnast",
        "jockey", "chess player", "chess grandmaster", "grandmaster", "tennis player",
        "golfer", "cricketer", "rugby player", "badminton player", "volleyball player",
        "basketball player", "table tennis player", "archer", "weightlifter", "bodybuilder",
        "racing driver", "rally driver", "motorcyclist", "equestrian", "showjumper",
        "skateboarder", "triathlete", "decathlete", "heptathlete", "biathlete", "kayaker",
        "canoeist", "judoka", "karateka", "sumo wrestler", "darts player", "snooker player",
        "poker player", "esports player", "pro gamer", "football coach", "head coach",
        "chess champion", "world champion", "olympic champion",
    )),
    ("en", F, False, (
        "aviatrix", "yachtswoman", "fisherwoman", "suffragette", "businesswoman", "seamstress",
        "nun", "actress", "ballerina", "stewardess", "heiress",
    )),
    ("en", M, False, ("yachtsman", "fisherman", "businessman", "monk")),
    ("en", N, True, (
        "painter", "illustrator", "sculptor", "ceramicist", "potter", "artist", "photographer",
        "writer", "author", "novelist", "poet", "playwright", "screenwriter", "director",
        "filmmaker", "architect", "designer", "cartoonist", "weaver", "jeweller", "jeweler",
        "calligrapher", "mangaka", "cinematographer", "printmaker", "watercolorist",
        "watercolourist", "engraver", "muralist",
    )),
    ("en", F, True, ("sculptress",)),
    # Indonesian and Malay
    ("id", N, False, (
        "penyanyi", "penari", "dalang", "pesinden", "pelawak", "penyiar", "pembawa acara",
        "atlet", "pebulu tangkis", "pesepak bola", "petinju", "wartawan", "politikus",
        "pengusaha", "dokter", "guru", "selebgram", "pelakon", "penulis", "sutradara",
        "komedian", "musisi", "gitaris", "perawat", "bidan", "politisi", "pembawa berita",
        "pebulutangkis", "pesepakbola",
    )),
    ("id", F, False, ("aktris", "biduanita", "qoriah", "ustadzah")),
    ("id", M, False, ("aktor", "biduan", "ustadz")),
    ("id", N, True, ("pelukis",)),
    # Spanish
    ("es", N, False, (
        "cantante", "futbolista", "periodista", "deportista", "tenista", "ciclista",
    )),
    ("es", F, False, (
        "actriz", "bailarina", "bailaora", "presentadora", "médica", "cirujana", "cantaora",
        "doctora", "enfermera", "profesora", "abogada", "jueza", "alcaldesa", "nadadora",
        "boxeadora", "torera", "conductora", "jugadora", "rapera",
    )),
    ("es", M, False, (
        "torero", "presentador", "médico", "cirujano", "cantaor", "bailaor", "abogado",
        "alcalde", "boxeador", "bailarín", "cantautor", "jugador", "rapero",
    )),
    # fifteenth round: sport and broadcasting (gender15)
    ("es", F, False, (
        "luchadora", "patinadora", "entrenadora", "diseñadora", "compositora", "locutora",
        "campeona",
    )),
    ("es", M, False, (
        "luchador", "nadador", "patinador", "entrenador", "diseñador", "locutor", "campeón",
    )),
    ("pt", F, False, ("lutadora",)),
    ("pt", M, False, ("lutador",)),
    ("it", F, False, ("pattinatrice", "allenatrice", "lottatrice")),
    ("it", M, False, ("nuotatore", "pattinatore", "allenatore", "lottatore")),
    ("es", F, True, ("pintora", "escultora", "escritora")),
    ("es", M, True, ("pintor", "escultor", "escritor")),
    # Portuguese
    ("pt", N, False, ("jornalista", "fadista")),
    ("pt", F, False, (
        "cantora", "atriz", "apresentadora", "enfermeira", "jogadora", "cantautora",
        "dançarina", "influenciadora", "blogueira",
    )),
    ("pt", M, False, (
        "ator", "apresentador", "jogador", "dançarino", "influenciador", "blogueiro",
    )),
    # fresh19: the singer ("<Name>, cantor do Brasil"); a man's in Portuguese and Spanish, but
    # English says it of anyone, so it says no gender (gender_words leaves it out too)
    ("pt", N, False, ("cantor",)),
    ("pt", F, True, ("fotógrafa",)),
    ("pt", M, True, ("fotógrafo",)),
    # French
    ("fr", N, False, ("journaliste", "médecin", "cycliste")),
    ("fr", F, False, (
        "chanteuse", "comédienne", "actrice", "danseuse", "animatrice", "chirurgienne",
        "infirmière", "avocate", "footballeuse", "joueuse", "nageuse", "skieuse",
        "navigatrice", "exploratrice", "aviatrice", "institutrice", "influenceuse",
        "youtubeuse", "streameuse", "tiktokeuse", "rappeuse",
    )),
    ("fr", M, False, (
        "chanteur", "comédien", "acteur", "animateur", "chirurgien", "présentateur",
        "infirmier", "avocat", "danseur", "footballeur", "joueur", "nageur", "skieur",
        "navigateur", "explorateur", "aviateur", "influenceur", "youtubeur", "rappeur",
    )),
    ("fr", N, True, ("peintre",)),
    ("fr", F, True, ("sculptrice", "écrivaine")),
    # Italian
    ("it", N, False, ("giornalista", "chirurgo")),
    ("it", F, False, (
        "attrice", "cantautrice", "conduttrice", "presentatrice", "infermiera", "avvocata",
        "calciatrice", "nuotatrice", "sciatrice", "esploratrice", "modella",
    )),
    ("it", M, False, (
        "attore", "cantautore", "ballerino", "conduttore", "presentatore", "avvocato",
        "calciatore", "sciatore", "esploratore",
    )),
    ("it", F, True, ("pittrice", "scultrice", "scrittrice")),
    ("it", M, True, ("pittore",)),
    # German
    ("de", N, False, ("sänger", "moderator", "chirurg")),
    ("de", F, False, (
        "schauspielerin", "sängerin", "saengerin", "moderatorin", "ärztin", "chirurgin",
        "tänzerin", "journalistin", "krankenschwester", "lehrerin", "anwältin", "politikerin",
        "fußballerin", "sportlerin", "pianistin", "geigerin", "forscherin", "entdeckerin",
        "bergsteigerin", "schachspielerin", "darstellerin", "sprecherin", "musikerin",
        "influencerin", "youtuberin", "streamerin", "bloggerin", "pornodarstellerin",
    )),
    ("de", M, False, (
        "saenger", "schauspieler", "arzt", "lehrer", "anwalt", "politiker", "fußballer", "sportler",
        "tänzer", "geiger", "forscher", "bergsteiger", "schachspieler", "darsteller",
        "musiker", "pornodarsteller",
    )),
    ("de", F, True, (
        "malerin", "bildhauerin", "schriftstellerin", "fotografin", "künstlerin", "autorin",
    )),
    ("de", M, True, ("maler", "künstler")),
    # Dutch
    ("nl", N, False, ("presentator",)),
    ("nl", F, False, (
        "zangeres", "verpleegster", "schaatsster", "wielrenster", "voetbalster",
    )),
    ("nl", M, False, ("zanger", "schaatser", "wielrenner", "voetballer")),
    # Polish
    ("pl", F, False, (
        "aktorka", "piosenkarka", "dziennikarka", "lekarka", "prezenterka", "modelka",
        "tancerka",
    )),
    ("pl", M, False, ("piosenkarz", "lekarz", "dziennikarz", "prezenter", "tancerz")),
    ("pl", F, True, ("pisarka", "malarka", "rzeźbiarka")),
    ("pl", M, True, ("pisarz", "malarz", "rzeźbiarz")),
    # Czech and Slovak
    ("cs", F, False, (
        "herečka", "zpěvačka", "spevačka", "tanečnice", "tanečnica", "tanečníčka", "novinářka",
        "moderátorka",
    )),
    ("cs", M, False, ("herec", "zpěvák", "spevák", "tanečník", "novinář")),
    ("cs", F, True, ("spisovatelka", "malířka", "sochařka")),
    ("cs", M, True, ("spisovatel", "malíř", "sochař")),
    # Croatian, Serbian and Slovenian
    ("hr", F, False, ("glumica", "pjevačica", "pevačica", "igralka", "pevka")),
    ("hr", M, False, ("glumac", "pjevač", "igralec", "pevec")),
    # Turkish
    ("tr", N, False, (
        "oyuncu", "şarkıcı", "sunucu", "futbolcu", "gazeteci", "doktor", "öğretmen",
    )),
    ("tr", F, False, ("aktris",)),
    # Vietnamese
    ("vi", N, False, ("ca sĩ", "diễn viên")),
    ("vi", F, False, ("nữ diễn viên", "nữ ca sĩ", "nữ nghệ sĩ")),
    ("vi", M, False, ("nam diễn viên", "nam ca sĩ", "nam nghệ sĩ")),
    # Swedish, Norwegian and Danish
    ("sv", N, False, ("skådespelare", "sångare")),
    ("sv", F, False, ("skådespelerska", "sångerska")),
    ("no", N, False, ("skuespiller",)),
    ("no", F, False, ("skuespillerinne", "sangerinne")),
    ("da", F, False, ("skuespillerinde",)),
    # Finnish, Hungarian, Lithuanian, Latvian, Romanian
    ("fi", N, False, ("laulaja", "näyttelijä")),
    ("fi", F, False, ("laulajatar",)),
    ("hu", F, False, ("színésznő", "énekesnő")),
    ("lt", F, False, ("aktorė", "dainininkė")),
    ("lt", M, False, ("aktorius", "dainininkas")),
    ("lv", F, False, ("aktrise", "dziedātāja")),
    ("lv", M, False, ("aktieris", "dziedātājs")),
    ("ro", F, False, ("actriță", "cântăreață")),
    ("ro", M, False, ("cântăreț",)),
    # fresh19: the trades of public life in other scripts, as a page writes them beside a
    # Latin name ("<Name> — певица", "<Name> นักแสดงหญิง", "<Name>（女優）"). Read only by
    # named_context (``trade_words(scripts=True)``); gender_words keeps its own script lists.
    # (No word for a fashion model: モデル, 모델, модель are the checkpoint as often, as "model".)
    ("ru", N, False, ("блогер",)),
    ("ru", F, False, (
        "актриса", "певица", "телеведущая", "ведущая", "блогерша", "балерина", "танцовщица",
    )),
    ("ru", M, False, ("актёр", "актер", "певец", "телеведущий", "ведущий", "танцор")),
    ("uk", F, False, ("акторка", "співачка")),
    ("uk", M, False, ("актор", "співак")),
    ("th", N, False, ("นักแสดง", "นักร้อง", "นางแบบ", "นายแบบ", "พิธีกร", "ไอดอล")),
    ("th", F, False, ("นักแสดงหญิง", "นักร้องหญิง")),
    ("th", M, False, ("นักแสดงชาย", "นักร้องชาย")),
    ("ja", N, False, (
        "俳優", "歌手", "タレント", "アイドル", "グラビアアイドル", "グラドル",
        "アナウンサー", "声優",
    )),
    ("ja", F, False, ("女優", "女性歌手", "女子アナ")),
    ("ja", M, False, ("男優", "男性歌手")),
    ("zh", N, False, ("演员", "演員", "歌手", "模特", "主持人", "网红", "網紅", "艺人", "藝人")),
    ("zh", F, False, ("女演员", "女演員", "女歌手", "女星")),
    ("zh", M, False, ("男演员", "男演員", "男歌手")),
    ("ko", N, False, ("배우", "가수", "아이돌", "아나운서", "탤런트")),
    # w2native: Swahili (Latin letters, no gender in the word), Hindi and Arabic, as a page
    # writes them after a name ("<Name> ni mwanamuziki …", "<Name> एक प्रसिद्ध अभिनेत्री हैं")
    ("sw", N, False, ("mwanamuziki", "mwimbaji", "mwigizaji", "mtangazaji", "mwanamitindo")),
    ("hi", F, False, ("अभिनेत्री", "गायिका")),
    ("hi", M, False, ("अभिनेता", "गायक")),
    ("ar", F, False, ("ممثلة", "مغنية", "مطربة", "مذيعة", "إعلامية")),
    ("ar", M, False, ("ممثل", "مغني", "مطرب", "مذيع")),
    ("ko", F, False, ("여배우",)),
    ("ko", M, False, ("남배우",)),
)  # fmt: skip

TABLE: tuple[Trade, ...] = tuple(
    Trade(word, language, gender, art)
    for language, gender, art, words in _GROUPS
    for word in dict.fromkeys(words)
)


def latin(word: str) -> bool:
    """Whether a trade is written in Latin letters (the other scripts' stay with their
    readers: gender_words matches them by script)."""
    return all(ch < "\u0370" or "\u1e00" <= ch <= "\u1eff" for ch in word)


def trade_words(*, art: bool, scripts: bool = False) -> tuple[str, ...]:
    """The trades as written (art trades or the others), each once: named_context's views;
    ``scripts``: those of other scripts than the Latin too."""
    return tuple(
        dict.fromkeys(t.word for t in TABLE if t.art == art and (scripts or latin(t.word)))
    )


@lru_cache(maxsize=1)
def lead_trade_keys() -> frozenset[str]:
    """The folded one-word trades, of art too ("Sculptor <Given> <Family>"): what a title may
    write before a whole name; not a trade of two letters, which opens a stage name ("DJ
    <Name>" is the name). (Words that are given names or surnames too, posts and titles are
    left out where they are read: findings._lead_trade.)"""
    return frozenset(
        fold(t.word) for t in TABLE if " " not in t.word and len(t.word) > 2 and latin(t.word)
    )


def gendered_trades(gender: str) -> tuple[str, ...]:
    """The trades of other languages than English whose form says ``gender`` (as written;
    gender_words folds them). English ones are gender_words' role nouns."""
    return tuple(
        dict.fromkeys(
            t.word for t in TABLE if t.gender == gender and t.language != "en" and latin(t.word)
        )
    )
