"""Units of volume by the cube of a length, in both scripts and the signs (立方米, 立方公尺,
立方公里, 立方厘米, 立方公分; 立方メートル, 立米, 立方キロメートル, 立方センチメートル; m³, ㎥,
km³, cm³, ㎤): read as units, so a bound said after them (194億立方メートルを超えた) is
the figure's, and they convert to litres (1立方米 = 1000升).
"""

from __future__ import annotations

from tests.conftest import construction_tests

OK = ""

# fmt: off
CUBIC_UNITS = [
    ("水库蓄水量超过194亿立方米。", "ダムの貯水量は194億立方メートルを超えた。", OK),
    ("水庫蓄水量超過194億立方公尺。", "ダムの貯水量は194億立方メートルを超えた。", OK),
    ("水库蓄水量超过194亿立方米。", "ダムの貯水量は194億m³を超えた。", OK),
    ("该矿年产天然气30亿立方米。", "同鉱区の天然ガス年産量は30億㎥だ。", OK),
    ("混凝土用量约5000立方米。", "コンクリート使用量は約5000立米。", OK),
    ("冰川融水达1.2立方公里。", "氷河の融解水は1.2立方キロメートルに達した。", OK),
    ("发动机排量为1998立方厘米。", "エンジンの排気量は1998立方センチメートルだ。", OK),
    ("水池容积为2立方米。", "水槽の容積は2000リットルだ。", OK),
    # (a cubic centimetre is the millilitre and the cc; letters as typed: m3, cm3)
    ("发动机排量为1998立方厘米。", "エンジンの排気量は1998ccだ。", OK),
    ("發動機排氣量為1998立方公分。", "エンジンの排気量は1998cm3だ。", OK),
    ("水库蓄水量超过194亿立方米。", "ダムの貯水量は194億m3を超えた。", OK),
    ("发动机排量为1998立方厘米。", "エンジンの排気量は1598ccだ。", "XL101:error"),
    # (another figure, a bound turned, another unit: reported)
    ("水库蓄水量超过194亿立方米。", "ダムの貯水量は149億立方メートルを超えた。", "XL101:error"),
    ("水库蓄水量超过194亿立方米。", "ダムの貯水量は194億立方メートルを下回った。", "XL101:error"),
    ("水池容积为2立方米。", "水槽の容積は2平方メートルだ。", "XL401:error"),
]
# fmt: on

TABLES = {"cubic-units": CUBIC_UNITS}

test_construction, test_faithful_both_ways = construction_tests(TABLES)
