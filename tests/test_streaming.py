"""Streamed input: files are read a block at a time and checked a chunk of units at a
time, and neither the block nor the chunk size may change what is reported."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from tests.conftest import ROOT
from xlcheck import pipeline
from xlcheck.cli import main
from xlcheck.errors import InputError
from xlcheck.load import text as text_module
from xlcheck.load.text import iter_lines

FORMATS = ROOT / "tests" / "data" / "formats"

LINES = [
    # (bytes, lines); every case is read with blocks of 1, 2, 3, 5 and 1 MiB bytes
    (b"a\nb\n", ["a", "b"]),
    (b"a\r\nb\r\n", ["a", "b"]),
    (b"a\rb\rc", ["a", "b", "c"]),
    (b"a\r\n\r\nb", ["a", "", "b"]),
    (b"a\r", ["a"]),
    (b"\n\na", ["", "", "a"]),
    ("北京\r\n東京\r大阪\n".encode(), ["北京", "東京", "大阪"]),
    ("\ufeff北京\n".encode(), ["北京"]),
    ("北京\r\n東京".encode("utf-16"), ["北京", "東京"]),
    ("北京\n東京".encode("utf-16-be").join([b"\xfe\xff", b""]), ["北京", "東京"]),
    ("a\u2028b\x85c\n".encode(), ["a\u2028b\x85c"]),  # only CR and LF end lines
    ("😀\t𠀋\n".encode(), ["😀\t𠀋"]),
]


@pytest.mark.parametrize("block", [1, 2, 3, 5, 1 << 20])
@pytest.mark.parametrize(("data", "expected"), LINES, ids=range(len(LINES)))
def test_lines_are_the_same_whatever_the_block_size(tmp_path, monkeypatch, block, data, expected):
    monkeypatch.setattr(text_module, "BLOCK", block)
    path = tmp_path / "lines.txt"
    path.write_bytes(data)
    assert [line for _, line in iter_lines(path)] == expected
    assert [number for number, _ in iter_lines(path)] == list(range(1, len(expected) + 1))


@pytest.mark.parametrize("encoding", ["gb18030", "big5"])
def test_legacy_encoding_is_settled_from_the_head(tmp_path, monkeypatch, encoding):
    """The first block settles the codec; the rest of the file is decoded with it."""
    monkeypatch.setattr(text_module, "BLOCK", 256)
    zh = "广州有{}家企业。" if encoding == "gb18030" else "廣州有{}家企業。"
    rows = "".join(f"r{i}\t{zh.format(i)}\t{zh.format(i)}\n" for i in range(40))
    path = tmp_path / "pairs.tsv"
    path.write_bytes(("id\tzh\tja\n" + rows).encode(encoding))
    assert path.stat().st_size > 4 * 256
    lines = list(iter_lines(path))
    assert [line for _, line in lines] == ["id\tzh\tja", *rows.splitlines()]


def _json(args):
    result = CliRunner().invoke(main, [*args, "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.output)


def _generated_tsv(tmp_path):
    rows = [
        (f"u{i:03d}", zh, ja)
        for i, (zh, ja) in enumerate(
            [
                ("广州拥有6131家区块链企业。", "広州には6000以上のブロックチェーン企業がある。"),
                ("2018年8月，朝阳区发文。", "2018年8月、ある地区が通知を出した。"),
                ("杭州有55家企业。", "杭州には55社の企業がある。"),
                ("价格上涨了一美分。", "価格は1円上がった。"),
                ("我喜欢猫。", "私は猫が好きです。"),
            ]
            * 7
        )
    ]
    path = tmp_path / "pairs.tsv"
    path.write_text(
        "id\tzh\tja\n" + "".join("\t".join(row) + "\n" for row in rows), encoding="utf-8"
    )
    return path


@pytest.mark.parametrize("chunk", [1, 2, 3, 7, 1000])
def test_findings_do_not_depend_on_the_chunk_size(tmp_path, monkeypatch, chunk):
    path = _generated_tsv(tmp_path)
    expected = _json(["run", str(path)])
    monkeypatch.setattr(pipeline, "CHUNK_UNITS", chunk)
    assert _json(["run", str(path)]) == expected
    assert expected["summary"]["segments"] == 35
    assert expected["summary"]["findings"] == 7 * 3


@pytest.mark.parametrize("chunk", [1, 3, 1000])
@pytest.mark.parametrize("fmt", ["html", "text", "sarif"])
def test_reports_do_not_depend_on_the_chunk_size(tmp_path, monkeypatch, chunk, fmt):
    path = _generated_tsv(tmp_path)
    runner = CliRunner()
    expected = runner.invoke(main, ["run", str(path), "--format", fmt, "-o", "-"]).output
    monkeypatch.setattr(pipeline, "CHUNK_UNITS", chunk)
    assert runner.invoke(main, ["run", str(path), "--format", fmt, "-o", "-"]).output == expected


def test_a_segment_report_shows_only_units_with_findings(tmp_path):
    path = _generated_tsv(tmp_path)
    out = tmp_path / "report.html"
    CliRunner().invoke(main, ["run", str(path), "--format", "html", "-o", str(out)])
    html = out.read_text("utf-8")
    assert "14 of 35 segment pairs have no findings and are not shown." in html
    assert html.count('class="unit"') == 21
    assert "我喜欢猫" not in html


def test_tmx_is_streamed_and_frees_what_it_read(tmp_path):
    """Each <tu> is dropped from the tree once read: after the last unit the root holds
    at most the unit being read, however many came before."""
    from xlcheck.load.l10n import localization_rows

    units = "".join(
        f'<tu tuid="t{i}"><tuv xml:lang="zh-CN"><seg>北京有{i}家</seg></tuv>'
        f'<tuv xml:lang="ja-JP"><seg>北京に{i}社</seg></tuv></tu>\n'
        for i in range(300)
    )
    path = tmp_path / "tm.tmx"
    path.write_text(
        '<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="zh-CN"/><body>\n'
        + units
        + "</body></tmx>\n",
        "utf-8",
    )
    source, target, rows = localization_rows(path, "tmx", source_lang=None, target_lang=None)
    assert (source, target) == ("zh", "ja")
    seen = []
    for row in rows:
        seen.append(row)
    assert len(seen) == 300
    assert seen[0][:4] == ("t0", "北京有0家", "北京に0社", 3)
    assert seen[-1][:4] == ("t299", "北京有299家", "北京に299社", 302)


def test_tmx_languages_come_from_the_units_when_the_header_has_none(tmp_path):
    from xlcheck.load.l10n import localization_rows

    path = tmp_path / "tm.tmx"
    path.write_text(
        '<?xml version="1.0"?><tmx version="1.4"><header srclang="*all*"/><body>'
        '<tu><tuv xml:lang="ja"><seg>北京に3社</seg></tuv>'
        '<tuv xml:lang="zh-TW"><seg>北京有3家</seg></tuv></tu></body></tmx>',
        "utf-8",
    )
    source, target, rows = localization_rows(path, "tmx", source_lang="ja", target_lang=None)
    assert (source, target) == ("ja", "zh")
    assert [row[1:3] for row in rows] == [("北京に3社", "北京有3家")]


def test_the_streamed_tmx_reads_as_translate_toolkit_reads_it_whole():
    """The streamed TMX reader gives the rows translate-toolkit's tmxfile gives."""
    from translate.storage import tmx

    from xlcheck.load.l10n import _plain, localization_rows

    path = FORMATS / "pairs.tmx"
    store = tmx.tmxfile.parsestring(path.read_bytes())
    whole = [(u.getid(), _plain(u, "source"), _plain(u, "target")) for u in store.units]
    _, _, rows = localization_rows(path, "tmx", source_lang=None, target_lang=None)
    assert [row[:3] for row in rows] == whole


