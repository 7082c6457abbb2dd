"""A bound whose rule opens the next clause (未满18岁，禁止入内: the comma parts the condition
from its rule): the bound is a condition, so a rendering by its complement with the
consequence turned round is a guess (a warning, never an error), with or without the comma. A
clause that tells an event (参加了) before a rule is a fact of its own, a duty (须) and "only"
(のみ, 仅限) are no condition said by its complement, and a changed figure under a rule is
still an error.

Each row is a Chinese source, a Japanese translation and the number findings expected, each as
RULE:severity (none for a faithful rendering).
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, table_rows

OK = ""
GUESS = "XL101:warning"

# fmt: off
RULE_OPENS_THE_NEXT_CLAUSE = [
    # the complement with the consequence turned round: a guess with or without the comma
    ("未满18岁，禁止入内。", "18歳以上の方のみ入場できます。", GUESS),
    ("未满18岁禁止入内。", "18歳以上の方のみ入場できます。", GUESS),
    ("未滿18歲，禁止入內。", "18歳以上の方に限り入場できます。", GUESS),
    ("年满十八岁，方可报名。", "18歳未満の方は申し込めません。", GUESS),
    ("体重超过100公斤的乘客，不得乘坐。", "体重100キロ以下の方のみご乗車いただけます。", GUESS),
    # the same bound said the same way: faithful
    ("未满18岁，禁止入内。", "18歳未満の方は入場できません。", OK),
    ("年满十八岁，方可报名。", "18歳以上の方に限り申し込めます。", OK),
    # another figure under the rule is still an error
    ("未满18岁，禁止入内。", "20歳未満の方は入場できません。", "XL101:error"),
    ("年满十八岁，方可报名。", "20歳以上の方に限り申し込めます。", "XL101:error"),
    # an event before a rule is no condition: the bound turned round is an error
    ("超过100人参加了会议，必须提前报名。", "100人以下が会議に参加した。", "XL101:error"),
    # a duty (须) or "only" (のみ) rendered by the complement is no faithful rendering
    ("身高不足1.2米，须由成人陪同。", "身長1.2m以上の子は大人の同伴が必要。", "XL101:error"),
    ("仅限18岁以上参加。", "18歳未満のみ参加可能。", "XL101:error"),
]
# fmt: on


@pytest.mark.parametrize(
    ("zh", "ja", "expected"), table_rows({"rule-opens": RULE_OPENS_THE_NEXT_CLAUSE})
)
def test_pair(zh: str, ja: str, expected: str) -> None:
    assert fact_findings(zh, ja, ("number",)) == expected
