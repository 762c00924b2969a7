"""A headline printed after its article's end byline, whose words open a paragraph above
it: the article starts at that paragraph, so the headline has an item to head, not an
item of its own with no text (an unassigned line), and the article before it keeps its
text without the other's byline."""

from __future__ import annotations

from test_page import items_of

# Paragraph openings lose their indent (two em short of the column); the second article's
# first line is set flush, in the same column, and shares few words with the first.
FIRST = [
    "鄱阳湖湿地",
    "鄱阳湖是中国第一大淡水湖，",
    "湖区湿地广阔，每年冬季有数十万",
    "只候鸟来此越冬。近年来，当地持续",
    "推进湿地保护和修复，划定禁捕区",
    "域，湖区水质逐年好转，越冬候鸟",
    "的种类和数量都有明显增加。",
    "保护区工作人员介绍，白鹤、",
    "东方白鹳等珍稀鸟类的数量已连续",
    "多年保持稳定，湿地生态系统的整",
    "体功能得到恢复。",
]
SECOND = [
    "庐山风景区位于江西省九江市南",
    "部，北靠长江，南临鄱阳湖，山体",
    "呈椭圆形，主峰汉阳峰海拔一千四",
    "百多米。山中多悬崖峭壁，瀑布飞",
    "泻，云雾缭绕，素有“匡庐奇秀甲",
    "天下”之称。",
    "庐山的文化遗存十分丰富，历",
    "代文人墨客在此留下大量诗词和石",
    "刻，白鹿洞书院更是古代著名的学",
    "府之一。景区每年接待游客数百万",
    "人次。",
]


def test_a_late_headline_restated_at_an_opening_heads_the_text_from_there():
    items = items_of([*FIRST, *SECOND, "（本报记者 王海 李婷）", " 庐山风景区", "责任编辑：张平  美术编辑：刘洋"])
    assert [(item.title, item.authors, item.leftover) for item in items] == [
        ("鄱阳湖湿地", (), False),
        ("庐山风景区", ("王海", "李婷"), False),
    ]
    assert "".join(items[1].paragraphs).startswith("庐山风景区位于")
    assert "".join(items[0].paragraphs).endswith("体功能得到恢复。")


def test_an_entry_name_opening_several_paragraphs_starts_the_article_at_the_first():
    # (The name opens the second paragraph too: the article starts at the first.)
    second = [*SECOND[:6], "庐山风景区的文化遗存十分丰富，", *SECOND[7:]]
    items = items_of(["简讯", *second, "（本报记者 王海 李婷）", " 庐山风景区"])
    assert [(item.title, item.authors) for item in items] == [("庐山风景区", ("王海", "李婷"))]
    assert "".join(items[0].paragraphs).startswith("庐山风景区位于")
