"""Segment stage: clean scraped text, split it into paragraphs and sentences.

A paragraph is one line of the input (Chinese and Japanese prose is not hard-wrapped).
Lines that are not prose (image lines, empty markup) are dropped; markup inside a line
(heading markers, image references, URLs, file names) is kept in the segment text, so that
offsets refer to the original, and blanked by `blank_markup` before facts are extracted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate

from .model import Document, Segment
from .regexes import compiled
from .scripts import SENTENCE_ENDERS

# Sentence enders, full- and half-width, and the closers that stay with the sentence.
SENTENCE_END = compiled(rf"[{SENTENCE_ENDERS}]+[」』）)”’\"'】]*")

HEADING_MARK = compiled(r"^\s*#{1,6}\s*")
# `! [name.jpg](https://… "title")`, `![alt](url)`, and the bare `! name.jpg` form.
IMAGE_REF = compiled(r"!\s*\[[^\]\n]*\]\([^)\n]*\)")
IMAGE_LINE = compiled(
    r"^\s*!\s*(?:\[[^\]\n]*\]\([^)\n]*\)|\S+\.(?:jpe?g|png|gif|webp|svg|bmp))\s*$", re.IGNORECASE
)
LINK_TARGET = compiled(r"\]\([^)\n]*\)")
URL = compiled(r"(?:https?|ftp)://[^\s\"'<>)\]」』）]+|www\.[^\s\"'<>)\]」』）]+", re.IGNORECASE)
# A name starts where a run of name characters starts: without the lookbehind, a long run
# of \w (CJK text is \w) with no extension after it is rescanned from every position in it.
FILE_NAME = compiled(
    r"(?<![\w.-])[\w.-]+\.(?:jpe?g|png|gif|webp|svg|bmp|pdf|docx?|xlsx?|pptx?|zip|html?|txt)\b",
    re.IGNORECASE,
)
# A figure numbering the items of a sentence, at its start or after an opening bracket, a
# colon or a semicolon: （例如：1.该响应没有…；2. 该请求…）. A decimal (2.5) is no numbering,
# nor a version series (2.x から: extract/technical.py).
ENUMERATOR = compiled(
    r"(?:^|(?<=[(（:：;；]))\s*[0-9０-９]{1,2}[.．]"
    r"(?![0-9０-９]|[xXｘＸ*＊](?![A-Za-z0-9_ａ-ｚＡ-Ｚ０-９]))"
)
# A path of folders from the root, the home or here (/2020/01/02/foo/, ~/.config/app,
# ./docs/v2/): its figures are folder names, no dates or counts. Not 和/或, 3/4, km/h.
PATH = compiled(r"(?<![\w.:/~-])(?:~|\.{1,2})?/(?:[\w.-]+/)+[\w.-]*")
_BLANKERS = (IMAGE_REF, LINK_TARGET, URL, PATH, FILE_NAME, ENUMERATOR)
# Every blanker needs one of these characters (a heading mark, a link, a dot, a colon).
_MARKUP_HINT = compiled(r"[#!\]\.．:/]")

# What `normalise_for_duplicates` removes: markup, and every kind of white space.
_DUP_NOISE = compiled(r"[#\s\u3000*_>`]+")


def blank_markup(text: str) -> str:
    """Return `text` with markup, URLs and file names replaced by spaces (same length)."""

    if not _MARKUP_HINT.search(text):
        return text  # the common case: nothing any blanker could match

    def blank(match: re.Match[str]) -> str:
        return " " * (match.end() - match.start())

    heading = HEADING_MARK.match(text)
    if heading:
        text = " " * heading.end() + text[heading.end() :]
    for pattern in _BLANKERS:
        text = pattern.sub(blank, text)
    return text


def normalise_for_duplicates(text: str) -> str:
    """Text with markup and white space removed, for spotting repeated blocks."""
    for pattern in (IMAGE_REF, URL, FILE_NAME):
        text = pattern.sub("", text)
    text = re.sub(r"^\s*!\s*", "", text)
    return _DUP_NOISE.sub("", text)


@dataclass(frozen=True, slots=True)
class _Line:
    number: int
    text: str


def split_lines(text: str) -> list[_Line]:
    """Lines with their 1-based numbers; CRLF and lone CR count as line ends."""
    lines = re.split(r"\r\n|\r|\n", text)
    return [_Line(number, line) for number, line in enumerate(lines, start=1)]


def find_repeated_blocks(blocks: list[str]) -> set[int]:
    """Indices of blocks that repeat the concatenation of two or more later blocks.

    Scraped articles often begin with a run-on line holding the whole article; checking
    it would report every fact twice. The text after each block is one string built
    once (a block is looked for in it from its own end on), and the later blocks' count
    and longest length are gathered in one pass from the end: a list and a join for
    each block took time and memory in the square of the number of lines.
    """
    normalised = [normalise_for_duplicates(block) for block in blocks]
    joined = "".join(normalised)  # empty blocks add nothing to it
    ends = list(accumulate(len(norm) for norm in normalised))
    later_count, later_longest = 0, 0  # of the non-empty blocks after `index`
    repeated: set[int] = set()
    for index in range(len(normalised) - 1, -1, -1):
        norm = normalised[index]
        # longer than any later block: only a concatenation of several can hold it
        candidate = len(norm) >= 20 and later_count >= 2 and len(norm) > later_longest
        if candidate and joined.find(norm, ends[index]) != -1:
            repeated.add(index)
        if norm:
            later_count += 1
            later_longest = max(later_longest, len(norm))
    return repeated


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences in one paragraph, stripped of outer white space."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in SENTENCE_END.finditer(text):
        spans.append((start, match.end()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    stripped = []
    for begin, end in spans:
        while begin < end and text[begin].isspace():
            begin += 1
        while end > begin and text[end - 1].isspace():
            end -= 1
        if begin < end:
            stripped.append((begin, end))
    return stripped


def _has_prose(text: str) -> bool:
    return any(ch.isalnum() for ch in blank_markup(text))


def segment_text(text: str, *, doc_id: str, path: str, lang: str) -> Document:
    """Split a plain-text document into paragraphs (lines) and sentences."""
    notes: list[tuple[int, str]] = []
    candidates: list[_Line] = []
    for line in split_lines(text):
        if not line.text.strip():
            continue
        if IMAGE_LINE.match(line.text):
            notes.append((line.number, "image line left out"))
            continue
        if not _has_prose(line.text):
            notes.append((line.number, "markup-only line left out"))
            continue
        candidates.append(line)
    repeated = find_repeated_blocks([line.text for line in candidates])
    for index in sorted(repeated):
        notes.append((candidates[index].number, "left out, it repeats the text of later lines"))
    kept = [line for index, line in enumerate(candidates) if index not in repeated]
    return Document(
        id=doc_id,
        path=path,
        lang=lang,
        segments=tuple(_sentences(kept)),
        notes=tuple(f"line {number}: {note}" for number, note in sorted(notes)),
    )


def _sentences(lines: Iterable[_Line]) -> Iterable[Segment]:
    index = 0
    for paragraph, line in enumerate(lines, start=1):
        heading = HEADING_MARK.match(line.text) is not None
        for number, (begin, end) in enumerate(split_sentences(line.text), start=1):
            sentence = line.text[begin:end]
            if not _has_prose(sentence):
                continue
            yield Segment(
                id=f"p{paragraph}.s{number}",
                text=sentence,
                index=index,
                paragraph=paragraph,
                line=line.number,
                column=begin,
                heading=heading,
            )
            index += 1
