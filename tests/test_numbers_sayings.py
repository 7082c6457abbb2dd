"""Sayings that hold numerals (issue 12, fresh held numbers of session 28).

Some no translation keeps as figures: they hide their numerals (idioms in
rules/zh/numbers.toml: 八字还没一撇, 三天两头, 千百遍, 不管三七二十一, 二八年华, 十之八九).
Others Japanese often keeps as its own saying and as often renders by sense (三十六计 =
三十六計, 五十步笑百步 = 五十歩百歩, 百年不遇 = 百年に一度 or 記録的な): their figures are
weak (weak_figures), paired when the other side says them, never reported alone. Each in
simplified and traditional characters; the same numerals outside the saying still count.
"""

from __future__ import annotations

import opencc
import pytest

from tests.conftest import fact_findings, table_rows

OK = ""
TRADITIONAL = opencc.OpenCC("s2t")

# (zh, ja, number and date findings as RULE:severity)
# fmt: off
CASES = {
    "by-sense": [
        ("这件事八字还没一撇，别高兴得太早。",
         "この件はまだ海のものとも山のものともつかないから、喜ぶのは早い。", OK),
        ("这件事八字都没一撇。", "この件はまだ何も決まっていない。", OK),
        ("你别三天两头地请假。", "しょっちゅう休みを取るな。", OK),
        ("我跟他说了千百遍。", "彼に何度も言った。", OK),
        ("他不管三七二十一就冲了进去。", "彼は後先考えずに飛び込んだ。", OK),
        ("她正值二八年华。", "彼女は妙齢だ。", OK),
        # from scratch (md64, a Hugo theme's guide): no zero
        ("本文介绍如何从0开始使用Hugo。", "本稿ではまったく何もない状態からHugoを使う。", OK),
        ("我们从零开始搭建网站。", "私たちはゼロからウェブサイトを作る。", OK),
        ("本文介绍如何从0使用Hugo。", "本稿ではまったく何もない状態からHugoを使う。", OK),
        # an index that starts at 0 is a figure on both sides
        ("数组下标从0开始。", "配列の添字は0から始まる。", OK),
        ("数组下标从0开始。", "配列の添字は1から始まる。", "XL101:warning"),
        ("数据从0写入缓冲区。", "データは1から書き込まれる。", "XL101:warning"),
        ("这件事十之八九是他干的。", "この件はおそらく彼の仕業だ。", OK),
        ("这件事十之八九是他干的。", "この件は十中八九彼の仕業だ。", OK),
        ("情况十万火急。", "事態は緊急を要する。", OK),
        ("这是百年不遇的大雨。", "これは記録的な大雨だ。", OK),
        ("他有七十二变的本事。", "彼は変幻自在の腕前を持つ。", OK),
        ("他一点一点地进步。", "彼は少しずつ進歩した。", OK),
        ("他喝了一点一升的水。", "彼は1.1リットルの水を飲んだ。", OK),
        ("他喝了一点一升的水。", "彼は1.2リットルの水を飲んだ。", "XL101:error"),
        ("这和原来的计划差了十万八千里。", "元の計画とはかけ離れている。", OK),
    ],
    "kept-as-a-japanese-saying": [
        ("这真是五十步笑百步。", "これはまさに五十歩百歩だ。", OK),
        ("三十六计走为上计。", "三十六計逃げるに如かず。", OK),
        ("这是百年不遇的大雨。", "これは百年に一度の大雨だ。", OK),
        ("十八般武艺样样精通。", "十八般の武芸に通じている。", OK),
    ],
    "figures-outside-a-saying": [
        ("他们三人行动了。", "彼ら4人は行動した。", "XL101:error"),
        ("他在那里住了三天。", "彼はそこに5日滞在した。", "XL101:error"),
        ("一百年前这里是海。", "200年前ここは海だった。", "XL101:error"),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(CASES))
def test_sayings(zh, ja, expected):
    assert fact_findings(zh, ja) == expected


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(CASES))
def test_sayings_in_traditional_characters(zh, ja, expected):
    assert fact_findings(TRADITIONAL.convert(zh), ja) == expected
