"""Japanese names written in kanji on one side and partly in kana on the other.

A Japanese given name is often written in kana (中村あゆみ, 高橋ユウキ), while a Chinese
text can only write it in kanji (中村步美 = 中村歩美). Both are one name when the family
names are the same and the kanji given name reads, to UniDic, as the kana one does. The
reading comes from UniDic's word after the family name (the family name steers it to a
given name's reading: 歩美 = アユミ).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..extract.people import MAX_GIVEN
from ..extract.zh import prepared_tokens
from ..memory import WORDS_KEPT
from ..regexes import occurrences
from ..scripts import NAME_DOTS, NAME_HYPHENS, han, kana, katakana, to_katakana
from .korean import korean_shaped
from .translit import transliteration_like

if TYPE_CHECKING:
    from ..model import Fact


def same_name_in_kana(zh_key: str, ja_key: str) -> bool:
    """Whether two keys (Japanese kanji forms) are one name, one side's given name in kanji
    and the other's in kana: 中村歩美 = 中村あゆみ, 高橋祐樹 = 高橋ユウキ."""
    family = _shared_start(zh_key, ja_key)
    given_kanji, given_kana = zh_key[family:], ja_key[family:]
    if family < 2 or not given_kanji or not given_kana:
        return False  # a family name of two characters or more: 中村, 佐々木
    if not han(given_kanji, iteration_mark=True) or not kana(given_kana):
        return False
    reading = _given_name_reading(zh_key[:family], given_kanji)
    return reading is not None and _long_vowels_folded(reading) == _long_vowels_folded(
        to_katakana(given_kana)
    )


def given_name_alone_in_kana(zh_key: str, ja_key: str, name_rules) -> bool:
    """Whether a Japanese full name in kanji (a family name of `name_rules` and a given
    name) faces its given name alone in katakana, read as UniDic reads it after the family
    name: 鈴木一朗 = イチロー, the name a player registers and the press uses."""
    if not han(zh_key) or not katakana(ja_key):
        return False
    family = name_rules.family_name_length(zh_key)
    if not family or family == len(zh_key):
        return False
    reading = _given_name_reading(zh_key[:family], zh_key[family:])
    return reading is not None and _long_vowels_folded(reading) == _long_vowels_folded(ja_key)


def full_name_in_katakana(zh_key: str, ja_key: str, name_rules) -> bool:
    """Whether a Japanese full name in kanji (a family name of `name_rules` and a given
    name UniDic reads as one) faces the same name in katakana, in either order, as writers
    and designers known abroad are named (石黒一雄 = カズオ・イシグロ, 三宅一生 = イッセイ・
    ミヤケ), the long vowels folded (イッセイ, イッセー)."""
    bare = _NAME_DOTS.sub("", ja_key).replace(" ", "")
    if not han(zh_key) or len(zh_key) < 3 or not bare or not katakana(bare):
        return False
    readings = _full_name_readings(zh_key)
    if readings is None:
        return False
    family_reading, given_reading = (_long_vowels_folded(r) for r in readings)
    said = _long_vowels_folded(bare)
    return said in (given_reading + family_reading, family_reading + given_reading)


@lru_cache(maxsize=WORDS_KEPT)
def _full_name_readings(name: str) -> tuple[str, str] | None:
    """UniDic's readings of a name's family name and given name, in katakana, when it
    reads the name as those two words (石黒 姓 + 一雄 名)."""
    from ..extract.ja.tokenizer import part_of_speech, tagger

    nodes = list(tagger()(name))
    if len(nodes) != 2:
        return None
    kinds = [part_of_speech(node) for node in nodes]
    if not (kinds[0].endswith("人名,姓") and kinds[1].endswith("人名,名")):
        return None
    readings = (nodes[0].feature.kana, nodes[1].feature.kana)
    return readings if all(readings) else None


MAX_FAMILIAR_GIVEN = 2  # kanji of a given name said with a nickname prefix (小樱, 阿翼)


