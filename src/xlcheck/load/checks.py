"""Sanity checks on what was loaded: does each side look like the language it claims?"""

from __future__ import annotations

import re

from ..model import Document, DocumentPair

KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")
# Share of segments with kana above which a side reads as Japanese.
KANA_SHARE = 0.3


def _kana_share(document: Document) -> float:
    segments = [seg for seg in document.segments if seg.text.strip()]
    if not segments:
        return 0.0
    return sum(1 for seg in segments if KANA.search(seg.text)) / len(segments)


def language_warnings(pair: DocumentPair) -> list[str]:
    """One line per doubt: a Chinese side full of kana, or sides that look swapped."""
    sides = {pair.source.lang: pair.source, pair.target.lang: pair.target}
    zh, ja = sides.get("zh"), sides.get("ja")
    if zh is None or ja is None:
        return []
    zh_share, ja_share = _kana_share(zh), _kana_share(ja)
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
