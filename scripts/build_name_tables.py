"""Build the East-Asian name tables under src/dfaudit/detect/data/ (see data/NOTICE.md).

Build-time tools only (none is a runtime dependency)::

    .venv/bin/pip install names-dataset==3.3.1 pypinyin==0.55.0 english-words==2.0.2 \
        fugashi==1.5.2 unidic-lite==1.0.8
    .venv/bin/python scripts/build_name_tables.py

Writes gzip CSV files:

``east_asian_names.csv.gz`` (``kind,form,key,gender,origin,rank``):
- ``surname``: Chinese surnames in hanzi with their pinyin, and the pinyin itself (lists below:
  common surnames, public knowledge); Korean surnames in hangul with their usual romanisations
  (``이`` → lee, yi, rhee, …, all keyed ``lee``); Japanese surnames in kanji and romaji from
  ``names-dataset`` (MIT) where Japan ranks them among its TOP_JP_SURNAMES most common (the
  dataset does not pair a kanji form with its reading, so a kanji surname is keyed by its pinyin
  reading: a stable key, not a pronunciation);
- ``given``: given names from ``names-dataset`` ranked in CN/TW/HK/MO/SG (hanzi), KR (hangul),
  JP (kanji, kana, romaji), with a gender letter (f ≥ 0.8 female, m ≤ 0.2, else u; a
  romanised given name's letter from every form of its origin that spells it: see
  ``_romanised_genders``);
- ``not_name``: hanzi phrases of ``pypinyin``'s phrase dictionary and English words of the
  public-domain Webster's 2nd list (``english-words``) that have a name's shape here (a surname
  followed by a plausible given name, or a plausible romanised given name on their own), so
  that ``高清``, ``sunshine`` or ``Sun Set`` is not read as a name.

``surnames.csv.gz`` (``surname,rank,word``): the TOP_SURNAMES most common surnames of a few
countries (``names-dataset``; plain letters only), with ``word`` = 1 for those that are also
words of the project's own "not a name" lists (``vocab.NOT_NAME_WORDS``,
``vocab.NOT_FIRST_NAMES``), kept only among the TOP_WORD_SURNAMES of an English-speaking
country and outside MODEL_WORDS (Fox, Day, Stone, Chase).

``first_names_world.csv.gz`` (``name,gender,rank``): first names of the whole world that
``first_names.csv.gz`` lacks (``names-dataset``; see ``_world_first``), read only where a
text is nothing but a name (a slug, a trigger word) beside a rare surname; also first names
in Greek, Cyrillic, Hebrew and Arabic script (folded), read before a word of their script.

``han_pinyin.csv.gz`` (``char,pinyin``): the first pinyin reading, tone marks removed, of every
hanzi in the CJK Unified Ideographs block that ``pypinyin`` knows.
"""

from __future__ import annotations

import csv
import gzip
import io
import math
import re
import sys
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dfaudit.detect.east_asian import romanise_hangul, romanise_kana  # noqa: E402

OUT = ROOT / "src" / "dfaudit" / "detect" / "data"
TOP_GIVEN = 6000  # per country
# Korean given names: every two-syllable hangul name the dataset ranks in Korea (its syllables
# are the inventory romanised Korean given names are read with).
TOP_KR_GIVEN = 20_000
# Romanised Chinese family names beyond the list below: one pinyin syllable, ranked among
# China's CN_ROMAN_SURNAMES most common Latin-script family names, no common English word.
CN_ROMAN_SURNAMES = 400
# First names of the world (first_names_world.csv.gz): ranked among a country's this many most
# common, in a country that holds at least this share of the name's bearers.
WORLD_FIRST_RANK = 2000
WORLD_FIRST_SHARE = 0.3
# Scripts whose first names the table also holds, folded (Unicode character-name prefixes).
WORLD_SCRIPTS = frozenset({"GREEK", "CYRILLIC", "HEBREW", "ARABIC"})
TOP_JP_SURNAMES = 3000
# A Japanese romaji given name's own gender counts where Japan holds this share of its bearers.
JP_ROMAJI_SHARE = 0.5
HAN_COUNTRIES = ("CN", "TW", "HK", "MO", "SG")
ENGLISH_COUNTRIES = ("US", "GB", "CA", "AU", "IE", "NZ")
SURNAME_COUNTRIES = (*ENGLISH_COUNTRIES, "IT", "FR", "DE", "ES", "PT", "BR", "MX", "NL", "PL", "SE")
TOP_SURNAMES = 1500
TOP_WORD_SURNAMES = 1000
# Words that stand after a first name in model names as what the model makes, not a surname.
# (Brown, White, King, Green, Black, Gray and Knight are not among them: among the commonest
# surnames, they name many public figures, and the pair rule already wants both capitalised.)
_MODEL_WORDS = (
    "lora hair man new real styles style best good low light small fall blue bride german french"
    " wild sweet justice major mark will may long little love golden gold silver grey queen"
    " prince lord angel bishop hunter"
)
MODEL_WORDS = frozenset(_MODEL_WORDS.split())

