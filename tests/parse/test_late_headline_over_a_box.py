"""A headline printed after its article (under the end byline) right over a box's label
(【延伸阅读】) goes to that article: the run of heading lines reaches the label, which
heads its box, and splits there (``segment._run``: a box's label, though it may open a
short item's text as a title in 【】 may, no longer ends the run before it). Before, the
run stopped over the label, no reading gave the headline to the article before, and
◆知识窗 / 新北市，原来如此！ made an item of its own (generator 8, looked-at pages)."""

from __future__ import annotations

import pytest
from pagegen8 import default_pool, random_page8
from pagescore import check_page, parse_layout

LINES = [
    "另外中和区的华新街，为早期南洋华侨迁居来此地",
    "定居逐渐形成的聚落，尤其以缅甸人为主，每年「泼水",
    "节」活动为商圈重要节庆；永和区的中兴街则为早期韩",
    "国华侨的聚集所在，又有『韩国街』之称。   （本报记者 谢桂群）",
    "◆知识窗",
    "新北市，原来如此！",
    "【延伸阅读】",
    "李日华（），字君实，一字九",
    "疑，号竹懒、痴居士，浙江嘉兴",
    "人。晚明官员，书画家、鉴赏家。",
    "李日华生于明世宗嘉靖四十四年",
    "（ 1565 年 ），幼 时 聪 敏 ，其 父",
    "“口授以《大学》，率能成诵”，",
    "万历七年（1579 年）参加已卯科",
    "乡试，为文放纵不羁，当时主考",
    "官郝敬赏识其才，录取为第二十",
    "五名，称：“天下那得如此好秀",
    "才。”",
]


def test_a_late_headline_over_a_box_label_goes_to_the_article_before():
    items = [item for item in parse_layout("\n".join(LINES) + "\n").items if item.kind != "furniture"]
    assert [(item.kicker, item.title) for item in items] == [("知识窗", "新北市，原来如此！"), ("", "延伸阅读")]
    assert items[0].authors == ("谢桂群",)


@pytest.mark.parametrize("seed", [900_098, 901_478])
def test_generated_late_headlines_over_box_labels(seed):
    check = check_page(random_page8(default_pool(), seed))
    assert check.count_ok
