"""A province jieba knows well, before a city it tags as a person (山东 + 寿光 nr), is no
Japanese full name, though UniDic reads 山東 as a family name and 寿光 as a given one: the
two were joined into "the person 山东寿光", missing from a faithful 山東省寿光市 (issue 13).
Japanese names that jieba cuts into pieces (是枝 + 裕和) are still read."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings
from xlcheck.extract import find_facts
from xlcheck.model import Segment
from xlcheck.run import current


def _names(text: str) -> list[tuple[str, str]]:
    segment = Segment(id="s", text=text, index=0, paragraph=0, line=1)
    return [(f.text, f.value.entity_type) for f in find_facts(segment, "zh", current())[2]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("山东寿光的大棚蔬菜运往北京。", ("山东", "place")),
        ("广东湛江建设一体化生产基地。", ("广东", "place")),
        ("是枝裕和导演了这部电影。", ("是枝裕和", "person")),
        ("石川佳纯赢了比赛。", ("石川佳纯", "person")),
    ],
)
def test_no_person_made_of_a_province(text, name):
    assert _names(text)[0] == name


def test_faithful_province_and_city():
    assert entity_findings(
        "山东寿光的大棚蔬菜源源不断地运往北京新发地市场。",
        "山東省寿光市のハウス野菜は、北京の新発地市場へ次々と出荷されている。",
    ) == []
