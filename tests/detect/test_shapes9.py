"""Shapes the ninth independently written set broke (issue 8): a person named only by the
Wikipedia article a link points to, against a page crediting the artist of a style (invented
people only)."""

from __future__ import annotations

from dfaudit.detect.engine import Detector
from dfaudit.store.normalize import normalize_civitai_model


def _page(name: str, tags: list[str], description: str, kind: str = "LORA") -> dict[str, object]:
    return {
        "id": 9191,
        "name": name,
        "type": kind,
        "tags": tags,
        "description": description,
        "modelVersions": [
            {
                "id": 1,
                "name": "v1.0",
                "files": [{"id": 2, "name": "mystery_9.safetensors", "type": "Model"}],
            }
        ],
    }


def test_a_person_named_only_by_a_linked_wikipedia_article(detector: Detector) -> None:
    link = '<a href="https://en.wikipedia.org/wiki/Odalys_Verrington">hint</a>'
    page = _page("Mystery face #9", ["portrait"], f"<p>who is it? {link} 🙃</p>")
    finding = detector.detect(normalize_civitai_model(page).model)
    assert finding.likeness and finding.target_name == "Odalys Verrington"


def test_a_linked_article_of_the_artist_a_style_credits_names_no_subject(
    detector: Detector,
) -> None:
    link = '<a href="https://en.wikipedia.org/wiki/Teodoro_della_Vescia">Teodoro della Vescia</a>'
    for text in (
        f"<p>Trained on 20 images of frescos by renaissance artist {link}</p>",
        f"<p>Paintings in the style of {link}</p>",
    ):
        page = _page("Vescia Diffusion", ["renaissance"], text, kind="Checkpoint")
        assert not detector.detect(normalize_civitai_model(page).model).likeness


def test_a_linked_article_that_is_no_name_names_nobody(detector: Detector) -> None:
    link = '<a href="https://en.wikipedia.org/wiki/Limited_animation">why</a>'
    page = _page("Retro cel look", ["style"], f"<p>Flat colours, see {link}.</p>")
    assert not detector.detect(normalize_civitai_model(page).model).likeness


def test_a_name_a_sentence_in_another_language_gives_a_trade(detector: Detector) -> None:
    for text in (
        "Odalys Verrington — ella es actriz. Peso 0.8.",
        "Odalys Verrington est une présentatrice française.",
        "Odalys Verrington ist eine Moderatorin aus Köln.",
    ):
        finding = detector.detect(
            normalize_civitai_model(_page("Retrato", ["portrait"], text)).model
        )
        assert finding.likeness and finding.target_name == "Odalys Verrington", text


def test_a_trade_sentence_without_a_name_names_nobody(detector: Detector) -> None:
    for text in (
        "Mi modelo favorito — ella es actriz en la foto. Peso 0.8.",
        "Lumière douce est une modèle de lumière.",
    ):
        page = _page("Retrato suave", ["lighting"], text)
        assert not detector.detect(normalize_civitai_model(page).model).likeness, text


def test_a_person_someone_asked_for(detector: Detector) -> None:
    text = "x-post: someone on r/StableDiffusion asked for Odalys Verrington, here you go"
    finding = detector.detect(normalize_civitai_model(_page("Request (SDXL)", [], text)).model)
    assert finding.likeness and finding.target_name == "Odalys Verrington"
    text = "x-post: someone asked for more poses, here you go"
    assert not detector.detect(normalize_civitai_model(_page("Poses", [], text)).model).likeness


def test_a_person_named_only_by_an_images_alt_text(detector: Detector) -> None:
    text = '<p><img src="https://i.example/x.jpg" alt="Odalys Verrington at the premiere"></p>'
    finding = detector.detect(normalize_civitai_model(_page("Premiere", ["portrait"], text)).model)
    assert finding.likeness and finding.target_name == "Odalys Verrington"


def test_alt_texts_of_places_and_drawn_characters_name_nobody(detector: Detector) -> None:
    for alt in ("Sunset Boulevard at dusk", "Mira Starlight in anime style, chibi"):
        text = f'<p><img src="https://i.example/x.jpg" alt="{alt}"></p><p>Lighting LoRA.</p>'
        page = _page("Dusk light", ["lighting"], text)
        assert not detector.detect(normalize_civitai_model(page).model).likeness, alt


def test_a_virtual_idols_trade_is_nobodys(detector: Detector) -> None:
    text = "Project Q-IDOL is an AI-generated virtual idol group member. Fully synthetic face."
    page = _page("Project Q-IDOL virtual idol", ["virtual idol", "ai", "woman"], text)
    assert not detector.detect(normalize_civitai_model(page).model).likeness


def test_a_real_idols_and_a_game_streamers_trade_still_count(detector: Detector) -> None:
    for title, text in (
        ("Odalys Verrington idol", "Odalys Verrington is a K-pop idol. Trained on 40 photos."),
        ("Odalys Verrington streamer", "Odalys Verrington is a game streamer from Lyon."),
    ):
        finding = detector.detect(normalize_civitai_model(_page(title, ["woman"], text)).model)
        assert finding.likeness and finding.target_name == "Odalys Verrington", title


def test_a_title_naming_the_makers_relative_or_coworker_is_a_private_person(
    detector: Detector,
) -> None:
    for title, text in (
        ("Torvald — my brother in law", "Birthday meme pics for him, lol. Weight 0.7."),
        ("coworker K.", "A coworker, K. She agreed, it's for the farewell card."),
        ("my cousin Rhosyn", "Weight 0.8."),
    ):
        page = _page(title, ["man" if "brother" in title else "woman"], text)
        assert detector.detect(normalize_civitai_model(page).model).likeness, title


def test_relation_words_in_other_titles_name_nobody(detector: Detector) -> None:
    for title, tags in (
        ("My Little Pony style", ["style", "cartoon"]),
        ("Grandma's kitchen interior", ["interior", "background"]),
        ("Brotherhood armor", ["clothing", "armor"]),
    ):
        page = _page(title, tags, "Weight 0.7.")
        assert not detector.detect(normalize_civitai_model(page).model).likeness, title
