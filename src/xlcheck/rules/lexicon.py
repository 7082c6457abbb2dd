"""The linguistic vocabulary in rules/LANG/*.toml: read, checked against a schema, turned
into the tables the grammars compile.

Each language has three files: numbers.toml (units, currencies, counters and their
families, unit conversions, qualifiers, idioms that hold numerals), dates.toml (relative
and partial dates, times, weekdays, interval words) and names.toml (place and
organisation suffixes, titles, what makes a name a company, and what the language's
name heuristics read: surnames, transliteration characters...). A rules folder that
lacks one of them uses the bundled copy. Every problem is reported as
`file:line: what is wrong`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from fractions import Fraction
from pathlib import Path

from ..errors import InputError
from ..extract.dates import DateTables
from ..extract.entities import EntityTables
from ..extract.numbers import NumberTables
from ..scripts import han

LANGUAGES = ("zh", "ja")
FILES = ("numbers", "dates", "names")
QUALIFIERS = ("gt", "ge", "lt", "le", "approx", "exact")
PARTS = ("early", "mid", "late", "first-half", "second-half", "spring", "summer", "autumn")
ENTITY_TYPES = ("place", "person", "organisation", "other")


@dataclass(frozen=True)
class Problem:
    path: Path
    line: int | None
    message: str

    def __str__(self) -> str:
        return (
            f"{self.path}:{self.line}: {self.message}"
            if self.line
            else f"{self.path}: {self.message}"
        )


# A value check returns a message for what is wrong with one entry, or None.
Check = Callable[[object], str | None]


def _text(value) -> str | None:
    return None if isinstance(value, str) else "must be a string"


def _word(value) -> str | None:
    return None if isinstance(value, str) and value else "must be a non-empty string"


def _regex(value) -> str | None:
    if not isinstance(value, str) or not value:
        return "must be a non-empty regular expression"
    try:
        re.compile(value)
    except re.error as error:
        return f"invalid regular expression: {error}"
    return None


def _flag(value) -> str | None:
    return None if isinstance(value, bool) else "must be true or false"


def _integer(value) -> str | None:
    return None if isinstance(value, int) and not isinstance(value, bool) else "must be an integer"


def _one_of(choices: tuple[str, ...]) -> Check:
    return lambda value: None if value in choices else f"must be one of {', '.join(choices)}"


def _weekday(value) -> str | None:
    return None if value in range(1, 8) else "must be 1 (Monday) to 7 (Sunday)"


def _han_word(value) -> str | None:
    fine = isinstance(value, str) and han(value)
    return None if fine else "must be a word of Han characters"


def _han_characters(value) -> str | None:
    """Single characters written as one run (王李张), each counting alone."""
    if not isinstance(value, str) or not value:
        return "must be a non-empty string of Han characters"
    wrong = sorted({ch for ch in value if not han(ch)})
    if wrong:
        return f"must be Han characters only, not {''.join(wrong)!r}"
    doubles = sorted({ch for ch in value if value.count(ch) > 1})
    return f"lists {''.join(doubles)!r} twice" if doubles else None


def _renderings(value) -> str | None:
    fine = isinstance(value, list) and value and all(_word(v) is None for v in value)
    return None if fine else 'must be a list of renderings ["...", ...]'


def _range(value) -> str | None:
    fine = isinstance(value, list) and len(value) == 2 and all(_integer(v) is None for v in value)
    return None if fine and value[0] <= value[1] else "must be [low, high] with low <= high"


def _fraction(value) -> str | None:
    """An integer, or a fraction written as a string: 1000, "1/100"."""
    if _integer(value) is None:
        return None
    if isinstance(value, str) and re.fullmatch(r"\d+/[1-9]\d*", value):
        return None
    return 'must be an integer or a fraction such as "1/100"'


def _scaled(value) -> str | None:
    if not isinstance(value, dict) or set(value) != {"unit", "factor"}:
        return 'must be { unit = "...", factor = N }'
    return _word(value["unit"]) or _fraction(value["factor"])


def _word_number(value) -> str | None:
    if not isinstance(value, dict) or "value" not in value or set(value) - {"value", "unit"}:
        return 'must be { value = N } or { value = N, unit = "..." }'
    return _fraction(value["value"]) or (_word(value["unit"]) if "unit" in value else None)


def _words(value) -> str | None:
    if isinstance(value, list) and value and all(_word(v) is None for v in value):
        return None
    return 'must be a list of words ["...", ...]'


@dataclass(frozen=True)
class Key:
    """One key of a vocabulary file: a list of entries, a table of entries, or a value."""

    shape: str  # "list", "table" or "value"
    check: Check
    required: bool = True


LIST, TABLE, VALUE = "list", "table", "value"
WORDS = Key(LIST, _word)
REGEXES = Key(LIST, _regex)

NUMBERS: dict[str, Key] = {
    "counters": WORDS,
    "ordinal_prefix": Key(VALUE, _word),
    "ordinal_suffixes": WORDS,
    "ordinal_words": REGEXES,
    "range_separators": WORDS,
    "not_numbers": REGEXES,
    "distant_prefixes": Key(LIST, _word, required=False),
    "signs": WORDS,
    "percent_prefix": Key(VALUE, _word, required=False),
    "fraction_infix": Key(VALUE, _word, required=False),
    "discount_counter": Key(VALUE, _word, required=False),
    "decade_counter": Key(VALUE, _word, required=False),
    "colloquial": Key(VALUE, _flag, required=False),
    "decimal_marker": Key(VALUE, _word, required=False),
    "idioms": Key(LIST, _regex, required=False),
    "decimal_units": Key(LIST, _word, required=False),
    "growth_verbs": Key(LIST, _word, required=False),
    "prefixes": Key(TABLE, _one_of(QUALIFIERS)),
    "suffixes": Key(TABLE, _one_of(QUALIFIERS)),
    "inner_suffixes": Key(TABLE, _one_of(QUALIFIERS), required=False),
    "currencies": Key(TABLE, _word),
    "measures": Key(TABLE, _word),
    "scaled_units": Key(TABLE, _scaled, required=False),
    "conversions": Key(TABLE, _scaled, required=False),
    "counter_families": Key(TABLE, _words, required=False),
    "vague": Key(TABLE, _range),
    "word_numbers": Key(TABLE, _word_number, required=False),
}
DATES: dict[str, Key] = {
    "same_year": WORDS,
    "same_month": WORDS,
    "month_suffix": Key(VALUE, _text),
    "day_suffixes": WORDS,
    "since_prefixes": WORDS,
    "until_prefixes": WORDS,
    "since_suffixes": WORDS,
    "until_suffixes": WORDS,
    "between_joiners": WORDS,
    "between_closers": WORDS,
    "not_dates": REGEXES,
    "hour_markers": WORDS,
    "half_hour": Key(VALUE, _word),
    "minute_marker": Key(VALUE, _word),
    "weekday_prefixes": WORDS,
    "weekday_suffix": Key(VALUE, _text),
    "relative_years": Key(TABLE, _integer),
    "relative_months": Key(TABLE, _integer),
    "year_parts": Key(TABLE, _one_of((*PARTS, "winter"))),
    "month_parts": Key(TABLE, _one_of(("early", "mid", "late"))),
    "meridiems": Key(TABLE, _one_of(("am", "pm"))),
    "weekday_names": Key(TABLE, _weekday),
    "eras": Key(TABLE, _integer, required=False),
    "not_until": Key(LIST, _word, required=False),
    "moved_to": Key(LIST, _word, required=False),
    "comparison_suffixes": Key(LIST, _word, required=False),
    "since_before": Key(LIST, _word, required=False),
}
NAMES: dict[str, Key] = {
    "place_suffixes": WORDS,
    "org_suffixes": WORDS,
    "derived_suffixes": WORDS,
    "joiners": WORDS,
}
# What the person and company grammars read, in each language (rules/names.py).
PEOPLE: dict[str, Key] = {
    "titles": WORDS,
    "company_cues": WORDS,
    "companies": WORDS,
    "company_suffixes": WORDS,
}
# What each language's name heuristics read besides the shared keys.
NAME_EXTRAS: dict[str, dict[str, Key]] = {
    "zh": {
        "surnames": Key(LIST, _han_characters),
        "compound_surnames": Key(LIST, _han_word),
        "transliteration_chars": WORDS,
        "conjunctions": WORDS,
        "name_kinds": Key(TABLE, _renderings),
        "tag_types": Key(TABLE, _one_of(ENTITY_TYPES)),
    },
    "ja": {
        "unidic_types": Key(TABLE, _one_of(ENTITY_TYPES)),
    },
}
# Keys of earlier versions, and where their entries went.
RETIRED = {
    "honorifics": "merged into titles",
    "surname_titles": "merged into titles (any title after a kept surname stands for the name)",
}


def schema(lang: str, name: str) -> dict[str, Key]:
    if name == "names":
        return NAMES | PEOPLE | NAME_EXTRAS.get(lang, {})
    return NUMBERS if name == "numbers" else DATES


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: one per rules folder
class Lexicon:
    """One language's vocabulary, as the grammars and name heuristics take it."""

    lang: str
    numbers: NumberTables
    dates: DateTables
    entities: EntityTables
    names: dict = field(default_factory=dict)  # the language's own keys of names.toml
    families: dict = field(default_factory=dict)  # family -> its counters in this language
    conversions: dict = field(default_factory=dict)  # unit -> (base unit, factor)
    numbers_path: Path | None = None  # the numbers.toml read
    currencies: frozenset = frozenset()  # the units that are money: USD, JPY, yuan


