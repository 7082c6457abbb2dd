"""Vague references that stand in for a named entity (ある地区, 某区, 有关部门).

The patterns are data, in rules/anonymization.toml, grouped by the entity type they can
replace; "any" fits every type.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from ..extract import entity_key
from ..extract.ja.references import (
    common_han_nouns,
    described_words,
    japanese_words,
    located_at,
    vague_phrases,
)
from ..extract.ja.tokenizer import SUFFIXED_PLACE
from ..extract.spans import blank
from ..extract.zh import prepared_tokens
from ..extract.zh.construed import NAME_OF, NOUN_REACH
from ..extract.zh.forms import prepare, to_simplified
from ..extract.zh.names import (
    SUFFIXED_PLACE_TAG,
    japanese_name_type,
    only_common_in_japanese,
)
from ..extract.zh.tokenizer import EVERYDAY, RARE, segmenter
from ..model import EntityValue, Fact, Segment
from ..scripts import han, inside_a_title
from .entities import named_by_its_suffix, without_feature_suffix
from .stand_ins import place_suffix

if TYPE_CHECKING:
    from ..extract.language import Language
    from ..rules.vague import PhraseGrammar
    from ..run import Run


def _clause_noun_said(types, source_said: str, run: Run) -> bool:
    """Whether a noun after a relative clause (背が高い + 男性, 新しく来た + 先生) may
    render the source's own words rather than stand in for the name: the source unit says
    a class noun of the phrase's type (男人, 老师, 城市, 公司: `[zh.vague.nouns]`).
    `source_said`: the unit in key form."""
    grammar = run.rules.phrases.get("zh")
    if grammar is None:
        return False
    return any(
        entity_key(noun, "zh") in source_said
        for entity_type in types
        for noun in grammar.nouns.get(entity_type, ())
    )


def _names_inside(segment_id: str, phrase, named: frozenset[tuple[str, int, int]]) -> bool:
    """Whether a name read in the translation lies in the noun a place locates (バクニン
    省 of ベトナムのバクニン省, マハマ of ガーナのマハマ大統領): a name, no description."""
    after = phrase.start + 1  # past the place's first character, at least
    return any(
        segment == segment_id and start >= after and start < phrase.end and end > start
        for segment, start, end in named
    )


def located_noun_said(phrase: str, source_said: str, grammar: PhraseGrammar) -> bool:
    """Whether the noun a place locates (郊外 of ワルシャワの郊外, 大学 of 東京の大学) is a
    word of two characters or more the source unit says (`source_said`, in key form):
    the phrase renders the source's own noun (克拉科夫郊外, 东京的一所大学), and the
    place before it is said for a place of the source, or swapped."""
    where, _, noun = phrase.rpartition("の")
    if any(word in source_said for word in described_words(noun)):
        return True
    # ... or the farthest part it names, a word of three characters the source says too
    # (中国最北端の村 renders 中国最北端的村庄)
    return any(part in where and part in source_said for part in grammar.farthest_parts)


def find_markers(
    source: Fact,
    scopes: Sequence[Sequence[str]],
    segments: dict[str, Segment],
    lang: str,
    used: set[tuple[str, int]],
    run: Run,
    source_said: str = "",
    source_nouns: str = "",
    pointed: frozenset[str] = frozenset(),
    named: frozenset[tuple[str, int, int]] = frozenset(),
    located: bool = False,
) -> Fact | None:
    """The first unused vague reference compatible with `source`, nearest scope first,
    by the markers of `run`'s rules (in Chinese, ended where `run`'s tokenizer ends a
    word); not one `source_said` (the source unit, in entity key form) holds itself, nor
    a Japanese one built of a noun of `source_nouns` (`common_nouns` of the unit), nor a
    Japanese one pointing back of a type in `pointed` (`pointed_back` of the unit), nor a
    bare description that is a name read there (`named`: (segment, start, end) of the
    other side's names; 孫興民 ends like 市民 but is a person's name)."""
    if getattr(source.value, "prose", False):
        return None  # In, How at a sentence start: English prose stands for nobody
    by_type = run.rules.markers.get(lang, {})
    # a pattern of the entity's own type is a better reading than the catch-all "any"
    # (某互联网巨头 is the organisation marker; 某 + six characters would run on)
    types = _types(source, run)
    if not types:
        return None
    patterns = [(0, p) for marker_type in types for p in by_type.get(marker_type, ())]
    patterns += [(1, p) for p in by_type.get("any", ())]
    phrases = run.rules.phrases.get(lang) if lang == "ja" else None
    # (a body's name is no word its suffix renders: 西北工业大学 against ある大学; nor a
    # feature's after a stem of two characters, 青海 + 湖 against ある湖, as 湖泊 is)
    word = "" if named_by_its_suffix(source.value, run) else _common_word(source, lang)
    # 同県 for 该县, 同社 for 该公司: a phrase pointing back renders the source's own
    if lang != "ja":
        pointed = frozenset()
    # a bare description (政府高官) stands in only beside the name's own unit and for a
    # name of a known kind: 開発者 far from "Web" describes someone else; nor for a weak
    # person that opens on no family name (a tagger's guess: 开考 nrt, "the exam starts"),
    # which any noun of people in the sentence would stand in for (受験者); a weak native
    # name's (张伟) and a weak body's (英紙 for 泰晤士报) may
    bare = source.value.entity_type != "other"
    weak_person = _a_tagger_guess(source, run)
    # 雲林県 for 彰化縣, 中和区 for 永和区: a bare compound ending in the source place's own
    # suffix after two kanji or more is another place of its level, no description
    level = place_suffix(source.value.key, run) if source.value.entity_type == "place" else ""
    for scope in scopes:
        for segment_id in scope:
            text = segments[segment_id].text
            # Chinese patterns are written in simplified characters (這位 reads as 这位)
            read = prepare(text) if lang == "zh" else text
            hits = [
                (m.start(), rank, -m.end())
                for rank, pattern in patterns
                for m in pattern.finditer(read)
            ]
            if phrases is not None:  # the phrases read word by word (この青年, 件の会社員),
                hits += [  # after a listed one at the same place (同地 of 同地の刑務所)
                    (p.start, 2, -p.end)
                    for p in vague_phrases(text, phrases)
                    if set(p.types) & set(types)
                    and (not p.bare or (bare and not weak_person))
                    and not (p.bare and _another_of_its_level(text[p.start : p.end], level))
                    and not (p.bare and (segment_id, p.start, p.end) in named)
                    # 国立博物館 for the source's own 国家博物馆: a rendering, no stand-in
                    and not (
                        p.bare and located_noun_said(text[p.start : p.end], source_said, phrases)
                    )
                    and not (p.clause and _clause_noun_said(p.types, source_said, run))
                    and not (
                        p.located
                        and (
                            not located
                            or located_noun_said(text[p.start : p.end], source_said, phrases)
                            or _names_inside(segment_id, p, named)
                        )
                    )
                ]
            for start, rank, minus_end in sorted(hits):
                if (segment_id, start) in used:
                    continue  # a reference stands in for one name
                if lang == "ja" and _after_a_family_name(text, start, run):
                    continue  # 孫 + 某 + 被告: 某 is the placeholder of 孙某's given name
                end = -minus_end
                if inside_a_title(text, start, end):
                    continue  # 『白鳥の湖』 for 《天鹅湖》: a work's title, no stand-in
                if (
                    rank == 1
                    and phrases is not None
                    and source.value.confident  # a weak name's type is a tagger's guess
                    and _of_other_types(text[start:end], phrases, types)
                ):
                    continue  # 某容疑者 stands for a person, not for a district
                if lang == "zh":
                    end = _word_end(run.language("zh"), text, start, end)
                elif end in _inside_words(run.language(lang), text):
                    continue  # この代替方|法: the noun goes on, it is no vague reference
                elif rank < 2 and end in _compounds_going_on(text):
                    continue  # ある川 + 劇 + 茶館: a teahouse, the compound's last noun
                if (
                    entity_key(text[start:end], lang) in source_said
                    or (
                        lang == "ja"
                        and _renders(_after_relation(text[start:end], phrases), source_nouns, text)
                        # 同教授 for 王芳教授: what points back renders no source noun
                        and not (phrases and text.startswith(phrases.anaphoric, start))
                    )
                    or (word and _renders_word(text[start:end], word))
                    or (
                        pointed
                        and text.startswith(phrases.anaphoric, start)
                        and not pointed.isdisjoint(_types_of(text[start:end], run))
                    )
                ):
                    continue
                used.add((segment_id, start))
                value = EntityValue("vague", text[start:end])
                return Fact("entity", segment_id, start, end, text[start:end], value)
        bare = False  # past the unit's own segments, the paragraph group
    return None


def _a_tagger_guess(source: Fact, run: Run) -> bool:
    """Whether a weak person's name opens on no family name of the rules, Chinese or
    Japanese (开考 nrt to jieba, not 张伟 nor 汤姆): a word only the tagger calls a name."""
    value = source.value
    if value.entity_type != "person" or not value.weak or not han(source.text):
        return False
    rules = run.language("zh").name_rules
    return not (
        rules.surname_length(to_simplified(source.text)) or rules.family_name_length(source.text)
    )


# what Chinese and Japanese put after a family name in place of the given name (孙某 =
# 孫某, 李某某): the person named so, not an opening
_GIVEN_NAME_PLACEHOLDER = "某"


def _after_a_family_name(text: str, start: int, run: Run) -> bool:
    """Whether a phrase opens on 某 right after a family name of one character that opens
    a word (孫 + 某 + 被告, 張 + 某 + 容疑者): the 某 ends the person's placeholder name
    (孫某), it opens no vague reference (北京市 + 某区 is one: 市 is no family name)."""
    if not text.startswith(_GIVEN_NAME_PLACEHOLDER, start) or start == 0:
        return False
    family = text[start - 1]
    opens_a_word = start == 1 or not han(text[start - 2])
    rules = run.language("zh").name_rules
    return opens_a_word and han(family) and rules.surname_length(to_simplified(family)) == 1


def _of_other_types(phrase: str, phrases, types: tuple[str, ...]) -> bool:
    """Whether the word grammar reads a phrase a catch-all pattern found (某 + a noun) as a
    reference of types none of which `types` holds (某 + 容疑者: a person)."""
    read = {t for p in vague_phrases(phrase, phrases) if p.start == 0 for t in p.types}
    return bool(read) and read.isdisjoint(types)


def _another_of_its_level(phrase: str, suffix: str) -> bool:
    """Whether a bare description is a place's name of the level `suffix` says (中和 +
    区 against 永和区): two characters or more before that suffix."""
    stem = phrase[: -len(suffix)] if suffix else ""
    # (九州地方の + 県: a place and its noun, no name of the level)
    return bool(suffix) and phrase.endswith(suffix) and len(stem) >= 2 and "の" not in stem


def describes_a_reference(
    fact: Fact, text: str, run: Run, source_said: str = "", names: tuple = (), nouns: str = ""
) -> bool:
    """Whether の and a vague reference follow a Japanese name (九州 + の + どこか, 韓国 +
    の + 半導体大手, 日本 + の + 関係省庁): the name says where the unnamed one is; it
    is part of the reference, and stands in for no other name. So does a place's name
    before a noun of a type (九州地方の県, 南仏の港町: `_located_description`), but for
    a noun the source says itself (`source_said`, the source unit in key form: ワルシャワ
    の郊外 for 克拉科夫郊外 renders 郊外, and ワルシャワ is another city), nor before a
    listed reference built of a common noun of the source (`nouns`, its common_nouns:
    青羊区の + ある劇場 for 一家剧场, the theatre the source says, in another district)."""
    start = fact.end + 1
    if not text.startswith("の", fact.end) or start >= len(text):
        return _located_description(fact, text, run, source_said, names)
    # by the listed constructions: a noun the phrase reader takes alone after の
    # (ジョンの娘さん) belongs to the name, which is no descriptor then
    patterns = run.rules.markers.get("ja", {}).values()
    found = next(
        (m for group in patterns for pattern in group if (m := pattern.match(text, start))),
        None,
    )
    if found is not None and found.end() in _compounds_going_on(text):
        found = None  # ある川 + 劇 + 茶館: the listed noun is no head (see find_markers)
    if found is not None:
        return not (nouns and _renders(found.group(0), nouns, text))
    return _located_description(fact, text, run, source_said, names)


def _located_description(fact: Fact, text: str, run: Run, source_said: str, names) -> bool:
    """Whether a place's name is followed by the part of it said by common nouns (地方,
    内陸部, 東部), perhaps none, then の and a noun compound of a type the source does not
    say (九州地方の県, 中国内陸部の大都市, 南仏の港町: extract/ja/references.py
    located_at)."""
    phrases = run.rules.phrases.get("ja")
    if not source_said or fact.value.entity_type != "place" or phrases is None:
        return False  # (no source given: the unit reads no located description)
    found = located_at(text, fact.start, fact.end, phrases)
    return (
        found is not None
        and not located_noun_said(text[found.start : found.end], source_said, phrases)
        and not any(start < found.end and end > found.start for start, end in names)
    )


def pointed_back(source_text: str, run: Run) -> frozenset[str]:
    """The types of the vague references of the source unit that point back (该县,
    该公司, 此地: opened by an anaphoric word of [zh.vague] in rules/anonymization.toml):
    a Japanese one of such a type pointing back (同県, 同社) renders one of them."""
    openings = run.rules.phrases["zh"].anaphoric if "zh" in run.rules.phrases else ()
    if not source_text or not openings:
        return frozenset()
    read = prepare(source_text)
    return frozenset(
        entity_type
        for entity_type, patterns in run.rules.markers.get("zh", {}).items()
        if entity_type != "any"
        and any(
            found.group(0).startswith(openings)
            for pattern in patterns
            for found in pattern.finditer(read)
        )
    )


def _types_of(phrase: str, run: Run) -> set[str]:
    """The types whose Japanese markers the phrase is, whole (同県: place; 同氏: person)."""
    return {
        entity_type
        for entity_type, patterns in run.rules.markers.get("ja", {}).items()
        if entity_type != "any" and any(pattern.fullmatch(phrase) for pattern in patterns)
    }


def _renders(phrase: str, nouns: str, translation: str) -> bool:
    """Whether a Japanese phrase is built of a common noun the source unit says (タイプの
    夫婦 for 夫婦類型, 技術企業 for 技术公司, 一部の人 for 一部分人) as often as the
    translation does: it renders the source's own description and stands in for nothing.
    (ある政治家は政治家です says 政治家 once more than 汤姆是位政治家; ある出版社 for
    出版了 is built of a verb.)"""
    return any(0 < nouns.count(word) >= translation.count(word) for word in described_words(phrase))


def _after_relation(phrase: str, phrases: PhraseGrammar | None) -> str:
    """A phrase without the noun of relation that opens it (町 of 故郷の町): that noun may
    render a word of the source (故郷 for 故乡), the head after it stands in."""
    for word in phrases.relational if phrases is not None else ():
        if phrase.startswith(word + "の") and len(phrase) > len(word) + 1:
            return phrase[len(word) + 1 :]
    return phrase


def _common_word(source: Fact, lang: str) -> str:
    """The key of a weak Chinese name that UniDic reads as common nouns only (湖泊 = 湖 +
    泊, which jieba's dictionary tags as a place), or "" for a name: a Japanese phrase
    built of one of those nouns renders the word (日本最大の湖), standing in for nothing."""
    value = source.value
    if lang != "ja" or value.confident or not only_common_in_japanese(source.text):
        return ""
    return value.key


def _renders_word(phrase: str, key: str, suffix: str = "") -> bool:
    return any(noun in key and noun != suffix for noun in common_han_nouns(phrase))


def rendered_as_common_word(fact: Fact, other_lang: str, other_text: str, suffix: str = "") -> bool:
    """Whether a weak Chinese "name" that UniDic reads as common nouns only (湖泊 = 湖 +
    泊) is rendered by one of those nouns in the Japanese unit (日本最大の湖): a word
    translated, neither missing nor a name another one replaced (so 琵琶湖 alone faces
    浜名湖 when it is swapped). A natural feature's `suffix` (山 of 高黎贡山) is no such
    noun: alone it renders no word of the name."""
    word = _common_word(fact, other_lang)
    return bool(word) and _renders_word(other_text, word, suffix)


def common_nouns(texts: Sequence[str], run: Run) -> str:
    """The common nouns (and quantities: 一部分) of Chinese texts, in entity key form, one
    a line: what a Japanese description may render."""
    chinese = run.language("zh")
    return "\n".join(
        entity_key(token.text, "zh")
        for text in texts
        for token in prepared_tokens(chinese, text)
        if token.tag in _COMMON_NOUN_TAGS
    )


def descriptions_blanked(text: str, segment_id: str, facts: Sequence[Fact], run: Run) -> str:
    """A Chinese source text with what describes each of its names blanked, so that a vague
    reference in the translation is not taken for a rendering of it. The title right
    after a name (田中 + 先生, 王 + 局长, 松田 + 部长): a translation that keeps the title
    behind an opening (ある先生, 例の局長さん, 担当の部長) puts it in the name's place; it
    renders no description of the source's own. So does the kind inside a name read with confidence
    (大学 of 大阪 + 大学, which jieba cuts in two: ある大学 keeps the kind, not the name);
    a weak name stays, being perhaps the common noun it looks like (山区). So does the
    common nouns said right before a person's name, its apposition (歌手 + 周杰伦, 投手 +
    王建民, 农民 + 歌手 + 朱之文): ある歌手, 投手の一人, とある農民歌手 keep it in the name's
    place."""
    chinese = run.language("zh")
    rules = chinese.name_rules
    simplified = to_simplified(text)
    if len(simplified) != len(text):
        return text
    spans = []
    tokens = None
    cues = tuple(chinese.vocabulary.name_cues)  # 名叫 + 和玉松 + 的老人: its noun describes
    for fact in facts:
        if fact.kind == "entity" and fact.segment == segment_id:
            # (a weak body's name, 长庚 + 大学 read by its stem and suffix, is no common
            # noun either: its kind is the name's, as in 大阪 + 大学)
            body = fact.value.entity_type == "organisation"
            if (fact.value.confident or body) and not getattr(fact.value, "everyday", False):
                spans.append((fact.start, fact.end))
            if fact.value.entity_type == "person" and fact.start > 0:
                if tokens is None:
                    tokens = prepared_tokens(chinese, text)
                spans.extend(_apposition(tokens, fact.start))
            if cues and simplified[: fact.start].endswith(cues):
                if tokens is None:
                    tokens = prepared_tokens(chinese, text)
                spans.extend(_named_noun(tokens, fact.end, chinese.vocabulary.named_nouns))
            title = rules.title_after(simplified, fact.end, "zh")
            if title:
                spans.append((fact.end, fact.end + len(title)))
    return blank(text, spans)


def _apposition(tokens, start: int) -> list[tuple[int, int]]:
    """The spans of the common nouns said right before a name at `start`, one after
    another (农民 + 歌手 + 朱之文, 投手 + 王建民): the description it is given."""
    spans = []
    for token in reversed(tokens):
        if token.end > start:
            continue
        if token.end != start or token.tag != "n" or len(token.text) < 2:
            break
        spans.append((token.start, token.end))
        start = token.start
    return spans


def _named_noun(tokens, end: int, nouns) -> list[tuple[int, int]]:
    """The span of the noun a cue's name names, after 的 (名叫和玉松的纳西族 + 老人, 名叫
    桃花源的 + 村子): the description the name is given, which a translation keeps behind
    an opening in the name's place (ナシ族のある老人)."""
    after = [token for token in tokens if token.start >= end]
    if not after or after[0].text != NAME_OF:
        return []
    named = [token for token in after[1 : 1 + NOUN_REACH] if token.text in nouns]
    return [(named[0].start, named[0].end)] if named else []


