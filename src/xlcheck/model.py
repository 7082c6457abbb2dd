"""The data model shared by every stage: frozen dataclasses, no behaviour beyond small helpers.

Stages are plain functions from these types to these types:
load -> Document, segment -> Segment, extract -> Fact, align -> AlignedPair,
compare -> Finding.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from typing import Literal

Kind = Literal["number", "date", "entity", "version", "identifier", "section", "page", "item"]
Severity = Literal["error", "warning", "info"]

SEVERITY_ORDER: dict[str, int] = {"info": 0, "warning": 1, "error": 2}


@dataclass(frozen=True, slots=True)
class Segment:
    """A sentence (or a pre-aligned segment) of one document.

    `text` is the exact text from the input; `line` (1-based) and `column` (0-based, in
    characters) locate its first character in the input file.
    """

    id: str
    text: str
    index: int
    paragraph: int
    line: int
    column: int = 0
    heading: bool = False
    # Structured inputs (Markdown, HTML, Word) say more. `section` numbers the heading
    # that opens the segment's section (its paragraph; 0 before the first heading) and
    # `anchor` is that heading's id (`{#using-policy}`); `where` maps the text to the file
    # as runs (text offset, line, column) for prose gathered from several lines or
    # around markup; `code` holds the spans written as inline code (identifiers);
    # `labels` the numbered labels of cross-references (`第 6.1 节`), which say where a
    # link goes rather than a fact: kept in the text for alignment, not read as facts;
    # `links` the targets of the sentence's links, where a page may say a figure its
    # translation writes out (`(blog.example.com, 2010)` after a link to `…/2010/08/…`);
    # `link_texts` the spans of the texts of its links where the reader knows them
    # (Markdown links; not HTML's or a macro's), what a link comparison judges;
    # `item` the (list, item) numbers of the list item or table row it stands in
    # (Markdown: lists and tables numbered in the page's order, a nested list its own).
    section: int = 0
    anchor: str = ""
    where: tuple[tuple[int, int, int], ...] = ()
    code: tuple[tuple[int, int], ...] = ()
    labels: tuple[tuple[int, int], ...] = ()
    links: tuple[str, ...] = ()
    link_texts: tuple[tuple[int, int], ...] = ()
    level: int = 0  # a heading's level (1 for `#`, `<h1>`), 0 for other segments
    item: tuple[int, int] | tuple[()] = ()

    def locate(self, offset: int) -> tuple[int, int]:
        """The file line (1-based) and column (0-based) of a character of the text."""
        line, column, start = self.line, self.column, 0
        for run_start, run_line, run_column in self.where:
            if run_start > offset:
                break
            start, line, column = run_start, run_line, run_column
        return line, column + offset - start


# The note of a document that stands for a page one tree lacks.
MISSING_PAGE = "page not present"


# The tag of a page's YAML front matter read as a code block: its values are the page's;
# and of a table, whose rows are read so too: a value in a cell is copied, not translated.
FRONT_MATTER = "front matter"
TABLE = "table"


@dataclass(frozen=True, slots=True)
class CodeBlock:
    """A code block of a page: its language tag (```sh: "sh"; "" for none; FRONT_MATTER
    for the YAML front matter, whose values say which revision the page is of) and
    its lines that hold anything, each a segment (id `c` and its file line) that a
    finding on the block points at. No fact is read in them and they are not aligned:
    blocks are compared as blocks (compare/code_blocks.py)."""

    tag: str
    lines: tuple[Segment, ...]


@dataclass(frozen=True, slots=True)
class Document:
    """One side of a pair: its segments in reading order."""

    id: str
    path: str
    lang: str
    segments: tuple[Segment, ...]
    notes: tuple[str, ...] = ()
    # the text of a page's code blocks: no fact is read in it, but a name it writes is
    # written on the page (`git clone` for the Git the other page names in prose)
    code: str = ""
    code_blocks: tuple[CodeBlock, ...] = ()

    def located_segments(self) -> Iterator[Segment]:
        """Every segment a fact may stand in: the prose, then the lines of code blocks."""
        yield from self.segments
        for block in self.code_blocks:
            yield from block.lines


@dataclass(frozen=True, slots=True)
class DocumentPair:
    """What the load stage hands on: a source and a target document to check.

    `aligned` is given when the input is already segment-aligned (TSV, JSONL, XLIFF...);
    otherwise the align stage computes it. `doc_date` anchors relative dates (今年).
    """

    id: str
    source: Document
    target: Document
    aligned: tuple[AlignedPair, ...] | None = None
    doc_date: date | None = None
    title: str | None = None

    @property
    def paths(self) -> tuple[str, ...]:
        """The input files the pair was read from."""
        return (self.source.path, self.target.path)


# The unit of a degree word said in a figure's place ([many_units] amount in rules/: 大幅に,
# 大きく, 小幅, 略微): an amount of any unit, with no figure.
AMOUNT = "amount"


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number as a comparable value: bounds, a qualifier, a unit.

    `low`/`high` are the bounds the text commits to (equal for an exact number);
    `qualifier` is one of exact, ge, gt, le, lt, approx, range, within (a span of time
    that holds what was done: 三天内, 3日以内; 3日で says the same).
    `unit` is a normalised unit or currency (None for plain counts: counters such as
    家/社/つ are not units, they differ between the languages by nature).
    """

    low: Fraction
    high: Fraction
    qualifier: str = "exact"
    unit: str | None = None
    ordinal: bool = False
    weak: bool = False  # "one" as an article (一家公司, 一天): matched, never reported alone
    # a range said vaguely (十几, 数十, ２０代), not written bound by bound (10～20)
    vague: bool = field(default=False, compare=False)
    # the counter as written (人, 匹, 个): pairs a changed count with its like, not compared
    counter: str | None = field(default=None, compare=False)
    # an exact figure its clause calls an estimate (推定資産額 23億ドル, 预计5000人): 約 on
    # the other side says the same
    estimated: bool = field(default=False, compare=False)
    # a qualifier read from a word a few characters before the figure (至少要煮15分钟),
    # or from a verb a negation later in its clause may undo (100人を超えることは…ない):
    # a finding that rests on that qualifier alone is a guess
    qualified_apart: bool = field(default=False, compare=False)
    # the bound as written where a prohibition a few words before turned it round (请勿…
    # 通电超过10秒: at most 10 s, written "more than"): the other side may keep the words and
    # leave the turning to its own negation (10個を超えるファイルを送信しないでください)
    turned_from: str | None = field(default=None, compare=False)
    # a bound with a negation in its clause, turned by it or not (不要少于10个, 10個未満の購入は
    # しないでください): where both sides say one, each is compared as written
    negated: bool = field(default=False, compare=False)
    # a bound in a sentence that states a condition or a rule (如果超过3天, でないと)
    conditional: bool = field(default=False, compare=False)
    # an "about" that says on which side of the figure the value lies: "down" for 3万人弱
    # and 将近三万 (just under), "up" for 3万人強
    lean: str | None = field(default=None, compare=False)
    # a span of time counted to a point (3年後, 三天前: later, ago), which no "within" equals
    point: bool = field(default=False, compare=False)
    # a count of a word no table knows (三窝, 二筋): weak, and no anchor of the alignment
    unknown_counter: bool = field(default=False, compare=False)
    # a word that says a count or a span with no figure (数名, 几天, 多くの, 子供たち,
    # しばらく: [few], [many]): weak, and what it is, not its bounds, says so
    no_figure: bool = field(default=False, compare=False)
    # times after a verb of growth (增长了三倍, "grew by three times"): as much again N times
    # or, as many writers mean it, N times as much; N+1倍 on the other side says the same
    grown: bool = field(default=False, compare=False)
    # a bound said by a superlative (最大5000元, 最低零下五度, 最高可领取): as often the
    # extreme value itself (the day's low) as a cap; the same figure unbounded says the same
    extreme: bool = field(default=False, compare=False)
    # ... said by a word after the figure (まで: [extreme_suffixes]), an end of a span whose
    # side the verb says (100まで増える: reached from below; 5人まで: a cap)
    end_point: bool = field(default=False, compare=False)
    # a count per direction (片側3車線, 单向三车道): half the total said for both directions
    # (双向六车道), which it equals at twice its figure
    per_side: bool = field(default=False, compare=False)
    # a figure scaled by a word of two sizes with nothing after it that says which (zh 100兆:
    # 10^14 as Taiwan and Japan count, or 100 mega- as mainland talk of data says 100兆带宽 =
    # 100Mbps; [open_scales]): its value is a guess
    open_scale: bool = field(default=False, compare=False)
    # a rate with no sign that a word of decrease says fell (同比下降3.4%, 3.4％減): the
    # rate with a minus on the other side (負3.4%, -3.4%) says the same
    falling: bool = field(default=False, compare=False)
    # ... and one that a word of increase says rose (同比增长3.4%, 3.4％増): against a fall
    # said by a word on the other side, the direction is reversed
    rising: bool = field(default=False, compare=False)
    # scaled by an upper-case K glued to the digits (4K, 8K): a label as often (4K = four
    # keys of a rhythm game, a 4K screen), the digits alone its other reading; not 4k, 7B
    k_label: bool = field(default=False, compare=False)

    def to_json(self) -> dict:
        return {
            "type": "quantity",
            "low": num_json(self.low),
            "high": num_json(self.high),
            "qualifier": self.qualifier,
            "unit": self.unit,
            "ordinal": self.ordinal,
        }

    def describe(self) -> str:
        if self.unit == AMOUNT:  # 大幅に, 大きく: how much is said by no figure at all
            return "an amount with no figure"
        unit = f" {self.unit}" if self.unit else ""
        if self.ordinal:
            return f"ordinal {_num_text(self.low)}"
        if self.qualifier == "exact":
            return f"exactly {_num_text(self.low)}{unit}"
        if self.qualifier == "range":
            return f"{_num_text(self.low)} to {_num_text(self.high)}{unit}"
        words = {
            "ge": "at least",
            "gt": "more than",
            "le": "at most",
            "lt": "less than",
            "approx": "about",
            "within": "within",
        }
        value = self.low if self.qualifier in ("ge", "gt") else self.high
        if self.qualifier == "approx":
            value = (self.low + self.high) / 2
            if self.lean:  # 3万人弱, 大约两周内: about, and on one side of the figure
                side = "or less" if self.lean == "down" else "or more"
                return f"about {_num_text(value)}{unit} {side}"
        return f"{words[self.qualifier]} {_num_text(value)}{unit}"


# The anchors of dates counted from the year, the month or the full date last mentioned
# (同年 and 次年, 同月 and 翌月, 同日 and 次日)
COUNTED_FROM_LAST = ("same-year", "same-month", "same-day")


# the calendars a date may be said in (DateValue.calendar): the lunar one, said by a word
# or implied by a lunar month's name or a lunar day's prefix
LUNAR_CALENDARS = frozenset({"lunar", "lunar-implied"})
# how a report names the calendar a date is said in
_CALENDAR_WORDS = {"lunar": " lunar", "lunar-implied": " lunar", "solar": " solar"}


def calendar_dropped(first: str | None, second: str | None) -> bool:
    """Whether one date says the lunar calendar by a word and the other says none
    (农历八月十五 against 8月15日): a date changed, yet on one side's word alone."""
    return {first, second} == {"lunar", ""}


@dataclass(frozen=True, slots=True)
class DateValue:
    """A calendar reference: any of year, month, day, with a part and an interval relation.

    `part` narrows a month or year (early, mid, late, first-half, second-half);
    `relation` is point, since, until or between (then `end` holds the closing date).
    `resolved` records how a relative or elliptic expression was anchored, for the report;
    `inferred` is set when the year was taken from the context rather than written.
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    part: str | None = None
    relation: str = "point"
    end: DateValue | None = None
    resolved: str | None = None
    inferred: bool = False  # the year was not written: it comes from the context
    # a year relative to a document date nobody gave (去年 = -1, 一昨年 = -2): unresolved,
    # yet 去年 against 一昨年 is another year
    year_offset: int | None = field(default=None, compare=False)
    # the same for a relative month (来月 = +1) and a relative day (明天 = +1, 明後日 = +2)
    month_offset: int | None = field(default=None, compare=False)
    day_offset: int | None = field(default=None, compare=False)
    # a week relative to the one of writing (下周 = +1, 先週 = -1, 今週 = 0), alone or with
    # its weekday (下周五 = 来週の金曜日): never resolved to a day
    week_offset: int | None = field(default=None, compare=False)
    # said against another date, resolved or not: against the document's date ("relative":
    # 今年, 去年, 明天; "relative-month": 来月), against the year last mentioned for want of
    # one ("context": 去年 with no document date) or as that date ("same-year": 同年,
    # その年; "same-month": 同月; "same-day": 同日, 次日). It pairs only with what the
    # absolute dates leave.
    relative: str = field(default="", compare=False)
    hour: int | None = None  # times of day: 上午9:30, 午後3時
    minute: int | None = None
    meridiem: str | None = None  # am / pm where the text says so
    weekday: int | None = None  # 1 = Monday ... 7 = Sunday
    utc_offset: int | None = None  # hours, where a time says UTC+8
    # said by the name of a holiday or an event (国庆节, クリスマス, 五四运动): weak, since a
    # translation may name it otherwise; its day where that is fixed
    named: bool = False
    # a year of two digits ('98年, 九八年): its century is a guess, only its last two digits
    # are compared
    short: bool = False
    # the calendar the date is said in: "lunar" or "solar" where a word says so (农历, 旧暦;
    # 公历, 新暦), "lunar-implied" for a lunar month named or a lunar day's prefix (正月十五,
    # 五月初五), "" where nothing says (the solar calendar, read as either)
    calendar: str = field(default="", compare=False)
    # a year said again in brackets (平成31年（2019年）): weak when it agrees
    restated: bool = False
    # a weekday of a list by names alone, as notices write them (土・日・祝日, 月・水・金):
    # weak, since a translation says it as often by a word (周末, 工作日以外); paired as any
    # weekday is
    shorthand: bool = field(default=False, compare=False)
    # a time whose minutes may count to the hour as well (9時5分前: before 9:05, or 8:55)
    minutes_to_too: bool = field(default=False, compare=False)
    # the date something starts on (九月一号开学, 2019年に始まり, 从2019年开始): "from" it and
    # "on" it say the same
    starts: bool = field(default=False, compare=False)
    # the date something ends on (到1945年9月2日…结束, 1945年に終わった): "until" it and "on"
    # it say the same
    ends: bool = field(default=False, compare=False)
    # the base of a comparison (同比, 前年比: the year before), which a translation may
    # leave unsaid: never reported missing alone (DateTables.comparison_bases)
    base: bool = field(default=False, compare=False)

    @property
    def form(self) -> str:
        """What is dated: a calendar date, a time of day, or a weekday."""
        if self.weekday is not None:
            return "weekday"
        if self.hour is not None:
            return "time"
        return "calendar"

    @property
    def weak(self) -> bool:
        """Unresolved relative dates (今年 with no document date) say nothing comparable,
        a holiday is as often named otherwise (国庆节, 建国記念の祝日), and a bare 1日 is
        mostly "one day" (１日中, 一日休み); a bare day of 2 or more (26日, 二十六号) is a
        day of the month, or a count that a day count matches first."""
        bare = self.form == "calendar" and self.year is None and self.month is None
        # (a day counted from another, 次日, 前日, may go unsaid or be said with its time of
        # day, 翌朝: never reported missing alone, never a changed mention of its anchor)
        counted_day = self.relative == "same-day"
        return (
            self.named
            or self.restated
            or self.shorthand
            or self.again
            or counted_day
            or (bare and self.day in (None, 1) and not self.shifted)
        )

    @property
    def shifted(self) -> bool:
        """Whether an unresolved relative date says how far it lies from the day of
        writing (去年, 明天, 下个月: not 今年, 今天, which a translation may leave to the
        context): a date to report when it goes missing, though unresolved."""
        return (
            self.relative in ("relative", "relative-month", "context")
            and not self.base
            and self.fields() == (None, None, None)
            and any(
                offset
                for offset in (
                    self.year_offset, self.month_offset, self.week_offset, self.day_offset
                )
            )
        )

    @property
    def offset(self) -> tuple[str, int] | None:
        """An unresolved relative date as its distance from the day of writing, ("day",
        -1) for 昨天, ("year", 0) for 今年; None for any other date."""
        if self.fields() != (None, None, None) or self.hour is not None or self.weekday:
            return None
        for unit, offset in (
            ("day", self.day_offset),
            ("week", self.week_offset),
            ("month", self.month_offset),
            ("year", self.year_offset),
        ):
            if offset is not None:
                return unit, offset
        return None

    @property
    def again(self) -> bool:
        """同年, 那一年, 同月, 同日 alone: the year, month or day last mentioned said again,
        no fact of their own (同年5月 says a month; 次年, 翌月 and 次日 say another one)."""
        return (
            (self.relative == "same-year" and self.month is None and not self.year_offset)
            or (self.relative == "same-month" and self.day is None and not self.month_offset)
            or (self.relative == "same-day" and not self.day_offset)
        )

    def anchored_alike(self, other: DateValue) -> bool:
        """Whether both are counted from the year (or both from the month) last mentioned
        on their side: 次年 against 翌年, 同年 against その年."""
        return self.relative == other.relative and self.relative in COUNTED_FROM_LAST

    @property
    def counted(self) -> bool:
        """Said against the year or month last mentioned (同年, 次年, 同月, 翌月) and resolved
        from it: a year or month of its own once paired (同年 after 2019年 is 2019)."""
        if self.relative == "same-year":
            return self.year is not None
        if self.relative == "same-day":
            return self.day is not None
        return self.relative == "same-month" and self.month is not None

    def fields(self) -> tuple[int | None, int | None, int | None]:
        return (self.year, self.month, self.day)

    @property
    def clock_hour(self) -> int:
        """A time's hour on a 24-hour clock, as reports show it: a pm hour before twelve moved
        on by twelve, twelve am midnight (凌晨12点 = 00:00), any other hour as written."""
        hour = self.hour + 12 if self.meridiem == "pm" and self.hour < 12 else self.hour
        return 0 if self.meridiem == "am" and hour == 12 else hour

    def iso(self) -> str:
        if self.form == "weekday":
            return ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][self.weekday - 1]
        if self.form == "time":
            hour = self.clock_hour
            text = f"{hour:02d}:{self.minute or 0:02d}"
            if self.utc_offset is not None:
                text += f" UTC{self.utc_offset:+d}"
            return text if self.meridiem or hour >= 12 else f"{text} (am/pm unstated)"
        parts = []
        if self.year is not None and self.year < 0:
            parts.append(f"{-self.year} BCE")  # 公元前221年: no year 0, no ISO sign
        else:
            parts.append(f"{self.year:04d}" if self.year is not None else "????")
        if self.month is not None:
            parts.append(f"{self.month:02d}")
        if self.day is not None:
            parts.append(f"{self.day:02d}")
        text = "-".join(parts)
        if self.part:
            text += f" ({self.part})"
        return text

    def describe(self) -> str:
        if self.relation == "between" and self.end is not None:
            return f"from {self.iso()} to {self.end.iso()}"
        prefix = {"point": "", "since": "since ", "until": "until "}[self.relation]
        text = prefix + self.iso() + _CALENDAR_WORDS.get(self.calendar, "")
        return f"{text}, {self.resolved}" if self.resolved else text

    def to_json(self) -> dict:
        return {
            "type": "date",
            "year": self.year,
            "month": self.month,
            "day": self.day,
            "part": self.part,
            "relation": self.relation,
            "end": self.end.to_json() if self.end else None,
            "resolved": self.resolved,
            "hour": self.hour,
            "minute": self.minute,
            "meridiem": self.meridiem,
            "weekday": self.weekday,
            "utc_offset": self.utc_offset,
            **({"calendar": self.calendar} if self.calendar else {}),
        }


@dataclass(frozen=True, slots=True)
class EntityValue:
    """A named entity: its type and the key it is matched by (Japanese kanji forms)."""

    entity_type: str
    key: str
    head: str | None = None
    # False for a name only a tagger vouches for (jieba's 马虎 nr, UniDic's lone surname
    # 今本): such a name is matched like any other but never reported as missing or added
    confident: bool = True
    # English prose inside Chinese or Japanese (This, In at a sentence start; a shouted
    # heading): weak, and it stands for no other name (extract/english.py)
    prose: bool = field(default=False, compare=False)
    # an everyday word as said here (山区, 高峰, 一道大堤: jieba tags them as names): weak,
    # and it stands for a name only where one of its kind is left open on the other side
    everyday: bool = field(default=False, compare=False)

    @property
    def weak(self) -> bool:
        """A name is weak when the extractor is not confident it is a name."""
        return not self.confident

    def describe(self) -> str:
        return f"{self.entity_type} {self.key}"

    def to_json(self) -> dict:
        return {"type": "entity", "entity_type": self.entity_type, "key": self.key}


_BOUND_WORDS = {"exact": "", "ge": " or later", "gt": " later than", "le": " or earlier",
                "lt": " earlier than", "from": " on, or from it",
                "before": " or earlier, or before it"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class VersionValue:
    """A version: its dotted parts (or, for a build name such as jdk8u312-b07, its text)
    and the bound the sentence puts on it (exact, ge, gt, le, lt; from: "from" that says
    either the version on or the version departed from, ja から; before: a word of time
    that leaves the version itself open, 以前, 之前, まで, before: le or lt)."""

    parts: tuple[int, ...]
    build: str = ""
    bound: str = "exact"
    weak: bool = False
    # the name the number is written onto (IE of IE11, ES of ES2023, C++ of C++17): a
    # version of that product only, compared with versions of the same name
    product: str = ""

    @property
    def number(self) -> str:
        return self.build or ".".join(map(str, self.parts))

    @property
    def product_key(self) -> str:
        """The product compared, case aside (Python3 = PYTHON3)."""
        return self.product.casefold()

    def describe(self) -> str:
        written = f"{self.product}{self.number}"
        if self.bound in ("gt", "lt"):
            return f"{_BOUND_WORDS[self.bound].strip()} {written}"
        return f"version {written}{_BOUND_WORDS[self.bound]}"

    def to_json(self) -> dict:
        product = {"product": self.product} if self.product else {}
        return {"type": "version", **product, "version": self.number, "bound": self.bound}


@dataclass(frozen=True, slots=True)
class IdentifierValue:
    """Inline code, a port or a status code: matched character for character."""

    key: str

    @property
    def weak(self) -> bool:
        """Never reported missing or added alone: translations drop and add code spans
        freely (`400` or 400); only an identifier changed in place is reported."""
        return True

    def describe(self) -> str:
        return f"identifier {self.key}"

    def to_json(self) -> dict:
        return {"type": "identifier", "key": self.key}


# Facts listed inside a section finding, at most, and what stands for the rest.
LISTED_FACTS = 12
MORE_FACTS = "…"


@dataclass(frozen=True, slots=True)
class SectionValue:
    """A section present on one side only: its heading and the facts it holds (at most
    LISTED_FACTS of them, then MORE_FACTS)."""

    heading: str
    facts: tuple[str, ...] = ()
    weak: bool = False
    following: tuple[str, ...] = ()  # the headings of the sections after it in the run
    count: int = 0  # how many facts it holds, listed or not
    # a block inside a section both pages have (list items, paragraphs, rows): its first
    # words stand for its heading
    block: bool = False
    item: bool = False  # a list item or table row inside a list both pages have

    @property
    def title(self) -> str:
        """The heading, and the last of a run of sections: 「A」…「Z」 (10 sections)."""
        if not self.following:
            return f"「{self.heading}」"
        return f"「{self.heading}」…「{self.following[-1]}」 ({len(self.following) + 1})"

    @staticmethod
    def listing(held: list[str]) -> tuple[str, ...]:
        """The facts to list of those a section holds (distinct, in reading order)."""
        return tuple(held[:LISTED_FACTS]) + ((MORE_FACTS,) if len(held) > LISTED_FACTS else ())

    def describe(self) -> str:
        held = f" ({', '.join(self.facts)})" if self.facts else ""
        name = "item" if self.item else "block" if self.block else "section"
        return f"{name} {self.title}{held}"

    def to_json(self) -> dict:
        return {
            "type": "section",
            "heading": self.heading,
            "headings": [self.heading, *self.following],
            "facts": list(self.facts),
            "fact_count": self.count,
            "block": self.block,
        }


@dataclass(frozen=True, slots=True)
class PageValue:
    """A page of one documentation tree that the other tree lacks: its path."""

    path: str
    weak: bool = False

    def describe(self) -> str:
        return f"page {self.path}"

    def to_json(self) -> dict:
        return {"type": "page", "path": self.path}


Value = (
    PageValue | Quantity | DateValue | EntityValue | VersionValue | IdentifierValue | SectionValue
)


@dataclass(frozen=True, slots=True)
class Fact:
    """A fact found in a segment: a span (segment, start, end) plus kind and value."""

    kind: Kind
    segment: str
    start: int
    end: int
    text: str
    value: Value

    def to_json(self) -> dict:
        return {
            "segment": self.segment,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": self.value.to_json(),
        }


@dataclass(frozen=True, slots=True)
class AlignedPair:
    """One bead of the alignment: source segments matched with target segments.

    Either side may be empty (a dropped or an added sentence). `group` numbers the
    paragraph bead the pair belongs to; `score` is the aligner's confidence in [0, 1];
    `inferred` marks a pair made by the facts both sides hold, not by shared text
    (align_gaps.py): a change found in it is a guess.
    """

    source: tuple[str, ...]
    target: tuple[str, ...]
    score: float
    group: int = 0
    inferred: bool = False


@dataclass(frozen=True, slots=True)
class EntityLink:
    """A name matched across the sides: the rung that matched it, the source name and the
    target name (either may be None when the name was found in running text).

    Rungs, the matching ladder first: exact, form (character forms), core (administrative
    suffix aside), glossary, transliteration, head; then the window: text (its form in the
    other side's text), heard (its sound or reading in the other side's running text),
    scripts (two spellings that cannot be told apart: 华沙 and ワルシャワ).
    """

    rung: str
    source: Fact | None
    target: Fact | None

    def to_json(self) -> dict:
        return {
            "rung": self.rung,
            "source": self.source.to_json() if self.source else None,
            "target": self.target.to_json() if self.target else None,
        }


@dataclass(frozen=True, slots=True)
class Finding:
    """A discrepancy between the two sides, tied to a stable rule id."""

    rule: str
    kind: str
    relation: str
    severity: str
    message: str
    source: Fact | None
    target: Fact | None
    unit: int = 0
    status: str = "new"  # new, baseline (known before), waived (accepted by a reviewer)
    reason: str | None = None  # why it was waived
    fingerprint: str = ""
    # Figures a finding without facts states (XL001: how many sentences paired), so
    # each report can word it in its own language; not part of the JSON contract.
    counts: tuple[tuple[str, int], ...] = ()
    # The two facts were paired by inference, not by their values alone (a figure said
    # twice on one side and once on the other, one mention changed): at most a warning.
    guessed: bool = False

    @property
    def gating(self) -> bool:
        """Whether the finding can fail a CI gate: baseline and waived findings cannot."""
        return self.status == "new"

    def to_json(self) -> dict:
        return {
            "status": self.status,
            "reason": self.reason,
            "fingerprint": self.fingerprint,
            "rule": self.rule,
            "kind": self.kind,
            "relation": self.relation,
            "severity": self.severity,
            "message": self.message,
            "source": self.source.to_json() if self.source else None,
            "target": self.target.to_json() if self.target else None,
        }


def num_json(value: Fraction) -> int | float:
    if value.denominator == 1:
        return int(value)
    return round(float(value), 6)


def _num_text(value: Fraction) -> str:
    number = num_json(value)
    if isinstance(number, int):
        return f"{number:,}"
    return f"{number:g}"


__all__ = [
    "MISSING_PAGE",
    "SEVERITY_ORDER",
    "AlignedPair",
    "DateValue",
    "Document",
    "DocumentPair",
    "EntityLink",
    "EntityValue",
    "Fact",
    "Finding",
    "IdentifierValue",
    "PageValue",
    "Quantity",
    "SectionValue",
    "Segment",
    "Value",
    "VersionValue",
]
