"""Invented vocabulary of the thirteenth dev set: ``vocab("A")`` dev13, ``vocab("B")`` hold13.

Every list is split by position (even entries to part A, odd to part B), so the two parts share
no given name, surname syllable, character, persona, painter or eponym. The people are invented:
surnames are glued from syllables nobody here took from a real person; scripts are written by
hand (Chinese, Japanese, Korean, Cyrillic, Arabic, Hebrew, Thai, Devanagari, Tamil, Georgian,
Armenian, Ethiopic).
"""

from __future__ import annotations

import re
from typing import Any

# Latin-script given names of many countries (female, male, unisex).
GIVEN_F = [
    "Solveig", "Ximena", "Ottilie", "Marisol", "Fenna", "Renata", "Ailbhe", "Zuzana", "Dorota",
    "Mireille", "Ilse", "Catalina", "Leilani", "Delphine", "Rosalind", "Agathe", "Elif", "Greta",
    "Maren", "Paola", "Beatriz", "Saoirse", "Harriet", "Zeynep", "Amparo", "Liesel", "Oriane",
    "Vesna", "Luciana", "Henrike", "Brontë", "Isaura", "Milla", "Oona", "Tuuli", "Jolanda",
    "Clementine", "Philippa", "Anouk", "Rosario",
]  # fmt: skip
GIVEN_M = [
    "Bjarne", "Santiago", "Torvald", "Emiliano", "Anselm", "Radek", "Casimir", "Florian",
    "Declan", "Tobias", "Kerem", "Eirik", "Rodrigo", "Sindre", "Bogdan", "Lucien", "Ambrose",
    "Evander", "Joaquin", "Matthias", "Osvaldo", "Leopoldo", "Henning", "Ruairi", "Teodor",
    "Wendelin", "Cosimo", "Fabrizio", "Arvid", "Ignacy",
]  # fmt: skip
UNISEX = [
    "Robin", "Sasha", "Noa", "Eden", "Quinn", "Ariel", "Remy", "Marlowe", "Rowan", "Shiloh",
    "Emerson", "Dominique", "Camille", "Alexis", "Jesse", "Sage", "Ellis", "Reese", "Morgan",
    "Lennon", "Harley", "Darcy",
]  # fmt: skip
SYL1 = [
    "Vesk", "Thal", "Orn", "Brav", "Quil", "Mard", "Zel", "Krov", "Dun", "Fael", "Hask", "Ilv",
    "Jarn", "Lum", "Nesk", "Parv", "Rusk", "Sorv", "Tarn", "Ulm", "Varg", "Wyst", "Yarl",
    "Corv", "Gald", "Brisk", "Delm", "Esk", "Fenw", "Glim", "Holv", "Kesp", "Lorv", "Mosk",
]  # fmt: skip
SYL2 = [
    "hurst", "escu", "oglu", "quist", "ardi", "enby", "wick", "idis", "ström", "etti", "mont",
    "avan", "ridge", "ayne", "stad", "ovar", "thorpe", "eira", "dahl", "iano", "combe", "elund",
]  # fmt: skip
# Culture packs: female given, male given, family first syllables, family endings.
CULTURES: dict[str, tuple[list[str], list[str], list[str], list[str]]] = {
    "yoruba": (
        ["Folasade", "Morenike", "Adunni", "Ibukunoluwa"],
        ["Babatunde", "Olumide", "Adekunle", "Oluwaseyi"],
        ["Ade", "Ola", "Akin", "Fola"],
        ["wunmi", "labi", "desi", "sowon"],
    ),
    "igbo": (
        ["Chiamaka", "Ngozika", "Adaeze", "Ifeoma"],
        ["Obinna", "Chukwuemeka", "Ikenna", "Nnamdi"],
        ["Nwa", "Oke", "Eze", "Obi"],
        ["keke", "dinma", "udo", "agwu"],
    ),
    "swahili": (
        ["Zawadi", "Neema", "Imani", "Rehema"],
        ["Baraka", "Jabari", "Juma", "Hamisi"],
        ["Mwa", "Kiba", "Waki", "Njo"],
        ["ngi", "ambo", "uru", "roge"],
    ),
    "zulu": (
        ["Thandeka", "Nomvula", "Lindiwe", "Zanele"],
        ["Sipho", "Bongani", "Mandla", "Themba"],
        ["Nko", "Dla", "Ngco", "Mthe"],
        ["bhele", "mini", "bo", "thwa"],
    ),
    "hindi": (
        ["Shreya", "Aishani", "Vaidehi", "Ritika"],
        ["Siddharth", "Pranav", "Anirudh", "Devansh"],
        ["Chit", "Sahas", "Bhal", "Wade"],
        ["navis", "rabuddhe", "erao", "kar"],
    ),
    "tamil": (
        ["Kayalvizhi", "Thenmozhi", "Yazhini", "Malarvizhi"],
        ["Senthil", "Arivazhagan", "Mugilan", "Elango"],
        ["Thiru", "Kalai", "Ilan", "Anba"],
        ["navukkarasu", "selvan", "chezhian", "rasan"],
    ),
    "persian": (
        ["Shirin", "Golnar", "Parisa", "Niloufar"],
        ["Dariush", "Kourosh", "Bahram", "Farhad"],
        ["Shah", "Kia", "Rahn", "Mir"],
        ["bazi", "zadeh", "vand", "nejad"],
    ),
    "arabic": (
        ["Rahaf", "Lujain", "Ghaida", "Shahad"],
        ["Muhannad", "Rakan", "Nawaf", "Faris"],
        ["Qad", "Bush", "Tarab", "Haddar"],
        ["oumi", "naq", "ishi", "ani"],
    ),
    "filipino": (
        ["Maricel", "Rowena", "Jocelyn", "Analyn"],
        ["Rommel", "Jericho", "Dindo", "Arnel"],
        ["Maca", "Bala", "Lagu", "Panga"],
        ["pagal", "guing", "tong", "nilan"],
    ),
    "kazakh": (
        ["Aigerim", "Dinara", "Madina", "Zhanar"],
        ["Nurlan", "Yerlan", "Daniyar", "Berik"],
        ["Zhak", "Tok", "Amant", "Serik"],
        ["sybay", "tarov", "bekov", "paev"],
    ),
    "quechua": (
        ["Killa", "Sisa", "Nayra", "Chaska"],
        ["Inti", "Amaru", "Kusi", "Wayra"],
        ["Huam", "Quis", "Mama", "Chuq"],
        ["anchumo", "pe", "ni", "uimarca"],
    ),
    "mongol": (
        ["Bolormaa", "Saranchimeg", "Oyunaa", "Khulan"],
        ["Batbayar", "Temuulen", "Ganzorig", "Munkhbat"],
        ["Dorj", "Enkh", "Tsog", "Bat"],
        ["suren", "tuvshin", "baatar", "erdene"],
    ),
}
# Script names: (roman given, script given, gender) and (roman family, script family).
SCRIPTS: dict[str, tuple[list[tuple[str, str, str]], list[tuple[str, str]]]] = {
    "cyrillic": (
        [
            ("Yaroslava", "Ярослава", "female"),
            ("Gleb", "Глеб", "male"),
            ("Zlata", "Злата", "female"),
            ("Rodion", "Родион", "male"),
            ("Varvara", "Варвара", "female"),
            ("Timofey", "Тимофей", "male"),
            ("Milana", "Милана", "female"),
            ("Yaromir", "Яромир", "male"),
        ],
        [
            ("Lazorenko", "Лазоренко"),
            ("Dravchuk", "Дравчук"),
            ("Pechkurenko", "Печкуренко"),
            ("Hrabchuk", "Грабчук"),
            ("Teslyuk", "Теслюк"),
            ("Zabrodenko", "Забродэнко"),
        ],
    ),
    "arabic": (
        [
            ("Rahaf", "رهف", "female"),
            ("Muhannad", "مهند", "male"),
            ("Lujain", "لجين", "female"),
            ("Rakan", "راكان", "male"),
            ("Shahad", "شهد", "female"),
            ("Nawaf", "نواف", "male"),
            ("Ghaida", "غيداء", "female"),
            ("Faris", "فارس", "male"),
        ],
        [
            ("Qadoumi", "قدومي"),
            ("Bushnaq", "بشناق"),
            ("Tarabishi", "طرابيشي"),
            ("Al-Mareikhi", "المريخي"),
        ],
    ),
    "hebrew": (
        [
            ("Yael", "יעל", "female"),
            ("Itai", "איתי", "male"),
            ("Shira", "שירה", "female"),
            ("Omer", "עומר", "male"),
            ("Tamar", "תמר", "female"),
            ("Yonatan", "יונתן", "male"),
        ],
        [
            ("Tzafrir", "צפריר"),
            ("Elkayam", "אלקיים"),
            ("Ben-Shushan", "בן שושן"),
            ("Shaltiel", "שאלתיאל"),
        ],
    ),
    "thai": (
        [
            ("Pimlada", "พิมพ์ลดา", "female"),
            ("Thanakorn", "ธนากร", "male"),
            ("Kanyarat", "กัญญารัตน์", "female"),
            ("Kittipat", "กิตติพัฒน์", "male"),
        ],
        [("Wongsakul", "วงศ์สกุล"), ("Chaiyaphruek", "ชัยพฤกษ์")],
    ),
    "devanagari": (
        [
            ("Ishita", "इशिता", "female"),
            ("Aarav", "आरव", "male"),
            ("Mrinalini", "मृणालिनी", "female"),
            ("Vihaan", "विहान", "male"),
            ("Vaidehi", "वैदेही", "female"),
            ("Pranav", "प्रणव", "male"),
        ],
        [
            ("Chitnavis", "चिटणवीस"),
            ("Sahasrabuddhe", "सहस्रबुद्धे"),
            ("Bhalerao", "भालेराव"),
            ("Wadekar", "वाडेकर"),
        ],
    ),
    "tamil": (
        [
            ("Kayalvizhi", "கயல்விழி", "female"),
            ("Mugilan", "முகிலன்", "male"),
            ("Yazhini", "யாழினி", "female"),
            ("Elango", "இளங்கோ", "male"),
            ("Thenmozhi", "தேன்மொழி", "female"),
            ("Arivazhagan", "அறிவழகன்", "male"),
        ],
        [
            ("Thirunavukkarasu", "திருநாவுக்கரசு"),
            ("Kalaiselvan", "கலைச்செல்வன்"),
            ("Ilanchezhian", "இளஞ்செழியன்"),
            ("Anbarasan", "அன்பரசன்"),
        ],
    ),
    "georgian": (
        [
            ("Nino", "ნინო", "female"),
            ("Levan", "ლევან", "male"),
            ("Tamar", "თამარ", "female"),
            ("Irakli", "ირაკლი", "male"),
            ("Salome", "სალომე", "female"),
            ("Giorgi", "გიორგი", "male"),
        ],
        [
            ("Lomsadze", "ლომსაძე"),
            ("Gabunashvili", "გაბუნაშვილი"),
            ("Tsintsadze", "ცინცაძე"),
            ("Kipiani", "კიპიანი"),
        ],
    ),
    "armenian": (
        [
            ("Lusine", "Լուսինե", "female"),
            ("Aram", "Արամ", "male"),
            ("Nare", "Նարե", "female"),
            ("Vahe", "Վահե", "male"),
            ("Anahit", "Անահիտ", "female"),
            ("Gor", "Գոռ", "male"),
        ],
        [
            ("Voskanyan", "Ոսկանյան"),
            ("Hakobjanyan", "Հակոբջանյան"),
            ("Mkrtumyan", "Մկրտումյան"),
            ("Galstanyan", "Գալստանյան"),
        ],
    ),
    "ethiopic": (
        [
            ("Selamawit", "ሰላማዊት", "female"),
            ("Dawit", "ዳዊት", "male"),
            ("Meron", "ሜሮን", "female"),
            ("Yonas", "ዮናስ", "male"),
            ("Tsion", "ጽዮን", "female"),
            ("Abel", "አቤል", "male"),
        ],
        [("Girma", "ግርማ"), ("Tesfaye", "ተስፋዬ"), ("Wondimu", "ወንድሙ"), ("Asfaw", "አስፋው")],
    ),
}
# East Asian: (roman, script) family names and (roman, script, gender) given names.
ZH_FAMILY = [("Qiu", "邱"), ("Gu", "顾"), ("Xia", "夏"), ("Shen", "沈"), ("Pei", "裴"),
             ("Ke", "柯"), ("Ning", "宁"), ("Rong", "荣")]  # fmt: skip
