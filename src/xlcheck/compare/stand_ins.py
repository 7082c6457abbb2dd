"""A company, a body or a suffixed place of the source left alone, and another one's name
in its place in the translation that the Japanese tagger did not read as a name (issue 13).

UniDic cuts most company names written in katakana into common nouns (テン + セント,
ファー + ウェイ) and reads a body's name as a compound of common words (国際 + 労働 +
機関, 共同 + 通信): the translation then seems to hold no name, and a company swapped
for another (腾讯 → ファーウェイ) is reported as missing. When the source's company or
body is the one name of the unit left open, the translation's one word of that form which
nothing in the source accounts for is the name that took its place: a mismatch, a guess.
So with a place and its suffix: 吴中区 → 相城区, which UniDic cuts into 相 + 城 + 区.
So with a native person or place and a kanji name UniDic reads as common nouns (志明 →
俊傑, 尖沙咀 → 銅鑼湾: kanji_stand_in), and the other way, a translation's name for a
source word jieba tags as a name that the name heuristics set aside (国安 → 上海申花:
han_stand_in).
"""

from __future__ import annotations

import re
from functools import cache, partial
from typing import TYPE_CHECKING

from ..extract import entity_key
from ..extract.ja.references import japanese_words
from ..extract.ja.tokenizer import ordinary_nouns
from ..extract.zh import prepared_tokens
from ..extract.zh.forms import japanese_to_simplified, to_simplified
from ..extract.zh.names import japanese_name_type, proper_in_japanese
from ..extract.zh.tokenizer import EVERYDAY, segmenter
from ..model import EntityValue, Fact
from ..scripts import KATAKANA_LETTERS, han
from .names import NATIVE, compatible
from .translit import distinct_names, heard_in, transliteration_like

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from ..extract.entities import Token
    from ..extract.zh import Chinese
    from ..run import Run

_BODIES = ("company", "organisation")
# what follows a company's or a body's name in a sentence: a case or topic particle, "and",
# a comma, "of" (ファーウェイの本社)
_AFTER_A_NAME = ("は", "が", "も", "と", "、", "の", "を", "に", "で", "や", "へ", "から", "によ")
_DOTS = frozenset("・·=＝゠")
_SUBJECT = ("は", "が", "も")  # the particles of a sentence's subject or topic
# three katakana letters or more, not opening with the long-vowel mark
_KATAKANA_NAME = re.compile(f"(?!\u30fc)[{KATAKANA_LETTERS}]{{3,}}")
# how many ordinary nouns UniDic cuts a katakana word into when it is no name: one (カメラ,
# a word) or three and more (フード + デリバリー + サービス, a phrase); テン + セント, ファー +
# ウェイ are names it cut in two
_NOT_A_NAME_CUT = (1, 3, 4, 5, 6)
_MIN_CORE = 2  # characters before a body's ending: 共同 of 共同通信, not 大 of 大学
# katakana words joined by dots (ユニバーサル・ミュージック, ワーナー・ブラザース): one name,
# a company's where it ends in a word of dotted_company_words (rules/ja/names.toml)
_DOTTED_KATAKANA = re.compile(f"[{KATAKANA_LETTERS}]{{2,}}(?:[・·][{KATAKANA_LETTERS}]{{2,}})+")
_NAME_DOTS = re.compile("[・·]")


def body_stand_in(
    source: Fact,
    target_segments: list[tuple[str, str]],
    source_text: str,
    run: Run,
    taken: frozenset[tuple[str, int]] = frozenset(),
) -> Fact | None:
    """The name that took a source company's or body's place in the translation, when
    there is exactly one candidate: a katakana word of three letters or more before a
    particle (not one UniDic knows as a single common noun, unless rules/ja/names.toml
    lists it as a company), or a compound ending in a body's or company's word of
    rules/ja/names.toml (機関, 通信, 銀行, 大学, 自動車), that the source does not say
    and that shares no character or sound with the source's name. `taken`: (segment,
    offset) of every character of the translation's names, which are not candidates."""
    source_key = entity_key(source.text, "zh")
    if source.value.entity_type in _BODIES or _unkinded_native(source, run):
        find = partial(_candidates, run=run)
    elif source.value.entity_type == "place" and (suffix := place_suffix(source_key, run)):
        find = partial(_places, suffix=suffix)
    else:
        return None
    zh = run.language("zh")
    keyed_source = entity_key(source_text, "zh")
    candidates = []
    for segment_id, text in target_segments:
        for start, end in find(text):
            word = text[start:end]
            if any((segment_id, at) in taken for at in range(start, end)):
                continue  # 深セン of ファーウェイの本社は深センにある: read as a name already
            if _said_in_source(word, source_key, keyed_source, source_text, zh):
                continue
            candidates.append((segment_id, start, end, word))
    if len(candidates) > 1:
        # ファーウェイ + が beside スマートフォン + を: the word the sentence is about, when
        # one alone is (a name replaced keeps its place as the subject or topic)
        texts = dict(target_segments)
        candidates = [c for c in candidates if texts[c[0]].startswith(_SUBJECT, c[2])]
    if len(candidates) != 1:
        return None
    segment_id, start, end, word = candidates[0]
    value = EntityValue(source.value.entity_type, word, word, confident=False)
    return Fact("entity", segment_id, start, end, word, value)


