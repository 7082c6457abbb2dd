"""Constructions of faithful pairs read alike on both sides (issue 12, session 14): a bound
after a noun no counter list holds (300気圧を超える, 不足四千步), the continuative of a bound
verb (を上回り、), closing in on a figure (に迫る), a bound against an "about" figure of
another figure, a figure scaled by 万 before 年 (1万2000年前: no year), a count per week
(每周三班: no Wednesday), oxides (二酸化炭素: no count), the fiscal year before (前一财年 =
前年度), pressure and sound levels (百帕 = ヘクトパスカル, 分贝 = デシベル).

Each row is a Chinese source, a Japanese translation and the number and date findings
expected, each as RULE:severity; the faithful rows hold both ways.
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, reverse_fact_findings, table_rows

OK = ""

# fmt: off
NOUN_BEFORE_BOUND = [
    (
        "研究发现，每天步行不足4,000步的人风险更高。",
        "研究によると、1日4000歩未満の人はリスクが高い。",
        OK,
    ),
    ("他每天走八千步以上。", "彼は毎日8000歩以上歩く。", OK),
    ("該設備能承受超過300個大氣壓的壓力。", "この設備は300気圧を超える圧力に耐えられる。", OK),
    ("每次训练不少于二十组动作。", "毎回の練習は20セット以上の動作を行う。", OK),
    ("这个湖的面积不到300公顷。", "この湖の面積は300ヘクタール足らずだ。", OK),
    # a word that opens with one numeral is no figure and its noun (八达岭, 八達嶺)
    ("慕田峪长城的人没有八达岭那么多。", "慕田峪の長城は八達嶺ほど混んでいません。", OK),
    # the figure changed, or the bound turned round
    ("他每天走八千步以上。", "彼は毎日9000歩以上歩く。", "XL101:error"),
    (
        "該設備能承受超過300個大氣壓的壓力。",
        "この設備は300気圧未満の圧力に耐えられる。",
        "XL101:error",
    ),
]
CONTINUATIVE = [
    (
        "营收达到82亿美元，超过市场预期的79亿美元。",
        "売上高は82億ドルと、市場予想の79億ドルを上回り、過去最高となった。",
        OK,
    ),
    ("出口额低于五百亿元，降幅扩大。", "輸出額は500億元を下回り、減少幅が拡大した。", OK),
    ("观众人数逼近一万人。", "観客数は1万人に迫った。", OK),
    ("观众人数接近一万人。", "観客数は1万人に迫る。", OK),
    (
        "營收超過市場預期的79億美元。",
        "売上高は市場予想の89億ドルを上回り、過去最高となった。",
        "XL101:error",
    ),
]
BOUND_AGAINST_ABOUT = [
    # the same figure, or one it rounds: a rounding at most
    ("超过三万人", "3万人強", OK),
    ("三万多人", "3万人強", OK),
    ("不到三万人", "3万人弱", OK),
    ("超过三万人", "約3万3000人", "XL102:warning"),
    # an "about" whose span does not reach the bound's figure: another figure
    ("超过三万人", "6万人強", "XL101:error"),
    ("超过300个", "約400個", "XL101:error"),
    ("不到一千人", "約2000人", "XL101:error"),
]
SCALED_YEARS = [
    ("约一万二千年前，人类开始农耕。", "約1万2000年前、人類は農耕を始めた。", OK),
    ("距今约1.2万年。", "今から約1万2000年前。", OK),
    ("恐龙大约在6600万年前灭绝。", "恐竜は約6600万年前に絶滅した。", OK),
    ("地球大約形成於45億4000萬年前。", "地球は約45億4000万年前に形成された。", OK),
    ("约一万二千年前，人类开始农耕。", "約1万3000年前、人類は農耕を始めた。", "XL101:error"),
    # a year of the calendar stays one
    ("2000年人口为一万二千人。", "2000年の人口は1万2000人だった。", OK),
    ("2000年人口为一万二千人。", "2001年の人口は1万2000人だった。", "XL201:error"),
]
PER_WEEK = [
    ("该航线每周三班。", "同路線は週3便。", OK),
    ("一周五次健身。", "週5回ジムに通う。", OK),
    ("每週三節課。", "週3コマの授業。", OK),
    # a weekday stays one
    ("我每周三上午去游泳。", "毎週水曜日の午前に泳ぎに行く。", OK),
    ("周三晚上见。", "水曜の夜に会おう。", OK),
    ("每周一开会。", "毎週月曜日に会議をする。", OK),
    ("该航线每周三班。", "同路線は週4便。", "XL101:error"),
    ("我每周三上午去游泳。", "毎週木曜日の午前に泳ぎに行く。", "XL201:error"),
    # a counter's character that opens a word after the weekday: the weekday stays
    ("这次出差要去一个星期，下周五回来。", "今回の出張は1週間で、来週の金曜日に戻ります。", OK),
    ("他每周五回家一次。", "彼は毎週金曜日に一度帰宅する。", OK),
    ("每週五節目首播。", "毎週金曜日に番組が初放送される。", OK),
    ("每周一集合训练。", "毎週月曜日に集合して練習する。", OK),
    ("每周三班会课上讨论。", "毎週水曜日のホームルームで話し合う。", OK),
    ("这周三部门开会。", "今週水曜日に部署で会議をする。", OK),
    ("我下周五回来。", "来週の木曜日に戻ります。", "XL201:error"),
    ("他每周五回家一次。", "彼は毎週土曜日に一度帰宅する。", "XL201:error"),
]
OXIDES_AND_FISCAL_YEARS = [
    ("預估每年可減少碳排放約8萬公噸。", "年間約8万トンの二酸化炭素排出削減が見込まれる。", OK),
    ("该厂每年排放二氧化碳约8万吨。", "同工場は年間約8万トンの二酸化炭素を排出する。", OK),
    ("一氧化碳中毒事件造成三人死亡。", "一酸化炭素中毒で3人が死亡した。", OK),
    (
        "該公司2023財年營收成長約8%，較前一財年增加。",
        "同社の2023年度の売上高は約8％増え、前年度より増加した。",
        OK,
    ),
    ("该公司2023财年营收较前一财年增长8%。", "同社の2023年度の売上高は前年度比8％増だった。", OK),
    (
        "该公司2023财年营收较前一财年增长8%。",
        "同社の2023年度の売上高は前年度比9％増だった。",
        "XL101:error",
    ),
]
PRESSURE_AND_SOUND = [
    ("台风中心气压为950百帕。", "台風の中心気圧は950ヘクトパスカル。", OK),
    ("颱風中心氣壓為950百帕。", "台風の中心気圧は950hPa。", OK),
    ("吸力达6000帕。", "吸引力6000Pa。", OK),
    ("噪音低于22分贝。", "運転音は22デシベル未満。", OK),
    ("噪音低於22分貝。", "運転音は22dB未満。", OK),
    ("中心气压95千帕。", "中心気圧950hPa。", OK),
    ("台风中心气压为950百帕。", "台風の中心気圧は960ヘクトパスカル。", "XL101:error"),
    ("噪音低于22分贝。", "運転音は25デシベル未満。", "XL101:error"),
    # 帕 opening a name after a figure's clause is no unit
    ("帕特里克得了22分。", "パトリックは22点を取った。", OK),
]
# fmt: on

TABLES = {
    "noun-before-bound": NOUN_BEFORE_BOUND,
    "continuative": CONTINUATIVE,
    "bound-against-about": BOUND_AGAINST_ABOUT,
    "scaled-years": SCALED_YEARS,
    "per-week": PER_WEEK,
    "oxides-fiscal-years": OXIDES_AND_FISCAL_YEARS,
    "pressure-sound": PRESSURE_AND_SOUND,
}
FAITHFUL = {name: [row for row in rows if row[2] == OK] for name, rows in TABLES.items()}


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(TABLES))
def test_session14_construction(zh: str, ja: str, expected: str) -> None:
    assert fact_findings(zh, ja) == expected


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(FAITHFUL))
def test_session14_construction_both_ways(zh: str, ja: str, expected: str) -> None:
    assert reverse_fact_findings(zh, ja) == expected
