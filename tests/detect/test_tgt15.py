"""The target of a likeness finding, round 15. Invented people only; each positive has a twin of
the same shape that must not change.

* A live-action role's record (the title names the character) shows the person who plays it
  when the trigger word or the description gives a whole name the title does not hold
  (findings._cast_over_role); twins: the trigger repeats the role's name, or a part of it.
* An account handle that opens the title, written with digits or a handle's word ("_irl",
  ".art", "_and_") and repeated by the trigger or the description, is the target as written
  (subject_name 12: title_account); twins: a name written with an underscore, a handle shape
  no other field repeats, a placeholder token.
* A handle after a credit word ("requested by @x") is the requester's, not the subject's
  (social_cues 9); twin: a handle that is the title's subject.
* A romanised Korean name is shown as the text writes it ("Yuk Da-som", not the common
  spelling of its key, "Yook Dasom": findings.as_written_name); twins: lower-case text, another
  name.
* A four-word Vietnamese name that the title writes whole is that name, not its first two
  words, when the name reader also reads it (subject_name marks it as the title's subject).
"""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.detect.evalsets import record_of
from dfaudit.detect.findings import as_written_name, clean_target
from dfaudit.detect.names import canonical_key
from dfaudit.detect.signals.subject_name import file_name_subject, subject_of, title_account
from dfaudit.records import ModelRecord


def _lora(
    title: str,
    *,
    description: str = "",
    tags: tuple[str, ...] = ("woman", "realistic"),
    trained: tuple[str, ...] = (),
    files: tuple[str, ...] = (),
) -> ModelRecord:
    raw = {
        "id": 15,
        "name": title,
        "type": "LORA",
        "tags": list(tags),
        "description": description,
        "modelVersions": [
            {
                "id": 150,
                "name": "v1",
                "trainedWords": list(trained),
                "files": [{"id": 151 + i, "name": f, "type": "Model"} for i, f in enumerate(files)],
            }
        ],
    }
    return record_of(raw, "civitai")


ROLE_TAGS = ("character", "tv series", "woman")


@pytest.mark.parametrize(
    ("title", "description", "trained", "target"),
    [
        ("Marisol Quant from Copper Harbour (TV series)", "", ("ilsa brennock as marisol",),
         "Ilsa Brennock"),
        ("Captain Marisol Quant (Copper Harbour)",
         "photo of Ilsa Brennock as Captain Marisol Quant, portrait", (), "Ilsa Brennock"),
        # twins: the trigger word is the role's own name, or a part of it
        ("Marisol Quant from Copper Harbour (TV series)", "", ("marisol quant",),
         "Marisol Quant"),
        ("Marisol Quant from Copper Harbour (TV series)", "", ("quant marisol",),
         "Marisol Quant"),
    ],
)  # fmt: skip
def test_a_role_names_the_person_who_plays_it(
    detector: Detector, title: str, description: str, trained: tuple[str, ...], target: str
) -> None:
    finding = detector.detect(
        _lora(title, description=description, tags=ROLE_TAGS, trained=trained)
    )
    assert finding.likeness
    assert finding.target_name == target


@pytest.mark.parametrize(
    ("title", "trained", "tags", "target"),
    [
        ("velvetmoth_irl | OnlyFans", ("velvetmoth_irl",), ("onlyfans", "woman"),
         "velvetmoth_irl"),
        ("kirra.lane42 OnlyFans model", ("kirra.lane42",), ("woman", "influencer"),
         "kirra.lane42"),
        ("saltandpine_daily - LoRA", ("saltandpine_daily",), ("influencer", "streamer"),
         "saltandpine_daily"),
        # twins: a name written with an underscore; a placeholder token
        ("esme_varnow lora", ("esme_varnow",), ("woman", "celebrity"), "Esme Varnow"),
    ],
)  # fmt: skip
def test_an_account_handle_opening_the_title_is_the_target(
    detector: Detector, title: str, trained: tuple[str, ...], tags: tuple[str, ...], target: str
) -> None:
    finding = detector.detect(_lora(title, trained=trained, tags=tags))
    assert finding.likeness
    assert finding.target_name == target


