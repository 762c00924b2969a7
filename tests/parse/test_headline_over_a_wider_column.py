"""Two heading lines over a body set in a wider column, on a page that lost its indents,
where the body's opening is itself an indent short (暑期研学游升温 / 县城里的“博物馆热” /
暑期以来，安福县博物馆 / 每天接待观众上千人次，比去, under a column of nine): the first
line's shape is an opening's of the column over it, and the second as wide as that
column, but the column widens under them: they may head the body there, so the zone is
weighed, not pruned as text going on (``segment._plain``)."""

from __future__ import annotations

from qa.parse.read import parse_page_text

PAGE = [  # (a generator 8 page's lines, as its text was extracted)
    "的党员干部3名。",
    "“下一步，我们将",
    "深化应用好‘电子公函’",
    "功能，以科技化手段持",
    "续整治‘舌尖’腐败，",
    "坚决砸掉违规吃喝的",
    "‘局’，坚决掐掉违规",
    "吃喝的‘钱’，扎紧扎",
    "牢公务接待‘制度篱",
    "笆’，全力铲除违规公",
    "款吃喝滋生的‘腐败土",
    "壤’。”铜鼓县纪委监",
    "委相关负责人表示。",
    "暑期研学游升温",
    "县城里的“博物馆热”",
    "暑期以来，安福县博物馆",
    "每天接待观众上千人次，比去",
    "年同期翻了一番。馆内的青铜",
    "器展厅前，孩子们围着讲解员",
    "听得入神。",
    "近年来，当地对博物馆进",
    "行了改造提升，新增了数字展",
    "厅和互动体验区，还推出了文",
    "物修复、拓印体验等研学课程。",
    "（据中新网）",
]


def test_heading_lines_over_a_wider_column_head_its_body():
    result = parse_page_text("\n".join(PAGE) + "\n", "page.txt")
    assert [(a.kicker, a.title, a.paragraphs[0][:6]) for a in result.articles] == [
        ("", "", "的党员干部3"),
        ("暑期研学游升温", "县城里的“博物馆热”", "暑期以来，安"),
    ]
