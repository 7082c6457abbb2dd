"""The text report in a terminal: input text never carries an escape sequence through.

In colour the report keeps the codes it styles with (severity colours, bold, reset) and
nothing else; an input's own code, even one shaped like a colour (\x1b[8m conceals
what follows), is replaced like any control character, one for one.
"""

from __future__ import annotations

import re

import click
import pytest
from click.testing import CliRunner

from xlcheck.cli import main
from xlcheck.report.text import COLOURS, terminal_safe

OURS = [
    pytest.param(click.style("error", fg=COLOURS["error"]), id="severity-colour"),
    pytest.param(click.style("【6000】", fg=COLOURS["warning"], bold=True), id="marked-fact"),
    pytest.param(click.style("== 页面", bold=True), id="bold-title"),
]

INPUT = [
    pytest.param("北京\x1b[8m有6131家", "北京\ufffd[8m有6131家", id="conceal-code"),
    pytest.param("公司\x1b[2Jがある", "公司\ufffd[2Jがある", id="clear-screen"),
    pytest.param("会社\x1b]0;pwn\x07", "会社\ufffd]0;pwn\ufffd", id="window-title"),
    pytest.param("6131家\x9b8m", "6131家\ufffd8m", id="c1-control-sequence-introducer"),
]


@pytest.mark.parametrize("styled", OURS)
def test_our_styles_survive_in_colour(styled):
    assert terminal_safe(styled, True) == styled


@pytest.mark.parametrize("styled", OURS)
def test_no_escape_without_colour(styled):
    assert "\x1b" not in terminal_safe(styled, False)


@pytest.mark.parametrize(("text", "shown"), INPUT)
@pytest.mark.parametrize("colour", [True, False], ids=["colour", "plain"])
def test_input_escapes_are_replaced(text, shown, colour):
    line = click.style("error", fg=COLOURS["error"]) + " " + text if colour else text
    expected = click.style("error", fg=COLOURS["error"]) + " " + shown if colour else shown
    assert terminal_safe(line, colour) == expected


# Through the whole report: the same codes as the report's own colours, in a name, a
# figure, a file's row id and the text shown, must come out replaced, not as colours.
HOSTILE_ROW = (
    "id\tzh\tja\n"
    "r\x1b[31m1\t北京\x1b[0m有6131家\x1b[1m公司。\t北京には6000以上\x1b[36mの会社がある。\n"
)
OUR_CODES = re.compile(r"\x1b\[(?:0|1|22|31|33|36)m")


@pytest.mark.parametrize("colour", ["--color", "--no-color"])
def test_input_colour_codes_do_not_pass_through_the_report(tmp_path, colour):
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text(HOSTILE_ROW, encoding="utf-8")
    result = CliRunner().invoke(
        main, ["run", str(pairs), colour, "--fail-on", "warning"], color=True
    )
    assert result.exit_code == 1, result.output
    shown = result.output
    # the row id, and each of the three codes in the text where the segment is shown
    assert "r\ufffd[31m1" in shown
    plain = OUR_CODES.sub("", shown)
    assert "\x1b" not in plain  # every escape left is one of the report's colours
    unmarked = plain.replace("【", "").replace("】", "")  # a fact's marks, in plain text
    for code in ("0m", "1m", "36m"):
        assert f"\ufffd[{code}" in unmarked
    assert bool(OUR_CODES.search(shown)) == (colour == "--color")


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["run", "缺失\x1b[2J.tsv"], id="run-missing-input"),
        pytest.param(["glossary", "check", "词表\x1b]0;pwn\x07.tsv"], id="glossary-check-missing"),
        pytest.param(["explain", "XL9\x1b[8m"], id="explain-unknown-rule"),
    ],
)
def test_error_lines_carry_no_escape(tmp_path, monkeypatch, args):
    """The one error line names what the user gave, control characters made spaces."""
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, args, color=True)
    assert result.exit_code == 2
    assert result.output.startswith("xlcheck: error: ")
    assert result.output.count("\n") == 1
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", result.output)
