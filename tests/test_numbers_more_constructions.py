"""Constructions compared across a pair (issue 12, third stop): a figure the translation
says twice with one mention changed, ranges written with their counter on both bounds,
ordinals without 第, and vague counts.

Each row is a Chinese source, a Japanese translation and the number and date findings
expected, each as RULE:severity (none for a faithful rendering).
"""

from __future__ import annotations

import pytest

from tests.conftest import check_strings, fact_findings, table_rows

OK = ""


# fmt: off
SAID_TWICE = [
    # the translation repeats a figure the source says once: faithful
    (
        "他1995-96赛季以来首次做到。",
        "彼は1995～1996年シーズン以来初めてで、1995～1996年シーズンにはヤーガーもやった。",
        OK,
    ),
    ("他买了3本书。", "彼は本を3冊買い、その3冊を読んだ。", OK),
    ("他1998年出生。", "彼は1998年に生まれ、1998年に引っ越した。", OK),
    ("他一九九八年出生。", "彼は１９９８年に生まれ、１９９８年に引っ越した。", OK),
    # one mention changed: that fact changed (a guess, so a warning), not a fact added
    (
        "他1995-96赛季以来首次做到。",
        "彼は1995～1996年シーズン以来初めてで、1996～1996年シーズンにはヤーガーもやった。",
        "XL201:warning",
    ),
    (
        "他1995-96賽季以來首次做到。",
        "彼は１９９５～１９９６年シーズン以来初めてで、１９９５～１９９７年シーズンにはヤーガーもやった。",
        "XL201:warning",
    ),
    ("他买了3本书。", "彼は本を3冊買い、その5冊を読んだ。", "XL101:warning"),
    ("他買了三本書。", "彼は本を三冊買い、その五冊を読んだ。", "XL101:warning"),
    ("他1998年出生。", "彼は1998年に生まれ、1999年に引っ越した。", "XL201:warning"),
    ("他一九九八年出生。", "彼は１９９８年に生まれ、１９９９年に引っ越した。", "XL201:warning"),
    ("门票20美元。", "入場料は20ドルで、子供も25ドルだ。", "XL101:warning"),
    # another kind of figure in the translation is a fact added, not the figure changed
    ("他买了3本书。", "彼は本を3冊買い、5ドル払った。", "XL104:info"),
    ("他买了3本书。", "彼は本を3冊買い、5人に見せた。", "XL104:info"),
    ("他1998年出生。", "彼は1998年3月に生まれた。", "XL202:info"),
    # versions are not read so (a version said twice used to crash the pairing)
    ("需要 v1.2 版本，v1.2 以上。", "v1.2 が必要で、v1.3 でも動く。v1.2 以上。", OK),
    # a second source fact the translation drops stays missing (the source is not read so)
    ("他1998年出生，1999年上学。", "彼は1998年に生まれた。", "XL203:warning"),
    ("他买了3本书和5本杂志。", "彼は本を3冊買った。", "XL103:warning"),
]

