"""An unmarked 小标题 on a page that keeps its paragraph indents: set with a paragraph's
indent, well short of the opening under it, where the page's headlines stand flush. It is
a paragraph of its article, not a headline splitting the article in two (sixth generator,
tests/pagegen6.py: 11 % of its looked-at pages set their 小标题 so)."""

from __future__ import annotations

from test_page import BODY_A, BODY_B, layout_of, page

INDENT = "\u3000\u3000"
MORE = "地铁开通首日客流超过二十万人次，沿线商圈人气明显上升，不少市民专程前来体验新线路带来的便利。"


def indented(text: str, width: int = 16) -> list[str]:
    """``text`` hard-wrapped at ``width`` ideographs, its first line indented 2 em."""
    lines, room = [], width - 2
    while text:
        lines.append((INDENT if not lines else "") + text[:room])
        text, room = text[room:], width
    return lines


def test_an_indented_short_line_between_paragraphs_is_a_subhead_of_the_article():
    first = [*indented(BODY_A), INDENT + "客流创下新高", *indented(MORE)]
    first[-1] += "（王晓明）"
    second = indented(BODY_B)
    second[-1] += "（李娜）"
    items = layout_of(page(["南昌地铁四号线开通运营"], first, ["篁岭晒秋游人如织"], second)).items
    assert [(item.title, item.paragraphs, item.authors) for item in items] == [
        ("南昌地铁四号线开通运营", (BODY_A, "客流创下新高", MORE), ("王晓明",)),
        ("篁岭晒秋游人如织", (BODY_B,), ("李娜",)),
    ]


def test_a_flush_short_line_there_still_heads_an_article():
    # The same line set flush, as the page's headlines are, heads the article under it.
    first = indented(BODY_A)
    first[-1] += "（王晓明）"
    second = indented(MORE)
    second[-1] += "（李娜）"
    items = layout_of(page(["南昌地铁四号线开通运营"], first, ["客流创下新高"], second)).items
    assert [(item.title, item.paragraphs) for item in items] == [
        ("南昌地铁四号线开通运营", (BODY_A,)),
        ("客流创下新高", (MORE,)),
    ]



# Generator 6, page 800071 (a held-out page, taken as this test's case once the cost was
# set): an article under its headline and byline, then a photo's caption and credit.
PHOTO_UNDER = """小食堂 大民生
社区食堂开到了家门口
——青云谱区社区食堂
实现城市社区全覆盖
记者 石宁思
  中午十一点半，青云谱区一家社区食堂里已经坐满
了前来就餐的老人。四菜一汤、荤素搭配，60岁以上老人
每餐只需支付 10 元。
  “饭菜软烂可口，价格也实惠，比自己做饭省事多了。”
78 岁的周奶奶几乎每天都来这里吃饭。对于行动不便的
老人，食堂还提供送餐上门服务。
  据介绍，该区已建成社区食堂 27 家，日均服务老人
3000 余人次，基本实现了城市社区全覆盖。
清晨六点，崇仁县一家米粉加工
厂里机器轰鸣。
钟建丽　摄
"""


def test_a_photo_s_captions_take_no_indented_paragraph():
    # Captions are set flush whatever the page does with its paragraphs: the article's
    # indented paragraphs over the photo are none of its captions.
    article, photo = layout_of(PHOTO_UNDER).items
    assert (article.kind, article.title, article.authors, len(article.paragraphs)) == (
        "article", "社区食堂开到了家门口", ("石宁思",), 3
    )
    assert (photo.kind, photo.paragraphs, photo.photographer) == (
        "photo", ("清晨六点，崇仁县一家米粉加工厂里机器轰鸣。",), "钟建丽"
    )
