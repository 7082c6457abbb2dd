"""Which names left unmatched on the two sides of a unit stand for each other.

A translation that swaps a name keeps its place and its kind: a person for a person, a
city for a city. So the names still open on each side are paired by compatible type,
one to one, where the pairing is unambiguous.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from difflib import SequenceMatcher
from functools import cache, partial
from typing import TYPE_CHECKING

from ..extract import entity_key
from ..extract.entities import LISTING_DOTS
from ..extract.ja.references import japanese_words
from ..extract.ja.tokenizer import ordinary_nouns
from ..extract.spans import fold_width
from ..extract.zh import prepared_tokens
from ..extract.zh.forms import to_simplified
from ..extract.zh.names import japanese_name_type, japanese_parts
from ..extract.zh.tokenizer import PAIR_WORD_SEEN, segmenter
from ..model import EntityValue, Fact
from ..regexes import compiled, occurrences
from ..scripts import KATAKANA_LETTERS, NAME_DOTS, TITLE_BRACKETS, han, inside_a_title, katakana
from .abbreviations import BODIES
from .translit import MIN_LATIN, distinct_names, heard_in, transliteration_like, undotted

if TYPE_CHECKING:
    from ..extract.zh import Chinese
    from ..rules.vague import PhraseGrammar
    from ..run import Run

# Types that can stand for each other; "other" (a Latin name, an unknown katakana word)
# takes the type of the name it faces.
NAMED = ("person", "place", "organisation", "company")
_SAME_KIND = {"organisation": "body", "company": "body", "person": "person", "place": "place"}


def compatible(first: str, second: str) -> bool:
    if first == "other" or second == "other":
        return (first if second == "other" else second) in NAMED
    return same_kind(first, second)


def same_kind(first: str, second: str) -> bool:
    """Two named types of one kind: a person, a place, or a body (organisation, company)."""
    return first in NAMED and _SAME_KIND[first] == _SAME_KIND.get(second)


def may_be_place(fact: Fact, run: Run) -> bool:
    """A transliteration typed as a person: jieba types many transliterated places as
    people (西雅图, 伊拉克 nr), so its type says little and it may be a place. So is a name
    the glossary renders in katakana, a foreign name whatever its characters (夏威夷 =
    ハワイ: 夏 is no transliteration character)."""
    from .entities import glossary_renderings

    if fact.value.entity_type != "person":
        return False
    if transliteration_like(fact.text, run.language("zh")):
        return True
    renderings = glossary_renderings(fact.value.key, run.rules.glossary)
    return any(katakana(r) for r in renderings)


def may_be_person(fact: Fact, run: Run) -> bool:
    """A transliteration typed as a place: jieba types some given names as places (苏珊
    ns), so a katakana person facing it may be its stand-in (苏珊 against サラ)."""
    return (
        fact.value.entity_type == "place"
        and not fact.value.confident
        and transliteration_like(fact.text, run.language("zh"))
    )


def fragment(fact: Fact) -> bool:
    """Whether a name is too doubtful to stand for another: a Latin abbreviation (Jr,
    GP, St), a word of English prose (This at a sentence start: extract/english.py)."""
    if getattr(fact.value, "prose", False):
        return True
    return fact.text.isascii() and len(fact.text.strip(".")) < MIN_LATIN


def pair_leftover_names(
    left: Sequence[Fact], right: Sequence[Fact], run: Run, *, same_kind: bool = False
) -> list[tuple[Fact, Fact]]:
    """One-to-one pairs of open names of compatible type, in reading order.

    A name is paired only when, among the names still open, it has exactly one
    compatible partner and that partner has exactly it; so two people left on each side
    pair nobody (which one replaced which is a guess). Names of the same kind pair
    first; a name of unknown type ("other": Buffalo) or a transliteration typed as a
    person facing a place only pair among what is left (`same_kind`: not at all).
    """
    open_left, open_right = list(left), list(right)
    pairs: list[tuple[Fact, Fact]] = []
    for fits in (_same_kind,) if same_kind else (_same_kind, partial(_fits, run=run)):
        _pair_one_to_one(open_left, open_right, fits, pairs)
    # a weak name (新建 "newly built", 道奇 to jieba: a place, a person) must not keep a
    # sure name from the one partner it has: the sure names pair among what is left
    for sure in (_same_kind,) if same_kind else (_same_kind, partial(_fits, run=run)):
        _pair_one_to_one(open_left, open_right, _sure_source(sure), pairs)
        _pair_one_to_one(open_left, open_right, _sure_target(sure), pairs)
    # one name facing two of its kind: the one in its own script pairs (厦门 against 泉州,
    # not コロンス: a native Han name is said in kanji, a transliteration in katakana)
    for fits in (_same_kind,) if same_kind else (_same_kind, partial(_fits, run=run)):
        _pair_one_to_one(open_left, open_right, _in_one_script(fits, run), pairs)
    # names of no known kind on both sides (星巴克 and タリーズ: a transliteration, an
    # unknown katakana word) pair among what is left: one put in the other's place,
    # whatever it names
    _pair_one_to_one(open_left, open_right, _both_unknown, pairs)
    # the one sure name left on each side, of kinds that do not fit (特斯拉, a company, and
    # シェークスピア, a person): the translation put a name where the source had another,
    # whatever the taggers made of their kinds (reported as a guess); a weak one (东方之珠,
    # a tagger's person) may be a phrase rendered by meaning (アジアの真珠)
    left_alone = len(open_left) == len(open_right) == 1
    # and a sure source name with, alone against it, a translation's name only a tagger
    # vouches for that UniDic reads as proper nouns only (台南 against 嘉義 = 嘉 + 義, a
    # given name's pieces to UniDic): one name put in another's place, not "missing"
    if (
        not same_kind
        and left_alone
        and _sure_named(open_left[0])
        and (
            _sure_named(open_right[0])
            # a body's name goes to its own stand-in (東北大 for 东京工业大学, not 東北)
            or (open_left[0].value.entity_type in NATIVE and _proper_words(open_right[0]))
        )
    ):
        pairs.append((open_left[0], open_right[0]))
    return pairs


NATIVE = ("person", "place")  # kinds a native name, said in kanji, is of


def name_joiners(run: Run) -> frozenset[str]:
    """What joins a name to the one before it in a nested name or a list: nothing (泰国曼谷,
    上海市静安区), a list joiner (日本和菲律宾, 日本とベトナム, 日本やベトナム) or a nesting mark
    (タイのバンコク, ドイツ・ミュンヘン), by rules/common/words.toml."""
    words = run.rules.common_words
    return frozenset({"", *words.list_joiners, *words.name_nesting_marks})


def pair_in_order(
    left: Sequence[Fact],
    right: Sequence[Fact],
    partner_of: dict[int, Fact],
    left_facts: Sequence[Fact],
    texts: tuple[Callable[[str], str], Callable[[str], str]],
    joiners: frozenset[str],
) -> list[tuple[Fact, Fact]]:
    """Pairs of open names of one kind that the one-to-one pairing left (a name with two
    partners of its kind), by their order: both languages say a nested place from the
    outer level in (泰国曼谷, ベトナムのハノイ) and keep a list's order.

    The same number of names of a kind on each side (two or more) pair in reading order.
    Otherwise a name right after a matched one (台北市 + 大安区, 日本 + 和 + 菲律宾) pairs
    with the one name of its kind right after that name's counterpart (`partner_of`, by
    id(); `left_facts`: every name of the source unit, matched ones too; `texts`: a
    segment's text by id, on each side; `joiners`: `name_joiners`). A pair of two weak
    names is left out: nothing vouches for either."""
    pairs: list[tuple[Fact, Fact]] = []
    for kind in ("person", "place", "body"):
        lefts = [f for f in left if _SAME_KIND.get(f.value.entity_type) == kind]
        rights = [f for f in right if _SAME_KIND.get(f.value.entity_type) == kind]
        if not lefts or not rights:
            continue
        if len(lefts) == len(rights) >= 2:
            found = list(zip(lefts, rights, strict=True))
        else:
            found = []
            for source in lefts:
                before = _joined_before(source, left_facts, texts[0], joiners)
                anchor = partner_of.get(id(before)) if before is not None else None
                if anchor is None:
                    continue
                after = [t for t in rights if _joined_after(anchor, t, texts[1], joiners)]
                if len(after) == 1 and all(t is not after[0] for _, t in found):
                    found.append((source, after[0]))
        pairs += [(s, t) for s, t in found if s.value.confident or t.value.confident]
    return pairs


def outer_level_stand_in(
    source: Fact,
    right: Sequence[Fact],
    outer_forms: frozenset[str],
    text_of: Callable[[str], str],
    lang: str,
    joiners: frozenset[str],
) -> Fact | None:
    """The open name that took the inner level of a nested source name found only by its
    outer level (德国慕尼黑, of which ドイツ is said; 香港教育大學, of which 香港 is):
    the one sure name of a compatible type said right after that outer level (ドイツ + の +
    ベルリン, マレーシア + の + ペナン) or opening with it (香港 + 中文大学). `outer_forms`:
    the outer level's forms in the translation, in key form; `lang`: the translation's;
    `joiners`: `name_joiners`)."""
    found = []
    for target in right:
        if not target.value.confident or not compatible(
            source.value.entity_type, target.value.entity_type
        ):
            continue
        key = target.value.key
        if any(key.startswith(form) and len(key) > len(form) for form in outer_forms):
            found.append(target)
            continue
        before = text_of(target.segment)[: target.start]
        if before[-1:] in joiners:
            before = before[:-1]
        keyed = entity_key(before[-MAX_OUTER:], lang)
        if any(form and keyed.endswith(form) for form in outer_forms):
            found.append(target)
    return found[0] if len(found) == 1 else None


MAX_OUTER = 16  # characters before a name searched for the outer level said before it


def _joined_before(fact: Fact, facts: Sequence[Fact], text_of: Callable[[str], str], joiners):
    """The name of `facts` that ends right before `fact`, at most a joiner between."""
    text = text_of(fact.segment)
    for other in facts:
        if (
            other is not fact
            and other.segment == fact.segment
            and other.end <= fact.start
            and text[other.end : fact.start] in joiners
        ):
            return other
    return None


def _joined_after(anchor: Fact, fact: Fact, text_of: Callable[[str], str], joiners) -> bool:
    """Whether `fact` starts right after `anchor`, at most a joiner between."""
    return (
        fact.segment == anchor.segment
        and anchor.end <= fact.start
        and text_of(fact.segment)[anchor.end : fact.start] in joiners
    )


def _in_one_script(fits, run: Run):
    """`fits`, for two names written alike: both in Han characters (厦门, 泉州), both
    foreign (a transliteration, 渥太华; katakana, トロント), or both in Latin letters."""
    zh = run.language("zh")
    return lambda source, target: (
        (mine := _script(source, zh)) is not None
        and mine == _script(target, zh)
        and fits(source, target)
    )


def _script(fact: Fact, zh: Chinese) -> str | None:
    """How a name is written: "latin", "foreign" (katakana, or Han characters of a
    transliteration), "han" (a native name), or None (mixed: 深セン)."""
    text = fact.text
    if text.isascii():
        return "latin"
    if katakana(text) or (han(undotted(text)) and transliteration_like(text, zh)):
        return "foreign"
    return "han" if han(text) else None


def _proper_words(fact: Fact) -> bool:
    """A name of a known kind in Han characters that UniDic reads as proper nouns only."""
    parts = japanese_parts(fact.text) if han(fact.text) else ()
    return (
        fact.value.entity_type in NAMED
        and bool(parts)
        and all(part == ("名詞", "固有名詞") for part in parts)
    )


def _sure_named(fact: Fact) -> bool:
    """A sure name of a known kind: one the translation would otherwise be said to add."""
    return fact.value.confident and fact.value.entity_type in NAMED


def kinds_differ(source: Fact, target: Fact) -> bool:
    """Whether a pair of names was made across kinds (a company for a person): a guess."""
    return not compatible(source.value.entity_type, target.value.entity_type)


def kind_unread(zh: Fact, ja: Fact, chinese: Chinese) -> bool:
    """Whether the Japanese name is of no kind the tool read ("other": a katakana word the
    tagger does not know, エミレーツ; a Latin acronym, NASA) and took its kind from a Han
    place or body that is no transliteration (阿联酋, 美国): the Chinese may be the body's
    name by meaning and the Japanese its own name (阿联酋航空 = エミレーツ航空, 美国太空总署
    = NASA), whose sounds tell nothing, so a difference is a guess, never an error. A
    transliteration (卡塔尔, 法兰克福) is heard against the katakana, and a person's name
    (章子怡) is no body's brand: both stay sure."""
    bare = re.sub(r"[・･·\s]", "", ja.text)
    return (
        ja.value.entity_type == "other"
        and zh.value.entity_type in ("place", "organisation", "company")
        and han(zh.text)
        and bool(bare)
        and (katakana(bare) or bare.isascii())
        and not transliteration_like(zh.text, chinese)
    )


