"""Which script a piece of text is in: the kana and Han tests that several stages share."""

from __future__ import annotations

import unicodedata

from .regexes import compiled

# The dots between a foreign name's parts, as Chinese and Japanese texts write them
# (U+00B7, U+30FB, U+2027, U+2022, and the half-width U+FF65 of older Japanese text):
# 约翰·格兰特, ジョン・グラント. One set for every stage that joins or splits names.
NAME_DOTS = "·・‧•･"
# The double hyphen between the parts of a katakana name (バーナーズ＝リー; ゠, and = once
# the width is folded): where a name is split into its parts, a dot too.
NAME_HYPHENS = "＝=゠"
# The marks that end a sentence, full- and half-width, and with them those that end a
# clause inside it: one set for every stage that cuts a text into sentences or clauses.
SENTENCE_ENDERS = "。！？!?"
CLAUSE_ENDERS = SENTENCE_ENDERS + "；;，,、"
# The brackets that enclose a work's title, Chinese and Japanese (《无间道》, 『雪国』,
# 〈静夜思〉), opening mark to closing mark.
TITLE_BRACKETS = {"《": "》", "『": "』", "〈": "〉", "〖": "〗"}
_TITLE_CLOSINGS = frozenset(TITLE_BRACKETS.values())


def fills_a_title(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the whole of a work's title in its brackets (《天鹅湖》,
    『インファナル・アフェア』)."""
    closing = TITLE_BRACKETS.get(text[start - 1 : start]) if start else None
    return closing is not None and text.startswith(closing, end)


def inside_a_title(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies inside a work's title brackets (『白鳥の湖』, 《天鹅湖》):
    an opening bracket before it with no closing one between, and its closing one after."""
    opened = max((text.rfind(o, 0, start), o) for o in TITLE_BRACKETS)
    if opened[0] < 0 or any(text.rfind(c, 0, start) > opened[0] for c in _TITLE_CLOSINGS):
        return False
    closing = text.find(TITLE_BRACKETS[opened[1]], end)
    return closing >= 0 and not any(o in text[end:closing] for o in TITLE_BRACKETS)


# Katakana letters and the prolonged sound mark, without a dot (the body of a class).
KATAKANA_LETTERS = "\u30a1-\u30fa\u30fc"
# A katakana word, and a katakana name: words joined by name dots (イ・ミョンバク).
KATAKANA_WORD = compiled(f"[{KATAKANA_LETTERS}]+")
KATAKANA_RUN = compiled(f"[{KATAKANA_LETTERS}]+(?:[{NAME_DOTS}][{KATAKANA_LETTERS}]+)*")
# What parts a name into its pieces: its dots and double hyphens.
NAME_PARTS = compiled(f"[{NAME_DOTS}{NAME_HYPHENS}]")
# The hyphens of a hyphenated name in Chinese, in every width (让-吕克 = Jean-Luc,
# 伯纳斯-李 = Berners-Lee), and one between two Han characters: a dot like the others.
HYPHENS = "-－‐‑"
HAN_HYPHEN = compiled(f"(?<=[\u4e00-\u9fff])[{HYPHENS}](?=[\u4e00-\u9fff])")


# Asked of every word: one regex match is three times faster than a loop over the text.
_KATAKANA = compiled("[\u30a0-\u30ff]+")
_KANA = compiled("[\u3041-\u30ff]*")
# A run of Han characters of the BMP's unified block (what the name grammars read).
HAN_RUN = compiled("[\u4e00-\u9fff]+")
_HAN = HAN_RUN
_HAN_OR_MARK = compiled("[\u4e00-\u9fff々]+")


def katakana(text: str) -> bool:
    """Whether the text is katakana only (with ・ and ー): ナダル, ソルト・レイク."""
    return _KATAKANA.fullmatch(text) is not None


