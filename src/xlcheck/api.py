"""The library API: check a source text against its translation, as a value in, a value out.

    import xlcheck
    report = xlcheck.check("广州拥有6131家企业。", "広州には6000以上の企業がある。")
    [f.rule for f in report.findings]  # ['XL102']

Each call reads its rules folder and makes its own run (xlcheck/run.py), so calls with
different rules folders or severities can be made one after the other in one process.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from .model import DocumentPair
from .pipeline import PairResult, check_pair
from .run import Run
from .segment import segment_text

# What a check returns: the findings, the facts on both sides and the aligned units.
Report = PairResult


def check(
    source: str,
    target: str,
    *,
    source_lang: str = "zh",
    target_lang: str = "ja",
    doc_date: date | None = None,
    rules_dir: str | Path | None = None,
    severity: dict[str, str] | None = None,
) -> Report:
    """Check a translation (`target`) against its source, fact by fact.

    The texts are plain documents, one paragraph per line; xlcheck aligns them itself.
    `doc_date` anchors relative dates (今年); `rules_dir` names a rules folder (default:
    ./rules when it holds a severity.toml, else the bundled rules); `severity` sets
    per-rule levels over its severity.toml. Bad rule data raises `InputError`.
    """
    run = Run.load(rules_dir, severity)
    documents = [
        segment_text(text, doc_id="text", path=f"<{lang}>", lang=lang)
        for text, lang in ((source, source_lang), (target, target_lang))
    ]
    return check_pair(DocumentPair("text", *documents, doc_date=doc_date), run)
