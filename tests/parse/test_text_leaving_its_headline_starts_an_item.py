"""A titled article's text that takes up its headline and then, from a paragraph on to
where the item would end, never again, sharing hardly a word with the text over it, is
another item (``segment._unechoed_tails``): a headline names what its article is about,
and the next article's text hardly ever takes it up. Here the next item's headline is a
question (老旧小区加装电梯，难在哪？), which a paragraph's one-line opening may also be;
before, the whole page was read as one article. So too where a byline ends the text
under the question and the article over it is unsigned: the byline is the next item's,
not the whole run's. Text going on about the same things (the county, the drones, the
farmer) under that headline stays its article's."""

from __future__ import annotations

from pagescore import read_items

FIRST = [  # (a generator 7 page's lines, as its text was extracted, blank lines between)
    "2019年12月1日 星期四 人民日报 第2版",
    "数字技术赋能春耕生产",
    "稻田里的“智慧管家”",
    "新华社南昌 4 月 26 日电（记者",
    "马桂立 史俊玲）在进贤县的一片高",
    "标准农田里，几台无人机正在低空盘",
    "旋，对水稻进行病虫害统防统治。田",
    "埂边，种粮大户李建国盯着手机屏",
    "幕，实时查看着田间的温度、湿度和",
    "虫情数据。",
    "“以前打药要请十几个人，现在",
    "两台无人机一天就能作业六百亩。”",
    "李建国笑着说。今年他流转了 1200",
    "亩土地，全部用上了智能监测设备。",
    "据了解，进贤县今年已建成数字",
    "农业示范基地15 个，覆盖农田面积 8",
    "万余亩，农药使用量同比减少 12%，",
    "亩均增收约 150 元。",
]
UNSIGNED = FIRST[:3] + [  # the same article with no dateline naming its writers
    "在进贤县的一片高标准农田里，几台",
    "无人机正在低空盘旋，对水稻进行病",
    "虫害统防统治。田埂边，种粮大户李",
    "建国盯着手机屏幕，实时查看着田间",
    "的温度、湿度和虫情数据。",
    *FIRST[10:],
]
NEXT = [
    "老旧小区加装电梯，难在哪？",
    "“住了二十多年，腿脚越来越不",
    "方便，就盼着能装上电梯。”家住东",
    "湖区某小区六楼的张大爷说。然而，",
    "加装电梯的事在楼里商量了两年，至",
    "今没有落地。",
    "记者走访发现，资金分摊、低楼",
    "层住户意见不一、管线迁改复杂，是",
    "老旧小区加装电梯面临的主要难题。",
    "有的单元因为一两户不同意，方案只",
    "能一拖再拖。",
    "对此，多地探索出“楼栋长协",
    "调、社区搭台、专业机构全程代办”",
    "的做法，并对加装电梯给予每台最高",
    "15 万元的财政补贴。",
    "业内人士建议，应进一步完善低",
    "楼层住户的补偿机制，通过协商找到",
    "各方都能接受的“最大公约数”。",
]
GOING_ON = [  # the same article going on about its county, drones and farmer
    "进贤县农业农村局负责人介绍，今年",
    "全县已组建无人机飞防服务队 23",
    "支，为种粮大户提供病虫害统防统治",
    "服务，李建国这样的种粮大户都能用",
    "上智能监测设备。",
    "“今年光是农药钱就省了三万多",
    "元。”李建国说，有了这些设备，他",
    "打算明年再流转 500 亩土地，把农",
    "田面积扩大到 1700 亩。",
    "据介绍，进贤县还将在全县推广",
    "智能监测设备，让更多种粮大户用",
    "得上、用得起，覆盖农田面积争取",
    "达到 20 万亩。",
]



def test_text_never_taking_up_the_headline_again_is_the_next_item():
    assert read_items(FIRST + NEXT) == [
        ("稻田里的“智慧管家”", ("马桂立", "史俊玲"), ["新华社南昌4", "“以前打药要", "据了解，进贤"]),
        ("老旧小区加装电梯，难在哪？", (), ["“住了二十多", "记者走访发现", "对此，多地探", "业内人士建议"]),
    ]


def test_a_byline_ending_the_text_under_the_question_is_the_next_items():
    got = read_items(UNSIGNED + NEXT + ["（程琪云 唐翔功）"])
    assert [(title, authors) for title, authors, _ in got] == [
        ("稻田里的“智慧管家”", ()),
        ("老旧小区加装电梯，难在哪？", ("程琪云", "唐翔功")),
    ]
    assert got[1][2] == ["“住了二十多", "记者走访发现", "对此，多地探", "业内人士建议"]


def test_text_going_on_about_the_same_things_stays_its_articles():
    got = read_items(FIRST + GOING_ON)
    assert len(got) == 1
    assert got[0][0] == "稻田里的“智慧管家”"
    assert got[0][2][-3:] == ["进贤县农业农", "“今年光是农", "据介绍，进贤"]
