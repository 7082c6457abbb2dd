"""Chinese: number and date tables, and jieba glue for named entities.

jieba is imported lazily and its dictionary loaded once per process, on first use.
Entity tags come from `jieba.cut` plus a look-up in the POS dictionary
(`word_tag_tab`): `jieba.posseg.cut` runs an HMM over every unknown word and costs
about 60 times more.
"""

from __future__ import annotations

import re
from fractions import Fraction
from functools import cache

from ..memory import collection_paused, return_freed_memory
from ..rules.data import rule_files
from ..rules.names import name_rules
from .dates import DateTables
from .entities import MAX_COMPOUND_TOKENS, EntityMatch, EntityTables, Token
from .numbers import IDIOM_WAN_YI, NumberTables
from .people import chinese_person_names, native_name

F = Fraction

# fmt: off
CURRENCIES = {
    "美元": "USD", "美金": "USD", "美分": "USD-cent", "日元": "JPY", "日圆": "JPY",
    "人民币": "CNY", "元人民币": "CNY", "元": "CNY", "块钱": "CNY", "港元": "HKD", "港币": "HKD",
    "欧元": "EUR", "英镑": "GBP", "韩元": "KRW", "新台币": "TWD", "卢布": "RUB", "比特币": "BTC",
}
MEASURES = {
    "公里": "km", "千米": "km", "米": "m", "厘米": "cm", "毫米": "mm", "公斤": "kg", "千克": "kg",
    "克": "g", "吨": "t", "斤": "jin", "磅": "lb", "平方米": "m2", "平方公里": "km2",
    "公顷": "ha", "升": "L", "毫升": "mL", "℃": "°C", "摄氏度": "°C", "小时": "hour",
    "个小时": "hour", "分钟": "minute", "分": "minute", "秒钟": "second", "秒": "second",
    "天": "day",
    "个月": "month", "周": "week", "个星期": "week", "星期": "week", "岁": "age",
    "倍": "times", "%": "%", "km": "km", "kg": "kg", "GB": "GB", "MB": "MB", "TB": "TB",
    "英里": "mile", "海里": "nmi", "英尺": "ft", "英寸": "in", "华氏度": "°F",
}

NUMBERS = NumberTables(
    prefixes={
        "超过": "gt", "超": "gt", "逾": "gt", "高于": "gt", "多于": "gt", "大于": "gt",
        "近": "approx", "将近": "approx", "接近": "approx", "约": "approx", "大约": "approx",
        "约为": "approx", "大概": "approx", "差不多": "approx", "不到": "lt", "不足": "lt",
        "少于": "lt", "低于": "lt", "至少": "ge", "不少于": "ge", "最多": "le", "不超过": "le",
        "不出": "le",
        # not qualifiers: 最近十年 is "the last ten years", not "nearly ten"
        "最近": "exact", "附近": "exact",
    },
    suffixes={
        "以上": "ge", "以下": "le", "多": "gt", "余": "gt", "左右": "approx", "上下": "approx",
        "前后": "approx", "出头": "gt", "不到": "lt", "以内": "le", "之内": "le",
        "或更多": "ge", "或以上": "ge",
    },
    units={**{k: (v, F(1)) for k, v in {**CURRENCIES, **MEASURES}.items()}, "成": ("%", F(10))},
    counters=(
        "个", "家", "条", "位", "名", "种", "项", "次", "届", "部", "张", "座", "所", "只", "件",
        "台", "辆", "架", "艘", "本", "篇", "份", "款", "批", "轮", "场", "支", "层", "级", "类",
        "处", "栋", "套", "句", "段", "章", "节", "人", "户", "个国家", "国", "省", "城", "季度",
        "赛季", "年", "期", "股", "笔", "枚", "颗", "瓶", "杯", "碗", "双", "对", "封", "首",
        "顿", "遍", "趟", "口", "间", "匹", "头", "棵", "排", "把", "者", "餐", "度", "卷", "册",
    ),
    ordinal_prefix="第",
    ordinal_suffixes=("名", "等"),
    ordinal_words=(r"首(?:位|个|家|张|次|届|部|款|座|批|例)", r"头号", r"头一(?:个|次|家)"),
    range_separators=("-", "~", "〜", "～", "—", "至", "到"),
    vague={
        "两三": (2, 3), "二三": (2, 3), "三四": (3, 4), "三五": (3, 5), "四五": (4, 5),
        "五六": (5, 6), "六七": (6, 7), "七八": (7, 8), "八九": (8, 9), "十几": (11, 19),
        "几十": (20, 90), "数十": (20, 90), "十数": (11, 19), "几百": (200, 900),
        "数百": (200, 900), "几千": (2000, 9000), "数千": (2000, 9000), "几万": (20000, 90000),
        "数万": (20000, 90000),
    },
    not_numbers=(
        r"十分(?!钟)", IDIOM_WAN_YI,
        # 千万 is "by all means", but not in 一千万 or before a count (千万人)
        "(?<![\\d一二两三四五六七八九十百])千万(?![\\d人元美个])",
        "万分", "一一", "三三两两", "一五一十", "百分百", "九九",
        "七七八八", "十足", "一成不变", "一二", "一点儿", "一点点", "一点也", "一点都", "有一点",
        "一点一滴", "十有八九", "三心二意", "七上八下", "乱七八糟", "千篇一律", "第二天",
        "第三方", "第三者",  # third party: a kind of vendor, not the third of anything
        "一路平安", "一模一样", "独一无二", "一举两得", "万无一失",
    ),
    word_numbers={"翻一番": (2, "times"), "翻两番": (4, "times"), "翻三番": (8, "times")},
    percent_prefix="百分之",
    fraction_infix="分之",
    discount_counter="折",
    colloquial=True,
    decimal_marker="点",
    signs=("负", "−", "-"),
    distant_prefixes=("至少", "差不多", "大约", "大概", "超过", "将近", "不到"),
)