# Common Chinese surnames (hanzi pinyin), single, and the compound ones of the classical list of
# family names (public knowledge), in simplified and traditional hanzi.
CHINESE_SURNAMES = """
王 wang 李 li 张 zhang 刘 liu 陈 chen 杨 yang 黄 huang 赵 zhao 吴 wu 周 zhou 徐 xu 孙 sun
马 ma 朱 zhu 胡 hu 郭 guo 何 he 林 lin 罗 luo 高 gao 郑 zheng 梁 liang 谢 xie 宋 song 唐 tang
许 xu 韩 han 冯 feng 邓 deng 曹 cao 彭 peng 曾 zeng 肖 xiao 田 tian 董 dong 潘 pan 袁 yuan
蔡 cai 蒋 jiang 余 yu 于 yu 杜 du 叶 ye 程 cheng 魏 wei 苏 su 吕 lv 丁 ding 任 ren 卢 lu
姚 yao 沈 shen 钟 zhong 姜 jiang 崔 cui 谭 tan 陆 lu 范 fan 汪 wang 廖 liao 石 shi 金 jin
韦 wei 贾 jia 夏 xia 付 fu 方 fang 邹 zou 熊 xiong 白 bai 孟 meng 秦 qin 邱 qiu 侯 hou
江 jiang 尹 yin 薛 xue 闫 yan 段 duan 雷 lei 龙 long 黎 li 史 shi 陶 tao 贺 he 毛 mao 郝 hao
顾 gu 龚 gong 邵 shao 万 wan 覃 qin 武 wu 钱 qian 戴 dai 严 yan 莫 mo 孔 kong 向 xiang 常 chang
汤 tang 康 kang 易 yi 乔 qiao 赖 lai 文 wen 施 shi 洪 hong 辛 xin 柳 liu 欧 ou 阮 ruan 关 guan
鞠 ju 倪 ni 殷 yin 庞 pang 葛 ge 童 tong 岳 yue 庄 zhuang 齐 qi 左 zuo 柯 ke 詹 zhan 温 wen
牛 niu 翟 zhai 祝 zhu 盛 sheng 管 guan 骆 luo 单 shan 包 bao 景 jing 佟 tong 艾 ai 宁 ning
迪 di 古 gu 霍 huo 赵 zhao 桂 gui 卓 zhuo 甘 gan 安 an 宫 gong 解 xie 邢 xing 符 fu 蓝 lan
王 wang 張 zhang 劉 liu 陳 chen 楊 yang 黃 huang 趙 zhao 吳 wu 許 xu 韓 han 馮 feng 鄧 deng
蕭 xiao 葉 ye 蘇 su 呂 lv 盧 lu 鍾 zhong 譚 tan 陸 lu 賈 jia 鄒 zou 賴 lai 歐 ou 關 guan 龔 gong
顏 yan 嚴 yan 錢 qian 湯 tang 萬 wan 鄭 zheng 羅 luo 謝 xie 馬 ma 孫 sun 郭 guo 林 lin
欧阳 ouyang 司马 sima 上官 shangguan 诸葛 zhuge 东方 dongfang 慕容 murong 令狐 linghu
闻人 wenren 南宫 nangong 司徒 situ 皇甫 huangfu 端木 duanmu 公孙 gongsun 长孙 zhangsun
宇文 yuwen 尉迟 yuchi 夏侯 xiahou 轩辕 xuanyuan 独孤 dugu 百里 baili 呼延 huyan 西门 ximen
万俟 moqi 赫连 helian 公羊 gongyang 澹台 tantai 公冶 gongye 宗政 zongzheng 濮阳 puyang
淳于 chunyu 太叔 taishu 申屠 shentu 仲孙 zhongsun 钟离 zhongli 闾丘 lvqiu 司空 sikong
亓官 qiguan 司寇 sikou 颛孙 zhuansun 巫马 wuma 公西 gongxi 漆雕 qidiao 乐正 yuezheng
壤驷 rangsi 公良 gongliang 拓跋 tuoba 夹谷 jiagu 宰父 zaifu 谷梁 guliang 段干 duangan
东郭 dongguo 南门 nanmen 羊舌 yangshe 梁丘 liangqiu 左丘 zuoqiu 东门 dongmen 第五 diwu
太史 taishi 司徒 situ 歐陽 ouyang 司馬 sima 諸葛 zhuge 東方 dongfang 南宮 nangong 澹臺 tantai
濮陽 puyang 長孫 zhangsun 尉遲 yuchi 軒轅 xuanyuan 獨孤 dugu 西門 ximen 鍾離 zhongli 公孫 gongsun
"""

