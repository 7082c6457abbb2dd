"""Project configuration: `xlcheck.toml`, or `[tool.xlcheck]` in pyproject.toml.

Command-line options override it. `xlcheck config` prints the effective result.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .errors import InputError
from .formats import UI_LANGS
from .rules.registry import unknown_code_problem
from .safety import contained

SEVERITIES = ("error", "warning", "info")
FAIL_ON = (*SEVERITIES, "never")
DEFAULTS = {
    "paths": [],
    "source_lang": None,
    "target_lang": None,
    "doc_date": None,
    "fail_on": "error",
    "rules_dir": None,
    "encoding": None,
    "baseline": None,
    "ui_lang": None,
    "severity": {},
    "include": [],
    "exclude": [],
    "scheduler": None,
}


@dataclass(frozen=True)
class Config:
    source: str | None  # the file it came from, None for built-in defaults
    values: dict = field(default_factory=dict)

    def get(self, key: str):
        return self.values.get(key, DEFAULTS[key])


def load_config(folder: Path = Path()) -> Config:
    own = folder / "xlcheck.toml"
    if own.is_file():
        return Config(str(own), _validate(own, _read(own)))
    project = folder / "pyproject.toml"
    if project.is_file():
        tool = _read(project).get("tool", {})
        table = tool.get("xlcheck") if isinstance(tool, dict) else None
        if table is not None:
            if not isinstance(table, dict):
                raise InputError(str(project), "[tool.xlcheck] must be a table")
            return Config(f"{project} [tool.xlcheck]", _validate(project, table))
    return Config(None, {})


def _read(path: Path) -> dict:
    from .load.text import read_toml, read_utf8

    return read_toml(path, read_utf8(path))


def _validate(path: Path, table: dict) -> dict:
    name = str(path)
    values = {}
    for key, value in table.items():
        key = key.replace("-", "_")
        if key not in DEFAULTS:
            raise InputError(name, f"unknown key {key!r} (known: {', '.join(DEFAULTS)})")
        values[key] = value
    checks = {
        "paths": lambda v: isinstance(v, list) and all(isinstance(p, str) for p in v),
        "source_lang": lambda v: v in ("zh", "ja"),
        "target_lang": lambda v: v in ("zh", "ja"),
        "doc_date": lambda v: isinstance(v, date),
        "fail_on": lambda v: v in FAIL_ON,
        "rules_dir": lambda v: isinstance(v, str),
        "encoding": lambda v: isinstance(v, str),
        "baseline": lambda v: isinstance(v, str),
        "ui_lang": lambda v: v in UI_LANGS,
        "include": lambda v: isinstance(v, list) and all(isinstance(g, str) for g in v),
        "exclude": lambda v: isinstance(v, list) and all(isinstance(g, str) for g in v),
        "severity": lambda v: isinstance(v, dict) and all(s in SEVERITIES for s in v.values()),
        "scheduler": lambda v: isinstance(v, str) and "://" in v,
    }
    for key, value in values.items():
        if not checks[key](value):
            raise InputError(name, f"invalid value for {key}: {value!r}")
    # paths named in the configuration stay in the project (a pull request may edit it)
    named = [("paths", p) for p in values.get("paths", [])] + [
        (key, values[key]) for key in ("rules_dir", "baseline") if key in values
    ]
    for key, value in named:
        contained(path.parent, value, name, key, where="the project folder")
    for code in values.get("severity", {}):
        problem = unknown_code_problem(code, "[severity]")
        if problem:
            raise InputError(name, problem)
    return values


# What a key is when neither the configuration nor the command line sets it: the value in
# effect (None: none), and why.
DEFAULT_MEANING = {
    "paths": ([], "every pair under ./corpora"),
    "source_lang": ("zh", "unless a corpus's meta.toml or the file declares its languages"),
    "target_lang": ("ja", "unless a corpus's meta.toml or the file declares its languages"),
    "doc_date": (None, "each corpus's meta.toml date, else the years the text mentions"),
    "fail_on": ("error", ""),
    "encoding": (None, "UTF-8, a BOM, or GB18030, Big5, Shift_JIS, EUC-JP detected"),
    "baseline": (None, "no baseline"),
    "include": ([], "every page of a documentation tree"),
    "exclude": ([], "nothing left out"),
    "scheduler": (None, "worker processes on this machine (--jobs)"),
}
WIDTH = 34  # where the origin comments start


def describe(config: Config, command_line: dict) -> str:
    """Every key's value in effect, as TOML, each with its origin: the default, the
    configuration file, or the command line (a default value that means 'none' is a
    comment saying what happens instead)."""
    from .i18n import default_ui_lang

    lines = [
        "# xlcheck's configuration in effect; each key says where its value comes from:",
        f"# default, {config.source or 'xlcheck.toml (none found)'}, or the command line",
    ]
    for key in DEFAULTS:
        if key == "severity":
            continue
        if command_line.get(key) not in (None, (), []):
            value, origin = command_line[key], "command line"
        elif key in config.values:
            value, origin = config.values[key], config.source
        else:
            value, meaning = DEFAULT_MEANING.get(key, (DEFAULTS[key], ""))
            if key == "rules_dir":
                value, meaning = ("rules", "./rules exists") if Path("rules").is_dir() else (
                    None, "the rules bundled with xlcheck (no ./rules folder)")  # fmt: skip
            if key == "ui_lang":
                value, meaning = default_ui_lang(), "from the locale"
            origin = f"default: {meaning}" if meaning else "default"
        if value is None:
            lines.append(f"# {key} = (none)".ljust(WIDTH) + f"  # {origin}")
        else:
            lines.append(f"{key} = {_toml_value(value)}".ljust(WIDTH) + f"  # {origin}")
    lines += ["", "[severity]  # every rule's severity"]
    lines += _severities(config, command_line.get("rules_dir") or config.get("rules_dir"))
    return "\n".join(lines) + "\n"


def _severities(config: Config, rules_dir: str | None) -> list[str]:
    from .rules import RULES, severity_of
    from .run import Run

    checking = Run.load(rules_dir)
    shipped = checking.folder / "severity.toml"
    lines = []
    levels = {rule.code: severity_of(rule, checking.rules) for rule in RULES}
    for rule in RULES:
        if rule.code in config.get("severity"):
            level, origin = config.get("severity")[rule.code], config.source
        else:
            level, origin = levels[rule.code], f"default: {shipped}"
        lines.append(f'{rule.code} = "{level}"'.ljust(WIDTH) + f"  # {origin}")
    return lines


def _toml_value(value) -> str:
    if isinstance(value, list | tuple):
        return "[" + ", ".join(f'"{item}"' for item in value) + "]"
    if isinstance(value, date):
        return value.isoformat()
    return f'"{value}"'