def read_lexicons(folder: Path, fallback: Path) -> dict[str, Lexicon]:
    """Every language's vocabulary from `folder` (a file it lacks: from `fallback`)."""
    lexicons = {}
    for lang in LANGUAGES:
        tables, paths = {}, {}
        for name in FILES:
            path = folder / lang / f"{name}.toml"
            if not path.is_file():
                path = fallback / lang / f"{name}.toml"
            values, problems = read_file(path, schema(lang, name))
            if problems:
                first = problems[0]
                raise InputError(str(first.path), first.message, line=first.line)
            tables[name], paths[name] = values, path
        lexicons[lang] = _lexicon(lang, **tables, numbers_path=paths["numbers"])
    return lexicons


def check_folder(folder: Path) -> list[Problem]:
    """Every problem in the vocabulary files of a rules folder (absent files are fine)."""
    problems = []
    for lang in LANGUAGES:
        for name in FILES:
            path = folder / lang / f"{name}.toml"
            if path.is_file():
                problems.extend(read_file(path, schema(lang, name))[1])
    return problems


def read_file(path: Path, keys: dict[str, Key]) -> tuple[dict, list[Problem]]:
    """A vocabulary file's values and every problem found in it, each with its line."""
    from ..load.text import read_rule_text, read_toml

    try:
        text = read_rule_text(path)  # a regular file inside the folder, UTF-8
        values = read_toml(path, text)  # a mistake named with its line
    except InputError as error:
        return {}, [Problem(path, error.line, error.detail)]
    lines = text.splitlines()
    problems = []
    for name, value in values.items():
        key = keys.get(name)
        if key is None and name in RETIRED:
            problems.append(Problem(path, line_of(lines, name), f"{name}: {RETIRED[name]}"))
            continue
        if key is None:
            known = ", ".join(keys)
            problems.append(
                Problem(path, line_of(lines, name), f"unknown key {name!r} (known: {known})")
            )
            continue
        for message, entry in _entry_problems(name, key, value):
            problems.append(Problem(path, line_of(lines, name, entry), message))
    for name, key in keys.items():
        if key.required and name not in values:
            problems.append(Problem(path, None, f"{name} is missing"))
    return values, problems


