"""The rule data users edit, read from the top-level `rules/` folder.

Looked for in this order: the folder given with --rules-dir, ./rules when it holds a
severity.toml, and the copy shipped inside the package (the repository's rules/).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..errors import InputError
from ..extract.common_words import CommonWords, common_words
from ..extract.english import EnglishWords, english_words
from ..extract.notes import NotePattern, note_pattern
from ..load.text import read_rule_text
from .baseline import read_waivers
from .code import LiteralWords, MacroTables, literal_words, macro_tables
from .registry import unknown_code_problem
from .schema import LIST, Key, read_checked, refuse, section, word
from .units import UnitTables
from .vague import read_markers

PACKAGED = Path(__file__).resolve().parent.parent / "_rules"
RELATIONS = ("mismatch", "approximated", "missing", "added", "anonymized", "precision")
SEVERITIES = ("error", "warning", "info")


class RuleTable(tuple):
    """Entries of rule data (glossary, lexicon) that hash once.

    Stages cache the tables they derive from rule data by the data itself (so another
    rules folder gets its own); a plain tuple of a hundred dataclasses would be hashed
    anew, at 25 µs, on every look-up in those caches.
    """

    def __hash__(self) -> int:
        found = self.__dict__.get("hash")
        if found is None:
            found = self.__dict__["hash"] = tuple.__hash__(self)
        return found


@dataclass(frozen=True)
class GlossaryEntry:
    zh: str
    ja: tuple[str, ...]
    line: int


@dataclass(frozen=True)
class RuleFiles:
    folder: Path
    severity_by_relation: dict[str, str]
    severity_by_rule: dict[str, str]
    glossary: RuleTable  # of GlossaryEntry
    markers: dict[str, dict[str, tuple[re.Pattern[str], ...]]]  # lang -> type -> patterns
    stoplist: dict[str, frozenset[str]]
    zh_lexicon: RuleTable  # of (word, tag)
    waivers: tuple = ()
    lexicons: dict = field(default_factory=dict)  # lang -> Lexicon (rules/LANG/*.toml)
    # documentation terms (terms.tsv): used to pair text and matched, never taken for names
    terms: RuleTable = field(default_factory=RuleTable)
    # section headings (headings.tsv): used to pair sections, read in headings only
    headings: RuleTable = field(default_factory=RuleTable)
    # the sports clubs' Japanese names (teams.tsv; their pairs are in the glossary and
    # their Chinese names in the lexicon)
    team_names: tuple[tuple[str, ...], ...] = ()
    # counter families of all languages; conversions, open and loose units (common/)
    units: UnitTables = field(default_factory=lambda: UnitTables({}, {}))
    # lang -> the class nouns of the vague-reference grammar (城市, 高中生), anonymization.toml
    class_nouns: dict[str, re.Pattern[str]] = field(default_factory=dict)
    # English written inside the pages: function words, numbers as words (common/)
    english: EnglishWords = field(default_factory=EnglishWords)
    # lang -> the grammar of vague noun phrases read word by word, anonymization.toml
    phrases: dict = field(default_factory=dict)
    # Han character -> its Sino-Korean readings in Hangul (common/korean.toml)
    korean: RuleTable = field(default_factory=RuleTable)
    # (Han character, the katakana of its Sino-Vietnamese reading) (common/vietnamese.toml)
    vietnamese: RuleTable = field(default_factory=RuleTable)
    # English words written in Latin letters, which are no names (common/words.toml)
    common_words: CommonWords = field(default_factory=CommonWords)
    # the translator's notes one translation adds (common/notes.toml); None: none known
    notes: NotePattern | None = None
    # the calls and keys whose string literal is a message or a name (common/code.toml)
    literal_words: LiteralWords = field(default_factory=LiteralWords)
    # the pages MDN's macros link and the macros that show code (common/code.toml)
    macros: MacroTables = field(default_factory=MacroTables)


def _word_and_tag(value) -> str | None:
    fine = isinstance(value, list) and len(value) == 2 and all(word(v) is None for v in value)
    return None if fine else 'must be a word and its tag: ["比特币", "n"]'


# entities.toml: what the tokenizers tag as names and are not (stoplist), and the words
# added to jieba's dictionary with their tag (lexicon), per language.
ENTITIES = {
    "zh": section(
        {
            "stoplist": Key(LIST, word, required=False),
            "lexicon": Key(LIST, _word_and_tag, required=False),
        },
        required=False,
    ),
    "ja": section({"stoplist": Key(LIST, word, required=False)}, required=False),
}


def default_rules_dir() -> Path:
    """./rules when it holds a severity.toml, else the bundled rules."""
    local = Path("rules")
    if (local / "severity.toml").is_file():
        return local
    return PACKAGED


def default_rule_files() -> RuleFiles:
    """The rule data of the default rules folder, read once per process: what
    `xlcheck rules` lists, and what a report made outside a run names."""
    from ..run import default_run

    return default_run(default_rules_dir().resolve()).rules


def read_rule_files(folder: Path, overrides: dict[str, str]) -> RuleFiles:
    """Every rule file of a folder, checked; `overrides`: per-rule severities that win."""
    from .lexicon import read_lexicons  # it reads the grammars' tables, which read rule data
    from .units import unit_tables

    if not folder.is_dir():
        raise InputError(str(folder), "rules folder not found")
    severity = read_rule_toml(folder / "severity.toml")
    by_relation = dict(severity.get("relation", {}))
    by_rule = dict(severity.get("rule", {})) | overrides
    for name, value in [*by_relation.items(), *by_rule.items()]:
        if value not in SEVERITIES:
            raise InputError(
                str(folder / "severity.toml"),
                f"{name}: severity must be one of {', '.join(SEVERITIES)}, not {value!r}",
            )
    for code in overrides:
        problem = unknown_code_problem(code, "the severity overrides")
        if problem:
            raise InputError(None, problem)
    for code in severity.get("rule", {}):
        problem = unknown_code_problem(code, "[rule]")
        if problem:
            raise InputError(str(folder / "severity.toml"), problem)
    missing = [r for r in RELATIONS if r not in by_relation]
    if missing:
        raise InputError(str(folder / "severity.toml"), f"[relation] lacks {', '.join(missing)}")
    entities, problems = read_checked(folder / "entities.toml", ENTITIES)
    refuse(problems)
    markers, class_nouns, phrases = read_markers(folder / "anonymization.toml")
    lexicons, common = read_lexicons(folder, PACKAGED)
    phrases = {  # a title (教授, 社長) is a noun of a person: 同教授, ある社長
        lang: replace(grammar, titles=grammar.titles | set(lexicons[lang].names.get("titles", ())))
        for lang, grammar in phrases.items()
    }
    words = common_words(common["words"])  # the list joiners serve the code lists too
    teams = team_entries(read_glossary(folder / "teams.tsv"))
    return RuleFiles(
        folder=folder,
        severity_by_relation=by_relation,
        severity_by_rule=by_rule,
        glossary=RuleTable(
            read_glossary(folder / "glossary.tsv")
            + teams
            + tuple(entry for tbx in sorted(folder.glob("*.tbx")) for entry in read_tbx(tbx))
        ),
        markers=markers,
        class_nouns=class_nouns,
        phrases=phrases,
        stoplist={
            lang: frozenset(entities.get(lang, {}).get("stoplist", [])) for lang in ("zh", "ja")
        },
        zh_lexicon=RuleTable(
            (
                *(tuple(item) for item in entities.get("zh", {}).get("lexicon", [])),
                *((entry.zh, "nt") for entry in teams),
            )
        ),
        waivers=read_waivers(folder / "waivers.toml"),
        lexicons=lexicons,
        units=unit_tables(lexicons, common["numbers"]),
        english=english_words(common["english"]),
        korean=common["korean"],
        vietnamese=RuleTable(
            (character, tuple(kana))
            for character, kana in sorted(common["vietnamese"].get("readings", {}).items())
        ),
        common_words=words,
        notes=note_pattern(
            common["notes"].get("markers", []),
            common["notes"].get("provenance", []),
            common["notes"].get("translation_dates", []),
            common["notes"].get("source_references", []),
            common["notes"].get("reader_regions", []),
        ),
        literal_words=literal_words(common["code"], words.list_joiners),
        macros=macro_tables(common["code"]),
        terms=RuleTable(read_glossary(folder / "terms.tsv")),
        headings=RuleTable(read_glossary(folder / "headings.tsv")),
        team_names=team_names(teams),
    )


# The word of a team after a club's Chinese name (洋基队), in the forms the text is read in.
TEAM_WORD = "队"

def team_entries(rows: tuple[GlossaryEntry, ...]) -> tuple[GlossaryEntry, ...]:
    """Each club's rows: its name as written and, written bare, with 队 (洋基, 洋基队)."""
    entries = []
    for row in rows:
        entries.append(row)
        if not row.zh.endswith(TEAM_WORD):
            entries.append(GlossaryEntry(row.zh + TEAM_WORD, row.ja, row.line))
    return tuple(entries)


