"""Hard negatives of the thirteenth round: a title or a description that carries a proper name
or person-like words, of a model that reproduces no one's face. Chess openings, eponymous
diseases, theorems and effects, board- and card-game pieces, cartoon animals, chatbot personas,
bands, streets and squares, dishes, comets and asteroids, ships, trophies, a painting's style,
venues, brands, typefaces, cultivars, racehorses, pets, weapons and vehicles, memorials,
saints' places, storms, mountains and craters, wines, instruments, albums, space probes,
fractals, dance moves, festivals, sports teams' kits, teddy bears, architecture styles,
manoeuvres, video game covers, colleges, robots and locomotives. Each kind has a twin whose
subject is a real-looking (invented) person, and which stays flagged. Invented names only."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.records import ModelRecord

from .conftest import model

WOMAN = ("woman", "photo")
MAN = ("man", "photo")


def _page(
    title: str,
    description: str,
    tags: tuple[str, ...] = ("photo",),
    trigger: str = "",
    model_type: str = "LORA",
) -> ModelRecord:
    """A page shaped like a catalog's: a title, the domain's tags, one trigger, a file."""
    return model(
        title,
        model_type=model_type,
        tags=tags,
        trained_words=(trigger,) if trigger else (),
        file_names=(title.lower().replace(" ", "_")[:40] + ".safetensors",),
        description=description,
    )


def _person(title: str, description: str, tags: tuple[str, ...] = WOMAN) -> ModelRecord:
    """A real-looking person's page: the name in the title, the trigger and the file."""
    slug = title.lower().replace(" ", "")
    return _page(title, description, tags, trigger=slug)


