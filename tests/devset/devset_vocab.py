"""Invented vocabulary for the likeness dev set: names, works, franchises, phrases.

Every person here is INVENTED. Surnames are built from syllables so that they read like names
without belonging to anyone; ``test_devset`` checks the output against Civitai's real POI list
and the real 2023 catalog when ``../shared`` is present. The held-out split uses a partly
different set of first names and syllables (see ``Vocab`` instances at the bottom).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Vocab:
    """The word stock one split draws invented people and works from."""

    female_first: tuple[str, ...]
    male_first: tuple[str, ...]
    surname_heads: tuple[str, ...]
    surname_tails: tuple[str, ...]
    east_family: tuple[str, ...]
    east_given_female: tuple[str, ...]
    east_given_male: tuple[str, ...]
    works: tuple[str, ...]  # invented films, shows, bands, teams
    franchises: tuple[str, ...]  # invented anime / game / comic franchises
    painters: tuple[str, ...]  # invented artists, for style LoRAs
    handles_words: tuple[str, ...]  # pieces for social-media handles


SHARED_NATIONALITIES = (
    "American",
    "British",
    "Canadian",
    "Australian",
    "Brazilian",
    "Italian",
    "Spanish",
    "Polish",
    "Ukrainian",
    "Swedish",
    "French",
    "German",
    "Mexican",
    "Irish",
    "Dutch",
    "Argentine",
)

DEV_VOCAB = Vocab(
    female_first=(
        "Mara",
        "Elena",
        "Jenna",
        "Sofia",
        "Clara",
        "Nadia",
        "Livia",
        "Tessa",
        "Rhea",
        "Alina",
        "Maren",
        "Celia",
        "Daria",
        "Imogen",
        "Lena",
        "Paloma",
        "Brielle",
        "Kendra",
        "Selene",
        "Ottilie",
        "Marisol",
        "Anouk",
        "Greta",
        "Yasmin",
        "Delphine",
        "Carys",
        "Noor",
        "Ilse",
        "Vesna",
        "Beatriz",
        "Hollis",
        "Juno",
        "Keira",
        "Linnea",
        "Margo",
        "Odette",
        "Petra",
        "Quinn",
        "Romy",
        "Saskia",
        "Talia",
        "Ursula",
        "Vera",
        "Willa",
        "Xenia",
        "Zora",
        "Amara",
        "Bryony",
        "Cosima",
        "Edith",
        "Fiora",
        "Giselle",
        "Harriet",
        "Ines",
        "Jolene",
        "Kaia",
        "Lorelei",
        "Mireille",
        "Nerys",
        "Orla",
    ),
    male_first=(
        "Dorian",
        "Callum",
        "Matteo",
        "Anders",
        "Felix",
        "Rowan",
        "Tobias",
        "Lucian",
        "Emeric",
        "Jasper",
        "Caspian",
        "Idris",
        "Leander",
        "Marek",
        "Soren",
        "Teodor",
        "Ansel",
        "Barnaby",
    ),
    surname_heads=(
        "Cor",
        "Vel",
        "Mar",
        "Dray",
        "Ost",
        "Quen",
        "Brem",
        "Hal",
        "Kes",
        "Lor",
        "Nev",
        "Pell",
        "Ren",
        "Stav",
        "Tev",
        "Ulm",
        "Vard",
        "Wex",
        "Yar",
        "Zell",
        "Ashen",
        "Bel",
        "Carra",
        "Dun",
        "Fen",
        "Gral",
        "Hest",
        "Ivor",
        "Jast",
        "Kael",
        "Lund",
        "Morr",
    ),
    surname_tails=(
        "vale",
        "wick",
        "brook",
        "mere",
        "holt",
        "ridge",
        "lund",
        "croft",
        "ova",
        "ini",
        "ard",
        "elle",
        "ovic",
        "quist",
        "stead",
        "thorn",
        "ane",
        "etti",
        "aro",
        "ensky",
        "bury",
        "hollow",
    ),
    east_family=("Kiriyama", "Aozora", "Hanabusa", "Tsukishiro", "Mizunaga", "Seong", "Baek-ryun"),
    east_given_female=("Aoba", "Hinari", "Yuzune", "Serika", "Minae", "Haruri", "Yeonbi", "Sarang"),
    east_given_male=("Kaito", "Reiji", "Taesung", "Junhwi"),
    works=(
        "Harbor Lights",
        "The Quiet Coast",
        "Midnight Ledger",
        "Saltmarsh",
        "Velvet Circuit",
        "Glass Orchard",
        "Northbound",
        "The Lantern Files",
        "Copper Sky",
        "Nova Petal",
        "GLASSLINE",
        "Rivergate FC",
        "Silver Meridian",
        "Paper Lanterns",
        "Cold Harbour",
        "Seven Winters",
        "The Marigold Hour",
        "Emberfall",
    ),
    franchises=(
        "Starlit Requiem",
        "Azure Frontier",
        "Blade of Hoshimura",
        "Gear Chronicle",
        "Moonlit Covenant",
        "Eclipse Vanguard",
        "Sakura Drift Online",
        "Iron Lotus",
        "Twilight Cartographers",
        "Neon Shrine",
        "Starfall Saga",
        "Noir City",
    ),
    painters=(
        "Adelmo Varrucci",
        "Henrike Solvang",
        "Tobias Quenmere",
        "Ysolde Markevich",
        "Cassian Drewhollow",
        "Ilka Brandvold",
        "Oren Tallisker",
        "Perpetua Vann",
    ),
    handles_words=(
        "luna",
        "peach",
        "kitty",
        "rose",
        "nova",
        "sunny",
        "bae",
        "vibes",
        "official",
        "xo",
        "daily",
        "moon",
        "angel",
        "honey",
        "star",
        "bunny",
    ),
)

HOLDOUT_VOCAB = Vocab(
    female_first=(
        # about half are new here, half shared with the dev split
        "Mara",
        "Elena",
        "Sofia",
        "Nadia",
        "Tessa",
        "Alina",
        "Celia",
        "Lena",
        "Greta",
        "Vera",
        "Romy",
        "Talia",
        "Zora",
        "Amara",
        "Kaia",
        "Orla",
        "Annika",
        "Bianca",
        "Corinne",
        "Dagny",
        "Esme",
        "Florence",
        "Gaia",
        "Helga",
        "Isolde",
        "Jocelyn",
        "Katarina",
        "Leonie",
        "Mathilde",
        "Noemi",
        "Philippa",
        "Rosalind",
        "Sunniva",
        "Tamsin",
    ),
    male_first=("Dorian", "Felix", "Rowan", "Gideon", "Ivo", "Lorcan", "Mattias", "Ruben"),
    surname_heads=(
        "Cor",
        "Vel",
        "Hal",
        "Lor",
        "Ren",
        "Wex",
        "Ashen",
        "Fen",
        "Brann",
        "Cald",
        "Elv",
        "Farr",
        "Grim",
        "Harl",
        "Isen",
        "Kell",
        "Mael",
        "Nork",
        "Pryd",
        "Sael",
    ),
    surname_tails=(
        "vale",
        "wick",
        "holt",
        "ridge",
        "ova",
        "ard",
        "quist",
        "stead",
        "haven",
        "more",
        "ley",
        "sund",
        "ovska",
        "ello",
        "dottir",
        "gard",
    ),
    east_family=("Kiriyama", "Hoshizaki", "Amagiri", "Yunseo", "Sakuragawa"),
    east_given_female=("Aoba", "Kotone", "Miharu", "Seorin", "Yurine", "Hanseul"),
    east_given_male=("Kaito", "Shouma", "Dohyun"),
    works=(
        "Harbor Lights",
        "Saltmarsh",
        "The Tin Crown",
        "Lakeside Motel",
        "Blue Antler",
        "Westwind Rovers",
        "Under the Viaduct",
        "Orchid Protocol",
        "STATIC BLOOM",
        "The Ninth Lighthouse",
    ),
    franchises=(
        "Starlit Requiem",
        "Azure Frontier",
        "Lumen Arcana",
        "Shattered Tides",
        "Kitsune Relay",
        "Clockwork Bastion",
        "Hollow Empire",
        "Duskriders",
    ),
    painters=("Adelmo Varrucci", "Marit Osterhage", "Lucan Feyberg", "Severine Ablaque"),
    handles_words=("luna", "peach", "cherry", "fox", "dreamy", "sweet", "real", "tv", "babe"),
)


# ---- the extension of issue 8: shapes the first 800 items lacked ---------------------------------
# Every East-Asian person here is invented from rare family names and uncommon given names; the
# romanised forms are written by hand (pinyin without tones, Hepburn, Revised Romanization with the
# hyphenated given name). ``test_devset`` checks every written form against the real catalog.


@dataclass(frozen=True)
class EastName:
    """An invented East-Asian name in its own script and in romanisation."""

    script: str  # zh | ja | ko
    family: str  # in script
    given: str  # in script (hanzi, kanji or kana, hangul)
    family_rom: str
    given_rom: str  # Korean given names hyphenated (Da-on)
    gender: str  # female | male


@dataclass(frozen=True)
class ExtVocab:
    """The word stock of the extension for one split."""

    east_names: tuple[EastName, ...]
    ordinary_first_female: tuple[str, ...]
    ordinary_first_male: tuple[str, ...]
    ordinary_surnames: tuple[str, ...]
    shows: tuple[str, ...]  # invented live-action films, series, dramas
    role_first: tuple[str, ...]  # given names of invented screen roles
    persona_names: tuple[str, ...]  # made-up "consistent characters"


def _zh(family: str, given: str, family_rom: str, given_rom: str, gender: str) -> EastName:
    return EastName("zh", family, given, family_rom, given_rom, gender)


def _ja(family: str, given: str, family_rom: str, given_rom: str, gender: str) -> EastName:
    return EastName("ja", family, given, family_rom, given_rom, gender)


def _ko(family: str, given: str, family_rom: str, given_rom: str, gender: str) -> EastName:
    return EastName("ko", family, given, family_rom, given_rom, gender)


DEV_EXT_VOCAB = ExtVocab(
    east_names=(
        _zh("司徒", "汐瑶", "Situ", "Xiyao", "female"),
        _zh("上官", "芷岚", "Shangguan", "Zhilan", "female"),
        _zh("南宫", "星媛", "Nangong", "Xingyuan", "female"),
        _zh("闻人", "沐晴", "Wenren", "Muqing", "female"),
        _zh("夏侯", "语汐", "Xiahou", "Yuxi", "female"),
        _zh("阮", "禾音", "Ruan", "Heyin", "female"),
        _zh("郁", "檀心", "Yu", "Tanxin", "female"),
        _zh("柏", "霁月", "Bai", "Jiyue", "female"),
        _zh("慕容", "承渊", "Murong", "Chengyuan", "male"),
        _zh("司徒", "景珩", "Situ", "Jingheng", "male"),
        _ja("朝霧", "ここな", "Asagiri", "Kokona", "female"),
        _ja("霜月", "ゆいか", "Shimotsuki", "Yuika", "female"),
        _ja("汐見", "ひなの", "Shiomi", "Hinano", "female"),
        _ja("綾森", "紗雪", "Ayamori", "Sayuki", "female"),
        _ja("霞野", "柚葉", "Kasumino", "Yuzuha", "female"),
        _ja("朝霧", "さくらこ", "Asagiri", "Sakurako", "female"),
        _ja("綾森", "澪音", "Ayamori", "Mione", "female"),
        _ja("霞野", "蒼真", "Kasumino", "Souma", "male"),
        _ko("남궁", "다온", "Namgung", "Da-on", "female"),
        _ko("선우", "채율", "Sunwoo", "Chae-yul", "female"),
        _ko("제갈", "하린", "Jegal", "Ha-rin", "female"),
        _ko("독고", "예솔", "Dokgo", "Ye-sol", "female"),
        _ko("황보", "소이", "Hwangbo", "So-i", "female"),
        _ko("남궁", "세아", "Namgung", "Se-a", "female"),
        _ko("선우", "겨레", "Sunwoo", "Gyeo-re", "female"),
        _ko("제갈", "시헌", "Jegal", "Si-heon", "male"),
        _ko("독고", "도율", "Dokgo", "Do-yul", "male"),
    ),
    ordinary_first_female=(
        "Daisy",
        "Holly",
        "Amber",
        "Ivy",
        "Hazel",
        "Dawn",
        "Autumn",
        "Summer",
        "Crystal",
        "Rose",
    ),  # fmt: skip
    ordinary_first_male=("Hunter", "Chase", "River", "Forest"),
    ordinary_surnames=(
        "Fox",
        "Day",
        "Stone",
        "Chase",
        "Banks",
        "Rivers",
        "Frost",
        "Lake",
        "Moon",
        "Knight",
        "Bell",
        "Marsh",
        "Sparrow",
        "Snow",
    ),  # fmt: skip
    shows=(
        "Kestrel Bay",
        "The Ninefold Court",
        "Ashgrove Precinct",
        "Moonwater Inn",
        "Crimson Ledger",
        "Palace of Falling Petals",
        "Harrowgate Medical",
        "The Salt Road",
    ),
    role_first=("Dalia", "Mireya", "Oriel", "Sabine", "Tamsyn", "Vesper", "Corin", "Lysander"),
    persona_names=("Mei", "Hana", "Lia", "Yuna", "Sora", "Nova", "Eira", "Kiko", "Ren", "Aiko"),
)

HOLDOUT_EXT_VOCAB = ExtVocab(
    east_names=(
        _zh("东方", "岚汐", "Dongfang", "Lanxi", "female"),
        _zh("尉迟", "念禾", "Yuchi", "Nianhe", "female"),
        _zh("宇文", "若筠", "Yuwen", "Ruoyun", "female"),
        _zh("宇文", "叙白", "Yuwen", "Xubai", "male"),
        _ja("鈴森", "あやの", "Suzumori", "Ayano", "female"),
        _ja("月ヶ瀬", "ほのか", "Tsukigase", "Honoka", "female"),
        _ja("鈴森", "千紘", "Suzumori", "Chihiro", "female"),
        _ja("月ヶ瀬", "湊斗", "Tsukigase", "Minato", "male"),
        _ko("사공", "라희", "Sagong", "Ra-hee", "female"),
        _ko("서문", "윤슬", "Seomun", "Yun-seul", "female"),
        _ko("사공", "가온", "Sagong", "Ga-on", "female"),
        _ko("서문", "태오", "Seomun", "Tae-o", "male"),
    ),
    ordinary_first_female=("Daisy", "Holly", "Ivy", "Willow", "Poppy", "Meadow", "Robin"),
    ordinary_first_male=("Hunter", "Reed"),
    ordinary_surnames=(
        "Fox",
        "Day",
        "Stone",
        "Chase",
        "Wren",
        "Hart",
        "Brook",
        "Finch",
        "Glass",
        "Heath",
    ),  # fmt: skip
    shows=("Kestrel Bay", "Lanterns of Jade Hill", "Northgate Station", "The Orchard Wives"),
    role_first=("Dalia", "Isaura", "Pell", "Rosamund", "Theron"),
    persona_names=("Mei", "Yuna", "Lumi", "Saya", "Rina"),
)
