"""Fault rows for what input text and XML may hold: invisible characters inside figures,
a UTF-8 file cut inside its last character, control characters in the HTML report,
hostile XML and markup that held, TMX languages. Each row as in test_faults.py.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.fault_harness import (
    CONTROL_TSV,
    PAIRS_TSV,
    Case,
    check_case,
    pairs,
)


def _controls_shown(folder: Path, _stdout: bytes) -> None:
    text = (folder / "r.html").read_text("utf-8")
    assert "6131" in text and "\ufffd" in text
    assert not [ch for ch in text if (ch < " " and ch not in "\t\n") or "\x7f" <= ch <= "\x9f"]


CUT = "ends inside a UTF-8 character (its last {} one): the file was cut short; "
CUT += "restore its end or drop those bytes"
# Invisible format characters (Unicode Cf) a translation may carry inside its figures.
FORMAT_CHARACTERS = {
    "zero-width-space": "\u200b",
    "word-joiner": "\u2060",
    "soft-hyphen": "\u00ad",
    "byte-order-mark": "\ufeff",
}

TEXT_CASES = [
    *(
        Case(
            f"{name}-inside-a-changed-figure",
            ["run", "p.tsv", "--fail-on", "error"],
            1,
            None,
            {"p.tsv": f"id\tzh\tja\nr1\t北京有6131家公司。\t北京には6{ch}000社がある。\n"},
            stdout_has="XL101",
        )
        for name, ch in FORMAT_CHARACTERS.items()
    ),
    *(
        Case(
            f"{name}-inside-the-same-figure",
            ["run", "p.tsv", "--fail-on", "info"],
            0,
            None,
            {"p.tsv": f"id\tzh\tja\nr1\t北京有6131家公司。\t北京には61{ch}31社がある。\n"},
        )
        for name, ch in FORMAT_CHARACTERS.items()
    ),
    Case(
        "text-file-cut-inside-its-last-character",
        ["run", "zh.txt", "ja.txt"],
        2,
        "ja.txt:2: " + CUT.format("2 bytes begin"),
        {"zh.txt": "北京有6131家。\n上海。\n", "ja.txt": "北京には6131社。\n上海。".encode()[:-1]},
    ),
    Case(
        "pairs-file-cut-inside-its-last-character",
        ["run", "p.tsv"],
        2,
        "p.tsv:2: " + CUT.format("byte begins"),
        {"p.tsv": PAIRS_TSV.encode()[:-3]},
    ),
    Case(
        "glossary-cut-inside-its-last-character",
        ["run", "p.tsv"],
        2,
        "rules/glossary.tsv:2: " + CUT.format("2 bytes begin"),
        pairs(**{"rules/glossary.tsv": "北京\t北京\n上海\t上海".encode()[:-1]}),
    ),
    Case(
        "html-control-characters-visible",
        ["run", "c.tsv", "--format", "html", "-o", "r.html", "--fail-on", "never"],
        0,
        None,
        {"c.tsv": CONTROL_TSV},
        outputs=("r.html",),
        check=_controls_shown,
    ),
]

SCRIPT_TSV = (
    "id\tzh\tja\nr1\t<script>alert(1)</script>广州有6131家企业。"
    "\t広州には6000以上の企業がある。<img src=x onerror=alert(2)>\n"
)


def _no_markup_of_input(folder: Path, _stdout: bytes) -> None:
    html = (folder / "r.html").read_text("utf-8")
    assert "6131" in html
    assert "<script>alert" not in html and "<img src=x" not in html


def _secret_not_read(name: str) -> Callable[[Path, bytes], None]:
    def check(folder: Path, stdout: bytes) -> None:
        assert "机密" not in (folder / name).read_text("utf-8") + stdout.decode("utf-8")

    return check


DTD_REFUSED = "refused: the file holds a document type declaration (DTD), which input XML may not"
XML_UNIT = '<tu><tuv xml:lang="zh"><seg>{}</seg></tuv><tuv xml:lang="ja"><seg>北京</seg></tuv></tu>'
XML_HEAD = '<?xml version="1.0"?>\n{}<tmx version="1.4"{}><header srclang="zh"/><body>\n'
BOMB = '<!DOCTYPE t [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n'
XXE = '<!DOCTYPE t [<!ENTITY x SYSTEM "file:///etc/hostname">]>\n'
DTD = '<!DOCTYPE tmx SYSTEM "http://example.com/tmx14.dtd">\n'
XI = ' xmlns:xi="http://www.w3.org/2001/XInclude"'


def _tmx_with(head: str, seg: str, namespaces: str = "") -> str:
    return XML_HEAD.format(head, namespaces) + XML_UNIT.format(seg) + "</body></tmx>\n"


HELD_CASES = [
    Case(
        "html-injection-escaped",
        ["run", "s.tsv", "--format", "html", "-o", "r.html", "--fail-on", "never"],
        0,
        None,
        {"s.tsv": SCRIPT_TSV},
        outputs=("r.html",),
        check=_no_markup_of_input,
    ),
    Case(
        "tmx-billion-laughs",
        ["run", "m.tmx"],
        2,
        f"m.tmx: {DTD_REFUSED}",
        {"m.tmx": _tmx_with(BOMB, "&b;")},
    ),
    Case(
        "tmx-external-entity",
        ["run", "m.tmx"],
        2,
        f"m.tmx: {DTD_REFUSED}",
        {"m.tmx": _tmx_with(XXE, "&x;")},
    ),
    Case(
        "tmx-external-dtd",
        ["run", "m.tmx"],
        2,
        f"m.tmx: {DTD_REFUSED}",
        {"m.tmx": _tmx_with(DTD, "北京")},
    ),
    Case(
        "tmx-xinclude-not-followed",
        ["run", "m.tmx", "--format", "json", "-o", "r.json"],
        0,
        None,
        {
            "m.tmx": _tmx_with("", '北京<xi:include href="secret.txt" parse="text"/>', XI),
            "secret.txt": "机密6131家\n",
        },
        outputs=("r.json",),
        check=_secret_not_read("r.json"),
    ),
    Case(
        "jobs-1000",
        ["run", "p.tsv", "--jobs", "1000", "--fail-on", "never"],
        0,
        None,
        pairs(),
    ),
]


CASES = TEXT_CASES + HELD_CASES


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_fault(tmp_path, case: Case):
    check_case(tmp_path, case)


TMX_HEAD = '<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="{src}"/><body>\n'
TMX_TU = '<tu><tuv xml:lang="{zh}"><seg>{zh_text}</seg></tuv><tuv xml:lang="ja"><seg>{ja_text}</seg></tuv></tu>\n'  # noqa: E501
TMX_TAIL = "</body></tmx>\n"


def _tmx(src: str, *units: tuple[str, str, str]) -> str:
    body = "".join(TMX_TU.format(zh=zh, zh_text=a, ja_text=b) for zh, a, b in units)
    return TMX_HEAD.format(src=src) + body + TMX_TAIL


def _segments(count: int) -> Callable[[Path, bytes], None]:
    def check(folder: Path, _stdout: bytes) -> None:
        import json

        summary = json.loads((folder / "r.json").read_text("utf-8"))["summary"]
        assert summary["segments"] == count, summary

    return check


TMX_CASES = [
    Case(
        "tmx-zh-CN-and-zh-units-both-read",
        ["run", "m.tmx", "--format", "json", "-o", "r.json"],
        0,
        None,
        {
            "m.tmx": _tmx(
                "zh-CN", ("zh-CN", "北京6131家", "北京6000以上"), ("zh", "上海7000家", "上海7000社")
            )
        },
        outputs=("r.json",),
        check=_segments(2),
    ),
    Case(
        "tmx-zh-Hans-is-chinese",
        ["run", "m.tmx", "--format", "json", "-o", "r.json"],
        0,
        None,
        {"m.tmx": _tmx("zh-Hans", ("zh-Hans", "北京6131家", "北京6000以上"))},
        outputs=("r.json",),
        check=_segments(1),
    ),
    Case(
        "tmx-srclang-all",
        ["run", "m.tmx", "--format", "json", "-o", "r.json"],
        0,
        None,
        {"m.tmx": _tmx("*all*", ("zh", "北京6131家", "北京6000以上"))},
        outputs=("r.json",),
        check=_segments(1),
    ),
    Case(
        "tmx-three-languages-the-two-asked-for",
        ["run", "m.tmx", "--format", "json", "-o", "r.json"],
        0,
        None,
        {
            "m.tmx": _tmx("zh", ("zh", "北京6131家", "北京6000以上")).replace(
                "<tu>", '<tu><tuv xml:lang="en"><seg>Beijing 6131</seg></tuv>'
            )
        },
        outputs=("r.json",),
        check=_segments(1),
    ),
    Case(
        "tmx-tuv-without-a-language",
        ["run", "m.tmx"],
        2,
        "m.tmx:4: <tuv> without xml:lang: say which language each variant is in",
        {
            "m.tmx": _tmx("zh", ("zh", "北京", "北京"), ("zh", "上海6131家", "上海")).replace(
                '<tuv xml:lang="zh"><seg>上海', "<tuv><seg>上海"
            )
        },
    ),
]


@pytest.mark.parametrize("case", TMX_CASES, ids=[case.id for case in TMX_CASES])
def test_tmx_fault(tmp_path, case: Case):
    check_case(tmp_path, case)
