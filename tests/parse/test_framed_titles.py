"""A page that sets its titles to a frame wraps each at one width: where three two-line
heading stacks or more (and half its two-line stacks) are two lines of one width, each
such stack is one title wrapped, not a kicker over its title. One such stack on a page
says nothing (a kicker may be as wide as its title by chance) and keeps its kicker."""

from __future__ import annotations

from test_page import items_of

from qa.parse.headings import sets_titles_framed

ORANGES = ["　　又到一年脐橙成熟时。在信丰县的一处果园", "里，果农们一边采摘一边对着手机直播，订单", "一单接一单地涌来。",
           "（本报记者 陆建）"]
MUSEUM = ["　　暑期以来，安福县博物馆每天接待观众上千", "人次，比去年同期翻了一番，研学团队尤其多。", "（本报记者 周新颖）"]
FOOTBALL = ["　　夜幕降临，乐平市一个村子的足球场上人声", "鼎沸，来自周边乡镇的十多支球队正在比赛。", "（本报记者 叶航伟）"]


def _headings(lines: list[str]) -> list[tuple[str, str]]:
    return [(item.kicker, item.title) for item in items_of(lines)]


def test_three_stacks_of_one_width_are_titles_wrapped_at_the_frame():
    page = ["果园里的直播间", "脐橙开启云销售", *ORANGES, "县城博物馆热了", "研学游持续升温", *MUSEUM,
            "乡村足球联赛旺", "村超点燃了夏夜", *FOOTBALL]
    assert _headings(page) == [
        ("", "果园里的直播间脐橙开启云销售"),
        ("", "县城博物馆热了研学游持续升温"),
        ("", "乡村足球联赛旺村超点燃了夏夜"),
    ]


def test_one_stack_of_one_width_keeps_its_kicker():
    page = ["果园里的直播间", "脐橙开启云销售", *ORANGES, "县城里的“博物馆热”", *MUSEUM, "这个夏天“村超”火了", *FOOTBALL]
    assert _headings(page)[0] == ("果园里的直播间", "脐橙开启云销售")


def test_a_line_that_exclaims_under_the_frame_stays_a_title_under_its_kicker():
    page = ["果园里的直播间", "脐橙开启云销售", *ORANGES, "县城博物馆热了", "研学游持续升温", *MUSEUM,
            "乡村足球联赛旺", "村超点燃夏夜！", *FOOTBALL]
    assert _headings(page)[2] == ("乡村足球联赛旺", "村超点燃夏夜！")


def test_the_frame_needs_three_level_stacks_and_half_the_two_line_ones():
    level = [["果园里的直播间", "脐橙开启云销售"], ["县城博物馆热了", "研学游持续升温"], ["乡村足球联赛旺", "村超点燃了夏夜"]]
    uneven = [["暑期研学游", "县城里的“博物馆热”"]] * 4
    assert sets_titles_framed(level)
    assert not sets_titles_framed(level[:2])
    assert not sets_titles_framed(level + uneven)
    assert sets_titles_framed(level + uneven[:3])
    assert not sets_titles_framed([[*stack, "——副题"] for stack in level])  # three lines: no two-line stack
