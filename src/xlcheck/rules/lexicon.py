"""The linguistic vocabulary in rules/LANG/*.toml: read, checked against a schema, turned
into the tables the grammars compile.

Each language has four files: numbers.toml (units, currencies, counters and their
families, qualifiers, idioms that hold numerals), dates.toml (relative
and partial dates, times, weekdays, interval words), names.toml (place and
organisation suffixes, titles, what makes a name a company, and what the language's
name heuristics read: surnames, transliteration characters...) and technical.toml (the
words around a version: 版本, 及更高, 以降). What both languages write alike (units in
Latin letters, unit conversions, Japanese eras) is written once, in common/numbers.toml
and common/dates.toml, and merged into each language's tables. A rules folder that
lacks one of them uses the bundled copy. Every problem is reported as
`file:line: what is wrong` (rules/schema.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace
from fractions import Fraction
from pathlib import Path

from ..extract.date_tables import DateTables
from ..extract.entities import COMMON_NOUN_REACH, ENTITY_TYPES, EntityTables
from ..extract.number_tables import NumberTables
from ..extract.spans import alternation
from ..extract.technical import VersionTables
from ..load.text import read_rule_text
from ..regexes import compiled
from ..scripts import han
from .code import COMMENT_MARKS, placeholder_key
from .schema import (
    LIST,
    REGEXES,
    TABLE,
    VALUE,
    WORDS,
    Key,
    Problem,
    flag,
    integer,
    line_of,
    one_of,
    read_checked,
    refuse,
    regex,
    text,
    word,
    words,
)

LANGUAGES = ("zh", "ja")
FILES = ("numbers", "dates", "names", "technical")
QUALIFIERS = ("gt", "ge", "lt", "le", "approx", "within", "exact")
PARTS = ("early", "mid", "late", "first-half", "second-half", "spring", "summer", "autumn")


def _weekday(value) -> str | None:
    return None if value in range(1, 8) else "must be 1 (Monday) to 7 (Sunday)"


def _weekday_span(value) -> str | None:
    fine = (
        isinstance(value, list)
        and len(value) == 2
        and all(day in range(1, 8) for day in value)
        and value[0] < value[1]
    )
    return None if fine else "must be the first and the last weekday, 1 (Monday) to 7: [1, 5]"


def _month_day(value) -> str | None:
    fine = value == [] or (
        isinstance(value, list)
        and len(value) == 2
        and value[0] in range(1, 13)
        and value[1] in range(1, 32)
    )
    return None if fine else "must be [month, day] or [] (a day that moves)"


def _han_word(value) -> str | None:
    fine = isinstance(value, str) and han(value)
    return None if fine else "must be a word of Han characters"


def _family_name(value) -> str | None:
    fine = isinstance(value, str) and han(value, iteration_mark=True)
    return None if fine else "must be a word of Han characters (々 allowed)"


def _character_pair(value) -> str | None:
    """Two Han characters: a Japanese one and the Chinese one written for it (栃枥)."""
    fine = isinstance(value, str) and len(value) == 2 and han(value) and value[0] != value[1]
    return None if fine else "must be two different Han characters (Japanese, then Chinese)"


def _han_characters(value) -> str | None:
    """Single characters written as one run (王李张), each counting alone."""
    if not isinstance(value, str) or not value:
        return "must be a non-empty string of Han characters"
    wrong = sorted({ch for ch in value if not han(ch)})
    if wrong:
        return f"must be Han characters only, not {''.join(wrong)!r}"
    doubles = sorted({ch for ch in value if value.count(ch) > 1})
    return f"lists {''.join(doubles)!r} twice" if doubles else None


def _paired_figures(value) -> str | None:
    """A regex of two figures said together, with the group of the first (a): the grammar
    reads the figures by their groups (extract/numbers.py _paired)."""
    problem = regex(value)
    if problem is None and "a" not in re.compile(value).groupindex:
        problem = "must name the first figure's group (?P<a>...) (and the second's, (?P<b>...))"
    return problem


def _localizer(value) -> str | None:
    """One Han character after a noun (平房 + 里): the reader looks at one."""
    if not (isinstance(value, str) and len(value) == 1 and han(value)):
        return "must be one Han character (the reader looks at the one after the word)"
    return None


def _one_han(value) -> str | None:
    """One Han character: a class of single characters is built of these."""
    if not (isinstance(value, str) and len(value) == 1 and han(value)):
        return "must be one Han character (the words are read as one class of characters)"
    return None


# where a country's one-character name stands in [country_list_before]
COUNTRY_SLOT = "{country}"


def _country_template(value) -> str | None:
    """A regex holding {country}, valid once a class of characters is put in its place."""
    if not isinstance(value, str) or COUNTRY_SLOT not in value:
        return f"must hold {COUNTRY_SLOT} where a country's one-character name stands"
    return regex(value.replace(COUNTRY_SLOT, "[中美]"))


def _noun_lead(value) -> str | None:
    """A measure word or demonstrative before a noun, no longer than the reader's reach
    (COMMON_NOUN_REACH characters before the word)."""
    if not (isinstance(value, str) and han(value) and len(value) <= COMMON_NOUN_REACH):
        return (
            f"must be at most {COMMON_NOUN_REACH} Han characters "
            "(the reader looks no further before the word)"
        )
    return None


def _renderings(value) -> str | None:
    fine = isinstance(value, list) and value and all(word(v) is None for v in value)
    return None if fine else 'must be a list of renderings ["...", ...]'


# a placeholder's English, as a page writes it in brackets (`<package-name>`, `[options]`)
_PLACEHOLDER_ENGLISH = compiled(r"[A-Za-z][A-Za-z _-]*")
_HAN_OR_KANA = compiled("[\u3041-\u30ff\u4e00-\u9fff]")


def _placeholder_renderings(value) -> str | None:
    """The words of Chinese or Japanese for one English placeholder: each holds Han or
    kana (what compare/identifiers.py looks up against the English)."""
    if problem := _renderings(value):
        return problem
    latin = ", ".join(repr(v) for v in value if not _HAN_OR_KANA.search(v))
    return f"must be Chinese or Japanese words, not {latin}" if latin else None


def _placeholder_names(table: dict) -> list[tuple[str, str]]:
    """(problem, English) for each English placeholder that is not letters, spaces, `-` and
    `_`, or that folds as one written before it does (`package name`, `package-name`)."""
    problems, folded = [], {}
    for english in table:
        if not _PLACEHOLDER_ENGLISH.fullmatch(english):
            problems.append(("must be English: letters, spaces, - and _", english))
        elif (first := folded.setdefault(placeholder_key(english), english)) != english:
            problems.append((f"is matched as {first!r} is: write it once", english))
    return problems


# A site's address without its scheme (`youtu.be`, `discord.com`), then `/` and what the
# short address's path is appended to (compare/links.py: `youtu.be/ID` is read as
# `youtube.com/watch?v=ID` by its host and the `/` after it, never by a prefix of the host)
_SHORT_ADDRESS = compiled(r"(?:[a-z0-9-]+\.)+[a-z]{2,}/", re.IGNORECASE)
_LONG_ADDRESS = compiled(r"(?:[a-z0-9-]+\.)+[a-z]{2,}/(?:\S*[/=])?", re.IGNORECASE)


def _long_link(value) -> str | None:
    """The long address a short one stands for: a host, a path, and the `/` or `=` the
    short address's path follows (`youtube.com/watch?v=`, `discord.com/invite/`)."""
    if isinstance(value, str) and _LONG_ADDRESS.fullmatch(value):
        return None
    return "must be a host and a path ending in / or = (youtube.com/watch?v=)"


def _site_folder(value) -> str | None:
    """A folder of a site, from its root (`/docs/Web/CSS/`): what a macro's argument is
    appended to."""
    if isinstance(value, str) and _SITE_FOLDER.fullmatch(value):
        return None
    return "must be a folder of the site from its root, ending in / (/docs/Web/CSS/)"


