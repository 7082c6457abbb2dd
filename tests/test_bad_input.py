"""Bad input, one table: each case gives exactly one line on stderr,
`xlcheck: error: FILE[:LINE]: message`, exit status 2, no traceback, inputs untouched.
Usable but doubtful input gives a warning and the normal exit status instead."""

from __future__ import annotations

import os
import re

import pytest
from click.testing import CliRunner

from xlcheck.cli import main
from xlcheck.load import text as text_module

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<tmx version="1.4"><header srclang="zh"/><body><tu><tuv xml:lang="zh"><seg>&lol2;</seg></tuv>
<tuv xml:lang="ja"><seg>x</seg></tuv></tu></body></tmx>
"""
EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<xliff version="1.2"><file source-language="zh" target-language="ja"><body>
<trans-unit id="1"><source>&xxe;</source><target>x</target></trans-unit></body></file></xliff>
"""
EXTERNAL_DTD = """<?xml version="1.0"?>
<!DOCTYPE tmx SYSTEM "http://example.com/tmx14.dtd">
<tmx version="1.4"><header srclang="zh"/><body><tu><tuv xml:lang="zh"><seg>北京</seg></tuv>
<tuv xml:lang="ja"><seg>北京</seg></tuv></tu></body></tmx>
"""
XLIFF_EN_FR = """<?xml version="1.0"?>
<xliff version="1.2"><file source-language="en" target-language="fr" datatype="plaintext"
original="x"><body><trans-unit id="1"><source>one</source><target>un</target></trans-unit>
</body></file></xliff>
"""
TU = (
    '<tu tuid="{}"><tuv xml:lang="zh"><seg>北京</seg></tuv>'
    '<tuv xml:lang="ja"><seg>北京</seg></tuv></tu>'
)
TMX_DUPLICATE = (
    '<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="zh"/><body>\n'
    + TU.format("u1")
    + "\n"
    + TU.format("u1")
    + "\n</body></tmx>\n"
)

# name -> content (str is written as UTF-8; bytes as they are)
FILES: dict[str, str | bytes] = {
    "ok.txt": "北京。",
    "ja.txt": "北京。",
    "empty.txt": "",
    "blank.txt": "\n  \n",
    "latin1.txt": "北京".encode() + b"\xff\xfe\xfa",
    "binary.txt": b"\x89PNG\x00\x00\x00",
    "markup.txt": "! street-1.jpg\nhttps://example.com\n",
    "sjis.txt": "北京です。".encode("shift_jis") + b"\x81",
    "nocols.tsv": "id\ten\tja\nr1\thello\tこんにちは\n",
    "spaces.tsv": "id zh ja\nr1 北京 北京\n",
    "nohead.tsv": "r1\t北京\t北京\n",
    "word.docx": b"PK\x03\x04\x14\x00\x06\x00\x08\x00",
    "word.doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00",
    "sheet.xlsx": b"PK\x03\x04\x14\x00\x06\x00\x08\x00",
    "scan.pdf": b"%PDF-1.7\n\x00\x01",
    "broken.tsv": "id\tzh\tja\nr1\t北京\t北京\nr2\t北京\n",
    "dup.tsv": "id\tzh\tja\nr1\t北\t北\nr1\t京\t京\n",
    "header.tsv": "id\tzh\tja\n",
    "noid.tsv": "id\tzh\tja\n\t北京\t北京\n",
    "nul.tsv": b"id\tzh\tja\nr1\t\xe5\x8c\x97\x00\tx\n",
    "late.tsv": b"id\tzh\tja\nr1\t\xe5\x8c\x97\t\xe5\x8c\x97\nr2\t\xff\tx\n",
    "quote.csv": 'id,zh,ja\nu1,"北京,北京\n',
    "fields.csv": "id,zh,ja\nu1,北京\n",
    "bad.jsonl": '{"id": "u1", "zh": "北京"\n',
    "keys.jsonl": '{"id": "u1", "en": "x"}\n',
    "list.jsonl": "[1, 2]\n",
    "number.jsonl": '{"id": "u1", "zh": 3, "ja": "3"}\n',
    "surrogate.jsonl": '{"id": "u1", "zh": "\\ud800", "ja": "x"}\n',
    "bomb.tmx": BILLION_LAUGHS,
    "dtd.tmx": EXTERNAL_DTD,
    "xxe.xlf": EXTERNAL_ENTITY,
    "cut.tmx": "<?xml version='1.0'?><tmx version='1.4'><body><tu>",
    "nounits.tmx": "<?xml version='1.0'?><tmx version='1.4'><header srclang='zh'/><body/></tmx>",
    "duptu.tmx": TMX_DUPLICATE,
    "duptu1.tmx": TMX_DUPLICATE.replace("\n", ""),  # one line: rows told apart by position
    "empty.xlf": "",
    "enfr.xlf": XLIFF_EN_FR,
    "corpus/meta.toml": "title = [",
    "nofiles/meta.toml": 'title = "x"\n',
    "bad baseline.json": "[1, 2",
    "データ 目录/missing.txt": None,
}

