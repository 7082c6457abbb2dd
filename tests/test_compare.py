"""Comparison semantics on single aligned pairs: what is flagged, and how."""

from datetime import date

import pytest

from tests.conftest import check_strings

DOC_DATE = date(2018, 12, 5)

# (source zh, target ja, expected (rule, relation) set; empty = nothing flagged)
FLAGGED = [
    ("广州拥有6131家企业。", "広州には6000以上の企業がある。", {("XL102", "approximated")}),
    ("广州拥有6131家企业。", "広州には約6000社の企業がある。", {("XL102", "approximated")}),
    ("广州拥有6131家企业。", "広州には6300社の企業がある。", {("XL101", "mismatch")}),
    ("广州拥有6131家企业。", "広州には7000社以上の企業がある。", {("XL101", "mismatch")}),
    ("价格上涨了一美分。", "価格は1円上がった。", {("XL401", "mismatch")}),
    ("营收23亿美元。", "売上は23億円。", {("XL401", "mismatch")}),
    (
        "杨浦区发布了12条政策。",
        "某区が政策を発表した。",
        {("XL103", "missing"), ("XL302", "anonymized")},
    ),
    ("广州出台了政策。", "広州は3つの政策を発表した。", {("XL104", "added")}),
    ("2016年2月，联盟成立。", "2017年2月、連盟が設立された。", {("XL201", "mismatch")}),
    ("2016年，联盟成立。", "2016年11月、連盟が設立された。", {("XL202", "precision")}),
    (
        "从2016年至今，深圳出台了政策。",
        "2016年11月以降、深圳は政策を発表した。",
        {("XL202", "precision")},
    ),
    (
        "2011年6月，BTCC在上海创立。",
        "上海で設立された。",
        {("XL203", "missing"), ("XL303", "missing")},
    ),
    ("杭州出台了政策文件。", "2017年12月、杭州は政策文書を発表した。", {("XL204", "added")}),
    (
        "朝阳区要求各商业场所停止活动。",
        "ある地区は商業施設に活動の停止を求めた。",
        {("XL302", "anonymized")},
    ),
    (
        "杭州拥有阿里巴巴等互联网巨头。",
        "杭州には某インターネット巨人がある。",
        {("XL302", "anonymized")},
    ),
    ("北京出台了政策。", "上海は政策を発表した。", {("XL301", "mismatch")}),
    ("该协会成立。", "広東省の協会が設立された。", {("XL304", "added")}),
    ("第一届峰会", "サミット", {("XL103", "missing")}),
]

FAITHFUL = [
    ("杨浦区发布了12条政策。", "楊浦区は12の政策を発表した。"),
    ("目标直指催生3-5家独角兽企业。", "目標は3-5のユニコーン企業を育成することです。"),
    ("杭州已有55家企业。", "杭州には55社の企業があります。"),
    ("居全国首位。", "全国で1位に立っています。"),
    ("这五个城市", "5つの都市"),
    ("截至2018年8月", "2018年8月時点で"),
    ("今年5月出台政策", "2018年5月に政策を発表した"),
    (
        "2016年2月，中关村区块链产业联盟成立。",
        "2016年2月、中関村ブロックチェーン産業連盟が設立された。",
    ),
    (
        "6月12日，上海区块链技术研究中心成立。",
        "6月12日には、上海ブロックチェーン技術研究センターが設立された。",
    ),
    ("广东是省份。", "広東省である。"),
    ("北京市将区块链划为技术。", "北京はブロックチェーンを技術とした。"),
    ("国内首个区块链峰会", "国内初のブロックチェーンサミット"),
    ("第一部区块链产业扶植政策", "最初のブロックチェーン産業支援政策"),
    ("一美分", "1セント"),
    ("十多年", "十年以上"),
    ("汤姆和玛丽", "トムとメアリー"),
    ("阿里巴巴", "アリババ"),
    ("纳达尔", "ナダル"),
    ("斯坦福大学", "スタンフォード大学"),
    ("巴拿马", "パナマ"),
    ("自从转会到加泰罗尼亚", "カタルーニャに移って以来"),
    ("唐宁街的入口", "ダウニング街の入口"),
    ("他在弗吉尼亚大学毕业", "彼はバージニア大学を卒業した"),
    ("巴基斯坦政府的领导人", "パキスタン政府の指導者"),
    ("纳达尔（Nadal）赢了", "ナダルが勝った"),
    ("莫萨克·冯塞卡律师事务所 (Mossack Fonseca)", "法律事務所モサック・フォンセカ"),
    ("在新加坡大奖赛上", "シンガポールGPで"),
    ("我从南安普顿乘船去了纽约。", "サザンプトンで乗船してニューヨークへ向かった。"),
    ("大使被从华沙召回。", "大使はワルシャワから召還された。"),
    ("我每天洗一次澡。", "私は毎日お風呂に入ります。"),
    ("我们老师还说法语。", "先生はフランス語も話す。"),
    ("百分之八十八", "８８％"),
    ("七成", "7割"),
    ("三分之一", "3分の1"),
    ("两倍", "2倍"),
    ("一九三九年", "1939年"),
]


@pytest.mark.parametrize(
    ("source", "target", "expected"), FLAGGED, ids=[f[0][:14] for f in FLAGGED]
)
def test_flagged(source, target, expected):
    findings = check_strings(source, target, doc_date=DOC_DATE)
    assert {(f.rule, f.relation) for f in findings} == expected


@pytest.mark.parametrize(("source", "target"), FAITHFUL, ids=[f[0][:14] for f in FAITHFUL])
def test_faithful_renderings_are_not_flagged(source, target):
    findings = check_strings(source, target, doc_date=DOC_DATE)
    assert [(f.rule, f.message) for f in findings] == []


def test_japanese_to_chinese_direction():
    findings = check_strings("広州には6131社がある。", "广州有6000多家企业。", "ja", "zh")
    assert [(f.rule, f.source.text, f.target.text) for f in findings] == [
        ("XL102", "6131社", "6000多家")
    ]


def test_anonymized_finding_shows_both_spans():
    finding = check_strings("朝阳区要求停止活动。", "ある地区は停止を求めた。")[0]
    assert (finding.source.text, finding.source.start, finding.source.end) == ("朝阳区", 0, 3)
    assert (finding.target.text, finding.target.start, finding.target.end) == ("ある地区", 0, 4)