def _unkinded_native(source: Fact, run: Run) -> bool:
    """Whether a source name is a sure Chinese name of no kind the heuristics could tell
    (富士康, a maker jieba's dictionary tags nz): what takes its place in the translation
    is read like a company's or a body's name (富士康 → ペガトロン), a rendering of it being
    heard or seen in its characters as for them. Not a term the rules add to jieba's
    dictionary (以太坊, 比特币: a technology's name, rendered by a loanword)."""
    return (
        source.value.entity_type == "other"
        and not source.value.weak
        and han(source.text)
        and to_simplified(source.text) not in _rules_terms(run.rules.zh_lexicon)
    )


@cache  # keyed by the rule table, so that another rules folder gets its own
def _rules_terms(lexicon) -> frozenset[str]:
    return frozenset(to_simplified(word) for word, _ in lexicon)


def kanji_stand_in(
    source: Fact,
    target_segments: list[tuple[str, str]],
    source_text: str,
    zh: Chinese,
    taken: frozenset[tuple[str, int]] = frozenset(),
    pointing: frozenset[str] = frozenset(),
) -> Fact | None:
    """The kanji name that took a native person's or place's name's place, when there is
    exactly one candidate: a run of two to four kanji nouns that reads as a name, to
    UniDic (a proper noun; single characters, a word it does not know) or to jieba in
    simplified forms (俊杰 nr, 铜锣湾 ns), and none of whose characters the source says in
    any form (志明 → 俊傑, 尖沙咀 → 銅鑼湾). A native name keeps its characters in
    Japanese; one that shares none with the source is another name. Not a run that opens
    on a morpheme that points (`pointing`: 同 + 江, 当 + 窟, 他 + 州, the one said before or
    another, which the vague grammar reads)."""
    if source.value.entity_type not in NATIVE or not han(source.text):
        return None
    ending = _feature_ending(source.text, zh)
    if (
        not ending
        and transliteration_like(source.text, zh)
        and japanese_name_type(source.text) is None
    ):
        # 汤姆, 巴拿马: a foreign name is rendered in katakana; not 宁波, a place Japanese
        # writes in kanji (寧波), whatever characters it shares with transliterations, nor
        # a feature whose kanji a kanji name of its kind ends in (莫高窟 → 楡林窟; a foreign
        # one, 密西西比河, is katakana and 川 in Japanese: no run of kanji)
        return None
    keyed_source = entity_key(source_text, "zh") + to_simplified(source_text)
    openings = tuple(pointing)  # (str.startswith takes a tuple, built once)
    candidates = [
        (segment_id, start, end)
        for segment_id, text in target_segments
        for start, end, core in _kanji_names(text, zh, source.value.entity_type, ending)
        if not any((segment_id, at) in taken for at in range(start, end))
        and not text.startswith(openings, start)
        and (
            # (the ending both names share says nothing: 州 of 台州 and 温州)
            not _said_in_any_form(
                text[start : min(core, end - _ending_shared(text[start:end], source.text))],
                keyed_source,
            )
            or _of_another_family(source, text[start:end], keyed_source, zh)
        )
    ]
    if len(candidates) != 1:
        return None
    segment_id, start, end = candidates[0]
    word = dict(target_segments)[segment_id][start:end]
    value = EntityValue(source.value.entity_type, word, word, confident=False)
    return Fact("entity", segment_id, start, end, word, value)


