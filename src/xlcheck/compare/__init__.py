"""Compare stage: pair the facts of the two sides and decide how each pair relates.

Facts are compared inside each aligned unit first, one to one; what is left is then
looked for in a window of neighbouring paragraph groups, because translators move
sentences. Only consistent pairs are made in the window; a conflict (6131 against 12)
is only claimed inside a unit, between facts that are compatible (values.py).
Source entities still unmatched are checked for a vague stand-in (ある地区, 某区) in
their unit before they count as missing.
"""

from __future__ import annotations

import re
from bisect import insort
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import partial

from ..extract import entity_key, fold_width
from ..extract.spans import blank
from ..extract.zh import prepared_tokens
from ..extract.zh.forms import prepare, to_simplified
from ..kinds import fact_kind, fact_kinds
from ..model import (
    AlignedPair,
    DocumentPair,
    EntityLink,
    EntityValue,
    Fact,
    Finding,
    Segment,
)
from ..regexes import occurrences
from ..rules.registry import make_finding
from ..run import Run
from ..scripts import KATAKANA_WORD, NAME_DOTS, fills_a_title, han, inside_a_title, katakana
from .abbreviations import BODIES, short_name_in, university_said_short
from .addresses import dotted_address_said, dotted_partly_said, set_aside_addresses
from .aside import (
    set_aside_countries_of_bodies,
    set_aside_no_names,
    set_aside_one_entity,
    widen_cut_names,
)
from .body_countries import changed_country_bodies
from .clock_spans import clock_times_as_spans
from .elsewhere import link_key
from .english_forms import english_form_name
from .entities import (
    another_place_before,
    body_end_said,
    body_suffixes,
    core_at_another_level,
    forms_at_this_level,
    given_name_short_forms,
    glossary_distinct,
    glossary_renderings,
    government_by_its_suffix,
    heard_with_kind,
    korean_not_mandarin,
    match_rung,
    named_with_kind,
    of_a_kind,
    said_in,
    said_in_variant_forms,
    text_forms,
    without_distinct,
    without_glossary_terms,
)
from .identifiers import pair_identifiers
from .initials import han_against_initials
from .korean import (
    family_name_characters,
    heard_as_korean,
    heard_in_han,
    korean_shaped,
    told_apart_in_korean,
)
from .latin_names import (
    heard_after_a_western_given_name,
    latin_swapped,
    said_in_other_script,
)
from .markers import (
    common_nouns,
    describes_a_reference,
    descriptions_blanked,
    find_markers,
    pointed_back,
)
from .name_parts import given_names_differ, head_place, name_parts, parts_differ, shared_kind_aside
from .names import (
    abbreviated_in,
    bodies_worded_alike,
    chinese_keyed_words,
    compatible,
    fragment,
    katakana_stand_in,
    kind_unread,
    kinds_differ,
    landmark_against_kana,
    name_joiners,
    organ_of,
    outer_level_stand_in,
    pair_in_order,
    pair_leftover_names,
    spelled_compound,
    uncertainly_rendered,
    vague_katakana_spans,
)
from .pronouns import pronoun_stand_in
from .readings import (
    glued_name_said_alone,
    heard_in_unread_words,
    meaning_against_kana,
    native_against_kana,
    read_alike_in_mandarin,
    reading_unsure,
)
from .regions import region_describes, region_holds, region_reference, region_span
from .relations import open_facts
from .stand_ins import body_stand_in, han_stand_in, kanji_stand_in, place_suffix
from .translit import both_foreign, distinct_names, heard_in, transliteration_like
from .values import pair_values
from .version_numbers import versions_as_numbers
from .vietnamese import heard_as_vietnamese, vietnamese_span

# Minimal share of source sentences that must be aligned for fact rules to speak.
MIN_ALIGNED_SHARE = 0.25
# Names are topics: they recur over more paragraphs than numbers and dates do.
ENTITY_WINDOW_FACTOR = 2


@dataclass(frozen=True)
class CompareOptions:
    window: int = 1  # paragraph groups either side searched for moved facts


@dataclass
class _Unit:
    index: int
    pair: AlignedPair
    source: list[Fact]
    target: list[Fact]


def compare_with_links(
    pair: DocumentPair,
    aligned: Sequence[AlignedPair],
    source_facts: Sequence[Fact],
    target_facts: Sequence[Fact],
    options: CompareOptions,
    run: Run,
) -> tuple[list[Finding], list[EntityLink]]:
    """Findings, and for every name that found its counterpart, how (the rung), by the
    rule data of `run`."""
    failure = _alignment_failure(pair, aligned)
    if failure is not None:
        return [failure], []
    units, matched, findings, links = _match(
        pair, aligned, source_facts, target_facts, options, run
    )
    # a change inside a pair the aligner made by the facts it holds is a guess (at most a
    # warning): the items may be two different ones, each with a figure of one kind
    findings = [replace(f, guessed=True) if aligned[f.unit].inferred else f for f in findings]
    linked, targets = _links_of_sentences(pair, run.rules.common_words.link_tags)
    joiners = {
        side: tuple(run.rules.lexicons[doc.lang].names.get("name_list_joiners", ()))
        for side, doc in (("source", pair.source), ("target", pair.target))
    }
    unpaired = _unpaired(units, matched, _SegmentTexts(pair), linked, joiners, targets)
    return findings + unpaired, links


def _links_of_sentences(pair, tags) -> tuple[dict, dict]:
    """By side and sentence id of each sentence with a link: the spans of its links' texts
    (None where the reader does not know them all), and the (start, end, where it goes) of
    each link where the texts and the targets stand in one order (Markdown)."""
    linked, targets = {}, {}
    for side in ("source", "target"):
        for seg in getattr(pair, side).segments:
            if not seg.links:
                continue
            texts = seg.link_texts
            linked[(side, seg.id)] = texts if len(texts) >= len(seg.links) else None
            if len(texts) == len(seg.links):
                targets[(side, seg.id)] = [
                    (start, end, link_key(target.rstrip("/"), tags))
                    for (start, end), target in zip(texts, seg.links, strict=True)
                ]
    return linked, targets


def _linked_alike(fact: Fact, unit, side: str, targets, near) -> bool:
    """Whether a name stands in the text of a link that goes where a link of the other
    side goes, in its unit or a paragraph next to it (`targets`: `_link_targets`; `near`:
    the units by paragraph group): the two link texts name the same thing, each in its
    language or by its brand (又拍云 and UPYUN, both to upyun.com; Telegram群 and
    TelegramGroup; a list one item longer on one side), and the link comparison judges
    the link."""
    if not targets:
        return False
    here = targets.get((side, fact.segment), ())
    keys = {key for start, end, key in here if fact.start < end and fact.end > start}
    if not keys:
        return False
    other = "target" if side == "source" else "source"
    group = unit.pair.group
    return any(
        key in keys
        for g in (group - 1, group, group + 1)
        for neighbour in near.get(g, ())
        for segment in getattr(neighbour.pair, other)
        for _, _, key in targets.get((other, segment), ())
    )


def matched_facts(
    pair: DocumentPair,
    aligned: Sequence[AlignedPair],
    source_facts: Sequence[Fact],
    target_facts: Sequence[Fact],
    options: CompareOptions,
    run: Run,
) -> set[int]:
    """The id() of every fact that found a counterpart (or a stand-in): what the
    benchmarks count as matched, weak names included."""
    return _match(pair, aligned, source_facts, target_facts, options, run)[1]


def _match(pair, aligned, source_facts, target_facts, options, run):
    units = _units(aligned, source_facts, target_facts)
    directions = (pair.source.lang, pair.target.lang)
    segment_texts = _SegmentTexts(pair)
    _drop_figures_in_names(units, directions, segment_texts)
    matched: set[int] = set()  # id() of facts already accounted for
    links: list[EntityLink] = []
    findings: list[Finding] = []
    groups = _groups(units)

    def window(unit: _Unit) -> list[_Unit]:
        return _window(groups, unit, options.window)

    versions_as_numbers(units, matched, segment_texts.text_of, window)  # Hexo 3.0, Hexo 3
    clock_times_as_spans(  # 2:30 against 2分30秒
        units, matched, segment_texts.text_of, window, run.rules.units
    )
    quarter_words = _quarter_words(run)
    for kind in fact_kinds():  # in the table's order: values, then keys, then names
        if kind.pairing == "values":
            findings += pair_values(
                units, kind.name, matched, window, run.rules.units, quarter_words
            )
        elif kind.pairing == "keys":
            findings += pair_identifiers(units, matched, _texts(pair), run.rules.literal_words)
        elif kind.pairing == "names":
            findings += _pair_entities(units, pair, directions, matched, options, links, run)
    return units, matched, findings, links


def _drop_figures_in_names(units: list[_Unit], langs, texts: _SegmentTexts) -> None:
    """Leave out a figure of Han numerals that one side writes inside a word the other
    side writes in the same characters: a name the other side reads (the 三 of 三里屯 where
    the Japanese tagger knows no such place, the 第一 of 第一銀行), or a word with a
    character of its own around the figure where the other side reads no figure at all
    (三间房 = 三間房, a place neither tagger knows, the Chinese side reads as 3 rooms). It
    is part of the same word on both sides and the same value if it is one: without the
    other side's reading, the side that took it for a quantity counts it (三 added, or
    paired with another figure as a change)."""
    for unit in units:
        for side, other, lang, other_lang in (
            ("source", "target", langs[0], langs[1]),
            ("target", "source", langs[1], langs[0]),
        ):
            facts = getattr(unit, side)
            if not any(fact.kind == "number" for fact in facts):
                continue
            other_facts = getattr(unit, other)
            names = {
                entity_key(fact.text, other_lang) for fact in other_facts if fact.kind == "entity"
            }
            names = {name for name in names if len(name) >= 2 and _HAN.fullmatch(name)}
            figures = [
                entity_key(fact.text, other_lang)
                for fact in other_facts
                if fact.kind in ("number", "date")
            ]
            said = "\n".join(
                entity_key(text, other_lang)
                for _, text in texts.segments(other, getattr(unit.pair, other))
            )
            text_of = texts.text_of(side)
            kept = [
                fact
                for fact in facts
                if fact.kind != "number"
                or not _figure_in_word(fact, text_of(fact.segment), lang, names, said, figures)
            ]
            setattr(unit, side, kept)


