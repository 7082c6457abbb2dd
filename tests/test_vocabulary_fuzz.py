"""The pipeline never raises on text made of its own vocabulary.

Every word of every table the run reads (rules/LANG/*.toml, entities.toml,
anonymization.toml, waivers.toml, glossary.tsv, terms.tsv) is read through the project's
own schemas and loaders, not listed here, so a table added or edited later is fuzzed too.
The words are put next to numbers in the forms the languages write them (Arabic,
full-width, kanji, with units and counters, dates), names, punctuation and markup, and
each pair goes through the public check (xlcheck.check). A word that one table holds and
the code looks up in another (distant_prefixes read through prefixes) crashed every run
whose text held it; these tests find such a word whatever table it was added to.

For a long hunt: XLCHECK_FUZZ_EXAMPLES=20000 python -m pytest tests/test_vocabulary_fuzz.py
"""

from __future__ import annotations

import json
import os
import re
import shutil
from dataclasses import replace
from fractions import Fraction
from functools import cache
from pathlib import Path

import cn2an
import kanjize
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import xlcheck
from xlcheck.errors import InputError
from xlcheck.extract.dates import DateGrammar
from xlcheck.extract.numbers import NumberGrammar
from xlcheck.rules.baseline import WAIVERS
from xlcheck.rules.check import check_rules_folder
from xlcheck.rules.data import ENTITIES, read_glossary
from xlcheck.rules.lexicon import FILES, LANGUAGES, RETIRED, schema
from xlcheck.rules.schema import LIST, SECTION, TABLE, TABLES, VALUE, Key, read_checked, regex
from xlcheck.rules.vague import SCHEMA as MARKERS
from xlcheck.run import current

