"""SARIF 2.1.0: one rule entry per xlcheck rule, one result per finding, located in the
translation file with the source span as a related location."""

from __future__ import annotations

import json
from collections.abc import Sequence
from urllib.parse import quote

from .. import __version__
from ..pipeline import PairResult
from ..rules import RULES
from . import RunInfo, finding_location, signature
from .places import Place, side_place

LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def _physical(where: Place) -> dict:
    return {
        "artifactLocation": {"uri": quote(where.path)},
        "region": {
            "startLine": where.line,
            "startColumn": where.start_column,
            "endLine": where.line,
            "endColumn": max(where.end_column, where.start_column),
        },
    }


def _rule_entry(rule, info: RunInfo) -> dict:
    example = f"{rule.bad[0]} → {rule.bad[1]}"
    return {
        "id": rule.code,
        "name": "".join(part.title() for part in rule.name.split("-")),
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.explanation},
        "defaultConfiguration": {"level": LEVELS[info.severity(rule)]},
        "help": {"text": f"{rule.explanation} Example: {example}"},
        "properties": {"kind": rule.kind, "relation": rule.relation},
    }


def render(results: Sequence[PairResult], info: RunInfo) -> str:
    rule_index = {rule.code: index for index, rule in enumerate(RULES)}
    sarif_results = []
    for result in results:
        for finding in result.findings:
            entry = {
                "ruleId": finding.rule,
                "ruleIndex": rule_index[finding.rule],
                "level": LEVELS[finding.severity],
                "message": {"text": finding.message},
                "locations": [{"physicalLocation": _physical(finding_location(result, finding))}],
                "partialFingerprints": {"xlcheckFacts/v1": finding.fingerprint},
                "baselineState": "unchanged" if finding.status == "baseline" else "new",
                "properties": {
                    "kind": finding.kind,
                    "relation": finding.relation,
                    "document": result.pair.id,
                },
            }
            if finding.status == "waived":
                entry["suppressions"] = [{"kind": "external", "justification": finding.reason}]
            source = side_place(result, finding, "source")
            if source is not None:
                what = finding.source.text if finding.source else "where it would be"
                entry["relatedLocations"] = [
                    {
                        "id": 1,
                        "physicalLocation": _physical(source),
                        "message": {"text": f"source: {what}"},
                    }
                ]
            sarif_results.append(entry)
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "xlcheck",
                        "version": __version__,
                        "rules": [_rule_entry(rule, info) for rule in RULES],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "properties": {"signature": signature(info)},
                "results": sarif_results,
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
