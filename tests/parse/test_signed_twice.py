"""An article names its writers once: an item credited by name at its head (本报记者 张三
under its headline, or 本报讯（记者 张三）) that an end byline would close again pays for
it, so an unheaded article after it, signed at its end, is an item of its own."""

from __future__ import annotations

from pagegen2 import news_sources, random_page2
from pagescore import check_page, parse_layout
from pagetext import page_items, wrap

RARE_EARTHS = (
    "近日，江西理工大学一支科研团队在稀土绿色分离领域取得重要突破，相关成果发表在国际学术期刊上。",
    "团队负责人介绍，新工艺可将稀土分离过程中的化学试剂用量减少40%，废水排放量减少60%，产品纯度达到99.99%以上。",
)
CANTEEN = (
    "中午十一点半，青云谱区一家社区食堂里已经坐满了前来就餐的老人。四菜一汤、荤素搭配，60岁以上老人每餐只需支付10元。",
    "据介绍，该区已建成社区食堂27家，日均服务老人3000余人次，基本实现了城市社区全覆盖。",
)


def test_an_unheaded_article_signed_at_its_end_is_not_the_end_of_one_signed_at_its_head():
    lines = ["科研团队攻克稀土分离关键技术", "本报记者 杨辉芳"]
    for paragraph in RARE_EARTHS:
        lines += wrap(paragraph, 17)
    for paragraph in CANTEEN:
        lines += wrap(paragraph, 17)
    lines.append("（记者 史敏晨 通讯员 曹欣伟）")
    items = page_items(lines)
    assert [(item.title, item.authors) for item in items] == [
        ("科研团队攻克稀土分离关键技术", ("杨辉芳",)),
        ("", ("史敏晨", "曹欣伟")),
    ]


def test_the_generated_page_that_showed_it():
    """Page 628 of the second generator (tuning seeds), where the two were read as one
    article signed by all three."""
    page = random_page2(news_sources(), 628)
    assert check_page(page).count_ok
    authors = [item.authors for item in parse_layout(page.text).items if item.kind == "article"]
    assert ("杨辉芳",) in authors and ("史敏晨", "曹欣伟") in authors


# A paragraph opening an indent short with a full line under it was read as text going on
# whatever else the page showed (no item could start there), so where the unheaded
# article's first line opened so, its writers went to the article over it. Between a
# byline under a headline and an end byline an item may now start at any paragraph, and
# the costs decide. From a looked-at page of generator 6 (tests/pagegen6.py).
INDENTED = [
    "独孤剑",
    "本报记者 林 强",
    "  独孤剑是游戏剑侠情缘一代的男主角。汉族，相貌英",
    "俊，是南宋年间衡山派大弟子，也是武林盟主。在师父刘轻",
    "舟死去后，接掌衡山派掌门。为了下山完成师父的任务，从",
    "此开始行走江湖，此间学到碧海潮生.风雷九州.少林七十",
    "三绝技.天魔解体大法等神功并杀死天剑客南宫灭.心剑客",
    "方勉.消灭五色教，自此武功超群。",
    "  与张琳心、杨瑛展开爱情，最后在泰山武林大会中夺得",
    "武林盟主的职位，担当抗金重任。由于结局有多种。其中一",
    "种是独孤剑最终孑然一身，成为独孤求败。隐藏结局是救出",
    "岳飞。在第二部的剑侠情缘中的十年前，武林盟主独孤剑率",
    "领江南武林豪杰北上抗金，不幸遭到金国完颜洪烈用计打",
    "败，失身被俘。",
    "  国庆假期以来，婺源县篁岭景区游客络绎不绝。红彤彤",
    "的辣椒、金灿灿的稻谷铺满屋顶，“晒秋”美景吸引了大批游",
    "客驻足拍照。",
    "  据统计，今年 1 至 10 月，婺源共接待游客 2180 万人次，实",
    "现旅游综合收入 196 亿元，分别同比增长 18.6% 和 21.3%。",
    "  为提升游客体验，婺源推出“一码游婺源”智慧旅游平",
    "台，游客通过手机 APP 即可完成购票、预约、导览等服务。",
    "（记者 梁宇婷 通讯员 邹芳文）",
]


def test_an_unheaded_article_opening_as_a_paragraph_does():
    first, second = parse_layout("\n".join(INDENTED) + "\n").items
    assert first.title == "独孤剑" and first.authors == ("林强",)
    assert first.paragraphs[-1].endswith("不幸遭到金国完颜洪烈用计打败，失身被俘。")
    assert second.title == "" and second.authors == ("梁宇婷", "邹芳文")
    assert second.paragraphs[0].startswith("国庆假期以来，婺源县篁岭景区")



def test_so_does_one_after_an_article_its_dateline_credits():
    dated = ["独孤剑", "  本报讯（记者 林 强）" + INDENTED[2].strip(), *INDENTED[3:]]
    first, second = parse_layout("\n".join(dated) + "\n").items
    assert first.title == "独孤剑" and first.authors == ("林强",)
    assert first.paragraphs[-1].endswith("不幸遭到金国完颜洪烈用计打败，失身被俘。")
    assert second.authors == ("梁宇婷", "邹芳文")
    assert second.paragraphs[0].startswith("国庆假期以来，婺源县篁岭景区")
