"""The Sino-Korean readings of Han characters (rules/common/korean.toml), as the table
compare/korean.py reads: each character with its readings in Hangul.

The file lists 10,129 characters by reading. Parsing it, checking every entry and turning
it round by character took a fortieth of a second of every cold run, and most runs never
meet a Korean name. So the table is built once per content of the file (and of the code
that checks and builds it), and read back from xlcheck's cache (cache.py) after that: a
file whose content was never checked is checked, and refused, as any rule file is.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .data import RuleTable
    from .schema import Key

# The layout of the cached table; a change of layout changes this number.
KOREAN_CACHE_FORMAT = 1


def korean_readings(by_reading: dict[str, str]) -> RuleTable:
    """(character, its readings) pairs, sorted, from a table of reading -> characters."""
    from .data import RuleTable

    readings: dict[str, list[str]] = {}
    for reading, characters in by_reading.items():
        for character in characters:
            readings.setdefault(character, []).append(reading)
    return RuleTable(sorted((c, tuple(sorted(r))) for c, r in readings.items()))


def korean_table(path: Path, keys: dict[str, Key]) -> RuleTable:
    """The readings table of korean.toml at `path` (checked with the schema `keys`), from
    the cache when it holds the table of this very file."""
    from .. import cache as disk_cache
    from ..errors import InputError
    from ..load.text import read_rule_text
    from .schema import read_checked, refuse

    try:  # the checks every rule file gets, first; a file that fails them is refused below
        name = _cache_name(read_rule_text(path))
    except InputError:
        name = None
    payload = disk_cache.read(name, KOREAN_CACHE_FORMAT) if name else None
    if payload is not None:
        found = _unpacked(payload)
        if found is not None:
            return found
    values, problems = read_checked(path, keys)
    refuse(problems)
    table = korean_readings(values.get("readings", {}))
    if name:
        disk_cache.write(name, KOREAN_CACHE_FORMAT, marshal.dumps(tuple(table)))
    return table


def _cache_name(text: str) -> str | None:
    """The cache file's name: changes with the file's text and with the code that checks
    (lexicon.py's schema) and builds (this module) the table; None when that code cannot
    be read (the table is then built every run)."""
    digest = hashlib.sha256(text.encode("utf-8"))
    try:
        for module in (Path(__file__), Path(__file__).with_name("lexicon.py")):
            digest.update(module.read_bytes())
    except OSError:
        return None
    return f"korean-{digest.hexdigest()[:24]}.marshal"


def _unpacked(payload: bytes) -> RuleTable | None:
    """The table of a cache payload; None when it is not what `korean_table` writes."""
    from .data import RuleTable

    with contextlib.suppress(ValueError, EOFError, TypeError):
        rows = marshal.loads(payload)
        if isinstance(rows, tuple) and all(
            isinstance(character, str) and isinstance(readings, tuple)
            for character, readings in rows
        ):
            return RuleTable(rows)
    return None
