"""A page read once that leaves lines to no item is read again with an item free to end
after each line left short among them (``page._leftover_openings``): here the last
article, under a lead byline, ends in a list without a full stop (有田中井手之战 - 吉田郡山
城之战 - … - 备中高松城之战) and its headline is printed after it, at the page's end. Read
once, the list and the headline are more lines than a headline holds and no item may end
inside them, so they became an item of their own; read again, the list is the article's
last paragraph and the headline its own."""

from __future__ import annotations

import pytest
from pagetext import page_items
from test_late_headlines import PLAIN, SECOND
from test_late_headlines import _wrap as wrap_em

TITLES = ("全国物价总体平稳", "乡村振兴成效显著", "有田中井手之战是毛利元就的初阵")
SIGNED = ("（记者 张三）", "（记者 李四 王五）")
BATTLES = (
    "有田中井手之战", "吉田郡山城之战", "第一次月山富田城之战", "折敷畑之战", "严岛之战", "防长经略", "忍原崩",
    "第二次月山富田城之战", "多多良滨之战", "布部山之战", "上月城之战", "备中兵乱", "鸟取城之战", "备中高松城之战",
)
LAST = (
    "有田中井手之战是毛利元就的初阵，最后武田元繁战死，被誉为西国的桶狭间之战。当时正值毛利家当主方才去世"
    "不久，武田元繁见有机可趁，随即命令部下担任先锋，率军前往毛利领地。",
    "毛利元就以有田城若失陷，则吉田郡山城亦将不保的考量下，决定率领部队支援，决定了毛利家的胜利。",
)


def _page(width: int, battles: int) -> tuple[list[str], str]:
    """Flush paragraphs in a column ``width`` em wide, headlines after the articles."""
    lines: list[str] = []
    for first, second, signed, title in zip(PLAIN, SECOND, SIGNED, TITLES, strict=False):
        lines += [*wrap_em(first, width, 0), *wrap_em(second, width, 0), signed, title]
    listed = " - ".join(BATTLES[:battles])
    wrapped = [line.strip() for line in wrap_em(listed, width, 0)]
    assert len(wrapped) >= 5  # with the headline, more lines than a headline holds
    assert len(wrapped[-1]) < width - 3  # the list's last line left short
    lines += ["文/贾敏志", *wrap_em(LAST[0], width, 0), *wrap_em(LAST[1], width, 0), *wrapped, TITLES[2]]
    return lines, listed


@pytest.mark.parametrize("double", [True, False])
def test_a_list_ending_the_last_body_before_its_headline_is_body(double):
    lines, listed = _page(22, 14)
    items = page_items(lines, double)
    assert not any(item.leftover for item in items)
    assert [item.title for item in items] == list(TITLES)
    assert items[-1].authors == ("贾敏志",)
    assert items[-1].paragraphs[-1].replace(" ", "") == listed.replace(" ", "")


@pytest.mark.parametrize("double", [True, False])
def test_no_line_is_left_over_in_a_narrower_column(double):
    # (Here the headline's reading is not sure: the list's last lines may be read as its
    # kicker; every line still ends in the article.)
    lines, _ = _page(17, 12)
    items = page_items(lines, double)
    assert not any(item.leftover for item in items)
    assert len(items) == 3 and items[-1].authors == ("贾敏志",)
    last = "".join((items[-1].kicker, items[-1].title, items[-1].subtitle, *items[-1].paragraphs)).replace(" ", "")
    for line in lines[lines.index("文/贾敏志") + 1 :]:
        assert line.replace(" ", "") in last