ZH_GIVEN = [("Zhilan", "芷澜", "female"), ("Mingze", "明泽", "male"),
            ("Qingyi", "清漪", "female"), ("Jingchen", "景辰", "male"),
            ("Wanxi", "婉汐", "female"), ("Yuheng", "宇衡", "male"),
            ("Shuyao", "书瑶", "female"), ("Chenrui", "辰睿", "male")]  # fmt: skip
JA_FAMILY = [("Sakakibara", "榊原"), ("Yaegashi", "八重樫"), ("Ebisawa", "海老沢"),
             ("Kazamatsuri", "風祭"), ("Tokiwa", "常盤"), ("Ichinomiya", "一宮"),
             ("Mogami", "最上"), ("Shinonome", "東雲")]  # fmt: skip
JA_GIVEN = [("Mio", "澪", "female"), ("Minato", "湊", "male"), ("Tsumugi", "紬", "female"),
            ("Itsuki", "樹", "male"), ("Hiyori", "日和", "female"), ("Ritsu", "律", "male"),
            ("Koharu", "小春", "female"), ("Kaito", "海斗", "male")]  # fmt: skip
KO_FAMILY = [("Hwangbo", "황보"), ("Jegal", "제갈"), ("Seonwoo", "선우"), ("Tak", "탁"),
             ("Pyeon", "편"), ("Yeo", "여"), ("Bang", "방"), ("Gong", "공")]  # fmt: skip
