"""The fault table: hostile input, unlucky options, signals and neighbours on the machine.

Each row sets up a folder, runs `xlcheck` in it as a separate process and asserts what a
CI gate relies on: the exit status (0/1 for findings, 2 for anything else), exactly one
line on stderr (`xlcheck: error: ...`) or none, no traceback, every file that was not
named as an output unchanged (by hash), no stray temporary file, and no process of the
run left alive. The table grows with every bug: add a row first, then fix.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import jieba
import pytest

from xlcheck.extract.zh.dictionary import dictionary_cache_name

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"

PAIRS_TSV = "id\tzh\tja\nr1\t北京有6131家公司。\t北京には6000以上の会社がある。\n"
META = 'title = "x"\n[source]\nlang = "zh"\nfile = "{zh}"\n[target]\nlang = "ja"\nfile = "{ja}"\n'
BASELINE = '{"version": 1, "findings": []}\n'

# Special entries of a row's files: a FIFO, a symlink to a path (a device, say).
FIFO = object()


@dataclass(frozen=True)
class Symlink:
    target: str


@dataclass(frozen=True)
class Case:
    id: str
    args: list[str]
    status: int
    message: str | None  # the one stderr line after "xlcheck: error: "; None: no error
    files: dict = field(default_factory=dict)  # name -> str | bytes | FIFO | Symlink
    outputs: tuple[str, ...] = ()  # files the run may write (a folder's: "folder/")
    timeout: float = 120
    env: dict = field(default_factory=dict)  # {t} stands for the row's folder
    stdout_has: str | None = None
    check: Callable[[Path, bytes], None] | None = None  # (folder, stdout): more asserts


def _pairs(**extra) -> dict:
    return {"p.tsv": PAIRS_TSV, **extra}


def _corpus(zh: str = "zh.txt", ja: str = "ja.txt", **extra) -> dict:
    return {
        "c/a/meta.toml": META.format(zh=zh, ja=ja),
        "c/a/zh.txt": "北京有6131家公司。\n",
        "c/a/ja.txt": "北京には6000以上の会社がある。\n",
        **extra,
    }


OUTPUT_CASES = [
    Case(
        "baseline-over-the-pairs",
        ["run", "p.tsv", "--write-baseline", "p.tsv"],
        2,
        "p.tsv: is an input of this run; choose another path for the output",
        _pairs(),
    ),
    Case(
        "report-over-meta.toml",
        ["run", "c/a", "-o", "c/a/meta.toml"],
        2,
        "c/a/meta.toml: is an input of this run; choose another path for the output",
        _corpus(),
    ),
    Case(
        "report-over-a-corpus-file",
        ["run", "c", "-o", "c/a/ja.txt"],
        2,
        "c/a/ja.txt: is an input of this run; choose another path for the output",
        _corpus(),
    ),
    Case(
        "report-over-the-baseline-read",
        ["run", "p.tsv", "--baseline", "b.json", "--format", "json", "-o", "b.json"],
        2,
        "b.json: is an input of this run; choose another path for the output",
        _pairs(**{"b.json": BASELINE}),
    ),
    Case(
        "report-over-the-glossary",
        ["run", "p.tsv", "--rules-dir", "rules", "-o", "rules/glossary.tsv"],
        2,
        "rules/glossary.tsv: is an input of this run; choose another path for the output",
        _pairs(),
    ),
    Case(
        "report-over-the-waivers",
        ["run", "p.tsv", "--rules-dir", "rules", "-o", "rules/waivers.toml"],
        2,
        "rules/waivers.toml: is an input of this run; choose another path for the output",
        _pairs(),
    ),
    Case(
        "report-over-xlcheck.toml",
        ["run", "p.tsv", "-o", "xlcheck.toml"],
        2,
        "xlcheck.toml: is an input of this run; choose another path for the output",
        _pairs(**{"xlcheck.toml": 'fail_on = "error"\n'}),
    ),
    Case(
        "report-through-a-symlink-to-the-pairs",
        ["run", "p.tsv", "-o", "link.txt"],
        2,
        "link.txt: is an input of this run; choose another path for the output",
        _pairs(**{"link.txt": Symlink("p.tsv")}),
    ),
    Case(
        "report-onto-a-device",
        ["run", "p.tsv", "-o", "null"],
        2,
        "null: is a character device, not a regular file; name a file",
        _pairs(null=Symlink("/dev/null")),
    ),
    Case(
        "report-onto-a-fifo",
        ["run", "p.tsv", "-o", "fifo"],
        2,
        "fifo: is a FIFO, not a regular file; name a file",
        _pairs(fifo=FIFO),
        timeout=30,
    ),
    Case(
        "report-into-a-missing-folder",
        ["run", "p.tsv", "--format", "json", "-o", "nowhere/r.json"],
        2,
        "nowhere/r.json: folder 'nowhere' does not exist; create it first",
        _pairs(),
    ),
    Case(
        "baseline-into-a-missing-folder",
        ["run", "p.tsv", "--write-baseline", "nowhere/b.json"],
        2,
        "nowhere/b.json: folder 'nowhere' does not exist; create it first",
        _pairs(),
    ),
    Case(
        "baseline-and-report-one-file",
        ["run", "p.tsv", "--format", "json", "-o", "r.json", "--write-baseline", "r.json"],
        2,
        "r.json: the baseline and a report would be written to the same file",
        _pairs(),
    ),
    Case(
        "report-and-baseline-written",
        ["run", "p.tsv", "--format", "json", "-o", "r.json", "--write-baseline", "b.json"],
        0,
        None,
        _pairs(),
        outputs=("r.json", "b.json"),
    ),
]

ANONYMISED_TSV = "id\tzh\tja\nr1\t总部在朝阳区。\t本社はある地区にある。\n"
JIEBA_DICTIONARY = str(Path(jieba.__file__).parent / "dict.txt")
CACHE_NAME = dictionary_cache_name(JIEBA_DICTIONARY)

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
        outputs=(f"xdg/xlcheck/{CACHE_NAME}",),
        env={"XDG_CACHE_HOME": "{t}/xdg"},
        stdout_has="XL302",
    ),
    Case(
        "cache-file-of-garbage",
        ["run", "a.tsv", "--fail-on", "warning"],
        1,
        None,
        {"a.tsv": ANONYMISED_TSV, f"xdg/xlcheck/{CACHE_NAME}": b"\x00" * 1000},
        outputs=(f"xdg/xlcheck/{CACHE_NAME}",),
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
        _corpus(zh="../../secret.txt", **{"secret.txt": "机密6131家。\n"}),
    ),
    Case(
        "meta.toml-names-an-absolute-path",
        ["run", "c"],
        2,
        f"c/a/meta.toml: target file '/etc/hostname' {OUTSIDE}",
        _corpus(ja="/etc/hostname"),
    ),
    Case(
        "meta.toml-names-a-symlink-out-of-the-folder",
        ["run", "c"],
        2,
        f"c/a/meta.toml: source file 'out.txt' {OUTSIDE}",
        _corpus(
            zh="out.txt", **{"secret.txt": "机密\n", "c/a/out.txt": Symlink("../../secret.txt")}
        ),
    ),
    Case(
        "a-file-outside-named-on-the-command-line-is-read",
        ["run", "secret.txt", "c/a/ja.txt"],
        0,
        None,
        _corpus(**{"secret.txt": "北京有6131家公司。\n"}),
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
        _pairs(**{"xlcheck.toml": 'rules_dir = "/etc"\n'}),
    ),
    Case(
        "glossary-a-symlink-out-of-the-rules-folder",
        ["run", "p.tsv"],
        2,
        "rules/glossary.tsv: rule file 'glossary.tsv' leads outside the rules folder; "
        "copy the file into the folder",
        _pairs(**{"secret.tsv": "机密\t秘密\n", "rules/glossary.tsv": Symlink("../secret.tsv")}),
    ),
    Case(
        "name-rules-a-symlink-out-of-the-rules-folder",
        ["run", "p.tsv"],
        2,
        "rules/names.toml: rule file 'names.toml' leads outside the rules folder; "
        "copy the file into the folder",
        _pairs(
            **{"secret.toml": 'titles = "机密"\n', "rules/names.toml": Symlink("../secret.toml")}
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
        _pairs(**{"rules/glossary.tsv": FIFO}),
        timeout=30,
    ),
    Case(
        "baseline-a-folder",
        ["run", "p.tsv"],
        2,
        "b: is a directory, expected a file",
        _pairs(**{"xlcheck.toml": 'baseline = "b"\n', "b/x": ""}),
    ),
    Case(
        "baseline-dot",
        ["run", "p.tsv"],
        2,
        ".: is a directory, expected a file",
        _pairs(**{"xlcheck.toml": 'baseline = "."\n'}),
    ),
    Case(
        "glossary-not-utf-8",
        ["run", "p.tsv"],
        2,
        "rules/glossary.tsv: not valid utf-8 at byte 0",
        _pairs(**{"rules/glossary.tsv": b"\xff\xfe\t\xff\n"}),
    ),
    Case(
        "glossary-empty-japanese-side",
        ["run", "p.tsv"],
        2,
        "rules/glossary.tsv:1: the Japanese side is empty "
        "(`xlcheck glossary check` lists every problem)",
        _pairs(**{"rules/glossary.tsv": "北京\t \n"}),
    ),
    Case(
        "glossary-empty-chinese-side",
        ["run", "p.tsv"],
        2,
        "rules/glossary.tsv:2: the Chinese side is empty "
        "(`xlcheck glossary check` lists every problem)",
        _pairs(**{"rules/glossary.tsv": "# terms\n\t北京\n"}),
    ),
    Case(
        "pyproject-tool-not-a-table",
        ["run", "p.tsv"],
        0,
        None,
        _pairs(**{"pyproject.toml": "tool = 3\n"}),
    ),
    Case(
        "pyproject-tool.xlcheck-not-a-table",
        ["run", "p.tsv"],
        2,
        "pyproject.toml: [tool.xlcheck] must be a table",
        _pairs(**{"pyproject.toml": "[tool]\nxlcheck = 3\n"}),
    ),
]

CONTROL_TSV = (
    "id\tzh\tja\nr\x01\x0b1\t北京有6131家\x1b[2J公司\x07。"
    "\t北京には6000以上\x1b]0;pwn\x07の会社\x0cがある。\n"
)


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
        _pairs(),
    ),
    Case(
        "rule-file-bad-toml-names-its-line",
        ["run", "p.tsv"],
        2,
        "rules/waivers.toml:3: invalid TOML at column 10: Invalid value",
        _pairs(**{"rules/waivers.toml": "# waivers\n\nreason = \n"}),
    ),
    Case(
        "meta.toml-bad-toml-names-its-line",
        ["run", "c"],
        2,
        "c/a/meta.toml:2: invalid TOML at column 8: Expected ']' at the end of a table declaration",
        _corpus(**{"c/a/meta.toml": 'title = "x"\n[source\n'}),
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
        _pairs(**{"rules/glossary.tsv": "北京\t北京\n上海\t上海".encode()[:-1]}),
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
        _pairs(),
    ),
]

CASES = OUTPUT_CASES + CACHE_CASES + PATH_CASES + ERROR_CASES + TEXT_CASES + HELD_CASES


def _make(folder: Path, files: dict) -> None:
    rules = folder / "rules"
    rules.mkdir()
    for path in (ROOT / "rules").iterdir():
        if path.is_file():
            (rules / path.name).write_bytes(path.read_bytes())
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() or path.is_symlink():
            path.unlink()  # a row's own rule file instead of the copied one
        if content is FIFO:
            os.mkfifo(path)
        elif isinstance(content, Symlink):
            path.symlink_to(content.target)
        elif isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", errors="surrogatepass")


def _hashes(folder: Path) -> dict[str, str]:
    """Every regular file under the folder by hash (symlinks and special files by name)."""
    found = {}
    for path in sorted(folder.rglob("*")):
        name = str(path.relative_to(folder))
        if path.is_symlink():
            found[name] = "-> " + os.readlink(path)
        elif path.is_file():
            found[name] = hashlib.sha256(path.read_bytes()).hexdigest()
        elif not path.is_dir():
            found[name] = "special"
    return found


def _processes_tagged(tag: str) -> list[int]:
    """Processes whose environment holds the run's tag: the run and anything it started."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if tag.encode() in (entry / "environ").read_bytes():
                found.append(int(entry.name))
        except OSError:
            continue
    return found


