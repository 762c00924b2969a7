"""A page's header prints its section's name (2019年8月15日  星期一  第11版  知识窗); a line of
that name alone on the page is the section's label over its items, whatever the name
(知识窗, 史海钩沉, 博览: no list of labels holds them all), not the kicker of the item
under it."""

from __future__ import annotations

from pagegen7 import default_pool, random_page7
from pagescore import assert_recovered

from qa.parse.decode import split_lines
from qa.parse.furniture import furniture_lines
from qa.parse.lines import read_lines
from qa.parse.page import analyse_page

PAGE = """南昌日报
2019年8月15日  星期一  第11版  知识窗
知识窗
东关街
东关街是中国江苏省扬州市广陵区的一条东西向街道，全长1122米，
宽约5米。此街在昔日西通扬州旧城大东门，东面直抵新城东关，曾是一条
颇为繁盛的街道，至今保留不少商业老字号，例如著名的四美酱园、谢馥春
香粉店、绿杨春等。
"""


def test_a_line_naming_the_headers_section_is_its_label():
    lines = read_lines(split_lines(PAGE))
    assert furniture_lines(lines)[2] == "section label"
    (article,) = [item for item in analyse_page(lines).items if item.kind == "article"]
    assert (article.kicker, article.title) == ("", "东关街")


def test_a_name_the_header_does_not_print_stays_a_heading():
    # The same page with the header naming another section: 知识窗 is read as the page's
    # text reads it, not as this section's label.
    lines = read_lines(split_lines(PAGE.replace("第11版  知识窗", "第11版  文化")))
    assert furniture_lines(lines).get(2) != "section label"


def test_generated_pages_under_a_section_named_in_the_header():
    # Looked-at pages of generator 7 (seeds 700270, 700274 and 702250): 知识窗, 域外 and
    # 科普 under the header that names them.
    for seed in (700_270, 700_274, 702_250):
        assert_recovered(random_page7(default_pool(), seed))