DATES = DateTables(
    relative_years={"今年": 0, "本年": 0, "本年度": 0, "今年度": 0, "去年": -1, "明年": 1,
                    "前年": -2, "后年": 2, "上年": -1, "次年": 1},
    same_year=("同年", "当年", "该年"),
    same_month=("同月", "当月"),
    relative_months={"本月": 0, "这个月": 0, "上个月": -1, "上月": -1, "下个月": 1, "下月": 1},
    year_parts={"初": "early", "年初": "early", "底": "late", "年底": "late", "末": "late",
                "年末": "late", "上半年": "first-half", "下半年": "second-half", "中": "mid",
                "春季": "spring", "春天": "spring", "春": "spring", "夏季": "summer",
                "夏天": "summer", "夏": "summer", "秋季": "autumn", "秋天": "autumn",
                "秋": "autumn", "冬季": "winter", "冬天": "winter", "冬": "winter"},
    month_parts={"初": "early", "上旬": "early", "中旬": "mid", "下旬": "late", "底": "late",
                 "末": "late"},
    month_suffix="份",
    day_suffixes=("日", "号"),
    since_prefixes=("从", "自"),
    until_prefixes=("截至", "截止", "截止到"),
    since_suffixes=("至今", "以来", "以后", "起"),
    until_suffixes=("为止", "以前", "之前"),
    between_joiners=("到", "至", "-", "—", "~"),
    between_closers=("期间", "间", "之间"),
    not_dates=(r"同年[纪龄级]", r"今年[纪龄]"),
    meridiems={"上午": "am", "早上": "am", "凌晨": "am", "清晨": "am", "半夜": "am", "下午": "pm",
               "晚上": "pm", "傍晚": "pm", "中午": "pm"},
    hour_markers=("点钟", "点", "时"),
    half_hour="半",
    minute_marker="分",
    weekday_prefixes=("星期", "礼拜", "周"),
    weekday_names={"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7},
    weekday_suffix="",
)
# fmt: on

# Characters of the standard transliterations of foreign names (Xinhua usage).
TRANSLITERATION_CHARS = frozenset(
    "阿埃艾爱安昂奥澳巴拜班邦保鲍贝本比彼宾波伯博布查达戴丹当道德登迪蒂丁东杜多厄恩尔"
    "法范菲芬费夫福弗盖甘冈戈格古哈海汉豪赫亨华霍基吉加贾杰金卡凯坎康考科克肯库夸拉莱兰"
    "朗劳勒雷蕾里利莉丽连林琳卢鲁伦罗洛马玛迈麦曼芒梅蒙米密明姆莫默穆纳奈南内尼涅纽努诺"
    "欧帕潘庞佩彭皮珀普奇齐乔切钦琼丘萨塞赛桑瑟森沙尚舍什史斯松苏索塔泰坦汤唐特提汀图托"
    "瓦万旺威韦维温沃乌伍西希谢辛休雅亚扬耶伊英尤约扎泽詹兹朱卓佐娜妮莎娅琪黛丝"
    "冯佛芙歌贡哥圭惠济嘉捷居喀开柯孔奎昆赖黎理列留柳路吕门孟敏摩墨乃宁培恰琴屈让热茹"
    "若绍圣施舒陶廷魏锡席许叶因凡丰伏根瓜韩合怀季简君阔郎良隆缅闵勃顿"
)
# Two or more transliteration characters in a row, in simplified text.
TRANSLITERATION_RUN = re.compile("[" + "".join(sorted(TRANSLITERATION_CHARS)) + "]{2,}")
# jieba POS tags that name things, and what they name.
TAG_TYPES = {
    "ns": "place",
    "nr": "person",
    "nrt": "person",
    "nrfg": "person",
    "nt": "organisation",
    "nz": "other",
    "eng": "other",
}

# fmt: off
# Entity grammar: suffixes that make a name a place or an organisation.
ENTITIES = EntityTables(
    place_suffixes=("区", "市", "省", "县", "州", "镇", "村", "乡", "街道", "街", "自治区"),
    org_suffixes=(
        "实验室", "中心", "协会", "联盟", "研究院", "研究所", "大学", "学院", "公司", "集团",
        "银行", "交易所", "局", "委员会", "基金会", "法院", "医院", "政府", "部", "厅",
        "办公室", "学会", "商会", "联合会", "交易平台", "峰会",
    ),
    joiners=("n", "nz", "vn", "ns", "nt", "eng", "l", "j", "oov"),
    derived_suffixes=("人", "语", "文", "话", "籍", "菜"),
)
# fmt: on


@cache
def _jieba():
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)  # its start-up chatter is not our output
    tokenizer = jieba.dt
    # loading makes a million small objects, and collection passes over them only cost
    # time: collect after, not during
    with collection_paused():
        tags = _load_dictionaries(tokenizer)
    # some 20 MiB of the cache's long strings and arrays, freed between live objects
    return_freed_memory()
    for word, tag in rule_files().zh_lexicon:
        tokenizer.add_word(word, freq=None, tag=tag)
        tags[word] = tag
    return tokenizer, tags


