"""A page that sets its titles to a frame wraps each at one width: where three two-line
heading stacks or more (and half its two-line stacks) are two lines of one width, each
such stack is one title wrapped, not a kicker over its title; so where two are and one
of them shows itself wrapped by its own words (a word cut at the break). One such stack
on a page says nothing (a kicker may be as wide as its title by chance) and keeps its
kicker, and a line repeated is never one title wrapped. Three heading lines of one width
are a title wrapped twice, on any page."""

from __future__ import annotations

import pytest
from test_page import items_of

from qa.parse.headings import heading_roles, roles_read, sets_titles_framed

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


def test_two_level_stacks_frame_the_page_where_one_wraps_by_its_own_words():
    # 城市书房成了市 / 民的“第二客厅”: a word cut at the break (市民), so the width both
    # lines share is the frame's, and the other level stack is a title wrapped too.
    page = ["果园里的直播间", "脐橙开启云销售", *ORANGES, "城市书房成了市", "民的“第二客厅”", *MUSEUM]
    assert _headings(page) == [("", "果园里的直播间脐橙开启云销售"), ("", "城市书房成了市民的“第二客厅”")]
    # Without the stack that shows it, one level stack says nothing and keeps its kicker.
    assert _headings(page[: 2 + len(ORANGES)]) == [("果园里的直播间", "脐橙开启云销售")]


def test_a_line_repeated_under_the_frame_is_no_title_wrapped():
    page = ["果园里的直播间", "脐橙开启云销售", *ORANGES, "县城博物馆热了", "研学游持续升温", *MUSEUM,
            "乡村足球联赛旺", "乡村足球联赛旺", *FOOTBALL]
    assert _headings(page)[2] == ("乡村足球联赛旺", "乡村足球联赛旺")


def test_the_frame_from_two_level_stacks_needs_one_shown_wrapped():
    level = [["果园里的直播间", "脐橙开启云销售"], ["县城博物馆热了", "研学游持续升温"]]
    shown = [["果园里的直播间", "脐橙开启云销售"], ["城市书房成了市", "民的“第二客厅”"]]
    assert not sets_titles_framed(level, ["", ""])
    assert sets_titles_framed(shown, ["", ""])
    # Two characters either side of the break that the body uses side by side show it
    # as well (乡村足球联赛旺 / 村超点燃了夏夜 over …赛事旺村超火…).
    cut = [["果园里的直播间", "脐橙开启云销售"], ["乡村足球联赛旺", "村超点燃了夏夜"]]
    assert not sets_titles_framed(cut, ["", ""])
    assert sets_titles_framed(cut, ["", "乡村足球赛事旺村超火。"])


@pytest.mark.parametrize(
    ("lines", "roles"),
    [
        # Three lines of one width: a title wrapped twice at its frame (read before as a
        # kicker over a title of two lines).
        (["景德镇陶瓷文化", "产业园年接待游", "客超千万人次了"], ("", "景德镇陶瓷文化产业园年接待游客超千万人次了", "")),
        # Not where the first exclaims: a title ends at ！, whatever the widths.
        (["乡村足球赛火了！", "产业园年接待游", "客超千万人次了"], ("乡村足球赛火了！", "产业园年接待游客超千万人次了", "")),
        # Nor where a line is repeated: a title does not say itself twice. (Not 景德镇陶瓷文化
        # over 产业园…: 文化产业 set across the break is a title wrapped, whatever the frame.)
        (["篁岭晒秋人如织", "产业园年接待游", "篁岭晒秋人如织"], ("篁岭晒秋人如织", "产业园年接待游", "篁岭晒秋人如织")),
        # Nor three lines of widths that differ: the wider line under a kicker is its title.
        (["一湖碧水迎客来", "鄱阳湖候鸟越冬数", "量创新高"], ("一湖碧水迎客来", "鄱阳湖候鸟越冬数量创新高", "")),
    ],
)
def test_three_heading_lines_of_one_width_are_one_title(lines, roles):
    assert heading_roles(lines, "") == roles


def test_a_title_that_exclaims_ends_there_under_the_frame():
    # (On a framed page two level lines are one title, but not past a ！: the line under
    # it is its subtitle, as on any page.)
    assert roles_read(["防范电信诈骗！", "这些套路当心"], "", True)[0] == ("", "防范电信诈骗！", "这些套路当心")
