"""A photo's two captions, each a sentence set sprayed in the photo's frame, right under a
headline printed after the article before (…企业复产率达到九成。（记者 …） / 暴雨过后，他们连夜清淤复产 /
社 区 食 堂 的 工 作 人 / 员 为 老 人 打 饭 。 / 志 愿 者 为 … / … 。（潘远 摄）): one photo, not an
untitled item and a photo. The headline's width (its comma read as running text's) said
nothing of the captions' frame: the full line right over the second caption is set in the
same frame (``segment._narrower_run``)."""

from __future__ import annotations

from qa.parse.read import parse_page_text

PAGE = [  # (a generator 8 page's lines, as its text was extracted)
    "送 去 防 暑 降 温 物 品 。  （方柏 摄）",
    "\u3000\u3000受强降雨影响，修水县",
    "部分乡镇出现内涝，一些农",
    "田和厂房被淹。雨势刚减弱，",
    "当地干部群众就投入到清淤",
    "消杀和生产自救中。",
    "\u3000\u3000在一家竹木加工厂，",
    "工人们用高压水枪冲洗",
    "设备上的淤泥，技术人",
    "员逐台检修电机。“争",
    "取三天内恢复生产，保",
    "证订单按时交货。”厂",
    "长说。",
    "\u3000\u3000截至目前，全县已",
    "清理淤泥3.2万立方米，",
    "抢修道路46公里，受灾",
    "企业复产率达到九成。 （记者 姜琼勋、金超、谭建亮）",
    "暴雨过后，他们连夜清淤复产",
    "\u3000\u3000社 区 食 堂 的 工 作 人",
    "员 为 老 人 打 饭 。",
    "\u3000\u3000志 愿 者 为 行 动 不 便",
    "的 老 人 送 餐 上 门 。 （潘远 摄）",
    "青山湖区：凝",
    "心聚力促统战工作上台阶",
    "\u3000\u3000本 报 景 德 镇 12 月 16 日 讯（ 记 者",
    "刘功明）近年来，南昌市青山湖区按",
    "照中央及省市统战工作会议精神相关",
    "要求开展工作。",
]


def test_two_sprayed_captions_under_a_late_headline_are_one_photo():
    result = parse_page_text("\n".join(PAGE) + "\n", "page.txt")
    got = [(a.kind, a.title, "".join(a.paragraphs).replace(" ", ""), a.photographer) for a in result.articles]
    assert got[1][:2] == ("article", "暴雨过后，他们连夜清淤复产")
    assert got[2] == ("photo", "", "社区食堂的工作人员为老人打饭。志愿者为行动不便的老人送餐上门。", "潘远")
    assert [(kind, title) for kind, title, _, _ in got[3:]] == [("article", "青山湖区：凝心聚力促统战工作上台阶")]
