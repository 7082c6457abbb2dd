"""Japanese words: fugashi/UniDic glue. The Tagger is built once per process, on first use."""

from __future__ import annotations

from functools import cache, lru_cache
from typing import TYPE_CHECKING

from ...memory import WORDS_KEPT
from ...regexes import compiled
from ...scripts import KATAKANA_LETTERS, NAME_DOTS, NAME_PARTS, han, katakana
from ..entities import NAMED_TAGS, Token
from ..people import japanese_person_spans, opens_a_title, post_end
from ..pieces import bounded_pieces

if TYPE_CHECKING:
    from ...rules.names import NameRules

NOUN_PARTS = ("名詞", "接尾辞")  # nouns and noun suffixes: what names are made of
PROPER_NOUN = "固有名詞"
PERSONAL_NAME = "人名"  # UniDic's subtype of proper nouns for people's names
NUMERAL = "数詞"


@cache
def tagger():
    """fugashi's UniDic tagger (unidic-lite)."""
    import fugashi

    return fugashi.Tagger()


def part_of_speech(node) -> str:
    """A fugashi node's `pos` ("名詞,固有名詞,地名,一般"), read from its raw feature string.

    fugashi's `pos` joins the first four fields of `feature`, which builds a tuple of all
    29 UniDic fields on every access: 4 µs a word, twice the tagging itself. The four part
    of speech fields hold no comma, so they are the raw string's first four
    (tests/test_extract.py holds the two equal on dev, FLORES and random text).
    """
    return _four_fields(node.feature_raw)


@lru_cache(maxsize=WORDS_KEPT)  # a few thousand words make most of any text
def _four_fields(features: str) -> str:
    return ",".join(features.split(",", 4)[:4])


