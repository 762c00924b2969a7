"""A marked line is a 小标题 wrapped over two lines only where it fills a column: that of
the text over it or of the text under it, no wider than either by more than an em
(``page._subheads``). ▲数字技术赋能春耕生产 (11 em) under a column of 9 and over one of 20
reaches neither column's end: it is the kicker over a title wrapped in two
(稻田里的 / “智慧管家”), where before it had read as a 小标题 of the item over it, wrapped
with 稻田里的 as its tail (generator 8, looked-at pages). A 小标题 that fills the column over
it stays one, however wide the text under it (a block set wider under a photo). Nor is
it one over a line that can be no paragraph's (short of the lines under it, ending no
sentence): ■一湖碧水迎客来 / 鄱阳湖候鸟越冬数 / 量创新高 / 白鹤占全球种群数量98%以上 is a
kicker, a title wrapped and a subtitle, though the ■ line is about as wide as the
column of the article ending over it."""

from __future__ import annotations

import pytest
from pagegen4 import default_pool as default_pool4
from pagegen4 import random_page4
from pagegen6 import default_pool as default_pool6
from pagegen6 import random_page6
from pagegen8 import default_pool, random_page8
from pagescore import check_page
from pagetext import page_items

BEFORE = [
    "暴雨过后，他们连夜清淤复产",
    "本报讯（记者 徐海松 通",
    "讯员 李洋）受强降雨影",
    "响，修水县部分乡镇出现",
    "内涝，一些农田和厂房被",
    "淹。雨势刚减弱，当地干",
    "部群众就投入到清淤消杀",
    "和生产自救中。",
    "“争取三天内恢复",
    "生产，保证订单按",
    "时交货。”厂长说。",
]
AFTER = [
    "在进贤县的一片高标准农田里，几台无人机",
    "正在低空盘旋，对水稻进行病虫害统防统治。",
    "田埂边，种粮大户李建国盯着手机屏幕，实",
    "时查看着田间的温度、湿度和虫情数据。",
    "“以前打药要请十几个人，现在两台无人机",
    "一天就能作业六百亩。”李建国笑着说。今",
    "年他流转了 1200 亩土地，全部用上了智能监",
    "测设备。",
    "据了解，进贤县今年已建成数字农业示范基",
    "地 15个，覆盖农田面积 8 万余亩，农药使用",
    "量同比减少 12% ，亩均增收约 150 元。   （本报记者 薛凯）",
]


def test_a_marked_line_filling_neither_column_is_a_kicker():
    items = page_items([*BEFORE, "▲数字技术赋能春耕生产", "稻田里的", "“智慧管家”", *AFTER], furniture=False)
    assert [(item.kicker, item.title) for item in items] == [
        ("", "暴雨过后，他们连夜清淤复产"),
        ("数字技术赋能春耕生产", "稻田里的“智慧管家”"),
    ]
    assert items[0].paragraphs[-1] == "“争取三天内恢复生产，保证订单按时交货。”厂长说。"


GALILEO = [  # (a generator 8 page's lines: an article in a column of 10, then a stack)
    "利维亚的名字是阿",
    "尔汉格尔斯克，终生疾",
    "病缠身。文森特最终成",
    "为伽利略合法的继承人，",
    "后与埃斯特拉·波什尼",
    "日结发。伽利略虽然在",
    "年少时曾经严肃地考虑",
    "过是否要去当传教士，",
    "但他父亲坚持他去比萨",
    "大学学医。在1581年学",
    "医时，他注意到了摇摆",
    "的吊灯，吊灯在风的推",
    "动下划出大小不一的轨",
    "迹。",
]
BIRDS = [
    "记者从省林业局获悉，今冬在鄱",
    "阳湖越冬的候鸟数量达到78万只，比",
    "去年同期增加约5万只，其中白鹤超",
    "过4000只，占全球种群数量的98%以",
    "上。",
    "为守护好这些“远方来客”，沿",
    "湖各地实行了分片包干巡护制度，组",
    "建了120余支护鸟队伍。护鸟员每天",
    "要在湖区巡查十多公里，清理非法网",
    "具，劝离违规进入保护区的人员。   （本报记者 龙超 严天 通讯员 黎凯）",
]


def test_a_marked_line_over_lines_no_paragraph_has_heads_a_stack():
    stack = ["■一湖碧水迎客来", "鄱阳湖候鸟越冬数", "量创新高", "白鹤占全球种群数量98%以上"]
    items = page_items(["伽利略的家人", *GALILEO, *stack, *BIRDS], furniture=False)
    assert [(item.kicker, item.title, item.subtitle) for item in items] == [
        ("", "伽利略的家人", ""),
        ("一湖碧水迎客来", "鄱阳湖候鸟越冬数量创新高", "白鹤占全球种群数量98%以上"),
    ]
    assert items[0].paragraphs[-1].endswith("划出大小不一的轨迹。")
    assert items[1].authors == ("龙超", "严天", "黎凯")


@pytest.mark.parametrize(
    "page",
    [
        # looked-at pages where a kicker or title had read as a 小标题 wrapped:
        pytest.param(lambda: random_page8(default_pool(), 900_156), id="g8-900156"),  # the case above
        pytest.param(lambda: random_page4(default_pool4(), 401_588), id="g4-401588"),  # ■黑龙江省博物馆是… over its text
        pytest.param(lambda: random_page8(default_pool(), 902_796), id="g8-902796"),  # ■一湖碧水迎客来 / … (above)
        # a 小标题 filling the column over it, over a block set 29 em wide, stays one:
        pytest.param(lambda: random_page6(default_pool6(), 801_358), id="g6-801358"),
    ],
)
def test_subheads_and_kickers_on_generated_pages(page):
    assert not [wrong for wrong in check_page(page()).wrong if "headings" in wrong or "body" in wrong]
