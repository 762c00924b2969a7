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
