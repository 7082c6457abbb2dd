"""jieba's dictionaries, loaded fast: frequencies and tags from xlcheck's own cache.

See `load_dictionaries` for why and how; xlcheck/cache.py keeps the file safe.
"""

from __future__ import annotations


def load_dictionaries(tokenizer) -> dict[str, str]:
    """jieba's word frequencies (into the tokenizer) and the POS tag of every word.

    jieba keeps its frequencies between runs as a marshal file of a half-million-entry
    dictionary in the shared temporary folder (0.8 s to load, and any local user can plant
    it), and jieba.posseg parses the tag table from the dictionary text each run (0.4 s).
    Both are kept instead as a few long strings and two arrays in one file of xlcheck's
    per-user cache (0.4 s for both; see xlcheck/cache.py), keyed by the dictionary file;
    a missing or doubtful cache is rebuilt from the dictionary, never through jieba's.

    The tag table shares its words with the frequency table (one string object per word,
    not two: 26 MiB less in every process) and its tags are a few dozen shared strings.
    """
    import os

    import jieba

    from ... import cache as disk_cache

    path = tokenizer.dictionary or os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    name = dictionary_cache_name(path)
    payload = disk_cache.read(name, JIEBA_CACHE_FORMAT)
    loaded = unpack_dictionaries(payload) if payload is not None else None
    if loaded is not None:
        frequency, total, tags = loaded
        tokenizer.FREQ, tokenizer.total, tokenizer.initialized = frequency, total, True
        return tags
    # jieba's own start-up would read and write its cache in the temporary folder
    tokenizer.FREQ, tokenizer.total = tokenizer.gen_pfdict(tokenizer.get_dict_file())
    tokenizer.initialized = True
    listed = word_tags(path)
    tags = {word: listed[word] for word in tokenizer.FREQ if word in listed}
    disk_cache.write(
        name, JIEBA_CACHE_FORMAT, pack_dictionaries(tokenizer.FREQ, tokenizer.total, tags)
    )
    return tags


def dictionary_cache_name(path: str) -> str:
    """The cache file's name for a jieba dictionary: changes with jieba and the file."""
    import hashlib
    import os

    import jieba

    stat = os.stat(path)
    key = f"{jieba.__version__}|{os.path.abspath(path)}|{stat.st_size}|{stat.st_mtime_ns}"
    return f"jieba-{hashlib.sha256(key.encode()).hexdigest()[:16]}.marshal"


# The layout of the cached dictionaries; a change of layout changes this number.
JIEBA_CACHE_FORMAT = 3


def pack_dictionaries(frequency: dict[str, int], total: int, tags: dict[str, str]) -> bytes:
    import array
    import marshal

    names = sorted(set(tags.values()))
    number = {name: index for index, name in enumerate(names, 1)}
    return marshal.dumps(
        (
            "\n".join(frequency),
            array.array("q", frequency.values()).tobytes(),
            total,
            # per word: 0 for no tag, else 1 + its tag's index in the names
            array.array("H", (number.get(tags.get(w), 0) for w in frequency)).tobytes(),
            "\n".join(names),
        )
    )


def unpack_dictionaries(payload: bytes) -> tuple[dict[str, int], int, dict[str, str]] | None:
    """The frequencies, their total and the tags from a cache payload; None when the
    payload is not what pack_dictionaries writes (sizes, types, a positive total)."""
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
    return frequency, total, tags


def word_tags(path: str) -> dict[str, str]:
    """The POS tag of every word in a jieba dictionary file ("word frequency tag" lines):
    what jieba.posseg loads, without its HMM tables, which are never used here."""
    tags: dict[str, str] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle.read().splitlines():
            parts = line.split(" ")
            if len(parts) == 3:
                tags[parts[0]] = parts[2]
    return tags