def team_names(entries: tuple[GlossaryEntry, ...]) -> tuple[tuple[str, ...], ...]:
    """The clubs' Japanese names, a club's alternatives together (which of them are read
    as names where written is the Japanese grammar's choice: extract/ja known_names_of)."""
    return tuple(sorted({entry.ja for entry in entries}))


def read_glossary(path: Path) -> tuple[GlossaryEntry, ...]:
    """Term pairs, one per line: zh TAB ja (alternatives separated by |) [TAB note]."""
    if not path.exists() and not path.is_symlink():
        return ()
    entries = []
    for number, line in enumerate(read_rule_text(path).splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) < 2:
            raise InputError(str(path), "expected zh<TAB>ja", line=number)
        zh = fields[0].strip()
        alternatives = tuple(a.strip() for a in fields[1].split("|") if a.strip())
        if not zh or not alternatives:  # an empty side would match everywhere, or nothing
            side = "Chinese" if not zh else "Japanese"
            raise InputError(
                str(path),
                f"the {side} side is empty (`xlcheck glossary check` lists every problem)",
                line=number,
            )
        entries.append(GlossaryEntry(zh, alternatives, number))
    return tuple(entries)


def read_tbx(path: Path) -> tuple[GlossaryEntry, ...]:
    """Term pairs from a TBX file (through translate-toolkit): each termEntry's Chinese and
    Japanese terms, whichever order the file gives them in."""
    from translate.storage import tbx

    try:
        store = tbx.tbxfile.parsestring(read_rule_text(path).encode("utf-8"))
    except Exception as error:  # lxml and translate-toolkit raise many kinds
        raise InputError(str(path), f"cannot read as TBX: {error}") from None
    entries = []
    for number, unit in enumerate(store.units, start=1):
        languages = [_lang_code(node) for node in unit.getlanguageNodes()]
        terms = {
            lang: text
            for lang, text in zip(languages, (unit.source, unit.target), strict=False)
            if lang and text
        }
        if "zh" in terms and "ja" in terms:
            line = getattr(getattr(unit, "xmlelement", None), "sourceline", None) or number
            entries.append(GlossaryEntry(terms["zh"].strip(), (terms["ja"].strip(),), line))
    return tuple(entries)


