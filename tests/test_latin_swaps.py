"""A Latin product name swapped for another (compare/latin_names.latin_swapped).

A single capitalised Latin word is a name of no kind to the taggers and an unsure one
(it may be English), so one product put in another's place was silent: 参见 Kubernetes
文档 against Docker のドキュメント. One open Latin name on each side of an aligned
sentence, neither an English word, an abbreviation, nor a prefix of the other, is a
different name (XL301, at most a warning: the kinds are unknown).
"""

import pytest

from tests.conftest import check_strings, entity_findings, page_findings

SWAPPED = [
    pytest.param(
        "参见 Kubernetes 文档。", "Docker のドキュメントを参照。", id="docs-of-another-product"
    ),
    pytest.param("基于 React 开发。", "Vue をベースに開発。", id="a-framework"),
    pytest.param("使用 Redis 缓存。", "Memcached でキャッシュする。", id="a-cache"),
    pytest.param(
        "本项目使用 Python 编写。",
        "本プロジェクトは Go で書かれている。",
        id="a-language-named-by-a-word",
    ),
    pytest.param(
        "本專案使用 Python 編寫。", "本プロジェクトは Rust で書かれている。", id="traditional"
    ),
    pytest.param("用 Chrome 打开。", "Firefox で開く。", id="a-browser"),
    pytest.param("用 Ｃｈｒｏｍｅ 打开。", "Firefox で開く。", id="full-width"),
    pytest.param("使用 React 和 Redux。", "Vue と Redux を使う。", id="one-of-two-changed"),
    pytest.param("在 Windows 上运行。", "Linux で動作する。", id="a-system"),
]


@pytest.mark.parametrize(("zh", "ja"), SWAPPED)
def test_a_latin_product_swapped_is_a_different_name(zh, ja):
    findings = [f for f in check_strings(zh, ja) if f.kind == "entity"]
    assert [(f.rule, f.severity) for f in findings] == [("XL301", "warning")]


@pytest.mark.parametrize(("zh", "ja"), SWAPPED[:2])
def test_the_japanese_source_too(zh, ja):
    findings = [f for f in check_strings(ja, zh, "ja", "zh") if f.kind == "entity"]
    assert [f.rule for f in findings] == ["XL301"]


SAME = [
    pytest.param("参见 Kubernetes 文档。", "Kubernetes のドキュメントを参照。", id="the-same"),
    pytest.param("参见 Kubernetes 文档。", "ドキュメントを参照。", id="dropped-alone"),
    pytest.param("基于 React 18 开发。", "React 19 をベースに開発。", id="a-version-suffix"),
    pytest.param("基于 React 开发。", "ReactJS をベースに開発。", id="one-spelling-inside-another"),
    pytest.param("在 Mac 上运行。", "macOS で動作する。", id="a-short-form"),
    pytest.param("从 React 迁移到 Vue。", "Vue に移行する。", id="a-product-named-twice"),
    pytest.param("通过 API 调用。", "SDK 経由で呼び出す。", id="abbreviations"),
    pytest.param("Agent 会调用工具。", "Bug がツールを呼び出す。", id="english-words"),
    pytest.param(
        "使用 Kubernetes 部署。", "クバネティスでデプロイする。", id="the-name-in-katakana"
    ),
    pytest.param(
        "MuseScore, a score editor, has LilyPond export.",
        "go-enc2ly は Go 言語のツールで LilyPond に変換します。",
        id="a-passage-left-in-english",
    ),
    # each side says the other's name in its own script, beside a name of its own
    pytest.param(
        "可以在 维基 中找到 Nginx 的配置示例。",
        "エンジンエックスの設定例は Wiki にあります。",
        id="each-name-said-in-the-other-script",
    ),
    pytest.param(
        "可以在 維基 中找到 Nginx 的設定範例。",
        "エンジンエックスの設定例は Wiki にあります。",
        id="each-name-said-in-the-other-script-traditional",
    ),
]


@pytest.mark.parametrize(("zh", "ja"), SAME)
def test_no_swap(zh, ja):
    assert not [f for f in entity_findings(zh, ja) if f[0] == "XL301"]


# A maker for its product, a system for the device it runs on (rules/common/words.toml
# related_names): a paraphrase, at most a finding of its own kind, never a swap.
RELATED = [
    pytest.param(
        "用 Gemini 总结文档。", "Google のモデルで文書を要約する。", id="a-product-as-its-maker"
    ),
    pytest.param("由 Anthropic 提供支持。", "Claude を利用している。", id="a-maker-as-its-product"),
    pytest.param("可在 macOS 上使用。", "MacBook で利用できる。", id="a-system-as-its-device"),
    pytest.param("支援 Android 平板。", "Pixel タブレットに対応。", id="traditional"),
    pytest.param(
        "基于 Claude-3.5 生成。", "Anthropic のモデルで生成する。", id="a-model-with-its-version"
    ),
    pytest.param("用 Ｆｉｒｅｆｏｘ 打开。", "Mozilla のブラウザで開く。", id="full-width"),
]


