"""A place's name made of a proper stem and a place or facility suffix that jieba reads
as a common word or cuts apart (东营市 n, 北投區 nt, 启德 + 站, 羽田机场 n, 东涌綫 oov):
read as a weak place (extract/zh/names.py suffixed_places). The stem holds two to four
Han characters and is no everyday word: 火车站, 地铁站, 生产线, 开发区 stay common nouns,
and 站 before 在, 起来 is the verb "stand"."""

import pytest

from xlcheck.run import current


def _places(text: str) -> list[str]:
    zh = current().language("zh")
    return [t.text for t in zh.tokens(zh.prepare(text)) if zh.entity_type(t) == "place"]


CASES = [
    # stations: the stem and 站, one word or two (simplified and traditional)
    ("station-one-word", "我们经过荃湾站。", "荃湾站"),
    ("station-traditional", "我們在大圍站下車。", "大围站"),
    ("station-stem-then-verb-tag", "列车停靠启德站后继续开往乌溪沙。", "启德站"),
    ("station-sha-tin", "我们经过沙田站。", "沙田站"),
    ("station-baolin", "我在宝琳站换车。", "宝琳站"),
    # railway and metro lines
    ("line-kwun-tong", "观塘线今天停运。", "观塘线"),
    ("line-traditional", "荃灣綫的列車延誤了。", "荃湾线"),
    ("line-keio", "京王线今天停运。", "京王线"),
    ("line-yamanote", "山手线很拥挤。", "山手线"),
    ("line-tuen-ma", "屯马线明年延长。", "屯马线"),
    # airports
    ("airport-baiyun", "航班降落在白云机场。", "白云机场"),
    ("airport-traditional", "我們從桃園機場出發。", "桃园机场"),
    ("airport-bao-an", "宝安机场扩建了。", "宝安机场"),
    # districts and cities jieba holds as one common word
    ("city-dongying", "东营市今天下雨。", "东营市"),
    ("district-beitou", "北投區今天很熱。", "北投区"),
    ("district-siming", "思明区发布了通知。", "思明区"),
    # a stem jieba cut before its last character, glued to the suffix (苓 + 雅區)
    ("district-cut-lingya", "高雄市苓雅區的文化中心", "苓雅区"),
    ("station-cut-yau-ma-tei", "油麻地站今早發生故障。", "油麻地站"),
    ("prefecture-cut-saitama", "工厂在埼玉县。", "埼玉县"),
    # and the coverb jieba glued to the stem's first piece (在苓 + 雅區, 从滨 + 城站)
    ("district-after-glued-coverb", "我们在苓雅區见面。", "苓雅区"),
    ("station-after-glued-coverb", "地铁从滨城站开出。", "滨城站"),
]

NEGATIVES = [
    ("train-station", "我们在火车站见面。"),
    ("metro-station-and-stand", "他站在地铁站门口。"),
    ("stand-up", "学生站起来回答。"),
    ("person-stands", "张伟站在门口等你。"),
    ("production-line", "生产线停了。"),
    ("hotline", "请拨打热线。"),
    ("numbered-line", "乘地铁10号线。"),
    ("shinkansen", "新干线很快。"),
    ("light-rail-extension", "区议会讨论了輕鐵延線的方案。"),
    ("development-zone", "他住在开发区。"),
    ("this-district", "该区人口很多。"),
    ("this-village", "本村有两千人。"),
    ("downtown", "市区很热闹。"),
    ("scenic-area", "我们去风景区。"),
    ("bus-station", "汽车站和收费站都关了。"),
    ("website", "请访问网站。"),
    ("this-stop", "从这站下车。"),
    ("our-station", "在本站下车。"),
    ("starting-station", "从起点站出发。"),
]


@pytest.mark.parametrize(("case", "text", "name"), CASES, ids=[c[0] for c in CASES])
def test_suffixed_place_is_read(case, text, name):
    assert name in _places(text)


@pytest.mark.parametrize(("case", "text"), NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_common_noun_is_no_place(case, text):
    places = _places(text)
    assert not [p for p in places if p.endswith(("站", "线", "区", "村", "机场"))], places


def test_airport_ends_at_its_suffix():
    """桃园机场 + 捷运: the airport's name does not grow over the word after it."""
    zh = current().language("zh")
    text = "桃園機場捷運自台北車站出發。"
    found = [t.text for t in zh.tokens(zh.prepare(text)) if zh.entity_type(t)]
    assert "桃园机场" in found