def run_xlcheck(folder: Path, args: list[str], timeout: float = 120, env=None, **kwargs):
    """Run xlcheck as its own process in `folder`; the result and the run's tag."""
    tag = f"XLCHECK_FAULT_TAG={uuid.uuid4().hex}"
    extra = {name: value.format(t=folder) for name, value in (env or {}).items()}
    env = dict(os.environ, PYTHONPATH=str(SRC), XLCHECK_FAULT_TAG=tag.split("=")[1], **extra)
    env.pop("COLUMNS", None)
    command = [sys.executable, "-c", "from xlcheck.cli import main; main()", *args]
    result = subprocess.run(
        command,
        cwd=folder,
        env=env,
        capture_output=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
        **kwargs,
    )
    return result, tag


def assert_clean_run(result, tag: str, status: int, message: str | None) -> None:
    stderr = result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr, stderr
    assert result.returncode == status, (result.returncode, stderr)
    errors = [line for line in stderr.splitlines() if line.startswith("xlcheck: error")]
    if message is None:
        assert errors == [], stderr
    else:
        assert stderr.strip().splitlines() == [f"xlcheck: error: {message}"], stderr
    assert _processes_tagged(tag) == [], "processes of the run outlived it"


def _unnamed(hashes: dict[str, str], outputs) -> dict[str, str]:
    """The files not named as outputs (an output ending in / names a folder's files)."""
    return {name: digest for name, digest in hashes.items() if not name.startswith(outputs)}


