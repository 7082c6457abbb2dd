"""JUnit XML: a test suite per document; a failing test case per finding at or above
--fail-on, and one passing case per document saying what was checked."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence

from ..pipeline import PairResult
from . import RunInfo, at_or_above, finding_location


def render(results: Sequence[PairResult], info: RunInfo) -> str:
    suites = ET.Element("testsuites", name="xlcheck")
    total_tests = total_failures = 0
    for result in results:
        failing = [f for f in result.findings if at_or_above(f, info.fail_on)]
        suite = ET.SubElement(
            suites,
            "testsuite",
            name=result.pair.id,
            tests=str(len(failing) + 1),
            failures=str(len(failing)),
            errors="0",
            skipped="0",
        )
        checked = ET.SubElement(
            suite,
            "testcase",
            classname=f"xlcheck.{result.pair.id}",
            name=f"{result.segments} source segments checked",
        )
        ET.SubElement(
            checked, "system-out"
        ).text = f"{len(result.findings)} findings, {len(failing)} at or above {info.fail_on}"
        for finding in failing:
            where = finding_location(result, finding)
            case = ET.SubElement(
                suite,
                "testcase",
                classname=f"xlcheck.{result.pair.id}",
                name=f"{finding.rule} {where.path}:{where.line}:{where.start_column}",
                file=where.path,
                line=str(where.line),
            )
            failure = ET.SubElement(
                case, "failure", message=finding.message, type=f"{finding.rule} {finding.severity}"
            )
            failure.text = (
                f"{finding.severity} {finding.rule} {finding.kind}/{finding.relation}\n"
                f"{finding.message}\n"
                + "".join(
                    f"{side}: {fact.text} ({fact.segment})\n"
                    for side, fact in (("source", finding.source), ("target", finding.target))
                    if fact is not None
                )
            )
        total_tests += len(failing) + 1
        total_failures += len(failing)
    suites.set("tests", str(total_tests))
    suites.set("failures", str(total_failures))
    ET.indent(suites)
    document = ET.tostring(suites, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + _NOT_XML.sub("\ufffd", document) + "\n"


# Characters XML 1.0 cannot hold even escaped (C0 controls but tab and line ends,
# surrogates, U+FFFE/U+FFFF): ElementTree writes them as they are, which no parser reads.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
