"""The fault table: hostile input, unlucky options and neighbours on the machine.

Each row sets up a folder, runs `xlcheck` in it as a separate process and asserts what a
CI gate relies on (tests/fault_harness.py): the exit status (0/1 for findings, 2 for
anything else), exactly one line on stderr (`xlcheck: error: ...`) or none, no traceback,
every file that was not named as an output unchanged (by hash), no stray temporary file,
and no process of the run left alive. The table grows with every bug: add a row first,
then fix. Here: outputs, caches, paths from data files, input kinds and errors; text and
XML in test_faults_input.py; signals, workers and time in test_faults_processes.py.
"""

from __future__ import annotations

import marshal
from collections.abc import Callable
from pathlib import Path

import jieba
import pytest

from tests.fault_harness import (
    BASELINE,
    CONTROL_TSV,
    FIFO,
    Case,
    Symlink,
    check_case,
    corpus,
    pairs,
)
from xlcheck.extract.zh.dictionary import dictionary_cache_name

OUTPUT_CASES = [
    Case(
        "baseline-over-the-pairs",
        ["run", "p.tsv", "--write-baseline", "p.tsv"],
        2,
        "p.tsv: is an input of this run; choose another path for the output",
        pairs(),
    ),
    Case(
        "report-over-meta.toml",
        ["run", "c/a", "-o", "c/a/meta.toml"],
        2,
        "c/a/meta.toml: is an input of this run; choose another path for the output",
        corpus(),
    ),
    Case(
        "report-over-a-corpus-file",
        ["run", "c", "-o", "c/a/ja.txt"],
        2,
        "c/a/ja.txt: is an input of this run; choose another path for the output",
        corpus(),
    ),
    Case(
        "report-over-the-baseline-read",
        ["run", "p.tsv", "--baseline", "b.json", "--format", "json", "-o", "b.json"],
        2,
        "b.json: is an input of this run; choose another path for the output",
        pairs(**{"b.json": BASELINE}),
    ),
    Case(
        "report-over-the-glossary",
        ["run", "p.tsv", "--rules-dir", "rules", "-o", "rules/glossary.tsv"],
        2,
        "rules/glossary.tsv: is an input of this run; choose another path for the output",
        pairs(),
    ),
    Case(
        "report-over-the-waivers",
        ["run", "p.tsv", "--rules-dir", "rules", "-o", "rules/waivers.toml"],
        2,
        "rules/waivers.toml: is an input of this run; choose another path for the output",
        pairs(),
    ),
    Case(
        "report-over-xlcheck.toml",
        ["run", "p.tsv", "-o", "xlcheck.toml"],
        2,
        "xlcheck.toml: is an input of this run; choose another path for the output",
        pairs(**{"xlcheck.toml": 'fail_on = "error"\n'}),
    ),
    Case(
        "report-through-a-symlink-to-the-pairs",
        ["run", "p.tsv", "-o", "link.txt"],
        2,
        "link.txt: is an input of this run; choose another path for the output",
        pairs(**{"link.txt": Symlink("p.tsv")}),
    ),
    Case(
        "report-onto-a-device",
        ["run", "p.tsv", "-o", "null"],
        2,
        "null: is a character device, not a regular file; name a file",
        pairs(null=Symlink("/dev/null")),
    ),
    Case(
        "report-onto-a-fifo",
        ["run", "p.tsv", "-o", "fifo"],
        2,
        "fifo: is a FIFO, not a regular file; name a file",
        pairs(fifo=FIFO),
        timeout=30,
    ),
    Case(
        "report-into-a-missing-folder",
        ["run", "p.tsv", "--format", "json", "-o", "nowhere/r.json"],
        2,
        "nowhere/r.json: folder 'nowhere' does not exist; create it first",
        pairs(),
    ),
    Case(
        "baseline-into-a-missing-folder",
        ["run", "p.tsv", "--write-baseline", "nowhere/b.json"],
        2,
        "nowhere/b.json: folder 'nowhere' does not exist; create it first",
        pairs(),
    ),
    Case(
        "baseline-and-report-one-file",
        ["run", "p.tsv", "--format", "json", "-o", "r.json", "--write-baseline", "r.json"],
        2,
        "r.json: the baseline and a report would be written to the same file",
        pairs(),
    ),
    Case(
        "report-and-baseline-written",
        ["run", "p.tsv", "--format", "json", "-o", "r.json", "--write-baseline", "b.json"],
        0,
        None,
        pairs(),
        outputs=("r.json", "b.json"),
    ),
]