# jieba's nouns, time nouns (周末 of 週末の蚤の市) and numerals: not nr, ns, nt (names), nor v
_COMMON_NOUN_TAGS = frozenset({"n", "ng", "m", "t"})


def is_vague(fact: Fact, lang: str, run: Run) -> bool:
    """Whether a name the tagger read is itself a vague reference (A氏, Y町, 某社, X公司:
    a placeholder and a suffix look like a name), by the markers of `run`'s rules."""
    text = prepare(fact.text) if lang == "zh" else fact.text
    return any(
        pattern.fullmatch(text)
        for patterns in run.rules.markers.get(lang, {}).values()
        for pattern in patterns
    )


def is_class_noun(fact: Fact, lang: str, run: Run) -> bool:
    """Whether a name is a noun of an entity's class by the vague-reference grammar
    (大城市, 高中生: jieba's dictionary tags them ns and nr)."""
    pattern = run.rules.class_nouns.get(lang)
    text = prepare(fact.text) if lang == "zh" else fact.text
    if lang == "zh" and len(text) >= 3 and japanese_name_type(text[:-1]) == "place":
        return False  # 熊本 + 县, 花莲 + 县: a place UniDic knows and its suffix, no 大城 + 市
    if lang == "zh" and len(text) >= 4 and _opens_with_a_place(text, run):
        return False  # 山东 + 泰山 (a football club), 浙江 + 宁波: a place, then a name
    if lang == "zh" and _place_and_its_feature(fact, text, run):
        return False  # 青海 + 湖: a lake named after its province, no 大城 + 市
    if lang == "zh" and _named_body(text, run):
        return False  # 长庚 + 大学: a name to the tagger, and a body's suffix
    if lang == "zh" and _suffixed_place(text, run):
        return False  # 会安 + 古镇: a proper stem jieba does not know, and a place's suffix
    if lang == "zh" and _named_feature(text, run):
        return False  # 高黎 + 贡 + 山, 澜沧 + 江: a feature's name of a rare stem, no 大城 + 市
    if lang == "ja" and _read_as_a_place(text, run):
        return False  # 浜 + 州 + 市, 松川町, 湖南 + 省 (湖南 alone is a family name to UniDic)
    return pattern is not None and pattern.fullmatch(text) is not None


