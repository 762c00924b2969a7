"""A jump line inside the page (（下转第2版）, the next item under it) sends the text above
it on to another page: the lines right over it are that text, cut mid-sentence, not a
headline printed after the article, and their shortness says nothing (the text stops
there, as at the page's end). Read as a late headline (县农业农村局负责人说， / 下一步将建
立闲置资), they had split the article in two (generator 8, looked-at pages)."""

from __future__ import annotations

from qa.parse import parse_page_text

PAGE = [
    "让“沉睡”的资源活起来",
    "本报九江6月7日讯（记者",
    "钟芳宇）在永修县，一批闲置",
    "的村集体用房经过改造，变身",
    "为村民议事厅、老年活动中心",
    "和电商服务站。",
    "当地按照“一村一策”的",
    "思路，对农村闲置资产进行全",
    "面清查，通过出租、入股、合",
    "作经营等方式盘活，今年以来",
    "村集体经济收入平均增长了",
    "18%。",
    "县农业农村局负责人说，",
    "下一步将建立闲置资",
    "（下转第2版）",
    "■新闻速览■",
    "【上栗创新湘赣边“基",
    "层之治”】8月18日，江西省",
    "上栗县、湖南省浏阳市联合",
    "召开联席工作会议并签署合作",
    "协议。（记者 尹海亮）",
]


def test_the_lines_over_a_jump_line_inside_the_page_are_its_article_s_text():
    result = parse_page_text("\n".join(PAGE) + "\n", "page.txt")
    assert [(a.title, a.authors) for a in result.articles] == [
        ("让“沉睡”的资源活起来", ("钟芳宇",)),
        ("上栗创新湘赣边“基层之治”", ("尹海亮",)),
    ]
    first = result.articles[0]
    assert first.paragraphs[-1] == "县农业农村局负责人说，下一步将建立闲置资"
    assert result.layouts[0].last_line == 14  # (the jump line, 15, is the page's furniture)