KO_GIVEN = [("Harin", "하린", "female"), ("Doyun", "도윤", "male"), ("Yeseul", "예슬", "female"),
            ("Eunho", "은호", "male"), ("Chaewon", "채원", "female"), ("Siwoo", "시우", "male"),
            ("Dahye", "다혜", "female"), ("Geonwoo", "건우", "male")]  # fmt: skip
# Icelandic / Faroese patronymics: (given, father's name stem, gender).
NORDIC = [("Sigrún", "Hafstein", "female"), ("Þórólfur", "Ketil", "male"),
          ("Ásdís", "Grímkel", "female"), ("Hrafnkell", "Ölver", "male"),
          ("Bryndís", "Vígfús", "female"), ("Skarphéðinn", "Þorvald", "male"),
          ("Ragnheiður", "Ásmund", "female"), ("Eyvindur", "Hlöðver", "male")]  # fmt: skip
# Russian three-part names: (given, patronymic, family, gender).
PATRONYMIC = [("Vasilisa", "Gennadyevna", "Ostrozhnaya", "female"),
              ("Arkady", "Leonidovich", "Bereslavsky", "male"),
              ("Ulyana", "Timurovna", "Kolokoltseva", "female"),
              ("Yefim", "Rostislavovich", "Dubrovolsky", "male"),
              ("Snezhana", "Igorevna", "Perevalova", "female"),
              ("Mstislav", "Olegovich", "Zaozersky", "male"),
              ("Taisiya", "Vadimovna", "Lugovskaya", "female"),
              ("Platon", "Egorovich", "Sevryugin", "male")]  # fmt: skip
