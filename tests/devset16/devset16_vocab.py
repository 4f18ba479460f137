"""Vocabulary of the sixteenth dev set (tests/devset16): every name here is invented.

Given names are ordinary given names of their culture; every family name, handle, character,
persona and stylist is made up for this set. Nothing here was taken from an earlier set, from the
real 2023 catalog or from Civitai's POI list (the set's test checks the last two).
"""

from __future__ import annotations

# culture -> (female given names, male given names, family names)
CULTURES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "thai": (
        ["Kanyarat", "Siriporn", "Wanida", "Ratchanee", "Chutima", "Orapin", "Jiraporn"],
        ["Thanakorn", "Pongsakorn", "Worawit", "Chaiwat", "Sakda"],
        [
            "Kaewmaneerat",
            "Sukhonthawat",
            "Wongsiriphan",
            "Phromjaiwong",
            "Thongsriruang",
            "Ratsameechai",
            "Boonprakhong",
        ],
    ),
    "viet": (
        ["Thảo Vy", "Ngọc Hân", "Bảo Trâm", "Diễm Kiều", "Thu Hương", "Mỹ Duyên"],
        ["Đức Thịnh", "Quang Vĩnh", "Minh Khôi", "Trọng Phúc"],
        ["Lương", "Quách", "Tạ", "Khổng", "Đoàn", "Ông"],
    ),
    "turkish": (
        ["Elif", "Zeynep", "Aylin", "Gülşen", "Sevgi", "Nesrin", "Ebru"],
        ["Emre", "Burak", "Serkan", "Oğuz", "Tolga"],
        ["Karabulutçu", "Demirkollu", "Yelkovanlı", "Sarıkamışlı", "Taşdelenoğlu", "Akyüzbaşı"],
    ),
    "persian": (
        ["Shirin", "Golnaz", "Parisa", "Mahsa", "Nasrin", "Yasaman"],
        ["Kaveh", "Dariush", "Behrouz", "Arash"],
        ["Tavakkolian", "Mehrabadi", "Zarrinkolah", "Shahrokhzad", "Farahbakhshi"],
    ),
    "arabic": (
        ["Rania", "Lamees", "Nour", "Dalia", "Haneen", "Rasha"],
        ["Tariq", "Samir", "Yazan", "Khaled"],
        ["Al-Qattawi", "Haddadin", "El-Sawalha", "Abu Rumman", "Qaraqish"],
    ),
    "hindi": (
        ["Ananya", "Meghna", "Ritika", "Pallavi", "Shruti", "Kavya"],
        ["Arjun", "Vikrant", "Rohan", "Siddharth"],
        ["Bhatnagarwal", "Kesarwani", "Chaturvedula", "Ahluwalkar", "Deshpandit"],
    ),
    "tamil": (
        ["Meenakshi", "Kavitha", "Nithya", "Revathi", "Yazhini"],
        ["Karthikeyan", "Senthil", "Murugesan"],
        ["Ponnambalam", "Arumugavel", "Thirunavukkarasan", "Sivaramakrishnan"],
    ),
    "yoruba": (
        ["Adebimpe", "Funmilayo", "Titilope", "Omolara", "Folasade", "Morenike"],
        ["Babatunde", "Olumide", "Adewale", "Adekunle"],
        ["Adeyemi-Okonrin", "Olaniyonu", "Ogunsakin", "Fadahunsi", "Akinwunmiola"],
    ),
    "slavic": (
        ["Darina", "Milena", "Zlata", "Vesna", "Bozhena", "Yaroslava", "Ludmila"],
        ["Bogdan", "Miroslav", "Radoslav", "Zdenek"],
        ["Kolokoltsev", "Vyshnevsk", "Sorokopud", "Zhuravlin", "Bereznyak", "Krapivnik"],
    ),
    "nordic": (
        ["Solveig", "Ingrid", "Sigrun", "Hedda", "Liv", "Ylva", "Torunn"],
        ["Halvard", "Espen", "Torbjorn", "Eskil"],
        ["Lindqvarn", "Skoglund-Rask", "Fjellbakk", "Harnesvik", "Ovrebotten", "Ekedahlsen"],
    ),
    "filipino": (
        ["Maricel", "Jocelyn", "Rowena", "Kristine", "Analyn", "Lovely"],
        ["Jerico", "Rommel", "Dindo", "Arnel"],
        ["Dimaculangan", "Macaraeg", "Pangilinaw", "Buenaflor", "Magsaysoy", "Tolentaro"],
    ),
    "latam": (
        ["Ximena", "Guadalupe", "Valentina", "Yesenia", "Marisol", "Catalina", "Itzel"],
        ["Joaquín", "Ulises", "Rodrigo", "Mauricio"],
        [
            "Villaseñor Quintal",
            "Arredondo Baeza",
            "Cisneros Larraín",
            "Echeverri Montoya",
            "Zubiaurre Pinto",
            "Olvera Cantú",
        ],
    ),
    "english": (
        [
            "Harriet",
            "Maisie",
            "Rosalind",
            "Tamsin",
            "Imogen",
            "Philippa",
            "Georgie",
            "Verity",
            "Bronwen",
            "Clemency",
            "Delphine",
            "Odette",
        ],
        ["Fergus", "Lachlan", "Rupert", "Ambrose", "Crispin", "Barnaby"],
        [
            "Thistlewood",
            "Quarrington",
            "Penhallow",
            "Wetherall",
            "Ashbrooke",
            "Dunstable",
            "Merriweather",
            "Hollingsby",
            "Kettleborough",
            "Fairweather-Lusk",
        ],
    ),
}

