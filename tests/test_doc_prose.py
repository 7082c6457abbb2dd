"""Constructions of documentation prose that are no finding, and their negatives: one row
per behaviour, the findings a pair of Markdown pages gives.

Each construction is written the way docs teams write it (a protocol glued to its
version, a name glossed in brackets by its English form, an acronym spelled out, a
version said "from" with an elapsed time after it, a method named through its prototype,
figures written as inline code, a section that says there is nothing), with variants
(traditional characters, full-width, both sides) and a row that must still be reported.
"""

from dataclasses import replace

import pytest

from tests.conftest import page_findings
from xlcheck.compare.elsewhere import named_on_page
from xlcheck.compare.spelling import in_english_passage
from xlcheck.extract import find_facts
from xlcheck.model import Segment
from xlcheck.rules.data import RuleTable
from xlcheck.run import current


def findings(tmp_path, zh: str, ja: str) -> list[tuple[str, str]]:
    return page_findings(tmp_path, INTRO_ZH + zh, INTRO_JA + ja)


INTRO_ZH = "# 协议\n\n服务器在 2024 年启用了缓存。\n\n"
INTRO_JA = "# プロトコル\n\nサーバーは 2024 年にキャッシュを有効にしました。\n\n"

SPELLED = [
    pytest.param(
        "在 1997 年初，HTTP1.1 标准发布。\n",
        "1997 年初頭に HTTP/1.1 が公開されました。\n",
        [],
        id="protocol-glued-to-its-version-zh",
    ),
    pytest.param(
        "这是因为 HTTP2 不需要改变。\n",
        "これは HTTP/2 が変更を必要としないからです。\n",
        [],
        id="protocol-glued-to-a-one-part-version",
    ),
    pytest.param(
        "这是因为 HTTP/2 不需要改变。\n",
        "これは HTTP2 が変更を必要としないからです。\n",
        [],
        id="glued-on-the-japanese-side",
    ),
    pytest.param(
        "客户端默认使用 ＴＬＳ１.３。\n",
        "クライアントは既定で TLS 1.3 を使います。\n",
        [],
        id="full-width-and-spaced",
    ),
    pytest.param(
        "这是因为 HTTP2 不需要改变。\n",
        "これは HTTP/3 が変更を必要としないからです。\n",
        # HTTP2 is a product's version (extract/technical.py), written nowhere on the
        # other page: a version missing, not a name
        [("XL503", "HTTP2"), ("XL504", "3")],
        id="another-version-is-still-reported",
    ),
    pytest.param(
        "在 1997 年初，HTTP1.1 标准发布。\n",
        "1997 年初頭に HTTP/1.1.5 が公開されました。\n",
        [("XL503", "HTTP1.1"), ("XL504", "1.1.5")],
        id="a-longer-version-is-no-spelling",
    ),
]

GLOSSED = [
    pytest.param(
        "1994 年，TimBL 建立了万维网联盟（World Wide Web Consortium，W3C）。\n",
        "1994 年に TimBL が World Wide Web Consortium (W3C) を設立しました。\n",
        [],
        id="a-name-glossed-by-its-english-form",
    ),
    pytest.param(
        "1994 年，TimBL 建立了萬維網聯盟（W3C）。\n",
        "1994 年に TimBL が W3C を設立しました。\n",
        [],
        id="traditional-glossed-by-the-acronym",
    ),
    pytest.param(
        "1994 年，TimBL 建立了万维网联盟（W3C）。\n",
        "1994 年に TimBL がウェブの標準化団体を設立しました。\n",
        # still reported: as the description that took the name's place (a noun + の
        # before a noun of its type, read word by word)
        [("XL302", "万维网联盟")],
        id="a-gloss-the-translation-lacks-is-still-reported",
    ),
]

