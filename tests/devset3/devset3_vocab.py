"""Vocabularies of the third dev set (every person, work, handle and franchise is invented).

Part ``A`` feeds ``dev3``, part ``B`` feeds ``hold3``; the two parts share only the
boilerplate that every uploader repeats (training notes, support links, pasted parameters).
East-Asian names are composed from a family name and a given name, each written in script
with its romanisation, so every script form of one person is known.
"""

from __future__ import annotations

# --- people ---------------------------------------------------------------------------------

# (given, gender) and family names, Latin-alphabet cultures
WESTERN_GIVEN = {
    "A": [
        ("Marisol", "female"),
        ("Brielle", "female"),
        ("Odalys", "female"),
        ("Calla", "female"),
        ("Tamsin", "female"),
        ("Linnea", "female"),
        ("Rosalind", "female"),
        ("Anouk", "female"),
        ("Delphine", "female"),
        ("Giada", "female"),
        ("Ottilie", "female"),
        ("Wrenna", "female"),
        ("Liesel", "female"),
        ("Perrine", "female"),
        ("Solveig", "female"),
        ("Carys", "female"),
        ("Noemi", "female"),
        ("Ysolde", "female"),
        ("Thaddeus", "male"),
        ("Lucan", "male"),
        ("Emrys", "male"),
        ("Bastien", "male"),
    ],
    "B": [
        ("Severine", "female"),
        ("Elowen", "female"),
        ("Jessamy", "female"),
        ("Marguerite", "female"),
        ("Annika", "female"),
        ("Clemence", "female"),
        ("Ramona", "female"),
        ("Isaura", "female"),
        ("Philippa", "female"),
        ("Tindra", "female"),
        ("Leocadia", "female"),
        ("Zofia", "female"),
        ("Henrike", "female"),
        ("Orla", "female"),
        ("Valentina", "female"),
        ("Cosima", "female"),
        ("Ignatius", "male"),
        ("Florian", "male"),
        ("Anselm", "male"),
    ],
}
WESTERN_FAMILY = {
    "A": [
        "Quintanar",
        "Hathersage",
        "Ferraday",
        "Wexcombe",
        "Thistlewood",
        "Ambrosetti",
        "Vantreight",
        "Kesselbrook",
        "Delacroix-Hume",
        "Marchbanks",
        "Oyelaran",
        "Castellanos-Ruiz",
        "Brenneman",
        "Aldercott",
        "Pellegrini",
        "Szabadka",
        "Lindqvist-Moe",
        "Ravensholt",
    ],
    "B": [
        "Wintergreene",
        "Okafor-Bell",
        "Tresilian",
        "Halvorsen-Kaye",
        "Montesclaros",
        "Dunmarrow",
        "Achterberg",
        "Villaseñor",
        "Crowhurst",
        "Abernathie",
        "Santangelo",
        "Przybylska",
        "Fenwright",
        "Oduya",
        "Lacombe-Ferris",
    ],
}
# names made of ordinary words (first names and surnames that are dictionary words)
WORD_GIVEN = {
    "A": [
        ("Daisy", "female"),
        ("Hazel", "female"),
        ("Autumn", "female"),
        ("Clover", "female"),
        ("Meadow", "female"),
        ("Juniper", "female"),
        ("Sage", "female"),
        ("Birch", "male"),
    ],
    "B": [
        ("Poppy", "female"),
        ("Willow", "female"),
        ("Saffron", "female"),
        ("Marigold", "female"),
        ("Briar", "female"),
        ("Wren", "female"),
        ("Flint", "male"),
    ],
}
WORD_FAMILY = {
    "A": ["Fox", "Stone", "Chase", "Frost", "Marsh", "Gale", "Crane", "Field", "Lark"],
    "B": ["Day", "Banks", "Moss", "Hale", "Vale", "Heath", "Reed", "Thorne", "Brook"],
}
# one-word stage names (gender)
STAGE_NAMES = {
    "A": [
        ("Velvetine", "female"),
        ("Zaharia", "female"),
        ("Mirabeau", "female"),
        ("Kaelani", "female"),
        ("Solenne", "female"),
        ("Oshun Rae", "female"),
        ("Dravik", "male"),
    ],
    "B": [
        ("Amarelle", "female"),
        ("Tsuyumi", "female"),
        ("Liraz", "female"),
        ("Noctavia", "female"),
        ("Brisa Lune", "female"),
        ("Kovu", "male"),
    ],
}
# people written in another script: (script form, romanised given, romanised family, gender,
# nationality word, language of the description line)
WORLD_SCRIPT = {
    "A": [
        ("Милослава Куприянова", "Miloslava", "Kupriyanova", "female", "Russian", "ru"),
        ("Ярина Белозёрова", "Yarina", "Belozyorova", "female", "Ukrainian", "ru"),
        ("Злата Огнева", "Zlata", "Ogneva", "female", "Russian", "ru"),
        ("ليان الحمداني", "Layan", "Al-Hamdani", "female", "Iraqi", "ar"),
        ("رزان القحطاني", "Razan", "Al-Qahtani", "female", "Saudi", "ar"),
        ("इरावती सेनगुप्ता", "Iravati", "Sengupta", "female", "Indian", "hi"),
        ("तारिणी देशमुख", "Tarini", "Deshmukh", "female", "Indian", "hi"),
        ("พิมพ์ลดา ศรีสุวรรณ", "Pimlada", "Srisuwan", "female", "Thai", "th"),
        ("Ευδοκία Παπασταθοπούλου", "Evdokia", "Papastathopoulou", "female", "Greek", "el"),
        ("Всеволод Лазарев", "Vsevolod", "Lazarev", "male", "Russian", "ru"),
    ],
    "B": [
        ("Есения Ладыгина", "Yesenia", "Ladygina", "female", "Russian", "ru"),
        ("Доминика Вересаева", "Dominika", "Veresaeva", "female", "Belarusian", "ru"),
        ("نورسين العبيدي", "Nursin", "Al-Obaidi", "female", "Jordanian", "ar"),
        ("अनन्या कुलकर्णी", "Ananya", "Kulkarni", "female", "Indian", "hi"),
        ("ชนิกานต์ วงศ์ไพบูลย์", "Chanikan", "Wongpaiboon", "female", "Thai", "th"),
        ("נויה אלמגור", "Noya", "Almagor", "female", "Israeli", "he"),
        ("Σταματία Κυριακίδου", "Stamatia", "Kyriakidou", "female", "Greek", "el"),
        ("Радомир Синицын", "Radomir", "Sinitsyn", "male", "Russian", "ru"),
    ],
}
# Latin names with diacritics: (written, ascii given, ascii family, gender, nationality)
DIACRITIC_NAMES = {
    "A": [
        ("Lưu Khánh Vy", "Khanh Vy", "Luu", "female", "Vietnamese"),
        ("Ceylin Karadumanlı", "Ceylin", "Karadumanli", "female", "Turkish"),
        ("Inés Arrechea", "Ines", "Arrechea", "female", "Argentine"),
        ("Thaís Brandão Leme", "Thais", "Brandao Leme", "female", "Brazilian"),
        ("Zoë Ångström", "Zoe", "Angstrom", "female", "Swedish"),
    ],
    "B": [
        ("Trịnh Hạ Miên", "Ha Mien", "Trinh", "female", "Vietnamese"),
        ("Elçin Kuyucaklı", "Elcin", "Kuyucakli", "female", "Turkish"),
        ("Maëlys Ferrandière", "Maelys", "Ferrandiere", "female", "French"),
        ("Joaquín Arámburu", "Joaquin", "Aramburu", "male", "Mexican"),
    ],
}
# Filipino, African, Latin American and other romanised names, as plain Latin
GLOBAL_LATIN = {
    "A": [
        ("Ligaya", "Dimaculangan", "female", "Filipino"),
        ("Adaeze", "Nwachukwu-Bello", "female", "Nigerian"),
        ("Wanjiru", "Kamotho", "female", "Kenyan"),
        ("Itzel", "Xochicale", "female", "Mexican"),
        ("Sekai", "Mutasa", "female", "Zimbabwean"),
        ("Tevita", "Fifita-Lolo", "male", "Tongan"),
    ],
    "B": [
        ("Mayumi", "Dagohoy", "female", "Filipino"),
        ("Folasade", "Adeyemo-Kuti", "female", "Nigerian"),
        ("Nomvula", "Dlamini-Sithole", "female", "South African"),
        ("Yatziri", "Tlapaltotoli", "female", "Mexican"),
        ("Kwame", "Ofori-Atta", "male", "Ghanaian"),
    ],
}
# Chinese family names and given names: (hanzi, pinyin)
ZH_FAMILY = {
    "A": [
        ("欧阳", "Ouyang"),
        ("慕容", "Murong"),
        ("闻人", "Wenren"),
        ("濮阳", "Puyang"),
        ("澹台", "Tantai"),
        ("晏", "Yan"),
        ("蔺", "Lin"),
        ("芮", "Rui"),
    ],
    "B": [
        ("宇文", "Yuwen"),
        ("公孙", "Gongsun"),
        ("左丘", "Zuoqiu"),
        ("端木", "Duanmu"),
        ("邝", "Kuang"),
        ("缪", "Miao"),
        ("卞", "Bian"),
    ],
}
ZH_GIVEN = {
    "A": [
        ("沁岚", "Qinlan", "female"),
        ("绮萱", "Qixuan", "female"),
        ("芷漪", "Zhiyi", "female"),
        ("黛婧", "Daijing", "female"),
        ("翎曦", "Lingxi", "female"),
        ("筠瑶", "Yunyao", "female"),
        ("昊骁", "Haoxiao", "male"),
    ],
    "B": [
        ("澜妍", "Lanyan", "female"),
        ("璇漪", "Xuanyi", "female"),
        ("婉黛", "Wandai", "female"),
        ("苒汐", "Ranxi", "female"),
        ("琬凝", "Wanning", "female"),
        ("峻霖", "Junlin", "male"),
    ],
}
# Japanese family names (kanji, romaji) and given names (kana or kanji, romaji)
JA_FAMILY = {
    "A": [
        ("東雲", "Shinonome"),
        ("水無瀬", "Minase"),
        ("白鷺", "Shirasagi"),
        ("真行寺", "Shingyoji"),
        ("蓮見", "Hasumi"),
        ("天羽", "Amou"),
    ],
    "B": [
        ("雪代", "Yukishiro"),
        ("六角", "Rokkaku"),
        ("仙石", "Sengoku"),
        ("氷室", "Himuro"),
        ("音無", "Otonashi"),
    ],
}
JA_GIVEN = {
    "A": [
        ("ひなの", "Hinano", "female"),
        ("ゆずは", "Yuzuha", "female"),
        ("みおり", "Miori", "female"),
        ("澪", "Mio", "female"),
        ("千景", "Chikage", "female"),
        ("りんか", "Rinka", "female"),
        ("颯真", "Soma", "male"),
    ],
    "B": [
        ("ちはる", "Chiharu", "female"),
        ("こはく", "Kohaku", "female"),
        ("紬", "Tsumugi", "female"),
        ("あやめ", "Ayame", "female"),
        ("柚葉", "Yuzuha", "female"),
        ("悠翔", "Haruto", "male"),
    ],
}
# Korean family names (hangul, romanised) and given names (hangul, hyphenated romanisation)
KO_FAMILY = {
    "A": [
        ("제갈", "Jegal"),
        ("황보", "Hwangbo"),
        ("독고", "Dokgo"),
        ("탁", "Tak"),
        ("봉", "Bong"),
        ("편", "Pyeon"),
    ],
    "B": [("서문", "Seomun"), ("사공", "Sagong"), ("맹", "Maeng"), ("변", "Byeon"), ("국", "Guk")],
}
KO_GIVEN = {
    "A": [
        ("하린", "Ha-rin", "female"),
        ("서아", "Seo-a", "female"),
        ("예나", "Ye-na", "female"),
        ("소율", "So-yul", "female"),
        ("윤슬", "Yun-seul", "female"),
        ("아린", "A-rin", "female"),
        ("태오", "Tae-o", "male"),
    ],
    "B": [
        ("새봄", "Sae-bom", "female"),
        ("나래", "Na-rae", "female"),
        ("이서", "I-seo", "female"),
        ("가온", "Ga-on", "female"),
        ("채아", "Chae-a", "female"),
        ("시우", "Si-u", "male"),
    ],
}

