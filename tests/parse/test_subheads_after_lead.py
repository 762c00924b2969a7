"""Flush 小标题 on a page that keeps its indents, in an article after one its lead byline
signs (本报记者 刘琦 何文凯 under the headline). The first flush short line after the
lead may be the next article's headline; the ones after it, paired, are that article's
小标题, and its end byline signs it whole (sixth generator, tests/pagegen6.py, looked-at
seed 608: the article was cut in four)."""

from __future__ import annotations

from test_indented_subheads import MORE, indented
from test_page import BODY_A, BODY_B, layout_of, page

LAST = "下一步，地铁运营公司将根据客流变化优化行车间隔，早晚高峰最小间隔缩短至四分钟以内，方便市民出行。"
MIDDLE = "沿线各站均设置了无障碍电梯和母婴室，换乘站还配备了智能导引屏，乘客可实时查看列车到站信息。"


def test_flush_subheads_after_a_led_article_stay_in_their_article():
    led = ["本报记者 刘琦 何文凯", *indented(BODY_B), *indented(MORE)]
    second = [*indented(BODY_A), "客流创下新高", *indented(MIDDLE), *indented(BODY_B), "运营持续优化", *indented(LAST)]
    second[-1] += "（记者 谭军）"
    items = layout_of(page(["篁岭晒秋游人如织"], led, ["南昌地铁四号线开通运营"], second)).items
    assert [(item.title, item.authors, item.paragraphs) for item in items] == [
        ("篁岭晒秋游人如织", ("刘琦", "何文凯"), (BODY_B, MORE)),
        ("南昌地铁四号线开通运营", ("谭军",), (BODY_A, "客流创下新高", MIDDLE, BODY_B, "运营持续优化", LAST)),
    ]

