"""A paragraph whose sentence names as its subject a place or body the text before named
(近年来，当地把…, 该区还…) goes on with that text: a news item's first paragraph names its
place and its people (``wording.names_back``). Set in a narrower column after a sentence's
end, with no headline over it, it had read as an untitled item of its own (generator 8,
looked-at pages). Under a headline it weighs nothing: the headline may name what its text
then calls 该市."""

from __future__ import annotations

import pytest
from pagetext import page_items

from qa.parse.wording import names_back

PAGE = [
    "\u3000\u3000清晨六点，崇仁县一家米粉加",
    "工厂里机器轰鸣。经过浸泡、磨浆、",
    "蒸片、晾晒等十多道工序，一根根",
    "洁白的米粉新鲜出炉，随后被打包",
    "发往全国各地。",
    "\u3000\u3000“我们的米粉全部用本地早籼",
    "米制作，不加任何添加剂。”工厂",
    "负责人说，去年工厂线上销售额突",
    "破3000万元，带动周边200多户农",
    "户种植优质稻。",
    "\u3000\u3000近年来，当地把",
    "米粉作为特色产业来",
    "培育，建起了产业园",
    "和电商直播基地，形",
    "成了从种植、加工到",
    "销售的完整链条。小",
    "小一碗米粉，正成为",
    "农民增收致富的“金",
    "饭碗”。",
    "上饶婺源秋季旅游持续升温",
    "首席记者 钟航琼",
    "\u3000\u3000国庆假期以来，婺源县篁岭景区",
    "游客络绎不绝。红彤彤的辣椒、金灿",
    "灿的稻谷铺满屋顶，“晒秋”美",
    "景吸引了大批游客驻足拍照。",
]


def test_a_paragraph_naming_back_in_a_narrower_column_goes_on():
    items = page_items(PAGE, furniture=False)
    assert [(item.title, len(item.paragraphs)) for item in items] == [("", 3), ("上饶婺源秋季旅游持续升温", 1)]
    assert items[0].paragraphs[-1].startswith("近年来，当地把米粉作为特色产业来培育")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("近年来，当地把", True),
        ("该区还积极邀请景德镇知名球队", True),
        ("为扩大交流平台，该区还积极", True),
        ("当 地 按 照 “ 一 村 一 策 ” 的", True),  # (sprayed by justification)
        ("应当地政府邀请，", False),  # (当地 inside a word group, not the subject)
        ("南昌市当地时间", False),
        ("新华社南昌电 当地", False),
    ],
)
def test_names_back(text, expected):
    assert names_back(text) is expected