def _stray(folder: Path) -> list[str]:
    return [str(p) for p in folder.rglob(".xlcheck-*")]


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_fault(tmp_path, case: Case):
    _make(tmp_path, case.files)
    before = _hashes(tmp_path)
    result, tag = run_xlcheck(tmp_path, case.args, case.timeout, case.env)
    assert_clean_run(result, tag, case.status, case.message)
    if case.stdout_has is not None:
        assert case.stdout_has in result.stdout.decode("utf-8", "replace")
    if case.check is not None:
        case.check(tmp_path, result.stdout)
    after = _hashes(tmp_path)
    for name in case.outputs:
        assert any(written.startswith(name) for written in after), f"{name} was not written"
    assert _unnamed(after, case.outputs) == _unnamed(before, case.outputs)
    assert _stray(tmp_path) == []


def test_an_unexpected_exception_is_one_line_and_status_2():
    """Whatever escapes a command (a library's bug, a case no row holds yet) ends as one
    line and exit status 2, never a traceback with status 1 that CI reads as findings."""
    import click
    from click.testing import CliRunner

    from xlcheck.safety import OneLineErrors

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
    test_fault(tmp_path, case)


def test_jobs_are_capped_at_the_cpus_available():
    from xlcheck.parallel import OrderedPool, default_jobs

    assert OrderedPool(1000).jobs == default_jobs()
    assert OrderedPool(1).jobs == 1


