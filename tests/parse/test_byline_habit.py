"""A byline line alone between two articles' text (本报记者 丁军 after a finished sentence,
over text with no headline) signs the text above on a page whose other byline lines sign
the text above them, over the next headline; on a page that prints them under its
headlines it opens the item under it, as before. The decoder also reads the page with
such lines turned the other way and keeps the habit's reading unless the other costs
clearly less: where the text under the byline signs its own end, the byline signs the
text above, whatever the page's other byline lines do."""

from __future__ import annotations

from pagegen7 import default_pool, random_page7
from pagescore import check_page
from test_page import items_of

FIRST = [
    "　　记者从省林业局获悉，今冬在鄱阳湖越冬",
    "的候鸟数量达到78万只，比去年同期增加约5",
    "万只，其中白鹤超过4000只。",
]
SECOND = [
    "　　华灯初上，九江市浔阳区的美食街上人头",
    "攒动，各色小吃摊前排起了长队。今年以来，",
    "该区持续打造夜间消费场景，夜间消费占全天",
    "消费的比重已超过四成。",
]
UNTITLED = [
    "　　“自从全县推广使用电子公函以后，有效破",
    "除了基层人情干扰，让我们的公务接待既方便",
    "又规范。”带溪乡党政办工作人员说。",
]


def _read(lines: list[str]) -> list[tuple[str, tuple[str, ...]]]:
    return [(item.title, item.authors) for item in items_of(lines)]


def test_on_a_page_that_signs_at_the_end_the_byline_signs_the_text_above():
    page = ["鄱阳湖候鸟越冬数量创新高", *FIRST, "本报记者 杜卫琼", "夜间经济点亮城市烟火气", *SECOND, "本报记者 丁军", *UNTITLED]
    assert _read(page) == [
        ("鄱阳湖候鸟越冬数量创新高", ("杜卫琼",)),
        ("夜间经济点亮城市烟火气", ("丁军",)),
        ("", ()),
    ]


def test_on_a_page_that_signs_under_headlines_the_byline_opens_the_item_under_it():
    page = ["鄱阳湖候鸟越冬数量创新高", "本报记者 杜卫琼", *FIRST, "夜间经济点亮城市烟火气", "本报记者 刘华", *SECOND,
            "本报记者 丁军", *UNTITLED]
    assert _read(page) == [
        ("鄱阳湖候鸟越冬数量创新高", ("杜卫琼",)),
        ("夜间经济点亮城市烟火气", ("刘华",)),
        ("", ("丁军",)),
    ]


def test_a_byline_over_text_that_signs_its_own_end_signs_the_text_above():
    page = ["鄱阳湖候鸟越冬数量创新高", *FIRST, "本报记者 杜卫琼", *SECOND, "（本报记者 丁军）"]
    assert _read(page) == [("鄱阳湖候鸟越冬数量创新高", ("杜卫琼",)), ("", ("丁军",))]


def test_so_it_does_among_more_articles():
    page = ["鄱阳湖候鸟越冬数量创新高", *FIRST, "本报记者 杜卫琼", *SECOND, "（本报记者 丁军）",
            "电子公函让接待更规范", *UNTITLED, "（记者 王芳）"]
    assert _read(page) == [
        ("鄱阳湖候鸟越冬数量创新高", ("杜卫琼",)),
        ("", ("丁军",)),
        ("电子公函让接待更规范", ("王芳",)),
    ]


def test_over_unsigned_text_the_byline_opens_the_item_under_it():
    page = ["鄱阳湖候鸟越冬数量创新高", *FIRST, "本报记者 杜卫琼", *SECOND]
    assert _read(page) == [("鄱阳湖候鸟越冬数量创新高", ()), ("", ("杜卫琼",))]


def test_under_text_its_headline_byline_signs_the_byline_opens_the_item_under_it():
    page = ["鄱阳湖候鸟越冬数量创新高", "本报记者 王芳", *FIRST, "本报记者 杜卫琼", *SECOND, "（本报记者 丁军）"]
    assert _read(page)[0] == ("鄱阳湖候鸟越冬数量创新高", ("王芳",))


# A page setting its paragraphs flush that signs one article with a byline line over the
# next headline and opens the third with a marked byline line right under the second's.
FLUSH = [
    '美食街里人头攒动',
    '夜间经济点亮城市烟火气',
    '华灯初上，九江市浔阳区的美食街上人头攒动。烧',
    '烤、小龙虾、茶饮店前排起了长队，街头艺人的表',
    '演不时引来阵阵掌声。',
    '为激发消费活力，当地推出夜间延时经营、临时外',
    '摆等便利措施，并对夜间文旅项目给予补贴。今年',
    '以来，城区夜间消费额占全天消费的比重已超过',
    '四成。',
    '市商务局有关负责人说，下一步将打造更多特色',
    '夜市和消费场景，同时加强环境整治和交通疏导，',
    '让市民逛得舒心、吃得放心。',
    '本报记者 崔卫嘉 宋芳',
    '年轻人为何爱上',
    '“反向旅游”？',
    '避开热门景区，专挑小众目的地——今年暑期，“反向',
    '旅游”成为不少年轻人的新选择。一些过去鲜有人知的',
    '县城和古村，意外迎来了客流高峰。',
    '在线旅游平台数据显示，暑期以来，三四线城市的酒店',
    '预订量同比增长超过 40%，县域旅游订单增速明显高',
    '于一线城市。',
    '“人少、物价低、体验真实。”刚从婺源一处古村回来的',
    '大学生小林这样总结。业内人士认为，小众目的地要接',
    '住这波流量，还需补齐交通、住宿等方面的短板。',
    '本报记者 谢琪平 程波艳',
    '□ 本报记者 崔国',
    '“自从全县推广使用‘电子公函’以后，有效破除',
    '了基层人情干扰痼疾，全面堵塞了公函虚开、补',
    '开 的 漏 洞 ，让 我 们 的 公 务 接 待 既 方 便 又 规',
    '范……”铜鼓县带溪乡党政办工作人员向县纪',
    '委监委督查组人员反馈道。',
]


