"""Where a finding stands on both sides, and the text around a fact with no counterpart.

A fact is located by its span; the side with no fact by the sentence aligned with it,
else (a sentence one side leaves out) by the nearest sentences of that side around the
place, which are also what a reviewer reads to see what became of it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Fact, Finding, Segment
from ..pipeline import PairResult

SIDES = ("source", "target")


@dataclass(frozen=True)
class Place:
    """A place in an input file: 1-based line and columns (end exclusive); `row` names
    the unit of a segment file (its id), None for running text. `anchor` says what is
    there: the fact itself, the sentence aligned with the fact's (where a missing fact
    would be), or the nearest sentence of a side that leaves the sentence out."""

    path: str
    line: int
    start_column: int
    end_column: int
    row: str | None = None
    anchor: str = "fact"  # fact, sentence, near

    @property
    def exact(self) -> bool:
        return self.anchor == "fact"

    def short(self, *, columns: bool = True) -> str:
        """file:line:column with the file's name only (the report names the folder)."""
        text = f"{file_name(self.path)}:{self.line}" + (f":{self.start_column}" if columns else "")
        return text + (f" [{self.row}]" if self.row else "")


def document(result: PairResult, side: str):
    return result.pair.source if side == "source" else result.pair.target


def is_segment_file(result: PairResult) -> bool:
    return result.pair.source.path == result.pair.target.path


def segment_place(result: PairResult, side: str, segment: Segment, anchor: str) -> Place:
    row = segment.id if is_segment_file(result) else None
    column = segment.column + 1
    return Place(document(result, side).path, segment.line, column, column, row, anchor)


def fact_place(result: PairResult, side: str, fact: Fact) -> Place:
    """A fact's place through its segment's map of text offsets to file lines and
    columns: the prose of a Markdown, HTML or Word block runs over several lines."""
    segment = result.segment_index[side][fact.segment]
    line, column = segment.locate(fact.start)
    end_line, last_column = segment.locate(max(fact.end - 1, fact.start))
    if end_line != line:  # a fact across a line break: its first character only
        last_column = column
    row = segment.id if is_segment_file(result) else None
    return Place(document(result, side).path, line, column + 1, last_column + 2, row)


def unit_segments(result: PairResult, side: str, unit: int) -> tuple[Segment, ...]:
    """The segments of an aligned unit on one side (none for a dropped sentence)."""
    try:
        bead = result.aligned[unit]
    except (IndexError, KeyError):  # a streamed file keeps only units with findings
        return ()
    index = result.segment_index[side]
    return tuple(index[i] for i in getattr(bead, side) if i in index)


def around(result: PairResult, side: str, unit: int) -> tuple[Segment, ...]:
    """The nearest segments of `side` before and after a unit that has none there: the
    text around the place where the unit's counterpart would be."""
    found: list[Segment] = []
    for step in (-1, 1):
        position = unit + step
        while 0 <= position < len(result.aligned):
            segments = unit_segments(result, side, position)
            if segments:
                found.append(segments[-1] if step < 0 else segments[0])
                break
            position += step
    return tuple(found)


def side_place(result: PairResult, finding: Finding, side: str) -> Place | None:
    """Where the finding stands on one side: its fact, else its unit's first sentence,
    else the nearest sentence around the place (not exact); None when there is none."""
    fact = finding.source if side == "source" else finding.target
    if fact is not None:
        return fact_place(result, side, fact)
    segments = unit_segments(result, side, finding.unit)
    if segments:
        return segment_place(result, side, segments[0], "sentence")
    segments = around(result, side, finding.unit)
    if segments:
        return segment_place(result, side, segments[0], "near")
    return None


def finding_places(result: PairResult, finding: Finding) -> dict[str, Place | None]:
    return {side: side_place(result, finding, side) for side in SIDES}


def file_name(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1]


def lines_of(result: PairResult, side: str, segments) -> str:
    """zh.txt:7, or zh.txt:7-8: where a group of sentences stands (a segment file's rows)."""
    if is_segment_file(result):
        return ", ".join(dict.fromkeys(segment.id for segment in segments))
    first, last = segments[0].line, segments[-1].line
    name = file_name(document(result, side).path)
    return f"{name}:{first}" + (f"-{last}" if last != first else "")


def places_text(result: PairResult, finding: Finding, words) -> str:
    """Both places of a finding: "zh.txt:6:36 ↔ ja.txt:5:1 (where it would be)"."""
    places = finding_places(result, finding)
    return " ↔ ".join(
        place.short() + ("" if place.exact else f" ({words(f'report.anchor_{place.anchor}')})")
        for place in (places["source"], places["target"])
        if place is not None
    )
