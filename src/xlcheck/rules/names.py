"""Personal names and name types, read from rules/names.toml.

Family names are listed once, in simplified characters; their traditional and Japanese
kanji forms are derived here (张 -> 張, 习 -> 習), so each side's text is read with the
forms it uses. A rules folder without the file uses the packaged one.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

from ..errors import InputError
from .data import PACKAGED, rules_dir

FILE = "names.toml"


@dataclass(frozen=True)
class NameRules:
    surnames: frozenset[str]  # single characters, in every form
    compound_surnames: tuple[str, ...]  # in every form, longest first
    titles: dict[str, tuple[str, ...]]  # lang -> titles, longest first
    company_cues: dict[str, tuple[str, ...]]  # lang -> words that make a name a company
    companies: frozenset[str]  # companies the rules name, in every form
    company_suffixes: tuple[str, ...]  # 集团, グループ: a company's name with its kind

    def surname_length(self, name: str) -> int:
        """The length of the family name a name opens with (0 when none)."""
        if name[:1] in self._compound_openings and any(
            name[:length] in forms for length, forms in self._compounds_by_length
        ):
            return 2
        return 1 if name[:1] in self.surnames else 0

    def title_after(self, text: str, end: int, lang: str) -> str | None:
        """The title (longest first) that `text` holds at `end`, if any."""
        candidates = self._titles_by_first_character.get(lang, {}).get(text[end : end + 1], ())
        return next((t for t in candidates if text.startswith(t, end)), None)

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
    def _titles_by_first_character(self) -> dict[str, dict[str, tuple[str, ...]]]:
        index: dict[str, dict[str, tuple[str, ...]]] = {}
        for lang, titles in self.titles.items():
            by_first = index.setdefault(lang, {})
            for title in titles:  # longest first, kept so within each first character
                by_first[title[:1]] = (*by_first.get(title[:1], ()), title)
        return index


def name_rules() -> NameRules:
    """The current run's name rules (its folder's names.toml, else the packaged one)."""
    return _name_rules_in(rules_dir())


@cache  # asked for every token: the file's presence is looked up once per folder
def _name_rules_in(folder: Path) -> NameRules:
    path = folder / FILE
    return read_name_rules(path if path.is_file() else PACKAGED / FILE)


@cache
def read_name_rules(path: Path) -> NameRules:
    from ..load.text import read_rule_text, read_toml

    # through the checks every rule file passes: inside its folder, a regular file, UTF-8,
    # TOML mistakes with their line
    raw = read_toml(path, read_rule_text(path))
    surnames = raw.get("surnames", {})
    single = "".join(str(surnames.get("single", "")).split())
    compound = surnames.get("compound", [])
    if not single or not all(_han(ch) for ch in single):
        raise InputError(str(path), "[surnames] single: expected a string of Han characters")
    _strings(path, "[surnames] compound", compound)
    titles = raw.get("titles", {})
    cues = raw.get("types", {}).get("company", {})
    for lang in ("zh", "ja"):
        _strings(path, f"[titles] {lang}", titles.get(lang))
        _strings(path, f"[types.company] {lang}", cues.get(lang))
    for key in ("names", "suffixes"):
        _strings(path, f"[types.company] {key}", cues.get(key))
    forms = _forms()
    return NameRules(
        surnames=frozenset(f for ch in single for f in forms(ch)),
        compound_surnames=tuple(sorted({f for w in compound for f in forms(w)}, key=len)[::-1]),
        titles={lang: _longest_first(titles[lang]) for lang in ("zh", "ja")},
        company_cues={lang: _longest_first(cues[lang]) for lang in ("zh", "ja")},
        companies=frozenset(f for name in cues.get("names", []) for f in forms(name)),
        company_suffixes=_longest_first(cues.get("suffixes", [])),
    )


def _forms():
    """Simplified -> (simplified, traditional, Japanese) forms of a word."""
    from ..extract.zh import to_japanese_kanji, to_simplified

    def forms(word: str) -> set[str]:
        return {word, to_japanese_kanji(word), to_simplified(word)}

    return forms


def _longest_first(words) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))


def _strings(path: Path, where: str, values) -> None:
    if (
        not isinstance(values, list)
        or not values
        or not all(isinstance(v, str) and v.strip() for v in values)
    ):
        raise InputError(str(path), f"{where}: expected a list of non-empty strings")


def _han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"
