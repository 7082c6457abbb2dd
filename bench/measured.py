"""Which xlcheck the speed scripts measure, with which rules, and its bytecode ready.

run.py and speed.py time `python -m xlcheck.cli` in child processes: this interpreter,
with the xlcheck its PYTHONPATH or installation gives, in the repository root. There
xlcheck reads `./rules` first, so a script of one tree run with another tree's code on
PYTHONPATH measured that code with this tree's rules. Each child is now given its rules
folder (`--rules-dir`): by default the rules shipped with the xlcheck measured, and the
scripts print which code and which rules they measured.

A cold run is timed as an installed xlcheck starts, with its bytecode written (pip writes
it at installation; a first run writes it too). With PYTHONDONTWRITEBYTECODE set, as in
some shells and containers, nothing writes it, and every timed run compiled each changed
module again: a tenth of a second of a cold run. So the package is compiled first.
"""

from __future__ import annotations

import argparse
import compileall
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_PROBE = (
    "import xlcheck, xlcheck.rules.data as data; "
    "print(xlcheck.__file__); print(data.PACKAGED.resolve())"
)


def add_rules_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--rules",
        metavar="DIR",
        help="the rules folder every timed run reads (default: the one shipped with the "
        "xlcheck measured, whatever the working directory holds)",
    )


def measured(rules: str | None) -> tuple[Path, Path]:
    """The package the timed runs import and the rules folder they are given, after its
    bytecode is written."""
    probe = subprocess.run([sys.executable, "-c", _PROBE], cwd=ROOT, capture_output=True, text=True)
    if probe.returncode != 0:
        sys.exit(f"bench: xlcheck cannot be imported here, nothing timed:\n{probe.stderr}")
    package, shipped = (Path(line) for line in probe.stdout.splitlines()[:2])
    package = package.parent
    compileall.compile_dir(package, quiet=1)
    folder = Path(rules).resolve() if rules else shipped
    if not (folder / "severity.toml").is_file():
        sys.exit(f"bench: {folder} is no rules folder (it lacks severity.toml)")
    return package, folder


def rules_arguments(folder: Path) -> list[str]:
    """What a timed `xlcheck run` is given, so that it reads `folder` and no other."""
    return ["--rules-dir", str(folder)]


def describe(package: Path, folder: Path) -> str:
    return f"code: {package}; rules: {folder}"