# (arguments, the message after "xlcheck: error: "), {t} standing for the folder
CASES = [
    # files and folders
    (["run", "{t}/missing.txt", "{t}/ok.txt"], "{t}/missing.txt: no such file"),
    (
        ["run", "{t}/データ 目录/missing.txt", "{t}/ok.txt"],
        "{t}/データ 目录/missing.txt: no such file",
    ),
    (["run", "{t}/a dir", "{t}/ok.txt"], "{t}/a dir: is a directory, expected a file"),
    (["run", "{t}/a dir.tsv"], "{t}/a dir.tsv: no document pairs found (each needs a meta.toml)"),
    (["run", "{t}/missing.tmx"], "{t}/missing.tmx: no such file"),
    (["run", "{t}/ok.txt"], "{t}/ok.txt: cannot tell the format: give segment pairs"),
    (
        ["run", "{t}/corpus"],
        "{t}/corpus/meta.toml: invalid TOML: Invalid value (at end of document)",
    ),
    (
        ["run", "{t}/nofiles"],
        "{t}/nofiles/meta.toml: needs [source] and [target] tables with a file",
    ),
    (["run", "{t}/a dir"], "{t}/a dir: no document pairs found (each needs a meta.toml)"),
    # empty, blank, markup only
    (["run", "{t}/empty.txt", "{t}/ok.txt"], "{t}/empty.txt: file is empty"),
    (["run", "{t}/blank.txt", "{t}/ok.txt"], "{t}/blank.txt: file is empty"),
    (
        ["run", "{t}/markup.txt", "{t}/ok.txt"],
        "{t}/markup.txt: no prose left after removing markup",
    ),
    (["run", "{t}/empty.xlf"], "{t}/empty.xlf: file is empty"),
    # encodings and binary data
    (["run", "{t}/latin1.txt", "{t}/ok.txt"], "{t}/latin1.txt: not valid utf-8 at byte 6"),
    (
        ["run", "{t}/sjis.txt", "{t}/ja.txt", "--encoding", "shift_jis"],
        "{t}/sjis.txt: not valid shift_jis at byte 10",
    ),
    (
        ["run", "{t}/binary.txt", "{t}/ok.txt"],
        "{t}/binary.txt: a PNG image, not text",
    ),
    (
        ["run", "{t}/word.docx", "{t}/ja.txt"],
        "{t}/word.docx: a damaged Word (.docx) file: it cannot be opened (save it again "
        "from Word, or export it as plain text, one paragraph per line)",
    ),
    (["run", "{t}/word.doc", "{t}/ja.txt"], "{t}/word.doc: an older Microsoft Office file"),
    (["run", "{t}/sheet.xlsx", "{t}/ja.txt"], "{t}/sheet.xlsx: an Excel workbook, not text"),
    (["run", "{t}/scan.pdf", "{t}/ja.txt"], "{t}/scan.pdf: a PDF file, not text"),
    (["run", "{t}/nul.tsv"], "{t}/nul.tsv: binary data (NUL byte at byte 15), expected text"),
    (["run", "{t}/late.tsv"], "{t}/late.tsv: not valid utf-8 at byte 23"),
    (
        ["run", "{t}/ok.txt", "{t}/ja.txt", "--encoding", "klingon"],
        "{t}/ok.txt: unknown encoding 'klingon'",
    ),
    # TSV, CSV, JSONL
    (
        ["run", "{t}/nocols.tsv"],
        "{t}/nocols.tsv:1: the first row must name the columns: id, zh, ja; it lacks 'zh' "
        "(found: id, en, ja)",
    ),
    (
        ["run", "{t}/spaces.tsv"],
        "{t}/spaces.tsv:1: fields must be separated by tabs: the first row 'id zh ja' is one "
        "field (comma-separated tables are read from a .csv file)",
    ),
    (
        ["run", "{t}/nohead.tsv"],
        "{t}/nohead.tsv:1: the first row must name the columns: id, zh, ja, in any order "
        "(found: r1, 北京, 北京)",
    ),
    (["run", "{t}/broken.tsv"], "{t}/broken.tsv:3: expected 3 tab-separated fields, found 2"),
    (["run", "{t}/dup.tsv"], "{t}/dup.tsv:3: duplicate id 'r1' (first on line 2)"),
    (["run", "{t}/header.tsv"], "{t}/header.tsv: no segment pairs after the header row"),
    (["run", "{t}/noid.tsv"], "{t}/noid.tsv:2: empty id"),
    (["run", "{t}/quote.csv"], "{t}/quote.csv:2: broken CSV: unexpected end of data"),
    (["run", "{t}/fields.csv"], "{t}/fields.csv:2: expected 3 comma-separated fields, found 2"),
    (
        ["run", "{t}/bad.jsonl"],
        "{t}/bad.jsonl:1: invalid JSON at column 24: Expecting ',' delimiter",
    ),
    (["run", "{t}/keys.jsonl"], "{t}/keys.jsonl:1: object lacks 'source'"),
    (["run", "{t}/list.jsonl"], "{t}/list.jsonl:1: expected a JSON object"),
    (["run", "{t}/number.jsonl"], "{t}/number.jsonl:1: texts must be strings"),
    (
        ["run", "{t}/surrogate.jsonl"],
        "{t}/surrogate.jsonl:1: text holds a lone surrogate (not Unicode text)",
    ),
    (
        ["run", "{t}/header.tsv", "--input-format", "jsonl"],
        "{t}/header.tsv:1: invalid JSON at column 1: Expecting value",
    ),
    # XML: hostile and broken
    (
        ["run", "{t}/bomb.tmx"],
        "{t}/bomb.tmx: refused: the file holds a document type declaration (DTD),"
        " which input XML may not",
    ),
    (
        ["run", "{t}/dtd.tmx"],
        "{t}/dtd.tmx: refused: the file holds a document type declaration (DTD),"
        " which input XML may not",
    ),
    (
        ["run", "{t}/xxe.xlf"],
        "{t}/xxe.xlf: refused: the file holds a document type declaration (DTD),"
        " which input XML may not",
    ),
    (["run", "{t}/cut.tmx"], "{t}/cut.tmx:1: malformed XML at column 51"),
    (["run", "{t}/nounits.tmx"], "{t}/nounits.tmx: no translation units"),
    (["run", "{t}/duptu.tmx"], "{t}/duptu.tmx:4: duplicate unit id 'u1' (first on line 3)"),
    (["run", "{t}/duptu1.tmx"], "{t}/duptu1.tmx:1: duplicate unit id 'u1' (first on line 1)"),
    (["run", "{t}/enfr.xlf"], "{t}/enfr.xlf: languages 'en' -> 'fr': xlcheck checks zh <-> ja"),
    # options, outputs, rules
    (
        ["run", "{t}/ok.txt", "{t}/ja.txt", "-o", "{t}/ja.txt"],
        "{t}/ja.txt: is an input of this run; choose another path for the output",
    ),
    (
        ["run", "{t}/ok.txt", "{t}/ja.txt", "--source-lang", "ja"],
        "source and target language are both 'ja'",
    ),
    (
        ["run", "{t}/ok.txt", "{t}/ja.txt", "--rules-dir", "{t}/a dir"],
        "{t}/a dir/severity.toml: no such file (every rules folder needs it)",
    ),
    (
        ["run", "{t}/ok.txt", "{t}/ja.txt", "--baseline", "{t}/bad baseline.json"],
        "{t}/bad baseline.json: not an xlcheck baseline (JSON with findings)",
    ),
    (["glossary", "check", "{t}/missing.tsv"], "{t}/missing.tsv: no such file"),
    (["explain", "XL999"], "no rule 'XL999'"),
]


