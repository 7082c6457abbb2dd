"""A Chinese given name of two characters that jieba's dictionary also knows as a rare word
of its own (立新 "establish the new", 秀英, 红梅) after a family name: the given name, when
both characters are common in given names (given_name_characters in rules/zh/names.toml),
jieba has seen the word rarely and not as a place or a time (明天, 珍珠, 宁波, 秋冬 never
are), and the family name is no preposition (于). fresh53: 杨立新 (tagged a name
by jieba, but 立新 is an adverb to it) and 张 + 秀英 (张 a measure word) were not read, so
the two names turned into ある人物 and ある女性 were silent. The Japanese side reads the same
shape after a family name UniDic names (張 + 秀英)."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

MISMATCH, ANONYMIZED, MISSING = "XL301", "XL302", "XL303"


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        pytest.param("在广西柳州，由杨立新担任会长。", "広西の柳州では、楊立新が会長を務める。", [],
                     id="faithful-dictionary-name"),
        pytest.param("在广西柳州，由杨立新担任会长。", "広西の柳州では、ある人物が会長を務める。",
                     [(ANONYMIZED, "杨立新", "ある人物")], id="vague-dictionary-name"),
        pytest.param("蔬菜大棚里，张秀英种出了一米长的黄瓜。",
                     "ビニールハウスで、張秀英が1メートルのキュウリを育てた。", [],
                     id="faithful-measure-word-surname"),
        pytest.param("蔬菜大棚里，张秀英种出了一米长的黄瓜。",
                     "ビニールハウスで、ある女性が1メートルのキュウリを育てた。",
                     [(ANONYMIZED, "张秀英", "ある女性")], id="vague-measure-word-surname"),
        pytest.param("蔬菜大棚裡，張秀英種出了一米長的黃瓜。",
                     "ビニールハウスで、李秀英が1メートルのキュウリを育てた。",
                     [(MISMATCH, "張秀英", "李秀英")], id="traditional-swapped-family-name"),
        pytest.param("在广西柳州，由杨立新担任会长。", "広西の柳州では、会長が選ばれた。",
                     [(MISSING, "杨立新", None)], id="dropped"),
        # a name UniDic knows of two kanji (章子) one kanji short of a Chinese name whose
        # given name is of given names' characters (章子 + 怡); not a Japanese family name
        # before 家, nor a name before a kanji that makes a word of it (劉邦 + 軍)
        pytest.param("章子怡出演了这部电影。", "章子怡はこの映画に出演した。", [],
                     id="read-one-short-faithful"),
        pytest.param("巩俐出演了这部电影。", "章子怡はこの映画に出演した。",
                     [(MISMATCH, "巩俐", "章子怡")], id="read-one-short-swapped"),
        pytest.param("石川一家是当地的望族。", "石川家は地元の名家だ。", [], id="a-family"),
        pytest.param("刘邦的军队进入了咸阳。", "劉邦軍は咸陽に入った。", [], id="an-army"),
        # everyday words after a family name's character are no given name: a word jieba
        # has seen often (明天, 珍珠, 树林, 宝宝), a place or a time to it (宁波, 秋冬), or
        # after a preposition (于); UniDic's noun of a thing (宝石) on the Japanese side
        pytest.param("李明天会来。", "李さんは明日来る。", [], id="everyday-tomorrow"),
        pytest.param("连宁波都下雪了。", "寧波でさえ雪が降った。", [], id="even-ningbo"),
        pytest.param("连宁波都下雪了。", "杭州でさえ雪が降った。",
                     [(MISMATCH, "宁波", "杭州")], id="even-ningbo-swapped"),
        pytest.param("這種病多發於秋冬季節。", "この病気は秋から冬にかけて多い。", [],
                     id="in-autumn-and-winter"),
        pytest.param("她戴着一串白珍珠。", "彼女は白い真珠のネックレスをしている。", [],
                     id="white-pearls"),
        pytest.param("山坡上有一片杨树林。", "丘の上にポプラ林がある。", [], id="poplar-grove"),
        pytest.param("明年出生的是龙宝宝。", "来年生まれるのは辰年の赤ちゃんだ。", [],
                     id="dragon-babies"),
        pytest.param("我喜欢黄宝石。", "私は黄宝石が好きだ。", [], id="topaz-in-kanji"),
        pytest.param("那张美丽的照片很贵。", "その美しい写真は高い。", [],
                     id="measure-word-and-an-adjective"),
    ],
)
def test_given_names_of_given_name_characters(zh, ja, expected):
    assert entity_findings(zh, ja) == expected
