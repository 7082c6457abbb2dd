"""Landmarks named after their place (issue 13, fresh46): 佩特拉古城, 乌布皇宫, 吴哥古城,
克鲁格国家公园. jieba calls the stem a person (佩特拉 nrt, 吴哥 nr); with a landmark's word
after it (rules/zh/names.toml feature_suffixes) the whole is a place, rendered with the
word Japanese uses for its kind (name_kinds: 古城 = 遺跡, 皇宫 = 王宮, 国家公园 = 国立公園)
or with none. ある遺跡, ある王宮 in its place make it vague (rules/anonymization.toml);
another site's name is another place.
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

CASES = [
    (
        "约旦佩特拉古城的夜间游览每周举行三次。",
        "ヨルダンのペトラ遺跡では夜間ツアーが週3回行われる。",
        [],
    ),
    (
        "約旦佩特拉古城的夜間遊覽每週舉行三次。",
        "ヨルダンのペトラ遺跡では夜間ツアーが週3回行われる。",
        [],
    ),
    (
        "约旦佩特拉古城的夜间游览每周举行三次。",
        "ヨルダンのペトラでは夜間ツアーが週3回行われる。",
        [],
    ),
    ("巴厘岛的乌布皇宫每晚都有舞蹈表演。", "バリ島のウブド王宮では毎晩舞踊が上演される。", []),
    (
        "柬埔寨的吴哥古城吸引了很多游客。",
        "カンボジアのアンコール遺跡は多くの観光客を引きつけた。",
        [],
    ),
    (
        "南非的克鲁格国家公园发现了狮子。",
        "南アフリカのクルーガー国立公園でライオンが見つかった。",
        [],
    ),
    # vague, swapped, dropped
    (
        "约旦佩特拉古城的夜间游览每周举行三次。",
        "ヨルダンのある遺跡では夜間ツアーが週3回行われる。",
        [("XL302", "佩特拉古城", "ある遺跡")],
    ),
    (
        "巴厘岛的乌布皇宫每晚都有舞蹈表演。",
        "バリ島のある王宮では毎晩舞踊が上演される。",
        [("XL302", "乌布皇宫", "ある王宮")],
    ),
    (
        "约旦佩特拉古城的夜间游览每周举行三次。",
        "ヨルダンのジェラシュ遺跡では夜間ツアーが週3回行われる。",
        [("XL301", "佩特拉古城", "ジェラシュ")],
    ),
    (
        "周口店出土了北京猿人的化石。",
        "その遺跡で北京原人の化石が出土した。",
        [("XL302", "周口店", "その遺跡")],
    ),
    (
        "柬埔寨的吴哥古城吸引了很多游客。",
        "カンボジアの遺跡は多くの観光客を引きつけた。",
        [("XL303", "吴哥古城", None)],
    ),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), CASES)
def test_landmarks_named_after_their_place(zh, ja, expected):
    assert entity_findings(zh, ja) == expected
