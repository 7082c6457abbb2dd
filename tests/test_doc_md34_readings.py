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
