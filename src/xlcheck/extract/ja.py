"""Japanese: number and date tables, and fugashi/UniDic glue for named entities.

The fugashi Tagger is built once per process, on first use.
"""

from __future__ import annotations

from fractions import Fraction
from functools import cache

from ..rules.data import rule_files
from ..rules.names import name_rules
from ..scripts import has_hiragana, katakana
from .dates import DateTables
from .entities import EntityMatch, EntityTables, Token
from .numbers import IDIOM_WAN_YI, NumberTables
from .people import japanese_person_spans

F = Fraction

# fmt: off
CURRENCIES = {
    "ドル": "USD", "米ドル": "USD", "セント": "USD-cent", "円": "JPY", "日本円": "JPY",
    "元": "CNY", "人民元": "CNY", "香港ドル": "HKD", "ユーロ": "EUR", "ポンド": "pound",
    "ウォン": "KRW", "台湾ドル": "TWD", "ルーブル": "RUB", "ビットコイン": "BTC",
}
MEASURES = {
    "キロメートル": "km", "km": "km", "メートル": "m", "センチメートル": "cm", "センチ": "cm",
    "ミリメートル": "mm", "ミリ": "mm", "キログラム": "kg", "kg": "kg", "グラム": "g",
    "トン": "t", "キロ": "kilo", "平方メートル": "m2", "平方キロメートル": "km2",
    "ヘクタール": "ha", "リットル": "L", "ミリリットル": "mL", "℃": "°C", "時間": "hour",
    "分間": "minute", "分": "minute", "秒": "second", "秒間": "second", "日間": "day",
    "か月": "month", "カ月": "month", "ヶ月": "month", "ケ月": "month", "箇月": "month",
    "週間": "week", "歳": "age", "才": "age", "倍": "times", "%": "%", "GB": "GB",
    "MB": "MB", "TB": "TB", "マイル": "mile", "海里": "nmi", "フィート": "ft", "インチ": "in",
    "華氏": "°F",
}

NUMBERS = NumberTables(
    prefixes={
        "約": "approx", "およそ": "approx", "凡そ": "approx", "ほぼ": "approx", "最大": "le",
        "最低": "ge", "少なくとも": "ge", "最多": "le", "超": "gt", "だいたい": "approx",
        "大体": "approx", "おおよそ": "approx", "ざっと": "approx", "せめて": "ge",
        # not qualifiers: 過去十年 is "the last ten years"
        "過去": "exact",
    },
    suffixes={
        "以上": "ge", "以下": "le", "超": "gt", "超え": "gt", "を超える": "gt", "を超え": "gt",
        "未満": "lt", "余り": "gt", "あまり": "gt", "余": "gt", "近く": "approx",
        "ほど": "approx", "程度": "approx", "前後": "approx", "弱": "approx", "強": "approx",
        "足らず": "lt", "ばかり": "approx", "以内": "le", "くらい": "approx",
        "ぐらい": "approx", "を上回る": "gt", "を下回る": "lt",
    },
    units={**{k: (v, F(1)) for k, v in {**CURRENCIES, **MEASURES}.items()}, "割": ("%", F(10))},
    counters=(
        "つ", "個", "社", "件", "人", "名", "回", "度", "種類", "種", "項目", "条", "本", "台",
        "冊", "枚", "か所", "カ所", "ヶ所", "箇所", "か国", "カ国", "ヶ国", "都市", "年間", "年",
        "期", "店", "行", "機", "隻", "匹", "頭", "点", "校", "軒", "棟", "階", "シーズン",
        "チーム", "部", "世帯", "局", "拠点", "巻", "列", "杯", "食", "語", "組",
    ),
    ordinal_prefix="第",
    ordinal_suffixes=("位", "番目", "番手", "着", "等", "目"),
    ordinal_words=(r"最初(?=[のにで])", r"初めて", r"(?<![最当年月])初(?=[の、。])", r"首位",
                   r"一番目", r"ファースト"),
    range_separators=("-", "~", "〜", "～", "—", "から"),
    vague={
        "二、三": (2, 3), "三、四": (3, 4), "四、五": (4, 5), "五、六": (5, 6), "数十": (20, 90),
        "十数": (11, 19), "数百": (200, 900), "数千": (2000, 9000), "数万": (20000, 90000),
    },
    not_numbers=(
        r"十分(?!間)", IDIOM_WAN_YI, "一部", "一連", "一方", "一層", "一般", "一緒",
        r"一時(?![半\d])",
        "一致", "一体", "一切", "同一", "唯一", "統一", r"一番(?!目)", "一定", "一環", "一段",
        "一気", "一斉", "一貫", "千差万別", "一人ひとり", "一目", "一概", "十中八九", "一石二鳥",
        "七転八起", "一生懸命", "第三者",  # third party
    ),
    word_numbers={"ひとり": (1, None), "ふたり": (2, None), "ひとつ": (1, None),
                  "ふたつ": (2, None), "みっつ": (3, None), "よっつ": (4, None)},
    decade_counter="代",
    fraction_infix="分の",
    signs=("マイナス", "−", "-"),
)