def familiar_name_in_kana(zh_key: str, ja_key: str, name_rules) -> bool:
    """Whether a given name in kanji, alone or after a nickname prefix of `name_rules`
    (小 + 樱, 阿 + 翼), faces the same given name in kana, read as UniDic reads the kanji
    as one word: 小樱 = さくら (ちゃん), 阿翼 = ツバサ (くん), the familiar name a Japanese
    translation writes in kana; a kanji the two share at the end is read alone (纪子 =
    のり子: ノリ + コ)."""
    if not han(zh_key):
        return False
    given = zh_key[1:] if len(zh_key) > 1 and zh_key[0] in name_rules.nickname_prefixes else zh_key
    shared = 0
    while shared < min(len(given), len(ja_key)) - 1 and given[-1 - shared] == ja_key[-1 - shared]:
        shared += 1
    spelled, tail = ja_key[: len(ja_key) - shared], given[len(given) - shared :]
    if len(given) > MAX_FAMILIAR_GIVEN or not kana(spelled):
        return False
    reading, tail_reading = _word_reading(given), _word_reading(tail) if tail else ""
    return (
        reading is not None
        and tail_reading is not None
        and _long_vowels_folded(reading) == _long_vowels_folded(to_katakana(spelled) + tail_reading)
    )


@lru_cache(maxsize=WORDS_KEPT)
def _word_reading(word: str) -> str | None:
    """UniDic's reading of `word`, in katakana, when UniDic reads it as one word."""
    from ..extract.ja.tokenizer import tagger

    nodes = list(tagger()(word))
    if len(nodes) != 1 or nodes[0].surface != word:
        return None
    return nodes[0].feature.kana or None


def reading_unsure(zh_key: str, ja_key: str) -> bool:
    """Whether two keys share a family name (two characters or more) and the Japanese
    given name is written wholly or partly in kana against a kanji one: UniDic gives one
    reading of a kanji name, and a name has others (山田優子 = 山田ゆう子, 鈴木一朗 =
    鈴木イチロー), so a difference between them is a guess, never an error."""
    family = _shared_start(zh_key, ja_key)
    given_kanji, given_other = zh_key[family:], ja_key[family:]
    return (
        family >= 2
        and bool(given_kanji)
        and han(given_kanji, iteration_mark=True)
        and any(kana(ch) for ch in given_other)
    )


# a long vowel written with ー or with the vowel's kana: イチロー = イチロウ, ショータ =
# ショウタ (UniDic spells the second, names in kana often the first)
_LONG_VOWEL = re.compile(
    r"ー|(?<=[オコソトノホモヨロヲゴゾドボポョォ])ウ|(?<=[ウクスツヌフムユルグズヅブプュゥ])ウ"
)


def _long_vowels_folded(reading: str) -> str:
    return _LONG_VOWEL.sub("", reading)


def _shared_start(a: str, b: str) -> int:
    length = 0
    while length < min(len(a), len(b)) and a[length] == b[length]:
        length += 1
    return length


@lru_cache(maxsize=WORDS_KEPT)
def _given_name_reading(family: str, given: str) -> str | None:
    """UniDic's reading of `given` after `family`, in katakana, when UniDic reads the two
    as a family name and one given name."""
    from ..extract.ja.tokenizer import part_of_speech, tagger

    nodes = list(tagger()(family + given))
    if len(nodes) != 2 or nodes[0].surface != family or nodes[1].surface != given:
        return None
    if "人名" not in part_of_speech(nodes[1]):
        return None
    return nodes[1].feature.kana or None


def native_against_kana(zh_name: str, ja_name: str, name_rules) -> bool:
    """Whether a Chinese name opening on a family name (李明博, 尹锡悦, 张伟) faces a katakana
    name: what tells them apart is a reading of Han characters, which may be Korean or
    Japanese rather than Mandarin (ユン・ソンニョル), so a difference is a guess, never an
    error. `name_rules`: the run's Chinese name rules."""
    bare = _NAME_DOTS.sub("", ja_name)
    return korean_shaped(zh_name, name_rules) and han(zh_name) and bool(bare) and katakana(bare)


