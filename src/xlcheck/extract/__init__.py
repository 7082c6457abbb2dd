"""Extract stage: facts (numbers, dates, named entities) per segment, per language.

Each language module (zh.py, ja.py) contributes tables and tokenizer glue; the grammars
in numbers.py, dates.py and entities.py are shared. Text is width-folded character for
character and markup is blanked, so every span indexes the original segment text.
"""

from __future__ import annotations

import importlib
import re
from datetime import date
from functools import cache
from types import ModuleType

from ..model import Document, EntityValue, Fact, Segment
from ..rules.data import rule_files
from ..rules.vocabulary import LanguageVocabulary, number_vocabulary
from ..segment import blank_markup
from .dates import DateGrammar, DateMatch, resolve_dates
from .entities import find_entities
from .numbers import NumberGrammar
from .spans import blank
from .technical import identifier_facts, version_facts

LANGUAGES = ("zh", "ja")

# Full-width ASCII variants and the ideographic space, folded one character to one.
_WIDTH_FOLD = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_WIDTH_FOLD[0x3000] = 0x20
_WIDTH_FOLD[0xFF5E] = 0xFF5E  # keep the full-width tilde: it is a range sign we list as is


def fold_width(text: str) -> str:
    """Full-width digits, letters and ASCII signs to half-width; length is unchanged."""
    return text.translate(_WIDTH_FOLD)


@cache
def language(lang: str) -> ModuleType:
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}")
    return importlib.import_module(f"{__name__}.{lang}")


def number_grammar(lang: str) -> NumberGrammar:
    return _number_grammar(lang, number_vocabulary().language(lang))


def date_grammar(lang: str) -> DateGrammar:
    return _date_grammar(lang, number_vocabulary().language(lang))


@cache  # keyed by the vocabulary too, so that another rules folder gets its own grammar
def _number_grammar(lang: str, vocabulary: LanguageVocabulary) -> NumberGrammar:
    return NumberGrammar(vocabulary.number_tables(language(lang).NUMBERS))


@cache
def _date_grammar(lang: str, vocabulary: LanguageVocabulary) -> DateGrammar:
    return DateGrammar(
        vocabulary.date_tables(language(lang).DATES),
        vocabulary.comparison_suffixes,
        vocabulary.since_before,
        vocabulary.not_until,
        vocabulary.moved_to,
    )


@cache
def entity_converter():
    """Simplified Chinese -> Japanese kanji forms (OpenCC s2t then t2jp), cached per string."""
    import opencc

    to_traditional = opencc.OpenCC("s2t")
    to_japanese = opencc.OpenCC("t2jp")

    @cache
    def convert(text: str) -> str:
        return to_japanese.convert(to_traditional.convert(text))

    return convert


def _glossary_pattern():
    return _substitution_table(rule_files().glossary)


@cache  # keyed by the glossary itself, so that another rules folder gets its own table
def _substitution_table(glossary):
    convert = entity_converter()
    table: dict[str, str] = {}
    for entry in glossary:
        table.setdefault(convert(entry.zh), entry.ja[0])
    if not table:
        return None, table
    words = sorted(table, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words)), table


def glossary_substitute(converted_zh: str) -> str:
    """Replace glossary terms (in Japanese kanji forms) by their first Japanese rendering."""
    pattern, table = _glossary_pattern()
    if pattern is None:
        return converted_zh
    return pattern.sub(lambda m: table[m.group(0)], converted_zh)


def entity_key(text: str, lang: str) -> str:
    """The form entities are matched by: Japanese kanji, no middle dots or spaces, casefolded."""
    text = fold_width(text).replace("・", "").replace(" ", "").casefold()
    return entity_converter()(text) if lang == "zh" else text


def _in_brackets(text: str, start: int, end: int) -> bool:
    """Whether a Latin name stands alone in brackets: 纳达尔（Nadal）, (Mossack Fonseca)."""
    # a gloss is short: look back a bounded stretch, not from the start of the segment
    opening = _GLOSS_OPEN.search(text, max(0, start - GLOSS_REACH), start)
    return bool(opening) and bool(_GLOSS_CLOSE.match(text, end))


GLOSS_REACH = 60


_GLOSS_OPEN = re.compile(r"[(（][A-Za-z .'-]*$")
_GLOSS_CLOSE = re.compile(r"[A-Za-z .'-]*[)）]")


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


def find_facts(segment: Segment, lang: str) -> tuple[list[DateMatch], list[Fact], list[Fact]]:
    """Dates (unresolved), numbers and entities of one segment; versions and
    identifiers (inline code) come with the entities."""
    text = segment.text
    module = language(lang)
    prepared = module.prepare(fold_width(blank(blank_markup(text), segment.code)))
    technical = identifier_facts(segment) + version_facts(segment, prepared)
    prepared = blank(prepared, [(f.start, f.end) for f in technical])
    dates = date_grammar(lang).find(prepared)
    without_dates = blank(prepared, [(d.start, d.end) for d in dates])
    numbers = [
        Fact("number", segment.id, m.start, m.end, text[m.start : m.end], m.value)
        for m in number_grammar(lang).find(without_dates)
    ]
    entities = []
    covered = bytearray(len(text))  # characters inside a date or a number
    for span in (*dates, *numbers):
        covered[span.start : span.end] = b"\x01" * (span.end - span.start)
    stoplist = rule_files().stoplist.get(lang, frozenset())
    for match in find_entities(
        module.tokens(prepared),
        module.ENTITIES,
        module.entity_type,
        stoplist,
        masked=lambda token: not token.text.strip(),
        text=prepared,
    ):
        surface = text[match.start : match.end]
        if surface.isascii() and not _latin_is_name(surface):
            continue
        if len(surface) < 2:
            continue  # 健, 王: one character is too little to tell a name from a word
        if surface.isascii() and _in_brackets(text, match.start, match.end):
            continue  # 纳达尔（Nadal）: a gloss of the name before it, often left untranslated
        if any(covered[match.start : match.end]):
            continue  # 二十世纪, UTC, 二次大战, 香港ドル: part of a date or a number
        value = EntityValue(
            match.entity_type,
            entity_key(surface, lang),
            entity_key(match.head, lang),
            confident=module.confident(surface, match, text) and not _plain_english(surface),
        )
        entities.append(Fact("entity", segment.id, match.start, match.end, surface, value))
    return dates, numbers, technical + entities


def extract_document(
    document: Document, doc_date: date | None = None, *, carry_context: bool = True
) -> tuple[Fact, ...]:
    """All facts of a document, in reading order, with relative dates resolved.

    With `carry_context` (running text), a bare 10月 takes the year last mentioned in an
    earlier segment; without it (independent segment pairs), each segment stands alone.
    """
    facts: list[Fact] = []
    context_year: int | None = None
    for segment in document.segments:
        dates, numbers, entities = find_facts(segment, document.lang)
        values, year = resolve_dates(dates, doc_date, context_year if carry_context else None)
        context_year = year if carry_context else None
        facts.extend(
            Fact("date", segment.id, m.start, m.end, segment.text[m.start : m.end], value)
            for m, value in zip(dates, values, strict=True)
        )
        facts.extend(numbers)
        facts.extend(entities)
    order = {segment.id: segment.index for segment in document.segments}
    facts.sort(key=lambda fact: (order[fact.segment], fact.start, fact.end, fact.kind))
    return tuple(facts)


__all__ = ["entity_key", "extract_document", "find_facts", "fold_width"]
