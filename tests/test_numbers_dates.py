"""The number and date grammar, bullet by bullet, in both languages.

The extraction rows (language, sentence, the fact's exact text, its kind, the normalised
value as `describe()` words it) run in test_extract.py with the other extraction tables;
the comparisons and the date round trips run here.
"""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import check_strings, facts_of

DOC_DATE = date(2018, 12, 5)


NUMBER_DATE_FOUND = [
    # numbers: separators, decimals, full width, numerals, mixed forms, negatives
    ("zh", "共1,000人", "1,000人", "number", "exactly 1,000"),
    ("zh", "共1，000人", "1，000人", "number", "exactly 1,000"),
    ("ja", "３．５倍", "３．５倍", "number", "exactly 3.5 times"),
    ("ja", "１９３９人", "１９３９人", "number", "exactly 1,939"),
    ("zh", "贰佰元", "贰佰元", "number", "exactly 200 yuan"),
    ("zh", "贰佰元人民币", "贰佰元人民币", "number", "exactly 200 CNY"),
    ("zh", "2万5千人", "2万5千人", "number", "exactly 25,000"),
    ("ja", "2万5千人", "2万5千人", "number", "exactly 25,000"),
    ("zh", "1.2万人", "1.2万人", "number", "exactly 12,000"),
    ("ja", "十数人", "十数人", "number", "11 to 19"),
    ("zh", "数十个", "数十个", "number", "20 to 90"),
    ("zh", "气温负5度", "负5度", "number", "exactly -5"),
    ("ja", "気温はマイナス5度", "マイナス5度", "number", "exactly -5"),
    ("ja", "気温は-5度", "-5度", "number", "exactly -5"),
    ("zh", "约 1,000 万份文件", "约 1,000 万份", "number", "about 10,000,000"),
    # fractions, percentages, 成 and 割, multiples
    ("ja", "３分の１", "３分の１", "number", "exactly 0.333333"),
    ("zh", "3/4的人", "3/4", "number", "exactly 0.75"),
    ("zh", "百分之八十八", "百分之八十八", "number", "exactly 88 %"),
    ("ja", "８８％", "８８％", "number", "exactly 88 %"),
    ("ja", "7割", "7割", "number", "exactly 70 %"),
    ("zh", "打九折", "九折", "number", "exactly 10 %"),
    ("ja", "2倍に", "2倍", "number", "exactly 2 times"),
    ("zh", "翻一番", "翻一番", "number", "exactly 2 times"),
    # ranges and vague counts
    ("zh", "3到5家", "3到5家", "number", "3 to 5"),
    ("ja", "3から5社", "3から5社", "number", "3 to 5"),
    ("ja", "2–3 桁の値", "2–3", "number", "2 to 3"),  # an en dash, as documentation writes it
    ("zh", "2–3 位数字", "2–3 位", "number", "2 to 3"),
    ("ja", "1991–1995 年", "1991–1995 年", "date", "from 1991 to 1995"),
    ("ja", "3〜5社", "3〜5社", "number", "3 to 5"),
    ("zh", "两三个", "两三个", "number", "2 to 3"),
    ("ja", "二、三人", "二、三人", "number", "2 to 3"),
    ("ja", "２、３人", "２、３人", "number", "2 to 3"),
    ("ja", "２０代で", "２０代", "number", "20 to 29"),
    # bounds and approximations
    ("zh", "逾百人", "逾百人", "number", "more than 100"),
    ("zh", "将近三千人", "将近三千人", "number", "about 3,000 or less"),
    ("zh", "不到十人", "不到十人", "number", "less than 10"),
    ("zh", "三十岁上下", "三十岁上下", "number", "about 30 age"),
    ("zh", "至少要花五美元", "五美元", "number", "at least 5 USD"),
    ("ja", "100人弱", "100人弱", "number", "about 100 or less"),
    ("ja", "10年前後", "10年前後", "number", "about 10"),
    ("ja", "４０を超えている", "４０を超え", "number", "more than 40"),
    ("ja", "5分以内", "5分以内", "number", "within 5 minute"),
    # ordinals
    ("zh", "头号人物", "头号", "number", "ordinal 1"),
    ("zh", "第 190 位", "第 190 位", "number", "ordinal 190"),
    ("ja", "一番目の人", "一番目", "number", "ordinal 1"),
    ("ja", "第1章", "第1", "number", "ordinal 1"),
    ("ja", "５巻目", "５巻目", "number", "ordinal 5"),
    # money and units
    ("zh", "100港元", "100港元", "number", "exactly 100 HKD"),
    ("ja", "100香港ドル", "100香港ドル", "number", "exactly 100 HKD"),
    ("zh", "100欧元", "100欧元", "number", "exactly 100 EUR"),
    ("ja", "100ユーロ", "100ユーロ", "number", "exactly 100 EUR"),
    ("zh", "5英镑", "5英镑", "number", "exactly 5 GBP"),
    ("ja", "147億米ドル", "147億米ドル", "number", "exactly 14,700,000,000 USD"),
    ("zh", "20吨", "20吨", "number", "exactly 20 t"),
    ("ja", "20トン", "20トン", "number", "exactly 20 t"),
    ("zh", "30平方米", "30平方米", "number", "exactly 30 m2"),
    ("ja", "30平方メートル", "30平方メートル", "number", "exactly 30 m2"),
    ("zh", "气温30℃", "30℃", "number", "exactly 30 °C"),
    ("ja", "5キロメートル", "5キロメートル", "number", "exactly 5 km"),
    ("zh", "160 千米", "160 千米", "number", "exactly 160 km"),
    # dates
    ("ja", "2月3日", "2月3日", "date", "2018-02-03"),
    ("zh", "5月3日开幕，6日闭幕", "6日", "date", "2018-05-06"),
    ("zh", "2016 年 2 月", "2016 年 2 月", "date", "2016-02"),
    ("ja", "昭和64年", "昭和64年", "date", "1989"),
    ("ja", "平成元年", "平成元年", "date", "1989"),
    ("zh", "90年代", "90年代", "date", "from 1990 to 1999"),
    ("ja", "1990年代", "1990年代", "date", "from 1990 to 1999"),
    ("zh", "21世纪", "21世纪", "date", "from 2001 to 2100"),
    ("ja", "21世紀", "21世紀", "date", "from 2001 to 2100"),
    # the month and day of a year the grammar does not read are not of the context's year
    ("ja", "2020 年に、紀元前 271821 年 4 月 20 日", "4 月 20 日", "date", "????-04-20"),
    ("zh", "2020 年，公元前 271821 年 4 月 20 日", "4 月 20 日", "date", "????-04-20"),
    ("ja", "2020 年に、12345年9月13日", "9月13日", "date", "????-09-13"),
    # a decade spaced, and a decade inside its century, is one span of ten years
    ("ja", "1960 年代後半", "1960 年代後半", "date", "from 1965 to 1969"),
    ("zh", "在 20 世纪 60 年代末期", "20 世纪 60 年代末期", "date", "from 1965 to 1969"),
    ("ja", "1960 年代", "1960 年代", "date", "from 1960 to 1969"),
    ("zh", "二十世纪六十年代", "二十世纪六十年代", "date", "from 1960 to 1969"),
    ("zh", "21世纪10年代", "21世纪10年代", "date", "from 2010 to 2019"),
    ("zh", "二十世紀九十年代", "二十世紀九十年代", "date", "from 1990 to 1999"),
    ("ja", "20世紀の60年代", "60年代", "date", "from 1960 to 1969"),
    ("zh", "2018年春季", "2018年春季", "date", "2018 (spring)"),
    ("ja", "2018年春", "2018年春", "date", "2018 (spring)"),
    ("ja", "去年の夏", "去年の夏", "date", "2017 (summer)"),
    ("zh", "2018年上半年", "2018年上半年", "date", "2018 (first-half)"),
    ("ja", "2018年下半期", "2018年下半期", "date", "2018 (second-half)"),
    ("zh", "5月中旬", "5月中旬", "date", "2018-05 (mid)"),
    ("zh", "12月底", "12月底", "date", "2018-12 (late)"),
    ("ja", "12月末", "12月末", "date", "2018-12 (late)"),
    ("zh", "2019年初", "2019年初", "date", "2019 (early)"),
    ("ja", "1991 年の初期", "1991 年の初期", "date", "1991 (early)"),
    ("ja", "1991年初期", "1991年初期", "date", "1991 (early)"),
    ("ja", "2019年の後半", "2019年の後半", "date", "2019 (second-half)"),
    ("ja", "18時に開始", "18時", "date", "18:00"),
    # an hour after a comparative, with no 当 opening a clause: still an hour
    ("zh", "商店营业时间不超过22时", "22时", "date", "22:00"),
    ("zh", "明年", "明年", "date", "2019"),
    ("ja", "来年", "来年", "date", "2019"),
    ("zh", "前年", "前年", "date", "2016"),
    ("zh", "本月", "本月", "date", "2018-12"),
    ("ja", "先月", "先月", "date", "2018-11"),
    ("zh", "七月份之前", "七月份之前", "date", "until 2018-07"),
    ("zh", "1995-96赛季", "1995-96赛季", "date", "from 1995 to 1996"),
    ("ja", "1995～1996年", "1995～1996年", "date", "from 1995 to 1996"),
    ("ja", "2016年以降", "2016年以降", "date", "since 2016"),
    ("ja", "2018年8月まで", "2018年8月まで", "date", "until 2018-08"),
    # times and weekdays
    ("zh", "上午9:30开会", "上午9:30", "date", "09:30"),
    ("zh", "9点半", "9点半", "date", "09:30 (am/pm unstated)"),
    ("zh", "11 点 20 分", "11 点 20 分", "date", "11:20 (am/pm unstated)"),
    ("zh", "下午3点", "下午3点", "date", "15:00"),
    ("ja", "午前9時30分", "午前9時30分", "date", "09:30"),
    ("ja", "午後3時", "午後3時", "date", "15:00"),
    # (から after a time makes it a start: since)
    ("ja", "11:00から", "11:00", "date", "since 11:00 (am/pm unstated)"),
    ("zh", "北京时间9点UTC+8", "9点UTC+8", "date", "09:00 UTC+8 (am/pm unstated)"),
    ("zh", "周一", "周一", "date", "Mon"),
    ("zh", "星期一", "星期一", "date", "Mon"),
    ("zh", "礼拜天", "礼拜天", "date", "Sun"),
    ("ja", "月曜日", "月曜日", "date", "Mon"),
    ("ja", "金曜", "金曜", "date", "Fri"),
    # durations and counts that look like dates stay numbers with their counter
    ("zh", "三个赛季", "三个", "number", "exactly 3"),
    ("ja", "3年間", "3年間", "number", "exactly 3"),
    ("zh", "5年计划", "5年", "number", "exactly 5"),
    ("ja", "４時間歩いた", "４時間", "number", "exactly 4 hour"),
    ("zh", "最近十年", "最近十年", "number", "exactly 10"),  # 近 here is not "nearly"
]

