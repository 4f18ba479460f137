"""East-Asian names: Chinese, Japanese and Korean script, and their romanisations.

The bundled table ``data/east_asian_names.csv.gz`` (built by ``scripts/build_name_tables.py``,
sources in ``data/NOTICE.md``) holds surnames (hanzi, kanji, hangul and their romanisations),
given names (hanzi/kanji, hangul, kana, Japanese romaji) with a gender letter, and Chinese words
that have a name's shape but are words (``not_name``). ``data/han_pinyin.csv.gz`` gives each
hanzi its most common pinyin reading, so that ``杨晨晨`` and ``yangchenchen`` share a key.

Shapes found (each a :class:`Name` with its surname, given name and a romanised key):

- a run of 2–4 hanzi/kanji: a surname (1–2 characters) and a given name (``王晨晨``, ``佐藤花子``);
  kanji surname + kana given name (``佐藤さくら``); hangul surname + given name (``김지연``);
- romanised, family name first or last: ``Park Ji-yeon``, ``Kim Jiyeon``, ``Lee Ji Eun``,
  ``Yang Chenchen``, ``Sato Hanako``, ``JiyeonPark``;
- pinyin run together in one token (``wangchenchen``): a Chinese surname and one or two more
  syllables, nothing left over.

Everything runs in time linear in the (bounded) text.
"""

from __future__ import annotations

import csv
import gzip
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from dfaudit.errors import DfauditError

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_KANA = r"\u3041-\u3096\u30a1-\u30fa\u30fc"
_HANGUL = r"\uac00-\ud7a3"
# A run of CJK script (a hanzi/kanji run may carry kana after it: 佐藤さくら).
SCRIPT_RUN = re.compile(f"[{_HAN}][{_HAN}{_KANA}]*|[{_HANGUL}]+|[{_KANA}]+")
HAS_SCRIPT = re.compile(f"[{_HAN}{_KANA}{_HANGUL}]")
RUN_MAX = 24
# A hangul run is read as a name only with a given name among Korea's this many most common
# (the table holds rarer ones for their syllables; hangul words abound).
HANGUL_GIVEN_RANK = 6000
# Chinese platforms and apps written in pinyin: never a person's name.
PLATFORM_WORDS = frozenset(
    {"xiaohongshu", "weibo", "douyin", "bilibili", "kuaishou", "taobao", "weixin", "zhihu",
     "douban", "youku", "huya", "douyu", "xianyu", "wechat"}
)  # fmt: skip  # letters of a pinyin name run together
SYLLABLE_MAX = 6  # longest pinyin syllable (zhuang, shuang)
SURNAME_LETTERS_MAX = 9  # longest romanised Chinese family name (shangguan)


@dataclass(frozen=True, slots=True)
class Name:
    """An East-Asian name: surname and given name romanised, its script form, gender."""

    surname: str  # romanised, canonical (``kim``, ``wang``, ``sato``)
    given: str  # romanised, syllables joined (``jiyeon``, ``chenchen``)
    gender: str  # f | m | u
    origin: str  # cn | kr | jp
    text: str  # as it stood
    span: tuple[int, int]

    @property
    def key(self) -> str:
        return " ".join(sorted((self.surname, self.given)))

    @property
    def display(self) -> str:
        return f"{self.surname.capitalize()} {self.given.capitalize()}"


@dataclass(frozen=True, slots=True)
class _Tables:
    # form (script, or romanised lower case) -> {origin: canonical romanised surname}
    surnames: dict[str, dict[str, str]]
    given: dict[str, tuple[str, int]]  # form or romanised form -> (gender, rank)
    not_names: frozenset[str]
    pinyin: dict[str, str]  # hanzi -> pinyin
    syllables: frozenset[str]  # pinyin syllables
    korean_syllables: frozenset[str]  # romanised hangul syllables (RR and common variants)
    # Japanese given names in romaji that have the shape of romaji (no "agnaldo")
    jp_given: frozenset[str] = frozenset()
    # romanised Chinese family names of the build script's own list (rank 0), not the dataset's
    listed_cn: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def tables() -> _Tables:
    surnames: dict[str, dict[str, str]] = {}
    given: dict[str, tuple[str, int]] = {}
    not_names: set[str] = set()
    korean_given: set[str] = set()
    jp_given: set[str] = set()
    listed_cn: set[str] = set()
    # Columns: kind, form, key, gender, origin, rank (one plain line split per row).
    for kind, form, key, gender, origin, rank_text in data_rows("east_asian_names.csv.gz", 6):
        if kind == "surname":
            surnames.setdefault(form, {}).setdefault(origin, key)
            if origin == "cn" and rank_text == "0" and form.isascii():
                listed_cn.add(form)
        elif kind == "given":
            rank = int(rank_text)
            if "\uac00" <= form[:1] <= "\ud7a3":
                korean_given.add(form)
            elif origin == "jp" and form.isascii():
                jp_given.add(form)
            for form_or_key in (form, key) if key != form else (form,):
                current = given.get(form_or_key)
                if current is None or rank < current[1]:
                    given[form_or_key] = (gender, rank)
        elif kind == "not_name":
            not_names.add(form)
    for form in CANTONESE_SURNAMES:
        surnames.setdefault(form, {}).setdefault("hk", form)
    pinyin = {row[0]: row[1] for row in data_rows("han_pinyin.csv.gz", 2)}
    # Syllables of two letters or more: "n", "m", "e" would let any word through.
    syllables = frozenset(v for v in pinyin.values() if len(v) >= 2)
    # Syllables Korean given names are made of: those of the known names, and their variants.
    characters = {ch for form in korean_given if is_hangul(form) for ch in form}
    korean = {romanise_hangul(ch) for ch in characters}
    korean = {k for k in korean if len(k) >= 2} | KOREAN_VARIANTS
    jp = frozenset(g for g in jp_given if len(g) >= 3 and _ROMAJI.fullmatch(g))
    listed = frozenset(listed_cn)
    return _Tables(
        surnames, given, frozenset(not_names), pinyin, syllables, frozenset(korean), jp, listed
    )


