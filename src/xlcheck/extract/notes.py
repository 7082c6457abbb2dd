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

# The brackets a note stands in, and how long a note may be (a note is short: the bound
# keeps a lone bracket from taking the rest of a page).
_OPEN, _CLOSE = "（([【〔", "）)]】〕"
NOTE_REACH = 400


def note_pattern(markers: list[str]) -> re.Pattern[str] | None:
    """The pattern of a note opened or closed by one of the markers (longest first)."""
    if not markers:
        return None
    marker = "|".join(re.escape(m) for m in sorted(markers, key=len, reverse=True))
    inside = rf"[^{re.escape(_OPEN + _CLOSE)}]{{0,{NOTE_REACH}}}"
    open_, close = f"[{re.escape(_OPEN)}]", f"[{re.escape(_CLOSE)}]"
    return re.compile(
        rf"{open_}\s*(?:{marker})\s*[：:]{inside}{close}"  # （译注：链接）
        rf"|{open_}{inside}[：:]\s*(?:{marker})\s*{close}"  # [……: 訳者注]
        rf"|^\s*(?:{marker})\s*[：:].*",  # 訳注：… as a sentence of its own
        re.DOTALL,
    )


def note_spans(text: str, pattern: re.Pattern[str] | None) -> list[tuple[int, int]]:
    """The spans of the translator's notes in a segment's text."""
    if pattern is None or not any(ch in text for ch in "注註按"):
        return []
    return [(m.start(), m.end()) for m in pattern.finditer(text)]