# Han characters, which both languages write alike in names (三里屯, 第一銀行)
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")


def _figure_in_word(fact: Fact, text: str, lang: str, names, said: str, figures) -> bool:
    """Whether a figure of Han numerals stands inside one of the other side's names, as
    its own side writes the same characters around it, or inside a word of three
    characters or more the other side writes too (`said`, keyed) and reads no figure in
    (`figures`, keyed)."""
    figure = entity_key(fact.text, lang)
    if not _HAN.fullmatch(figure):
        return False  # digits: a 3 is never written inside a name the other side keys
    for name in names:
        if figure not in name:
            continue
        reach = len(name) - len(figure)
        around = entity_key(text[max(0, fact.start - reach) : fact.end + reach], lang)
        if name in around:
            return True
    before, after = text[max(0, fact.start - 1) : fact.start], text[fact.end : fact.end + 1]
    for word in (before + fact.text, fact.text + after):
        word = entity_key(word, lang)
        if (
            len(word) >= 3
            and _HAN.fullmatch(word)
            and word in said
            and not any(
                read and (read in word or word in read or figure in read) for read in figures
            )  # (約三百年 against 大約三百年: the other side reads this figure, with more)
        ):
            return True
    return False


def _quarter_words(run: Run) -> tuple[str, ...]:
    """The words that end a ranked quarter in any language (季度, 四半期)."""
    return tuple(
        sorted({word for lexicon in run.rules.lexicons.values() for word in lexicon.dates.quarters})
    )


def _texts(pair: DocumentPair) -> dict[str, dict[str, str]]:
    return {side: {seg.id: seg.text for seg in getattr(pair, side).segments}
            for side in ("source", "target")}  # fmt: skip


def _unpaired(
    units: list[_Unit],
    matched: set[int],
    texts: _SegmentTexts,
    linked: dict | None = None,
    joiners: dict[str, tuple[str, ...]] | None = None,
    targets: dict | None = None,
) -> list[Finding]:
    """Missing and added facts; a fact repeated in a paragraph group is reported once,
    and not at all when one of its repetitions found a counterpart. A weak fact is not
    reported, but for a product's version the other side does not write at all
    (`_written_nowhere`) outside a link's text (`linked`: by the side and id of each
    sentence with a link, the spans of its links' texts, None where the reader does not
    know them and the whole sentence counts: a link's text, a tutorial's title, is the link
    comparison's to judge; the rest of its sentence is not), and for a weak name listed
    with a name of its kind that found its counterpart (`joiners`: by side, the words that
    list names, 和, と: 汤姆和玛丽 against トム alone, 玛丽 dropped)."""
    linked = linked or {}
    joiners = joiners or {}
    near = _groups(units) if targets else {}
    accounted: set[tuple] = set()
    for unit in units:
        for side in ("source", "target"):
            for fact in getattr(unit, side):
                if id(fact) in matched:
                    accounted.add((side, unit.pair.group, _dedupe_key(fact)))
    findings = []
    for unit in units:
        for side, relation in (("source", "missing"), ("target", "added")):
            for fact in getattr(unit, side):
                key = (side, unit.pair.group, _dedupe_key(fact))
                if id(fact) in matched or key in accounted:
                    continue
                if getattr(fact.value, "base", False):
                    continue  # 同比, 前年比: a comparison's base, said or left to the context
                if fact.kind == "entity" and _linked_alike(fact, unit, side, targets, near):
                    continue  # 又拍云 and UPYUN: two texts of one link, the same thing
                if _in_a_model_name(fact, unit, side, texts):
                    continue  # 737 MAX as 737MAX: the figure of a model's name, glued
                if fact.value.weak and (
                    _in_link_text(fact, side, linked)
                    or not (
                        _written_nowhere(fact, unit, side, texts)
                        or _listed_with_a_match(fact, unit, side, matched, texts, joiners)
                    )
                ):
                    continue
                accounted.add(key)
                source, target = (fact, None) if side == "source" else (None, fact)
                findings.append(make_finding(fact.kind, relation, source, target, unit.index))
    return findings


def _in_a_model_name(fact: Fact, unit, side: str, texts) -> bool:
    """Whether a bare figure written in digits (737 of 波音737 MAX, 15 of iPhone 15 Pro) is
    written on the other side of its unit glued to Latin letters (737MAX, iPhone15Pro): a
    model's name said without its spaces, which the other side's reader took for no
    figure."""
    value = fact.value
    if (
        fact.kind != "number"
        or not fact.text.isascii()
        or not fact.text.isdigit()
        or getattr(value, "unit", None)
        or getattr(value, "counter", None)
    ):
        return False
    other = "target" if side == "source" else "source"
    text_of = texts.text_of(other)
    said = fold_width("\n".join(text_of(i) for i in getattr(unit.pair, other)))
    if fact.text not in said:
        return False  # (most figures: not written there at all)
    glued = re.compile(
        rf"(?<![0-9]){fact.text}(?=[A-Za-z])|(?<=[A-Za-z]){fact.text}(?![0-9])"
    )
    return glued.search(said) is not None


def _listed_with_a_match(fact, unit, side: str, matched: set[int], texts, joiners) -> bool:
    """Whether a weak name stands in a list with a name of its kind that found its
    counterpart, only a word that lists names between them (`joiners`: 汤姆和玛丽, トムと
    メアリー, 张三、李四), and the other side lists fewer names of the kind (トム alone; a
    name its reader could not read, 汤姆和肯 against トムとケン, still stands in a list as
    long): the list vouches for it as a name, and one of its names is gone."""
    words = joiners.get(side, ())
    if fact.kind != "entity" or not words:
        return False
    text = texts.text_of(side)(fact.segment)
    listed = False
    for other in getattr(unit, side):
        if (
            other is fact
            or id(other) not in matched
            or other.kind != "entity"
            or other.segment != fact.segment
            or other.value.entity_type != fact.value.entity_type
        ):
            continue
        first, second = sorted((fact, other), key=lambda f: f.start)
        listed = listed or text[first.end : second.start].strip() in words
    if not listed:
        return False
    other_side = "target" if side == "source" else "source"
    kind = fact.value.entity_type
    return _list_words(unit, side, kind, texts, words) > _list_words(
        unit, other_side, kind, texts, joiners.get(other_side, ())
    )


def _list_words(unit, side: str, kind: str, texts, words: tuple[str, ...]) -> int:
    """How many words that list names (`words`) stand right before or after a name of the
    kind on one side of a unit: a list of n names holds n - 1 of them."""
    text_of = texts.text_of(side)
    found = set()
    for fact in getattr(unit, side):
        if fact.kind != "entity" or fact.value.entity_type != kind:
            continue
        text = text_of(fact.segment)
        after = text[fact.end :].lstrip()
        before = text[: fact.start].rstrip()
        for word in words:
            if after.startswith(word):
                found.add((fact.segment, len(text) - len(after)))
            if before.endswith(word):
                found.add((fact.segment, len(before) - len(word)))
    return len(found)


def _in_link_text(fact: Fact, side: str, linked: dict) -> bool:
    """Whether a fact of a side stands in the text of a link of its sentence (`linked`,
    as `_unpaired` takes it): anywhere in the sentence where the links' texts are
    unknown. (Keyed by side: both pages number their sentences alike, `p14.s1`.)"""
    if (side, fact.segment) not in linked:
        return False
    spans = linked[(side, fact.segment)]
    return spans is None or any(fact.start < end and fact.end > start for start, end in spans)


def _written_nowhere(fact: Fact, unit: _Unit, side: str, texts: _SegmentTexts) -> bool:
    """Whether a version written onto a product's name (MPU6886, HTML5, IE9+) is written
    nowhere in the other side of its unit, neither whole, case and spaces aside (Python 3
    writes Python3), nor its number alone (HTML の第 5 版): dropped, however weak the
    reading. The other weak facts are never reported alone."""
    value = fact.value
    if fact.kind != "version" or not value.product:
        return False
    other = "target" if side == "source" else "source"
    written = "".join(text for _, text in texts.segments(other, getattr(unit.pair, other)))
    compact = "".join(fold_width(written).split()).casefold()
    if f"{value.product}{value.number}".casefold() in compact:
        return False
    return re.search(rf"(?<![\d.]){re.escape(value.number)}(?![\d]|\.\d)", compact) is None


def _alignment_failure(pair: DocumentPair, aligned: Sequence[AlignedPair]) -> Finding | None:
    if pair.aligned is not None or len(pair.source.segments) < 4:
        return None
    paired = sum(len(bead.source) for bead in aligned if bead.source and bead.target)
    share = paired / len(pair.source.segments)
    if share >= MIN_ALIGNED_SHARE:
        return None
    return make_finding(
        "alignment",
        "unaligned",
        None,
        None,
        0,
        counts=(("paired", paired), ("total", len(pair.source.segments))),
    )


def _dedupe_key(fact: Fact) -> tuple:
    return fact_kind(fact.kind).dedupe_key(fact)


def _units(
    aligned: Sequence[AlignedPair], source_facts: Sequence[Fact], target_facts: Sequence[Fact]
) -> list[_Unit]:
    """Facts per aligned unit; a name repeated within a unit counts once."""
    source_unit = {seg: i for i, bead in enumerate(aligned) for seg in bead.source}
    target_unit = {seg: i for i, bead in enumerate(aligned) for seg in bead.target}
    units = [_Unit(i, bead, [], []) for i, bead in enumerate(aligned)]
    for facts, where, side in (
        (source_facts, source_unit, "source"),
        (target_facts, target_unit, "target"),
    ):
        seen: set[tuple] = set()
        for fact in facts:
            index = where.get(fact.segment)
            if index is None:
                continue
            key = (index, _dedupe_key(fact))
            if key in seen and not fact_kind(fact.kind).repeats:
                continue  # names repeat; numbers and dates count with multiplicity
            seen.add(key)
            getattr(units[index], side).append(fact)
    return units


