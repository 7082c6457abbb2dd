"""Translators' credits (`NAME <EMAIL>, YEAR.`) are no facts of a page.

Each language's edition credits its own translators: KiCad's Chinese manual names Liu
HanCheng, 2018, its Japanese manual Asuki Kono, 2018, starfort, 2015-2019. Compared, the
names and years read as dropped and changed facts (18 false findings on four manuals).
"""

from __future__ import annotations

import pytest

from tests.conftest import page_findings
from xlcheck.load.credits import credits_only

CREDITS = [
    pytest.param("Liu HanCheng <buaa_cnlhc@buaa.edu.cn>, 2018.", id="kicad-zh"),
    pytest.param("taotieren <admin@taotieren.com>, 2019, 2020, 2021.", id="several-years"),
    pytest.param("starfort <starfort AT nifty.com>, 2015-2019.", id="address-with-AT-and-a-range"),
    pytest.param("Asuki Kono <asukiaaa At gmail.com>, 2018. yoneken <yoneken AT kicad.jp>, "
                 "2011-2015. Silvermoon, Zenyouji, Millo, Nenokuni 2011-2012.",
                 id="kicad-ja-paragraph-with-names-without-address"),
    pytest.param("张三 <zhang@example.com>, 2020.", id="chinese-name"),
    pytest.param("山田太郎 <yamada [at] example.jp>, 2009–2012.", id="bracketed-at-en-dash"),
    pytest.param("Jan Nowak <jan@example.org> 2016", id="no-comma-no-full-stop"),
    pytest.param("Liu l@b.cn, 2018.", id="markdown-autolink-shown-without-brackets"),
]  # fmt: skip
PROSE = [
    pytest.param("请于 2019 年前联系 <a@b.com>, 2019.", id="chinese-sentence-around-an-address"),
    pytest.param("問い合わせは <info@example.jp>, 2020 年まで。", id="japanese-sentence"),
    pytest.param("联系 admin@example.com，2019 年起有效。", id="address-in-a-sentence"),
    pytest.param("Telegram 简体中文交流群: https://t.me/KiCad_zh_CN", id="a-link"),
    pytest.param("FIRST AUTHOR <EMAIL@ADDRESS>, YEAR.", id="po-placeholder-holds-no-year"),
    pytest.param("版本 2.0 于 2019 年发布。", id="plain-sentence"),
    pytest.param("Copyright 2018 Liu HanCheng", id="copyright-line-without-address"),
]  # fmt: skip


@pytest.mark.parametrize("text", CREDITS)
def test_credit_entries_are_credits(text):
    assert credits_only(text)


@pytest.mark.parametrize("text", PROSE)
def test_prose_around_an_address_is_no_credit(text):
    assert not credits_only(text)


def _manual(translators: str, body: str) -> str:
    return (f"<html><body><h2>翻译</h2><p>{translators}</p>"
            f"<h2>简介</h2><p>{body}</p></body></html>")  # fmt: skip


def test_each_editions_translators_are_not_compared(tmp_path):
    zh = _manual(
        "Liu HanCheng &lt;<a href='mailto:l@buaa.edu.cn'>l@buaa.edu.cn</a>&gt;, 2018.",
        "KiCad 6.0 于 2021 年发布。",
    )
    ja = _manual(
        "Asuki Kono &lt;asukiaaa At gmail.com&gt;, 2018.\nstarfort &lt;starfort AT "
        "nifty.com&gt;, 2015-2019.",
        "KiCad 6.0 は 2021 年にリリースされました。",
    )
    assert page_findings(tmp_path, zh, ja, suffix=".html") == []


def test_a_year_dropped_beside_the_credits_is_still_reported(tmp_path):
    zh = _manual("taotieren &lt;admin@taotieren.com&gt;, 2019, 2020.",
                 "KiCad 6.0 于 2021 年发布。")  # fmt: skip
    ja = _manual("starfort &lt;starfort AT nifty.com&gt;, 2019.",
                 "KiCad 6.0 がリリースされました。")  # fmt: skip
    assert page_findings(tmp_path, zh, ja, suffix=".html") == [("XL203", "2021 年")]


def test_credits_in_markdown(tmp_path):
    zh = "# 翻译\n\n张三 <zhang@example.com>, 2020.\n\n# 说明\n\n共有 3 个版本。\n"
    ja = "# 翻訳\n\n山田太郎 <yamada@example.jp>, 2012.\n\n# 説明\n\nバージョンは 3 つあります。\n"
    assert page_findings(tmp_path, zh, ja) == []
