"""A short name alone on a headline's last line (a place's, a person's: 保山市, 王守仁)
that the body opens with is the title, the subject an entry introduces, and the line over
it a kicker (``headings._name_opening``). Before, the two were read as one title wrapped
at the name. A name under a line it completes, with a body that does not open with it
(毛泽东多次批评 / 刘少奇), is still the tail of one title."""

from __future__ import annotations

import pytest

from qa.parse.headings import heading_roles


@pytest.mark.parametrize(
    ("lines", "body"),
    [
        (["东北与大理州相邻", "保山市"], "保山市是中华人民共和国云南省下辖的地级市，位于云南省西部。"),
        (["地处松嫩平原东北端的县级市", "海伦市"], "海伦市地处松嫩平原东北端、小兴安岭西麓，隶属绥化市。"),
        (["二十二岁时考进士不中", "王守仁"], "王守仁，字伯安，号阳明，浙江余姚人，明代思想家。"),
    ],
)
def test_a_name_the_body_opens_with_is_the_title_under_a_kicker(lines, body):
    assert heading_roles(lines, body) == (lines[0], lines[1], "")


@pytest.mark.parametrize(
    ("lines", "body"),
    [
        (["毛泽东多次批评", "刘少奇"], "1949年，中华人民共和国成立，毛泽东当选中央人民政府主席。"),
        (["二十二岁时考进士不中", "王守仁"], "明弘治五年，他在浙江乡试中举，此后两次会试落第。"),
    ],
)
def test_a_name_the_body_does_not_open_with_ends_one_title(lines, body):
    assert heading_roles(lines, body) == ("", "".join(lines), "")
