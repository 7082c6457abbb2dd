"""Names set aside before and after the names left open are paired: what is no name
here (a vague reference, a noun of a class, a word rendered as the words it is made of),
one entity said in two forms (a body's country said on one side only, a piece of a
shared glossary term, a name and its alias in brackets), and Japanese names the tagger
cut short of a glossary rendering.

Each unit holds `source` and `target` facts and its aligned `pair`; `texts` are the
pair's segment texts by side and id; `matched` the id() of facts accounted for.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from ..extract import entity_key
from ..extract.ja.references import vague_phrases
from ..extract.spans import blank
from ..extract.zh import prepared_tokens
from ..extract.zh.names import japanese_name_type
from ..scripts import CLAUSE_ENDERS, TITLE_BRACKETS, fills_a_title, han
from .doc_names import after_a_name_label
from .entities import (
    body_suffixes,
    company_name,
    inside_a_shared_term,
    named_by_its_suffix,
    text_forms,
    with_place_suffix,
    without_feature_suffix,
)
from .markers import is_class_noun, is_vague, rendered_as_common_word
from .names import (
    MIN_BODY,
    bracketed_alias,
    compatible,
    country_of_a_body,
    said_as_count,
    state_bodies,
    widened,
)
from .terms import term_tables
from .values import open_facts

if TYPE_CHECKING:
    from ..model import Fact
    from ..run import Run


def _sides(langs):
    return (("source", "target", *langs), ("target", "source", *langs[::-1]))


def widen_cut_names(units, langs, texts, run: Run) -> None:
    """Names the tagger cut short of a glossary term, made whole: Japanese ones (国連 +
    総会 = 国連総会, which renders 联合国大会 and is no 联合国) and Chinese persons (张忠 +
    谋 = 张忠谋)."""
    for side, _, lang, _ in _sides(langs):
        for unit in units:
            facts = getattr(unit, side)
            facts[:] = [
                widened(f, texts[side][f.segment], run, lang) if f.kind == "entity" else f
                for f in facts
            ]


def set_aside_no_names(units, langs, matched: set[int], texts, run: Run) -> None:
    """A "name" left open that is a vague reference (A氏, Y町) is no name: it neither
    stands for another name nor is added; the anonymisation step reads it as the stand-in
    it is. (One that matched, A市 = Ａ市, renders the source's own placeholder.) Nor is a
    weak one that is a noun of a class (大城市, 高中生: jieba's dictionary tags them as
    names), nor a Chinese one the other side renders as the words it is (湖泊 as 湖, 三星
    as 三つ星), nor a weak Chinese one that is an everyday word (山区, 高峰). A name and
    its gloss in brackets, of which the other side says one (陳奕迅（イーソン・チャン）),
    are one entity: the gloss stands for no other name (see `bracketed_alias`)."""
    for unit in units:
        for side, other, lang, other_lang in _sides(langs):
            other_text = "".join(texts[other][i] for i in getattr(unit.pair, other))
            other_keyed = None  # asked only of a name next to brackets
            # the other side's open names: an everyday word stays a name where one of its
            # kind is left there for it to stand for (高峰 against 田中)
            others = open_facts(getattr(unit, other), "entity", matched)
            unnamed = partial(_without_names, unit, other, other_lang, texts, run)
            for fact in open_facts(getattr(unit, side), "entity", matched):
                if (
                    is_vague(fact, lang, run)
                    or (fact.value.weak and is_class_noun(fact, lang, run))
                    or (
                        lang == "zh"
                        and _said_as_words(fact, other_lang, other_text, run, unnamed)
                    )
                    or (
                        fact.value.everyday
                        and not any(
                            compatible(fact.value.entity_type, o.value.entity_type) for o in others
                        )
                        # 作者：高峰: the page says a person's name follows
                        and not after_a_name_label(
                            texts[side][fact.segment],
                            fact.start,
                            run.rules.common_words.name_labels,
                        )
                    )
                ):
                    matched.add(id(fact))
                elif _has_brackets(texts[side][fact.segment]):
                    if other_keyed is None:
                        other_keyed = entity_key(other_text, other_lang)
                    if bracketed_alias(fact, lang, texts[side][fact.segment], other_keyed):
                        matched.add(id(fact))


def set_aside_countries_of_bodies(units, langs, matched: set[int], texts, run: Run) -> None:
    """Before the pairing: a place that is the country of a body the other side says
    without it (日本 + 厚生劳动省 = 厚生労働省, 日本经济产业省 read as one name or as 日本
    and the ministry) is that body's country, said on one side only. Left open, it would
    pair with another name left over on the other side (an unread company: 卫材 against
    エーザイ) and be called a different name. Another country before the body on the
    other side (韓国の保健福祉部) keeps it open (see `country_of_a_body`); a place before a
    title (西安市 + 市长) is left to the pairing, which tells a changed city."""
    for unit in units:
        for side, other, lang, other_lang in _sides(langs):
            facts = [
                f
                for f in open_facts(getattr(unit, side), "entity", matched)
                if f.value.entity_type == "place"
            ]
            if not facts:
                continue
            other_keyed = entity_key(
                "".join(texts[other][i] for i in getattr(unit.pair, other)), other_lang
            )
            for fact in facts:
                forms = text_forms(fact.value, lang, run)
                text = texts[side][fact.segment]
                if country_of_a_body(fact, text, lang, other_keyed, run, forms, titles=False):
                    matched.add(id(fact))


def _has_brackets(text: str) -> bool:
    """Whether a segment opens brackets at all (most hold none): only then may a name of
    it be glossed, which `bracketed_alias` reads by its own constructions (brackets right
    after the name or a kind word, the name inside them), the other side's key form being
    worked out for it once per unit."""
    return "（" in text or "(" in text


def _without_names(unit, side: str, lang: str, texts, run: Run) -> str:
    """A unit's texts on one side, joined, each name read there blanked, and in Japanese
    each vague reference an opening makes (ある大学: it stands in for a name, it renders
    no word of one)."""
    grammar = run.rules.phrases.get(lang) if lang == "ja" else None
    joined = []
    for i in getattr(unit.pair, side):
        text = texts[side][i]
        spans = [
            (f.start, f.end) for f in getattr(unit, side) if f.kind == "entity" and f.segment == i
        ]
        if grammar is not None:
            spans += [(p.start, p.end) for p in vague_phrases(text, grammar) if not p.bare]
        joined.append(blank(text, spans))
    return "".join(joined)


def _said_as_words(
    fact: Fact, other_lang: str, other_text: str, run: Run, unnamed: Callable[[], str]
) -> bool:
    """Whether a weak Chinese name is said on the other side as the words it is (湖泊 as
    湖, 国家博物馆 as 国立博物館), or as a count. A body's words are looked for outside the
    other side's names (`unnamed`: its text with them blanked): the 大学 of 西安交通大学 is
    that university's, no rendering of 西北工业大学; and so are a natural feature's after a
    stem of two characters (the 湖 of ある湖 stands in for 青海湖, it renders no 湖泊)."""
    if not fact.value.weak or with_place_suffix(fact.value.key, run):  # 麻州 is no 州
        return said_as_count(fact, other_text, other_lang, run)
    said = unnamed() if named_by_its_suffix(fact.value, run) else other_text
    # (a feature's suffix renders no word of its name: the 山 of 哀牢山 or of ある山 is
    # another mountain's, or stands in for 高黎贡山, which UniDic cuts into nouns)
    stem = without_feature_suffix(fact.value, run)
    suffix = "" if stem is None else fact.value.key[len(stem) :]
    return rendered_as_common_word(fact, other_lang, said, suffix) or said_as_count(
        fact, other_text, other_lang, run
    )


def set_aside_one_entity(units, langs, matched: set[int], texts, run: Run) -> None:
    """After the pairing: names one side says in a form the other side says too, so no
    name missing or added: a body's country said on one side only (日本 + 气象厅 =
    気象庁), a piece of a glossary term both sides say (アジア of アジア競技大会), a name
    and its alias in brackets (ZEEKR（極氪汽車）)."""
    for unit in units:
        for side, other, lang, other_lang in _sides(langs):
            facts = open_facts(getattr(unit, side), "entity", matched)
            if not facts:
                continue
            other_keyed = entity_key(
                "".join(texts[other][i] for i in getattr(unit.pair, other)), other_lang
            )
            keyed: dict[str, str] = {}  # each segment of this side in key form, once
            # asked of the translation's names only (see _fills_a_title), once per unit
            one_work = side == "target" and _one_work_each(unit, side, other, texts)
            # where this side's names that found a counterpart start, by segment
            kept = {
                (f.segment, f.start)
                for f in getattr(unit, side)
                if f.kind == "entity" and id(f) in matched
            }
            other_names = frozenset(f.value.key for f in getattr(unit, other) if f.kind == "entity")
            for fact in facts:
                text = texts[side][fact.segment]
                if fact.segment not in keyed:
                    keyed[fact.segment] = entity_key(text, lang)
                # the place's forms, for a place only (the one a body's country can be)
                place = fact.value.entity_type == "place"
                forms = text_forms(fact.value, lang, run) if place else ()
                if (
                    (one_work and _fills_a_title(fact, text))
                    or country_of_a_body(fact, text, lang, other_keyed, run, forms)
                    or _country_added(fact, lang, other_keyed, run)
                    or (side == "target" and _own_country_named(fact, lang, other_keyed, run))
                    or _readers_country(fact, text, lang, run)
                    or readers_country_qualifying(
                        fact, text, lang, (other_keyed, other_names), run, kept
                    )
                    or inside_a_shared_term(fact, lang, keyed[fact.segment], other_keyed, run)
                    or bracketed_alias(fact, lang, text, other_keyed)
                ):
                    matched.add(id(fact))


def _fills_a_title(fact: Fact, text: str) -> bool:
    """Whether a name is the whole of a work's title in its brackets (『インファナル・
    アフェア』, 『フォレスト・ガンプ』), in a unit where each side names one work and the
    other side's title holds no name of its own (《无间道》, 《阿甘正传》: `_one_work_each`):
    a title is rendered by the title the work has in the other language, often another
    one; no name added. Asked of the translation's names only: a source's name in its
    title (《哈利·波特》 against 『ロード・オブ・ザ・リング』, read as no name) is still
    missing. A title holding a name, a second work, or no brackets on the other side
    (フォレスト・ガンプを見た) leave the name one."""
    return fills_a_title(text, fact.start, fact.end)


def _one_work_each(unit, side: str, other: str, texts) -> bool:
    """Whether each side of the unit names one work in title brackets, and the `other`
    side's title holds no name of its own."""
    own = sum(len(_TITLE.findall(texts[side][i])) for i in getattr(unit.pair, side))
    if own != 1:
        return False
    titles = [
        (i, m.start(), m.end())
        for i in getattr(unit.pair, other)
        for m in _TITLE.finditer(texts[other][i])
    ]
    if len(titles) != 1:
        return False
    segment, start, end = titles[0]
    return not any(
        name.kind == "entity"
        and name.segment == segment
        and start <= name.start
        and name.end <= end
        for name in getattr(unit, other)
    )


