"""Vocabularies of the second dev set: invented people, works, handles and page boilerplate.

Every person here is invented. Each list comes in an ``A`` part (used by ``dev2``) and a ``B``
part (used by ``hold2``), so the held-out split meets names, works and scripts the dev split
never showed. Script forms are written by hand next to their romanisation, so a name's forms
agree with each other.
"""

from __future__ import annotations

# --- people -----------------------------------------------------------------------------------
# (given, family, gender, culture); western-style order "Given Family" when written out.

WESTERN = {
    "A": [
        ("Brielle", "Kastenholm", "female"),
        ("Maddison", "Vantreight", "female"),
        ("Tamsin", "Ollerenshaw", "female"),
        ("Josette", "Marchbank", "female"),
        ("Kenzie", "Applewhaite", "female"),
        ("Rosalind", "Prewett", "female"),
        ("Delphine", "Aubertin", "female"),
        ("Annika", "Sjöberglund", "female"),
        ("Liesel", "Brandauerova", "female"),
        ("Coralie", "Vautrinet", "female"),
        ("Skyla", "Dunsmore", "female"),
        ("Marnie", "Quatermaine", "female"),
        ("Gideon", "Halloway-Pryce", "male"),
        ("Callum", "Strathearn", "male"),
        ("Emeric", "Lavalette", "male"),
    ],
    "B": [
        ("Odalys", "Fennimore", "female"),
        ("Cressida", "Wolstenholme", "female"),
        ("Linnea", "Halvorsrud", "female"),
        ("Perrine", "Castagnac", "female"),
        ("Jolie", "Ambersley", "female"),
        ("Tierney", "Mcgillivray", "female"),
        ("Henrike", "Zollinger", "female"),
        ("Saoirse", "Ní Bhraonáin", "female"),
        ("Ottilie", "Kranewitt", "female"),
        ("Rafferty", "Colquhoun", "male"),
        ("Lucian", "Debenham-Roe", "male"),
    ],
}

LATIN = {
    "A": [
        ("Valentina", "Oyarzún Tapia", "female"),
        ("Ximena", "Irigoyen", "female"),
        ("Luana", "Bittencourt Lage", "female"),
        ("Maite", "Echazarreta", "female"),
        ("Yaretzi", "Cuevas Almonte", "female"),
        ("Thiago", "Villaseñor", "male"),
    ],
    "B": [
        ("Itzel", "Barraganes", "female"),
        ("Rafaela", "Quintanilha", "female"),
        ("Antonella", "Zubizarreta", "female"),
        ("Mateo", "Arrambide", "male"),
    ],
}

# (given, family, gender, given_script, family_script)
SLAVIC = {
    "A": [
        ("Oksana", "Zhuravlenko", "female", "Оксана", "Журавленко"),
        ("Milana", "Vyshnevetska", "female", "Милана", "Вишневецька"),
        ("Darina", "Kolokoltseva", "female", "Дарина", "Колокольцева"),
        ("Bogdan", "Tverdokhlib", "male", "Богдан", "Твердохліб"),
    ],
    "B": [
        ("Yaroslava", "Medvezhenko", "female", "Ярослава", "Медвеженко"),
        ("Zlata", "Podkolzina", "female", "Злата", "Подколзина"),
        ("Radoslav", "Krivosheev", "male", "Радослав", "Кривошеев"),
    ],
}

ARABIC = {
    "A": [
        ("Yasmin", "Al-Haddadi", "female", "ياسمين", "الحدادي"),
        ("Rahaf", "Al-Qadoumi", "female", "رهف", "القدومي"),
        ("Tariq", "Bensalah", "male", "طارق", "بن صالح"),
    ],
    "B": [
        ("Leen", "Al-Mahrouqi", "female", "لين", "المحروقي"),
        ("Dalia", "Abou Chakra", "female", "داليا", "أبو شقرا"),
    ],
}

INDIAN = {
    "A": [
        ("Ananya", "Raghunathan", "female", "अनन्या", "रघुनाथन"),
        ("Ishita", "Venkatraman", "female", "इशिता", "वेंकटरमन"),
        ("Kavya", "Mukherjea", "female", "काव्या", "मुखर्जिया"),
        ("Arjun", "Thekkedath", "male", "अर्जुन", "तेक्केडथ"),
    ],
    "B": [
        ("Meher", "Bhattacharjee", "female", "মেহের", "ভট্টাচার্জী"),
        ("Tanvi", "Kulkarnee", "female", "तन्वी", "कुलकर्णी"),
        ("Vihaan", "Padmanabhan", "male", "विहान", "पद्मनाभन"),
    ],
}

