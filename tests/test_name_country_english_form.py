"""A country said in a Japanese name by its English form in katakana: a company's branch,
a newspaper, an airline or a tournament is often named in English, and Japanese writes
that name in katakana (红杉中国 = セコイア・チャイナ, 日本时报 = ジャパンタイムズ, 英国航空 =
ブリティッシュ・エアウェイズ). The country is said there, inside the name; it is neither
missing nor another place, where that name is read and no other place of the unit's
Japanese side is left open (compare/english_forms.py; the forms are vocabulary,
rules/ja/names.toml [country_english_forms]). A form inside another word (インドチャイナ,
Indochina) says no country, and a form of another country is still another country."""

from __future__ import annotations

import pytest

from tests.conftest import check_strings

SAID_IN_ENGLISH = [
    pytest.param(
        "红杉中国领投了深圳一家机器人初创公司的B轮融资。",
        "セコイア・チャイナは、深圳のロボット系スタートアップによるシリーズBの資金調達を主導した。",
        id="branch-after-a-dot",
    ),
    pytest.param(
        "高盛中国在上海开设了新办公室。",
        "ゴールドマン・サックス・チャイナは上海に新オフィスを開設した。",
        id="branch-after-two-dots",
    ),
    pytest.param(
        "《日本时报》报道了这一消息。",
        "ジャパンタイムズがこのニュースを報じた。",
        id="newspaper-glued",
    ),
    pytest.param(
        "《韩国先驱报》报道了这一消息。",
        "コリア・ヘラルドがこのニュースを報じた。",
        id="newspaper-korea",
    ),
    pytest.param(
        "英国航空取消了飞往北京的航班。",
        "ブリティッシュ・エアウェイズは北京行きの便を欠航にした。",
        id="airline-adjective",
        # the Japanese reader reads no name here, and a form in the running text is no
        # saying of the country (reread28 item 1: チャイナタウン, ジャーマン・シェパード)
        marks=pytest.mark.xfail(strict=True, reason="no Japanese name read"),
    ),
    pytest.param(
        "土耳其航空开通了飞往大阪的新航线。",
        "ターキッシュ・エアラインズは大阪への新路線を開設した。",
        id="airline-turkey",
        # the Japanese reader reads no name here, and a form in the running text is no
        # saying of the country (reread28 item 1: チャイナタウン, ジャーマン・シェパード)
        marks=pytest.mark.xfail(strict=True, reason="no Japanese name read"),
    ),
]

ANOTHER_COUNTRY = [
    # a loanword of the form beside another place left open: the country is that place,
    # changed (reread28 item 1)
    pytest.param(
        "我们在中国城吃了晚饭，然后回到了日本。",
        "私たちは韓国でチャイナタウンに行き、日本に戻った。",
        "中国",
        id="chinatown-beside-another-country",
    ),
    pytest.param(
        "我们在中国吃了晚饭。",
        "私たちは韓国でチャイナドレスを買った。",
        "中国",
        id="loanword-in-running-text",
    ),
    pytest.param(
        "红杉中国在首尔投资了一家公司。",
        "セコイア・チャイナは韓国の企業に投資した。",
        "中国",
        id="name-beside-another-place",
    ),
    pytest.param(
        "《韩国先驱报》报道了这一消息。",
        "ジャパンタイムズがこのニュースを報じた。",
        "韩国",
        id="another-newspaper",
    ),
    pytest.param(
        "他在中国生活了十年。",
        "彼はインドチャイナで十年暮らした。",
        "中国",
        id="inside-another-word",
    ),
    pytest.param(
        "英国航空取消了飞往北京的航班。",
        "ターキッシュ・エアラインズは北京行きの便を欠航にした。",
        "英国",
        id="another-airline",
    ),
    pytest.param(
        "中国代表团访问了日本。",
        "韓国の代表団が日本を訪問した。",
        "中国",
        id="plain-swap",
    ),
]


@pytest.mark.parametrize(("zh", "ja"), SAID_IN_ENGLISH)
def test_the_english_form_says_the_country(zh, ja):
    assert [f.rule for f in check_strings(zh, ja) if f.kind == "entity"] == []


@pytest.mark.parametrize(("zh", "ja", "name"), ANOTHER_COUNTRY)
def test_another_country_is_still_reported(zh, ja, name):
    findings = [f for f in check_strings(zh, ja) if f.kind == "entity"]
    assert any(f.source is not None and f.source.text == name for f in findings), findings
