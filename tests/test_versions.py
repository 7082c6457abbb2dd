"""Versions as their own grammar: parts, build names and bounds, compared as versions."""

import pytest

from tests.conftest import check_strings
from xlcheck.compare.relations import version_relation
from xlcheck.extract.technical import find_versions
from xlcheck.model import VersionValue
from xlcheck.rules.data import default_rule_files


def versions(text: str, lang: str) -> list[tuple[str, str, str]]:
    """The versions of a text, in the words of its language (rules/LANG/technical.toml)."""
    tables = default_rule_files().lexicons[lang].versions
    found = find_versions(text, tables)
    return [(text[f.start : f.end], f.value.number, f.value.bound) for f in found]


# (text, [(span, version, bound)])
VERSIONS = [
    pytest.param(
        "Kubernetes 1.30 及更高版本", [("1.30 及更高版本", "1.30", "ge")], id="zh-ge-jigenggao"
    ),
    pytest.param("Kubernetes 1.30 或更高版本", [("1.30 或更高版本", "1.30", "ge")], id="zh-ge-huo"),
    pytest.param("v1.30 及更高", [("v1.30 及更高", "1.30", "ge")], id="zh-ge-v-prefix"),
    pytest.param("Kubernetes 大于 1.30", [("大于 1.30", "1.30", "gt")], id="zh-gt-before"),
    pytest.param("Kubernetes 1.30以降", [("1.30以降", "1.30", "ge")], id="ja-ge-ikou"),
    pytest.param("Kubernetes 1.30以上", [("1.30以上", "1.30", "ge")], id="ja-ge-ijou"),
    pytest.param("Kubernetes 1.30 より前", [("1.30 より前", "1.30", "lt")], id="ja-lt-yorimae"),
    pytest.param("Kubernetes v1.31.2 で", [("v1.31.2", "1.31.2", "exact")], id="three-parts"),
    pytest.param("安装 11.0.16.0", [("11.0.16.0", "11.0.16.0", "exact")], id="four-parts"),
    pytest.param("使用 jdk8u312-b07", [("jdk8u312-b07", "jdk8u312-b07", "exact")], id="build-name"),
    pytest.param("Node.js v16.4+ が必要", [("v16.4+", "16.4", "ge")], id="plus-bound"),
    pytest.param("采用 HTTP/1.1 协议", [("1.1", "1.1", "exact")], id="protocol-dotted"),
    pytest.param("采用 HTTP/2 协议", [("2", "2", "exact")], id="protocol-single"),
    pytest.param("v2 时", [("v2", "2", "exact")], id="v2-is-no-time"),
    pytest.param("版本 1.20", [("1.20", "1.20", "exact")], id="zh-version-word"),
    pytest.param("1.20 バージョン", [("1.20", "1.20", "exact")], id="ja-version-word-after"),
    pytest.param("ｖ１.３０", [], id="full-width-not-folded-here"),
    # a version word after the bound, joined by の or 的, names what the bound is of
    pytest.param("注: 1.6 より前のバージョンの Kubernetes では", [("1.6 より前", "1.6", "lt")],
                 id="ja-version-word-after-the-bound"),
    pytest.param("1.6 以降のバージョンでは", [("1.6 以降", "1.6", "ge")],
                 id="ja-version-word-after-ge"),
    pytest.param("3.2 以前的版本不支持", [("3.2 以前", "3.2", "before")],
                 id="zh-version-word-after-the-bound"),
    pytest.param("2.5 之前的版本", [("2.5 之前", "2.5", "before")],
                 id="zh-version-word-after-zhiqian"),
    # until a version: 直到 before it (a product's name between), 为止 after it; words of
    # time (之前, 以前, まで) leave the version itself open: "before"
    pytest.param("直到 Ruby 2.1.0 为止，", [("2.1.0 为止", "2.1.0", "before")],
                 id="zh-until-zhidao-weizhi"),
    pytest.param("直到 v2.1.0，", [("直到 v2.1.0", "2.1.0", "before")], id="zh-until-zhidao"),
    pytest.param("Ruby 2.1.0 為止，", [("2.1.0 為止", "2.1.0", "before")],
                 id="zh-until-weizhi-traditional"),
    pytest.param("Ruby 2.1.0 まで、", [("2.1.0 まで", "2.1.0", "before")], id="ja-until-made"),
    # negatives: a bound of an amount, and a version word after no bound
    pytest.param("1.6 より前の値を使う", [], id="ja-no-version-word-after-the-bound"),
    pytest.param("1.5 以上的倍数", [], id="zh-no-version-word-after-the-bound"),
    pytest.param("重量 2.5 的版本", [], id="zh-version-word-after-no-bound"),
    # negatives: decimals and amounts stay with the number grammar
    pytest.param("增长了 1.5 倍", [], id="zh-decimal-multiple"),
    pytest.param("等待 0.25 秒", [], id="zh-decimal-seconds"),
    pytest.param("価格は3.5ドル", [], id="ja-decimal-price"),
    pytest.param("共 30 个节点", [], id="bare-integer"),
    pytest.param(
        "地址 192.168.0.1:8080",
        [],
        id="ip-address-is-no-version",
        marks=pytest.mark.xfail(reason="an IP address reads as a four-part version", strict=True),
    ),
]


