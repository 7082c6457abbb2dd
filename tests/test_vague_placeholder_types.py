"""A dropped name is not anonymized by a reference that stands for someone else (issue 13,
point 3): 江汉区 dropped from 被告人孙某在武汉市江汉区… was "anonymized" by 某被告, the end
of 孫某被告.

- 某 right after a one-character family name that opens a word (孫 + 某, 張 + 某, 王 + 某)
  is the placeholder of the person's given name (孙某 = 孫某), not the determiner 某:
  it opens no vague reference. 北京市 + 某区 still does (市 is no family name).
- The catch-all 某 + any noun fits every type only where the grammar reads no type in
  it: 某容疑者 is a person, and stands for no district.
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

ANONYMIZED, MISSING = "XL302", "XL303"


@pytest.mark.parametrize(
    ("zh", "ja", "name"),
    [
        pytest.param(
            "被告人孙某在武汉市江汉区被警方抓获。",
            "孫某被告は武漢市で警察に身柄を確保された。",
            "江汉区",
            id="family-name-placeholder-defendant",
        ),
        pytest.param(
            "犯罪嫌疑人王某在成都市武侯区被抓获。",
            "王某容疑者は成都市で逮捕された。",
            "武侯区",
            id="family-name-placeholder-suspect",
        ),
        pytest.param(
            "被告人刘某在广州市天河区被捕。",
            "劉某被告は広州市で逮捕された。",
            "天河区",
            id="traditional-family-form",
        ),
        pytest.param(
            "犯罪嫌疑人在成都市武侯区被抓获。",
            "某容疑者は成都市で逮捕された。",
            "武侯区",
            id="person-reference-for-a-district",
        ),
        pytest.param(
            "据报道，嫌疑人在深圳市南山区落网。",
            "報道によると、某被告人は深圳市で逮捕された。",
            "南山区",
            id="person-title-for-a-district",
        ),
    ],
)
def test_a_dropped_place_is_missing(zh, ja, name):
    found = [f[:2] for f in entity_findings(zh, ja)]
    assert (MISSING, name) in found
    assert (ANONYMIZED, name) not in found


@pytest.mark.parametrize(
    ("zh", "ja", "name", "reference"),
    [
        pytest.param(
            "他住在北京市朝阳区。",
            "彼は北京市某区に住んでいる。",
            "朝阳区",
            "某区",
            id="city-then-某区",
        ),
        pytest.param(
            "被告人孙某在武汉市江汉区被警方抓获。",
            "孫某被告は武漢市のある区で警察に身柄を確保された。",
            "江汉区",
            "ある区",
            id="placeholder-person-and-a-vague-district",
        ),
        pytest.param(
            "王小明在成都市被抓获。",
            "成都市で某容疑者が逮捕された。",
            "王小明",
            "某容疑者",
            id="person-reference-for-a-person",
        ),
    ],
)
def test_vague_references_of_the_type_still_stand_in(zh, ja, name, reference):
    assert (ANONYMIZED, name, reference) in [f[:3] for f in entity_findings(zh, ja)]
