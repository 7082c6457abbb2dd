"""English words in Latin letters inside Chinese or Japanese documentation are no names.

Technical prose keeps English keywords and terms on one side and translates them on the
other (PRIMARY against 主キー, TRUE against 真, a heading "Front-Cover Texts" against 表紙
テキスト). A word of the English dictionary is no evidence of a name; a name that is not a
word (Debian, NASA), a product named by a word (GIMP, GNOME, in rules/common/words.toml)
and the name left inside an English title (Python-Fu of "The Python-Fu Console") still
are. Each suppression has a row where the same construction with a real change is still
reported. A name is also not rendered by a katakana word UniDic knows as a common noun
(Debian against ファイル).
"""

import pytest

from tests.conftest import entity_findings, page_findings
from xlcheck.extract.common_words import CommonWords, common_word, name_core
from xlcheck.run import current

KEYWORDS = [
    pytest.param("把 PRIMARY 键设为唯一的。", "主キーを一意にします。", [], id="all-caps-keyword"),
    pytest.param(
        "当条件为 TRUE 时执行该命令。",
        "条件が真のときにこのコマンドを実行します。",
        [],
        id="all-caps-boolean",
    ),
    pytest.param(
        "在 BOOKMARK 菜单中可以添加书签。",
        "ブックマークメニューで追加できます。",
        [],
        id="all-caps-word-against-katakana",
    ),
    pytest.param(
        "遵循小文件原则。", "MANY SMALL FILES原則に従います。", [], id="all-caps-english-phrase"
    ),
    pytest.param(
        "测试失败时显示标签。", "テストが失敗すると FAIL: と表示されます。", [], id="all-caps-label"
    ),
    pytest.param(
        "请参阅 NASA 的说明。",
        "説明を参照してください。",
        [("XL303", "NASA", None)],
        id="all-caps-acronym-no-word-still-reported",
    ),
    pytest.param(
        "把 GIMP 设为默认的编辑器。",
        "デフォルトのエディターにします。",
        [("XL303", "GIMP", None)],
        id="product-named-by-a-word-still-reported",
    ),
    pytest.param(
        "你可以使用 GNOME 桌面。",
        "デスクトップを使えます。",
        [("XL303", "GNOME", None)],
        id="desktop-named-by-a-word-still-reported",
    ),
    pytest.param(
        "把 PRIMARY 键设为唯一的。",
        "PRIMARY キーを一意にします。",
        [],
        id="keyword-on-both-sides",
    ),
    pytest.param(
        "把 PRIMARY 键设为唯一的。",
        "NULL キーを一意にします。",
        [("XL303", "PRIMARY", None), ("XL304", None, "NULL")],
        id="keyword-replaced-by-another",
        marks=pytest.mark.xfail(
            reason="an all-caps keyword is no name: a changed keyword outside a code span "
            "is not reported (inside one it is an identifier, XL511)",
            strict=True,
        ),
    ),
]

TITLES = [
    pytest.param(
        "打开 The Python-Fu Console 对话框。",
        "Python-Fu コンソールを開きます。",
        [],
        id="title-with-a-name-inside",
    ),
    pytest.param(
        "打开 The Python-Fu Console 对话框。",
        "Script-Fu コンソールを開きます。",
        [("XL303", "Python-Fu", None)],
        id="name-inside-a-title-changed-still-reported",
    ),
    pytest.param(
        "选择 Front-Cover Texts 的内容。",
        "表紙テキストの内容を選びます。",
        [],
        id="hyphenated-title-of-words",
    ),
    pytest.param(
        "打开 Customize Splash-Screen 对话框。",
        "スプラッシュ画面の設定を開きます。",
        [],
        id="title-of-words-with-a-derived-verb",
    ),
    pytest.param(
        "请参阅 Floyd-Steinberg Dithering 一节。",
        "Floyd-Steinberg ディザリングの節を参照。",
        [],
        id="names-of-a-method-kept",
    ),
]

LOANWORDS = [
    pytest.param(
        "我叫Jack。",
        "私の名前はジャックです。",
        [],
        id="a-word-that-is-a-given-name-pairs-by-sound",
    ),
    pytest.param(
        "Kubernetes 会选择所有的服务端点。",
        "フィーチャーゲートはすべてのエンドポイントを選択します。",
        [],
        id="a-compound-of-common-loanwords-stands-for-no-name",
    ),
    pytest.param(
        "Debian 是一个自由的操作系统。",
        "ファイルは自由なオペレーティングシステムです。",
        [],
        id="latin-name-against-a-common-loanword",
    ),
    pytest.param(
        "Sam 来了。",
        "ジムが来た。",
        [("XL301", "Sam", "ジム")],
        id="a-plain-common-noun-may-be-a-given-name-still-reported",
    ),
    pytest.param(
        "Debian 是一个自由的操作系统。",
        "ウブントゥは自由なオペレーティングシステムです。",
        [("XL301", "Debian", "ウブントゥ")],
        id="latin-name-against-an-unknown-katakana-word-still-reported",
    ),
    pytest.param(
        "Debian 是一个自由的操作系统。",
        "グーグルは自由なオペレーティングシステムです。",
        [("XL301", "Debian", "グーグル")],
        id="latin-name-against-a-katakana-proper-noun-still-reported",
    ),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), KEYWORDS + TITLES + LOANWORDS)