def _pair_one_to_one(open_left: list, open_right: list, fits, pairs: list) -> None:
    """Pair each open name that fits exactly one open name fitting only it back."""
    progress = True
    while progress:
        progress = False
        for source in list(open_left):
            partners = [t for t in open_right if fits(source, t)]
            if len(partners) != 1:
                continue
            target = partners[0]
            if sum(fits(s, target) for s in open_left) != 1:
                continue
            pairs.append((source, target))
            open_left.remove(source)
            open_right.remove(target)
            progress = True


def _sure_source(fits):
    return lambda source, target: source.value.confident and fits(source, target)


def _sure_target(fits):
    return lambda source, target: target.value.confident and fits(source, target)


def _both_unknown(source: Fact, target: Fact) -> bool:
    """Two names of no known kind, one sure at least, neither in Latin letters (a Latin
    name, HTTP, GPIO26, pairs by latin_swapped's own rules)."""
    return (
        source.value.entity_type == target.value.entity_type == "other"
        and (source.value.confident or target.value.confident)
        and not source.text.isascii()
        and not target.text.isascii()
    )


def _same_kind(source: Fact, target: Fact) -> bool:
    return same_kind(source.value.entity_type, target.value.entity_type)


def _fits(source: Fact, target: Fact, run: Run) -> bool:
    first, second = source.value.entity_type, target.value.entity_type
    zh = run.language("zh")
    if _word_against_latin(source, target, zh) or _word_against_latin(target, source, zh):
        return False
    if compatible(first, second):
        return True
    # 日本队 against 中国 (of 中国代表): a team or a body named by its country stands where
    # the translation names another country
    if any(
        kind == "place" and _named_by_a_country(other, run)
        for kind, other in ((first, target), (second, source))
    ):
        return True
    # 高雄 against 嘉義 (嘉 + 義): a place UniDic reads as a given name's pieces
    return {first, second} == {"person", "place"} and any(
        may_be_place(fact, run)
        or may_be_person(fact, run)
        or _read_as_place(fact)
        or _place_in_given_name_pieces(fact)
        for fact in (source, target)
    )