def tokens(
    text: str,
    unidic_types: dict[str, str],
    name_rules: NameRules,
    city_suffixes: tuple[str, ...],
    place_suffixes: tuple[str, ...] = (),
    feature_suffixes: tuple[str, ...] = (),
) -> list[Token]:
    """fugashi tokens tagged with an entity type, 'n' for other nouns, 'eng' for Latin;
    personal names joined into one token (李 + 克 + 強, see extract/people.py); a katakana
    word UniDic does not know before a suffix of `city_suffixes` a place (ラヨーン + 県),
    and katakana UniDic cut into pieces before one or a natural feature's suffix
    (アラ + シャン + 盟, スノー + ドン + 山)."""
    cut_suffixes = (*city_suffixes, *feature_suffixes)
    words, unknowns = tagged_words(text)
    # (the starts of the words UniDic does not know: 菲菲 of 欧陽菲菲 is a given name)
    unknown_starts = frozenset(
        word[1] for word, unknown in zip(words, unknowns, strict=True) if unknown
    )
    names = {
        start: end
        for start, end in japanese_person_spans(
            words, text, name_rules, place_suffixes, unknown_starts
        )
    }
    cued = _cued_names(text, words, name_rules)  # アニウ + という + 若者: start -> (end, tag)
    result = []
    name_end = title_end = 0
    for index, ((surface, start, end, pos), unknown) in enumerate(
        zip(words, unknowns, strict=True)
    ):
        if start < name_end:
            continue  # inside a personal name already given as one token
        if start < title_end:
            continue  # テドロス + 事務 + 局 + 長: a title after a name, no part of a name
        if result and result[-1].tag == "person" and result[-1].end == start:
            title_end = _title_end(text, start, words[index:], name_rules)
            if title_end:
                continue
        if start in names:
            name_end = names[start]
            result.append(Token(text[start:name_end], start, name_end, "person"))
            continue
        if start in cued:
            name_end, cued_tag = cued[start]
            result.append(Token(text[start:name_end], start, name_end, cued_tag))
            continue
        cut = _katakana_cut_before_a_suffix(words, index, cut_suffixes)
        by_form = cut is not None and words[cut + 1][0] not in city_suffixes
        if by_form and not any(
            unknowns[j] or len(words[j][0]) <= MAX_CUT_PIECE for j in range(index, cut + 1)
        ):
            cut = None  # ビーチ + リゾート + 島: loanwords UniDic knows whole, a description
        if cut is not None:  # アラ + シャン + 盟: UniDic cut the name it does not know
            name_end = words[cut][2]
            # before a feature's suffix (スノー + ドン + 山) a place by its form alone, weak
            tag = FEATURE_BY_FORM if by_form else "place"
            result.append(Token(text[start:name_end], start, name_end, tag))
            continue
        tag = _tag(surface, pos, unknown, unidic_types)
        if (
            tag == "person"
            and surface in name_rules.dynasty_periods
            and not name_rules.title_after(text, end, "ja")
        ):
            tag = "n"  # 明代 (a given name to UniDic): the Ming period; 明代 + さん is someone
        if tag == "other" and _loanword_term(surface, name_rules):
            tag = "n"  # ソフトフォーク・アクティベーション: loanwords joined by a dot, a term
        if tag is None and _one_kana_beside_a_dot(surface, pos, text, start, end):
            tag = "n"  # イ + ・ + ジョンジェ, ヨーヨー + ・ + マ: UniDic's symbol is a family name
        run_end = _katakana_run_end(words, index, text) if tag else end
        if run_end > end and tag not in _NOT_NAMES:
            # シナ + ー, アルカラ + ス: a name UniDic knows opens a longer
            # katakana word it does not; the word is the name, of no type UniDic can tell
            name_end = run_end
            run = text[start:run_end]
            last = next(j for j in range(index, len(words)) if words[j][2] == run_end)
            if _before_a_city_suffix(run, words, last, city_suffixes):
                run_tag = "place"  # チョン + ブリー + 県: a province UniDic does not know
            elif _titled_katakana(run, text, run_end, name_rules):
                run_tag = "person"  # ジョコ + ビッチ + 選手
            else:
                run_tag = "n"
            result.append(Token(run, start, run_end, run_tag))
            continue
        if unknown and tag in _UNKNOWN_WORDS and _titled_katakana(surface, text, end, name_rules):
            tag = "person"  # ルカシェンコ + 大統領, パク・ジョンファン + 氏: unknown, titled
        elif tag in _UNKNOWN_WORDS and _titled_katakana(surface, text, end, name_rules, True):
            tag = "person"  # トランプ + 大統領: a loanword UniDic knows, before a name's title
        elif unknown and tag == "n" and _before_a_city_suffix(surface, words, index, city_suffixes):
            tag = "place"  # ラヨーン + 県: a province's name UniDic does not know
        elif tag == "person" and opens_a_title(text, start, name_rules):
            tag = "n"  # 董 + 事 + 長: UniDic's family name opens a title, after a name
        if tag is not None and not _era_before_a_year(surface, pos, words[index + 1 : index + 3]):
            kinds = name_rules.katakana_words_before_names if tag == "place" else None
            if tag not in _NOT_NAMES and _cut_from_the_katakana_before(
                result, start, surface, kinds
            ):
                piece = result.pop()  # キリ + アン・エムバペ, モン + ラー + 県
                if len(piece.text) > MAX_CUT_PIECE:
                    # ジョグ + ジャカルタ, ツール + マレー: a word UniDic knows before the
                    # place; a longer place it does not know, weak
                    tag = JOINED_PLACE
                start = piece.start
            result.append(Token(text[start:end], start, end, tag))
    if name_rules.name_particles and any(dot in text for dot in _NAME_RUN_DOTS):
        return _names_with_particles(result, text, name_rules.name_particles)
    return result


_NAME_RUN_DOTS = "・･"
_DOTTED_KATAKANA = compiled(f"[{KATAKANA_LETTERS}]+(?:[{_NAME_RUN_DOTS}][{KATAKANA_LETTERS}]+)+")
# the letters at least of a name's first piece before a particle (ローデリック, not ワン of
# ワン・ツー・スリー, オー of オー・ド・トワレ, ア of ア・ラ・カルト)
_FIRST_PIECE = 3


def _names_with_particles(tokens: list[Token], text: str, particles: frozenset[str]) -> list[Token]:
    """A dotted katakana run with a name's particle between two other pieces (ローデリック
    ・ファン・デ・ワル, ミシェル・ファン・デン・ブルック, レオナルド・ダ・ヴィンチ) is one
    person's name, its last piece a name's of two letters or more: UniDic reads the pieces
    as common words (ロー + デリック, ファン "fan", デン an adverb), and a run of them opens
    no name."""
    spans = []
    for match in _DOTTED_KATAKANA.finditer(text):
        pieces = NAME_PARTS.split(match.group(0))
        if (
            len(pieces) >= 3
            and (len(pieces[0]) >= _FIRST_PIECE or pieces[0] in particles)
            and any(piece in particles for piece in pieces[1:-1])
            and pieces[-1] not in particles
            and len(pieces[-1]) >= 2
            and not _a_known_place(pieces[-1])
        ):
            spans.append(match.span())
    if not spans:
        return tokens
    result = []
    for token in tokens:
        span = next((s for s in spans if s[0] < token.end and token.start < s[1]), None)
        if span is None:
            result.append(token)
        elif not result or result[-1].start != span[0]:
            result.append(Token(text[span[0] : span[1]], span[0], span[1], "person"))
    return result


