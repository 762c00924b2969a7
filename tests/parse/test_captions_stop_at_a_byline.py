"""A photo's captions reach back from its credit a few lines, but never past a byline
heading an article (■本报记者 董娜 文/图): the lines over that byline are the article's
headline, not captions. Read within the photo's reach, the kicker over the title behind ▲
(▲数字技术赋能春耕生产) read as a caption's mark, which heads nothing, and the article lost
its kicker (generator 8, looked-at pages; ``segment._photo_ahead``)."""

from __future__ import annotations

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
