"""Named entities, as a table: which names each side's extractor finds and whether it
is confident enough to report them, and what a pair of sentences gives on the ladder of
matching (form, glossary, transliteration, reading, surname and title) and the relations
(missing, added, mismatch, anonymized). Negative rows hold the everyday words that the
taggers take for names."""

from __future__ import annotations

import pytest

from tests.conftest import check_strings
from xlcheck.extract import find_facts
from xlcheck.model import Segment
from xlcheck.run import current

# (lang, text, [(entity text, confident)])
EXTRACTION = [
    ("zh", "广州拥有6131家区块链企业。", [("广州", True)]),
    ("zh", "朝阳区要求停止活动。", [("朝阳区", True)]),
    ("zh", "杨浦区发布了政策。", [("杨浦区", True)]),
    ("zh", "深圳税务局开出了首张发票。", [("深圳税务局", True)]),
    ("zh", "中关村区块链产业联盟成立了。", [("中关村区块链产业联盟", True)]),
    ("zh", "纳达尔赢得了比赛。", [("纳达尔", True)]),
    ("zh", "他在斯坦福大学读书。", [("斯坦福大学", True)]),
    ("zh", "BTCC是第一家交易所。", [("BTCC", True)]),
    ("zh", "雨后出现了彩虹。", []),  # nz, but only common words to UniDic
    ("zh", "公共交通很方便。", []),  # nt, likewise
    ("zh", "万向区块链实验室举办了峰会。", [("万向区块链实验室", True)]),
    ("zh", "他在化学实验室工作。", []),
    ("zh", "联合国发表了声明。", [("联合国", True)]),
    ("zh", "汤姆很马虎。", [("汤姆", False), ("马虎", False)]),
    ("zh", "秋天，叶子会落下。", [("叶子", False)]),
    ("zh", "我在午休时间睡了一会儿。", [("午休", False)]),
    # 哥哥 (ns to jieba, seen often) ends a run of transliteration characters, and is a
    # word of the stoplist: no 哥哥比
    ("zh", "他的哥哥比我大两岁。", []),
    ("zh", "湯姆是個高中生。", [("湯姆", False), ("高中生", False)]),
    ("zh", "洛杉矶是美国第二大城市。", [("洛杉矶", True), ("美国", True), ("大城市", False)]),
    ("zh", "那位在河中游泳的男孩是谁？", [("河中", False)]),
    # 王 + a title: a family name alone, a name only as the other side of a swap (weak)
    ("zh", "王老师教我们汉语。", [("王", False)]),
    ("zh", "这段时间正好打算辞掉工作。", []),  # 段 + an ordinary word
    ("zh", "汤姆比玛丽更擅长游泳。", [("汤姆", False), ("玛丽", False)]),
    ("zh", "我已经知道了呀，别在一旁瞎BB。", [("BB", False)]),
    ("zh", "他勸女兒不要跟TOM結婚。", [("TOM", False)]),
    ("zh", "距離村內的郵政局不到一公里。", []),
    ("zh", "被告会向上级法院上诉。", []),
    ("zh", "毛泽东出生在湖南。", [("毛泽东", True), ("湖南", True)]),
    ("zh", "谢长廷在选举期间暗示。", [("谢长廷", True)]),
    ("zh", "阿里巴巴是一家公司。", [("阿里巴巴", True)]),
    ("zh", "我吃了一个汉堡。", [("汉堡", False)]),
    ("zh", "她吉他彈得很好。", []),  # a loanword of the stoplist (rules/entities.toml)
    # a word jieba does not know before a body's suffix is no name by itself (网约车公司,
    # 算力中心: review); nor a kind of shop
    ("zh", "他在网约车公司上班。", []),
    ("zh", "我在一家小书店买了书。", []),
    ("ja", "広州は6000以上のブロックチェーン企業を持つ。", [("広州", True)]),
    ("ja", "スタンフォード大学で学んだ。", [("スタンフォード大学", True)]),
    ("ja", "彼は今本を読んでいるところです。", [("今本", False)]),
    ("ja", "大津波による災害のせいで。", [("大津", False)]),
    ("ja", "私はＯＬです。", [("ＯＬ", False)]),
    ("ja", "それ私のCDだよね？", [("CD", False)]),
    ("ja", "今本さんが来た。", [("今本", True)]),
    ("ja", "モロ聞こえです。", [("モロ", False)]),
    ("ja", "たけしは英語で日記をつけている。", [("たけし", False)]),
    ("ja", "ナダルが勝った。", [("ナダル", True)]),
    ("ja", "モサック・フォンセカが設立した。", [("モサック・フォンセカ", True)]),
    (
        "ja",
        "中関村ブロックチェーン産業連盟が発足した。",
        [("中関村ブロックチェーン産業連盟", True)],
    ),
    ("ja", "北京は首都だ。", [("北京", True)]),
    (
        "ja",
        "長野はソルト・レイク・シティーを破った。",
        [("長野", True), ("ソルト・レイク・シティー", True)],
    ),
    ("ja", "コーヒー・紅茶があります。", []),
    ("ja", "ケンは試験にしくじった。", [("ケン", False)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), EXTRACTION, ids=range(len(EXTRACTION)))
def test_entities_and_their_confidence(lang, text, expected):
    facts = find_facts(Segment("s", text, 0, 1, 1, 0), lang, current())[2]
    assert [(f.text, not f.value.weak) for f in facts] == expected


# (zh, ja, sorted {(rule, relation)} of the entity findings)
PAIRS = [
    ("北京出台了政策。", "北京は政策を発表した。", []),
    ("朝阳区要求停止活动。", "朝陽区は停止を求めた。", []),
    ("广州有很多企业。", "広州には多くの企業がある。", []),
    ("杨浦区发布了政策。", "楊浦区は政策を発表した。", []),
    ("BTCC是交易所。", "BTCCは取引所だ。", []),
    ("上海区块链技术研究中心成立了。", "上海ブロックチェーン技術研究センターが設立された。", []),
    ("美国的经济很好。", "米国の経済は好調だ。", []),
    ("我住在澳洲。", "私はオーストラリアに住んでいる。", []),
    ("纳达尔赢了。", "ナダルが勝った。", []),
    ("阿里巴巴发布了财报。", "アリババは決算を発表した。", []),
    ("他在斯坦福大学读书。", "彼はスタンフォード大学で学んでいる。", []),
    ("麻理子的父母反对。", "マリコの両親は反対した。", []),
    ("達也有一些朋友。", "タツヤには友人がいる。", []),
    ("Rich 先生感謝了她。", "リッチ氏は彼女に感謝した。", []),
    ("Takesi在写日记。", "たけしは日記をつけている。", []),
    ("Lynn 跑得很快。", "リンは走るのが速い。", []),
    ("谢长廷暗示了。", "謝氏はほのめかした。", []),
    ("谢长廷暗示了。", "謝委員長はほのめかした。", []),  # any title after the kept surname
    ("谢长廷暗示了。", "謝罪はほのめかされた。", [("XL303", "missing")]),  # no title: a word
    ("他来自白川村。", "彼は白川から来た。", []),
    ("他来自白川村。", "彼は黒川から来た。", [("XL301", "mismatch")]),
    ("伍德太太的廚藝非常好。", "ウッド夫人は料理が上手でした。", []),
    ("爱丁堡的工程可能会改变。", "エジンバラの工事は変わるかもしれない。", []),
    ("北京出台了政策。", "政策が発表された。", [("XL303", "missing")]),
    ("深圳税务局开出了发票。", "発票が発行された。", [("XL303", "missing")]),
    ("朝阳区要求停止活动。", "ある地区は停止を求めた。", [("XL302", "anonymized")]),
    ("阿里巴巴投资了公司。", "某インターネット巨人が投資した。", [("XL302", "anonymized")]),
    ("北京出台了政策。", "上海は政策を発表した。", [("XL301", "mismatch")]),
    ("汤姆很马虎。", "トムはのんきだ。", []),
    ("秋天，叶子会落下。", "秋には葉が散る。", []),
    ("我吃了一个汉堡。", "私はハンバーガーを食べた。", []),
    ("他现在正在看书。", "彼は今本を読んでいるところです。", []),
    ("那不是我的光碟吗？", "それ私のCDだよね？", []),
    ("能直接听到。", "モロ聞こえです。", []),
    ("香港被稱作東方之珠。", "香港はアジアの真珠と呼ばれている。", [("XL304", "added")]),
    ("约翰做了个动作。", "ジェーンは身振りをした。", [("XL301", "mismatch")]),  # John is not Jane
    (
        "谢长廷暗示马英九可能会逃离台湾。",
        "謝氏は、馬氏は逃げ出すかもしれないとほのめかした。",
        [("XL303", "missing")],
    ),
    ("他们在吃三明治。", "彼らはサンドイッチを食べている。", []),
    ("你好，我是太郎。請多多指教", "こんにちは、私は太郎です。宜しくお願いします。", []),
    ("王老师教我们汉语。", "王先生は中国語を教えます。", []),
    ("联合国发表了声明。", "声明が発表された。", [("XL303", "missing")]),
    ("阿瑟签署了租约。", "アーサーはリース契約を結んだ。", []),
    ("长野击败了盐湖城。", "長野はソルト・レイク・シティーを破った。", []),
    ("亚历克斯进球了。", "アレックス・オヴェーチキン選手が決めた。", []),
    ("雅格达到了这一里程碑。", "ジャグはこの節目に達した。", []),
    ("你在義大利有個房子嗎？", "イタリアに家があるの？", []),
    ("他在奥德维奇附近。", "彼はアルドウィックのそばにいる。", []),
    ("新秀贝克斯特伦进球了。", "ルーキーのニックラス・バックストロームが決めた。", []),
    (
        "保守党在 Grand Connaught Rooms 酒店举行论坛。",
        "保守党がグランドコンノートルームズホテルでフォーラムを開催した。",
        [],
    ),
    (
        "马生于香港，就读于哈佛大学法学院。",
        "香港生まれの馬英九は、ハーバード大学法学大学院を卒業した。",
        [("XL304", "added")],
    ),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), PAIRS, ids=range(len(PAIRS)))
