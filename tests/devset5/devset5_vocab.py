"""Vocabularies of the fifth dev set: every person, show, franchise and handle is invented.

Part ``A`` feeds ``dev5`` and part ``B`` feeds ``hold5``; the two share only the shared phrase
banks at the end (usage notes, changelogs, support links), as one catalog shares its boilerplate.
East-Asian people are written as (family, given) pairs in script and romanisation.
"""

from __future__ import annotations

# Western given names (female, male) and surname syllables: full names are syllable-made.
GIVEN_F = {
    "A": [
        "Marisol",
        "Ottilie",
        "Briony",
        "Carys",
        "Elodie",
        "Linnea",
        "Mireille",
        "Tamsin",
        "Oriana",
        "Noemi",
        "Sunniva",
        "Kalinda",
        "Ysolde",
        "Perpetua",
        "Jessamy",
        "Annick",
    ],
    "B": [
        "Delphine",
        "Rosalind",
        "Isaura",
        "Thessaly",
        "Veronika",
        "Mairead",
        "Leocadia",
        "Anouk",
        "Philippa",
        "Genevra",
        "Solveig",
        "Amabel",
        "Cosima",
        "Marjolein",
        "Liesl",
    ],
}
GIVEN_M = {
    "A": ["Anselm", "Caspian", "Evander", "Torsten", "Leopold", "Ignatius", "Ruari"],
    "B": ["Ambrose", "Lysander", "Osric", "Benedikt", "Cormac", "Thaddeus", "Florian"],
}
SURNAME_HEAD = {
    "A": ["Quill", "Marrow", "Thessel", "Varn", "Orlov", "Caddo", "Bramm", "Wenz", "Ilsk"],
    "B": ["Pell", "Drust", "Hallow", "Kestr", "Nerv", "Ulbar", "Ysel", "Grev", "Ashk"],
}
SURNAME_TAIL = {
    "A": ["enby", "ofield", "ington", "ecourt", "amere", "ivant", "elow", "aski"],
    "B": ["ouard", "everin", "agrove", "ensfeld", "ocombe", "ivelle", "andro", "ecott"],
}

# Names made of ordinary words (given: female; surnames: nouns, colours, trades).
ORDINARY_GIVEN = {
    "A": ["Meadow", "Juniper", "Clover", "Marigold", "Wren", "Saffron", "Sorrel", "Bramble"],
    "B": ["Heather", "Ember", "Lark", "Tansy", "Story", "Briar", "Linden", "Fennel"],
}
ORDINARY_GIVEN_M = {"A": ["Forrest", "Flint"], "B": ["Ridge", "Heath"]}
ORDINARY_SURNAME = {
    "A": ["Thimble", "Kettle", "Lantern", "Bristle", "Pebble", "Harrow", "Quarry", "Tinder"],
    "B": ["Furrow", "Beacon", "Saddle", "Gable", "Sparrowhawk", "Whistle", "Anvil", "Lattice"],
}

# One-word stage names.
STAGE_NAMES = {
    "A": ["Zaffira", "Koralie", "Velvetta", "Nyxelle", "Orchidia", "Lumaya", "Tavi Nox"],
    "B": ["Solenne", "Miravel", "Quintessa", "Azurine", "Belladine", "Iskra Vey", "Opaline"],
}
STAGE_NAMES_M = {"A": ["Drakaro", "Vantablack Jon"], "B": ["Oberyx", "Saint Halloran"]}

# Latin names with diacritics: (given, family, gender, nationality word, language).
DIACRITIC = {
    "A": [
        ("Jimena", "Quintanar Olmedo", "female", "mexicana", "es"),
        ("Gonçalo", "Abrantes Teles", "male", "português", "pt"),
        ("Zuzanna", "Wróblewicz", "female", "polska", "pl"),
        ("Ebru", "Çağlayankaya", "female", "Türk", "tr"),
        ("Thùy Linh", "Khổng", "female", "Việt Nam", "vi"),
        ("Ximena", "Ibargüengoitia", "female", "colombiana", "es"),
        ("Łucja", "Przybyłowska", "female", "polska", "pl"),
    ],
    "B": [
        ("Renée", "Châtelard", "female", "française", "fr"),
        ("Iñaki", "Zubizarreta Olano", "male", "vasco", "es"),
        ("Bérénice", "Vaudrémont", "female", "française", "fr"),
        ("Söğüt", "Karaağaçlı", "female", "Türk", "tr"),
        ("Mỹ Duyên", "Lạc", "female", "Việt Nam", "vi"),
        ("Joaquína", "Echeverría Lasarte", "female", "chilena", "es"),
        ("Dagný", "Þórhallsdóttir", "female", "íslensk", "is"),
    ],
}

