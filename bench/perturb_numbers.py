"""Perturb the translation side of segment pairs and see whether xlcheck notices.

For every pair of a TSV (`id`, `zh`, `ja`) whose both sides hold a number, one
perturbation of each type is applied to the translation (Japanese by default; Chinese with
`--target zh`, the pair then checked ja -> zh), written in its own notation (kanji
numerals stay kanji, full-width digits full-width, 约 for 約):

    change  one digit of one number changed (3人 -> 5人, 三千 -> 七千, ２０ -> ２７)
    round   one number rounded to one significant figure, with 約 (6131 -> 約6000)
    year    one year shifted by 1 to 3 (2011年 -> 2013年, 二〇一一年, 平成23年, 2011/3/4)
    unit    one unit or currency swapped (ドル -> 円, キロ -> メートル, kg -> g)
    drop    one number dropped with its counter (子供が3人いる -> 子供がいる)

Numbers are found by a plain pattern here, not by xlcheck's grammar, so that a number
the grammar misses still counts against it. Not perturbed, because the perturbation would
not be the change it names: a number that already has a finding on the unchanged pair (a
figure with no counterpart in the source, or one already in another currency, cannot
become a *changed* figure), the digits of a vague numeral (数十, 几百), a value that stays
the same (两 -> 二), a date part beyond its range (13月, 25点), an implausible year
(9000 年 is a duration); years and ranks (第十二条, 12行目) are not rounded, a year in a
range of years (1995-96) changes in its last digit. A drop takes a fraction (3分の1, 三分之一,
3/4), a score (7-2), a range (7点到8点, ７時から８時) or a time with its minutes (8時46分)
whole, and never a lone "one" (1枚, 一年: an article xlcheck never reports alone, by design); a drop
that leaves a shorter date or time of the same fact (the year of a full date) is right
when reported as a mismatch or a precision change of that fact.

Printed per type: how many pairs were perturbed, the share reported at all (a number or
date finding on the changed span; for `drop`, a new finding in the unit), the share
reported with the right kind (date for a year, a month, a day or a time; version for a
part of a dotted run of three parts, v2.3.1; number otherwise) and the share with the
right relation (mismatch XL101/XL201/XL401/XL501; approximated or mismatch for `round`;
missing for `drop`). Then the unchanged pairs with numbers on both sides, and the share
of them that get any number, date or version finding, each listed with --list.

Usage (from the repository root, PYTHONPATH=src):
    python bench/perturb_numbers.py ../shared/data/tatoeba-jpn-zho/dev.tsv --half even
    python bench/perturb_numbers.py ../shared/data/flores-zh-ja/flores50.tsv --list
    python bench/perturb_numbers.py ../shared/data/flores-zh-ja/flores50.tsv --target zh
    python bench/perturb_numbers.py ../shared/data/flores-zh-ja/flores50.tsv --seeds 5
Deterministic: each pair's perturbation is drawn from a generator seeded by --seed, the
type and the pair's id; --seeds N perturbs each pair N times (seeds --seed, --seed + 1,
...), for a larger sample of perturbations on few pairs.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from corpus import read_half

from xlcheck.extract.spans import alternation
from xlcheck.load.tsv import segment_pairs
from xlcheck.pipeline import check_pair

# A digit changed inside a dotted version (v2.3.1 -> v2.3.6) is the version rules'
# finding (XL501, XL503), no figure's: it counts with the kind of what was changed.
KINDS = ("number", "date", "version")
MISMATCH = {"XL101", "XL201", "XL401", "XL501"}
EXPECTED = {
    "change": MISMATCH,
    "round": MISMATCH | {"XL102"},
    "year": {"XL201"},
    "unit": {"XL401"},
    "drop": {"XL103", "XL203", "XL503"},
}

FULL = str.maketrans("0123456789", "０１２３４５６７８９")
HALF = str.maketrans("０１２３４５６７８９", "0123456789")
ARABIC = r"[0-9０-９]+(?:[,，、][0-9０-９]{3})*(?![0-9０-９])(?:[.．][0-9０-９]+)?"
POSITIONAL = "〇一二三四五六七八九"
KANJI_DIGITS = "〇零一二三四五六七八九两兩"
KANJI = rf"[{KANJI_DIGITS}十百千万萬億亿]+"
# What a kanji numeral must stand before to count as a number here (一緒, 一番 do not).
# fmt: off
JA_FOLLOWERS = (
    "人", "つ", "個", "匹", "本", "枚", "冊", "台", "回", "歳", "才", "年", "か月", "ヶ月",
    "カ月", "月", "日", "時", "分", "秒", "円", "度", "階", "倍", "杯", "件", "週", "羽",
    "頭", "軒", "社", "名", "万", "億", "キロ", "メートル", "ドル", "パーセント", "%", "％",
    "割", "番", "位", "着", "歩", "語", "部", "頁", "ページ", "点", "曲", "隻", "機", "足",
)
ZH_FOLLOWERS = (
    "个", "個", "人", "位", "岁", "歲", "年", "月", "日", "号", "號", "天", "点", "點", "分",
    "秒", "块", "塊", "元", "美元", "次", "本", "只", "隻", "条", "條", "张", "張", "件", "家",
    "种", "種", "层", "層", "楼", "樓", "倍", "%", "％", "万", "萬", "亿", "億", "公里", "米",
    "公斤", "小时", "小時", "周", "週", "星期", "名", "杯", "辆", "輛", "台", "部", "度", "本",
    "头", "頭", "双", "雙", "碗", "片", "页", "頁", "步", "首", "次", "成",
)
# fmt: on
# Words after a number that make it a date, a time or a rank: never rounded.
RANKS_AND_TIMES = ("月", "日", "号", "號", "時", "点", "點", "分", "秒", "番", "位", "名")
# A rank said around the number (第十二条, 12行目, 3回目): never rounded either (第約10条 is
# no text anyone writes).
RANK_BEFORE = re.compile(r"第\s?$")
RANK_AFTER = re.compile(r"\s?[^\s\d]?(?:番|行|回|日|人|個|年|週|度|代|巻|章)目")
# Date and time words after a number, and the largest value they take.
DATE_FOLLOWERS = {
    "月": 12, "日": 31, "号": 31, "號": 31, "時": 24, "点": 24, "點": 24, "分": 59, "秒": 59,
}  # fmt: skip
# Kanji digits of one value: 两 -> 二 is no change.
SAME_DIGIT = {"两": "二", "兩": "二", "〇": "零"}
# Words before a numeral that make it vague: 数十, 几百, 何千.
VAGUE_BEFORE = "数數几幾何"
# Characters before 一 that make it part of a word, not a number: 唯一 (only), 统一.
WORD_BEFORE = "唯统統"
# What makes a number a version or an identifier (the version rules' and the identifier
# rules' business, not the number grammar's): HTTP/2, HTTP/1.1, SSL 3.0, HTTP 1.1, v1.24;
# and a hyphenated token with letters (podd7f4b509-cf94-4951-...).
VERSION_BEFORE = re.compile(r"(?:[A-Za-z]\s?/\s?|\b(?!UTC|GMT)[A-Z]{2,}\d?\s|\b[vV])$")
TOKEN_CHARS = re.compile(r"[0-9A-Za-z-]*")
# A dotted run of three parts or more: a version (or an address), never a figure.
DOTTED_RUN = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+){2,}")
# ... and a two-part one after a version word (バージョン4.0, 版本3.3, v1.2)
DOTTED_PAIR = re.compile(r"[0-9０-９]+[.．][0-9０-９]+")
VERSION_WORD_BEFORE = re.compile(r"(?:[vV]|[vV]er\.?|バージョン|版本)\s?$")
# A time written with a colon: the hour before it (at most 24), the minutes after it.
CLOCK_HOUR = re.compile(r"\s?[:：][0-9０-９]{2}")
CLOCK_MINUTES = re.compile(r"[0-9０-９]{1,2}[:：]$")
# Two numbers that make one fact: a fraction, a score or a range, a time with its minutes.
SEP = r"\s?(?:分の|分之|/|[-~～〜—]|から|到|至)\s?"
YEAR_RANGE = re.compile(r"\s?[-~～〜—至到]\s?[0-9０-９]{2,4}\s?(?:年|赛季|シーズン)")
UNIT_SWAPS = {
    "ドル": "円", "円": "ドル", "ユーロ": "ドル", "元": "円", "ポンド": "ドル", "セント": "円",
    "キロメートル": "マイル", "キロ": "メートル", "メートル": "フィート", "センチ": "インチ",
    "キログラム": "グラム", "グラム": "キログラム", "トン": "キロ", "マイル": "キロ",
    "km": "m", "kg": "g", "ｋｍ": "ｍ", "ｋｇ": "ｇ", "時間": "分", "分間": "時間",
    "リットル": "ミリリットル",
}  # fmt: skip
YEAR = re.compile(
    r"(?P<num>[0-9０-９]{4}|[〇零一二三四五六七八九]{4}|[一二三四五六七八九]?千[一二三四五六七八九十百]*)"
    r"(?=\s?年(?!代)|[-/／.][0-9０-９]{1,2}[-/／.][0-9０-９]{1,2})"
    r"|(?:令和|平成|昭和|大正|明治)(?P<era>[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})(?=年)"
)


ZH_UNIT_SWAPS = {
    "美元": "日元", "日元": "美元", "元": "美元", "欧元": "美元", "英镑": "美元", "美分": "日元",
    "公里": "英里", "千米": "英里", "英里": "公里", "米": "英尺", "厘米": "英寸", "公斤": "磅",
    "千克": "磅", "磅": "公斤", "吨": "公斤", "小时": "分钟", "分钟": "小时", "km": "m", "kg": "g",
}  # fmt: skip


@dataclass(frozen=True)
class Notation:
    """How the perturbed side writes numbers: its counters and units, the word for
    "about", and how it spells a number in kanji."""

    lang: str
    followers: tuple[str, ...]
    unit_swaps: dict[str, str]
    about: str
    kanji: Callable[[int], str]


def _kanjize(value: int) -> str:
    import kanjize

    return kanjize.number2kanji(value)


def _kanji_value(text: str) -> int:
    """A kanji numeral's value, through kanjize, or cn2an for Chinese forms (两, 零)."""
    import cn2an
    import kanjize

    try:
        return kanjize.kanji2number(text)
    except (ValueError, KeyError, TypeError):
        return int(cn2an.cn2an(text, "smart"))


