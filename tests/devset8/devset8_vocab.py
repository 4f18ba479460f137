"""Vocabularies of the eighth dev set: every person, show, franchise and handle is invented.

Part ``A`` feeds ``dev8``, part ``B`` feeds ``hold8`` (other people, scripts, shows, handles and
phrasings). Shared lists (templates' filler words) sit at the bottom. Surnames are made of
syllables so that no full name is a real person's.
"""

from __future__ import annotations

from typing import Any

# given names by gender (ordinary given names; the surname makes the person invented)
F_GIVEN = {
    "A": [
        "Marigold",
        "Annelise",
        "Corinna",
        "Philippa",
        "Rosalind",
        "Henrietta",
        "Ottilie",
        "Saskia",
        "Ingrid",
        "Delphine",
        "Leonora",
        "Beatrix",
        "Clementine",
        "Maribel",
        "Noemi",
        "Tamsin",
        "Odette",
        "Imogen",
        "Lucinda",
        "Verity",
        "Esmé",
        "Kirsten",
    ],
    "B": [
        "Wilhelmina",
        "Rosamund",
        "Cordelia",
        "Felicity",
        "Gwendolyn",
        "Josefine",
        "Liesel",
        "Marisa",
        "Oriana",
        "Perpetua",
        "Romilly",
        "Sabine",
        "Theodora",
        "Ursula",
        "Viveka",
        "Winifred",
        "Annika",
        "Bettina",
        "Carlotta",
        "Eloise",
        "Honora",
        "Jessamy",
    ],
}
M_GIVEN = {
    "A": [
        "Ambrose",
        "Barnaby",
        "Cassius",
        "Desmond",
        "Lysander",
        "Peregrine",
        "Thaddeus",
        "Evander",
        "Fitzroy",
        "Laurence",
    ],
    "B": [
        "Alaric",
        "Benedikt",
        "Crispin",
        "Florian",
        "Gideon",
        "Horatio",
        "Leopold",
        "Octavian",
        "Rupert",
        "Severin",
    ],
}
SURNAME_HEAD = {
    "A": ["Quell", "Brannoch", "Vess", "Thorn", "Halv", "Corv", "Mirr", "Drev", "Pask", "Ulv"],
    "B": ["Graff", "Wyn", "Oster", "Kell", "Marr", "Tresc", "Ivel", "Lusk", "Bratt", "Yarn"],
}
SURNAME_TAIL = {
    "A": ["ingham", "enby", "aldine", "ourt", "ersley", "ow", "elind", "ancourt"],
    "B": ["ervane", "orthy", "ickard", "aston", "enmoor", "illow", "ardell", "undry"],
}

# names made of ordinary words: given (female / male) and surname
ORD_F_GIVEN = {
    "A": ["Clover", "Juniper", "Meadow", "Poppy", "Hazel", "Wren", "Briar", "Sunny"],
    "B": ["Saffron", "Marigold", "Lark", "Bramble", "Heather", "Pepper", "Rain", "Opal"],
}
ORD_M_GIVEN = {"A": ["Forest", "Stone", "Ash"], "B": ["River", "Flint", "Reed"]}
ORD_SURNAME = {
    "A": ["Kettle", "Barrow", "Lantern", "Thistle", "Pebble", "Harbor", "Quarry", "Orchard"],
    "B": ["Ladder", "Saddle", "Cobble", "Furrow", "Kestrel", "Bellows", "Tinder", "Gravel"],
}

# one-word stage names with the gender a reader would give them (from the page's cues)
STAGE = {
    "A": [
        ("Zephyrine", "female"),
        ("Lunessa", "female"),
        ("Kaivra", "female"),
        ("Solvei", "female"),
        ("Drayven", "male"),
        ("Myrrhine", "female"),
    ],
    "B": [
        ("Vantelle", "female"),
        ("Ozzora", "female"),
        ("Quillian", "male"),
        ("Seraphyne", "female"),
        ("Tavessa", "female"),
        ("Juvaro", "male"),
    ],
}

