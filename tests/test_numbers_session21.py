"""Constructions of faithful pairs read alike on both sides (issue 12, session 21): a rate's
sign said by a word of decrease (同比下降3.4% = 前年比-3.4%, 負3.4% = 3.4％減), in either
language and either direction; a whole ten written with one character (廿六日 = 26日); a
rate in thousandths with no leading zero (勝率.549); the number of a thing in a series (福卫八号)
beside a first said by a word (首颗, 初号機).
"""

from __future__ import annotations

import pytest

from tests.conftest import check_strings, construction_tests

OK = ""

# fmt: off
# a rate (a percentage, percentage or basis points, ポイント) that fell, said by a minus on
# one side (负, 負, -, －, マイナス) and by a word of decrease on the other, before the rate
# (下降, 减少, 跌幅为, 減少率は) or after it (減, 減少, 低下, の減少, 安); a rise against a
# minus, another figure, and a measure that is no rate (气温下降5度 against -5度) stay changes
FALLING_RATES = [
    ("營收年增率為負3.4%。", "売上高は前年比3.4％減だった。", OK),
    ("营收同比下降3.4%。", "売上高は前年比-3.4%だった。", OK),
    ("营收同比下降3.4%。", "売上高は前年比マイナス3.4%だった。", OK),
    ("利润同比减少12.5%。", "利益は前年同期比－12.5％となった。", OK),
    ("出口同比增长-2.1%。", "輸出は前年同月比2.1％減少した。", OK),
    ("出口年增率為負2.1%。", "輸出は前年同月比で2.1％低下した。", OK),
    ("營收年增率為-3.4%。", "売上高は前年比3.4％の減少だった。", OK),
    ("营收年增率为负3.4%。", "売上高の減少率は3.4％だった。", OK),
    ("股价跌幅为2%。", "株価は-2%だった。", OK),
    ("股價下跌2%。", "株価は2%安となった。", OK),
    ("失业率下降0.5个百分点。", "失業率はマイナス0.5ポイントとなった。", OK),
    ("失业率为负0.5个百分点。", "失業率は0.5ポイント低下した。", OK),
    ("营收同比下降了约3.4%。", "売上高は前年比約-3.4%だった。", OK),
    ("营收同比下降3.4%。", "売上高は前年比3.4％減だった。", OK),
    ("營收年增率為負3.4%。", "売上高は前年比3.4％増だった。", "XL101:error"),
    ("營收年增率為負3.4%。", "売上高は前年比3.5％減だった。", "XL101:error"),
    ("营收同比下降3.4%。", "売上高は前年比-3.5%だった。", "XL101:error"),
    ("营收同比增长3.4%。", "売上高は前年比-3.4%だった。", "XL101:error"),
    ("失业率为负0.5个百分点。", "失業率は0.5ポイント上昇した。", "XL101:error"),
    ("气温下降5度。", "気温は-5度だった。", "XL101:error"),
    ("气温为零下5度。", "気温は5度だった。", "XL101:error"),
]
# a whole ten written with one character (廿 20, 卄 20, 卅 30, 卌 40) in a date, a count of
# years, a century, a chapter count, as Chinese dates and old-style prose write them, and
# as a Japanese date may (廿日 = 20日): the numeral it stands for; not after another numeral
# (五卅, the May 30th of a name)
WHOLE_TENS = [
    ("謹訂於本月廿六日中午十二時設宴。", "今月26日正午12時より宴席を設けます。", OK),
    ("会议定于本月卅一日召开。", "会議は今月31日に開かれる。", OK),
    ("他在这里住了廿年。", "彼はここに20年住んだ。", OK),
    ("廿一世纪是亚洲的世纪。", "21世紀はアジアの世紀だ。", OK),
    ("全书共卌章。", "全書は全40章からなる。", OK),
    ("他卄日抵达北京。", "彼は20日に北京に到着した。", OK),
    ("他二十日抵达北京。", "彼は廿日に北京に到着した。", OK),
    ("农历十月廿三是他的生日。", "旧暦10月23日は彼の誕生日だ。", OK),
    ("五卅运动爆发于1925年。", "五・三〇事件は1925年に起きた。", OK),
    ("本月廿六日设宴。", "今月27日に宴席を設けます。", "XL201:error"),
    ("会议定于本月卅一日召开。", "会議は今月30日に開かれる。", "XL201:error"),
    ("他在这里住了廿年。", "彼はここに30年住んだ。", "XL101:error"),
    ("全书共卌章。", "全書は全30章からなる。", "XL101:error"),
]
# a rate in thousandths written without its leading zero (打率.312, 勝率.549), as batting
# and winning averages are, against the same rate with it (0.549) or without; a version or
# a section number with digits before its point, a name with a letter before it, and a
# sentence's point before a count stay what they were
POINT_THOUSANDTHS = [
    ("球隊上季戰績為89勝73敗，勝率0.549。", "同チームの昨季成績は89勝73敗、勝率.549だった。", OK),
    ("他本季打擊率.312。", "彼の今季の打率は.312だ。", OK),
    ("他本季打击率0.312，全垒打20支。", "彼の今季の打率は.312、本塁打20本だ。", OK),
    ("该队胜率为.625。", "同チームの勝率は0.625だ。", OK),
    ("请使用3.549版。", "3.549版を使ってください。", OK),
    ("文件名为a.549。", "ファイル名はa.549だ。", OK),
    ("本研究共调查了100人。", "本研究では．100人を調査した。", OK),
    ("他本季打擊率.312。", "彼の今季の打率は.321だ。", "XL101:error"),
    ("球隊勝率0.549。", "チームの勝率は.594だ。", "XL101:error"),
]
# the number of a thing in a series (a satellite, a craft, a rocket: 福卫八号, 神舟十八号)
# written N号 with no month, which may also be a day, beside a first said by a word (首颗,
# 首枚; 初号機, 初号店, 1基目, 最初の); the N号 pairs with the other side's N号 before any
# first takes it; a changed series number is a warning (the N号 may be a day), a changed
# day with 日 on the other side an error
SERIES_NUMBERS = [
    ("福衛八號首枚衛星預計明年發射。", "フォルモサット8号の初号機は来年打ち上げ予定だ。", OK),
    ("福卫八号首颗卫星计划明年发射。", "フォルモサット8号の初号機は来年打ち上げ予定だ。", OK),
    ("福衛八號首枚衛星預計明年發射。", "福衛8号の1基目の衛星は来年打ち上げられる予定だ。", OK),
    ("福卫八号首颗卫星计划明年发射。", "福衛8号の最初の衛星は来年打ち上げ予定だ。", OK),
    ("该公司首家门店于2019年开业。", "同社の初号店は2019年に開業した。", OK),
    ("神舟十八号飞船8号发射。", "神舟18号宇宙船は8日に打ち上げられた。", OK),
    ("他住在8号房间，8号出发。", "彼は8号室に泊まり、8日に出発する。", OK),
    ("长征五号遥八运载火箭发射成功。", "長征5号遥8ロケットの打ち上げに成功した。", OK),
    ("福卫八号首颗卫星计划明年发射。", "フォルモサット9号の初号機は来年打ち上げ予定だ。",
     "XL101:warning"),
    ("神舟十八号飞船8号发射。", "神舟18号宇宙船は9日に打ち上げられた。", "XL201:error"),
]
# fmt: on

TABLES = {
    "falling-rates": FALLING_RATES,
    "whole-tens": WHOLE_TENS,
    "point-thousandths": POINT_THOUSANDTHS,
    "series-numbers": SERIES_NUMBERS,
}

test_construction, test_faithful_both_ways = construction_tests(TABLES)


# a name after a whole ten written with one character keeps its place: names are read in
# the text as written, and placed back through that text's map, not the spelled one's
TENS_THEN_NAMES = [
    ("他卄日抵达北京。", "彼は20日に上海に到着した。", "北京"),
    ("本月廿六日在北京设宴。", "今月26日に上海で宴席を設けます。", "北京"),
    ("会议卅一日在东京召开。", "会議は31日に大阪で開かれる。", "东京"),
]


@pytest.mark.parametrize(("zh", "ja", "name"), TENS_THEN_NAMES)
def test_a_name_after_a_whole_ten_keeps_its_place(zh: str, ja: str, name: str) -> None:
    found = [f for f in check_strings(zh, ja) if f.kind not in ("number", "date")]
    assert [f.source.text for f in found if f.source] == [name]
