"""Work over a whole page is done once per page, not once per finding.

The documentation-term check read the other side's whole page for each name finding:
joined and converted to kanji forms again each time, so a long page with many names cost
the page's length times the number of names.
"""

from __future__ import annotations

from xlcheck.compare import terms as term_check
from xlcheck.model import AlignedPair, Document, DocumentPair, EntityValue, Fact, Segment
from xlcheck.rules.data import GlossaryEntry, RuleTable
from xlcheck.rules.registry import make_finding

PAGE = 200  # sentences a side, and name findings


def _page(lang: str, text: str) -> Document:
    segments = tuple(Segment(f"{lang}{i}", text, i, i, i + 1) for i in range(PAGE))
    return Document(lang, f"page.{lang}.md", lang, segments)


def test_the_other_page_is_converted_once_not_per_finding(monkeypatch):
    source, target = _page("zh", "我们使用响应式系统。"), _page("ja", "リアクティブを使う。")
    pair = DocumentPair("p", source, target)
    aligned = tuple(AlignedPair((f"zh{i}",), (f"ja{i}",), 1.0) for i in range(PAGE))
    table = RuleTable([GlossaryEntry("响应式系统", ("リアクティブシステム",), 1)])
    findings = [
        make_finding(
            "entity",
            "added",
            None,
            Fact("entity", f"ja{i}", 0, 6, "リアクティブ", EntityValue("other", "リアクティブ")),
            i,
        )
        for i in range(PAGE)
    ]
    real = term_check.entity_converter()
    converted: list[str] = []

    def counting(text: str) -> str:
        converted.append(text)
        return real(text)

    monkeypatch.setattr(term_check, "entity_converter", lambda: counting)
    term_check.matched_by_terms(findings, pair, aligned, table, whole_page=True)
    pages = [text for text in converted if "\n" in text]
    assert len(pages) == 1  # 200 before: once for each of the 200 names
