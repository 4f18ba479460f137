"""Vocabularies of the ninth dev set: every person, show and brand here is invented.

Part ``A`` feeds ``dev9``, part ``B`` feeds ``hold9`` (other given names, surname syllables,
East-Asian names, world names, shows, franchises, handles, painters and personas), so hold9
names nobody dev9 names.
"""

from __future__ import annotations

from typing import Any

# Western given names (gender is the name's usual one) and surname syllables.
FEMALE = {
    "A": [
        "Marisol",
        "Tamsin",
        "Odalys",
        "Verity",
        "Liesl",
        "Anouk",
        "Brielle",
        "Sunniva",
        "Isaura",
        "Maelle",
        "Kerensa",
        "Perpetua",
        "Jolene",
        "Ottilie",
        "Rhiannon",
    ],
    "B": [
        "Clemence",
        "Wilhelmina",
        "Saoirse",
        "Idony",
        "Roisin",
        "Esmee",
        "Lavinia",
        "Hedda",
        "Delphine",
        "Marguerite",
        "Aurelie",
        "Thisbe",
        "Ysolde",
        "Henrietta",
        "Minerva",
    ],
}
MALE = {
    "A": ["Leopold", "Caspian", "Thaddeus", "Ambrose", "Florian", "Evander", "Lucian", "Osric"],
    "B": ["Barnaby", "Cormac", "Ignatius", "Percival", "Alaric", "Benedikt", "Torsten", "Quillon"],
}
SYL_START = {
    "A": ["Vand", "Kest", "Morr", "Tull", "Brisk", "Quor", "Yarr", "Dunst", "Pell", "Harg"],
    "B": ["Zell", "Crom", "Wisp", "Trav", "Gorl", "Ferr", "Lusk", "Nabb", "Orv", "Scal"],
}
SYL_END = {
    "A": ["ington", "avelle", "ork", "emund", "arrow", "iquez", "olt", "enby"],
    "B": ["acott", "imore", "usk", "erwell", "anche", "ovich", "ett", "alby"],
}
# Surnames that are ordinary English words, and given names that are too.
WORD_SURNAME = {
    "A": ["Meadow", "Thistle", "Copper", "Lantern", "Harbor", "Willow", "Sparrow", "Quarry"],
    "B": ["Pebble", "Bramble", "Cinder", "Orchard", "Falcon", "Marble", "Kettle", "Saddle"],
}
WORD_GIVEN_F = {
    "A": ["Clover", "Saffron", "Juniper", "Marigold"],
    "B": ["Hazel", "Sorrel", "Wren", "Tansy"],
}
STAGE = {
    "A": ["Zerelda", "Kyrabelle", "Nyxie", "Solenne", "Vantablue"],
    "B": ["Oriella", "Quinzel", "Lumira", "Xandrie", "Ravvyn"],
}