ANONYMISED_TSV = "id\tzh\tja\nr1\t总部在朝阳区。\t本社はある地区にある。\n"
JIEBA_DICTIONARY = str(Path(jieba.__file__).parent / "dict.txt")
CACHE_NAME = dictionary_cache_name(JIEBA_DICTIONARY)

REGEX_CACHE = "xdg/xlcheck/regex-"  # the compiled patterns (xlcheck/regexes.py)
# the other files a run keeps there: what pre-checked patterns open on (regexes.py), and
# the Korean reading table (rules/korean.py)
OTHER_CACHES = ("xdg/xlcheck/openings-regex-", "xdg/xlcheck/korean-")
CACHE_CASES = [
    Case(
        "jieba-cache-planted-in-the-shared-tmp",
        ["run", "a.tsv", "--fail-on", "warning"],
        1,
        None,
        {"a.tsv": ANONYMISED_TSV, "shared/jieba.cache": marshal.dumps(({}, 0))},
        outputs=("xdg/",),
        env={"TMPDIR": "{t}/shared", "XDG_CACHE_HOME": "{t}/xdg"},
        stdout_has="XL302",
    ),
    Case(
        "cache-name-a-symlink-to-a-root-file",
        ["run", "a.tsv", "--fail-on", "warning"],
        1,
        None,
        {
            "a.tsv": ANONYMISED_TSV,
            "secret": "root only\n",
            f"xdg/xlcheck/{CACHE_NAME}": Symlink("../../secret"),
        },
        outputs=(f"xdg/xlcheck/{CACHE_NAME}", REGEX_CACHE, *OTHER_CACHES),
        env={"XDG_CACHE_HOME": "{t}/xdg"},
        stdout_has="XL302",
    ),
    Case(
        "cache-file-of-garbage",
        ["run", "a.tsv", "--fail-on", "warning"],
        1,
        None,
        {"a.tsv": ANONYMISED_TSV, f"xdg/xlcheck/{CACHE_NAME}": b"\x00" * 1000},
        outputs=(f"xdg/xlcheck/{CACHE_NAME}", REGEX_CACHE, *OTHER_CACHES),
        env={"XDG_CACHE_HOME": "{t}/xdg"},
        stdout_has="XL302",
    ),
]