def _entry_problems(name: str, key: Key, value) -> list[tuple[str, str | None]]:
    """(message, entry) for each wrong entry of one key."""
    if key.shape == VALUE:
        problem = key.check(value)
        return [(f"{name} {problem}", None)] if problem else []
    if key.shape == LIST:
        if not isinstance(value, list):
            return [(f'{name} must be a list ["...", ...]', None)]
        wrong = [(entry, key.check(entry)) for entry in value]
        seen: set = set()
        doubles = [entry for entry in value if entry in seen or seen.add(entry)]
        return [
            (f"{name}: {entry!r} {problem}", str(entry)) for entry, problem in wrong if problem
        ] + [(f"{name}: {entry!r} is listed twice", str(entry)) for entry in doubles]
    if not isinstance(value, dict):
        return [(f"[{name}] must be a table", None)]
    return [
        (f"[{name}] {entry!r} {problem}", entry)
        for entry, item in value.items()
        if (problem := key.check(item))
    ]


def line_of(lines: list[str], name: str, entry: str | None = None) -> int | None:
    """The line of a key (a `name = ` line or a `[name]` header), or of one entry under it."""
    start = None
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if stripped == f"[{name}]" or re.match(rf"{re.escape(name)}\s*=", stripped):
            start = number
            break
    if start is None or entry is None:
        return start
    quoted = (f'"{entry}"', f"'{entry}'")
    bare = re.compile(rf"\s*{re.escape(entry)}\s*=")  # a table key written bare: cm = {...}
    for number in range(start, len(lines) + 1):
        if any(q in lines[number - 1] for q in quoted) or bare.match(lines[number - 1]):
            return number
        if number > start and lines[number - 1].startswith("["):
            break
    return start


