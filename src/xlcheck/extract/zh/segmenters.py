"""The two implementations of jieba's segmentation, behind one small interface.

rjieba (Python bindings of jieba-rs, the Rust port of jieba: the same dictionary, the same
DAG and HMM) cuts a dozen times faster than jieba, and is the default. jieba itself is the
reference and the fallback: where rjieba cannot be imported (a platform without a wheel
of it), or with `XLCHECK_SEGMENTER=jieba` in the environment, xlcheck cuts with jieba.

jieba-rs parts from jieba in two places, both repaired here so that it gives jieba's
words: it counts more characters as Chinese (CJK extensions A and B, U+9FD6 on) and joins
them to the words around them, so the text is first split into blocks by jieba's own
expressions; and its HMM keeps a Latin or digit run joined by a hyphen whole (Wi-Fi, 7-2,
1995-96), which jieba's cuts at the hyphen (`_hyphenated`). tests/test_segmenters.py holds
the two equal on Tatoeba, FLORES, the bundled pair and random text; the one difference
left is an exact tie between two orders of the same words (README, Known limits).

Either way the frequencies and tags xlcheck reads come from the same tables
(dictionary.py), and the lexicon's words are added with the frequencies jieba gives them.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

from ...regexes import compiled
from .dictionary import Dictionaries, load_dictionaries


@dataclass(frozen=True, eq=False)
class Segmenter:
    """Words of a text, and the dictionary they were cut with."""

    implementation: str  # "rjieba" or "jieba"
    cut: Callable[[str], list[str]]
    # look-ups only, no table: the segmenter is shared by every text and run of the
    # process, and what a text wrote into it would change the tokens of the texts after it
    tag: Callable[[str], str | None]  # a word's POS tag; None for no word of the dictionary
    frequency: Callable[[str], int | None]  # a word's frequency; None for no word
    is_prefix: Callable[[str], bool]  # whether a text begins a longer word

    def frequency_of(self, word: str, default: int = 0) -> int:
        """The word's frequency as jieba's table gives it: 0 for the beginning of a
        longer word (jieba keeps those, at 0, for its prefix scan), else `default`."""
        found = self.frequency(word)
        if found is not None:
            return found
        return 0 if self.is_prefix(word) else default


class WordLookup(dict):
    """What `find` says of each word (its tag, its frequency), found once per word.

    The dictionary is searched by bisection (Dictionaries); the pipeline asks about the
    same everyday words again and again, and after the first time a word costs one dict
    look-up (`lookup[word]`, a dict's own subscript, with no Python call). Words the
    dictionary lacks are remembered too, up to MAX_WORDS, so that the memory of a run over
    millions of texts stays bounded.
    """

    __slots__ = ("_find",)

    def __init__(self, find: Callable[[str], object]):
        super().__init__()
        self._find = find

    def __missing__(self, word: str):
        found = self._find(word)
        if found is not None or len(self) < MAX_WORDS:
            self[word] = found
        return found


MAX_WORDS = 1_000_000  # remembered look-ups of words the dictionary lacks (about 100 MiB)


def chosen_implementation() -> str:
    """rjieba unless the environment asks for jieba or rjieba cannot be imported."""
    if os.environ.get("XLCHECK_SEGMENTER", "rjieba") == "jieba":
        return "jieba"
    try:
        rust_class()
    except ImportError:
        return "jieba"
    return "rjieba"


def build_segmenter(lexicon, implementation: str | None = None) -> Segmenter:
    """A segmenter over jieba's dictionary plus the lexicon's (word, tag) pairs."""
    from ...memory import collection_paused, return_freed_memory

    implementation = implementation or chosen_implementation()
    # loading makes a few hundred thousand strings and no reference cycles: collect
    # after, not during
    with collection_paused():
        tables = load_dictionaries()
        # the lexicon's words go into the look-ups before any text is read, over the
        # dictionary's own entries, as jieba's add_word records them (one after the other:
        # the builders add them), and their beginnings with them
        tags, frequency = WordLookup(tables.tag), WordLookup(tables.frequency)
        beginnings: set[str] = set()

        def is_prefix(text: str) -> bool:
            return text in beginnings or tables.is_prefix(text)

        build = _rust if implementation == "rjieba" else _python
        cut = build(tables, lexicon, tags, frequency, is_prefix, beginnings)
    # the cache's long strings, freed between live objects
    return_freed_memory()
    return Segmenter(implementation, cut, tags.__getitem__, frequency.__getitem__, is_prefix)


def _python(
    tables: Dictionaries, lexicon, tags, frequency, is_prefix, beginnings
) -> Callable[[str], list[str]]:
    """jieba's Tokenizer over the tables (its own start-up would read and write a cache
    in the shared temporary folder), with the lexicon's words added as jieba adds them."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)  # its start-up chatter is not our output
    tokenizer = jieba.Tokenizer()  # its own, not jieba.dt: the lexicon's words differ
    tokenizer.FREQ, tokenizer.total = tables.prefix_dictionary(), tables.total
    tokenizer.initialized = True
    for word, tag in lexicon:
        tokenizer.add_word(word, freq=None, tag=tag)
        tags[word] = tag
        frequency[word] = tokenizer.FREQ[word]
        beginnings.update(word[:end] for end in range(1, len(word)))
    return tokenizer.lcut