class _KeyedTexts(dict):
    """Segment texts in the form entity keys take (Japanese kanji forms, casefolded), by
    segment id, converted when first asked for: only windows around an open name are."""

    def __init__(self, document):
        super().__init__()
        self.texts = {seg.id: seg.text for seg in document.segments}
        self.lang = document.lang

    def __missing__(self, segment_id: str) -> str:
        keyed = self[segment_id] = entity_key(self.texts[segment_id], self.lang)
        return keyed


def _groups(units: list[_Unit]) -> dict[int, list[_Unit]]:
    """Units by paragraph group, so that a window is found without scanning every unit."""
    grouped: dict[int, list[_Unit]] = {}
    for unit in units:
        grouped.setdefault(unit.pair.group, []).append(unit)
    return grouped


def _window(groups: dict[int, list[_Unit]], unit: _Unit, width: int) -> list[_Unit]:
    group = unit.pair.group
    return [u for g in range(group - width, group + width + 1) for u in groups.get(g, ())]


def _pair_entities(
    units: list[_Unit],
    pair: DocumentPair,
    langs: tuple[str, str],
    matched: set[int],
    options: CompareOptions,
    links: list[EntityLink],
    run: Run,
) -> list[Finding]:
    """Entity matching in four steps (vague references left open are set aside after the
    second); returns the anonymisations and mismatches found,
    and adds to `links` how each matched name was matched."""
    zh_is_source = langs[0] == "zh"
    texts = _texts(pair)
    widen_cut_names(units, langs, texts, run)

    def rung(source: Fact, target: Fact, allow_head: bool) -> str | None:
        zh, ja = (source, target) if zh_is_source else (target, source)
        return match_rung(zh, ja, run, allow_head=allow_head)

    def heard_apart(unit: _Unit, source: Fact, target: Fact) -> bool:
        said = "\n".join(
            blank(text, [(target.start, target.end)]) if i == target.segment else text
            for i in unit.pair.target
            for text in (texts["target"][i],)
        )
        return heard_in(source.text, said, langs[1], run.language("zh"))

    _entities_in_units(units, matched, rung, links, heard_apart)
    _entities_in_windows(units, pair, langs, matched, rung, options, links, run)
    set_aside_no_names(units, langs, matched, texts, run)
    set_aside_countries_of_bodies(units, langs, matched, texts, run)
    described = _describing_names(units, langs, matched, texts, run)
    # a region said where the source names a place (欧州 for 德国): no other name either
    regions = _regions_said(units, langs, matched, texts, run)
    described |= frozenset(regions)
    # 塔什干 against the ブハラ of ウズベキスタン・ブハラ, matched to 乌兹别克斯坦: the place in
    # the country replaced, before any description of its kind (地下鉄駅) is read for it
    rests = _dotted_rests(units, matched, pair, langs, run)
    anonymised = _anonymised_entities(units, pair, langs[1], matched, run, described, regions)
    # スイス + の + 大手製薬会社 for 瑞士诺华公司. Only from Chinese into Japanese: the
    # outer level's forms and the vague references after it are read in Japanese only
    # (the reverse direction is not read: reread27 item 4)
    if langs == ("zh", "ja"):
        anonymised += _inner_levels_made_vague(units, pair, links, anonymised, matched, run)
    findings = [
        *rests,
        *anonymised,
        *_entity_mismatches(units, matched, links, pair, langs, run, described),
    ]
    set_aside_one_entity(units, langs, matched, texts, run)
    # 日本 of 日本大阪 where 大阪 is said: after the pairing, so that another place said
    # in its stead (青島の麗江古城 for 云南丽江古城) is still a changed name
    set_aside_addresses(units, langs, matched, texts, run)
    return findings


def _entities(facts: Sequence[Fact], matched: set[int]) -> list[Fact]:
    return open_facts(facts, "entity", matched)


def _entities_in_units(
    units: list[_Unit], matched: set[int], rung, links, heard_apart=None
) -> None:
    """1. One to one inside each unit, on every rung of the ladder; a person's name and
    another kind's matched by their sound only when the source is not heard elsewhere in
    the unit (`heard_apart`: 基普乔格 is キプチョゲ, not シカゴ of シカゴ・マラソン; 肖邦音乐大学
    is the ショパン音楽大学 said beside it, not マグダレナ・コヴァルスカ)."""
    for unit in units:
        targets = _entities(unit.target, matched)  # those matched on the way are skipped below
        for source in _entities(unit.source, matched) if targets else ():
            for target in targets:
                if not matched.isdisjoint((id(source), id(target))):
                    continue
                how = rung(source, target, True)
                kinds = {source.value.entity_type, target.value.entity_type}
                if (
                    how == "transliteration"
                    and heard_apart is not None
                    and "person" in kinds
                    and len(kinds) == 2
                    and heard_apart(unit, source, target)
                ):
                    continue
                if how:
                    matched.update((id(source), id(target)))
                    links.append(EntityLink(how, source, target))


def _entities_in_windows(units, pair, langs, matched, rung, options, links, run) -> None:
    """2. Names repeat: a name found anywhere in the window is not missing (or added),
    whether or not the other side's tokenizer tagged it."""
    groups = _groups(units)
    keyed = {side: _KeyedTexts(getattr(pair, side)) for side in ("source", "target")}
    raw = {
        side: {seg.id: seg.text for seg in getattr(pair, side).segments}
        for side in ("source", "target")
    }
    sides = (("source", "target", langs[0], langs[1]), ("target", "source", langs[1], langs[0]))
    for unit in units:
        window = _window(groups, unit, options.window * ENTITY_WINDOW_FACTOR)
        for side, other, fact_lang, other_lang in sides:
            open_names = _entities(getattr(unit, side), matched)
            if not open_names:
                continue  # nothing to look for: no need to join the window's text
            other_ids = [i for w in window for i in getattr(w.pair, other)]
            other_keyed = "\n".join(keyed[other][i] for i in other_ids)
            other_raw = "\n".join(raw[other][i] for i in other_ids)
            offsets = _offsets(other_ids, raw[other])
            other_entities = [f for w in window for f in getattr(w, other) if f.kind == "entity"]
            own_entities = [f for w in window for f in getattr(w, side) if f.kind == "entity"]
            for fact in open_names:
                how, counterpart = _found_nearby(
                    fact,
                    side,
                    (fact_lang, other_lang),
                    other_keyed,
                    (other_raw, offsets),
                    (own_entities, other_entities),
                    rung,
                    run,
                    _entities(getattr(unit, other), matched),
                    matched,
                )
                if how is None:
                    continue
                matched.add(id(fact))
                if how in ("heard", "text") and counterpart is not None:
                    # the name part of a name and its kind; the name a country's English
                    # form is written in (セコイア・チャイナ)
                    matched.add(id(counterpart))
                source, target = (fact, counterpart) if side == "source" else (counterpart, fact)
                links.append(EntityLink(how, source, target))


def _offsets(ids: list[str], texts: dict[str, str]) -> dict[str, int]:
    """Where each segment starts in the segments' texts joined by newlines."""
    offsets, at = {}, 0
    for segment_id in ids:
        offsets[segment_id] = at
        at += len(texts[segment_id]) + 1
    return offsets


def _nicknamed(fact: Fact, other_keyed: str, run: Run) -> bool:
    """Whether a Japanese family name alone (陳 of 陳ちゃん, 王 of 王さん) is said in the
    Chinese text as a nickname of it (小陈, 老王, 阿陈), which jieba may not read as a
    name (小 + 陈说)."""
    key = fact.value.key
    if fact.value.entity_type != "person" or len(key) != 1:
        return False
    name_rules = run.language("zh").name_rules
    if entity_key(key, "zh") not in name_rules.surnames and key not in name_rules.surnames:
        return False
    return any(prefix + key in other_keyed for prefix in name_rules.nickname_prefixes)


def _another_kind(fact: Fact, other: Fact) -> bool:
    """Whether two names were read as a person and a place: a name said again is said as
    the same kind of name. (A body against a person is left alone: the taggers read a
    founder's name as the company, アーサー・ギネス.)"""
    return {fact.value.entity_type, other.value.entity_type} == {"person", "place"}


def _part_of_a_full_name(fact: Fact, fact_lang: str, entities, chinese) -> Fact | None:
    """The other side's full name (of two dotted parts or more) whose family name, its
    last part, sounds like a Latin name of one word: the family name said in the full
    name the translation writes (McCarthy, read apart from its John, in ジョン・マッカーシー)."""
    if fact_lang != "zh" or not fact.text.isascii() or not fact.text.isalpha():
        return None
    for other in entities:
        parts = name_parts(other.text)
        if len(parts) >= 2 and not distinct_names(fact.text, parts[-1], chinese):
            return other
    return None


