"""Constructions of faithful pairs read alike on both sides (issue 12, session 15): a noun
between a bare figure and a bound of quantity (四千步以上), never before a bound of time after
an event named by its figure (911事件以后, 2020五輪以降).

The extraction rows give a sentence, its language, the text of the figure's fact and its
qualifier.
"""

from __future__ import annotations

import pytest

from tests.conftest import facts_of

OK = ""

# fmt: off
# (sentence, language, the figure's fact text, its qualifier)
NOUN_BEFORE_BOUND_READINGS = [
    ("他每天走四千步以上。", "zh", "四千步以上", "ge"),
    ("從停車場到山頂三千步左右。", "zh", "三千步左右", "approx"),
    ("每天走4000步的人更健康。", "zh", "4000", "exact"),
    ("彼は毎日4000歩以上歩く。", "ja", "4000歩以上", "ge"),
    ("この設備は300気圧を超える圧力に耐える。", "ja", "300気圧を超える", "gt"),
    ("手順は20ステップ未満で終わる。", "ja", "20ステップ未満", "lt"),
    # a bound of time after an event named by its figure bounds the time: the figure keeps
    # its span and no bound
    ("2020奥运以后，这座城市变了很多。", "zh", "2020", "exact"),
    ("2008奥运之后，北京的地铁延长了。", "zh", "2008", "exact"),
    ("9.11事件以降、空港の警備は厳しくなった。", "ja", "9.11", "exact"),
    ("3.11震災以降、防災意識が高まった。", "ja", "3.11", "exact"),
    ("9.11テロ以降、空港の警備は厳しくなった。", "ja", "9.11", "exact"),
]
# Sentences where a bound of time follows an event's name: no fact reaches the bound word.
TIME_BOUND_AFTER_EVENT = [
    ("911事件以后，机场安检变严了。", "zh", "以后"),
    ("3·11大地震以后，日本修改了抗震标准。", "zh", "以后"),
    ("2008奥运之后，北京的地铁延长了。", "zh", "之后"),
    ("9.11事件以降、空港の警備は厳しくなった。", "ja", "以降"),
    ("3.11震災前後の写真を比べる。", "ja", "前後"),
]
# fmt: on


@pytest.mark.parametrize(("text", "lang", "span", "qualifier"), NOUN_BEFORE_BOUND_READINGS)
def test_noun_before_bound_reading(text: str, lang: str, span: str, qualifier: str) -> None:
    start = text.index(span)
    facts = [f for f in facts_of(text, lang) if f.kind == "number" and f.start == start]
    assert [(f.text, f.value.qualifier) for f in facts] == [(span, qualifier)]


@pytest.mark.parametrize(("text", "lang", "bound"), TIME_BOUND_AFTER_EVENT)
def test_no_fact_takes_a_time_bound_after_an_event(text: str, lang: str, bound: str) -> None:
    at = text.index(bound)
    assert [f.text for f in facts_of(text, lang) if f.start <= at < f.end] == []