# Korean surnames: hangul, then romanisations (the first is the key); the common ones, then
# rarer and two-syllable ones (public knowledge).
KOREAN_SURNAMES = """
김 kim gim
이 lee yi rhee rhie ri
박 park pak bak
최 choi choe
정 jung jeong chung jong
강 kang gang
조 cho jo joe
윤 yoon yun
장 jang chang
임 lim im rim yim
한 han
오 oh
서 seo suh
신 shin sin
권 kwon gwon
황 hwang
안 ahn an
송 song
류 ryu ryoo
유 yoo yu
전 jeon jun chun
홍 hong
고 ko go koh
문 moon mun
양 yang
손 son sohn
배 bae pae
백 baek paik
허 heo hur huh
남 nam
심 shim sim
노 noh roh
하 ha
곽 kwak gwak
성 sung seong
차 cha
주 joo ju
우 woo
구 koo gu ku
민 min
나 na
진 jin
지 ji
엄 um eom
채 chae
원 won
천 cheon
방 bang
공 kong gong
현 hyun hyeon
함 ham
변 byun byeon
염 yeom
여 yeo
추 choo
도 do doh
석 seok
선 sun seon
설 seol sul
마 ma
길 gil
위 wi
표 pyo
명 myung myeong
기 ki gi
반 ban
왕 wang
금 keum geum
육 yook yuk
맹 maeng
탁 tak
국 kook guk
편 pyeon
남궁 namgung
황보 hwangbo
독고 dokgo
제갈 jegal
선우 sunwoo seonwoo
사공 sagong
경 gyeong kyung kyeong
동방 dongbang
서문 seomun
태 tae
용 yong
예 ye
은 eun
봉 bong
범 beom
호 ho
승 seung
모 mo
연 yeon
제 je
피 pi
두 doo du
감 gam
팽 paeng
평 pyeong
포 po
풍 pung
필 pil
해 hae
형 hyeong
화 hwa
후 hu
계 gye
라 ra
당 dang
시 si
운 woon
좌 jwa
창 chang
초 cho
어 eo
빙 bing
가 ga
간 gan
견 gyeon
궁 gung
근 geun
난 nan
내 nae
단 dan
담 dam
대 dae
동 dong
매 mae
목 mok
묘 myo
미 mi
복 bok
부 bu
비 bi
사 sa
삼 sam
상 sang
수 su
순 soon
애 ae
야 ya
엽 yeop
영 young yeong
옹 ong
요 yo
음 eum
자 ja
점 jeom
준 jun
증 jeung
춘 chun
학 hak
환 hwan
흥 heung
"""


def _gender(info: dict[str, object], female_min: float = 0.8, male_max: float = 0.2) -> str:
    genders = info.get("gender") or {}
    assert isinstance(genders, dict)
    female = float(genders.get("F", 0.0) or 0.0)
    male = float(genders.get("M", 0.0) or 0.0)
    if female + male == 0:
        return "u"
    share = female / (female + male)
    return "f" if share >= female_min else "m" if share <= male_max else "u"


def _han(text: str) -> bool:
    return bool(text) and all("\u4e00" <= ch <= "\u9fff" for ch in text)


