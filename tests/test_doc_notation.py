"""The same fact in documentation's own notation (issue 14): a quantity measured in a Latin
unit after an acronym (`RAM 8GB`, `VRAM 24 GB`, `TTL 300ms`) is a quantity, not part of a
name as `RFC 1945` is; a change from one figure to another written with spaces, as
Japanese docs space Latin digits (`2 から 4 に変更`), is two figures, not a range.

Each row is a Chinese source, a Japanese translation and the number findings expected,
each as RULE:severity (none for a faithful rendering).
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, table_rows

OK = ""

# fmt: off
MEASURED_AFTER_ACRONYM = [
    ("支持 NVIDIA 显卡（显存 8GB 以上）。", "NVIDIA GPU（VRAM 8GB 以上）に対応。", OK),
    ("支持 NVIDIA 显卡（显存 8GB 以上）。", "NVIDIA GPU（VRAM 16GB 以上）に対応。", "XL101:error"),
    ("需要 RAM 16 GB 和 SSD 512GB。", "RAM 16 GB と SSD 512GB が必要です。", OK),
    ("需要 RAM 16 GB 和 SSD 512GB。", "RAM 32 GB と SSD 512GB が必要です。", "XL101:error"),
    ("缓存的 TTL 为 300ms。", "キャッシュの TTL は 300ms です。", OK),
    ("缓存的 TTL 为 300ms。", "キャッシュの TTL は 500ms です。", "XL101:error"),
    ("每台服务器（RAM 32GB）运行两个实例。", "各サーバー（RAM 32GB）で 2 つ実行します。", OK),
    # a figure without a unit after an acronym stays part of the name: no quantity to pair
    ("请参见 RFC 1945。", "RFC 1945 を参照。", OK),
    ("日期格式遵循 ISO 8601。", "日付の形式は ISO 8601 に従います。", OK),
    # (a Latin unit glued to more letters is an identifier still: JAS 39C)
    ("型号为 JAS 39C。", "型式は JAS 39C です。", OK),
]

SPACED_CHANGES = [
    ("默认线程数从 2 改为 4。", "スレッド数を 2 から 4 に変更しました。", OK),
    ("默认线程数从 2 改为 4。", "スレッド数を 2 から 8 に変更しました。", "XL101:error"),
    ("重试次数从 3 增加到 5。", "リトライ回数を 3 から 5 に増やしました。", OK),
    ("副本数从 1 调整为 3。", "レプリカ数を 1 から 3 へ調整します。", OK),
    ("上限从 100 件提高到 500 件。", "上限を 100 件から 500 件 に引き上げました。", OK),
    # English quoted on a page says a change with a change word before "from"
    ("参见 Default port changed from 80 to 8080。", "ポートが 80 から 8080 に変更。", OK),
    ("参见 Port changed from 80 to 8080。", "ポートが 80 から 8088 に変更。", "XL101:error"),
    ("参见 The limit was raised from 2 to 4。", "上限が 2 から 4 に引き上げられました。", OK),
    ("取值范围 (values from 0 to 255)。", "値の範囲は 0 から 255 です。", OK),
    # a range stays a range: nothing after it marks the end of a change
    ("取值范围是 2 到 4。", "値の範囲は 2 から 4 です。", OK),
    ("取值范围是 2 到 4。", "値の範囲は 2 から 6 です。", "XL101:error"),
    ("长度为 8 到 64 个字符。", "長さは 8 から 64 文字です。", OK),
]

# a bound on a version with 及/或 before it, or それ (it) after または/か (or)
VERSION_BOUNDS = [
    ("本页面适用于 v2.0.0 及以后的版本。", "v2.0.0 以降のバージョンに適用されます。", OK),
    ("本页面适用于 v2.0.0 及以后的版本。", "v2.0.0 のバージョンに適用されます。", "XL502:warning"),
    ("本頁面適用於 v2.0.0 及以後的版本。", "このページは v2.0.0 以降に適用されます。", OK),
    ("该选项在 1.4.0 及之后可用。", "このオプションは 1.4.0 以降で使用できます。", OK),
    ("该选项在 1.4.0 及之后可用。", "このオプションは 1.5.0 以降で使用できます。", "XL501:warning"),
    ("需要 Go 1.21.0 或更早版本。", "Go 1.21.0 以前が必要です。", OK),
    ("需要 Go 1.21.0 或更早版本。", "Go 1.21.0 以降が必要です。", "XL502:warning"),
    ("需要 v3.2.1 或以上。", "v3.2.1 またはそれ以降が必要です。", OK),
    ("需要 v3.2.1 或以上。", "v3.2.1 かそれ以上が必要です。", OK),
    ("仅支持 v1.8.0 及以前的版本。", "v1.8.0 またはそれ以前のみに対応しています。", OK),
    ("仅支持 v1.8.0 及以前的版本。", "v1.8.0 またはそれ以降のみに対応。", "XL502:warning"),
]

# a day written compact (changelog headings, build names) is the day in any other notation
COMPACT_DATES = [
    ("## 2023 年 10 月 6 日更新", "## 20231006 アップデート", OK),
    ("## 2023 年 10 月 6 日更新", "## 20231016 アップデート", "XL201:error"),
    ("版本 20240115 于 2024-01-15 发布。", "20240115 は 2024年1月15日 にリリース。", OK),
    ("构建号 20191231 修复了这个问题。", "ビルド 2019/12/31 でこの問題が修正されました。", OK),
    ("快照 20200229（最后的 1.x 版本）", "スナップショット 2020.02.29（最後の 1.x）", OK),
    # eight digits that read as no day stay a number; glued to a name they are an identifier
    ("共有 12345678 行。", "合計 12345678 行あります。", OK),
    ("共有 12345678 行。", "合計 12345679 行あります。", "XL101:error"),
    ("下载 backup_20231006 文件。", "backup_20231006 ファイルをダウンロードします。", OK),
]

# a year and month in digits alone is that month; a day, a season, a version stay theirs
YEAR_MONTHS = [
    ("2024 年 3 月发布。", "2024-03 リリース。", OK),
    ("2024 年 3 月发布。", "2024/3 リリース。", OK),
    ("2024 年 3 月发布。", "2024.03 リリース。", OK),
    ("2024 年 3 月发布。", "2024/04 リリース。", "XL201:error"),
    ("于 1999/12 停止维护。", "1999 年 12 月にメンテナンス終了。", OK),
    ("于 2024 年 3 月 5 日发布。", "2024-03-05 リリース。", OK),
    ("2010-11 赛季", "2010-11 シーズン", OK),
    # (reread13 item 18) a decimal amount before a scale or a unit, a school or fiscal year
    ("公司营业收入2019.6亿元。", "公司の営業収入は2019億6000万元だった。", OK),
    ("公司营业收入2019.6亿元。", "公司の営業収入は2019億7000万元だった。", "XL101:error"),
    ("本季度营收为2020.5万美元。", "今四半期の売上は2020万5000ドルだった。", OK),
    ("2011-12学年共有300名学生。", "2011～12学年度には300人の学生がいた。", OK),
    ("2011-12学年共有300名学生。", "2011年12月には300人の学生がいた。", "XL202:info"),
    ("于2024-03发布。", "2024年4月にリリース。", "XL201:error"),
]

# bits in both languages' words: a bound after the unit holds (16ビットを超える)
BITS = [
    ("后来 Unicode 规范扩展到了超过 16 位。", "Unicode 標準が 16 ビットを超えて拡張された。", OK),
    ("1 字节由 8 比特组成。", "1バイトは8ビットで構成されています。", OK),
    ("1 字节由 8 比特组成。", "1バイトは16ビットで構成されています。", "XL101:error"),
    ("比特币价格为 3 万美元。", "ビットコインの価格は3万ドル。", OK),
]

# sizes spelt out in katakana (8 ギガバイト = 8 GB) and minutes and seconds abbreviated in
# Latin letters in the plural (5mins, 30 secs = 5 分钟, 30 秒), spaced or not
SPELT_UNITS = [
    ("至少需要 8 GB 内存。", "8 ギガバイト以上のメモリが必要です。", OK),
    ("至少需要 8GB 内存。", "8ギガバイト以上のメモリが必要です。", OK),
    ("至少需要 8GB 内存。", "16 ギガバイト以上のメモリが必要です。", "XL101:error"),
    ("单个分片为 64 KB。", "1 つのチャンクは 64 キロバイトです。", OK),
    ("硬盘为 2 TB。", "ディスクは 2 テラバイトです。", OK),
    ("间隔为 5 分钟。", "間隔は 5mins です。", OK),
    ("间隔为 5 mins。", "間隔は 5 分です。", OK),
    ("間隔為 5 分鐘。", "間隔は 10 mins です。", "XL101:error"),
    ("超时为 30 秒。", "タイムアウトは 30 secs です。", OK),
    ("超时为 30 秒。", "タイムアウトは 45 secs です。", "XL101:error"),
    ("有 5 个 admin 账户。", "admin アカウントが 5 つあります。", OK),
]
# fmt: on

TABLES = {
    "measured-after-acronym": MEASURED_AFTER_ACRONYM,
    "spaced-change": SPACED_CHANGES,
    "compact-date": COMPACT_DATES,
    "year-month": YEAR_MONTHS,
    "bits": BITS,
    "spelt-units": SPELT_UNITS,
}


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(TABLES))
def test_pair(zh: str, ja: str, expected: str) -> None:
    assert fact_findings(zh, ja) == expected


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows({"version-bound": VERSION_BOUNDS}))
def test_version_bound(zh: str, ja: str, expected: str) -> None:
    assert fact_findings(zh, ja, kinds=("version",)) == expected
