"""Every way a year is written, against every other (issue 12, fifth stop).

An inventory of the year forms of everyday Chinese and Japanese, by group of what they
date (a year, a part of a year, a month, a day, a span of years, a year as a bound), and a
property test: for any form on either side and any year it can write, the faithful pair
gives no number or date finding, and the year changed on either side is reported as a
changed fact (XL201, or XL101 where a form reads as a figure). Table rows hold the forms
that failed before this stop: 民国 past a hundred, 二千零十三 (a ten after 零), the year
after the day (3月5日，2013年), two-digit years (九八年, '98年, 98年に).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import check_strings, fact_findings, table_rows

OK = ""
FULL = str.maketrans("0123456789", "０１２３４５６７８９")
KANJI = "〇一二三四五六七八九"


def digit_by_digit(year: int, zero: str = "〇") -> str:
    return "".join(zero if ch == "0" else KANJI[int(ch)] for ch in str(year))


def grouped(year: int, lang: str) -> str:
    """二千零一十三 (zh) and 二千十三 (ja): a year in kanji with its units."""
    thousands, rest = divmod(year, 1000)
    hundreds, rest = divmod(rest, 100)
    tens, ones = divmod(rest, 10)
    text = ""
    if thousands:
        text = "千" if thousands == 1 and lang == "ja" else KANJI[thousands] + "千"
    if hundreds:
        text += (KANJI[hundreds] if hundreds > 1 or lang == "zh" else "") + "百"
    elif lang == "zh" and (tens or ones):
        text += "零"
    if tens:
        text += (KANJI[tens] if tens > 1 or lang == "zh" else "") + "十"
    if ones:
        text += KANJI[ones]
    return text


def era(year: int) -> str | None:
    for name, first, last in (("令和", 2019, 2099), ("平成", 1989, 2019), ("昭和", 1926, 1989)):
        if first <= year <= last:
            number = year - first + 1
            return f"{name}{'元' if number == 1 else number}年"
    return None


# Each form: (group, function of the year giving a sentence, or None where it cannot write
# that year). Forms of one group date the same thing and pair with each other.
ZH_FORMS = {
    "arabic": ("year", lambda y: f"他{y}年去了北京。"),
    "spaced": ("year", lambda y: f"他 {y} 年去了北京。"),
    "full-width": ("year", lambda y: f"他{str(y).translate(FULL)}年去了北京。"),
    "digits-〇": ("year", lambda y: f"他{digit_by_digit(y)}年去了北京。"),
    "digits-零": ("year", lambda y: f"他{digit_by_digit(y, '零')}年去了北京。"),
    # (二千年 alone is as often two thousand years: round thousands are read so, README)
    "grouped": ("year", lambda y: f"他{grouped(y, 'zh')}年去了北京。" if y % 1000 else None),
    "公元": ("year", lambda y: f"他公元{y}年去了北京。"),
    # (the Republic's years count from 1912: none before it, 民国-8年 is no year)
    "民国": ("year", lambda y: f"他民国{y - 1911}年去了北京。" if y > 1911 else None),
    "年初": ("early", lambda y: f"他{y}年初去了北京。"),
    "年底": ("late", lambda y: f"他{y}年底去了北京。"),
    "夏天": ("summer", lambda y: f"他{y}年夏天去了北京。"),
    "的夏天": ("summer", lambda y: f"他{y}年的夏天去了北京。"),
    "从…起": ("since", lambda y: f"他从{y}年起住在北京。"),
    "自…以来": ("since", lambda y: f"他自{y}年以来住在北京。"),
    "到": ("until", lambda y: f"他在北京住到{y}年。"),
    "年度": ("fiscal", lambda y: f"{y}年度的预算增加了。"),
    "date": ("day", lambda y: f"他{y}年3月5日去了北京。"),
    "slash": ("day", lambda y: f"他{y}/3/5去了北京。"),
    "dot": ("day", lambda y: f"他{y}.3.5去了北京。"),
    "iso": ("day", lambda y: f"他{y}-03-05去了北京。"),
    "day-first": ("day", lambda y: f"3月5日，{y}年，他去了北京。"),
    "month": ("month", lambda y: f"他{y}年3月去了北京。"),
    "span-tilde": ("span", lambda y: f"他{y}～{y + 2}年住在北京。"),
    "span-到": ("span", lambda y: f"他{y}年到{y + 2}年住在北京。"),
    "quarter": ("quarter", lambda y: f"{y}年第一季度利润增加了。"),
    "half": ("half", lambda y: f"{y}年上半年利润增加了。"),
}
JA_FORMS = {
    "arabic": ("year", lambda y: f"彼は{y}年に北京へ行った。"),
    "spaced": ("year", lambda y: f"彼は {y} 年に北京へ行った。"),
    "full-width": ("year", lambda y: f"彼は{str(y).translate(FULL)}年に北京へ行った。"),
    "digits-〇": ("year", lambda y: f"彼は{digit_by_digit(y)}年に北京へ行った。"),
    "grouped": (
        "year",
        lambda y: f"彼は{grouped(y, 'ja')}年に北京へ行った。" if y % 1000 else None,
    ),
    "西暦": ("year", lambda y: f"彼は西暦{y}年に北京へ行った。"),
    "era": ("year", lambda y: f"彼は{era(y)}に北京へ行った。" if era(y) else None),
    "年初め": ("early", lambda y: f"彼は{y}年初めに北京へ行った。"),
    "年末": ("late", lambda y: f"彼は{y}年末に北京へ行った。"),
    "夏": ("summer", lambda y: f"彼は{y}年夏に北京へ行った。"),
    "の夏": ("summer", lambda y: f"彼は{y}年の夏に北京へ行った。"),
    "から": ("since", lambda y: f"彼は{y}年から北京に住んでいる。"),
    "以来": ("since", lambda y: f"彼は{y}年以来北京に住んでいる。"),
    "まで": ("until", lambda y: f"彼は{y}年まで北京に住んでいた。"),
    "年度": ("fiscal", lambda y: f"{y}年度の予算が増えた。"),
    "date": ("day", lambda y: f"彼は{y}年3月5日に北京へ行った。"),
    "slash": ("day", lambda y: f"彼は{y}/3/5に北京へ行った。"),
    "dot": ("day", lambda y: f"彼は{y}.3.5に北京へ行った。"),
    "iso": ("day", lambda y: f"彼は{y}-03-05に北京へ行った。"),
    "month": ("month", lambda y: f"彼は{y}年3月に北京へ行った。"),
    "span-tilde": ("span", lambda y: f"彼は{y}～{y + 2}年に北京に住んだ。"),
    "span-から": ("span", lambda y: f"彼は{y}年から{y + 2}年まで北京に住んだ。"),
    "quarter": ("quarter", lambda y: f"{y}年第1四半期の利益が増えた。"),
    "half": ("half", lambda y: f"{y}年上半期の利益が増えた。"),
}
PAIRS = sorted(
    (zh, ja)
    for zh, (zh_group, _) in ZH_FORMS.items()
    for ja, (ja_group, _) in JA_FORMS.items()
    if zh_group == ja_group
)
CHANGED = {"XL201", "XL101"}


def _rules(source: str, target: str, source_lang: str, target_lang: str) -> set[str]:
    findings = check_strings(source, target, source_lang, target_lang)
    return {f.rule for f in findings if f.kind in ("number", "date")}


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(PAIRS),
    st.integers(min_value=1913, max_value=2090),
    st.sampled_from((-10, -2, -1, 1, 2, 10)),
    st.sampled_from(("ja", "zh")),
)
def test_any_year_form_against_any_other(pair, year, shift, changed_side):
    zh_form, ja_form = ZH_FORMS[pair[0]][1], JA_FORMS[pair[1]][1]
    zh, ja = zh_form(year), ja_form(year)
    shifted = ja_form(year + shift) if changed_side == "ja" else zh_form(year + shift)
    if None in (zh, ja, shifted):
        return  # the era has no such year, or the form writes it otherwise
    assert _rules(zh, ja, "zh", "ja") == set()
    assert _rules(ja, zh, "ja", "zh") == set()
    if changed_side == "ja":
        zh_changed, ja_changed = zh, ja_form(year + shift)
    else:
        zh_changed, ja_changed = zh_form(year + shift), ja
    assert _rules(zh_changed, ja_changed, "zh", "ja") & CHANGED
    assert _rules(ja_changed, zh_changed, "ja", "zh") & CHANGED


# fmt: off
ERAS_PAST_A_HUNDRED = [
    ("他民国102年去了北京。", "彼は2013年に北京へ行った。", OK),
    ("他民國一百零二年去了北京。", "彼は２０１３年に北京へ行った。", OK),
    ("他民国102年去了北京。", "彼は2014年に北京へ行った。", "XL201:error"),
    ("他民国38年去了台湾。", "彼は1949年に台湾へ行った。", OK),
]

KANJI_TENS = [
    ("他二千零十三年去了北京。", "彼は2013年に北京へ行った。", OK),
    ("他二千零一十三年去了北京。", "彼は二千十三年に北京へ行った。", OK),
    ("他二千零十三年去了北京。", "彼は2003年に北京へ行った。", "XL201:error"),
    ("他二千零三年去了北京。", "彼は2003年に北京へ行った。", OK),
]

YEAR_AFTER_DAY = [
    ("3月5日，2013年，他去了北京。", "彼は2013年3月5日に北京へ行った。", OK),
    ("3月5日, 2013年, 他去了北京。", "2013/3/5、彼は北京へ行った。", OK),
    ("3月5日，2013年，他去了北京。", "彼は2014年3月5日に北京へ行った。", "XL201:error"),
    ("3月5日，2013年，他去了北京。", "彼は2013年3月6日に北京へ行った。", "XL201:error"),
    # a day and a year of two clauses stay two dates
    ("他3月5日去了北京，2013年回来了。", "彼は3月5日に北京へ行き、2013年に戻った。", OK),
]

SHORT_YEARS = [
    # two digits, the century unsaid: digit by digit, after an apostrophe, before a month,
    # or before a word that makes it a point in time
    ("他九八年去了北京。", "彼は1998年に北京へ行った。", OK),
    ("他九八年去了北京。", "彼は98年に北京へ行った。", OK),
    ("他零八年毕业。", "彼は2008年に卒業した。", OK),
    ("他〇八年毕业。", "彼は08年に卒業した。", OK),
    ("他'98年去了北京。", "彼は1998年に北京へ行った。", OK),
    ("他98年出生。", "彼は1998年生まれだ。", OK),
    ("他1998年出生。", "彼は98年生まれだ。", OK),
    ("他在24年3月5日到的。", "彼は2024年3月5日に着いた。", OK),
    ("他九八年去了北京。", "彼は1999年に北京へ行った。", "XL201:error"),
    ("他98年去了北京。", "彼は99年に北京へ行った。", "XL201:error"),
    ("他1998年出生。", "彼は97年生まれだ。", "XL201:error"),
    # a span of years and a vague count stay counts: 98年的历史, 七八年 (seven or eight)
    ("这家店有98年的历史。", "この店は98年の歴史がある。", OK),
    ("这家店有98年的历史。", "この店は99年の歴史がある。", "XL101:error"),
    ("他在那里住了七八年。", "彼はそこに7、8年住んだ。", OK),
    ("他等了二三年。", "彼は2、3年待った。", OK),
    ("他每五年去一次。", "彼は5年に1度行く。", OK),
    ("0 到 99 年的年份", "0 年から 99 年までの年", OK),
    ("九十年代他在北京。", "90年代、彼は北京にいた。", OK),
    # a count of years before a pronoun, 比べ, 当たり, にも及ぶ: no year (review5-early)
    ("这20年我们一起走过。", "この20年、私たちは共に歩んできた。", OK),
    ("与过去10年相比变化很大。", "過去10年に比べ大きく変わった。", OK),
    ("内战长达30年。", "内戦は30年にも及んだ。", OK),
    ("创业50年之际", "創業50年に当たり", OK),
    ("这10年他在北京工作。", "この10年、彼は北京で働いた。", OK),
    # the last two numerals of a larger one are no year of two digits: 一百零三年 is 103
    # years, not 一百 and the year 2003; in traditional text too, and after 千
    ("这只乌龟已经在动物园里生活了一百零三年。", "このカメは動物園で103年間暮らしている。", OK),
    ("這隻烏龜已經在動物園裡生活了一百零三年。", "このカメは動物園で百三年間暮らしている。", OK),
    ("这只乌龟已经在动物园里生活了一百零三年。", "このカメは動物園で130年間暮らしている。",
     "XL101:error"),
    ("这棵树活了三百零五年。", "この木は305年生きた。", OK),
    ("这座古城已有一千零五年的历史。", "この古都には1005年の歴史がある。", OK),
    ("一百零八年前，这里还是一片海。", "108年前、ここはまだ海だった。", OK),
    # the year written in full stays a year
    ("他在两千零五年出生。", "彼は2005年に生まれた。", OK),
    ("他在两千零五年出生。", "彼は2006年に生まれた。", "XL201:error"),
]

RESTATED_IN_BRACKETS = [
    # an era year with its Western year in brackets (or the other way), then the month
    ("平成三十一年四月三十日，平成时代结束了。", "平成31年（2019年）4月30日、平成が終わった。", OK),
    ("2019年4月30日，平成时代结束了。", "2019年（平成31年）4月30日、平成が終わった。", OK),
    ("民國一百一十二年五月，", "2023年（民国112年）5月、", OK),
    ("昭和三十九年十月十日", "昭和39年(1964年)10月10日", OK),
    # one of the two years changed, or the day: a changed date
    ("平成三十一年四月三十日", "平成31年（2016年）4月30日", "XL201:warning"),
    ("平成三十一年四月三十日", "平成32年（2019年）4月30日", "XL201:warning"),
    ("平成三十一年四月三十日", "平成31年（2019年）8月30日", "XL201:error"),
]
# fmt: on

TABLES = {
    "restated": RESTATED_IN_BRACKETS,
    "short-year": SHORT_YEARS,
    "era-past-100": ERAS_PAST_A_HUNDRED,
    "kanji-tens": KANJI_TENS,
    "year-after-day": YEAR_AFTER_DAY,
}


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(TABLES))
def test_pair(zh: str, ja: str, expected: str) -> None:
    assert fact_findings(zh, ja) == expected
    if expected == OK:
        assert _rules(ja, zh, "ja", "zh") == set()