# Names in other scripts: (script form, romanised, gender, language word).
WORLD = {
    "A": [
        ("Злата Вересова", "Zlata Veresova", "female", "Russian"),
        ("Ярослава Гнатюк-Полив", "Yaroslava Hnatiuk-Poliv", "female", "Ukrainian"),
        ("ნინო ჩხარტიშვილი", "Nino Chkhartishvili", "female", "Georgian"),
        ("ปรียาภัทร ศรีสุขวัฒนา", "Preeyaphat Srisukwattana", "female", "Thai"),
        ("أسيل القحطاوي", "Aseel Al-Qahtawi", "female", "Arabic"),
        ("अनन्या कोठीवाल", "Ananya Kothiwal", "female", "Hindi"),
        ("Ελπίδα Καραντζούλη", "Elpida Karantzouli", "female", "Greek"),
        ("Армен Тер-Карапетов", "Armen Ter-Karapetov", "male", "Russian"),
        ("שירה בן-אבגי", "Shira Ben-Avgi", "female", "Hebrew"),
        ("Նարե Սարգսյանց", "Nare Sargsyants", "female", "Armenian"),
    ],
    "B": [
        ("Мирослава Дубровская", "Miroslava Dubrovskaya", "female", "Russian"),
        ("Богдана Кривоніс", "Bohdana Kryvonis", "female", "Ukrainian"),
        ("თამარ ლომთათიძე", "Tamar Lomtatidze", "female", "Georgian"),
        ("กัญญาวีร์ ทองประเสริฐสุข", "Kanyawee Thongprasertsuk", "female", "Thai"),
        ("ريم الشمراني", "Reem Al-Shamrani", "female", "Arabic"),
        ("ইশিতা চক্রবর্ত", "Ishita Chakrabart", "female", "Bengali"),
        ("Δανάη Παπαστεργίου", "Danai Papastergiou", "female", "Greek"),
        ("Тимур Казбеков", "Timur Kazbekov", "male", "Kazakh"),
        ("ਸਿਮਰਨ ਧਾਲੀਵਾਲੀ", "Simran Dhaliwali", "female", "Punjabi"),
        ("Ալինա Մխիթարյանց", "Alina Mkhitaryants", "female", "Armenian"),
    ],
}

