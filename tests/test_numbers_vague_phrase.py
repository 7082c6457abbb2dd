"""A figure made vague inside a noun phrase that holds two words of no figure (issue 12,
session 26): 台湾各地の複数の映画館 for 全台二十三家戏院. 各地 (places said as each) and
複数の (several) are both words of no figure; with two of them on its side the figure
was reported dropped (XL103) instead of made vague (XL102, the relation of a vague
rendering). Words joined by a particle or nothing are one phrase, counted by the last.

Each row is checked in both directions.
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, reverse_fact_findings, table_rows

OK = ""
VAGUE = "XL102:warning"

# (zh, ja, number and date findings)
# fmt: off
CASES = {
    "one-phrase": [
        ("该片已在全台二十三家戏院放映。", "同作は台湾各地の複数の映画館で上映されている。", VAGUE),
        ("該片已在全臺二十三家戲院放映。", "同作は台湾各地の多くの映画館で上映されている。", VAGUE),
        ("该片已在全台三家戏院放映。", "同作は台湾各地の数館の映画館で上映されている。", VAGUE),
        ("这部电影在全国四十家影院上映。", "この映画は全国各地の数多くの映画館で上映された。",
         VAGUE),
        ("该品牌在全球十二个国家开设了门店。", "同ブランドは世界各国の複数の国に出店した。", VAGUE),
    ],
    "one-word": [
        ("该片已在二十三家戏院放映。", "同作は複数の映画館で上映されている。", VAGUE),
        ("该片已在全台二十三家戏院放映。", "同作は台湾各地の映画館で上映されている。", VAGUE),
    ],
    "figures-on-both-sides": [
        ("该片已在全台二十三家戏院放映。", "同作は台湾各地の23の映画館で上映されている。", OK),
        ("该片已在全台二十三家戏院放映。", "同作は台湾各地の24の映画館で上映されている。",
         "XL101:error"),
        ("该片已在全台多家戏院放映。", "同作は台湾各地の複数の映画館で上映されている。", OK),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(CASES))
def test_a_figure_made_vague_in_one_phrase(zh, ja, expected):
    assert fact_findings(zh, ja) == expected
    assert reverse_fact_findings(zh, ja) == expected