# a work's title with its brackets, of any of the pairs
_TITLE = re.compile(
    "|".join(f"{re.escape(o)}[^{re.escape(c)}]*{re.escape(c)}" for o, c in TITLE_BRACKETS.items())
)


def _country_added(fact: Fact, lang: str, other_keyed: str, run: Run) -> bool:
    """Whether a Japanese name is the source's country and a body of its state (中国商務省,
    中国外務省: source_countries in rules/ja/names.toml) or any body of the source's country
    (中国工商銀行, by org_suffixes) whose Chinese side says the body alone (商务部, 外交部,
    工商银行: a domestic body needs no country in Chinese): the translation made the
    country explicit, no name added. Not another country (日本外務省 for 外交部), nor where
    the Chinese names a place before the body (法国外交部 for 中国外務省). `other_keyed`:
    the Chinese unit in key form."""
    key = fact.value.key
    if lang != "ja" or fact.kind != "entity":
        return False
    if not key.endswith((*state_bodies(run), *run.rules.lexicons["ja"].entities.org_suffixes)):
        return False
    for country in run.rules.lexicons["ja"].names.get("source_countries", ()):
        cut = len(country)
        if not key.startswith(country) or len(key) - cut < MIN_BODY:
            continue
        body = replace(fact.value, key=key[cut:], head=key[cut:])
        places = term_tables(run.rules.glossary, fold=True)[0]
        return any(_said_alone(form, other_keyed, places) for form in text_forms(body, lang, run))
    return False