def _named_feature(text: str, run: Run) -> bool:
    """Whether a Chinese text is a natural feature's name: the ending of one (山, 江, 湖:
    feature_endings of rules/zh/names.toml) after a stem of two characters or more that
    holds a word no description is made of, a name of no everyday use (高黎 ns of 高黎贡山,
    梅里 nrt of 梅里雪山, 澜沧 ns) or one jieba's dictionary holds rarely or not at all
    (哀牢): no compound of common words (美丽 + 小岛, 一座 + 高山)."""
    chinese = run.language("zh")
    if len(text) < 3 or text[-1] not in chinese.name_rules.feature_endings:
        return False
    words = segmenter(chinese.words)
    for word in words.cut(text[:-1]):
        frequency = words.frequency_of(word, 0)
        if frequency < RARE or (words.tag(word) in _NAME_TAGS and frequency < EVERYDAY):
            return True
    return False


_NAME_TAGS = frozenset({"ns", "nr", "nrt", "nz"})  # jieba's tags of names


def _suffixed_place(text: str, run: Run) -> bool:
    """Whether the Chinese tokenizer reads a text whole as a place by its form: a stem of
    no everyday word and a place's or a feature's suffix (会安 + 古镇, 北投 + 区), no noun
    of a class (大城市, 渔村 are words of jieba's dictionary)."""
    found = run.language("zh").tokens(text)
    return len(found) == 1 and found[0].tag == SUFFIXED_PLACE_TAG