# Hepburn romaji: a run of morae (a doubled consonant before its mora, "n" on its own).
_ROMAJI = re.compile(
    r"(?:[aiueo]|[kgsztdnhbpmr][aiueo]|y[auo]|w[ao]|sh[aiuo]|ch[aiuo]|j[aiuo]|tsu|fu"
    r"|[kgnhbpmr]y[auo]|n(?![aiueoy])|([kstp])(?=\1))+"
)
ROMAJI_SURNAME_MIN = 5  # letters of a family name known only by its romaji shape


def romaji_family_name(word: str) -> bool:
    """A word that can be a Japanese family name the tables do not hold: romaji of five
    letters or more ("rokkaku", "otonashi"), itself no given name, no word with a name's
    shape, no known family name of another origin."""
    t = tables()
    return (
        len(word) >= ROMAJI_SURNAME_MIN
        and _ROMAJI.fullmatch(word) is not None
        and word not in t.given
        and word not in t.not_names
        and word not in t.surnames
        and word not in common_english_words()  # "banana", "karate"
    )


@lru_cache(maxsize=1)
def common_english_words() -> frozenset[str]:
    """The most frequent English words (data/NOTICE.md), loaded once for both name finders."""
    return frozenset(row[0] for row in data_rows("common_words.csv.gz", 1))


# Votes a given name's parts must reach, and by how much one side must lead the other.
PART_VOTES_MIN = 0.5
PART_MARGIN = 1.5


@lru_cache(maxsize=65536)
def given_gender(given: str) -> str:
    """The gender letter (f, m, u) of a given name in script or romanised: the table's when it
    holds the name, else for a script name the votes of its characters (``芷岚``: both mostly
    in women's names). Each character votes with its female and male shares among the table's
    given names (leave-one-out on the table: about 97 % right where it decides)."""
    t = tables()
    entry = t.given.get(given)
    if entry is not None:
        return entry[0]
    if not HAS_SCRIPT.search(given):
        return "u"  # a romanised syllable stands for many characters: too weak a vote
    return share_vote(_part_shares(), given[:4], PART_VOTES_MIN, PART_MARGIN)


def share_vote(
    shares: dict[str, tuple[float, float]], parts: Iterable[str], votes_min: float, margin: float
) -> str:
    """The gender letter (f, m, u) the parts of a given name vote for, each with its female
    and male shares: one side must reach ``votes_min`` and lead the other ``margin`` times."""
    female = male = 0.0
    for part in parts:
        f, m = shares.get(part, (0.0, 0.0))
        female += f
        male += m
    if female >= votes_min and female >= margin * male:
        return "f"
    if male >= votes_min and male >= margin * female:
        return "m"
    return "u"


@lru_cache(maxsize=1)
def _part_shares() -> dict[str, tuple[float, float]]:
    """(female, male) share of each hanzi/kanji/hangul character among the table's gendered
    given names in script: counted once, smoothed by one."""
    counts: dict[str, list[int]] = {}
    for form, (gender, _) in tables().given.items():
        if gender not in ("f", "m") or not HAS_SCRIPT.search(form):
            continue
        for ch in set(form):
            if _is_kana(ch):
                continue
            counts.setdefault(ch, [0, 0])[gender == "m"] += 1
    return {p: (f / (f + m + 1), m / (f + m + 1)) for p, (f, m) in counts.items()}


def data_lines(name: str) -> list[str]:
    """The lines of a bundled gzip CSV file under ``data/`` (header included)."""
    raw = resources.files("dfaudit.detect").joinpath(f"data/{name}").read_bytes()
    lines = gzip.decompress(raw).decode("utf-8").split("\n")
    if lines[-1] == "":
        lines.pop()
    return lines


