"""GitHub Actions workflow commands: one annotation per finding, in the translation file."""

from __future__ import annotations

from collections.abc import Sequence

from ..pipeline import PairResult
from . import RunInfo, finding_location
from .places import finding_places

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render(results: Sequence[PairResult], info: RunInfo) -> str:
    lines = []
    for result in results:
        for finding in result.findings:
            if not finding.gating:
                continue  # baseline and waived findings are not news in a pull request
            where = finding_location(result, finding)
            places = finding_places(result, finding)
            other = places["source"] if where.path == result.pair.target.path else places["target"]
            message = finding.message
            if other is not None:
                label = "source" if other is places["source"] else "translation"
                message += f" ({label}: {other.path}:{other.line}:{other.start_column})"
            properties = ",".join(
                (
                    f"file={_property(where.path)}",
                    f"line={where.line}",
                    f"col={where.start_column}",
                    f"endColumn={where.end_column}",
                    f"title={_property(f'{finding.rule} {finding.kind}/{finding.relation}')}",
                )
            )
            lines.append(f"::{COMMANDS[finding.severity]} {properties}::{_data(message)}")
    return "".join(line + "\n" for line in lines)
