"""Technical prose writes "about" as a tilde right before the figure (`~10 秒`, `~500 个
token/秒`, `~10秒`), and counts with a Latin scale letter before what is counted (`1M
token`, `10M 用户`). Rows from the shapes of real README and documentation pages; each
faithful row stands beside one where the figure or its "about" changed, and a tilde
between two figures stays a range."""

import pytest

from tests.conftest import fact_findings, reverse_fact_findings

TILDE = [
    # faithful: ~ against 約 / 约 / ~, spaced or not, before a counter, a unit, a rate
    ("给定一段 ~10 秒的语音。", "与えられた約10秒の音声。", "", "tilde-against-yaku"),
    ("给定一段~10秒的语音。", "約 10 秒の音声が与えられます。", "", "unspaced-tilde"),
    (
        "速度 (~30 个 token/秒 -> ~500 个 token/秒)。",
        "（約 30 トークン/秒 -> 約 500 トークン/秒）。",
        "",
        "rates-in-brackets",
    ),
    ("需要约 10 分钟。", "~10分かかります。", "", "yue-against-ascii-tilde"),
    ("需要 ~10 分钟。", "~10 分かかります。", "", "tilde-on-both-sides"),
    ("大约需要 ~2 GB 内存。", "約 2 GB のメモリが必要です。", "", "yue-and-tilde-together"),
    # ranges: a tilde between figures is no "about"
    ("需要 10~20 秒。", "10〜20秒かかります。", "", "range-unspaced"),
    ("需要 10 ~ 20 秒。", "10~20秒かかります。", "", "range-spaced"),
    ("端口 8000~8080。", "ポート 8000～8080。", "", "range-full-width"),
    # a tilde after a figure, its unit or a currency sign joins a range (zh ~ and ～, ja ~
    # and ～; spaced or not): no "about" on the second end
    ("价格为10元~20元。", "価格は10元～20元。", "", "range-after-a-unit"),
    ("价格为10元～20元。", "価格は10元~20元。", "", "range-full-width-after-a-unit"),
    ("价格为 10 元 ~ 20 元。", "価格は10～20元。", "", "range-spaced-after-a-unit"),
    ("价格 $10~$20。", "価格は$10~$20。", "", "range-after-a-currency-sign"),
    ("支持 Python 3.8~3.11。", "Python 3.8～3.11 をサポート。", "", "range-of-versions"),
    ("需要 10 秒 ~ 20 秒。", "10 秒 ~ 20 秒かかります。", "", "range-spaced-units"),
    ("需要10~20秒。", "10~20秒かかります。", "", "range-bare-figures"),
    ("耗时~10 秒。", "約10秒かかる。", "", "tilde-after-a-word"),
    ("约 ~500 个。", "約500個。", "", "tilde-after-yue-and-a-space"),
    ("价格为10元~20元。", "価格は10元～30元。", "XL101:error", "range-after-a-unit-changed"),
    ("价格 $10~$20。", "価格は$10~$30。", "XL101:error", "range-after-a-sign-changed"),
    ("支持 Python 3.8~3.11。", "Python 3.8～3.12 をサポート。", "XL101:error", "versions-changed"),
    ("需要 10~20 秒。", "10~30秒かかります。", "XL101:error", "range-bare-changed"),
    # no figure: a home directory, a semver range
    ("编辑 ~/.bashrc 文件。", "~/.bashrc を編集します。", "", "home-directory"),
    ("依赖写成 ~1.2.3。", "依存関係は ~1.2.3 と書きます。", "", "semver-tilde"),
    # changed: "about" dropped or added, the figure changed
    ("需要 ~10 秒。", "10秒かかります。", "XL102:warning", "about-dropped"),
    ("需要 10 秒。", "~10秒かかります。", "XL102:warning", "about-added"),
    ("需要 ~10 秒。", "約20秒かかります。", "XL101:error", "about-on-both-changed-figure"),
    ("~30 个 token/秒", "約 50 トークン/秒", "XL101:error", "rate-changed"),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), [pytest.param(*r[:3], id=r[3]) for r in TILDE])
def test_a_tilde_before_a_figure_says_about(zh, ja, expected):
    assert fact_findings(zh, ja) == expected


# a faithful pair holds both ways (the Japanese as the source)
@pytest.mark.parametrize(
    ("zh", "ja", "expected"), [pytest.param(*r[:3], id=r[3]) for r in TILDE if not r[2]]
)
def test_a_tilde_before_a_figure_both_ways(zh, ja, expected):
    assert reverse_fact_findings(zh, ja) == expected


# (a figure scaled by a letter is weak: a changed one is a warning)
COUNTED = [
    (
        "平台拥有 10M 用户。",
        "プラットフォームには1000万人のユーザーがいる。",
        "",
        "ten-million-users",
    ),
    ("模型有 7B 参数。", "モデルには70億パラメータがある。", "", "b-is-whole-already"),
    ("支持 2M 个参数。", "200万個のパラメータをサポートします。", "", "counter-after-m"),
    (
        "平台拥有 10M 用户。",
        "プラットフォームには100万人のユーザーがいる。",
        "XL101:warning",
        "users-changed",
    ),
    # a size stays no count: 10M alone, 内存为 512M
    ("上传文件不超过 10M。", "アップロードは10M以下です。", "", "size-alone"),
    ("内存为 512M。", "メモリは512Mです。", "", "memory-size"),
    # a Latin word after the letter: the t of token is no tonne
    (
        "上下文窗口可扩展至 1M token。",
        "コンテキストは100万トークンまで拡張できます。",
        "",
        "token-after-m",
    ),
    (
        "支持 128K tokens 的上下文。",
        "128Kトークンのコンテキストをサポート。",
        "",
        "k-tokens-both-sides",
    ),
    (
        "支持 128K tokens 的上下文。",
        "12万8000トークンのコンテキストをサポート。",
        "",
        "k-tokens-in-kanji",
    ),
    (
        "支持 128K tokens 的上下文。",
        "64Kトークンのコンテキストをサポート。",
        "XL101:warning",
        "k-tokens-changed",
    ),
    (
        "上下文窗口可扩展至 1M token。",
        "コンテキストは200万トークンまで拡張できます。",
        "XL101:warning",
        "m-token-changed",
    ),
]


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    [pytest.param(*r[:3], id=r[3]) if len(r) == 4 else r for r in COUNTED],
)
def test_a_scale_letter_before_what_is_counted(zh, ja, expected):
    assert fact_findings(zh, ja) == expected
