"""A paragraph ending in a colon (他随口吟出几句：) leads into what follows, verse or a list
that no item starts inside; it leads no further than a layout break. Read across the blank
line after the verse, the next article's headline went into the verse's article. Under the
break, the headline's two lines, each set in by the same space, are one block: the first
is set apart from the article before by the blank line, which says nothing of the second
line under it (read as a break there, a body opened with the headline's second line, and
the article under it lost its headline)."""

from __future__ import annotations

from test_page import layout_of

from qa.parse.page import _unbroken

LINES = [
    " 全省首批“无证明城市”名单公布",
    "记者 江敏",
    "记者日前从省司法厅获悉，南昌、上饶、吉安 3 个设区市入选全省首",
    "批“无证明城市”。",
    "所谓“无证明城市”，是指群众和企业办事时，凡是能够通过数据共",
    "享、部门核验等方式获取的信息，不再要求申请人提供证明材料。",
    "据统计，试点以来，3 市共取消各类证明事项 1100 余项，累计减少群",
    "众跑腿60多万次。他随口吟出几句：",
    "小荷才露尖尖角",
    "早有蜻蜓立上头",
    "",
    " 国立中山大学由原中山大学和哪",
    " 一个大学的校友参与而复校？",
    "本 报 讯 （记 者  朱 宇 超 ）国 立 中 山 大 学 ，",
    "是一所于 1980 年在台湾高雄市西子湾",
    "建立的国立大学，前身为 1924 年由孙",
    "中山创立的国立广东大学。该校是研",
    "究中心密度极高的研究型大学。",
]


def test_the_verse_ends_at_the_blank_line_and_the_headline_heads_the_next_article():
    first, second = layout_of("\n".join(LINES) + "\n").items
    assert first.title == "全省首批“无证明城市”名单公布"
    # (Each line of the verse a paragraph of its own, the lead-in ending its own.)
    assert first.paragraphs[-3].endswith("他随口吟出几句：")
    assert first.paragraphs[-2:] == ("小荷才露尖尖角", "早有蜻蜓立上头")
    assert second.title == "国立中山大学由原中山大学和哪一个大学的校友参与而复校？"
    assert second.authors == ("朱宇超",)
    assert second.paragraphs[0].startswith("本报讯（记者朱宇超）国立中山大学")


def test_a_lead_in_stops_at_the_first_break():
    led = frozenset({7, 8, 9, 10, 11, 20, 21, 22})  # two runs, each from its colon line
    assert _unbroken(led, frozenset({10, 20})) == {
        7,
        8,
        9,
        20,
        21,
        22,
    }  # (a colon line may stand at one)
    assert _unbroken(led, frozenset()) == led