def han_stand_in(
    target: Fact,
    source_segments: list[tuple[str, str]],
    target_text: str,
    zh: Chinese,
    taken: frozenset[tuple[str, int]] = frozenset(),
) -> Fact | None:
    """The Chinese word whose place a native name of the translation took, when there is
    exactly one candidate: a word of two to four Han characters that jieba tags as a
    name, or that UniDic reads as one proper noun in Japanese kanji forms and jieba has
    not seen as an everyday word, which the name heuristics set aside (国安 → 上海申花,
    台北 of 台北人 → 台中) and the translation does not say, in its characters, in
    Japanese kanji forms or in any form that simplifies alike (台風 for 台风, 颱風). The
    mirror of kanji_stand_in; `taken`: (segment, offset) of every character of the
    source's names, which are not candidates."""
    # (and a club or a body the translation names in kanji, as Japanese news writes
    # Chinese clubs: 上海申花 for 国安)
    if target.value.entity_type not in (*NATIVE, "organisation") or not han(target.text):
        return None
    words = segmenter(zh.words)
    # 台风 and 颱風 against 台風, which no Japanese kanji form of theirs writes
    said_simplified = japanese_to_simplified(target_text)
    candidates = [
        (segment_id, token, surface)
        for segment_id, text in source_segments
        for token in _not_said_as_verbs(prepared_tokens(zh, text))  # cut as simplified
        if _NAME_KANJI[0] <= len(surface := text[token.start : token.end]) <= _NAME_KANJI[1]
        and han(surface)
        and surface not in zh.not_names  # 上市 (ns to jieba): "go on the market"
        and (
            _tagged_kind(token.tag, target.value.entity_type, zh)
            or (target.value.entity_type in NATIVE and _proper_and_rare(surface, words))
        )
        # (a body only by jieba's own tag on a word of no everyday use: 国安 nz, not 抗议
        # nz, "protest", for 英国政府; no word UniDic alone calls a name)
        and (
            target.value.entity_type in NATIVE
            or words.frequency_of(to_simplified(surface), 0) < EVERYDAY
        )
        and surface not in target_text
        and entity_key(surface, "zh") not in target_text
        and to_simplified(surface) not in said_simplified
        and not any((segment_id, at) in taken for at in range(token.start, token.end))
    ]
    if len(candidates) != 1:
        return None
    segment_id, token, surface = candidates[0]
    value = EntityValue(target.value.entity_type, entity_key(surface, "zh"), surface, False)
    return Fact("entity", segment_id, token.start, token.end, surface, value)


def _tagged_kind(tag: str | None, entity_type: str, zh: Chinese) -> bool:
    """Whether jieba's tag names a thing of a kind that fits `entity_type`, or of no kind
    (国安 nz for 上海申花; not 商务部 nt for 中国商務省, which UniDic calls a place)."""
    kind = zh.vocabulary.tag_types.get(tag or "")  # tag_types of rules/zh/names.toml
    return kind is not None and (kind == "other" or compatible(kind, entity_type))


def _proper_and_rare(word: str, words) -> bool:
    """A proper noun to UniDic in Japanese kanji forms that is no everyday Chinese word
    (正在 "just now" is a place name to UniDic)."""
    return proper_in_japanese(word) and words.frequency_of(to_simplified(word), 0) < EVERYDAY


def _not_said_as_verbs(tokens: Sequence[Token]) -> Iterator[Token]:
    """The tokens of a text but the verbs it says as verbs: jieba's verb after an adverb
    (陆续 + 出海, 纷纷 + 出海: "put to sea", a place to UniDic) or before an aspect particle
    (出海 + 了). A town jieba's dictionary holds as a verb stays, said as a place (包头 +
    的, 去 + 保定, 从 + 开封)."""
    for index, token in enumerate(tokens):
        before = tokens[index - 1].tag if index else None
        after = tokens[index + 1].tag if index + 1 < len(tokens) else None
        if (token.tag or "").startswith("v") and (
            (before or "").startswith("d") or after in _ASPECT_TAGS
        ):
            continue
        yield token


_ASPECT_TAGS = ("ul", "uz", "ug")  # jieba's tags of 了, 着 and 过 after a verb


_NAME_KANJI = (2, 4)  # kanji of a native name's stand-in: 俊傑, 銅鑼湾
_NAME_NOUNS = ("名詞,普通名詞", "名詞,固有名詞")  # UniDic's nouns a name is read in
_PLAIN_NOUN = "名詞,普通名詞,一般"  # 志 + 豪: a name UniDic does not know, in pieces
# ... and a noun that may count (台 of 台 + 州), before a feature's ending
_PIECE_NOUNS = (_PLAIN_NOUN, "名詞,普通名詞,助数詞可能")
_NOUN_SUFFIX = "接尾辞,名詞的"  # 江 of 怒 + 江, 山 of 天目 + 山 to UniDic