def _load_dictionaries(tokenizer) -> dict[str, str]:
    """jieba's word frequencies (into the tokenizer) and the POS tag of every word.

    jieba keeps its frequencies between runs as a marshal file of a half-million-entry
    dictionary in the shared temporary folder (0.8 s to load, and any local user can plant
    it), and jieba.posseg parses the tag table from the dictionary text each run (0.4 s).
    Both are kept instead as a few long strings and two arrays in one file of xlcheck's
    per-user cache (0.4 s for both; see xlcheck/cache.py), keyed by the dictionary file;
    a missing or doubtful cache is rebuilt from the dictionary, never through jieba's.

    The tag table shares its words with the frequency table (one string object per word,
    not two: 26 MiB less in every process) and its tags are a few dozen shared strings.
    """
    import os

    import jieba

    from .. import cache as disk_cache

    path = tokenizer.dictionary or os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    name = dictionary_cache_name(path)
    payload = disk_cache.read(name, JIEBA_CACHE_FORMAT)
    loaded = _unpack_dictionaries(payload) if payload is not None else None
    if loaded is not None:
        frequency, total, tags = loaded
        tokenizer.FREQ, tokenizer.total, tokenizer.initialized = frequency, total, True
        return tags
    # jieba's own start-up would read and write its cache in the temporary folder
    tokenizer.FREQ, tokenizer.total = tokenizer.gen_pfdict(tokenizer.get_dict_file())
    tokenizer.initialized = True
    listed = _word_tags(path)
    tags = {word: listed[word] for word in tokenizer.FREQ if word in listed}
    disk_cache.write(
        name, JIEBA_CACHE_FORMAT, _pack_dictionaries(tokenizer.FREQ, tokenizer.total, tags)
    )
    return tags


def dictionary_cache_name(path: str) -> str:
    """The cache file's name for a jieba dictionary: changes with jieba and the file."""
    import hashlib
    import os

    import jieba

    stat = os.stat(path)
    key = f"{jieba.__version__}|{os.path.abspath(path)}|{stat.st_size}|{stat.st_mtime_ns}"
    return f"jieba-{hashlib.sha256(key.encode()).hexdigest()[:16]}.marshal"


# The layout of the cached dictionaries; a change of layout changes this number.
JIEBA_CACHE_FORMAT = 3