FUZZ = settings(
    max_examples=int(os.environ.get("XLCHECK_FUZZ_EXAMPLES", "60")),
    deadline=None,
    derandomize=True,  # the same examples on every run: a failure here is reproducible
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
FULL = str.maketrans("0123456789.", "０１２３４５６７８９．")


def _strings(values, keys: dict[str, Key], table: str):
    """(table, string, is_pattern) for each string a schema's keys hold in `values`."""
    for name, key in keys.items():
        value = values.get(name) if isinstance(values, dict) else None
        if value is None:
            continue
        where = f"{table}{name}"
        if key.shape == SECTION:
            yield from _strings(value, key.keys or {}, f"{where}.")
        elif key.shape == TABLES:
            for each in value:
                yield from _strings(each, key.keys or {}, f"{where}.")
        elif key.shape == TABLE:  # the keys are words; values that are words are too
            for word, entry in value.items():
                yield where, word, False
                for rendering in entry if isinstance(entry, list) else ():
                    if isinstance(rendering, str):  # not the bounds of a vague range
                        yield where, rendering, False
        elif key.shape in (LIST, VALUE):
            for entry in value if key.shape == LIST else [value]:
                entry = entry[0] if isinstance(entry, list) else entry  # [word, tag]
                if isinstance(entry, str) and entry:
                    yield where, entry, key.check is regex
                    if len(entry) > 1 and name == "surnames":  # one run of characters
                        yield from ((where, ch, False) for ch in entry)


@cache
def vocabulary() -> dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """Table name -> (language or "", its words, its patterns), from the run's folder."""
    folder = current().rules.folder
    found: dict[str, tuple[str, list[str], list[str]]] = {}

    def add(table: str, lang: str, text: str, pattern: bool) -> None:
        words, patterns = found.setdefault(table, (lang, [], []))[1:]
        (patterns if pattern else words).append(text)

    for lang in LANGUAGES:
        for name in FILES:
            path = folder / lang / f"{name}.toml"
            values = read_checked(path, schema(lang, name), RETIRED)[0]
            for table, text, pattern in _strings(values, schema(lang, name), f"{lang}/{name}:"):
                add(table, lang, text, pattern)
    for file, keys in (
        ("entities.toml", ENTITIES),
        ("anonymization.toml", MARKERS),
        ("waivers.toml", WAIVERS),
    ):
        values = read_checked(folder / file, keys)[0]
        for table, text, pattern in _strings(values, keys, f"{file}:"):
            lang = table.split(":")[1].split(".")[0]
            add(table, lang if lang in LANGUAGES else "", text, pattern)
    for file in ("glossary.tsv", "terms.tsv", "headings.tsv"):
        for entry in read_glossary(Path(folder) / file):
            add(f"{file}:zh", "zh", entry.zh, False)
            for rendering in entry.ja:
                add(f"{file}:ja", "ja", rendering, False)
    return {table: (lang, tuple(w), tuple(p)) for table, (lang, w, p) in found.items()}


def _pool(lang: str) -> list[str]:
    return sorted({w for wl, words, _ in vocabulary().values() if wl in (lang, "") for w in words})


def _patterns(lang: str) -> list[str]:
    return sorted({p for pl, _, ps in vocabulary().values() if pl in (lang, "") for p in ps})


def test_the_vocabulary_is_read_from_every_file():
    files = {table.split(":")[0] for table in vocabulary()}
    assert {"zh/numbers", "ja/dates", "zh/names", "anonymization.toml", "glossary.tsv"} <= files
    assert "至多" in vocabulary()["zh/numbers:distant_prefixes"][1]


# --- how each language writes a number --------------------------------------------------

values = st.one_of(
    st.integers(0, 12),
    st.integers(0, 99_999),
    st.integers(0, 10**13),
    st.sampled_from([2016, 1989]),
)
decimals = st.builds(lambda a, b: f"{a}.{b}", st.integers(0, 999), st.integers(0, 99))


@st.composite
def numerals(draw) -> str:
    n = draw(values)
    form = draw(st.sampled_from(["arabic", "commas", "full", "kanji", "ja-kanji", "decimal"]))
    if form == "decimal":
        return draw(decimals)
    return {
        "arabic": str(n),
        "commas": f"{n:,}",
        "full": f"{n:,}".translate(FULL),
        "kanji": cn2an.an2cn(n),
        "ja-kanji": kanjize.number2kanji(n) if n else "〇",
    }[form]


@st.composite
def dates(draw) -> str:
    year, month = draw(st.integers(1, 2100)), draw(st.integers(0, 13))
    day = draw(st.integers(0, 32))  # 0 and 32, 13月: not dates, still text to read
    shape = draw(st.sampled_from(["ymd", "md", "iso", "y", "full", "spaced", "hm"]))
    return {
        "ymd": f"{year}年{month}月{day}日",
        "md": f"{month}月{day}日",
        "iso": f"{year:04d}-{month:02d}-{day:02d}",
        "y": f"{year}年",
        "full": f"{year}年{month}月{day}日".translate(FULL),
        "spaced": f"{year} 年 {month} 月 {day} 日",
        "hm": f"{month}:{day:02d}",
    }[shape]


PUNCTUATION = [*"。、，！？「」『』（）()・…～〜-―—/:：;；%％+±×·\"'“”‘’\n ", "\u3000"]
MARKUP = ["**", "`", "# ", "- ", "1. ", "<b>", "</b>", "[", "](x.md)", "<br>", "| ", "> "]
NAMES = ["朝阳区", "广州", "張偉", "李明", "ジョン", "マイクロソフト", "Alice", "COVID-19", "v1.24"]


def pieces(lang: str):
    """One piece of a sentence in `lang`: mostly words of its vocabulary and numbers."""
    word = st.sampled_from(_pool(lang))
    other = st.sampled_from(_pool("zh" if lang == "ja" else "ja"))
    patterns = _patterns(lang)
    matched = st.sampled_from(patterns).flatmap(
        lambda p: st.from_regex(p, fullmatch=True).filter(lambda s: len(s) < 20)
    )
    return st.one_of(
        word,
        word,
        word,
        numerals(),
        numerals(),
        dates(),
        other,
        matched,
        st.sampled_from(NAMES),
        st.sampled_from(PUNCTUATION),
        st.sampled_from(MARKUP),
    )


def sentences(lang: str):
    return st.lists(pieces(lang), min_size=1, max_size=12).map("".join)


def _no_exception(zh: str, ja: str, reverse: bool = False) -> None:
    """Raises on a crash; what is found is other tests' business."""
    if reverse:
        xlcheck.check(ja, zh, source_lang="ja", target_lang="zh")
    else:
        xlcheck.check(zh, ja)


@FUZZ
@given(zh=sentences("zh"), ja=sentences("ja"), reverse=st.booleans())
def test_a_pair_made_of_the_vocabulary_never_raises(zh, ja, reverse):
    _no_exception(zh, ja, reverse)


@FUZZ
@given(lines=st.lists(st.tuples(sentences("zh"), sentences("ja")), min_size=1, max_size=4))
def test_documents_made_of_the_vocabulary_never_raise(lines):
    _no_exception("\n".join(z for z, _ in lines), "\n".join(j for _, j in lines))


# --- each word of each table, before and after a number, in both languages ---------------

# A word right before and right after numbers of each notation, with a counter or unit.
AROUND = "{w}3{w}。{w}１２個{w}、{w}三百{w}人。{w}2016年{w}5月{w}1日{w}。"


def _tables() -> list[str]:
    return sorted(t for t, (_, words, _) in vocabulary().items() if words)


@pytest.mark.parametrize("table", _tables())
def test_each_word_of_a_table_around_a_number(table):
    words = vocabulary()[table][1]
    chunks = [words[i : i + 40] for i in range(0, len(words), 40)]
    for chunk in chunks:  # forty words a check; a failing chunk is searched word by word
        text = "\n".join(AROUND.format(w=w) for w in chunk)
        try:
            _no_exception(text, text)
        except Exception:
            for w in chunk:
                one = AROUND.format(w=w)
                try:
                    _no_exception(one, one)
                except Exception as error:
                    raise AssertionError(f"{table}: {w!r} in {one!r}: {error!r}") from error
            raise


def test_a_word_for_the_qualifier_of_a_distant_number_is_read_where_it_is_listed():
    """至多 is in distant_prefixes; the crash of 17:10 was its look-up in prefixes."""
    for word in vocabulary()["zh/numbers:distant_prefixes"][1]:
        _no_exception(f"{word}要花五美元。", "5ドルかかる。")
        _no_exception(f"{word}要花五美元。", "5ドルかかる。", reverse=True)


# --- a table the code reads through another one --------------------------------------------


def test_a_distant_qualifier_means_what_prefixes_says():
    zh = current().rules.lexicons["zh"].numbers
    (found,) = NumberGrammar(zh).find("至多要花五美元")
    assert found.value.qualifier == "le"


def test_a_distant_qualifier_prefixes_lacks_is_read_as_no_qualifier():
    """Tables built in code are not checked by rules check: the grammar must not raise."""
    zh = current().rules.lexicons["zh"].numbers
    lacking = {word: q for word, q in zh.prefixes.items() if word != "至多"}
    (found,) = NumberGrammar(replace(zh, prefixes=lacking)).find("至多要花五美元")
    assert found.value.qualifier == "exact"


def test_a_run_refuses_a_distant_qualifier_without_a_meaning(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(current().rules.folder, rules)
    path = rules / "zh" / "numbers.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"至多" = "le"\n', ""), encoding="utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if row.startswith("distant_"))
    with pytest.raises(InputError) as refused:
        xlcheck.check("至多要花五美元。", "5ドルかかる。", rules_dir=rules)
    assert refused.value.line == line
    assert "distant_prefixes: '至多' is not in [prefixes]" in refused.value.detail


@pytest.mark.parametrize(
    ("text", "weekday"),
    [
        pytest.param("礼拜天见", 7, id="one-character-name-after-prefix"),
        pytest.param("周礼拜天", 7, id="two-character-name-after-prefix"),
        pytest.param("星期拜访客户", None, id="one-character-of-a-name-is-none"),
    ],
)
def test_a_weekday_name_of_two_characters_is_a_word(text, weekday):
    """[weekday_names] read as a class of characters matched 拜 of 礼拜天 alone, which the
    table then lacked: KeyError on any text with 星期拜."""
    zh = current().rules.lexicons["zh"].dates
    names = {**zh.weekday_names, "礼拜天": 7}
    found = DateGrammar(replace(zh, weekday_names=names)).find(text)
    assert [m.value.weekday for m in found if m.value.weekday] == ([weekday] if weekday else [])


# --- edited rules: what rules check accepts, a run must survive ----------------------------


def _toml(value) -> str:
    """One value written inline, as TOML reads it back."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {_toml(v)}" for k, v in value.items()) + " }"
    return json.dumps(value, ensure_ascii=False)  # a TOML basic string


def _edited(text: str, key: str, shape: str, word: str, like) -> str | None:
    """The file's text with `word` added to `key` (for a table with the value `like` of
    one of its entries; for a single value in its place); None where it is not written
    in a form this edits."""
    lines = text.splitlines()
    for number, line in enumerate(lines):
        if shape == TABLE and line.strip() == f"[{key}]":
            lines.insert(number + 1, f"{_toml(word)} = {_toml(like)}")
            return "\n".join(lines) + "\n"
        if shape != TABLE and re.match(rf"{key}\s*=", line):
            if shape == VALUE:
                lines[number] = f"{key} = {_toml(word)}"
            elif "[" in line:
                lines[number] = line.replace("[", f"[{_toml(word)}, ", 1)
            else:
                return None
            return "\n".join(lines) + "\n"
    return None


@st.composite
def edits(draw):
    """A rules folder's vocabulary file with one word added to one of its keys."""
    lang, name = draw(st.sampled_from(LANGUAGES)), draw(st.sampled_from(FILES))
    keys = schema(lang, name)
    key = draw(st.sampled_from(sorted(k for k in keys if keys[k].shape in (LIST, TABLE, VALUE))))
    word = draw(st.sampled_from(_pool("zh") + _pool("ja")))  # any word, into any table
    if keys[key].check is regex:
        word = re.escape(word)
    values = read_checked(current().rules.folder / lang / f"{name}.toml", keys, RETIRED)[0]
    present = values.get(key)
    like = None
    if keys[key].shape == TABLE and present:  # a value one of the table's entries has
        like = draw(st.sampled_from(sorted(present.values(), key=repr)))
    return lang, name, key, keys[key].shape, word, like


