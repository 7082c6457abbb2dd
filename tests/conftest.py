"""Shared helpers: run the pipeline on strings, extract facts from one sentence."""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

import pytest
from hypothesis import settings

from xlcheck.extract import extract_document
from xlcheck.load import LoadOptions, load_pairs
from xlcheck.load.tsv import segment_pairs
from xlcheck.model import Document, Fact, Finding, Segment
from xlcheck.pipeline import PairResult, check_pair
from xlcheck.run import current

# Property tests check grammars, not speed: on a loaded machine (CI runners, the landing queue
# beside other work) a single example may take seconds, and hypothesis's default 200 ms
# deadline would turn that into a failure. Speed is measured by bench/, never asserted.
settings.register_profile("xlcheck", deadline=None)
settings.load_profile("xlcheck")

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "corpora" / "five-cities-blockchain"


def facts_of(text: str, lang: str, doc_date: date | None = None) -> list[Fact]:
    """Facts of one sentence, relative dates resolved against `doc_date`."""
    segment = Segment("s1", text, 0, 1, 1)
    document = Document("t", "<test>", lang, (segment,))
    return list(extract_document(document, doc_date, run=current()))


def check_strings(
    source: str,
    target: str,
    source_lang: str = "zh",
    target_lang: str = "ja",
    doc_date: date | None = None,
) -> list[Finding]:
    """Findings for one pre-aligned segment pair."""
    pair = segment_pairs(
        [("s1", source, target)], source_lang=source_lang, target_lang=target_lang, doc_id="t"
    )
    if doc_date is not None:
        pair = type(pair)(pair.id, pair.source, pair.target, pair.aligned, doc_date)
    return list(check_pair(pair).findings)


def page_findings(tmp_path, zh: str, ja: str, suffix: str = ".md") -> list[tuple[str, str]]:
    """(rule, text of its fact) of each finding on a page pair written as zh/ja files with
    `suffix` (.md, .html) in `tmp_path`, in report order."""
    from xlcheck.load import LoadOptions, load_pairs

    paths = [tmp_path / f"zh{suffix}", tmp_path / f"ja{suffix}"]
    for path, text in zip(paths, (zh, ja), strict=True):
        path.write_text(text, "utf-8")
    [pair] = load_pairs([str(path) for path in paths], LoadOptions())
    return [(f.rule, (f.source or f.target).text) for f in check_pair(pair).findings]


def entity_relations(zh: str, ja: str) -> list[tuple[str, str]]:
    """(relation, the source name or else the target's) of the name findings of one pair,
    in report order."""
    return [
        (f.relation, f.source.text if f.source else f.target.text)
        for f in check_strings(zh, ja)
        if f.kind == "entity"
    ]


def number_relations(
    zh: str, ja: str, kinds: tuple[str, ...] = ("number", "date")
) -> list[tuple[str, str]]:
    """(rule, relation) of the findings of the kinds of one pair, in report order."""
    return [(f.rule, f.relation) for f in check_strings(zh, ja) if f.kind in kinds]


def entity_findings(zh: str, ja: str) -> list[tuple]:
    """(rule, source text, target text) of the name findings of one pair, sorted."""
    return sorted(
        (f.rule, f.source and f.source.text, f.target and f.target.text)
        for f in check_strings(zh, ja)
        if f.kind == "entity"
    )


def reverse_entity_findings(ja: str, zh: str) -> list[tuple]:
    """`entity_findings` with the Japanese as the source: (rule, source text, target text)
    of the name findings of one pair, sorted."""
    return sorted(
        (f.rule, f.source and f.source.text, f.target and f.target.text)
        for f in check_strings(ja, zh, "ja", "zh")
        if f.kind == "entity"
    )


def fact_findings(zh: str, ja: str, kinds: tuple[str, ...] = ("number", "date")) -> str:
    """The findings of one pair on facts of the given kinds, each as RULE:severity, sorted
    and joined by spaces ("" for a faithful rendering): what the construction tables compare."""
    return _rules_of(check_strings(zh, ja), kinds)


def reverse_fact_findings(zh: str, ja: str, kinds: tuple[str, ...] = ("number", "date")) -> str:
    """`fact_findings` with the Japanese as the source: a faithful row holds both ways."""
    return _rules_of(check_strings(ja, zh, "ja", "zh"), kinds)


def _rules_of(findings, kinds: tuple[str, ...]) -> str:
    return " ".join(sorted(f"{f.rule}:{f.severity}" for f in findings if f.kind in kinds))


def table_rows(tables: dict) -> list:
    """pytest params of named tables of (zh, ja, expected) rows (or pytest.param rows, which keep
    their marks), each with the id TABLE-INDEX-JAPANESE."""
    import pytest

    param = type(pytest.param())
    return [
        pytest.param(*row.values, id=f"{name}-{index:02d}-{row.values[1]}", marks=row.marks)
        if isinstance(row, param)
        else pytest.param(*row, id=f"{name}-{index:02d}-{row[1]}")
        for name, table in tables.items()
        for index, row in enumerate(table)
    ]


def construction_tests(
    tables: dict, faithful: str = "", kinds: tuple[str, ...] = ("number", "date")
):
    """The two tests of a module of construction tables, to be bound to module names
    (`test_construction, test_faithful_both_ways = construction_tests(TABLES)`): every row
    gives its expected findings on facts of `kinds`, and every faithful row (expected
    `faithful`) holds with the Japanese as the source too."""
    import pytest

    rows = table_rows(tables)

    @pytest.mark.parametrize(("zh", "ja", "expected"), rows)
    def test_construction(zh: str, ja: str, expected: str) -> None:
        assert fact_findings(zh, ja, kinds) == expected

    @pytest.mark.parametrize(
        ("zh", "ja", "expected"), [row for row in rows if row.values[2] == faithful]
    )
    def test_faithful_both_ways(zh: str, ja: str, expected: str) -> None:
        assert reverse_fact_findings(zh, ja, kinds) == expected

    return test_construction, test_faithful_both_ways


def same_names_both_ways(rows: list[tuple[str, str]]):
    """The test of a table of faithful name pairs (zh, ja), to be bound to a module name
    (`test_the_same_names_both_ways = same_names_both_ways(SAME)`): no name finding with
    either language as the source."""
    import pytest

    @pytest.mark.parametrize(("zh", "ja"), rows, ids=[ja for _, ja in rows])
    def test_the_same_names_both_ways(zh: str, ja: str) -> None:
        assert entity_findings(zh, ja) == []
        assert reverse_entity_findings(ja, zh) == []

    return test_the_same_names_both_ways


@cache
def _bundled() -> PairResult:
    import os

    previous = os.getcwd()
    os.chdir(ROOT)
    try:
        return check_pair(load_pairs([], LoadOptions())[0])
    finally:
        os.chdir(previous)


@pytest.fixture(scope="session")
def bundled() -> PairResult:
    return _bundled()


@pytest.fixture(autouse=True)
def _english_reports(monkeypatch):
    """Reports in English whatever the machine's locale (tests of --ui-lang say theirs)."""
    monkeypatch.setenv("LANGUAGE", "en")


@pytest.fixture(autouse=True)
def _default_rules_dir():
    """A test that points the CLI at another rules folder must not leak it: the run of
    any folder but the first one read is dropped after the test (a test may have changed
    a ./rules it made). The first one is kept: reading the rules again after every test
    made every cache keyed by the rule data (one jieba tokenizer, one table per lexicon)
    grow by a new entry per test, about 1.4 MB a test, 17 GB over the suite."""
    yield
    from xlcheck.run import default_run

    if default_run.cache_info().currsize > 1:
        default_run.cache_clear()
