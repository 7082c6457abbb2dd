"""Invisible format characters (Cf) inside figures, names and dates: extraction reads
through them, and the facts still point into the text as written."""

from __future__ import annotations

import sys
import unicodedata

import pytest

from tests.conftest import check_strings
from xlcheck.extract.invisible import FORMAT_CHARACTERS

ZWSP, WJ, SHY, BOM = "\u200b", "\u2060", "\u00ad", "\ufeff"


def test_the_class_is_unicodes_format_characters():
    """Every Cf character of this Python's Unicode is matched; nothing else that is
    assigned here (a newer Unicode may add format characters this Python calls Cn)."""
    wrong = [
        hex(code)
        for code in range(sys.maxunicode + 1)
        if bool(FORMAT_CHARACTERS.match(chr(code))) != (unicodedata.category(chr(code)) == "Cf")
        and unicodedata.category(chr(code)) != "Cn"
    ]
    assert wrong == []


# (source, target, the rules expected: the same as without the invisible characters)
CASES = [
    ("有6131家公司。", f"6{ZWSP}131社がある。", set()),
    ("有6131家公司。", f"6{WJ}000社以上がある。", {"XL102"}),
    ("有6131家公司。", f"7{SHY}131社がある。", {"XL101"}),
    (f"有61{ZWSP}31家公司。", "6131社がある。", set()),
    ("2016年2月3日发布。", f"2016年2{ZWSP}月3日に発表。", set()),
    ("2016年2月3日发布。", f"2017{BOM}年2月3日に発表。", {"XL201"}),
    ("价格是一美分。", f"価格は1{ZWSP}円だ。", {"XL401"}),
    (f"朝阳{ZWSP}区发布了通知。", "ある地区が通知を発表した。", {"XL302"}),
    ("他有两个孩子。", f"彼には子供が{WJ}2人いる。", set()),
]
CASE_IDS = [
    "zwsp-in-faithful-figure",
    "word-joiner-in-rounded-figure",
    "soft-hyphen-in-changed-figure",
    "zwsp-in-source-figure",
    "zwsp-in-date",
    "bom-in-shifted-year",
    "zwsp-before-currency",
    "zwsp-inside-district-name",
    "word-joiner-before-count",
]


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    CASES,
    ids=CASE_IDS,
)
def test_findings_read_through_format_characters(source, target, expected):
    plain = check_strings(source.translate(_DROP), target.translate(_DROP))
    findings = check_strings(source, target)
    assert {f.rule for f in findings} == expected
    assert [(f.rule, f.relation, f.severity) for f in findings] == [
        (f.rule, f.relation, f.severity) for f in plain
    ]


_DROP = dict.fromkeys(map(ord, (ZWSP, WJ, SHY, BOM)))


@pytest.mark.parametrize(
    ("target", "span"),
    [
        (f"6{ZWSP}000社以上がある。", f"6{ZWSP}000社以上"),
        (f"{BOM}7{SHY}131社がある。", f"7{SHY}131社"),
    ],
    ids=["zwsp-inside-the-span", "bom-before-the-span"],
)
def test_a_fact_points_into_the_text_as_written(target, span):
    (finding,) = check_strings("有6131家公司。", target)
    fact = finding.target
    assert fact.text == span
    assert target[fact.start : fact.end] == span