def _a_known_place(word: str) -> bool:
    """Whether UniDic reads a katakana word as a place's name (フランス, イタリア): a run
    of a particle and a place is an event or a thing named after it (ツール・ド・フランス,
    ジロ・デ・イタリア), no person."""
    words, _ = tagged_words(word)
    return len(words) == 1 and PLACE_NAME_POS in words[0][3]


PLACE_NAME_POS = "固有名詞,地名"  # UniDic's part of speech of a place's name


def known_names(
    tokens: list[Token],
    text: str,
    names: tuple[str, ...],
    tag: str,
    unread_only: bool = False,
    at_word_starts: bool = False,
) -> list[Token]:
    """The tokens with each of `names` (longest first) written in the text made one token
    of `tag`, in place of the words it covers: the clubs of rules/teams.tsv (レッドソックス,
    阪神タイガース), which UniDic reads as common words or not at all. Not inside a longer
    katakana word (none in マイジャイアンツ nor in the リコー of リコール). With
    `unread_only`, not where the tagger reads a name in any part of it (神奈川 + 県 is
    read as a place and its suffix already). With `at_word_starts`, only where a word of
    the tagger starts (not the 内 of 国内 + モンゴル料理)."""
    spans: list[tuple[int, int]] = []
    starts = {t.start for t in tokens} if at_word_starts else None
    # (a name the tagger reads already, whole or within a longer one, is left as read:
    # 外務省 of 日本外務省)
    read = [(t.start, t.end) for t in tokens if t.tag in NAMED_TAGS]
    for name in names:
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            inside = any(s < end and start < e for s, e in spans)
            known = any(
                (s < end and start < e) if unread_only else (s <= start and end <= e)
                for s, e in read
            )
            cut = starts is not None and start not in starts
            if not inside and not known and not cut and not _katakana_around(text, start, end):
                spans.append((start, end))
            start = text.find(name, end)
    if not spans:
        return tokens
    kept = [t for t in tokens if not any(s < t.end and t.start < e for s, e in spans)]
    kept += [Token(text[s:e], s, e, tag) for s, e in spans]
    return sorted(kept, key=lambda t: t.start)


def _katakana_around(text: str, start: int, end: int) -> bool:
    """Whether a katakana word goes on before the start of a name opening with katakana,
    or after the end of one closing with it (リコー of リコール, a recall)."""
    before = start > 0 and _is_katakana(text[start]) and _is_katakana(text[start - 1])
    after = end < len(text) and _is_katakana(text[end - 1]) and _is_katakana(text[end])
    return before or after


def _is_katakana(ch: str) -> bool:
    return "\u30a1" <= ch <= "\u30fa" or ch == "ー"


def ministries(tokens: list[Token], text: str, suffixes: tuple[str, ...]) -> list[Token]:
    """A ministry or an agency UniDic reads as common words and a suffix (文部 + 科学 + 省,
    厚生 + 労働 + 省, 国土 + 交通 + 省): two or three nouns of two kanji or more each,
    written together, and a suffix of `suffixes`, as one organisation. A stem of one kanji
    (同 + 省, 各 + 省) points back or counts; a name before the stem (日本 + 文部科学省) is
    a name of its own."""
    result: list[Token] = []
    for token in tokens:
        run = 0
        if token.tag == "n" and token.text in suffixes:
            while (
                run < _MINISTRY_STEM_WORDS[1]
                and run < len(result)
                and result[-1 - run].tag == "n"
                and len(result[-1 - run].text) >= 2
                and han(result[-1 - run].text)
                and result[-1 - run].end == (result[-run].start if run else token.start)
            ):
                run += 1
        if run >= _MINISTRY_STEM_WORDS[0]:
            start = result[-run].start
            del result[-run:]
            result.append(Token(text[start : token.end], start, token.end, "organisation"))
        else:
            result.append(token)
    return result


# the words of a ministry's stem, two or three (文部 + 科学 + 省, 農林 + 水産 + 省);
# a stem of one word (外務 + 省, 気象 + 庁) is left to the stand-ins, which read a
# country before it with it (露外務省, ドイツ外務省: compare/body_countries.py)
_MINISTRY_STEM_WORDS = (2, 3)