def _lang_code(node) -> str | None:
    value = node.get("{http://www.w3.org/XML/1998/namespace}lang") or node.get("lang")
    return value.split("-")[0].split("_")[0].lower() if value else None


def check_glossary(path: Path) -> list[str]:
    """Problems in a glossary file, one line each: `file:line: what is wrong`.

    Finds lines without a tab, empty sides, exact duplicates, and Chinese terms given
    different renderings on different lines (which the matcher would merge silently).
    """
    from ..load.text import read_text

    if path.suffix.lower() == ".tbx":
        rows = [f"{e.zh}\t{'|'.join(e.ja)}" for e in read_tbx(path)]
        if not rows:
            return [f"{path}: no termEntry with both a zh and a ja term"]
    else:
        rows = read_text(path).splitlines()
    problems: list[str] = []
    seen: dict[str, tuple[int, frozenset[str]]] = {}
    for number, line in enumerate(rows, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        where = f"{path}:{number}"
        fields = line.split("\t")
        if len(fields) < 2:
            problems.append(f"{where}: expected zh<TAB>ja[<TAB>note], found no tab")
            continue
        zh = fields[0].strip()
        renderings = frozenset(a.strip() for a in fields[1].split("|") if a.strip())
        if not zh:
            problems.append(f"{where}: the Chinese side is empty")
            continue
        if not renderings:
            problems.append(f"{where}: the Japanese side of {zh!r} is empty")
            continue
        if zh in seen:
            first, earlier = seen[zh]
            if earlier == renderings:
                problems.append(f"{where}: duplicate of line {first} ({zh!r})")
            else:
                problems.append(
                    f"{where}: {zh!r} conflicts with line {first}: "
                    f"{' | '.join(sorted(renderings))} here, {' | '.join(sorted(earlier))} there"
                )
            continue
        seen[zh] = (number, renderings)
    return problems


def read_rule_toml(path: Path) -> dict:
    """A rule file every rules folder needs, as TOML: missing, outside the folder (a
    symlink, even a dangling one), not UTF-8 or not TOML is an InputError."""
    if not path.exists() and not path.is_symlink():
        raise InputError(str(path), "no such file (every rules folder needs it)")
    from ..load.text import read_toml

    return read_toml(path, read_rule_text(path))
