"""English left inside Chinese or Japanese pages: one row per behaviour, the findings a
pair of Markdown pages gives.

Documentation translations keep English on one side (a paragraph of the original not yet
translated, a heading or a license quoted as is). Its numbers are words, or ranges the
CJK grammars do not read; rows run both ways, and each construction has a row that must
still be reported.
"""

import pytest

from tests.conftest import page_findings
from xlcheck.extract.english import english_amounts, english_prose
from xlcheck.run import current


def findings(tmp_path, zh: str, ja: str) -> list[tuple[str, str]]:
    return page_findings(tmp_path, INTRO_ZH + zh, INTRO_JA + ja)


INTRO_ZH = "# 画笔\n\n画笔在 2024 年更新了。\n\n"
INTRO_JA = "# ブラシ\n\nブラシは 2024 年に更新されました。\n\n"

NUMBER_WORDS = [
    pytest.param(
        "There are two methods for doing this.\n",
        "これには 2 通りの手続きがあります。\n",
        [],
        id="cardinal-word-on-the-chinese-page",
    ),
    pytest.param(
        "Choose the first item of the menu.\n",
        "メニューの最初の項目を選びます。\n",
        [],
        id="ordinal-word",
    ),
    pytest.param(
        "Click the second button.\n",
        "第2ボタンをクリックします。\n",
        [],
        id="ordinal-word-against-dai",
    ),
    pytest.param(
        "The image has twenty-five layers.\n",
        "画像には 25 枚のレイヤーがあります。\n",
        [],
        id="tens-and-units-hyphenated",
    ),
    pytest.param(
        "GIMP comes supplied with several dozen predefined palettes.\n",
        "GIMP には数十種類のパレットがついてきます。\n",
        [],
        id="vague-amount",
    ),
    pytest.param(
        "You can give the channel a value from 0 to 255.\n",
        "0 から 255 の値をチャンネルに与えられます。\n",
        [],
        id="range-from-to",
    ),
    pytest.param(
        "Each pixel holds a value between 0 and 255.\n",
        "各画素は 0～255 の値を持ちます。\n",
        [],
        id="range-between-and",
    ),
    pytest.param(
        "Angle, in every quadrant, from 0° to 90°.\n",
        "各象限内での角度が 0 度から 90 度の間で表示されます。\n",
        [],
        id="range-in-degrees",
    ),
    pytest.param(
        "GIMP uses 5x5 or 3x3 matrices.\n",
        "GIMP では 5×5 行列か 3×3 行列が使われます。\n",
        [],
        id="dimensions-glued-to-x",
    ),
    pytest.param(
        "在修改版本的标题页上列出至少五位文件的主要作者。\n",
        "List on the Title Page at least five of the principal authors of the Document.\n",
        [],
        id="english-on-the-japanese-page",
    ),
    pytest.param(
        "There are two methods for doing this.\n",
        "これには 3 通りの手続きがあります。\n",
        [("XL104", "3")],
        id="another-count-is-still-reported",
    ),
    pytest.param(
        "This often happens.\n",
        "これは 10 回起こります。\n",
        [("XL104", "10 回")],
        id="a-number-word-inside-a-word-is-none",
    ),
    pytest.param(
        "有两种方法。\n",
        "これには 3 通りの方法があります。\n",
        [("XL101", "两种")],
        id="chinese-prose-unchanged",
    ),
]