def meaning_against_kana(zh: Fact, ja_name: str, chinese, glossary) -> bool:
    """Whether a Chinese name of a body or a brand written by meaning (国泰, 怡和洋行, 红牛:
    not all of it transliteration characters, no rendering in `glossary`) faces a katakana
    name: the katakana may be the body's name in its own language (キャセイ, ジャーディン,
    レッドブル), which the Chinese does not transliterate, so their sounds tell nothing and a
    difference is a guess, never an error. Not a place (东京 is never written in katakana)
    nor a person (native_against_kana speaks for them), nor against a katakana name the
    glossary gives as another name's rendering (シンガポール is 新加坡)."""
    from .entities import glossary_renderings
    from .terms import term_tables

    bare = _NAME_DOTS.sub("", ja_name)
    return (
        zh.value.entity_type in ("organisation", "company", "other")
        and han(zh.text)
        and bool(bare)
        and katakana(bare)
        and not transliteration_like(zh.text, chinese)
        and not glossary_renderings(zh.value.key, glossary)
        # シンガポール renders 新加坡: another name the glossary knows, no own-language one
        and ja_name not in term_tables(glossary, fold=True)[1]
    )


# a name's dots, double hyphens, full stops (J.K.) and spaces
_NAME_DOTS = re.compile(rf"[{NAME_DOTS}{NAME_HYPHENS}.\s]")


def known_abroad_by_family_name(zh_name: str, ja_name: str, name_rules, lexicon) -> bool:
    """Whether a Chinese name (a family name and a given name) faces the name its bearer
    goes by abroad: a Western given name and the family name in katakana, or that family
    name alone, in one of its readings of `lexicon` (family_name_readings of
    rules/zh/names.toml): 刘宇昆 = ケン・リュウ, 黄英贤 = ペニー・ウォン, 林郑月娥 =
    キャリー・ラム (the first family name of a married woman's two). The given name is
    not heard in the Chinese one, so only the family name speaks; another family name
    (ペニー・チャン for 黄英贤) is another person."""
    from ..extract.zh.forms import to_simplified
    from .name_parts import name_parts

    if not han(zh_name):
        return False
    simplified = to_simplified(zh_name)
    length = name_rules.surname_length(simplified)
    if not length or length >= len(simplified):
        return False
    parts = name_parts(ja_name)
    if not 1 <= len(parts) <= 2 or not all(katakana(part) for part in parts):
        return False
    readings = _family_name_readings(lexicon)
    return parts[-1] in readings.get(simplified[:length], readings.get(simplified[:1], ()))


@lru_cache(maxsize=4)  # keyed by the lexicon: another rules folder, its own table
def _family_name_readings(lexicon) -> dict[str, frozenset[str]]:
    table = lexicon.names.get("family_name_readings") or {}
    return {family: frozenset(readings) for family, readings in table.items()}


# jieba's tags of a word that ends no name and that a name runs into: a verb (拜, 奉), a
# verb used as a noun (诉), a coverb (于), an adverb (曾), a conjunction (和)
_GLUED_TAGS = frozenset({"v", "vn", "p", "d", "c"})
MIN_GLUED_KEY = 3  # characters: a name of two and the word glued to it


