"""The rule registry: every finding's stable code, name and explanation, declared once.

Codes by range: XL0xx input and alignment (preconditions), XL1xx numbers, XL2xx dates
and times, XL3xx named entities, XL4xx units and currency, XL5xx versions and
identifiers (inline code); XL004-XL005 sections of structured documents, XL006-XL007
pages of documentation trees, XL008-XL009 list items and table rows. Codes are never
reused.
`xlcheck rules` and `xlcheck explain` are generated from this table.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..i18n import MESSAGE_FIELDS, template_fields  # noqa: F401 (the registry test's)
from ..model import Fact, Finding

# Message templates, in plain English (the other UI languages' are in i18n/): `{source}`
# and `{target}` are a fact's text with its reading ("6131家 (exactly 6,131)"); the other
# fields are listed in i18n.MESSAGE_FIELDS.
MISSING = "{source} is missing from the translation"
ADDED = "{target} is not in the source"
MISMATCH = "{source} became {target}, which contradicts it"
RENDERED = "{source} became {target}"


@dataclass(frozen=True)
class Rule:
    """One finding's stable code, with what it catches and how its message reads.

    `relation` is what reports show and what sets the default severity; `decided` is the
    relation compare decides that raises the rule, when it is a finer one (a unit that
    differs under an equal figure is reported as a mismatch).
    """

    code: str
    name: str
    kind: str
    relation: str
    summary: str
    explanation: str
    bad: tuple[str, str]  # a source/target pair that triggers the rule
    good: tuple[str, str]  # a faithful pair that does not
    message: str = MISMATCH
    decided: str = ""

    @property
    def key(self) -> tuple[str, str]:
        """The (kind, relation) compare reports, which picks this rule."""
        return (self.kind, self.decided or self.relation)


RULES: tuple[Rule, ...] = (
    Rule(
        "XL001",
        "alignment-failed",
        "alignment",
        "unaligned",
        "The two documents could not be aligned; fact rules stay silent.",
        "Catches a document pair whose sentences cannot be matched up: fewer than a quarter "
        "of the source sentences find a counterpart. Every fact would then look missing or "
        "added, so xlcheck reports this one finding instead. Check that the right files "
        "were paired and that the translation is complete.",
        (
            "北京是中国的首都。上海是中国最大的城市。深圳靠近香港。杭州以西湖闻名。",
            "猫が好きです。犬も好きです。鳥は飛びます。魚は泳ぎます。",
        ),
        (
            "北京是中国的首都。上海是中国最大的城市。深圳靠近香港。杭州以西湖闻名。",
            "北京は中国の首都です。上海は中国最大の都市です。深圳は香港に近い。杭州は西湖で有名です。",
        ),
        message="only {paired} of {total} source sentences could be aligned with the "
        "translation; fact rules are silent for this document (is it the right translation?)",
    ),
    Rule(
        "XL004",
        "section-missing",
        "section",
        "missing",
        "A section of the source (heading and body) has no counterpart in the translation.",
        "Catches a page whose translation lacks a whole section, usually because one "
        "side was updated after the other was translated. The section is reported once, "
        "with its heading and the facts it holds, instead of one finding per fact. Bring "
        "the translation up to date, or waive the finding while it is pending.",
        (
            "# 安装\n\n运行 `pip install` 即可。\n\n# 升级\n\n"
            "从 Kubernetes 1.29 升级到 v1.30 需要 30 分钟。\n",
            "# インストール\n\n`pip install` を実行します。\n",
        ),
        (
            "# 安装\n\n运行 `pip install` 即可。\n",
            "# インストール\n\n`pip install` を実行します。\n",
        ),
        message="{source_section} is missing from the translation",
    ),
    Rule(
        "XL005",
        "section-added",
        "section",
        "added",
        "The translation has a section (heading and body) the source does not.",
        "Catches a section only the translation has: the translated page is newer than "
        "the source, or a section was added by the translators. Reported once, with its "
        "heading and the facts it holds. Update the source page, or waive the finding.",
        (
            "# 安装\n\n运行 `pip install` 即可。\n",
            "# インストール\n\n`pip install` を実行します。\n\n# アップグレード\n\n"
            "Kubernetes 1.29 から v1.30 へのアップグレードには30分かかります。\n",
        ),
        (
            "# 安装\n\n运行 `pip install` 即可。\n",
            "# インストール\n\n`pip install` を実行します。\n",
        ),
        message="{target_section} is not in the source",
    ),
    Rule(
        "XL006",
        "page-missing",
        "page",
        "missing",
        "A page of the source tree has no page at the same path in the translation tree.",
        "Catches a page not yet translated, or translated under another name, when two "
        "documentation trees are checked (xlcheck run docs/zh-cn docs/ja). Reported once "
        "per page, on its first line of prose. Translate the page, or exclude it with the "
        "exclude globs of [tool.xlcheck].",
        ("# 安装\n\n运行安装程序。\n", ""),
        ("# 安装\n\n运行安装程序。\n", "# インストール\n\nインストーラーを実行します。\n"),
        message="the page {source_page} has no translation",
    ),
    Rule(
        "XL007",
        "page-added",
        "page",
        "added",
        "The translation tree has a page the source tree does not.",
        "Catches a page that only the translation tree holds: the source page was moved or "
        "deleted, or the translation was filed under the wrong path. Reported once per page.",
        ("", "# インストール\n\nインストーラーを実行します。\n"),
        ("# 安装\n\n运行安装程序。\n", "# インストール\n\nインストーラーを実行します。\n"),
        message="the page {target_page} is not in the source tree",
    ),
    Rule(
        "XL008",
        "item-missing",
        "item",
        "missing",
        "A list item or table row of the source is not in the translation's list or table.",
        "Catches a list whose translation kept every item but one (a feature, a supported "
        "platform, a step) or a table that lost a row, while the rest of the list is "
        "translated item by item: an item that holds no figure or name is seen by no other "
        "rule. Reported once, with the item's first words, only where the rest of the list "
        "pairs item by item and the translation's list is shorter. The item may have been "
        "merged into its neighbour: check, then add it or waive the finding.",
        (
            "- 支持 Windows\n- 支持 macOS\n- 支持 Linux\n- 支持 Android\n",
            "- Windows に対応\n- macOS に対応\n- Android に対応\n",
        ),
        (
            "- 支持 Windows\n- 支持 macOS\n- 支持 Android\n",
            "- Windows に対応\n- macOS に対応\n- Android に対応\n",
        ),
        message="{source_section} is missing from the translation's list",
    ),
    Rule(
        "XL009",
        "item-added",
        "item",
        "added",
        "The translation's list or table has an item or row the source's does not.",
        "Catches an item or a row only the translation's list or table has, the rest of "
        "the list paired item by item: the translation follows a newer original, or the "
        "translators added it. Reported once, with the item's first words.",
        (
            "- 支持 Windows\n- 支持 macOS\n- 支持 Android\n",
            "- Windows に対応\n- macOS に対応\n- Linux に対応\n- Android に対応\n",
        ),
        (
            "- 支持 Windows\n- 支持 macOS\n- 支持 Android\n",
            "- Windows に対応\n- macOS に対応\n- Android に対応\n",
        ),
        message="{target_section} is not in the source's list",
    ),
    Rule(
        "XL101",
        "number-mismatch",
        "number",
        "mismatch",
        "A number in the translation contradicts the source.",
        "Catches a figure rendered as a different, inconsistent figure (6131 as 6300, "
        "3-5 as 10). It matters because readers trust numbers most and check them least. "
        "Fix the figure, or waive the finding if the source itself is wrong.",
        ("广州拥有6131家区块链企业。", "広州には6300社のブロックチェーン企業がある。"),
        ("广州拥有6131家区块链企业。", "広州には6131社のブロックチェーン企業がある。"),
        message="{source} became {target}, a different figure",
    ),
    Rule(
        "XL102",
        "number-approximated",
        "number",
        "approximated",
        "An exact figure became a bound or an approximation (or the reverse).",
        "Catches 6131 rendered as 6000以上 or 約6000: consistent with the source, but "
        "less precise. Newsrooms usually want the exact figure kept; if rounding is house "
        "style, lower this rule's severity in rules/severity.toml.",
        ("广州拥有6131家区块链企业。", "広州には6000以上のブロックチェーン企業がある。"),
        ("广州拥有6000多家区块链企业。", "広州には6000社余りのブロックチェーン企業がある。"),
        message=RENDERED,
    ),
    Rule(
        "XL103",
        "number-missing",
        "number",
        "missing",
        "A number of the source has no counterpart in the translation.",
        "Catches a figure, ordinal or range that the translation dropped, typically with "
        "the sentence around it. Restore it, or waive the finding if the omission is "
        "deliberate.",
        ("杨浦区发布了12条政策。", "某区が政策を発表した。"),
        ("杨浦区发布了12条政策。", "楊浦区は12の政策を発表した。"),
        message=MISSING,
    ),
    Rule(
        "XL104",
        "number-added",
        "number",
        "added",
        "The translation states a number the source does not.",
        "Catches figures the translator added. They may be helpful context or an "
        "invention; either way an editor should see them.",
        ("广州出台了扶持政策。", "広州は3つの支援政策を発表した。"),
        ("广州出台了三项扶持政策。", "広州は3つの支援政策を発表した。"),
        message=ADDED,
    ),
    Rule(
        "XL201",
        "date-mismatch",
        "date",
        "mismatch",
        "A date in the translation contradicts the source.",
        "Catches a year, month or day changed in translation (2016年2月 as 2017年2月). "
        "Relative dates (今年, 同年) are resolved first, so 今年5月 and 2018年5月 agree "
        "when the document date is 2018.",
        ("2016年2月，联盟成立。", "2017年2月、連盟が設立された。"),
        ("2016年2月，联盟成立。", "2016年2月、連盟が設立された。"),
        message="{source} became {target}, a different date",
    ),
    Rule(
        "XL202",
        "date-precision",
        "date",
        "precision",
        "A date was made more or less specific, or its interval changed, consistently.",
        "Catches 从2016年至今 rendered as 2016年11月以降 or 2016年 as 2016年11月: not "
        "wrong, but not what the source says. Usually informational.",
        ("从2016年至今，深圳出台了政策。", "2016年11月以降、深圳は政策を発表した。"),
        ("从2016年至今，深圳出台了政策。", "2016年以降、深圳は政策を発表した。"),
        message=RENDERED + ": {detail}",
    ),
    Rule(
        "XL203",
        "date-missing",
        "date",
        "missing",
        "A date of the source has no counterpart in the translation.",
        "Catches a dated event that vanished from the translation, often a whole sentence "
        "(2011年6月, BTCC was founded). Restore it or waive the finding.",
        ("2011年6月，BTCC在上海创立。", "BTCCは上海で設立された。"),
        ("2011年6月，BTCC在上海创立。", "2011年6月、BTCCは上海で設立された。"),
        message=MISSING,
    ),
    Rule(
        "XL204",
        "date-added",
        "date",
        "added",
        "The translation gives a date the source does not.",
        "Catches dates the translator added (2017年12月の政策文書では…). An added date "
        "is a factual claim the source does not make: verify it.",
        ("杭州出台了政策文件。", "2017年12月、杭州は政策文書を発表した。"),
        ("2017年12月，杭州出台了政策文件。", "2017年12月、杭州は政策文書を発表した。"),
        message=ADDED,
    ),
    Rule(
        "XL301",
        "entity-mismatch",
        "entity",
        "mismatch",
        "A named entity was replaced by a different one of the same type.",
        "Catches 北京 rendered as 上海: the one unmatched name on each side of an aligned "
        "sentence, of the same type. Fix the name, or add a glossary entry in "
        "rules/glossary.tsv if both are the same entity under different names.",
        ("北京出台了政策。", "上海は政策を発表した。"),
        ("北京出台了政策。", "北京は政策を発表した。"),
        message="the {entity_type} {source_text} became a different name, {target_text}",
    ),
    Rule(
        "XL302",
        "entity-anonymized",
        "entity",
        "anonymized",
        "A named entity was replaced by a vague reference (ある地区, 某社).",
        "Catches names turned anonymous: 朝阳区 as ある地区, 阿里巴巴 as "
        "某インターネット巨人. The finding shows the name and the vague stand-in. The list "
        "of stand-ins is data in rules/anonymization.toml.",
        ("朝阳区要求各商业场所停止活动。", "ある地区は商業施設に活動の停止を求めた。"),
        ("朝阳区要求各商业场所停止活动。", "朝陽区は商業施設に活動の停止を求めた。"),
        message="the {entity_type} {source_text} became the vague reference {target_text}",
    ),
    Rule(
        "XL303",
        "entity-missing",
        "entity",
        "missing",
        "A named entity of the source has no counterpart in the translation.",
        "Catches names the translation dropped (BTCC, 深圳税务局), usually with their "
        "sentence. A name found anywhere in the neighbouring paragraphs counts as kept.",
        ("BTCC在上海创立。", "上海で設立された。"),
        ("BTCC在上海创立。", "BTCCは上海で設立された。"),
        message=MISSING,
    ),
    Rule(
        "XL304",
        "entity-added",
        "entity",
        "added",
        "The translation names an entity the source does not.",
        "Catches names the translator added, which may be helpful context or a wrong "
        "guess at an unnamed referent. A name that the source gives in a neighbouring "
        "paragraph counts as given.",
        ("该协会成立。", "広東省の協会が設立された。"),
        ("广东的协会成立。", "広東の協会が設立された。"),
        message=ADDED,
    ),
    Rule(
        "XL401",
        "unit-mismatch",
        "number",
        "mismatch",
        "The same figure in a different unit or currency.",
        "Catches 一美分 rendered as 1円, 5公里 as 5マイル: the number agrees, the unit "
        "does not, so the fact does not. Counters (家, 社, つ) are not units and are not "
        "compared.",
        ("价格上涨了一美分。", "価格は1円上がった。"),
        ("价格上涨了一美分。", "価格は1セント上がった。"),
        message="{source} became {target}, in another unit",
        decided="unit",
    ),
    Rule(
        "XL501",
        "version-mismatch",
        "version",
        "mismatch",
        "A version in the translation differs from the source's.",
        "Catches a version stated differently on the two sides (Kubernetes v1.26 against "
        "v1.21, HTTP/2 against HTTP/1.1). Versions are compared part by part, never as "
        "decimals: 1.20 is not 1.2. In documentation this is often a page translated from "
        "an older original: update the older side.",
        (
            "该特性在 Kubernetes v1.26 中进入稳定阶段。",
            "この機能は Kubernetes v1.21 で安定版になりました。",
        ),
        (
            "该特性在 Kubernetes v1.26 中进入稳定阶段。",
            "この機能は Kubernetes v1.26 で安定版になりました。",
        ),
        message="{source} became {target}, a different version",
    ),
    Rule(
        "XL502",
        "version-bound",
        "version",
        "bound",
        "The same version under a different bound (at least, later than, before).",
        "Catches a version range that changed in translation: 1.30 及更高 (1.30 or later) "
        "rendered as 1.30 より前 (before 1.30), or 大于 1.30 (later than 1.30) as "
        "1.30以降 (1.30 or later). 及更高, 或更高版本, 以上 and 以降 all say 'or later'.",
        ("需要 Kubernetes 1.30 及更高版本。", "Kubernetes 1.30 より前のバージョンが必要です。"),
        ("需要 Kubernetes 1.30 及更高版本。", "Kubernetes 1.30以降が必要です。"),
        message=RENDERED + ": the bound changed",
    ),
    Rule(
        "XL503",
        "version-missing",
        "version",
        "missing",
        "A version the source states has no counterpart in the translation.",
        "Catches a version the translation dropped (since v1.29, HTTP/1.1), often with "
        "the sentence or note that stated it. A version found in the neighbouring "
        "paragraphs counts as kept.",
        ("自 Kubernetes v1.29 起默认启用。", "デフォルトで有効です。"),
        ("自 Kubernetes v1.29 起默认启用。", "Kubernetes v1.29 以降、デフォルトで有効です。"),
        message=MISSING,
    ),
    Rule(
        "XL504",
        "version-added",
        "version",
        "added",
        "The translation states a version the source does not.",
        "Catches a version only the translation gives: a note from a newer original, or "
        "a guess. Check that the source page is current.",
        ("默认启用。", "Kubernetes v1.29 以降、デフォルトで有効です。"),
        ("默认启用。", "デフォルトで有効です。"),
        message=ADDED,
    ),
    Rule(
        "XL511",
        "identifier-changed",
        "identifier",
        "changed",
        "An identifier (inline code, a port, a status code) differs between the sides.",
        "Catches a field name, label key, command or value written as code that the "
        "translation changed (`.spec.replicas` as `.spec.replica`, `400` as `700`). "
        "Identifiers are copied, never translated, so a difference is a slip or a page "
        "translated from another version; a link of a sentence both pages keep that goes "
        "to another page is one too. An identifier only one side writes as code is not "
        "reported, nor a link to one page of the site under its older and its newer "
        "address (`Simple_response_header`, `CORS-safelisted_response_header`), which the "
        "site redirects.",
        ("与 `400` 等值。", "`700` と同じです。"),
        ("与 `400` 等值。", "`400` と同じです。"),
        message="the identifier {source_text} became {target_text} in the translation",
    ),
    Rule(
        "XL512",
        "link-missing",
        "identifier",
        "missing",
        "A link of a sentence both pages keep is not given by the translation.",
        "Catches a link the translation dropped from a sentence or list item it kept: the "
        "library, the example code or the guide is no longer linked, and the translation "
        "names it only in words of its own. The same place written another way (the page's "
        "own language version, its Markdown file or its address), a link given in another "
        "sentence, a link within the page, a resource for readers of one language "
        "(bilibili, a .cn site) and a link of a name the translation writes out unlinked "
        "(`Cookie`, `ResourceQuota`: a link only, no fact lost) are no change.",
        (
            "详见 `Use()` 的[示例代码](https://example.dev/docs/examples/)。\n",
            "`Use()` についてはサンプルコードを参照してください。\n",
        ),
        (
            "详见 `Use()` 的[示例代码](https://example.dev/docs/examples/)。\n",
            "`Use()` については[サンプルコード](https://example.dev/docs/examples/)を参照してください。\n",
        ),
        message=MISSING,
    ),
    Rule(
        "XL513",
        "link-added",
        "identifier",
        "added",
        "The translation links a page the source's sentence does not name.",
        "Catches a link only the translation gives in a sentence or list item both pages "
        "keep: a specification, a guide, a feature gate the source does not point to, often "
        "a sign that it was translated from another revision of the page. Links within the "
        "page, resources for readers of one language, a link the source gives in another "
        "sentence and a link of a name the source writes out unlinked "
        "(`{{HTTPHeader(\"Cookie\")}}` against `Cookie`) are no change.",
        (
            "详见 `Use()` 的示例代码。\n",
            "`Use()` については[サンプルコード](https://example.dev/docs/examples/)を参照してください。\n",
        ),
        (
            "详见 `Use()` 的[示例代码](https://example.dev/docs/examples/)。\n",
            "`Use()` については[サンプルコード](https://example.dev/docs/examples/)を参照してください。\n",
        ),
        message=ADDED,
    ),
)

RULES_BY_CODE = {rule.code: rule for rule in RULES}
RULES_BY_KEY = {rule.key: rule for rule in RULES}

# Codes withdrawn: never reused, and named as retired when a severity setting uses one.
RETIRED: dict[str, str] = {
    "XL002": "unaligned source sentence, never raised: XL001 covers alignment",
    "XL003": "unaligned target sentence, never raised: XL001 covers alignment",
}


def make_finding(
    kind: str,
    relation: str,
    source: Fact | None,
    target: Fact | None,
    unit: int,
    *,
    message: str | None = None,
    counts: tuple[tuple[str, int], ...] = (),
    guessed: bool = False,
) -> Finding:
    """A finding with its rule and message; severity is set by the rules stage.

    `counts` are the figures a finding without facts states (XL001's sentences);
    `guessed` marks two facts paired by inference (at most a warning)."""
    rule = RULES_BY_KEY[(kind, relation)]
    return Finding(
        rule=rule.code,
        kind=rule.kind,
        relation=rule.relation,
        severity="info",
        message=message or render_message(rule.message, source, target, counts),
        source=source,
        target=target,
        unit=unit,
        counts=counts,
        guessed=guessed,
    )


def render_message(
    template: str,
    source: Fact | None,
    target: Fact | None,
    counts: tuple[tuple[str, int], ...] = (),
) -> str:
    """The English message (JSON, SARIF and GitHub output, and the English reports)."""
    from ..i18n import Words

    return Words("en").render(template, source, target, counts)


def unknown_code_problem(code: str, where: str) -> str | None:
    """Why `code` cannot be given a severity (unknown or retired), or None when it can."""
    if code in RULES_BY_CODE:
        return None
    if code in RETIRED:
        return f"{code} in {where} is retired ({RETIRED[code]}): remove the entry"
    return f"unknown rule code {code!r} in {where}; known codes: {', '.join(RULES_BY_CODE)}"
