"""A state's body whose country changed: 俄罗斯外交部 rendered 米国務省 (final review 6, §15).

Japanese news writes a foreign ministry with its country abbreviated to one kanji (米国務省,
露外務省, 仏外務省, 英国防省), with the country's name in kanji (中国外務省, 台湾外交部) or in
katakana (ドイツ外務省). The tagger reads none of these as one name, so a country changed
before the body left no name to pair with the Chinese one. Here the Japanese body is cut at
its leading country, and that country is compared with the Chinese country before the body:
another country is another body. The abbreviations and the countries' names are data
(country_abbreviations of rules/ja/names.toml and rules/zh/names.toml, the glossary).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from ..extract import entity_key
from ..extract.ja.tokenizer import tagged_words
from ..extract.zh import to_simplified
from ..model import EntityValue, Fact
from ..rules.names import longest_first
from ..scripts import KATAKANA_LETTERS
from .entities import glossary_renderings
from .names import state_bodies
from .values import open_facts

if TYPE_CHECKING:
    from ..run import Run

MIN_BODY = 2  # characters of a body's name after its country (省 alone is no body)
# a katakana country glued to a kanji body (ドイツ外務省), or a kanji run (米国務省)
# (a katakana run from its start and taken whole: linear on a long run without kanji)
_BODY_RUN = re.compile(
    rf"((?<![{KATAKANA_LETTERS}])[{KATAKANA_LETTERS}]{{2,}}+)?([\u4e00-\u9fff々]{{3,16}})"
)


def changed_country_bodies(unit, matched: set[int], ja_segments, langs, run: Run) -> list:
    """(source, target) pairs of a unit's Chinese bodies of a country left open and the
    Japanese body of another country in their place (ja_segments: (id, text) of the
    unit's Japanese segments); a name the tagger read there (ドイツ外務省) stands for it."""
    zh_side, ja_side = ("source", "target") if langs[0] == "zh" else ("target", "source")
    pairs = []
    found = None  # the unit's Japanese bodies, the same for every fact: scanned once
    for fact in open_facts(getattr(unit, zh_side), "entity", matched):
        own = _own_country_names(fact, run)
        if not own:
            continue
        if found is None:
            found = [body for segment in ja_segments for body in _country_bodies(*segment, run)]
        body = _body_of_another_country(own, found)
        if body is None:
            continue
        body = next(
            (
                other
                for other in open_facts(getattr(unit, ja_side), "entity", matched)
                if other.segment == body.segment
                and other.start < body.end <= other.end
                and body.start < other.end
            ),
            body,
        )
        matched.update((id(fact), id(body)))
        # a known country and a body of its state: a name by construction, however weak
        # the tagger's reading of it (俄罗斯外交部 is no word of jieba's)
        fact = replace(fact, value=replace(fact.value, confident=True))
        pairs.append((fact, body) if zh_side == "source" else (body, fact))
    return pairs


def _own_country_names(fact: Fact, run: Run) -> frozenset[str]:
    """The Japanese names of the country a Chinese body (`fact`, 俄罗斯外交部) opens on;
    none when it opens on no country, or on one the rules cannot render (no telling it
    from another)."""
    country = _chinese_country(fact, run)
    return frozenset() if country is None else _japanese_names_of(country, run)


def _body_of_another_country(
    own: frozenset[str], found: list[tuple[Fact, frozenset[str]]]
) -> Fact | None:
    """The Japanese body, with another country before it, that took the place of a Chinese
    country's body (of a country `own` names): 米国務省 among `found` (`_country_bodies` of
    the unit), when it is the one body there with a country before it and that country is
    not the Chinese body's."""
    if len(found) != 1 or found[0][1] & own:
        return None  # none, several (which one replaced it is a guess), or the same one
    return found[0][0]


def _chinese_country(fact: Fact, run: Run) -> str | None:
    """The country a Chinese body's name opens on (俄罗斯 of 俄罗斯外交部, 英国 of 英国国防
    部), when the rest is a body of a state; None otherwise."""
    if fact.kind != "entity" or fact.value.entity_type not in ("organisation", "place", "other"):
        return None
    text = to_simplified(fact.text)
    bodies = state_bodies(run)
    for country in chinese_countries(run.rules.lexicons["zh"]):
        if not text.startswith(country):
            continue
        rest = text[len(country) :]
        if len(rest) >= MIN_BODY:
            return country if entity_key(rest, "zh").endswith(bodies) else None
    return None


@cache
def chinese_countries(zh_lexicon) -> tuple[str, ...]:
    """Countries by name in simplified Chinese, longest first (俄罗斯 before 俄国)."""
    table = zh_lexicon.names.get("country_abbreviations", {})
    names = {name for names in table.values() for name in names}
    names |= {to_simplified(place) for place in zh_lexicon.names.get("places", ())}
    return longest_first(names)


def _japanese_names_of(country: str, run: Run) -> frozenset[str]:
    """How Japanese names a Chinese country: the glossary's renderings (俄罗斯 = ロシア),
    its kanji (英国, 中国), and each one-kanji abbreviation of those (露, 英, 中)."""
    names = set(glossary_renderings(entity_key(country, "zh"), run.rules.glossary))
    names.add(entity_key(country, "zh"))
    abbreviations = _abbreviations(run.rules.lexicons["ja"])
    names |= {short for short, full in abbreviations.items() if names & full}
    return frozenset(names)


@cache
def _abbreviations(ja_lexicon) -> dict[str, frozenset[str]]:
    """Each one-kanji abbreviation and the names it stands for (米: 米国, アメリカ …)."""
    table = ja_lexicon.names.get("country_abbreviations", {})
    return {short: frozenset((short, *names)) for short, names in table.items()}


@cache
def _japanese_countries(ja_lexicon) -> tuple[str, ...]:
    """Countries by name as Japanese writes them before a body (アメリカ, 米国, 中国),
    longest first."""
    return longest_first(name for names in _abbreviations(ja_lexicon).values() for name in names)


@cache
def _country_names(ja_lexicon) -> dict[str, frozenset[str]]:
    """Each name of a country the abbreviations give, and every name of that country with
    it: 米国 -> 米, 米国, アメリカ …"""
    names: dict[str, frozenset[str]] = {}
    for full in _abbreviations(ja_lexicon).values():
        for name in full:
            names[name] = names.get(name, frozenset((name,))) | full
    return names


def _country_bodies(segment: str, text: str, run: Run) -> list[tuple[Fact, frozenset[str]]]:
    """The bodies of a state in a Japanese text that open on a country, each with the
    names of its country: ドイツ外務省 (ドイツ), 米国務省 (米, 米国, アメリカ …)."""
    bodies = state_bodies(run)
    ja_lexicon = run.rules.lexicons["ja"]
    found = []
    for match in _BODY_RUN.finditer(text):
        katakana_country, kanji = match.group(1), _body_end(match.group(2), bodies)
        if kanji is None:
            continue
        if katakana_country:
            country = (
                katakana_country if katakana_country in _japanese_countries(ja_lexicon) else None
            )
            start = match.start(1)
        else:
            country = _kanji_country(kanji, bodies, ja_lexicon)
            start = match.start(2)
        if country is None:
            continue
        names = _country_names(ja_lexicon).get(country, frozenset((country,)))
        end = match.start(2) + len(kanji)
        value = EntityValue("organisation", entity_key(text[start:end], "ja"), country)
        fact = Fact("entity", segment, start, end, text[start:end], value)
        found.append((fact, names))
    return found


def _body_end(kanji: str, bodies: tuple[str, ...]) -> str | None:
    """The run up to the end of the body it opens with (米国務省 of 米国務省報道官)."""
    return next(
        (
            kanji[:end]
            for end in range(len(kanji), 2, -1)
            if entity_key(kanji[:end], "ja").endswith(bodies)
        ),
        None,
    )


def _kanji_country(kanji: str, bodies: tuple[str, ...], ja_lexicon) -> str | None:
    """The country a run of kanji opens on, as its own word (米 of 米 + 国務 + 省, 英国 of
    英国 + 防 + 省), before a body's name; not 中 of 中央省庁, a word of its own."""
    candidates = [
        country
        for country in _japanese_countries(ja_lexicon)
        if kanji.startswith(country)
        and len(kanji) - len(country) >= MIN_BODY
        and entity_key(kanji[len(country) :], "ja").endswith(bodies)
    ]
    if not candidates:
        return None  # the tagger is asked only of a run that opens on a country and a body
    first_word = tagged_words(kanji)[0][0][0] if kanji else ""
    return next((country for country in candidates if country == first_word), None)
