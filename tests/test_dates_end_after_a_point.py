"""An end the translation says after the source's point (彼は2019年に来て、2021年まで住んだ
for 他2019年来了), issue 12 point 1: the end was taken for the point said again and
changed (a mismatch, "2019年 became 2021年まで"); a mention said again has the point's
shape, and an end is another fact, added. A point said twice with one changed is still a
change."""

from __future__ import annotations

from tests.conftest import construction_tests

END_AFTER_A_POINT = [
    ("他2019年来了。", "彼は2019年に来て、2021年まで住んだ。", "XL204:warning"),
    ("他三点来的。", "彼は3時に来て、5時前に帰った。", "XL204:warning"),
    ("拉麵店上午十一點開門。", "ラーメン店は午前11時に開店し、午後1時前に売り切れる。",
     "XL204:warning"),
    ("他2019年来了，2019年走了。", "彼は2019年に来て、2020年に去った。", "XL201:error"),
    ("他2019年来了，住到2021年。", "彼は2019年に来て、2021年まで住んだ。", ""),
]

TABLES = {"end-after-a-point": END_AFTER_A_POINT}
test_construction, _ = construction_tests(TABLES)