# East-Asian names: (script, romanisation), gender by given name as a native reader knows it.
ZH_FAMILY = {
    "A": [("欧阳", "Ouyang"), ("司马", "Sima"), ("闻人", "Wenren"), ("贺", "He")],
    "B": [("尉迟", "Yuchi"), ("慕容", "Murong"), ("钟离", "Zhongli"), ("籍", "Ji")],
}
ZH_GIVEN_F = {
    "A": [("婉清", "Wanqing"), ("梦瑶", "Mengyao"), ("诗涵", "Shihan"), ("雨婷", "Yuting")],
    "B": [("晓雯", "Xiaowen"), ("静怡", "Jingyi"), ("佳琪", "Jiaqi"), ("若曦", "Ruoxi")],
}
ZH_GIVEN_M = {
    "A": [("浩然", "Haoran"), ("子轩", "Zixuan")],
    "B": [("俊杰", "Junjie"), ("宇航", "Yuhang")],
}
JA_FAMILY = {
    "A": [("霧島", "Kirishima"), ("東雲", "Shinonome"), ("花房", "Hanabusa"), ("久遠", "Kuon")],
    "B": [
        ("白鳥", "Shiratori"),
        ("月岡", "Tsukioka"),
        ("鷹司", "Takatsukasa"),
        ("葛城", "Katsuragi"),
    ],
}
JA_GIVEN_F = {
    "A": [("さくら", "Sakura"), ("美咲", "Misaki"), ("あやめ", "Ayame"), ("彩花", "Ayaka")],
    "B": [("結衣", "Yui"), ("かすみ", "Kasumi"), ("真由", "Mayu"), ("美穂", "Miho")],
}
JA_GIVEN_M = {"A": [("健太", "Kenta"), ("翔", "Sho")], "B": [("大輔", "Daisuke"), ("蓮", "Ren")]}
KO_FAMILY = {
    "A": [("남궁", "Namgung"), ("황보", "Hwangbo"), ("탁", "Tak"), ("변", "Byeon")],
    "B": [("제갈", "Jegal"), ("독고", "Dokgo"), ("선우", "Sunwoo"), ("여", "Yeo")],
}
KO_GIVEN_F = {
    "A": [("서연", "Seo-yeon"), ("하은", "Ha-eun"), ("민지", "Min-ji"), ("수아", "Su-a")],
    "B": [("예린", "Ye-rin"), ("다은", "Da-eun"), ("채원", "Chae-won"), ("유나", "Yu-na")],
}
KO_GIVEN_M = {
    "A": [("도윤", "Do-yun"), ("시우", "Si-u")],
    "B": [("준호", "Jun-ho"), ("현우", "Hyeon-u")],
}

# Names of other cultures: (display, romanised or None, gender).
WORLD: dict[str, list[tuple[str, str | None, str]]] = {
    "A": [
        ("Adaeze Okonkwo-Bright", None, "female"),
        ("Ximena Barrientos Olmedo", None, "female"),
        ("Anaïs de la Roncière", None, "female"),
        ("Priyamvada Raghunathan", None, "female"),
        ("Noor al-Haddadi", None, "female"),
        ("Thandeka Mabuzela", None, "female"),
        ("Saskia van der Molenbeek", None, "female"),
        ("Iñaki Zubeldia", None, "male"),
        ("Aoife Ní Bhraonáin", None, "female"),
    ],
    "B": [
        ("Chiamaka Eze-Lawal", None, "female"),
        ("Valentina Echeverry Maldonado", None, "female"),
        ("Maëlys d'Arcangues", None, "female"),
        ("Ananya Venkatachalam", None, "female"),
        ("Layla bint Khalidi", None, "female"),
        ("Nomvula Sithebe", None, "female"),
        ("Femke ter Haarhuis", None, "female"),
        ("Joaquín Errazuriz", None, "male"),
        ("Gráinne O'Dwyer-Quill", None, "female"),
    ],
}
# Names in their own script with the romanisation: (script, roman, gender, language).
SCRIPT_NAMES: dict[str, list[tuple[str, str, str, str]]] = {
    "A": [
        ("Алина Зверобоева", "Alina Zveroboeva", "female", "ru"),
        ("प्रियंका मल्होत्रावाल", "Priyanka Malhotrawal", "female", "hi"),
        ("ليلى الزعفراني", "Layla al-Zafarani", "female", "ar"),
        ("ნინო ქავთელაძე", "Nino Kavteladze", "female", "ka"),
        ("Дмитрий Сквородин", "Dmitry Skvorodin", "male", "ru"),
    ],
    "B": [
        ("Кира Метелкина", "Kira Metelkina", "female", "ru"),
        ("मीनाक्षी चंद्रवंशी", "Meenakshi Chandravanshi", "female", "hi"),
        ("ياسمين القرطاجي", "Yasmin al-Qartaji", "female", "ar"),
        ("نیلوفر سپیدرود", "Niloufar Sepidrood", "female", "fa"),
        ("Арсений Полозков", "Arseny Polozkov", "male", "ru"),
    ],
}

