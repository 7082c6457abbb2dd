"""Chinese names in Japanese text whose title UniDic glued to the name's last kanji
(issue 13, session 25): 習近 + 平氏 (the Taira clan to UniDic), 華 + 春 + 瑩氏, 鄭 + 若 +
驊氏, 王 + 菲氏. The run from the family name to the title is the name, the title cut
off where it begins inside the last word; before this, 習近平氏 was read as 平氏 and the
others not at all, so a faithful pair gave a mismatch or a name missing, and a swap went
unseen. Without a title, a given name of two kanji one of which is a noun of time to
UniDic (華 + 春 + 瑩) is a name too; a noun of time alone after a family name is the time
(今年の春, 林で).

Each name is checked faithful, brought in by a swap (a mismatch) and made vague
(anonymized).
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

# (Chinese name, its Japanese form, another person's Chinese name): the swap writes the
# Japanese form of the first where the second stood, so that the name UniDic glued to
# its title is the one the swap brings in
PEOPLE = [
    ("习近平", "習近平", "李克强"),
    ("华春莹", "華春瑩", "汪文斌"),
    ("郑若骅", "鄭若驊", "林定国"),
    ("王菲", "王菲", "周迅"),
    ("章子怡", "章子怡", "巩俐"),
    ("曾荫权", "曾蔭権", "董建华"),
]

# without a title, a name UniDic cuts into a word of its own and an adjective (鄭 + 若 +
# 驊) or a rare kanji is not read: a known limit (章子 + 怡, a name UniDic knows one
# character short, is read: extract/people.py _name_read_one_short)
BARE_UNREAD = pytest.mark.xfail(strict=True, reason="a bare name UniDic cuts otherwise")

ROWS = [
    row
    for zh, ja, other in PEOPLE
    for row in (
        (f"{zh}出席了会议。", f"{ja}氏は会議に出席した。", []),
        pytest.param(
            f"{other}表示反对。",
            f"{ja}は反対を表明した。",
            [("XL301", other, ja)],
            marks=[BARE_UNREAD] if ja in ("鄭若驊", "曾蔭権") else [],
        ),
        (f"{zh}昨天出席了会议。", f"{ja}氏は昨日会議に出席した。", []),
        (f"{other}出席了会议。", f"{ja}氏は会議に出席した。", [("XL301", other, ja)]),
        (f"{zh}出席了会议。", "関係者は会議に出席した。", [("XL302", zh, "関係者")]),
    )
]


ROWS += [
    ("今年春天很暖和。", "今年の春は暖かい。", []),
    ("他在森林里散步。", "彼は林で散歩した。", []),
    ("李秋菊昨天来了。", "李秋菊は昨日来た。", []),
    # a title inside the family name's own word is that word's (華氏, Fahrenheit; 李氏朝鮮,
    # the Joseon dynasty): no name, and the reading moves on (it looped on 20華氏以上)
    ("据统计，20华氏度以上。", "統計によると、20華氏以上。", []),
    ("气温超过华氏100度。", "気温は華氏100度を超えた。", []),
    ("今天最高气温为华氏98度。", "今日の最高気温は華氏98度だった。", []),
    ("李氏朝鲜建立于1392年。", "李氏朝鮮は1392年に建国された。", []),
    ("王华出席了会议。", "王華氏は会議に出席した。", []),
    ("王华出席了会议。", "王芳氏は会議に出席した。", [("XL301", "王华", "王芳")]),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), ROWS)
def test_names_before_a_glued_title(zh, ja, expected):
    assert entity_findings(zh, ja) == expected
