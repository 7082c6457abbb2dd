"""Extract stage: facts (numbers, dates, named entities) per segment, per language.

Each language package (zh/, ja/) is a `Language` (language.py): tokenizer glue and name
evidence, over vocabulary that is data in rules/LANG/; the grammars in numbers.py,
dates.py and entities.py are shared. Text is width-folded character for
character and markup is blanked, so every span indexes the original segment text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from ..kinds import fact_kinds
from ..memory import WORDS_KEPT
from ..model import Document, EntityValue, Fact, Segment
from ..regexes import compiled
from ..scripts import HAN_HYPHEN, NAME_DOTS, NAME_HYPHENS, han, katakana
from ..segment import blank_markup
from .common_words import name_core
from .conditions import conditional_bounds
from .date_resolution import DateContext, resolve_dates
from .dates import DateMatch
from .english import (
    english_bounds,
    english_dates,
    english_prose,
    english_ranges,
    english_version_bounds,
)
from .entities import NAMED_TAGS, find_entities
from .invisible import Visible
from .language import LANGUAGE_CLASSES, Language
from .measures import joined_measures
from .notes import note_spans, noted_paragraphs
from .spans import alternation, blank, fold_width
from .technical import code_versions
from .types import entity_type_in_context

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

    from ..rules.data import RuleFiles
    from ..run import Run

LANGUAGES = tuple(LANGUAGE_CLASSES)


@cache  # (asked for each key: the import statement below cost more than the look-up)
def entity_converter():
    """Simplified Chinese -> Japanese kanji forms (OpenCC s2t then t2jp), cached per string."""
    from .zh.forms import japanese_converter

    return japanese_converter()


@cache  # keyed by the glossary itself, so that another rules folder gets its own table
def _substitution_table(glossary, terms=()) -> TermReplacer:
    convert = entity_converter()
    table: dict[str, str] = {}
    for entry in (*glossary, *terms):
        table.setdefault(convert(entry.zh), entry.ja[0])
    return TermReplacer.of(table)


@dataclass(frozen=True)
class TermReplacer:
    """Terms and what replaces them, found longest first at each place by a look-up per
    length a term starting with that character has: an alternation of every term was
    tried term by term at each place, and a 1M-line glossary never ended."""

    renderings: Mapping[str, object]  # what replaces each term (strings, for `replace`)
    lengths: dict[str, tuple[int, ...]]  # by first character, longest first

    @classmethod
    def of(cls, renderings: Mapping[str, object]) -> TermReplacer:
        lengths: dict[str, set[int]] = {}
        for term in renderings:
            if term:
                lengths.setdefault(term[0], set()).add(len(term))
        by_first = {first: tuple(sorted(sizes, reverse=True)) for first, sizes in lengths.items()}
        return cls(renderings, by_first)

    def found(self, text: str) -> Iterator[tuple[int, int]]:
        """(start, end) of each term in `text`, the longest at each place, reading on after
        it (as re.finditer over an alternation of the terms, longest first, would)."""
        at = 0
        while at < len(text):
            for length in self.lengths.get(text[at], ()):
                # a slice past the end is shorter, and may be a shorter term itself
                if at + length <= len(text) and text[at : at + length] in self.renderings:
                    yield at, at + length
                    at += length
                    break
            else:
                at += 1

    def replace(self, text: str) -> str:
        """`text` with each term replaced, reading on after it (as re.sub would)."""
        out: list[str] = []
        at = 0
        for start, end in self.found(text):
            out += (text[at:start], self.renderings[text[start:end]])
            at = end
        out.append(text[at:])
        return "".join(out)


def glossary_substitute(converted_zh: str, rules: RuleFiles) -> str:
    """Replace the glossary and documentation terms of `rules` (in Japanese kanji forms)
    by their first Japanese rendering."""
    return _substitution_table(rules.glossary, rules.terms).replace(converted_zh)


# the double hyphen of a katakana name (バーナーズ＝リー, width-folded to =) is a dot too,
# and so is a hyphen between two Han characters (让-吕克·马丁: Jean-Luc)
_DOTS_AND_SPACES = compiled(rf"[{NAME_DOTS}{NAME_HYPHENS}\s]|{HAN_HYPHEN.pattern}")


@lru_cache(maxsize=WORDS_KEPT)  # the same names are keyed again in every rung that compares
def entity_key(text: str, lang: str) -> str:
    """The form entities are matched by: Japanese kanji, no middle dots (in any of their
    forms) or spaces, casefolded."""
    text = _DOTS_AND_SPACES.sub("", fold_width(text)).casefold()
    return entity_converter()(text) if lang == "zh" else text


def _in_brackets(text: str, start: int, end: int) -> bool:
    """Whether a Latin name stands alone in brackets: 纳达尔（Nadal）, (Mossack Fonseca)."""
    # a gloss is short: look back a bounded stretch, not from the start of the segment
    opening = _GLOSS_OPEN.search(text, max(0, start - GLOSS_REACH), start)
    return bool(opening) and bool(_GLOSS_CLOSE.match(text, end))


GLOSS_REACH = 60


def _gloss(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] fills brackets that open right after a word of
    Han characters or katakana: a reading (張偉（チャン・ウェイ）), an original spelling (チャン
    ・ウェイ（張偉）) or a name the person is known by (梁朝偉（トニー・レオン）) is the same
    person, not one added, whether or not the tagger read the name before it."""
    before = text[start - 2 : start - 1]
    # (the reading may go on past the name the tagger read: タイ・ツー of タイ・ツーイン)
    close = end
    while close < len(text) and (katakana(text[close]) or text[close] in NAME_DOTS):
        close += 1
    return (
        text[start - 1 : start] in _OPENING_BRACKETS
        and (han(before) or katakana(before))
        and text[close : close + 1] in _CLOSING_BRACKETS
        and close < len(text)
    )


