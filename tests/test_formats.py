"""Input formats: the same pairs give the same findings in every format; broken and
hostile files give one-line errors."""

import json

import pytest
from click.testing import CliRunner

from tests.conftest import ROOT
from xlcheck.cli import main

FORMATS = ROOT / "tests" / "data" / "formats"
EXPECTED = [
    ("XL102", "6131家", "6000以上"),
    ("XL302", "朝阳区", "ある地区"),
    ("XL401", "一美分", "1円"),
]


def _findings(*args):
    result = CliRunner().invoke(main, ["run", *args, "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["documents"][0]


@pytest.mark.parametrize(
    "name", ["pairs.tsv", "pairs.csv", "pairs.jsonl", "pairs.xlf", "pairs.tmx", "pairs.po"]
)
def test_same_findings_in_every_format(name):
    document = _findings(str(FORMATS / name))
    found = sorted(
        (f["rule"], f["source"]["text"], f["target"]["text"]) for f in document["findings"]
    )
    assert found == EXPECTED
    assert (document["source"]["lang"], document["target"]["lang"]) == ("zh", "ja")


def test_ids_come_from_the_file():
    xliff = _findings(str(FORMATS / "pairs.xlf"))
    assert {f["source"]["segment"] for f in xliff["findings"]} == {"u1", "u2", "u3"}
    po = _findings(str(FORMATS / "pairs.po"))
    assert all(f["source"]["segment"].startswith("line-") for f in po["findings"])


def test_languages_come_from_the_file_metadata(tmp_path):
    text = (FORMATS / "pairs.xlf").read_text("utf-8")
    swapped = text.replace(
        'source-language="zh-CN" target-language="ja-JP"',
        'source-language="ja-JP" target-language="zh-CN"',
    )
    path = tmp_path / "swapped.xlf"
    path.write_text(swapped, "utf-8")
    # the declared languages are read: Chinese text declared Japanese is then refused
    result = CliRunner().invoke(main, ["run", str(path)])
    assert result.exit_code == 2
    assert "correct the languages the file declares" in result.stderr
    document = _findings(str(path), "--allow-swapped")
    assert (document["source"]["lang"], document["target"]["lang"]) == ("ja", "zh")


def test_input_format_option_overrides_the_ending(tmp_path):
    path = tmp_path / "pairs.txt"
    path.write_text((FORMATS / "pairs.jsonl").read_text("utf-8"), "utf-8")
    assert len(_findings(str(path), "--input-format", "jsonl")["findings"]) == 3


LEGACY = [
    ("gb18030", "zh", "广州拥有6131家区块链企业，居全国首位。"),
    ("big5", "zh", "廣州擁有6131家區塊鏈企業，居全國首位。"),
    ("shift_jis", "ja", "広州は6000以上のブロックチェーン企業を持ち、全国で1位です。"),
    ("euc_jp", "ja", "広州は6000以上のブロックチェーン企業を持ち、全国で1位です。"),
]


@pytest.mark.parametrize(("encoding", "lang", "text"), LEGACY, ids=[c[0] for c in LEGACY])
def test_legacy_encodings_are_detected(tmp_path, encoding, lang, text):
    path = tmp_path / f"{encoding}.tsv"
    path.write_bytes(f"id\tzh\tja\nu1\t{text}\t{text}\n".encode(encoding))
    document = _findings(str(path))
    facts = [f["source"] or f["target"] for f in document["findings"]]
    assert all(fact["text"] in text for fact in facts)
    explicit = CliRunner().invoke(main, ["run", str(path), "--encoding", encoding])
    assert explicit.exit_code in (0, 1)


def test_utf16_with_bom_and_crlf(tmp_path):
    path = tmp_path / "utf16.tsv"
    content = (FORMATS / "pairs.tsv").read_text("utf-8").replace("\n", "\r\n")
    path.write_bytes(content.encode("utf-16"))
    found = sorted(
        (f["rule"], f["source"]["text"], f["target"]["text"])
        for f in _findings(str(path))["findings"]
    )
    assert found == EXPECTED


@pytest.mark.parametrize(
    ("header", "status", "message"),
    [
        ("id\tja\tzh", 2, "xlcheck: error: "),
        ("id\tzh\tzh2", 2, "the first row must name the columns: id, zh, ja; it lacks"),
    ],
    ids=["swapped-columns", "no-ja-column"],
)
def test_swapped_or_missing_columns_are_errors(tmp_path, header, status, message):
    rows = (FORMATS / "pairs.tsv").read_text("utf-8").splitlines()[1:]
    path = tmp_path / "pairs.tsv"
    path.write_text("\n".join([header, *rows]) + "\n", "utf-8")
    result = CliRunner().invoke(main, ["run", str(path)])
    assert result.exit_code == status
    assert message in result.stderr
