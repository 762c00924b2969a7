"""A photo's captions are set in one frame: where the lines near its credit start being
sprayed across a frame set apart from the text over them (``segment._set_apart``), lines
over that frame that no spraying shows in it, one of them going on, are no captions of
that photo (``segment._frame_under``): an item starting there and closing as the photo
starts further back than captions reach. Before, ▲记者从赣州市工业和信息化局获悉，/ 截至11
月底，全市累计建成5G基站10236 / 个，…覆盖。 over 7 月 20 日 ，工 人 们 冒 / … / 邹怡洋 摄
read as the photo's first caption, a brief under 一句话新闻 lost to it (generator 8,
looked-at pages). Captions whose first lines alone are sprayed (▲ 进 贤 县 一 处 高 标 /
准农田里，无人机正在喷 / 洒农药。) still make one group: the lines over the sprayed ones
are sprayed too."""

from __future__ import annotations

import pytest
from pagegen8 import default_pool, random_page8
from pagescore import check_page
from pagetext import page_items

BRIEFS = [
    "一句话新闻",
    "\u3000\u3000▲国庆假期以来，婺源县篁岭景区游",
    "客络绎不绝。",
    "\u3000\u3000▲记者从赣州市工业和信息化局获悉，",
    "截至11月底，全市累计建成5G基站10236",
    "个，实现县城以上区域5G网络连续覆盖。",
]
PHOTO = [
    "7 月 20 日 ，工 人 们 冒",
    "着 高 温 在 抢 修 供 水 管",
    "道。",
    "邹怡洋 摄",
]
ARTICLE = [
    "\u3000\u3000近日，抚州市启动实",
    "施乡村振兴人才培训计划，",
    "计划用３年时间培训１万名",
    "乡村振兴人才。（戴鹏志）",
]
GROUP = [
    "\u3000\u3000▲ 进 贤 县 一 处 高 标",
    "准农田里，无人机正在喷",
    "洒农药。",
    "\u3000\u3000▲ 种 粮 大 户 通 过 手",
    "机查看田间数据。",
    "\u3000\u3000▲ 农 技 人 员 在 田 间",
    "查看水稻长势。",
    "  本报通讯员 高晓杰 摄",
]


def test_a_brief_over_a_sprayed_caption_is_no_caption_of_its_photo():
    items = page_items(BRIEFS + PHOTO + ARTICLE, double=False, furniture=False)
    assert [item.kind for item in items] == ["article", "article", "photo", "article"]
    assert items[1].paragraphs == ("记者从赣州市工业和信息化局获悉，截至11月底，全市累计建成5G基站10236个，实现县城以上区域5G网络连续覆盖。",)
    assert items[2].paragraphs == ("7月20日，工人们冒着高温在抢修供水管道。",)


def test_captions_whose_first_lines_alone_are_sprayed_stay_one_group():
    items = page_items(ARTICLE + GROUP + ["冬奥冠军要搬到加拿大？"] + ARTICLE, double=False, furniture=False)
    photos = [item for item in items if item.kind == "photo"]
    assert len(photos) == 1
    assert [paragraph[:3] for paragraph in photos[0].paragraphs] == ["▲进贤", "▲种粮", "▲农技"]


@pytest.mark.parametrize(
    "seed",
    [
        900_208,  # a brief under 一句话新闻 over the photo
        900_480,  # an article's text going on under its jump line (上接A01版) over the photo
        900_244,
        900_338,
    ],
)
def test_photos_take_only_their_frame_on_generated_pages(seed):
    # Looked-at pages of generator 8 where the item over the photo had become its caption.
    check = check_page(random_page8(default_pool(), seed))
    assert check.count_ok
    assert not [wrong for wrong in check.wrong if "photo" in wrong]


@pytest.mark.parametrize("seed", [900_256, 900_210])
def test_groups_sprayed_at_their_first_lines_on_generated_pages(seed):
    # Looked-at pages of generator 8 whose group a first version (any line over the
    # sprayed frame unsprayed) cut after its first caption.
    check = check_page(random_page8(default_pool(), seed))
    assert not [wrong for wrong in check.wrong if "photo" in wrong]
