"""A Latin name said in the other language's script: heard, translated, or both.

Projects and products keep a Latin name, and a translation often writes it in its own
script instead:
- **a word and capital letters** (ChatGPT, OpenAI): Japanese writes the word as it
  sounds and keeps the letters (チャットGPT, オープンAI);
- **a Han name** (雨云 = RainYun, 钉钉 = DingTalk, 阿里云 = Aliyun): Chinese projects name
  their services in Han characters and give them a Latin name of their own, half heard
  and half translated (雨 "rain", 云 yún). A translated README keeps either form, so the
  Chinese page may say 雨云 where the Japanese says RainYun, or DingTalk where the
  Japanese keeps 钉钉. The two are the same name when the glossary says so in either
  direction, or when at least one part of the Latin name is the pinyin of some of the
  Han characters and every character is heard so, translated by an English part that
  rules/common/words.toml `han_meanings` lists for it (rain for 雨), or a repeat of a
  character heard (钉钉); other English words may stand beside them (Talk). So RainYun is
  not 风云 nor 阿里云, and 王伟 against Zhang Wei stays two names (`Zhang` is neither 王's
  pinyin nor English). Only the words of the other side's Han runs are tried (each word
  the Chinese tokenizer cuts), never any piece of them.

`said_in_other_script` looks for either in the other side's running text (the window
step of the comparison); `latin_against_han` is the rung of two names paired one to one.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from ..extract import fold_width
from ..extract.common_words import common_word, english_only
from ..extract.zh import prepared_tokens
from ..extract.zh.forms import japanese_to_simplified
from ..extract.zh.tokenizer import segmenter
from ..regexes import compiled
from ..scripts import HAN_RUN, KATAKANA_LETTERS, han
from .pinyin import pinyin_reader
from .translit import sounds_alike

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..model import Fact
    from ..run import Run

# The parts of a Latin name: words, and the humps of a CamelCase word (RainYun, DingTalk).
_PARTS = compiled(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_LATIN_NAME = compiled(r"[A-Za-z][A-Za-z0-9 .&'-]*")
_WORD_THEN_LETTERS = compiled(r"([A-Z]?[a-z]{2,})([A-Z0-9]{2,})")


def said_in_other_script(latin: str, text: str, run: Run) -> bool:
    """Whether a Latin name stands in the other side's text in that side's script: its
    word in katakana and its letters kept (ChatGPT in `チャットGPTを使う`), or as its Han
    name (RainYun in `雨云が提供する`, `由雨云提供`)."""
    if not latin.isascii():
        latin = fold_width(latin)
        if not latin.isascii():
            return False
    return _half_heard(latin, text, run) or _in_han(latin, text, run)


def _half_heard(name: str, text: str, run: Run) -> bool:
    found = _WORD_THEN_LETTERS.fullmatch(name)
    if found is None:
        return False
    word, letters = found.groups()
    pattern = f"([{KATAKANA_LETTERS}]{{2,}})[・･]?" + re.escape(letters)
    return any(
        sounds_alike(word, kana.group(1), run.language("zh"), strict=False)
        for kana in re.finditer(pattern, text)
    )


def heard_after_a_western_given_name(han_name: str, text: str, name_rules) -> bool:
    """Whether a Chinese person's name stands in the other side's text as people of the
    Chinese-speaking world write it in Latin letters: a Western given name and the family
    name in pinyin (尤雨溪 = Evan You, 马云 = Jack Ma, 李彦宏 = Robin Li, 欧阳娜娜 =
    Nana Ouyang), or the whole name in pinyin, in either order (Ma Yun, Yun Ma). The
    family name is heard; a Western given name is the person's own."""
    if not MIN_HAN_PERSON <= len(han_name) <= MAX_HAN_PERSON or not han(han_name):
        return False
    cut = name_rules.surname_length(han_name)
    if not cut or not any(ch.isascii() and ch.isalpha() for ch in text):
        return False
    read = pinyin_reader()
    simplified = japanese_to_simplified(han_name)
    family, given = "".join(read(simplified[:cut])), "".join(read(simplified[cut:]))
    if not (family + given).isascii() or not (family + given).isalpha():
        return False
    family, given = family.capitalize(), given.capitalize()
    for pair in _TWO_LATIN_WORDS.finditer(fold_width(text)):
        first, second = pair.group(1), pair.group(2)
        if second == family or (first == family and second == given):
            return True  # Evan You, Ma Yun (and Yun Ma: a Western given name, Yun)
    return False