def test_entity_findings(zh, ja, expected):
    findings = check_strings(zh, ja)
    assert sorted({(f.rule, f.relation) for f in findings if f.kind == "entity"}) == expected


# The reverse direction: a Japanese source and a Chinese translation.
# (ja, zh, [(rule, relation, source text, target text)])
REVERSE = [
    (
        "アリババが投資した。",
        "某互联网巨头投资了。",
        [("XL302", "anonymized", "アリババ", "某互联网巨头")],
    ),
    (
        "北京市政府が発表した。",
        "有关部门发表了。",
        [("XL302", "anonymized", "北京市政府", "有关部门")],
    ),
    ("北京市政府が発表した。", "北京市政府发表了。", []),
    ("ナダルが勝った。", "纳达尔赢了。", []),
    ("マリコの両親は反対した。", "麻理子的父母反对。", []),
    ("広東省の協会が設立された。", "该协会成立了。", [("XL303", "missing", "広東省", None)]),
]


@pytest.mark.parametrize(("ja", "zh", "expected"), REVERSE, ids=range(len(REVERSE)))
def test_entity_findings_from_japanese(ja, zh, expected):
    findings = check_strings(ja, zh, "ja", "zh")
    got = [
        (f.rule, f.relation, f.source and f.source.text, f.target and f.target.text)
        for f in findings
        if f.kind == "entity"
    ]
    assert got == expected


