"""Words that jieba glues or cuts around a name into what reads as another name (issue
13: at most 1 % of faithful pairs with an entity finding): 曾于 (once, in), which jieba's
HMM makes one word after a transliterated name and UniDic reads as the city of 曽於; the
市区 of 重庆市区 (the city's urban area), no district of the city. A district said after its
city (重庆市渝中区) stays one, and a name said after 曾于 stays read."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings, same_names_both_ways

SAME = [
    ("爱因斯坦曾于1922年访问上海。", "アインシュタインは1922年に上海を訪れたことがある。"),
    ("愛因斯坦曾於1922年訪問上海。", "アインシュタインは1922年に上海を訪れたことがある。"),
    ("长江流经重庆市区时与嘉陵江交汇。", "長江は重慶の市街地で嘉陵江と合流する。"),
    ("上海市区的房价又上涨了。", "上海の市街地の住宅価格がまた上昇した。"),
]
test_the_same_names_both_ways = same_names_both_ways(SAME)


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        pytest.param("爱因斯坦曾于1922年访问上海。",
                     "アインシュタインは1922年に北京を訪れたことがある。",
                     ("XL301", "上海", "北京"), id="a-city-after-once-in"),
        pytest.param("他住在重庆市渝中区。", "彼は重慶市江北区に住んでいる。",
                     ("XL301", "渝中区", "江北区"), id="a-district-after-its-city"),
    ],
)  # fmt: skip
def test_names_around_the_words_stay_read(zh, ja, expected):
    assert expected in [f[:3] for f in entity_findings(zh, ja)]