def test_a_byline_line_over_another_items_byline_signs_the_text_above():
    # (The mark opens the next item's byline; so does the same role named again, where a
    # byline over two lines names a second role on its second: 本报记者 张三 / 通讯员 李四.)
    assert _read(FLUSH) == [
        ("夜间经济点亮城市烟火气", ("崔卫嘉", "宋芳")),
        ("年轻人为何爱上“反向旅游”？", ("谢琪平", "程波艳")),
        ("", ("崔国",)),
    ]
    at = FLUSH.index("□ 本报记者 崔国")
    assert _read([*FLUSH[:at], "本报记者 崔国", *FLUSH[at + 1 :]])[1:] == [
        ("年轻人为何爱上“反向旅游”？", ("谢琪平", "程波艳")),
        ("", ("崔国",)),
    ]


# A writer's 文/ line after a finished sentence, over a headline as wide as the narrow
# column under it (萍乡城市形象标识征集启事), so no width shows it a headline: the line is
# read both ways, as other byline lines there are, and signs the text above.
WRITER = [
    '果园里的直播间',
    '赣南脐橙开启',
    '“云上”销售季',
    '又到一年脐橙成熟时。在信',
    '丰县的一处果园里，果农们',
    '忙着采摘、分拣，一旁的主',
    '播 对 着 手 机 镜 头 介 绍 脐 橙 的',
    '口感和产地。',
    '“今天一场直播卖出了两万',
    '多斤。”果园负责人说。今',
    '年当地脐橙预计产量达160',
    '万吨，其中线上销售占比超',
    '过三成。',
    '为保障鲜果品质，当地建设',
    '了冷链仓储中心和快递分拨',
    '中 心 ，消 费 者 下 单 后 最 快 48',
    '小时就能收到货。',
    '文／杜杰 杜斌娜',
    '萍乡城市形象标识征集启事',
    '为展示城市形象，萍乡市档',
    '案馆决定面向社会公开征集',
    '城市形象标识。',
    '征集时间：即日起至2025年',
    '5月23日。',
    '投 稿 邮 箱 ：',
    'zhengji19@163.com',
    '特此启事。',
    '                  萍乡市档案馆',
    '                  2023年12月15日',
]


def test_a_writers_line_between_two_items_is_read_both_ways():
    assert [item.authors for item in items_of(WRITER)] == [("杜杰", "杜斌娜"), ()]


# A reporter's byline over two lines, the second naming a correspondent (本报记者 贾光 /
# 通讯员 陆思), after a finished sentence over text with no headline: one byline, opening
# the item under it, not an end byline over the next item's.
TWO_LINES = [
    "防范电信诈骗，这些套路要当心！",
    "“您的快递丢失，我们将为您办理理赔。”近日，",
    "市民刘先生接到一个自称快递客服的电话，对方",
    "诱导他下载一款陌生软件，险些被骗走3万元。",
    "如不慎被骗，应第一时间拨打110报警，并",
    "保存好聊天记录和转账凭证。",
    "本报记者 贾光",
    " 通讯员 陆思",
    "“自从全县推广使用‘电子公函’以后，有效破",
    "除了基层人情干扰痼疾，全面堵塞了公函虚开、",
    "补开的漏洞。”铜鼓县带溪乡党政办工作人员说。",
]


def test_a_byline_over_two_lines_opens_the_item_under_it():
    assert _read(TWO_LINES) == [("防范电信诈骗，这些套路要当心！", ()), ("", ("贾光", "陆思"))]
    # (A second line naming another paper's reporter, 新华社记者 陆春欣, is another byline.)
    at = TWO_LINES.index(" 通讯员 陆思")
    assert _read([*TWO_LINES[:at], "新华社记者 陆思", *TWO_LINES[at + 1 :]]) == [
        ("防范电信诈骗，这些套路要当心！", ("贾光",)), ("", ("陆思",)),
    ]


def test_a_generated_page_with_a_byline_over_two_lines():
    # (seventh generator, looked-at seed 702398: 本报记者 贾光 / 通讯员 陆思.)
    page = random_page7(default_pool(), 702_398)
    assert check_page(page).wrong == []


def test_a_reporter_named_again_under_a_papers_reporter_is_another_byline():
    # (本报记者 and 记者 name one role: the second line names it again, so it opens an item
    # of its own and the first signs the text above; seventh generator, seed 702572:
    # 本报记者 司马光 / 记者 白刚 实习生 沈波雪.)
    at = TWO_LINES.index(" 通讯员 陆思")
    assert _read([*TWO_LINES[:at], "记者 陆思 实习生 沈波雪", *TWO_LINES[at + 1 :]]) == [
        ("防范电信诈骗，这些套路要当心！", ("贾光",)), ("", ("陆思", "沈波雪")),
    ]
    assert check_page(random_page7(default_pool(), 702_572)).wrong == []