def _cn2an(value: int) -> str:
    import cn2an

    return cn2an.an2cn(value)


NOTATIONS = {
    "ja": Notation("ja", JA_FOLLOWERS, UNIT_SWAPS, "約", _kanjize),
    "zh": Notation("zh", ZH_FOLLOWERS, ZH_UNIT_SWAPS, "约", _cn2an),
}


def numerals(text: str, followers, avoid=()) -> list[tuple[int, int, str]]:
    """(start, end, follower) of the numbers a reader sees: Arabic digits not glued to
    Latin letters, and kanji numerals before a counter or unit (not a lone 一); none
    inside a vague numeral (数十) or a span of `avoid`."""
    # a space may stand between the number and its word (FLORES: 11 点 29 分)
    pattern = re.compile(rf"(?P<n>{ARABIC}|{KANJI})(?:\s?(?P<f>{alternation(followers)}))?")
    found = []
    for match in pattern.finditer(text):
        number, follower = match.group("n"), match.group("f") or ""
        before = text[match.start() - 1 : match.start()]
        after = text[match.end("n") : match.end("n") + 1]
        if re.match(ARABIC, number):
            if (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha()):
                continue  # MP3, 4G, JAS 39C
            if VERSION_BEFORE.search(text, 0, match.start()) or _in_identifier(text, match):
                continue  # HTTP/2, SSL 3.0, a UUID: versions and identifiers, not figures
        elif not follower or number in ("一", "万", "千", "百", "億", "萬", "亿", "十"):
            continue
        if before and before in VAGUE_BEFORE:
            continue  # 数十億: the 十 of a vague numeral
        if before and before in WORD_BEFORE and number.startswith("一"):
            continue  # 唯一一次: "the only time", not the number 11
        if any(start < match.end("n") and match.start("n") < end for start, end in avoid):
            continue
        found.append((match.start("n"), match.end("n"), follower))
    return found


