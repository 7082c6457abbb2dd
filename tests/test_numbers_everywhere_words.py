"""四处 and 四周 as words of place (issue 12 point 2: numbers inside fixed words are not
quantities): 四处 before a verb is "everywhere" (四处逛逛, 四處奔波), 四周 after a word of
looking or a place, or before what surrounds, is "all around" (环顾四周, 屋子四周, 四周都是树);
四处景点 counts four sights and 为期四周 four weeks, in either script."""

from __future__ import annotations

from tests.conftest import construction_tests

EVERYWHERE = [
    (
        "你刚刚成功创建了你的首个网站！四处逛逛，看看有什么功能吧。",
        "最初のサイトができました！いろいろ見て回ってみましょう。",
        "",
    ),
    ("他四处寻找丢失的钥匙。", "彼はなくした鍵をあちこち探した。", ""),
    # (spreading a word: 四处传播, md62's opensource.guide page)
    ("四处传播你的项目。", "プロジェクトを広く宣伝しよう。", ""),
    ("消息很快四處傳開了。", "知らせはすぐにあちこちに広まった。", ""),
    ("為了籌錢，他四處奔波。", "資金を集めるため、彼は奔走した。", ""),
    ("她环顾四周，没有发现任何人。", "彼女は周りを見回したが、誰もいなかった。", ""),
    ("房子四周都是树。", "家の周りは木ばかりだ。", ""),
    ("四周一片漆黑。", "周りは真っ暗だ。", ""),
    ("他在屋子四周看了看。", "彼は家の周りを見て回った。", ""),
]

COUNTS = [
    ("这里有四处景点值得一看。", "ここには見る価値のある観光地が4か所ある。", ""),
    ("这里有四处景点值得一看。", "ここには見る価値のある観光地が5か所ある。", "XL101:error"),
    ("全市有四處避難所。", "市内には避難所が4か所ある。", ""),
    ("这次培训为期四周。", "今回の研修期間は4週間だ。", ""),
    ("这次培训为期四周。", "今回の研修期間は3週間だ。", "XL101:error"),
    ("四周后复查。", "4週間後に再検査する。", ""),
    # an age, an anniversary, a rank, weeks before 都
    ("孩子明天四周岁。", "子どもは明日4歳になる。", ""),
    ("孩子明天四周岁。", "子どもは明日5歳になる。", "XL101:error"),
    ("今天是公司成立的四周年。", "今日は会社設立4周年だ。", ""),
    ("第四周是关键。", "4週目が鍵だ。", ""),
    ("他已经四周都没回家了。", "彼はもう3週間家に帰っていない。", "XL101:error"),
]

TABLES = {"everywhere": EVERYWHERE, "counts": COUNTS}
test_construction, _ = construction_tests(TABLES)
