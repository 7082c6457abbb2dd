"""Translators' credits: `NAME <EMAIL>, YEAR.` lines, which each language has its own.

Documentation translated with gettext (po4a, asciidoc, Sphinx) credits its translators
the way a PO header does, `FIRST AUTHOR <EMAIL@ADDRESS>, YEAR.`, often in a paragraph of
its own under a "Translation" heading (KiCad's manuals, Debian's). The Chinese edition
names its translators and the years they worked, the Japanese edition names others: the
names and years are no facts of the text, and compared they were read as dropped years,
changed years and missing names. The address may be written out of spammers' reach
(`kono AT gmail.com`, `[at]`).

A block is credits when credit entries are all it holds, apart from Latin names, years
and punctuation (a last `Silvermoon, Zenyouji 2011-2012.` without address); a sentence
of Chinese or Japanese around an address is prose.
"""

from __future__ import annotations

import re

_EMAIL = r"[\w.+-]{1,64}(?:@|\s(?:AT|At|at)\s|\s?\[at\]\s?)[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}"
_YEARS = r"(?:19|20)\d\d(?:\s?[-–]\s?(?:19|20)\d\d)?"
# A name: up to five words of letters (a CJK name is one word), never a figure
_NAME = r"[^\W\d_][\w.'-]{0,30}(?:\s[^\W\d_][\w.'-]{0,30}){0,4}"
# NAME <EMAIL>, YEAR[, YEAR…][.] (Markdown shows the address of an autolink without <>)
_ENTRY = re.compile(rf"{_NAME}\s?<?\s?{_EMAIL}\s?>?\s?,?\s?{_YEARS}(?:\s?,\s?{_YEARS})*\.?")
# what may stand beside the entries: Latin names, years, punctuation
_REST = re.compile(r"[\sA-Za-z0-9.,;:'()&\-–]*")


def credits_only(text: str) -> bool:
    """Whether a block holds nothing but translators' credit entries."""
    if "@" not in text and "<" not in text:
        return False
    rest, found = _ENTRY.subn(" ", text)
    return bool(found) and _REST.fullmatch(rest) is not None
