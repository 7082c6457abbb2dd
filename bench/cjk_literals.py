"""Count the CJK string literals in src/: linguistic vocabulary still written in Python.

Usage (from the repository root):
    python bench/cjk_literals.py [--by-file] [SRC]

A literal counts when it holds at least one CJK character (Han, kana, CJK punctuation,
full-width forms). Docstrings are left out (they document, they are not data); f-string
parts count once per part. The figure is the one issue 15 measures before and after
moving vocabulary into rules/.
"""

from __future__ import annotations

import argparse
import ast
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CJK = re.compile(
    "[\u3000-\u303f\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff\uff00-\uffef\U00020000-\U0003134f]"
)


def docstring_nodes(tree: ast.AST) -> set[int]:
    """Ids of the constants that are docstrings of a module, class or function."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def cjk_literals(path: Path) -> list[str]:
    """The CJK string literals of one module, docstrings left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    skip = docstring_nodes(tree)
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in skip
        and CJK.search(node.value)
    ]


def literals_of(src: Path) -> dict[str, list[str]]:
    return {p.relative_to(src).as_posix(): cjk_literals(p) for p in sorted(src.rglob("*.py"))}


def data_strings(src: Path) -> dict[str, list[str]]:
    """The CJK strings (keys and values) of the package's own data files (TOML under src/
    that is not a link into rules/): moved out of Python, but not into rules/."""
    import tomllib

    def strings(value) -> list[str]:
        if isinstance(value, dict):
            return [s for k, v in value.items() for s in (k, *strings(v))]
        if isinstance(value, list):
            return [s for v in value for s in strings(v)]
        return [value] if isinstance(value, str) else []

    found = {}
    for path in sorted(src.rglob("*.toml")):
        if any(part.startswith("_rules") for part in path.relative_to(src).parts):
            continue  # the bundled rules/, linked into the package
        values = strings(tomllib.loads(path.read_text(encoding="utf-8")))
        found[path.relative_to(src).as_posix()] = [v for v in values if CJK.search(v)]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("src", nargs="?", default=str(ROOT / "src"))
    parser.add_argument("--by-file", action="store_true")
    parser.add_argument(
        "--before",
        metavar="SRC",
        help="an earlier src/ (git archive COMMIT src | tar -x -C DIR): also count how "
        "many of its literals are still in SRC, by value (literals added since are not)",
    )
    parser.add_argument(
        "--package-data",
        action="store_true",
        help="with --before: count the strings of the package's own data files (TOML in "
        "SRC outside the bundled rules) as still in SRC, so that the figure is what moved "
        "into rules/",
    )
    args = parser.parse_args()
    src = Path(args.src)
    found = literals_of(src)
    if args.by_file:
        for name, values in sorted(found.items(), key=lambda item: (-len(item[1]), item[0])):
            if values:
                print(f"{len(values):5d}  {name}")
    now = Counter(value for values in found.values() for value in values)
    print(f"{sum(now.values())} CJK string literals in {src}")
    if args.before:
        before = Counter(v for values in literals_of(Path(args.before)).values() for v in values)
        if args.package_data:
            for name, values in data_strings(src).items():
                data = Counter(values)
                print(f"{sum((before & data).values())} of them in {name}")
                now = now + data
        kept = sum((before & now).values())
        total = sum(before.values())
        print(
            f"{total} in {args.before}; {kept} of them still in {src}: "
            f"{(total - kept) / total:.0%} moved out"
        )


if __name__ == "__main__":
    main()
