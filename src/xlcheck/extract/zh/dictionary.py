"""jieba's dictionaries, loaded fast: frequencies and tags from xlcheck's own cache.

See `load_dictionaries` for why and how; xlcheck/cache.py keeps the file safe.
"""

from __future__ import annotations

import array
import bisect
from dataclasses import dataclass


@dataclass(frozen=True, eq=False)
class Dictionaries:
    """jieba's dictionary as sorted arrays: what the grammars and the name heuristics read.

    A word is found by binary search in `words` (a microsecond), and its frequency and tag
    sit at the same index in the arrays. Two Python dicts of the 349,000 words would answer
    faster, but building them took a fifth of a second of every cold run, which reads a
    few hundred of the words; segmenters.py remembers each word once it was looked up.

    jieba's own table (`FREQ`) also holds every prefix of a word that is no word itself,
    with frequency 0, for its prefix scan; only jieba needs it (`prefix_dictionary`), the
    others ask `is_prefix`.
    """

    words: list[str]  # sorted
    frequencies: array.array  # "q": the frequency of words[i]
    tag_numbers: array.array  # "H": 0 for no tag, else 1 + the index of its tag in tag_names
    tag_names: tuple[str, ...]
    total: int

    @classmethod
    def from_tables(
        cls, frequency: dict[str, int], total: int, tags: dict[str, str]
    ) -> Dictionaries:
        names = tuple(sorted(set(tags.values())))
        number = {name: index for index, name in enumerate(names, 1)}
        words = sorted(frequency)
        return cls(
            words,
            array.array("q", (frequency[word] for word in words)),
            array.array("H", (number.get(tags.get(word), 0) for word in words)),
            names,
            total,
        )

    def index(self, word: str) -> int | None:
        """The word's place in `words`, None when the dictionary lacks it."""
        index = bisect.bisect_left(self.words, word)
        return index if index < len(self.words) and self.words[index] == word else None

    def frequency(self, word: str) -> int | None:
        index = self.index(word)
        return None if index is None else self.frequencies[index]

    def tag(self, word: str) -> str | None:
        index = self.index(word)
        number = 0 if index is None else self.tag_numbers[index]
        return self.tag_names[number - 1] if number else None

    def is_prefix(self, text: str) -> bool:
        """Whether `text` begins a longer word of the dictionary."""
        index = bisect.bisect_right(self.words, text)
        return index < len(self.words) and self.words[index].startswith(text)

    def prefix_dictionary(self) -> dict[str, int]:
        """jieba's `FREQ`: every word with its frequency, every prefix of one with 0."""
        table = dict(zip(self.words, self.frequencies, strict=True))
        for word in self.words:
            for end in range(1, len(word)):
                table.setdefault(word[:end], 0)
        return table

    def tag_table(self) -> dict[str, str]:
        """Every tagged word with its tag (jieba.posseg's `word_tag_tab`)."""
        return {
            word: self.tag_names[number - 1]
            for word, number in zip(self.words, self.tag_numbers, strict=True)
            if number
        }


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
    per-user cache (0.05 s to load; see xlcheck/cache.py), keyed by the dictionary file;
    a missing or doubtful cache is rebuilt from the dictionary, never through jieba's.
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
    import marshal

    return marshal.dumps(
        (
            "\n".join(tables.words),
            tables.frequencies.tobytes(),
            tables.total,
            tables.tag_numbers.tobytes(),
            "\n".join(tables.tag_names),
        )
    )


def unpack_dictionaries(payload: bytes) -> Dictionaries | None:
    """The tables from a cache payload; None when the payload is not what
    pack_dictionaries writes (sizes, types, a positive total, no negative frequency).

    The words' order, which the binary search relies on, is not checked again (a tenth of
    the load): pack writes them sorted, and the cache's checksum holds the bytes to that."""
    import marshal
    import sys

    try:
        joined, counts, total, tag_numbers, tag_names = marshal.loads(payload)
        words = joined.split("\n")
        frequencies = array.array("q")
        frequencies.frombytes(counts)
        numbers = array.array("H")
        numbers.frombytes(tag_numbers)
        names = tuple(map(sys.intern, tag_names.split("\n"))) if tag_names else ()
        if not (
            isinstance(total, int)
            and total > 0
            and len(frequencies) == len(words) == len(numbers)
            and min(frequencies) >= 0
            and max(numbers) <= len(names)
        ):
            return None
    except (EOFError, ValueError, TypeError, IndexError, AttributeError):
        return None
    return Dictionaries(words, frequencies, numbers, names, total)


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
    return Dictionaries.from_tables(frequency, total, tags)