_SITE_FOLDER = compiled(r"/(?:[\w.-]+/)+")


def _short_link_names(table: dict) -> list[tuple[str, str]]:
    """(problem, short address) for each short address that is not a host and `/`."""
    return [
        ("must be a host and / (youtu.be/)", short)
        for short in table
        if not _SHORT_ADDRESS.fullmatch(short)
    ]


def _comment_mark_names(table: dict) -> list[tuple[str, str]]:
    """(problem, mark) for each comment mark compare/code_blocks.py does not read."""
    known = " ".join(COMMENT_MARKS)
    return [(f"must be one of {known}", mark) for mark in table if mark not in COMMENT_MARKS]


# a file's name and its ending (`README.md`, `index.html`)
_FILE_NAME = compiled(r"[\w-]+\.\w+")


def _file_name(value) -> str | None:
    """A file's name with its ending, no folder (`README.md`, `index.html`)."""
    fine = isinstance(value, str) and _FILE_NAME.fullmatch(value)
    return None if fine else "must be a file name with its ending (README.md)"


def _range(value) -> str | None:
    fine = isinstance(value, list) and len(value) == 2 and all(integer(v) is None for v in value)
    return None if fine and value[0] <= value[1] else "must be [low, high] with low <= high"


def _fraction(value) -> str | None:
    """An integer, or a fraction written as a string: 1000, "1/100"."""
    if integer(value) is None:
        return None
    if isinstance(value, str) and re.fullmatch(r"\d+/[1-9]\d*", value):
        return None
    return 'must be an integer or a fraction such as "1/100"'


def _scaled(value) -> str | None:
    if not isinstance(value, dict) or not {"unit", "factor"} <= set(value) <= {
        "unit",
        "factor",
        "most",
    }:
        return 'must be { unit = "...", factor = N } or { unit = "...", factor = N, most = N }'
    most = _fraction(value["most"]) if "most" in value else None
    return word(value["unit"]) or _fraction(value["factor"]) or most


def _offset_scaled(value) -> str | None:
    if not isinstance(value, dict) or set(value) != {"unit", "factor", "offset"}:
        return 'must be { unit = "...", factor = N, offset = N }'
    return word(value["unit"]) or _fraction(value["factor"]) or _fraction(value["offset"])


_WORD_NUMBER_KEYS = {"value", "unit", "weak"}


def _word_number(value) -> str | None:
    if not isinstance(value, dict) or "value" not in value or set(value) - _WORD_NUMBER_KEYS:
        return 'must be { value = N }, with unit = "..." and weak = true where they apply'
    if not isinstance(value.get("weak", False), bool):
        return "weak must be true or false"
    return _fraction(value["value"]) or (word(value["unit"]) if "unit" in value else None)


