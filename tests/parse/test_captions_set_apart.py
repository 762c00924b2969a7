"""A photo's captions set apart from the text over them by their spacing (each line but a
sentence's last sprayed, 7 月 20 日 ，工 人 / 们 冒 着 高 温 在 抢 修 供, in a frame narrower or
wider than the column) start where the spacing does: a caption names what its article says
(高温, 工人, 抢修), so the words it shares with the text before are no sign that the text
goes on (``segment._set_apart``); so do captions set flush under an article's indented
paragraphs (``segment._flush_apart``). Before, those shared words made the photo's captions
start a few paragraphs up, and the article lost them (generator 8, looked-at pages). A body
line sprayed in its column, on a page that sprays many, sets nothing apart."""

from __future__ import annotations

import pytest
from pagegen8 import default_pool, random_page8
from pagescore import check_page
from pagetext import page_items

HEAD = ["高温下的坚守：", "他们守护城市的“生命线”"]
ARTICLE = [
    "中新网 12 月 4 日电 连日来，我",
    "市持续出现 35 ℃以上高温天气。在",
    "城区一处供水管网抢修现场，十多",
    "名工人顶着烈日作业，汗水很快浸",
    "透了他们的工作服。",
    "“管道爆裂影响周边三个小区",
    "用水，必须尽快修好。”现场负责",
    "人刘师傅说，抢修从凌晨两点开始，",
    "大家轮流下坑作业，中午只在树荫",
    "下匆匆吃了份盒饭。",
    "入夏以来，市水务集团共处置",
    "各类管网故障300 余起，平均修复",
    "时间缩短至 4 小时以内，确保了全",
    "市居民正常用水。",
]
CREDIT = "本报记者 罗怡 摄"
NEXT = [
    "果园里的直播间",
    "赣南脐橙开启“云上”销售季",
    "又到一年脐橙成熟时。在信",
    "丰县的一处果园里，果农们忙着",
    "采摘、分拣，一旁的主播对着手",
    "机镜头介绍脐橙的口感和产地。",
    "（记者 邹娜）",
]


def _photo_and_article(captions: list[str]):
    items = page_items([*HEAD, *ARTICLE, *captions, CREDIT, *NEXT], furniture=False)
    photos = [item for item in items if item.kind == "photo"]
    return items[0], photos


def test_sprayed_captions_narrower_than_the_column_start_where_the_spacing_does():
    article, photos = _photo_and_article(["7 月 20 日 ，工 人", "们 冒 着 高 温 在 抢 修 供", "水 管 道 。"])
    assert [(photo.paragraphs, photo.photographer) for photo in photos] == [
        (("7月20日，工人们冒着高温在抢修供水管道。",), "罗怡")
    ]
    assert article.title == "高温下的坚守：他们守护城市的“生命线”"
    assert article.paragraphs[-1] == "入夏以来，市水务集团共处置各类管网故障300余起，平均修复时间缩短至4小时以内，确保了全市居民正常用水。"


def test_a_caption_s_last_line_may_go_unsprayed():
    article, photos = _photo_and_article(["7 月 20 日 ，工 人 们", "冒 着 高 温 在 抢 修 供", "水管道。"])
    assert [photo.paragraphs for photo in photos] == [("7月20日，工人们冒着高温在抢修供水管道。",)]
    assert article.paragraphs[-1].endswith("确保了全市居民正常用水。")


SPRAYING = [
    "乡村足球联赛点燃夏夜",
    "这个夏天，“村超”火了！",
    " 中 新 网 10 月 10 日 电   夜 幕 降 临 ， 乐 平 市 一 个 村 子 的 足",
    "球场上人声鼎沸。两支由村民组成的球队正在激烈角逐，",
    "场边数千名观众挥舞着小旗，呐喊声一浪高过一浪。",
    "今 年 的 乡 村 足 球 联 赛 共 有 32 支 球 队 参 赛 ， 球 员 中 有",
    "种田的农民、开货车的司机，也有回乡创业的年轻人。比",
    "赛期间，周边的农家乐和特产摊位生意格外红火。",
    "“ 踢 球 让 村 里 的 年 轻 人 又 聚 到 了 一 起 。 ” 一 位 球 队 队",
    "长说，他们打算明年组建青少年队，让更多孩子爱上足球。",
    "6 月 5 日 ， 志 愿 者 在 鄱 阳 湖",
    "畔清理垃圾，守护候鸟栖息地。",
    "崔艳子摄",
]


def test_a_paragraph_sprayed_in_its_column_is_no_caption():
    # A page that sprays many of its body's lines (generator 2): the paragraph over the
    # caption, its first line sprayed, its last wider than that line holds, is the
    # article's, however many words the caption shares with it.
    items = page_items(SPRAYING, double=True, furniture=False)
    assert [item.kind for item in items] == ["article", "photo"]
    assert items[0].paragraphs[-1] == "“踢球让村里的年轻人又聚到了一起。”一位球队队长说，他们打算明年组建青少年队，让更多孩子爱上足球。"
    assert items[1].paragraphs == ("6月5日，志愿者在鄱阳湖畔清理垃圾，守护候鸟栖息地。",)



@pytest.mark.parametrize(
    "seed",
    [
        900_290,  # two one-sentence captions, flush, under an article's indented paragraphs
        900_834,  # sprayed captions, 9 em, under an article's paragraphs of 15 em
    ],
)
def test_captions_set_apart_on_generated_pages_are_the_photo_s(seed):
    # Looked-at pages of generator 8, where the captions had started a paragraph or two up
    # (or the first caption had stayed with the article).
    page = random_page8(default_pool(), seed)
    check = check_page(page)
    assert not [wrong for wrong in check.wrong if "photo" in wrong or "body" in wrong]
