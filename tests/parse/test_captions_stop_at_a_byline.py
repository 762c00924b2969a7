"""A photo's captions reach back from its credit a few lines, but never past a byline
heading an article (■本报记者 董娜 文/图) or a dateline opening one (本报讯 记者从…): the
lines over it are the article's headline, not captions. Read within the photo's reach,
the kicker over the title behind ▲ (▲数字技术赋能春耕生产) read as a caption's mark, which
heads nothing, and the article lost its kicker (generator 8, looked-at pages;
``segment._photo_ahead``)."""

from __future__ import annotations

from pagegen8 import default_pool, random_page8
from pagescore import parse_layout
from pagetext import page_items

PAGE = [
    "  “老人们喜欢，我们就要把这件",
    "好事办好。”豫章街道相关负责人表",
    "示，下一步将根据老人口味调整菜品，",
    "让长者食堂成为老人们喜欢的“幸福",
    "食堂”。",
    "▲数字技术赋能春耕生产",
    "稻田里的",
    "“智慧管家”",
    "■本报记者 董娜 文/图",
    " 在进贤县的一片高标准农田里，几台无人",
    "机正在低空盘旋，对水稻进行病虫害统防统治。",
    "田埂边，种粮大户李建国盯着手机屏幕，实时",
    "查看着田间的温度、湿度和虫情数据。",
    " 8月2日，修水县干",
    "部群众在清理淤泥，抓",
    "紧恢复生产。",
    "  毛勇涛/摄",
]


def test_a_photo_s_captions_do_not_reach_past_a_byline_heading_an_article():
    items = page_items(PAGE, furniture=False)
    article = next(item for item in items if item.authors == ("董娜",))
    assert (article.kicker, article.title) == ("数字技术赋能春耕生产", "稻田里的“智慧管家”")
    photos = [item for item in items if item.kind == "photo"]
    assert [(photo.paragraphs, photo.photographer) for photo in photos] == [(("8月2日，修水县干部群众在清理淤泥，抓紧恢复生产。",), "毛勇涛")]


DATED = [
    "近年来，当地把米粉作为特色产业",
    "来培育，建起了产业园和电商直播基地，",
    "形成了从种植、加工到销售的完整链条。",
    "小小一碗米粉，正成为农民增收致富的",
    "“金饭碗”。",
    "      （本报记者 汤波佳）",
    "▲数字赣州加速建设",
    "赣州5G基站突破1万个",
    "本报讯 记者从赣州市工业和信息化局获",
    "悉，截至 11月底，全市累计建成5G基站 10236",
    "个，实现县城以上区域5G网络连续覆盖。",
    "游客在陶溪川文创街",
    "区选购陶瓷工艺品。",
    "      胡波艳摄",
    "◆美食街里人头攒动",
    "夜间经济点亮城市烟火气",
    "华灯初上，九江市浔阳区的美食街上",
    "人头攒动。烧烤、小龙虾、茶饮店前排起",
    "了长队，街头艺人的表演不时引来阵阵掌",
    "声。（记者 王芳）",
]


def test_a_photo_s_captions_do_not_reach_past_a_dateline():
    items = page_items(DATED, furniture=False)
    assert ("数字赣州加速建设", "赣州5G基站突破1万个") in [(item.kicker, item.title) for item in items]
    photos = [item for item in items if item.kind == "photo"]
    assert [(photo.paragraphs, photo.photographer) for photo in photos] == [(("游客在陶溪川文创街区选购陶瓷工艺品。",), "胡波艳")]


def test_a_photo_s_captions_do_not_reach_past_a_dateline_on_a_generated_page():
    # The looked-at page of generator 8 the case above comes from.
    items = parse_layout(random_page8(default_pool(), 901_336).text).items
    assert ("数字赣州加速建设", "赣州5G基站突破1万个") in [(item.kicker, item.title) for item in items]
