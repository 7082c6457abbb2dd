"""Documentation trees: two folders paired page by page, by relative path."""

import json

import pytest
from click.testing import CliRunner

from xlcheck.cli import main
from xlcheck.load.tree import DEFAULT_EXCLUDE, matches

ZH_PAGE = "# 安装\n\n需要 Kubernetes v1.29 及更高版本，运行 `kubeadm init` 即可。\n"
JA_PAGE = "# インストール\n\nKubernetes v1.29 以降が必要です。`kubeadm init` を実行します。\n"
JA_OLD = "# インストール\n\nKubernetes v1.21 以降が必要です。`kubeadm init` を実行します。\n"


def write(root, files):
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def run_json(tmp_path, *args):
    result = CliRunner().invoke(
        main, ["run", str(tmp_path / "zh"), str(tmp_path / "ja"), "--format", "json", "-j", "1",
               "--fail-on", "never", *args],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def rules_by_document(report):
    return {d["id"]: sorted(f["rule"] for f in d["findings"]) for d in report["documents"]}


def test_pages_pair_by_relative_path_and_one_sided_pages_are_one_finding(tmp_path):
    # (names without a language tag: only-zh.md and only-ja.md would be one page in each
    # language, test_pages_pair_by_their_paths_without_language_tags)
    write(tmp_path / "zh", {"setup/install.md": ZH_PAGE, "faq.md": ZH_PAGE})
    write(tmp_path / "ja", {"setup/install.md": JA_OLD, "changelog.md": JA_PAGE})
    report = run_json(tmp_path)
    assert rules_by_document(report) == {
        "changelog.md": ["XL007"],
        "faq.md": ["XL006"],
        "setup/install.md": ["XL501"],
    }


# Pages whose paths name their language (a translation tree inside each language's tree,
# docs/zh/… and docs/ja/…; a file named for its language, README.zh-cn.md and
# README.ja.md): the paths are the same with the language tags aside, and each such
# page is paired when it is the only one of its path on each side.
TAGGED = [
    pytest.param({"docs/zh/docs/versions.md": ZH_PAGE}, {"docs/ja/docs/versions.md": JA_OLD},
                 {"docs/zh/docs/versions.md": ["XL501"]}, id="a-tag-folder"),
    pytest.param({"intro/README.zh-cn.md": ZH_PAGE}, {"intro/README.ja.md": JA_PAGE},
                 {"intro/README.zh-cn.md": []}, id="a-tag-before-the-ending"),
    pytest.param({"source/zh-CN/docs/index.md": ZH_PAGE}, {"source/ja/docs/index.md": JA_PAGE},
                 {"source/zh-CN/docs/index.md": []}, id="a-tag-in-capitals"),
    pytest.param({"code_of_conduct_zh_CN.md": ZH_PAGE}, {"code_of_conduct_ja.md": JA_PAGE},
                 {"code_of_conduct_zh_CN.md": []}, id="a-tag-after-an-underscore"),
    # the same path kept wins; another page is another page
    pytest.param({"a/zh.md": ZH_PAGE, "a/ja.md": ZH_PAGE}, {"a/ja.md": JA_PAGE},
                 {"a/ja.md": [], "a/zh.md": ["XL006"]}, id="the-same-path-first"),
    pytest.param({"docs/zh/setup.md": ZH_PAGE}, {"docs/ja/install.md": JA_PAGE},
                 {"docs/ja/install.md": ["XL007"], "docs/zh/setup.md": ["XL006"]},
                 id="another-page"),
]  # fmt: skip


@pytest.mark.parametrize(("zh", "ja", "expected"), TAGGED)
def test_pages_pair_by_their_paths_without_language_tags(tmp_path, zh, ja, expected):
    write(tmp_path / "zh", zh)
    write(tmp_path / "ja", ja)
    assert rules_by_document(run_json(tmp_path)) == expected


def test_a_faithful_tree_has_no_finding(tmp_path):
    write(tmp_path / "zh", {"a/install.md": ZH_PAGE, "b.md": ZH_PAGE})
    write(tmp_path / "ja", {"a/install.md": JA_PAGE, "b.md": JA_PAGE})
    assert rules_by_document(run_json(tmp_path)) == {"a/install.md": [], "b.md": []}


def test_configuration_globs_select_pages(tmp_path, monkeypatch):
    write(tmp_path / "zh", {"docs/a.md": ZH_PAGE, "drafts/b.md": ZH_PAGE})
    write(tmp_path / "ja", {"docs/a.md": JA_PAGE})
    (tmp_path / "xlcheck.toml").write_text(
        'paths = ["zh", "ja"]\ninclude = ["docs/**"]\nexclude = ["drafts/**"]\n', "utf-8"
    )
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["run", "--format", "json", "-j", "1"])
    assert result.exit_code == 0, result.output
    assert rules_by_document(json.loads(result.stdout)) == {"docs/a.md": []}