# East-Asian names: (script, romanised). Given names carry the gender a native reader reads.
ZH_FAMILY = {
    "A": [
        ("欧阳", "Ouyang"),
        ("柯", "Ke"),
        ("辛", "Xin"),
        ("岳", "Yue"),
        ("鲍", "Bao"),
        ("闻人", "Wenren"),
    ],
    "B": [
        ("司马", "Sima"),
        ("栾", "Luan"),
        ("扈", "Hu"),
        ("蔺", "Lin"),
        ("庞", "Pang"),
        ("东方", "Dongfang"),
    ],
}
ZH_GIVEN = {
    "A": [
        ("婉清", "Wanqing", "female"),
        ("雨桐", "Yutong", "female"),
        ("梦瑶", "Mengyao", "female"),
        ("诗涵", "Shihan", "female"),
        ("若曦", "Ruoxi", "female"),
        ("静怡", "Jingyi", "female"),
        ("浩然", "Haoran", "male"),
        ("俊杰", "Junjie", "male"),
    ],
    "B": [
        ("雪莹", "Xueying", "female"),
        ("芷若", "Zhiruo", "female"),
        ("欣妍", "Xinyan", "female"),
        ("佳琪", "Jiaqi", "female"),
        ("梓萌", "Zimeng", "female"),
        ("语嫣", "Yuyan", "female"),
        ("博文", "Bowen", "male"),
        ("宇航", "Yuhang", "male"),
    ],
}
JA_FAMILY = {
    "A": [
        ("九条", "Kujo"),
        ("東雲", "Shinonome"),
        ("御影", "Mikage"),
        ("氷室", "Himuro"),
        ("鷹野", "Takano"),
        ("朝比奈", "Asahina"),
    ],
    "B": [
        ("綾小路", "Ayanokoji"),
        ("西園寺", "Saionji"),
        ("伊集院", "Ijuin"),
        ("真壁", "Makabe"),
        ("霧島", "Kirishima"),
        ("白鳥", "Shiratori"),
    ],
}
JA_GIVEN = {
    "A": [
        ("美咲", "Misaki", "female"),
        ("結衣", "Yui", "female"),
        ("七海", "Nanami", "female"),
        ("彩花", "Ayaka", "female"),
        ("みゆ", "Miyu", "female"),
        ("あかり", "Akari", "female"),
        ("翔太", "Shota", "male"),
        ("大輝", "Daiki", "male"),
    ],
    "B": [
        ("千尋", "Chihiro", "female"),
        ("栞", "Shiori", "female"),
        ("芽衣", "Mei", "female"),
        ("ほのか", "Honoka", "female"),
        ("ひなの", "Hinano", "female"),
        ("真由", "Mayu", "female"),
        ("拓海", "Takumi", "male"),
        ("悠真", "Yuma", "male"),
    ],
}
KO_FAMILY = {
    "A": [
        ("남궁", "Namgung"),
        ("제갈", "Jegal"),
        ("선우", "Seonwoo"),
        ("독고", "Dokgo"),
        ("탁", "Tak"),
        ("편", "Pyeon"),
    ],
    "B": [
        ("황보", "Hwangbo"),
        ("사공", "Sagong"),
        ("동방", "Dongbang"),
        ("여", "Yeo"),
        ("국", "Guk"),
        ("변", "Byeon"),
    ],
}
KO_GIVEN = {
    "A": [
        ("지유", "Ji-yu", "female"),
        ("서아", "Seo-a", "female"),
        ("하린", "Ha-rin", "female"),
        ("예나", "Ye-na", "female"),
        ("채원", "Chae-won", "female"),
        ("유진", "Yu-jin", "female"),
        ("준혁", "Jun-hyeok", "male"),
        ("태민", "Tae-min", "male"),
    ],
    "B": [
        ("다인", "Da-in", "female"),
        ("윤서", "Yun-seo", "female"),
        ("소율", "So-yul", "female"),
        ("가은", "Ga-eun", "female"),
        ("나래", "Na-rae", "female"),
        ("은채", "Eun-chae", "female"),
        ("민재", "Min-jae", "male"),
        ("건우", "Geon-woo", "male"),
    ],
}

