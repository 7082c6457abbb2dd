"""The facts of technical prose that are not amounts: versions and identifiers.

A version is compared as a version, never as a decimal (`1.20` is not 1.2, and
`11.0.16.0` is not 0.16): its dotted parts, an optional build tag (`jdk8u312-b07`), and
the bound the sentence puts on it (`1.30 及更高` = `1.30以降` = at least 1.30; `大于 1.30`,
`1.30 より前`). A two-part number is a version only with evidence: a `v`, a product or
protocol name just before it (`Kubernetes 1.30`, `HTTP/1.1`) or a version word
(版本, バージョン); otherwise the number grammar reads it. The words are each language's
data, in rules/LANG/technical.toml. A single number is a version
only written `v2` or after a protocol (`HTTP/2`), so `v2 时` is no time of day.

Identifiers are what a page writes as inline code (a field name, a label key, a command)
and what it writes as a port or a status code: kept as they are, never as amounts.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..model import Fact, IdentifierValue, Segment, VersionValue
from ..regexes import Prechecked, compiled
from ..scripts import han
from .spans import alternation

if TYPE_CHECKING:
    from ..rules.lexicon import Lexicon

# (parts of at most nine digits: a run of ten thousand digits is no version, and int()
# refuses to read it)
_DOTTED = r"\d{1,9}(?:\.\d{1,9}){0,3}"
# A build or pre-release tag written onto the version: -alpha.1, -rc2, +build.
_TAG = r"(?:-(?:alpha|beta|rc|pre|b)\.?\d*)?"
# The edges of a version are Latin letters, digits, `_` and dots only: Han and kana glue
# onto it without a space (版本从v1.2.3更新, 5.2.1版, バージョン3.1.0), so `\w`, which
# takes them in, would let no version open or close there.
# A `v` may be written Ver: Ver.1.2.3, ver 2.1.
_EDGE = r"[A-Za-z0-9_.]"
# A series: a last part written as a wildcard (2.x, 3.X, 4.*, v1.2.x), not a letter of a
# word after a dot (index.xml).
_SERIES = r"(?P<series>\.[xX*](?![A-Za-z0-9_]))?"
VERSION = compiled(
    rf"(?<!{_EDGE})(?P<v>[vV](?:er\.?\s?)?)?(?P<num>{_DOTTED}){_SERIES}{_TAG}"
    rf"(?P<plus>\+)?(?!{_EDGE}*\d)"
    rf"|(?<!{_EDGE})(?P<build>[a-z]{{2,5}}\d+u\d+(?:-b\d+)?)(?![A-Za-z0-9_])"
)
_VERSION_SCAN = Prechecked(VERSION)  # most texts hold no digit and no Latin letter
# A name just before a two-part number that makes it a version. The name is tried only
# from the start of its run of word characters, and the run is read once (an atomic
# group, a possessive run): a search from every letter of a long run of letters took
# time in the square of its length. The language's version words (版本, バージョン) are
# added by `VersionTables`.
# Not a lone small x, the sign of a size (3.5 mm x 2.5 mm; Mac OS X 10.15 is a version),
# nor an English word of a comparison (more than 1.5, over 2.5); a measure's range (2.5V
# to 5.5V) is told in _plain_versions (1.2 to 1.3 is a range of versions).
_NAME_BEFORE = (
    r"(?<![\w.+-])(?!(?-i:x) )(?!(?:than|over|under|above|below) )"
    r"(?>[\w.+-]*?[A-Za-z])[\w.+-]*+[ /]|ECMAScript\s*|ES"
)
# A figure with a unit's letters and an English word of a range before a version's place
# (2.5V to 5.5V, 10 MB to 20 MB): the same unit after the number makes it the range's end.
_UNIT_RANGE_BEFORE = compiled(r"\d\s*(?P<unit>[A-Za-zμ]{1,3})\s+(?:to|through)\s+$")
# HTTP/2, TLS/1.3: a protocol and its version.
_PROTOCOL = compiled(r"\b[A-Z]{2,}/$")
# A version written onto a product's name with no space (IE9, IE11+, ES2023, C++17, C#7,
# Python3, HTML5, iOS16): that product's version, compared only with a version of the
# same name (compare/relations.py). The name is Latin letters, with ++ or # after them
# (C++, C#). Not a name joined by a hyphen (ECMA-262, COVID-19, GPT-4: the name grammar
# reads the name, and a standard's number is no version), nor one the plain grammar reads
# (v2, Ver2: `_VERSION_SCAN`), nor an acronym after which a number is a figure (UTC8,
# USD100: `figure_acronyms` of rules/LANG/numbers.toml), and not an identifier
# the number runs on into (i18n, k8s, jdk8u312, x86_64, a.b2.c, path/v2/), nor a dotted
# date after it. A name in lower case only is a format, a hash or a command (mp3, md5,
# sha256, python3), no product's. (UTC+8 is no match: a + is not a name's.)
_PRODUCT_VERSION = Prechecked(
    compiled(
        r"(?<![A-Za-z0-9_.+#/-])(?P<product>[A-Za-z]{1,16}(?:\+\+|#)?)"
        r"(?P<num>\d{1,4}(?:\.\d{1,4}){0,2})(?P<plus>\+)?(?![A-Za-z0-9_]|[.-][A-Za-z0-9])"
    )
)
_PLAIN_VERSION_NAMES = frozenset({"v", "ver"})


# a product's name of one to three Latin words (Node.js, Spring Boot), before its version
_PRODUCT_WORDS = r"[A-Za-z][A-Za-z0-9.+#-]*(?:\s[A-Za-z][A-Za-z0-9.+#-]*){0,2}"


@dataclass(frozen=True)
class VersionTables:
    """A language's words around a version (rules/LANG/technical.toml), compiled."""

    cue_before: re.Pattern[str]  # a name or version word just before the number
    cue_after: re.Pattern[str]  # a version word after it (.match at its end)
    gap: re.Pattern[str]  # what may stand between a version and the bound after it
    bounds_after: tuple[tuple[str, str], ...]  # (word, relation), longest first
    bounds_before: tuple[tuple[str, str], ...]
    # (word, relation) said only after a word of the gap (1.4.11 版本 + 前), longest first
    bounds_after_gap: tuple[tuple[str, str], ...]
    # a word that joins the two ends of a range of versions (1.4.0から1.4.7, 1.4.0至1.4.7):
    # .match where the first ends; the ends are the versions named, with no bound
    range_joiner: re.Pattern[str]
    # an event after a "from" bound (v2 から追加, 自 v2 起新增): .match where the bound
    # ends; the version is the one the event happened in, with no bound
    event: re.Pattern[str]
    # a move to a version (升级到 3.0): .search on the text before it; the time words of
    # the move after the version (之前, 以后: .match at its end) bound the move, not it
    move: re.Pattern[str] = re.compile("(?!)")
    move_time: re.Pattern[str] = re.compile("(?!)")
    # a particle after a version, then an event later in its clause (2024.2 で…サポートが
    # 追加された): .match at the version's end; the version something came in, read as
    # "from" (the version on, and the version itself)
    event_in_clause: re.Pattern[str] = re.compile("(?!)")
    # a version word after the bound, joined to it (1.6 より前のバージョン, 3.2 以前的版本):
    # .match where the bound ends; what the bound is of, so the number is a version
    after_bound: re.Pattern[str] = re.compile("(?!)")
    # products that name one release two ways (rules/common/technical.toml): a name the
    # product goes by -> its short name (ecmascript -> ES), casefolded; an edition -> the
    # same release by its year (es6 -> ES2015), casefolded; and the names a product may
    # be written with before its number, a space between (ECMAScript 2015)
    product_names: dict[str, str] = field(default_factory=dict)
    product_editions: dict[str, str] = field(default_factory=dict)
    spaced_product: re.Pattern[str] = re.compile("(?!)")
    # a measure's word after a two-part number (M 5.8级, M 5.8の地震: a magnitude): .match
    # at its end; a name before the number is then no product's, and only a version word
    # or a v makes it a version
    measure_after: re.Pattern[str] = re.compile("(?!)")
    word_before: re.Pattern[str] = re.compile("(?!)")  # a version word just before it
    # a measure's word before it, a letter between (规模为 M 5.8, 規模は M 5.8): .search on
    # the text before the number
    measure_before: re.Pattern[str] = re.compile("(?!)")

    @classmethod
    def from_words(cls, words: dict) -> VersionTables:
        not_words = words.get("not_words", [])

        def guarded(word: str) -> str:
            # 版 but not 版权: each word that a not-word begins is kept from it
            rests = [n[len(word) :] for n in not_words if n.startswith(word) and n != word]
            guard = f"(?!{alternation(rests)})" if rests else ""
            return re.escape(word) + guard

        before = "|".join(f"{guarded(w)}\\s*" for w in words.get("words_before", []))
        after = "|".join(guarded(w) for w in words.get("words_after", [])) or "(?!)"
        gap = "".join(sorted({ch for word in words.get("gap_words", []) for ch in word}))
        joiners = alternation(words.get("range_joiners", []))
        return cls(
            cue_before=compiled(
                f"(?:{_NAME_BEFORE}{'|' + before if before else ''})$", re.IGNORECASE
            ),
            cue_after=compiled(rf"\s*(?:{after})"),
            gap=compiled(rf"[\s{re.escape(gap)}]*"),
            bounds_after=_longest_first(words.get("bounds_after", {})),
            bounds_before=_longest_first(words.get("bounds_before", {})),
            bounds_after_gap=_longest_first(words.get("bounds_after_gap", {})),
            # the other end dotted (1.4.0から1.4.7) or written with v (v1 から v2 へ)
            range_joiner=compiled(rf"\s*(?:{joiners})\s*(?=[vV]?\d+\.[\dxX*]|[vV]\d)"),
            # (possessive, opened after no space: linear on long runs of spaces; a joiner
            # between bound and event, v2 からの移行, is optional: none matches when unlisted)
            event=compiled(
                rf"(?<!\s)\s*+(?:(?:{alternation(words.get('event_joiners', []))})\s*+)?"
                rf"(?:{alternation(words.get('event_words', [])) or '(?!)'})"
            ),
            event_in_clause=compiled(
                rf"\s*(?:{alternation(words.get('event_particles', [])) or '(?!)'})"
                rf"[^。．.！!？?；;\n]{{0,{EVENT_REACH}}}?"
                rf"(?:{alternation(words.get('event_words', [])) or '(?!)'})"
            ),
            # the product's name may stand between (升级到 Node.js 18.0 以来)
            move=compiled(
                rf"(?:{alternation(words.get('move_words', [])) or '(?!)'})\s*"
                rf"(?:{_PRODUCT_WORDS}\s*)?$"
            ),
            # (not before the version's word: 升级到 3.12 之前的版本 bounds the version)
            move_time=compiled(
                rf"\s*(?:{alternation(words.get('move_times', [])) or '(?!)'})"
                r"(?!\s*的?\s*版)"
            ),
            after_bound=compiled(
                rf"\s*(?:{alternation(words.get('bound_joiners', [])) or '(?!)'})\s*(?:{after})"
            ),
            product_names={
                name.casefold(): short for name, short in words.get("product_names", {}).items()
            },
            product_editions={
                edition.casefold(): year
                for edition, year in words.get("product_editions", {}).items()
            },
            spaced_product=compiled(
                rf"(?<![A-Za-z0-9_.+#/-])(?P<product>{alternation(words['product_names'])})"
                # an edition or a year (ECMAScript 6, ECMAScript 2015), no standard's
                # number (ECMA 262)
                r"\s+(?P<num>\d{1,2}|(?:19|20)\d\d)(?P<plus>\+)?(?![\dA-Za-z_]|[.-][\dA-Za-z])",
                re.IGNORECASE,
            )
            if words.get("product_names")
            else re.compile("(?!)"),
            word_before=compiled(f"(?:{before or '(?!)'})$", re.IGNORECASE),
            measure_before=compiled(
                rf"(?:{alternation(words.get('measure_words_before', [])) or '(?!)'})"
                r"\s*(?:[A-Za-zＡ-Ｚａ-ｚ]\s*)?$"
            ),
            measure_after=compiled(
                rf"\s*(?:{alternation(words.get('measure_words_after', [])) or '(?!)'})"
            ),
        )


