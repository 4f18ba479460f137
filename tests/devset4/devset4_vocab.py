"""Vocabularies of the fourth dev set: part A feeds dev4, part B feeds hold4.

Every person, show, franchise, handle and brand here is invented. Part B shares no person,
work or handle with part A; the boilerplate pools are shared, the name pools are not.
Lists are whitespace-separated strings split at import, to keep the file short.
"""

from __future__ import annotations


def words(text: str) -> list[str]:
    return text.split()


def rows(text: str) -> list[tuple[str, ...]]:
    """Lines of `a | b | c` cells, as tuples."""
    return [tuple(c.strip() for c in line.split("|")) for line in text.strip().splitlines()]


PART_A: dict[str, object] = {
    # Western given names (uncommon ones) and surname syllables
    "west_f": words(
        "Maren Odessa Linnea Briar Calla Imogen Tamsin Verity Wren Soraya Elodie Marisol "
        "Thessaly Orla Juno Saoirse Leonie Anouk Delphine Greer Rosalind Blythe Ottilie Clemence"
    ),
    "west_m": words("Caspian Thaddeus Emrys Lorcan Anselm Bastian Crispin Idris Leander Osric"),
    "sur_head": words("Hal Vor Quen Tel Brin Cald Fen Wyn Ash Mor Carr Des Lind Pell"),
    "sur_tail": words("brook wick more ridge combe thorne grave mire dane fell hallow vane"),
    # Latin American, with diacritics
    "latin": rows(
        """Itzel | Arrizábal | female
        Xiomara | Echeverrí | female
        Maitê | Oyarzún | female
        Anahí | Zubiburu | female
        Citlali | Ibargüengoitia | female
        Teodoro | Landázuri | male"""
    ),
    # script form | romanised form | gender
    "world_script": rows(
        """Злата Вересаева | Zlata Veresaeva | female
        Милослава Дубровина | Miloslava Dubrovina | female
        Ярополк Снегирёв | Yaropolk Snegiryov | male
        ليان الزهيري | Layan Al-Zuhairi | female
        رغد القطامي | Raghad Al-Qatami | female
        กัญญารัตน์ ศรีวรางกูร | Kanyarat Sriwarangkul | female
        Ελπίδα Καραμπέτσου | Elpida Karampetsou | female
        ईशिता पसुपुलेटि | Ishita Pasupuleti | female"""
    ),
    # Romanised names of other cultures (given | family | gender)
    "global": rows(
        """Mrinalini | Kodandaram | female
        Tanvi | Venkatadri | female
        Adaeze | Okwuosa | female
        Folasade | Adebanjo-Oke | female
        Quách | Thu Hằng | female
        Lã | Minh Châu | female
        Maricel | Dimaculangan | female
        Kwabena | Ofori-Atta Mensima | male
        Thitirat | Phetcharaporn | female"""
    ),
    # Chinese: (hanzi, pinyin)
    "zh_family": rows(
        """令狐 | Linghu
        皇甫 | Huangfu
        宇文 | Yuwen
        澹台 | Tantai
        缑 | Gou
        阚 | Kan
        邰 | Tai"""
    ),
    "zh_given_f": rows(
        """霁妍 | Jiyan
        沐瑶 | Muyao
        芊蕴 | Qianyun
        晗汐 | Hanxi
        绮黛 | Qidai
        萱岚 | Xuanlan
        婳 | Hua"""
    ),
    "zh_given_m": rows(
        """骁珩 | Xiaoheng
        翊锴 | Yikai
        昀屹 | Yunyi"""
    ),
    # Japanese: (kanji, kana, romaji)
    "ja_family": rows(
        """東雲 | しののめ | Shinonome
        御手洗 | みたらい | Mitarai
        九十九 | つくも | Tsukumo
        鷹司 | たかつかさ | Takatsukasa
        一番ヶ瀬 | いちばんがせ | Ichibangase"""
    ),
    "ja_given_f": rows(
        """凛花 | りんか | Rinka
        柚葉 | ゆずは | Yuzuha
        澪音 | みおん | Mion
        紗良 | さら | Sara
        ひなの | ひなの | Hinano
        詩織 | しおり | Shiori"""
    ),
    "ja_given_m": rows(
        """蒼真 | そうま | Soma
        湊斗 | みなと | Minato"""
    ),
    # Korean: (hangul, romanised)
    "ko_family": rows(
        """독고 | Dokgo
        황보 | Hwangbo
        사공 | Sagong
        서문 | Seomun"""
    ),
    "ko_given_f": rows(
        """하율 | Ha-yul
        서아 | Seo-a
        로아 | Ro-a
        다인 | Da-in
        채원 | Chae-won
        이솔 | I-sol"""
    ),
    "ko_given_m": rows(
        """도윤 | Do-yun
        시우 | Si-u"""
    ),
    # one-word stage names | gender
    "stage": rows(
        """Velvetine | female
        KAIYA | female
        Zorahna | female
        Mirelle | female
        SOLEIJA | female
        Quennah | female
        Jaxxon | male"""
    ),
    "ordinary_f": words("Daisy Holly Summer Ivy Hazel Autumn Pearl Ruby Dawn Honey"),
    "ordinary_m": words("Hunter Chase Forest Rocky"),
    "ordinary_family": words("Fox Day Stone Rivers Banks Frost Page Brook Wolf Hunt Snow Bell"),
    # live-action works: title | medium
    "shows": rows(
        """The Salt Meridian | TV series
        Harbor of Quiet Lanterns | K-drama
        Nine Ember Court | C-drama
        Glass Orchard | film
        Crimson Tideline | TV series
        Whispers at Hanok Lane | K-drama
        Midnight Apothecary | J-drama
        Los Puentes de Arena | telenovela"""
    ),
    "role_given": words("Marla Celeste Vivian Yeon-hee Meiling Harriet Isadora Nadia"),
    "role_given_m": words("Gideon Tae-jun Lucien"),
    "role_family": words("Quince Ravensworth Calloway Baek Fairbairn Dufresne Kestrel"),
    # anime / game franchises and characters (romaji names look like people's)
    "franchises": words(
        "Aether_Lancers Starlit_Requiem Crimson_Abyss_Online Petal_Storm_Academy "
        "Clockwork_Nocturne Azure_Frontier_Gacha"
    ),
    "anime_given_f": words("Nanase Kurumi Sayaka Tsubaki Haruka Mei Ayane Rin"),
    "anime_given_m": words("Kaito Ren Sousuke"),
    "anime_family": words("Kirihara Amagiri Hoshimura Tachibana Kagurazaka Shirogane"),
    # anime names in script: (script, romanised)
    "anime_script": rows(
        """星村なずな | Hoshimura Nazuna
        天霧ルカ | Amagiri Ruka
        白銀あやめ | Shirogane Ayame
        린 하나비 | Rin Hanabi
        苏晚棠 | Su Wantang"""
    ),
    "western_chars": rows(
        """Captain Vexa Thornfield | Starbound Wardens | comic
        Professor Odalys Crane | Gearheart Chronicles | cartoon
        Lady Morwen Ashveil | Realm of Cinders | game
        Sergeant Dax Kolbeck | Ironfall Tactics | game
        Pip Marigold | Toadstool Town | cartoon"""
    ),
    "vtubers": words(
        "Nekomiya_Puru Aoba_Chirin Lumi_Starveil Kuroha_Mochi Yuzuriha_Neon Pyon_Tama"
    ),
    "painters": words("Corvin_Ashgrave Ilse_Vandermolen Tobiah_Wrenfield Esmé_Lachapelle"),
    "photographers": words("Lior_Dannemark Soraya_Bellweather Anatol_Rusk"),
    "checkpoints": words(
        "LuminaReal VeritasMix PhotonDream AuroraSkin HyperFlesh CinemaTrue NeoPortrait SilkenReal"
    ),
    "personas": rows(
        """Aveline Rousseaux | AI influencer
        Nyx Calder | AI persona
        Sena Morikawa-Blue | virtual model
        Liora Vance | AI influencer"""
    ),
    "handles": words(
        "mellowpixie glowwithjuno ren.the.lens cozy_kira_ lattelunaa fitbyoana "
        "sakuramochi_daily itsmarlowe_ hanbyul.vlog peachydaze"
    ),
    "uploaders": words(
        "pixelforge lorasmith_ moonbyte ArtOfNoise kentaro_labs kissmyweights vanta_ai "
        "dreamloom gigaturtle sdfreak99 civitaddict NeuroPainter"
    ),
    "hf_authors": words("pixelforge moonbyte-lab dreamloom neuro-painter quietloras"),
    "idol_groups": words("LUMIERE_NINE Starlit_Nine VIVID_HALO Moonrise_Girls SEVEN_TIDES"),
    "cosplayers": words("kuroneko.cos lunaria_cosplay miko.makes.cos velvetfox_cos"),
    "npcs": rows(
        """Elowen Tarrasque | Ironfall Tactics
        Bertrand Quillmoor | Realm of Cinders
        Sabine Oakhaven | Gearheart Chronicles"""
    ),
    "person_checkpoints": words("JulietteMix Sofia_Realistic AnnaBelleXL Miyu_Real_v3"),
    "ordinary_concepts": words(
        "Frost_Effect Golden_Dawn_Light Ruby_Jewelry Honey_Glow_Skin Holly_Wreath Fox_Ears "
        "Stone_Texture Snow_Day"
    ),
}