EXPANSIONS = [
    pytest.param(
        "一个用来交换超文本文档的简单协议，超文本传输协议（HTTP）。\n",
        "それらの文書を交換するシンプルなプロトコルである HypertText Transfer Protocol (HTTP)。\n",
        [],
        id="an-acronym-spelled-out-in-japanese",
    ),
    pytest.param(
        "样式由 Cascading Style Sheets（CSS）描述。\n",
        "スタイルは CSS で記述されます。\n",
        [],
        id="an-acronym-spelled-out-in-chinese-full-width-brackets",
    ),
    pytest.param(
        "样式由层叠样式表（CSS）描述。\n",
        "スタイルは JavaScript Style Sheets (CSS) で記述されます。\n",
        [("XL304", "JavaScript")],
        id="words-the-acronym-does-not-spell-stay-a-name",
    ),
]

VERSIONS = [
    pytest.param(
        "在 HTTP/1.0 发布的几个月后，HTTP/1.1 标准发布。\n",
        "HTTP/1.1 は、HTTP/1.0 からわずか数カ月後に公開されました。\n",
        [],
        id="from-a-version-with-an-elapsed-time-is-after-it",
    ),
    pytest.param(
        "Kubernetes v1.20 发布两年后，该功能才稳定。\n",
        "この機能は Kubernetes v1.20 から 2 年後に安定しました。\n",
        [],
        id="from-a-version-years-later",
    ),
    pytest.param(
        "该功能在 v1.20 及更高版本中可用。\n",
        "この機能は v1.20 から利用できます。\n",
        [],
        id="from-a-version-on-is-still-a-bound",
    ),
    # (reread18 item 3) から reads both ways, the version on or the version departed from:
    # against the version named plainly it says the same; against a limit it does not
    pytest.param(
        "该功能在 v1.20 中可用。\n",
        "この機能は v1.20 から利用できます。\n",
        [],
        id="from-a-version-against-the-version-named",
    ),
    pytest.param(
        "该功能在 v1.20 之前可用。\n",
        "この機能は v1.20 から利用できます。\n",
        [("XL502", "v1.20 之前")],
        id="from-a-version-against-a-limit-is-still-reported",
    ),
]

VERSIONS += [
    pytest.param(
        "Vue 3.4 起，`defineModel()` 宏已稳定。\n",
        "Vue 3.4 以降、`defineModel()` マクロは安定版になりました。\n",
        [],
        id="zh-qi-after-a-version-is-from-it-on",
    ),
    pytest.param(
        "该功能从 v1.20 开始可用。\n",
        "この機能は v1.20 から利用できます。\n",
        [],
        id="zh-kaishi-after-a-version",
    ),
    pytest.param(
        "該功能自 v1.20 開始可用。\n",
        "この機能は v1.20 以降で利用できます。\n",
        [],
        id="traditional-kaishi",
    ),
    pytest.param(
        "该功能从 v1.20 起可用。\n",
        "この機能は v1.20 まで利用できます。\n",
        [("XL502", "v1.20 起")],
        id="from-on-against-up-to-is-still-a-change",
    ),
]

IDENTIFIERS = [
    pytest.param(
        '请改用 {{jsxref("Date.getFullYear", "getFullYear")}} 。\n',
        '代わりに {{jsxref("Date.prototype.getFullYear()")}} を使用してください。\n',
        [],
        id="a-method-through-its-prototype-and-with-parentheses",
    ),
    pytest.param(
        "请改用 `Array.prototype.map()`。\n",
        "代わりに `Array.map` を使用してください。\n",
        [],
        id="the-other-way-round-as-inline-code",
    ),
    pytest.param(
        "请改用 `Date.prototype.getYear()`。\n",
        "代わりに `Date.prototype.getFullYear()` を使用してください。\n",
        [("XL511", "Date.prototype.getYear()")],
        id="another-method-is-still-a-change",
    ),
    pytest.param(
        "只能使用 `only-if-cached`。\n",
        "代わりに `no-cache` を使用できます。\n",
        [],
        id="directives-with-no-word-in-common-are-two-identifiers",
    ),
    pytest.param(
        "用户输入 `http://foo.com` 或者仅是输入 foo.com。\n",
        "訪問者が `http://www.foo.com/` または単に foo.com と入力したとき。\n",
        [],
        id="a-url-with-www-and-a-closing-slash",
    ),
    pytest.param(
        "用户输入 `http://foo.com` 或者仅是输入 foo.com。\n",
        "訪問者が `http://www.bar.com/` または単に foo.com と入力したとき。\n",
        [("XL511", "http://foo.com")],
        id="another-host-is-still-a-change",
    ),
    pytest.param(
        "不得使用 `no-transform`。\n",
        "`no-store` を使用してはいけません。\n",
        [],
        id="directives-sharing-only-a-short-word-are-two-identifiers",
    ),
    pytest.param(
        "指定 `max-age=0, must-revalidate` 即可。\n",
        "`must-revalidate` を指定します。\n",
        [],
        id="a-list-of-values-and-one-of-them",
    ),
    pytest.param(
        "使用 `kube_pod_overhead_*` 指标。\n",
        "`kube_pod_overhead` メトリクスを使用します。\n",
        [("XL511", "kube_pod_overhead_*")],
        id="a-metric-renamed-is-still-a-change",
    ),
    pytest.param(
        "设置 `.spec.replicas` 字段。\n",
        "`.spec.replica` フィールドを設定します。\n",
        [("XL511", ".spec.replicas")],
        id="a-field-path-changed-in-place-is-still-a-change",
    ),
]