# Ordinary words that are also names (given, family).
WORD_GIVEN_F = ["Clover", "Juniper", "Meadow", "Harbor", "Bramble", "Sorrel", "Tansy", "Wren"]
WORD_GIVEN_M = ["Sterling", "Forrest", "Bishop", "Ledger", "Flint", "Canyon"]
WORD_FAMILY = ["Quarry", "Lantern", "Thimble", "Gravel", "Saddle", "Kettle", "Ledgerwood",
               "Barrow", "Cobble", "Rafter", "Mantel", "Bellows"]  # fmt: skip
TRADES = {
    "female": ["actress", "singer", "TV presenter", "model", "comedian", "violinist",
               "news anchor", "ballerina", "film director", "stand-up comic"],
    "male": ["actor", "singer", "TV presenter", "footballer", "comedian", "cellist",
             "news anchor", "boxer", "film director", "rapper"],
    "neutral": ["singer", "TV host", "comedian", "violinist", "film director", "poet",
                "painter", "DJ", "radio host", "chef"],
}  # fmt: skip
COUNTRIES = ["Norwegian", "Chilean", "Ghanaian", "Czech", "Uruguayan", "Filipino", "Estonian",
             "Kenyan", "Portuguese", "Malaysian", "Peruvian", "Icelandic", "Tunisian",
             "Slovenian", "Bolivian", "Mongolian", "Croatian", "Senegalese", "Maltese",
             "Ecuadorian"]  # fmt: skip
