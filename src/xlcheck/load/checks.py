"""Sanity checks on what was loaded: does each side look like the language it claims?"""

from __future__ import annotations

import re
from collections import Counter

from ..model import DocumentPair

KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")
# Share of segments with kana above which a side reads as Japanese.
KANA_SHARE = 0.3


def kana_tally(pair: DocumentPair) -> Counter:
    """Per language: how many non-blank segments there are, and how many hold kana.

    Tallies of the chunks of a streamed file add up to the tally of the whole file.
    """
    tally: Counter = Counter()
    for document in (pair.source, pair.target):
        for seg in document.segments:
            if seg.text.strip():
                tally[document.lang, "all"] += 1
                tally[document.lang, "kana"] += KANA.search(seg.text) is not None
    return tally


def language_warnings(pair: DocumentPair, tally: Counter | None = None) -> list[str]:
    """One line per doubt: a Chinese side full of kana, or sides that look swapped."""
    tally = tally if tally is not None else kana_tally(pair)
    sides = {pair.source.lang: pair.source, pair.target.lang: pair.target}
    zh, ja = sides.get("zh"), sides.get("ja")
    if zh is None or ja is None:
        return []
    zh_share, ja_share = (
        tally[lang, "kana"] / tally[lang, "all"] if tally[lang, "all"] else 0.0
        for lang in ("zh", "ja")
    )
    if zh_share > KANA_SHARE and ja_share < KANA_SHARE:
        return [
            f"{pair.id}: the sides look swapped: the zh side ({zh.path}) has kana in "
            f"{zh_share:.0%} of its segments, the ja side in {ja_share:.0%} "
            "(check --source-lang/--target-lang or the file's language metadata)"
        ]
    if zh_share > KANA_SHARE:
        return [
            f"{pair.id}: the zh side ({zh.path}) has kana in {zh_share:.0%} of its "
            "segments: is it Japanese?"
        ]
    return []
