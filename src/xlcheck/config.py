"""Project configuration: `xlcheck.toml`, or `[tool.xlcheck]` in pyproject.toml.

Command-line options override it. `xlcheck config` prints the effective result.
"""

from __future__ import annotations

import tomllib
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
    from .load.text import read_utf8

    try:
        return tomllib.loads(read_utf8(path))
    except tomllib.TOMLDecodeError as error:
        raise InputError(str(path), f"invalid TOML: {error}") from None


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


def describe(config: Config, effective: dict) -> str:
    """The effective configuration as TOML, with where it came from."""
    lines = [f"# from {config.source or 'built-in defaults'}; command-line options override"]
    for key in DEFAULTS:
        value = effective.get(key, config.get(key))
        if key == "severity":
            continue
        if value is None:
            lines.append(f"# {key} is not set")
            continue
        lines.append(f"{key} = {_toml_value(value)}")
    lines.append("")
    lines.append("[severity]")
    for code, level in sorted(effective.get("severity", config.get("severity")).items()):
        lines.append(f'{code} = "{level}"')
    return "\n".join(lines) + "\n"


def _toml_value(value) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(f'"{item}"' for item in value) + "]"
    if isinstance(value, date):
        return value.isoformat()
    return f'"{value}"'
