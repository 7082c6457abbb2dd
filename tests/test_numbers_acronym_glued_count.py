"""An acronym glued to a short figure that a counter follows counts the things the acronym
names (CPU2基, GPU4枚, SSD2台 in Japanese specifications), where digits glued to Latin
letters are otherwise a model's name (MP3, PS5, RTX4090). fresh53: 两颗CPU against CPU2基
read the Japanese side as nothing, and the source's count as missing."""

from __future__ import annotations

from tests.conftest import construction_tests

# fmt: off
ROWS = {
    "glued-count": [
        ("每台服务器配备两颗CPU。", "サーバー1台につきCPU2基を搭載する。", ""),
        ("每台服务器配备两颗CPU。", "サーバー1台につきCPU4基を搭載する。", "XL101:error"),
        ("这台电脑装了四张GPU。", "このパソコンにはGPU4枚が搭載されている。", ""),
        ("这台电脑装了四张GPU。", "このパソコンにはGPU8枚が搭載されている。", "XL101:error"),
        ("機房裡有兩台NAS。", "サーバールームにはNAS2台がある。", ""),
        ("機房裡有兩台NAS。", "サーバールームにはNAS3台がある。", "XL101:error"),
        # full-width digits after the acronym
        ("每台服务器配备两颗CPU。", "サーバー1台につきCPU２基を搭載する。", ""),
    ],
    # a model's name goes on in letters or digits, or has no counter after it
    "model-names": [
        ("他买了一台PS5。", "彼はPS5を1台買った。", ""),
        ("这首歌是MP3格式。", "この曲はMP3形式だ。", ""),
        ("服务器用了两张RTX4090。", "サーバーにはRTX4090を2枚使った。", ""),
        ("服务器用了两张RTX4090。", "サーバーにはRTX4090を3枚使った。", "XL101:error"),
        # a counter's character that opens a word is no counter (本体, 台湾, 人気)
        ("他购买了PS5主机。", "彼はPS5本体を購入した。", ""),
        ("这是PS5台湾版。", "これはPS5の台湾版だ。", ""),
    ],
}
# fmt: on

test_construction, test_faithful_both_ways = construction_tests(ROWS)
