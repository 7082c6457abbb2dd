"""On documentation pages a figure stated bare on one side and the same figure only
approximate on the other (约 30% against 30%), or under a bound the bare side's sentence
also says apart from the figure (超过 JPEG 的 30 倍 against 30倍以上), or a one said as an
article (一个 against 1つ以上), is not reported (compare/hedges.py); a bound the bare side
says nowhere ("Set it to 60" against 60 を上回る), a figure rounded, a bound against a
different bound, a range and a changed figure are; sentence pairs keep every XL102."""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, page_findings


def page(zh_sentence: str) -> str:
    return f"# 性能\n\n本页介绍缓存的效果。\n\n{zh_sentence}\n"


def page_ja(ja_sentence: str) -> str:
    return f"# パフォーマンス\n\nこのページではキャッシュの効果を説明します。\n\n{ja_sentence}\n"


# fmt: off
HEDGED = [
    # the same figure, a hedge or a bound on one side only: silent on pages
    pytest.param("缓存可将重新渲染减少约 30%。", "キャッシュにより再レンダリングが30%減ります。",
                 [], id="about-dropped"),
    pytest.param("后续导航只需下载 10 KB。",
                 "後続のナビゲーションは10KB程度のダウンロードで済みます。", [], id="about-added"),
    pytest.param("需要 Windows 7 或更新版本的电脑。", "Windows 7 以降のPCが必要です。", [],
                 id="or-later-apart"),
    pytest.param("处理时间可能超过 JPEG 的 30 倍。", "処理にはJPEGの30倍以上の時間がかかります。",
                 [], id="bound-apart-from-its-figure"),
    pytest.param("每个页面至少需要一个标题。", "各ページには1つの見出しが必要です。", [],
                 id="at-least-dropped"),
    pytest.param("請求超過 API 配額的 30 秒限制時會逾時。",
                 "APIクォータの30秒を超えるとタイムアウトします。", [], id="traditional"),
    # a figure rounded, two bounds that differ, a range, a changed figure: reported
    pytest.param("缓存可将重新渲染减少 63%。", "キャッシュにより再レンダリングが約60%減ります。",
                 [("XL102", "63%")], id="rounded"),
    pytest.param("速度快了近 40 倍。", "速度は40倍以上速くなりました。", [("XL102", "近 40 倍")],
                 id="nearly-against-over"),
    pytest.param("重新渲染减少约 60%。", "再レンダリングは最大60%減ります。", [("XL102", "约 60%")],
                 id="about-against-at-most"),
    pytest.param("缓存可将重新渲染减少约 30%。", "キャッシュにより再レンダリングが40%減ります。",
                 [("XL101", "约 30%")], id="changed"),
    pytest.param("将其设置为 60。", "60 を上回る値に設定します。", [("XL102", "60")],
                 id="a-bound-the-bare-side-says-nowhere"),
    pytest.param("上传的文件不能大于 10 MB。", "10MBのファイルをアップロードできます。",
                 [("XL102", "大于 10 MB")], id="a-limit-dropped"),
]
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), HEDGED)
def test_hedges_on_pages(tmp_path, zh: str, ja: str, expected: list) -> None:
    assert page_findings(tmp_path, page(zh), page_ja(ja)) == expected


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        ("缓存可将重新渲染减少约 30%。", "キャッシュにより再レンダリングが30%減ります。"),
        ("后续导航只需下载 10 KB。", "後続のナビゲーションは10KB程度のダウンロードで済みます。"),
    ],
)
def test_sentence_pairs_keep_the_hedge(zh: str, ja: str) -> None:
    assert fact_findings(zh, ja) == "XL102:warning"