RANGES = [
    # the counter on both bounds: one range, as when it stands once
    ("有10至20人参加。", "10人から20人が参加した。", OK),
    ("有10至20人参加。", "10～20人が参加した。", OK),
    ("有10人到20人参加。", "10人から20人まで参加した。", OK),
    ("有十到二十人参加。", "十人から二十人が参加した。", OK),
    ("有十到二十人參加。", "１０人から２０人が参加した。", OK),
    ("有10～20人参加。", "１０～２０人が参加した。", OK),
    ("数值为0到99。", "値は0年から99年だ。", OK),
    ("取值范围是0到99。", "値は0から99までだ。", OK),
    ("从1米到3米不等。", "1メートルから3メートルまでさまざまだ。", OK),
    # around the bounds: 介于…和…之间, 在…与…之间, …と…の間; a remark may stand before 之间
    ("温度介于20度和30度之间。", "温度は20度から30度の間だ。", OK),
    ("温度介于20度和30度之间。", "温度は20度と30度の間だ。", OK),
    ("价格在100元与200元之间。", "価格は100元から200元の間だ。", OK),
    ("价格在100元至200元之间。", "価格は100元から200元の間だ。", OK),
    ("一个介于 1 和 1000 (包含) 之间的值。", "1 以上 1000 以下の値です。", OK),
    ("一个介于 1 和 1000 之间的值。", "1から1000までの値です。", OK),
    ("一個介於 1 和 1000 之間的值。", "１以上１０００以下の値です。", OK),
    # two bounds: X以上Y以下 (also 未満) is the range from X to Y
    ("１０以上２０以下的人。", "10人以上20人以下の人。", OK),
    ("10人以上20人以下。", "10～20人。", OK),
    # a changed bound is a changed range
    ("有10～20人参加。", "10～30人が参加した。", "XL101:error"),
    ("有10至20人参加。", "10人から25人が参加した。", "XL101:error"),
    ("有十到二十人参加。", "十人から三十人が参加した。", "XL101:error"),
    ("温度介于20度和30度之间。", "温度は20度から35度の間だ。", "XL101:error"),
    ("价格在100元至200元之间。", "価格は100元から300元の間だ。", "XL101:error"),
    ("一个介于 1 和 1000 之间的值。", "1 以上 2000 以下の値です。", "XL101:error"),
    ("数值为0到99。", "値は0年から98年だ。", "XL101:error"),
    # a vague span against a written range: the wide overlap is one reading
    ("他十几岁。", "彼は10代だ。", OK),
    ("来了十几个人。", "11～19人が来た。", OK),
    # not ranges: a change from one figure to another, a fall, two counters
    ("人数从5人增加到10人。", "人数は5人から10人に増えた。", OK),
    ("人数从10人减少到5人。", "人数は10人から5人に減った。", OK),
    ("他给了3个人5本书。", "彼は3人に5冊の本をあげた。", OK),
    ("早上20度，中午30度。", "朝は20度、昼は30度だった。", OK),
    ("早上20度和中午30度。", "朝の20度と昼の30度。", OK),
    # a range written backwards or on one figure is the range of its figures, not nothing:
    # a changed bound is a changed range (fourth stop; before, two figures)
    ("如果权重值在 400和 500之间：", "太さが 400～500 で指定された場合", OK),
    ("如果权重值在 400和 500之间：", "太さが 500～500 で指定された場合", "XL101:error"),
    ("权重值在 400和 500之间：", "太さが 400～200 で指定された場合", "XL101:error"),
    # a word between them is left alone: ８から３を引く is a subtraction
    ("八减去三。", "８から３を引く。", OK),
    ("端口号范围是 30000-32767。", "ポート番号の範囲は 90000-32767 です。", "XL101:error"),
    ("端口号范围是 30000-32767。", "ポート番号の範囲は 30000-32767 です。", OK),
    # the same bounds the other way round: the same range
    ("有10～20人参加。", "20～10人が参加した。", OK),
    # a written range against a bound is a changed fact; a vague span may be the bound
    ("一个介于 1 和 1000 之间的值。", "1 以上の値です。", "XL102:warning"),
    ("来了10～20人。", "10人以上が来た。", "XL102:warning"),
    ("他十几岁。", "彼は10歳余りだ。", OK),
    # ± is a range around zero
    ("对象的范围是 -100,000,000 天至 100,000,000 天。", "前後 ±100,000,000 日を表す。", OK),
    (
        "对象的范围是 -100,000,000 天至 100,000,000 天。",
        "前後 ±200,000,000 日を表す。",
        "XL101:error",
    ),
    ("误差为±5%。", "誤差は±5%だ。", OK),
    ("误差为±5%。", "誤差は±3%だ。", "XL101:error"),
]

ORDINALS = [
    # a rank without 第: N次大战 and N战 are the Nth world war; 初版, 首次 are the first
    ("二次大战后他回国了。", "第二次世界大戦後、彼は帰国した。", OK),
    ("二次大戰後他回國了。", "第２次世界大戦後、彼は帰国した。", OK),
    ("第二次世界大战后他回国了。", "二次大戦後、彼は帰国した。", OK),
    ("二战期间他在美国。", "第二次世界大戦中、彼はアメリカにいた。", OK),
    ("一战结束时他十岁。", "第一次世界大戦が終わった時、彼は十歳だった。", OK),
    ("二次大战后他回国了。", "第三次世界大戦後、彼は帰国した。", "XL101:error"),
    ("二战期间他在美国。", "第一次世界大戦中、彼はアメリカにいた。", "XL101:error"),
    ("Firefox 于 2004 年 11 月首次发布。", "2004 年 11 月に初版がリリースされた。", OK),
    # one battle, not the first war
    ("这是背水一战。", "これは背水の陣だ。", OK),
    ("他一战成名。", "彼は一戦で名を上げた。", OK),
]

