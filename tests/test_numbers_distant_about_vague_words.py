"""Constructions of faithful pairs read alike on both sides (issue 12): "about"
said apart from its figure by a verb of holding, needing, spending or weighing and its noun
(每份约含热量520大卡 = 1人分約520kcal); a figure made vague by a word that counts nothing in
particular, against a measure, a share or a sum (1260吨 against 大量の, 约三成 against 多く,
5亿元 against 多額の), or beside a degree word said on one side only; a span from the day
of writing (即日起至2月25日) against its end said alone (2月25日まで); half price said by a
word (半額, 半价) against 五折 or 5割引.
"""

from __future__ import annotations

from tests.conftest import construction_tests

OK = ""

# fmt: off
# "about" (约, 約) joined to a verb of holding, using up or weighing (约含, 约耗, 约重), with
# the verb's noun (热量, 糖, 电) between it and the figure, or to a verb of spending or taking
# time right before the figure (约花费, 约用时, 约耗时), in simplified and traditional script:
# the figure's "about", against 約 or ほど on the other side; "about" dropped or a changed
# figure is still found, a duration in two parts after 约需 stays one (约需一小时三十五分),
# and 约 as "to arrange" (约了朋友, 约重庆的朋友) or ending a word (预约, 节约, 签约) binds nothing
ABOUT_WITH_A_VERB = [
    ("每人份約含熱量520大卡。", "1人分あたり約520kcal。", OK),
    ("每片约含糖2.5克。", "1枚あたり糖質は約2.5g。", OK),
    ("從台北搭高鐵到左營約需一小時三十五分。", "台北から高速鉄道で左営までは約1時間35分。", OK),
    ("全程约耗时两个半小时。", "全行程に約2時間半かかる。", OK),
    ("这条鱼约重3公斤。", "この魚は重さ約3キロだ。", OK),
    ("這條魚約重3公斤。", "この魚は重さ3キロほどだ。", OK),
    ("这台空调每晚约耗电3度。", "このエアコンは一晩に約3kWhの電力を消費する。", OK),
    ("修好这台车约花费两个小时。", "この車の修理には約2時間かかった。", OK),
    ("修好這台車約花費兩個小時。", "この車の修理には2時間ほどかかった。", OK),
    ("这项工程约用时三年。", "この工事には約3年を要した。", OK),
    ("我约了朋友三点见面。", "友達と3時に会う約束をした。", OK),
    ("我约了三个朋友吃饭。", "友達3人を食事に誘った。", OK),
    ("新设计节约重量3公斤。", "新設計で重量を3キロ削減した。", OK),
    ("用户预约耗时3分钟。", "ユーザーの予約には3分かかる。", OK),
    ("我约重庆的三个朋友吃饭。", "重慶の友達3人を食事に誘った。", OK),
    ("新方案节约含税成本3万元。", "新方式で税込コストを3万元節約した。", OK),
    ("签约用时两个月。", "契約には2か月かかった。", OK),
    ("纽约耗资3亿美元修建新地铁。", "ニューヨークは3億ドルを投じて新しい地下鉄を建設した。", OK),
    ("纽约含税价格为100美元。", "ニューヨークの税込価格は100ドルだ。", OK),
    ("解约耗时两个月。", "解約には2か月かかった。", OK),
    ("每人份約含熱量520大卡。", "1人分あたり520kcal。", "XL102:warning"),
    ("每片约含糖2.5克。", "1枚あたり糖質は2.5g。", "XL102:warning"),
    ("每人份約含熱量520大卡。", "1人分あたり約530kcal。", "XL101:error"),
    ("这条鱼约重3公斤。", "この魚は重さ約5キロだ。", "XL101:error"),
]
# a figure made vague: a word of many or some with no counter of its own (多くの, 大量の,
# 一部の, 许多, 很多, 多額の, 巨额, かなりの額, 多種類, 多种) against the only figure left on the
# other side when that figure is a measure (吨, 公斤, キロ), a share (%, 成, 割) or a sum (元, 円),
# in either language; a set span (一定期間, 一定时间) against a span of time; 何 closed by も
# (何日も, 何度も, 何年も: on end, many) against any count of its unit, while 何人か stays a
# few (2 to 9: 三十个人 against it is another figure); a degree word left
# on the figure's side (明显改善, 大幅に) does not keep the pair apart. All approximated (a
# warning); a figure said on both sides beside the word stays paired with its twin
MADE_VAGUE = [
    ("仓库里存放着粮食850吨。", "倉庫には大量の穀物が保管されている。", "XL102:warning"),
    ("倉庫裡存放著大量糧食。", "倉庫には850トンの穀物が保管されている。", "XL102:warning"),
    ("他们卖出了很多米。", "彼らは米を500キロ売った。", "XL102:warning"),
    ("约四成受访者表示支持。", "回答者の多くが支持すると答えた。", "XL102:warning"),
    ("25%的学生选择了理科。", "一部の学生が理系を選んだ。", "XL102:warning"),
    ("許多學生選擇了理科。", "学生の6割が理系を選んだ。", "XL102:warning"),
    ("该公司投入了5亿元资金。", "同社は多額の資金を投じた。", "XL102:warning"),
    ("該公司投入了巨額資金。", "同社は5億元の資金を投じた。", "XL102:warning"),
    ("这道菜用了12种香料。", "この料理には多種類のスパイスが使われている。", "XL102:warning"),
    ("这道菜用了多种香料。", "この料理には12種類のスパイスが使われている。", "XL102:warning"),
    ("逾期45日未缴费者，合同自动终止。", "一定期間料金を支払わない場合、契約は自動的に終了する。",
     "XL102:warning"),
    ("旅客可在此停留一定时间。", "旅客はここに72時間滞在できる。", "XL102:warning"),
    ("患者连续服药二十天后，病情明显好转。", "患者は何日も服薬を続けた後、病状が明らかに好転した。",
     "XL102:warning"),
    ("连续加班两周后，效率明显下降。", "長い間残業を続けた後、効率が明らかに落ちた。",
     "XL102:warning"),
    ("他等了三个小时。", "彼は何時間も待った。", "XL102:warning"),
    ("他去过那里二十次。", "彼は何度もそこへ行った。", "XL102:warning"),
    ("他在那里住了十五年。", "彼はそこに何年も住んだ。", "XL102:warning"),
    ("有三个人来过。", "何人か来た。", "XL102:warning"),
    ("有三十个人来过。", "何人か来た。", "XL101:warning"),
    ("他买了三公斤苹果和很多橙子。", "彼はリンゴを3キロとたくさんのオレンジを買った。", OK),
    ("该公司投入了5亿元资金，效果明显。", "同社は5億元の資金を投じ、効果は明らかだった。", OK),
    ("这个问题我们一定要解决。", "この問題は必ず解決しなければならない。", OK),
    ("本品含有20多种天然香料。", "本品には20種類以上の天然スパイスが含まれる。", OK),
]
# a span from the day of writing to an end, said by a word of today in the written register
# (zh 即日起至, 自即日起至…止, 今天起到, 從今天起到; ja 本日から…まで, 今日から…まで) against
# the same end said alone (至…, …まで): an "until" runs from now, the same interval, in
# either order; a time on the end, said apart (…まで after the time) too; the end changed is
# a mismatch, a span from another day (明日から) is not "until"
SPAN_FROM_TODAY = [
    ("即日起至3月31日，会员购票可享八折优惠。",
     "3月31日まで、会員はチケットを2割引で購入できる。", OK),
    ("至3月31日，会员购票可享优惠。",
     "本日から3月31日まで、会員はチケットを割引価格で購入できる。", OK),
    ("本活動自即日起至五月底止。", "本キャンペーンは5月末までです。", OK),
    ("本活動至五月底止。", "本キャンペーンは今日から5月末までです。", OK),
    ("從今天起到十二月三十一日，可享受優惠。", "12月31日まで割引となります。", OK),
    ("報名自即日起至下月十日晚上十時截止。", "エントリーは来月10日午後10時まで受け付ける。", OK),
    ("即日起至3月31日，会员购票可享优惠。",
     "本日から3月31日まで、会員は割引価格で購入できる。", OK),
    ("本店今日上午十点开门。", "当店は本日午前10時に開店する。", OK),
    ("即日起至3月31日，会员购票可享优惠。",
     "3月30日まで、会員は割引価格で購入できる。", "XL201:warning"),
    ("至3月31日，会员购票可享优惠。", "本日から4月30日まで、会員は割引価格で購入できる。",
     "XL201:warning"),
    ("至3月31日，会员购票可享优惠。",
     "明日から3月31日まで、会員は割引価格で購入できる。", "XL202:info"),
    ("他是足球界的明日之星。", "彼はサッカー界の期待の新星だ。", OK),
]
# half price said by a word (ja 半額, 半値; zh 半价, 半價, 半额), also after a counter (第二杯半价,
# 2杯目は半額), against a discount said by a figure (五折, ５折, 5割引, 50%オフ): 50 % off;
# another discount is a mismatch (a warning: the word is weak), and the 半 of 两个半小时
# stays the number's; the word is weak (weak_figures): against half price said otherwise
# (减半, 对折, 半分の値段) it is silent
HALF_PRICE = [
    ("学生凭证购票可享五折优惠。", "学生は証明書の提示でチケットが半額になる。", OK),
    ("學生憑證購票可享半價優惠。", "学生は証明書の提示でチケットが5割引になる。", OK),
    ("会员可享半价优惠。", "会員は半額で利用できる。", OK),
    ("第二杯半价。", "2杯目は半額。", OK),
    ("第二件半價。", "2点目は5割引。", OK),
    ("週末門票５折。", "週末の入場券は半額。", OK),
    ("该商品半价出售。", "この商品は50％オフで販売される。", OK),
    ("股价跌到了半价。", "株価は半値まで下がった。", OK),
    ("申请者可获得半额补助。", "申請者は半額の補助を受けられる。", OK),
    ("两个半小时后出发。", "2時間半後に出発する。", OK),
    ("他以半价买下了这辆车。", "彼はこの車を半分の値段で買った。", OK),
    ("学生票价减半。", "学生のチケットは半額になる。", OK),
    ("商品打对折。", "商品は半額になる。", OK),
    ("他以一半的价格买下了这辆车。", "彼はこの車を半値で買った。", OK),
    ("学生凭证购票可享八折优惠。", "学生は証明書の提示でチケットが半額になる。",
     "XL101:warning"),
    ("第二杯半价。", "2杯目は3割引。", "XL101:warning"),
]
# fmt: on

TABLES = {
    "about-with-a-verb": ABOUT_WITH_A_VERB,
    "made-vague": MADE_VAGUE,
    "span-from-today": SPAN_FROM_TODAY,
    "half-price": HALF_PRICE,
}

test_construction, test_faithful_both_ways = construction_tests(TABLES)
