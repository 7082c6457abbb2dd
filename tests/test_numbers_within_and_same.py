"""内 after a multiple or a distance, 限于 before a figure, and 同一 before a counter
(issue 12; issue 14's md64 pages: osu!catch's 触发距离的 1.5 倍内 = 1.5倍以下, QMK's
多人同时编辑同一个文件 = 2人以上のユーザーが同じファイルを).

`1.5 倍内` and `五公里内` are bounds (at most), as 以内 is; a span of time's 内 stays
"within" (三天内 = 3日で). `限于30人` is at most 30. `同一个文件` is "the same
file": no count to set against the Japanese 2人以上, and 多人 (two and more) is
2人以上. A changed figure is still a change.
"""

from __future__ import annotations

import pytest

from tests.conftest import number_relations


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [
        ("距离应在触发距离的 1.5 倍内。", "距離はトリガー距離の1.5倍以下にする。", []),
        ("五公里内有三家医院。", "5キロ以内に病院が3つある。", []),
        ("五公里內有三家醫院。", "5キロ以内に病院が3つある。", []),
        ("参加人数限于30人。", "参加者は30人以下に限られる。", []),
        (
            "多人同时编辑同一个文件时会冲突。",
            "2人以上のユーザーが同じファイルを編集すると衝突する。",
            [],
        ),
        ("他们在同一家公司工作。", "彼らは同じ会社で働いている。", []),
        # 同 ending a word before 一: a count (陪同 + 一位, accompanying one guest)
        ("他陪同一位客人来了。", "彼は2人の客を連れて来た。", [("XL101", "mismatch")]),
        # 内 after a counter opens a word, no bound
        ("它提供了 3 个内建命令。", "3つの組み込みコマンドを提供する。", []),
        # 多人 (two and more) is 2人以上 said from below; 3人以上 is another bound
        (
            "多人同时编辑同一个文件时会冲突。",
            "3人以上のユーザーが同じファイルを編集すると衝突する。",
            [("XL102", "approximated")],
        ),
        ("三天内完成。", "3日で完成した。", []),
        (
            "距离应在触发距离的 1.5 倍内。",
            "距離はトリガー距離の2倍以下にする。",
            [("XL101", "mismatch")],
        ),
        ("参加人数限于30人。", "参加者は50人以下に限られる。", [("XL101", "mismatch")]),
    ],
)
def test_within_limited_and_same(zh, ja, expected):
    assert number_relations(zh, ja, ("number",)) == expected