# The longest word after a country that still names the country's body, not a body of
# its own (日本 + 代表队, 国家队; 日本 + 丰田公司 is a company)
COUNTRY_BODY_WORD_MOST = 3


def _named_by_a_country(fact: Fact, run: Run) -> bool:
    """A body whose name is a country and a short word (日本队, 韩国代表队): it stands for
    its country."""
    from .addresses import chinese_country_keys

    if fact.value.entity_type not in ("organisation", "company"):
        return False
    key = fact.value.key
    if key.endswith(state_bodies(run)):
        return False  # 中国外交部: a state's body, compared by its country (body_countries)
    if any(
        key.startswith(country) and 0 < len(key) - len(country) <= COUNTRY_BODY_WORD_MOST
        for country in chinese_country_keys(run.rules.lexicons["zh"])
    ):
        return True
    # 東京國際 (of 東京國際影展, a festival read in part) against 釜山: a body named by the
    # city it opens with, one UniDic reads as a place, stands for that city too
    return any(
        0 < len(key) - cut <= COUNTRY_BODY_WORD_MOST and japanese_name_type(key[:cut]) == "place"
        for cut in (2, 3)
    )


def _place_in_given_name_pieces(fact: Fact) -> bool:
    """A weak person's name of two Han characters that UniDic reads as proper nouns only
    (嘉 + 義, 台 + 南): Taiwan's and Japan's place names often read so; it may stand for
    a place."""
    return (
        fact.value.entity_type == "person"
        and fact.value.weak
        and len(fact.text) == 2
        and _proper_words(fact)
    )


def _read_as_place(fact: Fact) -> bool:
    """A person's name in Han characters that UniDic reads as one place in Japanese kanji
    forms (高雄, 涩谷 = 渋谷: nr and nrt to jieba): it may stand for another place. Only
    for a pair of names; a vague reference of a place does not take it (王府井)."""
    return (
        fact.value.entity_type == "person"
        and han(fact.text)
        and japanese_name_type(fact.text) == "place"
    )


def _word_against_latin(word: Fact, latin: Fact, zh: Chinese) -> bool:
    """A native Han word only a tagger calls a place or a body (长度, ns to jieba) and a
    Latin name (JavaScript) do not stand for each other: a native name is rendered in
    kanji, and a Latin name renders a Latin one or a transliteration (谷歌 = Google). A
    person read by the name grammar (张伟) still may have been replaced by one (Smith)."""
    return (
        word.value.weak
        and word.value.entity_type != "person"
        and latin.text.isascii()
        and han(word.text)
        and not transliteration_like(word.text, zh)
    )


# What follows a name standing for a person or place: a topic or subject particle, "and",
# a comma, a title.
_AS_A_NAME = ("は", "が", "も", "と", "、", "さん", "氏", "夫人", "君", "くん", "ちゃん", "様")
_DOTS = ("・", "·", "＝", "=", "゠")  # リー of バーナーズ＝リー is a part too
_KATAKANA_WORD = compiled(r"[\u30a1-\u30fa][\u30a1-\u30fa\u30fc]+")


# determiners that open a vague reference right before a katakana word (ある + ブランド,
# とある + チーム, 某 + メーカー): the word is a kind named, not a name rendered
_VAGUE_OPENINGS = ("ある", "とある", "某", "一部の", "さる")


_VAGUE_KATAKANA = re.compile(
    "(?:" + "|".join(_VAGUE_OPENINGS) + f")(?P<word>[{KATAKANA_LETTERS}]+)"
)


def vague_katakana_spans(text: str) -> list[tuple[int, int]]:
    """The katakana words right after a vague determiner (ある + ファッションブランド, とある +
    チーム): a kind named, where no name's sound is to be heard (普拉达 is not in ブランド)."""
    if not any(opening in text for opening in _VAGUE_OPENINGS):
        return []
    return [match.span("word") for match in _VAGUE_KATAKANA.finditer(text)]


