"""The bench scripts time only commands that succeeded.

bench/run.py once printed 0.04 s for `xlcheck run` when the command could not even start
(Python's `-m` exits 1 for a module it cannot find, which the bench took for "findings").
A failed command must stop the bench with its error, never become a figure.
"""

from __future__ import annotations

import importlib.util
import sys

import pytest

from tests.conftest import ROOT


def bench_module(name: str):
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


FAILING = [
    pytest.param([sys.executable, "-m", "no_such_module_of_xlcheck"], id="module-not-found"),
    pytest.param([sys.executable, "-c", "import sys; sys.exit(1)"], id="exit-1"),
    pytest.param([sys.executable, "-c", "raise SystemExit(2)"], id="exit-2"),
    pytest.param(["no-such-command-of-xlcheck"], id="command-not-installed"),
]


@pytest.mark.parametrize("command", FAILING)
@pytest.mark.parametrize("script,timer", [("run", "timed"), ("speed", "measure")])
def test_a_failed_command_stops_the_bench(script, timer, command):
    time_it = getattr(bench_module(script), timer)
    with pytest.raises(SystemExit) as stopped:
        time_it(command)
    assert "nothing timed" in str(stopped.value)


@pytest.mark.parametrize("script,timer", [("run", "timed"), ("speed", "measure")])
def test_a_command_that_succeeds_is_timed(script, timer):
    figures = getattr(bench_module(script), timer)([sys.executable, "-c", "pass"])
    wall, cpu = figures[:2]
    assert wall > 0 and cpu >= 0


# The accuracy harnesses on a few pairs: they read the code and rules they measure, so a
# change of either can leave them unable to start (perturb_names.py once imported a
# function the structure issue had removed, and failed only when someone measured).
FEW_PAIRS = "\n".join(
    [
        "id\tzh\tja",
        "p-1\t汤姆昨天在东京买了3本书。\tトムは昨日東京で本を3冊買った。",
        "p-2\t张伟2019年去了北京。\t張偉は2019年に北京へ行った。",
        "p-3\t玛丽有两个孩子。\tメアリーには子供が二人いる。",
        "p-4\t阿里巴巴在杭州成立。\tアリババは杭州で設立された。",
    ]
)