def _found_nearby(
    fact, side, langs, other_keyed, other, names, rung, run, open_other=(), matched=frozenset()
):
    """How a name is found in the window on the other side, cheapest test first: its
    form in the text, a name there on the ladder, or its sound in the running text.
    `other`: the window's text on the other side and where each segment starts in it;
    `names`: the window's names on the fact's side and on the other side; `open_other`:
    the names of the unit's other side not matched yet."""
    fact_lang, other_lang = langs
    own_entities, entities = names
    other_raw, offsets = other
    forms = text_forms(fact.value, fact_lang, run)
    place = fact.value.entity_type == "place"  # 北大西洋 of 北大西洋条約機構 is said there
    if place:  # (長崎 of 长崎县 says no 長崎市: another level of the place)
        forms = forms_at_this_level(forms, fact.value.key, other_keyed, run)
    if said_in(
        forms, other_keyed, fact.value.key, fact_lang, run.rules.glossary, place=place
    ) and not (
        fact_lang == "ja" and another_place_before(fact.value.key, other_keyed, run.rules.glossary)
    ):
        return "text", None
    if said_in_variant_forms(
        forms, other_keyed, fact.value.key, fact_lang, run.rules.glossary
    ) and not (
        fact_lang == "ja" and another_place_before(fact.value.key, other_keyed, run.rules.glossary)
    ):
        return "text", None  # 赵丽颖 as 趙麗穎, where the key writes 頴
    if fact_lang == "zh" and fact.value.entity_type == "place":
        # 红杉中国 as セコイア・チャイナ: the country in English, in the name it is part of
        named = english_form_name(forms, open_other, run.rules.lexicons["ja"])
        if named is not None:
            return "text", named
    if fact_lang == "zh" and glued_name_said_alone(fact.value.key, other_keyed, run):
        return "text", None  # 张伟诉 as 張偉 + 氏が: the name jieba glued to the verb after it
    if fact_lang == "ja" and _nicknamed(fact, other_keyed, run):
        return "text", None  # 陳ちゃん as 小陈, which jieba glued to the verb after it
    if fact_lang == "zh" and government_by_its_suffix(fact.value, other_keyed, run):
        return "text", None  # 熊本県…、県は: the prefecture's government by 県 alone
    if fact_lang == "zh" and university_said_short(fact.value.key, other_keyed):
        return "text", None  # 清华大学 as 清華大: a university without the 学 of 大学
    if body_end_said(fact.value, other_keyed, run):
        return "abbreviation", None  # 长江三峡集团 as 三峡集団: the words opening it left out
    if fact.value.entity_type in BODIES and short_name_in(
        fact.value.key,
        other_keyed,
        body_suffixes(run),
        other_lang,
        lambda: chinese_keyed_words(other_raw, run),
    ):
        return "abbreviation", None  # 北京大学 as 北大, 日本銀行 as 日銀: no name to jieba
    if fact_lang == "ja" and dotted_address_said(fact, other_keyed, run):
        return "text", None  # ミャンマー・マンダレー市 as 缅甸曼德勒市: a place and its country
    if abbreviated_in(  # the forms of this side's names: does it name both countries?
        forms,
        other_raw,
        other_lang,
        run,
        lambda: {form for f in own_entities for form in text_forms(f.value, fact_lang, run)},
    ):
        return "abbreviation", None  # 美国 as the 米 of 米軍, 訪米, 日米; アメリカ, 美 of 全美
    for other in entities:
        if id(other) in matched and _another_kind(fact, other):
            continue  # ミラノ is no second saying of 艾米丽, matched to エミリー
        how = rung(fact, other, False) if side == "source" else rung(other, fact, False)
        if (
            how == "core"
            and id(other) in matched
            and core_at_another_level(fact.value.key, other.value.key, run)
        ):
            continue  # 長崎市 is no second saying of 长崎县, matched to 長崎県: another level
        if how:
            return how, other
    chinese = run.language("zh")
    part_of = _part_of_a_full_name(fact, fact_lang, entities, chinese)
    if part_of is not None:  # McCarthy of John McCarthy (Latin words stay apart) as
        return "heard", part_of  # the マッカーシー of ジョン・マッカーシー
    if any(  # トムハンクス is not heard in 汤姆 of 汤姆·克鲁斯, another person
        parts_differ(*((fact.text, e.text) if fact_lang == "zh" else (e.text, fact.text)), chinese)
        for e in entities
    ):
        return None, None
    heard = heard_with_kind(fact.value.key, other_raw, run) if fact_lang == "zh" else None
    if heard is not None:  # エミー of エミー賞 is that name, not another one
        return "heard", next((e for e in entities if e.text.casefold() == heard), None)
    if other_lang == "ja":
        last_part = _last_dotted_part_heard(fact, entities, matched, chinese)
        if last_part is not None:  # 马尼拉 in the マニラ of フィリピン・マニラ, matched
            return "heard", last_part  # to 菲律宾: a country and its city said as one
    other_raw = without_distinct(fact, fact_lang, other_raw, entities, run, offsets)
    # (nor where a name of another kind stands that has its counterpart: ミラノ is not
    # heard in the 米丽 of 艾米丽, matched to エミリー)
    # (nor a body's stem in a place named alike with its suffix: 筑波 of 筑波大学 is not
    # heard in つくば市, the town the university is named after; 弗吉尼亚 alone may be the
    # stem of バージニア大学 the tagger read apart)
    body = fact.value.entity_type in BODIES
    other_raw = blank(
        other_raw,
        [
            (offsets[e.segment] + e.start, offsets[e.segment] + e.end)
            for e in entities
            if e.segment in offsets
            and (
                (id(e) in matched and _another_kind(fact, e))
                or (body and e.value.entity_type == "place" and e.value.head != e.value.key)
            )
        ],
    )
    if other_lang == "ja":  # ある + ファッションブランド: no rendering of 普拉达 to hear
        other_raw = blank(other_raw, vague_katakana_spans(other_raw))
    if heard_in(fact.text, other_raw, other_lang, chinese):
        # the name of its own kind read where it is heard: that name, no other (one of
        # another kind keeps its own: 杰克逊 heard in ジャクソン湖 leaves the lake to 伦敦)
        return "heard", next(
            (
                e
                for e in entities
                if id(e) not in matched
                and not _another_kind(fact, e)
                and heard_in(fact.text, e.text, other_lang, chinese)
            ),
            None,
        )
    if fact.value.head not in (None, fact.value.key) and heard_in(
        fact.value.head,
        head_place(fact.text, fact_lang, other_raw, chinese),
        other_lang,
        chinese,
    ):
        return "heard", None
    if other_lang == "zh" and heard_in(  # エッフェル of 巴黎埃菲尔铁塔, once 巴黎 is set apart
        fact.text,
        without_glossary_terms(other_raw, other_keyed, run.rules.glossary),
        other_lang,
        chinese,
    ):
        return "heard", None
    if (
        fact_lang == "zh"
        and korean_shaped(fact.text, chinese.name_rules)
        and heard_as_korean(fact.text, other_raw, run.rules.korean)
    ):
        return "heard", None  # 李明博 as イ・ミョンバク, which the Japanese tagger did not read
    vietnamese = run.rules.vietnamese
    if fact_lang == "zh" and heard_as_vietnamese(fact.text, other_raw, vietnamese):
        return "heard", None  # 阮文雄 as グエン・ヴァン・フン
    if fact_lang == "ja":
        span = vietnamese_span(fact.text, other_raw, vietnamese)
        if span is not None:  # グエン・ヴァン・ソン as 阮文山, which jieba cut (阮 + 文山)
            inside = (
                e
                for e in entities
                if e.segment in offsets
                and span[0] <= offsets[e.segment] + e.start
                and offsets[e.segment] + e.end <= span[1]
            )
            return "heard", next(inside, None)
    if said_in_other_script(fact.text, other_raw, run):
        return "heard", None  # ChatGPT as チャットGPT; RainYun as 雨云, DingTalk as 钉钉
    if (
        fact_lang == "zh"
        and fact.value.entity_type == "person"
        and heard_after_a_western_given_name(fact.text, other_raw, chinese.name_rules)
    ):
        return "heard", None  # 尤雨溪 as Evan You, 马云 as Jack Ma
    korean = run.rules.korean
    if fact_lang == "ja" and heard_in_han(fact.text, other_raw, korean, chinese.name_rules):
        return "heard", None  # キム・デジュン as 金大中, which jieba did not read
    if fact_lang == "ja" and heard_in_unread_words(
        fact.text, other_raw, [e.text for e in entities], chinese
    ):
        return "heard", None  # カザン as 喀山, グッチ as 古驰: no name to jieba
    if (
        fact_lang == "zh"
        and other_lang == "ja"
        # a name with its kind (波尔图足球俱乐部) is rendered with the kind, or heard with it
        # above: a katakana word alone before と (フォワードと契約) is no free rendering of it
        and not of_a_kind(fact.value.key, run)
        and uncertainly_rendered(
            fact.text, other_raw, [e.text for e in own_entities if e is not fact], chinese
        )
    ):
        return "heard", None  # 德约科维奇 as ジョコビッチ, which UniDic does not read whole
    return None, None


def _last_dotted_part_heard(fact, entities, matched, chinese) -> Fact | None:
    """The Japanese name of dotted parts, matched already, whose last part after the dot
    is the fact's name by its sound (フィリピン・マニラ, matched to 菲律宾, holds 马尼拉):
    a place and the place in it said as one name, whatever type the tagger gave the
    source's (jieba calls 马尼拉 a person)."""
    for other in entities:
        if id(other) not in matched or other.value.entity_type != "place":
            continue  # a person's parts (メリル・ストリープ) hold no city
        cut = _last_part(other.text)
        last = other.text[cut:] if cut is not None else ""
        if len(last) >= 2 and heard_in(fact.text, last, "ja", chinese):
            return other
    return None


def _last_part(name: str) -> int | None:
    """Where the last part of a name of dotted parts starts (セブ of フィリピン・セブ), or
    None for a name of one part."""
    dot = name.rfind("・")
    return dot + 1 if dot >= 0 else None


def _describing_names(units, langs, matched, texts, run) -> frozenset[int]:
    """The id() of the open Japanese names that say where a vague reference after them
    is (九州 of 九州のどこか, 韓国 of 韓国の半導体大手): no name put in another's place.
    So with a Chinese translation's places (日本 of 日本一家电视台)."""
    if langs[1] == "zh":
        return _describing_chinese_places(units, matched, texts, run)
    if langs[1] != "ja":
        return frozenset()
    target = texts["target"]
    found = set()
    for unit in units:
        said = None  # the source unit in key form, asked once per unit with an open name
        for fact in _entities(unit.target, matched):
            if said is None:
                source = "\n".join(texts["source"][i] for i in unit.pair.source)
                located = langs[0] == "zh" and _located_may_stand_in(unit, matched, texts, run)
                said = entity_key(source, langs[0]) if located else ""
                nouns = None  # read below, where a name stands before の only
            names = tuple(
                (f.start, f.end)
                for f in unit.target
                if f.kind == "entity" and f.segment == fact.segment and f is not fact
            )
            if nouns is None and target[fact.segment].startswith("の", fact.end):
                # the common nouns a listed reference may render (一家剧场: ある劇場)
                nouns = common_nouns([source], run) if langs[0] == "zh" else ""
            if describes_a_reference(fact, target[fact.segment], run, said, names, nouns or ""):
                found.add(id(fact))
    return frozenset(found)


