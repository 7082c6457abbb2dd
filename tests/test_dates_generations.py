"""A generation named by the last two digits of its years of birth (issue 12, session 25):
90后, 九零后, 八〇後, 00后 are the people born in the 1990s, 1980s, 2000s (Japanese writes
90年代生まれ, 1990年代生まれ, or quotes 90後); 95后 those born in 1995-1999. A generation
changed is a changed date. A decade written digit by digit (九〇年代, 一九九〇年代) is the
same decade. 后 opening a word after a figure (90后来, 90后面) and 後半 are
no generation.

Each row is checked in both directions.
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, reverse_fact_findings, table_rows

OK = ""
CHANGED = "XL201:error"

# (zh, ja, number and date findings)
# fmt: off
CASES = {
    "decades": [
        (f"她是{zh}。", f"彼女は{ja}だ。", OK)
        for zh in ("90后", "90後", "九零后", "九〇後", "９０后")
        for ja in ("90年代生まれ", "1990年代生まれ", "九〇年代生まれ", "90後")
    ],
    "other-decades": [
        ("八〇後的父母", "1980年代生まれの親", OK),
        ("00后大学生", "2000年代生まれの大学生", OK),
        ("零零后大学生", "2000年代生まれの大学生", OK),
        ("10后的孩子", "2010年代生まれの子ども", OK),
        ("九零后、零零后成为消费主力。", "1990年代生まれと2000年代生まれが消費の主力だ。", OK),
    ],
    "half-decades": [
        ("95後員工越來越多。", "1995～99年生まれの社員が増えている。", OK),
    ],
    "decades-digit-by-digit": [
        ("一九九〇年代的音乐", "1990年代の音楽", OK),
        ("九〇年代的音乐", "90年代の音楽", OK),
        ("八零年代的音乐", "八〇年代の音楽", OK),
        ("二〇一〇年代的音乐", "2010年代の音楽", OK),
        ("九〇年代的音乐", "80年代の音楽", CHANGED),
    ],
    "changed": [
        ("她是90后。", "彼女は80年代生まれだ。", CHANGED),
        ("他是九零后。", "彼は2000年代生まれだ。", CHANGED),
        ("00后大学生", "1990年代生まれの大学生", CHANGED),
        ("她是90后。", "彼女は80後だ。", CHANGED),
    ],
    "no-generation": [
        ("他考了90后来又考了85。", "彼は90点を取り、その後85点を取った。", OK),
        ("三十年后他回来了。", "30年後に彼は戻ってきた。", OK),
        ("十天后见。", "10日後に会おう。", OK),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(CASES))
def test_generations(zh, ja, expected):
    assert fact_findings(zh, ja) == expected
    assert reverse_fact_findings(zh, ja) == expected