@pytest.mark.parametrize(
    "script,header",
    [
        ("perturb_numbers", "right relation"),
        ("perturb_relations", "right relation"),
        ("perturb_names", "unchanged pairs with an entity finding"),
    ],
)
def test_the_accuracy_harnesses_run(script, header, tmp_path):
    import subprocess

    pairs = tmp_path / "pairs.tsv"
    pairs.write_text(FEW_PAIRS + "\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / f"{script}.py"), str(pairs), "--half", "all"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert header in done.stdout


def test_number_date_findings_lists_the_flagged_pairs(tmp_path):
    """The review lists of issue 12 read a TSV of pairs (once broken when load_pairs began
    to stream a TSV as a segment file): a changed pair is listed, faithful ones are not."""
    import subprocess

    pairs = tmp_path / "pairs.tsv"
    pairs.write_text(FEW_PAIRS + "\np-5\t他有两个孩子。\t彼には子供が3人いる。\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "number_date_findings.py"), str(pairs)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("5 pairs; 4 with a number or date on both sides; 1 of those")
    assert "p-5 | 他有两个孩子。" in done.stdout
    assert "p-1 |" not in done.stdout
    script = str(ROOT / "bench" / "number_date_findings.py")
    odd = subprocess.run(
        [sys.executable, script, str(pairs), "--half", "even"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert odd.stdout.startswith("2 pairs;"), odd.stderr[-2000:]


def run_perturb_names(tmp_path, *extra):
    import subprocess

    pairs = tmp_path / "pairs.tsv"
    pairs.write_text(FEW_PAIRS + "\n", encoding="utf-8")
    return subprocess.run(
        [sys.executable, str(ROOT / "bench" / "perturb_names.py"), str(pairs), *extra],
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_perturb_names_reads_a_vague_file_as_its_own_row(tmp_path):
    phrases = tmp_path / "phrases.tsv"
    phrases.write_text(
        "# someone else's list\nperson\t近所の老人\n\nplace\tとある漁港\norganisation\t某商店\n",
        encoding="utf-8",
    )
    done = run_perturb_names(tmp_path, "--vague-file", str(phrases))
    assert done.returncode == 0, done.stderr[-2000:]
    assert "| file (anonymized) |" in done.stdout


def test_perturb_names_perturbs_the_chinese_side_with_company_phrases(tmp_path):
    phrases = tmp_path / "phrases.tsv"
    phrases.write_text(
        "person\t几位学者\nplace\t周边地区\norganisation\t院方\ncompany\t一家国企\n",
        encoding="utf-8",
    )
    done = run_perturb_names(tmp_path, "--direction", "ja-zh", "--vague-file", str(phrases))
    assert done.returncode == 0, done.stderr[-2000:]
    assert "| swap (mismatch) |" in done.stdout and "| file (anonymized) |" in done.stdout
    assert "| vague (anonymized) |" not in done.stdout  # Japanese phrases: zh-ja only


@pytest.mark.parametrize(
    "content,said",
    [
        pytest.param(
            "person\t近所の老人\nplace\tとある漁港\n", "no phrase of type", id="type-absent"
        ),
        pytest.param("people\t近所の老人\n", "phrases.tsv:1", id="unknown-type"),
        pytest.param("person 近所の老人\n", "phrases.tsv:1", id="no-tab"),
    ],
)
def test_perturb_names_refuses_a_bad_vague_file(tmp_path, content, said):
    phrases = tmp_path / "phrases.tsv"
    phrases.write_text(content, encoding="utf-8")
    done = run_perturb_names(tmp_path, "--vague-file", str(phrases))
    assert done.returncode != 0 and said in done.stderr


# perturb_relations.py writes each kind of change in the translation's own words; a change
# that is no change (the same unit under another name, a day of the month read as a bound)
# would count against xlcheck for nothing.
# fmt: off
RELATION_CHANGES = [
    pytest.param(
        "bound", "ja", "参加者は100人以上だった。", "参加者は100人以下だった。", id="ja-suffix"
    ),
    pytest.param("bound", "zh", "参加者超过100人。", "参加者不到100人。", id="zh-prefix"),
    pytest.param("bound", "ja", "会議は5月3日に開かれる。", None, id="no-bound"),
    pytest.param("weekday", "zh", "每周三次。", None, id="zh-weekly-count-no-weekday"),
    pytest.param("era-right", "ja", "2011年に完成した。", "平成23年に完成した。", id="era-right"),
    pytest.param("era-right", "ja", "2019年に完成した。", None, id="era-boundary-year"),
    pytest.param("many", "zh", "考试时间为两个半小时。", None, id="zh-half-stays"),
]
# fmt: on


@pytest.mark.parametrize("kind,lang,text,expected", RELATION_CHANGES)
def test_perturb_relations_writes_a_real_change(kind, lang, text, expected):
    import random

    perturb = bench_module("perturb_relations").PERTURBATIONS[kind]
    for seed in range(8):
        result = perturb(text, random.Random(seed), lang, ())
        assert (result and result[0]) == expected


@pytest.mark.parametrize("text", ["体重は80キロだ。", "体重は80kgだ。", "这本书50元。"])
def test_perturb_relations_swaps_a_unit_for_another_size(text):
    import random

    module = bench_module("perturb_relations")
    for seed in range(12):
        changed, _ = module.swap_unit(text, random.Random(seed), "zh" if "书" in text else "ja", ())
        figure = "80" if "80" in text else "50"
        unit = changed[changed.index(figure) + 2 :]
        assert not any(unit.startswith(same) for same in ("キログラム", "キロ", "kg", "块"))


def test_the_speed_scripts_name_the_code_and_rules_they_measure(tmp_path, monkeypatch):
    """run.py and speed.py give every timed run its rules folder (by default the one shipped
    with the xlcheck the runs import, never ./rules of the working directory), write the
    package's bytecode before timing, and say which code and rules they measured."""
    measured = bench_module("measured")
    compiled = []
    monkeypatch.setattr(measured.compileall, "compile_dir", lambda d, **k: compiled.append(d))
    package, folder = measured.measured(None)
    assert (package / "__init__.py").is_file() and compiled == [package]
    assert folder == (package / "_rules").resolve() and (folder / "severity.toml").is_file()
    assert measured.rules_arguments(folder) == ["--rules-dir", str(folder)]
    assert measured.describe(package, folder) == f"code: {package}; rules: {folder}"
    assert measured.measured(str(folder))[1] == folder
    with pytest.raises(SystemExit, match="no rules folder"):
        measured.measured(str(tmp_path))
