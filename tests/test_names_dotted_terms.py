"""A dotted katakana word UniDic does not know is a name (モサック・フォンセカ) unless its
pieces are loanwords: common nouns UniDic knows, four letters or more (ソフト + フォーク,
メカニズム), or one it does not know by a loanword's ending (アクティベーション:
loanword_endings in rules/ja/names.toml). Documentation writes such terms with a dot
(md52, Bitcoin Optech: ソフトフォーク・アクティベーション for 软分叉激活 was "a name added").
A company's name of common words (ユニバーサル・ミュージック) is left to its own rules."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings, facts_of


def _names(text: str) -> list[str]:
    return [f.text for f in facts_of(text, "ja") if f.kind == "entity"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("ソフトフォーク・アクティベーションの仕組み", [], id="soft-fork-activation"),
        pytest.param("アクティベーション・メカニズムを提案した", [], id="activation-mechanism"),
        pytest.param("ユーザー・エクスペリエンスを改善した", [], id="user-experience"),
        pytest.param("モサック・フォンセカが来た", ["モサック・フォンセカ"], id="a-firm-s-name"),
        pytest.param("ファム・ヴァン・ドン通り", ["ファム・ヴァン・ドン"], id="short-sounds"),
    ],
)
def test_a_dotted_term_of_loanwords_is_no_name(text: str, names: list) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        ("这一提案描述了软分叉激活的机制。",
         "この提案はソフトフォーク・アクティベーションの仕組みを説明する。"),
        ("他提出了新的激活机制。", "彼は新しいアクティベーション・メカニズムを提案した。"),
    ],
)  # fmt: skip
def test_a_dotted_term_is_no_name_added(zh: str, ja: str) -> None:
    assert entity_findings(zh, ja) == []
