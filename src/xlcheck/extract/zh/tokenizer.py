"""Chinese words: jieba's segmentation, its dictionary, and the repairs its output needs.

The segmenter (segmenters.py: jieba-rs by default, jieba as the reference) and its
dictionary are loaded once per process, on first use. Entity tags come from the cut plus
a look-up in the POS dictionary (jieba's `word_tag_tab`): `jieba.posseg.cut` runs an HMM
over every unknown word and costs about 60 times more.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from ..entities import MAX_COMPOUND_TOKENS, EntityTables, Token
from ..people import chinese_person_names
from ..pieces import bounded_pieces
from .segmenters import Segmenter, build_segmenter

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ...rules.data import RuleTable
    from .vocabulary import Vocabulary

# Dictionary frequencies: below RARE a tagged name is doubtful (河中, 3); from RARE on a
# word without a name tag is an ordinary word (白皮, 9), and from EVERYDAY on any word
# is, whatever its tag (哥哥 is "ns", 4,323); names sit below (安娜 973, 布什 708).
RARE = 5
EVERYDAY = 1000


@cache  # keyed by the rules' lexicon, so that another rules folder gets its own words
def segmenter(lexicon: RuleTable) -> Segmenter:
    """jieba's segmentation with its dictionary and the lexicon's words, and every word's
    frequency and tag. Built once per process and lexicon (a third of a second)."""
    return build_segmenter(lexicon)


class TextTags:
    """The dictionary's tags, and the tags of the names joined from pieces in one text.

    The dictionary is shared by every text of the process (read-only); a joined name is
    written here, so that it is one name for the rest of its own text and for no other.
    """

    __slots__ = ("_dictionary", "_joined")

    def __init__(self, dictionary: Mapping[str, str]):
        self._dictionary = dictionary
        self._joined: dict[str, str] = {}

    def get(self, word: str, default: str | None = None) -> str | None:
        found = self._dictionary.get(word)
        return found if found is not None else self._joined.get(word, default)

    def __contains__(self, word: str) -> bool:
        return word in self._dictionary or word in self._joined

    def setdefault(self, word: str, tag: str) -> str:
        """The word's tag, recorded for this text when neither table has one."""
        found = self.get(word)
        if found is None:
            self._joined[word] = found = tag
        return found


def tokens(text: str, vocabulary: Vocabulary, lexicon: RuleTable) -> list[Token]:
    """jieba tokens with their dictionary POS tag ('oov' for words jieba invented)."""
    words = segmenter(lexicon)
    # names joined from pieces are tagged for this text only: recorded in the shared
    # table, they made a later text's tokens depend on what the process read before it
    tags = TextTags(words.tags)
    result = []
    position = 0
    # in bounded pieces: jieba's HMM is quadratic on a long run without a break
    pieces = (word for piece in bounded_pieces(text) for word in words.cut(piece))
    split = _split_conjunctions(pieces, tags, vocabulary.conjunctions)
    for word in _join_transliterations(split, tags, vocabulary.transliterated):
        tag = tags.get(word)
        if tag is None and word.isascii() and any(ch.isalpha() for ch in word):
            tag = "eng"
        elif tag is None and all("\u4e00" <= ch <= "\u9fff" for ch in word):
            tag = "oov"  # a word jieba's HMM made up: may sit inside a name
        result.append(Token(word, position, position + len(word), tag))
        position += len(word)
    heads = _organisation_heads(result, vocabulary.entities, words.frequency)
    from .names import japanese_personal_name  # names reads the tokenizer's dictionary

    return chinese_person_names(
        heads,
        vocabulary.transliterated,
        lambda word: common_word(word, lexicon),
        tags.get,
        japanese_personal_name,
    )


def common_word(word: str, lexicon: RuleTable) -> bool:
    """Whether jieba's dictionary has the word as an ordinary (not a name) word."""
    words = segmenter(lexicon)
    frequency = words.frequency.get(word, 0)
    tag = words.tags.get(word) or ""
    return len(word) >= 2 and (
        frequency >= EVERYDAY
        or (frequency >= RARE and not tag.startswith(("nr", "ns", "nt", "nz")))
    )


def _organisation_heads(
    tokens: list[Token], entities: EntityTables, frequency: Mapping[str, int]
) -> list[Token]:
    """An uncommon noun that opens an organisation's name is its name: 万向 in
    万向 + 区块链 + 实验室 (jieba knows 万向 only as "universal", as in 万向节).

    The noun must be rarer than everyday words, and at least one noun must stand
    between it and the organisation word that closes the name (so 化学实验室 stays a
    laboratory of chemistry).
    """
    result = list(tokens)
    for index, token in enumerate(tokens):
        if token.tag != "n" or len(token.text) < 2 or token.text in entities.org_suffixes:
            continue
        if frequency.get(token.text, 0) >= EVERYDAY:
            continue
        end = index
        for ahead in range(index + 1, min(len(tokens), index + 1 + MAX_COMPOUND_TOKENS)):
            follower = tokens[ahead]
            if follower.start != tokens[ahead - 1].end or follower.tag not in entities.joiners:
                break
            if follower.text in entities.org_suffixes:
                end = ahead
                break
        if end > index + 1:
            result[index] = Token(token.text, token.start, token.end, "nz")
    return result


def _join_transliterations(words, tags, transliterated):
    """迪罗里·帕塔维 and 贝克斯特伦 come out of jieba in pieces: join runs of
    transliteration characters (and the middle dot) that hold a name tag or an unknown
    word into one name."""
    run: list[str] = []
    for word in (*words, None):  # None flushes the last run
        if word is not None and transliterated(word):
            run.append(word)
            continue
        if run:
            named = any((tags.get(w) or "").startswith(("nr", "ns")) or w not in tags for w in run)
            # two names the dictionary knows are two people (汤姆 + 比 + 玛丽), not one
            known = sum(len(w) > 1 and (tags.get(w) or "").startswith("nr") for w in run)
            joined = "".join(run)
            if len(run) > 1 and named and known < 2 and len(joined.replace("·", "")) >= 3:
                tags.setdefault(joined, "nrt")
                yield joined
            else:
                yield from run
            run = []
        if word is not None:
            yield word


def _split_conjunctions(words, tags, conjunctions):
    """jieba glues a conjunction to the name after it (和玛丽 as one nr): split it off."""
    for word in words:
        rest = word[1:]
        if len(word) > 2 and word[0] in conjunctions and (tags.get(rest) or "").startswith("nr"):
            yield word[0]
            yield rest
        else:
            yield word