PART_B: dict[str, object] = {
    "west_f": words(
        "Marguerite Perpetua Isolde Hyacinth Philippa Romilly Seraphine Araminta Evadne "
        "Cosima Liesel Ondine Beatrix Sabine Honora Fenella Ysolde Marisa Adair Peregrina"
    ),
    "west_m": words("Barnaby Ignatius Peregrine Lucan Cassius Ambrose Florian Tiberius"),
    "sur_head": words("Quill Sarr Ebb Hask Ner Tull Varr Orm Gild Bram Ick"),
    "sur_tail": words("sworth bourne stead hurst croft wold lowe garth mond sey"),
    "latin": rows(
        """Yaretzi | Olazábal-Ruíz | female
        Nayeli | Goicoechea | female
        Jimena | Urquídez | female
        Iñaki | Zuloáguez | male"""
    ),
    "world_script": rows(
        """Всеслава Ольшанская | Vseslava Olshanskaya | female
        Радомир Белозёров | Radomir Belozyorov | male
        جود العنقاوي | Jood Al-Anqawi | female
        ปาณิสรา วงศ์ธนากร | Panisara Wongthanakorn | female
        Αναστασία Μπουρλετίδου | Anastasia Bourletidou | female
        תהילה בן-שושן | Tehila Ben-Shoshan | female"""
    ),
    "global": rows(
        """Aarohi | Chaturvedula | female
        Ngozi | Umeadi-Obi | female
        Tôn Nữ | Bích Ngân | female
        Lualhati | Macapagal-Sison | female
        Chidinma | Okonkwo-Abara | female
        Siddhant | Raghunathan-Iyer | male"""
    ),
    "zh_family": rows(
        """公孙 | Gongsun
        濮 | Pu
        鞠 | Ju
        蒯 | Kuai
        栾 | Luan"""
    ),
    "zh_given_f": rows(
        """泠鸢 | Lingyuan
        婧姝 | Jingshu
        芷蘅 | Zhiheng
        絮 | Xu"""
    ),
    "zh_given_m": rows(
        """弈珩 | Yiheng
        泓屿 | Hongyu"""
    ),
    "ja_family": rows(
        """薬師寺 | やくしじ | Yakushiji
        勅使河原 | てしがわら | Teshigawara
        百目鬼 | どうめき | Domeki
        月見里 | やまなし | Yamanashi"""
    ),
    "ja_given_f": rows(
        """千紘 | ちひろ | Chihiro
        琴羽 | ことは | Kotoha
        すずね | すずね | Suzune
        環 | たまき | Tamaki
        小夜 | さよ | Sayo"""
    ),
    "ja_given_m": rows(
        """颯斗 | はやと | Hayato
        """
    ),
    "ko_family": rows(
        """탁 | Tak
        편 | Pyeon
        육 | Yuk"""
    ),
    "ko_given_f": rows(
        """새봄 | Sae-bom
        윤슬 | Yun-seul
        가온 | Ga-on
        봄이 | Bom-i
        나래 | Na-rae
        해솔 | Hae-sol"""
    ),
    "ko_given_m": rows(
        """태오 | Tae-o
        """
    ),
    "stage": rows(
        """Opaliné | female
        NOVAYA | female
        Sirocca | female
        Dahliyah | female
        Kestrix | male"""
    ),
    "ordinary_f": words("Amber Crystal Heather Melody April Star Clover"),
    "ordinary_m": words("Rusty Cliff"),
    "ordinary_family": words("Lake Moon Hill Rain Love Sterling Field Winter"),
    "shows": rows(
        """Lanterns over Gwangan | K-drama
        The Copper Almanac | TV series
        Jade Ferry Chronicles | C-drama
        Ashes of Veranda Street | film
        Riverbank Obituaries | TV series
        Hoshizora Clinic | J-drama"""
    ),
    "role_given": words("Ophelia Seo-hyun Wanqing Beatrice Lucinda Rosamund"),
    "role_given_m": words("Tobias Jun-ho Percival"),
    "role_family": words("Marchbanks Ahn Thistlewood Greaves Delacourt"),
    "franchises": words(
        "Moonveil_Tactics Sakura_Drift_Idols Abyssal_Bloom Ninefold_Lantern Ironwing_Saga"
    ),
    "anime_given_f": words("Koharu Minori Tsukasa Hiyori Rika Yoi"),
    "anime_given_m": words("Shiki Akito"),
    "anime_family": words("Mikazuki Sanjouin Kurosaki Hinamori Asahina"),
    "anime_script": rows(
        """三日月こはく | Mikazuki Kohaku
        朝比奈ゆらぎ | Asahina Yuragi
        은하 세린 | Eunha Serin
        林栖梧 | Lin Qiwu"""
    ),
    "western_chars": rows(
        """Duchess Calvera Mott | Brassbound Empire | game
        Agent Rook Halloway | Nightshade Protocol | comic
        Maple Tumbletoe | Burrow Friends | cartoon
        Warden Ysra Kell | Shattered Vale | game"""
    ),
    "vtubers": words("Hoshiumi_Kirara Mochizuki_Pyua Nova_Lilith Usagi_Rokuro Chisaki_Mint"),
    "painters": words("Margarethe_Vollenweider Dorian_Quayle Tessaly_Brom"),
    "photographers": words("Ingmar_Falkenrath Celestine_Oduya"),
    "checkpoints": words("EpicVerity TrueLens PorcelainXL RealDawn MirrorSkin NaturaPhoto"),
    "personas": rows(
        """Solenne Ardevic | AI influencer
        Kaia Bright-Wells | AI persona
        Mirai Okonogi | virtual idol"""
    ),
    "handles": words("juniperjoyy oatmilk.lena yuki.in.seoul thefitfoxx minty_mei.cos cocoabunnyx"),
    "uploaders": words(
        "tensorhermit lora_lab_kr fluxbro nightowl_sd ComfyKnight shiba_hub wafflemixer RealismDept"
    ),
    "hf_authors": words("tensorhermit fluxbro-labs nightowl-sd comfy-knight"),
    "idol_groups": words("AURORA_THEORY Petal_Code NEON_VOW Bluebell_Eight"),
    "cosplayers": words("hanabi.cosplay pixiekate_cos ayu.cos.jp"),
    "npcs": rows(
        """Corinne Vashti-Hale | Brassbound Empire
        Magnus Drayholt | Shattered Vale
        Odile Fenwarrow | Nightshade Protocol"""
    ),
    "person_checkpoints": words("ClaraMix RealEmmeline Yuna_Photo_XL Bella_Dream"),
    "ordinary_concepts": words(
        "Winter_Field_Scenery Moon_Glow Amber_Light Crystal_Earrings Melody_Notes Rain_Window"
    ),
    "nicknames": words("Lulu Bambi Coco Peaches Sunny Dodo"),
    # invented AI personas named in script: (script, romanised)
    "script_personas": rows(
        """雪代まほろ | Yukishiro Mahoro
        桜庭ルナ | Sakuraba Luna
        星野ミア | Hoshino Mia"""
    ),
    "lookalike_words": words("lookalike resembles look-alike doppelganger"),
}