def _own_country_named(fact: Fact, lang: str, other_keyed: str, run: Run) -> bool:
    """Whether a name is the other side's writer's own country (China or Taiwan for Chinese
    text, source_countries of rules/ja/names.toml; Japan for Japanese text, its
    reader_countries) that the other side says as its own (我国, 国内, 全国, わが国:
    own_country_words of its rules/LANG/names.toml): a translation naming it adds no name
    (我国老年人口 = 中国の高齢者人口, 全国47都道府県 = 日本全國47個都道府縣). Any other country
    stays a name added; asked of the translation's names only (日本國內航班 rendered 国内線
    keeps 日本 missing: the country the source names, left to the readers)."""
    if fact.kind != "entity" or fact.value.entity_type != "place":
        return False
    other_lang = "ja" if lang == "zh" else "zh"
    names = run.rules.lexicons["ja"].names
    homes = names.get("source_countries", ()) if lang == "ja" else names.get("reader_countries", ())
    if fact.value.key not in {entity_key(home, lang) for home in homes}:
        return False
    words = run.rules.lexicons[other_lang].names.get("own_country_words", ())
    return any(entity_key(word, other_lang) in other_keyed for word in words)


# How far after a country its person's title may stand, inside one clause (日本 + 乒乓球 +
# 选手: a sport between them)
READERS_COUNTRY_REACH = 8
_CLAUSE_END = re.compile(f"[{CLAUSE_ENDERS}：:.「」“”《》（）()]")


