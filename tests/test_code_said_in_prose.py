"""Two readings met on translated documentation (issue 14).

A figure right before a dot and a method or a field (3.toHexString, 5.times) is the
receiver of code said in prose, no figure: one side wrote it bare, the other as inline
code, and "3 missing" was noise. 1.x, 18.x stay versions; 3.5公斤 a quantity.

适用 + 于 + 单创作者 ("suits single authors"): jieba's HMM glued 于单 into a person; after a
verb of fitting or depending (verbs_before_coverbs) 于 is the preposition. 向 + 于谦, 拜访 +
于谦 keep the person."""

from __future__ import annotations

import pytest

from tests.conftest import check_strings
from xlcheck.extract import find_facts
from xlcheck.model import Segment
from xlcheck.run import current


def _facts(text: str, lang: str) -> list[tuple[str, str]]:
    segment = Segment(id="s", text=text, index=0, paragraph=0, line=1)
    dates, numbers, others = find_facts(segment, lang, current())
    return [(f.kind, f.text) for f in (*dates, *numbers, *others)]


@pytest.mark.parametrize(
    ("text", "lang", "fact"),
    [
        ("在运行时，表达式3.toHexString 被优化。", "zh", None),
        ("この 3.toHexString という式は最適化される。", "ja", None),
        ("写成5.times即可。", "zh", None),
        ("使用1.x版本。", "zh", ("version", "1.x")),
        ("需要 Node 18.x 以上。", "zh", ("version", "18.x 以上")),
        ("共3.5公斤。", "zh", ("number", "3.5公斤")),
    ],
)
def test_a_receiver_of_code(text, lang, fact):
    found = [f for f in _facts(text, lang) if f[0] in ("number", "version")]
    assert found == ([fact] if fact else [])


@pytest.mark.parametrize(
    ("zh", "person"),
    [
        ("这个主题适用于单创作者的博客。", None),
        ("結果取决于单价。", None),
        ("他向于谦学习。", "于谦"),
        ("他拜访于谦。", "于谦"),
    ],
)
def test_yu_after_a_verb(zh, person):
    people = [t for kind, t in _facts(zh, "zh") if kind == "entity"]
    assert people == ([person] if person else [])


def test_faithful_receiver_in_code_on_one_side():
    findings = check_strings(
        "在运行时，表达式3.toHexString 被优化。",
        "実行時には、この `3.toHexString` という式は最適化される。",
    )
    assert [f for f in findings if f.kind == "number"] == []
