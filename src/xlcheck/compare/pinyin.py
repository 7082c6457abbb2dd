"""Pinyin of Han names: pypinyin's readings, kept as a table in xlcheck's cache.

Names are read character by character (`lazy_pinyin` without its phrase dictionary,
which costs 40 MB and a quarter of a second to load and changed nothing on our name
tables). Importing pypinyin still parses the JSON of its 41,000 characters' readings,
about a tenth of a second of every cold run, to read the two or three names a short
document holds. So the readings of the CJK Unified Ideographs block, as `lazy_pinyin`
gives them one character at a time, are computed once and kept in the per-user cache
(xlcheck/cache.py: checked, rebuilt when in any doubt), keyed by pypinyin's data file.
A name from that block is read from the table; anything else (other blocks, dots, Latin
letters, which pypinyin groups into runs) goes to pypinyin itself, so the readings are
pypinyin's either way. tests/test_pinyin.py holds the two equal.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from functools import cache

# the block the table covers; pypinyin reads a name of it one character at a time
_TABLE_BLOCK = (0x4E00, 0xA000)
_IN_BLOCK = re.compile("[\u4e00-\u9fff]+")

# The layout of the cached table; a change of layout changes this number.
PINYIN_CACHE_FORMAT = 1


@cache
def pinyin_reader() -> Callable[[str], list[str]]:
    """`lazy_pinyin(text)`: each character's reading, other runs as they are."""
    table = _readings()
    if table is None:
        return pypinyin_reader()

    def read(text: str) -> list[str]:
        if _IN_BLOCK.fullmatch(text):
            return [table[char] for char in text]
        return pypinyin_reader()(text)

    return read


@cache
def pypinyin_module():
    """pypinyin, imported without its phrase dictionary: every reader of the process reads
    with the same tables, whichever imports it first (with the phrases, 重庆 reads chong,
    without them zhong: the table of readings is built without them)."""
    # nor do we modify its tables, so it need not copy them
    os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")
    os.environ.setdefault("PYPINYIN_NO_DICT_COPY", "1")
    import pypinyin

    return pypinyin


@cache
def pypinyin_reader() -> Callable[[str], list[str]]:
    """pypinyin's `lazy_pinyin`, without its phrase dictionary."""
    return pypinyin_module().lazy_pinyin


def _readings() -> dict[str, str] | None:
    """Character -> reading for the whole block, from the cache or built (and cached);
    None when pypinyin cannot be found."""
    from .. import cache as disk_cache

    name = _cache_name()
    if name is None:
        return None
    payload = disk_cache.read(name, PINYIN_CACHE_FORMAT)
    table = _unpack(payload) if payload is not None else None
    if table is None:
        if disk_cache.cache_folder() is None:
            return None  # nowhere to keep it: importing pypinyin costs less than building it
        read = pypinyin_reader()
        readings = []
        for code in range(*_TABLE_BLOCK):
            reading = read(chr(code))
            if len(reading) != 1:  # not one item per character: leave it to pypinyin
                return None
            readings.append(reading[0])
        payload = "\n".join(readings).encode()
        disk_cache.write(name, PINYIN_CACHE_FORMAT, payload)
        table = _unpack(payload)
    return table


def _unpack(payload: bytes) -> dict[str, str] | None:
    try:
        readings = payload.decode().split("\n")
    except UnicodeDecodeError:
        return None
    if len(readings) != _TABLE_BLOCK[1] - _TABLE_BLOCK[0] or not all(readings):
        return None
    return dict(zip(map(chr, range(*_TABLE_BLOCK)), readings, strict=True))


def _cache_name() -> str | None:
    """The cache file's name: changes with pypinyin's data file."""
    import hashlib
    import importlib.util

    spec = importlib.util.find_spec("pypinyin")
    if spec is None or spec.origin is None:
        return None
    data = os.path.join(os.path.dirname(spec.origin), "pinyin_dict.json")
    try:
        found = os.stat(data)
    except OSError:
        return None
    key = f"{os.path.abspath(data)}|{found.st_size}|{found.st_mtime_ns}"
    return f"pinyin-{hashlib.sha256(key.encode()).hexdigest()[:16]}.txt"
