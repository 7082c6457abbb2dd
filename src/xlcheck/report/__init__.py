"""Report stage: one module per format behind one table.

Every reporter takes the run's results and returns the whole report as a string, so
that output is deterministic and can be written atomically.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import metadata

from .. import __version__
from ..pipeline import PairResult

SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True)
class RunInfo:
    """What a report says about the run itself (never timestamps or absolute paths)."""

    options: dict
    rules_digest: str


def signature(info: RunInfo) -> str:
    """Everything that affects the findings, in one line (after sacrebleu's signatures)."""
    parts = [f"xlcheck:{__version__}"]
    for package in ("jieba", "fugashi", "unidic-lite", "opencc", "sacrebleu"):
        try:
            parts.append(f"{package}:{metadata.version(package)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{package}:none")
    parts.append(f"rules:{info.rules_digest}")
    return "|".join(parts)


def digest_files(contents: Sequence[bytes]) -> str:
    hasher = hashlib.sha256()
    for content in contents:
        hasher.update(hashlib.sha256(content).digest())
    return hasher.hexdigest()[:12]


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

    return render(results, info)


FORMATS: dict[str, Callable[..., str]] = {"text": _text, "json": _json, "html": _html}
# Where a format goes when no -o is given (None: standard output).
DEFAULT_FILES: dict[str, str | None] = {"text": None, "json": None, "html": "xlcheck-report.html"}


def render(fmt: str, results: Sequence[PairResult], info: RunInfo, **kwargs) -> str:
    return FORMATS[fmt](results, info, **kwargs)