# nickname (romanised, Thai script) + family name; Thai stars are known by nickname.
THAI = {
    "A": [
        ("Ploy", "Sirisakulwong", "female", "พลอย"),
        ("Mild", "Thanawatkiat", "female", "มายด์"),
        ("Kaownah", "Rattanaporn", "female", "ข้าวหน้า"),
    ],
    "B": [
        ("Fern", "Wongsuriyachai", "female", "เฟิร์น"),
        ("Namtan", "Chaiprasit", "female", "น้ำตาล"),
        ("Tor", "Srisomboon", "male", "ต่อ"),
    ],
}

# full name with diacritics, stripped, gender (Vietnamese order: family middle given)
VIETNAMESE = {
    "A": [
        ("Trương Ngọc Hân Vy", "Truong Ngoc Han Vy", "female"),
        ("Lạc Bảo Thy", "Lac Bao Thy", "female"),
    ],
    "B": [
        ("Lưu Khánh Linh", "Luu Khanh Linh", "female"),
        ("Đặng Minh Khôi", "Dang Minh Khoi", "male"),
    ],
}

FILIPINO = {
    "A": [
        ("Kristine", "Dimaculangan", "female"),
        ("Jhoanna", "Macaraeg", "female"),
    ],
    "B": [
        ("Bea", "Villaruzano", "female"),
        ("Marites", "Quisumbingco", "female"),
    ],
}

AFRICAN = {
    "A": [
        ("Adaeze", "Okonkwo-Bello", "female"),
        ("Thandiwe", "Mahlangu-Sithole", "female"),
    ],
    "B": [
        ("Yetunde", "Adebanjo", "female"),
        ("Kwabena", "Asantewaa-Mensah", "male"),
    ],
}

# East Asia: families and given names combined per script: (script, romanised).
CHINESE_FAMILY = {
    "A": [("欧阳", "Ouyang"), ("慕容", "Murong"), ("公孙", "Gongsun"), ("令狐", "Linghu")],
    "B": [("皇甫", "Huangfu"), ("夏侯", "Xiahou"), ("尉迟", "Yuchi"), ("端木", "Duanmu")],
}
CHINESE_GIVEN = {
    "A": [
        ("雪晴", "Xueqing", "female"),
        ("若汐", "Ruoxi", "female"),
        ("沐瑶", "Muyao", "female"),
        ("书宁", "Shuning", "female"),
        ("清越", "Qingyue", "female"),
        ("景行", "Jingxing", "male"),
    ],
    "B": [
        ("语桐", "Yutong", "female"),
        ("芷若", "Zhiruo", "female"),
        ("星阑", "Xinglan", "female"),
        ("子衿", "Zijin", "female"),
        ("砚舟", "Yanzhou", "male"),
    ],
}
JAPANESE_FAMILY = {
    "A": [("勅使河原", "Teshigawara"), ("九重", "Kokonoe"), ("東雲", "Shinonome")],
    "B": [("百目鬼", "Domeki"), ("月見里", "Yamanashi"), ("八月朔日", "Hozumi")],
}
JAPANESE_GIVEN = {
    "A": [
        ("ひなの", "Hinano", "female"),
        ("紗良", "Sara", "female"),
        ("琴音", "Kotone", "female"),
        ("みつき", "Mitsuki", "female"),
        ("湊", "Minato", "male"),
    ],
    "B": [
        ("ゆきな", "Yukina", "female"),
        ("詩織", "Shiori", "female"),
        ("朱里", "Akari", "female"),
        ("蒼", "Aoi", "male"),
    ],
}
KOREAN_FAMILY = {
    "A": [("독고", "Dokgo"), ("황보", "Hwangbo"), ("제갈", "Jegal")],
    "B": [("사공", "Sagong"), ("서문", "Seomun"), ("동방", "Dongbang")],
}
KOREAN_GIVEN = {
    "A": [
        ("하린", "Ha-rin", "female"),
        ("서율", "Seo-yul", "female"),
        ("예솔", "Ye-sol", "female"),
        ("가온", "Ga-on", "female"),
        ("도헌", "Do-heon", "male"),
    ],
    "B": [
        ("로아", "Ro-a", "female"),
        ("은재", "Eun-jae", "female"),
        ("채이", "Chae-i", "female"),
        ("태오", "Tae-o", "male"),
    ],
}

