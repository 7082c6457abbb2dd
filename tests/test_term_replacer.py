"""Glossary terms replaced in the text alignment reads: longest term first at each place,
in time that does not grow with the number of terms."""

from __future__ import annotations

import re
import time

from hypothesis import given
from hypothesis import strategies as st

from xlcheck.extract import TermReplacer

TERMS = st.dictionaries(
    st.text(alphabet="北京上海市区东", min_size=1, max_size=4),
    st.text(alphabet="アイウ", min_size=1, max_size=3),
    max_size=8,
)


def _by_alternation(text: str, renderings: dict[str, str]) -> str:
    """The definition: one alternation of the terms, longest first, as re.sub reads it."""
    if not renderings:
        return text
    words = sorted(renderings, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(word) for word in words))
    return pattern.sub(lambda match: renderings[match.group(0)], text)


@given(TERMS, st.text(alphabet="北京上海市区东。1", max_size=30))
def test_terms_are_replaced_as_an_alternation_would(renderings, text):
    assert TermReplacer.of(renderings).replace(text) == _by_alternation(text, renderings)


@given(TERMS, st.text(alphabet="北京上海市区东。1", max_size=30))
def test_terms_are_found_where_an_alternation_finds_them(renderings, text):
    words = sorted(renderings, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(word) for word in words)) if words else None
    expected = [m.span() for m in pattern.finditer(text)] if pattern else []
    assert list(TermReplacer.of(renderings).found(text)) == expected


def test_the_longest_term_wins_and_reading_goes_on_after_it():
    replacer = TermReplacer.of({"北京": "ペキン", "北京市": "ペキン市", "市区": "シク"})
    assert replacer.replace("北京市区北京") == "ペキン市区ペキン"


def test_time_does_not_grow_with_the_number_of_terms():
    """A 1M-line glossary never ended when every term was an alternative of one pattern
    tried at each place; the look-up reads each place once per length of term."""
    text = "北京有6131家公司。" * 200

    def seconds(count: int) -> float:
        replacer = TermReplacer.of({f"{index}号词": "語" for index in range(count)})
        started = time.perf_counter()
        replacer.replace(text)
        return time.perf_counter() - started

    small = min(seconds(1_000) for _ in range(3))
    large = min(seconds(100_000) for _ in range(3))
    assert large / small < 10, (small, large)
