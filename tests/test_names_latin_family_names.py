"""A Latin full name read as words apart (John McCarthy: capitalised words joined by a
space alone stay apart, see test_latin*), against the full name the translation writes
in katakana with its dot (ジョン・マッカーシー), issue 14 point 5: the first word found the
full name, and the family name was "missing". A Latin word is found in a full name whose
last part sounds like it; another family name stays a finding. And 一词 ("the word",
after a quoted term) is no given name, though UniDic reads 一詞 as one."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

SAME = [
    ("John McCarthy来了。", "ジョン・マッカーシーが来た。"),
    ("首席研究员、数学教授John McCarthy希望成功。",
     "主任研究者である数学のジョン・マッカーシー教授は成功を望んだ。"),
    ("Marvin Minsky和John McCarthy都来了。", "マービン・ミンスキーとジョン・マッカーシーが来た。"),
    ("Jack McCarthy来了。", "ジャック・マッカーシーが来た。"),
    ("谷歌趋势显示了“机器学习”一词最近的趋势。",
     "Google Trendsは、「機械学習」という言葉の最近の傾向を示している。"),
    ("“人工智慧”一詞越來越常見。", "「人工知能」という言葉はますますよく見かける。"),
]


@pytest.mark.parametrize(("zh", "ja"), SAME, ids=[ja for _, ja in SAME])
def test_a_family_name_in_the_full_name(zh, ja):
    assert entity_findings(zh, ja) == []


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        pytest.param("John McCarthy来了。", "ジョン・スミスが来た。", id="another-family-name"),
        pytest.param("McCarthy来了。", "ジョン・スミスが来た。", id="alone-another"),
    ],
)
def test_another_family_name_is_a_finding(zh, ja):
    assert [rule for rule, *_ in entity_findings(zh, ja)] in (["XL303"], ["XL301"])


# A native full name put in another's place, sharing a given name's character with it
# (林俊傑 for 周杰伦: 傑 is 杰): another family, another person (compare/stand_ins.py)
@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        pytest.param("周杰伦开了演唱会。", "林俊傑がコンサートを開いた。",
                     [("XL301", "周杰伦", "林俊傑")], id="another-family"),
        pytest.param("周杰倫在台北舉辦了演唱會。", "林俊傑は台北でコンサートを開いた。",
                     [("XL301", "周杰倫", "林俊傑")], id="another-family-traditional"),
        pytest.param("周杰伦开了演唱会。", "周杰倫がコンサートを開いた。", [], id="kept"),
        pytest.param("周杰伦和林俊杰开了演唱会。", "林俊傑がコンサートを開いた。",
                     [("XL303", "周杰伦", None)], id="the-other-said-in-the-source"),
    ],
)  # fmt: skip
def test_another_family_in_the_name_place(zh, ja, expected):
    assert [f[:3] for f in entity_findings(zh, ja)] == expected