def _make(folder):
    (folder / "a dir").mkdir()
    (folder / "a dir.tsv").mkdir()
    for name, content in FILES.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if content is None:
            continue
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, "utf-8", errors="surrogatepass")


def _snapshot(folder):
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _invoke(args, folder):
    return CliRunner().invoke(main, [a.format(t=folder) for a in args])


def _assert_one_line_error(result, message):
    assert result.exit_code == 2, (result.exit_code, result.output)
    assert "Traceback" not in result.output + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert re.fullmatch(r"xlcheck: error: .+", lines[0]), lines[0]
    # the whole message, or its start where a hint follows (" (pass --encoding ...)")
    assert lines[0] == f"xlcheck: error: {message}" or (
        lines[0].startswith(f"xlcheck: error: {message} (")
    ), lines[0]


def test_the_table_is_long_enough():
    assert len(CASES) >= 25


@pytest.mark.parametrize(("args", "message"), CASES, ids=[c[1][4:44] for c in CASES])
def test_bad_input(tmp_path, args, message):
    _make(tmp_path)
    before = _snapshot(tmp_path)
    result = _invoke(args, tmp_path)
    _assert_one_line_error(result, message.format(t=tmp_path))
    assert _snapshot(tmp_path) == before


def test_unreadable_file(tmp_path, monkeypatch):
    """Permissions cannot be taken from root (CI runs as root): the refusal is simulated."""
    _make(tmp_path)
    real_open = text_module.os.open

    def refuse(path, *args, **kwargs):
        if os.path.basename(path) == "ok.txt":
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(text_module.os, "open", refuse)
    result = _invoke(["run", "{t}/ja.txt", "{t}/ok.txt"], tmp_path)
    _assert_one_line_error(result, f"{tmp_path}/ok.txt: permission denied")