def _hangul(text: str) -> bool:
    return bool(text) and all("\uac00" <= ch <= "\ud7a3" for ch in text)


def _kana(text: str) -> bool:
    return bool(text) and all("\u3041" <= ch <= "\u30fc" for ch in text)


def main() -> None:
    import pickle

    import names_dataset
    from english_words import get_english_words_set
    from pypinyin import Style, lazy_pinyin
    from pypinyin.constants import PHRASES_DICT, PINYIN_DICT

    data = Path(names_dataset.__file__).parent / "v3"
    with gzip.open(data / "first_names.pkl.gz", "rb") as handle:
        first = pickle.load(handle)  # noqa: S301 - the package's own data file
    with gzip.open(data / "last_names.pkl.gz", "rb") as handle:
        last = pickle.load(handle)  # noqa: S301

    def pinyin(text: str) -> str:
        return "".join(lazy_pinyin(text, style=Style.NORMAL, errors="ignore")).replace("ü", "v")

    rows: set[tuple[str, str, str, str, str, int]] = set()
    tokens = CHINESE_SURNAMES.split()
    for hanzi, reading in zip(tokens[::2], tokens[1::2], strict=True):
        rows.add(("surname", hanzi, reading, "", "cn", 0))
        rows.add(("surname", reading, reading, "", "cn", 0))
    for line in KOREAN_SURNAMES.strip().splitlines():
        hangul, *readings = line.split()
        rows.add(("surname", hangul, readings[0], "", "kr", 0))
        for reading in readings:
            rows.add(("surname", reading, readings[0], "", "kr", 0))
    for name, info in last.items():
        rank = info.get("rank", {}).get("JP")
        if rank is None or rank > TOP_JP_SURNAMES:
            continue
        if _han(name) and 2 <= len(name) <= 3:
            rows.add(("surname", name, pinyin(name), "", "jp", rank))
        elif re.fullmatch(r"[A-Za-z]{3,12}", name):
            rows.add(("surname", name.lower(), name.lower(), "", "jp", rank))
    for name, info in first.items():
        ranks = info.get("rank", {})
        gender = _gender(info)
        if _han(name) and 1 <= len(name) <= 2:
            best = min((ranks[c] for c in (*HAN_COUNTRIES, "JP") if c in ranks), default=None)
            if best is not None and best <= TOP_GIVEN:
                rows.add(("given", name, pinyin(name), gender, "cn", best))
        elif _hangul(name) and len(name) == 2 and ranks.get("KR", 10**9) <= TOP_KR_GIVEN:
            rows.add(("given", name, romanise_hangul(name), gender, "kr", ranks["KR"]))
        elif _kana(name) and 2 <= len(name) <= 4 and "JP" in ranks:
            rows.add(("given", name, name, gender, "jp", ranks["JP"]))
        elif re.fullmatch(r"[A-Za-z]{3,12}", name) and ranks.get("JP", 10**9) <= TOP_GIVEN:
            rows.add(("given", name.lower(), name.lower(), gender, "jp", ranks["JP"]))

    _romanised_genders(rows, first)

    # Words with a name's shape: hanzi phrases beginning with a surname and English words that
    # read as pinyin names run together. Both become "not_name" rows.
    cn_surnames = {r[1] for r in rows if r[0] == "surname" and r[4] in ("cn", "jp") and _han(r[1])}
    for phrase in PHRASES_DICT:
        if (
            2 <= len(phrase) <= 4
            and _han(phrase)
            and (phrase[:1] in cn_surnames or phrase[:2] in cn_surnames)
        ):
            rows.add(("not_name", phrase, "", "", "", 0))
    syllables = set()
    han_rows = []
    for code in sorted(PINYIN_DICT):
        if not 0x4E00 <= code <= 0x9FFF:
            continue
        reading = lazy_pinyin(chr(code), style=Style.NORMAL, errors="ignore")
        if reading and reading[0].isascii() and reading[0].isalpha():
            han_rows.append((chr(code), reading[0]))
            syllables.add(reading[0])
    common = _common_english_words()
    for name, info in last.items():
        key = name.lower()
        rank = info.get("rank", {}).get("CN")
        if rank is None or rank > CN_ROMAN_SURNAMES or key not in syllables or key in common:
            continue
        if not re.fullmatch(r"[a-z]{2,6}", key):
            continue
        if ("surname", key, key, "", "cn", 0) not in rows:
            rows.add(("surname", key, key, "", "cn", rank))
    pinyin_surnames = {r[1] for r in rows if r[0] == "surname" and r[4] == "cn" and r[1].isascii()}
    # Chinese words written in pinyin ("zhongguo"): the romanised phrases of the dictionary.
    for phrase in PHRASES_DICT:
        if 2 <= len(phrase) <= 4 and _han(phrase):
            word = pinyin(phrase)
            if 6 <= len(word) <= 24 and _pinyin_name(word, pinyin_surnames, syllables):
                rows.add(("not_name", word, "", "", "", 0))
    for word in get_english_words_set(["web2"], lower=True):
        plain = 6 <= len(word) <= 24 and word.isalpha() and word.isascii()
        if plain and _pinyin_name(word, pinyin_surnames, syllables):
            rows.add(("not_name", word, "", "", "", 0))

    OUT.mkdir(parents=True, exist_ok=True)
    _write(
        OUT / "east_asian_names.csv.gz",
        ["kind", "form", "key", "gender", "origin", "rank"],
        sorted(rows),
    )
    _write(OUT / "han_pinyin.csv.gz", ["char", "pinyin"], han_rows)
    # English words that would pass as a romanised given name after a surname ("Sun Set").
    from dfaudit.detect import east_asian

    east_asian.tables.cache_clear()
    known = east_asian.tables().given
    for word in get_english_words_set(["web2"], lower=True):
        plain = 4 <= len(word) <= 8 and word.isalpha() and word.isascii() and word not in known
        if plain and any(east_asian.given_name_ok(word, origin) for origin in ("cn", "kr")):
            rows.add(("not_name", word, "", "", "", 0))
    _write(
        OUT / "east_asian_names.csv.gz",
        ["kind", "form", "key", "gender", "origin", "rank"],
        sorted(rows),
    )
    # Ordinary words that are also common surnames in English-speaking countries (Fox, Day,
    # Stone, Chase): after a first name, capitalised, they are a surname.
    from dfaudit.detect.vocab import NOT_FIRST_NAMES, NOT_NAME_WORDS

    ordinary = NOT_NAME_WORDS | NOT_FIRST_NAMES
    surname_rows = []
    for name, info in last.items():
        ranks = info.get("rank", {})
        best = min((ranks[c] for c in SURNAME_COUNTRIES if c in ranks), default=None)
        key = name.lower()
        if best is None or best > TOP_SURNAMES or not re.fullmatch(r"[a-z]{3,15}", key):
            continue
        if key in ordinary:
            if best <= TOP_WORD_SURNAMES and key not in MODEL_WORDS:
                surname_rows.append((key, best, 1))
        else:
            surname_rows.append((key, best, 0))
    surname_rows.sort()
    _write(OUT / "surnames.csv.gz", ["surname", "rank", "word"], surname_rows)
    _write(OUT / "first_names_world.csv.gz", ["name", "gender", "rank"], _world_first(first))
    counts: dict[str, int] = {}
    for row in rows:
        counts[row[0]] = counts.get(row[0], 0) + 1
    print(f"east_asian_names: {counts}; han_pinyin: {len(han_rows)} characters")


