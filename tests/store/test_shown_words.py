"""Words a description shows its reader from inside its tags: an image's alt text and the
title of a Wikipedia article it links to (invented people only)."""

from __future__ import annotations

import time

from dfaudit.store.normalize import html_to_text


def test_an_images_alt_text_is_kept_where_the_image_stands() -> None:
    text = html_to_text('<p><img src="https://i.example/x.jpg" alt="Mara Quellwin at a gala"></p>x')
    assert text == "(image: Mara Quellwin at a gala)\nx"


def test_single_quoted_alt_text_is_decoded_and_stripped_of_markup() -> None:
    assert html_to_text("<img src=x alt='Ines &amp; Tova'> ok") == "(image: Ines & Tova) ok"


def test_a_wikipedia_link_shows_its_articles_title() -> None:
    markup = '<p>who? <a href="https://de.wikipedia.org/wiki/Ren%C3%A9e_Sollberg_(Moderatorin)">hint</a></p>'
    assert html_to_text(markup) == "who? (Wikipedia: Renée Sollberg (Moderatorin)) hint"


def test_other_links_and_empty_alts_add_nothing() -> None:
    markup = '<a href="https://example.org/wiki/Some_Page">site</a> <img alt="" src="y.png"> end'
    assert html_to_text(markup) == "site end"


def test_a_shown_word_is_bounded() -> None:
    text = html_to_text('<img alt="' + "Quellwin " * 30 + '">')
    assert 0 < len(text) <= 160 + len("(image: )")


def test_hostile_tags_stay_linear() -> None:
    start = time.process_time()
    html_to_text("<a " + ' alt="' * 100_000)
    html_to_text('<img alt="' + "x" * 200_000)
    html_to_text("<img " + "href=https://en.wikipedia.org/wiki/" * 20_000)
    assert time.process_time() - start < 2.0
