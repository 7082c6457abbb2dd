"""A condition or a rule said by the complement bound (issue 12, sixth stop): 不到18岁不能
喝酒 = 18歳以上でないと酒は飲めない, 如果超过3天就要付费 = 3日を超えないなら無料だ.

A translator may state a condition by its complement with the consequence turned round.
Whether the consequence turned too is beyond a word list, so in a sentence that holds a
word of condition or rule (如果, 才能, 不得, 禁止; ないと, なければ, なら, できない: rules/LANG/
numbers.toml `conditions`) a bound turned into its complement (less than N and at least N,
more than N and at most N) is at most a warning. Outside a condition, and for bounds that
are no complements (more than N against less than N), it stays an error.

Each row is checked in both directions.
"""

from __future__ import annotations

import pytest

from tests.conftest import fact_findings, reverse_fact_findings, table_rows

OK = ""
GUESS = "XL101:warning"
FLIP = "XL101:error"

# (zh, ja, number and date findings)
# fmt: off
CONDITIONS = {
    "complement-in-condition": [
        ("不到18岁不能喝酒。", "18歳以上でないと酒は飲めない。", GUESS),
        ("不到１８岁不能喝酒。", "十八歳以上でなければお酒は飲めない。", GUESS),
        ("未满18岁的人不能入场。", "18歳以上でなければ入場できない。", GUESS),
        ("不滿18歲不得入內。", "18歳以上でなければ入れない。", GUESS),
        ("如果超过3天，就要付费。", "3日を超えないなら無料だ。", GUESS),
        ("超过3天要付费。", "3日以内なら無料です。", GUESS),
        ("年满20岁才能饮酒。", "20歳にならないとお酒は飲めない。", GUESS),
        ("18岁以上才能喝酒。", "18歳未満は飲酒できない。", GUESS),
        ("只要不超过100人就可以举办。", "100人を超えたら開催できない。", GUESS),
    ],
    "same-bound-in-condition": [
        ("不到18岁不能喝酒。", "18歳未満は酒を飲めない。", OK),
        ("如果超过3天，就要付费。", "3日を超えたら有料だ。", OK),
        ("年满20岁才能饮酒。", "20歳以上でないとお酒は飲めない。", OK),
    ],
    "changed-figure-in-condition": [
        # another figure is a changed figure, whatever the bound
        ("不到18岁不能喝酒。", "20歳未満は酒を飲めない。", FLIP),
        ("如果超过3天，就要付费。", "5日を超えたら有料だ。", FLIP),
    ],
    "changed-figure-under-complement": [
        # a complement bound on another figure is a changed figure, condition or not
        ("未满18岁禁止购买。", "20歳以上の方は購入できません。", FLIP),
        ("如果超过3天，就要付费。", "5日を超えないなら無料だ。", FLIP),
        ("不到18岁不能喝酒。", "21歳以上でないと酒は飲めない。", FLIP),
    ],
    "rule-in-another-clause": [
        # a statement of fact, then a rule in a clause of its own: the bound is no condition
        ("超过100人参加了会议，必须提前报名。", "参加者は100人以下で、事前登録が必要だ。", FLIP),
        ("公司有超过500名员工，今年不能招人。", "従業員は500人以下で、今年は採用できない。", FLIP),
        ("超过50人参加了，都必须戴口罩。", "50人以下が参加し、マスクをしなければならない。", FLIP),
    ],
    "bound-word-is-no-condition": [
        # 不能超过 is the bound's own word (at most), not a rule around it
        ("文件名长度不能超过255个字符。", "ファイル名の長さは255文字を超える。", FLIP),
    ],
    "must-not-be-under": [
        # 不能/不得/不可/不应 + 少于/低于/小于: must not be under N, at least N (final review 6
        # §17); a prohibition after a Japanese bound verb turns it the same way
        ("密码不能少于8位。", "パスワードは8文字以上にしてください。", OK),
        ("密码不得低于8位。", "パスワードは8文字以上でなければならない。", OK),
        ("年龄不得小于18岁。", "18歳以上であること。", OK),
        ("密碼長度不可少於8個字元。", "パスワードは8文字以上でなければなりません。", OK),
        ("成绩不应低于60分。", "成績は60点以上であるべきだ。", OK),
        ("成绩不应低于60分。", "成績は60点を下回ってはならない。", OK),
        ("文件名不能超过255个字符。", "ファイル名は255文字を超えてはいけません。", OK),
        ("密码不能少于8位。", "パスワードは8文字未満にしてください。", FLIP),
        ("密码不得低于8位。", "パスワードは8文字以下でなければならない。", FLIP),
        ("年龄不得小于18岁。", "18歳未満であること。", FLIP),
        ("成绩不应低于60分。", "成績は60点を上回ってはならない。", FLIP),
        ("密码不能少于8位。", "パスワードは6文字以上にしてください。", FLIP),
        # a prohibition after a bound word (early review 7)
        ("报名人数不得少于30人。", "申込者は30人未満であってはならない。", OK),
        ("报名人数不得少于30人。", "申込者は20人未満であってはならない。", FLIP),
    ],
    "no-condition": [
        # a statement, not a condition: the bound turned round is another fact
        ("参加者不到20人。", "参加者は20人以上だった。", FLIP),
        ("参加者超过100人。", "参加者は100人以下だった。", FLIP),
    ],
    "no-complement": [
        # more than N against less than N leaves N out on both sides: another fact
        ("如果超过3天，就要付费。", "3日未満なら有料だ。", FLIP),
        ("年满20岁才能饮酒。", "20歳以下はお酒を飲めない。", FLIP),
    ],
}
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), table_rows(CONDITIONS))
def test_conditions(zh, ja, expected):
    assert fact_findings(zh, ja) == expected
    assert reverse_fact_findings(zh, ja) == expected