# Chinese: (family hanzi, family pinyin), (given hanzi, given pinyin, gender).
ZH_FAMILY = {
    "A": [
        ("欧阳", "Ouyang"),
        ("皇甫", "Huangfu"),
        ("令狐", "Linghu"),
        ("闻人", "Wenren"),
        ("呼延", "Huyan"),
        ("钟离", "Zhongli"),
    ],
    "B": [
        ("宇文", "Yuwen"),
        ("尉迟", "Yuchi"),
        ("公孙", "Gongsun"),
        ("澹台", "Tantai"),
        ("太史", "Taishi"),
        ("濮阳", "Puyang"),
    ],
}
ZH_GIVEN = {
    "A": [
        ("晚晴", "Wanqing", "female"),
        ("沁雪", "Qinxue", "female"),
        ("芷蘅", "Zhiheng", "female"),
        ("语桐", "Yutong", "female"),
        ("梦瑶", "Mengyao", "female"),
        ("墨言", "Moyan", "male"),
        ("绮岚", "Qilan", "female"),
        ("霁月", "Jiyue", "female"),
        ("南枝", "Nanzhi", "female"),
    ],
    "B": [
        ("清漪", "Qingyi", "female"),
        ("书瑶", "Shuyao", "female"),
        ("念溪", "Nianxi", "female"),
        ("子衿", "Zijin", "female"),
        ("星澜", "Xinglan", "female"),
        ("逸尘", "Yichen", "male"),
        ("婉兮", "Wanxi", "female"),
        ("疏影", "Shuying", "female"),
        ("惊鸿", "Jinghong", "female"),
    ],
}
# Japanese: (family kanji, romaji), (given kanji or kana, romaji, gender).
JA_FAMILY = {
    "A": [
        ("東雲", "Shinonome"),
        ("鷹司", "Takatsukasa"),
        ("勅使河原", "Teshigawara"),
        ("雲母坂", "Kirarazaka"),
        ("御手洗", "Mitarai"),
    ],
    "B": [
        ("四十物", "Aimono"),
        ("百目鬼", "Domeki"),
        ("左近司", "Sakonji"),
        ("月見里", "Yamanashi"),
        ("八月一日", "Hozumi"),
    ],
}
JA_GIVEN = {
    "A": [
        ("みのり", "Minori", "female"),
        ("千景", "Chikage", "female"),
        ("詩織", "Shiori", "female"),
        ("ほのか", "Honoka", "female"),
        ("菜々子", "Nanako", "female"),
        ("蒼真", "Soma", "male"),
        ("ゆずき", "Yuzuki", "female"),
        ("澪", "Mio", "female"),
        ("こはる", "Koharu", "female"),
    ],
    "B": [
        ("冬華", "Fuyuka", "female"),
        ("さやか", "Sayaka", "female"),
        ("琴音", "Kotone", "female"),
        ("ひより", "Hiyori", "female"),
        ("すみれ", "Sumire", "female"),
        ("湊", "Minato", "male"),
        ("あかり", "Akari", "female"),
        ("紬", "Tsumugi", "female"),
        ("まひろ", "Mahiro", "female"),
    ],
}
# Korean: (family hangul, romanised), (given hangul, romanised with hyphen, gender).
KO_FAMILY = {
    "A": [
        ("제갈", "Jegal"),
        ("황보", "Hwangbo"),
        ("독고", "Dokgo"),
        ("사공", "Sagong"),
        ("어금", "Eogeum"),
        ("소봉", "Sobong"),
    ],
    "B": [
        ("동방", "Dongbang"),
        ("서문", "Seomun"),
        ("탁", "Tak"),
        ("편", "Pyeon"),
        ("빙", "Bing"),
        ("경", "Gyeong"),
    ],
}
KO_GIVEN = {
    "A": [
        ("다솜", "Da-som", "female"),
        ("하늘", "Ha-neul", "female"),
        ("예린", "Ye-rin", "female"),
        ("소율", "So-yul", "female"),
        ("채온", "Chae-on", "female"),
        ("도윤", "Do-yun", "male"),
        ("아린", "A-rin", "female"),
        ("서하", "Seo-ha", "female"),
        ("단비", "Dan-bi", "female"),
    ],
    "B": [
        ("나래", "Na-rae", "female"),
        ("윤슬", "Yun-seul", "female"),
        ("새봄", "Sae-bom", "female"),
        ("라온", "Ra-on", "female"),
        ("여울", "Yeo-ul", "female"),
        ("가온", "Ga-on", "male"),
        ("이솔", "I-sol", "female"),
        ("보미", "Bo-mi", "female"),
        ("하람", "Ha-ram", "female"),
    ],
}
IDOL_GROUPS = {"A": ["LUMINARCH", "Velvet Prism", "NOVAHEART"], "B": ["STARGLINT", "Moonveil"]}

# Live-action shows (title, medium word) and role names (given, family, gender).
SHOWS = {
    "A": [
        ("Harbor Lights", "TV series"),
        ("The Glass Orchard", "film"),
        ("Crimson Ledger", "K-drama"),
        ("Salt and Cedar", "miniseries"),
        ("Midnight Terminal", "movie"),
        ("烟雨长歌", "C-drama"),
    ],
    "B": [
        ("Northwind Station", "TV show"),
        ("The Copper Veil", "film"),
        ("Hanok Letters", "K-drama"),
        ("Sable Coast", "series"),
        ("Ironbridge", "movie"),
        ("月下迷城", "C-drama"),
    ],
}
ROLES = {
    "A": [
        ("Cordelia", "Vance", "female"),
        ("Mirela", "Oakhurst", "female"),
        ("Seo-ah", "Kang", "female"),
        ("Lenna", "Brisk", "female"),
        ("Dalton", "Reyes", "male"),
    ],
    "B": [
        ("Ottavia", "Crane", "female"),
        ("Hester", "Lowe", "female"),
        ("Min-seo", "Yoon", "female"),
        ("Rowena", "Paige", "female"),
        ("Garrick", "Hale", "male"),
    ],
}