def test_fugashi_crash_is_reproduced_and_avoided(tmp_path):
    """fugashi (MeCab) kills the process with a segmentation fault on 300,000 ASCII
    letters in one call; xlcheck hands it bounded pieces and checks the cell."""
    crash = subprocess.run(
        [sys.executable, "-c", "import fugashi; fugashi.Tagger()('a' * 300_000)"],
        capture_output=True,
        timeout=120,
    )
    assert crash.returncode == -signal.SIGSEGV
    (tmp_path / "p.tsv").write_text(
        "id\tzh\tja\nr1\t北京有3家。\t" + "a" * 300_000 + "3社\n", encoding="utf-8"
    )
    result, tag = run_xlcheck(tmp_path, ["run", "p.tsv", "--jobs", "1"], timeout=300)
    assert_clean_run(result, tag, 0, None)


def _seconds_of_run(folder: Path, content: str | dict[str, str]) -> float:
    """The time of one run on a pair file's content, or on files {name: text}: the inputs
    named on the command line, a glossary under rules/ (the bundled rules copied)."""
    files = content if isinstance(content, dict) else {"p.tsv": content}
    if any(name.startswith("rules/") for name in files) and not (folder / "rules").exists():
        _make(folder, {})
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    inputs = [name for name in files if not name.startswith("rules/")]
    started = time.monotonic()
    result, tag = run_xlcheck(folder, ["run", *inputs, "--jobs", "1"], timeout=600)
    assert_clean_run(result, tag, result.returncode if result.returncode in (0, 1) else 0, None)
    return time.monotonic() - started


