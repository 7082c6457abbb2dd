"""Terms learned across a tree of pages: listed in the report, exported into rules/ with
`xlcheck glossary export`, then matched (learn.py, compare/terms.py)."""

import json

import jsonschema
import pytest
from click.testing import CliRunner

from tests.conftest import ROOT
from xlcheck.cli import main

SCHEMA = json.loads((ROOT / "src" / "xlcheck" / "report" / "report.schema.json").read_text("utf-8"))


def write(root, files):
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def page(lang: str, topic: str, heading: str, body: str) -> str:
    intro = {
        "zh": f"# {topic}\n\n本页介绍 {topic}。\n\n",
        "ja": f"# {topic}\n\n{topic} の説明です。\n\n",
    }
    return intro[lang] + f"## {heading}\n\n{body}\n"


# Three pages whose second section is headed 调度 in Chinese and スケジューリング in
# Japanese (no character in common), with bodies that pair on their own.
TREE = {
    "zh": {
        f"{name}.md": page("zh", name, "调度", f"{name} 每 {n} 秒运行一次。")
        for n, name in ((5, "Pod"), (10, "Job"), (30, "CronJob"))
    },
    "ja": {
        f"{name}.md": page("ja", name, "スケジューリング", f"{name} は {n} 秒ごとに実行されます。")
        for n, name in ((5, "Pod"), (10, "Job"), (30, "CronJob"))
    },
}


