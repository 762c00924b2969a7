"""A photo's two captions set in one frame narrower than the column over them, under one
credit, are one caption group: the first caption's lines go on in that frame, so the
second's narrower lines are no sign of captions starting there (``segment._set_narrow``).
Before, the first caption went to the article over it as its last paragraph. And captions
sprayed across a frame narrower than the column (社 区 食 堂 的 工 作 人 员 为 under a column of
eighteen) are not that column's text going on, however their lines fit it
(``segment._fits``): a sprayed line fills its frame. (Generator 8, looked-at pages.)"""

from __future__ import annotations

from pagetext import page_items

FIRST = "社区食堂的工作人员为老人打饭。"
SECOND = "志愿者为行动不便的老人送餐上门。"

# (A column of fifteen, full-width indents; the next item's headline over a column of thirteen.)
HISTORY = [
    "信阳市是什么？",
    "\u3000\u3000西汉初期，境内北部属汝南郡",
    "安昌县；西部属南阳郡平氏县义阳",
    "乡，曹魏时期从南阳郡中分置义",
    "阳郡，领义阳县。北宋时期，宋太",
    "宗名赵光义，讳义字，古代信与义",
    "含意相同，义阳改名为信阳，沿用",
    "至今。信阳是一座历史古城。",
    "\u3000\u3000商、周之际，这里建立了申、",
    "息、弦、黄、蒋、蓼等诸侯国。据",
    "《史记》载，周武王时，炎帝的一",
    "支后裔姜姓受封申国，早期在陕西",
    "眉县一带，周宣王时期迁至南阳，",
    "称西申，后迁至信阳，国都建在谢",
    "城，称东申。周幽王时，申侯之女",
    "称王后，生子宜臼，为太子。",
]
FOOTBALL = [
    "景德镇高新区打",
    "造“足球夜”凝聚发展合力",
    "\u3000\u3000“全体队员，今晚7：00，",
    "穿蓝色队服，在高新区社会足",
    "球场，对方是企业联队，我们",
    "要派出全部主力出战，现在开",
    "始报名。”近日，景德镇高新",
    "区机关足球队队长汤嘉彬在微",
    "信群里呼叫。",
    "\u3000\u3000营商环境是区域发展的核",
    "心竞争力之一。足球运动作为",
    "世界第一运动，有着广泛的共",
    "同体育语言。（记者 余娜晨）",
]

# (A column of eighteen, indents of two half-width spaces; captions sprayed in a frame of ten.)
METRO = [
    " 南昌地铁4号线开通运营",
    "■本报记者 陆霞舟 文/图",
    "  12月26日上午，南昌地铁4号线一期",
    "工程正式开通运营。线路全长39.6公里，",
    "共设车站29座，串联起红谷滩、西湖、青",
    "山湖等6个城区。",
    "  据介绍，4号线采用6节编组B型车，",
    "最高运行速度为每小时80公里。开通初期，",
    "高峰时段行车间隔为6分30秒，全程运行",
    "时间约70分钟。",
    "  “以前上班要换乘两次公交，现在坐",
    "地铁半个小时就到了。”市民张女士说。",
    "南昌地铁相关负责人表示，4号线开通后，",
    "全市轨道交通运营里程将达到128.5公里，",
    "日均客运量预计增加20万人次。",
]
TIPS = [
    " 【小贴士】",
    " 走近下萨克森州",
    " 下萨克森邦也被称",
    "为「骏马之邦」。著名",
    "的马术运动中心主要有：",
    "阿勒尔河畔费尔登，维",
    "希塔，欧斯纳布鲁克兰",
    "以及阿库姆，欧登堡兰",
    "以及策勒兰。",
]


def _parts(lines: list[str]):
    items = page_items(lines, double=True, furniture=False)
    return items[0], [item for item in items if item.kind == "photo"]


def test_two_unmarked_captions_in_a_narrower_frame_are_one_group():
    captions = ["社区食堂的工作人员为", "老人打饭。", "志愿者为行动不便的老", "人送餐上门。   新华社发"]
    article, photos = _parts([*HISTORY, *captions, *FOOTBALL])
    assert ["".join(photo.paragraphs) for photo in photos] == [FIRST + SECOND]
    assert article.paragraphs[-1].endswith("称王后，生子宜臼，为太子。")


def test_sprayed_captions_in_a_narrower_frame_are_captions_though_their_lines_fit_the_column():
    captions = ["  社 区 食 堂 的 工 作 人 员 为", "老 人 打 饭 。", " 志 愿 者 为 行 动 不 便 的 老", "人 送 餐 上 门 。", "邹勋磊 摄"]
    article, photos = _parts([*METRO, *captions, *TIPS])
    assert [(photo.paragraphs, photo.photographer) for photo in photos] == [((FIRST, SECOND), "邹勋磊")]
    assert article.paragraphs[-1].endswith("日均客运量预计增加20万人次。")


def test_a_column_s_own_short_paragraphs_go_on_in_it():
    # (Not sprayed, in the column's own width: the article's last paragraphs, however
    # short, are its text; the photo's one caption is the line with its credit.)
    tail = ["  市民李先生说：“真方便。”", "  站内设有无障碍电梯。", "乘客在车厢内看报。 邹勋磊 摄"]
    article, photos = _parts([*METRO, *tail, *TIPS])
    assert article.paragraphs[-1] == "站内设有无障碍电梯。"
    assert [photo.paragraphs for photo in photos] == [("乘客在车厢内看报。",)]