_OPENING_BRACKETS = ("（", "(")
_CLOSING_BRACKETS = "）)"


_GLOSS_OPEN = compiled(r"[(（][A-Za-z .'-]*$")
_GLOSS_CLOSE = compiled(r"[A-Za-z .'-]*[)）]")


# The acronym bracketed, or set after a comma inside brackets, right after Latin words.
_ACRONYM_AFTER = compiled(
    r"(?:[ -][A-Za-z]+)*\s*(?:[(（]|[,，]\s*)(?P<acronym>[A-Z][A-Za-z0-9]*[A-Z0-9])[)）,，]"
)


def _spells_out_acronym(text: str, start: int, end: int) -> bool:
    """Whether a Latin name is part of words that spell out the acronym bracketed after
    them (HyperText Transfer Protocol (HTTP), World Wide Web Consortium，W3C): the
    expansion of a term, not a name. The acronym's letters must be capitals of the words,
    in order, starting with the first (W3C: W…W…W…C)."""
    tail = _ACRONYM_AFTER.match(text, end)
    if tail is None:
        return False
    phrase = text[_latin_words_start(text, start) : tail.start("acronym")]
    capitals = [ch for ch in phrase if ch.isupper()]
    letters = [ch.upper() for ch in tail.group("acronym") if ch.isalpha()]
    if len(letters) < 2 or not capitals or capitals[0] != letters[0]:
        return False
    remaining = iter(capitals)
    return all(letter in remaining for letter in letters)


def _latin_words_start(text: str, start: int) -> int:
    """Where the Latin words (letters, spaces, hyphens) that end at `start` begin, at most
    a gloss's reach back."""
    at, floor = start, max(0, start - GLOSS_REACH)
    while (
        at > floor and text[at - 1].isascii() and (text[at - 1].isalpha() or text[at - 1] in " -")
    ):
        at -= 1
    return at


def _plain_english(text: str) -> bool:
    """Latin words written as English prose writes any word (Probe, Liveness, Service
    External Traffic Policy): capitalised at a sentence start or as a title, they are no
    evidence of a name. Acronyms (HTTP), CamelCase (PodOverhead) and names with digits,
    hyphens or dots (kube-proxy, Node.js) are."""
    words = text.split()
    return bool(words) and all(
        word.isascii() and word.isalpha() and word[1:].islower() for word in words
    )