CODE_FIGURES = [
    pytest.param(
        "## 名称\n\n100 到 900 之间的数值对应如下名称。\n",
        "## 名称\n\n`100` から `900` の数値は以下の名称に対応します。\n",
        [],
        id="a-range-whose-figures-the-other-page-writes-as-code",
    ),
    pytest.param(
        "## 名称\n\n100 到 900 之间的数值对应如下名称。\n",
        "## 名称\n\n`100` から `800` の数値は以下の名称に対応します。\n",
        [("XL103", "100 到 900")],
        id="one-figure-of-the-range-elsewhere-is-no-statement",
    ),
]

CODE_FIGURES += [
    pytest.param(
        "将 max-age 设置为 0 将立即使该标头失效。\n",
        "`max-age` の値を `0` に設定すると、ヘッダーは失効します。\n",
        [],
        id="a-single-digit-the-other-side-of-the-unit-writes-as-code",
    ),
    pytest.param(
        "将 max-age 设置为 0 将立即使该标头失效。\n",
        "`max-age` の値を `1` に設定すると、ヘッダーは失効します。\n",
        [("XL103", "0")],
        id="another-digit-as-code-is-no-statement",
    ),
]

CODE_FIGURES += [
    pytest.param(
        "## 参见\n\n- 博文：[HSTS 已经落地！](https://blog.example.com/2010/08/hsts.html)\n",
        "## 関連情報\n\n- [HSTS has landed!](https://blog.example.com/2010/08/hsts.html)"
        " (blog.example.com, 2010)\n",
        [],
        id="a-year-the-other-page-has-in-a-link-target",
    ),
    pytest.param(
        "## 参见\n\n- 博文：[HSTS 已经落地！](https://blog.example.com/2010/08/hsts.html)\n",
        "## 関連情報\n\n- [HSTS has landed!](https://blog.example.com/2010/08/hsts.html)"
        " (blog.example.com, 2011)\n",
        [("XL104", "2011")],
        id="a-year-no-link-target-holds-is-added",
    ),
    pytest.param(
        "## 参见\n\n- 博文：[HSTS 已经落地！](https://blog.example.com/hsts-2010.html)\n",
        "## 関連情報\n\n- [HSTS has landed!](https://blog.example.com/hsts-2010.html)"
        " (blog.example.com, 2010)\n",
        [],
        id="a-year-inside-a-target-word",
    ),
]

CODE_FIGURES += [
    pytest.param(
        "快进到 1989 年，TimBL 在 CERN 撰写了一份提案。\n",
        "1989 年になると、 TimBL は CERN で提案を書きました。\n",
        [],
        id="fast-forward-to-a-year-is-no-until",
    ),
    pytest.param(
        "回到 1990 年，第一个网站公开了。\n",
        "1990 年になると、最初のウェブサイトが公開されました。\n",
        [],
        id="back-to-a-year-is-no-until",
    ),
    pytest.param(
        "快进到 1989 年，TimBL 在 CERN 撰写了一份提案。\n",
        "1990 年になると、 TimBL は CERN で提案を書きました。\n",
        [("XL201", "到 1989 年")],
        id="fast-forward-to-another-year-is-still-a-changed-date",
    ),
    pytest.param(
        "这项服务将持续到 2025 年。\n",
        "このサービスは 2025 年に提供されます。\n",
        [("XL202", "持续到 2025 年")],
        id="lasting-until-a-year-is-still-until",
    ),
]