def _katakana_standing_as_names(text: str):
    """The katakana words of a text that stand as a name: before a subject particle, と or
    a title (ウッドは, ウッド氏), not a part after a dot of a longer name or title (クレー
    of キング・オブ・クレー), nor a common noun that ends a compound after two kanji or
    more (夜間 + ツアー; not 世界王者 + ジョコビッチ, a name after a title; one kanji may be
    a country's, 米 + ニューヨーク), nor a compound of common nouns (ライト + ショー,
    フラワー + カーペット: a kind of thing; not ジョコ + ビッチ, a name UniDic cuts, whose
    first piece is none)."""
    for match in _KATAKANA_WORD.finditer(text):
        start = match.start()
        if not text.startswith(_AS_A_NAME, match.end()) or text[start - 1 : start] in _DOTS:
            continue
        nouns = ordinary_nouns(match.group(0))
        if nouns is not None and (len(nouns) >= 2 or han(text[max(0, start - 2) : start])):
            continue
        yield match


def katakana_stand_in(
    source: Fact,
    target_segments: list[tuple[str, str]],
    source_text: str,
    zh: Chinese,
    vague_grammar: PhraseGrammar | None = None,
) -> Fact | None:
    """The katakana word that took a foreign name's place, when there is exactly one
    candidate: a katakana word of two morae or more that no sound in the source accounts
    for (ヒーロー is heard in no Chinese word; ピザ is 比萨) and that sounds unlike the name.
    A noun the vague grammar (`vague_grammar`) lists as a kind of the name's type (トップ,
    リーダー, エース for a person, in rules/anonymization.toml) is a candidate when no
    other is: it says who someone is, not which one, and the caller reports the name
    anonymized, not replaced (テスラのトップ for 马斯克)."""
    if source.value.entity_type not in ("person", "place", "other"):
        return None
    if not (transliteration_like(source.text, zh) or source.text.isascii()):
        return None  # a native name is rendered in kanji, not katakana
    if source.value.weak and " " in source.text.strip():
        return None  # Unix Time Stamp: English capitalises a title's words, a name's too
    kinds: frozenset[str] = frozenset()
    every_kind: frozenset[str] = frozenset()
    if vague_grammar is not None:
        kinds = vague_grammar.noun_sets.get(source.value.entity_type, frozenset())
        every_kind = vague_grammar.all_nouns
    # a work's title in its brackets is rendered by a title: 『ジゼル』, no バレエダンサー
    titled = any(f"{o}{source.text}{c}" in source_text for o, c in TITLE_BRACKETS.items())
    candidates, roles = [], []
    for segment_id, text in target_segments:
        for match in _katakana_standing_as_names(text):
            word = match.group(0)
            if titled and not inside_a_title(text, match.start(), match.end()):
                continue
            if text.endswith(_VAGUE_OPENINGS, 0, match.start()):
                continue  # あるリスト, とあるチーム: a kind named, no name in the name's place
            if word in kinds:  # テスラのトップ, 同チームのエース: a role, no name
                roles.append((segment_id, match.start(), match.end(), word))
                continue
            if word in every_kind:
                continue  # チームは for a person: a kind of another type, no stand-in
            if heard_in(word, source_text, "zh", zh) or not distinct_names(source.text, word, zh):
                continue
            candidates.append((segment_id, match.start(), match.end(), word))
    if not candidates:
        candidates = roles  # a role where no other word stands in
    if len(candidates) != 1:
        return None
    segment_id, start, end, word = candidates[0]
    if source.text.isascii() and _common_loanword(word):
        return None  # Debian | パッケージ, ファイル: a word the dictionary knows as common
    if _a_weak_thing(source) and ordinary_nouns(word) is not None:
        return None  # 嘉宾 (ns to jieba, "guest") | ゲスト: a common noun renders a common word
    value = EntityValue(source.value.entity_type, word, word, confident=False)
    return Fact("entity", segment_id, start, end, word, value)


def uncertainly_rendered(
    name: str, target_text: str, other_names: list[str], zh: Chinese
) -> bool:
    """Whether a katakana word standing as a name in the translation (before は, と, a
    title) may be a free rendering of a transliterated name, neither heard as it nor told
    apart from it, nor from the source's `other_names` (德约科维奇 and ジョコビッチ, which
    UniDic does not read as one word): not enough to call the name missing, as it is not
    enough to call it replaced."""
    if not transliteration_like(name, zh):
        return False
    for match in _katakana_standing_as_names(target_text):
        word = match.group(0)
        if target_text.endswith(_VAGUE_OPENINGS, 0, match.start()):
            continue  # ある + ファッションブランド: a vague reference, no rendering of a name
        if any(not distinct_names(other, word, zh) for other in other_names):
            continue  # the rendering of another name of the source, maybe
        if not distinct_names(name, word, zh):
            return True
    return False


def _a_weak_thing(source: Fact) -> bool:
    """Whether a source name in Han characters is weak and of no person's type (嘉宾, a
    guest, is a place to jieba): a tagger's guess that a common noun of the translation
    may render as it stands; a weak person (汤姆) or a Latin name (Sam) may still be
    replaced by a given name UniDic knows as a common noun too (ジム, a gym)."""
    return (
        not source.value.confident
        and source.value.entity_type in ("place", "other")
        and not source.text.isascii()
    )


def _common_loanword(word: str) -> bool:
    """Whether UniDic knows a katakana word as a noun of action (ファイル, パッケージ) or
    a compound of common nouns (フィーチャー + ゲート). A name written in Latin letters
    that the translation left out is not rendered by such a word; a Chinese
    transliteration may be (伍德 as ウッド), so only Latin names ask."""
    words = ordinary_nouns(word)
    if words is None:
        return False
    # one word: only a noun of action (ファイル, パッケージ: サ変可能); a plain one may be
    # a given name too (ジム is gym and Jim)
    return len(words) > 1 or words[0][3].startswith("名詞,普通名詞,サ変可能")


def chinese_keyed_words(text: str, run: Run) -> tuple[str, ...]:
    """The words of a Chinese text as jieba cuts them (北大西洋 is one), in key form, in
    order."""
    return tuple(entity_key(t.text, "zh") for t in prepared_tokens(run.language("zh"), text))


