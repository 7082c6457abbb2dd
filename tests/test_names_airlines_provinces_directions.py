"""Bodies and places as translations write them (issue 13; fresh57's misses and noise).

- The glossary names the airlines whose Chinese name renders a part of the Japanese one
  or none (汉莎航空 = ルフトハンザ航空, 法航 = エールフランス): 汉莎 against ルフトハンザ
  is no other name. (航空 as a body's suffix was tried: it made 英国航空 and 卡塔尔航空 one
  name, which the English-form and heard-name readings need apart.)
- A body opening on a province says it without 省 in Chinese (陕西考古研究院), with it in
  Japanese (陝西省考古研究院): the same body.
- A place named by a direction or 内 before a country (内モンゴル, 北アイルランド) is read
  whole, over the country UniDic reads in it: 内蒙古 against モンゴル is another place.
"""

from __future__ import annotations

from tests.conftest import construction_tests

OK = ""

# fmt: off
TABLES = {
    "airlines": [
        ("他乘坐汉莎航空的航班去了法兰克福。",
         "彼はルフトハンザ航空の便でフランクフルトへ行った。", OK),
        ("德国汉莎航空宣布恢复直飞航班。",
         "ドイツのルフトハンザ航空が直行便の再開を発表した。", OK),
        ("阿联酋航空的班机在迪拜降落。", "エミレーツ航空の便がドバイに着陸した。", OK),
        ("民用航空的发展很快。", "民間航空の発展は速い。", OK),
    ],
    "province-said-in-a-body": [
        ("陕西考古研究院公布了新发现。", "陝西省考古研究院が新発見を公表した。", OK),
        ("陝西考古研究院公布了新發現。", "陝西省考古研究院が新発見を公表した。", OK),
        ("湖南博物院展出了这件文物。", "湖南省博物院がこの文物を展示した。", OK),
        ("陕西考古研究院公布了新发现。", "河南省考古研究院が新発見を公表した。", "XL301:warning"),
        ("他在浙江大学读书。", "彼は浙江大学で学んでいる。", OK),
    ],
    "direction-before-a-country": [
        ("内蒙古呼伦贝尔的额尔古纳河畔有一家面包坊。",
         "内モンゴル・フルンボイルのアルグン川のほとりにパン屋がある。", OK),
        ("北爱尔兰贝尔法斯特的居民增加了。", "北アイルランド・ベルファストの住民が増えた。", OK),
        ("他去了内蒙古。", "彼は内モンゴルに行った。", OK),
        ("他去了内蒙古。", "彼はモンゴルに行った。", "XL301:error"),
        ("国内的蒙古餐厅多了。", "国内モンゴル料理店が増えた。", OK),
    ],
}
# fmt: on

test_construction, test_faithful_both_ways = construction_tests(TABLES, kinds=("entity",))