@pytest.mark.parametrize(("text", "expected"), VERSIONS)
def test_find_versions(text, expected, request):
    lang = "ja" if request.node.callspec.id.startswith("ja-") else "zh"  # by the row's id
    assert versions(text, lang) == expected


# (a, b, relation)
RELATIONS = [
    pytest.param(((1, 20), "exact"), ((1, 20), "exact"), "equal", id="equal"),
    pytest.param(((1, 20), "exact"), ((1, 2), "exact"), "mismatch", id="1.20-is-not-1.2"),
    pytest.param(((1, 30), "ge"), ((1, 30), "gt"), "bound", id="ge-against-gt"),
    pytest.param(((1, 30), "ge"), ((1, 30), "lt"), "bound", id="ge-against-lt"),
    pytest.param(((11, 0, 16, 0),), ((11, 0, 16),), "mismatch", id="four-against-three-parts"),
]


@pytest.mark.parametrize(("a", "b", "relation"), RELATIONS)
def test_version_relation(a, b, relation):
    first = VersionValue(a[0], bound=a[1] if len(a) > 1 else "exact")
    second = VersionValue(b[0], bound=b[1] if len(b) > 1 else "exact")
    assert version_relation(first, second)[0] == relation


# (zh, ja, rules expected)
PAIRS = [
    pytest.param(
        "需要 Kubernetes 1.30 及更高版本。",
        "Kubernetes 1.30以降が必要です。",
        set(),
        id="ge-both-ways",
    ),
    pytest.param(
        "需要 Kubernetes 1.30 或更高版本。", "Kubernetes 1.30以上が必要です。", set(), id="ge-ijou"
    ),
    pytest.param(
        "需要大于 Kubernetes 1.30 的版本。",
        "Kubernetes 1.30以降が必要です。",
        {"XL502"},
        id="gt-vs-ge",
    ),
    pytest.param(
        "该特性在 Kubernetes v1.20 中引入。",
        "この機能は Kubernetes v1.2 で導入されました。",
        {"XL501"},
        id="not-decimals",
    ),
    pytest.param("在 v2 时引入。", "v2 で導入されました。", set(), id="v2-no-time"),
    pytest.param(
        "直到 Ruby 2.1.0 为止，该方法返回子类的对象。",
        "Ruby 2.1.0 まで、このメソッドはサブクラスのオブジェクトを返していました。",
        set(),
        id="until-both-ways",
    ),
    pytest.param(
        "直到 Ruby 2.1.0 为止，该方法返回子类的对象。",
        "Ruby 2.1.0 以降、このメソッドはサブクラスのオブジェクトを返します。",
        {"XL502"},
        id="until-against-from",
    ),
    pytest.param(
        "第三方组件。", "サードパーティのコンポーネント。", set(), id="disanfang-no-ordinal"
    ),
]


@pytest.mark.parametrize(("zh", "ja", "rules"), PAIRS)
def test_pairs(zh, ja, rules):
    assert {f.rule for f in check_strings(zh, ja)} == rules
