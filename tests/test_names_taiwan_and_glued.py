"""Names false alarms on faithful news pairs, and their swaps (issue 13, session 25):

- a name after a dot that jieba guessed with the verb after it (梅莉·史翠普共获三次: the name
  is 梅莉·史翠普) and a transliteration character the table lacked (斐 of 卡尔·拉格斐,
  拉斐尔), which cut the name short;
- countries as Taiwan names them (哈薩克, 辛巴威, 烏茲別克 against カザフスタン, ジンバブエ,
  ウズベキスタン), which OpenCC's conversion leaves apart from the mainland's names;
- capitals and cities jieba tags as words (首尔 an adverb, 河内 "in the river", 基辅,
  清迈), read as places; not 金边 (金边眼镜), as often a word;
- film festivals and awards Japanese names otherwise (戛纳 / 坎城 = カンヌ, 金棕榈 =
  パルム・ドール, 金球奖 = ゴールデングローブ賞, 金马奖 = 金馬奨).

Each faithful row has a twin with the name swapped, still a mismatch.
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings, table_rows

OK: list = []

# (zh, ja, entity findings as (rule, source, target))
# fmt: off
CASES = {
    "dotted-names": [
        ("梅莉·史翠普共获三次奥斯卡奖。", "メリル・ストリープはアカデミー賞を3回受賞した。", OK),
        ("梅莉·史翠普共获三次奥斯卡奖。", "ジュリア・ロバーツはアカデミー賞を3回受賞した。",
         [("XL301", "梅莉·史翠普", "ジュリア・ロバーツ")]),
        ("卡尔·拉格斐去世。", "カール・ラガーフェルドが死去した。", OK),
        ("卡爾·拉格斐去世。", "カール・ラガーフェルドが死去した。", OK),
        ("卡尔·拉格斐去世。", "ジョルジオ・アルマーニが死去した。",
         [("XL301", "卡尔·拉格斐", "ジョルジオ・アルマーニ")]),
        ("约翰·史密斯曾在北京工作。", "ジョン・スミスはかつて北京で働いていた。", OK),
        ("约翰·史密斯说他会来。", "ジョン・スミスは来ると言った。", OK),
    ],
    "taiwan-countries": [
        ("哈薩克總統訪問台灣。", "カザフスタンの大統領が台湾を訪問した。", OK),
        ("哈萨克总统访问台湾。", "カザフスタンの大統領が台湾を訪問した。", OK),
        ("哈薩克總統訪問台灣。", "ウズベキスタンの大統領が台湾を訪問した。",
         [("XL301", "哈薩克", "ウズベキスタン")]),
        ("辛巴威總統訪日。", "ジンバブエ大統領が訪日した。", OK),
        ("宏都拉斯與台灣斷交。", "ホンジュラスは台湾と断交した。", OK),
        ("吐瓦魯是台灣的友邦。", "ツバルは台湾の友好国だ。", OK),
    ],
    "cities-read-as-words": [
        ("越南河内发生洪水。", "ベトナムのハノイで洪水が発生した。", OK),
        ("越南河内发生洪水。", "ベトナムのダナンで洪水が発生した。", [("XL301", "河内", "ダナン")]),
        ("他昨天抵达首尔。", "彼は昨日ソウルに到着した。", OK),
        ("他昨天抵達首爾。", "彼は昨日ソウルに到着した。", OK),
        ("他昨天抵达首尔。", "彼は昨日釜山に到着した。", [("XL301", "首尔", "釜山")]),
        ("他昨天抵达首尔。", "彼は昨日ある都市に到着した。", [("XL302", "首尔", "ある都市")]),
        ("乌克兰首都基辅遭到袭击。", "ウクライナの首都キーウが攻撃を受けた。", OK),
        ("他去清迈旅游了。", "彼はチェンマイへ旅行に行った。", OK),
        ("他去清迈旅游了。", "彼はプーケットへ旅行に行った。", [("XL301", "清迈", "プーケット")]),
        ("他戴着金边眼镜。", "彼は金縁の眼鏡をかけている。", OK),
    ],
    "festivals-and-awards": [
        ("该片获得戛纳金棕榈奖。", "同作品はカンヌ国際映画祭でパルム・ドールを受賞した。", OK),
        ("該片獲得坎城金棕櫚獎。", "同作品はカンヌでパルム・ドールを受賞した。", OK),
        ("他获得金球奖。", "彼はゴールデングローブ賞を受賞した。", OK),
        ("該片獲得金馬獎。", "同作品は金馬奨を受賞した。", OK),
        ("他获得了奥斯卡奖。", "彼はグラミー賞を受賞した。", [("XL301", "奥斯卡奖", "グラミー賞")]),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(CASES))
def test_names(zh, ja, expected):
    assert entity_findings(zh, ja) == expected
