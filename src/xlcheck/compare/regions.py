"""A place named by the wide region it lies in (欧州 for 德国, 中東 for 巴格达, 華南 for 广州).

Both languages name regions wider than any country or city: a continent or a part of
one (欧州, ヨーロッパ, 东南亚), a world region (中東, 拉美), a country's region by the
compass (華南, 関西). A translation that describes the place by its region alone, a
region and a noun of a type (中東 + の + 大都市, 南米 + の + 首脳, 欧州 + の + ある +
図書館, 華南 + 地方), has made the name vague: the region stands in for it, as ある国
would, and it is no other name put in its place. A region said as a place of its own
(アジアから召還された for 从华沙召回) may be a different place: a mismatch, as a region
said for a region (欧洲 -> アジア). The regions are data ([LANG.vague] regions in
rules/anonymization.toml), each with the places it holds ([ja.vague.region_holds]): a
region that does not hold the source's place (智利 -> 欧州の国) is a different place,
and so is one whose holding is not listed; the nouns are the vague-reference grammar's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..extract.ja.references import noun_types_at
from ..extract.zh.forms import to_simplified
from ..model import EntityValue, Fact

if TYPE_CHECKING:
    from ..run import Run


def region_span(fact: Fact, text: str, lang: str, run: Run) -> tuple[int, int] | None:
    """The span of the listed region a name is, whole or cut by its tagger (アジア of
    東南アジア), in its segment's text; None when it is no region (関西電力 goes on past
    関西, アジアカップ past アジア: a name of its own)."""
    grammar = run.rules.phrases.get(lang)
    if grammar is None or not grammar.regions:
        return None
    read = to_simplified(text) if lang == "zh" else text
    if len(read) != len(text):
        return None
    for region in grammar.regions:  # longest first
        first = max(0, fact.end - len(region))
        for start in range(first, fact.start + 1):
            if read.startswith(region, start):
                return start, start + len(region)
    return None


def region_reference(fact: Fact, span: tuple[int, int], text: str) -> Fact:
    """The region said in a name's place, as the vague reference that stands in for it."""
    start, end = span
    return Fact(
        "entity", fact.segment, start, end, text[start:end], EntityValue("vague", text[start:end])
    )


def region_describes(span: tuple[int, int], text: str, run: Run) -> bool:
    """Whether a Japanese region is said with a noun of a type after it, directly or after
    の (華南 + 地方, 中東 + の + 大都市): a description located by the region."""
    grammar = run.rules.phrases.get("ja")
    if grammar is None:
        return False
    end = span[1]
    if text.startswith("の", end):
        return bool(noun_types_at(text, end + 1, grammar))
    return "place" in noun_types_at(text, end, grammar)  # 華南 + 地方, 中東 + 地域


def region_holds(region: str, source: Fact, run: Run) -> bool:
    """Whether a Japanese region holds a source place by the listed places (欧州 holds
    德国, 德国慕尼黑; 華南 holds 广东省): what it does not list it may not hold. The place
    the name opens with is the longest one any region lists (印度尼西亚, not 印度: 南アジア
    does not hold Indonesia, reread26 item 15)."""
    grammar = run.rules.phrases.get("ja")
    if grammar is None:
        return False
    name = to_simplified(source.text)
    opening = next((place for place in grammar.held_places if name.startswith(place)), "")
    return bool(opening) and opening in grammar.region_holds.get(region, ())
