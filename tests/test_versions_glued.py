"""Versions written without a space beside Chinese or Japanese text (issue 12, sixth
stop): 版本从v1.2.3更新, 5.2.1版, バージョン3.1.0, 「v2.0.1」, ｖ１．２．３, Ver.1.2.3.

A version's edges are Latin letters, digits and dots only; Han, kana, full-width
brackets and punctuation glue onto it. A dotted run of three parts is no figure for the
number grammar, so a version that the version grammar did not read was read by nothing,
and a changed version went unreported. Each construction has a faithful row and a changed
row, in both directions, and the negatives keep decimals and dotted dates where they were.
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, reverse_fact_findings, table_rows
from xlcheck.extract.spans import fold_width
from xlcheck.extract.technical import find_versions
from xlcheck.rules.data import default_rule_files

KINDS = ("number", "date", "version")
OK = ""
CHANGED = "XL501:warning"


def versions(text: str, lang: str) -> list[tuple[str, str, str]]:
    """(span, version, bound) of each version the grammar reads in `text`."""
    tables = default_rule_files().lexicons[lang].versions
    folded = fold_width(text)  # as the pipeline reads it
    return [
        (text[f.start : f.end], f.value.number, f.value.bound)
        for f in find_versions(folded, tables)
    ]


# (language, text, [(span, version, bound)])
# fmt: off
READ = [
    ("zh", "从v1.2.3更新到v1.2.9", [("v1.2.3", "1.2.3", "exact"), ("v1.2.9", "1.2.9", "exact")]),
    ("zh", "請升級到V2.10.13版本", [("V2.10.13", "2.10.13", "exact")]),
    ("zh", "请升级到5.2.1版", [("5.2.1", "5.2.1", "exact")]),
    ("zh", "该问题在3.0.2中已修复", [("3.0.2", "3.0.2", "exact")]),
    ("zh", "【v2.0.1】修复了崩溃", [("v2.0.1", "2.0.1", "exact")]),
    ("zh", "（1.2.3）版本", [("1.2.3", "1.2.3", "exact")]),
    ("zh", "支持1.4.0至1.4.7", [("1.4.0", "1.4.0", "exact"), ("1.4.7", "1.4.7", "exact")]),
    ("zh", "支持1.4.0到1.4.7为止", [("1.4.0", "1.4.0", "exact"), ("1.4.7", "1.4.7", "exact")]),
    ("zh", "需要v1.20及以上", [("v1.20及以上", "1.20", "ge")]),
    ("zh", "升级到版本1.20", [("1.20", "1.20", "exact")]),
    ("zh", "安装jdk8u312-b07即可", [("jdk8u312-b07", "jdk8u312-b07", "exact")]),
    ("ja", "バージョン3.1.0をリリースした", [("3.1.0", "3.1.0", "exact")]),
    ("ja", "バージョン3.1で修正された", [("3.1", "3.1", "exact")]),
    ("ja", "ｖ１．２．３で修正された", [("ｖ１．２．３", "1.2.3", "exact")]),
    ("ja", "「v2.0.1」をご利用ください", [("v2.0.1", "2.0.1", "exact")]),
    ("ja", "Ver.1.2.3で修正された", [("Ver.1.2.3", "1.2.3", "exact")]),
    # から says "from": the version on, or the version departed from; which one, the verb
    # says wherever the clause puts it (rules/ja/technical.toml): both
    ("ja", "ver2.1から対応", [("ver2.1から", "2.1", "from")]),
    ("ja", "v3 からサポートされる", [("v3 から", "3", "from")]),
    ("ja", "v2.6 から大きく進歩した", [("v2.6 から", "2.6", "from")]),
    ("ja", "0.9.0から新しい版を開発", [("0.9.0から", "0.9.0", "from")]),
    ("ja", "5.2.1版にアップグレード", [("5.2.1", "5.2.1", "exact")]),
    ("ja", "1.4.0～1.4.7に対応", [("1.4.0", "1.4.0", "exact"), ("1.4.7", "1.4.7", "exact")]),
    ("ja", "1.4.0から1.4.7までに対応", [("1.4.0", "1.4.0", "exact"), ("1.4.7", "1.4.7", "exact")]),
    ("ja", "v1.2.3からv1.2.9に更新", [("v1.2.3", "1.2.3", "exact"), ("v1.2.9", "1.2.9", "exact")]),
    ("ja", "v1.20以降が必要", [("v1.20以降", "1.20", "ge")]),
    ("ja", "v1.20から2年後に", [("v1.20", "1.20", "exact")]),
    # negatives: decimals, dotted days and words with digits stay with the other grammars
    ("zh", "价格为3.5元", []),
    ("zh", "增长了1.5倍", []),
    ("zh", "于2023.10.05发布", []),
    ("ja", "2024.1.15にリリース", []),
    ("ja", "価格は3.5ドル", []),
    ("zh", "使用mp3格式", []),
    ("ja", "ver2で", [("ver2", "2", "exact")]),
]
# fmt: on


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [pytest.param(*row, id=f"{row[0]}-{index:02d}-{row[1]}") for index, row in enumerate(READ)],
)
def test_read(lang, text, expected):
    assert versions(text, lang) == expected


# (zh, ja, version, number and date findings): a faithful row and its changed twin
# fmt: off
PAIRS = {
    "han": [
        ("版本从v1.2.3更新到v1.2.9。", "バージョンをv1.2.3からv1.2.9に更新した。", OK),
        ("版本从v1.2.3更新到v1.2.9。", "バージョンをv1.2.3からv1.2.8に更新した。", CHANGED),
        ("该问题已在3.0.2中修复。", "この問題は3.0.2で修正された。", OK),
        ("该问题已在3.0.2中修复。", "この問題は3.0.3で修正された。", CHANGED),
    ],
    "version-word": [
        ("版本3.1.0已发布。", "バージョン3.1.0がリリースされた。", OK),
        ("版本3.1.0已发布。", "バージョン3.1.2がリリースされた。", CHANGED),
        ("請升級到5.2.1版。", "5.2.1版にアップグレードしてください。", OK),
        ("请升级到5.2.1版。", "4.2.1版にアップグレードしてください。", CHANGED),
    ],
    "prefix": [
        ("Ver.1.2.3修复了该问题。", "Ver.1.2.3でこの問題が修正された。", OK),
        ("Ver.1.2.3修复了该问题。", "Ver.1.2.4でこの問題が修正された。", CHANGED),
        ("V2.4.1新增了此功能。", "v2.4.1でこの機能が追加された。", OK),
        ("V2.4.1新增了此功能。", "v2.5.1でこの機能が追加された。", CHANGED),
    ],
    "brackets": [
        ("请使用「v2.0.1」。", "「v2.0.1」を使ってください。", OK),
        ("请使用【v2.0.1】。", "【v2.0.2】を使ってください。", CHANGED),
        ("请使用（v2.0.1）。", "（v2.0.1）を使ってください。", OK),
        ("请使用（v2.0.1）。", "（v3.0.1）を使ってください。", CHANGED),
    ],
    "full-width": [
        ("请使用v2.0.1。", "ｖ２．０．１を使ってください。", OK),
        ("请使用v2.0.1。", "ｖ２．０．３を使ってください。", CHANGED),
        ("请使用２．０．１版。", "2.0.1版を使ってください。", OK),
    ],
    "range": [
        ("支持1.4.0至1.4.7。", "1.4.0～1.4.7に対応している。", OK),
        ("支持1.4.0至1.4.7。", "1.4.3～1.4.7に対応している。", CHANGED),
        ("支持1.4.0至1.4.7。", "1.4.0から1.4.7までに対応している。", OK),
        ("支持1.4.0到1.4.7。", "1.4.0から1.4.6までに対応している。", CHANGED),
        ("支持1.4.0～1.4.7。", "1.4.0〜1.4.7に対応している。", OK),
    ],
    "ban": [
        # 版 after a number is a version word in Japanese as in Chinese
        ("从1.2版开始支持。", "1.2版から対応。", OK),
        ("从1.2版开始支持。", "1.3版から対応。", CHANGED),
        ("在2023.10.05版中修复。", "2023.10.05版で修正。", OK),
        ("这本书第3版于2020年出版。", "この本の第3版は2020年に出版された。", OK),
    ],
    "bound": [
        ("从v1.20开始支持。", "v1.20から対応している。", OK),
        ("需要v1.20及以上。", "v1.20以降が必要だ。", OK),
        ("需要v1.20及以上。", "v1.20以前が必要だ。", "XL502:warning"),
        # から reads either way: the version on, or the version a change departs from;
        # against an exact version or "or later" it says the same, against a limit not
        ("需要v1.20及以上。", "v1.20から対応している。", OK),
        ("该功能在 v1.20 中可用。", "この機能は v1.20 から利用できます。", OK),
        ("從 v2.0 開始支持該選項。", "v2.0 からこのオプションに対応しています。", OK),
        ("该功能在 v1.20 中可用。", "この機能は v1.20 からデフォルトで有効です。", OK),
        ("v3.0 相比 v2.6 有了很大进步。", "v3.0 は v2.6 から大きく進歩した。", OK),
        ("我們以 0.9.0 為基礎開發了新版本。", "0.9.0 から新しいバージョンを開発しました。", OK),
        ("該功能在 Ver.4.2 中得到了大幅改進。", "この機能は Ver.4.2 から大幅に改善された。", OK),
        ("需要 v3.2 之前的版本。", "v3.2 から対応している。", "XL502:warning"),
        ("只支持 v5.1 以下。", "v5.1 からサポートしている。", "XL502:warning"),
        ("从v1.20开始支持。", "v1.21から対応している。", CHANGED),
    ],
    "not-a-version": [
        ("于2023.10.05发布。", "2023.10.05にリリースされた。", OK),
        ("于2023.10.05发布。", "2024.10.05にリリースされた。", "XL201:error"),
        ("价格为3.5元。", "価格は3.5元だ。", OK),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(PAIRS))
def test_pairs(zh, ja, expected):
    assert fact_findings(zh, ja, KINDS) == expected
    assert reverse_fact_findings(zh, ja, KINDS) == expected
