"""How a rule file is checked: a schema of keys, each with the shape of its value and a
check for each entry, and every problem named with the file and line it is on.

The vocabulary files (rules/lexicon.py), the vague-reference markers (rules/vague.py) and
the waivers (rules/baseline.py) are checked this way, so that `xlcheck rules check` names
every error of a file at once and a run refuses the first one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..regexes import compiled


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


def text(value) -> str | None:
    return None if isinstance(value, str) else "must be a string"


def word(value) -> str | None:
    return None if isinstance(value, str) and value else "must be a non-empty string"


def regex(value) -> str | None:
    if not isinstance(value, str) or not value:
        return "must be a non-empty regular expression"
    try:
        compiled(value)
    except re.error as error:
        return f"invalid regular expression: {error}"
    return None


def flag(value) -> str | None:
    return None if isinstance(value, bool) else "must be true or false"


def integer(value) -> str | None:
    return None if isinstance(value, int) and not isinstance(value, bool) else "must be an integer"


def one_of(choices: tuple[str, ...]) -> Check:
    return lambda value: None if value in choices else f"must be one of {', '.join(choices)}"


def words(value) -> str | None:
    if isinstance(value, list) and value and all(word(v) is None for v in value):
        return None
    return 'must be a list of words ["...", ...]'


# The shapes of a key's value: a list of entries, a table of entries, one value, a table
# with keys of its own ([zh.vague]), or an array of such tables ([[waiver]]).
LIST, TABLE, VALUE, SECTION, TABLES = "list", "table", "value", "section", "tables"


@dataclass(frozen=True)
class Key:
    """One key of a rule file."""

    shape: str
    # each entry's check (a list's, a table's or the value's); of a section or of each of
    # the tables: a check of the table as a whole, named at its header
    check: Check | None = None
    required: bool = True
    keys: dict[str, Key] | None = None  # a section's keys, or each of the tables'
    empty: bool = True  # whether a list may be empty
    # of a table: (message, entry) for what is wrong with its entries' names, one by one
    # or across them (two names that fold alike)
    names: Callable[[dict], list[tuple[str, str]]] | None = None


WORDS = Key(LIST, word)
REGEXES = Key(LIST, regex)


def section(keys: dict[str, Key], *, required: bool = True) -> Key:
    return Key(SECTION, required=required, keys=keys)


def read_checked(
    path: Path, keys: dict[str, Key], retired: dict[str, str] | None = None
) -> tuple[dict, list[Problem]]:
    """A rule file's values and every problem found in it, each with its line.

    `retired`: keys of earlier versions, and where their entries went.
    """
    from ..load.text import read_rule_text, read_toml

    if not path.exists() and not path.is_symlink():
        return {}, [Problem(path, None, "no such file (every rules folder needs it)")]
    try:
        written = read_rule_text(path)  # a regular file inside the folder, UTF-8
        values = read_toml(path, written)  # a mistake named with its line
    except InputError as error:
        return {}, [Problem(path, error.line, error.detail)]
    table = Table(path, written.splitlines(), retired or {})
    return values, table.problems(values, keys)


def refuse(problems: list[Problem]) -> None:
    """A run stops at the first problem of a file, named with its line."""
    if problems:
        first = problems[0]
        raise InputError(str(first.path), first.message, line=first.line)


@dataclass(frozen=True)
class Table:
    """One table of a file (the top level, [zh.vague], the second [[waiver]]) and where
    its keys are written: lines first to last, after the header on line `header`."""

    path: Path
    lines: list[str]
    retired: dict[str, str]
    name: str = ""  # as in its header: "zh.vague"; "" for the top level
    label: str = ""  # what a message about it begins with: "[zh.vague] ", "waiver 2: "
    header: int | None = None
    span: tuple[int, int] | None = None

    def problems(self, values: dict, keys: dict[str, Key]) -> list[Problem]:
        problems = []
        for name, value in values.items():
            key = keys.get(name)
            if key is None and name in self.retired:
                problems.append(self.problem(f"{name}: {self.retired[name]}", name))
            elif key is None:
                known = ", ".join(keys)
                problems.append(self.problem(f"unknown key {name!r} (known: {known})", name))
            elif key.shape in (SECTION, TABLES):
                problems += self.inner(name, key, value)
            else:
                problems += [
                    self.problem(message, name, entry)
                    for message, entry in entry_problems(name, key, value)
                ]
        for name, key in keys.items():
            if key.required and name not in values:
                problems.append(Problem(self.path, self.header, f"{self.label}{name} is missing"))
        return problems

    def problem(self, message: str, name: str, entry: str | None = None) -> Problem:
        line = line_of(self.lines, name, entry, table=self.name, span=self.span)
        return Problem(self.path, line, f"{self.label}{message}")

    def inner(self, name: str, key: Key, value) -> list[Problem]:
        """The problems of a section, or of each table of an array of tables."""
        full = f"{self.name}.{name}" if self.name else name
        if key.shape == SECTION:
            if not isinstance(value, dict):
                return [self.problem(f"[{full}] must be a table", name)]
            return self.within(full, f"[{full}]", 1, f"[{full}] ").whole(value, key)
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            return [self.problem(f"{name} must be tables, each under a [[{full}]] header", name)]
        problems = []
        for number, each in enumerate(value, start=1):
            problems += self.within(full, f"[[{full}]]", number, f"{name} {number}: ").whole(
                each, key
            )
        return problems

    def whole(self, values: dict, key: Key) -> list[Problem]:
        """A section's problems: its keys', then the table's as a whole."""
        problems = self.problems(values, key.keys)
        if key.check and (problem := key.check(values)):
            problems.append(Problem(self.path, self.header, f"{self.label}{problem}"))
        return problems

    def within(self, name: str, header: str, nth: int, label: str) -> Table:
        """The table under the nth `header` line; the whole file when it is written
        otherwise (inline, or by dotted keys), so that its keys are still found."""
        found = [n for n, line in enumerate(self.lines, start=1) if _header(line) == header]
        if len(found) < nth:
            return Table(self.path, self.lines, self.retired, name, label, self.header)
        start = found[nth - 1]
        end = next(
            (n - 1 for n in range(start + 1, len(self.lines) + 1) if _header(self.lines[n - 1])),
            len(self.lines),
        )
        return Table(self.path, self.lines, self.retired, name, label, start, (start + 1, end))