def _in_identifier(text: str, match: re.Match[str]) -> bool:
    """Whether the number is part of a hyphenated token with Latin letters (a UUID)."""
    start = match.start("n")
    while start and re.match(r"[0-9A-Za-z-]", text[start - 1]):
        start -= 1
    token = TOKEN_CHARS.match(text, start).group(0)
    return "-" in token and any(ch.isascii() and ch.isalpha() for ch in token)


def _value(number: str) -> float | None:
    try:
        if re.match(ARABIC, number):
            return _arabic_value(number.replace("、", ""))
        return _kanji_value(number)
    except (ValueError, KeyError, TypeError):
        return None


def _digit_like(old: str, new: int) -> str:
    return str(new).translate(FULL) if "０" <= old <= "９" else str(new)


def _arabic_value(text: str) -> float:
    return float(text.translate(HALF).replace(",", "").replace("，", "").replace("．", "."))


def _render_like(template: str, value: int, notation: Notation) -> str:
    """`value` in the notation of `template`: Arabic (width kept), positional kanji
    (二〇一一) or grouped kanji (二千十一 through kanjize, 二千零一十一 through cn2an)."""
    if re.fullmatch(r"[0-9]+", template):
        return str(value)
    if re.fullmatch(r"[０-９]+", template):
        return str(value).translate(FULL)
    if re.fullmatch(r"[〇零一二三四五六七八九]+", template):
        zero = next((z for z in "〇零" if z in template), "〇")
        return "".join((zero + "一二三四五六七八九")[int(d)] for d in str(value))
    return notation.kanji(value)


