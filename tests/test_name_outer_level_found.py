"""A nested name found in the translation by its outer level alone, another name said in
its inner level's place (issue 13, points 1 and 3).

德国慕尼黑, 馬來西亞吉隆坡, 越南海防市 are one name to jieba; the translation says the
country (ドイツ, マレーシア, ベトナム), so the name was found there, and the city said after
it (ベルリン, ペナン, ダナン市) was only "not in the source" (an info). So is a body named
after its city (香港教育大學, 东京科学大学) against another body of that city (香港中文大学,
東京理科大学). Each level is a name: when only the outer level of a source name is said,
the one open name of a compatible type said right after that level (ドイツ + の + ベルリン)
or opening with it (香港 + 中文大学) took the inner level's place: a different name (a
guess, so a warning). The inner level said in the translation, or rendered by a name
heard in the source (ミュンヘン for 慕尼黑), keeps the pair silent.
"""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

MISMATCH = "XL301"


@pytest.mark.parametrize(
    ("zh", "ja", "source", "target"),
    [
        pytest.param(
            "他将在德国慕尼黑举行演唱会。",
            "彼はドイツのフランクフルトでコンサートを開く。",
            "慕尼黑",  # (a place by the glossary's ミュンヘン: a level of its own)
            "フランクフルト",
            id="country-city-no",
        ),
        pytest.param(
            "公司將在越南海防市設立新廠。",
            "会社はベトナムのハノイ市に新工場を設ける。",
            "越南海防市",
            "ハノイ市",
            id="country-city-with-suffix-traditional",
        ),
        pytest.param(
            "東京藝術大學的學生舉辦了畫展。",
            "東京造形大学の学生が絵画展を開いた。",
            "東京藝術大學",
            "東京造形大学",
            id="body-opening-with-its-city",
        ),
        pytest.param(
            "他们在美国纽约举行了会谈。",
            "彼らは米国のボストンで会談した。",
            "纽约",  # jieba's 美国纽约 read as the country and the city in it
            "ボストン",
            id="country-city-typed-other",
        ),
        pytest.param(
            "日本京都大学的研究团队发表了论文。",
            "日本の大阪大学の研究チームが論文を発表した。",
            "日本京都大学",
            "大阪大学",
            id="country-then-body",
        ),
    ],
)
def test_the_name_after_the_outer_level_replaced_the_inner(zh, ja, source, target):
    assert (MISMATCH, source, target) in [f[:3] for f in entity_findings(zh, ja)]


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        pytest.param(
            "他将在德国慕尼黑举行演唱会。",
            "彼はドイツのミュンヘンでコンサートを開く。",
            id="city-heard",
        ),
        pytest.param(
            "他将在德国慕尼黑举行演唱会。",
            "彼はドイツ南部のミュンヘンでコンサートを開く。",
            id="city-heard-after-a-region",
        ),
        pytest.param(
            "下一站是馬來西亞吉隆坡。",
            "次の公演地はマレーシアのクアラルンプールだ。",
            id="capital-by-its-glossary-name",
        ),
        pytest.param(
            "公司將在越南海防市設立新廠。",
            "会社はベトナムのハイフォン市に新工場を設ける。",
            id="city-heard-with-suffix",
        ),
        pytest.param(
            "日本京都大学的研究团队发表了论文。",
            "京都大学の研究チームが論文を発表した。",
            id="country-left-implicit",
        ),
        pytest.param(
            "他们在美国纽约举行了会谈。",
            "彼らは米ニューヨークで会談した。",
            id="country-abbreviated",
        ),
    ],
)
def test_the_inner_level_said_stays_silent(zh, ja):
    assert entity_findings(zh, ja) == []