def _readers_country(fact: Fact, text: str, lang: str, run: Run) -> bool:
    """Whether a source's country is the translation's readers' own (reader_countries of
    the other language's rules/LANG/names.toml: 日本 for a Japanese translation), said
    before a person's title in one clause (日本外务大臣岩屋毅 = 岩屋毅外相, 日本乒乓球选手早田
    = 卓球の早田選手): a newspaper leaves its own country implicit there, no name
    missing. Any other country stays a name (德国总理 = ドイツの首相)."""
    if fact.kind != "entity" or fact.value.entity_type != "place":
        return False
    other_lang = "ja" if lang == "zh" else "zh"
    countries = run.rules.lexicons[other_lang].names.get("reader_countries", ())
    if fact.value.key not in {entity_key(country, lang) for country in countries}:
        return False
    after = _CLAUSE_END.split(text[fact.end : fact.end + READERS_COUNTRY_REACH + 4], 1)[0]
    titles = run.language("zh").name_rules.titles[lang]
    return any(
        0 <= after.find(title) <= READERS_COUNTRY_REACH for title in titles if len(title) >= 2
    )


# jieba's tags of a word a country qualifies when said right before it, no 的 between:
# a noun (n, nt, nz...), a place word (s: 国内), an abbreviation (j), a Latin word (eng);
# not a verb, a conjunction, a preposition, a time or a direction
_QUALIFIED_TAGS = ("n", "s", "j", "eng")
# jieba's tags of names (a person's, a place's, a body's, another's)
_NAME_TAGS = frozenset({"nr", "nrt", "nrfg", "ns", "nt", "nz"})
# How many such words may stand between the country and the name it qualifies (日本 +
# 职业 + 棒球 + 阪神虎队)
QUALIFIED_WORDS = 3


