"""A box's label behind a bullet (◆相关链接) under an article's last sentence is the box's
label, never a 小标题 wrapped onto the line under it: read as one (◆相关链接 / 走近乌尔巴克
齿龙, a 小标题 \"wrapped at the column's end\"), the box's title had become its text's first
paragraph (generator 8, looked-at pages)."""

from __future__ import annotations

from pagetext import page_items

PAGE = [
    "老旧小区加装电梯，难在哪？",
    "本报记者 付超 罗航",
    "  “住了二十多年，腿脚越来越不方便，就盼着",
    "能装上电梯。”家住南昌市青山湖区某老旧小区",
    "的王阿姨说，小区讨论加装电梯已经快两年。",
    "  业内人士建议，应进一步完善低楼层住户的补偿",
    "机制，通过协商找到各方都能接受的“最大公约",
    "数”。",
    "◆相关链接",
    "走近乌尔巴克齿龙",
    " 乌尔巴克齿龙",
    "（学名：\"",
    "Urbacodon\"）是伤",
    "齿龙科恐龙的一属，",
    "是种肉食性恐龙。",
    "乌尔巴克齿龙生存",
    "于上白垩纪早期的",
    "乌兹别克，约9500",
    "万年前。",
    "防范电信诈骗，",
    "这些套路要当心！",
    "见习记者 贺鹏",
    "  “您的快递丢失，我们将为您办理理赔。”近日，",
    "市民刘先生接到一个自称快递客服的电话，险些被",
    "骗走3万元。",
]


def test_a_box_label_behind_a_bullet_heads_the_box_and_its_title_stays_a_title():
    items = page_items(PAGE, furniture=False)
    box = next(item for item in items if "乌尔巴克齿龙" in "".join(item.paragraphs))
    assert (box.kicker, box.title) == ("相关链接", "走近乌尔巴克齿龙")
    assert box.paragraphs[0].startswith("乌尔巴克齿龙（学名：")