def run(tmp_path, *args, tree=TREE):
    write(tmp_path / "zh", tree["zh"])
    write(tmp_path / "ja", tree["ja"])
    result = CliRunner().invoke(
        main, ["run", str(tmp_path / "zh"), str(tmp_path / "ja"), "-j", "1", "--fail-on",
               "never", *args],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    return result.stdout


def test_a_pair_of_headings_seen_in_several_pages_is_learned_and_listed(tmp_path):
    report = json.loads(run(tmp_path, "--format", "json"))
    jsonschema.validate(report, SCHEMA, cls=jsonschema.Draft202012Validator)
    assert report["learned_terms"] == [
        {"zh": "调度", "ja": "スケジューリング", "pages": 3, "evidence": "heading"}
    ]
    text = run(tmp_path)
    assert "Terms learned across this run" in text
    assert "调度 = スケジューリング (3 page pairs, as headings)" in text


def test_one_page_teaches_nothing(tmp_path):
    tree = {side: dict(list(files.items())[:1]) for side, files in TREE.items()}
    assert "learned_terms" not in json.loads(run(tmp_path, "--format", "json", tree=tree))


def test_the_rendering_most_pages_use_is_learned_and_a_tie_teaches_nothing(tmp_path):
    tree = {"zh": TREE["zh"], "ja": dict(TREE["ja"])}
    for name in ("Job.md", "CronJob.md"):
        tree["ja"][name] = tree["ja"][name].replace("スケジューリング", "スケジュール設定")
    report = json.loads(run(tmp_path / "majority", "--format", "json", tree=tree))
    assert report["learned_terms"] == [
        {"zh": "调度", "ja": "スケジュール設定", "pages": 2, "evidence": "heading"}
    ]
    tree["zh"]["Node.md"] = page("zh", "Node", "调度", "Node 每 60 秒运行一次。")
    tree["ja"]["Node.md"] = page(
        "ja", "Node", "スケジューリング", "Node は 60 秒ごとに実行されます。"
    )
    report = json.loads(run(tmp_path / "tie", "--format", "json", tree=tree))
    assert "learned_terms" not in report  # two pages each way: no term


def test_export_writes_the_terms_into_rules_and_the_next_run_knows_them(tmp_path, monkeypatch):
    (tmp_path / "report.json").write_text(run(tmp_path, "--format", "json"), "utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["glossary", "export", "report.json"])
    assert result.exit_code == 0, result.output
    assert result.stdout == "调度\tスケジューリング\n1 term added to rules/terms.tsv\n"
    terms = (tmp_path / "rules" / "terms.tsv").read_text("utf-8")
    assert terms.endswith("调度\tスケジューリング\tlearned from 3 page pairs (heading)\n")
    assert (tmp_path / "rules" / "severity.toml").is_file()  # a whole rules folder, read
    again = CliRunner().invoke(main, ["glossary", "export", "report.json"])
    assert again.exit_code == 0  # already there: nothing added
    assert again.stdout == "0 terms added to rules/terms.tsv\n"
    assert (tmp_path / "rules" / "terms.tsv").read_text("utf-8") == terms
    assert "learned_terms" not in json.loads(run(tmp_path, "--format", "json"))


@pytest.mark.parametrize(
    "content",
    [
        pytest.param("{", id="not-json"),
        pytest.param('{"learned_terms": [{"zh": "调度"}]}', id="a-term-without-its-fields"),
        pytest.param("[1, 2]", id="not-a-report"),
    ],
)
def test_export_of_something_else_is_a_one_line_error(tmp_path, content):
    (tmp_path / "report.json").write_text(content, "utf-8")
    result = CliRunner().invoke(
        main, ["glossary", "export", str(tmp_path / "report.json"), "--into",
               str(tmp_path / "rules" / "terms.tsv")],
    )  # fmt: skip
    assert result.exit_code == 2
    assert result.stderr.startswith("xlcheck: error: ") and result.stderr.count("\n") == 1
    assert not (tmp_path / "rules" / "terms.tsv").exists()


# Two bodies the bundled rules do not know, translated by meaning on one side only.
ZH_NAMES = "# 标准\n\n欧洲核子研究中心在 1954 年成立。\n\n参见国际标准化组织的条目。\n"
JA_NAMES = "# 標準\n\nCERN は 1954 年に設立されました。\n\nISO の記事を参照してください。\n"


@pytest.mark.parametrize(
    ("terms", "expected"),
    [
        pytest.param("", ["XL301"], id="without-terms-one-name-became-the-other"),
        pytest.param("欧洲核子研究中心\tCERN\n国际标准化组织\tISO\n", [], id="both-terms-matched"),
        # the other body, an acronym alone on the Japanese side, is not reported by itself
        pytest.param("歐洲核子研究中心\tCERN\n", [], id="traditional-zh-side"),
        pytest.param("欧洲核子研究中心\t欧州原子核研究機構|CERN\n", [], id="second-rendering"),
        pytest.param("欧洲核子研究中心\t欧州原子核研究機構\n", ["XL301"], id="rendering-absent"),
    ],
)
def test_documentation_terms_are_matched_not_reported(tmp_path, terms, expected):
    assert check_with_terms(tmp_path, terms, ZH_NAMES, JA_NAMES) == expected


def test_two_terms_of_one_sentence_are_not_one_name_changed(tmp_path):
    zh = "# 标准\n\n欧洲核子研究中心在 1954 年成立，参见国际标准化组织。\n"
    ja = "# 標準\n\nCERN は 1954 年に設立されました。ISO を参照してください。\n"
    assert check_with_terms(tmp_path, "", zh, ja) == ["XL301"]
    assert check_with_terms(tmp_path, "欧洲核子研究中心\tCERN\n国际标准化组织\tISO\n", zh, ja) == []


def check_with_terms(tmp_path, terms, zh, ja):
    import shutil

    from xlcheck.rules.data import PACKAGED

    shutil.copytree(PACKAGED, tmp_path / "rules", dirs_exist_ok=True)
    (tmp_path / "rules" / "terms.tsv").write_text(terms, "utf-8")
    write(tmp_path, {"zh.md": zh, "ja.md": ja})
    result = CliRunner().invoke(
        main, ["run", str(tmp_path / "zh.md"), str(tmp_path / "ja.md"), "--format", "json",
               "--fail-on", "never", "--rules-dir", str(tmp_path / "rules")],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    return [f["rule"] for d in report["documents"] for f in d["findings"]]
