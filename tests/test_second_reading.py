"""Constructions a second reader of the session's change found misread, each with its
variants and the faithful rows that must stay silent. The number, date and name tables
of the issues hold the constructions themselves; these rows hold where they overreached.
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, table_rows

TABLES = {
    # digits after a unit of length or degree are its decimals (一米八 = 1.8 m), but not
    # when a counter or unit follows them: 50米3趟 is 50 m three times
    "decimal-tail": [
        ("他游了50米3趟。", "彼は50メートルを3往復した。", ""),
        ("他游了两趟100米。", "彼は100メートルを2本泳いだ。", ""),
        ("體溫39度2次測量都一樣。", "体温は39度で、2回測っても同じだった。", ""),
        ("他身高一米八。", "彼の身長は1.8メートルだ。", ""),
        ("他身高1米95。", "彼の身長は1.95メートルだ。", ""),
        ("体温三十九度二。", "体温は39.2度だ。", ""),
        ("他身高一米八。", "彼の身長は1.7メートルだ。", "XL101:error"),
    ],
    # 一季度 is the first quarter; 前三季度 the first three quarters, not the third
    "quarters": [
        ("今年一季度GDP增长了5%。", "今年の第1四半期のGDPは5%増えた。", ""),
        ("今年第三季度营收增长。", "今年の第3四半期の売上が伸びた。", ""),
        # (最初 before a figure counts the first N: no rank of one added, session 12)
        ("前三季度营收增长。", "最初の3四半期の売上が伸びた。", ""),
        ("前兩季度營收增長。", "最初の3四半期の売上が伸びた。", "XL101:error"),
    ],
    # a weekday list shares a prefix or suffix (月・水・金曜日), but 今月、水曜日 is this
    # month and Wednesday
    "weekday-lists": [
        ("本月的周三开会。", "今月、水曜日に会議がある。", ""),
        ("本月的周三开会。", "今月、木曜日に会議がある。", "XL201:error"),
        ("他每週一、三、五去游泳。", "彼は毎週月・水・金曜日に泳ぎに行く。", ""),
        ("周一、周三开会。", "月・水曜日に会議がある。", ""),
        ("下周三开会。", "来週水曜日に会議がある。", ""),
    ],
    # 俩 counts two (他们俩), but 伎俩 is a trick; a figure's label after a preposition
    "fixed-words": [
        ("他的伎俩被识破了。", "彼の手口は見破られた。", ""),
        ("他的伎倆被識破了。", "彼の手口は見破られた。", ""),
        ("在图 3.2 中可以看到。", "図 3.2 で見られる。", ""),
        ("和表 4.1 相比。", "表 4.1 と比べる。", ""),
        ("代表 2.5 亿人。", "2.5億人を代表する。", ""),
        ("下载二进制软件包。", "バイナリパッケージをダウンロードする。", ""),
        ("分發二進制檔案。", "バイナリファイルを配布する。", ""),
        ("把它转换为二进制数。", "それを2進数に変換する。", ""),
        # (a base is weak, said or not: another base is a warning)
        ("把它转换为二进制数。", "それを16進数に変換する。", "XL101:warning"),
    ],
}


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(TABLES))
def test_numbers_and_dates(zh, ja, expected):
    assert fact_findings(zh, ja) == expected


# A Japanese given name in kana against a kanji one of the same family: UniDic gives one
# reading of the kanji, a name has others, and a long vowel is written either way.
NAMES = [
    pytest.param("铃木一朗是棒球选手。", "鈴木イチローは野球選手だ。", "", id="long-vowel-bar"),
    pytest.param("佐藤翔太是学生。", "佐藤ショータは学生だ。", "", id="long-vowel-o"),
    pytest.param("中村步美在咖啡馆打工。", "中村あゆみはカフェで働いている。", "", id="reading"),
    pytest.param("山田优子来了。", "山田ゆう子が来た。", "XL301:warning", id="mixed-script"),
    pytest.param("高桥祐树是记者。", "高橋アキラは記者だ。", "XL301:warning", id="kana-swap"),
    pytest.param("山田太郎是工程师。", "山田次郎はエンジニアだ。", "XL301:error", id="kanji-swap"),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), NAMES)
def test_a_kana_given_name_is_never_an_error_by_reading_alone(zh, ja, expected):
    assert fact_findings(zh, ja, kinds=("entity",)) == expected


@pytest.mark.parametrize(
    "zh", ["前三季度营收增长。", "前3季度营收增长。", "近两季度营收增长。", "连續兩季度增長。"]
)
def test_quarters_after_a_word_of_span_are_counted_not_ranked(zh):
    """前三季度 (the first three quarters) is a count; the Japanese gives no figure here."""
    from tests.conftest import check_strings

    [finding] = [f for f in check_strings(zh, "売上が伸びた。") if f.kind == "number"]
    assert "ordinal" not in finding.message  # 近两季度: about 2 (近 is "nearly")
