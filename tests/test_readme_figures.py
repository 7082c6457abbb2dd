"""Figures as READMEs write them, on either side: a Latin letter scaling the digits
(45k = 4万5千, 1.2M = 120万, 7B = 70億, 10k-20k; a rounded count or a download's size,
so a changed one is a warning, never an error), a threshold "cannot reach" said in
its everyday forms (无法达到 100%, 100%には達しません), and a version said "from" it
before an event (v2 から追加: added in v2; v1 から v2 への移行), which names that version
and no "or later". Each faithful row stands beside one where the figure changed."""

import pytest

from tests.conftest import fact_findings, reverse_fact_findings

SCALES = [
    pytest.param("已有 45k 用户。", "4万5千人のユーザーがいる。", "", id="k-against-man-and-sen"),
    pytest.param("已有 45k 用户。", "4万6千人のユーザーがいる。", "XL101:warning",
                 id="k-against-another-figure"),
    pytest.param("累计下载超过 1.2M 次。", "累計ダウンロード数は120万回を超える。", "",
                 id="decimal-m-against-man"),
    pytest.param("累计下载超过 1.2M 次。", "累計ダウンロード数は130万回を超える。", "XL101:warning",
                 id="decimal-m-against-another-figure"),
    pytest.param("支持 20万 行数据。", "200k 行のデータに対応。", "", id="man-against-k"),
    pytest.param("支持 20万 行数据。", "300k 行のデータに対応。", "XL101:warning",
                 id="man-against-another-k"),
    pytest.param("星标数达到 3.5K。", "スター数は3500に達した。", "",
                 id="capital-k-with-a-decimal"),
    pytest.param("模型有 7B 参数。", "モデルのパラメータは70億個。", "", id="b-against-oku"),
    pytest.param("模型有 1.5B 参数。", "モデルのパラメータは 15 億。", "",
                 id="decimal-b-against-oku"),
    pytest.param("模型有 7B 参数。", "モデルのパラメータは 13B。", "XL101:warning",
                 id="b-against-another-b"),
    pytest.param("累计 10M+ 次下载。", "累計1000万回以上ダウンロードされた。", "",
                 id="m-before-a-plus-is-at-least"),
    pytest.param("每天 10k-20k 次请求。", "1日あたり1万～2万件のリクエスト。", "",
                 id="a-range-of-ks"),
    pytest.param("每天 10-20k 次请求。", "1日あたり1万～3万回のリクエスト。", "XL101:warning",
                 id="a-range-scaled-at-its-end-changed"),
    # what the letters do not scale
    pytest.param("缓存为 512KB。", "キャッシュは 512KB。", "", id="a-unit-of-two-letters"),
    pytest.param("支持 k8s 1.26 和 H100 显卡。", "k8s 1.26 と H100 GPU に対応。", "",
                 id="letters-before-digits"),
    pytest.param("支持 4K 显示器。", "4K ディスプレイに対応。", "", id="4k-on-both-sides"),
    pytest.param("电阻为 1kΩ 和 2.2kΩ。", "抵抗は 1kΩ と 2.2kΩ。", "", id="a-prefix-of-a-unit"),
    pytest.param("融资 1.2M 美元。", "120万ドルを調達した。", "", id="money-after-the-letter"),
    pytest.param("支持 128K 上下文窗口。", "12万8千トークンのコンテキストウィンドウに対応。", "",
                 id="a-context-window-is-no-about"),
    pytest.param("使用 8K 上下文。", "8Kのコンテキストを使う。", "", id="8k-context"),
    pytest.param("(大的单一下载, 356K)", "(大きな単一ダウンロード, 412K)", "",
                 id="a-download-size-each-language-its-own"),
    pytest.param("内存为 512K。", "メモリは 512KB。", "XL104:info", id="memory-size"),
    # the letter a unit of its own: the other side's figure stays unpaired, as before
    pytest.param("这是一条 18K 金项链。", "これは18金のネックレスだ。", "XL104:info", id="karat"),
    pytest.param("他参加了 10K 跑步比赛。", "彼は10キロのランニング大会に出た。", "XL104:info",
                 id="a-10k-run"),
    pytest.param("支持 4K 分辨率。", "4000ピクセルの解像度に対応。", "XL104:info",
                 id="a-unit-after-the-letter"),
]  # fmt: skip

BOUNDS = [
    pytest.param("准确率无法达到 100%。", "精度は100%に達しない。", "", id="cannot-reach"),
    pytest.param("准确率达不到 100%。", "精度は100%には達しません。", "",
                 id="with-wa-and-polite"),
    pytest.param("识别率不能达到100%。", "認識率は100%に届きません。", "", id="polite-todoku"),
    pytest.param("準確率無法達到 100%。", "精度は100%に達することはない。", "",
                 id="traditional-and-koto-wa-nai"),
    pytest.param("准确率无法达到 100%。", "精度は100%に達する。", "XL102:warning",
                 id="reaches-against-cannot-reach"),
    pytest.param("准确率达不到 90%。", "精度は100%には達しません。", "XL101:error",
                 id="another-threshold"),
]  # fmt: skip

VERSIONS = [
    pytest.param("该选项在 v2 中新增。", "このオプションは v2 から追加された。", "",
                 id="added-from-a-version"),
    pytest.param("该选项自 v2 起新增。", "このオプションは v2 で追加された。", "",
                 id="zh-qi-before-an-event"),
    pytest.param("该参数在 v1.5 中已弃用。", "このパラメータは v1.5 から非推奨です。", "",
                 id="deprecated-from-a-version"),
    pytest.param("从 v1 迁移到 v2。", "v1 から v2 への移行。", "", id="a-migration-from-to"),
    pytest.param("从 v1 升级到 v2 即可。", "v1 から v2 へアップグレードするだけです。", "",
                 id="an-upgrade-from-to"),
    pytest.param("从 v1 迁移。", "v1 からの移行。", "", id="a-migration-from-with-no"),
    pytest.param("该功能从 v1.20 开始可用。", "この機能は v1.20 から利用できます。", "",
                 id="available-from-on-both-sides"),
    # (reread18 item 3) から reads both ways: against the version named plainly it says the
    # same, against a limit it does not
    pytest.param("该功能在 v1.20 中可用。", "この機能は v1.20 から利用できます。", "",
                 id="available-from-against-the-version-named"),
    pytest.param("该功能在 v1.20 之前可用。", "この機能は v1.20 から利用できます。",
                 "XL502:warning", id="available-from-against-a-limit"),
    pytest.param("该选项在 v2 中新增。", "このオプションは v3 から追加された。", "XL501:warning",
                 id="another-version-added"),
    pytest.param("从 v1 迁移到 v2。", "v1 から v3 への移行。", "XL501:warning",
                 id="a-migration-to-another-version"),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja", "expected"), SCALES)
def test_latin_scales(zh, ja, expected):
    assert fact_findings(zh, ja, ("number",)) == expected


@pytest.mark.parametrize(("zh", "ja", "expected"), [r for r in SCALES if not r.values[2]])
def test_latin_scales_either_way(zh, ja, expected):
    assert reverse_fact_findings(zh, ja, ("number",)) == expected


@pytest.mark.parametrize(("zh", "ja", "expected"), BOUNDS)
def test_cannot_reach(zh, ja, expected):
    assert fact_findings(zh, ja, ("number",)) == expected


@pytest.mark.parametrize(("zh", "ja", "expected"), VERSIONS)
def test_a_version_from_which_something_happened(zh, ja, expected):
    assert fact_findings(zh, ja, ("version",)) == expected
