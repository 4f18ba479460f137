"""False flags on real catalogs, by what the model *is* (issue 8): a title or trigger made only
of concept words (an outfit, a body part, an act), a checkpoint that says it is a merge of
models, an artist's handle, a drawn or game character rendered real, a masked live-action
character, a figure of myth, a tabletop monster, a nationality or a kind of person as the whole
title. Every person, work and handle here is invented; each negative has a twin that names a
real-shaped person and must stay flagged."""

from __future__ import annotations

from dfaudit.detect.engine import Detector
from dfaudit.detect.signals.generic_subject import _kind_only
from dfaudit.detect.signals.non_subject import concept_title, concept_triggers

from .conftest import likeness_features, model

# --- concept titles and triggers -------------------------------------------------------------


def test_a_title_made_only_of_concept_words_is_a_concept() -> None:
    assert concept_title("flat chest")
    assert concept_title("tongues and mouths (lora edition)")
    assert concept_title("standing anal + creampie lora")
    assert concept_title("thai tradition dress")
    assert concept_title("high heels 高跟鞋")  # a script translation beside two Latin words


def test_a_title_with_any_other_word_is_not_a_concept_title() -> None:
    assert not concept_title("ondine quillwold red dress")
    assert not concept_title("portrait pack")  # framing words title real people's uploads
    assert not concept_title("headshot helper")
    assert not concept_title("高晨 dress")  # one Latin word beside script: maybe a name
    assert not concept_title("v2")


def test_trigger_words_that_are_all_concept_phrases() -> None:
    assert concept_triggers(("silk shawl; tradition clothes", "golden jewelry"))
    assert concept_triggers(("tongue out, open mouth",))
    assert not concept_triggers(("sks woman",))
    assert not concept_triggers(("ondine quillwold, red dress",))
    assert not concept_triggers(())


def test_an_outfit_lora_with_outfit_triggers_is_not_flagged(detector: Detector) -> None:
    outfit = model(
        "Lakeland Festival Dress",
        tags=("girl", "photorealistic", "woman"),
        trained_words=("festival dress; tradition clothes; tradition shawl; golden jewelry",),
        description="Trying to train the dress. Use the trigger to make the dress appear.",
    )
    feats = likeness_features(detector, outfit)
    assert "non_subject:concept_trigger" in feats
    assert not detector.detect(outfit).likeness


def test_an_anatomy_concept_is_not_flagged(detector: Detector) -> None:
    concept = model(
        "Flat Chest",
        tags=("character", "nude", "woman", "flat chest"),
        trained_words=("flat chest",),
        description="Trained on 35 images from various forums. Any woman, any body.",
    )
    assert "non_subject:concept_name" in likeness_features(detector, concept)
    assert not detector.detect(concept).likeness


def test_a_named_person_in_an_outfit_stays_flagged(detector: Detector) -> None:
    person = model(
        "Ondine Quillwold red dress",
        tags=("woman", "celebrity", "actress"),
        trained_words=("ondine quillwold, red dress",),
        description="Ondine Quillwold, the actress, in her red carpet dress.",
    )
    assert detector.detect(person).likeness


# --- merges, VAEs and artists' handles --------------------------------------------------------


def test_a_checkpoint_that_says_it_is_a_merge_is_not_flagged(detector: Detector) -> None:
    merge = model(
        "Velvetdawn REAL_Ko",
        model_type="Checkpoint",
        tags=("photorealistic", "korean", "kpop idol", "real person", "woman"),
        description="I merged various Asian-based models to give oriental features without "
        "a separate LoRA.",
    )
    assert "non_subject:merge" in likeness_features(detector, merge)
    assert not detector.detect(merge).likeness


def test_a_person_checkpoint_trained_with_dreambooth_stays_flagged(detector: Detector) -> None:
    person = model(
        "Ondine Quillwold",
        model_type="Checkpoint",
        tags=("woman", "celebrity", "ondine quillwold"),
        trained_words=("sks woman",),
        description="Dreambooth checkpoint trained on 30 photos of the actress Ondine Quillwold.",
    )
    assert "non_subject:merge" not in likeness_features(detector, person)
    assert detector.detect(person).likeness


def test_an_artists_camelcase_handle_is_a_style(detector: Detector) -> None:
    style = model("BrennoDoesArts Embedding #1", model_type="TextualInversion")
    assert "non_subject:style_name" in likeness_features(detector, style)
    assert not detector.detect(style).likeness


# --- fiction rendered real, masks, myth, tabletop ---------------------------------------------


def test_a_drawn_character_rendered_real_is_fiction(detector: Detector) -> None:
    render = model(
        "Hoshimi Rinka in The Sevenfold Sisters | Realistic LORA",
        tags=("girl", "person", "cosplay", "the sevenfold sisters", "realistic", "hoshimi rinka"),
        description="Realistic Hoshimi Rinka from The Sevenfold Sisters, trained on renders.",
    )
    finding = detector.detect(render)
    assert "live_action:role" not in likeness_features(detector, render)
    assert not finding.likeness


def test_a_live_action_role_with_its_actor_stays_flagged(detector: Detector) -> None:
    role = model(
        "Rowan Calder from The Harbour Show",
        tags=("character", "tv series", "actress"),
        description="Rowan Calder (Ondine Quillwold) from the TV series The Harbour Show.",
    )
    assert detector.detect(role).likeness


