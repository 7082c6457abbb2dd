"""JSON report: the contract other tools read (extended, never broken)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence

from .. import __version__
from ..pipeline import PairResult
from . import RunInfo, severity_counts, signature


def report_dict(
    results: Sequence[PairResult],
    info: RunInfo,
    items: Callable[[Iterator[dict]], object] = list,
) -> dict:
    """The report; `items` makes each document's list of findings and of matches."""
    learned = {"learned_terms": [term.to_json() for term in info.learned]} if info.learned else {}
    return learned | {
        "tool": {"name": "xlcheck", "version": __version__, "signature": signature(info)},
        "summary": {
            "documents": len(results),
            "segments": sum(r.segments for r in results),
            "findings": sum(len(r.findings) for r in results),
            "by_severity": severity_counts(results),
        },
        "documents": [
            {
                "id": result.pair.id,
                "source": {"path": result.pair.source.path, "lang": result.pair.source.lang},
                "target": {"path": result.pair.target.path, "lang": result.pair.target.lang},
                "findings": items(finding.to_json() for finding in result.findings),
                # names matched across the sides and how (for a segment file: in the
                # units with findings)
                "matches": items(link.to_json() for link in result.links),
            }
            for result in results
        ],
    }


def render(results: Sequence[PairResult], info: RunInfo) -> str:
    """The report as json.dumps(report_dict(...), indent=2, sort_keys=True) writes it,
    byte for byte, but each finding and each match made and encoded in turn: the tens of
    thousands of findings of a translation memory never stand as dictionaries all at once
    (at a million units, 130 MiB less at the end of the run)."""
    lists: dict[str, Iterator[dict]] = {}

    def later(items: Iterator[dict]) -> str:
        marker = f"\x00{len(lists)}\x00"  # no text of ours holds NUL
        lists[marker] = items
        return marker

    text = _dumps(report_dict(results, info, later)) + "\n"
    places = sorted((text.index(_dumps(marker)), marker) for marker in lists)
    parts, position = [], 0
    for at, marker in places:
        line = text[text.rindex("\n", 0, at) + 1 : at]
        parts += [text[position:at], _list(lists[marker], len(line) - len(line.lstrip(" ")))]
        position = at + len(_dumps(marker))
    parts.append(text[position:])
    return "".join(parts)


def _list(items: Iterator[dict], indent: int) -> str:
    """A list as json.dumps(indent=2) writes it inside an object indented by `indent`."""
    inner = " " * (indent + 2)
    encoded = [inner + _dumps(item).replace("\n", "\n" + inner) for item in items]
    if not encoded:
        return "[]"
    return "[\n" + ",\n".join(encoded) + "\n" + " " * indent + "]"


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True)
