"""Readings documentation pages wrote (md32, pages of ten projects judged by a reader of
both languages): a model's name of Latin parts joined by hyphens holds no version and no
figure (stable-diffusion-v1-5, Llama-3-8B, gpt-4o-mini), while a package's file name with a
dotted version keeps it (node-v18.17.0-linux-x64); 分 opening a word is no minute
(トップ5分類 = top-5 分类, 3分野), and トップ5 is weak, the source writing top-5 in Latin
letters; 百分之百 is as often "certainly" as 100 %; ideas named after a person are names the
glossary knows (图灵完备 = チューリング完全, 朴素贝叶斯 = ナイーブベイズ); a placeholder in
angle brackets translated in a command's option is the same option (--log-file=<文件路径> =
--log-file=<path>); a shell variable (${ENV_VARS}), a footnote's mark ([1]) and an issue's
number (rust-lang/rust#29802, #1234) are no facts."""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, page_findings, table_rows

OK = ""
KINDS = ("number", "date", "version", "identifier", "entity")

# fmt: off
TABLES = {
    "hyphenated-model-names": [
        ("加载 runwayml/stable-diffusion-v1-5 模型。",
         "モデル「runwayml/stable-diffusion-v1-5」を読み込みます。", OK),
        ("加载stable-diffusion-v1-5模型，需要3分钟。",
         "stable-diffusion-v1-5 モデルの読み込みに3分かかる。", OK),
        ("我们用 gpt-4o-mini 做对比。", "gpt-4o-mini で比較する。", OK),
        ("下载 node-v18.17.0-linux-x64 压缩包。",
         "node-v18.17.0-linux-x64 のアーカイブをダウンロードする。", OK),
        ("下载 node-v18.17.0-linux-x64 压缩包。",
         "node-v20.1.0-linux-x64 のアーカイブをダウンロードする。", "XL501:warning"),
        ("加载stable-diffusion-v1-5模型，需要3分钟。",
         "stable-diffusion-v1-5 モデルの読み込みに5分かかる。", "XL101:error"),
    ],
    "words-opening-with-fen": [
        ("该模型在 ImageNet 前5分类中达到 92.7%。",
         "このモデルはImageNetのトップ5分類で92.7%を達成した。", OK),
        ("该模型在 ImageNet top-5 分类中达到 92.7%。", "ImageNetのトップ5分類で92.7%を達成。", OK),
        ("他进入了前十名。", "彼はトップ10入りした。", OK),
        ("他进入了前十名。", "彼はトップ5入りした。", "XL101:warning"),
        ("研究涉及3个领域。", "研究は3分野にわたる。", OK),
        ("会议持续了5分钟。", "会議は5分続いた。", OK),
        ("会议持续了5分钟。", "会議は6分続いた。", "XL101:error"),
    ],
    # 百分之百 is as often an adverb of certainty as a figure: weak
    "a-hundred-per-cent": [
        ("在这里采用的方法并不是百分之百可靠的。", "ここで採用した方法は確実ではない。", OK),
        ("在这里采用的方法并不是百分之百可靠的。", "ここで採用した方法は100%確実ではない。", OK),
        ("合格率达到百分之百。", "合格率は100%に達した。", OK),
        ("合格率达到百分之百。", "合格率は90%に達した。", "XL101:warning"),
    ],
    # a footnote's mark and an issue's number are marks, no figures
    "marks": [
        ("没有语言功能（例如连接运算符[1]）。", "言語機能(例: 連結演算子[1])はない。", OK),
        ("没有语言功能（例如连接运算符[2]）。", "言語機能(例: 連結演算子[1])はない。", OK),
        ("备用 API 被推迟了（见此问题）。",
         "代替APIは後回しになる([rust-lang/rust#29802](https://x.org))。", OK),
        ("此问题已在 #1234 中修复。", "この問題は修正された。", OK),
        ("共有 1234 个问题。", "問題は1234件ある。", OK),
        ("共有 1234 个问题。", "問題は1243件ある。", "XL101:error"),
    ],
    "named-ideas": [
        ("这可以发生在任何图灵完备的语言里。", "どのチューリング完全な言語でも起こりうる。", OK),
        ("诸如朴素贝叶斯和 LSTM 等传统模型。", "ナイーブベイズやLSTMなどの従来のモデル。", OK),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(TABLES))
def test_md32_reading(zh: str, ja: str, expected: str) -> None:
    assert fact_findings(zh, ja, KINDS) == expected


# (zh page, ja page): a translated placeholder, a shell variable
SAME_OPTION = [
    (
        "- 所有命令均可搭配 `--log-file=<文件路径>` 参数。",
        "- すべてのコマンドで `--log-file=<path>` を使える。",
    ),
    (
        "- 使用 `--log-level=<日志等级>` 设置日志等级。",
        "- `--log-level=<level>` でログレベルを設定する。",
    ),
    ("- 运行 `git clone <仓库地址>`。", "- `git clone <repo-url>` を実行する。"),
    (
        "这些环境设置可以在模板文件中使用。",
        "これらの環境設定はテンプレートで ${ENV_VARS} として使える。",
    ),
]


@pytest.mark.parametrize(("zh", "ja"), SAME_OPTION)
def test_placeholders_are_no_facts(tmp_path, zh: str, ja: str) -> None:
    assert page_findings(tmp_path, f"# 日志\n\n{zh}\n", f"# ログ\n\n{ja}\n") == []


def test_another_option_is_still_changed(tmp_path) -> None:
    zh = "# 日志\n\n- 所有命令均可搭配 `--log-file=<文件路径>` 参数。\n"
    ja = "# ログ\n\n- すべてのコマンドで `--log-dir=<path>` を使える。\n"
    assert page_findings(tmp_path, zh, ja) == [("XL511", "--log-file=<文件路径>")]
