"""Transliteration rung: does a Chinese name sound like a Japanese katakana name?

Both sides are reduced to a consonant skeleton: Chinese through pinyin (pypinyin),
katakana through romaji (cutlet), Latin letters as written. The skeleton drops vowels
(so katakana's epenthetic vowels, スタンフォード's "u" and "o", do not count), drops
syllable-final n/ng and the moraic ン (final -n/-ng differ freely between the two), and
folds consonants into classes that transliteration confuses: l/r, b/p/v, t/d, k/g,
s/z/j/q/x/c/ch/sh/zh/ts. 纳达尔 na-da-er = ナダル nadaru = "ndr".
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from ..memory import WORDS_KEPT
from ..regexes import compiled
from ..scripts import HAN_HYPHEN, KATAKANA_RUN, NAME_DOTS, NAME_HYPHENS, NAME_PARTS, to_katakana
from .pinyin import pinyin_reader

if TYPE_CHECKING:
    from ..extract.zh import Chinese

# Two skeletons of at least this length match when they are this similar.
MIN_RATIO = 0.8
MIN_FUZZY_LENGTH = 2
MIN_LATIN = 3  # letters: Jr, GP and St are abbreviations, not names

_CLASSES = [
    (re.compile(r"zh|ch|sh|ts|[sxzjqc]"), "s"),
    (re.compile(r"[bpvf]"), "b"),  # 弗吉尼亚 = バージニア: f and v are one sound here
    (re.compile(r"[td]"), "t"),
    (re.compile(r"[kg]"), "k"),
    (re.compile(r"[lr]"), "r"),
    (re.compile(r"h"), "h"),
    (re.compile(r"[yw]"), ""),
]
_KATAKANA = compiled(r"^[\u30a0-\u30ff・ー]+$")
_HAN = compiled(r"^[\u4e00-\u9fff·・]+$")
_LATIN = compiled(r"^[A-Za-z][A-Za-z .'-]*$")
_ACRONYM = compiled(r"^[A-Z0-9&.-]+$")  # BTCC, HIV: read letter by letter, never transliterated


def _consonants(romanised: str) -> str:
    text = romanised.lower()
    for pattern, replacement in _CLASSES:
        text = pattern.sub(replacement, text)
    return re.sub(r"[aeiou]", "", text)


@cache
def _romaji():
    import cutlet

    from ..extract.ja import tagger

    romaji = cutlet.Cutlet(use_foreign_spelling=False)
    # cutlet builds its own fugashi Tagger; share ours, so that UniDic is mapped once
    romaji.tagger = tagger()
    return romaji


@lru_cache(maxsize=WORDS_KEPT)
def _han_skeleton(name: str, palatals_as_k: bool = False, y_as_j: bool = False) -> str:
    """Pinyin syllables without final n/ng, reduced to consonants; with `palatals_as_k`,
    j/q/x read as k (they came from k/g before i and ü: 加泰罗尼亚 is "Catalonia"); with
    `y_as_j`, an initial y reads as j (Central European J: 雅格 is "Jágr", ジャグ)."""
    syllables = [s for s in pinyin_reader()(name.replace("·", "")) if s.isalpha()]
    skeleton = []
    for position, syllable in enumerate(syllables):
        syllable = re.sub(r"ng?$", "", syllable)
        if palatals_as_k:
            syllable = re.sub(r"^[jqx]", "k", syllable)
        if y_as_j and position == 0:
            syllable = re.sub(r"^y", "j", syllable)
        skeleton.append(_consonants(syllable))
    return "".join(skeleton)


@lru_cache(maxsize=WORDS_KEPT)
def skeleton(name: str) -> str | None:
    """The consonant skeleton of a Han, kana or Latin name; None for other scripts."""
    name = to_katakana(name)
    if _HAN.match(name):
        return _han_skeleton(name)
    if _KATAKANA.match(name):
        # cutlet spaces the words it finds (アルドウィック: "arudo wikku")
        romaji = re.sub(r"[^a-z]", "", _romaji().romaji(name.replace("・", "")).lower())
        romaji = re.sub(r"([kstpbdgmrfhjz])\1|t(?=ch)|c(?=ch)", r"\1", romaji)  # small tsu
        romaji = re.sub(r"n(?![aeiouy])", "", romaji)  # the moraic ン
        return _consonants(romaji)
    if _LATIN.match(name) and not _ACRONYM.match(name):
        # word by word: GitHub is Git + Hub (ギットハブ), no th
        return "".join(_latin_skeleton(word) for word in _CAMEL_WORDS.findall(name))
    return None


# The ch of words English took from Greek, read k: after s (scheme, school), before r or l
# (Chrome, Christmas, chlorine), opening chem-, chor-, chao-, chris- (chemistry, chorus,
# chaos, charisma is not: Charles = チャールズ), after te-, me-, psy-, or- (technology,
# mechanism, psychology, orchestra), and echo. Elsewhere it is ch (Chelsea, Rachel).
_GREEK_CH = compiled(
    r"(?<=s)ch|ch(?=[rl])|^ch(?=em|or|ao|ris)|(?<=^te)ch|(?<=^me)ch|(?<=psy)ch|(?<=^or)ch"
    r"|(?<=^e)ch(?=o)"
)


@lru_cache(maxsize=WORDS_KEPT)
def _hard_ch_skeleton(name: str) -> str | None:
    """The skeleton of a Latin name with its Greek ch read k (`_GREEK_CH`), or None when
    no word of it has one."""
    words = _CAMEL_WORDS.findall(name)
    if not any(_GREEK_CH.search(word.lower()) for word in words):
        return None
    return "".join(_latin_skeleton(word, hard_ch=True) for word in words)


# the words of a Latin name, a capital opening each of a CamelCase name (Git|Hub, i|Phone)
_CAMEL_WORDS = compiled(r"[A-Z]?[a-z'.-]+|[A-Z]+(?![a-z])")


def _latin_skeleton(word: str, hard_ch: bool = False) -> str:
    """The consonants of a Latin word as katakana would keep them; with `hard_ch`, a ch
    where English words taken from Greek have it (`_GREEK_CH`: Chrome = クローム, Christmas,
    Scheme = スキーム, Schema, Technology) is read k; else sch is one sibilant, as German
    says it (Schumann = シューマン)."""
    latin = re.sub(r"[^a-z]", "", word.lower())
    latin = re.sub(r"([a-z])\1", r"\1", latin)
    latin = _GREEK_CH.sub("k", latin) if hard_ch else latin.replace("sch", "sh")
    latin = latin.replace("th", "s").replace("tch", "ch").replace("ph", "f")
    latin = latin.replace("gh", "")  # Connaught, Knight: a silent gh
    latin = re.sub(r"c(?![eiyh])", "k", latin)  # Nicole, Smith, Rich
    latin = re.sub(r"(?<=[^cs])h", "", latin)  # John, Thomas: a silent h (not ch, sh)
    latin = re.sub(r"n(?![aeiouy])|ng$", "", latin)
    return _consonants(latin)


# A name's dots in any form, with the spaces around them.
# A run of spaces is entered only at its start (the look-behind), so a search over a long
# run of spaces with no dot is linear, not quadratic (tests/test_linear_time.py).
_DOT_VARIANTS = compiled(rf"(?<!\s)\s*+[{NAME_DOTS}]\s*")
_KANA_HYPHEN = compiled(f"(?<=[ァ-ヺー])[{NAME_HYPHENS}](?=[ァ-ヺ])")


def undotted(name: str) -> str:
    """A name with its dots in one form: 约翰‧格兰特 and 约翰 · 格兰特 are 约翰·格兰特
    (a katakana name keeps its ・); a hyphen between Han characters and a double hyphen
    between katakana are dots (让-吕克·马丁 = 让·吕克·马丁, ジャン＝リュック = ジャン・リュック:
    Jean-Luc)."""
    name = _KANA_HYPHEN.sub("・", HAN_HYPHEN.sub("·", name))
    if not _DOT_VARIANTS.search(name):
        return name
    dot = "・" if _katakana_runs(name) else "·"
    return _DOT_VARIANTS.sub(dot, name.strip())


# a word in capitals this long is a word spelled loud, read as one (ELEVEN), not letters
MIN_SPELLED_WORD = 5


def sounds_alike(zh_name: str, ja_name: str, zh: Chinese, *, strict: bool = True) -> bool:
    """Whether two names, at least one of them katakana or Latin, transliterate each other
    (`zh`: the run's Chinese, whose transliteration characters mark a sound-borrowed name).

    `strict` (for names heard in running text) also asks the Chinese name to be written
    in transliteration characters: 中国 and 深圳 are not sound-borrowed, and any likeness
    to a katakana word nearby is chance. Two names that both sides tagged as names need
    less proof (巴拿马 = パナマ).
    """
    zh_name = undotted(zh_name)
    ja_name = undotted(ja_name)
    ja_name = to_katakana(ja_name)
    if _LATIN.match(zh_name) and zh_name.isupper() and len(zh_name) >= MIN_SPELLED_WORD:
        zh_name = zh_name.capitalize()  # ELEVEN of 7-ELEVEN is the word Eleven, イレブン
    if not (_KATAKANA.match(ja_name) or _LATIN.match(ja_name) or _LATIN.match(zh_name)):
        return False
    if any(_LATIN.match(name) and len(name.strip(".")) < MIN_LATIN for name in (zh_name, ja_name)):
        return False  # Jr, GP, St: abbreviations, too short to sound like anything
    if (
        strict
        and _HAN.match(zh_name)
        and "·" not in zh_name  # a dotted name is foreign: no Chinese name is dotted
        and not transliteration_like(zh_name, zh)
        and not _mostly_transliteration(zh_name, zh)  # 格但斯克 = グダンスク
    ):
        return False
    if _LATIN.match(zh_name) and _KATAKANA.match(ja_name):
        if _voicing_differs(zh_name, ja_name):
            return False  # Jim and サム: a voiced first sound (J, soft G) is ジ, not ス
        if _soft_g(zh_name) and sounds_alike(_soft_g(zh_name), ja_name, zh, strict=strict):
            return True  # George = ジョージ, Gene = ジーン
    if _HAN.match(zh_name) and _KATAKANA.match(ja_name):
        from .phonetics import DIFFERENT, SAME, name_similarity

        score = name_similarity(zh_name, ja_name)
        # names of three syllables or more carry enough consonants for the skeletons to
        # decide what the syllables leave open (亚罗米尔 = ジャロミア); not when the
        # katakana has fewer morae than the Chinese syllables, which a transliteration
        # never drops (贝多芬 is no ピーター, whose consonants it shares)
        if (
            score >= SAME
            or len(zh_name.replace("·", "")) < 3
            or score <= DIFFERENT
            or _fewer_morae(zh_name, ja_name)
        ):
            return score >= SAME
    left, right = skeleton(zh_name), skeleton(ja_name)
    if not left or not right:
        return False
    if left == right and len(left) >= 2:
        return True
    if left == right:  # one consonant says too little alone: compare the vowels too
        # (English spelling says nothing of them: Lynn = リン, Jean = ジーン; a Chinese
        # transliteration keeps the first: 阿瑟 a-se = アーサー)
        if _LATIN.match(zh_name):
            return True
        vowels, other = _vowels(zh_name), _vowels(ja_name)
        return vowels == other != "" or (
            transliteration_like(zh_name, zh) and vowels[:1] == other[:1] != ""
        )
    candidates = [left]
    hard = _hard_ch_skeleton(zh_name) if _LATIN.match(zh_name) else None
    if hard:
        candidates.append(hard)
    if _HAN.match(zh_name):
        candidates.append(_han_skeleton(zh_name, palatals_as_k=True))
        candidates.append(_han_skeleton(zh_name, y_as_j=True))
    if any(c == right and len(c) >= 2 for c in candidates):
        return True
    if min(len(left), len(right)) < MIN_FUZZY_LENGTH or (
        _LATIN.match(zh_name) and min(len(left), len(right)) < MIN_LATIN
    ):
        return False  # Tom is no fuzzy likeness of トマト: two consonants say too little
    return any(SequenceMatcher(None, c, right).ratio() >= MIN_RATIO for c in candidates if c)


# English spelling of a voiced first sound, which katakana writes with a voiced mora
# (ジ, ジャ, ジョ, ザ行) where a voiceless one (S, C before e/i) is サ行 or シ.
_VOICED_LATIN = compiled(r"^(?:j|g(?=[eiy]))", re.IGNORECASE)
_VOICELESS_LATIN = compiled(r"^(?:s|c(?=[eiy]))", re.IGNORECASE)
_VOICED_KANA = compiled(r"^[ザジズゼゾヂ]")
_VOICELESS_KANA = compiled(r"^[サシスセソ]")


def _voicing_differs(latin: str, kana: str) -> bool:
    """Jim against サム, Sam against ジム: one first sound voiced, the other not."""
    return bool(
        (_VOICED_LATIN.match(latin) and _VOICELESS_KANA.match(kana))
        or (_VOICELESS_LATIN.match(latin) and _VOICED_KANA.match(kana))
    )


_SOFT_G = compiled(r"g(?=[eiy])", re.IGNORECASE)


def _soft_g(latin: str) -> str | None:
    """The name with its soft G spelled J (George -> Jeorje), or None without one; a G
    before e, i, y is often soft in English (George, Gene) and often hard (Gilbert), so
    both readings are tried."""
    # GEORGE and George alike: the rewrite must take every G the search finds, or the
    # caller's second reading is the first again and recurses for ever (GET, LEGIT)
    softened = _SOFT_G.sub(lambda g: "J" if g.group().isupper() else "j", latin)
    return softened if softened != latin else None


def _vowels(name: str) -> str:
    """The vowel sequence of a name's romanisation, long vowels folded (ジョン: o)."""
    if _HAN.match(name):
        # pinyin e is a neutral vowel that katakana writes o (德 de = ド)
        text = "".join(pinyin_reader()(name)).replace("e", "o")
    elif _KATAKANA.match(name):
        text = _romaji().romaji(name)
    else:
        text = name
    vowels = re.sub(r"[^aeiou]", "", text.lower())
    return re.sub(r"(.)\1+", r"\1", vowels)


def _katakana_runs(text: str) -> list[str]:
    """The katakana words and dotted katakana names of a text, of two characters or more."""
    return [m.group(0) for m in KATAKANA_RUN.finditer(text) if len(m.group(0)) >= 2]


_LATIN_RUN = compiled(r"[A-Za-z][A-Za-z'-]+")


def heard_in(name: str, other_text: str, other_lang: str, zh: Chinese) -> bool:
    """Whether a name sounds like something written in the other side's text.

    The other side's tokenizer may not tag it (ピザ and 比萨 are common nouns to it): the
    Japanese text is scanned for katakana and Latin runs, the Chinese text for runs of
    transliteration characters.
    """
    name = undotted(name)
    parts = [part for part in re.split(r"[・·]", name) if len(part) >= 2]
    if len(parts) > 1:  # ディロクリット・パタヴェー: each part heard, maybe in a gloss
        return all(heard_in(part, other_text, other_lang, zh) for part in parts)
    if other_lang == "ja":
        if any(heard_in(stem, other_text, other_lang, zh) for stem in _stems(name, zh)):
            return True  # 哈佛大学法学院: its name part, 哈佛, heard as ハーバード
        return (
            any(sounds_alike(name, candidate, zh) for candidate in _japanese_runs(other_text))
            or _inside_a_run(name, other_text)
            or _read_in(_reading(name), _kana_text(other_text))
            or _surname_in(name, other_text, zh)
        )
    runs = _runs_of(other_text, zh.vocabulary)
    return (
        any(sounds_alike(run, name, zh) for run in runs)
        or _read_in(to_katakana(name), _reading(other_text))
        # 毕加索 = ピカソ: a famous name's spelling with one older character in it, which
        # only a close likeness of sound vouches for
        or _almost_heard(name, other_text, zh)
    )


def _stems(name: str, zh: Chinese) -> list[str]:
    """The name parts of a Chinese organisation or place name: what stands before each
    place or organisation word in it (哈佛 of 哈佛大学法学院), or before a natural
    feature's (埃特纳 of 埃特纳火山)."""
    from ..extract.zh import to_simplified

    if not _HAN.match(name):
        return []
    simplified = to_simplified(name)
    entities = zh.entities
    cuts = {
        position
        for suffix in (
            *entities.org_suffixes,
            *entities.place_suffixes,
            *entities.feature_suffixes,
            *entities.feature_nouns,
        )
        for position in range(2, len(simplified))
        if simplified.startswith(suffix, position)
    }
    return [name[:cut] for cut in sorted(cuts)]


# A Latin name inside a run of katakana words written together (Grand Connaught Rooms =
# グランドコンノートルームズホテル) is looked for by skeleton; shorter skeletons than
# this match by chance.
MIN_INSIDE = 3


def _inside_a_run(name: str, other_text: str) -> bool:
    if not (_LATIN.match(name) and len(name) >= 4):
        return False
    own = skeleton(name)
    if not own or len(own) < MIN_INSIDE:
        return False
    return any(
        own in (skeleton(run) or "")
        for run in _japanese_runs(other_text)
        if _KATAKANA.match(run) and len(run) > len(name)
    )


def _surname_in(name: str, other_text: str, zh: Chinese) -> bool:
    """Whether a native Chinese full name (surname and given name) appears in the
    Japanese text as its surname and a title: 谢长廷 -> 謝氏."""
    from ..extract.zh import to_japanese_kanji, to_simplified

    rules = zh.name_rules
    simplified = to_simplified(name)
    if not (_HAN.match(name) and len(simplified) == 3 and rules.surnames & {name[0]}):
        return False
    if zh.vocabulary.transliterated(simplified):
        return False
    surname = to_japanese_kanji(simplified[0])
    # any title after a surname the translation keeps (馬氏, 蔡総統): rules/ja/names.toml
    return any(surname + title in other_text for title in rules.titles["ja"])


# A Japanese name written in kanji on one side and in kana on the other (麻理子 =
# マリコ, 達也 = タツヤ) is matched by its reading: UniDic reads the Chinese side in
# Japanese kanji forms. Readings shorter than this match too much by chance.
MIN_READING = 3


def _read_in(reading: str, other_reading: str) -> bool:
    return (
        len(reading) >= MIN_READING
        and _KATAKANA.match(reading) is not None
        and reading in other_reading
    )


@lru_cache(maxsize=256)
def _reading(text: str) -> str:
    """The katakana reading UniDic gives a text (in Japanese kanji forms); unknown words,
    punctuation and Latin are left out, so a reading never spans them."""
    from ..extract.ja import tagger
    from ..extract.zh import to_japanese_kanji

    parts = []
    for word in tagger()(to_japanese_kanji(text)):
        kana = word.feature.kana
        parts.append(kana if kana and kana != "*" else "|")
    return "".join(parts)


@lru_cache(maxsize=64)
def _kana_text(text: str) -> str:
    return to_katakana(text)


def both_foreign(first: str, second: str) -> bool:
    """Whether two names are spelled in scripts that cannot show they differ: Han and
    katakana (爱丁堡 = エジンバラ; a katakana rendering of a Han name is a reading, the
    same name), or Latin and katakana."""
    first = undotted(first)
    second = undotted(second)
    for one, other in ((first, second), (second, first)):
        if (_HAN.match(one) or _LATIN.match(one)) and _KATAKANA.match(to_katakana(other)):
            return True
    return False


def transliteration_like(name: str, zh: Chinese) -> bool:
    """Whether a name is written in the run's transliteration characters (汤姆, 巴拿马)."""
    from ..extract.zh import to_simplified

    return zh.vocabulary.transliterated(to_simplified(undotted(name)))


def _mostly_transliteration(name: str, zh: Chinese) -> bool:
    """Whether a name of four characters or more is written in the transliteration
    characters but for one inside it (格但斯克, 莎士比亚: a character of one name's usage)."""
    from ..extract.zh import to_simplified

    return zh.vocabulary.mostly_transliterated(to_simplified(undotted(name)))


# Every unmatched name of a window is looked for in the same window text: one scan each.
@lru_cache(maxsize=64)
def _japanese_runs(text: str) -> tuple[str, ...]:
    """Katakana and Latin runs of a Japanese text: where a transliterated name would be."""
    runs = _katakana_runs(text) + [m.group(0) for m in _LATIN_RUN.finditer(text)]
    # ニックラス・バックストローム: the parts of a dotted name are names too
    parts = [
        part for run in runs for part in NAME_PARTS.split(run) if len(part) >= 2 and part != run
    ]
    return tuple(runs + parts + _compound_words(runs))


# a katakana run of fewer characters is one word (a compound is two words of two or more)
MIN_COMPOUND = 4


def _compound_words(runs: list[str]) -> list[str]:
    """The katakana words of UniDic inside katakana compounds written together (マラソン
    of テストマラソン, ハッシュ of ハッシュテーブル): Japanese technical prose joins its
    loanwords, and a Chinese word borrowed by sound (马拉松) is heard in one of them."""
    from ..extract.ja.tokenizer import tagger

    words = []
    for run in runs:
        if len(run) < MIN_COMPOUND or not _KATAKANA.match(run):
            continue
        surfaces = [node.surface for node in tagger()(run)]
        if len(surfaces) > 1:
            words.extend(word for word in surfaces if len(word) >= 2 and _KATAKANA.match(word))
    return words


# keyed by the vocabulary too: another run has its own transliteration characters
@lru_cache(maxsize=64)
def _runs_of(text: str, vocabulary) -> tuple[str, ...]:
    """Runs of transliteration characters and Latin runs of a Chinese text."""
    from ..extract.zh import to_simplified

    simplified = to_simplified(text)
    runs = [m.group(0) for m in vocabulary.transliteration_run.finditer(simplified)]
    return tuple(runs + [m.group(0) for m in _LATIN_RUN.finditer(text)])


# keyed by the vocabulary too, as _runs_of: every unmatched name of a window is looked for
# in the same window text, and the look-ahead scan runs at each of its positions
@lru_cache(maxsize=64)
def _almost_runs_of(text: str, vocabulary) -> tuple[str, ...]:
    """Runs of a Chinese text with one character outside the transliteration table at an
    end or inside (毕 + 加索, 达尔 + 文, 米 + 歇 + 尔): the conventional spellings of famous
    names keep an older character here and there."""
    from ..extract.zh import to_simplified

    return tuple(
        found.group(1)
        for found in _almost_runs(vocabulary).finditer(to_simplified(text))
        if len(found.group(1)) <= MAX_ALMOST_RUN
    )


MAX_ALMOST_RUN = 6  # characters of a famous name's spelling (柴可夫斯基)
# the likeness a run with a character outside the table needs: higher than the sound
# model's SAME, which 斯克宣布 (of 马斯克宣布…) reaches against シェークスピア
ALMOST_RUN_SAME = 0.85


def _almost_heard(name: str, other_text: str, zh: Chinese) -> bool:
    """Whether a katakana name sounds closely like a run of `other_text` with one
    character outside the transliteration table (ピカソ = 毕加索)."""
    from .phonetics import name_similarity

    # the name's katakana form is the same for every run: taken once, and a name that is
    # no katakana needs no scan of the text (undotted again, as before: undotted is not
    # idempotent where whitespace sits between two dots, · ・)
    katakana_name = to_katakana(undotted(name))
    if not _KATAKANA.match(katakana_name):
        return False
    return any(
        name_similarity(run, katakana_name) >= ALMOST_RUN_SAME
        for run in _almost_runs_of(other_text, zh.vocabulary)
    )


@cache  # keyed by the vocabulary: another rules folder gets its own pattern
def _almost_runs(vocabulary) -> re.Pattern[str]:
    """Three characters or more, all transliteration characters but one, which is first,
    last or inside (never both ends at once), with no transliteration character on either
    side; in a look-ahead, so that the runs may overlap."""
    table = "[" + "".join(sorted(vocabulary.transliteration_chars)) + "]"
    other = f"(?:(?!{table})[\u4e00-\u9fff])"
    span = f"{other}{table}{{2,5}}|{table}{{1,4}}{other}{table}{{1,4}}|{table}{{2,5}}{other}"
    # whole: no transliteration character right before or after (not 斯克宣布 of 马斯克宣布)
    return re.compile(f"(?<!{table})(?=({span})(?!{table}))")


def _fewer_morae(han: str, kana: str) -> bool:
    """A katakana name of two morae or fewer against a Chinese one of three syllables or
    more (贝多芬 and ピーター): no rendering of it. Katakana merges a syllable or two (尼亚
    = ニャ of 加泰罗尼亚 = カタルーニャ), but a short name shares consonants by chance."""
    from .phonetics import han_units, kana_units

    return len(han_units(han)) >= 3 and len(kana_units(kana)) <= 2


# How alike a short katakana name must sound to a longer Chinese one for the katakana to
# have merged its syllables rather than be another name (阿德恩 = アーダーン at 0.6: the
# 恩 merged into ン; 贝多芬 and ピーター, 0.47, are two names); the merged one spells more
# letters than the Chinese has characters (its long vowels: ジヨン is no merging of 崔智妍)
MERGED_ALIKE = 0.55


# A transliterated name this short (汤姆, 蒂姆) is told apart from a katakana name by its
# first vowel too (`_front_vowel_parts`)
SHORT_NAME = 2
# the katakana of a first mora on the front vowel i (キ, シ, チ, ティ, ディ, フィ, ウィ...)
_FRONT_MORA = re.compile("[イキギシジチヂニヒビピミリヰ]|[テデフウツ]ィ")
_FRONT_FINALS = ("i", "in", "ing")  # pinyin finals of that vowel (di, lin, ming; not ui)


def _front_vowel_parts(han: str, kana: str, zh: Chinese) -> bool:
    """Whether a two-character transliteration and a katakana name part on their first
    vowel: one on i (蒂 di, 金 jin), the other not (トム, タム), which no rendering does."""
    if not transliteration_like(han, zh):
        return False
    from .pinyin import pinyin_reader

    first = pinyin_reader()(han[0])[0]
    final = first.lstrip("bpmfdtnlgkhjqxzcsrwy")
    han_front = final in _FRONT_FINALS or (first[:1] in "jqx" and final.startswith("i"))
    kana_front = _FRONT_MORA.match(kana) is not None
    return han_front != kana_front


def distinct_names(first: str, second: str, zh: Chinese) -> bool:
    """Whether two names in scripts that cannot be compared letter by letter (Han or
    Latin against katakana) are told apart by their sound: 汤姆 and ジョン are, 华沙 and
    ワルシャワ (a free rendering) are not sure enough to be."""
    first = undotted(first)
    second = undotted(second)
    from .phonetics import DIFFERENT, name_similarity

    for one, other in ((first, second), (second, first)):
        other = to_katakana(other)
        if not _KATAKANA.match(other):
            continue
        if sounds_alike(one, other, zh, strict=False):
            return False
        if _HAN.match(one):
            if japanese_given_name(other):
                return True  # タツヤ, ケン: a Japanese name in katakana renders no Han one
            # (a name of two characters whose first syllable and the katakana's first mora
            # part on the front vowel i, which transliteration keeps: 汤姆 tang is no ティム,
            # 蒂姆 di no トム)
            if len(one) == SHORT_NAME and _front_vowel_parts(one, other, zh):
                return True
            return all(
                name_similarity(han, kana) <= DIFFERENT
                or (
                    (name_similarity(han, kana) < MERGED_ALIKE or len(kana) <= len(han))
                    and _fewer_morae(han, kana)
                )
                for han, kana in _renderings(one, other)
            )
        if _LATIN.match(one) and not _ACRONYM.match(one):
            if _voicing_differs(one, other):
                return True
            if _soft_g(one) and not distinct_names(_soft_g(one), other, zh):
                return False  # George: ジョージ may be its reading
            left, right = skeleton(one), skeleton(other)
            if not (left and right):
                return False
            ratio = SequenceMatcher(None, left, right).ratio()
            # a name's first sound is the surest: John (s) and リッチ (r) part there;
            # Latin spelling says too little of the rest (Jorge is read ジョージ or ホルヘ)
            return left[0] != right[0] and ratio < 0.7
    return False


@lru_cache(maxsize=WORDS_KEPT)
def japanese_given_name(kana_name: str) -> bool:
    """Whether UniDic reads a katakana word as one Japanese given name (人名,名: タツヤ,
    ケン, ユミ), not a foreign one (人名,一般: トム, マリア): what a transliteration of a
    foreign name into Chinese (汤姆) is never rendered by, whatever their sounds share."""
    from ..extract.ja.tokenizer import tagger

    nodes = list(tagger()(kana_name))
    return len(nodes) == 1 and nodes[0].pos.split(",")[1:4] == ["固有名詞", "人名", "名"]


# Characters a Chinese place name translates where Japanese transliterates (南安普顿 =
# サザンプトン: South + ampton; 新西兰 = ニュージーランド; 圣地亚哥 = サンティアゴ).
MEANING_PREFIXES = "南北东西新圣大小上下"


def _renderings(han: str, kana: str) -> list[tuple[str, str]]:
    """The name as written, and, after a translated first character, its sounded rest
    against the katakana without as many leading morae as such a word takes."""
    pairs = [(han, kana)]
    if len(han) >= 3 and _to_simplified_char(han[0]) in MEANING_PREFIXES:
        pairs += [(han[1:], kana[cut:]) for cut in range(1, min(5, len(kana) - 1))]
    return pairs


def _to_simplified_char(char: str) -> str:
    from ..extract.zh import to_simplified

    return to_simplified(char)
