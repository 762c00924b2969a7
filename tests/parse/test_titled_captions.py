"""A photo's captions stand under no headline: heading lines over a short text and the
captions under it head the text, an article of its own, and the captions are the photo's
(``viterbi.PHOTO_TITLED``: none of the six generators titles a photo, and reading one so
cost less than one more unsigned article). Read as one titled photo, the article's text
went into the captions and the page lost an article (generator 4, a looked-at seed)."""

from __future__ import annotations

from pagegen4 import default_pool, random_page4
from test_page import layout_of


def test_heading_lines_over_a_text_and_captions_head_the_text():
    page = random_page4(default_pool(), 400_138)
    items = layout_of(page.text).items
    assert [(item.kind, item.title) for item in items][:3] == [
        ("photo", ""),
        ("article", "新能源汽车下乡，充电难题如何破解"),
        ("photo", ""),
    ]
    article, photo = items[1], items[2]
    assert article.paragraphs == (
        "国家电网江西电力公司表示，今年将新建农村公共充电桩5000个，并探索“光伏+储能+充电”一体化建设模式。",
    )
    assert (
        "".join(photo.paragraphs)
        == "社区食堂的工作人员为老人打饭。志愿者为行动不便的老人送餐上门。"
    )
    assert photo.photographer == "郑伟强"
    assert not any(item.title or item.kicker for item in items if item.kind == "photo")