BOUNDS = [
    pytest.param("More than 60 is rarely necessary.\n", "60 を上回る数値はほぼ不必要です。\n", [],
                 id="more-than"),
    pytest.param("Values above 95 are not useful.\n", "95 を超える値は有意義ではありません。\n", [],
                 id="above"),
    pytest.param("The result is above 255 and is reduced to 255.\n",
                 "計算結果が 255 を越えるため 255 に修正される。\n", [],
                 id="above-against-wo-kosu"),
    pytest.param("If the offset is less than 0, the left area is colored.\n",
                 "オフセット値が 0 未満のとき左辺が色付けされます。\n", [], id="less-than"),
    pytest.param("When you choose a border size > 0, the filter is applied.\n",
                 "枠の大きさに 0 より大きな値を設定すればフィルターが適用されます。\n", [],
                 id="greater-sign"),
    pytest.param("The zoom factor is decreased by about 30%.\n",
                 "表示倍率をおよそ 30% ずつ下げます。\n", [], id="about"),
    pytest.param("Increase this number to 50 or so.\n", "この数を 50 ほど増やします。\n", [],
                 id="or-so-after"),
    pytest.param("The cluster has 100+ nodes.\n", "クラスターには 100 以上のノードがあります。\n",
                 [], id="plus-glued"),
    pytest.param("More than 60 is rarely necessary.\n", "60 未満の数値はほぼ不必要です。\n",
                 [("XL101", "More than 60")], id="a-reversed-bound-is-still-reported"),
    pytest.param("Set it to 60.\n", "60 を上回る値に設定します。\n", [("XL102", "60")],
                 id="a-bound-only-one-side-states-is-still-reported"),
]  # fmt: skip


