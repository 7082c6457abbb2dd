"""A listed reference is no piece of a word UniDic cut (issue 13, point 1).

ある + 川 of ある川劇茶館 (a Sichuan-opera teahouse) is no river: UniDic cuts 川劇 into
川 + 劇, two nouns of one character, and the compound goes on to 茶館, its head. A listed
marker's one-character noun right before another one-character noun is no reference; a
marker before a noun of two characters or more is the modifier of a compound and still
stands in (ある国 + 政府, 某州 + GP), as it does before a suffix (ある市 + 内). And a
name before の and a listed reference built of a common noun the source says itself
(青羊区の + ある劇場 for 武侯区的一家剧场) is no descriptor of a stand-in: the theatre is
the source's own, and the district another one.
"""

from __future__ import annotations

import pytest

from tests.conftest import check_strings


@pytest.mark.parametrize(
    ("zh", "ja", "relation", "name"),
    [
        # the district swapped, the teahouse the source's own
        (
            "成都市武侯区的一家川剧茶馆很有名。",
            "成都市青羊区のある川劇茶館が有名だ。",
            "mismatch",
            "武侯区",
        ),
        (
            "成都市武侯区的一家剧场每周六都有演出。",
            "成都市青羊区のある劇場では毎週土曜に公演がある。",
            "mismatch",
            "武侯区",
        ),
        (
            "臺北市大安區的一家書店昨天停業了。",
            "台北市信義区のある書店が昨日閉店した。",
            "mismatch",
            "大安區",
        ),
        # the district dropped: the theatre is still the source's own, nothing stands in
        (
            "成都市武侯区的一家剧场每周六都有演出。",
            "成都市のある劇場では毎週土曜に公演がある。",
            "missing",
            "武侯区",
        ),
        # a listed marker heading its compound, or before a place within, still stands in
        (
            "杭州市西湖区的一家茶馆很有名。",
            "杭州市のある区の茶館が有名だ。",
            "anonymized",
            "西湖区",
        ),
        ("他住在宝冢市。", "彼はある市内に住んでいる。", "anonymized", "宝冢市"),
        ("他住在宝冢市。", "彼はある市に住んでいる。", "anonymized", "宝冢市"),
        # the marker modifying a compound's head still stands in
        (
            "小皮奎特在2009年匈牙利大奖赛之后被解雇。",
            "ピケJr.は2009年の某州GP後に解雇された。",
            "anonymized",
            "匈牙利",
        ),
        # a description the source does not say still locates its stand-in
        (
            "韩国三星电子在西安建厂。",
            "韓国の半導体大手は西安に工場を建設した。",
            "anonymized",
            "韩国三星电子",
        ),
    ],
)
def test_listed_reference_heads_its_compound(zh, ja, relation, name):
    found = [
        (f.relation, f.source.text)
        for f in check_strings(zh, ja)
        if f.kind == "entity" and f.source
    ]
    assert (relation, name) in found, found
    if relation != "anonymized":
        assert all(r != "anonymized" for r, _ in found), found