NUMBERS: dict[str, Key] = {
    "counters": WORDS,
    "ordinal_prefix": Key(VALUE, word),
    "ordinal_suffixes": WORDS,
    "ordinal_words": REGEXES,
    "first_word": Key(VALUE, word, required=False),
    "first_not_after": Key(VALUE, regex, required=False),
    "first_things": Key(LIST, regex, required=False),
    "first_not_before": Key(LIST, word, required=False),
    "range_separators": WORDS,
    "not_numbers": REGEXES,
    "both_words": Key(LIST, regex, required=False),
    "weak_figures": Key(LIST, regex, required=False),
    # ranks as often said by a word with no figure (世界一 = 全球最高): each row is an
    # ordinal word and a weak figure both (_lexicon), written once
    "weak_ordinal_words": Key(LIST, regex, required=False),
    # words of a first (首次, 初めて, 初会合): ordinal words of their own list
    "first_ordinal_words": Key(LIST, regex, required=False),
    "suffix_tails": Key(LIST, regex, required=False),
    "suffix_only_before": Key(TABLE, regex, required=False),
    "suffix_only_after": Key(TABLE, regex, required=False),
    "turned_before": Key(LIST, word, required=False),
    "attributive_marks": Key(LIST, word, required=False),
    "threshold_before": Key(LIST, regex, required=False),
    "reached_prefixes": Key(LIST, word, required=False),
    "margin_prefixes": Key(LIST, word, required=False),
    "margin_gap": Key(VALUE, regex, required=False),
    "threshold_after": Key(LIST, regex, required=False),
    "degree_adverbs": Key(LIST, word, required=False),
    "turned_after": Key(LIST, regex, required=False),
    "noun_counters": Key(LIST, word, required=False),
    "noun_before_bound": Key(VALUE, regex, required=False),
    "bounds_not_after_noun": Key(LIST, word, required=False),
    "decimal_tail_after": Key(LIST, regex, required=False),
    "distant_prefixes": Key(LIST, word, required=False),
    "distant_gaps": Key(LIST, regex, required=False),
    "share_prefixes": Key(LIST, word, required=False),
    "or_joiners": Key(LIST, word, required=False),
    "bound_pair_joiners": Key(LIST, word, required=False),
    "extreme_prefixes": Key(LIST, word, required=False),
    "rate_words": Key(LIST, word, required=False),
    "rate_words_after": Key(LIST, word, required=False),
    "rate_each_counters": Key(LIST, word, required=False),
    "tenth_counters": Key(LIST, word, required=False),
    "tenth_context": Key(LIST, word, required=False),
    "per_side_words": Key(LIST, word, required=False),
    "lone_numerals": Key(LIST, regex, required=False),
    "digit_runs": Key(LIST, regex, required=False),
    "context_counters": Key(LIST, word, required=False),
    "counter_contexts": Key(LIST, regex, required=False),
    "time_bound_words": Key(LIST, word, required=False),
    "about_shared_across": Key(LIST, regex, required=False),
    "not_counted": Key(LIST, word, required=False),
    "span_points": Key(LIST, word, required=False),
    "step_suffixes": Key(LIST, word, required=False),
    "counted_ordinal_suffixes": Key(LIST, word, required=False),
    "ordinal_suffixes_after_counters": Key(LIST, word, required=False),
    "some_units": Key(LIST, word, required=False),
    "paired_figures": Key(LIST, _paired_figures, required=False),
    "conditions": Key(LIST, word, required=False),
    "measure_joiners": Key(LIST, word, required=False),
    "not_conditions": Key(LIST, word, required=False),
    "rule_openers": Key(LIST, word, required=False),
    "condition_event_marks": Key(LIST, word, required=False),
    "signs": WORDS,
    "plus_minus": Key(LIST, word, required=False),
    "not_half_before": Key(LIST, regex, required=False),
    "percent_prefix": Key(VALUE, word, required=False),
    "fraction_infix": Key(VALUE, word, required=False),
    "discount_counter": Key(VALUE, word, required=False),
    "decade_counter": Key(VALUE, word, required=False),
    "colloquial": Key(VALUE, flag, required=False),
    "decimal_marker": Key(VALUE, word, required=False),
    "decimal_not_before": Key(LIST, regex, required=False),
    "price_not_before": Key(LIST, regex, required=False),
    "price_digit_not_before": Key(LIST, regex, required=False),
    "idioms": Key(LIST, regex, required=False),
    "decimal_units": Key(LIST, word, required=False),
    "timing_units": Key(LIST, word, required=False),
    "rank_verbs": Key(LIST, regex, required=False),
    "open_scales": Key(LIST, word, required=False),
    "extreme_suffixes": Key(LIST, word, required=False),
    "price_units": Key(LIST, word, required=False),
    "digit_units": Key(LIST, word, required=False),
    "growth_verbs": Key(LIST, word, required=False),
    "comparative_words": Key(LIST, word, required=False),
    "comparison_words": Key(LIST, word, required=False),
    "reaching_words": Key(LIST, word, required=False),
    "growth_gap_words": Key(LIST, word, required=False),
    "grown_not_before": Key(LIST, regex, required=False),
    "falling_before": Key(LIST, regex, required=False),
    "rising_before": Key(LIST, regex, required=False),
    "rising_after": Key(LIST, regex, required=False),
    "falling_after": Key(LIST, regex, required=False),
    "rate_counters": Key(LIST, word, required=False),
    "between_joiners": Key(LIST, word, required=False),
    "between_closers": Key(LIST, word, required=False),
    "change_markers": Key(LIST, word, required=False),
    "list_before": Key(LIST, regex, required=False),
    # a row of list_before in which {country} stands for the one-character name of any
    # country of names.toml's [country_abbreviations] (_lexicon): 中美两国
    "country_list_before": Key(VALUE, _country_template, required=False),
    # ... and the one-character names it takes besides that table's (巴, 意, 欧)
    "country_list_extra": Key(LIST, _one_han, required=False),
    "figure_acronyms": Key(LIST, word, required=False),
    "almost_before": Key(LIST, regex, required=False),
    "almost_after": Key(LIST, regex, required=False),
    "almost_alone_before": Key(LIST, regex, required=False),
    "from_openers": Key(LIST, regex, required=False),
    "from_closers": Key(LIST, regex, required=False),
    "estimate_words": Key(LIST, word, required=False),
    "idiom_counts": Key(LIST, word, required=False),
    "prefixes": Key(TABLE, one_of(QUALIFIERS)),
    "suffixes": Key(TABLE, one_of(QUALIFIERS)),
    "inner_suffixes": Key(TABLE, one_of(QUALIFIERS), required=False),
    "time_suffixes": Key(TABLE, one_of(QUALIFIERS), required=False),
    "money_prefixes": Key(TABLE, one_of(QUALIFIERS), required=False),
    "money_threshold_after": Key(LIST, regex, required=False),
    "recent_prefixes": Key(LIST, word, required=False),
    "recent_after": Key(LIST, regex, required=False),
    "recent_openers": Key(LIST, regex, required=False),
    "passing_prefixes": Key(TABLE, regex, required=False),
    "prefix_not_after": Key(TABLE, regex, required=False),
    "additive_joiners": Key(LIST, word, required=False),
    "unit_not_before": Key(TABLE, regex, required=False),
    "numbering_counters": Key(LIST, word, required=False),
    "ranking_counters": Key(LIST, word, required=False),
    "passing_not_before": Key(LIST, regex, required=False),
    "passing_scale_only": Key(LIST, word, required=False),
    # bounds before which a big unit alone is one of it (近万 = 1万近く, 逾百, 上千)
    "scale_alone_prefixes": Key(LIST, word, required=False),
    "spoken_currencies": Key(TABLE, word, required=False),
    "unit_prefixes": Key(TABLE, word, required=False),
    "unit_prefix_contexts": Key(TABLE, regex, required=False),
    "running_before": Key(LIST, word, required=False),
    "currencies_before": Key(LIST, word, required=False),
    "refined_units": Key(LIST, word, required=False),
    "spoken_currency_after": Key(LIST, regex, required=False),
    "spoken_currency_not_after": Key(LIST, word, required=False),
    "bound_verbs": Key(LIST, word, required=False),
    "negations": Key(LIST, word, required=False),
    "negations_before": Key(LIST, word, required=False),
    "negation_stops": Key(LIST, word, required=False),
    "inner_before_big": Key(LIST, word, required=False),
    "under_words": Key(LIST, word, required=False),
    "over_words": Key(LIST, word, required=False),
    "time_words": Key(LIST, word, required=False),
    "currencies": Key(TABLE, word),
    "measures": Key(TABLE, word),
    "scaled_units": Key(TABLE, _scaled, required=False),
    "counter_families": Key(TABLE, words, required=False),
    "vague": Key(TABLE, _range),
    "few": Key(TABLE, _range, required=False),
    "few_not_after": Key(LIST, regex, required=False),
    "few_closers": Key(TABLE, words, required=False),
    "many_closers": Key(TABLE, words, required=False),
    "many": Key(TABLE, _range, required=False),
    "many_not_after": Key(LIST, regex, required=False),
    "many_counters": Key(TABLE, word, required=False),
    "many_units": Key(TABLE, word, required=False),
    "many_not_around": Key(TABLE, regex, required=False),
    "word_numbers": Key(TABLE, _word_number, required=False),
}
DATES: dict[str, Key] = {
    "same_year": WORDS,
    "same_month": WORDS,
    "month_suffix": Key(VALUE, text),
    "day_suffixes": WORDS,
    "since_prefixes": WORDS,
    "until_prefixes": WORDS,
    "since_suffixes": WORDS,
    "until_suffixes": WORDS,
    "between_joiners": WORDS,
    "between_closers": WORDS,
    "next_day_in_span": Key(LIST, word, required=False),
    "deadline_nouns": Key(LIST, word, required=False),
    "deadline_joiners": Key(LIST, word, required=False),
    "not_dates": REGEXES,
    "hour_markers": WORDS,
    "half_hour": Key(VALUE, word),
    "minute_marker": Key(VALUE, word),
    "minutes_past": Key(LIST, word, required=False),
    "minutes_to": Key(LIST, word, required=False),
    "minutes_to_after": Key(LIST, word, required=False),
    "one_oclock": Key(LIST, regex, required=False),
    "minutes_past_after": Key(LIST, word, required=False),
    "minutes_to_either": Key(LIST, word, required=False),
    "minutes_word_not_before": Key(LIST, word, required=False),
    "start_words": Key(LIST, word, required=False),
    "compact_not_before": Key(LIST, regex, required=False),
    "end_words": Key(LIST, word, required=False),
    "weekday_prefixes": WORDS,
    "weekday_suffix": Key(VALUE, text),
    "relative_years": Key(TABLE, integer),
    # 来 + 春, 今 + 秋: a year by one kanji, before a season only
    "season_year_prefixes": Key(TABLE, integer, required=False),
    "relative_months": Key(TABLE, integer),
    "relative_days": Key(TABLE, integer, required=False),
    "relative_weeks": Key(TABLE, integer, required=False),
    "weekday_names_not_before": Key(TABLE, regex, required=False),
    "relative_week_joiners": Key(LIST, word, required=False),
    "relative_weeks_not_after": Key(LIST, regex, required=False),
    "relative_weeks_not_before": Key(LIST, regex, required=False),
    "day_list_heads": Key(TABLE, integer, required=False),
    "day_list_counts": Key(LIST, regex, required=False),
    "day_list_not_after": Key(LIST, regex, required=False),
    "comparison_bases": Key(LIST, word, required=False),
    "comparison_bases_before": Key(TABLE, regex, required=False),
    "years_after_last": Key(TABLE, integer, required=False),
    "months_after_last": Key(TABLE, integer, required=False),
    "days_after_last": Key(TABLE, integer, required=False),
    "days_after_last_not_before": Key(LIST, regex, required=False),
    "suffixes_not_before": Key(LIST, regex, required=False),
    "also_ranks": Key(LIST, word, required=False),
    "year_parts": Key(TABLE, one_of((*PARTS, "winter"))),
    "month_parts": Key(TABLE, one_of(("early", "mid", "late"))),
    "decade_parts": Key(
        TABLE, one_of(("early", "first-half", "second-half", "late")), required=False
    ),
    "meridiems": Key(TABLE, one_of(("am", "pm", "night", "midday"))),
    "weekday_names": Key(TABLE, _weekday),
    "eras": Key(TABLE, integer, required=False),
    "era_year_words": Key(TABLE, word, required=False),
    "zone_words": Key(TABLE, integer, required=False),
    "not_until": Key(LIST, word, required=False),
    "not_until_far": Key(LIST, word, required=False),
    "until_durative": Key(LIST, word, required=False),
    "figure_of_date": Key(LIST, regex, required=False),
    "moved_to": Key(LIST, word, required=False),
    "entered_before": Key(LIST, word, required=False),
    "stretched_to": Key(LIST, word, required=False),
    "comparison_suffixes": Key(LIST, word, required=False),
    "since_before": Key(LIST, word, required=False),
    "change_after_since": Key(LIST, regex, required=False),
    "since_after_clause": Key(LIST, regex, required=False),
    "as_of_suffixes": Key(LIST, word, required=False),
    "season_joiners": Key(LIST, word, required=False),
    "season_words": Key(LIST, word, required=False),
    "century_words": Key(LIST, word, required=False),
    "before_era_words": Key(LIST, word, required=False),
    "fiscal_year_words": Key(LIST, word, required=False),
    "generation_words": Key(LIST, word, required=False),
    "cohort_words": Key(LIST, word, required=False),
    "cohort_not_before": Key(LIST, regex, required=False),
    "weekday_span_not_before": Key(LIST, regex, required=False),
    "weekday_span_words": Key(TABLE, _weekday_span, required=False),
    "weekday_span_words_not_after": Key(LIST, regex, required=False),
    "weekday_span_words_context": Key(TABLE, regex, required=False),
    "weekday_span_words_set_against": Key(LIST, word, required=False),
    "relative_month_day_joiners": Key(LIST, word, required=False),
    "fiscal_year_prefixes": Key(LIST, word, required=False),
    "bare_day_after": Key(LIST, regex, required=False),
    "not_day_before": Key(LIST, regex, required=False),
    "not_part_before": Key(LIST, regex, required=False),
    "bracketed_years_after": Key(LIST, word, required=False),
    "lunar_day_prefix": Key(VALUE, word, required=False),
    "lunar_months": Key(TABLE, integer, required=False),
    "calendar_words": Key(TABLE, one_of(("lunar", "solar")), required=False),
    "calendar_joiners": Key(LIST, word, required=False),
    "year_month_joiners": Key(LIST, text, required=False),
    "holidays": Key(TABLE, _month_day, required=False),
    "clock_words": Key(TABLE, integer, required=False),
    "minutes_not_before": Key(LIST, regex, required=False),
    # what after a month and day written with a slash makes it a date (5/3前, 5/3まで)
    "slash_date_after": Key(LIST, regex, required=False),
    "first_months_prefixes": Key(LIST, word, required=False),
    "first_one_prefixes": Key(LIST, word, required=False),
    "first_months": Key(TABLE, integer, required=False),
    "quarter_prefixes": Key(LIST, word, required=False),
    "months_after_joiners": Key(LIST, word, required=False),
    "quarters": Key(TABLE, integer, required=False),
    "not_calendar_years": Key(LIST, word, required=False),
    "short_year_after": Key(LIST, regex, required=False),
    "not_short_year_after": Key(LIST, word, required=False),
    "month_span_joiners": Key(LIST, word, required=False),
    "year_part_joiner": Key(VALUE, word, required=False),
}
# the keys of NAMES whose value is one string of characters, kept as a string
_NAME_STRINGS = ("count_characters", "count_markers")
NAMES: dict[str, Key] = {
    "place_suffixes": WORDS,
    "org_suffixes": WORDS,
    "derived_suffixes": WORDS,
    # the derived suffixes that name the people of a place (中国 + 人, フランス + 人): the
    # place is a name, the people its derived word
    "people_suffixes": Key(LIST, word, required=False),
    # a team's word after a people (西班牙人 + 队, RCD Espanyol): a club's name, no place
    "team_words": Key(LIST, word, required=False),
    "joiners": WORDS,
    # tags of words a place suffix right after makes a place's name (信义 n + 区)
    "place_stem_tags": Key(LIST, word, required=False),
    # tags of names no reading keeps that a body's suffix right after makes a body's name
    # (长庚 nrt + 大学)
    "body_stem_tags": Key(LIST, word, required=False),
    "body_regions": Key(LIST, word, required=False),
    # suffixes of a city, county or province (孝感 + 市: the dictionary knows the city)
    "city_suffixes": Key(LIST, word, required=False),
    # the ending of a city's own name (温 + 州), before its city suffix (温州 + 市)
    "prefecture_endings": Key(LIST, word, required=False),
    # measure words and demonstratives before a common noun, localizers after it
    "common_noun_before": Key(LIST, _noun_lead, required=False),
    "common_noun_after": Key(LIST, _localizer, required=False),
    # nouns of one character a localizer makes a "where" (河 + 里, 馆 + 里)
    "localized_nouns": Key(LIST, _localizer, required=False),
    # suffixes of a station, a line or an airport after a proper stem (油麻地 + 站)
    "facility_suffixes": Key(LIST, word, required=False),
    "lower_level_suffixes": Key(LIST, word, required=False),
    "not_level_stems": Key(LIST, word, required=False),
    # the numerals and the words of counting of a count (三县, 两个区): no level's name
    "count_characters": Key(VALUE, word, required=False),
    "count_markers": Key(VALUE, word, required=False),
    "facility_verb_followers": Key(LIST, word, required=False),
    # suffixes of a body that are verbs too (学会 "learn"), and what after one makes it the
    # verb (成都 + 学会 + 了: learnt in Chengdu, no society)
    "verb_suffixes": Key(LIST, word, required=False),
    "verb_suffix_followers": Key(LIST, word, required=False),
    # suffixes of a natural feature or a landmark after a place's name (石垣 + 島, 琵琶 +
    # 湖, 浅草 + 寺)
    "feature_suffixes": Key(LIST, word, required=False),
    # common nouns of a natural feature (火山, 冰川): a kind alone, a feature's name after
    # a transliteration read as a person's (埃特纳 + 火山)
    "feature_nouns": Key(LIST, word, required=False),
    # the endings of a country's name in kanji (米国): what follows it is a place in it
    "country_endings": Key(LIST, word, required=False),
    # who runs a body, before its name (国立 + 成功 + 大学)
    "body_owners": Key(LIST, word, required=False),
}
# What the person and company grammars read, in each language (rules/names.py).
PEOPLE: dict[str, Key] = {
    "titles": WORDS,
    # before an office of the titles, one title with it (副 + 局长, 元 + 首相: 韓副局長)
    "title_prefixes": Key(LIST, word, required=False),
    # titles of address and kinship, which take none of them (阿姨, 先生: no 副阿姨)
    "titles_without_prefix": Key(LIST, word, required=False),
    "company_cues": WORDS,
    "companies": WORDS,
    "company_suffixes": WORDS,
    # what a company does, right after its name: 小米 + 发布 (rules/zh/names.toml)
    "company_acts": Key(LIST, word, required=False),
    # trades written after a company's name in one word (松下 + 电器, 三星 + 电子)
    "company_trades": Key(LIST, word, required=False),
    # the suffixes ending a role's noun, glued by jieba to a family name (快递 + 员钱)
    "role_suffixes": Key(LIST, word, required=False),
    # the words that list names (和, と, 、): a weak name listed with a matched one counts
    "name_list_joiners": Key(LIST, word, required=False),
}
# Words of the writer's own country (我国, 国内, わが国), which a translation may name
# (compare/aside.py)
OWN_COUNTRY: dict[str, Key] = {"own_country_words": Key(LIST, word, required=False)}
# A country abbreviated to one character in a compound (米 of 米軍, 訪米, 日米; 美 of 美军,
# 访美, 中美), and the bound words before and after it (compare/names.py).
ABBREVIATIONS: dict[str, Key] = {
    "country_abbreviations": Key(TABLE, _renderings, required=False),
    # ... and those of provinces and cities, read beside them (沪 of 沪深, 粤 of 粤港澳)
    "place_abbreviations": Key(TABLE, _renderings, required=False),
    # the Japanese of a head after a run of abbreviations (京津冀地区 = 北京・天津・河北地域)
    "abbreviated_compound_heads": Key(TABLE, _renderings, required=False),
    "abbreviation_before": Key(LIST, word, required=False),
    "abbreviation_after": Key(LIST, word, required=False),
    # words of two countries' relation after a word of their two abbreviations (中美 + 两国)
    "abbreviation_pair_after": Key(LIST, word, required=False),
}
# What each language's name heuristics read besides the shared keys.
NAME_EXTRAS: dict[str, dict[str, Key]] = {
    "zh": {
        "surnames": Key(LIST, _han_characters),
        # of those, the Korean family names (金, 李, 朴: compare/korean.py read_in_korean)
        "korean_family_names": Key(LIST, _han_characters, required=False),
        "compound_surnames": Key(LIST, _han_word),
        # of those, the everyday words first (西门, 长孙): no given name of one after them
        "everyday_compound_surnames": Key(LIST, _han_word, required=False),
        # characters common in given names (立新 of 杨立新, an everyday-rare word of its own)
        "given_name_characters": Key(LIST, _han_characters, required=False),
        "transliteration_chars": WORDS,
        "conjunctions": WORDS,
        "regnal_suffixes": Key(LIST, word, required=False),
        "nickname_prefixes": Key(LIST, _han_characters, required=False),
        # what says a name follows (名叫), and the nouns of a person or a place after it
        "name_cues": Key(LIST, _han_word, required=False),
        "epithet_markers": Key(LIST, _han_word, required=False),
        "named_nouns": Key(TABLE, _renderings, required=False),
        "address_characters": Key(LIST, _han_characters, required=False),
        "family_only_prefixes": Key(LIST, _han_characters, required=False),
        "comparative_characters": Key(LIST, _han_characters, required=False),
        "serial_verbs": Key(LIST, _han_characters, required=False),
        # verbs after which 于 or 向 is the preposition (效力 + 于 + 曼联)
        "verbs_before_coverbs": Key(LIST, _han_word, required=False),
        "dynasties": Key(LIST, _han_word, required=False),
        "ruler_title_endings": Key(LIST, _han_characters, required=False),
        "dynasty_period_suffixes": Key(LIST, _han_characters, required=False),
        "places": Key(LIST, _han_word, required=False),
        "cities": Key(LIST, _han_word, required=False),  # places, no country
        # what before a name the tagger calls a person makes it a place (在 + 温哥华), and
        # what after it keeps the person (在马克家, 在汤姆回来之前)
        "place_words_before": Key(LIST, regex, required=False),
        "person_place_words": Key(LIST, _han_word, required=False),
        "award_words_after": Key(LIST, _han_word, required=False),
        "landmark_endings": Key(LIST, _han_characters, required=False),
        "feature_endings": Key(LIST, _han_characters, required=False),
        "vague_compound_before": Key(LIST, _han_word, required=False),
        "place_clause_closers": Key(LIST, _han_word, required=False),
        "name_kinds": Key(TABLE, _renderings),
        # a family name in katakana after a Western given name (黄 = ウォン: ペニー・ウォン)
        "family_name_readings": Key(TABLE, _renderings, required=False),
        "place_governments": Key(LIST, _han_word, required=False),
        "country_suffixes": Key(LIST, _han_word, required=False),
        # nested places of one dictionary word (extract/zh/tokenizer.py)
        "top_level_suffixes": Key(LIST, _han_word, required=False),
        "state_body_openings": Key(LIST, _han_word, required=False),
        "state_body_endings": Key(LIST, _han_word, required=False),
        "peoples_suffixes": Key(LIST, _han_word, required=False),
        # the kinds of an autonomous area (compare/autonomous.py)
        "autonomous_kinds": Key(LIST, _han_word, required=False),
        "japanese_name_characters": Key(LIST, _character_pair, required=False),
        "tag_types": Key(TABLE, one_of(ENTITY_TYPES)),
        **ABBREVIATIONS,
        **OWN_COUNTRY,
    },
    "ja": {
        "unidic_types": Key(TABLE, one_of(ENTITY_TYPES)),
        "family_names": Key(LIST, _family_name, required=False),
        "state_body_suffixes": Key(LIST, word, required=False),
        # a ministry's or an agency's suffix after common words (文部 + 科学 + 省)
        "ministry_suffixes": Key(LIST, word, required=False),
        "body_kinds": Key(LIST, word, required=False),
        # the kinds of a company that follow its Latin name (LG + 電子)
        "latin_company_kinds": Key(LIST, word, required=False),
        "source_countries": Key(LIST, word, required=False),
        "reader_countries": Key(LIST, word, required=False),
        "dotted_company_words": Key(LIST, word, required=False),
        "loanword_endings": Key(LIST, word, required=False),
        "generic_loanword_heads": Key(LIST, word, required=False),
        # names of known bodies (teams.tsv, the glossary's companies) that are everyday
        # words too: they pair through the glossary, but are not read where written
        # (ジャズ, イオン)
        "known_names_not_read": Key(LIST, word, required=False),
        "known_places": Key(LIST, word, required=False),
        "direction_places": Key(LIST, word, required=False),
        **OWN_COUNTRY,
        # suffixes of address among the titles (健 + さん), the familiar ones among them
        # (翼 + くん), and the common nouns that take a familiar one (猫 + ちゃん)
        "address_titles": Key(LIST, word, required=False),
        "familiar_titles": Key(LIST, word, required=False),
        "familiar_nouns": Key(LIST, word, required=False),
        "familiar_title_words": Key(LIST, word, required=False),
        # titles said after a person's name only (トランプ + 大統領: a loanword before one
        # is a name)
        "name_only_titles": Key(LIST, word, required=False),
        # kanji that make a word of a name before them (石川家, 劉邦軍)
        "name_word_kanji": Key(LIST, word, required=False),
        # roles written right before a name (歌手マドンナ): a katakana name glued after
        # another kanji word is a compound's head (画像 + カルーセル)
        "roles_before_names": Key(LIST, word, required=False),
        "katakana_words_before_names": Key(LIST, word, required=False),
        # the particles between the dots of a Western name (ファン, フォン, デ, ダ)
        "name_particles": Key(LIST, word, required=False),
        # short forms of Western given names (ビル, ジョニー: compare/name_parts.py)
        "given_name_short_forms": Key(LIST, word, required=False),
        # what says the katakana before it is a name (アニウ + という + 若者), and the nouns
        # of a person or a place after it
        "name_cues_after": Key(LIST, word, required=False),
        "named_nouns": Key(TABLE, _renderings, required=False),
        # a country's English form in katakana inside a name (チャイナ of セコイア・チャイナ)
        "country_english_forms": Key(TABLE, _renderings, required=False),
        # currencies written after their country's name (米国 + ドル): no place there
        "currency_after_places": Key(LIST, word, required=False),
        **ABBREVIATIONS,
    },
}
# Keys of earlier versions, and where their entries went.
RETIRED = {
    "conversions": "moved to common/numbers.toml (a unit converts alike in every language)",
    "honorifics": "merged into titles",
    "surname_titles": "merged into titles (any title after a kept surname stands for the name)",
    "hour_digit_not_before": "read from numbers.toml decimal_not_before (one regex for both)",
    "qualifier_gap_words": "moved to currencies_before (each currency's code from [currencies])",
    "noun_bounds": "computed: the words of [suffixes] but those of bounds_not_after_noun",
}