def name_before_a_glued_word(key: str, run) -> str | None:
    """The opening of a Chinese name's key (Japanese kanji forms) that jieba's dictionary
    tags as a person, or that is a family name and a given name, when the character
    after it is a verb, coverb or adverb: the name jieba glued to the word after it (郭靖
    of 郭靖拜洪七公, 张伟 of 张伟诉, 郑和 of 郑和奉, its dictionary's own run); None
    otherwise. The translation says the name alone (郭靖は, 張偉氏が): a form to look for
    in it, not a new reading of the source."""
    from ..extract.zh.forms import japanese_to_simplified
    from ..extract.zh.tokenizer import segmenter

    if len(key) < MIN_GLUED_KEY or not han(key):
        return None
    simplified = japanese_to_simplified(key)
    if len(simplified) != len(key):
        return None
    chinese = run.language("zh")
    words = segmenter(chinese.words)
    family = chinese.name_rules.surname_length(simplified)
    # the longest opening first: 王小明 + 说, not 王小 + 明
    for cut in range(len(key) - 1, MIN_GLUED_KEY - 2, -1):
        if (words.tag(simplified[cut]) or "") not in _GLUED_TAGS:
            continue
        # a name the dictionary holds (郑和), or a family name and a given name of one or
        # two characters (王 + 芳, which jieba's HMM made) that ends before a glued word,
        # not on one (李明 + 诉 + 被, not 李明诉 + 被)
        if (words.tag(simplified[:cut]) or "").startswith("nr") or (
            family
            and 1 <= cut - family <= MAX_GIVEN
            and (words.tag(simplified[cut - 1]) or "") not in _GLUED_TAGS
        ):
            return key[:cut]
    return None


def glued_name_said_alone(key: str, other_keyed: str, run) -> bool:
    """Whether the name jieba glued to the word after it (name_before_a_glued_word) is
    said alone in the translation's keyed text: followed by kana other than katakana,
    by no letter at all, or by a title (張偉 + 氏, 郭靖 + は, 鄭和 + は); not running on
    into a longer name (李文 of 李文和 is not said in 李文強, another person)."""
    form = name_before_a_glued_word(key, run)
    if form is None:
        return False
    name_rules = run.language("zh").name_rules
    for _, end in occurrences(form, other_keyed):
        after = other_keyed[end : end + 1]
        # the end, a particle (は, が: hiragana), a mark; not a letter of a longer name
        if not after or (kana(after) and not katakana(after)) or not after.isalnum():
            return True
        if name_rules.title_after(other_keyed, end, "ja") is not None:
            return True
    return False


def read_alike_in_mandarin(zh_key: str, ja_key: str) -> bool:
    """Whether two Han names of one length differ only in characters that share a reading
    in Mandarin, tone and all, where each Japanese character that differs is one Chinese
    does not write (outside GB2312 once in simplified form): 李世石 and 李世乭 (乭 is the
    Korean-made character Chinese writes 石), 渡边谦 and 渡邉謙 (邉, a variant of 边 that
    OpenCC does not map). The same name in another form of a character, or a namesake; a
    reading cannot tell which, so a difference between them is a guess, never an error.
    A homophone Chinese writes too is another name (刘晓洋 and 劉暁陽: 陽 is 阳)."""
    if len(zh_key) != len(ja_key) or zh_key == ja_key or not (han(zh_key) and han(ja_key)):
        return False
    from ..extract.zh import to_simplified

    return all(
        a == b
        or to_simplified(a) == to_simplified(b)  # 谦 and 謙: one character
        or (not _written_in_chinese(b) and not _toned_readings(a).isdisjoint(_toned_readings(b)))
        for a, b in zip(zh_key, ja_key, strict=True)
    )


@lru_cache(maxsize=WORDS_KEPT)
def _written_in_chinese(character: str) -> bool:
    """Whether a character, in its simplified form, is one of GB2312's: the characters
    Chinese writes (阳 of 陽; not 乭, 邉, 髙)."""
    from ..extract.zh import to_simplified

    try:
        to_simplified(character).encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


@lru_cache(maxsize=WORDS_KEPT)
def _toned_readings(character: str) -> frozenset[str]:
    """Every Mandarin reading of a character with its tone (pypinyin's, heteronyms too);
    none for one pypinyin does not know."""
    from .pinyin import pypinyin_module  # (pypinyin as every reader imports it)

    pypinyin = pypinyin_module()
    readings = pypinyin.pinyin(
        character, style=pypinyin.Style.TONE3, heteronym=True, errors="ignore"
    )
    return frozenset(r for group in readings for r in group if r != character)


MIN_HEARD_KANA = 3  # katakana letters of a name heard in unread words (ガザ is too short)
MAX_HEARD_WORDS = 3  # consecutive Chinese words a transliteration may be cut into
MAX_HEARD_HAN = 5  # characters of such a run


