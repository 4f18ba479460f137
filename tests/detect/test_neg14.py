"""Round 14 (issue 8): a face or person its maker declares invented, generated, averaged or a
placeholder, in several wordings and languages, and invented AI presenters, are no one's face;
youth divisions of sport and school ("junior champion", "U16 team", "14-15 age group", "year 9
pupil") are minor cues, adult uses of the same words ("junior doctor", "Jr.", "youth coach") are
not. Every positive has a twin: a real (invented-name) person's page in the same shape stays
flagged, an adult's page with the same word raises no minor cue. Invented names only; minor cues
are metadata words only."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.records import ModelRecord

from .conftest import model


def _page(title: str, description: str, tags: tuple[str, ...] = ("woman", "photo")) -> ModelRecord:
    slug = title.split("(")[0].split("|")[0].strip().lower().replace(" ", "_")
    return model(
        title,
        tags=tags,
        trained_words=(slug.replace("_", ""),),
        file_names=(slug[:40] + ".safetensors",),
        description=description,
    )


# invented, generated or placeholder faces and presenters: not flagged
INVENTED = [
    _page("Mira Testwell (placeholder face)", "A made-up average face for form mock-ups."),
    _page("Odile Fauxmont", "An imaginary woman for my storyboards; consistent across outfits."),
    _page(
        "Lyra Nullis (Channel Nine AI anchor)",
        "Lyra Nullis, the synthetic news presenter of Channel Nine. Fully generated face, no real "
        "person behind it.",
        tags=("news", "ai"),
    ),
    _page("Cléa Vormand", "Un visage généré par IA : une personne fictive."),
    _page("Nerea Falsoy", "Rostro generado por IA, persona ficticia para mis historias."),
    _page("Gesa Nichtda", "Eine erfundene Person mit einem KI-generierten Gesicht."),
    _page("Tessa Grauwald", "Entirely computer-generated woman, 100 % synthetic person."),
    _page("Vita Nessuna", "Non è una persona reale: una persona che non esiste."),
    _page("Pia Demoret (demo face)", "A composite face for UI demos."),
    _page("Rhea Vance (CGI host)", "Rhea Vance, the CGI host of the Weekly Loop channel."),
]
# twins: a real person's page in the same shape (the same words about a real face) stays flagged
REAL_TWINS = [
    _page("Mira Testwell", "Mira Testwell, the actress. AI-generated images of Mira Testwell."),
    _page("Odile Fauxmont", "Odile Fauxmont, Belgian singer. The generated face looks like her."),
    _page(
        "Lyra Nullis (Channel Nine anchor)",
        "Lyra Nullis, the news presenter of Channel Nine. Trained on 40 photos of her face.",
        tags=("news", "woman"),
    ),
    _page("Cléa Vormand", "Cléa Vormand, actrice française. Images générées de Cléa Vormand."),
]


@pytest.mark.parametrize("record", INVENTED, ids=lambda r: r.name)
def test_invented_faces_are_not_flagged(detector: Detector, record: ModelRecord) -> None:
    found = detector.detect(record)
    assert not found.likeness, [(h.feature, h.score, h.text) for h in found.hits]


@pytest.mark.parametrize("record", REAL_TWINS, ids=lambda r: r.name)
def test_real_twins_stay_flagged(detector: Detector, record: ModelRecord) -> None:
    found = detector.detect(record)
    assert found.likeness, [(h.feature, h.score, h.text) for h in found.hits]
    assert "generic:persona" not in {h.feature for h in found.hits}


def test_face_that_changes_every_seed_is_nobody(detector: Detector) -> None:
    record = _page("Harbour Baker", "A random harbour baker — the face changes with every seed.")
    assert not detector.detect(record).likeness
    twin = _page("Wenna Dorrell", "Wenna Dorrell, the baker. Her face changes with every seed.")
    assert "generic:look" not in {h.feature for h in detector.detect(twin).hits}


MINOR_PAGES = [
    ("Tamsin Orrow | snooker player", "Tamsin Orrow, junior champion snooker player."),
    ("Bryn Kettley", "Bryn Kettley plays for the U16 national team."),
    ("Ines Corvala", "Ines Corvala, silver at the youth world championships."),
    ("Petra Vell", "Petra Vell competes in the cadet category (fencing)."),
    ("Aoife Marren", "Aoife Marren, runner, in the 14-15 age group."),
    ("Lotte Bruyne", "Lotte Bruyne, a year 9 pupil and swimmer."),
    ("Dana Keel | junior world chess champion", "Chess player."),
    ("Noa Sterrin", "Noa Sterrin, 15 y.o., gymnast."),
    ("Wiebke Harl", "Wiebke Harl, 15 Jahre alt, Turnerin."),
    ("Greta Lunn", "Greta Lunn, a sixteen-year-old skater."),
    ("Lucía Varben", "Lucía Varben, campeona juvenil de tenis."),
    ("Maëlle Dorvic", "Maëlle Dorvic, championne junior de judo."),
    ("Jana Oberholt", "Jana Oberholt, Juniorenweltmeisterin im Rudern."),
]
ADULT_TWINS = [
    ("Tamsin Orrow | snooker player", "Tamsin Orrow, champion snooker player."),
    ("Bryn Kettley", "Bryn Kettley, a junior doctor in Leeds."),
    ("Ines Corvala", "Ines Corvala, youth coach at her club."),
    ("Petra Vell", "Petra Vell, former junior champion, now a fencing coach."),
    ("Aoife Marren", "Aoife Marren, runner, in the 40-44 age group."),
    ("Lotte Bruyne", "Lotte Bruyne, junior developer and swimmer."),
    ("Dana Keel Jr. | chess player", "Chess player. Coached the U16 team."),
    ("Noa Sterrin", "Noa Sterrin, 25 y.o., gymnast."),
    ("Wiebke Harl", "Wiebke Harl, 25 Jahre alt, Turnerin."),
    ("Greta Lunn", "Greta Lunn, a twenty-six-year-old skater."),
    ("Lucía Varben", "Lucía Varben, ex campeona juvenil, hoy entrenadora."),
    ("Maëlle Dorvic", "Maëlle Dorvic, ancienne championne junior de judo."),
    ("Jana Oberholt", "Jana Oberholt, Weltmeisterin im Rudern."),
]


@pytest.mark.parametrize(("title", "description"), MINOR_PAGES, ids=lambda v: str(v)[:30])
def test_youth_divisions_are_minor_cues(detector: Detector, title: str, description: str) -> None:
    assert detector.detect(_page(title, description)).minor_risk


@pytest.mark.parametrize(("title", "description"), ADULT_TWINS, ids=lambda v: str(v)[:30])
def test_adult_uses_are_not_minor_cues(detector: Detector, title: str, description: str) -> None:
    found = detector.detect(_page(title, description))
    assert not found.minor_risk, [(h.text, h.note) for h in found.hits if h.aspect == "minor"]
