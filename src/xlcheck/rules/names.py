"""Personal names and name types, from the LANG/names.toml files of the run's rules.

Family names are listed once, in simplified characters (rules/zh/names.toml); their
traditional and Japanese kanji forms are derived here (张 -> 張, 习 -> 習), so each
side's text is read with the forms it uses. Titles and company words are each
language's own (rules/zh/names.toml, rules/ja/names.toml).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property
from typing import TYPE_CHECKING

from ..scripts import han

if TYPE_CHECKING:
    from .lexicon import Lexicon

LANGUAGES = ("zh", "ja")


@dataclass(frozen=True)
class NameRules:
    surnames: frozenset[str]  # single characters, in every form
    compound_surnames: tuple[str, ...]  # in every form, longest first
    titles: dict[str, tuple[str, ...]]  # lang -> titles, longest first
    company_cues: dict[str, tuple[str, ...]]  # lang -> words that make a name a company
    companies: frozenset[str]  # companies the rules name, in every form
    company_suffixes: tuple[str, ...]  # 集团, グループ: a company's name with its kind
    # 发布, 宣布 of 小米 + 发布: what a company does, right after its name (Chinese)
    company_acts: frozenset[str] = frozenset()
    # 电器, 电子 of 松下电器, 三星电子: a trade written after a company's name, in every form
    company_trades: frozenset[str] = frozenset()
    # the suffixes ending a role's noun (快递 + 员, 修表 + 师): not glued to a family name
    role_suffixes: frozenset[str] = frozenset()
    family_names: frozenset[str] = frozenset()  # Japanese ones, in every form (鈴木, 铃木)
    places: frozenset[str] = frozenset()  # countries and cities known by name, every form
    nickname_prefixes: frozenset[str] = frozenset()  # 小, 老, 阿 of 小王, 老李
    # characters common in given names, in every form (立, 新 of 杨立新)
    given_name_characters: frozenset[str] = frozenset()
    # compound family names that are everyday words first (西门 "the west gate", 长孙 "the
    # eldest grandson"), in every form: one character after them is no given name alone
    everyday_compound_surnames: frozenset[str] = frozenset()
    serial_verbs: frozenset[str] = frozenset()  # 来, 说 of 张伟来参加: a verb after a name
    # 效力, 毕业 of 效力于曼联: a verb after which 于 or 向 is the preposition
    verbs_before_coverbs: tuple[str, ...] = ()
    # Japanese suffixes of address (さん, くん), the familiar ones (くん, ちゃん), and the
    # common nouns that take a familiar one and name no one (猫 + ちゃん)
    address_titles: tuple[str, ...] = ()  # longest first
    familiar_titles: tuple[str, ...] = ()  # longest first
    familiar_nouns: frozenset[str] = frozenset()
    familiar_title_words: tuple[str, ...] = ()  # ちゃんと: a word, no title
    # the titles said after a person's name only, never after a common noun (大統領, 氏:
    # トランプ + 大統領, where ホテル + 社長 is a hotel's president)
    name_only_titles: frozenset[str] = frozenset()
    # kanji that make a word of a personal name before them (家 of 石川家, 軍 of 劉邦軍)
    name_word_kanji: frozenset[str] = frozenset()
    # roles written right before a name in Japanese (歌手 + マドンナ), and the titles
    roles_before_names: tuple[str, ...] = ()
    # katakana words of a kind a katakana name follows inside one word (ホテル + オークラ,
    # ミス + ユニバース), with the roles above: what comes before such a name is no piece of it
    katakana_words_before_names: frozenset[str] = frozenset()
    # the particles between the dots of a Western name (ファン・デ, フォン, ダ)
    name_particles: frozenset[str] = frozenset()
    # what says a katakana word before it is a name (アニウ + という + 若者, タッシリ + と呼ば
    # れる + 台地), and the nouns of a person or a place after it (若者 -> person)
    name_cues_after: tuple[str, ...] = ()
    named_nouns_ja: tuple[tuple[str, str], ...] = ()  # (noun, kind), longest first
    # a word before a Chinese name that makes it a place (在 + 温哥华), as one regex ending
    # where the name starts; what after it keeps the person (在马克家), longest first; what
    # closing the clause makes 在 + name a time (在汤姆回来之前)
    place_before: re.Pattern[str] | None = None
    person_place_words: tuple[str, ...] = ()
    award_words_after: tuple[str, ...] = ()  # 奥斯卡 + 最佳: the award named after the person
    landmark_endings: frozenset[str] = frozenset()  # 郑王 + 庙: a temple, no person
    feature_endings: frozenset[str] = frozenset()  # 澜沧 + 江, 哀牢 + 山: a feature's name
    dynasty_periods: frozenset[str] = frozenset()  # 明代, 清朝: a period, no one's name
    vague_compound_before: tuple[str, ...] = ()  # 某 + 日本游戏公司: a description, no name
    place_clause_closers: tuple[str, ...] = ()
    # the last words that make dotted katakana words a company's name (カンパニー)
    dotted_company_words: frozenset[str] = frozenset()
    # the endings of loanwords UniDic does not know (アクティベーション): with the ones it
    # knows, the pieces of a dotted katakana term, no name
    loanword_endings: tuple[str, ...] = ()

    def surname_length(self, name: str) -> int:
        """The length of the family name a name opens with (0 when none)."""
        if name[:1] in self._compound_openings and any(
            name[:length] in forms for length, forms in self._compounds_by_length
        ):
            return 2
        return 1 if name[:1] in self.surnames else 0

    def company_of_its_trade(self, word: str) -> str | None:
        """The company of the rules a word names with its trade after it (松下 of 松下电器,
        三星 of 三星電子), or None."""
        return self._companies_by_trade_word.get(word)

    # asked of every token of Chinese text and of every pair of names compared: one look-up
    # in the words built once, not a scan of every trade
    @cached_property
    def _companies_by_trade_word(self) -> dict[str, str]:
        return {
            company + trade: company for company in self.companies for trade in self.company_trades
        }

    def given_name_shaped(self, given: str) -> bool:
        """Whether every character of a given name of two is common in given names (立新,
        秀英): with a family name before it, the word is a name, though jieba knows it as
        a rare word of its own."""
        return len(given) == 2 and all(ch in self.given_name_characters for ch in given)

    def family_name_length(self, name: str) -> int:
        """The length of the Japanese family name of the rules a name opens with (0 when
        none): 松下 of 松下幸之助, 佐々木 of 佐々木希."""
        if name[:1] not in self._family_name_openings:
            return 0  # asked at every word of Chinese text: most open on no family name
        return next((n for n in self._family_name_lengths if name[:n] in self.family_names), 0)

    def opens_on_family_name(self, name: str) -> bool:
        """Whether a name opens on a Chinese or a Japanese family name."""
        return bool(self.surname_length(name) or self.family_name_length(name))

    def title_after(self, text: str, end: int, lang: str) -> str | None:
        """The title (longest first) that `text` holds at `end`, if any."""
        candidates = self._titles_by_first_character.get(lang, {}).get(text[end : end + 1], ())
        return next((t for t in candidates if text.startswith(t, end)), None)

    def title_before(self, text: str, start: int, lang: str) -> str | None:
        """The title (longest first) that `text` holds right before `start`, if any: 市长 of
        市长 + 李明."""
        return next((t for t in self.titles.get(lang, ()) if text.endswith(t, 0, start)), None)

    def address_after(self, text: str, end: int, familiar: bool = False) -> str | None:
        """The Japanese suffix of address (the familiar ones only, with `familiar`) that
        `text` holds at `end`, if any: 健 + さん, 翼 + くん."""
        suffixes = self.familiar_titles if familiar else self.address_titles
        return next((s for s in suffixes if text.startswith(s, end)), None)

    def holds_title(self, text: str, lang: str) -> bool:
        """Whether any title of `lang` occurs in `text` (one scan: a text without one,
        nineteen in twenty, need not be asked at every word)."""
        return self._title_patterns[lang].search(text) is not None

    # asked of every token of Chinese text: a set, not a scan of the longest-first tuple
    @cached_property
    def title_set(self) -> dict[str, frozenset[str]]:
        """lang -> its titles, for a test of membership."""
        return {lang: frozenset(titles) for lang, titles in self.titles.items()}

    @cached_property
    def _title_patterns(self) -> dict[str, re.Pattern[str]]:
        return {
            lang: re.compile("|".join(map(re.escape, titles)) or "(?!)")
            for lang, titles in self.titles.items()
        }

    # Both are asked about every token: a look-up by length or first character instead
    # of a scan of every compound surname or title.
    @cached_property
    def _compound_openings(self) -> frozenset[str]:
        return frozenset(s[:1] for s in self.compound_surnames)

    @cached_property
    def _compounds_by_length(self) -> tuple[tuple[int, frozenset[str]], ...]:
        lengths = sorted({len(s) for s in self.compound_surnames})
        return tuple(
            (n, frozenset(s for s in self.compound_surnames if len(s) == n)) for n in lengths
        )

    @cached_property
    def _family_name_openings(self) -> frozenset[str]:
        return frozenset(name[:1] for name in self.family_names)

    @cached_property
    def _family_name_lengths(self) -> tuple[int, ...]:
        return tuple(sorted({len(name) for name in self.family_names}, reverse=True))

    @cached_property
    def _titles_by_first_character(self) -> dict[str, dict[str, tuple[str, ...]]]:
        index: dict[str, dict[str, tuple[str, ...]]] = {}
        for lang, titles in self.titles.items():
            by_first = index.setdefault(lang, {})
            for title in titles:  # longest first, kept so within each first character
                by_first[title[:1]] = (*by_first.get(title[:1], ()), title)
        return index


def name_rules(lexicons: dict[str, Lexicon]) -> NameRules:
    """The name rules of one rules folder's vocabulary (each language holds them)."""
    return build_name_rules(lexicons["zh"], lexicons["ja"])