# What the version finder reads (extract/technical.py): the words that make a number a
# version, and the bounds stated on one.
BOUND = one_of(("ge", "gt", "le", "lt", "from", "before"))
TECHNICAL: dict[str, Key] = {
    "words_before": Key(LIST, word, required=False),
    "words_after": Key(LIST, word, required=False),
    "not_words": Key(LIST, word, required=False),
    "gap_words": Key(LIST, word, required=False),
    "bounds_after": Key(TABLE, BOUND, required=False),
    "bounds_after_gap": Key(TABLE, BOUND, required=False),
    "bounds_before": Key(TABLE, BOUND, required=False),
    "range_joiners": Key(LIST, word, required=False),
    "event_words": Key(LIST, word, required=False),
    "event_joiners": Key(LIST, word, required=False),
    "event_particles": Key(LIST, word, required=False),
    "bound_joiners": Key(LIST, word, required=False),
    "move_words": Key(LIST, word, required=False),
    "move_times": Key(LIST, word, required=False),
    "measure_words_after": Key(LIST, word, required=False),
    "measure_words_before": Key(LIST, word, required=False),
}


def _unit_pair(value) -> str | None:
    fine = isinstance(value, list) and len(value) == 2 and all(word(v) is None for v in value)
    return None if fine and value[0] != value[1] else 'must be two units ["yuan", "USD"]'