def kanji_stem_places(tokens: list[Token], text: str, suffixes: tuple[str, ...]) -> list[Token]:
    """A place's name UniDic does not know, cut into single kanji before a place or
    facility suffix (浜 + 州 + 市, 蘆 + 洲 + 区, 旺 + 角 + 駅, 屯 + 馬 + 線): the stem
    of two to four kanji, each a noun of one character, none the run's own word, and
    the suffix, as one place, a weak one (its form vouches for a name, not for which).
    The run opens after anything but a kanji noun (MTR屯馬線の + 旺角駅, 山東省 + 浜州市);
    a stem UniDic reads as a word of its own (商店 + 街, 選挙 + 区, 終点 + 駅) or one
    kanji (同 + 市, 各 + 駅, 本 + 村) makes no name, nor levels listed (市 + 町 + 村)."""
    result: list[Token] = []
    parts = None  # UniDic's part of speech by start, read once where a stem may open on one
    for token in tokens:
        run = 0
        if token.tag == "n" and token.text in suffixes:
            while (
                run < len(result)
                and result[-1 - run].tag == "n"
                and len(result[-1 - run].text) == 1
                and han(result[-1 - run].text)
                and result[-1 - run].end == (result[-run].start if run else token.start)
                and not _closes_a_name(result, len(result) - 1 - run, suffixes)
            ):
                run += 1
        run = _after_an_inner_level(result, run, suffixes)
        first = len(result) - run
        opens = result[first].start if run else token.start
        if run and _opens_on_a_bare_kanji(text, opens, result[first - 1] if first else None):
            if parts is None:
                parts = {start: pos for _, start, _, pos in tagged_words(text)[0]}
            if parts.get(opens - 1, "").startswith(_BARE_KANJI_PARTS):
                opens -= 1  # 旺 + 角 + 駅: UniDic's adjectival noun opens the stem
                run += 1
        before = text[opens - 1 : opens] if opens else ""
        # a kanji noun right before glues to the stem, unless it is a level's suffix
        # (高雄市 + 前鎮区, 山東省 + 浜州市: the place the stem lies in)
        glued = (
            bool(before)
            and han(before)
            and first > 0
            and result[first - 1].tag == "n"
            and result[first - 1].text not in suffixes
        )
        # 市 + 町 + 村, 都 + 道 + 府 + 県: levels listed, no stem (浜州 ends in 州 only)
        listed = bool(run) and result[first].text in suffixes
        if MIN_STEM <= run <= MAX_STEM and not glued and not listed:
            del result[first:]
            result.append(Token(text[opens : token.end], opens, token.end, SUFFIXED_PLACE))
            continue
        result.append(token)
    return result


def _after_an_inner_level(result: list[Token], run: int, suffixes: tuple[str, ...]) -> int:
    """The run cut to what follows the last level's suffix inside it, where that leaves a
    stem (州 + 省 + 銅 + 仁 + 市 of 貴州省銅仁市: 銅仁, the province's 省 ends another
    place); the whole run where it would leave less (浜 + 州 + 市: 州 is the stem's), or
    where the suffix opens the run (自治 + 区 + 銀 + 川 + 市: the lower level after a
    level is the entity grammar's, read there with the level before it)."""
    for back in range(run):
        if result[-1 - back].text in suffixes:
            return back if MIN_STEM <= back < run - 1 else run
    return run


def _opens_on_a_bare_kanji(text: str, opens: int, before: Token | None) -> bool:
    """Whether one kanji no token holds stands right before a stem, after no other kanji
    (は + 旺 + 角駅): UniDic read it as no noun, and it may be the stem's first piece."""
    if opens < 1 or not han(text[opens - 1]):
        return False
    if before is not None and before.end > opens - 1:
        return False
    return opens < 2 or not han(text[opens - 2])


# UniDic's parts of speech of a kanji that may open a name's stem it does not know: an
# adjectival noun (旺 of 旺角駅); not a prefix (新, 旧, 各, 同: 旧 + 港 + 区 is "the former
# Minato ward")
_BARE_KANJI_PARTS = ("形状詞",)


def _closes_a_name(result: list[Token], index: int, suffixes: tuple[str, ...]) -> bool:
    """Whether the token is a level's suffix right after a name (高雄 + 市 of 高雄市 +
    前鎮区): the name's own end, no piece of the next stem (浜 + 州 + 市: 州 after a
    piece)."""
    before = result[index - 1] if index else None
    return (
        result[index].text in suffixes
        and before is not None
        and before.end == result[index].start
        and before.tag not in _NOT_NAMES
    )


