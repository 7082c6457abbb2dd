"""Regular expressions built from the rules, compiled once and kept between runs.

The grammars and markers are built from the vocabulary in rules/ as a few large
patterns (the number grammar alone is 6,000 characters), and checking a rules folder
compiles each pattern it lists. Python compiles a pattern in two steps: parsing it, and
turning the parse into the matcher's code, a list of integers. For these patterns both
steps are slow: they were a fifth of a second of a cold run on the bundled pair, more
than the check itself.

The code depends only on the pattern, its flags and the Python that made it, so it is
kept in xlcheck's per-user cache (xlcheck/cache.py: checked, ignored when in any doubt)
under a name that carries the interpreter's version and its matcher's format
(`_sre.MAGIC`), and handed back to the matcher directly, as `re` itself does at the end
of compiling. A pattern whose code is not in the cache is compiled as `re` compiles it.
This uses `re`'s internals (`re._parser`, `re._compiler`, `_sre.compile`), which change
between Python versions; where they are missing or refuse the call, every pattern is
compiled by `re.compile`, and the cache name changes with the Python version anyway.
tests/test_regexes.py holds the patterns made from the cache equal to `re.compile`'s.

A run reads the cache when it first compiles a pattern and writes it back (`keep`) after
it read its rules and built its languages, only if it compiled a pattern the cache did
not hold. The file keeps the patterns this process used first, then older ones up to
`KEPT` patterns and `KEPT_BYTES`, so a changed rules folder does not make it grow
without end (every run reads the whole file).

`Prechecked` scans a text with a pattern only when the text holds a character a match
can start with: most sentences hold none of 首, 十, 曜 or 時, and a scan with a pattern
opening on a look-behind tries every position of the text. Those characters are read
from the pattern's parse, which is kept too (a second file, by a digest of the pattern and of
this module):
parsing the grammars again took a hundredth of a second of every cold run.
"""

from __future__ import annotations

import hashlib
import marshal
import re
import sys
from collections.abc import Iterator
from functools import cache

KEPT = 4096  # patterns the cache file holds at most
# ... and besides the run's own (half a megabyte with the bundled rules), older patterns
# up to this size: a grammar's code is 100 kB, and every change of the rules' vocabulary
# makes another one, which every later run would read
KEPT_BYTES = 1 << 20
# The layout of the cache payload; a change of layout changes this number.
REGEX_CACHE_FORMAT = 1
# the openings (`first_characters`) the second file keeps: the run's, then older ones
OPENINGS_KEPT = 1024

Key = tuple[str, int]  # the pattern and its flags, as given
Code = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