def _lexicon(lang: str, numbers: dict, dates: dict, names: dict, numbers_path=None) -> Lexicon:
    units = {
        k: (v, Fraction(1)) for k, v in {**numbers["currencies"], **numbers["measures"]}.items()
    }
    for surface, scaled in numbers.get("scaled_units", {}).items():
        units[surface] = (scaled["unit"], Fraction(scaled["factor"]))
    for surface in list(units):
        for variant in _cases(surface):
            units.setdefault(variant, units[surface])
    idioms = tuple(numbers.get("idioms", ()))  # 三天打鱼两天晒网: neither counts nor dates
    number_tables = NumberTables(
        prefixes=numbers["prefixes"],
        suffixes=numbers["suffixes"],
        units=units,
        counters=tuple(numbers["counters"]),
        ordinal_prefix=numbers["ordinal_prefix"],
        ordinal_suffixes=tuple(numbers["ordinal_suffixes"]),
        ordinal_words=tuple(numbers["ordinal_words"]),
        range_separators=tuple(numbers["range_separators"]),
        vague={k: tuple(v) for k, v in numbers["vague"].items()},
        not_numbers=(*numbers["not_numbers"], *idioms),
        word_numbers={
            k: (Fraction(v["value"]), v.get("unit"))
            for k, v in numbers.get("word_numbers", {}).items()
        },
        percent_prefix=numbers.get("percent_prefix"),
        fraction_infix=numbers.get("fraction_infix"),
        discount_counter=numbers.get("discount_counter"),
        decade_counter=numbers.get("decade_counter"),
        colloquial=numbers.get("colloquial", False),
        decimal_marker=numbers.get("decimal_marker"),
        inner_suffixes=numbers.get("inner_suffixes", {}),
        decimal_units=tuple(numbers.get("decimal_units", ())),
        growth_verbs=tuple(numbers.get("growth_verbs", ())),
        signs=tuple(numbers["signs"]),
        distant_prefixes=tuple(numbers.get("distant_prefixes", ())),
    )
    date_tables = DateTables(
        **{k: tuple(v) if isinstance(v, list) else v for k, v in dates.items()}
    )
    date_tables = replace(date_tables, not_dates=(*date_tables.not_dates, *idioms))
    entity_tables = EntityTables(**{k: tuple(names[k]) for k in NAMES})
    extras = {k: v for k, v in names.items() if k not in NAMES}
    conversions = {
        unit: (each["unit"], Fraction(each["factor"]))
        for unit, each in numbers.get("conversions", {}).items()
    }
    families = {k: tuple(v) for k, v in numbers.get("counter_families", {}).items()}
    currencies = frozenset(numbers["currencies"].values())
    return Lexicon(
        lang,
        number_tables,
        date_tables,
        entity_tables,
        extras,
        families,
        conversions,
        numbers_path,
        currencies,
    )


def _cases(surface: str) -> list[str]:
    """A unit's spellings in every case: km, KM, Km. Not for one letter: 4G is a
    network generation, not four grams."""
    if not surface.isascii() or not surface.isalpha() or len(surface) < 2:
        return [surface]
    return sorted({surface, surface.lower(), surface.upper(), surface.title()})