MIN_STEM, MAX_STEM = 2, 4  # kanji of a place's stem cut into single characters


def _cued_names(text: str, words, rules: NameRules) -> dict[int, tuple[int, str]]:
    """The katakana words a cue after them says are names (`name_cues_after`: アニウ +
    という + 若者, タッシリ + と呼ばれる + 台地), by their start: (end, CUED_PERSON or
    CUED_PLACE, as the noun after the cue says: `named_nouns`), weak names. Only where that
    noun follows as a word of its own, right after the cue or after a の of what describes
    it (という + ナシ族の + 老人; not 人 of という + 人口, 人気): Xというもの, Xという言葉
    name nothing; and not over a word UniDic reads as a name (ロンドン + という: its own)."""
    found: dict[int, tuple[int, str]] = {}
    if not rules.name_cues_after or not any(cue in text for cue in rules.name_cues_after):
        return found
    starts = {start for _, start, _, _ in words}
    ends = {end for _, _, end, _ in words}
    proper = [(start, end) for _, start, end, pos in words if _PROPER in pos]
    for match in _KATAKANA_WORD.finditer(text):
        cue = next((c for c in rules.name_cues_after if text.startswith(c, match.end())), None)
        if cue is None or match.start() not in starts:
            continue
        if any(start < match.end() and match.start() < end for start, end in proper):
            continue  # ロンドン, ジョージ: a name UniDic reads, of the type it says
        after = match.end() + len(cue)
        reach = text[after : after + CUED_NOUN_REACH]
        # the noun right after the cue, or after a の of what describes it (ナシ族の + 老人)
        openings = [0, *(at + 1 for at, ch in enumerate(reach) if ch == "の")]
        kind = next(
            (
                kind
                for at in openings
                for noun, kind in rules.named_nouns_ja
                if reach.startswith(noun, at)
                and after + at in starts
                and after + at + len(noun) in ends
            ),
            None,
        )
        if kind is not None:
            found[match.start()] = (match.end(), CUED_PERSON if kind == "person" else CUED_PLACE)
    return found


# a katakana word, dots joining its parts (ジョン・スミス), not opening on the long-vowel mark
_KATAKANA_WORD = compiled(f"(?<![\u30a0-\u30ff])[\u30a1-\u30fa][{KATAKANA_LETTERS}・]+")
CUED_NOUN_REACH = 8  # characters after a cue the noun may end in (という + ナシ族の + 老人)


SUFFIXED_PLACE = "place_by_form"  # the tag of such a place: a place, and a weak one
# the tags of a person and a place a cue after them names (アニウ + という + 若者): weak
CUED_PERSON, CUED_PLACE = "person_cued", "place_cued"
# the tag of a place UniDic knows joined to the katakana word it cut off before it (ジョグ
# + ジャカルタ): a longer place it does not know, weak
JOINED_PLACE = "place_joined"
_PROPER = "固有名詞"
FEATURE_BY_FORM = "feature_by_form"  # katakana cut before a feature's suffix: weak, whole


def _katakana_cut_before_a_suffix(words, index: int, suffixes) -> int | None:
    """The index of the last of two katakana words or more that run on from `index` right
    up to a suffix of `suffixes` (a city's, a feature's), none of them a proper noun (アラ +
    シャン + 盟, スノー + ドン + 山:
    common words or unknown pieces): a place's name UniDic cut into pieces, not knowing
    it. None where the run is one word (read as before: ラヨーン + 県), or holds a name
    UniDic knows (ブリティッシュ + コロンビア + 州: its own reading), or reaches no such
    suffix, or after a katakana word."""
    if index and words[index - 1][2] == words[index][1] and katakana(words[index - 1][0]):
        return None  # (inside a run: its first word decides)
    last = index
    while (
        last + 1 < len(words)
        and katakana(words[last][0])
        and "・" not in words[last][0]
        and words[last + 1][1] == words[last][2]
        and katakana(words[last + 1][0])
        and "・" not in words[last + 1][0]
    ):
        last += 1
    if last == index or not katakana(words[index][0]):
        return None
    if any(PROPER_NOUN in words[j][3] for j in range(index, last + 1)):
        return None  # ブリティッシュ + コロンビア + 州: a place UniDic knows ends the run
    after = words[last + 1] if last + 1 < len(words) else None
    if after is None or after[1] != words[last][2] or after[0] not in suffixes:
        return None
    return last


