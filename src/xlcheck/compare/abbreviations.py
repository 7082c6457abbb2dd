"""A body said by its short name, as news writes it the second time or in a headline.

Japanese shortens a body's name by keeping characters of the full name in order, its
first character always among them: 東京大学 = 東大, 早稲田大学 = 早大, 東京工業大学 = 東工大,
東京証券取引所 = 東証, 日本銀行 = 日銀; Chinese does the same (北京大学 = 北大,
中国科学院 = 中科院). A university is also named without the 学 of 大学 (清華大, 北京大).
The first character decides: 京大 keeps characters of 東京大学 in order, yet it is not
how 東京大学 opens, and it is the short name of another university (京都大学); a short
name of other characters (東北大 for 東京工業大学) is another body.

Short names that keep no first character (阪大 = 大阪大学) are vocabulary, in the glossary.

A short name the tagger does not read as a name (北大 is an abbreviation to jieba, 浙大 a
word) is found in the text instead, when it keeps the first character of the body's kind
as well (大 of 大学, 院 of 科学院, 銀 of 銀行): 北大, 浙大, 台大, 中科院, 日銀; a run that
stops short of the kind (北京 of 北京大学) is the place, not the body.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..scripts import HAN_RUN, han

if TYPE_CHECKING:
    from ..model import Fact

MIN_SHORT = 2  # characters of a short name: 東大
MAX_SHORT = 4  # 東京外大 at most; a longer "short name" is a name of its own
MIN_LEFT_OUT = 2  # characters a short name leaves out (清華大 is said apart, below)
BODIES = ("organisation", "company")
_NOT_BODIES = ("place", "person")  # 東京 is the city of 東京大学, not its short name
UNIVERSITY = "大学"


def shortened(zh: Fact, ja: Fact, kinds: tuple[str, ...] = ()) -> bool:
    """Whether one of two names is the other's short name: a body's full name on one
    side, characters of it in order, opening on its first, on the other. A name that ends
    in a whole word of `kinds` (大学, 銀行: body_suffixes in key form) is a body's full
    name, not a short one: 北京大学 is no short name of 北京師範大学."""
    return _short_name_of(ja, zh, kinds) or _short_name_of(zh, ja, kinds)


def _short_name_of(short: Fact, full: Fact, kinds: tuple[str, ...]) -> bool:
    short_key, full_key = short.value.key, full.value.key
    return (
        not short_key.endswith(kinds)
        and full.value.entity_type in BODIES
        and short.value.entity_type not in _NOT_BODIES
        and MIN_SHORT <= len(short_key) <= MAX_SHORT
        and len(full_key) - len(short_key) >= MIN_LEFT_OUT
        and short_key[0] == full_key[0]
        and han(short_key)
        and han(full_key)
        and _in_order(short_key, full_key)
    )


def _in_order(short: str, full: str) -> bool:
    """Whether every character of `short` stands in `full`, in the same order."""
    rest = iter(full)
    return all(character in rest for character in short)


def short_name_in(full_key: str, keyed_text: str, kinds: tuple[str, ...]) -> bool:
    """Whether `keyed_text` holds a short name of the body `full_key`: Han characters of it
    in order, opening on its first, the last one of its kind (`kinds`: body_suffixes in
    key form, 大学, 銀行), leaving out at least MIN_LEFT_OUT (北大 for 北京大学, 中科院
    for 中国科学院)."""
    kind = next((k for k in kinds if full_key.endswith(k) and len(full_key) > len(k)), "")
    if not kind or not han(full_key):
        return False
    kind_start = len(full_key) - len(kind)
    longest = min(MAX_SHORT, len(full_key) - MIN_LEFT_OUT)
    for found in re.finditer(re.escape(full_key[0]), keyed_text):
        run = HAN_RUN.match(keyed_text, found.start())[0]
        for length in range(MIN_SHORT, min(longest, len(run)) + 1):
            last = _last_position(run[:length], full_key)
            if last is None or last < kind_start:
                continue
            # 香港大 + 学: the whole kind word in the text is another body's full name
            opens_kind = length - 1 - (last - kind_start)
            if run[opens_kind : opens_kind + len(kind)] != kind:
                return True
    return False


def _last_position(short: str, full: str) -> int | None:
    """Where the last character of `short` stands in `full` when all of them stand there
    in order (the earliest places), else None."""
    at = -1
    for character in short:
        at = full.find(character, at + 1)
        if at < 0:
            return None
    return at


def university_said_short(key: str, keyed_text: str) -> bool:
    """Whether a university (a key ending in 大学 after a name of two characters or more)
    stands in the text without its 学: 清華大で, 北京大の; not as the start of another word
    (北京大使館, 東京大会: a Han character follows)."""
    stem = key.removesuffix(UNIVERSITY)
    if stem == key or len(stem) < MIN_SHORT:
        return False
    at = len(stem) + 1
    return any(
        not HAN_RUN.match(keyed_text, found.start() + at)
        for found in re.finditer(re.escape(stem + UNIVERSITY[0]), keyed_text)
    )
