"""Words of technical prose the tokenizers take for names or times.

UniDic knows レガシー as a proper noun (a car); before the adnominal な (レガシーなコード)
it is an adjective. jieba tags 维基 (a wiki), 光照 (lighting) and 马赛克 (a mosaic) as
people; the Debian FAQ and GIMP's help then had "the person 维基 became Wiki". A figure
glued to Latin letters (gcc4, ext4) belongs to a name: 过渡到 gcc4 时 is "when moving to
gcc4", no 4 o'clock. Each row beside a suppression keeps a real change reported.
"""

import pytest

from tests.conftest import entity_findings, fact_findings

NAMES = [
    pytest.param(
        "建立的步骤可以在 Debian 维基上找到。",
        "その手順は Debian Wiki で示されています。",
        [],
        id="a-wiki",
    ),
    pytest.param(
        "这个滤镜会生成马赛克效果。",
        "このフィルターはモザイク効果を生成します。",
        [],
        id="a-mosaic",
    ),
    pytest.param(
        "请清理旧代码。",
        "レガシーなコードをサニタイズします。",
        [],
        id="a-loanword-as-an-adjective",
    ),
    pytest.param(
        "请检查这些代码。",
        "ドイツなどのコードを確認します。",
        [("XL304", None, "ドイツ")],
        id="a-name-before-nado-still-reported",
    ),
    pytest.param(
        "张伟在维基上写了这些步骤。",
        "田中さんは Wiki にこの手順を書きました。",
        [("XL301", "张伟", "田中")],
        id="a-person-beside-a-wiki-still-reported",
    ),
    # UniDic cuts a loanword it does not hold at a first name it does (マイルス + トーン,
    # ジャック + ポット): a person's name is written apart from what follows it
    pytest.param(
        "支持设置里程碑和任务。",
        "マイルストーンとタスクの設定をサポートします。",
        [],
        id="a-first-name-cut-from-a-loanword",
    ),
    pytest.param("查看里程碑列表", "マイルストーン一覧を表示", [], id="a-loanword-before-kanji"),
    pytest.param(
        "奖池已经累积到很高。", "ジャックポットが高く積み上がった。", [], id="another-loanword"
    ),
    pytest.param(
        "查看里程碑列表", "ﾏｲﾙｽﾄｰﾝ一覧を表示", [], id="a-loanword-in-half-width-katakana"
    ),
    pytest.param(
        "他是爵士乐手。",
        "マイルスはジャズ奏者だ。",
        [("XL304", None, "マイルス")],
        id="the-first-name-alone-still-reported",
    ),
    pytest.param(
        "他是爵士乐手。",
        "マイルス・デイヴィスはジャズ奏者だ。",
        [("XL304", None, "マイルス・デイヴィス")],
        id="a-full-name-with-its-dot-still-reported",
    ),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), NAMES)
def test_common_nouns_are_no_names(zh, ja, expected):
    assert entity_findings(zh, ja) == sorted(expected)


TIMES = [
    pytest.param(
        "作者曾在 gcc 版本从 gcc3 过渡到 gcc4 时碰到了这种情况。",
        "作者は gcc3 から gcc4 への移行でこの状況に遭遇しました。",
        "",
        id="a-figure-glued-to-a-name-is-no-hour",
    ),
    pytest.param("会议在 4 时开始。", "会議は 4 時に始まります。", "", id="an-hour"),
    pytest.param(
        "会议在下午 4 时开始。",
        "会議は午後 5 時に始まります。",
        "XL201:error",
        id="an-hour-changed",
    ),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), TIMES)
def test_hours(zh, ja, expected):
    assert fact_findings(zh, ja) == expected