COUNTS = [
    # a count that sums up the list before it may stay implicit
    (
        "一些字体只提供 normal 和 bold 两种值。",
        "一部のフォントは normal と bold の値しか提供しない。",
        OK,
    ),
    (
        "一些字体只提供 normal 和 bold 两种值。",
        "一部のフォントは normal と bold の 2 つの値しか提供しない。",
        OK,
    ),
    (
        "一些字体只提供 normal 和 bold 两种值。",
        "一部のフォントは normal と bold の 3 つの値しか提供しない。",
        "XL101:warning",
    ),
    (
        "北京、上海和杭州这三个城市。这三城政府出台了政策。",
        "北京、上海、杭州の3つの都市。3都市の政府は政策を出した。",
        OK,
    ),
    # the same count alone is no sum: 两种 against 三種類 is a changed count
    ("有两种方法。", "2つの方法がある。", OK),
    ("有两种方法。", "方法は二種類ある。", OK),
    ("有两种方法。", "方法は三種類ある。", "XL101:error"),
    # ゼロ is 0 (matched when present, never reported alone: ゼロから始める)
    ("它只有 0 个服务端点。", "エンドポイントがゼロであるかのように動作します。", OK),
    ("它只有 0 个服务端点。", "エンドポイントが 2 つであるかのように動作します。", "XL101:error"),
    ("我们从零开始。", "ゼロから始めよう。", OK),
    # vague counts of a big unit: 上百万 (a million and more) = 数百万 = 100万人以上
    ("上百万用户。", "数百万人のユーザー。", OK),
    ("上百万用户。", "100万人以上のユーザー。", OK),
    ("上千人参加。", "数千人が参加した。", OK),
    ("上千人参加。", "数百人が参加した。", "XL101:error"),
    # ... and of a hundred million (上亿用户 = 1億人以上: not read before)
    ("上亿用户使用这款应用。", "1億人以上のユーザーがこのアプリを使っている。", OK),
    ("公司投资上億元。", "会社は数億元を投資した。", OK),
    ("上亿用户使用这款应用。", "1000万人のユーザーがこのアプリを使っている。", "XL101:error"),
    # ... and of ten (上十MB = 数十MB, 上十年 = 10年以上: md57's page read a bare 十MB); not
    # the verb 上 before a floor or an hour (上十楼 = 10階に上がる)
    ("上十MB的存储会被移除。", "数十MBが削られる。", OK),
    ("他有上十年的经验。", "彼には10年以上の経験がある。", OK),
    ("上十万人聚集在广场。", "数十万人が広場に集まった。", OK),
    ("上十万人聚集在广场。", "100人が広場に集まった。", "XL101:error"),
    ("我们坐电梯上十楼。", "私たちはエレベーターで10階に上がった。", OK),
    ("我们坐电梯上十楼。", "私たちはエレベーターで11階に上がった。", "XL101:error"),
    ("我要上十点的课。", "私は10時の授業に出る。", OK),
    # ... nor 上 that closes the word before it (on, plus): 桌上 + 十本书, 加上 + 十名
    ("桌上有十本书。", "机の上に10冊の本がある。", OK),
    ("再加上十名志愿者。", "さらに10人のボランティアを加える。", OK),
    ("网上十万人参与了讨论。", "ネット上で10万人が議論に参加した。", OK),
    ("桌上有十本书。", "机の上に12冊の本がある。", "XL101:error"),
    # a bound a few words before its figure, across a space
    ("根据节点类型最多可以将 127 个卷关联到节点。", "最大127個のボリュームを接続できます。", OK),
    (
        "根据节点类型最多可以将 127 个卷关联到节点。",
        "最大128個のボリュームを接続できます。",
        "XL101:error",
    ),
]

COMPARISONS_AND_NAMES = [
    # comparisons as bounds: 大于/小于/不小于 before the figure, より大きい/より少ない after it
    ("按升序查找大于500的可用权重。", "500 より大きい太さを昇順で探します。", OK),
    ("按升序查找大于500的可用权重。", "600 より大きい太さを昇順で探します。", "XL101:error"),
    ("按升序查找大于500的可用权重。", "500 の太さを昇順で探します。", "XL102:warning"),
    ("如果指定值小于400。", "太さが 400 未満の場合。", OK),
    ("如果指定值小于400。", "太さが 400 より小さい場合。", OK),
    ("如果指定值不小于400。", "太さが 400 以上の場合。", OK),
    ("如果指定值不大于400。", "太さが 400 以下の場合。", OK),
    ("如果指定值不大于400。", "太さが 300 以下の場合。", "XL101:error"),
    ("人数多于五十人。", "人数は50人より多い。", OK),
    # 名为 is "named": no rank; 第一名 is one
    ("1996 年创建了一个名为 WebDAV 的标准。", "1996 年、WebDAV という標準が作成された。", OK),
    ("他是第一名。", "彼は1位だ。", OK),
    ("他是第一名。", "彼は2位だ。", "XL101:error"),
    # a number after an acronym names something (RFC 1945); after a time zone or a
    # currency code it is still a figure
    ("一份新文档（RFC 1945）被发表出来。", "情報文書が公開されました。", OK),
    ("COVID-19 疫情。", "新型コロナウイルス感染症の流行。", OK),
    ("抗议于 UTC 0230 开始。", "抗議は UTC 0230 に始まった。", OK),
    ("花了 USD 100。", "100ドルかかった。", OK),
    ("花了 USD 100。", "200ドルかかった。", "XL101:error"),
    ("有 3 个 CPU。", "CPU が 3 つある。", OK),
]

