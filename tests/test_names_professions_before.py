"""A Chinese name after the profession news names it by (issue 13, fresh45).

摄影师陈静, 指挥家王静, 考古学家许宏, 巴西前锋恩德里克: a craft, an art, a science or a team's
position right before a family name and a given name makes the name a person beyond
doubt, as 记者 and 教授 did (rules/zh/names.toml titles). jieba tags 陈静 a name but knows
静 as a word, so the name was weak: dropped in the translation, it passed in silence.

Each profession is tried in simplified and traditional characters with a name kept (no
finding), dropped (missing) and replaced by another (mismatch); the rendering of the
profession varies (カメラマンの, 指揮者の, 考古学者の).
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

MISMATCH, MISSING = "XL301", "XL303"

# (profession in Chinese, its Japanese rendering)
PROFESSIONS = [
    ("摄影师", "カメラマンの"), ("攝影師", "カメラマンの"), ("设计师", "デザイナーの"),
    ("指挥家", "指揮者の"), ("考古学家", "考古学者の"), ("考古學家", "考古学者の"),
    ("钢琴家", "ピアニストの"), ("主持人", "司会者の"), ("研究员", "研究員の"),
    ("厨师", "料理人の"), ("书法家", "書家の"), ("飛行員", "パイロットの"),
]  # fmt: skip

# (Chinese name, its Japanese form, another name): names jieba tags but knows a part of
NAMES = [("陈静", "陳静", "王芳"), ("王静", "王静", "李娜"), ("许宏", "許宏", "張偉")]


@pytest.mark.parametrize(("profession", "rendering"), PROFESSIONS)
@pytest.mark.parametrize(("name", "japanese", "other"), NAMES)
def test_a_name_after_a_profession(profession, rendering, name, japanese, other):
    zh = f"记者刘洋和{profession}{name}前往敦煌采访。"
    kept = f"記者の劉洋と{rendering}{japanese}は敦煌を訪れて取材した。"
    dropped = "記者の劉洋は敦煌を訪れて取材した。"
    swapped = f"記者の劉洋と{rendering}{other}は敦煌を訪れて取材した。"
    assert entity_findings(zh, kept) == []
    assert entity_findings(zh, dropped) == [(MISSING, name, None)]
    assert entity_findings(zh, swapped) == [(MISMATCH, name, other)]


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        # the profession alone, no name after it: nothing to read
        ("他是一名摄影师。", "彼はカメラマンだ。"),
        ("这位指挥家很有名。", "この指揮者はとても有名だ。"),
        # a common word after it stays a word
        ("摄影师静静地等待着。", "カメラマンは静かに待っていた。"),
    ],
)
def test_a_profession_without_a_name(zh, ja):
    assert entity_findings(zh, ja) == []
