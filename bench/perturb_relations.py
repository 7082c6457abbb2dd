"""Change one fact of a pair in the ways human translators do, beyond a changed digit, and
see whether xlcheck reports it with the right relation.

A sibling of perturb_numbers.py (which changes, rounds, shifts a year, swaps a unit from
its own list, drops a number): this one writes the changes that keep the figure and
change what it means, in the translation's own words (Japanese by default, Chinese with
`--target zh`):

    unit      the same number in another unit or currency of its family (80キロ ->
              80ポンド, 50元 -> 50円, 300米 -> 300英尺); expected a unit mismatch (XL401)
    bound     a bound word flipped (18歳以上 -> 18歳以下, 超过100人 -> 不到100人,
              少なくとも3日 -> 多くても3日); expected a mismatch (XL101)
    vague     a figure made vague by its order (6131店 -> 数千店, 三百人 -> 几百人);
              expected approximated (XL102)
    many      a figure with its counter made a word without a figure (6131店の -> 多数の,
              三百个 -> 许多); expected approximated or missing (XL102, XL103)
    weekday   a weekday changed (水曜日 -> 木曜日, 星期三 -> 星期四); expected XL201
    time      an hour changed, or 午前/午後 swapped (9時 -> 11時, 上午9点 -> 下午9点);
              expected XL201
    month     a month changed (3月 -> 5月, 三月 -> 五月); expected XL201
    era       a Western year written as a Japanese era year converted wrongly by one
              (2011年 -> 平成22年; ja only); expected XL201
    era-right the same, converted rightly (2011年 -> 平成23年): a faithful control,
              expected no finding at all

Printed per kind: how many perturbations, the share reported at all (a number or date
finding touching the changed span), reported with the right relation, and the severities
of the right-relation findings; for era-right, the share with any finding (false).
Numbers are found by perturb_numbers.py's plain patterns, so a figure the grammar misses
still counts against it; a span that already has a finding on the unchanged pair is not
perturbed.

Usage (from the repository root, PYTHONPATH=src):
    python bench/perturb_relations.py ../shared/data/tatoeba-jpn-zho/dev.tsv --half odd
    python bench/perturb_relations.py ../shared/data/flores-zh-ja/flores50.tsv --target zh
    python bench/perturb_relations.py FILE --seeds 5 --list
Deterministic: each perturbation is drawn from a generator seeded by the seed, the kind and
the pair's id.
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from perturb_numbers import (
    ARABIC,
    KANJI,
    NOTATIONS,
    RANKS_AND_TIMES,
    _is_year,
    _line,
    _render_like,
    _touches,
    _value,
    check,
    harness_arguments,
    numerals,
    read_half,
)

MISMATCH = {"XL101", "XL201", "XL401"}
EXPECTED = {
    "unit": {"XL401"},
    "bound": {"XL101"},
    "vague": {"XL102"},
    "many": {"XL102", "XL103"},
    "weekday": {"XL201"},
    "time": {"XL201"},
    "month": {"XL201"},
    "era": {"XL201"},
    "era-right": set(),
}
NUMBER = rf"(?:{ARABIC}|{KANJI})"

# Units of one family: a swap stays in the family (a weight for a weight, a currency for
# a currency), so the figure reads as plausible and only the unit is wrong.
# fmt: off
UNIT_FAMILIES = {
    "ja": (
        ("キログラム", "キロ", "ポンド", "グラム", "トン", "kg", "ｋｇ"),
        ("キロメートル", "マイル", "メートル", "フィート", "センチ", "インチ", "km", "ｋｍ"),
        ("ドル", "円", "元", "ユーロ", "ポンド", "ウォン"),
        ("リットル", "ガロン", "ミリリットル"),
        ("時間", "分間", "秒間"),
        ("平方メートル", "平方キロメートル", "坪", "ヘクタール"),
    ),
    "zh": (
        ("公斤", "千克", "磅", "克", "吨", "斤", "kg"),
        ("公里", "英里", "千米", "米", "英尺", "厘米", "英寸", "km"),
        ("美元", "日元", "元", "欧元", "英镑", "韩元", "块"),
        ("升", "加仑", "毫升"),
        ("小时", "分钟", "秒钟"),
        ("平方米", "平方公里", "公顷", "亩"),
    ),
}
# A bound word and what it flips to; a prefix stands before the figure, a suffix after
# the figure and its counter.
BOUNDS = {
    "ja": {
        "suffix": {
            "以上": "以下", "以下": "以上", "未満": "以上", "以内": "以上", "超": "未満",
            "を超える": "を下回る", "を超えた": "を下回った", "を上回る": "を下回る",
            "を下回る": "を上回る", "足らず": "以上", "余り": "足らず", "あまり": "足らず",
            "近く": "以上", "を切る": "を超える",
        },
        "prefix": {
            "少なくとも": "多くても", "最低": "最大", "最大": "最低", "最高": "最低",
            "多くても": "少なくとも", "最多で": "最少で",
        },
    },
    "zh": {
        "suffix": {
            "以上": "以下", "以下": "以上", "以内": "以上", "多": "不到", "余": "不到",
            "之内": "以上",
        },
        "prefix": {
            "超过": "不到", "不到": "超过", "至少": "最多", "最多": "至少", "多于": "少于",
            "少于": "多于", "不足": "超过", "超過": "不到", "最少": "最多", "逾": "不足",
            "不少于": "不多于", "不超过": "至少",
        },
    },
}
# fmt: on
# A figure and its counter said as a word, before a noun (の, 的) or standing alone.
MANY = {
    "ja": (("多くの", "多数の", "大量の"), ("多数", "たくさん", "いくつか")),
    "zh": (("许多", "很多", "大量"), ("许多", "好几个", "一些")),
}
VAGUE_BEFORE = {"ja": "数", "zh": "几"}
WEEKDAYS = {
    "ja": (re.compile(r"(?<![0-9０-９])(?P<d>[月火水木金土日])曜"), "月火水木金土日"),
    "zh": (
        re.compile(r"(?:星期|礼拜|禮拜|周|週)(?P<d>[一二三四五六日天])(?![次个個年天岁歲])"),
        "一二三四五六日",
    ),
}
HOUR = r"(?P<h>[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})"
TIMES = {
    "ja": re.compile(rf"(?P<ampm>午前|午後)?{HOUR}時(?!間|代)"),
    "zh": re.compile(rf"(?P<ampm>上午|下午|早上|晚上)?{HOUR}[点點](?![儿兒])"),
}
SWAP_HALF = {"午前": "午後", "午後": "午前", "上午": "下午", "下午": "上午", "早上": "晚上",
             "晚上": "早上"}  # fmt: skip
MONTH = re.compile(
    r"(?<![0-9０-９〇一二三四五六七八九十])(?P<m>[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})"
    r"月(?![間份]?[前后後])"
)
ERAS = (("令和", 2019, 2100), ("平成", 1989, 2019), ("昭和", 1926, 1989), ("大正", 1912, 1926))
WESTERN_YEAR = re.compile(r"(?<![0-9０-９])(?P<y>[0-9０-９]{4})(?=\s?年(?!代|間))")


def _free(avoid, start: int, end: int) -> bool:
    return not any(a < end and start < b for a, b in avoid)


def _pick(matches, rng):
    return rng.choice(matches) if matches else None


def swap_unit(text, rng, lang, avoid):
    families = UNIT_FAMILIES[lang]
    units = sorted({u for family in families for u in family}, key=len, reverse=True)
    # 块 is yuan only in speech and a counter as often (一块肉): a unit to swap to, not from
    sources = [u for u in units if u != "块"]
    pattern = re.compile(rf"{NUMBER}\s?(?P<u>{'|'.join(map(re.escape, sources))})")
    spots = [m for m in pattern.finditer(text) if _free(avoid, m.start(), m.end())]
    match = _pick(spots, rng)
    if match is None:
        return None
    unit = match.group("u")
    family = next(f for f in families if unit in f)
    # not a unit of the same size under another name (キロ for キログラム, kg for 公斤)
    others = [u for u in family if u != unit and not _same_size(unit, u)]
    new = rng.choice(others)
    start, end = match.span("u")
    return text[:start] + new + text[end:], (match.start(), start + len(new))


_SIZES = (
    {"キログラム", "キロ", "kg", "ｋｇ", "公斤", "千克"},
    {"キロメートル", "キロ", "km", "ｋｍ", "公里", "千米"},
    {"元", "块"},
)


def _same_size(a: str, b: str) -> bool:
    return any(a in group and b in group for group in _SIZES)


def flip_bound(text, rng, lang, avoid):
    table = BOUNDS[lang]
    suffixes = "|".join(map(re.escape, sorted(table["suffix"], key=len, reverse=True)))
    prefixes = "|".join(map(re.escape, sorted(table["prefix"], key=len, reverse=True)))
    spots = [
        (m, "suffix")
        for m in re.finditer(rf"{NUMBER}[^\s0-9０-９、。，,]{{0,3}}?(?P<b>{suffixes})", text)
    ] + [(m, "prefix") for m in re.finditer(rf"(?P<b>{prefixes})(?:で|为|為)?\s?{NUMBER}", text)]
    spots = [(m, side) for m, side in spots if _free(avoid, m.start(), m.end())]
    picked = _pick(spots, rng)
    if picked is None:
        return None
    match, side = picked
    start, end = match.span("b")
    new = table[side][match.group("b")]
    changed = text[:start] + new + text[end:]
    return changed, (match.start(), match.end() + len(new) - (end - start))


# Words after a figure that make it a measure, a share or a year, not a count of things.
NOT_COUNTS = ("%", "％", "度", "倍", "割", "成", "パーセント", "年", "歳", "岁", "歲", "才")


def _counted(text, lang, avoid):
    """(start, end, value) of figures before a counter that are counts: no year, date,
    time or rank, at least 2."""
    found = []
    for start, end, follower in numerals(text, NOTATIONS[lang].followers, avoid):
        if not follower or follower in RANKS_AND_TIMES or follower in NOT_COUNTS:
            continue
        if _is_year(text, start, end, follower) or text[start - 1 : start] in "第約约":
            continue
        value = _value(text[start:end])
        if value is None or value < 2 or value != int(value):
            continue
        found.append((start, end, int(value), follower))
    return found


def make_vague(text, rng, lang, avoid):
    """6131店 -> 数千店: the figure replaced by its order said vaguely."""
    # 6131 -> 数千 (2,000 to 9,000); 1000 has no vague form of its order
    spots = [s for s in _counted(text, lang, avoid) if s[2] >= 20 and str(s[2])[0] != "1"]
    picked = _pick(spots, rng)
    if picked is None:
        return None
    start, end, value, _ = picked
    order = 10 ** (len(str(value)) - 1)
    word = {10: "十", 100: "百", 1000: "千", 10000: "万"}.get(order)
    if word is None:
        return None
    if lang == "zh" and order == 10000:
        word = "万"
    new = VAGUE_BEFORE[lang] + word
    return text[:start] + new + text[end:], (start, start + len(new))


def make_many(text, rng, lang, avoid):
    """6131店の -> 多数の, 三百个 -> 许多: the figure and its counter become a word."""
    picked = _pick(_counted(text, lang, avoid), rng)
    if picked is None:
        return None
    start, end, _, follower = picked
    end += len(re.match(rf"\s?{re.escape(follower)}", text[end:]).group(0))
    if text[end : end + 1] == "半":
        return None  # 两个半小时: the half belongs to the figure
    before_noun = text[end : end + 1] in ("の", "的")
    end += before_noun
    new = rng.choice(MANY[lang][0 if before_noun else 1])
    return text[:start] + new + text[end:], (start, start + len(new))


def change_weekday(text, rng, lang, avoid):
    pattern, days = WEEKDAYS[lang]
    spots = [m for m in pattern.finditer(text) if _free(avoid, m.start(), m.end())]
    match = _pick(spots, rng)
    if match is None:
        return None
    old = match.group("d").replace("天", "日")
    new = rng.choice([d for d in days if d != old])
    start, end = match.span("d")
    return text[:start] + new + text[end:], (match.start(), match.end())


def change_time(text, rng, lang, avoid):
    spots = [m for m in TIMES[lang].finditer(text) if _free(avoid, m.start(), m.end())]
    spots = [m for m in spots if (_value(m.group("h")) or 0) >= 1 and m.group("h") != "一"]
    match = _pick(spots, rng)
    if match is None:
        return None
    hour = int(_value(match.group("h")))
    if match.group("ampm") and rng.random() < 0.5:
        start, end = match.span("ampm")
        new = SWAP_HALF[match.group("ampm")]
    else:
        limit = 12 if match.group("ampm") else 23
        options = [h for h in range(1, limit + 1) if h != hour and abs(h - hour) <= 3]
        start, end = match.span("h")
        new = _render_like(match.group("h"), rng.choice(options), NOTATIONS[lang])
    return text[:start] + new + text[end:], (match.start(), match.end() + len(new) - (end - start))


def change_month(text, rng, lang, avoid):
    spots = [m for m in MONTH.finditer(text) if _free(avoid, m.start(), m.end())]
    spots = [m for m in spots if 1 <= (_value(m.group("m")) or 0) <= 12]
    match = _pick(spots, rng)
    if match is None:
        return None
    month = int(_value(match.group("m")))
    new = _render_like(
        match.group("m"), rng.choice([m for m in range(1, 13) if m != month]), NOTATIONS[lang]
    )
    start, end = match.span("m")
    return text[:start] + new + text[end:], (start, start + len(new))


def _era_year(text, rng, lang, avoid, wrong: bool):
    if lang != "ja":
        return None
    spots = []
    for match in WESTERN_YEAR.finditer(text):
        year = int(match.group("y").translate(str.maketrans("０１２３４５６７８９", "0123456789")))
        eras = [e for e in ERAS if e[1] < year < e[2]]  # the first and last years are two eras
        if eras and _free(avoid, match.start(), match.end()):
            spots.append((match, year, eras[0]))
    picked = _pick(spots, rng)
    if picked is None:
        return None
    match, year, (era, first, last) = picked
    number = year - first + 1 + (rng.choice((-1, 1)) if wrong else 0)
    if wrong and not first <= first + number - 1 <= last:
        number = year - first + 2  # a year before the era's first: shift the other way
    new = f"{era}{number}"
    start, end = match.span("y")
    return text[:start] + new + text[end:], (start, start + len(new))


PERTURBATIONS = {
    "unit": swap_unit,
    "bound": flip_bound,
    "vague": make_vague,
    "many": make_many,
    "weekday": change_weekday,
    "time": change_time,
    "month": change_month,
    "era": lambda text, rng, lang, avoid: _era_year(text, rng, lang, avoid, True),
    "era-right": lambda text, rng, lang, avoid: _era_year(text, rng, lang, avoid, False),
}


def perturb_all(rows, target, seeds, avoid):
    """{kind: [(key, source text, perturbed target, span, original id)]}."""
    out = defaultdict(list)
    for name, perturb in PERTURBATIONS.items():
        for seed in seeds:
            for pair_id, source, text in rows:
                rng = random.Random(f"{seed}:{name}:{pair_id}")
                result = perturb(text, rng, target, avoid.get(pair_id, ()))
                if result is not None and result[0] != text:
                    key = pair_id if len(seeds) == 1 else f"{pair_id}#{seed}"
                    out[name].append((key, source, result[0], result[1], pair_id))
    return out


def measure(path: Path, half: str, target: str, seeds: list[int], listing: bool) -> None:
    source = "zh" if target == "ja" else "ja"
    rows = read_half(path, half, source, target)
    print(f"{path.name} ({half}, {source} -> {target}, {target} perturbed): {len(rows)} pairs")
    baseline, _ = check(rows, source, target)
    avoid = {
        pair_id: [(f.target.start, f.target.end) for f in found if f.target is not None]
        for pair_id, found in baseline.items()
    }
    print(f"{'kind':10} {'pairs':>6} {'reported':>9} {'right relation':>15}   severities")
    misses = defaultdict(list)
    for name, changed in perturb_all(rows, target, seeds, avoid).items():
        found, _ = check([(k, s, t) for k, s, t, _, _ in changed], source, target)
        reported = right = 0
        severities = Counter()
        for key, src, text, span, original in changed:
            before = {(f.rule, f.message) for f in baseline.get(original, [])}
            # new findings touching the span; a figure made a word may be "missing" (no
            # target span), and the faithful control counts any new finding
            hits = [
                f for f in found.get(key, [])
                if (f.rule, f.message) not in before
                and (name in ("many", "era-right") or _touches(f, span))
            ]  # fmt: skip
            reported += bool(hits)
            good = [f for f in hits if f.rule in EXPECTED[name]]
            right += bool(good)
            if good:
                severities[max(good, key=_rank).severity] += 1
            if bool(hits) if name == "era-right" else not good:
                misses[name].append(f"{key} | {src} | {text}\n" + "\n".join(map(_line, hits)))
        total = len(changed) or 1
        shown = ", ".join(f"{s} {n}" for s, n in sorted(severities.items()))
        label = "false" if name == "era-right" else ""
        print(
            f"{name:10} {len(changed):6} {reported / total:9.1%} {right / total:15.1%}"
            f"   {shown or label}"
        )
    if listing:
        for name, lines in misses.items():
            print(f"\n{'with a finding' if name == 'era-right' else 'missed'}: {name}")
            print("\n".join(lines))


def _rank(finding) -> int:
    return ("info", "warning", "error").index(finding.severity)


def main() -> None:
    args = harness_arguments(__doc__.splitlines()[0], "list the misses")
    measure(args.path, args.half, args.target, args.seed_list, args.list)


if __name__ == "__main__":
    main()
