"""Telephone numbers in prose (fresh39): 0120-345-687 was read as a range of 120 to 345,
so a changed number went silent. A number in hyphenated groups that opens on a 0, a + and
a country code, an area code in brackets, or a Chinese mobile or service line is an
identifier compared digit for digit (extract/technical.py `_TELEPHONE`): changed in
place, it is reported; written with other separators, it is the same number."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import check_strings, facts_of

CHANGED = "XL511"


def _identifiers(text: str, lang: str) -> list[tuple[str, str]]:
    return [(f.text, f.value.key) for f in facts_of(text, lang) if f.kind == "identifier"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("请拨打免费电话0120-345-687。", "zh", [("0120-345-687", "0120345687")]),
        ("03-1234-5678にお電話ください。", "ja", [("03-1234-5678", "0312345678")]),
        ("国外からは+81-3-1234-5678へ。", "ja", [("+81-3-1234-5678", "81312345678")]),
        ("电话：(03) 1234-5678", "zh", [("(03) 1234-5678", "0312345678")]),
        ("请致电138-1234-5678。", "zh", [("138-1234-5678", "13812345678")]),
        ("客服热线400-123-4567。", "zh", [("400-123-4567", "4001234567")]),
        ("北京010-12345678。", "zh", [("010-12345678", "01012345678")]),
        ("携帯は090-1234-5678です。", "ja", [("090-1234-5678", "09012345678")]),
    ],
)
def test_a_telephone_number_is_one_identifier(text, lang, expected):
    assert _identifiers(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("会议定于2024-05-06召开。", "zh"),  # an ISO date
        ("比分是0-2。", "zh"),  # a score
        ("尺寸有400 500 600三种。", "zh"),  # sizes listed with spaces
        ("营业时间9:00-17:00。", "zh"),
        ("ISBN 978-4-06-512345-6", "ja"),
        ("5-10人が参加した。", "ja"),  # a range
        ("v1.2.3-45をリリースした。", "ja"),
    ],
)
def test_no_telephone_number_where_none_is(text, lang):
    assert _identifiers(text, lang) == []


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        pytest.param("请拨打0120-345-678。", "0120-345-678までお電話ください。", [],
                     id="same"),
        pytest.param("请拨打0120-345-687。", "0120-345-678までお電話ください。", [CHANGED],
                     id="two-digits-swapped"),
        pytest.param("请拨打03-1234-5678。", "03-1234-5687にお電話ください。", [CHANGED],
                     id="last-group-changed"),
        pytest.param("請撥打03-1234-5678。", "03-1234-5678にお電話ください。", [],
                     id="traditional"),
        pytest.param("请拨打０３-１２３４-５６７８。", "03-1234-5678にお電話ください。", [],
                     id="full-width"),
        pytest.param("请致电138-1234-5678。", "138-1234-5679までご連絡ください。", [CHANGED],
                     id="mobile-changed"),
    ],
)  # fmt: skip
def test_a_changed_telephone_number_is_reported(zh, ja, expected):
    kinds = ("identifier", "number")
    assert [f.rule for f in check_strings(zh, ja) if f.kind in kinds] == expected
    assert [f.rule for f in check_strings(ja, zh, "ja", "zh") if f.kind in kinds] == expected


@given(
    area=st.from_regex(r"0[1-9][0-9]{0,2}", fullmatch=True),
    middle=st.from_regex(r"[0-9]{3,4}", fullmatch=True),
    last=st.from_regex(r"[0-9]{4}", fullmatch=True),
)
def test_any_hyphenated_japanese_number_keeps_its_digits(area, middle, last):
    number = f"{area}-{middle}-{last}"
    assert _identifiers(f"電話番号は{number}です。", "ja") == [(number, area + middle + last)]
