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
`KEPT`, so a changed rules folder does not make it grow without end.
"""

from __future__ import annotations

import marshal
import re
import sys
from functools import cache

KEPT = 4096  # patterns the cache file holds at most
# The layout of the cache payload; a change of layout changes this number.
REGEX_CACHE_FORMAT = 1

Key = tuple[str, int]  # the pattern and its flags, as given
Code = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


class _Store:
    """The process's compiled code by pattern: what the cache file held, what this
    process used, and whether it compiled anything the file lacks."""

    def __init__(self, stored: dict[Key, Code]) -> None:
        self.stored = stored
        self.used: dict[Key, Code] = {}
        self.changed = False


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


def keep() -> None:
    """Write the cache back if this process compiled a pattern it did not hold."""
    if _matcher() is None:
        return
    store = _store()
    if not store.changed:
        return
    from . import cache as disk_cache

    kept = dict(store.used)
    for key, code in store.stored.items():
        if len(kept) >= KEPT:
            break
        kept.setdefault(key, code)
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
    return _Store(_unpack(payload) if payload is not None else {})


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


def _cache_name() -> str:
    import _sre

    version = "-".join(map(str, sys.version_info[:3]))
    return f"regex-{sys.implementation.name}-{version}-{_sre.MAGIC}-{_sre.CODESIZE}.marshal"