@pytest.mark.parametrize("fmt", ["json", "sarif", "html", "text"])
def test_output_does_not_depend_on_the_number_of_workers(tmp_path, monkeypatch, fmt):
    """Chunks go to worker processes and come back in order: byte-identical reports."""
    path = _generated_tsv(tmp_path)
    monkeypatch.setattr(pipeline, "CHUNK_UNITS", 4)  # 9 chunks: the pool is used
    runner = CliRunner()
    outputs = [
        runner.invoke(main, ["run", str(path), "--format", fmt, "-o", "-", "--jobs", jobs])
        for jobs in ("1", "2", "3")
    ]
    assert all(o.exit_code in (0, 1) for o in outputs), outputs[0].output
    assert len(outputs[0].output) > 500  # the report itself, on standard output
    assert outputs[0].output == outputs[1].output == outputs[2].output


def test_workers_use_the_rules_the_run_chose(tmp_path, monkeypatch):
    import shutil

    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    severity = rules / "severity.toml"
    severity.write_text(
        severity.read_text("utf-8").replace('approximated = "warning"', 'approximated = "error"'),
        "utf-8",
    )
    path = _generated_tsv(tmp_path)
    monkeypatch.setattr(pipeline, "CHUNK_UNITS", 4)
    result = CliRunner().invoke(
        main, ["run", str(path), "--format", "json", "--jobs", "2", "--rules-dir", str(rules)]
    )
    counts = json.loads(result.output)["summary"]["by_severity"]
    assert counts["error"] >= 7, counts  # the seven 6131家 -> 6000以上, now errors


