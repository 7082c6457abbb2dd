"""The reviewer's language: message catalogs (TOML, one per UI language) and plain-word
readings of values and findings.

The catalogs hold every word the text and HTML reports show; English is also the
language of the JSON, SARIF and GitHub messages. Values read in plain words
("6131家 (exactly 6,131)"); internal forms (normalised name keys, how a relative date
was anchored) only when asked (`verbose`).
"""

from __future__ import annotations

import os
import tomllib
from functools import cache
from importlib import resources
from string import Formatter

from ..formats import UI_LANGS
from ..model import AMOUNT, DateValue, EntityValue, Fact, Finding, Quantity, num_json

# The fields a finding's message template may name (see Words.render).
MESSAGE_FIELDS = (
    "source", "target", "source_text", "target_text", "entity_type", "detail",
    "source_section", "target_section", "source_page", "target_page",
    "paired", "total",  # XL001's counts
)  # fmt: skip


@cache
def catalog(lang: str) -> dict[str, str]:
    """The flat catalog of a UI language: "section.key" -> text."""
    text = resources.files(__package__).joinpath(f"{lang}.toml").read_text("utf-8")
    return dict(_flatten(tomllib.loads(text)))


def _flatten(table: dict, prefix: str = ""):
    for key, value in table.items():
        if isinstance(value, dict):
            yield from _flatten(value, f"{prefix}{key}.")
        else:
            yield f"{prefix}{key}", value