# -- shared boilerplate (both parts) -------------------------------------------------------

BASE_2023 = words("SD_1.5 SD_1.5 SD_1.5 SD_2.1_768 SD_1.4")
BASE_2025 = words("SDXL_1.0 Pony Illustrious Flux.1_D Flux.1_D SD_1.5 Flux.1_S SD_3.5")
HF_BASES = [
    "black-forest-labs/FLUX.1-dev",
    "stabilityai/stable-diffusion-xl-base-1.0",
    "runwayml/stable-diffusion-v1-5",
]

USAGE = [
    "Recommended weight 0.6-0.8, works best around 0.7.",
    "use it at 0.75 weight w/ DPM++ 2M Karras, 25-30 steps",
    "CFG 5-7. hires fix x1.5 denoise 0.4 if you want details",
    "Best with realistic checkpoints, not so good on anime ones lol",
    "strength 1.0 on Flux, 0.8 on SDXL",
    "If faces come out weird lower the weight to 0.5 and use adetailer",
    "Works with most 1.5 merges. Clip skip 1.",
    "Recomended weight 0.7&nbsp;🙏 higher = more likness but stiffer",
    "works gr8 with adetailer, w/o it faces r a bit mushy",
    "Weight 0.6~0.9 &amp; CFG 4~6, dont go over 1.0 pls",
]
TRAINING = [
    "Trained on {n} images, {e} epochs, dim 32 / alpha 16.",
    "dataset: {n} hand-picked photos, captioned with WD14 + manual fixes",
    "{n} imgs x {e} repeats, kohya, AdamW8bit, lr 1e-4",
    "trained with ai-toolkit on {n} pics, 2000 steps",
    "trainned on {n} imgs, {e} epochs (epoch {e} was best imo)",
    "<h3>Training</h3><ul><li>images: {n}</li><li>epochs: {e}</li><li>optimizer: Prodigy</li>"
    "<li>resolution: 1024, bucketed</li></ul>",
]
SUPPORT = [
    'If you like my work consider <a href="https://ko-fi.com/{u}">buying me a coffee</a> ☕',
    "Please leave a review and post your images, it helps a lot!! ❤️",
    "Requests are open on my profile :)",
    "Follow me for more uploads 🔔",
    "",
]
FOREIGN_LINES = [
    "推荐权重0.7左右，搭配写实模型效果更好",
    "推奨ウェイトは0.6〜0.8です。",
    "가중치 0.7 추천합니다. 리뷰 부탁드려요!",
    "peso recomendado: 0.7 — funciona mejor con modelos realistas",
    "peso recomendado 0,7. Deixe um review!",
    "Рекомендуемый вес 0.7, лучше всего с реалистичными моделями.",
    "Empfohlene Stärke 0,7. Viel Spaß!",
    "Poids conseillé : 0,7",
]
CHANGELOG = [
    "v2: more data, less overfit on the background",
    "v1.1 fixed the yellow tint",
    "update: SDXL version added, 1.5 version still here",
    "v3 - retrained from scratch, way better on close-ups",
    "fixed file, previous upload was the wrong epoch sorry",
]
NEG_PROMPT = [
    "lowres, bad anatomy, bad hands, worst quality, low quality, jpeg artifacts, watermark",
    "(deformed iris, deformed pupils:1.2), blurry, text, cropped, ugly, duplicate",
    "easynegative, bad-hands-5, (worst quality:1.4)",
]
SAMPLERS = ["DPM++ 2M Karras", "Euler a", "DPM++ SDE Karras", "DDIM"]

# likeness tags real uploaders use, and the neutral ones
LIKENESS_TAGS = words("celebrity actress woman real_person person female realistic famous")
MALE_LIKENESS_TAGS = words("celebrity actor man real_person male realistic famous")
NEUTRAL_TAGS = words("photorealistic portrait realistic photography lora character face")
