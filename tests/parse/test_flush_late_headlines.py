"""A page that sets paragraphs flush and prints headlines after their articles: a late
headline's first line may be as wide as the column, which on such a page could also open
a paragraph; the item before may still have ended at the sentence end over it, so the
line may be its headline (and is, when it reads like it)."""

from __future__ import annotations

from qa.parse.decode import split_lines
from qa.parse.lines import read_lines
from qa.parse.page import _flush_openings, analyse_page

FIRST = [
    "本报讯（记者 张三）华灯初上，",
    "九江市浔阳区的美食街上人头攒",
    "动。烧烤、小龙虾、茶饮店前排",
    "起了长队。",
    "为激发消费活力，当地推出夜间",
    "延时经营和临时外摆等便利措施",
    "让夜间消费持续升温。",
    "市商务局有关负责人说，下一步",
    "将打造更多特色夜市和消费场景",
    "让市民逛得舒心。",
]
FIRST_HEAD = ["九江浔阳夜间经济点亮城市烟火", "美食街里人头攒动"]  # the first as wide as the column
SECOND = [
    "四川大学华西医院是位于中国四",
    "川省成都市国学巷的一座著名大",
    "型三级甲等医院。",
    "原称华西医院，华西医科大学与",
    "四川大学合并后改称四川大学华",
    "西医院。",
    "医院现有临床科室四十余个，年",
    "门诊量超过五百万人次，是西部",
    "疑难危急重症诊疗中心。",
    "医院起源于一八九二年在成都创",
    "建的仁济和存仁医院，历史悠久。",
    "（记者 李四）",
]
SECOND_HEAD = ["华西医院历史悠久"]


def test_a_full_width_late_headline_on_a_flush_page_goes_to_the_item_before():
    lines = read_lines(split_lines("\n".join([*FIRST, *FIRST_HEAD, *SECOND, *SECOND_HEAD]) + "\n"))
    assert _flush_openings(lines)[0]
    items = analyse_page(lines).items
    assert [(item.title, item.subtitle) for item in items] == [
        ("九江浔阳夜间经济点亮城市烟火", "美食街里人头攒动"),
        ("华西医院历史悠久", ""),
    ]
    assert [item.authors for item in items] == [("张三",), ("李四",)]
    assert items[1].paragraphs[0].startswith("四川大学华西医院是")
