"""A line as wide as the full lines of its column, ending no sentence, over another
full line of it that holds a mark of running text (，、；。！？) reads as a paragraph going
on, not as a heading: on a page that sets paragraphs flush and prints headlines after
their articles, the first line of an article's last paragraph, after a sentence end,
was read as a late headline and the article split in two there."""

from __future__ import annotations

from pagetext import page_items

FIRST = [
    "避开热门景区，专挑小众目的地——今",
    "年暑期，“反向旅游”成为不少年轻人",
    "的新选择。一些过去鲜有人知的县城和",
    "古村，意外迎来了客流高峰。",
    "在线旅游平台数据显示，暑期以来，三",
    "四线城市的酒店预订量同比增长超过",
    "四成，县域旅游订单增速明显高于一线",
    "城市。",
    "“人少、物价低、体验真实。”刚从婺",
    "源一处古村回来的大学生小林这样总结。",
    "业内人士认为，小众目的地要接住这波",
    "流量，还需补齐交通、住宿等方面的短",
    "板。 （记者 邱凯 唐艳静）",
    "年轻人为何爱上“反向旅游”？",
]
SECOND = [
    "香港羽毛球公开赛，官方名称为「香港公开",
    "羽毛球锦标赛」，是一年一度在香港举行的",
    "羽毛球比赛，但不是每年都有比赛。",
    "本赛事由世界羽毛球联会认可，香港羽毛球",
    "总会主办，一般在每年的十一月举行。赛事",
    "目前由体育用品公司冠名赞助。",
    "（记者 王五）",
    "香港羽毛球公开赛",
]


def test_full_lines_going_on_are_no_late_headline():
    items = page_items([*FIRST, *SECOND], double=True)
    assert [item.title for item in items] == ["年轻人为何爱上“反向旅游”？", "香港羽毛球公开赛"]
    assert "".join(items[0].paragraphs).endswith("业内人士认为，小众目的地要接住这波流量，还需补齐交通、住宿等方面的短板。")
    assert items[0].authors == ("邱凯", "唐艳静")