# Online creators: handles (built from syllables) and platforms.
HANDLE_PARTS = {
    "A": ["peachmoth", "velvetkit", "lunabyte", "miso.rae", "glowfern", "kiwiqueen", "saltydove"],
    "B": [
        "honeyvolt",
        "cherrymist",
        "pixie.lane",
        "oatmilkbae",
        "starfrost",
        "mochifox",
        "lilacgh0st",
    ],
}
PLATFORMS = ["Instagram", "TikTok", "Twitch", "YouTube", "Fansly", "Patreon", "X", "Kick"]

# Private people: first names only.
PRIVATE_F = {
    "A": ["Anna", "Kasia", "Brittany", "Mei", "Shanice", "Tuuli", "Rocio", "Gretchen"],
    "B": ["Nadine", "Ilse", "Courtney", "Yuki", "Precious", "Aino", "Lupita", "Dorota"],
}
PRIVATE_M = {"A": ["Dave", "Tomasz"], "B": ["Kevin", "Joaquim"]}

# Negatives: invented franchises, characters, VTubers, painters, photographers.
FRANCHISES = {
    "A": ["Starlit Requiem", "Aether Academy", "Crimson Lotus Chronicle", "Neon Shrine Drifters"],
    "B": ["Azure Vanguard", "Moonlit Kitsune Tales", "Gearspire Saga", "Sakura Frontier Zero"],
}
ANIME_NAMES = {
    "A": [
        ("Himari", "Tsukishiro", "female"),
        ("Rena", "Kazamatsuri", "female"),
        ("Aoi", "Shirasagi", "female"),
        ("Yuzuha", "Mikagura", "female"),
        ("Kaede", "Asamiya", "female"),
        ("Ren", "Kurogane", "male"),
    ],
    "B": [
        ("Suzune", "Hoshimiya", "female"),
        ("Mio", "Tachibanaya", "female"),
        ("Akane", "Yumesaki", "female"),
        ("Nagisa", "Kiriyama", "female"),
        ("Sena", "Amagiri", "female"),
        ("Kai", "Shinonomi", "male"),
    ],
}
ANIME_SCRIPT = {
    "A": [
        ("月城ひまり", "Tsukishiro Himari"),
        ("白鷺あおい", "Shirasagi Aoi"),
        ("윤하린", "Yun Harin"),
        ("苏绾绾", "Su Wanwan"),
    ],
    "B": [
        ("星宮すずね", "Hoshimiya Suzune"),
        ("夢咲あかね", "Yumesaki Akane"),
        ("백설아", "Baek Seol-a"),
        ("林小满", "Lin Xiaoman"),
    ],
}
WESTERN_CHARS = {
    "A": [
        ("Captain Marla Hexley", "Ironclad Comics"),
        ("Professor Odo Fennimore", "Gearwood Tales"),
        ("Detective Ruby Calloway", "Pixel Noir (game)"),
        ("Sheriff Abigail Thorn", "Dustwind Saga"),
    ],
    "B": [
        ("Agent Veronica Quell", "Steelheart Comics"),
        ("Doc Harlan Pike", "Wasteland Drifters"),
        ("Lady Morgana Ashdown", "Kingsfall (game)"),
        ("Nurse Janine Brook", "Hollow Ward (game)"),
    ],
}
VTUBERS = {
    "A": ["Kurumi Nebula", "Usagi Starbloom", "Lily Voltcast", "Mochi Aurelia"],
    "B": ["Neko Vesperine", "Rin Comettail", "Peach Lumenwave", "Sora Driftbell"],
}
PAINTERS = {
    "A": ["Augustin Merrovel", "Clothilde Varnasse", "Henrik Ostrebay", "Maud Tellingham"],
    "B": ["Ferdinand Kallowitz", "Isobel Marchetty", "Ansgar Vellum", "Odile Brasquet"],
}
PHOTOGRAPHERS = {
    "A": ["Lorcan Feyhurst", "Sigrun Aldmark", "Tomiko Haradashi"],
    "B": ["Benedetta Corvallis", "Raoul Sternfeld", "Keiko Morozumi"],
}
AI_PERSONAS = {
    "A": [
        ("Aria Solenne", "@aria.solenne.ai", "Milan"),
        ("Kira Vexley", "@kiravex_ai", "Seoul"),
        ("Lana Moritz", "@lana.moritz.virtual", "Berlin"),
    ],
    "B": [
        ("Nova Kessling", "@nova.kessling", "Lisbon"),
        ("Yumi Tarvane", "@yumi_tarvane_ai", "Osaka"),
        ("Celeste Ondry", "@celeste.ondry.ai", "Miami"),
    ],
}
CHECKPOINTS = {
    "A": ["PhotonVerse", "Realmoria XL", "SilkSkin Mix", "EpicLens", "UrbanGlow Real"],
    "B": ["LumaReal", "TrueGrain XL", "Portraitist Mix", "VividFlesh", "CinemaDepth"],
}
CHECKPOINT_WOMAN = {"A": ["GiselleMix", "MargauxReal"], "B": ["ValentinaXL", "JosephineMix"]}
NATIONALITIES = {
    "A": ["Korean", "Japanese", "Brazilian", "Nordic", "Filipina", "Ukrainian", "Mexican"],
    "B": ["Chinese", "Thai", "Italian", "Nigerian", "Vietnamese", "Polish", "Indian"],
}
HISTORICAL = {
    "A": ["Queen Nefertari", "Joan of Arc", "Cleopatra", "Athena"],
    "B": ["Empress Wu", "Boudica", "Aphrodite", "Freyja"],
}