def abbreviated_in(
    forms: Sequence[str],
    text: str,
    lang: str,
    run: Run,
    own_forms: Callable[[], set[str]] = set,
) -> bool:
    """Whether a country named by `forms` (its renderings in the text's language) stands
    in the text abbreviated to one character inside a word: 米軍, 訪米, 日米, 米 + 大統領;
    美军, 访美, 中美关系, 美 alone (by the abbreviations and bound words of
    rules/LANG/names.toml, on the words of the language's tokenizer). A word of two such
    characters alone (中意 "to like", 美德 "virtue") names the two countries only before
    a word of their relation (中美 + 两国, 日米 + 首脳: `abbreviation_pair_after`) or where
    the name's own side names the other country too (美国和日本 for 日米: `own_forms`, the
    forms of that side's names in the text's language, asked only then); in Chinese only
    the words jieba has seen often as words of their own need that (PAIR_WORD_SEEN: 中美
    alone is the pair). A longer place
    name (tagged so) that opens with two is a place of its own (加泰罗尼亚 is no 加 + 泰,
    中美洲 no 中 + 美) unless the rest is abbreviations too (中日韩)."""
    lexicon = run.rules.lexicons[lang]
    names = lexicon.names
    table = _abbreviation_table(lexicon)

    def keyed(full: Iterable[str]) -> set[str]:
        # the table writes the language's own characters (韩国); forms may be keyed (韓国)
        return {*full, *(entity_key(name, lang) for name in full)}

    def stands(short: str, neighbours: Iterable[str]) -> bool:
        """澳 of 港澳 is Macau, of 中澳 Australia: read by its neighbour's table."""
        return not keyed(_names_read(short, neighbours, lexicon)).isdisjoint(forms)

    mine = {short for short, full in table.items() if not keyed(full).isdisjoint(forms)}
    if not mine:
        return False
    if lang == "zh":
        text = to_simplified(text)  # 粵劇, 韓劇: the tables write simplified characters
    if not any(short in text for short in mine):
        return False
    bound = (set(names.get("abbreviation_before", ())), set(names.get("abbreviation_after", ())))
    if lang == "ja":
        said = _japanese_nouns(text)
    else:
        said = [
            (t.text, t.start, t.end, t.tag == "ns")
            for t in prepared_tokens(run.language("zh"), text)
        ]
    relations = frozenset(names.get("abbreviation_pair_after", ()))
    for index, (surface, _, end, noun) in enumerate(said):
        following = said[index + 1] if index + 1 < len(said) else None
        if surface in mine:  # 米 + 大統領: a word alone before a noun; 在 + 美 (ns) + 留学
            if not stands(surface, _abbreviations_beside(said, index, table)):
                continue  # 港 + 澳 for オーストラリア: 澳 beside a place is Macau
            if lang == "zh" and (noun or _in_a_cut_compound(said, index, bound, table)):
                return True
            if lang == "ja" and following and following[1] == end and following[3]:
                return True
        elif len(surface) >= 2 and _abbreviates(
            surface, here := _mine_in(surface, mine, stands), table, bound
        ):
            if len(surface) > 2 and noun and not all(c in table for c in surface[2:]):
                continue  # a place of its own that opens with two (加泰罗尼亚, 中美洲)
            if len(surface) > 2 or not _two_countries(surface, table):
                return True  # 中美关系, 中日韩, 访美, 美军
            if lang == "zh" and _pair_word_seen(surface, run) < PAIR_WORD_SEEN:
                return True  # 中美, 中俄 (ns, 3 in jieba's dictionary): the pair itself
            other, near = (surface[1], surface[0]) if surface[0] in here else surface
            if (following and following[1] == end and following[0] in relations) or not (
                own_forms().isdisjoint(keyed(_names_read(other, near, lexicon)))
            ):
                return True  # 中意 + 双方; 美国和日本 for 日米; 香港とマカオ for 港澳
    return False


ABBREVIATION_TABLES = ("country_abbreviations", "place_abbreviations")


@cache
def _abbreviation_table(lexicon) -> dict[str, tuple[str, ...]]:
    """The one-character abbreviations of countries and of places and every name each
    may stand for (美: 美国; 沪: 上海; 澳: 澳大利亚, 澳洲, 澳门): which of them it is
    said, `_names_read` tells by the compound."""
    table: dict[str, tuple[str, ...]] = {}
    for key in ABBREVIATION_TABLES:
        for short, full in lexicon.names.get(key, {}).items():
            table[short] = (*table.get(short, ()), *full)
    return table


def _names_read(short: str, neighbours: Iterable[str], lexicon) -> tuple[str, ...]:
    """The names an abbreviation stands for beside the abbreviations `neighbours` of its
    compound: a character of both tables (澳) is read from its neighbour's, the place
    beside a place (港澳, 粤港澳: 澳门) and the country beside a country (中澳: 澳大利亚);
    alone (在澳) or between the two kinds, it is either."""
    tables = [lexicon.names.get(key, {}) for key in ABBREVIATION_TABLES]
    if not all(short in table for table in tables):
        return _abbreviation_table(lexicon).get(short, ())
    kinds = {
        kind
        for near in neighbours
        for kind, table in enumerate(tables)
        if near in table and not any(near in other for other in tables if other is not table)
    }
    if len(kinds) == 1:
        return tuple(tables[kinds.pop()][short])
    return _abbreviation_table(lexicon)[short]


def _mine_in(word: str, mine: set[str], stands: Callable) -> set[str]:
    """The characters of a word that stand for the name, each read by its neighbours."""
    return {
        short
        for at, short in enumerate(word)
        if short in mine and stands(short, word[max(at - 1, 0) : at] + word[at + 1 : at + 2])
    }


def _abbreviations_beside(said, index: int, table) -> list[str]:
    """The abbreviations written right against the word at `index` (沪 + 深, 港 + 澳)."""
    _, start, end, _ = said[index]
    before = [said[index - 1]] if index and said[index - 1][2] == start else []
    after = [said[index + 1]] if index + 1 < len(said) and said[index + 1][1] == end else []
    return [word[0] for word in (*before, *after) if word[0] in table]