@pytest.mark.parametrize(
    ("title", "trained", "described", "account"),
    [
        ("velvetmoth_irl | OnlyFans", ("velvetmoth_irl",), "", "velvetmoth_irl"),
        ("tinsel_and_moss", (), "tinsel_and_moss (ig). face lora", "tinsel_and_moss"),
        ("mira.fox99 cosplay", (), "mira.fox99's cosplay photos", "mira.fox99"),
        # twins
        ("esme_varnow lora", ("esme_varnow",), "", None),  # a name, no handle's word
        ("moth_irl lora", (), "", None),  # no other field repeats it
        ("p3rs0n_22 lora", ("p3rs0n_22",), "", None),  # a placeholder's leetspeak
        ("face_study_8", ("ohwx woman",), "", None),
        ("mira_v2 lora", ("mira_v2",), "", None),  # a version
        ("portrait_pack_3 sdxl", ("portrait_pack_3",), "", None),  # model words
    ],
)
def test_title_account(
    title: str, trained: tuple[str, ...], described: str, account: str | None
) -> None:
    assert title_account(title, trained, described) == account


@pytest.mark.parametrize(
    ("title", "tags", "target"),
    [
        ("Wenna Halbrook (requested by @quietlark_sd)", ("woman", "realistic"), "Wenna Halbrook"),
        ("Wenna Halbrook - thanks @quietlark_sd", ("woman", "realistic"), "Wenna Halbrook"),
        # twin: the handle is the title's subject
        ("@kirrasnaps (TikTok)", ("woman", "tiktok"), "kirrasnaps"),
    ],
)  # fmt: skip
def test_a_credited_handle_is_not_the_target(
    detector: Detector, title: str, tags: tuple[str, ...], target: str
) -> None:
    finding = detector.detect(_lora(title, tags=tags, trained=("wennahalbrook",)))
    assert finding.likeness
    assert finding.target_name == target


def test_a_played_by_korean_name_is_shown_as_written(detector: Detector) -> None:
    finding = detector.detect(
        _lora(
            "Doctor Hollis Ng from Copperline",
            description="Played by Yuk Da-som. Trained on screencaps.",
            tags=("character", "kdrama", "woman"),
        )
    )
    assert finding.target_name == "Yuk Da-som"


@pytest.mark.parametrize(
    ("value", "text", "shown"),
    [
        ("Yook Dasom", "Yuk Da-som", "Yuk Da-som"),
        ("Byun Haeun", "Byeon Ha-eun", "Byeon Ha-eun"),
        # twins: lower-case text; another name; the same letters (accents, hyphens apart)
        ("Yook Dasom", "yuk da-som", "Yook Dasom"),
        ("Yook Dasom", "Mira Voss", "Yook Dasom"),
        ("Ana Lisa", "Ana-Lisa", "Ana Lisa"),
    ],
)
def test_as_written_name(value: str, text: str, shown: str) -> None:
    assert as_written_name(value, text, canonical_key(value) or value) == shown


@pytest.mark.parametrize(
    ("title", "target"),
    [
        ("✨ Truong Minh Lan Vy ✨", "Truong Minh Lan Vy"),
        # twin: two people in a blend stay apart (the first named)
        ("Truong Minh x Lan Vy", "Truong Minh"),
    ],
)
def test_a_vietnamese_name_written_whole_is_the_target(
    detector: Detector, title: str, target: str
) -> None:
    finding = detector.detect(
        _lora(
            title,
            tags=("girl", "public figure", "news anchor"),
            trained=("truongminhlanvy",),
            files=("TruongMinhLanVy.safetensors",),
        )
    )
    assert finding.likeness
    assert finding.target_name == target


@pytest.mark.parametrize(
    ("title", "stem", "name"),
    [
        ("Project Lumen", "osric_carrgrave", "Osric Carrgrave"),
        ("Portrait LoRA (red dress)", "Wenlo_Chaiprapha_v2", "Wenlo Chaiprapha"),
        ("Studio headshots", "ThandoMavimbelaKhoza_v3", "Thando Mavimbela Khoza"),
        ("Celebrity #27", "ODravenby-sdxl", "O Dravenby"),
        ("Subject 0419", "ysolde_harrowgate_v4", "Ysolde Harrowgate"),
        # twins: a title that names someone; a file named after the title; a trigger's code;
        # ordinary words; a model's own name
        ("India Summer", "bs_indiasummer", None),
        ("Melba Quist", "osric_carrgrave", None),
        ("Project Lumen", "mel0quist", None),
        ("Project Lumen", "project_lumen_v2", None),
        ("Face Study", "portrait_pack_flux", None),
        ("Realistic Portrait", "epic_realism_v5", None),
        ("Project Lumen", "face_detail_tweaker", None),
    ],
)
def test_file_name_subject(title: str, stem: str, name: str | None) -> None:
    assert file_name_subject(title, stem) == name


