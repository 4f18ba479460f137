"""Vocabulary of the fourteenth dev set: every list split in two (A for dev14, B for hold14).

All names here are invented for this set (surnames are built from the syllables below); nothing
is taken from an earlier set, the real catalog or the POI list.
"""

from __future__ import annotations

from typing import Any

# fmt: off
_LISTS: dict[str, list[Any]] = {
    # given names: female, male, unisex (unisex ones carry no gender by themselves)
    "GIVEN_F": [
        "Ottilie", "Maren", "Ysolde", "Brielle", "Henrike", "Solveig", "Lucinda", "Marisol",
        "Oriane", "Tamsin", "Evadne", "Rosalba", "Ilona", "Philippa", "Annelie", "Greer",
        "Clothilde", "Saskia", "Verity", "Ludmila", "Imogen", "Perpetua", "Agnetha", "Romilly",
        "Ximena", "Liesel", "Fenella", "Caridad", "Odalys", "Berenike", "Thomasina", "Ondine",
        "Marguerite", "Ines", "Delphine", "Wilhelmina", "Jocasta", "Mireille", "Elowen", "Ginevra",
    ],
    "GIVEN_M": [
        "Anselmo", "Torvald", "Casimir", "Leopold", "Evander", "Barnaby", "Radomir", "Ignatius",
        "Osric", "Florian", "Thaddeus", "Emeric", "Leander", "Wendelin", "Cosimo", "Hallvard",
        "Benedikt", "Lorcan", "Severin", "Gustavo", "Ambrose", "Tiberiu", "Joachim", "Crispin",
    ],
    "UNISEX": [
        "Rowan", "Sasha", "Jules", "Marlowe", "Emerson", "Sidney", "Remy", "Lennox", "Ashby",
        "Quinn", "Hollis", "Arden", "Sunny", "Ellery", "Campbell", "Briar", "Kit", "Wren",
    ],
    "SYL1": [
        "Vell", "Ostr", "Quar", "Brand", "Hask", "Lind", "Morv", "Tresk", "Alb", "Fenw", "Drav",
        "Corm", "Pell", "Skarv", "Yorn", "Gald", "Ruth", "Wend", "Kesl", "Thorv",
        "Bram", "Oszt", "Lomb", "Crev", "Harr", "Ivr", "Jask", "Marr", "Nesk", "Perv",
        "Rask", "Sollv", "Tarr", "Ulv", "Varg", "Wyck", "Zell", "Ebb", "Grinn", "Holl",
    ],
    "SYL2": [
        "ington", "ecker", "aszek", "ovane", "ermont", "ildsen", "achet", "usker", "omira",
        "enbach", "ardine", "olsky", "erwood", "ilde", "avell", "under", "iscoll", "ebrand",
        "evoort", "ossian", "amund", "ickley", "orrin", "elmark", "astone", "ugard", "ethorpe",
        "illac", "ornby", "azzard",
    ],
    "COUNTRIES": [
        "Danish", "Chilean", "Portuguese", "Slovenian", "Kenyan", "Scottish", "Uruguayan",
        "Estonian", "Filipino", "Belgian", "Moroccan", "Canadian", "Croatian", "Welsh",
    ],
    "TRADES_F": [
        "sculptor", "cellist", "newsreader", "actress", "sprinter", "novelist", "comedian",
        "soprano", "ceramicist", "presenter", "violinist", "climber", "singer", "rally driver",
    ],
    "TRADES_M": [
        "baritone", "goalkeeper", "actor", "drummer", "broadcaster", "cyclist", "playwright",
        "tenor", "magician", "fencer", "saxophonist", "rower",
    ],
    # gender only by a trade word in another language: (word, language, gender)
    "FOREIGN_TRADES": [
        ("Sängerin", "German", "female"), ("Schauspieler", "German", "male"),
        ("chanteur", "French", "male"), ("actrice", "French", "female"),
        ("attrice", "Italian", "female"), ("cantautore", "Italian", "male"),
        ("apresentador", "Portuguese", "male"), ("atriz", "Portuguese", "female"),
        ("aktorka", "Polish", "female"), ("piosenkarz", "Polish", "male"),
        ("présentateur", "French", "male"), ("skuespillerinne", "Norwegian", "female"),
        ("tanečnice", "Czech", "female"), ("Moderatorin", "German", "female"),
        ("zangeres", "Dutch", "female"), ("balerina", "Croatian", "female"),
    ],
    "PARTICLES": [
        ("Saskia", "van der", "Holt", "female"), ("Mirthe", "ten", "Brugge", "female"),
        ("Konstanze", "von", "Altenrath", "female"), ("Eberhard", "von", "Kessling", "male"),
        ("Benedita", "da", "Ribalta", "female"), ("Joost", "van den", "Akker", "male"),
        ("Leonor", "de la", "Fuenmayor", "female"), ("Hendrika", "van", "Oosterwijk", "female"),
        ("Ottavia", "di", "Sanvitale", "female"), ("Rutger", "van der", "Mheen", "male"),
        ("Aurelie", "de", "Montbrison", "female"), ("Griet", "ter", "Horst", "female"),
    ],
    "GAELIC": [
        ("Siobhán", "Ní", "Fhearghail", "female"), ("Ciarán", "Mac", "Giolla", "male"),
        ("Aoife", "O'", "Tuathail", "female"), ("Déaglán", "Mc", "Ardle", "male"),
        ("Gráinne", "Nic", "Conmara", "female"), ("Niamh", "O'", "Dubhlainn", "female"),
        ("Eilís", "Mc", "Garrahy", "female"), ("Tadhg", "O'", "Cinnéide", "male"),
        ("Róisín", "Mac", "Amhlaoibh", "female"), ("Caoimhe", "O'", "Loingsigh", "female"),
    ],
    # Malay names: given, father's given; gender only by bin / binti
    "MALAY": [
        ("Nur Syafiqah", "Kamarulzaman", "female"), ("Siti Nadhirah", "Rosmadi", "female"),
        ("Ahmad Haziq", "Zulkarnain", "male"), ("Mohd Irfan", "Shahrulnizam", "male"),
        ("Nurul Ain", "Baharuddin", "female"), ("Wan Amirul", "Fadzilah", "male"),
        ("Aina Sofea", "Mokhtaruddin", "female"), ("Farah Izzati", "Jamaluddin", "female"),
    ],
    # Hispanic given name(s), first and second surname
    "HISPANIC": [
        ("María Fernanda", "Quintarra", "Belmonte", "female"),
        ("Luz Amparo", "Echevarri", "Solís", "female"),
        ("José Ignacio", "Larrazábal", "Ocampo", "male"),
        ("Rocío", "Baldomero", "Urquiza", "female"),
        ("Ana Lucía", "Villarrubia", "Cienfuegos", "female"),
        ("Diego Alonso", "Mondragón", "Itúrbide", "male"),
        ("Catalina", "Ruiseñada", "Goicoechea", "female"),
        ("Itziar", "Zabaleta", "Orbegozo", "female"),
    ],
    # single-name Indonesians: (name, Indonesian trade word, gender the Javanese name shows)
    "INDONESIAN": [
        ("Sulastriani", "penyanyi dangdut", "female"), ("Wiryawanto", "aktor", "male"),
        ("Purwaningtyas", "aktris", "female"), ("Sukmawatiningsih", "pesinden", "female"),
        ("Darmokusumo", "dalang", "male"), ("Ratnaningrum", "penari", "female"),
        ("Kartikasari", "aktris", "female"), ("Suryobroto", "pelawak", "male"),
    ],
    "EAST_ASIAN": [
        # (family, given, script, gender)
        ("Tachibanaya", "Mioko", "橘屋美緒子", "female"), ("Ryu", "Seobin", "류서빈", "female"),
        ("Gou", "Yiqing", "缑逸晴", "female"), ("Hanamura", "Kentaro", "花邑健太郎", "male"),
        ("Seok", "Haeun", "석하은", "female"), ("Qiu", "Mingze", "仇明泽", "male"),
        ("Kurosaka", "Ayane", "黒坂彩音", "female"), ("Pyo", "Jiwoo", "표지우", "female"),
    ],
    "HOSPITALS": [
        "St. Aldhelm's Hospital", "Norrvik University Hospital", "Clínica Santa Brígida",
        "Harrowgate Royal Infirmary", "Ospedale San Teodoro", "Kettleby Children's Clinic",
    ],
    "SPECIALTIES": [
        "cardiologist", "neurosurgeon", "paediatric oncologist", "epidemiologist",
        "orthopaedic surgeon", "dermatologist",
    ],
    "STATIONS": [
        ("Wavecrest", "98.4"), ("Radio Lindholm", "101.7"), ("Heartland Talk", "88.9"),
        ("Kanal Fjord", "93.2"), ("Coastline Classics", "104.1"), ("Onda Serrana", "96.6"),
    ],
    "EXPEDITIONS": [
        "the Halvorsen Ice Traverse", "the 2019 Karakor North Face attempt",
        "the Tierra Austral kayak crossing", "the Svalgard winter overland",
        "the Annapura South solo", "the Makalo ridge expedition",
    ],
    "AGENCIES": [
        "Quillon Models", "Ferrante Management", "North Atelier Agency", "Velvet Row Talent",
        "Studio Oberlin Models", "Halcyon Faces",
    ],
    "STATIONS_TV": ["Kanal Vier", "Channel Meridian", "TV Solano", "Norrsken 2"],
    "DRAMAS": [
        ("The Lamplighter's Daughter", "Lady Corisande"), ("Harbour of Saints", "Inspector Dray"),
        ("Salt and Cinder", "Matron Ebba"), ("Glass Orchard", "Dr. Lysander"),
        ("The Winter Ledger", "Countess Ilvane"), ("Brass Meridian", "Captain Hesketh"),
    ],
    "GALAS": [
        "Lindqvist Gala", "Marrowfield Film Festival", "Tessaro Book Fair", "Aldenmoor Awards",
        "Quayside Jazz Week", "Sorvino Fashion Night",
    ],
    "HANDLES": [
        "mossy.mornings", "lil_kestrel", "goodnight.gemma_", "thecozyclay", "ravenfern_",
        "softspokenseb", "tidepoolteri", "whisk.and.wander", "noodle.nomad", "fernfoxx",
        "paperlanternlu", "bramblebee.art", "sleepy.sorrel", "kiln_and_kettle", "velvetcrumbs",
        "marigold.mornings", "ghostlight.gigi", "saltmarsh.sam", "crumpet.cosplays",
        "oatmilk.odile", "lanternjaw.lou", "tinsel_and_thorn", "whispering.wynn",
        "pebble.and.pine", "honeyed.hush", "quietquill_",
    ],
    "GAMES_TWITCH": ["Ember Tactics", "Harvest Valley Online", "Voidrunner 3", "Pixel Siege"],
    "CHARACTERS_ANIME": [
        # (character, series, booru tag)
        ("Kuzunoha Rinka", "Starfall Academy", "kuzunoha_rinka"),
        ("Aoyagi Tsumugi", "Lantern Witch Delivery", "aoyagi_tsumugi"),
        ("Mirei Sendou", "Crimson Relay", "sendou_mirei"),
        ("Hoshizora Kanade", "Moonlit Orchestra", "hoshizora_kanade"),
        ("Fuyutsuki Shion", "Blade of Tsukuyomi", "fuyutsuki_shion"),
        ("Yumehara Nanami", "Magical Idol Prism Bell", "yumehara_nanami"),
        ("Kagurazaki Ren", "Iron Lotus", "kagurazaki_ren"),
        ("Shirogane Hotaru", "Snowglobe Detectives", "shirogane_hotaru"),
        ("Amamiya Sora", "Skyward Rail", "amamiya_sora_(skyward)"),
        ("Tsukishiro Mayu", "Paper Moon Cafe", "tsukishiro_mayu"),
        ("Ibuki Kotone", "Grimoire Garden", "ibuki_kotone"),
        ("Natsume Airi", "Summer Pocket Radio", "natsume_airi_(radio)"),
        ("Rikka Valenstein", "Arc Nova Chronicle", "rikka_valenstein"),
        ("Hinamori Yuzuha", "Teatime Exorcists", "hinamori_yuzuha"),
        ("Sakuraba Ichika", "Tidebound", "sakuraba_ichika"),
        ("Kirishima Noa", "Static Garden", "kirishima_noa"),
        ("Minazuki Reina", "Velvet Arcana", "minazuki_reina"),
        ("Koharu Ashdown", "Clockwork Lullaby", "koharu_ashdown"),
        ("Yozakura Fumi", "Ghost Lantern Inn", "yozakura_fumi"),
        ("Takanashi Ruri", "Dragon Post Office", "takanashi_ruri"),
        ("Shinonome Aki", "Blue Hour Brigade", "shinonome_aki"),
        ("Hazuki Lumi", "Stellar Cadets", "hazuki_lumi"),
        ("Aizome Kyouka", "Ink and Petal", "aizome_kyouka"),
        ("Mikage Suzuna", "Nightbloom", "mikage_suzuna"),
        ("Orihara Chise", "Lost Signal", "orihara_chise"),
        ("Tokiwa Mashiro", "Garnet Express", "tokiwa_mashiro"),
        ("Sumeragi Elle", "Sword Saint Academy", "sumeragi_elle"),
        ("Kotobuki Hana", "Bakery Knights", "kotobuki_hana"),
        ("Asagiri Mitsuha", "Rainbell Shrine", "asagiri_mitsuha"),
        ("Kanzaki Ururu", "Dokidoki Dungeon Club", "kanzaki_ururu"),
        ("Senri Albaflame", "Arc Nova Chronicle", "senri_albaflame"),
        ("Tamaki Yoriko", "Overtime Sorcerers", "tamaki_yoriko"),
        ("Oborozuki Setsuna", "Blade of Tsukuyomi", "oborozuki_setsuna"),
        ("Hiiragi Momiji", "Autumn Relay", "hiiragi_momiji"),
        ("Mizuhara Kokone", "Ocean Lab Girls", "mizuhara_kokone"),
        ("Akatsuki Nene", "Crimson Relay", "akatsuki_nene"),
        ("Kisaragi Uta", "Songbird Syndicate", "kisaragi_uta"),
        ("Fujibayashi Rio", "Starfall Academy", "fujibayashi_rio"),
        ("Yuuki Marguerite", "Rose Garden Knights", "yuuki_marguerite"),
        ("Sawatari Kaho", "Lantern Witch Delivery", "sawatari_kaho"),
        ("Himemiya Tsubaki", "Velvet Arcana", "himemiya_tsubaki"),
        ("Rindou Akane", "Snowglobe Detectives", "rindou_akane"),
    ],
    "GACHA": [
        ("Veyla", "Aetherfall", "Summer Tide"), ("Corvina", "Star Rail Saga", "Moonlit Masquerade"),
        ("Isolde Frostmere", "Crownfall", "Winter Gala"), ("Lirien", "Arcana Chronicle", "Idol"),
        ("Seraphine Vox", "Eclipse Protocol", "New Year"), ("Maelis", "Aetherfall", "Maid"),
        ("Rosalind Ashveil", "Crownfall", "Swimsuit"), ("Tempest", "Neon Vanguard", "Uniform"),
    ],
    "VTUBERS": [
        ("Mochizuki Pudding", "Lumina Live"), ("Kira Nebulina", "indie"),
        ("Usagi Kurokami", "Prismhaus"), ("Aria Stormbell", "VStellar"),
        ("Neko Hanabira", "indie"), ("Celestia Nocturne", "Lumina Live"),
    ],
    "BOARDGAME": [
        ("Professor Ambrosine Pike", "Murder at Gallowmere Manor"),
        ("Colonel Ravensworth", "Murder at Gallowmere Manor"),
        ("Lady Beatrix Moorcroft", "The Hollowvale Affair"),
        ("Dr. Silas Quenby", "The Hollowvale Affair"),
        ("Madame Olenska Frey", "Midnight on the Orient Spur"),
        ("Miss Posy Larkspur", "Midnight on the Orient Spur"),
    ],
    "COMICS": [
        ("Dottie Fairweather", "Sunday strip 'Fairweather Friends'"),
        ("Hank Pemberton", "the daily strip 'Pemberton's Lot'"),
        ("Millicent Crumb", "the webcomic 'Crumb & Co.'"),
        ("Gus Ollander", "the newspaper strip 'Ollander Heights'"),
        ("Agatha Wimble", "the webcomic 'Wimble Street'"),
        ("Rosie Tumbleweed", "the strip 'Tumbleweed Flats'"),
    ],
    "OPERAS": [
        ("Donna Aurelia", "La Fanciulla del Faro"), ("Count Orsino Valle", "Il Barcaiolo"),
        ("Leonora Sbrighi", "I Vespri di Malta"), ("Queen Ilmatar", "Der Nordlichtkönig"),
        ("Margarethe Vogl", "Die Seidenweberin"), ("Rusalina", "The Water Sprite of Kolm"),
    ],
    "NOVELS": [
        ("Clementine Ashby-Ward", "The Salt Gardens"), ("Josiah Marchbanks", "Rain on Fenwick Row"),
        ("Henrietta Quayle", "A Season at Larkmoor"), ("Thomasin Ember", "The Glassblower's Ward"),
    ],
    "PAINTERS": [
        "Aurelian Voskuijl", "Magdalena Trzcielska", "Edmé Roussillac", "Theodora Brannagh",
        "Jörgen Blixtholm", "Carolus Ventimiglio", "Hester Ravenhill", "Ilse Marbacher",
    ],
    "DIRECTORS": [
        "Oskar Hallengren", "Valentina Escarrá", "Teodor Bratescu", "Marguerite Delaunoy",
        "Kenji Haranobu", "Ingeborg Sollied",
    ],
    "CHECKPOINTS": [
        "Lumen Real", "Stillframe", "TrueGrain", "Portra Dream", "Northlight Photo",
        "Velvet Skin", "Daylight Candid", "Analog Soul", "Clearwater", "Silverprint",
        "RealVista", "Moonstone Photo", "Halide", "Everyday Real", "Kodacrest", "Nightjar",
        "Brightline", "Softbox", "Filmwerk", "Meridian Real", "Ambergrain", "Open Aperture",
        "Lifecast", "Candor",
    ],
    "CLOTHES": [
        "quilted barn jacket", "pleated tennis skirt", "wool duffle coat", "linen guayabera",
        "sequin flapper dress", "hanbok with jeogori", "cable-knit fisherman sweater",
        "velvet opera gloves", "oilskin rain slicker", "tiered prairie dress",
        "double-breasted pea coat", "silk kimono robe", "embroidered dirndl",
        "corduroy overalls", "lace mantilla", "puffer vest", "batik sarong", "ao dai",
        "denim chore coat", "mohair cardigan",
    ],
    "GARMENTS": [
        ("Hargreave jacket", "the tailor Edwin Hargreave"),
        ("Lisette collar", "a 1920s couturière"),
        ("Ambrose coat", "a Victorian outfitter"),
        ("Valmont blazer", "a Paris tailor house"),
        ("Corliss boot", "an Edwardian bootmaker"),
        ("Marchetti sleeve", "a Milanese atelier"),
    ],
    "LIGHTS": [
        "rim light through fog", "sodium streetlamp glow", "window blinds shadows",
        "overcast softbox light", "neon rain reflections", "candle-lit chiaroscuro",
        "dappled forest light", "harsh noon sun", "blue hour ambience", "lens flare halo",
        "over-the-shoulder pose", "crouching pose", "hands-in-pockets pose", "looking back pose",
        "dutch angle", "fisheye close-up", "from below", "walking toward camera",
    ],
    "BRIDGES": [
        "Ottoline Graves Bridge", "Kasimir Thalberg Bridge", "Hedda Brunnholm Viaduct",
        "Amadeo Ferrucci Bridge", "Winifred Castellane Footbridge", "Oswin Marlow Bridge",
    ],
    "STADIUMS": [
        "Estadio Ramón Ybarrola", "Tomasz Wierzbicki Arena", "Gwendolyn Shore Stadium",
        "Parc Émile Bastarache", "Holger Ravnsborg Stadion", "Camilla Orsetti Arena",
    ],
    "APPLES": [
        "Lady Hestercombe apple", "Bramwell's Seedling", "Ottilie Russet",
        "Mistress Pennyfold pippin", "Sir Aldous Pearmain", "Granny Wexcombe",
    ],
    "BAKERIES": [
        ("Tante Mirela", "bakery chain"), ("Mrs. Applegate's", "cookie brand"),
        ("Oma Henni", "rye bread brand"), ("Uncle Tobiah's", "pretzel stand chain"),
        ("Mamma Serafina", "frozen pizza brand"), ("Señora Dulce", "pastry chain"),
    ],
    "PRODUCTS": [
        ("Greta 5000", "stand mixer"), ("Ottmar", "modular synthesizer"),
        ("Lena Lite", "e-bike"), ("Frida Pro", "robot vacuum"), ("Bertha", "espresso machine"),
        ("Clara X2", "mirrorless camera"), ("Hugo", "smart speaker"), ("Matilda", "sailboat class"),
    ],
    "PERSONAS": [
        "Seraphina Glow", "Mila Vantablack", "Noor Solenne", "Elara Kwon-Vix", "Ivy Quasar",
        "Luna Mercato", "Cassia Drift", "Zelie Aurum",
    ],
    "ANCHORS": [
        ("Ava Syntheia", "NewsNova"), ("Lin Aurelio", "Channel Zero AI"),
        ("Sana Virtua", "DailyBrief Bot"), ("Nova Halden", "Meridian AI News"),
    ],
    "PLACEHOLDERS": ["Jane Sample", "Mary Placeholder", "Joan Exampleton", "Sue Testperson"],
    "UX_PERSONAS": [
        ("Priyanka the product manager", "34"), ("Dolores the retiree", "67"),
        ("Marcus the student", "21"), ("Helga the nurse", "45"),
        ("Tomasz the courier", "29"), ("Ayesha the accountant", "38"),
    ],
    "ASTEROIDS": [
        "(48213) Vellacourt", "(90114) Ostrander-Bey", "(31877) Maribeth", "(72096) Hollin",
        "(55402) Idunnbrekke", "(66918) Castellvi",
    ],
    "AIRPORTS": [
        "Ingrid Solheim International", "Aeropuerto Doña Felisa Carranza",
        "Bartholomew Okonedo Airport", "Aéroport Séverine Lachapelle",
        "Radovan Kusturin Airport", "Aeroporto Benedetta Scalzi",
    ],
    "KNOTS": [
        "Halloran hitch", "Marchmont bend", "Pettigrew loop", "Ashworth splice",
        "Trevelyan whipping", "Dunmore sheet bend",
    ],
    "LIGHTHOUSES": [
        "Agnes Thornbury Lighthouse", "Fyr Karsten Blom", "Faro Doña Remedios",
        "Cyrus Penhallow Light", "Phare Hortense Quéméner", "Leuchtturm Gesine Harms",
    ],
    "ADAGES": [
        "Vellington's Law of deadlines", "Okafor's Razor", "Brannigan's Rule of meetings",
        "Pemberly's Principle", "Castellane's Paradox", "Hoskins' Law of queues",
    ],
    "TOOLS": [
        "4x-UltraCrisp upscaler", "negative embedding pack", "vae fix for SDXL",
        "ControlNet depth preprocessor", "clip-vision encoder", "hires-fix helper",
        "noise offset lora", "detail tweaker slider",
    ],
    "HF_STYLES": [
        "tintype", "risograph-print", "expired-film", "disposable-camera", "harbor-fog",
        "darkroom-red", "lomo-lca", "cross-processed", "wet-plate", "halftone-zine",
        "infrared-aerochrome", "pinhole-camera",
    ],
    "DETECTORS": [
        "face_yolov9c", "hand_yolov8s", "person_seg_v2", "eyes_detect_s", "face_seg_m",
        "hands_rtdetr_l",
    ],
    "ORCHESTRAS": [
        "Vellmark Philharmonic", "Orquesta Sinfónica de Almagro", "Oslofjord Chamber Orchestra",
        "Brenneck Symphony",
    ],
    "CITIES": ["Harrowmere", "Santa Brígida del Monte", "Kettleby", "Norrvik", "Altenrath"],
    "AUCTION": ["Pembridge & Wolde", "Maison Carrel Enchères", "Holtby Auction Rooms"],
    "BUILDINGS": ["the Kessling Library", "the Norrvik Opera House", "the Quayside Museum"],
}
# fmt: on


def vocab(part: str) -> dict[str, list[Any]]:
    """Part A takes the even entries of every list, part B the odd ones."""
    start = {"A": 0, "B": 1}[part]
    return {key: values[start::2] for key, values in _LISTS.items()}
