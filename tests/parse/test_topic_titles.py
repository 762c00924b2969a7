"""Of two heading lines, the one that names a topic and says something of it, a colon
between (`青山湖区：凝心聚力促统战工作上台阶`), is the title whatever the widths: the other
line is the kicker over it or the subtitle under it."""

from __future__ import annotations

import pytest

from qa.parse.decode import split_lines
from qa.parse.headings import heading_roles
from qa.parse.lines import read_lines
from qa.parse.page import analyse_page


@pytest.mark.parametrize(
    ("lines", "roles"),
    [
        # A kicker wider than the title under it.
        (["凉茶店不只是喝凉茶的地方", "凉茶铺：又名凉茶店"], ("凉茶店不只是喝凉茶的地方", "凉茶铺：又名凉茶店", "")),
        # A subtitle no narrower than the title over it (no dash).
        (["温泉关：古希腊语", "希腊人封锁了隘道"], ("", "温泉关：古希腊语", "希腊人封锁了隘道")),
        (["MonoDevelop：在2003年后期", "目前支援的语言有Python"], ("", "MonoDevelop：在2003年后期", "目前支援的语言有Python")),
        # Both or neither with a colon: the widths tell, as before.
        (["绿色工艺减排六成", "科研团队攻克稀土分离关键技术"], ("绿色工艺减排六成", "科研团队攻克稀土分离关键技术", "")),
        (["科研团队攻克稀土分离关键技术", "绿色工艺减排六成"], ("", "科研团队攻克稀土分离关键技术", "绿色工艺减排六成")),
        # A colon ending a line is no topic named (a title wrapped there is joined).
        (["冬奥冠军要搬到加拿大：", "维安费可不是小数目"], ("", "冬奥冠军要搬到加拿大：维安费可不是小数目", "")),
    ],
)
def test_the_line_naming_a_topic_is_the_title(lines, roles):
    assert heading_roles(lines, "") == roles


def test_a_wide_kicker_over_a_topic_title_on_a_page():
    body = [
        "凉茶铺又名凉茶店，是售卖凉茶的",
        "店铺，多见于广东、香港和澳门。",
        "凉茶店不只是喝凉茶的地方，旧时",
        "也是街坊聚脚、看电视的去处。",
        "（记者 张三）",
    ]
    page = "\n".join(["凉茶店不只是喝凉茶的地方", "凉茶铺：又名凉茶店", *body]) + "\n"
    item = analyse_page(read_lines(split_lines(page))).items[0]
    assert (item.kicker, item.title, item.subtitle) == ("凉茶店不只是喝凉茶的地方", "凉茶铺：又名凉茶店", "")