def heard_in_unread_words(name: str, chinese_text: str, names, chinese) -> bool:
    """Whether a katakana name sounds like a run of one to three consecutive
    Han words of the Chinese text that no name of that side covers, each a word jieba
    tags as a name or does not know, one character of the run at least a
    transliteration character: a transliteration the Chinese side did not read as a
    name and writes partly in characters outside the transliteration set
    (喀山 = カザン, 古驰 = グッチ, 德彪西 = ドビュッシー,
    萨尔斯堡 = ザルツブルク), so the name is there, not added. The names read
    on that side (`names`, their texts) are blanked first: a name read there and
    another katakana name in the translation are a swap, which the pairing tells.
    Names of fewer than three katakana letters are never heard so (ガザ is like too
    many pairs of words)."""
    from .translit import sounds_alike

    letters = name.replace("・", "").replace("ー", "")
    if len(letters) < MIN_HEARD_KANA or not katakana(letters):
        return False
    parts = [p for p in name.split("・") if len(p.replace("ー", "")) >= MIN_HEARD_KANA]
    if len(parts) > 1:  # ロンドン・マラソン is not heard in 马拉松 alone: each part is
        return all(heard_in_unread_words(p, chinese_text, names, chinese) for p in parts)
    blanked = chinese_text
    for other in sorted(names, key=len, reverse=True):
        if other:
            blanked = blanked.replace(other, "\n" * len(other))
    tokens = [
        t
        for t in prepared_tokens(chinese, blanked)
        if han(blanked[t.start : t.end]) and _name_like(t.tag)
    ]
    vocabulary = chinese.vocabulary
    for i, first in enumerate(tokens):
        end = first.end
        for last in tokens[i : i + MAX_HEARD_WORDS]:
            if last.start != end and last is not first:
                break  # words of a run stand next to each other
            end = last.end
            run = blanked[first.start : end]
            if len(run) > MAX_HEARD_HAN:
                break
            if (
                len(run) >= 2
                and any(vocabulary.transliterated(character) for character in run)
                and sounds_alike(run, name, chinese, strict=False)
                and _nasal_end_heard(run, letters)
            ):
                return True
    return False


# kana that close a name on a nasal: ン, the m of -ham (バーミンガム = 伯明翰) and the
# n-row that Italian and Japanese names end on (ミラノ = 米兰, トリノ = 都灵)
_NASAL_KANA = frozenset("ンムナニヌネノ")
# kana a final nasal may stand before in the name's last two letters (イングランド = 英格兰)
_NASAL_END_REACH = 2


def _nasal_end_heard(run: str, letters: str) -> bool:
    """Whether a katakana name keeps the nasal that ends a Chinese run: where every reading
    of the run's last character ends on -n or -ng (山 shan, 林 lin), the name has a nasal
    among its last two letters (カザン, ベルリン, イングランド); カザフ is no 喀山, whatever
    the lax ear hears. Small kana, ッ and ー are no letters here."""
    readings = _toned_readings(run[-1])
    if not readings or not all(r.rstrip("012345").endswith(("n", "ng")) for r in readings):
        return True
    kana_letters = [c for c in letters if c not in _SMALL_OR_MARKS]
    return any(c in _NASAL_KANA for c in kana_letters[-_NASAL_END_REACH:])


_SMALL_OR_MARKS = frozenset("ァィゥェォャュョッヮー")


# jieba's tags of a word that may be a name it knows but xlcheck did not read (喀山 ns,
# 德彪西 nr, 萨尔斯堡 nrt) or a word it does not know (古驰, 先正达): a common noun, a verb or
# a particle (国家, 觉醒, 的) is no transliteration, however a lax ear hears it
_NAME_LIKE_TAGS = ("nr", "ns", "nt", "nz", "oov")


def _name_like(tag: str | None) -> bool:
    return tag is not None and tag.startswith(_NAME_LIKE_TAGS)