def _katakana_run_end(words, index: int, text: str) -> int:
    """The end of the katakana word a katakana proper noun opens, when UniDic cut its
    rest into pieces no word is made of: long-vowel marks (シナ + ー of シナー, Sinner,
    not China) or a piece of one letter (アルカラ + ス of アルカラス, Alcaraz, not the
    town Alcalá), up to the end of the katakana run (ロンドン + オリンピック is two words;
    カナダ + ドル, フランス + パン too: a word of two letters is a word). A personal name
    UniDic knows opens a longer one it does not before common nouns of any length (ジョコ +
    ビッチ of ジョコビッチ, カルロス + ゴーン, エリック + ソン): a given name is not a word
    that a common noun follows inside one katakana word. The proper noun's own end
    otherwise."""
    surface, _, end, pos = words[index]
    if not katakana(surface) or "・" in surface or PROPER_NOUN not in pos:
        return end
    personal = PERSONAL_NAME in pos
    run_end = end
    for piece, start, piece_end, piece_pos in words[index + 1 :]:
        if start != run_end or not katakana(piece) or "・" in piece:
            break
        common = personal and PROPER_NOUN not in piece_pos  # (トム + ハンクス: two names)
        if not (common or set(piece) == {"ー"} or len(piece) == 1):
            return end
        run_end = piece_end
    return end if katakana(text[run_end : run_end + 1]) else run_end


def _title_end(text: str, start: int, words, name_rules: NameRules) -> int:
    """The end of a title of two characters or more that opens at `start`, right after a
    person's name, when it ends where a word ends (テドロス + 事務局長, 王文淵 + 董事長), or
    of a post, an office and its title (曾国衛 + 保安 + 局長), or 0: the title's words take
    no part in a name, whatever suffix one of them is (局 of 事務局長 would make
    テドロス事務局 an organisation)."""
    title = name_rules.title_after(text, start, "ja")
    if title is None or len(title) < MIN_TITLE_SKIPPED:
        return post_end(words, start, name_rules, text)  # 曾国衛 + 保安 + 局長: a post
    end = start + len(title)
    return end if any(word[2] == end for word in words) else 0


MIN_TITLE_SKIPPED = 2  # characters: 氏, 君 are one word anyway

_NOT_NAMES = ("n", "eng")
_COUNTY = "県"  # after one kanji UniDic does not know, a county's name (歙県)
_UNKNOWN_WORDS = ("n", "other")  # a common noun, or katakana words dot-joined (see _tag)
MAX_CUT_PIECE = 2  # letters of a katakana piece UniDic cuts off a name it does not know
# ... and off a place it does (ジョグ + ジャカルタ, ツール + マレー); a longer word is a word of
# a compound (ユニバーサル + スタジオ + ジャパン, ビジット + コリア)
MAX_JOINED_PIECE = 3


def _cut_from_the_katakana_before(
    result: list[Token], start: int, surface: str, kinds: frozenset[str] | None = None
) -> bool:
    """Whether a katakana name opens inside a katakana word: UniDic, not knowing the name,
    cut a common noun of a letter or two off its start (キリ + アン・エムバペ for キリアン・
    エムバペ, モン + ラー for モンラー, the Mengla of 勐腊). With `kinds` (for a place), a
    longer word too (ジョグ + ジャカルタ for Yogyakarta, ツール + マレー for the Tourmalet),
    unless it is a word of a kind or a role before a name (ホテル + オークラ); a longer word
    before a person is a word of its own (ラウンド + ロビン, a compound's head). A name
    opens where its katakana run opens."""
    if not result or not katakana(surface[:1]):
        return False
    before = result[-1]
    return (
        before.end == start
        and before.tag == "n"
        and (
            len(before.text) <= MAX_CUT_PIECE
            or (
                kinds is not None
                and len(before.text) <= MAX_JOINED_PIECE
                and before.text not in kinds
            )
        )
        and katakana(before.text)
        and "・" not in before.text
        and not (len(result) > 1 and result[-2].end == before.start and katakana(result[-2].text))
    )