def _opens_with_a_place(text: str, run: Run) -> bool:
    """Whether the first two characters of a Chinese text are a place to jieba, said
    alone: a name placed in its province or city (山东 + 泰山, a football club), no noun
    of a class (大城 + 市, 高中 + 生)."""
    found = run.language("zh").tokens(text[:2])
    return len(found) == 1 and found[0].tag == "ns"


def _place_and_its_feature(fact: Fact, text: str, run: Run) -> bool:
    """Whether a Chinese name is a place to jieba, said alone, and the suffix of a natural
    feature (青海 + 湖, 舟山 + 群岛): the feature named after the place."""
    stem = without_feature_suffix(fact.value, run)
    if stem is None:
        return False
    found = run.language("zh").tokens(text[: len(stem)])
    return len(found) == 1 and found[0].tag == "ns"


def _named_body(text: str, run: Run) -> bool:
    """Whether a Chinese text is a stem the tagger takes for a name (长庚 nrt) and a
    body's suffix (大学): a body named after it, no noun of a class (重点 + 大学)."""
    chinese = run.language("zh")
    tables = chinese.vocabulary.entities
    suffix = next((s for s in tables.org_suffixes if text.endswith(s)), None)
    if suffix is None or len(text) - len(suffix) < 2:
        return False
    found = chinese.tokens(text[: -len(suffix)])
    return len(found) == 1 and found[0].tag in tables.body_stem_tags