# kind -> pages that show no real person's likeness
NEGATIVES: dict[str, list[ModelRecord]] = {
    "chess_opening": [
        _page("The Kovacs Gambit (chess)", "Chess positions.", tags=("chess",)),
        _page(
            "Kovalenko Attack",
            "The Kovalenko Attack is an aggressive chess opening. Board renders.",
            tags=("game",),
        ),
        _page(
            "Halvorsen Defence (chess opening)",
            "Chessboard positions of the Halvorsen Defence, a chess opening. Wooden pieces, "
            "top-down views.",
            tags=("chess", "board game"),
        ),
        _page(
            "The Varkonyi Gambit",
            "The Varkonyi Gambit: chess boards after the fourth move, marble pieces.",
            tags=("chess",),
            trigger="chessboard",
        ),
        _page(
            "Sicilian Kessane Variation",
            "Renders of a chess board in the Sicilian Defence, Kessane Variation.",
            tags=("chess", "game"),
        ),
    ],
    "eponymous_disease": [
        _page(
            "Halbrook Syndrome",
            "Halbrook syndrome is a rare genetic disorder. Medical illustrations.",
            tags=("medical",),
        ),
        _page(
            "Marlowe-Tennant Syndrome (medical illustration)",
            "Medical illustrations of Marlowe-Tennant syndrome: diagrams and cross-sections.",
            tags=("medical", "illustration"),
        ),
        _page(
            "Dravik's Disease diagrams",
            "Anatomy charts showing the stages of Dravik's disease.",
            tags=("medical", "anatomy", "diagram"),
        ),
    ],
    "theorem_or_law": [
        _page(
            "Kessling's Theorem (blackboard)",
            "Chalkboard equations: the proof of Kessling's theorem in white chalk.",
            tags=("blackboard", "math"),
        ),
        _page(
            "Ostrander's Law of Cooling",
            "Physics diagrams and graphs of Ostrander's law of cooling.",
            tags=("science", "diagram"),
        ),
    ],
    "physical_effect": [
        _page(
            "Orlov-Marek Halo",
            "The Orlov-Marek halo, an optical phenomenon: a ring of light around the sun.",
            tags=("sky", "phenomenon"),
        ),
        _page(
            "Teodora Lensing Glow",
            "Reproduces the Teodora lensing glow, a light phenomenon in night photos.",
            tags=("light", "night"),
        ),
    ],
    "board_game_piece": [
        _page(
            "Miss Violetta (board game)",
            "Miss Violetta, a suspect in the mystery board game Manorhouse.",
            tags=("board game",),
        ),
        _page(
            "Colonel Ashgrove (board game piece)",
            "Colonel Ashgrove, the yellow suspect piece from the mystery board game Manorhouse.",
            tags=("board game", "miniature"),
        ),
        _page(
            "Professor Quillfeather",
            "Professor Quillfeather, a playing piece of the board game Manorhouse: painted "
            "pewter miniature.",
            tags=("miniature", "board game"),
        ),
    ],
    "card_game_character": [
        _page(
            "Doctor Ottoline (card)",
            "Doctor Ottoline, a rare card of the Runebound deck, holo foil.",
            tags=("card",),
        ),
        _page(
            "Lady Seraphine Voss (card art)",
            "Card art of Lady Seraphine Voss, a legendary card of the trading card game "
            "Runebound Courts.",
            tags=("card game", "fantasy", "woman"),
        ),
        _page(
            "Queen Mirela of Thorns - tarot",
            "Queen Mirela of Thorns, a card of the Ashen Tarot deck: gilded borders.",
            tags=("tarot", "card"),
        ),
    ],
    "cartoon_animal": [
        _page(
            "Professor Quillfeather",
            "Professor Quillfeather, the owl from the storybook, in a waistcoat.",
            tags=("storybook", "illustration"),
        ),
        _page(
            "Colonel Bramble",
            "Colonel Bramble is a badger in the children's series Hollow Wood.",
            tags=("cartoon",),
        ),
        _page(
            "Barnaby Whiskerton (cartoon cat)",
            "Barnaby Whiskerton, the cartoon cat from the Saturday morning show: orange fur, "
            "blue bow tie.",
            tags=("cartoon", "cat"),
        ),
        _page(
            "Mrs. Penelope Waddle",
            "Mrs. Penelope Waddle, the cartoon duck who runs the village post office.",
            tags=("cartoon", "animal"),
        ),
        _page(
            "Oswald Thimble",
            "Oswald Thimble is an anthropomorphic mouse from the children's picture books.",
            tags=("cartoon", "anthro"),
        ),
    ],
    "chatbot_persona": [
        _page(
            "Aunt Clara (AI assistant)",
            "Aunt Clara is the friendly AI assistant of a recipe app.",
            tags=("woman",),
        ),
        _page(
            "Maximilian (chatbot)",
            "Maximilian, a chatbot character for roleplay apps.",
            tags=("man",),
        ),
        _page(
            "Nova Assistant Avatar",
            "Avatar of Nova, the voice assistant of the Helix phone.",
            tags=("3d", "avatar"),
        ),
        _page(
            "Clara - AI assistant avatar",
            "Clara, the virtual assistant of Tidewell Bank's app: a friendly avatar.",
            tags=("avatar", "assistant", "woman"),
        ),
        _page(
            "Ava Lindqvist (chatbot persona)",
            "Ava Lindqvist is the persona of an AI chatbot app. Consistent avatar face.",
            tags=("woman", "chatbot"),
        ),
        _page(
            "Sophia Marren - virtual assistant",
            "The virtual assistant Sophia Marren of the Orbis smart speaker, rendered as a "
            "woman in a blue blazer.",
            tags=("woman", "3d"),
        ),
    ],
    "band": [
        _page(
            "Greta Lindholm Quintet",
            "Greta Lindholm Quintet live album cover art.",
            tags=("music",),
        ),
        _page(
            "Marisa Lowe Orchestra poster",
            "Vintage posters of the Marisa Lowe Orchestra, a swing big band.",
            tags=("poster",),
        ),
        _page(
            "The Harriet Collins Band (album art)",
            "Album cover art in the look of the rock band The Harriet Collins Band.",
            tags=("album cover", "music"),
        ),
        _page(
            "Marlowe & the Quills",
            "Logo and poster art of the band Marlowe & the Quills.",
            tags=("band", "music", "poster"),
        ),
        _page(
            "Josie Vane Quartet",
            "The Josie Vane Quartet is a jazz band from Leeds. Concert poster style.",
            tags=("music", "poster"),
        ),
    ],
    "street_or_square": [
        _page(
            "Via Giulia Morandi",
            "Via Giulia Morandi, a narrow street in Rome. Night photos.",
            tags=("street", "photo"),
        ),
        _page(
            "Place Amelie Durand",
            "Place Amelie Durand, a square in Paris with plane trees.",
            tags=("photo",),
        ),
        _page(
            "Piazza Lorenza Bettoni",
            "The Piazza Lorenza Bettoni at dusk: fountains, cafes, cobblestones.",
            tags=("city", "street"),
        ),
        _page(
            "Karel Dvorsky Square at night",
            "Karel Dvorsky Square in the old town at night, tram lines and lamps.",
            tags=("cityscape",),
        ),
        _page(
            "Avenue Marguerite Olland",
            "Avenue Marguerite Olland is a tree-lined boulevard in Lyon. Street photos.",
            tags=("photo",),
        ),
    ],
    "bridge_or_tunnel": [
        _page(
            "Rosalind Harte Bridge",
            "The Rosalind Harte Bridge across the bay, a cable-stayed bridge. 40 photos.",
            tags=("photo",),
        ),
    ],
    "dish": [
        _page(
            "Peach Adelina",
            "Peach Adelina, the dessert of poached peaches and raspberry sauce. Food photography.",
            tags=("food", "dessert"),
        ),
        _page(
            "Beef Harrington",
            "Beef Harrington: beef fillet wrapped in pastry. Plated food shots.",
            tags=("food",),
        ),
        _page(
            "Chicken a la Duchesse Corvane",
            "Chicken a la Duchesse Corvane, a classic French dish, served on porcelain.",
            tags=("photo",),
        ),
    ],
    "comet_or_asteroid": [
        _page("Comet Haldane", "", tags=("space",)),
        _page(
            "Clementine Harlow Crater", "The Clementine Harlow crater on the Moon.", tags=("moon",)
        ),
        _page(
            "Comet Haldane-Reyes",
            "Comet Haldane-Reyes over the mountains, long exposure astrophotography.",
            tags=("astrophotography", "space"),
        ),
        _page(
            "Asteroid 4471 Marisol Quent",
            "Renders of the asteroid 4471 Marisol Quent, a rocky body of the main belt.",
            tags=("space", "3d"),
        ),
    ],
    "ship": [
        _page("HMS Lady Caroline", "HMS Lady Caroline, a frigate.", tags=("ship",)),
        _page(
            "RMS Queen Isadora",
            "The ocean liner RMS Queen Isadora, 1930s. Deck plans and exterior.",
            tags=("ship",),
        ),
        _page(
            "SS Eleanor Whitcombe",
            "SS Eleanor Whitcombe, a steamship of the 1890s, in a storm.",
            tags=("photo",),
        ),
        _page(
            "Lady Marguerite (tall ship)",
            "Lady Marguerite, the three-masted tall ship, under full sail.",
            tags=("sea", "sailing"),
        ),
    ],
    "trophy_or_cup": [
        _page("Agatha Corwin Award", "The Agatha Corwin award statuette.", tags=("award",)),
        _page(
            "The Aldous Pemberton Cup",
            "The Aldous Pemberton Cup, the silver trophy of the rowing regatta.",
            tags=("photo",),
        ),
        _page(
            "Helena Varga Medal",
            "The Helena Varga Medal, a gold medal awarded for chemistry. Coin-like renders.",
            tags=("object", "medal"),
        ),
    ],
    "painting_sitter_style": [
        _page(
            "Helena Marsh Style",
            "Style of the 1890 portrait of Helena Marsh.",
            tags=("woman", "portrait"),
        ),
        _page(
            "Madame Corvane",
            "Style LoRA after the painting Portrait of Madame Corvane: oil, dark background, "
            "pearls.",
            tags=("woman", "painting"),
        ),
        _page(
            "Portrait of Madame Corvane style",
            "In the style of Portrait of Madame Corvane: dark oil, soft light, cracked varnish.",
            tags=("style", "painting"),
        ),
        _page(
            "Lady Ashbury in Blue (painting style)",
            "The look of the painting Lady Ashbury in Blue: blue glazes, gilded frame.",
            tags=("oil painting",),
        ),
    ],
    "venue_or_stadium": [
        _page("Henrietta Moss Arena", "", tags=("photo",)),
        _page(
            "Beatrice Lorne Gardens",
            "The Beatrice Lorne Gardens: hedges and fountains.",
            tags=("garden",),
        ),
        _page("Wexley Stadium", "Wexley Stadium at night, floodlights.", tags=("sports", "photo")),
        _page(
            "Estadio Ramon Valcarcel",
            "Estadio Ramon Valcarcel, the football stadium, from the stands at night.",
            tags=("stadium", "sports"),
        ),
        _page(
            "Henrietta Moss Arena",
            "The Henrietta Moss Arena, an indoor arena: concerts, lights, crowds.",
            tags=("photo",),
        ),
        _page(
            "Villiers Memorial Hall",
            "Villiers Memorial Hall, a Victorian town hall. Exterior and interior.",
            tags=("building",),
        ),
    ],
    "brand_named_like_a_person": [
        _page("Countess Ilvara (perfume)", "Bottle of Countess Ilvara perfume.", tags=("product",)),
        _page(
            "Lucia Bellweather Cosmetics",
            "Product shots of Lucia Bellweather lipsticks and compacts.",
            tags=("product", "makeup"),
        ),
        _page(
            "Johnny Harlan Whiskey",
            "Johnny Harlan Whiskey bottles, label and amber glass. Product photography.",
            tags=("product", "bottle"),
        ),
        _page(
            "Betty Crandall (brand)",
            "Betty Crandall is a baking mix brand: boxes and packaging art.",
            tags=("product",),
        ),
    ],
    "typeface": [
        _page(
            "Margaret Sans",
            "Margaret Sans, a geometric sans serif typeface. Renders headlines in it.",
            tags=("text",),
        ),
        _page(
            "Tobias Serif lettering",
            "Posters set in Tobias Serif.",
            tags=("typography",),
        ),
    ],
    "cultivar": [
        _page(
            "Clematis 'Annabel Dorsey'",
            "The clematis cultivar 'Annabel Dorsey': purple blooms on a trellis.",
            tags=("flower", "garden"),
        ),
        _page(
            "Dahlia Evelyn Marsh",
            "Dahlia 'Evelyn Marsh', a dinnerplate dahlia, close-up petals.",
            tags=("photo",),
        ),
        _page(
            "Tulip Lady Rowena",
            "Tulip 'Lady Rowena' in spring fields. Macro photos.",
            tags=("photo", "macro"),
        ),
    ],
    "racehorse": [
        _page(
            "Sir Percival Dunmore (racehorse)",
            "Sir Percival Dunmore, the grey gelding who won the Gold Cup. 40 photos.",
            tags=("photo",),
        ),
        _page(
            "Lady Annabeth",
            "Lady Annabeth, champion mare, at the paddock and at the gallop.",
            tags=("horse",),
        ),
    ],
    "pet": [
        _page("Sir Humphrey (tortoise)", "Our pet tortoise, 60 years old.", tags=("animal",)),
        _page(
            "Biscuit",
            "My dog Biscuit, a golden retriever. 30 photos of him in the garden.",
            tags=("photo",),
        ),
        _page(
            "Sir Reginald Fluffington",
            "Sir Reginald Fluffington is my Persian cat. Trained on 25 photos of him.",
            tags=("photo",),
        ),
        _page(
            "Mabel Jones - my beagle",
            "Mabel Jones, our beagle: 30 photos.",
            tags=("photo",),
        ),
    ],
    "weapon_named_after_someone": [
        _page("Big Bertha Howitzer", "Big Bertha, a heavy howitzer.", tags=("military",)),
        _page(
            "Kessler M22 rifle",
            "The Kessler M22 rifle: renders of the gun, wood stock.",
            tags=("weapon", "gun"),
        ),
        _page(
            "Great Matilda (cannon)",
            "Great Matilda, the siege cannon of 1450: bronze barrel, wooden carriage.",
            tags=("photo", "history"),
        ),
        _page(
            "Harlan Voss Revolver",
            "A six-shot revolver designed by Harlan Voss. Product renders.",
            tags=("gun",),
        ),
    ],
    "vehicle_named_after_someone": [
        _page(
            "Dorothea tank",
            "The Dorothea, a heavy tank of the war: tracks, turret, camouflage.",
            tags=("military", "tank"),
        ),
        _page(
            "Spirit of Rosalind (aircraft)",
            "Spirit of Rosalind, the monoplane that crossed the Atlantic. Museum photos.",
            tags=("aircraft",),
        ),
    ],
    "memorial": [
        _page(
            "The Aldric Thorne Memorial",
            "The Aldric Thorne Memorial in the park: granite obelisk and fountain.",
            tags=("monument", "photo"),
        ),
        _page(
            "Agnes Whitlow Monument",
            "The Agnes Whitlow monument, a bronze monument on the square.",
            tags=("photo",),
        ),
    ],
    "saint_place": [
        _page(
            "San Teodoro del Mar",
            "San Teodoro del Mar, a fishing village on the coast: boats and white houses.",
            tags=("photo", "travel"),
        ),
        _page(
            "St. Marguerite's Cathedral",
            "St. Marguerite's Cathedral, Gothic nave and stained windows.",
            tags=("photo",),
        ),
        _page(
            "Saint-Aubin-sur-Loire",
            "Saint-Aubin-sur-Loire, a small town by the river. Rooftops and vineyards.",
            tags=("photo",),
        ),
    ],
    "storm": [
        _page("Eleanor (hurricane)", "Hurricane Eleanor, satellite view.", tags=("weather",)),
        _page("Hurricane Delphine", "Hurricane Delphine from orbit.", tags=("weather",)),
        _page(
            "Cyclone Imelda",
            "Cyclone Imelda seen from orbit: the eye and spiral bands.",
            tags=("photo",),
        ),
        _page(
            "Storm Beatrix",
            "Storm Beatrix hitting the harbour: waves over the sea wall.",
            tags=("photo", "sea"),
        ),
    ],
    "mountain_or_glacier": [
        _page(
            "Mount Halvorsen",
            "Mount Halvorsen at sunrise, snow and granite. Landscape photos.",
            tags=("photo",),
        ),
        _page(
            "Vantrell Glacier",
            "The Vantrell Glacier in Patagonia, blue ice and crevasses.",
            tags=("photo",),
        ),
    ],
    "wine_or_beer_label": [
        _page(
            "Chateau Lavelle 2019", "Bottles and labels of Chateau Lavelle 2019.", tags=("wine",)
        ),
        _page(
            "Chateau Marguerite Vasseur",
            "Wine bottles of Chateau Marguerite Vasseur: labels and cellar shots.",
            tags=("wine", "product"),
        ),
        _page(
            "Old Tom Ashby Ale",
            "Old Tom Ashby Ale, a bitter: pint glasses and the pump clip.",
            tags=("beer", "photo"),
        ),
    ],
    "instrument": [
        _page(
            "Steinholt Model D (grand piano)",
            "The Steinholt Model D concert grand piano: black lacquer, open lid.",
            tags=("piano", "instrument"),
        ),
        _page(
            "Gretchen Falk Violin",
            "A violin made by Gretchen Falk in 1720: scroll, f-holes, varnish.",
            tags=("photo",),
        ),
    ],
    "album_or_song": [
        _page(
            "Dear Rosalind (album cover)",
            "Album art in the look of the record Dear Rosalind: grainy film, pastel sky.",
            tags=("album cover",),
        ),
        _page(
            "Songs for Marguerite",
            "Cover art of the album Songs for Marguerite. Vinyl sleeve design.",
            tags=("music", "design"),
        ),
    ],
    "space_probe_or_telescope": [
        _page(
            "Kessler Space Telescope",
            "Renders of the Kessler Space Telescope in orbit, gold mirrors.",
            tags=("space", "3d"),
        ),
        _page(
            "Valentina Orlova Probe",
            "The probe Valentina Orlova approaching Saturn: concept art.",
            tags=("space",),
        ),
    ],
    "fractal_or_curve": [
        _page(
            "Vasquez-Holt Fractal",
            "The Vasquez-Holt fractal set: colourful spirals and zooms.",
            tags=("abstract", "fractal"),
        ),
    ],
    "dance_or_move": [
        _page(
            "The Lindqvist Twirl",
            "The Lindqvist twirl, a figure skating spin: motion blur on ice.",
            tags=("ice", "photo"),
        ),
    ],
    "festival_or_day": [
        _page(
            "Saint Aurelia's Day Festival",
            "Lanterns and processions of Saint Aurelia's Day festival in the village.",
            tags=("festival", "photo"),
        ),
    ],
    "sports_team_kit": [
        _page(
            "Harlan Rovers FC kit",
            "The home kit of Harlan Rovers FC: red shirt, white shorts.",
            tags=("clothing", "football"),
        ),
    ],
    "teddy_or_toy": [
        _page(
            "Edmund the Teddy Bear",
            "Edmund, a vintage teddy bear with a red scarf. 30 photos.",
            tags=("toy", "photo"),
        ),
        _page(
            "Miss Clementine (plush)",
            "Miss Clementine, a plush rabbit toy. Product photos.",
            tags=("photo",),
        ),
    ],
    "manoeuvre_or_procedure": [
        _page(
            "Halvorsen Manoeuvre (first aid)",
            "Illustrations of the Halvorsen manoeuvre for choking, step by step.",
            tags=("medical", "illustration"),
        ),
    ],
    "video_game_cover": [
        _page(
            "Alice Thornwood: Escape (game cover)",
            "Box art of the video game Alice Thornwood: Escape.",
            tags=("game", "box art"),
        ),
    ],
    "college_or_school": [
        _page(
            "Ashcombe College",
            "Ashcombe College campus: stone quads and ivy. Architecture photos.",
            tags=("photo",),
        ),
    ],
    "robot": [
        _page(
            "Unit Adeline-7 (robot)",
            "Adeline-7, the service robot from the factory floor. Chrome body, blue eyes.",
            tags=("robot", "sci-fi"),
        ),
    ],
    "locomotive": [
        _page(
            "Duchess of Hartwell (steam engine)",
            "Duchess of Hartwell, the preserved steam locomotive: maroon livery.",
            tags=("train",),
        ),
    ],
    "named_in_the_description_only": [
        _page(
            "Rosalind Harte",
            "The Rosalind Harte Bridge spans the bay. 40 photos at dusk.",
            tags=("realistic", "photo"),
            trigger="rosalindharte",
        ),
        _page(
            "Ottilie Brandt",
            "The Ottilie Brandt Stadium, home of the city's football club. Photos from the stands.",
            tags=("realistic", "photo"),
            trigger="ottiliebrandt",
        ),
        _page(
            "Halvard Quist",
            "Halvard Quist Whiskey: bottles and labels.",
            tags=("realistic", "photo"),
            trigger="halvardquist",
        ),
        _page(
            "Corinna Vale",
            "The Corinna Vale Quartet in concert, stage lights, instruments.",
            tags=("realistic", "photo"),
            trigger="corinnavale",
        ),
        _page(
            "Marguerite Solle",
            "Marguerite Solle: a sweet dessert wine from the Loire. Bottle shots.",
            tags=("realistic", "photo"),
            trigger="margueritesolle",
        ),
        _page(
            "Juno Kestrel",
            "Juno Kestrel is a comet discovered in 2029. Astrophotography.",
            tags=("realistic", "photo"),
            trigger="junokestrel",
        ),
        _page(
            "Harriet Voss",
            "Harriet Voss is a band from Oslo. Their album covers, no people.",
            tags=("realistic", "photo"),
            trigger="harrietvoss",
        ),
        _page(
            "Clara Vendome",
            "Clara Vendome is a luxury watch brand. Product renders.",
            tags=("realistic", "photo"),
            trigger="claravendome",
        ),
    ],
}