def _in_a_cut_compound(said, index: int, bound: tuple[set[str], set[str]], table) -> bool:
    """Whether an abbreviation stands in a compound jieba cut apart, as the words 访美, 美军
    and 中美 are written: right after a word it is bound to or another abbreviation (赴 +
    日, where jieba reads 日 as "day"; 沪 + 深), or right before one (沪 + 深, 港 + 股)."""
    _, start, end, _ = said[index]
    before = said[index - 1] if index else None
    after = said[index + 1] if index + 1 < len(said) else None
    return (
        before is not None and before[2] == start and (before[0] in bound[0] or before[0] in table)
    ) or (after is not None and after[1] == end and (after[0] in table or after[0] in bound[1]))


def _pair_word_seen(word: str, run: Run) -> int:
    return segmenter(run.language("zh").words).frequency_of(word)


def _two_countries(word: str, table: dict) -> bool:
    """A word of two characters that both abbreviate a country (中美, 日米; 中意, 美德)."""
    return len(word) == 2 and word[0] in table and word[1] in table


def _japanese_nouns(text: str) -> list[tuple[str, int, int, bool]]:
    """(surface, start, end, noun) of UniDic's words, an affix before a noun counted as
    the noun's start: 米 + 大 + リーグ is the abbreviation before a noun, as 米 + 大統領."""
    words = japanese_words(text)
    said = []
    for index, (surface, start, end, tag) in enumerate(words):
        noun = tag.startswith("名詞")
        if tag.startswith(("接頭辞", "接尾辞")) and index + 1 < len(words):
            following = words[index + 1]
            noun = following[1] == end and following[3].startswith("名詞")
        said.append((surface, start, end, noun))
    return said


def _abbreviates(word: str, mine: set[str], table: dict, bound: tuple[set, set]) -> bool:
    """米軍, 訪米, 日米 (a word of two), 中美关系 (two abbreviations opening a longer one)."""
    first, second = word[0], word[1]
    pair = (first in mine and second in table) or (second in mine and first in table)
    if len(word) > 2:
        return pair
    before, after = bound
    return pair or (first in mine and second in after) or (second in mine and first in before)


MIN_BODY = 3  # characters of a body's name: 協会 alone is any association


def state_bodies(run: Run) -> tuple[str, ...]:
    """What ends the name of a body of a state, in key form (state_body_suffixes of
    rules/ja/names.toml: 気象庁, 中央気象署, 外務省, 国防部)."""
    return tuple(run.rules.lexicons["ja"].names.get("state_body_suffixes", ()))


def country_of_a_body(
    fact: Fact, text: str, lang: str, other_keyed: str, run: Run, forms=(), titles: bool = True
) -> bool:
    """Whether an open place is said right before (or with の before) the name of a body
    that the other side says too (日本 + 气象厅 = 気象庁, 台湾 + の + 中央気象署 =
    中央氣象署): the body's country, which one side leaves implicit and the other states,
    neither a missing nor an added name; so is a country before a title the other side
    says (日本 + 首相), unless `titles` is false (before the pairing: 西安市 + 市长
    against 西寧市の…市長 is a changed city, which only the pairing tells). Not where
    the other side names another place before its body (法国外交部 for ドイツ + 外交部:
    a country changed). `other_keyed`: the other side in
    key form; `forms`: the place's forms in the other side's language (text_forms)."""
    if fact.kind != "entity" or fact.value.entity_type != "place":
        return False
    from .entities import in_other_characters

    said = partial(_said_bare, text=other_keyed, forms=forms)
    bodies = state_bodies(run)
    keys = {fact.value.key, in_other_characters(fact.value.key, run, lang)}
    if any(_body_of_a_country(key, said, bodies) for key in keys):
        return True  # 日本文部科学省 read as one name, 文部科学省 on the other side (日本
        # 厚生劳动省 as 厚生労働省: 働 is Japanese only)
    start = fact.end + 1 if text.startswith("の", fact.end) else fact.end
    title = run.language("zh").name_rules.title_after(text, start, lang) if titles else None
    if title and len(title) >= 2 and entity_key(title, lang) in other_keyed:
        # 日本首相石破茂 = 石破茂首相: the country of a title, said once (the name, not a
        # place, stands before the title there)
        return True
    run = _HAN_RUN.match(text, start)
    if run is None:
        return False
    body = entity_key(run.group(0), lang)
    # a name of three characters or more: 協会 alone is any association (広東省の協会)
    return any(
        body[:end].endswith(bodies) and said(body[:end])
        for end in range(len(body), MIN_BODY - 1, -1)
    )


def _said_bare(word: str, text: str, forms) -> bool:
    """Whether `word` stands in `text` with no other name before it (nothing Han or kana
    right before it, の aside), or after one of `forms` (the place itself)."""
    for start, _ in occurrences(word, text):
        before = text[:start].removesuffix("の")
        if not before or not _NAME_CHARACTER.match(before[-1]) or before.endswith(tuple(forms)):
            return True
    return False


_NAME_CHARACTER = compiled(r"[\u4e00-\u9fff々\u30a1-\u30fa\u30fc]")


def _body_of_a_country(key: str, said, bodies: tuple[str, ...]) -> bool:
    """Whether a name is a place and a body's name the other side says (日本 + 文部科学省;
    `said`: whether the other side says a word)."""
    from ..extract.zh.names import japanese_name_type

    return key.endswith(bodies) and any(
        said(key[cut:]) and japanese_name_type(key[:cut]) == "place"
        for cut in range(2, len(key) - MIN_BODY + 1)
    )


_HAN_RUN = compiled(r"[\u4e00-\u9fff々]{2,12}")


_AFTER_NAME = compiled(r"[（(]([^（）()]{2,20})[）)]")
_BEFORE_BRACKETS = compiled(r"[\u4e00-\u9fff々\u30a0-\u30ffA-Za-z0-9・]{2,20}$")