def _read_as_a_place(text: str, run: Run) -> bool:
    """Whether the Japanese tokenizer, asked once, reads the whole text as a place: one
    token, a place by its form (浜 + 州 + 市: a stem cut into single kanji and a place
    suffix, extract/ja/tokenizer.py kanji_stem_places) or one UniDic knows whole (松川町),
    or places it knows by name and a place's suffix (湖南 + 省; 恩施 + 州 is not: 恩施 is no
    place to UniDic). No noun of a class: 大都市, 中核市, 港町 are words UniDic knows, 中国 +
    企業 ends on no place's suffix."""
    language = run.language("ja")
    found = language.tokens(text)
    if not found or found[0].start != 0 or found[-1].end != len(text):
        return False
    if len(found) == 1:
        return found[0].tag in (SUFFIXED_PLACE, "place")
    return found[-1].text in language.entities.place_suffixes and all(
        token.tag == "place" for token in found[:-1]
    )


# What a vague reference of each type can stand for: a company is an organisation; a
# name of unknown type (a Latin name, an unknown katakana word) is whatever replaced it.
_STANDS_FOR = {
    "company": ("company", "organisation"),
    "organisation": ("organisation", "company"),
    "other": ("person", "place", "organisation", "company"),
}


# a Latin name: one capitalised word (Tom), or words joined by a hyphen (Berners-Lee); a
# weak run of capitalised words apart (Unix Time Stamp) is how English writes a title
_NAME_SHAPE = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)*$")
_ACRONYM = re.compile(r"[A-ZＡ-Ｚ]{2,5}")  # a body's initials: NHK, BBC, TSMC


