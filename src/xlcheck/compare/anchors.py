"""A heading's own anchor changed between two headings paired as one section.

Hugo, Docusaurus and MkDocs (attribute lists) let a heading name its anchor (`## 用途
{#use-cases}`), and a translation keeps the original's so that a link into the page works
in every language. Two headings of one aligned unit whose anchors, both in Latin letters,
differ and still look alike (`sampler` / `samplers`, `why-use-baggage` /
`what-is-baggage-for`) follow two editions of the original: a link to one breaks on the
other page (XL511). An anchor one page alone gives, one in the page's own script, or one
the other page gives to another of its headings (a section moved) is no change; nor is
one spelt from the readings of its own heading's Han characters (`## 数据压缩
{#shu-ju-ya-suo}`, `## データ圧縮 {#detaya-suo}`: a slug a site's generator made of each
page's own heading, in pinyin, which no link across the languages shares).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import cache

from ..model import Fact, Finding, IdentifierValue
from ..rules.registry import make_finding
from ..scripts import han
from .identifiers import CHANGED_SIMILARITY
from .pinyin import pypinyin_module

# Two anchors are one anchor renamed when they are as alike as a changed identifier
# (CHANGED_SIMILARITY), or share a word of three letters or more (`k8s-operator`,
# `kubernetes-operator`).
SHARED_WORD = 3
_ANCHOR = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]*")
_WORDS = re.compile(r"[-_.:]+")


def changed_anchors(pair, aligned) -> list[Finding]:
    """XL511 for each pair of headings in one aligned unit whose own anchors differ."""
    sources = {s.id: s for s in pair.source.segments}
    targets = {s.id: s for s in pair.target.segments}
    given = (_anchors(pair.source.segments), _anchors(pair.target.segments))
    findings = []
    for index, bead in enumerate(aligned):
        ours = [sources[i] for i in bead.source if i in sources and _anchored(sources[i])]
        theirs = [targets[i] for i in bead.target if i in targets and _anchored(targets[i])]
        if len(ours) != 1 or len(theirs) != 1:
            continue
        a, b = ours[0].anchor, theirs[0].anchor
        if a == b or a in given[1] or b in given[0] or not _alike(a, b):
            continue
        if _read_from_its_heading(ours[0]) or _read_from_its_heading(theirs[0]):
            continue  # {#shu-ju-ya-suo} against {#detaya-suo}: each page's own slug
        findings.append(
            make_finding("identifier", "changed", _fact(ours[0]), _fact(theirs[0]), index)
        )
    return findings


def _anchored(segment) -> bool:
    """A heading that names its own anchor in Latin letters."""
    return segment.heading and _ANCHOR.fullmatch(segment.anchor or "") is not None


def _anchors(segments) -> set[str]:
    return {s.anchor for s in segments if _anchored(s)}


def _alike(a: str, b: str) -> bool:
    shared = set(_WORDS.split(a.casefold())) & set(_WORDS.split(b.casefold()))
    if any(len(word) >= SHARED_WORD for word in shared):
        return True
    return SequenceMatcher(None, a.casefold(), b.casefold()).ratio() >= CHANGED_SIMILARITY


def _read_from_its_heading(segment) -> bool:
    """Whether a heading's anchor spells, in order, a pinyin reading of most of the
    heading's Han characters (four in five; two at least), any of a character's readings
    (行 of 银行 is hang, 长 of 长度 chang) and ü as u or v: 数据压缩 and {#shu-ju-ya-suo},
    真の列指向DBMS and {#zhen-nolie-zhi-xiang-dbms}."""
    characters = [ch for ch in segment.text if han(ch)]
    if len(characters) < MIN_READ:
        return False
    slug = _NOT_LETTERS.sub("", segment.anchor.casefold())
    position = found = 0
    for ch in characters:
        ats = [
            (at, len(reading))
            for reading in _readings_of(ch)
            if (at := slug.find(reading, position)) >= 0
        ]
        if ats:
            at, length = min(ats)
            found += 1
            position = at + length
    return found >= max(MIN_READ, len(characters) * READ_SHARE)


@cache
def _readings_of(character: str) -> tuple[str, ...]:
    """Every pinyin reading of a character, without tones, ü written u and v."""
    pinyin = pypinyin_module()
    readings = pinyin.pinyin(character, style=pinyin.Style.NORMAL, heteronym=True)[0]
    return tuple(
        dict.fromkeys(
            form
            for reading in readings
            for form in {reading, reading.replace("ü", "u"), reading.replace("ü", "v")}
        )
    )


MIN_READ, READ_SHARE = 2, 0.8  # Han characters a slug must spell, and their share
_NOT_LETTERS = re.compile(r"[^a-z]+")


def _fact(segment) -> Fact:
    text = "{#" + segment.anchor + "}"
    return Fact("identifier", segment.id, 0, len(segment.text), text, IdentifierValue(text))