def _describing_chinese_places(units, matched, texts, run) -> frozenset[int]:
    """The id() of the open places of a Chinese translation right before a vague
    reference of rules/anonymization.toml, with 的 between or not (日本 + 一家电视台, 台湾
    + 的 + 一所大学): where the unnamed one is, no name put in another's place."""
    markers = run.rules.markers.get("zh", {})
    found = set()
    for unit in units:
        # a reference of a type no open source name is (一家咖啡馆 where 渋谷区 is open)
        # stands in for none: the place before it is said for the source's place
        open_types = {fact.value.entity_type for fact in _entities(unit.source, matched)}
        for fact in _entities(unit.target, matched):
            if fact.value.entity_type != "place":
                continue
            text = prepare(texts["target"][fact.segment])
            start = fact.end + 1 if text.startswith(_OF, fact.end) else fact.end
            patterns = [
                pattern
                for marker_type, group in markers.items()
                if marker_type in open_types
                or any(compatible(kind, marker_type) for kind in open_types)
                for pattern in group
            ]
            if any(pattern.match(text, start) for pattern in patterns) or any(
                # inside one, after its opening: 一家 + 日本 + 电子巨头, 某 + 美国 + 公司
                m.start() < fact.start and fact.end < m.end()
                for pattern in patterns
                for m in pattern.finditer(text, max(0, fact.start - _OPENING_REACH))
            ):
                found.add(id(fact))
    return frozenset(found)


_OF = "的"  # between a place and what it locates (台湾的一所大学)
# how far before a place a vague reference that holds it may open (一家 of 一家日本企业)
_OPENING_REACH = 4


def _located_may_stand_in(unit, matched, texts, run) -> bool:
    """Whether a place and a noun of a type in the translation (大阪の本社, 九州地方の県)
    may stand in for a name of the unit: not where an open source name is followed by a
    common noun, within a few words of its phrase (京都 + 总部, 雅加达 + 的 + 秘书处,
    美国 + 的 + 主要 + 城市), or follows one, its apposition (总理 + 黄循财), which the
    translation's noun renders, its place being said for the name's place, or swapped
    (大阪の本社, シンガポールの首相)."""
    chinese = run.language("zh")
    for source in _entities(unit.source, matched):
        tokens = prepared_tokens(chinese, texts["source"][source.segment])
        if any(t.end == source.start and _located_noun(t, chinese, 2) for t in tokens):
            return False
        after = [t for t in tokens if t.start >= source.end][: _NOUN_REACH + 1]
        for index, token in enumerate(after[:_NOUN_REACH]):
            verb = _verb_with_object(token, after[index + 1 :])
            if _located_noun(token, chinese, 1) and not verb:
                return False
            if not (token.text in _ATTRIBUTIVE or token.tag in _BEFORE_A_NOUN_TAGS):
                break
    return True


def _verb_with_object(token, following) -> bool:
    """Whether a verbal noun is said as a verb on the noun right after it (北卡罗来纳州 +
    建设 + 电池工厂: to build a plant there), no noun the name locates (北京 + 建设 + 的)."""
    return token.tag == "vn" and bool(following) and following[0].tag in _OBJECT_TAGS


# jieba's tags of a noun a verbal noun takes as its object (建设 + 电池: n; 推动 + 改革: vn)
_OBJECT_TAGS = frozenset({"n", "nz", "vn", "nt", "ns", "nr"})


def _located_noun(token, chinese, shortest: int) -> bool:
    """A common noun of `shortest` characters or more (州 of 美国各州 after a name; 总理
    before one): by its tag, or one jieba tags as a name that the name heuristics read
    as none (城市 ns, 首都 ns)."""
    if len(token.text) < shortest or not token.tag:
        return False
    return token.tag in _LOCATED_NOUN_TAGS or (
        token.tag.startswith("n") and chinese.entity_type(token) is None
    )


_NOUN_REACH = 4  # words after a name to its noun: 的 + 主要 + 城市
# jieba's tags of what stands between a name and its noun: adjectives and distinguishing
# words (主要 b, 重要 a), numerals and measure words (一个, 两座), pronouns (各, 该)
_BEFORE_A_NOUN_TAGS = frozenset({"a", "b", "m", "mq", "q", "uj", "r"})
_ATTRIBUTIVE = ("的", "之")  # what may join a name to the noun it locates (雅加达 + 的 + 秘书处)
# jieba's tags of the noun a translation's located description may render: common nouns
# (总部, 秘书处), places and directions said as nouns (郊外 s, 南部 f: 法国南部的城市 is
# ドイツ南部の都市 with a country swapped)
_LOCATED_NOUN_TAGS = frozenset({"n", "nis", "vn", "s", "f", "ng"})


def _regions_said(units, langs, matched, texts, run) -> dict[int, tuple[Fact, tuple[int, int]]]:
    """id() -> (name, span of its region) of the open names of a Japanese translation that
    are a region wider than a country or a city, said with a noun after it (中東の大都市:
    compare/regions.py) and holding an open source name of the unit, in the units whose
    open source names are no region themselves (欧洲 -> アジアの国々 is another region)."""
    found = {}
    for unit in units:
        sources = _entities(unit.source, matched)
        if not sources or any(
            region_span(f, texts["source"][f.segment], langs[0], run) for f in sources
        ):
            continue
        for fact in _entities(unit.target, matched):
            text = texts["target"][fact.segment]
            span = region_span(fact, text, langs[1], run)
            if (
                span is not None
                and langs[1] == "ja"
                and region_describes(span, text, run)
                and any(region_holds(text[span[0] : span[1]], f, run) for f in sources)
            ):
                found[id(fact)] = (fact, span)
    return found


def _region_stand_in(source, unit, regions, used, matched, texts, run) -> Fact | None:
    """The open region of the unit's translation that holds an open source name and stands
    in for it (巴西 and 南米), as a vague reference; None when there is none."""
    for fact in _entities(unit.target, matched):
        if id(fact) not in regions:
            continue
        span = regions[id(fact)][1]
        region = texts[fact.segment][span[0] : span[1]]
        if (
            (fact.segment, span[0]) in used
            or not region_holds(region, source, run)
            or not pair_leftover_names([source], [fact], run)
        ):
            continue
        used.add((fact.segment, span[0]))
        matched.add(id(fact))
        return region_reference(fact, span, texts[fact.segment])
    return None


def _unmatched_text(segment: Segment, unit: _Unit, matched: set[int]) -> str:
    """A translation segment's text with the names matched to a source name blanked: a
    name there (メコン川 for 湄公河) is another name's, no rendering of a vanished one's kind
    (澜沧江 against その川)."""
    return blank(
        segment.text,
        [
            (fact.start, fact.end)
            for fact in unit.target
            if fact.kind == "entity" and fact.segment == segment.id and id(fact) in matched
        ],
    )


def _anonymised_entities(
    units, pair, target_lang, matched, run, described=frozenset(), regions=None
) -> list[Finding]:
    """3. A vague stand-in in the unit (or its paragraph group) for a vanished name, when
    no other name of its kind took its place in the unit (フェルナンド・アロンソほか一部の
    人たち for 约翰·格兰特等人: the name replaced it, 一部の人たち renders 等人)."""
    groups = _groups(units)
    findings = []
    texts = {seg.id: seg for seg in pair.target.segments}
    said = _KeyedTexts(pair.source)
    used_markers: set[tuple[str, int]] = set()
    named = None
    region_texts = None
    all_texts = None  # both sides' texts, read once where a located description is asked
    for unit in units:
        if not _entities(unit.source, matched):
            continue  # no name vanished here, nothing to stand in for
        if named is None:  # the names of the translation: no bare description stands there
            named = frozenset(
                (fact.segment, fact.start, fact.end)
                for u in units
                for fact in u.target
                if fact.kind == "entity"
            )
        # a reference the source makes itself (A市 = Ａ市) renders it, stands in for nothing
        source_said = "\n".join(said[i] for i in unit.pair.source)
        nouns = pointed = None
        scopes = [
            unit.pair.target,
            tuple(seg for u in groups[unit.pair.group] for seg in u.pair.target),
        ]
        replaced = {
            id(source)
            for source, _ in _leftover_pairs(unit, matched, run, same_kind=True, aside=described)
        }
        # a place and a noun of a type (九州地方の県) may stand in here (see there)
        if pair.source.lang == "zh" and all_texts is None:
            all_texts = _texts(pair)
        located = pair.source.lang == "zh" and _located_may_stand_in(unit, matched, all_texts, run)
        for source in _entities(unit.source, matched):
            if id(source) in replaced:
                continue
            if target_lang == "ja" and any(
                named_with_kind(source.value.key, _unmatched_text(texts[i], unit, matched), run)
                for i in unit.pair.target
            ):
                continue  # 樟宜机场 / チャンギ空港: a name heard before its kind, no reference
            if nouns is None or pointed is None:  # asked once per unit with an open name
                nouns = (
                    common_nouns(
                        [
                            descriptions_blanked(said.texts[i], i, unit.source, run)
                            for i in unit.pair.source
                        ],
                        run,
                    )
                    if target_lang == "ja" and pair.source.lang == "zh"
                    else ""
                )
                # the source's own references pointing back (该县, 该公司), by type
                pointed = (
                    pointed_back("\n".join(said.texts[i] for i in unit.pair.source), run)
                    if target_lang == "ja"
                    else frozenset()
                )
            marker = find_markers(
                source,
                scopes,
                texts,
                target_lang,
                used_markers,
                run,
                source_said,
                nouns,
                pointed,
                named,
                located,
            )
            if marker is None and regions:
                if region_texts is None:  # read once per pair, on the first region asked
                    region_texts = {seg.id: seg.text for seg in pair.target.segments}
                marker = _region_stand_in(
                    source, unit, regions, used_markers, matched, region_texts, run
                )
            if marker is None:  # 約翰說他… as 彼は…と言った: a pronoun in the name's place
                marker = pronoun_stand_in(
                    source,
                    "\n".join(said.texts[i] for i in unit.pair.source),
                    pair.source.lang,
                    [(i, texts[i].text) for i in unit.pair.target],
                    target_lang,
                    used_markers,
                    run,
                )
            if marker is not None:
                matched.add(id(source))
                findings.append(make_finding("entity", "anonymized", source, marker, unit.index))
                matched.update(  # the place the reference is said to be in is part of it
                    id(fact)
                    for fact in unit.target
                    if id(fact) in described
                    and (
                        # 九州 + の + どこか, 台湾 + 的 + 一所大学; 日本 + 一家电视台
                        (fact.segment, fact.end + 1) == (marker.segment, marker.start)
                        or (fact.segment, fact.end) == (marker.segment, marker.start)
                        # 九州 of 九州地方の県: inside the reference it locates
                        or (
                            fact.segment == marker.segment
                            and marker.start <= fact.start
                            and fact.end <= marker.end
                        )
                    )
                )
    return findings


