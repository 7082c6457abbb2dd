"""A craft or a thing numbered in a series, its 号 left out in the translation (issue 12):
隼鸟2号 is はやぶさ2, 旅行者1号 ボイジャー1. A Chinese N号 with no month is a day of the
month or a number in a series; a bare figure of the same value left on the other side is
that number, not a day dropped and a number added. Equal values only: a day said with 日,
or a bare figure against a day of another value, is read as before."""

from __future__ import annotations

from tests.conftest import construction_tests

# fmt: off
ROWS = {
    "suffix-dropped": [
        ("隼鸟2号的任务延长了。", "はやぶさ2のミッションが延長された。", ""),
        ("隼鳥2號的任務延長了。", "はやぶさ2のミッションが延長された。", ""),
        ("旅行者1号已飞出太阳系。", "ボイジャー1は太陽系の外に出た。", ""),
        ("旅行者一号已飞出太阳系。", "ボイジャー1は太陽系の外に出た。", ""),
        ("旅行者１号已飞出太阳系。", "ボイジャー１は太陽系の外に出た。", ""),
        ("隼鸟2号于2014年12月3日发射。", "はやぶさ2は2014年12月3日に打ち上げられた。", ""),
    ],
    "kept-or-changed": [
        ("嫦娥五号着陆月球。", "嫦娥5号が月面に着陸した。", ""),
        ("隼鸟2号于2014年12月3日发射。", "はやぶさ2は2014年12月4日に打ち上げられた。",
         "XL201:error"),
        ("爸爸5号回来。", "父は5日に帰ってくる。", ""),
        ("爸爸5号回来。", "父は6日に帰ってくる。", "XL201:error"),
    ],
}
# fmt: on

test_construction, test_faithful_both_ways = construction_tests(ROWS)