def data_rows(name: str, width: int) -> list[list[str]]:
    """The rows of a bundled gzip CSV file under ``data/`` (header dropped), each a list of
    ``width`` fields. The build scripts write plain fields (no quotes, no comma in a field), so
    a line split reads them, several times cheaper than the csv module at every worker start;
    a file that holds a quote is read with the csv module."""
    raw = resources.files("dfaudit.detect").joinpath(f"data/{name}").read_bytes()
    text = gzip.decompress(raw).decode("utf-8")
    if '"' in text:
        rows = list(csv.reader(io.StringIO(text)))[1:]
        if any(len(row) != width for row in rows):
            raise DfauditError(f"data/{name}: a row without {width} fields (a damaged install)")
        return rows
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    if text.count(",") != (width - 1) * len(lines):  # header included: a cheap sanity check
        raise DfauditError(f"data/{name}: a row without {width} fields (a damaged install)")
    return [line.split(",") for line in lines[1:]]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Cantonese romanisation (Hong Kong's, as passports and the press write it): the common family
# names that are no English word ("So", "To", "Man", "Law" are left out), and the syllables given
# names are made of. A Cantonese given name is two of them, apart, hyphenated or joined, after
# the family name ("Yip Suet Kiu", "YIP Suet-kiu", "Suet-kiu Yip"). Origin ``hk``.
CANTONESE_SURNAMES = _words(
    "chan wong lau cheung leung ng tse lam yeung chow tsang kwok mak fung yip chiu siu poon "
    "kwan tsui yuen hui lui chu kwong shek fong chong tong cheng ngai tsoi choy ko yiu tsoi "
    "kam tam wan lai pang yau"
)
CANTONESE_SYLLABLES = _words(
    "ka yan wing sze hoi ching man yee chiu wai kit ying mei shuk fong ho siu lok ming kwok "
    "chun hin tsz hei yu yin wah kei lam sum pui suet oi kwan ting yuk lai hung kin chi fai tak "
    "keung wun on pik sau fung lung chung yiu king kam wan nga sin shan hang yat long tin chak "
    "hon tung hiu lun sing ping ngai pak yung bo po kiu kuen chuen mun kong yeuk nam sun tsun "
    "cheuk lap wa lei na fa mo cho tsang tze shing hok yeung yim fei wu heung shui leung yuen "
    "sheung chee kai shu wo choi sai lim pong pui tsui kwai chau mui lin"
)


def _ordered(text: str) -> list[str]:
    return text.split()


# Syllables of Korean given names as people write them, beside the Revised Romanization.
KOREAN_VARIANTS = _words(
    "yoon young jung hyun soo joo eun woo kyung chul sung hee hye jae won min seung ji"
    " yeon yeong sook suk mi na ah ra rin bin jin hoon hun ho yong sun seon joon jun"
    " hwa kyu shin sin chae rae yoo you yu ryu seul gyu sol dong kyeong youn yun hyo"
    " hyung hyeon gyeong kyung ok soon sang seok suk rim lim ae"
)

_INITIALS = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch"]
_INITIALS += ["k", "t", "p", "h"]
_MEDIALS = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u"]
_MEDIALS += ["wo", "we", "wi", "yu", "eu", "ui", "i"]
_FINALS = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m"]
_FINALS += ["p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"]


@lru_cache(maxsize=1)
def _all_korean_syllables() -> frozenset[str]:
    """The Revised Romanization of every hangul syllable, and the table's variants."""
    return frozenset(i + m + f for i in _INITIALS for m in _MEDIALS for f in _FINALS) | (
        KOREAN_VARIANTS
    )


def korean_syllable(word: str) -> bool:
    """Whether ``word`` (any case) is the romanisation of one hangul syllable."""
    return word.lower() in _all_korean_syllables()


def romanise_hangul(text: str) -> str:
    """Revised Romanization, syllable by syllable (names are written that way): ``지연`` →
    ``jiyeon``. Characters that are not hangul syllables are dropped."""
    out = []
    for ch in text:
        code = ord(ch) - 0xAC00
        if 0 <= code < 11172:
            initial, rest = divmod(code, 588)
            medial, final = divmod(rest, 28)
            out.append(_INITIALS[initial] + _MEDIALS[medial] + _FINALS[final])
    return "".join(out)


_KANA_ROMAJI = dict(
    zip(
        "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん"
        "がぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽ",
        _ordered(
            "a i u e o ka ki ku ke ko sa shi su se so ta chi tsu te to na ni nu ne no ha hi fu he"
            " ho ma mi mu me mo ya yu yo ra ri ru re ro wa o n ga gi gu ge go za ji zu ze zo da ji"
            " zu de do ba bi bu be bo pa pi pu pe po"
        ),
        strict=True,
    )
)
_SMALL = {"ゃ": "ya", "ゅ": "yu", "ょ": "yo"}


def romanise_kana(text: str) -> str:
    """Hepburn romaji of hiragana or katakana: ``さくら`` → ``sakura``, ``リナ`` → ``rina``."""
    out: list[str] = []
    double = False
    for ch in text:
        code = ord(ch)
        if 0x30A1 <= code <= 0x30F6:
            ch = chr(code - 0x60)  # katakana → hiragana
        if ch == "っ":
            double = True
            continue
        if ch in _SMALL and out and out[-1].endswith("i"):
            head = out[-1][:-1]
            out[-1] = (
                head + _SMALL[ch][1:] if head.endswith(("sh", "ch", "j")) else head + _SMALL[ch]
            )
            continue
        if ch == "ー":
            if out:
                out[-1] += out[-1][-1]
            continue
        syllable = _KANA_ROMAJI.get(ch, "")
        if double and syllable:
            syllable = syllable[0] + syllable
        double = False
        out.append(syllable)
    return "".join(out)


def romanise(text: str) -> str:
    """A script name's romanised form: hanzi → pinyin, hangul → RR, kana → romaji."""
    table = tables().pinyin
    out: list[str] = []
    for ch in text:
        if "\uac00" <= ch <= "\ud7a3":
            out.append(romanise_hangul(ch))
        elif "\u3041" <= ch <= "\u30fc":
            out.append(romanise_kana(ch))
        else:
            out.append(table.get(ch, ""))
    return "".join(out)


def pinyin_syllables(run: str) -> tuple[str, ...] | None:
    """Each hanzi of ``run`` read as its most common pinyin syllable; None when one has none."""
    table = tables().pinyin
    out = []
    for ch in run:
        syllable = table.get(ch)
        if not syllable:
            return None
        out.append(syllable)
    return tuple(out)


@lru_cache(maxsize=65536)
def script_names(text: str) -> tuple[Name, ...]:
    """Names written in CJK script in ``text`` (bounded by the caller)."""
    if not HAS_SCRIPT.search(text):
        return ()
    found = []
    runs = list(SCRIPT_RUN.finditer(text))
    skip = False
    for i, run in enumerate(runs):
        if skip:
            skip = False
            continue
        start = run.start()
        if start and text[start - 1].isdigit():
            continue  # "5张照片": a count of things, not a name
        nxt = runs[i + 1] if i + 1 < len(runs) else None
        if (
            nxt is not None
            and len(run.group(0)) <= SPACED_SURNAME_MAX
            and text[run.end() : nxt.start()] in _JOIN
        ):
            # "霞野 ここな", "朝霧・さくらこ": surname and given name written apart
            joined = run.group(0) + nxt.group(0)
            name = _script_name(joined) if len(run.group(0)) <= 2 else None
            name = name or _apart_name(run.group(0), nxt.group(0))
            if name is None and text[run.end() : nxt.start()] in _NAME_JOIN:
                name = _hangul_apart(run.group(0), nxt.group(0))
            if name is not None:
                found.append(_at(name, (start, nxt.end()), text[start : nxt.end()]))
                skip = True
                continue
        name = _script_name(run.group(0))
        if name is not None:
            found.append(_at(name, run.span(), run.group(0)))
    return tuple(found)


_JOIN = (" ", "\u3000", "・", "·")
SPACED_SURNAME_MAX = 4  # kanji of a family name written apart from the given name
KANJI_SURNAME_MAX = 4  # kanji of a family name the tables lack, before a kana given name
# The given names of the tables that a family name the tables lack may stand before: ranked
# among a country's this many most common (a rarer "given name" is often a word).
APART_GIVEN_RANK = 6000


def _at(name: Name, span: tuple[int, int], text: str) -> Name:
    return Name(name.surname, name.given, name.gender, name.origin, text, span)


def _apart_name(surname: str, given: str) -> Name | None:
    """A family name and a given name written apart ("月見里 千紘", "百目鬼・たまき"): a run of
    one to four kanji the tables may lack, then a given name of the tables in kanji or kana
    (the space marks where one ends and the other begins). Hangul and kana family names are
    not read so (words)."""
    t = tables()
    if not all(_is_han(ch) for ch in surname) or surname in t.not_names:
        return None
    kana = _is_kana(given)
    entry = t.given.get(given)
    if kana:
        # a kana given name: its best rank in kana or in romaji ("ひより", "hiyori")
        read = t.given.get(romanise_kana(given))
        if read is not None and (entry is None or read[1] < entry[1]):
            entry = read
    if entry is None or entry[1] > APART_GIVEN_RANK or not 1 <= len(given) <= 4:
        return None
    if is_hangul(given) or (len(given) < 2 and not kana):
        return None
    if not (kana or len(surname) >= 3 or surname in t.surnames):
        return None  # "写真 小雪": two kanji the tables lack before a kanji name are a word
    origins = t.surnames.get(surname) or {}
    origin = "jp" if "jp" in origins or _has_kana(given) or len(surname) >= 3 else "cn"
    canonical = origins.get(origin) or romanise(surname)
    gender = entry[0] if entry[0] in ("f", "m") else given_gender(given)
    run = surname + given
    return Name(canonical, romanise(given), gender, origin, run, (0, len(run)))


_NAME_JOIN = ("\u3000", "・", "·")  # what joins only a name's parts (a space joins words too)


def _hangul_apart(surname: str, given: str) -> Name | None:
    """A Korean family name of one or two syllables, the tables' or not ("소봉"), and a given
    name of two syllables of the tables at any rank, joined by an ideographic space or a
    middle dot ("빙・하윤", "소봉　하윤"): only names are written so."""
    t = tables()
    if not (is_hangul(surname) and is_hangul(given)) or not 1 <= len(surname) <= 2:
        return None
    entry = t.given.get(given)
    if entry is None or len(given) != 2 or surname in t.not_names:
        return None
    origins = t.surnames.get(surname) or {}
    canonical = origins.get("kr") or romanise_hangul(surname)
    gender = entry[0] if entry[0] in ("f", "m") else given_gender(given)
    run = surname + given
    return Name(canonical, romanise_hangul(given), gender, "kr", run, (0, len(run)))


def _kana_given(run: str) -> Name | None:
    """A kanji family name the tables lack (two to four kanji) run together with a kana given
    name of the tables ("月見里たまき", "勅使河原ことは"): Japanese writes names so, and kana
    after kanji otherwise begins a word's ending or a particle, which the given name must not
    be (the kana must be a whole given name, two kana or more)."""
    cut = next((k for k, ch in enumerate(run) if not _is_han(ch)), len(run))
    surname, given = run[:cut], run[cut:]
    if not 2 <= len(surname) <= KANJI_SURNAME_MAX or not 2 <= len(given) <= 4:
        return None
    if not _is_kana(given):
        return None
    return _apart_name(surname, given)


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def _script_name(run: str) -> Name | None:
    t = tables()
    if not 2 <= len(run) <= 7 or run in t.not_names:
        return None
    found = _known_surname_name(run, t) if len(run) <= 6 else None
    return found or _kana_given(run)


def _known_surname_name(run: str, t: _Tables) -> Name | None:
    is_hangul = "\uac00" <= run[0] <= "\ud7a3"
    for cut in (1, 2, 3):  # surname of one to three characters (three: Japanese kanji)
        surname, given = run[:cut], run[cut:]
        origins = t.surnames.get(surname)
        if origins is None or not 1 <= len(given) <= 3:
            continue
        if given == surname:
            continue  # a character doubled ("谢谢" thanks, "常常" often) is a word
        if cut == 3 and (is_hangul or "jp" not in origins):
            continue
        origin = "kr" if is_hangul else "jp" if "jp" in origins and _has_kana(given) else ""
        origin = origin or next(iter(origins))
        canonical = origins.get(origin) or next(iter(origins.values()))
        gender, rank = t.given.get(given, ("", 0))
        if is_hangul and rank > HANGUL_GIVEN_RANK and not (cut == 2 and len(given) == 2):
            # a rarer name: hangul words would read as names (이미지, "image"); after a family
            # name of two syllables (동방, 서문, 남궁) any given name of the table counts
            gender = ""
        if not gender:
            if is_hangul or len(given) > 2:
                continue  # hangul words abound: a given name must be a known one
            if _is_kana(given) and len(given) < 2:
                continue
            gender = given_gender(given)
        return Name(canonical, romanise(given), gender, origin, run, (0, len(run)))
    return None


def is_hangul(text: str) -> bool:
    """Whether every character of ``text`` is a hangul syllable."""
    return all("\uac00" <= ch <= "\ud7a3" for ch in text)


def _has_kana(text: str) -> bool:
    return any("\u3041" <= ch <= "\u30fc" for ch in text)


def _is_kana(text: str) -> bool:
    return all("\u3041" <= ch <= "\u30fc" for ch in text)


@lru_cache(maxsize=65536)
def romanised_names(text: str) -> tuple[Name, ...]:
    """Romanised East-Asian names in ``text``: a known surname beside a given name of
    romanised syllables, family name first or last (``Park Ji-yeon``, ``Ji-yeon Park``)."""
    if text.islower():
        return ()  # every romanised name here starts with a capital letter
    hyphened = _hyphen_korean(text) if "-" in text else ()
    found = _romanised_names(text)
    if not hyphened:
        return found
    spans = [n.span for n in hyphened]
    rest = [n for n in found if all(n.span[1] <= a or b <= n.span[0] for a, b in spans)]
    return tuple(sorted((*hyphened, *rest), key=lambda n: n.span))


def _romanised_names(text: str) -> tuple[Name, ...]:
    t = tables()
    lowered = [w.lower() for w in _CAMEL.findall(text)]
    if t.surnames.keys().isdisjoint(lowered):
        if t.jp_given.isdisjoint(lowered):
            return ()  # most texts: no romanised East-Asian surname or Japanese given name
        return _romaji_names(text)
    words = [(m.group(0), m.start(), m.end()) for m in _CAMEL.finditer(text)]
    if len(words) < 2:
        return ()
    # A name starting at word i has a surname among words i..i+2: other starts are passed over.
    near = [w[0].lower() in t.surnames for w in words]
    near = [any(near[i : i + 3]) for i in range(len(words))]
    out: list[Name] = []
    i = 0
    while i < len(words):
        if not near[i]:
            i += 1
            continue
        found = _given_first(text, words, i, t) or _family_first(text, words, i, t)
        if found is not None:
            out.append(found[0])
            i = found[1]
        else:
            i += 1
    if not out and not t.jp_given.isdisjoint(lowered):
        return _romaji_names(text)
    return tuple(out)


_CAMEL = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
# A capitalised word before a hyphenated Korean given name: "Sobong Ha-neul", "Eogeum Do-yun".
_HYPHEN_GIVEN = re.compile(
    r"(?<![A-Za-z])([A-Z][a-z]{1,8}) ([A-Z][a-z]{0,4})-([a-z]{1,5})(?![A-Za-z])"
)


def _hyphen_korean(text: str) -> tuple[Name, ...]:
    """A Korean name family name first with a hyphenated given name, whatever the family name
    (the tables' or one they lack, "Sobong Ha-neul"): the family name one or two syllables of
    Korean given names' inventory (no English word), the given name two hangul syllables'
    romanisations joined by a hyphen, the second in lower case. A family name of the tables
    is read by :func:`_family_first` as before; this reads the others too."""
    t = tables()
    out: list[Name] = []
    inventory = _all_korean_syllables()
    for m in _HYPHEN_GIVEN.finditer(text):
        family, first, second = m.group(1), m.group(2), m.group(3)
        key = family.lower()
        # w2ea: a family name of one Korean syllable stays one though English has the word
        # ("Bin Eun-bom", "Ban So-yul"): the hyphenated given name says how to read it
        english = key in common_english_words() and key not in t.korean_syllables
        if english or key in t.given:
            continue
        parts = _split_syllables(key, t.korean_syllables | inventory, 2)
        if parts is None or first.lower() not in inventory or second not in inventory:
            continue
        canonical = (t.surnames.get(key) or {}).get("kr") or key
        given = first.lower() + second
        out.append(_name(canonical, given, "kr", text, m.start(), m.end()))
    return tuple(out)


Words = list[tuple[str, int, int]]
# Two capitalised words side by side: a Japanese name whose family name the tables lack.
_CAPITALISED_TWO = re.compile(r"\b([A-Z][a-z]{2,15})[ _]([A-Z][a-z]{2,15})\b")


def _romaji_names(text: str) -> tuple[Name, ...]:
    """``Otonashi Chiharu``, ``Chiharu Otonashi``: a Japanese given name of the tables beside
    a capitalised word of romaji shape the tables lack as anything (:func:`romaji_family_name`)."""
    t = tables()
    out: list[Name] = []
    for m in _CAPITALISED_TWO.finditer(text):
        a, b = m.group(1).lower(), m.group(2).lower()
        if b in t.jp_given and romaji_family_name(a):
            surname, given = a, b
        elif a in t.jp_given and romaji_family_name(b):
            surname, given = b, a
        else:
            continue
        out.append(Name(surname, given, given_gender(given), "jp", m.group(0), m.span()))
    return tuple(out)


def _gap(text: str, words: Words, k: int) -> str:
    return text[words[k][2] : words[k + 1][1]]


def _joined(text: str, words: Words, i: int, j: int) -> bool:
    """Words i..j stand together: one space, ``-``, ``_`` or nothing (camelCase) between."""
    return all(_gap(text, words, k) in ("", " ", "-", "_") for k in range(i, j))


def _surname(word: str, t: _Tables) -> dict[str, str] | None:
    return t.surnames.get(word.lower()) if word[:1].isupper() or word.islower() else None


def _given_first(text: str, words: Words, i: int, t: _Tables) -> tuple[Name, int] | None:
    # "Ji-yeon Park", "JiyeonPark", "Hanako Sato": a given name (one word, or two joined by a
    # hyphen) and then a surname.
    for size in (2, 1):
        j = i + size
        if j >= len(words) or not _joined(text, words, i, j):
            continue
        if size == 2 and _gap(text, words, i) != "-":
            continue  # two given syllables apart are "Lee Ji Eun" read the other way
        origins = _surname(words[j][0], t)
        camel = _gap(text, words, j - 1) == "" and words[j][0][:1].isupper()
        if origins is None or not (words[i][0][:1].isupper() or camel):
            continue
        if j + 1 < len(words) and _gap(text, words, j) == "-" and words[j + 1][0].islower():
            continue  # "Sobong Ha-neul": "Ha" begins a hyphenated given name, no family name
        given = "".join(w[0].lower() for w in words[i:j])
        hyphened = size == 2  # two given syllables joined by "-" (checked above)
        for origin, canonical in origins.items():
            if _given_ok(given, origin, t, words[i:j] if hyphened else None) and (
                given not in t.surnames
            ):
                return _name(canonical, given, origin, text, words[i][1], words[j][2]), j + 1
    return None


def _family_first(text: str, words: Words, i: int, t: _Tables) -> tuple[Name, int] | None:
    # "Park Ji-yeon", "Kim Jiyeon", "Lee Ji Eun", "Yang Chenchen", "Sato Hanako".
    origins = _surname(words[i][0], t)
    if origins is None or not words[i][0][:1].isupper():
        return None
    for size in (2, 1):
        j = i + size
        if j >= len(words) or not _joined(text, words, i, j):
            continue
        parts = words[i + 1 : j + 1]
        if not all(p[0][:1].isupper() for p in parts[:1]):
            continue
        if size == 2 and j + 1 < len(words) and _gap(text, words, j) == "":
            continue  # "Wang Chen LoRA": "Lo" begins a word of its own (camelCase), no syllable
        given = "".join(p[0].lower() for p in parts)
        hyphened = size == 2 and _gap(text, words, i + 1) == "-"
        for origin, canonical in origins.items():
            if size == 2 and origin == "jp":
                continue
            if _given_ok(given, origin, t, parts if hyphened else None):
                return _name(canonical, given, origin, text, words[i][1], words[j][2]), j + 1
    return None


def given_name_ok(given: str, origin: str, apart: tuple[str, ...] = ()) -> bool:
    """Whether ``given`` (letters, lower case) can be a romanised given name of ``origin``;
    ``apart``: its syllables as written apart ("tae_o"), each read like a hyphenated one."""
    t = tables()
    if _given_ok(given, origin, t):
        return True
    if len(apart) != 2 or any(w in common_english_words() for w in (given, *apart)):
        return False  # "lee-sun-set": words apart are words, not syllables
    return _given_ok(given, origin, t, [(w, 0, 0) for w in apart])


def _given_ok(given: str, origin: str, t: _Tables, hyphened: Words | None = None) -> bool:
    """Whether ``given`` (letters, lower case) can be a given name of that origin;
    ``hyphened``: its two syllables as written apart with a hyphen ("Si-u", "I-seo")."""
    if not 2 <= len(given) <= 12:
        return False
    if given in t.not_names and (origin == "jp" or given not in t.given):
        # a word written in pinyin ("zhongguo"), unless the reading of a ranked given name
        # ("mengyao"): beside a family name it is the name
        return False
    if origin == "jp":
        return given in t.given
    if origin == "kr" and hyphened is not None:
        # The hyphen marks the syllables: each may be any hangul syllable's romanisation, one
        # vowel too ("Si-u", "I-seo", "Sae-bom").
        inventory = _all_korean_syllables()
        return all(p[0].lower() in inventory for p in hyphened)
    return _syllables_ok(given, origin)


@lru_cache(maxsize=65536)
def _syllables_ok(given: str, origin: str) -> bool:
    """:func:`_given_ok` for a Korean or Chinese name: worked out once per distinct word."""
    t = tables()
    if origin == "kr":  # Korean given names have two syllables
        parts = _split_syllables(given, t.korean_syllables, 2)
        return parts is not None and len(parts) == 2
    if origin == "hk":  # and Cantonese ones too, of their own syllables
        parts = _split_syllables(given, CANTONESE_SYLLABLES, 2)
        return parts is not None and len(parts) == 2
    return len(given) >= 3 and _split_syllables(given, t.syllables, 2) is not None


def _split_syllables(word: str, inventory: frozenset[str], most: int) -> list[str] | None:
    """``word`` cut into at most ``most`` syllables of ``inventory`` (fewest cuts), or None.
    Dynamic programme over cut points: linear in the word's length (syllables ≤ 6 letters)."""
    n = len(word)
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for end in range(1, n + 1):
        for size in range(1, min(SYLLABLE_MAX, end) + 1):
            head = best[end - size]
            piece = word[end - size : end]
            if head is not None and len(head) < most and piece in inventory:
                candidate = [*head, piece]
                current = best[end]
                if current is None or len(candidate) < len(current):
                    best[end] = candidate
    return best[n]


def _name(surname: str, given: str, origin: str, text: str, start: int, end: int) -> Name:
    return Name(surname, given, given_gender(given), origin, text[start:end], (start, end))


@lru_cache(maxsize=1)
def _compound_surnames() -> frozenset[str]:
    """Romanised Chinese family names of two syllables (``ouyang``, ``sima``, ``zhuge``): no
    syllable on their own, two together."""
    t = tables()
    return frozenset(
        form
        for form, origins in t.surnames.items()
        if "cn" in origins
        and form.isascii()
        and form not in t.syllables
        and len(_split_syllables(form, t.syllables, 2) or ()) == 2
    )


@lru_cache(maxsize=65536)
def pinyin_run_together(token: str) -> Name | None:
    """A Chinese name written as one token of pinyin (``wangchenchen``): a surname and one or
    two syllables of at least three letters, nothing left over; ``None`` for anything else
    (English words that read so, like ``sunshine``, are in the table's ``not_name`` rows)."""
    letters = token.lower()
    if not letters.isalpha() or not letters.isascii() or not 6 <= len(letters) <= RUN_MAX:
        return None
    t = tables()
    if letters in t.not_names or letters in PLATFORM_WORDS:
        return None
    # Two-syllable family names first (Ouyang, Sima, Shangguan: "ouyangxue" is Ouyang Xue, not
    # Ou Yangxue), then one syllable, shortest first.
    # Family names the dataset adds (rarer ones) come after the listed ones: "xiaosheng" is
    # Xiao Sheng, not Xi Aosheng.
    cuts = range(2, min(SURNAME_LETTERS_MAX, len(letters) - 3) + 1)
    listed = t.listed_cn
    order = sorted(
        cuts, key=lambda c: (letters[:c] not in _compound_surnames(), letters[:c] not in listed)
    )
    for cut in order:
        canonical = (t.surnames.get(letters[:cut]) or {}).get("cn")
        if canonical is None:
            continue
        rest = letters[cut:]
        parts = _split_syllables(rest, t.syllables, 2)
        if parts is None or max(len(p) for p in parts) < 3:
            continue
        return Name(canonical, rest, given_gender(rest), "cn", token, (0, len(token)))
    return None


ROMAJI_GIVEN_MIN = 4  # letters of a Japanese given name read run together with a family name


@lru_cache(maxsize=65536)
def romaji_run_together(letters: str) -> Name | None:
    """A Japanese name written as one token of romaji, family name first or last
    (``domekisuzune``, ``kotohayakushiji``): a given name of the tables (four letters or more)
    and a family name, of the tables or of romaji shape (:func:`romaji_family_name`), nothing
    left over. ``letters`` is lower case; the whole token must read as romaji."""
    if not 9 <= len(letters) <= RUN_MAX or _ROMAJI.fullmatch(letters) is None:
        return None
    t = tables()
    if letters in t.not_names or letters in t.given:
        return None
    # Every cut into a given name of the tables and a family name: a family name of the tables
    # first ("kotoha|yakushiji", not "koto|hayakushiji"), then the longest given name, then
    # the more common one.
    cuts: list[tuple[bool, int, int, str, str]] = []
    for cut in range(ROMAJI_GIVEN_MIN, len(letters) - ROMAJI_GIVEN_MIN + 1):
        head, rest = letters[:cut], letters[cut:]
        for given, family in ((rest, head), (head, rest)):
            if given in t.jp_given:
                known = (t.surnames.get(family) or {}).get("jp")
                if known is not None or romaji_family_name(family):
                    rank = t.given[given][1]
                    cuts.append((known is None, -len(given), rank, given, known or family))
    if not cuts:
        return None
    _, _, _, given, family = min(cuts)
    return Name(family, given, given_gender(given), "jp", letters, (0, len(letters)))


KOREAN_SURNAME_LETTERS_MIN = 3  # a romanised Korean family name read run together ("kim", "pyeon")


@lru_cache(maxsize=65536)
def korean_run_together(letters: str) -> Name | None:
    """A Korean name written as one lower-case token, family name first or last
    (``pyeonhayul``, ``hayulpyeon``): a romanised Korean family name of three letters or more and
    a given name of exactly two syllables of the Korean inventory, nothing left over, no
    English word or other name of the tables on its own."""
    if not 7 <= len(letters) <= 16 or not letters.isalpha() or not letters.isascii():
        return None
    t = tables()
    if letters in t.not_names or letters in common_english_words() or letters in t.given:
        return None
    for cut in range(KOREAN_SURNAME_LETTERS_MIN, len(letters) - 3):
        head, rest = letters[:cut], letters[cut:]
        for family, given in ((head, rest), (rest, head)):
            canonical = (t.surnames.get(family) or {}).get("kr")
            if canonical is None or len(family) < KOREAN_SURNAME_LETTERS_MIN:
                continue
            if given in common_english_words() or given in t.surnames:
                continue
            if _syllables_ok(given, "kr"):
                return Name(canonical, given, given_gender(given), "kr", letters, (0, len(letters)))
    return None