# What both languages write alike, once, in rules/common/: the units written in Latin
# letters or symbols (kg, GiB, %), currency signs before a figure ($, €) and the Japanese
# eras, merged into each language's
# tables (MERGED); and what is true of units in every language: the conversions between
# units of one dimension, the units a word leaves open, the pairs translators use for
# one another (rules/units.py).
COMMON = "common"
MANY_KINDS = ("share", "sum")


def _many_kind(value) -> str | None:
    return None if value in MANY_KINDS else f"must be one of {', '.join(MANY_KINDS)}"


COMMON_FILES: dict[str, dict[str, Key]] = {
    # products that name one release two ways (ES6 = ES2015 = ECMAScript 2015):
    # extract/technical.py
    "technical": {
        "product_names": Key(TABLE, word, required=False),
        "product_editions": Key(TABLE, word, required=False),
    },
    "numbers": {
        "measures": Key(TABLE, word, required=False),
        "unit_prefixes": Key(TABLE, word, required=False),
        "conversions": Key(TABLE, _scaled, required=False),
        "scaled_units": Key(TABLE, _scaled, required=False),
        "open_units": Key(TABLE, words, required=False),
        "counter_units": Key(TABLE, words, required=False),
        "loose_units": Key(LIST, _unit_pair, required=False),
        "rounded_conversions": Key(LIST, word, required=False),
        "rate_periods": Key(LIST, word, required=False),
        "offset_conversions": Key(TABLE, _offset_scaled, required=False),
        "many_kinds": Key(TABLE, _many_kind, required=False),
        "not_numerals": Key(LIST, regex, required=False),
        "ordinal_words": Key(LIST, regex, required=False),
        "not_numbers": Key(LIST, regex, required=False),
        "grade_marks": Key(LIST, regex, required=False),
        "latin_scales": Key(TABLE, integer, required=False),
        "latin_scales_whole": Key(LIST, word, required=False),
        "latin_scales_not_before": Key(LIST, word, required=False),
        "latin_scales_not_after": Key(LIST, word, required=False),
        "latin_scales_gap": Key(VALUE, word, required=False),
        "latin_scales_counted": Key(LIST, word, required=False),
    },
    "dates": {
        "eras": Key(TABLE, integer, required=False),
        "short_year_pivot": Key(VALUE, integer, required=False),
    },
    # Sino-Korean readings of Han characters, by reading (compare/korean.py)
    "korean": {"readings": Key(TABLE, _han_characters, required=False)},
    # the katakana renderings of the Han characters of Vietnamese names (compare/vietnamese.py)
    "vietnamese": {"readings": Key(TABLE, words, required=False)},
    # English written inside Chinese or Japanese pages (extract/english.py)
    "english": {
        "function_words": Key(LIST, word, required=False),
        "cardinals": Key(TABLE, integer, required=False),
        "ordinals": Key(TABLE, integer, required=False),
        "vague": Key(TABLE, _range, required=False),
        "bounds_before": Key(TABLE, one_of(QUALIFIERS[:-1]), required=False),
        "bounds_after": Key(TABLE, one_of(QUALIFIERS[:-1]), required=False),
        "version_bounds_before": Key(TABLE, BOUND, required=False),
        "version_bounds_after": Key(TABLE, BOUND, required=False),
        "months": Key(TABLE, integer, required=False),
        "relative_years": Key(TABLE, integer, required=False),
        "change_words": Key(LIST, word, required=False),
    },
    # the words that open or close a translator's note (extract/notes.py)
    "notes": {
        "markers": Key(LIST, word, required=False),
        # what opens a translation's note on its own making (この日本語版は…に基づいています)
        "provenance": Key(LIST, word, required=False),
        "translation_dates": Key(LIST, word, required=False),
        "source_references": Key(LIST, regex, required=False),
        "reader_regions": Key(LIST, regex, required=False),
    },
    # the calls and keys whose string literal is a message or a name, the placeholders
    # a page may translate (compare/identifiers.py), and the links to a site's own tools
    # (compare/links.py, compare/passages.py)
    "code": {
        "message_words": Key(LIST, word, required=False),
        "name_words": Key(LIST, word, required=False),
        "placeholder_words": Key(
            TABLE, _placeholder_renderings, required=False, names=_placeholder_names
        ),
        "site_links": Key(LIST, word, required=False),
        "language_sites": Key(LIST, word, required=False),
        "local_values": Key(LIST, word, required=False),
        "own_keys": Key(LIST, word, required=False),
        "default_branches": Key(LIST, word, required=False),
        "readme_names": Key(LIST, _file_name, required=False),
        "index_pages": Key(LIST, _file_name, required=False),
        "short_links": Key(TABLE, _long_link, required=False, names=_short_link_names),
        "revision_keys": Key(LIST, word, required=False),
        "placeholder_openers": Key(LIST, word, required=False),
        "release_tags": Key(LIST, word, required=False),
        "command_tags": Key(LIST, word, required=False),
        "program_tags": Key(LIST, word, required=False),
        "second_levels": Key(LIST, word, required=False),
        "comment_marks": Key(TABLE, _renderings, required=False, names=_comment_mark_names),
        "shell_families": Key(TABLE, _renderings, required=False),
        "code_macros": Key(LIST, word, required=False),
        "macro_pages": Key(TABLE, _site_folder, required=False),
        "macro_path_roots": Key(TABLE, _site_folder, required=False),
    },
    # Latin words of the English dictionary are no names (extract/common_words.py); with
    # them the language tags a link's target writes and the words joining a list's items
    "words": {
        "least_count": Key(VALUE, integer, required=False),
        "proper_nouns": Key(LIST, word, required=False),
        # languages by their own names (English, Dansk, Français): a page's language list
        "language_names": Key(LIST, word, required=False),
        "file_names": Key(LIST, word, required=False),
        "work_marks": Key(LIST, word, required=False),
        "han_meanings": Key(TABLE, _han_characters, required=False),
        "hyphen_prefixes": Key(LIST, word, required=False),
        "name_labels": Key(LIST, word, required=False),
        "related_names": Key(TABLE, _renderings, required=False),
        "loanwords": Key(LIST, word, required=False),
        "language_tags": Key(LIST, word, required=False),
        "region_codes": Key(LIST, word, required=False),
        "list_joiners": Key(LIST, word, required=False),
        "list_count_gaps": Key(LIST, word, required=False),
        "name_nesting_marks": Key(LIST, word, required=False),
    },
}
MERGED = ("measures", "unit_prefixes", "scaled_units", "eras")
# Lists of a common file each language's list of the same key opens with (Q3, 1990s).
JOINED = ("ordinal_words", "not_numbers")
# Values of a common file each language takes as they are (a language file has none).
TAKEN = (
    "short_year_pivot",
    "not_numerals",
    "grade_marks",
    "latin_scales",
    "latin_scales_whole",
    "latin_scales_not_before",
    "latin_scales_not_after",
    "latin_scales_gap",
    "latin_scales_counted",
    "product_names",
    "product_editions",
)


