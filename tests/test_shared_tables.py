"""Findings do not depend on what the process checked before: extraction writes nothing
into the tables every text and run of a process share (jieba's frequencies and tags).

A name jieba cuts into pieces (奥 + 韦奇金 in 我见到了奥韦奇金) is joined for the text it
is in. Recorded in the shared tag table, it made the same name, cut whole in a later text,
a known name there: 安娜·奥韦奇金 then counted two known names and was split in two, and
罗米托, cut whole by jieba's HMM, stayed one name instead of a family name and a verb
(罗米 + 托). So the findings of a pair depended on input order, on --jobs and on a
library caller's earlier checks. Each case runs in a fresh interpreter, so that the
test's own process (and the order pytest runs tests in) cannot hide or cause the
difference.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

# (earlier pair whose text joins a name from pieces, later pair) as (zh, ja)
ORDERS = [
    pytest.param(
        ("我见到了奥韦奇金。", "オベチキンに会った。"),
        ("安娜·奥韦奇金进球了。", "彼女がゴールを決めた。"),
        id="joined-surname-then-full-name-missing",
    ),
    pytest.param(
        ("这是奥韦奇金的书。", "これはオベチキンの本だ。"),
        ("安娜·奥韦奇金进球了。", "アンナ・ペトロワがゴールを決めた。"),
        id="joined-surname-then-full-name-replaced",
    ),
    pytest.param(
        ("你看见奥韦奇金了吗？", "オベチキンを見た？"),
        ("奥韦奇金·汤姆森来了。", "トムソンが来た。"),
        id="joined-surname-then-name-before-the-dot",
    ),
    pytest.param(
        ("这是罗米托的书。", "これはロミトの本だ。"),  # 罗米 + 托: joined
        ("球员罗米托进球了。", "選手が得点した。"),  # 罗米托 cut whole
        id="joined-name-then-the-same-name-cut-whole-missing",
    ),
    pytest.param(
        ("这是罗米托的书。", "これはロミトの本だ。"),
        ("告诉罗米托我会晚点到。", "遅れるとロッシに伝えて。"),
        id="joined-name-then-the-same-name-cut-whole-replaced",
    ),
    pytest.param(
        ("我和奥韦奇金去了公园。", "オベチキンと公園に行った。"),
        ("奥韦奇金说她很累。", "オベチキンは疲れたと言った。"),
        id="no-join-earlier-negative",
    ),
]

_SCRIPT = """
import json, sys
from tests.conftest import check_strings, facts_of
pairs = json.loads(sys.argv[1])
for zh, ja in pairs[:-1]:
    check_strings(zh, ja)
zh, ja = pairs[-1]
facts = sorted((f.text, f.start, f.end, repr(f.value)) for f in facts_of(zh, "zh"))
findings = sorted((f.rule, f.severity, f.message) for f in check_strings(zh, ja))
print(json.dumps([facts, findings], ensure_ascii=False))
"""


def _in_fresh_process(*pairs: tuple[str, str]):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, json.dumps(pairs, ensure_ascii=False)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=True,
    )
    return json.loads(done.stdout)


@pytest.mark.parametrize(("earlier", "pair"), ORDERS)
def test_a_pair_checked_after_another_finds_what_it_finds_alone(earlier, pair):
    assert _in_fresh_process(earlier, pair) == _in_fresh_process(pair)


TEXTS = [
    "我见到了奥韦奇金。",  # 奥 + 韦奇金: joined
    "安娜·奥韦奇金进球了。",
    "我在霍尔本工作。",  # 霍尔 + 本
    "斯特兰德大街很长。",  # 斯特兰 + 德
    "拉奥尼奇赢了。",  # 拉奥 + 尼奇
    "我和梅拉妮去了公园。",  # 梅拉 + 妮
    "费尔南多·阿隆索赢得了比赛。",
    "这是罗米托的书。",  # 罗米 + 托
    "哥哥比我高。",
    "北京出台了政策。",
]


JOINED_AND_PIECES = ["奥韦奇金", "韦奇金", "拉奥尼奇", "拉奥", "梅拉妮", "梅拉", "罗米托", "罗米",
                     "费尔南多·阿隆索", "费尔南多", "阿隆索"]  # fmt: skip


def test_extraction_leaves_the_shared_tables_as_they_were():
    from tests.conftest import facts_of
    from xlcheck.extract.zh.tokenizer import segmenter
    from xlcheck.run import current

    shared = segmenter(current().language("zh").words)

    def looked_up():  # the joined names and their pieces, as the shared look-ups see them
        return [(w, shared.tag(w), shared.frequency_of(w, -1)) for w in JOINED_AND_PIECES]

    before = looked_up()
    for text in TEXTS:
        facts_of(text, "zh")
    assert looked_up() == before


def test_the_shared_tables_are_read_only():
    from xlcheck.extract.zh.tokenizer import segmenter
    from xlcheck.run import current

    shared = segmenter(current().language("zh").words)
    with pytest.raises(TypeError):
        shared.tag["奥韦奇金"] = "nrt"  # type: ignore[index]
    with pytest.raises(TypeError):
        shared.frequency["奥韦奇金"] = 1  # type: ignore[index]


def test_a_joined_name_is_one_name_in_its_own_text():
    from xlcheck.run import current

    chinese = current().language("zh")
    tokens = chinese.tokens(chinese.prepare("我见到了奥韦奇金。"))
    assert ("奥韦奇金", "nrt") in [(t.text, t.tag) for t in tokens]