TWINS: dict[str, list[tuple[ModelRecord, str | None]]] = {
    "chess_opening": [
        (
            _person(
                "Edvin Halvorsen",
                "Edvin Halvorsen, the chess grandmaster: 40 photos of him at tournaments.",
                MAN,
            ),
            "Edvin Halvorsen",
        )
    ],
    "eponymous_disease": [
        (
            _person(
                "Clara Tennant",
                "Clara Tennant, the surgeon from the TV documentary. 40 photos of her.",
            ),
            "Clara Tennant",
        )
    ],
    "theorem_or_law": [
        (
            _person(
                "Ilse Kessling",
                "Ilse Kessling, the mathematician, 40 photos of her at lectures.",
            ),
            "Ilse Kessling",
        )
    ],
    "physical_effect": [
        (
            _person("Teodora Marek", "Teodora Marek, the physicist and TV host: 40 photos."),
            "Teodora Marek",
        )
    ],
    "board_game_piece": [
        (
            _person(
                "Colin Ashgrove",
                "Colin Ashgrove, the board game designer, 40 photos of him at conventions.",
                MAN,
            ),
            "Colin Ashgrove",
        )
    ],
    "card_game_character": [
        (
            _person(
                "Seraphine Voss",
                "Seraphine Voss, the card game streamer: 40 photos of her face.",
            ),
            "Seraphine Voss",
        )
    ],
    "cartoon_animal": [
        (
            _person(
                "Penelope Waddle",
                "Penelope Waddle, the voice actress of the cartoon duck, 40 photos of her.",
            ),
            "Penelope Waddle",
        )
    ],
    "chatbot_persona": [
        (
            _person(
                "Ava Lindqvist",
                "Ava Lindqvist, the tech journalist: 40 photos of her.",
            ),
            "Ava Lindqvist",
        )
    ],
    "band": [
        (
            _person(
                "Harriet Collins",
                "Harriet Collins, the singer of The Harriet Collins Band: 40 photos of her.",
            ),
            "Harriet Collins",
        )
    ],
    "street_or_square": [
        (
            _person(
                "Lorenza Bettoni",
                "Lorenza Bettoni, the Italian actress: 40 photos of her.",
            ),
            "Lorenza Bettoni",
        )
    ],
    "bridge_or_tunnel": [
        (
            _person("Rosalind Harte", "Rosalind Harte, the news anchor: 40 photos of her."),
            "Rosalind Harte",
        )
    ],
    "dish": [
        (
            _person("Adelina Corvane", "Adelina Corvane, the TV chef: 40 photos of her face."),
            "Adelina Corvane",
        )
    ],
    "comet_or_asteroid": [
        (
            _person("Marisol Quent", "Marisol Quent, the astronaut: 40 photos of her."),
            "Marisol Quent",
        )
    ],
    "ship": [
        (
            _person(
                "Eleanor Whitcombe",
                "Eleanor Whitcombe, the yachtswoman: 40 photos of her at sea.",
            ),
            "Eleanor Whitcombe",
        )
    ],
    "trophy_or_cup": [
        (
            _person(
                "Helena Varga",
                "Helena Varga, the chemist who won the medal: 40 photos of her face.",
            ),
            "Helena Varga",
        )
    ],
    "painting_sitter_style": [
        (
            _person(
                "Helena Marsh",
                "Helena Marsh, the actress, painted in the style of a Renaissance portrait. 40 "
                "photos of her.",
            ),
            "Helena Marsh",
        ),
        (
            _person(
                "Helena Marsh",
                "A portrait of Helena Marsh, the singer, in every style: 40 photos of her face.",
            ),
            "Helena Marsh",
        ),
        (
            _person(
                "Madame Corvane",
                "Madame Corvane, the opera singer: 40 photos of her on stage.",
            ),
            "Madame Corvane",
        ),
    ],
    "venue_or_stadium": [
        (
            _person(
                "Ottilie Brandt at the Stadium",
                "Ottilie Brandt, the footballer, at the stadium.",
            ),
            None,
        ),
        (
            _person(
                "Henrietta Moss",
                "Henrietta Moss, the pop singer: 40 photos of her at the arena.",
            ),
            "Henrietta Moss",
        ),
    ],
    "brand_named_like_a_person": [
        (
            _person(
                "Lucia Bellweather",
                "Lucia Bellweather, the makeup artist and influencer: 40 photos of her.",
            ),
            "Lucia Bellweather",
        )
    ],
    "typeface": [
        (
            _person("Margaret Sanderly", "Margaret Sanderly, the actress: 40 photos of her."),
            "Margaret Sanderly",
        )
    ],
    "cultivar": [
        (
            _person(
                "Annabel Dorsey",
                "Annabel Dorsey, the TV gardener: 40 photos of her in her garden.",
            ),
            "Annabel Dorsey",
        )
    ],
    "racehorse": [
        (
            _person(
                "Percival Dunmore",
                "Percival Dunmore, the jockey: 40 photos of his face at the races.",
                MAN,
            ),
            "Percival Dunmore",
        )
    ],
    "pet": [
        (
            _person(
                "Mabel Jonesy",
                "Mabel Jonesy, the dog trainer from the TV show: 40 photos of her.",
            ),
            "Mabel Jonesy",
        )
    ],
    "weapon_named_after_someone": [
        (
            _person("Dana Kessler with Rifle", "Dana Kessler, the biathlon champion."),
            None,
        ),
        (
            _person(
                "Harlan Voss",
                "Harlan Voss, the sport shooter and Olympic champion: 40 photos of him.",
                MAN,
            ),
            "Harlan Voss",
        ),
    ],
    "vehicle_named_after_someone": [
        (
            _person("Rosalind Keane", "Rosalind Keane, the pilot: 40 photos of her."),
            "Rosalind Keane",
        )
    ],
    "memorial": [
        (
            _person("Agnes Whitlow", "Agnes Whitlow, the politician: 40 photos of her."),
            "Agnes Whitlow",
        )
    ],
    "saint_place": [
        (
            _person("Teodoro Mar", "Teodoro Mar, the footballer: 40 photos of him.", MAN),
            "Teodoro Mar",
        )
    ],
    "storm": [
        (
            _person(
                "Imelda Castrell",
                "Imelda Castrell, the weather presenter: 40 photos of her.",
            ),
            "Imelda Castrell",
        )
    ],
    "mountain_or_glacier": [
        (
            _person(
                "Nils Halvorsen",
                "Nils Halvorsen, the mountaineer: 40 photos of his face.",
                MAN,
            ),
            "Nils Halvorsen",
        )
    ],
    "wine_or_beer_label": [
        (
            _person(
                "Marguerite Vasseur",
                "Marguerite Vasseur, the French actress: 40 photos of her.",
            ),
            "Marguerite Vasseur",
        )
    ],
    "instrument": [
        (
            _person("Gretchen Falk", "Gretchen Falk, the violinist: 40 photos of her."),
            "Gretchen Falk",
        )
    ],
    "album_or_song": [
        (
            _person(
                "Rosalind Darrow",
                "Rosalind Darrow, the singer of the album Dear Rosalind: 40 photos of her.",
            ),
            "Rosalind Darrow",
        )
    ],
    "space_probe_or_telescope": [
        (
            _person(
                "Valentina Orlova",
                "Valentina Orlova, the cosmonaut: 40 photos of her.",
            ),
            "Valentina Orlova",
        )
    ],
    "fractal_or_curve": [
        (
            _person("Elena Vasquez", "Elena Vasquez, the mathematician: 40 photos of her."),
            "Elena Vasquez",
        )
    ],
    "dance_or_move": [
        (
            _person(
                "Ingrid Lindqvist",
                "Ingrid Lindqvist, the figure skater: 40 photos of her.",
            ),
            "Ingrid Lindqvist",
        )
    ],
    "festival_or_day": [
        (
            _person("Aurelia Santos", "Aurelia Santos, the TV host: 40 photos of her."),
            "Aurelia Santos",
        )
    ],
    "sports_team_kit": [
        (
            _person(
                "Tom Harlan",
                "Tom Harlan, the Rovers FC striker: 40 photos of him.",
                MAN,
            ),
            "Tom Harlan",
        )
    ],
    "teddy_or_toy": [
        (
            _person(
                "Clementine Ashby",
                "Clementine Ashby, the children's TV presenter: 40 photos of her.",
            ),
            "Clementine Ashby",
        )
    ],
    "manoeuvre_or_procedure": [
        (
            _person(
                "Hedda Halvorsen",
                "Hedda Halvorsen, the TV doctor: 40 photos of her.",
            ),
            "Hedda Halvorsen",
        )
    ],
    "video_game_cover": [
        (
            _person(
                "Alice Thornwood",
                "Alice Thornwood, the streamer: 40 photos of her face.",
            ),
            "Alice Thornwood",
        )
    ],
    "college_or_school": [
        (
            _person(
                "Edith Ashcombe",
                "Edith Ashcombe, the college's dean and TV historian: 40 photos of her.",
            ),
            "Edith Ashcombe",
        )
    ],
    "robot": [
        (
            _person(
                "Adeline Marchetti",
                "Adeline Marchetti, the robotics engineer: 40 photos of her.",
            ),
            "Adeline Marchetti",
        )
    ],
    "locomotive": [
        (
            _person(
                "Hartwell Dunne",
                "Hartwell Dunne, the train driver from the TV series: 40 photos of him.",
                MAN,
            ),
            "Hartwell Dunne",
        )
    ],
    "named_in_the_description_only": [
        (
            _person(
                "Rosalind Harte",
                "Rosalind Harte, the actress, at the opening of the bridge. 40 photos of her.",
            ),
            "Rosalind Harte",
        ),
        (
            _person(
                "Clara Vendome",
                "Clara Vendome is a model and the face of a luxury watch brand. 40 photos of her.",
            ),
            "Clara Vendome",
        ),
        (
            _person(
                "Harriet Voss", "Harriet Voss is a singer in a band from Oslo. 40 photos of her."
            ),
            "Harriet Voss",
        ),
        (
            _person(
                "Tessa Morland",
                "Tessa Morland, the streamer. This is a brand new version, 40 photos of her.",
            ),
            "Tessa Morland",
        ),
        (
            _person(
                "Mila Dorn Band",
                "Mila Dorn of the Mila Dorn Band: 40 photos of her face.",
            ),
            None,
        ),
        (
            _page(
                "Paper Moths (band) - all members",
                "The whole band in one LoRA. Members: Cosima Vantrell, Nerys Oldacre, Dagny "
                "Marlow. Use each name as its trigger.",
                tags=("woman", "music"),
                trigger="cosima vantrell",
            ),
            None,
        ),
        (
            _page(
                "Nadia Corvel (Los Puentes de Arena)",
                "Nadia Corvel from the telenovela Los Puentes de Arena, played by Ilse Marwood.",
                tags=("character", "telenovela"),
                trigger="nadia corvel",
            ),
            None,
        ),
        (
            _page(
                "SS person lora",
                "Trained on 30 photos of them, a friend who asked for it.",
                tags=(),
                trigger="ss person",
            ),
            None,
        ),
    ],
}


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
    assert len(NEGATIVES) >= 40


