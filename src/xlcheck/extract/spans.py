"""Span helpers shared by the grammars: width folding, overlap tests, same-length blanking,
word alternations."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..scripts import CLAUSE_ENDERS

# The ends of a clause (its commas too) and of a line, as a character class for the
# grammars' windows that do not reach across a clause.
CLAUSE_END_CHARS = re.escape(CLAUSE_ENDERS) + "\\n"
_CLAUSE_END = re.compile(f"[{CLAUSE_END_CHARS}]")


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first so that the longest word wins
    at a place; `(?!)` (which matches nothing) when there are none."""
    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    return "|".join(re.escape(word) for word in ordered) or "(?!)"


def behind(words: Iterable[str]) -> str:
    """A look-behind for any of the words: one per word, since Python's look-behind
    takes only patterns of one width (成 and CNY in one do not compile)."""
    return "(?:" + "|".join(f"(?<={re.escape(word)})" for word in sorted(set(words))) + ")"


def overlaps(span: tuple[int, int], blocked: Iterable[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in blocked)


def said_up_to(
    pattern: re.Pattern[str], text: str, start: int, end: int, before: int, after: int
) -> bool:
    """Whether a match of `pattern` ends at `end`, searched from `before` characters before
    `start` to `after` characters after `end`: the context of a word said with it (从一点,
    以下三点, 三点建议)."""
    found = pattern.finditer(text, max(0, start - before), end + after)
    return any(said.end() == end for said in found)


def blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """`text` with the spans replaced by spaces: offsets stay valid."""
    chars = None  # most segments have nothing to blank: then the text is not copied
    for start, end in spans:
        if chars is None:
            chars = list(text)
        chars[start:end] = " " * (end - start)
    return text if chars is None else "".join(chars)


# Full-width ASCII variants and the ideographic space, folded one character to one.
_WIDTH_FOLD = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_WIDTH_FOLD[0x3000] = 0x20
_WIDTH_FOLD[0xFF5E] = 0xFF5E  # keep the full-width tilde: it is a range sign we list as is


# What the fold changes: str.translate looks up every character of a text, and most
# texts hold none of these (a search for them is one fast scan).
_FOLDED = re.compile("[\uff01-\uff5d\u3000]")


def fold_width(text: str) -> str:
    """Full-width digits, letters and ASCII signs to half-width; length is unchanged."""
    return text.translate(_WIDTH_FOLD) if _FOLDED.search(text) else text


def clause_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the clause of `text` that holds text[start:end]: from the last mark that
    ends a clause (or a line) before it to the first after it."""
    opened = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    closed = _CLAUSE_END.search(text, end)
    return opened, (closed.start() if closed else len(text))