def _latin_is_name(text: str) -> bool:
    return len(text) >= 2 and any(ch.isupper() for ch in text)


# a figure and a hyphen before a capitalised Latin word, not inside a longer token: the
# figure is a piece of a brand's name (7-Eleven), no count; F-35 and COVID-19 stay figures
_FIGURE_BEFORE_WORD = compiled(r"(?<![0-9A-Za-z.,\-])\d{1,3}-(?=[A-Z][A-Za-z]+(?![0-9A-Za-z]))")


# A name of Latin parts joined by hyphens, three parts or more, one of them a word of two
# letters or more and one holding a digit, no dotted number (stable-diffusion-v1-5,
# Llama-3-8B, gpt-4o-mini): a model's or a package's name, whose v1 is no version and whose
# 8 no figure. One with a dotted number (node-v18.17.0-linux-x64, zig-0.13.0) keeps it.
_HYPHENATED_NAME = compiled(
    r"(?<![A-Za-z0-9_.\-])[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+){2,}(?![A-Za-z0-9_.\-])"
)
_WORD_PART = compiled(r"(?:^|-)[A-Za-z]{2,}(?:-|$)")


# A shell's or a template's variable (${ENV_VARS}, $HOME, {{ .Values.name }} is markup's):
# no name, no figure
_VARIABLE = compiled(r"\$\{[A-Za-z_][A-Za-z0-9_]*\}|\$[A-Z_][A-Z0-9_]+(?![A-Za-z0-9_])")


# A footnote's mark after the word it notes, or opening the note (运算符[1], [1]：), and an
# issue's or a pull request's number (rust-lang/rust#29802, #1234): marks, no figures
_MARKS = compiled(
    r"(?<=[^\s\[\]])\[\d{1,3}\]|^\[\d{1,3}\](?=[:：])"
    r"|(?<![A-Za-z0-9_.\-])[A-Za-z0-9_.\-]++/[A-Za-z0-9_.\-]++#\d+|(?<![\w#&])#\d{3,}(?!\d)",
    re.MULTILINE,
)


def _opaque_spans(text: str) -> list[tuple[int, int]]:
    """The spans whose digits and letters are no facts of their own: a name of hyphenated
    parts holding a word and a digit (`_HYPHENATED_NAME`), a variable (`_VARIABLE`), a
    footnote's or an issue's mark (`_MARKS`)."""
    spans = [m.span() for m in _VARIABLE.finditer(text)] if "$" in text else []
    if "[" in text or "#" in text:
        spans += [m.span() for m in _MARKS.finditer(text)]
    if "-" in text:
        spans += [
            match.span()
            for match in _HYPHENATED_NAME.finditer(text)
            if _WORD_PART.search(match.group(0)) and any(ch.isdigit() for ch in match.group(0))
        ]
    return spans


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= start and end <= b for a, b in spans)


def _linked_page(surface: str, links: tuple[str, ...]) -> bool:
    """Whether the sentence links to a page named by the word ([POST](…/Methods/POST)):
    a page of its own is evidence of a name, even for a word of the dictionary."""
    folded = surface.casefold()
    return any(link_name(link) == folded for link in links)


def link_name(link: str) -> str:
    """The name of the page a link targets: its last path part, casefolded
    (…/Methods/POST/ -> post). Here and for compare/doc_names.py's evidence of a name."""
    return link.rstrip("/").rsplit("/", 1)[-1].casefold()


def _title_word(surface: str) -> bool:
    """One capitalised word (Jack, Bookmark): weak already (`_plain_english`), and still
    paired with a katakana name it sounds like (Jack = ジャック), which prose is not."""
    return surface.isalpha() and surface[:1].isupper() and surface[1:].islower()


def _latin_core(text: str, match, run: Run) -> tuple[int, int] | None:
    """The span of a Latin name without the English words at its edges; None when it is
    English throughout (extract/common_words.py)."""
    return name_core(
        text, match.start, match.end, run.rules.common_words, run.rules.english.function_words
    )