def readers_country_qualifying(
    fact: Fact, text: str, lang: str, other: tuple[str, frozenset[str]], run: Run, kept=frozenset()
) -> bool:
    """Whether a source's name is the translation's readers' own country (reader_countries
    of the other language's rules/LANG/names.toml: 日本 for a Japanese translation) said
    attributively before a name the other side says: right before it or before the nouns
    that lead to it (日本 + 四国, 日本 + 职棒 + 阪神虎队, 日本 + 球员 + 久保建英), or opening
    a body's name whose rest the other side says (日本理化学研究所 = 理化学研究所,
    日本NTT公司 = NTT). A newspaper leaves its own country implicit there, as before a
    title (`_readers_country`); the name is what the other side speaks to. The country
    before nouns alone (日本汽车出口 = 自動車の輸出: a fact about Japan lost), said as a
    place of its own (去日本留学, 日本和韩国), and any other country (韩国 + 球员) are
    still missing. Chinese source only (the only language whose words are tagged here).
    `other`: the other side in key form and the keys of its names (a word of the other
    side is said there when it is one of its names, or of MIN_BODY characters or more
    anywhere: 电气 of 日本电气公司 is no name in 電気製品); `kept`: (segment, start) of
    the names of this side that found a counterpart."""
    other_keyed, other_names = other

    def said(form: str) -> bool:
        return form in other_names or (len(form) >= MIN_BODY and form in other_keyed)

    if lang != "zh" or fact.kind != "entity":
        return False
    countries = run.rules.lexicons["ja"].names.get("reader_countries", ())
    key = fact.value.key
    for country in (entity_key(name, lang) for name in countries):
        if key == country and fact.value.entity_type == "place":
            starts = {start for segment, start in kept if segment == fact.segment}
            return _before_a_kept_name(text, fact.end, starts, said, run)
        rest = key[len(country) :]
        if key.startswith(country) and len(rest) >= MIN_BODY:
            suffix = next((s for s in body_suffixes(run) if rest.endswith(s)), "")
            bare = company_name(rest, run) or rest[: len(rest) - len(suffix)]
            return any(len(form) >= 2 and said(form) for form in (rest, bare))
    return False


def _before_a_kept_name(text: str, end: int, starts: set[int], said, run: Run) -> bool:
    """Whether a name begins at `end` of the Chinese `text`, or after at most
    QUALIFIED_WORDS nouns that begin there (see _QUALIFIED_TAGS), that found a
    counterpart (starts at one of `starts`) or that jieba tags as a name and the other
    side says (`said`, asked of its key: 四国 of 日本四国 = 四国)."""
    position, words = end, 0
    for token in prepared_tokens(run.language("zh"), text):
        if token.end <= position:
            continue
        if token.start != position:
            return False
        tag = token.tag or ""
        if position in starts or (
            tag in _NAME_TAGS
            and len(token.text) >= 2
            and said(entity_key(text[token.start : token.end], "zh"))
        ):
            return True
        latin = token.text[:1].isascii() and token.text[:1].isalpha()
        words += 1
        if words > QUALIFIED_WORDS or not (latin or tag.startswith(_QUALIFIED_TAGS)):
            return False
        position = token.end
    return False


def _said_alone(word: str, text: str, places) -> bool:
    """Whether `word` stands in `text` with no place name right before it, one UniDic
    knows or a term of the glossary (`places`): 据商务部 is alone; 法国外交部, 美國國務院
    are not."""
    start = text.find(word)
    while start >= 0:
        before = text[max(0, start - 4) : start]
        if not any(
            han(before[-size:])
            and (before[-size:] in places or japanese_name_type(before[-size:]) == "place")
            for size in range(2, len(before) + 1)
        ):
            return True
        start = text.find(word, start + 1)
    return False
