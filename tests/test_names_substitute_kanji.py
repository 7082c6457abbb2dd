"""Characters Japanese writes with another of the same reading (同音の漢字による書きかえ,
1956), which OpenCC's Japanese forms keep: 景德镇陶瓷大学 is 景徳鎮陶磁大学 (瓷 -> 磁), and
was an error-level "different name" on a faithful pair (fresh44). And 高山 (a high
mountain, alpine) is a common word, not Takayama, unless its suffix makes it the town.
冢 (a mound) is 塚 in every Japanese name (宝冢市 = 宝塚市). 斗 in a name is the dipper or the
measure, 斗 in Japanese too (三斗坪镇 = 三斗坪鎮), though OpenCC writes a word it does not
know with 鬥 "fight" (三闘坪鎮: a faithful town was "missing", fresh62)."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings, same_names_both_ways
from xlcheck.extract.zh.forms import to_japanese_kanji

SAME = [
    ("景德镇陶瓷大学的团队发现了一处窑址。", "景徳鎮陶磁大学のチームが窯跡を発見した。"),
    ("景德鎮陶瓷大學的團隊發現了一處窯址。", "景徳鎮陶磁大学のチームが窯跡を発見した。"),
    ("中国陶瓷博物馆今天开馆。", "中国陶磁博物館が今日開館した。"),
    ("瑞士的高山救援队救出了两名登山者。", "スイスの山岳救助隊が登山者2人を救出した。"),
    ("他去了高山市。", "彼は高山市に行った。"),
    # 冢, a mound, is 塚 in Japanese (宝冢 = 宝塚; fresh55: 宝冢市 was read as nothing)
    ("手冢治虫的故乡宝冢市建有他的纪念馆。", "手塚治虫の故郷である宝塚市には彼の記念館がある。"),
    ("大阪府贝冢市举办了活动。", "大阪府貝塚市でイベントが開かれた。"),
    ("三峡大坝位于湖北省宜昌市的三斗坪镇。", "三峡ダムは湖北省宜昌市の三斗坪鎮にある。"),
    ("三峽大壩位於湖北省宜昌市的三斗坪鎮。", "三峡ダムは湖北省宜昌市の三斗坪鎮にある。"),
    ("他住在斗门区。", "彼は斗門区に住んでいる。"),
    # ... but 闘 in the words of fighting OpenCC knows (战斗机 = 戦闘機, 奋斗者号 = 奮闘者号)
    ("他在上海战斗机研究所工作。", "彼は上海戦闘機研究所で働いている。"),
    ("“奋斗者”号载人潜水器完成了下潜。", "有人潜水艇「奮闘者」号が潜航を終えた。"),
]
test_the_same_names_both_ways = same_names_both_ways(SAME)


@pytest.mark.parametrize(
    ("chinese", "japanese"),
    [("陶瓷", "陶磁"), ("编辑部", "編集部"), ("综合医院", "総合医院"), ("台风", "台風"),
     ("颱風", "台風"), ("搜集", "収集"), ("宝冢", "宝塚"), ("贝冢", "貝塚"), ("手冢", "手塚")],
)  # fmt: skip
def test_substitute_kanji(chinese, japanese):
    assert to_japanese_kanji(chinese) == japanese


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        pytest.param("景德镇陶瓷大学的团队发现了一处窑址。", "佐賀大学のチームが窯跡を発見した。",
                     ("XL301", "景德镇陶瓷大学", "佐賀大学"), id="university-swapped"),
        pytest.param("他去了高山市。", "彼は飛騨市に行った。", ("XL301", "高山市", "飛騨市"),
                     id="town-swapped"),
        pytest.param("他住在三斗坪镇。", "彼は茅坪鎮に住んでいる。",
                     ("XL301", "三斗坪镇", "茅坪鎮"), id="dipper-town-swapped"),
        pytest.param("他的故乡宝冢市建有纪念馆。", "彼の故郷である豊中市には記念館がある。",
                     ("XL301", "宝冢市", "豊中市"), id="mound-town-swapped"),
    ],
)  # fmt: skip
def test_swaps_stay_reported(zh, ja, expected):
    assert expected in [f[:3] for f in entity_findings(zh, ja)]
