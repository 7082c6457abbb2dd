"""Number constructions of news, shop and notice prose that drew false findings on faithful
pairs (the classes an independent judge described for held-out sets), each with its
variants and with the fact changed, which must still be reported: numerals inside set
phrases that count nothing (第一时间, 一百个不放心, 说一千道一万), a figure passed (破万,
过了五千, を突破), festivals named by their date (双十一, 十一期间, 「双11」), "first"
said without a numeral (今年初の), the classical additive 有 (三十有二), an "about" a
currency name away from its figure (约合人民币), N号 numbering a thing (二十三号球衣), a
prohibition on the verb after a bound (を超えて服用しないでください), "N or later"
(及以上版本, 以降), two years in brackets after a reign (万历年间（1573—1620）) and terms
that pack counts (押一付三) or name something (三包).

Each row is a Chinese source, a Japanese translation and the number and date findings
expected, each as RULE:severity (none for a faithful rendering).
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, reverse_fact_findings, table_rows

OK = ""

# fmt: off
TENTHS = [
    # the 成 of a word is no tenths (成本, 七成熟), but after a numeral 成员, 成为 and 八成是
    # are shares: 三成员工 = 社員の3割
    ("零成本部署。", "低コストでデプロイ。", OK),
    ("七成熟的牛排。", "ミディアムのステーキ。", OK),
    ("三成成本。", "3割のコスト。", OK),
    ("他八成不会来了。", "彼はたぶん来ないだろう。", OK),
    ("零门槛。", "ハードルなし。", OK),
    ("受访者中八成是女性。", "回答者の8割が女性だ。", OK),
    ("受访者中八成是女性。", "回答者の7割が女性だ。", "XL101:error"),
    ("其中三成为女性。", "そのうち4割が女性だ。", "XL101:error"),
    ("三成员工表示满意。", "社員の4割が満足している。", "XL101:error"),
    ("八成会员来自北京。", "会員の6割が北京出身だ。", "XL101:error"),
]

SET_PHRASES = [
    ("接到通知后请第一时间回复。", "連絡を受けたら、すぐに返信してください。", OK),
    ("他第一時間趕到了現場。", "彼は直ちに現場に駆けつけた。", OK),
    ("我一百个不放心。", "心配でたまらない。", OK),
    ("她一千个不愿意。", "彼女は絶対に嫌だった。", OK),
    ("你就放一百二十个心吧。", "どうか安心してください。", OK),
    ("说一千道一万，还是要靠自己。", "結局のところ、自分に頼るしかない。", OK),
    # a rank and a count stay figures
    ("他是第一个到的。", "彼は1番目に着いた。", OK),
    ("他是第一个到的。", "彼は2番目に着いた。", "XL101:error"),
    ("一百个不合格产品。", "不良品200個。", "XL101:error"),
]

PASSED = [
    ("粉丝数上周过了五千。", "フォロワー数は先週5000人を超えた。", OK),
    ("销量已经破万。", "販売数はすでに1万を超えた。", OK),
    ("票房突破十亿。", "興行収入は10億を突破した。", OK),
    ("气温一度破三十五度。", "気温は一時35度を超えた。", OK),
    ("播放量破百万了。", "再生回数が100万回を超えた。", OK),
    ("播放量破千万了。", "再生回数が1000万回を超えた。", OK),
    ("粉丝过万。", "フォロワーが1万人を超えた。", OK),
    ("他已年过五十。", "彼はもう50歳を過ぎた。", OK),
    ("他已年過五十。", "彼はすでに50歳を超えている。", OK),
    ("他已年过五十。", "彼はもう60歳を過ぎた。", "XL101:error"),
    ("粉丝数上周过了五千。", "フォロワー数は先週6000人を超えた。", "XL101:error"),
    ("销量已经破万。", "販売数はすでに10万を超えた。", "XL101:error"),
    # passing time, a record broken, "merely": no bound
    ("过了三天他才回来。", "3日たって彼はやっと戻った。", OK),
    ("他打破了三项纪录。", "彼は3つの記録を破った。", OK),
    ("他破了三项纪录。", "彼は3つの記録を破った。", OK),
    ("不过三百块。", "たった300元だ。", OK),
    ("他去过了三次。", "彼は3回行った。", OK),
    ("支持率突破百分之五十。", "支持率が50%を突破した。", OK),
    ("支持率突破百分之五十。", "支持率が60%を突破した。", "XL101:error"),
    # things counted after 过了 were done, not passed; cases after 破 solved
    ("我们走过了两个路口。", "交差点を2つ通り過ぎた。", OK),
    ("他吃过了两碗饭。", "ご飯を2杯食べた。", OK),
    ("警方连破三起案件。", "警察は3件の事件を立て続けに解決した。", OK),
    ("我们走过了两个路口。", "交差点を3つ通り過ぎた。", "XL101:error"),
]

FESTIVALS = [
    ("双十一当天订单暴增。", "「双11」当日は注文が急増した。", OK),
    ("雙11當天快遞爆倉。", "「双11」当日は宅配便がパンクした。", OK),
    ("双十二期间促销。", "「ダブル12」期間中のセール。", OK),
    ("十一期间景区人满为患。", "国慶節の連休中、観光地は人であふれた。", OK),
    ("五一期间高速免费。", "メーデーの連休中は高速道路が無料だ。", OK),
    ("六一儿童节快乐。", "国際子どもの日おめでとう。", OK),
    # 十一 alone still counts eleven
    ("来了十一个人。", "11人が来た。", OK),
    ("来了十一个人。", "12人が来た。", "XL101:error"),
]

FIRST_WITHOUT_NUMERAL = [
    ("这是今年首场比赛。", "今年初の試合だ。", OK),
    ("这是本月首次降雪。", "今月初の降雪となった。", OK),
    ("这是该公司今年首款折叠屏手机。", "同社にとって今年初の折りたたみスマホだ。", OK),
    ("他今年首次登台。", "彼は今年初めて舞台に立った。", OK),
    ("这是他今年初次登台。", "これは彼の今年初の舞台だ。", OK),
    # 头一回, 头一趟 (the first time, said with 回 and 趟 as with 次; fresh62)
    ("我头一回坐国际航班是在二〇〇八年。", "私が初めて国際線に乗ったのは2008年だ。", OK),
    ("我頭一回坐國際航班是在二〇〇八年。", "私が初めて国際線に乗ったのは2008年だ。", OK),
    ("这是我头一趟去北京。", "これは私にとって初めての北京旅行だ。", OK),
    ("我头一回坐国际航班是在二〇〇八年。", "私が2回目に国際線に乗ったのは2008年だ。",
     "XL101:error"),
    ("他一回来就睡了。", "彼は帰ってくるとすぐ寝た。", OK),
    # (said twice, time after time: no first)
    ("他从头一遍遍地读课文。", "彼は最初から何度も教科書を読んだ。", OK),
    ("他们从山脚到山头一趟趟地搬石头。", "彼らはふもとから山頂まで何度も石を運んだ。", OK),
    ("这是今年第二场比赛。", "今年初の試合だ。", "XL101:error"),
    # 今年初め is still early this year
    ("今年年初。", "今年初め。", OK),
    ("今年年底。", "今年初め。", "XL201:warning"),
]

CLASSICAL_ADDITIVE = [
    ("他那年三十有二。", "彼はその年32歳だった。", OK),
    ("祖母已经九十有三了。", "祖母はもう93歳になった。", OK),
    ("年方二十有一。", "21歳になったばかりだ。", OK),
    ("祖母已经九十有三了。", "祖母はもう94歳になった。", "XL101:error"),
    ("他那年三十有二。", "彼はその年30歳だった。", "XL101:error"),
    # 十有八九 is an idiom, 三十有余 "thirty odd"
    ("十有八九会下雨。", "十中八九雨が降る。", OK),
    ("他有三十个苹果。", "彼はリンゴを30個持っている。", OK),
]

ABOUT_BEFORE_A_CURRENCY = [
    ("这笔钱约合人民币五千元。", "この金額は約5000元に相当する。", OK),
    ("两国贸易额约达三千亿美元。", "両国の貿易額は約3000億ドルに達した。", OK),
    ("这笔奖金約合新台幣八千元。", "この賞金は約8000台湾ドルに相当する。", OK),
    ("这笔钱约合人民币五千元。", "この金額は約6000元に相当する。", "XL101:error"),
]

NUMBERED_THINGS = [
    ("他穿着二十三号球衣。", "彼は背番号23のユニフォームを着ている。", OK),
    ("请到五號窗口办理。", "5番窓口でお手続きください。", OK),
    ("台风挂起了八号风球。", "台風でシグナル8が発令された。", OK),
    ("乘坐地铁二号线。", "地下鉄2号線に乗る。", OK),
    # 号 after a month, or before 那天, is a day
    ("三月五号那天见。", "3月5日に会おう。", OK),
    ("三月五号那天见。", "3月6日に会おう。", "XL201:error"),
]

PROHIBITED_PAST_A_BOUND = [
    ("每天服用不得超过三次。", "1日3回を超えて服用しないでください。", OK),
    ("连续使用不要超过两小时。", "2時間を超えて連続使用しないこと。", OK),
    ("车速不得超过六十公里。", "時速60キロを超えて走行してはならない。", OK),
    ("每天服用不得超过三次。", "1日4回を超えて服用しないでください。", "XL101:error"),
    # the bound without a prohibition after it is still "more than"
    ("超过三次就要报告。", "3回を超えて使用した場合は報告すること。", OK),
    ("不得超过三次。", "3回を超えて服用した。", "XL101:error"),
]

OR_LATER = [
    ("需要iOS 15及以上版本。", "iOS 15以降が必要です。", OK),
    ("支持Windows 10或更高版本。", "Windows 10以降に対応しています。", OK),
    ("需要Android 12及以上版本。", "Android 11以降が必要です。", "XL101:error"),
    ("需要Android 12及以上版本。", "Android 12が必要です。", "XL102:warning"),
    # a date with 以降 is a date
    ("2020年以后。", "2020年以降。", OK),
]
PACKED_TERMS = [
    ("房租押一付三。", "家賃は敷金1か月、3か月分前払い。", OK),
    ("房租押二付一。", "家賃は敷金2か月、1か月分前払い。", OK),
    ("房租押一付三。", "家賃は敷金1か月、6か月分前払い。", "XL101:error"),
    # 三包 (repair, replacement, refund) counts no packs; 三包饼干 does
    ("这家店实行三包政策。", "この店は修理・交換・返品の保証制度を設けている。", OK),
    ("本产品享受三包服务。", "本製品は修理・交換・返品の保証付きです。", OK),
    ("买了三包饼干。", "ビスケットを3袋買った。", OK),
    ("买了三包饼干。", "ビスケットを4袋買った。", "XL101:error"),
]

BRACKETED_YEARS = [
    ("此桥建于万历年间（1573—1620）。", "この橋は万暦年間（1573～1620年）に建てられた。", OK),
    ("乾隆在位（1736-1795）期间。", "乾隆帝の在位期間（1736～1795年）。", OK),
    ("该寺建于北宋时期（1060-1127）。", "この寺は北宋時代（1060～1127年）に建てられた。", OK),
    ("桥建于万历年间（1573—1620）。", "橋は万暦年間（1573～1644年）に建った。", "XL201:error"),
    # two figures in brackets after anything else stay figures
    ("人数（1000-2000）。", "人数（1000～2000人）。", OK),
    ("人数（1000-2000）。", "人数（1000～3000人）。", "XL101:error"),
]
# fmt: on

# words that open with 零 before a counter count nothing (零件 = 部品, 零部件, 零头); a count
# of parts is still compared (fresh30 f30p-077: 零件 was "exactly 0", missing)
ZERO_WORDS = [
    ("这批零件是从德国进口的。", "この部品はドイツから輸入されたものだ。", OK),
    ("這批零件是從德國進口的。", "このパーツはドイツから輸入された。", OK),
    ("汽车零部件出口增长了5%。", "自動車部品の輸出は5%増えた。", OK),
    ("汽車零配件", "自動車の部品", OK),
    ("去掉零头，一共一百元。", "端数を切り捨てて、合計100元。", OK),
    ("這批零件共三百件。", "この部品は全部で300個ある。", OK),
    ("这台机器有零件二百个。", "この機械には部品が300個ある。", "XL101:error"),
    ("得分为零。", "得点はゼロだった。", OK),
]

TABLES = {
    "zero-words": ZERO_WORDS,
    "tenths": TENTHS,
    "set-phrase": SET_PHRASES,
    "passed": PASSED,
    "festival": FESTIVALS,
    "first": FIRST_WITHOUT_NUMERAL,
    "additive": CLASSICAL_ADDITIVE,
    "about-currency": ABOUT_BEFORE_A_CURRENCY,
    "numbered-thing": NUMBERED_THINGS,
    "prohibited": PROHIBITED_PAST_A_BOUND,
    "or-later": OR_LATER,
    "bracketed-years": BRACKETED_YEARS,
    "packed-terms": PACKED_TERMS,
}


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(TABLES))
def test_pair(zh: str, ja: str, expected: str) -> None:
    assert fact_findings(zh, ja) == expected
    if expected == OK:  # a faithful pair is faithful both ways
        assert reverse_fact_findings(zh, ja) == OK
