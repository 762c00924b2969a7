"""Text going on into another column under a titled article, with no heading over it:
where its first lines take up the headline's words (…打造“足 / 球夜”活动平台 under
景德镇高新区打造“足球夜”凝聚发展合力), it is that article's, not an untitled item of its
own (``segment._echoed_cuts``): a headline names what its article's text is about, and
the next article's text hardly ever takes its words up. Text under it that shares none
of them, after a sentence's end, still may start an untitled item."""

from __future__ import annotations

from qa.parse.read import parse_page_text

PAGE = [  # (a generator 8 page's lines, as its text was extracted)
    "景德镇高新区打",
    "造“足球夜”凝",
    "聚发展合力",
    "中新网 9 月 20 日电 “全体队员，",
    "今晚 7 ： 00，穿蓝色队服，在高新",
    "区社会足球场，对方是企业联队，",
    "我们要派出全部主力出战，现在开",
    "始报名。”近日，景德镇高新区机",
    "关足球队队长汤嘉彬在微信群里呼",
    "叫。",
    "营商环境是区域",
    "发展的核心竞争力之",
    "一。足球运动作为世",
    "界第一运动，有着广",
    "泛的共同体育语言。",
    "基于此，近年来，该",
    "区通过大力优化营商",
    "环境，加强基础设施",
    "建设，增加文化娱乐",
    "活动措施，打造“足",
    "球夜”活动平台，促",
    "进园企同心交流。",
    "篁岭“晒秋”游人如织",
    "上饶婺源秋季旅游持续升温",
    "新华社南昌 9月 19 日",
    "电 国 庆 假 期 以 来 ，婺 源",
    "县篁岭景区游客络绎不绝。",
    "红彤彤的辣椒、金灿灿的",
    "稻谷铺满屋顶，“晒秋”美景吸引了大",
    "批游客驻足拍照。",
]


def test_text_in_a_new_column_echoing_the_headline_goes_on_with_its_article():
    result = parse_page_text("\n".join(PAGE) + "\n", "page.txt")
    got = [(a.kicker + a.title, [p[:7] for p in a.paragraphs]) for a in result.articles]
    assert got == [
        ("景德镇高新区打造“足球夜”凝聚发展合力", ["中新网9月20", "营商环境是区域", "基于此，近年来"]),
        ("篁岭“晒秋”游人如织上饶婺源秋季旅游持续升温", ["新华社南昌9月", "红彤彤的辣椒、"]),
    ]


def test_text_sharing_nothing_with_the_headline_may_start_an_untitled_item():
    # The same page with the column's text about something else: it stays an item of
    # its own, as it was read before.
    other = [
        "日前，由省人民医",
        "院牵头，联合赣州、",
        "吉安、抚州等地12",
        "家医院组建的跨区域",
        "医疗联合体正式成立。",
        "根据协议，联合体内",
        "将实现检查检验结果",
        "互认和双向转诊。",
    ]
    page = [*PAGE[:10], *other, *PAGE[22:]]
    result = parse_page_text("\n".join(page) + "\n", "page.txt")
    assert [a.paragraphs[0][:7] for a in result.articles] == ["中新网9月20", "日前，由省人民", "新华社南昌9月"]