def schema(lang: str, name: str) -> dict[str, Key]:
    if name == "names":
        return NAMES | PEOPLE | NAME_EXTRAS.get(lang, {})
    return {"numbers": NUMBERS, "dates": DATES, "technical": TECHNICAL}[name]


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: one per rules folder
class Lexicon:
    """One language's vocabulary, as the grammars and name heuristics take it."""

    lang: str
    numbers: NumberTables
    dates: DateTables
    entities: EntityTables
    names: dict = field(default_factory=dict)  # the language's own keys of names.toml
    families: dict = field(default_factory=dict)  # family -> its counters in this language
    currencies: frozenset = frozenset()  # the units that are money: USD, JPY, yuan
    versions: VersionTables | None = None  # the words around a version (technical.toml)
    conditions: tuple[str, ...] = ()  # words of a condition or a rule (如果, ないと)
    not_conditions: tuple[str, ...] = ()  # words a condition word begins (ならない: must)
    # words of a rule that condition the clause before the one they open (未满18岁，禁止入内)
    rule_openers: tuple[str, ...] = ()
    # the aspect marks that make such a clause an event, no condition (参加了, 来过)
    condition_event_marks: tuple[str, ...] = ()


_NAMED_GROUP = re.compile(r"\(\?P<\w+>")


