"""The vocabulary of code and links inside documentation pages (rules/common/code.toml)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ..scripts import letters_and_digits


@dataclass(frozen=True)
class LiteralWords:
    """Calls and keys, casefolded: those whose string literal is a message a translation
    may translate (`warn`, `alert`, `text`), and those whose literal names something in
    the code (`require`, `get`, `on`), which a translation must keep."""

    messages: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()
    # (English placeholder word, a Chinese or Japanese word for it), the English folded
    # (placeholder_key: casefolded, letters and digits only): ("packagename", "パッケージ名")
    placeholders: frozenset[tuple[str, str]] = frozenset()
    # what a link to the site's own tools holds (/edit/, /issues/new): casefolded
    site_links: tuple[str, ...] = ()
    # the sites a page links for readers of one language (bilibili.com, qiita.com)
    language_sites: tuple[str, ...] = ()
    # the values a code example sets for its readers' country (Asia/Shanghai): casefolded
    local_values: frozenset[str] = frozenset()
    # the words of a front matter key the translation sets for itself: casefolded
    own_keys: tuple[str, ...] = ()
    # the names of a repository's default branch (main, master): casefolded
    default_branches: tuple[str, ...] = ()
    # (short address, the long one it stands for): ("youtu.be/", "youtube.com/watch?v=")
    short_links: tuple[tuple[str, str], ...] = ()
    # the file names of a repository's README and of a folder's index page, each
    # (name, ending): (("readme", "md"), …), (("index", "html"), …); casefolded
    readme_names: tuple[tuple[str, str], ...] = ()
    index_pages: tuple[tuple[str, str], ...] = ()
    # the front matter keys that name the page's revision (lastmod, version): casefolded
    revision_keys: frozenset[str] = frozenset()
    # the words an English placeholder opens with (your-domain, example.com): casefolded
    placeholder_openers: tuple[str, ...] = ()
    # the comment marks of a code block by its language tag, casefolded, as (tag, marks)
    # pairs sorted by tag: (("bash", ("#",)), …); `marks_of` looks a tag up
    comment_marks: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # the release tags a package is installed at after `@` (latest, next): casefolded
    release_tags: frozenset[str] = frozenset()
    # the language tags of a block of commands and of program code: casefolded
    command_tags: frozenset[str] = frozenset()
    program_tags: frozenset[str] = frozenset()
    # the shell each tag of a block of commands names, as (tag, shell) pairs: casefolded
    shells: tuple[tuple[str, str], ...] = ()
    # the second levels a country's domain registers names under (co of example.co.uk):
    # casefolded
    second_levels: frozenset[str] = frozenset()
    # the words that join the items of a list (rules/common/words.toml `list_joiners`): the
    # terms of a label (`Certificates, Identifiers & Profiles`)
    list_joiners: tuple[str, ...] = ()

    def one_shell(self, tags: tuple[str, str]) -> bool:
        """Whether two language tags name one shell (`sh` and `bash`, `shell_families`)."""
        shells = dict(self.shells)
        found = [shells.get(tag.casefold()) for tag in tags]
        return found[0] is not None and found[0] == found[1]

    def marks_of(self, tag: str) -> tuple[str, ...]:
        """The comment marks of a block with this language tag (casefolded); none for a
        tag no row names."""
        for name, marks in self.comment_marks:
            if name == tag:
                return marks
        return ()


def literal_words(values: dict, list_joiners: tuple[str, ...] = ()) -> LiteralWords:
    """The lists of rules/common/code.toml, as read by the schema, with the words that
    join a list's items (rules/common/words.toml `list_joiners`)."""
    return LiteralWords(
        frozenset(word.casefold() for word in values.get("message_words", [])),
        frozenset(word.casefold() for word in values.get("name_words", [])),
        frozenset(
            (placeholder_key(english), rendering)
            for english, renderings in values.get("placeholder_words", {}).items()
            for rendering in renderings
        ),
        tuple(part.casefold() for part in values.get("site_links", [])),
        tuple(site.casefold() for site in values.get("language_sites", [])),
        frozenset(value.casefold() for value in values.get("local_values", [])),
        tuple(key.casefold() for key in values.get("own_keys", [])),
        tuple(name.casefold() for name in values.get("default_branches", [])),
        tuple(
            (short.casefold(), long.casefold())
            for short, long in values.get("short_links", {}).items()
        ),
        _names_and_endings(values.get("readme_names", [])),
        _names_and_endings(values.get("index_pages", [])),
        frozenset(key.casefold() for key in values.get("revision_keys", [])),
        tuple(word.casefold() for word in values.get("placeholder_openers", [])),
        _marks_by_tag(values.get("comment_marks", {})),
        frozenset(tag.casefold() for tag in values.get("release_tags", [])),
        frozenset(tag.casefold() for tag in values.get("command_tags", [])),
        frozenset(tag.casefold() for tag in values.get("program_tags", [])),
        shells=tuple(
            (tag.casefold(), shell)
            for shell, tags in values.get("shell_families", {}).items()
            for tag in tags
        ),
        second_levels=frozenset(level.casefold() for level in values.get("second_levels", [])),
        list_joiners=tuple(list_joiners),
    )


# The comment marks a code block may hold (rules/common/code.toml `comment_marks`):
# compare/code_blocks.py matches each by its syntax.
COMMENT_MARKS = ("#", "//", "/*", "--", ";", "<!--", "rem", "::")


def _marks_by_tag(table: dict[str, list[str]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The `comment_marks` table (mark -> tags) read by tag: (tag, its marks) pairs, the
    tags casefolded and sorted, the marks in COMMENT_MARKS order."""
    tags: dict[str, list[str]] = {}
    for mark in COMMENT_MARKS:
        for tag in table.get(mark, []):
            tags.setdefault(tag.casefold(), []).append(mark)
    return tuple(sorted((tag, tuple(marks)) for tag, marks in tags.items()))


def _names_and_endings(files: list[str]) -> tuple[tuple[str, str], ...]:
    """File names as (name, ending), casefolded: `README.md` is ("readme", "md")."""
    return tuple(
        (name, ending) for name, _, ending in (file.casefold().rpartition(".") for file in files)
    )


def placeholder_key(word: str) -> str:
    """An English placeholder's words as the table is matched: `<Package-Name>` and
    `<package name>` are `packagename`."""
    return letters_and_digits(word)


@dataclass(frozen=True)
class MacroTables:
    """MDN's macros, by casefolded name (rules/common/code.toml): the folder of the page
    each cross-reference macro links (`macro_pages`), the folder above it that a path
    argument is read from (`macro_path_roots`), and the macros whose first argument the
    page shows as code (`code_macros`)."""

    pages: Mapping[str, str] = field(default_factory=dict)
    roots: Mapping[str, str] = field(default_factory=dict)
    code: frozenset[str] = frozenset()


def macro_tables(values: dict) -> MacroTables:
    """The macro tables of rules/common/code.toml, as read by the schema."""
    return MacroTables(
        {name.casefold(): folder for name, folder in values.get("macro_pages", {}).items()},
        {name.casefold(): folder for name, folder in values.get("macro_path_roots", {}).items()},
        frozenset(name.casefold() for name in values.get("code_macros", [])),
    )