# other cultures: (given, family, script form or None, gender, culture, trade word in the language)
WORLD = {
    "A": [
        ("Ishita", "Khandelwal", "इशिता खंडेलवाल", "female", "hi"),
        ("Tanvi", "Sabharwal", "तन्वी सभरवाल", "female", "hi"),
        ("Kabir", "Bhardwaj", "कबीर भारद्वाज", "male", "hi"),
        ("Lujain", "al-Harithi", "لجين الحارثي", "female", "ar"),
        ("Faris", "bin Rashed", "فارس بن راشد", "male", "ar"),
        ("Zlata", "Berestova", "Злата Берестова", "female", "ru"),
        ("Miroslava", "Kuzyakina", "Мирослава Кузякина", "female", "ru"),
        ("Adaeze", "Okonkwo-Ibe", None, "female", "ng"),
        ("Ximena", "Ibáñez Corvalán", None, "female", "es"),
        ("Ecrin", "Yıldırımoğlu", None, "female", "tr"),
        ("Eleftheria", "Kanellopoulou", "Ελευθερία Κανελλοπούλου", "female", "el"),
        ("Thảo Vy", "Quách", None, "female", "vi"),
        ("Vasilisa", "Kolokoltseva", "Василиса Колокольцева", "female", "ru"),
        ("Yevgeniya", "Shmeleva-Brodt", "Евгения Шмелёва-Бродт", "female", "ru"),
        ("Ruslan", "Taganov", "Руслан Таганов", "male", "ru"),
        ("Olesya", "Zhuravleva-Kint", "Олеся Журавлёва-Кинт", "female", "ru"),
        ("Meher", "Talwarkar", "मेहर तलवारकर", "female", "hi"),
        ("Reem", "al-Sabawi", "ريم السباوي", "female", "ar"),
        ("Oluwadamilola", "Ajakaiye", None, "female", "ng"),
        ("Itzel", "Montaño Urquidi", None, "female", "es"),
        ("Kalliroi", "Stamatelou", "Καλλιρόη Σταματέλου", "female", "el"),
    ],
    "B": [
        ("Anvesha", "Raghuvanshi", "अन्वेषा रघुवंशी", "female", "hi"),
        ("Devika", "Purohit", "देविका पुरोहित", "female", "hi"),
        ("Arnav", "Dhillon", "अर्णव ढिल्लों", "male", "hi"),
        ("Dalia", "El-Ghandour", "داليا الغندور", "female", "ar"),
        ("Tamer", "al-Zaabi", "تامر الزعابي", "male", "ar"),
        ("Varvara", "Lyubimtseva", "Варвара Любимцева", "female", "ru"),
        ("Yaroslava", "Dremina", "Ярослава Дрёмина", "female", "ru"),
        ("Chiamaka", "Nwosu-Ede", None, "female", "ng"),
        ("Renata", "Zubiría Ocampo", None, "female", "es"),
        ("Defne", "Karaosmanoğlu", None, "female", "tr"),
        ("Nomvula", "Mthethwa-Dube", None, "female", "za"),
        ("Khánh Linh", "Trịnh", None, "female", "vi"),
        ("Agniya", "Pustovalova", "Агния Пустовалова", "female", "ru"),
        ("Snezhana", "Gorelik-Vains", "Снежана Горелик-Вайнс", "female", "ru"),
        ("Matvey", "Krylatsky", "Матвей Крылацкий", "male", "ru"),
        ("Taisiya", "Voskoboynikova", "Таисия Воскобойникова", "female", "ru"),
        ("Ulyana", "Derbenyova", "Ульяна Дербенёва", "female", "ru"),
        ("Saanvi", "Ghatpande", "सान्वी घाटपांडे", "female", "hi"),
        ("Hanan", "al-Fadhli", "حنان الفضلي", "female", "ar"),
        ("Ifeoluwa", "Adesanmi-Orji", None, "female", "ng"),
        ("Xóchitl", "Barragán Iturbe", None, "female", "es"),
        ("Chrysoula", "Papadatou", "Χρυσούλα Παπαδάτου", "female", "el"),
    ],
}

