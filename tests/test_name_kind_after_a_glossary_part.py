"""A Japanese body's name whose place the glossary renders and whose kind Japanese says
in its own word (ソウル大学病院 = 首尔大学医院: ソウル for 首尔, 病院 for 医院;
オックスフォード大学出版局 = 牛津大学出版社) is found in the source with both said
(compare/entities.text_forms: the kind of name_kinds after the glossary's rendering, not
only after the name as written). Another place before the same kind is still another
body."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

SAID = [
    pytest.param(
        "首尔大学医院的医生完成了手术。",
        "ソウル大学病院の医師が手術を終えた。",
        id="hospital-simplified",
    ),
    pytest.param(
        "首爾大學醫院的醫生完成了手術。",
        "ソウル大学病院の医師が手術を終えた。",
        id="hospital-traditional",
    ),
    pytest.param(
        "牛津大学出版社宣布出版这本新书。",
        "オックスフォード大学出版局はこの新著を出版すると発表した。",
        id="press",
    ),
    pytest.param(
        "剑桥大学出版社出版了这本书。",
        "ケンブリッジ大学出版局がこの本を出版した。",
        id="press-another-university",
    ),
    pytest.param(
        "这本书由牛津大学出版社出版。",
        "この本はオックスフォード大学出版社から出版された。",
        id="press-kept-as-it-is",
    ),
]

ANOTHER_BODY = [
    pytest.param(
        "首尔大学医院的医生完成了手术。",
        "釜山大学病院の医師が手術を終えた。",
        "釜山大学病院",
        id="another-city-hospital",
    ),
    pytest.param(
        "牛津大学出版社出版了这本书。",
        "ケンブリッジ大学出版局がこの本を出版した。",
        "ケンブリッジ大学出版局",
        id="another-university-press",
    ),
]


@pytest.mark.parametrize(("zh", "ja"), SAID)
def test_the_body_is_said_with_its_place_and_kind_rendered(zh, ja):
    assert entity_findings(zh, ja) == []


@pytest.mark.parametrize(("zh", "ja", "name"), ANOTHER_BODY)
def test_another_body_is_still_reported(zh, ja, name):
    assert any(name in (source, target) for _, source, target in entity_findings(zh, ja))
