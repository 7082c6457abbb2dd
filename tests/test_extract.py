"""Extraction tables per language: what must be found, and what must not."""

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import facts_of
from tests.test_numbers_dates import NUMBER_DATE_FOUND, NUMBER_DATE_NOT_FOUND

DOC_DATE = date(2018, 12, 5)


def described(fact) -> str:
    value = fact.value
    if fact.kind == "date":
        return value.describe().split(", ")[0]  # without how a relative date was resolved
    if fact.kind == "entity":
        return f"{value.entity_type}:{value.key}"
    return value.describe()


# (sentence, fact text, kind, description of the normalised value)
ZH_FOUND = [
    ("据统计广州目前已拥有6131家区块链企业。", "6131家", "number", "exactly 6,131"),
    ("杭州已有55家企业。", "55家", "number", "exactly 55"),
    ("目标直指催生3-5家区块链独角兽企业。", "3-5家", "number", "3 to 5"),
    ("这五个城市的区块链布局", "五个", "number", "exactly 5"),
    ("杨浦区发布了12条政策。", "12条", "number", "exactly 12"),
    ("超过1000家企业", "超过1000家", "number", "more than 1,000"),
    ("约1000万人", "约1000万人", "number", "about 10,000,000"),
    ("6000多家企业", "6000多家", "number", "more than 6,000"),
    ("一百人左右", "一百人左右", "number", "about 100"),
    ("营收23亿美元", "23亿美元", "number", "exactly 2,300,000,000 USD"),
    ("一美分的硬币", "一美分", "number", "exactly 1 USD-cent"),
    ("百分之八十八的人", "百分之八十八", "number", "exactly 88 %"),
    ("88%的人", "88%", "number", "exactly 88 %"),
    ("七成的企业", "七成", "number", "exactly 70 %"),
    ("三分之一的人", "三分之一", "number", "exactly 0.333333"),
    ("两倍的速度", "两倍", "number", "exactly 2 times"),
    ("十几个人", "十几个", "number", "11 to 19"),
    ("１９３９年以前的１２家", "１２家", "number", "exactly 12"),
    ("居全国首位", "首位", "number", "ordinal 1"),
    ("首次发布于 2004 年", "首次", "number", "ordinal 1"),
    ("两者相差 3 倍", "3 倍", "number", "exactly 3 times"),
    ("中国第一家比特币交易平台", "第一家", "number", "ordinal 1"),
    ("国内首个区块链峰会", "首个", "number", "ordinal 1"),
    ("深圳开出全国首张区块链电子发票", "首张", "number", "ordinal 1"),
    ("跑了5公里", "5公里", "number", "exactly 5 km"),
    ("2016年2月，联盟成立。", "2016年2月", "date", "2016-02"),
    ("2016年2月3日成立", "2016年2月3日", "date", "2016-02-03"),
    ("2016-02-03成立", "2016-02-03", "date", "2016-02-03"),
    ("2016/2/3成立", "2016/2/3", "date", "2016-02-03"),
    ("二〇一六年成立", "二〇一六年", "date", "2016"),
    ("2015年，实验室举办峰会。", "2015年", "date", "2015"),
    ("今年5月出台政策", "今年5月", "date", "2018-05"),
    ("去年10月", "去年10月", "date", "2017-10"),
    ("深圳税务局已在11月初开出发票", "11月初", "date", "2018-11 (early)"),
    ("从2016年至今，深圳出台了政策", "从2016年至今", "date", "since 2016"),
    ("2016年以来", "2016年以来", "date", "since 2016"),
    ("截至2018年8月，杭州已有55家企业", "截至2018年8月", "date", "until 2018-08"),
    ("从2016年到2017年", "从2016年到2017年", "date", "from 2016 to 2017"),
    ("2018年底", "2018年底", "date", "2018 (late)"),
    ("朝阳区要求各商业场所", "朝阳区", "entity", "place:朝陽区"),
    ("杨浦区发布了政策", "杨浦区", "entity", "place:楊浦区"),
    (
        "2016年2月，中关村区块链产业联盟成立",
        "中关村区块链产业联盟",
        "entity",
        "organisation:中関村区塊鏈産業連盟",
    ),
    (
        "上海区块链技术研究中心成立",
        "上海区块链技术研究中心",
        "entity",
        "organisation:上海区塊鏈技術研究中心",
    ),
    ("深圳税务局已开出发票", "深圳税务局", "entity", "organisation:深圳税務局"),
    ("中国第一家比特币交易平台BTCC在上海创立", "BTCC", "entity", "company:btcc"),  # founded
    ("中国第一家比特币交易平台BTCC在上海创立", "上海", "entity", "place:上海"),
    ("广州成立区块链产业协会", "广州", "entity", "place:広州"),
    ("你好嗎，湯姆？", "湯姆", "entity", "person:湯姆"),
]

