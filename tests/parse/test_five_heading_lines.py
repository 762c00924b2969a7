"""An item's headline may take five lines over its body: a kicker, and a title and a
subtitle each wrapped over two lines at a narrow frame (一湖碧水迎客来 / 鄱阳湖候鸟越 /
冬数量创新高 / 白鹤占全球种群数量98% / 以上). With room for four only, no reading put all
five over the body: the kicker went to the notice over it as a late headline, splitting
the notice's closing off as an item of its own. (Heading lines after a body, or left at
the page's end, are still four at most: ``segment.MAX_HEADS``; ``segment.MAX_OVER`` over
one.) From a looked-at page of generator 6 (tests/pagegen6.py)."""

from __future__ import annotations

from test_page import layout_of

LINES = [
    "招聘启事",
    "\u3000\u3000鹰潭市交通运输局因工作需要，现面向社会公开招",
    "聘工作人员 5 名。有关事项公告如下：",
    "\u3000\u3000一、报名条件：具有全日制大学本科及以上学历，年",
    "龄 35 周岁以下。",
    "\u3000\u3000二、报名时间：即日起至 2024 年 12 月 8 日。",
    "\u3000\u3000三、联系电话：0791-89013206。",
    "\u3000\u3000特此启事。",
    "鹰潭市交通运输局",
    "2024 年 7 月 18 日",
    "一湖碧水迎客来",
    "鄱阳湖候鸟越",
    "冬数量创新高",
    "白鹤占全球种群数量98%",
    "以上",
    "记者 陈鑫翔 通讯员 王宇华",
    "\u3000\u3000记者从省林业局获悉，今冬在鄱阳湖越冬的",
    "候鸟数量达到 78 万只，比去年同期增加约 5 万只，",
    "其中白鹤超过 4000 只，占全球种群数量的 98% 以",
    "上。",
    "\u3000\u3000为守护好这些“远方来客”，沿湖各地实行了",
    "分片包干巡护制度，组建了 120 余支护鸟队伍。护",
    "鸟员每天要在湖区巡查十多公里，清理非法网具，",
    "劝离违规进入保护区的人员。",
]


def test_a_kicker_a_wrapped_title_and_a_wrapped_subtitle_head_one_article():
    notice, article = layout_of("\n".join(LINES) + "\n").items
    assert notice.title == "招聘启事" and notice.paragraphs[-1].endswith("2024年7月18日")
    assert (article.kicker, article.title, article.subtitle) == (
        "一湖碧水迎客来",
        "鄱阳湖候鸟越冬数量创新高",
        "白鹤占全球种群数量98%以上",
    )
    assert article.authors == ("陈鑫翔", "王宇华")