MIN_HAN_PERSON, MAX_HAN_PERSON = 2, 4  # characters of a Chinese person's name
# two capitalised Latin words, a given name (hyphenated or not) and a family name, one
# pattern for every name asked (not one per name: the compiled patterns are cached)
_TWO_LATIN_WORDS = compiled(
    r"(?<![A-Za-z])([A-Z][a-z]+(?:-[A-Z][a-z]+)?) (?=([A-Z][a-z]+)(?![A-Za-z]))"
)


def _in_han(latin: str, text: str, run: Run) -> bool:
    if not _LATIN_NAME.fullmatch(latin):
        return False
    return any(
        latin_against_han(latin, piece, run)
        for found in HAN_RUN.finditer(text)
        if len(found.group(0)) >= 2  # _words keeps words of two characters or more
        for piece in _words(found.group(0), run)
    )


# jieba's tags of a character that opens a word it glued to a name (由 + 雨云): a
# preposition, a conjunction, a particle
_FUNCTION_TAGS = ("p", "c", "u")


def _words(chars: str, run: Run) -> set[str]:
    """The words of a run of Han characters that may be a name: each word of two
    characters or more the Chinese tokenizer cuts, two words side by side, and a word
    without a function character it opened with. Never any other piece: 讯云 of 腾讯云
    is no name."""
    chinese = run.language("zh")
    # one character's dictionary tag: on every character of U+4E00-U+9FFF, what the
    # tokenizer tags it alone, for this test, without its passes over names
    tag = segmenter(chinese.words).tag
    tokens = [chars[token.start : token.end] for token in prepared_tokens(chinese, chars)]
    words = {*tokens, *("".join(pair) for pair in pairwise(tokens))}
    for token in tokens:
        if len(token) > 2 and (tag(token[0]) or "").startswith(_FUNCTION_TAGS):
            words.add(token[1:])
    return {word for word in words if len(word) >= 2}


def latin_against_han(zh_text: str, ja_text: str, run: Run) -> str | None:
    """The rung on which one side's Latin name and the other's Han name are one name
    ("glossary", "transliteration": see the module's docstring), or None; None unless
    one is Latin and the other all Han."""
    for latin, other in ((fold_width(zh_text), ja_text), (fold_width(ja_text), zh_text)):
        if _LATIN_NAME.fullmatch(latin) and han(other):
            hanzi = japanese_to_simplified(other)
            if _in_glossary(hanzi, latin, run):
                return "glossary"
            return "transliteration" if _heard_and_translated(hanzi, latin, run) else None
    return None


def _in_glossary(hanzi: str, latin: str, run: Run) -> bool:
    return (hanzi, latin.casefold()) in _latin_glossary(run.rules.glossary)


@cache  # keyed by the glossary itself: another rules folder gets its own
def _latin_glossary(glossary) -> frozenset[tuple[str, str]]:
    """Every (zh, casefolded rendering) pair of the glossary, as written: asked once for
    each word of each Han run the window step tries. compare/terms.term_tables compares
    both sides in Japanese kanji forms, which pairs more (氷岛 with アイスランド)."""
    return frozenset((entry.zh, term.casefold()) for entry in glossary for term in entry.ja)