# surnames with particles and apostrophes: (given, family, gender)
PARTICLE = {
    "A": [
        ("Liesbeth", "van der Kroft", "female"),
        ("Marisol", "de la Peñuela", "female"),
        ("Siobhan", "O'Dunlevy", "female"),
        ("Amandine", "d'Aubrac", "female"),
        ("Nurul", "binti Zahrin", "female"),
        ("Matthijs", "ter Meulen", "male"),
        ("Giada", "di Falcone", "female"),
        ("Noor", "al-Qassemi", "female"),
        ("Brídín", "Ó Faoláin", "female"),
        ("Anouk", "van Oorschelde", "female"),
    ],
    "B": [
        ("Femke", "van den Brugghe", "female"),
        ("Inés", "de los Arcos", "female"),
        ("Aoife", "Mac Giolla Rua", "female"),
        ("Clémence", "d'Orvillers", "female"),
        ("Hafiz", "bin Othmanul", "male"),
        ("Karolina", "von Stettenau", "female"),
        ("Luana", "dos Reis Calado", "female"),
        ("Samira", "el-Haddawi", "female"),
        ("Marthe", "de Wintreuil", "female"),
        ("Seán", "Mac an Bhreithiún", "male"),
    ],
}

# invented live-action shows (film / TV / K-drama) and their roles
SHOWS = {
    "A": [
        "The Harrowgate Files",
        "Salt & Cinder",
        "Northwind Precinct",
        "Blue Lantern Clinic",
        "Tidewater Heights",
        "The Orchid Ledger",
    ],
    "B": [
        "Copperline",
        "The Vesper Estate",
        "Glasshouse Kitchen",
        "Harbour of Lies",
        "Silverpine County",
        "The Amber Protocol",
    ],
}
KDRAMA = {
    "A": [("달빛 약국", "Moonlight Pharmacy")],
    "B": [("바람의 정원", "Garden of Wind")],
}
ROLES_F = {
    "A": ["Detective Mara Vaunt", "Dr. Celeste Harlow", "Juno Pickett", "Agent Rhiannon Sable"],
    "B": ["Inspector Leda Marwick", "Nurse Tilly Oakhart", "Captain Isolde Crane", "Wren Halloway"],
}

