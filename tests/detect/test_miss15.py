"""miss15: likeness shapes a fresh set missed, each written as a general shape with invented
names and other wordings, and a twin that must not fire.

* a relative of the maker named by a first name the title holds too ("my little sister
  Quilla", "Bertrand, my brother", "My dad Osric retires") — twin: a relative the title does not
  name (a model made *for* them: a style, a toy);
* a platform creator's quoted handle in script that the title holds ("抖音博主「…」") — twins: a
  platform's filter or effect, a virtual creator;
* a romanised name with its own script writing in brackets and a trade ("Name (모향림), cosplay
  model") — twin: a product with a bracketed script word and no trade;
"""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.records import ModelRecord

DETECTOR = Detector()


def _lora(
    title: str, description: str, tags: tuple[str, ...] = (), words: tuple[str, ...] = ()
) -> ModelRecord:
    return ModelRecord(
        platform="civitai",
        model_id="1",
        url="https://civitai.com/models/1",
        name=title,
        model_type="LORA",
        tags=tags,
        description=description,
        trained_words=words,
    )


def _features(record: ModelRecord) -> set[str]:
    return {h.feature for h in DETECTOR.detect(record).hits if h.aspect == "likeness"}


@pytest.mark.parametrize(
    ("title", "description", "target"),
    [
        (
            "Quilla (gift)",
            "Made for my little sister Quilla's birthday, from our photos.",
            "Quilla",
        ),
        ("Bertrand (gift)", "Gift LoRA — Bertrand, my brother. Private.", "Bertrand"),
        ("Ysolde lora", "Ysolde (my big sis) from beach photos.", "Ysolde"),
        ("Osric retirement portraits", "My dad Osric retires in May. For the party.", "Osric"),
        ("Rosalba 80", "My grandma Rosalba turns 80 this year, portraits for the card.", "Rosalba"),
    ],
)
def test_a_relative_the_title_names_is_the_subject(
    title: str, description: str, target: str
) -> None:
    found = DETECTOR.detect(_lora(title, description, tags=("personal",)))
    assert found.likeness
    assert "subject:private_description" in {h.feature for h in found.hits}
    assert found.target_name == target


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Pastel Pony Style", "Made for my little sister Quilla's birthday: her favourite style."),
        ("Robot Dog Toy", "My son Osric loves robots, so here is a toy robot dog."),
        ("Watercolor Cards", "Gift for Bertrand, my brother. A watercolor card style."),
    ],
)
def test_a_relative_the_title_does_not_name_is_no_subject(title: str, description: str) -> None:
    assert "subject:private_description" not in _features(_lora(title, description))


@pytest.mark.parametrize(
    ("title", "description", "handle"),
    [
        (
            "抖音 汽水小熊",
            "抖音博主「汽水小熊」(Qishui Xiaoxiong)，小姐姐。Vlog stills.",
            "汽水小熊",
        ),
        ("晚风阿澈 | Bilibili", "B站UP主「晚风阿澈」的日常视频截图。", "晚风阿澈"),
        ("小红书 椰子冻", "小红书博主“椰子冻”，穿搭照片。", "椰子冻"),
    ],
)
def test_a_platform_creator_handle_in_the_title_is_the_subject(
    title: str, description: str, handle: str
) -> None:
    found = DETECTOR.detect(_lora(title, description, tags=("creator",)))
    assert found.likeness
    assert found.target_name == handle


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("抖音 甜妹滤镜", "抖音特效「甜妹滤镜」风格，一键出片。"),
        ("星野小葵", "抖音虚拟博主「星野小葵」，二次元形象。"),
        ("汽水小熊 style", "抖音博主「椰子冻」同款色调。"),
    ],
)
def test_a_platform_filter_or_a_virtual_creator_names_no_one(title: str, description: str) -> None:
    assert "subject:labelled_name" not in _features(_lora(title, description))


@pytest.mark.parametrize(
    ("title", "description", "target"),
    [
        (
            "Ryu Seo-ran 류서란 | petite, school uniform",
            "Ryu Seo-ran (류서란), cosplay model, 28 years old. Tags: petite, school uniform.",
            "Ryu Seo-ran",
        ),
        (
            "Tsukishiro Hana | cute",
            "Tsukishiro Hana (月城 花), gravure model, 26 years old. Tags: cute, petite.",
            "Tsukishiro Hana",
        ),
    ],
)
def test_a_name_with_its_script_writing_and_a_trade_is_the_subject(
    title: str, description: str, target: str
) -> None:
    found = DETECTOR.detect(_lora(title, description, tags=("cute", "petite", "asian")))
    assert found.likeness
    assert found.target_name == target


def test_a_bracketed_script_word_without_a_trade_names_no_one() -> None:
    record = _lora(
        "Cherry Blossom | cute, petite",
        "Cherry Blossom (桜), cute pastel style, petite frame. Tags: cute, petite.",
        tags=("cute", "style"),
    )
    assert "subject:labelled_name" not in _features(record)
    assert not DETECTOR.detect(record).likeness


@pytest.mark.parametrize(
    ("title", "description", "target"),
    [
        (
            "Mbak Intan — Intan Larasati Wicaksono",
            "Mbak Intan, presenter TV.",
            "Intan Larasati Wicaksono",
        ),
        ("Mas Yoga", "Yoga Pramudya Hartanto — dipanggil Mas Yoga.", "Yoga Pramudya Hartanto"),
        ("Kuya Isidro — Isidro Manalastas", "Salamat Kuya Isidro!", "Isidro Manalastas"),
    ],
)
def test_a_name_of_address_beside_its_full_name_is_the_subject(
    title: str, description: str, target: str
) -> None:
    found = DETECTOR.detect(_lora(title, description, tags=("realistic",)))
    assert found.likeness
    assert found.target_name == target


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Bang Jago — Jago Studio Lights", "Bang Jago lighting preset, Jago Studio Lights."),
        ("Mbak Kunti horror style", "Mbak Kunti, the ghost of folk tales: a horror style."),
    ],
)
def test_a_name_of_address_without_a_full_name_names_no_one(title: str, description: str) -> None:
    assert "subject:labelled_name" not in _features(_lora(title, description, tags=("style",)))