DOC_NAMES = [
    pytest.param(
        "## 下载\n\n请点击下面的链接。\n\n- [安卓版](https://a.example/android)\n"
        "- [iOS 版](https://a.example/ios)\n",
        "## ダウンロード\n\nいずれかを選んでください。\n\n- [Android 版](https://a.example/android)\n"
        "- [iOS 版](https://a.example/ios)\n",
        [],
        id="android-as-chinese-docs-write-it",
    ),
    pytest.param(
        "该页面由维基百科维护。\n",
        "このページはウィキペディアが管理しています。\n",
        [],
        id="wikipedia-in-katakana",
    ),
    pytest.param(
        "萬維網聯盟發布了標準。\n",
        "W3C が標準を公開しました。\n",
        [],
        id="w3c-traditional",
    ),
    pytest.param(
        "该页面由维基百科维护。\n",
        "このページはブリタニカが管理しています。\n",
        [("XL303", "维基百科"), ("XL304", "ブリタニカ")],
        id="another-encyclopedia-is-still-a-change",
    ),
    pytest.param(
        "对于 contrib 区的软件，其许可证必须满足 DFSG 的全部条件。\n",
        "contrib セクションは、DFSG に完全に準拠していなければなりません。\n",
        [],
        id="licence-is-no-person",
    ),
    pytest.param(
        "對於 contrib 區的軟件，其許可證必須滿足 DFSG 的全部條件。\n",
        "contrib セクションは、DFSG に完全に準拠していなければなりません。\n",
        [],
        id="licence-traditional",
    ),
    pytest.param(
        "对于 contrib 区的软件，许文强先生必须同意 DFSG 的全部条件。\n",
        "contrib セクションは、DFSG に完全に準拠していなければなりません。\n",
        [("XL303", "许文强")],
        id="a-person-named-xu-is-still-a-name",
    ),
]

ENUMERATORS = [
    pytest.param(
        "可以缓存（例如：1.该响应没有 max-age 指令；2. 该响应对应的请求方法是 POST。）\n",
        "キャッシュできます（例えば、max-age がない場合や、リクエストメソッドが POST の場合）。\n",
        [],
        id="figures-numbering-the-items-of-a-sentence",
    ),
    pytest.param(
        "可以缓存（例如：１．该响应没有 max-age 指令；２．该请求方法是 POST。）\n",
        "キャッシュできます（例えば、max-age がない場合や、リクエストメソッドが POST の場合）。\n",
        [],
        id="full-width-numbering",
    ),
    pytest.param(
        "可以缓存（例如：2.5 倍的大小；3. 该请求方法是 POST。）\n",
        "キャッシュできます（例えば、3.5 倍のサイズや、リクエストメソッドが POST の場合）。\n",
        [("XL101", "2.5 倍")],
        id="a-decimal-after-the-colon-is-still-a-figure",
    ),
]

SECTIONS = [
    pytest.param(
        "## 参数\n\n无\n\n## 返回值\n\n一个整数。\n",
        "## 返値\n\n整数です。\n",
        [],
        id="a-section-that-says-there-is-nothing",
    ),
    pytest.param(
        "## 返回值\n\n一个整数。\n",
        "## 引数\n\nなし。\n\n## 返値\n\n整数です。\n",
        [],
        id="the-same-in-japanese",
    ),
    pytest.param(
        "## 返回值\n\n一个整数。\n",
        '## 返値\n\n整数です。\n\n## 関連情報\n\n- {{jsxref("Date")}}\n',
        [("XL005", "関連情報")],
        id="one-link-under-see-also-says-something",
    ),
    pytest.param(
        "## 参数\n\n一个表示年份的整数。\n\n## 返回值\n\n一个整数。\n",
        "## 返値\n\n整数です。\n",
        [("XL004", "参数")],
        id="a-section-with-prose-is-still-missing",
    ),
    pytest.param(
        "## 参见\n\n- 维基百科上的 JavaScript 条目\n",
        "## 詳細情報\n\n- Wikipedia 上の記事「JavaScript」\n",
        [],
        id="see-also-as-more-information",
    ),
]