def _heard_and_translated(hanzi: str, latin: str, run: Run) -> bool:
    words = run.rules.common_words
    parts = [part.casefold() for part in _PARTS.findall(latin)]
    syllables = [reading.casefold() for reading in pinyin_reader()(hanzi)]
    if not parts or len(syllables) != len(hanzi):
        return False
    heard: set[int] = set()
    covered: set[int] = set()
    for part in parts:
        found = _heard_run(part, syllables, covered)
        if found:
            heard.update(found)
            covered.update(found)
            continue
        meant = next(
            (i for i, ch in enumerate(hanzi) if i not in covered and words.translates(part, ch)),
            None,
        )
        if meant is not None:
            covered.add(meant)
        elif not common_word(part, words):
            return False  # Zhang of Zhang Wei against 王伟: neither heard nor English
    # 钉钉 = DingTalk: a character said twice is heard once
    covered.update(i for i, ch in enumerate(hanzi) if any(hanzi[h] == ch for h in heard))
    return bool(heard) and len(covered) == len(hanzi)


def _heard_run(part: str, syllables: list[str], covered: set[int]) -> range | None:
    """The characters, none yet accounted for, whose pinyin spelled together is the part
    (`yun` = 云, `aliyun` = 阿里云)."""
    for start in range(len(syllables)):
        for end in range(start + 1, len(syllables) + 1):
            span = range(start, end)
            if not covered.intersection(span) and "".join(syllables[start:end]) == part:
                return span
    return None


# a Latin name as documentation writes a product: letters, digits and the marks of
# product names (Node.js, C++, Vue 3), nothing else
_PRODUCT = compiled(r"[A-Za-z][A-Za-z0-9.+#-]*(?: [A-Za-z0-9][A-Za-z0-9.+#-]*)*")
_SHORT_CAPITALS = 3  # PC, CD, API: an abbreviation of a word as often as a name


def latin_swapped(
    source: list[Fact], target: list[Fact], texts: Callable[[], tuple[str, str]], run: Run
):
    """The Latin names of one aligned unit that stand for each other, or None: one open
    Latin name on each side (`source`, `target`: the unit's facts left open), different,
    neither an English word nor a short abbreviation, neither a prefix of the other (Mac
    and macOS, React and ReactJS), and the target's text (`texts`: the unit's source and
    target text) nowhere saying the source's name. `参见 Kubernetes 文档` against `Docker
    のドキュメント`, React against Vue, Python against Go: a product swapped, which the
    taggers call names of no kind (so no type pairs them) and which a single capitalised
    word leaves unsure (so never reported missing or added)."""
    left = [fact for fact in source if latin_product(fact, run)]
    right = [fact for fact in target if latin_product(fact, run)]
    if len(left) != 1 or len(right) != 1:
        return None
    name, other = left[0], right[0]
    first, second = letters_of(name.text), letters_of(other.text)
    if first.startswith(second) or second.startswith(first):
        return None
    source_text, target_text = texts()
    if _english_sentence(source_text) or _english_sentence(target_text):
        return None  # a passage left in English, paired with whatever stands beside it
    if first in letters_of(target_text) or second in letters_of(source_text):
        return None  # each side says the other's name too, in words the tagger left
    if said_in_other_script(other.text, source_text, run) or said_in_other_script(
        name.text, target_text, run
    ):
        return None  # 维基 for Wiki beside it: the names are two, each said on both sides
    return name, other


def latin_product(fact: Fact, run: Run) -> bool:
    """Whether a name is a Latin product's as documentation writes one: no English
    word, no abbreviation of three capitals or fewer, not English prose."""
    text = fold_width(fact.text).strip()
    if fact.kind != "entity" or fact.value.prose or not _PRODUCT.fullmatch(text):
        return False
    common = run.rules.common_words
    if text.casefold() in common.proper_nouns:
        return True  # Go, Rust, Docker: products named by an English word
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) <= _SHORT_CAPITALS and text.upper() == text:
        return False
    return not english_only(text, common, run.rules.english.function_words)


def letters_of(text: str) -> str:
    """The letters and digits of a text, width folded and casefolded: a name as its
    letters spell it (Node.js and nodejs are one)."""
    return "".join(ch for ch in fold_width(text).casefold() if ch.isalnum())


_CJK = compiled(r"[\u3041-\u30ff\u3400-\u9fff]")
_FEWEST_CJK = 3


def _english_sentence(text: str) -> bool:
    """Whether a unit's text is English, not Chinese or Japanese around a Latin name:
    fewer than three Han or kana characters."""
    return len(_CJK.findall(text)) < _FEWEST_CJK