SHOWS = [
    "Harbour of Lanterns",
    "Saltwater Precinct",
    "The Clockmaker's Daughter",
    "Nine Winters",
    "Copper Valley",
    "Midnight Ward",
    "The Ferryman's Wife",
    "Glass Orchard",
    "North of Marrow",
    "Silent Quay",
    "Ember Street",
    "The Lamplighters",
]
ROLES_F = [
    "Inspector Odile Varnet",
    "Dr. Maisie Quell",
    "Queen Ysolde",
    "Nurse Beatrix Hale",
    "Captain Rhosyn Tarr",
    "Lady Perpetua Vane",
    "Agent Tilda Marsh",
    "Sister Agnes Rook",
]
ROLES_M = [
    "Detective Silas Crane",
    "Father Gideon Pell",
    "Captain Ulric Vosk",
    "Dr. Emrys Holt",
    "King Aldric",
    "Sergeant Hamish Dorr",
]
STAGE_SHOWS = [
    "Lanterns of Lisbon (the musical)",
    "The Salt Queen (West End)",
    "Copperhead! (Broadway revival)",
    "Marrowgate (national tour)",
]
PARTIES = [
    "Green Harbour Party",
    "Civic Renewal Alliance",
    "Northern Farmers' Union",
    "Liberal Coast Movement",
    "People's Lantern Party",
    "Social Meadow Front",
]
BANDS = [
    "The Paper Comets",
    "Velvet Quarry",
    "Nordlys Static",
    "Los Faros Rotos",
    "Moth Parade",
    "Kettle & Kite",
    "Saltglass",
    "The Ninth Orchard",
]
INSTRUMENTS = ["drummer", "bassist", "lead guitarist", "keyboardist", "lead singer", "violinist"]
OUTLETS = [
    "Coastline Daily",
    "Radio Meridian",
    "The Evening Ledger",
    "Kanal Sever",
    "Metro Pulse News",
    "Voz del Valle",
]
RESTAURANTS = [
    "Osteria Lumen",
    "Brasa Norte",
    "Kaiseki Tōrō",
    "Smørbrød & Co",
    "La Mesa de Piedra",
    "Hearth 44",
]
EVENTS = [
    "400 m hurdles",
    "rhythmic gymnastics",
    "sabre fencing",
    "K1 slalom",
    "marathon swimming",
    "pole vault",
    "judo -63 kg",
    "track cycling",
]
GAMES = ["Valorant", "League of Legends", "Counter-Strike 2", "Tekken 8", "Rocket League", "Dota 2"]
GAMERTAGS = [
    "Frostbyte",
    "Nyxara",
    "Kairo",
    "Vantablade",
    "Mothwing",
    "Quillix",
    "Zephra",
    "Ashfall",
]
REALITY = [
    "Island Hearts",
    "Bake Street Showdown",
    "Survivor: Patagonia",
    "Top Model Baltics",
    "The Glass House",
    "Farm Life Stars",
]
RANKS = [
    ("Colonel", "male"),
    ("Commodore", "female"),
    ("General", "male"),
    ("Admiral", "female"),
    ("Major", "male"),
    ("Brigadier", "female"),
]
ROYAL = [
    ("Princess", "female"),
    ("Prince", "male"),
    ("Duchess", "female"),
    ("Crown Prince", "male"),
    ("Grand Duchess", "female"),
    ("Countess", "female"),
]
CLERGY = [
    ("Reverend", "unknown"),
    ("Sheikh", "male"),
    ("Swami", "male"),
    ("Mother Superior", "female"),
    ("Rabbi", "unknown"),
    ("Pastor", "unknown"),
]
BRANDS = [
    "Lumora Shampoo",
    "Quenchy Cola",
    "Velt Motors",
    "Brightmill Yoghurt",
    "Norvik Telecom",
    "Sunnal Insurance",
]
HANDLES = [
    "@mirelle.makes",
    "@korvo_fit",
    "@tinyfoxcosplay",
    "@yaz.dances",
    "@bramblebakes",
    "@ottovlogs",
    "@linnea.moss",
    "@hexa_streams",
    "@kemi.glow",
    "@dunedrift",
    "@velourvixen",
    "@paperlark",
]
PLATFORMS_STREAM = ["Twitch", "Kick", "YouTube Live", "Bilibili"]
# Negative vocabulary: anime and game characters, painters, personas, eponyms.
ANIME_CHARS = [
    ("Hoshizora Miyuri", "Starlight Wardens", "星空みゆり"),
    ("Kurogane Aoba", "Iron Blossom Academy", "黒鉄あおば"),
    ("Shirasagi Nene", "Tidebound", "白鷺ねね"),
    ("Amagiri Sora", "Sky Lantern Chronicle", "天霧そら"),
    ("Tsukishiro Rinne", "Moonlit Gearworks", "月城りんね"),
    ("Yukihana Kaho", "Winter Petal Brigade", "雪花かほ"),
    ("Mikazuki Tomoe", "Crescent Blade Saga", "三日月ともえ"),
    ("Hinomori Akane", "Ember Shrine", "日ノ森あかね"),
    ("Kazehaya Riku", "Windrunner Eleven", "風早りく"),
    ("Mizuchi Sayo", "Serpent Lake", "蛟さよ"),
    ("Akatsuki Hibiki", "Dawn Signal", "暁ひびき"),
    ("Kagerou Nagi", "Heatwave Requiem", "陽炎なぎ"),
    ("Sakuraba Ema", "Petalfall Idols", "桜庭えま"),
    ("Shinonome Kiri", "Fogbound Detective", "東雲きり"),
    ("Fujisaki Mayu", "Lavender Circuit", "藤咲まゆ"),
    ("Oborozuki Yae", "Hazy Moon Tale", "朧月やえ"),
    ("Tachibana Koyuki", "Snow Rabbit Cafe", "立花こゆき"),
    ("Ginrei Shion", "Silver Bell Order", "銀鈴しおん"),
    ("Hanamaki Iroha", "Flowerroll Days", "花巻いろは"),
    ("Kuroha Ren", "Raven Protocol", "黒羽れん"),
    ("Minazuki Lina", "Rain Month Magus", "水無月リナ"),
    ("Asagiri Kanon", "Morning Mist Melody", "朝霧かのん"),
    ("Tokisaka Yume", "Clock Slope Dreams", "時坂ゆめ"),
    ("Hoshimiya Ruri", "Lapis Comet", "星宮るり"),
    ("Rindou Aoi", "Gentian Garden", "竜胆あおい"),
    ("Sekiya Mitsuki", "Red Valley Knights", "関谷みつき"),
    ("Himuro Setsuna", "Icehouse Academy", "氷室せつな"),
    ("Kotonoha Yui", "Word Leaf Story", "言葉ゆい"),
]  # fmt: skip
_KANA_TAIL = re.compile(r"[ぁ-んァ-ヶー]+$")
# The same families with other given names and series: new characters, scripts recombined.
ANIME_CHARS += [
    (f"{a[0].split()[0]} {b[0].split()[1]}", s[1],
     _KANA_TAIL.sub("", a[2]) + _KANA_TAIL.search(b[2]).group(0))  # type: ignore[union-attr]
    for a, b, s in zip(ANIME_CHARS, ANIME_CHARS[7:] + ANIME_CHARS[:7],
                       ANIME_CHARS[3:] + ANIME_CHARS[:3], strict=True)
]  # fmt: skip
GAME_CHARS = [
    ("Captain Elra Vance", "Starfall Frontier"),
    ("Marek Stroud", "Ashen Tollgate"),
    ("Sister Imogen Blackwell", "Cathedral of Rust"),
    ("Dax Ironvale", "Hollow Depths"),
    ("Nyssa Korrin", "Shattered Meridian"),
    ("Wren Calder", "Dustline Outlaws"),
    ("Talia Marrow", "Neon Abyss Protocol"),
    ("Brother Osric", "Tallow & Thorn"),
]
VTUBERS = [
    "Luminyx Ch.",
    "Kitsune Morrow",
    "Aquaria Nem",
    "Pippa Voltline",
    "Yorugami Shin",
    "Cerise Halcyon",
]
PAINTERS = [
    "Oswin Thralmere",
    "Adelheid Korvasch",
    "Ignatius Pellwyn",
    "Marguerite Dovrenne",
    "Lazlo Quennerby",
    "Tomasina Vreel",
    "Fyodor Brasque",
    "Henrietta Sollvane",
    "Cornelius Wexmoor",
    "Isolde Varnhagen",
    "Ephraim Dalgetty",
    "Birgitta Lunqvist",
]
ARCHITECTS = [
    "Kasimir Oelhafen",
    "Vittoria Brancaleoni",
    "Haldor Rindstrøm",
    "Ottoline Grevemoor",
    "Anatol Wierzbinski",
    "Sunniva Takkerud",
]
PERSONAS = [
    "Lyra Solenne",
    "Ivy Marchetti",
    "Nova Kinsley",
    "Mika Haldane",
    "Seren Vale",
    "Aurelie Voss",
    "Juno Calloway",
    "Kira Solberg",
    "Zara Quell",
    "Elodie Brisk",
]
NOVEL_CHARS = [("Perpetua Glimmerwick", "The Lantern Keeper's Almanac"),
               ("Jasper Thornquill", "Ashes Over Wellmere"),
               ("Odalys Fenwright", "The Tidewater Sisters"),
               ("Corwin Ashgrove", "A Map of Small Hours"),
               ("Minerva Quillfeather", "The Glass Cartographer"),
               ("Barnaby Rookwood", "Salt and Sorrow")]  # fmt: skip
