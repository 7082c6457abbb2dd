"""The other direction for bench/perturb_names.py: a Japanese source and its Chinese
translation, whose names are perturbed.

The names of the Chinese side are jieba's (nr, ns, nt: person, place, organisation; two
characters or more) and those xlcheck reads from their construction (nrc), that are names
to its heuristics and no everyday word (谢谢 nr, 太阳 ns are not), kept when one of the
Japanese side's UniDic proper nouns plausibly renders them (the same characters in
Japanese forms, or its core without 市/省/县; for a transliteration, a katakana name). One
name per pair, drawn with a seeded generator, gives:

- swap: replaced by another name of its type and script (Han or transliteration) from
  the other rows, not the same name in other characters (expected: mismatch);
- file: replaced by a phrase of its type from a `--vague-file` list (expected: anonymized);
- drop: the name removed, with 的 after it (expected: missing).
"""

from __future__ import annotations

import random
import re

from perturb_names import Name, name_pool, names_in

from xlcheck.extract import entity_converter
from xlcheck.extract.zh import to_simplified
from xlcheck.extract.zh.names import common_in_japanese, proper_in_japanese
from xlcheck.extract.zh.tokenizer import common_word
from xlcheck.run import current

# jieba's name tags, and the names xlcheck reads from their construction (小明, 朔尔茨)
ZH_TYPES = {"nr": "person", "nrfg": "person", "nrt": "person", "nrc": "person", "ns": "place",
            "nt": "organisation"}  # fmt: skip
_CORE = re.compile(r"[市省县區区州]$")


def chinese_names(zh: str) -> list[Name]:
    """jieba's names of a Chinese text, by type and script: only those that are names to
    the name heuristics and no everyday words (a swap to 谢谢 is no name put in another's
    place), as the zh -> ja harness draws only UniDic's proper nouns."""
    chinese = current().language("zh")
    found = []
    for token in chinese.tokens(chinese.prepare(zh)):
        entity_type = ZH_TYPES.get(token.tag or "")
        text = zh[token.start : token.end]
        if entity_type is None or len(text) < 2 or not _a_name(token, chinese):
            continue
        translit = chinese.vocabulary.transliteration_run.fullmatch(chinese.prepare(text))
        found.append(Name(text, entity_type, "translit" if translit else "han"))
    return list(dict.fromkeys(found))


def _a_name(token, chinese) -> bool:
    """A name to the name heuristics, and no everyday word: 台风, 美德, 太阳 (jieba's ns)
    are common nouns in Japanese kanji too, and 谢谢 (nr), an everyday word, is no proper
    noun there (日本 and 中国, as frequent, are)."""
    simplified = to_simplified(token.text)
    return (
        chinese.entity_type(token) is not None
        and not common_in_japanese(simplified)
        and (not common_word(simplified, chinese.words) or proper_in_japanese(simplified))
    )


def rendered_in_japanese(name: Name, japanese_names: list[Name]) -> bool:
    """Whether the Japanese side plausibly holds the name, as one of its UniDic proper
    nouns (perturb_names.names_in: 日本 of 日本人 is none): the same characters in
    Japanese forms, or for a transliteration a katakana name (so that the pair is
    faithful, and jieba's everyday words tagged as names, 太阳 nr, are left alone)."""
    if name.script == "translit":
        return any(other.script == "katakana" for other in japanese_names)
    converted = entity_converter()(name.text)
    core = _CORE.sub("", converted)
    return any(
        converted == other.text or (len(core) >= 2 and core in other.text)
        for other in japanese_names
    )


def perturb_zh(zh: str, name: Name, kind: str, replacement: str) -> str:
    if kind != "drop":
        return zh.replace(name.text, replacement)
    return re.sub(re.escape(name.text) + "的?", "", zh)


def variants_zh(rows, all_rows, seed: int, from_file: dict[str, tuple[str, ...]] | None = None):
    """(variant id, ja, perturbed zh, kind, name, replacement) for every perturbable row
    of (id, ja, zh) rows."""
    rng = random.Random(f"{seed} zh")
    file_rng = random.Random(f"{seed} zh file")
    names_by_row = {row_id: chinese_names(zh) for row_id, _, zh in all_rows}
    pool = name_pool(names_by_row)
    made = []
    for row_id, ja, zh in rows:
        japanese = names_in(ja)
        candidates = [n for n in names_by_row[row_id] if rendered_in_japanese(n, japanese)]
        if not candidates:
            continue
        name = rng.choice(candidates)
        others = sorted(
            {
                text
                for text, other_id in pool[(name.entity_type, name.script)]
                if other_id != row_id
                and text not in zh
                and entity_converter()(text) not in ja
                # 湯姆 for 汤姆 is the same name in other characters, no swap
                and to_simplified(text) != to_simplified(name.text)
            }
        )
        choices = {"drop": ""}
        if others:
            choices["swap"] = rng.choice(others)
        if from_file:
            choices["file"] = file_rng.choice(from_file[name.entity_type])
        for kind, replacement in sorted(choices.items()):
            made.append((f"{row_id}~{kind}", ja, perturb_zh(zh, name, kind, replacement), kind,
                         name, replacement))  # fmt: skip
    return made
