"""A place UniDic knows, glued after a katakana word it cut off (issue 13): ジョグ + ジャカルタ
is Yogyakarta, ツール + マレー + 峠 the Col du Tourmalet, not Jakarta nor Malaya. The whole
katakana run is one place, a weak one (a longer place UniDic does not know), so it is
matched whole and reported only where the other side speaks to it. Before a person the
longer word is a compound's (ラウンド + ロビン), and after a word of a kind or a role (ホテル
+ オークラ) the name is the piece after it, as before. And a mountain pass is a feature:
图尔马莱 + 山口, 开伯尔 + 山口 (jieba's 山口 is the Japanese city) = ツールマレー峠, カイバル峠."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings
from xlcheck.extract import find_facts
from xlcheck.model import Segment
from xlcheck.run import current


def _names(text: str, lang: str) -> list[str]:
    segment = Segment(id="s", text=text, index=0, paragraph=0, line=1)
    return [fact.text for fact in find_facts(segment, lang, current())[2]]


READ = [
    ("ジョグジャカルタ周辺の住民が避難した。", "ja", ["ジョグジャカルタ"]),
    ("ピレネー山脈のツールマレー峠に着いた。", "ja", ["ピレネー山脈", "ツールマレー峠"]),
    ("彼らはカイバル峠を越えた。", "ja", ["カイバル峠"]),
    ("ホテルオークラに泊まった。", "ja", ["オークラ"]),
    ("アムールトラの足跡を見つけた。", "ja", ["アムール"]),
    ("他们翻过了开伯尔山口。", "zh", ["开伯尔山口"]),
    ("终点设在图尔马莱山口。", "zh", ["图尔马莱山口"]),
    ("他去了山口县。", "zh", ["山口县"]),
]


@pytest.mark.parametrize(("text", "lang", "names"), READ, ids=[r[0][:12] for r in READ])
def test_the_names_read(text, lang, names):
    assert _names(text, lang) == names


PAIRS = [
    # faithful: nothing
    ("印尼默拉皮火山喷发后，日惹附近的居民紧急撤离。",
     "インドネシアのムラピ山が噴火した後、ジョグジャカルタ周辺の住民が緊急避難した。", []),
    ("终点设在比利牛斯山的图尔马莱山口。", "ゴールはピレネー山脈のツールマレー峠にある。", []),
    ("他们翻过了开伯尔山口。", "彼らはカイバル峠を越えた。", []),
    ("调度器以轮询方式查找节点。", "スケジューラーはラウンドロビン方式でノードを探す。", []),
    ("他住在日惹。", "彼はジョグジャカルタに住んでいる。", []),
    # a longer word before a place is a compound's (ユニバーサル + スタジオ + ジャパン)
    ("日本环球影城很受欢迎。", "ユニバーサルスタジオジャパンは人気だ。", []),
    # a vague reference stands in: anonymized, and no piece of a longer name for another
    ("印尼默拉皮火山喷发后，日惹附近的居民紧急撤离。",
     "インドネシアのある火山が噴火した後、ジョグジャカルタ周辺の住民が緊急避難した。",
     [("XL302", "默拉皮火山", "ある火山")]),
    ("他们翻过了开伯尔山口。", "彼らはある峠を越えた。", [("XL302", "开伯尔山口", "ある峠")]),
    ("他住在日惹。", "彼はある町に住んでいる。", [("XL302", "日惹", "ある町")]),
    # another name: still one
    ("他住在日惹。", "彼はジャカルタに住んでいる。", [("XL301", "日惹", "ジャカルタ")]),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja", "expected"), PAIRS, ids=[r[1][:14] for r in PAIRS])
def test_pairs(zh, ja, expected):
    assert entity_findings(zh, ja) == expected


# jieba's dictionary holds a body's kind glued to the title of who heads it (协会主席,
# 集团董事长): the kind ends the body's name, the title stands apart
BODIES_BEFORE_TITLES = [
    ("上海陶瓷协会主席出席了开幕式。", "zh", ["上海陶瓷协会"]),
    ("中国银行行长出席了会议。", "zh", ["中国银行"]),
    ("上海市陶瓷协会主席出席了开幕式。", "zh", ["上海市陶瓷协会"]),
    ("他是协会主席。", "zh", []),
]


@pytest.mark.parametrize(
    ("text", "lang", "names"), BODIES_BEFORE_TITLES, ids=[r[0][:12] for r in BODIES_BEFORE_TITLES]
)
def test_a_body_before_its_heads_title(text, lang, names):
    assert _names(text, lang) == names


@pytest.mark.parametrize(
    ("ja", "expected"),
    [
        ("中国銀行の頭取が出席した。", []),
        ("中国工商銀行の頭取が出席した。", [("XL301", "中国银行", "中国工商銀行")]),
    ],
)
def test_a_body_the_dictionary_holds_before_a_title(ja, expected):
    assert entity_findings("中国银行行长出席。", ja) == expected


def test_a_body_before_its_heads_title_turned_vague():
    findings = entity_findings("上海陶瓷协会主席出席了开幕式。", "ある協会の会長が開幕式に出席")
    assert findings == [("XL302", "上海陶瓷协会", "ある協会")]
