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

BASELINE_VERSION = 1


def fingerprint(pair: DocumentPair, finding: Finding) -> str:
    parts = [finding.rule, pair.id]
    for document, fact in ((pair.source, finding.source), (pair.target, finding.target)):
        if fact is None:
            parts.append("-")
            continue
        sentence = next(seg.text for seg in document.segments if seg.id == fact.segment)
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


def read_waivers(path: Path) -> tuple[Waiver, ...]:
    """rules/waivers.toml: [[waiver]] tables with a reason and a fingerprint, or a rule,
    document, source and/or target text."""
    from ..load.text import read_rule_text, read_toml

    if not path.exists() and not path.is_symlink():
        return ()
    data = read_toml(path, read_rule_text(path))
    waivers = []
    for number, entry in enumerate(data.get("waiver", []), start=1):
        if not isinstance(entry, dict) or not str(entry.get("reason", "")).strip():
            raise InputError(str(path), f"waiver {number} needs a reason")
        keys = ("fingerprint", "rule", "document", "source", "target")
        if not any(entry.get(key) for key in keys):
            raise InputError(str(path), f"waiver {number} names no finding")
        unknown = set(entry) - {"reason", *keys}
        if unknown:
            raise InputError(str(path), f"waiver {number}: unknown key {sorted(unknown)[0]!r}")
        waivers.append(Waiver(**{k: entry.get(k) for k in ("reason", *keys)}))
    return tuple(waivers)


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
