"""Cities whose Chinese name is no sound of the Japanese one (issue 13, fresh45): Hokkien,
Hakka and Cantonese readings of Southeast Asia (万隆 ban-long = バンドン, 泗水 =
スラバヤ, 亚庇 = コタキナバル), older or local names of South Asia (金奈 = チェンナイ) and
Belgium's cities by French and Dutch (列日 = リエージュ, 根特 = ヘント). The sound model
cannot pair them (rules/glossary.tsv lists them); each is tried kept, in simplified and
traditional characters, and replaced by another city.
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

CITIES = [
    ("万隆", "萬隆", "バンドン"),
    ("泗水", "泗水", "スラバヤ"),
    ("日惹", "日惹", "ジョグジャカルタ"),
    ("棉兰", "棉蘭", "メダン"),
    ("新山", "新山", "ジョホールバル"),
    ("暹粒", "暹粒", "シェムリアップ"),
    ("普吉", "普吉", "プーケット"),
    ("科伦坡", "科倫坡", "コロンボ"),
    ("加德满都", "加德滿都", "カトマンズ"),
    ("金奈", "金奈", "チェンナイ"),
    ("列日", "列日", "リエージュ"),
    ("马尼拉", "馬尼拉", "マニラ"),
    ("达沃", "達沃", "ダバオ"),
]  # fmt: skip


@pytest.mark.parametrize(("simplified", "traditional", "japanese"), CITIES)
def test_a_city_by_another_reading(simplified, traditional, japanese):
    ja = f"代表団は先月{japanese}に到着した。"
    assert entity_findings(f"代表团上个月抵达了{simplified}。", ja) == []
    assert entity_findings(f"代表團上個月抵達了{traditional}。", ja) == []
    source = f"代表团上个月抵达了{simplified}。"
    swapped = entity_findings(source, "代表団は先月ロンドンに到着した。")
    assert swapped == [("XL301", simplified, "ロンドン")]