def _of_another_family(source: Fact, word: str, keyed_source: str, zh: Chinese) -> bool:
    """Whether a kanji full name is another person's than a native full name of the
    source, by its family name: both a family name of one character and a given name,
    the two family names apart and the candidate's said nowhere in the source (林俊傑 for
    周杰伦, though 傑 is 杰: a given name's character is shared by many)."""
    if source.value.entity_type != "person":
        return False
    rules = zh.name_rules
    mine, theirs = to_simplified(source.text), to_simplified(word)
    return (
        3 <= len(mine) <= 4
        and 3 <= len(theirs) <= 4
        and rules.surname_length(mine) == 1
        and rules.surname_length(theirs) == 1
        and mine[0] != theirs[0]
        and not _said_in_any_form(word[0], keyed_source)
        # what it shares with the source, it shares with the name's given name (杰 = 傑),
        # not with the words around it (楊冪 + 主演 of 赵丽颖主演: 主演 is the source's)
        and all(
            to_simplified(ch) in mine[1:]
            for ch in word[1:]
            if _said_in_any_form(ch, keyed_source)
        )
    )


def _said_in_any_form(word: str, keyed_source: str) -> bool:
    return any(ch in keyed_source or to_simplified(ch) in keyed_source for ch in word)


def _feature_ending(name: str, zh: Chinese) -> frozenset[str]:
    """The forms of the character a natural feature's name ends in (江 of 澜沧江, 山 of
    高黎贡山, 湖 of 太湖: feature_endings of rules/zh/names.toml), or none."""
    endings = zh.name_rules.feature_endings
    if len(name) < 2 or name[-1] not in endings:
        return frozenset()
    return frozenset(ch for ch in endings if to_simplified(ch) == to_simplified(name[-1])) | {
        name[-1]
    }


def _kanji_names(
    text: str, zh: Chinese, entity_type: str, ending: frozenset[str] = frozenset()
) -> list[tuple[int, int, int]]:
    """(start, end, end of the name's own characters) of the runs of kanji nouns of a
    Japanese text that read as a name: a proper
    noun to UniDic or plain nouns of one character each (志 + 豪: a word it does not
    know), or a name to jieba's dictionary in simplified forms (its tags of names:
    tag_types of rules/zh/names.toml), a person's (俊杰 nr) or, where UniDic reads no one
    common noun, any kind's (铜锣湾 ns = 銅鑼 + 湾; 離島 is a common noun, 离岛 ns to
    jieba); not a word jieba has seen as an everyday one (王朝 "dynasty", 文明, 高峰 are nr
    to it). A run read as a name by jieba alone must be of a kind that fits
    `entity_type` (祖母, nr to jieba, stands in for no place).

    Where the source's name is a natural feature's, `ending` holds the forms of its last
    character (江 of 澜沧江): a run of kanji UniDic does not know (one-character nouns, a
    proper noun) before that ending, which UniDic reads as a suffix or a noun (怒 + 江, 哀 +
    牢 + 山), is a feature of that kind; its own characters end before the ending, which
    the source's name shares."""
    words, kinds = segmenter(zh.words), zh.vocabulary.tag_types
    suffixes = zh.entities.place_suffixes
    runs: list[list[tuple[str, int, int, str]]] = []
    levels: set[int] = set()  # the runs right after a place's level (浙江省 + 温州)
    ended: set[int] = set()  # the runs closed by the feature's ending (怒 + 江)
    for word in japanese_words(text):
        adjacent = bool(runs) and runs[-1][-1][2] == word[1] and len(runs) - 1 not in ended
        if adjacent and word[0] in ending and word[3].startswith((*_NAME_NOUNS, _NOUN_SUFFIX)):
            runs[-1].append(word)
            ended.add(len(runs) - 1)
            continue
        if (
            adjacent
            and len(word[0]) == 1
            and word[3].startswith(_NOUN_SUFFIX)
            and _KANJI_RUN.fullmatch(word[0])
            and ending
        ):
            runs[-1].append(word)  # 楡 + 林 + 窟: a kanji UniDic reads as a suffix, inside
            continue
        if not (word[3].startswith(_NAME_NOUNS) and _KANJI_RUN.fullmatch(word[0])):
            continue  # not 何 + 番 (a numeral and its counter)
        # (a level of a nested place ends at its suffix: 浙江省 | 温州)
        after_a_level = adjacent and to_simplified(runs[-1][-1][0]) in suffixes
        if adjacent and not after_a_level:
            runs[-1].append(word)
        else:
            if after_a_level:
                levels.add(len(runs))
            runs.append([word])
    spans = []
    for index, run in enumerate(runs):
        start, end = run[0][1], run[-1][2]
        if index in ended:
            if _unknown_pieces(run[:-1]):
                spans.append((start, end, run[-1][1]))
            continue
        if not _NAME_KANJI[0] <= end - start <= _NAME_KANJI[1]:
            continue
        simplified = to_simplified(text[start:end])
        kind = kinds.get(words.tag(simplified) or "")
        if (
            any("固有名詞" in w[3] for w in run)
            or all(len(w[0]) == 1 and w[3].startswith(_PIECE_NOUNS) for w in run)
            or (
                kind is not None
                and compatible(kind, entity_type)
                # (one common noun of UniDic's, 離島, names no place alone; after a level,
                # 浙江省 + 温州, it does)
                and (len(run) > 1 or kind == "person" or (kind == "place" and index in levels))
                and words.frequency_of(simplified, 0) < EVERYDAY
            )
        ):
            spans.append((start, end, end))
    return spans


