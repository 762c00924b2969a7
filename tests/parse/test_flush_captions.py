"""A photo's captions are set flush whatever the page does with its paragraphs: on a page
that keeps its indents, a caption's first line after an article's last sentence
(志愿者在鄱阳湖 / 畔清理垃圾，守 / 护候鸟栖息地。 罗浩婷摄) misses no indent, so its
captions start there, not at the article's first indented paragraph (which made the
whole article the photo's captions under a headline)."""

from __future__ import annotations

from pagegen4 import random_page4
from pagescore import assert_recovered

from qa.parse.decode import split_lines
from qa.parse.lines import read_lines
from qa.parse.page import analyse_page

PAGE = """一条古道串起三个村
　　青石板路蜿蜒向前，两旁是成片的茶园和竹林。
这条有着数百年历史的古驿道，如今成了铅山县远
近闻名的徒步线路。
　　“周末来的游客特别多，民宿要提前一周预订。”
经营民宿的村民叶大姐说。
（龚萍）
抚州启动乡村振兴人才培训计划
　　“参加培训后，我学会了用手机直播卖货，家里的
蜜桔再也不愁销路了。”南丰县农民吴小平说。
　　今年以来，全市已举办各类培训班 60 余期。
志愿者在鄱阳湖
畔清理垃圾，守
护候鸟栖息地。 罗浩婷摄
城市书房成了市民的“第二客厅”
　　走进位于八一广场附近的一家城市书房，书架上
摆满了各类图书，不少市民正在安静地阅读。
　　据介绍，南昌已建成城市书房 86 家。
"""


def test_captions_set_flush_on_a_page_that_keeps_indents():
    items = analyse_page(read_lines(split_lines(PAGE))).items
    assert [(item.kind, item.title, item.photographer) for item in items] == [
        ("article", "一条古道串起三个村", ""),
        ("article", "抚州启动乡村振兴人才培训计划", ""),
        ("photo", "", "罗浩婷"),
        ("article", "城市书房成了市民的“第二客厅”", ""),
    ]
    assert items[1].paragraphs[-1] == "今年以来，全市已举办各类培训班60余期。"
    assert items[2].paragraphs == ("志愿者在鄱阳湖畔清理垃圾，守护候鸟栖息地。",)


def test_a_generated_page_with_flush_captions(pool4):
    # A "looked at" page of the fourth generator (an even seed): 娜塔莎在 2004 年为 /
    # 她个人第一张专辑 / 进行录音工作。 罗浩婷摄 under an indented paragraph.
    assert_recovered(random_page4(pool4, 400_786))
