"""A word jieba's dictionary holds as an everyday common noun (花园 "garden", 山谷
"valley": n, a thousand times and more) is no sure place because UniDic reads its kanji as
a Japanese town (花園, 山谷); nor is one it has seen often (大堤 "levee", 平房 "bungalow")
where the text says it as a common noun (一道大堤, 平房里): rendered by a common word (庭,
谷, 堤防), it is silent; said as another place, it still stands for it; said as a place's
name (去外滩散步), it is a place (extract/zh/names.py `_everyday_noun`). And a place that
opens a longer name in the translation whose glossary entry opens with it too (北大西洋
of 北大西洋条約機構) is said there (compare/entities.said_in); a place inside another
name's transliteration (印度 of インドネシア) is not."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

MISMATCH, MISSING = "XL301", "XL303"

EVERYDAY_NOUNS = [
    pytest.param("我看见一条脏狗进了花园。", "汚い犬が庭に入るのを見た。", id="garden"),
    pytest.param("我家後面有一個小花園。", "家の裏に小さな庭がある。", id="garden-traditional"),
    pytest.param("我们在山谷里露营了三天。", "私たちは谷で三日間キャンプした。", id="valley"),
    pytest.param("河边有一道大堤。", "川沿いに大きな堤防がある。", id="levee"),
    pytest.param("我们住在一间平房里。", "私たちは平屋に住んでいる。", id="bungalow"),
    pytest.param("他每天早上在花园里浇花。", "彼は毎朝、庭で花に水をやる。", id="garden-everyday"),
    pytest.param("洪水冲垮了那道大堤。", "洪水でその堤防が決壊した。", id="levee-news"),
    pytest.param("這片山谷裡有很多野花。", "この谷には野の花がたくさんある。",
                 id="valley-traditional"),
]

SMALL_PLACES = [
    pytest.param("我奶奶在孝感住了一辈子。", "祖母は武漢で一生を過ごした。", "孝感", "武漢",
                 id="xiaogan-swapped"),
    pytest.param("他在合肥工作了五年。", "彼は南京で五年間働いた。", "合肥", "南京",
                 id="hefei-swapped"),
    pytest.param("我们下周去冲绳旅游。", "私たちは来週北海道へ旅行する。", "冲绳", "北海道",
                 id="okinawa-swapped"),
]

SAME_SMALL_PLACES = [
    pytest.param("我奶奶在孝感住了一辈子。", "祖母は孝感で一生を過ごした。", id="xiaogan"),
    pytest.param("他在合肥工作了五年。", "彼は合肥で五年間働いた。", id="hefei"),
    pytest.param("他下个月去大连出差。", "彼は来月大連に出張する。", id="dalian"),
    pytest.param("我们下周去沖繩旅遊。", "私たちは来週沖縄へ旅行する。", id="okinawa-traditional"),
    pytest.param("游客在外滩上拍照。", "観光客は外灘で写真を撮った。", id="bund-on"),
    pytest.param("我在西单前等你。", "私は西単の前で待っている。", id="xidan-before"),
]

# a place jieba tags as a common noun it holds as a county too (冲绳县), or has seen
# rarely (名古屋 92, 仙台 16): sure, so reported when the translation drops it
SMALL_PLACES_DROPPED = [
    pytest.param("这是我从冲绳带回来的点心。", "これ、持って帰ってきたお菓子です。", "冲绳",
                 id="okinawa-county-known"),
    pytest.param("我想在名古屋换车去大阪。", "乗り換えて大阪へ行きたい。", "名古屋",
                 id="nagoya-rare-to-jieba"),
    pytest.param("她在合肥讀了四年大學。", "彼女は大学で四年間学んだ。", "合肥",
                 id="hefei-traditional-city-known"),
    # seen often as a common noun, but said here as a place's name (no measure word,
    # demonstrative or localizer): reviewer's rows, reread16 item 5
    pytest.param("我们晚上去外滩散步。", "私たちは夜、川沿いを散歩した。", "外滩",
                 id="bund-named"),
    pytest.param("周口店出土了北京猿人的化石。", "そこで北京原人の化石が出土した。", "周口店",
                 id="zhoukoudian-named"),
    pytest.param("我在西單買了一件大衣。", "私はデパートでコートを買った。", "西單",
                 id="xidan-traditional-named"),
    # a localizer that follows a place's name as often as a common noun's (上, 下, 前, 后,
    # 内) leaves it a place: reread16 item 13
    pytest.param("我们在外滩上散步。", "私たちは川沿いを散歩した。", "外滩", id="bund-on"),
    pytest.param("我在西單前等你。", "私は駅前で待っている。", "西單",
                 id="xidan-before-traditional"),
    pytest.param("考古队在周口店下发现了新的洞穴。", "考古チームはその地下で新しい洞窟を発見した。",
                 "周口店", id="zhoukoudian-under"),
]

PLACE_OPENS_A_BODY = [
    pytest.param("北大西洋条约组织今天召开了峰会。", "北大西洋条約機構は今日首脳会議を開いた。",
                 id="alliance-simplified"),
    pytest.param("北大西洋條約組織今天召開了峰會。", "北大西洋条約機構は今日首脳会議を開いた。",
                 id="alliance-traditional"),
    pytest.param("芬兰去年加入了北大西洋条约组织。",
                 "フィンランドは昨年、北大西洋条約機構に加盟した。", id="alliance-object"),
]

ANOTHER_NAME_AROUND = [
    pytest.param("北大西洋条约组织今天召开了峰会。", "ワルシャワ条約機構は今日首脳会議を開いた。",
                 "北大西洋", "ワルシャワ", id="another-alliance"),
    pytest.param("他在印度工作。", "彼はインドネシアで働いている。", "印度", "インドネシア",
                 id="country-inside-a-transliteration"),
]


@pytest.mark.parametrize(("zh", "ja"), EVERYDAY_NOUNS)
def test_everyday_noun_is_no_sure_place(zh: str, ja: str):
    assert entity_findings(zh, ja) == []


@pytest.mark.parametrize(("zh", "ja", "source", "target"), SMALL_PLACES)
def test_small_place_swapped_is_a_mismatch(zh: str, ja: str, source: str, target: str):
    assert entity_findings(zh, ja) == [(MISMATCH, source, target)]


@pytest.mark.parametrize(("zh", "ja"), SAME_SMALL_PLACES)
def test_small_place_kept_is_silent(zh: str, ja: str):
    assert entity_findings(zh, ja) == []


@pytest.mark.parametrize(("zh", "ja", "source"), SMALL_PLACES_DROPPED)
def test_small_place_dropped_is_missing(zh: str, ja: str, source: str):
    assert entity_findings(zh, ja) == [(MISSING, source, None)]


@pytest.mark.parametrize(("zh", "ja"), PLACE_OPENS_A_BODY)
def test_place_opening_the_same_body_is_silent(zh: str, ja: str):
    assert entity_findings(zh, ja) == []


@pytest.mark.parametrize(("zh", "ja", "source", "target"), ANOTHER_NAME_AROUND)
def test_place_against_another_name_is_a_mismatch(zh: str, ja: str, source: str, target: str):
    assert entity_findings(zh, ja) == [(MISMATCH, source, target)]