def _header(line: str) -> str | None:
    """A table header as written ("[zh.vague]", "[[waiver]]"), without its comment."""
    found = re.match(r"(\[\[?[^\[\]\"']+\]\]?)\s*(?:#.*)?$", line.strip())
    return re.sub(r"\s+", "", found.group(1)) if found else None


def entry_problems(name: str, key: Key, value) -> list[tuple[str, str | None]]:
    """(message, entry) for each wrong entry of one key."""
    if key.shape == VALUE:
        problem = key.check(value)
        return [(f"{name} {problem}", None)] if problem else []
    if key.shape == LIST:
        if not isinstance(value, list):
            return [(f'{name} must be a list ["...", ...]', None)]
        if not value and not key.empty:
            return [(f"{name} must list at least one entry", None)]
        wrong = [(entry, key.check(entry)) for entry in value]
        seen: set = set()
        hashable = [entry for entry in value if not isinstance(entry, list | dict)]
        doubles = [entry for entry in hashable if entry in seen or seen.add(entry)]
        return [
            (f"{name}: {entry!r} {problem}", _written(entry)) for entry, problem in wrong if problem
        ] + [(f"{name}: {entry!r} is listed twice", str(entry)) for entry in doubles]
    if not isinstance(value, dict):
        return [(f"[{name}] must be a table", None)]
    named = key.names(value) if key.names else []
    return [(f"[{name}] {entry!r} {problem}", entry) for problem, entry in named] + [
        (f"[{name}] {entry!r} {problem}", entry)
        for entry, item in value.items()
        if (problem := key.check(item))
    ]


def _written(entry) -> str | None:
    """What to look for to find a list entry's line: a pair ["比特币", "n"] by its first."""
    if isinstance(entry, list):
        return _written(entry[0]) if entry else None
    return str(entry)


def line_of(
    lines: list[str],
    name: str,
    entry: str | None = None,
    *,
    table: str = "",
    span: tuple[int, int] | None = None,
) -> int | None:
    """The line of a key (a `name = ` line within `span`, or a `[table.name]` or
    `[[table.name]]` header), or of one entry under it."""
    first, last = span or (1, len(lines))
    full = f"{table}.{name}" if table else name
    headers = (f"[{full}]", f"[[{full}]]")
    start = None
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if stripped in headers or (
            first <= number <= last and re.match(rf"{re.escape(name)}\s*=", stripped)
        ):
            start = number
            break
    if start is None or entry is None:
        return start
    # a table's key ("kg" = ..., cm = {...}) before a list's entry ("kg" anywhere in the
    # line), which may also be another key's value ("キログラム" = "kg")
    escaped = re.escape(entry)
    keyed = re.compile(rf"\s*(?:\"{escaped}\"|'{escaped}'|{escaped})\s*=")
    quoted = (f'"{entry}"', f"'{entry}'")
    for found in (keyed.match, lambda line: any(q in line for q in quoted)):
        for number in range(start, len(lines) + 1):
            if found(lines[number - 1]):
                return number
            if number > start and lines[number - 1].startswith("["):
                break
    return start
