"""jieba's dictionaries, loaded fast: frequencies and tags from xlcheck's own cache.

See `load_dictionaries` for why and how; xlcheck/cache.py keeps the file safe.
"""

from __future__ import annotations

import array
import bisect
import sys
from dataclasses import dataclass

BLOCK = 64  # words per block of the sorted dictionary: a block is split in microseconds


@dataclass(frozen=True, eq=False)
class Dictionaries:
    """jieba's dictionary as sorted arrays: what the grammars and the name heuristics read.

    The 349,000 words are kept sorted in blocks of BLOCK words, each block one string (its
    words joined by newlines), with the first word of every block in `heads`. A word is
    found by binary search in `heads`, then in its block, split when it is asked (a few
    microseconds), and its frequency and tag sit at its index in the arrays. Two Python
    dicts of the words would answer faster, but building them took a fifth of a second of
    every cold run, and even a list of the words, split from one string, took a thirtieth
    and 20 MiB, for a run that reads a few hundred of them; segmenters.py remembers each
    word once it was looked up.

    jieba's own table (`FREQ`) also holds every prefix of a word that is no word itself,
    with frequency 0, for its prefix scan; only jieba needs it (`prefix_dictionary`), the
    others ask `is_prefix`.
    """

    heads: list[str]  # the first word of each block
    blocks: list[str]  # BLOCK sorted words each (the last one fewer), joined by "\n"
    frequencies: array.array  # "q": the frequency of the i-th word
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
            words[::BLOCK],
            ["\n".join(words[start : start + BLOCK]) for start in range(0, len(words), BLOCK)],
            array.array("q", (frequency[word] for word in words)),
            array.array("H", (number.get(tags.get(word), 0) for word in words)),
            names,
            total,
        )

    @property
    def words(self) -> list[str]:
        """Every word, sorted (jieba's tables are built from it)."""
        return [word for block in self.blocks for word in block.split("\n")]

    def _block(self, text: str) -> tuple[int, list[str]]:
        """The block a text sorts into (the first when it sorts before every word), as
        the index of its first word and its words."""
        if not self.blocks:
            return 0, []
        number = max(bisect.bisect_right(self.heads, text) - 1, 0)
        return number * BLOCK, self.blocks[number].split("\n")

    def index(self, word: str) -> int | None:
        """The word's index, None when the dictionary lacks it."""
        first, words = self._block(word)
        index = bisect.bisect_left(words, word)
        return first + index if index < len(words) and words[index] == word else None

    def frequency(self, word: str) -> int | None:
        index = self.index(word)
        return None if index is None else self.frequencies[index]

    def tag(self, word: str) -> str | None:
        index = self.index(word)
        number = 0 if index is None else self.tag_numbers[index]
        return self.tag_names[number - 1] if number else None

    def is_prefix(self, text: str) -> bool:
        """Whether `text` begins a longer word of the dictionary: whether the first word
        that sorts after it (in its block, or the next block's first) begins with it."""
        first, words = self._block(text)
        index = bisect.bisect_right(words, text)
        if index < len(words):
            return words[index].startswith(text)
        following = first // BLOCK + 1
        return following < len(self.heads) and self.heads[following].startswith(text)

    def prefix_dictionary(self) -> dict[str, int]:
        """jieba's `FREQ`: every word with its frequency, every prefix of one with 0."""
        words = self.words
        table = dict(zip(words, self.frequencies, strict=True))
        for word in words:
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
    # the layout in the name too: a tree of another layout keeps its own file, instead of
    # rebuilding over this one at each run
    return f"jieba-{hashlib.sha256(key.encode()).hexdigest()[:16]}-{JIEBA_CACHE_FORMAT}.marshal"


# The layout of the cached dictionaries; a change of layout changes this number.
JIEBA_CACHE_FORMAT = 5


def pack_dictionaries(tables: Dictionaries) -> bytes:
    import marshal

    return marshal.dumps(
        (
            "\n".join(tables.heads),
            list(tables.blocks),
            tables.frequencies.tobytes(),
            tables.total,
            tables.tag_numbers.tobytes(),
            "\n".join(tables.tag_names),
        )
    )


def unpack_dictionaries(payload: bytes) -> Dictionaries | None:
    """The tables from a cache payload; None when the payload is not what
    pack_dictionaries writes (sizes, types, blocks of BLOCK words under their heads, a
    positive total, no negative frequency, no tag number past the tags).

    The words' order, which the binary search relies on, is not checked again (a tenth of
    the load): pack writes them sorted, and the cache's checksum holds the bytes to that."""
    import marshal
    import sys

    try:
        joined_heads, blocks, counts, total, tag_numbers, tag_names = marshal.loads(payload)
        heads = joined_heads.split("\n")
        frequencies = array.array("q")
        frequencies.frombytes(counts)
        numbers = array.array("H")
        numbers.frombytes(tag_numbers)
        names = tuple(map(sys.intern, tag_names.split("\n"))) if tag_names else ()
        if not (
            isinstance(total, int)
            and total > 0
            and isinstance(blocks, list)
            and _blocks_under_heads(blocks, heads, len(frequencies))
            and len(frequencies) == len(numbers)
            and _none_negative(counts, frequencies.itemsize)
            and _tags_known(numbers, tag_numbers, len(names))
        ):
            return None
    except (EOFError, ValueError, TypeError, IndexError, AttributeError):
        return None
    return Dictionaries(heads, blocks, frequencies, numbers, names, total)


def _blocks_under_heads(blocks: list[str], heads: list[str], words: int) -> bool:
    """Whether the blocks hold `words` words, BLOCK in each but the last, each block
    opening on its head."""
    sizes = [block.count("\n") + 1 for block in blocks]
    return (
        len(heads) == len(blocks) == -(-words // BLOCK)
        and all(size == BLOCK for size in sizes[:-1])
        and sum(sizes) == words
        and all(block.partition("\n")[0] == head for block, head in zip(blocks, heads, strict=True))
    )


def _none_negative(raw: bytes, size: int) -> bool:
    """Whether no signed integer of `size` bytes in `raw` (the machine's byte order) is
    negative: no highest byte has its top bit set. One pass in C: `min` over the 349,000
    frequencies made a Python integer of each, a sixtieth of a cold run."""
    top = size - 1 if sys.byteorder == "little" else 0
    return not raw[top::size].translate(None, bytes(range(0x80)))


def _tags_known(numbers: array.array, raw: bytes, names: int) -> bool:
    """Whether no tag number is past the `names` tags: read from the bytes in C for
    two-byte numbers below 256 (what jieba's few dozen tags make)."""
    if names < 0x100 and numbers.itemsize == 2:
        high, low = (raw[1::2], raw[::2]) if sys.byteorder == "little" else (raw[::2], raw[1::2])
        return not high.translate(None, b"\0") and not low.translate(None, bytes(range(names + 1)))
    return max(numbers, default=0) <= names


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