NUMBER_DATE_NOT_FOUND = [
    ("zh", "型号JAS 39C", "39", "number"),
    ("zh", "使用4G网络", "4", "number"),
    ("ja", "MP3ファイル", "3", "number"),
    ("zh", "A-5型", "-5", "number"),
    ("zh", "有一点累", "一点", "date"),
    ("ja", "一時的に", "一時", "date"),
    ("ja", "2時間半", "2時", "date"),
    ("zh", "跟我们同年纪", "同年", "date"),
    # zero point something: no midnight
    ("zh", "差距只有零点几个百分点", "零点", "date"),
    ("zh", "差距只有零點幾個百分點", "零點", "date"),
    # 时 closing a clause of a figure compared: "when", no hour (md64, QMK's FAQ)
    ("zh", "当列超过16时，需要修改代码", "16时", "date"),
    ("zh", "當溫度高於30時報警", "30時", "date"),
    ("zh", "当人数达到一百时停止", "一百时", "date"),
    # an era named by a figure: no hour (after a part of the day it is one: 下午2时代表团)
    ("zh", "在Hexo 2时代，社区创建了插件", "2时", "date"),
    ("zh", "進入2.0時代", "0時", "date"),
    ("ja", "Hexo 2時代のプラグイン", "2時", "date"),
    ("ja", "Web 2.0時代", "0時", "date"),
    # a date among a path's folders (a blog's permalink): folder names
    ("ja", '"/2020/01/02/foo/image.jpg"に位置', "2020/01/02", "date"),
    ("zh", "位于 blog/2020/01/02/post/ 下", "2020/01/02", "date"),
    ("ja", "十中八九", "八九", "number"),
    ("zh", "千篇一律", "千", "number"),
    ("zh", "十分钟", "十分", "date"),
    ("ja", "第3日", "3日", "date"),
    ("zh", "二十世纪", "二十世纪", "entity"),
    ("ja", "1.18時点ではデフォルトでオン", "18時", "date"),  # as of version 1.18
    ("ja", "v1.18 時点で有効", "18 時", "date"),
    ("ja", "バージョン 1.20時点", "20時", "date"),
    ("zh", "在 1.18时默认开启", "18时", "date"),
    ("ja", "紀元前 271821 年 4 月 20 日", "1821 年 4 月 20 日", "date"),  # a six-digit year
    ("zh", "公元前 271821 年 4 月 20 日", "1821 年 4 月 20 日", "date"),
    ("ja", "3.5時間かかる", "5時", "date"),
    ("zh", "0 表示一年中的第一月", "一月", "date"),  # the first month, a count of months
    ("zh", "第十二月", "十二月", "date"),
    ("ja", "第1月", "1月", "date"),
]


