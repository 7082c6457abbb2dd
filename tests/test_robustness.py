"""Nothing breaks on strange input: arbitrary Unicode through every stage, pathological
texts, and corrupted files through the command line."""

import random

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import ROOT, check_strings, facts_of
from xlcheck.cli import main
from xlcheck.model import DocumentPair
from xlcheck.pipeline import check_pair
from xlcheck.segment import segment_text

# Text that looks like ours often enough to reach the grammars: CJK, digits, units, marks.
ALPHABET = st.sampled_from(
    list(
        "0123456789０１２一二三十百千万亿億年月日号点時分第约約以上多余-～/.,，、。！？「」()（）#!【】"
    )
    + list("广州北京朝阳区ある地区某社美元円ドル%％今年同年周一月曜日")
) | st.characters(blacklist_categories=("Cs",))
TEXTS = st.text(alphabet=ALPHABET, max_size=80)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(source=TEXTS, target=TEXTS)
def test_pipeline_survives_arbitrary_segment_pairs(source, target):
    for finding in check_strings(source, target):
        for fact, text in ((finding.source, source), (finding.target, target)):
            if (fact is not None and fact.kind != "entity") or (fact is not None and fact.text):
                assert text[fact.start : fact.end] == fact.text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    source=st.lists(TEXTS, min_size=1, max_size=6), target=st.lists(TEXTS, min_size=1, max_size=6)
)
def test_documents_survive_arbitrary_paragraphs(source, target):
    documents = []
    for lines, lang in ((source, "zh"), (target, "ja")):
        text = "\n".join(lines)
        if not any(ch.isalnum() for ch in text):
            return
        documents.append(segment_text(text, doc_id="x", path=f"x.{lang}", lang=lang))
    if not (documents[0].segments and documents[1].segments):
        return
    check_pair(DocumentPair("x", *documents))


PATHOLOGICAL = [
    ("long paragraph", "广州拥有6131家企业，" * 10_000),
    ("ten thousand digits", "数字" + "7" * 10_000 + "家"),
    ("nested brackets", "(" * 5_000 + "2016年" + ")" * 5_000),
    ("emoji and controls", "🎉2016年\x00\x07\u200b\u202e6131家🇨🇳"),
    ("only punctuation", "。！？、，…" * 1000),
]


@pytest.mark.parametrize(("name", "text"), PATHOLOGICAL, ids=[p[0] for p in PATHOLOGICAL])
def test_pathological_text(name, text):
    facts = facts_of(text, "zh")
    assert all(text[f.start : f.end] == f.text for f in facts)
    check_strings(text, text[:1000])


def test_corrupted_files_give_one_line_errors_never_tracebacks(tmp_path):
    """1,000 corrupted copies of real inputs (bytes flipped, cut short, shuffled)."""
    sources = [
        ROOT / "tests" / "data" / "formats" / name
        for name in ("pairs.tsv", "pairs.csv", "pairs.jsonl", "pairs.xlf", "pairs.tmx", "pairs.po")
    ]
    originals = [(path.suffix, path.read_bytes()) for path in sources]
    rng = random.Random(20261123)
    runner = CliRunner()
    for number in range(1000):
        suffix, data = originals[number % len(originals)]
        data = bytearray(data)
        operation = number % 3
        if operation == 0:
            for _ in range(rng.randint(1, 8)):
                data[rng.randrange(len(data))] = rng.randrange(256)
        elif operation == 1:
            data = data[: rng.randrange(len(data))]
        else:
            cut = rng.randrange(len(data))
            data = data[cut:] + data[:cut]
        path = tmp_path / f"case{number}{suffix}"
        path.write_bytes(bytes(data))
        result = runner.invoke(main, ["run", str(path), "--format", "json"])
        assert result.exit_code in (0, 1, 2), (path, result.output)
        assert result.exception is None or isinstance(result.exception, SystemExit), (
            path,
            repr(result.exception),
        )
        if result.exit_code == 2:
            lines = result.stderr.strip().splitlines()
            assert len(lines) == 1 and lines[0].startswith("xlcheck: error: "), (path, lines)
        path.unlink()
