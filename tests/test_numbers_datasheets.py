"""Figures as datasheets write them (md54, M5Stack's M5StickV page, a datasheet translated
into both languages):

- sizes, two figures and a sign of times between (2755.2μm×2049.6μm, 3.5 mm x 2.5 mm), and
  lengths of small things by their signs (μm with the Greek mu or the micro sign):
  2049.6 was read as June 2049 on the Chinese side and as a version after "x ";
- a range in English inside Japanese prose with the unit said twice (2.5V to 5.5V): "to"
  made 5.5 a version, and the range was a figure "approximated";
- a degree sign spaced from its letter (-30° C ~ 70°C), the tilde between two spaced
  figures a range's, not "about".
"""

from __future__ import annotations

from tests.conftest import construction_tests

# fmt: off
ROWS = {
    "sizes": [
        ("图像面积：2755.2μm×2049.6μm", "画像領域: 2755.2  μm x 2049.6 μm", ""),
        ("图像面积：2755.2μm×2049.6μm", "画像領域: 2755.2 μm x 2049.8 μm", "XL101:error"),
        ("尺寸为 3.5 mm x 2.5 mm。", "サイズは 3.5 mm x 2.5 mm です。", ""),
        ("尺寸为 3.5 mm x 2.5 mm。", "サイズは 3.5 mm x 2.8 mm です。", "XL101:error"),
        ("像素尺寸为1.12µm。", "画素サイズは1.12μmだ。", ""),
        # (nm is no unit: as often nautical miles as nanometres)
        ("航程为3000海里。", "航続距離は3000 nmだ。", ""),
    ],
    "english-ranges": [
        ("电源工作（2.5V至5.5V）。", "電源動作 (2.5V to 5.5V)。", ""),
        ("电源工作（2.5V至5.5V）。", "電源動作 (2.5V to 6.5V)。", "XL101:error"),
        ("内存为 8 GB 到 16 GB。", "メモリは 8 GB to 16 GB です。", ""),
        ("内存为 8 GB 到 16 GB。", "メモリは 8 GB to 32 GB です。", "XL101:error"),
        # a range of versions keeps its versions; a capital X is no sign of times
        ("需要 Mac OS X 10.15 或更高版本。", "Mac OS X 10.15 以降が必要です。", ""),
    ],
    "spaced-degrees": [
        ("工作温度：-30°C至70°C。", "動作温度: -30° C ~ 70°C。", ""),
        ("图像稳定范围：0°C至50°C。", "画像安定範囲: 0° C ~ 50° C。", ""),
        ("图像稳定范围：0°C至50°C。", "画像安定範囲: 0° C ~ 60° C。", "XL101:error"),
        # a tilde right before a figure is still "about"
        ("大约需要十分钟。", "所要時間は ~10分です。", ""),
    ],
    # a year and a month written with a dot stay a date before a word
    "dotted-months": [
        ("该版本于 2024.3 发布。", "このバージョンは 2024.3 にリリースされた。", ""),
        ("该版本于 2024.3 发布。", "このバージョンは 2024.4 にリリースされた。", "XL201:error"),
    ],
}
# fmt: on

test_construction, test_faithful_both_ways = construction_tests(ROWS)
