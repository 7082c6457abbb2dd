"""Common English words written in Latin letters inside Chinese or Japanese pages.

Technical documentation keeps English terms in its running text, and the other language
translates them: PRIMARY on one side is 主要键 on the other, TRUE is 真, Bookmark is
ブックマーク, a heading "Front-Cover Texts" is 封面文字. Capitalised or shouted, such a word
looks like a name to a tagger, and it was reported as a name missing or added. A Latin
word is taken for a name only with evidence; a word of the English dictionary is none.

A word is common when a dictionary writes it in lower case (Webster's Second, from the
english-words package: it writes proper nouns capitalised, Floyd, France) and English
uses it (pyspellchecker's counts, above the floor its list gives the words it never saw
counted). Inflected forms are looked up by their stem (Texts, Dithering, Customize).
Products and projects named by an English word (Python, Windows, Squeeze) stay names:
rules/common/words.toml lists them. A common word is weak, not dropped: it is still
matched where the other side writes it, it is only never reported missing or added, and
it stands for no other name.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
from dataclasses import dataclass
from functools import cache

from ..regexes import compiled


@dataclass(frozen=True)
class CommonWords:
    """The vocabulary of rules/common/words.toml."""

    least_count: int = 0  # 0: no word is common (the dictionary is not consulted)
    proper_nouns: frozenset[str] = frozenset()  # casefolded: python, windows, squeeze
    # languages by their own names, casefolded (english, dansk, français): no names, as a
    # page's list of its translations writes them
    language_names: frozenset[str] = frozenset()
    # a repository's conventional files, casefolded (readme, changelog, dockerfile): no
    # names where prose mentions them
    file_names: frozenset[str] = frozenset()
    work_marks: frozenset[str] = frozenset()  # TODO, FIXME: a page's marks of unfinished work
    # (word, the Han characters it translates in a product's Latin name): rain, 雨
    han_meanings: tuple[tuple[str, str], ...] = ()
    # English prefixes written with a hyphen before a word (Multi-Agent, Sub-Command):
    # casefolded; the dictionary lists the words, not the prefixes
    hyphen_prefixes: frozenset[str] = frozenset()
    # the labels of a line that gives a person's name (作者：, Maintainer:): casefolded
    name_labels: frozenset[str] = frozenset()
    # families of names that stand for each other without being one name (a maker and
    # its products, a system and its devices): each casefolded, the maker first
    related_names: tuple[tuple[str, ...], ...] = ()
    # katakana loanwords UniDic lists only as names (トレント, ミラー): words on a page
    loanwords: frozenset[str] = frozenset()
    # the language tags of a link's target (zh-cn, ja): casefolded
    language_tags: frozenset[str] = frozenset()
    # the words joining a list's items (、, 和, と), and those between a list and its count
    list_joiners: tuple[str, ...] = ()
    list_count_gaps: tuple[str, ...] = ()
    # the marks between the levels of a nested name (の, ・)
    name_nesting_marks: tuple[str, ...] = ()
    # the regions a link's target may name for a site's edition (us, gb, tw): casefolded
    region_codes: frozenset[str] = frozenset()

    @property
    def link_tags(self) -> frozenset[str]:
        """What a link's target may write for the page's language or its readers' region
        (language tags and region codes): a code block reads the language tags alone."""
        return self.language_tags | self.region_codes

    def translates(self, word: str, character: str) -> bool:
        """Whether an English word of a Latin name translates a Han character of the
        other script's name (Rain of RainYun, 雨 of 雨云)."""
        folded = word.casefold()
        return any(folded == english and character in han for english, han in self.han_meanings)

    def related(self, first: str, second: str) -> bool:
        """Whether one name is a family's key of `related_names` and the other one of its
        names (OpenAI and ChatGPT, iOS and iPhone), either way round; a name with a
        version after it is its own (GPT-4o, Claude 3.5). Two names of one key (iPhone and
        iPad) are not related: two products."""
        one, other = first.casefold(), second.casefold()
        return any(
            (_named(one, family[:1]) and _named(other, family[1:]))
            or (_named(other, family[:1]) and _named(one, family[1:]))
            for family in self.related_names
        )


# what may follow a name and leave it the same product: a version or a model number
_VERSIONED = compiled(r"[\s-]?v?\d+(?:\.\d+)*[a-z]?")


def _named(name: str, names: tuple[str, ...]) -> bool:
    return any(
        name == known or (name.startswith(known) and _VERSIONED.fullmatch(name[len(known) :]))
        for known in names
    )


def common_words(values: dict) -> CommonWords:
    """The tables of rules/common/words.toml, as read by the schema."""
    return CommonWords(
        least_count=values.get("least_count", 0),
        proper_nouns=frozenset(word.casefold() for word in values.get("proper_nouns", [])),
        language_names=frozenset(word.casefold() for word in values.get("language_names", [])),
        file_names=frozenset(word.casefold() for word in values.get("file_names", [])),
        work_marks=frozenset(word.casefold() for word in values.get("work_marks", [])),
        han_meanings=tuple(
            sorted((w.casefold(), han) for w, han in values.get("han_meanings", {}).items())
        ),
        hyphen_prefixes=frozenset(word.casefold() for word in values.get("hyphen_prefixes", [])),
        name_labels=frozenset(word.casefold() for word in values.get("name_labels", [])),
        related_names=tuple(
            tuple(name.casefold() for name in (maker, *names))
            for maker, names in sorted(values.get("related_names", {}).items())
        ),
        loanwords=frozenset(values.get("loanwords", [])),
        language_tags=frozenset(tag.casefold() for tag in values.get("language_tags", [])),
        list_joiners=tuple(values.get("list_joiners", [])),
        list_count_gaps=tuple(values.get("list_count_gaps", [])),
        name_nesting_marks=tuple(values.get("name_nesting_marks", [])),
        region_codes=frozenset(code.casefold() for code in values.get("region_codes", [])),
    )


