"""Messages that name the right partner (issue 14): a figure one side drops and another
the other side adds, in two dimensions the conversion tables know (a length and a time, a
mass and a time), are two facts, one missing and one added, not one whose unit changed; the
same figure in another unit stays one fact whose unit changed (30 公斤 against 30
キロメートル), and a figure changed in one dimension stays a changed figure.

Each row is a Chinese sentence, a Japanese one and the number findings expected, each as
RULE:severity, sorted.
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings

# fmt: off
ROWS = [
    pytest.param("他跑了 5 公里。", "彼は 50 分走った。", "XL103:warning XL104:info",
                 id="length-against-time"),
    pytest.param("每次运行 3 小时。", "1 回の実行は 20 キロメートルです。",
                 "XL103:warning XL104:info", id="time-against-length"),
    pytest.param("包裹重 30 公斤，运费 5 元。", "荷物は 2 時間で届き、送料は 5 元です。",
                 "XL103:warning XL104:info", id="mass-against-time-beside-a-kept-price"),
    pytest.param("缓存保留 7 天。", "キャッシュは 500 メートル先のサーバーにあります。",
                 "XL103:warning XL104:info", id="days-against-metres"),
    # one fact: the figure kept, the unit changed; or one dimension, the figure changed
    pytest.param("他跑了 5 公里。", "彼は 5 キログラム走った。", "XL401:error", id="figure-kept"),
    pytest.param("每次运行 3 小时。", "1 回の実行は 3 キロメートルです。", "XL401:error",
                 id="figure-kept-time"),
    pytest.param("包裹重 30 公斤。", "荷物の重さは 3 キログラムです。", "XL101:error",
                 id="one-dimension-changed"),
    pytest.param("路程 90 分钟。", "道のりは 2 時間です。", "XL101:error", id="minutes-and-hours"),
    pytest.param("路程 90 分钟。", "道のりは 1.5 時間です。", "", id="converted"),
]
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), ROWS)
def test_partner_of_a_changed_figure(zh: str, ja: str, expected: str) -> None:
    assert fact_findings(zh, ja) == expected