def read_lexicons(folder: Path, fallback: Path) -> tuple[dict[str, Lexicon], dict[str, dict]]:
    """Every language's vocabulary from `folder` (a file it lacks: from `fallback`), with
    what rules/common/ writes for both merged in; and the common files' values (of
    korean.toml: its table by character, rules/korean.py)."""
    from .korean import korean_table

    common = {}
    for name, keys in COMMON_FILES.items():
        path = _present(folder, fallback, COMMON, name)
        if name == "korean":  # 10,129 characters: the table is read back from the cache
            common[name] = (korean_table(path, keys), path)
            continue
        values, problems = read_checked(path, keys)
        refuse(problems + _not_looked_up(path, values, COMMON_LOOKED_UP.get(name, {})))
        common[name] = (values, path)
    lexicons = {}
    for lang in LANGUAGES:
        tables = {}
        for name in FILES:
            path = _present(folder, fallback, lang, name)
            values, problems = _read(path, lang, name)
            refuse(problems)
            if name in common:
                values, problems = _merged(path, values, *common[name])
                refuse(problems)
            tables[name] = values
        lexicons[lang] = _lexicon(lang, **tables)
    return lexicons, {name: values for name, (values, _) in common.items()}


def _present(folder: Path, fallback: Path, part: str, name: str) -> Path:
    path = folder / part / f"{name}.toml"
    return path if path.is_file() else fallback / part / f"{name}.toml"


def _merged(path: Path, values: dict, common: dict, common_path: Path) -> tuple[dict, list]:
    """A language file's values with the common file's tables added; an entry written in
    both is a problem, named at its line in the language file."""
    from ..load.text import read_rule_text

    merged, problems = dict(values), []
    lines: list[str] | None = None
    for key, table in common.items():
        if key in TAKEN:
            merged[key] = table
        if key in JOINED:
            merged[key] = [*table, *values.get(key, ())]
        if key not in MERGED:
            continue  # the units' own tables (rules/units.py)
        own = values.get(key, {})
        if not isinstance(own, dict):
            continue  # named by the schema
        for entry in sorted(set(own) & set(table)):
            lines = lines if lines is not None else read_rule_text(path).splitlines()
            problems.append(
                Problem(
                    path,
                    line_of(lines, key, entry),
                    f"[{key}] {entry!r} is also in {common_path}: write it once",
                )
            )
        merged[key] = {**own, **table}
    return merged, problems


def check_folder(folder: Path, fallback: Path) -> list[Problem]:
    """Every problem in the vocabulary files of a rules folder (absent files are fine;
    an entry of a language file is checked against the common file it would meet)."""
    problems = []
    common = {}
    for name, keys in COMMON_FILES.items():
        path = folder / COMMON / f"{name}.toml"
        if path.is_file():
            values, found = read_checked(path, keys)
            problems.extend(found + _not_looked_up(path, values, COMMON_LOOKED_UP.get(name, {})))
        else:
            path = fallback / COMMON / f"{name}.toml"
            values = read_checked(path, keys)[0]
        common[name] = (values, path)
    for lang in LANGUAGES:
        for name in FILES:
            path = folder / lang / f"{name}.toml"
            if path.is_file():
                values, found = _read(path, lang, name)
                problems.extend(found)
                if name in common:
                    problems.extend(_merged(path, values, *common[name])[1])
    return problems


# Lists whose words the grammar looks up in a table (or one of several) of the same file:
# a qualifier a few characters before its number (至少要花五美元) means what it means right
# before it; a currency also written before the figure (美金100元) is the unit
# [currencies] says; a word of speed (最快) is a bound of [prefixes].
# (A key looked up in several places at once gives a tuple of groups, each "in any of".)
LOOKED_UP: dict[str, dict[str, tuple]] = {
    "numbers": {
        "distant_prefixes": ("prefixes",),
        "share_prefixes": ("prefixes",),
        "extreme_prefixes": ("prefixes",),
        "extreme_suffixes": ("suffixes",),
        "reached_prefixes": ("money_prefixes",),
        "currencies_before": ("currencies",),
        "time_bound_words": ("prefixes",),
        "bounds_not_after_noun": ("suffixes",),
        "digit_units": ("measures",),
        "first_not_before": ("counters",),
        "margin_prefixes": ("distant_prefixes",),
        # digits are read after a unit of timing or of price only where decimal_units are;
        # a unit of price is one of money (九块九): two groups, each "in any of"
        "timing_units": ("decimal_units",),
        "price_units": (("decimal_units",), ("currencies", "spoken_currencies")),
    },
    # a title that takes no prefix is one of the titles; a suffix that makes a city of a
    # word is one of the place suffixes
    "names": {
        "titles_without_prefix": ("titles",),
        "address_titles": ("titles",),
        "familiar_titles": ("address_titles",),
        "name_only_titles": ("titles",),
        "city_suffixes": ("place_suffixes",),
    },
}
# ... and in the common files: a unit converted rounded is one the conversions know.
COMMON_LOOKED_UP: dict[str, dict[str, tuple[str, ...]]] = {
    "numbers": {"rounded_conversions": ("conversions", "offset_conversions")},
}


def _read(path: Path, lang: str, name: str) -> tuple[dict, list[Problem]]:
    """A vocabulary file's values and problems: its schema's, then those across tables."""
    values, problems = read_checked(path, schema(lang, name), RETIRED)
    return values, problems + _not_looked_up(path, values, LOOKED_UP.get(name, {}))


def _not_looked_up(path: Path, values: dict, looked_up: dict[str, tuple]) -> list:
    """The entries of a file's lists that no table or list of the same file they are looked
    up in (`looked_up`: list key -> its tables or lists, or a tuple of such groups, each
    looked up in turn) holds, each a problem at its line."""
    problems = []
    for listed, looked in looked_up.items():
        groups = looked if isinstance(looked[0], tuple) else (looked,)
        problems += [p for tables in groups for p in _not_in(path, values, listed, tables)]
    return problems


def _not_in(path: Path, values: dict, listed: str, tables: tuple[str, ...]) -> list:
    """The entries of the list `listed` that none of `tables` holds, each a problem."""
    entries = values.get(listed)
    known = [values.get(table, {}) for table in tables]
    if not isinstance(entries, list) or not all(isinstance(k, dict | list) for k in known):
        return []  # a wrong shape is named by the schema
    missing = [e for e in entries if isinstance(e, str) and not any(e in k for k in known)]
    lines = read_rule_text(path).splitlines() if missing else []
    named = " or ".join(f"[{table}]" for table in tables)
    how = '= "..." ' if all(isinstance(k, dict) for k in known) else ""
    return [
        Problem(
            path,
            line_of(lines, listed, entry),
            f"{listed}: {entry!r} is not in {named}, which gives its meaning: "
            f'add "{entry}" {how}there',
        )
        for entry in missing
    ]


