"""Vague references built on a katakana noun of a person's trade or standing (ある人気
タレント, とある人気シンガー, あるレジェンド), issue 13: the grammar types a reference by
the noun it ends in, and no kanji ending (者, 員, 手) types a loanword, so a name made
vague this way was only "missing", or paired as a different name with the loanword the
tagger took for a name (卡卡 became レジェンド). The loanwords of people's trades are
nouns of the person type in rules/anonymization.toml."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

ANONYMIZED = "XL302"


@pytest.mark.parametrize(
    ("zh", "ja", "reference"),
    [
        pytest.param(
            "藝人羅志祥今日出席品牌活動。",
            "ある人気タレントは本日、ブランドのイベントに出席した。",
            "ある人気タレント",
            id="talent-traditional",
        ),
        pytest.param(
            "广州队宣布与卡卡达成合作。",
            "広州は、あるレジェンドと提携すると発表した。",
            "あるレジェンド",
            id="legend-katakana-read-as-a-name",
        ),
        pytest.param(
            "林志玲今日現身信義區百貨公司出席代言活動。",
            "とある人気モデルが今日、信義区のデパートでアンバサダーイベントに出席した。",
            "とある人気モデル",
            id="popular-model-traditional",
        ),
        pytest.param(
            "林志玲出席了活动。",
            "あるトップモデルがイベントに出席した。",
            "あるトップモデル",
            id="top-model",
        ),
        pytest.param(
            "周杰伦今晚在台北开演唱会。",
            "とある人気シンガーが今夜、台北でコンサートを開く。",
            "とある人気シンガー",
            id="singer-toaru",
        ),
        pytest.param(
            "王心凌宣布复出。",
            "ある元アイドルが復帰を発表した。",
            "ある元アイドル",
            id="former-idol",
        ),
        pytest.param(
            "林志玲出席了发布会。",
            "某タレントが発表会に出席した。",
            "某タレント",
            id="bou-talent",
        ),
    ],
)
def test_a_name_made_a_katakana_trade_is_anonymized(zh, ja, reference):
    found = [f[:3] for f in entity_findings(zh, ja)]
    assert any(rule == ANONYMIZED and target == reference for rule, _, target in found)


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        pytest.param("这位模特来自上海。", "このモデルは上海出身だ。", id="no-name-at-all"),
        pytest.param(
            "歌手周杰伦今晚开演唱会。",
            "人気シンガーの周杰倫が今夜コンサートを開く。",
            id="name-kept-beside-its-trade",
        ),
        pytest.param(
            "周杰伦和一位模特合影。",
            "周杰倫はあるモデルと写真を撮った。",
            id="a-model-of-the-source",
        ),
        # モデル is no person noun: a maker's model is no vague reference to its product
        pytest.param(
            "用 Gemini 总结文档。", "Google のモデルで文書を要約する。", id="a-makers-model"
        ),
        pytest.param(
            "OPT-66B 的结果见表 5。",
            "660億パラメータのモデルの結果は表5にある。",
            id="a-model-of-parameters",
        ),
        pytest.param(
            "该公司发布了新模型。", "同社はある人気モデルの新型を発表した。",
            id="a-popular-model-of-a-product",
        ),
    ],
)
def test_faithful_pairs_stay_silent(zh, ja):
    assert entity_findings(zh, ja) == []