def test_progress_bar_only_on_a_terminal_and_never_over_machine_output(monkeypatch):
    from xlcheck import cli

    class Terminal:
        def isatty(self):
            return True

    monkeypatch.setattr(cli.sys, "stderr", Terminal())
    assert cli._progress_wanted([("text", None)])
    assert cli._progress_wanted([("json", "report.json")])
    assert not cli._progress_wanted([("json", None)])
    assert not cli._progress_wanted([("sarif", None), ("html", "r.html")])


def test_progress_bar_appears_after_a_second(monkeypatch):
    import io

    from xlcheck import cli

    stream = io.StringIO()
    monkeypatch.setattr(cli.sys, "stderr", stream)
    bar = cli._ProgressBar(enabled=True)
    bar(10, 100)  # within the first second: nothing yet
    assert bar.bar is None and stream.getvalue() == ""
    bar.started -= 2
    bar(50, 100)
    bar(100, 100)
    bar.close()
    assert "checking" in stream.getvalue() and bar.shown == 100


def test_document_pairs_go_to_workers_with_the_same_output(tmp_path):
    import shutil

    for name in ("a", "b"):
        shutil.copytree(ROOT / "corpora" / "five-cities-blockchain", tmp_path / name)
    runner = CliRunner()
    outputs = [
        runner.invoke(main, ["run", str(tmp_path), "--format", "json", "--jobs", jobs]).output
        for jobs in ("1", "2")
    ]
    assert outputs[0] == outputs[1]
    assert json.loads(outputs[0])["summary"]["documents"] == 2


@pytest.mark.parametrize(
    ("ids", "expected"),
    [
        (["a", "b", "c", "d"], None),  # every hash collides, no id repeats: all rows pass
        (["a", "b", "c", "b"], "duplicate id 'b' (first on line 3)"),
        (["a", "a"], "duplicate id 'a' (first on line 2)"),
    ],
)
def test_ids_are_checked_by_hash_and_confirmed_by_rereading(tmp_path, monkeypatch, ids, expected):
    """Only the ids' hashes are kept; a hash seen again sends the reader back to the start
    of the file, which tells a repeated id from a collision (here every hash collides)."""
    from xlcheck.load import LoadOptions, SegmentFile
    from xlcheck.load import tsv as tsv_module

    monkeypatch.setattr(tsv_module, "_id_hash", lambda segment_id: 0)
    path = tmp_path / "pairs.tsv"
    lines = [f"{i}\t北京有{n}家。\t北京に{n}社。" for n, i in enumerate(ids)]
    path.write_text("id\tzh\tja\n" + "\n".join(lines) + "\n", encoding="utf-8")
    _, _, rows = SegmentFile(path, "tsv", LoadOptions()).open()
    if expected is None:
        assert [row[0] for row in rows] == ids
    else:
        with pytest.raises(InputError, match=expected.replace("(", r"\(").replace(")", r"\)")):
            list(rows)