def _pack_dictionaries(frequency: dict[str, int], total: int, tags: dict[str, str]) -> bytes:
    import array
    import marshal

    names = sorted(set(tags.values()))
    number = {name: index for index, name in enumerate(names, 1)}
    return marshal.dumps(
        (
            "\n".join(frequency),
            array.array("q", frequency.values()).tobytes(),
            total,
            # per word: 0 for no tag, else 1 + its tag's index in the names
            array.array("H", (number.get(tags.get(w), 0) for w in frequency)).tobytes(),
            "\n".join(names),
        )
    )


def _unpack_dictionaries(payload: bytes) -> tuple[dict[str, int], int, dict[str, str]] | None:
    """The frequencies, their total and the tags from a cache payload; None when the
    payload is not what _pack_dictionaries writes (sizes, types, a positive total)."""
    import array
    import itertools
    import marshal
    import sys

    try:
        joined, counts, total, tag_numbers, tag_names = marshal.loads(payload)
        words = joined.split("\n")
        frequencies = array.array("q")
        frequencies.frombytes(counts)
        numbers = array.array("H")
        numbers.frombytes(tag_numbers)
        names = (None, *map(sys.intern, tag_names.split("\n")))
        if not (
            isinstance(total, int)
            and total > 0
            and len(frequencies) == len(words) == len(numbers)
            and min(frequencies) >= 0
            and max(numbers) < len(names)
        ):
            return None
        frequency = dict(zip(words, frequencies, strict=True))
        tags = dict(
            zip(
                itertools.compress(words, numbers),
                map(names.__getitem__, filter(None, numbers)),
                strict=True,
            )
        )
    except (EOFError, ValueError, TypeError, IndexError, AttributeError):
        return None
    return frequency, total, tags


def _word_tags(path: str) -> dict[str, str]:
    """The POS tag of every word in a jieba dictionary file ("word frequency tag" lines):
    what jieba.posseg loads, without its HMM tables, which are never used here."""
    tags: dict[str, str] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle.read().splitlines():
            parts = line.split(" ")
            if len(parts) == 3:
                tags[parts[0]] = parts[2]
    return tags


@cache
def _to_simplified():
    import opencc

    return opencc.OpenCC("t2s")


def prepare(text: str) -> str:
    """Traditional characters to simplified, for the grammars and jieba's dictionary.

    Used only when the conversion keeps every offset (it almost always does).
    """
    simplified = _to_simplified().convert(text)
    return simplified if len(simplified) == len(text) else text


def tokens(text: str) -> list[Token]:
    """jieba tokens with their dictionary POS tag ('oov' for words jieba invented)."""
    tokenizer, tags = _jieba()
    result = []
    position = 0
    for word in _join_transliterations(_split_conjunctions(tokenizer.cut(text), tags), tags):
        tag = tags.get(word)
        if tag is None and word.isascii() and any(ch.isalpha() for ch in word):
            tag = "eng"
        elif tag is None and all("\u4e00" <= ch <= "\u9fff" for ch in word):
            tag = "oov"  # a word jieba's HMM made up: may sit inside a name
        result.append(Token(word, position, position + len(word), tag))
        position += len(word)
    return chinese_person_names(_organisation_heads(result), transliterated, _common_word, tags.get)


def _organisation_heads(tokens: list[Token]) -> list[Token]:
    """An uncommon noun that opens an organisation's name is its name: 万向 in
    万向 + 区块链 + 实验室 (jieba knows 万向 only as "universal", as in 万向节).

    The noun must be rarer than everyday words, and at least one noun must stand
    between it and the organisation word that closes the name (so 化学实验室 stays a
    laboratory of chemistry).
    """
    tokenizer, _ = _jieba()
    result = list(tokens)
    for index, token in enumerate(tokens):
        if token.tag != "n" or len(token.text) < 2 or token.text in ENTITIES.org_suffixes:
            continue
        if tokenizer.FREQ.get(token.text, 0) >= EVERYDAY:
            continue
        end = index
        for ahead in range(index + 1, min(len(tokens), index + 1 + MAX_COMPOUND_TOKENS)):
            follower = tokens[ahead]
            if follower.start != tokens[ahead - 1].end or follower.tag not in ENTITIES.joiners:
                break
            if follower.text in ENTITIES.org_suffixes:
                end = ahead
                break
        if end > index + 1:
            result[index] = Token(token.text, token.start, token.end, "nz")
    return result