DATES = DateTables(
    relative_years={"今年": 0, "本年": 0, "今年度": 0, "本年度": 0, "昨年": -1, "去年": -1,
                    "一昨年": -2, "来年": 1, "明年": 1, "再来年": 2, "翌年": 1, "前年": -1},
    same_year=("同年", "当年", "その年"),
    same_month=("同月", "当月"),
    relative_months={"今月": 0, "先月": -1, "来月": 1},
    year_parts={"初め": "early", "初頭": "early", "初": "early", "末": "late",
                "上半期": "first-half", "下半期": "second-half", "前半": "first-half",
                "後半": "second-half", "半ば": "mid", "春": "spring", "夏": "summer",
                "秋": "autumn", "冬": "winter", "の春": "spring", "の夏": "summer",
                "の秋": "autumn", "の冬": "winter", "の初め": "early", "の末": "late"},
    month_parts={"初め": "early", "初旬": "early", "上旬": "early", "初": "early",
                 "中旬": "mid", "半ば": "mid", "下旬": "late", "末": "late"},
    month_suffix="",
    day_suffixes=("日",),
    since_prefixes=(),
    until_prefixes=(),
    since_suffixes=("以降", "以来", "から", "より"),
    until_suffixes=("までに", "まで", "時点", "現在"),
    between_joiners=("から", "～", "〜", "~", "-", "—"),
    between_closers=("にかけて", "まで", "の間"),
    not_dates=(r"同年[代齢]",),
    meridiems={"午前": "am", "朝": "am", "午後": "pm", "夕方": "pm"},
    hour_markers=("時",),
    half_hour="半",
    minute_marker="分",
    weekday_prefixes=(),
    weekday_names={"月": 1, "火": 2, "水": 3, "木": 4, "金": 5, "土": 6, "日": 7},
    weekday_suffix="曜",
)
# fmt: on

# fmt: off
ENTITIES = EntityTables(
    place_suffixes=("区", "市", "省", "県", "州", "町", "村", "都", "府", "街", "自治区"),
    org_suffixes=(
        "センター", "連盟", "協会", "研究所", "研究院", "大学", "学院", "会社", "銀行",
        "取引所", "局", "委員会", "財団", "裁判所", "病院", "政府", "庁", "グループ", "ラボ",
        "実験室", "サミット", "連合", "学会", "商会", "取引プラットフォーム",
    ),
    joiners=("n", "eng"),
    derived_suffixes=("語", "人", "系", "製", "産", "風", "式", "料理", "訛り"),
)
# fmt: on

UNIDIC_TYPES = {"地名": "place", "人名": "person", "組織": "organisation", "一般": "other"}


def prepare(text: str) -> str:
    """Japanese needs no preparation beyond width folding."""
    return text


@cache
def _tagger():
    import fugashi

    return fugashi.Tagger()