ZH_NOT_FOUND = [
    ("北京市将区块链划为互联网金融的一项技术。", "一项", "number"),  # an article, weak
    ("上海是最早的聚集地之一", "之一", "number"),
    ("或将改变一线城市的排序", "一线", "number"),
    ("另一方面，深圳也颇为大手笔", "一方", "number"),
    ("监管十分严格", "十分", "number"),
    ("出台了一系列政策", "一系", "number"),
    ("型号JAS 39C的飞机", "39", "number"),
    ("使用MP3格式", "3", "number"),
    ("2016年2月成立", "2016", "number"),  # a date, not a quantity
    ("三个赛季", "三个赛季", "date"),
    ("城市的发展", "城市", "entity"),
    ("尤其是加密货币行业", "加密", "entity"),
    ("我买了一些东西。", "东西", "entity"),
    ("北京:政策布局早", "北京:政策布局", "entity"),
    ("我们老师还说法语。", "法语", "entity"),
    ("见图 street-1721451_640.jpg 所示", "1721451", "number"),
    ("访问 https://example.com/2018/12/05 查看", "2018", "date"),
    ("这两者都管理整个过程", "两者", "number"),  # "both"
    ("兩者皆可", "兩者", "number"),
    ("二者必居其一", "二者", "number"),
    ("可以提供一个 Retry-After 首部", "首部", "number"),  # a header
    ("响应首部字段", "首部", "number"),
    ("对于同一个时区，夏令时将会改变这个值", "夏令时", "entity"),  # jieba tags it nr
    ("克隆卷时需要指定数据源", "克隆", "entity"),
    ("令牌过期后需要重新登录", "令牌", "entity"),
]


JA_FOUND = [
    ("広州は現在6000以上のブロックチェーン企業を持ち", "6000以上", "number", "at least 6,000"),
    ("55社のブロックチェーン技術サービス関連企業", "55社", "number", "exactly 55"),
    ("目標は3-5のユニコーン企業を育成すること", "3-5", "number", "3 to 5"),
    ("3～5社", "3～5社", "number", "3 to 5"),
    ("5つの都市", "5つ", "number", "exactly 5"),
    ("12の支援策が提案された", "12", "number", "exactly 12"),
    ("約1000万人", "約1000万人", "number", "about 10,000,000"),
    ("およそ300人", "およそ300人", "number", "about 300"),
    ("100人程度", "100人程度", "number", "about 100"),
    ("1000社余り", "1000社余り", "number", "more than 1,000"),
    ("100未満", "100未満", "number", "less than 100"),
    ("23億ドル", "23億ドル", "number", "exactly 2,300,000,000 USD"),
    ("1セント硬貨", "1セント", "number", "exactly 1 USD-cent"),
    ("1円玉", "1円", "number", "exactly 1 JPY"),
    ("８８％の人", "８８％", "number", "exactly 88 %"),
    ("7割の企業", "7割", "number", "exactly 70 %"),
    ("3分の1の人", "3分の1", "number", "exactly 0.333333"),
    ("２倍の速さ", "２倍", "number", "exactly 2 times"),
    ("全国で1位に立っている", "1位", "number", "ordinal 1"),
    ("国内初の政府主催のサミット", "初", "number", "ordinal 1"),
    ("全国で初めてのセンターである", "初めて", "number", "ordinal 1"),
    ("最初のブロックチェーン産業支援政策", "最初", "number", "ordinal 1"),
    ("第１回大会", "第１回", "number", "ordinal 1"),
    ("二千十八人", "二千十八人", "number", "exactly 2,018"),
    ("2016年2月、連盟が設立された。", "2016年2月", "date", "2016-02"),
    ("2016年12月の計画文書では", "2016年12月", "date", "2016-12"),
    ("令和元年5月1日", "令和元年5月1日", "date", "2019-05-01"),
    ("平成30年", "平成30年", "date", "2018"),
    ("2016年11月以降", "2016年11月以降", "date", "since 2016-11"),
    # 時点 is "as of": a point in time (against 截至 the comparison reads it as its end)
    ("2018年8月時点で55社", "2018年8月時点", "date", "2018-08"),
    ("2018年8月まで55社", "2018年8月まで", "date", "until 2018-08"),
    ("2016年から2017年にかけて", "2016年から2017年にかけて", "date", "from 2016 to 2017"),
    ("今年5月", "今年5月", "date", "2018-05"),
    ("昨年10月", "昨年10月", "date", "2017-10"),
    ("12月上旬", "12月上旬", "date", "2018-12 (early)"),
    ("ある地区の金融リスク防止管理部門", "ある", "number", None),  # placeholder, see below
    (
        "中関村ブロックチェーン産業連盟が設立された",
        "中関村ブロックチェーン産業連盟",
        "entity",
        "organisation:中関村ブロックチェーン産業連盟",
    ),
    (
        "上海ブロックチェーン技術研究センターが設立された",
        "上海ブロックチェーン技術研究センター",
        "entity",
        "organisation:上海ブロックチェーン技術研究センター",
    ),
    ("これは広東省で初めて正式に登録された協会です", "広東省", "entity", "place:広東省"),
    (
        "月曜日にスタンフォード大学医学部",
        "スタンフォード大学",
        "entity",
        "organisation:スタンフォード大学",
    ),
]
JA_FOUND = [case for case in JA_FOUND if case[3] is not None]

