"""An editor's note (编者按：…) set across the columns its article's body takes opens that
body: the change of column where the note's paragraph ends says nothing of where the item
ends (``segment._under_note``). Before, 编者按：市商务局有关负责人说… set 29 em wide over
a body of 14 em made an item of its own (with the byline over it), and the body, cut from
its note, another untitled one (generator 8, looked-at pages). A paragraph that is no
note, set wide in the same place, still ends its item at the change."""

from __future__ import annotations

import pytest
from pagegen8 import default_pool, random_page8
from pagescore import check_page
from pagetext import page_items

ITEM_BEFORE = [
    "■专访",
    "“中山市”",
    "面面观",
    "□ 蒋波",
    "\u3000\u3000本报记者：中山在秦朝末年时是由谁",
    "建立的国家的领土？",
    "\u3000\u3000龚琪：秦朝末年，赵佗创立南越国，",
    "中山属南越国领地。",
    "\u3000\u3000本报记者：中山在三国时代时被哪一",
    "国家统治？",
    "\u3000\u3000龚琪：三国时，中山属于吴国领地。",
]
BYLINE = ["记者 姜曦帆 通讯员 许飞"]
NOTE = [
    "\u3000\u3000编者按：市商务局有关负责人说，下一步将打造更多特色夜市",
    "和消费场景，同时加强环境整治和交通疏导，让市民逛得舒心、吃",
    "得放心。",
]
NOT_A_NOTE = [
    "\u3000\u3000市商务局有关负责人说，下一步将打造更多特色夜市和消费场景",
    "，同时加强环境整治和交通疏导，让市民逛得舒心、吃得放心，夜市",
    "也将延长营业时间。",
]
BODY = [
    "\u3000\u3000因为图书馆藏珍稀的古老文",
    "献，一些国外的访问学者也经常",
    "到访下萨克森的３座邦立图书馆：",
    "沃尔芬比特尔的奥古斯特公爵图",
    "书馆、汉诺瓦的莱布尼茨邦立图",
    "书馆和欧登堡的邦立图书馆。奥",
    "古斯特公爵图书馆是闻名于世的",
    "中世纪和近代史研究中心。",
    "\u3000\u3000汉诺瓦的莱布尼茨图书馆珍",
    "藏著大约１５０００封莱布尼茨",
    "的亲笔信件。这些信件２００７",
    "年被列入了世界记忆遗产名录。",
]


def test_a_body_set_narrower_under_its_editor_s_note_is_one_item_with_it():
    items = page_items(ITEM_BEFORE + BYLINE + NOTE + BODY, double=True, furniture=False)
    assert len(items) == 2
    noted = items[1]
    assert noted.authors == ("姜曦帆", "许飞")
    assert noted.paragraphs[0].startswith("编者按：")
    assert noted.paragraphs[1].startswith("因为图书馆藏珍稀的古老文献")
    assert len(noted.paragraphs) == 3


def test_a_wide_paragraph_that_is_no_note_still_ends_its_item_at_the_change():
    items = page_items(ITEM_BEFORE + BYLINE + NOT_A_NOTE + BODY, double=True, furniture=False)
    assert len(items) == 3
    assert items[1].paragraphs == ("".join(line.strip("\u3000") for line in NOT_A_NOTE),)
    assert items[2].paragraphs[0].startswith("因为图书馆藏珍稀的古老文献")


@pytest.mark.parametrize(
    ("seed", "note"),
    [
        (900_150, "编者按：“下一步，我们将深化应用好"),  # under a headline and a byline
        (900_438, "编者按：市商务局有关负责人说"),  # under a byline, untitled
        (900_552, "编者按：景德镇新锐食品有限公司"),  # flush, under a byline
        (900_902, "编者按：据介绍，该区已建成社区食堂"),  # the headline printed after the article
        (901_434, "编者按：凝聚温暖，服务热情更加高涨"),  # a note of fifteen lines
    ],
)
def test_editor_s_notes_over_their_bodies_on_generated_pages(seed, note):
    # Looked-at pages of generator 8 where the note had made an item of its own.
    page = random_page8(default_pool(), seed)
    check = check_page(page)
    assert not [wrong for wrong in check.wrong if "body differs" in wrong]
    noted = [item for item in page.expected if item.paragraphs and item.paragraphs[0].startswith(note)]
    assert len(noted) == 1
