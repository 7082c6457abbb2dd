"""A heading's own anchor changed (issue 14): `## 为什么使用 Baggage？ {#why-use-baggage}`
against `## Baggage を使う理由 {#what-is-baggage-for}`.

Hugo, Docusaurus and MkDocs (attribute lists) let a heading name its anchor, `{#id}`, and a
translation keeps the original's so that links into the page work in every language. Two
headings paired as one section whose anchors, both in Latin letters, differ mean the
pages follow two editions of the original and a link to one of them breaks on the other:
XL511. Silent: the same anchor; an anchor one page alone gives; an anchor written in the
page's own language (`{#安装}`, `{#インストール}`); an anchor the other page gives to
another of its headings (the section moved, not renamed); a section only one page has.
"""

from __future__ import annotations

import pytest

from tests.conftest import page_findings

BODY_ZH = "Baggage 是在信号之间传递的上下文信息，以键值对的形式保存。"
BODY_JA = "Baggage はシグナル間で受け渡されるコンテキスト情報で、キーと値のペアとして保存されます。"
USE_ZH = "当你需要在多个服务之间共享用户 ID 时，可以使用它。"
USE_JA = "複数のサービス間でユーザー ID を共有したいときに使えます。"


def zh(first: str, second: str) -> str:
    return (
        f"# Baggage\n\n## 什么是 Baggage？ {first}\n\n{BODY_ZH}\n\n## 用途 {second}\n\n{USE_ZH}\n"
    )


def ja(first: str, second: str) -> str:
    return f"# Baggage\n\n## Baggage とは？ {first}\n\n{BODY_JA}\n\n## 用途 {second}\n\n{USE_JA}\n"


# fmt: off
ROWS = [
    pytest.param(zh("{#what-is-baggage}", "{#use-cases}"), ja("{#what-is-baggage}", "{#use-cases}"),
                 [], id="same-anchors"),
    pytest.param(zh("{#what-is-baggage}", "{#why-use-baggage}"),
                 ja("{#what-is-baggage}", "{#what-is-baggage-for}"),
                 [("XL511", "{#why-use-baggage}")], id="anchor-renamed"),
    pytest.param(zh("{#sampler}", "{#use-cases}"), ja("{#samplers}", "{#use-cases}"),
                 [("XL511", "{#sampler}")], id="anchor-made-plural"),
    pytest.param(zh("{#k8s-operator}", "{#use-cases}"),
                 ja("{#kubernetes-operator}", "{#use-cases}"),
                 [("XL511", "{#k8s-operator}")], id="anchor-spelt-out"),
    pytest.param(zh("{#what-is-baggage}", "{#use-cases}"), ja("{#what-is-baggage}", ""),
                 [], id="anchor-on-one-page-only"),
    pytest.param(zh("{#什么是-baggage}", "{#use-cases}"), ja("{#baggage-とは}", "{#use-cases}"),
                 [], id="anchors-in-each-language"),
    pytest.param(zh("{#what-is-baggage}", "{#use-cases}"), ja("{#use-cases}", "{#what-is-baggage}"),
                 [], id="anchors-swapped-between-headings"),
    # a generator's slug of each page's own heading, in pinyin (ClickHouse's docs): no link
    # across the languages shares it (md64)
    pytest.param(zh("{#shen-me-shi-baggage}", "{#use-cases}"),
                 ja("{#baggage-toha}", "{#use-cases}"), [], id="pinyin-slug-of-its-heading"),
    pytest.param(zh("{#what-is-baggage}", "{#yong-tu}"), ja("{#what-is-baggage}", "{#yong-tu-1}"),
                 [], id="pinyin-slugs-of-both-headings"),
    pytest.param(zh("{#what-is-baggage}", "{#yong-fa}"), ja("{#what-is-baggage}", "{#yong-fa-2}"),
                 [("XL511", "{#yong-fa}")], id="pinyin-like-slug-of-another-heading"),
    # react.dev writes its anchors as MDX comments (`## 安装 {/*installation*/}`), which the
    # loader blanks with the comments: they name the section all the same (md61)
    pytest.param(zh("{/*what-is-baggage*/}", "{/*why-use-baggage*/}"),
                 ja("{/*what-is-baggage*/}", "{/*what-is-baggage-for*/}"),
                 [("XL511", "{#why-use-baggage}")], id="comment-anchor-renamed"),
    pytest.param(zh("{/*what-is-baggage*/}", "{/*use-cases*/}"),
                 ja("{/*what-is-baggage*/}", "{/*use-cases*/}"), [], id="comment-anchors"),
]
# fmt: on


