"""A name UniDic hears at the edge of a longer katakana loanword (compare/doc_names.py).

UniDic cuts a loanword it does not know whole into a proper noun it knows and the rest:
エクス (Aix) + ポーター for exporter, シリア (Syria) + ライザー for serializer, バリ (Bali)
+ データ for validator. On a documentation page the piece is no name: the katakana run it
stands in, with no middle dot between, is one word. Negatives: the same names standing
alone (before a particle) or joined by a middle dot are still names.
"""

import pytest

from tests.conftest import page_findings

INTRO_ZH = "# 概述\n\n服务在 2024 年发布。\n\n"
INTRO_JA = "# 概要\n\nサービスは 2024 年に公開されました。\n\n"


def names(tmp_path, zh: str, ja: str) -> list[tuple[str, str]]:
    findings = page_findings(tmp_path, INTRO_ZH + zh, INTRO_JA + ja)
    return sorted(f for f in findings if f[0].startswith("XL3"))


PIECES = [
    pytest.param(
        "可以把指标发送到任何导出器。\n",
        "メトリクスを任意のエクスポーターに送れます。\n",
        [],
        id="aix-inside-exporter",
    ),
    pytest.param(
        "序列化器把对象转为字节。\n",
        "シリアライザーがオブジェクトをバイトに変換します。\n",
        [],
        id="syria-inside-serializer",
    ),
    pytest.param(
        "序列化器把對象轉為位元組。\n",
        "シリアライザーがオブジェクトをバイトに変換します。\n",
        [],
        id="syria-inside-serializer-traditional",
    ),
    pytest.param(
        "请先安装导出器，然后重启服务。\n",
        "まずｴｸｽﾎﾟｰﾀｰをインストールし、サービスを再起動してください。\n",
        [],
        id="half-width-katakana",
    ),
    pytest.param(
        "把数据导出为 JSON 格式的导出器配置。\n",
        "データを JSON 形式で書き出すエクスポーター設定。\n",
        [],
        id="piece-before-kanji",
    ),
    pytest.param(
        "所有验证者都会收到奖励。\n",
        "すべてのバリデータが報酬を受け取ります。\n",
        [],
        id="bali-inside-validator",
    ),
    # negatives: the names themselves
    pytest.param(
        "可以把指标发送到任何后端。\n",
        "メトリクスをシリアの任意のバックエンドに送れます。\n",
        [("XL304", "シリア")],
        id="syria-alone-is-a-place",
    ),
    pytest.param(
        "我们在会议上见面。\n",
        "シリア・アラブ共和国の会議で会いました。\n",
        [("XL304", "シリア・アラブ")],
        id="a-name-joined-by-a-middle-dot",
    ),
    pytest.param(
        "该服务部署在东京区域。\n",
        "このサービスはシドニーリージョンにデプロイされています。\n",
        [("XL303", "东京")],  # here read as two facts: 东京 stays missing
        id="a-sure-place-swapped-for-one-glued-to-a-noun",
    ),
    pytest.param(
        "我们在东京奥运会上见面。\n",
        "ロンドンオリンピックで会いました。\n",
        [("XL301", "东京")],
        id="a-city-swapped-before-olympics",
    ),
    pytest.param(
        "我们在会议上见面。\n",
        "ロンドンで会議を開きました。\n",
        [("XL304", "ロンドン")],
        id="london-before-a-particle-is-a-place",
    ),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), PIECES)
def test_a_name_inside_a_katakana_loanword(tmp_path, zh, ja, expected):
    assert names(tmp_path, zh, ja) == expected


# Loanwords of technical prose that UniDic lists only as names (rules/common/words.toml
# `loanwords`): on a page they are words, each in a sentence of its trade; a person's
# name in the same place is still added.
LOANWORDS_UNIDIC_NAMES = [
    pytest.param(
        "密码哈希时要加盐。\n", "パスワードのハッシュにはソルトを加えます。\n", [], id="salt"
    ),
    pytest.param("字体缺少这个字形。\n", "フォントにこのグリフがありません。\n", [], id="glyph"),
    pytest.param(
        "旧版功能将在下个版本移除。\n", "レガシー機能は次のバージョンで削除されます。\n", [],
        id="legacy-before-kanji",
    ),
    pytest.param(
        "舊版功能將在下個版本移除。\n", "レガシー機能は次のバージョンで削除されます。\n", [],
        id="legacy-traditional",
    ),
    pytest.param(
        "熔断器会切断后续请求。\n", "ヒューズが後続のリクエストを遮断します。\n", [], id="fuse"
    ),
    pytest.param("轻扫即可切换页面。\n", "フリックでページを切り替えます。\n", [], id="flick"),
    pytest.param(
        "插件会先调用模块。\n", "プラグインはまずローダーを呼び出します。\n", [], id="loader"
    ),
    pytest.param(
        "密码哈希时要加盐。\n",
        "パスワードのハッシュにはジョンソンの方法を使います。\n",
        [("XL304", "ジョンソン")],
        id="a-person-in-the-same-place",
    ),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), LOANWORDS_UNIDIC_NAMES)
def test_loanwords_unidic_lists_as_names(tmp_path, zh, ja, expected):
    assert names(tmp_path, zh, ja) == expected