def _inner_levels_made_vague(units, pair, links, anonymised, matched, run) -> list[Finding]:
    """A nested source name found by its outer level alone (瑞士诺华公司 by スイス,
    美国波士顿 by 米国) whose inner name the translation makes vague right after that level
    (スイス + の + 大手製薬会社, アリババ + 傘下の + 某フィンテック企業, 米国 + 東部の + ある
    都市): anonymized. Only where the inner name is not said, no open name of its kind is
    left in the translation's unit (スイスの製薬大手ノバルティス: the description is in
    apposition to a name), and only a reference opening within a few characters after the
    outer level's form."""
    found_by_outer = {
        id(link.source)
        for link in links
        if link.rung == "text" and link.source is not None and link.target is None
    }
    if not found_by_outer:
        return []
    texts = {seg.id: seg for seg in pair.target.segments}
    text_of = _SegmentTexts(pair).text_of("target")
    used = {(f.target.segment, f.target.start) for f in anonymised if f.target is not None}
    said = _KeyedTexts(pair.source)
    findings = []
    for unit in units:
        for source in unit.source:
            value = source.value
            if not _inner_unsaid(source, found_by_outer, unit, text_of, "ja"):
                continue
            if any(
                compatible(value.entity_type, target.value.entity_type)
                for target in _entities(unit.target, matched)
            ):
                # another name said there: in apposition to the description (スイスの製薬大手
                # ノバルティス), or another name in its place. The mismatch pairing does not
                # pair a source name found by its outer level, so 法国育碧公司 against
                # フランスの…カプコン gives only カプコン added (reread27 item 4; xfail in
                # tests/test_vague_after_outer_level.py)
                continue
            forms = {value.head} | glossary_renderings(value.head, run.rules.glossary)
            forms = {entity_key(form, "ja") for form in forms if form}
            source_said = "\n".join(said[i] for i in unit.pair.source)
            marker = find_markers(
                source, [unit.pair.target], texts, "ja", set(used), run, source_said
            )
            if marker is None or (marker.segment, marker.start) in used:
                continue
            before = entity_key(text_of(marker.segment)[: marker.start][-_OUTER_REACH:], "ja")
            if not any(form in before for form in forms):
                continue  # a reference said elsewhere stands in for another name
            used.add((marker.segment, marker.start))
            findings.append(make_finding("entity", "anonymized", source, marker, unit.index))
    return findings


# characters between the outer level's form and the reference after it (スイス + の,
# アリババ + 傘下の, 米国 + 東部の, 高雄市 + 内の)
_OUTER_REACH = 8


def _entity_mismatches(units, matched, links, pair, langs, run, described=frozenset()):
    """4. Names left on both sides of a unit, of compatible types, paired one to one: a
    different name, however short or weak each is (the other side speaks to it).

    A Han or Latin name and a katakana name are told apart by their sound, or by the
    glossary (罗马 is ローマ, so not アイルランド); when neither can tell (华沙 =
    ワルシャワ is a free rendering), they are taken as the same name spelled two ways.
    """
    findings = []
    texts = _SegmentTexts(pair)
    chinese = run.language("zh")
    grammar = run.rules.phrases.get("ja")
    katakana_finder = partial(katakana_stand_in, vague_grammar=grammar)
    # a name matched whole (not by a part: 印度尼西亚 against インドネシア・ジョクジャカルタ)
    # anchors the name said right after it
    partner_of = {
        id(link.source): link.target
        for link in links
        if link.source and link.target and link.rung in _WHOLE_RUNGS
    }
    # nested names found in the translation by their outer level alone (a text match:
    # what was found is the head, 德国 of 德国慕尼黑; or the name itself)
    found_by_outer = {
        id(link.source)
        for link in links
        if link.rung == "text" and link.source is not None and link.target is None
    }
    by_side = (texts.text_of("source"), texts.text_of("target"))
    for unit in units:
        pairs = _leftover_pairs(unit, matched, run, aside=described)
        # several names of one kind open on each side: paired by their order, a guess
        in_order = _pairs_in_order(unit, matched, pairs, partner_of, by_side, described, run)
        if langs[0] == "zh":
            # 德国慕尼黑 found by its outer level alone (ドイツ), ベルリン said after it
            in_order += _outer_level_stand_ins(
                unit, matched, pairs + in_order, found_by_outer, by_side[1], langs[1], run
            )
        for source, target in pairs + in_order:
            matched.update((id(source), id(target)))
            zh, ja = (source, target) if langs[0] == "zh" else (target, source)
            if spelled_compound(zh, ja, run):
                continue  # 粤港澳大湾区 as 広東・香港・マカオ大湾区: each place spelled out
            # 康涅狄格州 and コネチカット州: the names compared, the kind they share aside
            names = shared_kind_aside(source.text, target.text)
            # 伊万·彼得罗夫 against ボリス・ペトロフ: a given name rendered freely, or another?
            given_apart = given_names_differ(
                zh.text, ja.text, chinese, given_name_short_forms(run)
            )
            if (
                both_foreign(*names)
                and not distinct_names(*names, chinese)
                and not parts_differ(zh.text, ja.text, chinese)
                and not given_apart
                and not glossary_distinct(zh, ja, run.rules.glossary, body_suffixes(run))
                # 金敏俊 and キム・ソヨン: the Mandarin sound model hears no difference in a
                # Korean name, the Korean readings do
                and not korean_not_mandarin(zh, ja, run)
            ):
                links.append(EntityLink("scripts", source, target))
            else:
                # a kanji given name against a kana one of the same family, a native Han
                # name against katakana (a Korean name by a reading we lack: one the Korean
                # readings read and reject is another name), or two names paired across
                # kinds: a guess
                guessed = (
                    reading_unsure(zh.value.key, ja.value.key)
                    # 李世石 and 李世乭, 渡边谦 and 渡邉謙: another form of a character
                    or read_alike_in_mandarin(zh.value.key, ja.value.key)
                    # 下龙市 against ベトナム・クアンニン省, whose ベトナム renders 越南
                    or dotted_partly_said(
                        ja,
                        _zh_keyed(unit, texts, langs),
                        run,
                        _nested_with(zh, unit.source if langs[0] == "zh" else unit.target),
                    )
                    or (
                        native_against_kana(zh.text, ja.text, chinese.name_rules)
                        and not told_apart_in_korean(
                            zh.text,
                            ja.text,
                            run.rules.korean,
                            family_name_characters(run.rules.lexicons["zh"]),
                        )
                    )
                    or meaning_against_kana(zh, ja.text, chinese, run.rules.glossary)
                    or han_against_initials(zh, ja.text, run.rules.glossary)
                    or kinds_differ(zh, ja)
                    or given_apart
                    # 阿联酋 against エミレーツ, 美國 against NASA: one name of no kind read
                    or kind_unread(zh, ja, chinese)
                    or organ_of(zh, ja, run)
                    # 自然资源部 against 環境天然資源省: one body's name translated otherwise
                    or bodies_worded_alike(zh, ja, run)
                    # 升龙皇城遗址 against タンロン: a landmark's own name, Vietnamese
                    or landmark_against_kana(zh, ja, run)
                    or (source, target) in in_order
                    # 山神 against モンテディオ山形, whose 山形 the source says: a brand
                    or _branded(target, unit, matched)
                )
                findings.append(
                    make_finding("entity", "mismatch", source, target, unit.index, guessed=guessed)
                )
        swapped = latin_swapped(
            _entities(unit.source, matched),
            _entities(unit.target, matched),
            lambda unit=unit: _unit_texts(unit, texts),
            run,
        )
        if swapped is not None:  # 参见 Kubernetes 文档 against Docker のドキュメント
            matched.update(map(id, swapped))
            # ChatGPT as OpenAI, iOS as iPhone: a maker for its product, a device for its
            # system, is a paraphrase, not a swap (rules/common/words.toml related_names)
            if not run.rules.common_words.related(*(fold_width(fact.text) for fact in swapped)):
                findings.append(
                    make_finding("entity", "mismatch", *swapped, unit.index, guessed=True)
                )
        dotted = _dotted_rest_in_place(unit, matched, texts, langs, chinese)
        if dotted is not None:  # 捷克科林 against チェコ・プルゼニ, matched to 捷克
            findings.append(make_finding("entity", "mismatch", *dotted, unit.index, guessed=True))
        # (a work's title is stood in for by a title only: katakana_stand_in's candidates)
        stand_in = _lone_name_stand_in(katakana_finder, unit, matched, texts, langs, chinese)
        if stand_in is not None:
            # a noun of a kind in the name's place (リーダー for 汤姆) hides the name
            kinds = grammar.noun_sets.get(stand_in[0].value.entity_type, ()) if grammar else ()
            relation = "anonymized" if stand_in[1].text in kinds else "mismatch"
            findings.append(make_finding("entity", relation, *stand_in, unit.index))
        ja_side = "target" if langs[1] == "ja" else "source"
        ja_segments = texts.segments(ja_side, getattr(unit.pair, ja_side))
        for changed in changed_country_bodies(unit, matched, ja_segments, langs, run):
            findings.append(make_finding("entity", "mismatch", *changed, unit.index))
        # after the state bodies, whose changed country is sure (俄罗斯外交部 → 米国務省)
        stand_in = _body_stand_in(unit, matched, texts, langs, run)
        if stand_in is None:
            stand_in = _kanji_stand_in(unit, matched, texts, langs, run)
        if stand_in is None:
            stand_in = _han_stand_in(unit, matched, texts, langs, chinese)
        stand_in = _title_for_a_title(stand_in, texts, matched)
        if stand_in is not None:
            findings.append(make_finding("entity", "mismatch", *stand_in, unit.index, guessed=True))
    return findings