def test_a_file_named_after_a_person_names_the_target(detector: Detector) -> None:
    finding = detector.detect(
        _lora("Project Lumen", tags=("woman", "celebrity"), files=("osric_carrgrave.safetensors",))
    )
    assert finding.likeness and finding.target_name == "Osric Carrgrave"


@pytest.mark.parametrize(
    ("trained", "target"),
    [
        (("orrinhallowaypryce",), "Orrin Halloway Pryce"),
        # twin: no other field spells the third word with the name
        (("ohwx man",), "Orrin Halloway"),
    ],
)
def test_a_double_surname_cut_in_a_slug_is_whole_when_the_trigger_spells_it(
    detector: Detector, trained: tuple[str, ...], target: str
) -> None:
    finding = detector.detect(
        _lora(
            "orrin-halloway-pryce-sdxl-lora",
            tags=("man", "athlete", "real person"),
            trained=trained,
        )
    )
    assert finding.likeness and finding.target_name == target


@pytest.mark.parametrize(
    ("description", "target"),
    [
        ("SORI, main vocalist of the girl group Moonharbor. Real name Gil Da-seul.",
         "Gil Da-seul"),
        # twin: a given name with no hyphen stays as read
        ("SORI, main vocalist of the girl group Moonharbor. Real name Gil Daseul.",
         "Gil Daseul"),
    ],
)  # fmt: skip
def test_a_hyphened_korean_given_name_is_not_cut_at_its_hyphen(
    detector: Detector, description: str, target: str
) -> None:
    finding = detector.detect(
        _lora(
            "SORI (Moonharbor) — " + target,
            description=description,
            tags=("portrait", "realistic", "kpop", "idol"),
            trained=("sori_moonharbor",),
        )
    )
    assert finding.likeness and finding.target_name == target


@pytest.mark.parametrize(
    ("title", "subject"),
    [
        ("M i r e i l l e Ilskenby (you know who)", "Mireille Ilskenby"),
        ("K.e.s.t.r.a.g.r.o.v.e Cosima", "Kestragrove Cosima"),
        # twins: initials and a short code stay apart; a plain name as it is
        ("J.K. Rowanby", "Rowanby"),
        ("A B C test", None),
        ("Mira Voss v2", "Mira Voss"),
    ],
)
def test_a_name_spelt_letter_by_letter_is_read_joined(title: str, subject: str | None) -> None:
    found = subject_of(title)
    assert (found[0] if found else None) == subject


@pytest.mark.parametrize(
    ("title", "subject"),
    [
        ("霧島 雲汐（きりしま くもしお）", "霧島 雲汐"),
        ("LORA | 蒯 雲汐", "蒯 雲汐"),
        # twins: a name written together; a trade word after a name; a longer run
        ("蒯雲汐", "蒯雲汐"),
        ("明星 写真集合", "明星"),
        ("露娜 写真", "露娜"),  # a name, then a word (photos)
    ],
)
def test_a_script_name_written_apart_is_read_whole(title: str, subject: str) -> None:
    found = subject_of(title)
    assert found is not None and found[0] == subject


@pytest.mark.parametrize(
    ("title", "subject"),
    [
        ("Ca sĩ Phan Văn Lộc", "Phan Văn Lộc"),
        ("Người mẫu Lục Thị Hoa", "Lục Thị Hoa"),
        # twins: the trade alone; a name with no trade before it
        ("Ca sĩ", "Ca Sĩ"),
        ("Phan Văn Lộc", "Phan Văn Lộc"),
    ],
)
def test_a_vietnamese_trade_before_a_name_is_no_part_of_it(title: str, subject: str) -> None:
    found = subject_of(title)
    assert found is not None and found[0] == subject


@pytest.mark.parametrize(
    ("value", "kept"),
    [
        ("Flatmate Jody", "Jody"),
        ("my coworker Dana Vell", "Dana Vell"),
        # twin: the word alone names no one
        ("Colleague", None),
    ],
)
def test_a_housemate_or_colleague_word_is_no_part_of_the_name(value: str, kept: str | None) -> None:
    cleaned = clean_target(value, value.lower())
    assert (cleaned[0] if cleaned else None) == kept
