"""An organisation's name made of a proper stem and the kind of a company or an
institution that jieba reads as a common word or leaves as two words no name (恒大 +
集团, 富邦 + 人寿, 讲谈社 oov, 耐克公司 n): read as a weak organisation
(extract/zh/names.py suffixed_bodies; the kinds are body_suffixes in
rules/zh/names.toml). The stem holds two to four Han characters and is no everyday
word: 保险公司, 母公司, 人民医院, 商业银行, 旧书店 stay common nouns."""

import pytest

from xlcheck.load.tsv import segment_pairs
from xlcheck.pipeline import check_pair
from xlcheck.run import current


def _bodies(text: str) -> list[str]:
    zh = current().language("zh")
    return [t.text for t in zh.tokens(zh.prepare(text)) if zh.entity_type(t) == "organisation"]


CASES = [
    # a group, a company (simplified and traditional)
    ("group-made-up-stem", "中赫集团宣布重组。", "中赫集团"),
    ("group-three-characters", "采埃孚集团收购了一家工厂。", "采埃孚集团"),
    # banks, insurers, holdings
    ("bank-made-up-stem", "星展银行下调了利率。", "星展银行"),
    ("insurer-two-words", "富邦人寿宣布加薪。", "富邦人寿"),
    ("insurer-traditional", "保誠人壽推出新保單。", "保诚人寿"),
    ("holding-traditional", "日盛金控公布財報。", "日盛金控"),
    # hospitals
    ("hospital-made-up-stem", "伤者被送往仁济医院。", "仁济医院"),
    ("hospital-traditional", "傷者被送往廣華醫院。", "广华医院"),
    # shops, publishers, department stores
    ("group-made-up-stem-traditional", "恆大集團宣佈重組。", "恒大集团"),
    ("bank-stem-one-word", "兆丰银行下调了利率。", "兆丰银行"),
    ("bookshop-made-up-stem", "诚品书店开了新店。", "诚品书店"),
    ("bookshop-long-stem", "我在纪伊国屋书店买了书。", "纪伊国屋书店"),
    ("bookshop-japanese-name", "岩波书店出版了全集。", "岩波书店"),
    ("publisher-one-word", "讲谈社出版了这本小说。", "讲谈社"),
    ("publisher-japanese-surname", "早川书房出版了译本。", "早川书房"),
]

NEGATIVES = [
    ("insurance-company", "他在保险公司工作。"),
    ("parent-company", "母公司发布了财报。"),
    ("tech-company", "这家科技公司很大。"),
    ("new-company", "新公司成立了。"),
    ("this-group", "该集团表示不予置评。"),
    ("people-hospital", "他去人民医院看病。"),
    ("affiliated-hospital", "附属医院扩建了。"),
    ("private-hospital", "她在私人医院工作。"),
    ("children-hospital", "儿童医院很忙。"),
    ("commercial-bank", "商业银行下调了利率。"),
    ("investment-bank", "他在投资银行上班。"),
    ("central-bank", "中央银行加息。"),
    ("publisher-alone", "她在出版社上班。"),
    ("second-hand-bookshop", "我们去了一家旧书店。"),
    ("online-bookshop", "网络书店的销量上升。"),
    ("property-market", "房地产市场降温。"),
    ("life-insurance", "人寿保险的保费上涨。"),
    ("travel-agency", "旅行社取消了行程。"),
    ("news-agency", "通讯社报道了这件事。"),
    ("cooperative", "合作社收购了粮食。"),
    # a stem abbreviating a place or a scope, spelled out in translation (港铁, 全美)
    ("abbreviated-place-stem", "港铁公司表示列车恢复正常。"),
    ("abbreviated-scope-stem", "他在全美医院排名中名列前茅。"),
    ("coverb-glued-to-stem", "这座铜矿由力拓集团运营。"),
    # a name the rules know stays the rules' (松下 = パナソニック)
    ("known-company-stem", "松下控股宣布了新社长。"),
    ("big-department-store", "大型百货都在打折。"),
]


@pytest.mark.parametrize(("case", "text", "name"), CASES, ids=[c[0] for c in CASES])
def test_suffixed_body_is_read(case, text, name):
    assert name in _bodies(text)


@pytest.mark.parametrize(("case", "text"), NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_common_noun_is_no_body(case, text):
    assert _bodies(text) == []


def _codes(zh: str, ja: str) -> list[str]:
    pair = segment_pairs([("1", zh, ja)], source_lang="zh", target_lang="ja", doc_id="x")
    return [f.rule for f in check_pair(pair).findings if f.rule.startswith("XL3")]


ANONYMIZED = [
    # a body read by its form, a vague reference of its kind in its place
    ("group-to-a-big-group", "中赫集团宣布重组。", "ある大手グループが再編を発表した。"),
    ("insurer-to-a-big-insurer", "富邦人寿宣布加薪。", "ある大手生命保険会社が賃上げを発表した。"),
    ("hospital-to-a-hospital", "伤者被送往仁济医院。", "負傷者は近くの病院に搬送された。"),
    ("publisher-to-a-publisher", "早川书房出版了译本。", "ある出版社が翻訳を出した。"),
    # a name the rules know in one word with its kind (耐克公司 n): cut, then read
    ("known-name-in-one-word", "耐克公司发布了财报。", "ある米スポーツ用品大手が決算を発表した。"),
]


@pytest.mark.parametrize(("case", "zh", "ja"), ANONYMIZED, ids=[c[0] for c in ANONYMIZED])
def test_body_made_vague_is_anonymized(case, zh, ja):
    assert "XL302" in _codes(zh, ja)


FAITHFUL = [
    # a weak body the translation leaves unnamed in no vague reference's place: silent
    ("insurer-rendered", "富邦人寿宣布加薪。", "富邦生命が賃上げを発表した。"),
    ("bookshop-rendered", "诚品书店开了新店。", "誠品書店が新店舗を開いた。"),
    ("hospital-rendered", "伤者被送往仁济医院。", "負傷者は仁済病院に搬送された。"),
    ("publisher-rendered", "讲谈社出版了这本小说。", "講談社がこの小説を出版した。"),
]


@pytest.mark.parametrize(("case", "zh", "ja"), FAITHFUL, ids=[c[0] for c in FAITHFUL])
def test_rendered_body_is_silent(case, zh, ja):
    assert _codes(zh, ja) == []