# anime / game franchises (invented) and their person-like characters
FRANCHISES = {
    "A": ["Starlit Academy Requiem", "Mecha Lilies", "Crimson Tea Party", "Hollow Bell Saga"],
    "B": ["Aether Drift", "Kamikaze Bakery", "Lapis Chronicle", "Neon Shrine Girls"],
}
ANIME_CHARS = {
    "A": [
        ("Elise Marchetti", None),
        ("Kanade Shirayuki", "白雪かなで"),
        ("Rin Tsukimori", "月森りん"),
        ("Sophia Valdren", None),
        ("Mio Kazahana", "風花澪"),
        ("Hana Ujiie", "氏家はな"),
        ("Clarissa Heimdall", None),
        ("Tomoe Kirisame", "霧雨ともえ"),
        ("Ji-woo Haneul", "하늘지우"),
        ("Lucia Fenwright", None),
        ("Aoi Sumeragi", "皇あおい"),
    ],
    "B": [
        ("Nadia Corvel", None),
        ("Hinata Mizuchi", "水地ひなた"),
        ("Ritsu Aogiri", "青桐りつ"),
        ("Greta Lindqvale", None),
        ("Yuzu Tokiwa", "常磐ゆず"),
        ("Seo-yeon Baram", "바람서연"),
        ("Mirabel Oakhurst", None),
        ("Shizuku Amagase", "天ヶ瀬しずく"),
        ("Lian Xuehua", "雪花莲"),
        ("Ophelia Grantwood", None),
        ("Natsume Koyomi", "暦なつめ"),
    ],
}
GAMES = {
    "A": ["Ironsea Tactics", "Dustwind Outlaws", "Grimhollow Keep"],
    "B": ["Emberfall Online", "Starwharf Colony", "Tarnished Crown"],
}
NPCS = {
    "A": [
        "Captain Orla Brannagh",
        "Innkeeper Dagny Holt",
        "Sheriff Prudence Galloway",
        "Merchant Tobias Venn",
    ],
    "B": [
        "Quartermaster Ysolde Marr",
        "Blacksmith Hilde Ambery",
        "Mayor Cornelius Pratt",
        "Ranger Signe Falk",
    ],
}
VTUBERS = {
    "A": ["Hoshikawa Puru", "Nekoyama Riri", "Amatsuki Lumi"],
    "B": ["Kurogane Popo", "Sakuraba Nyan", "Tsukiyo Mel"],
}
PAINTERS = {
    "A": ["Teodor Vashkin", "Amalie Rosskopf", "Ignatius Brell"],
    "B": ["Cornelia Haverstock", "Mattias Oldenkamp", "Pieternel Dusk"],
}
PHOTOGRAPHERS = {"A": ["Juno Kessaway", "Arvid Lundmark"], "B": ["Tove Sandqvist", "Beck Larrow"]}
HANDLES = {
    "A": [
        "velvetmoth.cos",
        "sunnyside_suzu",
        "itsmaddiequell",
        "lumi.ricefield",
        "gymbro_tavish",
        "coffee.with.kaya",
        "glowup.gigi",
        "tinyapartment.tess",
        "brunchwithbibi",
        "ramenqueen.rae",
    ],
    "B": [
        "pastelghost.jpg",
        "mochi_mornings",
        "thebrennafiles",
        "oatmilk.olive",
        "liftwithlorcan",
        "kiwi.and.kimchi",
        "sundress.sloane",
        "cafe.hopper.cleo",
        "matcha_marnie",
        "vinylvera",
    ],
}
STREAMERS_M = {"A": ["DrTurbo_Vex", "KaelPlaysAll"], "B": ["MadLadMarten", "ZorbTheGreat"]}
CHECKPOINTS = {
    "A": ["AuroraReal", "SilkSkin XL", "Photonic Dreams", "RealVista"],
    "B": ["TrueGrain", "LuminaFlesh", "HyperLens XL", "VeritasMix"],
}
PERSONAS = {
    "A": [("Kira Solenne", "kira.solenne.ai"), ("Mei Lantern", "meilantern_ai")],
    "B": [("Ava Quintrell", "ava.quintrell.ai"), ("Yuna Cirrus", "yunacirrus_ai")],
}
PRIVATE_F = {"A": ["Jenna", "Steph", "Marta", "Bea"], "B": ["Kasia", "Lotte", "Gemma", "Noor"]}
PRIVATE_M = {"A": ["Dale", "Mikko"], "B": ["Torben", "Raf"]}
CITIES = {"A": ["Lisbon", "Osaka", "Montréal"], "B": ["Porto", "Busan", "Tbilisi"]}

# shared filler
BASES_2023 = ["SD 1.5", "SD 1.5", "SD 1.5", "SD 2.1"]
BASES_2025 = ["SDXL 1.0", "Pony", "Illustrious", "Flux.1 D", "SD 1.5"]
HF_BASES = [
    "black-forest-labs/FLUX.1-dev",
    "stabilityai/stable-diffusion-xl-base-1.0",
    "runwayml/stable-diffusion-v1-5",
]
NEG_PROMPT = "(worst quality, low quality:1.4), blurry, bad hands, extra fingers, watermark"
SETTINGS = "Steps: 28, Sampler: DPM++ 2M Karras, CFG scale: 6.5, Seed: {seed}, Size: 512x768"
CREATORS = [
    "lorasmith",
    "pixelcoven",
    "quietbyte",
    "anon_trainer22",
    "mossyframe",
    "dreamkiln",
    "bytebaker",
    "softfocuslab",
    "hanok_ai",
    "nightshift_tr",
]
THANKS = [
    "Thanks for the support ❤️",
    "buzz & likes appreciated 🙏",
    "ko-fi link in my bio ☕",
    "plz leave a review if u like it!!",
    "Feedback welcome :)",
]


def part(vocab: dict[str, Any], name: str) -> Any:
    """The part-A or part-B entry of one vocabulary (dev8 reads A, hold8 reads B)."""
    return vocab["A" if name == "dev8" else "B"]
