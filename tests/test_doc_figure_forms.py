"""Figures as documentation writes them (md30: the React, Electron and Astro pages).

Chinese documentation spaces digits from the characters around them (700 多名, 30 多年:
"more than 700", "over 30 years"), writes a year before its season or holiday with no 年
(2014春季, 2024 秋季发布会, 2014春节), bounds a release or a year "or later" and "or earlier"
after it (1903或更晚, 1990年或更早, Android 9 及以前), says "these two" of things the text
names (这两个项目 = ElectronとAtom), and counts by an order of magnitude what Japanese
bounds from below (数百个 = 100以上). 成 counts tenths up to ten (三成, 十成): after a
larger figure it opens a word (2024 成为). Each row is checked in both directions; a pair of
expectations is (zh to ja, ja to zh).
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, reverse_fact_findings, table_rows

OK = ""
CHANGED = "XL101:error"
WEAK_CHANGED = "XL101:warning"
DATE_CHANGED = "XL201:error"

# (zh, ja, number and date findings)
# fmt: off
FORMS = {
    "spaced-more-than": [
        ("感谢 700 多名与会者。", "700 人以上の参加者に感謝します。", OK),
        ("感谢700多名与会者。", "700人以上の参加者に感謝します。", OK),
        ("經過 30 多年的開發。", "30 年以上の開発を経て。", OK),
        ("有 30 余个项目。", "30以上のプロジェクトがある。", OK),
        ("感谢 700 多名与会者。", "900 人以上の参加者に感謝します。", CHANGED),
        ("經過 30 多年的開發。", "20 年以上の開発を経て。", CHANGED),
    ],
    "tenths-up-to-ten": [
        ("使 React Conf 2024 成为可能。", "React Conf 2024 を実現してくれました。", OK),
        ("2024成为转折点。", "2024は転換点になった。", OK),
        ("有三成用户使用。", "ユーザーの3割が使っている。", OK),
        ("有 3 成用户使用。", "ユーザーの3割が使っている。", OK),
        ("三成五的人同意。", "3割5分の人が賛成した。", OK),
        ("有三成用户使用。", "ユーザーの4割が使っている。", CHANGED),
    ],
    "or-later-or-earlier": [
        ("需要 Windows（版本 1903 或更晚）。", "Windows（バージョン 1903 以降）が必要です。", OK),
        ("需要 iOS 15 或更晚版本。", "iOS 15 以降が必要です。", OK),
        ("需要 iOS 15 或更新版本。", "iOS 15 以降が必要です。", OK),
        ("2019年或更晚出生的儿童。", "2019年以降に生まれた子ども。", OK),
        ("2019年及以後出生的兒童。", "2019年以降に生まれた子ども。", OK),
        ("1990年或更早出生。", "1990年以前に生まれた。", OK),
        ("需要 Windows（版本 1903 或更晚）。", "Windows（バージョン 1809 以降）が必要。", CHANGED),
        ("2019年或更晚出生的儿童。", "2018年以降に生まれた子ども。", DATE_CHANGED),
    ],
    "year-before-season-or-holiday": [
        ("这两个项目在2014春季开源。", "両プロジェクトは2014年の春にオープンソース化された。", OK),
        ("2024 秋季发布会", "2024年秋の発表会", OK),
        ("2014春节回家", "2014年の春節に帰省した", OK),
        ("2014春季开源", "2015年の春にオープンソース化", DATE_CHANGED),
        ("2014春节回家", "2015年の春節に帰省した", DATE_CHANGED),
    ],
    "these-two": [
        ("这两个项目在2014年开源。", "ElectronとAtomは2014年にオープンソース化された。", OK),
        ("這兩種方法都可以。", "どちらの方法でもよい。", OK),
        ("这两个项目在2014年开源。", "この2つのプロジェクトは2014年にオープンソース化された。", OK),
        ("这两个项目在2014年开源。", "この3つのプロジェクトは2014年に公開された。", WEAK_CHANGED),
        # a count with no demonstrative stays a count
        ("他有两个孩子。", "彼には子どもがいる。", ("XL103:warning", "XL104:info")),
    ],
    "magnitude-from-below": [
        ("Tailwind、MDX 和数百个集成。", "TailwindやMDXなど、100以上のインテグレーション。", OK),
        ("几千人参加了活动。", "1000人以上がイベントに参加した。", OK),
        ("數百個整合", "100以上のインテグレーション", OK),
        ("超過一百個整合", "数百のインテグレーション", OK),
        ("超过两百人参加。", "数百人が参加した。", "XL102:warning"),
        ("数十人参加了活动。", "100人以上がイベントに参加した。", CHANGED),
        ("数百个集成", "1000以上のインテグレーション", CHANGED),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(FORMS))
def test_doc_figure_forms(zh, ja, expected):
    forward, reverse = expected if isinstance(expected, tuple) else (expected, expected)
    assert fact_findings(zh, ja) == forward
    assert reverse_fact_findings(zh, ja) == reverse
