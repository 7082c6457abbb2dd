"""Chinese names in Japanese news before their post (issue 13, session 26): the office
and the title after the name, 曾国衛 + 保安 + 局長, 鄧炳強 + 保安 + 局長, 李家超 + 行政 +
長官. The name was read with the office as an organisation (鄧炳強保安局) or not at all
(曾国衛: UniDic reads 曾 as a prefix), so a swap went unseen or came out as a name
missing. The name is now the longest run of two or three characters from a family name
that an office of one or two words and a title follow; a word that only begins with a
family name opens none (全国 + 保安 + 局長, 同省).
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings, table_rows

OK: list = []

# (zh, ja, entity findings as (rule, source, target))
# fmt: off
CASES = {
    "faithful": [
        ("香港保安局局长邓炳强今日出席了立法会会议。",
         "香港の鄧炳強保安局長は本日、立法会の会議に出席した。", OK),
        ("香港保安局局長鄧炳強今日出席了立法會會議。",
         "香港の鄧炳強保安局長は本日、立法会の会議に出席した。", OK),
        ("香港特区行政长官李家超今日发表讲话。",
         "香港特別行政区の李家超行政長官は本日演説した。", OK),
        ("国家航天局局长张克俭介绍了进展。", "国家航天局の張克倹局長が進捗を説明した。", OK),
        ("财政司司长陈茂波公布了预算案。", "陳茂波財政官が予算案を発表した。", OK),
        ("外交部长王毅会见了来访的客人。", "王毅外交部長は来訪した客と会見した。", OK),
    ],
    "swapped": [
        ("香港保安局局长邓炳强今日出席了立法会会议。",
         "香港の曾国衛保安局長は本日、立法会の会議に出席した。", [("XL301", "邓炳强", "曾国衛")]),
        ("国家航天局局长张克俭介绍了进展。", "国家航天局の李国平局長が進捗を説明した。",
         [("XL301", "张克俭", "李国平")]),
        ("财政司司长陈茂波公布了预算案。", "許正宇財政官が予算案を発表した。",
         [("XL301", "陈茂波", "許正宇")]),
        ("外交部长王毅会见了来访的客人。", "秦剛外交部長は来訪した客と会見した。",
         [("XL301", "王毅", "秦剛")]),
    ],
    "dropped": [
        ("香港保安局局长邓炳强今日出席了立法会会议。",
         "香港の保安局長は本日、立法会の会議に出席した。", [("XL303", "邓炳强", None)]),
    ],
    # a word that begins with a family name opens no name
    "no-name": [
        ("全国保安局长会议在北京召开。", "全国保安局長会議が北京で開かれた。", OK),
        ("该省保安局长表示支持。", "同省保安局長は支持を表明した。", OK),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(CASES))
def test_a_name_before_its_post(zh, ja, expected):
    assert entity_findings(zh, ja) == expected