def default_ui_lang(environ=os.environ) -> str:
    """The UI language from the locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else en."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        for part in value.split(":"):
            code = part.split("_")[0].split(".")[0].lower()
            if code in UI_LANGS:
                return code
            if code and code not in ("c", "posix"):
                return "en"
    return "en"


class Words:
    """The catalog of one UI language, with the readings built from it."""

    def __init__(self, lang: str = "en", *, verbose: bool = False):
        self.lang = lang
        self.verbose = verbose
        self.entries = catalog(lang)

    def __call__(self, key: str, **fields) -> str:
        return self.entries[key].format(**fields)

    def get(self, key: str, default: str) -> str:
        return self.entries.get(key, default)

    def count(self, what: str, n: int) -> str:
        return self(f"count.{what}_{'one' if n == 1 else 'other'}", n=f"{n:,}")

    def counts(self, counts: dict[str, int]) -> str:
        separator = self("report.list_separator")
        return separator.join(self.count(severity, n) for severity, n in counts.items())

    # -- values -------------------------------------------------------------------------

    def value(self, value) -> str:
        if isinstance(value, Quantity):
            return self.quantity(value)
        if isinstance(value, DateValue):
            return self.date(value)
        if isinstance(value, EntityValue):
            kind = self.get(f"entity.{value.entity_type}", value.entity_type)
            return f"{kind} {value.key}" if self.verbose else kind
        return value.describe()  # versions, identifiers: their own plain reading

    def quantity(self, q: Quantity) -> str:
        text = self._quantity(q)
        if q.rising or q.falling:  # 增长3.4%: "exactly 3.4 %, a rise"
            text += self("value.rising" if q.rising else "value.falling")
        return text

    def _quantity(self, q: Quantity) -> str:
        if q.unit == AMOUNT:  # 大幅に, 大きく: how much, said by no figure at all
            return self("value.amount")
        unit = f" {self.get(f'unit.{q.unit}', q.unit)}" if q.unit else ""
        if q.ordinal:
            return self("value.ordinal", n=_number(q.low))
        if q.qualifier == "exact":
            return self("value.exactly", n=_number(q.low)) + unit
        if q.qualifier == "range":
            return self("value.range", low=_number(q.low), high=_number(q.high)) + unit
        value = q.low if q.qualifier in ("ge", "gt") else q.high
        if q.qualifier == "approx":
            value = (q.low + q.high) / 2
            if q.lean:  # 3万人弱, 大约两周内: about, and on one side of the figure
                return self(f"value.approx_{q.lean}", n=_number(value) + unit)
        return self(f"value.{q.qualifier}", n=_number(value)) + unit

    def date(self, d: DateValue) -> str:
        if d.relation == "between" and d.end is not None:
            return self("value.between", start=self._point(d), end=self._point(d.end))
        text = self._point(d)
        if d.relation in ("since", "until"):
            text = self(f"value.{d.relation}", date=text)
        extras = []
        if d.calendar:  # 农历七月十五 against 新暦7月15日: the calendars tell the two apart
            extras.append(self(f"value.calendar_{d.calendar.removesuffix('-implied')}"))
        if d.inferred:
            extras.append(self("value.year_from_context"))
        if d.resolved and (self.verbose or "→" in d.resolved):
            extras.append(d.resolved)
        return ", ".join([text, *extras])

    def _point(self, d: DateValue) -> str:
        if d.form == "weekday":
            weekday = self(f"weekday.{d.weekday}")
            if d.week_offset is None:
                return weekday
            week = _relative(self, "week", d.week_offset)
            return self("value.weekday_of_week", weekday=weekday, week=week)
        if d.form == "time":
            hour = d.clock_hour
            text = f"{hour:02d}:{d.minute or 0:02d}"
            if d.utc_offset is not None:
                text += f" UTC{d.utc_offset:+d}"
            if not d.meridiem and hour < 12:
                text += f" ({self('value.am_pm_unstated')})"
            return text
        if d.offset is not None:  # 昨天, 去年 with no document date to resolve them
            text = _relative(self, *d.offset)
        else:
            parts = [f"{d.year:04d}" if d.year is not None else "????"]
            if d.year is not None and d.year < 0:  # 公元前221年: 221 BCE
                parts = [self("value.before_era", year=-d.year)]
            parts += [f"{n:02d}" for n in (d.month, d.day) if n is not None]
            text = "-".join(parts)
        if d.part:
            text = self("value.part", date=text, part=self.get(f"part.{d.part}", d.part))
        return text

    def fact(self, fact: Fact) -> str:
        """ "6131家 (exactly 6,131)": the text as written, and what it says."""
        return f"{fact.text} ({self.value(fact.value)})"

    # -- findings -----------------------------------------------------------------------

    def message(self, finding: Finding) -> str:
        """The finding in plain words, from the rule's template in this language."""
        from ..rules import RULES_BY_CODE

        rule = RULES_BY_CODE.get(finding.rule)
        if rule is None or (
            finding.source is None and finding.target is None and not finding.counts
        ):
            return finding.message
        template = self.entries.get(f"rule.{rule.code}", rule.message)
        return self.render(template, finding.source, finding.target, finding.counts)

    def render(
        self,
        template: str,
        source: Fact | None,
        target: Fact | None,
        counts: tuple[tuple[str, int], ...] = (),
    ) -> str:
        """A message template with the fields it names: {source} and {target} (a fact in
        plain words), {source_text}, {target_text}, {entity_type}, {detail}, and the names of
        `counts` (the figures of a finding without facts: XL001's {paired} and {total})."""
        fields = {
            "source": lambda: self.fact(source),
            "target": lambda: self.fact(target),
            "source_text": lambda: source.text,
            "target_text": lambda: target.text,
            "entity_type": lambda: self.get(
                f"entity.{source.value.entity_type}", source.value.entity_type
            ),
            "detail": lambda: self.precision(source.value, target.value),
            "source_section": lambda: self.section(source),
            "target_section": lambda: self.section(target),
            "source_page": lambda: source.value.path,
            "target_page": lambda: target.value.path,
        }
        fields.update((name, lambda n=n: str(n)) for name, n in counts)
        return template.format(**{name: fields[name]() for name in template_fields(template)})

    def section(self, fact: Fact) -> str:
        """The section 「Heading」 (it holds 2 facts: 2016年, 朝阳区), or the block 「its
        first words…」: what one side leaves out."""
        value = fact.value
        name = "value.item" if value.item else "value.block" if value.block else "value.section"
        title = self(name, title=value.title)
        if not value.facts:
            return title
        held = self("value.holds", n=self.count("fact", value.count or len(value.facts)),
                    facts=", ".join(value.facts))  # fmt: skip
        return f"{title} ({held})"

    def precision(self, source: DateValue, target: DateValue) -> str:
        from ..compare.relations import specificity

        if source.relation != target.relation:
            return self(
                "precision.interval",
                source=self(f"interval.{source.relation}"),
                target=self(f"interval.{target.relation}"),
            )
        more = specificity(target) > specificity(source)
        return self("precision.more_specific" if more else "precision.less_specific")


@cache
def template_fields(template: str) -> tuple[str, ...]:
    """The field names a message template uses, in order."""
    return tuple(name for _, name, _, _ in Formatter().parse(template) if name)


def _number(value) -> str:
    number = num_json(value)
    return f"{number:,}" if isinstance(number, int) else f"{number:g}"


def _relative(say, unit: str, offset: int) -> str:
    """A date by its distance from the day (week, month, year) of writing."""
    if offset == 0:
        return say(f"value.this_{unit}")
    return say(f"value.{unit}s_{'before' if offset < 0 else 'after'}", n=abs(offset))
