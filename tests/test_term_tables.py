"""One reader of term pairs both ways, for the glossary (casefolded, as names are keyed)
and the documentation terms (as written): compare/terms.py term_tables."""

import pytest

from xlcheck.compare.terms import term_tables
from xlcheck.rules.data import GlossaryEntry, RuleTable


def entries(*rows):
    return RuleTable(GlossaryEntry(zh, tuple(ja), n) for n, (zh, ja) in enumerate(rows, 1))


# (pairs, fold, zh -> renderings, rendering -> zh forms)
TABLES = [
    pytest.param(
        entries(("区块链", ["ブロックチェーン"])),
        True,
        {"区塊鏈": ("ブロックチェーン",)},  # the key in Japanese kanji forms
        {"ブロックチェーン": ("区塊鏈",)},
        id="kanji-forms",
    ),
    pytest.param(
        entries(("万维网", ["WWW", "ウェブ"]), ("万维网", ["ウェブ", "Web"])),
        True,
        {"万維網": ("www", "ウェブ", "web")},
        {"www": ("万維網",), "ウェブ": ("万維網",), "web": ("万維網",)},
        id="in-order-once-casefolded",
    ),
    pytest.param(
        entries(("响应式", ["Reactivity"])),
        False,
        {"響応式": ("Reactivity",)},
        {"Reactivity": ("響応式",)},
        id="terms-as-written",
    ),
    pytest.param(
        entries(("网页", ["ページ"]), ("页面", ["ページ"])),
        True,
        {"網頁": ("ページ",), "頁面": ("ページ",)},
        {"ページ": ("網頁", "頁面")},  # one rendering of two terms
        id="two-terms-one-rendering",
    ),
    pytest.param(entries(), True, {}, {}, id="empty"),
]


@pytest.mark.parametrize(("pairs", "fold", "to_ja", "to_zh"), TABLES)
def test_term_pairs_both_ways(pairs, fold, to_ja, to_zh):
    assert term_tables(pairs, fold=fold) == (to_ja, to_zh)