# One-word stage names (singers, dancers, adult performers, rappers).
STAGE_NAMES = {
    "A": [("Kaelani", "female"), ("Vesperine", "female"), ("Noemí", "female"), ("Zuriel", "male")],
    "B": [("Oriane", "female"), ("Tavia", "female"), ("Lunaray", "female")],
}

# People named with ordinary words: (given, family, gender).
ORDINARY = {
    "A": [
        ("Daisy", "Hollowell", "female"),
        ("Marisol", "Frost", "female"),
        ("Summer", "Kettering", "female"),
        ("Brooke", "Chase", "female"),
        ("Ivy", "Stone", "female"),
        ("Dawson", "Day", "male"),
    ],
    "B": [
        ("Hazel", "Marchmont", "female"),
        ("Wren", "Fairweather", "female"),
        ("Juniper", "Fox", "female"),
        ("Sunny", "Mayfield", "female"),
        ("Colton", "Rivers", "male"),
    ],
}

OCCUPATIONS_F = {
    "A": ["actress", "singer", "TV presenter", "model", "news anchor", "K-pop idol", "athlete"],
    "B": ["actress", "pop singer", "weather presenter", "fashion model", "tennis player", "idol"],
}
OCCUPATIONS_M = {
    "A": ["actor", "singer", "football player", "politician"],
    "B": ["actor", "rapper", "chef on TV", "boxer"],
}
ADULT_OCCUPATION_F = ["porn star", "adult actress", "adult film actress", "JAV actress"]

# --- works -----------------------------------------------------------------------------------

SHOWS = {  # live-action works an invented actor played in: (title, medium words)
    "A": [
        ("The Salt Meridian", "TV series"),
        ("Harbor of Glass", "film"),
        ("Moonlit Pavilion", "K-drama"),
        ("Legend of the Jade Ferry", "C-drama"),
        ("Blue Orchard", "Netflix series"),
    ],
    "B": [
        ("Cinder Lane", "TV show"),
        ("Echoes over Kestrel Bay", "movie"),
        ("Spring Snow Palace", "Chinese drama"),
        ("Tokyo Rainfall Diaries", "J-drama"),
    ],
}
ROLE_NAMES = {
    "A": ["Captain Elowen Marsh", "Detective Ruth Calloway", "Princess Lian", "Dr. Hana Morrow"],
    "B": ["Agent Sloane Whitlock", "Consort Mei", "Nurse Adeline Grey", "Sergeant Kit Harlan"],
}

FRANCHISES_ANIME = {
    "A": ["Starlight Academia", "Crimson Verse Online", "Azure Lantern Chronicles", "Ouka Senki"],
    "B": ["Mahou Kissaten Lumière", "Gearheart Requiem", "Hoshizora Relay", "Tenkuu no Kanata"],
}
ANIME_CHARS = {  # (name, script name or "", gender word)
    "A": [
        ("Rinka Amasawa", "天沢凛花", "1girl"),
        ("Sayo Kurobane", "黒羽さよ", "1girl"),
        ("Elsie Fairgrave", "", "1girl"),
        ("Mireille Astor", "", "1girl"),
        ("Haruto Kagami", "鏡陽翔", "1boy"),
        ("Yuzuha", "ゆずは", "1girl"),
    ],
    "B": [
        ("Kotori Minaseki", "水瀬木ことり", "1girl"),
        ("Ilse Vandermeer", "", "1girl"),
        ("Seo Ara", "서아라", "1girl"),
        ("Tsubaki Honjou", "本条椿", "1girl"),
        ("Ren Shirogane", "白銀蓮", "1boy"),
    ],
}
FRANCHISES_WESTERN = {
    "A": ["Iron Skies", "The Gilded Realm (video game)", "Bramblewood (cartoon)"],
    "B": ["Nova Frontier", "Tales of Duskmere (game)", "Pixel Pals (animated series)"],
}
WESTERN_CHARS = {
    "A": ["Captain Mara Vance", "Lady Seraphine Holt", "Jessamy Thorn", "Commander Rhea Vost"],
    "B": ["Wren Blackthorne", "Queen Isolde Marrow", "Tilly Buttons", "Ranger Cass Holloway"],
}
VTUBERS = {
    "A": [
        ("Miko Hoshikaze", "Lumina Live"),
        ("Nyanami Kuu", "indie"),
        ("Aster Vale", "Prism Stage"),
    ],
    "B": [
        ("Usagi Momotsuki", "Starbloom"),
        ("Velvet Noctia", "indie"),
        ("Kiri Amagumo", "Luxe Live"),
    ],
}
ARTISTS = {  # invented painters, illustrators, photographers
    "A": [
        ("Ottoline Marchetti", "painter"),
        ("Kasimir Wendt", "illustrator"),
        ("Haruhiko Sawatari", "ukiyo-e printmaker"),
        ("Beatriz Montalvo", "photographer"),
        ("Elias Korhonen", "concept artist"),
    ],
    "B": [
        ("Ingrid Falkenrath", "painter"),
        ("Taeyang Moon-Ritter", "webtoon artist"),
        ("Lucienne Beaufort", "fashion photographer"),
        ("Anselm Vittori", "illustrator"),
    ],
}
MYTHS = {
    "A": ["Aphrodite", "Medusa", "Freya", "Anubis", "Valkyrie"],
    "B": ["Athena", "Persephone", "Kitsune spirit", "Hel", "Nuwa"],
}
HISTORICAL_LOOKS = {
    "A": ["Roman empress", "Victorian lady", "Heian court lady"],
    "B": ["Egyptian queen", "Samurai warlord", "Flapper girl (1920s)"],
}

