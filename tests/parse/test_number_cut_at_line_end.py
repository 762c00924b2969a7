"""A line ending in a number whose unit opens the next line (于9月21 / 日恢复西部标准时) is
running text cut by the column, not a heading: the break falls inside the number's words
as inside a word (``words.cuts_number``, one of the cuts ``words.cuts_word`` finds). On a
page printing its headlines after their articles, such a line after a sentence's end had
been read as the late headline of the text over it, splitting the article there; at the
page's top, as a headline over the rest of its sentence."""

from __future__ import annotations

from pagescore import squeezed

from qa.parse import parse_page_text
from qa.parse.headings import heading_roles
from qa.parse.words import cuts_number, cuts_word

LATE = [
    "曼哈顿是美国纽约市5个行政区之中最人口",
    "稠密的一个，与纽约郡范围相当。这个行政区",
    "主要由一个岛组成，并被东河、哈德逊河以及",
    "哈林河包围，并同时包括邻近的一些小岛屿",
    "和一块在大陆上的飞地大理石山。",
    "（陈 超 杨玉鑫）",
    "曼哈顿",
    "此外，中国广播公司本未",
    "采纳标检局将报时说法改",
    "掉的建议，直至2007年1月",
    "12日中午起才以“现在时",
    "间”取代“中原标准时间”",
    "作整点报时。台湾则在日",
    "治时期的1896年1月至",
    "1937年9月间采用日本标",
    "准时的“西部标准时”。",
    "1945年战争结束，于9月21",
    "日恢复西部标准时。1945",
    "年至1979年间，中华民国政府曾实施日光节约时间，因民间反",
    "应不佳，1980年起不再实施。  （记者 邓 琳）",
    "中原标准时间",
]


def test_a_number_cut_from_its_unit_is_a_cut():
    assert cuts_number("1945年战争结束，于9月21", "日恢复西部标准时。1945")
    assert cuts_word("明仁是日本第125", "任天皇，为现任之天皇。")
    assert not cuts_number("2008年夏季奥林匹克运动会田径比赛－男子100", "2008年夏季奥林匹克运动会")  # (a year opening)
    assert not cuts_number("喜迎2024", "日前，记者从市里获悉")  # (日前 and 日本 open sentences)
    assert not cuts_number("G20", "日本首相")
    assert cuts_number("同比提高3.", "2个百分点")  # (a decimal point ends no number)


def test_a_title_cut_at_its_decimal_point_is_one_title():
    lines = ["九江长江大保护交出亮眼成绩单：同比提高3.", "2个百分点"]
    assert heading_roles(lines, "今年前10个月，九江市长江干流水质稳定保持Ⅱ类。") == ("", "".join(lines), "")


def test_no_late_headline_ends_in_a_number_the_next_line_goes_on_with():
    result = parse_page_text("\n\n".join(LATE) + "\n", "page.txt")
    assert [squeezed(a.title) for a in result.articles] == ["曼哈顿", "中原标准时间"]
    # (The line cut inside its number goes on in the article's text. Whether a paragraph
    # opens at it, a full line under a sentence end, the page's one such opening cannot
    # tell: its bylines are no openings to count.)
    assert "1945年战争结束，于9月21日恢复" in squeezed("".join(result.articles[1].paragraphs))


def test_on_generated_pages(generated_page):
    page = generated_page("gen6", 800_626)  # (headlines after their articles)
    titles = [squeezed(a.title) for a in parse_page_text(page.text, "page.txt").articles]
    assert "中原标准时间" in titles and "1945年战争结束，于9月21" not in titles
    page = generated_page("gen6", 803_450)  # (at the page's top)
    first = parse_page_text(page.text, "page.txt").articles[0]
    assert squeezed(first.title) == ""
    assert squeezed(first.paragraphs[0]).startswith("《西南忠魂》是台湾台湾电视公司于1984年（民国73年）3月28日")


def test_full_width_digits_cut_from_their_unit():
    # Some pages print their digits full-width (４号线, ３．２): the cut is the same.
    assert cuts_number("南昌地铁４", "号线开通运营")
    assert cuts_number("同比提高３．", "２个百分点")
    assert cuts_number("累计增长１２", "％")
    assert not cuts_number("喜迎２０２４", "日前，记者从市里获悉")
    # So a title wrapped inside its line number is one title, no kicker over it.
    assert heading_roles(["南昌地铁４", "号线开通运营"], "") == ("", "南昌地铁４号线开通运营", "")