def test_names_in_latin_letters(zh, ja, expected):
    assert entity_findings(zh, ja) == sorted(expected)


def test_a_title_on_a_page(tmp_path):
    """A heading left in English on the Chinese page, translated on the Japanese one."""
    zh = "# 控制台\n\n## The Python-Fu Console\n\n它在 2024 年加入。\n"
    ja = "# コンソール\n\n## Python-Fu コンソール\n\n2024 年に加わりました。\n"
    assert page_findings(tmp_path, zh, ja) == []


WORDS = [
    ("PRIMARY", True),
    ("Bookmark", True),
    ("Texts", True),  # a plural, by its stem
    ("Dithering", True),  # a participle, by its stem
    ("Customize", True),  # a derived verb, by its stem
    ("Debian", False),  # no English word
    ("NASA", False),
    ("GIMP", False),  # a word (gimp), yet a product of the data
    ("Squeeze", False),  # a release of the data
    ("France", False),  # the dictionary writes it capitalised: a proper noun
    ("Google", False),  # used, yet in no dictionary
    ("Wiki", False),
    ("Python3", False),  # digits: an identifier
]


@pytest.mark.parametrize(("word", "common"), WORDS, ids=[w for w, _ in WORDS])
def test_common_word(word, common):
    assert common_word(word, current().rules.common_words) is common


def test_no_word_is_common_without_a_count():
    assert not common_word("PRIMARY", CommonWords())


CORES = [
    ("The Python-Fu Console", "Python-Fu"),
    ("Your First Script-Fu", "Script-Fu"),
    ("Front-Cover Texts", None),
    ("The New-Maintainer", None),
    ("Michael Bach", "Michael Bach"),  # a surname that is also a word stays
    ("John Smith", "John Smith"),
    ("Floyd-Steinberg Dithering", "Floyd-Steinberg Dithering"),
    ("Debian Reference", "Debian Reference"),
]


@pytest.mark.parametrize(("name", "core"), CORES, ids=[n for n, _ in CORES])
def test_name_core(name, core):
    rules = current().rules
    text = f"参见 {name} 一节"
    span = name_core(text, 3, 3 + len(name), rules.common_words, rules.english.function_words)
    assert (None if span is None else text[span[0] : span[1]]) == core


# (the Japanese sentence drops the link as well: the name's finding says it where the link
# goes to the page the name names, else XL512, the link missing)
LINKED = [
    pytest.param(
        "该请求使用 [POST](/zh-CN/docs/Web/HTTP/Methods/POST) 方法。\n",
        [("XL303", "POST")],
        id="a-word-naming-the-page-it-links-to-is-a-name",
    ),
    pytest.param("该请求使用 POST 方法。\n", [], id="the-same-word-without-a-link-is-a-keyword"),
    pytest.param(
        "该请求使用 [POST](/zh-CN/docs/Web/HTTP/Methods) 方法。\n",
        [("XL512", "/zh-CN/docs/Web/HTTP/Methods")],
        id="a-link-to-another-page-is-no-evidence",
    ),
]


@pytest.mark.parametrize(("zh", "expected"), LINKED)
def test_a_keyword_with_a_page_of_its_own(tmp_path, zh, expected):
    page_zh = "# 方法\n\n它在 2024 年加入。\n\n" + zh
    page_ja = "# メソッド\n\n2024 年に加わりました。\n\nこのリクエストはメソッドを使います。\n"
    assert page_findings(tmp_path, page_zh, page_ja) == expected


def test_the_common_words_are_read_back_from_the_cache(tmp_path, monkeypatch):
    """Built once from the two word lists, then read from xlcheck's cache, the same set; a
    damaged cache file is rebuilt, never trusted."""
    from xlcheck import cache
    from xlcheck.extract import common_words

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    build = common_words._common.__wrapped__
    built = build(51)
    assert {"texts", "primary", "bookmark"} <= built and "python" in built
    files = list(cache.cache_folder().glob("english-common-*-51-*.marshal"))
    assert len(files) == 1
    builder = common_words._build_common

    def no_lists(least_count):
        raise AssertionError("the word lists were loaded again")

    monkeypatch.setattr(common_words, "_build_common", no_lists)
    assert build(51) == built  # read back, without the lists
    payload = bytearray(files[0].read_bytes())
    payload[-1] ^= 0xFF
    files[0].write_bytes(bytes(payload))
    with pytest.raises(AssertionError, match="loaded again"):
        build(51)  # a damaged file is not trusted
    monkeypatch.setattr(common_words, "_build_common", builder)
    assert build(51) == built


def test_reading_the_common_words_back_imports_neither_word_list(tmp_path):
    """The cache file is named by the installed versions of both word lists, read from
    their metadata: a run that reads it back imports neither package (0.03 s of a cold
    run, for a version string)."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "xdg")}
    script = (
        "import sys\n"
        "from xlcheck.extract import common_words\n"
        "words = common_words._common(51)\n"
        "assert 'bookmark' in words\n"
        "print(sorted(m for m in ('spellchecker', 'english_words') if m in sys.modules))\n"
    )
    first = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    again = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == "[]"