OUTSIDE = "leads outside the pair's folder; name a file outside it on the command line"
PATH_CASES = [
    Case(
        "meta.toml-names-a-file-up-the-tree",
        ["run", "c", "--format", "html", "-o", "r.html"],
        2,
        f"c/a/meta.toml: source file '../../secret.txt' {OUTSIDE}",
        corpus(zh="../../secret.txt", **{"secret.txt": "机密6131家。\n"}),
    ),
    Case(
        "meta.toml-names-an-absolute-path",
        ["run", "c"],
        2,
        f"c/a/meta.toml: target file '/etc/hostname' {OUTSIDE}",
        corpus(ja="/etc/hostname"),
    ),
    Case(
        "meta.toml-names-a-symlink-out-of-the-folder",
        ["run", "c"],
        2,
        f"c/a/meta.toml: source file 'out.txt' {OUTSIDE}",
        corpus(
            zh="out.txt", **{"secret.txt": "机密\n", "c/a/out.txt": Symlink("../../secret.txt")}
        ),
    ),
    Case(
        "a-file-outside-named-on-the-command-line-is-read",
        ["run", "secret.txt", "c/a/ja.txt"],
        0,
        None,
        corpus(**{"secret.txt": "北京有6131家公司。\n"}),
    ),
    Case(
        "xlcheck.toml-paths-outside-the-project",
        ["run"],
        2,
        "xlcheck.toml: paths '../../etc/passwd' leads outside the project folder; "
        "name a file outside it on the command line",
        {"xlcheck.toml": 'paths = ["../../etc/passwd"]\n'},
    ),
    Case(
        "xlcheck.toml-rules-dir-outside-the-project",
        ["run", "p.tsv"],
        2,
        "xlcheck.toml: rules_dir '/etc' leads outside the project folder; "
        "name a file outside it on the command line",
        pairs(**{"xlcheck.toml": 'rules_dir = "/etc"\n'}),
    ),
    Case(
        "glossary-a-symlink-out-of-the-rules-folder",
        ["run", "p.tsv"],
        2,
        "rules/glossary.tsv: rule file 'glossary.tsv' leads outside the rules folder; "
        "copy the file into the folder",
        pairs(**{"secret.tsv": "机密\t秘密\n", "rules/glossary.tsv": Symlink("../secret.tsv")}),
    ),
    Case(
        "name-rules-a-symlink-out-of-the-rules-folder",
        ["run", "p.tsv"],
        2,
        "rules/ja/names.toml: rule file 'names.toml' leads outside the rules folder; "
        "copy the file into the folder",
        pairs(
            **{
                "secret.toml": 'titles = ["机密"]\n',
                "rules/ja/names.toml": Symlink("../../secret.toml"),
            }
        ),
    ),
    Case(
        "input-a-fifo",
        ["run", "in.tsv"],
        2,
        "in.tsv: is a FIFO, expected a regular file",
        {"in.tsv": FIFO},
        timeout=30,
    ),
    Case(
        "input-a-symlink-to-dev-zero",
        ["run", "zero.tsv"],
        2,
        "zero.tsv: is a character device, expected a regular file",
        {"zero.tsv": Symlink("/dev/zero")},
        timeout=30,
    ),
    Case(
        "text-input-a-fifo",
        ["run", "zh.txt", "ja.txt"],
        2,
        "zh.txt: is a FIFO, expected a regular file",
        {"zh.txt": FIFO, "ja.txt": "北京。\n"},
        timeout=30,
    ),
    Case(
        "glossary-a-fifo",
        ["run", "p.tsv"],
        2,
        "rules/glossary.tsv: is a FIFO, expected a regular file",
        pairs(**{"rules/glossary.tsv": FIFO}),
        timeout=30,
    ),
    Case(
        "baseline-a-folder",
        ["run", "p.tsv"],
        2,
        "b: is a directory, expected a file",
        pairs(**{"xlcheck.toml": 'baseline = "b"\n', "b/x": ""}),
    ),
    Case(
        "baseline-dot",
        ["run", "p.tsv"],
        2,
        ".: is a directory, expected a file",
        pairs(**{"xlcheck.toml": 'baseline = "."\n'}),
    ),
    Case(
        "glossary-not-utf-8",
        ["run", "p.tsv"],
        2,
        "rules/glossary.tsv: not valid utf-8 at byte 0",
        pairs(**{"rules/glossary.tsv": b"\xff\xfe\t\xff\n"}),
    ),
    Case(
        "glossary-empty-japanese-side",
        ["run", "p.tsv"],
        2,
        "rules/glossary.tsv:1: the Japanese side is empty "
        "(`xlcheck glossary check` lists every problem)",
        pairs(**{"rules/glossary.tsv": "北京\t \n"}),
    ),
    Case(
        "glossary-empty-chinese-side",
        ["run", "p.tsv"],
        2,
        "rules/glossary.tsv:2: the Chinese side is empty "
        "(`xlcheck glossary check` lists every problem)",
        pairs(**{"rules/glossary.tsv": "# terms\n\t北京\n"}),
    ),
    Case(
        "pyproject-tool-not-a-table",
        ["run", "p.tsv"],
        0,
        None,
        pairs(**{"pyproject.toml": "tool = 3\n"}),
    ),
    Case(
        "pyproject-tool.xlcheck-not-a-table",
        ["run", "p.tsv"],
        2,
        "pyproject.toml: [tool.xlcheck] must be a table",
        pairs(**{"pyproject.toml": "[tool]\nxlcheck = 3\n"}),
    ),
]


def _no_control_characters(_folder: Path, stdout: bytes) -> None:
    text = stdout.decode("utf-8")
    assert "6131" in text
    assert not [ch for ch in text if (ch < " " and ch != "\n") or "\x7f" <= ch <= "\x9f"]


def _well_formed_xml(folder: Path, _stdout: bytes) -> None:
    import xml.etree.ElementTree as ElementTree

    cases = ElementTree.parse(folder / "r.xml").getroot().iter("testcase")
    assert any("6131" in ElementTree.tostring(case, "unicode") for case in cases)


def _well_formed_json(name: str) -> Callable[[Path, bytes], None]:
    def check(folder: Path, _stdout: bytes) -> None:
        import json

        text = (folder / name).read_text("utf-8")
        assert "6131" in text
        json.loads(text)

    return check


