"""Vietnamese names: Han characters on one side, their Vietnamese sound in katakana on the
other.

Chinese writes a Vietnamese name in Han characters (阮文雄, 阮光海, 范明政) and Japanese
by its Vietnamese sound (グエン・ヴァン・フン, グエン・クアン・ハイ, ファム・ミン・チン). The
Mandarin sound model cannot hear that (阮 is ruan, グエン nguyen), so a faithful rendering
was reported as another name. Each character is read by the katakana renderings of its
Sino-Vietnamese reading (rules/common/vietnamese.toml), part by part: a name is matched
when it has as many characters as the katakana name has parts and each part is one of
its character's renderings. Nothing is said of a name whose characters are not all
listed; another name is left to the rest of the comparison.
"""

from __future__ import annotations

import re
from functools import cache

from ..rules.data import RuleTable
from ..scripts import HAN_RUN, KATAKANA_RUN, V_SOUNDS, han

# the name's parts: katakana between dots (グエン・ヴァン・フン), of two letters or one
_DOTS = re.compile(r"[・･·=＝]")
# katakana that renders one Vietnamese sound two ways (ヴァン and バン, ティ and ティー)
_FOLDS = (*V_SOUNDS, ("ゥ", "ウ"), ("ォ", "オ"), ("ェ", "エ"), ("ー", ""), ("ッ", ""))
MIN_PARTS = 2  # a name of one part is a word as often (ハイ, ソン, ミン)
MAX_PARTS = 4


def _folded(kana: str) -> str:
    for before, after in _FOLDS:
        kana = kana.replace(before, after)
    return kana


@cache  # one table per rules folder: folded once, not for every name compared
def _folded_table(readings: RuleTable) -> dict[str, frozenset[str]]:
    return {character: frozenset(map(_folded, kana)) for character, kana in readings}


def reads_as_vietnamese(han_name: str, katakana_name: str, readings: RuleTable) -> bool:
    """Whether a dotted katakana name is the Vietnamese sound of a Han name, part by part."""
    parts = [part for part in _DOTS.split(katakana_name) if part]
    if not MIN_PARTS <= len(parts) <= MAX_PARTS or len(parts) != len(han_name):
        return False
    table = _folded_table(readings)
    return all(
        _folded(part) in table.get(character, ())
        for character, part in zip(han_name, parts, strict=True)
    )


def heard_as_vietnamese(han_name: str, japanese_text: str, readings: RuleTable) -> bool:
    """Whether a dotted katakana run of a Japanese text is the Vietnamese sound of a Han
    name (グエン・ヴァン・ソン of 阮文山)."""
    if not readings or not han(han_name) or not MIN_PARTS <= len(han_name) <= MAX_PARTS:
        return False
    return any(
        reads_as_vietnamese(han_name, run.group(0), readings)
        for run in KATAKANA_RUN.finditer(japanese_text)
    )


def vietnamese_span(
    katakana_name: str, chinese_text: str, readings: RuleTable
) -> tuple | None:
    """Where in a Chinese text the Han name stands whose Vietnamese sound a dotted katakana
    name is ((start, end) of 阮文山 for グエン・ヴァン・ソン), None where none does: the
    other direction of `heard_as_vietnamese`."""
    parts = [part for part in _DOTS.split(katakana_name) if part]
    if not readings or not MIN_PARTS <= len(parts) <= MAX_PARTS:
        return None
    size = len(parts)
    for run in HAN_RUN.finditer(chinese_text):
        text = run.group(0)
        for start in range(len(text) - size + 1):
            if reads_as_vietnamese(text[start : start + size], katakana_name, readings):
                return run.start() + start, run.start() + start + size
    return None