MASCOTS = [("Captain Crunchbeard", "a cereal brand's pirate"),
           ("Granny Pepperpot", "a spice company's grandma"),
           ("Sir Squeaks", "a cleaning brand's mouse knight"),
           ("Aunt Marigold", "a pancake mix's apron-wearing aunt"),
           ("Professor Fizz", "a soda brand's scientist"),
           ("Uncle Gus the Grillmaster", "a barbecue sauce's chef")]  # fmt: skip
PLACEHOLDERS = [
    "Jane Doe",
    "John Q. Public",
    "Joe Bloggs",
    "Erika Mustermann",
    "Max Mustermann",
    "Juan Pérez",
    "Mario Rossi",
    "Jan Kowalski",
]
EPONYMS = {
    "disease": [
        "Harrowgate-Lindqvist syndrome",
        "Okonkwo-Vale disease",
        "Brennan's palsy",
        "Dravik-Sorensen dystrophy",
        "Maubert's anomaly",
        "Ferrante-Kiel syndrome",
    ],
    "theorem": [
        "Vasquez-Thorne theorem",
        "Lindahl's lemma",
        "Okabe-Ferris conjecture",
        "Kessler's inequality",
        "Marchetti-Ivanov bound",
        "Dunmore's paradox",
    ],
    "street": [
        "Rue Ambroise Castelnau",
        "Calle Doctora Irene Salvatierra",
        "Via Gualtiero Benassi",
        "Ulica Hanny Wierzbowskiej",
        "Rua Joaquina Moutinho",
        "Avenida General Tobías Ocampo",
    ],
    "dish": [
        "Chicken Delacourt",
        "Pasta alla Benedetta Ruspoli",
        "Eggs Halvorsen",
        "Veal Montclair-Rossi",
        "Tarte Solange Maribeau",
        "Salmon Ingeborg",
    ],
    "chess": [
        "Voskresensky Gambit",
        "Hallorann Defence",
        "Castellanos Counterattack",
        "Nakashima-Brandt Attack",
        "Okafor Variation",
        "Lindgren Indian",
    ],
    "award": [
        "Henrietta Moss Prize",
        "Aurelio Banfi Medal",
        "Golden Ingrid Statuette",
        "Tomas Vellacott Award",
        "Marguerite Duclos Cup",
        "Ravi Menon Trophy",
    ],
    "ship": [
        "RMS Clementina Hawthorne",
        "MV Astrid Falkenberg",
        "SS Lady Beatrix Crewe",
        "HMS Admiral Pellew-Stroud",
        "MS Kong Haakon Lindvall",
        "SS Doña Remedios",
    ],
    "font": [
        "Augustin Grotesk",
        "Ottilie Serif",
        "Halloran Mono",
        "Beaumont Script",
        "Marguerite Display",
        "Koenraad Sans",
    ],
    "university": [
        "Ingram-Talvik University",
        "Colegio Mercedes Aranguren",
        "Halvorsen Institute of Technology",
        "Saint Odile's College",
        "Amadou Sarr Polytechnic",
        "Universidad Tomasa Ibarrola",
    ],
    "optical": [
        "Bergström-Kaye effect",
        "Tamura halo",
        "Delacroix-Weil scattering",
        "Okoye rim glow",
        "Lindqvist bloom",
        "Marchand flare",
    ],
    "pose": [
        "Dvorsky hold",
        "Vasquez lunge",
        "Ilyina arch",
        "the Barranco lean",
        "Moreau twist",
        "Kimura kneel",
    ],
    "comet": [
        "Comet Hallström-Okada",
        "Comet Vireaux",
        "Comet Pellegrino-Shaw",
        "Comet Tanaka-Ruiz",
        "Comet Adeyinka-Moss",
        "Comet Lindeberg",
    ],
    "dance": [
        "the Marisol shuffle",
        "the Obuya step",
        "the Kowalczyk spin",
        "the Delgado glide",
        "the Henrietta hop",
        "the Sorensen slide",
    ],
    "lens": [
        "Wexler-Hart 85mm f/1.4",
        "Orlov Helios-style 58mm",
        "Brandauer Petzval 80mm",
        "Takemura 35mm f/1.2",
        "Castellane 50mm f/0.95",
        "Mirosz 135mm f/2",
    ],
    "band": [
        "Mabel Ostrander Trio",
        "Lord Quentin & the Tides",
        "Dolores Vane Experience",
        "Harriet Glass Orchestra",
        "Professor Moonwick",
        "Sister Ruby Falls",
    ],
    "place": [
        "Port Elsabeth",
        "Mount Ingeborg",
        "Lake Adelmira",
        "San Teodoro del Monte",
        "Fort Cassandra",
        "Villa Rosalinda",
    ],
}
CLOTHES = [
    "pleated tennis skirt",
    "cable-knit fisherman sweater",
    "hanbok",
    "sari with gold border",
    "trench coat",
    "sailor collar blouse",
    "leather biker jacket",
    "dirndl",
    "kimono with obi",
    "qipao",
    "overalls",
    "puffer vest",
    "tuxedo",
    "baju kurung",
    "denim jumpsuit",
    "velvet opera gloves",
    "flamenco dress",
    "kente cloth wrap",
    "mechanic coveralls",
    "ski suit",
    "cheongsam",
    "poncho",
    "bomber jacket",
    "tabard",
]
LIGHTS = [
    "golden hour backlight",
    "neon rim light",
    "Rembrandt lighting",
    "split lighting",
    "candlelit scene",
    "overcast window light",
    "stage spotlight",
    "underwater caustics",
    "looking over shoulder pose",
    "sitting on stairs pose",
    "hands in pockets pose",
    "dynamic jump pose",
    "low angle shot",
    "dutch angle",
    "fisheye selfie",
    "cinematic fog",
    "paper lantern glow",
    "harsh flash snapshot",
    "rain on glass",
    "silhouette at sunset",
    "crossed arms pose",
    "kneeling pose",
]
CHECKPOINTS = ["LumaReal", "TrueSkin XL", "PhotonForge", "RealVista", "Velvet Realism",
               "Natura Photo", "CinePro Real", "Analog Dream", "EpicFace Mix", "DeepGrain",
               "Portrait Master", "HyperLife", "Pure Realism", "StudioShot", "FilmGrain XL",
               "Raw Reality", "Candid Cam", "Halide Photo", "LifeLike Pony", "Realis Flux",
               "Silverprint", "Documenta", "UrbanLens", "Verité XL", "Everyday People",
               "Northlight Real", "SoftFocus Real", "Crystal Clear Photo", "Gritty Real",
               "Sunkissed Real"]  # fmt: skip
