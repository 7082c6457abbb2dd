"""A version written with its zeros on one side and as a bare figure on the other (Hexo
3.0 against Hexo 3のリリース, Python 3 against Python 3.0): one version, said twice.

The side that writes 3 alone reads a number, the other a version; left apart, the one is
"missing" and the other "added". A bare whole figure (no unit, no counter, no bound, no
rank) that is a version's first part, every other part zero, right after the same word
on both sides (the product it numbers), is that version. Paired before the numbers are,
equal only: 3.1 against 3 stays two facts, as the two say different things.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Fact, Quantity, VersionValue
from .relations import open_facts

# the word a version number follows (Hexo, Python, iOS, Vue.js), as the text writes it
_NAME_BEFORE = re.compile(r"([A-Za-z][A-Za-z0-9.+#-]*)\s*$")


def _bare_whole(fact: Fact) -> int | None:
    value = fact.value
    if not isinstance(value, Quantity) or value.ordinal or value.unit or value.counter:
        return None
    if value.qualifier != "exact" or value.low != value.high or value.low.denominator != 1:
        return None
    return int(value.low)


def _zeros_after_major(value: VersionValue) -> int | None:
    if value.build or value.bound != "exact" or not value.parts:
        return None
    return value.parts[0] if not any(value.parts[1:]) else None


def _name_before(fact: Fact, text: str) -> str | None:
    found = _NAME_BEFORE.search(text[: fact.start])
    return found.group(1).casefold() if found else None


def versions_as_numbers(
    units, matched: set[int], text_of: Callable[[str], Callable], window: Callable
) -> None:
    """Mark in `matched` a version and a bare figure of the other side that are one version
    (see the module); `text_of(side)` looks a segment's text up by id on that side; the
    figure may stand in a unit of `window(unit)` (a sentence the aligner left alone)."""
    for unit in units:
        if not any(f.kind == "version" for f in (*unit.source, *unit.target)):
            continue
        around = [unit, *(u for u in window(unit) if u is not unit)]  # its own first
        for versions, numbers, sides in (
            (unit.source, [f for u in around for f in u.target], ("source", "target")),
            (unit.target, [f for u in around for f in u.source], ("target", "source")),
        ):
            open_numbers = open_facts(numbers, "number", matched)
            if not open_numbers:
                continue
            version_text, number_text = text_of(sides[0]), text_of(sides[1])
            for version in open_facts(versions, "version", matched):
                major = _zeros_after_major(version.value)
                name = major is not None and _name_before(version, version_text(version.segment))
                if not name:
                    continue
                for number in open_numbers:
                    if id(number) in matched or _bare_whole(number) != major:
                        continue
                    if _name_before(number, number_text(number.segment)) == name:
                        matched.update((id(version), id(number)))
                        break
