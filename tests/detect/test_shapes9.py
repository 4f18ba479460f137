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