def _name_shaped(source: Fact, run: Run) -> bool:
    """A Latin word written as a name, or a run of transliteration characters."""
    if _NAME_SHAPE.match(source.text):
        return True
    chinese = run.language("zh")
    return bool(chinese.vocabulary.transliteration_run.fullmatch(chinese.prepare(source.text)))


def _types(source: Fact, run: Run) -> tuple[str, ...]:
    from .names import may_be_place

    weak_other = source.value.entity_type == "other" and source.value.weak
    if weak_other and _ACRONYM.fullmatch(source.text):
        # NHK, BBC, TSMC: letters alone, in capitals, name a body (一家电视台 stands in)
        return _STANDS_FOR["organisation"]
    if weak_other and not _name_shaped(source, run):
        # a word only a tagger calls a name, of no kind (3D, 万维网), takes no stand-in;
        # one shaped as a name (Tom, 鲍伯: a transliteration) may be a person or a place
        return ()
    if may_be_place(source, run):
        return ("person", "place")
    return _STANDS_FOR.get(source.value.entity_type, (source.value.entity_type,))


def _word_end(chinese: Language, text: str, start: int, end: int) -> int:
    """Chinese has no spaces to stop a pattern: end the marker where jieba ends a word
    (某互联网巨头|投资 rather than 某互联网巨头投)."""
    boundaries = {token.end for token in prepared_tokens(chinese, text)}
    return max((b for b in boundaries if start + 1 < b <= end), default=end)