@pytest.mark.parametrize(
    ("title", "description", "target"),
    [
        ("Ninh Thi Kim Oanh LoRA", "LoRA Ninh Thị Kim Oanh — ảnh sân khấu.", "Ninh Thị Kim Oanh"),
        ("CAO VĂN LỘC", "Người mẫu ảnh Cao Văn Lộc: ảnh tạp chí.", "Cao Văn Lộc"),
    ],
)
def test_a_vietnamese_name_with_thi_or_van_in_the_title_is_the_subject(
    title: str, description: str, target: str
) -> None:
    found = DETECTOR.detect(_lora(title, description, tags=("vietnam", "portrait")))
    assert found.likeness
    assert found.target_name == target


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Nét Văn Hóa Việt", "Nét Văn Hóa Việt — phong cách tranh dân gian."),
        ("Văn Miếu Quốc Tử Giám", "Văn Miếu Quốc Tử Giám, kiến trúc cổ."),
    ],
)
def test_thi_or_van_without_a_family_name_names_no_one(title: str, description: str) -> None:
    assert "subject:labelled_name" not in _features(_lora(title, description, tags=("style",)))


@pytest.mark.parametrize(
    ("title", "description", "target"),
    [
        (
            "Велмира Тускодар",
            "Велмира Тускодар (Velmira Tuskodar), певица. Two spellings.",
            "Velmira Tuskodar",
        ),
        (
            "OSVANKAR Ritika",
            "रितिका ओस्वांकर — गायिका. Ritika Osvankar, film stills.",
            "Ritika Osvankar",
        ),
        (
            "سلمى الورداني (ممثلة)",
            "سلمى الورداني، ممثلة. Salma Wardani — TV interviews.",
            "Salma Wardani",
        ),
    ],
)
def test_a_name_in_two_scripts_with_a_trade_is_the_subject(
    title: str, description: str, target: str
) -> None:
    found = DETECTOR.detect(_lora(title, description, tags=("realistic",)))
    assert found.likeness
    assert found.target_name == target


@pytest.mark.parametrize(
    ("title", "description"),
    [
        # a Latin phrase the title does not hold, beside a script genre and a trade word
        ("Soft Focus", "Стиль ретро, певица на сцене. Soft Focus, vintage grain."),
        # the Latin pair the title holds is made of ordinary words
        ("Golden Hour", "موسيقى شرقية، مغنية على المسرح. Golden Hour lighting."),
    ],
)
def test_two_scripts_without_one_name_name_no_one(title: str, description: str) -> None:
    assert "subject:labelled_name" not in _features(_lora(title, description, tags=("style",)))


@pytest.mark.parametrize(
    ("title", "description", "target"),
    [
        (
            "Orsina Thallowby | netball",
            "Orsina Thallowby — school netball team captain. Match photos.",
            "Orsina Thallowby",
        ),
        (
            "Vote QUERRIDGE — Anselm Querridge",
            "Ballot no. 4: Anselm Querridge for the Lower Vale council.",
            "Anselm Querridge",
        ),
    ],
)
def test_a_full_name_with_a_sport_role_or_a_candidacy_is_the_subject(
    title: str, description: str, target: str
) -> None:
    found = DETECTOR.detect(_lora(title, description, tags=("portrait",)))
    assert found.likeness
    assert found.target_name == target


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Crimson Wolves | rugby", "Crimson Wolves — U-17 rugby sevens squad kit. Jersey designs."),
        ("Green Party | poster", "Green Party for the city council: a poster style."),
    ],
)
def test_a_team_or_a_party_with_a_role_is_no_subject(title: str, description: str) -> None:
    assert "subject:labelled_name" not in _features(_lora(title, description, tags=("style",)))


def test_a_line_listing_the_people_of_a_blend_names_them() -> None:
    record = _lora(
        "Face Fusion 7",
        "Who is in it: Jasper Quorrimond + Ilse Varnholt.\n<lora:jasperquorrimond:0.4>",
        tags=("blend",),
    )
    found = DETECTOR.detect(record)
    assert found.likeness
    assert found.target_name == "Jasper Quorrimond"


def test_a_line_listing_dog_breeds_names_no_one() -> None:
    record = _lora("Dog Fusion 7", "Who is in it: Golden Retriever + Border Collie.", tags=("dog",))
    assert "subject:labelled_name" not in _features(record)


def _hf_card(repo: str, prompt: str, description: str) -> ModelRecord:
    return ModelRecord(
        platform="huggingface",
        model_id=repo,
        url=f"https://huggingface.co/{repo}",
        name=repo.split("/", 1)[1],
        model_type="LORA",
        description=description,
        trained_words=(prompt,),
        card={"instance_prompt": prompt},
    )


def test_a_script_name_and_a_person_class_the_repo_romanises_is_the_subject() -> None:
    found = DETECTOR.detect(
        _hf_card("someone/lu-qingyan-flux-lora", "photo of 陆清妍", "陆清妍, woman, portrait")
    )
    assert found.likeness
    assert "subject:labelled_name" in {h.feature for h in found.hits}


def test_a_script_word_and_a_person_class_the_repo_does_not_romanise_is_none() -> None:
    record = _hf_card("someone/ink-wash-flux-lora", "photo of 水墨画", "水墨画, woman, portrait")
    assert "subject:labelled_name" not in _features(record)