def _share(info: dict[str, object]) -> float | None:
    """The female share of a name's bearers in ``names-dataset`` (None: no gender given)."""
    genders = info.get("gender") or {}
    assert isinstance(genders, dict)
    female = float(genders.get("F", 0.0) or 0.0)
    male = float(genders.get("M", 0.0) or 0.0)
    return None if female + male == 0 else female / (female + male)


def _long_vowels(romaji: str) -> str:
    """Romaji as names are written in Latin letters, long vowels unmarked: "yuuma" → "yuma"."""
    return romaji.replace("ou", "o").replace("uu", "u").replace("oo", "o")


def _romanised_genders(
    rows: set[tuple[str, str, str, str, str, int]],
    first: dict[str, dict[str, object]],
    pinyin: Callable[[str], str] | None = None,
    reading: Callable[[str], str | None] | None = None,
) -> None:
    """The gender of every romanised given name the table holds (a Japanese romaji row, or the
    key of hanzi and hangul rows), from all the forms that spell it (in place):

    - a Japanese romaji name's own share only where Japan holds at least JP_ROMAJI_SHARE of
      its bearers (the dataset's gender is one share over every country: "Kanon" is mostly
      Bangladeshi men there, a Japanese woman's name in Japan);
    - every Japanese kana given name romanised to it, long vowels unmarked too (``ゆうま`` →
      yuuma, yuma), and every kanji given name ranked in Japan (where Japan holds that share of
      its bearers) whose reading it is, where UniDic (``unidic-lite``) holds the kanji as one
      given name (花音 → カノン → kanon);
    - every hanzi given name ranked in a Chinese-speaking country whose pinyin it is, and every
      hangul given name whose romanisation it is (the best-ranked form alone decided before).

    Each form votes with its female share, weighted by one over the square root of its rank
    (a common form says more than a rare one).

    Only forms of one origin vote on a key (hangul 미오 does not vote on Japanese "mio"): on a
    romaji row the Japanese forms, on a key of hanzi or hangul rows that origin's forms, for the
    origin of its best-ranked row. The key's gender is f or m where the forms' mean female share
    is at least 0.8 or at most 0.2, else u. Each key keeps its rank (the best of its rows). A
    romaji row takes its key's gender; for a key of hanzi or hangul rows whose gender that
    changes, a romanised row of the same rank carries it, which comes first among rows of equal
    rank (rows are written sorted, Latin letters before script): the runtime table reads it."""
    pinyin = pinyin or _pinyin
    reading = reading or _given_name_reading
    # (origin, key) -> [weighted sum of female shares, sum of weights]
    votes: dict[tuple[str, str], list[float]] = {}

    def vote(origin: str, key: str, share: float | None, rank: int) -> None:
        if share is not None:
            weight = 1 / math.sqrt(rank)  # a common form says more than a rare one
            entry = votes.setdefault((origin, key), [0.0, 0.0])
            entry[0] += share * weight
            entry[1] += weight

    for name, info in first.items():
        ranks = info.get("rank") or {}
        shares = info.get("country") or {}
        assert isinstance(ranks, dict) and isinstance(shares, dict)
        share = _share(info)
        if _kana(name) and 2 <= len(name) <= 4 and "JP" in ranks:
            romaji = romanise_kana(name)
            for key in {romaji, _long_vowels(romaji)}:
                vote("jp", key, share, ranks["JP"])
        elif (
            re.fullmatch(r"[A-Za-z]{3,12}", name)
            and "JP" in ranks
            and float(shares.get("JP", 0.0)) >= JP_ROMAJI_SHARE
        ):
            vote("jp", name.lower(), share, ranks["JP"])
        if _han(name) and "JP" in ranks and float(shares.get("JP", 0.0)) >= JP_ROMAJI_SHARE:
            kana = reading(name)
            if kana:
                romaji = romanise_kana(kana)
                for key in {romaji, _long_vowels(romaji)}:
                    vote("jp", key, share, ranks["JP"])
        elif _han(name) and 1 <= len(name) <= 2 and any(c in ranks for c in HAN_COUNTRIES):
            vote("cn", pinyin(name), share, min(ranks[c] for c in HAN_COUNTRIES if c in ranks))
        elif _hangul(name) and len(name) == 2 and "KR" in ranks:
            vote("kr", romanise_hangul(name), share, ranks["KR"])
    # key -> (best rank, origin and gender of the row the runtime reads for it: the first of
    # the best rank in sorted order)
    best: dict[str, tuple[int, str, str]] = {}
    romaji: dict[str, tuple[str, str, str, str, str, int]] = {}
    for row in sorted(rows):
        kind, form, key, read, origin, rank = row
        if kind != "given" or not key.isascii():
            continue
        if form == key:
            romaji[key] = row
        if key not in best or rank < best[key][0]:
            best[key] = (rank, origin, read)

    def gender(origin: str, key: str) -> str | None:
        if (origin, key) not in votes:
            return None
        total, count = votes[(origin, key)]
        return "f" if total / count >= 0.8 else "m" if total / count <= 0.2 else "u"

    for key, (rank, origin, read) in best.items():
        own = romaji.get(key)
        if own is not None and gender("jp", key) is not None:
            rows.discard(own)
            rows.add((*own[:3], gender("jp", key), *own[4:]))
        found = gender(origin, key) if origin in ("cn", "kr") else None
        if found is not None and found != read and (own is None or own[5] > rank):
            # only where it changes what is read (the table stays compact)
            rows.add(("given", key, key, found, origin, rank))


