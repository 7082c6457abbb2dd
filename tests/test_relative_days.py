"""Days counted from the last date written (issue 12): 5月3日抵达，次日离开 / 5月3日に着き、
翌日発った.

A day word counted from another day (次日, 翌日, 第二天, 隔天, 前一天, 同日, 当天, 当日; 翌日,
その翌日, 次の日, 翌々日, 前日, その前日, 同日, 当日, その日) resolves against the last full
date (month and day) written before it in the segment, or in the segment before: 次日 after
5月3日 is 5月4日, so it pairs with a 5月4日 written out, and a changed relative day (次日 against
翌々日, 同日 against 翌日, 次日 against 5月5日) is a changed date, an error where both sides
resolve. With no date before them, two such words still differ by their offsets. 同日 alone says
the day last mentioned again: no fact of its own, and no error when left unsaid.

Each row is checked in both directions.
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, reverse_fact_findings, table_rows
from xlcheck.extract import extract_document
from xlcheck.run import current
from xlcheck.segment import segment_text

OK = ""
CHANGED = "XL201:error"
REVERSED = {"XL203:warning": "XL204:warning", "XL204:warning": "XL203:warning"}

# (zh, ja, number and date findings)
# fmt: off
DAYS = {
    "next-day": [
        ("他5月3日抵达，次日离开。", "彼は5月3日に着き、翌日発った。", OK),
        ("他5月3日抵达，第二天离开。", "彼は5月3日に着き、次の日に発った。", OK),
        ("他于2023年3月15日抵达，翌日离开。", "彼は2023年3月15日に到着し、その翌日に去った。", OK),
        ("他三月十五日抵达，第二日离开。", "彼は3月15日に到着し、翌日去った。", OK),
        ("他３月１５日抵达，第二天离开。", "彼は３月１５日に到着し、翌日去った。", OK),
        ("赛事2023年3月15日开幕，第二天出了事。", "2023年3月15日に開幕し、翌日事故が起きた。", OK),
        # rendered as the day it resolves to, either way round
        ("他5月3日抵达，次日离开。", "彼は5月3日に着き、5月4日に発った。", OK),
        ("他5月3日抵达，5月4日飞走了。", "彼は5月3日に着き、翌日飛び立った。", OK),
        ("他2023年3月15日抵达，翌日离开。", "彼は2023年3月15日に到着し、3月16日に去った。", OK),
        # across the end of a month and of a year
        ("他4月30日抵达，次日离开。", "彼は4月30日に到着し、5月1日に去った。", OK),
        ("2023年12月31日抵达，次日离开。", "2023年12月31日に着き、2024年1月1日に発った。", OK),
        # two sentences of one segment
        ("他5月3日抵达。次日，他离开。", "彼は5月3日に着いた。翌日、発った。", OK),
    ],
    "other-days": [
        ("他5月3日抵达，当天离开。", "彼は5月3日に着き、その日のうちに発った。", OK),
        ("他5月3日抵达，同日离开。", "彼は5月3日に着き、同日発った。", OK),
        ("他5月3日抵达，当日离开。", "彼は5月3日に着き、当日発った。", OK),
        ("他5月4日离开，前一天刚到。", "彼は5月4日に去り、前日に着いたばかりだった。", OK),
        ("他5月4日离开，前一天刚到。", "彼は5月4日に去り、5月3日に着いたばかりだった。", OK),
        ("他5月3日抵达，两天后离开。", "彼は5月3日に到着し、2日後に去った。", OK),
    ],
    "changed": [
        ("他5月3日抵达，次日离开。", "彼は5月3日に着き、同日発った。", CHANGED),
        ("他5月3日抵达，次日离开。", "彼は5月3日に着き、翌々日発った。", CHANGED),
        ("他5月3日抵达，当天离开。", "彼は5月3日に着き、翌日発った。", CHANGED),
        ("他5月4日离开，前一天刚到。", "彼は5月4日に去り、翌日に着いた。", CHANGED),
        ("他5月3日到达，当天就走了。", "彼は5月3日に着き、翌朝には去った。", CHANGED),
        ("赛事3月15日开幕，第二天出了事。", "3月15日に開幕し、前日事故が起きた。", CHANGED),
        # made a wrong absolute day: one finding, on the relative day
        ("他2023年5月3日抵达，次日离开。", "彼は2023年5月3日に到着し、5月5日に去った。", CHANGED),
        ("他2023年5月3日抵达，5月5日离开。", "彼は2023年5月3日に到着し、翌日去った。", CHANGED),
        # the base date changed: reported once, on it; 次日 and 翌日 say the same
        ("他2023年5月3日抵达，次日离开。", "彼は2023年5月2日に到着し、翌日去った。", CHANGED),
        # with no date before them, the words still differ
        ("次日他离开了。", "同日、彼は去った。", CHANGED),
        ("次日他离开了。", "前日、彼は去った。", CHANGED),
    ],
    "negatives": [
        # with no date before them, the same word on both sides
        ("次日他离开了。", "翌日、彼は去った。", OK),
        ("第二天他就走了。", "次の日、彼は出て行った。", OK),
        # 同日, 当天 alone say the day last mentioned again: no fact when left unsaid
        ("他5月3日抵达，当天离开。", "彼は5月3日に着き、発った。", OK),
        # the next day said with its time of day (翌朝), and a word one side does not read
        # (zh 前日, 隔天: ambiguous): no finding (early review 8, e12b 1-3)
        ("他5月3日到达，第二天早上就走了。", "彼は5月3日に着き、翌朝には去った。", OK),
        ("他5月3日到达，次日早上就走了。", "彼は5月3日に着き、次の朝に去った。", OK),
        ("他5月3日到达，前日刚下过雨。", "彼は5月3日に着いたが、前日に雨が降った。", OK),
        ("他5月3日到达，隔天就走了。", "彼は5月3日に着き、翌々日に去った。", OK),
        # a day relative to the day of writing is another word (明天: tomorrow)
        ("他明天出发。", "彼は明日出発する。", OK),
        # 当天 is no date written: the day it resolves to is no fact the source lacks
        ("他5月3日抵达，当天离开。", "彼は5月3日に着き、5月3日に発った。", OK),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(DAYS))
def test_days_counted_from_the_last(zh, ja, expected):
    assert fact_findings(zh, ja) == expected
    assert reverse_fact_findings(zh, ja) == REVERSED.get(expected, expected)


def _last_date(texts: list[str], lang: str) -> str | None:
    """The last date of a text of one sentence a line, as resolved (None: unresolved)."""
    document = segment_text("\n".join(texts), doc_id="d", path="<t>", lang=lang)
    assert len(document.segments) == len(texts)
    dates = [f.value for f in extract_document(document, run=current()) if f.kind == "date"]
    return dates[-1].iso() if dates[-1].day is not None else None


# (segments, language, the last date's ISO form): the day before is the last full date of the
# segment before, never one further back
# fmt: off
SEGMENTS = [
    (["他2023年5月3日抵达北京。", "次日，他离开。"], "zh", "2023-05-04"),
    (["彼は2023年5月3日に着いた。", "その翌日、発った。"], "ja", "2023-05-04"),
    (["他2023年5月3日抵达北京。", "他很累。", "次日，他离开。"], "zh", None),
]
# fmt: on


@pytest.mark.parametrize(("texts", "lang", "iso"), SEGMENTS, ids=lambda v: str(v))
def test_the_segment_before(texts, lang, iso):
    assert _last_date(texts, lang) == iso
