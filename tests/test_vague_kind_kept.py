"""A name made vague that keeps its kind (大阪大学 -> ある大学, 东京工业大学 -> 都内のある
大学, 华山医院 -> ある病院), issue 13: where jieba cut the name into a place and its kind
(大阪 + 大学), the kind was counted among the source's common nouns, so ある大学 was taken
to render a description of the source's own and stood in for nothing: the name was only
"missing". The words inside a name the source reads with confidence describe nothing of
their own; a common noun said outside the name still does (一所大学 = ある大学)."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

ANONYMIZED = "XL302"
MISSING = "XL303"


@pytest.mark.parametrize(
    ("zh", "ja", "name", "reference"),
    [
        pytest.param(
            "大阪大学的研究团队发表了论文。",
            "ある大学の研究チームが論文を発表した。",
            "大阪大学",
            "ある大学",
            id="university-cut-place-and-kind",
        ),
        pytest.param(
            "日本大阪大学的研究团队发表了论文。",
            "日本のある大学の研究チームが論文を発表した。",
            "大阪大学",
            "ある大学",
            id="country-kept-before-it",
        ),
        pytest.param(
            "东京工业大学发布了新成果。",
            "都内のある大学が新しい成果を発表した。",
            "东京工业大学",
            "ある大学",
            id="where-it-is-kept",
        ),
        pytest.param(
            "大阪大學的研究團隊發表了論文。",
            "とある大学の研究チームが論文を発表した。",
            "大阪大學",
            "とある大学",
            id="traditional-toaru",
        ),
        pytest.param(
            "京都大学宣布了这项成果。",
            "某大学がこの成果を発表した。",
            "京都大学",
            "某大学",
            id="bou",
        ),
    ],
)
def test_a_name_made_vague_with_its_kind_is_anonymized(zh, ja, name, reference):
    findings = entity_findings(zh, ja)
    assert (ANONYMIZED, name, reference) in [f[:3] for f in findings]


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        pytest.param(
            "大阪大学的研究团队发表了论文。",
            "大阪大学の研究チームが論文を発表した。",
            id="faithful",
        ),
        pytest.param(
            "大阪大学与一所大学合作。",
            "大阪大学はある大学と提携した。",
            id="a-university-of-the-source",
        ),
    ],
)
def test_faithful_pairs_stay_silent(zh, ja):
    assert entity_findings(zh, ja) == []


def test_a_common_noun_of_the_source_still_renders():
    # 一所大学 is the source's own description: ある大学 renders it, 大阪大学 is missing
    findings = entity_findings("一所大学和大阪大学合作。", "ある大学が提携した。")
    assert [f[0] for f in findings] == [MISSING]
