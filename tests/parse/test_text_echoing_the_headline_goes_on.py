"""Text going on into another column under a titled article, with no heading over it:
where its first lines take up the headline's words (…打造“足 / 球夜”活动平台 under
景德镇高新区打造“足球夜”凝聚发展合力), it is that article's, not an untitled item of its
own (``segment._echoed_cuts``): a headline names what its article's text is about, and
the next article's text hardly ever takes its words up. Its words are a phrase of
three ideographs, two ideographs side by side that the dictionary knows as no word
(复产 of 清淤复产: the article's own coinage), or a rare word of two (邮票 of 说说邮票).
Text under it that shares none of them, after a sentence's end, still may start an
untitled item."""

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


FLOOD = [  # (a generator 7 page's lines: the column narrows at the second paragraph)
    "暴雨过后，",
    "他们连夜清淤复产",
    "  受强降雨影响，修水县部分乡镇出",
    "现内涝，一些农田和厂房被淹。雨势刚减",
    "弱，当地干部群众就投入到清淤消杀和",
    "生产自救中。",
    "  在一家竹木加工厂，工",
    "人们用高压水枪冲洗设备上",
    "的淤泥，技术人员逐台检修",
    "电机。“争取三天内恢复生",
    "产，保证订单按时交货。”厂",
    "长说。",
    "  截至目前，全县已清理",
    "淤泥 3.2万立方米，抢修道",
    "路 46 公里，受灾企业复产率",
    "达到九成。",
    "  图①：▲ 进",
    "贤县一处高标准",
    "农田里，无人机",
    "正在喷洒农药。",
    "  图②：▲ 种",
    "粮大户通过手机",
    "查看田间数据。",
    "石博 摄",
]


def _spaced(lines: list[str]) -> str:
    return "\n\n".join(lines) + "\n"


def test_a_word_the_headline_coins_keeps_the_narrower_column_with_its_article():
    result = parse_page_text(_spaced(FLOOD), "page.txt")
    got = [(a.kind, a.title, [p[:6] for p in a.paragraphs]) for a in result.articles]
    assert got == [
        ("article", "暴雨过后，他们连夜清淤复产", ["受强降雨影响", "在一家竹木加", "截至目前，全"]),
        ("photo", "", ["图①：▲进贤", "图②：▲种粮"]),
    ]


def test_the_narrower_column_sharing_no_word_of_the_headline_is_an_item_of_its_own():
    # The same page with 复产率 said otherwise (开工率): the column's text takes up none
    # of the headline's words, and its change of width starts an untitled item.
    page = [line.replace("复产率", "开工率") for line in FLOOD]
    result = parse_page_text(_spaced(page), "page.txt")
    assert [(a.kind, a.title) for a in result.articles] == [
        ("article", "暴雨过后，他们连夜清淤复产"), ("article", ""), ("photo", ""),
    ]


STAMPS = [  # (a generator 8 page's lines)
    "说说邮票",
    "邮票是邮政机关发行，供寄",
    "递邮件贴用的邮资凭证。发送者",
    "为邮政服务付费的一种形式。发",
    "送者会将邮票贴在信件上，再由",
    "邮局盖章销值，以用于在邮件被",
    "寄出前，证明寄邮人已支付全部",
    "或部分传递费用。为方便使用，",
    "邮票四周一般会打上齿孔，背面",
    "则加上一层背胶。",
    "世界上的第一",
    "枚邮票是英国的黑",
    "便士。邮票发行由",
    "国家管理，通常是",
    "国家主权的象征，",
    "甚至是某些国家重",
    "要的财源，如列支",
    "敦斯登。邮票是收",
    "藏品，集邮已经成",
    "为世界重要风潮之",
    "一。在1840年邮票",
    "诞生以前，出现过",
    "有很多种邮件付费",
    "形式。巴黎邮局的",
    "佃户让—雅各·雷",
    "奥尔德·德·维利",
    "埃在1653年发明了",
    "一种名为付款票，",
    "这是与邮票类似的",
    "纸样收费条，价值",
    "一苏。",
    "（朱勇伟）",
]


def test_a_rare_word_of_the_headline_keeps_the_narrower_column_with_its_article():
    result = parse_page_text("\n".join(STAMPS) + "\n", "page.txt")
    got = [(a.title, a.authors, [p[:6] for p in a.paragraphs]) for a in result.articles]
    assert got == [("说说邮票", ("朱勇伟",), ["邮票是邮政机", "世界上的第一"])]