# --- what people do --------------------------------------------------------------------------

PROFESSIONS = {
    "female": [
        "actress",
        "singer",
        "model",
        "TV presenter",
        "news anchor",
        "tennis player",
        "comedian",
        "dancer",
        "figure skater",
        "radio host",
        "politician",
        "chef",
    ],
    "male": ["actor", "singer", "footballer", "TV presenter", "comedian", "boxer", "politician"],
}
EA_PROFESSIONS = {
    "zh": ["演员", "歌手", "模特", "主持人"],
    "ja": ["女優", "グラビアアイドル", "歌手", "モデル"],
    "ko": ["배우", "가수", "모델", "아이돌"],
}
EA_FEMALE_WORDS = {
    "zh": ["女性", "美女", "女明星"],
    "ja": ["女性", "美女", "女優"],
    "ko": ["여자", "여배우", "걸그룹"],
}
EA_MALE_WORDS = {"zh": ["男性", "男明星"], "ja": ["男性", "俳優"], "ko": ["남자", "남배우"]}
IDOL_GROUPS = {"A": ["LUMINA9", "Starlit Avenue", "NOVA BLOOM"], "B": ["HEXA PRISM", "Moonveil"]}

# --- works -----------------------------------------------------------------------------------

LIVE_SHOWS = {
    "A": [
        ("Harbor Lights", "TV series"),
        ("The Glass Orchard", "film"),
        ("Crimson Ledger", "K-drama"),
        ("Silent Tide Precinct", "TV series"),
        ("长安雪夜", "C-drama"),
        ("Ashen Crown", "HBO-style series"),
        ("Midnight Pharmacy", "J-drama"),
    ],
    "B": [
        ("Copperline", "TV series"),
        ("The Salt Road", "film"),
        ("Winter Palace Detectives", "K-drama"),
        ("锦瑟年华", "C-drama"),
        ("Northbound Blue", "film"),
        ("Tokyo Rain Office", "J-drama"),
    ],
}
ROLE_NAMES = {
    "A": [
        ("Evelyn Strand", "female"),
        ("Captain Idris Vey", "male"),
        ("Nurse Ada Holloway", "female"),
        ("Lady Wen", "female"),
        ("Detective Mara Quill", "female"),
        ("Princess Seo-yeon", "female"),
        ("Agent Corra Blake", "female"),
    ],
    "B": [
        ("Juno Varga", "female"),
        ("Doctor Hollis Ng", "male"),
        ("Queen Ilsabet", "female"),
        ("Officer Dana Pryce", "female"),
        ("Consort Lan", "female"),
        ("Miss Ottoline", "female"),
    ],
}
ANIME_FRANCHISES = {
    "A": [
        "Starfall Academy",
        "Blade of the Ninth Moon",
        "Crimson Gears Online",
        "Hanabira Quest",
        "Eternal Tide Chronicles",
        "Gensou Frontier",
    ],
    "B": [
        "Lunar Bloom Requiem",
        "Iron Sakura Brigade",
        "Phantom Arcadia",
        "Aoi Kaze Saga",
        "Neon Shrine Tactics",
    ],
}
ANIME_CHARS = {
    "A": [
        ("Akane Hoshimura", "星村あかね"),
        ("Rei Kagetsuki", "影月レイ"),
        ("Lucia Verdant", None),
        ("Mei Tsukishiro", "月城メイ"),
        ("Sora Amanogawa", "天野川ソラ"),
        ("Yun Lihua", "云丽华"),
        ("Han Seol-a", "한설아"),
        ("Elise Marchetti", None),
        ("Kaori Fujinami", "藤波かおり"),
        ("Nadia Ostrova", None),
    ],
    "B": [
        ("Hikari Aozora", "青空ひかり"),
        ("Misaki Kurobane", "黒羽みさき"),
        ("Sylvie Ardent", None),
        ("Lin Xueyao", "林雪瑶"),
        ("Kang Yeo-reum", "강여름"),
        ("Tomoe Sakuragi", "桜木ともえ"),
        ("Greta Valkenburg", None),
        ("Ren Shiratori", "白鳥レン"),
    ],
}
WESTERN_WORKS = {
    "A": [
        ("Captain Vela Storm", "Starfall Saga comics"),
        ("Dr. Maribel Kroon", "Gearworks game"),
        ("Sheriff Dolly Buckshot", "Dustbowl Rangers cartoon"),
        ("Nyx Calloway", "Voidrunner 2"),
    ],
    "B": [
        ("Commander Ines Rook", "Hollow Star game"),
        ("Penny Pumpernickel", "Muffin Town cartoon"),
        ("Lady Sable Finch", "Gaslight Chronicles comics"),
    ],
}
VTUBERS = {
    "A": [
        ("Kurumi Nekomata", "Hololive-style agency Prism Live"),
        ("Aurelia Vex", "indie"),
        ("Shiori Hanabi", "Kizuna Stars"),
    ],
    "B": [
        ("Mochi Usagi", "indie"),
        ("Lyra Nightbloom", "NebulaLive"),
        ("Koyuki Frostpaw", "Prism Live"),
    ],
}
PAINTERS = {
    "A": [
        "Ottavio Brennecke",
        "Mireille Sauvage",
        "Hollis Tamberlane",
        "Kenji Arakawa-Lund",
        "Ines Vautrin",
        "Bartholomew Quell",
    ],
    "B": [
        "Augustin Veldhoven",
        "Sunniva Halstad",
        "Emeric Dauphinot",
        "Luz Carvallo-Teague",
        "Teodor Wyszomirski",
    ],
}
PHOTOGRAPHERS = {
    "A": ["Anneliese Korvin", "Duarte Mendanha"],
    "B": ["Rosamund Elcott", "Tadashi Hoshikawa"],
}
HISTORICAL = {
    "A": ["Cleopatra", "Joan of Arc", "Athena", "Medusa", "Empress Wu (historical costume)"],
    "B": ["Nefertiti", "Freya", "Boudica", "Aphrodite", "Mulan (legend)"],
}
OC_NAMES = {
    "A": ["Yuna", "Aria Solace", "Mika Lumen", "Nova Ray", "Elara Vance", "Sienna"],
    "B": ["Kira Moonfield", "Luma", "Haru", "Selene Vaux", "Ivy Nexa"],
}

