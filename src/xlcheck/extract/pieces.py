"""Text handed to the tokenizers in bounded pieces.

jieba's HMM and fugashi's lattice grow faster than linearly on one long run without a
break (年 a hundred thousand times takes jieba minutes), and fugashi crashes the process
(a segmentation fault) on a run of 300,000 ASCII letters. Segments are sentences, so a
piece of a few hundred characters is never cut in ordinary text; a run-on segment is cut
at a punctuation mark or a space where there is one, else at the bound.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..scripts import SENTENCE_ENDERS

# Characters per piece: far above any sentence, far below where tokenizers degrade.
PIECE = 2000
# Where a piece may end, best first: after sentence punctuation, after a comma or space.
_BREAKS = (SENTENCE_ENDERS + "\n", "，、；;,： \t")


def bounded_pieces(text: str, limit: int = PIECE) -> Iterator[str]:
    """Consecutive pieces of `text`, each at most `limit` characters, that join to it."""
    start = 0
    while len(text) - start > limit:
        end = _break(text, start, start + limit)
        yield text[start:end]
        start = end
    if start < len(text) or not text:
        yield text[start:]


def _break(text: str, start: int, bound: int) -> int:
    """The end of the piece from `start`: just after the last break before `bound` in
    the second half of the window, else `bound`."""
    floor = start + (bound - start) // 2
    for breaks in _BREAKS:
        for position in range(bound - 1, floor - 1, -1):
            if text[position] in breaks:
                return position + 1
    return bound