def test_file_too_large_to_read_whole(tmp_path, monkeypatch):
    """Text documents, XLIFF and PO are read whole, so they have a size limit; the
    streamed formats (TSV, CSV, JSONL, TMX) have none."""
    _make(tmp_path)
    monkeypatch.setattr(text_module, "MAX_BYTES", 4)
    result = _invoke(["run", "{t}/ok.txt", "{t}/ja.txt"], tmp_path)
    _assert_one_line_error(result, f"{tmp_path}/ok.txt: file is 9 bytes, more than the 4 allowed")


def test_errors_past_the_first_block_name_their_byte(tmp_path, monkeypatch):
    """Streamed files are decoded a block at a time: offsets still count from the start."""
    monkeypatch.setattr(text_module, "BLOCK", 16)
    path = tmp_path / "late.tsv"
    rows = "".join(f"r{i}\t北京\t北京\n" for i in range(20))
    data = ("id\tzh\tja\n" + rows).encode() + b"r99\t\xe5\x8c\n"
    path.write_bytes(data)
    result = _invoke(["run", str(path)], tmp_path)
    _assert_one_line_error(result, f"{path}: not valid utf-8 at byte {len(data) - 3}")


@pytest.mark.parametrize("block", [16, 1 << 20], ids=["past-the-first-block", "in-the-first"])
def test_a_cut_last_character_is_said_so(tmp_path, monkeypatch, block):
    """A UTF-8 file cut inside its last character is said to be cut, with its last line,
    wherever the end falls; never read as a legacy encoding that loses its findings."""
    monkeypatch.setattr(text_module, "BLOCK", block)
    path = tmp_path / "cut.tsv"
    rows = "".join(f"r{i}\t北京\t北京\n" for i in range(20))
    path.write_bytes(("id\tzh\tja\n" + rows + "r99\t北京\t北京").encode()[:-2])
    result = _invoke(["run", str(path)], tmp_path)
    _assert_one_line_error(
        result,
        f"{path}:22: ends inside a UTF-8 character (its last byte begins one): the file was"
        " cut short; restore its end or drop those bytes",
    )


DOUBTFUL = [
    # usable input that deserves a warning: (file content, warning, exit status)
    ("id\tzh\tja\nr1\t北京にあります。\t北京にあります。\n", "is it Japanese?", 0),
    # kana in a third of the "Chinese" segments: doubtful, not beyond doubt
    (
        "id\tzh\tja\nr1\t北京にあります。\t北京有。\nr2\t北京\t北京\nr3\t上海\t上海\n",
        "the sides look swapped",
        0,
    ),
]


@pytest.mark.parametrize(
    ("content", "warning", "status"), DOUBTFUL, ids=["kana", "swapped-but-in-doubt"]
)
def test_doubtful_input_is_a_warning(tmp_path, content, warning, status):
    path = tmp_path / "pairs.tsv"
    path.write_text(content, "utf-8")
    result = _invoke(["run", str(path)], tmp_path)
    assert result.exit_code == status, result.output
    assert "xlcheck: warning: pairs: " in result.stderr and warning in result.stderr
