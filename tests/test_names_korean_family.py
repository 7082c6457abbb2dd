"""Korean names against dotted katakana, and academic ranks after a name (issue 13).

A dotted katakana name with a family or given name of one syllable (イ・ミンホ, オ・セフン,
ヨーヨー・マ) is a name's shape, as one of longer parts is. A Korean family name said as
another (朴敏浩 → イ・ミンホ: 朴 is パク in Korean, piáo in Mandarin; イ is 李) is another
person, however near the given name sounds; the Mandarin and Cantonese renderings of
Chinese names (チャン・イーモウ, リー・ナー, ウォン・カーウァイ) stay theirs. 院士, 准教授,
研究員 after a name are titles (許志強院士 was not read, and the swap 徐志强 → 許志強 was
"missing")."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

PAIRS = [
    ("朴敏浩在仁川国际机场转机。", "パク・ミンホは仁川国際空港で乗り継いだ。", []),
    ("李敏镐在仁川国际机场转机。", "イ・ミンホは仁川国際空港で乗り継いだ。", []),
    ("吴世勋在首尔开了演唱会。", "オ・セフンはソウルでコンサートを開いた。", []),
    ("张艺谋导演了这部电影。", "チャン・イーモウ監督がこの映画を撮った。", []),
    ("王家卫导演了这部电影。", "ウォン・カーウァイ監督がこの映画を撮った。", []),
    ("李娜赢了比赛。", "リー・ナーが試合に勝った。", []),
    ("徐志强院士领导的团队完成了测试。", "徐志強院士が率いるチームは試験を終えた。", []),
    ("李明远院士带队前往长白山。", "李明遠院士がチームを率いて長白山へ向かった。", []),
    # another person
    ("朴敏浩在仁川国际机场转机前往河内。", "イ・ミンホは仁川国際空港で乗り継ぎ、ハノイへ向かった。",
     [("XL301", "朴敏浩", "イ・ミンホ")]),
    ("朴敏浩在仁川国际机场转机。", "キム・ミンホは仁川国際空港で乗り継いだ。",
     [("XL301", "朴敏浩", "キム・ミンホ")]),
    ("徐志强院士领导的团队完成了测试。", "許志強院士が率いるチームは試験を終えた。",
     [("XL301", "徐志强", "許志強")]),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja", "expected"), PAIRS, ids=[r[1][:14] for r in PAIRS])
def test_pairs(zh, ja, expected):
    assert entity_findings(zh, ja) == expected