def respelled(first: str, second: str) -> bool:
    """Whether two katakana words are one name spelled two ways: the same first letter,
    and one difference at most past it, a voicing mark (ジョグジャカルタ and ジョクジャカルタ),
    a small kana for a large one, or a long mark at the end (コンピューター and
    コンピュータ); ヴィ and ビ are one sound. Not ジェリー and シェリー (the first letter),
    nor カーター and カッター (a long mark inside against a sokuon)."""
    a, b = (_spelled(word) for word in (first, second))
    if a == b:
        return True
    if not a or not b or unicodedata.normalize("NFC", a)[0] != unicodedata.normalize("NFC", b)[0]:
        return False
    if abs(len(a) - len(b)) == 1:
        longer, shorter = (a, b) if len(a) > len(b) else (b, a)
        pairs = enumerate(zip(longer, shorter, strict=False))  # (the longer one letter more)
        at = next((i for i, (x, y) in pairs if x != y), len(shorter))
        if at <= 1 or longer[:at] + longer[at + 1 :] != shorter:
            return False
        return longer[at] in _VOICING or (longer[at] == "ー" and at == len(shorter))
    if len(a) == len(b):
        apart = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return len(apart) == 1 and apart[0] > 1 and {a[apart[0]], b[apart[0]]} in _SMALL_PAIRS
    return False


def _spelled(word: str) -> str:
    for written, said in V_SOUNDS:
        word = word.replace(written, said)
    return unicodedata.normalize("NFD", word.replace("・", "").replace("･", ""))


_VOICING = frozenset("\u3099\u309a")  # the voicing marks, apart after NFD
# the v of loanwords written with ヴ and said with b (ヴァン and バン, ヴィ and ビ)
V_SOUNDS = (("ヴァ", "バ"), ("ヴィ", "ビ"), ("ヴェ", "ベ"), ("ヴォ", "ボ"), ("ヴ", "ブ"))
_SMALL_PAIRS = tuple(
    frozenset(pair)
    for pair in zip("ァィゥェォャュョヮヵヶ", "アイウエオヤユヨワカケ", strict=True)
)


def kana(text: str) -> bool:
    """Whether the text is hiragana or katakana only: たけし, マリコ."""
    return _KANA.fullmatch(text) is not None


def han(text: str, *, iteration_mark: bool = False) -> bool:
    """Whether the text is Han characters only, of the BMP's unified block (U+4E00 to
    U+9FFF, what the name grammars read); with `iteration_mark`, 々 counts as one too
    (佐々木). load/checks.py tests a wider range: it asks whether a text has any Han."""
    return (_HAN_OR_MARK if iteration_mark else _HAN).fullmatch(text) is not None


def letters_and_digits(text: str) -> str:
    """A text's letters and digits alone, casefolded: how a heading, a placeholder or a
    link's name is compared, case, spaces and punctuation aside."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def spelled_out(text: str) -> str:
    """Japanese's iteration mark written as the character it repeats (佐々木 -> 佐佐木,
    代々木 -> 代代木), as Chinese writes it: one character for one, so offsets hold."""
    if "々" not in text:
        return text
    return _REPEATED.sub(lambda found: found[1] * len(found[0]), text)


# a Han character and the marks that repeat it (人々, rarely 時々々)
_REPEATED = compiled("([\u4e00-\u9fff])々+")


def hiragana(text: str) -> bool:
    """Whether the text is hiragana only (いかだ, さいたま); the long vowel mark counts."""
    return bool(text) and all("\u3041" <= ch <= "\u309f" or ch == "ー" for ch in text)


def has_hiragana(text: str) -> bool:
    return any("\u3041" <= ch <= "\u309f" for ch in text)


def to_katakana(text: str) -> str:
    """Hiragana to katakana (たけし -> タケシ); everything else unchanged."""
    return "".join(chr(ord(ch) + 0x60) if "\u3041" <= ch <= "\u3096" else ch for ch in text)


def capitals_before_a_noun(surface: str, text: str, end: int) -> bool:
    """Whether a word in Latin capitals stands right before a word in Han or katakana, a
    space between or none: in Japanese, where a name takes a particle (NASA が, IBM の),
    a noun it qualifies (BASIC 認証, DIGEST 認証, NTLM ハッシュ), the kind of a thing as
    technical prose writes it, which a translation may say in its own words (基本认证);
    no name without more evidence. (Chinese puts a verb there too: NVIDIA 发布.)"""
    if not (surface.isascii() and surface.isupper()):
        return False
    following = text[end : end + 2].lstrip(" ")[:1]
    return bool(following) and (han(following) or katakana(following))