VERSION_BOUNDS = [
    pytest.param("Since GIMP 2.2, you can import a palette.\n",
                 "GIMP 2.2 以降はパレットを取り込めます。\n", [], id="since-with-a-name-between"),
    pytest.param("Since the 2.4.0 release, GIMP has its own printing module.\n",
                 "バージョン 2.4.0 以降、 GIMP に独自の印刷モジュールが付きました。\n", [],
                 id="since-the-release"),
    pytest.param("Upgrade to a version of Fontconfig newer than 2.2.0.\n",
                 "Fontconfig を 2.2.0 より新しいバージョンに更新してください。\n", [],
                 id="newer-than"),
    pytest.param("It needs Python 3.8 or later.\n", "Python 3.8 以降が必要です。\n", [],
                 id="or-later"),
    pytest.param("Since GIMP 2.2, you can import a palette.\n",
                 "GIMP 2.2 まではパレットを取り込めます。\n", [("XL502", "2.2")],
                 id="a-reversed-version-bound-is-still-reported"),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja", "expected"), VERSION_BOUNDS)
def test_version_bounds_written_in_english(tmp_path, zh, ja, expected):
    assert findings(tmp_path, zh, ja) == expected


@pytest.mark.parametrize(("zh", "ja", "expected"), BOUNDS)
def test_bounds_written_in_english(tmp_path, zh, ja, expected):
    assert findings(tmp_path, zh, ja) == expected


@pytest.mark.parametrize(("zh", "ja", "expected"), NUMBER_WORDS)
def test_numbers_written_in_english(tmp_path, zh, ja, expected):
    assert findings(tmp_path, zh, ja) == expected


AMOUNTS = [
    pytest.param("two methods", {(2, 2)}, id="cardinal"),
    pytest.param("Twenty-Five layers", {(25, 25)}, id="hyphenated-any-case"),
    pytest.param("the third item", {(3, 3)}, id="ordinal"),
    pytest.param("hundreds of megabytes", {(200, 900)}, id="vague"),
    pytest.param("A few dozen palettes", {(12, 12), (20, 90)}, id="a-few-dozen"),
    pytest.param("the fiftieth peak", {(50, 50)}, id="ordinal-of-tens"),
    pytest.param("a two-dimensional area", {(2, 2)}, id="number-word-joined-to-a-word"),
    pytest.param("a one-dimensional strip", {(1, 1)}, id="one-joined"),
    pytest.param("from 1,000 to 2,400 pixels", {(1000, 2400)}, id="range-with-thousands"),
    pytest.param("set 2 and 3", set(), id="and-without-between-is-no-range"),
    pytest.param("from 10 to 5", set(), id="a-falling-pair-is-no-range"),
    pytest.param("someone, often, money", set(), id="words-inside-words"),
    pytest.param("有两种方法", set(), id="no-latin"),
    pytest.param("a 5x5 matrix", {(5, 5)}, id="dimensions"),
]


@pytest.mark.parametrize(("text", "expected"), AMOUNTS)
def test_english_amounts(text, expected):
    assert english_amounts(text, current().rules.english) == expected


PROSE = [
    pytest.param("This option controls the angle.", "This", False, id="function-word-at-start"),
    pytest.param("Read more. In the dialog, check it.", "In", False, id="function-word-inside"),
    pytest.param("2.15. Print", "Print", False, id="heading-after-its-number"),
    pytest.param("Description", "Description", False, id="one-word-heading"),
    pytest.param("7.7. Merge Down", "Down", False, id="second-word-of-a-heading"),
    pytest.param("Windows → Dockable Dialogs → Brushes", "Dialogs", False, id="menu-path"),
    pytest.param("图 15.66. Example", "Example", False, id="caption"),
    pytest.param("Generate a new layer", "Generate", False, id="imperative-at-start"),
    pytest.param("2. APPLICABILITY AND DEFINITIONS", "DEFINITIONS", False, id="shouted-heading"),
    pytest.param("4. VERBATIM COPYING", "VERBATIM", False, id="shouted-without-function-word"),
    pytest.param("10. TERMINATION", "TERMINATION", False, id="one-long-shouted-word"),
    pytest.param("Kubernetes 是一个开源系统。", "Kubernetes", True, id="name-starting-chinese"),
    pytest.param("我们使用 Chrome 浏览器。", "Chrome", True, id="name-inside-chinese"),
    pytest.param("The GIMP toolbox", "GIMP", True, id="acronym-inside-prose"),
    pytest.param("Use the GNU GPL here", "GPL", True, id="short-acronyms-together"),
    pytest.param("Use the Merge Down command", "Down", False, id="label-inside-prose"),
    pytest.param("Michael Bach wrote it", "Michael Bach", True, id="name-of-two-words"),
    pytest.param("Open the PodOverhead page", "PodOverhead", True, id="camel-case"),
]


@pytest.mark.parametrize(("text", "word", "name"), PROSE)
def test_english_prose_is_no_name(text, word, name):
    start = text.index(word)
    prose = english_prose(text, start, start + len(word), current().rules.english)
    assert prose is not name


NAMES = [
    pytest.param(
        "This option controls the angle the drawing will start from.\n",
        "このオプションは描画の開始角度を指定します。\n",
        [],
        id="function-word-at-a-sentence-start",
    ),
    pytest.param(
        "Use the Merge Down command of the Layer menu.\n",
        "レイヤーメニューの下のレイヤーと統合コマンドを使います。\n",
        [],
        id="labels-inside-english-prose",
    ),
    pytest.param(
        "## 4. 逐字复制\n",
        "## 4. VERBATIM COPYING\n",
        [],
        id="shouted-heading-on-the-japanese-page",
    ),
    pytest.param(
        "一些爬虫程序，比如谷歌的爬虫程序，会遵循这个首部。\n",
        "Google Webmaster blog: How to deal with planned site downtime\n",
        [],
        id="prose-word-still-matches-its-translation",
    ),
    pytest.param(
        "请联系 GNOME 基金会。\n",
        "Please contact the KDE team.\n",
        [("XL303", "GNOME")],
        id="an-acronym-in-english-prose-is-still-a-name",
    ),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), NAMES)
def test_english_prose_names(tmp_path, zh, ja, expected):
    assert findings(tmp_path, zh, ja) == expected


