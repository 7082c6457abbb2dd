"""A placeholder in double braces inside a command: what the reader types, in the page's words.

Command pages (tldr-pages and the sites built on its syntax) mark the value a reader
supplies as `{{…}}`: `apt install {{package}}`, `tar cf {{target.tar}} {{file1 file2}}`. A
translation writes the placeholder in its own language (`{{パッケージ}}`, `{{目标文件.tar}}`),
words it otherwise (`{{路径/到/文件}}` against `{{ファイルへのパス}}`), or splits one into
several (`{{路径/到/文件1 路径/到/文件2 ...}}` against `{{ファイル1}} {{ファイル2}}`): the
command is the same. What stays code: the command and its options outside the braces,
a file ending written inside them (`{{目标文件.tar.gz}}` is a .tar.gz file), and a
placeholder both sides write in Latin letters (`{{*.html}}`, a template's `{{ .Values.x }}`).
"""

from __future__ import annotations

import pytest

from tests.conftest import page_findings
from xlcheck.compare.identifiers import spelled_alike

SAME = [
    # one placeholder, English against Japanese or Chinese
    ("apt search {{package}}", "apt search {{パッケージ}}"),
    ("apt search {{package}}", "apt search {{软件包}}"),
    ("sudo dnf install {{包名}}", "sudo dnf install {{パッケージ名}}"),
    # worded otherwise, a path in the placeholder
    ("cd {{路径/到/目录}}", "cd {{ディレクトリへのパス}}"),
    (
        "tar czf {{a.tar.gz}} --directory={{路径/到/目录}} .",
        "tar czf {{a.tar.gz}} --directory={{ディレクトリへの相対パス}} .",
    ),
    # the file ending kept inside translated words
    ("tar cf {{目标文件.tar}} {{文件}}", "tar cf {{出力ファイル名.tar}} {{ファイル}}"),
    # one placeholder of several values against several placeholders
    (
        "tar cf {{目标.tar}} {{路径/到/文件1 路径/到/文件2 ...}}",
        "tar cf {{出力.tar}} {{ファイル1}} {{ファイル2}} {{ファイル3}}",
    ),
    ("rm {{file1 file2 ...}}", "rm {{ファイル1}} {{ファイル2}}"),
    ("cp {{源文件}} {{目标文件}}", "cp {{コピー元}} {{コピー先}}"),
    ("tail -n {{10}} {{路径/到/文件}}", "tail -n {{10}} {{ファイルへのパス}}"),
    # spaced inside the braces
    ("git commit -m {{ 提交信息 }}", "git commit -m {{ コミットメッセージ }}"),
    # a Japanese page against a Chinese one (the reverse direction)
    ("ping -c {{回数}} {{ホスト}}", "ping -c {{次数}} {{主机}}"),
    # a placeholder of a colon's parts, or a path, in English (session 29's held-out
    # tldr pages)
    ("docker run {{image:tag}} {{command}}", "docker run {{イメージ:タグ}} {{コマンド}}"),
    (
        "docker run --volume {{/path/to/host_path}}:{{/path/to/container_path}} {{image}}",
        "docker run --volume {{ホストへのパス}}:{{コンテナへのパス}} {{イメージ}}",
    ),
    ("cd {{~/projects}}", "cd {{プロジェクトのディレクトリ}}"),
    ("cd {{./src}}", "cd {{源码目录}}"),
    # tldr-pages' alternatives of one option ({{[-c|--codec]}}): either form, on either page
    (
        "ffmpeg -i {{path/to/input_video}}.mkv {{[-c|-codec]}} copy {{path/to/output_video}}.mp4",
        "ffmpeg -i {{path/to/input_video}}.mkv -codec copy {{path/to/output_video}}.mp4",
    ),
    (
        "ffmpeg -i {{path/to/video.mp4}} {{[-vf|-filter:v]}} 'scale=-1:{{1000}}' {{out.gif}}",
        "ffmpeg -i {{path/to/video.mp4}} -vf 'scale=-1:{{1000}}' {{out.gif}}",
    ),
    ("curl {{[-s|--silent]}} {{https://example.com}}", "curl -s {{https://example.com}}"),
    (
        "tar {{[-x|--extract]}} {{[-f|--file]}} {{源文件.tar}}",
        "tar --extract -f {{入力ファイル.tar}}",
    ),
]