# --- uploaders and creators ------------------------------------------------------------------

UPLOADERS = {
    "A": [
        "pixelwitch88",
        "LoRAsmith",
        "driftcoil",
        "nekobyte",
        "sd_tinker",
        "mossy_ai",
        "kaito_trains",
        "lumen_forge",
        "AutumnDiffusion",
        "bytebard",
        "ogre_merges",
        "whiskerlab",
        "tensor_tea",
        "civ_grind",
        "hanabi_lab",
        "yuki_trainer",
    ],
    "B": [
        "gloomcraft",
        "saltypixels",
        "LatentLark",
        "ferrofox",
        "sdxl_monk",
        "papermoon_ai",
        "noodle_nets",
        "quietcrane",
        "k_dreamer",
        "lora_loom",
        "ashfall_ai",
        "mintcandy",
    ],
}
CREATOR_HANDLES = {
    "A": [
        ("lunalatte.cos", "female", "Instagram"),
        ("mira_glowup", "female", "TikTok"),
        ("stellarsoph", "female", "Twitch"),
        ("peachyjun_", "female", "OnlyFans"),
        ("kaycee.moves", "female", "TikTok"),
        ("vintagevee", "female", "YouTube"),
        ("ironjaxfit", "male", "Instagram"),
        ("bunbunrae", "female", "Fansly"),
        ("yoga.with.ines", "female", "Instagram"),
        ("gamergirl_nyxie", "female", "Twitch"),
    ],
    "B": [
        ("cocoa.kiss", "female", "Instagram"),
        ("dani.dreamz", "female", "TikTok"),
        ("velvet_vixen_x", "female", "OnlyFans"),
        ("sunny.sahra", "female", "YouTube"),
        ("mochi.cosplays", "female", "Instagram"),
        ("rexlifts", "male", "TikTok"),
        ("pixiepaige_", "female", "Twitch"),
        ("hanna.hikes", "female", "Instagram"),
    ],
}
EA_CREATORS = {
    "A": [
        ("小鹿奈奈", "xiaolunana", "female", "Douyin"),
        ("鹿岛まゆ", "mayu_kashima", "female", "Instagram"),
        ("봄날의지유", "springjiyu", "female", "Instagram"),
    ],
    "B": [
        ("桃桃酱Momo", "taotaomomo", "female", "Xiaohongshu"),
        ("朝比奈ゆら", "yura.asahina", "female", "TikTok"),
        ("햇살민아", "sunny_mina", "female", "YouTube"),
    ],
}

