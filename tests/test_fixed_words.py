"""Numerals inside fixed words, in both languages: 百分率 and 百分比 (percentage), 百分位
(percentile), 五分五分 (fifty-fifty) hold no figure, least of all 100 or 5 minutes (百分点
is the unit percentage point); nor does the label of a figure or table numbered by
chapter (图 16.67, 図17.111), a reference or footnote marker ([12], Sinc[13]), the
mouse's 第2ボタン, 瓜二つ. One row per word, with a row where the figure beside it still
counts."""

import pytest

from tests.conftest import check_strings


def number_rules(zh: str, ja: str) -> list[str]:
    return sorted(f.rule for f in check_strings(zh, ja) if f.kind == "number")


FIXED_WORDS = [
    pytest.param("间隔以画笔宽度的百分比指定。", "間隔の値はブラシの幅の百分率で指定します。", [],
                 id="percentage-both-sides"),
    pytest.param("用百分率表示。", "パーセントで表します。", [], id="percentage-zh"),
    pytest.param("第九十个百分位数。", "第 90 百分位数。", [], id="percentile"),
    pytest.param("两队的机会是五五分。", "両チームの勝算は五分五分だ。", [], id="fifty-fifty"),
    pytest.param("利率上升了三个百分点。", "金利は3ポイント上がった。", [],
                 id="percentage-point"),
    pytest.param("图 16.67. 示例：四种颜色", "図16.67 例: 4 色", [], id="figure-labels-both-sides"),
    pytest.param("图 17.111. 超新星滤镜的示例", "図17.111 超新星フィルターの適用例", [],
                 id="a-figure-label-before-chao-is-no-bound"),
    pytest.param("如图 3.2 所示，有 5 个。", "図 3.2 のように 5 つあります。", [],
                 id="figure-label-after-ru"),
    pytest.param("图 3.54. 示例 3", "図3.53 例その 3", [], id="a-changed-label-is-no-figure"),
    pytest.param("代表 2.5 亿人。", "2.6 億人を代表する。", ["XL101"],
                 id="biao-inside-a-word-is-no-label"),
    pytest.param("[12] [AdvanceMAME].", "[15] [AdvanceMAME].", [], id="footnote-markers"),
    pytest.param("它使用 Sinc[10] 函数。", "これはSinc[13]関数に似た窓関数です。", [],
                 id="reference-marker-glued-to-a-word"),
    pytest.param("它使用 Sinc[10] 函数处理 3 次。", "これはSinc[13]関数で 4 回処理します。",
                 ["XL101"], id="a-figure-beside-a-marker-still-counts"),
    pytest.param("右键单击画布即可打开菜单。", "キャンバスを第2ボタンでクリックします。", [],
                 id="the-second-mouse-button"),
    pytest.param("右键单击画布即可打开菜单。", "マウスの第 2 ボタンでクリックします。", [],
                 id="the-second-mouse-button-spaced"),
    pytest.param("新图层与当前图层完全相同。", "新しいレイヤーは現在のレイヤーと瓜二つです。", [],
                 id="as-like-as-two-peas"),
    pytest.param("选择第二个选项。", "第2の項目を選びます。", [], id="a-rank-still-counts"),
    pytest.param("百分比为 50%。", "百分率は 60% です。", ["XL101"],
                 id="a-figure-beside-it-still-counts"),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja", "expected"), FIXED_WORDS)
def test_numerals_inside_fixed_words(zh, ja, expected):
    assert number_rules(zh, ja) == expected