@lru_cache(maxsize=1)
def _tagger() -> Callable[[str], list[Any]]:
    import fugashi  # with unidic-lite: a Japanese dictionary with given names and their readings

    return fugashi.Tagger()  # type: ignore[no-any-return]


def _given_name_reading(kanji: str) -> str | None:
    """The kana reading of a kanji given name where the dictionary holds it as one given name
    (花音 → カノン), else None."""
    words = _tagger()(kanji)
    if len(words) != 1 or words[0].surface != kanji:
        return None
    feature = words[0].feature
    if (feature.pos2, feature.pos3, feature.pos4) != ("固有名詞", "人名", "名"):
        return None
    reading = feature.kana
    return reading if isinstance(reading, str) and _kana(reading) else None


def _pinyin(text: str) -> str:
    from pypinyin import Style, lazy_pinyin

    return "".join(lazy_pinyin(text, style=Style.NORMAL, errors="ignore")).replace("ü", "v")


def _world_first(first: dict[str, dict[str, object]]) -> list[tuple[object, ...]]:  # noqa: C901
    """First names of the whole world the bundled (mostly Western) table lacks: plain
    letters, ranked among the WORLD_FIRST_RANK most common of a country that holds at least
    WORLD_FIRST_SHARE of its bearers, one gender (f ≥ 0.9 or ≤ 0.1 female), and no common
    English word or word the project reads as no name."""
    from dfaudit.detect.names import common_words, first_names
    from dfaudit.detect.text import fold
    from dfaudit.detect.vocab import NOT_FIRST_NAMES, NOT_NAME_WORDS

    known = first_names()
    excluded = common_words() | NOT_FIRST_NAMES | NOT_NAME_WORDS
    best: dict[str, tuple[str, int]] = {}
    for name, info in first.items():
        ranks = info.get("rank") or {}
        shares = info.get("country") or {}
        assert isinstance(ranks, dict) and isinstance(shares, dict)
        held = [
            rank
            for country, rank in ranks.items()
            if rank <= WORLD_FIRST_RANK and float(shares.get(country, 0.0)) >= WORLD_FIRST_SHARE
        ]
        key = name.lower()
        if held and _world_script(name) and 2 <= len(name) <= 15:
            key = fold(name)  # Greek, Cyrillic, Hebrew, Arabic: as the finder folds a word
        elif not held or not re.fullmatch(r"[a-z]{4,15}", key) or key in known:
            continue
        if key in excluded:
            continue
        gender = _gender(info, 0.9, 0.1)
        if gender != "u" and (key not in best or min(held) < best[key][1]):
            best[key] = (gender, min(held))  # spellings folded together: the best-ranked
    return sorted((key, gender, rank) for key, (gender, rank) in best.items())