def bracketed_alias(fact: Fact, lang: str, text: str, other_keyed: str) -> bool:
    """Whether an open name and a name in brackets next to it are a name and its alias
    (ZEEKR（極氪汽車）, 極氪（ZEEKR）) of which the other side says one: one entity,
    written twice. `text`: the name's segment; `other_keyed`: the other side in key form.
    A kind word may stand between the name and the bracket (コロンス + 島 + （鼓浪嶼）), and
    the name in brackets may be a piece of what they hold, where the tagger cut it (陳奕迅
    + （イー + ソン・チャン）)."""
    alias = _AFTER_NAME.match(text, fact.end)
    if alias is None:  # コロンス + 島（鼓浪嶼）: a kind word of one or two letters first
        kind = _KIND_BEFORE_BRACKETS.match(text, fact.end)
        alias = _AFTER_NAME.match(text, kind.end()) if kind is not None else None
    if alias is not None and entity_key(alias.group(1), lang) in other_keyed:
        return True  # ZEEKR（極氪汽車）: the alias in brackets is said on the other side
    opening = _bracket_around(text, fact.start, fact.end)
    if opening is not None:
        name = _BEFORE_BRACKETS.search(text, 0, opening)
        return name is not None and entity_key(name.group(0), lang) in other_keyed
    return False


_KIND_BEFORE_BRACKETS = compiled(r"[\u4e00-\u9fff]{1,2}(?=[（(])")
# what may stand beside a name in a gloss's brackets: no hiragana, no clause (中国（習近平
# 国家主席が率いる）holds a name of its own)
_BRACKET_INSIDE = compiled(r"[^（）()、，,。\u3041-\u309f]{0,20}")


def _bracket_around(text: str, start: int, end: int) -> int | None:
    """The offset of the opening bracket of the brackets that hold text[start:end] and
    nothing but a name's letters besides (（イー + ソン・チャン）), or None."""
    before = text.rfind("（", 0, start), text.rfind("(", 0, start)
    opening = max(before)
    if opening < 0 or not _BRACKET_INSIDE.fullmatch(text, opening + 1, start):
        return None
    closing = _BRACKET_INSIDE.match(text, end)
    if closing is None or text[closing.end() : closing.end() + 1] not in ("）", ")"):
        return None
    return opening


def said_as_count(fact: Fact, other_text: str, other_lang: str, run: Run) -> bool:
    """Whether a Chinese name spelled as a count and a noun (三星 "three stars", which the
    number grammar reads as a guessed count) is rendered as that count of that noun on
    the other side (米其林三星 = ミシュランの三つ星, 3つ星, 星3つ): a rating, no company."""
    chinese = run.language("zh")
    counts = list(chinese.numbers.find(chinese.prepare(fact.text)))
    if len(counts) != 1 or counts[0].start != 0 or not counts[0].value.unknown_counter:
        return False
    noun = entity_key(fact.text[counts[0].end :], other_lang)
    value = counts[0].value.low
    language = run.language(other_lang)
    prepared = language.prepare(other_text)
    return any(
        found.value.low == value
        and (prepared.startswith(noun, found.end) or prepared[: found.start].endswith(noun))
        for found in language.numbers.find(prepared)
    )


def widened(fact: Fact, text: str, run: Run, lang: str) -> Fact:
    """A name the tagger cut short of a glossary entry it opens, in the language `lang`.
    Japanese: a name cut short of a rendering (国連 of
    国連総会, 国連 + 安保理), as the whole rendering: 国連総会 renders 联合国大会, and
    against 联合国 it is another body, not 国連 said once more. A Chinese person's name
    cut short of a glossary term (张忠 + 谋 of 张忠谋: jieba leaves the last character of
    the given name alone) is the whole term. `text`: its segment."""
    from .terms import term_tables

    if lang == "zh" and fact.value.entity_type != "person":
        return fact  # a place or a body grows over its own suffixes in the grammar
    if lang == "zh" and fact.start and text[fact.start - 1] == fact.text[0]:
        # 野 + 野村: jieba cut a family name after the first of its doubled character
        # (野野村 = 野々村), which Japanese writes with the iteration mark
        longer = text[fact.start - 1 : fact.end]
        value = replace(fact.value, key=entity_key(longer, lang))
        return replace(fact, start=fact.start - 1, text=longer, value=value)
    whole = _whole_katakana_word(fact, text) if lang == "ja" else None
    if whole is not None:
        return whole
    terms = term_tables(run.rules.glossary, fold=True)[0 if lang == "zh" else 1]
    end = fact.end
    while end < len(text) and end - fact.end < _WIDEST and _NAME_CHARACTER.match(text[end]):
        end += 1
    # 内 + モンゴル, 北 + アイルランド, 南 + スーダン: a rendering may open before the
    # name, on a word UniDic cut from it
    start = fact.start
    while start > 0 and fact.start - start < _WIDEST_BEFORE:
        if not _NAME_CHARACTER.match(text[start - 1]):
            break
        start -= 1
    def listed(piece: str) -> bool:  # the glossary's Chinese terms are in key form, its
        # renderings casefolded
        return (entity_key(piece, lang) if lang == "zh" else piece.casefold()) in terms

    for first in range(fact.start, start - 1, -1):
        for last in range(end, fact.end - (first < fact.start), -1):
            longer = text[first:last]
            if listed(longer):
                value = replace(fact.value, key=entity_key(longer, lang))
                return replace(fact, start=first, end=last, text=longer, value=value)
    # 内 + モンゴル自治区: a rendering opening before the name and ending inside it (内モンゴル,
    # then the region's own suffix, no other name: not 内 + モンゴル・フルンボイル市): the
    # name, from where the rendering opens
    suffixes = run.language(lang).entities.place_suffixes
    for first in range(fact.start - 1, start - 1, -1):
        if any(
            listed(text[first:last]) and text[last : fact.end] in suffixes
            for last in range(fact.start + 2, fact.end)
        ):
            longer = text[first : fact.end]
            value = replace(fact.value, key=entity_key(longer, lang))
            return replace(fact, start=first, text=longer, value=value)
    return fact


_WIDEST = 6  # characters a rendering may run on past the name
_WIDEST_BEFORE = 2  # characters it may open before it (内, 北, 東 + ティモール)
# katakana letters and the long mark, with no name's dot: one word written together
_KATAKANA_LETTERS = compiled(f"[{KATAKANA_LETTERS}]")


