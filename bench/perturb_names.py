"""Perturb the names of a translation and see whether xlcheck notices, by relation.

For each pair of a TSV (columns id, zh, ja; the Japanese side is the translation), the
harness finds the names of the Japanese side on its own (UniDic proper nouns, joined
when they follow each other, and dotted katakana names), keeps those the Chinese side
plausibly renders (the same characters in Japanese forms; for a katakana name, a run
of transliteration characters, Latin letters or a word jieba tags as a name), picks one
per pair with a seeded generator and makes three variants of the pair:

- swap: every occurrence replaced by another name of the same type and script, drawn
  from the names of the *other* rows of the file (expected: mismatch, XL301);
- vague: replaced by a vague reference of the name's type, a determiner and a noun
  (ある/とある/某/一部の/その/例の/さる + a noun of the type) or a fixed form (某社, 同氏,
  an unnamed person) (expected: anonymized, XL302). Since the rules were written after
  this list, rules/anonymization.toml holds nearly all of these phrases: the share says
  whether the listed phrases work, not whether the tool knows vague references;
- held-out: replaced by a vague reference of other constructions, which the rules were
  not written from (A氏, X社, 一人の男性, どこかの町, 関係筋), drawn with a generator of
  its own so that the other variants stay as they were (expected: anonymized);
- generated: replaced by a determiner and a noun of the name's type drawn from lists
  of this harness that share no word with the determiners and nouns of
  rules/anonymization.toml (この/あの/件の/問題の/身元不明の… × 青年/会社員/港町/商社…;
  checked when the variant is made), with a generator of its own: only a reading of the
  construction, not a list of phrases, can catch them (expected: anonymized);
- file (with --vague-file FILE): replaced by a phrase of the name's type from a list
  someone else wrote (UTF-8, one `type<TAB>phrase` a line, types person, place,
  organisation, company (read as organisation); blank lines and lines starting with # are
  skipped), with a generator of
  its own (expected: anonymized). The list is read, never copied into the repository;
- drop: the name and the particle after it removed (expected: missing, XL303).

It prints, per variant, the share reported with the right relation and with any entity
finding, and the share of the unchanged pairs with any entity finding (listed with
--list). The vague and held-out rows are also split by whether the phrase is in the
rules (matched whole by a pattern of rules/anonymization.toml, its construction's
patterns included): the line "not in rules/" is what the tool does with a vague
reference it was not given. Nothing depends on the clock: the same seed gives the same
variants.

Usage (from the repository root):
    python bench/perturb_names.py ../shared/data/tatoeba-jpn-zho/dev.tsv --half odd
    python bench/perturb_names.py ../shared/data/flores-zh-ja/flores50.tsv --list
    python bench/perturb_names.py ../shared/data/tatoeba-jpn-zho/dev.tsv --vague-file L.tsv
    python bench/perturb_names.py ../shared/data/tatoeba-jpn-zho/dev.tsv --direction ja-zh \
        --vague-file ZH.tsv   (the Chinese side perturbed: bench/perturb_zh.py)
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from corpus import read_half

from xlcheck.extract import entity_converter
from xlcheck.extract.ja import tagger
from xlcheck.load.tsv import segment_pairs
from xlcheck.pipeline import check_pair

UNIDIC_TYPES = {"人名": "person", "地名": "place", "組織": "organisation"}
EXPECTED = {
    "swap": "mismatch",
    "vague": "anonymized",
    "held-out": "anonymized",
    "generated": "anonymized",
    "file": "anonymized",
    "drop": "missing",
}

# Vague references by type. Built here, not read from rules/; rules/anonymization.toml
# has since taken in every determiner and noun below, so these measure the list.
_DETERMINERS = ("ある", "とある", "某", "その", "一部の", "例の", "さる")
_NOUNS = {
    "person": ("人", "人物", "男性", "女性", "男", "女の子", "少年", "知人", "友人", "作家",
               "関係者", "専門家", "政治家", "選手"),
    "place": ("町", "都市", "国", "地域", "村", "島", "州", "地区", "市", "県", "場所"),
    "organisation": ("会社", "企業", "団体", "組織", "大学", "銀行", "機関", "学校", "チーム",
                     "メーカー"),
}  # fmt: skip
_FIXED = {
    "person": ("某氏", "同氏", "誰か", "ある人", "名前の知られていない人物", "匿名の人物"),
    "place": ("某所", "同地", "ある所", "とある場所"),
    "organisation": ("某社", "同社", "大手企業", "某大手企業", "とある会社"),
}
# Vague references of constructions the rules were not written from: a letter for the
# name (news and court reports), a count of one, an indefinite どこか/誰か + の, a
# nameless one, the sources of a report. Whether each is in rules/ is looked up, not
# assumed (see in_rules).
_HELD_OUT = {
    "person": ("A氏", "B氏", "X氏", "Aさん", "一人の男性", "一人の女性", "ひとりの少年",
               "名もなき男", "見知らぬ男", "ある一人の人物", "関係筋", "消息筋", "政府筋"),
    "place": ("A市", "X国", "Y町", "どこかの町", "どこかの国", "よその国", "近隣の町",
              "ある地方都市", "一地方", "とある一地域"),
    "organisation": ("A社", "X社", "B社", "Y大学", "他社", "同業他社", "大企業", "外資系企業",
                     "国内大手", "どこかの会社", "ある大手メーカー"),
}  # fmt: skip
# The generated variant: determiners and nouns written for this harness, none of them a
# word of rules/anonymization.toml's lists (generated_references checks it), so that a
# phrase made of them is caught only by reading the construction: a demonstrative, a
# "that ... in question", an unknown identity or a count of one, before a noun whose
# last part says its class.
_GENERATED_DETERMINERS = ("この", "あの", "件の", "問題の", "身元不明の", "名前を伏せた",
                          "いずれかの", "某国の", "一名の", "ひとつの")  # fmt: skip
_GENERATED_NOUNS = {
    "person": ("青年", "中年男性", "老婦人", "会社員", "大学生", "弁護士", "警察官", "技術者",
               "実業家", "小説家", "料理人", "旅行者", "乗客", "住民"),
    "place": ("港町", "小国", "島国", "田舎町", "農村", "漁村", "城下町", "集落", "離島",
              "工業都市", "観光地", "自治体"),
    "organisation": ("商社", "証券会社", "出版社", "製薬会社", "自動車メーカー", "保険会社",
                     "研究機関", "慈善団体", "信用金庫", "私立大学", "地方銀行", "球団"),
}  # fmt: skip
# a count of one fits its kind only: 一名の is for people, ひとつの for places and bodies
_COUNTED = {"一名の": ("person",), "ひとつの": ("place", "organisation")}
# Titles and particles a dropped name takes with it (トムは昨日 -> 昨日, リード氏は -> "").
_TITLE = "(?:氏|さん|選手|様|先生|君|夫人)?"
_PARTICLE = re.compile(_TITLE + "(?:には|では|とは|から|まで|より|は|が|を|に|の|と|も|で|へ|、)?")
_ADMIN = "都道府県市区町村州"
_KATAKANA = re.compile(r"^[\u30a1-\u30fa\u30fc・]+$")
_TRANSLIT_OR_LATIN = re.compile(r"[A-Za-z]{2,}")


@dataclass(frozen=True)
class Name:
    text: str
    entity_type: str
    script: str  # katakana or kanji


def vague_references(entity_type: str) -> list[str]:
    nouns = _NOUNS[entity_type]
    built = [
        f"{d}{n}"
        for d in _DETERMINERS
        for n in nouns
        if not (d == "一部の" and n in ("男", "島"))  # one island cannot be "some islands"
    ]
    return sorted(set(built) | set(_FIXED[entity_type]))


def generated_references(entity_type: str) -> list[str]:
    """Every determiner x noun of the generated variant for a type, after checking that
    no word of them is listed in rules/anonymization.toml (a word listed there would make
    the variant measure the list again)."""
    listed = _listed_words()
    clash = [w for w in (*_GENERATED_DETERMINERS, *_GENERATED_NOUNS[entity_type]) if w in listed]
    if clash:
        raise SystemExit(f"bench: generated words listed in rules/: {', '.join(clash)}")
    return [
        f"{d}{n}"
        for d in _GENERATED_DETERMINERS
        if entity_type in _COUNTED.get(d, (entity_type,))
        for n in _GENERATED_NOUNS[entity_type]
    ]


def read_vague_file(path: str) -> dict[str, tuple[str, ...]]:
    """Phrases by entity type from a `type<TAB>phrase` file (company phrases stand for
    organisations: UniDic types a company 組織); a bad line stops the run."""
    by_type: dict[str, list[str]] = {t: [] for t in _NOUNS}
    for listed, phrase in listed_phrases(path):
        by_type[_FILE_TYPES.get(listed, listed)].append(phrase)
    empty = [t for t, phrases in by_type.items() if not phrases]
    if empty:
        raise SystemExit(f"bench: {path}: no phrase of type {', '.join(empty)}")
    return {t: tuple(dict.fromkeys(phrases)) for t, phrases in by_type.items()}


def listed_phrases(path: str) -> list[tuple[str, str]]:
    """(type as listed, phrase) of each line of a `type<TAB>phrase` file."""
    try:
        with open(path, encoding="utf-8") as handle:
            lines = handle.read().splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise SystemExit(f"bench: {path}: {error}") from None
    found = []
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        listed, _, phrase = (part.strip() for part in line.partition("\t"))
        if listed not in (*_NOUNS, *_FILE_TYPES) or not phrase:
            raise SystemExit(
                f"bench: {path}:{number}: expected type<TAB>phrase with type one of "
                f"{', '.join([*_NOUNS, *_FILE_TYPES])}, got {line!r}"
            )
        found.append((listed, phrase))
    return found


_FILE_TYPES = {"company": "organisation"}


def _listed_words() -> set[str]:
    """Every word in rules/anonymization.toml's Japanese lists and patterns' literal runs."""
    from xlcheck.rules.data import default_rules_dir, read_rule_toml

    raw = read_rule_toml(default_rules_dir() / "anonymization.toml").get("ja", {})
    words: set[str] = set()

    def walk(value) -> None:
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, str):
            words.update(re.findall(r"[^\\()?:|\[\]*+{}^$.,]+", value))

    walk(raw)
    return words


def in_rules(phrase: str, lang: str = "ja") -> bool:
    """Whether a pattern of rules/anonymization.toml (any type) matches the phrase whole."""
    from xlcheck.rules.data import default_rule_files

    markers = default_rule_files().markers.get(lang, {})
    return any(p.fullmatch(phrase) for patterns in markers.values() for p in patterns)


def names_in(text: str) -> list[Name]:
    """UniDic proper nouns of a Japanese text, consecutive ones joined (山田 + 太郎)."""
    found: list[Name] = []
    position = 0
    spans: list[tuple[int, int, str]] = []
    for word in tagger()(text):
        start = text.find(word.surface, position)
        if start < 0:
            continue
        position = start + len(word.surface)
        parts = word.pos.split(",")
        entity_type = UNIDIC_TYPES.get(parts[2]) if parts[1] == "固有名詞" else None
        dotted = spans and spans[-1][1] + 1 == start and text[start - 1] == "・"
        if entity_type and spans and (spans[-1][1] == start or dotted):
            spans[-1] = (spans[-1][0], position, spans[-1][2])
        elif entity_type:
            spans.append((start, position, entity_type))
    for start, end, entity_type in spans:
        while end < len(text) and text[end] in _ADMIN:
            end += 1  # 北京 + 市: the suffix is part of the name
        surface = text[start:end]
        before, after = text[start - 1 : start], text[end : end + 1]
        if _same_script(before, surface[0]) or _same_script(after, surface[-1]):
            continue  # ホル of ホルボーン, 大西 of 大西洋: a piece of a longer word
        if (before and before in "・·") or after in ("・", "·", "語", "人"):
            continue  # アブ of アブ・グライブ; フランス語, カナダ人 are not names
        if len(surface.replace("・", "")) < 2:
            continue
        script = "katakana" if _KATAKANA.match(surface) else "kanji"
        if script == "kanji" and not all(_han(ch) or ch in "ヶ々" for ch in surface):
            continue  # mixed forms (ロンドン市内) are too often not a name alone
        found.append(Name(surface, entity_type, script))
    return list(dict.fromkeys(found))


def _same_script(neighbour: str, edge: str) -> bool:
    if not neighbour:
        return False
    kana = re.compile(r"[\u30a1-\u30fa\u30fc]")
    return bool(kana.match(neighbour) and kana.match(edge)) or (_han(neighbour) and _han(edge))


def _han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def rendered_in_source(name: Name, zh: str) -> bool:
    """Whether the Chinese side plausibly holds the name (so that the pair is faithful)."""
    if name.script == "kanji":
        converted = entity_converter()(zh)
        core = re.sub(r"[都道府県市区町村]$", "", name.text)
        return name.text in converted or (len(core) >= 2 and core in converted)
    return bool(_TRANSLIT_OR_LATIN.search(zh)) or _jieba_name(zh)


def _jieba_name(zh: str) -> bool:
    from xlcheck.run import current

    chinese = current().language("zh")
    if chinese.vocabulary.transliteration_run.search(zh):
        return True
    return any((t.tag or "").startswith(("nr", "ns", "nt")) for t in chinese.tokens(zh))


def perturb(ja: str, name: Name, kind: str, replacement: str) -> str:
    if kind != "drop":
        return ja.replace(name.text, replacement)
    return re.sub(re.escape(name.text) + _PARTICLE.pattern, "", ja)


def name_pool(names_by_row: dict) -> dict[tuple[str, str], Counter]:
    """The names of all rows by (type, script), as (text, row id) counts: what a swap draws
    its replacement from (perturb_zh.py draws the same way)."""
    pool: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for row_id, names in names_by_row.items():
        for name in names:
            pool[(name.entity_type, name.script)][(name.text, row_id)] += 1
    return pool


def variants(rows, all_rows, seed: int, from_file: dict[str, tuple[str, ...]] | None = None):
    """(variant id, zh, perturbed ja, kind, name, replacement) for every perturbable row;
    `from_file`, phrases by type, adds the "file" variant."""
    rng = random.Random(seed)
    held_out_rng = random.Random(f"{seed} held-out")
    generated_rng = random.Random(f"{seed} generated")
    file_rng = random.Random(f"{seed} file")
    names_by_row = {row_id: names_in(ja) for row_id, _, ja in all_rows}
    pool = name_pool(names_by_row)
    made = []
    for row_id, zh, ja in rows:
        candidates = [n for n in names_by_row[row_id] if rendered_in_source(n, zh)]
        if not candidates:
            continue
        name = rng.choice(candidates)
        others = sorted(
            {
                text
                for text, other_id in pool[(name.entity_type, name.script)]
                if other_id != row_id and text not in ja and text not in entity_converter()(zh)
            }
        )
        choices = {"vague": rng.choice(vague_references(name.entity_type)), "drop": ""}
        if others:
            choices["swap"] = rng.choice(others)
        choices["held-out"] = held_out_rng.choice(_HELD_OUT[name.entity_type])
        choices["generated"] = generated_rng.choice(generated_references(name.entity_type))
        if from_file:
            choices["file"] = file_rng.choice(from_file[name.entity_type])
        for kind, replacement in sorted(choices.items()):
            made.append((f"{row_id}~{kind}", zh, perturb(ja, name, kind, replacement), kind,
                         name, replacement))  # fmt: skip
    return made


def entity_findings(rows, langs: tuple[str, str] = ("zh", "ja")) -> dict[str, list]:
    pair = segment_pairs(
        [r[:3] for r in rows], source_lang=langs[0], target_lang=langs[1], doc_id="x"
    )
    by_unit = {bead.group: bead.source[0] for bead in pair.aligned if bead.source}
    found: dict[str, list] = defaultdict(list)
    for finding in check_pair(pair).findings:
        if finding.kind == "entity":
            found[by_unit[finding.unit]].append(finding)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("--half", choices=("odd", "even", "all"), default="all")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--list", action="store_true", help="list misses and flagged pairs")
    parser.add_argument(
        "--vague-file", metavar="FILE", help="type<TAB>phrase lines: vague references of one's own"
    )
    parser.add_argument(
        "--direction",
        choices=("zh-ja", "ja-zh"),
        default="zh-ja",
        help="ja-zh: the Chinese side is the translation, its names perturbed (swap, file, drop)",
    )
    args = parser.parse_args()
    from_file = read_vague_file(args.vague_file) if args.vague_file else None
    langs = tuple(args.direction.split("-"))
    all_rows = read_half(args.path, "all", *langs, skip_empty=True)
    rows = read_half(args.path, args.half, *langs, skip_empty=True)
    if langs[1] == "zh":
        from perturb_zh import variants_zh

        made = variants_zh(rows, all_rows, args.seed, from_file)
    else:
        made = variants(rows, all_rows, args.seed, from_file)
    found = entity_findings([*rows, *[m[:3] for m in made]], langs)
    print(f"{args.path} ({args.half}): {len(rows)} pairs, {len(made)} variants")
    print("| variant | pairs | right relation | any entity finding |")
    print("| --- | ---: | ---: | ---: |")
    misses = []
    for kind in ("swap", "vague", "held-out", "generated", "file", "drop"):
        mine = [m for m in made if m[3] == kind]
        if (kind == "file" and not from_file) or not mine:
            continue  # ja-zh makes no vague, held-out or generated variant
        misses += [m for m in mine if not _right(m, found)]
        _row(f"{kind} ({EXPECTED[kind]})", mine, found)
        if kind == "file":  # by the type the list gives: company phrases on their own row
            listed_as = dict((phrase, listed) for listed, phrase in listed_phrases(args.vague_file))
            for listed in dict.fromkeys(listed_as.values()):
                _row(f"  listed as {listed}", [m for m in mine if listed_as[m[5]] == listed], found)
        if kind in ("vague", "held-out", "file"):
            listed = {m[5]: in_rules(m[5], langs[1]) for m in mine}
            _row("  phrase in rules/", [m for m in mine if listed[m[5]]], found)
            _row("  phrase not in rules/", [m for m in mine if not listed[m[5]]], found)
    flagged = [row for row in rows if found[row[0]]]
    print(f"unchanged pairs with an entity finding: {_share(len(flagged), len(rows))}")
    if not args.list:
        return
    print("\nmisses:")
    for variant_id, zh, ja, _kind, name, replacement in misses:
        got = "; ".join(f"{f.relation} {f.message}" for f in found[variant_id]) or "nothing"
        print(f"  {variant_id} [{name.entity_type} {name.text} -> {replacement or '∅'}] "
              f"{zh} | {ja}\n      got: {got}")  # fmt: skip
    print("\nunchanged pairs with an entity finding:")
    for row_id, zh, ja in flagged:
        print(f"  {row_id} | {zh} | {ja}")
        for finding in found[row_id]:
            print(f"      {finding.rule} {finding.relation}: {finding.message}")


def _right(variant, found) -> bool:
    return any(f.relation == EXPECTED[variant[3]] for f in found[variant[0]])


def _row(label: str, variants, found) -> None:
    right = [m for m in variants if _right(m, found)]
    anything = [m for m in variants if found[m[0]]]
    print(f"| {label} | {len(variants)} | {_share(len(right), len(variants))} "
          f"| {_share(len(anything), len(variants))} |")  # fmt: skip


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} ({part / max(1, whole):.1%})"


if __name__ == "__main__":
    main()
