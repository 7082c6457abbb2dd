"""A version series written with a wildcard last part (2.x, 3.X, 4.*, v1.2.x): one
version fact on each side, compared as a version, never a bare number (the 2 of 2.x is
no count). Faithful renderings in both word orders, simplified, traditional and
full-width forms stay silent; a series changed is a changed version.
"""

import pytest

from tests.conftest import fact_findings, reverse_fact_findings
from xlcheck.extract import find_facts
from xlcheck.model import Segment
from xlcheck.run import current

KINDS = ("number", "date", "version")

PAIRS = [
    pytest.param(
        "从 2.x 升级到 3.x 之前，请先阅读本页。",
        "2.x から 3.x にアップグレードする前に、このページをお読みください。",
        "",
        id="upgrade-from-a-series",
    ),
    pytest.param(
        "從 2.x 升級到 3.x 之前，請先閱讀本頁。",
        "2.x から 3.x にアップグレードする前に、このページをお読みください。",
        "",
        id="traditional",
    ),
    pytest.param(
        "本库支持 3.x 版本。",
        "このライブラリは 3.x 系に対応しています。",
        "",
        id="series-before-a-version-word",
    ),
    pytest.param(
        "本库支持 3.X 和 4.* 系列。",
        "このライブラリは 3.x と 4.x 系に対応しています。",
        "",
        id="capital-x-and-star",
    ),
    pytest.param(
        "请使用 v1.2.x 分支。",
        "v1.2.x ブランチを使ってください。",
        "",
        id="three-part-series-with-a-v",
    ),
    pytest.param(
        "本库支持 ３.ｘ 版本。", "このライブラリは 3.x 系に対応しています。", "", id="full-width"
    ),
    pytest.param(
        "本库支持 3.x 及更高版本。",
        "このライブラリは 3.x 以降に対応しています。",
        "",
        id="series-with-a-bound",
    ),
    pytest.param(
        "从 2.x 升级到 3.x 之前，请先阅读本页。",
        "3.x から 4.x にアップグレードする前に、このページをお読みください。",
        "XL501:warning",
        id="series-changed",
    ),  # 3.x stands on both sides
    pytest.param(
        "本库支持 3.x 版本。",
        "このライブラリは 2.x 系に対応しています。",
        "XL501:warning",
        id="one-series-changed",
    ),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), PAIRS)
def test_version_series(zh, ja, expected):
    assert fact_findings(zh, ja, KINDS) == expected


@pytest.mark.parametrize(("zh", "ja", "expected"), PAIRS)
def test_version_series_from_japanese(zh, ja, expected):
    assert reverse_fact_findings(zh, ja, KINDS) == expected


# (language, text, the facts read: kind and text)
READ = [
    pytest.param("zh", "从 2.x 升级", [("version", "2.x")], id="zh-series"),
    pytest.param(
        "ja",
        "2.x から 3.x に",
        [("version", "2.x"), ("version", "3.x")],
        id="ja-series-at-the-start",
    ),
    pytest.param("zh", "支持 4.* 系列", [("version", "4.*")], id="star"),
    pytest.param("zh", "打开 index.xml 文件", [], id="a-file-name-is-no-series"),
    pytest.param("zh", "共 2 个 xml 文件", [("number", "2 个")], id="a-count-before-a-word"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), READ)
def test_a_series_is_read_as_one_version(lang, text, expected):
    _, numbers, others = find_facts(Segment("s", text, 0, 0, 1), lang, current())
    assert [(f.kind, f.text) for f in numbers + others] == expected


# A version a move goes to (升级到 3.0, 迁移至 v2) with 之前/以前/以后 after it: the time of
# the move, no bound on the version (升级到 3.0 之前 = before upgrading to 3.0); a bound of
# the version itself (升级到 3.0 或更高版本) stays one.
MOVES = [
    pytest.param(
        "升级到 3.0.0 之前，请备份数据。",
        "3.0.0 にアップグレードする前に、データをバックアップしてください。",
        "",
        id="before-upgrading-to",
    ),
    pytest.param(
        "升級到 3.0.0 之前，請備份資料。",
        "3.0.0 にアップグレードする前に、データをバックアップしてください。",
        "",
        id="before-upgrading-to-traditional",
    ),
    pytest.param(
        "迁移至 v2.1.0 以后，旧配置将失效。",
        "v2.1.0 に移行した後は、古い設定は無効になります。",
        "",
        id="after-migrating-to",
    ),
    pytest.param(
        "请升级到 3.0.0 或更高版本。",
        "3.0.0 以降にアップグレードしてください。",
        "",
        id="a-bound-of-the-target-stays",
    ),
    pytest.param(
        "请升级到 3.0.0 或更高版本。",
        "3.0.0 にアップグレードしてください。",
        "XL502:warning",
        id="the-target-bound-dropped",
    ),
    # the product's name between the move and its version (升级到 Node.js 18.0 以来)
    pytest.param(
        "自从升级到 Node.js 18.0 以来，构建快了很多。",
        "Node.js 18.0 にアップグレードして以来、ビルドがずっと速くなった。",
        "",
        id="since-upgrading-to-a-product",
    ),
    pytest.param(
        "自從升級到 Python 3.12 以來，這個警告就消失了。",
        "Python 3.12 にアップグレードしてから、この警告は出なくなりました。",
        "",
        id="since-upgrading-to-a-product-traditional",
    ),
    pytest.param(
        "迁移至 Spring Boot 3.2 之前，请先检查依赖。",
        "Spring Boot 3.2 に移行する前に、依存関係を確認してください。",
        "",
        id="before-migrating-to-a-two-word-product",
    ),
    pytest.param(
        "自从升级到 Node.js 18.0 以来，构建快了很多。",
        "Node.js 16.0 にアップグレードして以来、ビルドがずっと速くなった。",
        "XL501:warning",
        id="the-product-version-changed",
    ),
    # ... but 之前 before the version's word bounds the version (升级到 X 之前的版本: to a
    # version below X), with a product or without
    pytest.param(
        "升级到 Python 3.12 之前的版本。",
        "Python 3.12 より前のバージョンにアップグレードする。",
        "",
        id="before-the-version-word-bounds-it",
    ),
    pytest.param(
        "降级到 2.0 以前的版本。",
        "2.0 より前のバージョンにダウングレードする。",
        "",
        id="before-the-version-word-bounds-it-bare",
    ),
    pytest.param(
        "降级到 v2.0 以前的版本。",
        "v2.0 にダウングレードする。",
        "XL502:warning",
        id="the-bound-before-the-version-word-dropped",
    ),
    pytest.param(
        "请升级到 Node.js 18.0 或更高版本。",
        "Node.js 18.0 にアップグレードしてください。",
        "XL502:warning",
        id="a-product-target-bound-dropped",
    ),
    pytest.param(
        "3.0.0 之前的版本不受支持。",
        "3.0.0 より前のバージョンはサポートされていません。",
        "",
        id="before-a-version-without-a-move",
    ),
    pytest.param(
        "3.0.0 之前的版本不受支持。",
        "3.0.0 のバージョンはサポートされていません。",
        "XL502:warning",
        id="before-a-version-dropped",
    ),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), MOVES)
def test_a_version_moved_to_is_no_bound(zh, ja, expected):
    assert fact_findings(zh, ja, KINDS) == expected