ERROR_CASES = [
    Case(
        "jsonl-id-a-lone-surrogate",
        ["run", "s.jsonl", "--format", "json"],
        2,
        "s.jsonl:1: id holds a lone surrogate (not Unicode text)",
        {"s.jsonl": '{"id": "\\udc80", "zh": "6131家", "ja": "6000以上"}\n'},
    ),
    Case(
        "jsonl-nested-100k-deep",
        ["run", "d.jsonl"],
        2,
        "d.jsonl:1: JSON nested too deeply",
        {"d.jsonl": '{"id": "1", "zh": ' + "[" * 100_000 + "]" * 100_000 + ', "ja": "x"}\n'},
    ),
    Case(
        "jsonl-integer-of-5000-digits",
        ["run", "i.jsonl"],
        2,
        "i.jsonl:1: invalid JSON: Exceeds the limit (4300 digits) for integer string "
        "conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase "
        "the limit",
        {"i.jsonl": '{"id": ' + "9" * 5000 + ', "zh": "6131家", "ja": "6000以上"}\n'},
    ),
    Case(
        "jsonl-id-an-object",
        ["run", "o.jsonl"],
        2,
        "o.jsonl:1: id must be a string or an integer",
        {"o.jsonl": '{"id": {"a": 1}, "zh": "6131家", "ja": "6000以上"}\n'},
    ),
    Case(
        "encoding-rot13",
        ["run", "zh.txt", "ja.txt", "--encoding", "rot13"],
        2,
        "zh.txt: 'rot13' is not a text encoding (name one such as gb18030)",
        {"zh.txt": "北京。\n", "ja.txt": "北京。\n"},
    ),
    Case(
        "encoding-hex-on-a-stream",
        ["run", "p.tsv", "--encoding", "hex"],
        2,
        "p.tsv: 'hex' is not a text encoding (name one such as gb18030)",
        pairs(),
    ),
    Case(
        "rule-file-bad-toml-names-its-line",
        ["run", "p.tsv"],
        2,
        "rules/waivers.toml:3: invalid TOML at column 10: Invalid value",
        pairs(**{"rules/waivers.toml": "# waivers\n\nreason = \n"}),
    ),
    Case(
        "meta.toml-bad-toml-names-its-line",
        ["run", "c"],
        2,
        "c/a/meta.toml:2: invalid TOML at column 8: Expected ']' at the end of a table declaration",
        corpus(**{"c/a/meta.toml": 'title = "x"\n[source\n'}),
    ),
    Case(
        "text-report-control-characters-replaced",
        ["run", "c.tsv", "--no-color", "--fail-on", "never"],
        0,
        None,
        {"c.tsv": CONTROL_TSV},
        check=_no_control_characters,
    ),
    Case(
        "junit-control-characters-well-formed",
        ["run", "c.tsv", "--format", "junit", "-o", "r.xml", "--fail-on", "info"],
        1,
        None,
        {"c.tsv": CONTROL_TSV},
        outputs=("r.xml",),
        check=_well_formed_xml,
    ),
    Case(
        "sarif-control-characters-well-formed",
        ["run", "c.tsv", "--format", "sarif", "-o", "r.sarif", "--fail-on", "never"],
        0,
        None,
        {"c.tsv": CONTROL_TSV},
        outputs=("r.sarif",),
        check=_well_formed_json("r.sarif"),
    ),
    Case(
        "json-control-characters-well-formed",
        ["run", "c.tsv", "--format", "json", "-o", "r.json", "--fail-on", "never"],
        0,
        None,
        {"c.tsv": CONTROL_TSV},
        outputs=("r.json",),
        check=_well_formed_json("r.json"),
    ),
]


CASES = OUTPUT_CASES + CACHE_CASES + PATH_CASES + ERROR_CASES


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_fault(tmp_path, case: Case):
    check_case(tmp_path, case)


def test_an_interrupt_is_one_line_and_status_2():
    """Ctrl-C (KeyboardInterrupt) ends as one line and exit status 2, not click's
    "Aborted!" with status 1, which CI reads as findings."""
    import click
    from click.testing import CliRunner

    from xlcheck.cli_errors import OneLineErrors

    @click.group(cls=OneLineErrors)
    def group() -> None:
        pass

    @group.command()
    def interrupted() -> None:
        raise KeyboardInterrupt

    result = CliRunner().invoke(group, ["interrupted"])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "xlcheck: error: interrupted (SIGINT); the run was stopped"
    ]


def test_an_unexpected_exception_is_one_line_and_status_2():
    """Whatever escapes a command (a library's bug, a case no row holds yet) ends as one
    line and exit status 2, never a traceback with status 1 that CI reads as findings."""
    import click
    from click.testing import CliRunner

    from xlcheck.cli_errors import OneLineErrors

    @click.group(cls=OneLineErrors)
    def group() -> None:
        pass

    @group.command()
    def explode() -> None:
        raise RuntimeError("line one\nline two\x1b[2J")

    result = CliRunner().invoke(group, ["explode"])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "xlcheck: error: internal error: RuntimeError: line one line two [2J "
        "(set XLCHECK_TRACEBACK=1 to see where, and please report it)"
    ]
