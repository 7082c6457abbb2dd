"""Intervals said apart from their date.

A start or an end is often said a few words away from the date it bounds, above all in
Japanese: `UTC の 1970 年 1 月 1 日 00:00:00 から経過した` says "since" after the time,
`1970 年 1 月 1 日 UTC の始まりから` after a noun. A date read as a point in time on one
side, against the same date as a start (or an end) on the other, is the same interval
when its sentence says a start (an end) within a few words after the date, or for
Chinese, just before it (从 … 开始).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import DocumentPair, Finding
from ..rules.data import RuleFiles
from ..scripts import SENTENCE_ENDERS
from .relations import from_today

# How far after a date (in characters, inside its sentence) an interval word still bounds it.
AFTER = 24
# How far before it (从, 自, 截至 open a Chinese interval).
BEFORE = 6
SENTENCE_ENDS = SENTENCE_ENDERS + "\n"


def _words(rules: RuleFiles, lang: str, relation: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words of an interval (prefixes and suffixes) and, apart, its suffixes."""
    tables = rules.lexicons[lang].dates
    if relation == "since":
        prefixes, suffixes = tables.since_prefixes, tables.since_suffixes
    else:
        prefixes, suffixes = tables.until_prefixes, tables.until_suffixes
    return (*prefixes, *suffixes), tuple(word for word in suffixes if word)


def _said_near(
    text: str, start: int, end: int, words: tuple[tuple[str, ...], tuple[str, ...]]
) -> bool:
    # (the window starts at the date's end, so that a prefix the grammar read and turned into
    # a point, 直到…才, 推迟到, stays a point; of the date's own text only a suffix it ends with
    # counts, a word read as the point's own: 2022年末時点 "as of", 2019年から before a change)
    every, suffixes = words
    after = text[end : end + AFTER]
    for mark in SENTENCE_ENDS:
        after = after.split(mark)[0]
    before = text[max(0, start - BEFORE) : start]
    own = text[start:end].endswith(suffixes) if suffixes else False
    return own or any(word in after or word in before for word in every if word)


def intervals_apart(
    findings: Sequence[Finding], pair: DocumentPair, rules: RuleFiles
) -> list[Finding]:
    """The findings less the date intervals said apart from their date on the side that
    reads a point in time."""
    segments = {
        "source": {seg.id: seg.text for seg in pair.source.segments},
        "target": {seg.id: seg.text for seg in pair.target.segments},
    }
    kept = []
    for finding in findings:
        source, target = finding.source, finding.target
        if finding.rule == "XL202" and source is not None and target is not None:
            relations = (source.value.relation, target.value.relation)
            if "point" in relations and relations[0] != relations[1]:
                bounded = relations[1] if relations[0] == "point" else relations[0]
                side, fact = ("source", source) if relations[0] == "point" else ("target", target)
                if from_today((target if fact is source else source).value):
                    bounded = "until"  # 即日起至下月十日 against 来月10日…まで: an end
                lang = getattr(pair, side).lang
                text = segments[side].get(fact.segment, "")
                if bounded in ("since", "until") and _said_near(
                    text, fact.start, fact.end, _words(rules, lang, bounded)
                ):
                    continue
        kept.append(finding)
    return kept
