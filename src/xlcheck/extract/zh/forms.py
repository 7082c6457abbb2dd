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
        converted = forms(text)
        if _DIPPER not in text or len(converted) != len(text):
            return converted
        return "".join(
            _DIPPER if ch == _FIGHT and text[at] == _DIPPER and not _fighting(text, at) else ch
            for at, ch in enumerate(converted)
        )

    return convert


# 斗 is a dipper or a measure (北斗, 斗六, 三斗坪) and the simplified form of 鬥, "fight",
# which Japanese writes 闘; OpenCC writes 鬥 for 斗 in a word it does not know (三斗坪镇 =
# 三闘坪鎮, a town Japanese writes 三斗坪鎮). So 闘 stays only in the words of fighting.
_DIPPER, _FIGHT = "斗", "闘"
_FIGHTING_WORDS = (
    "战斗", "奋斗", "斗争", "格斗", "搏斗", "决斗", "争斗", "打斗", "械斗", "斗殴", "斗兽",
    "斗牛", "斗志", "斗智", "斗鱼", "斗士", "斗鸡", "斗嘴", "斗气", "斗法", "斗地主",
)


def _fighting(text: str, at: int) -> bool:
    """Whether the 斗 at text[at] is one of a word of fighting (战斗机, 奋斗者号, 斗争)."""
    return any(
        at >= word.index(_DIPPER) and text.startswith(word, at - word.index(_DIPPER))
        for word in _FIGHTING_WORDS
    )


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