# ordinary English words used as surnames (an ordinary-word family name)
WORD_SURNAMES = [
    "Meadow",
    "Lantern",
    "Copper",
    "Thimble",
    "Harbour",
    "Marble",
    "Kettle",
    "Orchard",
    "Pebble",
    "Saddle",
    "Juniper",
    "Ledger",
]
UNISEX = ["Robin", "Jules", "Sasha", "Remy", "Ari", "Quinn", "Noor", "Eden", "Kit", "Sol"]

# Korean: family (Hangul, roman), given (Hangul, roman, gender)
KO_FAMILY = [
    ("탁", "Tak"),
    ("편", "Pyeon"),
    ("봉", "Bong"),
    ("육", "Yuk"),
    ("표", "Pyo"),
    ("어", "Eo"),
    ("남궁", "Namgung"),
    ("제갈", "Jegal"),
]
KO_GIVEN = [
    ("하늘", "Ha-neul", "female"),
    ("새봄", "Sae-bom", "female"),
    ("다솜", "Da-som", "female"),
    ("보람", "Bo-ram", "female"),
    ("가을", "Ga-eul", "female"),
    ("여울", "Yeo-ul", "female"),
    ("윤슬", "Yun-seul", "female"),
    ("도겸", "Do-gyeom", "male"),
    ("태오", "Tae-o", "male"),
    ("건우", "Geon-u", "male"),
]
# Japanese: family (kanji, roman incl. long-vowel forms), given (kanji, roman, gender)
JA_FAMILY = [
    ("大桑", "Ōkuwa", "Ohkuwa", "Okuwa"),
    ("鷲頭", "Washizu", "Washizu", "Washizu"),
    ("小糸川", "Koitogawa", "Koitogawa", "Koitogawa"),
    ("遠淵", "Tōbuchi", "Tohbuchi", "Tobuchi"),
    ("汐留", "Shiodome", "Shiodome", "Shiodome"),
    ("有働谷", "Udōya", "Udouya", "Udoya"),
]
JA_GIVEN = [
    ("芽衣子", "Meiko", "female"),
    ("柚葉", "Yuzuha", "female"),
    ("紗雪", "Sayuki", "female"),
    ("千景", "Chikage", "female"),
    ("琴音", "Kotone", "female"),
    ("湊斗", "Minato", "male"),
    ("颯真", "Sōma", "male"),
]
# Chinese: family (hanzi, pinyin), given (hanzi, pinyin, gender)
ZH_FAMILY = [
    ("岑", "Cen"),
    ("邝", "Kuang"),
    ("司徒", "Situ"),
    ("滕", "Teng"),
    ("甄", "Zhen"),
    ("闵", "Min"),
    ("欧阳", "Ouyang"),
]
ZH_GIVEN = [
    ("语桐", "Yutong", "female"),
    ("沁雪", "Qinxue", "female"),
    ("若岚", "Ruolan", "female"),
    ("梦溪", "Mengxi", "female"),
    ("思菡", "Sihan", "female"),
    ("子骞", "Ziqian", "male"),
    ("浩宇", "Haoyu", "male"),
]

