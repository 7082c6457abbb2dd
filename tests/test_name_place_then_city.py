"""A country or region, then a city in it, both names of jieba's dictionary, written with
nothing between (捷克 + 布拉格, 波兰 + 华沙, 罗马尼亚 + 布加勒斯特), issue 13: every
character of both transliterates, so the run of transliterations was joined into one
"person" 捷克布拉格, confident by its length, which the translation (チェコのプラハ) could
only miss. A place of the dictionary (ns, or a country of the rules whatever jieba tags it:
沙特) followed by another name the dictionary knows (two characters or more) is two names:
the place, then what lies in it. Pieces the dictionary does not know as names stay one
transliterated name (斯托尔 + 滕 + 贝格)."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings
from xlcheck.run import current

MISMATCH = "XL301"


def _zh_words(text: str) -> list[str]:
    chinese = current().language("zh")
    return [t.text for t in chinese.tokens(chinese.prepare(text))]


@pytest.mark.parametrize(
    ("text", "place", "city"),
    [
        pytest.param("文化节将在捷克布拉格举办。", "捷克", "布拉格", id="czech-prague"),
        pytest.param("代表团抵达波兰华沙。", "波兰", "华沙", id="poland-warsaw"),
        pytest.param("代表团抵达罗马尼亚布加勒斯特。", "罗马尼亚", "布加勒斯特", id="romania"),
        pytest.param("將於捷克布拉格舉辦文化節。", "捷克", "布拉格", id="traditional"),
        pytest.param("球队随后抵达沙特吉达。", "沙特", "吉达", id="country-tagged-nr"),
        pytest.param("我们住在捷克 布拉格的一家酒店。", "捷克", "布拉格", id="spaced"),
    ],
)
def test_a_place_then_a_city_are_two_names(text, place, city):
    words = _zh_words(text)
    assert place in words
    assert city in words


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("秘书长斯托尔滕贝格表示反对。", "斯托尔滕贝格", id="one-name-in-pieces"),
        pytest.param("代表团抵达巴西利亚。", "巴西利亚", id="capital-one-word"),
        pytest.param("他访问了沙特阿拉伯利雅得。", "利雅得", id="country-then-city-already"),
        pytest.param("我和汤姆去了公园。", "汤姆", id="plain-name"),
    ],
)
def test_other_names_keep_their_words(text, name):
    assert name in _zh_words(text)


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        pytest.param(
            "外交部宣布，将于捷克布拉格举办台湾文化节。",
            "外交部は、チェコのプラハで台湾文化フェスティバルを開催すると発表した。",
            [],
            id="faithful-prague",
        ),
        pytest.param(
            "中国男篮抵达沙特吉达。",
            "中国男子バスケットボール代表はサウジアラビアのジッダに到着した。",
            [],
            id="faithful-jeddah",
        ),
        pytest.param(
            "代表团抵达波兰华沙。",
            "代表団はポーランドのワルシャワに到着した。",
            [],
            id="faithful-warsaw",
        ),
        pytest.param(
            "代表团抵达波兰华沙。",
            "代表団はポーランドのクラクフに到着した。",
            [(MISMATCH, "华沙", "クラクフ")],
            id="swapped-warsaw",
        ),
        pytest.param(
            "文化节将在捷克布拉格举办。",
            "文化祭はチェコのブルノで開かれる。",
            [(MISMATCH, "布拉格", "ブルノ")],
            id="swapped-prague",
        ),
    ],
)
def test_swaps_and_faithful_pairs(zh, ja, expected):
    assert [f[:3] for f in entity_findings(zh, ja)] == expected