# --- words around the models -----------------------------------------------------------------

BASE_MODELS_2023 = ["SD 1.5", "SD 1.5", "SD 1.5", "SD 2.1", "Other"]
BASE_MODELS_2025 = ["SDXL 1.0", "Pony", "Illustrious", "Flux.1 D", "SD 1.5", "Flux.1 D"]
HF_BASES = [
    "black-forest-labs/FLUX.1-dev",
    "stabilityai/stable-diffusion-xl-base-1.0",
    "runwayml/stable-diffusion-v1-5",
]
CHECKPOINTS_NAMED = [
    "chilloutmix",
    "realisticVision",
    "majicmix",
    "epiCRealism",
    "juggernautXL",
    "dreamshaper_8",
    "AbsoluteReality",
]
SUPPORT = [
    "<p>If you like my work consider buying me a coffee ☕ https://ko-fi.com/{u}</p>",
    "<p><strong>Support me on Patreon</strong> to vote for the next models ❤️</p>",
    "<p>pls leave a review and post ur images, it helps a lot!! 🙏</p>",
    "<p>Join my discord for requests: discord.gg/{u}</p>",
    "<p>Buzz tips are appreciated ⚡ thanks for 10k downloads!!</p>",
]
LANG_LINES = {
    "zh": ["<p>推荐权重0.6-0.8，配合高清修复效果更好。</p>", "<p>请勿用于商业用途，谢谢。</p>"],
    "ja": ["<p>推奨ウェイトは0.7前後です。</p>", "<p>商用利用はご遠慮ください。</p>"],
    "ko": ["<p>가중치 0.7 추천합니다.</p>", "<p>상업적 이용은 금지입니다.</p>"],
    "es": ["<p>Peso recomendado 0.7, funciona mejor con modelos realistas.</p>"],
    "ru": ["<p>Рекомендуемый вес 0.7, лучше всего с реалистичными моделями.</p>"],
    "pt": ["<p>Peso recomendado 0.7 – funciona melhor em modelos realistas.</p>"],
    "de": ["<p>Empfohlene Stärke 0,7. Funktioniert am besten mit realistischen Modellen.</p>"],
}
SAMPLERS = ["DPM++ 2M Karras", "Euler a", "DPM++ SDE Karras", "DDIM"]
SFW_PROMPT_BITS = [
    "portrait",
    "upper body",
    "looking at viewer",
    "soft lighting",
    "smile",
    "street photography",
    "bokeh",
    "film grain",
    "white shirt",
    "denim jacket",
    "golden hour",
    "cafe",
    "rain",
    "close-up",
    "35mm",
]
NEG_PROMPT = "lowres, bad anatomy, bad hands, worst quality, blurry, watermark, extra fingers"
