"""A part of a month said after a relative or a same month (下个月中旬, 本月底, 上月初,
同月下旬; 来月中旬, 今月末, 先月初め, 翌月上旬), issue 12 point 2: the part of that month,
as after a month of the calendar (5月中旬), so a month moved (下个月 against 今月) or a part
changed (中旬 against 下旬) is a different date, and the same said in either script and with
either word for the month (下个月, 下月, 下個月) is no finding."""

from __future__ import annotations

from tests.conftest import construction_tests

FAITHFUL = [
    (
        "立法院預計於下個月中旬三讀通過這項修正案。",
        "立法院は来月中旬に同改正案を可決する見通しだ。",
        "",
    ),
    ("新规定将于下个月中旬实施。", "新しい規定は来月中旬に施行される。", ""),
    ("新规定将于下月初实施。", "新しい規定は来月初めに施行される。", ""),
    ("工程将于本月底完工。", "工事は今月末に完了する予定だ。", ""),
    ("工程將於本月底完工。", "工事は今月末に完了する予定だ。", ""),
    ("他上个月底辞职了。", "彼は先月末に退職した。", ""),
    ("他上月下旬回国了。", "彼は先月下旬に帰国した。", ""),
    (
        "展览5月开幕，同月下旬迎来第十万名观众。",
        "展覧会は5月に開幕し、同月下旬に10万人目の来場者を迎えた。",
        "",
    ),
    ("新店铺计划下个月上旬开业。", "新店舗は来月上旬に開業する予定だ。", ""),
]

CHANGED = [
    ("立法院預計於下個月中旬三讀通過這項修正案。", "立法院は今月中旬に同改正案を可決する見通しだ。",
     "XL201:warning"),
    ("新规定将于下个月中旬实施。", "新しい規定は来月下旬に施行される。", "XL201:warning"),
    ("工程将于本月底完工。", "工事は来月末に完了する予定だ。", "XL201:warning"),
    ("他上个月底辞职了。", "彼は先月初めに退職した。", "XL201:warning"),
    ("新店铺计划下个月上旬开业。", "新店舗は再来月上旬に開業する予定だ。", "XL201:warning"),
]

TABLES = {"faithful": FAITHFUL, "changed": CHANGED}
test_construction, _ = construction_tests(TABLES)
