"""JSON report: the contract other tools read (extended, never broken)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from .. import __version__
from ..pipeline import PairResult
from . import RunInfo, severity_counts, signature


def report_dict(results: Sequence[PairResult], info: RunInfo) -> dict:
    return {
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
                "findings": [finding.to_json() for finding in result.findings],
                # names matched across the sides and how (for a segment file: in the
                # units with findings)
                "matches": [link.to_json() for link in result.links],
            }
            for result in results
        ],
    }


def render(results: Sequence[PairResult], info: RunInfo) -> str:
    return (
        json.dumps(report_dict(results, info), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    )
