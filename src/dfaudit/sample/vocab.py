"""Word lists the sample generator draws from: invented people, franchises, artists, topics.

Every person here is invented. First names and surnames are combined at random; the surnames are
deliberately uncommon so that no combination is a well-known real person (tests check the
generated names against Civitai's real-people list when ``../shared`` is present).
"""

from __future__ import annotations

FEMALE_FIRST_NAMES = (
    "Jenna",
    "Marla",
    "Kaylee",
    "Brielle",
    "Talia",
    "Noemi",
    "Carys",
    "Maren",
    "Delia",
    "Fiona",
    "Hallie",
    "Ivy",
    "Joelle",
    "Kira",
    "Lacey",
    "Mina",
    "Nadia",
    "Odette",
    "Priya",
    "Rosalind",
    "Sabine",
    "Tessa",
    "Una",
    "Vera",
    "Willa",
    "Yasmin",
    "Zara",
    "Aubree",
    "Celeste",
    "Daria",
    "Elise",
    "Greta",
    "Leona",
    "Mireille",
    "Paloma",
    "Renata",
    "Thea",
    "Liv",
    "Anouk",
    "Bettina",
)
MALE_FIRST_NAMES = (
    "Dorian",
    "Emmett",
    "Callum",
    "Jasper",
    "Rowan",
    "Silas",
    "Tobias",
    "Anders",
    "Marek",
    "Nico",
    "Quentin",
    "Teodor",
    "Vince",
    "Lorcan",
    "Idris",
)
SURNAMES = (
    "Quillan",
    "Varnell",
    "Hartwick",
    "Dunmore",
    "Ostrander",
    "Pellham",
    "Caskey",
    "Brannick",
    "Vellacott",
    "Thornbury",
    "Ashdown",
    "Lindqvist",
    "Marchetti",
    "Halloran",
    "Wexley",
    "Corrigan",
    "Fenwick",
    "Galloway",
    "Iverson",
    "Jarrell",
    "Kessling",
    "Lockhart",
    "Merrow",
    "Norcross",
    "Oakridge",
    "Prentiss",
    "Sutcliffe",
    "Tremaine",
    "Underhill",
    "Voskuijl",
    "Whitlock",
    "Yardley",
    "Zelinski",
    "Castellane",
    "Brightwater",
    "Amesbury",
    "Kinsella",
    "Mallowan",
    "Rosenquist",
    "Delvaux",
)

PUBLIC_ROLES_FEMALE = ("actress", "singer", "tennis player", "tv host", "news anchor", "model")
PUBLIC_ROLES_MALE = ("actor", "singer", "footballer", "tv host", "rapper")
NATIONALITIES = ("American", "British", "Korean", "Brazilian", "German", "French", "Australian")

# (platform word, tag, url host) for online creators.
SOCIAL_PLATFORMS = (
    ("instagram", "instagram", "instagram.com"),
    ("tiktok", "tiktok", "tiktok.com/@"),
    ("onlyfans", "onlyfans", "onlyfans.com"),
    ("twitch", "streamer", "twitch.tv"),
    ("youtube", "youtuber", "youtube.com/@"),
)
CREATOR_ROLES = ("influencer", "cosplayer", "streamer", "fitness model", "e-girl")
PRIVATE_RELATIONS = (
    "my wife",
    "my girlfriend",
    "my ex",
    "a coworker",
    "my neighbour",
    "a girl from my gym",
)
PRIVATE_RELATIONS_MALE = ("my husband", "my boyfriend", "my ex", "a coworker")
YOUTH_CUES = ("16 years old", "15 years old", "teen", "schoolgirl", "high school student")

LIKENESS_TAGS_STRONG = ("celebrity", "real person", "actress", "influencer", "public figure")
LIKENESS_TAGS_WEAK = ("woman", "realistic", "photorealistic", "portrait", "person", "girl")
LIKENESS_TAGS_WEAK_MALE = ("man", "realistic", "photorealistic", "portrait", "person")
NSFW_TAGS = ("nsfw", "nude", "sexy", "lingerie", "topless")
NSFW_TRIGGER_WORDS = ("nude", "topless", "lingerie")

BLAND_LORA_NAMES = (
    "detail_v3",
    "portrait helper",
    "realistic skin v2",
    "face tweak",
    "photo enhancer",
    "lora_0412",
    "beauty slider",
)