@cache  # keyed by the lexicons (one per rules folder), so another folder gets its own
def build_name_rules(zh: Lexicon, ja: Lexicon) -> NameRules:
    """The tables of the validated vocabulary (rules/lexicon.py checked every entry)."""
    by_lang = {"zh": zh.names, "ja": ja.names}
    forms = _forms()
    single = "".join(zh.names["surnames"])
    return NameRules(
        surnames=frozenset(f for ch in single for f in forms(ch)),
        compound_surnames=longest_first(
            f for word in zh.names["compound_surnames"] for f in forms(word)
        ),
        titles={
            lang: longest_first(
                _with_prefixes(
                    by_lang[lang]["titles"],
                    by_lang[lang].get("title_prefixes", ()),
                    by_lang[lang].get("titles_without_prefix", ()),
                )
            )
            for lang in LANGUAGES
        },
        company_cues={lang: longest_first(by_lang[lang]["company_cues"]) for lang in LANGUAGES},
        companies=frozenset(
            f for lang in LANGUAGES for name in by_lang[lang]["companies"] for f in forms(name)
        ),
        company_suffixes=longest_first(
            s for lang in LANGUAGES for s in by_lang[lang]["company_suffixes"]
        ),
        company_acts=frozenset(
            f for word in zh.names.get("company_acts", ()) for f in forms(word)
        ),
        company_trades=frozenset(
            f for word in zh.names.get("company_trades", ()) for f in forms(word)
        ),
        role_suffixes=frozenset(zh.names.get("role_suffixes", ())),
        places=frozenset(
            f
            for name in (*zh.names.get("places", ()), *zh.names.get("cities", ()))
            for f in forms(name)
        ),
        nickname_prefixes=frozenset("".join(zh.names.get("nickname_prefixes", ()))),
        given_name_characters=frozenset(
            f for ch in "".join(zh.names.get("given_name_characters", ())) for f in forms(ch)
        ),
        everyday_compound_surnames=frozenset(
            f for word in zh.names.get("everyday_compound_surnames", ()) for f in forms(word)
        ),
        serial_verbs=frozenset(
            f for ch in "".join(zh.names.get("serial_verbs", ())) for f in forms(ch)
        ),
        verbs_before_coverbs=tuple(
            f for word in zh.names.get("verbs_before_coverbs", ()) for f in sorted(forms(word))
        ),
        address_titles=longest_first(ja.names.get("address_titles", ())),
        familiar_titles=longest_first(ja.names.get("familiar_titles", ())),
        familiar_nouns=frozenset(ja.names.get("familiar_nouns", ())),
        dotted_company_words=frozenset(ja.names.get("dotted_company_words", ())),
        loanword_endings=tuple(ja.names.get("loanword_endings", ())),
        familiar_title_words=tuple(ja.names.get("familiar_title_words", ())),
        name_only_titles=frozenset(ja.names.get("name_only_titles", ())),
        name_word_kanji=frozenset(ja.names.get("name_word_kanji", ())),
        name_cues_after=longest_first(ja.names.get("name_cues_after", ())),
        named_nouns_ja=tuple(
            sorted(
                (
                    (noun, kind)
                    for kind, nouns in ja.names.get("named_nouns", {}).items()
                    for noun in nouns
                ),
                key=lambda pair: (-len(pair[0]), pair[0]),
            )
        ),
        roles_before_names=longest_first(
            {*ja.names.get("roles_before_names", ()), *ja.names.get("titles", ())}
        ),
        name_particles=frozenset(ja.names.get("name_particles", ())),
        katakana_words_before_names=frozenset(
            {
                *ja.names.get("katakana_words_before_names", ()),
                *ja.names.get("roles_before_names", ()),
                *ja.names.get("titles", ()),
            }
        ),
        place_before=(
            re.compile(f"(?:{'|'.join(zh.names['place_words_before'])})了?$")
            if zh.names.get("place_words_before")
            else None
        ),
        person_place_words=longest_first(zh.names.get("person_place_words", ())),
        award_words_after=longest_first(zh.names.get("award_words_after", ())),
        landmark_endings=frozenset(
            f for ch in "".join(zh.names.get("landmark_endings", ())) for f in forms(ch)
        ),
        feature_endings=frozenset(
            f for ch in "".join(zh.names.get("feature_endings", ())) for f in forms(ch)
        ),
        dynasty_periods=frozenset(
            f
            for dynasty in zh.names.get("dynasties", ())
            for suffix in "".join(zh.names.get("dynasty_period_suffixes", ()))
            for f in forms(dynasty + suffix)
        ),
        vague_compound_before=longest_first(zh.names.get("vague_compound_before", ())),
        place_clause_closers=tuple(zh.names.get("place_clause_closers", ())),
        family_names=frozenset(
            f
            for name in ja.names.get("family_names", ())
            for f in forms(name) | forms(_japanese_to_simplified()(name))
        ),
    )


def _with_prefixes(titles, prefixes, unprefixed=()) -> set[str]:
    """The titles and each office among them after each prefix (副 + 局长 = 副局长, 元 +
    首相 = 元首相). An office here is a title of two Han characters or more that is not
    among `unprefixed`, the words of address and kinship (阿姨, 先生, 師匠: no 副阿姨);
    an honorific in kana (さん, 君) takes no prefix."""
    offices = [t for t in titles if len(t) >= 2 and han(t) and t not in unprefixed]
    return {*titles, *(prefix + office for prefix in prefixes for office in offices)}


def _forms():
    """Simplified -> (simplified, traditional, Japanese) forms of a word."""
    from ..extract.zh import to_japanese_kanji, to_simplified

    def forms(word: str) -> set[str]:
        return {word, to_japanese_kanji(word), to_simplified(word)}

    return forms


def _japanese_to_simplified():
    """黒沢 -> 黑泽: a Japanese family name as Chinese text writes it."""
    from ..extract.zh.forms import japanese_to_simplified

    return japanese_to_simplified


def longest_first(words) -> tuple[str, ...]:
    """Words without repeats, longest first and then in code point order: a list to try
    in turn, where a longer word must win over its own start or end (特別行政区 before 区)."""
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))