@pytest.mark.parametrize(
    ("zh", "ja", "expected"),
    SPELLED
    + GLOSSED
    + EXPANSIONS
    + VERSIONS
    + IDENTIFIERS
    + CODE_FIGURES
    + DOC_NAMES
    + ENUMERATORS
    + SECTIONS,
)
def test_documentation_prose(tmp_path, zh, ja, expected):
    assert findings(tmp_path, zh, ja) == expected


def names(lang: str, text: str):
    _, _, facts = find_facts(Segment("s", text, 0, 0, 1), lang, current())
    return [fact for fact in facts if fact.kind == "entity"]


# (a name said missing or added, the other page's sentence anywhere, whether it names it)
NAMED_ON_PAGE = [
    pytest.param(("zh", "谷歌的爬虫程序"), ("ja", "Google Webmaster blog"), True, id="zh-to-latin"),
    pytest.param(
        ("zh", "总部位于纽约"), ("ja", "本社はニューヨークにある"), True, id="transliteration"
    ),
    pytest.param(
        ("ja", "本社はニューヨークにある"), ("zh", "总部位于纽约"), True, id="from-japanese"
    ),
    pytest.param(
        ("zh", "谷歌的爬虫程序"), ("ja", "Bing Webmaster blog"), False, id="another-company"
    ),
    pytest.param(("zh", "总部位于纽约"), ("ja", "本社はロンドンにある"), False, id="another-city"),
]


# the bundled rules with no glossary: the ladder's own rungs decide
WITHOUT_GLOSSARY = replace(
    current(), rules=replace(current().rules, glossary=RuleTable()), languages={}
)


@pytest.mark.parametrize(("said", "page", "expected"), NAMED_ON_PAGE)
def test_a_name_the_other_page_gives_anywhere(said, page, expected):
    [fact] = names(*said)
    assert named_on_page(fact, said[0], names(*page), WITHOUT_GLOSSARY) is expected


QUOTED_ENGLISH = [
    pytest.param(
        ("zh", "一定要在 Work-Needing and Prospective Packages 上仔细查看。"),
        "Work",
        True,
        id="link-title-with-a-lower-case-word",
    ),
    pytest.param(
        ("zh", 'Debian: 17 years of Free Software, "do-ocracy", and democracy(幻灯片介绍)'),
        "Free",
        True,
        id="talk-title-with-punctuation",
    ),
    pytest.param(
        ("ja", "You must fill in missing information to complete this file."),
        "You",
        True,
        id="english-sentence-quoted-on-a-japanese-page",
    ),
    pytest.param(
        ("zh", "请阅读 New Maintainers Guide 一书。"),
        "New",
        False,
        id="words-all-capitalised-may-be-a-name",
    ),
    pytest.param(
        ("zh", "这份指南由 Josip Rodin 编写。"),
        "Josip",
        False,
        id="two-words-are-a-name",
    ),
    pytest.param(
        ("zh", "另外还可以参看 ftpmasters 发送到 debian-devel-announce 的 HOWTO。"),
        "HOWTO",
        False,
        id="an-acronym-is-evidence",
    ),
    pytest.param(
        ("ja", "Tim Berners-Lee が書いた The Original HTTP as defined in 1991 を参照します。"),
        "Tim Berners-Lee",  # one name since its parts are joined (tests/test_name_joiners.py)
        False,
        id="a-name-before-japanese-is-outside-the-passage",
    ),
]


@pytest.mark.parametrize(("said", "word", "expected"), QUOTED_ENGLISH)
def test_a_capitalised_word_of_a_quoted_english_passage(said, word, expected):
    [fact] = [fact for fact in names(*said) if fact.text == word]
    assert in_english_passage(fact, said[1]) is expected