# (source zh, target ja, the rules expected; empty = a faithful rendering)
COMPARED = [
    ("1,000万人", "約1000万人", {"XL102"}),
    ("二十多岁", "２０代", set()),
    ("十几岁", "１０代", set()),
    ("十多年", "十年以上", set()),
    ("超过160千米", "160 km以上", set()),
    ("二次大战", "第２次世界大戦", set()),
    ("第五卷", "５巻目", set()),
    ("五公里", "5キロ", set()),
    ("五公里", "5マイル", {"XL401"}),
    ("一美分左右", "1円ほど", {"XL401"}),
    ("300亿元", "300億ドル", {"XL401"}),
    ("100港元", "100香港ドル", set()),
    ("5英镑", "5ポンド", set()),
    ("120斤", "120ポンド", {"XL401"}),
    ("打九折", "１０％引き", set()),
    ("七成", "7割", set()),
    ("翻一番", "2倍", set()),
    ("3-5家", "3～5社", set()),
    ("3-5家", "3～6社", {"XL101"}),
    ("6131家", "6000社以上", {"XL102"}),
    ("6131家", "7000社以上", {"XL101"}),
    ("约6000家", "6131社", {"XL102"}),
    ("上午9:30", "午前9時30分", set()),
    ("下午3点", "15時", set()),
    ("下午3点", "午前3時", {"XL201"}),
    ("9点", "9時半", {"XL201"}),
    ("周一", "月曜日", set()),
    ("周日", "月曜日", {"XL201"}),
    ("2016年2月3日", "2016年2月3日", set()),
    ("2016年2月3日", "2016年2月4日", {"XL201"}),
    ("2016年", "2016年11月", {"XL202"}),
    ("从2016年至今", "2016年以降", set()),
    ("截至2018年8月", "2018年8月まで", set()),
    ("2016年到2017年", "2016年から2017年にかけて", set()),
    ("2016年到2017年", "2016年から2018年にかけて", {"XL201"}),
    ("90年代", "1990年代", set()),
    ("20 世纪 60 年代末期", "1960 年代後半", set()),
    ("二十世纪六十年代", "1960年代", set()),
    ("二十世纪六十年代", "1970年代", {"XL201"}),
    ("21世纪", "21世紀", set()),
    ("今年5月", "2018年5月", set()),
    ("今年5月", "2017年5月", {"XL201"}),
    ("去年", "2017年", set()),
    ("同年10月", "10月", set()),
    ("三个赛季", "3シーズン", set()),
    ("我有两个孩子", "子どもがふたりいる", set()),
    ("我每天洗一次澡", "毎日お風呂に入る", set()),
    # a start or an end said a few words after the date (compare/intervals.py)
    ("自1970年1月1日至今经过的毫秒数", "1970年1月1日 UTC の始まりから経過したミリ秒数", set()),
    ("从1970年1月1日开始计算", "1970年1月1日の始まりから計算する", set()),
    ("截至2020年5月，共有30家", "2020年5月の時点で30社", set()),
    # a start said "from" 2016 or "in" 2016 is the same start (start_words: 开始, 実施)
    ("从2016年开始实施。", "2016年に実施された。", set()),
    ("从2016年开始实施。", "2016年に実施された。その後、各社から支持された。", set()),
    (  # a から farther on in the sentence bounds something else
        "从2016年开始实施",
        "2016年に実施され、その後の数年間で多くの国や地域の企業と団体から支持された",
        set(),
    ),
    # with no word of starting the interval still changed
    ("从2016年起住在这里。", "2016年にここに住んだ。", {"XL202"}),
]


