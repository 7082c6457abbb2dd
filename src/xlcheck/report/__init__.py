"""Report stage: one module per format behind one table.

Every reporter takes the run's results and returns the whole report as a string, so
that output is deterministic and can be written atomically.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import __version__
from ..formats import REPORT_FORMATS
from ..model import SEVERITY_ORDER, Finding
from ..pipeline import PairResult
from .places import Place, side_place
from .versions import installed_versions

if TYPE_CHECKING:
    from ..rules.data import RuleFiles

SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True)
class RunInfo:
    """What a report says about the run itself (never timestamps or absolute paths)."""

    options: dict
    rules_digest: str
    learned: tuple = ()  # terms the page pairs of a tree share (learn.LearnedTerm)
    rules: RuleFiles | None = None  # what the run checked with (None: the default rules)

    def severity(self, rule) -> str:
        """A rule's severity in the run's rules, before any finding's own."""
        from ..rules import severity_of
        from ..rules.data import default_rule_files

        return severity_of(rule, self.rules if self.rules is not None else default_rule_files())

    @property
    def fail_on(self) -> str:
        return self.options.get("fail_on", "error")


def signature(info: RunInfo) -> str:
    """Everything that affects the findings, in one line (after sacrebleu's signatures)."""
    from ..extract.zh.segmenters import chosen_implementation

    parts = [f"xlcheck:{__version__}"]
    packages = ["jieba", "rjieba", "fugashi", "unidic-lite", "opencc", "sacrebleu"]
    versions = installed_versions(packages)
    for package in packages:
        if package == "rjieba" and chosen_implementation() != "rjieba":
            parts.append("rjieba:off")  # installed or not, jieba cuts (see segmenters.py)
            continue
        parts.append(f"{package}:{versions[package] or 'none'}")
    parts.append(f"rules:{info.rules_digest}")
    return "|".join(parts)


def digest_files(contents: Sequence[bytes]) -> str:
    hasher = hashlib.sha256()
    for content in contents:
        hasher.update(hashlib.sha256(content).digest())
    return hasher.hexdigest()[:12]


def finding_location(result: PairResult, finding: Finding) -> Place:
    """Where a finding points in the translation: its target span, else the sentence
    aligned with the source's, else (a dropped sentence) the nearest translated one."""
    place = side_place(result, finding, "target") or side_place(result, finding, "source")
    return place or Place(result.pair.target.path, 1, 1, 1)


def at_or_above(finding: Finding, fail_on: str) -> bool:
    """Whether the finding fails a gate at `fail_on` (baseline and waived ones never do)."""
    return (
        finding.gating
        and fail_on != "never"
        and SEVERITY_ORDER[finding.severity] >= SEVERITY_ORDER[fail_on]
    )


def severity_counts(results: Sequence[PairResult]) -> dict[str, int]:
    counts = Counter(f.severity for r in results for f in r.findings)
    return {severity: counts.get(severity, 0) for severity in SEVERITIES}


def _text(results, info, **kwargs) -> str:
    from .text import render

    return render(results, info, **kwargs)


def _json(results, info, **kwargs) -> str:
    from .json import render

    return render(results, info)


def _html(results, info, **kwargs) -> str:
    from .html import render

    return render(results, info, **kwargs)


def _junit(results, info, **kwargs) -> str:
    from .junit import render

    return render(results, info)


def _sarif(results, info, **kwargs) -> str:
    from .sarif import render

    return render(results, info)


def _github(results, info, **kwargs) -> str:
    from .github import render

    return render(results, info)


FORMATS: dict[str, Callable[..., str]] = dict(
    zip(REPORT_FORMATS, (_text, _json, _html, _junit, _sarif, _github), strict=True)
)
# Where a format goes when no -o is given (None: standard output).
DEFAULT_FILES: dict[str, str | None] = {name: None for name in FORMATS} | {
    "html": "xlcheck-report.html"
}


def render(fmt: str, results: Sequence[PairResult], info: RunInfo, **kwargs) -> str:
    return FORMATS[fmt](results, info, **kwargs)
