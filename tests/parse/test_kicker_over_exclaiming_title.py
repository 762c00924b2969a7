"""A line as wide as a paragraph's opening, over a one-sentence ？/！ line, is not surely
a body line going on: it may be the kicker of that title (乡村足球联赛点燃夏夜 / 这个夏天，
“村超”火了！), here printed after its article's body, before the next article's dateline."""

from __future__ import annotations

from pagetext import page_items, wrap

FOOTBALL = (
    "本报讯 夜幕降临，乐平市一个村子的足球场上人声鼎沸。两支由村民组成的球队正在激烈角逐，场边数千名观众挥舞着小旗。",
    "今年的乡村足球联赛共有32支球队参赛，球员中有种田的农民、开货车的司机，也有回乡创业的年轻人。",
    "“踢球让村里的年轻人又聚到了一起。”一位球队队长说，他们打算明年组建青少年队，让更多孩子爱上足球。",
)
FARM = (
    "本报讯（记者 戴云）在进贤县的一片高标准农田里，几台无人机正在低空盘旋，对水稻进行病虫害统防统治。",
    "据了解，进贤县今年已建成数字农业示范基地15个，覆盖农田面积8万余亩。",
)
KICKER, TITLE = "乡村足球联赛点燃夏夜", "这个夏天，“村超”火了！"


def test_a_kicker_over_an_exclaiming_title_after_its_body():
    width = len(KICKER) + 2  # the kicker is as wide as an opening that lost its indent
    lines = [line for paragraph in FOOTBALL for line in wrap(paragraph, width)]
    lines += [KICKER, TITLE]
    lines += [line for paragraph in FARM for line in wrap(paragraph, width)]
    lines += ["数字技术赋能春耕生产"]
    items = page_items(lines)
    assert [(item.kicker, item.title) for item in items] == [(KICKER, TITLE), ("", "数字技术赋能春耕生产")]
    assert "".join(items[0].paragraphs).replace(" ", "") == "".join(FOOTBALL).replace(" ", "")
