"""A rate's direction said by words on both sides (issue 12): a rise said by a word of
increase (同比增长3.4%, 涨幅达2%, 3.4％増, 0.5ポイント上昇) against a fall said by a word of
decrease (3.4％減, 下降, 2%安) is the figure's direction reversed, a changed fact, though
the figures agree; the same direction, or a direction one side leaves unsaid, is the same
fact. A rate written with its sign (增长-2.1%, 負3.4%) is read as written.
"""

from __future__ import annotations

from tests.conftest import construction_tests

OK = ""

# fmt: off
DIRECTION_WORDS = [
    ("营收同比增长3.4%。", "売上高は前年比3.4％増だった。", OK),
    ("營收年增率為3.4%。", "売上高の伸び率は3.4％だった。", OK),
    ("股價上漲2%。", "株価は2%高となった。", OK),
    ("失业率上升0.5个百分点。", "失業率は0.5ポイント上昇した。", OK),
    ("利润提高了约5%。", "利益は約5％増加した。", OK),
    ("涨幅达２％。", "上昇率は2%だった。", OK),
    # one side says no direction: the same figure
    ("营收同比增长3.4%。", "売上高は前年比3.4％だった。", OK),
    ("该校升学率为95%。", "同校の進学率は95％だった。", OK),
    # a sign written, not a word: as written
    ("出口同比增长-2.1%。", "輸出は前年同月比2.1％減少した。", OK),
    ("營收年增率為負3.4%。", "売上高は前年比3.4％減だった。", OK),
    # a rise against a fall, both said by words
    ("营收同比增长3.4%。", "売上高は前年比3.4％減だった。", "XL101:error"),
    ("营收同比下降3.4%。", "売上高は前年比3.4％増加した。", "XL101:error"),
    ("股價上漲2%。", "株価は2%安となった。", "XL101:error"),
    ("失业率上升0.5个百分点。", "失業率は0.5ポイント低下した。", "XL101:error"),
    ("涨幅达2%。", "2%の下落となった。", "XL101:error"),
    ("利润提高了约5%。", "利益は約5％減少した。", "XL101:error"),
]
# fmt: on

TABLES = {"direction-words": DIRECTION_WORDS}

test_construction, test_faithful_both_ways = construction_tests(TABLES)


def test_the_message_says_the_direction() -> None:
    from xlcheck.i18n import Words
    from xlcheck.model import Quantity

    rise = Quantity(3, 3, "exact", "%", rising=True)
    assert Words("en").quantity(rise).endswith(", a rise")
    assert Words("ja").quantity(rise).endswith("、増加")
