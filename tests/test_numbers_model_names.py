"""A model's name written with its figure glued to Latin letters on one side and spaced on
the other (波音737 MAX against ボーイング737MAX, iPhone 15 Pro against iPhone15Pro; fresh47):
the figure is the name's, said on both sides, so it is no figure missing or added; a
model's figure changed stays a mismatch, and a count against a model's name stays missing."""

from __future__ import annotations

from tests.conftest import construction_tests

MODELS = [
    ("2019年3月10日，埃塞俄比亚航空一架波音737 MAX客机坠毁，机上157人全部遇难。",
     "2019年3月10日、エチオピア航空のボーイング737MAXが墜落し、乗っていた157人全員が死亡した。",
     ""),
    ("波音737MAX客机坠毁。", "ボーイング737 MAXが墜落した。", ""),
    ("苹果发布了iPhone 15 Pro。", "アップルはiPhone15Proを発表した。", ""),
    ("波音737 MAX客机坠毁。", "ボーイング747が墜落した。", "XL101:error"),
    ("他买了15个苹果。", "彼はiPhone15を買った。", "XL103:warning"),
]

TABLES = {"models": MODELS}
test_construction, _ = construction_tests(TABLES)