def _join_transliterations(words, tags):
    """迪罗里·帕塔维 and 贝克斯特伦 come out of jieba in pieces: join runs of
    transliteration characters (and the middle dot) that hold a name tag or an unknown
    word into one name."""
    run: list[str] = []
    for word in (*words, None):  # None flushes the last run
        if word is not None and transliterated(word):
            run.append(word)
            continue
        if run:
            named = any((tags.get(w) or "").startswith(("nr", "ns")) or w not in tags for w in run)
            # two names the dictionary knows are two people (汤姆 + 比 + 玛丽), not one
            known = sum(len(w) > 1 and (tags.get(w) or "").startswith("nr") for w in run)
            joined = "".join(run)
            if len(run) > 1 and named and known < 2 and len(joined.replace("·", "")) >= 3:
                tags.setdefault(joined, "nrt")
                yield joined
            else:
                yield from run
            run = []
        if word is not None:
            yield word


def transliterated(word: str) -> bool:
    """Whether a simplified-Chinese word is written in transliteration characters only
    (middle dots allowed): 汤姆, 迪罗里·帕塔维."""
    return all(ch in TRANSLITERATION_CHARS or ch in "·・" for ch in word)


def _split_conjunctions(words, tags):
    """jieba glues a conjunction to the name after it (和玛丽 as one nr): split it off."""
    for word in words:
        rest = word[1:]
        if len(word) > 2 and word[0] in "和与跟同及" and (tags.get(rest) or "").startswith("nr"):
            yield word[0]
            yield rest
        else:
            yield word


@cache
def _japanese_parts(word: str) -> tuple[tuple[str, str], ...]:
    """(part of speech, subtype) of each UniDic word in the word's Japanese kanji form.

    jieba's dictionary tags many common words as names (东西 ns, 明白 nr); Japanese
    morphology is the second opinion the predicates below read.
    """
    from . import entity_converter
    from .ja import _tagger

    # word.pos is one string; word.feature would build all 29 UniDic fields
    return tuple(tuple(node.pos.split(",", 2)[:2]) for node in _tagger()(entity_converter()(word)))


def _common_in_japanese(word: str) -> bool:
    """Whether the word is one ordinary (not proper) UniDic word: 东西, 明白."""
    parts = _japanese_parts(word)
    return len(parts) == 1 and parts[0][1] != "固有名詞"


def entity_type(token: Token) -> str | None:
    entity = TAG_TYPES.get(token.tag or "")
    if entity is None or (entity == "other" and token.tag == "eng"):
        return entity
    if len(token.text) < 2:
        return None
    if entity == "person":
        return entity if _plausible_person(token.text) else None
    # jieba tags many everyday words as places (东西 ns): Japanese morphology disagrees
    if _common_in_japanese(token.text):
        return None
    # and many compounds of common words as things or bodies (彩虹, 摩天大楼 nz; 公共交通
    # nt): UniDic finds only common words in them, and no transliteration is inside
    if token.tag in ("nz", "nt") and _only_common_in_japanese(token.text):
        simplified = _to_simplified().convert(token.text)
        if not TRANSLITERATION_RUN.search(simplified) and (
            token.tag == "nz" or _jieba()[0].FREQ.get(simplified, 0) < EVERYDAY
        ):
            return None
    return entity


def _plausible_person(word: str) -> bool:
    """jieba tags hundreds of everyday words as person names (安静, 胡椒, 阿姨 nr).

    Keep a transliterated name (every character from the transliteration set: 汤姆,
    纳达尔) or a native one (a common surname, two or three characters, and not an
    everyday word in Japanese kanji either).
    """
    simplified = _to_simplified().convert(word)
    if all(ch in TRANSLITERATION_CHARS for ch in simplified):
        return True
    return native_name(simplified, _common_word, _jieba()[1].get) and not _common_in_japanese(word)