@pytest.mark.parametrize(("zh_page", "ja_page", "expected"), ROWS)
def test_heading_anchors(tmp_path, zh_page, ja_page, expected):
    assert page_findings(tmp_path, zh_page, ja_page) == expected


# A family of numbered anchors (usage, usage-1, usage-2: a generator's slugs of one heading
# said again under each command) that one page numbers a step apart, having left the
# first heading without its anchor: the sections pair by their commands, not by anchors
# that would pair each usage with its neighbour's.
def commands(lang: str, usages: list[str], options: list[str]) -> str:
    usage, option = ("用法", "选项") if lang == "zh" else ("使い方", "オプション")
    start = "启动服务器。" if lang == "zh" else "サーバーを起動します。"
    parts = ["# CLI\n"]
    for name, anchor, options_anchor in zip(
        ("dev", "build", "preview", "init"), usages, options, strict=True
    ):
        parts.append(f"## `vitepress {name}`\n\n{start}\n\n### {usage} {anchor}\n\n"
                     f"```sh\nvitepress {name} [root]\n```\n")
        if options_anchor is not None:
            parts.append(f"### {option} {options_anchor}\n\n| `--{name}-flag` | 8080 |\n"
                         "|---|---|\n")
    return "\n".join(parts)


@pytest.mark.parametrize(
    ("zh_anchors", "ja_anchors"),
    [
        pytest.param(
            (["", "{#usage}", "{#usage-1}", ""], ["", "{#options}", "{#options-1}", None]),
            (["{#usage}", "{#usage-1}", "{#usage-2}", "{#usage-3}"],
             ["{#options}", "{#options-1}", "{#options-2}", None]),
            id="numbered-a-step-apart",
        ),
        pytest.param(
            (["{#usage}", "{#usage-1}", "{#usage-2}", "{#usage-3}"],
             ["{#options}", "{#options-1}", "{#options-2}", None]),
            (["{#usage}", "{#usage-1}", "{#usage-2}", "{#usage-3}"],
             ["{#options}", "{#options-1}", "{#options-2}", None]),
            id="numbered-alike",
        ),
    ],
)
def test_numbered_anchors_a_step_apart(tmp_path, zh_anchors, ja_anchors):
    found = page_findings(tmp_path, commands("zh", *zh_anchors), commands("ja", *ja_anchors))
    assert found == []


def _sections(*anchors: str):
    from types import SimpleNamespace

    return [[SimpleNamespace(anchor=anchor)] for anchor in anchors]


@pytest.mark.parametrize(
    ("source", "target", "trusted"),
    [
        pytest.param(("intro", "usage", "usage-1"), ("intro", "usage", "usage-1"),
                     {"intro", "usage", "usage-1"}, id="numbered-alike"),
        pytest.param(("intro", "usage", "usage-1"), ("intro", "usage", "usage-1", "usage-2"),
                     {"intro"}, id="one-more-on-one-side"),
        # usage-1 is of the usage family wherever either page has usage
        pytest.param(("intro", "usage-1", "usage-2"), ("intro", "usage", "usage-1"),
                     {"intro"}, id="numbered-a-step-apart-read-against-both-pages"),
        pytest.param(("intro", "usage-zh"), ("intro", "usage"), {"intro", "usage-zh", "usage"},
                     id="no-family"),
    ],
)
def test_which_anchors_are_trusted(source, target, trusted):
    from xlcheck.align_anchors import _trusted_anchors

    assert _trusted_anchors(_sections(*source), _sections(*target)) == trusted


@pytest.mark.parametrize(
    ("heading", "anchor", "read"),
    [
        ("数据压缩", "shu-ju-ya-suo", True),
        ("データ圧縮", "detaya-suo", True),
        # any reading of a character: 行 of 银行 is hang, 长 of 长度 chang, 绿 lu or lv
        ("银行", "yin-hang", True),
        ("长度", "chang-du", True),
        ("绿色", "lu-se", True),
        ("绿色", "lv-se", True),
        ("用途", "yong-fa", False),
        ("用途", "use-cases", False),
    ],
)
def test_anchor_read_from_its_heading(heading, anchor, read):
    from types import SimpleNamespace

    from xlcheck.compare.anchors import _read_from_its_heading

    assert _read_from_its_heading(SimpleNamespace(text=heading, anchor=anchor)) is read