RESTATED = [
    # a figure said again in brackets, or a range's bounds said again, is one fact
    ("权重值在 400和 500之间（包括400和500）：", "太さが 400～500 で指定された場合", OK),
    ("对象的范围是 ±100,000,000 天。", "前後 ±100,000,000 (1 億) 日を表す。", OK),
    ("人口为100,000,000（1亿）。", "人口は1億人だ。", OK),
    ("人口為100,000,000（1億）。", "人口は１億人だ。", OK),
    # the bracket says something else: its own fact
    ("人口为100,000,000（2亿）。", "人口は1億人だ。", "XL103:warning"),
    ("他有3个孩子（两个儿子）。", "彼には子供が3人いる。", "XL103:warning"),
    ("他有3个孩子（两个儿子）。", "彼には子供が3人（息子が2人）いる。", OK),
]

APPROXIMATIONS = [
    ("将近一百人来了。", "100人近くが来た。", OK),
    ("将近一百人来了。", "100人が来た。", "XL102:warning"),
    ("差不多三十个人。", "ほぼ30人。", OK),
    ("近千人参加。", "千人近くが参加した。", OK),
    ("到2020年完成。", "2020年までに完成する。", OK),
    # 快 + figure + 了 is "almost"; after a comparison, or without 了, 快 is "faster"
    ("快一百人了。", "100人近くになった。", OK),
    ("快一百人了。", "100人になった。", "XL102:warning"),
    ("快一百人了。", "200人近くになった。", "XL101:error"),
    ("我们认识快三年了。", "知り合ってもうすぐ3年になる。", OK),
    ("他快三十岁了。", "彼はもうすぐ30歳だ。", OK),
    ("他快三十岁了。", "彼は30歳近い。", OK),
    ("他快三十歲了。", "彼は３０歳になった。", "XL102:warning"),
    ("他的速度快30%。", "彼の速度は30%速い。", OK),
    ("他比我快30%了。", "彼は私より30%速くなった。", OK),
    ("他比去年快30%了。", "彼は去年より30%速くなった。", OK),
    pytest.param(
        "到明年四月我们就认识满两年了。", "来年の4月で知り合って2年になる。", OK,
        marks=pytest.mark.xfail(
            reason="到 before a date reads as until, not by; 来年の4月 reads as two dates",
            strict=True,
        ),
    ),
]
# fmt: on

TABLES = {
    "said-twice": SAID_TWICE,
    "ranges": RANGES,
    "ordinals": ORDINALS,
    "counts": COUNTS,
    "comparisons-and-names": COMPARISONS_AND_NAMES,
    "restated": RESTATED,
    "approximations": APPROXIMATIONS,
}
ROWS = table_rows(TABLES)


@pytest.mark.parametrize(("zh", "ja", "expected"), ROWS)
def test_pair(zh: str, ja: str, expected: str) -> None:
    assert fact_findings(zh, ja) == expected


def test_a_version_said_twice_is_an_added_version() -> None:
    findings = check_strings(
        "需要 v1.2 版本，v1.2 以上。", "v1.2 が必要で、v1.3 でも動く。v1.2 以上。"
    )
    assert [f.rule for f in findings if f.kind == "version"] == ["XL504"]


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        ("ja", "10人から20人", ["10..20"]),
        ("ja", "１０人から２０人まで", ["10..20"]),
        ("ja", "5人から10人に増えた", ["5", "10"]),
        ("ja", "10人から5人", ["10", "5"]),
        ("ja", "20度と30度の間", ["20..30"]),
        ("ja", "20度と30度", ["20", "30"]),
        ("ja", "1 以上 1000 以下", ["1..1000"]),
        ("ja", "±5%", ["-5..5"]),
        ("ja", "400～200", ["200..400"]),
        ("ja", "500～500", ["500"]),  # a range on one figure
        ("ja", "90000-32767", ["32767..90000"]),
        ("ja", "2016-02", []),
        ("ja", "7-2", ["7", "2"]),
        ("ja", "二次大戦", ["#2"]),
        ("zh", "10人至20人", ["10..20"]),
        ("zh", "介于 1 和 1000 (包含) 之间", ["1..1000"]),
        ("zh", "1 和 1000", ["1", "1000"]),
        ("zh", "二次大战", ["#2"]),
        ("zh", "二战期间", ["#2"]),
        ("zh", "背水一战。", []),
        ("zh", "上百万", ["1000000..9990000"]),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_readings(lang, text, values):
    from xlcheck.run import current

    grammar = current().language(lang).numbers
    found = []
    for match in grammar.find(text):
        value = match.value
        shown = str(value.low) if value.low == value.high else f"{value.low}..{value.high}"
        found.append("#" + shown if value.ordinal else shown)
    assert found == values