SHOWS = {
    "A": ["Harrowgate Station", "The Salt Crown", "Velvet Precinct", "Midnight at Larkspur"],
    "B": ["Copperline", "The Glass Orchard", "Dominion Bay", "Tidewater Court"],
}
KDRAMAS = {"A": ["달빛 계약", "Moonlit Contract"], "B": ["푸른 서약", "Blue Vow"]}
ROLES_F = {
    "A": ["Detective Ines", "Queen Ysmay", "Dr. Corra"],
    "B": ["Captain Vesna", "Lady Orla", "Agent Pim"],
}
FRANCHISES = {
    "A": ["Starfall Requiem", "Azure Lantern Chronicles", "Project Kagerou", "Ironbloom Saga"],
    "B": ["Crimson Tide Academy", "Nocturne Drive", "Eclipse Garrison", "Silverwing Tales"],
}
ANIME_CHARS = {
    "A": [
        ("Rika Tsukishiro", "月城リカ"),
        ("Elaine Harcourt", None),
        ("Mio Kazahaya", "風早ミオ"),
        ("Serena Vaillant", None),
        ("Aoi Fujinami", "藤波あおい"),
    ],
    "B": [
        ("Nanami Kurogane", "黒鉄ななみ"),
        ("Lucille Brandt", None),
        ("Hotaru Aozora", "青空ほたる"),
        ("Margot Sinclaire", None),
        ("Chie Hoshimiya", "星宮ちえ"),
    ],
}
GAME_NPCS = {
    "A": ["Gideon Farrowmoor", "Isolde Brackwater", "Matthias Crane"],
    "B": ["Hollis Wexford", "Rosalind Grieve", "Edmund Tallow"],
}
VTUBERS = {
    "A": ["Kuromi Nebula", "Pipi Lunaris", "Shion Vesper"],
    "B": ["Mochi Aurelia", "Rin Stardrop", "Yuzu Noctis"],
}
PAINTERS = {
    "A": ["Anselm Korvath", "Odile Marchetti", "Teodor Blaskiewicz"],
    "B": ["Hieronymus Vell", "Clothilde Ravenne", "Ivo Stranjak"],
}
PHOTOGRAPHERS = {
    "A": ["Benedetta Lorne", "Kasimir Holt"],
    "B": ["Philippa Wrenfield", "Anton Vasquell"],
}
CHECKPOINTS = {
    "A": ["LumaReal", "Porcelain Skin XL", "EpicPhoto Mix", "VerismoMix", "Daylight Realism"],
    "B": ["NaturaPix", "SilkPortrait XL", "HyperLens Mix", "RealVibe", "Candid Film XL"],
}
NAMED_CHECKPOINTS = {"A": ["IsabellaMix", "ChloeReal"], "B": ["SophiaPhoto", "AmeliaMix"]}
PERSONAS = {
    "A": [("Elara Voss", "@elara.voss.ai"), ("Mina Solberg", "@minasolberg_ai")],
    "B": [("Kaia Lindqvist", "@kaia.virtual"), ("Yuna Haverly", "@yuna_haverly_ai")],
}
HANDLES = {
    "A": ["peachyplum.cos", "lunastitch_", "the_brisk_baker", "gamer_tamsin", "moss.and.maple"],
    "B": ["velvetvixen.cos", "honeyquartz", "stitchbyroisin", "hedda_plays", "fernandfog"],
}
MALE_HANDLES = {
    "A": ["grumpyforge_tv", "kastor_live"],
    "B": ["bigbarnabyplays", "torsten_speedruns"],
}
CREATORS = {
    "A": ["pixelmonk", "loraforge99", "sd_tinker", "nightowl_ai", "kojicat"],
    "B": ["foggylens", "tensor_tom", "mossbyte", "ricepaper_ai", "quietmerge"],
}


def vocab(part: str) -> dict[str, Any]:
    """Every vocabulary of one part as a dict of lists."""
    return {
        name: table[part]
        for name, table in globals().items()
        if name.isupper() and isinstance(table, dict) and part in table
    }