def tokens(text: str) -> list[Token]:
    """fugashi tokens tagged with an entity type, 'n' for other nouns, 'eng' for Latin;
    personal names joined into one token (李 + 克 + 強, see people.py)."""
    words = []
    position = 0
    for word in _tagger()(text):
        surface = word.surface
        start = text.find(surface, position)
        if start < 0:  # the tagger normalised something: resynchronise on the next token
            continue
        position = start + len(surface)
        # word.pos is one string ("名詞,固有名詞,地名,一般"); word.feature builds a tuple of
        # all 29 UniDic fields on every access and costs more than the tagging itself
        words.append((surface, start, position, word.pos, word.is_unk))
    names = {start: end for start, end in japanese_person_spans([w[:4] for w in words], text)}
    result = []
    name_end = 0
    for surface, start, end, pos, unknown in words:
        if start < name_end:
            continue  # inside a personal name already given as one token
        if start in names:
            name_end = names[start]
            result.append(Token(text[start:name_end], start, name_end, "person"))
            continue
        tag = _tag(surface, pos, unknown)
        if tag is not None:
            result.append(Token(surface, start, end, tag))
    return result


def _tag(surface: str, pos: str, unknown: bool) -> str | None:
    if not pos.startswith(("名詞", "接尾辞")):
        return None  # only nouns take part in names; a gap in offsets ends a compound
    _, pos2, pos3, _ = pos.split(",", 3)
    if surface.isascii() and any(ch.isalpha() for ch in surface):
        return "eng"
    if unknown and "・" in surface and _katakana_name(surface):
        return "other"  # モサック・フォンセカ: unknown katakana words, dot-joined
    if pos2 == "固有名詞":
        return UNIDIC_TYPES.get(pos3, "other")
    return "n" if pos2 != "数詞" else None


def entity_type(token: Token) -> str | None:
    if token.tag == "eng":
        return "other"
    return token.tag if token.tag in ("place", "person", "organisation", "other") else None


# Titles after a surname that make it a person's name beyond doubt (今本 alone is "this book").
HONORIFICS = (
    "さん", "様", "さま", "氏", "君", "くん", "ちゃん", "先生", "夫人", "社長", "教授",
    "博士", "選手", "監督", "議員", "大統領", "首相",
)  # fmt: skip


def confident(surface: str, match: EntityMatch, text: str) -> bool:
    """Whether a name is sure enough to be reported when the source lacks it.

    UniDic knows many names that are also words (今本 "this book" read as a surname, モロ,
    かめ); those stay entities, to be matched, but are reported only with more evidence:
    a glossary term, a compound (中関村 + ブロックチェーン産業連盟), a katakana name of
    three characters or more, a kanji name that is not a piece of a longer kanji word
    (大津 in 大津波), and for a person in kanji, three characters or a title after it.
    Short Latin capitals (PC, CD, LDK) are abbreviations, not names; kana-only names
    are too easily words (かめ, モロ).
    """
    from . import fold_width

    surface = fold_width(surface)
    if surface.isascii():
        return not (len(surface) <= 3 and surface.upper() == surface)
    if surface in _known_names(rule_files().glossary) or match.compound:
        return True
    if has_hiragana(surface):
        return False
    if katakana(surface):
        return len(surface.replace("・", "").replace("ー", "")) >= 3
    titled = text.startswith(HONORIFICS, match.end) or name_rules().title_after(
        text, match.end, "ja"
    )
    if match.entity_type == "person" and titled:
        return True  # 王偉 + 氏, 田中 + 局長: a title outside the name
    before = text[match.start - 1 : match.start]
    after = text[match.end : match.end + 1]
    if _kanji(before) or _kanji(after):
        return False
    if match.entity_type == "person":
        return len(surface) >= 3
    return True


def _katakana_name(text: str) -> bool:
    parts = text.split("・")
    return all(len(part) >= 2 and katakana(part) for part in parts)


def _kanji(character: str) -> bool:
    return bool(character) and ("\u4e00" <= character <= "\u9fff" or character == "々")


@cache
def _known_names(glossary) -> frozenset[str]:
    """Glossary terms, without its generic parts of names (取引所, センター)."""
    generic = {*ENTITIES.org_suffixes, *ENTITIES.place_suffixes}
    return frozenset(term for entry in glossary for term in entry.ja if term not in generic)
