"""A place said after its country in the source (韩国 + 京畿道水原市) and, in the
translation, one name of both levels with no dot (韓国京畿道城南市), matched to the
country: the rest after the country's form is the inner level the translation says; another
place there is a swap (a guess: a warning), not the source's place missing (fresh52). The
same place, in its own forms, stays silent."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

ROWS = [
    pytest.param("三星电子总部位于韩国京畿道水原市，距离首尔约三十公里。",
                 "サムスン電子の本社は韓国京畿道城南市にあり、ソウルから約30キロの距離にある。",
                 [("XL301", "京畿道水原市", "京畿道城南市")], id="inner-level-swapped"),
    pytest.param("三星電子總部位於韓國京畿道水原市。",
                 "サムスン電子の本社は韓国京畿道城南市にある。",
                 [("XL301", "京畿道水原市", "京畿道城南市")], id="inner-level-swapped-traditional"),
    pytest.param("三星电子总部位于韩国京畿道水原市。",
                 "サムスン電子の本社は韓国京畿道水原市にある。",
                 [], id="inner-level-kept"),
    pytest.param("他住在中国广东省深圳市。", "彼は中国広東省深セン市に住んでいる。", [],
                 id="inner-level-in-its-japanese-form"),
    pytest.param("他住在日本北海道札幌市。", "彼は日本北海道札幌市に住んでいる。", [],
                 id="inner-level-kept-japan"),
    # an inner level said by its sound (スウォン for 水原) is not compared by form: no place
    # replaced (it stays unread, "missing", as before: review)
    pytest.param("韩国京畿道水原市很美。", "韓国京畿道スウォン市は美しい。",
                 [("XL303", "京畿道水原市", None)], id="inner-level-by-its-sound"),
    # the outer level's longest form read off first (内モンゴル自治区 of 内蒙古, no rest 自治区)
    pytest.param("内蒙古赤峰市的红山文化遗址出土了玉猪龙。",
                 "内モンゴル自治区のある都市の紅山文化遺跡から玉猪龍が出土した。",
                 [("XL302", "赤峰市", "ある都市")], id="outer-level-s-longest-form"),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja", "expected"), ROWS)
def test_the_inner_level_of_one_name(zh: str, ja: str, expected: list) -> None:
    assert entity_findings(zh, ja) == expected


# A country of kanji and a katakana place written on after it (米国 + カリフォルニア州, 英国
# + ロンドン) are two names, as 美国 + 加利福尼亚州 are: the state or city against the
# source's, the country against the country (fresh59: 米国ウィスコンシン州 read as one place
# against 威斯康星州 was an error-level "different name" on a faithful pair). A region
# before a katakana name stays one name with it (新疆ウイグル自治区).
COUNTRY_THEN_PLACE = [
    pytest.param("该公司在美国威斯康星州设有一座工厂。",
                 "同社は米国ウィスコンシン州に工場を構えている。", [], id="米国-state-faithful"),
    pytest.param("他住在美国加利福尼亚州。", "彼は米国カリフォルニア州に住んでいる。", [],
                 id="米国-california-faithful"),
    pytest.param("他住在美國加州。", "彼は米国カリフォルニア州に住んでいる。", [],
                 id="traditional-加州-faithful"),
    pytest.param("他住在美国加利福尼亚州。", "彼は米国テキサス州に住んでいる。",
                 [("XL301", "加利福尼亚州", "テキサス州")], id="米国-state-swapped"),
    pytest.param("他住在英国伦敦。", "彼は英国ロンドンに住んでいる。", [], id="英国-city-faithful"),
    pytest.param("他住在英国伦敦。", "彼は英国マンチェスターに住んでいる。",
                 [("XL301", "伦敦", "マンチェスター")], id="英国-city-swapped"),
    pytest.param("她去过南非和东帝汶。", "彼女は南アフリカと東ティモールに行ったことがある。", [],
                 id="katakana-country-whole"),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja", "expected"), COUNTRY_THEN_PLACE)
def test_a_country_then_a_place_in_it(zh: str, ja: str, expected: list) -> None:
    assert entity_findings(zh, ja) == expected