JA_NOT_FOUND = [
    ("その後の一連の計画において", "一連", "number"),
    ("一部の企業", "一部", "number"),
    ("十分な準備", "十分", "number"),
    ("発展初期に全産業チェーンのレイアウト", "初", "number"),
    ("当初の計画", "初", "number"),
    ("3年間の計画", "3年間", "date"),
    ("フランス語を話す", "フランス", "entity"),
    ("普惠金融やテクノロジー金融", "普", "entity"),
    ("ある地区の金融リスク防止管理部門", "地区", "entity"),
    (
        '! [street-1721451_640.jpg](https://img-cdn.gateio.im/x "1543989287102861.jpg")',
        "1543989287102861",
        "number",
    ),
]


FOUND = [
    *[("zh", *case) for case in ZH_FOUND],
    *[("ja", *case) for case in JA_FOUND],
    *NUMBER_DATE_FOUND,
]
NOT_FOUND = [
    *[("zh", *case) for case in ZH_NOT_FOUND],
    *[("ja", *case) for case in JA_NOT_FOUND],
    *NUMBER_DATE_NOT_FOUND,
]


@pytest.mark.parametrize(
    ("lang", "sentence", "text", "kind", "expected"),
    FOUND,
    ids=[f"{c[0]}-{c[2]}-{c[3]}" for c in FOUND],
)
def test_found(lang, sentence, text, kind, expected):
    facts = facts_of(sentence, lang, DOC_DATE)
    matching = [f for f in facts if f.kind == kind and f.text == text]
    assert matching, f"no {kind} {text!r} in {[f.text for f in facts]}"
    assert described(matching[0]) == expected


@pytest.mark.parametrize(
    ("lang", "sentence", "text", "kind"),
    NOT_FOUND,
    ids=[f"{c[0]}-not-{c[2]}-{c[3]}" for c in NOT_FOUND],
)
def test_not_found(lang, sentence, text, kind):
    found = [
        f
        for f in facts_of(sentence, lang, DOC_DATE)
        if f.kind == kind and text in f.text and not getattr(f.value, "weak", False)
    ]
    assert not found


def test_spans_index_the_original_text():
    sentence = "２０１６年２月、ＢＴＣＣは６１３１社になった。"
    for fact in facts_of(sentence, "ja"):
        assert sentence[fact.start : fact.end] == fact.text


def test_year_from_context_is_marked_inferred():
    facts = facts_of("2017年7月成立协会。12月出台政策。", "zh")
    december = next(f for f in facts if f.text == "12月")
    assert december.value.year == 2017
    assert december.value.inferred
    assert december.value.resolved == "year 2017 from context"