def _zone_words(text: str, zones) -> list[tuple[int, int]]:
    """The spans of the words of a time zone (北京时间, 日本時間: rules/*/dates.toml
    `zone_words`), whose place names the zone, not a place of the text."""
    if not zones or not any(word[0] in text for word in zones):
        return []
    return [match.span() for match in _zone_pattern(tuple(sorted(zones))).finditer(text)]


@cache
def _zone_pattern(words: tuple[str, ...]):
    return compiled(alternation(words))


def _trimmed(match: DateMatch, prepared: str) -> DateMatch:
    end = match.end
    while end > match.start + 1 and prepared[end - 1].isspace():
        end -= 1
    return match if end == match.end else replace(match, end=end)


def _joined_prefix(prepared: str, end: int, joining: tuple[str, ...]) -> int:
    """The length of the prefix (`joining`) written right after a fact that ends at `end`."""
    return next((len(w) for w in joining if prepared.startswith(w, end)), 0)


def find_facts(
    segment: Segment, lang: str, run: Run
) -> tuple[list[DateMatch], list[Fact], list[Fact]]:
    """Dates (unresolved), numbers and entities of one segment, read with the language
    and the stop names of `run`; versions and identifiers (inline code) come with the
    entities."""
    text = segment.text
    module = run.language(lang)
    # a translator's note (（译注：…）) holds the translator's facts, not the document's
    notes = note_spans(text, run.rules.notes)
    # (inline code that holds a version is read as one, with the prose around it)
    versions_in_code = code_versions(segment)
    code = [span for span in segment.code if span not in versions_in_code]
    prepared = module.prepare(
        fold_width(blank(blank_markup(text), (*code, *segment.labels, *notes)))
    )
    # kinds read on the text as written (versions, code): the grammars do not see them
    lexicon = run.rules.lexicons[lang]
    technical = [
        f for kind in fact_kinds() if kind.find for f in kind.find(segment, prepared, lexicon)
    ]
    # Since GIMP 2.2, 2.4 or later: bounds English puts on a version
    technical = english_version_bounds(technical, prepared, run.rules.english)
    # (the v1 of stable-diffusion-v1-5 is a piece of a name, and so is its 5; ${ENV_VARS}
    # a variable's)
    opaque = _opaque_spans(prepared)
    if opaque:
        technical = [
            f for f in technical if f.kind != "version" or not _inside(f.start, f.end, opaque)
        ]
        prepared = blank(prepared, opaque)
    # (with a prefix right after one that is none after a figure: the ~ of Python 3.8~3.11
    # joins a range of versions, no "about" 3.11)
    joining = tuple(module.numbers.tables.prefix_not_after)
    prepared = blank(
        prepared,
        [
            *((f.start, f.end + _joined_prefix(prepared, f.end, joining)) for f in technical),
            *versions_in_code,  # (what the version finder did not take is still code)
        ],
    )
    # (a date the grammar took with the space after it, 2021年 + a blanked note, ends
    # before it: the span is the date as written)
    dates = [_trimmed(d, prepared) for d in module.dates.find(prepared)]
    # 2004 March 9, July 3, 2015: English dates, which the date grammars do not read
    dates += english_dates(prepared, [(d.start, d.end) for d in dates], run.rules.english)
    dates.sort(key=lambda match: match.start)
    tokens = module.tokens(prepared)
    dates = _days_outside_names(dates, tokens, module.entity_type, prepared)
    without_dates = blank(prepared, [(d.start, d.end) for d in dates])
    numbers = [
        Fact("number", segment.id, m.start, m.end, text[m.start : m.end], m.value)
        for m in module.numbers.find(without_dates)
    ]
    numbers = _figures_outside_names(numbers, tokens, module.entity_type)
    numbers = _firsts_after_since(numbers, dates, prepared, module.dates.tables.since_suffixes)
    # 如果超过3天: a bound in a clause of condition (extract/conditions.py)
    numbers = conditional_bounds(
        numbers,
        prepared,
        lexicon.conditions,
        lexicon.not_conditions,
        lexicon.rule_openers,
        lexicon.condition_event_marks,
    )
    # 两小时五十八分钟, 2時間58分: one measure said in two units (extract/measures.py)
    numbers = joined_measures(
        numbers, prepared, text, run.rules.units, lexicon.numbers.measure_joiners
    )
    # from 0 to 255 in English prose: one range, not two figures
    numbers = english_ranges(numbers, without_dates, text, segment.id, run.rules.english)
    numbers = english_bounds(numbers, without_dates, text, run.rules.english)
    # 7-ELEVEN, 7-Eleven: a figure joined by a hyphen to a capitalised word opens a name
    brands = {m.end(): m.start() for m in _FIGURE_BEFORE_WORD.finditer(prepared)}
    numbers = [n for n in numbers if not any(n.start <= s < n.end for s in brands.values())]
    entities = []
    covered = bytearray(len(text))  # characters inside a date or a number
    for span in (*dates, *numbers):
        if getattr(span.value, "unknown_counter", False):
            continue  # 三郎 of 大江健三郎, 六甲 of 马六甲: a guessed count hides no name
        covered[span.start : span.end] = b"\x01" * (span.end - span.start)
    for start, end in _zone_words(prepared, module.dates.tables.zone_words):
        covered[start:end] = b"\x01" * (end - start)  # 北京时间, 日本時間: a zone, no place
    stoplist = run.rules.stoplist.get(lang, frozenset())
    currency_words = tuple(run.rules.lexicons[lang].names.get("currency_after_places", ()))
    for match in find_entities(
        tokens,
        module.entities,
        module.entity_type,
        stoplist,
        masked=lambda token: not token.text.strip(),
        text=prepared,
    ):
        branded = match.start in brands
        if branded:
            match = replace(match, start=brands[match.start])
        surface = text[match.start : match.end]
        # Latin letters full-width or not (ｋｍ is km, ＮＡＳＡ is NASA)
        folded = surface if surface.isascii() else unicodedata.normalize("NFKC", surface)
        latin = folded.isascii()
        if latin and not _latin_is_name(folded):
            continue
        if surface.casefold() in run.rules.common_words.language_names:
            continue  # [English] | [Dansk] | [中文]: a page's languages, by their own names
        if surface.casefold() in run.rules.common_words.file_names:
            continue  # README を参照: a repository's file, no name
        if surface.casefold() in run.rules.common_words.work_marks:
            continue  # （TODO: 翻译中）: a mark of work left to do, no name
        # PRIMARY, Bookmark, The Python-Fu Console: English words are no evidence of a name
        # (a figure joined to one is: 7-ELEVEN)
        core = (
            _latin_core(text, match, run)
            if surface.isascii() and not branded and not _linked_page(surface, segment.links)
            else (match.start, match.end)
        )
        if core is not None and core != (match.start, match.end):
            match = replace(match, start=core[0], end=core[1])
            surface = text[match.start : match.end]
        if _described_by_a_vague_compound(text, match, lang, module.name_rules):
            continue  # 某 + 日本游戏公司: an organisation described, not named
        if len(surface) < 2 and not _family_name_before_title(surface, text, match, lang, module):
            continue  # 健, 王: one character is too little to tell a name from a word
        if latin and _in_brackets(text, match.start, match.end):
            continue  # 纳达尔（Nadal）: a gloss of the name before it, often left untranslated
        if latin and _spells_out_acronym(text, match.start, match.end):
            continue  # HyperText Transfer Protocol (HTTP): a term spelled out
        if any(covered[match.start : match.end]):
            continue  # 二十世纪, UTC, 二次大战, 香港ドル: part of a date or a number
        if match.entity_type == "place" and _currency_after(text, match.end, currency_words):
            continue  # 米国 + ドルの為替レート: the currency's name, no place
        if _gloss(text, match.start, match.end):
            continue  # 張偉（チャン・ウェイ）: the name's reading or its original, not another
        # This option…, COPYING IN QUANTITY: English prose; matched, yet no evidence of a name
        prose = (core is None and not _title_word(surface)) or english_prose(
            text, match.start, match.end, run.rules.english
        )
        common_noun = module.common_noun(surface, match, text)  # 花园, 一道大堤
        confident = (
            module.confident(surface, match, text, common_noun)
            and not _plain_english(surface)
            and not prose
        )
        value = EntityValue(
            entity_type_in_context(
                match.entity_type,
                surface,
                text,
                (match.start, match.end),
                lang,
                match.compound,
                module.name_rules,
            ),
            entity_key(surface, lang),
            entity_key(match.head, lang),
            confident=confident,
            prose=prose,
            everyday=not confident and module.everyday_word(surface, match, text, common_noun),
        )
        entities.append(Fact("entity", segment.id, match.start, match.end, surface, value))
    return dates, numbers, technical + entities