@pytest.mark.parametrize("item", _cases(NEGATIVES))
def test_a_hard_negative_of_round_13_is_not_flagged(detector: Detector, item: ModelRecord) -> None:
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


# A move or a club's kit beside the tag "sports" (read as an athlete's trade): the tag outweighs
# what the title and the description say; a recall-safe fix needs a "sports" tag read as the
# domain, not the trade. Kept as the precision gaps they are.
SPORTS_TAGGED_GAP = [
    _page(
        "The Lindqvist Twirl",
        "The Lindqvist twirl, a figure skating spin: motion blur on ice.",
        tags=("sports", "photo"),
    ),
    _page(
        "Harlan Rovers FC kit",
        "The home kit of Harlan Rovers FC: red shirt, white shorts.",
        tags=("clothing", "sports"),
    ),
]


@pytest.mark.xfail(strict=True, reason="precision gap: a move or a kit tagged sports")
@pytest.mark.parametrize("item", SPORTS_TAGGED_GAP, ids=["move", "kit"])
def test_a_move_or_a_kit_tagged_sports(detector: Detector, item: ModelRecord) -> None:
    assert not detector.detect(item).likeness


@pytest.mark.parametrize(
    "text",
    [
        "harriet voss is a band from oslo. their album covers.",
        "marguerite solle: a sweet dessert wine from the loire.",
        "ava lindqvist is the persona of an ai chatbot app.",
        "my dog biscuit (dog) and photos of my cat. renders text in the eliza sans typeface.",
        "nora kell, the actress: 40 photos of her.",
    ],
)
def test_the_thing_sentence_is_tried_only_where_its_words_stand(text: str) -> None:
    from dfaudit.detect.signals import non_subject

    plain = [m.span() for m in non_subject._IS_THING.finditer(text)]
    found = [m.span() for m in non_subject._IS_THING_STARTS.finditer(text)]
    assert found == plain
