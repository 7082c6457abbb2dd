"""Shapes of real documentation pages that are no prose, or that move sections around:
MDX comments `{/* … */}` hiding a stale section (Mintlify, Docusaurus), the ESM imports
of an MDX page published with a `.md` ending (`import DockerNotice from "…"`), and a FAQ
page whose title (`## 常见问题` over `#### 1.` … `#### 3.`) the translation drops,
writing its sections a level higher, renumbered and in another order. Each silent page
stands beside one where a real change is still reported."""

import pytest

from tests.conftest import page_findings

INTRO_ZH = "## 系统要求\n\n推荐 Python 3.12。\n\n"
INTRO_JA = "## システム要件\n\nPython 3.12 を推奨します。\n\n"

HIDDEN_ZH = """{/*
## Nvdia 50 系显卡运行要求

你需要一个针对 CUDA 12.8 或更新版本的 PyTorch，目前（2025年3月）稳定版本尚未支持。

```bash
pip install --pre torch --index-url https://download.pytorch.org/whl/nightly/cu128
```
*/}
"""

MDX_COMMENTS = [
    pytest.param(INTRO_ZH + HIDDEN_ZH, INTRO_JA, [], id="a-commented-section-with-code"),
    pytest.param(
        INTRO_ZH + "旧版本 {/* torch 2.6 */} 仍可使用。\n",
        INTRO_JA + "旧版も使えます。\n",
        [],
        id="a-comment-inside-a-paragraph",
    ),
    pytest.param(INTRO_ZH + "{/* 旧版本 torch 2.6 */}\n", INTRO_JA, [], id="a-one-line-comment"),
    pytest.param(
        INTRO_ZH + "{/*\n  旧版本 torch 2.6\n  仍可使用\n*/}\n",
        INTRO_JA,
        [],
        id="an-indented-comment",
    ),
    # what stands outside the comment is still read
    pytest.param(
        INTRO_ZH + HIDDEN_ZH + "\n推荐 CUDA 12.8。\n",
        INTRO_JA + "CUDA 13.0 を推奨します。\n",
        [("XL501", "12.8")],
        id="a-version-after-the-comment-still-compared",
    ),
    # inside code, `{/*` is code (a JSX sample), and the code after it stays code
    pytest.param(
        INTRO_ZH + "```jsx\n{/* 注释 */}\n```\n\n推荐 CUDA 12.8。\n",
        INTRO_JA + "```jsx\n{/* 注释 */}\n```\n\nCUDA 12.8 を推奨します。\n",
        [],
        id="a-comment-inside-a-code-block",
    ),
    pytest.param(
        INTRO_ZH + "用 `{/* */}` 写注释。然后推荐 CUDA 12.8。\n",
        INTRO_JA + "コメントは `{/* */}` で書きます。CUDA 13.0 を推奨します。\n",
        [("XL501", "12.8")],
        id="a-comment-sign-in-inline-code-opens-no-comment",
    ),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), MDX_COMMENTS)
def test_mdx_comments_are_no_prose(tmp_path, zh, ja, expected):
    assert page_findings(tmp_path, zh, ja) == expected


ESM = [
    pytest.param(
        'import InstallLink from "/snippets/zh/install/install-link.mdx"\n\n' + INTRO_ZH,
        'import InstallLink from "/snippets/ja/install/install-link.mdx"\n'
        'import DockerNotice from "/snippets/ja/install/docker-notice.mdx"\n\n' + INTRO_JA,
        [],
        id="imports-of-a-page-published-as-md",
    ),
    pytest.param(
        "import Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\n\n" + INTRO_ZH,
        "import Tabs from '@theme/Tabs';\n\n" + INTRO_JA,
        [],
        id="docusaurus-tabs-single-quotes",
    ),
    pytest.param(
        'import { Callout, Steps } from "nextra/components"\n\n' + INTRO_ZH,
        INTRO_JA,
        [],
        id="named-imports",
    ),
    pytest.param(
        "export const meta = { title: 'Claude 3' }\n\n" + INTRO_ZH, INTRO_JA, [], id="an-export"
    ),
    # prose that opens with the word import is prose
    pytest.param(
        INTRO_ZH + "import 之后需要运行 Gradio。\n",
        INTRO_JA + "import の後で Streamlit を実行します。\n",
        [("XL301", "Gradio")],
        id="prose-opening-with-import",
    ),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), ESM)
