"""Minor-risk and gender by generated family: every wording, language and field of a kind.

Three families of pages, each drawn many times from its own vocabulary and placed in one
*field* of a Civitai or Hugging Face item (the title, the tags, the description, a trigger
word, a Hugging Face repository slug), the rest of the page neutral (an invented person's
portrait LoRA):

* ``minor``: an explicit minor cue, and only the cue (rule 1 of the project: never anything
  else beside it): a stated age under 18 in many wordings and languages, a birth year that
  makes the person under 18 at the page's date, a school grade, a youth word in several
  languages. Prints the recall (the share flagged minor-risk) per kind and field.
* ``adult``: hard negatives, adult people (East-Asian and others) written with look words
  ("young", "cute", "petite", "girl"), school-uniform *costume* words, an adult's age
  ("18+", "20 years old", "born 1998", "young adult"), "teen" in another sense (a life story,
  a band's or a show's name) and the numbers of things ("16 steps", "v15", "15 epochs", "seed
  17", "1girl", "CFG 7"). Prints the minor-risk false-flag rate per kind and field.
* ``gender``: female and male cues in other languages and scripts (여자, 女性, 美女, 남자, 男性,
  idol-group words, pronouns in several languages, gendered trades, gendered given names),
  and pages whose cues conflict or are absent (label unknown). Prints gender accuracy (and
  the likeness rate, since gender is scored on likeness pages) per kind and field.

Every name is invented (`stress_negatives.py`'s name parts); nothing is written anywhere.
Seeded and deterministic. Run from the repository root::

    PYTHONPATH=src:scripts .venv/bin/python scripts/minor_gender_families.py
    PYTHONPATH=src:scripts .venv/bin/python scripts/minor_gender_families.py --family adult -n 40
    PYTHONPATH=src:scripts .venv/bin/python scripts/minor_gender_families.py --show 5
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence

from gazetteer_forms import _slug, civitai_page, hf_page
from stress_negatives import JA_FAMILY, KO_FAMILY, WEST_FAMILY, ZH_FAMILY, east_asian_name, pick

from dfaudit.detect.engine import Detector
from dfaudit.detect.evaluate import Rate
from dfaudit.records import ModelRecord

SEED = 19
PAGE_YEAR = 2025  # the pages' date (gazetteer_forms.civitai_page): birth years are read against it
FIELDS = ("title", "tags", "desc", "trigger", "slug")
Cue = Callable[[random.Random], str]  # one wording of a kind
# kinds written only where they stand on real pages: a sentence in a description
ONLY_FIELDS = {"teen_story": ("desc",), "female_pronoun": ("desc",), "male_pronoun": ("desc",),
               "female_prompt": ("desc",), "male_prompt": ("desc",)}  # fmt: skip


def _age(rng: random.Random) -> int:
    return rng.randint(13, 17)


def _adult(rng: random.Random) -> int:
    return rng.randint(20, 34)


def _ages(*forms: str) -> list[Cue]:
    # a birth year {y}: the person is {a} or {a} - 1 at the page's date, under 18 either way
    return [lambda r, f=f: f.format(a=(a := _age(r)), y=PAGE_YEAR - a) for f in forms]


def _adults(*forms: str) -> list[Cue]:
    return [lambda r, f=f: f.format(a=(a := _adult(r)), y=PAGE_YEAR - a - 1) for f in forms]


def _words(*words: str) -> list[Cue]:
    return [lambda r, w=w: w for w in words]


# ---- (a) explicit minor cues: the cue alone ---------------------------------------------------
MINOR: dict[str, list[Cue]] = {
    "age_en": _ages("{a}yo", "{a} yo", "{a} y/o", "aged {a}", "age {a}", "{a} years old",
                    "{a}-year-old", "{a} yrs old", "age: {a}", "({a})", "{a} y.o."),
    "age_cjk": _ages("{a}歳", "{a}才", "{a}岁", "{a}세", "{a}살", "{a} 歳", "{a}歲"),
    "age_world": _ages("{a} años", "{a} ans", "{a} лет", "{a} anos", "{a} Jahre alt",
                       "{a} tuổi", "{a} tahun", "{a} yaşında", "{a} lat", "edad: {a}",
                       "ha {a} anni"),
    "birth_year": _ages("born {y}", "born in {y}", "(born {y})", "b. {y}", "born: {y}"),
    "school_grade": _words("8th grade", "9th grader", "grade 8", "7th grade student",
                           "year 9 pupil", "中2", "高1", "중2", "고1", "中学2年生"),
    "youth_en": _words("child actress", "child actor", "junior high", "junior high student",
                       "middle schooler", "middle school student", "high schooler",
                       "high school student", "kid", "teen", "teenager", "schoolgirl",
                       "preteen", "young teen", "child model"),
    "youth_world": _words("中学生", "女子中学生", "高校生", "女子高生", "小学生", "子役", "童星",
                          "중학생", "고등학생", "여고생", "아역", "초등학생", "niña", "adolescente",
                          "colegiala", "collégienne", "lycéenne", "школьница", "подросток",
                          "Schülerin", "ragazzina", "menor de edad", "未成年", "미성년자"),
}  # fmt: skip

# ---- (b) hard negatives: adults, look and costume words, numbers of things ------------------
ADULT: dict[str, list[Cue]] = {
    "look_words": _words("young", "cute", "petite", "girl", "young woman", "baby face",
                         "youthful look", "cute girl", "petite asian girl", "kawaii", "귀여운",
                         "可爱", "かわいい", "童颜", "동안"),
    "costume": _words("school uniform", "sailor uniform", "seifuku", "JK uniform",
                      "schoolgirl outfit", "schoolgirl costume", "制服", "校服", "교복",
                      "student cosplay", "セーラー服", "school uniform cosplay"),
    "costume_adult": [lambda r: f"{pick(r, ('school uniform', 'seifuku', '교복', '制服'))}, "
                      f"{pick(r, ('{a} years old', '{a}歳', '{a}세', 'aged {a}', '{a}yo'))}"
                      .format(a=_adult(r))],
    "adult_age": _adults("18+", "20 years old", "{a} years old", "aged {a}", "{a}yo", "({a})",
                         "{a}歳", "{a}세", "{a}岁", "{a} años", "young adult", "all 18+",
                         "adult woman", "born {y}", "born 1998"),
    "teen_story": _words("since her teen years", "teen years ago", "a teen drama star",
                         "former child actress", "lead singer of Teen Comet",
                         "star of Harbor Kids"),
    "teen_work": _words("from Harbor Kids (cartoon)", "kids show host", "youth ambassador",
                        "Teen Vogue cover", "junior doctor", "senior high graduate",
                        "kids cartoon", "teen drama", "(Harbor Kids)"),
    "numbers": _words("16 steps", "v15", "15 epochs", "seed 17", "1girl", "CFG 7",
                      "clip skip 2", "rank 16", "dim 16", "15 repeats", "batch 16", "17 images",
                      "v16.5", "step 17", "16-bit", "15 years of experience", "1girl, solo",
                      "trained for 16 epochs", "dataset of 15 photos"),
}  # fmt: skip

# ---- (c) gender: cues in other languages and scripts ----------------------------------------
F_WORDS = ("여자", "女性", "美女", "미녀", "女优", "女優", "여배우", "女演员", "actress", "actriz",
           "actrice", "chanteuse", "cantora", "певица", "актриса", "女歌手", "여가수", "小姐姐",
           "girl group member", "걸그룹", "女团成员", "gravure model", "woman")  # fmt: skip
M_WORDS = ("남자", "男性", "美男", "미남", "男优", "남배우", "男演员", "actor", "chanteur",
           "cantor", "певец", "актёр", "男歌手", "남가수", "小哥哥", "帅哥", "boy group member",
           "보이그룹", "男团成员", "イケメン", "man")  # fmt: skip
F_PRONOUNS = ("She is a photographer.", "Ella es fotógrafa.", "Elle est photographe.",
              "她是一名摄影师。", "彼女は写真家です。", "그녀는 사진작가입니다.",
              "Она фотограф.", "Her portraits, 40 photos.")  # fmt: skip
M_PRONOUNS = ("He is a photographer.", "Él es fotógrafo.", "Il est photographe.",
              "他是一名摄影师。", "彼は写真家です。", "그는 사진작가입니다.", "Он фотограф.",
              "His portraits, 40 photos.")  # fmt: skip
M_GIVEN = ("Haruto", "Sota", "Minjun", "Jihoon", "Hyun-woo", "Takeshi", "Kenji", "Wei")
F_GIVEN = ("Hikari", "Kotone", "Yu-na", "Ha-eun", "Xiaoxue", "Mengyao", "Ayame", "Ji-ah")
GENDER: dict[str, tuple[str, list[Cue]]] = {
    "female_word": ("female", _words(*F_WORDS)),
    "male_word": ("male", _words(*M_WORDS)),
    "female_pronoun": ("female", _words(*F_PRONOUNS)),
    "male_pronoun": ("male", _words(*M_PRONOUNS)),
    # an example prompt's class noun, on the heading's line or the next (a description only)
    "female_prompt": ("female", _words("woman", "girl", "lady")),
    "male_prompt": ("male", _words("man", "guy", "boy")),
    "conflict": ("unknown", [lambda r: f"{pick(r, F_WORDS)} {pick(r, M_WORDS)}"]),
    "absent": ("unknown", _words("photographer", "singer", "portrait", "streamer", "model")),
}


def _family_only(rng: random.Random) -> str:
    pool = (*JA_FAMILY, *KO_FAMILY, *ZH_FAMILY)
    return pick(rng, [latin for latin, _ in pool])


def _subject(rng: random.Random, family: str, kind: str) -> str:
    """An invented person's name; the gender family's given names carry (or keep out) a gender."""
    if family == "gender" and kind in ("conflict", "absent", "female_prompt", "male_prompt"):
        return f"{_family_only(rng)} {_family_only(rng)}"  # no given name, no table vote
    if family == "gender":
        given = pick(rng, F_GIVEN if kind.startswith("female") else M_GIVEN)
        family_name = _family_only(rng)
        return f"{given} {family_name}" if rng.random() < 0.5 else f"{family_name} {given}"
    if rng.random() < 0.25:
        return f"{pick(rng, ('Maren', 'Odessa', 'Liora', 'Tamsin'))} {pick(rng, WEST_FAMILY)}"
    return east_asian_name(rng)[0]


def page(subject: str, cue: str, field: str, n: int, kind: str = "") -> ModelRecord:
    """A neutral portrait LoRA of ``subject`` with ``cue`` in ``field``."""
    token = "_".join(subject.lower().split())
    model_id = 9_100_000 + n * 10
    if kind.endswith("_prompt"):  # the class noun of an example prompt, the heading's line or next
        join = " " if n % 2 else "\n"
        text = f"Portrait LoRA.\nexample prompt:{join}photo of ohwx {cue}, studio portrait"
        return civitai_page(subject, description=text, trained=(token,), model_id=model_id)
    if field == "title":
        return civitai_page(f"{subject} {cue}", model_id=model_id, trained=(token,))
    if field == "tags":
        return civitai_page(subject, tags=("photorealistic", cue, "portrait"), trained=(token,),
                            model_id=model_id)  # fmt: skip
    if field == "desc":
        text = f"<p>{subject}, {cue}.</p><p>Portrait LoRA, weight 0.7.</p>"
        return civitai_page(subject, description=text, trained=(token,), model_id=model_id)
    if field == "trigger":
        return civitai_page(subject, trained=(f"{token}, {cue}",), model_id=model_id)
    return hf_page(slug=_slug(f"{subject} {cue}"), instance=f"photo of {token}")


Item = tuple[str, str, str, str, ModelRecord]  # family, kind, field, expected, record


def generate(families: Sequence[str], per: int, seed: int) -> list[Item]:
    out: list[Item] = []
    tables: dict[str, dict[str, tuple[str, list[Cue]]]] = {
        "minor": {k: ("minor", v) for k, v in MINOR.items()},
        "adult": {k: ("adult", v) for k, v in ADULT.items()},
        "gender": GENDER,
    }
    for family in families:
        for kind, (expected, cues) in tables[family].items():
            rng = random.Random(f"{seed}:{family}:{kind}")
            for i in range(per):
                fields = ONLY_FIELDS.get(kind, FIELDS)
                field = fields[i % len(fields)]
                cue = cues[i % len(cues)](rng) if i < len(cues) * 2 else pick(rng, cues)(rng)
                subject = _subject(rng, family, kind)
                out.append(
                    (family, kind, field, expected, page(subject, cue, field, len(out), kind))
                )
    return out


def _verdict(family: str, expected: str, finding: object) -> bool:
    """Whether the finding counts for the cell: flagged (minor, adult) or gender right."""
    if family in ("minor", "adult"):
        return bool(getattr(finding, "minor_risk", False))
    return getattr(finding, "target_gender", None) == expected


def run(items: list[Item], show: int) -> None:
    detector = Detector()
    start = time.perf_counter()
    cells: dict[tuple[str, str], dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    liked: dict[tuple[str, str], list[bool]] = defaultdict(list)
    shown: dict[tuple[str, str], int] = defaultdict(int)
    for family, kind, field, expected, record in items:
        finding = detector.detect(record)
        ok = _verdict(family, expected, finding)
        cells[(family, kind)][field].append(ok)
        liked[(family, kind)].append(finding.likeness)
        wrong = (not ok) if family != "adult" else ok
        if wrong and shown[(family, kind)] < show:
            shown[(family, kind)] += 1
            print(f"   [{family}/{kind}/{field}] {record.name!r} tags={list(record.tags)} "
                  f"tw={list(record.trained_words)} desc={record.description[:70]!r} -> "
                  f"minor={finding.minor_risk} gender={finding.target_gender}")  # fmt: skip
    print(f"== {len(items)} pages, {time.perf_counter() - start:.1f} s")
    what = {"minor": "recall    ", "adult": "false flag", "gender": "accuracy  "}
    print(f"  {'family/kind':26} {'':10} {'all':>24}   " + "  ".join(f"{f:>7}" for f in FIELDS)
          + "  likeness")  # fmt: skip
    for (family, kind), by_field in cells.items():
        flags = [x for f in FIELDS for x in by_field[f]]
        rate = Rate(sum(flags), len(flags))
        row = "  ".join(
            f"{sum(by_field[f]) / max(1, len(by_field[f])):7.3f}" if by_field[f] else "      -"
            for f in FIELDS
        )
        lk = liked[(family, kind)]
        print(f"  {family + '/' + kind:26} {what[family]} {rate.cell():>24}   {row}"
              f"  {sum(lk) / len(lk):8.3f}")  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("-n", "--per-kind", type=int, default=100, help="pages per kind (100)")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument(
        "--family", nargs="*", default=["minor", "adult", "gender"],
        choices=["minor", "adult", "gender"],
    )  # fmt: skip
    parser.add_argument("--show", type=int, default=0, help="print up to N wrong pages per kind")
    args = parser.parse_args(argv)
    run(generate(args.family, args.per_kind, args.seed), args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
