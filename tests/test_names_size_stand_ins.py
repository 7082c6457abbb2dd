"""A noun of a name's type with an adjective of size in the name's place (小さな港町 for
東港鎮, 小さな村 for 白马村) stands in for the name as ある港町 would (issue 13, fresh34: the
dropped town was "missing", no anonymization). 大きな and 小さな were kept from the openings
of vague references because they describe; but where no name of the source is left open
they stand for nothing, and a faithful 大城市 or 小村庄 gets no finding.
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings, table_rows

OK: list = []

# (zh, ja, entity findings as (rule, source, target))
# fmt: off
CASES = {
    "anonymized": [
        (
            "我阿嬤住在屏東縣的東港鎮，每年都會參加迎王祭。",
            "祖母は屏東県の小さな港町に住んでいて、毎年迎王祭に参加している。",
            [("XL302", "東港鎮", "小さな港町")],
        ),
        (
            "他在长野县的白马村长大。",
            "彼は長野県の小さな村で育った。",
            [("XL302", "白马", "小さな村")],
        ),
    ],
    "faithful": [
        (
            "我阿嬤住在屏東縣的東港鎮，每年都會參加迎王祭。",
            "祖母は屏東県の東港鎮に住んでいて、毎年迎王祭に参加している。",
            OK,
        ),
        ("这座小城市很安静。", "この小さな町はとても静かだ。", OK),
        ("他在长野县的一个小村庄长大。", "彼は長野県の小さな村で育った。", OK),
        ("年轻人喜欢去大城市工作。", "若者は大きな都市で働きたがる。", OK),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(CASES))
def test_size_stand_ins(zh, ja, expected):
    assert entity_findings(zh, ja) == expected
