"""The first of a series said by a word (首场, 首月, 首次, 首批, 首剂; 初公演, 初月, 初会合,
初めて, 最初の): as often rendered by a word with no figure (初会合, 初公演, 発売初月) as by a
rank with one (第1回, 1回目), in either language: such a word is read as a rank on both
sides (首场 = 初公演, 首月 = 初月, 首次会议 = 初会合, 首剂 = 1回目), another rank said against
it is a changed rank (an error: both sides were read for sure), and a first dropped is
reported (XL103), as 第一次 is.
"""

from __future__ import annotations

from tests.conftest import construction_tests

OK = ""

# fmt: off
FIRST_SAID_BY_A_WORD = [
    ("首场演出于2024年10月5日举行。", "初公演は2024年10月5日に行われる。", OK),
    ("首場演出將於10月5日舉行。", "初回の公演は10月5日に行われる。", OK),
    ("该车型上市首月销量突破1.2万辆。", "同車種は発売初月の販売台数が1万2000台を超えた。", OK),
    ("新议会将于下月第一个周一召开首次会议。", "新議会は来月の第1月曜日に初会合を開く。", OK),
    ("新議會將於下月召開首次會議。", "新議会は来月、初めての会合を開く。", OK),
    # (首次 after N年来 is no rank, 12年来首次 = 12年ぶり: 初めて against it is added, left)
    ("净利润下降12%，为三年来首次下滑。", "純利益は12％減で、3年で初めての減益となった。",
     "XL104:info"),
    ("首批20台设备已运抵工地。", "最初の設備20台が現場に到着した。", OK),
    ("全市已有80%的居民接种首剂疫苗。", "市民の80％がワクチンの1回目の接種を終えた。", OK),
    ("全市已有80%的居民接种首剂疫苗。", "市民の80％がワクチンの初回接種を終えた。", OK),
    ("全市已有80%的居民接種首劑疫苗。", "市民の80％がワクチンを1回接種した。", OK),
    ("他第一次参加比赛就拿了3分。", "彼は初出場の試合で3点を挙げた。", OK),
    # (another rank against the word: a changed rank, a warning)
    ("首场演出于10月5日举行。", "2回目の公演は10月5日に行われる。", "XL101:error"),
    ("全市居民接种首剂疫苗。", "市民がワクチンの2回目の接種を受けた。", "XL101:error"),
    ("新议会将于下月召开第二次会议。", "新議会は来月、初会合を開く。", "XL101:error"),
    # (a first dropped: missing, as 第一次 would be)
    ("他首次访问日本。", "彼は日本を訪問した。", "XL103:warning"),
    ("该公司首次出现亏损。", "同社は赤字に転落した。", "XL103:warning"),
    # (首 counting songs stays a count)
    ("她唱了三首歌。", "彼女は3曲歌った。", OK),
    ("她唱了三首歌。", "彼女は4曲歌った。", "XL101:error"),
]
# fmt: on

TABLES = {"first-said-by-a-word": FIRST_SAID_BY_A_WORD}

test_construction, test_faithful_both_ways = construction_tests(TABLES)
