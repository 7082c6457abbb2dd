"""The facts of technical prose that are not amounts: versions and identifiers.

A version is compared as a version, never as a decimal (`1.20` is not 1.2, and
`11.0.16.0` is not 0.16): its dotted parts, an optional build tag (`jdk8u312-b07`), and
the bound the sentence puts on it (`1.30 及更高` = `1.30以降` = at least 1.30; `大于 1.30`,
`1.30 より前`). A two-part number is a version only with evidence: a `v`, a product or
protocol name just before it (`Kubernetes 1.30`, `HTTP/1.1`) or a version word
(版本, バージョン); otherwise the number grammar reads it. A single number is a version
only written `v2` or after a protocol (`HTTP/2`), so `v2 时` is no time of day.

Identifiers are what a page writes as inline code (a field name, a label key, a command)
and what it writes as a port or a status code: kept as they are, never as amounts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..model import Fact, IdentifierValue, Segment, VersionValue

_DOTTED = r"\d+(?:\.\d+){0,3}"
# A build or pre-release tag written onto the version: -alpha.1, -rc2, +build.
_TAG = r"(?:-(?:alpha|beta|rc|pre|b)\.?\d*)?"
VERSION = re.compile(
    rf"(?<![\w.])(?P<v>[vV])?(?P<num>{_DOTTED}){_TAG}(?P<plus>\+)?(?![\w.]*\d)"
    r"|(?<![\w.])(?P<build>[a-z]{2,5}\d+u\d+(?:-b\d+)?)\b"
)
# A name or word just before a two-part number that makes it a version. The name is
# tried only from the start of its run of word characters, and the run is read once
# (an atomic group, a possessive run): a search from every letter of a long run of
# letters took time in the square of its length.
_CUE_BEFORE = re.compile(
    r"(?:(?<![\w.+-])(?>[\w.+-]*?[A-Za-z])[\w.+-]*+[ /]"
    r"|版本\s*|バージョン\s*|版\s*|ECMAScript\s*|ES)$",
    re.IGNORECASE,
)
# HTTP/2, TLS/1.3: a protocol and its version.
_PROTOCOL = re.compile(r"\b[A-Z]{2,}/$")
_CUE_AFTER = re.compile(r"\s*(?:版本|バージョン|版(?!权)|系列)")  # .match(text, at)
# Bounds after the version, longest first: the relation each states.
_BOUNDS_AFTER = (
    ("及更高版本", "ge"),
    ("或更高版本", "ge"),
    ("及以上版本", "ge"),
    ("以上版本", "ge"),
    ("及更高", "ge"),
    ("或更高", "ge"),
    ("及以上", "ge"),
    ("或以上", "ge"),
    ("或更新", "ge"),
    ("以降", "ge"),
    ("开始", "ge"),  # 从 v1.20 开始, 自 v1.20 開始: from that version on
    ("開始", "ge"),
    ("起", "ge"),  # Vue 3.4 起
    ("以上", "ge"),
    ("以后", "ge"),
    ("以後", "ge"),
    ("から", "ge"),
    ("より前", "lt"),
    ("より古い", "lt"),
    ("未満", "lt"),
    ("之前", "lt"),
    ("以前", "le"),
    ("及更低", "le"),
    ("或更低", "le"),
    ("以下", "le"),
    ("まで", "le"),
    ("より新しい", "gt"),
    ("より後", "gt"),
)
# Bounds before the version.
_BOUNDS_BEFORE = (
    ("大于等于", "ge"),
    ("不低于", "ge"),
    ("至少", "ge"),
    ("大于", "gt"),
    ("高于", "gt"),
    ("晚于", "gt"),
    ("新于", "gt"),
    ("早于", "lt"),
    ("低于", "lt"),
    ("小于", "lt"),
    ("旧于", "lt"),
)
# Bound words may stand a few characters off: `1.30 或更高版本`, `v1.30 及更高`.
_GAP = re.compile(r"[\s版本のバージョン]*")
# から followed by a time elapsed since the version (`HTTP/1.0 からわずか数カ月後`, `v1.20 から
# 2 年後`) dates something after it: the version is named, not bounded.
# (Runs of spaces, digits and numerals are entered only at their start and read once, so a
# search over a long run is linear.)
_ELAPSED = re.compile(
    r"(?<!\s)\s*+(?:わずか|ほんの|約|およそ)?\s*+"
    r"(?:(?<!\d)\d++|数|何|(?<![一二三四五六七八九十半])[一二三四五六七八九十半]++)\s*+"
    r"(?:カ|ヵ|か|ヶ|ケ|箇)?\s*+(?:年|月|週|日|時間|分|秒)間?\s*+(?:後|のち)"
)


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    value: VersionValue


def find_versions(text: str) -> Iterator[Found]:
    """Versions in `text` (markup already blanked), each with the bound stated on it."""
    for match in VERSION.finditer(text):
        if match.group("build"):
            yield Found(match.start(), match.end(), VersionValue((), match.group("build")))
            continue
        number = match.group("num")
        parts = tuple(int(part) for part in number.split("."))
        before = text[max(0, match.start() - 24) : match.start()]
        if len(parts) == 1 and not (match.group("v") or _PROTOCOL.search(before)):
            continue  # a bare integer: the number grammar's
        after_at = match.end()
        bound, end = _bound_after(text, after_at)
        if match.group("plus"):
            bound = "ge"
        if bound == "exact" and len(parts) == 2:
            ahead_bound, ahead_start = _bound_before(text, match.start())
            if ahead_bound != "exact":  # 大于 1.30: the cue stands before the bound word
                before = text[max(0, ahead_start - 24) : ahead_start]
        if len(parts) == 2 and not (
            match.group("v")
            or match.group("plus")
            or _CUE_BEFORE.search(before)
            or _CUE_AFTER.match(text, after_at)
        ):
            continue  # 1.5 倍, 0.25 秒: a decimal, for the number grammar
        start = match.start()
        if bound == "exact":
            bound, start = _bound_before(text, start)
        yield Found(start, end, VersionValue(parts, "", bound))


def _bound_after(text: str, position: int) -> tuple[str, int]:
    gap = _GAP.match(text, position)
    at = gap.end() if gap else position
    for word, relation in _BOUNDS_AFTER:
        if text.startswith(word, at):
            if word == "から" and _ELAPSED.match(text, at + len(word)):
                return "exact", position
            return relation, at + len(word)
    return "exact", position


def _bound_before(text: str, start: int) -> tuple[str, int]:
    head = text[max(0, start - 8) : start].rstrip()
    for word, relation in _BOUNDS_BEFORE:
        if head.endswith(word):
            return relation, start - (start - max(0, start - 8) - len(head)) - len(word)
    return "exact", start


def version_facts(segment: Segment, prepared: str) -> list[Fact]:
    return [
        Fact(
            "version",
            segment.id,
            found.start,
            found.end,
            segment.text[found.start : found.end],
            found.value,
        )
        for found in find_versions(prepared)
    ]


def identifier_facts(segment: Segment) -> list[Fact]:
    """The inline code of a segment, each span an identifier."""
    facts = []
    for start, end in segment.code:
        text = segment.text[start:end]
        if text.strip():
            value = IdentifierValue("".join(text.split()))  # 1dpi ≈ 0.39dpcm = 1dpi≈0.39dpcm
            facts.append(Fact("identifier", segment.id, start, end, text, value))
    return facts
