"""Chinese: number and date tables, and jieba glue for named entities.

jieba is imported lazily and its dictionary loaded once per process, on first use.
Entity tags come from `jieba.cut` plus a look-up in the POS dictionary
(`word_tag_tab`): `jieba.posseg.cut` runs an HMM over every unknown word and costs
about 60 times more.
"""

from __future__ import annotations

from fractions import Fraction
from functools import cache

from .dates import DateTables
from .entities import EntityTables, Token
from .numbers import NumberTables

F = Fraction

CURRENCIES = {
    "美元": "USD",
    "美金": "USD",
    "美分": "USD-cent",
    "日元": "JPY",
    "日圆": "JPY",
    "人民币": "CNY",
    "元人民币": "CNY",
    "元": "CNY",
    "块钱": "CNY",
    "港元": "HKD",
    "港币": "HKD",
    "欧元": "EUR",
    "英镑": "GBP",
    "韩元": "KRW",
    "新台币": "TWD",
    "卢布": "RUB",
    "比特币": "BTC",
}
MEASURES = {
    "公里": "km",
    "千米": "km",
    "米": "m",
    "厘米": "cm",
    "毫米": "mm",
    "公斤": "kg",
    "千克": "kg",
    "克": "g",
    "吨": "t",
    "斤": "jin",
    "磅": "lb",
    "平方米": "m2",
    "平方公里": "km2",
    "公顷": "ha",
    "升": "L",
    "毫升": "mL",
    "℃": "°C",
    "摄氏度": "°C",
    "小时": "hour",
    "分钟": "minute",
    "秒钟": "second",
    "秒": "second",
    "天": "day",
    "个月": "month",
    "周": "week",
    "星期": "week",
    "岁": "age",
    "倍": "times",
    "%": "%",
    "km": "km",
    "kg": "kg",
    "点钟": "o'clock",
    "点半": "o'clock",
    "点": "o'clock",
    "时": "o'clock",
    "GB": "GB",
    "MB": "MB",
    "TB": "TB",
}

NUMBERS = NumberTables(
    prefixes={
        "超过": "gt",
        "超": "gt",
        "逾": "gt",
        "高于": "gt",
        "多于": "gt",
        "大于": "gt",
        "近": "approx",
        "将近": "approx",
        "接近": "approx",
        "约": "approx",
        "大约": "approx",
        "约为": "approx",
        "大概": "approx",
        "差不多": "approx",
        "不到": "lt",
        "不足": "lt",
        "少于": "lt",
        "低于": "lt",
        "至少": "ge",
        "不少于": "ge",
        "最多": "le",
        "不超过": "le",
    },
    suffixes={
        "以上": "ge",
        "以下": "le",
        "多": "gt",
        "余": "gt",
        "左右": "approx",
        "上下": "approx",
        "出头": "gt",
        "不到": "lt",
    },
    units={**{k: (v, F(1)) for k, v in {**CURRENCIES, **MEASURES}.items()}, "成": ("%", F(10))},
    counters=(
        "个",
        "家",
        "条",
        "位",
        "名",
        "种",
        "项",
        "次",
        "届",
        "部",
        "张",
        "座",
        "所",
        "只",
        "件",
        "台",
        "辆",
        "架",
        "艘",
        "本",
        "篇",
        "份",
        "款",
        "批",
        "轮",
        "场",
        "支",
        "层",
        "级",
        "类",
        "处",
        "栋",
        "套",
        "句",
        "段",
        "章",
        "节",
        "人",
        "户",
        "个国家",
        "国",
        "省",
        "城",
        "季度",
        "赛季",
        "年",
        "期",
        "股",
        "笔",
        "枚",
        "颗",
        "瓶",
        "杯",
        "碗",
        "双",
        "对",
        "封",
        "首",
        "顿",
        "遍",
        "趟",
        "口",
        "间",
        "辆",
        "匹",
        "头",
        "棵",
    ),
    ordinal_prefix="第",
    ordinal_suffixes=("名",),
    ordinal_words=(r"首(?:位|个|家|张|次|届|部|款|座|批|例)", r"头号", r"头一(?:个|次|家)"),
    range_separators=("-", "~", "〜", "～", "—", "至", "到"),
    vague={
        "两三": (2, 3),
        "二三": (2, 3),
        "三四": (3, 4),
        "三五": (3, 5),
        "四五": (4, 5),
        "五六": (5, 6),
        "六七": (6, 7),
        "七八": (7, 8),
        "八九": (8, 9),
        "十几": (11, 19),
        "几十": (20, 90),
        "数十": (20, 90),
        "十数": (11, 19),
        "几百": (200, 900),
        "数百": (200, 900),
        "几千": (2000, 9000),
        "数千": (2000, 9000),
        "几万": (20000, 90000),
        "数万": (20000, 90000),
    },
    not_numbers=(
        "十分",
        "万一",
        "千万",
        "万分",
        "一一",
        "三三两两",
        "一五一十",
        "百分百",
        "九九",
        "七七八八",
        "十足",
        "一成不变",
        "一二",
        "一点儿",
        "一点点",
        "一点也",
        "一点都",
        "有一点",
        "一点一滴",
    ),
    percent_prefix="百分之",
    fraction_infix="分之",
    colloquial=True,
    signs=("负", "−"),
)

