"""What a documentation page writes in Latin letters, however it spaces or joins them.

Docs teams write one protocol, standard or product name several ways: `HTTP/1.1` and
`HTTP1.1`, `HTTP/2` and `HTTP2`, `ISO 8601` and `ISO8601`, `TLS 1.3` in full-width
digits. A Chinese page also glosses a name in brackets with its English form or acronym
(`万维网联盟（World Wide Web Consortium，W3C）`, `文档对象模型（DOM）`), which the Japanese page
often keeps as it is. These tests let a name or version said missing or added on one
page be found written on the other.

A page also quotes English: the title of a document it links to (`Work-Needing and
Prospective Packages`, `Debian: 17 years of Free Software`). A word capitalised there as
titles capitalise is no evidence of a name (`in_english_passage`).
"""

from __future__ import annotations

import re

from ..extract import fold_width
from ..regexes import compiled

# What may stand between two letters or digits of one spelling: HTTP/2, ISO 8601, v1.2.
_JOIN = r"[\s/._-]?"
# A gloss in brackets right after a name, and what separates its alternatives.
_GLOSS = compiled(r"\s*[(（]([^()（）]{1,80})[)）]")
_GLOSS_PARTS = compiled(r"[,，、;；]")
# A Latin name written just before a version, or glued to it: HTTP/2, TLS 1.3, HTTP2.
# (From the start of its run of letters only, read once: a search from every letter of a
# long run took time in the square of its length.)
_NAME_BEFORE = compiled(r"(?<![A-Za-z])([A-Za-z]{2,}+)[/ ]?$")


def fold(text: str) -> str:
    """The form spellings are searched in: half-width, casefolded."""
    return fold_width(text).casefold()


def spelled_in(word: str, folded_text: str) -> bool:
    """Whether the letters and digits of `word` stand in `folded_text` (see `fold`) as a
    Latin run of their own, with or without separators between them, and not as the
    start of a longer version (`HTTP/1.1.5` does not spell HTTP1.1)."""
    chars = [ch for ch in fold(word) if ch.isascii() and ch.isalnum()]
    if len(chars) < 3 or not any(ch.isalpha() for ch in chars):
        return False  # a figure alone, or two letters: too little to be a spelling
    pattern = r"(?<![a-z0-9])" + _JOIN.join(re.escape(ch) for ch in chars) + r"(?![a-z0-9]|[.,]\d)"
    return re.search(pattern, folded_text) is not None


def glosses(text: str, end: int) -> list[str]:
    """The Latin alternatives of a bracketed gloss right after `text[:end]`:
    `万维网联盟（World Wide Web Consortium，W3C）` gives the name and the acronym."""
    match = _GLOSS.match(text, end)
    if match is None:
        return []
    parts = (part.strip() for part in _GLOSS_PARTS.split(match.group(1)))
    return [part for part in parts if part.isascii() and any(ch.isalpha() for ch in part)]


def with_name_before(text: str, start: int, version: str) -> str | None:
    """A version with the Latin name written just before it (`HTTP/` + `2` gives
    `HTTP2`), or None when no name stands there (`v1.2`, `版本 1.2`)."""
    match = _NAME_BEFORE.search(fold_width(text[max(0, start - 24) : start]))
    if match is None or version[:1] in "vV":
        return None
    return match.group(1) + version


def written_alike(fact, segment_text: str, folded_other: str) -> bool:
    """Whether a name or version said missing or added is written on the other page
    (folded with `fold`): spelled alike, glossed by a form the other page writes, or, for
    a version, together with the protocol name before it."""
    if fact.kind == "entity":
        if fact.text.isascii() and spelled_in(fact.text, folded_other):
            return True
        return any(spelled_in(gloss, folded_other) for gloss in glosses(segment_text, fact.end))
    if fact.kind == "version":
        named = with_name_before(segment_text, fact.start, fact.text)
        return named is not None and spelled_in(named, folded_other)
    return False


# A run of Latin words, with what joins them in titles and sentences.
_LATIN_RUN = compiled(r"[A-Za-z0-9][A-Za-z0-9'’\-]*(?:[ ,:;\"“”]+[A-Za-z0-9][A-Za-z0-9'’\-]*)*")
# The fewest words a passage has to be English, not a name of several words.
PASSAGE_WORDS = 3


def in_english_passage(fact, segment_text: str) -> bool:
    """Whether a Latin name the extractor only half trusts (a capitalised word, `weak`)
    stands inside English words that are a title or a sentence: at least three words,
    one of them written in lower case (`and`, `of`, `years`), as a name of several words
    (`New York Times`) is not."""
    if fact.kind != "entity" or not fact.value.weak or not fact.text.isascii():
        return False
    for run in _LATIN_RUN.finditer(segment_text):
        if run.start() <= fact.start and fact.end <= run.end():
            words = re.findall(r"[A-Za-z][A-Za-z'’\-]*", run.group())
            return len(words) >= PASSAGE_WORDS and any(
                word.islower() and len(word) > 1 for word in words
            )
    return False