IDENTIFIERS = [
    pytest.param("输入 `apt-get install ...` 即可。\n", "`apt-get install …` と入力します。\n", [],
                 id="three-dots-and-an-ellipsis"),
    pytest.param("使用 `pam_unix` 模块。\n", "`pam_unix.so` モジュールを使います。\n", [],
                 id="a-module-with-its-file-suffix"),
    pytest.param("加载 `ext4.ko` 模块。\n", "`ext4` モジュールを読み込みます。\n", [],
                 id="a-kernel-module-either-way"),
    pytest.param("请使用 `stable` 发行版。\n", "`安定版 (stable)` を使ってください。\n", [],
                 id="a-translated-term-glossed-by-the-identifier"),
    pytest.param("使用 `pam_unix` 模块。\n", "`pam_unix2.so` モジュールを使います。\n",
                 [("XL511", "pam_unix")], id="another-module-is-still-reported"),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja", "expected"), IDENTIFIERS)
def test_identifiers_spelled_alike(tmp_path, zh, ja, expected):
    assert findings(tmp_path, zh, ja) == expected


DATES = [
    pytest.param("[APOD02] 每日天文图片 (2004 年 3 月 9 日).\n",
                 "[APOD02] Astronomy Picture of the Day (2004 March 9).\n", [],
                 id="year-month-day-of-docbook"),
    pytest.param("参见 Didier Raboud 于 2015 年 7 月 3 日发布的消息。\n",
                 "See this July 3, 2015 message from Didier Raboud.\n", [],
                 id="month-day-comma-year"),
    pytest.param("1997 年 2 月，新版本登场。\n", "In February 1997, a new version came out.\n", [],
                 id="month-year"),
    pytest.param("参见 2015 年 7 月 3 日的消息。\n", "See the 3 July 2015 message.\n", [],
                 id="day-month-year"),
    pytest.param("参见 2015 年 7 月 4 日的消息。\n", "See this July 3, 2015 message.\n",
                 [("XL201", "2015 年 7 月 4 日")],
                 id="another-day-is-still-reported"),
    pytest.param("它可能在 2015 年发布。\n", "It may 2015 be released.\n", [],
                 id="may-in-lower-case-is-no-month"),
    # LilyPond's Chinese pages keep reviews in English beside the Japanese translation
    pytest.param("July, August 2004\n", "2004年7月, 8月\n", [], id="month-list-before-a-year"),
    pytest.param("Published in June and July 2010.\n", "2010年6月、7月に発行。\n", [],
                 id="month-list-with-and"),
    pytest.param("Published in June and July 2010.\n", "2010年6月、9月に発行。\n",
                 [("XL201", "July 2010")], id="another-month-of-the-list-is-still-reported"),
    pytest.param("I was a power SCORE user way back in the ’90s.\n",
                 "私は90年代に SCORE を使っていました。\n", [], id="decade-with-apostrophe"),
    pytest.param("It was popular in the 1990s.\n", "90年代に人気がありました。\n", [],
                 id="decade-in-full"),
    pytest.param("It was popular in the 1980s.\n", "90年代に人気がありました。\n",
                 [("XL201", "1980s")], id="another-decade-is-still-reported"),
    pytest.param("It ran for 90s at most.\n", "最大 90 秒実行されました。\n", [],
                 id="bare-90s-is-ninety-seconds-no-decade"),
    pytest.param("10s 音频推理仅耗时 70ms。\n", "10秒の音声の推論にかかるのは70msだけです。\n", [],
                 id="bare-10s-is-ten-seconds-no-decade"),
    pytest.param("超时时间为 20s。\n", "タイムアウトは20秒です。\n", [],
                 id="bare-20s-is-twenty-seconds-no-decade"),
    pytest.param("2003 年的评论。\n“When I read an interview about it last year, I was raving.”\n",
                 "2003 年のレビュー。\n“去年、これについてのインタビュー記事を読んだ。”\n", [],
                 id="last-year-against-qunian"),
    pytest.param("2003 年的评论。\n“Last year I read an interview about it.”\n",
                 "2003 年のレビュー。\n“今年、これについてのインタビュー記事を読んだ。”\n",
                 [("XL201", "Last year")], id="this-year-against-last-year-is-reported"),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja", "expected"), DATES)
def test_dates_written_in_english(tmp_path, zh, ja, expected):
    assert findings(tmp_path, zh, ja) == expected
