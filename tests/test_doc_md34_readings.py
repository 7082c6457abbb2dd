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


NOTE_ZH = (
    "# 理念\n\n默认情况下，Tauri 只公开二进制文件，而不公开 ASAR 文件。\n\n"
    "通过选择 Tauri，你将获得许多机会。\n"
)
NOTE_JA = (
    "# 理念\n\nデフォルトでは Tauri はバイナリのみを公開し、 ASAR ファイルは公開しません。\n\n"
    "> 《訳注》 **ASAR**　Atom Shell Archive Formatの略。"
    "[Electron](https://www.electronjs.org/ja/docs/latest/tutorial/asar-archives) "
    "で用いられている、複数のファイルを1つにまとめるためのシンプルなアーカイブ形式。\n\n"
    "Tauri を選択することにより、さまざまな機会があなたに訪れるでしょう。\n"
)


def _link_findings(tmp_path, ja: str) -> list:
    """The findings "this link is not in the source" of each link of a Japanese page,
    after the filter of links in translators' notes."""
    from xlcheck.compare.links import _link_fact, noted_links_left_out
    from xlcheck.load import LoadOptions, load_pairs
    from xlcheck.rules.registry import make_finding
    from xlcheck.run import current

    (tmp_path / "zh.md").write_text(NOTE_ZH, encoding="utf-8")
    (tmp_path / "ja.md").write_text(ja, encoding="utf-8")
    pair = load_pairs([str(tmp_path / "zh.md"), str(tmp_path / "ja.md")], LoadOptions())[0]
    findings = [
        make_finding("identifier", "added", None, _link_fact(seg, target), 0, guessed=True)
        for seg in pair.target.segments
        for target in seg.links
    ]
    return noted_links_left_out(findings, pair, current().rules.notes)


def test_a_link_inside_a_translators_note_is_left_out(tmp_path):
    """A link in a translator's note, in a sentence after the one the note's label opens
    (md34 tauri: 《訳注》 ASAR … [Electron](…) was a link the source lacks); the same link in
    the translation's own prose is still one."""
    assert _link_findings(tmp_path, NOTE_JA) == []
    prose = NOTE_JA.replace("> 《訳注》 **ASAR**　Atom Shell Archive Formatの略。", "")
    assert len(_link_findings(tmp_path, prose)) == 1


def test_the_sentences_of_a_note_paragraph_are_the_notes(tmp_path):
    """The sentences after the one a translator's note opens its paragraph with belong to
    the note: their facts are the translator's (a year, a count), not the document's."""
    from tests.conftest import page_findings

    zh = "# 理念\n\nTauri 默认不公开 ASAR 文件。\n\n选择 Tauri 会带来许多机会。\n"
    ja = (
        "# 理念\n\nTauri はデフォルトで ASAR ファイルを公開しません。\n\n"
        "《訳注》 ASAR は Atom Shell Archive Format の略。"
        "2013年に登場した形式で、3種類の使い方がある。\n\n"
        "Tauri を選ぶと、さまざまな機会が訪れる。\n"
    )
    assert [rule for rule, _ in page_findings(tmp_path, zh, ja) if rule < "XL3"] == []
    own = ja.replace("《訳注》 ASAR は Atom Shell Archive Format の略。", "")
    assert [rule for rule, _ in page_findings(tmp_path, zh, own) if rule < "XL3"] != []