def test_jieba_dictionaries_are_cached_and_rebuilt_when_unreadable(tmp_path, monkeypatch):
    """Our cache of jieba's frequencies and tags gives what jieba and its dictionary
    give; a damaged cache file is rebuilt, never trusted."""
    import jieba
    import jieba.posseg

    from xlcheck.extract.zh.dictionary import jieba_dictionary_path, load_dictionaries

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    reference = jieba.Tokenizer()
    frequency, total = reference.gen_pfdict(reference.get_dict_file())
    reference_tags = jieba.posseg.dt.word_tag_tab

    built = load_dictionaries()  # no cache of ours yet: from the dictionary
    [cache] = (tmp_path / "xlcheck").glob("jieba-*.marshal")
    cached = load_dictionaries()
    for tables in (built, cached):
        assert tables.prefix_dictionary() == frequency and tables.total == total
        assert tables.tag_table() == reference_tags
        assert tables.words == sorted(word for word, count in frequency.items() if count)
    assert cached.tag("北京") == "ns" and cached.tag("我们") == "r" and cached.tag("北") == "ns"
    assert cached.frequency("北京") == frequency["北京"] and cached.frequency("北京朝") is None
    cache.write_bytes(b"not a marshal file")
    rebuilt = load_dictionaries()
    assert rebuilt.tag_table() == reference_tags and rebuilt.prefix_dictionary() == frequency
    assert Path(jieba_dictionary_path()) == Path(jieba.__file__).parent / "dict.txt"


def test_the_kanji_form_conversions_kept_are_bounded():
    """Every sentence the aligner reads is converted; an unbounded cache kept them all."""
    from xlcheck.extract.zh.forms import CONVERSIONS_KEPT, japanese_converter

    convert = japanese_converter()
    for number in range(CONVERSIONS_KEPT + 100):
        convert(f"广州有{number}家企业")
    assert convert.cache_info().currsize <= CONVERSIONS_KEPT
    assert convert("广州") == "広州"


def _japanese_sides(name: str) -> list[str]:
    import csv

    path = Path(__file__).resolve().parents[2] / "shared" / "data" / name
    if not path.is_file():
        pytest.skip(f"{path} is not here (shared evaluation data)")
    with path.open(encoding="utf-8", newline="") as handle:
        return [row["ja"] for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)]


POS_TEXTS = [
    pytest.param(
        ["1,000円と「a,b」", '"引用, です"', "ｱｲｳ,ｴｵ😀", "Wi-Fi・モサック・フォンセカ"],
        id="commas-and-oddities",
    ),
    pytest.param("tatoeba-jpn-zho/dev.tsv", id="tatoeba-dev"),
    pytest.param("flores-zh-ja/flores50.tsv", id="flores-50"),
]


@pytest.mark.parametrize("texts", POS_TEXTS)
def test_the_part_of_speech_read_from_the_raw_features_is_fugashis(texts):
    from xlcheck.extract.ja.tokenizer import part_of_speech, tagger

    texts = _japanese_sides(texts) if isinstance(texts, str) else texts
    differing = [
        (node.surface, part_of_speech(node), node.pos)
        for text in texts
        for node in tagger()(text)
        if part_of_speech(node) != node.pos
    ]
    assert differing == []


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="あア亜,、。「」\"'1１aＡ・ー😀 \u3000-", max_size=20))
def test_the_part_of_speech_is_fugashis_on_random_text(text):
    from xlcheck.extract.ja.tokenizer import part_of_speech, tagger

    assert [part_of_speech(node) for node in tagger()(text)] == [
        node.pos for node in tagger()(text)
    ]


BOUNDED_CACHES = [
    pytest.param("xlcheck.extract.zh.names", "japanese_parts", id="unidic-parts"),
    pytest.param("xlcheck.extract.zh.names", "japanese_personal_name", id="unidic-name"),
    pytest.param("xlcheck.compare.phonetics", "han_units", id="han-units"),
    pytest.param("xlcheck.compare.phonetics", "kana_units", id="kana-units"),
    pytest.param("xlcheck.compare.translit", "_han_skeleton", id="han-skeleton"),
    pytest.param("xlcheck.compare.translit", "skeleton", id="skeleton"),
    pytest.param("xlcheck.compare.entities", "glossary_renderings", id="glossary-renderings"),
]


@pytest.mark.parametrize("module,name", BOUNDED_CACHES)
def test_per_word_caches_keep_a_bounded_number_of_words(module, name):
    """A run over millions of texts meets millions of words and names: each per-word cache
    keeps the most recent ones, not all of them for the life of the process."""
    import importlib

    from xlcheck.memory import WORDS_KEPT

    cached = getattr(importlib.import_module(module), name)
    assert cached.cache_info().maxsize == WORDS_KEPT
