"""Documentation trees: two folders, one per language, paired file by relative path.

`xlcheck run docs/zh-cn docs/ja` reads every document (Markdown, HTML, Word, text) under
both roots, keeps those the include/exclude globs select (`[tool.xlcheck]` `include`,
`exclude`, matched against the path relative to its root), and pairs `a/b.md` with
`a/b.md`. Pages whose paths name their language (`docs/zh/x.md` and `docs/ja/x.md`,
`README.zh-cn.md` and `README.ja.md`) pair by their paths without the language tags,
when only one page of each side is left with that path. A page only one side has becomes
a pair with an empty side, which the pipeline reports as one finding (page missing,
page added).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from fnmatch import fnmatchcase
from pathlib import Path, PurePosixPath

from ..errors import InputError
from ..model import MISSING_PAGE, Document, DocumentPair

# Suffixes of the documents a tree holds (segment-pair formats are not pages).
PAGE_SUFFIXES = (".md", ".markdown", ".mdx", ".html", ".htm", ".xhtml", ".docx", ".txt")
# Defaults when the configuration names no globs: every page, no hidden folders.
DEFAULT_INCLUDE = ("**",)
DEFAULT_EXCLUDE = (".*/**", "**/.*/**", "node_modules/**")


# A language tag of a path, Chinese or Japanese: a folder (`docs/zh-CN/`) or a part of a
# file's name before its ending (`README.zh-cn.md`, `guide_ja.md`), between separators.
_LANG_TAG = re.compile(
    r"(?<![^/._-])(?:zh(?:[-_](?:cn|tw|hk|sg|hans|hant))?|ja(?:[-_]jp)?|jp|cn)(?![^/._-])",
    re.IGNORECASE,
)


def _untagged(relative: str) -> str:
    """A relative path with its language tags each written `*`."""
    return _LANG_TAG.sub("*", relative)


def _renamed(sources: set[str], targets: set[str]) -> dict[str, str]:
    """The pages left on each side paired by their paths without language tags: source
    path -> target path, where each side has one page of that path."""
    by_key: list[dict[str, list[str]]] = [{}, {}]
    for side, paths in enumerate((sources, targets)):
        for path in sorted(paths):
            by_key[side].setdefault(_untagged(path), []).append(path)
    return {
        mine[0]: theirs[0]
        for key, mine in by_key[0].items()
        if len(mine) == 1 and len(theirs := by_key[1].get(key, [])) == 1
    }


def is_tree_pair(paths: list[str]) -> bool:
    """Two folders that are not corpus folders (which hold a meta.toml)."""
    return (
        len(paths) == 2
        and all(Path(p).is_dir() for p in paths)
        and not any((Path(p) / "meta.toml").exists() or any(Path(p).glob("*/meta.toml"))
                    for p in paths)
    )  # fmt: skip


def matches(relative: str, include: tuple[str, ...], exclude: tuple[str, ...]) -> bool:
    """Whether a path relative to its root is selected: some include glob matches and no
    exclude glob does. `**` matches any number of folders, `*` any name part."""
    path = PurePosixPath(relative)
    return any(_glob(path, g) for g in include) and not any(_glob(path, g) for g in exclude)


def _glob(path: PurePosixPath, pattern: str) -> bool:
    if pattern.startswith("**/") and _glob(path, pattern[3:]):
        return True  # `**/` also matches no folder at all
    return fnmatchcase(str(path), pattern)


def pages(root: Path, include: tuple[str, ...], exclude: tuple[str, ...]) -> dict[str, Path]:
    """Selected pages under `root`, by relative path (POSIX form)."""
    found = {}
    for path in sorted(root.rglob("*")):
        if path.suffix.lower() not in PAGE_SUFFIXES or not path.is_file():
            continue
        relative = path.relative_to(root).as_posix()
        if matches(relative, include, exclude):
            found[relative] = path
    return found


def tree_pairs(
    source_root: Path,
    target_root: Path,
    langs: tuple[str, str],
    read: Callable[[Path, str, str], Document],
    include: tuple[str, ...] = DEFAULT_INCLUDE,
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE,
) -> Iterator[DocumentPair]:
    """Document pairs of two trees, by relative path; a page on one side only is paired
    with an empty document at the path it would have."""
    source_pages = pages(source_root, include, exclude)
    target_pages = pages(target_root, include, exclude)
    if not source_pages and not target_pages:
        raise InputError(str(source_root), "no pages (.md .html .docx .txt) under either folder")
    renamed = _renamed(
        source_pages.keys() - target_pages.keys(), target_pages.keys() - source_pages.keys()
    )
    taken = set(renamed.values())
    for relative in sorted(source_pages.keys() | target_pages.keys()):
        if relative in taken and relative not in source_pages:
            continue  # paired with a source page of its path in another language
        documents = []
        for pages_, root, lang, at in (
            (source_pages, source_root, langs[0], relative),
            (target_pages, target_root, langs[1], renamed.get(relative, relative)),
        ):
            path = pages_.get(at)
            if path is None:
                documents.append(Document(at, str(root / at), lang, (), notes=(MISSING_PAGE,)))
            else:
                documents.append(read(path, at, lang))
        # named by its path in the tree: MDN names every page index.md
        yield DocumentPair(relative, documents[0], documents[1], title=relative)
