"""Fingerprints, baselines and waivers: which findings are new.

A fingerprint names a finding by what it is about, not where it is: the rule, the
document, the facts (text and normalised value) and the text of the sentences they stand
in. Edits elsewhere in the file (an added paragraph, a fixed typo in another sentence)
leave it unchanged, so a baseline keeps matching.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import InputError
from ..model import DocumentPair, Finding
from .registry import RETIRED, RULES_BY_CODE
from .schema import TABLES, VALUE, Key, Problem, read_checked, refuse, word

BASELINE_VERSION = 1


def fingerprint(pair: DocumentPair, finding: Finding) -> str:
    parts = [finding.rule, pair.id]
    for document, fact in ((pair.source, finding.source), (pair.target, finding.target)):
        if fact is None:
            parts.append("-")
            continue
        sentence = next(seg.text for seg in document.located_segments() if seg.id == fact.segment)
        parts += [fact.text, json.dumps(fact.value.to_json(), sort_keys=True), sentence]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]


def with_fingerprints(pair: DocumentPair, findings: Sequence[Finding]) -> list[Finding]:
    return [replace(f, fingerprint=fingerprint(pair, f)) for f in findings]


@dataclass(frozen=True)
class Waiver:
    """A reviewer's acceptance of a finding, by fingerprint or by what it is about."""

    reason: str
    fingerprint: str | None = None
    rule: str | None = None
    document: str | None = None
    source: str | None = None
    target: str | None = None

    def covers(self, document: str, finding: Finding) -> bool:
        if self.fingerprint is not None:
            return self.fingerprint == finding.fingerprint
        checks = (
            (self.rule, finding.rule),
            (self.document, document),
            (self.source, finding.source.text if finding.source else None),
            (self.target, finding.target.text if finding.target else None),
        )
        return all(wanted is None or wanted == actual for wanted, actual in checks)


FINDING_KEYS = ("fingerprint", "rule", "document", "source", "target")


def _reason(value) -> str | None:
    fine = isinstance(value, str) and value.strip()
    return None if fine else "must say why the finding is accepted"


def _rule_code(value) -> str | None:
    if not isinstance(value, str):
        return "must be a rule code such as XL301"
    if value in RETIRED:
        return f"{value} is retired ({RETIRED[value]}): the waiver can match nothing"
    if value not in RULES_BY_CODE:
        return f"{value!r} is no rule code; known codes: {', '.join(RULES_BY_CODE)}"
    return None


def _names_a_finding(waiver: dict) -> str | None:
    if any(key in waiver for key in FINDING_KEYS):
        return None
    return "names no finding (give a fingerprint, or a rule, document, source or target)"


# rules/waivers.toml: [[waiver]] tables with a reason and what they are about.
WAIVERS = {
    "waiver": Key(
        TABLES,
        _names_a_finding,
        required=False,
        keys={
            "reason": Key(VALUE, _reason),
            "fingerprint": Key(VALUE, word, required=False),
            "rule": Key(VALUE, _rule_code, required=False),
            "document": Key(VALUE, word, required=False),
            "source": Key(VALUE, word, required=False),
            "target": Key(VALUE, word, required=False),
        },
    )
}


def waiver_problems(path: Path) -> list[Problem]:
    """Every problem of a waivers.toml, each with its line (none when there is none)."""
    if not path.exists() and not path.is_symlink():
        return []
    return read_checked(path, WAIVERS)[1]


def read_waivers(path: Path) -> tuple[Waiver, ...]:
    """rules/waivers.toml: [[waiver]] tables with a reason and a fingerprint, or a rule,
    document, source and/or target text."""
    if not path.exists() and not path.is_symlink():
        return ()
    data, problems = read_checked(path, WAIVERS)
    refuse(problems)
    return tuple(
        Waiver(**{k: entry.get(k) for k in ("reason", *FINDING_KEYS)})
        for entry in data.get("waiver", [])
    )


def apply_waivers(document: str, findings: Sequence[Finding], waivers) -> list[Finding]:
    waived = []
    for finding in findings:
        waiver = next((w for w in waivers if w.covers(document, finding)), None)
        if waiver is not None:
            finding = replace(finding, status="waived", reason=waiver.reason)
        waived.append(finding)
    return waived


def read_baseline(path: Path) -> frozenset[str]:
    from ..load.text import read_utf8

    try:
        data = json.loads(read_utf8(path))
        if data.get("version") != BASELINE_VERSION:
            raise InputError(str(path), f"baseline version {data.get('version')!r} is not 1")
        return frozenset(entry["fingerprint"] for entry in data["findings"])
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except (json.JSONDecodeError, KeyError, TypeError, AttributeError, RecursionError):
        raise InputError(str(path), "not an xlcheck baseline (JSON with findings)") from None


def apply_baseline(findings: Sequence[Finding], known: frozenset[str]) -> list[Finding]:
    return [
        replace(f, status="baseline") if f.status == "new" and f.fingerprint in known else f
        for f in findings
    ]


def baseline_json(results) -> str:
    entries = sorted(
        (
            {
                "fingerprint": f.fingerprint,
                "rule": f.rule,
                "document": r.pair.id,
                "message": f.message,
            }
            for r in results
            for f in r.findings
        ),
        key=lambda entry: (entry["document"], entry["fingerprint"]),
    )
    document = {"version": BASELINE_VERSION, "tool": "xlcheck", "findings": entries}
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
