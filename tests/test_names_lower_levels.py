"""A lower level said right after a place that ends in a level's suffix, which the
tokenizer cut or glued to its neighbours (宜兰县 + 头城镇, jieba's 头 + 城镇; 宜蘭県 + 礁渓郷,
UniDic's 礁 + 渓 + 郷), issue 13 point 3: each level of a nested place is a name, so a town
swapped for another is a mismatch and one made vague is anonymized. The stems that open
on a word of every, each, the same, a count or a level's own words (各市, 县级市, 市町村)
are no level (lower_level_suffixes and not_level_stems of rules/LANG/names.toml)."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings, same_names_both_ways
from xlcheck.extract import extract_document
from xlcheck.load.tsv import segment_pairs
from xlcheck.run import current

SAME = [
    ("宜蘭縣頭城鎮的搶孤活動吸引了很多觀眾。", "宜蘭県頭城鎮の搶孤行事には多くの観客が集まった。"),
    ("宜兰县头城镇的活动吸引了很多观众。", "宜蘭県頭城鎮の行事には多くの観客が集まった。"),
    ("他住在台东县池上乡。", "彼は台東県池上郷に住んでいる。"),
    ("浙江省杭州市西湖区的茶园很有名。", "浙江省杭州市西湖区の茶畑は有名だ。"),
    ("千叶县市川市的人口增加了。", "千葉県市川市の人口が増えた。"),
    # a district jieba holds as one common noun (淡水区 n), a stem that opens on a numeral
    ("新北市淡水區的淡江大橋明年通車。", "新北市淡水区の淡江大橋は来年開通する。"),
    ("新北市八里区的渡轮码头翻新了。", "新北市八里区のフェリー乗り場が改装された。"),
    ("河南省郑州市二七区的纪念塔很有名。", "河南省鄭州市二七区の記念塔は有名だ。"),
    ("湖北省十堰市的武当山游客很多。", "湖北省十堰市の武当山は観光客が多い。"),
    ("王芳女士在上海徐汇区开了一家花店。", "王芳さんは上海市徐匯区で花屋を開いた。"),
    ("臺北市大安區的大安森林公園週末舉辦了音樂節。",
     "台北市大安区の大安森林公園では週末、音楽祭が開かれた。"),
    ("東京都三鷹市的美術館週一休館。", "東京都三鷹市の美術館は月曜休館だ。"),
]
# a Japanese town as Chinese writes it after its prefecture (长野县 + 小布施町: 町, and a
# stem opening on an adjective, 小 a + 布施)
SAME += [
    ("长野县小布施町的栗子点心在上海热卖。", "長野県小布施町の栗菓子が上海で売れている。"),
    ("長野縣小布施町的栗子點心在上海熱賣。", "長野県小布施町の栗菓子が上海で売れている。"),
    # a league of Inner Mongolia (盟), its katakana name cut by UniDic (アラ + シャン)
    ("她出生于内蒙古阿拉善盟。", "彼女は内モンゴル自治区のアラシャン盟で生まれた。"),
    ("她出生於內蒙古錫林郭勒盟。", "彼女は内モンゴル自治区のシリンゴル盟で生まれた。"),
]
test_the_same_levels_both_ways = same_names_both_ways(SAME)


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        pytest.param("宜蘭縣頭城鎮的搶孤活動吸引了很多觀眾。",
                     "宜蘭県礁渓郷の搶孤行事には多くの観客が集まった。",
                     ("XL301", "頭城鎮", "礁渓郷"), id="town-swapped"),
        pytest.param("宜蘭縣頭城鎮的搶孤活動吸引了很多觀眾。",
                     "宜蘭県のある町の搶孤行事には多くの観客が集まった。",
                     ("XL302", "頭城鎮", "ある町"), id="town-made-vague"),
        pytest.param("他住在台东县池上乡。", "彼は台東県関山鎮に住んでいる。",
                     ("XL301", "池上乡", "関山鎮"), id="township-swapped"),
        pytest.param("新北市淡水區的淡江大橋明年通車。", "新北市八里区の淡江大橋は来年開通する。",
                     ("XL301", "淡水區", "八里区"), id="district-of-one-noun-swapped"),
        pytest.param("新北市八里区的渡轮码头翻新了。", "新北市のある区の渡し場が改装された。",
                     ("XL302", "八里区", "ある区"), id="numeral-district-made-vague"),
        pytest.param("湖北省十堰市的武当山游客很多。", "湖北省宜昌市の武当山は観光客が多い。",
                     ("XL301", "十堰市", "宜昌市"), id="numeral-city-swapped"),
        # a level UniDic reads as a family name and a word (徐 + 匯区): the level
        pytest.param("王芳在上海浦东新区开了一家花店。", "王芳さんは上海市徐匯区で花屋を開いた。",
                     ("XL301", "浦东新区", "徐匯区"), id="district-read-as-a-surname-swapped"),
        pytest.param("新北市淡水區的淡江大橋明年通車。", "新北市の淡江大橋は来年開通する。",
                     ("XL303", "淡水區", None), id="district-dropped-city-kept"),
        # the district's core at the head of a landmark named after it (大安 of 大安森林公園)
        # does not say the district: another district beside the landmark is a swap
        pytest.param("臺北市大安區的大安森林公園週末舉辦了音樂節。",
                     "台北市中正区の大安森林公園では週末、音楽祭が開かれた。",
                     ("XL301", "大安區", "中正区"), id="district-beside-its-namesake-park"),
    ],
)  # fmt: skip
def test_a_lower_level_changed(zh, ja, expected):
    assert expected in [f[:3] for f in entity_findings(zh, ja)]


def _names(text: str, lang: str) -> list[str]:
    other = "ja" if lang == "zh" else "zh"
    pair = segment_pairs([("s1", text, "。")], source_lang=lang, target_lang=other, doc_id="t")
    facts = extract_document(pair.source, None, run=current(), carry_context=False)
    return [fact.text for fact in facts if fact.kind == "entity"]


@pytest.mark.parametrize(
    ("text", "lang", "unread"),
    [
        pytest.param("江苏省县级市的数量增加了。", "zh", "县级市", id="county-level-city"),
        pytest.param("浙江省各市都有博物馆。", "zh", "各市", id="every-city"),
        pytest.param("浙江省全县推广。", "zh", "全县", id="whole-county"),
        pytest.param("浙江省三县联合推广。", "zh", "三县", id="three-counties"),
        pytest.param("广东省两个区率先试点。", "zh", "两个区", id="two-districts"),
        pytest.param("河北省十几个乡受灾。", "zh", "十几个乡", id="a-dozen-townships"),
        pytest.param("上海市开发区的企业增加了。", "zh", "开发区", id="development-zone"),
        pytest.param("四川省风景区游客增加了。", "zh", "风景区", id="scenic-area"),
        pytest.param("深圳市中心区房价上涨。", "zh", "中心区", id="central-area"),
        pytest.param("愛知県三市で実施する。", "ja", "三市", id="three-cities-ja"),
        pytest.param("深圳市李区长说明了情况。", "zh", "李区", id="a-district-head"),
        pytest.param("長野県の二つの村で実施する。", "ja", "二つの村", id="two-villages-ja"),
        pytest.param("愛知県内の各市で実施する。", "ja", "内の", id="within-the-prefecture"),
        pytest.param("長野県の市町村で実施する。", "ja", "市町村", id="municipalities"),
        pytest.param("長野県同市で実施する。", "ja", "同市", id="the-same-city"),
    ],
)
def test_no_level_of_every_or_a_count(text, lang, unread):
    assert not any(unread in name for name in _names(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "level"),
    [
        pytest.param("新北市淡水區的淡江大橋明年通車。", "zh", "淡水區", id="one-common-noun"),
        pytest.param("新北市八里区的渡轮码头翻新了。", "zh", "八里区", id="opens-on-eight"),
        pytest.param("河南省郑州市二七区的纪念塔很有名。", "zh", "二七区", id="two-seven"),
        pytest.param("新北市三重區的人口增加了。", "zh", "三重區", id="opens-on-three"),
        pytest.param("東京都八王子市の高尾山は観光客が多い。", "ja", "八王子市", id="hachioji"),
        pytest.param("三重県四日市市の工場が増設された。", "ja", "四日市", id="yokkaichi"),
        pytest.param("河南省鄭州市二七区の記念塔は有名だ。", "ja", "二七区", id="two-seven-ja"),
        pytest.param("湖北省老河口市的人口增加了。", "zh", "老河口市", id="old-river-mouth"),
    ],
)
def test_a_level_whose_stem_is_a_word_or_opens_on_a_numeral(text, lang, level):
    assert any(level in name for name in _names(text, lang))


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        pytest.param(
            "长野县小布施町的栗子点心在上海热卖。",
            "長野県松川町の栗菓子が上海で売れている。",
            [("XL301", "小布施町", "松川町")],
            id="japanese-town-swapped",
        ),
        pytest.param(
            "长野县小布施町的栗子点心在上海热卖。",
            "長野県のある町の栗菓子が上海で売れている。",
            [("XL302", "小布施町", "ある町")],
            id="japanese-town-made-vague",
        ),
        pytest.param(
            "她出生于内蒙古阿拉善盟。",
            "彼女は内モンゴル自治区のシリンゴル盟で生まれた。",
            [("XL301", "阿拉善盟", "シリンゴル盟")],
            id="league-swapped",
        ),
    ],
)
def test_a_japanese_town_in_chinese_text(zh, ja, expected):
    assert entity_findings(zh, ja) == expected