def _title_for_a_title(
    stand_in: tuple[Fact, Fact] | None, texts: _SegmentTexts, matched: set[int]
) -> tuple[Fact, Fact] | None:
    """The stand-in, where it may stand in the name's place: a work's whole title in its
    brackets (《吉赛尔》) is rendered by a title in brackets (『コッペリア』 is another work),
    never by a word outside any (バレエダンサー: the two are given back to the unmatched,
    and the title is missing); any other name by any stand-in."""
    if stand_in is None:
        return None
    source, found = stand_in
    if not fills_a_title(texts.text_of("source")(source.segment), source.start, source.end):
        return stand_in
    if inside_a_title(texts.text_of("target")(found.segment), found.start, found.end):
        return stand_in
    matched.difference_update((id(source), id(found)))
    return None


def _nested_with(fact: Fact, facts) -> list[Fact]:
    """The names of `facts` written on, without a gap, with `fact` (越南 + 广宁省 + 下龙市:
    the levels of one address), `fact` among them; a name elsewhere in the sentence (上海)
    is no level of it. One sweep over the names by their start: the run of names that
    touch or overlap one another around `fact` (was a loop over the names until none grew,
    quadratic in a unit's names)."""
    spans = sorted(
        (f for f in facts if f.kind == "entity" and f.segment == fact.segment),
        key=lambda f: (f.start, f.end),
    )
    start, end = _touching_run(fact.start, fact.end, [(f.start, f.end) for f in spans])
    return [f for f in spans if f.start >= start and f.end <= end]


def _touching_run(start: int, end: int, spans: list[tuple[int, int]]) -> tuple[int, int]:
    """The bounds of the run of `spans` (sorted) that touch or overlap one another and
    the span start..end."""
    spans = list(spans)
    insort(spans, (start, end))
    run_start, run_end = spans[0]
    for first, last in spans[1:]:
        if first <= run_end:
            run_end = max(run_end, last)
        elif run_start <= start and end <= run_end:
            break  # the run around start..end is closed
        else:
            run_start, run_end = first, last
    return run_start, run_end


def _zh_keyed(unit, texts: _SegmentTexts, langs) -> str:
    """The Chinese side of a unit in key form."""
    source, target = _unit_texts(unit, texts)
    return entity_key(source if langs[0] == "zh" else target, "zh")


def _unit_texts(unit, texts: _SegmentTexts) -> tuple[str, str]:
    return texts.source(unit.pair.source), "".join(t for _, t in texts.target(unit.pair.target))


def _leftover_pairs(
    unit, matched, run, same_kind: bool = False, aside=frozenset()
) -> list[tuple[Fact, Fact]]:
    """The names left open on the two sides of a unit that stand for each other (not
    those `aside`: names that describe a vague reference)."""
    left = [f for f in _entities(unit.source, matched) if not fragment(f)]
    right = [f for f in _entities(unit.target, matched) if not fragment(f) and id(f) not in aside]
    return pair_leftover_names(left, right, run, same_kind=same_kind)


def _branded(target: Fact, unit, matched: set[int]) -> bool:
    """Whether a name of the translation is a source name of its unit already found and
    a brand of katakana or Latin letters before or after it (モンテディオ + 山形 for 山形山神's
    山形, サンフレッチェ + 広島 for 广岛): a club said by its Japanese name, which may stand
    for the source's club or replace another; paired, a guess."""
    key = entity_key(target.text, "ja")
    found = {
        entity_key(f.text, lang)
        for f in unit.source
        if f.kind == "entity" and id(f) in matched and len(f.text) >= 2
        for lang in ("zh", "ja")
    }
    for name in found:
        if name == key or name not in key:
            continue
        rest = key.replace(name, "", 1)
        if rest and all(katakana(ch) or ch.isascii() or ch in NAME_DOTS for ch in rest):
            return True
    return False


_WHOLE_RUNGS = frozenset({"exact", "form", "core", "glossary"})


def _pairs_in_order(unit, matched, pairs, partner_of, texts, aside, run) -> list[tuple[Fact, Fact]]:
    """The open names of a unit the one-to-one pairing left, paired by their order
    (compare/names.py pair_in_order)."""
    taken = {id(fact) for pair in pairs for fact in pair}
    left = [f for f in _entities(unit.source, matched) if id(f) not in taken and not fragment(f)]
    right = [
        f
        for f in _entities(unit.target, matched)
        if id(f) not in taken and id(f) not in aside and not fragment(f)
    ]
    if not left or not right:
        return []
    names = [f for f in unit.source if f.kind == "entity"]
    return pair_in_order(left, right, partner_of, names, texts, name_joiners(run))


def _inner_unsaid(source, found_by_outer, unit, text_of, lang) -> bool:
    """Whether a nested source name was found by its outer level alone (德国慕尼黑 by
    ドイツ) and the translation of the unit does not say its inner name (慕尼黑)."""
    value = source.value
    return not (
        id(source) not in found_by_outer
        or not value.head
        or value.head == value.key
        or not value.key.startswith(value.head)
        or entity_key(value.key[len(value.head) :], "zh") in _said(unit, text_of, lang)
    )


def _outer_level_stand_ins(unit, matched, pairs, found_by_outer, text_of, lang, run):
    """Pairs of a nested source name found by its outer level alone (德国慕尼黑 by ドイツ)
    and the open name said right after that level in the translation (compare/names.py
    outer_level_stand_in)."""
    taken = {id(fact) for pair in pairs for fact in pair}
    right = [f for f in _entities(unit.target, matched) if id(f) not in taken and not fragment(f)]
    found = []
    for source in unit.source:
        value = source.value
        if not _inner_unsaid(source, found_by_outer, unit, text_of, lang):
            continue
        forms = frozenset({value.head} | glossary_renderings(value.head, run.rules.glossary))
        target = outer_level_stand_in(source, right, forms, text_of, lang, name_joiners(run))
        if target is not None:
            found.append((source, target))
            right.remove(target)
    return found


def _said(unit, text_of, lang) -> str:
    """The unit's translation in key form."""
    return "\n".join(entity_key(text_of(i), lang) for i in unit.pair.target)


class _SegmentTexts:
    """A pair's segment texts by id, read once per pair and only when asked for (a unit's
    look-up must not walk the whole document: that made long documents quadratic)."""

    def __init__(self, pair):
        self._pair = pair
        self._source: dict | None = None
        self._target: dict | None = None

    def _source_table(self) -> dict:
        """Source segments by id: (position in the document, text)."""
        if self._source is None:
            self._source = {
                seg.id: (n, seg.text) for n, seg in enumerate(self._pair.source.segments)
            }
        return self._source

    def _target_table(self) -> dict:
        """Target segment texts by id."""
        if self._target is None:
            self._target = {seg.id: seg.text for seg in self._pair.target.segments}
        return self._target

    def text_of(self, side: str):
        """A look-up of one side's segment text by id (the tables read on first use)."""
        if side == "source":
            table = self._source_table()
            return lambda segment_id: table[segment_id][1]
        return self._target_table().__getitem__

    def source(self, ids) -> str:
        """The unit's source segments joined, in document order."""
        table = self._source_table()
        found = sorted(table[i] for i in set(ids) if i in table)
        return "".join(text for _, text in found)

    def target(self, ids) -> list[tuple]:
        """(id, text) of the unit's target segments."""
        table = self._target_table()
        return [(i, table[i]) for i in ids]

    def segments(self, side: str, ids) -> list[tuple]:
        """(id, text) of the unit's segments of one side ("source" or "target")."""
        if side == "target":
            return self.target(ids)
        table = self._source_table()
        return [(i, table[i][1]) for i in ids if i in table]


def _body_stand_in(unit, matched, texts: _SegmentTexts, langs, run) -> tuple[Fact, Fact] | None:
    """A company or body left alone in the source, and in its place a name the Japanese
    tagger read as common words (compare/stand_ins.py)."""
    source = _lone_open_name(unit, matched, langs, texts.source(unit.pair.source))
    if source is None:
        return None
    taken = _taken_in_translation(unit, source, texts, langs, run)
    found = body_stand_in(
        source, texts.target(unit.pair.target), texts.source(unit.pair.source), run, taken
    )
    return _claim(matched, source, found)


def _taken_in_translation(unit, source: Fact, texts: _SegmentTexts, langs, run) -> frozenset:
    """(segment, offset) of every character of the translation that renders a name: the
    translation's names, and where it renders another name of the source (テンセント of
    テンセント・ミュージック, 腾讯 of 腾讯音乐 found by its rendering; 林俊傑 for 林俊杰 said
    beside 周杰伦): no stand-in for `source` there."""
    taken = {
        (fact.segment, at)
        for fact in unit.target
        if fact.kind == "entity"
        for at in range(fact.start, fact.end)
    }
    if langs[0] == "zh":
        forms = {
            form
            for fact in unit.source
            if fact.kind == "entity" and fact is not source
            for form in text_forms(fact.value, "zh", run)
            if len(form) >= 2
        }
        for segment_id, text in texts.target(unit.pair.target):
            for form in forms:
                for start, end in occurrences(form, text):
                    taken.update((segment_id, at) for at in range(start, end))
    return frozenset(taken)