def test_esm_lines_of_a_markdown_page_are_no_prose(tmp_path, zh, ja, expected):
    assert page_findings(tmp_path, zh, ja) == expected


FAQ_ZH = """## 常见问题

#### **1. 启动时报错 ModuleNotFoundError**

如果你从 2.3 版本直接覆盖更新到 3.0 版本，旧的文件会被优先加载。

解决方法：保留 `userconfig` 文件夹，删除其他文件后重新下载。

#### **2. 提示 PermissionError**

如果软件被放到 `Program Files` 等文件夹，可能没有写入权限。请使用管理员权限运行。

#### **3. 找不到 LunaHost32.dll**

![img](https://example.org/img/cantstart/2.jpg)

关闭杀毒软件，然后把 `LunaHost32.dll` 添加到信任列表。
"""

JA_FIRST = """## 起動時に ModuleNotFoundError が出る

2.3 から 3.0 に上書き更新した場合、古いファイルが優先して読み込まれます。

解決方法：`userconfig` フォルダーを残し、ほかのファイルを削除して再ダウンロードしてください。

"""
JA_SECOND = """## PermissionError が表示される

ソフトウェアが `Program Files` などのフォルダーに置かれていると、書き込み権限がない場合が
あります。管理者権限で実行してください。

"""
JA_THIRD = """## LunaHost32.dll が見つからない

![img](https://example.org/img/cantstart/2.jpg)

ウイルス対策ソフトを無効にしてから、`LunaHost32.dll` を信頼リストに追加してください。

"""

TITLED = [
    pytest.param(FAQ_ZH, JA_FIRST + JA_SECOND + JA_THIRD, [], id="no-title-a-level-higher"),
    pytest.param(FAQ_ZH, JA_THIRD + JA_FIRST + JA_SECOND, [], id="moved-to-the-top"),
    pytest.param(
        FAQ_ZH.replace("####", "###"), JA_THIRD + JA_FIRST + JA_SECOND, [], id="moved-third-level"
    ),
    # a stale page: the first question is missing, the third moved up; one finding, the
    # section it lacks (with the title it lacks too)
    pytest.param(FAQ_ZH, JA_THIRD + JA_SECOND, [("XL004", "常见问题")], id="moved-and-one-lacking"),
    pytest.param(
        FAQ_ZH,
        JA_THIRD + JA_FIRST.replace("ModuleNotFoundError", "ImportError") + JA_SECOND,
        [("XL301", "ModuleNotFoundError")],
        id="moved-and-a-name-changed",
    ),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), TITLED)
def test_sections_under_a_title_the_translation_drops(tmp_path, zh, ja, expected):
    assert page_findings(tmp_path, zh, ja) == expected


ATTRIBUTES = [
    pytest.param(
        "![parser](/image/config/parser.png){width=500}{class=ab-shadow-card}\n\n解析器设置。\n",
        "![parser](/image/config/parser.png){width=700}{class=ab-shadow-card}\n\nパーサーの設定。\n",
        [],
        id="width-and-class-after-an-image",
    ),
    pytest.param(
        '![图](a.png){#fig-1 width="80%"} 显示 3 个步骤。\n',
        '![図](a.png){#fig-1 width="60%"} は 3 つの手順を示します。\n',
        [],
        id="id-and-quoted-width",
    ),
    pytest.param(
        "[下载](https://example.org/dl){.button} 版本 2.1。\n",
        "[ダウンロード](https://example.org/dl){.button} バージョン 2.1。\n",
        [],
        id="a-class-after-a-link",
    ),
    # the prose after the attributes is read, and braces in prose are prose
    pytest.param(
        "![parser](/p.png){width=500} 最多 3 个解析器。\n",
        "![parser](/p.png){width=500} パーサーは最大 4 つ。\n",
        [("XL101", "最多 3 个")],
        id="prose-after-the-attributes",
    ),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), ATTRIBUTES)
def test_attribute_lists_after_images_and_links_are_no_prose(tmp_path, zh, ja, expected):
    assert page_findings(tmp_path, zh, ja) == expected