def _is_year(text: str, start: int, end: int, follower: str) -> bool:
    """A four-digit number before 年, or at either end of a range of years (1995-96赛季)."""
    if end - start != 4 and not re.search(r"\d{4}\s?[-~～〜—至到]\s?$", text[:start]):
        return False
    return (
        follower.startswith("年")
        or bool(YEAR_RANGE.match(text, end))
        or bool(re.search(r"[0-9０-９]{4}\s?[-~～〜—至到]\s?$", text[:start]))
    )


def change(text, rng, notation, avoid=()):
    """One digit of one number changed, in its script and width."""
    spots = numerals(text, notation.followers, avoid)
    if not spots:
        return None
    start, end, follower = rng.choice(spots)
    number = text[start:end]
    positions = [i for i, ch in enumerate(number) if ch.isdigit() or ch in KANJI_DIGITS]
    if (
        follower in DATE_FOLLOWERS
        or _is_year(text, start, end, follower)
        or re.match(r"\s?(?:世紀|世纪|年代)", text[end:])
    ):
        positions = positions[-1:]  # a day stays a day, a year or a century plausible
    if not positions:  # 十, 百: give it a multiplier
        new = rng.choice("二三五七八") + number
        return text[:start] + new + text[end:], (start, start + len(new))
    index = rng.choice(positions)
    old = number[index]
    if old.isdigit():
        digit = int(old.translate(HALF))
        options = [d for d in range(10) if d != digit and (d or index)]
        replacement = _digit_like(old, rng.choice(options))
    else:
        same = SAME_DIGIT.get(old, old)
        replacement = rng.choice([c for c in "二三四五六七八九" if c != same])
    new = number[:index] + replacement + number[index + 1 :]
    limit = DATE_FOLLOWERS.get(follower)
    if CLOCK_HOUR.match(text, end):  # 10:00 -> 81:00 is no time
        limit = 24
    elif CLOCK_MINUTES.search(text, 0, start):
        limit = 59
    value = _value(new) if limit else None
    if limit and (value is None or not 0 < value <= limit):
        return None
    return text[:start] + new + text[end:], (start, end)


