"""English written inside Chinese or Japanese pages.

Documentation translations leave English on one side: whole paragraphs of the original
not yet translated (GIMP's Chinese help), a heading or a license kept as is. What the
grammars of Chinese and Japanese read there is wrong in several ways: the numbers of
English prose are words ("two methods" for 2 通り, "the first letters" for 最初の数文字) or
ranges and bounds in words ("from 0 to 255", "more than 60", "Since GIMP 2.2"), its dates
name their month ("2004 March 9", "July, August 2004"), its decades and relative years
are words ("the ’90s" for 90年代, "last year" for 去年), and its capitalised words are
prose, not names (This, In at a sentence start; APPLICABILITY AND DEFINITIONS of a
shouted heading). The words are data (rules/common/english.toml); this module reads them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from fractions import Fraction

from ..model import DateValue, Fact, Quantity
from ..regexes import Prechecked, compiled
from .dates import DateMatch


@dataclass(frozen=True)
class EnglishWords:
    """The vocabulary of rules/common/english.toml."""

    function_words: frozenset[str] = frozenset()
    cardinals: dict[str, int] | None = None
    ordinals: dict[str, int] | None = None
    vague: dict[str, tuple[int, int]] | None = None
    bounds_before: dict[str, str] | None = None  # phrase -> qualifier: more than -> gt
    bounds_after: dict[str, str] | None = None  # or more -> ge
    before: re.Pattern[str] | None = None  # a bound phrase ending where a figure starts
    after: re.Pattern[str] | None = None  # a bound phrase starting where a figure ends
    version_before: re.Pattern[str] | None = None  # Since GIMP 2.2, newer than 2.2.0
    version_after: re.Pattern[str] | None = None  # 2.4 or later
    version_bounds: dict[str, str] | None = None  # phrase -> ge, gt, lt, le
    months: dict[str, int] | None = None  # March -> 3, Mar -> 3
    date: re.Pattern[str] | None = None  # 2004 March 9, July 3, 2015, February 1997
    month_list: re.Pattern[str] | None = None  # July, August 2004
    relative_years: dict[str, int] | None = None  # last year -> -1
    relative: re.Pattern[str] | None = None  # last year, this year
    change: re.Pattern[str] | None = None  # changed from: a change where "from" stands


def english_words(values: dict) -> EnglishWords:
    """The tables of rules/common/english.toml, as read by the schema."""
    before = {k.casefold(): v for k, v in values.get("bounds_before", {}).items()}
    after = {k.casefold(): v for k, v in values.get("bounds_after", {}).items()}
    return EnglishWords(
        frozenset(word.casefold() for word in values.get("function_words", [])),
        {k.casefold(): v for k, v in values.get("cardinals", {}).items()},
        {k.casefold(): v for k, v in values.get("ordinals", {}).items()},
        {k.casefold(): (low, high) for k, (low, high) in values.get("vague", {}).items()},
        before,
        after,
        _bounds_before(before) if before else None,
        compiled(rf"(?P<bound>{_phrases(after)})(?![A-Za-z\d])", re.IGNORECASE) if after else None,
        *_version_bounds(values),
        *_english_dates(values),
        *_relative_years(values),
        _change_words(values),
    )


def _bounds_before(before: dict[str, str]) -> re.Pattern[str]:
    """The pattern of a bound phrase ending where a figure starts: a word not inside a
    longer word (more than, not "anymore than"), a sign wherever it stands (win>=10,
    Python>=3.9: the sign glued to the name it bounds)."""
    words = {k: v for k, v in before.items() if any(ch.isalpha() for ch in k)}
    signs = {k: v for k, v in before.items() if k not in words}
    alternatives = [f"(?<![A-Za-z])(?:{_phrases(words)})"] if words else []
    alternatives += [_phrases(signs)] if signs else []
    return compiled(rf"(?P<bound>{'|'.join(alternatives)})\s*$", re.IGNORECASE)


def _change_words(values: dict) -> re.Pattern[str] | None:
    """The pattern of a change word and the "from" after it, ending where a figure starts
    (changed from 80 to 8080: the port's old and new values, no range)."""
    words = [word.casefold() for word in values.get("change_words", [])]
    if not words:
        return None
    return compiled(rf"(?<![A-Za-z])(?:{_phrases(words)})\s+from\s+$", re.IGNORECASE)


def _relative_years(values: dict) -> tuple:
    """The relative years and their pattern (Last year at a sentence start too)."""
    table = {k.casefold(): v for k, v in values.get("relative_years", {}).items()}
    if not table:
        return None, None
    pattern = compiled(rf"(?<![A-Za-z])(?:{_phrases(table)})(?![A-Za-z])", re.IGNORECASE)
    return table, pattern


def _english_dates(values: dict) -> tuple:
    """The month names (in full, and cut to three letters) and the pattern of the dates
    written with them."""
    months = {}
    for name, number in values.get("months", {}).items():
        months[name] = number
        months[name[:3]] = number
    if not months:
        return None, None, None
    month = "|".join(re.escape(m) for m in sorted(months, key=len, reverse=True))
    month = rf"(?:{month})\.?"
    year, day = r"(?P<{}>[12]\d{{3}})", r"(?P<{}>[0-3]?\d)"
    edge_before, edge_after = r"(?<![\w.])", r"(?![\w]|\.\d)"
    pattern = "|".join(
        (
            rf"{year.format('y1')}\s+(?P<m1>{month})\s+{day.format('d1')}",  # 2004 March 9
            rf"(?P<m2>{month})\s+{day.format('d2')},?\s+{year.format('y2')}",  # July 3, 2015
            rf"{day.format('d3')}\s+(?P<m3>{month})\s+{year.format('y3')}",  # 3 July 2015
            rf"(?P<m4>{month})\s+{year.format('y4')}",  # February 1997
        )
    )
    # July, August 2004; June and July 2010: each month of the list in the year after it
    listed = rf"{month}(?:\s?(?:,|and|&)\s?{month}){{1,11}}\s[12]\d{{3}}"
    return (
        months,
        compiled(rf"{edge_before}(?:{pattern}){edge_after}"),
        compiled(rf"{edge_before}{listed}{edge_after}"),
    )


def _version_bounds(values: dict) -> tuple:
    """The patterns of the bounds English puts on a version, and their relations."""
    before = {k.casefold(): v for k, v in values.get("version_bounds_before", {}).items()}
    after = {k.casefold(): v for k, v in values.get("version_bounds_after", {}).items()}
    spaced = {phrase: bound for phrase, bound in before.items() if not phrase.endswith("-")}
    glued = {phrase: bound for phrase, bound in before.items() if phrase.endswith("-")}
    # a phrase written onto the version with a hyphen (pre-v0.45.0) takes no product's
    # name between it and the version: pre-commit 3.5.0 is the tool's version
    onto = rf"|(?<![A-Za-z])(?P<glued>{_phrases(glued)})v?$" if glued else ""
    return (
        compiled(
            rf"(?<![A-Za-z])(?P<bound>{_phrases(spaced) or '(?!)'})\s+(?:the\s+)?"
            rf"(?:[A-Z][\w+-]*\s+)?(?:version\s+|v)?${onto}",
            re.IGNORECASE,
        )
        if before
        else None,
        compiled(rf"(?P<bound>{_phrases(after)})(?![A-Za-z])", re.IGNORECASE) if after else None,
        before | after,
    )


def _phrases(table: dict[str, str]) -> str:
    """An alternation of the phrases, longest first, a space matching any white space."""
    return "|".join(
        re.escape(phrase).replace(r"\ ", r"\s+") for phrase in sorted(table, key=len, reverse=True)
    )


_WORD = compiled(r"(?<![A-Za-z0-9_])[A-Za-z]+(?:-[A-Za-z]+)?(?![A-Za-z0-9_])")
_FIGURE = r"\d+(?:,\d{3})*(?:\.\d+)?"
# A range written in English with digits: from 0 to 255, 2 to 100, between 0 and 255,
# 0° to 90°.
_EDGE_BEFORE, _EDGE_AFTER = r"(?<![\d.,])", r"(?![\d]|[.,]\d)"
_RANGE = compiled(
    rf"\bbetween\s+{_EDGE_BEFORE}(?P<low>{_FIGURE})\s*[%°]?\s+and\s+(?P<high>{_FIGURE}){_EDGE_AFTER}"
    # (a unit's letters after the low figure are said again after the high one: 2.5V to
    # 5.5V, 10 MB to 20 MB)
    rf"|{_EDGE_BEFORE}(?P<from>{_FIGURE})(?:\s*[%°]|\s*(?P<lu>[A-Za-zμ]{{1,3}}))?\s+"
    rf"(?:to|through)\s+(?P<to>{_FIGURE})(?(lu)\s*(?P=lu)(?![A-Za-z])){_EDGE_AFTER}",
    re.IGNORECASE,
)


_CHANGE_REACH = 40  # how far before a figure a change word and its "from" may start
_RANGE_SCAN = Prechecked(_RANGE)  # most texts hold no digit and no "between"
_LATIN_LETTER = compiled("[A-Za-z]")

_TIMES = compiled(r"(?<![\w.])(\d+)\s*[x×]\s*(\d+)(?![\w.])")


def _figure(text: str) -> Fraction:
    return Fraction(text.replace(",", ""))


def english_amounts(text: str, words: EnglishWords) -> set[tuple[Fraction, Fraction]]:
    """The amounts English prose in `text` writes as words, or as a range of digits, as
    (low, high) bounds: "two" (2, 2), "twenty-five" (25, 25), "second" (2, 2), "several
    dozen" (20, 90), "from 0 to 255" (0, 255). Text without Latin letters has none."""
    amounts: set[tuple[Fraction, Fraction]] = set()
    if not words.cardinals and not words.ordinals:
        return amounts
    folded = text.casefold()
    for match in _WORD.finditer(folded):
        value = _word_value(match.group(), words)
        if value is not None:
            amounts.add((Fraction(value), Fraction(value)))
    for phrase, (low, high) in (words.vague or {}).items():
        if re.search(rf"(?<![a-z]){re.escape(phrase)}(?![a-z])", folded):
            amounts.add((Fraction(low), Fraction(high)))
    for match in _TIMES.finditer(text):  # 5x5, 3 × 3: each side a figure of its own
        amounts.update((_figure(side), _figure(side)) for side in match.groups())
    for match in _RANGE.finditer(text):
        low = _figure(match.group("low") or match.group("from"))
        high = _figure(match.group("high") or match.group("to"))
        if low < high:
            amounts.add((low, high))
    return amounts


def _word_value(word: str, words: EnglishWords) -> int | None:
    """A cardinal or ordinal word's value; tens and units joined by a hyphen add up
    (twenty-five), and a number word joined to a word it counts is that number
    (two-dimensional, three-way)."""
    cardinals, ordinals = words.cardinals or {}, words.ordinals or {}
    found = cardinals.get(word, ordinals.get(word))
    if found is not None or "-" not in word:
        return found
    tens, units = word.split("-", 1)
    ten = cardinals.get(tens)
    unit = cardinals.get(units, ordinals.get(units))
    if ten is not None and unit is not None and ten % 10 == 0 and 20 <= ten <= 90 and unit < 10:
        return ten + unit
    return cardinals.get(tens) if unit is None else None


# How far a run of Latin words is followed to either side of a word: a sentence's reach.
PROSE_REACH = 120
_LATIN_RUN = compiled(r"[A-Za-z0-9 ,.;:'’()/&-]")
_RUN_WORD = compiled(r"[A-Za-z]+")


def english_prose(text: str, start: int, end: int, words: EnglishWords) -> bool:
    """Whether the Latin word at `start:end` is English prose rather than a name: a word
    capitalised as prose capitalises any word (This, Merge Down) inside a run of Latin
    words that holds an English function word, or at the start of an English sentence or
    heading (Generate a new layer; 2.15. Print); or a word of a shouted heading
    (APPLICABILITY AND DEFINITIONS, VERBATIM COPYING, TERMINATION). Such a word is still
    matched by the name ladder (Google = 谷歌), but stands for no other name. Names of
    several words (Michael Bach), acronyms (GIMP, GNU GPL), CamelCase and names with
    digits are evidence of a name."""
    surface = text[start:end]
    if not words.function_words or not surface.isascii() or not surface.isalpha():
        return False
    run = _run_words(text, start, end)
    if surface[1:].islower():
        return _starts_english(text, start, end) or any(
            word.casefold() in words.function_words for word in run
        )
    if not surface.isupper():
        return False
    shouted = [word for word in run if word.isupper() and len(word) > 1]
    if len(shouted) < 2:
        return len(surface) >= 8  # one long word in capitals: an English word shouted
    return any(w.casefold() in words.function_words for w in shouted) or all(
        len(word) >= 5 for word in shouted
    )


# What may stand before the first word of an English sentence, heading or UI label: the
# end of a sentence, a menu path's arrow, an opening quote or bracket.
_SENTENCE_END = ".!?:。！？：→“‘\"'(（「"
_TITLE_WORD_BEFORE = compiled(r"[A-Z][a-z]+ $")
_NEXT = compiled(r"\s*(\S)")


def _starts_english(text: str, start: int, end: int) -> bool:
    """Whether a word starts a sentence, a heading, a caption or a label, maybe after
    other capitalised words (2.15. Print, 7.7. Merge Down, Description, 图 15.66. Example,
    → Dockable Dialogs) and is English: alone to its end, or followed by anything but
    Chinese or Japanese. Kubernetes 是… starts a Chinese sentence and stays a name."""
    at = start
    while (title := _TITLE_WORD_BEFORE.search(text, max(0, at - 40), at)) is not None:
        at = title.start()
    while at > 0 and text[at - 1].isspace():
        at -= 1
    if at > 0 and text[at - 1] not in _SENTENCE_END:
        return False
    following = _NEXT.match(text, end)
    return following is None or following.group(1) < "\u2e80"  # not Chinese or Japanese


def _run_words(text: str, start: int, end: int) -> list[str]:
    """The Latin words of the run around `start:end`, at most PROSE_REACH either side."""
    left, floor = start, max(0, start - PROSE_REACH)
    while left > floor and _LATIN_RUN.match(text[left - 1]):
        left -= 1
    right, ceiling = end, min(len(text), end + PROSE_REACH)
    while right < ceiling and _LATIN_RUN.match(text[right]):
        right += 1
    return _RUN_WORD.findall(text, left, right)


def english_ranges(
    numbers: list, read: str, text: str, segment: str, words: EnglishWords | None = None
) -> list:
    """Number facts with the ranges English prose writes with digits made one fact:
    "from 0 to 255", "2 through 100", "between 0 and 255". The CJK grammars read the
    figures apart, or not at all ("0 to": a Latin unit t glued to more letters), and the
    range then looks like its high end against 0 から 255. `read`: the text the number
    grammar read (dates and versions blanked, offsets kept); `text`: as written. After a
    change word of `words` ("changed from 80 to 8080") the figures are a change, read apart
    as 80 から 8080 に変更 is."""
    ranges = []
    change = words.change if words is not None else None
    for match in _RANGE_SCAN.finditer(read):
        low_at = "low" if match.group("low") else "from"
        high_at = "high" if low_at == "low" else "to"
        if (
            change is not None
            and low_at == "from"
            and change.search(read, max(0, match.start() - _CHANGE_REACH), match.start())
        ):
            continue
        low, high = _figure(match.group(low_at)), _figure(match.group(high_at))
        # (the unit said again after the high figure ends the range: 2.5V to 5.5V)
        end = match.end() if match.group("lu") else match.end(high_at)
        if low < high:
            ranges.append((match.start(low_at), end, low, high))
    if not ranges:
        return numbers
    joined = []
    for start, end, low, high in ranges:
        inside = [fact for fact in numbers if fact.start < end and start < fact.end]
        if any(fact.value.ordinal or fact.value.qualifier != "exact" for fact in inside):
            continue  # the grammar read more than two figures there: leave its reading
        unit = next((fact.value.unit for fact in inside if fact.value.unit), None)
        value = Quantity(low, high, "range", unit)
        joined.append(Fact("number", segment, start, end, text[start:end], value))
    covered = [(fact.start, fact.end) for fact in joined]
    kept = [f for f in numbers if not any(f.start < e and s < f.end for s, e in covered)]
    return sorted([*kept, *joined], key=lambda fact: fact.start)


BOUND_REACH = 20  # how far before a figure a bound phrase may start


def english_bounds(numbers: list, read: str, text: str, words: EnglishWords) -> list:
    """Number facts with the bound English prose writes around them taken in: "more than
    60" (gt, as 60 を上回る), "at least 5", "about 30%", "25 or more", "100+". Only an
    exact figure takes a bound; its fact then spans the phrase."""
    if words.before is None and words.after is None:
        return numbers
    bounded = []
    for fact in numbers:
        value = fact.value
        if value.qualifier != "exact" or value.ordinal:
            bounded.append(fact)
            continue
        start, end, qualifier = _bound_around(fact, read, words)
        if qualifier is None:
            bounded.append(fact)
            continue
        value = Quantity(value.low, value.high, qualifier, value.unit, counter=value.counter)
        bounded.append(Fact("number", fact.segment, start, end, text[start:end], value))
    return bounded


def _bound_around(fact, read: str, words: EnglishWords) -> tuple[int, int, str | None]:
    """The span of a figure with the bound phrase before or after it, and its qualifier
    (None without one). A plus is a bound only glued to the figure (100+, not 100 + 2)."""
    floor = max(0, fact.start - BOUND_REACH)
    ahead = words.before.search(read, floor, fact.start) if words.before else None
    if ahead is not None:
        return ahead.start("bound"), fact.end, words.bounds_before[_folded(ahead.group("bound"))]
    behind = words.after.match(read, _skip(read, fact.end)) if words.after else None
    if behind is None or (behind.group("bound") == "+" and behind.start() != fact.end):
        return fact.start, fact.end, None
    return fact.start, behind.end("bound"), words.bounds_after[_folded(behind.group("bound"))]


def _folded(phrase: str) -> str:
    return " ".join(phrase.casefold().split())


def _skip(text: str, at: int) -> int:
    """Where the white space at `at` ends."""
    while at < len(text) and text[at] in " \t":
        at += 1
    return at


def english_version_bounds(facts: list, read: str, words: EnglishWords) -> list:
    """Version facts with the bound English prose puts on them taken in: "Since GIMP
    2.2" (ge, as GIMP 2.2 以降), "newer than 2.2.0" (gt), "2.4 or later" (ge)."""
    if words.version_before is None and words.version_after is None:
        return facts
    bounded = []
    for fact in facts:
        if fact.kind != "version" or fact.value.bound != "exact":
            bounded.append(fact)
            continue
        floor = max(0, fact.start - PROSE_REACH)
        before, after = words.version_before, words.version_after
        ahead = before.search(read, floor, fact.start) if before else None
        behind = after.match(read, _skip(read, fact.end)) if after else None
        if behind is not None and behind.start() == fact.end:
            behind = None  # 2.4or later: a bound after a version stands apart from it
        found = ahead or behind
        if found is None:
            bounded.append(fact)
            continue
        # the fact keeps its span: a name between (Since GIMP 2.2) stays a name
        phrase = found.group("bound") or found.groupdict().get("glued")  # (pre-: glued)
        bound = words.version_bounds[_folded(phrase)]
        bounded.append(replace(fact, value=replace(fact.value, bound=bound)))
    return bounded


def english_dates(read: str, taken: list, words: EnglishWords) -> list:
    """Dates English writes with a month name (2004 March 9, July 3, 2015, 3 July 2015,
    February 1997, July, August 2004), its decades (the 1990s, the ’90s) and its relative
    years (last year), where the date grammar found none (`taken`: its spans)."""
    if words.date is None or not _LATIN_LETTER.search(read):
        return []
    found: list[DateMatch] = []

    def free(start: int, end: int) -> bool:
        spans = [*taken, *((m.start, m.end) for m in found)]
        return not any(a < end and start < b for a, b in spans)

    for match in words.month_list.finditer(read):
        if free(match.start(), match.end()):
            found += _listed_months(match, words)
    for match in words.date.finditer(read):
        if not free(match.start(), match.end()):
            continue
        groups = {name[0]: value for name, value in match.groupdict().items() if value}
        month = words.months[groups["m"].rstrip(".")]
        day = int(groups["d"]) if "d" in groups else None
        if day is not None and not 1 <= day <= 31:
            continue
        value = DateValue(int(groups["y"]), month, day)
        found.append(DateMatch(match.start(), match.end(), value, "explicit"))
    for match in _DECADE.finditer(read):
        if free(match.start(), match.end()):
            start = int(match.group("decade"))
            start += 0 if start >= 100 else 1900 if start >= 30 else 2000  # the ’90s
            value = DateValue(
                year=start, relation="between", end=DateValue(year=start + 9),
                resolved=f"the {start}s",
            )  # fmt: skip
            found.append(DateMatch(match.start(), match.end(), value, "explicit"))
    if words.relative is not None:
        for match in words.relative.finditer(read):
            if free(match.start(), match.end()):
                offset = words.relative_years[" ".join(match.group().casefold().split())]
                value = DateValue(resolved=match.group())
                found.append(DateMatch(match.start(), match.end(), value, "relative", offset))
    return sorted(found, key=lambda m: m.start)


# A decade in English: the 1990s, the ’90s, the '90s, 1990s (never 90s, 10s or 20s alone:
# seconds, as 10s 音频 is ten seconds of audio)
_DECADE = compiled(
    r"(?<![\w’'])(?:(?<=the )[’'](?=\d0s)|(?<![’'])(?=[12]\d{2}0s))"
    r"(?P<decade>\d0|[12]\d{2}0)s(?!\w)"
)
_MONTH_WORD = compiled(r"[A-Z][a-z]+\.?")


def _listed_months(match: re.Match[str], words: EnglishWords) -> list[DateMatch]:
    """Each month of a list written before one year (July, August 2004), at its span."""
    year = int(match.group()[-4:])
    found = []
    for word in _MONTH_WORD.finditer(match.group()):
        month = words.months.get(word.group().rstrip("."))
        if month is not None:
            start, end = match.start() + word.start(), match.start() + word.end()
            found.append(DateMatch(start, end, DateValue(year, month), "explicit"))
    if found:  # the last month holds the year: it is no figure of its own
        found[-1] = replace(found[-1], end=match.end())
    return found
