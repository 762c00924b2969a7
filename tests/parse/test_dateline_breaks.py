"""A dateline's byline wrapped over lines: whether a line break inside its bracket stood
for a space between two names or cut a name or a role word, read from the names as
printed (whole names, padded 肖 俊, role words, compound surnames)."""

from __future__ import annotations

import pytest
from pagetext import BODIES, TITLES, wrap

from qa.parse.byline import find_dateline
from qa.parse.decode import split_lines
from qa.parse.lines import read_lines
from qa.parse.page import analyse_page


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A padded name is whole: the break after it, or before one, separates two names.
        ("新华社南昌5月5日电（记者 肖 俊\n刘海波）连日来", ("肖俊", "刘海波")),
        ("本报讯（通讯员 肖 俊\n刘 琼）连日来，全省", ("肖俊", "刘琼")),
        ("本报讯（记者 王海波 刘新华\n何 俊）近日，江西", ("王海波", "刘新华", "何俊")),
        # A lone character is a piece of a name, on either side of the break.
        ("本报九江6月1日电（记者周\n建华、李明）近日", ("周建华", "李明")),
        ("本报讯（记者 刘 琼 肖 俊 曾\n华明）“您好，", ("刘琼", "肖俊", "曾华明")),
        ("本报讯（记者 王海\n波 肖 俊）近日", ("王海波", "肖俊")),
        # A compound surname alone is no name.
        ("本报讯（记者 刘新华 通讯员 欧阳\n振强）随着", ("刘新华", "欧阳振强")),
        # A role word cut by the column is one word.
        ("本报讯（记者 刘新华 通讯\n员 何 俊）近日", ("刘新华", "何俊")),
        ("本报讯（本报\n记者 刘新华）近日", ("刘新华",)),
        # Whole names on both sides, and a name cut two and one, as before.
        ("本报讯（记者 王海波\n刘新华）今天", ("王海波", "刘新华")),
        ("本报讯（记者 王海\n波）今天", ("王海波",)),
    ],
)
def test_a_line_break_inside_a_dateline_byline(text, names):
    found = find_dateline(text)
    assert found is not None and found.names == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Justification sprays a line with marks stuck to the characters beside them.
        ("新华社九江5月13日电（记者 刘新\n华 、金 秋 、董 丹 芳 ）巴 黎 古 监 狱（ 法", ("刘新华", "金秋", "董丹芳")),
        # A role word standing whole shows the gaps pad names: no sprayed line.
        ("本报讯（记者 于 宇 蔡 宁 曾\n华明）“您好", ("于宇", "蔡宁", "曾华明")),
        # Padded names before the body's words run together: no sprayed line either.
        ("新华社宜春2月22日电（记\n者 林 华 毛 凯）随着新能源\n汽车下乡活动的推进", ("林华", "毛凯")),
        ("本报宜春 6 月 14 日电（记\n者 罗 勇 姚 强）受\n强降雨影响，修水县部分", ("罗勇", "姚强")),
    ],
)
def test_sprayed_or_padded_lines_in_a_dateline(text, names):
    found = find_dateline(text)
    assert found is not None and found.names == names


def test_a_line_inside_a_bracket_left_open_is_no_byline_line():
    # 通讯员 何 兰 丁 reads as a byline line, but the line above left its bracket open: it
    # goes on inside the dateline's byline, which the next line closes (丁 / 彬飞）).
    rest = wrap(BODIES[1], 12)
    lines = [TITLES[0], *wrap(BODIES[0], 12), "（刘新华）", TITLES[1], "本报景德镇 5 月 25 日", "电（记者 赵玉鹏",
             "通讯员 何 兰 丁", "彬飞）" + rest[0][:9], *wrap(rest[0][9:] + "".join(rest[1:]), 12)]
    items = analyse_page(read_lines(split_lines("\n".join(lines) + "\n"))).items
    assert all("丁" not in item.authors and "通讯员" not in item.roles for item in items)
    assert any("通讯员何兰丁彬飞）" in "".join(item.paragraphs).replace(" ", "") for item in items)
