"""A body named by the end of its full name (issue 13, fresh45).

Japanese news often drops the words that open a Chinese body's name and keeps its own
stem and its kind: 长江三峡集团 = 三峡集団, 中国工商银行 = 工商銀行, 中国长江电力公司 =
長江電力公司. The end must hold a stem of two characters or more and the kind (not 银行
alone, nor the 京大学 of 东京大学); another body's name is still another body, and a vague
reference in its place is still an anonymisation.
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

# (zh, ja, entity findings as (rule, source, target))
CASES = [
    # the end of the name, in simplified and traditional sources
    (
        "长江三峡集团在云南建设了白鹤滩水电站。",
        "三峡集団は雲南省に白鶴灘水力発電所を建設した。",
        [],
    ),
    (
        "長江三峽集團在雲南建設了白鶴灘水電站。",
        "三峡集団は雲南省に白鶴灘水力発電所を建設した。",
        [],
    ),
    ("中国工商银行发布了年报。", "工商銀行が年次報告を発表した。", []),
    ("中國工商銀行發布了年報。", "工商銀行が年次報告を発表した。", []),
    # the full name, as ever
    ("长江三峡集团发布了年报。", "長江三峡集団が年次報告を発表した。", []),
    # a vague reference in its place
    (
        "长江三峡集团发布了年报。",
        "同社が年次報告を発表した。",
        [("XL302", "长江三峡集团", "同社")],
    ),
    # the kind alone, or a stem of one character, says no body
    (
        "长江三峡集团发布了年报。",
        "集団が年次報告を発表した。",
        [("XL303", "长江三峡集团", None)],
    ),
    # the end said inside another body's name (北京大学天文協会 holds 大学天文協会): another
    # body, not the end of this one
    (
        "陈思远是清华大学天文协会的会长。",
        "北京大学天文協会の会長である陳思遠さん。",
        [("XL301", "清华大学天文协会", "北京大学天文協会")],
    ),
    (
        "东京大学举行了毕业典礼。",
        "京都大学が卒業式を行った。",
        [("XL301", "东京大学", "京都大学")],
    ),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), CASES)
def test_a_body_by_the_end_of_its_name(zh, ja, expected):
    assert entity_findings(zh, ja) == expected
