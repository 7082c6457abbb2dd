"""Span helpers shared by the grammars: overlap tests and same-length blanking."""

from __future__ import annotations

from collections.abc import Iterable


def overlaps(span: tuple[int, int], blocked: Iterable[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in blocked)


def blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """`text` with the spans replaced by spaces: offsets stay valid."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)