# (relative path, include, exclude, selected)
GLOBS = [
    pytest.param("a.md", ("**",), (), True, id="everything"),
    pytest.param("docs/a/b.md", ("docs/**",), (), True, id="folder-glob"),
    pytest.param("blog/a.md", ("docs/**",), (), False, id="outside-folder-glob"),
    pytest.param("a.md", ("**/*.md",), (), True, id="double-star-matches-no-folder"),
    pytest.param("x/y/a.md", ("**/*.md",), (), True, id="double-star-matches-folders"),
    pytest.param("docs/_index.md", ("**",), ("**/_index.md",), False, id="excluded-name"),
    pytest.param(".git/a.md", ("**",), DEFAULT_EXCLUDE, False, id="hidden-folder-default"),
    pytest.param("x/.cache/a.md", ("**",), DEFAULT_EXCLUDE, False, id="nested-hidden-folder"),
]


@pytest.mark.parametrize(("relative", "include", "exclude", "selected"), GLOBS)
def test_globs(relative, include, exclude, selected):
    assert matches(relative, include, exclude) is selected


def test_the_json_report_of_a_tree_follows_the_schema(tmp_path):
    import jsonschema

    from tests.conftest import ROOT

    schema = json.loads((ROOT / "src/xlcheck/report/report.schema.json").read_text("utf-8"))
    zh = "# 安装\n\n需要 v1.29。运行 `kubeadm init` 即可。\n\n## 升级\n\n需要 30 分钟。\n"
    write(tmp_path / "zh", {"a.md": zh, "only-zh.md": ZH_PAGE})
    write(tmp_path / "ja", {"a.md": JA_OLD.replace("kubeadm init", "kubeadm join")})
    report = run_json(tmp_path)
    jsonschema.validate(report, schema, cls=jsonschema.Draft202012Validator)
    kinds = {f["kind"] for d in report["documents"] for f in d["findings"]}
    assert {"page", "section", "version", "identifier"} <= kinds


def test_the_text_report_names_each_page_by_its_path_in_the_tree(tmp_path):
    write(tmp_path / "zh", {"a/index.md": ZH_PAGE, "b/index.md": ZH_PAGE})
    write(tmp_path / "ja", {"a/index.md": JA_OLD, "b/index.md": JA_PAGE})
    result = CliRunner().invoke(
        main, ["run", str(tmp_path / "zh"), str(tmp_path / "ja"), "-j", "1", "--fail-on", "never"]
    )
    assert result.exit_code == 0, result.output
    assert "== a/index.md" in result.output
    assert "== b/index.md" in result.output


def test_every_version_bound_the_model_writes_is_one_the_schema_allows(tmp_path):
    """A bound new to the model (ja から: "from", session 14) must reach the published
    schema too, or a report that holds it fails validation."""
    import jsonschema

    from tests.conftest import ROOT
    from xlcheck.model import _BOUND_WORDS

    schema = json.loads((ROOT / "src/xlcheck/report/report.schema.json").read_text("utf-8"))
    enums = []

    def walk(node):
        if isinstance(node, dict):
            if "bound" in node and isinstance(node["bound"], dict) and "enum" in node["bound"]:
                enums.append(set(node["bound"]["enum"]))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(schema)
    assert enums and all(set(_BOUND_WORDS) <= enum for enum in enums)
    write(tmp_path / "zh", {"a.md": "# 更新\n\n从 v2.0 开始支持此功能。\n"})
    write(tmp_path / "ja", {"a.md": "# 更新\n\nこの機能は v2.1 から対応しています。\n"})
    report = run_json(tmp_path)
    bounds = {
        side["value"].get("bound")
        for d in report["documents"] for f in d["findings"]
        for side in (f["source"], f["target"]) if side and isinstance(side.get("value"), dict)
    }  # fmt: skip
    assert "from" in bounds
    jsonschema.validate(report, schema, cls=jsonschema.Draft202012Validator)