def test_a_masked_live_action_character_is_not_flagged(detector: Detector) -> None:
    killer = model(
        "Harlan Voss (Part 4)",
        model_type="TextualInversion",
        tags=("character", "movie", "horror", "film", "man", "harlan voss"),
        description="Harlan Voss from the Lakeside Night series, based on his look in Part 4. "
        "20 images from the film and a deluxe figure; the hockey mask came out well.",
    )
    assert not detector.detect(killer).likeness


def test_a_figure_of_myth_tagged_so_is_fiction(detector: Detector) -> None:
    figure = model(
        "Ostara Vel",
        model_type="TextualInversion",
        tags=("character", "mythology", "mythological", "religious"),
        description="Trained on classic paintings of the goddess.",
    )
    feats = likeness_features(detector, figure)
    assert "fiction:tag" in feats
    assert not detector.detect(figure).likeness


def test_a_tabletop_monster_is_fiction(detector: Detector) -> None:
    monster = model("Table Rpg / D&D Bestiary - Gloomfang", tags=("assets",))
    assert "fiction:name" in likeness_features(detector, monster)
    assert not detector.detect(monster).likeness


def test_an_animation_tag_is_fiction(detector: Detector) -> None:
    cartoon = model("[Kito]PIPPO3", model_type="Hypernetwork", tags=("movie", "animation"))
    assert "fiction:tag" in likeness_features(detector, cartoon)
    assert not detector.detect(cartoon).likeness


# --- nationalities and kinds of person as the whole title -------------------------------------


def test_a_kind_of_person_run_together_or_a_nationality_alone() -> None:
    assert _kind_only("korean")
    assert _kind_only("wuxiagirl")
    assert _kind_only("catgirl in her room")
    assert not _kind_only("tokugirl yaiba")  # a name follows: someone
    assert not _kind_only("ondine quillwold")


def test_a_nationality_title_tagged_celebrity_is_not_flagged(detector: Detector) -> None:
    look = model("Korean1.0", tags=("photorealistic", "female", "woman", "celebrity", "realistic"))
    assert "generic:look" in likeness_features(detector, look)
    assert not detector.detect(look).likeness


# --- script: invented persons and drawn characters said in Chinese, Japanese, Korean ----------


def test_an_ai_persona_said_in_script_is_not_flagged(detector: Detector) -> None:
    persona = model(
        "月森かりん (AIグラビア)",
        tags=("ai",),
        description="月森かりんはAIで作った架空の人物です。実在しません。",
    )
    assert "generic:persona" in likeness_features(detector, persona)
    assert not detector.detect(persona).likeness


def test_a_real_persons_script_disclaimer_is_no_persona(detector: Detector) -> None:
    person = model(
        "月森かりん",
        tags=("japanese", "actress", "celebrity"),
        description="月森かりんは日本の女優です。実在の人物とは関係ありません。",
    )
    assert "generic:persona" not in likeness_features(detector, person)
    assert detector.detect(person).likeness


def test_a_game_character_said_in_script_is_fiction(detector: Detector) -> None:
    character = model(
        "月森かりん / Tsukimori Karin (Azure Tide Saga)",
        tags=("game",),
        description="月森かりん（Azure Tide Saga）のキャラLoRA。",
    )
    assert "fiction:role" in likeness_features(detector, character)
    assert not detector.detect(character).likeness


def test_a_checkpoint_named_as_a_merge(detector: Detector) -> None:
    merge = model(
        "plumGlowMixXX_realistic",
        model_type="Checkpoint",
        tags=("character", "photorealistic", "girls", "realistic"),
    )
    assert "non_subject:merge" in likeness_features(detector, merge)
    assert not detector.detect(merge).likeness


def test_a_real_person_in_a_tagged_outfit_is_no_render(detector: Detector) -> None:
    person = model(
        "Ondine Quillwold in Korean Dress (realistic)",
        tags=("korean dress", "actress", "celebrity", "ondine quillwold"),
        description="Realistic photos of the actress Ondine Quillwold in a korean dress.",
    )
    assert "fiction:role" not in likeness_features(detector, person)
    assert detector.detect(person).likeness


def test_a_live_action_role_without_a_mask_keeps_the_actor(detector: Detector) -> None:
    role = model(
        "Rowan Calder (Ondine Quillwold) - The Harbour Show",
        tags=("character", "tv series"),
        description="Rowan Calder from the TV series, played by Ondine Quillwold. "
        + "Trained on stills of her scenes, weight 0.7. " * 8
        + "In the last episode she wears a carnival mask.",
    )
    assert detector.detect(role).likeness


def test_a_character_lora_of_a_drawn_character_is_fiction(detector: Detector) -> None:
    character = model(
        "Tessaly Varn (Hollow Tide Online) LoRA",
        model_type="LoCon",
        tags=("anime", "character", "anime character"),
        trained_words=("tessaly varn", "blue hair"),
        description="Character LoRA of Tessaly Varn from Hollow Tide Online. Outfit: cape.",
    )
    assert "fiction:role" in likeness_features(detector, character)
    assert not detector.detect(character).likeness


def test_a_character_embedding_of_the_uploader_is_no_fiction_role(detector: Detector) -> None:
    me = model(
        "SD15-brennokalv3",
        model_type="TextualInversion",
        tags=("character",),
        description="Character Embedding of me, for a comic project idea.",
    )
    assert "fiction:role" not in likeness_features(detector, me)


def test_a_voice_actress_of_anime_is_no_script_fiction(detector: Detector) -> None:
    seiyuu = model(
        "月森かりん",
        tags=("japanese", "celebrity"),
        description="月森かりんはアニメの声優です。写真から学習しました。",
    )
    assert "fiction:role" not in likeness_features(detector, seiyuu)
    assert detector.detect(seiyuu).likeness
