"""Numbers and dates rendered by generators we did not write, compared across a pair.

A random value is written on each side by an independent renderer (ICU's CLDR spellout
and date patterns for zh, zh_Hant and ja through icu4py; cn2an; kanjize; OpenCC's
traditional conversion of every Chinese rendering; full-width and spaced forms). The
faithful pair must give no number or date finding; the same pair with the translation's
value changed must give the mismatch rule.
"""

from __future__ import annotations

import datetime
from functools import cache

import cn2an
import kanjize
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tests.conftest import check_strings

FULL = str.maketrans("0123456789.", "０１２３４５６７８９．")
ORACLE = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@cache
def _icu(pattern: str, locale: str):
    from icu4py.locale import Locale
    from icu4py.messageformat import MessageFormat

    return MessageFormat(pattern, Locale(locale))


def icu_spellout(value: int, locale: str) -> str:
    return _icu("{n, spellout}", locale).format({"n": value})


def icu_date(day: datetime.date, locale: str) -> str:
    moment = datetime.datetime(day.year, day.month, day.day)
    return _icu("{d, date, long}", locale).format({"d": moment})


@cache
def _traditional():
    import opencc

    return opencc.OpenCC("s2t")


def _number_findings(zh: str, ja: str) -> list[str]:
    return sorted(f.rule for f in check_strings(zh, ja) if f.kind in ("number", "date"))


# How the source writes a count, and how the translation does.
CHINESE_COUNTS = {
    "icu-zh": lambda n: icu_spellout(n, "zh"),
    "icu-zh-hant": lambda n: icu_spellout(n, "zh_Hant"),
    "cn2an": lambda n: cn2an.an2cn(n),
    "cn2an-financial": lambda n: cn2an.an2cn(n, "up"),
    "arabic": str,
    "separators": lambda n: f"{n:,}",
    "fullwidth": lambda n: str(n).translate(FULL),
    "traditional-cn2an": lambda n: _traditional().convert(cn2an.an2cn(n)),
}
JAPANESE_COUNTS = {
    "icu-ja": lambda n: icu_spellout(n, "ja"),
    "kanjize": lambda n: kanjize.number2kanji(n),
    "arabic": str,
    "separators": lambda n: f"{n:,}",
    "fullwidth": lambda n: str(n).translate(FULL),
}
counts = st.integers(min_value=2, max_value=999_999_999)


@pytest.mark.parametrize("zh_form", sorted(CHINESE_COUNTS))
@pytest.mark.parametrize("ja_form", sorted(JAPANESE_COUNTS))
@ORACLE
@given(value=counts, other=counts)
def test_a_count_in_any_notation(zh_form, ja_form, value, other):
    assume(other != value)
    zh = f"会场里有{CHINESE_COUNTS[zh_form](value)}个人。"
    ja = "会場には{}人いる。"
    assert _number_findings(zh, ja.format(JAPANESE_COUNTS[ja_form](value))) == []
    # (the source's figure rounded at a scale word, 14,120,000 as 1400万, is approximated:
    # compare/relations.py _bare_rounding)
    expected = ["XL102"] if _rounded_at_a_scale(value, other) else ["XL101"]
    assert _number_findings(zh, ja.format(JAPANESE_COUNTS[ja_form](other))) == expected


def _rounded_at_a_scale(value: int, other: int) -> bool:
    """Whether `other` is `value` (three significant digits or more) rounded to one or two
    at ten thousand or above, as news rounds at 万 or 億."""
    significant = len(str(other).rstrip("0"))
    step = 10 ** (len(str(other)) - significant)
    if other < 10000 or other % 10000 or significant > 2:
        return False
    return len(str(value).rstrip("0")) >= 3 and abs(value - other) * 2 <= step


# How the source writes a date, and how the translation does.
CHINESE_DATES = {
    "icu-zh": lambda d: icu_date(d, "zh"),
    "icu-zh-hant": lambda d: icu_date(d, "zh_Hant"),
    "cn2an-year": lambda d: cn2an.transform(f"{d.year}年{d.month}月{d.day}日", "an2cn"),
    "cn2an-year-traditional": lambda d: _traditional().convert(
        cn2an.transform(f"{d.year}年{d.month}月{d.day}日", "an2cn")
    ),
    "ling-year": lambda d: (
        cn2an.transform(f"{d.year}年", "an2cn").replace("零", "〇") + f"{d.month}月{d.day}日"
    ),
    # cn2an's financial digits, one per digit of the year: 贰零壹壹年
    "financial-year": lambda d: (
        "".join(cn2an.an2cn(int(c), "up") for c in str(d.year)) + f"年{d.month}月{d.day}日"
    ),
    "spaced": lambda d: f"{d.year} 年 {d.month} 月 {d.day} 日",
}
JAPANESE_DATES = {
    "icu-ja": lambda d: icu_date(d, "ja"),
    "icu-ja-era": lambda d: icu_date(d, "ja@calendar=japanese"),
    "kanjize-year": lambda d: f"{kanjize.number2kanji(d.year)}年{d.month}月{d.day}日",
    "fullwidth": lambda d: f"{d.year}年{d.month}月{d.day}日".translate(FULL),
    "iso": lambda d: d.isoformat(),
}
days = st.dates(min_value=datetime.date(1927, 1, 1), max_value=datetime.date(2099, 12, 31))


@pytest.mark.parametrize("zh_form", sorted(CHINESE_DATES))
@pytest.mark.parametrize("ja_form", sorted(JAPANESE_DATES))
@ORACLE
@given(day=days, shift=st.sampled_from([-3, -2, -1, 1, 2, 3]))
def test_a_date_in_any_notation(zh_form, ja_form, day, shift):
    moved = day.replace(year=day.year + shift) if (day.month, day.day) != (2, 29) else day
    assume(moved != day and moved >= datetime.date(1927, 1, 1))
    zh = f"会议于{CHINESE_DATES[zh_form](day)}举行。"
    ja = "会議は{}に開かれた。"
    assert _number_findings(zh, ja.format(JAPANESE_DATES[ja_form](day))) == []
    assert _number_findings(zh, ja.format(JAPANESE_DATES[ja_form](moved))) == ["XL201"]


tenths = st.integers(min_value=1, max_value=999).filter(lambda t: t % 10)


@pytest.mark.parametrize("ja_form", ["arabic", "fullwidth", "word"])
@ORACLE
@given(tenth=tenths, other=tenths)
def test_a_spelled_out_percentage(ja_form, tenth, other):
    assume(other != tenth)
    zh = f"增长了百分之{cn2an.an2cn(str(tenth / 10))}。"

    def ja(value: int) -> str:
        number = str(value / 10)
        if ja_form == "fullwidth":
            return f"{number.translate(FULL)}％増加した。"
        return f"{number}{'パーセント' if ja_form == 'word' else '%'}増加した。"

    assert _number_findings(zh, ja(tenth)) == []
    assert _number_findings(_traditional().convert(zh), ja(tenth)) == []
    assert _number_findings(zh, ja(other)) == ["XL101"]
