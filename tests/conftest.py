"""Shared helpers: run the pipeline on strings, extract facts from one sentence."""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

import pytest

from xlcheck.extract import extract_document
from xlcheck.load import LoadOptions, load_pairs
from xlcheck.load.tsv import segment_pairs
from xlcheck.model import Document, Fact, Finding, Segment
from xlcheck.pipeline import PairResult, check_pair
from xlcheck.run import current

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
    """A test that points the CLI at another rules folder must not leak it."""
    yield
    from xlcheck.run import default_run

    default_run.cache_clear()  # a test may have changed a ./rules it made
