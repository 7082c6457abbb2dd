"""Vague references that stand in for a named entity (ある地区, 某区, 有关部门).

The patterns are data, in rules/anonymization.toml, grouped by the entity type they can
replace; "any" fits every type.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import EntityValue, Fact, Segment
from ..rules.data import rule_files


def find_markers(
    source: Fact,
    scopes: Sequence[Sequence[str]],
    segments: dict[str, Segment],
    lang: str,
    used: set[tuple[str, int]],
) -> Fact | None:
    """The first unused vague reference compatible with `source`, nearest scope first."""
    by_type = rule_files().markers.get(lang, {})
    entity_type = source.value.entity_type
    patterns = [*by_type.get(entity_type, ()), *by_type.get("any", ())]
    for scope in scopes:
        for segment_id in scope:
            text = segments[segment_id].text
            hits = sorted(
                (match for pattern in patterns for match in pattern.finditer(text)),
                key=lambda match: (match.start(), -match.end()),
            )
            for match in hits:
                start = match.start()
                if (segment_id, start) in used:
                    continue
                used.add((segment_id, start))
                value = EntityValue("vague", match.group(0))
                return Fact("entity", segment_id, start, match.end(), match.group(0), value)
    return None
