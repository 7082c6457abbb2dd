"""Chinese character forms: traditional to simplified, through OpenCC (loaded once)."""

from __future__ import annotations

from functools import cache


@cache
def simplifier():
    """OpenCC's traditional-to-simplified converter (`.convert(text)`)."""
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    return simplifier().convert(text)


def prepare(text: str) -> str:
    """Traditional characters to simplified, for the grammars and jieba's dictionary.

    Used only when the conversion keeps every offset (it almost always does).
    """
    simplified = to_simplified(text)
    return simplified if len(simplified) == len(text) else text


@cache
def japanese_converter():
    """Simplified Chinese -> Japanese kanji forms (OpenCC s2t then t2jp), cached per string."""
    import opencc

    to_traditional = opencc.OpenCC("s2t")
    to_japanese = opencc.OpenCC("t2jp")

    @cache
    def convert(text: str) -> str:
        return to_japanese.convert(to_traditional.convert(text))

    return convert


def to_japanese_kanji(text: str) -> str:
    """The Japanese kanji form of Chinese text (广州 -> 広州): what names are matched by."""
    return japanese_converter()(text)
