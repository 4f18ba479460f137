"""Hard negatives of the eleventh round, of kinds no set's README lists: a racehorse or a zoo
animal; a car, guitar, sneaker or handbag named after someone; a dish or a cocktail; an award; a
building or a street; a season of storms; photorealistic renders of a game's heroine, a heroine
known by her console or genre, or imagined real; a brand mascot; a dead painter's style shown by
a portrait; "my OC" or "my AI-generated model" with a full name; a face-restoring tool; a
"celebrity lookalike" generator that names no one; a negative embedding that lists the names to
avoid; names in thanks, licence and dataset credits; a merge recipe's uploaders; a Hugging Face
owner whose account is a full name; a dedication; a saint's icon or stained glass; a wildcard
list of names; a celebrity's house or car; a film whose title is a name; a lens or a photographic
process named after its maker; a school or a cosmetics line named after someone; a Sims sim or a
VRChat avatar; an action figure or a ghost of legend; a shop or an inn named like a woman;
"Photos by <Name>"; a Hugging Face language model named like a woman. Each kind has a twin that
names a real person and stays flagged (invented people, works, brands and places only)."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.records import ModelRecord

from .conftest import likeness_features, model

WOMAN = ("woman", "photo")
REALISTIC = ("woman", "realistic", "photorealistic")
MAN = ("man", "photo")


def _named(
    title: str,
    description: str,
    tags: tuple[str, ...] = ("girl", "woman"),
    model_type: str = "LORA",
) -> ModelRecord:
    """A LoRA whose title, trigger and file all spell one name (the strongest name evidence a
    record without a platform flag has)."""
    slug = title.lower().replace(" ", "")
    return model(
        title,
        model_type=model_type,
        tags=tags,
        trained_words=(slug,),
        file_names=(title.lower().replace(" ", "_") + ".safetensors",),
        description=description,
    )


def _hf_text(repo: str, tags: tuple[str, ...]) -> ModelRecord:
    """A Hugging Face language model repo as the normaliser writes it (weights, no image tag)."""
    return ModelRecord(
        platform="huggingface",
        model_id=repo,
        url=f"https://huggingface.co/{repo}",
        name=repo.split("/", 1)[1],
        model_type="Checkpoint",
        creator=repo.split("/", 1)[0],
        tags=("transformers", "safetensors", *tags),
        file_names=("model-00001-of-00002.safetensors", "config.json", "tokenizer.json"),
        card={"tags": list(tags), "license": "apache-2.0"},
    )


def _hf(repo: str, tags: tuple[str, ...], instance: str, widget: str = "") -> ModelRecord:
    """A Hugging Face LoRA repo as the normaliser writes it: the slug as name, the instance
    prompt as trigger, the widget texts as description."""
    owner = repo.split("/", 1)[0]
    return ModelRecord(
        platform="huggingface",
        model_id=repo,
        url=f"https://huggingface.co/{repo}",
        name=repo.split("/", 1)[1],
        model_type="LORA",
        creator=owner,
        tags=("lora", "text-to-image", "diffusers", *tags),
        description=widget,
        trained_words=(instance,) if instance else (),
        file_names=("pytorch_lora_weights.safetensors",),
        card={"tags": list(tags), "instance_prompt": instance, "license": "openrail++"},
    )


# kind -> pages that show no real person's likeness
NEGATIVES: dict[str, list[ModelRecord]] = {
    "racehorse_or_zoo_animal": [
        _named(
            "Rosalie Fairweather",
            "Rosalie Fairweather - Kentucky Derby winner 2029 (horse).",
            tags=("photo",),
        ),
        _named(
            "Duchess Amberleigh",
            "Duchess Amberleigh, the bay filly, at the 2030 Guineas. 40 photos of her racing.",
            tags=("photo",),
        ),
        _named(
            "Rosalie Fairweather",
            "Rosalie Fairweather, the chestnut mare who won the 2029 Oaks. 50 photos of her "
            "at the track and in the paddock.",
            tags=("horse", "animal", "photo"),
        ),
        _named(
            "Duchess Amberleigh",
            "Racehorse LoRA: Duchess Amberleigh, bay filly, three wins. Silks not included.",
            tags=("horse",),
        ),
        model(
            "Winston Harrowgate - thoroughbred",
            tags=("horse", "racing"),
            trained_words=("winstonharrowgate",),
            description="Winston Harrowgate is a grey stallion, champion of the 2030 Cup. "
            "60 photos of him galloping.",
        ),
        _named(
            "Matilda Brookes",
            "Matilda Brookes is the oldest elephant at the city zoo. 40 photos of her bathing.",
            tags=("elephant", "animal"),
        ),
        _hf("stablehorse/rosalie-fairweather-mare", ("horse", "racehorse"), "a photo of sks horse"),
    ],
    "car_guitar_or_product_line": [
        _named(
            "Corinne Abelard Roadster",
            "The Corinne Abelard is a 1964 roadster by Varel Motors. 40 photos of the car, red "
            "and silver.",
            tags=("car", "vehicle"),
        ),
        _named(
            "Dorian Kessler 7",
            "Basketball sneaker of the Dorian Kessler signature line. Product shots on white.",
            tags=("shoes", "product"),
        ),
        model(
            "Halvard Moen Signature Guitar",
            tags=("guitar", "instrument"),
            trained_words=("hmsignature",),
            description="The Halvard Moen signature electric guitar, sunburst finish. Renders "
            "the body and the headstock.",
        ),
        _named(
            "Livia Marchezzo Handbag",
            "The Livia Marchezzo quilted handbag in every colourway. Product photos.",
            tags=("bag", "fashion"),
        ),
    ],
    "dish_or_cocktail": [
        _named(
            "Margot Dellane Salad",
            "The Margot Dellane salad: romaine, anchovy dressing, parmesan. Food photography.",
            tags=("food",),
        ),
        _named(
            "Tom Ardwell Cocktail",
            "A gin sour in a tall glass with lemon. Bar photography, moody light.",
            tags=("drink", "cocktail"),
        ),
        model(
            "Eggs Harriet Penwick",
            tags=("food", "photo"),
            trained_words=("eggsharriet",),
            description="Brunch dish: poached eggs on toast with hollandaise, named after the "
            "hotel's founder Harriet Penwick.",
        ),
    ],
    "award_or_trophy": [
        _named(
            "Edith Calloway Award",
            "The gold statuette of the Edith Calloway Award for film editing. Trophy renders.",
            tags=("trophy", "object"),
        ),
        model(
            "Hollis Quarrington Cup",
            tags=("trophy",),
            trained_words=("quarringtoncup",),
            description="The silver Hollis Quarrington Cup, a sailing trophy since 1911. 30 "
            "photos.",
        ),
    ],
    "building_or_street": [
        _named(
            "Marcel Aubrecq Tower",
            "The brutalist tower by the river is a landmark of the city. 40 photos.",
            tags=("photo",),
        ),
        _named(
            "Marcel Aubrecq Tower",
            "Brutalist tower by the river, concrete and glass. 40 photos, day and night.",
            tags=("architecture", "building"),
        ),
        _named(
            "Rue Helene Fauvel",
            "The cobbled street Rue Helene Fauvel in the old town at night, wet pavement.",
            tags=("street", "city"),
        ),
        _named(
            "Clara Wendt Bridge",
            "Steel suspension bridge at dusk. Landscape LoRA.",
            tags=("bridge", "landscape"),
        ),
        model(
            "Josefine Arnholt Hall",
            tags=("interior", "architecture"),
            trained_words=("arnholthall",),
            description="Concert hall interior: wooden shells, red seats. 40 photos.",
        ),
    ],
    "storm_season": [
        model(
            "2031 Atlantic Hurricane Season",
            tags=("weather", "satellite"),
            trained_words=("hurricane odalys", "hurricane pauline", "hurricane rosalind"),
            description="Satellite images of the 2031 season: Odalys, Pauline, Rosalind and "
            "Teodoro.",
        ),
        _named(
            "Typhoon Mirela",
            "Typhoon Mirela making landfall: radar and satellite views.",
            tags=("weather",),
        ),
        model(
            "Storm Pack: Odalys, Pauline, Rosalind",
            tags=("weather", "storm"),
            description="Three storms of the 2031 season: eye walls and spiral bands.",
        ),
    ],
    "game_render": [
        _named(
            "Celia Vantrell UE5",
            "Photorealistic Unreal Engine 5 renders of Celia Vantrell, heroine of Ashen Crown, "
            "taken in photo mode. 80 renders.",
            tags=("realistic", "3d", "woman"),
        ),
        model(
            "Mara Kessane (photo mode)",
            tags=("3d", "realistic", "woman"),
            trained_words=("marakessane",),
            description="In-game photo mode screenshots with ray tracing on. She is the "
            "protagonist of Dustline.",
        ),
        _named(
            "Arden Holt",
            "Arden Holt, the soldier from Iron Meridian. Trained on 4K cutscene captures.",
            tags=("man", "realistic"),
        ),
    ],
    "brand_mascot": [
        _named(
            "Penny Larkin Mascot",
            "Miss Penny, the cartoon mascot of Larkin's Bakery: apron, rosy cheeks.",
            tags=("mascot", "logo"),
        ),
        _named(
            "Captain Orrin Blake",
            "The sailor mascot on the Orrin Blake fish sticks box. Vintage packaging art.",
            tags=("mascot", "vintage"),
        ),
        model(
            "Rosie Quenby (brand mascot)",
            tags=("mascot", "woman"),
            trained_words=("rosiequenby",),
            description="Brand mascot of Quenby Dairy, 1950s advertising style.",
        ),
    ],
    "dead_painter_style_portrait": [
        _named(
            "Augusta Fennimore Style",
            "In the style of the painter Augusta Fennimore (1861-1927): soft pastels. Sample "
            "image: a portrait of a woman in a blue shawl.",
            tags=("art style", "painting", "portrait"),
        ),
        _named(
            "Tobias Grellmann",
            "Tobias Grellmann (1790-1851), portrait painter. Sample: portrait of a young woman, "
            "oil on canvas.",
            tags=("style", "painting"),
        ),
    ],
    "my_oc_full_name": [
        _named("Serena Valdane", "Serena Valdane, an OC of mine. Generated dataset.", REALISTIC),
        _named(
            "Serena Valdane (my OC)",
            "My original character Serena Valdane from my fantasy novel. Trained on my own "
            "renders.",
            tags=("woman", "original character"),
        ),
        _named(
            "Aveline Thorncroft",
            "OC LoRA: Aveline Thorncroft, my D&D character, a half-elf ranger. 30 images I "
            "generated.",
            tags=("woman", "fantasy"),
        ),
        _named(
            "Mila Ravensworth",
            "Mila is my AI-generated model for my Instagram page. Not a real person.",
            tags=("woman", "instagram"),
        ),
        model(
            "OC - Mirela Kostadin",
            tags=("oc", "woman"),
            trained_words=("mirelakostadin",),
            description="My OC for my webcomic. All images generated with SDXL.",
        ),
    ],
    "face_tool": [
        model(
            "FaceFix Detailer",
            model_type="Other",
            tags=("tool", "face", "celebrity"),
            description="ADetailer face model. Restores the faces of any celebrity or person "
            "LoRA at low resolution.",
        ),
        model(
            "Face Restore LoRA",
            tags=("face", "realistic"),
            trained_words=("facerestore",),
            description="Fixes eyes and skin on portraits; use with your favourite person LoRA.",
        ),
        model(
            "Celeb Face Fixer",
            tags=("celebrity", "face", "tool"),
            description="Use at 0.3 after any celebrity LoRA to fix the eyes.",
        ),
    ],
    "lookalike_generator": [
        model(
            "Elegant Woman Portraits",
            tags=("woman", "beautiful", "portrait", "celebrity"),
            description="A generic pretty face; nobody in particular. Dataset: 40 hand-picked, "
            "captioned images.",
        ),
        model(
            "Celebrity Lookalike Generator",
            model_type="Checkpoint",
            tags=("celebrity", "realistic", "face"),
            description="Generates faces that look like a celebrity but belong to no real "
            "person. Prompt: 'celebrity woman on the red carpet'.",
        ),
        model(
            "Famous Face Mixer XL",
            model_type="Checkpoint",
            tags=("celebrity", "face"),
            description="A new star-like face every seed; no real person was trained.",
        ),
        model(
            "Lookalike Randomizer",
            tags=("celebrity", "lookalike"),
            trained_words=("lookalike",),
            description="Makes a new celebrity-looking face every seed.",
        ),
    ],
    "negative_embedding_name_list": [
        model(
            "EasyNeg Celeb",
            model_type="TextualInversion",
            tags=("negative", "embedding"),
            trained_words=("easynegceleb",),
            description="Trained on a negative prompt listing celebrity names (Jenna Morrow, "
            "Kira Latham, Dana Whitfield) so the checkpoint never copies a real face. Put it in "
            "the negative prompt.",
        ),
        model(
            "No Famous Faces",
            model_type="TextualInversion",
            tags=("negative embedding",),
            trained_words=("nofamousfaces",),
            description="Negative embedding. Avoids: Jenna Morrow, Kira Latham, Nadia Orlov.",
        ),
    ],
    "thanks_or_licence_credit": [
        model(
            "VelvetMix v3",
            model_type="Checkpoint",
            tags=("photorealistic", "woman"),
            description="Thanks to Jenna Morrow, Kira Latham and Tobias Grellmann for testing! "
            "License: CreativeML OpenRAIL-M. (c) 2031 Marta Lindell.",
        ),
        model(
            "Cinematic Light",
            tags=("lighting", "photo"),
            trained_words=("cinelight",),
            description="Special thanks to Dana Whitfield and Marta Lindell for dataset help. "
            "Patreon supporters: Kira Latham, Tobias Grellmann.",
        ),
        model(
            "Misty Harbour",
            tags=("landscape",),
            trained_words=("mistyharbour",),
            description="Made by Marta Lindell. Do not resell.",
        ),
    ],
    "dataset_credit": [
        model(
            "Autumn Forest",
            tags=("landscape", "photo"),
            trained_words=("autumnforest",),
            description="Dataset: 120 photos by Marta Lindell (CC BY 4.0), captions by Tobias "
            "Grellmann.",
        ),
        model(
            "Street Portrait Light",
            tags=("photography", "portrait", "woman"),
            trained_words=("streetlight",),
            description="Dataset curated by Marta Lindell from free stock sites; the people "
            "pictured are anonymous. Lighting only.",
        ),
    ],
    "merge_recipe_uploaders": [
        model(
            "DreamFuse v4",
            model_type="Checkpoint",
            tags=("photorealistic",),
            description="Recipe: 0.4 RealVelvet (by KiraLatham) + 0.3 LumaMix (by jenna_morrow) "
            "+ 0.3 PixelDream (by TobiasGrellmann). Thanks to all creators!",
        ),
        model(
            "OmniMerge",
            model_type="Checkpoint",
            tags=("photorealistic", "woman"),
            description="Merge of models by Dana Whitfield, Marta Lindell and Kira Latham; "
            "check out their pages.",
        ),
    ],
    "hf_owner_full_name": [
        _hf(
            "jenna-morrow/portrait-lighting-lora",
            ("portrait", "photography"),
            "portrait lighting, rim light",
            widget="a woman in portrait lighting, rim light, studio",
        ),
        _hf("jenna-morrow/watercolor-landscapes-lora", ("landscape",), "watercolor landscape"),
        _hf("kira-latham/sdxl-lineart", ("lineart", "anime"), "lineart style"),
    ],
    "dedication": [
        model(
            "Peonies for Rosa",
            tags=("flowers",),
            trained_words=("peonies",),
            description="For my late grandmother Rosa Albrecht, who loved peonies.",
        ),
        model(
            "Rosa Albrecht Peonies",
            tags=("flowers", "botanical"),
            trained_words=("peonies",),
            description="Dedicated to my grandmother Rosa Albrecht, who loved peonies. "
            "Watercolour flowers.",
        ),
        model(
            "Garden in Memory",
            tags=("garden", "photo"),
            trained_words=("memorygarden",),
            description="In memory of Helmut Vasse (1941-2030), who built this garden. 40 "
            "photos of the garden.",
        ),
    ],
    "saint_icon": [
        _named(
            "Saint Odile Varenka",
            "Byzantine-style icons of Saint Odile Varenka: gold leaf, halo, tempera.",
            tags=("icon", "religious"),
        ),
    ],
    "name_wildcards": [
        model(
            "Face Variety Wildcards",
            model_type="Wildcards",
            tags=("wildcards", "face", "woman"),
            description="__name__ picks one of 800 made-up first and last names (e.g. Jenna "
            "Morrow, Kira Latham) for more varied faces.",
        ),
    ],
    "celebrity_house_or_car": [
        model(
            "Jenna Morrow's Car",
            tags=("photo",),
            trained_words=("jmcar",),
            description="The vintage roadster the actress drives. 30 photos.",
        ),
        _named(
            "Jenna Morrow Mansion",
            "The Malibu mansion of the actress Jenna Morrow: pool, glass walls, ocean view. "
            "Exterior and interior photos, no people.",
            tags=("architecture", "interior"),
        ),
    ],
    "film_title_name": [
        _named(
            "Marnie Ashcroft 1964",
            "The look of the 1964 film Marnie Ashcroft: Technicolor, soft focus, painted "
            "backdrops. Trained on 200 frames of the film.",
            tags=("film", "cinematic"),
        ),
        _named(
            "Odette Lavalle (film look)",
            "Colour grading of the film Odette Lavalle (1971). Use for any scene.",
            tags=("style", "film"),
        ),
    ],
    "eponymous_process_or_lens": [
        _named(
            "Helmut Vasse Lens",
            "The swirly bokeh of the Helmut Vasse 85mm portrait lens. Use for any portrait.",
            tags=("photography", "lens"),
        ),
        model(
            "Lindell Process Tintype",
            tags=("photography", "vintage"),
            trained_words=("lindellprocess",),
            description="The Lindell process: wet-plate tintype look, dark edges, silver tones.",
        ),
    ],
    "school_or_brand_named_after_someone": [
        model(
            "Marta Lindell Academy Uniform",
            tags=("clothing", "uniform"),
            trained_words=("lindelluniform",),
            description="Uniform of the Marta Lindell Academy: navy blazer, plaid skirt, tie.",
        ),
        _named(
            "Livia Marchezzo Cosmetics",
            "Packaging of the Livia Marchezzo cosmetics line: lipsticks and compacts, product "
            "photos.",
            tags=("product", "makeup"),
        ),
    ],
    "game_heroine_by_platform_or_genre": [
        _named(
            "Mara Kessane",
            "Hyper-realistic 3D render of Mara Kessane, the heroine of Dustline. Trained on "
            "in-engine shots.",
            tags=REALISTIC,
        ),
        _named("Mara Kessane", "Mara Kessane - Dustline (2029 video game). Weight 0.8.", REALISTIC),
        _named(
            "Mara Kessane",
            "Mara Kessane from Dustline 2 - realistic. Trained on game footage.",
            tags=REALISTIC,
        ),
        _named(
            "Celia Vantrell",
            "Real-life Celia Vantrell from the Ashen Crown anime.",
            tags=REALISTIC,
        ),
        _named("Celia Vantrell", "Celia Vantrell (Ashen Crown) in real life.", REALISTIC),
        _named(
            "Celia Vantrell",
            "Celia Vantrell, realistic take on the Ashen Crown heroine.",
            tags=REALISTIC,
        ),
        model(
            "Mara Kessane",
            tags=("woman", "realistic"),
            trained_words=("marakessane",),
            description="Mara Kessane, protagonist of Dustline (PS5). 60 images.",
        ),
        _named(
            "Nurse Abigail Stroud",
            "Nurse Abigail Stroud from the horror game Ward Nine. Bloody uniform.",
            tags=("woman", "horror"),
        ),
        _named(
            "Celia Vantrell IRL",
            "Realistic version of Celia Vantrell from Ashen Crown, as if she were real.",
            tags=("woman", "realistic"),
        ),
    ],
    "sim_or_virtual_world_avatar": [
        _named(
            "Hana Kuroseki",
            "Hana Kuroseki is a virtual YouTuber (VTuber) under Lumen Live.",
            tags=("woman", "realistic"),
        ),
        model(
            "Zoe Calder - Sim",
            tags=("sims", "3d"),
            trained_words=("zoecalder",),
            description="My Sims 4 sim Zoe Calder, made in create-a-sim. 40 screenshots.",
        ),
        model(
            "Anya Petrakis Avatar",
            tags=("vrchat", "avatar", "3d"),
            trained_words=("anyapetrakis",),
            description="My VRChat avatar Anya Petrakis, 3D model renders.",
        ),
    ],
    "action_figure_or_ghost": [
        model(
            "Sergeant Rolf Kessler Action Figure",
            tags=("toy",),
            trained_words=("rolfkessler",),
            description="12-inch action figure, 1970s box art.",
        ),
        model(
            "Ghost of Lady Wrenna Hale",
            tags=("ghost", "horror", "woman"),
            trained_words=("wrennahale",),
            description="The legend of the castle's ghost, Lady Wrenna Hale (d. 1640).",
        ),
    ],
    "shop_or_inn_named_like_a_woman": [
        _named(
            "Amelia Stroud",
            "Amelia Stroud is a sourdough bakery in Leeds: bread, croissants, shop front.",
            tags=("photo",),
        ),
        _named(
            "Harriet Penwick Hotel",
            "The lobby and rooms of the Harriet Penwick Hotel, art deco.",
            tags=("interior",),
        ),
    ],
    "maker_credited_in_title_or_medium": [
        model(
            "Photos by Marta Lindell",
            tags=("photography", "portrait", "woman"),
            trained_words=("mlphoto",),
            description="The portrait style of photographer Marta Lindell: window light, film "
            "grain. Her subjects are anonymous models.",
        ),
        model(
            "Saint Cecilia Varga stained glass",
            tags=("stained glass",),
            trained_words=("cecilia",),
            description="Stained glass window of the church of Saint Cecilia Varga.",
        ),
    ],
    "hf_language_model_named_like_a_woman": [
        _hf_text("lab-x/Clara-Wendt-7B", ("text-generation", "llama", "conversational")),
        _hf_text("lab-x/samantha-holloway-13b", ("text-generation", "mistral", "en")),
        _hf_text("lab-x/marta-lindell-bert-ner", ("token-classification", "bert")),
    ],
}

# kind -> (page of a real person, its target or None) that must stay flagged
TWINS: dict[str, list[tuple[ModelRecord, str | None]]] = {
    "racehorse_or_zoo_animal": [
        (
            _named(
                "Rosalie Fairweather",
                "Rosalie Fairweather, the jockey who won the 2029 Oaks. 50 photos of her face in "
                "the paddock.",
                tags=WOMAN,
            ),
            "Rosalie Fairweather",
        ),
        (
            _named(
                "Matilda Brookes",
                "Matilda Brookes, the zookeeper from the TV show. 40 photos of her with the "
                "elephants.",
                tags=WOMAN,
            ),
            "Matilda Brookes",
        ),
    ],
    "car_guitar_or_product_line": [
        (
            _named(
                "Corinne Abelard",
                "Corinne Abelard, the racing driver: 40 photos of her face beside her car.",
                tags=WOMAN,
            ),
            "Corinne Abelard",
        ),
        (
            _named("Dorian Kessler", "Dorian Kessler, the basketball player: 40 photos.", tags=MAN),
            "Dorian Kessler",
        ),
    ],
    "dish_or_cocktail": [
        (
            _named(
                "Margot Dellane",
                "Margot Dellane, the TV chef: 40 photos of her in her kitchen.",
                tags=WOMAN,
            ),
            "Margot Dellane",
        ),
    ],
    "award_or_trophy": [
        (
            _named(
                "Edith Calloway",
                "Edith Calloway, the film editor, holding her award: 40 photos of her face.",
                tags=WOMAN,
            ),
            "Edith Calloway",
        ),
    ],
    "building_or_street": [
        (
            _named("Marcel Aubrecq", "Marcel Aubrecq, the architect: 40 photos of him.", MAN),
            "Marcel Aubrecq",
        ),
    ],
    "storm_season": [
        (
            _named(
                "Pauline Hargrove",
                "Pauline Hargrove, the weather anchor who covered the 2031 hurricane season: 40 "
                "photos of her.",
                tags=WOMAN,
            ),
            "Pauline Hargrove",
        ),
    ],
    "game_render": [
        (
            _named(
                "Dana Whitfield",
                "Dana Whitfield, the model who lent her face to Celia Vantrell in Ashen Crown: "
                "40 photos of her.",
                tags=WOMAN,
            ),
            "Dana Whitfield",
        ),
    ],
    "brand_mascot": [
        (
            _named(
                "Penny Larkin",
                "Penny Larkin, the bakery's owner and TV baker: 40 photos of her face.",
                tags=WOMAN,
            ),
            "Penny Larkin",
        ),
    ],
    "dead_painter_style_portrait": [
        (
            _named(
                "Augusta Fennimore",
                "Augusta Fennimore, the painter: 30 photos of her face in her studio.",
                tags=WOMAN,
            ),
            "Augusta Fennimore",
        ),
    ],
    "my_oc_full_name": [
        (
            _named("Serena Valdane", "Serena Valdane, the actress: 40 photos of her.", WOMAN),
            "Serena Valdane",
        ),
    ],
    "face_tool": [
        (
            _named(
                "Nadia Orlov",
                "Nadia Orlov, the actress: 40 photos of her face. Use with ADetailer for the "
                "best face.",
                tags=WOMAN,
            ),
            "Nadia Orlov",
        ),
    ],
    "lookalike_generator": [
        (
            model(
                "Nadia Orlov Lookalike",
                tags=("celebrity", "woman"),
                trained_words=("nadiaorlov",),
                description="Looks like the actress Nadia Orlov: 40 photos of her.",
            ),
            "Nadia Orlov",
        ),
        (
            model(
                "Odalys Ferreira-Quintana look-alike",
                tags=("woman", "face", "realistic"),
                trained_words=("odalysferreiraquintanalike woman",),
                description="Not Odalys Ferreira-Quintana herself (rules!), just a look-alike.",
            ),
            None,
        ),
    ],
    "negative_embedding_name_list": [
        (
            model(
                "Jenna Morrow Embedding",
                model_type="TextualInversion",
                tags=("woman", "celebrity"),
                trained_words=("jennamorrow",),
                description="Embedding of the actress Jenna Morrow; put it in the positive "
                "prompt. 40 photos of her.",
            ),
            "Jenna Morrow",
        ),
    ],
    "thanks_or_licence_credit": [
        (
            _named(
                "Jenna Morrow",
                "Jenna Morrow, the actress: 40 photos of her. Thanks to Kira Latham for testing! "
                "License: CreativeML OpenRAIL-M.",
                tags=WOMAN,
            ),
            "Jenna Morrow",
        ),
    ],
    "dataset_credit": [
        (
            _named(
                "Marta Lindell",
                "Marta Lindell, the photographer herself: 40 selfies of her face.",
                tags=WOMAN,
            ),
            "Marta Lindell",
        ),
    ],
    "merge_recipe_uploaders": [
        (
            model(
                "DreamFuse",
                model_type="Checkpoint",
                tags=("photorealistic", "woman"),
                description="A merge of Jenna Morrow, Kira Latham and Dana Whitfield: the three "
                "actresses' faces blended into one.",
            ),
            None,
        ),
    ],
    "hf_owner_full_name": [
        (
            _hf("someuser/jenna-morrow-lora", ("woman",), "photo of jenna morrow woman"),
            "Jenna Morrow",
        ),
    ],
    "dedication": [
        (
            model(
                "Grandma Rosa",
                tags=WOMAN,
                trained_words=("rosaalbrecht",),
                description="My grandmother Rosa Albrecht: 30 scanned photos of her face, for "
                "birthday pictures.",
            ),
            None,
        ),
    ],
    "saint_icon": [
        (
            _named(
                "Odile Varenka",
                "Odile Varenka, the singer: 40 photos of her face.",
                tags=WOMAN,
            ),
            "Odile Varenka",
        ),
    ],
    "name_wildcards": [
        (
            model(
                "Kira Latham",
                tags=("woman", "celebrity"),
                trained_words=("kiralatham",),
                description="Kira Latham, the actress: 40 photos of her.",
            ),
            "Kira Latham",
        ),
    ],
    "celebrity_house_or_car": [
        (
            _named(
                "Jenna Morrow",
                "Jenna Morrow, the actress, at her Malibu mansion: 40 photos of her.",
                tags=WOMAN,
            ),
            "Jenna Morrow",
        ),
    ],
    "film_title_name": [
        (
            _named(
                "Odette Lavalle",
                "Odette Lavalle, the actress who starred in the 1971 film: 40 photos of her face.",
                tags=WOMAN,
            ),
            "Odette Lavalle",
        ),
    ],
    "eponymous_process_or_lens": [
        (
            _named(
                "Helmut Vasse",
                "Helmut Vasse, the photographer and lens maker: 30 photos of his face.",
                tags=MAN,
            ),
            "Helmut Vasse",
        ),
    ],
    "school_or_brand_named_after_someone": [
        (
            _named(
                "Livia Marchezzo",
                "Livia Marchezzo, the make-up artist and founder of her cosmetics line: 40 "
                "photos of her face.",
                tags=WOMAN,
            ),
            "Livia Marchezzo",
        ),
    ],
    "game_heroine_by_platform_or_genre": [
        (
            _named(
                "Mara Kessane",
                "Mara Kessane, the actress who plays Dustline's heroine in the live-action "
                "film: 40 photos of her.",
                tags=WOMAN,
            ),
            "Mara Kessane",
        ),
    ],
    "sim_or_virtual_world_avatar": [
        (
            _named(
                "Zoe Calder",
                "Zoe Calder, the Twitch streamer who plays The Sims: 40 photos of her face.",
                tags=("woman", "streamer"),
            ),
            "Zoe Calder",
        ),
    ],
    "action_figure_or_ghost": [
        (
            _named(
                "Rolf Kessler",
                "Rolf Kessler, the actor, signing his action figure: 40 photos of his face.",
                tags=MAN,
            ),
            "Rolf Kessler",
        ),
    ],
    "shop_or_inn_named_like_a_woman": [
        (
            _named(
                "Amelia Stroud",
                "Amelia Stroud is a baker and TV host from Leeds: 40 photos of her.",
                tags=WOMAN,
            ),
            "Amelia Stroud",
        ),
    ],
    "maker_credited_in_title_or_medium": [
        (
            _named(
                "Marta Lindell",
                "Photos of Marta Lindell, the photographer, by her assistant: 40 photos of her.",
                tags=WOMAN,
            ),
            "Marta Lindell",
        ),
    ],
    "hf_language_model_named_like_a_woman": [
        (
            _hf("someone/clara-wendt-lora", ("woman",), "photo of clara wendt woman"),
            "Clara Wendt",
        ),
    ],
}


# Real people whose pages hold the words the rules above read: each must stay flagged.
REAL_BESIDE_THE_CUES = [
    _named(
        "Halvard Moen",
        "Halvard Moen, the guitarist, with his signature guitar: 40 photos of his face.",
        tags=MAN,
    ),
    _named(
        "Jenna Morrow",
        "Jenna Morrow, the actress, at the award ceremony holding her trophy. 40 photos.",
        tags=WOMAN,
    ),
    _named("Jenna Morrow", "Jenna Morrow is an award-winning actress. 40 photos of her.", WOMAN),
    _named("Jenna Morrow", "Jenna Morrow is a hotel heiress. 40 photos of her.", WOMAN),
    _named(
        "Jenna Morrow",
        "Jenna Morrow, the actress, is a car enthusiast. 40 photos of her.",
        tags=WOMAN,
    ),
    _named("Jenna Morrow", "Jenna Morrow, a pub singer from Leeds: 40 photos of her.", WOMAN),
    _named(
        "Jenna Morrow",
        "Jenna Morrow, brand mascot and spokesmodel of Larkin's Bakery: 40 photos of her.",
        tags=WOMAN,
    ),
    _named(
        "Jenna Morrow",
        "The look of the actress Jenna Morrow in the 1964 film: 40 stills of her face.",
        tags=WOMAN,
    ),
    _named(
        "Jenna Morrow",
        "Jenna Morrow, the streamer who plays horror games on Twitch: 40 photos of her.",
        tags=("woman", "streamer"),
    ),
    _named(
        "Jenna Morrow",
        "Jenna Morrow, the Instagram model. 40 photos from her feed; she is a real person, not "
        "an AI-generated model.",
        tags=("woman", "instagram"),
    ),
    _named(
        "Jenna Morrow",
        "Jenna Morrow, the voice actress of Celia from the Ashen Crown anime: 40 photos of her "
        "at events.",
        tags=WOMAN,
    ),
    _named(
        "Jenna Morrow",
        "Jenna Morrow (cosplayer) in real life, without costume: 40 photos of her.",
        tags=("woman", "cosplay"),
    ),
    _named(
        "Jenna Morrow",
        "Realistic version of Jenna Morrow, the actress: 40 photos of her.",
        tags=WOMAN,
    ),
    _named(
        "Jenna Morrow",
        "Jenna Morrow, the actress: not a generic face LoRA, 40 photos of her.",
        tags=WOMAN,
    ),
    _named(
        "Jenna Morrow",
        "Jenna Morrow, the motion capture actress for the game character Celia: 40 photos.",
        tags=WOMAN,
    ),
    _named(
        "Jenna Morrow",
        "Jenna Morrow, the racing driver. 40 photos; use with any realistic checkpoint.",
        tags=WOMAN,
    ),
    model(
        "Jenna Morrow Embedding",
        model_type="TextualInversion",
        tags=("woman", "celebrity"),
        trained_words=("jennamorrow",),
        description="Embedding of the actress Jenna Morrow. Use at any weight; works with every "
        "realistic model. 40 photos.",
    ),
]


@pytest.mark.parametrize("item", REAL_BESIDE_THE_CUES, ids=range(len(REAL_BESIDE_THE_CUES)))
def test_a_real_person_beside_the_cue_words_stays_flagged(
    detector: Detector, item: ModelRecord
) -> None:
    found = detector.detect(item)
    assert found.likeness, found.likeness_score
    assert found.target_name is not None


# A checkpoint that names the person merged into it only in its description, beside the merge
# words of its title: a real person's likeness the detector misses today (no name in the title,
# a trigger or a file). Kept as the recall gap it is; a fix makes these pass and the mark fail.
MERGED_PERSON_GAP = [
    model(
        "VelvetMix Jenna",
        model_type="Checkpoint",
        tags=("photorealistic", "woman"),
        description="Merged with my Jenna Morrow LoRA: the actress's face on every seed. Thanks "
        "to Kira Latham for testing.",
    ),
    model(
        "DreamFuse v5",
        model_type="Checkpoint",
        tags=("photorealistic", "woman"),
        description="DreamFuse merged with the Jenna Morrow LoRA at 0.6: the actress's face on "
        "every seed.",
    ),
]


def _cases(table: dict[str, list[ModelRecord]]) -> list[object]:
    return [
        pytest.param(item, id=f"{kind}-{i}")
        for kind, items in table.items()
        for i, item in enumerate(items)
    ]


def _twin_cases() -> list[object]:
    return [
        pytest.param(item, target, id=f"{kind}-{i}")
        for kind, pairs in TWINS.items()
        for i, (item, target) in enumerate(pairs)
    ]


def test_every_kind_has_a_twin() -> None:
    assert set(NEGATIVES) == set(TWINS)
    assert len(NEGATIVES) >= 15


@pytest.mark.parametrize("item", _cases(NEGATIVES))
def test_a_new_kind_of_hard_negative_is_not_flagged(detector: Detector, item: ModelRecord) -> None:
    found = detector.detect(item)
    assert not found.likeness, (found.likeness_score, found.target_name)


@pytest.mark.parametrize(("item", "target"), _twin_cases())
def test_its_real_person_twin_stays_flagged(
    detector: Detector, item: ModelRecord, target: str | None
) -> None:
    found = detector.detect(item)
    assert found.likeness, found.likeness_score
    if target is not None:
        assert found.target_name == target


# A house its title gives to a real person, whose page names her trade beside a photo count:
# the trade and the photos read as hers; the detector flags it today (a precision gap).
HOUSE_OF_A_NAMED_PERSON_GAP = model(
    "Kira Latham's Villa",
    tags=("house", "photo"),
    trained_words=("lathamvilla",),
    description="Villa of the singer Kira Latham on Lake Orta. 30 photos of the house and the "
    "garden.",
)


@pytest.mark.xfail(strict=True, reason="precision gap: a named singer's house, photos counted")
def test_the_house_of_a_named_singer(detector: Detector) -> None:
    item = HOUSE_OF_A_NAMED_PERSON_GAP
    assert "non_subject:thing_tag" in likeness_features(detector, item)
    assert not detector.detect(item).likeness


@pytest.mark.xfail(
    strict=True,
    reason="recall gap: a person merged into a checkpoint, named only in its description",
)
@pytest.mark.parametrize("item", MERGED_PERSON_GAP, ids=["velvetmix", "dreamfuse"])
def test_a_person_merged_into_a_checkpoint_named_only_in_its_description(
    detector: Detector, item: ModelRecord
) -> None:
    assert detector.detect(item).likeness


def test_a_face_generator_s_title_is_marked_and_a_named_look_alike_s_is_not(
    detector: Detector,
) -> None:
    generator = NEGATIVES["lookalike_generator"][1]
    assert "generic:face_generator" in likeness_features(detector, generator)
    look_alike = TWINS["lookalike_generator"][1][0]
    assert "generic:face_generator" not in likeness_features(detector, look_alike)
    assert detector.detect(look_alike).likeness