CHANGED = [
    # the command around the placeholder differs
    ("apt search {{package}}", "apt show {{パッケージ}}"),
    ("sudo apt remove {{package}}", "sudo apt purge {{パッケージ}}"),
    # an option added
    ("tar xf {{源文件.tar}}", "tar xzf {{入力ファイル名.tar}}"),
    # another file ending inside the braces
    ("tar cf {{目标文件.tar}}", "tar cf {{出力ファイル名.tar.gz}}"),
    # a stray quote, the placeholders the same
    (
        'tar xf {{源文件.tar}} --wildcards "{{*.html}}""',
        'tar xf {{入力ファイル名.tar}} --wildcards "{{*.html}}"',
    ),
    # (reread item 5) a value in braces is no word: digits stay as written
    ("tail -n {{10}} {{路径/到/文件}}", "tail -n {{20}} {{ファイルへのパス}}"),
    ("chmod {{755}} {{路径/到/文件}}", "chmod {{644}} {{ファイル}}"),
    ("docker run -p {{8080}}:{{80}} {{镜像}}", "docker run -p {{8000}}:{{80}} {{イメージ}}"),
    # two placeholders side by side that are no list are not one
    ("cp {{源文件}} {{目标文件}}", "cp {{コピー元}}"),
    ("mv {{旧名称}} {{新名称}}", "mv {{ファイル1}} {{ファイル2}} {{ファイル3}}"),
    # both in Latin letters: a template's expression, not a placeholder in words
    ("helm get {{ .Values.name }}", "helm get {{ .Values.image }}"),
    ("apt search {{package}}", "apt search {{pkg}}"),
    # the code around a path placeholder differs
    ("docker run --volume {{/path/to/host}}:{{/path/to/container}}",
     "docker run --mount {{ホストへのパス}}:{{コンテナへのパス}}"),
    ("docker run {{image:tag}}", "docker pull {{イメージ:タグ}}"),
    # another option than the alternatives name
    ("curl {{[-s|--silent]}} {{https://example.com}}", "curl -v {{https://example.com}}"),
    ("ffmpeg {{[-c|-codec]}} copy {{out.mp4}}", "ffmpeg -codec:v copy {{out.mp4}}"),
]


@pytest.mark.parametrize(("original", "translation"), SAME)
def test_translated_placeholders_are_one_command(original, translation):
    assert spelled_alike(original, translation) or spelled_alike(translation, original)


@pytest.mark.parametrize(("original", "translation"), CHANGED)
def test_the_code_around_still_counts(original, translation):
    assert not spelled_alike(original, translation)
    assert not spelled_alike(translation, original)


PAGES = [
    pytest.param(
        "- 搜索给定的包：\n\n`apt search {{package}}`\n",
        "- 指定されたパッケージの検索:\n\n`apt search {{パッケージ}}`\n",
        [],
        id="tldr-entry-faithful",
    ),
    pytest.param(
        "- 打包多个文件：\n\n`zip {{归档.zip}} {{文件1 文件2 ...}}`\n",
        "- 複数を圧縮:\n\n`zip {{アーカイブ.zip}} {{ファイル1}} {{ファイル2}}`\n",
        [],
        id="tldr-entry-split-placeholder",
    ),
    # the description of one page writes a command the other's does not: the commands are
    # still one, whichever sentence the alignment put them beside
    pytest.param(
        "- 卸载软件（加`-y`则不再确认）：\n\n`sudo dnf remove {{package}}`\n",
        "- ソフトウェアのアンインストール（`sudo dnf remove -y`で確認を省略）:\n\n"
        "`sudo dnf remove {{パッケージ}}`\n",
        [],
        id="tldr-command-in-the-description",
    ),
    pytest.param(
        "- 搜索给定的包：\n\n`apt search {{package}}`\n",
        "- 指定されたパッケージの検索:\n\n`apt-cache search {{パッケージ}}`\n",
        [("XL511", "apt search {{package}}")],
        id="tldr-entry-command-changed",
    ),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), PAGES)
def test_command_pages(tmp_path, zh, ja, expected):
    assert page_findings(tmp_path, zh, ja) == expected