def _lone_name_stand_in(
    finder, unit, matched, texts: _SegmentTexts, langs, chinese
) -> tuple[Fact, Fact] | None:
    """A name left alone in the source and, in its place, the word `finder` picks in the
    translation: katakana_stand_in (a foreign name for a katakana word the tagger does not
    call a name: ウッド, カール; compare/names.py). The kanji stand-in of a native name has
    its own reading of what the source says (`_kanji_stand_in`)."""
    source_text = texts.source(unit.pair.source)
    source = _lone_open_name(unit, matched, langs, source_text)
    if source is None:
        return None
    found = finder(source, texts.target(unit.pair.target), source_text, chinese)
    return _claim(matched, source, found)


def _kanji_stand_in(unit, matched, texts: _SegmentTexts, langs, run) -> tuple[Fact, Fact] | None:
    """A native person or place left alone in the source, and in its place a kanji name the
    Japanese tagger did not read (志明 → 俊傑, 澜沧江 → 怒江: compare/stand_ins.py). The
    characters of the source's names already rendered account for nothing more (福 of 福建
    = 福建省 says nothing of 福鼎 in 安溪's place), and their renderings in the translation,
    read as names or found by their forms, are no candidates."""
    source_text = texts.source(unit.pair.source)
    source = _lone_open_name(unit, matched, langs, source_text)
    if source is None:
        return None
    grammar = run.rules.phrases.get("ja")
    found = kanji_stand_in(
        source,
        texts.target(unit.pair.target),
        _without_matched_names(unit, matched, texts),
        run.language("zh"),
        _taken_in_translation(unit, source, texts, langs, run),
        frozenset((*grammar.anaphoric, *grammar.pointing_away)) if grammar else frozenset(),
    )
    return _claim(matched, source, found)


def _said_in_chinese(kanji: str, simplified_text: str) -> bool:
    """Whether a Japanese word of kanji is said in a Chinese text given in simplified
    forms."""
    return han(kanji) and to_simplified(kanji) in simplified_text


def _without_matched_names(unit, matched, texts: _SegmentTexts) -> str:
    """The unit's source text with the names matched to a rendering blanked out."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for fact in unit.source:
        if fact.kind == "entity" and id(fact) in matched:
            spans.setdefault(fact.segment, []).append((fact.start, fact.end))
    return "".join(
        blank(text, spans.get(segment_id, ()))
        for segment_id, text in texts.segments("source", unit.pair.source)
    )


def _han_stand_in(unit, matched, texts: _SegmentTexts, langs, chinese) -> tuple[Fact, Fact] | None:
    """A sure native name left alone in a translation from Chinese whose source has no name
    left open, and in its place a Chinese word the name heuristics set aside (国安 → 上海申花:
    compare/stand_ins.py)."""
    if langs != ("zh", "ja") or _entities(unit.source, matched):
        return None
    left = [fact for fact in _entities(unit.target, matched) if not fact.value.prose]
    if len(left) != 1 or not left[0].value.confident:
        return None  # a weak name (今本 of 今本を読んで) is too little to seek a stand-in for
    target = left[0]
    taken = frozenset(
        (fact.segment, at)
        for fact in unit.source
        if fact.kind == "entity"
        for at in range(fact.start, fact.end)
    )
    found = han_stand_in(
        target,
        texts.segments("source", unit.pair.source),
        "".join(text for _, text in texts.target(unit.pair.target)),
        chinese,
        taken,
    )
    if found is None:
        return None
    matched.update((id(found), id(target)))
    return found, target


def _lone_open_name(unit, matched, langs, source_text: str = "") -> Fact | None:
    """The one name of the source (not a word of prose) left open in a unit translated into
    Japanese whose translation has no name left open: the name a stand-in may replace. A
    weak name of the translation whose characters the source says (観音 of 鉄観音, 铁观音)
    renders a word of the source, and leaves nothing open."""
    if langs[1] != "ja":
        return None
    open_targets = _entities(unit.target, matched)
    if open_targets:
        simplified = to_simplified(source_text)  # once per unit, not per name
        if any(
            not (fact.value.weak and simplified and _said_in_chinese(fact.text, simplified))
            for fact in open_targets
        ):
            return None
    left = [fact for fact in _entities(unit.source, matched) if not fact.value.prose]
    if len(left) > 1:  # the one beside a tagger's weak words of no kind (信义区 beside 捷运)
        left = [
            fact for fact in left if not (fact.value.weak and fact.value.entity_type == "other")
        ]
    return left[0] if len(left) == 1 else None


def _dotted_rests(units, matched, pair, langs, run) -> list[Finding]:
    """The places in a country replaced in a dotted name (`_dotted_rest_in_place`) or in
    one name of both levels (`_nested_rest_in_place`), read for each unit before the
    anonymisations."""
    texts = _SegmentTexts(pair)
    chinese = run.language("zh")
    findings = []
    for unit in units:
        dotted = _dotted_rest_in_place(unit, matched, texts, langs, chinese, taken_only=True)
        if dotted is None:
            dotted = _nested_rest_in_place(unit, matched, langs, run)
        if dotted is not None:
            findings.append(make_finding("entity", "mismatch", *dotted, unit.index, guessed=True))
    return findings


def _place_right_before(fact: Fact, facts) -> Fact | None:
    """The place said right before a name in its segment (南非 + 开普敦, 韩国 + 京畿道水原市),
    or None."""
    return next(
        (
            f
            for f in facts
            if f.kind == "entity"
            and f.value.entity_type == "place"
            and f.segment == fact.segment
            and f.end == fact.start
        ),
        None,
    )


def _nested_rest_in_place(unit, matched, langs, run):
    """A source place left alone right after its country (韩国 + 京畿道水原市) and, in the
    translation, one name of both levels with no dot (韓国京畿道城南市), matched and opening
    on a form of the country: the rest after that form, a place by its suffix written in
    kanji, is the inner level the translation says; another than the source's (its forms),
    the place was replaced, a guess, where no place of the translation is left open for the
    pairing to take (新疆ウイグル自治区 + ハミ地区). A rest with katakana is left alone: a
    Korean or foreign place said by its sound (京畿道スウォン市) is heard, not compared by
    form. Returns (source, the rest as a name), both marked, or None."""
    if langs != ("zh", "ja"):
        return None
    left = [fact for fact in _entities(unit.source, matched) if not fact.value.prose]
    if len(left) != 1 or left[0].value.entity_type != "place" or not left[0].value.confident:
        return None
    source = left[0]
    country = _place_right_before(source, unit.source)
    if country is None or any(
        f.value.entity_type == "place" for f in _entities(unit.target, matched)
    ):
        return None  # (a place left open in the translation: the pairing tells)
    outer = {entity_key(form, "ja") for form in text_forms(country.value, "zh", run)}
    suffixes = run.rules.lexicons["ja"].entities.place_suffixes
    inner = {entity_key(form, "ja") for form in text_forms(source.value, "zh", run)}
    for target in unit.target:
        if (
            target.kind != "entity"
            or id(target) not in matched
            or target.value.entity_type != "place"
            or _last_part(target.text) is not None
        ):
            continue
        key = entity_key(target.text, "ja")
        head = max((form for form in outer if len(form) >= 2 and key.startswith(form)), key=len,
                   default=None)
        rest = key[len(head) :] if head else ""
        if not han(rest) or not place_suffix(rest, run) or rest in inner or rest in suffixes:
            continue  # 韓国京畿道水原市: the source's place said after its country; 内モンゴル
            # + 自治区: the outer level's own suffix, no inner level; スウォン市: heard
        start = target.end - len(rest)
        if target.text[start - target.start :] != rest:
            continue  # (a name whose key is not its text: no span to report)
        value = EntityValue("place", rest, rest, confident=False)
        part = Fact("entity", target.segment, start, target.end, rest, value)
        matched.update((id(source), id(part)))
        return source, part
    return None


def _dotted_rest_in_place(
    unit, matched, texts: _SegmentTexts, langs, chinese, taken_only: bool = False
):
    """A source name left alone right after another name (its country) and, in the
    translation, a name of dotted parts whose last part is a name the source does not say
    (科林 against the プルゼニ of チェコ・プルゼニ, matched to 捷克; 开普敦 against 南アフリカ・
    ダーバン): the place in the country was replaced, a guess, as the source's name may be
    rendered loosely. Returns (source, the last part as a name), both marked, or None."""
    if langs[1] != "ja":
        return None
    left = [fact for fact in _entities(unit.source, matched) if not fact.value.prose]
    if len(left) != 1 or left[0].value.entity_type not in ("place", "person"):
        return None
    source = left[0]
    if _place_right_before(source, unit.source) is None:
        return None  # 南非 + 开普敦: the country said right before the place
    if source.value.everyday or not (
        source.value.confident or transliteration_like(source.text, chinese)
    ):
        return None  # 海滩, 大奖: words the tagger vouches for alone
    source_text = texts.source(unit.pair.source)
    segments = dict(texts.target(unit.pair.target))
    for target in unit.target:
        cut = _last_part(target.text) if target.kind == "entity" else None
        if cut is None or (taken_only and id(target) not in matched):
            continue  # (matched to the country, or found by it in the source's text; before
            # the pairing, only one matched: an open one is paired whole, ベトナム・カインホア省)
        if target.value.entity_type != "place":
            continue  # メリル・ストリープ, ユ・ジェソク: a person's parts
        # the whole katakana word after the dot, where the tagger cut it (プル + ゼニ)
        word = KATAKANA_WORD.match(segments.get(target.segment, ""), target.start + cut)
        rest = word.group(0) if word else target.text[cut:]
        if len(rest) < 2 or not katakana(rest) or heard_in(rest, source_text, "zh", chinese):
            continue
        if not distinct_names(source.text, rest, chinese):
            continue  # 马尼拉 and マニラ: the same place (`_last_dotted_part_heard`)
        value = EntityValue("place", rest, rest, confident=False)
        start = target.start + cut
        part = Fact("entity", target.segment, start, start + len(rest), rest, value)
        matched.update((id(source), id(part), id(target)))
        return source, part
    return None


def _claim(matched, source: Fact, found: Fact | None) -> tuple[Fact, Fact] | None:
    """The source name and its stand-in, both marked as matched; None when none was found."""
    if found is None:
        return None
    matched.update((id(source), id(found)))
    return source, found
