"""Invisible format characters (Unicode category Cf) left out for extraction.

A zero-width space (U+200B), word joiner (U+2060) or soft hyphen (U+00AD) inside
`6131家` splits the figure for every grammar, so a changed value would read as two
unrelated numbers. Extraction reads the segment without them; the facts it finds are
mapped back, so their offsets and text still point into the input as written.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Segment
from .numerals import BIG_UNITS, DIGITS, SMALL_UNITS, TENS

# Characters of numerals, after which a character of [tens] is no numeral of its own (五卅)
NUMERAL_CHARACTERS = frozenset(DIGITS) | frozenset(SMALL_UNITS) | frozenset(BIG_UNITS)

# Unicode 15's Cf ranges (a test pins them against the running Python's unicodedata);
# supplementary planes written as \U escapes.
FORMAT_CHARACTERS = re.compile(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3"
    "\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]"
)


def _tens_here(text: str, index: int) -> str | None:
    """The numeral a character that writes a whole ten stands for at `index` (廿 = 二十 in
    廿六日), or None: not after another numeral (五卅, the 30th of May, is a name)."""
    spelled = TENS.get(text[index])
    if spelled is None or (index and text[index - 1] in NUMERAL_CHARACTERS):
        return None
    return spelled


class Visible:
    """A segment without its format characters, and the way back to the input's offsets.

    With `tens`, each character that writes a whole ten (廿, 卅, 卌: numerals.toml [tens])
    is read as the numeral it stands for (廿六日 as 二十六日), each of its characters mapped
    back to the one written: the number and date grammars read the result."""

    def __init__(self, segment: Segment, tens: bool = False):
        self.original = segment
        self.positions: list[int] | None = None  # visible offset -> input offset
        self.segment = segment
        text = segment.text
        spelled = tens and any(_tens_here(text, i) for i, ch in enumerate(text) if ch in TENS)
        if not spelled and not FORMAT_CHARACTERS.search(text):
            return
        kept: list[int] = []
        shown: list[str] = []
        before: list[int] = []  # input offset -> visible characters before it
        for index, char in enumerate(text):
            before.append(len(kept))
            if FORMAT_CHARACTERS.match(char):
                continue
            numeral = _tens_here(text, index) if spelled else None
            for each in numeral or char:
                kept.append(index)
                shown.append(each)
        before.append(len(kept))
        self.positions = kept
        code = tuple((before[start], before[end]) for start, end in segment.code)
        labels = tuple((before[start], before[end]) for start, end in segment.labels)
        self.segment = replace(segment, text="".join(shown), code=code, labels=labels)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The input offsets of a visible span (end exclusive)."""
        if self.positions is None or start == end:
            return start, end
        return self.positions[start], self.positions[end - 1] + 1

    def restored(self, found):
        """A fact or date match found in the visible text, placed in the input text."""
        if self.positions is None:
            return found
        start, end = self.span(found.start, found.end)
        if hasattr(found, "text"):
            return replace(found, start=start, end=end, text=self.original.text[start:end])
        return replace(found, start=start, end=end)
