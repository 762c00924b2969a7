"""Headlines printed after their articles, with no bylines: over a dateline (which surely
starts an item), or short over the next article's opening (as no line inside a paragraph
is), the heading line may be the headline of the item before (issue 14's outside failure
kinds 1, 2 and 4)."""

from __future__ import annotations

import pytest

from qa.parse.decode import split_lines
from qa.parse.lines import read_lines
from qa.parse.page import analyse_page

BODIES = (
    "中新网1月10日电据国家统计局今天发布数据，去年全国居民消费价格比上年上涨百分之零点二。其中城市上涨百分之零点三，农村持平。",
    "中新网1月11日电据今年以来，我省持续推进乡村振兴，全省粮食总产量再创新高，农民人均可支配收入稳步增长。",
    "中新网1月12日电据记者从市教育局获悉，今年秋季全市将新增公办学位一万个，有效缓解入学难问题。",
)
SECOND = (
    "分类别看，食品烟酒价格下降，衣着价格上涨，居住价格持平。统计局有关负责人表示，物价总体保持平稳运行。",
    "省农业农村厅负责人介绍，下一步将继续加大投入，推动农业高质量发展，让农民腰包更鼓。",
    "据介绍，新建学校将于八月底前全部完工，九月一日按时开学，确保适龄儿童就近入学。",
)
TITLES = ("全国物价总体平稳", "乡村振兴成效显著", "新增公办学位一万个")


def _wrap(paragraph: str, width: float, indent: float) -> list[str]:
    """Lines of at most ``width`` em (Latin and digits ½), the first ``indent`` short; a
    closing mark never starts a line (it hangs on the line before)."""
    lines, line, used, limit = [], "", 0.0, width - indent
    for char in paragraph:
        size = 0.5 if char.isascii() else 1.0
        if used + size > limit and char not in "，。、；：？！”）":
            lines.append(line)
            line, used, limit = "", 0.0, width
        line += char
        used += size
    return [*lines, line]


@pytest.mark.parametrize("width", [10.5, 11, 11.5, 12])
def test_late_headlines_over_datelines_go_to_the_item_before(width):
    blocks: list[str] = []
    for first, second, title in zip(BODIES, SECOND, TITLES, strict=True):
        blocks += [*_wrap(first, width, 0), *_wrap(second, width, 2), title]
    items = analyse_page(read_lines(split_lines("\n\n".join(blocks) + "\n"))).items
    assert [item.title for item in items] == list(TITLES)
    assert [item.paragraphs[0][:6] for item in items] == [body[:6] for body in BODIES]


PLAIN = (
    "国家统计局今天发布数据，去年全国居民消费价格比上年上涨百分之零点二。其中城市上涨百分之零点三，农村持平。",
    "今年以来，我省持续推进乡村振兴，全省粮食总产量再创新高，农民人均可支配收入稳步增长。",
    "记者从市教育局获悉，今年秋季全市将新增公办学位一万个，有效缓解入学难问题。",
)
QUESTIONS = ("物价稳不稳？数据来说话", "乡村振兴成效显著", "学位够不够？一万个新学位来了")


@pytest.mark.parametrize("width", [13, 14])
def test_late_headlines_without_bylines_or_datelines(width):
    # Each headline (one with a ？ inside, the last at the page's end) stands under its
    # article, short over the next article's opening: no line inside a paragraph is.
    blocks: list[str] = []
    for first, second, title in zip(PLAIN, SECOND, QUESTIONS, strict=True):
        blocks += [*_wrap(first, width, 2), *_wrap(second, width, 2), title]
    items = analyse_page(read_lines(split_lines("\n\n".join(blocks) + "\n"))).items
    assert [item.title for item in items] == list(QUESTIONS)


@pytest.mark.parametrize("title", ["南昌地铁四号线开通运营", "地铁四号线开通串联六城区"])
@pytest.mark.parametrize("lead", ["◎ 记者 程 辉 唐怡艳", "本报记者 程 辉"])
def test_a_late_headline_over_the_next_items_byline(title, lead):
    # The headline is about as wide as a paragraph's opening in the column before, and
    # the byline under it (sprayed, as wide as the column) as a line going on: the line
    # must still be weighed as a headline, for a byline under a headline opens an item.
    from test_page import BODY_A, BODY_B, page, wrap

    items = analyse_page(read_lines(split_lines(page(wrap(BODY_A, 14), [title, lead], wrap(BODY_B, 14))))).items
    assert [(item.title, bool(item.authors)) for item in items] == [(title, False), ("", True)]
    assert [item.paragraphs[0][:4] for item in items] == [BODY_A[:4], BODY_B[:4]]


@pytest.mark.parametrize("seed", [348, 440, 458])
def test_no_late_heading_run_splits_an_article_whose_text_goes_on_below(seed):
    # Generator 2's looked-at pages: heading-like lines inside an article (or ending it),
    # read as its late headline with an unheaded item under them whose opening is about
    # the text before. Such an opening costs as it does under no heading lines.
    from pagegen2 import news_sources, random_page2
    from pagescore import check_page

    assert check_page(random_page2(news_sources(), seed)).count_ok
