"""Translator's notes: what one translation adds in its own voice.

A translator explains a term or a command in a note the original does not have: zh
`（译注：链接）`, `（译者注：来自 devscripts 包）`, ja `（訳注: …）`, `[…: 訳者注]`, or a
sentence of its own opened by 訳注：. Its figures and names are the translator's, not the
document's, and the other language has nothing to pair them with: they were reported one
finding each. The facts of a note are not read. The markers are data
(rules/common/notes.toml); a plain 注： (Note:) is the original's note, translated on both
sides, and its facts are read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..regexes import Prechecked, compiled
from ..scripts import SENTENCE_ENDERS

# The brackets a note stands in, and how long a note may be (a note is short: the bound
# keeps a lone bracket from taking the rest of a page).
_OPEN, _CLOSE = "（([【〔［", "）)]】〕］"
NOTE_REACH = 400
# A note standing as a sentence after another ends at the first mark that ends a sentence
# (one that opens its text runs to the text's end).
_ENDS = SENTENCE_ENDERS


@dataclass(frozen=True)
class NotePattern:
    """The pattern of a translator's note, and the characters its markers open on: a text
    holding none of them holds no note (the pre-check that spares most texts the scan)."""

    regex: re.Pattern[str]
    openers: frozenset[str]
    # a text that is wholly a reference to what was translated (.fullmatch)
    reference: re.Pattern[str] | None = None
    # what addresses the readers of one region (中国大陆用户可…): their sentence is the
    # page's own note to them
    regions: Prechecked | None = None


def note_pattern(
    markers: list[str],
    provenance: list[str] = (),
    translation_dates: list[str] = (),
    source_references: list[str] = (),
    reader_regions: list[str] = (),
) -> NotePattern | None:
    """The pattern of a note opened or closed by one of the markers (longest first), or
    opened by words of `provenance`, which say what the translation was made from (【※
    この日本語版は、「Nov 12, 2024 英語版」に基づいています】), in brackets or as a text of
    its own; and the date after words of `translation_dates`, which date the translation
    itself (中文版最后更新时间：2019-4-20), to the end of its clause; and a text that is
    wholly one of `source_references` (regular expressions: the original's file and the
    commit translated, ch00-00-introduction.md commit 0aa307c…); and a sentence holding one
    of `reader_regions`, words that address the readers of one region (对于中国大陆用户，可
    使用 mirror 下载: a mirror, a cloud drive, a guide of the page's own readers), which a
    translation for other readers leaves out."""
    markers = [m for m in markers if m]
    if not markers:
        return None
    marker = "|".join(re.escape(m) for m in sorted(markers, key=len, reverse=True))
    dated = "|".join(re.escape(m) for m in sorted(translation_dates, key=len, reverse=True) if m)
    made_from = "|".join(re.escape(m) for m in sorted(provenance, key=len, reverse=True) if m)
    inside = rf"[^{re.escape(_OPEN + _CLOSE)}]{{0,{NOTE_REACH}}}"
    open_, close = f"[{re.escape(_OPEN)}]", f"[{re.escape(_CLOSE)}]"
    lead = r"(?:[※＊*]\d*\s*)?"  # ※訳注：…, a footnote's mark: *1 訳注：…
    number = r"(?:[0-9０-９]{1,2}\s*)?"  # 訳注 1：…, the first of a page's notes
    label = rf"[【〔［\[《]\s*(?:{marker})\s*[】〕］\]》]"  # 【訳注】日本では…, 《訳注》 ASAR …
    regex = compiled(
        rf"{open_}\s*(?:{marker})\s*[：:\s]{inside}{close}"  # （译注：链接）, （訳注　…）
        rf"|{open_}{inside}[：:―—-]\s*(?:{marker})\s*{close}"  # [……: 訳者注], （… ― 訳注）
        # 訳注：… opening the text runs to its end; after a sentence, to its own end
        # (a note numbered after its marker too: 訳注 1：…, 译注2：…)
        rf"|^\s*{lead}(?:{marker})\s*{number}[：:].*"
        rf"|(?<=[{_ENDS}])\s*{lead}(?:{marker})\s*{number}[：:][^{_ENDS}]*[{_ENDS}]?"
        # 《訳注》 opening a text (a note set apart as a paragraph) runs to its end
        rf"|^\s*{label}.*"
        rf"|{label}[^{_ENDS}]*[{_ENDS}]?"
        # 【※ この日本語版は、「…」に基づいています】 and what follows it in its text (the
        # translation's own version: Doc-JP 2.00.00), or the text it opens
        + (rf"|{open_}\s*{lead}(?:{made_from}){inside}{close}.*|^\s*{lead}(?:{made_from}).*"
           if made_from else "")
        + (rf"|(?:{dated})\s*[：:]?[^{_ENDS}，,；;\n]{{0,{DATE_REACH}}}" if dated else "")
        ,
        re.DOTALL,
    )
    openers = {m[0] for m in markers} | {_telling(m) for m in provenance if m}
    openers |= {m[0] for m in translation_dates if m}
    reference = (
        compiled(r"\s*(?:" + "|".join(source_references) + r")\s*")
        if source_references
        else None
    )
    regions = [r for r in reader_regions if r]
    region_pattern = (
        Prechecked(compiled("|".join(f"(?:{r})" for r in regions))) if regions else None
    )
    return NotePattern(regex, frozenset(openers), reference, region_pattern)


# How far the date after a word that dates the translation may run (2019-4-20, 2024 年 11 月
# 12 日): to the end of its clause, at most this many characters.
DATE_REACH = 24


# characters one of which a note on what a translation was made from holds (版 of
# 日本語版, 訳 of 翻訳, 译 of 译文): the pre-check looks for those, rarer than its first one
_TELLING = "版訳译譯"


def _telling(phrase: str) -> str:
    return next((ch for ch in phrase if ch in _TELLING), phrase[0])


def note_spans(text: str, notes: NotePattern | None) -> list[tuple[int, int]]:
    """The spans of the translator's notes in a segment's text."""
    if notes is None:
        return []
    if notes.reference is not None and notes.reference.fullmatch(text):
        return [(0, len(text))]  # ch00-00-introduction.md commit 0aa307c…
    spans = (
        [] if notes.openers.isdisjoint(text) else [m.span() for m in notes.regex.finditer(text)]
    )
    if notes.regions is not None:
        spans += [_sentence_around(text, m.start()) for m in notes.regions.finditer(text)]
        spans = sorted(set(spans))
    return spans


def _sentence_around(text: str, at: int) -> tuple[int, int]:
    """The span of the sentence that holds `at`, its closing mark included."""
    start = max((text.rfind(mark, 0, at) for mark in _ENDS), default=-1) + 1
    ends = [i for i in (text.find(mark, at) for mark in _ENDS) if i >= 0]
    return start, (min(ends) + 1 if ends else len(text))


def noted_paragraphs(segments, notes: NotePattern | None) -> frozenset[int]:
    """The paragraphs a translator's note opens and runs through: the first sentence of
    the paragraph is a note to its end (《訳注》 ASAR Atom Shell Archive Formatの略。, 【※
    この日本語版は…に基づいています】), so the sentences after it are the note's too
    (Electron で用いられている…, Doc-JP 2.00.00)."""
    if notes is None:
        return frozenset()
    opened, seen = set(), set()
    for segment in segments:
        if segment.paragraph in seen:
            continue
        seen.add(segment.paragraph)
        spans = note_spans(segment.text, notes)
        text = segment.text
        if spans and not text[: spans[0][0]].strip() and not text[spans[-1][1] :].strip():
            opened.add(segment.paragraph)
    return frozenset(opened)
