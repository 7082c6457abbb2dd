"""A name a page renders the same way each time it says it, a way no table knows.

Documentation says its product's name in nearly every paragraph, and the translation
renders it its own way (以太坊 as イーサリアム: no glossary entry, no likeness of sound the
transliteration model hears). Each paragraph then reports the name missing, as many times
as the page says it. A translator does not drop a name a dozen times over: where a name
is missing from two units of a page or more, and one word of the other language stands in
nearly all of those units (a katakana or Latin word in Japanese, a noun in Chinese), the
page renders the name by that word. Its findings are dropped. A name missing from one
unit, a name missing where no word recurs in its place, and a name the other side changes
into another name it reads (a mismatch) stay reported.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from math import ceil

from ..model import AlignedPair, DocumentPair, Finding
from ..run import Run

# units a name must be missing from before a word that recurs in its place renders it
MIN_UNITS = 2
# the share of those units the word must stand in
SHARE = 0.8
# a rendering of this many letters at least (イーサ, Web3): shorter ones recur by chance
MIN_LETTERS = 3
# Japanese words that may render a name: a katakana run (a name opens it or is all of it:
# イーサリアム of イーサリアムブロックチェーン) or a Latin word
_KATAKANA_RUN = re.compile(r"[\u30a1-\u30fa\u30fc・]{3,}")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9.+-]{2,}")
# jieba's tags of the nouns and names a Chinese rendering may be
_CHINESE_TAGS = frozenset({"n", "nz", "nr", "ns", "nt", "nrt", "eng", "oov", "vn", "j"})


def rendered_alike(
    findings: Sequence[Finding], pair: DocumentPair, aligned: Sequence[AlignedPair], run: Run
) -> list[Finding]:
    """The findings less the names missing (or added) from two units or more of a page,
    where one word of the other side stands in nearly every one of them."""
    groups: dict[tuple[str, str], list[Finding]] = defaultdict(list)
    for finding in findings:
        if finding.kind == "entity" and finding.relation in ("missing", "added"):
            fact = finding.source if finding.relation == "missing" else finding.target
            if fact is not None and finding.unit < len(aligned):
                groups[(finding.relation, fact.value.key)].append(finding)
    rendered: set[int] = set()
    words_of: dict[tuple[str, int], frozenset[str]] = {}
    for (relation, _key), group in groups.items():
        units = sorted({finding.unit for finding in group})
        if len(units) < MIN_UNITS:
            continue
        side = "target" if relation == "missing" else "source"
        other_side = "source" if side == "target" else "target"
        counts: Counter[str] = Counter()
        for unit in units:
            if (side, unit) not in words_of:
                words_of[(side, unit)] = _words(pair, aligned[unit], side, run)
            counts.update(words_of[(side, unit)])
        needed = max(MIN_UNITS, ceil(SHARE * len(units)))
        lang = getattr(pair, side).lang
        # (a word the name's own side writes too renders nothing: Vite on both sides of a
        # page about Vite)
        said = _text(pair, [aligned[unit] for unit in units], other_side).casefold()
        held = (
            word
            for word, n in _longest_first(counts)
            if n >= needed and word.casefold() not in said
        )
        if any(_a_rendering(word, lang) for word in held):
            rendered.update(id(finding) for finding in group)
    return [finding for finding in findings if id(finding) not in rendered]


def _longest_first(counts: Counter[str]) -> list[tuple[str, int]]:
    """The words by how many units hold them, then longest first: of the openings of
    イーサリアムブロックチェーン that recur, イーサリアム (in every unit) before イーサリアムブ."""
    return sorted(counts.items(), key=lambda item: (-item[1], -len(item[0])))


def _a_rendering(word: str, lang: str) -> bool:
    """Whether a recurring word may render a name: in Japanese, a Latin word, or katakana
    that UniDic reads as one word it does not know or as a proper noun (イーサリアム), not
    a common word of the page (アプリ, ウォレット) nor pieces (イーサ)."""
    if lang != "ja" or not _KATAKANA_RUN.fullmatch(word):
        return True
    from ..extract.ja.tokenizer import tagger

    words = list(tagger()(word))
    return len(words) == 1 and (words[0].is_unk or words[0].feature.pos2 == "固有名詞")


def _text(pair: DocumentPair, beads: Sequence[AlignedPair], side: str) -> str:
    """The text of one side of some units."""
    ids = {i for bead in beads for i in getattr(bead, side)}
    return "\n".join(seg.text for seg in getattr(pair, side).segments if seg.id in ids)


def _words(pair: DocumentPair, bead: AlignedPair, side: str, run: Run) -> frozenset[str]:
    """The words of one side of a unit that may render a name of the other: in Japanese
    each opening of a katakana run and the run (three letters or more, long marks aside)
    and each Latin word; in Chinese the nouns jieba cuts."""
    document = getattr(pair, side)
    text = _text(pair, [bead], side)
    if document.lang == "ja":
        words = set(_LATIN_WORD.findall(text))
        for letters in _KATAKANA_RUN.findall(text):
            words.update(
                letters[:end]
                for end in range(3, len(letters) + 1)
                if len(letters[:end].strip("・ー")) >= MIN_LETTERS
            )
        return frozenset(words)
    language = run.language(document.lang)
    return frozenset(
        token.text
        for token in language.tokens(language.prepare(text))
        if token.tag in _CHINESE_TAGS and len(token.text) >= 2
    )