def _titled_katakana(
    surface: str, text: str, end: int, name_rules: NameRules, known: bool = False
) -> bool:
    """Whether a katakana word of three letters or more stands right before a title of the
    rules (ルカシェンコ + 大統領, テドロス + 氏): a person's name, though UniDic, not knowing
    the word, reads a common noun. A loanword it knows (`known`) only before a title said
    after a name alone (`name_only_titles`: トランプ + 大統領; ホテル + 社長 is left to it)."""
    letters = surface.replace("ー", "")
    if len(letters) < MIN_TITLED_LETTERS or not katakana(surface):
        return False
    title = name_rules.title_after(text, end, "ja")
    # (with its prefix: 元 + 大統領, 前 + 首相)
    return title is not None and (not known or title.endswith(tuple(name_rules.name_only_titles)))


def _before_a_city_suffix(surface, words, index: int, suffixes: tuple[str, ...]) -> bool:
    """Whether a katakana word of two letters or more runs into a city's, a province's or
    a state's suffix (ラヨーン + 県, ケベック + 州): the transliterated name of a place."""
    following = words[index + 1] if index + 1 < len(words) else None
    return (
        following is not None
        and following[1] == words[index][2]
        and following[0] in suffixes
        and len(surface.replace("ー", "")) >= MIN_PLACE_LETTERS
        and katakana(surface)
    )


MIN_PLACE_LETTERS = 2  # letters of such a name, its long marks aside (ラヨーン, ナン)
MIN_TITLED_LETTERS = 3  # letters of such a name, its long marks aside (ペン + 氏 is too short)

_GENERAL_PROPER_NOUN = "名詞,固有名詞,一般,"
_NUMERAL_WORD = "名詞,数詞,"


def _era_before_a_year(surface: str, pos: str, following: list[tuple[str, int, int, str]]) -> bool:
    """Whether a kanji proper noun UniDic gives no kind is an era's name before its year
    (宝永 + 4 + 年, 天保 + 十 + 年, 慶長 + 元年): part of a date, no name, whether or not
    the date tables know the era."""
    if not pos.startswith(_GENERAL_PROPER_NOUN) or not following or not han(surface):
        return False
    first = following[0]
    if first[0] == "元年":
        return True
    return (
        first[3].startswith(_NUMERAL_WORD)
        and len(following) > 1
        and following[1][0] == "年"
        and following[1][1] == first[2]
    )


def tagged_words(text: str) -> tuple[list[tuple[str, int, int, str]], list[bool]]:
    """Every word of a text as (surface, start, end, part of speech), and whether UniDic
    did not know it, offsets in `text`."""
    words = []
    unknowns = []
    position = 0
    tag = tagger()
    # in bounded pieces: fugashi crashes the process on a run of 300,000 letters
    for word in (word for piece in bounded_pieces(text) for word in tag(piece)):
        surface = word.surface
        start = text.find(surface, position)
        if start < 0:  # the tagger normalised something: resynchronise on the next token
            continue
        position = start + len(surface)
        pos = part_of_speech(word)
        if _katakana_particle_letter(surface, pos, words, text, position):
            last, last_start, _, last_pos = words[-1]
            words[-1] = (last + surface, last_start, position, last_pos)
            continue
        if _kanji_before_plural(surface, words, text, start, position):
            words.append((surface[0], start, start + 1, _KANJI_PIECE))
            words.append((_PLURAL, start + 1, position, _PLURAL_SUFFIX))
            unknowns.extend((word.is_unk, False))
            continue
        words.append((surface, start, position, pos))
        unknowns.append(word.is_unk)
    return words, unknowns


_PLURAL = "ら"  # 馬化騰ら, 習近平ら: "and others" after a name
_KANJI_PIECE = "名詞,普通名詞,一般,*"
_PLURAL_SUFFIX = "接尾辞,名詞的,一般,*"
# what follows a name and ら: a case particle, a comma, a count (ら3人), によって
_AFTER_PLURAL = (*"がはもとのをへ、，。", "によ")


def _kanji_before_plural(surface: str, words, text: str, start: int, end: int) -> bool:
    """Whether a word UniDic reads as one kanji and ら (騰ら, a verb's irrealis; 平ら,
    "flat") ends a run of kanji and stands before a particle, a comma or a count: the
    last kanji of a name and the plural ら after it (馬化騰らによって, 習近平らが), as no verb
    or adjective stands before those (騰らない, 平らな)."""
    if len(surface) != 2 or surface[1] != _PLURAL or not han(surface[0]):
        return False
    if not words or words[-1][2] != start or not han(words[-1][0][-1]):
        return False
    return text.startswith(_AFTER_PLURAL, end) or text[end : end + 1].isdigit()


_PARTICLE_PARTS = ("助詞", "助動詞")