# Shared phrase banks.
USAGE = [
    "<p>Recommended weight 0.6-0.8. Works best with realistic checkpoints.</p>",
    "<p>Use weight <strong>0.7</strong>, CFG 5-7, DPM++ 2M Karras, 25 steps 👍</p>",
    "<ul><li>weight: 0.75</li><li>clip skip: 1</li><li>hires fix 1.5x, denoise 0.35</li></ul>",
    "<p>Best on SDXL / Pony realism merges. lower the weight if faces look burnt 🔥</p>",
    "<p>推荐权重 0.7～0.9，搭配写实大模型使用。</p>",
    "<p>おすすめウェイト 0.6〜0.8 です。</p>",
    "<p>가중치 0.7 추천합니다. 실사 모델과 잘 맞아요.</p>",
    "<p>Peso recomendado 0,7. Funciona mejor con modelos realistas.</p>",
    "<p>Рекомендуемый вес 0.7, семплер DPM++ SDE.</p>",
]
CHANGELOG = [
    "<h3>Changelog</h3><ul><li>v2: more steps, better likeness at weight 0.6</li>"
    "<li>v1: first release</li></ul>",
    "<h2>Update</h2><p>v3 retrained on Flux.1 D, 2400 steps, rank 16.</p>",
    "<p><strong>v1.5</strong> - fixed the overbaked colours. v1.0 - initial upload.</p>",
    "<p>EDIT: re-uploaded because the old file was broken, sorry guys!!</p>",
]
SUPPORT = [
    '<p>If you like my work consider <a href="https://ko-fi.com/example">buying me a coffee</a>'
    " ☕</p>",
    "<p>Please leave a review and post your images, it helps a lot ❤️</p>",
    "<p>Join my discord for requests!! link in profile</p>",
    "<p>Don't re-upload my models to other sites pls.</p>",
]
TRAINING = [
    "<p>Trained with kohya_ss, 30 images, 10 repeats, 8 epochs.</p>",
    "<p>Dataset: 42 hand-picked photos, captioned with WD14 + manual cleanup.</p>",
    "<p>trained on civitai trainer, 1600 steps, took ages lol</p>",
    "<p>Trained on AI Toolkit, Flux dev, 2000 steps, lr 1e-4.</p>",
]
NEGATIVE_PROMPT = (
    "Negative prompt: (worst quality, low quality:1.4), bad anatomy, extra fingers, watermark"
)
PARAMS = "Steps: 28, Sampler: DPM++ 2M Karras, CFG scale: 6, Seed: {seed}, Size: 832x1216"
