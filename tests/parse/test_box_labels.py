"""A box's label (记者手记, 相关链接, 延伸阅读, 背景, letter-spaced too: 延 伸 阅 读) starts the
box: no item before takes it (as part of a headline printed after that item), and no
body opens with it; it is the box's kicker over a small headline, or its title. But for a
label right under an article's end byline: that may be the article's own, printed after
its text and byline as its headline would be (a 记者手记 box whose text stands over its
label), for the costs to weigh (``segment.BOX_LATE``): given to the article, the next
item can take its own headline printed after it."""

from __future__ import annotations

import pytest
from pagegen5 import random_page5
from pagegen7 import default_pool as default_pool7
from pagegen7 import random_page7
from pagegen8 import default_pool as default_pool8
from pagegen8 import random_page8
from pagescore import assert_recovered, check_page

from qa.parse.furniture import box_label
from qa.parse.lines import read_lines
from qa.parse.page import analyse_page


@pytest.mark.parametrize("text", ["记者手记", "延 伸 阅 读", "■相关链接", "背景", "记者观察："])
def test_box_labels_are_known(text):
    assert box_label(text)


@pytest.mark.parametrize("text", ["背景资料显示，该项目已完工。", "记者手记本", "新闻链接到这里"])
def test_other_lines_are_no_box_labels(text):
    assert not box_label(text)


def test_a_box_after_an_article_with_its_headline_after_it():
    # The article's headline is printed after its text, and the box follows at once.
    text = "\n".join(
        [
            "今年以来，赣州围绕“数字赣州”建设目标，",
            "推出城市服务平台，推动5G与工业互联网、",
            "智慧医疗等领域深度融合。（本报记者 陈刚）",
            "赣州5G基站突破1万个",
            "记者观察",
            "稻田里的“智慧管家”",
            "在进贤县的一片高标准农田里，几台无人机",
            "正在低空盘旋，对水稻进行病虫害统防统治。",
        ]
    )
    items = analyse_page(read_lines(enumerate(text.split("\n")))).items
    assert [(item.kicker, item.title) for item in items] == [("", "赣州5G基站突破1万个"), ("记者观察", "稻田里的“智慧管家”")]
    assert items[1].paragraphs[0].startswith("在进贤县")


# "Looked at" pages of the fifth generator (even seeds) whose box was read wrongly.
@pytest.mark.parametrize("seed", [500_766, 500_868])
def test_generated_pages_with_boxes(pool5, seed):
    check = check_page(random_page5(pool5, seed))
    assert check.count_ok and check.unassigned == [] and not [w for w in check.wrong if w.startswith("item")], check.wrong


BOX_AFTER = """今年的乡村足球联赛共有
32 支球队参赛，球员中有种田
的农民、开货车的司机，也有回
乡创业的年轻人。
“踢球让村里的年轻人又
聚到了一起。”一位球队队长说。
（陶洋晓 冯燕）
记者手记
四泉圣嘉禄堂或称四
喷泉圣卡罗教堂，是一
座位于意大利罗马的天主
教教堂，修建于 1638年至
1641 年。
本报记者 蒋玲阳
四泉圣嘉禄堂
"""


def test_a_boxs_label_under_its_text_and_byline():
    # (The box's text and byline over its label, 记者手记; the next item's headline after
    # its own byline: given the label, the next item would have two headlines.)
    box, article = analyse_page(read_lines(enumerate(BOX_AFTER.splitlines()))).items
    assert (box.title, box.authors) == ("记者手记", ("陶洋晓", "冯燕"))
    assert (article.title, article.authors) == ("四泉圣嘉禄堂", ("蒋玲阳",))
    assert article.paragraphs[0].startswith("四泉圣嘉禄堂或称四喷泉圣卡罗教堂")


# Looked-at pages of the seventh generator whose 记者手记 box stands over its label.
@pytest.mark.parametrize("seed", [702_836, 702_862, 703_458, 700_012, 700_764, 701_234])
def test_generated_pages_with_a_label_after_its_box(seed):
    assert_recovered(random_page7(default_pool7(), seed))


@pytest.mark.parametrize("text", ["【相关链接】", "【 延伸阅读 】", "【背景】"])
def test_box_labels_in_brackets_are_known(text):
    assert box_label(text)


@pytest.mark.parametrize("text", ["【记者手记", "相关链接】", "【快评】"])
def test_half_bracketed_or_other_labels_are_no_box_labels(text):
    assert not box_label(text)


# "Looked at" pages of the eighth generator (even seeds) whose box label in brackets
# (【相关链接】) was read as a line of text.
@pytest.mark.parametrize("seed", [900_418, 901_118, 901_236])
def test_generated_boxes_labelled_in_brackets(seed):
    assert not [wrong for wrong in _wrong_in_boxes(seed) if ": headings" in wrong]


def _wrong_in_boxes(seed: int) -> list[str]:
    """What ``check_page`` finds wrong in the boxes of generator 8's page ``seed`` (which
    has one at least)."""
    page = random_page8(default_pool8(), seed)
    boxed = [k for k, known in enumerate(page.expected) if box_label(known.kicker or known.title or "-")]
    assert boxed
    return [wrong for wrong in check_page(page).wrong if any(wrong.startswith(f"item {k}:") for k in boxed)]


BOX_OVER_A_PHOTO = """负责人表示。
▲记者手记
在永修县，一批闲置的村集体用
房经过改造，变身为村民议事厅、老
年活动中心和电商服务站。
信丰县果农在果园里采
摘脐橙。   张飞嘉 摄"""


def test_a_box_label_marked_as_a_caption_would_be_stays_the_box_label():
    # (▲ opens a photo's caption, but a box's label heads its box: the box's text under it
    # is no caption, though a photo's credit stands a few lines under.)
    items = analyse_page(read_lines(enumerate(BOX_OVER_A_PHOTO.split("\n")))).items
    box = next(item for item in items if item.title == "记者手记")
    assert box.paragraphs == ("在永修县，一批闲置的村集体用房经过改造，变身为村民议事厅、老年活动中心和电商服务站。",)
    photo = next(item for item in items if item.kind == "photo")
    assert photo.paragraphs == ("信丰县果农在果园里采摘脐橙。",)


# "Looked at" pages of the eighth generator (even seeds) whose box under ▲ was read as a
# photo's captions.
@pytest.mark.parametrize("seed", [901_298, 903_000, 903_406])
def test_generated_boxes_marked_as_captions_are(seed):
    assert not _wrong_in_boxes(seed)
