"""A personal pronoun in a vanished person's place (約翰說他… / 彼は…と言った).

A translation that leaves a person unnamed says 彼 or 她 where the name stood: the name
is anonymized, not just missing. The pronouns are the vague grammar's
`personal_pronouns` (rules/anonymization.toml); a Chinese pronoun is one jieba reads as a
word of its own (not 他 of 其他, 他们, 他人), a Japanese one stands before a particle of
the subject or object (彼は, 彼女が, not 彼の, 彼ら). The translation must say as many of
them as the source does, and one more than the source says before the name: a pronoun
after the name may point back to it (約翰說他 as 彼は…と言った), one before it renders
another person.
"""

from __future__ import annotations

import re

from ..model import EntityValue, Fact
from ..run import Run

# particles after a Japanese pronoun that stands for a person, not a possessor (彼の)
_JA_AFTER = ("は", "が", "も", "と", "に", "を")
_HIRAGANA = re.compile(r"[\u3041-\u309f]")


def _pronouns(text: str, lang: str, run: Run) -> list[tuple[int, int]]:
    """Where a personal pronoun stands in a text, as (start, end)."""
    grammar = run.rules.phrases.get(lang)
    words = grammar.personal_pronouns if grammar is not None else frozenset()
    if not words:
        return []
    if lang == "zh":
        return [(t.start, t.end) for t in run.language("zh").tokens(text) if t.text in words]
    found = []
    for word in sorted(words, key=len, reverse=True):
        for match in re.finditer(re.escape(word), text):
            span = match.span()
            if any(s <= span[0] < e for s, e in found):
                continue  # 彼 of 彼女, found already
            if _HIRAGANA.match(word) and span[0] and _HIRAGANA.match(text[span[0] - 1]):
                continue  # かれ of 分かれが, 書かれも: inside a word written in kana
            if text.startswith(_JA_AFTER, span[1]):
                found.append(span)
    return sorted(found)


def _offset_in(fact: Fact, text: str) -> int:
    """Where a fact stands in its unit's text (its first occurrence there)."""
    found = text.find(fact.text)
    return found if found >= 0 else len(text)


def pronoun_stand_in(
    source: Fact, source_text: str, source_lang: str, segments, target_lang: str, used, run: Run
) -> Fact | None:
    """The pronoun that stands in a vanished person's place in the target `segments`
    ((segment id, text) pairs), when the translation says more of them, or as many, as
    the source; None otherwise. `used` holds the (segment, start) of references taken."""
    if source.value.entity_type != "person":
        return None
    spans = [
        (segment_id, start, end, text)
        for segment_id, text in segments
        for start, end in _pronouns(text, target_lang, run)
        if (segment_id, start) not in used
    ]
    said = _pronouns(source_text, source_lang, run)
    # (one of the source's may point back to the name, 約翰說他; one before it cannot:
    # 彼は鈴木さんと会った says 他 for 彼, and 鈴木 is missing)
    before = sum(1 for start, _ in said if start < _offset_in(source, source_text))
    if len(spans) < max(len(said), before + 1):
        return None
    segment_id, start, end, text = spans[0]
    used.add((segment_id, start))
    word = text[start:end]
    return Fact("entity", segment_id, start, end, word, EntityValue("vague", word))
