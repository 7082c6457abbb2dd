"""Chinese character forms: traditional to simplified, through OpenCC (loaded once)."""

from __future__ import annotations

from functools import cache, lru_cache

from ...memory import WORDS_KEPT


@cache
def simplifier():
    """OpenCC's traditional-to-simplified converter (`.convert(text)`)."""
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    if len(text) <= WORD_LENGTH:  # a word, asked again and again: from the per-word cache
        return simplified_word(text)
    return simplifier().convert(text)


# Texts up to this length are words or a few characters around one (the title after a
# family name), which the name grammars convert for every token: 39,000 calls of OpenCC
# for 5,000 pairs, most of them for the same few thousand words. Longer texts (a sentence
# to `prepare`) are converted as they come, and kept out of the words' cache.
WORD_LENGTH = 8


@lru_cache(maxsize=WORDS_KEPT)
def simplified_word(word: str) -> str:
    """`to_simplified` of a word: the name tests ask it of every token, and a few thousand
    words make most of any text."""
    return simplifier().convert(word)


@cache
def _from_japanese():
    """OpenCC's Japanese-kanji-to-traditional converter (黒沢 -> 黑澤)."""
    import opencc

    return opencc.OpenCC("jp2t")


def japanese_to_simplified(text: str) -> str:
    """The simplified form of a word in Japanese kanji forms (黒沢 -> 黑泽, 桜井 -> 樱井),
    which OpenCC's t2s alone leaves as it is."""
    return to_simplified(_from_japanese().convert(text))


def prepare(text: str) -> str:
    """Traditional characters to simplified, for the grammars and jieba's dictionary.

    Used only when the conversion keeps every offset (it almost always does).
    """
    simplified = to_simplified(text)
    return simplified if len(simplified) == len(text) else text


@cache
def japanese_converter():
    """Simplified Chinese -> Japanese kanji forms (OpenCC s2t then t2jp), the most recently
    converted strings kept.

    The same names and keys are converted again and again; so is every sentence the
    aligner reads, which an unbounded cache kept for the whole process: memory that grew
    with the input of a long run.
    """
    import opencc

    to_traditional = opencc.OpenCC("s2t")
    to_japanese = opencc.OpenCC("t2jp")

    def forms(text: str) -> str:
        return to_japanese.convert(to_traditional.convert(text)).translate(_SUBSTITUTED)

    @lru_cache(maxsize=CONVERSIONS_KEPT)
    def convert(text: str) -> str:
        if _KEPT not in text:
            return forms(text)
        return _KEPT.join(forms(part) for part in text.split(_KEPT))

    return convert


# A simplified character whose traditional forms part (斗 and 鬥, "fight"), which OpenCC
# writes as the second in a word it does not know (三斗坪镇 = 三闘坪鎮): in a name it is the
# first (北斗, 斗六, 三斗坪, 罗马斗兽场 as the glossary holds it: a dipper, a measure), and it
# is kept as it is, in names and keys alike.
_KEPT = "斗"


# Characters Japanese writes with another of the same reading since the 1956 list of the
# National Language Council (同音の漢字による書きかえ), which OpenCC's t2jp leaves as they
# are: 陶瓷 is 陶磁 (景徳鎮陶磁大学), 編輯 編集, 綜合 総合, 颱風 台風, 蒐集 収集. Only those
# whose every use in a name or a word changes; one character for one, so offsets hold.
# And 冢, a mound, which Japanese writes 塚 in every name and word (宝冢 = 宝塚, 贝冢 = 貝塚;
# OpenCC converts it only in words it knows whole, 手冢治虫).
_SUBSTITUTED = str.maketrans(
    {"瓷": "磁", "輯": "集", "綜": "総", "颱": "台", "蒐": "収", "冢": "塚"}
)


def to_japanese_kanji(text: str) -> str:
    """The Japanese kanji form of Chinese text (广州 -> 広州): what names are matched by."""
    return japanese_converter()(text)


CONVERSIONS_KEPT = 32_768  # strings; a few MiB of names, keys and sentences
