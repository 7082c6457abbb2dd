"""jieba's dictionaries, loaded fast: frequencies and tags from xlcheck's own cache.

See `load_dictionaries` for why and how; xlcheck/cache.py keeps the file safe.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass


@dataclass(frozen=True, eq=False)
class Dictionaries:
    """jieba's dictionary as look-up tables: what the grammars and the name heuristics read.

    `frequency` holds the dictionary's words, `words` the same in sorted order. jieba's
    own table (`FREQ`) also holds every prefix of a word that is no word itself, with
    frequency 0, for its prefix scan: a third more entries to build at start-up, which
    only jieba needs (`prefix_dictionary`); the others are found by `is_prefix`.
    """

    frequency: dict[str, int]
    total: int
    tags: dict[str, str]
    words: list[str]  # sorted

    def is_prefix(self, text: str) -> bool:
        """Whether `text` begins a longer word of the dictionary."""
        index = bisect.bisect_right(self.words, text)
        return index < len(self.words) and self.words[index].startswith(text)

    def prefix_dictionary(self) -> dict[str, int]:
        """jieba's `FREQ`: every word with its frequency, every prefix of one with 0."""
        table = dict(self.frequency)
        for word in self.words:
            for end in range(1, len(word)):
                table.setdefault(word[:end], 0)
        return table


def jieba_dictionary_path() -> str:
    """jieba's bundled dict.txt, found without importing jieba (its import loads the HMM
    tables, a tenth of a second that the Rust segmenter does not need)."""
    import importlib.util
    import os

    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        raise ImportError("jieba is not installed")
    return os.path.join(os.path.dirname(spec.origin), "dict.txt")


def load_dictionaries(path: str | None = None) -> Dictionaries:
    """jieba's word frequencies, their total and the POS tag of every word.

    jieba keeps its frequencies between runs as a marshal file of a half-million-entry
    dictionary in the shared temporary folder (0.8 s to load, and any local user can plant
    it), and jieba.posseg parses the tag table from the dictionary text each run (0.4 s).
    Both are kept instead as a few long strings and two arrays in one file of xlcheck's
    per-user cache (0.3 s for both; see xlcheck/cache.py), keyed by the dictionary file;
    a missing or doubtful cache is rebuilt from the dictionary, never through jieba's.

    The tag table shares its words with the frequency table (one string object per word,
    not two: 26 MiB less in every process) and its tags are a few dozen shared strings.
    """
    from ... import cache as disk_cache

    path = path or jieba_dictionary_path()
    name = dictionary_cache_name(path)
    payload = disk_cache.read(name, JIEBA_CACHE_FORMAT)
    loaded = unpack_dictionaries(payload) if payload is not None else None
    if loaded is not None:
        return loaded
    built = read_dictionary(path)
    disk_cache.write(name, JIEBA_CACHE_FORMAT, pack_dictionaries(built))
    return built


def dictionary_cache_name(path: str) -> str:
    """The cache file's name for a jieba dictionary: changes with the file."""
    import hashlib
    import os

    stat = os.stat(path)
    key = f"{os.path.abspath(path)}|{stat.st_size}|{stat.st_mtime_ns}"
    return f"jieba-{hashlib.sha256(key.encode()).hexdigest()[:16]}.marshal"


# The layout of the cached dictionaries; a change of layout changes this number.
JIEBA_CACHE_FORMAT = 4


def pack_dictionaries(tables: Dictionaries) -> bytes:
    import array
    import marshal

    names = sorted(set(tables.tags.values()))
    number = {name: index for index, name in enumerate(names, 1)}
    words = sorted(tables.frequency)
    return marshal.dumps(
        (
            "\n".join(words),
            array.array("q", (tables.frequency[w] for w in words)).tobytes(),
            tables.total,
            # per word: 0 for no tag, else 1 + its tag's index in the names
            array.array("H", (number.get(tables.tags.get(w), 0) for w in words)).tobytes(),
            "\n".join(names),
        )
    )


def unpack_dictionaries(payload: bytes) -> Dictionaries | None:
    """The tables from a cache payload; None when the payload is not what
    pack_dictionaries writes (sizes, types, a positive total, no negative frequency)."""
    import array
    import itertools
    import marshal
    import sys

    try:
        joined, counts, total, tag_numbers, tag_names = marshal.loads(payload)
        words = joined.split("\n")
        frequencies = array.array("q")
        frequencies.frombytes(counts)
        numbers = array.array("H")
        numbers.frombytes(tag_numbers)
        names = (None, *map(sys.intern, tag_names.split("\n")))
        if not (
            isinstance(total, int)
            and total > 0
            and len(frequencies) == len(words) == len(numbers)
            and min(frequencies) >= 0
            and max(numbers) < len(names)
        ):
            return None
        frequency = dict(zip(words, frequencies, strict=True))
        tags = dict(
            zip(
                itertools.compress(words, numbers),
                map(names.__getitem__, filter(None, numbers)),
                strict=True,
            )
        )
    except (EOFError, ValueError, TypeError, IndexError, AttributeError):
        return None
    return Dictionaries(frequency, total, tags, words)


def read_dictionary(path: str) -> Dictionaries:
    """The tables from a jieba dictionary file ("word frequency [tag]" lines): the
    frequencies as jieba's own start-up (`gen_pfdict`) reads them, and the tags
    jieba.posseg reads (without its HMM tables, which are never used here)."""
    frequency: dict[str, int] = {}
    tags: dict[str, str] = {}
    total = 0
    with open(path, encoding="utf-8") as handle:
        for line in handle.read().splitlines():
            parts = line.strip().split(" ")
            word, count = parts[0], int(parts[1])
            frequency[word] = count
            total += count
            if len(parts) == 3:
                tags[word] = parts[2]
    return Dictionaries(frequency, total, tags, sorted(frequency))