def _longest_first(bounds: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """Bound words longest first: 及更高版本 is tried before 及更高, 不低于 before 低于."""
    return tuple(sorted(bounds.items(), key=lambda item: (-len(item[0]), item[0])))


# から followed by a time elapsed since the version (`HTTP/1.0 からわずか数カ月後`, `v1.20 から
# 2 年後`) dates something after it: the version is named, not bounded.
# (Runs of spaces, digits and numerals are entered only at their start and read once, so a
# search over a long run is linear.)
_ELAPSED = compiled(
    r"(?<!\s)\s*+(?:わずか|ほんの|約|およそ)?\s*+"
    r"(?:(?<!\d)\d++|数|何|(?<![一二三四五六七八九十半])[一二三四五六七八九十半]++)\s*+"
    r"(?:カ|ヵ|か|ヶ|ケ|箇)?\s*+(?:年|月|週|日|時間|分|秒)間?\s*+(?:後|のち)"
)


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    value: VersionValue


def find_versions(
    text: str, tables: VersionTables, figure_names: Collection[str] = ()
) -> Iterator[Found]:
    """Versions in `text` (markup already blanked), each with the bound stated on it in
    the words of `tables`, in the order they are written; `figure_names`: the acronyms
    after which a number is a figure, not a version (UTC, USD)."""
    plain = list(_plain_versions(text, tables))
    named = list(_product_versions(text, tables, figure_names))
    yield from sorted(plain + named, key=lambda found: found.start) if named else plain


def _product_versions(
    text: str, tables: VersionTables, figure_names: Collection[str]
) -> Iterator[Found]:
    """Versions written onto a product's name (`_PRODUCT_VERSION`: IE9+, ES2023以降),
    reported when the other side gives the same name another number. Weak: a translation
    may write Python 3 or leave the number to the context, so one is reported missing or
    added only where the other side writes it nowhere (compare/__init__.py
    `_written_nowhere`)."""
    matches = [*_PRODUCT_VERSION.finditer(text), *tables.spaced_product.finditer(text)]
    for match in sorted(matches, key=lambda m: m.start()):
        product = match.group("product")
        if (
            len(product) < 2  # Q3, H1: a quarter, a half of the year (the date grammar's)
            or product.islower()  # mp3, md5, sha256, python3: a format, a hash, a command
            or product.casefold() in _PLAIN_VERSION_NAMES
            or product in figure_names  # UTC8, USD100, FY2019: a figure, a year
        ):
            continue
        product, number = _release(product, match.group("num"), tables)
        parts = tuple(int(part) for part in number.split("."))
        bound, end = (
            ("ge", match.end()) if match.group("plus") else _bound_after(text, match.end(), tables)
        )
        yield Found(match.start(), end, VersionValue(parts, "", bound, True, product))


def _release(product: str, number: str, tables: VersionTables) -> tuple[str, str]:
    """A product's release as one name writes it: the product by its short name
    (ECMAScript -> ES), an edition by its year (ES6 -> ES2015)."""
    product = tables.product_names.get(product.casefold(), product)
    edition = tables.product_editions.get(f"{product}{number}".casefold())
    if edition is None:
        return product, number
    short, year = edition.rstrip("0123456789"), edition[len(edition.rstrip("0123456789")) :]
    return short, year


def _plain_versions(text: str, tables: VersionTables) -> Iterator[Found]:
    """The versions of `find_versions` that stand on their own (1.30, v2, jdk8u312-b07)."""
    range_from = -1  # where a range begun by the last dotted version found goes on
    for match in _VERSION_SCAN.finditer(text):
        if match.group("build"):
            yield Found(match.start(), match.end(), VersionValue((), match.group("build")))
            continue
        number = match.group("num")
        parts = tuple(int(part) for part in number.split("."))
        before = text[max(0, match.start() - 24) : match.start()]
        series = match.group("series")
        if len(parts) == 1 and not (match.group("v") or series or _PROTOCOL.search(before)):
            continue  # a bare integer: the number grammar's
        after_at = match.end()
        bound, end = _bound_after(text, after_at, tables)
        joiner = tables.range_joiner.match(text, after_at)
        if joiner:
            bound, end = "exact", after_at  # 1.4.0から1.4.7: the range's start, no bound
        range_end = match.start() == range_from  # 1.4.0至1.4.7: the end of a range
        if range_end and bound in ("le", "lt", "before"):
            bound, end = "exact", after_at  # 1.4.0から1.4.7まで: the range's end
        if tables.move_time.match(text, after_at) and tables.move.search(before):
            bound, end = "exact", after_at  # 升级到 3.0 之前: before the upgrade
        if match.group("plus"):
            bound = "ge"
        ahead_bound = "exact"
        if bound == "exact" and len(parts) == 2:
            ahead_bound, ahead_start = _bound_before(text, match.start(), tables)
            if ahead_bound != "exact" and not _PRODUCT_BEFORE.search(
                text, ahead_start, match.start()
            ):  # 大于 1.30: the cue stands before the bound word (大于 Kubernetes 1.30: it
                # is the product's name between them)
                before = text[max(0, ahead_start - 24) : ahead_start]
        cued = bool(
            match.group("v")
            or match.group("plus")
            or match.group("series")  # 2.x: a wildcard says version
            or tables.cue_before.search(before)
            or tables.cue_after.match(text, after_at)
            or (bound != "exact" and tables.after_bound.match(text, end))
            # 1.30 及以上版本, 1.30 或更高版本: the bound's own words name a version, or
            # the words right after it (1.30 より新しいバージョン)
            or (
                bound != "exact"
                and (
                    any(tables.cue_after.match(text, at, end) for at in range(after_at, end))
                    or tables.cue_after.match(text, end)
                )
            )
            # 大于 1.30 的版本: a bound before, the version word after 的
            or (ahead_bound != "exact" and tables.after_bound.match(text, after_at))
        )
        if len(parts) == 2 and not cued:
            continue  # 1.5 倍, 0.25 秒: a decimal, for the number grammar
        ranged = _UNIT_RANGE_BEFORE.search(before)
        if ranged and text.startswith(ranged["unit"], after_at) and not match.group("v"):
            continue  # 2.5V to 5.5V: a measure's range, for the English range reader
        if (
            len(parts) == 2
            and (tables.measure_after.match(text, after_at) or tables.measure_before.search(before))
            and not (match.group("v") or tables.cue_after.match(text, after_at))
            and not tables.word_before.search(before)
        ):
            continue  # M 5.8级: a magnitude, for the number grammar
        if not cued and _date_shaped(number):
            continue  # 于2023.10.05发布: a day, for the date grammar
        start = match.start()
        range_from = joiner.end() if joiner else -1
        if bound == "exact" and not range_end:
            bound, start = _bound_before(text, start, tables)
        # a series is its parts and a wildcard, one form for x, X and *
        yield Found(start, end, VersionValue(parts, f"{number}.x" if series else "", bound))


# How far after a version's particle its clause's event may stand (2024.2 で + Astro
# Language Server のサポートが + 追加).
EVENT_REACH = 40


def _date_shaped(number: str) -> bool:
    """Whether a dotted run reads as a year, a month and a day (2023.10.05)."""
    year, *rest = number.split(".")
    if len(year) != 4 or len(rest) != 2:
        return False
    month, day = map(int, rest)
    return 1 <= month <= 12 and 1 <= day <= 31


def _bound_after(text: str, position: int, tables: VersionTables) -> tuple[str, int]:
    gap = tables.gap.match(text, position)
    at = gap.end() if gap else position
    worded = bool(text[position:at].strip())  # a version's word stands between (版本)
    for word, relation in tables.bounds_after_gap if worded else ():
        if text.startswith(word, at):
            return relation, at + len(word)
    for word, relation in tables.bounds_after:
        if text.startswith(word, at):
            if word == "から" and _ELAPSED.match(text, at + len(word)):
                return "exact", position
            if relation in ("ge", "from") and tables.event.match(text, at + len(word)):
                return "exact", position  # v2 から追加された: added in v2
            return relation, at + len(word)
    if tables.event_in_clause.match(text, position):
        return "from", position  # 2024.2 でサポートが追加された: added in 2024.2, on since
    return "exact", position


def _bound_before(text: str, start: int, tables: VersionTables) -> tuple[str, int]:
    """The bound a word before the version states (大于 1.30, 直到 Ruby 2.1.0: the product's
    name may stand between), and where the word starts."""
    head = text[max(0, start - BOUND_BEFORE_REACH) : start].rstrip()
    product = _PRODUCT_BEFORE.search(text, max(0, start - 32), start)
    named = text[max(0, start - 40) : product.start()].rstrip() if product else ""
    for word, relation in tables.bounds_before:
        for before in (head, named):
            if before and before.endswith(word):
                return relation, text.rfind(word, 0, start)
    return "exact", start


# how far before a version its bound word may start (Previously to v0.45.0: the longest
# word of bounds_before and a space)
BOUND_BEFORE_REACH = 16
# a product's name between a bound and its version (直到 Ruby 2.1.0, 高于 Node.js 18,
# 直到 Bitcoin Core 0.21: up to three words)
_PRODUCT_BEFORE = compiled(rf"(?<![A-Za-z]){_PRODUCT_WORDS}\s*$")


def figure_names(lexicon: Lexicon) -> tuple[str, ...]:
    """The names a number written onto is a figure or a year, no version (UTC8, USD100:
    `figure_acronyms`; FY2019: `fiscal_year_prefixes`)."""
    return (*lexicon.numbers.figure_acronyms, *lexicon.dates.fiscal_year_prefixes)


def version_facts(segment: Segment, prepared: str, lexicon: Lexicon) -> list[Fact]:
    """The versions of a segment, read with the words of its language (`lexicon`)."""
    return [
        Fact(
            "version",
            segment.id,
            found.start,
            found.end,
            segment.text[found.start : found.end],
            found.value,
        )
        for found in find_versions(prepared, lexicon.versions, figure_names(lexicon))
        if not _acronym_counted(found, prepared, lexicon.numbers.counters)
    ]


# An acronym of two to five capitals that ends right before a figure (CPU of CPU2基)
_ACRONYM_BEFORE = compiled(r"(?<![A-Za-z])[A-Z]{2,5}$")


def acronym_counted(
    text: str, acronym_end: int, digits: str, counter: str, counter_end: int
) -> bool:
    """CPU2基, GPU4枚, NAS2台: an acronym glued to a figure of one or two `digits`, a
    `counter` of Han or kana after it (ending at `counter_end`) that no more Han goes on
    from (PS5本体, PS5台湾版, AKB48人気: the counter opens a word), counts the things the
    acronym names. The number grammar reads the count (extract/numbers.py) and the version
    finder leaves it (`_acronym_counted`), by this one test."""
    return (
        digits.isdigit()
        and len(digits) <= 2
        and bool(counter)
        and not counter.isascii()
        and not han(text[counter_end : counter_end + 1])
        and _ACRONYM_BEFORE.search(text, max(0, acronym_end - 6), acronym_end) is not None
    )


def _acronym_counted(found: Found, text: str, counters: tuple[str, ...]) -> bool:
    """NAS2台, SSD2台: a product's version (NAS2) that is an acronym's count, the longest
    counter of the language said right after it (台 of 台湾 is none): `acronym_counted`."""
    value = found.value
    if not value.product or value.bound != "exact":
        return False
    acronym_end = found.start + len(value.product)
    said = [c for c in counters if text.startswith(c, found.end)]
    counter = max(said, key=len) if said else ""
    digits = text[acronym_end : found.end]
    return acronym_counted(text, acronym_end, digits, counter, found.end + len(counter))


# Inline code that holds nothing but a version: three or four dotted parts, or a `v` before
# the number (`0.112.0`, `v2.3.1`, `v1.2`, `18.14.1-rc.1`); a pinned requirement
# (`fastapi==0.45.0`) or a two-part value (`0.5`) is code of another shape.
_CODE_VERSION = compiled(
    rf"\s*(?:[vV]\d{{1,9}}(?:\.\d{{1,9}}){{0,3}}|\d{{1,9}}(?:\.\d{{1,9}}){{2,3}}){_TAG}\+?\s*"
)


def code_versions(segment: Segment) -> list[tuple[int, int]]:
    """The spans of inline code that hold a version (`_CODE_VERSION`), not a dotted date
    (`2023.10.05`) nor an address (`127.0.0.1`): the version finder reads them with the
    prose around them (the bound after `0.112.0`或更高版本), and they are no identifiers."""
    return [
        (start, end)
        for start, end in segment.code
        if _CODE_VERSION.fullmatch(text := segment.text[start:end])
        and not _date_shaped(text.strip())
        and not _IPV4.fullmatch(text.strip())
    ]


# An IPv4 address (`127.0.0.1`, `192.168.1.100`): four parts of at most 255, no `v`.
_IPV4 = compiled(r"(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)")


def identifier_facts(segment: Segment, prepared: str = "") -> list[Fact]:
    """The inline code of a segment, each span an identifier (but a version's:
    `code_versions`), and the telephone numbers of its prose (`prepared`, code blanked)."""
    facts = []
    versions = code_versions(segment)
    for start, end in segment.code:
        text = segment.text[start:end]
        if text.strip() and (start, end) not in versions:
            value = IdentifierValue("".join(text.split()))  # 1dpi ≈ 0.39dpcm = 1dpi≈0.39dpcm
            facts.append(Fact("identifier", segment.id, start, end, text, value))
    for found in _TELEPHONE.finditer(prepared):
        start, end = found.span()
        digits = re.sub(r"\D", "", found.group(0))  # 0120-345-678 = 0120345678
        if TELEPHONE_DIGITS[0] <= len(digits) <= TELEPHONE_DIGITS[1]:
            text = segment.text[start:end]
            facts.append(Fact("identifier", segment.id, start, end, text, IdentifierValue(digits)))
    return facts


# A telephone number in groups of digits joined by hyphens (0120-345-678, 03-1234-5678,
# +81-3-1234-5678, (03) 1234-5678; China's 138-1234-5678, 400-123-4567, 010-12345678):
# an identifier, compared digit for digit, no range of 120 to 345. It opens on a 0, a +
# and a country code, an area code in brackets, or the three digits of a Chinese mobile
# or service line, and holds nine to thirteen digits; spaces join no groups (400 500 600
# lists three sizes).
_TELEPHONE = compiled(
    r"(?<![A-Za-z0-9_.+-])"
    r"(?:\(0\d{1,4}\)\s?\d{2,4}-\d{3,4}"
    r"|(?:\+\d{1,3}-\d{1,4}|0\d{1,4}|1[3-9]\d|[48]00)(?:-\d{2,4}){1,2}-?\d{3,4})"
    r"(?![A-Za-z0-9_.-])"
)
TELEPHONE_DIGITS = (9, 13)
