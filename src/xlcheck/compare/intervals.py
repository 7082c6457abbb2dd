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
# How far before a point its verb of moving and 到 stand (推迟到, 延期至 and a space).
MOVED_REACH = 8
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


def _so_far(value, point: bool = False) -> bool:
    """Whether a date is the current year, month or week said with no figure (今年, 本月),
    whose start is what "since" it means: 今年以来最热 is the hottest this year so far,
    今年一番の暑さ."""
    offsets = (value.year_offset, value.month_offset, value.day_offset)
    return (
        value.year is None
        and value.month is None
        and value.day is None
        and value.hour is None
        and 0 in offsets
        and all(offset in (None, 0) for offset in offsets)
        and (point or value.relation == "since")
    )


def _moved_to(text: str, start: int, tables) -> bool:
    """Whether the point at `start` is where something was moved to (周末推迟到八点半, 延期至
    下月): the new start of what follows, and the end of the wait, said as either."""
    if not tables.moved_to:
        return False
    before = text[max(0, start - MOVED_REACH) : start].rstrip()
    joined = tuple(
        f"{verb}{joiner}" for verb in tables.moved_to for joiner in tables.until_prefixes
    )
    return before.endswith(joined)


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
                if bounded in ("since", "until") and (
                    _said_near(text, fact.start, fact.end, _words(rules, lang, bounded))
                    or _moved_to(text, fact.start, rules.lexicons[lang].dates)
                ):
                    continue
                bound = target if fact is source else source
                if bounded == "since" and _so_far(bound.value) and _so_far(fact.value, point=True):
                    continue
        kept.append(finding)
    return kept