def _firsts_after_since(numbers: list, dates: list, text: str, since: tuple[str, ...]) -> list:
    """The numbers but a first right after a date of "since" (2008年以来首次 = 2008年以来
    初めて, 12年ぶり): the span says it, no rank, as the grammars read 以来首次 and 以来初めて
    after no date (rules/LANG/numbers.toml not_numbers)."""
    # (a span of seasons ends in its word of since too: 1995-96赛季以来 is "between")
    since_ends = {
        d.end for d in dates if d.value.relation == "since" or text.endswith(since, 0, d.end)
    }
    if not since_ends:
        return numbers
    return [
        n
        for n in numbers
        if not (
            n.value.ordinal
            and n.value.low == n.value.high == 1
            and (n.start in since_ends or (n.start - 1 in since_ends and text[n.start - 1] == " "))
        )
    ]


def _currency_after(text: str, at: int, words: tuple[str, ...]) -> bool:
    """Whether a currency's word stands at `at`, whole (ドル, not ランド of ランドマーク)."""
    for word in words:
        if text.startswith(word, at):
            after = text[at + len(word) : at + len(word) + 1]
            if not (katakana(word) and after and katakana(after)):
                return True
    return False


def _days_outside_names(dates: list, tokens, entity_type, text: str) -> list:
    """The dates but a day relative to today said inside a longer word the tokenizer reads
    as a name (明日 of 光明日报, 光明日報, 明日香), and a date of Han numerals inside a
    longer word UniDic reads as a proper noun (四日 of 四日市, 十日 of 十日町, 二日 of
    二日市): the name's characters, no date."""
    relative = any(d.value.offset is not None and d.value.offset[0] == "day" for d in dates)
    if not relative and not any(han(text[d.start : d.end]) for d in dates):
        return dates  # (most segments: no relative day nor day in kanji, no token to walk)
    inside = [
        (token.start, token.end) for token in tokens if entity_type(token) is not None
    ]
    proper = _proper_name_spans(tokens, entity_type)
    return [
        d
        for d in dates
        if not (
            d.value.offset is not None
            and d.value.offset[0] == "day"
            and _inside_a_longer_name(d.start, d.end, inside)
        )
        and not (han(text[d.start : d.end]) and _inside_a_longer_name(d.start, d.end, proper))
    ]