def _rust(
    tables: Dictionaries, lexicon, tags, frequency, is_prefix, beginnings
) -> Callable[[str], list[str]]:
    """jieba-rs with its bundled dictionary (jieba's dict.txt: every word with the same
    tag, checked by the tests) and the lexicon's words at the frequency jieba's
    `add_word` gives them, so that both weigh the same paths."""
    segmenter = rust_class()()
    total = tables.total
    for word, tag in lexicon:
        pieces = segmenter.cut(word, False)
        added = _suggested_frequency(word, pieces, frequency, is_prefix, total)
        segmenter.add_word(word, added, tag)
        tags[word] = tag
        frequency[word] = added
        beginnings.update(word[:end] for end in range(1, len(word)))
        total += added
    rust_cut = segmenter.cut

    def cut(text: str) -> list[str]:
        """jieba's own outer loop (`Tokenizer.cut`), jieba-rs for the blocks it finds."""
        words: list[str] = []
        # jieba-rs reads more characters as Chinese (CJK extensions, U+9FD6 on), so the
        # text is split into blocks by jieba's own expressions first
        for index, block in enumerate(_JIEBA_BLOCK.split(text)):
            if index % 2:  # a block of Chinese, Latin letters and digits
                cut_block = rust_cut(block)
                if _JOINED.search(block) is None:
                    words += cut_block
                else:
                    words += [part for word in cut_block for part in _hyphenated(word, frequency)]
            elif block:  # anything else: whitespace whole, other characters one by one
                for part in _JIEBA_SKIP.split(block):
                    if _JIEBA_SKIP.fullmatch(part):
                        words.append(part)
                    else:
                        words += part
        return words

    return cut


def _suggested_frequency(word: str, pieces, frequency, is_prefix, total: int) -> int:
    """What jieba's `add_word(word)` sets (`suggest_freq(word, tune=False)`): the
    frequency that makes the word as likely as the pieces it is cut into now (jieba's
    table gives a piece that only begins longer words 0, one it lacks 1)."""

    def known(text: str) -> int:
        found = frequency[text]
        return found if found is not None else 0 if is_prefix(text) else 1

    product = 1.0
    for piece in pieces:
        product *= known(piece) / total
    return max(int(product * total) + 1, known(word))


def rust_class():
    """rjieba's Jieba class. Its package builds a default instance on import (a tenth of
    a second and 24 MiB we never use), so the extension module is loaded by itself when
    that works; otherwise through the package."""
    import importlib.machinery
    import importlib.util
    import sys

    loaded = sys.modules.get("rjieba.rjieba")
    if loaded is None:
        spec = importlib.util.find_spec("rjieba")
        if spec is None:
            raise ImportError("rjieba is not installed")
        for folder in spec.submodule_search_locations or ():
            for suffix in importlib.machinery.EXTENSION_SUFFIXES:
                path = os.path.join(folder, "rjieba" + suffix)
                if os.path.isfile(path):
                    loader = importlib.machinery.ExtensionFileLoader("rjieba.rjieba", path)
                    extension = importlib.util.spec_from_loader("rjieba.rjieba", loader)
                    loaded = importlib.util.module_from_spec(extension)
                    loader.exec_module(loaded)
                    sys.modules["rjieba.rjieba"] = loaded
                    return loaded.Jieba
        import rjieba

        return rjieba.Jieba
    return loaded.Jieba


# jieba's blocks (`re_han_default`, `re_skip_default` in jieba/__init__.py).
_JIEBA_BLOCK = compiled("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._%\\-]+)")
_JIEBA_SKIP = compiled(r"(\r\n|\s)")
# Characters jieba's HMM fallback cuts a Latin or digit run at and jieba-rs does not.
_JOINED = compiled(r"[A-Za-z0-9][^A-Za-z0-9\u4e00-\u9fd5\s]+[A-Za-z0-9]")
# How jieba's HMM fallback (finalseg) cuts a non-Chinese run: Latin letters and digits
# (with a decimal part and a percent sign) are words, everything between them a word too.
_FINALSEG_SKIP = compiled(r"([a-zA-Z0-9]+(?:\.\d+)?%?)")


def _hyphenated(word: str, frequency: WordLookup):
    """jieba's words for one of jieba-rs's: a run like Wi-Fi or 7-2, which jieba-rs keeps
    whole, is cut as jieba's finalseg cuts it (Wi, -, Fi) unless the dictionary has it."""
    if frequency[word] or _JOINED.search(word) is None:
        return (word,)
    return tuple(piece for piece in _FINALSEG_SKIP.split(word) if piece)