# A word's stem when it is inflected or derived: texts, libraries, dithering, customize.
_ENDINGS = (
    ("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""),
    ("ing", "e"), ("ers", ""), ("er", ""), ("ize", ""), ("ise", ""),
)  # fmt: skip
_SHORTEST_STEM = 3


def _stems(word: str):
    yield word
    for ending, replacement in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _SHORTEST_STEM:
            yield word[: -len(ending)] + replacement


def common_word(word: str, words: CommonWords) -> bool:
    """Whether one Latin word (Bookmark, PRIMARY, Texts) is a word of the English
    dictionary, not a proper noun of the data."""
    if not words.least_count or not word.isascii() or not word.isalpha():
        return False
    folded = word.casefold()
    return folded not in words.proper_nouns and folded in _common(words.least_count)


COMMON_CACHE_FORMAT = 1


@cache
def _common(least_count: int) -> frozenset[str]:
    """Every word English uses at least `least_count` times (pyspellchecker's counts) whose
    stem a dictionary writes in lower case (Webster's Second, from english-words). Built
    once per installed word lists and least count, then read from xlcheck's cache: building
    it loads both lists (0.3 s), reading it takes a tenth of that, and a cold run on a page
    with one Latin word no longer pays for the lists."""
    from .. import cache as disk_cache
    from ..report.versions import installed_versions

    # the lists' versions from their metadata: importing both packages for their version
    # strings took 0.03 s of a cold run that then reads the set from the cache
    found = installed_versions(["english-words", "pyspellchecker"])
    lists = (found["english-words"], found["pyspellchecker"])
    if None in lists:  # not installed as a distribution: the modules say
        import english_words.version
        import spellchecker

        lists = (english_words.version.VERSION, spellchecker.__version__)
    shape = hashlib.sha256(repr((_ENDINGS, _SHORTEST_STEM)).encode()).hexdigest()[:12]
    name = f"english-common-{lists[0]}-{lists[1]}-{least_count}-{shape}.marshal"
    payload = disk_cache.read(name, COMMON_CACHE_FORMAT)
    if payload is not None:
        with contextlib.suppress(ValueError, EOFError, TypeError):
            words = marshal.loads(payload)
            if isinstance(words, frozenset):
                return words
    words = _build_common(least_count)
    disk_cache.write(name, COMMON_CACHE_FORMAT, marshal.dumps(words))
    return words


def _build_common(least_count: int) -> frozenset[str]:
    from english_words import get_english_words_set
    from spellchecker import SpellChecker

    lower = frozenset(w for w in get_english_words_set(["web2"], lower=False) if w.islower())
    counts = SpellChecker(language="en").word_frequency.dictionary
    return frozenset(
        word
        for word, count in counts.items()
        if count >= least_count and any(s in lower for s in _stems(word))
    )


_PART = compiled(r"[A-Za-z]+")
_WORD = compiled(r"\S+")


def english_only(text: str, words: CommonWords, function_words: frozenset[str]) -> bool:
    """Whether a text has Latin words and each is English: a function word or a common
    word (Front-Cover Texts; not Python-Fu, whose Fu is neither). One test for a name's
    words here and a product's in compare/latin_names.py."""
    parts = _PART.findall(text)
    return bool(parts) and all(
        p.casefold() in function_words or common_word(p, words) for p in parts
    )


def name_core(
    text: str, start: int, end: int, words: CommonWords, function_words: frozenset[str]
) -> tuple[int, int] | None:
    """The part of a Latin name that is a name: None when every word is English
    (PRIMARY, Front-Cover Texts, The New-Maintainer, Customize Splash-Screen); a title
    opened by a function word without the English words at its edges ("The Python-Fu
    Console" -> Python-Fu, "Your First Script-Fu" -> Script-Fu); any other name whole,
    whatever its words (Michael Bach, John Smith: surnames are words too). A word joined
    by hyphens is one word, and English only when each of its parts is (Python-Fu is
    not)."""
    spans = [(m.start(), m.end()) for m in _WORD.finditer(text, start, end)]

    def english(span: tuple[int, int]) -> bool:
        return english_only(text[span[0] : span[1]], words, function_words)

    if all(english(span) for span in spans):
        return None
    first = text[spans[0][0] : spans[0][1]].casefold()
    if first not in function_words:
        return start, end  # Michael Bach, Floyd-Steinberg Dithering: a name's own words
    while english(spans[0]):
        spans.pop(0)
    while english(spans[-1]):
        spans.pop()
    return spans[0][0], spans[-1][1]
