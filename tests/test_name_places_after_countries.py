"""A transliterated city right after its country (沙特阿拉伯 + 利雅得, 俄罗斯 + 叶卡捷琳堡)
or before a place suffix (利雅得 + 市), issue 13: jieba tags such cities as people (利雅得
nr), and with a character outside the transliteration table (得, 堡) no person's reading
took them, so the city was not read at all and a different city in the translation was
only "not in the source". A word jieba tags as a name that nothing else reads, written in
transliteration characters (one of a name's own usage allowed, at its end too), after a
place or before a place suffix with nothing between, is a weak place. A transliteration
read as a person stays one (阿斯塔纳, and 特朗普 after 美国): the form does not tell a city
from a person; nor is a native name (李强 after 中国) read so."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings
from xlcheck.run import current

MISMATCH = "XL301"


def _zh_types(text: str) -> dict[str, str | None]:
    chinese = current().language("zh")
    return {t.text: chinese.entity_type(t) for t in chinese.tokens(chinese.prepare(text))}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("他访问了沙特阿拉伯利雅得。", "利雅得", id="nr-with-de"),
        pytest.param("他访问了俄罗斯叶卡捷琳堡。", "叶卡捷琳堡", id="nr-with-bao"),
        pytest.param("他访问了利雅得市。", "利雅得", id="before-a-place-suffix"),
        pytest.param("他訪問了沙烏地阿拉伯利雅得。", "利雅得", id="traditional"),
        pytest.param("代表团访问沙地阿拉伯利雅得。", "利雅得", id="hong-kong-form"),
        pytest.param("印度班加罗尔的工程师很多。", "班加罗尔", id="ns-already"),
    ],
)
def test_a_transliteration_after_its_country_is_a_place(text, name):
    assert _zh_types(text).get(name) == "place"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("中国李强昨天到了。", "李强", id="native-name-after-country"),
        pytest.param("我和汤姆去了公园。", "汤姆", id="transliterated-person-no-place"),
        pytest.param("美国特朗普表示反对。", "特朗普", id="person-after-country"),
        pytest.param("他访问了哈萨克斯坦阿斯塔纳。", "阿斯塔纳", id="read-as-person-stays"),
        pytest.param("这里是沙地。", "沙地", id="hong-kong-country-not-sand"),
    ],
)
def test_a_name_without_its_country_keeps_its_type(text, name):
    assert _zh_types(text).get(name) != "place"


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        pytest.param(
            "他访问了哈萨克斯坦阿斯塔纳。",
            "彼はカザフスタンのアスタナを訪問した。",
            [],
            id="faithful-astana",
        ),
        pytest.param(
            "他访问了沙特阿拉伯利雅得。",
            "彼はサウジアラビアのリヤドを訪問した。",
            [],
            id="faithful-riyadh",
        ),
        pytest.param(
            "行政長官李家超率領代表團訪問沙地阿拉伯利雅得及阿聯酋迪拜。",
            "李家超行政長官は代表団を率いて、サウジアラビアのリヤドとアラブ首長国連邦のドバイを訪問した。",
            [],
            id="faithful-riyadh-hong-kong-form",
        ),
        pytest.param(
            "他访问了俄罗斯叶卡捷琳堡。",
            "彼はロシアのエカテリンブルクを訪問した。",
            [],
            id="faithful-yekaterinburg",
        ),
        pytest.param(
            "他访问了利雅得市。",
            "彼はリヤド市を訪問した。",
            [],
            id="faithful-suffixed",
        ),
        pytest.param(
            "他访问了哈萨克斯坦阿斯塔纳。",
            "彼はカザフスタンのアルマトイを訪問した。",
            [(MISMATCH, "阿斯塔纳", "アルマトイ")],
            id="swapped-astana",
        ),
        pytest.param(
            "他访问了俄罗斯叶卡捷琳堡。",
            "彼はロシアのノボシビルスクを訪問した。",
            [(MISMATCH, "叶卡捷琳堡", "ノボシビルスク")],
            id="swapped-yekaterinburg",
        ),
        pytest.param(
            "他访问了利雅得市。",
            "彼はジッダ市を訪問した。",
            [(MISMATCH, "利雅得市", "ジッダ市")],
            id="swapped-suffixed",
        ),
        pytest.param(
            "他访问了沙特阿拉伯利雅得。",
            "彼はサウジアラビアを訪問した。",
            [],
            id="dropped-weak-city-silent",
        ),
        pytest.param(
            "他访问了沙特阿拉伯利雅得。",
            "彼はサウジアラビアのジッダを訪問した。",
            [(MISMATCH, "利雅得", "ジッダ")],
            id="swapped-riyadh",
        ),
    ],
)
def test_swaps_and_faithful_pairs(zh, ja, expected):
    assert entity_findings(zh, ja) == expected
