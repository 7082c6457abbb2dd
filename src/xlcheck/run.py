"""The run context: one rules folder's data (severities, glossary, vocabulary) and the
languages built over it, as one value.

The CLI and the library API (`xlcheck.check`) make a `Run` and pass it down: every
stage takes it (or the part of its rules it needs) as a parameter. Only a task of a
worker pool is given none: the pool enters the run (`using`; a worker process `enter`s
the run it is sent) and the task reads it with `current()`. The value lives in a
context variable, not in a module global, so two runs with different rules folders can
coexist in one process (one after the other, side by side, or in threads).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .extract.language import Language
    from .rules.data import RuleFiles


@dataclass(frozen=True, eq=False)
class Run:
    """What one run checks with: the rule data and the severity overrides it came from."""

    rules: RuleFiles
    chosen_dir: str | None = None  # the folder asked for (None: the default search)
    severity: tuple[tuple[str, str], ...] = ()  # per-rule overrides from the configuration
    languages: dict = field(default_factory=dict, repr=False)  # code -> Language, built once

    @classmethod
    def load(cls, rules_dir: str | Path | None = None, severity: dict | None = None) -> Run:
        """Read and check a rules folder (None: ./rules when it holds a severity.toml, else
        the bundled rules); `severity` maps rule codes to levels over severity.toml."""
        from .rules.data import default_rules_dir, read_rule_files

        folder = Path(rules_dir) if rules_dir is not None else default_rules_dir()
        overrides = dict(severity or {})
        chosen = None if rules_dir is None else str(rules_dir)
        from .regexes import keep

        files = read_rule_files(folder, overrides)
        keep()  # the patterns the rules compiled, for the next run
        return cls(files, chosen, tuple(sorted(overrides.items())))

    @property
    def folder(self) -> Path:
        return self.rules.folder

    def language(self, code: str) -> Language:
        """The language `code` over this run's rule data (built on first use)."""
        found = self.languages.get(code)
        if found is None:  # the import only here: this is asked for every segment
            from .extract.language import make_language
            from .regexes import keep

            found = self.languages[code] = make_language(code, self.rules)
            keep()
        return found

    def state(self) -> tuple[str | None, dict[str, str]]:
        """What a spawned worker needs to load the same run."""
        return self.chosen_dir, dict(self.severity)


_CURRENT: ContextVar[Run | None] = ContextVar("xlcheck_run", default=None)


@contextmanager
def using(run: Run) -> Iterator[Run]:
    """Make `run` the current run inside the block."""
    token = _CURRENT.set(run)
    try:
        yield run
    finally:
        _CURRENT.reset(token)


def enter(run: Run) -> None:
    """Make `run` current for the rest of this context (a worker process's initializer)."""
    _CURRENT.set(run)


def current() -> Run:
    """The run being made; outside one, the default rules folder's (read once per folder)."""
    run = _CURRENT.get()
    if run is not None:
        return run
    from .rules.data import default_rules_dir

    return default_run(default_rules_dir().resolve())


@cache
def default_run(folder: Path) -> Run:
    """The run over a default rules folder with no overrides, read once per process."""
    from .rules.data import read_rule_files

    return Run(read_rule_files(folder, {}))
