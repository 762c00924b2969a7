"""A table (rows of three cells or more set apart by runs of spaces: 城市   天气   气温) is
an item of its own, from the short label over its rows to its last row (``page._tables``):
its rows are no headings but each a paragraph, and the text under it starts another
item. Before, a table's rows ran into the article over or under it, or were read as that
article's headlines. A line sprayed with spaces (由 Tara   Butters 和) is no table's row."""

from __future__ import annotations

from qa.parse import parse_page_text

ABOVE = [
    "城市书房成了市民的“第二客厅”",
    "　　晚上九点，位于红谷滩区的一家城市书房依然灯火",
    "通明。读者们或坐或站，安静地翻阅着手中的书籍。",
    "（记者 肖飞）",
]
WEATHER = ["5月8日天气", "城市   天气   气温", "景德镇   晴   10～18℃", "抚州   晴   17～24℃", "九江   阵雨   17～26℃", "南昌   多云   21～29℃"]
PRICES = ["主要蔬菜零售价格", "品名  单位  价格（元）", "白菜  公斤  7.66", "黄瓜  斤  6.55", "萝卜  斤  0.99"]
UNDER = [
    "　　暑期以来，安福县博物馆每天接待观众上千人次，比去",
    "年同期翻了一番。馆内的青铜器展厅前，孩子们围着讲解员",
    "听得入神。 （谢 瑶）",
    "暑期研学游升温",
    "县城里的“博物馆热”",
]


def _items(lines: list[str]):
    result = parse_page_text("\n".join(lines) + "\n", "page.txt")
    return [(a.title, "".join(a.paragraphs).replace(" ", "")[:8]) for a in result.articles]


def test_a_table_between_two_articles_is_an_item_of_its_own():
    assert _items([*ABOVE, *WEATHER, *UNDER]) == [
        ("城市书房成了市民的“第二客厅”", "晚上九点，位于红"),
        ("5月8日天气", "城市天气气温景德"),
        ("县城里的“博物馆热”", "暑期以来，安福县"),
    ]


def test_a_table_whose_middle_cells_are_one_character_is_a_table():
    # (黄瓜  斤  6.55: a cell of one ideograph between two gaps.)
    assert _items([*ABOVE, *PRICES, *UNDER])[1] == ("主要蔬菜零售价格", "品名单位价格（元")


def test_a_line_sprayed_with_spaces_is_no_tables_row():
    sprayed = [
        "捉鬼男",
        "《 捉 鬼 男 》 美 国 一 部 由 Tara   Butters   和   Michele",
        "Fazekas   创 造 的 电 视 剧 ， 首 集 是 由   Kevin   Smith",
        "执 导 。   Sam   Oliver   ( Bret   Harrison   饰 ) 、 Bert",
        "Wysocki   ( 饰 )   Andi   Prendergast   ( 饰 ) 等 人 主 演 ，",
        "第 一 次 播 放 首 集 是 在 二 〇 〇 七 年 九 月 ，",
        "共 播 出 两 季 三 十 一 集 。",
        "（记者 肖飞）",
    ]
    assert [title for title, _ in _items([*sprayed, *UNDER])] == ["捉鬼男", "县城里的“博物馆热”"]


def test_each_row_of_a_table_is_a_paragraph():
    result = parse_page_text("\n".join([*ABOVE, *WEATHER, *UNDER]) + "\n", "page.txt")
    table = next(article for article in result.articles if article.title == "5月8日天气")
    assert [paragraph.replace(" ", "")[:3] for paragraph in table.paragraphs] == ["城市天", "景德镇", "抚州晴", "九江阵", "南昌多"]


def test_a_table_whose_cells_single_spaces_set_apart_is_an_item_of_its_own():
    # (城市 天气 气温: one space between cells, as a box extracted without its cell gaps.)
    single = [WEATHER[0], *(" ".join(row.split()) for row in WEATHER[1:])]
    assert _items([*ABOVE, *single, *UNDER]) == [
        ("城市书房成了市民的“第二客厅”", "晚上九点，位于红"),
        ("5月8日天气", "城市天气气温景德"),
        ("县城里的“博物馆热”", "暑期以来，安福县"),
    ]


def test_a_table_under_an_unsigned_article_takes_its_label_as_title():
    # (At the page's end, under an article that no byline ends: the label over the rows
    # is the table's title, not the first line of its text.)
    result = parse_page_text("\n".join([*ABOVE[:3], *WEATHER]) + "\n", "page.txt")
    assert [article.title for article in result.articles] == [ABOVE[0], "5月8日天气"]
    assert result.articles[1].paragraphs[0].replace(" ", "") == "城市天气气温"


def test_text_with_numbers_set_apart_by_spaces_is_no_table():
    # (Each line breaks into three pieces or more at its spaces, but the first states a
    # figure, as no table's header does, and the second breaks into more pieces.)
    text = [
        "纽约证券交易所",
        "纪商于 1792 年在华尔街 68 号门外的一",
        "棵美国梧桐树下签署协议 24 家经纪商成",
        "立了交易所 230 多年来几经变迁而今",
        "日交易额已超过 1500 亿美元规模之大",
        "居世界前列。",
        "（记者 肖飞）",
    ]
    got = _items([*text, *UNDER])
    assert [title for title, _ in got] == ["纽约证券交易所", "县城里的“博物馆热”"]
    assert got[0][1] == "纪商于1792年"