def round_one(text, rng, notation, avoid=()):
    """One number of two or more significant figures rounded to one, as 約N."""

    spots = numerals(text, notation.followers, avoid)
    for start, end, follower in rng.sample(spots, k=len(spots)):
        number = text[start:end]
        after = text[end:].lstrip()[:1]
        if follower.startswith("年") or follower in RANKS_AND_TIMES or after in RANKS_AND_TIMES:
            continue  # years, dates, times and ranks are not rounded
        if RANK_BEFORE.search(text, 0, start) or RANK_AFTER.match(text, end):
            continue
        if _is_year(text, start, end, follower):
            continue
        try:
            arabic = re.match(ARABIC, number)
            value = _arabic_value(number.replace("、", "")) if arabic else _kanji_value(number)
        except (ValueError, KeyError, TypeError):
            continue
        if value < 10:
            continue
        magnitude = 10 ** (len(str(int(value))) - 1)
        rounded = int((value + magnitude / 2) // magnitude * magnitude)
        if rounded == value:
            continue
        template = number.translate(HALF).replace(",", "").replace("、", "").split(".")[0]
        if number[0] in "０１２３４５６７８９":
            template = template.translate(FULL)
        written = template if number[0].isdigit() else number
        new = notation.about + _render_like(written, rounded, notation)
        return text[:start] + new + text[end:], (start, start + len(new))
    return None


def shift_year(text, rng, notation, avoid=()):
    """One year shifted by one to three, in its notation (eras keep their era)."""

    matches = [
        m for m in YEAR.finditer(text)
        if not any(start < m.end() and m.start() < end for start, end in avoid)
    ]  # fmt: skip
    if not matches:
        return None
    match = rng.choice(matches)
    group = "num" if match.group("num") else "era"
    raw = match.group(group)
    try:
        if re.fullmatch(r"[0-9０-９]+", raw):
            value = int(raw.translate(HALF))
        elif re.fullmatch(r"[〇零一二三四五六七八九]{4}", raw):
            value = int("".join(str(POSITIONAL.find(c.replace("零", "〇"))) for c in raw))
        else:
            value = _kanji_value(raw)
    except (ValueError, KeyError, TypeError):
        return None
    if group == "num" and not 1000 <= value <= 2199:
        return None  # 9000 年: a duration, not a year
    shifted = value + rng.choice((-3, -2, -1, 1, 2, 3))
    if shifted < 1:
        shifted = value + 1
    new = _render_like(raw, shifted, notation)
    start, end = match.span(group)
    return text[:start] + new + text[end:], (start, start + len(new))


def swap_unit(text, rng, notation, avoid=()):
    """One unit or currency after a number swapped for another."""
    units = alternation(notation.unit_swaps)
    spots = [
        m for m in re.finditer(rf"(?:{ARABIC}|{KANJI})\s?(?P<u>{units})", text)
        if not (m.group("u") == "分" and "時" in text[max(0, m.start() - 3) : m.start()])
        and not any(start < m.end() and m.start() < end for start, end in avoid)
    ]  # fmt: skip
    if not spots:
        return None
    match = rng.choice(spots)
    start, end = match.span("u")
    new = notation.unit_swaps[match.group("u")]
    return text[:start] + new + text[end:], (match.start(), start + len(new))


def drop(text, rng, notation, avoid=()):
    """One number dropped, with its counter or unit; a fraction, a score, a range or a
    time with its minutes whole; never a lone "one"."""
    spots = [
        spot for spot in numerals(text, notation.followers, avoid)
        if _value(text[spot[0] : spot[1]]) != 1
    ]  # fmt: skip
    if not spots:
        return None
    start, end, follower = rng.choice(spots)
    end += len(re.match(rf"\s?{re.escape(follower)}", text[end:]).group(0)) if follower else 0
    number = rf"(?:{ARABIC}|{KANJI})"
    whole = re.compile(
        rf"{number}\s?(?:[時点點]\s?)?{SEP}{number}\s?(?:[時点點分]|钟|鐘)?"
        rf"|{number}\s?[時点點]\s?{number}\s?分"
        rf"|{number}\s?[个個]?半"  # 两个半小时, 2時間半: the half stays with its number
    )
    for match in whole.finditer(text):
        if match.start() <= start < match.end():
            start, end = match.start(), max(end, match.end())
            break
    return text[:start] + text[end:], (start, start)


PERTURBATIONS = {
    "change": change,
    "round": round_one,
    "year": shift_year,
    "unit": swap_unit,
    "drop": drop,
}


def check(rows, source: str, target: str):
    """Findings of number and date kinds, by pair id."""
    pair = segment_pairs(rows, source_lang=source, target_lang=target, doc_id="perturb")
    result = check_pair(pair)
    found = defaultdict(list)
    for finding in result.findings:
        if finding.kind in KINDS:
            found[(finding.source or finding.target).segment].append(finding)
    facts = defaultdict(set)
    for side, side_facts in (("source", result.source_facts), ("target", result.target_facts)):
        for fact in side_facts:
            if fact.kind in KINDS:
                facts[fact.segment].add(side)
    return found, facts


def _expected_kind(name: str, text: str, start: int) -> str:
    """Whether the perturbed number was a date or time (a year, a month, a day, an hour)
    or a quantity, from the word after it in the unchanged text."""
    if name == "year":
        return "date"
    if name == "unit":
        return "number"
    run = _run_start(text, start)
    if DOTTED_RUN.match(text, run) or (
        DOTTED_PAIR.match(text, run) and VERSION_WORD_BEFORE.search(text, 0, run)
    ):
        return "version"  # a part of v2.3.1, 1.4.0 or バージョン4.0
    match = re.match(rf"(?:{ARABIC}|{KANJI})\s?(?P<w>.?)", text[start:])
    word = match.group("w") if match else ""
    if word in ("月", "日", "号", "號", "時", "点", "點"):
        return "date"
    if word == "年" and len(match.group(0).strip()) == 5:
        return "date"  # a four-digit number before 年 is a year
    return "number"


def _run_start(text: str, start: int) -> int:
    """Where the run of digits and dots holding `start` begins."""
    while start and (text[start - 1].isdigit() or text[start - 1] in ".．"):
        start -= 1
    return start


def _touches(finding, span) -> bool:
    target = finding.target
    if target is None:
        return False
    start, end = span
    return (target.start < max(end, start + 1) and start < target.end) or target.start == start


def _repeated(text: str, span: tuple[int, int]) -> bool:
    """Whether the changed number now equals another number of the text."""
    number = re.match(rf"{ARABIC}|{KANJI}", text[span[0] :])
    if number is None:
        return False
    return text.count(number.group(0)) > 1


def _line(finding) -> str:
    return f"    {finding.rule} {finding.severity}: {finding.message}"


def measure(path: Path, half: str, target: str, seeds: list[int], listing: bool) -> None:
    source = "zh" if target == "ja" else "ja"
    notation = NOTATIONS[target]
    rows = read_half(path, half, source, target)
    numeric = [
        row
        for row in rows
        if numerals(row[1], NOTATIONS[source].followers) and numerals(row[2], notation.followers)
    ]
    print(
        f"{path.name} ({half}, {source} -> {target}, {target} perturbed): {len(rows)} pairs, "
        f"{len(numeric)} with numbers on both sides"
    )
    baseline, facts = check(rows, source, target)
    print(f"{'type':8} {'pairs':>6} {'reported':>9} {'right kind':>11} {'right relation':>15}")
    misses: dict[str, list[str]] = defaultdict(list)
    avoid = {
        pair_id: [(f.target.start, f.target.end) for f in findings if f.target is not None]
        for pair_id, findings in baseline.items()
    }
    for name, perturb in PERTURBATIONS.items():
        changed, spans, kinds, originals = [], {}, {}, {}
        for seed in seeds:
            for pair_id, zh, ja in numeric:
                rng = random.Random(f"{seed}:{name}:{pair_id}")
                result = perturb(ja, rng, notation, avoid.get(pair_id, ()))
                if result is not None and result[0] != ja:
                    key = pair_id if len(seeds) == 1 else f"{pair_id}#{seed}"
                    changed.append((key, zh, result[0]))
                    spans[key], originals[key] = result[1], pair_id
                    kinds[key] = _expected_kind(name, ja, result[1][0])
        found, _ = check(changed, source, target)
        reported = right = right_kind = 0
        for key, zh, ja in changed:
            before = {(f.rule, f.message) for f in baseline.get(originals[key], [])}
            if name == "drop":
                hits = [f for f in found.get(key, []) if (f.rule, f.message) not in before]
            else:
                hits = [f for f in found.get(key, []) if _touches(f, spans[key])]
                if not hits and name == "change" and _repeated(ja, spans[key]):
                    # 46票対42票 -> 42票対42票: which 42 is the changed one is a guess
                    hits = found.get(key, [])
            reported += bool(hits)
            right_kind += any(f.kind == kinds[key] for f in hits)
            ok = any(f.rule in EXPECTED[name] for f in hits) or (
                # a drop that shortens a date or time: that fact changed, it did not vanish
                name == "drop"
                and any(
                    f.kind == "date"
                    and f.rule in ("XL201", "XL202")
                    and _touches(f, (spans[key][0], spans[key][0] + 3))  # what is left
                    for f in hits
                )
            )
            right += ok
            if not ok:
                misses[name].append(f"{key} | {zh} | {ja}\n" + "\n".join(_line(f) for f in hits))
        total = len(changed) or 1
        print(
            f"{name:8} {len(changed):6} {reported / total:9.1%} {right_kind / total:11.1%}"
            f" {right / total:15.1%}   ({reported}, {right_kind}, {right})"
        )
    both = [row for row in rows if facts.get(row[0]) == {"source", "target"}]
    for label, subset in (("numbers by pattern", numeric), ("facts on both sides", both)):
        flagged = [row for row in subset if baseline.get(row[0])]
        errors = [row for row in flagged if any(f.severity == "error" for f in baseline[row[0]])]
        print(
            f"unchanged, {label}: {len(subset)} pairs, {len(flagged)} with a number/date "
            f"finding ({len(flagged) / (len(subset) or 1):.1%}), {len(errors)} at error level"
        )
    if listing:
        print("\nfindings on unchanged pairs with numbers or facts on both sides:")
        listed = {row[0]: row for row in (*numeric, *both)}
        for pair_id, zh, ja in sorted(listed.values()):
            for finding in baseline.get(pair_id, []):
                print(f"{pair_id} | {zh} | {ja}\n{_line(finding)}")
        for name, lines in misses.items():
            print(f"\nnot reported with the right relation: {name}")
            print("\n".join(lines))


def harness_arguments(description: str, list_help: str) -> argparse.Namespace:
    """The command line of the number harnesses (this one and perturb_relations.py)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("path", type=Path)
    parser.add_argument("--half", choices=("odd", "even", "all"), default="all")
    parser.add_argument("--target", choices=("ja", "zh"), default="ja", help="side perturbed")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument(
        "--seeds", type=int, default=1, help="perturb each pair this many times (seed, seed+1...)"
    )
    parser.add_argument("--list", action="store_true", help=list_help)
    args = parser.parse_args()
    args.seed_list = list(range(args.seed, args.seed + args.seeds))
    return args


def main() -> None:
    args = harness_arguments(__doc__.splitlines()[0], "list findings and misses")
    measure(args.path, args.half, args.target, args.seed_list, args.list)


if __name__ == "__main__":
    main()
