"""Prose blocks of structured documents (Markdown, HTML, Word) and their sentences.

A loader turns its document into `Block`s: the plain text of a paragraph, heading, list
item or table cell, with where each run of it stands in the file and which spans are
inline code. `segments` splits them into sentences, numbered by block and sectioned by
the headings among them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from ..model import Segment
from ..segment import split_sentences
from .credits import credits_only


@dataclass
class Block:
    """One prose block (paragraph, heading, cell, field) as plain text, with where each
    run of it stands in the file and which spans are inline code."""

    text: str = ""
    runs: list[tuple[int, int, int]] = field(default_factory=list)  # (offset, line, col)
    code: list[tuple[int, int]] = field(default_factory=list)
    labels: list[tuple[int, int]] = field(default_factory=list)  # cross-reference labels
    links: list[tuple[int, str]] = field(default_factory=list)  # (offset, link target)
    level: int = 0  # heading level, 0 for other blocks
    anchor: str = ""  # a heading's {#id}

    def add(
        self, text: str, line: int, column: int, *, code: bool = False, label: bool = False
    ) -> None:
        if not text:
            return
        start = len(self.text)
        self.runs.append((start, line, column))
        self.text += text
        if code:
            self.code.append((start, len(self.text)))
        if label:
            self.labels.append((start, len(self.text)))

    def join(self) -> None:
        """A line break inside a paragraph: nothing between CJK characters, else a space."""
        if self.text and not _cjk(self.text[-1]) and not self.text.endswith(" "):
            self.text += " "


def _cjk(ch: str) -> bool:
    return ch > "\u2e80"


def segments(blocks: list[Block]) -> Iterator[Segment]:
    """Sentences of the blocks, numbered by block (a paragraph) and sectioned by the
    headings among them; blocks without a letter or digit yield nothing, nor do the
    credits of an edition's translators (`credits.credits_only`)."""
    index = 0
    section, anchor = 0, ""
    for paragraph, block in enumerate(blocks, start=1):
        if block.level:
            section, anchor = paragraph, block.anchor
        if credits_only(block.text):
            continue
        for number, (begin, end) in enumerate(split_sentences(block.text), start=1):
            sentence = block.text[begin:end]
            if not any(ch.isalnum() for ch in sentence):
                continue
            runs = _clip_runs(block.runs, begin, end)
            line, column = runs[0][1], runs[0][2]
            yield Segment(
                id=f"p{paragraph}.s{number}",
                text=sentence,
                index=index,
                paragraph=paragraph,
                line=line,
                column=column,
                heading=bool(block.level),
                level=block.level,
                section=section,
                anchor=anchor,
                where=tuple(runs),
                code=_clip_spans(block.code, begin, end),
                labels=_clip_spans(block.labels, begin, end),
                links=tuple(link for at, link in block.links if begin <= at < end),
            )
            index += 1


def _clip_spans(spans, begin: int, end: int) -> tuple[tuple[int, int], ...]:
    """The spans that overlap a sentence, relative to its start."""
    return tuple(
        (max(a, begin) - begin, min(b, end) - begin) for a, b in spans if a < end and b > begin
    )


def _clip_runs(runs, begin: int, end: int) -> list[tuple[int, int, int]]:
    """The runs of a sentence, relative to its start (the first one moved to it)."""
    clipped = []
    for position, (start, line, column) in enumerate(runs):
        stop = runs[position + 1][0] if position + 1 < len(runs) else None
        if stop is not None and stop <= begin:
            continue
        if start >= end:
            break
        shift = max(begin - start, 0)
        clipped.append((max(start - begin, 0), line, column + shift))
    return clipped or [(0, 1, 0)]