def _katakana_particle_letter(surface: str, pos: str, words, text: str, end: int) -> bool:
    """Whether a katakana letter UniDic reads as a particle ends the katakana word right
    before it (ポン・ジュ + ノ of ポン・ジュノ): Japanese writes its particles in hiragana,
    so the letter is the word's own, unless more katakana follows (then the run is
    UniDic's to cut)."""
    if len(surface) != 1 or not katakana(surface) or not pos.startswith(_PARTICLE_PARTS):
        return False
    if not words or words[-1][2] != end - 1 or not katakana(words[-1][0][-1]):
        return False
    return not katakana(text[end : end + 1])


def _one_kana_beside_a_dot(surface: str, pos: str, text: str, start: int, end: int) -> bool:
    """Whether a katakana letter UniDic reads as a symbol (イ, the "i" of a list; マ)
    stands before a name's dot and a katakana word, or after a katakana word and its dot:
    a part of a name, a family name of one syllable (イ・ジョンジェ = 李政宰, ヨーヨー・マ =
    马友友)."""
    if not (pos.startswith("記号") and len(surface) == 1 and katakana(surface)):
        return False
    before = text[end : end + 1] in NAME_DOTS and katakana(text[end + 1 : end + 2])
    after = start >= 2 and text[start - 1] in NAME_DOTS and katakana(text[start - 2])
    return before or after


@lru_cache(maxsize=WORDS_KEPT)  # asked of each name finding's word, and of each stand-in
def ordinary_nouns(text: str) -> tuple[tuple[str, int, int, str], ...] | None:
    """UniDic's words of a text when it knows every one as an ordinary noun (システム,
    フィーチャー + ゲート), or None: the pieces of a dotted term (`_loanword_term`), and
    compare/'s loanwords."""
    words, unknown = tagged_words(text)
    if not words or any(unknown) or not all(w[3].startswith("名詞,普通名詞") for w in words):
        return None
    return tuple(words)


def _loanword_term(surface: str, name_rules: NameRules) -> bool:
    """Whether a dotted katakana word UniDic does not know is a term of loanwords, each
    piece one or more common nouns UniDic knows, four letters at least (ソフト + フォーク,
    メカニズム), or a loanword it does not know by its ending (アクティベーション:
    `loanword_endings`); not a name's pieces (モサック・フォンセカ: フォンセカ is a proper
    noun; タン・ドゥン: short sounds), nor a company's name (ユニバーサル・ミュージック:
    `dotted_company_words`)."""
    pieces = [piece for piece in NAME_PARTS.split(surface) if piece]
    if len(pieces) < 2 or pieces[-1] in name_rules.dotted_company_words:
        return False
    return all(
        len(piece) >= _LOANWORD_LETTERS
        and (piece.endswith(name_rules.loanword_endings) or ordinary_nouns(piece) is not None)
        for piece in pieces
    )


_LOANWORD_LETTERS = 4  # a piece of a dotted term: ドゥン, ファム are a name's sounds


def _tag(surface: str, pos: str, unknown: bool, unidic_types: dict[str, str]) -> str | None:
    if not pos.startswith(NOUN_PARTS):
        return None  # only nouns take part in names; a gap in offsets ends a compound
    _, pos2, pos3, _ = pos.split(",", 3)
    if surface.isascii() and any(ch.isalpha() for ch in surface):
        return "eng"
    if unknown and "・" in surface and katakana_name(surface):
        return "other"  # モサック・フォンセカ: unknown katakana words, dot-joined
    if unknown and len(surface) == 2 and surface[1] == _COUNTY and han(surface[0]):
        return "place"  # 歙県, 黟県: a county of one kanji UniDic does not know, one word
    if pos2 == PROPER_NOUN:
        return unidic_types.get(pos3, "other")
    return "n" if pos2 != NUMERAL else None


def katakana_name(text: str) -> bool:
    """Whether a dotted katakana word has a name's parts: two letters or more each, but
    for one family or given name of one letter in a name of four letters or more (イ・ミンホ
    = 李敏镐, オ・セフン, ヨーヨー・マ)."""
    parts = text.split("・")
    if not all(part and katakana(part) for part in parts):
        return False
    short = sum(len(part) < 2 for part in parts)
    letters = len(text) - text.count("・")
    return short == 0 or (short == 1 and letters >= _MIN_NAME_LETTERS)


_MIN_NAME_LETTERS = 4  # a dotted name with a part of one letter: イ・ミンホ, not ア・イ