def _world_script(name: str) -> bool:
    """A name written wholly in one of WORLD_SCRIPTS (the finder reads names in them)."""
    import unicodedata

    scripts = {unicodedata.name(ch, "").split(" ")[0] for ch in name}
    return len(scripts) == 1 and scripts <= WORLD_SCRIPTS


def _common_english_words() -> frozenset[str]:
    """The bundled most frequent English words (``build_first_names.py`` writes them)."""
    with gzip.open(OUT / "common_words.csv.gz", "rt", encoding="utf-8") as handle:
        return frozenset(line.strip() for line in list(handle)[1:])


def _pinyin_name(word: str, surnames: set[str], syllables: set[str]) -> bool:
    return any(word[:cut] in surnames and _splits(word[cut:], syllables, 2) for cut in range(2, 7))


def _splits(word: str, syllables: set[str], most: int) -> bool:
    if not word:
        return True
    if most == 0:
        return False
    return any(
        word[:size] in syllables and _splits(word[size:], syllables, most - 1)
        for size in range(1, min(6, len(word)) + 1)
    )


def _write(path: Path, header: list[str], rows: list[tuple[object, ...]]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    with gzip.GzipFile(path, "wb", mtime=0) as out:
        out.write(buffer.getvalue().encode())
    print(f"{path.name}: {len(rows)} rows, {path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
