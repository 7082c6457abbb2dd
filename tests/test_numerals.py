"""The numeral parser: tables of real forms, and round trips of random values."""

from fractions import Fraction

import cn2an
import kanjize
import pytest
from hypothesis import given
from hypothesis import strategies as st

from xlcheck.extract.numerals import (
    TABLE_FILE,
    NumeralError,
    numeral_chars,
    parse_numeral,
    read_numeral_table,
)

PARSES = [
    ("6131", 6131),
    ("1,000", 1000),
    ("0.5", Fraction(1, 2)),
    ("六千一百三十一", 6131),
    ("六千百三十一", 6131),
    ("千九百三十九", 1939),
    ("二〇一六", 2016),
    ("一九三九", 1939),
    ("十", 10),
    ("十二", 12),
    ("二十", 20),
    ("一百零三", 103),
    ("一千零一", 1001),
    ("三千零五十万", 30_500_000),
    ("五百万零三", 5_000_003),
    ("两万五千", 25_000),
    ("兩百", 200),
    ("壹仟贰佰", 1200),
    ("1.2万", 12_000),
    ("2万5千", 25_000),
    ("12万3456", 123_456),
    ("23亿", 2_300_000_000),
    ("4.5億", 450_000_000),
    ("一億二千万", 120_000_000),
    ("一万亿", 10**12),
    ("十二万三千四百五十六亿", 12_345_600_000_000),
    ("1000万", 10_000_000),
    ("百", 100),
    ("千", 1000),
    ("零", 0),
]


@pytest.mark.parametrize(("text", "value"), PARSES, ids=[p[0] for p in PARSES])
def test_parses(text, value):
    assert parse_numeral(text.replace(",", "")) == value


COLLOQUIAL = [("一万二", 12_000, 10_002), ("三千五", 3500, 3005), ("千百一", 1110, 1101)]


@pytest.mark.parametrize(
    ("text", "chinese", "japanese"), COLLOQUIAL, ids=[c[0] for c in COLLOQUIAL]
)
def test_trailing_digit_is_read_per_language(text, chinese, japanese):
    assert parse_numeral(text, colloquial=True) == chinese
    assert parse_numeral(text, colloquial=False) == japanese


@pytest.mark.parametrize("text", ["", "万", "十十", "万五", "百十百", "1 2", "12三"])
def test_rejects(text):
    with pytest.raises(NumeralError):
        parse_numeral(text)


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_chinese_numerals_round_trip(n):
    assert parse_numeral(cn2an.an2cn(n), colloquial=True) == n


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_japanese_kanji_numerals_round_trip(n):
    # kanjize writes Japanese style: no 一 before 千/百/十, 億 and 万 groups
    assert parse_numeral(kanjize.number2kanji(n)) == n


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_grouped_arabic_round_trip(n):
    # 1234億5678万9012 — digits grouped by 億 and 万, as newspapers write large figures
    oku, rest = divmod(n, 10**8)
    man, units = divmod(rest, 10**4)
    text = (f"{oku}億" if oku else "") + (f"{man}万" if man else "") + (str(units) if units else "")
    assert parse_numeral(text or "0") == n


def test_libraries_fail_our_tables():
    """Why we parse ourselves: cn2an rejects Japanese forms, kanjize rejects Chinese ones."""
    with pytest.raises((ValueError, KeyError)):
        cn2an.cn2an("六千百三十一", "smart")
    with pytest.raises((ValueError, KeyError, TypeError)):
        kanjize.kanji2number("两万五千")


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_digit_by_digit_kanji_round_trip(n):
    # 二〇一八 — numbers written digit by digit, without 万/億 grouping (years, codes)
    assert parse_numeral("".join("〇一二三四五六七八九"[int(d)] for d in str(n))) == n


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param(
            '[digits]\n"一" = 1\n[small_units]\n"十" = 10\n', "big_units", id="no-section"
        ),
        pytest.param(
            '[digits]\n"一二" = 12\n[small_units]\n"十" = 10\n[big_units]\n"万" = 10000\n',
            "no numeral",
            id="two-characters",
        ),
        pytest.param(
            '[digits]\n"一" = "1"\n[small_units]\n"十" = 10\n[big_units]\n"万" = 10000\n',
            "no numeral",
            id="value-not-a-number",
        ),
    ],
)
def test_a_broken_numeral_table_is_named(tmp_path, text, message):
    from xlcheck.extract.numerals import read_numeral_table

    path = tmp_path / "numerals.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RuntimeError, match=message):
        read_numeral_table(path)


def test_the_numeral_table_holds_every_digit_in_every_script():
    from xlcheck.extract.numerals import DIGITS, TABLE_FILE, read_numeral_table

    assert sorted(set(DIGITS.values())) == list(range(10))
    assert read_numeral_table(TABLE_FILE)["digits"] == DIGITS
    # the financial and traditional forms read like the everyday ones
    assert parse_numeral("贰仟零壹拾捌") == parse_numeral("二千零一十八") == 2018
    assert parse_numeral("參萬") == parse_numeral("三万") == 30000


# The grammars' character classes come from the table's forms of writing numerals.
CLASSES = [
    pytest.param(("everyday",), range(1, 10), "一二三四五六七八九", id="everyday-digits"),
    pytest.param(("everyday",), range(1, 11), "一二三四五六七八九十", id="day-and-month"),
    pytest.param(("everyday", "financial"), (1, 2), "一壹二贰", id="one-two-both-forms"),
    pytest.param(("everyday", "counting"), (2,), "二两", id="two-with-liang"),
    pytest.param(("financial",), (10, 100, 1000), "拾佰仟", id="financial-units"),
    pytest.param(("everyday",), (0,), "〇零", id="zeros-without-circle"),
]


@pytest.mark.parametrize(("forms", "values", "chars"), CLASSES)
def test_numeral_classes_come_from_the_table(forms, values, chars):
    assert numeral_chars(forms, values) == chars


def test_a_form_of_characters_that_are_no_numerals_is_a_broken_table(tmp_path):
    path = tmp_path / "numerals.toml"
    table = TABLE_FILE.read_text(encoding="utf-8").replace('counting = "两"', 'counting = "两x"')
    path.write_text(table, encoding="utf-8")
    with pytest.raises(RuntimeError, match="counting must be numeral characters"):
        read_numeral_table(path)
