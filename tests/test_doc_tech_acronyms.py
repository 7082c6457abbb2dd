"""Terms of computing that Japanese says by their English acronym and Chinese by its own
word (issue 14, md45): 物联网 = IoT, 软件即服务 = SaaS (rules/glossary.tsv). The acronym
has lower-case letters, so it read as a name: without the pair it was "added" beside
the Chinese term. A technical abbreviation of "of", "on", "over" (IoT, DoF, QoS: the
stoplist of rules/entities.toml) is vocabulary, no name at all, where the source says no
such term too (md54: 6 DoF beside 六轴)."""

from __future__ import annotations

import pytest

from tests.conftest import entity_findings, page_findings

CASES = [
    ("物联网设备越来越多。", "IoTデバイスが増えている。", []),
    ("物聯網設備越來越多。", "IoTデバイスが増えている。", []),
    ("很多公司采用软件即服务模式。", "多くの企業がSaaSモデルを採用している。", []),
    ("很多公司采用平台即服务模式。", "多くの企業がPaaSモデルを採用している。", []),
    # ... and the other way round: an English word of Chinese prose rendered by a Japanese
    # word (md47, docusaurus: RegExp DOS 漏洞 = 正規表現DoSの脆弱性)
    ("例如 RegExp DOS 漏洞通常是无害的。", "たとえば正規表現DoSの脆弱性は通常無害です。", []),
    ("例如 RegExp DOS 漏洞通常是无害的。", "たとえばRegExp DoSの脆弱性は通常無害です。", []),
    ("这个 Regex 写错了。", "この正規表現は間違っている。", []),
    # a country or an edition said by its English name in the other page (md48, alist:
    # the 国际 edition of a storage service, International)
    ("这个服务有美国和英国两个节点。", "このサービスにはUSAとUKの2つのノードがある。", []),
    ("Teambition（国际版）", "Teambition（International）", []),
    # no such term in the source: an abbreviation of "of", no name
    ("智能设备越来越多。", "IoTデバイスが増えている。", []),
    # an acronym of another shape is still a name added
    ("很多公司采用这种模式。", "多くの企業がSaaSモデルを採用している。", [("XL304", None, "SaaS")]),
]


@pytest.mark.parametrize(("zh", "ja", "expected"), CASES)
def test_computing_terms_said_by_their_acronym(zh, ja, expected):
    assert entity_findings(zh, ja) == expected


def test_shell_is_a_program_on_a_page(tmp_path):
    """Documentation's shell is the program, capitalised in Chinese prose as often as not
    (md46, nushell): an English word, no company's name (rules/common/words.toml), so no
    name made vague by a noun of the other page (読者)."""
    zh = "# 介绍\n\n如果这看起来与我们以前的传统 Shell 非常相似，那么就说明你拥有敏锐的眼睛！\n"
    ja = "# はじめに\n\nするどい読者にはこれが以前ものと似ていると思われるでしょう。\n"
    assert page_findings(tmp_path, zh, ja) == []
