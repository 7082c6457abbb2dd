"""A word of unit_not_before guards a unit only: a guarded word that is no unit (a counter,
a word of no table) or that is a spoken unit is left as it was, not made a unit with no name.
The same depth as the guard of suffix_only_before and suffix_only_after (number_pattern.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from xlcheck.extract.numbers import NumberGrammar
from xlcheck.run import current


def _read(tables, text):
    return [
        (m.start, m.end, m.value.low, m.value.unit, m.value.counter)
        for m in NumberGrammar(tables).find(text)
    ]


@pytest.mark.parametrize(
    ("word", "text"),
    [
        pytest.param("本", "三本书", id="a-counter"),
        pytest.param("书", "三本书", id="a-word-of-no-table"),
    ],
)
def test_a_guarded_word_that_is_no_unit_guards_nothing(word, text):
    zh = current().rules.lexicons["zh"].numbers
    guarded = replace(zh, unit_not_before={**zh.unit_not_before, word: "[子]"})
    assert _read(guarded, text) == _read(zh, text)
    assert _read(zh, "三本书")[0][4] == "本"


def test_a_guarded_unit_is_still_guarded():
    zh = current().rules.lexicons["zh"].numbers
    assert "成" in zh.unit_not_before
    assert [m.value.unit for m in NumberGrammar(zh).find("三成")] != [None]
