"""`xlcheck rules check DIR`: every problem in a rules folder, each as `file:line: what`.

Every file is checked entry by entry, so that every error is named at once: the
vocabulary files (LANG/*.toml, common/*.toml), entities.toml, anonymization.toml and
waivers.toml against their schemas (rules/schema.py), severity.toml by
`severity_problems` and the glossaries by `check_glossary`. When none of these finds
anything, the folder is read as a run reads it, for what only that reading refuses (a
[relation] table that lacks a relation, a TBX file that does not parse).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..errors import InputError
from ..load.text import read_rule_text
from .baseline import waiver_problems
from .data import ENTITIES, PACKAGED, SEVERITIES, check_glossary, read_rule_files
from .lexicon import check_folder
from .registry import unknown_code_problem
from .schema import line_of, read_checked
from .vague import marker_problems

# The name rules of earlier versions, now in LANG/names.toml.
RETIRED_NAMES_FILE = "names.toml"


def check_rules_folder(folder: Path) -> list[str]:
    """Every problem found in the folder, one line each; empty when it is sound."""
    if not folder.is_dir():
        return [f"{folder}: not a folder"]
    problems = [str(problem) for problem in check_folder(folder, PACKAGED)]
    problems += severity_problems(folder / "severity.toml")
    problems += [str(p) for p in read_checked(folder / "entities.toml", ENTITIES)[1]]
    problems += [str(p) for p in marker_problems(folder / "anonymization.toml")]
    problems += [str(p) for p in waiver_problems(folder / "waivers.toml")]
    for glossary in (folder / "glossary.tsv", folder / "terms.tsv", folder / "headings.tsv"):
        if glossary.is_file():
            problems += check_glossary(glossary)
    if (folder / RETIRED_NAMES_FILE).is_file():
        problems.append(
            f"{folder / RETIRED_NAMES_FILE}: no longer read: surnames, titles and company "
            "words are in zh/names.toml and ja/names.toml (surnames, compound_surnames, "
            "titles, company_cues, companies, company_suffixes)"
        )
    if not problems:  # anything else a run would refuse (markers, waivers, lexicon...)
        problems += _first_error(lambda: read_rule_files(folder, {}))
    return problems


def severity_problems(path: Path) -> list[str]:
    """Each unknown or retired code and each unknown level in severity.toml, with its line."""
    from ..load.text import read_toml

    try:
        text = read_rule_text(path)
        values = read_toml(path, text)  # a mistake named with its line
    except InputError as error:
        return [str(error)]
    lines = text.splitlines()
    problems = []
    for table in ("relation", "rule"):
        for name, level in values.get(table, {}).items():
            line = line_of(lines, name)
            if table == "rule" and (problem := unknown_code_problem(name, "[rule]")):
                problems.append(f"{path}:{line}: {problem}")
            if level not in SEVERITIES:
                problems.append(
                    f"{path}:{line}: {name}: severity must be one of {', '.join(SEVERITIES)}, "
                    f"not {level!r}"
                )
    return problems


def _first_error(read: Callable[[], object]) -> list[str]:
    try:
        read()
    except InputError as error:
        return [str(error)]
    return []