@lru_cache(maxsize=64)  # the segments of a unit and its group, asked once per hit
def _compounds_going_on(text: str) -> frozenset[int]:
    """The offsets between two nouns of one Han character each that UniDic cut out of one
    word (川 + 劇 of 川劇, Sichuan opera): a listed marker's noun ending there is a piece of
    that word, no reference (ある + 川 + 劇 + 茶館 is a teahouse, not a river). A noun of
    two characters or more after it is a compound's head, the marker its modifier (ある国
    + 政府, 某州 + GP still stand in for the country), and a suffix goes on no word (ある
    市 + 内, ある職人 + さん)."""
    words = japanese_words(text)
    return frozenset(
        word[2]
        for word, following in pairwise(words)
        if len(word[0]) == 1 == len(following[0])
        and han(word[0] + following[0])
        and word[3].startswith(_NOUNS)
        and following[3].startswith(_NOUNS)
        and following[1] == word[2]
    )


_NOUNS = ("名詞,普通名詞", "名詞,固有名詞")


@lru_cache(maxsize=64)  # the segments of a unit and its group, asked once per hit
def _inside_words(language: Language, text: str) -> frozenset[int]:
    """The offsets inside a word of the tokenizer, where a noun would go on (Japanese
    writes no spaces either: 方 of 方法 is no "person"; 人 before 以来 is)."""
    return frozenset(
        offset for token in language.tokens(text) for offset in range(token.start + 1, token.end)
    )