# Which rung of the ladder matched each name: (zh, ja, [(rung, source, target)]).
LINKS = [
    ("北京出台了政策。", "北京は政策を発表した。", [("exact", "北京", "北京")]),
    ("朝阳区要求停止活动。", "朝陽区は停止を求めた。", [("text", "朝阳区", None)]),
    ("杨浦区发布了政策。", "楊浦は政策を発表した。", [("core", "杨浦区", "楊浦")]),
    ("美国的经济很好。", "米国の経済は好調だ。", [("glossary", "美国", "米国")]),
    ("纳达尔赢了。", "ナダルが勝った。", [("transliteration", "纳达尔", "ナダル")]),
    (
        "他在斯坦福大学读书。",
        "彼はスタンフォード大学で学んでいる。",
        [("transliteration", "斯坦福大学", "スタンフォード大学")],
    ),
    (
        "中关村区块链产业联盟成立了。",
        "中関村ブロックチェーン産業連盟が発足した。",
        [("glossary", "中关村区块链产业联盟", "中関村ブロックチェーン産業連盟")],
    ),
    # 麻理 + 子, cut by jieba, joined as UniDic reads it: a name, rendered by its sound
    ("麻理子的父母反对。", "マリコの両親は反対した。", [("transliteration", "麻理子", "マリコ")]),
    # 謝 + 氏: a family name alone before its title is read on the Japanese side too, the
    # same person as the full name opening on it
    ("谢长廷暗示了。", "謝氏はほのめかした。", [("form", "谢长廷", "謝")]),
    ("Rich 先生感謝了她。", "リッチ氏は彼女に感謝した。", [("transliteration", "Rich", "リッチ")]),
    ("华沙是首都。", "ワルシャワは首都だ。", [("transliteration", "华沙", "ワルシャワ")]),
    # a free rendering the sound cannot decide on: the same name spelled two ways
    ("爱丁堡是首府。", "エジンバラは首府だ。", [("scripts", "爱丁堡", "エジンバラ")]),
    (
        "上海区块链技术研究中心成立了。",
        "上海ブロックチェーン技術研究センターが設立された。",
        [("glossary", "上海区块链技术研究中心", "上海ブロックチェーン技術研究センター")],
    ),
    ("BTCC是交易所。", "BTCCは取引所だ。", [("exact", "BTCC", "BTCC")]),
    ("他去了广东。", "彼は広東省に行った。", [("core", "广东", "広東省")]),
    # every place suffix of rules/LANG/names.toml makes a core, in either language
    ("他去了香港特别行政区。", "彼は香港に行った。", [("core", "香港特别行政区", "香港")]),
    ("他来自白川村。", "彼は白川から来た。", [("core", "白川村", "白川")]),
    ("他住在周庄镇。", "彼は周荘に住んでいる。", [("text", "周庄镇", None)]),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), LINKS, ids=range(len(LINKS)))
def test_the_rung_that_matched(zh, ja, expected):
    from xlcheck.load.tsv import segment_pairs
    from xlcheck.pipeline import check_pair

    pair = segment_pairs([("s1", zh, ja)], source_lang="zh", target_lang="ja", doc_id="x")
    links = check_pair(pair).links
    got = [(k.rung, k.source and k.source.text, k.target and k.target.text) for k in links]
    assert got == expected