def _unknown_pieces(run: list[tuple[str, int, int, str]]) -> bool:
    """Whether the kanji before a feature's ending are a name UniDic does not know, cut
    into nouns of one character each (怒 of 怒 + 江, 哀 + 牢 of 哀牢山), or one it reads as
    a proper noun; at most four (not 天目 + 山, a word of its own before it)."""
    if not run or sum(len(word[0]) for word in run) > _NAME_KANJI[1]:
        return False
    return any("固有名詞" in word[3] for word in run) or all(
        len(word[0]) == 1 and word[3].startswith((*_PIECE_NOUNS, _NOUN_SUFFIX)) for word in run
    )


def _candidates(text: str, run: Run) -> list[tuple[int, int]]:
    """Spans of the words of a Japanese text shaped as a company's or a body's name."""
    found = []
    listed = _listed_companies(run.rules.lexicons["ja"])
    generic_heads = _generic_loanword_heads(run.rules.lexicons["ja"])
    for match in _DOTTED_KATAKANA.finditer(text):
        # ユニバーサル・ミュージック: words joined by a dot name a company as one, common as
        # each word is (a dotted person's name, ビル・ゲイツ, is no company's)
        words = _dotted_company_words(run.rules.lexicons["ja"])
        if text.startswith(_AFTER_A_NAME, match.end()) and match.group(0).endswith(words):
            found.append(match.span())
    for match in _KATAKANA_NAME.finditer(text):
        word = match.group(0)
        before, after = text[match.start() - 1 : match.start()], text[match.end() : match.end() + 1]
        if (before and before in _DOTS) or (after and after in _DOTS):
            continue  # a part of a dotted person's name (ビル・ゲイツ), said elsewhere
        if not text.startswith(_AFTER_A_NAME, match.end()):
            continue
        common = ordinary_nouns(word)
        if word not in listed and common is not None and len(common) in _NOT_A_NAME_CUT:
            continue  # カメラ, メーカー, ホテル: a word, not a name
        if word not in listed and common is not None and common[-1][0] in generic_heads:
            continue  # サッカー + リーグ, ゲーム + アプリ: a thing by its kind, no name
        found.append(match.span())
    for match in _body_pattern(run.rules.lexicons["ja"]).finditer(text):
        if len(match.group("core")) >= _MIN_CORE:
            found.append(match.span())
    return sorted(set(found))


def place_suffix(key: str, run: Run) -> str:
    """The place suffix a Chinese place's key ends in (区 of 吴中区, 市 of 苏州市) as
    rules/ja/names.toml writes it, after a name of two characters or more; or ""."""
    return next(
        (
            suffix
            for suffix in _place_suffixes(run.rules.lexicons["ja"])
            if key.endswith(suffix) and len(key) - len(suffix) >= _MIN_CORE
        ),
        "",
    )


