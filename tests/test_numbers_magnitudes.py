"""The magnitude of an earthquake, as each language writes it (issue 12, session 25):
Chinese 里氏5.8级, 5.8级地震, Taiwan's 芮氏規模5.8, M5.8级; Japanese マグニチュード5.8,
M5.8 (full-width Ｍ５．８ too) before 地震, or after 規模. A changed magnitude is a
mismatch. M before a figure elsewhere (PM2.5, an M2.5 screw, an M2 chip) is no magnitude.
Spaced forms (M 5.8, 规模为 M5.8) are magnitudes too, not a product's version, while a
name with a version word or a v before its number stays a version (session 27).

Each row is checked in both directions.
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, reverse_fact_findings, table_rows

OK = ""
CHANGED = "XL101:error"

ZH = [
    "里氏5.8级地震",
    "5.8级地震",
    "5.8級地震",
    "芮氏規模5.8地震",
    "芮氏规模5.8的地震",
    "M5.8级地震",
]
JA = ["M5.8の地震", "Ｍ５．８の地震", "マグニチュード5.8の地震", "マグニチュード５．８の地震"]
# the same, spaced as news wires and web pages write them
ZH_SPACED = ["M 5.8级地震", "M 5.8 级地震", "里氏 5.8 级地震", "芮氏規模 5.8 地震"]
JA_SPACED = ["M 5.8の地震", "M 5.8 の地震", "マグニチュード 5.8 の地震", "Ｍ ５．８の地震"]



def changed(ja: str) -> str:
    """The same magnitude changed, in the width it is written."""
    return ja.replace("5.8", "6.1").replace("５．８", "６．１")


# (zh, ja, number and date findings)
# fmt: off
CASES = {
    "same-magnitude": [
        (f"当地发生{zh}。", f"現地で{ja}が発生した。", OK) for zh in ZH for ja in JA
    ],
    "changed-magnitude": [
        (f"当地发生{zh}。", f"現地で{changed(ja)}が発生した。", CHANGED) for zh in ZH for ja in JA
    ],
    "magnitude-after-the-scale": [
        ("这次地震的规模为里氏5.8级。", "今回の地震の規模はM5.8だった。", OK),
        ("这次地震的规模为里氏5.8级。", "今回の地震の規模はM6.1だった。", CHANGED),
    ],
    "spaced-magnitude": [
        (f"当地发生{zh}。", f"現地で{ja}が発生した。", OK)
        for zh in (*ZH_SPACED, ZH[0]) for ja in (*JA_SPACED, JA[0])
    ],
    "spaced-changed-magnitude": [
        (f"当地发生{zh}。", f"現地で{changed(ja)}が発生した。", CHANGED)
        for zh in ZH_SPACED for ja in (*JA_SPACED, JA[0])
    ],
    "spaced-after-the-scale": [
        ("地震规模为 M5.8。", "地震の規模はM5.8だった。", OK),
        ("地震规模为 M 5.8。", "地震の規模は M 5.8 だった。", OK),
        ("地震規模為 M5.8。", "地震の規模は M5.8 だった。", OK),
        ("地震规模为 M5.8。", "地震の規模はM6.1だった。", CHANGED),
        ("地震规模为 M 5.8。", "地震の規模は M 6.1 だった。", CHANGED),
    ],
    "the-scale-named-before": [
        ("此次地震震级5.8。", "この地震のマグニチュードは5.8だった。", OK),
        ("此次地震震级为5.8级。", "この地震はM5.8だった。", OK),
        ("此次地震震級6.0。", "この地震はM6.0だった。", OK),
        ("此次地震震级为M5.8。", "この地震は M 5.8 だった。", OK),
        ("此次地震震级为 M 5.8。", "この地震のマグニチュードは5.8だった。", OK),
        ("此次地震震级为5.8级。", "この地震はM6.8だった。", CHANGED),
        ("此次地震震级为 M 5.8。", "この地震は M 6.1 だった。", CHANGED),
        ("此次地震震级5.8。", "この地震のマグニチュードは6.8だった。", CHANGED),
    ],
    "still-a-version": [
        ("请使用 Python 3.8 运行。", "Python 3.8 で実行してください。", OK),
        ("需要 Android 4.4 版本。", "Android 4.4 のバージョンが必要だ。", OK),
        ("版本 5.8 级别更高。", "バージョン 5.8 はレベルが高い。", OK),
    ],
    "no-magnitude": [
        ("今天PM2.5浓度为35。", "今日のPM2.5濃度は35だ。", OK),
        ("今天PM2.5浓度为35。", "今日のPM2.5濃度は45だ。", CHANGED),
        ("请使用M2.5螺丝。", "M2.5のネジを使ってください。", OK),
        ("他买了M2芯片的电脑。", "彼はM2チップのパソコンを買った。", OK),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(CASES))
def test_magnitudes(zh, ja, expected):
    assert fact_findings(zh, ja) == expected
    assert reverse_fact_findings(zh, ja) == expected