@settings(FUZZ, max_examples=max(25, FUZZ.max_examples // 3))  # a rules folder each
@given(edit=edits(), context=st.lists(st.one_of(pieces("zh"), pieces("ja")), max_size=8))
def test_rules_check_refuses_what_a_run_would_crash_on(tmp_path_factory, edit, context):
    lang, name, key, shape, word, like = edit
    rules = tmp_path_factory.mktemp("rules") / "rules"
    shutil.copytree(current().rules.folder, rules)
    path = rules / lang / f"{name}.toml"
    text = _edited(path.read_text(encoding="utf-8"), key, shape, word, like)
    if text is None:
        return
    path.write_text(text, encoding="utf-8")
    if check_rules_folder(rules):
        return  # refused with file and line: that is what rules check is for
    sentence = AROUND.format(w=word) + "".join(context) + "".join(f"{c}{word}" for c in word)
    xlcheck.check(sentence, sentence, rules_dir=rules)
    xlcheck.check(sentence, sentence, source_lang="ja", target_lang="zh", rules_dir=rules)


def _with_units(tables, decimal_units=(), scaled=None):
    units = {**tables.units, **(scaled or {})}
    return replace(tables, units=units, decimal_units=(*tables.decimal_units, *decimal_units))


@pytest.mark.parametrize(
    ("text", "tables", "value"),
    [
        pytest.param(
            "身高一公尺八", lambda t: _with_units(t, ("公尺",)), Fraction(9, 5), id="公尺-and-米"
        ),
        # the fuzz's row: scaled_units "CNY" = { unit = "%", factor = 10 } beside 成
        pytest.param(
            "打了三成五",
            lambda t: _with_units(t, scaled={"CNY": ("%", Fraction(10))}),
            Fraction(35),
            id="成-and-CNY",
        ),
    ],
)
def test_words_a_figure_is_read_after_may_differ_in_length(text, tables, value):
    """A unit of tenths (成) or of length (米) with another of another length in its list
    made a look-behind of two widths, which Python does not compile: the run raised."""
    zh = current().rules.lexicons["zh"].numbers
    (found,) = NumberGrammar(tables(zh)).find(text)
    assert found.value.low == value
