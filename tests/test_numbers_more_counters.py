"""Counters of drops and cloves: 滴 in both languages (每次一滴 = 1回1滴), 瓣 in Chinese
and 片 in Japanese (三瓣大蒜 = にんにく3片). fresh53: 2滴 was a bare figure, 三瓣 a guessed
count, so a changed dose was "added" and a changed clove count a bare figure changed.
Bodies and skeletons: 具 in Chinese, 体 in Japanese, ranked by 第 and 目 (第四具骨架 =
4体目の骨格: fresh54, where 3体目 was a bare 3 "added" and 第四 "missing"). And 余 of 余震
(aftershocks) is no "more than" (三十一次余震 = 31回の余震). Moves of a board game: 手 in
Japanese (全73手, 41手目 = 第41步). Wins and losses of a record: 胜, 负, 败 and 勝, 敗
(十胜五负 = 10勝5敗). And the watt, 瓦 after a figure (1000瓦 = 1000ワット). fresh57: the
horsepower (马力, 馬力), which a kilowatt rating converts to; class periods (1時限目, 3限目
= 第一节课: 1時 was an hour); 块 before a figure with its own unit counts pieces (两块2TB的
硬盘: 2 yuan before)."""

from __future__ import annotations

from tests.conftest import construction_tests

# fmt: off
ROWS = {
    "drops": [
        ("这种眼药水每天滴三到四次，每次一滴。", "この目薬は1日3～4回、1回1滴さしてください。", ""),
        ("这种眼药水每天滴三到四次，每次一滴。", "この目薬は1日3～4回、1回2滴さしてください。",
         "XL101:warning"),
        ("這種眼藥水每次兩滴。", "この目薬は1回2滴だ。", ""),
        ("這種眼藥水每次兩滴。", "この目薬は1回3滴だ。", "XL101:error"),
    ],
    "cloves": [
        ("这道菜需要三瓣大蒜。", "この料理にはにんにく3片が必要だ。", ""),
        ("这道菜需要三瓣大蒜。", "この料理にはにんにく5片が必要だ。", "XL101:error"),
        ("这道菜需要两片姜。", "この料理には生姜2片が必要だ。", ""),
    ],
    "bodies": [
        ("这是该地区发现的第四具完整骨架。", "この地域で見つかった4体目の完全な骨格だ。", ""),
        ("这是该地区发现的第四具完整骨架。", "この地域で見つかった3体目の完全な骨格だ。",
         "XL101:error"),
        ("仓库里有两具木乃伊。", "倉庫にはミイラが2体ある。", ""),
        ("倉庫裡有兩具木乃伊。", "倉庫にはミイラが3体ある。", "XL101:error"),
    ],
    "aftershocks": [
        ("观测站共记录到三十一次余震。", "観測所は計31回の余震を記録した。", ""),
        ("觀測站共記錄到三十一次餘震。", "観測所は計31回の余震を記録した。", ""),
        ("观测站共记录到三十余次余震。", "観測所は30回余りの余震を記録した。", ""),
    ],
    # moves of a board game: 手 in Japanese (全73手, 14手目 = 第41步 ranked by 目; fresh55:
    # 14手目 was a bare 14 "added" and 第41 "missing")
    "moves": [
        ("这盘棋一共下了73步，白方在第41步弃后。",
         "この対局は全73手で、白は41手目にクイーンを捨てた。", ""),
        ("这盘棋一共下了73步，白方在第41步弃后。",
         "この対局は全73手で、白は14手目にクイーンを捨てた。", "XL101:error"),
        ("這盤棋一共下了七十三步。", "この対局は全73手だった。", ""),
        ("這盤棋一共下了七十三步。", "この対局は全37手だった。", "XL101:error"),
        ("这是一道三步杀的题。", "これは3手詰めの問題だ。", ""),
        # 一手 of idioms (一手に引き受ける, 一手間) is weak: never reported alone
        ("他独自承担了销售。", "彼は販売を一手に引き受けた。", ""),
        ("多花一点功夫就会更好吃。", "一手間かけるだけで美味しくなる。", ""),
        ("我们分成两组去找。", "私たちは二手に分かれて探した。", ""),
        # 十手 alone is the jitte, a constable's truncheon, no ten moves (second review)
        ("他收藏了一把十手。", "彼は十手を一本収集した。", ""),
    ],
    # wins and losses of a record: 胜, 负, 败 in Chinese, 勝, 敗 in Japanese (十胜五负 =
    # 10勝5敗; fresh56: 十胜 was not read, so 10 was "added"); 十勝 alone is Tokachi
    "wins-and-losses": [
        ("这位大关在上一个场所取得了十胜五负。", "この大関は先場所、10勝5敗の成績を残した。", ""),
        ("這位大關在上一個場所取得了十勝五負。", "この大関は先場所、十勝五敗の成績を残した。", ""),
        ("这位大关在上一个场所取得了十胜五负。", "この大関は先場所、9勝5敗の成績を残した。",
         "XL101:error"),
        ("球队本赛季8胜3败。", "チームは今季8勝3敗だ。", ""),
        ("球队本赛季8胜3败。", "チームは今季8勝4敗だ。", "XL101:error"),
        ("北海道十胜地区盛产红豆。", "北海道の十勝地方は小豆の産地だ。", ""),
        ("三局两胜制的比赛。", "3局2勝制の試合。", ""),
        ("他的厨艺更胜一筹。", "彼の料理の腕は一枚上だ。", ""),
    ],
    # the watt after a figure (1000瓦 = 1000ワット; fresh56: 1000瓦 was a bare figure, so
    # 1000キロワット was no change of unit); a tile counted with a classifier between
    "watts": [
        ("该灯塔主灯的灯泡功率为1000瓦。", "この灯台の主灯の電球は出力1000ワットである。", ""),
        ("該燈塔主燈的燈泡功率為1000瓦。", "この灯台の主灯の電球は出力1000Wである。", ""),
        ("该灯塔主灯的灯泡功率为1000瓦。", "この灯台の主灯の電球は出力1000キロワットである。",
         "XL401:error"),
        ("一千瓦的电机", "1kWのモーター", ""),
        ("一盏60瓦的灯泡", "60ワットの電球", ""),
        ("屋顶上掉了三片瓦。", "屋根から瓦が3枚落ちた。", ""),
        # 千瓦 is no kilowatt before 特: 一万一千 + 瓦特 (a property test's draw read 11000 kW)
        ("功率为一万一千瓦特。", "出力は11000ワットだ。", ""),
        ("功率为一万一千瓦特。", "出力は11000キロワットだ。", "XL401:error"),
    ],
    # the metric horsepower (735.5 W): another unit than the kilowatt, and a conversion
    # of one rounded as translations round it (150千瓦 = 約204馬力)
    "horsepower": [
        ("这辆车的引擎最大功率为300马力。", "この車のエンジンの最高出力は300馬力だ。", ""),
        ("這輛車的引擎最大功率為300馬力。", "この車のエンジンの最高出力は300馬力だ。", ""),
        ("这辆车的引擎最大功率为300马力。", "この車のエンジンの最高出力は350馬力だ。",
         "XL101:error"),
        ("这台发动机功率为150千瓦。", "このエンジンの出力は150馬力だ。", "XL401:error"),
        ("这台发动机功率为150千瓦。", "このエンジンの出力は約204馬力だ。", ""),
        ("开足马力生产三个月。", "フル稼働で3か月生産した。", ""),
    ],
    # a class period, 時限 or 限 ranked by 目 (1時限目 = 第一节课), counted alone (4時限の
    # 授業 = 四节课): no hour of the day
    "class-periods": [
        ("第一节课早上八点开始。", "1時限目は午前8時に始まる。", ""),
        ("第二节课十点开始。", "二時限目は10時に始まる。", ""),
        ("第三节课是数学。", "3限目は数学だ。", ""),
        ("第三节课是数学。", "4限目は数学だ。", "XL101:error"),
        ("每周有四节课。", "週に4時限の授業がある。", ""),
        ("会议四时开始。", "会議は4時に始まる。", ""),
        ("会议四时开始。", "会議は5時に始まる。", "XL201:error"),
        # an hour's limit is no class period (午後3時限り, 17時限定)
        ("活动今天下午3点结束。", "本日午後3時限りで終了。", ""),
        ("每天17点限定销售。", "毎日17時限定で販売する。", ""),
        ("活动今天下午3点结束。", "本日午後4時限りで終了。", "XL201:error"),
    ],
    # 块 before a figure with a unit of its own counts pieces (两块2TB的固态硬盘 = 2TBの
    # SSDを2基); before a figure alone it is a price's tenths (两块5 = 2.5元)
    "pieces-before-a-figure": [
        ("这台服务器配备了两块2TB的固态硬盘。", "このサーバーは2TBのSSDを2基搭載している。", ""),
        ("这台服务器配备了两块2TB的固态硬盘。", "このサーバーは2TBのSSDを3基搭載している。",
         "XL101:warning"),
        ("电脑里装了两块８GB的内存条。", "パソコンには8GBのメモリが2枚入っている。", ""),
        ("这支笔两块5。", "このペンは2.5元だ。", ""),
        ("这支笔两块5。", "このペンは2.8元だ。", "XL101:error"),
    ],
    # square metres typed in plain letters (10m2 = 10㎡ = 10m², as a page's 10m<sup>2</sup>
    # reads): a unit, no 10 m and a bare 2
    "square-metres-typed": [
        ("面积为10m2。", "面積は10㎡だ。", ""),
        ("面积为10m2。", "面積は10m²だ。", ""),
        ("湖面约120 km2。", "湖面は約120km²だ。", ""),
        ("面积为10m2。", "面積は10mだ。", "XL401:error"),
        ("面积为10m2。", "面積は12㎡だ。", "XL101:error"),
    ],
    # questions of a quiz: 题, 道题 and 問, 題 (fresh58: 十題 was not read, 10問以上 "added")
    "questions": [
        ("比賽限時四十五分鐘，答對十題以上即可晉級。",
         "試合の制限時間は45分で、10問以上正解すれば次に進める。", ""),
        ("答对十题以上即可晋级。", "12問以上正解すれば次に進める。", "XL101:error"),
        ("试卷共有二十道题。", "試験は全20問だ。", ""),
        ("试卷共有二十道题。", "試験は全25問だ。", "XL101:error"),
        ("这个问题很难。", "この問題は難しい。", ""),
        ("一题多解", "一つの問題に複数の解法", ""),
    ],
    # a share said by a word (一半, 半数 = 50 %) against a part of one (3分の1): a share
    # changed (fresh58: 3分の1以上 was "added" beside an unpaired 一半以上)
    "shares": [
        ("其中弦乐手占了一半以上。", "そのうち弦楽器奏者が3分の1以上を占める。", "XL101:warning"),
        ("其中弦乐手占了一半以上。", "そのうち弦楽器奏者が半数以上を占める。", ""),
        ("其中弦乐手占了一半。", "そのうち弦楽器奏者が2分の1を占める。", ""),
        ("其中弦乐手占了三分之一。", "そのうち弦楽器奏者が半分を占める。", "XL101:warning"),
        ("我吃了一半，还剩3个。", "私は半分食べて、まだ3つ残っている。", ""),
    ],
    # cups of a recipe or a drink: カップ counts as 杯 does (fresh59: 2カップ for 两升 was
    # no figure at all, the litres "missing")
    "cups": [
        ("这锅汤需要三杯水。", "このスープには水が3カップ必要だ。", ""),
        ("這鍋湯需要三杯水。", "このスープには水が三カップ必要だ。", ""),
        ("这锅汤需要三杯水。", "このスープには水が4カップ必要だ。", "XL101:error"),
        ("每天至少要喝两升水。", "1日に少なくとも2カップの水を飲みましょう。", "XL401:warning"),
        ("每天至少要喝两升水。", "1日に少なくとも2リットルの水を飲みましょう。", ""),
        ("他买了一个咖啡杯。", "彼はコーヒーカップを1つ買った。", ""),
        ("这个奖杯是三年前赢得的。", "このカップは3年前に勝ち取ったものだ。", ""),
    ],
    # seven or eight, eight or nine in Japanese kanji with 、 (七、八個 = 七八个): a range,
    # as 二、三 and 7、8 are (fresh60: read as 八個 alone, "approximated")
    "kanji-pairs": [
        ("她一口气买了七八个橘子。", "彼女はみかんを一度に七、八個買った。", ""),
        ("湖面上停着七八只白鹭。", "湖面にはシラサギが七、八羽とまっていた。", ""),
        ("湖面上停著七八隻白鷺。", "湖面にはシラサギが7、8羽とまっていた。", ""),
        ("他等了六七天。", "彼は六、七日待った。", ""),
        ("湖面上停着七八只白鹭。", "湖面にはシラサギが八、九羽とまっていた。", "XL101:error"),
        ("第七、八章很难。", "第七、八章は難しい。", ""),
    ],
    # 以上 of a bound, then the bound above it (三年以上十年以下 = 3年以上10年以下: a range);
    # 以上 "the above" before a count (以上十项) is no vague 上十 (fresh60)
    "bounds-with-above": [
        ("根据刑法规定，犯此罪的，处三年以上十年以下有期徒刑。",
         "刑法の規定により、この罪を犯した者は3年以上10年以下の懲役に処する。", ""),
        ("處三年以上十年以下有期徒刑。", "3年以上10年以下の懲役に処する。", ""),
        ("处三年以上十年以下有期徒刑。", "3年以上7年以下の懲役に処する。", "XL101:error"),
        ("罚款五千块钱以上十万元以下。", "5000元以上10万元以下の罰金。", ""),
        ("以上十项建议都很重要。", "以上の10項目の提案はどれも重要だ。", ""),
        ("以上十项建议都很重要。", "以上の12項目の提案はどれも重要だ。", "XL101:error"),
        ("他有上十年的经验。", "彼には十数年の経験がある。", ""),
    ],
    "words-of-them": [
        ("体育馆很大。", "体育館は広い。", ""),
        ("花瓣很美。", "花びらが美しい。", ""),
        ("片刻之后他来了。", "片時の後、彼が来た。", ""),
    ],
}
# fmt: on

test_construction, test_faithful_both_ways = construction_tests(ROWS)
