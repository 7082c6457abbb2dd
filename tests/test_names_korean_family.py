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

from tests.conftest import check_strings, entity_findings

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
    ("樸敏浩在仁川機場轉機。", "イ・ミンホは仁川空港で乗り継いだ。",
     [("XL301", "樸敏浩", "イ・ミンホ")]),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja", "expected"), PAIRS, ids=[r[1][:14] for r in PAIRS])
def test_pairs(zh, ja, expected):
    assert entity_findings(zh, ja) == expected


# A dotted Western name whose family name is said alike and whose given name is another
# (伊万·彼得罗夫 → ボリス・ペトロフ) is another person, a guess (a warning): given names are
# rendered more freely, and a short form (ビル for 威廉, ジョニー for 约翰) is no other name.
GIVEN_NAMES = [
    ("伊万·彼得罗夫在贝加尔湖钻孔。", "イワン・ペトロフはバイカル湖で穴を開けた。", []),
    ("伊万·彼得罗夫在贝加尔湖钻孔。", "イヴァン・ペトロフはバイカル湖で穴を開けた。", []),
    ("威廉·克林顿访问了北京。", "ビル・クリントンは北京を訪問した。", []),
    ("约翰·史密斯来了。", "ジョン・スミスが来た。", []),
    ("约翰·史密斯来了。", "ジョニー・スミスが来た。", []),
    ("迈克尔·乔丹打球。", "マイケル・ジョーダンがプレーした。", []),
    # one given name in the forms of two languages (Wilhelm, Johann, Peter)
    ("威廉·伦琴发现了X射线。", "ヴィルヘルム・レントゲンがX線を発見した。", []),
    ("约翰·塞巴斯蒂安·巴赫是作曲家。", "ヨハン・ゼバスティアン・バッハは作曲家だ。", []),
    ("伊万·彼得罗夫在贝加尔湖钻孔。", "ボリス・ペトロフはバイカル湖で穴を開けた。",
     [("XL301", "伊万·彼得罗夫", "ボリス・ペトロフ")]),
    ("约翰·史密斯来了。", "ピーター・スミスが来た。",
     [("XL301", "约翰·史密斯", "ピーター・スミス")]),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja", "expected"), GIVEN_NAMES, ids=[r[1][:9] for r in GIVEN_NAMES])
def test_given_names(zh, ja, expected):
    assert entity_findings(zh, ja) == expected


def test_a_given_name_told_apart_is_a_warning():
    findings = [f for f in check_strings("约翰·史密斯来了。", "ピーター・スミスが来た。")]
    assert [(f.rule, f.severity) for f in findings] == [("XL301", "warning")]