ETHNIC = [
    "Nordic",
    "West African",
    "Andean",
    "Polynesian",
    "Central Asian",
    "Mediterranean",
    "South Indian",
    "Balkan",
]
TOOLS = [
    "ADetailer face model",
    "4x upscaler",
    "VAE fix",
    "ControlNet depth",
    "skin detail slider",
    "eye fix embedding",
    "hand fix LoRA",
    "detail tweaker",
    "negative embedding",
    "color fix VAE",
]


def _half(seq: list[Any], part: str) -> list[Any]:
    return seq[0::2] if part == "A" else seq[1::2]


def _pairs(seq: list[Any], part: str) -> list[Any]:
    """Lists that alternate female / male entries: whole pairs go to one part."""
    return [x for i, x in enumerate(seq) if (i // 2) % 2 == (0 if part == "A" else 1)]


PAIRED = {"ZH_GIVEN", "JA_GIVEN", "KO_GIVEN", "NORDIC", "PATRONYMIC", "RANKS", "ROYAL"}


def vocab(part: str) -> dict[str, Any]:
    """The part's half of every list (scripts and cultures split per name)."""
    out: dict[str, Any] = {}
    for key, value in globals().items():
        if key.isupper() and isinstance(value, list):
            out[key] = (_pairs if key in PAIRED else _half)(value, part)
    out["TRADES"] = TRADES
    out["SYL1"] = SYL1  # surnames are glued: both parts draw syllables, names never repeat
    out["SYL2"] = _half(SYL2, part)
    out["CULTURES"] = {
        k: (_half(f, part), _half(m, part), fam1, _half(fam2, part))
        for k, (f, m, fam1, fam2) in CULTURES.items()
    }
    out["SCRIPTS"] = {k: (_pairs(g, part), _half(f, part)) for k, (g, f) in SCRIPTS.items()}
    out["EPONYMS"] = {k: _half(v, part) for k, v in EPONYMS.items()}
    return out