@cache  # keyed by the lexicon, so that another rules folder gets its own
def _place_suffixes(lexicon) -> tuple[str, ...]:
    return tuple(sorted(lexicon.entities.place_suffixes, key=len, reverse=True))


def _places(text: str, suffix: str) -> list[tuple[int, int]]:
    """Spans of the kanji names ending in a place suffix (相城区 of 江蘇省蘇州市相城区):
    two to four kanji and the suffix, a run of kanji alone or after a higher level's
    suffix."""
    spans = []
    for match in _KANJI_RUN.finditer(text):
        body = match.group(0)[: -len(suffix)] if match.group(0).endswith(suffix) else ""
        for length in range(_MIN_CORE, _MAX_PLACE_CORE + 1):
            if len(body) == length or (len(body) > length and body[-length - 1] in _LEVELS):
                spans.append((match.end() - len(suffix) - length, match.end()))
                break
    return spans


_KANJI_RUN = re.compile("[\u4e00-\u9fff々]+")
_LEVELS = frozenset("省県州都府市区")  # what ends the level above a place (蘇州市 + 相城区)
_MAX_PLACE_CORE = 4  # kanji before a place's suffix (呼和浩特 + 市)


def _ending_shared(word: str, name: str) -> int:
    """How many characters a candidate shares at its end with the source's name, in
    simplified forms (州 of 台州 and 温州), short of the whole candidate."""
    shared = _shared_ending(to_simplified(word), to_simplified(name))
    return shared if shared < len(word) else 0


def _shared_ending(first: str, second: str) -> int:
    """How many characters two words share at their ends (区 of 相城区 and 呉中区)."""
    shared = 0
    while shared < min(len(first), len(second)) and first[-1 - shared] == second[-1 - shared]:
        shared += 1
    return shared


def _said_in_source(
    word: str, source_key: str, keyed_source: str, source_text: str, zh: Chinese
) -> bool:
    """Whether the source accounts for a candidate: its kanji said there, a kanji shared
    with the source's name, or its sound heard in the source (ピザ is 比萨). keyed_source
    is the source text in key form, worked out once for every candidate."""
    shared = _shared_ending(word, source_key)
    own, source_own = word[: len(word) - shared], source_key[: len(source_key) - shared]
    han_part = "".join(ch for ch in own if han(ch))
    if han_part and any(ch in source_own for ch in han_part):
        return True  # 世界保健機関 for 世界卫生组织: a rendering, not another body (the
        # ending they share aside: 相城区 is no rendering of 吴中区)
    if han_part and han_part in keyed_source:
        return True
    if han_part:
        # 研究開発 + センター for 研发中心: half its kanji or more said in the source, in key
        # form, is a rendering of the source's words (国家衛生健康委員会 shares one, 生)
        said = sum(1 for ch in han_part if ch in keyed_source)
        return said * 2 >= len(han_part)
    # (テンセント of テンセント・ミュージック is 腾讯 of 腾讯音乐: each dotted word asked but
    # the company's word it ends in)
    return any(
        heard_in(part, source_text, "zh", zh) or not distinct_names(source_key, part, zh)
        for part in {word, *_NAME_DOTS.split(word)[:-1]}
    )


@cache  # keyed by the lexicon, so that another rules folder gets its own
def _listed_companies(lexicon) -> frozenset[str]:
    return frozenset(lexicon.names.get("companies", ()))


@cache  # keyed by the lexicon, so that another rules folder gets its own
def _generic_loanword_heads(lexicon) -> frozenset[str]:
    return frozenset(lexicon.names.get("generic_loanword_heads", ()))


@cache  # keyed by the lexicon, so that another rules folder gets its own
def _dotted_company_words(lexicon) -> tuple[str, ...]:
    return tuple(lexicon.names.get("dotted_company_words", ()))


@cache  # keyed by the lexicon, so that another rules folder gets its own
def _body_pattern(lexicon) -> re.Pattern[str]:
    endings = sorted(
        {
            *lexicon.entities.org_suffixes,
            *lexicon.names.get("state_body_suffixes", ()),
            *lexicon.names.get("body_kinds", ()),
        },
        key=len,
        reverse=True,
    )
    alternatives = "|".join(map(re.escape, endings))
    letters = "A-Za-zＡ-Ｚａ-ｚ\u30a1-\u30fa\u30fc\u4e00-\u9fff々"
    return re.compile(rf"(?<![{letters}])(?P<core>[{letters}]+?)(?:{alternatives})(?![{letters}])")
