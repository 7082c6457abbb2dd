"""Documentation pages md34 showed (issue 14; 26 page pairs of 11 projects, first read
before any change of this session's second half): a JavaScript library's name written
with its suffix on one side and without it on the other (NuxtJS, Nuxt.js = Nuxt) is one
name; another name in its place stays a change."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings

SUFFIX_OR_NOT = [
    pytest.param("另外，NuxtJS 也支持 SSG。", "さらに、Nuxtも SSG をサポートしています。", [],
                 id="suffix-glued"),
    pytest.param("另外，Nuxt.js 也支持 SSG。", "さらに、Nuxt も SSG をサポートしています。", [],
                 id="suffix-dotted"),
    pytest.param("我们用 Vue.js 构建界面。", "Vue でインターフェースを構築します。", [],
                 id="vue"),
    pytest.param("另外，NuxtJS 也支持 SSG。", "さらに、Nuxtronも SSG をサポートしています。",
                 [("XL301", "NuxtJS", "Nuxtron")], id="a-longer-name-is-another"),
    pytest.param("另外，NuxtJS 也支持 SSG。", "さらに、Astro も SSG をサポートしています。",
                 [("XL301", "NuxtJS", "Astro")], id="another-framework"),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), SUFFIX_OR_NOT)
def test_a_script_suffix_written_or_not(zh: str, ja: str, expected: list):
    assert entity_findings(zh, ja) == expected


def test_a_list_of_languages_holds_no_names(tmp_path):
    """A README's list of its translations names languages by their own names (rustdesk,
    md34: English against Dansk was a changed name); a product named beside them still is
    a name, and still reported when it changes."""
    from tests.conftest import page_findings

    zh = "# RustDesk\n\n[English] | [Dansk] | [Français] | [日本語]\n\nRustDesk 支持 Windows。\n"
    ja = (
        "# RustDesk\n\n[中文] | [Deutsch] | [Español] | [Polski]\n\n"
        "RustDesk は Windows に対応しています。\n"
    )
    assert [(rule, text) for rule, text in page_findings(tmp_path, zh, ja) if rule < "XL4"] == []
    swapped = ja.replace("Windows に", "macOS に")
    found = page_findings(tmp_path, zh, swapped)
    assert ("XL303", "Windows") in found or ("XL301", "Windows") in found


@pytest.mark.parametrize(
    ("zh", "ja"),
    [
        ("我们欢迎翻译者参与本项目。\n", "README や RustDesk UI の翻訳者を歓迎します。\n"),
        ("详细的变更请参阅发布说明。\n", "詳しい変更は CHANGELOG を参照してください。\n"),
        ("请先编写构建文件。\n", "まず Dockerfile を書いてください。\n"),
    ],
)
def test_a_repository_file_is_no_name(tmp_path, zh: str, ja: str):
    """A repository's conventional files named in prose (README, CHANGELOG, Dockerfile: md34
    rustdesk, README read as a name the source lacks) are files, no names; a product beside
    one still is a name."""
    from tests.conftest import page_findings

    files = {"README", "CHANGELOG", "Dockerfile"}
    found = page_findings(tmp_path, zh, ja)
    assert [text for rule, text in found if rule.startswith("XL30") and text in files] == []
    named = ja
    for file in files:
        named = named.replace(file, "大阪")
    assert ("XL304", "大阪") in page_findings(tmp_path, zh, named)