def _inside_a_longer_name(start: int, end: int, names) -> bool:
    """Whether start..end lies inside one of the (start, end) spans of `names` and is
    shorter than it: characters of that name, no fact of their own."""
    return any(
        first <= start and end <= last and last - first > end - start for first, last in names
    )


def _proper_name_spans(tokens, entity_type) -> list[tuple[int, int]]:
    """The (start, end) of each token the tokenizer tags as a proper noun that reads as a
    name (UniDic's 四日市, 六本木): figures and days of kanji inside are its characters."""
    return [
        (token.start, token.end)
        for token in tokens
        if token.tag in NAMED_TAGS and entity_type(token) is not None
    ]


def _figures_outside_names(numbers: list[Fact], tokens, entity_type) -> list[Fact]:
    """The numbers but a figure of Han numerals inside a longer word UniDic reads as a
    proper noun (六本 of 六本木, 千代 of 千代田, 八 of 八王子): the name's characters, no
    count. Not inside a name only its form makes (三 + 站: a count of stops)."""
    if not any(han(n.text) for n in numbers):
        return numbers  # (most segments: digits or no figure, no token to walk)
    inside = _proper_name_spans(tokens, entity_type)
    return [
        n for n in numbers if not (han(n.text) and _inside_a_longer_name(n.start, n.end, inside))
    ]

