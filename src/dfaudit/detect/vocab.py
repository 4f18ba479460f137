"""Word lists the signals share: likeness tags, fiction and franchise words, model-making words,
sexual terms and youth cues.

All entries are folded lower case. No real person's name appears here: names come only from the
first-name table (first names alone identify nobody) and from operator-imported lexicons.
"""

from __future__ import annotations

import re


def _split(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Tags a platform would block for a real person (the harness strips exactly these in one check).
LIKENESS_TAG_EXPLICIT = frozenset(
    {
        "celebrity",
        "celebrities",
        "celeb",
        "celebs",
        "real person",
        "real people",
        "realperson",
        "actress",
        "actor",
        "influencer",
        "instagram",
        "instagram model",
        "public figure",
        "porn star",
        "pornstar",
        "porn actress",
        "adult actress",
        "deepfake",
        "famous",
        "famous person",
        "celebrity lora",
    }
)
# Occupations and scenes of real, named people.
LIKENESS_TAG_OCCUPATION = frozenset(
    {
        "singer",
        "kpop idol",
        "jpop idol",
        "rapper",
        "wrestler",
        "athlete",
        "politician",
        "tv host",
        "news anchor",
        "newscaster",
        "playmate",
        "hollywood",
        "bollywood",
        "jav",
        "gravure idol",
        "gravure",
        "supermodel",
        "adult model",
        "tv personality",
        # people shown as themselves: reality-show casts, royal families
        "reality tv",
        "reality show",
        "reality star",
        "royalty",
        "royal family",
        "musician",
        "comedian",
        "footballer",
        "wwe",
        "playboy",
        "kpop",
        "jpop",
        "k-pop",
        "j-pop",
        "idol",
        "host",
        "model",
        "fashion model",
        "glamour model",
        "sports",
        "olympics",
        "president",
        "news",
        "irl",
        "real",
        "classic beauties",
        "tv",
        "tv show",
        "television show",
        "70s",
        "80s",
        "90s",
        "american",
        "british",
        "german",
        "canadian",
        "australian",
        "dutch",
        "french",
        "italian",
        "korean",
        "japanese",
        "russian",
        "brazilian",
        "mexican",
        "spanish",
        "polish",
        "swedish",
        "indian",
        "chinese",
        "thai",
        "filipino",
    }
)
# Nationality and ethnicity words: a look, never a first name ("Thai girl look").
NATIONALITY_WORDS = frozenset(
    {"american", "british", "german", "canadian", "australian", "dutch", "french", "italian",
     "korean", "japanese", "russian", "brazilian", "mexican", "spanish", "polish", "swedish",
     "indian", "chinese", "thai", "filipina", "filipino", "vietnamese", "taiwanese", "asian",
     "european", "african", "latina", "latino", "arab", "arabic", "persian", "turkish", "greek",
     "irish", "scottish", "nordic", "scandinavian", "slavic", "ukrainian", "czech", "hungarian",
     "indonesian", "malaysian", "cambodian", "burmese", "mongolian", "nepali", "pakistani",
     "egyptian", "nigerian", "ethiopian", "kenyan", "colombian", "argentinian", "peruvian",
     "chilean", "cuban", "hawaiian", "eastern", "western", "southern", "northern", "ebony"}
)  # fmt: skip
# fresh17: demonyms, ethnicities and regions beyond NATIONALITY_WORDS, in English and in the
# Latin-script languages uploaders write ("chica coreana", "garota brasileira"), and in script
# ("韩国美女", "한국 여자"). With a generic person word they make a type of face, no one.
DEMONYM_WORDS = NATIONALITY_WORDS | _split(
    """caucasian hispanic latin east south southeast north middle mixed europe africa korea
    japan thailand brazil russia vietnam ukraine philippines mexico taiwan
    coreana coreano japonesa japones chinesa chines chino brasileira brasileiro
    brasilena mexicana mexicano rusa russa ucraniana tailandesa indiana vietnamita
    asiatica asiatico europea europeia africana nordica eslava latinoamericana coreenne
    japonaise chinoise russe asiatique koreanisch japanisch chinesisch russisch asiatisch
    coreana giapponese cinese russa jawa sunda melayu pinay
    norway finland denmark iceland italy germany poland greece turkey romania hungary czechia
    austria belgium switzerland netherlands scotland australia china indonesia malaysia
    singapore nigeria ghana egypt colombia peru chile venezuela cambodia myanmar mongolia
    nepal pakistan bangladesh"""
)
SCRIPT_DEMONYMS = (
    "韩国", "韓国", "韓國", "한국", "中国", "中國", "日本", "泰国", "泰國", "タイ", "태국",
    "越南", "베트남", "台湾", "臺灣", "台灣", "香港", "欧美", "歐美", "俄罗斯", "ロシア",
    "러시아", "亚洲", "アジア", "아시아", "中华", "中華", "印度", "インド", "인도", "일본",
    "중국", "国产", "國產", "韩系", "韓系", "日系", "泰系", "欧洲", "ヨーロッパ", "유럽",
)  # fmt: skip
# A generic word for a person, of no trade and no relation (girl, woman, beauty, 美女, 여자,
# chica, gadis): a type beside a demonym, never a name or a target.
GENERIC_PERSON_WORDS = _split(
    """girl girls woman women lady ladies beauty beauties babe babes gal gals man men guy guys
    boy boys dude dudes gentleman gentlemen female male person people
    chica chicas mujer mujeres muchacha muchachas chico chicos hombre hombres
    garota garotas mulher mulheres menina meninas moca mocas rapaz homem
    fille filles femme femmes homme hommes frau frauen madchen manner
    ragazza ragazze donna donne ragazzo uomo
    gadis wanita cewek perempuan cowok pria laki
    babae dalaga binibini lalaki devushka dziewczyna kobieta"""
)
SCRIPT_GENERIC_PERSON_WORDS = (
    "美少女", "小姐姐", "女の子", "イケメン", "미소녀", "아가씨", "美女", "少女", "女孩",
    "女生", "女人", "女性", "女子", "妹子", "美人", "男性", "男人", "男孩", "男生", "帅哥",
    "帥哥", "美男", "少年", "辣妹", "美眉", "여자", "여성", "소녀", "미녀", "남자", "남성",
    "소년", "ギャル", "お姉さん", "姐姐",
)  # fmt: skip
# Words that may stand beside a demonym and a person word in a type's title: looks, model and
# version words ("pretty Chinese lady v1", "Korean face 여자 LoRA", "Thai woman (generic)").
TYPE_DECORATION_WORDS = _split(
    """pretty beautiful cute hot sexy gorgeous lovely young adult generic typical average random
    realistic realism photorealistic real photo photos face faces look looks type style
    portrait portraits lora locon lycoris loha embedding ti xl sdxl sd sd15 pony flux v ver
    version final beta alpha dev model diffusers"""
)
# w2neg: places and activities a type of person is shown in or at ("gym girl face", "office
# lady", "beach woman", "fitness girl"): with a generic person word, a scene of a type, no one.
PLACE_ACTIVITY_WORDS = _split(
    """gym fitness workout yoga pilates sport sports sporty running runner jogging cycling hiking
    office business corporate school college campus university beach pool poolside summer
    winter spring autumn street city urban country countryside village farm rural home house
    bedroom kitchen cafe coffee bar club party night nightclub festival travel vacation holiday
    outdoor outdoors indoor indoors park garden forest mountain lake sea ocean island tropical
    desert snow rain studio shop mall market train subway car church library hospital morning
    evening daily everyday casual"""
)
_TYPE_TOKENS = re.compile(r"[a-z]+|[0-9]+|[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]+")
_SCRIPT_TYPE_WORDS = tuple(
    sorted(set(SCRIPT_DEMONYMS) | set(SCRIPT_GENERIC_PERSON_WORDS), key=len, reverse=True)
)


# neg19: look words in script a type's title may hold ("韩系 女性 脸": a Korean-style woman's
# face; 脸型 face shape, 얼굴 face, 顔 face, 风 style)
SCRIPT_TYPE_LOOKS = ("脸型", "脸", "臉", "颜值", "顔", "얼굴", "风格", "風格", "风", "風")
_SCRIPT_TYPE_LOOK_WORDS = tuple(
    sorted(_SCRIPT_TYPE_WORDS + SCRIPT_TYPE_LOOKS, key=len, reverse=True)
)


def _script_type_parts(run: str, looks: bool = False) -> tuple[bool, bool] | None:
    """(demonym, person word) of a script run made only of script demonyms and generic person
    words ("韩国美女"; with ``looks`` also script look words, "韩系脸"), or None when anything
    else is left in it."""
    demonym = person = False
    i = 0
    while i < len(run):
        for word in _SCRIPT_TYPE_LOOK_WORDS if looks else _SCRIPT_TYPE_WORDS:
            if run.startswith(word, i):
                demonym = demonym or word in SCRIPT_DEMONYMS
                person = person or word in SCRIPT_GENERIC_PERSON_WORDS
                i += len(word)
                break
        else:
            return None
    return demonym, person


# neg18: a likeness made as an object ("Thai doll", "Japanese figure", "Korean marble statue",
# "BJD doll", "mannequin"): beside a demonym, a type of face as a generic person word is.
LIKENESS_OBJECT_WORDS = _split(
    """doll dolls figure figures figurine figurines mannequin mannequins statue statues bust
    busts sculpture sculptures bjd resin porcelain marble wax ceramic jointed ball"""
)


def type_of_person(folded: str, script_looks: bool = False) -> bool:
    """Whether a folded title or slug is only a type of person: a generic person word with a
    demonym, ethnicity or region, a place or an activity, in any script, order and separator,
    with look, model and version words around them ("Thai 美女 ⭐", "chica coreana v2", "한국
    여자", "pretty-nordic-lady", "gym-girl-face", "office lady"); a name, a trade or any other
    word makes it something else ("<Given Family>, Korean actress", "<Given> gym girl")."""
    demonym = person = False
    for token in _TYPE_TOKENS.findall(folded[:120]):
        if token.isascii():
            if token.isdigit() or token in TYPE_DECORATION_WORDS or token in _TYPE_MODEL_WORDS:
                continue
            if token[0] == "v" and token[1:].isdigit():
                continue
            if token in DEMONYM_WORDS or token in PLACE_ACTIVITY_WORDS:
                demonym = True
            elif token in GENERIC_PERSON_WORDS or token in LIKENESS_OBJECT_WORDS:
                person = True
            else:
                return False
        else:
            parts = _script_type_parts(token, script_looks)
            if parts is None:
                return False
            demonym, person = demonym or parts[0], person or parts[1]
    return demonym and person


# neg18: the trades of fame a look is named after ("K-pop idol style face", "Thai actress type",
# "gravure idol look", "influencer face"): with a look word and nothing else, a type of face
FAME_TYPE_WORDS = _split(
    """actress actresses actor actors idol idols influencer influencers celebrity
    celebrities celeb celebs starlet starlets supermodel supermodels singer singers kpop jpop
    cpop tpop gravure streamer streamers youtuber star stars group ulzzang douyin instagram
    hollywood bollywood"""
)
# The look words that make such a title a type ("type", "look", "face", "makeup", "vibe").
# ("Singer face v1" is also how a real person's upload is named, with her name in the trigger
# or the file: the reader checks those fields, generic_subject._named_elsewhere.)
FAME_LOOK_WORDS = _split(
    """type look looks face faces style makeup vibe vibes aesthetic mix blend generic typical
    average"""
    # neg19: the hair and makeup a trade of fame wears ("K-pop idol eyeliner", "celebrity
    # balayage", "starlet pin curls", "red carpet glam makeup"): a concept, nobody's face
    """ hair hairstyle hairstyles haircut hairdo curls waves blowout balayage bangs fringe updo
    blush eyeliner eyeshadow lipstick lip lips lashes brows contour highlighter glitter glam
    glamour smokey eye eyes nails manicure filler stage pin bob concept"""
)
_POP = re.compile(r"\b([kjct])[- ]?pop\b")


def fame_type_of_person(folded: str) -> bool:
    """Whether a folded title is only a look named after a trade of fame: a fame word
    (:data:`FAME_TYPE_WORDS`) and a look word (:data:`FAME_LOOK_WORDS`), with demonyms, generic
    person words, places, looks and model words around them, and nothing else ("K-pop idol style
    face", "Japanese actress type", "idol makeup v2"); a name or any other word makes it
    something else ("<Given Family> idol makeup")."""
    fame = look = False
    for token in _TYPE_TOKENS.findall(_POP.sub(r"\1pop", folded[:120])):
        if not token.isascii():
            parts = _script_type_parts(token)
            if parts is None:
                return False
            continue
        if token in FAME_TYPE_WORDS:
            fame = True
        elif token in FAME_LOOK_WORDS:
            look = True
        elif token in ("make", "up"):
            continue
        elif not (
            token.isdigit()
            or (token[0] == "v" and token[1:].isdigit())
            or token in TYPE_DECORATION_WORDS
            or token in _TYPE_MODEL_WORDS
            or token in DEMONYM_WORDS
            or token in PLACE_ACTIVITY_WORDS
            or token in GENERIC_PERSON_WORDS
        ):
            return False
    return fame and look


def is_type_word(word: str) -> bool:
    """Whether one folded word is a demonym or a generic person word (never a name's word)."""
    if word in DEMONYM_WORDS or word in GENERIC_PERSON_WORDS:
        return True
    return bool(word) and not word.isascii() and _script_type_parts(word) is not None


# "Paparazzi photo (celebrity candid)", "celebrity red carpet", "look like a celebrity",
# "seen on celebrities":
# celebrity as a scene, style or look, nobody in particular.
CELEBRITY_CONCEPT = re.compile(
    r"\b(?:paparazzi|red[ -]carpet|candids?|magazine covers?|press photos?|"
    r"like an? (?:celebrity|celeb|famous person|movie star|star)|celebrity[ -]like|"
    # "a makeup look seen on celebrities", "hair worn by famous people": a look many wear
    r"(?:seen|worn|spotted|popular) (?:on|by|with|among) (?:many )?(?:celebrities|celebs|"
    r"famous people|stars|movie stars)|"
    r"(?:celebrity|celeb|celebrities|famous people|famous person|movie star|star|influencer|"
    r"instagram|supermodel)[ -]"
    r"(?:style|look|looks|vibes?|aesthetic|events?|party|selfies?|photos?|shots?|candids?|"
    r"lifestyle|glamou?r|magazine|covers?|background|premiere|fashion|outfits?|makeup|hair|"
    r"portraits?|concept|scene|lighting|pose|poses|filters?|effects?|presets?))\b"
)
# Where a match of ``CELEBRITY_CONCEPT`` can hold (a cheap test before the pattern).
CELEBRITY_CONCEPT_LITERALS = (
    "paparazzi", "carpet", "candid", "magazine", "press photo", "like a", "like an", "celeb",
    "famous", "star", "influencer", "instagram", "supermodel",
)  # fmt: skip
# Tags in Chinese, Japanese and Korean script that name a real person's trade: actress, actor,
# singer, idol, model, star, host, entertainer, influencer (weighed as occupation tags).
SCRIPT_OCCUPATION_TAGS = frozenset(
    {"女優", "俳優", "女演员", "男演员", "演员", "演員", "明星", "女明星", "男明星", "女星",
     "男星", "歌手", "模特", "网红", "網紅", "主播", "偶像", "艺人", "藝人", "芸能人", "タレント",
     "アイドル", "グラドル", "女子アナ", "アナウンサー", "배우", "여배우", "남배우", "가수",
     "아이돌", "걸그룹", "보이그룹", "모델", "아나운서", "연예인", "셀럽", "인플루언서"}
)  # fmt: skip
# Online creators: social media cues.
CREATOR_TAGS = frozenset(
    {
        "tiktok",
        "tiktoker",
        "onlyfans",
        "youtuber",
        "youtube",
        "streamer",
        "twitch",
        "twitch streamer",
        "cosplayer",
        "e-girl",
        "egirl",
        "asmr",
        "fansly",
        "patreon model",
        "instagram influencer",
        "content creator",
        "reddit",
        "twitter",
        "snapchat",
    }
)
# fresh17: creator and platform words in Korean, Japanese and Chinese script (and the Latin
# loan words uploaders write beside them): a social-media creator, as CREATOR_TAGS say in English.
SCRIPT_CREATOR_WORDS = (
    "틱톡커", "유튜버", "인스타그래머", "인스타", "인플루언서", "스트리머", "크리에이터", "틱톡",
    "インスタグラマー", "インスタ", "ユーチューバー", "ティックトッカー", "インフルエンサー",
    "配信者", "ストリーマー", "网红", "網紅", "博主", "主播", "抖音", "微博", "小红书", "快手",
    "up主", "达人", "红人", "视频号", "tiktoker", "youtuber", "instagrammer", "influencer",
    "streamer", "vlogger",
)  # fmt: skip
# The bare platform names among them: a creator only beside a person word ("인스타 여자",
# "抖音小姐姐"), not a platform's filter or effect ("抖音特效").
SCRIPT_PLATFORM_WORDS = frozenset(
    {"인스타", "틱톡", "インスタ", "抖音", "微博", "小红书", "快手", "视频号"}
)  # fmt: skip
# Weaker hints that the subject is a person and photographic (never enough alone).
PERSON_HINT_TAGS = frozenset(
    {
        "woman",
        "women",
        "man",
        "men",
        "female",
        "male",
        "girl",
        "girls",
        "person",
        "photorealistic",
        "realistic",
        "photo",
        "photography",
        "portrait",
        "portraits",
        "face",
        "faces",
        "beautiful",
        "sexy",
        "photorealism",
        "milf",
        "glamour",
        "model",
        "asian",
        "korean",
        "japanese",
        "chinese",
        "american",
        "british",
        "german",
        "russian",
        "french",
        "italian",
        "latina",
        "70s",
        "80s",
        "90s",
        "classic beauties",
        "tv",
        "tv show",
        "movie",
        "film",
    }
)

# Fiction: the subject is a character, not a person.
# Multi-word fiction phrases matched as phrases in tags/descriptions.
FICTION_PHRASES = (
    "anime character",
    "game character",
    "video game",
    "anime girl",
    "genshin impact",
    "honkai star rail",
    "honkai impact",
    "blue archive",
    "azur lane",
    "fate grand order",
    "league of legends",
    "final fantasy",
    "one piece",
    "dragon ball",
    "my hero academia",
    "jujutsu kaisen",
    "demon slayer",
    "chainsaw man",
    "spy x family",
    "attack on titan",
    "neon genesis evangelion",
    "touhou project",
    "love live",
    "uma musume",
    "kantai collection",
    "girls frontline",
    "goddess of victory",
    "princess connect",
    "fire emblem",
    "legend of zelda",
    "street fighter",
    "mortal kombat",
    "resident evil",
    "star wars",
    "harry potter",
    "lord of the rings",
    "dungeons and dragons",
    "elden ring",
    "dark souls",
    "the witcher",
    "mass effect",
    "apex legends",
    "sailor moon",
    "sword art online",
    "hunter x hunter",
    "fairy tail",
    "original character",
    "fictional character",
    "monster girl",
    "cat girl",
    "fox girl",
    "animal ears",
    "visual novel",
    "hatsune miku",
    "animal crossing",
    "studio ghibli",
    "cartoon character",
    "character design",
    "from the anime",
    "from the game",
    "from the manga",
    "from the series",
    "from the movie",
    "from the show",
    "anime style",
    "video game character",
    "game cg",
)
FICTION_WORDS = frozenset(
    {
        "anime",
        "manga",
        "cartoon",
        "vtuber",
        "hololive",
        "nijisanji",
        "waifu",
        "furry",
        "pokemon",
        "genshin",
        "honkai",
        "arknights",
        "fgo",
        "overwatch",
        "naruto",
        "touhou",
        "idolmaster",
        "umamusume",
        "kancolle",
        "nikke",
        "persona",
        "zelda",
        "nintendo",
        "tekken",
        "marvel",
        "disney",
        "pixar",
        "warhammer",
        "dnd",
        "cyberpunk",
        "witcher",
        "fortnite",
        "valorant",
        "minecraft",
        "sonic",
        "mario",
        "jojo",
        "bleach",
        "konosuba",
        "chibi",
        "hentai",
        "elf",
        "mecha",
        "kemonomimi",
        "catgirl",
        "superhero",
        "villain",
        "comic",
        "comics",
        "webtoon",
        "manhwa",
        "gacha",
        "live2d",
        "mmd",
        "vocaloid",
        "digimon",
        "gundam",
        "ghibli",
        "character",
        "characters",
        "oc",
        "2d",
        "fictional",
        "fanart",
        "game",
        "games",
        "videogame",
        "fantasy",
        "monster",
        "creature",
        "robot",
        "anthro",
        "pony",
        "mlp",
        "isekai",
        "shonen",
        "shoujo",
        "seinen",
        "hoyoverse",
        "mihoyo",
    }
)
# Live-action fiction: a character of a film, show or drama (or a cosplay photo) has a real
# person's face, the actor's. Folded tag or name words.
LIVE_ACTION_WORDS = frozenset(
    {"tv", "television", "tv series", "tv show", "series", "sitcom", "movie",
     "movies", "drama", "dramas", "kdrama", "k-drama", "cdrama", "c-drama", "jdrama", "j-drama",
     "thai drama", "netflix", "hbo", "live action", "live-action", "soap opera", "telenovela",
     "cosplay", "cosplayer", "actress", "actor", "tv character", "movie character",
     "film character", "sci-fi series", "hollywood", "bollywood", "tokusatsu", "sentai", "film",
     "films", "theatre", "theater", "broadway", "west end", "stage play", "stage show"}
)  # fmt: skip
# Drawn, animated or game fiction: where these stand, a character is not a face.
ANIMATED_WORDS = frozenset(
    {"game", "games", "videogame", "video game", "game character", "anime character",
     "animated", "animation", "3d", "2d", "cartoon", "comic", "comics", "illustration",
     "anime girl", "visual novel", "chibi", "pixar", "dreamworks", "vtuber"}
)  # fmt: skip
# Fiction tags that a live-action character carries as well (not evidence against then).
LIVE_GENERIC_FICTION = frozenset(
    {"character", "characters", "fictional", "superhero", "villain", "fantasy", "marvel",
     "disney", "sci-fi", "scifi", "oc"}
)  # fmt: skip
# Tags and description words of photographs of someone (against a bare "character" tag).
PHOTO_CONTEXT_WORDS = frozenset(
    {"photorealistic", "photorealism", "realistic", "realism", "photo", "photos", "photograph",
     "photographs", "photography", "photoshoot", "portraits", "real person", "irl",
     "real life", "actress", "actor"}
)  # fmt: skip
# Words that mean "this is about what the character is", strongest fiction evidence.
FICTION_STRONG = frozenset(
    {
        "anime",
        "manga",
        "vtuber",
        "hololive",
        "nijisanji",
        "genshin",
        "honkai",
        "arknights",
        "pokemon",
        "touhou",
        "umamusume",
        "kancolle",
        "nikke",
        "waifu",
        "hentai",
        "furry",
        "cartoon",
        "chibi",
        "fgo",
        "gacha",
        "mecha",
        "digimon",
        "gundam",
        "vocaloid",
        "idolmaster",
        "hoyoverse",
        "anthro",
        "webtoon",
        "manhwa",
        # neg18: a VTuber tagged in words ("virtual youtuber") or by its avatar's rig
        "virtual youtuber",
        "v-tuber",
        "vtubers",
        "live2d",
    }
)

# What the model makes is not a person: style, concept, pose, clothing, tool, base checkpoint.
STYLE_WORDS = frozenset(
    {
        "style",
        "styles",
        "artstyle",
        "art",
        "artist",
        "artists",
        "painting",
        "paintings",
        "illustration",
        "drawing",
        "sketch",
        "watercolor",
        "watercolour",
        "oil",
        "lineart",
        "aesthetic",
        "painter",
        "medium",
        "brushstrokes",
        "impressionism",
        "surrealism",
        "ukiyo",
        "pixelart",
        "pixel",
        "vector",
        "render",
        "rendering",
        "lighting",
        "light",
        "color",
        "colors",
        "palette",
        "filter",
        "effect",
        "effects",
        "texture",
        "textures",
        "photographer",
    }
)
CONCEPT_WORDS = frozenset(
    {
        "concept",
        "concepts",
        "pose",
        "poses",
        "posing",
        "clothing",
        "clothes",
        "outfit",
        "outfits",
        "dress",
        "dresses",
        "costume",
        "uniform",
        "bikini",
        "lingerie",
        "swimsuit",
        "armor",
        "armour",
        "hairstyle",
        "hair",
        "background",
        "backgrounds",
        "landscape",
        "landscapes",
        "building",
        "buildings",
        "architecture",
        "interior",
        "scenery",
        "object",
        "objects",
        "vehicle",
        "vehicles",
        "car",
        "cars",
        "weapon",
        "weapons",
        "food",
        "animal",
        "animals",
        "plant",
        "flower",
        "flowers",
        "tool",
        "tools",
        "utility",
        "slider",
        "helper",
        "detail",
        "details",
        "detailer",
        "tweaker",
        "enhancer",
        "fix",
        "hands",
        "hand",
        "eyes",
        "expression",
        "expressions",
        "action",
        "position",
        "camera",
        "angle",
        "view",
        "composition",
        "accessory",
        "accessories",
        "shoes",
        "boots",
        "hat",
        "tattoo",
        "tattoos",
        "makeup",
        "jewelry",
        "pattern",
        "logo",
        "icon",
        "icons",
        "sticker",
        "wallpaper",
        "scene",
        "setting",
        "environment",
        "city",
        "room",
        "world",
        "universe",
        "map",
        "item",
        "items",
        "prop",
        "props",
        "glasses",
        "gloves",
        "skirt",
        "kimono",
        "maid",
        "nurse",
        "school uniform",
        "nsfw pose",
        "sex position",
        "positions",
        "body",
        "bodytype",
        "body type",
        "skin",
        "hairstyles",
        "embedding helper",
        "negative",
        "negative embedding",
        "bad hands",
        "easynegative",
        "lowres",
        "quality",
    }
)
TOOL_WORDS = frozenset(
    {
        "base model",
        "checkpoint",
        "merge",
        "merged",
        "mix",
        "mixed",
        "blend",
        "finetune",
        "fine-tune",
        "fine tune",
        "general purpose",
        "vae",
        "upscaler",
        "upscale",
        "controlnet",
        "motion",
        "motion module",
        "animatediff",
        "workflow",
        "workflows",
        "wildcards",
        "inpainting",
        "inpaint",
        "sdxl",
        "sd15",
        "pruned",
        "fp16",
        "lcm",
        "turbo",
        "lightning",
        "hypernetwork",
        "aesthetic gradient",
        "negative",
        "model merge",
        "realistic vision",
        "photoreal",
        "anime model",
    }
)
# Model types that are not about one subject.
NON_SUBJECT_TYPES = frozenset(
    {
        "Poses",
        "Controlnet",
        "Upscaler",
        "VAE",
        "MotionModule",
        "Wildcards",
        "Workflows",
        "AestheticGradient",
    }
)

# Gender words (folded). Tags and name words.
FEMALE_WORDS = frozenset(
    {
        "woman",
        "women",
        "female",
        "girl",
        "girls",
        "lady",
        "ladies",
        "actress",
        "she",
        "her",
        "hers",
        "herself",
        "wife",
        "girlfriend",
        "milf",
        "mother",
        "mom",
        "sister",
        "daughter",
        "queen",
        "princess",
        "goddess",
        "waifu",
        "pornstar",
        "playmate",
        "feminine",
        "gf",
        "1girl",
        "ballerina",
        "songstress",
        "diva",
        "heroine",
        "mrs",
        "ms",
        "miss",
    }
)
MALE_WORDS = frozenset(
    {
        "man",
        "men",
        "male",
        "boy",
        "boys",
        "guy",
        "gentleman",
        "actor",
        "he",
        "him",
        "his",
        "himself",
        "husband",
        "boyfriend",
        "father",
        "dad",
        "brother",
        "son",
        "king",
        "prince",
        "masculine",
        "bf",
        "1boy",
        "mr",
        "sir",
        "handsome",
        "beard",
        "bearded",
    }
)
# Clothing and nudity words written almost only of women: a weak female vote on a likeness
# (weaker than any first name, so a man's name outvotes it).
FEMALE_CODED_WORDS = frozenset(
    {"lingerie", "bikini", "topless", "panties", "pantyhose", "miniskirt", "skirt", "bra",
     "bras", "negligee", "stockings"}
)  # fmt: skip
FEMALE_CODED_WEIGHT = 0.35  # below a first name's vote: "Elias Brandt, topless" stays male
# Gender-coded terms written in Chinese, Japanese or Korean script. Scripts without spaces
# have no word boundaries, so these are found as substrings (each two characters or more).
FEMALE_SCRIPT_TERMS = (
    "美女", "女性", "女孩", "女生", "女优", "女優", "女星", "女演员", "女神", "女友",
    "女人", "女士", "小姐姐", "姐姐", "御姐", "妹子", "女の子", "お姉さん",
    "グラビア", "女子", "여자", "여성", "여배우", "걸그룹", "언니", "누나", "아가씨",
    "女明星", "女团", "女團", "女歌手", "女主播", "女模", "女艺人", "女藝人", "女主持",
    "여가수", "여신",
)  # fmt: skip
MALE_SCRIPT_TERMS = (
    "男性", "男人", "男孩", "男生", "帅哥", "男演员", "男优", "男優", "男子", "男星",
    "남자", "남성", "남배우", "보이그룹", "오빠", "형님",
    "男明星", "男团", "男團", "男歌手", "男主播", "男模", "男艺人", "男藝人", "男主持",
    "남가수", "イケメン",
)  # fmt: skip
# Latin-script words of other languages and fandoms that say a woman or a man.
FEMALE_LOAN_WORDS = frozenset(
    {"unnie", "onnie", "noona", "gravure", "gyaru", "girlgroup", "idolgirl", "mujer", "chica",
     "femme", "frau", "donna", "ragazza", "menina", "mulher", "dziewczyna", "devushka"}
)  # fmt: skip
MALE_LOAN_WORDS = frozenset(
    {"oppa", "hyung", "boygroup", "hombre", "chico", "homme", "ragazzo", "homem"}
)  # fmt: skip
# Model-name words that look like surnames but are not (never a name's second part).
NOT_NAME_WORDS = _split(
    """lora loras locon lycoris loha dora lokr embedding embeddings ti textual inversion
    hypernetwork checkpoint model models version ver v final beta alpha test preview update
    realistic photorealistic realism real photo photography portrait portraits face faces
    style styles art artist concept pose poses outfit clothes clothing dress costume
    woman women man men girl girls boy boys lady female male person people character
    characters anime manga cartoon game fantasy sexy hot cute beautiful pretty nude naked
    nsfw sfw xl sdxl sd sd15 pony flux illustrious noob base mix merge merged blend
    for the and with from of in on by to a an my your our his her their its this that
    best new old young big small tiny huge super ultra mega hyper high low detail detailed
    details quality lighting light dark black white red blue green yellow pink purple
    orange gold golden silver brown grey gray body hair eyes skin lips breasts ass butt
    legs feet hands smile happy sad angry beauty glamour fashion vintage retro modern
    classic cinematic film movie tv show series season episode edition collection pack set
    trigger triggers word words keyword token tokens fix fixed slider tool helper
    style1 style2 lite light mini pro plus max extra special remix remastered redux
    embedding lora_v1 v1 v2 v3 v4 v5 epoch epochs step steps rank dim alpha offset
    school office city beach forest space night day summer winter spring autumn fall
    goddess queen king princess prince witch warrior knight elf demon angel vampire
    maid nurse teacher student police soldier doctor bride idol singer dancer gamer
    cosplay cosplayer asian japanese korean chinese american european latina ebony
    russian german french italian spanish british indian african arabic
    mother mom milf wife girlfriend sister daughter aunt granny
    lingerie bikini swimsuit uniform armor kimono jeans shirt skirt boots heels
    makeup tattoo tattoos piercing hairstyle ponytail braid blonde brunette redhead
    dreamshaper deliberate chilloutmix realvis juggernaut epicrealism majicmix
    negative positive prompt prompts easy bad good perfect better improved
    doll dolls figure figurine toy toys robot mecha monster creature dragon
    animal cat dog fox wolf horse bird fish
    pruned nonema only fp16 fp32 bf16 vae inpainting safetensors ckpt unet"""
)
# (the last line: a model file's jargon, "vae-ft-mse-840000-ema-pruned" or "prunedEmaOnly":
# no "Ema Pruned", no "Ema Only")
# Words that say how a model relates to its subject (a lookalike, a relation, a platform, a
# request, a trade, a model-making word): never part of the subject's name when a finding names
# its target, so they are trimmed from a target's ends ("Resembles Mayumi", "Coworker Annika",
# "YouTube Sunny Sahra", "Achterberg Lookalike").
TARGET_EDGE_WORDS = _split(
    """resembles resembling resemble lookalike alike look looks doppelganger like
        coworker colleague classmate neighbour neighbor boss client customer friend
        gf bf wife girlfriend boyfriend fiance fiancee crush ex my our
        husband partner roommate sister mother mom daughter irl college school uni office
        famous likeness news tv fashion comedian
        youtube tiktok twitch instagram insta onlyfans fansly xiaohongshu douyin weibo
        bilibili twitter snapchat reddit patreon
        req request requested commission commissioned bounty private dreambooth project
        actress actor singer idol rapper streamer youtuber influencer tiktoker cosplayer
        presenter host anchor newscaster politician athlete wrestler dancer celebrity celeb
        pornstar gravure model
        lora loras locon lycoris loha lokr dora embedding ti hypernetwork checkpoint
        dataset datasets
        sdxl xl sd15 pony flux v1 v2 v3 v4 v5 version ver final
        cute petite young kawaii baby photo photos portrait face real"""
)
# Country codes and trade words that end a title ("WanxiTantai_CH_Comedian", "…_KO_Volleyball
# Player"): trimmed off a target's end only (Ko, Ha and Do open Korean names).
TARGET_TAIL_WORDS = _split(
    """ch cn jp kr ko tw hk th vn us uk ru br
        volleyball basketball soccer tennis player skater gymnast swimmer dancer"""
)
# The placeholder tokens of trigger words ("ohwx woman", "TOK"): never a target.
PLACEHOLDER_TOKENS = frozenset({"sks", "ohwx", "zwx", "xyz", "tok", "szn"})
# Common words that are also first names in name tables; never a first name by themselves.
NOT_FIRST_NAMES = _split(
    """come art style dark red love rose star sky summer winter autumn spring may june april
    august angel angels crystal diamond ruby amber jade pearl dawn faith hope grace joy
    honey candy cherry ginger holly ivy lily daisy violet iris jasmine poppy sunny stormy
    storm rain snow river ocean sea misty mist shadow fox wolf bear hunter king queen prince
    princess duke lord baron major sergeant doctor nurse miss mister sister brother baby
    babe doll dolly kitty bunny mercy liberty justice harmony melody lyric echo nova luna
    sol sun moon terra aurora destiny trinity serenity heaven neon pixel cyber tech max
    mini micro mega ultra hyper super best top gold golden silver black white blue green
    brown gray grey pink purple orange yellow real beauty pretty cute sweet sugar spice
    chase drew will bill mark rich rob pat sue jean jo ray rocky rusty sandy stone
    ash ashes bo lee kim long young old new big little lil tiny low high mid de da van von
    la le el al dj mc ai sd xl lora model girl boy man woman lady gentleman madame
    cosplay anime manga style photo film cinema movie scene vintage retro classic modern
    dream dreams fantasy magic mystic mystique wild cool hot sexy naughty kinky slutty
    tank page sage rage ace jack jackie joker knight rogue ninja samurai pirate viking
    zombie ghost demon devil saint bishop pope priest nun monk
    china india paris london berlin tokyo sydney dallas austin houston denver phoenix
    asia africa america europe georgia virginia carolina florida dakota montana
    nevada arizona indiana kansas memphis orlando chelsea brooklyn savannah sierra
    mercedes porsche lexus bentley tesla ford mazda
    cinnamon pepper olive basil sage clove vanilla peaches apple cherry berry
    beach bay lake valley hill glen dale wood woods forest field fields
    cash money penny nickel dollar bond price sterling
    precious princess treasure lucky happy merry jolly bliss
    wing wings blade arrow bow gun guns rifle
    ace kai rei ren rin mai yui ai mio nao"""
)

# Sexual intent.
SEXUAL_TERMS = _split(
    """nsfw nude nudes nudity naked topless bottomless nipples nipple pussy vagina penis cock
    dick sex sexual porn porno pornographic hentai xxx explicit erotic erotica fetish bdsm
    bondage blowjob fellatio cum cumshot creampie orgasm masturbation masturbating anal
    boobs tits breasts genitals lewd ahegao gangbang threesome handjob footjob paizuri
    spread spreading undressed undress undressing stripping stripper striptease lingerie
    onlyfans playboy playmate pornstar milf hardcore softcore boudoir seductive
    upskirt downblouse cameltoe sextape nsfw-lora ecchi r18 18+ horny slut"""
)
SEXUAL_SOFT = frozenset(
    {
        "sexy",
        "lingerie",
        "bikini",
        "seductive",
        "boudoir",
        "swimsuit",
        "cleavage",
        "busty",
        "thicc",
        "curvy",
        "hot",
        "glamour",
        "pinup",
        "pin-up",
        "underwear",
        "panties",
        "bra",
        "stockings",
        "see-through",
        "wet",
        "bath",
        "shower",
        "bed",
        "bedroom",
    }
)

# Minor risk: youth words (folded) and ages.
YOUTH_WORDS = _split(
    """child children kid kids minor minors underage teen teens teenager teenagers
    preteen pre-teen tween loli lolita lolis shota shotacon lolicon toddler infant
    schoolgirl schoolboy schoolkid middleschool highschooler juvenile youngster
    jailbait petite-teen teenage teenaged
    adolescente adolescentes colegiala colegialas colegial lyceenne lyceen collegienne
    ecoliere ecolier schulerin gymnasiastin minderjahrig minderjahrige teenagerin
    liceale minorenne nastolatka nastolatek nastolatki uczennica licealistka
    gimnazjalistka niepelnoletnia niepelnoletni liseli ergen siswi remaja
    ragazzina ragazzino bambina"""
)
# (folded, written without accents: "lycéenne", "Schülerin", "niepełnoletnia")
# Youth words in Chinese, Japanese and Korean script that only ever mean a child (a child actor,
# a primary or middle-school pupil); high-school words are left out, as adults wear those
# uniforms as costumes ("女子高生風").
YOUTH_SCRIPT_WORDS = (
    "子役",
    "童星",
    "아역",
    "児童",
    "儿童",
    "兒童",
    "어린이",
    "小学生",
    "小學生",
    "초등학생",
    "中学生",
    "中學生",
    "중학생",
    "初中生",
    "여중생",
    # round 17: every school level and script, "underage" in each; a costume or style after
    # them ("女子高生風", "JK制服", "여고생 교복") is read in minor_cues, not here
    "高校生",
    "女子高生",
    "高中生",
    "國中生",
    "国中生",
    "高中女生",
    "初中女生",
    "学生妹",
    "學生妹",
    "未成年",
    "萝莉",
    "蘿莉",
    "고등학생",
    "여고생",
    "남고생",
    "남중생",
    "고딩",
    "중딩",
    "초딩",
    "미성년",
    "школьниц",
    "школьник",
    "старшеклассниц",
    "старшеклассник",
    "подросток",
    "подростк",
    "несовершеннолетн",
    "นักเรียน",
    "วัยรุ่น",
    "เด็กมัธยม",
    "มัธยมปลาย",
    "مراهقة",
    "مراهق",
    "قاصر",
    "طالبة ثانوية",
    "تلميذة",
    "नाबालिग",
    "स्कूली छात्रा",
    "स्कूल की छात्रा",
)
YOUTH_PHRASES = (
    "high school student",
    "in high school",
    "high schooler",
    "middle school",
    # minor19: a pupil of a school level ("middle school" ends before "-er")
    "middle schooler",
    "junior high schooler",
    "grade schooler",
    "elementary schooler",
    "elementary school",
    "junior high",
    "school girl",
    "little girl",
    "little boy",
    "young boy",
    "child model",
    "child actress",
    "child actor",
    "teen model",
    "years old",
    "year old",
    "yo girl",
    # round 17: school levels and "underage" in other languages (folded)
    "estudiante de secundaria",
    "estudiante de preparatoria",
    "estudiante de primaria",
    "menor de edad",
    "menor de idade",
    "ensino medio",
    "ensino fundamental",
    "studentessa delle medie",
    "studentessa delle superiori",
    "scuole medie",
    "ortaokul ogrencisi",
    "lise ogrencisi",
    "ilkokul ogrencisi",
    "resit olmayan",
    "siswa sma",
    "siswi sma",
    "anak sma",
    "anak smp",
    "pelajar sma",
    "di bawah umur",
    "budak sekolah",
    "hoc sinh",
    "nu sinh",
    "thieu nien",
    "vi thanh nien",
    "ninth grader",
    "tenth grader",
    "eighth grader",
    "seventh grader",
    "sixth grader",
)

# Film photography as a look (not a motion picture): "film emulation", "film stock", "analog
# film", "35mm film", "slide film", "disposable camera". A `film` tag beside such words is the
# photographic medium, and a title with a film speed ("400", "800T") beside them a film stock.
# Prompt words pasted in descriptions ("85mm, film grain") are not among them.
FILM_PHOTO = re.compile(
    r"\b(?<!on )(?<!shot )(?:film (?:emulation|simulation|stock|look|scans|profile|preset|"
    r"negatives|rolls)|analog(?:ue)? film|(?:35|120) ?mm (?:negatives?|slides?|scans?)|"
    r"colou?r negative film|slide film|disposable camera|expired film|instant film)\b"
    r"|胶片|フィルム写真|필름 ?사진"
)
# Said by a title or a tag only (a prompt says them of any photo): "film grain", "analog look".
FILM_LOOK_NAME = re.compile(
    r"\b(?:film grain|grainy film|film photo(?:graphy|s)?|analog(?:ue)? (?:photo\w*|look|camera))\b"
)
# Substrings one of which every match of FILM_PHOTO or FILM_LOOK_NAME holds (a cheap gate).
FILM_LITERALS = ("film", "analog", "mm ", "disposable", "胶片", "フィルム", "필름")


def may_film(text: str) -> bool:
    """Whether ``text`` may hold a film-photo phrase (a gate before the patterns)."""
    for literal in FILM_LITERALS:  # noqa: SIM110 - no generator per call
        if literal in text:
            return True
    return False


# A film stock's speed in a title ("Portra 400", "800T", "Vision3 500T", "ISO 200").
FILM_SPEED = re.compile(
    r"(?:\biso ?|\b)(?:25|50|64|80|100|125|160|200|250|320|400|500|640|800|1600|3200)[tdh]?\b"
)

# The label that opens a negative prompt's line ("Negative prompt: lowres, …", "neg: child"):
# what stands after it on that line is what images steer away from, no subject (read on folded
# text). minor_cues and gazetteer read it.
# (any separator inside the label, a quote or "=" after it: "negative_prompt": "…", "NEGATIVE
# PROMPT = …", "Negative prompt - …")
NEGATIVE_PROMPT_LINE = re.compile(
    r"(?:negative(?:[ _-]?prompts?)?|neg(?:ative)?[ _-]?prompts?|neg)[\"']?\s*[:=]"
    r"|negative[ _-]?prompts?\s*[-–—]"
)
_NEGATIVE_PROMPT_ANY_CASE = re.compile(NEGATIVE_PROMPT_LINE.pattern, re.IGNORECASE)


def without_negative_prompts(text: str) -> str:
    """``text`` with what stands after each negative prompt's label blanked to the end of its
    line or sentence (same length, so spans stay): what images steer away from ("Negative
    prompt: cartoon, 3d, doll") says nothing of the subject."""
    if "neg" not in text.lower():
        return text
    parts: list[str] = []
    at = 0
    for match in _NEGATIVE_PROMPT_ANY_CASE.finditer(text):
        if match.start() < at:
            continue
        end = match.end()
        stop = text.find("\n", end)
        stop = len(text) if stop < 0 else stop
        sentence = text.find(". ", end, stop)
        stop = stop if sentence < 0 else sentence
        parts.append(text[at:end])
        parts.append(" " * (stop - end))
        at = stop
    if not parts:
        return text
    parts.append(text[at:])
    return "".join(parts)


# Things uploaders name after a person that a model shows without that person's face: products
# and merchandise ("<Name> Sneakers", "<Name> perfume bottle"); with the kinds of places and
# things of names.PLACE_TAILS and non_subject's tables, gazetteer reads a listed name before
# such a word as the thing's name.
PRODUCT_WORDS = _split(
    "sneakers sneaker handbag handbags perfume fragrance cologne lipstick bottle guitar merch"
    # neg19: a perfume or cosmetic house's products ("the <Family> Paris skincare"; not what a
    # person wears: "<Name> sunglasses" is her in them)
    " parfum lipsticks skincare"
)

# Kinds of work a title names ("the film <X>", "<X> (song)"): a listed name written as such a
# title is the work's, not a person's face (gazetteer).
WORK_WORDS = _split(
    "film movie song album single musical series sitcom soundtrack novel documentary"
    # poi22: a piece of music or writing ("the track <X>", "the ballad <X>", "the poem <X>")
    " track tune ballad anthem mixtape poem opera"
)

# Words just before an account or a name that make it the uploader's own ("follow me on
# Instagram", "my instagram account", "support me on Patreon"): social_cues, gazetteer and
# name_shape read them.
SELF_ACCOUNT_WORDS = r"my|me on|follow me|support me|find me|contact me|join my"


# The words a model's name, slug or file writes beside its subject's name ("marisol-sdxl-lora",
# "Marisol LoRA v2", "marisol_v2_e10.safetensors"): the one list, in layers that readers
# combine (each says which).
# how the model was made: the adapter, the method, the trainer
MODEL_KIND_WORDS = _split(
    "lora loras locon lyco lycoris loha lokr ti embedding emb hypernetwork checkpoint "
    "dreambooth db model finetune finetuned ft peft kohya diffusers adapter base"
)
# the model it was made on
BASE_MODEL_WORDS = _split("sd sd15 sd21 sdxl xl pdxl pony flux illustrious schnell noobai")
# model words that are also a given name or a romanised syllable ("Dora", "Dev", Korean "il",
# Mandarin "nai"): read as model words only where no name is read word by word
MODEL_WORDS_NAMELIKE = _split("dora dev il nai")
# the file and the version ("final", "e10" as "e"): words of a file's or a version's name
MODEL_FILE_WORDS = _split("safetensors ckpt pt bin fp16 bf16 fp8 hf")
MODEL_VERSION_WORDS = _split("v ver version final last epoch e r rank beta alpha")
# what a model copies from its subject: no part of a slug's name ("clara-winslow-face-v2")
LIKENESS_MODEL_WORDS = _split("face person portrait photo likeness rvc voice svc sovits")
# A slug's model words: the kind and the base
SLUG_MODEL_WORDS = MODEL_KIND_WORDS | BASE_MODEL_WORDS
# those that a name's run-together letters may end on ("marisollora", "quarnveldsdxl"): long or
# rare enough that no name ends so (not "sd", "db", "ft", "model")
GLUED_MODEL_WORDS = _split("lora locon lyco ti xl sdxl sd15 pony flux embedding emb")
# The model words a type's title may carry (not those that are also given names: "Dora")
_TYPE_MODEL_WORDS = SLUG_MODEL_WORDS | MODEL_FILE_WORDS | MODEL_VERSION_WORDS
# The model words of other scripts, as the Latin word they stand for ("Noemi LoRA模型",
# "Yuli 로라", "Ирина модель"): a title's reader reads them so where they stand apart from
# words of their script (in "真人模型" the word is one with what it follows). Not "ローラ" or
# "Лора": written so they are a given name (Laura) as often.
SCRIPT_MODEL_WORDS = {
    "模型": "model",
    "モデル": "model",
    "모델": "model",
    "модель": "model",
    "ЛоРА": "LoRA",
    "ЛОРА": "LoRA",
    "로라": "LoRA",
}
# All of them but the likeness words: what a name field's reader drops around a name
MODEL_WORDS = SLUG_MODEL_WORDS | MODEL_WORDS_NAMELIKE | MODEL_FILE_WORDS | MODEL_VERSION_WORDS


# A Russian, Ukrainian or Belarusian patronymic, in Latin or Cyrillic letters ("Leonidovich",
# "Igorevna", "Ilyinichna"): -ovna, -evna and -ichna are a woman's (group 1), -ovich and
# -evich a man's (group 2). As a surname -ovich is borne by both: read it as a patronymic
# only as the middle word of three.
PATRONYMIC_END = re.compile(r"(ovna|evna|ichna|овна|евна|ична)$|(ovich|evich|ович|евич)$")
PATRONYMIC_MIN = 6  # letters: "Ilyich" is the shortest read


def patronymic_gender(word: str) -> str | None:
    """The gender a capitalised word says as a patronymic ("female", "male"), else None."""
    if len(word) < PATRONYMIC_MIN or not word[:1].isupper() or not word.isalpha():
        return None
    found = PATRONYMIC_END.search(word.lower())
    if found is None:
        return None
    return "female" if found.group(1) else "male"


# Clergy titles written before a name ("Rabbi …", "Imam …", "Bishop …"): no name's first word.
CLERGY_TITLES = _split(
    "rabbi imam bishop archbishop cardinal deacon vicar monsignor abbot abbess cantor mufti "
    "ayatollah swami pastor rebbe sheikh shaykh sheikha mullah maulana"
)
# Titles of rank and address written before a name, never a family name read before a given
# name ("Countess Greer", "Sir Anton"): ranks, the clergy's titles and "reverend", military
# ranks and kin as the maker calls them ("Rabbi Morgan", "Uncle Bert")
TITLE_WORDS = (
    _split(
        "countess count duchess duke baroness baron lady lord sir dame empress emperor queen "
        "king prince princess marquess marquis archduke archduchess tsarina tsar sultan "
        "captain general professor doctor madame mademoiselle monsieur senor senora signora "
        "reverend brigadier colonel lieutenant sergeant admiral commodore uncle aunt auntie"
    )
    | CLERGY_TITLES
)