DATES = DateTables(
    relative_years={
        "今年": 0,
        "本年": 0,
        "本年度": 0,
        "今年度": 0,
        "去年": -1,
        "明年": 1,
        "前年": -2,
        "后年": 2,
        "上年": -1,
        "次年": 1,
    },
    same_year=("同年", "当年", "该年"),
    same_month=("同月", "当月", "本月"),
    year_parts={
        "初": "early",
        "年初": "early",
        "底": "late",
        "年底": "late",
        "末": "late",
        "年末": "late",
        "上半年": "first-half",
        "下半年": "second-half",
        "中": "mid",
    },
    month_parts={
        "初": "early",
        "上旬": "early",
        "中旬": "mid",
        "下旬": "late",
        "底": "late",
        "末": "late",
    },
    day_suffixes=("日", "号"),
    since_prefixes=("从", "自"),
    until_prefixes=("截至", "截止", "截止到"),
    since_suffixes=("至今", "以来", "以后", "起"),
    until_suffixes=("为止", "以前", "之前"),
    between_joiners=("到", "至", "-", "—", "~"),
    between_closers=("期间", "间", "之间"),
)

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

ENTITIES = EntityTables(
    place_suffixes=("区", "市", "省", "县", "州", "镇", "村", "乡", "街道", "自治区"),
    org_suffixes=(
        "实验室",
        "中心",
        "协会",
        "联盟",
        "研究院",
        "研究所",
        "大学",
        "学院",
        "公司",
        "集团",
        "银行",
        "交易所",
        "局",
        "委员会",
        "基金会",
        "法院",
        "医院",
        "政府",
        "部",
        "厅",
        "办公室",
        "学会",
        "商会",
        "联合会",
        "交易平台",
        "峰会",
    ),
    joiners=("n", "nz", "vn", "ns", "nt", "eng", "l", "j", "oov"),
    derived_suffixes=("人", "语", "文", "话", "籍", "菜"),
)


@cache
def _jieba():
    import logging

    import jieba
    import jieba.posseg

    from ..rules.data import rule_files

    jieba.setLogLevel(logging.WARNING)  # its start-up chatter is not our output
    tokenizer = jieba.dt
    tokenizer.initialize()
    tags = dict(jieba.posseg.dt.word_tag_tab)
    for word, tag in rule_files().zh_lexicon:
        tokenizer.add_word(word, freq=None, tag=tag)
        tags[word] = tag
    return tokenizer, tags


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
    for word in _split_conjunctions(tokenizer.cut(text), tags):
        tag = tags.get(word)
        if tag is None and word.isascii() and any(ch.isalpha() for ch in word):
            tag = "eng"
        elif tag is None and all("\u4e00" <= ch <= "\u9fff" for ch in word):
            tag = "oov"  # a word jieba's HMM made up: may sit inside a name
        result.append(Token(word, position, position + len(word), tag))
        position += len(word)
    return result


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
def _common_in_japanese(word: str) -> bool:
    """Whether the word, in Japanese kanji forms, is one ordinary (not proper) UniDic word.

    jieba's dictionary tags many common words as names (东西 ns, 明白 nr); Japanese
    morphology disagrees with it where it matters.
    """
    from . import entity_converter
    from .ja import _tagger

    nodes = list(_tagger()(entity_converter()(word)))
    return len(nodes) == 1 and nodes[0].feature.pos2 != "固有名詞"


def entity_type(token: Token) -> str | None:
    entity = TAG_TYPES.get(token.tag or "")
    if entity is None or (entity == "other" and token.tag == "eng"):
        return entity
    if len(token.text) < 2:
        return None
    # jieba tags many everyday words as places (东西 ns); names of people are checked
    # by the stoplist only, since UniDic lists some transliterations (瑪麗) as nouns
    if entity != "person" and _common_in_japanese(token.text):
        return None
    return entity
