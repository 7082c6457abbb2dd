"""A work's whole title in its brackets (《天鹅湖》, 《吉赛尔》, 『白鳥の湖』), issue 13: a
work, no lake and no person. A vague reference inside a title is none (『白鳥の湖』 was
"天鹅湖 anonymized as 白鳥の湖"), a title is rendered by a title (another title is another
work; a noun outside any, バレエダンサー, stands in for nothing, so a dropped title is
missing), and a newspaper in brackets (《泰晤士报》) stays the body it is."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

PAIRS = [
    # faithful
    ("芭蕾舞演员林晓雯将在上海大剧院主演《天鹅湖》。",
     "バレエダンサーの林暁雯さんが、上海大劇院で『白鳥の湖』に主演する。", []),
    ("俄罗斯作曲家柴可夫斯基的《天鹅湖》由上海交响乐团演奏。",
     "ロシアの作曲家チャイコフスキーの『白鳥の湖』を上海交響楽団が演奏した。", []),
    ("法国芭蕾舞者玛蒂尔德将在巴黎歌剧院跳《吉赛尔》。",
     "フランスのバレエダンサー、マチルドがパリ・オペラ座で『ジゼル』を踊る。", []),
    ("他看了《哈利·波特》。", "彼は『ハリー・ポッター』を見た。", []),
    ("據《泰晤士報》報道，首相將辭職。", "タイムズ紙によると、首相は辞任する。", []),
    # another work, a dropped one
    ("法国芭蕾舞者玛蒂尔德将在巴黎歌剧院跳《吉赛尔》。",
     "フランスのバレエダンサー、マチルドがパリ・オペラ座で『コッペリア』を踊る。",
     [("XL301", "吉赛尔", "コッペリア")]),
    ("法国芭蕾舞者玛蒂尔德将在巴黎歌剧院跳《吉赛尔》。",
     "フランスのバレエダンサー、マチルドがパリ・オペラ座で踊る。", [("XL303", "吉赛尔", None)]),
    ("我读了《简·爱》。", "私は『ジェーン・エア』を読んだ。", []),
    # no title: a lake, and a vague one stands in
    ("他去了天鹅湖。", "彼はある湖へ行った。", [("XL302", "天鹅湖", "ある湖")]),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja", "expected"), PAIRS, ids=[r[1][:16] for r in PAIRS])
def test_titles(zh, ja, expected):
    assert entity_findings(zh, ja) == expected