CHECKPOINT_NAMES = {
    "A": ["RealVisage", "PhotonDream", "SkinTrue", "LumaReal", "HyperPortrait"],
    "B": ["TrueLens", "FotoFusion", "AsianRealism", "VelvetReal"],
}

# --- creators, platforms ----------------------------------------------------------------------

UPLOADERS = {
    "A": [
        "pixelmonk",
        "loraforge_77",
        "neonsketch",
        "kohyafan",
        "aiartist2023",
        "sakurabytes",
        "mr_latent",
        "dreamweaver_sd",
        "tinkerlabs",
        "ghostprompt",
    ],
    "B": ["vaporlatent", "quietsampler", "ember_ai", "owlbear_lab", "stepcount", "lumenloom"],
}
HF_AUTHORS = {
    "A": ["latentgarden", "sdloras-archive", "mirrorhub01", "kaizen-ai"],
    "B": ["civit-mirror-2025", "pixelsmith", "open-lora-zoo"],
}
SOCIALS = ["Instagram", "TikTok", "OnlyFans", "Twitch", "YouTube", "Fansly", "Twitter"]
ASIAN_SOCIALS = ["Douyin", "Xiaohongshu", "Weibo", "Bilibili", "Instagram"]

PRIVATE_FIRST = {
    "A": [("Jessica", "female"), ("Mel", "female"), ("Tanya", "female"), ("Rob", "male")],
    "B": [("Kayla", "female"), ("Sofi", "female"), ("Danny", "male")],
}

# --- page boilerplate -------------------------------------------------------------------------

TRAINING_NOTES = [
    "Trained with kohya_ss, 20 repeats, 10 epochs, dim 32 alpha 16.",
    "Learning rate 1e-4, cosine scheduler, AdamW8bit, batch size 2.",
    "Recommended weight 0.6-0.8. Works best with realistic checkpoints.",
    "Use with ADetailer for best faces. Hires fix 1.5x, denoise 0.4.",
    "Clip skip 1, CFG 5-7, DPM++ 2M Karras, 30 steps.",
    "v2 fixes the overcooked colours of v1, sorry about that lol",
    "Dont go above 0.9 weight or it gets burned.",
    "Pls leave a review if you like it ❤️",
    "Buy me a coffee on ko-fi if you want to support me ☕",
    "Negative prompt: (worst quality, low quality:1.4), bad hands",
    "Trained on SD 1.5 base, works fine on most merges.",
    "Works with Pony too but the likeness is weaker.",
]
TRAINING_NOTES_B = [
    "Settings: network dim 64, alpha 32, 2400 steps, resolution 768.",
    "Made with OneTrainer. Captioned with WD14 + manual fixes.",
    "Suggested strength 0.75 🙂 higher = more likeness, less flexibility",
    "Tested on 6 checkpoints, see the gallery for prompts!!",
    "Join my discord for requests 👉 link in profile",
    "Trigger is optional but helps.",
]