def confident(surface: str, match: EntityMatch, text: str) -> bool:
    """Whether a name is sure enough to be reported when the translation lacks it.

    jieba's dictionary tags hundreds of everyday words as names (马虎, 叶子 nr; 午休, 吉他
    ns); those stay entities, so that they can match, but only names with evidence beyond
    the tag are reported: a word of the lexicon or the glossary, a compound grown over a
    suffix (深圳 + 税务局), a transliteration of three characters or more (纳达尔), a
    suffixed name whose stem is a name (朝阳 + 区), a native full name (surname and a
    given name of two characters), or a place or organisation that UniDic, reading the
    word in Japanese kanji, also knows as a proper noun (北京, 广州).
    """
    simplified = _to_simplified().convert(surface)
    if surface.isascii():
        return not (len(surface) <= 3 and surface.upper() == surface)  # BB, TOM: not names
    known = _known_names(rule_files().glossary, rule_files().zh_lexicon)
    if simplified in known or _to_simplified().convert(match.head) in known:
        return True
    if match.compound:
        return True
    bare = simplified.replace("·", "").replace("・", "")
    if match.head_tag == "nt" and _jieba()[0].FREQ.get(bare, 0) >= EVERYDAY:
        return True  # 联合国, 国务院: organisations the dictionary has seen thousands of times
    if transliterated(simplified):
        # 哥哥比 is transliteration characters too: a name does not open on a common word
        return len(bare) >= 3 and not _common_word(bare[:2])
    if match.entity_type == "person" or (match.head_tag or "").startswith("nr"):
        following = _to_simplified().convert(text[match.end : match.end + 4])
        surname = name_rules().surname_length(bare)
        if surname and name_rules().title_after(following, 0, "zh"):
            return True  # 王毅 + 外长, 李强 + 总理: a title outside the name
        # 高中生 and 白皮书 are in jieba's dictionary as names: 高中 and 白皮 are words
        return (
            len(bare) == 2 + surname
            and surname > 0
            and not _common_word(bare[:2])
            and not _common_word(bare[1:])  # 王 + 老师, 段 + 时间
            and not _common_in_japanese(surface)
        )
    if _common_word(bare[1:]):
        return False  # 大 + 城市, 邮 + 政局: an ordinary word with something before it
    stem = next(
        (
            bare[: -len(suffix)]
            for suffix in (*ENTITIES.org_suffixes, *ENTITIES.place_suffixes)
            if bare.endswith(suffix) and len(bare) - len(suffix) >= 2
        ),
        None,
    )
    if stem is not None:
        return _names_something(stem)
    # a name jieba has seen a handful of times (河中, 3) is more likely a phrase
    return _proper_in_japanese(bare) and _jieba()[0].FREQ.get(bare, RARE) >= RARE


# Dictionary frequencies: below RARE a tagged name is doubtful (河中, 3); from RARE on a
# word without a name tag is an ordinary word (白皮, 9), and from EVERYDAY on any word
# is, whatever its tag (哥哥 is "ns", 4,323); names sit below (安娜 973, 布什 708).
RARE = 5
EVERYDAY = 1000


def _common_word(word: str) -> bool:
    """Whether jieba's dictionary has the word as an ordinary (not a name) word."""
    tokenizer, tags = _jieba()
    frequency = tokenizer.FREQ.get(word, 0)
    tag = tags.get(word) or ""
    return len(word) >= 2 and (
        frequency >= EVERYDAY
        or (frequency >= RARE and not tag.startswith(("nr", "ns", "nt", "nz")))
    )


@cache
def _known_names(glossary, lexicon) -> frozenset[str]:
    """Chinese words the rules vouch for: the lexicon's names and the glossary's terms,
    but not the glossary's generic parts of names (交易所, 中心), which name nothing alone."""
    convert = _to_simplified().convert
    generic = {*ENTITIES.org_suffixes, *ENTITIES.place_suffixes}
    return frozenset(
        [convert(word) for word, _ in lexicon]
        + [convert(entry.zh) for entry in glossary if convert(entry.zh) not in generic]
    )


def _names_something(stem: str) -> bool:
    """Whether the stem of a suffixed word is a name itself (朝阳 of 朝阳区, not 邮政 of 邮政局)."""
    _, tags = _jieba()
    return (
        (tags.get(stem) or "")[:2] in ("ns", "nr", "nt", "nz")
        or transliterated(stem)
        or _proper_in_japanese(stem)
    )


def _only_common_in_japanese(word: str) -> bool:
    """Whether UniDic finds common nouns only, with their prefixes and suffixes:
    彩虹 = 彩 + 虹, 公共交通 = 公共 + 交通."""
    return all(
        pos in ("名詞", "接頭辞", "接尾辞") and subtype != "固有名詞"
        for pos, subtype in _japanese_parts(word)
    )


def _proper_in_japanese(word: str) -> bool:
    """Whether UniDic finds one proper noun: 北京, 広州."""
    parts = _japanese_parts(word)
    return len(parts) == 1 and parts[0][1] == "固有名詞"
