"""Which script a piece of text is in: the kana tests that several stages share."""

from __future__ import annotations


def katakana(text: str) -> bool:
    """Whether the text is katakana only (with ・ and ー): ナダル, ソルト・レイク."""
    return bool(text) and all("\u30a0" <= ch <= "\u30ff" for ch in text)


def kana(text: str) -> bool:
    """Whether the text is hiragana or katakana only: たけし, マリコ."""
    return all("\u3041" <= ch <= "\u30ff" for ch in text)


def has_hiragana(text: str) -> bool:
    return any("\u3041" <= ch <= "\u309f" for ch in text)


def to_katakana(text: str) -> str:
    """Hiragana to katakana (たけし -> タケシ); everything else unchanged."""
    return "".join(chr(ord(ch) + 0x60) if "\u3041" <= ch <= "\u3096" else ch for ch in text)