@pytest.mark.parametrize(
    ("source", "target", "rules"), COMPARED, ids=[c[0] + "~" + c[1] for c in COMPARED]
)
def test_compared(source, target, rules):
    findings = check_strings(source, target, doc_date=DOC_DATE)
    assert {f.rule for f in findings} == rules, [f.message for f in findings]


# --- property tests: every supported pattern parses back to the date it was written from

dates = st.dates(min_value=date(1001, 1, 1), max_value=date(2999, 12, 31))
KANJI = "〇一二三四五六七八九"


def _kanji_year(year: int) -> str:
    return "".join(KANJI[int(d)] for d in str(year))


def _kanji_small(n: int) -> str:
    tens, units = divmod(n, 10)
    return ("" if tens == 0 else ("十" if tens == 1 else KANJI[tens] + "十")) + (
        KANJI[units] if units else ""
    )


PATTERNS = {
    "zh-ymd": (lambda d: f"{d.year}年{d.month}月{d.day}日", "zh"),
    "zh-ymd-hao": (lambda d: f"{d.year}年{d.month}月{d.day}号", "zh"),
    "zh-spaced": (lambda d: f"{d.year} 年 {d.month} 月 {d.day} 日", "zh"),
    "zh-kanji": (
        lambda d: f"{_kanji_year(d.year)}年{_kanji_small(d.month)}月{_kanji_small(d.day)}日",
        "zh",
    ),
    "ja-ymd": (lambda d: f"{d.year}年{d.month}月{d.day}日", "ja"),
    "ja-fullwidth": (
        lambda d: f"{d.year}年{d.month}月{d.day}日".translate(
            {ord(c): ord(c) + 0xFEE0 for c in "0123456789"}
        ),
        "ja",
    ),
    "iso": (lambda d: d.isoformat(), "ja"),
    "slashes": (lambda d: f"{d.year}/{d.month}/{d.day}", "zh"),
}


@pytest.mark.parametrize("pattern", sorted(PATTERNS))
@settings(deadline=None)  # a loaded machine stalls single examples; speed is bench's job
@given(day=dates)
def test_written_dates_parse_back(pattern, day):
    render, lang = PATTERNS[pattern]
    text = render(day)
    [fact] = [
        f
        for f in facts_of(f"在{text}。" if lang == "zh" else f"{text}に。", lang)
        if f.kind == "date"
    ]
    assert (fact.value.year, fact.value.month, fact.value.day) == (day.year, day.month, day.day)


@given(day=st.dates(min_value=date(1989, 1, 8), max_value=date(2099, 12, 31)))
def test_japanese_era_years_parse_back(day):
    era, start = ("令和", 2018) if day >= date(2019, 5, 1) else ("平成", 1988)
    offset = day.year - start
    year = "元" if offset == 1 else str(offset)
    [fact] = [
        f for f in facts_of(f"{era}{year}年{day.month}月{day.day}日", "ja") if f.kind == "date"
    ]
    assert (fact.value.year, fact.value.month, fact.value.day) == (day.year, day.month, day.day)