GIRL_GROUPS = ["LUMINARE", "petalwave", "OBSIDIAN9", "Hey!Dahlia", "MOONCRATE", "SAFFRN"]
BOY_GROUPS = ["IRONVEIL", "N.O.V.A.K", "BLUE TIDEWAY"]
HANDLE_BITS = [
    "mxrina",
    "vlk",
    "jadey",
    "kat",
    "sunny",
    "oli",
    "bae",
    "rxse",
    "lumi",
    "deedee",
    "kiko",
    "zaza",
    "noa",
    "yuyu",
    "bibi",
]

# negatives
LN_HEROINES = [
    "Serafine Vaelcourt",
    "Ilvara Quenmist",
    "Mireth Solanthe",
    "Kazane Hoshibori",
    "Tsumugi Aokaze",
    "Rin'ya Kurogami",
    "Elowen Starvale",
    "Nayuta Shirokane",
    "Yoruha Amakusa",
    "Phaedra Glimmerhart",
]
OTOME = [
    "Prince Caelan Verdigris",
    "Ikki Sakuragawa",
    "Lord Vesper Ashgrave",
    "Toru Minazuki",
    "Duke Alaric Thornveil",
]
DONGHUA = [
    ("苏沐瑶", "Su Muyao"),
    ("凌霜月", "Ling Shuangyue"),
    ("叶清歌", "Ye Qingge"),
    ("慕容雪见", "Murong Xuejian"),
    ("白浅汐", "Bai Qianxi"),
]
PILOTS = ["Kestrel Ondine", "Arcadia Nine-Vale", "Sho Hayatsuki", "Lt. Maren Volkaine"]
VTUBERS = ["Nekomata Puririn", "Aoi Kumokage", "Velvetine Ch.", "Mochi Hoshizora", "Kuro Sazanami"]
PIXIV_ARTISTS = ["kuroneko_pen", "ameiro29", "tsukishiro_ink", "hakka_mint", "ginpaku_sora"]
CINEMATOGRAPHERS = [
    "Osvald Brennholt",
    "Ines Caravaggo-Lind",
    "Tadeusz Wirbel",
    "Marguerite Solvane",
    "Hollis Anchorage",
]
SURGEONS = ["Vandermolen", "Ostrakova", "Pellingham", "Quistorp"]
RIGS = ["Halvorsen", "Brantweed", "Okonkwo-Lisle", "Dauberval"]
TARTANS = ["Drummond-Halloway", "MacStravick", "Kinlochmorrow", "Balquharn"]
CHATBOTS = ["Aurelie", "Minji-bot", "Sable", "Kaia", "Ottilie", "Jun-AI"]
OC_NAMES = [
    "Elodie Varnholm",
    "Saoirse Quillon",
    "Anouk Tessaro",
    "Mireille Okafor-Drent",
    "Yunseo Halberd",
    "Cosima Ferrant",
    "Liesl Arkwright",
    "Tamar Ionescu-Veld",
]
ROSTER = ["Nadine", "Soraya", "Keiko", "Ottavia", "Brisa", "Freya", "Anushka", "Leilani"]
SITCOM = ["Dotty Pumpernickel", "Gus Wobblesworth", "Auntie Marzipan", "Professor Pickwick-Hay"]
FAIRY = ["the Glass Spinner", "Old Mother Hollowbark", "the Salt Queen", "Tamsel the Goose-herd"]
TAROT = ["The Lantern Bearer", "Queen of Kettles", "The Ninefold Moon"]

# Taiwanese passport (Wade-Giles without apostrophes) forms of the Chinese names above
WG_FAMILY = {
    "Cen": "Tsen",
    "Kuang": "Kuang",
    "Situ": "Szu-tu",
    "Teng": "Teng",
    "Zhen": "Chen",
    "Min": "Min",
    "Ouyang": "Ou-yang",
}
WG_GIVEN = {
    "Yutong": "Yu-tung",
    "Qinxue": "Chin-hsueh",
    "Ruolan": "Jo-lan",
    "Mengxi": "Meng-hsi",
    "Sihan": "Szu-han",
    "Ziqian": "Tzu-chien",
    "Haoyu": "Hao-yu",
}