def _whole_katakana_word(fact: Fact, text: str) -> Fact | None:
    """A proper noun of no kind that UniDic cut out of a longer katakana word (フォード of
    ストラトフォード, Stratford): the whole word, which is what the other side renders; a
    place, person or body keeps its span (ニューヨーク of ニューヨークタイムズ)."""
    if fact.value.entity_type != "other" or not all(map(_KATAKANA_LETTERS.match, fact.text)):
        return None
    start, end = fact.start, fact.end
    while start > 0 and _KATAKANA_LETTERS.match(text[start - 1]):
        start -= 1
    while end < len(text) and _KATAKANA_LETTERS.match(text[end]):
        end += 1
    if (start, end) == (fact.start, fact.end):
        return None
    whole = text[start:end]
    value = replace(fact.value, key=entity_key(whole, "ja"), head=entity_key(whole, "ja"))
    return replace(fact, start=start, end=end, text=whole, value=value)


def organ_of(zh: Fact, ja: Fact, run: Run) -> bool:
    """Whether a Japanese name opens on a glossary rendering of the Chinese one (国連総会
    for 联合国: an organ of the body, or the body for its organ): another body, yet one
    a reader may take for a loose rendering, so a guess."""
    from .entities import glossary_renderings

    renderings = glossary_renderings(zh.value.key, run.rules.glossary)
    key = ja.value.key
    if any(key != r and (key.startswith(r) or r.startswith(key)) for r in renderings):
        return True
    # 欧盟委员会 against 欧州連合: the Chinese organ opens on the body the Japanese names
    # (欧盟 = 欧州連合), which may be the body said before its organ's head (欧州委員長)
    zh_key = zh.value.key
    return any(
        key in glossary_renderings(zh_key[:cut], run.rules.glossary)
        for cut in range(2, len(zh_key) - 1)
    )


def bodies_worded_alike(zh: Fact, ja: Fact, run: Run) -> bool:
    """Whether two bodies' names, each ending in a body's kind, share most of what their
    kinds leave (自然資源 of 自然资源部 and 環境天然資源 of 環境天然資源省: a foreign
    ministry translated by meaning on each side, one word put otherwise): maybe one body,
    so a guess. 国家統計局 and 国家税務局 share half: two bodies."""
    if zh.value.entity_type not in BODIES or ja.value.entity_type not in BODIES:
        return False
    kinds = _kinds_of_bodies(run.rules.lexicons["zh"], run.rules.lexicons["ja"])
    stems = []
    for key in (zh.value.key, ja.value.key):
        kind = next((k for k in kinds if key.endswith(k) and len(key) > len(k)), None)
        if kind is None or not han(key):
            return False
        stems.append(key[: -len(kind)])
    matcher = SequenceMatcher(None, *stems)
    if matcher.ratio() < WORDED_ALIKE:
        return False
    # what differs is common words (自然 against 天然), no name on either side (清華 against
    # 北京: two universities' clubs)
    return not any(
        japanese_name_type(part) is not None
        for tag, a0, a1, b0, b1 in matcher.get_opcodes()
        if tag != "equal"
        for part in (stems[0][a0:a1], stems[1][b0:b1])
        if len(part) >= 2
    )


WORDED_ALIKE = 0.6  # the share of two bodies' stems, in order, that makes them maybe one


@cache  # keyed by the lexicons, so that another rules folder gets its own
def _kinds_of_bodies(zh_lexicon, ja_lexicon) -> tuple[str, ...]:
    """What ends a body's name on either side, in key form, longest first: the Chinese
    body suffixes and the Japanese state bodies' and organisations' suffixes."""
    from .entities import body_suffix_keys

    japanese = ja_lexicon.names
    kinds = {
        *body_suffix_keys(zh_lexicon),
        *japanese.get("state_body_suffixes", ()),
        *japanese.get("org_suffixes", ()),
    }
    return tuple(sorted(kinds, key=len, reverse=True))


def landmark_against_kana(zh: Fact, ja: Fact, run: Run) -> bool:
    """Whether a Chinese landmark's name (a stem and a landmark's word of two characters:
    升龙皇城 + 遗址, 佩特拉 + 古城) faces a katakana name: the stem may be the place's name
    in its own language (升龙 = Thăng Long = タンロン), beyond the Mandarin sound model,
    so a difference is a guess."""
    if zh.value.entity_type != "place" or not katakana(_NAME_DOT_MARKS.sub("", ja.text)):
        return False
    return to_simplified(zh.text).endswith(_landmark_words(run.rules.lexicons["zh"]))


@cache  # keyed by the lexicon, so that another rules folder gets its own
def _landmark_words(lexicon) -> tuple[str, ...]:
    """The feature suffixes of two characters or more, in simplified characters."""
    return tuple(
        sorted({to_simplified(w) for w in lexicon.entities.feature_suffixes if len(w) >= 2})
    )


_NAME_DOT_MARKS = compiled(rf"[{NAME_DOTS}\s]")


def spelled_compound(zh: Fact, ja: Fact, run: Run) -> bool:
    """Whether a Chinese name that opens with a run of one-character abbreviations of
    places (粤港澳 + 大湾区, 京津冀 + 地区) is the Japanese name that spells each of them out,
    dot by dot, before the head said or translated (広東・香港・マカオ大湾区, 北京・天津・
    河北地域): each abbreviation's place (read by its neighbours, `_names_read`) said in
    any of its forms. Another place (北京・上海・河北) or another name (長江デルタ) is not."""
    from ..extract.zh.forms import japanese_to_simplified
    from .entities import glossary_renderings  # entities reads this module

    lexicon = run.rules.lexicons["zh"]
    table = _abbreviation_table(lexicon)
    text = japanese_to_simplified(entity_key(zh.text, "zh"))  # 粵港澳大灣區 as 粤港澳大湾区
    count = 0
    while count < len(text) and text[count] in table:
        count += 1
    pieces = re.split(f"[{LISTING_DOTS}]", fold_width(ja.text))
    if count < 2 or len(pieces) != count:
        return False

    def forms(name: str) -> set[str]:
        key = entity_key(name, "zh")
        return {key, *glossary_renderings(key, run.rules.glossary)}

    head = text[count:]
    heads = forms(head) if head else {""}
    heads |= {*lexicon.names.get("abbreviated_compound_heads", {}).get(head, ())}
    for at, short in enumerate(text[:count]):
        neighbours = text[max(at - 1, 0) : at] + text[at + 1 : min(at + 2, count)]
        places = {form for name in _names_read(short, neighbours, lexicon) for form in forms(name)}
        piece = pieces[at]
        if at < count - 1 and piece not in places:
            return False
        if at == count - 1 and not any(
            piece.startswith(place) and piece[len(place) :] in heads for place in places
        ):
            return False
    return True
