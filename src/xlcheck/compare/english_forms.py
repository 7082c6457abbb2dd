"""A country said in a Japanese name by its English form in katakana (セコイア・チャイナ for
红杉中国, ジャパンタイムズ for 日本时报, コリア・ヘラルド for 韩国先驱报): the name of a
company, a newspaper or an event is often the English one, written in katakana, and its
country there is no other place. The forms are vocabulary (rules/ja/names.toml
[country_english_forms])."""

from __future__ import annotations

import re
from functools import cache

from ..extract import entity_key

# a katakana letter (the long mark too); the dot and the equals sign of a name join words
_KANA_LETTER = re.compile("[\u30a1-\u30fa\u30fc]")


@cache  # keyed by the lexicon, so that another rules folder gets its own
def _english_forms(ja_lexicon) -> tuple[tuple[str, frozenset[str]], ...]:
    """(English form, the countries it names in key form), longest form first."""
    table = ja_lexicon.names.get("country_english_forms", {})
    return tuple(
        sorted(
            (
                (form, frozenset(entity_key(n, "ja") for n in names))
                for form, names in table.items()
            ),
            key=lambda item: -len(item[0]),
        )
    )


def english_country_form_said(forms, japanese: str, ja_lexicon) -> bool:
    """Whether `japanese` writes the English form of a country among `forms` (a Chinese
    name's forms in key form: 中国, 韓国) as a word of its own: at the start of a katakana
    run or after a dot (セコイア・チャイナ, ジャパンタイムズ), not inside another word
    (インドチャイナ, Indochina, is no China)."""
    for form, countries in _english_forms(ja_lexicon):
        if countries.isdisjoint(forms):
            continue
        for found in re.finditer(re.escape(form), japanese):
            start = found.start()
            if start == 0 or not _KANA_LETTER.match(japanese[start - 1]):
                return True
    return False


def english_form_name(forms, open_names, ja_lexicon):
    """The open Japanese name (of `open_names`, the names of the unit's Japanese side not
    matched yet) that writes a country among `forms` by its English form (セコイア・チャイナ
    for 中国), or None. None also where another place stays open beside it: 中国城 /
    韓国でチャイナタウンに: the country may be that place, changed, and the loanword
    (チャイナタウン, ジャーマン・シェパード) no saying of it. Only a name read, never a
    word of the running text (チャイナドレス)."""
    named = [n for n in open_names if english_country_form_said(forms, n.text, ja_lexicon)]
    if len(named) != 1:
        return None
    if any(n is not named[0] and n.value.entity_type == "place" for n in open_names):
        return None
    return named[0]