# The number keys read as they are into the number tables' fields of the same name.
_NUMBER_FIELDS = frozenset(f.name for f in fields(NumberTables))


def _country_lists(numbers: dict, names: dict) -> tuple[str, ...]:
    """The row of list_before that [country_list_before] writes, {country} read as a class
    of the one-character country names of names.toml and of country_list_extra (none when no
    template is written)."""
    template = numbers.get("country_list_before")
    if not template:
        return ()
    named = {*names.get("country_abbreviations", {}), *numbers.get("country_list_extra", ())}
    countries = "".join(sorted(w for w in named if len(w) == 1))
    return (template.replace(COUNTRY_SLOT, f"[{countries}]"),)


def _first_ranks(numbers: dict) -> tuple[str, ...]:
    """The row of ordinal_words that first_word writes: the first of a count's things (首个,
    首台, 首日, 首球), before a counter or a word of time, or a noun of first_things; none
    when no first_word is written."""
    first = numbers.get("first_word")
    if not first:
        return ()
    excluded = set(numbers.get("first_not_before", ()))
    words = (*numbers["counters"], *numbers.get("time_words", ()))
    counted = [w for w in words if w not in excluded]
    after = "|".join([alternation(counted), *numbers.get("first_things", ())])
    behind = numbers.get("first_not_after")
    return (f"{f'(?<!{behind})' if behind else ''}{re.escape(first)}(?:{after})",)


def _lexicon(lang: str, numbers: dict, dates: dict, names: dict, technical: dict) -> Lexicon:
    spoken = numbers.get("spoken_currencies", {})
    units = {
        k: (v, Fraction(1))
        for k, v in {**spoken, **numbers["currencies"], **numbers["measures"]}.items()
    }
    for surface, scaled in numbers.get("scaled_units", {}).items():
        units[surface] = (scaled["unit"], Fraction(scaled["factor"]))
    for surface in list(units):
        for variant in _cases(surface):
            units.setdefault(variant, units[surface])
    idioms = tuple(numbers.get("idioms", ()))  # 三天打鱼两天晒网: neither counts nor dates
    weak_ordinals = tuple(numbers.get("weak_ordinal_words", ()))  # 世界一: a rank, weak
    # 首场, 首次, 初めて, 初会合: a first said by a word, a rank
    firsts = (*numbers.get("first_ordinal_words", ()), *_first_ranks(numbers))
    # the keys named as the tables' fields, lists as tuples; then what is derived
    plain = {
        k: tuple(v) if isinstance(v, list) else v for k, v in numbers.items() if k in _NUMBER_FIELDS
    }
    number_tables = NumberTables(
        **{
            **plain,
            "units": units,
            # the largest figure a scaled unit takes (三成, 十成; 2024 成为 is no tenths)
            "unit_most": {
                variant: Fraction(scaled["most"])
                for surface, scaled in numbers.get("scaled_units", {}).items()
                if "most" in scaled
                for variant in (surface, *_cases(surface))
            },
            "vague": {k: tuple(v) for k, v in numbers["vague"].items()},
            "few": {k: tuple(v) for k, v in numbers.get("few", {}).items()},
            "few_closers": {k: tuple(v) for k, v in numbers.get("few_closers", {}).items()},
            "many_closers": {k: tuple(v) for k, v in numbers.get("many_closers", {}).items()},
            "many": {k: tuple(v) for k, v in numbers.get("many", {}).items()},
            "not_numbers": (*numbers["not_numbers"], *idioms),
            "ordinal_words": (*numbers["ordinal_words"], *weak_ordinals, *firsts),
            "list_before": (*numbers.get("list_before", ()), *_country_lists(numbers, names)),
            # (joined into one pattern: a rank's numeral group, 一审's n, left unnamed)
            "weak_figures": (
                *numbers.get("weak_figures", ()),
                *(_NAMED_GROUP.sub("(?:", word) for word in weak_ordinals),
                # the words whose figure a translation may say another way (米寿: weak = true)
                *(
                    re.escape(k)
                    for k, v in numbers.get("word_numbers", {}).items()
                    if v.get("weak")
                ),
            ),
            "word_numbers": {
                k: (Fraction(v["value"]), v.get("unit"))
                for k, v in numbers.get("word_numbers", {}).items()
            },
            "money_units": frozenset({*numbers["currencies"].values(), *spoken.values()}),
            "spoken_units": tuple(spoken),
            "unit_prefixes": {
                **numbers.get("unit_prefixes", {}),
                **{w: numbers["currencies"][w] for w in numbers.get("currencies_before", ())},
            },
            "refined_units": frozenset(numbers.get("refined_units", ())),
            "spoken_unit_after": tuple(numbers.get("spoken_currency_after", ())),
            "spoken_unit_not_after": tuple(numbers.get("spoken_currency_not_after", ())),
            # a noun between a figure and a bound word of quantity (三十个字以内): not a bound
            # of time after an event named by its figure (911事件以后)
            "noun_bounds": tuple(
                w for w in numbers["suffixes"] if w not in numbers.get("bounds_not_after_noun", ())
            ),
        }
    )
    date_tables = DateTables(
        **{k: tuple(v) if isinstance(v, list) else v for k, v in dates.items()},
        # a digit that opens a word after the hour marker, as after a decimal one (两点一直)
        hour_digit_not_before=tuple(numbers.get("decimal_not_before", ())),
        # where an hour said alone is a count of points (以下三点): one regex for both
        hour_as_count=tuple(numbers.get("counter_contexts", ())),
    )
    date_tables = replace(date_tables, not_dates=(*date_tables.not_dates, *idioms))
    # a deadline's noun, alone or with each joiner, before a date: until (有效期：2026年8月)
    deadlines = tuple(
        noun + joiner
        for noun in date_tables.deadline_nouns
        for joiner in ("", *date_tables.deadline_joiners)
    )
    date_tables = replace(date_tables, until_prefixes=(*date_tables.until_prefixes, *deadlines))
    entity_tables = EntityTables(
        **{k: tuple(names.get(k, ())) for k in NAMES if k not in _NAME_STRINGS},
        **{k: names.get(k, "") for k in _NAME_STRINGS},
        # a title after a name's dot closes the name (ジョン・スミス + ・コーチ)
        titles=tuple(names.get("titles", ())),
        latin_company_kinds=tuple(names.get("latin_company_kinds", ())),
    )
    extras = {k: v for k, v in names.items() if k not in NAMES}
    families = {k: tuple(v) for k, v in numbers.get("counter_families", {}).items()}
    currencies = frozenset(numbers["currencies"].values())
    return Lexicon(
        lang,
        number_tables,
        date_tables,
        entity_tables,
        extras,
        families,
        currencies,
        VersionTables.from_words(technical),
        tuple(numbers.get("conditions", ())),
        tuple(numbers.get("not_conditions", ())),
        tuple(numbers.get("rule_openers", ())),
        tuple(numbers.get("condition_event_marks", ())),
    )


def _cases(surface: str) -> list[str]:
    """A unit's spellings in every case: km, KM, Km, and the last letter a capital (mL, kL:
    litres). Not for one letter: 4G is a network generation, not four grams."""
    if not surface.isascii() or not surface.isalpha() or len(surface) < 2:
        return [surface]
    last_capital = surface[:-1].lower() + surface[-1].upper()
    return sorted({surface, surface.lower(), surface.upper(), surface.title(), last_capital})
