"""A name's type from its form and its context: 阿里巴巴 is a company.

The taggers type names by what they have seen (jieba and UniDic call 阿里巴巴 and
アリババ a person); a company shows itself by the words around it: its founding, its
listing, its shares and results, its kind of business (阿里巴巴 + 在杭州成立,
アリババ + の株価), or by being a company the rules name. A name with a person's form
(a Chinese or Japanese family name and a given name, or a title after it) stays a person.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .spans import clause_span

if TYPE_CHECKING:
    from ..rules.names import NameRules

RETYPED = ("person", "other", "organisation")
MIN_FOREIGN_COMPANY = 3  # characters: 汤姆 in 汤姆成立了公司 is the founder, not the firm


def entity_type_in_context(
    entity_type: str,
    surface: str,
    text: str,
    span: tuple[int, int],
    lang: str,
    formed: bool,
    rules: NameRules,
) -> str:
    """The type of the name at text[start:end], given the tagger's type; `formed` when
    the type came from the name's own suffix (上海区块链技术研究中心 is an organisation
    whatever the sentence says of it)."""
    start, end = span
    if (
        entity_type == "place"
        and rules.family_name_length(surface) >= len(surface)
        and rules.title_after(text, end, lang)
    ):
        return "person"  # 木村 + 部长, 山田 + 先生: a family name before a title (村, 田 aside)
    if entity_type not in RETYPED or (formed and entity_type == "organisation"):
        return entity_type
    if surface in rules.companies or _without_suffix(surface, rules) in rules.companies:
        return "company"
    if entity_type == "person" and (
        len(surface) < MIN_FOREIGN_COMPANY
        or rules.opens_on_family_name(surface)  # 李强, 松下幸之助, 山田太郎
        or rules.title_after(text, end, lang)
    ):
        return entity_type
    # a cue beyond the clause speaks of something else
    clause = text[slice(*clause_span(text, start, end))]
    if any(cue in clause for cue in rules.company_cues.get(lang, ())):
        return "company"
    return entity_type


def _without_suffix(surface: str, rules) -> str:
    return next((surface[: -len(s)] for s in rules.company_suffixes if surface.endswith(s)), "")