@pytest.mark.parametrize(("zh", "ja"), RELATED)
def test_related_names_are_no_swap(zh, ja):
    assert not [f for f in entity_findings(zh, ja) if f[0] == "XL301"]
    assert not [f for f in entity_findings(zh, ja) if f[0] in ("XL303", "XL304")]


UNRELATED = [
    pytest.param(
        "本应用仅支持 iPad。",
        "本アプリは iPhone のみに対応しています。",
        id="two-products-of-one-maker",
    ),
    pytest.param("用 Excel 打开。", "Word で開く。", id="two-programs-of-one-maker"),
    pytest.param(
        "基于 Word2Vec 训练。",
        "Microsoft のモデルで学習する。",
        id="a-name-that-only-begins-with-a-product",
    ),
    pytest.param("用 Gemini 总结文档。", "OpenAI のモデルで文書を要約する。", id="another-maker"),
    pytest.param("可在 iPadOS 上使用。", "Pixel で利用できる。", id="another-makers-device"),
    pytest.param("用 Gemini 总结文档。", "Claude で文書を要約する。", id="another-makers-product"),
]


@pytest.mark.parametrize(("zh", "ja"), UNRELATED)
def test_names_of_other_families_are_still_swapped(zh, ja):
    assert [f[0] for f in entity_findings(zh, ja)] == ["XL301"]


def test_on_a_page(tmp_path):
    zh = (
        "# 部署\n\n本节用 3 个步骤介绍部署方法。\n\n"
        "部署前请阅读 Kubernetes 文档的第 2 章。\n\n完成后等待 30 秒再重启服务。\n"
    )
    ja = (
        "# デプロイ\n\nこの節では 3 つの手順でデプロイ方法を説明します。\n\n"
        "デプロイの前に Docker のドキュメントの第 2 章を読んでください。\n\n"
        "完了したら 30 秒待ってからサービスを再起動します。\n"
    )
    assert ("XL301", "Kubernetes") in page_findings(tmp_path, zh, ja)


def _page(zh_sentence: str, ja_sentence: str, zh_more: str = "", ja_more: str = "") -> tuple:
    zh = (
        "# 部署\n\n本节用 3 个步骤介绍部署方法。\n\n"
        f"{zh_sentence}\n\n完成后等待 30 秒再重启服务。\n{zh_more}"
    )
    ja = (
        "# デプロイ\n\nこの節では 3 つの手順でデプロイ方法を説明します。\n\n"
        f"{ja_sentence}\n\n完了したら 30 秒待ってからサービスを再起動します。\n{ja_more}"
    )
    return zh, ja


DROPPED = [
    pytest.param(
        *_page(
            "本项目的第 2 版使用 Python 编写。",
            "本プロジェクトの第 2 版はスクリプト言語で書かれている。",
        ),
        [("XL303", "Python")],
        id="a-product-the-rules-name",
    ),
    pytest.param(
        *_page(
            "第 2 步：数据缓存在 [Redis](https://redis.io/) 中。",
            "手順 2：データはキャッシュに保存される。",
        ),
        [("XL303", "Redis")],
        id="linked-to-its-site",
    ),
    pytest.param(
        *_page(
            "第 2 步：数据缓存在 Redis 中。",
            "手順 2：データはキャッシュに保存される。",
            "\n运行 `Redis` 即可。\n",
        ),
        [("XL303", "Redis")],
        id="written-as-code-elsewhere",
    ),
    pytest.param(
        *_page("第 2 步：数据缓存在 Memcached 中。", "手順 2：データはキャッシュに保存される。"),
        [],
        id="no-evidence",
    ),
    pytest.param(
        *_page(
            "本项目的第 2 版使用 Python 编写。", "本プロジェクトの第 2 版はパイソンで書かれている。"
        ),
        [],
        id="rendered-in-katakana",
    ),
    pytest.param(
        *_page(
            "本项目的第 2 版使用 Python 编写。",
            "本プロジェクトの第 2 版はスクリプト言語で書かれている。",
            ja_more="\n詳しくは Python の公式サイトを参照。\n",
        ),
        [],
        id="said-elsewhere-on-the-other-page",
    ),
    pytest.param(
        *_page(
            "第 2 步：[Agent](https://example.com/Agent) 会调用工具。",
            "手順 2：ツールが呼び出される。",
        ),
        [],
        id="an-english-word-linked",
    ),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), DROPPED)
def test_a_latin_product_dropped_with_evidence_is_missing(tmp_path, zh, ja, expected):
    found = [f for f in page_findings(tmp_path, zh, ja) if f[0].startswith("XL3")]
    assert found == expected
