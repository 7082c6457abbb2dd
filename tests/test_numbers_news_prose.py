"""Constructions of news and encyclopedic prose (issue 12, the faithful side): words that
hold a numeral and count nothing (一度 "at one point", 统一), bound and "almost" words a
wire story puts apart from its figure (突破了, 几乎), spans of years said with 来 (33年来的新低).

Each row is a Chinese source, a Japanese translation and the number and date findings
expected, each as RULE:severity (none for a faithful rendering). The sentences are
written for the construction, in its variants (simplified and traditional, kanji and
Arabic, full width), each with a changed variant that must still be reported.
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, table_rows

OK = ""


# fmt: off
AT_ONE_POINT = [
    # after 降温/升温 一度 is a degree, 是 after it or not
    ("股价一度跌至150元。", "株価は一時150元まで下落した。", OK),
    ("夜间降温一度。", "夜間に1度下がる。", OK),
    ("夜间降温一度是正常的。", "夜間に2度下がるのは正常だ。", "XL101:warning"),
    # 一度 before a verb is "at one point" (一時), no degree and no "once"
    ("日元汇率一度跌至1美元兑151日元。", "円相場は一時1ドル=151円まで下落した。", OK),
    ("日圓匯率一度跌至1美元兌151日圓。", "円相場は一時、1ドル＝151円まで下落した。", OK),
    ("股价盘中一度上涨8%。", "株価は取引時間中に一時8%上昇した。", OK),
    ("该航线一度中断了三个月。", "同航路は一時、3カ月にわたって中断した。", OK),
    ("气温一度高达39.5度。", "気温は一時39.5度まで上がった。", OK),
    # the degree stays a degree after a verb of change, or before a noun
    ("气温升高了一度。", "気温が1度上がった。", OK),
    ("气温升高了一度。", "気温が2度上がった。", "XL101:warning"),
    ("日元汇率一度跌至1美元兑151日元。", "円相場は一時1ドル=155円まで下落した。", "XL101:error"),
]

NO_COUNT_WORDS = [
    # 统一 (unify) and 唯一 (only) hold 一 as a character, not as a count
    ("公元前221年，秦统一六国。", "紀元前221年、秦は六国を統一した。", OK),
    ("公元前221年，秦統一六國。", "紀元前221年、秦は六国を統一した。", OK),
    ("这是他唯一一次出国。", "これが彼の唯一の海外渡航だ。", OK),
    # 系统 and 总统 before a count keep the count
    ("该系统一年处理三千万笔交易。", "同システムは1年に3000万件の取引を処理する。", OK),
    ("该系统一年处理三千万笔交易。", "同システムは年2000万件の取引を処理する。", "XL101:error"),
    ("公元前221年，秦统一六国。", "紀元前211年、秦は六国を統一した。", "XL201:error"),
]

PASSING_WITH_ASPECT = [
    # 突破 with its aspect mark 了 is still "past the figure" (を突破した)
    ("该片上映首周票房就突破了10亿元。", "同作は公開初週で興行収入が10億元を突破した。", OK),
    ("該片上映首週票房就突破了10億元。", "同作は公開初週で興行収入が10億元を突破した。", OK),
    ("该市人口突破了一千万。", "同市の人口は1000万人を超えた。", OK),
    ("该市人口突破了一千万。", "同市の人口は1000万人を突破した。", OK),
    ("该片上映首周票房突破了10亿元。", "同作は初週で興行収入が20億元を突破した。", "XL101:error"),
]

ALMOST = [
    # 几乎 (almost) said before the figure or before its verb: ほぼ, 近く
    ("该市的人口在过去二十年里几乎翻了一番。", "同市の人口はこの20年でほぼ倍増した。", OK),
    ("該市的人口在過去二十年裡幾乎翻了一番。", "同市の人口はこの20年でほぼ倍増した。", OK),
    ("几乎一半的受访者表示反对。", "回答者のほぼ半数が反対と答えた。", OK),
    ("该国几乎有三分之一的土地是沙漠。", "同国の国土のほぼ3分の1が砂漠だ。", OK),
    ("该市人口二十年里几乎翻了一番。", "同市の人口は20年でほぼ3倍になった。", "XL101:error"),
]

YEARS_SINCE = [
    # N年来 before a superlative or a record is "in N years" (N年ぶり, この N 年で), no year
    ("日元创下约33年来的新低。", "円は約33年ぶりの安値を付けた。", OK),
    ("这是20年来的最高水平。", "この20年で最も高い水準だ。", OK),
    ("這是20年來的最高水準。", "この20年で最も高い水準だ。", OK),
    ("失业率降至30年来的最低点。", "失業率は30年ぶりの低水準となった。", OK),
    ("这是该队12年来首次夺冠。", "同チームにとって12年ぶりの優勝だ。", OK),
    ("這是該隊十二年來首次奪冠。", "同チームにとって12年ぶりの優勝だ。", OK),
    ("这是他三个月以来首次公开露面。", "彼が公の場に姿を見せるのは3カ月ぶりだ。", OK),
    ("这是他首次访问日本。", "彼が日本を訪れるのは初めてだ。", OK),
    ("这是该队12年来首次夺冠。", "同チームにとって15年ぶりの優勝だ。", "XL101:error"),
    # a two-digit year with a verb of coming stays a year: 98年来的 (came in 98)
    ("他是98年来的东京。", "彼は1998年に東京に来た。", OK),
    ("这是20年来的最高水平。", "この30年で最も高い水準だ。", "XL101:error"),
]

QUARTERS_AS_MONTHS = [
    # a ranked quarter said alone is the span of its months, the form Japanese business
    # news gives it (7～9月期); with a year before it, both sides read a date
    ("其中第三季度增长4.9%。", "このうち7～9月期は4.9%増だった。", OK),
    ("第一季度营收增长12%。", "1～3月期の売上高は12%増えた。", OK),
    ("第四季度營收為新台幣7,596億元。", "10～12月期の売上高は7596億台湾ドルだった。", OK),
    ("该公司第二季度净利润为86亿元。", "同社の4-6月期の純利益は86億元だった。", OK),
    ("该公司第三季度营收为7596亿日元。", "同社の第3四半期の売上高は7596億円。", OK),
    (
        "今年前三季度增长5.2%，其中第三季度增长4.9%。",
        "今年1～9月期は5.2%増え、うち7～9月期は4.9%増。",
        OK,
    ),
    ("2024年第三季度营收增长了8%。", "2024年7～9月期の売上高は8%増えた。", OK),
    # another quarter's months are another period
    ("第一季度营收增长12%。", "4～6月期の売上高は12%増えた。", "XL103:warning XL204:warning"),
    ("2024年第三季度营收增长了8%。", "2024年4～6月期の売上高は8%増えた。", "XL201:error"),
]

CAPPED_REACH = [
    # a superlative of a limit, then "may reach", before the figure: 最长可达 = 最長
    ("潜伏期最长可达十四天。", "潜伏期間は最長14日に及ぶ。", OK),
    ("潛伏期最長可達十四天。", "潜伏期間は最長で14日だ。", OK),
    ("每桌最多可达8人。", "1テーブル最大8人まで。", OK),
    ("每桌最多可達8人。", "1テーブル最大8人。", OK),
    # 最高可达 stays as written, as 最高 does in Japanese (最高気温, 最高39度)
    ("气温最高可达39度。", "気温は最高39度に達する見込み。", OK),
    ("潜伏期最长可达十四天。", "潜伏期間は最長21日に及ぶ。", "XL101:error"),
]

AS_OF = [
    # a prefix read as a point (直到…才, 推迟到) keeps its point against an until
    ("直到2018年，上海才推行垃圾分类。", "2018年まで、上海はゴミの分別を推進した。", "XL202:info"),
    ("会议推迟到5月。", "会議は5月まで続く。", "XL202:info"),
    ("截至2018年8月，用户达到500万。", "2018年8月時点で、ユーザーは500万人に達した。", OK),
    # 時点 and 現在 after a date say "as of": a point in time, rendered from 截至 as often
    # as from a date alone
    ("中国人口在2022年末为14.1亿人。", "中国の人口は2022年末時点で14億1000万人だった。", OK),
    ("截至2022年末，人口为14亿。", "2022年末時点で、人口は14億人だった。", OK),
    ("截至2023年6月底，共有核电机组55台。", "2023年6月末現在、原発は55基ある。", OK),
    ("截至2023年6月底，共有核电机组55台。", "2023年6月末時点で、原発は55基ある。", OK),
    ("截至2022年末，人口为14亿。", "2022年末まで、人口は14億人だった。", OK),
    ("截至2022年末，人口为14亿。", "2023年末時点で、人口は14億人だった。", "XL201:error"),
]

CHANGE_BASES = [
    # a span counted after the figure keeps the start: since, no base of a change
    ("2019年连续3年减少。", "2019年から3年連続で減少した。", "XL202:info"),
    ("人口自1990年起20年间增加了。", "人口は1990年から20年間で増加した。", OK),
    # から after a date, before a changed figure, is the base of the change (比…减少)
    ("比上年末减少85万人。", "前年末から85万人減少した。", OK),
    ("比去年增加了300人。", "昨年から300人増えた。", OK),
    ("與2019年相比增長了30%。", "2019年から30%増えた。", OK),
    ("自2019年以来增长了30%。", "2019年から30%増えた。", OK),
    # a start all the same without a changed figure after it
    ("从4月起价格上涨10%。", "4月から料金が10%上がる。", OK),
    ("该法自2022年4月1日起施行。", "同法は2022年4月1日から施行された。", OK),
    ("比去年增加了300人。", "一昨年から300人増えた。", "XL201:warning"),
]

DAY_SPANS_WITH_KARA = [
    # N日からM日 is a span of bare days, as N日～M日 is: the days of a month or a count of
    # days, as the other side says
    ("该病毒的潜伏期一般为三到五天。", "このウイルスの潜伏期間は通常3日から5日だ。", OK),
    ("需要十到十五天。", "10日から15日ほどかかる。", OK),
    ("需要十至十五天。", "１０日から１５日ほどかかる。", OK),
    ("会议于3日至5日举行。", "会議は3日から5日まで開かれる。", OK),
    ("會議於3日至5日舉行。", "会議は3日から5日にかけて開かれる。", OK),
    # a day from which something starts stays one day; a count after から stays a count
    ("他3日从北京出发。", "彼は3日から北京を出発した。", OK),
    ("我三天以后再来。", "3日から5日後にまた来る。", "XL102:warning"),
    ("需要三到五天。", "3日から7日かかる。", "XL101:error"),
    ("会议于3日至5日举行。", "会議は3日から6日まで開かれる。", "XL201:error"),
]

ERAS_AND_REIGNS = [
    # the eras of the Edo period and the reign titles of Ming and Qing are years: said
    # alone, said for the Western year, or restated in brackets after it
    ("康熙三十年，清廷在多伦会盟。", "康熙30年、清朝はドロンで会盟した。", OK),
    ("康熙三十年（1691年），清廷在多伦会盟。", "1691年（康熙30年）、清朝はドロンで会盟した。", OK),
    ("乾隆五十八年，英国使节抵达北京。", "1793年、英国の使節が北京に到着した。", OK),
    ("乾隆五十八年，英國使節抵達北京。", "乾隆58年、英国の使節が北京に到着した。", OK),
    ("光绪二十一年，两国签订条约。", "1895年、両国は条約を結んだ。", OK),
    ("这座火山上一次喷发是在1707年。", "この火山が最後に噴火したのは1707年（宝永4年）である。", OK),
    ("宝永四年（1707年）富士山最后一次喷发。", "1707年（宝永4年）、富士山が最後に噴火した。", OK),
    ("享保元年，德川吉宗成为将军。", "1716年、徳川吉宗が将軍となった。", OK),
    ("寛永十年的锁国令。", "寛永10年の鎖国令。", OK),
    # a reign title with no year is a period, no date; 文化 stays a word
    ("這座寺廟建於明朝萬曆年間。", "この寺は明の万暦年間に建てられた。", OK),
    ("中国文化5000年的历史。", "中国文化の5000年の歴史。", OK),
    # an Edo era whose name is also a Chinese reign title is the Japanese era in Japanese
    # text only: 正德 in Chinese is the Ming reign (正德十六年 = 1521)
    ("明武宗正德十六年去世。", "明の武宗は1521年に死去した。", OK),
    ("宝永四年富士山喷发。", "宝永4年に富士山が噴火した。", OK),
    ("1754年出版。", "宝暦4年に出版された。", OK),
    ("1755年出版。", "宝暦4年に出版された。", "XL201:error"),
    # a changed reign year is a changed date
    ("康熙三十年，清廷在多伦会盟。", "康熙31年、清朝はドロンで会盟した。", "XL201:error"),
    ("乾隆五十八年，英国使节抵达北京。", "1794年、英国の使節が北京に到着した。", "XL201:error"),
]

MONTH_ON_MONTH = [
    # 环比 after a quarter or a month is 前期比 as often as 前月比: no month on either side
    ("今年第三季度GDP环比增长5%。", "今年第3四半期のGDPは前期比5%増えた。", OK),
    ("5月份CPI同比上涨2%，环比下降0.3%。", "5月のCPIは前年同月比2%上昇、前期比0.3%低下した。", OK),
    ("5月份CPI同比上涨2%。", "6月のCPIは前年同月比2%上昇した。", "XL201:error"),
    # 环比 after a month is the month before it (前月比); 前年同月比 is 同比, the year before
    ("1月份物价同比涨0.7%，环比涨0.3%。", "1月の物価は前年同月比0.7%、前月比0.3%上昇。", OK),
    ("1月份物價同比上漲0.7%。", "1月の物価は前年同月比0.7%上昇した。", OK),
    ("物价环比上涨0.3%。", "物価は前月比0.3%上昇した。", OK),
    ("GDP环比增长1.3%。", "GDPは前期比1.3%増えた。", OK),
    ("物价同比上涨0.7%。", "物価は前年比0.7%上昇した。", OK),
    ("1月份物价同比上涨0.7%。", "1月の物価は前年同月比0.9%上昇した。", "XL101:error"),
]

FIGURES_IN_NAMES = [
    # a figure inside a name or a set word that a translation may drop or keep: weak,
    # paired when said, never reported alone
    ("这家百年老店创立于1905年。", "この老舗は1905年に創業した。", OK),
    ("這家百年老店創立於1905年。", "この創業100年の老舗は1905年に創業した。", OK),
    ("二十国集团峰会在大阪举行。", "G20サミットが大阪で開かれた。", OK),
    ("二十國集團峰會在大阪舉行。", "主要20カ国・地域（G20）首脳会議が大阪で開かれた。", OK),
    ("七国集团外长会议在东京举行。", "G7外相会合が東京で開かれた。", OK),
    ("G20峰会在大阪举行。", "主要20カ国・地域（G20）首脳会議が大阪で開かれた。", OK),
    # a figure outside such a word is still a figure
    ("这家公司有一百年的历史。", "この会社は歴史が長い。", "XL103:warning"),
    ("这家百年老店创立于1905年。", "この老舗は1906年に創業した。", "XL201:error"),
    ("二十国集团峰会在大阪举行。", "主要7カ国（G7）首脳会議が大阪で開かれた。", "XL101:warning"),
]

WEEKDAY_THEN_DATE = [
    # a weekday's numeral opens no list of months (星期五，十月十八号: Friday, October 18),
    # and 回 after a weekday is "back" (星期六回来), no count of times
    ("明天是星期五，十月十八号。", "明日は10月18日、金曜日です。", OK),
    ("周五，十月十八号开会。", "10月18日（金）に会議がある。", OK),
    ("禮拜五，十月十八號開會。", "10月18日金曜日に会議がある。", OK),
    ("我们下个星期三出发，星期六回来。", "来週の水曜日に出発して、土曜日に戻ってきます。", OK),
    ("星期天回家。", "日曜日に家に帰る。", OK),
    # a list of months and a count a week stay what they are
    ("7、8、9月是雨季。", "7、8、9月は雨季だ。", OK),
    ("每周三次。", "週に3回。", OK),
    ("明天是星期五，十月十八号。", "明日は10月19日、金曜日です。", "XL201:error"),
    ("我们星期三出发，星期六回来。", "水曜日に出発して、日曜日に戻ってきます。", "XL201:error"),
]

NOT_FEWER = [
    # 不下 and 不少于 before a figure are "no fewer than"; after a verb 不下 is "cannot hold"
    ("这件事我已经说了不下十遍了。", "このことはもう少なくとも10回は言ったよ。", OK),
    ("参加者不下于一百人。", "参加者は100人を下らない。", OK),
    ("参加者不少于一百人。", "参加者は100人を下回らない。", OK),
    ("密码不少于8个字符。", "パスワードは8文字以上。", OK),
    ("密碼不少於8個字元。", "パスワードは8文字以上。", OK),
    ("这辆车坐不下十个人。", "この車に10人は乗れない。", OK),
    ("有不少人参加。", "多くの人が参加した。", OK),
    ("密码不少于8个字符。", "パスワードは6文字以上。", "XL101:error"),
    ("参加者不下于一百人。", "参加者は100人だった。", "XL102:warning"),
]

EXCEEDED_BY = [
    # exceeding by a figure (超重, 超支, 超過) says the excess, no bound
    ("我的行李超重了三公斤。", "荷物が3キロオーバーした。", OK),
    ("行李超重三公斤。", "荷物が3キロ超過した。", OK),
    ("预算超支了三百万元。", "予算を300万元超過した。", OK),
    ("參加者超過1000人。", "参加者は1000人超だった。", OK),
    ("超过1000人参加。", "1000人を超える人が参加した。", OK),
    ("预算超支了三百万元。", "予算を500万元超過した。", "XL101:error"),
]

PAIRS_AND_TIMES = [
    # 夫妻俩, 母女俩 (the couple, mother and daughter) may be said without the two; 我们俩
    # stays a count (他们俩 against 3人 is a changed count)
    ("夫妻俩开了一家店。", "夫婦は店を開いた。", OK),
    ("母女倆一起去旅行。", "母娘は一緒に旅行に出かけた。", OK),
    ("我們倆差不多同歲。", "私たち二人はほぼ同い年です。", OK),
    ("我买了俩苹果。", "リンゴを買った。", "XL103:warning"),
    ("他们俩相差十岁。", "3人は10歳離れている。", "XL101:error"),
    # a comparison by one times is twice as much (比…大一倍 = 2倍)
    ("你的房间比我的大差不多一倍。", "君の部屋は僕の部屋のほぼ2倍の広さだね。", OK),
    ("今年的产量比去年多一倍。", "今年の生産量は昨年の2倍だ。", OK),
    ("這次我只去了一次。", "今回は1回しか行かなかった。", OK),
    ("今年的产量比去年多一倍。", "今年の生産量は昨年の3倍だ。", "XL101:warning"),
]

SPANS_OF_REPORTS = [
    # 至 before 今年 is "to" (去年10月至今年3月), no 至今 (until now)
    ("去年10月至今年3月，共有约50万人申请。", "昨年10月から今年3月までに約50万人が申請した。", OK),
    ("去年10月至今，共有50万人申请。", "昨年10月以来、50万人が申請した。", OK),
    ("2019年至今，共有50万人申请。", "2019年から現在までに50万人が申請した。", OK),
    ("去年10月至今年3月，约50万人申请。", "昨年10月から今年4月に約50万人が申請。", "XL201:error"),
    # a half of a year is the span of its months (上半年 = 1～6月期)
    ("今年上半年，该市GDP增长5.5%。", "今年1～6月期、同市のGDPは5.5%増加した。", OK),
    ("2023年下半年，该市GDP增长5.5%。", "2023年7～12月期、同市のGDPは5.5%増加した。", OK),
    ("上半年GDP增长5.5%。", "上半期のGDPは5.5%増加した。", OK),
    ("今年上半年，该市GDP增长5.5%。", "今年7～12月期、同市のGDPは5.5%増加した。", "XL204:warning"),
    # a bare day after a word and 、 is a day of the month
    ("会议为期三天，于15日闭幕。", "会議は3日間の日程で、15日に閉幕した。", OK),
    ("会议于15日闭幕。", "会議は、15日に閉幕した。", OK),
    ("我休息两三天。", "２、３日休む。", OK),
    ("会议于15日闭幕。", "会議は、16日に閉幕した。", "XL201:error"),
    # two decades sharing 年代 (五六十年代 = 1950～60年代 = the 1950s and 1960s)
    ("上世纪五六十年代，这里曾是一片荒地。", "1950～60年代、ここは荒れ地だった。", OK),
    ("上世紀五六十年代，這裡曾是荒地。", "1950年代から60年代にかけて、ここは荒れ地だった。", OK),
    ("从五十年代到七十年代。", "50年代から70年代まで。", OK),
    ("上世纪80年代末移居美国。", "1980年代末に米国へ移住した。", OK),
    ("1995-96赛季。", "1995～96年シーズン。", OK),
    ("上世纪五六十年代，这里曾是一片荒地。", "1960～70年代、ここは荒れ地だった。", "XL201:error"),
]

FIRSTS_OF_SHOWINGS = [
    # the first of an edition, a broadcast, a showing: 初版, 初回, 公開初日 or a word that
    # says no rank (初刷り, プレミア); weak on both sides, paired when both say it
    ("这本书初版于1859年，首印1250册。", "この本の初版は1859年で、初刷りは1250部だった。", OK),
    ("該劇首播收視率為18.2%。", "同ドラマの初回視聴率は18.2%だった。", OK),
    ("该片首映当天票房达1亿元。", "同作は公開初日に興行収入1億元を記録した。", OK),
    ("该片首映当天票房达1亿元。", "同作はプレミア上映当日に興行収入1億元を記録した。", OK),
    ("该片在北美首映周末票房达1.2亿美元。", "同作は北米の公開初週末に1億2000万ドルを稼いだ。", OK),
    # a first time stays a rank
    ("这是他首次访问日本。", "彼が日本を訪れるのは初めてだ。", OK),
    ("这是他首次访问日本。", "彼が日本を訪れるのは2回目だ。", "XL101:error"),
    ("该剧首播收视率为18.2%。", "同ドラマの初回視聴率は16.2%だった。", "XL101:error"),
]

COUNTED_TWO_WAYS = [
    # a span after 隔 is every N or every N+1 (每隔两天 = 2日おき = 3日に1回): weak, at most
    # a warning
    ("我每隔两天洗一次头。", "私は2日おきに髪を洗う。", OK),
    ("我每隔两天洗一次头。", "私は3日に1回髪を洗う。", "XL101:warning"),
    ("他们每隔一周见一次面。", "彼らは1週間おきに会っている。", OK),
    # six digits or more said one by one are a number to dial, no figures
    ("我的电话号码是三四五六七八九。", "私の電話番号は三四五六七八九です。", OK),
    ("一九九七年香港回归。", "1997年、香港が返還された。", OK),
]
# fmt: on

TABLES = {
    "at-one-point": AT_ONE_POINT,
    "no-count-words": NO_COUNT_WORDS,
    "passing-with-aspect": PASSING_WITH_ASPECT,
    "almost": ALMOST,
    "years-since": YEARS_SINCE,
    "quarters-as-months": QUARTERS_AS_MONTHS,
    "capped-reach": CAPPED_REACH,
    "as-of": AS_OF,
    "change-bases": CHANGE_BASES,
    "day-spans-with-kara": DAY_SPANS_WITH_KARA,
    "eras-and-reigns": ERAS_AND_REIGNS,
    "month-on-month": MONTH_ON_MONTH,
    "figures-in-names": FIGURES_IN_NAMES,
    "weekday-then-date": WEEKDAY_THEN_DATE,
    "not-fewer": NOT_FEWER,
    "exceeded-by": EXCEEDED_BY,
    "pairs-and-times": PAIRS_AND_TIMES,
    "spans-of-reports": SPANS_OF_REPORTS,
    "firsts-of-showings": FIRSTS_OF_SHOWINGS,
    "counted-two-ways": COUNTED_TWO_WAYS,
}


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(TABLES))
def test_news_prose_construction(zh: str, ja: str, expected: str) -> None:
    assert fact_findings(zh, ja) == expected
