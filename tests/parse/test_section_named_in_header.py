"""A page's header prints its section's name (2019年8月15日  星期一  第11版  知识窗); a line of
that name alone on the page is the section's label over its items, whatever the name
(知识窗, 史海钩沉, 博览: no list of labels holds them all), not the kicker of the item
under it. Where no header prints it, a name of a few ideographs over the page's first
headline that shares nothing with the article under it is the section's label too; a
kicker leads into its article's words (生态家园 over 我市森林覆盖率创新高, the text naming both)."""

from __future__ import annotations

from pagegen7 import default_pool, random_page7
from pagescore import assert_recovered

from qa.parse.decode import split_lines
from qa.parse.furniture import furniture_lines
from qa.parse.lines import read_lines
from qa.parse.page import analyse_page, iter_page

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


UNNAMED = """2020年8月5日 星期五 人民日报 第12版
史海钩沉
泡泡战士
◎ 秦新
基于《跑跑卡丁车》与《泡泡堂》上所开发的游戏，由韩国公司开发，玩家
操纵角色在地图上放置水泡，困住对手后将其戳破即可得分，曾在亚洲多地
风行一时。
"""


def _articles(text: str, top: bool = True) -> list:
    return [item for item in analyse_page(read_lines(split_lines(text)), top).items if item.kind == "article"]


def test_a_name_over_the_first_headline_sharing_nothing_with_it_is_the_sections_label():
    lines = read_lines(split_lines(UNNAMED))
    assert 1 not in furniture_lines(lines)  # (the header names no section)
    items = analyse_page(lines).items
    label = next(item for item in items if item.paragraphs == ("史海钩沉",))
    assert (label.kind, label.what, label.first_line) == ("furniture", "section label", 2)
    (article,) = [item for item in items if item.kind == "article"]
    assert (article.kicker, article.title, article.authors, article.first_line) == ("", "泡泡战士", ("秦新",), 3)


def test_a_kicker_naming_the_articles_subject_stays_its_kicker():
    # 生态家园: words of the text, the article's, a kicker.
    text = """2020年8月5日 星期五 人民日报 第12版
生态家园
我市森林覆盖率创新高
记者从市林业局获悉，我市森林覆盖率今年达到百分之六十三，城乡生态环境持
续改善，一个个绿色家园正在形成，市民出门见绿的愿望逐步成为现实。
"""
    (article,) = _articles(text)
    assert (article.kicker, article.title) == ("生态家园", "我市森林覆盖率创新高")


def test_only_the_pages_top_is_read_so():
    # A window read on inside a long page (``iter_page``) does not open the page: its first
    # kicker is read as any other.
    (article,) = _articles(UNNAMED, top=False)
    assert (article.kicker, article.title) == ("史海钩沉", "泡泡战士")
    streamed = [item for item in iter_page(split_lines(UNNAMED)) if item.kind != "furniture"]
    assert [(item.kicker, item.title) for item in streamed] == [("", "泡泡战士")]


def test_generated_pages_under_a_section_name_the_header_does_not_print():
    # Looked-at pages of generator 7 (seeds 702026, 702256, 702380 and 702536): 域外, 知识窗,
    # 博览 and 百科 over the page's first headline, the header naming no section.
    for seed in (702_026, 702_256, 702_380, 702_536):
        page = random_page7(default_pool(), seed)
        assert page.expected[0].kicker == ""
        assert_recovered(page)


def test_the_label_is_read_alike_whatever_window_streams_the_page():
    # However a long page is cut into windows, the section's name over its first headline
    # is read as when the page is read whole: a window read on from one that gave out no
    # article yet still opens the page's text.
    second = "南昌地铁四号线开通运营\n南昌地铁4号线一期工程正式开通运营，线路全长三十九公里，\n共设车站二十九座。（王晓明）\n"
    third = "篁岭晒秋游人如织\n婺源县篁岭景区游客络绎不绝，红彤彤的辣椒和金灿灿的稻谷铺满\n屋顶，晒秋美景吸引了大批游客。（李娜）\n"
    text = UNNAMED + second + third
    whole = [(item.kind, item.kicker, item.title, item.first_line) for item in analyse_page(read_lines(split_lines(text))).items]
    assert ("furniture", "", "", 2) in whole
    for window in (4, 6, 8, 12, 3000):
        streamed = [(item.kind, item.kicker, item.title, item.first_line) for item in iter_page(split_lines(text), window)]
        assert streamed == whole, window