def _cell(zh: str, ja: str = "北京。") -> str:
    return f"id\tzh\tja\nr1\t{zh}\t{ja}\n"


def _text_pair(lines: int) -> dict[str, str]:
    """A text pair of short lines, for the search of a line repeating later lines."""
    return {
        "zh.txt": "".join(f"第{i}行。\n" for i in range(lines)),
        "ja.txt": "".join(f"第{i}行。\n" for i in range(lines)),
    }


def _glossary(lines: int) -> dict[str, str]:
    """A glossary of `lines` terms and a text pair of a hundredth as many lines holding
    some of them (the pair's alignment reads the text through the glossary)."""
    terms = "".join(f"第{index}行\t第{index}行目\n" for index in range(lines))
    return {**_text_pair(lines // 100), "rules/glossary.tsv": terms}


# (id, the input for a size n): timed at n and 10 n; linear work gives a ratio near 10
TIME_CASES = [
    ("cjk-run-then-a-number", 10_000, lambda n: _cell("北京" * (n // 2) + "3.5")),
    ("one-character-repeated-for-jieba", 10_000, lambda n: _cell("年" * n)),
    ("latin-letters-for-fugashi", 3_000, lambda n: _cell("北京。", "a" * n + "3社")),
    ("spaces-between-two-dates", 20_000, lambda n: _cell("2016年" + " " * n + "到2017年")),
    ("lines-of-a-text-pair", 2_000, _text_pair),
    ("lines-of-a-glossary", 10_000, _glossary),
]


@pytest.mark.parametrize(
    ("size", "make"),
    [case[1:] for case in TIME_CASES],
    ids=[case[0] for case in TIME_CASES],
)
def test_time_grows_linearly(tmp_path, size, make):
    """The run's own time (a tiny input's time taken off: start-up and loading) at ten
    times the input is at most 30 times as long: quadratic work would give 100."""
    base = _seconds_of_run(tmp_path, _cell("北京。"))
    small = _seconds_of_run(tmp_path, make(size)) - base
    large = _seconds_of_run(tmp_path, make(size * 10)) - base
    assert large / max(small, 0.5) < 30, (base, small, large)


# Signals: (id, whom to signal, signal, exit status, the stderr line or None when the
# parent itself is killed and says nothing)
SIGNAL_CASES = [
    ("sigterm-to-the-parent", "parent", signal.SIGTERM, 2,
     "terminated by SIGTERM; the run was stopped"),
    ("sigkill-to-the-parent", "parent", signal.SIGKILL, -signal.SIGKILL, None),
    ("sigkill-to-a-worker", "worker", signal.SIGKILL, 2,
     "a worker process died (killed, or out of memory); the run was stopped"),
    ("sigint-to-the-parent", "parent", signal.SIGINT, 2,
     "interrupted (SIGINT); the run was stopped"),
    ("ctrl-c-to-the-process-group", "group", signal.SIGINT, 2,
     "interrupted (SIGINT); the run was stopped"),
]  # fmt: skip


def _many_pairs(rows: int) -> str:
    lines = ["id\tzh\tja"]
    for index in range(rows):
        lines.append(
            f"r{index}\t{index}年北京有{index * 7 + 13}家公司。\t北京には{index}社がある。"
        )
    return "\n".join(lines) + "\n"


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize(
    ("whom", "signal_number", "status", "message"),
    [case[1:] for case in SIGNAL_CASES],
    ids=[case[0] for case in SIGNAL_CASES],
)
def test_signal(tmp_path, whom, signal_number, status, message):
    """A run signalled while its workers are busy ends as promised and leaves no process
    (a worker killed with its parent by PR_SET_PDEATHSIG) and no temporary file."""
    (tmp_path / "p.tsv").write_text(_many_pairs(40_000), encoding="utf-8")
    tag = uuid.uuid4().hex
    env = dict(os.environ, PYTHONPATH=str(SRC), XLCHECK_FAULT_TAG=tag)
    command = [sys.executable, "-c", "from xlcheck.cli import main; main()"]
    args = ["run", "p.tsv", "--jobs", "2", "--format", "json", "-o", "r.json"]
    process = subprocess.Popen(
        [*command, *args], cwd=tmp_path, env=env, stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while len(_children(process.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        workers = _children(process.pid)
        assert len(workers) >= 2, "the workers never started"
        time.sleep(1)  # busy now
        if whom == "group":  # as a terminal's Ctrl-C does
            os.killpg(process.pid, signal_number)
        else:
            os.kill(process.pid if whom == "parent" else workers[0], signal_number)
        _, stderr = process.communicate(timeout=60)
    finally:
        process.kill()
    deadline = time.monotonic() + 10
    while _processes_tagged(tag) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _processes_tagged(tag) == [], "workers outlived the run"
    assert process.returncode == status
    text = stderr.decode("utf-8", "replace")
    assert "Traceback" not in text, text
    if message is not None:
        assert text.strip().splitlines() == [f"xlcheck: error: {message}"]
    assert not (tmp_path / "r.json").exists()
    assert _stray(tmp_path) == []


def test_two_runs_writing_one_report_leave_it_whole(tmp_path):
    """Two runs at once onto the same output: the report is one run's whole report (each
    writes a temporary file and renames it), and no temporary file is left."""
    _make(tmp_path, _pairs())
    tag = uuid.uuid4().hex
    env = dict(os.environ, PYTHONPATH=str(SRC), XLCHECK_FAULT_TAG=tag)
    command = [sys.executable, "-c", "from xlcheck.cli import main; main()"]
    args = ["run", "p.tsv", "--format", "json", "-o", "r.json", "--fail-on", "never"]
    runs = [
        subprocess.Popen([*command, *args], cwd=tmp_path, env=env, stderr=subprocess.PIPE)
        for _ in range(2)
    ]
    for run in runs:
        _, stderr = run.communicate(timeout=120)
        assert run.returncode == 0, stderr
        assert b"Traceback" not in stderr
    import json

    assert json.loads((tmp_path / "r.json").read_text("utf-8"))["summary"]["segments"] == 1
    assert _stray(tmp_path) == []
    assert _processes_tagged(tag) == []


@pytest.mark.parametrize(
    "failure",
    [OSError(28, "No space left on device"), KeyboardInterrupt()],
    ids=["disk-full-at-the-rename", "interrupted-at-the-rename"],
)
def test_a_failed_write_leaves_the_target_and_no_temporary(tmp_path, monkeypatch, failure):
    from xlcheck.errors import InputError
    from xlcheck.safety import write_atomically

    target = tmp_path / "r.json"
    target.write_text("the previous report\n", encoding="utf-8")

    def fail(*_args):
        raise failure

    monkeypatch.setattr(os, "replace", fail)
    expected = InputError if isinstance(failure, OSError) else KeyboardInterrupt
    with pytest.raises(expected) as raised:
        write_atomically(target, "a new report\n")
    if isinstance(failure, OSError):
        assert str(raised.value) == f"{target}: cannot write the report: No space left on device"
    assert target.read_text("utf-8") == "the previous report\n"
    assert _stray(tmp_path) == []
