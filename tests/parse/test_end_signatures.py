"""Signatures at an article's end that name nobody, or that take a lead byline's form: an
editorial signed （本报评论员） has no authors (the paper signs it), and a writer's 文/邱 凯
on the page's last line, under a finished sentence, signs the text above it (nothing
follows for it to open), never titling it; so does one over the next article's headline
(no byline opens an item over its headline), a title wrapped at its mark too."""

from __future__ import annotations

from test_page import layout_of

EDITORIAL = """鄱阳湖候鸟越冬数量创新高
记者从省林业局获悉，今冬在鄱阳湖越
冬的候鸟数量达到七十八万只，比去年
同期增加约五万只。
专家认为，鄱阳湖湿地生态环境的持续
向好，是越冬候鸟数量增长的主要原
因。 （本报评论员）
"""

FEATURE = """偏振特性
量子光学不只是理论而已，像雷射等现代光学
设备其中的原理都是以量子光学为基础。像光
电倍增管或电子倍增管等光侦测器可以对单一
光子反应。
光电工程的主要领域包括有照明工程、光子学
及光电工程等，实务应用光学透镜设计、光学构
件的制作和检测及影像处理等。
文/邱 凯
"""


def test_an_editorial_signed_by_the_paper_has_no_authors():
    (item,) = layout_of(EDITORIAL).items
    assert (item.title, item.authors, item.roles) == ("鄱阳湖候鸟越冬数量创新高", (), ("本报评论员",))
    assert item.paragraphs[-1].endswith("主要原因。")


def test_a_writers_byline_on_the_pages_last_line_signs_the_article():
    (item,) = layout_of(FEATURE).items
    assert (item.title, item.authors) == ("偏振特性", ("邱凯",))
    assert item.paragraphs[-1].endswith("影像处理等。")


OVER_HEADLINE = FEATURE + """一体化运作 一揽子解决
上栗创新湘赣边“基层之治”
8月18日，江西省上栗县、湖南省浏阳市联合
湘赣边区域6个县召开联席工作会议，并签署
基层社会治理协同创新战略合作协议。
（记者 范 建）
"""


def test_a_writers_byline_over_the_next_headline_signs_the_article_above():
    first, second = layout_of(OVER_HEADLINE).items
    assert (first.title, first.authors) == ("偏振特性", ("邱凯",))
    assert (second.kicker, second.title, second.authors) == ("一体化运作 一揽子解决", "上栗创新湘赣边“基层之治”", ("范建",))
    assert second.paragraphs[0].startswith("8月18日")


OVER_WRAPPED = FEATURE + """老旧小区加装电梯，
难在哪？
“住了二十多年，腿脚越来越不方便，就盼
着能装上电梯。”家住东湖区某小区六楼的
张大爷说。
（记者 范 建）
"""


def test_a_writers_byline_over_a_headline_wrapped_at_its_mark_signs_the_article_above():
    # (The title's first line ends at its comma: no heading line alone, a title's still.)
    first, second = layout_of(OVER_WRAPPED).items
    assert (first.title, first.authors) == ("偏振特性", ("邱凯",))
    assert (second.title, second.authors) == ("老旧小区加装电梯，难在哪？", ("范建",))
