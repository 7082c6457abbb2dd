"""Figures fresh34's name pairs misread (issue 12; the held set's first reading, before
any of this): 元 before an office is "former", after the numeral of a name (安倍晋三 +
元首相), no yuan; the last teams of a tournament (8強入り = 进入八强) are a count, not
強 "a little over". Each construction with its variants, faithful and changed."""

from __future__ import annotations

from tests.conftest import construction_tests

OK = ""

# fmt: off
TABLES = {
    "former-before-an-office": [
        ("日本前首相安倍晋三在奈良遭到枪击。", "安倍晋三元首相は奈良で銃撃された。", OK),
        ("前社长佐藤一郎出席了会议。", "佐藤一郎元社長が会議に出席した。", OK),
        ("前总统文在寅今天访问了东京。", "文在寅元大統領は今日東京を訪れた。", OK),
        # a yuan is still a yuan
        ("这本书三元。", "この本は3元だ。", OK),
        ("这本书三元。", "この本は5元だ。", "XL101:error"),
        ("他花了五元买了一张票。", "彼は5元で切符を1枚買った。", OK),
    ],
    "teams-left-in-a-tournament": [
        ("中国女排在东京奥运会上未能进入八强。", "中国女子バレーは東京五輪で8強入りを逃した。", OK),
        ("中國女排在東京奧運會上未能進入八強。", "中国女子バレーは東京五輪で8強入りを逃した。", OK),
        ("中国队晋级四强。", "中国は4強進出を決めた。", OK),
        ("日本队止步十六强。", "日本は16強止まりだった。", OK),
        ("中国女排在东京奥运会上未能进入八强。", "中国女子バレーは東京五輪で16強入りを逃した。",
         "XL101:error"),
        # 強 after a figure is "a little over" elsewhere
        ("三百多家企业参加了展会。", "300社強の企業が展示会に参加した。", OK),
        ("一万多人参加了集会。", "1万人強が集会に参加した。", OK),
    ],
}
# fmt: on

test_construction, test_faithful_both_ways = construction_tests(TABLES)
