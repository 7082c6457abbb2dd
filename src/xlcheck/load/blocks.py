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
from ..regexes import compiled
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
    # the spans of the links' texts (Markdown links: `[text](target)`)
    link_texts: list[tuple[int, int]] = field(default_factory=list)
    level: int = 0  # heading level, 0 for other blocks
    anchor: str = ""  # a heading's {#id}
    # (list, item): the list item or table row the block stands in, lists and tables
    # numbered from 1 in the page's order (a nested list is a list of its own); () outside
    item: tuple[int, int] | tuple[()] = ()

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
    _label_numbering(blocks)
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
                link_texts=_clip_spans(block.link_texts, begin, end),
                item=block.item,
            )
            index += 1


# The number a heading opens with: `3.4.1 ASCII 字符集`, `3.4\xa0字符编码` (&nbsp;), `2. 安装`.
_HEADING_NUMBER = compiled(r"\s*(\d+(?:\.\d+)*)(\.?)(?=[\s\xa0])")
# A numbered figure or table a paragraph points to or a caption labels, numbered within
# its chapter (图 3-6, 如图3.6所示, 表 2-1, 図 3-6, Figure 3-6, Table 2.1): the number says
# which picture, which the other page may call 下図 or leave out.
# 图/表/図 only as a word of their own: not after a Han or kana character that makes a word
# with them (发表, 代表, 公表, 地図, 意図, 试图), save the words that point to a figure (如图,
# 见表, 下图, 上表), and never before a scale or a percent (表 2.5万 is an amount).
_FIGURE_NUMBER = compiled(
    r"(?:(?<![\u3040-\u30ff\u3400-\u9fff])|(?<=[如见見按据據上下]))[图圖図表]"
    r"\s?\d+[-.－‐]\d+(?![\d.]|\s?[万萬亿億%])"
    r"|(?<![A-Za-z])(?:Figure|Fig\.|Table)\s\d+[-.－‐]\d+(?![\d.])"
)


# The number of an item written as text at the start of a paragraph (`2-支持…`, `3、修复…`,
# `4）…`) where the other page's list markers number it: not before a figure (`2、3 个月`,
# `1-16 位`, `1.5 倍` are amounts).
_ITEM_NUMBER = compiled(r"\s*(\d{1,2})\s?([-、.)）])(?!\s?\d)")


def _label_numbering(blocks: list[Block]) -> None:
    """Mark as labels (no facts) the numbers a page's numbering gives its headings and
    figures: a heading's number followed by a dot (`2. 安装`), or one that extends the
    number of the heading it stands under (`## 3.4.1` under `# 3.4`: both are labels, a
    changelog's `## 3.4.1` under `# 更新日志` stays a version), numbered figure and table
    labels, and the number of an item a paragraph opens with (`2-支持…`, `3、修复…`). A
    translation numbers them its own way or not at all."""
    parents: list[tuple[int, str, Block, tuple[int, int]]] = []  # (level, number, ...)
    items = [None if block.level else _ITEM_NUMBER.match(block.text) for block in blocks]
    for index, block in enumerate(blocks):
        for match in _FIGURE_NUMBER.finditer(block.text):
            _add_label(block, match.span())
        if not block.level:
            if _numbered_in_turn(items, index):
                _add_label(block, items[index].span(1))
            continue
        while parents and parents[-1][0] >= block.level:
            parents.pop()
        match = _HEADING_NUMBER.match(block.text)
        if match is None:
            parents.append((block.level, "", block, (0, 0)))
            continue
        number, span = match.group(1), match.span(1)
        if match.group(2):
            _add_label(block, span)
        if parents and number.startswith(parents[-1][1] + "."):
            _, _, parent, parent_span = parents[-1]
            _add_label(parent, parent_span)
            _add_label(block, span)
        parents.append((block.level, number, block, span))


def _add_label(block: Block, span: tuple[int, int]) -> None:
    """Mark a span a label unless a label covers part of it already (a loader's own: the
    label of a cross-reference, an HTML heading's number)."""
    start, end = span
    if not any(a < end and start < b for a, b in block.labels):
        block.labels.append(span)


def _numbered_in_turn(items: list, index: int) -> bool:
    """Whether the paragraph at `index` opens with an item number that the paragraph
    before or after continues, with the same sign (`1-config…` then `2-WebUI…`): a list
    written as text. A paragraph alone opening so is prose (`12-Factor 应用…`)."""
    item = items[index]
    if item is None:
        return False
    number, sign = int(item.group(1)), item.group(2)
    for other, step in ((index - 1, 1), (index + 1, -1)):
        near = items[other] if 0 <= other < len(items) else None
        if near is not None and near.group(2) == sign and int(near.group(1)) + step == number:
            return True
    return False


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


# A fenced code block's fence (CommonMark: three or more backticks or tildes).
FENCE = compiled(r" {0,3}(`{3,}|~{3,})")


def fence_after(fence: str, line: str) -> tuple[str, bool]:
    """The fence of the code block open after a Markdown line (`fence`: the one open
    before it, "" for none; the same kind, at least as long, closes it), and whether the
    line is code: inside a block, or a fence."""
    opened = FENCE.match(line)
    if fence:
        closes = opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence)
        return ("" if closes else fence), True
    return (opened.group(1), True) if opened else ("", False)
