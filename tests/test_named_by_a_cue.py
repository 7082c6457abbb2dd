"""Names a cue says are names (issue 13): 名叫, 叫做, 名为 before the name and 的 with a
noun of a person or a place after it (一位名叫和玉松的纳西族老人, 一片名叫塔西利的高原); という,
と呼ばれる after a katakana name and before such a noun (アニウという若者, タッシリと呼ばれる
台地). The words between are a weak name, whatever the taggers cut them into (和 + 玉松: 和 is
a Naxi family name): another name in their place is a mismatch, a vague reference keeping
the noun (ナシ族のある老人) anonymizes it, and the noun itself renders the source's own (若者
for 小伙子 names no one in the name's place). Each row: a pair and its entity findings as
(rule, source, target); faithful rows give none.
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

MISMATCH, ANONYMIZED, MISSING = "XL301", "XL302", "XL303"

ROWS = [
    pytest.param("在丽江古城，一位名叫和玉松的纳西族老人每天在四方街演奏古乐。",
                 "麗江古城では、和玉松というナシ族の老人が毎日四方街で古楽を演奏している。", [],
                 id="person-faithful"),
    pytest.param("在丽江古城，一位名叫和玉松的纳西族老人每天在四方街演奏古乐。",
                 "麗江古城では、ナシ族のある老人が毎日四方街で古楽を演奏している。",
                 [(ANONYMIZED, "和玉松", "ある老人")], id="person-made-vague"),
    pytest.param("在麗江古城，一位名叫和玉松的納西族老人每天在四方街演奏古樂。",
                 "麗江古城では、ナシ族のある老人が毎日四方街で古楽を演奏している。",
                 [(ANONYMIZED, "和玉松", "ある老人")], id="traditional-person-made-vague"),
    pytest.param("阿尔及利亚境内的撒哈拉沙漠中有一片名叫塔西利的高原。",
                 "アルジェリアのサハラ砂漠には、タッシリと呼ばれる台地がある。", [],
                 id="place-faithful"),
    pytest.param("阿尔及利亚境内的撒哈拉沙漠中有一片名叫塔西利的高原。",
                 "アルジェリアのサハラ砂漠には、ホガールと呼ばれる台地がある。",
                 [(MISMATCH, "塔西利", "ホガール")], id="place-swapped"),
    pytest.param("村里有个叫做阿牛的小伙子。", "村にはアニウという若者がいた。", [],
                 id="katakana-named-faithful"),
    pytest.param("從前有一個名叫桃花源的村子。", "昔、桃花源という村があった。", [],
                 id="traditional-village-faithful"),
    pytest.param("從前有一個名叫桃花源的村子。", "昔、ある村があった。",
                 [(ANONYMIZED, "桃花源", "ある村")], id="traditional-village-made-vague"),
    # a cue jieba cuts in two (名字 + 叫) is one cue
    pytest.param("一位名字叫和玉松的纳西族老人在这里。", "ナシ族のある老人がここにいる。",
                 [(ANONYMIZED, "和玉松", "ある老人")], id="cue-cut-in-two"),
    # what one is called (被 + 大家 + 叫做): an epithet, no name
    pytest.param("我就是那个被大家叫做书呆子的学生。",
                 "私はみんなに本の虫と呼ばれていたあの学生だ。", [], id="an-epithet"),
    # a place by a cue alone is weak: a translation that renders its words names no other
    pytest.param("这里有一条名叫清水的小河。", "ここにはきれいな水の小川がある。", [],
                 id="a-place-by-a-cue-is-weak"),
    # a noun is a word of its own after the cue (人口, 人気 open with 人, no person), and a
    # name UniDic reads keeps its own type
    pytest.param("他在巴黎这座人口两百万的城市住了十年。",
                 "彼はロンドンという人口900万人の都市に10年住んだ。",
                 [(MISMATCH, "巴黎", "ロンドン")], id="a-known-name-before-という"),
    pytest.param("卡拉OK是一种很受欢迎的娱乐。", "カラオケという人気の娯楽だ。",
                 [(MISSING, "卡拉OK", None)], id="a-loanword-before-という-人気"),
    # a cue before no noun of a person or a place, and a katakana word before という and
    # a noun of neither: no name
    pytest.param("这种东西名叫智能手机的产品很贵。", "スマホという製品は高い。", [],
                 id="a-product-no-name"),
    pytest.param("他说的这个词叫做沙发。", "彼が言ったのはソファという言葉だ。", [],
                 id="a-word-no-name"),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja", "expected"), ROWS)
def test_a_name_a_cue_says(zh, ja, expected):
    assert entity_findings(zh, ja) == sorted(expected)