FRANCHISES = (
    "Starfall Odyssey",
    "Crimson Veil Chronicles",
    "Neon Rift",
    "Aether Knights",
    "Moonlit Bloom",
    "Iron Lotus Saga",
    "Hollow Sky Online",
    "Verdant Gate",
)
CHARACTERS = (
    "Rin Kazehara",
    "Sora Mitsuhane",
    "Aoi Kurenai",
    "Yuzu Hoshimori",
    "Kaede Tsukishiro",
    "Mei Amagiri",
    "Hana Shirosaki",
    "Nozomi Kiriyama",
    "Lyra Valemont",
    "Seren Ashgrove",
    "Kael Dravenmoor",
    "Ilsa Thornveil",
    "Mika Tanabira",
    "Juno Starkweather",
)
CHARACTER_TRAITS = ("long hair", "blue hair", "armor", "cape", "twin tails", "red eyes", "hood")

ARTISTS = (
    "Oskar Vellweather",
    "Ines Morrowlake",
    "Tomasz Greyling",
    "Amara Solvik",
    "Lucien Brackwater",
    "Haruto Kisekawa",
)
STYLE_NAMES = (
    "Watercolor Dreams",
    "Ink Wash",
    "Retro Anime 90s",
    "Oil Painting Impasto",
    "Pixel Art",
    "Cyberpunk Neon",
    "Ukiyo-e Print",
)
LIGHTING_STYLES = (
    "Instagram Filter Look",
    "Golden Hour Lighting",
    "Film Grain Portra",
    "Cinematic Teal Orange",
    "Polaroid Vibes",
)
CONCEPTS = (
    "Rainy Window",
    "Double Exposure",
    "Tiny Planet",
    "Glass Sculpture",
    "Beautiful Woman Generic Face",
    "Fantasy Castle",
    "Steampunk Gadgets",
    "Food Photography",
)
NSFW_CONCEPTS = ("Boudoir Photography", "Pin-up Concept", "Bath Scene")
CLOTHING = (
    "Knitted Sweater",
    "Victorian Gown",
    "Leather Jacket",
    "Kimono",
    "Sci-fi Bodysuit",
    "Wedding Dress",
)
NSFW_CLOTHING = ("Lace Lingerie Set", "Micro Bikini")
POSES = ("Sitting on Stairs", "Looking Back", "Hands in Pockets", "Dynamic Jump", "Lying on Grass")
CHECKPOINT_NAMES = (
    "PhotoNova XL",
    "TrueSkin Realistic",
    "UltraReal Mix",
    "RealVerse",
    "Lumen Photoreal",
    "AnimeForge",
    "DreamCanvas",
    "Pastel Mix Neo",
)
TOOL_NAMES = (
    ("Controlnet", "Depth ControlNet Lite"),
    ("Upscaler", "4x Crisp Upscaler"),
    ("MotionModule", "Smooth Motion v2"),
    ("Wildcards", "Outfit Wildcards"),
    ("Workflows", "Portrait Workflow"),
)
VAE_NAMES = ("ClearVAE", "Vivid VAE", "kl-f8 anime vae")

USERNAME_WORDS = (
    "pixel",
    "muse",
    "lora",
    "smith",
    "dream",
    "forge",
    "neon",
    "shadow",
    "velvet",
    "atlas",
    "nova",
    "echo",
    "mango",
    "rook",
    "lumen",
    "byte",
    "drift",
    "ember",
)

# Base model names, their kohya version string, the HF base repo, and a weight in the sample.
BASE_MODELS = (
    ("SD 1.5", "sd_v1", "runwayml/stable-diffusion-v1-5", 30),
    ("SDXL 1.0", "sdxl_base_v1-0", "stabilityai/stable-diffusion-xl-base-1.0", 22),
    ("Pony", "sdxl_base_v1-0", "stabilityai/stable-diffusion-xl-base-1.0", 18),
    ("Illustrious", "sdxl_base_v1-0", "stabilityai/stable-diffusion-xl-base-1.0", 10),
    ("Flux.1 D", "flux1", "black-forest-labs/FLUX.1-dev", 15),
    ("SD 2.1", "sd_v2", "stabilityai/stable-diffusion-2-1", 3),
    ("SD 3.5", "sd3", "stabilityai/stable-diffusion-3.5-large", 2),
)

BLOCKED_REAL_PERSON_TAGS = frozenset(
    {
        "actor",
        "actress",
        "celebrity",
        "real person",
        "porn actress",
        "adult actress",
        "porn star",
        "deepfake",
        "public figure",
    }
)