_TITLE_WINDOW = 6  # characters after a name that hold its title (行政长官, 外務大臣)


def _described_by_a_vague_compound(text: str, match, lang: str, rules) -> bool:
    """An organisation grown over its kind after a vague determiner (某 + 日本游戏公司, 一家
    + 美国科技公司: rules/zh/names.toml vague_compound_before): a description of one, no
    name; the vague reference it is (rules/anonymization.toml) stands for the name."""
    return (
        lang == "zh"
        and match.compound
        and match.entity_type in ("organisation", "company")
        and bool(rules.vague_compound_before)
        and text.endswith(rules.vague_compound_before, 0, match.start)
    )


def _family_name_before_title(surface: str, text: str, match, lang: str, module) -> bool:
    """A family name of one character alone before its title (王 + 老师, 李 + さん), as
    the person grammars read it (extract/people.py, extract/zh/construed.py): a name,
    though a weak one."""
    if match.entity_type != "person" or not han(surface):
        return False
    rules = module.name_rules
    if lang == "ja" and rules.address_after(text, match.end):
        return True  # 健 + さん, 翼 + くん: a given name before a suffix of address
    following = text[match.end : match.end + _TITLE_WINDOW]
    if lang == "zh":
        from .zh.forms import to_simplified  # the Chinese module imports this one

        following = to_simplified(following)
    return surface in rules.surnames and rules.title_after(following, 0, lang) is not None


def extract_document(
    document: Document, doc_date: date | None = None, *, run: Run, carry_context: bool = True
) -> tuple[Fact, ...]:
    """All facts of a document, in reading order, with relative dates resolved, read with
    the languages of `run`.

    With `carry_context` (running text), a bare 10月 takes the year last mentioned in an
    earlier segment, and 次日 the last full date of the segment before; without it
    (independent segment pairs), each segment stands alone.
    """
    facts: list[Fact] = []
    context = DateContext()
    # the sentences after the one a translator's note opens their paragraph with are the
    # note's (the note's own sentence is read with its note blanked)
    noted, opened = noted_paragraphs(document.segments, run.rules.notes), set()
    for segment in document.segments:
        if segment.paragraph in noted:
            if segment.paragraph in opened:
                continue
            opened.add(segment.paragraph)
        visible = Visible(segment)
        dates, numbers, entities = find_facts(visible.segment, document.lang, run)
        # entities are placed through the map of the text they were read in
        entities = [visible.restored(fact) for fact in entities]
        spelled = Visible(segment, tens=True)  # 廿六日 read as 二十六日: numbers and dates
        if spelled.segment.text != visible.segment.text:
            visible = spelled
            dates, numbers, _ = find_facts(spelled.segment, document.lang, run)
        dates = [visible.restored(m) for m in dates]
        values, after = resolve_dates(dates, doc_date, context)
        context = after if carry_context else DateContext()
        facts.extend(
            Fact("date", segment.id, m.start, m.end, segment.text[m.start : m.end], value)
            for m, value in zip(dates, values, strict=True)
        )
        facts.extend(visible.restored(fact) for fact in numbers)
        facts.extend(entities)
    order = {segment.id: segment.index for segment in document.segments}
    facts.sort(key=lambda fact: (order[fact.segment], fact.start, fact.end, fact.kind))
    return tuple(facts)


__all__ = [
    "LANGUAGES",
    "Language",
    "entity_key",
    "extract_document",
    "find_facts",
    "fold_width",
    "language",
]