class _Store:
    """The process's compiled code by pattern: what the cache file held, what this
    process used, and whether it compiled anything the file lacks (or the file is larger
    than `keep` writes one)."""

    def __init__(
        self, stored: dict[Key, Code], size: int = 0, openings: dict | None = None
    ) -> None:
        self.stored = stored
        self.used: dict[Key, Code] = {}
        # far larger than `keep` writes one: written when only the count was bounded
        self.changed = size > 4 * KEPT_BYTES
        # a pattern's digest -> the class of characters its matches open on (or None)
        self.openings: dict[bytes, str | None] = openings or {}
        self.openings_used: dict[bytes, str | None] = {}
        self.openings_changed = False


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, with the code from the cache when it holds it.
    Raises `re.error` for an invalid pattern, as `re.compile` does."""
    flags = int(flags)
    builder = _matcher()
    if builder is None:
        return re.compile(pattern, flags)
    store = _store()
    key = (pattern, flags)
    code = store.used.get(key) or store.stored.get(key)
    if code is None:
        code = _code(pattern, flags)
        store.changed = True
    store.used[key] = code
    final_flags, program, groups, groupindex, indexgroup = code
    try:
        return builder(pattern, final_flags, program, groups, groupindex, indexgroup)
    except (TypeError, ValueError, OverflowError, RuntimeError):  # not code this Python made
        store.used.pop(key, None)
        return re.compile(pattern, flags)


def occurrences(needle: str, text: str) -> Iterator[tuple[int, int]]:
    """The spans of `needle` in `text`, left to right and not overlapping: what
    `re.finditer(re.escape(needle), text)` finds, without parsing and compiling a pattern
    for each needle (the names the comparison looks for differ from window to window, so
    re's cache of 512 patterns kept none of them)."""
    if not needle:  # an empty pattern matches at every position
        yield from ((at, at) for at in range(len(text) + 1))
        return
    size = len(needle)
    at = text.find(needle)
    while at >= 0:
        yield at, at + size
        at = text.find(needle, at + size)


class Prechecked:
    """A pattern whose `finditer` skips a text that holds none of the characters any match
    of it starts with (`first_characters`): the same matches, fewer scans."""

    __slots__ = ("_first", "regex")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self._first = first_characters(regex)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self._first is not None and self._first.search(text) is None:
            return iter(())
        return self.regex.finditer(text)


def first_characters(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern of one character that matches the first character of every match of
    `regex`, read from its parse, with the pattern's case and ASCII flags; None when that
    cannot be told (a match may start with any character or be empty, a group changes
    the case or character flags, or `re`'s parser is not the one this reads)."""
    opening = _remembered_opening(regex.pattern, regex.flags)
    if opening is None:
        return None
    return compiled(opening, regex.flags & (re.ASCII | re.IGNORECASE))


def _remembered_opening(pattern: str, flags: int) -> str | None:
    """`_parsed_opening`, from the cache when it holds the pattern's."""
    if _matcher() is None:
        return _parsed_opening(pattern, flags)
    code = _reader_digest()
    if code is None:
        return _parsed_opening(pattern, flags)
    store = _store()
    digest = hashlib.sha256(code)
    digest.update(f"{flags}:{pattern}".encode("utf-8", "surrogatepass"))
    key = digest.digest()[:16]
    if key in store.openings_used:
        return store.openings_used[key]
    if key in store.openings:
        found = store.openings_used[key] = store.openings[key]
        return found
    found = store.openings_used[key] = _parsed_opening(pattern, flags)
    store.openings_changed = True
    return found


@cache
def _reader_digest() -> bytes | None:
    """A digest of this module, which reads the openings: a kept opening counts only for
    the code that read it (one read wrong would make `Prechecked` skip texts that hold a
    match). None when the module cannot be read: nothing is then kept."""
    from pathlib import Path

    try:
        return hashlib.sha256(Path(__file__).read_bytes()).digest()
    except OSError:
        return None


def _parsed_opening(pattern: str, flags: int) -> str | None:
    """The class pattern of the characters a match opens on, read from the parse."""
    try:
        found = _opening(re._parser.parse(pattern, flags).data)
    except (AttributeError, TypeError, ValueError, re.error):
        return None
    if found is None or found[1]:  # any character, or an empty match anywhere
        return None
    return f"[{''.join(sorted(set(found[0])))}]"


# The class items that may stand at a match's start, and whether a match may start on
# any character (or at the end) all the same: what `_opening` gives back.
Opening = tuple[list[str], bool]


def _opening(items) -> Opening | None:
    """The class items that may open a parsed sequence, and whether it may also open
    on any character (it may match empty, with no look-ahead that says what follows);
    None when any character may open it."""
    found: list[str] = []
    for op, argument in items:
        item = _opening_item(op, argument)
        if item is None:
            return None
        found += item[0]
        if not item[1]:
            return found, False
    return found, True


def _opening_item(op, argument) -> Opening | None:
    parser = re._parser
    if op is parser.LITERAL:
        return [_class_char(argument)], False
    if op is parser.IN:
        return _class_items(argument)
    if op is parser.BRANCH:
        found: list[str] = []
        empty = False
        for alternative in argument[1]:
            item = _opening(alternative.data)
            if item is None:
                return None
            found += item[0]
            empty = empty or item[1]
        return found, empty
    if op is parser.SUBPATTERN:
        _, added, removed, sequence = argument
        if (added | removed) & (re.IGNORECASE | re.UNICODE | re.LOCALE):
            return None  # the group reads characters as the whole pattern does not
        return _opening(sequence.data)
    if op is parser.ATOMIC_GROUP:
        return _opening(argument.data)
    if op in (parser.MAX_REPEAT, parser.MIN_REPEAT, parser.POSSESSIVE_REPEAT):
        least, _, sequence = argument
        item = _opening(sequence.data)
        return None if item is None else (item[0], item[1] or least == 0)
    if op is parser.ASSERT and argument[0] == 1:  # a look-ahead: (?=[0-9一二])
        ahead = _opening(argument[1].data)
        # what it requires stands at the match's start, though the match may be empty
        return ([], True) if ahead is None or ahead[1] else (ahead[0], False)
    if op in (parser.AT, parser.ASSERT, parser.ASSERT_NOT):
        return [], True  # consumes nothing: the next item opens the match
    return None  # any character (., [^…]), a back-reference, a conditional


def _class_items(items) -> Opening | None:
    parser = re._parser
    categories = {
        parser.CATEGORY_DIGIT: r"\d",
        parser.CATEGORY_SPACE: r"\s",
        parser.CATEGORY_WORD: r"\w",
    }
    found = []
    for op, argument in items:
        if op is parser.LITERAL:
            found.append(_class_char(argument))
        elif op is parser.RANGE:
            found.append(f"{_class_char(argument[0])}-{_class_char(argument[1])}")
        elif op is parser.CATEGORY and argument in categories:
            found.append(categories[argument])
        else:
            return None  # a negated class, \D, \S, \W
    return found, False


def _class_char(code: int) -> str:
    return re.escape(chr(code))  # escapes - ] ^ and \\ too


def keep() -> None:
    """Write the cache back if this process compiled a pattern it did not hold, or it
    is too large."""
    if _matcher() is None:
        return
    store = _store()
    from . import cache as disk_cache

    if store.openings_changed:
        openings = dict(store.openings_used)
        for key, opening in store.openings.items():
            if len(openings) >= OPENINGS_KEPT:
                break
            openings.setdefault(key, opening)
        disk_cache.write(_openings_name(), REGEX_CACHE_FORMAT, marshal.dumps(openings))
        store.openings, store.openings_changed = openings, False
    if not store.changed:
        return
    kept = dict(store.used)
    size = 0
    for key, code in store.stored.items():
        if len(kept) >= KEPT:
            break
        if key not in kept:
            size += len(marshal.dumps((key, code)))
            if size > KEPT_BYTES:
                break
            kept[key] = code
    disk_cache.write(_cache_name(), REGEX_CACHE_FORMAT, marshal.dumps(list(kept.items())))
    store.stored, store.changed = kept, False


def _code(pattern: str, flags: int) -> Code:
    """What `re._compiler.compile` hands the matcher for a pattern (re.error if invalid)."""
    parsed = re._parser.parse(pattern, flags)
    # the opcodes are int subclasses, which marshal does not write
    program = list(map(int, re._compiler._code(parsed, flags)))
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        int(flags | parsed.state.flags),
        program,
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


@cache
def _matcher():
    """`_sre.compile` when this Python's `re` is built as the cache expects, else None."""
    try:
        import _sre

        builder = _sre.compile
        probe = "(?P<a>x)|y"
        final_flags, program, groups, groupindex, indexgroup = _code(probe, 0)
        made = builder(probe, final_flags, program, groups, groupindex, indexgroup)
    # RuntimeError: code `_sre` refuses ("invalid SRE code"), as compiled() also allows
    except (
        ImportError, AttributeError, TypeError, ValueError, OverflowError, RuntimeError, re.error
    ):  # fmt: skip
        return None
    return builder if made == re.compile(probe) else None


@cache
def _store() -> _Store:
    """The cache file's patterns, read once per process (none when missing or doubtful)."""
    from . import cache as disk_cache

    payload = disk_cache.read(_cache_name(), REGEX_CACHE_FORMAT)
    openings = _unpack_openings(disk_cache.read(_openings_name(), REGEX_CACHE_FORMAT))
    if payload is None:
        return _Store({}, openings=openings)
    return _Store(_unpack(payload), len(payload), openings)


def _unpack(payload: bytes) -> dict[Key, Code]:
    """The patterns of a cache payload; nothing when it is not what `keep` writes."""
    try:
        items = marshal.loads(payload)
        stored = {}
        for (pattern, flags), (final_flags, program, groups, groupindex, indexgroup) in items:
            if not (isinstance(pattern, str) and isinstance(program, list)):
                return {}
            stored[pattern, flags] = (final_flags, program, groups, groupindex, indexgroup)
    except (EOFError, ValueError, TypeError):
        return {}
    return stored


def _unpack_openings(payload: bytes | None) -> dict[bytes, str | None]:
    """The openings of the second file; none when it is missing or not what `keep` writes."""
    if payload is None:
        return {}
    try:
        openings = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return {}
    fine = isinstance(openings, dict) and all(
        isinstance(key, bytes) and (value is None or isinstance(value, str))
        for key, value in openings.items()
    )
    return openings if fine else {}


def _openings_name() -> str:
    return f"openings-{_cache_name()}"


def _cache_name() -> str:
    import _sre

    version = "-".join(map(str, sys.version_info[:3]))
    return f"regex-{sys.implementation.name}-{version}-{_sre.MAGIC}-{_sre.CODESIZE}.marshal"
