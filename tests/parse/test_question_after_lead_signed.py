"""On a page that keeps its indents, the first flush short line after a lead byline (文／汪
宇 under its headline) may be the headline of the article the next end byline signs, which
runs on from there, so it makes no pair of 小标题 with the short line after it. Not where a
headline of one question stands flush between them over an indented paragraph
(摩托化自行车指的是什么？): that article starts there, and its two 小标题 (小食堂 大民生,
一体化运作 一揽子解决) were read as the headlines of two more items, leaving the article
before each unsigned. From a looked-at page of generator 6 (tests/pagegen6.py)."""

from __future__ import annotations

from test_page import layout_of

LEAD_SIGNED = [
    "荷兰语是官方语言",
    "苏里南：商业",
    "机构及媒体",
    "文／汪 宇",
    "\u3000\u3000东北部有布罗科蓬多水库",
    "则是国内最大的人工湖泊，也",
    "是南美地区重要的大型水库建",
    "设。河川地下游则多有航行之",
    "利，如苏利南河等，而马罗尼河、",
    "科兰太因河等这两条河川也是",
    "和邻国盖亚那及法属圭亚那的",
    "主要界河。苏利南全国共被划",
    "分为 10 个区，其中1个为市区。",
    "\u3000\u3000苏利南现有 225 公里铁路",
    "线，以货物运输为主。位在苏利",
    "南河下游的巴拉马利波是一座",
    "河港城市，为全国第一大城兼",
    "首都，近九成以上的货物均由",
    "此进出口。其他如马罗尼河、科",
    "兰太因河等亦有水运之利。",
]
ASKED = [
    "摩托化自行车指的是什么？",
    "\u3000\u3000美军自 1985 年开始试验串联混合动力悍马四轮驱动越野车",
    "XM1124，其优点在于匿踪性能较佳：全行程达 9.7 公里的电动状",
    "态下有较低的噪声及红外线特征，较低的耗油量也意味著更远",
    "的行程。",
    "小食堂 大民生",
    "\u3000\u3000军用大型运输车辆也有使用混合动力设计，美国现役的重",
    "型增程机动战术卡车开发出了柴电混合动力版本，以加挂A3或",
    "A4 编号做区隔。随使用情况不同可以省 20% 至 40% 的燃料，也降低",
    "了红外线特征。",
    "\u3000\u3000其为电动机供电的发电机输出达 200kW，有需要时可以为失",
    "去电力供应的建筑物或设施供电。使用超大容量电容取代电池",
    "作储电装置，不用更换。现代战场上的高科技装备用电量庞大，",
    "混合动力军用车辆可以满足其需求；对后勤系统来说，转换为混",
    "合动力军用车辆很好适应、又可以降低负担。",
    "一体化运作 一揽子解决",
    "\u3000\u3000混合动力自行车又称作摩托化自行车，是在自行车上加上",
    "混合动力的设计，较先进的是使用电动机的设计，能使用再生制",
    "动及较宁静。在较短途的行程中，混合动力自行车比油电混合动",
    "力车所耗能源少得多，所需停泊位也较少，却又比普通自行车省",
    "力、舒适。",
    "（记者 龚 秀 通讯员 萧英军 通讯员 胡 远）",
]


def test_the_question_heads_the_article_its_subheads_stand_in():
    first, second = layout_of("\n".join(LEAD_SIGNED + ASKED) + "\n").items
    assert first.title == "苏里南：商业机构及媒体" and first.authors == ("汪宇",)
    assert second.title == "摩托化自行车指的是什么？"
    assert second.authors == ("龚秀", "萧英军", "胡远")
    assert "小食堂大民生" in second.paragraphs and "一体化运作一揽子解决" in second.paragraphs
    assert second.paragraphs[-1].endswith("却又比普通自行车省力、舒适。")
