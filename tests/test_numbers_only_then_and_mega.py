"""Two readings of issue 12 met on unseen pairs.

初めて after 後に or てから before a verb is "only then" (满了后方可, 确认后才) as often as a
first (上任后首次): weak, paired with a first and never reported alone (満了後に初めて請求でき
る was "初めて (ordinal 1) added" against a faithful 期满后方可申请); 戦後初めての選挙 and 生ま
れて初めて stay firsts.

The 兆 of 兆赫, 兆瓦 after a decimal in kanji is mega, as after a whole figure: 九十八点六兆
赫兹 is 98.6 MHz (it was read 98.6 × 10^12 and a faithful 98.6メガヘルツ a different
figure); 三点五亿, 二点三万亿 keep their big units."""

from __future__ import annotations

from tests.conftest import construction_tests

ONLY_THEN = [
    ("该保险的等待期为半年，期满后方可申请理赔。",
     "この保険の待機期間は半年で、満了後に初めて保険金を請求できる。", ""),
    ("确认付款后才发货。", "支払いを確認してから初めて出荷する。", ""),
    ("这是战后第一次选举。", "これは戦後初めての選挙だ。", ""),
    ("这是战后第二次选举。", "これは戦後初めての選挙だ。", "XL101:error"),
    ("我第一次见到雪。", "私は生まれて初めて雪を見た。", ""),
    # weak, not none: a first after 後に is still paired with one, and a changed rank is one
    ("他上任后首次召开记者会。", "彼は就任後に初めて記者会見を開いた。", ""),
    ("他上任后第二次召开记者会。", "彼は就任後に初めて記者会見を開いた。", "XL101:warning"),
    ("他回国后第三次见到父母。", "彼は帰国してから初めて両親に会った。", "XL101:warning"),
]  # fmt: skip

MEGA = [
    ("这台发射机的功率为五千瓦，频率为九十八点六兆赫兹。",
     "この送信機の出力は5000ワット、周波数は98.6メガヘルツである。", ""),
    ("频率为九十八点六兆赫。", "周波数は98.6MHzである。", ""),
    ("频率为九十八点六兆赫。", "周波数は96.8MHzである。", "XL101:error"),
    ("频率为98.6兆赫兹。", "周波数は98.6MHzである。", ""),
    ("全年发电一万五千千瓦时。", "年間発電量は1万5000kWhだ。", ""),
    ("电站装机容量为二点五兆瓦。", "発電所の設備容量は2.5メガワットだ。", ""),
    ("全国人口约十四点一亿。", "全国の人口は約14.1億人だ。", ""),
    ("预算为二点三万亿元。", "予算は2.3兆元だ。", ""),
]  # fmt: skip

TABLES = {"only-then": ONLY_THEN, "mega": MEGA}
test_construction, test_faithful_both_ways = construction_tests(TABLES)
