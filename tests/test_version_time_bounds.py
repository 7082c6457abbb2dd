"""A version bounded by a word of time: 之前, 以前, 为止, 直到 (zh), 以前, まで (ja), before,
prior to, previously to, until, pre- (English left in a page). Translators render "before
2.0" as 2.0 以前 and 2.0 之前 as 2.0 まで; the word leaves the version itself open, so it
pairs with "or earlier" and "earlier than" alike. A bound turned the other way, a bound
dropped, and a version changed stay findings; words of comparison (大于, 早于, より前,
未満) keep their strictness against each other.
"""

import pytest

from tests.conftest import fact_findings, reverse_fact_findings

KINDS = ("number", "date", "version")

PAIRS = [
    # faithful: a word of time against a word of time or of comparison on the same side
    pytest.param("v0.45.0 之前的配置示例", "v0.45.0 以前の設定例", "", id="zhiqian-izen"),
    pytest.param("v0.45.0 之前的配置範例", "v0.45.0 以前の設定例", "", id="zhiqian-traditional"),
    pytest.param("3.2 以前的版本不支持", "3.2 未満のバージョンは非対応です。", "",
                 id="yiqian-miman"),
    pytest.param("2.5 之前的版本", "2.5 より前のバージョン", "", id="zhiqian-yorimae"),
    pytest.param("早于 2.0 的版本不支持。", "2.0 以前のバージョンはサポートされない。", "",
                 id="earlier-than-izen"),
    pytest.param("直到 Ruby 2.1.0 为止，", "Ruby 2.1.0 まで、", "", id="until-made"),
    pytest.param("直到 Ruby 2.1.0 為止，", "Ruby 2.1.0 未満では、", "", id="until-miman"),
    pytest.param("v１.２ 之前的版本", "v1.2 以前のバージョン", "", id="full-width"),
    # (md58) 前 after the version's word (版本前), and the versions to come (及未来的版本, 及
    # 后续版本) as "and later"; 前 right after a version opens 前端, no bound
    pytest.param("在1.4.11版本前，数据存放在本地。",
                 "1.4.11バージョン以前は、データはローカルにあった。", "", id="banben-qian"),
    pytest.param("在 v2 版本前", "v2 より前", "", id="banben-qian-spaced"),
    pytest.param("在1.4.11版本前，数据存放在本地。", "1.4.11以降、データはローカルにあった。",
                 "XL502:warning", id="banben-qian-turned"),
    pytest.param("从1.9.0及未来的版本开始支持。", "1.9.0以降のバージョンでサポートされる。", "",
                 id="and-versions-to-come"),
    pytest.param("1.9.0 及後續版本", "1.9.0以降", "", id="and-later-versions-traditional"),
    pytest.param("1.9.0 及後續版本", "1.9.0以前", "XL502:warning", id="and-later-turned"),
    pytest.param("用 Vue 3 前端开发", "Vue 3 のフロントエンド開発", "", id="qianduan-no-bound"),
    pytest.param("Previously to v0.45.0, starship used prompt_order.",
                 "v0.45.0 まで、starship は prompt_order を使っていました。", "",
                 id="english-previously-to"),
    pytest.param("Example pre-v0.45.0 configuration", "v0.45.0 以前の設定例", "",
                 id="english-pre-prefix"),
    pytest.param("Prior to version 1.8, use the old API.",
                 "バージョン 1.8 以前では古い API を使います。", "",
                 id="english-prior-to-version"),
    pytest.param("Before Node.js 18, fetch was missing.",
                 "Node.js 18 より前には fetch がなかった。", "", id="english-before-product"),
    # (md52) "at least" before a version and "or a newer version" after it, in English
    # a page left untranslated
    pytest.param("此功能需要 MyBatis 3.4.0 或更新的版本。",
                 "This feature requires at least MyBatis 3.4.0 or a newer version.", "",
                 id="english-at-least-or-a-newer-version"),
    pytest.param("此功能需要 MyBatis 3.4.0 或更新的版本。",
                 "この機能には at least MyBatis 3.4.0 が必要です。", "", id="english-at-least"),
    pytest.param("此功能需要 MyBatis 3.4.0 或更新的版本。",
                 "This feature requires MyBatis 3.4.0 or a newer version.", "",
                 id="english-or-a-newer-version"),
    pytest.param("本软件基于 GPL v2 或任何更高版本发布。",
                 "GPL v2 or any later version の下で公開されている。", "",
                 id="or-any-later-version-both"),
    pytest.param("此功能需要 MyBatis 3.4.0。", "This feature requires at least MyBatis 3.4.0.",
                 "XL502:warning", id="english-at-least-against-a-point"),
    # since a version (从 Electron 6.0 以来 = Electron 6.0 以降: md54, Electron's timelines)
    pytest.param("从 Electron 6.0 以来，我们一直在更新。", "Electron 6.0 以降、更新を続けている。",
                 "", id="since-a-version"),
    pytest.param("自 Electron 6.0 以來，我們一直在更新。", "Electron 6.0 以降、更新を続けている。",
                 "", id="since-a-version-traditional"),
    pytest.param("从 Electron 6.0 以来，我们一直在更新。", "Electron 7.0 以降、更新を続けている。",
                 "XL501:warning", id="since-another-version"),
    pytest.param("自 Python 3.8 以来，该语法一直可用。", "Python 3.8 以来、この構文は使用できる。",
                 "", id="since-a-version-both"),
    # 以下 after a version is said for "below it" as often as for "it or below" (固定到
    # 2.0.0 以下, with `<2.0.0` in the page's own code): a word that leaves the version
    # open, equal to 未満 and to 以下 (md54, FastAPI's versions page; its backticked
    # versions read no bound either way, so that row guards, the v5.1 rows decide)
    pytest.param("可以固定到`1.0.0`以上和`2.0.0`以下的任何版本。",
                 "`1.0.0`以降から`2.0.0` 未満の間の任意のバージョンに固定できます。", "",
                 id="yixia-miman"),
    pytest.param("僅支援 v5.1 以下的版本。", "v5.1 以下のバージョンのみサポートしている。", "",
                 id="yixia-ika-traditional"),
    pytest.param("只支持 v5.1 以下。", "v5.1 より前のみサポートしている。", "", id="yixia-yorimae"),
    pytest.param("只支持 v5.1 以下。", "v5.1 未満のみサポートしている。", "", id="yixia-miman-v"),
    pytest.param("只支持 v5.1 以下。", "v5.1 以降のみサポートしている。", "XL502:warning",
                 id="yixia-against-after"),
    pytest.param("只支持 v5.1 以下。", "v5.2 未満のみサポートしている。", "XL501:warning",
                 id="yixia-version-changed"),
    # a hyphenated tool's name before its version is no bound (pre-commit, pre-release)
    pytest.param("需要安装 pre-commit 3.5.0。",
                 "pre-commit（バージョン 3.5.0）をインストールする。", "",
                 id="pre-commit-is-a-name"),
    # the bound turned the other way, dropped, or the version changed
    pytest.param("2.0 之前的版本", "2.0 以降のバージョン", "XL502:warning",
                 id="before-against-after"),
    pytest.param("2.0 以前的版本", "2.0 以上のバージョン", "XL502:warning", id="before-against-ge"),
    pytest.param("Example pre-v0.45.0 configuration", "v0.45.0 以降の設定例", "XL502:warning",
                 id="english-pre-against-after"),
    pytest.param("v0.45.0 之前的配置示例", "v0.46.0 以前の設定例", "XL501:warning",
                 id="before-version-changed"),
    pytest.param("直到 Ruby 2.1.0 为止，", "Ruby 2.1.0 以降、", "XL502:warning",
                 id="until-against-from"),
    # words of comparison keep their strictness
    pytest.param("大于 1.30 的版本", "1.30 以降のバージョン", "XL502:warning", id="gt-against-ge"),
    # (md52) a product's name of several words between the bound and the version (直到
    # Bitcoin Core 0.21); a release's word between the version and the bound after it
    # (1.1.0 发布以后 = 1.1.0 以降); the version something was introduced in (在 1.2.0 中被
    # 引入), "from" it, as 1.2.0 で導入された is
    pytest.param("需要旧行为的用户可以使用该参数，直到 Bitcoin Core 0.21 版本。",
                 "古い動作が必要なユーザーは、Bitcoin Core 0.21までは、この引数を使用できる。",
                 "", id="until-a-product-of-two-words"),
    pytest.param("直到 Bitcoin Core 0.21 版本。", "Bitcoin Core 0.21 以降。", "XL502:warning",
                 id="until-a-product-of-two-words-against-from"),
    pytest.param("MyBatis-Spring 1.1.0 发布以后，提供了这些 bean。",
                 "MyBatis-Spring 1.1.0 以降では、これらの Bean が用意されている。", "",
                 id="after-its-release"),
    pytest.param("MyBatis-Spring 1.1.0 发布以后，提供了这些 bean。",
                 "MyBatis-Spring 1.1.0 のリリース以降、これらの Bean が用意されている。", "",
                 id="after-its-release-both"),
    pytest.param("MyBatis-Spring 1.1.0 發布以後，提供了這些 bean。",
                 "MyBatis-Spring 1.1.0 以降では、これらの Bean が用意されている。", "",
                 id="after-its-release-traditional"),
    pytest.param("MyBatis-Spring 1.1.0 发布以后，提供了这些 bean。",
                 "MyBatis-Spring 1.1.0 より前は、これらの Bean がなかった。", "XL502:warning",
                 id="after-its-release-against-before"),
    pytest.param("`@MapperScan` 都在 MyBatis-Spring 1.2.0 中被引入。",
                 "`@MapperScan` を使う場合は MyBatis-Spring 1.2.0 以降が必要です。", "",
                 id="introduced-in-against-from"),
    pytest.param("`@MapperScan` 都在 MyBatis-Spring 1.2.0 中被引入。",
                 "`@MapperScan` は MyBatis-Spring 1.2.0 で導入された。", "",
                 id="introduced-in-both"),
    pytest.param("`@MapperScan` 都在 MyBatis-Spring 1.2.0 中被引入。",
                 "`@MapperScan` を使う場合は MyBatis-Spring 1.3.0 以降が必要です。",
                 "XL501:warning", id="introduced-in-changed"),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), PAIRS)
def test_a_word_of_time_leaves_the_version_open(zh, ja, expected):
    assert fact_findings(zh, ja, KINDS) == expected


@pytest.mark.parametrize(("zh", "ja", "expected"), PAIRS)
def test_the_same_from_japanese(zh, ja, expected):
    assert reverse_fact_findings(zh, ja, KINDS) == expected
