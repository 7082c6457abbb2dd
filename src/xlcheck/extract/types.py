"""A name's type from its form and its context: 阿里巴巴 is a company.

The taggers type names by what they have seen (jieba and UniDic call 阿里巴巴 and
アリババ a person); a company shows itself by the words around it: its founding, its
listing, its shares and results, its kind of business (阿里巴巴 + 在杭州成立,
アリババ + の株価), or by being a company the rules name. A name with a person's form
(a Chinese or Japanese family name and a given name, or a title after it) stays a person.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..scripts import NAME_DOTS, fills_a_title
from .spans import clause_span

if TYPE_CHECKING:
    from ..rules.names import NameRules

RETYPED = ("person", "other", "organisation")
MIN_FOREIGN_COMPANY = 3  # characters: 汤姆 in 汤姆成立了公司 is the founder, not the firm
MIN_LANDMARK = 3  # characters of a landmark a tagger took for a person: 郑王庙


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
    if entity_type in ("person", "place") and fills_a_title(text, start, end):
        # 《天鹅湖》, 《吉赛尔》: a work's whole title, no lake, no person (《泰晤士报》, a
        # newspaper, stays the body it is)
        return "other"
    if (
        entity_type == "place"
        and rules.family_name_length(surface) >= len(surface)
        and rules.title_after(text, end, lang)
    ):
        return "person"  # 木村 + 部长, 山田 + 先生: a family name before a title (村, 田 aside)
    if (
        lang == "zh"
        and entity_type == "person"
        and len(surface) >= MIN_LANDMARK
        and surface[-1] in rules.landmark_endings
    ):
        return "place"  # 郑王 + 庙 (nr to jieba): a temple; 罗布 + 泊: a lake; no person
    if entity_type in RETYPED and (
        surface in rules.companies or _without_suffix(surface, rules) in rules.companies
    ):
        return "company"  # 松下 + 集团: a company the rules name, with its kind
    if entity_type not in RETYPED or (formed and entity_type == "organisation"):
        return entity_type
    after_zai = text[start - 1 : start] == "在"
    if (
        lang == "zh"
        and (entity_type == "person" or (entity_type == "other" and not after_zai))
        and _placed(text, start, end, rules)
    ):
        # 在温哥华找到了工作, 飞往西雅图: jieba's person is a place; so is a name of no
        # type the glossary knows (总部位于慕尼黑), though the clause speaks of a company
        # (在 + 谷歌 + 工作: a workplace after 在, which may be a company)
        return "place"
    if (
        lang == "zh"
        and entity_type == "person"
        and rules.award_words_after
        and text.startswith(rules.award_words_after, end)
        and not rules.opens_on_family_name(surface)
    ):
        return "other"  # 奥斯卡 + 最佳原创配乐奖: the award named after a person, no person
    if entity_type == "person" and (
        len(surface) < MIN_FOREIGN_COMPANY
        or rules.opens_on_family_name(surface)  # 李强, 松下幸之助, 山田太郎
        or rules.title_after(text, end, lang)
        # a given name and a family name written apart by a dot (フアン・カルロス・ロドリゲス
        # + 会社を創業した): the founder, not the firm; a firm of dotted parts the rules
        # name is a company above
        or _dotted_full_name(surface, rules)
    ):
        return entity_type
    # a cue beyond the clause speaks of something else
    clause = text[slice(*clause_span(text, start, end))]
    if any(cue in clause for cue in rules.company_cues.get(lang, ())):
        return "company"
    return entity_type


PLACE_WORD_REACH = 6  # characters before a name that a place word may take (出生于, 现在)


def _placed(text: str, start: int, end: int, rules: NameRules) -> bool:
    """Whether a Chinese name stands where only a place may: right after a word that
    makes it one (在, 去, 飞往, 来自: `place_before`), with no word after it that makes
    the person a place (在马克家, 去汤姆那儿, 在汤姆的帮助下) or a title, and, after 在, no
    word closing the clause that makes it a time (在汤姆回来之前, 在玛丽离开后)."""
    if rules.place_before is None or not rules.place_before.search(
        text, max(0, start - PLACE_WORD_REACH), start
    ):
        return False
    if text.startswith(rules.person_place_words, end) or rules.title_after(text, end, "zh"):
        return False
    if text[start - 1 : start] == "在":
        rest = text[end : clause_span(text, start, end)[1]]
        return not any(closer in rest for closer in rules.place_clause_closers)
    return True


def _without_suffix(surface: str, rules) -> str:
    return next((surface[: -len(s)] for s in rules.company_suffixes if surface.endswith(s)), "")


def _dotted_full_name(surface: str, rules: NameRules) -> bool:
    """Whether a name is written as parts joined by a name's dot, each of two characters or
    more (ジョン・スミス, 胡安·卡洛斯·罗德里格斯), the last no word of a company's name
    (ウォルト・ディズニー・カンパニー: `dotted_company_words`)."""
    for dot in NAME_DOTS:
        if dot in surface:
            parts = surface.split(dot)
            return (
                len(parts) >= 2
                and all(len(part) >= 2 for part in parts)
                and parts[-1] not in rules.dotted_company_words
            )
    return False
